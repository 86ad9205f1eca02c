"""Actor vocabulary: canonical names, aliases and countries of who acts in inter-Korean news.

The vocabulary lives in ``data/actors.yaml`` (countries, groups, people, orgs, outlets); an analyst can
read and extend it, or pass extra files to :func:`load_actors`.

Matching rules of :meth:`ActorVocabulary.find`:

* aliases match case-sensitively on word boundaries, so ``US`` never matches "us";
* an alias whose first word is lower case (``the North``) also matches with a capital first letter;
* the longest alias wins at a position ("North and South Korea" is the group, not two countries);
* a straight apostrophe in an alias also matches a curly one, and a space matches any run of white space;
* hyphenated given names of people also match spaced and capitalised ("Kim Jong-un" -> "Kim Jong Un");
* a person's name followed by a place word ("Kim Il Sung Square", "Kim Il-sung University") is not that
  person;
* a bare surname is never generated ("Kim" is ambiguous): only the aliases the file lists are used, and a
  surname alias followed by a given name is someone else ("Kwon" is Kwon Young-se, "Kwon Ho Ung" is not).
  :meth:`ActorVocabulary.people_with_surname` lists the candidates for callers that can disambiguate.

Examples
--------
>>> vocab = load_actors()
>>> [(m.text, m.actor.name) for m in vocab.find("Pyongyang and the Blue House")]
[('Pyongyang', 'North Korea'), ('the Blue House', 'South Korea')]
>>> vocab.get("Cheong Wa Dae").country
'KOR'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .datafiles import read_yaml
from .errors import VocabularyError

KINDS = ("person", "country", "org", "outlet", "group")
#: Words after a person's name that make it the name of a place or a thing ("Kim Il Sung Square")
_NAMED_AFTER = re.compile(
    r"[ \t]+(?:Square|Stadium|University|Street|Bridge|Plaza|Mausoleum|Prize|Order|Hall|Avenue|Park|Palace|"
    r"Statues?|Memorial|Airport|Station|Institute|Academy|Foundation|Library|Museum|Road|Boulevard|School|"
    r"Peace\s+Center|Center|Centre)\b"
)
_SECTION_KIND = {
    "countries": "country",
    "groups": "group",
    "people": "person",
    "orgs": "org",
    "outlets": "outlet",
}


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor: canonical ``name``, ``kind`` (person / country / org / outlet / group), ISO alpha-3
    ``country`` (``'KOR+PRK'`` for the two Koreas together, ``None`` for international bodies),
    ``role`` and ``org`` (people), every ``aliases`` the vocabulary matches (canonical name included) and,
    for people, an optional ``gender`` (``'female'`` / ``'male'``, used to resolve "she" / "he")."""

    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    org: str | None = None
    aliases: tuple[str, ...] = ()
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """An actor mention: ``text[start:end]`` (offsets include the ``offset`` passed to ``find``)."""

    start: int
    end: int
    text: str
    actor: Actor


def _norm(alias: str) -> str:
    """Lookup key of an alias or matched text: single spaces, straight apostrophes, first letter of a
    leading lower-case word kept lower case."""
    s = " ".join(alias.replace("\u2019", "'").replace("\u2018", "'").split())
    if s[:4] in ("The ", "the "):
        s = "the " + s[4:]
    return s


def _variants(name: str, kind: str) -> list[str]:
    """Automatic spelling variants: for people, 'Kim Jong-un' -> 'Kim Jong Un', 'Kim Jong-Un'."""
    if kind != "person" or "-" not in name:
        return []
    parts = name.split(" ")
    out = []
    for i, part in enumerate(parts):
        if "-" in part:
            a, _, b = part.partition("-")
            for repl in (f"{a} {b.capitalize()}", f"{a}-{b.capitalize()}"):
                out.append(" ".join([*parts[:i], repl, *parts[i + 1:]]))
    return out


def _atoms(alias: str) -> list[str]:
    """The alias as a list of regex atoms (one per character, spaces and apostrophes generalised)."""
    out = []
    for i, ch in enumerate(alias):
        if ch == " ":
            out.append(r"\s+")
        elif ch in "'\u2019":
            out.append("['\u2019]")
        elif i == 0 and ch.islower():
            out.append(f"[{ch}{ch.upper()}]")
        else:
            out.append(re.escape(ch))
    return out


def trie_regex(alternatives: Iterable[list[str]]) -> str:
    """One regex matching any of ``alternatives`` (lists of atoms), factored as a prefix trie.

    Python's ``re`` tries alternatives one by one; sharing prefixes makes a vocabulary of hundreds of
    aliases cost about as much as a handful. At each node longer continuations are tried before the end
    of an alias, so the longest alias wins.
    """
    trie: dict = {}
    for atoms in alternatives:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [atom + emit(child) for atom, child in sorted(node.items()) if atom]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) > 1 else f"(?:{body})?"
        return body

    return emit(trie)


# A romanised Korean given name after a surname: one or two syllables, hyphenated or spaced ("Do-han", "Ho Ung")
_GIVEN_NAME = re.compile(r"[ \t]+([A-Z][a-z]{1,6}|[A-Z](?=-[a-z]))(?:-[a-z]{1,6}|[ \t]+[A-Z][a-z]{1,6})?(?![\w-])")
_NOT_GIVEN = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr May June July Aug Sept Oct Nov Dec "
    "The And But Or On In At".split()
)


def _other_given_name(text: str, end: int) -> bool:
    """Whether a given name follows a bare surname alias at ``end`` (so the alias names someone else)."""
    m = _GIVEN_NAME.match(text, end)
    return m is not None and m.group(1) not in _NOT_GIVEN


# a hyphen and a lower-case syllable ending the word: "Moon-hun" in "Chung Moon-hun"
_HYPHEN_SYLLABLE = re.compile(r"-[a-z]{1,6}(?![\w-])")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{1,10}[ \t]+$")


def _inside_given_name(text: str, start: int, end: int) -> bool:
    """Whether a one-word alias at ``text[start:end]`` is the first syllable of a hyphenated given name after a
    family name ("Chung Moon-hun", "Park Moon-soo"): part of someone else's name."""
    return bool(_HYPHEN_SYLLABLE.match(text, end)) and bool(_CAPITALISED_BEFORE.search(text, max(0, start - 12), start))


class ActorVocabulary:
    """Actors and their aliases, with a precompiled matcher. Build it with :func:`load_actors`."""

    def __init__(self, actors: Iterable[Actor]):
        self.actors: tuple[Actor, ...] = tuple(actors)
        self._by_key: dict[str, Actor] = {}
        self._by_lower: dict[str, Actor] = {}
        for actor in self.actors:
            for alias in actor.aliases:
                key = _norm(alias)
                other = self._by_key.get(key)
                if other is not None and other.name != actor.name:
                    raise VocabularyError(
                        f"actors: alias {alias!r} names both {other.name!r} and {actor.name!r}")
                self._by_key[key] = actor
                self._by_lower.setdefault(key.lower(), actor)
        for actor in self.actors:  # canonical names win case-insensitive lookups
            self._by_lower[_norm(actor.name).lower()] = actor
        body = trie_regex(_atoms(a) for a in self._by_key) or r"(?!x)x"
        # The left boundary is checked in find(): a leading look-behind would stop ``re`` from skipping
        # quickly to the possible first characters of an alias.
        self._regex = re.compile(rf"(?:{body})(?!\w)")

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self):
        return iter(self.actors)

    def __repr__(self) -> str:
        return f"ActorVocabulary({len(self.actors)} actors, {len(self._by_key)} aliases)"

    def find(self, text: str, offset: int = 0) -> list[ActorMatch]:
        """Every actor mention in ``text``, left to right, non-overlapping, longest alias first.

        Parameters
        ----------
        text : str
            A sentence or any span of text.
        offset : int
            Added to the returned ``start`` / ``end`` (the position of ``text`` in the article).
        """
        out = []
        pos = 0
        while (m := self._regex.search(text, pos)) is not None:
            pos = m.end()
            i = m.start()
            if i and (text[i - 1].isalnum() or text[i - 1] in "_-'\u2019"):
                continue
            if m.group()[:4].lower() == "the ":
                # "The South Korean navy": the longer name after the article wins over the alias "the South"
                longer = self._regex.match(text, i + 4)
                actor = self._by_key.get(longer.group()) or self._by_key.get(_norm(longer.group())) if longer else None
                if longer is not None and longer.end() > m.end() and actor is not None and actor.kind == "org":
                    m, i = longer, i + 4
                    pos = m.end()
            found = m.group()
            actor = (
                self._by_key.get(found) or self._by_key.get(_norm(found))
                # "Both Koreas" opening a sentence: the alias "both Koreas" (its first letter matches either case)
                or self._by_key.get(_norm(found[:1].lower() + found[1:]))
            )
            if actor is None:  # pragma: no cover - every alternative comes from a key
                continue
            if actor.kind == "person" and " " not in found and (
                _other_given_name(text, m.end()) or _inside_given_name(text, i, m.end())
            ):  # "Kwon Ho Ung", "Yoon Do-han": someone else with the surname the alias "Kwon" stands for; "Chung
                continue  # Moon-hun": the alias "Moon" is the first syllable of another person's given name
            if actor.kind == "person" and _NAMED_AFTER.match(text, m.end()):
                continue  # "Kim Il Sung Square", "Kim Il-sung University": a place or a thing named after them
            out.append(ActorMatch(i + offset, m.end() + offset, found, actor))
        return out

    def get(self, name: str) -> Actor | None:
        """The actor a canonical name or alias stands for (exact first, then case-insensitive), or None."""
        if not name:
            return None
        key = _norm(name)
        return self._by_key.get(key) or self._by_lower.get(key.lower())

    def country_of(self, name: str) -> str | None:
        """ISO alpha-3 country code of an actor name or alias (``None`` if unknown or international)."""
        actor = self.get(name)
        return actor.country if actor else None

    def people_with_surname(self, surname: str) -> list[Actor]:
        """People whose canonical name starts with ``surname`` ("Kim" -> Kim Jong-un, Kim Yo-jong, ...)."""
        return [a for a in self.actors if a.kind == "person" and a.name.split(" ")[0] == surname]


def _parse(data: object, source: str) -> list[Actor]:
    if not isinstance(data, dict):
        raise VocabularyError(f"{source}: expected a mapping of sections {sorted(_SECTION_KIND)}")
    actors = []
    for section, entries in data.items():
        kind = _SECTION_KIND.get(section)
        if kind is None:
            raise VocabularyError(f"{source}: unknown section {section!r}; known: {sorted(_SECTION_KIND)}")
        for i, entry in enumerate(entries or []):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise VocabularyError(f"{source}: {section}[{i}] needs a 'name'")
            name = entry["name"].strip()
            aliases = entry.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise VocabularyError(
                    f"{source}: {section}[{i}] ({name}): 'aliases' must be a list of strings")
            all_aliases = [name, *_variants(name, kind), *(a.strip() for a in aliases)]
            seen: dict[str, None] = dict.fromkeys(a for a in all_aliases if a)
            actors.append(Actor(name=name, kind=kind, country=entry.get("country"), role=entry.get("role"),
                                org=entry.get("org"), aliases=tuple(seen), gender=entry.get("gender")))
    return actors


def _read(path: Path | None) -> list[Actor]:
    data, source = read_yaml(path, "actors.yaml", "actor vocabulary")
    return _parse(data, source)


def _merge(base: list[Actor], extra: list[Actor]) -> list[Actor]:
    """Entries of ``extra`` with a known name add aliases (and fill empty fields); others are appended."""
    by_name = {a.name: a for a in base}
    for a in extra:
        old = by_name.get(a.name)
        if old is None:
            by_name[a.name] = a
            continue
        by_name[a.name] = Actor(old.name, old.kind, a.country or old.country, a.role or old.role,
                                a.org or old.org, tuple(dict.fromkeys([*old.aliases, *a.aliases])),
                                a.gender or old.gender)
    return list(by_name.values())


@functools.lru_cache(maxsize=8)
def _load_cached(path: str | None, extra: tuple[str, ...]) -> ActorVocabulary:
    actors = _read(Path(path) if path else None)
    for p in extra:
        actors = _merge(actors, _read(Path(p)))
    return ActorVocabulary(actors)


def load_actors(path: str | Path | None = None, *, extra: Sequence[str | Path] = ()) -> ActorVocabulary:
    """Load the actor vocabulary (cached).

    Parameters
    ----------
    path : str or Path, optional
        A YAML file replacing the bundled ``data/actors.yaml``.
    extra : sequence of paths
        YAML files in the same format merged on top: new actors are added, known ones gain aliases.

    Raises
    ------
    VocabularyError
        When a file cannot be read or parsed, or an alias names two different actors.
    """
    return _load_cached(str(path) if path else None, tuple(str(p) for p in extra))
