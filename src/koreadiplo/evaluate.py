"""Score the extractors against hand-annotated gold articles.

The gold corpus lives in ``tests/corpus/`` (one ``.txt`` article and one ``.yaml`` annotation per stem; the
format is documented in ``tests/corpus/README.md``). :func:`evaluate` reads every article with
:func:`koreadiplo.read_article`, runs :func:`koreadiplo.extract_events` and
:func:`koreadiplo.extract_statements` (or the functions you pass), and compares their tables with the gold.

Matching rules
--------------
Events (only ``break`` and ``restoration`` are scored for precision / recall / F1):

* **lenient** (the headline figure, ``events``): same category and a compatible date. A gold date at
  ``day`` precision (or ``reported``, which stands for the publication day) needs an extracted period that is
  exactly that day; a gold ``month`` or ``year`` needs an extracted period (``date`` .. ``date_end``) that
  overlaps it. Status does not have to agree.
* **strict** (``events_strict``): lenient, and the same ``status``, the same ``date_precision`` and, where the
  gold names one, the same ``channel``.

Statements:

* **lenient** (``statements``): the same speaker (case, hyphens and a leading "the" ignored; the gold may
  list alternatives; a gold name that is an alias in the actor vocabulary also accepts its canonical name, so
  "Unification Ministry" matches "Ministry of Unification"; a described speaker matches one that only adds a
  trailing phrase, "a retired clerk from Seoul" = "a retired clerk", "the head of a textile company with a plant
  in Kaesong" = "the head of a textile company") and the gold quote contained in (or equal to) the
  extracted quote, after quote marks are removed and whitespace, case and curly quotes normalised.
* **strict** (``statements_strict``): lenient, and the same ``kind`` and the same ``via`` chain.

Gold context events (other categories) only give a recall figure (``context``): gold lists the context events
worth scoring, not all of them, so extra context rows are not counted against the extractor.

Each gold row matches at most one extracted row and vice versa (a maximum bipartite matching per article), so
an event extracted twice costs one false positive. Figures are micro-averaged over the corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from .datafiles import safe_loader
from .errors import GoldError, MissingDateError
from .schema import CATEGORIES, CHANNELS, DATE_PRECISIONS, STATEMENT_KINDS, STATUSES

__all__ = [
    "ArticleResult",
    "EvalReport",
    "Gold",
    "GoldEvent",
    "GoldStatement",
    "RegressionError",
    "Score",
    "check_baseline",
    "default_gold_dir",
    "evaluate",
    "load_gold",
    "main",
    "write_baseline",
]

SCORED_CATEGORIES = ("break", "restoration")
METRICS = ("events", "events_strict", "statements", "statements_strict", "context")
METRIC_LABELS = {
    "events": "events (break + restoration: category, date)",
    "events_strict": "events, strict (+ status, precision, channel)",
    "statements": "statements (speaker, quote)",
    "statements_strict": "statements, strict (+ kind, via)",
    "context": "context events (recall only)",
}
_TOP_KEYS = {"article", "published", "events", "statements", "note"}
_EVENT_KEYS = {"category", "date", "precision", "actor", "status", "channel", "evidence", "note"}
_STATEMENT_KEYS = {"speaker", "quote", "kind", "via", "note"}


BASELINE_COMMENT = ("Overall figures of `koreadiplo evaluate` on {where}. A test fails when a figure drops below "
                    "these. After an improvement run `koreadiplo evaluate {where} --update-baseline "
                    "{where}/baseline.json` and commit the file.")


class RegressionError(AssertionError):
    """Overall figures fell below the recorded baseline."""


# --------------------------------------------------------------------------------------------- gold records


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event: what the extractor should find."""

    category: str
    date: dt.date
    date_end: dt.date
    precision: str
    status: str = "happened"
    actor: str | None = None
    channel: str | None = None
    evidence: str | None = None
    note: str | None = None

    @property
    def scored(self) -> bool:
        """True for the categories scored with precision / recall (break, restoration)."""
        return self.category in SCORED_CATEGORIES

    def describe(self) -> str:
        """One line for reports."""
        where = f' "{_shorten(self.evidence)}"' if self.evidence else ""
        return (f"{self.category}/{self.status} {_period_text(self.date, self.precision)} ({self.precision}) "
                f"{self.channel or '-'} by {self.actor or '?'}{where}")


@dataclass(frozen=True)
class GoldStatement:
    """One annotated statement. ``speakers`` holds the accepted names, the canonical one first."""

    speakers: tuple[str, ...]
    quote: str
    kind: str = "direct"
    via: str | None = None
    note: str | None = None

    @property
    def speaker(self) -> str:
        """The canonical speaker name."""
        return self.speakers[0]

    def describe(self) -> str:
        """One line for reports."""
        via = f" via {self.via}" if self.via else ""
        return f'{self.speaker} [{self.kind}{via}] "{_shorten(self.quote)}"'


@dataclass(frozen=True)
class Gold:
    """The annotation of one article."""

    path: Path
    article_path: Path
    published: dt.date
    events: tuple[GoldEvent, ...] = ()
    statements: tuple[GoldStatement, ...] = ()

    @property
    def article_id(self) -> str:
        """The article's id: its file stem."""
        return self.article_path.stem


# --------------------------------------------------------------------------------------------- text helpers

_QUOTE_MAP = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                            "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
                            "\u00bb": '"', "\u2033": '"', "\u00a0": " ", "\u2022": " "})
_WS = re.compile(r"\s+")
_EDGE = " .,;:!?'\"\u2014\u2013-"


def normalize_text(text: str) -> str:
    """Curly quotes to straight, bullets and runs of whitespace to one space, casefolded."""
    return _WS.sub(" ", text.translate(_QUOTE_MAP)).strip().casefold()


def normalize_quote(text: str) -> str:
    """:func:`normalize_text` without double quote marks and without punctuation at either end."""
    return _WS.sub(" ", normalize_text(text).replace('"', " ")).strip(_EDGE)


def normalize_speaker(name: str) -> str:
    """Casefolded name with hyphens as spaces and without a leading 'the'."""
    s = _WS.sub(" ", normalize_text(name).replace("-", " ")).strip(_EDGE)
    return s[4:] if s.startswith("the ") else s


@functools.cache
def _accepted_speakers(names: tuple[str, ...]) -> frozenset[str]:
    """The gold's names, normalised, plus the canonical name the actor vocabulary gives each of them ("Unification
    Ministry" is an alias of "Ministry of Unification"): exact alias lookups only, never a guess."""
    from .actors import load_actors

    vocab = load_actors()
    out = set()
    for name in names:
        out.add(normalize_speaker(name))
        for form in (name, name.removeprefix("the "), f"the {name}"):
            actor = vocab.get(form)
            if actor is not None:
                out.add(normalize_speaker(actor.name))
                break
    return frozenset(out)


# an unnamed speaker described with a trailing phrase: "a retired clerk from Seoul" is "a retired clerk"
_DESCRIBED = ("a ", "an ", "one of ")
_TRAILING = ("from", "at", "in", "of", "with", "now", "who", "that", "based", "living", "working", "for", "on", "near",
             "outside", "inside")


def _same_speaker(name: str, accepted: frozenset[str]) -> bool:
    """The name is accepted, or it and an accepted description of an unnamed speaker differ only by a trailing
    phrase ("a retired clerk from Seoul" / "a retired clerk"; "a researcher at an institute in Seoul")."""
    if name in accepted:
        return True
    for gold in accepted:
        short, long_ = sorted((gold, name), key=len)
        # a description after "a" / "an", or one of four words or more ("[the] head of a textile company", its
        # leading "the" dropped by normalisation): never a short name that a longer one merely contains
        if not (name.startswith(_DESCRIBED) and gold.startswith(_DESCRIBED) and len(gold.split()) >= 2
                or len(short.split()) >= 4):
            continue
        if long_.startswith(short + " ") and long_[len(short) + 1 :].split(" ", 1)[0] in _TRAILING:
            return True
    return False


def normalize_via(via: Any) -> tuple[str, ...]:
    """A via chain ('Yonhap < KCNA') as a tuple of casefolded outlets; empty when first hand."""
    if _missing(via) or not str(via).strip():
        return ()
    return tuple(normalize_text(part) for part in str(via).split("<") if part.strip())


def _missing(value: Any) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _shorten(text: str | None, width: int = 70) -> str:
    text = _WS.sub(" ", str(text or "")).strip()
    return text if len(text) <= width else text[: width - 1] + "\u2026"


# --------------------------------------------------------------------------------------------- dates


def _period_end(start: dt.date, precision: str) -> dt.date:
    if precision == "year":
        return dt.date(start.year, 12, 31)
    if precision == "month":
        nxt = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return start


def _period_text(start: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{start.year}"
    if precision == "month":
        return f"{start.year}-{start.month:02d}"
    return start.isoformat()


def _to_date(value: Any) -> dt.date | None:
    if _missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(value).date()


_DATE_FORMS = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}$"), "year"),
)


def _parse_gold_date(value: Any, precision: str | None, published: dt.date,
                     where: str) -> tuple[dt.date, str]:
    if precision is not None and precision not in DATE_PRECISIONS:
        raise GoldError(f"{where}.precision: {precision!r} is not one of {list(DATE_PRECISIONS)}")
    if value is None or value == "reported":
        if precision in (None, "reported"):
            return published, "reported"
        raise GoldError(f"{where}.date: missing (required unless precision is 'reported')")
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        text, form = value.isoformat(), "day"
    else:
        text = str(value).strip()
        form = next((f for rx, f in _DATE_FORMS if rx.match(text)), None)
        if form is None:
            raise GoldError(f"{where}.date: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    try:
        parts = [int(p) for p in text.split("-")] + [1, 1]
        start = dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        raise GoldError(f"{where}.date: {value!r} is not a valid calendar date") from None
    precision = precision or form
    if precision == "reported":
        if form != "day" or start != published:
            raise GoldError(f"{where}.date: precision 'reported' needs no date or the publication date")
    elif precision != form:
        raise GoldError(f"{where}.date: {text!r} is written at {form} precision, "
                        f"but precision is {precision!r}")
    return start, precision


# --------------------------------------------------------------------------------------------- loading gold


def default_gold_dir() -> Path:
    """``tests/corpus`` of the source checkout this module lives in (or under the working directory).

    Raises
    ------
    GoldError
        When neither exists (an installed package has no corpus: pass the directory explicitly).
    """
    candidates = [Path(__file__).resolve().parents[2] / "tests" / "corpus", Path.cwd() / "tests" / "corpus"]
    for cand in candidates:
        if cand.is_dir():
            return cand
    raise GoldError("no gold directory given and tests/corpus was not found; pass GOLD_DIR explicitly")


def load_gold(path_or_dir: str | Path) -> list[Gold]:
    """Read and validate gold annotations: one ``.yaml`` file, or every ``*.yaml`` in a directory.

    Parameters
    ----------
    path_or_dir
        A gold YAML file or a directory of them (sorted by name).

    Returns
    -------
    list of Gold

    Raises
    ------
    GoldError
        With a one-line message naming the file and the field, on the first problem found.
    """
    path = Path(path_or_dir)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
        if not files:
            raise GoldError(f"{path}: no gold .yaml files in this directory")
    elif path.is_file():
        files = [path]
    else:
        raise GoldError(f"{path}: no such gold file or directory")
    golds = [_load_one(f) for f in files]
    seen: dict[str, Path] = {}
    for g in golds:
        if g.article_id in seen:
            raise GoldError(f"{g.path.name}: article {g.article_path.name!r} is also annotated in "
                            f"{seen[g.article_id].name}")
        seen[g.article_id] = g.path
    return golds


class _GoldLoader(safe_loader()):  # type: ignore[misc]
    """The safe YAML loader (libyaml's when PyYAML has it) keeping dates as text, so a bad date gets a clear
    message instead of a crash."""


_GoldLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _GoldLoader.yaml_implicit_resolvers.items()
}


def _load_one(path: Path) -> Gold:
    name = path.name
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_GoldLoader)  # noqa: S506 - safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise GoldError(f"{name}:{where} invalid YAML: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{name}: cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise GoldError(f"{name}: the top level must be a mapping with 'article', 'published', 'events', "
                        "'statements'")
    _check_keys(data, _TOP_KEYS, name)
    article_path = _article_path(data.get("article"), path)
    text = article_path.read_text(encoding="utf-8-sig")
    published = _parse_published(data.get("published"), text, name)
    haystack = normalize_text(text)
    events = tuple(_parse_event(item, f"{name}: events[{i}]", published, haystack)
                   for i, item in enumerate(_as_list(data.get("events"), f"{name}: events")))
    statements = tuple(_parse_statement(item, f"{name}: statements[{i}]", haystack)
                       for i, item in enumerate(_as_list(data.get("statements"), f"{name}: statements")))
    return Gold(path=path, article_path=article_path, published=published, events=events,
                statements=statements)


def _check_keys(item: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(str(k) for k in item if k not in allowed)
    if unknown:
        raise GoldError(f"{where}: unknown field(s) {unknown}; allowed: {sorted(allowed)}")


def _as_list(value: Any, where: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise GoldError(f"{where}: must be a list (use [] for none)")
    return value


def _article_path(value: Any, gold_path: Path) -> Path:
    name = gold_path.name
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{name}: article: missing (the article's file name, next to the gold file)")
    article = gold_path.parent / value.strip()
    if not article.is_file():
        raise GoldError(f"{name}: article: {value!r} not found in {gold_path.parent}")
    if article.stem != gold_path.stem:
        raise GoldError(f"{name}: article: {value!r} must have the same stem as the gold file")
    return article


_HEADER_DATE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\b")


def _parse_published(value: Any, text: str, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise GoldError(f"{name}: published: {value!r} is not a date (YYYY-MM-DD)") from None
    header = _HEADER_DATE.match(text)
    if header and header.group(1) != value.isoformat():
        raise GoldError(f"{name}: published: {value} disagrees with the article's header date "
                        f"{header.group(1)}")
    return value


def _choice(item: dict, key: str, allowed: Sequence[str], where: str, default: str | None = None,
            required: bool = False) -> str | None:
    value = item.get(key, default)
    if value is None:
        if required:
            raise GoldError(f"{where}.{key}: missing (one of {list(allowed)})")
        return None
    if value not in allowed:
        raise GoldError(f"{where}.{key}: {value!r} is not one of {list(allowed)}")
    return value


def _optional_str(item: dict, key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{where}.{key}: must be a non-empty string")
    return value.strip()


def _parse_event(item: Any, where: str, published: dt.date, haystack: str) -> GoldEvent:
    if not isinstance(item, dict):
        raise GoldError(f"{where}: must be a mapping like {{category: break, date: 2020-06-09, ...}}")
    _check_keys(item, _EVENT_KEYS, where)
    category = _choice(item, "category", CATEGORIES, where, required=True)
    status = _choice(item, "status", STATUSES, where, default="happened")
    channel = _choice(item, "channel", CHANNELS, where)
    start, precision = _parse_gold_date(item.get("date"), item.get("precision"), published, where)
    evidence = _optional_str(item, "evidence", where)
    if evidence and normalize_text(evidence) not in haystack:
        raise GoldError(f"{where}.evidence: {_shorten(evidence, 60)!r} does not occur in the article")
    return GoldEvent(category=category, date=start, date_end=_period_end(start, precision),
                     precision=precision,
                     status=status, actor=_optional_str(item, "actor", where), channel=channel,
                     evidence=evidence, note=_optional_str(item, "note", where))


def _parse_statement(item: Any, where: str, haystack: str) -> GoldStatement:
    if not isinstance(item, dict):
        raise GoldError(f"{where}: must be a mapping like "
                        "{speaker: Kim Yo-jong, quote: '...', kind: direct}")
    _check_keys(item, _STATEMENT_KEYS, where)
    speaker = item.get("speaker")
    speakers = [speaker] if isinstance(speaker, str) else speaker
    if (not isinstance(speakers, list) or not speakers
            or not all(isinstance(s, str) and s.strip() for s in speakers)):
        raise GoldError(f"{where}.speaker: missing (a name, or a list of accepted names, canonical first)")
    quote = _optional_str(item, "quote", where)
    if quote is None:
        raise GoldError(f"{where}.quote: missing (the quoted words, or a distinctive part of them)")
    if normalize_quote(quote) not in normalize_quote(haystack):
        raise GoldError(f"{where}.quote: {_shorten(quote, 60)!r} does not occur in the article")
    kind = _choice(item, "kind", STATEMENT_KINDS, where, required=True)
    via = _optional_str(item, "via", where)
    return GoldStatement(speakers=tuple(s.strip() for s in speakers), quote=quote, kind=kind, via=via,
                         note=_optional_str(item, "note", where))


# --------------------------------------------------------------------------------------------- scores


@dataclass(frozen=True)
class Score:
    """Counts of true positives, false positives and false negatives, with the derived figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was extracted and nothing was expected."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected and nothing was extracted."""
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        """Figures and counts, rounded to 4 decimals."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class ArticleResult:
    """Scores of one article and everything that did not match."""

    article_id: str
    scores: dict[str, Score] = field(default_factory=dict)
    missed_events: list[GoldEvent] = field(default_factory=list)
    extra_events: list[dict] = field(default_factory=list)
    missed_context: list[GoldEvent] = field(default_factory=list)
    missed_statements: list[GoldStatement] = field(default_factory=list)
    extra_statements: list[dict] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    """Per-article results; :attr:`overall` gives the micro-averaged scores of the corpus."""

    articles: list[ArticleResult]
    gold_dir: Path | None = None
    skipped: dict[str, str] = field(default_factory=dict)

    @property
    def overall(self) -> dict[str, Score]:
        """Metric name -> summed :class:`Score` (metrics not evaluated are absent)."""
        out: dict[str, Score] = {}
        for res in self.articles:
            for metric, score in res.scores.items():
                out[metric] = out.get(metric, Score()) + score
        return {m: out[m] for m in METRICS if m in out}

    def to_dict(self) -> dict[str, dict[str, float | int]]:
        """Overall figures as plain numbers (the shape of ``baseline.json``)."""
        return {metric: score.as_dict() for metric, score in self.overall.items()}

    def to_frame(self) -> pd.DataFrame:
        """One row per article and metric: tp, fp, fn, precision, recall, f1 (a pandas DataFrame)."""
        rows = [{"article_id": res.article_id, "metric": m, **s.as_dict()}
                for res in self.articles for m, s in res.scores.items()]
        cols = ["article_id", "metric", "precision", "recall", "f1", "tp", "fp", "fn"]
        return pd.DataFrame(rows, columns=cols)

    def to_text(self, *, details: bool = True) -> str:
        """A readable report: per-article figures, every miss, extra and disagreement, then the totals."""
        lines = [f"koreadiplo evaluate: {len(self.articles)} article(s)"
                 + (f" in {self.gold_dir}" if self.gold_dir else "")]
        for metric, why in self.skipped.items():
            lines.append(f"  not evaluated: {metric} ({why})")
        lines.append("")
        lines.append(f"{'article':<58} {'events P/R/F1':>18} {'statements P/R/F1':>18}")
        for res in self.articles:
            lines.append(f"{_shorten(res.article_id, 58):<58} {_prf(res.scores.get('events')):>18} "
                         f"{_prf(res.scores.get('statements')):>18}" + ("  ERROR" if res.errors else ""))
        if details:
            for res in self.articles:
                block = _details(res)
                if block:
                    lines += ["", f"--- {res.article_id}", *block]
        lines += ["", "OVERALL"]
        for metric, score in self.overall.items():
            if metric == "context":
                lines.append(f"  {METRIC_LABELS[metric]:<46} R {score.recall:.3f}   (found {score.tp} of "
                             f"{score.tp + score.fn})")
            else:
                lines.append(f"  {METRIC_LABELS[metric]:<46} P {score.precision:.3f}  R {score.recall:.3f}  "
                             f"F1 {score.f1:.3f}   (tp {score.tp}, fp {score.fp}, fn {score.fn})")
        return "\n".join(lines) + "\n"


def _prf(score: Score | None) -> str:
    return "-" if score is None else f"{score.precision:.2f} {score.recall:.2f} {score.f1:.2f}"


def _details(res: ArticleResult) -> list[str]:
    out = [f"  ERROR     {e}" for e in res.errors]
    out += [f"  note      {n}" for n in res.notes]
    out += [f"  MISSED event      {g.describe()}" for g in res.missed_events]
    out += [f"  EXTRA event       {_describe_row(r, 'event')}" for r in res.extra_events]
    out += [f"  DIFFERS           {d}" for d in res.disagreements]
    out += [f"  MISSED statement  {g.describe()}" for g in res.missed_statements]
    out += [f"  EXTRA statement   {_describe_row(r, 'statement')}" for r in res.extra_statements]
    out += [f"  missed context    {g.describe()}" for g in res.missed_context]
    return out


def _describe_row(row: dict, kind: str) -> str:
    if kind == "event":
        start = _to_date(row.get("date"))
        prec = row.get("date_precision") or "?"
        when = _period_text(start, prec) if start else "?"
        return (f"{row.get('category')}/{row.get('status')} {when} ({prec}) {_str(row.get('channel'))} by "
                f"{_str(row.get('actor'))} \"{_shorten(_str(row.get('trigger') or row.get('evidence')))}\"")
    via = _str(row.get("via"))
    via = f" via {via}" if via != "-" else ""
    return f"{_str(row.get('speaker'))} [{_str(row.get('kind'))}{via}] \"{_shorten(_str(row.get('quote')))}\""


def _str(value: Any) -> str:
    return "-" if _missing(value) else str(value)


# --------------------------------------------------------------------------------------------- matching


def _max_matching(n_gold: int, n_ext: int, ok: Callable[[int, int], bool],
                  order: Callable[[int, int], Any], start: dict[int, int] | None = None) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths); returns gold index -> extracted index.

    ``start`` is a matching to grow from (the strict one, so that the lenient pairs reported as
    disagreements are, where possible, the pairs that agree on everything)."""
    candidates = [sorted((j for j in range(n_ext) if ok(i, j)), key=lambda j, i=i: order(i, j))
                  for i in range(n_gold)]
    owner: dict[int, int] = {j: i for i, j in (start or {}).items()}

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    matched = set(owner.values())
    for i in range(n_gold):
        if i not in matched:
            augment(i, set())
    return {i: j for j, i in owner.items()}


def _row_period(row: dict) -> tuple[dt.date, dt.date] | None:
    start = _to_date(row.get("date"))
    if start is None:
        return None
    end = _to_date(row.get("date_end")) or _period_end(start, str(row.get("date_precision") or "day"))
    return start, end


def _event_ok(g: GoldEvent, row: dict, strict: bool) -> bool:
    if row.get("category") != g.category:
        return False
    period = _row_period(row)
    if period is None:
        return False
    start, end = period
    if g.precision in ("day", "reported"):
        dates_ok = start == g.date and end == g.date
    else:
        dates_ok = start <= g.date_end and end >= g.date
    if not dates_ok:
        return False
    if not strict:
        return True
    channel_ok = g.channel is None or _str(row.get("channel")) == g.channel
    return row.get("status") == g.status and row.get("date_precision") == g.precision and channel_ok


def _event_order(g: GoldEvent, row: dict) -> tuple:
    period = _row_period(row) or (g.date, g.date)
    return (not _event_ok(g, row, True), abs((period[0] - g.date).days))


def _statement_ok(g: GoldStatement, row: dict, strict: bool) -> bool:
    if _missing(row.get("speaker")) or _missing(row.get("quote")):
        return False
    if not _same_speaker(normalize_speaker(str(row["speaker"])), _accepted_speakers(g.speakers)):
        return False
    if normalize_quote(g.quote) not in normalize_quote(str(row["quote"])):
        return False
    return not strict or (row.get("kind") == g.kind and normalize_via(row.get("via")) == normalize_via(g.via))


def _rows(df: Any) -> list[dict]:
    if df is None:
        return []
    return df.to_dict("records") if hasattr(df, "to_dict") else [dict(r) for r in df]


def score_events(gold: Sequence[GoldEvent], rows: Sequence[dict], res: ArticleResult) -> None:
    """Fill ``res`` with the event scores, misses, extras and disagreements of one article."""
    scored = [g for g in gold if g.scored]
    cand = [r for r in rows if r.get("category") in SCORED_CATEGORIES]
    strict = _max_matching(len(scored), len(cand), lambda i, j: _event_ok(scored[i], cand[j], True),
                           lambda i, j: _event_order(scored[i], cand[j]))
    lenient = _max_matching(len(scored), len(cand), lambda i, j: _event_ok(scored[i], cand[j], False),
                            lambda i, j: _event_order(scored[i], cand[j]), start=strict)
    n = len(lenient)
    res.scores["events"] = Score(n, len(cand) - n, len(scored) - n)
    res.scores["events_strict"] = Score(len(strict), len(cand) - len(strict), len(scored) - len(strict))
    res.missed_events = [g for i, g in enumerate(scored) if i not in lenient]
    used = set(lenient.values())
    res.extra_events = [r for j, r in enumerate(cand) if j not in used]
    for i, j in lenient.items():
        g, r = scored[i], cand[j]
        diffs = [f"{k} gold {a} / extracted {b}" for k, a, b in
                 (("status", g.status, r.get("status")), ("precision", g.precision, r.get("date_precision")),
                  ("channel", g.channel or _str(r.get("channel")), _str(r.get("channel"))))
                 if a != b]
        if diffs:
            res.disagreements.append(f"{g.category} {_period_text(g.date, g.precision)}: " + ", ".join(diffs))
    context = [g for g in gold if not g.scored]
    ctx = _max_matching(len(context), len(rows), lambda i, j: _event_ok(context[i], rows[j], False),
                        lambda i, j: _event_order(context[i], rows[j]))
    res.scores["context"] = Score(len(ctx), 0, len(context) - len(ctx))
    res.missed_context = [g for i, g in enumerate(context) if i not in ctx]


def score_statements(gold: Sequence[GoldStatement], rows: Sequence[dict], res: ArticleResult) -> None:
    """Fill ``res`` with the statement scores, misses, extras and disagreements of one article."""
    rows = list(rows)
    strict = _max_matching(len(gold), len(rows), lambda i, j: _statement_ok(gold[i], rows[j], True),
                           lambda i, j: len(str(rows[j]["quote"])))
    lenient = _max_matching(len(gold), len(rows), lambda i, j: _statement_ok(gold[i], rows[j], False),
                            lambda i, j: (not _statement_ok(gold[i], rows[j], True),
                                          len(str(rows[j]["quote"]))), start=strict)
    n = len(lenient)
    res.scores["statements"] = Score(n, len(rows) - n, len(gold) - n)
    res.scores["statements_strict"] = Score(len(strict), len(rows) - len(strict), len(gold) - len(strict))
    res.missed_statements = [g for i, g in enumerate(gold) if i not in lenient]
    used = set(lenient.values())
    res.extra_statements = [r for j, r in enumerate(rows) if j not in used]
    for i, j in lenient.items():
        g, r = gold[i], rows[j]
        diffs = []
        if r.get("kind") != g.kind:
            diffs.append(f"kind gold {g.kind} / extracted {_str(r.get('kind'))}")
        if normalize_via(r.get("via")) != normalize_via(g.via):
            diffs.append(f"via gold {g.via or '-'} / extracted {_str(r.get('via'))}")
        if diffs:
            res.disagreements.append(f'statement {g.speaker} "{_shorten(g.quote, 40)}": ' + ", ".join(diffs))


# --------------------------------------------------------------------------------------------- evaluate


def _default(name: str) -> Callable | None:
    import koreadiplo

    return getattr(koreadiplo, name, None)


def evaluate(gold_dir: str | Path | Iterable[Gold] | None = None, *,
             extract_events: Callable | None = None,
             extract_statements: Callable | None = None,
             read_article: Callable | None = None) -> EvalReport:
    """Run the extractors over the gold corpus and score them.

    Parameters
    ----------
    gold_dir
        Directory of gold YAML files (or one file, or already loaded :class:`Gold` records). Default:
        ``tests/corpus`` of the source checkout (see :func:`default_gold_dir`).
    extract_events, extract_statements
        ``f(article) -> DataFrame``; default :func:`koreadiplo.extract_events` and
        :func:`koreadiplo.extract_statements`. A default that does not exist yet is skipped (listed in
        ``report.skipped``, its metrics absent).
    read_article
        ``f(path, published=None) -> Article``; default :func:`koreadiplo.read_article`. When it raises
        :class:`~koreadiplo.MissingDateError`, the article is read again with the gold publication date and a
        note is added.

    Returns
    -------
    EvalReport

    Raises
    ------
    GoldError
        When the gold is malformed or cannot be found.
    """
    if gold_dir is None:
        gold_dir = default_gold_dir()
    golds = load_gold(gold_dir) if isinstance(gold_dir, (str, Path)) else list(gold_dir)
    reader = read_article or _default("read_article")
    if reader is None:
        raise GoldError("koreadiplo.read_article is not available; pass read_article=")
    skipped: dict[str, str] = {}
    if extract_events is None:
        extract_events = _default("extract_events")
        if extract_events is None:
            skipped["events"] = "koreadiplo.extract_events is not available yet"
    if extract_statements is None:
        extract_statements = _default("extract_statements")
        if extract_statements is None:
            skipped["statements"] = "koreadiplo.extract_statements is not available yet"
    results = [_evaluate_one(g, reader, extract_events, extract_statements) for g in golds]
    where = Path(gold_dir) if isinstance(gold_dir, (str, Path)) else None
    return EvalReport(articles=results, gold_dir=where, skipped=skipped)


def _evaluate_one(gold: Gold, reader: Callable, extract_events: Callable | None,
                  extract_statements: Callable | None) -> ArticleResult:
    res = ArticleResult(gold.article_id)
    try:
        try:
            article = reader(gold.article_path)
        except MissingDateError as exc:
            res.notes.append(f"reader found no publication date ({exc}); read again with the gold date")
            article = reader(gold.article_path, published=gold.published)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the evaluation
        res.errors.append(f"read_article: {type(exc).__name__}: {exc}")
        article = None
    published = _to_date(getattr(article, "published", None))
    if published is not None and published != gold.published:
        res.notes.append(f"reader published {published}, gold {gold.published}")
    for name, func, scorer, items in (("extract_events", extract_events, score_events, gold.events),
                                      ("extract_statements", extract_statements, score_statements,
                                       gold.statements)):
        if func is None:
            continue
        rows: list[dict] = []
        if article is not None:
            try:
                rows = _rows(func(article))
            except Exception as exc:  # noqa: BLE001 - report it, count the gold as missed
                res.errors.append(f"{name}: {type(exc).__name__}: {exc}")
        scorer(items, rows, res)
    return res


# --------------------------------------------------------------------------------------------- baseline


def write_baseline(report: EvalReport, path: str | Path) -> dict:
    """Record the report's overall figures in ``path`` (JSON), rounded down to 4 decimals.

    Returns the dictionary written.
    """
    where = Path(path).parent.as_posix() if report.gold_dir is None else Path(report.gold_dir).as_posix()
    data: dict[str, Any] = {"_comment": BASELINE_COMMENT.format(where=where)}
    for metric, score in report.overall.items():
        figures = {"precision": score.precision, "recall": score.recall, "f1": score.f1}
        if metric == "context":
            figures = {"recall": score.recall}
        data[metric] = {k: math.floor(v * 10_000) / 10_000 for k, v in figures.items()}
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return data


def check_baseline(report: EvalReport, baseline_path: str | Path, *, tolerance: float = 1e-4) -> list[str]:
    """Fail when an overall figure fell below the one recorded in ``baseline_path``.

    Every numeric figure under a metric name in the JSON file (``{"events": {"f1": 0.9}, ...}``) is compared;
    keys starting with ``_`` are comments. A metric the report lacks (its extractor is not available) fails
    only when its baseline figure is above zero.

    Returns
    -------
    list of str
        The figures that improved by more than ``tolerance`` (time to update the baseline).

    Raises
    ------
    RegressionError
        Listing every figure that fell, or a metric the report no longer has.
    GoldError
        When the baseline file cannot be read.
    """
    path = Path(baseline_path)
    try:
        baseline = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path.name}: cannot read baseline: {exc}") from None
    overall = report.overall
    worse, better = [], []
    for metric, figures in baseline.items():
        if metric.startswith("_") or not isinstance(figures, dict):
            continue
        for name, expected in figures.items():
            if not isinstance(expected, (int, float)) or name not in ("precision", "recall", "f1"):
                continue
            if metric not in overall:
                if expected > tolerance:
                    worse.append(f"{metric}.{name}: not evaluated (baseline {expected:.4f})")
                continue
            actual = getattr(overall[metric], name)
            if actual < expected - tolerance:
                worse.append(f"{metric}.{name}: {actual:.4f} < baseline {expected:.4f}")
            elif actual > expected + tolerance:
                better.append(f"{metric}.{name}: {actual:.4f} > baseline {expected:.4f}")
    if worse:
        raise RegressionError("below baseline " + path.name + ": " + "; ".join(worse))
    return better


# --------------------------------------------------------------------------------------------- command line


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``koreadiplo evaluate``."""
    p = argparse.ArgumentParser(prog="koreadiplo evaluate",
                                description="Score the extractors against the gold corpus and list "
                                "every miss.")
    p.add_argument("gold_dir", nargs="?", help="directory of gold .yaml files (default: tests/corpus of the "
                   "source checkout)")
    p.add_argument("--baseline", metavar="JSON",
                   help="fail (exit 1) when an overall figure is below this file's")
    p.add_argument("--update-baseline", metavar="JSON", help="write the overall figures to this file")
    p.add_argument("--summary", action="store_true", help="print the figures only, not every miss and extra")
    p.add_argument("--json", action="store_true", help="print the overall figures as JSON")
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``koreadiplo evaluate [GOLD_DIR]``; returns the exit status.

    0 = evaluated (and not below the baseline), 1 = below the baseline or an article failed, 2 = bad gold.
    """
    args = build_parser().parse_args(argv)
    try:
        report = evaluate(args.gold_dir)
    except GoldError as exc:
        print(f"koreadiplo evaluate: error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_text(details=not args.summary),
          end="\n" if args.json else "")
    status = 1 if any(res.errors for res in report.articles) else 0
    if args.baseline:
        try:
            for line in check_baseline(report, args.baseline):
                print(f"improved: {line}")
        except (RegressionError, GoldError) as exc:
            print(f"koreadiplo evaluate: {exc}", file=sys.stderr)
            status = 1
    if args.update_baseline:
        write_baseline(report, args.update_baseline)
        print(f"baseline written to {args.update_baseline}")
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
