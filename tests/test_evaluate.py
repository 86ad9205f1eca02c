"""Tests of koreadiplo.evaluate: gold validation, scoring rules (with fake extractors), baseline, CLI entry.

The scoring tests use fake extractors and a fake reader, so they do not depend on the real extractors; the
last test runs the real evaluation on tests/corpus once ``koreadiplo.extract_events`` exists.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

import koreadiplo
from koreadiplo.errors import GoldError, MissingDateError
from koreadiplo.evaluate import (
    EvalReport,
    RegressionError,
    Score,
    check_baseline,
    evaluate,
    load_gold,
    main,
    normalize_quote,
    normalize_speaker,
    write_baseline,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
BASELINE = CORPUS / "baseline.json"

STEM = "2021-10-04_axios_koreas-restore-lines"
ARTICLE = """ date 2021-10-04 Koreas restore hotlines

North Korea answered South Korea's call on Monday, restoring lines it had ignored since August.

Flashback: On June 9, 2020, North Korea cut all hotlines. Seoul resumed military exercises in August.

What they're saying: “We will keep calling every day,” said Seoul’s Unification Ministry.

  • Kim Yo-jong said the North was ready for talks.
"""
GOLD = """article: STEM.txt
published: 2021-10-04
events:
  - {category: restoration, date: 2021-10-04, precision: day, actor: North Korea, status: happened,
     channel: hotline, evidence: "restoring lines it had ignored"}
  - {category: break, date: 2021-08, precision: month, status: happened, evidence: "ignored since August"}
  - {category: break, date: 2020-06-09, precision: day, status: happened,
     evidence: "North Korea cut all hotlines"}
  - {category: escalation, date: 2021-08, precision: month, evidence: "resumed military exercises"}
statements:
  - {speaker: [Ministry of Unification, Unification Ministry], quote: "We will keep calling", kind: direct}
  - {speaker: Kim Yo-jong, quote: "the North was ready for talks", kind: indirect, via: Yonhap < KCNA}
"""


def _write(tmp_path: Path, gold: str = GOLD, article: str = ARTICLE, stem: str = STEM) -> Path:
    (tmp_path / f"{stem}.txt").write_text(article, encoding="utf-8")
    (tmp_path / f"{stem}.yaml").write_text(gold.replace("STEM", stem), encoding="utf-8")
    return tmp_path


def _subdir(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.mkdir()
    return path


def fake_reader(path, published=None):
    """Stands in for read_article: enough for the fake extractors (the article id and the date)."""
    return SimpleNamespace(article_id=Path(path).stem, published=published or dt.date(2021, 10, 4))


def ev(category, date, precision="day", status="happened", date_end=None):
    start = pd.Timestamp(date)
    if date_end is None:
        date_end = {"day": start, "reported": start,
                    "month": start + pd.offsets.MonthEnd(0),
                    "year": start + pd.offsets.YearEnd(0)}[precision]
    return {"category": category, "date": start, "date_end": pd.Timestamp(date_end),
            "date_precision": precision, "status": status, "actor": "North Korea", "channel": "hotline",
            "trigger": "t", "evidence": "e"}


def st(speaker, quote, kind="direct", via=pd.NA):
    return {"speaker": speaker, "quote": quote, "kind": kind, "via": via, "evidence": "e"}


def run(tmp_path, events=(), statements=(), **kw) -> EvalReport:
    corpus = _write(tmp_path)
    return evaluate(corpus, read_article=kw.pop("reader", fake_reader),
                    extract_events=lambda a: pd.DataFrame(list(events)),
                    extract_statements=lambda a: pd.DataFrame(list(statements)), **kw)


PERFECT_EVENTS = [ev("restoration", "2021-10-04"), ev("break", "2021-08-01", "month"),
                  ev("break", "2020-06-09"), ev("escalation", "2021-08-01", "month")]
PERFECT_STATEMENTS = [st("Ministry of Unification", "“We will keep calling every day,”"),
                      st("Kim Yo-jong", "the North was ready for talks", "indirect", "Yonhap < KCNA")]


# ------------------------------------------------------------------------------------------ the corpus itself


def test_corpus_has_gold_for_every_article_and_loads():
    golds = load_gold(CORPUS)
    articles = sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert sorted(g.article_id for g in golds) == articles
    assert len(golds) >= 14
    outlets = [g.article_id.split("_")[1] for g in golds]
    assert outlets.count("axios") >= 7
    assert {"ap", "reuters", "yonhap", "tass"} <= set(outlets)
    assert len(outlets) - outlets.count("axios") >= 7


def test_corpus_covers_the_hard_cases():
    golds = load_gold(CORPUS)
    events = [e for g in golds for e in g.events]
    statements = [s for g in golds for s in g.statements]
    assert {"break", "restoration"} <= {e.category for e in events}
    assert set(koreadiplo.schema.STATUSES) <= {e.status for e in events if e.scored}
    assert {"day", "month", "year", "reported"} <= {e.precision for e in events}
    assert {"direct", "partial", "indirect"} <= {s.kind for s in statements}
    assert any("<" in (s.via or "") for s in statements)
    # a January article with events of the previous year
    jan = [g for g in golds if g.published.month == 1]
    assert any(e.date.year == g.published.year - 1 for g in jan for e in g.events)
    # "resumed military exercises" / "reinstalled guard posts" are annotated as escalation
    traps = [e for e in events
             if e.evidence and ("resumed military" in e.evidence or "guard posts" in e.evidence)]
    assert len(traps) >= 2 and all(e.category == "escalation" for e in traps)


def test_corpus_readme_documents_the_format():
    text = (CORPUS / "README.md").read_text(encoding="utf-8")
    for word in ("published:", "precision", "via", "Yonhap < KCNA", "baseline.json", "koreadiplo evaluate"):
        assert word in text


# ------------------------------------------------------------------------------------------ gold validation


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("category: restoration", "category: rebirth", "events[0].category"),
        ("date: 2021-10-04, precision: day", "date: 2021-13-04, precision: day", "events[0].date"),
        ("date: 2021-08, precision: month", "date: 2021-08, precision: day", "events[1].date"),
        ("status: happened, evidence: \"ignored", "status: rumoured, evidence: \"ignored",
         "events[1].status"),
        ("evidence: \"restoring lines it had ignored\"", "evidence: \"reopening the office\"",
         "events[0].evidence"),
        ("quote: \"We will keep calling\"", "quote: \"We will never call\"", "statements[0].quote"),
        ("kind: direct", "kind: shouted", "statements[0].kind"),
        ("channel: hotline,", "channel: fax,", "events[0].channel"),
        ("status: happened,\n     channel", "satus: happened,\n     channel", "events[0]: unknown field"),
        ("speaker: Kim Yo-jong, ", "", "statements[1].speaker"),
        ("published: 2021-10-04", "published: 2021-10-05", "published"),
        ("published: 2021-10-04", "published: yesterday", "published"),
    ],
)
def test_gold_errors_name_file_and_field(tmp_path, old, new, field):
    assert old in GOLD
    _write(tmp_path, GOLD.replace(old, new))
    with pytest.raises(GoldError) as info:
        load_gold(tmp_path)
    message = str(info.value)
    assert f"{STEM}.yaml" in message and field in message
    assert "\n" not in message


def test_gold_error_on_missing_article_and_bad_yaml(tmp_path):
    _write(tmp_path, GOLD.replace("article: STEM.txt", "article: elsewhere.txt"))
    with pytest.raises(GoldError, match=r"article: 'elsewhere.txt' not found"):
        load_gold(tmp_path / f"{STEM}.yaml")
    _write(tmp_path, "article: [unclosed\n")
    with pytest.raises(GoldError, match=r"invalid YAML"):
        load_gold(tmp_path)
    with pytest.raises(GoldError, match="no gold .yaml files"):
        load_gold(_subdir(tmp_path, "empty"))


def test_gold_article_must_share_the_stem(tmp_path):
    _write(tmp_path)
    (tmp_path / "other.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / f"{STEM}.yaml").write_text(GOLD.replace("STEM.txt", "other.txt"), encoding="utf-8")
    with pytest.raises(GoldError, match="same stem"):
        load_gold(tmp_path)


def test_gold_dates_and_defaults(tmp_path):
    (gold,) = load_gold(_write(tmp_path))
    restoration, august, june, escalation = gold.events
    assert (august.date, august.date_end) == (dt.date(2021, 8, 1), dt.date(2021, 8, 31))
    assert august.precision == "month"
    assert june.status == "happened" and june.scored and not escalation.scored
    assert gold.statements[0].speakers == ("Ministry of Unification", "Unification Ministry")
    assert gold.statements[1].via == "Yonhap < KCNA"


def test_reported_precision_takes_the_publication_date(tmp_path):
    gold_text = GOLD.replace("date: 2020-06-09, precision: day, ", "precision: reported, ")
    (gold,) = load_gold(_write(tmp_path, gold_text))
    assert gold.events[2].date == gold.events[2].date_end == dt.date(2021, 10, 4)


# ------------------------------------------------------------------------------------------ scoring


def test_perfect_extractor_scores_one(tmp_path):
    report = run(tmp_path, PERFECT_EVENTS, PERFECT_STATEMENTS)
    overall = report.overall
    for metric in ("events", "events_strict", "statements", "statements_strict"):
        score = overall[metric]
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), metric
    assert overall["context"].recall == 1.0
    (res,) = report.articles
    assert not (res.missed_events or res.extra_events or res.missed_statements or res.extra_statements)


def test_empty_extractor_misses_everything(tmp_path):
    report = run(tmp_path)
    assert report.overall["events"] == Score(tp=0, fp=0, fn=3)
    assert report.overall["events"].f1 == 0.0
    assert report.overall["statements"] == Score(tp=0, fp=0, fn=2)
    assert report.overall["context"] == Score(tp=0, fp=0, fn=1)
    (res,) = report.articles
    assert len(res.missed_events) == 3 and len(res.missed_statements) == 2


def test_day_precision_needs_the_same_day(tmp_path):
    events = [ev("restoration", "2021-10-01", "month"),          # the month around the day: not enough
              ev("break", "2021-08-01", "month"), ev("break", "2020-06-10")]  # one day off: no match
    report = run(tmp_path, events)
    assert report.overall["events"] == Score(tp=1, fp=2, fn=2)
    (res,) = report.articles
    assert {(g.category, g.date) for g in res.missed_events} == {("restoration", dt.date(2021, 10, 4)),
                                                                ("break", dt.date(2020, 6, 9))}


def test_month_gold_matches_an_overlapping_day_but_not_strictly(tmp_path):
    events = [ev("restoration", "2021-10-04"), ev("break", "2021-08-10"), ev("break", "2020-06-09")]
    report = run(tmp_path, events)
    assert report.overall["events"].f1 == 1.0
    assert report.overall["events_strict"] == Score(tp=2, fp=1, fn=1)
    (res,) = report.articles
    assert any("precision gold month / extracted day" in d for d in res.disagreements)


def test_status_counts_only_in_the_strict_figure(tmp_path):
    events = [ev("restoration", "2021-10-04", status="announced"), ev("break", "2021-08-01", "month"),
              ev("break", "2020-06-09")]
    report = run(tmp_path, events)
    assert report.overall["events"].f1 == 1.0
    assert report.overall["events_strict"].tp == 2
    assert any("status gold happened / extracted announced" in d for d in report.articles[0].disagreements)


def test_the_report_pairs_a_row_with_the_gold_event_it_fully_agrees_with(tmp_path):
    # two breaks on the same day: an announced one (talks) listed first, a denied one (the hotline); the one row
    # found is the denied hotline break, so the report misses the announced one and shows no disagreement
    gold = GOLD.replace(
        "- {category: break, date: 2020-06-09, precision: day, status: happened,",
        "- {category: break, date: 2021-10-04, precision: day, status: announced, channel: talks,\n"
        "     evidence: \"restoring\"}\n"
        "  - {category: break, date: 2021-10-04, precision: day, status: denied, channel: hotline,")
    corpus = _write(tmp_path, gold)
    events = [ev("restoration", "2021-10-04"), ev("break", "2021-08-01", "month"),
              ev("break", "2021-10-04", status="denied")]
    report = evaluate(corpus, read_article=fake_reader, extract_events=lambda a: pd.DataFrame(events),
                      extract_statements=lambda a: pd.DataFrame([]))
    (res,) = report.articles
    assert report.overall["events_strict"].tp == 3
    assert [(g.status, g.channel) for g in res.missed_events] == [("announced", "talks")]
    assert res.disagreements == []


def test_wrong_category_and_duplicates_are_extras(tmp_path):
    events = [*PERFECT_EVENTS,
              ev("restoration", "2021-08-01", "month"),  # "resumed military exercises" read as a restoration
              ev("restoration", "2021-10-04")]           # the same restoration twice
    report = run(tmp_path, events)
    assert report.overall["events"] == Score(tp=3, fp=2, fn=0)
    assert len(report.articles[0].extra_events) == 2


def test_context_rows_do_not_count_as_extras(tmp_path):
    events = [*PERFECT_EVENTS, ev("criticism", "2021-10-04"), ev("meeting", "2020-01-01", "year")]
    report = run(tmp_path, events)
    assert report.overall["events"].precision == 1.0
    assert report.overall["context"] == Score(tp=1, fp=0, fn=0)


def test_statement_normalisation_and_speaker_rules(tmp_path):
    # an accepted alias, curly quotes and odd spacing; another spelling of the name, with wrong kind and via
    statements = [st("the Unification Ministry", "“We  will keep\ncalling every day,”"),
                  st("Kim Yo Jong", "the North was ready for talks", "partial", "KCNA")]
    report = run(tmp_path, statements=statements)
    assert report.overall["statements"].f1 == 1.0
    assert report.overall["statements_strict"] == Score(tp=1, fp=1, fn=1)
    assert any("kind gold indirect / extracted partial" in d and "via gold Yonhap < KCNA" in d
               for d in report.articles[0].disagreements)


def test_statement_needs_the_right_speaker_and_the_whole_gold_quote(tmp_path):
    statements = [st("Kim Jong-un", "the North was ready for talks", "indirect"),   # wrong Kim
                  st("Ministry of Unification", "We will keep")]                     # truncated quote
    report = run(tmp_path, statements=statements)
    assert report.overall["statements"] == Score(tp=0, fp=2, fn=2)


def test_a_gold_alias_accepts_the_canonical_name_but_nothing_looser(tmp_path):
    gold = GOLD.replace("speaker: [Ministry of Unification, Unification Ministry]", "speaker: Unification Ministry")
    _write(tmp_path, gold=gold)

    def score(statements):
        return evaluate(tmp_path, read_article=fake_reader, extract_events=lambda a: pd.DataFrame(),
                        extract_statements=lambda a: pd.DataFrame(statements)).overall["statements"]

    assert score([st("Ministry of Unification", "We will keep calling every day")]) == Score(tp=1, fp=0, fn=1)
    # another body of the same country is not the same speaker
    assert score([st("Ministry of National Defense", "We will keep calling every day")]) == Score(tp=0, fp=1, fn=2)


def test_normalisers():
    assert normalize_quote("“It’s  over,”") == "it's over"
    assert normalize_speaker("The Kim Yo-jong") == normalize_speaker("kim yo jong") == "kim yo jong"


def test_an_extractor_crash_costs_only_that_article(tmp_path):
    _write(tmp_path)
    _write(tmp_path, GOLD.replace("published: 2021-10-04", "published: 2021-10-05"),
           ARTICLE.replace(" date 2021-10-04", " date 2021-10-05"), stem="2021-10-05_ap_second")

    def events(article):
        if article.article_id.endswith("second"):
            raise ValueError("boom")
        return pd.DataFrame(PERFECT_EVENTS)

    report = evaluate(tmp_path, read_article=fake_reader, extract_events=events,
                      extract_statements=lambda a: pd.DataFrame(PERFECT_STATEMENTS))
    first, second = report.articles
    assert first.scores["events"].f1 == 1.0 and not first.errors
    assert second.errors == ["extract_events: ValueError: boom"]
    assert second.scores["events"] == Score(tp=0, fp=0, fn=3)
    assert "ERROR" in report.to_text()


def test_missing_date_is_read_again_with_the_gold_date(tmp_path):
    calls = []

    def reader(path, published=None):
        calls.append(published)
        if published is None:
            raise MissingDateError("no date")
        return fake_reader(path, published)

    report = run(tmp_path, PERFECT_EVENTS, reader=reader)
    assert calls == [None, dt.date(2021, 10, 4)]
    assert any("no publication date" in n for n in report.articles[0].notes)
    assert report.overall["events"].f1 == 1.0


def test_publication_date_disagreement_is_noted(tmp_path):
    report = run(tmp_path, reader=lambda p, published=None: fake_reader(p, dt.date(2021, 10, 3)))
    assert report.articles[0].notes == ["reader published 2021-10-03, gold 2021-10-04"]


def test_report_text_and_frame(tmp_path):
    report = run(tmp_path, [ev("break", "2020-06-09"), ev("restoration", "2019-01-01", "year")],
                 [st("Ministry of Unification", "We will keep calling every day")])
    text = report.to_text()
    assert "MISSED event      restoration/happened 2021-10-04 (day)" in text
    assert "EXTRA event       restoration/happened 2019 (year)" in text
    assert "MISSED statement  Kim Yo-jong [indirect via Yonhap < KCNA]" in text
    assert "OVERALL" in text and "F1 0.400" in text
    assert "MISSED" not in report.to_text(details=False)
    frame = report.to_frame()
    assert list(frame.columns) == ["article_id", "metric", "precision", "recall", "f1", "tp", "fp", "fn"]
    assert set(frame["metric"]) == {"events", "events_strict", "statements", "statements_strict", "context"}


def test_missing_default_extractor_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(koreadiplo, "extract_statements", None, raising=False)
    report = evaluate(_write(tmp_path), read_article=fake_reader,
                      extract_events=lambda a: pd.DataFrame(PERFECT_EVENTS))
    assert "statements" in report.skipped
    assert "statements" not in report.overall and report.overall["events"].f1 == 1.0


# ------------------------------------------------------------------------------------------ baseline


def test_baseline_round_trip_and_regression(tmp_path):
    good = run(_subdir(tmp_path, "a"), PERFECT_EVENTS, PERFECT_STATEMENTS)
    path = tmp_path / "baseline.json"
    write_baseline(good, path)
    data = json.loads(path.read_text())
    assert data["events"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert check_baseline(good, path) == []
    worse = run(_subdir(tmp_path, "b"), PERFECT_EVENTS[:2], PERFECT_STATEMENTS)
    with pytest.raises(RegressionError, match=r"events.recall: 0.6667 < baseline 1.0000"):
        check_baseline(worse, path)


def test_baseline_reports_improvements_and_unevaluated_metrics(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"_comment": "x", "events": {"f1": 0.5}, "statements": {"f1": 0.0}}))
    report = run(tmp_path, PERFECT_EVENTS)
    assert check_baseline(report, path) == ["events.f1: 1.0000 > baseline 0.5000"]
    no_statements = EvalReport(articles=[], skipped={"statements": "n/a"})
    path.write_text(json.dumps({"statements": {"f1": 0.9}}))
    with pytest.raises(RegressionError, match="statements.f1: not evaluated"):
        check_baseline(no_statements, path)
    path.write_text("{not json")
    with pytest.raises(GoldError, match="baseline.json"):
        check_baseline(report, path)


# ------------------------------------------------------------------------------------------ command line


@pytest.fixture
def fake_defaults(monkeypatch):
    monkeypatch.setattr(koreadiplo, "read_article", fake_reader, raising=False)
    monkeypatch.setattr(koreadiplo, "extract_events", lambda a: pd.DataFrame(PERFECT_EVENTS), raising=False)
    monkeypatch.setattr(koreadiplo, "extract_statements", lambda a: pd.DataFrame(PERFECT_STATEMENTS[:1]),
                        raising=False)


def test_main_prints_report_and_checks_baseline(tmp_path, capsys, fake_defaults):
    corpus = _write(_subdir(tmp_path, "corpus"))
    baseline = tmp_path / "baseline.json"
    assert main([str(corpus), "--update-baseline", str(baseline)]) == 0
    out = capsys.readouterr().out
    assert "OVERALL" in out and "MISSED statement  Kim Yo-jong" in out
    assert json.loads(baseline.read_text())["statements"]["recall"] == 0.5
    assert main([str(corpus), "--baseline", str(baseline), "--summary"]) == 0
    baseline.write_text(json.dumps({"statements": {"recall": 0.9}}))
    assert main([str(corpus), "--baseline", str(baseline)]) == 1
    assert "statements.recall: 0.5000 < baseline 0.9000" in capsys.readouterr().err
    assert main([str(corpus), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["events"]["f1"] == 1.0


def test_main_reports_bad_gold_in_one_line(tmp_path, capsys, fake_defaults):
    _write(tmp_path, GOLD.replace("kind: direct", "kind: shouted"))
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "statements[0].kind" in err


# ------------------------------------------------------------------------------------------ the real thing


@pytest.mark.skipif(not hasattr(koreadiplo, "extract_events"),
                    reason="koreadiplo.extract_events does not exist yet")
def test_real_extractors_do_not_fall_below_the_baseline():
    report = evaluate(CORPUS)
    assert not [res.errors for res in report.articles if res.errors]
    check_baseline(report, BASELINE)


def test_an_unnamed_speaker_described_with_a_trailing_phrase_is_the_same_speaker():
    from koreadiplo.evaluate import _same_speaker

    accepted = frozenset({"a retired clerk", "a 68 year old retired clerk"})
    assert _same_speaker("a 68 year old retired clerk from seoul", accepted)
    assert _same_speaker("a retired clerk near the compound", accepted)
    assert _same_speaker("a retired clerk", accepted)
    assert not _same_speaker("a retired clerk's son", accepted)  # another person
    assert not _same_speaker("a retired clerk union", accepted)  # not a trailing phrase
    assert not _same_speaker("officials in seoul", frozenset({"officials"}))  # only described individuals


def test_a_longer_description_without_an_article_matches_the_golds_shorter_one():
    from koreadiplo.evaluate import _same_speaker

    # the leading "the" is dropped by normalisation: "[the] head of a textile company with a plant in Kaesong"
    accepted = frozenset({"head of a south korean textile company"})
    assert _same_speaker("head of a south korean textile company with a plant in the zone", accepted)
    assert _same_speaker("a 68-year-old fisherman on yeonpyeong", frozenset({"a 68-year-old fisherman"}))
    # a short name inside a longer one is not the same speaker
    assert not _same_speaker("ministry of unification", frozenset({"ministry"}))
    assert not _same_speaker("head of a south korean textile company union", accepted)
