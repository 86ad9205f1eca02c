"""The status of an event mention (rule 3 of :mod:`koreadiplo.events`): the cues before its trigger, in its clause."""

from __future__ import annotations

import re

from .actions import ActionVocabulary
from .mentions import _Trig, _words

_NOT_UNTIL = re.compile(
    r"\W*(?:[\w'\u2019-]+\W+){0,6}?until\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d|last|early|"
    r"late|mid|this|next)",
    re.IGNORECASE,
)
# "It took until May for officials to meet again": the infinitive happened, at the date of "until" (and a meeting
# that ended a wait resumes the talks: event_gaps)
TOOK_UNTIL_TO = re.compile(
    r"\b(?:took|had\s+to\s+wait|waited)\s+(?:\w+\s+){0,2}?until\b[^,;.]*?\bfor\s+(?:[\w'\u2019-]+\s+){1,4}?to\s+$",
    re.IGNORECASE,
)
_REL_PARENTHETICAL = re.compile(r"(?:^|,)\s*(?:which|who|whom|whose)\b[^,;:]*,")
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+$", re.IGNORECASE)
# a participle right after its noun phrase (a reduced relative clause: "the agreement | signed on Sept. 19"), then a
# phrase of time or place
# (or set off by a comma before "since": "would reopen the road, closed since August")
_REDUCED_RELATIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z]{3,}(,?)\s+$"
)
_NOT_A_HEAD_NOUN = frozenset(
    "be been being was were is are has have had will would can could may might must shall should to not never also "
    "then now just already again once".split()
)
# (not an object and its complement: "ordered the hotels removed in October", "wanted the office closed by May")
_CAUSATIVE_BEFORE = re.compile(
    r"\b(?:order(?:ed|s)?|want(?:ed|s)?|demand(?:ed|s)?|ha[ds]|have|get|gets|got|keeps?|kept|needs?|needed|wish(?:ed)?"
    r"|like|see|saw)\s+[^,;]*$"
)
_PAST_ADJUNCT_AFTER = re.compile(r"\s+(?:on|in|at|during|last|earlier)\b")
_SINCE_AFTER = re.compile(r"\s+since\b")
# a relative clause in the past passive right before the trigger ("a railway that was severed", "lines which had been
# cut"): what it tells has happened, whatever plan the main clause holds
# (or the present perfect: "resume high-level talks that have been stalled since February": how things stand)
_PAST_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:\w+ly\s+)?$",
                                   re.IGNORECASE)
# ", and on June 16 destroyed", ", and a week later blew up": a past verb coordinated after the clause of a cue
_AND_THEN_PAST = re.compile(
    r",\s+and\s+(?:(?:then|later|on|in|at|a|an|the|two|three|four|five|six|seven|days?|weeks?|months?|years?|"
    r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?|\d{1,4},?|\w+day)\s+)*$",
    re.IGNORECASE,
)
_TO_VERB_AND = re.compile(
    r"\bto\s+(?!be\b|get\b|have\b|been\b)[a-z]+\b"
    r"(?:(?!\b(?:unless|if|when|whether|that|being|been|could|would|might|may|should)\b)[^,;:])*\s+and\s+$",
    re.IGNORECASE,
)
_IRREGULAR_PAST = frozenset({"blew", "tore", "broke", "took", "sent", "left", "withdrew", "froze", "began"})
_ONLY_IF_AFTER = re.compile(r"(?:\s+[\w'-]+){0,6}?\s+(?:only\s+if|only\s+when|unless)\b")


def _status(
    vocab: ActionVocabulary, text: str, clause: int, trig: _Trig, is_title: bool, condition_after: bool = True
) -> tuple[str, bool]:
    """(status, negated) of a trigger from the cues before it in its clause."""
    before = text[clause : trig.start]
    if "," in before:  # "The agreement, which the North said it would no longer observe, was suspended": the
        # relative clause set off by commas has cues of its own (not "..., in which Moon said X should ...")
        opened = text[max(0, clause - 3) : clause].rstrip().endswith(",")
        before = _REL_PARENTHETICAL.sub(
            lambda m: " " * len(m.group()) if m.start() > 0 or opened else m.group(), before
        )
    if _WITHOUT_BEFORE.search(before):  # "let Friday pass without answering the proposal"
        return "denied", True
    if trig.text.lower().endswith("ing") and before.rstrip().endswith(",") and _FAILED_TO.search(before):
        return "happened", False  # "failed Monday to agree on the park, ending their first talks since July"
    # "refused Tuesday to reopen": wire copy's day between the verb and its "to" is no part of the cue
    tight = " ".join(_WEEKDAY_WORD.sub(" ", before).split()[-4:])
    neg = None
    for m in vocab.negation.finditer(tight):
        neg = m
    if neg is not None and _words(tight[neg.end() :]) <= 2:
        if _NOT_UNTIL.match(text, trig.end):  # "did not resume until October 2015": resumed then
            return "happened", False
        if _SHOULD_NOT.search(tight):  # "the channel should not be cut off": what ought to be, no denial
            return "hypothetical", True
        return "denied", True
    if TOOK_UNTIL_TO.search(before):
        return "happened", False
    if _PAST_RELATIVE_BEFORE.search(before):
        return "happened", False  # "agreed to reconnect a railway that was severed in the war": the past of its own
    if _NONE_SUBJECT.search(before):  # "None of the lines has been reconnected since": nothing was
        return "denied", True
    if _NEGATED_OR.search(before):  # "has not cut the hotlines or closed the liaison office": both denied
        return "denied", True
    if _SHELVED_PLAN.search(before):  # "put off plans on Wednesday to ship rice": the shipping will not happen
        return "denied", True
    first = trig.text.split()[0].lower() if trig.text.split() else ""
    if (first.endswith("ed") or first in _IRREGULAR_PAST) and (m := _AND_THEN_PAST.search(before)):
        before = before[m.start() :]  # "said it would ..., and on June 16 destroyed the office": it happened
    elif (first.endswith("ed") or first in _IRREGULAR_PAST) and _TO_VERB_AND.search(before) and not (
        re.match(r"\s+by\b", text[trig.end :])  # ("sites chosen by the other and agreed by both": a participle)
    ):
        # "agreed to send a delegation to the Games and reconnected a military line the same day": a past verb after
        # "and" is no second infinitive of the plan (not "to be restored and reconnected")
        return "happened", False
    elif not (first.endswith(("ed", "ing", "s")) or first in _IRREGULAR_PAST) and (
        m := _TO_VERB_AND.search(before)
    ) and _APPEAL_BEFORE.search(before, 0, m.start()):
        # "called on the North to reverse it and return to dialogue": a base form after "and" is the appeal's second
        # verb (not "would suspend tours to Kaesong and halt the train", whose "would" stays nearest)
        shared = _cue_status(vocab, before[: m.start()] + "to ", is_title)
        if shared != "happened":
            return shared, False
    if (first.endswith("ed") or first in _IRREGULAR_PAST and first != "left") and len(trig.text.split()) == 1 and (
        (rr := _REDUCED_RELATIVE_BEFORE.search(before))
        and before.split()[-1].lower().rstrip(",") not in _NOT_A_HEAD_NOUN
        and (_SINCE_AFTER if rr.group(1) else _PAST_ADJUNCT_AFTER).match(text, trig.end)
        and not _CAUSATIVE_BEFORE.search(before)
    ):
        return "happened", False  # "will suspend part of the agreement signed on Sept. 19, 2018": its own past
    if _UNTIL_SUBJECT.search(before) and first.endswith("s") and not first.endswith("ss"):
        return "hypothetical", False  # "will keep the aid back until Pyongyang comes back to talks": a condition
    status = _cue_status(vocab, before, is_title)
    if is_title and status == "happened" and _TITLE_TO_BEFORE.search(before):
        return "announced", False  # "N. Korea to shut Red Cross office, curb border traffic from Dec. 1": one "to"
    if condition_after and status in ("happened", "announced") and _ONLY_IF_AFTER.match(text, trig.end):
        return "hypothetical", False  # "the tours can resume only if the North allows an investigation"
    return status, False


def _cue_status(vocab: ActionVocabulary, before: str, is_title: bool) -> str:
    """The status the nearest cue before a trigger gives (negation left aside)."""
    if is_title and re.search(r"(?<!\w)to\s+$", before):
        return "announced"
    for status, cre in vocab.scope_cues.items():
        if cre.search(before):
            return status
    best = None
    for status, cre in vocab.cues.items():
        for m in cre.finditer(before):
            key = (m.end(), -m.start())
            if best is None or key > best[0]:
                best = (key, status)
    if best is not None:
        co = _AND_TO.search(before)
        if co is not None:  # "ready to restore the lines and to reopen the office": the first "to" governs both
            first = _cue_status(vocab, before[: co.start()], is_title)
            if first != "happened":
                return first
        co = _AND_WOULD.search(before) if best[1] == "hypothetical" else None
        if co is not None:  # "said it would cut the hotline and would close the office": the same announcement
            first = _cue_status(vocab, before[: co.start()], is_title)
            if first in ("announced", "threatened"):
                return first
            if _SAID_IT_WAS.search(before, 0, co.start()):
                return "announced"  # "said it was scrapping the pacts and would close the channel"
        return best[1]
    return "happened"


# a headline's "to" before a verb and its object, then a comma: the verbs after it share the "to"
_TITLE_TO_BEFORE = re.compile(r"(?<!\w)to\s+[a-z]+\b[^,;:]*,\s*$", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(r"(?<=[a-z]) (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?= to )", re.IGNORECASE)
_FAILED_TO = re.compile(
    r"\b(?:refused|declined|failed)\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?to\b", re.IGNORECASE
)
# ... and "cannot" / "can't": what is not possible (while, until, unless ...), no denial of a fact
_SHOULD_NOT = re.compile(
    r"\b(?:should|must|ought\s+to)\s+(?:not|never)\b|\b(?:shouldn|mustn|can)['\u2019]t\b|\bcannot\b"
)
_NEGATED_OR = re.compile(
    r"(?:\b(?:not|never)|n['\u2019]t)\s+\w+(?:(?!\b(?:whether|if|that|which|who|but)\b)[^,;:])*\sor\s+$"
)
# a verb of appealing to the other side and the words naming it ("urged Pyongyang", "called on the North"; also read
# by koreadiplo.events for an appeal to come back to talks)
_APPEAL_VERBS = (r"\b(?:call(?:ed|s|ing)?\s+on|urg(?:e|ed|es|ing)|ask(?:ed|s|ing)?|press(?:ed|es|ing)?"
                 r"|appeal(?:ed|s|ing)?\s+to)\s+(?:[\w'\u2019-]+\s+){1,5}?")
# an appeal whose "to" may govern two verbs ("urged Pyongyang to drop its demands and resume")
_APPEAL_BEFORE = re.compile(_APPEAL_VERBS + "$", re.IGNORECASE)
# "until" and the subject of a verb in the present: the condition something waits for
_UNTIL_SUBJECT = re.compile(r"\buntil\s+(?:[\w'\u2019-]+\s+){1,3}$", re.IGNORECASE)
_AND_TO = re.compile(r"\b(?:and|or)\s+to\s+$")
# a subject that names nothing: "none of the lines has been", "none of them was", "neither X nor Y has been"
_NONE_SUBJECT = re.compile(  # ("No South Korean officials have returned to the office": "no" before the subject)
    r"(?:\bnone\s+of\s+(?:the|them|these|those|its|their)\b"
    # (also after a conjunction or a dateline: "the rails were joined in 2003, though no train has yet crossed the
    # line", "SEOUL (Kyodo) No freight train has crossed ...")
    r"|(?:^|[.;:)]\s*|\b(?:but|though|although|yet|and)\s+)no\s+(?!doubt\b|matter\b|longer\b)"
    # ("Neither the liaison line nor the military lines have been answered since April")
    r"|(?:^\W*|[.;:]\s*)neither\s+[^,;:]{0,60}?\snor\s)"
    # (an auxiliary before the verb, or none: "none of its 53,000 workers turned up", "No workers report")
    r"[^,;:]{0,40}?(?:\s(?:has|have|had|was|were|is|are)"
    r"(?:\s+(?:yet|so\s+far|since|ever))?(?:\s+been)?)?\s+$",
    re.IGNORECASE,
)
_SHELVED_PLAN = re.compile(
    r"\b(?:put\s+off|shelved|shelves|scrapped|scraps|dropped|drops|abandoned|postponed|postpones|cancell?ed)\s+"
    r"(?:its\s+|their\s+|the\s+|a\s+)?plans?\s+(?:[\w.,']+\s+){0,4}?to\s+$"
    r"|\b(?:withdrew|withdrawn|withdrawing|withdraws|retracted)\s+(?:its\s+|their\s+|the\s+|an\s+)?offers?\s+"
    r"(?:[\w.,']+\s+){0,4}?to\s+$",
    re.IGNORECASE,
)
_SAID_IT_WAS = re.compile(r"\b(?:said|says|announced|declared)\s+(?:that\s+)?(?:it|they)\s+(?:was|were)\s+\w+ing\b")
_AND_WOULD = re.compile(r"\band\s+(?:would|will)\s+(?:\w+\s+)?$")
