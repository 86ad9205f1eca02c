"""What the first held-out set (tests/heldout) must cover; loading, disjointness and the baseline are checked for
every set in tests/test_heldout_sets.py."""

from __future__ import annotations

from pathlib import Path

from koreadiplo.evaluate import load_gold

HELDOUT = Path(__file__).resolve().parent / "heldout"


def test_heldout_covers_outlets_statuses_precisions_and_kinds():
    golds = load_gold(HELDOUT)
    events = [e for g in golds for e in g.events]
    statements = [s for g in golds for s in g.statements]
    assert len(golds) >= 12
    assert {"axios", "ap", "reuters", "yonhap", "tass"} <= {g.article_id.split("_")[1] for g in golds}
    assert {"break", "restoration"} <= {e.category for e in events}
    assert {"happened", "announced", "planned", "hypothetical"} <= {e.status for e in events if e.scored}
    assert {"day", "month", "year", "reported"} <= {e.precision for e in events}
    assert {"direct", "partial", "indirect"} <= {s.kind for s in statements}
    assert any(s.via for s in statements)
    # events of earlier years told in a later article (retrospectives)
    assert any(e.date is not None and e.date.year <= g.published.year - 2 for g in golds for e in g.events)
