"""What the event rules build and share: the :class:`Mention` record, the :class:`SentenceContext` a sentence gets
from the rest of its article, and the word patterns that more than one module of the event rules reads
(:mod:`koreadiplo.events`, its ``event_*`` mixins such as :mod:`koreadiplo.event_pairing`, and the dating rules of
:mod:`koreadiplo.event_dates`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .actions import Form

_FUTURE_STATUSES = {"announced", "planned", "threatened"}

_SETTLED_CATEGORIES = {"break", "restoration", "meeting"}

_WORD = re.compile(r"[\w'\u2019-]+")

_DETERMINERS = frozenset(
    "the a an any its their his her this that these those our previously once long "
    "all already recently now".split()
)

_PREPOSITIONS = frozenset(
    "of with between on against to from for by about at in toward towards over into near "
    "under among amid than via per including like".split()
)

_REL_BEFORE = re.compile(
    r"\b(?:which|that|who)\s+(?:(?:has|have|had|was|were|is|are|been|being|had|did|does|do|not|then|later|"
    r"eventually|finally|quickly|abruptly|also|never|\w+ly)\s+){0,3}"
)

# "which Pyongyang had cut", "that the North blew up": a relative clause with its own subject (an actor or
# a pronoun, checked by the reader) whose object is the antecedent
_REL_SUBJ = re.compile(
    r"\b(?:which|that)\s+((?:[\w'\u2019.-]+\s+){1,4}?)(?:(?:has|have|had|was|were|then|later|eventually|"
    r"finally|abruptly|also|again|first|once|already|itself|themselves|\w+ly)\s+){0,3}$"
)

_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]+)\b")

# between a relative pronoun's antecedent and the pronoun: nothing, a comma, short prepositional phrases or an
# appositive
_REL_GAP = re.compile(
    r"[\s,]*|(?:\s+(?:to|in|at|of|from|with|near|along|across|on|between|inside|over)\s+[\w'\u2019 .-]{1,40}?){1,3}"
    r"[\s,]*"
    r"|\s*,\s*(?:a|an|the|its|their)\s+[\w'\u2019 -]{1,40}?\s*"  # "the park, a joint project that ..."
)

# "Economic talks that opened at Panmunjom last November resumed": a relative clause with its own verb between the
# subject and the verb
_SUBJECT_RELATIVE_GAP = re.compile(r"\s+(?:that|which)\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|en|an|un|ld|et)\s")
# " that Pyongyang cut in 2020 ", " which the North had severed ": a relative clause with a subject of its own
_OBJECT_RELATIVE_GAP = re.compile(
    r"\s*(?:that|which)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+(?:had\s+|has\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?:in|on|at|last|during)(?:\s+(?!to\b)[\w.'\u2019-]+){1,4}){0,2}\s*"
)

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"

# how many people there were, before their noun ("the last seven", "remaining", "11", "Forty-three", "dozens of"):
# shared by the readers of people withdrawn and of people expelled
COUNT_WORDS = (
    r"(?:last|remaining|final|all|\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
    r"(?:-[a-z]+)?|hundreds(?:\s+of)?|dozens(?:\s+of)?)"
)
_BOUNDARY = re.compile(
    r"[;:!?\u2014\u2013]|\s--\s|\s-\s|\b(?:but|while|whereas|although|though|because|when|despite|which|who|"
    r"whom|where|whose|as soon as)\b|,\s*only\s+to\b"  # ", only to go dead again", not "agreed only to meet"
    # "after / before / since / until" open a clause, not when a date follows ("since April")
    # (nor as an adverb ending its phrase: "were scrapped the day before, when ...")
    rf"|\b(?:after|before|since|until)\b(?!\s+(?:(?i:{_MONTHS})|\d|last|early|late|mid|then|that\b|this\b)|\s*[,.;)])",
    re.IGNORECASE,
)

_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)(?!\w)")

# ", which ...," / ", stalled for more than a year,": a phrase between commas after the subject
_PARENTHETICAL = re.compile(
    r",\s*(?:which\b|who\b|where\b|(?:\w+ly\s+)?[a-z]+ed\s+(?:for|since|in|by|after|over)\b)(?:[^,;]|(?<=\d),(?=\d{3}\b))*,"
)

# ", the first official dialogue in four years," / ", held in secret," right before a verb: an appositive or a
# participle phrase between the subject and its verb
_APPOSITIVE_BEFORE = re.compile(
    # ", also run by Hyundai Asan,", ", vice-ministerial meetings at Kaesong in December," (not a phrase of the
    # parties: ", between vice ministers in Kaesong in December 2015,")
    r",\s*(?:(?:also|both|once|still|now|long|jointly|first)\s+)?"
    r"(?:the|a|an|its|their|his|her|which|who|whose|where|(?!(?:between|even|often|when|then)\b)"
    r"[a-z]+(?:ed|en)|held|set|built|run|made|known|seen|kept|cut|put|shut|meant|sent|begun|brought|left|led|"
    r"lost|torn|blown|"
    r"silent|dormant|idle|dead|quiet|empty|vacant|defunct|out\s+of\s+(?:service|use|order|action)|"
    r"home\s+to|"  # (", home to 120 South Korean firms,")
    r"due|scheduled|planned|expected|[a-z]+-[a-z]+(?=\s+[a-z]+s\b)|[a-z]+(?:ial|al)(?=\s+[a-z]+s\b))\b"
    r"(?:[^,;:\"\u201c\u201d]|(?<=\d),(?=\d{3}\b)|(?<=\d),(?=\s\d{4}\b)){0,120},\s*$"
    # (a figure's comma: "50,000 workers"; a full date's: "which opened on Aug. 30, 1972,")
)

_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|been|being|be|not|never|also|already|would|will|could|may|might|did|does|do"
    r"|(?:didn|doesn|don|won|wouldn|hasn|haven|wasn|weren)['\u2019]t|partially|fully|quietly|briefly|finally|"
    r"formally|officially|temporarily|eventually|again|later|then|"
    # ("..., used by the park, was last reconnected in 2013": an adverb of time or manner after the auxiliary)
    r"last|first|once|still|just|only|abruptly|suddenly|completely|largely|effectively|unilaterally|permanently|"
    r"indefinitely|repeatedly|virtually|initially|originally|previously|recently|reportedly))+\s*$"
)

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {"a": 1, "an": 1}


_PP_END = re.compile(
    r"\s(?:along|across|near|at|on|to|from|in|into|over|inside|within|beyond|around)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w.-]+(?:'s|\u2019s)\s+)?$"
)

_SUBORDINATE = re.compile(r"\s(?:after|because|when|since|as|before|while)\s")

_LINE_CLASSES = ("hotline", "military_line", "red_cross_line")


@dataclass
class Mention:
    """One mention of an event in one sentence (offsets in the article text)."""

    category: str
    status: str
    action: str
    channel: str | None
    obj: str
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    trigger: str
    char_start: int
    char_end: int
    actor: str | None = None
    actor_country: str | None = None
    target: str | None = None
    target_country: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str = "reported"
    date_text: str | None = None
    date_rule: str | None = "reported"
    section: str = "lead"
    sentence_id: int = 0
    evidence: str = ""
    paragraph: int = 0
    mode: str = ""  # how the verb found its object: active, passive, intransitive, nominal, implicit ...
    quoted: bool = False  # the trigger stands inside quotation marks
    backref: bool = False  # in a clause opened by "since" / "after" ("since the Hanoi talks broke down")

    def take_date(self, d: Any, rule: str | None = None) -> None:
        """Date this mention by the date mention ``d`` (its period, precision, words and rule, or ``rule``)."""
        self.date, self.date_end, self.date_precision = d.date, d.date_end, d.precision
        self.date_text, self.date_rule = d.text, d.rule if rule is None else rule


@dataclass
class SentenceContext:
    """What a sentence needs from the rest of the article."""

    published: dt.date
    section: str = "lead"
    sentence_id: int = 0
    paragraph: int = 0
    evidence: str | None = None
    prev_date: tuple | None = (
        None  # (date, date_end, precision, text) of the previous sentence, same paragraph
    )
    prev_subject: Any = None  # Actor
    chronology: Any = None
    is_title: bool = False
    anchor: Any = None  # last DateMention of the previous sentence ("that month")
    # the previous sentence's last date outside a flashback or an "after" / "since" clause ("six days later")
    step_anchor: Any = None
    prev_text: str | None = None  # the previous sentence (what "they" / "them" may stand for)
    earlier_text: str | None = None  # the sentence before that ("The date passed": a day proposed two sentences back)
    year_anchor: Any = None  # last DateMention with a stated year in the article ("that year")
    reference: dt.date | None = None  # the day relative dates resolve against (Article.reference_date)
    last_line: str | None = None  # object class of the last line the article named before this sentence
    last_lines: tuple = ()  # the line classes of the last sentence that named more than one line ("either line")
    # the line classes the previous sentence stood for without naming them ("The lines have gone dead before.",
    # "The North cut all of them in June 2020."): what "them" / "they" in this one stands for
    prev_lines: tuple = ()
    story_date: Any = None  # last DateMention of the paragraph so far when a past day or month with a stated year
    # the day an entry of a "today in history" list tells of ("2021 -- North Korea restores the lines" under "Oct.
    # 4"): its leading year means that day, and the entry's other dates resolve against it
    entry_day: dt.date | None = None
    # the date a timeline entry opens with ("March 9, 2009 - The North cuts the line. It reconnects it on March
    # 21."): its year is that of the entry's dates that give none
    entry_lead: dt.date | None = None
    # the entry stands under a year heading ("2003" over "February -- ..."): all its dates are in that year
    entry_headed: bool = False
    # the sentence opens on the occasion told just before ("At that meeting, Kim agreed to ..."): what it tells
    # without date words happened, was agreed or was planned on that occasion's date (``prev_date``)
    occasion: bool = False

    @property
    def today(self) -> dt.date:
        """The day relative dates resolve against: ``reference``, or the publication day."""
        return self.reference or self.published


@dataclass(slots=True)
class _Trig:
    start: int
    end: int
    text: str
    form: Form
    suppressed: bool = False


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def find_date_mentions(
    text: str, published: dt.date, offset: int = 0, anchor=None, year_anchor=None, story=None, step_anchor=None
) -> list:
    """Date mentions of :func:`koreadiplo.dates.find_dates` (empty when that module is unavailable)."""
    try:
        from .dates import find_dates
    except ImportError:  # pragma: no cover - dates.py ships with the package
        return []
    return list(find_dates(text, published, offset=offset, anchor=anchor, year_anchor=year_anchor, story=story,
                           step_anchor=step_anchor))

