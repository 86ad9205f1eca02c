"""Property-based tests: whatever text comes in, koreadiplo raises nothing but KoreadiploError and loses nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import koreadiplo as kd

# Text built from the pieces articles are made of, so the reader's paths are all reached.
_PIECES = st.sampled_from([
    "North Korea", "cut the hotline", "restored", "on Tuesday", "In June last year", "said", '"', "\u201c",
    "\u201d", "'", "\u2019", ".", ",", ":", "...", "\n", "\n\n", "  \u2022 ", "- ", "Why it matters:",
    "Zoom in:", "U.S.", "Oct. 4", "a.m.", "SEOUL, July 27 (Yonhap) -- ", "(AP) \u2014 ", "(END)", "Kim",
    "Kim Yo-jong", "the statement added", "per AP", "according to Yonhap", " ", "2020", "\t", "\u00e9", "\ud55c",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(_PIECES, max_size=60).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map(
        lambda xs: " date 2021-07-27 T\n\n" + "".join(xs)
    ),
)
PUBLISHED = dt.date(2021, 7, 27)
# random text is often mostly Hangul: the reader rightly warns about it, which is not what these tests check
pytestmark = pytest.mark.filterwarnings("ignore::koreadiplo.errors.KoreadiploWarning")


def _read(text):
    try:
        return kd.read_article(text, published=PUBLISHED)
    except kd.KoreadiploError:
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_reader_raises_only_koreadiplo_errors_and_offsets_slice_back(text):
    article = _read(text)
    if article is None:
        return
    seen_end = -1
    for s in article.iter_sentences():
        assert article.text[s.char_start : s.char_end] == s.text
        assert s.text.strip() == s.text and s.text
        assert s.char_start >= seen_end  # ordered, no overlap
        seen_end = s.char_end
        assert s.char_start <= s.content_start <= s.char_end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_non_blank_body_character_is_in_a_sentence(text):
    article = _read(text)
    if article is None:
        return
    covered = bytearray(len(article.text))
    for s in article.iter_sentences():
        for i in range(s.char_start, s.char_end):
            covered[i] = 1
    markers = set("\u2022\u25cf\u25aa\u25e6\u2023\u2219\u00b7-*\u2013")
    for b in article.blocks:
        if b.is_bullet:
            # the marker sits just before the paragraph start
            i = b.char_start - 1
            while i >= 0 and (article.text[i].isspace() or article.text[i] in markers):
                covered[i] = 1
                i -= 1
    missing = [i for i in range(article.body_start, article.body_end)
               if not article.text[i].isspace() and not covered[i]]
    assert not missing, f"uncovered characters: {[article.text[i] for i in missing][:10]}"


def _check_rows_inside(article, table, quote_col):
    for row in table.itertuples():
        assert 0 <= row.char_start <= row.char_end <= len(article.text)
        sentence = article.sentence_list[row.sentence_id]
        assert sentence.text == row.evidence
        assert sentence.char_start <= row.char_start and row.char_end <= sentence.char_end or quote_col


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extractors_raise_nothing_and_evidence_lies_in_the_article(text):
    from koreadiplo import schema

    article = _read(text)
    if article is None:
        return
    events = kd.extract_events(article)
    statements = kd.extract_statements(article)
    mentions = kd.extract_mentions(article)
    schema.validate(events, "events")
    schema.validate(statements, "statements")
    schema.validate(mentions, "mentions")
    _check_rows_inside(article, events, False)
    _check_rows_inside(article, mentions, False)
    for row in statements.itertuples():
        assert 0 <= row.char_start <= row.char_end <= len(article.text)
        assert row.evidence in article.text
