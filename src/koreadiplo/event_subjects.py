"""Actors and targets of the event sentence reader (rule 4 of :mod:`koreadiplo.events`): who acts, on whom."""

from __future__ import annotations

import re

from .actions import Pattern
from .actors import ActorVocabulary
from .event_objects import _COORD_VERB_BEFORE  # a verb coordinated with an earlier one
from .event_pairing import _ORDERED_BEFORE  # "ordered the hotels torn down"
from .mentions import _BOUNDARY, _POSSESSIVE, _PREPOSITIONS, _SUBORDINATE, _Trig, _words

_VERBAL_CATEGORIES = {"criticism", "threat"}
# "X accused Y of ... and said it would ...": "it" after a second verb of X is X
_AND_SAID_IT = re.compile(
    r"\b(?:and|but)\s+(?:\w+ly\s+)?(?:said|says|added|warned|announced|vowed|threatened|declared|insisted)\s+"
    r"(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\b"
)
_BY_AGENT = re.compile(r"^\W*(?:\w+\s+){0,3}?by\s+$")
_AGENT_HEADS = frozenset(
    """leader leaders government military army navy officials official president ministry
    spokesperson spokesman spokeswoman authorities regime leadership envoy negotiator negotiators delegation
    troops forces soldiers foreign defense unification top new state-run state premier prime minister
    parliament cabinet administration sister""".split()
)
_LEAD_TITLES = re.compile(
    r"(?:\b(?:the\s+)?(?:then-)?(?:leader|president|minister|chairman|general|secretary|spokesperson|"
    r"spokesman|premier|envoy|ambassador|lawmaker|counterpart|sister|u\.s\.|north\s+korean|south\s+korean|"
    r"chinese|russian|japanese|american|foreign|defense|unification|prime|state|vice|first|deputy)\s+)+$"
)
_DEMONYM_ENDINGS = ("ean", "ese", "can", "ian", "ish")
_DEMONYM_RE = re.compile(r"[A-Z][\w. ]*(?:ean|ese|can|ian|ish)")
_TITLE_GAP = re.compile(
    r"(?:\s+(?:[A-Z][\w.'-]*|then-[A-Z][\w.'-]*|[a-z]+\s+[a-z]+ister|leader|president|"
    r"minister|spokesperson|spokesman|official|envoy|negotiator|ruler|dictator|lawmaker|"
    r"ambassador|diplomat|general|commander|state\s+media)){1,4}\s+"
)
_AND_TITLE = re.compile(
    r"\s*,?\s+(?:and|&)\s+(?:(?:the\s+)?(?:[A-Z][\w.'-]*|then-\w+|leader|president|"
    r"minister|counterpart)\s+){0,4}"
)
# "'s (unilateral) decision to": a noun of decision whose owner acts in the infinitive after it
_DECISION_TO = re.compile(
    r"(?:['\u2019]s|(?<=s)['\u2019])\s+(?:[\w-]+\s+){0,2}?(?:decision|move|plans?|threat|refusal|offer|proposal|bid|"
    r"attempt|order|demand|pledge|promise|vow)\s+to\s+$"
)
# verbs of telling: the actor after them is the one told, not the subject of what follows
_TELLING = frozenset("told tells tell telling informed informs inform notified notifies notify".split())
# what may stand between a verb and the actor that is its object ("expelled all South Koreans")
_OBJECT_GAP = re.compile(r"\s+(?:(?:all|the|some|most|many|its|their|remaining|about|\d+|hundreds\s+of)\s+){0,3}")
# ", and" / ", but" right before a verb: it may go back past a subordinate clause to the main one
_COMMA_AND_BEFORE = re.compile(r",\s*(?:and|but)\s+(?:later\s+|then\s+|\w+ly\s+)?$")
# ", but reversed itself that night": the main clause goes on after a subordinate clause
_COMMA_AND_VERB = re.compile(r",\s*(?:and|but)\s+(?:\w+ly\s+|then\s+|later\s+)?[a-z]+ed\b")
# a subordinate clause whose subject is a noun phrase of its own, right before its verb ("after a soldier shot")
_SUBORDINATE_OWN_SUBJECT = re.compile(
    r"\b(?:after|because|when|since|before|while|until|although|though)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){1,3}"
)
# the pronoun subject of a relative clause right after its head noun ("the channels (that) it cut")
_RELATIVE_PRONOUN_SUBJECT = re.compile(r"\s+(?:that\s+|which\s+)?(it|they)\s")
_TO_VERB_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
_PRONOUN_BEFORE = re.compile(r"(?<![\w'])(?:it|they|he|she)\s+(?:\S+\s+){0,3}$")
# "by ordering all South Koreans out": an actor right after a gerund (and a determiner) is its object ...
_GERUND_BEFORE = re.compile(r"\b([a-z]+ing)\s+(?:(?:all|the|its|their|both|some|many|most)\s+)?$")
# ... unless a verb of its own follows ("saying North Korea had agreed") or the gerund makes it the subject of
# the next verb ("urging Seoul not to hold", "accusing Seoul of letting", "blaming Seoul for failing")
_OWN_VERB_AFTER = re.compile(
    r"(?:['\u2019]s\s+[\w-]+)?\s*(?:had|has|have|was|were|is|are|would|will|could|can|may|might|should|must|did|"
    r"does|do|[a-z]+ed|(?:not\s+)?to|of|for)\b"
)
_GERUND_NOUNS = frozenset(
    "morning evening meeting briefing beginning opening ending building wedding ceiling spring thing nothing "
    "something everything anything king beijing evening sing".split()
)


class _LazySubject:
    """The first non-outlet actor of a sentence, found only when a later pronoun asks for it."""

    __slots__ = ("text", "actors", "fallback")

    def __init__(self, text: str, actors: ActorVocabulary, fallback):
        self.text, self.actors, self.fallback = text, actors, fallback

    def resolve(self):
        first = [a for a in self.actors.find(self.text) if a.actor.kind != "outlet"][:1]
        return first[0].actor if first else _resolve_subject(self.fallback)


def _resolve_subject(subject):
    return subject.resolve() if isinstance(subject, _LazySubject) else subject


class SubjectsMixin:
    """The actor and target rules of the event sentence reader (mixed into ``events._SentenceReader``):
    :meth:`_actor_target` reads who acts in a mention and on whom, with :meth:`_subjects` telling which actor
    mentions can be a subject."""

    def _subjects(self) -> list[bool]:
        """For each actor mention of the sentence: can it be the subject of a verb?

        Not after a preposition ("talks with Seoul"), not a possessive unless an agent noun follows
        ("North Korea's leader" yes, "North Korea's denuclearization" no), not a demonym modifying the next
        actor ("South Korean President Moon Jae-in"), and a mention coordinated with a non-subject
        ("of the north and the south") is none either.
        """
        if self._subj is not None:
            return self._subj
        base, out = self.offset, []
        for i, a in enumerate(self.actors):
            rs, re_ = a.start - base, a.end - base
            ok = True
            poss = _POSSESSIVE.match(self.text, re_)
            if poss:
                nxt = self.low[poss.end() :].split()[:1]
                ok = bool(nxt) and nxt[0].strip(",.") in _AGENT_HEADS
            prev = self.low[:rs].split()[-1:]
            lead = _LEAD_TITLES.search(self.low[:rs])
            if lead is not None:
                prev = self.low[: lead.start()].split()[-1:]
            if prev and (prev[0] in _PREPOSITIONS or prev[0] in _TELLING):
                ok = False  # ("talks with Seoul"; "told the South it was shelving the talks": the teller acts)
            ger = _GERUND_BEFORE.search(self.low, 0, rs)
            if ok and ger and ger.group(1) not in _GERUND_NOUNS and not _OWN_VERB_AFTER.match(self.low, re_):
                ok = False
            if i and ok and prev and prev[0] in ("and", "or", "&"):
                b = self.actors[i - 1]
                if (
                    re.fullmatch(r"\s*,?\s*(?:and|or|&)\s+(?:the\s+)?", self.low[b.end - base : rs])
                    and not out[-1]
                ):
                    ok = False
            if (
                ok
                and a.actor.kind == "country"
                and a.text.endswith(_DEMONYM_ENDINGS)
                and i + 1 < len(self.actors)
            ):
                b = self.actors[i + 1]
                if _TITLE_GAP.fullmatch(self.text[re_ : b.start - base]):
                    ok = False
            out.append(ok)
        self._subj = out
        return out

    def _actor_target(self, t: _Trig, p: Pattern, obj_span, mode: str, clause: int):
        base = self.offset
        allow_outlet = p.category in _VERBAL_CATEGORIES
        subjects = self._subjects()
        actor = target = None
        if mode == "passive":
            for a in self.actors:
                rs = a.start - base
                if rs >= t.end and _BY_AGENT.match(self.text[t.end : rs]):
                    actor = a.actor
                    break
            order = (
                _ORDERED_BEFORE.search(self.low, max(0, obj_span[0] - 60), obj_span[0])
                if actor is None and obj_span is not None else None
            )
            if order is not None:  # "Kim ordered the hotels torn down": who gave the order acts
                actor = next((a.actor for i, a in enumerate(self.actors)
                              if subjects[i] and clause <= a.start - base and a.end - base <= order.start()
                              and not self.text.startswith("-", a.end - base)), None)  # (not "South Korean-built")
        elif mode not in ("intransitive", "compound", "nominal") and (owner := self._decider(t)) is not None:
            actor = owner  # "regret over the North's decision to delay the talks": the North delays them
        elif mode == "nominal" and (owner := self._possessor(t)) is not None:
            actor = owner  # "leaving Pyongyang's boycott of the Games in place": the owner of the noun acts
        elif mode == "relative" and obj_span is not None and (
            g := _RELATIVE_PRONOUN_SUBJECT.match(self.low, obj_span[1])
        ) is not None and g.end() <= t.start and (
            near := [a for i, a in enumerate(self.actors) if a.end - base <= obj_span[0]
                     and a.actor.kind not in (("outlet", "person") if g.group(1) == "it" else ("outlet",))
                     and (subjects[i] or _TO_VERB_AFTER.match(self.low, a.end - base))]
        ):  # "called on North Korea to restore the channels it cut in June": "it" is the nearest subject named
            # before the head noun, or the one asked to act (not the minister who called; not "Seoul" in "come to
            # Seoul for the talks it called off")
            actor = near[-1].actor
        elif mode not in ("intransitive", "compound"):
            idx = None
            for i, a in enumerate(self.actors):
                if a.end - base > t.start:
                    break
                if subjects[i] and (a.actor.kind != "outlet" or allow_outlet):
                    idx = i
            if idx is not None and _AND_SAID_IT.search(self.low, self.actors[idx].end - base, t.start):
                first = next((i for i in range(idx) if subjects[i] and self.actors[i].start - base >= clause), None)
                idx = first if first is not None else idx
            if idx is not None:
                idx = self._object_of_earlier_verb(t, idx, subjects)
            if idx is not None:
                idx = self._main_clause_subject(t, idx, subjects)
            if idx is not None:
                subj = self.actors[idx]
                # "A and B met": A acts, B is the partner (meetings, cooperation) or a co-actor
                j = idx
                while True:
                    k = j - 1
                    while k >= 0 and not subjects[k] and _DEMONYM_RE.fullmatch(self.actors[k].text):
                        k -= 1
                    if (
                        k < 0
                        or not subjects[k]
                        or not _AND_TITLE.fullmatch(
                            self.text[self.actors[k].end - base : self.actors[j].start - base]
                        )
                    ):
                        break
                    j = k
                if j != idx:
                    if p.category in ("meeting", "cooperation"):
                        target = subj.actor
                    subj = self.actors[j]
                actor = subj.actor
                self.last_subject = actor
            elif self.ctx.prev_subject is not None and _PRONOUN_BEFORE.search(self.low, clause, t.start):
                actor = _resolve_subject(self.ctx.prev_subject)
        if target is None:
            target = self._target(t, obj_span, mode, actor)
        return actor, target

    def _object_of_earlier_verb(self, t: _Trig, idx: int, subjects: list[bool]) -> int:
        """ "North Korea expelled all South Koreans from Kaesong and cut the hotline": the actor right after an
        earlier verb of ours is its object; a verb coordinated after it takes the subject before that verb."""
        base = self.offset
        if not _COORD_VERB_BEFORE.search(self.low, max(0, t.start - 24), t.start):
            return idx
        start = self.actors[idx].start - base
        verb = next((o for o in getattr(self, "trigs", ()) if o is not t and o.form.verb and o.end <= start
                     and _OBJECT_GAP.fullmatch(self.low, o.end, start)), None)
        if verb is None:
            return idx
        earlier = [i for i in range(idx) if subjects[i] and self.actors[i].end - base <= verb.start]
        return earlier[-1] if earlier else idx

    def _main_clause_subject(self, t: _Trig, idx: int | None, subjects: list[bool]) -> int | None:
        """The subject of ``t`` when a subordinate clause stands between it and the last subject before it: a verb
        coordinated after the clause shares the main clause's subject ("X walked out in April after the Council
        condemned its launch, and carried out a test"); a verb inside a clause with a subject of its own that is
        no actor has none ("Seoul suspended the tours after a soldier shot a tourist")."""
        base = self.offset
        subj_end = self.actors[idx].end - base
        own = _SUBORDINATE_OWN_SUBJECT.search(self.low, subj_end, t.start)
        if own is not None and own.end() == t.start and (
            not re.search(r"[,;:]", self.low[subj_end : own.start()])
            # ("ran tours until July 2008, when a soldier shot a tourist": a "when" clause set off after a date)
            or self.low.startswith("when", own.start()) and re.search(r",\s*$", self.low[subj_end : own.start()])
        ):
            return None
        participle = self.low[max(0, t.start - 2) : t.start] == ", " and t.text.split()[0].lower().endswith("ing")
        if not participle and not _COMMA_AND_BEFORE.search(self.low, max(0, t.start - 40), t.start):
            return idx  # (without the comma, "after the North shelled the island and killed four" stays inside)
        subj_start = self.actors[idx].start - base
        subs = list(_SUBORDINATE.finditer(self.low, 0, subj_start))
        if not subs or _words(self.low[subs[-1].end() : subj_start]) > 3:
            return idx
        if participle and subs[-1].group().strip() not in ("as", "while") and not _COMMA_AND_VERB.search(
            self.low, subj_start, t.start
        ):  # ", halting traffic" after "as U.S. troops began drills": the main clause's subject halts it; but
            # "after the North shelled the island, killing four": the clause's own subject kills
            return idx
        earlier = [i for i in range(idx) if subjects[i] and self.actors[i].end - base <= subs[-1].start()]
        return earlier[-1] if earlier else idx

    def _decider(self, t: _Trig):
        """The actor whose possessive heads a noun of decision right before the trigger's "to" ("the North's
        unilateral decision to delay the talks", "Pyongyang's threat to close the office")."""
        m = _DECISION_TO.search(self.low, max(0, t.start - 60), t.start)
        if m is None:
            return None
        base = self.offset
        return next((a.actor for a in self.actors if a.end - base == m.start()), None)

    def _possessor(self, t: _Trig):
        """The actor whose possessive stands right before a nominal trigger ("the North's withdrawal")."""
        base = self.offset
        for a in self.actors:
            if re.fullmatch(r"['\u2019]s?\s+", self.text[a.end - base : t.start]):
                return a.actor
        return None

    def _target(self, t: _Trig, obj_span, mode: str, actor):
        """First actor after the trigger (or its object) in the clause, after a preposition or right after
        a verb without object; or the parties of "talks between A and B"."""
        base = self.offset
        after_pos = max(t.end, obj_span[1] if obj_span else t.end)
        for a in self.actors:
            rs = a.start - base
            if rs < after_pos:
                continue
            gap = self.low[after_pos:rs]
            if _words(gap) > 8 or re.search(r"[.;:!?]", gap) or _BOUNDARY.search(gap):
                break
            if a.actor.kind == "outlet" or a.actor is actor:
                continue
            words = gap.split()
            if (words and words[-1] in _PREPOSITIONS) or (not words and mode == "any"):
                return a.actor
        return None
