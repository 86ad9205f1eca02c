"""Speakers of the statement reader: who a noun phrase names (names, pronouns, titles, offices, bodies, outlets)."""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pandas as pd

from .actors import Actor
from .statement_records import Speaker
from .statement_tokens import (
    _DETERMINERS,
    _LISTENER_STOP,
    _PREPOSITIONS,
    _WEEKDAYS_MONTHS,
    _is_cap,
    _time_measure,
    _Tok,
    _tokens,
)

_POSSESSIVE_NAME_RE = re.compile(r"\b([A-Z][a-z]+)['\u2019]s\b")
#: An owner right before a body's name: "the North's" (National Defense Commission)
_OWNER_BEFORE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+$")
_BLUE_HOUSE_LEFT = _dt.date(2022, 5, 10)  # South Korea's presidential office moved from the Blue House to Yongsan
# titles before a person's name ("an aide to President Kim Young-sam"), never a body's ("the General Staff")
_PERSON_TITLES = frozenset(("president", "leader", "chairman", "premier", "minister", "ambassador", "envoy", "king"))
# the appositive right after a name, up to its closing comma ("Kim Tae-young, the new chairman of the JCS, ...")
_APPOSITIVE_TITLE = re.compile(r"\s*,\s*((?:the|a|an)\s+[^,;.]{1,60}?)(?:,|\.|;)")
# a bare family name opening a sentence, before a lower-case verb: "Lee disclosed that ..."
# a bare family name opening the sentence, or its main clause after an opening adjunct ("On Thursday, in a speech
# marking ..., Lee vowed ...")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\s+[a-z]")
_SURNAME_SUBJECT = re.compile(
    r"\s*(?:(?:On|In|At|During|After|Before|Earlier|Later|Last|On\s+\w+day)\b[^,;:\"\u201c\u201d]{0,60},\s+"
    r"(?:(?:in|at|during)\b[^,;:\"\u201c\u201d]{0,90},\s+)?)?"
    r"([A-Z][a-z]+)(?:,\s+(?:a|an|the|who)\s+[^,;:\"\u201c\u201d]{1,60},)?"  # ("Chung, a veteran lawmaker, served",
    # "Lee, who took office in July, spoke")
    r"\s+(?:also\s+|later\s+|then\s+|already\s+|once\s+)?([a-z]+)\b"
)
#: "a spokesman for | the ministry", "the spokeswoman of | the committee"
_SPOKESPERSON_FOR = re.compile(r"\b[Ss]pokes(man|woman|person)\s+(?:for|of)\b")


#: what a leader's name names when it stands before a speaker noun ("a Biden administration official")
_GOVERNMENT_OF_A_LEADER = frozenset(("administration", "government", "cabinet", "campaign", "transition"))


@functools.lru_cache(maxsize=4)
def _korean_name_re(surnames: frozenset[str]) -> re.Pattern:
    family = "|".join(sorted(map(re.escape, surnames), key=len, reverse=True))
    syllable = r"[A-Z][a-z]{1,6}"
    return re.compile(
        rf"\b({family})[ \t]+({syllable}-[a-z]{{1,6}}|{syllable}[ \t]+{syllable}"
        # a given name of one syllable only before an appositive: "a statement by Kim Il, a North Korean vice president"
        rf"|{syllable}(?=,[ \t]+(?:a|an|the|who|whose|North|South)\b))\b(?![ \t]+[A-Z]|-|['\u2019])"
    )


def _single_syllable_name_re(surnames: frozenset[str]) -> re.Pattern:
    family = "|".join(sorted(map(re.escape, surnames), key=len, reverse=True))
    return re.compile(rf"\b(?:{family})[ \t]+[A-Z][a-z]{{1,6}}\b(?![ \t]+[A-Z]|-|['\u2019])")


# a name of two or three capitalised words before ", a / an / the ..." (an appositive that may give a role)
_APPOSITIVE_NAME = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Za-z]+)?)(?=,\s+(?:a|an|the)\s)"
)
# a title, then a full name in Western order ("President | George W. Bush", "envoy | Christopher Hill")
_TITLED_NAME = re.compile(
    r"\b([A-Za-z][a-z]*\.?)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z]+)?[ \t]+[A-Z][a-z]+)\b"
    r"(?![-'\u2019]|[ \t]+[A-Z&])"  # (not part of a longer name: "the official Korean Central News | Agency")
)
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")  # the word right before a position, on the same line
#: a title, then up to four lower-case words, right before a name: "secretary for unification policy | Suh Ho"
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)((?:[ \t]+[a-z]+){0,4})[ \t]+$")


def _short_role(role: str | None) -> str | None:
    """The first part of a vocabulary role, without dates: "President of South Korea (2017-2022)"."""
    if not role:
        return None
    return re.sub(r"\s*\([^)]*\)", "", role).split(",")[0].strip() or None


def _as_date(value: Any) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    return _dt.date.fromisoformat(str(value))


#: a signed text that was not produced ("ended without a joint statement", "failed to adopt a joint communique")
_NO_DOCUMENT = re.compile(
    r"\b(?:without|no|never|failed\s+to\s+(?:produce|issue|adopt|agree\s+on)|did\s+not\s+(?:produce|issue|adopt))"
    r"\s+(?:a\s+|any\s+)?$"
)


class SpeakersMixin:
    """The speaker rules of the statement reader (mixed into ``statements._Reader``): :meth:`resolve` turns a noun
    phrase into a :class:`Speaker`, with references back through the reader's ``state``."""

    def _korean_names(self) -> None:
        """Full Korean names the actor vocabulary does not know ("Hwang Pyong So", "Kim Yang-gon"): a family
        name of ``korean_surnames`` and a given name of two capitalised syllables or one hyphenated word (or of one
        syllable before an appositive: "Kim Il, a North Korean vice president"), so that a later bare "Hwang said"
        is that person."""
        covered = [(p, p + len(n)) for p, n, _ in self.state.names]
        surnames = self.cues.korean_surnames
        if not surnames:
            return
        pattern = _korean_name_re(surnames)
        # (not past the body: "(Reporting by ...; Editing by Kim Carrow)" names no one the story quotes)
        end = getattr(self.article, "body_end", None) or len(self.text)
        for m in pattern.finditer(self.text, 0, end):
            given = m.group(2).split()
            if any(w.lower() in _WEEKDAYS_MONTHS for w in given):
                continue
            if any(a <= m.start() < b for a, b in covered) or self.vocab.find(m.group()):
                continue
            name = " ".join(m.group().split())
            self.state.names.append((m.start(), name, None))
            if len(given) == 1 and "-" not in given[0]:
                self.state.korean.add(name)
        covered = [(p, p + len(n)) for p, n, _ in self.state.names]
        for m in _single_syllable_name_re(surnames).finditer(self.text, 0, end):  # "led by secretary Suh Ho"
            before = _TITLE_BEFORE.search(self.text, max(0, m.start() - 80), m.start())
            words = {before.group(1).lower(), *before.group(2).split()} if before is not None else set()
            if not words & (self.cues.role_nouns | self.cues.callings):  # the title: a role noun or a calling
                continue
            if m.group().split()[-1].lower() in _WEEKDAYS_MONTHS:
                continue
            if any(a <= m.start() < b for a, b in covered) or self.vocab.find(m.group()):
                continue
            name = " ".join(m.group().split())
            self.state.names.append((m.start(), name, None))
            self.state.korean.add(name)

    def _appositive_names(self) -> None:
        """Full names the actor vocabulary does not know, set off by an appositive that gives a role ("Jeffrey
        Feltman, a former U.S. diplomat who ...", "Mark Lippert, the U.S. ambassador, ..."): people, so that a later
        bare "Feltman spent ..." is that person and a "he" after it can refer back to him."""
        covered = [(p, p + len(n)) for p, n, _ in self.state.names]
        for m in _APPOSITIVE_NAME.finditer(self.text):
            words = m.group(1).split()
            if any(a <= m.start() < b for a, b in covered) or self.vocab.find(m.group(1)):
                continue
            if any(w.lower() in _WEEKDAYS_MONTHS or w.lower() in _PERSON_TITLES for w in words):
                continue
            before = _WORD_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
            if before is not None and before.group(1)[0].isupper() and not before.group(1).endswith(
                (":", ".", "!", "?", '"', "\u201d")
            ):
                continue  # ("the Korean Central News Agency, the ..."): part of a longer name
            rest = re.split(r"[,;:()]", self.text[m.end() + 1 : m.end() + 90], maxsplit=1)[0].split()[:8]
            if not any(w.strip(".'\u2019").lower().removesuffix("'s") in self.cues.role_nouns for w in rest):
                continue
            self.state.names.append((m.start(1), " ".join(words), None))

    def _titled_names(self) -> None:
        """Full Western-order names the actor vocabulary does not know, right after a title ("U.S. President
        George W. Bush", "U.S. envoy Christopher Hill"): people, so that a later bare "Bush voiced ..." is that
        person."""
        covered = [(p, p + len(n)) for p, n, _ in self.state.names]
        titles = self.cues.role_nouns | _PERSON_TITLES
        bodies = self.cues.org_words | self.cues.company_words  # ("the official Korean Central News Agency")
        for m in _TITLED_NAME.finditer(self.text):
            if m.group(1).lower().rstrip(".") not in titles and m.group(1).lower() not in titles:
                continue
            words = m.group(2).split()
            if any(a <= m.start(2) < b for a, b in covered) or self.vocab.find(m.group(2)):
                continue
            if any(w.lower() in _WEEKDAYS_MONTHS or w.lower() in titles or w.lower() in bodies for w in words):
                continue
            if self._surname_of(" ".join(words)) in self.cues.korean_surnames and words[0] in self.cues.korean_surnames:
                continue  # (a Korean name: read by its family name)
            self.state.names.append((m.start(2), " ".join(words), None))
        self.state.names.sort(key=lambda x: x[0])

    def _described_by_relation(self, toks: Sequence[_Tok], matches, phrase: str) -> Speaker | None:
        """ "an aide to President Moon", "a senior official in Yoon's office": someone described through a
        named person is not that person; the description is kept, with the person's country."""
        p = next(
            (
                i
                for i in range(1, len(toks))
                if toks[i].low in self._HEAD_PREPOSITIONS and toks[i - 1].bare.lower() in self.cues.person_nouns
            ),
            None,
        )
        post = False
        if p is None:  # "a South Korean official traveling with Moon": a postmodifier, then the person
            p = next((i for i in range(2, len(toks)) if self._postmodifier_before(toks, i, 0)), None)
            if p is None:
                return None
            p, post = p - 1, True
        after = [m for m in matches if m.start >= toks[p].end]
        # ("an aide to President Kim Young-sam": a titled name the actor vocabulary does not know)
        titled = any(
            toks[i].low in _PERSON_TITLES and _is_cap(toks[i].text) and _is_cap(toks[i + 1].text)
            and toks[i + 1].low not in self.cues.body_nouns
            for i in range(p + 1, len(toks) - 1)
        )
        if not (titled or any(m.actor.kind == "person" for m in after)) or any(
            m.start < toks[p].start and (not post or m.actor.kind == "person") for m in matches
        ):
            return None
        relative = next((m.actor for m in after if m.actor.kind == "person"), None)
        if relative is None:
            phrase = self._lower_opening(phrase, articles=("a", "an", "the"))
            return Speaker(phrase, None, None, next((m.actor.country for m in after if m.actor.country), None))
        named = self.cues.known_relations.get(f"{toks[p - 1].bare.lower()} of {relative.name.lower()}")
        if named is None and p >= 2:  # "younger sister of"
            named = self.cues.known_relations.get(
                f"{toks[p - 2].bare.lower()} {toks[p - 1].bare.lower()} of {relative.name.lower()}"
            )
        if named is not None and toks[p].low == "of":
            actor = next((a for a in self.vocab.actors if a.name == named), None)
            if actor is not None:  # "the powerful sister of North Korean leader Kim Jong Un": Kim Yo-jong
                self.state.names.append((toks[0].start, actor.name, actor))
                self.state.names.sort(key=lambda x: x[0])
                return Speaker(actor.name, _short_role(actor.role), actor.org, actor.country, "person")
        country = next((m.actor.country for m in after if m.actor.country), None)
        phrase = self._lower_opening(phrase, articles=("a", "an", "the"))
        return Speaker(phrase, None, self.country_names.get(country or ""), country)

    def _lower_opening(self, phrase: str, articles: tuple[str, ...] = ("a", "an")) -> str:
        """A description keeps a lower-case first word ("An analyst in Seoul" -> "an analyst in Seoul")."""
        first = phrase.split(" ", 1)[0]
        if first.lower() in self.cues.description_words | self.cues.speaker_nouns | set(articles):
            return first.lower() + phrase[len(first) :]
        return phrase

    def resolve(self, toks: Sequence[_Tok], at: int) -> Speaker | None:
        """The speaker a noun phrase names (``at`` = offset of the attribution, for references back)."""
        if not toks:
            return None
        rel = next((r for r in range(2, len(toks) - 1) if toks[r].low == "that" and toks[r + 1].text.isalpha()
                    and toks[r + 1].text.islower()), None)
        if rel is not None and toks[0].low in ("a", "an", "the") and not any(t.text == "," for t in toks[:rel]):
            # "the head of a garment company that ran a plant in Kaesong", "the North Korean agency that runs the
            # zone": the description before the clause says who speaks; the clause only tells which one (its own
            # nouns never speak)
            head = self.resolve(toks[:rel], at)
            if head is not None and head.kind == "description":
                return replace(head, name=self._lower_opening(" ".join(self.text[toks[0].start : toks[-1].end].split()),
                                                               articles=("a", "an", "the")))
        gov = next((g for g in range(1, len(toks) - 1) if toks[g].low in _GOVERNMENT_OF_A_LEADER
                    and _is_cap(toks[g - 1].text) and not _is_cap(toks[-1].text)), None)
        if gov is not None:
            # "a senior Biden administration official", "Trump administration officials": an official of the leader's
            # government, not the leader
            first = gov - 1
            while first > 0 and _is_cap(toks[first - 1].text):
                first -= 1
            leader = self.resolve(toks[first:gov], at) if first == 0 or toks[0].low in (
                "a", "an", "one", "another", "two", "three", "several", "some") and all(
                t.text.islower() for t in toks[1:first]) else None
            if leader is not None and leader.kind == "person":
                phrase = self._lower_opening(" ".join(self.text[toks[0].start : toks[-1].end].split()),
                                             articles=("a", "an", "the"))
                return Speaker(phrase, None, leader.org, leader.country)
        comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
        if comma is not None and self._place_list(toks, comma):
            # "Officials in Seoul, Tokyo and Washington": a list of places, not an appositive
            phrase = self._lower_opening(" ".join(self.text[toks[0].start : toks[-1].end].split()),
                                         articles=("a", "an", "the"))
            return Speaker(phrase)
        if comma is not None:
            head = self.resolve(toks[:comma], at)
            app = [t for t in toks[comma + 1 :] if t.text != ","]
            saved = list(self.state.names)
            second = self.resolve(app, at) if app else None
            # "Moon's new unification minister, Lee In-young,": the person named before "'s" only owns the role
            owner_only = (
                head is not None and head.kind == "person" and comma >= 2 and toks[comma - 1].text.islower()
                and any(t.low.endswith(("'s", "\u2019s")) and _is_cap(t.text) for t in toks[: comma - 1])
            )
            if second is None or second.kind != "person" or (
                head is not None and head.kind == "person" and not owner_only
            ):
                self.state.names = saved  # only probed: the appositive names someone else
            else:
                desc = " ".join(self.text[toks[0].start : toks[comma - 1].end].split())
                self._relative_description(desc, second.name)
                return replace(second, role=self._role(desc, self.vocab.find(desc)) or second.role)
            if (head is None or head.kind == "description") and second is not None and second.kind in (
                "org", "outlet", "country"
            ):
                # "South Korea's intelligence service, the Agency for National Security Planning, said"
                self.state.names = saved
                return second
            if head is None or not app:
                return head
            role_words = [t for t in app if t.low not in ("a", "an", "the")]
            if head.kind == "person" and any(t.bare.lower() in self.cues.role_nouns for t in role_words):
                head = replace(head, role=" ".join(self.text[role_words[0].start : role_words[-1].end].split()))
            return head
        cut = self._circumstance_at(toks)
        if cut is not None:  # "a teacher holding a paper sign", "an official involved in the talks": "a teacher"
            return self.resolve(toks[:cut], at)
        a, b = toks[0].start, toks[-1].end
        raw = self.text[a:b]
        phrase = " ".join(raw.split())
        low = phrase.lower()
        if len(toks) == 1 and toks[0].low in self.cues.pronouns:
            return self._antecedent(self.cues.pronouns[toks[0].low], at, self.cues.pronoun_gender.get(toks[0].low))
        if any(self._is_time_word(t) for t in toks) and all(
            self._is_time_word(t) or t.low in ("late", "early", "the", "a", "an") for t in toks
        ) or _time_measure(
            toks
        ):
            return None  # "Late Thursday", "Four days later": a time adverbial is never a speaker
        short = [t for t in toks if t.low != "the"]
        if len(short) == 1 and short[0].text in self._acronyms:  # "The PPP said", after "People Power Party (PPP)"
            name = self._acronyms[short[0].text]
            known = [m for m in self.vocab.find(name) if m.end - m.start == len(name)]
            if known:
                actor = known[0].actor
                return Speaker(actor.name, None, None, actor.country, actor.kind)
            return Speaker(name, None, None, self._country(name, self.vocab.find(name)), "org")
        if len(toks) >= 2 and toks[0].low == "the" and toks[-1].text.endswith("s") and _is_cap(toks[-1].text):
            code = self.cues.demonyms.get(" ".join([*(t.text for t in toks[1:-1]), toks[-1].text[:-1]]))
            if code and code in self.country_names:  # "The North Koreans replied that ...": that side
                return Speaker(self.country_names[code], None, None, code, "country")
        if len(toks) == 2 and toks[0].low in ("his", "her") and toks[1].low == "office":
            seat = self._presidents_office(self._antecedent("person", at, self.cues.pronoun_gender.get(toks[0].low)))
            if seat is not None:  # "Moon made the remarks at ..., his office said": the Blue House
                return seat
        if len(toks) >= 2 and toks[0].low == "its" and toks[-1].bare.lower() in self.cues.body_nouns:
            owned_body = self._body_of_last_country(toks, at)
            if owned_body is not None:  # "Its foreign ministry warned": the ministry of the country named last
                return owned_body
        doc = next(
            (
                d for d in (1, 2)
                if len(toks) > d + 2 and toks[d].bare.lower() in self.cues.anaphors.get("document", ())
                and toks[d + 1].low in ("from", "by", "of") and all(t.text.islower() for t in toks[1:d])
            ),
            None,
        )
        if doc is not None and toks[0].low in ("a", "an", "the"):
            # "a statement from the Unification Ministry", "the message from the North's military", "a press
            # statement of a spokesman for the General Staff": the author (a named one, or a described person)
            author = self.resolve(toks[doc + 2 :], at)
            if author is not None and (
                author.kind != "description"
                or any(t.bare.lower() in self.cues.role_nouns for t in toks[doc + 2 : doc + 5])
            ):
                self.state.document_voice = (at, author)  # "It said ...": the document's author goes on
                return author
        matches = self.vocab.find(raw, offset=a)
        described = self._described_by_relation(toks, matches, phrase)
        if described is not None:
            return described
        named = self._name_of_body(toks, matches, at)
        if named is not None:
            return named
        place = next(
            (
                i for i in range(1, len(toks))
                if toks[i].low in ("in", "at", "from", "with")
                or toks[i].low == "of" and toks[i - 1].low in self.cues.member_nouns
                and toks[0].low in ("a", "an", "one")
            ),
            None,
        )  # ("an official of the National Unification Board said": described, with the body as org)
        body = next(
            (
                m for m in matches
                if place is not None and m.end == toks[place - 1].end and m.actor.kind in ("org", "outlet")
            ),
            None,
        )
        carried = next(
            (
                m for m in matches
                if place is not None and toks[place].low == "in" and m.start >= toks[place].end
                and m.actor.kind == "outlet"
                and toks[place - 1].bare.lower() in self.cues.anaphors.get("document", ())
            ),
            None,
        )
        if carried is not None and not any(m.start < toks[place].start for m in matches):
            # "an editorial in the Rodong Sinmun newspaper", "the commentary in Minju Joson": the paper it ran in
            actor = carried.actor
            return Speaker(actor.name, None, self.country_names.get(actor.country or ""), actor.country, actor.kind)
        if body is not None and all(t.low in ("the", "a", "an") for t in toks if t.end <= body.start):
            # "the Unification Ministry in Seoul", "the foreign ministry in Pyongyang": the body itself
            country = self.country_names.get(body.actor.country or "")
            return Speaker(body.actor.name, None, None if country == body.actor.name else country,
                           body.actor.country, body.actor.kind)
        if (
            place is not None
            and (
                toks[place - 1].bare.lower() in self.cues.speaker_nouns
                or self._noun_then_participle(toks, place)
                or toks[0].low in ("a", "an")
                and toks[place - 1].text.isalpha()
                and toks[place - 1].text.islower()
                # "a professor of North Korean studies at ...": a country named as an adjective is no speaker
                and not any(m.start < toks[place].start and m.actor.kind != "country" for m in matches)
            )
            and not any(m.actor.kind == "person" for m in matches)
        ):  # "officials in Seoul", "a retired teacher from Seoul": kept as described, with the place's country
            where = [
                m for m in matches
                if m.start >= toks[place].end and (toks[place].low != "with" or m.actor.kind in ("org", "outlet"))
            ]  # ("a negotiator with the North": the country after "with" is the other side, not theirs)
            # "a professor of North Korean studies in Busan": the field after "of" gives no nationality
            of_at = next((t.start for t in toks[1:place] if t.low == "of"), b)
            if toks[place].low == "with":
                of_at = min(of_at, toks[place].start)
            country = (
                where[-1].actor.country if where
                else self._country(self.text[a:of_at], [m for m in matches if m.start < of_at])
            )
            org = where[-1].actor.name if where and where[-1].actor.kind in ("org", "outlet") else None
            phrase = self._lower_opening(phrase)
            return Speaker(phrase, None, org or self.country_names.get(country or ""), country)
        sub = self._sub_body(toks, matches)
        if sub is not None:
            return sub
        owned = self._possessive_body(toks, matches, at)
        if owned is not None:
            return owned
        persons = [m for m in matches if m.actor.kind == "person"]
        if len(persons) > 1 and all(
            self.text[p.end : q.start].strip() in ("and", ",", ", and")
            for p, q in zip(persons[:-1], persons[1:], strict=True)
        ):  # "Moon and Biden said": both
            names = [p.actor.name for p in persons]
            countries = {p.actor.country for p in persons}
            return Speaker(" and ".join(names), None, None, countries.pop() if len(countries) == 1 else None, "group")
        sides = [m for m in matches if m.actor.kind == "country"]
        if (
            len(sides) > 1 and not persons and len({m.actor.country for m in sides}) == len(sides)
            and all(self.text[p.end : q.start].strip() in ("and", ",", ", and")
                    for p, q in zip(sides[:-1], sides[1:], strict=True))
            and self.text[a : sides[0].start].strip().lower() in ("", "the") and sides[-1].end >= b
        ):  # "Seoul and Washington refused, saying ...": both sides, as the text names them
            return Speaker(phrase, None, None, None, "group")
        if persons:
            m = persons[-1]
            if " " not in m.text.strip():  # a bare surname alias: "Yoon said" after "Yoon Do-han" is Yoon Do-han
                named = self._surname(m.text.strip(), at, country=self._relayed_side(at))
                if named is not None and named[0] != m.actor.name:
                    return self._person(named[0], named[1], toks, m.start, at)
            return self._person(m.actor.name, m.actor, toks, m.start, at)
        words = [t for t in toks if t.low not in ("the", "a", "an")]
        outlet = self._named_outlet(toks, matches)
        if outlet is not None:
            return outlet
        generic = self._generic_outlet(phrase)
        if generic:
            return Speaker(generic, kind="outlet")
        signed = self._signed_document(words, matches, phrase)
        if signed is not None:
            return signed
        anaphor = self._anaphor(words, matches, at)
        if anaphor is not None:
            return anaphor
        titled = self._titled_person(toks, at) or self._spokesperson_body(toks, at)
        if titled is not None:
            return titled
        if low in self.cues.not_speakers or low.removeprefix("the ") in self.cues.not_speakers:
            return None
        body = self._unknown_body(words, matches)
        if body is not None:
            return body
        if toks[0].low in ("a", "an", "one", "another"):
            noun = next((i for i, t in enumerate(toks[1:-1], 1) if t.bare.lower() in self.cues.speaker_nouns), None)
            if (
                noun is not None
                and toks[noun].bare.lower() not in self.cues.role_nouns
                and toks[noun + 1].low in ("of", "from", "in", "at", "near")
                and all(_is_cap(t.text) or t.low == "the" for t in toks[noun + 2 :])
            ):  # "a resident of Ganghwa Island", "a farmer from Paju": someone described by a place
                country = self._country(phrase, matches)
                return Speaker(phrase[0].lower() + phrase[1:], None, self.country_names.get(country or ""), country)
        name_toks = self._name_tokens(toks, matches)
        if name_toks:
            name = " ".join(t.text for t in name_toks)
            if len(name_toks) == 1:
                side = [m for m in matches if m.end <= name_toks[0].start and m.actor.kind == "country"]
                found = self._surname(  # "South Korea's Kim": the Kim of that side (per KCNA: the North's)
                    name_toks[0].bare, at, self._gender_hint(name_toks[0].start),
                    side[-1].actor.country if side else self._relayed_side(at),
                )
                if found:
                    return self._person(found[0], found[1], toks, name_toks[0].start, at)
            if len(name_toks) > 1 and name_toks[-1].low in self.cues.company_words:  # "Hyundai Asan Corp."
                return Speaker(name, None, None, self._country(phrase, matches), "org")
            return self._person(name, None, toks, name_toks[0].start, at)
        document = self._document_of(words, matches)
        if document is not None:
            return document
        head = [m for m in matches if m.end >= b - 2 and m.actor.kind != "person"]
        if head:
            actor = head[-1].actor
            foreign = self._foreign_body(head[-1], matches, phrase, a)
            if foreign is not None:
                return foreign
            others = [m.actor for m in matches if m is not head[-1] and m.actor.kind in ("country", "org")]
            org = others[-1].name if others else self.country_names.get(actor.country or "")
            if org == actor.name:
                org = None
            return Speaker(actor.name, None, org, actor.country, actor.kind)
        last = toks[-1]
        if (
            toks[0].low in ("a", "an", "one", "another")
            and (len(words) >= 2 or len(last.text) >= 4 and not self._is_time_word(last))  # ("a volunteer")
            and last.text.isalpha() and last.text.islower()
            and last.low not in self.cues.anaphors.get("document", ()) and low not in self.cues.not_speakers
            and not any(m.actor.kind == "outlet" for m in matches)
            # (also a body's own person or unit: "a Hyundai Asan guide", "a Korean Red Cross nurse")
        ):  # "a South Korean engineer", "a retired navy captain": someone the text describes, not the country
            country = self._country(phrase, matches)
            orgs = [m.actor.name for m in matches if m.actor.kind == "org"]
            return Speaker(phrase[0].lower() + phrase[1:], None, orgs[-1] if orgs else
                           self.country_names.get(country or ""), country)
        combined = self._country_org(raw, matches)
        if combined is not None:
            return Speaker(
                combined.name,
                None,
                self.country_names.get(combined.country or ""),
                combined.country,
                combined.kind,
            )
        office = self._office(words, matches, at)
        if office is not None:
            return office
        if any(t.bare.lower() in self.cues.speaker_nouns for t in words):
            country = self._country(phrase, matches)
            orgs = [m.actor.name for m in matches if m.actor.kind in ("org", "outlet")]
            phrase = self._lower_opening(phrase)
            return Speaker(phrase, None, orgs[-1] if orgs else self.country_names.get(country or ""), country)
        return None

    def _circumstance_at(self, toks: Sequence[_Tok]) -> int | None:
        """Index of a phrase that only tells where an unnamed person stood or what they were doing, right after
        the noun of "a ..." ("a teacher | waving a flag", "an official | involved in the talks"): a present
        participle with its object or a ``circumstance_postmodifiers`` phrase of cues.yaml. A body or
        a group is defined by such a phrase ("a group representing families") and keeps it."""
        if len(toks) < 4 or toks[0].low not in ("a", "an", "one", "another"):
            return None
        for i in range(2, len(toks) - 1):
            t, noun = toks[i], toks[i - 1]
            if not (t.text.isalpha() and t.text.islower() and noun.text.isalpha() and noun.text.islower()) or (
                noun.low in _PREPOSITIONS or noun.low in _DETERMINERS or noun.low in self.cues.body_nouns
                or noun.low.endswith(("ly", "ing")) or noun.low in ("now", "still")  # "an analyst now teaching in"
            ):
                continue
            # (a participle with its object or complement: "holding a", "waiting for"; "a ruling party official")
            if t.low.endswith("ing") and (toks[i + 1].low in _DETERMINERS or toks[i + 1].low in _PREPOSITIONS) or any(
                tuple(x.low for x in toks[i : i + len(w)]) == w for w in self.cues.circumstance_postmodifiers
            ):
                return i
        return None

    def _noun_then_participle(self, toks: Sequence[_Tok], place: int) -> bool:
        """ "a former ministry official now teaching in Seoul", "an official based in Seoul": a speaker noun, then
        lower-case words (an adverb, a participle) before the place."""
        noun = next((i for i in range(place - 2, 0, -1) if toks[i].bare.lower() in self.cues.speaker_nouns), None)
        return noun is not None and all(
            t.text.isalpha() and t.text.islower() and (t.low.endswith(("ing", "ed")) or t.low in ("now", "still"))
            for t in toks[noun + 1 : place]
        )

    def _possessive_body(self, toks: Sequence[_Tok], matches, at: int) -> Speaker | None:
        """ "Moon's government", "the president's office", "Biden's administration": the body of the owner's
        country (``possessive_bodies`` in cues.yaml), named as the vocabulary names that country."""
        if len(toks) < 2 or toks[-1].low not in self.cues.possessive_bodies or toks[-2].bare == toks[-2].text:
            return None
        owner_end = toks[-2].end
        persons = [m for m in matches if m.actor.kind == "person" and m.end <= owner_end and m.actor.country]
        country = persons[-1].actor.country if persons else None
        if country is None:  # "South Korea's government", "Seoul's government": the country itself
            owners = [m for m in matches if m.actor.kind == "country" and m.end == owner_end - 2]
            country = owners[-1].actor.country if owners else None
        if country is None and toks[-2].bare.lower() in self.cues.speaker_nouns:  # "the president's office"
            country = self._country(" ".join(t.text for t in toks[:-2]), [m for m in matches if m.end <= owner_end])
            if country is None:  # the country of the last person named who holds that office
                title = toks[-2].bare.lower()
                for _pos, _name, actor in reversed([x for x in self.state.names if x[0] < at]):
                    if actor is not None and actor.country and title in (actor.role or "").lower():
                        country = actor.country
                        break
        if toks[-1].low == "office" and persons:
            a = persons[-1].actor
            seat = self._presidents_office(Speaker(a.name, a.role, a.org, a.country, "person"))
            if seat is not None:
                return seat
        if toks[-1].low == "office" and not persons and len(toks) == 2 and _is_cap(toks[0].bare):
            # "Lee's office" after "Lee Myung-bak" was named: that president's office
            named = self._surname(toks[0].bare, at)
            actor = named[1] if named is not None else None
            if actor is not None:
                seat = self._presidents_office(Speaker(actor.name, actor.role, actor.org, actor.country, "person"))
                if seat is not None:
                    return seat
        name = self.country_names.get(country or "")
        return Speaker(name, None, None, country, "country") if name else None

    def _presidents_office(self, person: Speaker | None) -> Speaker | None:
        """ "Moon's office", "his office" (Moon): South Korea's presidential office, the Blue House until it moved
        in May 2022; None for anyone else."""
        if person is None or person.kind != "person" or person.country != "KOR":
            return None
        actor = self.vocab.get(person.name)
        if "president" not in ((actor.role if actor is not None else person.role) or "").lower():
            return None
        office = self.vocab.get("Blue House" if self.published < _BLUE_HOUSE_LEFT else "presidential office")
        return Speaker(office.name, None, None, office.country, office.kind) if office is not None else None

    def _signed_document(self, words: Sequence[_Tok], matches, phrase: str) -> Speaker | None:
        """ "the joint statement", "the accord", "the inter-Korean agreement" (``signed_documents`` in
        cues.yaml): a text two parties signed speaks for itself, named as written, never a reference back
        to the last speaker."""
        if not words or any(m.actor.kind in ("person", "org", "outlet") for m in matches):
            return None
        low = " ".join(t.bare.lower() for t in words)
        if not any(low == d or low.endswith(" " + d) for d in self.cues.documents):
            signed = self._signed_before(low, words[0].start)
            if signed is None:
                return None
            phrase = signed  # "the communique" after "the joint communique": the signed text, not the last speaker
        first = phrase.split(" ", 1)[0]
        if first in ("The", "A", "An"):
            phrase = first.lower() + phrase[len(first) :]
        codes = {m.actor.country for m in matches if m.actor.country}
        return Speaker(phrase, None, None, codes.pop() if len(codes) == 1 else None)

    def _signed_before(self, low: str, at: int) -> str | None:
        """The signed document ("joint communique") named before ``at`` whose head noun is ``low`` ("communique")."""
        if " " in low:
            return None
        heads = [d for d in self.cues.documents if " " in d and d.endswith(" " + low)]
        if not heads:
            return None
        before = self.text[:at].lower()
        found = [(before.rfind(d), d) for d in heads]
        pos, doc = max(found)
        if pos < 0 or _NO_DOCUMENT.search(before, max(0, pos - 40), pos):
            return None  # ("the talks ended without a joint statement": none was signed)
        if any(pos < p <= at for p, _sp in self.state.documents):
            return None  # a document introduced since ("the delegates handed reporters a statement") is meant
        return doc

    def _document_of(self, words: Sequence[_Tok], matches) -> Speaker | None:
        """ "The KCNA statement", "a Unification Ministry statement": the body that issued the document."""
        if not words or words[-1].bare.lower() not in self.cues.anaphors.get("document", ()):
            return None
        issuers = [m for m in matches if m.actor.kind in ("org", "outlet", "country", "person")]
        if len(issuers) != 1 or issuers[0].end > words[-1].start:
            return None
        a = issuers[0].actor
        if a.kind == "person":
            return Speaker(a.name, _short_role(a.role), a.org, a.country, a.kind)
        org = self.country_names.get(a.country or "") if a.kind != "country" else None
        return Speaker(a.name, None, org if org != a.name else None, a.country, a.kind)

    def _foreign_body(self, head, matches, phrase: str, start: int) -> Speaker | None:
        """ "Pyongyang's Ministry of National Defence": a country named in front of a body of another
        country names that country's body (another vocabulary entry), never the other country's."""
        actor = head.actor
        if actor.kind != "org" or not actor.country:
            return None
        before = [m for m in matches if m.end <= head.start and m.actor.kind == "country"]
        country = before[-1].actor if before else None
        code = country.country if country else None
        if code is None:
            for m in self.cues.demonym_re.finditer(self.text, start, head.start):
                code = self.cues.demonyms.get(m.group()) or code
        if code is None or code == actor.country:
            return None
        aliases = country.aliases if country else [a.name for a in self.vocab.actors if a.country == code]
        for alias in aliases:
            for form in (f"{alias} {head.text}", f"{alias}'s {head.text}"):
                found = self.vocab.get(form)
                if found is not None and found.country == code:
                    return Speaker(found.name, None, self.country_names.get(code), code, found.kind)
        return Speaker(phrase.removeprefix("the ").removeprefix("The "), None, self.country_names.get(code), code)

    def _country_org(self, raw: str, matches) -> Actor | None:
        """ "Seoul's presidential office", "the North's army": a country and a noun the vocabulary knows under
        another alias of the same country ("the presidential office", "the North Korean army")."""
        countries = [m for m in matches if m.actor.kind == "country"]
        if len(countries) != 1:
            return None
        m = countries[0]
        rest = raw[raw.find(m.text) + len(m.text) :]
        rest = rest.removeprefix("'s").removeprefix("\u2019s").strip()
        if not rest or rest[0].isupper():
            return None
        for alias in m.actor.aliases:
            for form in (f"{alias}'s {rest}", f"{alias} {rest}", f"the {alias} {rest}", f"the {rest}"):
                found = self.vocab.get(form)
                if found is not None and found.kind in ("org", "country", "group"):
                    return found
        return None

    def _named_outlet(self, toks: Sequence[_Tok], matches) -> Speaker | None:
        """ "North Korea's official KCNA news agency", "the KCNA state news agency": an outlet the vocabulary
        knows, followed only by words that say it is an outlet (anaphors: outlet, generic outlets, description
        words such as "state" or "official"), is that outlet."""
        outlets = [m for m in matches if m.actor.kind == "outlet"]
        if not outlets:
            return None
        last = outlets[-1]
        tail = [t.bare.lower() for t in toks if t.start >= last.end]
        if not tail:
            return None
        nouns = {w for p in self.cues.anaphors.get("outlet", ()) for w in p.split()}
        nouns |= {w for p in self.cues.generic_outlets for w in p.lower().split()}
        if not all(w in nouns or w in self.cues.description_words for w in tail) or tail[-1] not in nouns:
            return None
        a = last.actor
        org = self.country_names.get(a.country or "")
        return Speaker(a.name, None, org if org != a.name else None, a.country, "outlet")

    def _generic_outlet(self, phrase: str) -> str | None:
        m = self.cues.generic_outlet_re.search(phrase)
        if m and m.end() == len(phrase):
            return self.cues.generic_outlets.get(m.group().lower(), m.group())
        return None

    def _name_of_body(self, toks: Sequence[_Tok], matches, at: int) -> Speaker | None:
        """ "Lt. Gen. Ahn Young-ho of the Joint Chiefs of Staff", "Moon Chung-in of Yonsei University": the person
        named before "of", with the body after it as the organisation."""
        of = next((i for i, t in enumerate(toks) if t.low == "of"), None)
        if of is None or of < 2 or of + 1 >= len(toks):
            return None
        head = list(toks[:of])
        if not all(_is_cap(t.text) for t in head) or any(m.start < toks[of].start for m in matches):
            return None
        after = [t for t in toks[of + 1 :] if t.low != "the"]
        if not after or not (
            all(_is_cap(t.text) or t.low in ("of", "for", "and") for t in after)
            or after[-1].low in self.cues.body_nouns and len(after) <= 3  # "of the presidential office"
        ):
            return None
        saved = list(self.state.names)
        person = self.resolve(head, at)
        if person is None or person.kind != "person":
            self.state.names = saved
            return None
        org = " ".join(self.text[after[0].start : after[-1].end].split())
        known = [m for m in matches if m.start >= toks[of].end and m.actor.kind in ("org", "outlet")]
        return replace(
            person, org=known[-1].actor.name if known else org,
            country=person.country or (known[-1].actor.country if known else None),
        )

    def _body_of_last_country(self, toks: Sequence[_Tok], at: int) -> Speaker | None:
        """ "its foreign ministry" after "North Korean officials ...": the vocabulary's body of the country named
        last before ``at``, when the vocabulary knows one ("North Korea's foreign ministry")."""
        start = toks[0].start
        here = next((s for s in self.sentences if s.char_start <= start < s.char_end), None)
        countries = [(pos, a) for pos, a in self.state.actors if pos < start and a.kind == "country"]
        if here is not None and not self.text[here.content_start : start].strip():
            # opening its sentence: the subject of the sentence before ("Pyongyang has been protesting the drills
            # with the United States. Its foreign ministry warned ...")
            before = [s for s in self.sentences if s.char_end <= here.char_start]
            if before:
                countries = [c for c in countries if c[0] >= before[-1].char_start][:1] or countries
        elif here is not None and self.text[here.content_start : start].rstrip().endswith(","):
            # "South Korea began taking down the loudspeakers ... into North Korea, its defence ministry said": the
            # country opening the clause the attribution closes, not the one named last
            opening = [c for c in countries if here.content_start <= c[0]
                       and len(self.text[here.content_start : c[0]].split()) <= 4]
            countries = opening[:1] or countries
        if not countries:
            return None
        country = countries[-1][1]
        phrase = f"{country.name}'s " + " ".join(self.text[toks[1].start : toks[-1].end].split())
        found = [m for m in self.vocab.find(phrase) if m.actor.kind == "org" and m.end == len(phrase)]
        if not found:
            return None
        body = found[-1].actor
        return Speaker(body.name, None, self.country_names.get(body.country or ""), body.country, "org")

    def _sub_body(self, toks: Sequence[_Tok], matches) -> Speaker | None:
        """ "the Supreme Command of the Korean People's Army": a capitalised body of a known one, named in full
        (not the known body it belongs to)."""
        of = next((i for i, t in enumerate(toks) if t.low == "of"), None)
        if of is None or of < 1 or toks[of - 1].low not in self.cues.org_words | self.cues.body_nouns:
            return None
        head = [t for t in toks[:of] if t.low not in ("the", "a", "an")]
        if head and head[0].text.endswith(("'s", "\u2019s")):
            head = head[1:]  # "the North's | Supreme Command of ...": the owner is the known body's country
        if not head or not all(_is_cap(t.text) for t in head) or any(t.text.endswith(("'s", "\u2019s")) for t in head):
            return None
        rest = toks[of + 1 :]
        known = [m for m in matches if m.actor.kind in ("org", "outlet") and m.end == toks[-1].end]
        if not rest or not known or known[0].start > rest[-1].end or any(m.start < toks[of].start for m in known):
            return None
        body = known[0].actor
        name = f"{' '.join(self.text[head[0].start : head[-1].end].split())} of the {body.name}"
        return Speaker(name, None, body.name, body.country, "org")

    def _unknown_body(self, words: Sequence[_Tok], matches) -> Speaker | None:
        """ "the Korea Table Tennis Association", "the International Federation of Red Cross and Red Crescent
        Societies": a capitalised name the actor vocabulary does not know, ending in one of ``org_words``."""
        if len(words) < 2 or words[-1].low not in self.cues.org_words or not _is_cap(words[-1].text):
            return None
        if any(m.actor.kind in ("org", "outlet") and m.end >= words[-1].end for m in matches):
            return None  # a body the vocabulary knows
        connectors = ("of", "and", "for", "on", "&")
        cut = max((i + 1 for i, t in enumerate(words) if not (_is_cap(t.text) or t.low in connectors)), default=0)
        words = words[cut:]  # "the main opposition | Grand National Party": the name after its description
        while words and words[0].low in connectors:
            words = words[1:]
        owner = None
        if words and words[0].text.endswith(("'s", "\u2019s")) and len(words) > 2:
            owner = self.text[words[0].start : words[0].end]  # "the North's | Central Special Zone ... Bureau"
            words = words[1:]
        elif len(words) > 3:  # "North Korea's | National Aerospace Development Administration": a country's body
            k = next((i for i, t in enumerate(words[:3]) if t.text.endswith(("'s", "\u2019s"))), None)
            if k and len(words) - k > 2 and any(
                m.actor.kind == "country" and m.start == words[0].start and words[k].end - 2 <= m.end <= words[k].end
                for m in matches
            ):
                owner = self.text[words[0].start : words[k].end]
                words = words[k + 1 :]
        if len(words) < 2:
            return None
        raw = self.text[words[0].start : words[-1].end]
        country = self._country(owner or raw, matches)  # an owner names the country
        return Speaker(" ".join(raw.split()), None, None, country, "org")

    def _name_tokens(self, toks: Sequence[_Tok], matches) -> list[_Tok]:
        """Capitalised words after the last role noun that no actor alias covers: a person's name."""
        covered = {i for m in matches for i in range(m.start, m.end)}
        last_role = -1
        for i, t in enumerate(toks):
            if t.bare.lower() in self.cues.role_nouns or t.bare.lower() in self.cues.speaker_nouns:
                last_role = i
            elif i < len(toks) - 1 and t.text.endswith(("'s", "\u2019s")) and t.start in covered:
                last_role = i  # "North Korea's Yon Hyong Muk": the name after the country's possessive
        tail = list(toks[last_role + 1 :])
        while len(tail) > 1 and tail[0].text.rstrip(".").lower() in self.cues.honorifics:
            tail = tail[1:]  # "Mr Pak", "Mr. Chang Ki-young": the name without its honorific
        if last_role >= 0 and len(tail) > 2 and tail[0].low == "of" and _is_cap(tail[1].text):
            # "Secretary of State Warren Christopher", "Minister of Foreign Affairs Kang Kyung-wha": the title's
            # complement goes, down to a two-word name or a Korean family name
            tail = tail[1:]
            while len(tail) > 2 and tail[0].bare not in self.cues.korean_surnames:
                tail = tail[1:]
        if not tail or any(t.start in covered for t in tail):
            return []
        firm = len(tail) > 1 and tail[-1].low in self.cues.company_words  # "Daeyang Shipping Corp."
        # "An Byong Su" (read as a full name by ``_korean_names``), a lone "An said": a family name, no article
        family = tail[0].start if any(p == tail[0].start for p, _n, _a in self.state.names) or (
            len(toks) == 1 and toks[0].bare in self.cues.korean_surnames
        ) else None
        if (
            all(
                _is_cap(t.text)
                and (firm or t.start == family or t.low not in self.cues.description_words)
                and t.text[0].isalpha()
                for t in tail
            )
            and len(tail) <= 4
        ):
            if last_role < 0 and len(tail) > 1 and tail[-1].bare.lower() in self.cues.anaphors.get("org", ()):
                return []
            if any(t.text.endswith(("'s", "\u2019s")) for t in tail):
                return []
            return tail
        return []

    def _person(self, name: str, actor: Actor | None, toks: Sequence[_Tok], name_start: int, at: int) -> Speaker:
        desc_toks = [t for t in toks if t.end <= name_start]
        desc = " ".join(self.text[desc_toks[0].start : desc_toks[-1].end].split()) if desc_toks else ""
        desc_matches = self.vocab.find(desc)
        country = (actor.country if actor else None) or self._country(desc, desc_matches)
        role = self._role(desc, desc_matches)
        if role is None and actor is not None and actor.role:
            role = _short_role(actor.role)
        org = actor.org if actor is not None and actor.org else None
        if org is None:
            orgs = [m.actor.name for m in desc_matches if m.actor.kind in ("org", "outlet")]
            org = orgs[-1] if orgs else self.country_names.get(country or "")
        self.state.names.append((at, name, actor))
        self.state.names.sort(key=lambda x: x[0])
        return Speaker(name, role, org, country, "person")

    def _role(self, desc: str, matches) -> str | None:
        """Role of a description: "South Korea's Blue House spokesperson" -> "Blue House spokesperson"."""
        words = desc.split()
        if not words:
            return None
        start = 0
        lead = [m for m in matches if m.start == 0 or desc[: m.start].strip().lower() in ("the", "a", "an")]
        if lead and lead[0].actor.kind == "country":
            rest = desc[lead[0].end :]
            rest = rest[2:] if rest[:2] in ("'s", "\u2019s") else rest
            words = rest.split()
        elif words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        words = words[start:]
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        if not any(w.lower().strip(",") in self.cues.role_nouns for w in words):
            return None
        return " ".join(words).strip(", ") or None

    def _country(self, phrase: str, matches) -> str | None:
        for m in reversed(matches):
            if m.actor.country and m.actor.kind in ("country", "org", "outlet"):
                return m.actor.country
        for m in self.cues.demonym_re.finditer(phrase):
            code = self.cues.demonyms.get(m.group())
            if code:
                return code
        return None

    def _relative_description(self, description: str, name: str) -> None:
        """Someone described through another person of the same surname ("Kim's powerful sister") is not
        the one the bare surname stands for in this article."""
        for m in _POSSESSIVE_NAME_RE.finditer(description):
            if self._surname_of(name) == m.group(1) and not description.startswith(name):
                self.state.not_bare.add((m.group(1), name))

    _RELATION = re.compile(r"\s*,\s*(?:the|a|an|his|her|whose)?\s*(?:[\w'\u2019-]+\s+){0,3}?"
                           r"(?:sister|brother|wife|husband|daughter|son|father|mother|uncle|aunt|niece|nephew|aide|"
                           r"adviser|relative)\s+(?:of|to)\s+(?:[\w.'\u2019-]+\s+){0,4}?$")

    _KIN_BEFORE = re.compile(r"\b(?:his|her|whose)\s+(?:late\s+|younger\s+|elder\s+|older\s+)?(?:sister|brother|"
                             r"wife|husband|daughter|son|father|mother|uncle|aunt|grandfather|grandmother)\s*,?\s*$")

    def _relation_names(self) -> set[int]:
        """Positions of full names that only describe someone of the same surname named just before ("Kim
        Yo-jong, the influential sister of leader | Kim Jong-un |, ..."): a later bare "Kim" is not them."""
        out: set[int] = set()
        names = self.state.names
        for (p1, n1, _a1), (p2, n2, _a2) in itertools.pairwise(names):
            if n1 == n2 or self._surname_of(n1) != self._surname_of(n2):
                continue
            if self._KIN_BEFORE.search(self.text, max(p1, p2 - 40), p2):
                out.add(p2)  # "Kim, who took over after | his father Kim Jong Il | died": a later "Kim" is the son
                continue
            end1 = self.text.find(",", p1, p2)
            if p2 - p1 <= 160 and end1 != -1 and self._RELATION.match(self.text[end1:p2]):
                out.add(p2)
        return out

    def _gender_hint(self, start: int) -> str | None:
        """ "In her statement, Kim said": a gendered pronoun earlier in the sentence tells which Kim."""
        window = self.text[max(0, start - 100) : start]
        cut = max(window.rfind(". "), window.rfind("\n"))
        window = window[cut + 1 :].lower()
        if re.search(r"\b(?:her|she)\b", window):
            return "female"
        if re.search(r"\b(?:his|he)\b", window):
            return "male"
        return None

    def _surname(
        self, surname: str, at: int, gender: str | None = None, country: str | None = None
    ) -> tuple[str, Actor | None] | None:
        """The most recent full name before ``at`` with this surname (not one that only describes another), of
        the ``gender`` given when the vocabulary knows it, and of the side ``country`` when the text gives the
        name's side ("South Korea's Kim Jang-soo and the North's Kim Il-chol")."""
        for pos, name, actor in reversed(self.state.names):
            if pos >= at or pos in self._embedded:
                continue
            if gender and actor is not None and actor.gender and actor.gender != gender:
                continue
            if country and (actor.country if actor is not None and actor.country else self._side_of(pos)) not in (
                None, country
            ):
                continue
            if self._surname_of(name) == surname and (surname, name) not in self.state.not_bare:
                if gender or country:
                    return name, actor
                return self._subject_namesake(pos, name, actor, surname)
        for pos, name, actor in reversed(self.state.names):  # "Zhao said" after "Zhao Lijian": a Chinese name,
            parts = name.split()  # family name first, that no Western-order name before answers
            if pos < at and pos not in self._embedded and len(parts) == 2 and parts[0] == surname and (
                (not gender or actor is None or not actor.gender or actor.gender == gender)
                and (surname, name) not in self.state.not_bare
            ):
                return name, actor
        later = {  # a headline's "Kim" before anyone is named: the only Kim the article names
            name: actor
            for pos, name, actor in self.state.names
            if pos >= at and self._surname_of(name) == surname and (surname, name) not in self.state.not_bare
        }
        if len(later) == 1:
            return next(iter(later.items()))
        same = {name: actor for pos, name, actor in self.state.names
                if pos < at and pos not in self._embedded and self._surname_of(name) == surname}
        if len(same) == 1 and not gender and (
            not country or next(iter(same.values())) is not None and next(iter(same.values())).country == country
        ):
            # ("after Kim's sister threatens ...": she was told through her brother, but the article names no other
            # Kim, so the bare "Kim" after "Kim Yo Jong, the leader's sister," is she)
            return next(iter(same.items()))
        return None

    def _subject_namesake(self, pos: int, name: str, actor: Actor | None, surname: str) -> tuple[str, Actor | None]:
        """ "Kim Dae-jung ... offered to meet its leader, Kim Jong Il. ... Kim said": a namesake set off by a comma
        later in the sentence whose subject has that surname is not what a bare surname after it stands for; the
        subject is."""
        named_at = getattr(self, "_subject_named_at", None)
        if not named_at or not self.text[max(0, pos - 2) : pos].startswith(","):
            return name, actor  # (only a namesake in apposition: "its leader, Kim Jong Il"; "sat across from Kim
            # Kwan-jin. Kim said" is the later one)
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        subject_at = named_at.get(self._sentence_starts[k]) if k >= 0 else None
        if subject_at is None or subject_at >= pos:
            return name, actor
        for pos2, name2, actor2 in self.state.names:
            if pos2 == subject_at and name2 != name and self._surname_of(name2) == surname and (
                (surname, name2) not in self.state.not_bare
            ):
                return name2, actor2
        return name, actor

    _SIDE_BEFORE = re.compile(
        r"(?:\b(?P<south>South\s+Korea['\u2019]s|the\s+South['\u2019]s|Seoul['\u2019]s|South\s+Korean)"
        r"|\b(?P<north>North\s+Korea['\u2019]s|the\s+North['\u2019]s|Pyongyang['\u2019]s|North\s+Korean))"
        r"\s+(?:[A-Za-z-]+\s+){0,3}$"
    )

    def _relayed_side(self, at: int) -> str | None:
        """ "PRK" when the sentence around ``at`` is relayed by the North's state media ("Kim called for ...,
        per KCNA"): a bare surname there is a North Korean's, not a South Korean named closer before it."""
        start = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
        ends = [i for i in (self.text.find(". ", at), self.text.find("\n", at)) if i != -1]
        end = min(ends) if ends else len(self.text)
        sentence = self.text[start:end]
        outlets = self.cues.speaking_outlets
        if any(m.actor.name in outlets and m.actor.country == "PRK" for m in self.vocab.find(sentence)):
            return "PRK"  # KCNA, Rodong Sinmun ... (cues.yaml `speaking_outlets`, their aliases in actors.yaml)
        low = sentence.lower()
        state = (g.lower() for g, name in self.cues.generic_outlets.items() if name == "state media")
        return "PRK" if any(re.search(rf"\b{re.escape(g)}\b", low) for g in state) else None

    def _side_of(self, pos: int) -> str | None:
        """The Korea a full name at ``pos`` belongs to when the words right before it say so ("the North's ...")."""
        m = self._SIDE_BEFORE.search(self.text, max(0, pos - 60), pos)
        return None if m is None else "KOR" if m.group("south") else "PRK"

    def _spokesperson_body(self, toks: Sequence[_Tok], at: int) -> Speaker | None:
        """ "The spokesman said" after "a statement from a spokesman for the United Front Department": the body the
        spokesperson named last (in the last 600 characters) speaks for."""
        if len(toks) != 2 or toks[0].low != "the" or not toks[1].low.startswith("spokes"):
            return None
        last = None
        for last in _SPOKESPERSON_FOR.finditer(self.text, max(0, at - 600), toks[0].start):  # noqa: B007
            pass
        if last is None:
            return None
        tail = re.split(r"[,;.:()\n]", self.text[last.end() : last.end() + 120], maxsplit=1)[0]
        found = [m for m in self.vocab.find(tail) if m.actor.kind in ("org", "country")]
        if not found or found[0].start > 6:
            return None
        actor = found[0].actor
        return Speaker(actor.name, None, None, actor.country, actor.kind)

    def _titled_person(self, toks: Sequence[_Tok], at: int) -> Speaker | None:
        """ "The minister said" after "Unification Minister Kim Yeon-chul ...", "the general said" after "General Kim
        Tae-young, the new chairman ...": the last person named before, in the last 600 characters, whose title
        (right before the name) or appositive (right after it) holds the same role noun."""
        if len(toks) != 2 or toks[0].low != "the" or toks[1].low not in self.cues.role_nouns:
            return None
        noun = toks[1].low
        for pos, name, actor in reversed(self.state.names):
            if pos >= at or at - pos > 600 or pos in self._embedded:
                continue
            before = self.text[max(0, pos - 40) : pos].lower().split()[-3:]
            after = self.text[pos + len(name) : pos + len(name) + 80]
            appositive = _APPOSITIVE_TITLE.match(after)
            if appositive is not None and pos + len(name) + appositive.end(1) > toks[0].start:
                appositive = None  # "... up to President Moon, the minister said": the phrase itself, no appositive
            if noun in before or appositive is not None and noun in appositive.group(1).lower().split() or (
                actor is not None and actor.role and noun in actor.role.lower().split()
            ):
                return self._person(name, actor, list(toks), toks[0].start, at)
        return None

    def _surname_of(self, name: str) -> str:
        parts = name.split()
        if name in self.state.korean:  # "Kim Il, a North Korean vice president": the family name comes first
            return parts[0]
        if (
            parts
            and parts[0] in self.cues.korean_surnames
            and (len(parts) == 3 or "-" in name or len(parts) == 2 and parts[1][:1].isupper() and "-" in parts[-1])
        ):
            return parts[0]
        if len(parts) == 3 and parts[0] in self.cues.korean_surnames:
            return parts[0]
        return parts[-1] if parts else name

    def _sentence_subjects(self) -> None:
        """The first person named in each sentence (its subject, or the one it is about): "Kim Yo Jong, the
        sister of leader Kim Jong Un, ..." gives Kim Yo-jong; a later "she" may refer back to it. A sentence opening
        with "He" / "She" gives none (its subject is the one the pronoun refers to)."""
        people = [(p, a if a is not None else Actor(n, "person")) for p, n, a in self.state.names]
        self._subject_named_at: dict[int, int] = {}  # sentence start -> where its subject is named
        i = 0
        for s in self.sentences:
            while i < len(people) and people[i][0] < s.char_start:
                i += 1
            if _PRONOUN_SUBJECT.match(self.text, s.content_start, s.char_end):
                continue  # "He left notes for his aide, Kim ...": the subject is still the one "he" refers to
            opening = _SURNAME_SUBJECT.match(self.text, s.content_start, s.char_end)
            if opening and not (opening.group(2).endswith(("ed", "s")) or opening.group(2) in self.cues.past_verbs):
                opening = None  # a verb must follow: -ed, -s or an irregular past ("Kim spoke at a rally")
            if opening and self._inside_quote(opening.start(1)):
                opening = None  # (a family name opening a sentence inside a quotation is the speaker's words)
            found = self._surname(opening.group(1), s.char_start) if opening else None
            if found is not None and (i >= len(people) or people[i][0] > opening.end(1)):
                # "Lee disclosed that ...": a bare family name opening the sentence is its subject
                self.state.subjects.append((s.char_start, found[1] or Actor(found[0], "person")))
                self._subject_named_at[s.char_start] = opening.start(1)
            elif i < len(people) and people[i][0] < s.char_end:
                # (not a person named inside a quotation: ""... Roh has put the ball in Kim's court," he said" is
                # the speaker's words, and "he" is not Roh)
                j = next((k for k in range(i, len(people)) if people[k][0] < s.char_end
                          and not self._inside_quote(people[k][0])), None)
                if j is not None:
                    self.state.subjects.append((s.char_start, people[j][1]))
                    self._subject_named_at[s.char_start] = people[j][0]

    def _inside_quote(self, pos: int) -> bool:
        """Does ``pos`` stand inside one of the article's quotations (:func:`koreadiplo.quotes.find_quotes`)?"""
        return any(q.start < pos < q.end for q in self.quotations)

    def _one_person(self, sp: Speaker) -> bool:
        """An unnamed person described by a singular noun ("a Unification Ministry official", "a researcher at
        a think tank in Seoul", "a 91-year-old man from Incheon"): "he" / "she" may refer back to it."""
        if sp.kind != "description":
            return False
        words = sp.name.lower().split()
        if not words or words[0] not in ("a", "an", "the"):
            return False
        cut = next((i for i, w in enumerate(words) if i and w in self._HEAD_PREPOSITIONS), len(words))
        head = words[cut - 1].strip(",")
        return cut > 1 and not head.endswith("s") and head not in self.cues.body_nouns

    def _gender(self, sp: Speaker) -> str | None:
        actor = self.vocab.get(sp.name) if sp.kind == "person" else None
        if actor is not None and actor.gender:
            return actor.gender
        words = set((sp.role or "").lower().split())
        if sp.kind == "description":
            words |= set(sp.name.lower().split())
        for gender, cue_words in self.cues.gender_words.items():
            if words & cue_words:
                return gender
        return None

    def _antecedent(self, want: str, at: int, gender: str | None = None) -> Speaker | None:
        """What a pronoun refers to: the latest speaker or sentence subject before ``at`` of the right kind
        (and gender, when known), else the person named last."""
        candidates = [(pos, sp) for pos, sp in self.state.speakers if pos <= at]
        if want == "person":  # "A senior official reached by telephone dismissed it. "...," he said."
            candidates += [(pos, sp) for pos, sp in self.state.described if pos < at]
            candidates.sort(key=lambda c: c[0])
        if want != "nonperson":
            candidates += [
                (pos, Speaker(a.name, _short_role(a.role), a.org, a.country, "person"))
                for pos, a in self.state.subjects
                # (not the person named later in the pronoun's own sentence: "He said ... under former President
                # Yoon ...")
                if pos < at and self._subject_named_at.get(pos, pos) < at and not any(p == pos for p, _ in candidates)
            ]
            candidates.sort(key=lambda c: c[0])
        if want == "nonperson":  # "The JCS confirmed the shots. It said ...": a body opening the sentence before
            body = self._body_subject_before(at)
            if body is not None and all(pos < body[0] for pos, _sp in candidates):
                return body[1]
        for _pos, sp in reversed(candidates):
            person = sp.kind == "person" or self._one_person(sp)
            if want == "person" and not person and sp.kind == "org" and self._by_spokesperson(_pos, gender):
                return sp  # "a spokesman for the General Staff called it ... The line will stay cut, he said"
            if want == "person" and not person:
                continue
            if want == "nonperson" and person:
                voice = self.state.document_voice
                if voice is not None and voice[1].name == sp.name and _pos >= voice[0]:
                    return sp  # "The letter said ... It added ...": the letter's author goes on
                continue
            if gender and person and self._gender(sp) not in (None, gender):
                continue
            return sp
        if want == "person":  # nobody has spoken yet: the person named last
            for _pos, name, actor in reversed([n for n in self.state.names if n[0] < at]):
                sp = Speaker(
                    name,
                    _short_role(actor.role) if actor else None,
                    actor.org if actor else None,
                    actor.country if actor else None,
                    "person",
                )
                if gender and self._gender(sp) not in (None, gender):
                    continue
                return sp
        return None

    def _carried_by(self, toks: list[_Tok], k: int) -> str | None:
        """The outlet of "... and carried by the official KCNA news agency" within a few words after ``k``."""
        for i in range(k, min(k + 6, len(toks) - 2)):
            if toks[i].low in ("carried", "released", "published", "run") and toks[i + 1].low == "by":
                span = self.np_after(toks, i + 2)
                sp = self.resolve(toks[span[0] : span[1]], toks[span[0]].start) if span else None
                return sp.name if sp is not None and sp.kind == "outlet" else None
            if toks[i].text in (";", ":") or toks[i].low in self.cues.reporting:
                return None
        return None

    def _place_list(self, toks: Sequence[_Tok], comma: int) -> bool:
        """ "officials in Seoul, | Tokyo and Washington": a described speaker whose place is a list of names."""
        if comma < 3 or toks[comma - 2].low not in ("in", "from", "at") or not _is_cap(toks[comma - 1].text):
            return False
        if toks[0].bare.lower() not in self.cues.speaker_nouns and not any(
            t.bare.lower() in self.cues.speaker_nouns for t in toks[1 : comma - 2]
        ):
            return False
        rest = [t for t in toks[comma + 1 :]]
        return 2 <= len(rest) <= 8 and any(t.low in ("and", "or") for t in rest) and all(
            _is_cap(t.text) or t.low in ("and", "or") or t.text == "," for t in rest
        )

    def _by_spokesperson(self, pos: int, gender: str | None) -> bool:
        """Was the body that spoke at ``pos`` named through its spokesman or spokeswoman ("a spokesman for the
        ministry said")? Then "he" / "she" after it is that spokesperson, who speaks as the body."""
        m = None
        for m in _SPOKESPERSON_FOR.finditer(self.text, max(0, pos - 160), pos + 1):  # noqa: B007 (the last one)
            pass
        if m is None:
            return False
        return gender is None or gender == {"man": "male", "woman": "female"}.get(m.group(1), gender)

    def _body_subject_before(self, at: int) -> tuple[int, Speaker] | None:
        """(start, speaker) of the sentence before the one at ``at`` when its main subject is a named body or
        a country ("South Korea's Joint Chiefs of Staff confirmed the warning shots, per AP.")."""
        i = bisect.bisect_right(self._sentence_starts, at) - 2
        if i < 0:
            return None
        sent = self.sentences[i]
        toks = _tokens(self.text, sent.content_start, sent.char_end)
        span = self._main_subject_span(toks)
        verb = span[1] if span is not None else 0
        if span is not None and verb + 2 < len(toks) and toks[verb].text == "," and toks[verb + 1].text.islower():
            # "Impoverished North Korea, squeezed by U.N. sanctions, badly wants ...": past a parenthetical phrase
            close = next((c for c in range(verb + 2, min(len(toks), verb + 20)) if toks[c].text == ","), None)
            if close is not None and close + 1 < len(toks) and not any(
                t.low in self.cues.reporting for t in toks[verb + 1 : close]
            ):
                verb = close + 1
        if span is None or span[0] > 2 or verb >= len(toks) or not toks[verb].text.islower():
            return None  # (a subject followed by its verb, not a heading or a fragment)
        saved = list(self.state.names)
        sp = self.resolve(toks[span[0] : span[1]], sent.char_start)
        self.state.names = saved
        if sp is None or sp.kind not in ("org", "country", "outlet"):
            return None
        return sent.char_start, sp

    def _person_body(self, sp: Speaker, head: str) -> Speaker | None:
        """The body named ``head`` ("ministry") that person ``sp`` speaks for: their org ("Unification Minister
        Lee said" -> Ministry of Unification) or, with no org known, the body their title heads; else None."""
        if sp.org and head in sp.org.lower():
            actor = self.vocab.get(sp.org)
            country = actor.country if actor is not None else sp.country
            return Speaker(sp.org, None, self.country_names.get(country or ""), country, "org")
        return self._title_body(sp, head)

    def _anaphor(self, words: Sequence[_Tok], matches, at: int) -> Speaker | None:
        """ "the statement", "the South Korean news agency", "the ministry": refer back."""
        if not words or any(m.actor.kind in ("person", "org", "outlet") for m in matches):
            return None
        low = " ".join(t.low for t in words)
        head = words[-1].bare.lower()
        two = " ".join(t.bare.lower() for t in words[-2:])
        covered = {i for m in matches if m.actor.kind == "country" for i in range(m.start, m.end)}
        covered |= {
            i
            for m in self.cues.demonym_re.finditer(self.text, words[0].start, words[-1].end)
            for i in range(m.start(), m.end())
        }
        caps = [t for t in words if _is_cap(t.text)]
        demonym_only = all(t.start in covered for t in caps)
        owner = next(
            (i for i, t in enumerate(words[:-1]) if t.text.endswith(("'s", "\u2019s", "s'", "s\u2019"))), None
        )
        if head in self.cues.anaphors.get("document", ()) and owner is not None and not caps:
            # "the agency's broadcast", "the ministry's statement": the owner the text named before
            found = self._anaphor(words[: owner + 1], [], at)
            if found is None and words[owner].bare.lower() in self.cues.speaker_nouns and owner <= 3:
                # "the investigators' report said": the people whose report it is
                own = " ".join([*(t.text for t in words[:owner]), words[owner].bare])
                found = Speaker(own[0].lower() + own[1:])
            return found
        if head in self.cues.anaphors.get("document", ()) and demonym_only and len(words) <= 3:
            # the author of the last document the text named, else whoever spoke last
            for pos, sp in [*reversed(self.state.documents), *reversed(self.state.issuers)]:
                if pos <= at:
                    self.state.document_voice = (at, sp)
                    return sp
            return None
        outlet_nouns = self.cues.anaphors.get("outlet", ())
        if (head in outlet_nouns or two in outlet_nouns) and demonym_only:
            country = self._country(low, matches) if caps else None
            if not caps:
                country = None
            outlet = next(
                ((pos, actor) for pos, actor in reversed(self.state.outlets)
                 if pos < at and (country is None or actor.country == country)),
                None,
            )
            if len(words) == 1 and head in self.cues.anaphors.get("org", ()):
                # "the agency" is a body too: the nearer of the last outlet and the last body the vocabulary names
                # with that noun ("the spy agency": the National Intelligence Service), never the article's own outlet
                own = (getattr(self.article, "outlet", None) or "").lower()
                noun = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
                body = next(
                    ((pos, actor) for pos, actor in reversed(self.state.actors)
                     if pos < at and actor.kind == "org" and any(noun.search(alias) for alias in actor.aliases)),
                    None,
                )
                if body is not None and (outlet is None or body[0] > outlet[0] or outlet[1].name.lower() == own):
                    actor = body[1]
                    return Speaker(actor.name, None, self.country_names.get(actor.country or ""), actor.country, "org")
            if outlet is not None:
                actor = outlet[1]
                return Speaker(actor.name, None, self.country_names.get(actor.country or ""), actor.country, "outlet")
            return None
        # a body ("the ministry") is the last body of that name before any description ("a support ministry")
        if head in self.cues.anaphors.get("org", ()) and not caps and words[0].low not in ("a", "an"):
            company = head in self.cues.company_words
            military = head in ("military", "army")  # "the military" after "the General Staff of the KPA said"
            for pos, sp in reversed(self.state.speakers):
                if pos <= at and sp.kind in ("org", "outlet") and (
                    head in sp.name.lower()
                    or military and any(w in sp.name.lower() for w in self.cues.military_name_words)
                    or company
                    and (sp.name.split()[-1].lower() in self.cues.company_words or sp.name in self._companies)
                ):  # "the company" after "Hyundai Asan Corp. said"
                    return sp
                if pos <= at and sp.kind == "person" and not military and not company:
                    # "The defense ministry said ... Unification Minister Kwon warned ... The ministry has said":
                    # a minister who spoke since names the ministry meant
                    body = self._person_body(sp, head)
                    if body is not None:
                        return body
            opening = self._sentence_start(at)
            for pos, actor in reversed(self.state.actors):
                if pos < at and actor.kind == "org" and (
                    head in actor.name.lower()
                    or company and pos >= opening and actor.name in self._companies
                ):  # "Hyundai Asan learned of it, the company said": a company of the vocabulary, same sentence
                    return Speaker(actor.name, None, None, actor.country, "org")
            named = self._named_body(head, at)
            if named is not None:
                return named
            for pos, sp in reversed(self.state.speakers):  # "according to the ministry" after "Unification
                body = self._person_body(sp, head) if pos <= at and sp.kind == "person" else None  # Minister Lee"
                if body is not None:
                    return body
        definite = self.text[words[0].start - 4 : words[0].start].lower() == "the "
        if definite and not caps and head in self.cues.speaker_nouns:  # "the officer" after "a military officer"
            for pos, sp in reversed(self.state.speakers):
                if pos <= at and sp.kind == "description" and sp.name.lower().split()[-1] == head:
                    return sp
            # "A senior ministry official met reporters. The official said ...": a person the text introduced
            # (never a body: "in defiance of a government ban" introduces no government)
            intro = None if head in self.cues.body_nouns else self._introduced(head, words[0].start)
            if intro is not None:
                return intro
        return None

    def _title_body(self, sp: Speaker, head: str) -> Speaker | None:
        """The body of ``head`` ("ministry") that the person's title heads (``title_bodies`` in cues.yaml): the
        "Unification Minister" is of the "Unification Ministry", when the vocabulary knows it (of their country)."""
        words = (sp.role or "").split()
        if sp.org or not words or self.cues.title_bodies.get(words[-1].lower()) != head:
            return None
        actor = self.vocab.get(" ".join([*words[:-1], head.capitalize()]))
        if actor is None or actor.kind != "org" or sp.country and actor.country and sp.country != actor.country:
            return None
        return Speaker(actor.name, None, self.country_names.get(actor.country or ""), actor.country, "org")

    def _named_body(self, head: str, at: int) -> Speaker | None:
        """ "the commission said" after "the Korea Communications Commission": the last title-case name ending in
        the head noun before ``at`` (a body the vocabulary does not know)."""
        found = None
        for m in re.finditer(r"\b((?:[A-Z][\w-]*\s+){1,5})" + head.capitalize() + r"\b", self.text[:at]):
            found = m
        if found is None:
            return None
        words = [w for w in found.group(1).split() if not w.endswith(("'s", "\u2019s")) and w not in ("The", "A")]
        if not words:
            return None
        name = " ".join([*words, head.capitalize()])
        owner = _OWNER_BEFORE.search(self.text, max(0, found.start() - 24), found.start())
        span = self.text[owner.start() if owner else found.start() : found.end()]  # "the North's National ..."
        country = self._country(span, list(self.vocab.find(span)))
        return Speaker(name, None, self.country_names.get(country or ""), country, "org")

    def _sentence_at(self, at: int) -> Any | None:
        """The last sentence starting at or before offset ``at`` (None before the first)."""
        i = bisect.bisect_right(self._sentence_starts, at) - 1
        return self.sentences[i] if i >= 0 else None

    def _sentence_start(self, at: int) -> int:
        """Offset of the start of the sentence holding offset ``at``."""
        s = self._sentence_at(at)
        return s.char_start if s is not None else 0

    def _introduced(self, head: str, before: int) -> Speaker | None:
        """The last "a / an <words> <head>" in the article before ``before`` (up to four words, none a verb of
        speech), so "the official" is the official the text introduced."""
        pattern = re.compile(r"\b(?:[Aa]n?) (?:[\w.'\u2019-]+ ){0,4}?" + re.escape(head) + r"\b")
        found = None
        for m in pattern.finditer(self.text, max(0, before - 3000), before):
            found = m
        if found is None:
            return None
        phrase = " ".join(found.group().split())
        words = phrase.lower().split()[1:-1]
        if any(w in self.cues.reporting or w in _LISTENER_STOP for w in words):
            return None
        spoke = [
            sp for pos, sp in self.state.speakers
            if found.start() < pos <= min(before, found.end() + 120)
            and (sp.kind != "person" or head in sp.name.lower())
        ]
        if spoke:  # "A spokesman for the United Front Department said ... The spokesman said": the same speaker
            return replace(spoke[0], via=())  # its own attribution: a relay must be named again
        phrase = phrase[0].lower() + phrase[1:]
        matches = self.vocab.find(phrase)
        country = self._country(phrase, matches)
        orgs = [m.actor.name for m in matches if m.actor.kind in ("org", "outlet")]
        return Speaker(phrase, None, orgs[-1] if orgs else self.country_names.get(country or ""), country)

    def _office(self, words: Sequence[_Tok], matches, at: int | None = None) -> Speaker | None:
        """ "the South Korean president" -> whoever held the office on the date the sentence gives before the
        words ("during Carter's visit last month, when the North Korean leader told him ..."), else on the
        publication date."""
        if not words or words[0].low in ("a", "an"):
            return None
        head = words[-1].bare.lower()
        country = None
        for m in matches:
            if m.actor.kind == "country":
                country = m.actor.country
        if country is None:
            country = self._country(" ".join(t.text for t in words), [])
        nonhead = [t for t in words[:-1] if not (self.vocab.get(t.bare) or self.cues.demonym_re.fullmatch(t.text))]
        covered = {i for m in matches for i in range(m.start, m.end)}
        nonhead = [t for t in nonhead if t.start not in covered and t.low not in ("the", "'s")]
        if nonhead:
            return None
        when = None
        for office in self.cues.offices:
            if office["office"] != head or office["country"] != country:
                continue
            when = when or self._date_before(at) or self.published
            for h in office["holders"]:
                start, end = _as_date(h["start"]), _as_date(h["end"]) if h.get("end") else None
                if start <= when and (end is None or when <= end):
                    actor = self.vocab.get(h["name"])
                    return Speaker(
                        actor.name if actor else h["name"],
                        office.get("title"),
                        actor.org if actor else None,
                        country,
                        "person",
                    )
        return None

    def _date_before(self, at: int | None) -> _dt.date | None:
        """The last date of the sentence holding ``at`` that stands before it and lies in the past."""
        if at is None:
            return None
        from .dates import find_dates

        s = self._sentence_at(at)
        if s is None or at >= s.char_end:
            return None
        found = [d for d in find_dates(s.text, self.today, offset=s.char_start) if d.end <= at]
        past = [d for d in found if d.date_end < self.published]
        return past[-1].date + (past[-1].date_end - past[-1].date) / 2 if past else None  # its middle
