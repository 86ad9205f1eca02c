"""The action vocabulary (``data/actions.yaml``) compiled for the event rules: verb forms and their lemmas,
object phrases and classes, verb x object patterns, CAMEO codes and Goldstein scores, and status cues.

Build it with :func:`load_actions`; docs/vocabulary.md describes the file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import schema
from .actors import trie_regex
from .datafiles import read_yaml
from .errors import VocabularyError

QUAD_BY_ROOT = {
    **dict.fromkeys(range(1, 6), 1),
    **dict.fromkeys(range(6, 9), 2),
    **dict.fromkeys(range(9, 14), 3),
    **dict.fromkeys(range(14, 21), 4),
}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One row of the ``patterns`` section for a (verb lemma, object class) pair."""

    lemma: str
    obj: str  # object class, or "any"
    category: str
    cameo: str
    action: str
    channel: str | None
    negated: dict | None = None
    tail: re.Pattern | None = None  # words that must follow the object ("reduced it *to rubble*")
    only_negated: bool = False  # an event only when negated ("will no longer abide by the agreement")
    status: str | None = None  # the status when no cue gives one (a stance stated: "had no interest in" = announced)
    # the object class only as the verb's subject ("the reunions opened", not "opened the way to reunions")
    subject_only: bool = False


@dataclass(frozen=True, slots=True)
class Form:
    """A trigger spelling: which lemma, and whether it reads as a verb, a participle, a noun."""

    lemma: str
    verb: bool
    participle: bool
    noun: bool


@dataclass(frozen=True, slots=True)
class Lemma:
    name: str
    transitive: bool = True
    intransitive: bool = False
    loose: bool = False
    dated_only: bool = False  # an event only with date words ("talks stalled in 2019"; "have stalled" is a state)
    noun_base: bool = False  # the base form is a verb only after "to", a modal or "not" ("the first ship")
    # object classes that may be the subject of the intransitive reading (None: any); "the managers left", never
    # "the park to leave"
    subjects: frozenset[str] | None = None
    # a common verb ("make") is a trigger only with an object it takes right after it ("made test runs", not
    # "made it a crime" or "made radio contact"): otherwise it would stand between other verbs and their dates
    needs_object: bool = False
    # the intransitive reading only in the past tense ("traffic ended in 2016", not "the road that ends there")
    intransitive_past: bool = False
    # a state that is an event only from the day it began ("has stood idle since April", not "for five months")
    since_only: bool = False
    # object classes the verb may take after it (None: any); "the ministers returned for talks" is no talks returned,
    # "returned its staff to the office" is
    transitive_objects: frozenset[str] | None = None
    # a verb of everyday prose ("called", "described") is a trigger only when the tail of one of its patterns
    # follows in its clause ("called the South a hostile state"): otherwise it would stand between verbs and dates
    needs_tail: bool = False
    # the past tense ("shut", "ended"): with ``intransitive_past``, an irregular past is read as past unless a
    # modal or "to" stands before it ("the park shut in April", not "will shut")
    past: str = ""


@dataclass
class ActionVocabulary:
    """The compiled action vocabulary. Build it with :func:`load_actions`."""

    forms: dict[str, Form]
    lemmas: dict[str, Lemma]
    objects: dict[str, tuple[str, str | None]]  # phrase -> (class, channel)
    patterns: dict[tuple[str, str], Pattern]
    cameo: dict[str, tuple[str, float]]
    cues: dict[str, re.Pattern]
    negation: re.Pattern
    skip_sections: frozenset[str]
    splits: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "liaison and military lines"
    #: cues in a trigger's clause that make it no single event ("severed ... repeatedly", "frozen for months")
    not_events: re.Pattern | None = None
    #: words before a bare "lines" that make it no channel ("production lines", "front lines")
    not_line_modifiers: frozenset[str] = frozenset()
    #: owners whose lines are no inter-Korean channel ("the ship's communications", "the crew's phone lines")
    private_owners: frozenset[str] = frozenset()
    #: places where the two Koreas' own talks meet, lower case: "called off the Pyongyang meeting" breaks the talks,
    #: "cancelled the Singapore meeting" the summit held abroad
    talks_venues: frozenset[str] = frozenset()
    #: nouns after an object phrase that make it a modifier ("the border village", "the border town")
    modified_nouns: frozenset[str] = frozenset()
    #: a break or restoration named by its noun ("the cut"): noun -> (category, the actions or channels that tell it)
    event_nouns: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    #: cues that set the status of everything after them in the clause ("does not mean the North will ...")
    scope_cues: dict[str, re.Pattern] = field(default_factory=dict)
    trigger_re: re.Pattern = field(init=False)
    object_re: re.Pattern = field(init=False)

    def __post_init__(self) -> None:
        self.trigger_re = _phrase_regex(self.forms)
        self.object_re = _phrase_regex(self.objects)

    def pattern(self, lemma: str, obj: str) -> Pattern | None:
        return self.patterns.get((lemma, obj))

    def quad_class(self, code: str) -> int | None:
        """CAMEO quad class of a code: 1 verbal coop, 2 material coop, 3 verbal / 4 material conflict."""
        try:
            return QUAD_BY_ROOT.get(int(code[:2]))
        except ValueError:
            return None

    def goldstein(self, code: str) -> float | None:
        entry = self.cameo.get(code)
        return entry[1] if entry else None


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern:
    atoms = []
    for p in phrases:
        atoms.append(
            [r"\s+" if ch == " " else ("['\u2019]" if ch in "'\u2019" else re.escape(ch)) for ch in p]
        )
    body = trie_regex(atoms) or r"(?!x)x"
    # no look-behind: it would stop ``re`` from jumping to possible first letters; _find checks the left edge
    return re.compile(rf"(?:{body})(?![\w]|-\w)")


def _inflect(lemma: str) -> dict[str, str]:
    """Regular English forms of a (possibly multi-word) verb lemma: s, past, pp, ing."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith(("s", "sh", "ch", "x", "z", "o")):
        s = head + "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        s = head[:-1] + "ies"
    else:
        s = head + "s"
    if head.endswith("e"):
        past = head + "d"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        past = head[:-1] + "ied"
    else:
        past = head + "ed"
    if head.endswith("ie"):
        ing = head[:-2] + "ying"
    elif head.endswith("e") and not head.endswith("ee"):
        ing = head[:-1] + "ing"
    else:
        ing = head + "ing"
    return {"s": s + tail, "past": past + tail, "pp": past + tail, "ing": ing + tail}


def _compile_cue(phrases: Sequence[str], flags: int = 0) -> re.Pattern:
    """One regex for a list of cue phrases (spaces match any white space), each a whole word; a phrase starting
    with "n't" is the end of a word ("didn't", "won\u2019t", with either apostrophe)."""
    alts = sorted(phrases, key=len, reverse=True)
    words = "|".join(p.replace(" ", r"\s+") for p in alts if not p.startswith("n't"))
    tails = "|".join("n['\u2019]t" + p[3:].replace(" ", r"\s+") for p in alts if p.startswith("n't"))
    body = rf"(?<![\w'\u2019])(?:{words})" + (f"|(?<=\\w)(?:{tails})" if tails else "")
    return re.compile(rf"(?:{body})(?![\w'\u2019])", flags)


def _parse_actions(data: Any, source: str) -> ActionVocabulary:
    if not isinstance(data, dict):
        raise VocabularyError(f"{source}: expected a mapping with sections cameo, objects, verbs, patterns")
    for key in ("cameo", "objects", "verbs", "patterns"):
        if not isinstance(data.get(key), (dict, list)):
            raise VocabularyError(f"{source}: missing section {key!r}")
    cameo = {}
    for code, entry in data["cameo"].items():
        if not isinstance(entry, dict) or "goldstein" not in entry:
            raise VocabularyError(f"{source}: cameo {code!r} needs a label and a goldstein value")
        cameo[str(code)] = (str(entry.get("label", "")), float(entry["goldstein"]))
    objects: dict[str, tuple[str, str | None]] = {}
    for cls, entry in data["objects"].items():
        channel = entry.get("channel")
        if channel is not None and channel not in schema.CHANNELS:
            raise VocabularyError(f"{source}: object {cls!r}: channel {channel!r} not in {schema.CHANNELS}")
        for phrase in entry.get("phrases") or []:
            objects.setdefault(str(phrase).lower(), (cls, channel))
    forms: dict[str, Form] = {}
    lemmas: dict[str, Lemma] = {}

    def add(form: str, lemma: str, verb: bool, participle: bool, noun: bool) -> None:
        form = form.lower()
        old = forms.get(form)
        if old is None:
            forms[form] = Form(lemma, verb, participle, noun)
        elif old.lemma == lemma:
            forms[form] = Form(lemma, old.verb or verb, old.participle or participle, old.noun or noun)

    for lemma, entry in data["verbs"].items():
        entry = entry or {}
        lemmas[lemma] = Lemma(
            lemma,
            bool(entry.get("transitive", True)),
            bool(entry.get("intransitive", False)),
            bool(entry.get("loose", False)),
            bool(entry.get("dated_only", False)),
            bool(entry.get("noun_base", False)),
            frozenset(entry["intransitive_subjects"]) if entry.get("intransitive_subjects") else None,
            bool(entry.get("needs_object", False)),
            bool(entry.get("intransitive_past", False)),
            bool(entry.get("since_only", False)),
            frozenset(entry["transitive_objects"]) if entry.get("transitive_objects") else None,
            bool(entry.get("needs_tail", False)),
        )
        regular = _inflect(lemma)
        f = {k: entry.get(k, regular[k]) for k in ("s", "past", "pp", "ing")}
        lemmas[lemma] = replace(lemmas[lemma], past=str(f["past"]).lower())
        only = set(entry.get("only") or ("base", "s", "ing", "past", "pp"))  # "ships", "shipping" are nouns too
        if "base" in only:
            add(lemma, lemma, True, False, False)
        for k in ("s", "ing"):
            if k in only:
                add(f[k], lemma, True, False, False)
        if "past" in only:
            add(f["past"], lemma, True, f["past"] == f["pp"], False)
        if "pp" in only:
            add(f["pp"], lemma, f["past"] == f["pp"], True, False)
        heads, tails = entry.get("extra_heads") or [], entry.get("extra_tails") or []
        for extra in [*(entry.get("extra") or []), *(f"{h} {t}" for h in heads for t in tails)]:
            participle = extra.endswith(("ed", "en", "wn", "ut")) or "unanswered" in extra or (
                # a phrasal verb's past with its particle ("switched off" of "turn off") is a participle too
                " " in lemma and extra.split()[0].endswith("ed") and extra.split()[1:] == lemma.split()[1:]
            ) or (
                # ... and so is the participle before an added word ("shot dead": "a tourist was shot dead")
                " " not in lemma and extra.split()[0] == str(f["pp"]).lower()
            )
            add(extra, lemma, True, participle, False)
        for noun in entry.get("nouns") or []:
            add(noun, lemma, False, False, True)
    patterns: dict[tuple[str, str], Pattern] = {}
    for i, p in enumerate(data["patterns"]):
        cat = p.get("category")
        if cat not in schema.CATEGORIES:
            raise VocabularyError(f"{source}: patterns[{i}]: category {cat!r} not in {schema.CATEGORIES}")
        code = str(p.get("cameo", ""))
        if code not in cameo:
            raise VocabularyError(f"{source}: patterns[{i}]: cameo {code!r} is not in the cameo section")
        neg = p.get("negated")
        if p.get("status") is not None and p["status"] not in schema.STATUSES:
            raise VocabularyError(f"{source}: patterns[{i}]: status {p['status']!r} not in {schema.STATUSES}")
        if neg and str(neg.get("cameo", code)) not in cameo:
            raise VocabularyError(f"{source}: patterns[{i}]: negated cameo not in the cameo section")
        for lemma in p.get("verbs") or []:
            if lemma not in lemmas:
                raise VocabularyError(f"{source}: patterns[{i}]: verb {lemma!r} is not in the verbs section")
            for obj in p.get("objects") or []:
                if obj != "any" and obj not in data["objects"]:
                    raise VocabularyError(
                        f"{source}: patterns[{i}]: object {obj!r} is not in the objects section"
                    )
                channel = p.get("channel", data["objects"][obj].get("channel") if obj != "any" else None)
                tail = re.compile(str(p["tail"]).replace(" ", r"\s+")) if p.get("tail") else None
                patterns.setdefault(
                    (lemma, obj),
                    Pattern(
                        lemma, obj, cat, code, p.get("action", lemma), channel, neg, tail,
                        bool(p.get("only_negated", False)), p.get("status"), bool(p.get("subject_only", False)),
                    ),
                )
    cues = {k: _compile_cue(v) for k, v in (data.get("status_cues") or {}).items()}
    scope = {k: _compile_cue(v) for k, v in (data.get("status_scope_cues") or {}).items()}
    bad = (set(cues) | set(scope)) - set(schema.STATUSES)
    if bad:
        raise VocabularyError(f"{source}: status_cues: unknown statuses {sorted(bad)}")
    negation = _compile_cue(data.get("negation") or ["not"], re.IGNORECASE)  # "Neither side walked out"
    not_events = _compile_cue(data["not_events"]) if data.get("not_events") else None
    return ActionVocabulary(
        forms, lemmas, objects, patterns, cameo, cues, negation, _skip_sections(data),
        _coordinated_phrases(objects), not_events,
        not_line_modifiers=frozenset(str(w).lower() for w in data.get("not_line_modifiers") or []),
        private_owners=frozenset(str(w).lower() for w in data.get("private_owners") or []),
        talks_venues=frozenset(str(w).lower() for w in data.get("talks_venues") or []),
        scope_cues=scope,
        modified_nouns=frozenset(str(w).lower() for w in data.get("modified_nouns") or []),
        event_nouns=_event_nouns(data.get("event_nouns") or {},
                                 {*lemmas, *(p.action for p in patterns.values())}, source),
    )


def _event_nouns(data: Any, actions: set[str], source: str) -> dict[str, tuple[str, frozenset[str]]]:
    """The ``event_nouns`` section: each noun (and its ``also`` nouns) -> (category, the actions or channels that
    tell it); a category other than break, restoration or escalation, or an action the vocabulary does not know,
    is an error."""
    if not isinstance(data, dict):
        raise VocabularyError(f"{source}: event_nouns: expected a mapping of nouns")
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for noun, entry in data.items():
        category = entry.get("category") if isinstance(entry, dict) else None
        if category not in ("break", "restoration", "escalation"):
            raise VocabularyError(f"{source}: event_nouns: {noun!r} needs category break, restoration or escalation")
        told = frozenset(str(w).lower() for w in entry.get("told_by") or [])
        unknown = sorted(w for w in told if w not in actions and w not in schema.CHANNELS)
        if not told or unknown:
            raise VocabularyError(f"{source}: event_nouns: {noun!r}: told_by needs actions of the vocabulary or "
                                  f"channels (unknown: {unknown})")
        for n in (noun, *(entry.get("also") or [])):
            out[str(n).lower()] = (category, told)
    return out


def _coordinated_phrases(objects: dict[str, tuple[str, str | None]]) -> dict[str, tuple[str, ...]]:
    """Object phrases that name two channels at once ("liaison and military lines" = the liaison line and the
    military line): phrase -> the object classes of its parts ("liaison lines", "military lines")."""
    out: dict[str, tuple[str, ...]] = {}
    for phrase in objects:
        for conj in (" and ", " or "):
            if conj not in phrase:
                continue
            left, right = phrase.split(conj, 1)
            head = right.rsplit(" ", 1)[-1]
            # ("liaison, military and leaders' lines": each part of a list before the conjunction)
            parts = [*(f"{part} {head}" for part in left.split(", ")), right]
            classes = []
            for part in parts:
                for cand in (part, part[:-1] if part.endswith("s") else part + "s"):
                    if cand in objects and cand != phrase:
                        classes.append(objects[cand][0])
                        break
            if len(classes) == len(parts) and len({objects[phrase][0], *classes}) > 1:
                out[phrase] = tuple(dict.fromkeys(classes))
    return out


@functools.lru_cache(maxsize=4)
def _load_actions_cached(path: str | None) -> ActionVocabulary:
    data, source = read_yaml(path, "actions.yaml", "action vocabulary")
    return _parse_actions(data, source)


def _skip_sections(data: dict) -> frozenset[str]:
    """The reader's sections that are not the article's reporting, and any a custom vocabulary adds."""
    from .reader import skip_sections

    return skip_sections() | frozenset(str(w) for w in data.get("skip_sections") or [])


def load_actions(path: str | Path | None = None) -> ActionVocabulary:
    """Load (once) the action vocabulary: the bundled ``data/actions.yaml`` or your own file.

    Raises
    ------
    VocabularyError
        When the file is unreadable, or a pattern names an unknown verb, object, category or CAMEO code.
    """
    return _load_actions_cached(str(path) if path else None)

