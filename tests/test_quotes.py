"""Quote spans: marks, apostrophes, nesting, continuation, and graceful recovery from unbalanced marks."""

from __future__ import annotations

import pytest

from koreadiplo.quotes import find_quotes


def texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


def test_straight_quote_span_and_offsets():
    text = 'Kim Yo-jong said "the South will pay a dear price" on Sunday.'
    (q,) = find_quotes(text)
    assert q.text == "the South will pay a dear price"
    assert text[q.start : q.end] == '"the South will pay a dear price"'
    assert text[q.inner_start : q.inner_end] == q.text
    assert q.closed


def test_curly_quotes():
    text = "\u201cWe are ready to talk,\u201d the minister said. \u201cThe line is open.\u201d"
    assert texts(text) == ["We are ready to talk,", "The line is open."]


def test_two_backticks_open_a_quotation_in_archived_ap_copy():
    text = "``We will meet again,'' he said. She called it ``a start.\u2033"
    qs = find_quotes(text)
    assert [q.text for q in qs] == ["We will meet again,", "a start."]
    assert [text[q.inner_start : q.inner_end] for q in qs] == ["We will meet again,", "a start."]
    assert text[qs[0].start : qs[0].end] == "``We will meet again,''"  # closed by both apostrophes
    assert qs[0].closed


def test_double_primes_of_archived_ap_copy_are_quote_marks():
    text = "\u2033We have a telephone line and a date,\u2033 a delegate said. He called it \u2033a start.\u2033"
    assert texts(text) == ["We have a telephone line and a date,", "a start."]
    # a measure in inches or seconds is no quotation when nothing pairs with it
    assert texts("The shell was 5\u2033 across.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Seoul's envoy and the North's negotiator met in the '90s.",
        "The allies' drills angered Pyongyang, which didn't respond.",
        "Seoul\u2019s envoy met the North\u2019s officials in the \u201990s.",
    ],
)
def test_apostrophes_are_never_quote_marks(text):
    assert find_quotes(text) == []


def test_apostrophes_inside_a_quotation_do_not_end_it():
    text = "The ministry said \"Seoul's offer and the allies' drills aren't linked,\" and left."
    assert texts(text) == ["Seoul's offer and the allies' drills aren't linked,"]


def test_nested_single_quotes_stay_inside():
    text = "KCNA said \"the so-called 'peace offer' is a lie,\" and repeated it."
    (q,) = find_quotes(text)
    assert q.text == "the so-called 'peace offer' is a lie,"
    assert [text[a:b] for a, b in q.nested] == ["peace offer"]


def test_headline_single_quotes():
    assert texts("North Korea's Kim says 'no more talks' with Seoul") == ["no more talks"]


def test_quote_across_sentences_is_one_quote():
    text = '"We restored the line. We will keep it open," the official said.'
    assert texts(text) == ["We restored the line. We will keep it open,"]


def test_quote_continued_in_next_bullet_without_reopening():
    text = '  \u2022 "We will not forget\n\n  \u2022 those who broke their word," she said.'
    (q,) = find_quotes(text)
    assert q.text == "We will not forget those who broke their word,"
    assert len(q.parts) == 2


def test_quote_continued_in_next_paragraph_with_reopening_mark():
    text = '"The first part of the speech ended here.\n\n"The second part closed it," he said.'
    (q,) = find_quotes(text)
    assert q.text == "The first part of the speech ended here. The second part closed it,"


def test_typo_closing_mark_costs_only_that_quote():
    text = (
        'The North said it had "destroyed\' the office. Later, "the line is dead," an official said. '
        'Seoul called it "regrettable."'
    )
    found = find_quotes(text)
    assert [q.text for q in found] == ["destroyed", "the line is dead,", "regrettable."]
    assert [q.closed for q in found] == [False, True, True]


def test_unclosed_quote_stops_at_its_line():
    text = 'He said "we will act\n\nThe ministry said "no comment" later.'
    found = find_quotes(text)
    assert [q.text for q in found] == ["we will act", "no comment"]
    assert not found[0].closed and found[1].closed


def test_offset_is_added():
    (q,) = find_quotes('say "yes" now', offset=100)
    assert (q.start, q.end) == (104, 109)
