"""Reported clauses of the statement reader: what was said without quotation marks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .statement_records import Speaker, _Attribution, _Unit
from .statement_tokens import (
    _AUXILIARIES,
    _DAY_PHRASE,
    _DAY_PHRASE_ENDS,
    _DETERMINERS,
    _PREPOSITIONS,
    _TOLD,
    _is_cap,
    _Tok,
)

# words that open an adjunct after a sentence-final "X said" ("on condition of anonymity", "after the talks")
_ADJUNCT_OPENERS = frozenset(
    "on in at during after before following while when as who whom whose late early later earlier".split()
)
#: The plain verb of saying: "Hyon said ..., the officials said" stays Hyon's, while a closing attribution reports
#: the clause of any other verb ("Moon urged Kim to ..., Park said"; "Lee stressed ..., the ministry said")
_SAID = frozenset(("said", "says", "say", "replied", "replies", "reply"))
#: Words of an amount after its number: "5.9 billion won", "$40 million", "12 percent"
_AMOUNT_WORDS = frozenset(
    "hundred thousand million billion trillion won dollars dollar yen yuan euros euro pounds percent per cent".split()
)
_DAY_PHRASE_NOUNS = _DAY_PHRASE_ENDS | {"year", "month", "time"}  # "claimed that year that ..."
_OPENING_TIME_WORDS = frozenset(("this", "last", "week", "month", "year", "morning", "afternoon", "evening", "night",
                                 "on", "."))

#: what follows "nothing" / "little" when nothing was said ("said nothing to reporters", "said little about it")
_NOTHING_SAID_AFTER = frozenset("to about of on publicly at in".split())


#: speech-act verbs that report a deal or an offer, an act the outlet reports ("Moon offered to send envoys, per
#: KCNA", "the two Koreas agreed to ..., per Yonhap"), not words of the subject's
_DEALS = frozenset(("agreed", "agree", "offered", "proposed"))


class ClausesMixin:
    """The reported-speech rules of the statement reader (mixed into ``statements._Reader``): :meth:`_unquoted`
    reads the clause an attribution reports ("X said that ...", "..., X said", "according to X, ...")."""

    def _unquoted(
        self, unit: _Unit, toks: list[_Tok], atts: list[_Attribution] | None = None, quoted_ok: bool = True,
        quoting: frozenset[int] = frozenset(),
    ) -> None:
        """Reported speech without quote marks: "North Korea said on Tuesday it will ...". With ``quoted_ok``
        false a clause holding a quotation is not read; the attributions whose ids are in ``quoting`` gave the
        sentence's partial quotations and report a clause only when it ends before them."""
        if not toks:
            return
        all_atts = self.attributions(toks) if atts is None else atts
        atts = all_atts
        if toks[-1].text == ":":
            self._maybe_pending(unit, toks, atts)
            return
        if unit.first.section == "title":  # a headline restates the body: reported speech is read there
            return
        end = len(toks)
        while end and not toks[end - 1].text[0].isalnum():
            end -= 1
        relative = [
            a for a in atts if a.relative and a.cue in self.cues.reporting and not a.is_outlet and id(a) not in quoting
        ]
        for att in relative:  # "..., which Pompeo said would reward Pyongyang": Pompeo's own statement
            self._relative_statement(unit, toks, att, end, quoted_ok)
        atts = [a for a in atts if not a.relative]
        inner = [a for a in atts if a.cue in self.cues.reporting and not a.is_outlet and a.strength == 2]
        atts = [
            a for a in atts
            if not (a.cue in self.cues.relay_outer and not a.is_outlet and any(b.lo > a.hi for b in inner))
        ]  # "According to Seoul's negotiator, the North's delegate said that ...": the delegate speaks
        done = 0
        for att in sorted(atts, key=lambda a: a.lo):
            verb_at = att.hi - 1 if att.coordinated else att.lo  # a coordinated verb's subject stands far before it
            if att.strength < 2 and att.cue not in self.cues.participles or verb_at < done:
                continue
            vi = next((k for k in range(att.lo, att.hi) if toks[k].low == att.cue.split()[0]), att.lo)
            if any(toks[k].low in ("never", "not", "n't") for k in range(max(att.lo, vi - 2), vi)):
                continue  # "Pyongyang never replied when ...", "Kim never said ...": nothing was said
            if att.cue in self.cues.relay_outer or att.cue in self.cues.relay_source:
                clause = self._clause_around(toks, att, end)
            elif att.cue in self.cues.participles:
                clause = self._participle_clause(toks, att, end)
            elif att.cue == "quoted" and not att.is_outlet:
                clause = (att.lead_end, end) if end - att.lead_end >= 3 else None
            elif att.cue in self.cues.reporting:
                if self._told_reported(toks, att, atts, end):
                    continue  # "X told the staff to leave, officials said": the officials report the order
                clause = self._clause_after(toks, att, end, atts) or self._clause_before(toks, att, end)
            else:
                clause = None
            if clause is None:
                continue
            lo, hi = clause
            if toks[lo].low in self.cues.not_said or lo + 1 < hi and toks[lo].low == "a" and (
                toks[lo + 1].low in self.cues.not_said
            ):
                continue  # "said goodbye to their relatives", "said a prayer": no speech
            nxt = lo + 2 if lo + 1 < hi and toks[lo + 1].low in ("more", "further", "else") else lo + 1
            if toks[lo].low in ("nothing", "little") and (
                nxt >= hi or toks[nxt].low in _NOTHING_SAID_AFTER or not toks[nxt].text[0].isalnum()
            ):
                continue  # "said nothing to reporters", "said little more about the talks" (not "said nothing would
                # change", "said nothing more had come from the North")
            for r in relative:  # the main clause ends before the relative clause's noun phrase
                if lo < r.lo < hi:
                    hi = next((c for c in range(r.lo - 1, lo, -1) if toks[c].text == ","), hi)
            for other in atts:  # "..., the agency reported, citing X": the clause ends before "the agency"
                if other is not att and lo < other.lo < hi and toks[other.lo - 1].text == "," and not (
                    self._told_reported(toks, other, atts, end)  # ("In his letter, Moon urged ..., Park said")
                    or other.strength < 2 and other.cue in self.cues.speech_act  # ("On Friday, the army accused")
                ):
                    hi = other.lo - 1
                    break
            if hi - lo < 3 or all(self._is_time_word(t) or t.low in _DAY_PHRASE for t in toks[lo:hi]):
                continue  # ("... and replied the next day, KCNA reported": a time phrase is no speech)
            speaker_att = att
            sp = att.speaker
            others = [
                a for a in atts if a is not att and not a.is_outlet and a.strength == 2 and (a.lo >= hi or a.hi <= lo)
            ]
            source = [
                a
                for a in others + [a for a in atts if a.is_outlet]
                if a.cue in self.cues.relay_source and (a.lo >= hi or a.hi <= lo)
            ]
            if (
                att.is_outlet
                and source
                and (not source[0].is_outlet or source[0].speaker.name in self.cues.speaking_outlets)
            ):  # "Yonhap, citing KCNA, reported that ...": KCNA speaks, Yonhap relays
                speaker_att, sp = source[0], source[0].speaker
            elif att.is_outlet and (
                others
                or att.speaker.name not in self.cues.speaking_outlets
                and any(t.low in self.cues.reporting for t in toks[lo:hi])
            ):  # ("According to Yonhap, the North said ...": a relay; "..., Yonhap reported", "..., per AP": the
                # outlet's own report)
                continue
            acted = self._speech_act_subject(toks, att, lo, hi) if att.is_outlet and not source else None
            if acted is not None:  # "A spokesperson for the committee called the speech empty talk, per KCNA"
                lo, sp, speaker_att = acted[0], acted[1], None
            if not quoted_ok:
                # "Kim said no one would trade ... and mocked Yoon as "really simple"": the reported clause ends
                # before a second verb of the same speaker that holds the quotation
                cut = next(
                    (
                        k for k in range(lo + 3, hi - 1)
                        if toks[k].low == "and"
                        and (toks[k + 1].low in self.cues.speech_act or toks[k + 1].low in self.cues.reporting)
                        or toks[k].text == "," and toks[k + 1].low.endswith("ing") and toks[k + 1].text.islower()
                    ),
                    None,
                )  # (or before a participle phrase after a comma: "..., brushing off Moon's "peace economy"")
                if cut is not None and not any(t.is_quote for t in toks[lo:cut]):
                    hi = cut
                elif any(t.is_quote for t in toks[lo:hi]) or id(att) in quoting:
                    continue
            via = self._via(  # (an outlet that gave a quotation of its own is a speaker, not this clause's relay)
                [a for a in atts if (a.lo >= hi or a.hi <= lo) and id(a) not in quoting], speaker_att
            )
            sp = replace(sp, via=via + sp.via)
            a, b = toks[lo].start, toks[hi - 1].end
            quote = self.text[a:b]
            after = max(att.hi, att.lead_end)
            if (
                hi == att.lo - 1 and after < end and toks[after].text == ","
                and toks[lo].low in self.cues.subordinators | {"if", "unless", "once", "should"}
                and sum(t.text[0].isalnum() for t in toks[after + 1 : end]) >= 3
                and not any(t.is_quote for t in toks[after + 1 : end])
            ):  # "If the North pulled its orchestra, he added, the Games would lose ...": both halves
                b = toks[end - 1].end
                quote = f"{quote}, {self.text[toks[after + 1].start : b]}"
            span = (toks[att.lo].start, toks[after - 1].end)
            self._add(unit, sp, " ".join(quote.split()), "indirect", att.cue, a, b, span)
            if self._add_clause_after(unit, toks, after if hi < att.lo else hi, end, sp, span):
                return
            nxt = after if hi < att.lo else hi  # ("X, officials said Thursday, and the North warned that ...")
            if nxt >= end or not self._second_speech(toks, nxt, end):
                return
            done = nxt  # "X said ..., and it warned that ...": the second speaker's clause is read too

    def _speech_act_subject(self, toks: list[_Tok], att: _Attribution, lo: int, hi: int
                            ) -> tuple[int, Speaker] | None:
        """ "Kim Yo Jong called the drills a rehearsal for invasion, per KCNA": a clause an outlet relays whose
        subject names a speaker right before a verb of a speech act is that speaker's, through the outlet;
        (index of the verb, speaker), else None ("The North blew up the office, per KCNA" stays the outlet's)."""
        if att.cue not in self.cues.relay_outer:
            return None
        span = self._main_subject_span(toks[lo:hi])
        verb = toks[lo + span[1]].low if span is not None and span[1] < hi - lo else ""
        if verb not in self.cues.speech_act or verb in _DEALS:
            return None
        s0, s1 = lo + span[0], lo + span[1]
        if toks[s0].low in self.cues.pronouns:
            return None
        sp = self.resolve(toks[s0:s1], toks[s0].start)
        if sp is None or sp.name == att.speaker.name or sp.kind == "outlet":
            return None
        return s1, sp

    def _told_reported(self, toks: list[_Tok], att: _Attribution, atts: Sequence[_Attribution], end: int) -> bool:
        """``att`` is a verb other than "said" (the North told the South ..., told the staff to leave, insisted
        that ..., stressed ...) and the sentence closes with another speaker's attribution after a comma (",
        officials here said"): that speaker reports the whole act, so the clause is theirs."""
        if att.cue in _SAID or toks[att.lo].low in ("he", "she"):  # ("Pak said ... . He demanded ...": Pak goes on)
            return False
        listener = {t.low for t in toks[att.hi : att.lead_end]}
        for b in atts:
            if not (
                b is not att and b.strength == 2 and not b.is_outlet and b.cue in self.cues.reporting
                and b.lo > att.lead_end and toks[b.lo - 1].text == "," and max(b.hi, b.lead_end) >= end
            ):
                continue
            head = next((t.low for t in reversed(toks[b.lo : b.hi]) if t.low != b.cue and t.text.isalpha()), "")
            # "Kim told a visiting minister that ..., the minister said": the listener passes on Kim's words
            return head not in listener and head not in ("he", "she", "they")
        return False

    def _relative_statement(self, unit: _Unit, toks: list[_Tok], att: _Attribution, end: int, quoted_ok: bool) -> None:
        """The clause after the verb of a relative clause, to the next comma or the end of the sentence."""
        lo = att.lead_end
        if lo < end and toks[lo].low == "that":
            lo += 1
        elif att.cue in self.cues.needs_that or lo < end and toks[lo].low in _PREPOSITIONS:
            return  # "an apology, which Seoul had demanded since the clash": no clause follows the verb
        hi = next((i for i in range(lo, end) if toks[i].text in (",", ";")), end)
        if hi - lo < 3 or not quoted_ok and any(t.is_quote for t in toks[lo:hi]):
            return
        if _anonymity_request(toks, att, lo, hi):
            return  # "..., who asked that his company not be named"
        a, b = toks[lo].start, toks[hi - 1].end
        span = (toks[att.lo].start, toks[max(att.hi, att.lead_end) - 1].end)
        self._add(unit, att.speaker, " ".join(self.text[a:b].split()), "indirect", att.cue, a, b, span)

    def _intro_ok(self, toks: list[_Tok], lo: int) -> bool:
        """Token ``lo`` starts a clause: the sentence, after an introductory phrase ending in a comma, after
        ", and" / ", but" / ";", or after a subordinator ("days after Kim said he was willing ...")."""
        if lo == 0:
            return True
        if toks[0].low in ("but", "and", "yet", "so") and _is_cap(toks[0].text):
            return self._intro_ok(toks[1:], lo - 1)  # "But officials said ...": the conjunction opens no phrase
        if lo <= 4 and toks[0].low in ("on", "in", "late", "early", "earlier", "last") and all(
            self._is_time_word(t) or t.low in _OPENING_TIME_WORDS for t in toks[1:lo]
        ):  # "On Friday Deputy Prime Minister Rha said ...": an opening time phrase without its comma
            return True
        if lo == 2 and toks[1].low == "then" and toks[0].low in ("since", "by", "until", "even", "only"):
            return True  # "Since then the delegations have said ...": a time phrase without its comma
        if lo == 1 and toks[0].low in self.cues.opening_adverbs and _is_cap(toks[0].text):
            return True  # "Afterwards Chung said ...", "Later the ministry said ...": an adverb without its comma
        if 1 < lo <= 4 and toks[0].low in ("in", "at") and all(_is_cap(t.text) for t in toks[1:lo]):
            return True  # "In Seoul the ministry said ...": an opening place without its comma
        first = next((i + 1 for i in range(min(lo, 3)) if toks[i].low.endswith(("'s", "\u2019s"))), 0)
        if first and not all(_is_cap(t.text) for t in toks[:first]):
            first = 0
        if not first and toks[0].low in ("the", "a", "an"):
            first = 1
        if first and lo - first <= 3 and all(
            t.text.isalpha() and t.text.islower() and not t.low.endswith("ed") and t.low not in self.cues.subordinators
            and t.low not in self.cues.reporting for t in toks[first:lo]
        ):
            return True  # "The main | opposition Grand National Party said", "South Korea's main | opposition ..."
        before = toks[lo - 1]
        if before.text == ",":
            if toks[0].low == "asked" or toks[0].low == "when" and lo > 2 and toks[1].low == "asked":
                return True  # "Asked whether talks would resume, the minister said ...": the question, then the answer
            return not any(t.low in self.cues.reporting for t in toks[: lo - 1])
        if before.text == ";" or before.low in self.cues.subordinators:
            return True
        if before.low in self.cues.causatives and any(t.low == "to" for t in toks[lo : lo + 10]):
            return True  # ", prompting Yoon to say that ...": the phrase after a causative verb speaks
        if before.low.endswith("led") and lo >= 3 and toks[lo - 2].text == "-" and all(
            t.low in ("the", "a", "an") for t in toks[: lo - 3]
        ):
            return True  # "The U.S.-led United Nations Command said ...": a compound modifier opens the subject
        if before.text == ":" and lo - 1 <= 4 and not any(t.low in self.cues.reporting for t in toks[: lo - 1]):
            return True  # a short label such as a bullet's date ("June 2: Pyongyang said ...")
        return before.low in ("and", "but", "while") and lo > 1 and toks[lo - 2].text == ","

    def _clause_after(
        self, toks: list[_Tok], att: _Attribution, end: int, atts: Sequence[_Attribution] = ()
    ) -> tuple[int, int] | None:
        if att.lo > 0 and not att.coordinated and not self._intro_ok(toks, att.lo):
            return None
        if att.hi > att.lead_end:  # inverted form "said Kim" has nothing after
            return None
        if att.lo > 0 and toks[att.lo].low in self.cues.reporting and toks[att.lo - 1].text == ",":
            return None  # "..., said a diplomat who spoke on condition of anonymity": inverted, what was said is before
        j = att.lead_end
        if j < end and toks[j].text == ",":
            return None
        if j > att.hi and toks[j - 1].low in ("a", "an", "the"):
            # a phrase cut in two: what was said starts after its "that" ("told a | Cabinet meeting that ...",
            # "on the | sidelines of a summit that ..."), or nothing was ("after the session at a | hotel in Seoul")
            that = next((e for e in range(j, min(end, j + 20)) if toks[e].low == "that"
                         or toks[e].low == "to" and e + 1 < end and toks[e + 1].text.isalpha()
                         and toks[e + 1].text.islower() and att.cue in _TOLD | {"urged", "asked"}
                         or toks[e].is_quote or toks[e].text in (";", ":")), None)
            if that is None or toks[that].low not in ("that", "to"):
                return None
            j = that + 1 if toks[that].low == "to" else that  # ("told residents in the | north ... to take cover")
        has_that = j < end and toks[j].low == "that"
        # "warned the minister to be careful", "told officials to take measures": an instruction to a listener
        instruction = (
            not has_that and j > att.lo + 2 and toks[j - 1].low == "to"
            and toks[j - 2].low not in ("not", "never", "n't")  # "who asked not to be named"
            and (att.cue not in self.cues.needs_that or att.cue in ("warned", "warns"))  # "urged X to" is a request
        )
        if has_that and _anonymity_request(toks, att, j + 1, end):
            return None  # "who asked that his company not be named": a request for anonymity, nothing said
        if has_that:
            j += 1
            if j + 1 < end and toks[j].low in _DAY_PHRASE_NOUNS and toks[j + 1].low == "that":
                j += 2  # "claimed that year that ...": "that year" is when, the second "that" opens the clause
        elif instruction:
            pass
        elif att.cue in ("argued", "argues", "argue") and j < end and toks[j].low in ("over", "with", "about"):
            return None  # "have argued over who was to blame": a dispute, no reported clause
        elif att.cue in _TOLD and any(t.low == "about" for t in toks[j : j + 6]):
            return None  # "had told U.S. forces about it twice": what the listener learnt of, no reported clause
        elif att.cue in self.cues.needs_that and not self._looks_like_clause(toks, j, end):
            return None
        elif att.cue in ("claimed", "claims") and not (
            self._looks_like_clause(toks, j, end) or self._past_clause(toks, j, end)
            or any(t.low == "that" for t in toks[j : j + 4])
        ):  # "claimed credit for the talks": an object, not a claim ("claimed the South fired first" is one)
            return None
        elif self._amount_object(toks, j, end):
            return None  # "added 5 million dollars to the fund": an amount is the verb's object, nothing was said
        elif j < end and (
            toks[j].low in ("of", "about", "against", "to", "for", "on", "in", "at", "during") or toks[j].text == ":"
        ) and not (
            toks[j].low == "about" and j + 1 < end and toks[j + 1].text[0].isdigit()
        ):  # ("said about 50 people died": a number, not the topic)
            return None
        hi = end
        # stop before a trailing relay (", per AP", ", according to Yonhap") or attribution (", KCNA said")
        starts = {a.lo for a in atts if a.lo > j}
        for k in range(j, end):
            if toks[k].text == "," and k + 1 < end and (
                self._relay_at(toks, k + 1) is not None or k + 1 in starts or self._document_relay(toks, k + 1, end)
            ):
                hi = k
                break
            if self._second_speech(toks, k, end):  # "..., and it warned that ...": the next speaker's clause
                hi = k
                break
        if hi - j < 3 and not (instruction and hi - j >= 1):
            return None
        return (j - 1 if instruction else j), hi  # an instruction keeps its "to": "to be careful with his words"

    def _document_relay(self, toks: list[_Tok], k: int, end: int) -> bool:
        """ "in a statement carried by KCNA" starts at ``toks[k]``: where the words were published, not what
        was said."""
        if k + 3 >= end or toks[k].low != "in":
            return False
        d = k + 2 if toks[k + 1].low in _DETERMINERS else k + 1  # ("in comments carried by KCNA": no determiner)
        return (
            d + 2 < end and toks[d].bare.lower() in self.cues.anaphors.get("document", ())
            and self._relay_at(toks, d + 1) is not None
        )

    def _second_speech(self, toks: list[_Tok], k: int, end: int) -> bool:
        """``toks[k]`` (a comma or semicolon, possibly with a conjunction or subordinator after it) starts a
        clause whose subject speaks: "..., and it warned that ...", "..., while the defence ministry said ...",
        "; the ministry said ...", "..., though it called the move ...". That clause is another statement.
        So is a second past verb of speech of the same subject after "and" ("... had been spying and demanded")."""
        if (
            toks[k].low == "and" and k + 1 < end and k > 0 and toks[k - 1].text[0].isalnum()
            and (toks[k + 1].low in self.cues.reporting or toks[k + 1].low in self.cues.speech_act)
            and toks[k + 1].low.endswith("ed") and toks[k + 1].low not in self.cues.dispute_verbs
        ):
            return True
        if toks[k].text not in (",", ";"):
            return False
        s = k + 1
        if s < end and (toks[s].low in ("and", "but") or toks[s].low in self.cues.subordinators):
            s += 1
            if (
                toks[s - 1].low in ("and", "but")
                and s + 1 < end
                and toks[s].low in self.cues.reporting
                and toks[s + 1].low == "that"
            ):  # "..., but warned that ...": the same speaker's second statement
                return True
        elif toks[k].text == ",":
            return False
        for m in range(s + 1, min(end, s + 9)):
            low = toks[m].low
            if (low in self.cues.reporting or low in self.cues.speech_act) and low not in self.cues.dispute_verbs:
                span = self.np_before(toks, m, floor=s)
                return span is not None and span[0] == s
            if low in self.cues.dispute_verbs:
                # "..., but Kim Yo Jong denied it": someone else's clause, not the rest of the reported speech
                # ("..., but he dismissed ...": the same speaker goes on)
                span = self.np_before(toks, m, floor=s)
                return span is not None and span[0] == s and toks[s].low not in self.cues.pronouns
            if not (self._np_word(toks[m]) or low in self._pre_verb or low in _DETERMINERS):
                return False
        return False

    def _add_clause_after(self, unit: _Unit, toks: list[_Tok], k: int, end: int, sp: Speaker,
                          span: tuple[int, int]) -> bool:
        """ "X said ..., adding that no date had been set": the clause after a reporting participle that follows
        a statement is the same speaker's second statement (read only when it holds no quotation mark)."""
        if not (k + 3 < end and toks[k].text == "," and toks[k + 1].low in self.cues.reporting_participles):
            return False
        j = k + 2
        if toks[j].low == "that":
            j += 1
        elif not self._looks_like_clause(toks, j, end) and not self._past_clause(toks, j, end):
            return False
        end = self._before_relay(toks, j, end)  # ("..., adding that no date was set, per AP")
        if end - j < 3 or any(t.is_quote for t in toks[j:end]):
            return False
        a, b = toks[j].start, toks[end - 1].end
        self._add(unit, sp, " ".join(self.text[a:b].split()), "indirect", toks[k + 1].low, a, b, span)
        return True

    def _participle_clause(self, toks: list[_Tok], att: _Attribution, end: int) -> tuple[int, int] | None:
        """ "KCNA reported the news, saying the two leaders had agreed ...": the clause after "saying"."""
        if att.cue not in self.cues.reporting_participles:
            return None
        j = att.lead_end
        if j < end and toks[j].low == "that":
            j += 1
        elif not self._looks_like_clause(toks, j, end) and not self._past_clause(toks, j, end) and not (
            _bare_noun_clause(toks, j, end)
        ):  # ("saying electricity was a strategic resource": a bare noun and its verb)
            return None
        hi = self._before_relay(toks, j, end)
        return (j, hi) if hi - j >= 3 else None

    def _before_relay(self, toks: list[_Tok], j: int, end: int) -> int:
        """Where the words from ``toks[j]`` end before a trailing relay (", per AP", ", according to Yonhap")."""
        return next(
            (k for k in range(j, end)
             if toks[k].text == "," and k + 1 < end and self._relay_at(toks, k + 1) is not None),
            end,
        )

    def _past_clause(self, toks: list[_Tok], j: int, end: int) -> bool:
        """ "(saying) the launch broke the pact", "(saying) Pyongyang violated ...": a subject noun phrase and a
        verb in the past (a lower-case -ed word or one of ``past_verbs``) followed by more words."""
        if j >= end or not (toks[j].low in _DETERMINERS or _is_cap(toks[j].text)):
            return False
        for k in range(j + 1, min(end - 1, j + 6)):
            t = toks[k]
            if t.text.islower() and (t.low.endswith("ed") and len(t.low) > 4 or t.low in self.cues.past_verbs):
                determiner = toks[j].low in _DETERMINERS
                return all(
                    self._np_word(x) or x.low in _DETERMINERS or determiner and x.text.isalpha() for x in toks[j:k]
                )
        return False

    def _amount_object(self, toks: list[_Tok], j: int, end: int) -> bool:
        """ "(added) 3.2 billion won so that ...", "(added) $40 million to the budget": an amount of money or a share,
        with no verb of its own after it ("said 3 billion won was spent" is a clause)."""
        money = j < end and toks[j].text in ("$", "\u20ac", "\u00a3", "\u00a5")
        j += money
        if j >= end or not toks[j].text[:1].isdigit():
            return False
        e = j + 1
        while e < end and toks[e].low in _AMOUNT_WORDS:
            e += 1
        if e == j + 1 and not money:
            return False  # ("said 50 people died": a count, not an amount)
        return e >= end or not (
            toks[e].low in _AUXILIARIES or toks[e].low in self.cues.past_verbs
            or toks[e].text.islower() and toks[e].low.endswith("ed")
        )

    def _looks_like_clause(self, toks: list[_Tok], j: int, end: int) -> bool:
        """ "it would ...", "the North will ...": a subject and an auxiliary, not an object noun phrase."""
        if j < end and toks[j].low in ("it", "he", "she", "they", "we", "there"):
            return True
        determiner = j < end and toks[j].low in _DETERMINERS
        for k in range(j + 1, min(end, j + 7)):
            if _auxiliary(toks[k]):
                return all(
                    self._np_word(t) or t.low in _DETERMINERS or determiner and t.text.isalpha() for t in toks[j:k]
                )
        return False

    def _clause_before(self, toks: list[_Tok], att: _Attribution, end: int) -> tuple[int, int] | None:
        """ "The lines were restored at 9 a.m., the ministry said." """
        if att.lo < 3 or toks[att.lo - 1].text != ",":
            return None
        if any(toks[k].is_quote for k in range(att.lo)):
            return None
        start = 0
        if toks[0].low in ("but", "and", "so", "yet"):
            start = 1
        after = max(att.hi, att.lead_end)
        opener = next((p for p in range(att.hi, min(after + 1, end)) if toks[p].low in _ADJUNCT_OPENERS), None)
        if opener is not None and not any(
            t.is_quote or t.text in (",", ";", ":") or t.low in ("that", "who", "which") or t.low in _AUXILIARIES
            or t.low in self.cues.reporting or t.text.islower() and t.low.endswith("ed")
            for t in toks[opener:end]
        ):  # "..., spokesman Kim told reporters after the session at a hotel in eastern Seoul": adjuncts to the end
            after = end
        tail = [t for t in toks[after:end] if t.text[0].isalnum()]
        if (
            tail
            and self._relay_at(toks, after + 1) is None
            and toks[after].text != ","
            and toks[after].low not in _ADJUNCT_OPENERS  # "..., a diplomat said on condition of anonymity"
        ):
            return None
        return start, att.lo - 1

    def _clause_around(self, toks: list[_Tok], att: _Attribution, end: int) -> tuple[int, int] | None:
        """ "According to X, ..." or "..., according to X." """
        if att.lo == 0 and att.hi < end and toks[att.hi].text == ",":
            return (att.hi + 1, end) if end - att.hi > 3 else None
        if (
            att.lo >= 3
            and toks[att.lo - 1].text == ","
            and (att.hi >= end or toks[att.hi].text == "," or self._relay_at(toks, att.hi) is not None)
        ):
            return 0, att.lo - 1
        return None


#: what may join a bare noun to the words after it in the subject of a reported clause ("visits by businessmen")
_NOUN_LINKS = frozenset(("by", "of", "from", "to", "with", "for", "between", "in", "on", "at"))


_WITHHELD = frozenset({"named", "identified", "quoted", "used", "disclosed"})


def _anonymity_request(toks: list[_Tok], att: _Attribution, lo: int, end: int) -> bool:
    """ "(who) asked that his company not be named": a source's request for anonymity, not a statement."""
    return att.cue in ("asked", "asks", "requested") and any(
        toks[k].low == "not" and toks[k + 1].low == "be" and toks[k + 2].low in _WITHHELD
        for k in range(lo, min(end - 2, lo + 6))
    )


def _bare_noun_clause(toks: list[_Tok], j: int, end: int) -> bool:
    """ "(saying) electricity was ...", "(saying) visits by South Korean businessmen would be allowed ...": a bare
    noun, perhaps with a phrase of a few words after it, then an auxiliary."""
    if not (j + 1 < end and toks[j].text.isalpha() and toks[j].text.islower()
            and not toks[j].low.endswith("ly") and toks[j].low not in _PREPOSITIONS):
        return False
    k = j + 1
    if toks[k].low in _NOUN_LINKS:
        k += 1
        while k < min(end, j + 8) and toks[k].text.isalpha() and not _auxiliary(toks[k]) and not (
            toks[k].text.islower() and toks[k].low.endswith("ed")
        ):
            k += 1
        if k == j + 2:
            return False
    return k < end and _auxiliary(toks[k])


def _auxiliary(tok: _Tok) -> bool:
    """An auxiliary verb ("would", "may"), not the month ("a meeting in May")."""
    return tok.low in _AUXILIARIES and tok.text != "May"
