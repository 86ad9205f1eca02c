"""Tests of the temporal-expression engine (koreadiplo.dates).

Every sentence here is our own wording, in the style of Axios / AP / Reuters / Yonhap copy, about real
events. Unless a test says otherwise the article is taken to be published on Tuesday 2021-07-27, the
day the inter-Korean hotlines were restored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koreadiplo import extract_events, read_article
from koreadiplo.dates import DateMention, find_dates, month_part_days, parse_published, resolve_month_day

PUB = dt.date(2021, 7, 27)  # a Tuesday
D = dt.date


def only(sentence: str, published: dt.date = PUB, **kw) -> DateMention:
    found = find_dates(sentence, published, **kw)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def summary(m: DateMention) -> tuple:
    return m.text, m.date, m.date_end, m.precision, m.rule


# --- the table of rules: sentence -> (text, date, date_end, precision, rule) ---------------------------

CASES = [
    # weekdays: the most recent such day on or before publication (publication weekday = that day)
    ("North Korea on Tuesday restored the cross-border hotline.",
     ("Tuesday", D(2021, 7, 27), D(2021, 7, 27), "day", "weekday_past")),
    ("South Korean officials said earlier Tuesday that the line was working.",
     ("earlier Tuesday", D(2021, 7, 27), D(2021, 7, 27), "day", "weekday_past")),
    ("KCNA confirmed the agreement late Tuesday.",
     ("late Tuesday", D(2021, 7, 27), D(2021, 7, 27), "day", "weekday_past")),
    ("Seoul's calls went unanswered Saturday night, officials said.",
     ("Saturday night", D(2021, 7, 24), D(2021, 7, 24), "day", "weekday_past")),
    ("Wednesday's launch was the first in months.",
     ("Wednesday", D(2021, 7, 21), D(2021, 7, 21), "day", "weekday_past")),
    # days relative to publication
    ("The two Koreas exchanged their first calls today.",
     ("today", D(2021, 7, 27), D(2021, 7, 27), "day", "today")),
    ("Pyongyang answered a routine call yesterday.",
     ("yesterday", D(2021, 7, 26), D(2021, 7, 26), "day", "yesterday")),
    # months and years relative to publication
    ("Biden extended the national emergency last month.",
     ("last month", D(2021, 6, 1), D(2021, 6, 30), "month", "last_month")),
    ("The hotline was reconnected this month.",
     ("this month", D(2021, 7, 1), D(2021, 7, 31), "month", "this_month")),
    ("Letters were exchanged early this month, the Blue House said.",
     ("early this month", D(2021, 7, 1), D(2021, 7, 31), "month", "this_month")),
    ("Seoul proposed talks late last month.",
     ("late last month", D(2021, 6, 1), D(2021, 6, 30), "month", "last_month")),
    ("Kim warned of a long standoff earlier this year.",
     ("earlier this year", D(2021, 1, 1), D(2021, 7, 27), "year", "earlier_this_year")),
    ("North Korea severed every line last year.",
     ("last year", D(2020, 1, 1), D(2020, 12, 31), "year", "last_year")),
    ("Moon hopes to hold another summit this year.",
     ("this year", D(2021, 1, 1), D(2021, 12, 31), "year", "this_year")),
    # weeks: a Monday-to-Sunday range; precision is the finest unit that holds it
    ("The two leaders traded letters last week.",
     ("last week", D(2021, 7, 19), D(2021, 7, 25), "month", "last_week")),
    ("The North fired two cruise missiles about a week ago.",
     ("about a week ago", D(2021, 7, 17), D(2021, 7, 23), "month", "weeks_ago")),
    # the same day or month some years back: an anniversary
    ("It was a year ago today that the North cut every line.",
     ("a year ago today", D(2020, 7, 27), D(2020, 7, 27), "day", "years_ago_same_day")),
    ("The office opened exactly three years ago.",
     ("exactly three years ago", D(2018, 7, 27), D(2018, 7, 27), "day", "years_ago_same_day")),
    ("The talks collapsed two years ago this month.",
     ("two years ago this month", D(2019, 7, 1), D(2019, 7, 31), "month", "years_ago_same_month")),
    ("The North cut the lines two years ago.",
     ("two years ago", D(2019, 1, 1), D(2019, 12, 31), "year", "years_ago")),
    # months with words for the year, or inferred
    ("In June last year, North Korea blew up the liaison office in Kaesong.",
     ("June last year", D(2020, 6, 1), D(2020, 6, 30), "month", "month_last_year")),
    ("Biden and Moon met at the White House in May.",
     ("May", D(2021, 5, 1), D(2021, 5, 31), "month", "month")),
    ("The leaders have exchanged letters since April.",
     ("April", D(2021, 4, 1), D(2021, 4, 30), "month", "month")),
    ("The North stopped answering in August.",
     ("August", D(2020, 8, 1), D(2020, 8, 31), "month", "month")),
    ("Seoul suspended the drills in July.",
     ("July", D(2021, 7, 1), D(2021, 7, 31), "month", "month")),
    # years and decades
    ("Nuclear talks collapsed in 2019 after the Hanoi summit.",
     ("2019", D(2019, 1, 1), D(2019, 12, 31), "year", "year")),
    ("The two Koreas signed a basic agreement in the early 1990s.",
     ("the early 1990s", D(1990, 1, 1), D(1999, 12, 31), "year", "decade")),
    ("Talks stalled from 2018 to 2019, officials said.",
     ("2018 to 2019", D(2018, 1, 1), D(2019, 12, 31), "year", "year_range")),
    # month-day without a year: most recent on or before publication
    ("On June 9, the North stopped answering calls.",
     ("June 9", D(2021, 6, 9), D(2021, 6, 9), "day", "month_day")),
    ("The South proposed military talks on Oct. 4.",
     ("Oct. 4", D(2020, 10, 4), D(2020, 10, 4), "day", "month_day")),
    # absolute dates
    ("North Korea demolished the liaison office on June 16, 2020.",
     ("June 16, 2020", D(2020, 6, 16), D(2020, 6, 16), "day", "month_day_year")),
    ("The military agreement was signed in Pyongyang on Sept. 19, 2018.",
     ("Sept. 19, 2018", D(2018, 9, 19), D(2018, 9, 19), "day", "month_day_year")),
    ("The office was blown up on 16 June 2020, Yonhap reported.",
     ("16 June 2020", D(2020, 6, 16), D(2020, 6, 16), "day", "month_day_year")),
    ("KCNA dated the statement 2020-06-16.",
     ("2020-06-16", D(2020, 6, 16), D(2020, 6, 16), "day", "iso_date")),
    ("The liaison office opened Sep 14, 2018, in Kaesong.",
     ("Sep 14, 2018", D(2018, 9, 14), D(2018, 9, 14), "day", "month_day_year")),
    ("Moon and Kim met at Panmunjom on April 27-28, 2018.",
     ("April 27-28, 2018", D(2018, 4, 27), D(2018, 4, 28), "month", "month_day_year")),
    ("SEOUL, July 27 (Yonhap) -- The two Koreas restored their hotlines.",
     ("July 27", D(2021, 7, 27), D(2021, 7, 27), "day", "month_day")),
    ("Trump and Kim met in Singapore on June 12, 2018, in the first such summit.",
     ("June 12, 2018", D(2018, 6, 12), D(2018, 6, 12), "day", "month_day_year")),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[1][0] for c in CASES])
def test_rule_table(sentence, expected):
    assert summary(only(sentence)) == expected


def test_offsets_point_into_the_text():
    sentence = "The hotline went silent in June last year and came back on Tuesday."
    for m in find_dates(sentence, PUB, offset=100):
        assert sentence[m.start - 100 : m.end - 100] == m.text
    assert [m.text for m in find_dates(sentence, PUB)] == ["June last year", "Tuesday"]


def test_preposition_is_not_part_of_the_words_but_bounds_the_date():
    m = only("The leaders have exchanged letters since April.")
    assert m.text == "April" and m.relative_to == "since"
    assert only("Nuclear talks collapsed in 2019.").relative_to is None
    assert only("The office stayed shut until June.").relative_to == "until"


def test_year_inferred_flag():
    assert only("On June 9, the North stopped answering.").year_inferred
    assert only("North Korea on Tuesday restored the hotline.").year_inferred
    assert only("Talks were held in May.").year_inferred
    assert not only("The office was demolished on June 16, 2020.").year_inferred
    assert not only("In June last year, the office was demolished.").year_inferred
    assert not only("Kim sent a letter last month.").year_inferred


def test_weekday_on_other_publication_days():
    thursday = dt.date(2021, 7, 29)
    assert only("The North answered on Tuesday.", thursday).date == dt.date(2021, 7, 27)
    assert only("The North answered on Thursday.", thursday).date == thursday
    assert only("The North answered on Friday.", thursday).date == dt.date(2021, 7, 23)


def test_last_and_next_weekday():
    assert only("The talks were held last Tuesday.").date == dt.date(2021, 7, 20)
    assert only("The talks will be held next Tuesday.").date == dt.date(2021, 8, 3)


# --- future cues -------------------------------------------------------------------------------------


def test_future_cue_turns_inferred_dates_forward():
    m = only("The two sides will meet on Friday to discuss the drills.")
    assert (m.date, m.rule) == (dt.date(2021, 7, 30), "weekday_future")
    m = only("The summit is scheduled for Aug. 15, Seoul said.")
    assert (m.date, m.rule) == (dt.date(2021, 8, 15), "month_day_future")
    m = only("Seoul plans to send an envoy in September.")
    assert (m.date, m.rule) == (dt.date(2021, 9, 1), "month_future")


def test_reporting_verb_cancels_future_cue():
    found = find_dates("North Korea said Tuesday it will hold talks on Friday.", PUB)
    assert [(m.text, m.date) for m in found] == [
        ("Tuesday", dt.date(2021, 7, 27)), ("Friday", dt.date(2021, 7, 30))]
    # a past event after "said" keeps the past reading even with "will" earlier in the sentence
    m = find_dates("Officials who will attend said the letters began in April.", PUB)[0]
    assert m.date == dt.date(2021, 4, 1)


def test_past_verb_after_a_planned_date_keeps_the_past_reading():
    # the participle "scheduled for" names a plan; what follows the date says the plan lies behind us
    m = only("Talks scheduled for Friday did not take place, officials said.")
    assert (m.date, m.rule) == (dt.date(2021, 7, 23), "weekday_past")
    m = only("A meeting planned for Thursday was called off.")
    assert (m.date, m.rule) == (dt.date(2021, 7, 22), "weekday_past")
    # a plan still to come keeps the future reading
    assert only("Talks scheduled for Friday will go ahead.").date == dt.date(2021, 7, 30)


# --- anchored expressions ----------------------------------------------------------------------------


def test_adverbial_after_is_anchored_by_the_date_before_it():
    found = find_dates("Kim Yo Jong threatened the office on June 13, 2020, and three days after, the "
                       "North blew it up.", PUB)
    offset = found[1]
    assert (offset.text, offset.date, offset.precision, offset.rule) == (
        "three days after", dt.date(2020, 6, 16), "day", "offset_after")
    assert offset.relative_to == "June 13, 2020"


def test_after_with_an_object_needs_a_date_in_the_object():
    # the date before belongs to the event itself; "a day after <event>" names another, undated event
    found = find_dates("North Korea blew up the office on June 16, 2020, a day after Kim Yo Jong "
                       "threatened it.", PUB)
    assert [m.text for m in found] == ["June 16, 2020"]
    m = find_dates("The North cut the lines two days before the Aug. 16 drills began.", PUB)[0]
    assert (m.text, m.date, m.rule) == ("two days before", dt.date(2020, 8, 14), "offset_before")


def test_later_looks_back_for_its_anchor():
    found = find_dates("The lines went dead in June 2020 and were restored 13 months later.", PUB)
    m = found[1]
    assert (m.text, m.date, m.date_end, m.precision) == (
        "13 months later", dt.date(2021, 7, 1), dt.date(2021, 7, 31), "month")
    m = find_dates("Trump met Kim on June 12, 2018, and two days later flew home.", PUB)[1]
    assert (m.date, m.rule) == (dt.date(2018, 6, 14), "offset_after")


def test_after_looks_forward_for_its_anchor():
    m = find_dates("The hotline came back 13 months after the June 2020 demolition.", PUB)[0]
    assert (m.text, m.date, m.precision, m.relative_to) == (
        "13 months after", dt.date(2021, 7, 1), "month", "June 2020")


def test_following_year_is_the_whole_next_year():
    m = find_dates("The accord signed on Sept. 19, 2018, was shelved the following year.", PUB)[1]
    assert (m.date, m.date_end, m.precision) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year")


def test_anchored_offset_without_anchor_is_left_out():
    assert find_dates("Two days later, the North cut every line.", PUB) == []
    assert find_dates("A day after, Pyongyang blew up the office.", PUB) == []


def test_anchor_from_previous_sentence_can_be_passed():
    previous = find_dates("Kim Yo Jong threatened the office on June 13, 2020.", PUB)[-1]
    m = only("Three days later, the North blew it up.", anchor=previous)
    assert (m.date, m.relative_to) == (dt.date(2020, 6, 16), "June 13, 2020")


def test_offset_never_counts_from_a_date_in_a_relative_clause_after_its_object():
    previous = find_dates("North Korea cut every line on Tuesday, May 25.", D(2010, 5, 25))[-1]
    m = find_dates("The move came a day after Seoul halted trade, which the two sides had resumed in 2004.",
                   D(2010, 5, 25), anchor=previous)[0]
    assert (m.text, m.relative_to) == ("a day after", "Tuesday, May 25")
    # a date in the object of "after" itself is still the anchor
    m = find_dates("The move came a day after Seoul halted trade on May 24.", D(2010, 5, 25), anchor=previous)[0]
    assert (m.date, m.relative_to) == (D(2010, 5, 25), "May 24")


def test_that_month_and_that_day_name_the_anchor_month_or_day():
    m = find_dates("Seoul suspended the pact on June 4, 2024, and resumed drills later that month.", PUB)[-1]
    assert summary(m) == ("that month", D(2024, 6, 1), D(2024, 6, 30), "month", "offset_same")
    previous = find_dates("The North cut the western line in February last year.", D(2017, 7, 17))[-1]
    m = only("It severed the other lines that same month.", D(2017, 7, 17), anchor=previous)
    assert (m.date, m.date_end, m.precision) == (D(2016, 2, 1), D(2016, 2, 29), "month")
    previous = find_dates("The North answered the call on Oct. 4, 2021.", PUB)[-1]
    m = only("Seoul thanked it that day.", PUB, anchor=previous)
    assert (m.date, m.precision) == (D(2021, 10, 4), "day")


def test_that_month_skips_anchors_vaguer_than_a_month():
    # "the 1950-53 war" cannot say which month; the day of the previous sentence can
    previous = find_dates("Red Cross officials met on Feb. 5, 2014.", PUB)[-1]
    m = find_dates("Families split by the 1950-53 Korean War met later that month.", PUB, anchor=previous)[-1]
    assert (m.text, m.date, m.date_end) == ("that month", D(2014, 2, 1), D(2014, 2, 28))
    # a year alone names no day, so "that day" stays undated
    previous = find_dates("The armistice was signed in 1953.", PUB)[-1]
    assert find_dates("The guns fell silent that day.", PUB, anchor=previous) == []
    assert find_dates("The lines were cut that month.", PUB) == []  # no anchor at all


def test_offset_anchor_stays_in_its_sentence():
    text = "The summit was held on June 12, 2018. Two days later, the North cut the lines."
    assert [m.text for m in find_dates(text, PUB)] == ["June 12, 2018"]


# --- ranges and lists ----------------------------------------------------------------------------------


def test_ranges_join_into_one_mention():
    m = only("From June 16, 2020, until Oct. 4, 2021, the office stayed shut.")
    assert (m.date, m.date_end, m.rule, m.relative_to) == (
        dt.date(2020, 6, 16), dt.date(2021, 10, 4), "range", None)
    m = only("The liaison line was silent between April and June.")
    assert (m.date, m.date_end, m.precision) == (dt.date(2021, 4, 1), dt.date(2021, 6, 30), "year")
    m = only("The Korean War was fought in 1950-53.")
    assert (m.date, m.date_end) == (dt.date(1950, 1, 1), dt.date(1953, 12, 31))


def test_lists_stay_separate():
    found = find_dates("Biden and Moon spoke in May and June, and the drills ran in 2018 and 2019.", PUB)
    assert [(m.text, m.date) for m in found] == [
        ("May", dt.date(2021, 5, 1)), ("June", dt.date(2021, 6, 1)),
        ("2018", dt.date(2018, 1, 1)), ("2019", dt.date(2019, 1, 1))]


# --- never more precision than the text gives ------------------------------------------------------------


@pytest.mark.parametrize("sentence, precision", [
    ("In June last year, the North cut the hotline.", "month"),
    ("The talks broke down in 2019.", "year"),
    ("The office was destroyed in June 2020.", "month"),
    ("The office was destroyed in mid-June.", "month"),
    ("Relations soured by the end of 2019.", "year"),
    ("The drills were held last summer.", "year"),
])
def test_month_and_year_words_never_give_a_day(sentence, precision):
    m = only(sentence)
    assert m.precision == precision
    assert m.date != m.date_end


def test_day_precision_means_a_single_day():
    for m in find_dates("On June 16, 2020, and on Tuesday, and yesterday.", PUB):
        assert m.precision == "day" and m.date == m.date_end


# --- false positives -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Pyongyang may respond with another missile launch, analysts said.",
    "Protesters plan a march toward the presidential office.",
    "Blue House spokesperson Park Soo Hyun briefed reporters.",
    "The North has about 2,000 troops stationed near the border post.",
    "Kim called it the No. 1 priority of his government.",
    "The Security Council passed Resolution 2094 unanimously.",
    "The launch was detected at 2100 GMT by South Korean radar.",
    "North Korea fired 1999 shells, the ministry claimed.",
    "The Hwasong-15 missile flew about 950 kilometers.",
    "Talks may resume, and the march of events may surprise us.",
])
def test_not_dates(sentence):
    assert find_dates(sentence, PUB) == []


def test_month_names_need_their_capital():
    assert find_dates("The rivals may talk, or march on.", PUB) == []
    assert only("THE RIVALS MET IN MAY.").date == dt.date(2021, 5, 1)


def test_impossible_dates_are_skipped():
    assert [m.text for m in find_dates("Kim met Moon on June 31 and on Feb. 29, 2020.", PUB)] == [
        "Feb. 29, 2020"]


# --- resolve_month_day and parse_published ---------------------------------------------------------------


def test_resolve_month_day():
    assert resolve_month_day(6, 9, PUB) == dt.date(2021, 6, 9)
    assert resolve_month_day(7, 27, PUB) == dt.date(2021, 7, 27)
    assert resolve_month_day(7, 28, PUB) == dt.date(2020, 7, 28)
    assert resolve_month_day(7, None, PUB) == dt.date(2021, 7, 1)
    assert resolve_month_day(8, None, PUB) == dt.date(2020, 8, 1)
    assert resolve_month_day(2, 29, PUB) == dt.date(2020, 2, 29)
    assert resolve_month_day(2, 29, dt.date(2023, 3, 1)) == dt.date(2020, 2, 29)
    with pytest.raises(ValueError):
        resolve_month_day(6, 31, PUB)
    with pytest.raises(ValueError):
        resolve_month_day(13, 1, PUB)


@pytest.mark.parametrize("header, expected", [
    ("2021-07-27", dt.date(2021, 7, 27)),
    ("date 2021-07-27", dt.date(2021, 7, 27)),
    ("2021-07-27T09:00:00+09:00", dt.date(2021, 7, 27)),
    ("2021.07.27 10:49 KST", dt.date(2021, 7, 27)),
    ("JUNE 9, 2020 00:36", dt.date(2020, 6, 9)),
    ("Published: Sep. 29, 2021 at 6:24 PM EDT", dt.date(2021, 9, 29)),
    ("October 4, 2021", dt.date(2021, 10, 4)),
    ("Tue, 27 Jul 2021 10:00:00 +0900", dt.date(2021, 7, 27)),
    ("Updated Oct. 5, 2021. Published: Oct. 4, 2021", dt.date(2021, 10, 4)),
    ("June 2020", None),
    ("no date here", None),
    ("", None),
])
def test_parse_published(header, expected):
    assert parse_published(header) == expected


# --- properties ------------------------------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@settings(max_examples=150, deadline=None)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.sampled_from(WEEKDAYS))
def test_weekday_is_within_the_past_week(published, weekday):
    m = only(f"The North answered the call on {weekday}.", published)
    assert 0 <= (published - m.date).days <= 6
    assert m.date.strftime("%A") == weekday


@settings(max_examples=150, deadline=None)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.integers(1, 12), st.integers(1, 28))
def test_month_day_is_within_the_past_year(published, month, day):
    m = only(f"Officials met on {MONTHS[month - 1]} {day} in Panmunjom.", published)
    assert m.date <= published and (published - m.date).days < 366
    assert (m.date.month, m.date.day) == (month, day)


# --- the bundled article ---------------------------------------------------------------------------------

SEED = (Path(__file__).resolve().parents[1] / "data" / "raw"
        / "2021-07-27_axios_north-south-korea-restart-hotline.txt")


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
def test_seed_article_dates():
    text = SEED.read_text(encoding="utf-8")
    published = parse_published(text.splitlines()[0])
    assert published == PUB
    found = {m.text: m for m in find_dates(text, published)}
    assert (found["June last year"].date, found["June last year"].precision) == (dt.date(2020, 6, 1), "month")
    assert found["Tuesday"].date == PUB
    assert (found["2019"].date, found["2019"].precision) == (dt.date(2019, 1, 1), "year")
    assert found["April"].relative_to == "since"
    assert found["last month"].date == dt.date(2021, 6, 1)


def test_that_year_takes_the_stated_year_before_it():
    import datetime as _dt

    from koreadiplo.dates import find_dates as _find

    pub = _dt.date(2016, 2, 11)
    got = _find("The park shut in April 2013 and the factories reopened in September that year.", pub)
    assert [(d.text, d.date, d.precision) for d in got][-1] == ("September that year", _dt.date(2013, 9, 1), "month")
    anchor = _find("North Korea blew up the office on June 16, 2020.", pub)[-1]
    got = _find("Later that year, the North cut the lines again.", _dt.date(2021, 3, 1), year_anchor=anchor)
    assert [(d.date, d.date_end) for d in got] == [(_dt.date(2020, 1, 1), _dt.date(2020, 12, 31))]
    # without a stated year, "that year" is no date
    assert _find("Later that year, the North cut the lines again.", pub) == []


def test_a_date_label_ending_in_a_colon_is_a_date_but_a_clock_time_is_not():
    assert only("June 16: North Korea blew up the liaison office in Kaesong.").date == dt.date(2021, 6, 16)
    assert [m.text for m in find_dates("Talks began at 10:30 on Monday.", PUB)] == ["Monday"]


def test_the_next_morning_counts_one_day_from_the_anchor():
    anchor = only("On July 27, the lines came back.")
    m = only("The next morning, the North answered the routine call.", anchor=anchor)
    assert (m.date, m.precision) == (dt.date(2021, 7, 28), "day")
    m = only("The following evening, officials spoke again.", anchor=anchor)
    assert m.date == dt.date(2021, 7, 28)


def test_that_year_skips_the_year_of_a_background_relative_clause():
    text = ("On Jan. 5, 2023, the North ignored the calls, which had resumed in October 2021; "
            "in April of that year, it stopped answering altogether.")
    last = find_dates(text, dt.date(2023, 6, 1))[-1]
    assert (last.text, last.date) == ("April of that year", dt.date(2023, 4, 1))
    # with no other year, the relative clause's year is still the one meant
    text = "The line, which was cut in June 2020, stayed silent until October of that year."
    assert find_dates(text, PUB)[-1].date == dt.date(2020, 10, 1)


def test_a_later_month_without_a_year_goes_on_in_the_year_the_story_stated():
    pub = dt.date(2023, 4, 10)
    got = {d.text: d for d in find_dates(
        "It reconnected them in July 2021, went quiet again in August, and came back on Oct. 4.", pub)}
    assert (got["August"].date, got["August"].precision) == (dt.date(2021, 8, 1), "month")
    assert got["Oct. 4"].date == dt.date(2021, 10, 4)
    # a month earlier in the year than the stated date, a bare year or a year as a modifier do not carry
    assert find_dates("The lines were cut in June 2020 and in March.", pub)[-1].date == dt.date(2023, 3, 1)
    assert find_dates("The South suspended the 2018 agreement in June.", pub)[-1].date == dt.date(2022, 6, 1)
    assert find_dates("Missiles flew last year, and calls went unanswered in May.", pub)[-1].date == dt.date(2022, 5, 1)
    # the previous sentence's date, handed on by the caller
    story = find_dates("The North restored the hotlines in July 2021.", pub)[-1]
    assert find_dates("They went quiet in August.", pub, story=story)[0].date == dt.date(2021, 8, 1)
    assert find_dates("They went quiet in August.", pub)[0].date == dt.date(2022, 8, 1)


def test_two_months_joined_by_or_are_one_date_at_the_first():
    got = find_dates("They will break ground in late November or early December.", dt.date(2018, 10, 15))
    assert [(d.text, d.precision) for d in got] == [("late November or early December", "month")]
    assert got[0].date.month == 11
    assert len(find_dates("Talks were held in May and June.", PUB)) == 2  # "and" still names two months


def test_that_month_takes_the_stated_year_before_it_at_month_precision():
    pub = dt.date(2025, 9, 22)
    got = find_dates("Pyongyang abolished the agencies in January 2024 and blew up the roads that October.", pub)
    assert [(d.text, d.date, d.date_end, d.precision) for d in got][-1] == (
        "that October", dt.date(2024, 10, 1), dt.date(2024, 10, 31), "month")
    anchor = find_dates("The North shut the park in April 2013.", pub)[-1]
    got = find_dates("It reopened that same September.", pub, year_anchor=anchor)
    assert [(d.date, d.rule) for d in got] == [(dt.date(2013, 9, 1), "that_month")]
    assert find_dates("It reopened that September.", pub) == []  # no year to take: no date


@pytest.mark.parametrize(("text", "day"), [
    ("A freight service began that Dec. 11 with empty cars.", dt.date(2007, 12, 11)),
    ("The first visits came that September 20.", dt.date(2007, 9, 20)),
])
def test_that_month_with_a_day_takes_the_year_told_before_at_day_precision(text, day):
    anchor = find_dates("The two Koreas agreed on rail traffic in May 2007.", dt.date(2024, 9, 18))[-1]
    got = find_dates(text, dt.date(2024, 9, 18), year_anchor=anchor)
    assert [(d.date, d.date_end, d.precision) for d in got] == [(day, day, "day")]


@pytest.mark.parametrize("text", [
    "Trains ran for about a year before the North halted the service.",
    "The office worked for two years before it was closed.",
])
def test_a_duration_before_before_is_no_offset(text):
    anchor = find_dates("It was signed on Dec. 12, 2018.", dt.date(2018, 12, 20))[-1]
    assert find_dates(text, dt.date(2018, 12, 20), anchor=anchor) == []
    got = find_dates("Talks resumed about a year after they broke down.", dt.date(2018, 12, 20), anchor=anchor)
    assert [d.text for d in got] == ["about a year after"]


def test_the_day_before_without_an_object_is_anchored_by_the_date_before_it():
    got = [(d.text, d.date) for d in find_dates("Test runs set for May 25 were scrapped the day before.",
                                                 dt.date(2007, 5, 11))]
    assert got == [("May 25", dt.date(2006, 5, 25)), ("the day before", dt.date(2006, 5, 24))]
    got = [(d.text, d.date) for d in find_dates("They left the day before the summit on June 12.",
                                                 dt.date(2007, 5, 11))]
    assert ("the day before", dt.date(2006, 6, 11)) in got


def test_a_date_naming_a_thing_inside_the_clause_after_after_is_no_anchor():
    # "a day after Seoul suspended the 2018 agreement": 2018 names the agreement, the offset does not count from it
    found = find_dates("It came a day after Seoul suspended the 2018 military agreement.", dt.date(2024, 6, 5))
    assert all(d.date.year != 2018 or d.rule == "year" for d in found)
    # a noun phrase after "after" keeps its date as the anchor
    found = find_dates("It came a day after the June 15 summit.", dt.date(2000, 7, 1))
    assert [(d.date, d.rule) for d in found if d.rule.startswith("offset")] == [(dt.date(2000, 6, 16), "offset_after")]


def test_the_first_or_second_half_of_a_year_is_that_year():
    found = find_dates("They will hold a test run in the first half of this year.", dt.date(2007, 3, 2))
    assert [(d.date, d.date_end, d.precision, d.part) for d in found] == [
        (dt.date(2007, 1, 1), dt.date(2007, 12, 31), "year", "early")]
    found = find_dates("Talks are due in the second half of 2008.", dt.date(2007, 3, 2))
    assert [(d.date.year, d.part) for d in found] == [(2008, "late")]


def test_the_same_day_said_twice_is_no_range():
    found = find_dates("The North reconnected the lines on Oct. 4 last year \u2014 exactly a year ago.", D(2022, 10, 4))
    assert found and {(m.date, m.date_end, m.precision) for m in found} == {(D(2021, 10, 4), D(2021, 10, 4), "day")}


@pytest.mark.parametrize(("text", "days"), [
    ("early June", (1, 15)), ("mid-July", (6, 25)), ("Mid-July", (6, 25)), ("the end of May", (16, 31)),
    ("late last month", (16, 31)), ("the beginning of March", (1, 15)), ("July", None), ("last month", None),
    (None, None),
])
def test_a_part_word_leaves_some_days_of_its_month_likely(text, days):
    assert month_part_days(text) == days


def test_a_plan_followed_by_a_past_verb_after_a_phrase_set_off_is_of_the_past():
    pub = dt.date(2000, 12, 20)
    past = find_dates("The talks, planned for mid-November in the North, were put off.", pub)
    assert (past[0].date, past[0].precision) == (dt.date(2000, 11, 1), "month")
    ahead = find_dates("The talks, planned for mid-November in the North, will open in Pyongyang.", pub)
    assert ahead[0].date == dt.date(2001, 11, 1)


def test_a_month_of_the_publication_year_follows_the_story_from_the_year_before():
    pub = dt.date(2022, 9, 19)
    got = find_dates("The North restored it in July last year, only to stop answering again in August.", pub)
    assert [(d.date, d.precision) for d in got] == [(dt.date(2021, 7, 1), "month"), (dt.date(2021, 8, 1), "month")]
    # without a word that carries the story on, this year's month stays this year's
    got = find_dates("The North restored it in July last year, and Seoul proposed talks in August.", pub)
    assert got[-1].date == dt.date(2022, 8, 1)
    # nor once the story has reached this year
    got = find_dates("They reopened on July 27, a year after the cut in June last year, but went silent again on "
                     "Aug. 10.", pub)
    assert got[-1].date == dt.date(2022, 8, 10)


def test_the_next_day_steps_from_the_clauses_date_not_from_a_year_that_names_a_deal():
    from koreadiplo.events import sentence_mentions

    ms = sentence_mentions("In November, Seoul suspended part of the 2018 inter-Korean military agreement, and "
                           "Pyongyang tore up the rest of the deal the next day.", 0, dt.date(2024, 3, 1))
    torn = [m for m in ms if "tore up" in m.trigger]
    assert [(m.date, m.date_precision) for m in torn] == [(dt.date(2023, 11, 1), "month")]


def test_a_year_stated_for_a_clause_gives_its_year_to_the_months_after_it():
    found = find_dates("Kaesong was idle for about five months in 2013 after the North withdrew its 53,000 workers in "
                       "April; it reopened in September.", dt.date(2016, 2, 19))
    assert [(d.text, str(d.date)) for d in found] == [
        ("2013", "2013-01-01"), ("April", "2013-04-01"), ("September", "2013-09-01")]
    # a year in a clause set off by a comma, or one naming a thing, gives none
    found = find_dates("The talks, the first since the peninsula was divided in 1945, began in Seoul in September.",
                       dt.date(1991, 2, 18))
    assert str(found[-1].date) == "1990-09-01"
    found = find_dates("The 2018 agreement was scrapped in November.", dt.date(2024, 6, 4))
    assert str(found[-1].date) == "2023-11-01"


def test_that_weekday_is_the_day_told_before_on_that_weekday():
    pub = dt.date(2023, 4, 24)
    anchor = find_dates("The North has not answered the calls since April 7.", pub)[-1]
    got = find_dates("The military lines have gone unanswered since that Friday.", pub, anchor=anchor)
    assert [(d.date, d.rule) for d in got] == [(dt.date(2023, 4, 7), "that_weekday")]
    # a day told before that is not a Friday leaves a plain weekday (the last Friday before publication)
    anchor = find_dates("The North has not answered the calls since April 10.", pub)[-1]
    got = find_dates("The lines have gone unanswered since that Friday.", pub, anchor=anchor)
    assert [(d.date, d.rule) for d in got] == [(dt.date(2023, 4, 21), "weekday_past")]


def test_a_weekday_restating_the_day_before_it_is_not_another_date():
    pub = dt.date(2023, 4, 24)
    for text in ("The calls stopped on April 7, a Friday.", "The calls stopped on April 7 (Friday)."):
        assert [d.date for d in find_dates(text, pub)] == [dt.date(2023, 4, 7)]
    # two days told one after the other stay two dates
    assert len(find_dates("The calls stopped on April 7, and on Monday the ministry spoke.", pub)) == 2


def test_n_years_ago_a_weekday_is_that_weekdays_date_n_years_back():
    got = find_dates("Four years ago Sunday, North Korea blew up the liaison office.", dt.date(2024, 6, 16))
    assert [(d.date, d.precision) for d in got] == [(dt.date(2020, 6, 16), "day")]
    got = find_dates("A year ago Tuesday, the lines came back.", dt.date(2022, 7, 29))  # a Friday
    assert [d.date for d in got] == [dt.date(2021, 7, 26)]


def test_a_day_in_a_clause_set_days_from_a_stated_day_takes_its_year():
    found = find_dates("On June 16, 2020, the North demolished the office, days after cutting all lines on June 9.",
                       dt.date(2024, 6, 17))
    assert [(d.text, d.date) for d in found] == [
        ("June 16, 2020", dt.date(2020, 6, 16)), ("June 9", dt.date(2020, 6, 9))]


def test_a_month_and_day_after_a_dated_clause_without_a_near_offset_keeps_the_publications_year():
    found = find_dates("The North cut the lines on June 16, 2020 and the South called on June 9.", dt.date(2024, 6, 17))
    assert found[-1].date == dt.date(2024, 6, 9)


@pytest.mark.parametrize("text, anchor_text, want, rule", [
    # a month after a month: the first such month after it (here the next year's)
    ("The North broke off contact the following August.", "The line went into service in August 1972.",
     dt.date(1973, 8, 1), "following_month"),
    # a later month of the same year
    ("The North walked out of the talks the following August.", "Talks opened in February 1990.",
     dt.date(1990, 8, 1), "following_month"),
    # after a bare year: that month of the next year
    ("The North cut the line the next March.", "The two sides set up the line in 1971.",
     dt.date(1972, 3, 1), "following_month"),
    # back from a month: the last such month before it
    ("The North had cut the hotline the previous June.", "The two sides signed the accord in May 1991.",
     dt.date(1990, 6, 1), "previous_month"),
])
def test_the_following_or_previous_month_counts_from_the_date_told_before(text, anchor_text, want, rule):
    pub = dt.date(2022, 7, 10)
    anchor = find_dates(anchor_text, pub)[-1]
    got = find_dates(text, pub, anchor=anchor, year_anchor=anchor)
    assert [(d.date, d.precision, d.rule) for d in got] == [(want, "month", rule)]
    # nothing told before: no month counted from it ("the next March" is then read from the publication)
    assert not any(d.rule in ("following_month", "previous_month") for d in find_dates(text, pub))


@pytest.mark.parametrize("text, want", [
    ("Twenty-two years ago today, the two Koreas began relinking the railways.", dt.date(2002, 9, 18)),
    ("The hotline was cut thirty-one years ago today.", dt.date(1993, 9, 18)),
])
def test_tens_and_units_joined_by_a_hyphen_count_as_one_number(text, want):
    got = find_dates(text, dt.date(2024, 9, 18))
    assert [(d.date, d.precision) for d in got] == [(want, "day")]


def test_an_offset_set_off_after_a_date_restates_it_and_is_no_date_of_its_own():
    text = "On Oct. 12, four days before the families were to travel, the North postponed the reunions."
    anchor = find_dates("The two sides set the reunions for mid-October.", dt.date(2002, 8, 15))[-1]
    got = find_dates(text, dt.date(2002, 8, 15), anchor=anchor)
    assert [(d.date, d.precision) for d in got] == [(dt.date(2001, 10, 12), "day")]


@pytest.mark.parametrize("text, found", [
    ("August -- The cruises sail again after a 45-day suspension.", [(dt.date(2007, 8, 1), "month")]),
    ("Sept. -- The tours resume.", [(dt.date(2007, 9, 1), "month")]),
    # a month alone opening a sentence without the dash or a label's colon stays no date ("May you ...")
    ("May you live long.", []),
    ("In the end August was too late.", []),
    # a list line's label (since the fifty-first session): "June: Seoul suspended the deal"
    ("August: the tours resume.", [(dt.date(2007, 8, 1), "month")]),
])
def test_a_month_alone_dates_a_chronology_line_before_its_dash(text, found):
    assert [(d.date, d.precision) for d in find_dates(text, dt.date(2008, 7, 17))] == found


def test_a_day_of_a_stated_month_is_in_that_year_even_when_the_month_has_come_round_again():
    pub = dt.date(2016, 10, 4)  # March 2016 has passed: "March 14" alone would be read as this year's
    got = find_dates("Amid the floods of March 2011, the North shut the road on March 14 and kept it shut.", pub)
    assert [(d.date, d.rule) for d in got][-1] == (dt.date(2011, 3, 14), "month_day_in_stated_month")
    # another month of this year is not pulled back ("in May" may be this year's news)
    got = find_dates("After the floods of March 2011, the North shut the road in May.", pub)
    assert got[-1].date == dt.date(2016, 5, 1)


def _breaks_and_restorations(text: str, published: str) -> list[tuple[str, str]]:
    """(category, day) of the breaks and restorations extracted from an article, sorted."""
    ev = extract_events(read_article(text, published=published))
    return sorted((c, str(d.date())) for c, d in zip(ev["category"], ev["date"], strict=True)
                  if c in ("break", "restoration"))


def test_the_next_sentence_goes_on_in_the_year_of_a_day_in_a_stated_month():
    text = ("Factbox: the road\n\nSEOUL, Oct. 4 (Reuters) - Floods hit the border region again.\n\n"
            "* Amid the floods of March 2011, the North cut the military line on March 14. "
            "The line was restored on March 28.\n")
    assert _breaks_and_restorations(text, "2016-10-04") == [("break", "2011-03-14"), ("restoration", "2011-03-28")]


def test_the_next_day_steps_on_from_the_story_and_is_no_future_cue():
    pub = dt.date(2009, 4, 18)
    got = find_dates("It let traffic through the next day, sealed the crossing on March 13.", pub)
    assert got[-1].date == dt.date(2009, 3, 13)
    # "next" before a meeting still looks ahead
    assert find_dates("The next meeting will be on March 13.", pub)[-1].date == dt.date(2010, 3, 13)


def test_a_range_of_months_or_days_takes_the_year_its_second_end_states():
    pub = dt.date(2024, 4, 8)  # March and July of the publication's year have come round again
    got = find_dates("March-September 2013 - The North cuts the Red Cross line in March.", pub)
    assert [(d.text, d.date, d.date_end, d.rule) for d in got] == [
        ("March-September 2013", dt.date(2013, 3, 1), dt.date(2013, 9, 30), "month_range"),
        ("March", dt.date(2013, 3, 1), dt.date(2013, 3, 31), "month_story_year"),
    ]
    got = find_dates("From December to February 2014, the park stood idle.", pub)
    assert (got[0].date, got[0].date_end) == (dt.date(2013, 12, 1), dt.date(2014, 2, 28))
    # two months joined by "and" stay two months, both of the stated year ("between" makes them a range)
    got = find_dates("The lines were cut in May and June 2013.", pub)
    assert [(d.date, d.precision) for d in got] == [(dt.date(2013, 5, 1), "month"), (dt.date(2013, 6, 1), "month")]
    assert len(find_dates("Talks were held between May and June 2013.", pub)) == 1
    # a span of days across two months: the first day is of the year stated after the second
    got = find_dates("Sept. 26-Oct. 1, 2009 -- Reunions resume at the new center.", pub)
    assert (got[0].date, got[0].date_end) == (dt.date(2009, 9, 26), dt.date(2009, 10, 1))
    got = find_dates("The drills ran from Dec. 28 to Jan. 3, 2010.", pub)
    assert (got[0].date, got[0].date_end) == (dt.date(2009, 12, 28), dt.date(2010, 1, 3))


def test_a_chronology_line_led_by_a_range_of_months_dates_its_yearless_days_in_that_year():
    text = ("Factbox: the lines\n\nSEOUL, April 8 (Reuters) - Here are key dates.\n\n"
            "* May 2010 - The Red Cross line goes dead after the sinking of a navy ship.\n\n"
            "* July-October 2021 - The lines are restored on July 27 and fall silent on Aug. 10. "
            "They come back in October.\n")
    assert _breaks_and_restorations(text, "2024-04-08") == [
        ("break", "2010-05-01"), ("break", "2021-08-10"), ("restoration", "2021-07-27"), ("restoration", "2021-10-01")]


@pytest.mark.parametrize(("text", "want"), [
    ("In 2013 the North cut its last military line on March 27.", dt.date(2013, 3, 27)),
    ("In 2008, tours stopped in July and trains in December.", dt.date(2008, 12, 1)),
])
def test_a_year_opening_the_sentence_gives_its_year_to_a_later_month_or_day(text, want):
    got = find_dates(text, dt.date(2023, 6, 7))
    assert got[-1].date == want and not got[-1].year_inferred


def test_a_year_opening_the_sentence_does_not_cross_a_semicolon():
    got = find_dates("In 2016 the North cut the line; on March 27 it warned again.", dt.date(2023, 6, 7))
    assert got[-1].date == dt.date(2023, 3, 27)


@pytest.mark.parametrize(("text", "want"), [
    # a clause told after the main one goes back in time; the next clause steps on from the main one's day
    ("On March 4, 2019, the North restored the line that it had cut in October 2017, and talks followed days later.",
     (dt.date(2019, 3, 1), dt.date(2019, 3, 31))),
    ("Seoul closed the office on Sept. 3, which the two had opened on May 2, and the North answered two days later.",
     (dt.date(2022, 9, 5), dt.date(2022, 9, 5))),
    # a day something was set for is no day the story reached
    ("Talks due on Oct. 6 were called off on Oct. 4, and the North cut the line the next day.",
     (dt.date(2022, 10, 5), dt.date(2022, 10, 5))),
    # within one clause the nearest date before still anchors ("in January and ... the following month")
    ("The park shut on Feb. 10 after a test in January and a launch the following month.",
     (dt.date(2022, 2, 1), dt.date(2022, 2, 28))),
])
def test_a_new_clause_steps_on_from_the_latest_day_the_story_reached_not_from_a_flashback(text, want):
    got = find_dates(text, dt.date(2022, 12, 1))
    assert (got[-1].date, got[-1].date_end) == want


@pytest.mark.parametrize(("second", "want"), [
    # a finding told on one day about an earlier one: the story steps on from the day of the finding
    ("Investigators concluded on June 3 that a mine killed the soldiers on April 28. "
     "Five days later, Seoul cut off the Red Cross line.", "2015-06-08"),
    # a relative clause going back in time: the same
    ("On Sept. 8 the North shut the office that the two sides opened on May 2. "
     "Three days later, it cut the military line.", "2015-09-11"),
    # a date naming a thing is no day the story reached
    ("They met under an Aug. 25 accord that ended a standoff set off by mines on Aug. 4. "
     "Six days later, the North cut the military line.", "2015-08-10"),
])
def test_a_later_step_in_the_next_sentence_counts_from_the_main_day_not_a_flashback(second, want):
    text = f"Lines cut\n\nSEOUL, Oct. 20 (Reuters) - The lines went quiet.\n\n{second}\n"
    got = _breaks_and_restorations(text, "2015-10-20")
    assert ("break", want) in got


@pytest.mark.parametrize("before", [
    "The thaw started in March last year, when the leaders traded letters.",
    # an offset from a stated year, and a flashback clause behind it, keep the story in that year
    "The thaw started in March 2015. Two days later, the North reopened the Panmunjom hotline, which it had cut in "
    "May 2013.",
])
def test_a_yearless_day_goes_on_in_the_year_the_story_is_in(before):
    text = (f"Lines back\n\nSEOUL, April 20 (Reuters) - The lines work.\n\n{before} "
            "The first talks in two years followed on March 25.\n")
    assert ("restoration", "2015-03-25") in _breaks_and_restorations(text, "2016-04-20")


@pytest.mark.parametrize(("text", "want"), [
    # what came a little before a stated day, told right after it, is in that day's year
    ("The staff left on April 9, 2016, days after the talks broke up in March.", dt.date(2016, 3, 1)),
    ("Seoul shut the park on Feb. 10 last year after the North's rocket launch in January.", dt.date(2022, 1, 1)),
    ("Seoul closed the zone in June 2019, after the rocket tests in late May.", dt.date(2019, 5, 1)),
])
def test_a_month_told_in_an_after_phrase_of_a_stated_day_is_in_its_year(text, want):
    got = find_dates(text, dt.date(2023, 10, 1))
    assert got[-1].date == want


def test_after_a_comma_a_relative_clauses_day_lends_no_year_to_the_main_clauses_after():
    # "after" here goes with "reopened", the main verb: April of the publication's year, not of the cut
    text = "In July they reopened the lines that the North had cut in June last year, after letters since April."
    got = find_dates(text, dt.date(2023, 10, 1))
    assert got[-1].date == dt.date(2023, 4, 1)


@pytest.mark.parametrize(("sentence", "published", "want"), [
    # the most recent New Year's Day on or before publication, the next one after a future cue, or the year given
    ("He made the offer in his New Year's Day speech.", dt.date(2019, 3, 6), ("2019-01-01", "holiday")),
    ("He made the offer on New Year\u2019s Day.", dt.date(2019, 1, 1), ("2019-01-01", "holiday")),
    ("He will speak again on New Year's Day.", dt.date(2019, 3, 6), ("2020-01-01", "holiday_future")),
    ("On New Year's Day 2018, he offered to send athletes.", dt.date(2019, 3, 6), ("2018-01-01", "holiday_year")),
])
def test_new_years_day_is_january_first(sentence, published, want):
    (m,) = find_dates(sentence, published)
    assert (m.date.isoformat(), m.rule, m.precision) == (*want, "day")


@pytest.mark.parametrize("sentence", [
    "In his New Year's address, he offered talks.",  # which year's the article does not say
    "The new year's plans were set.",
    "The Liberation Day speech was short.",  # an occasion named, not a date
])
def test_new_years_address_and_liberation_day_are_no_dates(sentence):
    assert find_dates(sentence, dt.date(2019, 3, 6)) == []


@pytest.mark.parametrize(("sentence", "published", "want"), [
    # a month in a "before" gerund right after a stated year or month is later in that year, not the publication's
    ("The contacts stalled for months in 1989 before resuming in October.", dt.date(1990, 10, 20), "1989-10-01"),
    ("In June 1999, the tours were halted for six weeks before resuming in August.", dt.date(2023, 11, 18),
     "1999-08-01"),
])
def test_a_month_in_a_before_gerund_takes_the_stated_year(sentence, published, want):
    assert find_dates(sentence, published)[-1].date.isoformat() == want


def test_a_month_end_moved_to_another_year_stays_the_month_end():
    # a February read first in a leap year and moved to the stated year ends on the 28th, and the other way round
    got = {d.text: (d.date, d.date_end) for d in find_dates(
        "The staff left in March 2023, weeks after the talks collapsed in February.", dt.date(2024, 2, 10))}
    assert got["February"] == (dt.date(2023, 2, 1), dt.date(2023, 2, 28))
    got = {d.text: (d.date, d.date_end) for d in find_dates(
        "The staff left in March 2024, weeks after the talks collapsed in February.", dt.date(2025, 2, 10))}
    assert got["February"] == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


@pytest.mark.parametrize(("sentence", "want"), [
    # a year followed by a "when" clause gives its year to a month in that clause, up to a comma
    ("The park had one earlier shutdown, in 2013, when the North withdrew its workers in April.", "2013-04-01"),
    ("Ties have been frozen since 2010, when Seoul cut trade, and the last talks failed in February.",
     "2016-02-01"),
])
def test_a_month_in_a_when_clause_takes_the_year_before_it(sentence, want):
    assert find_dates(sentence, dt.date(2016, 5, 2))[-1].date.isoformat() == want


# a month after "set for", "planned for", "scheduled for", "slated for" (the forty-ninth session)

def test_a_month_a_refused_meeting_was_set_for_is_behind_the_story():
    got = find_dates("The North refused to attend ministerial talks scheduled for August.", dt.date(2004, 11, 20))
    assert [(d.text, d.date) for d in got] == [("August", dt.date(2004, 8, 1))]


def test_a_month_talks_are_scheduled_for_is_ahead():
    got = find_dates("Talks are scheduled for August.", dt.date(2005, 5, 17))
    assert [(d.text, d.date) for d in got] == [("August", dt.date(2005, 8, 1))]


def test_a_month_talks_were_planned_for_before_a_past_verb_is_behind_the_story():
    got = find_dates("The first round began on July 6, after ministerial talks planned for June in Seoul collapsed.",
                     dt.date(2013, 7, 28))
    assert [(d.text, d.date) for d in got] == [("July 6", dt.date(2013, 7, 6)), ("June", dt.date(2013, 6, 1))]



# --------------------------------------------------------------------------- the fifty-second session
@pytest.mark.parametrize("text, published, want", [
    # a plan's yearless day or month seen from near publication, due within weeks (a month: within a season)
    ("Seoul said the talks would open on June 21.", dt.date(1999, 6, 12), dt.date(1999, 6, 21)),
    ("A North Korean Red Cross team is due in Seoul on May 28.", dt.date(1985, 5, 12), dt.date(1985, 5, 28)),
    ("Pyongyang cancelled the video link reunions planned for Aug. 15.", dt.date(2006, 8, 7), dt.date(2006, 8, 15)),
    ("The two prime ministers agreed that aging relatives would visit their hometowns in August.",
     dt.date(1992, 5, 27), dt.date(1992, 8, 1)),
    # ... and not when it is months away, when the sentence tells its year, or when a past verb follows
    ("North Korea stayed away from the round set for March 13.", dt.date(2001, 9, 22), dt.date(2001, 3, 13)),
    ("In May last year Pyongyang called off test runs set for May 25.", dt.date(2007, 5, 23), dt.date(2006, 5, 25)),
    ("Test runs set for May 25 were scrapped.", dt.date(2007, 5, 11), dt.date(2006, 5, 25)),
    ("He said the North would no longer talk, and in January it shut the agencies.", dt.date(2024, 11, 4),
     dt.date(2024, 1, 1)),
])
def test_a_plans_day_seen_from_near_publication(text, published, want):
    got = [d.date for d in find_dates(text, published) if d.precision in ("day", "month")]
    assert want in got, got


# --------------------------------------------------------------------------- the fifty-third session
@pytest.mark.parametrize("text, want", [
    # "was" / "were" before the cue of a plan: the plan as it stood, not one still ahead ...
    ("The first trains were due on May 25.", dt.date(2006, 5, 25)),
    ("The round was scheduled for March 3, but the North stayed away.", dt.date(2006, 3, 3)),
    # ... while "are" / "is" still read it ahead
    ("The first trains are due on May 25.", dt.date(2007, 5, 25)),
    ("The round is scheduled for March 3.", dt.date(2007, 3, 3)),
])
def test_a_plan_in_the_past_tense_is_not_read_ahead(text, want):
    got = [d.date for d in find_dates(text, dt.date(2006, 6, 28))]
    assert got == [want]


def test_a_day_before_others_were_due_is_no_day_before_a_day_held():
    # "a day before it was due" counts back from a day set for it; a day on which talks were held is no such day
    found = find_dates("Talks broke down on May 3, a day before the ministers were due in Seoul.", dt.date(2006, 5, 10))
    assert [(d.text, d.date) for d in found] == [("May 3", dt.date(2006, 5, 3))]
    found = find_dates("Talks set for May 3 were called off a day before they were due.", dt.date(2006, 5, 10))
    assert ("a day before", dt.date(2006, 5, 2)) in [(d.text, d.date) for d in found]


# --------------------------------------------------------------------------- the fifty-eighth session
@pytest.mark.parametrize("text, published, want", [
    # a weekday a plan told with "would" names the one ahead, as a day of the month does (a Wednesday article)
    ("South Korea said on Wednesday it would send its delegates back to Panmunjom on Friday.", dt.date(1994, 6, 29),
     dt.date(1994, 7, 1)),
    ("The North said it would reopen the line on Monday.", dt.date(1994, 6, 29), dt.date(1994, 7, 4)),
    # a weekday of something already done stays behind
    ("The North reopened the line on Monday.", dt.date(1994, 6, 29), dt.date(1994, 6, 27)),
    ("The North said it had reopened the line on Monday.", dt.date(1994, 6, 29), dt.date(1994, 6, 27)),
    # "the next session, on April 30, ended ...": the next one after another, already past (an October article)
    ("The next session, on April 30, ended in a shouting match.", dt.date(1984, 10, 6), dt.date(1984, 4, 30)),
    ("Their next meeting, on May 5, broke up without a date for another.", dt.date(1984, 10, 6), dt.date(1984, 5, 5)),
    # still ahead when the verb after it is not past, or the past word is a participle with "by"
    ("The next session, on April 30, will be held in Seoul.", dt.date(1984, 10, 6), dt.date(1985, 4, 30)),
    ("The next session, on April 30, hosted by Seoul, will be the last.", dt.date(1984, 10, 6), dt.date(1985, 4, 30)),
])
def test_a_day_lies_ahead_or_behind_as_the_verb_around_it_tells(text, published, want):
    assert [d.date for d in find_dates(text, published) if d.text != "Wednesday"] == [want]


# --------------------------------------------------------------------------- the seventy-third session
def _months(text: str, published: dt.date, anchor=None) -> dict[str, dt.date]:
    return {d.text: d.date for d in find_dates(text, published, anchor=anchor)}


@pytest.mark.parametrize("text, published, month, want", [
    # a year naming a thing ("the 2018 pact") between a stated month and an "after" phrase keeps the story's year
    ("In March last year it tore down the hotel, months after Seoul scrapped the 2019 tour deal in January.",
     dt.date(2023, 2, 20), "January", dt.date(2022, 1, 1)),
    # a demonstrative opening the sentence is no relative clause: "after" goes with the stated month
    ("That channel came back only in November last year, after the North had ignored it in September.",
     dt.date(2019, 10, 2), "September", dt.date(2018, 9, 1)),
    # a number with a comma in the "after" phrase
    ("The zone stood idle for months that year after the North withdrew its 40,000 staff in May.",
     dt.date(2016, 3, 1), "May", dt.date(2011, 5, 1)),
])
def test_what_came_before_a_stated_month_is_in_its_year(text, published, month, want):
    anchor = find_dates("The dispute began in 2011.", published)[0] if "that year" in text else None
    assert _months(text, published, anchor)[month] == want


@pytest.mark.parametrize("text, published, month, want", [
    # a "when" clause after a month with a stated year: what led up to it is in that year
    ("Calls have gone through since November last year, when the North answered again after ignoring them from "
     "September.", dt.date(2019, 10, 2), "September", dt.date(2018, 9, 1)),
    # guard: a month told in an "after" phrase does not take the "when" clause, which goes with the main clause
    ("The talks resumed on March 3, a year after the North quit them in February 2018, when the two sides said "
     "envoys were swapped in January.", dt.date(2019, 6, 1), "January", dt.date(2019, 1, 1)),
])
def test_a_when_clause_after_a_stated_month(text, published, month, want):
    assert _months(text, published)[month] == want


def test_a_month_told_between_two_days_of_one_year_is_in_that_year():
    got = _months("The channel was restored in May last year, went dead in June and came back on Nov. 2.",
                  dt.date(2019, 8, 1))
    assert got["June"] == dt.date(2018, 6, 1)
    # guard: a month that does not fall between them keeps its own year
    got = _months("The channel was restored in May last year, went dead in March and came back on Nov. 2.",
                  dt.date(2019, 8, 1))
    assert got["March"] == dt.date(2019, 3, 1)


def test_a_month_included_in_a_stated_year_is_in_it():
    got = _months("The leaders met four times last year, including a visit to the North in October.",
                  dt.date(2019, 12, 5))
    assert got["October"] == dt.date(2018, 10, 1)


def test_the_story_goes_on_from_a_month_a_when_clause_dated():
    got = _months("The zone was shut once before, in 2009, when the North closed the border in March, before it "
                  "opened again in August.", dt.date(2012, 6, 1))
    assert (got["March"], got["August"]) == (dt.date(2009, 3, 1), dt.date(2009, 8, 1))
