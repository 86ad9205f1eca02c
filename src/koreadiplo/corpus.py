"""Many articles at once: streaming extraction over a corpus, on one core, many cores or a Dask cluster.

``extract_corpus(paths, out=DIR)`` reads every article under ``paths`` with the same per-article function
(:func:`extract_article`) the rest of koreadiplo uses, and appends the rows to ``events``, ``mentions``,
``statements`` and ``sentences`` tables chunk by chunk, so memory does not grow with the number of articles.
A file that cannot be read as an article is skipped and listed, with its reason, in the ``failures`` table;
nothing is dropped silently. The same real event reported by many articles is merged into one row of
``events_merged`` (see :func:`merge_events`). The full guide is ``docs/corpus.md``.

Engines
-------
``jobs=1``
    in this process.
``jobs=N``
    ``N`` worker processes (``concurrent.futures.ProcessPoolExecutor``), chunks of articles in flight.
``engine="dask"`` / ``scheduler=ADDRESS``
    chunks submitted to a ``dask.distributed`` cluster (``pip install 'koreadiplo[dask]'``).

Whatever the engine, chunks are written in input order, so the output files are identical.
"""

from __future__ import annotations

import collections
import datetime as dt
import glob
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .errors import KoreadiploError

__all__ = [
    "ArticleResult",
    "CorpusResult",
    "MERGED_EVENTS",
    "TABLES",
    "add_extract_arguments",
    "extract_article",
    "extract_corpus",
    "iter_paths",
    "merge_events",
    "run_extract_cli",
]

#: Tables :func:`extract_corpus` can write, in the order they are extracted.
TABLES: tuple[str, ...] = ("events", "statements", "sentences", "mentions")
FAILURE_COLUMNS: tuple[str, ...] = ("article_id", "path", "error")
ENGINES = ("processes", "dask")
_GLOB_CHARS = frozenset("*?[")

_c = schema.Column
#: Columns of the cross-article table ``events_merged`` (see :func:`merge_events`).
MERGED_EVENTS: tuple[schema.Column, ...] = schema.EVENTS_MERGED
_MERGED_NAMES = [c.name for c in MERGED_EVENTS]
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "reported": 3}


# ----------------------------------------------------------------------------------------------------- paths
def iter_paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """The article files named by ``paths``, in a deterministic order.

    Parameters
    ----------
    paths
        A file, a directory, a glob pattern (``'wire/2020-*/*.txt'``, ``**`` allowed) or a list of them.
        Directories are searched recursively for ``*.txt`` files (hidden files and folders, such as
        ``.ipynb_checkpoints``, are skipped); a file named explicitly is taken whatever its suffix.

    Yields
    ------
    Path
        Each file once (the first time it is named), sorted within each argument.

    Raises
    ------
    KoreadiploError
        A path that does not exist, or a pattern that matches nothing.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: set[str] = set()
    for item in paths:
        for p in _expand(item):
            key = os.path.abspath(p)
            if key not in seen:
                seen.add(key)
                yield p


def _expand(item: str | os.PathLike[str]) -> list[Path]:
    text = os.fspath(item)
    p = Path(text)
    if p.is_dir():
        return _txt_under(p)
    if p.is_file():
        return [p]
    if _GLOB_CHARS & set(text):
        out: list[Path] = []
        for m in sorted(glob.glob(text, recursive=True)):
            mp = Path(m)
            out.extend(_txt_under(mp) if mp.is_dir() else [mp] if mp.is_file() else [])
        if not out:
            raise KoreadiploError(f"{text}: the pattern matches no file")
        return out
    raise KoreadiploError(f"{text}: no such file or directory")


def _txt_under(directory: Path) -> list[Path]:
    found = []
    for q in directory.rglob("*"):
        rel = q.relative_to(directory).parts
        if q.suffix.lower() == ".txt" and not any(part.startswith(".") for part in rel) and q.is_file():
            found.append(q)
    return sorted(found)


def _article_ids(paths: Sequence[Path]) -> list[str]:
    """File stems; where two files share a stem, their path relative to the common folder (no suffix)."""
    stems = [p.stem for p in paths]
    counts = collections.Counter(stems)
    if all(n == 1 for n in counts.values()):
        return stems
    dup = [os.path.abspath(p) for p, s in zip(paths, stems, strict=True) if counts[s] > 1]
    root = os.path.commonpath([os.path.dirname(d) for d in dup])
    ids = []
    for p, s in zip(paths, stems, strict=True):
        if counts[s] > 1:
            s = Path(os.path.relpath(os.path.abspath(p), root)).with_suffix("").as_posix()
        ids.append(s)
    again = collections.Counter(ids)
    if any(n > 1 for n in again.values()):  # same folder, same stem, different suffixes: keep the suffix
        ids = [Path(os.path.relpath(os.path.abspath(p), root)).as_posix() if again[i] > 1 else i
               for p, i in zip(paths, ids, strict=True)]
    return ids


# ------------------------------------------------------------------------------------------------ one article
@dataclass
class ArticleResult:
    """What one article gave: its tables, or the reason it failed.

    Attributes
    ----------
    article_id, path
        Identifier and file.
    tables
        Table name -> DataFrame with the documented schema (empty when the article failed).
    error
        One-line reason the article failed, or None.
    """

    article_id: str
    path: str
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the article was read and extracted."""
        return self.error is None


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _extractors(tables: Sequence[str]) -> dict[str, Callable[[Any], list[dict]]]:
    """The per-article row functions for ``tables`` (imported lazily: workers import only what they use).

    Rows, not DataFrames: a chunk of articles becomes one DataFrame per table, which is what keeps the
    per-article cost down (building a small DataFrame costs more than extracting a short article).
    """
    funcs: dict[str, Callable[[Any], list[dict]]] = {}
    if "events" in tables or "mentions" in tables:
        from . import events

        if "events" in tables:
            funcs["events"] = events.event_rows
        if "mentions" in tables:
            funcs["mentions"] = events.mention_rows
    if "statements" in tables:
        from . import statements

        funcs["statements"] = statements.statement_rows
    return funcs


def _sentence_rows(article) -> list[dict]:
    return [
        {"article_id": article.article_id, "sentence_id": s.sentence_id, "section": s.section,
         "paragraph": s.paragraph, "is_bullet": s.is_bullet, "char_start": s.char_start,
         "char_end": s.char_end, "text": s.text}
        for s in article.iter_sentences()
    ]


def _extract_parts(path: str, article_id: str, published: Any, tables: Sequence[str], encoding: str
                   ) -> dict[str, list[dict]]:
    """Read and extract one article: the rows of each table (frames are built in bulk later).

    Raises only what the reader and the extractors raise.
    """
    from .reader import read_article

    article = read_article(Path(path), published=published, article_id=article_id, encoding=encoding)
    rows = {name: func(article) for name, func in _extractors(tables).items()}
    if "sentences" in tables:
        rows["sentences"] = _sentence_rows(article)
    return rows


def _check_tables(tables: Iterable[str]) -> tuple[str, ...]:
    tables = tuple(dict.fromkeys(tables))
    bad = [t for t in tables if t not in TABLES]
    if bad:
        raise KoreadiploError(f"unknown table(s) {bad}; extract_corpus writes {list(TABLES)}")
    if not tables:
        raise KoreadiploError("tables=(): name at least one of " + ", ".join(TABLES))
    return tables


def extract_article(
    path: str | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    article_id: str | None = None,
    tables: Sequence[str] = TABLES,
    encoding: str = "utf-8",
) -> ArticleResult:
    """Read one article file and extract its tables; a bad file becomes a failure, not an exception.

    Parameters
    ----------
    path
        The article file.
    published
        Publication date for files whose header gives none (overrides the header).
    article_id
        Identifier; the file stem by default.
    tables
        Which of ``events``, ``statements``, ``sentences``, ``mentions`` to extract.
    encoding
        File encoding (see :func:`koreadiplo.read_article`).

    Returns
    -------
    ArticleResult
        ``tables`` filled, or ``error`` set to the one-line message of the
        :class:`~koreadiplo.errors.KoreadiploError` raised (empty, binary, undated file ...).

    Raises
    ------
    RuntimeError
        Any other exception (a bug, not bad input), with the file named in the message.
    """
    tables = _check_tables(tables)
    path_s = os.fspath(path)
    aid = article_id or Path(path_s).stem
    try:
        rows = _extract_parts(path_s, aid, published, tables, encoding)
    except KoreadiploError as exc:
        return ArticleResult(aid, path_s, {}, _one_line(exc))
    except Exception as exc:
        raise RuntimeError(f"{path_s}: internal error while extracting ({type(exc).__name__}: {exc}); "
                           "please report it with the file") from exc
    return ArticleResult(aid, path_s, {t: schema.frame(rows[t], t) for t in tables})


# ----------------------------------------------------------------------------------------------- chunks
@dataclass
class _Chunk:
    """The tables of a run of consecutive articles (what a worker sends back)."""

    frames: dict[str, pd.DataFrame]
    failures: list[dict]
    n_articles: int


def _concat(frames: list[pd.DataFrame], table: str) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return schema.empty(table)
    out = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    return schema.validate(out.reset_index(drop=True), table)


def _extract_chunk(items: Sequence[tuple[str, str]], published: Any, tables: Sequence[str],
                   encoding: str) -> _Chunk:
    """Extract consecutive articles ``(path, article_id)``; one frame per table for the whole chunk."""
    collected: dict[str, list[dict]] = {t: [] for t in tables}
    failures: list[dict] = []
    for path, aid in items:
        try:
            rows = _extract_parts(path, aid, published, tables, encoding)
        except KoreadiploError as exc:
            failures.append({"article_id": aid, "path": path, "error": _one_line(exc)})
            continue
        except Exception as exc:
            raise RuntimeError(f"{path}: internal error while extracting ({type(exc).__name__}: {exc}); "
                               "please report it with the file") from exc
        for name, table_rows in rows.items():
            collected[name].extend(table_rows)
    return _Chunk({t: schema.frame(collected[t], t) for t in tables}, failures, len(items))


def _chunked(seq: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def _windowed(submit: Callable[[Any], Any], result: Callable[[Any], _Chunk], chunks: Iterator[Any],
              window: int) -> Iterator[_Chunk]:
    """Keep ``window`` chunks in flight; yield results in submission order (bounded memory, same order)."""
    pending: collections.deque = collections.deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def _run_local(work: Callable[[Any], _Chunk], chunks: Iterator[Any], jobs: int
               ) -> Generator[_Chunk, None, None]:
    if jobs <= 1:
        for chunk in chunks:
            yield work(chunk)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method)) as pool:
        try:
            yield from _windowed(lambda c: pool.submit(work, c), lambda f: f.result(), chunks, jobs * 3)
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            raise KoreadiploError(
                f"a worker process died (jobs={jobs}): out of memory, killed, or it could not start. From a "
                "script, call extract_corpus under `if __name__ == '__main__':` (workers re-import the main "
                "module), or use jobs=1"
            ) from None
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _dask_client(scheduler: Any, jobs: int) -> tuple[Any, Callable[[], None]]:
    """A ``distributed.Client`` for ``scheduler`` (address, Client, LocalCluster or None), and its closer."""
    try:
        import distributed
    except ImportError:
        raise KoreadiploError(
            "engine='dask' needs dask.distributed: pip install 'koreadiplo[dask]'"
        ) from None
    if isinstance(scheduler, distributed.Client):
        return scheduler, lambda: None
    if scheduler is None:
        cluster = distributed.LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                           dashboard_address=None)
        client = distributed.Client(cluster)

        def close() -> None:
            client.close()
            cluster.close()

        return client, close
    try:
        client = distributed.Client(scheduler, timeout="30s")
    except OSError as exc:
        raise KoreadiploError(f"cannot reach the Dask scheduler {scheduler}: {_one_line(exc)}") from None
    return client, client.close


def _run_dask(work: Callable[[Any], _Chunk], chunks: Iterator[Any], scheduler: Any, jobs: int
              ) -> Generator[_Chunk, None, None]:
    client, close = _dask_client(scheduler, jobs)
    try:
        n_workers = max(1, sum(client.nthreads().values()))
        yield from _windowed(lambda c: client.submit(work, c, pure=False), lambda f: f.result(), chunks,
                             n_workers * 3)
    finally:
        close()


# ----------------------------------------------------------------------------------------------- writers
def _arrow_schema(columns: Sequence[schema.Column]):
    import pyarrow as pa

    empty = pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in columns})
    return pa.Schema.from_pandas(empty, preserve_index=False)


class _TableWriter:
    """Append chunks of one table to a temporary file; :meth:`commit` renames it into place."""

    #: Parquet row groups are buffered up to this many rows (tiny row groups make slow files).
    ROW_GROUP = 50_000

    def __init__(self, path: Path, fmt: str, columns: Sequence[schema.Column]) -> None:
        self.path = path
        self.fmt = fmt
        self.columns = tuple(columns)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        self.tmp = Path(tmp)
        self.rows = 0
        self._buffer: list[pd.DataFrame] = []
        self._buffered = 0
        if fmt == "csv":
            self._fh = open(self.tmp, "w", encoding="utf-8", newline="")
            self._fh.write(",".join(c.name for c in self.columns) + "\n")
        else:
            try:
                import pyarrow.parquet as pq
            except ImportError:
                self.abort()
                raise KoreadiploError(
                    f"{path}: writing Parquet needs pyarrow: pip install 'koreadiplo[parquet]'") from None
            self._arrow = _arrow_schema(self.columns)
            self._pq = pq.ParquetWriter(self.tmp, self._arrow)

    def write(self, df: pd.DataFrame) -> None:
        if not len(df):
            return
        self.rows += len(df)
        if self.fmt == "csv":
            df.to_csv(self._fh, header=False, index=False, date_format="%Y-%m-%d")
            return
        self._buffer.append(df)
        self._buffered += len(df)
        if self._buffered >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._buffer:
            df = pd.concat(self._buffer, ignore_index=True) if len(self._buffer) > 1 else self._buffer[0]
            self._pq.write_table(pa.Table.from_pandas(df, schema=self._arrow, preserve_index=False))
        self._buffer, self._buffered = [], 0

    def commit(self) -> Path:
        if self.fmt == "csv":
            self._fh.close()
        else:
            self._flush()
            self._pq.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        for closer in (getattr(self, "_fh", None), getattr(self, "_pq", None)):
            try:
                if closer is not None:
                    closer.close()
            except Exception:  # noqa: BLE001 - best effort on the way out
                pass
        if self.tmp.exists():
            self.tmp.unlink()


def _columns_of(table: str) -> tuple[schema.Column, ...]:
    if table == "events_merged":
        return MERGED_EVENTS
    if table == "failures":
        return tuple(_c(n, "str", "") for n in FAILURE_COLUMNS)
    return schema.TABLES[table]


# ----------------------------------------------------------------------------------------------- merge
@dataclass
class _Cluster:
    order: int
    key: tuple
    rank: int
    start: int  # anchor interval (proleptic ordinals) used to match further reports
    end: int
    date: int
    date_end: int
    precision: str
    first: dict
    n_mentions: int = 0
    article_ids: set[str] = field(default_factory=set)
    event_ids: list[str] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)


class EventMerger:
    """Incremental cross-article merge (the engine of :func:`merge_events`); feed it chunks with :meth:`add`.

    Memory grows with the number of distinct merged events and their article lists, not with the rows fed.
    """

    _FIELDS = ("article_id", "event_id", "date", "date_end", "date_precision", "category", "status",
               "channel", "actor", "actor_country", "target", "action", "n_mentions", "evidence")

    def __init__(self, statuses: Sequence[str] | None = ("happened",), reported_window: int = 7) -> None:
        self.statuses = None if statuses is None else frozenset(statuses)
        self.reported_window = int(reported_window)
        self._clusters: list[_Cluster] = []
        self._buckets: dict[tuple, list[_Cluster]] = collections.defaultdict(list)

    def add(self, events: pd.DataFrame) -> None:
        """Merge the rows of an events table (rows are taken in their order)."""
        if not len(events):
            return
        if self.statuses is not None:
            events = events[events["status"].isin(self.statuses)]
            if not len(events):
                return
        cols = {f: events[f].tolist() for f in self._FIELDS}
        start = _ordinals(events["date"])
        end = _ordinals(events["date_end"])
        for i in range(len(events)):
            if start[i] is None:
                continue
            self._add_row({f: cols[f][i] for f in self._FIELDS}, start[i], end[i] if end[i] is not None else start[i])

    @staticmethod
    def _text(value: Any) -> str | None:
        return None if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) \
            else str(value)

    def _add_row(self, r: dict, date: int, date_end: int) -> None:
        precision = r["date_precision"]
        rank = _PRECISION_RANK.get(precision, 3)
        start, end = (date - self.reported_window, date) if precision == "reported" else (date, date_end)
        channel = self._text(r["channel"]) or ""
        country = self._text(r["actor_country"])
        # a break or restoration of a named channel is keyed without its actor: reports that name no actor, or
        # "the two Koreas" (KOR+PRK), join one that names "North Korea"; only disjoint countries stay apart
        by_channel = bool(channel) and r["category"] in ("break", "restoration")
        who = "" if by_channel else (country or self._text(r["actor"]) or "")
        key = (r["category"], r["status"], channel, who)
        target = self._match(key, start, end, country if by_channel else None)
        if target is None:
            target = _Cluster(len(self._clusters), key, rank, start, end, date, date_end, precision, r)
            self._clusters.append(target)
            self._index(target)
        elif rank < target.rank:
            target.rank, target.start, target.end, target.precision = rank, start, end, precision
            target.date, target.date_end = date, date_end
        elif rank == target.rank:
            target.date, target.date_end = min(target.date, date), max(target.date_end, date_end)
        if target.first is not r and self._text(target.first["actor"]) is None and self._text(r["actor"]):
            target.first = {**target.first, "actor": r["actor"], "actor_country": r["actor_country"]}
        if country:
            target.countries.update(country.split("+"))
        n = r["n_mentions"]
        target.n_mentions += 1 if n is None or n is pd.NA or n != n else int(n)
        target.article_ids.add(str(r["article_id"]))
        target.event_ids.append(str(r["event_id"]))

    @staticmethod
    def _months(start: int, end: int) -> range:
        a, b = dt.date.fromordinal(start), dt.date.fromordinal(end)
        return range(a.year * 12 + a.month, b.year * 12 + b.month + 1)

    def _index(self, cluster: _Cluster) -> None:
        for m in self._months(cluster.start, cluster.end):
            self._buckets[(cluster.key, m)].append(cluster)

    def _match(self, key: tuple, start: int, end: int, country: str | None = None) -> _Cluster | None:
        best: _Cluster | None = None
        mine = set(country.split("+")) if country else set()
        for m in self._months(start, end):
            for c in self._buckets.get((key, m), ()):
                if mine and c.countries and not (mine & c.countries):
                    continue
                if c.start <= end and start <= c.end and (
                        best is None or (c.rank, c.start, c.order) < (best.rank, best.start, best.order)):
                    best = c
        return best

    def result(self) -> pd.DataFrame:
        """The merged table (schema :data:`MERGED_EVENTS`), sorted by date then key."""
        clusters = sorted(self._clusters, key=lambda c: (c.date, c.date_end, c.key, c.order))
        rows = []
        for i, c in enumerate(clusters, 1):
            f = c.first
            rows.append({
                "merged_id": f"M{i}", "date": dt.date.fromordinal(c.date),
                "date_end": dt.date.fromordinal(c.date_end), "date_precision": c.precision,
                "category": f["category"], "status": f["status"], "channel": f["channel"],
                "actor": f["actor"],
                "actor_country": f["actor_country"], "target": f["target"], "action": f["action"],
                "n_mentions": c.n_mentions, "n_articles": len(c.article_ids),
                "article_ids": ";".join(sorted(c.article_ids)), "event_ids": ";".join(c.event_ids),
                "first_event_id": f["event_id"], "evidence": f["evidence"],
            })
        return _merged_frame(rows)


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def _ordinals(dates: pd.Series) -> list[int | None]:
    """Proleptic Gregorian ordinals of a datetime column (None where missing), without a Python loop."""
    days = pd.to_datetime(dates).to_numpy().astype("datetime64[D]")
    mask = pd.isna(days)
    values = days.astype("int64") + _EPOCH_ORDINAL
    return [None if m else int(v) for v, m in zip(values, mask, strict=True)]


def _merged_frame(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in MERGED_EVENTS})
    df = pd.DataFrame(rows, columns=_MERGED_NAMES)
    return pd.DataFrame({c.name: schema._coerce_column(df[c.name], c.dtype) for c in MERGED_EVENTS})


def merge_events(events: pd.DataFrame, *, statuses: Sequence[str] | None = ("happened",),
                 reported_window: int = 7) -> pd.DataFrame:
    """Merge the rows of many articles' events tables that report the same real event.

    Rule (in the spirit of GDELT's NumMentions / NumArticles):

    * **key**: ``category`` + ``status`` + ``channel``, plus ``actor_country`` (the ``actor`` when the country
      is unknown) except for breaks and restorations of a named channel, which are one event whoever the
      reports name as actor. Rows with different keys are never merged.
    * **compatible dates**: the periods ``date`` .. ``date_end`` overlap. Two day-precision reports must name
      the same day; a month or a year report joins a report inside that month or year. A ``reported`` date
      (no date words: the publication date stands in) covers the ``reported_window`` days before publication.
    * A report joins the compatible merged event whose date is the most precise (then the earliest, then the
      first created); otherwise it starts a new one. **The most precise date wins**: a day report narrows a
      month event it joins.
    * ``n_mentions`` sums the rows' ``n_mentions``; ``n_articles`` counts distinct ``article_id``;
      ``article_ids`` lists them sorted; actor, target, action and evidence come from the first report in
      reading order (row order).

    Parameters
    ----------
    events
        An events table (schema ``events``), e.g. the concatenation of many articles' tables.
    statuses
        Which ``status`` values to merge (default: only events that happened); None keeps every status
        (each status is merged separately).
    reported_window
        Days before publication a ``reported`` date may refer to.

    Returns
    -------
    pandas.DataFrame
        One row per merged event, columns :data:`MERGED_EVENTS`, sorted by date.

    Examples
    --------
    >>> from koreadiplo import schema
    >>> row = dict(event_id="a:E1", article_id="a", date="2020-06-09", date_end="2020-06-09",
    ...            date_precision="day", date_text="Tuesday", date_rule="weekday", actor="North Korea",
    ...            actor_country="PRK", target=None, target_country=None, action="cut", category="break",
    ...            status="happened", channel="hotline", cameo_code=None, quad_class=None, goldstein=None,
    ...            trigger="cut the hotline", section="lead", sentence_id=1, char_start=0, char_end=3,
    ...            evidence="North Korea cut the hotline on Tuesday.", n_mentions=1)
    >>> other = dict(row, event_id="b:E1", article_id="b", date="2020-06-01", date_end="2020-06-30",
    ...              date_precision="month", n_mentions=2)
    >>> m = merge_events(schema.frame([row, other], "events"))
    >>> m[["date", "date_precision", "n_mentions", "n_articles", "article_ids"]].to_dict("records")[0]
    ... # doctest: +NORMALIZE_WHITESPACE
    {'date': Timestamp('2020-06-09 00:00:00'), 'date_precision': 'day', 'n_mentions': 3, 'n_articles': 2,
     'article_ids': 'a;b'}
    """
    merger = EventMerger(statuses=statuses, reported_window=reported_window)
    merger.add(events)
    return merger.result()


# ----------------------------------------------------------------------------------------------- corpus
@dataclass
class CorpusResult:
    """What :func:`extract_corpus` did.

    Attributes
    ----------
    n_articles, n_failed
        Files attempted; files that failed (listed in ``failures``).
    rows
        Table name -> number of rows written (or returned).
    files
        Table name -> file written (empty when ``out`` is None).
    failures
        The failures table: ``article_id``, ``path``, ``error`` (always present, maybe empty).
    tables
        Table name -> DataFrame, only when ``out`` is None (includes ``events_merged``).
    merged
        The ``events_merged`` table (None when events were not extracted).
    seconds
        Wall time.
    """

    n_articles: int
    n_failed: int
    rows: dict[str, int]
    files: dict[str, Path]
    failures: pd.DataFrame
    tables: dict[str, pd.DataFrame]
    merged: pd.DataFrame | None
    seconds: float
    out: Path | None = None

    @property
    def n_ok(self) -> int:
        """Articles extracted."""
        return self.n_articles - self.n_failed

    def summary(self) -> str:
        """One line: articles, events, statements, failures and where the tables are."""
        parts = [f"{self.n_articles:,} articles"]
        if "events" in self.rows:
            parts.append(f"{self.rows['events']:,} events ({self.rows.get('events_merged', 0):,} merged)")
        if "statements" in self.rows:
            parts.append(f"{self.rows['statements']:,} statements")
        parts.append(f"{self.n_failed:,} failed")
        where = f" -> {self.out}" if self.out is not None else ""
        rate = self.n_articles / self.seconds if self.seconds > 0 else float("inf")
        return f"extracted {', '.join(parts)} in {self.seconds:.1f} s ({rate:,.0f}/s){where}"


def _refuse_overwrite(inputs: Sequence[Path], outputs: Iterable[Path]) -> None:
    inputs_r = {os.path.realpath(p) for p in inputs}
    for o in outputs:
        if os.path.realpath(o) in inputs_r:
            raise KoreadiploError(f"{o}: refusing to write an output over an input file")


def _progress_bar(progress: bool | None, total: int):
    is_tty = hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
    if progress is False or (progress is None and not is_tty):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def extract_corpus(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    out: str | os.PathLike[str] | None = None,
    fmt: str = "csv",
    jobs: int = 1,
    progress: bool | None = None,
    engine: str = "processes",
    scheduler: Any = None,
    tables: Sequence[str] = TABLES,
    published: dt.date | str | None = None,
    encoding: str = "utf-8",
    chunksize: int | None = None,
    merge: bool = True,
    merge_statuses: Sequence[str] | None = ("happened",),
) -> CorpusResult:
    """Extract the tables of every article under ``paths``, streaming them to ``out``.

    Parameters
    ----------
    paths
        Files, directories (searched recursively for ``*.txt``) or glob patterns; see :func:`iter_paths`.
    out
        Output directory. Each table is appended chunk by chunk to ``<table>.<fmt>`` (temporary files renamed
        into place at the end, so an interrupted run leaves the previous outputs untouched), plus
        ``events_merged.<fmt>`` and ``failures.<fmt>`` (always written, even empty). None returns the tables
        as DataFrames in ``CorpusResult.tables`` instead: fine for small corpora, but memory then grows with
        the corpus.
    fmt
        ``'csv'`` or ``'parquet'`` (needs pyarrow).
    jobs
        Worker processes (``1`` = this process; ``0`` = one per CPU). For ``engine='dask'`` without a
        scheduler: the number of workers of the local cluster started for the run.
    progress
        tqdm progress bar on stderr: None = only when stderr is a terminal; True / False force it.
    engine
        ``'processes'`` or ``'dask'`` (``pip install 'koreadiplo[dask]'``).
    scheduler
        A Dask scheduler address (``'tcp://host:8786'``), a ``distributed.Client`` or ``LocalCluster``;
        implies ``engine='dask'``.
    tables
        Which of ``events``, ``statements``, ``sentences``, ``mentions`` to extract.
    published
        Publication date for every file (overrides the headers): for corpora whose files give none.
    encoding
        Encoding of the files.
    chunksize
        Articles per unit of work (default: up to 64, smaller for small corpora). Does not change the output.
    merge
        Build ``events_merged`` (needs ``events``). The merge is the one part whose memory grows with the
        corpus (one id per merged report, about 5 MB per 1,000 articles of ~10 events); ``merge=False`` keeps
        memory flat, and :func:`merge_events` can be run on ``events`` later.
    merge_statuses
        Statuses merged into ``events_merged`` (see :func:`merge_events`).

    Returns
    -------
    CorpusResult

    Raises
    ------
    KoreadiploError
        No input files, a missing path, an output that would overwrite an input, an unknown format or
        engine, a missing optional dependency.
    """
    t0 = time.perf_counter()
    tables = _check_tables(tables)
    if fmt not in ("csv", "parquet"):
        raise KoreadiploError(f"fmt={fmt!r}: use 'csv' or 'parquet'")
    if scheduler is not None:
        engine = "dask"
    if engine not in ENGINES:
        raise KoreadiploError(f"engine={engine!r}: use one of {list(ENGINES)}")
    jobs = (os.cpu_count() or 1) if jobs == 0 else max(1, int(jobs))
    _extractors(tables)  # fail early (here, not in every worker) when an extractor cannot be imported
    files = list(iter_paths(paths))
    if not files:
        raise KoreadiploError(f"no article files (*.txt) found in {_describe(paths)}")
    ids = _article_ids(files)
    size = chunksize or max(1, min(64, math.ceil(len(files) / (jobs * 4))))
    work = partial(_extract_chunk, published=published, tables=tables, encoding=encoding)
    items = [(str(p), a) for p, a in zip(files, ids, strict=True)]
    chunks = _chunked(items, size)

    merge = merge and "events" in tables
    names = [*tables, *(["events_merged"] if merge else []), "failures"]
    out_dir = Path(out) if out is not None else None
    writers: dict[str, _TableWriter] = {}
    memory: dict[str, list[pd.DataFrame]] = {t: [] for t in tables}
    failures: list[dict] = []
    merger = EventMerger(statuses=merge_statuses) if merge else None
    rows = dict.fromkeys(names, 0)
    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            raise KoreadiploError(f"{out_dir}: --out must be a directory")
        targets = {n: out_dir / f"{n}.{fmt}" for n in names}
        _refuse_overwrite(files, targets.values())
        out_dir.mkdir(parents=True, exist_ok=True)
    bar = _progress_bar(progress, len(files))
    stream: Generator[_Chunk, None, None] | None = None
    try:
        if out_dir is not None:
            for n in names:
                writers[n] = _TableWriter(targets[n], fmt, _columns_of(n))
        if engine == "dask":
            stream = _run_dask(work, chunks, scheduler, jobs)
        else:
            stream = _run_local(work, chunks, jobs)
        for chunk in stream:
            for name, df in chunk.frames.items():
                rows[name] += len(df)
                if name in writers:
                    writers[name].write(df)
                else:
                    memory[name].append(df)
            if merger is not None:
                merger.add(chunk.frames["events"])
            if chunk.failures:
                rows["failures"] += len(chunk.failures)
                failures.extend(chunk.failures)
                if "failures" in writers:
                    writers["failures"].write(_failures_frame(chunk.failures))
            if bar is not None:
                bar.update(chunk.n_articles)
                if failures:
                    bar.set_postfix(failed=len(failures), refresh=False)
        merged = merger.result() if merger is not None else None
        if merged is not None:
            rows["events_merged"] = len(merged)
            if writers:
                writers["events_merged"].write(merged)
        written = {n: w.commit() for n, w in writers.items()}
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    finally:
        if stream is not None:
            stream.close()  # stops the workers / releases the Dask client even on error
        if bar is not None:
            bar.close()
    in_memory: dict[str, pd.DataFrame] = {}
    if out_dir is None:
        in_memory = {t: _concat(memory[t], t) for t in tables}
        if merged is not None:
            in_memory["events_merged"] = merged
    return CorpusResult(
        n_articles=len(files), n_failed=len(failures), rows=rows, files=written if out_dir else {},
        failures=_failures_frame(failures), tables=in_memory, merged=merged,
        seconds=time.perf_counter() - t0, out=out_dir,
    )


def _failures_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(FAILURE_COLUMNS))
    if not len(df):
        return pd.DataFrame({c: pd.Series([], dtype="str") for c in FAILURE_COLUMNS})
    return df.astype("str")


def _describe(paths: Any) -> str:
    if isinstance(paths, (str, os.PathLike)):
        return os.fspath(paths)
    items = [os.fspath(p) for p in paths]
    return ", ".join(items[:3]) + (f" (+{len(items) - 3} more)" if len(items) > 3 else "")


# ----------------------------------------------------------------------------------------------- CLI
def add_extract_arguments(parser: Any) -> Any:
    """Add the arguments of ``koreadiplo extract`` to an ``argparse`` (sub)parser; return it."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files, directories (searched for *.txt) or glob patterns")
    parser.add_argument("--out", required=True, metavar="DIR", help="output directory for the tables")
    parser.add_argument("--format", dest="fmt", choices=("csv", "parquet"), default="csv",
                        help="table format (default: csv; parquet needs pyarrow)")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="worker processes (default 1; 0 = one per CPU)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    parser.add_argument("--scheduler", metavar="ADDR",
                        help="run on a Dask cluster, e.g. tcp://host:8786 (pip install 'koreadiplo[dask]')")
    parser.add_argument("--dask", action="store_true",
                        help="run on a local Dask cluster of --jobs workers (no --scheduler needed)")
    parser.add_argument("--tables", default=",".join(TABLES),
                        help=f"comma-separated tables to extract (default: {','.join(TABLES)})")
    parser.add_argument("--no-merge", dest="merge", action="store_false",
                        help="do not build events_merged (flat memory on huge corpora)")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date for every file (overrides the headers)")
    parser.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8)")
    return parser


def run_extract_cli(args: Any) -> int:
    """Run ``koreadiplo extract`` from parsed arguments; print a one-line summary.

    Returns 0 when every file was extracted, 1 when some failed (they are listed in ``failures.<fmt>``).
    """
    result = extract_corpus(
        args.paths, out=args.out, fmt=args.fmt, jobs=args.jobs, progress=False if args.quiet else None,
        engine="dask" if getattr(args, "dask", False) else "processes", scheduler=args.scheduler,
        tables=[t.strip() for t in args.tables.split(",") if t.strip()], published=args.published,
        encoding=args.encoding, merge=getattr(args, "merge", True),
    )
    print(result.summary())
    if result.n_failed:
        print(f"{result.n_failed:,} file(s) failed: see {result.files['failures']}", file=sys.stderr)
        return 1
    return 0
