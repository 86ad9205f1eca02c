"""The blind held-out set (tests/heldout): it loads, covers the hard cases, and the extractors keep its baseline.

The articles were written without looking at the rules (see tests/heldout/README.md), so these figures measure
how the kit does on copy it was not tuned to. Report them apart from the dev figures of tests/corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import koreadiplo
from koreadiplo.evaluate import check_baseline, evaluate, load_gold

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
BASELINE = HELDOUT / "baseline.json"
DEV = ROOT / "tests" / "corpus"


def test_heldout_has_gold_for_every_article_and_loads():
    golds = load_gold(HELDOUT)  # validates fields, dates, evidence and quotes against each article
    articles = sorted(p.stem for p in HELDOUT.glob("*.txt"))
    assert sorted(g.article_id for g in golds) == articles
    assert len(golds) >= 12
    outlets = {g.article_id.split("_")[1] for g in golds}
    assert {"axios", "ap", "reuters", "yonhap", "tass"} <= outlets


def test_heldout_is_disjoint_from_the_dev_corpus():
    dev = {p.stem for p in DEV.glob("*.txt")}
    held = {p.stem for p in HELDOUT.glob("*.txt")}
    assert not dev & held
    dev_text = {p.read_text(encoding="utf-8") for p in DEV.glob("*.txt")}
    assert not dev_text & {p.read_text(encoding="utf-8") for p in HELDOUT.glob("*.txt")}


def test_heldout_covers_statuses_precisions_and_kinds():
    golds = load_gold(HELDOUT)
    events = [e for g in golds for e in g.events]
    statements = [s for g in golds for s in g.statements]
    assert {"break", "restoration"} <= {e.category for e in events}
    assert {"happened", "announced", "planned", "hypothetical"} <= {e.status for e in events if e.scored}
    assert {"day", "month", "year", "reported"} <= {e.precision for e in events}
    assert {"direct", "partial", "indirect"} <= {s.kind for s in statements}
    assert any(s.via for s in statements)
    # events of earlier years told in a later article (retrospectives)
    assert any(e.date is not None and e.date.year <= g.published.year - 2 for g in golds for e in g.events)


@pytest.mark.skipif(not hasattr(koreadiplo, "extract_events"),
                    reason="the extractors do not exist yet")
def test_real_extractors_do_not_fall_below_the_heldout_baseline():
    report = evaluate(HELDOUT)
    assert not [res.errors for res in report.articles if res.errors]
    check_baseline(report, BASELINE)
