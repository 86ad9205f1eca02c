"""Merging the mentions of one article into events (rule 6 of :mod:`koreadiplo.events`): :func:`merge_mentions`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .dates import month_part_days
from .mentions import Mention

#: A ``reported`` (undated) mention merges into a dated event only if that event ended this recently (but see
#: `_compatible`: an undated break or restoration that happened joins the dated one of its kind however old).
RECENT_DAYS = 14
_STATUS_FAMILY = {
    "happened": "happened",
    "announced": "intent",
    "planned": "intent",
    "threatened": "threatened",
    "hypothetical": "hypothetical",
    "denied": "denied",
}


# Words marking an action as the same one going on ("also went unanswered", "still unanswered")
# ("Also on Friday, the North lifted ...": another step, not the same one going on)
_GOING_ON = re.compile(
    r"\b(?:also(?!\s+(?:on|in|at|that)\b)|still|again|continued to|"
    r"for (?:a|the) (?:second|third|fourth|fifth|2nd|3rd|4th|5th) "
    r"(?:straight |consecutive )?day|(?:second|third|2nd|3rd) (?:straight |consecutive )?day in a row)\b",
    re.I,
)
# a verb of a state that goes on ("went unanswered again", "did not pick up again"), not a new act ("closed it again")
_STATE_VERB = re.compile(r"answer|respond|reply|pick|silent|dead|quiet|idle", re.I)
# How long after an event its "also" / "still" restatement may come
RESTATED_DAYS = 7


def _countries_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    sa, sb = set(a.split("+")), set(b.split("+"))
    return bool(sa & sb)


def _likely_span(m: Mention) -> tuple[dt.date, dt.date]:
    """The mention's period, a month narrowed to the days its part word leaves likely ("mid-July" is not the
    July 1 of another sentence)."""
    days = month_part_days(m.date_text) if m.date_precision == "month" else None
    if days is None or m.date.month != m.date_end.month:
        return m.date, m.date_end
    return m.date.replace(day=days[0]), m.date.replace(day=min(days[1], m.date_end.day))


class _Group:
    """Mentions merged so far, with the summary `_compatible` needs (so a merge stays linear in the mentions)."""

    __slots__ = ("mentions", "countries", "max_start", "min_end", "max_dated_end", "max_end")

    def __init__(self, m: Mention) -> None:
        self.mentions = [m]
        self.countries: set[str] = set()
        self.max_start: dt.date | None = None
        self.min_end: dt.date | None = None
        self.max_dated_end: dt.date | None = None
        self.max_end = m.date_end
        self._note(m)

    def _note(self, m: Mention) -> None:
        if m.actor_country:
            self.countries.add(m.actor_country)
        self.max_end = max(self.max_end, m.date_end)
        if m.date_precision != "reported":
            start, end = _likely_span(m)
            self.max_start = start if self.max_start is None else max(self.max_start, start)
            self.min_end = end if self.min_end is None else min(self.min_end, end)
            self.max_dated_end = m.date_end if self.max_dated_end is None else max(self.max_dated_end, m.date_end)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self._note(m)


def _refers_back(m: Mention) -> bool:
    """An undated mention that names an event rather than reporting it: a headline, a quotation, a
    nominalisation ("the demolition of the office"), a relative clause ("lifted the curbs that it imposed").
    It joins a dated event of the article however old."""
    return m.date_precision == "reported" and (
        m.section == "title" or m.quoted or m.backref or m.mode in ("nominal", "compound", "relative")
        # "The North has not answered a single call": an undated state of a break the article dates elsewhere (not
        # "did not answer the morning call", today's news)
        or m.action == "not answer" and _STATE_WORD.search(_before_trigger(m) + m.trigger) is not None
    )


# a perfect or a lasting state before a verb of not answering: "has not answered", "have gone unanswered", "has yet to
# reply", "remain unanswered", "still"
_STATE_WORD = re.compile(r"\b(?:has|have|had|hasn't|haven't|hadn't|yet|still|remains?|remained|nobody|no\s+one)\b",
                         re.I)


def _before_trigger(m: Mention) -> str:
    """The few words of the evidence before the mention's trigger."""
    i = m.evidence.find(m.trigger)
    return m.evidence[max(0, i - 40) : i] if i > 0 else ""


def _restates(group: _Group, m: Mention) -> bool:
    """The same action told again (category and channel already match): an undated mention in the sentence
    right after one of the group ("said Tuesday it was severing all relations. It said it would totally
    freeze relations"), or one marked as going on ("calls on Saturday also went unanswered") at most a
    week after the group's latest date."""
    if not all(_countries_agree(c, m.actor_country) for c in group.countries):
        return False
    told = {"happened", "announced", "planned"}  # never a threat, a hypothesis or a denial
    if m.status not in told or any(x.status not in told for x in group.mentions):
        return False
    if m.date_precision == "reported" and m.section != "title":
        return any(x.sentence_id == m.sentence_id - 1 and x.section != "title" for x in group.mentions)
    going = _GOING_ON.search(m.evidence)
    if group.max_dated_end is None or going is None:
        return False
    if going.group().lower() == "again" and not _STATE_VERB.search(m.trigger):
        return False  # "closed it again on March 13": a new closure, not the same one going on
    if any(_STATUS_FAMILY[x.status] != _STATUS_FAMILY[m.status] for x in group.mentions):
        return False  # "met on Wednesday and agreed to meet again on Thursday": a second meeting, not the first

    return group.max_start <= m.date <= group.max_dated_end + dt.timedelta(days=RESTATED_DAYS)


def _merge_key(m: Mention) -> tuple:
    """What two mentions of one event share: the category and the channel; under the catch-all channel
    ``other`` the object class too (tours halted are not property removed)."""
    return m.category, m.channel or m.obj, m.obj if m.channel == "other" else None


def _headline_of(head: Mention, m: Mention, published: dt.date) -> bool:
    """A headline names the body's break or restoration in its own words: the present tense for what was
    announced ("N. Korea suspends tours" over "said it will halt tours"), a line by its kind over "its last
    communication line"; the body's event is today's news or still ahead, and by the same side."""
    return (
        m.section == "title" and head.section != "title" and m.date_precision == "reported"
        and m.category in ("break", "restoration") and m.mode not in ("nominal", "compound", "relative")
        and m.status in ("happened", "announced", "planned") and head.status in ("happened", "announced", "planned")
        and _countries_agree(head.actor_country, m.actor_country)
        and (published - head.date_end).days <= RECENT_DAYS
    )


def _compatible(group: _Group, m: Mention, published: dt.date, loose_headline: bool = False) -> bool:
    head = group.mentions[0]
    # (tried only when no group fits the headline as it reads)
    loose = loose_headline and _headline_of(head, m, published)
    if _merge_key(head) != _merge_key(m) and not (
        loose and head.category == m.category and {head.channel, m.channel} <= _LINE_CHANNELS
        and "hotline" in (head.channel, m.channel)
    ):
        return False
    if any(_two_steps(x, m) for x in group.mentions):
        return False
    if _restates(group, m):
        return True
    if _STATUS_FAMILY[head.status] != _STATUS_FAMILY[m.status] and not loose:
        return False
    if head.category in ("meeting", "cooperation", "criticism", "threat") and head.action != m.action:
        return False
    if not _refers_back(m) and not all(_countries_agree(c, m.actor_country) for c in group.countries):
        return False
    if group.max_start is None:  # nothing dated yet
        return True
    if m.date_rule == "subordinate_offset_approx":  # a rough back-reference joins the precisely dated event
        tol = dt.timedelta(days=366 if m.date_precision == "year" else 62)  # ... if it is roughly that one
        return m.date - tol <= group.min_end and group.max_start <= m.date_end + tol
    if m.date_precision == "reported":
        # (a break or restoration told in the past without date words restates one the article dates, however
        # old: "since the North cut the lines" after "cut the lines in June 2020"; not a call left unanswered,
        # today's news unless told as a state, `_refers_back`)
        return _refers_back(m) or (published - group.max_dated_end).days <= RECENT_DAYS or (
            m.category in ("break", "restoration") and m.section != "title" and m.status == "happened"
            and m.action != "not answer" and all(x.status == "happened" for x in group.mentions)
        )
    # overlaps every dated mention: starts before the earliest end, ends after the latest start
    start, end = _likely_span(m)
    if start <= group.min_end and group.max_start <= end:
        return True
    # "closing their first Red Cross talks in 12 years" (Wednesday) and "The talks, which opened on Tuesday": the
    # talks resumed told by their gap phrase on a day of the same round
    return m.category == "restoration" and (_told_as_first(m) or any(_told_as_first(x) for x in group.mentions)) and (
        abs((m.date - group.max_start).days) <= ROUND_DAYS and abs((group.min_end - m.date_end).days) <= ROUND_DAYS
    )


#: days a round of talks may last: a restoration told by its gap phrase joins one told within them
ROUND_DAYS = 4


def _told_as_first(m: Mention) -> bool:
    """A restoration told by a gap phrase ("their first Red Cross talks in 12 years"), at a day of its own."""
    return m.trigger.lower().startswith("first") and m.date_precision == "day"


# the second of two verbs joined by "and" ("... in April and then withdrew"), with no clause of its own between them
_AND_NEXT_STEP = re.compile(r"(?:,\s*)?\band\s+(?:then\s+|later\s+|\w+ly\s+)?(?:,\s*[\w\s]{1,20},\s*)?$")
_CLAUSE_WORD = re.compile(r"\b(?:since|when|after|before|until|because|which|who|that|while|but|as|not|never)\b",
                          re.I)


def _two_steps(a: Mention, b: Mention) -> bool:
    """Two finite verbs of one sentence with different actions are two steps, not one told twice ("barred South
    Koreans from the park in April and then withdrew its workers"); a participle after them ("..., halting
    production") restates its verb."""
    if not (
        a.sentence_id == b.sentence_id and a.action != b.action and a.mode == b.mode == "active"
        and a.status == b.status == "happened" and not (a.backref or b.backref)
        and not a.trigger.split()[0].lower().endswith("ing") and not b.trigger.split()[0].lower().endswith("ing")
    ):
        return False
    first, second = sorted((a, b), key=lambda x: x.char_start)
    i, j = first.evidence.find(first.trigger), first.evidence.find(second.trigger)
    if i < 0 or j < i + len(first.trigger):
        return False
    gap = first.evidence[i + len(first.trigger) : j]
    return _AND_NEXT_STEP.search(gap) is not None and _CLAUSE_WORD.search(gap) is None


#: channels of a telephone or radio line: "hotline" is the generic one
_LINE_CHANNELS = frozenset({"hotline", "military_line", "red_cross_line"})


def merge_mentions(mentions: Sequence[Mention], published: dt.date) -> list[list[Mention]]:
    """Group mentions of the same event (see the module docstring, rule 6), in order of first mention.

    Dated mentions are grouped first (those marked as going on, "for a second day", after the others);
    undated (``reported``) ones then join the most recent compatible event.
    """
    groups: list[_Group] = []
    order = sorted(
        range(len(mentions)),
        key=lambda i: (
            mentions[i].date_precision == "reported",
            mentions[i].date_rule == "subordinate_offset_approx",
            # "ignored the calls for a second day on Wednesday" in the lead joins Tuesday's event of the body
            _GOING_ON.search(mentions[i].evidence) is not None,
            i,
        ),
    )
    for i in order:
        m = mentions[i]
        cands = [g for g in groups if _compatible(g, m, published)]
        if not cands and m.section == "title":  # "N. Korea suspends tours" over "said it will halt tours"
            cands = [g for g in groups if _compatible(g, m, published, loose_headline=True)]
        if cands:
            max(cands, key=lambda g: g.max_end).add(m)
        else:
            groups.append(_Group(m))
    # a headline that fits no event as it reads names one the body tells with its own date or status ("North Korea
    # asks to delay economic talks" over "has put off economic talks ..."): it joins the event of the same kind and
    # channel that the body tells first
    for g in [g for g in groups if all(x.section == "title" for x in g.mentions)
              and g.mentions[0].category in ("break", "restoration")]:
        key = _merge_key(g.mentions[0])
        body = [h for h in groups if h is not g and _merge_key(h.mentions[0]) == key
                and any(x.section != "title" for x in h.mentions)
                # (never the other side's told with another status: "North Korea will no longer abide by the pact"
                # over Seoul's suspension; a headline's actor is often only the first name it gives)
                and (all(_STATUS_FAMILY[x.status] == _STATUS_FAMILY[h.mentions[0].status] for x in g.mentions)
                     or all(_countries_agree(c, x.actor_country) for c in h.countries for x in g.mentions))]
        if body:  # (the one the body tells first: the lead's news)
            target = min(body, key=lambda h: min(x.sentence_id for x in h.mentions if x.section != "title"))
            for x in g.mentions:
                target.add(x)
            groups.remove(g)
    out = [sorted(g.mentions, key=lambda x: (x.sentence_id, x.char_start)) for g in groups]
    out.sort(key=lambda g: (g[0].sentence_id, g[0].char_start))
    return out


def undated_background(groups: Sequence[list[Mention]]) -> list[bool]:
    """Which merged events are undated background (rule 7 of :mod:`koreadiplo.events`), one flag per group.

    A break or restoration told only as having happened, with no date words in any of its mentions ("The North has
    also severed its channels with the South one by one", "the demolition of the building has closed one more
    door"), in an article that dates some event: the writer dated what the story is about, and the publication day
    would be a made-up date for this one. Its mentions stay in the mentions table; the events table leaves it out.
    An article that dates nothing keeps its undated events (a one-line item, a headline alone: today's news).
    """
    flags = [_undated_happened(g) for g in groups]
    dated = any(any(x.date_precision != "reported" for x in g) for g in groups)
    return [f and dated for f in flags]


def _undated_happened(group: Sequence[Mention]) -> bool:
    return (
        group[0].category in ("break", "restoration")
        and all(x.date_precision == "reported" and x.status == "happened" for x in group)
    )
