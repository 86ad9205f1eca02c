"""Objects of the event sentence reader: object phrases, what a pronoun or "the line" stands for, coordinated ones."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actions import ActionVocabulary, Pattern
from .mentions import (
    _BOUNDARY,
    _LINE_CLASSES,
    _NEXT_WORD,
    _PARENTHETICAL,
    _PP_END,
    _SUBORDINATE,
    COUNT_WORDS,
    _Trig,
    _words,
)

# what "offices" names when it is no liaison office: the ends of a line ("a line between the two leaders' offices",
# "lines linking the Red Cross offices"), a leader's or a ministry's offices, diplomatic ones (the two sides' offices
# are liaison offices)
_NOT_LIAISON_OFFICES = re.compile(
    r"(?:\b(?:between|linking|connecting|links?)\s+(?:[\w'\u2019-]+\s+){0,4}"
    r"|\bleaders['\u2019]\s+|\b(?:diplomatic|ministry|consular|trade|government|red\s+cross)\s+)$"
)
_LEADERS_OFFICES_AFTER = re.compile(r"\s+of\s+(?:the\s+(?:two\s+)?leaders|[Pp]resident|[A-Z])")
_PERSONS_OFFICE = re.compile(
    r"(?:\b(?:his|her|their|presidential|president's|minister's|leader's)|(?<!north's)(?<!south's)(?<!korea's)"
    r"(?<!koreas')(?<!sides')(?<=\w's))\s+$"
)
#: The owner of an object phrase: "the ship's | communications", "the crew's | phone lines"
_OWNER_WORD = re.compile(r"\b([a-z]+)['\u2019]s\s+$")
_WITH_RED_CROSS = re.compile(r"\s+(?:with|to|between)\s+(?:the\s+)?(?:(?:south|north)['\u2019]s\s+|two\s+|its\s+)?"
                             r"(?:(?:south|north)(?:\s+korean)?\s+)?red\s+cross(?:es)?\b")
_HOLDS_OFFICE = re.compile(r"\b(?:t[oa]ok|takes?|taking|left|leaves?|leaving|in|out\s+of|assumed|assumes?|"
                           r"assuming|entered|enters|entering|into|for|ran\s+for|runs\s+for|running\s+for|"
                           # "since Trump returned to office", "was elected to office"
                           r"(?:returned|returns?|returning|back|elected|re-?elected)\s+to)\s+$")
#: the traffic a line is there for: "a military hotline used to clear | traffic to Kaesong" (the line's duty, not a
#: link of its own)
_LINE_DUTY = re.compile(r"\b(?:clear|clears|clearing|handle|handles|handling|manage|manages|managing|coordinate|"
                        r"coordinates|coordinating)\s+(?:the\s+)?(?:[a-z-]+\s+)?$")
#: between "traffic" and the site it goes to: "traffic | to a joint industrial park" (the site is the channel)
_TO_SITE = re.compile(r"\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?$")
_RAIL_WORD = re.compile(r"\b(?:trains?|rail(?:way|road)?s?|tracks?|stations?|gyeongui|donghae|sinuiju)\b")
# "both lines", "the two lines": two railways when trains or rails are in view and no telephone line is
_BOTH_BEFORE = re.compile(r"\b(?:both|the\s+two|two)\s+$")
_PHONE_WORD = re.compile(
    r"\b(?:hotlines?|phones?|telephones?|calls?|military|militaries|liaison|communications?|fax|red\s+cross)\b")
# a line named by its coast only ("the western line", "the east coast link"): the army's or the railway's
# ("the east and west coast lines": both coasts)
_COAST_LINE = re.compile(
    r"(?:western|eastern|(?:(?:west|east)(?:\s+and\s+(?:west|east))?[ -])?coast)\s+(?:lines?|links?)"
)
_THE_SERVICE = re.compile(r"\b(?:the|that|this|its|their)\s+(service)\b")
# "lifted the curbs it had placed on traffic across the border": curbs named apart from the traffic they were put on
_CURBS_PUT_ON = re.compile(
    r"\b((?:the\s+)?(?:curbs|restrictions))\s+(?:(?:that|which)\s+)?(?:it|they|pyongyang|the\s+north)\s+(?:had\s+)?"
    r"(?:placed|imposed|put|introduced)\s+(?:on\s+(?:[a-z]{3,5}\.?\s+\d{1,2}|\w+day)\s+)?on\s+"
    r"(?:the\s+)?(?:cross-border\s+|overland\s+|border\s+)?(?:traffic|crossings?|travel)\b"
)
# object classes a pronoun never stands for ("the South Korean government ... cut them")
_NOT_REFERENTS = frozenset({"counterparts", "offers"})
#: the staff of a joint site, never what "it" stands for
_PEOPLE_CLASSES = frozenset({"complex_staff", "office_staff"})
_NAME_POSSESSIVE = re.compile(r"['\u2019]s\s+[A-Z]")
#: An offer of talks (a verb or a noun of offering, then the talks within a few words): what a pronoun or "the
#: offer" stands for after it ("proposed talks on Monday ... turned it down", "renewed its offer of Red Cross talks
#: ... The proposal was rebuffed")
_TALKS_OFFERED = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|als?)|suggest(?:s|ed|ing|ions?)?|invit(?:e|es|ed|ing|ations?)|"
    r"overtures?)\b(?:\s+[\w'\u2019,-]+){0,8}?\s+(?:talks|dialogue|negotiations|meetings?|summit|envoys?|"
    r"delegations?)\b"
)
_SECOND_CLAUSE = re.compile(r"(?:,\s*(?:but|and|yet)|;)\s+$")


# a person's call: an appeal when "for", "at" or "to <verb>" follows ("Moon's call at the U.N. for an end-of-war
# declaration"), unlike "Seoul's calls on the liaison line"
_APPEAL_CALL = re.compile(r"(?:\b(?:his|her)|[a-z](?:'s|\u2019s))\s+(?:repeated\s+|latest\s+|renewed\s+)?$")
_APPEAL_AFTER = re.compile(
    r"\s+(?:for(?!(?:\s+[\w-]+){0,3}?\s+(?:days?|times?|weeks?|months?|hours?)\b)|at|to\s+(?!the\b|its\b|their\b)[a-z]+)\b"
)  # (not "ignores South Korea's calls for a fifth day": the calls go on)
# "the Joint Chiefs of Staff", "the KPA General Staff": a military body's name, no office staff
_STAFF_OF_NAME = re.compile(r"\b(?:chiefs?\s+of|general|joint)\s+$")
# "the office building in Kaesong", "the office in the North Korean border town of Kaesong": a place after its head
_PLACE_OF_HEAD = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:in|at|near|inside)\s+(?:(?:the|its|their)\s+)?"
    r"(?:(?:[\w'\u2019-]+\s+){0,3}(?:town|city|village|county|region|province)\s+of\s+)?"
)
_CALLS_ON = re.compile(
    # ("calls from South Korea on their liaison ... lines": the caller may come first)
    r"(?:\s+(?:from|by)\s+(?:the\s+)?(?:south|north|seoul|pyongyang|south\s+korea|north\s+korea)(?:'s|\u2019s)?(?=\s)"
    # ("the calls South Korea places on the liaison and military lines": a relative clause of the caller)
    r"|(?:\s+(?:that|which))?\s+(?:the\s+south|the\s+north|seoul|pyongyang|south\s+korea|north\s+korea|it|they|"
    r"(?:its|their|south\s+korean|north\s+korean)\s+officials)\s+(?P<rel>(?:places?|placed|makes?|made|puts?|sends?|sent)"
    r"(?:\s+(?:each|every)\s+(?:day|morning|afternoon)|\s+(?:daily|regularly)|\s+twice\s+(?:a|each)\s+day"
    r"|\s+to\s+(?:the\s+north|the\s+south|pyongyang|seoul|north\s+korea|south\s+korea))*))?"
    r"\s+(?:on|through|over|via|along)\s+(?:(?:the|its|their|both|all|two|a|an|inter-korean|cross-border|border|"
    r"regular|routine|daily|direct|two\s+sides'|two\s+koreas')\s+)*"
)
_AT_BEFORE = re.compile(r"\b(?:at|during|over|amid)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$")
# what may stand before a sentence's subject: a bullet, a label or date label ("July 2021:")
_OPENING_LABEL = re.compile(r"[\s\-\u2022*]*(?:[\w.,' ]{1,30}:\s*)?")
# "Some of them came back": a partitive opening the sentence, whose pronoun is the subject
_PARTITIVE_OPENING = re.compile(r"[\s\-\u2022*]*(?:some|most|many|all|both|several|a\s+few|few|dozens)\s+of\s+")
# "..., but all of them ended without agreement": a partitive opening a coordinated clause
_PARTITIVE_CLAUSE = re.compile(r"(?:,|;|\bbut|\band)\s+(?:some|most|many|all|both|several|each|none)\s+of\s+$")
_BARE_LINES = frozenset({"lines", "line", "channels", "the lines", "the channels"})
# a plural line phrase that names no line of its own: after a determiner it stands for the lines named before
_BARE_PLURAL_LINES = frozenset({"lines", "hotlines", "channels", "the lines", "the hotlines", "the channels",
                                "communication lines", "communication channels", "phone lines", "telephone lines",
                                "all the lines", "all the hotlines", "all the channels"})
_EACH_OF_TWO = re.compile(r"\b(?:either|neither|each)\s+$")
_ON_EACH_LINE = re.compile(r"\s+(?:on|through|over|via)\s+(?:either|neither|each|both)\s+(?:of\s+the\s+)?"
                           r"(?:line|lines|hotline|hotlines|channel|channels)\b")
_PLURAL_DETERMINER = re.compile(r"\b(?:the|these|those|both|both\s+the|the\s+two|all|all\s+the)\s+$")
# (also its phone or voice link: "North Korea cut that line in 2016, and its phone link came back in January")
_DEF_LINE = re.compile(
    r"(?<![\w'\u2019-])(?:(?:the|that|this)\s+(?:line|channel)|(?:the|that|this|its)\s+(?:(?:tele)?phone|voice)\s+link)"
    r"(?![\w'\u2019-])"
)
# a program or project named bare ("the project was halted"), not one with a phrase of its own ("the project of")
_DEF_PROGRAM = re.compile(r"(?<![\w'\u2019-])(?:the|that|this)\s+(?:program|programme|project|venture)(?![\w'\u2019-])"
                          r"(?!\s+(?:of|for|to|with|on)\b)")
#: the object classes such a program or project can be
_PROGRAMS = frozenset(("reunions", "tours", "joint_events"))
# a test or a run named bare ("called off a similar test in May last year", "cancelled the runs on May 24", "the
# trial was put off"): the test runs of trains when trains or a railway are named in its sentence or the one before
_BARE_TEST = re.compile(
    r"(?<![\w'\u2019-])(?:the|that|this|a|an|another|such\s+a|these|those)\s+"
    r"(?:(?:similar|planned|earlier|first|second|previous|scheduled|new|further|trial|test)\s+)?"
    r"(?:test|tests|runs|trial|trials)(?![\w'\u2019-])"
    r"(?!\s+(?:of|convoy|convoys|crossing|crossings|trip|trips|drive|drives|case|flight|flights|launch|launches|"
    r"firing|site|sites|ban|result|results|program|programme|period|basis|operation|operations)\b)"
)
_TRAIN_WORD = re.compile(r"\b(?:trains?|rail|rails|railway|railways|railroad|railroads|locomotives?)\b")
# (not a weapon's test: "a similar test" after a missile launch)
_WEAPON_WORD = re.compile(r"\b(?:nuclear|missiles?|rockets?|ballistic|satellites?|engines?|weapons?|bombs?|drills?|"
                          r"exercises?|launch(?:es)?)\b")
# a pronoun, or a possessive before a generic noun ("suspended its operations": the office named before)
_PRONOUN_OBJ = re.compile(
    r"(?<![\w'\u2019-])(?:it|them|they|(?:its|their)\s+(?:operations?|activities|work(?!\s+on\b)|functions?)"
    r"(?!\s+(?:at|of|with)\b)"
    # "Pyongyang cut both in June 2020": "both" standing alone after its verb
    r"|(?<=[a-z]\s)both(?=\s+(?:in|on|at|last|this|from|after|before|again|and|for)\b|\s*[,.;]))(?![\w'\u2019-])"
)
# a plural subject right before its verb ("aid groups that froze", "they halted")
_PLURAL_SUBJECT = re.compile(r"\b(?:[a-z]+s|they)\s+(?:(?:that|who|which)\s+)?(?:[a-z]+ly\s+)?(?:have\s+|had\s+)?$")
_COORD_WORDS = r"(?:and|or|nor|as\s+well\s+as|along\s+with|together\s+with|plus|and\s+also|including)"
# "the liaison channel | at the border village of Panmunjom as well as the | military line"
_PP_THEN_COORD = re.compile(
    rf"\s+(?:at|in|on|near|of|from|along|between|with|inside)\s+(?:[\w'\u2019-]+\s+){{1,7}}?,?\s*{_COORD_WORDS}\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}",
    re.IGNORECASE,
)
_OBJ_COORD_AFTER = re.compile(
    rf"(?:\s+[\w'\u2019-]+){{0,4}}?\s*,?\s+{_COORD_WORDS}\s+(?:[\w'\u2019-]+\s+){{0,3}}", re.IGNORECASE
)
# "and called for", "and agreed to", "and pressed for": a past verb with its preposition after the coordinator
_VERB_PHRASE_AFTER_AND = re.compile(r"\b(?:and|but)\s+[a-z]{3,}ed\s+(?:for|to|on|with|that)\s")
# "... or on the | military lines": a second object after the coordinator, in a phrase of its own
_COORD_THEN_PP = re.compile(r"\s*,?\s*(?:and|or)\s+(?:on|over|through)\s+(?:the\s+)?")
_OBJ_LIST_COMMA = re.compile(r"\s*,\s+(?:(?:the|a|an|its|their|his|her)\s+)?")
_LIST_END = re.compile(r",?\s+(?:and|or)\s")
_OBJ_COORD_BEFORE = re.compile(rf"\s*,?\s+{_COORD_WORDS}\s+(?:[\w'\u2019-]+\s+){{0,3}}", re.IGNORECASE)


def _find(regex: re.Pattern, low: str) -> list[tuple[int, int]]:
    """Spans of ``regex`` that start a word; a match inside a word ("vice-ministerial talks") is tried again
    one character later, so that the phrase inside it ("talks") is still found."""
    out = []
    pos = 0
    search = regex.search
    while True:
        m = search(low, pos)
        if m is None:
            return out
        i = m.start()
        if i and (low[i - 1].isalnum() or low[i - 1] in "_-"):
            pos = i + 1
            continue
        out.append((i, m.end()))
        pos = m.end()


_AND_GAP = re.compile(r"\s+(?:and|or)\s+")
_PLURAL_LINES = re.compile(r"(?:lines|hotlines|channels)$")


def _shared_line_head(low: str, objs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"the liaison office and military hotlines": the plural head noun is shared, so the first object is the
    liaison office's line (a hotline), not the office."""
    out = list(objs)
    for i in range(len(out) - 1):
        s, e, cls = out[i]
        s2, e2, cls2 = out[i + 1]
        if cls == "liaison_office" and cls2 in _LINE_CLASSES and _AND_GAP.fullmatch(low[e:s2]) and _PLURAL_LINES.search(
            low[s2:e2]
        ):
            out[i] = (s, e, "hotline")
    return out


#: What may stand between a verb and the pronoun that is its object: nothing or a particle ("cut them off" is
#: read as "cut off them"; "reconnecting all of it"), never a noun ("ending broadcasts it had resumed").
_PARTICLE_GAP = re.compile(
    r"\s*(?:(?:off|up|down|back|out|again|all|both|(?:all|both|some|most|many|one|each|part|half|several|(?:a\s+)?few"
    r"|(?:the\s+)?(?:rest|remainder))"  # ("suspended the rest of it in June 2024")
    r"\s+of)\s+)?"
)
_CONTACT_RELATIVE = re.compile(r"([a-z]+s)\s+$")
_AUX_AFTER_PRONOUN = re.compile(r"(?:it|they)\s+(?:had|has|have|would|will|was|were|could)\b")
_NOT_PLURAL_NOUNS = frozenset(("was", "has", "is", "says", "does", "this", "its", "his", "as", "us", "thus", "plus",
                               "across", "unless", "whereas", "perhaps", "always", "sometimes", "yes"))


def _agreeing(items: list, plural: bool | None, phrase) -> list:
    """The referents that agree in number with the pronoun ("them": "the loudspeakers", not "the border"), or
    all of them when none does (or the pronoun's number is unknown)."""
    if plural is None:
        return items
    fit = [x for x in items if _is_plural(phrase(x)) == plural]
    return fit or items


def _is_plural(phrase: str) -> bool:
    last = phrase.split()[-1] if phrase.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is")) or last in _PLURAL_NOUNS


_PLURAL_NOUNS = frozenset({"people", "police", "personnel"})  # plurals without an "s"


# a verb coordinated with an earlier one of the same subject: ", reconnected them", "and restored them"
_COORD_VERB_BEFORE = re.compile(r"(?:,|\band)\s+(?:\w+ly\s+|then\s+|later\s+)?$")
# "until it was switched back on": a pronoun that is the subject of a passive verb of ours right after it
_PASSIVE_AFTER_PRONOUN = re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?")


def _contact_relative(low: str, pos: int, verb_next: bool = False) -> bool:
    """A pronoun opening a relative clause without "that" after a plural noun: "broadcasts it had resumed", and
    "the channels it cut" when a verb of ours follows the pronoun (``verb_next``)."""
    before = _CONTACT_RELATIVE.search(low, max(0, pos - 30), pos)
    return (
        before is not None and before.group(1) not in _NOT_PLURAL_NOUNS
        and (verb_next or _AUX_AFTER_PRONOUN.match(low, pos) is not None)
    )


_FROM_SITE = re.compile(
    r"(?:\s+[\w'\u2019\"-]+){0,4}?\s+(?:from|out\s+of|still\s+(?:at|in)|working\s+(?:at|in))\s+"
    # "barred South Koreans from entering the zone", "... from crossing into Kaesong"
    r"(?:(?:entering|visiting|reaching|going\s+(?:in)?to|crossing\s+(?:in)?to|travell?ing\s+to|returning\s+to)\s+)?"
    # ("ordered all South Koreans out of the jointly run Kaesong park", "... the 280 South Koreans still at the zone")
    r"(?:(?:the|its|their)\s+(?:(?:jointly\s+run|joint|inter-korean)\s+)?)?"
)
_CITY_BEFORE = re.compile(r"\b(?:city\s+of|town\s+of|in|at)\s+$")
# South Korean officials as people a verb acts on: counted ("expelled 11 South Korean officials", "all the") or
# right after the verb ("detained South Korean officials")
_OFFICIALS = frozenset({
    "south korean officials", "south korean government officials", "south korean government workers"})
_COUNTED_OR_EXPELLED = re.compile(
    rf"\b(?:(?:the\s+)?{COUNT_WORDS}"
    r"|expel\w*|order\w*|forc\w*|detain\w*|arrest\w*|held|hold\w*|bar\w*|ban\w*|kick\w*)\s+(?:the\s+)?$"
)
_RESORT_WORD = re.compile(r"\b(?:resort|kumgang|diamond\s+mountains?)\b")
_REL_PRONOUN_BEFORE = re.compile(r"\b(?:which|that)\s+$")
# "evacuated its nationals from Lebanon", "pulled its workers out of Libya": people taken from a named place that
# is no joint site (case-sensitive: a capitalised place name after "from" / "out of")
_FROM_ELSEWHERE = re.compile(
    r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:from|out\s+of)\s+"
    r"(?!(?:North|Kaesong|Gaeseong|Kumgang|Geumgang|Mount|Mt|Diamond|Pyongyang|Panmunjom|Inter-Korean|Joint)\b)"
    r"[A-Z][a-z]"
)
_PAST_WORD_AFTER = re.compile(r"\s+[a-z]{3,}ed\s+")


def _last_line_class(vocab: ActionVocabulary, low: str, skip_bare: bool = True) -> str | None:
    """Object class of the last line named in ``low`` (lower-case text), if any; a bare "lines" counts only
    with ``skip_bare=False``."""
    for s, e in reversed(_find(vocab.object_re, low)):
        key = " ".join(low[s:e].split()).replace("\u2019", "'")
        if skip_bare and key in _BARE_LINES:
            continue
        cls = vocab.objects[key][0]
        if cls in _LINE_CLASSES:
            return cls
    return None


_BARE_LINES_RE = re.compile(
    r"\b(?:the|both|all|these|those)\s+(?:two\s+)?(?:communication\s+)?(?:lines|hotlines|channels)\b")


def meant_lines(vocab: ActionVocabulary, low: str, meant: tuple[str, ...], before: tuple[str, ...]) -> tuple[str, ...]:
    """The line classes a sentence names (more than one) or stands for: the lines a plural pronoun or "the lines"
    of it was read as (``meant``), or for a bare "the lines" with no event, the lines meant ``before``."""
    return line_classes(vocab, low) or meant or (before if _BARE_LINES_RE.search(low) else ())


def line_classes(vocab: ActionVocabulary, low: str) -> tuple[str, ...]:
    """The line classes named in ``low`` (lower-case text), when it names more than one ("the liaison and
    military hotlines", "on the liaison line ... and on a military line"), else ()."""
    out: list[str] = []
    for s, e in _find(vocab.object_re, low):
        key = " ".join(low[s:e].split()).replace("\u2019", "'")
        for cls in vocab.splits.get(key) or (vocab.objects[key][0],):
            if cls in _LINE_CLASSES and cls not in out:
                out.append(cls)
    return tuple(out) if len(out) > 1 else ()


# ", which barred hostile acts along the border,": a relative clause set off by commas
_ASIDE_RELATIVE = re.compile(r",\s+(?:which|who)\s[^,;.]*,")
# a place set off by commas after a noun ("the park, just across the border in the North, was shut down")
_ASIDE_PLACE = re.compile(r",\s+(?:just\s+|right\s+)?(?:across|near|inside|along|beyond|north\s+of|south\s+of)\s"
                          r"[^,;.]{1,60},")


class ObjectsMixin:
    """The object rules of the event sentence reader (mixed into ``events._SentenceReader``): the object
    phrases of a sentence (:meth:`_objects`), the object a pronoun, "the line" or a verb without object stands
    for (:meth:`_referent`, :meth:`_add_pronoun_objects`) and the objects coordinated with a paired one
    (:meth:`_coordinated`)."""

    def _objects(self) -> list[tuple[int, int, str]]:
        """(start, end, object class) of every object phrase of the sentence."""
        objects = self.vocab.objects
        out = []
        for s, e in _find(self.vocab.object_re, self.low):
            key = " ".join(self.low[s:e].split()).replace("\u2019", "'")
            if key in _BARE_LINES:  # "production lines", "supply lines", "front lines": not channels
                before = self.low[max(0, s - 20) : s].split()
                if before and before[-1] in self.vocab.not_line_modifiers:
                    continue
            nxt = _NEXT_WORD.match(self.low, e)
            if nxt is not None and nxt.group(1) in self.vocab.modified_nouns:
                continue  # "the border village", "the hotline number": the object names the noun after it
            if nxt is not None and nxt.group(1) == "propaganda" and key in ("border", "the border"):
                continue  # "Koreas tear down border propaganda": the propaganda along the border, no road
            if nxt is not None and nxt.group(1) in ("propaganda", "truce") and (
                (nxt2 := _NEXT_WORD.match(self.low, nxt.end())) is not None
                and nxt2.group(1) in self.vocab.modified_nouns
            ):
                continue  # ("their border propaganda loudspeakers", "the border truce village of Panmunjom")
            if key == "office" and (
                _PERSONS_OFFICE.search(self.low, max(0, s - 30), s) or _HOLDS_OFFICE.search(self.low, max(0, s - 20), s)
            ):  # "his office said", "Moon's office", "the presidential office": a leader's staff; "took office"
                continue
            if key in ("offices", "the offices") and (
                _PERSONS_OFFICE.search(self.low, max(0, s - 30), s)
                or _NOT_LIAISON_OFFICES.search(self.low, max(0, s - 40), s)
                or _LEADERS_OFFICES_AFTER.match(self.text, e)
            ):  # "a line between the two leaders' offices", "the offices of the two leaders", "diplomatic offices in
                # each other's capitals", "the Unification Ministry offices": no liaison offices
                continue
            if key == "the power" and nxt is not None and nxt.group(1) in ("of", "struggle", "balance", "vacuum"):
                continue  # "the power of veto", "the power struggle": no electricity
            if key == "traffic" and _LINE_DUTY.search(self.low, max(0, s - 30), s):
                continue
            if key == "staff" and _STAFF_OF_NAME.search(self.low, max(0, s - 12), s):
                continue  # "the Joint Chiefs of Staff said", "the KPA General Staff": a military body, no office staff
            if key in _OFFICIALS and not _COUNTED_OR_EXPELLED.search(self.low, max(0, s - 40), s):
                continue  # "the calls that South Korean officials place", "South Korean officials said": no people
                # expelled or held (only counted ones, "11 South Korean officials", or right after such a verb)
            cls = objects[key][0]
            if cls == "calls" and key in ("call", "calls") and _APPEAL_CALL.search(self.low, max(0, s - 30), s) and (
                _APPEAL_AFTER.match(self.low, e)
            ):  # "responding to Moon's call at the U.N. for ...", "his calls for talks": an appeal, not a phone call
                continue
            if cls == "hotline" and self.vocab.private_owners:
                owner = _OWNER_WORD.search(self.low, max(0, s - 30), s)
                if owner is not None and owner.group(1) in self.vocab.private_owners:
                    continue  # "cut off the ship's communications": a private line, not an inter-Korean one
            if cls == "military_line" and _COAST_LINE.fullmatch(key) and self._in_view(_RAIL_WORD):
                cls = "roads_railways"  # "Freight trains ran on the western line": the railway, not the army's line
            if cls == "hotline" and key in ("lines", "the lines") and (
                key == "lines" and _BOTH_BEFORE.search(self.low, max(0, s - 12), s) and self._in_view(_RAIL_WORD)
                or key == "the lines" and _RAIL_WORD.search(self.low)
            ) and not self._in_view(_PHONE_WORD):
                cls = "roads_railways"  # "test trains crossed on both lines": the two railways, no phone lines in view
                # ("a ceremony at Panmun Station to reconnect the lines": a railway in the sentence itself)
            if cls == "hotline" and _WITH_RED_CROSS.match(self.low, e):
                cls = "red_cross_line"  # "the direct phone lines with the South's Red Cross"
            out.append((s, e, cls))
        # "halting traffic to a joint industrial park": the park is what is cut off
        out = [o for i, o in enumerate(out) if not (
            self.low[o[0] : o[1]] == "traffic" and i + 1 < len(out) and out[i + 1][2] == "kaesong_complex"
            and _TO_SITE.fullmatch(self.low, o[1], out[i + 1][0])
        )]
        if "curbs" in self.low or "restrictions" in self.low:
            for m in _CURBS_PUT_ON.finditer(self.low):
                if not any(s <= m.start(1) < e for s, e, _c in out):
                    out.append((m.start(1), m.end(1), "border_curbs"))
            out.sort()
        if "service" in self.low:
            # "the North halted the service": the train service named in this sentence or the one before
            for m in _THE_SERVICE.finditer(self.low) if self._in_view(_RAIL_WORD) else ():
                if not any(s <= m.start(1) < e for s, e, _c in out):
                    out.append((m.start(1), m.end(1), "roads_railways"))
            out.sort()
        return out

    def _in_view(self, words: re.Pattern) -> bool:
        """Do ``words`` stand in this sentence or the one before it?"""
        return bool(words.search(self.low) or self.ctx.prev_text and words.search(self.ctx.prev_text.lower()))

    # ----------------------------------------------------------------------------------- references
    def _referent(
        self, before: int, lemma: str | None = None, plural: bool | None = None, subject: bool = False
    ) -> tuple[str, str] | None:
        """(object class, phrase) a pronoun or a verb without object stands for: the last object of this
        sentence before ``before``, else the last object of the previous sentence. The subject of a second
        clause ("The office opened after the summit, but it has been closed since January") is the subject of
        the first, when that is an object opening the sentence."""
        objs = self.objs if hasattr(self, "objs") else []
        if objs and _SECOND_CLAUSE.search(self.low, max(0, before - 8), before):
            s, e, cls = objs[0]
            if s < before and _words(self.low[:s]) <= 2 and s not in self._pronouns:
                return cls, self.low[s:e]
        named = [
            (s, e, cls) for s, e, cls in objs if e <= before and s not in self._pronouns and cls not in _NOT_REFERENTS
            # (nor a word of a name: "the Supreme People's Assembly abolished it")
            and not (self.text[s : s + 1].isupper() and _NAME_POSSESSIVE.match(self.text, e))
        ]
        # (not the occasion of an object pronoun: "agreed at high-level talks to reopen it")
        usable = [o for o in named if not _AT_BEFORE.search(self.low, max(0, o[0] - 20), o[0])]
        if subject and lemma is not None and not any(self.vocab.pattern(lemma, c) for _s, _e, c in usable):
            # ("pressed for his release at three rounds of talks, but all of them ended without agreement")
            usable = named
        fits = lemma is not None and any(self.vocab.pattern(lemma, c) is not None for _s, _e, c in usable)
        if fits:
            usable = [o for o in usable if self.vocab.pattern(lemma, o[2]) is not None]
        elif self._offer_referent(lemma, self.low[:before]):
            return "offers", "it"  # "Seoul proposed talks, but the North turned it down"
        if lemma is not None and not fits and plural is not None and not any(
            _is_plural(self.low[s:e]) == plural for s, e, _c in usable
        ):  # ("The North stayed away from the talks after hundreds of its citizens were flown to Seoul, and returned to
            # it in June 2005": no noun here that the verb takes or that agrees with the pronoun; the one told before)
            usable = []
        usable = _agreeing(usable, plural, lambda o: self.low[o[0] : o[1]])
        if plural is False:  # ("withdrew its entire workforce ..., and it reopened in September": people are no "it")
            usable = [o for o in usable if o[2] not in _PEOPLE_CLASSES]
        if len(usable) > 1 and "," in self.low[:before]:
            # "The park, where the office stands, has been idle since 2016, when Seoul shut it down": a noun inside a
            # clause set off between commas is not what the pronoun after it stands for
            inner = [(x.start(), x.end()) for x in _PARENTHETICAL.finditer(self.low, 0, before)]
            usable = [o for o in usable if not any(a < o[0] and o[1] < b for a, b in inner)] or usable
        while len(usable) > 1 and _PLACE_OF_HEAD.fullmatch(self.low, usable[-2][1], usable[-1][0]):
            usable = usable[:-1]  # "the liaison office building in Kaesong ... blew it up": the office, not the place
        if usable:
            s, e, cls = usable[-1]
            return cls, self.low[s:e]
        prev = self._prev_referent(lemma, plural)
        unfit = prev is not None and lemma is not None and self.vocab.pattern(lemma, prev[0]) is None
        if (prev is None or unfit) and self.ctx.last_line is not None and self.ctx.prev_text and _PRONOUN_OBJ.search(
            self.ctx.prev_text.lower()
        ):  # "The North agreed to reopen it. It came back the next morning.": the line the article is about
            return self.ctx.last_line, "it"
        if (prev is None or unfit) and self._offer_referent(lemma, self.ctx.prev_text):
            return "offers", "it"  # "Seoul proposed talks on Monday. The North turned it down."
        return prev

    def _topic(self, before: int, lemma: str | None) -> tuple[str, str] | None:
        """The object a possessive stands for when the sentence opens with it ("The office opened in 2018 under a
        deal ... and stood empty since the two sides suspended its operations": the office, not the deal)."""
        objs = getattr(self, "objs", [])
        if not any(e <= before for _s, e, _c in objs):
            # none before it in this sentence: the first object of the previous one its verb can take
            self._prev_referent(lemma)
            fits = [r for r in reversed(self._prev_ref or []) if lemma is None or self.vocab.pattern(lemma, r[0])]
            return fits[0][:2] if fits else None
        if objs[0][0] in self._pronouns or _words(self.low[: objs[0][0]]) > 3:
            return None
        s, e, cls = objs[0]
        if cls in _NOT_REFERENTS or (lemma is not None and self.vocab.pattern(lemma, cls) is None):
            return None
        return cls, self.low[s:e]

    def _offer_referent(self, lemma: str | None, text: str | None) -> bool:
        """Does a pronoun stand for an offer of talks made in ``text``? Only for a verb that takes offers ("turned
        it down", "rejected it"); offers are no referent otherwise."""
        return (
            lemma is not None and bool(text) and self.vocab.pattern(lemma, "offers") is not None
            and _TALKS_OFFERED.search(text.lower()) is not None
        )

    def _prev_referent(self, lemma: str | None = None, plural: bool | None = None) -> tuple[str, str] | None:
        """The last object of the previous sentence (the last one ``lemma`` can take, when it can take one:
        "cut every line over leaflets ... It reconnected them"), found once per sentence and only when asked."""
        if self._prev_ref is False:
            self._prev_ref = []
            prev = self.ctx.prev_text
            if prev:
                low = prev.lower()
                sub = _SUBORDINATE.search(low)
                cut = sub.start() if sub else len(low)
                # ("the border city": the object names the noun after it)
                spans = [(s, e) for s, e in _find(self.vocab.object_re, low)
                         if (nxt := _NEXT_WORD.match(low, e)) is None or nxt.group(1) not in self.vocab.modified_nouns]
                # "The office in the border town of Kaesong opened ...": the office, not its place
                kept: list[tuple[int, int]] = []
                for sp in spans:
                    if not any(_PLACE_OF_HEAD.fullmatch(low, k[1], sp[0]) for k in kept[-2:]):
                        kept.append(sp)
                spans = kept
                # ("The military pact, which barred hostile acts along the border, collapsed": an aside between
                # commas is no main clause either)
                asides = [a.span() for a in _ASIDE_RELATIVE.finditer(low)]
                for s, e in reversed(spans):
                    key = " ".join(low[s:e].split()).replace("\u2019", "'")
                    if self.vocab.objects[key][0] not in _NOT_REFERENTS:
                        main = s < cut and not any(a <= s < b for a, b in asides)
                        self._prev_ref.append((self.vocab.objects[key][0], key, main, s))
        if not self._prev_ref:
            return None
        if lemma is not None:
            fits = [r for r in self._prev_ref if self.vocab.pattern(lemma, r[0]) is not None]
            fits = _agreeing(fits, plural, lambda r: r[1])
            # "severed the military line after Seoul closed the park. ... reopen it": the main clause's first
            main = [r for r in fits if r[2]]
            if not main and len(fits) > 1:
                # ("the park, just across the border in the North, was shut down ... It reopened": not the place)
                places = [a.span() for a in _ASIDE_PLACE.finditer(self.ctx.prev_text.lower())]
                fits = [r for r in fits if not any(a <= r[3] < b for a, b in places)] or fits
            if main or fits:
                return (main or fits)[0][:2]
        return self._prev_ref[0][:2]

    def _line_referent(self, before: int, objs: list[tuple[int, int, str]], link: bool = False) -> str | None:
        """The line class "the line" stands for: the last line named before it in this sentence or the previous
        one ("North Korea cut the military hotline ... It restored the line on Friday"); a line's phone or voice
        link (``link``) skips a bare "the line" there for the line it stood for ("The North severed the line in 2016.
        Its telephone link came back in January")."""
        for _s, e, cls in reversed(objs):
            if e <= before and cls in _LINE_CLASSES:
                return cls
        prev = self.ctx.prev_text
        found = _last_line_class(self.vocab, prev.lower(), skip_bare=link) if prev else None
        if found is None and self._in_view(_RAIL_WORD) and not self._in_view(_PHONE_WORD):
            return "roads_railways"  # "Freight trains ran to Panmun Station. The line was cut in 1951.": the railway
        return found or self.ctx.last_line

    def _add_pronoun_objects(
        self, objs: list[tuple[int, int, str]], trigs: Sequence[_Trig] = ()
    ) -> list[tuple[int, int, str]]:
        """ "They were reconnected", "severed them": a pronoun is the object it stands for (the last object
        of the sentence before it, or of the previous sentence); "the line" is the last line named."""
        if " line" in self.low or " channel" in self.low or "phone link" in self.low or "voice link" in self.low:
            # ("the line", "that channel", "its phone link": the line named before)
            extra = []
            for m in _DEF_LINE.finditer(self.low):
                if any(s < m.end() and m.start() < e for s, e, _c in objs) or _PP_END.search(
                    self.low, max(0, m.start() - 48), m.start()
                ):
                    continue  # "close to the line", "along the line": a place, not a channel
                cls = self._line_referent(m.start(), objs, link=m.group().endswith("link"))
                if cls is not None:
                    extra.append((m.start() + m.group().rindex(" ") + 1, m.end(), cls))
            if extra:
                objs = sorted(objs + extra)
        if _DEF_PROGRAM.search(self.low):
            # "Tours to Mount Kumgang began in 1998. The project was halted in July 2008": a program or project named
            # bare is the reunions, tours or joint events named before it in its sentence ("Hyundai began tours to
            # the resort in 1998, and Seoul suspended the program in July 2008") or in the sentence before (and
            # nothing else: "the nuclear program" after a sentence on talks is no channel)
            prev = (self.ctx.prev_text or "").lower()
            named = [c for c in (self.vocab.objects[" ".join(prev[a:b].split()).replace("\u2019", "'")][0]
                                 for a, b in _find(self.vocab.object_re, prev)) if c in _PROGRAMS]
            extra = []
            for m in _DEF_PROGRAM.finditer(self.low):
                here = [c for _s, e, c in objs if e <= m.start() and c in _PROGRAMS]
                if (here or named) and not any(s < m.end() and m.start() < e for s, e, _c in objs):
                    extra.append((m.start() + m.group().rindex(" ") + 1, m.end(), (here or named)[-1]))
            if extra:
                objs = sorted(objs + extra)
        if ("test" in self.low or "run" in self.low or "trial" in self.low) and _BARE_TEST.search(self.low):
            prev = (self.ctx.prev_text or "").lower()
            if (_TRAIN_WORD.search(self.low) or _TRAIN_WORD.search(prev)) and not _WEAPON_WORD.search(self.low):
                extra = [(m.start() + m.group().rindex(" ") + 1, m.end(), "test_runs")
                         for m in _BARE_TEST.finditer(self.low)
                         if not any(s < m.end() and m.start() < e for s, e, _c in objs)]
                if extra:
                    objs = sorted(objs + extra)
        if not _PRONOUN_OBJ.search(self.low):
            return objs
        self.objs = objs
        added = []
        resolved: dict[str, tuple] = {}
        for m in _PRONOUN_OBJ.finditer(self.low):
            verb = self._pronoun_verb(m, trigs)
            verb_next = any(t.form.verb and not t.text.lower().endswith("ing") and 0 < t.start - m.end() <= 1
                            for t in trigs)
            past = _PAST_WORD_AFTER.match(self.low, m.end())
            if past is not None and any(t.start == past.end() for t in trigs):
                verb_next = True  # "the first talks it produced broke down": a past verb of its own, then ours
            if verb is None and (
                _contact_relative(self.low, m.start(), verb_next)
                or _REL_PRONOUN_BEFORE.search(self.low, max(0, m.start() - 8), m.start())
            ):
                continue  # "ending broadcasts it had resumed", "which it curtailed": the relative clause's subject
            word = m.group().split()[0]
            if word == "their" and verb is not None and _PLURAL_SUBJECT.search(self.low, max(0, verb.start - 40),
                                                                              verb.start):
                continue  # "aid groups that froze their work": their own work, no channel
            number = True if word in ("them", "they", "their", "both") else False if word in ("it", "its") else None
            lemma = verb.form.lemma if verb is not None else None
            ref = self._topic(m.start(), lemma) if word in ("its", "their") else None
            if ref is None and word in resolved and verb is not None and _COORD_VERB_BEFORE.search(
                self.low, max(0, verb.start - 24), verb.start
            ) and self.vocab.pattern(lemma, resolved[word][0]) is not None:
                # "cut all of them in June 2020 over leaflets flown across the border, reconnected them in July
                # 2021": a verb coordinated with the first takes its pronoun the same way
                ref = resolved[word]
            if ref is None and verb is not None and _COORD_VERB_BEFORE.search(
                self.low, max(0, verb.start - 24), verb.start
            ):
                ref = self._first_verb_object(objs, trigs, verb, lemma, number)
            ref = ref or self._referent(m.start(), lemma, number, subject=verb is not None and verb.start > m.end())
            if (word in resolved and lemma is not None and self.vocab.pattern(lemma, resolved[word][0]) is not None
                    and (ref is None or self.vocab.pattern(lemma, ref[0]) is None)):
                ref = resolved[word]  # ("suspended it ... after the North launched a satellite, and the North declared
                # it void": the same pronoun again, when its verb cannot take the noun nearer to it)
            if ref is not None:
                added.append((m.start(), m.end(), ref[0]))
                self._pronouns.add(m.start())
                resolved.setdefault(word, ref)
        return sorted(objs + added) if added else objs

    def _pronoun_verb(self, m: re.Match, trigs: Sequence[_Trig]) -> _Trig | None:
        """The verb whose object or subject the pronoun at ``m`` is, or None: the verb right before it ("..., before
        reconnecting it"), else the verb after a pronoun subject that opens the sentence or a clause ("They never
        resumed", "Some of them came back", "..., but all of them ended without agreement") or that a passive verb
        follows ("until it was switched back on")."""
        low, word = self.low, m.group()
        before = next((t for t in reversed(trigs)
                       if t.end <= m.start() and _PARTICLE_GAP.fullmatch(low, t.end, m.start())), None)
        if before is not None:
            return before
        if (word != "them" and _OPENING_LABEL.fullmatch(low, 0, m.start())
                or word == "them" and (_PARTITIVE_OPENING.fullmatch(low, 0, m.start())
                                       or _PARTITIVE_CLAUSE.search(low, max(0, m.start() - 20), m.start()))):
            after = next((t for t in trigs if t.start >= m.end() and _words(low[m.end() : t.start]) <= 2), None)
            if after is not None:
                return after
        if word in ("it", "they") and (g := _PASSIVE_AFTER_PRONOUN.match(low, m.end())) is not None:
            return next((t for t in trigs if t.form.verb and t.start == g.end()), None)
        return None

    def _first_verb_object(
        self, objs: list[tuple[int, int, str]], trigs: Sequence[_Trig], verb: _Trig, lemma: str | None,
        plural: bool | None,
    ) -> tuple[str, str] | None:
        """ "The North cut the hotline in June 2020 over leaflets sent across the border, restored it in July
        2021": a verb coordinated with the sentence's first verb takes its pronoun for that verb's object (when
        it can take it and the number agrees), not for the last noun before it."""
        first = next((t for t in trigs if t.form.verb and t.start < verb.start), None)
        if first is None or first is verb:
            return None
        for s, e, cls in objs:
            if s < first.start or s in self._pronouns or _words(self.low[first.end : s]) > 3:
                continue
            if cls in _NOT_REFERENTS or (lemma is not None and self.vocab.pattern(lemma, cls) is None):
                return None
            if plural is not None and _is_plural(self.low[s:e]) != plural:
                return None
            return cls, self.low[s:e]
        return None

    def _coordinated(self, t: _Trig, p: Pattern, obj_span, mode: str):
        """Further objects joined to the paired one ("cut the hotline and the military line", "the liaison
        and military lines went dead"): (pattern, span) for each with another channel."""
        s0, e0 = obj_span
        seen = {p.channel or p.obj}
        out = []
        key = " ".join(self.low[s0:e0].split()).replace("\u2019", "'")
        classes = self.vocab.splits.get(key, ())
        if not classes and (key in _BARE_PLURAL_LINES and (
            key.startswith(("the ", "all ")) or _PLURAL_DETERMINER.search(self.low, max(0, s0 - 12), s0)
        ) or key in ("line", "hotline", "channel") and _EACH_OF_TWO.search(self.low, max(0, s0 - 12), s0)):
            # "... cut the liaison and military lines. The lines were restored"; "on either line"
            classes = self._prev_line_classes() or (
                self.ctx.last_lines if key in ("line", "hotline", "channel") else ())
        elif not classes and s0 in self._pronouns and key in ("them", "both", "they") and p.obj in _LINE_CLASSES:
            # "The liaison and military hotlines ... Pyongyang cut both in June 2020, reconnected them in July":
            # a plural pronoun for the lines the sentence before named (or this one, before it: "calls on the liaison
            # and military hotlines since Tuesday, less than three weeks after the two sides reconnected them")
            classes = line_classes(self.vocab, self.low[:s0]) or self._prev_line_classes()
        elif not classes and self.vocab.objects.get(key, ("",))[0] == "calls" and _ON_EACH_LINE.match(self.low, e0):
            # "has not answered calls on either line since February": the two lines named last
            classes = self._prev_line_classes() or self.ctx.last_lines
        if len(classes) > 1:
            self.lines_meant = tuple(classes)
        for cls in classes:
            p2 = self.vocab.pattern(p.lemma, cls)
            if p2 is not None and (p2.channel or p2.obj) not in seen and p2.category == p.category:
                seen.add(p2.channel or p2.obj)
                out.append((p2, obj_span))
        chain = [(s, e, c) for s, e, c in self.objs if s not in self._pronouns]
        if mode in ("active", "nominal"):
            cur = e0
            for s, e, cls in chain:
                if s < cur:
                    continue
                gap = self.low[cur:s]
                if any(cur <= o.start < s for o in self.trigs):
                    break
                if _PP_END.search(gap) and (_words(gap) <= 3 or _OBJ_COORD_AFTER.fullmatch(gap)) and not (
                    _COORD_THEN_PP.fullmatch(gap) and cls in _LINE_CLASSES
                ):  # (not "calls on the liaison line or on the military lines": a second line, in a phrase of its own)
                    cur = e  # "the channel at the liaison office in Kaesong, as well as ...": inside a phrase
                    continue
                if not (
                    _OBJ_COORD_AFTER.fullmatch(gap) or _PP_THEN_COORD.fullmatch(gap)
                    or self._list_comma(gap, self._after(e))
                ):
                    break
                if _VERB_PHRASE_AFTER_AND.search(gap):
                    break  # "halted the loudspeakers and called for dialogue": a verb of its own, not a second object
                if re.search(r",\s*and\s", gap) and self._subject_of_later_verb(e, cls, self.trigs, finite=True):
                    break  # "cut the hotline on Tuesday, and talks on the park in May broke down": a new clause
                cur = e
                # ("cut all lines, including the liaison and military hotlines": a phrase naming two lines)
                for cls2 in self.vocab.splits.get(" ".join(self.low[s:e].split()).replace("\u2019", "'"), ()) or (cls,):
                    p2 = self.vocab.pattern(p.lemma, cls2)
                    # (of the verb's own kind: "pulled out of the nonproliferation treaty in January, and three-way
                    # talks ... ended": no talks left)
                    if p2 is not None and (p2.channel or p2.obj) not in seen and self._tail_ok(p2, e) and (
                        p2.category == p.category
                    ):
                        # (a pattern's tail after the second object too: "cut every line, civilian and military" is
                        # no cut in the number of civilians)
                        seen.add(p2.channel or p2.obj)
                        out.append((p2, (s, e)))
        elif mode in ("passive", "intransitive") and s0 not in self._pronouns:
            # (", and they did not resume": a pronoun subject opens a clause; no list before it)
            cur = s0
            for s, e, cls in reversed(chain):
                if e > cur:
                    continue
                gap = self.low[e:cur]
                if not (_OBJ_COORD_BEFORE.fullmatch(gap) or self._list_comma(gap, self.low[e:s0])):
                    break
                if "," in gap and _PP_END.search(self.low, max(0, s - 48), s):
                    break  # "talks on family reunions, and the meeting ... did not take place": a new clause
                cur = s
                p2 = self.vocab.pattern(p.lemma, cls)
                if p2 is not None and (p2.channel or p2.obj) not in seen:
                    seen.add(p2.channel or p2.obj)
                    out.append((p2, (s, e)))
        return out

    def _prev_line_classes(self) -> tuple[str, ...]:
        """The line classes named in the previous sentence, when it names more than one ("the liaison and military
        hotlines", "the military lines and the liaison channel"): what a bare "the lines" stands for."""
        named = line_classes(self.vocab, self.ctx.prev_text.lower()) if self.ctx.prev_text else ()
        return named or self.ctx.prev_lines

    def _line_of_calls(self, t: _Trig, p: Pattern, span: tuple[int, int]) -> tuple[Pattern, tuple[int, int]]:
        """ "answered calls on the military hotline": the line named after "calls on / through / over" gives the
        channel (and, coordinated, more than one: "calls on the liaison and military lines")."""
        for s, e, cls in self.objs:
            if s < span[1]:
                continue
            on = _CALLS_ON.fullmatch(self.low, span[1], s)
            if on is None:
                break
            p2 = self.vocab.pattern(t.form.lemma, cls) if cls != "calls" else None
            if p2 is not None and p2.category == p.category:
                if on.group("rel"):  # the caller's verb is part of the phrase, no event and no clause of its own
                    for o in self.trigs:
                        if on.start("rel") <= o.start < on.end("rel"):
                            o.suppressed = True
                return p2, (s, e)
            break
        else:
            # "placed the call at 9 a.m. and got no reply": the line the sentence or the one before named
            cls = self._line_referent(span[0], self.objs) if p.obj == "calls" else None
            p2 = self.vocab.pattern(t.form.lemma, cls) if cls not in (None, "calls", "hotline") else None
            if p2 is not None and p2.category == p.category:
                return p2, span
        return p, span

    def _from_site(self, t: _Trig, p: Pattern, span: tuple[int, int]) -> tuple[Pattern, tuple[int, int]]:
        """ "expelled the remaining South Koreans from the park": the site after "from" gives the channel."""
        for s, e, cls in self.objs:
            if s < span[1]:
                continue
            if not _FROM_SITE.fullmatch(self.low, span[1], s):
                break
            p2 = self.vocab.pattern(t.form.lemma, cls)
            if p2 is not None and p2.category == p.category:
                return p2, (s, e)
            break
        return p, span

    @staticmethod
    def _list_comma(gap: str, rest: str) -> bool:
        """A comma between items of a list that "and" / "or" closes in ``rest`` ("cut the hotline, the fax
        line, and the military line"; "the hotline, the office and the line were cut")."""
        return _OBJ_LIST_COMMA.fullmatch(gap) is not None and _LIST_END.search(rest) is not None

    def _after(self, pos: int) -> str:
        """The next few words after ``pos`` in the clause."""
        rest = self.low[pos : pos + 60]
        b = _BOUNDARY.search(rest)
        return rest[: b.start()] if b else rest

    def _office_sentence(self) -> bool:
        """Does this sentence speak of the liaison office and not of the Kaesong complex?"""
        classes = {c for s, e, c in self.objs if not (  # ("the liaison office in the border city of Kaesong")
            c == "kaesong_complex" and self.low[s:e] == "kaesong" and _CITY_BEFORE.search(self.low, max(0, s - 40), s))}
        return "liaison_office" in classes and "kaesong_complex" not in classes

    def _taken_from_elsewhere(self, obj_span: tuple[int, int] | None) -> bool:
        """Are the people named at ``obj_span`` taken from a named place that is no joint site ("evacuated its
        nationals from Lebanon")?"""
        return obj_span is not None and _FROM_ELSEWHERE.match(self.text, obj_span[1]) is not None

    def _resort_passage(self) -> bool:
        """Does this sentence (or else the previous one) speak of the Mount Kumgang resort or the tours and not of the
        Kaesong complex? Workers "ordered out of the resort" are the resort's staff."""
        classes = {c for _s, _e, c in self.objs}
        if "kaesong_complex" in classes or "liaison_office" in classes:
            return False
        if "tours" in classes or _RESORT_WORD.search(self.low):
            return True
        ref = self._prev_referent()
        if ref is not None and ref[0] == "tours":
            return True
        # ("Since tours to the resort stopped, Hyundai Asan has kept a skeleton staff there. Fourteen South Koreans
        # crossed back ...": the sentence before names the resort, and no other site)
        return bool(_RESORT_WORD.search((self.ctx.prev_text or "").lower())) and not any(
            r[0] in ("kaesong_complex", "liaison_office") for r in self._prev_ref or ())

    def _kaesong_passage(self) -> bool:
        """Does this sentence, or else the previous one, speak of the Kaesong complex rather than the office (one that
        names the office speaks of it)?"""
        classes = {c for _s, _e, c in self.objs}
        if "liaison_office" in classes:
            return False
        if "kaesong_complex" in classes:
            return True
        ref = self._prev_referent()
        # ("... the liaison office the Koreas opened in the border town of Kaesong. Staff walked out ...": the office)
        return ref is not None and ref[0] == "kaesong_complex" and not any(
            r[0] == "liaison_office" for r in self._prev_ref)
