"""Noun phrases of the statement reader: the phrase before or after a cue verb that names the speaker."""

from __future__ import annotations

from collections.abc import Sequence

from .statement_tokens import (
    _DETERMINERS,
    _FINITE_AUX,
    _LISTENER_STOP,
    _NAME_PART_VERBS,
    _PREPOSITIONS,
    _WEEKDAYS_MONTHS,
    _is_cap,
    _Tok,
)

#: Lower-case words that never modify a speaker noun: conjunctions and wh-words ("but officials said", "which
#: residents have complained ...")
_NOT_MODIFIERS = frozenset("and or but nor yet so than if whether which who whom whose what where how why".split())
_QUANTIFIERS = frozenset("one some many several each any most two three four five".split())
# what opens the noun phrase after "of" in "the head of one garment maker", "the owner of a firm"
_OF_DETERMINERS = _DETERMINERS | {"one", "another", "each"}
# nouns that count or group what follows ("a few officials", "a dozen analysts"): never a noun phrase of their own
_COUNT_NOUNS = frozenset("few dozen couple number handful lot host series pair score hundred thousand group".split())


# plural nouns used as modifiers: "the human rights lawyer", "the arms control expert", "the customs official"
_ATTRIBUTIVE_PLURALS = frozenset({"rights", "arms", "affairs", "sports", "customs", "communications", "operations"})
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their", "its"))


class NounPhrasesMixin:
    """The noun-phrase rules of the statement reader (mixed into ``statements._Reader``): the token span of the
    phrase that ends right before (:meth:`np_before`) or starts at (:meth:`np_after`) a cue. They read the
    reader's ``cues``, ``vocab``, ``text`` and the word sets ``_Reader.__init__`` derives from the cues."""

    def _np_word(self, tok: _Tok) -> bool:
        low = tok.bare.lower()
        if tok.is_quote or not (tok.text[0].isalnum()):
            return False
        if (
            low in self.cues.description_words
            or low in self.cues.speaker_nouns
            or low in self.cues.role_nouns
            or low in self._anaphor_words
        ):
            return True
        if (low in self.cues.reporting or low in self.cues.speech_act) and not (
            tok.text[:1].isupper() and low in _NAME_PART_VERBS
        ):  # ("the United States said": "States" is a name's part)
            return False
        return _is_cap(tok.text) and tok.bare not in self.cues.not_name_words

    def np_before(self, toks: list[_Tok], k: int, floor: int = 0) -> tuple[int, int] | None:
        """Token span [i, j) of the noun phrase that ends right before ``toks[k]`` (skipping adverbs); it
        includes an appositive between commas ("Park Soo Hyun, the presidential spokesperson, said")."""
        j = k
        while (
            j > floor
            and toks[j - 1].low in self._pre_verb
            and not (j - 1 > floor and toks[j - 2].text == "," and toks[j - 1].low not in ("had", "has", "have"))
        ):  # "Kim Yo-jong, the leader's sister, had warned": the auxiliary after the appositive is skipped too
            j -= 1
        if j > floor and toks[j - 1].low in self.cues.pronouns:
            return j - 1, j
        if j - 1 > floor and toks[j - 1].text == ",":
            c = j - 2
            while c > floor and toks[c].text != ",":
                c -= 1
            if c > floor and toks[c].text == "," and self._relay_at(toks, c + 1) is not None:
                return self._np_back(toks, c, floor)  # "Yonhap, citing KCNA, reported"
            if c > floor and toks[c].text == "," and self._parenthetical(toks, c + 1):
                head = self._np_back(toks, c, floor)  # "An official, speaking on condition of anonymity, said"
                if head is not None and head[0] - 1 > floor and toks[head[0] - 1].text == "," and any(
                    t.bare.lower() in self.cues.role_nouns for t in toks[head[0] : head[1]]
                ):  # "Chang Choong-shik, president of the Red Cross, who led the group, said": the name first
                    name = self._np_back(toks, head[0] - 1, floor)
                    if name is not None and self._has_name(toks[name[0] : name[1]]) and (
                        name[0] == floor or toks[name[0] - 1].text in (",", ";", "\u2014") or toks[name[0] - 1].is_quote
                    ):
                        return name[0], c
                if head is not None:
                    return head
            if (
                c > floor and toks[c].text == "," and j - 1 - c <= 18
                and (toks[c + 1].low in ("a", "an", "the") or toks[c + 1].bare.lower() in self.cues.role_nouns)
                and (
                    any(t.low in ("who", "that", "which", "whose") for t in toks[c + 2 : j - 1])
                    or any(t.low == "and" for t in toks[c + 2 : j - 1])
                    and any(
                        t.bare.lower() in self.cues.role_nouns | self.cues.person_nouns for t in toks[c + 1 : j - 1]
                    )
                )
            ):  # "Ri Son Gwon, chairman of a state agency that handles inter-Korean affairs, said", "Kim Yo-jong, the
                # younger sister and close aide of leader Kim Jong-un, warned"
                head = self._np_back(toks, c, floor)
                if head and self._has_name(toks[head[0] : head[1]]):
                    return head[0], j - 1
            if (
                c > floor and toks[c].text == "," and j - 1 - c <= 12
                and toks[c + 1].low.endswith(("'s", "\u2019s"))
                and any(t.bare.lower() in self.cues.role_nouns for t in toks[c + 2 : j - 1])
            ):  # "Yoon Do-han, Moon's senior secretary for public communication, told reporters"
                head = self._np_back(toks, c, floor)
                if head and self._has_name(toks[head[0] : head[1]]):
                    return head[0], j - 1
            if (
                c > floor and toks[c].text == "," and 3 <= j - 1 - c <= 8
                and toks[c + 1].low in _QUANTIFIERS | {"another"} and toks[c + 2].low == "of"
            ):  # "Hong Mun-go, one of the men, told reporters": a part of a group, after a name
                head = self._np_back(toks, c, floor)
                if head and self._has_name(toks[head[0] : head[1]]):
                    return head[0], j - 1
            if (
                c > floor and toks[c].text == "," and 2 <= j - 1 - c <= 14
                and (  # (a longer appositive names no one else: "the government agency in charge of relations
                    # with the North", not "the country's top governing body led by Kim Jong Il")
                    j - 1 - c <= 10 or not any(t.low == "by" or t.bare in self.cues.korean_surnames
                                               for t in toks[c + 2 : j - 1])
                )
                and (
                    toks[c + 1].low in ("a", "an", "the", "its", "his", "her", "their")
                    or toks[c + 1].low.endswith(("'s", "\u2019s")) and _is_cap(toks[c + 1].text)
                )
                and not any(
                    t.low in self.cues.reporting and not (t.low in _NAME_PART_VERBS and t.text[:1].isupper())
                    or t.low in _FINITE_AUX or t.text in ("(", ")")
                    for t in toks[c + 1 : j - 1]
                )
            ):  # "China, the North's main ally, said": a name opening the clause, then an appositive ("The minister,
                # a chief architect of the policy, said": or a definite role the text named before)
                head = self._np_back(toks, c, floor)
                words = toks[head[0] : head[1]] if head else []
                named = head and (self._has_name(words) or self._definite_role(words))
                if named and (
                    head[0] == floor or toks[head[0] - 1].text in (",", ";", "\u2014") or toks[head[0] - 1].low in (
                        "and", "but", "while", "meanwhile")
                ):
                    return head[0], j - 1
            app = self._np_back(toks, j - 1, floor)
            if (
                app
                and app[0] - 1 > floor
                and toks[app[0] - 1].text == ","
                and (
                    toks[app[0]].low in ("a", "an", "the")
                    or any(  # "Kim Tae-hyo, first deputy director of the National Security Office, said"
                        toks[k].bare.lower() in self.cues.role_nouns and all(x.text.islower() for x in toks[app[0] : k])
                        for k in range(app[0], min(app[0] + 3, app[1]))
                    )
                )
            ):
                head = self._np_back(toks, app[0] - 1, floor)
                if head and self._has_name(toks[head[0] : head[1]]):
                    return head[0], j - 1
            if (
                app and app[0] - 1 > floor and toks[app[0] - 1].text == "," and self._has_name(toks[app[0] : app[1]])
            ):  # "Kim's powerful sister, Kim Yo Jong, said"; "The conservative front-runner, Lee Myung-bak, said"
                head = self._np_back(toks, app[0] - 1, floor)
                if head and head[0] - 2 > floor and toks[head[0] - 1].low in ("on", "for", "to") and (
                    toks[head[0] - 2].bare.lower() in self.cues.role_nouns
                ) and not any(t.bare.lower() in self.cues.role_nouns for t in toks[head[0] : head[1]]):
                    # "The envoy on North Korea, Glyn Davies, said": the role before what it is for
                    head = self._np_back(toks, head[0] - 1, floor) or head
                if head and any(t.bare.lower() in self.cues.role_nouns for t in toks[head[0] : head[1]]):
                    return self._owner_start(toks, head[0], floor), j - 1
                start = self._description_before(toks, app[0] - 1, floor)
                if start is None:
                    start = self._role_description_before(toks, app[0] - 1, floor)
                if start is not None:
                    return start, j - 1
            return None
        own = self._np_back(toks, j, floor)
        if own is not None and own[0] - 1 > floor + 2 and toks[own[0] - 1].text == "," and any(
            t.low in ("and", "or") for t in toks[own[0] : j]
        ):  # "Officials in Seoul, Tokyo and Washington said": the places listed after the speaker's
            head = self._np_back(toks, own[0] - 3, floor)
            if head is not None and self._place_list(toks[head[0] : j], own[0] - 1 - head[0]):
                return head[0], j
        if own is None:
            post = self._after_postmodifier(toks, j, floor)
            if post is not None:
                return post
        rel = self._before_relative(toks, j, floor)
        if rel is not None and (own is None or own[0] > rel[0]):
            return rel
        return self._second_of_two(toks, self._person_of(toks, own, floor))

    def _second_of_two(self, toks: list[_Tok], span: tuple[int, int] | None) -> tuple[int, int] | None:
        """ "..., a step a South Korean official said could help", "a move analysts said would ease tensions": two
        noun phrases side by side, the first the object of a relative clause without "that"; the second speaks."""
        if span is None or toks[span[0]].low not in ("a", "an"):
            return span
        i, j = span
        for p in range(i + 2, j):
            t = toks[p]
            if t.low == "of" or t.low in _LISTENER_STOP and t.low not in ("a", "an", "the"):
                return span  # "a team of international investigators": one phrase
            plural_speaker = t.bare.lower() in self.cues.speaker_nouns and t.low.endswith("s") and p == j - 1
            if t.low in ("a", "an", "the") or plural_speaker:
                first = toks[i + 1 : p]
                if all(
                    x.text.isalpha() and x.text.islower() and x.low not in _LISTENER_STOP
                    and x.low not in _NOT_MODIFIERS and x.bare.lower() not in self.cues.speaker_nouns
                    and x.low not in _COUNT_NOUNS
                    for x in first
                ):
                    return p, j
                return span
            if not (t.text.isalpha() and t.text.islower()):
                return span
        return span

    @staticmethod
    def _description_before(toks: list[_Tok], comma: int, floor: int) -> int | None:
        """ "The conservative front-runner, | Lee Myung-bak, said": a sentence-opening "the" and one to four
        lower-case words before the appositive's comma describe the named speaker; their first index."""
        s = comma
        while s - 1 > floor and comma - s < 4 and toks[s - 1].text.replace("-", "").isalpha() and toks[
            s - 1
        ].text.islower():
            s -= 1
        d = s - 1
        if s < comma and d >= floor and toks[d].low == "the" and (d == floor or toks[d - 1].text in (",", ";")):
            return d
        return None

    def _role_description_before(self, toks: list[_Tok], comma: int, floor: int) -> int | None:
        """ "The North's chief delegate to the economic talks, | Pak Chang-ryon, called": a sentence-opening "the",
        a possessive and lower-case words (up to ten, a role noun among them) describe the named speaker."""
        s = comma
        while s - 1 > floor and comma - s < 10 and (
            toks[s - 1].text.replace("-", "").isalpha() and toks[s - 1].text.islower()
            or toks[s - 1].low.endswith(("'s", "\u2019s")) and _is_cap(toks[s - 1].text)
        ):
            s -= 1
        d = s - 1
        if not (s < comma and d >= floor and toks[d].low == "the" and (d == floor or toks[d - 1].text in (",", ";"))):
            return None
        if not any(t.bare.lower() in self.cues.role_nouns for t in toks[s:comma]):
            return None
        return d

    def _before_relative(self, toks: list[_Tok], j: int, floor: int) -> tuple[int, int] | None:
        """ "a 58-year-old fish seller whose nephew took part in the search said": the description before a
        relative clause (no comma) that runs up to the verb."""
        for w in range(j - 2, max(floor, j - 14) - 1, -1):
            t = toks[w]
            if t.is_quote or t.text in (",", ";", ":", "\u2014"):
                return None
            if t.low in ("who", "whose"):
                head = self._np_back(toks, w, floor)
                if head is None or toks[head[0]].low not in ("a", "an"):
                    described = w - 1
                    while described > floor and toks[described].text.replace("-", "").isalnum() and toks[
                        described
                    ].low not in ("a", "an") and w - described <= 5:
                        described -= 1
                    if toks[described].low not in ("a", "an"):
                        return None
                    head = (described, w)
                inside = toks[head[0] + 1 : w]
                if not any(x.bare.lower() in self.cues.speaker_nouns or x.text.islower() for x in inside):
                    return None
                return head
            if t.low == "that" and w + 2 < j - 1 and toks[w + 1].text.isalpha() and toks[w + 1].text.islower() and (
                (toks[w + 1].low not in _LISTENER_STOP or toks[w + 1].low in ("had", "has", "have")
                 and toks[w + 2].low in ("a", "an", "the"))  # ("a company that had a factory in Kaesong")
                and toks[w + 1].low not in self.cues.pronouns
                and (toks[w + 1].bare.lower() not in self.cues.speaker_nouns
                     # ("the army unit that guards the resort said": a noun's spelling as a verb before its object)
                     or toks[w + 1].low.endswith("s") and toks[w + 2].low in ("a", "an", "the", "its", "their"))
            ):  # "the head of a garment company that ran a plant in Kaesong told Axios": a subject relative
                head = self._np_back(toks, w, floor)
                if head is not None and toks[head[0]].low in ("a", "an", "the") and (
                    head[0] == floor or toks[head[0] - 1].is_quote or toks[head[0] - 1].text == ","
                ) and any(x.bare.lower() in self.cues.person_nouns or x.bare.lower() in self.cues.speaker_nouns
                          for x in toks[head[0] : w]):
                    return head[0], j  # (the clause tells which company or agency; its own nouns never speak)
                return None
        return None

    _HEAD_PREPOSITIONS = frozenset({"to", "in", "at", "of", "for", "from", "with", "inside", "within"})

    def _postmodifier_before(self, toks: Sequence[_Tok], i: int, floor: int) -> int:
        """Width of a ``postmodifiers`` phrase ("familiar with", "traveling with", "accompanying") ending right
        before ``toks[i]`` and following a person noun ("an official familiar with | the talks"); 0 if none."""
        if i - 1 < floor or toks[i - 1].low not in self._postmodifier_ends:
            return 0
        for words in self.cues.postmodifiers:
            n = len(words)
            lo = i - n
            if lo - 1 >= floor and tuple(t.low for t in toks[lo:i]) == words and (
                toks[lo - 1].bare.lower() in self.cues.person_nouns | self.cues.speaker_nouns
            ):
                return n
        return 0

    def _after_postmodifier(self, toks: list[_Tok], j: int, floor: int) -> tuple[int, int] | None:
        """ "An official familiar with the talks | said", "a person close to the matter | told Reuters": the thing
        after the postmodifier is no speaker; the span runs from the person before it."""
        for m in range(j - 1, max(floor + 1, j - 7), -1):
            t = toks[m]
            if not t.text.replace("-", "").replace("'", "").isalnum() or t.low in self.cues.reporting or (
                t.low in ("that", "who", "which", "and", "but")
            ):
                return None
            n = self._postmodifier_before(toks, m, floor)
            if n:
                head = self._np_back(toks, m - n, floor)
                if head is not None and head[1] - head[0] <= 5:
                    return head[0], j
                return None
        return None

    def _person_of(self, toks: list[_Tok], span: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
        """Extend a noun phrase back to the person it belongs to: "an aide to | the president", "a senior
        official in | Yoon's office", "the head of one of | the companies in the zone", "an official familiar
        with | the talks", "a diplomat traveling with | Moon"."""
        post = self._postmodifier_before(toks, span[0], floor) if span is not None else 0
        if post:
            head = self._np_back(toks, span[0] - post, floor)
            if head is not None and head[1] - head[0] <= 5:
                return head[0], span[1]
        while span is not None and span[0] - 1 > floor and toks[span[0] - 1].low in self._HEAD_PREPOSITIONS:
            head = self._np_back(toks, span[0] - 1, floor)
            if head is None:
                k = span[0] - 1  # "one of the companies": a quantifier before "of"
                while k - 1 > floor and toks[k - 1].low in ("one", "some", "many", "several", "each", "any", "of"):
                    k -= 1
                head = self._np_back(toks, k, floor) if k < span[0] - 1 else None
            if (
                head is None
                or head[1] - head[0] > 4
                or not any(t.bare.lower() in self.cues.person_nouns for t in toks[head[0] : head[1]])
            ):
                break
            span = (head[0], span[1])
        return span

    def _owner_modifier(self, tok: _Tok) -> bool:
        """A lower-case word between an owner and its role noun ("the official's | older | brother")."""
        return tok.text.isalpha() and tok.text.islower() and tok.low not in _LISTENER_STOP and (
            tok.low not in _NOT_MODIFIERS and tok.low not in self.cues.reporting and tok.low not in _POSSESSIVE_PRONOUNS
            and tok.bare.lower() not in self.cues.role_nouns
        )

    def _owner_start(self, toks: list[_Tok], h: int, floor: int) -> int:
        """Start of a role noun's owner and modifiers at the start of a clause ("The official's older | brother, Lee
        Rae-jin, said", "His elder | sister, ..."), else ``h``."""
        d = h
        while d > floor and h - d < 3 and self._owner_modifier(toks[d - 1]):
            d -= 1
        if d > floor and (toks[d - 1].low.endswith(("'s", "\u2019s")) or toks[d - 1].low in _POSSESSIVE_PRONOUNS):
            d -= 1
            if d > floor and toks[d - 1].low in ("the", "a", "an"):
                d -= 1
            if d == floor or toks[d - 1].is_quote or toks[d - 1].text in (",", "\u2014", ";"):
                return d
        return h

    def _parenthetical(self, toks: list[_Tok], k: int) -> bool:
        """A lower-case participle, "who" / "which" or a preposition opens a phrase between commas that is not
        the speaker's name ("speaking on condition of anonymity", "monitored in Tokyo", "who asked not to be named",
        "in a statement", "led by Rodong Sinmun")."""
        tok = toks[k]
        return tok.text.islower() and (
            tok.low.endswith(("ing", "ed")) and len(tok.low) > 4
            # an irregular participle before its agent ("led by", not "rose from")
            or tok.low in self.cues.past_verbs and k + 1 < len(toks) and toks[k + 1].low == "by"
            or tok.low in ("who", "whose", "which")
            or tok.low in _PREPOSITIONS
            or tok.low in self.cues.parenthetical_adverbs  # "The North's military, meanwhile, said"
        )

    def _place_at(self, toks: list[_Tok], j: int, back: bool) -> int:
        """Width of a ``speaker_places`` phrase ("on both sides") ending (``back``) or starting at ``toks[j]``."""
        for words in self.cues.speaker_places:
            n = len(words)
            lo = j - n if back else j
            if lo >= 0 and lo + n <= len(toks) and tuple(t.low for t in toks[lo : lo + n]) == words:
                return n
        return 0

    def _np_back(self, toks: list[_Tok], j: int, floor: int) -> tuple[int, int] | None:
        place = self._place_at(toks, j, back=True) if j - 1 > floor else 0
        if place and j - place > floor and toks[j - place - 1].bare.lower() in self.cues.speaker_nouns:
            head = self._np_back(toks, j - place, floor)  # "officials on both sides said"
            return None if head is None else (head[0], j)
        if j - 3 >= floor and toks[j - 1].text == ")" and toks[j - 3].text == "(":  # "the JCS (JCS) said"
            j -= 3
        if j > floor and toks[j - 1].low in ("and", "of", "for", "at", "or"):
            return None
        i = j
        while i > floor and self._np_word(toks[i - 1]):
            i -= 1
        head_noun = i
        for width in (1, 2, 3):  # "A retired navy officer said": adjectives the lists do not know, after "a" / "an"
            d = i - width - 1  # after "the", singular ones only: "the state telecom regulator"
            if (
                i < j and d >= floor
                and (toks[d].low in ("a", "an") or toks[d].low == "the" and not any(
                    t.low.endswith("s") and t.low not in _ATTRIBUTIVE_PLURALS for t in toks[d + 1 : i]))
                # (a proper adjective or a name among them: "a South Korean naval officer", "a Paju city official")
                and any(t.text.islower() for t in toks[d + 1 : i])
                and all(t.text.replace("-", "").isalnum() and (t.text.islower() or _is_cap(t.text) and d + 1 < i - 1)
                        and t.low not in _LISTENER_STOP
                        and t.low not in self.cues.reporting and t.low not in self.cues.speech_act
                        and t.low not in self.cues.subordinators and t.low not in _NOT_MODIFIERS - {"and", "or"}
                        for t in toks[d + 1 : i])  # ("The dispute started when lawmaker X claimed": no adjectives)
                and any(t.bare.lower() in self.cues.speaker_nouns or t.bare.lower() in self.cues.role_nouns
                        for t in toks[i:j])
                and not any(t.text.endswith(("'s", "\u2019s")) for t in toks[i:j])  # "a claim Seoul's military"
            ):
                i = d
                break
        else:
            i = self._modified_head_start(toks, i, j, floor)
        while i < j and (
            toks[i].low in ("of", "for", "at", "and", "'s")
            or toks[i].text == "then" and i > 0 and toks[i - 1].low in ("since", "by", "until", "even", "only")
        ):
            i += 1  # ("Since then the delegations have argued": the time phrase is no part of the speaker)
        if i < j - 1 and i > floor and toks[i].text.isdigit() and len(toks[i].text) <= 2 and (
            toks[i - 1].low in _WEEKDAYS_MONTHS
        ):
            i += 1  # ("On September 14 the head of the agency said": the day of the opening date)
        if i > floor and toks[i - 1].low in ("in", "at", "from", "on") and _is_cap(toks[i].text):
            # "In Seoul the ministry said": the place of the opening phrase is not part of the speaker
            inner = next((p for p in range(i + 1, j) if toks[p].low in ("the", "a", "an")
                          and not toks[p - 1].text.endswith(("'s", "\u2019s"))), None)
            if inner is not None:
                i = inner
        if i < j and toks[i].bare.lower() in self.cues.speaker_nouns:
            # "the North's tourism authorities", "Seoul's health officials": lower-case modifiers after a possessive
            m = i
            while m > floor and i - m < 3 and toks[m - 1].text.isalpha() and toks[m - 1].text.islower() and toks[
                m - 1
            ].low not in _LISTENER_STOP and toks[m - 1].low not in self.cues.reporting:
                m -= 1
            if m < i and m > floor and toks[m - 1].text.endswith(("'s", "\u2019s")) and _is_cap(toks[m - 1].text):
                i = m - 1
                if i > floor and toks[i - 1].low == "the":
                    i -= 1
        owner = self._of_phrase_head(toks, i, floor)
        if owner is None and head_noun > i:  # "the head of | a garment company": the modifiers read above
            owner = self._of_phrase_head(toks, head_noun, floor)
        if owner is None and i < j and i - 1 > floor and toks[i - 1].low in ("in", "at", "from"):
            owner = self._of_phrase_head(toks, i - 1, floor)  # "an analyst at a think tank | in Seoul said"
        if owner is not None:  # "The owner of a clothing firm said": back to the speaker noun before "of"
            return owner, j
        if (
            i < j and i - 3 >= floor and toks[i - 1].low in ("from", "by", "of")
            and toks[i - 2].bare.lower() in self.cues.anaphors.get("document", ())
            and toks[i - 3].low in ("a", "an", "the")
        ):  # "the message from the North's military said": the document's author speaks
            return i - 3, j
        described = self._indefinite_head(toks, i, floor) if i < j else None
        if described is not None:  # '"...," a 91-year-old man from Incheon said'
            return described, j
        if (
            i < j and i - 1 >= floor and toks[i - 1].low in ("one", "another")
            and (i - 1 == floor or toks[i - 2].is_quote or toks[i - 2].text in (",", "\u2014"))
            and any(t.bare.lower() in self.cues.speaker_nouns or t.text.islower() for t in toks[i:j])
        ):  # '"...," one Hyundai Asan employee told reporters': the quantifier opens the description
            return i - 1, j
        if i == j:  # '"...," a South Korean engineer said': a head noun the lists do not know
            a = j - 1  # (hyphenated words too: "a Seoul-based analyst of North Korean politics told")
            while (
                a > floor and j - a <= 7 and toks[a].text.replace("-", "").isalnum()  # ("a 67-year-old ...")
                and toks[a].low not in ("a", "an", "one", "another")
            ):
                a -= 1
            if (
                a >= floor and j - a >= 2 and toks[a].low in ("a", "an", "one", "another")
                and (a == floor or toks[a - 1].text in (",", "\u2014") or toks[a - 1].is_quote)
                and toks[j - 1].text.islower() and not toks[j - 1].low.endswith("ly")  # ("minister newly confirmed")
                and not any(t.low in self.cues.reporting or t.low in _LISTENER_STOP for t in toks[a + 1 : j])
            ):
                return a, j
        if i < j and self._place_head(toks, i, floor):  # "officials in Seoul", "diplomats at the UN"
            h = i - 1
            while h > floor and self._np_word(toks[h - 1]):
                h -= 1
            while h < i - 1 and toks[h].low in ("of", "for", "at", "and", "'s"):
                h += 1
            return h, j
        return (i, j) if i < j else None

    def _modified_head_start(self, toks: list[_Tok], i: int, j: int, floor: int) -> int:
        """Where a speaker noun with lower-case modifiers the lists do not know starts, at the start of a clause
        (the sentence, after a comma or a quotation mark): after a quantifier ("Some conservative lawmakers said",
        '"...," one crew member told'), or with no determiner before a plural noun ("..., legal experts said",
        "port officials"). ``i`` is returned unchanged when the words before it are no such modifiers."""
        if i >= j or not any(t.bare.lower() in self.cues.speaker_nouns for t in toks[i:j]):
            return i

        def modifier(t: _Tok) -> bool:
            return (
                t.text.isalpha() and t.text.islower() and not t.low.endswith("ly") and t.low not in _LISTENER_STOP
                and t.low not in self.cues.reporting and t.low not in self.cues.speech_act
                and t.low not in self.cues.subordinators and t.low not in _QUANTIFIERS and t.low not in _NOT_MODIFIERS
            )

        def opens(d: int) -> bool:
            return d == floor or toks[d - 1].is_quote or toks[d - 1].text in (",", "\u2014", ";")

        for width in (1, 2):
            d = i - width - 1
            if d < floor or not all(modifier(t) for t in toks[d + 1 : i]):
                break
            if toks[d].low in _QUANTIFIERS | {"another"} and opens(d):
                return d
        d = i - 1
        if d >= floor and modifier(toks[d]) and opens(d) and toks[j - 1].low.endswith("s") and j - i == 1:
            return d
        return i

    def _of_phrase_head(self, toks: list[_Tok], i: int, floor: int) -> int | None:
        """Start of "<speaker noun> of / at / for <determiner> <lower-case words>" ending at ``toks[i]``, the
        lower-case words not being speaker words ("the owner of a clothing firm", "a worker at a shoe
        factory"), else None."""
        h = i
        while h > floor and i - h < 6 and (
            toks[h - 1].text.replace("-", "").isalpha() and toks[h - 1].text.islower() or toks[h - 1].text.isdigit()
            or h < i and _is_cap(toks[h - 1].text) and toks[h - 1].low in self._demonym_words
        ):  # "a clothing firm", "the 123 South Korean companies"
            if toks[h - 1].low in _OF_DETERMINERS:
                break
            if toks[h - 1].low in _LISTENER_STOP or toks[h - 1].low in self.cues.reporting:
                return None
            h -= 1
        if h == i or h - 1 <= floor or toks[h - 1].low not in _OF_DETERMINERS:
            return None
        for words in self.cues.postmodifiers:  # "an official in charge of the talks", "the agency in charge of the
            w = len(words)  # zone", "a diplomat close to the talks": the speaker noun before what it does or knows
            if h - 2 - w >= floor and tuple(x.low for x in toks[h - 1 - w : h - 1]) == words and (
                toks[h - 2 - w].bare.lower() in self.cues.speaker_nouns
            ):
                head = self._np_back(toks, h - 1 - w, floor)
                return head[0] if head else None
        if h - 2 <= floor or toks[h - 2].low not in ("of", "at", "for", "in", "from", "with"):
            return None
        if toks[h - 2].low in ("in", "from", "at"):  # "the owner of a clothing firm in the zone said"
            before = self._np_back(toks, h - 2, floor)
            if before and any(t.bare.lower() in self.cues.speaker_nouns for t in toks[before[0] : before[1]]):
                return before[0]
        if (
            toks[h - 2].low == "of"
            and h - 5 >= floor
            and (toks[h - 3].low in _QUANTIFIERS or toks[h - 3].text.isdigit())
            and toks[h - 4].low == "of"
            and toks[h - 5].bare.lower() in self.cues.speaker_nouns
        ):  # "the head of one of the companies"
            head = self._np_back(toks, h - 4, floor)
            return head[0] if head else None
        if toks[h - 2].low not in ("of", "at", "for", "with") or (
            toks[h - 3].bare.lower() not in self.cues.speaker_nouns
        ):  # ("a researcher with an international human rights group")
            return None
        head = self._np_back(toks, h - 2, floor)
        return head[0] if head else None

    def _indefinite_head(self, toks: list[_Tok], i: int, floor: int) -> int | None:
        """Start of "a / an <lower-case words> in / at / from" before the place at ``toks[i]``, when the
        description opens the clause (after a quote, a comma or at the start): '"...," a retired teacher from
        Seoul said'."""
        if i - 2 < floor or toks[i - 1].low not in ("in", "at", "from"):
            return None
        h = i - 2
        # lower-case words, numbers and place names ("a Yeonpyeong resident in his 60s")
        while h >= floor and i - h <= 7 and (toks[h].text[:1].isdigit() or toks[h].text.isalpha()
                                             and (toks[h].text.islower() or h < i - 2)):
            if toks[h].low in ("a", "an"):
                break
            h -= 1
        if h < floor or toks[h].low not in ("a", "an") or h == i - 2:
            return None
        if h > floor and not (toks[h - 1].is_quote or toks[h - 1].text in (",", "\u2014")):
            return None
        return h

    def _place_head(self, toks: list[_Tok], i: int, floor: int) -> bool:
        """``toks[i]`` starts a place or body that follows "in" / "at" / "from" / "with" after a speaker noun
        ("officials in Seoul", "lawmakers from the governing Democratic Party": up to two lower-case words after
        "the")."""
        if not (
            i - 2 >= floor and toks[i - 1].low in ("in", "at", "from", "with")
            and toks[i - 2].bare.lower() in self.cues.speaker_nouns
        ):  # ("an analyst with the Sejong Institute", "a negotiator with the North": who they work for or with)
            return False
        name = i
        if toks[i].low == "the":
            name += 1
            while name < len(toks) and name - i <= 2 and toks[name].text.isalpha() and toks[name].text.islower() and (
                toks[name].low not in _LISTENER_STOP and toks[name].low not in self.cues.reporting
            ):
                name += 1
        return name < len(toks) and _is_cap(toks[name].text)

    def np_after(self, toks: list[_Tok], k: int, appositive_done: bool = False) -> tuple[int, int] | None:
        """Token span [i, j) of the noun phrase that starts at ``toks[k]``."""
        if k < len(toks) and toks[k].low in self.cues.pronouns:
            return k, k + 1
        if (
            k + 3 < len(toks) and toks[k].low in ("one", "some", "several", "many") and toks[k + 1].low == "of"
            and toks[k + 2].low in ("the", "its", "their", "his", "her")
        ):  # "said one of the South Korean engineers": the phrase after "of" gives its end
            inner = self.np_after(toks, k + 2, appositive_done)
            if inner is not None and inner[1] > k + 3:
                return k, inner[1]
        j = k
        if k + 1 < len(toks) and toks[k].text.isdigit() and _is_cap(toks[k + 1].text):
            j += 1  # a name opening with a number: "38 North"
        if k + 1 < len(toks) and toks[k].low in ("one", "another") and self._np_word(toks[k + 1]):
            j += 1  # "said one Western diplomat"
        while j < len(toks) and self._np_word(toks[j]):
            if toks[j].low == "and" and j > k and not _is_cap(toks[j + 1].text if j + 1 < len(toks) else ""):
                break
            if toks[j].low in ("the", "a", "an") and j > k and _is_cap(toks[j - 1].text) and (
                toks[j - 1].bare.lower() not in self.cues.description_words
                or toks[j - 1].text == "News" and j - 1 > k and _is_cap(toks[j - 2].text)  # ("told NK News | the")
            ):  # "told Reuters | the two sides were close": an article after a name opens the next phrase
                break
            j += 1
            if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
                j += 3
        if j > k and toks[j - 1].low.endswith(("'s", "\u2019s")) and toks[j - 1].text[:1].islower():
            # "the official's older brother": up to two lower-case modifiers before the owner's role noun
            m = j
            while m < len(toks) and m - j < 2 and self._owner_modifier(toks[m]):
                m += 1
            if m < len(toks) and toks[m].bare.lower() in self.cues.role_nouns:
                j = m + 1
        described = k < len(toks) and (
            toks[k].low in ("a", "an", "one", "another")
            or k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low == "one"
        )
        if described:
            j = self._unknown_head_end(toks, j)  # "said a South Korean engineer": a head noun the lists do not know
        while j > k and toks[j - 1].low in ("of", "for", "at", "and", "the", "a", "an"):
            j -= 1
        if j == k:
            return None
        if toks[j - 1].bare.lower() in self.cues.speaker_nouns:
            j += self._place_at(toks, j, back=False)  # "according to reporters at the scene"
        if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in ("a", "an", "the") and not appositive_done:
            app = self.np_after(toks, j + 1, appositive_done=True)
            if app and any(t.bare.lower() in self.cues.role_nouns for t in toks[app[0] : app[1]]):
                return k, app[1]
        if (
            j + 2 < len(toks)
            and toks[j].text == ","
            and not appositive_done
            and toks[j - 1].bare.lower() in self.cues.role_nouns
        ):  # "The chief delegate, Ri Son-gwon, said": the name in the appositive
            app = self.np_after(toks, j + 1, appositive_done=True)
            if (
                app
                and app[1] < len(toks)
                and toks[app[1]].text == ","
                and all(_is_cap(t.text) for t in toks[app[0] : app[1]])
                and any(m.actor.kind == "person" for m in self.vocab.find(
                    self.text[toks[app[0]].start : toks[app[1] - 1].end]))
                or app
                and app[1] < len(toks)
                and toks[app[1]].text == ","
                and 2 <= app[1] - app[0] <= 4
                and all(_is_cap(t.text) and t.low not in self.cues.description_words for t in toks[app[0] : app[1]])
            ):
                return k, app[1]
        return k, j

    def _unknown_head_end(self, toks: list[_Tok], j: int) -> int:
        """Past up to three lower-case words that may end a described noun phrase ("engineer", "navy captain")."""
        extra = 0
        while (
            j < len(toks) and extra < 3 and toks[j].text.isalpha() and toks[j].text.islower()
            and toks[j].low not in _LISTENER_STOP and toks[j].low not in ("who", "whose", "whom", "which", "and", "or")
            and toks[j].low not in self.cues.reporting and toks[j].low not in self.cues.speech_act
            and not toks[j].low.endswith(("ed", "ing"))
            # (nor the first word of what the speaker does or knows: "a South Korean official | familiar with it")
            and not any(tuple(x.low for x in toks[j : j + len(w)]) == w for w in self.cues.postmodifiers)
        ):
            j += 1
            extra += 1
        return j

    def _definite_role(self, toks: Sequence[_Tok]) -> bool:
        """ "The minister", "the chief negotiator": "the", up to two lower-case words and a role noun."""
        return (
            2 <= len(toks) <= 4 and toks[0].low == "the" and toks[-1].bare.lower() in self.cues.role_nouns
            and all(t.text.isalpha() and t.text.islower() for t in toks[1:])
        )

    def _has_name(self, toks: Sequence[_Tok]) -> bool:
        return any(_is_cap(t.text) and t.low not in self.cues.description_words for t in toks)
