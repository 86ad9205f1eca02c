"""Gaps of the event sentence reader: talks or reunions after a gap ("the first talks in two years") resumed."""

from __future__ import annotations

import re
from dataclasses import replace

from .actions import Form
from .dates import _month_end, named_occasion_spans
from .event_dates import _FROM_BEFORE, _days_of_one_event, _next_occurrence
from .event_status import TOOK_UNTIL_TO
from .event_works import has_work_begun
from .mentions import _FUTURE_STATUSES, Mention, _Trig, _words, find_date_mentions

# what a place names when it names talks ("the Hanoi summit", "the talks in Hanoi", "the Hanoi breakdown")
_OCCASION_NOUN = re.compile(r"\b(?:summit|talks|meeting|breakdown|collapse|negotiations)\b")

# Talks or reunions after a gap: "the first (formal) talks in more than two years", "... since 2018"
_GAP_OBJECTS = frozenset({"talks", "reunions"})
# talks that met and ended without agreement: after a gap they resumed too ("the first talks in two years ended
# without progress"; not "broke down", which the golds leave a break alone)
_HELD_THEN_ENDED = frozenset({"end without a deal"})
# ", the first ...", ", their first ...": an appositive opens
_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|their|its)\s+$")
_FIRST_BEFORE = re.compile(r"\b(first|highest-level)\s+(?:[\w-]+\s+){0,3}$")
# rounds of shells, not of talks ("fired more than 290 rounds")
_FIRED_ROUNDS = re.compile(r"(?:\bfired\b[^.;]{0,30}?|\d)\s*$")
# "in (more than) two years", "in 15 months": the span of a gap
_IN_SPAN = (
    r"in\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many)\s+"
    r"(?:and\s+a\s+half\s+)?(?:years?|months?|decades?)"
)
_GAP_AFTER = re.compile(rf"(?:\s+[\w'-]+){{0,8}}?\s+(?:{_IN_SPAN}|since)\b")
_EVER_SINCE = re.compile(r"\s+(?:the\s+)?(?:(?:1950|1953|1945|1950-53|1950-1953)\b|(?:korean\s+)?war\b|division\b|"
                         r"armistice\b|end\s+of\s+the\s+(?:korean\s+)?war\b|peninsula\s+was\s+divided)"
                         r"|\s+(?:[\w'.\u2019-]+\s+){1,4}?(?:took\s+(?:office|power)|assumed\s+office|came\s+to\s+power"
                         r"|was\s+(?:inaugurated|sworn\s+in|elected))\b")
# "..., the first (such meeting) in two years", "were the first Red Cross talks since ...": a gap phrase that says
# what it follows (a meeting named before it) was a resumption
# (", their first since February last year": the possessive too; ", the committee's first since ...": a noun's, with
# "first" alone, not "the pair's first meeting since", "Seoul's first official chance since")
_GAP_PHRASE = re.compile(
    rf"\b(?:(?:the|their|its)\s+first\b(?:\s+[\w'-]+){{0,6}}?|(?:the\s+)?[\w-]+['\u2019]s\s+first)\s+"
    rf"(?:{_IN_SPAN}|since)\b"
)
# "at the North's Mount Kumgang resort": a place named after "at", not an object the phrase could follow
_AT_PLACE_BEFORE = re.compile(r"\bat\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}$")
# "in Kaesong", "at a hotel in Kaesong": the city where something was held, named after "in"
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:(?:north's|north\s+korean|border)\s+)?(?:city\s+of\s+)?$")
# a meeting set for a day, the object of "set" ("have also set family reunions for ...")
# (not the occasion of the arranging: "The event was arranged at Red Cross talks in late August, the first in ...")
_SET_BEFORE = re.compile(
    r"\b(?:set|scheduled|arranged|fixed)\s+(?:(?:the|a|an|their|its|new)\s+)?"
    r"(?:(?!(?:at|in|on|for|by|during|after|before|with)\b)[\w-]+\s+){0,2}$"
)
# two days of one meeting ("on Tuesday and Wednesday", "from Monday to Wednesday")
_DAY_PAIR = re.compile(r"\s+(?:and|to|through)\s+")
# a second gap phrase joined to the first by "and" ("the first X since ..., and the first Y since ...")
_AND_NEXT_GAP = re.compile(r"[^;:]{0,120}?,?\s+and\s+")
# what joins a meeting to the gap phrase that follows it: a copula ("The talks ... were the first ..."), an
# apposition ("held talks on Tuesday, the first ...") or "marking / in" ("met on Friday in the first ...")
_GAP_LINK = re.compile(r"(?:\b(?:was|were|is|are|marking|marked|marks|in)|,)\s+$")
# (past a phrase of place and a day: "met at the truce village of Panmunjom on March 2 for the first time in 21
# months", "met at Mount Kumgang in August, for the first time in nearly three years"; not past another clause)
_FIRST_TIME_AFTER = re.compile(
    r"(?:\s+(?!(?:but|while|when|after|before|as|because|which|who|that)\b)[\w'.-]+){0,12}?,?"
    rf"\s+for\s+the\s+first\s+time\s+(?:{_IN_SPAN}|since\s+(?!the\s+(?:korean\s+)?war|the\s+1950))"
)
# "did not sit down together until June, 13 months after their previous meeting": a meeting after a gap
_AFTER_LAST_MEETING = re.compile(
    r"(?:\s+[\w'.-]+){0,6}?,?\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:months?|years?)\s+after\s+(?:their|the|its)\s+"
    r"(?:previous|last|prior)\s+(?:meeting|talks|round|session|encounter)\b"
)
# A verb that ends a break named by a noun: "end a 10-month freeze in dialogue", "lifted the suspension of tours"
_ENDED_BREAK = re.compile(
    r"\b(?:end|ends|ended|ending|lift|lifts|lifted|lifting|thaw|thawed|resolve|resolved|break|broke|breaking|"
    r"drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|call\s+off|calls\s+off|called\s+off)\s+"
    # (not "ended in deadlock", "broke up in a stalemate": how the talks ended)
    r"(?:(?:a|an|the|its|their|this|that)\s+)?(?:(?!in\b)[\w-]+\s+){0,3}?"
    r"(?:freeze|suspension|halt|hiatus|closure|shutdown|boycott|impasse|stalemate|deadlock|standoff|ban)\b"
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$")
# ... and a break named by a noun that ends: "the freeze ended only last month with vice-ministerial talks"
_BREAK_ENDED = re.compile(
    r"\b(?:freeze|suspension|hiatus|boycott|impasse|stalemate|deadlock|standoff)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ended|ends|end|was\s+lifted|were\s+lifted|came\s+to\s+an\s+end)\b"
)
# "talks on the nuclear standoff ended": the break noun is the topic of a phrase, not the subject
_TOPIC_BEFORE = re.compile(r"\b(?:on|over|about|of)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$")
# ", ending a freeze of about nine months": the meeting named before ended a break
_ENDING_A_BREAK = re.compile(
    r"(?:\s+[\w.]+){0,4}?,\s+(?:ending|breaking)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:freeze|hiatus|pause|stalemate|suspension|"
    r"break|impasse|standoff)\b"
)
# "did not meet again until March", "are not held again until August 2002": a meeting that ended a gap
_NOT_AGAIN_UNTIL = re.compile(r"\b(?:not|never)\s+(?:[\w-]+\s+){0,2}?(?:meet|met|held|hold|convene|convened)$")
_UNTIL_AFTER = re.compile(r"\s+again\s+(?:[\w.-]+\s+){0,3}?until\b")
# "opened Friday after a delay of nearly two weeks", "met on Monday after a two-month postponement", "sat down together
# again on May 28, after a pause of six months"
_AFTER_A_DELAY = re.compile(
    r"(?:\s+[\w.'\u2019-]+){0,6}?,?\s+after\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:delay|postponement|hiatus|pause|lull|freeze|suspension|gap)\b"
)
# "The freeze ended in May, when vice ministers met in Kaesong", "the freeze began to thaw last month, when ...": a
# meeting in the "when" clause of a break that ended
_THAW_WHEN = re.compile(
    r"(?:\b(?:freeze|suspension|hiatus|stalemate|deadlock|standoff|impasse)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ended|thawed|began\s+to\s+thaw|started\s+to\s+thaw|came\s+to\s+an\s+end|was\s+broken)\b"
    # ("... and stayed frozen until late February, when the 20th round was held")
    r"|\b(?:stayed|remained|was|were)\s+(?:frozen|suspended|stalled|on\s+hold)\s+until\b)"
    r"[^.;:]{0,40}?,?\s+when\s+(?:[\w'\u2019-]+\s+){0,4}$"
)
# "the delayed 10th round opens", "The postponed high-level talks finally took place"
_DELAYED_BEFORE = re.compile(
    r"\b(?:delayed|postponed|rescheduled)\s+(?:[\w-]+\s+){0,3}?(?:round|talks|session|meeting)\b"
)
# "The weekly meeting has not been held since Feb. 22", "the co-heads have not met since February", "the two sides
# have not held talks since ...", "the generals have not met since June last year", "the committee has not met in full
# session since June 1973": talks that stopped on that day and stay stopped, a break then (as "has not answered
# since Friday" is for a line)
# (also "have not sat down together since Feb. 22", "have not met face to face since 1992", "has not met again at that
# level since")
_NOT_MET_SINCE = re.compile(
    r"\b(?:ha(?:s|ve|d)\s+(?:not|never)|ha(?:s|ve|d)n['\u2019]t)\s+(?:been\s+)?"
    r"(?:held|met|convened|taken\s+place|sat\s+down(?:\s+together)?)"
    r"(?:\s+(?:any\s+|a\s+|their\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meetings?|negotiations))?"
    r"(?:\s+(?:again|together|face\s+to\s+face|in\s+person|formally|at\s+(?:that|this)\s+level))*"
    r"(?:\s+in\s+(?:full|plenary)\s+session)?\s+since\s+"
)
_NO_TALKS_HELD = re.compile(
    # ("no talks have been held since", "No weekly meeting has taken place since late February")
    r"\bno\s+(?:[\w-]+\s+){0,3}(?:talks|meetings?|negotiations)\s+ha(?:s|ve)\s+(?:been\s+held|taken\s+place)"
    r"\s+since\s+"
    # ("Of the four subcommittees, none has met since January", "none of the subcommittees has met since")
    r"|\bnone\s+(?:of\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,2}?(?:subcommittees|committees|panels|"
    r"commissions|working\s+groups))\s+)?ha(?:s|ve)\s+(?:been\s+held|met|convened|taken\s+place)\s+since\s+"
)
# ", which" ending the boundary before a relative clause
_WHICH_BOUNDARY = re.compile(r",\s*which")
# how far after "since" its date may stand, past the last sitting named ("since a third round in Beijing in June")
_SINCE_DATE_REACH = 60
_LAST_SITTING = re.compile(r"\b(?:session|round|meeting|talks)\b")
# the liaison office's two heads and their weekly meeting
_CO_HEADS = re.compile(r"\bco-(?:heads|chiefs)\b|\bweekly\s+meetings?\b")
# who or what did not meet: talks or a meeting, the people who hold them, or a joint body ("the joint committee that
# runs the complex has not met since June")
# ("the two Red Cross societies have not met since July", "the two Koreas did not meet on Thursday")
_MEETING_NOUN = re.compile(
    r"\b(?:talks|meetings?|negotiations|dialogue|sessions?|rounds?|co-heads|co-chiefs|chiefs|heads|delegates|"
    r"negotiators|sides|envoys|leaders|(?:sub)?committees?|commissions?|generals|governments|ministers|premiers|"
    r"officers|delegations|societies|none|koreas)\b"
)
# who has not met since a day: those, or a pronoun or "the two" for them, a panel, a conference, the two militaries
# ("It has not met since June last year", "The full Red Cross conference has not met since July 1973")
_NOT_MET_SUBJECT = re.compile(
    _MEETING_NOUN.pattern + r"|\b(?:panels?|conferences?|militaries|working\s+groups?|it|they|the\s+two)\b"
)
# families or relatives as the ones who met after a gap: the reunions resumed, no talks
_FAMILIES_MET = re.compile(r"\b(?:famil(?:y|ies)|relatives)\b")
# relatives who have not met are families kept apart, no talks ("relatives they have not met since the war"; not
# "talks on families divided by the war")
_KIN = re.compile(r"(?<!\bon\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bdivided\s)(?<!\bseparated\s)"
                  r"\b(?:relatives?|famil(?:y|ies)|kin|siblings?|brothers?|sisters?|sons?|daughters?|parents?)\b")
# "did not meet", "was not held", "have not been held": the negation before a meeting's verb
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:(?:did|was|were|has|have|had)\s*(?:\s+not|n['\u2019]t)\s+(?:been\s+)?|failed\s+to\s+)$"
)
# "did not hold their weekly meeting": the negation before the verb of a trigger that holds its object
_NOT_HOLD_BEFORE = re.compile(r"\b(?:did\s*(?:\s+not|n['\u2019]t)|failed\s+to)\s+$")
# "did not meet in November as planned": the month of a meeting that was due and did not take place
_AS_PLANNED_AFTER = re.compile(r"\s*,?\s+as\s+(?:planned|scheduled|agreed|promised|expected)\b")
# ... within the meeting's clause, after its place and day ("did not open in Kaesong on Wednesday as planned")
_AS_PLANNED_IN_CLAUSE = re.compile(r"[^.;:,\n]{0,70}?\s+as\s+(?:planned|scheduled)\b")
_CLAUSE_WORD = re.compile(r"[,;:]|\b(?:since|that|which|who|when|after|before|because|while|as|until)\b")
# (not the full stop of a month's abbreviation: "Feb. 25 passed with no meeting")
_BOUNDARY_BEFORE = re.compile(
    r"[;:]|,\s*(?:and|but|while|as|although|though|which)\b"
    r"|(?<!\bjan)(?<!\bfeb)(?<!\bmar)(?<!\bapr)(?<!\baug)(?<!\bsep)(?<!\bsept)(?<!\boct)(?<!\bnov)(?<!\bdec)\.\s"
)
_ADJUNCT_FIRST = re.compile(
    r",\s*(?:in|at|during|wrapping\s+up|winding\s+up|ending|concluding|closing|capping)\s+(?:their|the|its|his|her)\s+$"
)

# a meeting set for a day ("due in early August", "set for September", "scheduled to open on Oct. 5", "was to have
# opened in Beijing on Aug. 10") ...
_SET_FOR_BEFORE = re.compile(
    r"\b(?:(?:due|set|scheduled|planned|slated)\s+(?:to\s+(?:open|start|begin|be\s+held|take\s+place)\s+)?"
    r"|to\s+have\s+(?:opened|started|begun|been\s+held|taken\s+place|convened)\s+)"
    r"(?:(?:in|at)\s+[A-Z]?[a-z]+\s+)?(?:for|in|on|by)?\s*(?:early|mid-|late|the\s+end\s+of)?\s*$", re.IGNORECASE)
# ... that never took place
_NEVER_HELD = re.compile(
    r"\b(?:never|not)\s+(?:been\s+)?(?:held|took\s+place|taken\s+place|happened|opened|convened)\b")
# ... or that a "but" says did not happen: nobody came, or it was put off ("had been due to open in Seoul on Aug. 3,
# but the North's delegates never came", "had been set to open in February but was held up")
_BUT_NOT_HELD = re.compile(
    r"\bbut\b[^.;:]{0,80}?\b(?:never|not|n['\u2019]t|failed\s+to)\s+(?:even\s+)?(?:came|come|arrived?|showed\s+up|"
    r"show\s+up|turned\s+up|turn\s+up|appeared|appear|took\s+place|take\s+place|happened|happen|opened|open|"
    r"sent|send|met|meet|convened|convene|crossed|cross)\b"
    r"|\bbut\s+(?:it\s+|they\s+)?(?:was|were)\s+(?:\w+\s+)?(?:put\s+off|called\s+off|postponed|cancell?ed|"
    r"canceled|scrapped|held\s+up|delayed|shelved|scuttled)\b"
    r"|\bbut\b[^.;:]{0,60}?\b(?:stayed\s+away|boycotted|fell\s+through|never\s+materiali[sz]ed)\b"
)
# a plan in the past perfect or a counterfactual ("had been due to open", "was to have opened"), which a "but" may
# say did not happen; "was to have opened" says so by itself
_PLAN_IN_PAST = re.compile(
    r"\b(?:had\s+been\s+(?:due|set|scheduled|slated|planned)|(?:was|were)\s+(?:due|set|scheduled|slated))\b")
# (a plan in a relative clause, which the verb before it reads: "shelved the round, which was to have opened")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")
_PLAN_CLAUSE_END = re.compile(r"[;:]|,\s*(?:but|and)\b|\s+but\b")  # (where the plan's own words end)
_TO_HAVE = re.compile(r"\b(?:was|were)\s+to\s+have\s+(?:opened|started|begun|been\s+held|taken\s+place|convened)\b")

# A day set for talks that passed with nobody there: "The date passed without a reply", "Friday came and went with no
# answer", "the North let both dates pass without a reply", "passed on Thursday without a meeting"
_DATE_PASSED = re.compile(
    r"\b(?:passed|came\s+and\s+went|went\s+by)(?:\s+(?:on\s+)?[a-z]+day)?\s*,?\s+(?:without|with\s+no)\s+"
    r"(?:(?:a|an|any|the)\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:reply|replies|answer|response|word|meeting|talks|contact|"
    r"delegation|delegates|negotiators)\b"
    # ("That date passed in silence as well")
    r"|\b(?:passed|came\s+and\s+went|went\s+by)\s+in\s+silence\b"
    # ("The date passed with the southern delegation still in Seoul", "went by with both delegations still at home")
    # ("came and went Wednesday, with South Korea's negotiators still in Seoul": a weekday, then the comma)
    r"|\b(?:passed|came\s+and\s+went|went\s+by)(?:\s+(?:on\s+)?[a-z]+day)?\s*,?\s+with\s+"
    r"(?:(?:the|both|its|their|each)\s+(?:[\w'\u2019-]+\s+){0,2}?|[a-z]+\s+[a-z]+['\u2019]s\s+)"
    r"(?:delegations?|delegates|negotiators|envoys|teams?)\s+still\b"
    r"|\b(?:dates?|days?)\s+(?:came\s+and\s+went|passed)(?=\s*[.,;])"
)
_LET_PASS = re.compile(r"\blet\s+((?:[^\s;:]+\s+){1,16}?)(?:pass|go\s+by)\b")  # ("let Aug. 19 ... pass")
# what passed was a day (named, or one named just before: "the date", "that day", "both dates")
_DAY_NOUN = re.compile(r"\b(?:dates?|days?|deadline|[a-z]+day|[a-z]+day['\u2019]s)\b")
_BOTH_DATES = re.compile(r"\b(?:both|the\s+two)\s+(?:proposed\s+)?dates\b|\bboth\s+days\b")
# the sentence (or the one before) is about talks (not "a deadline passed with no reply to the offer of aid")
# talks or a meeting named right before a day ("meet on July 21", "Red Cross talks on Aug. 1", "talks set for Friday")
_MEETING_DAY_BEFORE = re.compile(
    r"\b(?:talks|meetings?|meet|negotiations|dialogue|sessions?|round|contacts?)\b[^.;:]{0,40}?\b(?:on|for)\s+$")
_TALKS_CONTEXT = re.compile(r"\b(?:talks|meetings?|negotiations|dialogue|sessions?|round|contacts?|meet|met)\b")
# a weekday that names the date ("the Monday date went by"): the day of that weekday named before
_WEEKDAY_DATE = re.compile(r"\s+(?:date|deadline)\b")
# the day itself is the subject, the talks only what it was set for ("The day set for economic talks came and went")
_DAY_SET_FOR = re.compile(r"\s*(?:the|that)\s+(?:day|date)\s+(?:(?:set|fixed|scheduled|planned)\s+)?for\b")
_PASSED_ON = re.compile(r"\s+(?:(?:on|in)\s+)?")  # between the verb and its own date ("passed on Thursday")
_PASS_WORD = re.compile(r"passed|came\s+and\s+went|went\s+by")
# "The meeting, which opened on May 16, was | the first ...": a subject linked to a gap phrase by a copula
# (or the rest of that clause when "which opened" ends the trigger: "Those talks, which opened | on May 16, were ...")
_COPULA_LINK = re.compile(r"(?:\s*,\s*which\s+[^;:,]{1,60},|\s+(?:on|in|at)\s+[^;:,]{1,40},)?\s+(?:was|were|is|are)\s+")
_OPENER = re.compile(r"\b(?:after|before|when|since|until|once)\s")  # ("three days after the date ... passed")


# A gap named with the day it began: "ending a two-month silence that began in August", "a 13-month cutoff that
# began in June 2020", "a 23-month break that began in February 2016"
_GAP_THAT_BEGAN = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:silence|cutoff|cut-off|blackout|break|suspension|halt|"
    r"freeze|hiatus|shutdown)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:that|which)\s+(?:had\s+)?(?:began|started)\b"
)
# what may stand between "began" and its date ("began in June 2020", "began on April 7", "began last summer")
_BEGAN_DATE_GAP = re.compile(r"\s+(?:(?:in|on|at|around|during)\s+)?")
# the verbs whose break patterns give a channel's break its code ("cut" a line, "suspend" the tours, ...)
_BREAK_LEMMAS = ("cut", "break off", "suspend", "shut down", "close")


# an accord's noun, which a date right before it may name ("the June 3 agreement": SummitsMixin._dated_accord)
_ACCORD_NAMED = re.compile(r"\b(?:agreements?|accords?|deal|pacts?)\b")


class GapsMixin:
    """The gap rules of the event sentence reader (mixed into ``events._SentenceReader``): :meth:`_first_in_years`
    makes talks or reunions named after a gap a resumption, with a verb or without one (:meth:`_gap_only`)."""

    def _gap_only(self) -> list[Mention]:
        """A sentence without a trigger can still name talks after a gap ("Jan. 9: The first formal talks in
        more than two years"), a day that passed, or work begun on the links ("Work on the railway began ...")."""
        if ("first" not in self.low and "highest-level" not in self.low and "summit" not in self.low
                and "talks" not in self.low  # ("He led the delegation at high-level talks in October 2018")
                and "pass" not in self.low and "came and went" not in self.low and "went by" not in self.low
                and not has_work_begun(self.low) and not _ACCORD_NAMED.search(self.low)):
            return []  # (an accord named by its day with no verb at all: "Seoul cited the June 3 agreement")
        self.objs = self._objects()
        self.trigs, self._pronouns, self._trig_words, self._settled = [], set(), set(), {}
        self._settled_acts = {}
        self._unsettled = set()
        self.actors = self.avocab.find(self.text, self.offset)
        self._dates, self._subj = None, None
        return self._work_begun(self._date_passed(self._dated_summits(self._first_in_years([]))))

    def _first_in_years(self, found: list[Mention]) -> list[Mention]:
        """"the first talks in more than two years", "the first family reunions since 2015": talks or reunions
        after a gap are a restoration, whether a verb holds them ("held the first talks ...", a meeting
        otherwise) or not ("Jan. 9: The first formal talks in two years")."""
        gap_words = "first" in self.low or "highest-level" in self.low
        objs, named = self.objs, set()
        if gap_words:  # "the first face-to-face meeting in five years": a noun read as the meeting verb's form
            base = self.offset
            named = {
                (m.char_start - base, m.char_end - base) for m in found
                if m.category == "meeting" and " ".join(m.trigger.lower().split()) in self.vocab.objects
            }
            objs = sorted({*objs, *(
                (s, e, self.vocab.objects[" ".join(self.low[s:e].split())][0]) for s, e in named
            )})
        for s, e, cls in objs if gap_words else ():
            if cls not in _GAP_OBJECTS or s in self._pronouns:
                continue
            first = _FIRST_BEFORE.search(self.low, max(0, s - 40), s)
            gap = _GAP_AFTER.match(self.low, e) if first is not None else None
            if gap is None or _EVER_SINCE.match(self.low, gap.end()):
                continue  # "the first reunions since the 1950-53 war": a first ever, not a resumption
            if (s, e) in named and gap.group().endswith("since"):
                continue  # "were the first Red Cross meeting since ...": the meeting named before it resumed
            p = self.vocab.pattern("resume", cls)
            if p is None:
                continue
            base = self.offset
            covering = [m for m in found if m.char_start - base <= s and e <= m.char_end - base or (
                # "The first talks between the two Koreas in six years were called off": a long subject the
                # trigger's text leaves out (not one across a clause: "... since the North said it was withdrawing")
                self.obj_spans.get(id(m)) == (s, e) and not _CLAUSE_WORD.search(self.low, e, m.char_start - base)
            )]
            if any(m.category not in ("meeting", "cooperation") and m.action not in _HELD_THEN_ENDED for m in covering):
                if not any(m.category == "meeting" for m in covering):
                    continue  # ("The first talks in six years were called off": they never met)
                # "held their first talks in eight months, which also broke up": they met (and resumed), then failed
                covering = [m for m in covering if m.category == "meeting"]
            ended = None
            if covering and all(m.action in _HELD_THEN_ENDED for m in covering):
                # "The first talks in two years ended Thursday without progress": they met (that day) and then failed
                ended, covering = covering[0], []
            if covering:
                for m in covering:
                    self._recode(m, "resume", cls)
                continue
            fs, fe = first.start(1), first.end(1)
            if self._verb_after_appositive(found, fs, gap.end()):
                continue  # "The talks, the first in almost three years, opened on Aug 19": that meeting resumed them
            t = _Trig(fs, fe, self.text[fs:fe], Form("resume", False, False, True))
            m = self._mention(t, p, (s, e), "nominal")
            if m is not None and _ADJUNCT_FIRST.search(self.low, max(0, fs - 40), fs) and m.status in _FUTURE_STATUSES:
                # "Generals agreed Thursday to restore the lines, in their first talks in a decade": the talks
                # took place, on the day of the main clause
                m.status = "happened"
                dated = [o for o in found if o.date_precision == "day" and o.date_rule != "inherited"]
                if dated and (m.date_precision == "reported" or m.date > dated[0].date):
                    # (", wrapping up their first talks in 15 years": not the date of a plan in the main clause)
                    o = dated[0]
                    m.date, m.date_end, m.date_precision, m.date_text, m.date_rule = (
                        o.date, o.date_end, o.date_precision, o.date_text, o.date_rule)
            since_at = gap.end() + len(self.low[gap.end() :]) - len(self.low[gap.end() :].lstrip())
            since_part = self.low[since_at:].split(";")[0] if gap.group().rstrip().endswith("since") else ""

            def in_since(date_text: str | None, part: str = since_part) -> bool:
                """The date stands in the "since ..." part ("since 1984", "since Hwang visited in October")."""
                return bool(date_text and part) and date_text.lower() in part

            for o in found:  # ("Delegations met in Kaesong, in the first talks since 1984": not met in 1984)
                if o.date_precision != "reported" and in_since(o.date_text) and o.char_start - self.offset < since_at:
                    self._reported(o)
            if m is not None and (in_since(m.date_text) or m.date_precision == "reported" and since_part):
                # "the first talks on disaster relief since 1984": 1984 is the last time, not this one; "The talks,
                # which opened Tuesday, were the first since ...": the day of the event named before
                dated = [o for o in found if o.date_precision != "reported" and o.date_rule != "inherited"
                         and o.char_start - self.offset < since_at]
                if dated:
                    o = dated[0]
                    m.date, m.date_end, m.date_precision, m.date_text, m.date_rule = (
                        o.date, o.date_end, o.date_precision, o.date_text, o.date_rule)
                else:
                    self._reported(m)
            if m is not None and ended is not None and ended.date_precision != "reported":
                m.date, m.date_end, m.date_precision, m.date_text, m.date_rule = (
                    ended.date, ended.date_end, ended.date_precision, ended.date_text, ended.date_rule)
            if m is not None:
                found.append(m)
        if gap_words:
            found = self._meeting_before_gap(found)
        for m in found:
            b = m.char_end - self.offset
            if m.category == "meeting" and m.obj in ("talks", "any") and _ENDING_A_BREAK.match(self.low, b):
                self._recode(m, "resume", "talks")  # "The talks opened Monday, ending a freeze of nine months"
                continue
            if m.category == "meeting" and m.status == "happened" and (
                m.obj == "talks" or m.obj == "any" and _AFTER_A_DELAY.match(self.low, b)
                and _MEETING_NOUN.search(self.low, max(0, m.char_start - self.offset - 40), m.char_start - self.offset)
            ) and (
                _AFTER_A_DELAY.match(self.low, b)
                or _DELAYED_BEFORE.search(self.low, max(0, m.char_start - self.offset - 30), b)
            ):
                # "The round opened Friday after a delay of nearly two weeks", "The delayed 10th round opens in
                # Pyongyang": talks put off that met at last resumed
                self._recode(m, "resume", "talks")
                continue
            if m.category == "meeting" and m.status == "happened" and m.obj in ("talks", "any") and (
                _THAW_WHEN.search(self.low, max(0, m.char_start - self.offset - 120), m.char_start - self.offset)
            ):
                # "The freeze ended in May, when vice ministers met in Kaesong": that meeting resumed the talks
                self._recode(m, "resume", "talks")
                continue
            if m.category == "meeting" and m.status == "happened" and m.obj in ("talks", "any") and (
                _NOT_AGAIN_UNTIL.search(self.low, max(0, m.char_start - self.offset - 20), b)
                and _UNTIL_AFTER.match(self.low, b)
            ):
                # "The generals did not meet again until early March", "Ministerial talks are not held again until
                # August 2002": the talks resumed then
                self._recode(m, "resume", "talks")
            elif m.category == "meeting" and (m.action == "meet" or m.action == "hold" and m.obj == "talks") and (
                _FIRST_TIME_AFTER.match(self.low, b) or _AFTER_LAST_MEETING.match(self.low, b)
                or TOOK_UNTIL_TO.search(self.low, max(0, m.char_start - self.offset - 80), m.char_start - self.offset)
            ):
                # "the ministers met for the first time in eight years": talks resume; families who met so are the
                # reunions resumed ("Families separated by the war met in Seoul in August for the first time since
                # 1985")
                head = self.low[max(0, m.char_start - self.offset - 60) : m.char_start - self.offset]
                self._recode(m, "resume", "reunions" if _FAMILIES_MET.search(head.split(",")[-1]) else "talks")
            elif m.category == "cooperation" and m.obj == "reunions" and _FIRST_TIME_AFTER.match(self.low, b):
                # "The reunions took place in late September for the first time in nearly two years": resumed
                self._recode(m, "resume", "reunions")
            elif m.category == "break" and not self._dated_since(m) and (
                _ENDED_BREAK.search(self.low, max(0, m.char_start - self.offset - 40), b)
                or self._break_ended(max(0, m.char_start - self.offset - 40), b)
            ):
                # "agreed to end a 10-month freeze in dialogue", "lifted the suspension of tours"
                self._recode(m, "resume", m.obj) or self._recode(m, "restore", m.obj)
        found.sort(key=lambda m: m.char_start)
        return found

    def _dated_since(self, m: Mention) -> bool:
        """The mention's date is the start of a state ("a standoff that has kept the park idle since April"): the
        break began then, so its end is no restoration on that date (the verb that ended it tells the restoration)."""
        if not m.date_text or m.date_precision == "reported":
            return False
        at = self.low.find(m.date_text.lower(), m.char_start - self.offset)
        return at != -1 and bool(_SINCE_BEFORE.search(self.low, max(0, at - 12), at))

    def _break_ended(self, start: int, end: int) -> bool:
        """ "the freeze ended", not "talks on the nuclear standoff ended" (the talks end; the standoff is a topic)."""
        m = _BREAK_ENDED.search(self.low, start, end)
        return m is not None and _TOPIC_BEFORE.search(self.low, max(0, m.start() - 30), m.start()) is None

    def _verb_after_appositive(self, found: list[Mention], first: int, gap_end: int) -> bool:
        """A gap phrase set off by commas between a subject and its meeting verb ("The talks, the first between
        the two Koreas in almost three years, opened on Aug 19"): recode that meeting as the resumption."""
        if not _APPOSITIVE_OPEN.search(self.low, max(0, first - 12), first):
            return False
        close = self.low.find(",", gap_end)
        if close == -1 or _words(self.low[gap_end:close]) > 8:
            return False
        base = self.offset
        nxt = [m for m in found if m.char_end - base > close]  # (a passive starts at its subject: "were held")
        if not nxt or _words(self.low[close : nxt[0].char_end - base]) > 4 or nxt[0].category != "meeting":
            return False
        return self._recode(nxt[0], "resume", "talks")

    def _meeting_before_gap(self, found: list[Mention]) -> list[Mention]:
        """"The talks, which opened on Tuesday, were the first Red Cross meeting since the North broke off the
        negotiations", "held talks on Friday, the first in two years": the meeting named before the gap phrase
        resumed the talks (dated by its own words, not by "since ..."); a "meeting" inside the phrase is the same
        event and makes no row of its own."""
        base = self.offset
        last: tuple[re.Match, Mention] | None = None  # the previous gap phrase and the resumption it named
        for g in _GAP_PHRASE.finditer(self.low):
            if _EVER_SINCE.match(self.low, g.end()) or "summit" in g.group():
                continue  # a first ever; "the first inter-Korean summit since 2007" is a summit, not talks resumed
            gs, ge = g.start() + base, g.end() + base
            own = [o for o in found if o.category in ("break", "restoration") and gs <= o.char_start < ge]
            before = [m for m in found if m.char_end <= gs]
            if own:  # the phrase names its own resumption ("the first inter-Korean talks in two years")
                m = before[-1] if before else None
                prev, last = last, (g, own[0])
                if (
                    prev is not None and prev[1].category == own[0].category == "restoration"
                    and prev[1].date_precision != "reported"
                    and _AND_NEXT_GAP.fullmatch(self.low, prev[0].end(), g.start())
                ):
                    # "The talks on Tuesday were the first dialogue since the shelling in November, and the first
                    # military talks since Sept. 30 last year": one subject, one day (not the first phrase's
                    # "since" date)
                    o, p = own[0], prev[1]
                    o.date, o.date_end, o.date_precision, o.date_text, o.date_rule = (
                        p.date, p.date_end, p.date_precision, p.date_text, p.date_rule)
                elif (
                    m is not None and m.category == "meeting" and own[0].date_precision == "reported"
                    and m.date_precision != "reported" and own[0].obj == "reunions"
                    and _GAP_LINK.search(self.low[m.char_end - base : g.start()])
                    and not re.search(r"[;:]", self.low[m.char_end - base : g.start()])
                ):
                    # "The round, which began on Friday, was the first face-to-face reunion in more than a year":
                    # the reunions resumed on the day the round began, and the round is no meeting of talks
                    o = own[0]
                    o.date, o.date_end, o.date_precision, o.date_text, o.date_rule = (
                        m.date, m.date_end, m.date_precision, m.date_text, m.date_rule)
                    found = [x for x in found if x is not m]
                elif (
                    m is not None and m.category == "meeting" and m.obj in ("talks", "any") and m.status == "happened"
                    and own[0].obj == "talks" and m.date_precision != "reported"
                    and re.fullmatch(r"[^,;:]{0,60},\s+", self.low[m.char_end - base : g.start()])
                    and self._recode(m, "resume", "talks")
                ):
                    # "Vice ministers met in Kaesong in May, the first talks in 10 months, and ... followed in June":
                    # the meeting before the apposition resumed the talks, on its own day
                    found = [x for x in found if x is not own[0]]
                elif (
                    m is not None and m.category == "meeting" and m.obj in ("talks", "any") and m.status == "happened"
                    and own[0].obj == "talks" and own[0].date_precision == "reported"
                    and _COPULA_LINK.fullmatch(self.low, m.char_end - base, g.start())
                    and self._recode(m, "resume", "talks")
                ):
                    # "The Kaesong meeting, which opened on May 16, was the first government-level dialogue since
                    # ...": the meeting the copula links to the phrase resumed the talks, on the day named before it
                    if m.date_precision == "reported":
                        self._date_before_gap(m, g, m.char_start - base)
                    found = [x for x in found if x is not own[0]]
                continue
            inside = [o for o in found if o.category == "meeting" and gs <= o.char_start < ge]
            m = before[-1] if before else None
            link = self.low[m.char_end - base : g.start()] if m is not None else ""
            if m is not None and any(m.char_end - base <= s and e <= g.start() and not (
                c == "tours" and _AT_PLACE_BEFORE.search(self.low, max(0, s - 40), s)
                # ("The meeting, which opened on Monday at a hotel in Kaesong, was the first ...": the city)
                or c == "kaesong_complex" and _IN_PLACE_BEFORE.search(self.low, max(0, s - 40), s)
            ) for s, e, c in self.objs):
                # "met their relatives ... in reunions that ended this month, the first in a year": the phrase
                # follows the reunions, not the meeting
                if not inside:
                    self._gap_subject(g, found, after=m.char_end - base)
                continue
            if (
                m is not None and m.category == "cooperation" and m.obj == "reunions" and not inside
                and _GAP_LINK.search(link) and not re.search(r"[;:]", link)
                and self._recode(m, "resume", "reunions")
            ):  # "held reunions of separated families in October, the first in 20 months": they resumed
                self._date_before_gap(m, g, m.char_start - base)
            elif (
                m is not None and m.category == "meeting" and m.obj in ("talks", "any")
                and _GAP_LINK.search(link) and not re.search(r"[;:]", link)
                and self._recode(m, "resume", "talks")
            ):
                self._date_before_gap(m, g, m.char_start - base)
                found = [o for o in found if o not in inside]
            elif inside and not before:
                # "The meeting on Tuesday was the first Red Cross meeting since ...": the subject is no row of
                # its own (a noun after "the"), the meeting in the phrase is the one event
                if self._recode(inside[0], "resume", "talks"):
                    self._date_before_gap(inside[0], g)
            elif not before and not inside:
                if not self._verb_after_appositive(found, self.low.find("first", g.start()), g.end()):
                    self._gap_subject(g, found)
        found.sort(key=lambda m: m.char_start)
        return found

    def _date_before_gap(self, m: Mention, g: re.Match, start: int = 0, *, force: bool = False) -> None:
        """An undated resumption named by a gap phrase takes the last date named before the phrase ("The
        Kaesong meeting, which opened Monday, was the first ... since July last year"), not the date after
        "since"; with ``force``, also one dated by words after the phrase ("Talks followed on Jan. 9, the first in
        two years, and Kim's sister came in February": Jan. 9)."""
        if m.date_precision != "reported" and not force:
            return
        base = self.offset
        dates = [
            d for d in self._date_mentions()
            if start <= d.start - base and d.end - base <= g.start() and d.precision != "reported"
        ]
        if dates:
            d = dates[-1]
            if len(dates) > 1 and _DAY_PAIR.fullmatch(self.low, dates[-2].end - base, d.start - base):
                d = dates[-2]  # ("The talks on Tuesday and Wednesday were the first ...": they resumed on the first)
            date, date_end, rule = d.date, d.date_end, d.rule
            today = self.ctx.today
            if d.year_inferred and d.rule in ("month_day", "month") and date_end < today and (
                m.status in _FUTURE_STATUSES
                or _FROM_BEFORE.search(self.low, max(0, d.start - base - 12), d.start - base)
            ):  # ("will hold reunions from Aug. 15, the first since 1985", a July article: the Aug. 15 ahead, when
                # it is much nearer than the last one; not "reunions from Feb. 20, the first in three years" in
                # August: the February just gone)
                nxt = _next_occurrence(d, today)
                if (nxt[0] - today) * 3 < today - date_end:
                    date, date_end, rule = nxt
            precision = d.precision
            if _days_of_one_event(d.text, date, date_end):
                # ("The talks, held from Monday to Wednesday, were the first in two years": they resumed on the first
                # day, as the meeting verb alone reads it)
                date_end, precision, rule = date, "day", f"{rule}_first_day"
            m.date, m.date_end, m.date_precision, m.date_text, m.date_rule = (
                date, date_end, precision, d.text, rule)

    def _gap_subject(self, g: re.Match, found: list[Mention], after: int = 0) -> None:
        """"The talks on Tuesday were the first since 2018": talks named before the gap phrase, with no verb of
        their own, resumed."""
        objs = [(s, e, c) for s, e, c in self.objs if after <= s and e <= g.start() and s not in self._pronouns]
        if not objs or objs[-1][2] not in _GAP_OBJECTS:
            return
        s, e, cls = objs[-1]
        if _FIRED_ROUNDS.search(self.low, max(0, s - 40), s):
            return  # ("fired more than 290 rounds, their first live-fire exercise since 2017": shells, not talks)
        link = self.low[e : g.start()]
        base = self.offset
        if (
            not _GAP_LINK.search(link) or re.search(r"[;:]|,\s*(?:and|but|while|as)\b", link)
            or any(e <= m.char_start - base < g.start() for m in found)
        ):
            return
        p = self.vocab.pattern("resume", cls)
        fs = g.start() + self.low[g.start() : g.end()].index("first")
        if p is None:
            return
        t = _Trig(fs, fs + 5, self.text[fs : fs + 5], Form("resume", False, False, True))
        m = self._mention(t, p, (s, e), "nominal")
        if m is not None:
            if m.status == "happened" and _SET_BEFORE.search(self.low, max(0, s - 40), s):
                m.status = "planned"  # ("have set family reunions for Aug. 20-26, the first in three years": to come)
            self._date_before_gap(m, g, s, force=True)
            found.append(m)

    def _not_met_since(self, found: list[Mention]) -> list[Mention]:
        """ "The weekly meeting has not been held since Feb. 22": a break of talks on the day after "since" (the
        meeting named there becomes that break; with none, the break is added)."""
        if "since" not in self.low:
            return found
        g = _NOT_MET_SINCE.search(self.low) or _NO_TALKS_HELD.search(self.low)
        if g is None:
            return found
        base = self.offset
        bounds = list(_BOUNDARY_BEFORE.finditer(self.low, 0, g.start()))
        start = bounds[-1].end() if bounds else 0
        head = start
        if bounds and _WHICH_BOUNDARY.fullmatch(bounds[-1].group()) and (
            _words(self.low[start : g.start()]) <= 1 or self.low[start : g.start()].rstrip().endswith(",")
        ):
            # "Ministerial talks, which have not been held since November": the relative clause's head noun (also
            # past a relative clause closed before the verb: "The six-party talks, which also involve Japan, have not
            # met since December 2008")
            head = max((b.end() for b in bounds[:-1]), default=0)
        if not (_NOT_MET_SUBJECT.search(self.low, head, g.end()) or "talks" in g.group() or "meeting" in g.group()) or (
            _KIN.search(self.low, head, g.start())
        ):
            return found
        date = next((d for d in self._date_mentions() if 0 <= d.start - base - g.end() <= _SINCE_DATE_REACH
                     and d.precision != "reported" and not re.search(r"[,;:]", self.low[g.end() : d.start - base])
                     and (d.start - base - g.end() <= 30  # ("since their seventh session ended in July")
                          or _LAST_SITTING.search(self.low, g.end(), d.start - base))),
                    None)
        occasion = self._occasion_after(g.end()) if date is None else None
        p = self.vocab.pattern("break off", "talks")
        if date is None and occasion is None or p is None:
            return found
        own = [m for m in found if m.category in ("meeting", "break") and m.channel in ("talks", None)
               and head <= m.char_start - base < g.end()]
        if own:
            m = own[-1]
            if m.category == "meeting":  # (the meeting denied since that day stays a row beside the break: golds
                # read "since general-level talks in 2018" as a meeting then; no channel, so that no later step makes
                found = [*found, replace(m, channel=None)]  # it a second break)
            self._recode(m, "break off", "talks")
        else:
            end = g.end() - 1
            t = _Trig(g.start(), end, self.text[g.start() : end], Form("break off", False, False, False))
            m = self._mention(t, p, None, "nominal")
            if m is None:
                return found
            found = [*found, m]
        m.status, m.action, m.channel = "happened", "not met since", "talks"
        if self._office_sentence() or _CO_HEADS.search(self.low, head, g.end()):
            m.channel = "liaison_office"  # (the weekly meeting of the liaison office's co-heads: the office's)
        if date is not None:
            m.take_date(date)
        else:  # ("have not been held since the Hanoi summit": the month of the talks known by their place)
            (m.date, m.date_end), m.date_precision, m.date_text, m.date_rule = occasion[0], "month", occasion[1], (
                "named_occasion")
        return found

    def _occasion_after(self, pos: int) -> tuple[tuple, str] | None:
        """((first day, last day), words) of talks known by their place named right after ``pos`` ("since | the
        Hanoi summit", "since | the summit in Hanoi"), from ``named_occasions`` in ``data/dates.yaml``."""
        window = self.low[pos : pos + 60]
        stop = re.search(r"[,;:.]|\b(?:and|but|when|after|before)\b", window)
        window = window[: stop.start()] if stop else window
        for i, j, month in named_occasion_spans(window):
            if _OCCASION_NOUN.search(window):
                return (month, _month_end(month)), self.text[pos + i : pos + j]
        return None

    def _meeting_not_held(self, found: list[Mention]) -> list[Mention]:
        """ "The heads of the liaison office did not meet on Friday", "the weekly meeting was not held on Friday": a
        meeting that did not take place on a past day is a break of talks that day."""
        for m in found:
            if (m.category in ("meeting", "break") and m.channel in ("talks", "summit")
                    and (m.status == "denied" or m.status == "planned" and self._due_not_held(m)
                         if m.category == "meeting" else m.date_precision == "reported")
                    and (d := self._set_for_date(m)) is not None
                    and not any(o is not m and o.category == "break" and o.channel == m.channel
                                and o.date == d.date for o in found)
                    and (m.category == "break"
                         or self._recode(m, "break off" if m.channel == "talks" else "call off", m.channel))):
                # "The 15th round, due in early August, was never held", "a fourth round set for September never
                # took place": a meeting set for a day gone by that never took place broke off the talks that day
                m.status, m.action = "happened", m.action if m.category == "break" and m.action else "not held"
                m.take_date(d, f"{d.rule}_set_for")
                if d.date.day != 1 and d.date < d.date_end:  # ("a summit set for Aug. 28-30": its first day)
                    m.date_end, m.date_precision = d.date, "day"
                continue
            if (m.category == "meeting" and m.status == "denied" and m.channel in ("talks", "summit")
                    and _AS_PLANNED_IN_CLAUSE.match(self.low, m.char_end - self.offset)
                    and not any(o is not m and o.category == "break" and o.channel == m.channel for o in found)
                    and self._recode(m, "break off" if m.channel == "talks" else "call off", m.channel)):
                # "the summit could not be held as scheduled", "did not open in the North Korean city of Kaesong on
                # Wednesday as planned": a meeting that was due and did not take place broke off the talks
                m.status, m.action = "happened", "not held"
                continue
            if not (m.category == "meeting" and m.status == "denied" and m.date_precision in ("day", "month")
                    and m.date is not None and m.date <= self.ctx.today):
                continue
            t0 = m.char_start - self.offset
            start = max((b.end() for b in _BOUNDARY_BEFORE.finditer(self.low, 0, t0)), default=0)
            trig = self.low.find(" ".join(m.trigger.lower().split()[-1:]), t0)  # (the verb ends the passive phrase)
            if (
                _NOT_HELD_BEFORE.search(self.low, start, max(t0, trig) if trig >= 0 else t0) is None
                and _NOT_HOLD_BEFORE.search(self.low, start, t0) is None  # "did not hold their weekly meeting"
            ) or not _MEETING_NOUN.search(self.low, start, m.char_end - self.offset):
                continue
            # (the day is the meeting's own, after its verb: not "said on Monday that talks had not been held")
            end = m.char_end - self.offset
            at = self.low.find(m.date_text.lower(), end, end + 40) if m.date_text else -1
            if at < 0:
                continue
            if m.date_precision == "month" and not _AS_PLANNED_AFTER.match(self.low, at + len(m.date_text)):
                continue  # (a month without a meeting is no break, unless one was due: "not meet in May as planned")
            if any(o is not m and o.category == "break" and o.channel in ("talks", "liaison_office")
                   and o.date == m.date for o in found):
                continue  # ("talks failed to open on Monday as planned": the break is read already; so is the office's)
            if self._recode(m, "break off", "talks"):
                m.status, m.action = "happened", "not held"
                if self._office_sentence():  # (the weekly meeting of the liaison office's heads: the office's)
                    m.channel = "liaison_office"
        return found

    def _set_for_date(self, m: Mention):
        """The past day or month a meeting was set for, named in its own words before its verb of not happening
        ("talks, due in early August, were never held", "a round set for September never took place"), or None."""
        base = self.offset
        t0, t1 = m.char_start - base, m.char_end - base
        never = _NEVER_HELD.search(self.low, t0, min(len(self.low), t1 + 30)) is not None
        due = None if never else self._due_not_held(m)  # (the day comes before the "but" or the clause's end)
        if not never and due is None:
            return None
        end = t1 if due is None else due
        start = max((b.end() for b in _BOUNDARY_BEFORE.finditer(self.low, 0, t0)), default=0)
        for d in self._date_mentions():
            ds = d.start - base
            if due is not None and (self.ctx.today - d.date).days > 300 and not re.search(r"\d{4}|\byear\b", d.text):
                continue  # (a day ahead read as last year's: "The round was to have begun on Dec. 21" on Dec. 18)
            if start <= ds < end and d.precision in ("day", "month") and d.date_end <= self.ctx.today and (
                _SET_FOR_BEFORE.search(self.low, max(0, ds - 40), ds)
            ):
                return d
        return None

    def _gap_began(self, found: list[Mention]) -> list[Mention]:
        """ "The lines came back on Oct. 4 after a 13-month cutoff that began in June 2020": the gap that a
        restoration (or a break going on) in the sentence ends or extends began with a break of that channel on the
        day named after "began" (none when a clause says when: "a freeze that began when the North ...")."""
        if "began" not in self.low and "started" not in self.low:
            return found
        base = self.offset
        for g in _GAP_THAT_BEGAN.finditer(self.low):
            # (the date right after "began": not a day counted back, "began more than a week ago", nor the day of
            # the report after it, "began last summer, the ministry said Wednesday")
            d = next((d for d in self._date_mentions() if _BEGAN_DATE_GAP.fullmatch(self.low, g.end(), d.start - base)
                      and "ago" not in d.rule and not d.rule.startswith("offset")), None)
            if d is None or d.precision not in ("day", "month", "year") or d.date > self.ctx.today:
                continue
            channels = dict.fromkeys(
                m.channel for m in found
                if m.category in ("restoration", "break") and m.channel and m.char_start - base < g.start()
            )
            for channel in channels:
                if any(m.category == "break" and m.channel == channel and m.date == d.date for m in found):
                    continue
                p = next((q for lemma in _BREAK_LEMMAS if (q := self.vocab.pattern(lemma, channel)) is not None
                          and q.category == "break"), None)
                if p is None:
                    continue
                t = _Trig(g.start(), g.end(), self.text[g.start() : g.end()], Form(p.lemma, False, False, True))
                m = self._mention(t, p, None, "nominal")
                if m is None:
                    continue
                m.category, m.status, m.channel = "break", "happened", channel
                m.take_date(d)
                found = [*found, m]
        return found

    def _due_not_held(self, m: Mention) -> int | None:
        """The meeting ``m`` was due on a day and did not take place: "was to have opened in Beijing on Aug. 10", or
        "had been due to open in Seoul on Aug. 3, but the North's delegates never came" (the "but" in its sentence).
        Returns where the words of its plan end (the day it was due comes before), or None."""
        t0, t1 = m.char_start - self.offset, m.char_end - self.offset
        clause = max((b.end() for b in _BOUNDARY_BEFORE.finditer(self.low, 0, t0)), default=0)
        stop = _PLAN_CLAUSE_END.search(self.low, t1)
        end = stop.start() if stop else len(self.low)
        plan = _TO_HAVE.search(self.low, clause, t1) or _PLAN_IN_PAST.search(self.low, clause, t1)
        if plan is None or _RELATIVE_BEFORE.search(self.low, clause, plan.start()):
            return None  # ("shelved the round, which was to have opened on Thursday": the verb before reads it)
        if plan.re is _TO_HAVE:
            return end
        but = _BUT_NOT_HELD.search(self.low, t1)
        return but.start() if but is not None and but.start() <= end + 2 else None

    def _date_passed(self, found: list[Mention]) -> list[Mention]:
        """ "The date passed without a reply", "the North let the July 21 date pass", "Both dates came and went": a day
        set for talks that went by with no meeting is a break of the talks that day (the day named in the phrase, the
        day after "passed on", or the one or two days named just before)."""
        g = _DATE_PASSED.search(self.low)
        let = _LET_PASS.search(self.low) if g is None else None
        if g is None and let is None:
            return found
        prev = (self.ctx.prev_text or "").lower()
        # (the sentence before may say nothing of talks or days: "Suh said at the time that Seoul hoped for an
        # answer. The date passed without a reply": the proposal two sentences back)
        told = [self.ctx.prev_text] if self.ctx.prev_text else []
        if told and self.ctx.earlier_text and not _TALKS_CONTEXT.search(prev) and not any(
            d.precision == "day" for d in find_date_mentions(self.ctx.prev_text, self.ctx.today)
        ):
            told.insert(0, self.ctx.earlier_text)
        if not (_TALKS_CONTEXT.search(self.low) or any(_TALKS_CONTEXT.search(x.lower()) for x in told)):
            return found
        base, today = self.offset, self.ctx.today
        if let is not None:
            lo, hi, verb_end = let.start(1), let.end(1), let.end()
            word_end = verb_end
        else:
            verb = g.start() + _PASS_WORD.search(g.group()).start()
            bounds = list(_BOUNDARY_BEFORE.finditer(self.low, 0, verb)) + list(_OPENER.finditer(self.low, 0, verb))
            bounds.sort(key=lambda b: b.end())
            lo, hi = (bounds[-1].end() if bounds else 0), verb
            verb_end = g.end()
            word_end = _PASS_WORD.match(self.low, verb).end()
        subject = self.low[lo:hi]
        dates = [d for d in self._date_mentions() if d.precision == "day"]
        own = [d for d in dates if lo <= d.start - base < hi]  # "The July 21 date passed", "let Friday pass"
        if len(own) == 1 and own[0].rule.startswith("weekday") and _WEEKDAY_DATE.match(self.low, own[0].end - base):
            # "the Monday date went by": the Monday named before (Feb. 20), not the last one counted from the story
            named = [d for d in dates if d.end - base <= own[0].start - base and not d.rule.startswith("weekday")]
            if self.ctx.prev_text:
                named = [d for d in find_date_mentions(self.ctx.prev_text, today) if d.precision == "day"] + named
            same = [d for d in named if d.date.weekday() == own[0].date.weekday()]
            if same:
                own = same[-1:]
        if not own:  # a month that is the whole subject ("Late May went by without the military contact")
            own = [d for d in self._date_mentions() if d.precision == "month" and lo <= d.start - base
                   and not self.low[lo:d.start - base].strip(" ,") and not self.low[d.end - base:hi].strip()]
        if not own:  # "passed on Thursday without a meeting" ("passed in mid-April": no day, no row)
            # (or right after the whole phrase: "passed without a meeting on Wednesday")
            after = [d for d in self._date_mentions() if word_end < d.start - base
                     and (_PASSED_ON.fullmatch(self.low, word_end, d.start - base)
                          or let is None and _PASSED_ON.fullmatch(self.low, verb_end, d.start - base))]
            if after:
                own = [d for d in after[:1] if d.precision == "day"]
                if not own:
                    return found
        if not own and (not _MEETING_NOUN.search(subject) or _DAY_SET_FOR.match(subject)) and _DAY_NOUN.search(subject):
            # "the date", "that day", "both dates": the last day (two for "both dates") named before
            n = 2 if _BOTH_DATES.search(subject) else 1
            own = [d for d in dates if d.end - base <= lo][-n:]
            if len(own) < n and told:
                before = [(d, x.lower()) for x in told for d in find_date_mentions(x, today) if d.precision == "day"]
                # (the days talks were proposed for, not another day of the proposal: "proposed that officers meet
                # on July 21 ... to discuss stopping hostile acts from July 27")
                meet = [d for d, x in before if _MEETING_DAY_BEFORE.search(x, max(0, d.start - 50), d.start)]
                own = ((meet if len(meet) >= n - len(own) else [d for d, _x in before]) + own)[-n:]
        elif not own:
            return found
        p = self.vocab.pattern("break off", "talks")
        if p is None:
            return found
        for d in own:
            if d.date > today or any(m.category == "break" and m.channel == "talks" and m.date == d.date
                                     for m in found):
                continue
            s = let.start() if let is not None else g.start()
            e = verb_end
            t = _Trig(s, e, self.text[s:e], Form("break off", False, False, False))
            m = self._mention(t, p, None, "nominal")
            if m is None:
                continue
            m.category, m.status, m.action, m.channel = "break", "happened", "date passed", "talks"
            m.take_date(d)
            found = [*found, m]
        if let is None and any(m.action == "date passed" for m in found):
            # ("The proposed date of Feb. 20 passed without talks": no offer of talks across the verb of passing)
            found = [o for o in found if not (
                o.category in ("cooperation", "meeting") and o.char_start - base <= verb < o.char_end - base)]
        elif let is not None and any(m.action == "date passed" for m in found):
            # ("let Aug. 19, the date Seoul proposed, pass without a reply": the day let pass, not the day it was told)
            found = [o for o in found if not (
                o.category == "break" and o.action != "date passed"
                and let.start() <= o.char_start - base <= let.end())]
        return found

    def _recode(self, m: Mention, lemma: str, obj: str) -> bool:
        """Give ``m`` the category, action and code of the pattern (lemma, obj), if there is one."""
        p = self.vocab.pattern(lemma, obj)
        if p is None:
            return False
        m.category, m.action, m.cameo, m.obj = p.category, p.action, p.cameo, p.obj
        m.channel = p.channel if p.channel is not None else m.channel
        m.quad_class, m.goldstein = self.vocab.quad_class(p.cameo), self.vocab.goldstein(p.cameo)
        return True
