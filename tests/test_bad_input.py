"""What a user sees for each kind of bad input, on the command line: one line naming the file, exit code != 0,
and the good files of a folder still processed. Plus the safety promises: no network, nothing evaluated."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

import koreadiplo as kd
from koreadiplo import cli, io

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "2021-07-27_axios_north-south-korea-restart-hotline.txt"

BAD = {
    "empty": (b"", "empty file"),
    "whitespace": (b"  \n\n\t \r\n", "contains only white space"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF)"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
    "nul": (b"North Korea\x00\x00 cut", "contains NUL bytes"),
    "cp1252": (" date 2021-07-27 T\n\nThe North\u2019s line \u2013 cut.\n".encode("cp1252"), "not valid utf-8"),
    "euc-kr": (" date 2021-07-27 T\n\n\ub0a8\ubd81 \ud1b5\uc2e0\uc120.\n".encode("euc-kr"), "not valid utf-8"),
    "html": (b"<!DOCTYPE html>\n<html><head><title>N. Korea</title></head><body><p>North Korea cut the"
             b" hotline.</p><p>Seoul said.</p><div>x</div></body></html>", "looks like an HTML page"),
    "impossible-date": (b" date 2021-02-30 Hotline\n\nNorth Korea cut the hotline.\n", "not a valid date"),
    "headerless": (b"North Korea cut the hotline on Tuesday, Seoul said.\n", "no publication date found"),
    "header-only": (b" date 2021-07-27 Just a headline\n", "no article body"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_cli_one_line_message_naming_the_file(tmp_path, capsys, kind):
    content, message = BAD[kind]
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(content)
    code = cli.main(["run", str(path), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    errors = [line for line in err if line.startswith("koreadiplo: error:")]
    assert len(errors) == 1, err
    assert str(path) in errors[0] and message.lower() in errors[0].lower()
    assert not any("Traceback" in line for line in err)
    assert not (tmp_path / "out" / "events.csv").exists()  # nothing half-written


def test_fifty_megabytes_is_refused_before_reading(tmp_path, capsys):
    big = tmp_path / "dump.txt"
    with open(big, "wb") as f:  # sparse: no 50 MB written to disk
        f.truncate(50 * 1024 * 1024)
    assert cli.main(["sentences", str(big)]) == 2
    err = capsys.readouterr().err
    assert "52,428,800 bytes is over the" in err and "split the file" in err


def test_non_utf8_reads_with_the_stated_encoding(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(BAD["cp1252"][0])
    assert cli.main(["sentences", str(path), "--encoding", "cp1252", "-o", str(tmp_path / "s.csv")]) == 0
    assert "\u2019" in io.read_table(tmp_path / "s.csv", "sentences")["text"].str.cat()


def test_a_folder_with_bad_files_still_processes_the_good_ones(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    for kind in ("empty", "pdf", "headerless"):
        (folder / f"{kind}.txt").write_bytes(BAD[kind][0])
    code = cli.main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"])
    assert code == 1  # some files failed: say so
    failures = (tmp_path / "out" / "failures.csv").read_text()
    for kind in ("empty", "pdf", "headerless"):
        assert f"{kind}.txt" in failures
    events = io.read_table(tmp_path / "out" / "events.csv", "events")
    assert set(events["article_id"]) == {"good"} and len(events) > 0
    assert "3 failed" in capsys.readouterr().out.replace(",", "")


def test_very_long_sentence_is_cut_and_read_in_linear_time(tmp_path):
    text = " date 2021-07-27 Run-on\n\n" + "North Korea cut the hotline, and Seoul said it regretted it, " * 2000
    article = kd.read_article(text)
    from koreadiplo.reader import MAX_SENTENCE_CHARS

    assert max(len(s.text) for s in article.iter_sentences()) <= MAX_SENTENCE_CHARS
    assert len(kd.extract_events(article)) >= 1


def test_unbalanced_quotes_everywhere_cost_only_their_own_statement():
    text = (' date 2020-06-16 Quotes\n\nKim Yo-jong said the office would be "destroyed\' soon.\n\n'
            '"We will respond," South Korea\'s Unification Ministry said.\n\n'
            'He said "nothing more.\n\nThe North\'s "\'90s" policy\u201d ended.\n')
    statements = kd.extract_statements(kd.read_article(text))
    assert "We will respond" in statements["quote"].tolist()


def test_no_network_at_run_time(monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise AssertionError("koreadiplo tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert cli.main(["run", str(SEED), "--out", str(tmp_path)]) == 0


def test_inputs_are_never_evaluated_or_unpickled():
    import yaml

    from koreadiplo import datafiles, evaluate

    source = "\n".join(p.read_text() for p in (ROOT / "src" / "koreadiplo").rglob("*.py"))
    assert not re.search(r"\b(eval|exec)\(|\bpickle\b|\bmarshal\b|yaml\.unsafe_load|yaml\.full_load", source)
    # YAML is only ever read with the safe loader (or the gold loader, the same safe loader keeping dates as text)
    loads = re.findall(r"yaml\.load\([^\n]*", source)
    assert all("Loader=_GoldLoader" in call or "Loader=safe_loader()" in call for call in loads), loads
    assert issubclass(evaluate._GoldLoader, datafiles.safe_loader())
    assert issubclass(datafiles.safe_loader(), yaml.constructor.SafeConstructor)
