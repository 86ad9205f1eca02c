"""The statement cues of ``data/cues.yaml``: the :class:`Cues` word lists, their building and :func:`load_cues`."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .datafiles import read_yaml
from .errors import VocabularyError


@dataclass(frozen=True)
class Cues:
    """The word lists of ``data/cues.yaml`` (lower case), with precompiled matchers."""

    reporting: frozenset[str]
    needs_that: frozenset[str]
    speech_act: frozenset[str]
    participles: frozenset[str]
    reporting_participles: frozenset[str]
    pre_verb: frozenset[str]
    relay_outer: tuple[str, ...]
    relay_inner: tuple[str, ...]
    relay_source: tuple[str, ...]
    speaking_outlets: frozenset[str]
    generic_outlets: dict[str, str]
    speaker_nouns: frozenset[str]
    role_nouns: frozenset[str]
    description_words: frozenset[str]
    not_name_words: frozenset[str]
    pronouns: dict[str, str]
    anaphors: dict[str, frozenset[str]]
    demonyms: dict[str, str | None]
    offices: tuple[dict, ...]
    korean_surnames: frozenset[str]
    not_speakers: frozenset[str]
    post_verb: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    only_with_that: frozenset[str] = frozenset()
    pronoun_gender: dict[str, str] = field(default_factory=dict)
    gender_words: dict[str, frozenset[str]] = field(default_factory=dict)
    generic_outlet_re: re.Pattern = field(repr=False, default=None)  # type: ignore[assignment]
    demonym_re: re.Pattern = field(repr=False, default=None)  # type: ignore[assignment]
    relay_index: dict = field(repr=False, default_factory=dict)  # first word -> [(words, rank, needs_outlet)]
    documents: frozenset[str] = frozenset()  # signed documents that speak for themselves ("the accord said")
    past_verbs: frozenset[str] = frozenset()  # irregular past forms that make a clause ("the launch broke ...")
    possessive_bodies: frozenset[str] = frozenset()  # "Moon's government": the owner's country
    title_bodies: dict[str, str] = field(default_factory=dict)  # "Unification Minister" -> "Unification Ministry"
    parenthetical_adverbs: frozenset[str] = frozenset()  # "X, meanwhile, said": skipped between commas
    opening_adverbs: frozenset[str] = frozenset()  # "Afterwards Chung said": an adverb opening the sentence, no comma
    callings: frozenset[str] = frozenset()  # "pianist Paik Kun": a calling standing as a title before a name
    company_words: frozenset[str] = frozenset()  # last words of a company's name ("Corp.") and its nouns ("firm")
    org_words: frozenset[str] = frozenset()  # last words of an unknown body's name ("... Tennis Association")
    person_nouns: frozenset[str] = frozenset()  # "an aide to | President Moon": someone described through another
    member_nouns: frozenset[str] = frozenset()  # "an official of | the ministry": speaks for themselves, described
    issue_verbs: frozenset[str] = frozenset()  # "X issued | a statement": X is the document's author
    honorifics: frozenset[str] = frozenset()  # "Mr Pak said", "Mr. Chang said": the name after it
    known_relations: dict[str, str] = field(default_factory=dict)  # "sister of Kim Jong-un" -> "Kim Yo-jong"
    dispute_verbs: frozenset[str] = frozenset()  # "..., but Kim Yo Jong denied it": another speaker answers
    not_said: frozenset[str] = frozenset()  # "said goodbye to their relatives": the object of "said", no speech
    body_nouns: frozenset[str] = frozenset()  # nouns of a body, never one person ("a ministry", "an agency")
    speech_settings: frozenset[str] = frozenset()  # "said a ministry official in a briefing": not the speaker
    speaker_places: tuple[tuple[str, ...], ...] = ()  # "officials | on both sides", "reporters | at the scene"
    postmodifiers: tuple[tuple[str, ...], ...] = ()  # "an official | familiar with | the talks said"
    circumstance_postmodifiers: tuple[tuple[str, ...], ...] = ()  # "an official | involved in | the talks" -> dropped
    military_name_words: tuple[str, ...] = ()  # "the military" refers back to a body named with one of these
    causatives: frozenset[str] = frozenset()  # "prompting | Yoon | to say that": the phrase between speaks


def _words(data: dict, key: str, source: str) -> frozenset[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise VocabularyError(
            f'{source}: \'{key}\' must be a list of words (quote words YAML reads as true/false, such as "on" or "no")'
        )
    return frozenset(v.lower() for v in value)


def _phrase_re(phrases: Iterable[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def _build_cues(data: Any, source: str) -> Cues:
    if not isinstance(data, dict):
        raise VocabularyError(f"{source}: expected a mapping of cue lists")
    outer = tuple(str(p).lower() for p in data.get("relay_outer") or [])
    inner = tuple(str(p).lower() for p in data.get("relay_inner") or [])
    source_phrases = tuple(str(p).lower() for p in data.get("relay_source") or [])
    index: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
    for rank, needs_outlet, phrases in ((0, False, outer), (2, False, source_phrases), (2, True, inner)):
        for phrase in phrases:
            words = tuple(phrase.split())
            index.setdefault(words[0], []).append((words, rank, needs_outlet))
    for entries in index.values():
        entries.sort(key=lambda e: (-len(e[0]), e[1]))
    generic = {str(k): str(v) for k, v in (data.get("generic_outlets") or {}).items()}
    demonyms = {str(k): v for k, v in (data.get("demonyms") or {}).items()}
    anaphors = {k: frozenset(str(w).lower() for w in v) for k, v in (data.get("anaphors") or {}).items()}
    offices = tuple(data.get("offices") or [])
    for office in offices:
        if not isinstance(office, dict) or not {"office", "country", "holders"} <= set(office):
            raise VocabularyError(f"{source}: every entry of 'offices' needs office, country and holders")
    return Cues(
        reporting=_words(data, "reporting_verbs", source),
        needs_that=_words(data, "needs_that", source),
        speech_act=_words(data, "speech_act_verbs", source),
        participles=_words(data, "participle_cues", source),
        reporting_participles=_words(data, "reporting_participles", source),
        pre_verb=_words(data, "pre_verb_words", source),
        relay_outer=outer,
        relay_inner=inner,
        relay_source=source_phrases,
        relay_index=index,
        speaking_outlets=frozenset(str(v) for v in data.get("speaking_outlets") or []),
        generic_outlets=generic,
        speaker_nouns=_words(data, "speaker_nouns", source),
        role_nouns=_words(data, "role_nouns", source),
        description_words=_words(data, "description_words", source),
        not_name_words=frozenset(_words(data, "not_name_words", source) and data["not_name_words"]),
        pronouns={str(k).lower(): str(v) for k, v in (data.get("pronouns") or {}).items()},
        anaphors=anaphors,
        demonyms=demonyms,
        offices=offices,
        korean_surnames=frozenset(_words(data, "korean_surnames", source) and data["korean_surnames"]),
        not_speakers=_words(data, "not_speakers", source),
        speaker_places=tuple(sorted({tuple(p.split()) for p in _words(data, "speaker_places", source)}, key=len,
                                    reverse=True)),
        postmodifiers=tuple(sorted({tuple(p.split()) for p in _words(data, "postmodifiers", source)}, key=len,
                                   reverse=True)) if data.get("postmodifiers") else (),
        circumstance_postmodifiers=tuple(
            tuple(p.split()) for p in _words(data, "circumstance_postmodifiers", source)
        ) if data.get("circumstance_postmodifiers") else (),
        causatives=_words(data, "causatives", source),
        military_name_words=tuple(sorted(_words(data, "military_name_words", source)))
        if data.get("military_name_words") else (),
        post_verb=_words(data, "post_verb_words", source),
        subordinators=_words(data, "subordinators", source),
        only_with_that=_words(data, "only_with_that", source) if data.get("only_with_that") else frozenset(),
        documents=_words(data, "signed_documents", source) if data.get("signed_documents") else frozenset(),
        past_verbs=_words(data, "past_verbs", source) if data.get("past_verbs") else frozenset(),
        parenthetical_adverbs=_words(data, "parenthetical_adverbs", source)
        if data.get("parenthetical_adverbs")
        else frozenset(),
        opening_adverbs=_words(data, "opening_adverbs", source) if data.get("opening_adverbs") else frozenset(),
        callings=_words(data, "callings", source) if data.get("callings") else frozenset(),
        possessive_bodies=_words(data, "possessive_bodies", source)
        if data.get("possessive_bodies")
        else frozenset(),
        company_words=_words(data, "company_words", source) if data.get("company_words") else frozenset(),
        org_words=_words(data, "org_words", source),
        person_nouns=_words(data, "person_nouns", source) if data.get("person_nouns") else frozenset(),
        member_nouns=_words(data, "member_nouns", source) if data.get("member_nouns") else frozenset(),
        issue_verbs=_words(data, "issue_verbs", source) if data.get("issue_verbs") else frozenset(),
        honorifics=frozenset(w.rstrip(".").lower() for w in _words(data, "honorifics", source))
        if data.get("honorifics") else frozenset(),
        known_relations={str(k).lower(): str(v) for k, v in (data.get("known_relations") or {}).items()},
        title_bodies={str(k).lower(): str(v).lower() for k, v in (data.get("title_bodies") or {}).items()},
        dispute_verbs=_words(data, "dispute_verbs", source) if data.get("dispute_verbs") else frozenset(),
        not_said=_words(data, "not_said", source) if data.get("not_said") else frozenset(),
        body_nouns=_words(data, "body_nouns", source) if data.get("body_nouns") else frozenset(),
        speech_settings=_words(data, "speech_settings", source) if data.get("speech_settings") else frozenset(),
        pronoun_gender={str(k).lower(): str(v) for k, v in (data.get("pronoun_gender") or {}).items()},
        gender_words={
            str(k): frozenset(str(w).lower() for w in v) for k, v in (data.get("gender_words") or {}).items()
        },
        generic_outlet_re=re.compile(rf"\b(?:{_phrase_re(generic)})\b", re.IGNORECASE)
        if generic
        else re.compile(r"(?!x)x"),
        demonym_re=re.compile(rf"(?<!\w)(?:{_phrase_re(demonyms)})(?!\w)") if demonyms else re.compile(r"(?!x)x"),
    )


@functools.lru_cache(maxsize=4)
def _load_cues_cached(path: str | None) -> Cues:
    data, source = read_yaml(path, "cues.yaml", "statement cues")
    return _build_cues(data, source)


def load_cues(path: str | Path | None = None) -> Cues:
    """Load the statement cues (reporting verbs, relays, speaker nouns, offices; cached).

    Parameters
    ----------
    path : str or Path, optional
        A YAML file in the format of the bundled ``data/cues.yaml``, used instead of it.

    Raises
    ------
    VocabularyError
        When the file cannot be read or is malformed.
    """
    return _load_cues_cached(str(path) if path else None)
