"""Quotations of the statement reader: the attribution a quotation takes, its kind, and inherited speakers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .quotes import Quote
from .statement_records import Speaker, _Attribution, _Unit
from .statement_speakers import _short_role
from .statement_tokens import _PREPOSITIONS, _clause_ids, _Tok, _tokens

_DASHES = "\u2014\u2013-"
_LABEL_SPEAKER_RE = re.compile(
    r"^what\s+(?P<who>.+?)\s*(?:is|are|was|were|'s|\u2019s|'re|\u2019re)\s+saying\b", re.IGNORECASE
)
# Words that may follow a short quotation without making it a label of the noun after it
_AFTER_QUOTE_WORDS = frozenset(
    "that which who whom whose in on at to of for from with by as and or but nor than over against about into onto "
    "toward towards after before since until during despite because if unless while when where is was were are be "
    "been has have had will would could should may might must can said says say told added warned stated wrote "
    "yesterday today tonight again last this next earlier later then now too also only even so not".split()
)


def _names_a_thing(quote: str, nxt: _Tok | None) -> bool:
    """A short quotation that names the noun right after it, not words someone said: a name in title case (the
    "Team Spirit" exercise, the "Max Thunder" drill). One lower-case word stays a quotation ("frank" thoughts)."""
    words = quote.split()
    if not 2 <= len(words) <= 3 or nxt is None or not nxt.text.isalpha() or not nxt.text.islower():
        return False
    if nxt.low in _AFTER_QUOTE_WORDS or quote.rstrip()[-1:] in ".,;:!?":
        return False
    return all(w[:1].isupper() for w in words)


def _clean_quote(text: str) -> str:
    """The quoted words without the comma that closes them before an attribution."""
    return text.rstrip().rstrip(",").rstrip()


class QuotationsMixin:
    """The quotation rules of the statement reader (mixed into ``statements._Reader``): :meth:`_quoted` reads a
    unit with quotation marks into rows (its attribution, ``kind``, or the speaker it inherits)."""

    def _choose(self, atts: list[_Attribution], q_lo: int, q_hi: int, toks: Sequence[_Tok] = ()) -> _Attribution | None:
        """The attribution of a quotation spanning tokens [q_lo, q_hi): speakers before outlets, the main
        clause before an embedded one ("Moon said the leaders had declared "..."" is Moon's), reporting verbs
        before speech acts, then the nearest."""
        if not atts:
            return None

        atts = [a for a in atts if not (a.coordinated and a.hi > q_hi)]  # "and warned" after the quote
        if not atts:
            return None

        clause = _clause_ids(toks)

        def other_clause(a: _Attribution) -> bool:
            return bool(clause) and clause[min(a.hi, len(clause)) - 1] != clause[q_lo] and clause[a.lo] != clause[q_lo]

        def embedded(a: _Attribution) -> bool:
            if not toks or a.lo == 0 or a.coordinated:
                return False
            before = toks[a.lo - 1]
            if before.low in ("and", "but") and a.lo > 1 and toks[a.lo - 2].text == ",":
                return False
            return not (before.text in (",", ":", "\u2014") or before.is_quote)

        def distance(a: _Attribution) -> int:
            return a.lo - q_hi if a.lo >= q_hi else max(0, q_lo - a.hi)

        # "X told Y that his side could not attend because of "...", officials said": the quotation is in the
        # clause X reports; the attribution closing the sentence is the source of the whole
        reporter = any(
            a.strength == 2 and not a.is_outlet and a.hi <= q_lo and a.lead_end <= q_lo and not embedded(a)
            and not other_clause(a) and a.cue in self.cues.reporting
            for a in atts
        )

        def closing_source(a: _Attribution) -> bool:
            return reporter and a.lo >= q_hi and not a.is_outlet

        # "Kim said no one would trade ... and mocked Yoon as "really simple"": the second verb of the same
        # speaker, nearest before the quotation, holds it (and "said" keeps its clause)
        before = [a for a in atts if a.hi <= q_lo]
        governor = max(before, key=lambda a: a.hi) if before else None
        if governor is not None and not (governor.coordinated and not governor.is_outlet):
            governor = None

        # "KCNA called the offer a "cheap trick", while the North vowed ...": an outlet whose verb stands before
        # the quotation in its clause beats a speaker of another clause or of a relative clause after it
        outlet_governs = any(a.is_outlet and a.rank == 1 and a.hi <= q_lo and not other_clause(a) for a in atts)

        def elsewhere(a: _Attribution) -> bool:
            return outlet_governs and (other_clause(a) or a.relative and a.lo >= q_hi)

        def key(a: _Attribution):
            return (
                a.is_outlet and a.rank == 0,
                a is not governor,
                elsewhere(a),
                a.is_outlet,
                other_clause(a),
                embedded(a),
                -a.strength,
                closing_source(a),
                distance(a),
            )

        return min(atts, key=key)

    def _quoted(self, unit: _Unit, toks: list[_Tok], units: list[_Unit], idx: int) -> None:
        atts = self.attributions(toks)
        qidx = [i for i, t in enumerate(toks) if t.is_quote]
        headline = self._headline(toks)
        groups: dict[int, list[tuple[Quote, int, str]]] = {}
        order: list[tuple[int, _Attribution | None, Speaker | None, str | None]] = []
        for q in unit.quotes:
            ti = next(
                (i for i in qidx if toks[i].start <= q.start < toks[i].end + 1 or toks[i].start >= q.start),
                None,
            )
            if ti is None:
                continue
            if _names_a_thing(q.text, toks[ti + 1] if ti + 1 < len(toks) else None):
                continue  # the "Team Spirit" exercise, "frozen" notices: a name or a label, nobody's words
            att = self._choose(atts, ti, ti + 1, toks)
            if att is None and headline is not None:
                att = headline
            if att is not None:
                sp = att.speaker
                sp = replace(sp, via=self._via(atts, att) + tuple(v for v in sp.via if v))
                kind = self._kind(toks, ti, att, q, atts)
                key = id(q)  # one row per quotation, even when two share an attribution
                if key not in groups:
                    groups[key] = []
                    order.append((key, att, sp, att.cue))
                groups[key].append((q, ti, kind))
                continue
            inherited = self._inherit(unit, toks, ti, units, idx)
            if inherited is not None:
                sp, cue = inherited
                sp = replace(sp, via=sp.via + self._via(atts, None))
                key = id(q)
                groups[key] = [(q, ti, "direct")]
                order.append((key, None, sp, cue))
        order = self._join_broken(order, groups, toks)
        for key, att, sp, cue in order:
            items = groups[key]
            first, last = items[0][0], items[-1][0]
            if len(items) == 2 and items[0][2] == "broken":  # one sentence broken by its attribution
                text = f"{items[0][0].text.rstrip()} {_clean_quote(items[1][0].text)}"
                kind = items[1][2]
            else:
                text = " ... ".join(_clean_quote(q.text) for q, _, _ in items)
                kind = "direct" if all(k == "direct" for _, _, k in items) else "partial"
            span = None
            if att is not None:
                span = (toks[att.lo].start, toks[min(max(att.hi, att.lead_end), len(toks)) - 1].end)
            self._add(unit, sp, text, kind, cue, first.start, last.end, span)
        end = len(toks)
        while end and not toks[end - 1].text[0].isalnum():
            end -= 1
        for _key, att, sp, _cue in order:  # ""...," the ministry said, adding that ...": a second statement
            if att is not None:
                after = min(max(att.hi, att.lead_end), len(toks))
                span = (toks[att.lo].start, toks[after - 1].end)
                self._add_clause_after(unit, toks, after, end, sp, span)
        # an attribution whose quotations are all partial may report a clause of its own before them ("North Korea
        # said it has no intention of talking, brushing off Moon's call for a "peace economy"")
        used = {id(a) for key, a, _, _ in order if a is not None and any(k != "partial" for _, _, k in groups[key])}
        quoting = frozenset(id(a) for _, a, _, _ in order if a is not None) - used
        spare = [a for a in atts if id(a) not in used and a.strength == 2 and a.cue in self.cues.reporting]
        if spare:
            self._unquoted(unit, toks, spare, quoted_ok=False, quoting=quoting)
        if not order:
            self._maybe_pending(unit, toks, atts)

    def _join_broken(self, order: list, groups: dict, toks: list[_Tok]) -> list:
        """ ""Before long," she said, "a tragic scene will be seen."": a quotation ending in a comma, its
        attribution, then a quotation opening right after the attribution's comma make one quotation."""
        out: list = []
        for entry in order:
            if out and entry[1] is not None and out[-1][1] is entry[1] and len(groups[out[-1][0]]) == 1:
                (q1, t1, _), (_q2, t2, _) = groups[out[-1][0]][0], groups[entry[0]][0]
                att = entry[1]
                between = toks[t1 + 1 : t2]
                if (
                    q1.text.rstrip().endswith(",")
                    and t1 < att.lo
                    and max(att.hi, att.lead_end) <= t2
                    and between
                    and between[-1].text in (",", ":")
                    and all(t1 < i < t2 for i in range(att.lo, max(att.hi, att.lead_end)))
                ):
                    groups[out[-1][0]] = [(q1, t1, "broken"), groups[entry[0]][0]]
                    continue
            out.append(entry)
        return out

    def _kind(self, toks: list[_Tok], ti: int, att: _Attribution, q: Quote, atts: Sequence[_Attribution] = ()) -> str:
        """direct when only the attribution (and punctuation) stands outside the quotation."""
        words = len(q.text.split())
        if words < 3 and not q.text.rstrip(",\"'\u201d\u2019 ").endswith((".", "?", "!")):
            return "partial"
        if att.cue == ":" or att.strength < 2 and att.cue not in self.cues.participles:
            if att.cue != ":" or toks[att.lead_end - 1 if att.lead_end else 0].text != ":" or att.lead_end != ti:
                return "partial"
        outside = set(range(len(toks))) - {ti}
        attribution_toks = set(range(att.lo, max(att.hi, att.lead_end)))
        for a in range(len(toks)):
            t = toks[a]
            if t.is_quote:
                outside.discard(a)
        # every other attribution-like token (relays, "he said" between two parts of one quotation)
        outside -= attribution_toks
        for other in atts:
            if other.is_outlet or other.cue == att.cue and other.speaker == att.speaker:
                outside -= set(range(other.lo, max(other.hi, other.lead_end)))
        outside -= self._trailing_phrase(toks, ti, att)
        leftover = []
        skip_relay = self._relay_tokens(toks)
        for i in sorted(outside):
            if i in skip_relay:
                continue
            t = toks[i]
            if not t.text[0].isalnum() or t.low == "that":
                continue
            leftover.append(t)
        if not leftover:
            return "direct"
        # an introductory phrase before the speaker ("On Tuesday, Kim said: "...")
        if att.lo < ti and all(toks[i].end <= toks[att.lo].start for i in range(len(toks)) if toks[i] in leftover):
            intro_end = att.lo - 1
            if intro_end >= 0 and toks[intro_end].text == ",":
                return "direct"
        return "partial"

    def _trailing_phrase(self, toks: list[_Tok], ti: int, att: _Attribution) -> set[int]:
        """ "...," Kim said, standing next to Moon. / "...," Trump told reporters before flying home.": a
        participial or subordinate phrase after a quote-first attribution is not part of what was said."""
        e = max(att.hi, att.lead_end)
        n = len(toks)
        if att.hi < e < n and toks[e - 1].low in self.cues.subordinators:  # "before" taken as an adjunct
            e -= 1
        nxt = next((k for k in range(e, n) if toks[k].is_quote), None)
        if (
            nxt is not None and e < nxt - 1 and toks[nxt - 1].text == ","
            and any(toks[k].is_quote for k in range(att.lo))
        ):
            # '"...," said a woman who saw her brother, "only much thinner."': the description between the two
            # parts of a quotation belongs to the speaker, for both parts
            return self._description_tail(toks, e, nxt - 1)
        if ti >= att.lo or e >= n or any(t.is_quote for t in toks[e:]):
            return set()
        if ti == 0 and att.lo <= 2 and not any(t.is_quote for t in toks[att.hi :]):
            # '"...," a South Korean official said after the delegates returned.': the quotation opens the
            # sentence and its attribution follows; whatever comes after the verb is not what was said
            return set(range(att.hi, n))
        return self._description_tail(toks, e, n)

    def _description_tail(self, toks: list[_Tok], e: int, stop: int) -> set[int]:
        """Tokens ``e``..``stop`` when they open with a subordinator, a preposition, a relative pronoun or an
        -ing form: a phrase about the speaker, not what was said."""
        if e >= stop:
            return set()
        first = toks[e + 1] if toks[e].text == "," and e + 1 < stop else toks[e]
        if (
            first.low in self.cues.subordinators
            or first.low in _PREPOSITIONS
            or first.low in ("who", "whom", "whose", "which", "that")  # "said a diplomat who follows the North"
            or first is not toks[e] and first.low.endswith("ing") and first.text.islower()
        ):
            return set(range(e, stop))
        return set()

    def _relay_tokens(self, toks: list[_Tok]) -> set[int]:
        out: set[int] = set()
        for k in range(len(toks)):
            relay = self._relay_at(toks, k)
            if relay is None:
                continue
            span = self.np_after(toks, k + relay[1])
            if span:
                out.update(range(k, span[1]))
        for k, t in enumerate(toks):
            if t.low in self.cues.reporting:
                span = self.np_before(toks, k)
                if span:
                    out.update(range(span[0], k + 1))
        return out

    def _headline(self, toks: list[_Tok]) -> _Attribution | None:
        """ "South Korean president: Trump "beat around the bush"": a speaker, a colon, then what was said."""
        colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
        if colon is None or colon == 0 or colon > 8:
            return None
        if not all(self._np_word(t) for t in toks[:colon]):
            return None
        sp = self.resolve(toks[:colon], toks[colon].start)
        if sp is None:
            return None
        return _Attribution(sp, ":", 1, 0, colon + 1, colon + 1, sp.kind == "outlet", 1)

    def _standalone(self, toks: list[_Tok], ti: int) -> bool:
        return all(i == ti or not toks[i].text[0].isalnum() for i in range(len(toks)))

    def _inherit(
        self, unit: _Unit, toks: list[_Tok], ti: int, units: list[_Unit], idx: int
    ) -> tuple[Speaker, str | None] | None:
        """The speaker of an unattributed quotation (pull-quote line, colon lead-in, section, previous)."""
        if not self._standalone(toks, ti):
            return None
        para = unit.sentences[-1].paragraph
        line = self._speaker_line(para + 1)
        if (
            line is not None
            and unit.first.paragraph == self.paragraph_first[unit.first.paragraph].paragraph
            and all(u is unit or u.first.paragraph != unit.first.paragraph for u in units)
        ):
            self.state.consumed_paragraphs.add(para + 1)
            return line, None
        if self.state.pending is not None:
            p, sp, cue = self.state.pending
            if unit.first.paragraph > p and (unit.first.is_bullet or unit.first.paragraph == p + 1):
                return sp, cue
            self.state.pending = None
        label = _LABEL_SPEAKER_RE.match(unit.first.section or "")
        if label:
            who = label.group("who")
            sp = self._label_speaker(who, unit.start)
            if sp is not None:
                return sp, None
        if self.state.speakers and self.state.rows:
            gap = unit.first.paragraph - self.state.last_paragraph
            if gap == 0 or (gap == 1 and (unit.first.is_bullet or self._standalone(toks, ti))):
                return self.state.speakers[-1][1], None
        return None

    def _label_speaker(self, who: str, at: int) -> Speaker | None:
        toks = _tokens(who, 0, len(who))
        if len(toks) == 1 and toks[0].low in self.cues.pronouns:
            return self._antecedent(self.cues.pronouns[toks[0].low], at, self.cues.pronoun_gender.get(toks[0].low))
        found = self.vocab.find(who)
        if found:
            a = found[-1].actor
            return Speaker(a.name, _short_role(a.role), a.org, a.country, a.kind)
        return None

    def _speaker_line(self, paragraph: int) -> Speaker | None:
        """A paragraph holding only a speaker's name ("— Kim Yo-jong, vice department director")."""
        s = self.paragraph_first.get(paragraph)
        if s is None or self.paragraph_count.get(paragraph, 0) != 1:
            return None
        line = self.text[s.char_start : s.char_end].strip()
        raw = line.lstrip(_DASHES + " ")
        dashed = raw != line  # "— A senior official in Lee's office, speaking to reporters"
        if not raw or raw[-1] in ".?!" and not raw.endswith(("Jr.", ".")) or len(raw) > 120:
            if not raw or raw[-1] in "?!":
                return None
        head, _, role = raw.partition(",")
        head_start = self.text.find(head, s.char_start)
        toks = _tokens(self.text, head_start, head_start + len(head))
        glue = ("in", "at", "of", "for", "to", "from", "the", "a", "an", "'s")
        if not toks or not all(self._np_word(t) or dashed and t.low in glue for t in toks):
            return None
        sp = self.resolve(toks, s.char_start)
        if sp is None or sp.kind == "description" and not dashed:
            return None
        if role.strip().lower().startswith(("speaking", "who ", "in a ", "in an ")):
            role = ""  # "..., speaking to reporters": how, not a role
        if role.strip():
            sp = replace(sp, role=role.strip().rstrip("."))
        return sp

    def _maybe_pending(self, unit: _Unit, toks: list[_Tok], atts: list[_Attribution]) -> None:
        if toks and toks[-1].text == ":" and atts:
            att = max(atts, key=lambda a: (not a.is_outlet, a.strength, a.lo))
            self.state.pending = (
                unit.sentences[-1].paragraph,
                replace(att.speaker, via=self._via(atts, att)),
                att.cue,
            )
