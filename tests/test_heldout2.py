"""What the second held-out set (tests/heldout2) must cover; loading, disjointness and the baseline are checked for
every set in tests/test_heldout_sets.py."""

from __future__ import annotations

from pathlib import Path

from koreadiplo.evaluate import load_gold

HELDOUT2 = Path(__file__).resolve().parent / "heldout2"


def test_heldout2_covers_outlets_years_statuses_precisions_and_kinds():
    golds = load_gold(HELDOUT2)
    events = [e for g in golds for e in g.events]
    statements = [s for g in golds for s in g.statements]
    outlets = {g.article_id.split("_")[1] for g in golds}
    assert len(golds) >= 12
    assert {"axios", "ap", "reuters", "yonhap", "kcna"} <= outlets and len(outlets) >= 8
    assert min(g.published.year for g in golds) <= 2000 and max(g.published.year for g in golds) >= 2024
    assert {"break", "restoration"} <= {e.category for e in events}
    assert {"happened", "announced", "planned", "denied"} <= {e.status for e in events if e.scored}
    assert {"day", "month", "year", "reported"} <= {e.precision for e in events}
    assert {"direct", "partial", "indirect"} <= {s.kind for s in statements}
    assert any(s.via for s in statements)
    # retrospectives: events told years after they happened
    assert any(e.date is not None and e.date.year <= g.published.year - 5 for g in golds for e in g.events)
    # a story with context events but no break or restoration at all: every extracted one is a false positive
    assert any(g.events and not any(e.scored for e in g.events) for g in golds)
