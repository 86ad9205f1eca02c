"""The third blind held-out set (tests/heldout3): it loads, stays apart from the other sets, keeps its baseline.

Measured once, blind (see tests/heldout3/README.md); report it apart from the other sets and never tune a rule to it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from koreadiplo.evaluate import check_baseline, evaluate, load_gold

ROOT = Path(__file__).resolve().parents[1]
HELDOUT3 = ROOT / "tests" / "heldout3"
OTHER_SETS = (ROOT / "tests" / "corpus", ROOT / "tests" / "heldout", ROOT / "tests" / "heldout2")


def test_heldout3_has_gold_for_every_article_and_loads():
    golds = load_gold(HELDOUT3)
    assert sorted(g.article_id for g in golds) == sorted(p.stem for p in HELDOUT3.glob("*.txt"))
    assert {g.article_id.split("_")[1] for g in golds} >= {"axios", "ap", "reuters", "yonhap"}


@pytest.mark.parametrize("other", OTHER_SETS, ids=lambda p: p.name)
def test_heldout3_is_disjoint_from_the_other_sets(other):
    mine = {p.read_text(encoding="utf-8") for p in HELDOUT3.glob("*.txt")}
    assert not mine & {p.read_text(encoding="utf-8") for p in other.glob("*.txt")}
    assert not {p.stem for p in HELDOUT3.glob("*.txt")} & {p.stem for p in other.glob("*.txt")}


def test_real_extractors_do_not_fall_below_the_heldout3_baseline():
    report = evaluate(HELDOUT3)
    assert not [res.errors for res in report.articles if res.errors]
    check_baseline(report, HELDOUT3 / "baseline.json")
