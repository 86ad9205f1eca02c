"""The walkthrough's exercise checks: right answers pass, wrong or missing ones get a hint, nothing raises."""

from __future__ import annotations

import pandas as pd

from koreadiplo import schema, teaching


def _events():
    base = dict(article_id="a", date="2020-06-01", date_end="2020-06-30", date_precision="month", date_text="x",
                date_rule="r", actor="North Korea", actor_country="PRK", target=None, target_country=None,
                action="cut", category="break", status="happened", channel="hotline", cameo_code="161",
                quad_class=4, goldstein=-4.0, trigger="cut", section="lead", sentence_id=1, char_start=0,
                char_end=3, evidence="cut", n_mentions=1)
    rows = [dict(base, event_id="a:E1"),
            dict(base, event_id="a:E2", category="restoration", date="2021-07-27", date_end="2021-07-27",
                 date_precision="day"),
            dict(base, event_id="a:E3", category="escalation")]
    return schema.frame(rows, "events")


def test_sections_check(seed_article):
    assert teaching.check_sections(seed_article.sections(), seed_article)
    assert not teaching.check_sections(None, seed_article)
    reordered = list(reversed(seed_article.sections()))
    assert "reading order" in repr(teaching.check_sections(reordered, seed_article))
    assert "'lead'" in repr(teaching.check_sections(seed_article.sections()[1:], seed_article))


def test_slice_check(seed_article):
    row = seed_article.sentences.iloc[3]
    good = seed_article.text[row.char_start : row.char_end]
    assert teaching.check_slice(good, seed_article, 3)
    assert "white space" in repr(teaching.check_slice(good + " ", seed_article, 3))
    assert not teaching.check_slice(good[:-1], seed_article, 3)


def test_breaks_check():
    ev = _events()
    assert teaching.check_breaks(ev[ev["category"] == "break"], ev)
    assert not teaching.check_breaks(ev, ev)
    assert "columns" in repr(teaching.check_breaks(ev[ev["category"] == "break"][["event_id"]], ev))
    assert "Not yet" in repr(teaching.check_breaks(None, ev))


def test_month_precision_check():
    ev = _events()
    assert teaching.check_month_precision(["a:E3", "a:E1"], ev)
    assert not teaching.check_month_precision(["a:E1"], ev)


def test_speaker_via_check():
    st = pd.DataFrame({"speaker": ["Park Soo Hyun", "KCNA", "Kim Yo-jong"], "via": ["AP", None, "Yonhap < KCNA"]})
    assert teaching.check_speaker_via("Park Soo Hyun", st, "AP")
    assert teaching.check_speaker_via("Kim Yo-jong", st, "Yonhap")
    assert not teaching.check_speaker_via("KCNA", st, "AP")
    assert "No statement" in repr(teaching.check_speaker_via("X", st, "Reuters"))
