"""Many articles at once: paths, per-article results, streaming outputs, engines, the merge and the CLI."""

from __future__ import annotations

import argparse
import subprocess
import sys
import types
from pathlib import Path

import pandas as pd
import pytest

import koreadiplo
from koreadiplo import corpus, schema
from koreadiplo.errors import KoreadiploError
from koreadiplo.io import read_table

ROOT = Path(__file__).resolve().parents[1]

# Our own short articles in wire / Axios styles, about real events.
ARTICLES = {
    "2020-06-09_reuters_cut.txt": (
        "North Korea cuts hotline with the South\nBy REUTERS\nJUNE 9, 2020 01:10\n\n"
        "SEOUL (Reuters) - North Korea cut all communication lines with South Korea on Tuesday, including "
        "the hotline between the leaders' offices.\n\nThe move followed weeks of anger in Pyongyang over "
        "leaflets sent across the border.\n"
    ),
    "2020-06-10_ap_cut.txt": (
        "North Korea goes silent on hotline\nBy KIM TONG-HYUNG\nPublished: Jun. 10, 2020 at 3:05 AM EDT\n\n"
        "SEOUL, South Korea (AP) — North Korea cut the hotline with South Korea on Tuesday and stopped "
        "answering calls, officials in Seoul said.\n\n\"We will keep trying to call,\" a Unification "
        "Ministry official said.\n"
    ),
    "2021-07-27_axios_restored.txt": (
        " date 2021-07-27 The Koreas restore their hotline\n\nShawna Chen\n·1 min read\n\n"
        "North and South Korea restored the hotline on Tuesday, 13 months after Pyongyang cut it.\n\n"
        "Why it matters: The two leaders had exchanged letters since April.\n"
    ),
    "2021-10-04_yonhap_restored.txt": (
        " date 2021-10-04 Inter-Korean lines back\n\nSEOUL, Oct. 4 (Yonhap) -- North Korea answered the "
        "South's calls on the liaison line on Monday, restoring the hotline two months after it went quiet."
        "\n\n(END)\n"
    ),
}
BROKEN = {
    "2021-10-05_empty.txt": "",
    "2021-10-05_yonhap_undated.txt": "SEOUL, Oct. 5 (Yonhap) -- The liaison line worked again on Tuesday.\n",
}


@pytest.fixture()
def small_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "wire"
    for i, (name, text) in enumerate({**ARTICLES, **BROKEN}.items()):
        folder = root / ("2020" if name.startswith("2020") else "2021") / f"batch{i % 2}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return root


# ------------------------------------------------------------------------------------------- fake extractors
def _fake_event_rows(article) -> list[dict]:
    """One 'hotline' event per sentence naming the hotline: a stand-in with the real schema."""
    rows = []
    for s in article.iter_sentences():
        if "hotline" not in s.text or s.section == "title":
            continue
        restored = "restor" in s.text
        day = pd.Timestamp(article.published)
        rows.append({
            "article_id": article.article_id, "event_id": f"{article.article_id}:E{len(rows) + 1}",
            "date": day, "date_end": day, "date_precision": "reported", "date_text": None, "date_rule": None,
            "actor": "North Korea", "actor_country": "PRK", "target": None, "target_country": None,
            "action": "restore" if restored else "cut", "category": "restoration" if restored else "break",
            "status": "happened", "channel": "hotline", "cameo_code": None, "quad_class": None,
            "goldstein": None, "trigger": "hotline", "section": s.section, "sentence_id": s.sentence_id,
            "char_start": s.char_start, "char_end": s.char_end, "evidence": s.text, "n_mentions": 1,
        })
    return rows


@pytest.fixture()
def fake_extractors(monkeypatch):
    """Replace the events / statements modules by small fakes (same schema), in this process only."""
    events = types.ModuleType("koreadiplo.events")
    events.event_rows = _fake_event_rows

    def mention_rows(a):
        return [{"article_id": r["article_id"], "event_id": r["event_id"],
                 "mention_id": r["event_id"] + ".M1",
                 "trigger": r["trigger"], "date_text": None, "section": r["section"],
                 "sentence_id": r["sentence_id"], "char_start": r["char_start"], "char_end": r["char_end"],
                 "evidence": r["evidence"]} for r in _fake_event_rows(a)]

    events.mention_rows = mention_rows
    statements = types.ModuleType("koreadiplo.statements")
    statements.statement_rows = lambda a: []
    monkeypatch.setitem(sys.modules, "koreadiplo.events", events)
    monkeypatch.setitem(sys.modules, "koreadiplo.statements", statements)
    monkeypatch.setattr(koreadiplo, "events", events, raising=False)
    monkeypatch.setattr(koreadiplo, "statements", statements, raising=False)
    return events


# ------------------------------------------------------------------------------------------------ iter_paths
def test_iter_paths_recurses_sorted_skips_hidden_and_other_suffixes(small_corpus):
    (small_corpus / ".ipynb_checkpoints").mkdir()
    (small_corpus / ".ipynb_checkpoints" / "copy.txt").write_text("x")
    (small_corpus / "notes.md").write_text("not an article")
    found = list(corpus.iter_paths(small_corpus))
    assert len(found) == len(ARTICLES) + len(BROKEN)
    assert found == sorted(found)
    assert all(p.suffix == ".txt" and ".ipynb_checkpoints" not in p.parts for p in found)


def test_iter_paths_glob_file_and_duplicates(small_corpus, tmp_path):
    explicit = tmp_path / "story.article"
    explicit.write_text(ARTICLES["2020-06-09_reuters_cut.txt"])
    pattern = str(small_corpus / "2021" / "**" / "*.txt")
    found = list(corpus.iter_paths([pattern, explicit, pattern]))
    assert found[-1] == explicit  # a file named explicitly is taken whatever its suffix
    assert len(found) == len(set(found)) == 1 + sum(1 for n in {**ARTICLES, **BROKEN} if "2021" in n[:4])


@pytest.mark.parametrize("bad", ["missing_dir", "nothing/*.txt"])
def test_iter_paths_refuses_missing_inputs(tmp_path, bad):
    with pytest.raises(KoreadiploError, match="no such file|matches no file"):
        list(corpus.iter_paths(str(tmp_path / bad)))


def test_same_stem_in_two_folders_gets_two_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(ARTICLES["2021-07-27_axios_restored.txt"])
    res = corpus.extract_corpus(tmp_path, tables=("sentences",), progress=False)
    assert sorted(res.tables["sentences"]["article_id"].unique()) == ["a/story", "b/story"]


def test_same_stem_in_one_folder_keeps_the_suffix(tmp_path):
    for name in ("story.txt", "story.wire"):
        (tmp_path / name).write_text(ARTICLES["2021-07-27_axios_restored.txt"])
    res = corpus.extract_corpus([tmp_path / "story.txt", tmp_path / "story.wire"], tables=("sentences",),
                                progress=False)
    assert sorted(res.tables["sentences"]["article_id"].unique()) == ["story.txt", "story.wire"]


# ---------------------------------------------------------------------------------------------- one article
def test_extract_article_reports_bad_file_in_one_line(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    r = corpus.extract_article(p, tables=("sentences",))
    assert not r.ok and r.tables == {} and "\n" not in r.error and "empty.txt" in r.error


def test_extract_article_tables_follow_schema(tmp_path, fake_extractors):
    p = tmp_path / "2020-06-09_reuters_cut.txt"
    p.write_text(ARTICLES[p.name])
    r = corpus.extract_article(p)
    assert r.ok and list(r.tables) == list(corpus.TABLES)
    for name, df in r.tables.items():
        schema.validate(df, name)
    assert (r.tables["events"]["category"] == "break").all() and len(r.tables["events"]) >= 1


def test_a_bug_is_not_swallowed_and_names_the_file(tmp_path, fake_extractors, monkeypatch):
    p = tmp_path / "2020-06-09_reuters_cut.txt"
    p.write_text(ARTICLES[p.name])
    monkeypatch.setattr(fake_extractors, "event_rows", lambda a: 1 / 0)
    with pytest.raises(RuntimeError, match="2020-06-09_reuters_cut.txt.*ZeroDivisionError"):
        corpus.extract_article(p)


# ------------------------------------------------------------------------------------------------ corpus runs
def test_in_memory_run_keeps_every_article_or_reports_it(small_corpus, fake_extractors):
    res = corpus.extract_corpus(small_corpus, progress=False)
    assert res.n_articles == len(ARTICLES) + len(BROKEN) and res.n_failed == len(BROKEN)
    assert set(res.failures["article_id"]) == {Path(n).stem for n in BROKEN}
    assert res.failures["error"].str.len().gt(10).all()
    assert set(res.tables["sentences"]["article_id"]) == {Path(n).stem for n in ARTICLES}
    for name in corpus.TABLES:
        schema.validate(res.tables[name], name)
        assert res.rows[name] == len(res.tables[name])
    assert res.tables["events_merged"] is res.merged


def test_csv_output_reads_back_identical_and_failures_always_written(small_corpus, tmp_path, fake_extractors):
    mem = corpus.extract_corpus(small_corpus, progress=False)
    out = tmp_path / "out"
    res = corpus.extract_corpus(small_corpus, out=out, progress=False, chunksize=2)
    assert res.tables == {}  # streamed, not kept
    for name in corpus.TABLES:
        pd.testing.assert_frame_equal(read_table(out / f"{name}.csv", name), mem.tables[name])
    assert len(pd.read_csv(out / "failures.csv")) == len(BROKEN)
    assert len(pd.read_csv(out / "events_merged.csv")) == len(mem.merged)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary file left behind

    clean = tmp_path / "clean"
    for name in ARTICLES:
        (clean / name).parent.mkdir(exist_ok=True)
        (clean / name).write_text(ARTICLES[name])
    corpus.extract_corpus(clean, out=tmp_path / "out2", tables=("sentences",), progress=False)
    failures = pd.read_csv(tmp_path / "out2" / "failures.csv")
    assert list(failures.columns) == ["article_id", "path", "error"] and failures.empty


def test_parquet_output_matches_csv(small_corpus, tmp_path, fake_extractors):
    pytest.importorskip("pyarrow")
    corpus.extract_corpus(small_corpus, out=tmp_path / "c", progress=False)
    corpus.extract_corpus(small_corpus, out=tmp_path / "p", fmt="parquet", progress=False, chunksize=1)
    for name in corpus.TABLES:
        pd.testing.assert_frame_equal(read_table(tmp_path / "p" / f"{name}.parquet", name),
                                      read_table(tmp_path / "c" / f"{name}.csv", name))
    merged = pd.read_parquet(tmp_path / "p" / "events_merged.parquet")
    # Parquet has no second unit: dates come back as datetime64[ms] from pandas, [s] through read_table
    assert str(merged["n_articles"].dtype) == "Int64" and str(merged["date"].dtype).startswith("datetime64")


def test_jobs_2_writes_the_same_files_as_jobs_1(small_corpus, tmp_path):
    for jobs in (1, 2):
        corpus.extract_corpus(small_corpus, out=tmp_path / f"j{jobs}", jobs=jobs, progress=False, chunksize=1,
                              tables=("sentences",))
    for name in ("sentences", "failures"):
        assert _same(tmp_path / "j1", tmp_path / "j2", name)


def _same(a: Path, b: Path, name: str) -> bool:
    return (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes()


def test_interrupted_run_leaves_previous_outputs_untouched(small_corpus, tmp_path, fake_extractors,
                                                           monkeypatch):
    out = tmp_path / "out"
    corpus.extract_corpus(small_corpus, out=out, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = {"n": 0}
    real = fake_extractors.event_rows

    def flaky(article):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(article)

    monkeypatch.setattr(fake_extractors, "event_rows", flaky)
    with pytest.raises(KeyboardInterrupt):
        corpus.extract_corpus(small_corpus, out=out, progress=False, chunksize=1)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_refuses_to_write_over_an_input(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    victim = out / "sentences.csv"
    victim.write_text(ARTICLES["2020-06-09_reuters_cut.txt"])
    with pytest.raises(KoreadiploError, match="refusing"):
        corpus.extract_corpus([victim], out=out, tables=("sentences",), progress=False)
    assert victim.read_text() == ARTICLES["2020-06-09_reuters_cut.txt"]


def test_progress_bar_only_when_asked_or_on_a_terminal(small_corpus, capsys):
    corpus.extract_corpus(small_corpus, tables=("sentences",), progress=None)  # stderr is captured: no TTY
    assert capsys.readouterr().err == ""
    corpus.extract_corpus(small_corpus, tables=("sentences",), progress=True)
    assert "article" in capsys.readouterr().err


def test_bad_options_fail_in_one_line(small_corpus):
    with pytest.raises(KoreadiploError, match="fmt"):
        corpus.extract_corpus(small_corpus, fmt="xlsx")
    with pytest.raises(KoreadiploError, match="unknown table"):
        corpus.extract_corpus(small_corpus, tables=("quotes",))
    with pytest.raises(KoreadiploError, match="engine"):
        corpus.extract_corpus(small_corpus, engine="spark")


# ------------------------------------------------------------------------------------------------------ merge
def _event(article_id: str, n: int = 1, **kw) -> dict:
    row = {
        "article_id": article_id, "event_id": f"{article_id}:E{n}", "date": "2020-06-09",
        "date_end": "2020-06-09", "date_precision": "day", "date_text": "Tuesday", "date_rule": "weekday",
        "actor": "North Korea", "actor_country": "PRK", "target": "South Korea", "target_country": "KOR",
        "action": "cut", "category": "break", "status": "happened", "channel": "hotline",
        "cameo_code": "1953",
        "quad_class": 4, "goldstein": -5.0, "trigger": "cut the hotline", "section": "lead", "sentence_id": 1,
        "char_start": 0, "char_end": 10, "evidence": f"Evidence from {article_id}.", "n_mentions": 1,
    }
    row.update(kw)
    return row


def test_same_event_in_many_articles_is_one_row_with_counts():
    events = schema.frame([_event("ap1", n_mentions=2), _event("yna1"), _event("ap1", 2, n_mentions=1),
                           _event("rtr1", date="2020-06-01", date_end="2020-06-30", date_precision="month")],
                          "events")
    m = corpus.merge_events(events)
    assert len(m) == 1
    row = m.iloc[0]
    assert (row["n_mentions"], row["n_articles"], row["article_ids"]) == (5, 3, "ap1;rtr1;yna1")
    assert row["date"] == pd.Timestamp("2020-06-09") and row["date_precision"] == "day"
    assert row["evidence"] == "Evidence from ap1." and row["first_event_id"] == "ap1:E1"


def test_the_most_precise_date_wins_whatever_comes_first():
    events = schema.frame([_event("a", date="2020-06-01", date_end="2020-06-30", date_precision="month"),
                           _event("b", date="2020-06-16", date_end="2020-06-16")], "events")
    m = corpus.merge_events(events)
    assert len(m) == 1 and m.loc[0, "date"] == pd.Timestamp("2020-06-16")
    assert m.loc[0, "date_precision"] == "day"


def test_different_day_channel_actor_or_category_stay_apart():
    events = schema.frame([
        _event("a"), _event("b", date="2020-06-16", date_end="2020-06-16"),
        _event("c", channel="liaison_office"), _event("d", actor="South Korea", actor_country="KOR"),
        _event("e", category="restoration", action="restore"),
    ], "events")
    assert len(corpus.merge_events(events)) == 5


def test_actor_stands_in_for_an_unknown_country():
    drills = dict(category="escalation", channel=None, action="hold", actor_country=None)
    events = schema.frame([_event("a", actor="Korean People's Army", **drills),
                           _event("b", actor="Korean People's Army", **drills),
                           _event("c", actor=None, **drills)], "events")
    m = corpus.merge_events(events)
    assert sorted(m["n_articles"]) == [1, 2]


def test_a_channel_restored_is_one_event_whoever_the_reports_name():
    fix = dict(category="restoration", action="restore")
    events = schema.frame([_event("a", actor=None, actor_country=None, **fix),
                           _event("b", actor="the two Koreas", actor_country="KOR+PRK", **fix),
                           _event("c", **fix),
                           _event("d", actor="South Korea", actor_country="KOR", **fix)], "events")
    m = corpus.merge_events(events)
    # the two Koreas agree with both; an unnamed actor joins; the merged actor is the first one named
    assert m["n_articles"].tolist() == [4]
    assert m["actor"].tolist() == ["the two Koreas"]


def test_only_events_that_happened_by_default():
    events = schema.frame([_event("a"), _event("b", status="threatened")], "events")
    assert corpus.merge_events(events)["article_ids"].tolist() == ["a"]
    both = corpus.merge_events(events, statuses=None)
    assert sorted(both["status"]) == ["happened", "threatened"]


def test_undated_report_joins_the_event_of_the_days_before_publication():
    undated = dict(date="2020-06-11", date_end="2020-06-11", date_precision="reported", date_text=None)
    stale = dict(date="2020-07-30", date_end="2020-07-30", date_precision="reported", date_text=None)
    events = schema.frame([_event("a"), _event("b", **undated), _event("c", **stale)], "events")
    m = corpus.merge_events(events)
    assert m["article_ids"].tolist() == ["a;b", "c"]
    assert corpus.merge_events(events, reported_window=1)["article_ids"].tolist() == ["a", "b", "c"]


def test_no_merge_writes_no_merged_table(small_corpus, tmp_path, fake_extractors):
    res = corpus.extract_corpus(small_corpus, out=tmp_path / "o", progress=False, merge=False)
    assert res.merged is None and not (tmp_path / "o" / "events_merged.csv").exists()
    assert (tmp_path / "o" / "events.csv").exists()


def test_merged_file_equals_merging_the_events_file(small_corpus, tmp_path, fake_extractors):
    out = tmp_path / "out"
    corpus.extract_corpus(small_corpus, out=out, progress=False, chunksize=1)
    merged = pd.read_csv(out / "events_merged.csv", dtype=str, keep_default_na=False)
    again = corpus.merge_events(read_table(out / "events.csv", "events"))
    assert merged["article_ids"].tolist() == again["article_ids"].tolist()
    # the fake reports every hotline sentence as undated: the two June 2020 cut stories are one event
    assert "2020-06-09_reuters_cut;2020-06-10_ap_cut" in merged["article_ids"].tolist()


# ------------------------------------------------------------------------------------------------------- CLI
def _cli(argv: list[str]) -> argparse.Namespace:
    parser = corpus.add_extract_arguments(argparse.ArgumentParser(prog="koreadiplo extract"))
    return parser.parse_args(argv)


def test_cli_summary_and_exit_code(small_corpus, tmp_path, capsys, fake_extractors):
    code = corpus.run_extract_cli(_cli([str(small_corpus), "--out", str(tmp_path / "o"), "--quiet"]))
    out, err = capsys.readouterr()
    assert code == 1  # two broken files
    assert out.count("\n") == 1 and f"{len(ARTICLES) + len(BROKEN)} articles" in out and "2 failed" in out
    assert "failures.csv" in err
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "a.txt").write_text(ARTICLES["2021-07-27_axios_restored.txt"])
    args = _cli([str(clean), "--out", str(tmp_path / "o2"), "-q", "--format", "csv", "--tables", "sentences"])
    assert corpus.run_extract_cli(args) == 0


# ------------------------------------------------------------------------------------------- real extractors
def test_real_extractors_jobs_1_and_2_identical(tmp_path):
    """The real events / statements modules through worker processes (spawned: no fakes there)."""
    templates = _templates()
    templates.write_corpus(tmp_path / "corpus", 12, seed=7)
    for jobs in (1, 2):
        corpus.extract_corpus(tmp_path / "corpus", out=tmp_path / f"j{jobs}", jobs=jobs, progress=False,
                              chunksize=4)
    for name in (*corpus.TABLES, "events_merged", "failures"):
        assert _same(tmp_path / "j1", tmp_path / "j2", name)
    merged = pd.read_csv(tmp_path / "j1" / "events_merged.csv")
    assert merged["n_articles"].max() > 1  # the templates tell each real event many times


def test_dask_local_cluster_gives_identical_tables(tmp_path):
    distributed = pytest.importorskip("distributed")
    templates = _templates()
    templates.write_corpus(tmp_path / "corpus", 10, seed=11)
    ref = corpus.extract_corpus(tmp_path / "corpus", out=tmp_path / "proc", jobs=1, progress=False)
    with distributed.LocalCluster(n_workers=2, processes=False, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        res = corpus.extract_corpus(tmp_path / "corpus", out=tmp_path / "dask",
                                    scheduler=cluster.scheduler_address, progress=False, chunksize=3)
    assert res.rows == ref.rows
    for name in (*corpus.TABLES, "events_merged", "failures"):
        assert _same(tmp_path / "proc", tmp_path / "dask", name)


def test_dask_missing_gives_an_install_hint(small_corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(KoreadiploError, match=r"koreadiplo\[dask\]"):
        corpus.extract_corpus(small_corpus, tables=("sentences",), engine="dask", progress=False)


def _templates():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import templates
    finally:
        sys.path.pop(0)
    return templates


def test_benchmark_smoke_runs(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke", "--sizes", "8"],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "articles/s" in proc.stdout and "Import time" in proc.stdout
    assert "       8     2" in proc.stdout  # the jobs=2 row of the 8-article corpus
