"""Tokens of the statement reader: the token, the tokenizers and the word sets the rules share."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .quotes import Quote

_QMASK = "\ue000"
_TOKEN_RE = re.compile(r"\ue000+|[\w\u00c0-\u024f](?:[\w\u00c0-\u024f\-'\u2019]|\.(?=\w))*\.?|[^\w\s]")
_ABBREV = {
    "gen.",
    "lt.",
    "col.",
    "sen.",
    "rep.",
    "dr.",
    "mr.",
    "ms.",
    "mrs.",
    "jr.",
    "st.",
    "amb.",
    "gov.",
    "maj.",
    "capt.",
    "sgt.",
    "adm.",
    "prof.",
    "u.s.",
    "u.n.",
    "n.",
    "s.",
    "d.c.",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "vs.",
    "corp.",
    "co.",
    "inc.",
    "ltd.",
}
_PREPOSITIONS = {
    "in",
    "on",
    "at",
    "during",
    "through",
    "via",
    "to",
    "after",
    "before",
    "while",
    "from",
    "with",
    "by",
    "for",
    "over",
    "following",
    "amid",
    "ahead",
    "late",
    "early",
    "near",  # "a resident of Ganghwa Island, near the border, told ..."
    "outside",
    "inside",
    "along",
}
_AUXILIARIES = {
    "would",
    "will",
    "could",
    "should",
    "might",
    "must",
    "may",
    "can",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "did",
    "does",
    "do",
    "plans",
    "planned",
    "intends",
    "wants",
}
_DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "both", "all"))
_CLAUSE_STARTS = frozenset(("that", "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "there", "this"))
_WEEKDAYS_MONTHS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "sep.",
    "oct.",
    "nov.",
    "dec.",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "today",
    "yesterday",
    "last",
    "this",
    "earlier",
    "later",
}
#: A time measure ("Four days later", "A day earlier", "Two weeks after"): counting words, a unit, a relation word
_TIME_COUNTS = frozenset(
    "a an the one two three four five six seven eight nine ten eleven twelve few several some many couple of next "
    "same following previous that this".split()
)
_TIME_UNITS = frozenset(
    "minute minutes hour hours day days week weeks month months year years decade decades moment moments night "
    "nights morning afternoon evening".split()
)
_TIME_RELATIONS = frozenset("later earlier ago afterward afterwards after before".split())
_CLAUSE_LINKS = frozenset(("and", "but", "while", "though", "although", "whereas"))
#: A time phrase between a reporting verb and its "that": "the same day", "the next morning", "that evening"
#: the nouns that end a phrase of a day ("the next morning", "that week")
_DAY_PHRASE_ENDS = frozenset("day morning afternoon evening night week".split())
_DAY_PHRASE = frozenset("the same next following previous that this".split()) | _DAY_PHRASE_ENDS
_LISTENER_STOP = frozenset(_PREPOSITIONS | _AUXILIARIES | _CLAUSE_STARTS)
#: Verbs whose listener may pass the words on, or whose clause a closing attribution reports (_told_reported)
_TOLD = frozenset(("told", "tells", "tell", "informed", "notified"))
#: a verb of speech that is part of a name when capitalised ("the United States said")
_NAME_PART_VERBS = frozenset(("states",))
# a finite auxiliary or modal opens a clause: "..., said the two sides should meet" has no inverted speaker
_FINITE_AUX = frozenset(
    "should would will must could can may might shall had has have was were is are did do does".split()
)
_NOT_NEWLINE = re.compile(r"[^\n]")


class _Tok:
    """One token: its text, its offsets in the article and its lowercase form (computed once)."""

    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start  # offset in the article
        self.end = end
        self.low = text.lower()

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Tok)
            and (self.text, self.start, self.end) == (other.text, other.start, other.end)
        )

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"_Tok(text={self.text!r}, start={self.start}, end={self.end})"

    @property
    def is_quote(self) -> bool:
        return self.text.startswith(_QMASK)

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        t = self.text
        for suffix in ("'s", "\u2019s"):
            if t.endswith(suffix):
                return t[: -len(suffix)]
        if t.endswith(("s'", "s\u2019")):
            return t[:-1]
        return t


def _tokens(text: str, start: int, end: int, shift: int = 0) -> list[_Tok]:
    """Tokens of text[start:end]; their offsets are moved by ``shift`` (to give offsets in the article)."""
    out = []
    append = out.append
    for m in _TOKEN_RE.finditer(text, start, end):
        t = m.group()
        a, b = m.span()
        if (
            len(t) > 1
            and t[-1] == "."
            and t.lower() not in _ABBREV
            and not (len(t) == 2 and "A" <= t[0] <= "Z")
            and "." not in t[:-1]
        ):
            t, b = t[:-1], b - 1
            append(_Tok(t, a + shift, b + shift))
            append(_Tok(".", b + shift, b + 1 + shift))
            continue
        append(_Tok(t, a + shift, b + shift))
    return out


def _masked_tokens(text: str, start: int, end: int, quotes: Sequence[Quote]) -> list[_Tok]:
    """Tokens of text[start:end] with the quoted characters masked (offsets stay those of the article)."""
    region = text[start:end]
    for q in quotes:
        a, b = max(q.start, start) - start, min(q.end, end) - start
        if a < b:
            region = region[:a] + _NOT_NEWLINE.sub(_QMASK, region[a:b]) + region[b:]
    return _tokens(region, 0, len(region), start)


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _clause_ids(toks: Sequence[_Tok]) -> list[int]:
    """A clause number per token: a new clause starts after ", and" / ", but" / ", though" / ";"."""
    out, cid = [], 0
    for k, t in enumerate(toks):
        if t.text == ";" or (t.text == "," and k + 1 < len(toks) and toks[k + 1].low in _CLAUSE_LINKS):
            cid += 1
        out.append(cid)
    return out


def _time_measure(toks: Sequence[_Tok]) -> bool:
    """The tokens are a time measure, never a speaker: "Four days later", "A day earlier", "Days later", "Two weeks
    after the vote" (counting words, a unit, then a relation word and its object)."""
    p = 0
    while p < len(toks) and (toks[p].low in _TIME_COUNTS or toks[p].text[:1].isdigit()):
        p += 1
    return p + 1 < len(toks) and toks[p].low in _TIME_UNITS and toks[p + 1].low in _TIME_RELATIONS
