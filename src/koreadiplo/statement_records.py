"""Records of the statement reader: the :class:`Speaker`, units of sentences, attributions and what has been read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .actors import Actor
from .quotes import Quote


@dataclass(frozen=True)
class Speaker:
    """Who a statement is from: canonical ``name`` (or the description the text gives), ``role``, ``org``,
    ISO ``country``, ``kind`` (person / country / org / outlet / group / description) and the ``via`` chain
    of outlets that relayed it (nearest the article first)."""

    name: str
    role: str | None = None
    org: str | None = None
    country: str | None = None
    kind: str = "description"
    via: tuple[str, ...] = ()


@dataclass
class _Unit:
    sentences: list[Any]
    start: int  # content start (after any label)
    end: int
    quotes: list[Quote]

    @property
    def first(self) -> Any:
        return self.sentences[0]


@dataclass
class _Attribution:
    speaker: Speaker
    cue: str
    strength: int  # 2 reporting verb / relay, 1 speech act / participle / colon
    lo: int  # token span of the attribution (speaker and cue) in the unit's tokens
    hi: int
    lead_end: int  # token index where the reported material may start (after the verb and its adjuncts)
    is_outlet: bool = False
    rank: int = 1  # for outlets used as relays: 0 outer (per, according to), 1 subject of a verb, 2 inner
    coordinated: bool = False  # the verb shares the subject of the main clause ("X did Y and said ...")
    relative: bool = False  # in a relative clause ("..., which Pompeo said would ...")


@dataclass
class _State:
    """What has been read so far in the article (for references back)."""

    rows: list[dict] = field(default_factory=list)
    speakers: list[tuple[int, Speaker]] = field(default_factory=list)  # (offset, speaker) per statement
    # the same, without words characterised by a speech act ('called the South a "primary foe"'): who can
    # have issued "the statement" that a later sentence refers to
    issuers: list[tuple[int, Speaker]] = field(default_factory=list)
    names: list[tuple[int, str, Actor | None]] = field(default_factory=list)  # full-name mentions
    outlets: list[tuple[int, Actor]] = field(default_factory=list)
    actors: list[tuple[int, Actor]] = field(default_factory=list)
    pending: tuple[int, Speaker, str] | None = None  # (paragraph, speaker, cue) of a lead-in ending in ':'
    last_paragraph: int = -99  # paragraph of the last statement
    consumed_paragraphs: set[int] = field(default_factory=set)
    not_bare: set[tuple[str, str]] = field(default_factory=set)  # (surname, name): "Kim's sister" is not "Kim"
    korean: set[str] = field(default_factory=set)  # two-word names read as Korean ("Kim Il": family name first)
    subjects: list[tuple[int, Actor]] = field(default_factory=list)  # (sentence start, first person named)
    # (offset, speaker) of the last "the letter said" read as its author's words: "it added" goes on with them
    document_voice: tuple[int, Speaker] | None = None
    # (sentence start, description) of sentences opening with someone described ("A senior official ... said")
    described: list[tuple[int, Speaker]] = field(default_factory=list)
    # (offset, author) of documents the text names ("a statement by X", "In a letter, X said"): "the statement"
    documents: list[tuple[int, Speaker]] = field(default_factory=list)
