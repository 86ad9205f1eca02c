"""Statements: who said what, through whom, in what form — one row per statement.

:func:`extract_statements` reads an :class:`~koreadiplo.reader.Article` and returns the ``statements`` table
(see ``schema.STATEMENTS`` and ``docs/statements.md``). The rules, briefly:

1. **Quotations** come from :func:`koreadiplo.quotes.find_quotes`. Sentences joined by a quotation that runs
   over them (or over a paragraph break) are read together as one *unit*.
2. **Attribution** is read in the unit's text outside the quotation marks: ``NP said`` / ``said NP`` /
   ``according to NP`` / ``per NP`` / ``NP: "..."`` (headline form) / ``..., saying: "..."`` (the subject of
   the main clause). The verbs and phrases come from ``data/cues.yaml``. Reporting verbs beat speech-act verbs
   ("agreed to", "pledged"), and the attribution nearest the quotation wins.
3. **Speakers** are resolved with the actor vocabulary (``data/actors.yaml``): full canonical names; a bare
   surname ("Kim") is the most recent full name with that surname, the speaker of a statement counting as
   mentioned where the statement is attributed; pronouns, "the statement", "the agency" and "the ministry"
   refer back; "the South Korean president" is whoever held that office on the date (cues.yaml ``offices``);
   other unnamed speakers are kept as the text describes them ("a military officer").
4. **via** lists the outlets between the speaker and the article, nearest the article first, joined by
   ``" < "``: ``"... KCNA reported, according to Yonhap"`` gives ``"Yonhap < KCNA"``.
5. **kind**: ``indirect`` without quote marks; ``direct`` when the quotation is the whole of what is reported
   (only the attribution stands outside it) and is a clause (three words or more, or ends a sentence);
   ``partial`` when it is a fragment embedded in the writer's own sentence.
6. **Quotes without attribution** take the speaker of a pull-quote line that follows ("— Kim Yo-jong"), of a
   lead-in ending in a colon, of a "What she's saying" section, or of the statement just before (same
   paragraph, or the previous one when this is a bullet or a whole-paragraph quotation).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .actors import Actor, ActorVocabulary, load_actors
from .quotes import Quote, find_quotes
from .statement_attributions import AttributionsMixin
from .statement_cues import Cues, load_cues
from .statement_phrases import NounPhrasesMixin
from .statement_records import Speaker, _Attribution, _State, _Unit
from .statement_speakers import SpeakersMixin, _as_date, _short_role
from .statement_tokens import (
    _AUXILIARIES,
    _DAY_PHRASE,
    _DETERMINERS,
    _PREPOSITIONS,
    _TOLD,
    _WEEKDAYS_MONTHS,
    _clause_ids,
    _is_cap,
    _masked_tokens,
    _Tok,
    _tokens,
)

__all__ = ["Cues", "Speaker", "extract_statements", "load_cues"]

_DASHES = "\u2014\u2013-"
_LABEL_SPEAKER_RE = re.compile(
    r"^what\s+(?P<who>.+?)\s*(?:is|are|was|were|'s|\u2019s|'re|\u2019re)\s+saying\b", re.IGNORECASE
)
# words that open an adjunct after a sentence-final "X said" ("on condition of anonymity", "after the talks")
_ADJUNCT_OPENERS = frozenset(
    "on in at during after before following while when as who whom whose late early later earlier".split()
)
#: "People Power Party (PPP)": a capitalised name and the acronym the text gives it
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for|and|the)\s+)?){1,7}[A-Z][\w'\u2019.-]*)\s+\(([A-Z]{2,6})\)"
)
#: Verbs of a request, whose clause a closing attribution reports too ("Moon urged Kim to ..., Park said")
_INSTRUCTED = frozenset(("urged", "urges", "asked", "asks"))


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


# an outlet's report opening: "KCNA reported late Thursday that", "Yonhap said, citing officials, that"
_OUTLET_REPORTED = re.compile(
    r"[\w.' -]{0,60}?\b(?:reported|reports|said|says)\b[^.;:\"\u201c]{0,60}?\bthat\b", re.IGNORECASE
)
_OPENING_TIME_WORDS = frozenset(("this", "last", "week", "month", "year", "morning", "afternoon", "evening", "night",
                                 "on", "."))


class _Reader(NounPhrasesMixin, SpeakersMixin, AttributionsMixin):
    """Reads one article: holds the vocabularies, the article and what has been read so far."""

    def __init__(self, article: Any, vocab: ActorVocabulary, cues: Cues):
        self.article = article
        self.text: str = article.text
        self.vocab = vocab
        self.cues = cues
        self.published: _dt.date = _as_date(article.published)
        self.today: _dt.date = _as_date(getattr(article, "reference_date", None) or article.published)
        self.state = _State()
        self.country_names = {a.country: a.name for a in vocab.actors if a.kind == "country" and a.country}
        # companies of the actor vocabulary (a `role` with the word "company"): what "the company" may refer to
        self._companies = {a.name for a in vocab.actors if a.kind == "org" and "company" in (a.role or "").lower()}
        for m in vocab.find(self.text):
            self._relative_description(m.text, m.actor.name)
            if m.actor.kind == "person" and " " in m.text.strip():
                self.state.names.append((m.start, m.actor.name, m.actor))
            if m.actor.kind == "outlet":
                self.state.outlets.append((m.start, m.actor))
            self.state.actors.append((m.start, m.actor))
        for m in cues.generic_outlet_re.finditer(self.text):
            self.state.outlets.append(
                (
                    m.start(),
                    Actor(
                        cues.generic_outlets[m.group().lower()]
                        if m.group().lower() in cues.generic_outlets
                        else m.group(),
                        "outlet",
                    ),
                )
            )
        self._korean_names()
        # acronyms the text defines: "the main opposition People Power Party (PPP)" -> a later "The PPP said"
        self._acronyms = {
            m.group(2): " ".join(m.group(1).split()) for m in _DEFINED_ACRONYM.finditer(self.text)
            if "".join(w[0] for w in m.group(1).split() if w[0].isupper()) == m.group(2)
        }
        self.state.outlets.sort(key=lambda x: x[0])
        self.state.names.sort(key=lambda x: x[0])
        self._embedded = self._relation_names()
        self._pre_verb = cues.pre_verb | _WEEKDAYS_MONTHS
        self._postmodifier_ends = frozenset(words[-1] for words in cues.postmodifiers)
        self._demonym_words = frozenset(w.lower() for d in cues.demonyms for w in d.split())
        self._anaphor_words = frozenset(
            w for ws in (*cues.anaphors.values(), cues.documents) for p in ws for w in p.split()
        )
        # the only words at which attributions() can find anything (every other token is skipped at once)
        self._attribution_words = frozenset(
            {"quoted", *cues.relay_index, *cues.reporting, *cues.speech_act, *cues.participles}
        )
        self.sentences = list(article.iter_sentences())
        self._sentence_starts = [s.char_start for s in self.sentences]
        self.paragraph_first: dict[int, Any] = {}
        for s in self.sentences:
            self.paragraph_first.setdefault(s.paragraph, s)
        self._sentence_subjects()
        self.paragraph_count: dict[int, int] = {}
        for s in self.sentences:
            self.paragraph_count[s.paragraph] = self.paragraph_count.get(s.paragraph, 0) + 1

    # ------------------------------------------------------------------ units

    def units(self) -> list[_Unit]:
        """Sentences grouped so that no quotation crosses a unit boundary."""
        quotes = find_quotes(self.text)
        out: list[_Unit] = []
        qi = 0
        for s in self.sentences:
            start = max(s.content_start, s.char_start)
            if (
                out
                and out[-1].quotes
                and start < max(q.end for q in out[-1].quotes)
                and s.char_start < max(q.end for q in out[-1].quotes)
            ):
                unit = out[-1]
                unit.sentences.append(s)
                unit.end = s.char_end
            else:
                unit = _Unit([s], start, s.char_end, [])
                out.append(unit)
            while qi < len(quotes) and quotes[qi].start < unit.end:
                if quotes[qi].start >= unit.start or quotes[qi].end > unit.start:
                    unit.quotes.append(quotes[qi])
                qi += 1
            if unit.quotes and max(q.end for q in unit.quotes) > unit.end:
                unit.end = max(unit.end, s.char_end)
        return out

    # ------------------------------------------------------------------ statements

    def read(self) -> list[dict]:
        from .reader import skip_sections

        units = self.units()
        skip = skip_sections()  # links to other stories, notes, captions, page furniture
        for idx, unit in enumerate(units):
            if unit.first.paragraph in self.state.consumed_paragraphs or unit.first.section in skip:
                continue
            toks = _masked_tokens(self.text, unit.start, unit.end, unit.quotes)
            toks = [t for t in toks if t.text not in ("\u2022", "\u00b7", "*")]
            self._note_described_subject(toks)
            self._note_documents(toks)
            if unit.quotes:
                self._quoted(unit, toks, units, idx)
            else:
                self._unquoted(unit, toks)
        return self._without_own_outlet(self._carried_later(self._outlet_relays(self.state.rows)))

    def _without_own_outlet(self, rows: list[dict]) -> list[dict]:
        """The article's own outlet is never a relay: in an Axios story, '"...," an official told Axios' was
        heard first hand (via stays empty); a statement of the outlet itself keeps it as the speaker."""
        own = (getattr(self.article, "outlet", None) or "").lower()
        if not own:
            return rows
        for r in rows:
            if r["via"]:
                kept = [v for v in r["via"].split(" < ") if v.lower() != own]
                r["via"] = " < ".join(kept) if kept else None
        return rows

    def _carried_later(self, rows: list[dict]) -> list[dict]:
        """ "Kim Yo Jong made the threat in a statement released late on Sunday and carried by state news agency
        KCNA": her statements of the sentences around it (two before, two after) came through that outlet."""
        if not any(w in self.text for w in ("carried by", "released by", "published by")):
            return rows
        for m in _CARRIED_LATER.finditer(self.text):
            s = self._sentence_at(m.start())
            if s is None:
                continue
            phrase = self.text[m.start("outlet") : m.end("outlet")]
            found = [x for x in self.vocab.find(phrase, offset=m.start("outlet")) if x.actor.kind == "outlet"]
            subject = [x for x in self.vocab.find(s.text, offset=s.char_start) if x.start < m.start()
                       and x.actor.kind in ("person", "org")]
            first = s.text.split(None, 1)[0].lower() if s.text.strip() else ""
            if not subject and first in self.cues.pronouns:  # "She made the remarks in a statement carried by ..."
                before = [r for r in rows if r["char_start"] < s.char_start]
                who = before[-1]["speaker"] if before else None
            else:
                who = subject[0].actor.name if subject else None
            if not found or who is None:
                continue
            outlet = found[0].actor.name
            for r in rows:
                if r["speaker"] == who and r["via"] is None and abs(r["sentence_id"] - s.sentence_id) <= 2:
                    r["via"] = outlet
        return rows

    def _outlet_relays(self, rows: list[dict]) -> list[dict]:
        """ "KCNA reported that the delegates had warned that ...": the delegates speak and KCNA relays them
        (``via``); the outlet's own row around theirs goes."""
        if not self.state.outlets:
            return rows
        drop: set[int] = set()
        for r in rows:
            if r["via"] is not None or r["kind"] != "indirect":
                continue
            opening = self._sentence_start(r["char_start"])
            before = [(pos, actor) for pos, actor in self.state.outlets if opening <= pos < r["char_start"]]
            if not before:
                continue
            pos, actor = before[-1]
            if actor.name == r["speaker"]:
                continue
            m = _OUTLET_REPORTED.match(self.text, pos)
            if m is None or m.end() > r["char_start"]:
                continue
            r["via"] = actor.name
            for i, o in enumerate(rows):
                if o is not r and o["speaker"] == actor.name and o["char_start"] <= r["char_start"] and (
                    r["char_end"] <= o["char_end"]
                ):
                    drop.add(i)
        return [o for i, o in enumerate(rows) if i not in drop]

    def _add(
        self,
        unit: _Unit,
        sp: Speaker,
        quote: str,
        kind: str,
        cue: str | None,
        a: int,
        b: int,
        att_span: tuple[int, int] | None,
    ) -> None:
        date, precision = self._date(att_span)
        via = tuple(dict.fromkeys(v for v in sp.via if v != sp.name))
        if sp.kind == "description" and sp.name.endswith((" here", " there")):
            sp = replace(sp, name=sp.name.rsplit(" ", 1)[0])  # "officials here": the place is the dateline's
        evid_a = unit.first.char_start
        evid_b = max(s.char_end for s in unit.sentences)
        self.state.rows.append(
            {
                "speaker": sp.name,
                "speaker_role": sp.role,
                "speaker_org": sp.org,
                "speaker_country": sp.country,
                "quote": quote,
                "kind": kind,
                "cue": cue,
                "via": " < ".join(via) if via else None,
                "date": pd.Timestamp(date),
                "date_precision": precision,
                "section": unit.first.section,
                "sentence_id": unit.first.sentence_id,
                "char_start": a,
                "char_end": b,
                "evidence": self.text[evid_a:evid_b],
            }
        )
        self.state.speakers.append((b if att_span is None else att_span[1], replace(sp, via=via)))
        in_document = self._in_document(unit)
        if in_document:
            self.state.documents.append(self.state.speakers[-1])
        if not (kind == "partial" and cue in self.cues.speech_act) or in_document:
            self.state.issuers.append(self.state.speakers[-1])
        self.state.last_paragraph = unit.sentences[-1].paragraph

    def _date(self, span: tuple[int, int] | None) -> tuple[_dt.date, str]:
        if span is not None and span[1] > span[0]:
            try:
                from .dates import find_dates
            except ImportError:  # pragma: no cover - dates.py is written in parallel
                find_dates = None
            if find_dates is not None:
                text = self.text[span[0] : span[1]]
                found = find_dates(text, self.today, offset=span[0])
                if found:
                    d = found[0]
                    return _as_date(d.date), d.precision
        return self.published, "reported"

    def _via(self, atts: Sequence[_Attribution], speaker_att: _Attribution | None) -> tuple[str, ...]:
        relays = [a for a in atts if a.is_outlet and a is not speaker_att]
        relays.sort(key=lambda a: (a.rank, -a.lo))
        return tuple(a.speaker.name for a in relays)

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

        def key(a: _Attribution):
            return (
                a.is_outlet and a.rank == 0,
                a is not governor,
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
        used = {id(a) for _, a, _, _ in order if a is not None}
        spare = [a for a in atts if id(a) not in used and a.strength == 2 and a.cue in self.cues.reporting]
        if spare:
            self._unquoted(unit, toks, spare, quoted_ok=False)
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

    def _unquoted(
        self, unit: _Unit, toks: list[_Tok], atts: list[_Attribution] | None = None, quoted_ok: bool = True
    ) -> None:
        """Reported speech without quote marks: "North Korea said on Tuesday it will ..."."""
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
        relative = [a for a in atts if a.relative and a.cue in self.cues.reporting and not a.is_outlet]
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
            for r in relative:  # the main clause ends before the relative clause's noun phrase
                if lo < r.lo < hi:
                    hi = next((c for c in range(r.lo - 1, lo, -1) if toks[c].text == ","), hi)
            for other in atts:  # "..., the agency reported, citing X": the clause ends before "the agency"
                if other is not att and lo < other.lo < hi and toks[other.lo - 1].text == "," and not (
                    self._told_reported(toks, other, atts, end)  # ("In his letter, Moon urged ..., Park said")
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
            via = self._via([a for a in atts if a.lo >= hi or a.hi <= lo], speaker_att)
            sp = replace(sp, via=via + sp.via)
            if not quoted_ok:
                # "Kim said no one would trade ... and mocked Yoon as "really simple"": the reported clause ends
                # before a second verb of the same speaker that holds the quotation
                cut = next(
                    (
                        k for k in range(lo + 3, hi - 1)
                        if toks[k].low == "and"
                        and (toks[k + 1].low in self.cues.speech_act or toks[k + 1].low in self.cues.reporting)
                    ),
                    None,
                )
                if cut is not None and not any(t.is_quote for t in toks[lo:cut]):
                    hi = cut
                elif any(t.is_quote for t in toks[lo:hi]):
                    continue
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

    def _told_reported(self, toks: list[_Tok], att: _Attribution, atts: Sequence[_Attribution], end: int) -> bool:
        """``att`` is "told" (the North told the South ..., told the staff to leave) and the sentence closes with
        another speaker's attribution after a comma (", officials here said"): that speaker reports the whole
        act, so the clause is theirs."""
        if att.cue not in _TOLD and att.cue not in _INSTRUCTED:
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
        a, b = toks[lo].start, toks[hi - 1].end
        span = (toks[att.lo].start, toks[max(att.hi, att.lead_end) - 1].end)
        self._add(unit, att.speaker, " ".join(self.text[a:b].split()), "indirect", att.cue, a, b, span)

    def _intro_ok(self, toks: list[_Tok], lo: int) -> bool:
        """Token ``lo`` starts a clause: the sentence, after an introductory phrase ending in a comma, after
        ", and" / ", but" / ";", or after a subordinator ("days after Kim said he was willing ...")."""
        if lo == 0:
            return True
        if lo <= 4 and toks[0].low in ("on", "in", "late", "early", "earlier", "last") and all(
            self._is_time_word(t) or t.low in _OPENING_TIME_WORDS for t in toks[1:lo]
        ):  # "On Friday Deputy Prime Minister Rha said ...": an opening time phrase without its comma
            return True
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
        has_that = j < end and toks[j].low == "that"
        # "warned the minister to be careful", "told officials to take measures": an instruction to a listener
        instruction = (
            not has_that and j > att.lo + 2 and toks[j - 1].low == "to"
            and toks[j - 2].low not in ("not", "never", "n't")  # "who asked not to be named"
            and (att.cue not in self.cues.needs_that or att.cue in ("warned", "warns"))  # "urged X to" is a request
        )
        if has_that:
            j += 1
        elif instruction:
            pass
        elif att.cue in _TOLD and any(t.low == "about" for t in toks[j : j + 6]):
            return None  # "had told U.S. forces about it twice": what the listener learnt of, no reported clause
        elif att.cue in self.cues.needs_that and not self._looks_like_clause(toks, j, end):
            return None
        elif j < end and (toks[j].low in ("of", "about", "against", "to", "for", "on") or toks[j].text == ":") and not (
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
        return (
            k + 4 < end and toks[k].low == "in" and toks[k + 1].low in _DETERMINERS
            and toks[k + 2].bare.lower() in self.cues.anaphors.get("document", ())
            and self._relay_at(toks, k + 3) is not None
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
            j + 1 < end and toks[j].text.isalpha() and toks[j].text.islower() and toks[j + 1].low in _AUXILIARIES
            and not toks[j].low.endswith("ly") and toks[j].low not in _PREPOSITIONS
        ):  # ("saying electricity was a strategic resource": a bare noun and its verb)
            return None
        return (j, end) if end - j >= 3 else None

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

    def _looks_like_clause(self, toks: list[_Tok], j: int, end: int) -> bool:
        """ "it would ...", "the North will ...": a subject and an auxiliary, not an object noun phrase."""
        if j < end and toks[j].low in ("it", "he", "she", "they", "we", "there"):
            return True
        determiner = j < end and toks[j].low in _DETERMINERS
        for k in range(j + 1, min(end, j + 7)):
            if toks[k].low in _AUXILIARIES:
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


#: "<speaker> made the threat in a statement released late on Sunday and carried by <outlet>": the outlet named after
#: the speaker's words relayed them
_CARRIED_LATER = re.compile(
    r"\b(?:made|issued|delivered|gave|released|posted)\s+(?:the|her|his|its|their|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:threats?|remarks?|comments?|warnings?|statements?|announcement|criticism)\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|commentary|message|article|dispatch)\b[^.;]{0,80}?\b(?:carried|released|published)\s+by\s+"
    r"(?P<outlet>[^.;,]{1,60})"  # the outlet: whatever the actor vocabulary finds there
)


def _clean_quote(text: str) -> str:
    """The quoted words without the comma that closes them before an attribution."""
    return text.rstrip().rstrip(",").rstrip()


def extract_statements(article: Any, *, vocab: ActorVocabulary | None = None, cues: Cues | None = None) -> pd.DataFrame:
    """Who said what, through whom: one row per statement, in reading order.

    Parameters
    ----------
    article : Article or str or path
        An article from :func:`koreadiplo.read_article`; a path or a string is read with it first.
    vocab : ActorVocabulary, optional
        Actor vocabulary (default: :func:`koreadiplo.actors.load_actors`).
    cues : Cues, optional
        Statement cues (default: :func:`load_cues`).

    Returns
    -------
    pandas.DataFrame
        The ``statements`` table (``schema.STATEMENTS``).

    Examples
    --------
    >>> import koreadiplo as kd
    >>> art = kd.read_article('"We are ready," North Korean leader Kim Jong-un said.', published="2021-07-27")
    >>> extract_statements(art)[["speaker", "quote", "kind"]].iloc[0].tolist()
    ['Kim Jong-un', 'We are ready', 'direct']
    """
    return schema.frame(statement_rows(article, vocab=vocab, cues=cues), "statements")


def statement_rows(article: Any, *, vocab: ActorVocabulary | None = None, cues: Cues | None = None) -> list[dict]:
    """The rows of :func:`extract_statements` as dicts (for building one table over many articles)."""
    if isinstance(article, (str, Path)):
        from .reader import read_article

        article = read_article(article)
    reader = _Reader(article, vocab or load_actors(), cues or load_cues())
    rows = sorted(reader.read(), key=lambda r: (r["sentence_id"], r["char_start"]))
    article_id = article.article_id
    for i, row in enumerate(rows, 1):
        row["article_id"] = article_id
        row["statement_id"] = f"{article_id}:S{i}"
    return rows
