"""The command line as a user types it: outputs written, one-line errors, exit codes, no overwriting inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from koreadiplo import cli, io

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "2021-07-27_axios_north-south-korea-restart-hotline.txt"


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["--version"])
    assert e.value.code == 0 and "koreadiplo 0." in capsys.readouterr().out
    assert cli.main([]) == 0
    out = capsys.readouterr().out
    for command in ("sentences", "run", "extract", "timeline", "history", "evaluate"):
        assert command in out


def test_run_writes_every_table_and_both_figures(tmp_path, capsys):
    assert cli.main(["run", str(SEED), "--out", str(tmp_path)]) == 0
    for name in ("sentences", "events", "mentions", "statements", "links"):
        table = io.read_table(tmp_path / f"{name}.csv", name)
        assert len(table) > 0, name
    for fig in ("timeline.png", "channel_status.png"):
        assert (tmp_path / fig).read_bytes().startswith(b"\x89PNG")
    assert "breaks" in capsys.readouterr().out


def test_sentences_prints_csv(capsys):
    assert cli.main(["sentences", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("article_id,sentence_id,section")
    assert "Why it matters" in out


@pytest.mark.parametrize("content, message", [(b"", "empty file"), (b"%PDF-1.4 x", "binary file")])
def test_bad_input_one_line_error_exit_2(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert cli.main(["run", str(bad), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and str(bad) in err and message in err and "Traceback" not in err


def test_debug_shows_the_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    from koreadiplo.errors import ArticleError

    with pytest.raises(ArticleError):
        cli.main(["--debug", "sentences", str(bad)])


def test_refuses_to_write_over_its_input(tmp_path, capsys):
    article = tmp_path / "a.csv"
    shutil.copy(SEED, article)
    assert cli.main(["sentences", str(article), "--published", "2021-07-27", "-o", str(article)]) == 2
    assert "over an input" in capsys.readouterr().err
    assert article.read_bytes() == SEED.read_bytes()


def test_timeline_and_history_figures(tmp_path):
    assert cli.main(["timeline", str(SEED), "-o", str(tmp_path / "t.svg")]) == 0
    assert b"<svg" in (tmp_path / "t.svg").read_bytes()
    assert cli.main(["history", "--article", str(SEED), "-o", str(tmp_path / "h.png")]) == 0
    assert (tmp_path / "h.png").stat().st_size > 10_000
    assert cli.main(["timeline", str(SEED), "-o", str(tmp_path / "t.gif")]) == 2


def test_headerless_text_needs_published(tmp_path, capsys):
    p = tmp_path / "wire.txt"
    p.write_text("SEOUL, Oct. 4 (Yonhap) -- North Korea restored the inter-Korean hotlines on Monday.\n")
    assert cli.main(["run", str(p), "--out", str(tmp_path / "o")]) == 2
    assert "--published" in capsys.readouterr().err
    assert cli.main(["run", str(p), "--out", str(tmp_path / "o"), "--published", "2021-10-04"]) == 0
    events = io.read_table(tmp_path / "o" / "events.csv", "events")
    assert events.loc[events["category"] == "restoration", "date"].astype(str).tolist() == ["2021-10-04"]


def test_a_reader_closing_the_pipe_early_gets_no_traceback(tmp_path):
    # `koreadiplo sentences long.txt | head -1`: the table is more than the pipe holds, head stops reading
    import subprocess
    import sys

    long = tmp_path / "long.txt"
    long.write_text(" date 2021-07-27 Hotline\n\n" + "North Korea restored the hotline on Tuesday. " * 4000 + "\n",
                    encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "koreadiplo", "sentences", str(long)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().startswith(b"article_id")
    proc.stdout.close()
    err = proc.stderr.read().decode() if proc.stderr is not None else ""
    proc.wait(timeout=60)
    assert "Traceback" not in err and proc.returncode != 0
