"""Temporal expressions in news copy, resolved against the publication date.

``find_dates(text, published)`` scans a sentence (or a whole article) once, looking only near key words
(month names, "day", "year", "ago", "19", "20"...) and trying at each word there the precompiled patterns
of the expression kinds that can start with it. It returns every date expression it finds as a
:class:`DateMention`: where the words are,
the period they name (``date`` .. ``date_end``), how precise that period is and which documented rule
resolved it. Every rule, with an example resolved for a Tuesday 2021-07-27 publication, is in
``docs/dates.md``; the words the rules use (month and weekday names, number words, prepositions,
future cues, year exclusions) are in ``data/dates.yaml``.

Principles
----------
* Never more precision than the text gives: a month name gives a month, a year gives a year.
  ``precision`` is the finest calendar unit ('day', 'month', 'year') that contains the whole period
  ``date`` .. ``date_end``; 'day' always means ``date == date_end``.
* Expressions without a year (weekdays, "June 9", "in May") name the most recent such day or month on
  or before publication, unless a future cue ("will", "is scheduled to") stands before them in the same
  clause; ``year_inferred`` is True for them so that callers can settle the year another way.
* Month and weekday names are matched only in Title case or ALL CAPS, months standing alone only after a
  preposition or a part word ("in May", "since April", "late June"): "Pyongyang may respond" and "the
  march toward" are not dates.
* Anchored expressions ("two days later", "13 months after") are resolved only against a date in the
  same sentence (or the ``anchor`` passed in); otherwise they are left out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from dataclasses import replace as _replace
from functools import cache, lru_cache
from importlib import resources

import yaml
from dateutil.relativedelta import relativedelta

from .errors import VocabularyError

# "the next morning", "the following evening": parts of a day that count as the day itself
_DAY_PARTS = ("morning", "afternoon", "evening", "night")

__all__ = [
    "DateMention", "find_dates", "local_publication_day", "parse_published", "resolve_month_day", "PRECISIONS",
]

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text.

    Attributes
    ----------
    start, end : int
        Offsets of the date words (``offset`` + position in the text passed); a leading preposition
        ("in", "on", "since") is not part of them.
    text : str
        The words that gave the date.
    date, date_end : datetime.date
        First and last day of the period named (equal at day precision).
    precision : str
        'day', 'month' or 'year': the finest calendar unit containing ``date`` .. ``date_end``.
    rule : str
        Short name of the documented rule that resolved it (see docs/dates.md).
    year_inferred : bool
        True when the text gave no year and the rule chose it (weekday, "June 9", "in May").
    relative_to : str or None
        For dates that only bound the event, the bounding word: 'since', 'after', 'before', 'until',
        'by' ("since April" -> 'since'); for anchored offsets ("two days later"), the text of the anchor
        date they were resolved from; None when the date is the date of the event.
    part : str or None
        'early', 'mid' or 'late' for "early June", "late last month", "the end of 2019"; 'earlier' or
        'later' for "earlier this year" (where the period is cut at the publication date).
    approximate : bool
        True for "about a week ago", "nearly two years after": the period was widened.
    anchored_before : bool
        True for an offset resolved from a date of an earlier sentence ("In January ... . In a speech that month",
        "... on Jan. 9. ... eight days later"): its year is the one that sentence settled.
    """

    start: int
    end: int
    text: str
    date: dt.date
    date_end: dt.date
    precision: str
    rule: str
    year_inferred: bool
    relative_to: str | None = None
    part: str | None = None
    approximate: bool = False
    anchored_before: bool = False


# --------------------------------------------------------------------------------------------------
# Vocabulary and patterns
# --------------------------------------------------------------------------------------------------


def _trie(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly these literal words, factored as a trie.

    Sharing prefixes keeps the regex engine from trying every word at every position (each branch
    starts with a distinct literal character, which the engine rejects in one test). Longer words
    are preferred; a space in a word matches any run of whitespace.
    """
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        keys = sorted(k for k in node if k)
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in keys]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        if ends:
            body = (body if body.startswith("(?:") and len(alts) > 1 else "(?:" + body + ")") + "?"
        return body

    return "(?:" + emit(root) + ")"


def _alt(words: Iterable[str]) -> str:
    """Alternation of literal words, exactly as spelled."""
    return _trie(words)


def _ci(words: Iterable[str]) -> str:
    """Alternation of words in lower case, Capitalised or UPPER CASE (cheaper than an inline (?i:))."""
    variants = set()
    for w in words:
        w = str(w)
        variants.update({w.lower(), w[:1].upper() + w[1:].lower(), w.upper()})
    return _trie(variants)


def _cased(name: str) -> list[str]:
    return [name, name.upper()]


@dataclass
class _Vocab:
    month_number: dict[str, int]
    abbreviations: set[str]
    weekday_number: dict[str, int]
    numbers: dict[str, int]
    approximators: list[str]
    prepositions: dict[str, str | None]
    parts: dict[str, str]
    seasons: dict[str, tuple[int, int]]
    future_cues: list[str]
    future_blockers: list[str]
    near_cues: list[str]
    year_not_after: set[str]
    year_not_before: set[str]
    full_months: list[str] = field(default_factory=list)
    need_period: set[str] = field(default_factory=set)
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)  # "new year's day" -> (1, 1)
    # talks known by a place: (words, first day of the month, chronology id)
    named_occasions: list[tuple[tuple[str, ...], dt.date, str]] = field(default_factory=list)


def _load_vocab() -> _Vocab:
    try:
        raw = yaml.safe_load(resources.files("koreadiplo").joinpath("data/dates.yaml").read_text("utf-8"))
        month_number: dict[str, int] = {}
        full, abbr = [], set()
        for num, names in raw["months"].items():
            for i, name in enumerate(names):
                month_number[name.lower()] = int(num)
                if i == 0:
                    full.append(name)
                else:
                    abbr.add(name)
        weekday_number = {name.lower(): i for i, name in enumerate(raw["weekdays"])}
        numbers = {str(k).lower(): int(v) for k, v in raw["numbers"].items()}
        # "twenty-two years ago": the tens joined to the units by a hyphen
        units = {w: n for w, n in numbers.items() if 1 <= n <= 9 and w not in ("a", "an")}
        tens = {w: n for w, n in numbers.items() if n in range(20, 100, 10)}
        numbers.update({f"{t}-{u}": tn + un for t, tn in tens.items() for u, un in units.items()})
        return _Vocab(
            month_number=month_number,
            abbreviations=abbr,
            weekday_number=weekday_number,
            numbers=numbers,
            approximators=[str(w) for w in raw["approximators"]],
            prepositions={str(k).lower(): v for k, v in raw["prepositions"].items()},
            parts={str(k).lower(): str(v) for k, v in raw["parts"].items()},
            seasons={str(k).lower(): (int(v[0]), int(v[1])) for k, v in raw["seasons"].items()},
            future_cues=[str(w) for w in raw["future_cues"]],
            future_blockers=[str(w) for w in raw["future_blockers"]],
            near_cues=[str(w) for w in raw["near_cues"]],
            year_not_after={str(w).lower() for w in raw["year_not_after"]},
            year_not_before={str(w).lower() for w in raw["year_not_before"]},
            full_months=full,
            need_period=set(raw.get("abbreviations_needing_period") or []),
            holidays={str(k).lower(): (int(v[0]), int(v[1])) for k, v in (raw.get("holidays") or {}).items()},
            named_occasions=[
                (tuple(str(w).lower() for w in o["words"]), dt.date.fromisoformat(f"{o['month']}-01"),
                 str(o["chronology"]))
                for o in raw.get("named_occasions") or []
            ],
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise VocabularyError(f"data/dates.yaml: malformed date vocabulary ({exc})") from exc


class _Patterns:
    """Every compiled pattern of the engine, built once from the vocabulary."""

    def __init__(self, v: _Vocab) -> None:
        self.v = v
        month_full = _alt(n for m in v.full_months for n in _cased(m))
        abbr_opt = [n for a in v.abbreviations - v.need_period for n in _cased(a)]
        abbr_all = [n for a in v.abbreviations for n in _cased(a)]
        # A month before a day or a year: full name, or abbreviation with or without a period.
        m_any = rf"(?:{month_full}\b|{_alt(abbr_all)}\.|{_alt(abbr_opt)}\b)"
        # A month standing alone: full name or abbreviation with a period.
        m_alone = rf"(?:{month_full}\b|{_alt(abbr_all)}\.)"
        wd = _alt(n for w in v.weekday_number for n in _cased(w.title())) + r"\b"
        day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
        year = r"(?:19|20)\d\d(?![\d])(?!\.\d)"
        the, of_ = _ci(["the"]), _ci(["of"])
        rel_year = rf"(?:,?\s+(?:{of_}\s+)?(?P<rel>{_ci(['last', 'this', 'next'])})\s+{_ci(['year'])}\b)"
        part = _ci(v.parts)
        num = rf"(?:\d{{1,3}}|{_ci(v.numbers)})"
        approx = _ci(v.approximators)
        units = _ci(["decade", "decades", "year", "years", "month", "months", "week", "weeks", "day", "days"])
        seasons = _ci(v.seasons)
        tod = _ci(["morning", "afternoon", "evening", "night"])
        self.preps = _ci(v.prepositions)
        # "blew up the roads that October": a month named through the year of a date before it ("began that
        # Dec. 11": its day too); "the following August", "the previous June": the first such month after (before)
        # the date told before
        self.that_month = re.compile(
            rf"\b(?:[Tt]hat|the\s+same|that\s+same|[Tt]he\s+(?P<dir>following|next|previous|preceding))\s+"
            rf"(?:(?P<m>{month_full})\b|(?P<ma>{_alt(abbr_all)})\.(?=\s+\d))(?:\s+(?P<d>{day})(?!,?\s+\d))?"
        )
        # "since April 7, a Friday ... since that Friday": the weekday of the day told before
        weekdays = _alt(n for w in v.weekday_number for n in _cased(w.capitalize()))
        self.that_weekday = re.compile(rf"\b(?:[Tt]hat|the\s+same|that\s+same)\s+(?P<w>{weekdays})\b")

        fam: dict[str, str] = {}
        fam["iso"] = (
            r"(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])(?![\d])"
        )
        fam["yrange"] = (
            rf"(?P<a>{year})\s*(?P<conn>[-–—]|\s{_ci(['to', 'through', 'until', 'till', 'and'])}\s)\s*"
            rf"(?P<b>(?:19|20)\d\d|\d\d)(?![\d])(?!\.\d)"
        )
        fam["md"] = (
            rf"(?:(?P<wd>{wd}),?\s+)?(?P<m>{m_any})\s*(?P<d>{day})"
            rf"(?:\s*(?:[-–]|\s{_ci(['to', 'through'])}\s)\s*(?P<d2>{day}))?"
            rf"(?:(?:,\s*|\s+)(?P<y>{year})|{rel_year})?"
        )
        fam["dm"] = (
            rf"(?:{the}\s+)?(?P<d>{day})(?:\s+{of_})?\s+(?P<m>{m_any})"
            rf"(?:(?:,\s*|\s+)(?P<y>{year})|{rel_year})?"
        )
        fam["my"] = (  # ("March-September 2013", "between May and July 2010": a range of months of that year)
            rf"(?:(?:(?P<part1>{part})[-\s]+)?(?P<m1>{m_alone})(?!\s*\d)"
            rf"\s*(?P<conn>[-\u2013]|\s{_ci(['to', 'through', 'until', 'till', 'and'])}\s)\s*)?"
            rf"(?:(?P<part>{part})[-\s]+)?(?P<m>{m_any})"
            rf"(?:(?:,\s*|\s+{of_}\s+|\s+)(?P<y>{year})|{rel_year})"
        )
        month_rel = _ci(["last", "next", "this coming", "this past", "past", "this"])
        fam["mrel"] = rf"(?P<rel>{month_rel})\s+(?P<m>{m_alone})(?!\s*\d)"
        fam["ma"] = (
            rf"(?:(?P<part>{part})[-\s]+)?(?P<m>{m_alone})(?!\s*\d)"
            rf"(?:\s*(?P<conn>[-–]|\s{_ci(['to', 'through', 'until', 'till', 'and', 'or'])}\s)\s*"
            rf"(?:(?P<part2>{part})[-\s]+)?(?P<m2>{m_alone})(?!\s*\d))?"
        )
        fam["season"] = (
            rf"(?:{the}\s+)?(?:(?P<rel>{month_rel})\s+"
            rf"(?P<s>{seasons})\b(?:\s+(?:{of_}\s+)?(?P<y>{year}))?"
            rf"|(?P<s2>{seasons})\s+(?:{of_}\s+)?(?P<y2>{year}))"
        )
        fam["decade"] = (
            rf"(?:{the}\s+)?(?:(?P<part>{_ci(['early', 'mid', 'late'])})[-\s]+)?(?P<y>(?:19|20)\d0)['’]?s\b"
        )
        period_rel = _ci(["last", "this", "next", "past", "the past", "the last", "coming", "the coming"])
        fam["period"] = (
            rf"(?:(?P<part>{_ci(['earlier', 'later'])}|{part})[-\s]+(?:{_ci(['in'])}\s+)?)?"
            rf"(?P<rel>{period_rel})\s+(?P<unit>{_ci(['weekend', 'week', 'month', 'year'])})\b"
        )
        fam["weekend"] = rf"(?:{_ci(['over the weekend'])}|(?<=during\s){_ci(['the weekend'])})\b"
        relday = _ci(["the day before yesterday", "the day after tomorrow", "today", "tonight", "yesterday",
                      "tomorrow", "this morning", "this afternoon", "this evening", "last night"])
        fam["relday"] = rf"(?P<w>{relday})\b(?:\s+{tod}\b)?"
        wd_mod = _ci(["earlier", "early", "late", "later", "last", "next", "this coming", "this past", "past",
                      "this"])
        fam["weekday"] = rf"(?:(?P<mod>{wd_mod})\s+)?(?P<wd>{wd})(?:\s+{tod}\b)?"
        # "a year ago today", "exactly two years ago", "three years ago this month": the same day or month back
        fam["ago"] = (
            rf"(?:(?P<approx>{approx})\s+|(?P<exact>{_ci(['exactly', 'precisely'])})\s+)?(?P<n>{num})\s+"
            rf"(?P<unit>{units})\s+{_ci(['ago'])}\b"
            rf"(?:\s+(?P<same>{_ci(['today', 'this week', 'this month'])})\b|\s+(?P<swd>{wd})\b)?"
        )  # ("four years ago Sunday": that weekday of the story's week, N years back)
        # "for about a year before the North halted it": a duration, not an offset
        not_duration = "".join(
            rf"(?<!\b[Ff]or\s{w})" for w in ("", r"about\s", r"nearly\s", r"almost\s", r"over\s", r"some\s")
        )
        fam["offset"] = (
            rf"(?:{not_duration}(?:(?P<approx>{approx})\s+)?(?P<n>{num})\s+(?P<unit>{units})\s+"
            rf"(?P<dir>{_ci(['after', 'later', 'before', 'earlier', 'prior to'])})\b"
            rf"|{the}\s+(?P<dir2>{_ci(['next', 'following', 'previous', 'preceding', 'same'])})\s+"
            rf"(?P<unit2>{_ci(['day', 'week', 'month', 'year', *_DAY_PARTS])})\b"
            rf"|{the}\s+{_ci(['day'])}\s+(?P<dir3>{_ci(['after', 'before'])})\b"
            # "that month", "later that same day": the anchor's own month or day
            rf"|{_ci(['that'])}\s+(?:{_ci(['same'])}\s+)?(?P<unit3>{_ci(['day', 'month'])})\b(?!-)"
            # "Days later", "months earlier": no number, so no day of its own (the anchor's month, or its year)
            rf"|(?P<bare>{_ci(['days', 'weeks', 'months'])})\s+(?P<dir4>{_ci(['later', 'earlier'])})\b)"
        )
        # "New Year's Day", "New Year's Day 2018" (the apostrophe typed either way; "Year's", not "Year'S")
        titled = [" ".join(w[:1].upper() + w[1:] for w in n.split()) for n in v.holidays]
        holidays = _alt(x for n in titled for w in _cased(n) for x in (w, w.replace("'", "\u2019")))
        fam["holiday"] = rf"(?P<h>{holidays})\b(?:,?\s+(?P<y>{year}))?" if v.holidays else r"(?!)"
        fam["year"] = rf"(?:(?P<part>{part})[-\s]+)?(?P<y>{year})"
        self.families = fam
        self.compiled = {k: re.compile(p) for k, p in fam.items()}

        # Dispatch: which families can start with a given first word. Months and weekdays are looked
        # up with their case ('May', 'MAY'), every other word in lower case; digits under '0'.
        # (a bare month only with a part word, "early August", or as a chronology line's date, "August -- The
        # cruises sail again"; "June: Seoul fully suspended the deal" as a list line's label, at its start)
        self.ma_bare = re.compile(rf"(?={part}[-\s]|{m_alone}[ \t]*(?:--|\u2013|\u2014)[ \t]|(?<![^\n]){m_alone}:[ \t])"
                                  + fam["ma"])
        self.prep_rx = re.compile(rf"(?P<prep>{self.preps})\s+")
        self.prep_first = {w.split()[0] for w in v.prepositions}
        month_tokens = {n for m in v.month_number for n in _cased(m.title())}
        weekday_tokens = {n for w in v.weekday_number for n in _cased(w.title())}

        def firsts(words: Iterable[str]) -> set[str]:
            return {str(w).split()[0].split("-")[0].lower() for w in words}

        part1 = firsts(v.parts)
        count1 = firsts(v.approximators) | firsts(v.numbers) | {"0"}
        rel1 = {"last", "next", "this", "past"}
        starters: dict[str, set[str]] = {
            "iso": {"0"}, "yrange": {"0"}, "md": month_tokens | weekday_tokens, "dm": {"the", "0"},
            "my": month_tokens | part1, "mrel": rel1, "ma": month_tokens | part1,
            "season": rel1 | {"the"} | set(v.seasons), "decade": {"the", "early", "mid", "late", "0"},
            "period": rel1 | part1 | {"earlier", "later", "the", "coming"}, "weekend": {"over", "the"},
            "relday": {"the", "today", "tonight", "yesterday", "tomorrow", "this", "last"},
            "weekday": rel1 | {"earlier", "early", "late", "later"} | weekday_tokens,
            "ago": count1 | {"exactly", "precisely"}, "offset": count1 | {"the", "that", "days", "weeks", "months"},
            "year": part1 | {"0"},
            "holiday": firsts(v.holidays),
        }
        self.dispatch: dict[str, tuple[str, ...]] = {}
        for name in fam:  # dict order = priority when two families match at the same place
            for word in starters[name]:
                self.dispatch[word] = self.dispatch.get(word, ()) + (name,)
        self.word = re.compile(r"[A-Za-z]+|[0-9]+")
        # After "the", only these families can go on, by the next word.
        after_the: dict[str, set[str]] = {"0": {"dm", "decade"}, "weekend": {"weekend"},
                                          "day": {"relday", "offset"}}
        for w in ("last", "past"):
            after_the[w] = {"season", "period"}
        after_the["this"] = {"season"}
        after_the["next"] = {"season", "offset"}
        after_the["coming"] = {"period"}
        for w in ("following", "previous", "preceding", "same"):
            after_the[w] = {"offset"}
        for w in part1 - {"the"}:
            after_the[w] = {"my", "ma", "period", "year", "decade"}
        for w in v.seasons:
            after_the[w] = {"season"}
        self.after_the = after_the
        self.unit_near = re.compile(r"(?i)day|week|month|year|decade")
        self._space = re.compile(r"\s*")

        self.future = re.compile(
            rf"(?:\b{_alt(w for w in v.future_cues if not w.startswith(chr(39)))}\b|['’]ll\b)", re.I
        )
        self.near = re.compile(rf"\b{_alt(v.near_cues)}\b", re.I)
        self.blocker = re.compile(rf"\b{_alt(v.future_blockers)}\b", re.I)
        # (also a clause of its own coordinated after a comma: "... even on a date for the next meeting, and the sixth
        # round collapsed on July 26")
        self.clause_cut = re.compile(r"[.!?;:]\s|\n|[\"“”]|,\s+(?:and|but)\s+(?=(?:the|a|an|its|their|his|her)\s)")
        self.prev_token = re.compile(r"(\S+)\s*$")
        self.next_token = re.compile(r"^\s*([^\s,.;:!?)]+)")
        self.range_gap = re.compile(r",?\s*(?:[-–—]|(?i:to|through|until|till|and))\s*")
        # Every expression contains one of these strings, so only text near them is looked at: the
        # first three letters of a month (with its case, which also covers abbreviations); "day" (every
        # weekday, today, yesterday) and the other key words in the lower-cased text; "19" and "20" for
        # years and ISO dates. A hit that is no date costs a little time, never a false date.
        self.lower_keys = sorted({"day", "night", "tomorrow", "morning", "afternoon", "evening", "decade",
                                  "year", "month", "week", "ago", *v.seasons})
        stems = {m[:3] for m in v.full_months}
        self.cased_keys = sorted(stems | {m.upper() for m in stems} | {"19", "20"})
        self.sent_end = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])|\n")
        self.abbrev = re.compile(
            r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Maj|Capt|Rep|Sen|Gov|Jr|Sr|St|No|Nos|vs|Jan|Feb|Mar|"
            r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co)|\b(?:[A-Za-z]\.)+[A-Za-z])$"
        )

    def space_end(self, text: str, pos: int) -> int:
        """Position of the first non-space character at or after ``pos``."""
        return self._space.match(text, pos).end()


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns(_load_vocab())


# --------------------------------------------------------------------------------------------------
# Calendar helpers
# --------------------------------------------------------------------------------------------------


def _month_end(d: dt.date) -> dt.date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _whole_month(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    return start, _month_end(start)


def _whole_year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _precision(start: dt.date, end: dt.date) -> str:
    if start == end:
        return "day"
    if (start.year, start.month) == (end.year, end.month):
        return "month"
    return "year"


#: Days of a month a part word leaves likely, with some slack ("mid-July" is not July 1; "the first half"
#: reaches the 15th): used to keep two events of one month apart, never to narrow a stated period.
_PART_DAYS = {"early": (1, 15), "mid": (6, 25), "late": (16, 31)}


def month_part_days(date_text: str | None) -> tuple[int, int] | None:
    """The likely first and last day of a month named with a part word ("early June" -> (1, 15), "mid-July",
    "the end of May"); None when the text opens with no part word."""
    if not date_text:
        return None
    low = " ".join(date_text.lower().replace("-", " ").split())
    parts = _patterns().v.parts
    for key in sorted(parts, key=len, reverse=True):
        if low.startswith(key + " "):
            return _PART_DAYS.get(parts[key])
    return None


def resolve_month_day(month: int, day: int | None, published: dt.date) -> dt.date:
    """The most recent date with this month (and day) on or before ``published``.

    Parameters
    ----------
    month : int
        1-12.
    day : int or None
        Day of the month; None for a month alone (the first day of the month is returned).
    published : datetime.date
        Publication date of the article.

    Returns
    -------
    datetime.date
        A month equal to the publication month resolves to the publication year; "Feb. 29" to the most
        recent leap year.

    Raises
    ------
    ValueError
        When the month or day does not exist (month 13, "June 31").

    Examples
    --------
    >>> resolve_month_day(6, 9, dt.date(2021, 7, 27))
    datetime.date(2021, 6, 9)
    >>> resolve_month_day(10, 4, dt.date(2021, 7, 27))
    datetime.date(2020, 10, 4)
    >>> resolve_month_day(7, None, dt.date(2021, 7, 27))
    datetime.date(2021, 7, 1)
    """
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    d = day or 1
    dt.date(2000, month, d)  # raises on a day no year has (leap year 2000 has Feb. 29)
    year = published.year if (month, d) <= (published.month, published.day) else published.year - 1
    while True:
        try:
            return dt.date(year, month, d)
        except ValueError:
            year -= 1  # only Feb. 29 gets here


def _next_month_day(month: int, day: int | None, published: dt.date) -> dt.date:
    """The first date with this month (and day) on or after ``published`` (future reading)."""
    d = day or 1
    dt.date(2000, month, d)
    if day is None:
        year = published.year if month >= published.month else published.year + 1
    else:
        year = published.year if (month, d) >= (published.month, published.day) else published.year + 1
    while True:
        try:
            return dt.date(year, month, d)
        except ValueError:
            year += 1


# --------------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------------


@dataclass
class _Cand:
    start: int
    end: int
    date: dt.date
    date_end: dt.date
    rule: str
    year_inferred: bool
    relative_to: str | None = None
    part: str | None = None
    approximate: bool = False
    prep: str | None = None
    anchored_before: bool = False


@dataclass
class _Offset:
    start: int
    end: int
    n: int
    unit: str
    sign: int
    look: str  # 'next' (prefer an anchor after it), 'prev' (anchor before it)
    whole: bool  # "the next year": widen to the whole unit
    approximate: bool
    fine: bool = False  # "that month", "that day": only an anchor at least that precise names it


@dataclass
class _Ctx:
    text: str
    published: dt.date
    p: _Patterns
    prep: str | None
    start: int
    end: int
    future: bool | None = None

    def is_future(self) -> bool:
        """True when a future cue stands before the expression in the same clause."""
        if self.future is None:
            self.future = _future_before(self.text, self.start, self.p, self.prep) and not _past_after(
                self.text, self.end
            ) and not (self.prep in _SET_FOR_PREPS and _SET_FOR_PAST_AFTER.match(self.text, self.end)) and not (
                _APPOSED_PAST_VERB.match(self.text, self.end)
                and re.search(r"\bnext\s+[\w-]+\s*,\s*(?:on|in)?\s*$", self.text[max(0, self.start - 40) : self.start])
            )  # ("the next session, on April 30, ended in a shouting match": the next one then, and past)
        return self.future

    def near_ahead(self, ahead: dt.date, limit: int, set_for: bool = False) -> bool:
        """Is the plan's next such day ``ahead`` (within ``limit`` days of publication) the one meant? True for a
        plan seen from near publication: a cue of ``near_cues`` ("would", "are due in") before it in the clause, no
        comma between ("declared that the North would no longer seek reconciliation, and in January ..."), or, with
        ``set_for``, a day a plan was set for ("called off the reunions planned for Aug. 15" in an Aug. 7 article);
        never when a future cue already reads it ahead, when the sentence tells its year another way ("in May last
        year", "then", a year number) or when a past verb follows ("Test runs set for May 25 were scrapped")."""
        if self.is_future() or (ahead - self.published).days > limit:
            return False
        if _past_after(self.text, self.end) or _SET_FOR_PAST_AFTER.match(self.text, self.end):
            return False
        if _YEAR_TOLD.search(_sentence_around(self.text, self.start, self.end)):
            return False
        if set_for and self.prep in _SET_FOR_PREPS:
            return True
        seg = self.text[max(0, self.start - 90) : self.start]
        cues = list(self.p.near.finditer(seg))
        return bool(cues) and "," not in seg[cues[-1].end() :] and _future_before(
            self.text, self.start, self.p, self.prep, self.p.near)

    def plan_called_off(self) -> bool:
        """True when a past verb that called something off stands before the plan's cue ("called off a contact
        planned for June 14"): the day may be behind or ahead of the story."""
        seg = self.text[max(0, self.start - 90) : self.start]
        return _CALLED_OFF_PLAN.search(seg) is not None


# "called off a working-level contact planned for", "postponed talks scheduled for": the plan's day is the nearest
_CALLED_OFF_PLAN = re.compile(
    r"\b(?:postponed|delayed|called\s+off|put\s+off|cancell?ed|scrapped|skipped|boycotted)\s+(?:[\w'-]+\s+){1,6}?"
    r"(?:planned|scheduled|set|slated)\s+(?:for|on)\s+$", re.I)


# "It let traffic through the next day, sealed the crossing on March 13": "the next day" steps on from the story's
# date, it is no cue for a date still ahead
_THE_NEXT_UNIT = re.compile(r"\bthe\s+(next)\s+(?:day|morning|afternoon|evening|night|week|month|year)\b", re.I)


# a verb in the past tense after "next" (not a participle of a plan: "the next round, scheduled for")
_PAST_VERB = re.compile(
    r"\b(?!(?:scheduled|planned|expected|proposed|slated|supposed|intended|needed|aimed|set|postponed|delayed|"
    r"rescheduled|pushed)\b)[a-z]+ed\b|\b(?:broke|began|met|went|fell|took|ran|came)\b", re.I
)


# a verb in the past tense that called off what "next" names ("North Korea postponed the next round on Oct. 12",
# "called off the next one on March 13"): the step was taken, the date is not ahead for it
_PAST_CANCEL_OF_NEXT = re.compile(
    r"\b(?:postponed|delayed|called\s+off|put\s+off|cancell?ed|scrapped|skipped|boycotted|suspended|missed)"
    r"\s+(?:the|its|their)\s+$", re.I)


# a pronoun and a verb in the past tense right before the date ("the talks it called off | on Tuesday")
_PRONOUN_PAST_BEFORE = re.compile(
    r"\b(?:it|they|he|she)\s+(?:had\s+)?(?:[a-z]+ed|broke|began|met|went|fell|took|ran|came|cut|shut|left|sent)"
    r"(?:\s+(?:off|up|down|out|away))?\s+(?:on|in|at)?\s*$", re.I)


#: the prepositions of a time something was set for ("a round set for September"), in ``dates.yaml``
_SET_FOR_PREPS = frozenset(("set for", "planned for", "scheduled for", "slated for"))
# ... or a verb in the past right after it ("ministerial talks planned for June in Seoul collapsed")
_SET_FOR_PAST_AFTER = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w-]*)?\s+(?:[a-z]+ed|broke|fell|went|came)\b")
# a past refusal or call-off before such a time, in its clause (not "postponed": a plan put back may still lie
# ahead, and a day of it takes the nearest, ``month_day_nearest``)
_PAST_REFUSAL = re.compile(
    r"\b(?:called\s+off|put\s+off|cancell?ed|scrapped|shelved|refused|declined|boycotted|skipped|"
    r"rejected|broke\s+off|pulled\s+out\s+of|backed\s+out\s+of|walked\s+out\s+of|stayed\s+away\s+from|"
    r"failed|dropped)\b[^,;:]*$", re.IGNORECASE)


# a past participle set off after its noun, right before the date: "whether the talks, revived on June 21 after a
# 13-month freeze, can carry weight" (what was done; not "talks, expected on Friday")
_APPOSED_PAST_PARTICIPLE = re.compile(
    r",\s+(?!(?:expected|scheduled|planned|slated|proposed|requested|needed|wanted)\b)[a-z]{3,}ed\s+(?:on|in)\s+$"
)


def _future_before(text: str, pos: int, p: _Patterns, prep: str | None, cue: re.Pattern | None = None) -> bool:
    if prep in ("since", "after"):
        return False
    seg = text[max(0, pos - 90) : pos]
    if _APPOSED_PAST_PARTICIPLE.search(seg):
        return False
    if prep in _SET_FOR_PREPS and _PAST_REFUSAL.search(seg[: seg.lower().rfind(prep)]):
        return False  # ("refused to attend talks scheduled for August", "called off a round set for May": past)
    cuts = list(p.clause_cut.finditer(seg))
    if cuts:
        seg = seg[cuts[-1].end() :]
    steps = {m.start(1) for m in _THE_NEXT_UNIT.finditer(seg)}
    cues = [c for c in (cue or p.future).finditer(seg) if c.start() not in steps]
    if not cues:
        return False
    if PAST_PLAN.search(seg, 0, cues[-1].end() + 1):  # "had been scheduled to resume on June 21": a past plan
        return False
    if _WAS_BEFORE.search(seg, 0, cues[-1].start()):  # "a day before they were due on May 25": a plan of the past
        return False
    if cues[-1].group().lower() == "next" and _PAST_VERB.search(seg, cues[-1].end()):
        return False  # "Their next round ended on May 18": the next one after another, and it is past
    if cues[-1].group().lower() == "next" and _PAST_CANCEL_OF_NEXT.search(seg, 0, cues[-1].start()):
        return False  # "postponed the next round on Oct. 12": the postponement is past
    if _PRONOUN_PAST_BEFORE.search(seg, cues[-1].end()):
        return False  # "when it will come for the talks it called off on Tuesday": a past clause of its own
    return p.blocker.search(seg, cues[-1].end()) is None


def _past_after(text: str, pos: int) -> bool:
    """True when a past finite verb follows the expression: "talks scheduled for Friday did not take place"."""
    return PAST_AFTER.match(text, pos) is not None


#: A past auxiliary or verb right after a date that a participle ("scheduled for", "planned for") led in: the
#: plan is of the past, whatever it was; also past a phrase set off before the verb ("talks, planned for mid-November
#: in the North, were put off").
PAST_AFTER = re.compile(r"(?:[^,.;:\"\u201c\u201d]{0,60},)?\s+(?:did|was|were|had|never|fell|failed)\b", re.IGNORECASE)

#: a past verb right after a date set off by commas ("..., on April 30, ended ..."); not a participle with "by"
_APPOSED_PAST_VERB = re.compile(r"\s*,\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|broke|began|went|fell|took|saw)\b(?!\s+by\b)")

# "was" / "were" right before a participle cue of a plan ("were due on", "was scheduled for"): the plan as it stood
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

#: The pluperfect of a plan: "had been due / scheduled / set to ..." (a plan of the past, not one to come); also
#: "was to have opened", a plan the past did not keep.
PAST_PLAN = re.compile(r"\bhad\s+been\s+(?:\w+ly\s+)?(?:due|scheduled|set|expected|planned|slated|supposed)\b"
                       r"|\b(?:was|were)\s+(?:(?:due|scheduled|set|supposed|slated)\s+)?to\s+have\s+(?:been\s+)?[a-z]+ed\b",
                       re.IGNORECASE)


def _month_of(p: _Patterns, token: str) -> int:
    return p.v.month_number[token.rstrip(".").lower()]


def _day_of(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def _part_of(p: _Patterns, word: str | None) -> str | None:
    if not word:
        return None
    key = " ".join(word.lower().split())
    return p.v.parts.get(key, key)


def _num_of(p: _Patterns, token: str) -> int:
    token = " ".join(token.lower().split())
    return int(token) if token.isdigit() else p.v.numbers[token]


def _rel_shift(rel: str) -> int:
    return {"last": -1, "this": 0, "next": 1}[rel.lower()]


def _cand(c: _Ctx, start: dt.date, end: dt.date, rule: str, inferred: bool, **kw) -> _Cand:
    return _Cand(c.start, c.end, start, end, rule, inferred, prep=c.prep, **kw)


def _r_iso(m: re.Match, c: _Ctx) -> list:
    y, mo, d = (int(x) for x in (m["y"], m["m"], m["d"]))
    day = dt.date(y, mo, d)
    return [_cand(c, day, day, "iso_date", False)]


def _r_yrange(m: re.Match, c: _Ctx) -> list:
    a = int(m["a"])
    b_txt = m["b"]
    b = int(b_txt) if len(b_txt) == 4 else (a // 100) * 100 + int(b_txt)
    conn = m["conn"].strip().lower()
    if conn == "and" and c.prep != "between":  # "in 2018 and 2019": two years
        end_a = c.start + len(m["a"])
        start_b = m.start("b")
        if len(b_txt) != 4:
            return [_cand(_replace(c, end=end_a), *_whole_year(a), "year", False)]
        return [
            _cand(_replace(c, end=end_a), *_whole_year(a), "year", False),
            _Cand(start_b, c.end, *_whole_year(b), "year", False),
        ]
    if b <= a:  # "2018-06" or a clause like "2019-2017": keep the first year only
        return [_cand(_replace(c, end=c.start + len(m["a"])), *_whole_year(a), "year", False)]
    return [_Cand(c.start, c.end, dt.date(a, 1, 1), dt.date(b, 12, 31), "year_range", False)]


def _r_md(m: re.Match, c: _Ctx) -> list:
    p = c.p
    month, day = _month_of(p, m["m"]), _day_of(m["d"])
    day2 = _day_of(m["d2"]) if m["d2"] else None
    if day2 is not None and day2 <= day:
        return []
    if m["y"]:
        year, rule, inferred = int(m["y"]), "month_day_year", False
    elif m["rel"]:
        year = c.published.year + _rel_shift(m["rel"])
        rule, inferred = f"month_day_{m['rel'].lower()}_year", False
    else:
        inferred = True
        year, rule = None, "month_day"
        if m["wd"]:
            wd = p.v.weekday_number[m["wd"].lower()]
            fits = [
                y for y in (c.published.year - 1, c.published.year, c.published.year + 1)
                if _valid(y, month, day) and dt.date(y, month, day).weekday() == wd
            ]
            if fits:
                year = min(fits, key=lambda y: abs((dt.date(y, month, day) - c.published).days))
                rule = "weekday_month_day"
        if year is None:
            if c.near_ahead(ahead := _next_month_day(month, day, c.published), _NEAR_AHEAD_DAYS, set_for=True):
                # a plan seen from near publication, due within weeks ("said it would hold talks on June 21" in a
                # May article; not "stayed away from the round set for March 13" in a September one: that March)
                year, rule = ahead.year, "month_day_nearest"
            elif c.is_future() and c.plan_called_off():
                years = (c.published.year - 1, c.published.year, c.published.year + 1)
                fits = [y for y in years if _valid(y, month, day)]
                year = min(fits, key=lambda y: abs((dt.date(y, month, day) - c.published).days))
                rule = "month_day_nearest"  # ("called off a contact planned for June 14": behind or ahead)
            elif c.is_future():
                year, rule = _next_month_day(month, day, c.published).year, "month_day_future"
            else:
                year = resolve_month_day(month, day, c.published).year
    start = dt.date(year, month, day)
    end = dt.date(year, month, day2) if day2 else start
    return [_cand(c, start, end, rule, inferred)]


#: how far ahead of publication a plan's day without a year, named with a past verb ("called off the reunions planned
#: for Aug. 15") or seen from near publication ("would", "are due in"), is still read as ahead
_NEAR_AHEAD_DAYS = 45
#: the same for a month named alone ("would cross the border in August"), counted to its first day
_NEAR_AHEAD_MONTH_DAYS = 100


# a sentence that tells its year another way ("in May last year, when Pyongyang called off test runs set for May
# 25", "In November that year", "Test runs then set for May 25"): no plan seen from near publication
_YEAR_TOLD = re.compile(r"\b(?:last|that|previous|same)\s+year\b|\b(?:1[89]|20)\d\d\b|\bthen\b"
                        r"|\ba\s+year\s+(?:earlier|before|ago)\b", re.I)
_SENTENCE_CUT = re.compile(r"[.?!]\s|\n")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]`` (cut at ". ", "? ", "! " and line breaks)."""
    before = [m.end() for m in _SENTENCE_CUT.finditer(text, 0, start)]
    after = _SENTENCE_CUT.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


def _r_dm(m: re.Match, c: _Ctx) -> list:
    return _r_md(_DictMatch(m, wd=None, d2=None), c)


class _DictMatch(dict):
    """A mapping view of a match with some groups overridden (lets two families share a resolver)."""

    def __init__(self, m: re.Match, **over) -> None:
        super().__init__(m.groupdict())
        self.update(over)

    def __getitem__(self, key):
        return self.get(key)


def _r_my(m: re.Match, c: _Ctx) -> list:
    month = _month_of(c.p, m["m"])
    if m["y"]:
        year, rule = int(m["y"]), "month_year"
    else:
        year = c.published.year + _rel_shift(m["rel"])
        rule = f"month_{m['rel'].lower()}_year"
    if m["m1"]:  # "March-September 2013": the first month takes the year ("December-February 2014": the one before)
        month1 = _month_of(c.p, m["m1"])
        year1 = year - 1 if month1 > month else year
        if m["conn"].strip().lower() == "and" and c.prep != "between":  # "in May and June 2013": two months
            return [
                _cand(_replace(c, end=m.end("m1")), *_whole_month(year1, month1), rule, False,
                      part=_part_of(c.p, m["part1"])),
                _Cand(m.start("part") if m["part"] else m.start("m"), c.end, *_whole_month(year, month), rule, False,
                      part=_part_of(c.p, m["part"]), prep=c.prep),
            ]
        if month1 != month or year1 != year:
            return [_Cand(c.start, c.end, dt.date(year1, month1, 1), _whole_month(year, month)[1], "month_range",
                          False, prep=c.prep)]
    return [_cand(c, *_whole_month(year, month), rule, False, part=_part_of(c.p, m["part"]))]


def _r_mrel(m: re.Match, c: _Ctx) -> list:
    month = _month_of(c.p, m["m"])
    rel = " ".join(m["rel"].lower().split())
    pub = c.published
    if rel in ("next", "this coming"):
        year = pub.year if month > pub.month else pub.year + 1
        rule = "named_month_next"
    elif rel == "this":
        year, rule = pub.year, "named_month_this"
    else:  # last, past, this past: the most recent such month before the publication month ("last July" in an
        # August is the July of the year before: the month just past is "last month"; "this past July" is not)
        year = pub.year if month < pub.month and not (rel == "last" and month == pub.month - 1) else pub.year - 1
        rule = "named_month_last"
    return [_cand(c, *_whole_month(year, month), rule, True)]


def _r_ma(m: re.Match, c: _Ctx) -> list:
    p, pub = c.p, c.published
    month = _month_of(p, m["m"])
    # (a plan's month seen from near publication, due within a season: "agreed that elderly relatives would cross
    # the border on hometown visits in August", in May)
    future = c.is_future() or c.near_ahead(_next_month_day(month, None, pub), _NEAR_AHEAD_MONTH_DAYS)
    pick = _next_month_day if future else resolve_month_day
    rule = "month_future" if future else "month"
    first = pick(month, None, pub)
    part = _part_of(p, m["part"])
    if not m["m2"]:
        return [_cand(c, *_whole_month(first.year, first.month), rule, True, part=part)]
    month2 = _month_of(p, m["m2"])
    second = pick(month2, None, pub)
    conn = m["conn"].strip().lower()
    if conn == "or" and c.prep != "between":  # "in late November or early December": the first month named
        return [_cand(c, *_whole_month(first.year, first.month), rule, True, part=part)]
    if conn == "and" and c.prep != "between":  # "in May and June": two months
        end1 = m.end("m")
        return [
            _cand(_replace(c, end=end1), *_whole_month(first.year, first.month), rule, True, part=part),
            _Cand(m.start("m2"), c.end, *_whole_month(second.year, second.month), rule, True,
                  part=_part_of(p, m["part2"])),
        ]
    if second < first:  # "from November to February": the range ends at the resolved second month
        first = first.replace(year=second.year - (1 if month > month2 else 0))
    start, _ = _whole_month(first.year, first.month)
    _, end = _whole_month(second.year, second.month)
    return [_Cand(c.start, c.end, start, end, "month_range", True, prep=c.prep)]


def _season_span(p: _Patterns, season: str, year: int) -> tuple[dt.date, dt.date]:
    first, last = p.v.seasons[season.lower()]
    start = dt.date(year, first, 1)
    end_year = year + 1 if last < first else year
    return start, _month_end(dt.date(end_year, last, 1))


def _r_season(m: re.Match, c: _Ctx) -> list:
    p, pub = c.p, c.published
    season = m["s"] or m["s2"]
    y = m["y"] or m["y2"]
    if y:
        return [_cand(c, *_season_span(p, season, int(y)), "season_year", False)]
    rel = " ".join(m["rel"].lower().split())
    spans = [_season_span(p, season, y) for y in range(pub.year - 2, pub.year + 2)]
    if rel in ("last", "past", "this past"):
        start, end = max((s for s in spans if s[1] < pub), key=lambda s: s[0])
        rule = "season_last"
    elif rel in ("next", "this coming"):
        start, end = min((s for s in spans if s[0] > pub), key=lambda s: s[0])
        rule = "season_next"
    else:  # this: the season that contains publication, else the one of this calendar year
        containing = [s for s in spans if s[0] <= pub <= s[1]]
        start, end = containing[0] if containing else _season_span(p, season, pub.year)
        rule = "season_this"
    return [_cand(c, start, end, rule, False)]


def _r_decade(m: re.Match, c: _Ctx) -> list:
    y = int(m["y"])
    return [_cand(c, dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade", False,
                  part=_part_of(c.p, m["part"]))]


def _week_monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _r_period(m: re.Match, c: _Ctx) -> list:
    pub = c.published
    unit = m["unit"].lower()
    rel = " ".join(m["rel"].lower().split())
    part = _part_of(c.p, m["part"])
    if rel in ("past", "the past", "the last", "coming", "the coming"):
        delta = {"week": relativedelta(weeks=1), "weekend": relativedelta(weeks=1),
                 "month": relativedelta(months=1), "year": relativedelta(years=1)}[unit]
        if "coming" in rel:
            return [_cand(c, pub, pub + delta, f"coming_{unit}", False, part=part)]
        return [_cand(c, pub - delta, pub, f"past_{unit}", False, part=part)]
    k = _rel_shift(rel)
    if unit == "year":
        start, end = _whole_year(pub.year + k)
    elif unit == "month":
        d = pub + relativedelta(months=k)
        start, end = _whole_month(d.year, d.month)
    elif unit == "week":
        start = _week_monday(pub) + dt.timedelta(weeks=k)
        end = start + dt.timedelta(days=6)
    else:  # weekend: Saturday and Sunday of that Monday-start week
        start = _week_monday(pub) + dt.timedelta(weeks=k, days=5)
        end = start + dt.timedelta(days=1)
    rule = f"{rel}_{unit}"
    if part in ("earlier", "later") and k == 0:
        start, end = (start, pub) if part == "earlier" else (pub, end)
        rule = f"{part}_this_{unit}"
    elif part in ("earlier", "later"):
        part = "early" if part == "earlier" else "late"
    return [_cand(c, start, end, rule, False, part=part)]


def _r_weekend(m: re.Match, c: _Ctx) -> list:
    pub = c.published
    sat = _week_monday(pub) + dt.timedelta(days=5)
    if c.is_future():
        if sat < pub - dt.timedelta(days=1):
            sat += dt.timedelta(weeks=1)
        rule = "weekend_future"
    else:
        if sat > pub:
            sat -= dt.timedelta(weeks=1)
        rule = "weekend"
    return [_cand(c, sat, sat + dt.timedelta(days=1), rule, False)]


_RELDAY = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
           "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
           "the day after tomorrow": 2}


def _r_relday(m: re.Match, c: _Ctx) -> list:
    word = " ".join(m["w"].lower().split())
    k = _RELDAY[word]
    day = c.published + dt.timedelta(days=k)
    rule = {0: "today", -1: "yesterday", 1: "tomorrow", -2: "day_before_yesterday",
            2: "day_after_tomorrow"}[k]
    return [_cand(c, day, day, rule, False)]


def _r_weekday(m: re.Match, c: _Ctx) -> list:
    pub = c.published
    wd = c.p.v.weekday_number[m["wd"].lower()]
    mod = " ".join((m["mod"] or "").lower().split())
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if mod in ("last", "past", "this past"):
        day, rule = pub - dt.timedelta(days=back or 7), "weekday_last"
    elif mod in ("next", "this coming"):
        day, rule = pub + dt.timedelta(days=ahead or 7), "weekday_next"
    elif c.is_future() and mod not in ("earlier",):
        day, rule = pub + dt.timedelta(days=ahead), "weekday_future"
    elif ahead and not mod and c.near_ahead(pub + dt.timedelta(days=ahead), 6):
        # "said Wednesday it would send its delegates back on Friday": the plan's Friday ahead
        day, rule = pub + dt.timedelta(days=ahead), "weekday_future"
    else:
        day, rule = pub - dt.timedelta(days=back), "weekday_past"
    part = mod if mod in ("early", "late") else None
    return [_cand(c, day, day, rule, True, part=part)]


def _r_ago(m: re.Match, c: _Ctx) -> list:
    pub = c.published
    n = _num_of(c.p, m["n"])
    unit = m["unit"].lower().rstrip("s")
    approx = bool(m["approx"])
    same = " ".join((m["same"] or "").lower().split())
    if m["swd"] and unit in ("year", "month"):
        weekday = pub - dt.timedelta(days=(pub.weekday() - c.p.v.weekday_number[m["swd"].lower()]) % 7)
        day = weekday - (relativedelta(years=n) if unit == "year" else relativedelta(months=n))
        return [_cand(c, day, day, f"{unit}s_ago_same_day", False)]
    if unit in ("year", "month") and (same or m["exact"]):
        # "a year ago today", "exactly two years ago": that day; "... ago this month": that month
        back = relativedelta(years=n) if unit == "year" else relativedelta(months=n)
        day = pub - back
        if same == "this month":
            return [_cand(c, *_whole_month(day.year, day.month), f"{unit}s_ago_same_month", False)]
        if same == "this week":
            return [_cand(c, day - dt.timedelta(days=3), day + dt.timedelta(days=3), f"{unit}s_ago_same_week", False,
                          approximate=True)]
        return [_cand(c, day, day, f"{unit}s_ago_same_day", False)]
    if unit == "day":
        day = pub - dt.timedelta(days=n)
        tol = dt.timedelta(days=1 if approx else 0)
        start, end = day - tol, day + tol
    elif unit == "week":
        day = pub - dt.timedelta(weeks=n)
        start, end = day - dt.timedelta(days=3), day + dt.timedelta(days=3)
    elif unit == "month":
        d = pub - relativedelta(months=n)
        start, end = _whole_month(d.year, d.month)
    else:
        years = n * (10 if unit == "decade" else 1)
        start, end = _whole_year(pub.year - years)
    return [_cand(c, start, end, f"{unit}s_ago", False, approximate=approx or unit == "week")]


# "a day before it was due", "four days before they were to begin", "a day before the trains were to run": a
# clause of what was due after "before" names no date of its own; the day it was due is the one told before
_BEFORE_IT_WAS_DUE = re.compile(
    r"\s+(?:it|they|(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:was|were|had\s+been)\s+"
    r"(?:due|set|scheduled|slated|planned|supposed|to)\b", re.IGNORECASE)


# ... when the day it was due was told as a plan's before it ("a test run set for May 25")
_PLAN_DAY_BEFORE = re.compile(r"\b(?:set|planned|scheduled|slated|due)\s+(?:for|on|to\s+[a-z]+(?:\s+on)?)\s", re.I)


def _r_offset(m: re.Match, c: _Ctx) -> list:
    if m["bare"]:  # "Days later": the anchor's month; "months later": its year
        unit = {"days": "month", "weeks": "month", "months": "year"}[m["bare"].lower()]
        return [_Offset(c.start, c.end, 1, unit, 0, "prev", True, False)]
    if m["dir3"]:  # "the day after the summit", "the day before"
        sign = 1 if m["dir3"].lower() == "after" else -1
        # with an object, the date in it anchors it; without one ("were scrapped the day before."), the date before
        has_object = re.match(r"\s+[\w\"\u201c'\u2018]", c.text[c.end : c.end + 3]) is not None
        return [_Offset(c.start, c.end, 1, "day", sign, "next" if has_object else "prev", False, False)]
    if m["unit3"]:  # "that month", "that same day"
        return [_Offset(c.start, c.end, 1, m["unit3"].lower(), 0, "prev", True, False, fine=True)]
    if m["dir2"]:  # "the next day", "the following month", "the same day"
        d = m["dir2"].lower()
        sign = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[d]
        unit = m["unit2"].lower()
        unit = "day" if unit in _DAY_PARTS else unit  # "the next morning": the next day
        return [_Offset(c.start, c.end, 1, unit, sign, "prev", True, False)]
    n = _num_of(c.p, m["n"])
    unit = m["unit"].lower().rstrip("s")
    d = " ".join(m["dir"].lower().split())
    sign = 1 if d in ("after", "later") else -1
    # "a day after the summit on June 12": a preposition with an object, anchored by a date in the object;
    # "..., and a day after, ...": an adverb, anchored by the date before it, like "later" / "earlier".
    has_object = re.match(r"\s+[\w\"“'‘]", c.text[c.end : c.end + 3]) is not None
    if has_object and d == "before" and _BEFORE_IT_WAS_DUE.match(c.text, c.end) and _PLAN_DAY_BEFORE.search(
        c.text, max(0, c.start - 90), c.start
    ):
        has_object = False  # ("called off a day before it was due": the day it was due, told before)
    look = "next" if d in ("after", "before", "prior to") and has_object else "prev"
    return [_Offset(c.start, c.end, n, unit, sign, look, False, bool(m["approx"]))]


def _r_year(m: re.Match, c: _Ctx) -> list:
    text, p = c.text, c.p
    ys = m.start("y")
    if not m["part"] and c.prep is None:
        before = text[max(0, ys - 25) : ys]
        if before[-1:] in "$#€£₩" and before:
            return []
        tok = p.prev_token.search(before)
        if tok and (tok.group(1).lower() in p.v.year_not_after or re.search(r"\d[,.]?$", before)):
            return []
    after = text[c.end : c.end + 25]
    if after[:1] in ("%",) or re.match(r"-\w", after):
        return []
    tok = p.next_token.match(after)
    if tok and tok.group(1).lower() in p.v.year_not_before:
        return []
    y = int(m["y"])
    return [_cand(c, *_whole_year(y), "year", False, part=_part_of(p, m["part"]))]


def _r_holiday(m: re.Match, c: _Ctx) -> list:
    v = c.p.v
    month, day = v.holidays[" ".join(m["h"].lower().split()).replace("\u2019", "'")]
    if m["y"]:
        year, rule, inferred = int(m["y"]), "holiday_year", False
    elif c.is_future():
        year, rule, inferred = _next_month_day(month, day, c.published).year, "holiday_future", True
    else:  # the most recent one ("in his New Year's Day speech", a March article: this January's; a named day is no
        # plan's date to move ahead: "offered to send a team in his New Year's Day speech")
        year, rule, inferred = resolve_month_day(month, day, c.published).year, "holiday", False
    d = dt.date(year, month, day)
    return [_cand(c, d, d, rule, inferred)]


_RESOLVERS = {
    "iso": _r_iso, "yrange": _r_yrange, "md": _r_md, "dm": _r_dm, "my": _r_my, "mrel": _r_mrel,
    "ma": _r_ma, "season": _r_season, "decade": _r_decade, "period": _r_period, "weekend": _r_weekend,
    "relday": _r_relday, "weekday": _r_weekday, "ago": _r_ago, "offset": _r_offset, "year": _r_year,
    "holiday": _r_holiday,
}


# --------------------------------------------------------------------------------------------------
# Post-passes: ranges and anchored offsets
# --------------------------------------------------------------------------------------------------


def _merge_ranges(cands: list[_Cand], text: str, p: _Patterns) -> list[_Cand]:
    """Join "from X to Y", "between X and Y", "X - Y" into one mention spanning both."""
    out: list[_Cand] = []
    for cur in cands:
        prev = out[-1] if out else None
        if prev is not None and _joinable(prev, cur, text, p):
            a_start, a_end = prev.date, prev.date_end
            if prev.year_inferred and not cur.year_inferred and a_start.year != cur.date.year:
                # "Aug. 28-Sept. 2, 2009": the first end takes the year the second states (the year before, when
                # that would put it after the second: "Dec. 28-Jan. 3, 2010")
                year = cur.date.year - (1 if (a_start.month, a_start.day) > (cur.date.month, cur.date.day) else 0)
                try:
                    a_start, a_end = _with_year(a_start, year), _with_year(a_end, year + a_end.year - a_start.year)
                except ValueError:  # (February 29)
                    pass
            if cur.year_inferred and not prev.year_inferred and cur.date.year != a_start.year:
                # "from Aug. 10, 2021, until Oct. 4": the second takes the year the first states (the next year,
                # when that would put it before the first: "from Dec. 28, 2009, to Jan. 3")
                year = a_start.year + (1 if (cur.date.month, cur.date.day) < (a_start.month, a_start.day) else 0)
                try:
                    shift = year - cur.date.year
                    cur = _replace(cur, date=_with_year(cur.date, year),
                                   date_end=_with_year(cur.date_end, cur.date_end.year + shift), year_inferred=False)
                except ValueError:  # (February 29)
                    pass
            if cur.date < a_start and prev.year_inferred:
                step = dt.timedelta(weeks=1) if prev.rule.startswith("weekday") else relativedelta(years=1)
                a_start, a_end = a_start - step, a_end - step
            if (cur.date, cur.date_end) == (prev.date, prev.date_end):
                continue  # "on Oct. 4 last year - exactly a year ago": the same day said twice, no range
            if cur.date >= a_start and cur.date_end >= a_end:
                out[-1] = _Cand(prev.start, cur.end, a_start, cur.date_end, "range",
                                prev.year_inferred or cur.year_inferred, prep=prev.prep)
                continue
        out.append(cur)
    return out


def _joinable(a: _Cand, b: _Cand, text: str, p: _Patterns) -> bool:
    gap = text[a.end : b.start]
    if not p.range_gap.fullmatch(gap):
        return False
    if b.prep is not None and b.prep not in gap.lower():
        return False
    if a.relative_to not in (None, "since") or b.relative_to not in (None, "until"):
        return False
    if gap.strip(" ,\n\t").lower() == "and":
        return a.prep == "between"
    return True


def _sentence_spans(text: str, p: _Patterns) -> list[int]:
    """Start offsets of the sentences of ``text`` (a cheap splitter for anchoring offsets)."""
    starts = [0]
    for m in p.sent_end.finditer(text):
        if m.group().startswith("\n") or not p.abbrev.search(text[max(0, m.start() - 12) : m.start()]):
            starts.append(m.end())
    return starts


_LATER = re.compile(r"\blater\b", re.I)
_NOT_REACHED = re.compile(r"\b(?:before|until|till|by|for|from|to|due(?:\s+on)?)\s+(?:the\s+)?$", re.I)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|then|while)\b|;")
# the verb of a saying right before its day ("officials said on Monday", "the ministry said Tuesday")
_SAID_ON_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){1,3}?|reported|announced)\s+(?:on\s+)?$")


def _resolve_offsets(
    offsets: list[_Offset], cands: list[_Cand], text: str, p: _Patterns, anchor: DateMention | None,
    step_anchor: DateMention | None = None,
) -> list[_Cand]:
    if not offsets:
        return []
    starts = _sentence_spans(text, p)

    def sentence_of(pos: int) -> int:
        return sum(1 for s in starts if s <= pos)

    resolved: list[_Cand] = []
    for o in offsets:
        pool = [c for c in cands + resolved if sentence_of(c.start) == sentence_of(o.start)]
        before = [c for c in pool if c.end <= o.start]
        if o.sign == 0 and len(before) > 1:
            # ("warned on Nov. 12 that it would restrict crossings from December, and the same day it cut ..."): the
            # start of what was announced is no day the story reached
            before = [c for c in before if c.relative_to != "since"] or before
        after = [c for c in pool if c.start >= o.end]
        # "six days later" steps on from the previous sentence's main date (``step_anchor``); "that month" names the
        # last one it told
        outer = step_anchor if step_anchor is not None and not o.fine else anchor
        if outer is not None and (outer.date_end - outer.date).days > 366:
            outer = None  # "in the 1960s. ... The launch came 10 days after ...": a decade steps to no day
        if o.fine:  # "in 1950-53 ... later that month": skip anchors vaguer than the unit
            before = [c for c in before if _fine_enough(c.date, c.date_end, o.unit)]
            if outer is not None and not _fine_enough(outer.date, outer.date_end, o.unit):
                outer = None
        base = None
        if o.look == "next":  # the anchor is in the object of "after" / "before", never behind it
            after = [c for c in after if not _OTHER_CLAUSE.search(text, o.end, c.start)
                     and not _named_in_clause(text, o.end, c)
                     # ("Seoul is still waiting, two days after the talks broke down, officials said on Monday": the
                     # day of the saying past a comma is no date in the object of "after")
                     and not ("," in text[o.end : c.start]
                              and _SAID_ON_BEFORE.search(text, max(0, c.start - 40), c.start))]
            head = max((s for s in starts if s <= o.start), default=0)
            if not text[head : o.start].strip():
                # ("Five days before the cut, Kim warned ... a park idle since 2016": a phrase opening the sentence
                # ends at its comma; the main clause's dates are not its object)
                comma = next((m.start() for m in re.finditer(",", text[o.end :]) if not any(
                    c.start <= o.end + m.start() <= c.end for c in pool)), None)
                if comma is not None:
                    after = [c for c in after if c.start < o.end + comma]
            base = min(after, key=lambda c: c.start) if after else None
            if base is None and any(_APPOSED.fullmatch(text, c.end, o.start) for c in before):
                continue  # "On Oct. 12, four days before the families were to travel, ...": the date told again
        elif before:
            # ("suspended part of the 2018 military agreement ..., and tore up the rest the next day": a year that
            # names the deal is no day to step from)
            named = [c for c in before if not _attributive_year(text, c.start, c.end)]
            # (only such a year before it: the day the sentence before told, when there is one)
            base = max(named or before, key=lambda c: c.end) if named or outer is None else None
            if base is not None and not o.fine and (
                o.sign > 0 or _LATER.search(text, o.start, o.end)
            ) and _NEW_CLAUSE.search(text, base.end, o.start):
                # ("on Jan. 3, 2018, the North reopened the channel that it cut in February 2016, and the military
                # line came back days later": a date told after a later one is a flashback; a new clause steps on
                # from the latest day the story reached)
                # (a day something was set for or came before is no day the story reached: "talks set for June
                # 12-13 were called off on June 11, and ...", "the last talks before Monday")
                later = [c for c in named if c.date > base.date_end and not c.rule.startswith("offset")
                         and not _NOT_REACHED.search(text, max(0, c.start - 16), c.start)]
                if later and not base.rule.startswith("offset"):
                    base = max(later, key=lambda c: c.end)
        if base is not None:
            a_start, a_end, a_inferred = base.date, base.date_end, base.year_inferred
            a_text = text[base.start : base.end]
        elif outer is not None:
            a_start, a_end, a_inferred = outer.date, outer.date_end, outer.year_inferred
            a_text = outer.text
        else:
            continue
        start, end = _shift(a_start, a_end, o)
        cand = _Cand(o.start, o.end, start, end, "offset_after" if o.sign >= 0 else "offset_before",
                     a_inferred, relative_to=a_text, approximate=o.approximate, anchored_before=base is None)
        if o.sign == 0:
            cand.rule = "offset_same"
        resolved.append(cand)
    return resolved


#: Only a comma between a date and an offset phrase: the offset restates that date ("On Oct. 12, four days before
#: the families were to travel")
_APPOSED = re.compile(r"\s*,\s*")
_YEAR_THEN_NOUN = re.compile(r"\d{4}\s+[A-Za-z][\w-]*\b(?![,.;])")


def _attributive_year(text: str, start: int, end: int) -> bool:
    """A year before a noun, after "the" or a possessive: "the 2018 inter-Korean military agreement"."""
    before = text[max(0, start - 5) : start].lower()
    return (before.endswith(("the ", "'s ", "\u2019s ")) and end - start == 4
            and _YEAR_THEN_NOUN.match(text, start) is not None)
#: A relative or new clause between "a day after" and a date: the date is no longer in the object of "after"
#: ("a day after Seoul halted trade, which both sides stopped in 2004").
_OTHER_CLAUSE = re.compile(r"[,;]\s*(?:which|who|whom|where|while|but|whereas)\b|;", re.IGNORECASE)


#: A finite verb: "after" takes a clause ("a day after Seoul suspended ..."), not a noun phrase
_FINITE_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|cut|shut|blew|broke|began|held|met|sent|said|was|were|had|has|made|took|left|put|set|ran|"
    r"fired|threw|tore|drew|gave|won|lost|fell|rose|sank|struck|fought|spoke|wrote|went|came|saw|told)\b"
)
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an|this|that)\s+$", re.IGNORECASE)


def _named_in_clause(text: str, after_end: int, c: _Cand) -> bool:
    """ "a day after Seoul suspended the 2018 military agreement": a date naming a thing inside the clause that
    "after" takes is no anchor of the offset ("a day after the June 15 summit", a noun phrase, keeps it)."""
    if not _ATTRIBUTIVE_BEFORE.search(text, max(0, c.start - 8), c.start):
        return False
    if not re.match(r" [A-Za-z]", text[c.end : c.end + 2]):
        return False
    return _FINITE_VERB.search(text, after_end, c.start) is not None


def _fine_enough(start: dt.date, end: dt.date, unit: str) -> bool:
    """Does the span ``start``-``end`` lie within one ``unit`` (one day, one calendar month)?"""
    if unit == "day":
        return start == end
    return (start.year, start.month) == (end.year, end.month)


_THAT_YEAR = re.compile(r"\b(?:that|the\s+same|that\s+same)\s+year\b", re.IGNORECASE)
_THAT_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b", re.IGNORECASE)
_THAT_YEAR_ALONE = re.compile(
    r"\b(?:(?P<part>later|earlier|early|late|in|during)\s+)?(?:that|the\s+same|that\s+same)\s+year\b",
    re.IGNORECASE,
)


def _that_year(cands: list[_Cand], text: str, anchor: DateMention | None) -> list[_Cand]:
    """ "June 9 that year", "in September that year", "later that year": the year is that of the last
    date with a stated year before it (in the sentence, else the ``anchor``)."""
    out: list[_Cand] = []
    used: set[int] = set()
    for c in cands:
        m = _THAT_YEAR_AFTER.match(text, c.end)
        if m is not None and c.year_inferred:
            year = _stated_year(out, c.start, anchor, text)
            used.add(m.start())
            if year is not None:
                try:
                    start, end = _with_year(c.date, year), _with_year(c.date_end, year)
                except ValueError:
                    start = end = None
                if start is not None:
                    out.append(_replace(c, end=m.end(), date=start, date_end=end, rule=f"{c.rule}_that_year",
                                       year_inferred=False))
                    continue
        out.append(c)
    for m in _THAT_YEAR_ALONE.finditer(text):
        inner = m.start() if m["part"] is None else m.start("part") + len(m["part"])
        if any(u >= inner - 2 and u <= m.end() for u in used) or any(c.start <= m.start() < c.end for c in out):
            continue
        year = _stated_year(out, m.start(), anchor, text)
        if year is None:
            continue
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        part = (m["part"] or "").lower()
        if part in ("later", "late"):
            rule = "that_year_later"
        elif part in ("earlier", "early"):
            rule = "that_year_earlier"
        else:
            rule = "that_year"
        out.append(_Cand(m.start(), m.end(), start, end, rule, False))
    out.sort(key=lambda c: c.start)
    return out


#: a cheap test before the month patterns: "the following", "the next", "the previous" (the months come after)
_DIRECTED_MONTH_HINT = re.compile(r"[Tt]he (?:following|next|previous|preceding) [A-Z]")


def _that_month(cands: list[_Cand], text: str, anchor: DateMention | None, p: _Patterns) -> list[_Cand]:
    """ "in January 2024 and ... that October": the month in the year of the last date with a stated year
    before it (in the sentence, else the ``anchor``); "the following August" ("the previous June"): the first
    such month after (before) that date, the next (previous) year's after a bare year; month precision."""
    out = list(cands)
    for m in p.that_month.finditer(text):
        over = [c for c in cands if c.start < m.end() and m.start() < c.end]
        if over and not ((m["dir"] or m["d"]) and all(c.year_inferred for c in over)):
            continue  # ("the next March" is read as "next March" from the publication: the story's, when it has one)
        told = _stated(cands, m.start(), anchor, text)
        if told is None:
            continue
        month = p.v.month_number[(m["m"] or m["ma"]).lower()]
        year, rule = (told[1] if told[2] else told[0]).year, "that_month"
        if m["dir"]:
            later = m["dir"].lower() in ("following", "next")
            year, rule = told[1 if later else 0].year, "following_month" if later else "previous_month"
            if _precision(told[0], told[1]) == "year" or (month <= told[1].month if later else month >= told[0].month):
                year += 1 if later else -1
        start, end = _whole_month(year, month)
        if m["d"]:
            try:
                start = end = dt.date(year, month, int(re.match(r"\d+", m["d"]).group()))
            except ValueError:
                continue
        out = [c for c in out if c not in over]
        out.append(_Cand(m.start(), m.end(), start, end, rule, False))
    out.sort(key=lambda c: c.start)
    return out


_RESTATED_WEEKDAY = re.compile(r",\s+(?:a|which\s+was\s+a)\s+|\s+\(")


def _drop_restated_weekdays(cands: list[_Cand], text: str) -> list[_Cand]:
    """ "since April 7, a Friday", "on April 7 (Friday)": a weekday restating the day before it is no date of
    its own."""
    out = [cands[0]]
    for c in cands[1:]:
        b = out[-1]
        if (c.rule.startswith("weekday") and b.date == b.date_end and not b.rule.startswith("weekday")
                and _RESTATED_WEEKDAY.fullmatch(text, b.end, c.start)):
            continue
        out.append(c)
    return out


def _that_weekday(cands: list[_Cand], text: str, anchor: DateMention | None, p: _Patterns) -> list[_Cand]:
    """ "... since April 7 (a Friday) ... since that Friday": the last day told before it (in the sentence, else
    the ``anchor``) that fell on that weekday; day precision. Left as a plain weekday when none did."""
    out = list(cands)
    for m in p.that_weekday.finditer(text):
        days = [c.date for c in cands if c.end <= m.start() and c.date == c.date_end]
        if anchor is not None and anchor.date == anchor.date_end:
            days.insert(0, anchor.date)
        days = [d for d in days if d.weekday() == p.v.weekday_number[m["w"].lower()]]
        if not days:
            continue
        day = days[-1]
        out = [c for c in out if not (c.start < m.end() and m.start() < c.end)]
        out.append(_Cand(m.start(), m.end(), day, day, "that_weekday", False))
    out.sort(key=lambda c: c.start)
    return out


# a clause told in a saying of a stated day ("said on March 5 that it would treat the armistice as void from Monday"):
# its weekday counts from that day, not from publication
_REPORTED_THAT = re.compile(r"^\s+that\b[^;:]*$")
_REPORTED_FUTURE = re.compile(r"\b(?:would|will|was\s+to|were\s+to|is\s+to|are\s+to)\b")


def _reported_weekdays(cands: list[_Cand], text: str, published: dt.date, p: _Patterns) -> list[_Cand]:
    """A plain weekday in a clause of what was said on a stated day more than a week before publication: the
    weekday after that day when the clause tells of what was to come, else the one before it (or that day)."""
    out = list(cands)
    for i, w in enumerate(cands):
        if w.rule not in ("weekday_past", "weekday_future") or w.part is not None:
            continue
        said = [c for c in cands[:i] if c.date == c.date_end and not c.rule.startswith(("weekday", "offset"))
                and _SAID_ON_BEFORE.search(text, max(0, c.start - 40), c.start)
                and _REPORTED_THAT.match(text[c.end : w.start])]
        if not said or (published - said[-1].date).days <= 6:
            continue
        day0 = said[-1].date
        wd = p.v.weekday_number[text[w.start : w.end].split()[-1].lower()]
        if _REPORTED_FUTURE.search(text, said[-1].end, w.start):
            day, rule = day0 + dt.timedelta(days=(wd - day0.weekday()) % 7 or 7), "weekday_reported_future"
        else:
            day, rule = day0 - dt.timedelta(days=(day0.weekday() - wd) % 7), "weekday_reported_past"
        out[i] = _replace(w, date=day, date_end=day, rule=rule, relative_to=text[said[-1].start : said[-1].end])
    return out


_STORY_YEAR_RULES = frozenset(("month", "month_day"))
_STORY_GOES_ON = re.compile(r"\b(?:only\s+to|again|then|later|(?:was|were)\s+followed)\b", re.IGNORECASE)
# a stated date set off before the main verb ("The line, cut in February 2016, was working again in July")
_APPOSED_STATED = re.compile(r",\s*(?:was|were|is|are|has|have|had)\b", re.IGNORECASE)
# what came a little before a stated day, told after it: "walked out on March 22, 2019, weeks after the summit
# collapsed in February", "suspended the pact in June 2024, after balloons in late May" (the month before it, not the
# latest before publication)
# how long before: "weeks", "a few days", "shortly ... months"
_SPAN_BEFORE = (r"(?:(?:just|only|shortly|soon|a|an|one|two|three|four|five|six|several|a\s+few|some)\s+)?"
                r"(?:days?|weeks?|months?)")
_CAME_BEFORE = re.compile(
    rf"\s*(?P<comma>,\s*)?(?P<span>{_SPAN_BEFORE}\s+)?(?:after|following)\b"
    r"(?:[^.;:,]|\.(?=\s+\d)|(?<=\b[A-Z])\.|(?<=\d),(?=\d))*$",
    # (past "Jan. 6", "U.S." and "53,000")
    re.IGNORECASE,
)
# the same phrase after the main clause, with how long before ("..., months after Seoul suspended the pact in June")
_CAME_BEFORE_LATER = re.compile(rf",\s*{_SPAN_BEFORE}\s+(?:after|following)\b[^.;:,]*$")
_INCLUDING = re.compile(r"\s*,?\s*(?:including|among\s+them)\b[^.;:]*$", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom)\b", re.IGNORECASE)
# what came after a stated date, told in a "before" gerund right after it: "stalled for seven months in 1989 before
# resuming in October", "In June 1999, ... the tours were halted for six weeks before resuming in August"
_BEFORE_GERUND_END = re.compile(r"\bbefore\s+[a-z]+ing\b[^.;:,]{0,30}$", re.IGNORECASE)


def _next_to(told: list[_Cand], stated: _Cand | DateMention | None, text: str) -> bool:
    """Whether no date but a year naming a thing ("the 2018 pact") was told after ``stated``."""
    return stated is not None and not any(
        o.start >= stated.end and not (o.rule == "year" and _attributive_year(text, o.start, o.end)) for o in told
    )


def _came_before(text: str, stated: _Cand, c: _Cand, next_to: bool = True) -> bool:
    """Is ``c`` told in an "after" phrase right after ``stated``? After a comma, a relative clause's date takes one
    only with how long before ("the lines that the North had cut in June last year, after letters since April":
    "after" goes with the main clause)."""
    m = _CAME_BEFORE.match(text, stated.end, c.start)
    if m is None:
        if not next_to:
            return False
        # or after the main clause (no date between), with how long before: "In October last year it blew up the
        # roads, months after Seoul suspended the pact in June"
        m = _CAME_BEFORE_LATER.search(text, stated.end, c.start)
        return m is not None and _CAME_BEFORE.match(text, m.start(), c.start) is not None
    if m.group("comma") and not m.group("span"):
        clause = re.split(r"[,;:.]", text[: stated.start])[-1]
        # (a clause's first word is no relative: "That line was restored in October last year, after ...")
        return _RELATIVE_WORD.search(clause, len(clause) - len(clause.lstrip()) + 1) is None
    return True


def _with_year(d: dt.date, year: int) -> dt.date:
    """``d`` moved to ``year``; a month's last day stays its last day ("February" ends on the 28th or the 29th)."""
    if d.day >= 28 and d.day == calendar.monthrange(d.year, d.month)[1]:
        return dt.date(year, d.month, calendar.monthrange(year, d.month)[1])
    return d.replace(year=year)


def _story_year(
    cands: list[_Cand], published: dt.date, story: DateMention | None = None, text: str = ""
) -> list[_Cand]:
    """ "It reconnected them in July 2021, went quiet again in August": a month (or month and day) without a
    year that follows a past day or month with a stated year in the same sentence, and would fall later in
    that year, is in that year (the story goes on from it), not in the latest such month before publication
    when that one is in an earlier year than the publication (which would have needed a year of its own).
    ``story`` is such a date of the previous sentence, standing before this one's first date."""
    if len(cands) < (1 if story is not None else 2):
        return cands
    out: list[_Cand] = []
    stated: _Cand | DateMention | None = None
    if story is not None and story.date_end < published and _precision(story.date, story.date_end) != "year":
        stated = story
    for c in cands:
        near = _next_to(out, stated, text)
        if not c.year_inferred and c.rule == "year" and _attributive_year(text, c.start, c.end):
            pass  # a year naming a thing keeps the story's date ("months after Seoul suspended the 2018 pact in June")
        elif not c.year_inferred:
            # a day or a month ("in July 2021"), not a bare year ("the 2018 agreement", "last year") unless it is
            # the time of a clause ("idle for five months in 2013 after the North withdrew its workers in April")
            restated = (stated is not None and _precision(c.date, c.date_end) == "year"
                        and c.date.year == stated.date.year == stated.date_end.year)
            stated = c if c.date_end < published and (
                _precision(c.date, c.date_end) != "year" or c.rule == "year" and c.prep in ("in", "during")
                # ("were suspended for seven months last year before resuming in October")
                or c.rule in ("last_year", "that_year")  # ("idle for five months that year after ... in April")
                or c.rule == "month_range"  # ("March-September 2013 - The North cuts the line in March")
            ) else stated if restated else None
            # (a bare year naming the stated one again keeps it: "In February last year it put off the talks over
            # that year's drills, and the premiers did not meet again until October")
        elif (
            stated is not None
            and c.rule in _STORY_YEAR_RULES
            # (a bare year reaches no month past a comma: "since the peninsula was divided in 1945, began in
            # Seoul in September")
            and not (isinstance(stated, _Cand) and stated.rule == "year" and ", " in text[stated.end : c.start])
            and (
                stated.date_end.year < c.date.year < published.year
                # "March-September 2013 - ... cuts the line in March": a month of a stated range of months
                or _within_range(c, stated)
                # "During the drills in March 2009, the North cut the line on March 9": a day of the stated month
                or c.date.year == published.year and _within_month(c, stated)
                # "on March 22, 2019, weeks after the summit collapsed in February": what came before it
                # ("held three summits last year, including a visit to Pyongyang in September": a part of that time)
                or isinstance(stated, _Cand) and stated.date_end.year < c.date.year
                and (_came_before(text, stated, c, near) or _INCLUDING.match(text, stated.end, c.start) is not None)
                # "stalled in 1989 before resuming in October" (an October 1990 article): October 1989
                or isinstance(stated, _Cand) and stated.date_end.year < c.date.year
                and _BEFORE_GERUND_END.search(text, stated.end, c.start) is not None
                # "restored it in July last year, only to stop answering again in August": a month of the
                # publication's year too when the story goes on from the year before, or from a month of an
                # earlier year in the main clause ("came back in July 2021, went silent again in August", in 2023;
                # not "The line, cut in February 2016, was working again in July", nor after a bare "in 2021")
                or (
                    (stated.date_end.year == published.year - 1 or isinstance(stated, _Cand)
                     and _precision(stated.date, stated.date_end) != "year"
                     and not _APPOSED_STATED.match(text, stated.end))
                    and stated.date_end.year < c.date.year == published.year
                    and isinstance(stated, _Cand)
                    and _STORY_GOES_ON.search(text, stated.end, c.start) is not None
                    and not any(o.date.year == published.year for o in out)  # (the story already reached it)
                )
            )
        ):  # (a month of the publication's own year needs no year: "cut in June 2020 and restored on July 27")
            year = stated.date_end.year
            try:
                start, end = _with_year(c.date, year), _with_year(c.date_end, year)
            except ValueError:
                start = end = None
            if start is not None and start <= stated.date and not _within_range(c, stated) and (
                isinstance(stated, _Cand) and stated.date_end.year < c.date.year and _came_before(text, stated, c, near)
            ):  # ("on March 22, 2019, weeks after the summit collapsed in February": February 2019)
                c = _replace(c, date=start, date_end=end, rule=f"{c.rule}_story_year", year_inferred=False)
            elif start is not None and (start > stated.date or _within_range(c, stated)):
                # (a day of the stated month is told apart: the next sentence's story goes on from it, "The line was
                # reconnected on March 21.")
                kind = "in_stated_month" if c.date.year == published.year and _within_month(c, stated) else "story_year"
                c = _replace(c, date=start, date_end=end, rule=f"{c.rule}_{kind}", year_inferred=False)
                if stated.rule in ("year", "last_year") and kind == "story_year":
                    # the month now states the year past a comma ("shut for five months in 2013 after the North
                    # pulled out its workers in April, and reopened in September": September 2013)
                    stated = c
        out.append(c)
    return out


def _between_year(cands: list[_Cand]) -> list[_Cand]:
    """A month (or month and day) without a year told between a stated date and a later one of the same year, and
    falling between them, is in that year ("came back in July last year, went silent in August and were reconnected
    on Oct. 4")."""
    out = list(cands)
    for i in range(1, len(out) - 1):
        prev, c, nxt = out[i - 1], out[i], out[i + 1]
        if not c.year_inferred or c.rule not in _STORY_YEAR_RULES or prev.year_inferred:
            continue
        year = prev.date_end.year
        if prev.date.year != year or nxt.date.year != year or nxt.date_end.year != year or c.date.year == year:
            continue
        try:
            start, end = _with_year(c.date, year), _with_year(c.date_end, year)
        except ValueError:
            continue
        if prev.date_end <= start and end <= nxt.date:
            out[i] = _replace(c, date=start, date_end=end, rule=f"{c.rule}_between_year", year_inferred=False)
    return out


def _within_range(c: _Cand, stated: _Cand | DateMention) -> bool:
    """Whether a month or day without a year falls in a stated range of months ("March-September 2013")."""
    if stated.rule != "month_range" or stated.year_inferred or stated.date.year != stated.date_end.year:
        return False
    try:
        start, end = _with_year(c.date, stated.date.year), _with_year(c.date_end, stated.date.year)
    except ValueError:
        return False
    return stated.date <= start and end <= stated.date_end


def _within_month(c: _Cand, stated: _Cand | DateMention) -> bool:
    """Whether a day without a year falls in the stated month ("in March 2009 ... on March 9")."""
    return (c.date == c.date_end and _precision(stated.date, stated.date_end) in ("month", "day")
            and c.date.month == stated.date.month)


# "On June 16, 2020, ..., days after cutting all lines on June 9": a clause set days or weeks from a stated date
_NEAR_CLAUSE = re.compile(r"\b(?:days|weeks|hours|a\s+day|a\s+week|\w+\s+days)\s+(?:after|before|earlier|later)\b",
                          re.IGNORECASE)


# "..., less than a month after ...", "weeks before ...": a clause set weeks from a stated month
_NEAR_MONTH_CLAUSE = re.compile(
    r"\b(?:days|weeks|a\s+month|a\s+few\s+weeks|\w+\s+weeks|less\s+than\s+a\s+month|about\s+a\s+month)\s+"
    r"(?:after|before|earlier|later)\b",
    re.IGNORECASE,
)


_OPENING_IN = re.compile(r"\s*(?:[Ii]n|[Bb]y|[Dd]uring)\s+$")


def _opening_year(cands: list[_Cand], text: str) -> list[_Cand]:
    """ "In 2013 the North cut its last military line on March 27": a year opening the sentence gives its year to
    a month and day (or a month) without one later in the same clause (not past a semicolon)."""
    first = cands[0]
    if first.year_inferred or _precision(first.date, first.date_end) != "year" or not _OPENING_IN.fullmatch(
        text, 0, first.start
    ):
        return cands
    out = [first]
    for c in cands[1:]:
        if c.year_inferred and c.rule in ("month_day", "month") and ";" not in text[first.end : c.start]:
            try:
                c = _replace(c, date=_with_year(c.date, first.date.year),
                             date_end=_with_year(c.date_end, first.date.year), rule=f"{c.rule}_opening_year",
                             year_inferred=False)
            except ValueError:
                pass
        out.append(c)
    return out


# "one earlier closure, in 2013, when the North pulled out its workers in April": a year that a "when" clause follows
_YEAR_WHEN = re.compile(r"\s*,?\s+when\b")


_AFTER_PHRASE = re.compile(r"\b(?:after|before)\b[^,;:]*$", re.IGNORECASE)


def _when_clause_year(cands: list[_Cand], text: str) -> list[_Cand]:
    """A stated year followed by a "when" clause gives its year to a month (or a month and day) without one in that
    clause, up to a comma, a semicolon or the next stated year ("survived a closure in 2013, when the North pulled
    out its workers in April": April 2013)."""
    out: list[_Cand] = []
    year: _Cand | None = None
    for c in cands:
        if year is not None and (re.search(r"[;,]", text[year.end + 1 : c.start]) or not c.year_inferred):
            year = None  # (the clause ends at a comma: "since last year, when Seoul cut off trade, and talks broke
            # up in February": this year's February)
        if not c.year_inferred and _YEAR_WHEN.match(text, c.end) and (
            _precision(c.date, c.date_end) == "year"
            # (not a month told in an "after" phrase: "came back on July 27, a year after the North cut them in June
            # 2020, when ..." goes with the main clause)
            or c.date_end.year == c.date.year and not _AFTER_PHRASE.search(text, 0, c.start)
        ):
            year = c
        elif year is not None and c.rule in ("month_day", "month"):
            try:
                y = year.date.year
                moved = _replace(c, date=_with_year(c.date, y), date_end=_with_year(c.date_end, y),
                                 rule=f"{c.rule}_when_year", year_inferred=False)
            except ValueError:
                moved = c
            # (after a month or a day, what led up to it: "since October last year, when the North restored them
            # after ignoring calls from August")
            if _precision(year.date, year.date_end) == "year" or moved.date_end <= year.date_end:
                c = moved
        out.append(c)
    return out


def _near_clause_year(cands: list[_Cand], text: str) -> list[_Cand]:
    """A month and day without a year in a clause set days or weeks from a day with a stated year in the same
    sentence ("On June 16, 2020, the North demolished the office, days after cutting the lines on June 9") is in
    the year that puts it within a month of that day."""
    out: list[_Cand] = []
    stated: _Cand | None = None
    month: _Cand | None = None  # a stated month ("in August 2021, ..., less than a month after ... in late July")
    for c in cands:
        if not c.year_inferred and _precision(c.date, c.date_end) == "day":
            stated = c
        elif not c.year_inferred and c.rule == "month_year":
            month = c
        elif (
            month is not None and (c.year_inferred and c.rule == "month" or c.rule == "month_story_year")
            and _NEAR_MONTH_CLAUSE.search(text, month.end, c.start) is not None
        ):
            # the month within a month or two before (or after) the stated one, in its year or the one next to it
            near = [_with_year(c.date, y) for y in (month.date.year, month.date.year - 1, month.date.year + 1)]
            day = min(near, key=lambda d: abs((d - month.date).days))
            if abs((day - month.date).days) <= 62 and day != c.date:
                end = _with_year(c.date_end, day.year)
                c = _replace(c, date=day, date_end=end, rule="month_near_year", year_inferred=False)
        elif (
            stated is not None and c.year_inferred and c.rule == "month_day" and c.date.year != stated.date.year
            and _NEAR_CLAUSE.search(text, stated.end, c.start) is not None
        ):
            for year in (stated.date.year, stated.date.year - 1, stated.date.year + 1):
                try:
                    day = c.date.replace(year=year)
                except ValueError:
                    continue
                if abs((day - stated.date).days) <= 31:
                    c = _replace(c, date=day, date_end=day, rule=f"{c.rule}_near_year", year_inferred=False)
                    break
        out.append(c)
    return out


# A relative clause giving background ("..., which had been restored in June 2019; in August of that
# year, ..."): its year is not the one "that year" points back to when the main clause names another
_BACKGROUND_CLAUSE = re.compile(r",\s*(?:which|who)\b[^,;.]*$", re.IGNORECASE)


def _stated_year(cands: list[_Cand], pos: int, anchor: DateMention | None, text: str = "") -> int | None:
    told = _stated(cands, pos, anchor, text)
    return None if told is None else told[1].year if told[2] else told[0].year


def _stated(
    cands: list[_Cand], pos: int, anchor: DateMention | None, text: str = ""
) -> tuple[dt.date, dt.date, bool] | None:
    """The last date with a stated year before ``pos`` (in the sentence, else the ``anchor``): its first and
    last day, and whether it was found in the sentence."""
    stated = [c for c in cands if c.end <= pos and not c.year_inferred]
    if text:  # "declared the 2018 military agreement void in November that year": 2018 names the agreement
        named = [c for c in stated if c.rule == "year"
                 and _ATTRIBUTIVE_BEFORE.search(text, max(0, c.start - 8), c.start)
                 and re.match(r" [a-z]", text[c.end : c.end + 2])]
        if len(named) < len(stated):
            stated = [c for c in stated if c not in named]
    main = [c for c in stated if not _BACKGROUND_CLAUSE.search(text[: c.start])]
    if main and text:
        stated = main
    if stated:
        return stated[-1].date, stated[-1].date_end, True
    if anchor is not None and not anchor.year_inferred:
        return anchor.date, anchor.date_end, False
    return None


def _shift(a: dt.date, b: dt.date, o: _Offset) -> tuple[dt.date, dt.date]:
    n = o.n * o.sign
    unit = o.unit
    if unit in ("day", "week"):
        delta = dt.timedelta(days=n * (7 if unit == "week" else 1))
        if a != b and _precision(a, b) != "day" and a.day == 1 and b == _month_end(b):
            # "the next day" after "in November": the month (or year) holding most of the shifted period,
            # not a straddling span that would read as a year
            mid = a + (b - a) / 2 + delta
            if (a.month, b.month) == (1, 12):
                return _whole_year(mid.year)
            if (a.year, a.month) == (b.year, b.month):
                return mid.replace(day=1), _month_end(mid)
        start, end = a + delta, b + delta
        tol = 3 if unit == "week" and o.approximate else 1 if o.approximate else 0
        return start - dt.timedelta(days=tol), end + dt.timedelta(days=tol)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    start, end = a + relativedelta(months=months), b + relativedelta(months=months)
    if o.whole and unit == "year":
        return _whole_year(start.year)[0], _whole_year(end.year)[1]
    return start.replace(day=1), _month_end(end)


# --------------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------------


def find_dates(
    text: str,
    published: dt.date,
    *,
    offset: int = 0,
    anchor: DateMention | None = None,
    year_anchor: DateMention | None = None,
    story: DateMention | None = None,
    step_anchor: DateMention | None = None,
) -> list[DateMention]:
    """Find the date expressions of a text and resolve them against the publication date.

    Parameters
    ----------
    text : str
        A sentence (or any span) of an article.
    published : datetime.date
        Publication date of the article.
    offset : int, default 0
        Added to every ``start`` / ``end`` (pass the sentence's ``char_start`` to get article offsets).
    anchor : DateMention, optional
        A date from earlier in the article (for example the last date of the previous sentence) that
        anchored expressions ("two days later") fall back on when their own sentence has no date.
    year_anchor : DateMention, optional
        The last date with a stated year earlier in the article: "that year" / "the same year" ("June 9
        that year", "later that year") take its year when their own sentence states none before them.
    step_anchor : DateMention, optional
        The previous sentence's main date when it differs from ``anchor`` (not one in an "after" / "since" clause
        behind it): what "six days later" steps on from; "that month" / "that day" still use ``anchor``.
    story : DateMention, optional
        The last date of the previous sentence of the paragraph, when a past day or month with a stated year:
        a later month without a year, before any stated date of this sentence, is in that year ("In July
        2021, ... . In August, ...").

    Returns
    -------
    list of DateMention
        In text order, not overlapping. Anchored expressions with no anchor are left out.

    Examples
    --------
    >>> [(d.text, str(d.date), d.precision) for d in find_dates(
    ...     "In June last year, North Korea cut the hotline.", dt.date(2021, 7, 27))]
    [('June last year', '2020-06-01', 'month')]
    >>> [(d.text, str(d.date), d.rule) for d in find_dates(
    ...     "The lines were restored on Tuesday.", dt.date(2021, 7, 27))]
    [('Tuesday', '2021-07-27', 'weekday_past')]
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    p = _patterns()
    cands: list[_Cand] = []
    offsets: list[_Offset] = []
    for name, fm, prep in _scan(text, p):
        ctx = _Ctx(text, published, p, prep, fm.start(), fm.end())
        try:
            found = _RESOLVERS[name](fm, ctx)
        except (ValueError, OverflowError, KeyError):
            continue  # a date that does not exist ("June 31") or a word the vocabulary lacks
        for f in found:
            if isinstance(f, _Offset):
                offsets.append(f)
                continue
            if f.prep is not None and f.relative_to is None and not f.rule.endswith("range"):
                f.relative_to = p.v.prepositions.get(f.prep)
            cands.append(f)
    cands = _merge_ranges(cands, text, p)
    if len(cands) > 1:
        cands = _drop_restated_weekdays(cands, text)
    # the years "that year" and the story give are settled before offsets step on from them ("in December that
    # year, ... a year later" is December of the next year)
    if _THAT_YEAR.search(text):
        cands = _that_year(cands, text, year_anchor or anchor)
    if "that " in text or "same " in text or "That " in text or _DIRECTED_MONTH_HINT.search(text):
        cands = _that_month(cands, text, year_anchor or anchor, p)
        cands = _that_weekday(cands, text, anchor, p)
    cands = _story_year(cands, published, story, text)
    if len(cands) > 1 and " that " in text:
        cands = _reported_weekdays(cands, text, published, p)
    cands = _near_clause_year(cands, text)
    if len(cands) > 1 and cands[0].rule == "year":
        cands = _opening_year(cands, text)
    if " when" in text and len(cands) > 1:
        cands = _when_clause_year(cands, text)
        if any(c.rule.endswith("_when_year") for c in cands):
            # the story goes on from the clause's month ("shut in 2013, when the North pulled out its workers in
            # April, before it reopened in September": September 2013)
            cands = _story_year(cands, published, None, text)
    if len(cands) > 2:
        cands = _between_year(cands)
    cands += _resolve_offsets(offsets, cands, text, p, anchor, step_anchor)
    cands.sort(key=lambda c: c.start)
    return [
        DateMention(
            start=c.start + offset, end=c.end + offset, text=text[c.start : c.end], date=c.date,
            date_end=c.date_end, precision=_precision(c.date, c.date_end), rule=c.rule,
            year_inferred=c.year_inferred, relative_to=c.relative_to, part=c.part,
            approximate=c.approximate, anchored_before=c.anchored_before,
        )
        for c in cands
    ]


def _key_spans(text: str, p: _Patterns) -> list[tuple[int, int]]:
    """Stretches of ``text`` around key words (months, weekdays, years, 'year', 'ago', 'today'...).

    Every expression contains a key word and starts at most about 40 characters before it, so only
    words in these stretches need to be tried as the start of a date expression. ``str.find`` is used
    because it is many times faster than a regular expression over the whole text.
    """
    hits = []
    for hay, keys in ((text.lower(), p.lower_keys), (text, p.cased_keys)):
        for key in keys:
            i = hay.find(key)
            while i >= 0:
                hits.append(i)
                i = hay.find(key, i + 1)
    if not hits:
        return []
    hits.sort()
    spans: list[tuple[int, int]] = []
    lo, hi = max(0, hits[0] - _BEFORE), hits[0] + _AFTER
    for i in hits[1:]:
        if i - _BEFORE <= hi:
            hi = i + _AFTER
        else:
            spans.append((lo, hi))
            lo, hi = i - _BEFORE, i + _AFTER
    spans.append((lo, min(hi, len(text))))
    return spans


_BEFORE, _AFTER = 40, 12  # _AFTER: the longest key word


def _scan(text: str, p: _Patterns) -> Iterable[tuple[str, re.Match, str | None]]:
    """Yield ``(family, match, preposition)`` for every date expression, left to right, not overlapping.

    At each word near a key word, the families that can start with that word (after an optional
    preposition) are tried in priority order; the first that matches wins and scanning resumes after it.
    """
    done = 0
    dispatch, word_rx, prep_first = p.dispatch, p.word, p.prep_first
    for lo, hi in _key_spans(text, p):
        for w in word_rx.finditer(text, max(lo, done), hi):
            pos = w.start()
            if pos < done or (pos and text[pos - 1].isalnum()):
                continue
            token = w.group()
            low = token.lower()
            if token[0].isdigit() or low in prep_first or token in dispatch or low in dispatch:
                found = _try_at(text, pos, token, p)
                if found is not None:
                    done = found[1].end()
                    yield found


def _families_for(text: str, pos: int, token: str, p: _Patterns) -> tuple[str, ...]:
    """The families worth trying at a word: by the word, refined by the next word after 'the' and
    by the presence of a unit word for counts ("a day", "two weeks")."""
    if token[0].isdigit():
        return p.dispatch.get("0", ())
    low = token.lower()
    names = p.dispatch.get(token, ()) or p.dispatch.get(low, ())
    if not names:
        return names
    if low == "the":
        w = p.word.match(text, p.space_end(text, pos + 3))
        if w is None:
            return ()
        nxt = w.group().lower()
        allowed = p.after_the.get("0" if nxt[0].isdigit() else nxt, ())
        names = tuple(n for n in names if n in allowed)
    elif "ago" in names and not p.unit_near.search(text, pos, pos + 45):
        names = tuple(n for n in names if n not in ("ago", "offset"))
    return names


def _try_at(
    text: str, pos: int, token: str, p: _Patterns
) -> tuple[str, re.Match, str | None] | None:
    if token.lower() in p.prep_first:
        pm = p.prep_rx.match(text, pos)
        if pm is not None:
            body = pm.end()
            w = p.word.match(text, body)
            if w is not None:
                prep = " ".join(pm["prep"].lower().split())
                for name in _families_for(text, body, w.group(), p):
                    fm = p.compiled[name].match(text, body)
                    if fm is not None:
                        return name, fm, prep
    for name in _families_for(text, pos, token, p):
        rx = p.ma_bare if name == "ma" else p.compiled[name]
        fm = rx.match(text, pos)
        if fm is not None:
            return name, fm, None
    return None


_PUBLISHED_LABEL = re.compile(r"(?i)\b(?:first\s+)?(?:published|posted|date)\b\s*:?\s*")


# (also day first: "5 Mar 2014"; with a comma before the year: "9:02am, 4 Mar, 2019", the South China Morning Post)
_HEADER_MAR = re.compile(r"\b(Mar|MAR)(?=[ \t]+\d{1,2}\b|,?[ \t]+\d{4}\b)")
# AP's pages of the 2010s abbreviate every month with a period, May too ("May. 23, 2016 5:14 AM EDT"), and so does
# the JoongAng Daily with the day first ("Published: 08 May. 2024, 17:41")
_HEADER_MAY_DOT = re.compile(r"\b(May|MAY)\.(?=[ \t]+\d{1,2}\b)|(?<=\d[ \t])(May|MAY)\.(?=[ \t]+\d{4}\b)")


def parse_published(s: str) -> dt.date | None:
    """Read a publication date from a header or dateline string.

    Accepts ISO dates ('2021-07-27', '2021-07-27T09:00:00+09:00', '2021/07/27', '2021.07.27'),
    month-day-year ('JUNE 9, 2020 00:36', 'Published: Sep. 29, 2021 at 6:24 PM EDT',
    'October 4, 2021', 'Tue, July 27, 2021') and day-month-year ('27 July 2021', '27 JUL 2021').
    When the string labels one date as published / posted, that one is read; otherwise the first full
    date. A month and year without a day, or no date at all, gives None (a day is never made up).

    Examples
    --------
    >>> parse_published("Published: Sep. 29, 2021 at 6:24 PM EDT")
    datetime.date(2021, 9, 29)
    >>> parse_published("Updated Oct. 5, 2021; first published October 4, 2021")
    datetime.date(2021, 10, 4)
    >>> parse_published("June 2020") is None
    True
    """
    if not s or not s.strip():
        return None
    p = _patterns()
    # in a header a bare "Mar 5, 2020" (axios.com prints "Mar 5, 2020 - World") is March, never the verb
    s = _HEADER_MAY_DOT.sub(lambda m: m[1] or m[2], _HEADER_MAR.sub(r"\1.", s))
    label = _PUBLISHED_LABEL.search(s)
    texts = [s[label.end() :], s] if label else [s]
    for t in texts:
        for name, fm, _ in _scan(t, p):
            if name not in ("iso", "md", "dm") or not fm["y"]:
                continue
            try:
                return dt.date(int(fm["y"]), _month_of(p, fm["m"]) if name != "iso" else int(fm["m"]),
                               _day_of(fm["d"]))
            except (ValueError, KeyError):
                continue
    m = _NUMERIC_DATE.search(s)
    if m is not None:  # "Fri, 05/15/2009 - 22:03": read only when day and month cannot be swapped
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        month, day = (a, b) if b > 12 >= a else (b, a) if a > 12 >= b else (a, b) if a == b else (0, 0)
        try:
            return dt.date(y, month, day)
        except ValueError:
            return None  # "05/06/2009" is May 6 in New York and June 5 in London: never guessed
    m = _DAY_MON_YEAR.search(s)
    if m is not None:  # "16-JAN-1989 08:47:12.05": the stamp of 1980s Reuters newswire copy
        try:
            return dt.date(int(m.group(3)), _MONTH_ABBR.index(m.group(2).lower()) + 1, int(m.group(1)))
        except ValueError:
            return None
    return None


_MONTH_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: Day, abbreviated month and year joined by hyphens ("16-JAN-1989"), as archived newswire copy stamps it
_DAY_MON_YEAR = re.compile(r"(?<![\w-])(\d{1,2})-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(\d{4})(?![\w-])",
                           re.IGNORECASE)
#: A numeric date with the year last ("05/15/2009", "15/05/2009"), read in parse_published when unambiguous
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


# ------------------------------------------------------------------------------------ local publication day
_STAMP_TIME = re.compile(
    r"(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([AaPp])\.?\s?[Mm]\.?)?"
    r"(?:\s*,?\s*(?:\(?\s*)([A-Z]{1,4})(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\b)?"
)


@cache
def _zones() -> tuple[dict[str, object], dict[str, int]]:
    """(time zone abbreviation -> hours or US rule name, dateline place -> hours) from data/dates.yaml."""
    try:
        from .datafiles import safe_loader

        text = resources.files("koreadiplo").joinpath("data/dates.yaml").read_text("utf-8")
        raw = yaml.load(text, Loader=safe_loader())
        zones = {str(k).upper(): v for k, v in (raw.get("time_zones") or {}).items()}
        places = {str(k).lower(): int(v) for k, v in (raw.get("dateline_places") or {}).items()}
    except (OSError, yaml.YAMLError, TypeError, ValueError, AttributeError) as exc:
        raise VocabularyError(f"data/dates.yaml: malformed time zones ({exc})") from exc
    return zones, places


_US_STANDARD = {"us_eastern": -5, "us_central": -6, "us_mountain": -7, "us_pacific": -8}


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _zone_hours(zone: str, day: dt.date) -> float | None:
    value = _zones()[0].get(zone.upper())
    if isinstance(value, str):
        std = _US_STANDARD.get(value)
        if std is None:
            return None
        dst = _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)
        return std + 1 if dst else std
    return None if value is None else float(value)


def local_publication_day(published: dt.date, stamp: str | None, place: str | None) -> dt.date:
    """The day a story was filed at its dateline's place, from the header's time stamp.

    An AP story from Seoul stamped "Updated 9:41 PM EST, January 13, 2024" was written on 14 January in
    Seoul, and its "on Sunday" is that day. The time zone abbreviations and the places are listed in
    ``data/dates.yaml`` (``time_zones``, ``dateline_places``). Without one time and a known zone in
    ``stamp``, or without a listed place, the day is ``published`` unchanged.

    Examples
    --------
    >>> local_publication_day(dt.date(2024, 1, 13), "Updated 9:41 PM EST, January 13, 2024", "Seoul")
    datetime.date(2024, 1, 14)
    >>> local_publication_day(dt.date(2024, 1, 13), "Updated 9:41 AM EST, January 13, 2024", "Seoul")
    datetime.date(2024, 1, 13)
    """
    if not stamp or not place:
        return published
    place_hours = _zones()[1].get(" ".join(place.split()).lower())
    times = list(_STAMP_TIME.finditer(stamp))
    if place_hours is None or len(times) != 1:
        return published
    hh, mm, ampm, zone, sign, oh, om = times[0].groups()
    if zone is None:
        return published
    zone_hours = _zone_hours(zone, published)
    if zone_hours is None:
        return published
    if sign:  # "GMT+9", "UTC-5"
        zone_hours += (1 if sign == "+" else -1) * (int(oh) + int(om or 0) / 60)
    hour = int(hh)
    if ampm:
        if not 1 <= hour <= 12:
            return published
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if hour > 23 or int(mm) > 59:
        return published
    stamp_time = dt.datetime.combine(published, dt.time(hour, int(mm)))
    return (stamp_time + dt.timedelta(hours=place_hours - zone_hours)).date()


def named_occasions() -> list[tuple[tuple[str, ...], dt.date, str]]:
    """Talks known by a place (``named_occasions`` in ``data/dates.yaml``): words, first day of the month, and
    the id of the reference chronology's row."""
    return _patterns().v.named_occasions


def named_occasion_spans(low: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, dt.date]]:
    """Where talks known by a place (:func:`named_occasions`) are named in ``low[start:end]`` (lower-cased text):
    (start, end, first day of the month), in the order of the data file."""
    end = len(low) if end is None else end
    return [(m.start(), m.end(), month) for words, month, _row in named_occasions() for w in words
            for m in re.compile(rf"\b{re.escape(w)}\b").finditer(low, start, end)]
