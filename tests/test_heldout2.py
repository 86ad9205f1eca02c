"""The second blind held-out set (tests/heldout2): it loads, covers the hard cases, and keeps its baseline.

The articles and their gold were written without looking at the rules, the vocabularies, the dev articles or the
first held-out set (see tests/heldout2/README.md), so these figures measure how the kit does on copy it was not
tuned to. Report them apart from tests/corpus and tests/heldout; never tune a rule to one of these sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import koreadiplo
from koreadiplo.evaluate import check_baseline, evaluate, load_gold

ROOT = Path(__file__).resolve().parents[1]
HELDOUT2 = ROOT / "tests" / "heldout2"
BASELINE = HELDOUT2 / "baseline.json"
OTHER_SETS = (ROOT / "tests" / "corpus", ROOT / "tests" / "heldout")


def test_heldout2_has_gold_for_every_article_and_loads():
    golds = load_gold(HELDOUT2)  # validates fields, dates, evidence and quotes against each article
    articles = sorted(p.stem for p in HELDOUT2.glob("*.txt"))
    assert sorted(g.article_id for g in golds) == articles
    assert len(golds) >= 12
    outlets = {g.article_id.split("_")[1] for g in golds}
    assert {"axios", "ap", "reuters", "yonhap", "kcna"} <= outlets
    assert len(outlets) >= 8  # also Korea Herald, JoongAng and NK News copy
    assert min(g.published.year for g in golds) <= 2000 and max(g.published.year for g in golds) >= 2024


@pytest.mark.parametrize("other", OTHER_SETS, ids=lambda p: p.name)
def test_heldout2_is_disjoint_from_the_other_sets(other):
    stems = {p.stem for p in other.glob("*.txt")}
    assert stems, f"{other} has no articles"
    assert not stems & {p.stem for p in HELDOUT2.glob("*.txt")}
    texts = {p.read_text(encoding="utf-8") for p in other.glob("*.txt")}
    assert not texts & {p.read_text(encoding="utf-8") for p in HELDOUT2.glob("*.txt")}


def test_heldout2_covers_statuses_precisions_and_kinds():
    golds = load_gold(HELDOUT2)
    events = [e for g in golds for e in g.events]
    statements = [s for g in golds for s in g.statements]
    assert {"break", "restoration"} <= {e.category for e in events}
    assert {"happened", "announced", "planned", "denied"} <= {e.status for e in events if e.scored}
    assert {"day", "month", "year", "reported"} <= {e.precision for e in events}
    assert {"direct", "partial", "indirect"} <= {s.kind for s in statements}
    assert any(s.via for s in statements)
    # retrospectives: events told years after they happened
    assert any(e.date is not None and e.date.year <= g.published.year - 5 for g in golds for e in g.events)
    # a story with context events but no break or restoration at all: every extracted one is a false positive
    assert any(g.events and not any(e.scored for e in g.events) for g in golds)


@pytest.mark.skipif(not hasattr(koreadiplo, "extract_events"),
                    reason="the extractors do not exist yet")
def test_real_extractors_do_not_fall_below_the_heldout2_baseline():
    report = evaluate(HELDOUT2)
    assert not [res.errors for res in report.articles if res.errors]
    check_baseline(report, BASELINE)
