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

This module holds the public functions and ``_Reader``, which walks the article (units, the passes over all its
rows); the rules are mixed into ``_Reader`` from :mod:`~koreadiplo.statement_phrases` (the noun phrase before or
after a cue), :mod:`~koreadiplo.statement_attributions` (rule 2), :mod:`~koreadiplo.statement_speakers` (rule 3),
:mod:`~koreadiplo.statement_quotations` (a quotation's attribution and kind; rule 6) and
:mod:`~koreadiplo.statement_clauses` (reported clauses without quote marks). :mod:`~koreadiplo.statement_cues`
loads the cues; :mod:`~koreadiplo.statement_tokens` and :mod:`~koreadiplo.statement_records` hold the tokens, word
sets and records they share.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .actors import Actor, ActorVocabulary, load_actors
from .dates import find_dates
from .quotes import find_quotes
from .statement_attributions import AttributionsMixin
from .statement_clauses import ClausesMixin
from .statement_cues import Cues, load_cues
from .statement_interviews import answer_rows, named_in_next_paragraph, role_named_later
from .statement_phrases import NounPhrasesMixin
from .statement_quotations import QuotationsMixin
from .statement_records import Speaker, _Attribution, _State, _Unit
from .statement_speakers import SpeakersMixin, _as_date
from .statement_tokens import _WEEKDAYS_MONTHS, _masked_tokens

__all__ = ["Cues", "Speaker", "extract_statements", "load_cues"]

#: "People Power Party (PPP)": a capitalised name and the acronym the text gives it
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for|and|the)\s+)?){1,7}[A-Z][\w'\u2019.-]*)\s+\(([A-Z]{2,6})\)"
)
# an outlet's report opening: "KCNA reported late Thursday that", "Yonhap said, citing officials, that"
_OUTLET_REPORTED = re.compile(
    r"[\w.' -]{0,60}?\b(?:reported|reports|said|says)\b[^.;:\"\u201c]{0,60}?\bthat\b", re.IGNORECASE
)


class _Reader(NounPhrasesMixin, SpeakersMixin, AttributionsMixin, QuotationsMixin, ClausesMixin):
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
        self._appositive_names()
        self._titled_names()
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
        self.quotations = find_quotes(self.text)  # (read once: the units and the sentence subjects use them)
        self._sentence_subjects()
        self.paragraph_count: dict[int, int] = {}
        for s in self.sentences:
            self.paragraph_count[s.paragraph] = self.paragraph_count.get(s.paragraph, 0) + 1

    # ------------------------------------------------------------------ units

    def units(self) -> list[_Unit]:
        """Sentences grouped so that no quotation crosses a unit boundary."""
        quotes = self.quotations
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
        rows = self._without_own_outlet(self._carried_later(self._outlet_relays(self.state.rows)))
        # a person the lead only describes, named with an age in the next paragraph; the answers of a Q&A interview
        rows = named_in_next_paragraph(rows, self.article)
        rows = role_named_later(rows, self.article, self.state.names, self.cues.role_nouns)
        return rows + answer_rows(self.article, self.state.names, self.published)

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
        """The date the attribution gives ("said on Friday"), or that of a possessive opening the speaker's phrase
        ("Friday's statement said", "Thursday's editorial in Rodong Sinmun added"); else the publication's."""
        if span is not None and span[1] > span[0]:
            found = find_dates(self.text[span[0] : span[1]], self.today, offset=span[0])
            if not found:
                start = max(0, self.text.rfind("\n", 0, span[0]) + 1, span[0] - 120)
                between = _possessive_document(self.cues.anaphors.get("document", frozenset()))
                found = [
                    d for d in find_dates(self.text[start : span[0]], self.today, offset=start)
                    if between.fullmatch(self.text, d.end, span[0])
                ][-1:]
            if found:
                d = found[0]
                return _as_date(d.date), d.precision
        return self.published, "reported"

    def _via(self, atts: Sequence[_Attribution], speaker_att: _Attribution | None) -> tuple[str, ...]:
        relays = [a for a in atts if a.is_outlet and a is not speaker_att]
        relays.sort(key=lambda a: (a.rank, -a.lo))
        return tuple(a.speaker.name for a in relays)


@functools.lru_cache(maxsize=4)
def _possessive_document(documents: frozenset[str]) -> re.Pattern:
    """What may stand between a possessive date and the attribution it dates: "Friday's | statement said",
    "Thursday's | Rodong Sinmun editorial said", "Thursday's | statement from | KCNA added" (a document noun of
    ``anaphors: document`` in cues.yaml, and its issuer after it)."""
    nouns = "|".join(sorted((re.escape(n) for n in documents), key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"['\u2019]s\s+(?:(?:[\w-]+\s+){{0,3}}?(?:{nouns})s?\s+(?:from|by|of|in)\s+(?:the\s+)?)?")


#: "<speaker> made the threat in a statement released late on Sunday and carried by <outlet>": the outlet named after
#: the speaker's words relayed them
_CARRIED_LATER = re.compile(
    r"\b(?:made|issued|delivered|gave|released|posted)\s+(?:the|her|his|its|their|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:threats?|remarks?|comments?|warnings?|statements?|announcement|criticism)\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|commentary|message|article|dispatch)\b[^.;]{0,80}?\b(?:carried|released|published)\s+by\s+"
    r"(?P<outlet>[^.;,]{1,60})"  # the outlet: whatever the actor vocabulary finds there
)


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
