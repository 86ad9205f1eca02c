"""Attributions of the statement reader: cue verbs, relays, "quoted as saying" and the speaker each one names."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from .actors import Actor
from .statement_records import Speaker, _Attribution, _Unit
from .statement_tokens import (
    _AUXILIARIES,
    _CLAUSE_LINKS,
    _DAY_PHRASE,
    _DAY_PHRASE_ENDS,
    _FINITE_AUX,
    _LISTENER_STOP,
    _NAME_PART_VERBS,
    _PREPOSITIONS,
    _TIME_COUNTS,
    _TIME_UNITS,
    _TOLD,
    _WEEKDAYS_MONTHS,
    _is_cap,
    _time_measure,
    _Tok,
)

_REASON_WORDS = frozenset(("because", "when", "after", "as"))  # clauses whose party a participle may speak for
_PREP_OR_TIME = frozenset(_PREPOSITIONS | _WEEKDAYS_MONTHS)
#: Words that cannot be the noun a demonym describes ("told the South of the detention")
_NOT_A_HEAD = frozenset(("of", "about", "against", "and", "or", "but", "as", "not", "never"))
_ISSUED = frozenset(("released", "issued", "signed", "published", "distributed"))
_ORDERED = frozenset(("ordered", "instructed"))  # a directive: the noun after it is who was told to act
_INVERTED_OPENERS = frozenset(("a", "an", "the", "one", "another"))  # "said one Western diplomat"
#: words that complete "declared <object> ...": "declared the agreement void", "declared the talks over"
_OBJECT_COMPLEMENTS = frozenset({"void", "null", "invalid", "defunct", "dead", "over", "illegal", "nullified"})


@functools.lru_cache(maxsize=8)
def _in_document_re(documents: tuple[str, ...]) -> re.Pattern:
    """ "In a letter to ...", "in its statement": words said in a document (``_Reader._in_document``)."""
    words = "|".join(sorted((re.escape(w) for w in documents), key=len, reverse=True))
    return re.compile(rf"\b[Ii]n\s+(?:a|an|his|her|its|their)\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:{words})\b")


# words opening a phrase of place before a described subject ("At Seoul railway station, a 64-year-old man ...")
_PLACE_OPENERS = frozenset("at outside inside in near on among across".split())
_PERSON_HEADS = frozenset(("man", "woman"))  # ("a 64-year-old man", "a woman in her sixties")
_MODIFIER_WORD = re.compile(r"[A-Za-z]+|\d+(?:-[A-Za-z]+)+")

class AttributionsMixin:
    """The attribution rules of the statement reader (mixed into ``statements._Reader``): :meth:`attributions`
    finds every cue verb or relay phrase of a unit outside its quotation marks and resolves its speaker."""

    def attributions(self, toks: list[_Tok]) -> list[_Attribution]:
        """Every attribution in the unit's tokens (outside quotation marks)."""
        out: list[_Attribution] = []
        cues = self.cues
        n = len(toks)
        k = 0
        gate = self._attribution_words
        while k < n:
            t = toks[k]
            low = t.low
            if low not in gate or low in _NAME_PART_VERBS and t.text[:1].isupper() and k > 0 and _is_cap(
                toks[k - 1].text
            ):
                k += 1  # ("the United States said": "States" is part of a name, not a verb)
                continue
            if low == "quoted" and k + 1 < n:
                quoted = self._quoted_as_saying(toks, k)
                if quoted is not None:
                    out.extend(quoted)
                    k = quoted[0].lead_end
                    continue
            relay = self._relay_at(toks, k)
            if relay is not None:
                phrase, width, rank = relay
                span = self.np_after(toks, k + width)
                if span and span[1] + 1 < n and toks[span[1]].low in ("by", "from") and self._bare_document(
                    toks[span[0] : span[1]]
                ):  # "according to a statement by a spokesperson for the Foreign Ministry": the author speaks
                    span = self.np_after(toks, span[1] + 1) or span
                elif (
                    span and span[1] + 2 < n and toks[span[1]].low in _ISSUED and toks[span[1] + 1].low == "by"
                    and toks[span[1] - 1].bare.lower() in self.cues.anaphors.get("document", ())
                ):  # "according to a joint statement released by the Unification Ministry": its author, unless
                    author = self.np_after(toks, span[1] + 2)  # an outlet that only carried it
                    sp_author = self.resolve(toks[author[0] : author[1]], toks[k].start) if author else None
                    if sp_author is not None and sp_author.kind != "outlet":
                        span = author
                if span:
                    sp = self.resolve(toks[span[0] : span[1]], toks[k].start)
                    if rank == 0 and self._bare_document(toks[span[0] : span[1]]):
                        # "..., according to a statement carried by KCNA": the subject of the sentence speaks
                        subj = self._main_subject_span(toks)
                        sp = None
                        if subj is not None and subj[1] <= k:
                            sp = self.resolve(toks[subj[0] : subj[1]], toks[k].start)
                            if sp is not None and sp.kind == "description":
                                sp = None
                        if sp is not None:
                            out.append(_Attribution(sp, phrase, 2, k, span[1], span[1], False, 1))
                            k = span[1]
                            continue
                    if sp is not None:
                        if rank == 2 and low in cues.reporting and sp.kind == "outlet":
                            out.extend(self._told_outlet(toks, k, span[1]))  # "An official told Yonhap that"
                        out.append(_Attribution(sp, phrase, 2, k, span[1], span[1], sp.kind == "outlet", rank))
                        k = span[1]
                        continue
            by = k + 1
            while by < n and by - k <= 4 and (  # past a time ("responded later that month by ...")
                toks[by].low in cues.post_verb or toks[by].low in _DAY_PHRASE or toks[by].low in ("on", "in")
                or self._is_time_word(toks[by])
            ):
                by += 1
            if (low in cues.reporting or low in cues.speech_act) and by + 1 < n and toks[by].low == "by" and (
                toks[by + 1].low.endswith("ing")
            ):  # "North Korea responded by cutting the hotline": an action, not speech
                k += 1
                continue
            if low in ("add", "adds", "added", "adding") and k + 2 < n and toks[k + 1].low == "to" and (
                toks[k + 2].low in ("a", "an", "its", "their", "growing", "mounting", "rising", "the")
                and not (k + 3 < n and toks[k + 3].low in ("reporters", "journalists", "lawmakers", "press", "media"))
            ):
                k += 1  # "The rail deal adds to a thaw that ...": a sum, not words
                continue
            if k > 0 and low.endswith("s") and toks[k - 1].low.endswith(("'s", "\u2019s")) and (
                toks[k - 1].low[:-2].rstrip("'\u2019") not in cues.pronouns
            ):  # "whether the North's claims were true": a noun after a possessive, not a verb
                k += 1
                continue
            if low in cues.only_with_that:
                w = self._adverbs(toks, k + 1)
                w = self._that_after_day_phrase(toks, w) or w
                if w >= n or toks[w].low != "that":
                    k += 1
                    continue
            if low in cues.participles and k > 0 and (
                toks[k - 1].text == "," or toks[k - 1].low == "by" or toks[k - 1].low == "and" and any(
                    toks[b].low == "by" and toks[b + 1].low.endswith("ing") for b in range(max(0, k - 20), k - 2)
                )  # "responded by cutting trade and announcing that ...": the second participle of the same "by"
            ):
                # "..., calling the launch "a provocation"": the subject of the clause speaks (never the noun after)
                subj = self._clause_subject(toks, k) or self._main_subject(toks)
                if subj is None or subj.kind == "description":  # ("The talks stalled because the North walked
                    subj = self._reason_subject(toks, k) or subj  # out, saying ...": the party of the reason)
                if subj is not None:
                    out.append(_Attribution(subj, low, 1, k, k + 1, self._lead_end(toks, k), False, 1))
            elif low in cues.reporting or low in cues.speech_act:
                strength = 2 if low in cues.reporting else 1
                span, named_by = self._antecedent_of_who(toks, self.np_before(toks, k))
                if span is None and low in cues.reporting and k >= 3 and toks[k - 1].low in ("which", "who") and (
                    toks[k - 2].text == ","
                ):  # "..., per the JCS, which said it saw no other unusual activity": the noun before speaks
                    named = self._np_back(toks, k - 2, 0)
                    sp = self.resolve(toks[named[0] : named[1]], t.start) if named else None
                    if named and named[0] > 1 and toks[named[0] - 1].text == "," and toks[k - 1].low == "who":
                        # "Gen. Kim Tae-young, the new chairman of the Joint Chiefs of Staff, who told ...": the
                        # person the appositive describes speaks, not the body named inside it
                        name = self._np_back(toks, named[0] - 1, 0)
                        person = self.resolve(toks[name[0] : name[1]], t.start) if name else None
                        if person is not None and person.kind == "person":
                            sp = person
                    if sp is not None and sp.kind != "description":
                        out.append(_Attribution(sp, low, strength, k - 1, k + 1, self._lead_end(toks, k),
                                                sp.kind == "outlet", 1, relative=True))
                        k += 1
                        continue
                if span is None and low in cues.reporting and k > 2 and toks[k - 1].low == "to":
                    made = self._made_to_say(toks, k)  # "..., prompting Yoon to say that ..."
                    if made is not None:
                        out.append(made)
                        k += 1
                        continue
                aux = 1 if k > 2 and toks[k - 1].low in ("has", "have", "had") else 0  # "... and has warned that"
                # "X cut the lines and said ..."
                if span is None and k > 1 + aux and toks[k - 1 - aux].low in ("and", "but"):
                    subj = self._main_subject_span(toks)
                    # "..., a day after Pyongyang ordered them out and said ...": the subordinate clause's subject
                    subj = self._subordinate_subject(toks, subj[1] if subj else 0, k - 1 - aux) or subj
                    # "X, which ..., called the delay suspicious and said ...": the speaker of the verb before
                    prev = [a for a in out if a.hi <= k and not a.is_outlet and not a.relative and a.rank == 1]
                    if (
                        prev and subj is not None and prev[-1].lo >= subj[0] and prev[-1].hi < k - 1 - aux
                        and prev[-1].speaker.kind != "description"
                    ):
                        subj = None
                        sp = prev[-1].speaker
                        out.append(_Attribution(sp, low, strength, prev[-1].lo, k + 1, self._lead_end(toks, k),
                                                sp.kind == "outlet", 1, coordinated=True))
                        k += 1
                        continue
                    if subj is not None and subj[1] < k - 1 - aux:
                        sp = self.resolve(toks[subj[0] : subj[1]], t.start)
                        if sp is not None:
                            out.append(
                                _Attribution(
                                    sp,
                                    low,
                                    strength,
                                    subj[0],
                                    k + 1,
                                    self._lead_end(toks, k),
                                    sp.kind == "outlet",
                                    1,
                                    coordinated=True,
                                )
                            )
                        k += 1
                        continue
                inverted = None
                if (
                    span is None and k > 0 and (toks[k - 1].is_quote or toks[k - 1].text in (",", "\u2014"))
                    and low not in _TOLD  # "..., told reporters": the noun after "told" listens, it never speaks
                    and low not in _ORDERED  # '"a great upheaval," ordered army medics': who is ordered never speaks
                ):
                    inverted = self.np_after(toks, k + 1)
                    if inverted is None and k + 2 < len(toks) and toks[k + 1].low in _INVERTED_OPENERS:
                        inverted = (k + 1, k + 2)  # "said a lecturer in ...": a head noun no list knows
                    if inverted is not None:
                        inverted = self._inverted_tail(toks, inverted)
                    if inverted is not None and inverted[1] < n and toks[inverted[1]].low in _FINITE_AUX:
                        inverted = None  # "..., said the two sides should meet": a clause, not an inverted speaker
                    if inverted is not None and (
                        toks[inverted[1] - 1].low in _OBJECT_COMPLEMENTS
                        or inverted[1] < n and toks[inverted[1]].low in _OBJECT_COMPLEMENTS
                    ):  # "..., declared the 2018 military agreement void": an act with its object, nobody speaks
                        inverted = None
                sp = None
                if span is not None:
                    sp = self._same_sentence_it(toks, span) or self.resolve(toks[slice(*(named_by or span))], t.start)
                if sp is None and inverted is None and low not in _TOLD:
                    # ('"...," a resident of Goyang, north of Seoul, said': a description no rule reads)
                    sp, span = self._described_after_quote(toks, k) or (None, span)
                if span is not None:
                    if sp is not None:
                        out.append(
                            _Attribution(
                                sp,
                                low,
                                strength,
                                span[0],
                                k + 1,
                                self._lead_end(toks, k),
                                sp.kind == "outlet",
                                1,
                                relative=span[0] > 0 and toks[span[0] - 1].low in ("which", "that", "who", "whom")
                                and not (  # "said ... and that the North had told ...": "that" opens a clause
                                    toks[span[0] - 1].low == "that" and span[0] > 1
                                    and toks[span[0] - 2].low in ("and", "or", "but")
                                )
                                or k + 1 < n and toks[k + 1].text[0].isalnum()
                                and self._reduced_relative(toks, span[0]),
                            )
                        )
                elif inverted is not None:
                    sp = self.resolve(toks[inverted[0] : inverted[1]], t.start)
                    if sp is not None:
                        hi = self._relative_clause_end(toks, inverted[1])
                        out.append(_Attribution(sp, low, strength, k, hi, hi, sp.kind == "outlet", 1))
                        k = inverted[1]
                        continue
            k += 1
        return self._relayed_bodies(out)

    def _antecedent_of_who(
        self, toks: list[_Tok], span: tuple[int, int] | None
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """A speaker phrase running into a relative clause ("One business owner who returned last month says", "Lee
        In-young, a ruling party lawmaker who has said ..."): the noun before "who", and the name that noun is set off
        after (None when there is none)."""
        if span is None:
            return None, None
        cut = next((i for i in range(span[0] + 1, span[1]) if toks[i].low == "who"), None)
        if cut is None:
            return span, None
        if self.resolve(toks[span[0] : cut], toks[span[0]].start) is None:
            return span, None  # ("A man who said he was a veteran": a head no list knows stays as it was read)
        name = self._np_back(toks, span[0] - 1, 0) if span[0] > 1 and toks[span[0] - 1].text == "," else None
        named = self.resolve(toks[name[0] : name[1]], toks[name[0]].start) if name is not None else None
        # ("One tourist, a 68-year-old retired civil servant who said ...": a description is no name)
        return (span[0], cut), name if named is not None and named.kind != "description" else None

    def _subordinate_subject(self, toks: list[_Tok], lo: int, hi: int) -> tuple[int, int] | None:
        """The subject of a subordinate clause set off by a comma between ``lo`` and a coordinated verb at ``hi``
        ("The workers crossed back, a day after Pyongyang ordered them out and said ...": Pyongyang said it)."""
        for s in range(hi - 1, lo, -1):
            t = toks[s]
            if t.is_quote or t.text == ";":
                return None
            if t.low not in self.cues.subordinators or not t.text.islower():
                continue
            c = s - 1
            while c > lo and toks[c].text != "," and s - c <= 4:
                c -= 1
            if toks[c].text != "," or not (c + 1 == s or _time_measure(toks[c + 1 : s + 1])):
                return None
            span = self.np_after(toks, s + 1)
            if span is None or span[1] >= hi:
                return None
            verb = toks[span[1]]
            past = verb.text.islower() and (verb.low.endswith("ed") or verb.low in self.cues.past_verbs)
            return span if past else None
        return None

    def _made_to_say(self, toks: list[_Tok], k: int) -> _Attribution | None:
        """The noun phrase after a causative verb and before "to <reporting verb>" speaks ("..., prompting
        President Yoon Suk Yeol to say that Seoul would respond", "leading the minister to warn that ...")."""
        span = self.np_before(toks, k - 1)
        if span is None:
            return None
        inside = [c for c in range(span[0], span[1] - 1) if toks[c].low in self.cues.causatives]
        if inside:  # "The launch led the ministry": the phrase ends at the verb
            span = (inside[-1] + 1, span[1])
        elif span[0] == 0 or toks[span[0] - 1].low not in self.cues.causatives:
            return None
        sp = self.resolve(toks[span[0] : span[1]], toks[k].start)
        if sp is None:
            return None
        return _Attribution(sp, toks[k].low, 2, span[0], k + 1, self._lead_end(toks, k), sp.kind == "outlet", 1)

    def _told_outlet(self, toks: list[_Tok], k: int, lead_end: int) -> list[_Attribution]:
        """The subject of "told <outlet>" speaks; the outlet only relays ("A ministry official, who declined
        to be named, told Yonhap that ...")."""
        span = self.np_before(toks, k)
        sp = None
        if span is not None:
            sp = self._same_sentence_it(toks, span) or self.resolve(toks[span[0] : span[1]], toks[k].start)
        if sp is None:  # ('"...," a resident of Goyang, north of Seoul, told Axios': the outlet only listened)
            sp, span = self._described_after_quote(toks, k) or (None, span)
        if sp is None or sp.kind == "outlet":
            return []
        return [_Attribution(sp, toks[k].low, 2, span[0], k + 1, lead_end, False, 1)]

    def _described_after_quote(self, toks: list[_Tok], k: int) -> tuple[Speaker, tuple[int, int]] | None:
        """ '"...," a resident of Goyang, north of Seoul, said', '... an official at the transit office near the
        border told Yonhap': a description between a closing quotation mark and the verb at ``k`` that no other rule
        reads is still the speaker, as the text gives it (an indefinite one, with no verb of speech inside)."""
        q = next((i for i in range(k - 1, max(-1, k - 16), -1) if toks[i].is_quote), None)
        words = toks[q + 1 : k] if q is not None else []
        if words and words[0].text == ",":  # ('"...", a resident ...': the comma after the quotation mark)
            words = words[1:]
        if words and words[-1].text == ",":
            words = words[:-1]
        if len(words) >= 2 and words[0].low in ("a", "an", "one") and all(
            t.text[0].isalnum() or t.text in (",", "-") for t in words
        ) and not any(t.low in self.cues.reporting or t.low in self.cues.speech_act for t in words):
            phrase = " ".join(self.text[words[0].start : words[-1].end].split())
            return Speaker(self._lower_opening(phrase)), (q + 1, k)
        return None

    @staticmethod
    def _reduced_relative(toks: list[_Tok], i: int) -> bool:
        """The speaker at ``i`` opens a relative clause with no relative pronoun after an appositive noun
        (", a gesture Seoul said it would treat as an apology")."""
        return (
            i >= 3 and toks[i - 3].text == "," and toks[i - 2].low in ("a", "an", "the")
            and toks[i - 1].text.isalpha() and toks[i - 1].text.islower()
        )

    def _same_sentence_it(self, toks: list[_Tok], span: tuple[int, int]) -> Speaker | None:
        """ "The ministry issued a statement, and it said ...": "it" / "they" later in a sentence is the
        subject of its main clause when that is not a person."""
        i = span[0]
        if span[1] - i != 1 or i < 2:
            return None
        relative = toks[i - 1].low in ("which", "what") and toks[i].low in ("it", "they", "he", "she")
        if toks[i].low == "it" and (toks[i - 1].low in ("who", "whom", "that") or self._reduced_relative(toks, i)):
            # "deported two fishermen who it said had killed ...", "on March 11, the day it said ...": the subject
            # of the main clause, when it is a named body or country
            subj = self._main_subject_span(toks)
            sp = self.resolve(toks[subj[0] : subj[1]], toks[subj[0]].start) if subj and subj[1] < i else None
            return sp if sp is not None and sp.kind in ("country", "org", "outlet") else None
        if relative:
            # "..., which it claimed was ...", "what he calls ...": the last actor of the right kind before it
            want_person = toks[i].low in ("he", "she")
            found = [
                m for m in self.vocab.find(self.text[toks[0].start : toks[i - 1].start], offset=toks[0].start)
                if (m.actor.kind == "person") == want_person and m.actor.kind != "outlet"
            ]
            subj = self._main_subject_span(toks) if toks[i - 1].low == "what" else None
            if not found:
                if want_person and subj is not None and subj[1] < i - 1:
                    # "Kim expressed regret at what she called ...": a bare surname the vocabulary does not
                    # know, the subject of the main clause
                    sp = self.resolve(toks[subj[0] : subj[1]], toks[subj[0]].start)
                    return sp if sp is not None and sp.kind == "person" else None
                return None
            m = found[-1]
            if subj is not None and subj[1] <= i and any(
                t.low == "that" and toks[subj[1] - 1].end <= t.start < m.start for t in toks[subj[1] : i]
            ):  # "North Korea ... warning that Seoul would answer for what it called ...": the main clause's
                # subject names the thing, not the one inside the clause it reports
                sp = self.resolve(toks[subj[0] : subj[1]], toks[subj[0]].start)
                if sp is not None and (sp.kind == "person") == want_person:
                    return sp
            if want_person:
                return self._person(m.actor.name, m.actor, toks, m.start, toks[i].start)
            country = self.country_names.get(m.actor.country or "")
            return Speaker(m.actor.name, None, None if country == m.actor.name else country, m.actor.country,
                           m.actor.kind)
        if not relative and (
            toks[i].low not in ("it", "they") or toks[i - 1].low not in _CLAUSE_LINKS or toks[i - 2].text != ","
        ):
            return None
        subj = self._main_subject_span(toks)
        if subj is None or subj[1] > i or subj[0] == i:
            return None
        sp = self.resolve(toks[subj[0] : subj[1]], toks[subj[0]].start)
        if sp is None:
            return None
        person = sp.kind == "person"
        if toks[i].low in ("he", "she"):  # "Yoon laid out what he calls an "audacious initiative""
            return sp if person else None
        return sp if not person else None  # "..., which it said raise tension": the ministry

    _TAIL_STOPS = frozenset(
        "as when while before after because since though although who whom whose which that where and but or "
        "during upon despite according adding saying speaking noting told".split()
    )
    _TIME_OPENERS = frozenset("on in last this earlier later late early next".split())

    def _inverted_tail(self, toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int]:
        """ "..., said the owner of a shoe factory.", "..., said a 64-year-old retired teacher from Seoul as she
        waited": an inverted description that opens with "a" / "an" / "the" (or ends in a speaker noun) runs on
        through lower-case words and prepositional phrases to the end of the sentence, a comma, a conjunction, a
        time ("on Tuesday") or a setting ("in a statement")."""
        i, j = span
        while j - i > 1 and toks[j - 1].low in self._TAIL_STOPS:  # "said a South Korean official as the talks ended"
            j -= 1
        span = (i, j)
        n = len(toks)
        described = toks[i].low in ("a", "an", "the") and not any(
            _is_cap(t.text) and t.low not in self.cues.description_words and not t.text[:1].isdigit()
            for t in toks[i + 1 : j][:1]
        )
        if not described and (j >= n or toks[j].low not in self._HEAD_PREPOSITIONS or toks[j - 1].bare.lower()
                              not in self.cues.speaker_nouns):
            return span
        m = j
        while m < n and m - i <= 16:
            t = toks[m]
            if t.is_quote or not t.text[0].isalnum():
                break
            if t.low in self._TAIL_STOPS or t.low in self.cues.reporting or t.low in self.cues.speech_act:
                break
            if t.low in self._TIME_OPENERS and m + 1 < n and (
                self._is_time_word(toks[m + 1]) or toks[m + 1].low in ("week", "month", "year", "day")
            ):
                break
            if t.low in self._HEAD_PREPOSITIONS and self._setting_at(toks, m + 1):
                break
            if t.low in _FINITE_AUX:  # "said the two sides should meet": a clause starts here
                break
            m += 1
        while m > j and toks[m - 1].low in self._HEAD_PREPOSITIONS | {"a", "an", "the"}:
            m -= 1
        if m == j or not (m == n or toks[m].text in (",", ".", ";", "!", "?", "\u2014")
                          or toks[m].low in self._TAIL_STOPS or toks[m].low in self._TIME_OPENERS
                          or toks[m].low in self._HEAD_PREPOSITIONS):
            return span
        return i, m

    def _setting_at(self, toks: list[_Tok], k: int) -> bool:
        """ "a statement", "a news conference", "the briefing": a setting of speech starts at ``toks[k]``."""
        for m in range(k, min(k + 4, len(toks))):
            if toks[m].bare.lower() in self.cues.speech_settings:
                return True
            if not toks[m].text[0].isalnum():
                return False
        return False

    def _relayed_bodies(self, atts: list[_Attribution]) -> list[_Attribution]:
        """A body of another country in a statement carried by a state outlet ("the defense ministry said in a
        statement carried by KCNA") is that outlet's country's body, when the vocabulary knows one."""
        codes = {a.speaker.country for a in atts if a.is_outlet and a.speaker.name in self.cues.speaking_outlets}
        codes.discard(None)
        if len(codes) != 1:
            return atts
        code = codes.pop()
        for i, a in enumerate(atts):
            sp = a.speaker
            if a.is_outlet or sp.kind != "org" or sp.country in (None, code):
                continue
            other = self._counterpart(sp.name, code)
            if other is not None:
                atts[i] = replace(a, speaker=Speaker(other.name, None, self.country_names.get(code), code, "org"))
        return atts

    def _counterpart(self, name: str, code: str) -> Actor | None:
        """The body of country ``code`` that the aliases of body ``name`` name with that country in front."""
        actor = self.vocab.get(name)
        country = self.country_names.get(code)
        if actor is None or country is None:
            return None
        for alias in actor.aliases:
            for c_alias in self.vocab.get(country).aliases:
                for form in (f"{c_alias} {alias}", f"{c_alias}'s {alias}"):
                    found = self.vocab.get(form)
                    if found is not None and found.country == code and found.kind == "org":
                        return found
        return None

    def _note_described_subject(self, toks: list[_Tok]) -> None:
        """A sentence opening with someone described ("A senior government official reached by telephone ...")
        gives "he" / "she" in the next sentences an antecedent (``_State.described``)."""
        k = 0
        if toks and toks[0].low in _PLACE_OPENERS:
            # "At Seoul railway station, a 64-year-old man who fled from Hamhung ... stopped to read ...": a phrase of
            # place before the described subject
            k = next((i + 1 for i in range(1, min(len(toks) - 1, 10)) if toks[i].text == ","), 0)
            if not k or not any(c.isupper() for c in self.text[toks[1].start : toks[k - 1].end]):
                k = 0
        if len(toks) < k + 3 or toks[k].low not in ("a", "an"):
            return
        j = k + 1
        nouns = self.cues.speaker_nouns | _PERSON_HEADS
        while (j < len(toks) and j <= k + 6 and _MODIFIER_WORD.fullmatch(toks[j].text)
               and toks[j].bare.lower() not in nouns):
            j += 1  # ("a 64-year-old man")
        if j >= len(toks) or j > k + 6 or toks[j].bare.lower() not in nouns:
            return
        while j + 1 < len(toks) and toks[j + 1].bare.lower() in nouns:
            j += 1  # "a senior government official"
        phrase = " ".join(self.text[toks[k].start : toks[j].end].split())
        phrase = phrase[0].lower() + phrase[1:]
        matches = self.vocab.find(phrase)
        country = self._country(phrase, matches)
        orgs = [m.actor.name for m in matches if m.actor.kind in ("org", "outlet")]
        self.state.described.append(
            (toks[k].start, Speaker(phrase, None, orgs[-1] if orgs else self.country_names.get(country or ""), country))
        )

    def _note_documents(self, toks: list[_Tok]) -> None:
        """ "The decision came in a statement by Kim Yong Ju": a document's named author is the issuer that
        "the statement said" refers to later, even when no row quotes this sentence."""
        documents = self.cues.anaphors.get("document", ())
        for i in range(1, len(toks) - 2):
            if toks[i + 1].low not in ("by", "from"):
                continue
            if toks[i].low in ("signed", "issued", "sent") and toks[i - 1].low in ("was", "were", "is", "had"):
                signed = True  # "It was signed by Kim Yong Sun": the author of the message just named
            elif toks[i].low in documents:
                signed = False
            else:
                continue
            if signed or toks[i - 1].low in ("a", "an", "the") or i >= 2 and toks[i - 2].low in ("a", "an", "the"):
                span = self.np_after(toks, i + 2)
                if span is None:
                    continue
                sp = self.resolve(toks[span[0] : span[1]], toks[span[0]].start)
                if sp is not None and sp.kind in ("person", "org", "country"):
                    carrier = self._carried_by(toks, span[1])
                    if carrier is not None:  # "a statement from the General Staff ... carried by KCNA"
                        sp = replace(sp, via=(carrier,))
                    self.state.documents.append((toks[span[1] - 1].end, sp))
        for i in range(1, len(toks) - 2):
            # "Kim Yo Jong, the leader's sister, issued a statement": the subject is the document's author
            if toks[i].low not in self.cues.issue_verbs:
                continue
            k = i + 1
            # "the delegates handed reporters a statement", "handed the South Korean press a statement": up to
            # four words of a listener before the document
            k = next((e for e in range(k, min(len(toks), k + 5)) if toks[e].low in ("a", "an")
                      or not toks[e].text.isalpha()), k)
            if toks[k].low not in ("a", "an"):
                continue
            head = next((j for j in range(k + 1, min(k + 4, len(toks))) if toks[j].bare.lower() in documents), None)
            if head is None or any(not toks[j].text[0].isalnum() for j in range(k, head)):
                continue
            span = self.np_before(toks, i)
            if span is None:
                continue
            sp = self.resolve(toks[span[0] : span[1]], toks[span[0]].start)
            if sp is not None and sp.kind in ("person", "org", "country", "description", "group"):
                self.state.documents.append((toks[head].end, sp))

    def _in_document(self, unit: _Unit) -> bool:
        """Whether the unit says its words are in a document ("In a letter to ..., X described ... as "..."):
        then "the letter said" later refers to X's, even when X's row is a speech act's partial quote."""
        rx = _in_document_re(tuple(self.cues.anaphors.get("document", ())))
        return rx.search(self.text, unit.start, unit.end) is not None

    def _bare_document(self, toks: Sequence[_Tok]) -> bool:
        """ "a statement", "a report released Tuesday": a document nobody is named for."""
        words = [t for t in toks if t.text[0].isalnum()]
        low = " ".join(t.bare.lower() for t in words)
        return (
            bool(words)
            and words[0].low in ("a", "an")
            and words[-1].bare.lower() in self.cues.anaphors.get("document", ())
            and not any(_is_cap(t.text) for t in words[1:])
            and not any(low.endswith(" " + d) for d in self.cues.documents)  # "a joint statement" speaks itself
        )

    def _quoted_as_saying(self, toks: list[_Tok], k: int) -> list[_Attribution] | None:
        """ "Yonhap quoted a government official as saying ...": the official speaks, Yonhap relays;
        passive "Kim was quoted as saying by KCNA": Kim speaks, KCNA relays."""
        if k >= 2 and toks[k - 1].low in ("was", "were", "is", "been"):
            return self._passive_quoted(toks, k)
        span = self.np_after(toks, k + 1)
        if (
            span is None
            or span[1] + 1 >= len(toks)
            or toks[span[1]].low != "as"
            or toks[span[1] + 1].low not in ("saying", "telling", "stating")
        ):
            return None
        sp = self.resolve(toks[span[0] : span[1]], toks[span[1]].start)
        if sp is None:
            return None
        lead_end = span[1] + 2
        while lead_end < len(toks) and (toks[lead_end].text in (":", ",") or toks[lead_end].low == "that"):
            lead_end += 1
        out = [_Attribution(sp, "quoted", 2, span[0], span[1] + 2, lead_end, sp.kind == "outlet", 1)]
        src = self.np_before(toks, k)
        if src is not None:
            relay = self.resolve(toks[src[0] : src[1]], toks[k].start)
            if relay is not None and relay.kind == "outlet":
                out.append(_Attribution(relay, "quoted", 2, src[0], k + 1, k + 1, True, 2))
        return out

    def _passive_quoted(self, toks: list[_Tok], k: int) -> list[_Attribution] | None:
        """ "Kim was quoted as saying by KCNA" / "an official was quoted by Yonhap as saying"."""
        n = len(toks)
        j = k + 1
        relay = None

        def by_outlet(j: int) -> int:
            nonlocal relay
            if j + 1 < n and toks[j].low == "by":
                span = self.np_after(toks, j + 1)
                if span:
                    relay = self.resolve(toks[span[0] : span[1]], toks[k].start)
                    return span[1]
            return j

        j = by_outlet(j)
        if not (j + 1 < n and toks[j].low == "as" and toks[j + 1].low in ("saying", "telling", "stating")):
            return None
        verb_end = j + 2
        j = by_outlet(verb_end) if relay is None else verb_end
        subj = self.np_before(toks, k - 1)
        sp = self.resolve(toks[subj[0] : subj[1]], toks[k].start) if subj else None
        if sp is None:
            return None
        while j < n and (toks[j].text in (":", ",") or toks[j].low == "that"):
            j += 1
        out = [_Attribution(sp, "quoted", 2, subj[0], verb_end, j, sp.kind == "outlet", 1)]
        if relay is not None and relay.kind == "outlet":
            out.append(_Attribution(relay, "quoted", 2, k, k + 1, k + 1, True, 2))
        return out

    def _relative_clause_end(self, toks: list[_Tok], j: int) -> int:
        """After "said Park," a clause "who ..." (or "which ...") describing the speaker runs to the next
        quotation or the end."""
        if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in ("who", "whose", "which"):
            e = j + 1
            while e < len(toks) and not toks[e].is_quote:
                e += 1
            return e
        return j

    def _relay_at(self, toks: list[_Tok], k: int) -> tuple[str, int, int] | None:
        """A relay phrase starting at ``toks[k]``: (phrase, number of words, rank). Outer phrases (per,
        according to) and source phrases (citing) take any noun phrase; inner ones (carried by, told) only
        an outlet."""
        for words, rank, needs_outlet in self.cues.relay_index.get(toks[k].low, ()):
            n = len(words)
            if k + n > len(toks) or any(toks[k + i].low != w for i, w in enumerate(words)):
                if n != 2 or not toks[k].low.endswith("ed") or toks[k].low != words[0]:
                    continue
                # "carried Saturday by KCNA", "released late on Tuesday by KCNA": the day between the participle and
                # its preposition
                j = self._day_after_participle(toks, k + 1)
                if j is None or toks[j].low != words[1]:
                    continue
                n = j + 1 - k
            if needs_outlet and not self._outlet_next(toks, k + n):
                continue
            return " ".join(words), n, rank
        return None

    @staticmethod
    def _day_after_participle(toks: list[_Tok], j: int) -> int | None:
        """Index after a day phrase at ``toks[j]`` ("Saturday", "on Tuesday", "late on Sunday", "on May 5"), or None."""
        n = len(toks)
        if j < n and toks[j].low in ("late", "early"):
            j += 1
        if j < n and toks[j].low == "on":
            j += 1
        if j < n and toks[j].low in _WEEKDAYS_MONTHS and toks[j].low not in ("week", "month", "year", "night"):
            j += 1
            if j < n and toks[j].text.isdigit() and len(toks[j].text) <= 2:
                j += 1  # ("on May 5")
            return j if j < n else None
        return None

    def _outlet_next(self, toks: list[_Tok], k: int) -> bool:
        span = self.np_after(toks, k)
        if not span:
            return False
        raw = self.text[toks[span[0]].start : toks[span[1] - 1].end]
        if self._generic_outlet(" ".join(raw.split())):
            return True
        return any(m.actor.kind == "outlet" for m in self.vocab.find(raw))

    def _that_after_listener(self, toks: list[_Tok], j: int) -> int | None:
        """Index of the "that" opening what was told when a phrase stands between the listener and it ("told
        reporters before leaving that ...", "told reporters brought to the northern side that ..."): the phrase
        opens with a preposition, a subordinator or a participle and holds no clause of its own."""
        if j >= len(toks) or toks[j].low == "that":
            return None
        first = toks[j]
        if not (
            first.low in _PREPOSITIONS or first.low in self.cues.subordinators
            or first.text.isalpha() and first.text.islower() and (
                first.low.endswith(("ed", "ing")) or first.low in self.cues.past_verbs)
        ):
            return None
        for e in range(j + 1, min(len(toks), j + 12)):
            t = toks[e]
            if t.low == "that":
                return e
            if (
                t.is_quote or not t.text[0].isalnum() or t.low in self.cues.reporting or t.low in _AUXILIARIES
                or t.low in ("it", "he", "she", "they", "we", "i", "you", "there", "this", "which", "who")
            ):
                return None
        return None

    @staticmethod
    def _that_after_day_phrase(toks: list[_Tok], j: int) -> int | None:
        """Index of the "that" right after a day phrase starting at ``j`` ("the same day that", "the next
        morning that", "on Friday that" is read elsewhere), else None."""
        n, e = len(toks), j
        while e < n and e - j < 4 and (toks[e].low in _DAY_PHRASE or toks[e].low in _WEEKDAYS_MONTHS):
            if e > j and toks[e - 1].low in _DAY_PHRASE_ENDS:
                break
            e += 1
        if j < e < n and toks[e].low == "that" and toks[e - 1].low in _DAY_PHRASE_ENDS | _WEEKDAYS_MONTHS:
            return e
        return None

    def _lead_end(self, toks: list[_Tok], k: int) -> int:
        """Index after the verb at ``k`` and its adjuncts ("said separately in a statement carried by KCNA on
        Tuesday that", "told reporters on Tuesday")."""
        j = k + 1
        n = len(toks)
        j = self._adverbs(toks, j)
        if j + 1 < n and toks[j].low == "only" and toks[j + 1].low == "that":
            j += 1  # "replied only that they had received no orders": what was said starts at "that"
        if j < n and toks[k].low in ("told", "tells", "asked", "urged") and toks[j].text[0].isalnum():
            if toks[j].low not in _PREPOSITIONS | {"that"}:
                j = self._listener_end(toks, j)
                j = self._listener_name(toks, j)
                if j + 1 < n and toks[j].low == "that" and toks[j + 1].low in _DAY_PHRASE_ENDS | {"month", "year"} and (
                    j + 2 >= n or not toks[j + 2].text[0].isalnum() or toks[j + 2].low == "that"
                ):  # "told a briefing that day.": a time phrase, not the "that" of what was told
                    j += 2
                if j + 1 < n and toks[j].low == "to" and toks[j + 1].text.isalpha() and toks[j + 1].text.islower():
                    return j + 1  # "told officials to take measures": the instruction is what was said
                that = self._that_after_listener(toks, j)
                if that is not None:
                    return that
        elif j < n and toks[k].low in ("warned", "warns") and toks[j].text[0].isalnum() and toks[j].low not in (
            _PREPOSITIONS | {"that"}
        ):  # "warned the minister to be careful": only with the instruction ("warned the move would fail" is a clause)
            w = self._listener_end(toks, j)
            if w + 1 < n and toks[w].low == "to" and toks[w + 1].text.isalpha() and toks[w + 1].text.islower():
                return w + 1
            if w < n and w > j and toks[w].low == "that":  # "warned Seoul that ..."
                return w
        while j < n:
            relay = self._relay_at(toks, j)
            if relay is not None and relay[2] == 2:  # "in a statement carried by KCNA"
                span = self.np_after(toks, j + relay[1])
                if span:
                    j = self._adverbs(toks, span[1])
                    continue
            if toks[j].low not in _PREP_OR_TIME:
                break
            e = j + 1
            while (
                e < n
                and not toks[e].is_quote
                and toks[e].low not in ("that", ",", ":", ".")
                and toks[e].low not in self.cues.reporting
                and e - j < 9
                and not (self._is_time_word(toks[e - 1]) and not self._adjunct_word(toks[e], time_only=True))
                and self._adjunct_word(toks[e])
            ):
                e += 1
            if e == j + 1 and toks[j].low in _PREPOSITIONS:
                break
            j = self._adverbs(toks, e)
        j0 = self._adverbs(toks, k + 1)
        that = self._that_after_day_phrase(toks, j)
        if that is not None:
            return that  # "denied the same day that ...", "said the next morning that ..."
        if j + 1 < n and toks[j].low in self.cues.subordinators and toks[j + 1].low.endswith("ing") and (
            toks[j + 1].text.islower()
        ):  # "said Tuesday after returning from Pyongyang": an adjunct, up to a "that" or the end of the phrase
            for e in range(j + 2, min(n, j + 14)):
                if toks[e].low == "that":
                    return e
                if toks[e].is_quote or toks[e].text in (",", ";", ":", ".") or toks[e].low in self.cues.reporting:
                    return e
            return min(n, j + 14)
        if j < n and toks[j].low != "that" and j0 < n and toks[j0].low in _PREPOSITIONS:
            # "said during a heated exchange over the nuclear dispute that ...": the phrase runs to "that"
            for e in range(j, min(n, j0 + 15)):
                t = toks[e]
                if t.is_quote or t.text in (",", ":", ";", ".") or t.low in self.cues.reporting:
                    break
                if t.low == "that":
                    return e
        if j + 2 < n and toks[j].text == "," and (
            toks[j + 1].low in _PREPOSITIONS or toks[j + 1].low in self.cues.subordinators
            or toks[j + 1].text.islower()
            and (toks[j + 1].low.endswith("ed") or toks[j + 1].low in self.cues.past_verbs)
        ):  # "said late last month, after a trip to Pyongyang, that ...": an adjunct between commas ("said in the
            # statement, carried by the official news agency, that ...")
            for e in range(j + 2, min(n - 1, j + 14)):
                t = toks[e]
                if t.is_quote or t.text in (":", ";", ".") or t.low in self.cues.reporting:
                    break
                if t.text == ",":
                    if toks[e + 1].low == "that":
                        return e + 1
                    break
        return j

    _ADJUNCT_NOUNS = frozenset(
        (
            "televised",
            "press",
            "news",
            "briefing",
            "conference",
            "interview",
            "speech",
            "statement",
            "meeting",
            "message",
            "separate",
            "written",
            "brief",
            "rare",
            "text",
            "email",
            "e-mail",
            "reporters",
            "journalists",
            "lawmakers",
            "parliamentary",
            "session",
            "phone",
            "call",
            "post",
            "posting",
            "release",
            "radio",
            "address",
            "remarks",
            "letter",
            "television",
            "televised",
            "arrival",  # "said on arrival that", "said Saturday on his return from Pyongyang"
            "return",
            "departure",
        )
    )

    def _adjunct_word(self, tok: _Tok, time_only: bool = False) -> bool:
        if time_only:
            return tok.low in _WEEKDAYS_MONTHS or tok.text[:1].isdigit() or tok.low in ("a.m.", "p.m.")
        return (
            self._np_word(tok)
            or tok.low in _PREP_OR_TIME
            or tok.text.isdigit()
            or tok.low in self._ADJUNCT_NOUNS
        )

    @staticmethod
    def _is_time_word(tok: _Tok) -> bool:
        return tok.low in _WEEKDAYS_MONTHS or tok.text[:1].isdigit()

    def _adverbs(self, toks: list[_Tok], j: int) -> int:
        """Skip adverbs after a verb ("said separately", "said bluntly", "said hours later")."""
        if (
            j + 1 < len(toks) and toks[j + 1].low in ("later", "earlier")
            and toks[j].low in ("hours", "days", "minutes", "weeks", "moments", "months")
        ):
            j += 2
        while j < len(toks) and (
            toks[j].low in self.cues.post_verb
            or (toks[j].low.endswith("ly") and len(toks[j].low) > 4 and toks[j].text.islower()
                and toks[j].low not in ("only", "family", "rally", "supply", "reply", "likely", "early", "assembly"))
        ):
            j += 1
        return j

    @staticmethod
    def _listener_name(toks: list[_Tok], j: int) -> int:
        """After "told his northern counterpart": an appositive name between commas before "that" ("..., Li Chong
        Yul, that ...") belongs to the listener."""
        n = len(toks)
        if j < n and toks[j].text == ",":
            e = j + 1
            while e < n and e - j <= 4 and _is_cap(toks[e].text) and toks[e].text[0].isalpha():
                e += 1
            if e > j + 1 and e + 1 < n and toks[e].text == "," and toks[e + 1].low == "that":
                return e + 1
        return j

    def _listener_end(self, toks: list[_Tok], i: int) -> int:
        """End of the listener after "told": "reporters", "a news conference", "CNN", "Fox News" -- not the
        subject of a reported clause that follows without "that" ("told reporters the North had agreed"); a
        ``speaker_places`` phrase after it belongs to it ("told reporters at the scene")."""
        e = self._listener_head_end(toks, i)
        return e + self._place_at(toks, e, back=False)

    def _listener_head_end(self, toks: list[_Tok], i: int) -> int:
        n = len(toks)
        if toks[i].low in ("a", "an", "the", "his", "her", "their", "its"):
            e = cap_end = i + 1
            if toks[i].low == "the" and e < n and _is_cap(toks[e].text):  # "told the United Nations it would"
                while e < n and _is_cap(toks[e].text) and toks[e].text[0].isalpha() and e - i <= 4:
                    e += 1
                if toks[e - 1].text.endswith(("'s", "\u2019s")):  # "the South's defense minister"
                    f = e
                    while (
                        f < n and f - e < 3 and toks[f].text.isalpha() and toks[f].text.islower()
                        and toks[f].low not in _LISTENER_STOP
                    ):
                        f += 1
                    e = f if f > e else e
                if not all(self._demonym_word(t.text) for t in toks[i + 1 : e]):
                    return e
                cap_end, e = e, i + 1  # "the North Korean delegates", "the Chinese-Korean staff": an adjective
            while e < n and e - i <= 6:
                if toks[e].text.isalpha() and toks[e].text.islower() and toks[e].low not in _LISTENER_STOP:
                    e += 1
                elif self._demonym_word(toks[e].text) and e + 1 < n and (
                    self._demonym_word(toks[e + 1].text) or toks[e + 1].text.isalpha() and toks[e + 1].text.islower()
                    and toks[e + 1].low not in _LISTENER_STOP | _NOT_A_HEAD
                ):  # "a visiting South Korean minister", "the Chinese-Korean staff"
                    e += 1
                else:
                    break
            return max(e, cap_end)  # "told the South it would": the cap run alone
        e = i + 1
        if _is_cap(toks[i].text):
            while e < n and _is_cap(toks[e].text) and toks[e].text[0].isalpha() and e - i < 4:
                e += 1
        elif toks[i].text.isalpha() and toks[i].text.islower() and i and toks[i - 1].low in _TOLD:
            f = e  # "told pool reporters that", "told foreign journalists that": lower-case words up to the "that"
            # belong to the listener (not after "urged": "urged other groups that send leaflets to ...")
            while f < n and f - i < 3 and toks[f].text.isalpha() and toks[f].text.islower() and (
                toks[f].low not in _LISTENER_STOP and toks[f].low != "that"
            ):
                f += 1
            if f > e and f < n and toks[f].low == "that":
                e = f
        return e

    def _demonym_word(self, word: str) -> bool:
        """A capitalised word of a demonym ("South", "Korean", "Chinese-Korean") used as an adjective."""
        return word[:1].isupper() and all(w.lower() in self._demonym_words for w in word.split("-"))

    def _main_subject_span(self, toks: list[_Tok]) -> tuple[int, int] | None:
        """Token span of the subject of the main clause (after an introductory phrase ending in a comma)."""
        i = 0
        n = len(toks)
        if n and toks[0].low in self.cues.pronouns and toks[0].low != "it":  # "He also ordered ..."
            return 0, 1
        colon = next((c for c in range(min(n, 5)) if toks[c].text == ":"), None)
        if colon is not None and not any(t.low in self.cues.reporting for t in toks[:colon]):
            i = colon + 1  # a short label such as a bullet's date ("May 28: The North began ...")
        if i < n and toks[i].low.endswith("ing") and len(toks[i].low) > 5 and toks[i].low not in self.cues.pronouns:
            # "Addressing tens of thousands gathered outside the National Assembly, the former lawyer said ...": an
            # opening participle clause, up to its comma
            c = next((c for c in range(i + 1, min(n, i + 30)) if toks[c].text == ","), None)
            if c is not None and not any(t.low in self.cues.reporting for t in toks[i + 1 : c]):
                i = c + 1
        if i < n and toks[i].low == "within":  # "Within hours Pyongyang set ...", "Within days of the grounding, ..."
            j = i + 1
            while j < n and (toks[j].low in _TIME_COUNTS or toks[j].text[:1].isdigit()):
                j += 1
            if j < n and toks[j].low in _TIME_UNITS:
                j += 1
                if j < n and toks[j].low == "of":
                    j = next((c for c in range(j, min(n, j + 12)) if toks[c].text == ","), j)
                i = j + 1 if j < n and toks[j].text == "," else j
        comma = next((c for c in range(i, min(n, i + 8)) if toks[c].text == ","), None)
        if i < n and (
            toks[i].bare in self.cues.not_name_words
            or comma is not None
            and (
                all(self._is_time_word(t) or t.low in _PREPOSITIONS or t.low in ("a.m.", "p.m.") for t in toks[i:comma])
                or _time_measure(toks[i:comma])
            )
        ):  # an introductory phrase: "On Tuesday,", "Late Thursday,", "Four days later,"
            while i < n and toks[i].text != ",":
                i += 1
            i += 1
            # "In 1948, when most of the capacity lay in the North, Pyongyang stopped ...": a subordinate clause
            # after the introductory phrase ends at its own comma
            if i < n and toks[i].low in self.cues.subordinators:
                c = next((c for c in range(i + 1, min(n, i + 20)) if toks[c].text == ","), None)
                if c is not None:
                    i = c + 1
        return self._subject_after(toks, i) if i < n else None

    def _subject_after(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """The noun phrase at ``toks[i]``, with up to two lower-case adjectives between "the" and a name ("the main
        opposition Grand National Party")."""
        span = self.np_after(toks, i)
        if (
            span is not None and span[1] + 1 < len(toks) and toks[span[1]].low in ("by", "from")
            and toks[span[1] - 1].bare.lower() in self.cues.anaphors.get("document", ())
        ):  # "The statement by the North's powerful National Defense Commission, ..., mocked": its author speaks
            author = self._subject_after(toks, span[1] + 1)
            if author is not None:
                return span[0], author[1]
        if span is not None or toks[i].low != "the":
            return span
        m = i + 1
        while m < len(toks) and m - i <= 2 and toks[m].text.isalpha() and toks[m].text.islower() and (
            toks[m].low not in _LISTENER_STOP and toks[m].low not in self.cues.reporting
        ):
            m += 1
        if m == i + 1 or m >= len(toks) or not _is_cap(toks[m].text):
            return None
        name = self.np_after(toks, m)
        return (i, name[1]) if name is not None else None

    def _clause_subject(self, toks: list[_Tok], k: int) -> Speaker | None:
        """The subject of a coordinated clause before ``toks[k]`` ("..., but Kim Yo Jong denied it, saying ..."),
        or None when the participle hangs on the main clause."""
        for c in range(k - 2, 0, -1):
            if toks[c].text == "," and c + 1 < k and toks[c + 1].low in ("but", "while", "whereas", "though",
                                                                         "although", "and"):
                span = self.np_after(toks, c + 2)
                if span is None or span[1] >= k:
                    return None
                verb = toks[span[1]]
                if not (verb.text.islower() and (verb.low.endswith("ed") or verb.low in self.cues.past_verbs
                                                 or verb.low in self.cues.dispute_verbs)):
                    return None
                return self.resolve(toks[span[0] : span[1]], toks[span[0]].start)
        return None

    def _reason_subject(self, toks: list[_Tok], k: int) -> Speaker | None:
        """The party of a "because" clause (or one set off by ", when / after / as") right before the participle
        ("The talks stalled because the North walked out, saying ...", "A survey stalled in August, when the UN
        Command declined to let a train cross, saying ..."), asked when the main clause names none."""
        c = k - 2  # the last word before the participle's comma
        b = next((b for b in range(c - 1, 0, -1) if toks[b].text in (";", ":") or toks[b].low in _REASON_WORDS), None)
        if b is None or toks[b].low not in _REASON_WORDS:
            return None
        if toks[b].low != "because" and toks[b - 1].text != ",":  # (", when the UN Command declined ...": set off)
            return None
        if any(x.text == "," for x in toks[b + 1 : c]):  # (the clause just before the participle's comma: not
            return None  # "after Yoon took office, the coast guard reversed it, saying ...")
        s = b + 1
        led = next((j for j in range(s + 1, min(c, s + 4)) if toks[j].low.endswith(("led", "backed"))
                    and (toks[j - 1].text == "-" or "-" in toks[j].low)), None) if toks[s].low == "the" else None
        if led is not None:
            s = led + 1  # ("the U.S.-led United Nations Command": the body after who leads it)
        span = self.np_after(toks, s)
        if span is None or span[1] >= c:
            return None
        verb, nxt = toks[span[1]], toks[span[1] + 1]
        if not verb.text.islower() or not (
            verb.low.endswith("ed") or verb.low in self.cues.past_verbs
            or verb.low in ("has", "had", "have")
            and (nxt.low.endswith(("ed", "en")) or nxt.low in self.cues.past_verbs)
        ):
            return None
        sp = self.resolve(toks[span[0] : span[1]], toks[span[0]].start)
        return sp if sp is not None and sp.kind in ("country", "org", "person", "group") else None

    def _main_subject(self, toks: list[_Tok]) -> Speaker | None:
        span = self._main_subject_span(toks)
        if not span:
            return None
        sp = self.resolve(toks[span[0] : span[1]], toks[span[0]].start)
        if sp is not None and sp.kind == "description" and span[1] < len(toks) and toks[span[1]].low == "of":
            # "The leader of the main opposition party, Lee Hoi-chang, stayed away, saying ...": the name set off
            # after the description's "of" phrase
            a = next((c for c in range(span[1] + 1, min(len(toks), span[1] + 12)) if toks[c].text == ","), None)
            b = next((c for c in range(a + 2, min(len(toks), a + 6)) if toks[c].text == ","), None) if a else None
            if b is not None:
                named = self.resolve(toks[a + 1 : b], toks[a + 1].start)
                if named is not None and named.kind == "person":
                    return named
        return sp
