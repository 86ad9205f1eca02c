"""The columns of every table koreadiplo produces, documented once.

Code builds and validates its DataFrames from these specs, the tests check tables against them and
``docs/schema.md`` is generated from them (``python -m koreadiplo.schema > docs/schema.md``), so the
documentation cannot drift from what is built.

Dtypes are pandas 3 dtypes: ``str`` (pandas' string dtype, missing values are ``NA``), ``Int64``
(nullable integer), ``float64``, ``bool`` and ``datetime64[s]`` (dates; missing values are ``NaT``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import SchemaError

DATE_PRECISIONS = ("day", "month", "year", "reported")
CATEGORIES = (
    "break",
    "restoration",
    "escalation",
    "threat",
    "cooperation",
    "meeting",
    "coercion",
    "criticism",
    "other",
)
STATUSES = ("happened", "announced", "threatened", "planned", "hypothetical", "denied")
CHANNELS = (
    "hotline",
    "military_line",
    "liaison_office",
    "talks",
    "summit",
    "agreement",
    "kaesong_complex",
    "relations",
    "roads_railways",
    "red_cross_line",
    "letters",
    "other",
)
STATEMENT_KINDS = ("direct", "partial", "indirect")
CHANNEL_STATES = ("connected", "severed", "unanswered")


def period_end(start: pd.Timestamp, precision: str) -> pd.Timestamp:
    """Last day of the period that starts at ``start`` with ``precision`` (day, month or year)."""
    if precision == "year":
        return pd.Timestamp(year=start.year, month=12, day=31)
    if precision == "month":
        return start + pd.offsets.MonthEnd(0)
    return start


@dataclass(frozen=True)
class Column:
    """One documented column: name, pandas dtype, meaning, allowed values, nullability."""

    name: str
    dtype: str
    description: str
    allowed: tuple[str, ...] | None = None
    nullable: bool = True


def _c(name: str, dtype: str, description: str, allowed=None, nullable: bool = True) -> Column:
    return Column(name, dtype, description, tuple(allowed) if allowed else None, nullable)


_EVIDENCE = [
    _c("section", "str", "Section label the sentence sits in ('lead', 'title', 'Why it matters', ...).",
       nullable=False),
    _c("sentence_id", "Int64", "Id of the evidence sentence in the article's sentences table.", nullable=False),
    _c("char_start", "Int64", "Start offset of the trigger / quote in `Article.text` (0-based, inclusive).",
       nullable=False),
    _c("char_end", "Int64", "End offset of the trigger / quote in `Article.text` (exclusive).", nullable=False),
    _c("evidence", "str", "The sentence the row was read from, exactly as in the article (for a quote that runs "
       "on, every sentence it spans: `article.text[start of sentence_id:end of its last sentence]`).",
       nullable=False),
]

SENTENCES: tuple[Column, ...] = (
    _c("article_id", "str", "Identifier of the article (the file stem, or 'text' for a string).", nullable=False),
    _c("sentence_id", "Int64", "0-based position of the sentence in the article (the title, if any, is 0).",
       nullable=False),
    _c("section", "str", "Section label: 'title', 'lead' before any label, else the label without its colon; "
       "'caption' for a photo caption copied with a web article ('FILE - ...', '(AP Photo/...)'); 'page' for "
       "a web page's furniture copied with it ('Advertisement', 'RELATED COVERAGE' and the headlines under it, "
       "a line ending in a link).",
       nullable=False),
    _c("paragraph", "Int64", "0-based index of the paragraph (block) the sentence belongs to; -1 for the title.",
       nullable=False),
    _c("is_bullet", "bool", "True when the sentence is in a bulleted paragraph.", nullable=False),
    _c("char_start", "Int64", "Start offset in `Article.text`; `text == article.text[char_start:char_end]`.",
       nullable=False),
    _c("char_end", "Int64", "End offset in `Article.text` (exclusive).", nullable=False),
    _c("text", "str", "The sentence exactly as it stands in the article.", nullable=False),
)

EVENTS: tuple[Column, ...] = (
    _c("article_id", "str", "Identifier of the article (the file stem).", nullable=False),
    _c("event_id", "str", "Unique id: '<article_id>:E<n>' in order of first mention.", nullable=False),
    _c("date", "datetime64[s]",
       "Start of the period the text gives (e.g. the first day of a month; see docs/dates.md).", nullable=False),
    _c("date_end", "datetime64[s]", "Last day of that period (equal to `date` at day precision).",
       nullable=False),
    _c("date_precision", "str", "How precise the date is; 'reported' = no date words, publication date used.",
       DATE_PRECISIONS, nullable=False),
    _c("date_text", "str", "The words that gave the date (NA when the precision is 'reported')."),
    _c("date_rule", "str", "Which documented rule resolved the date (see docs/dates.md)."),
    _c("actor", "str", "Canonical name of who acted ('North Korea', 'Kim Jong-un', ...)."),
    _c("actor_country", "str", "ISO 3166 alpha-3 code of the actor's country (PRK, KOR, USA, ...)."),
    _c("target", "str", "Canonical name of whom the action was aimed at, if the text says."),
    _c("target_country", "str", "ISO 3166 alpha-3 code of the target's country."),
    _c("action", "str", "Normalised action verb ('cut', 'restore', 'demolish', ...).", nullable=False),
    _c("category", "str", "Kind of event: a break, a restoration, or a context kind.", CATEGORIES,
       nullable=False),
    _c("status", "str", "Did it happen, or was it only announced / threatened / planned / hypothetical / denied.",
       STATUSES, nullable=False),
    _c("channel", "str", "The channel or relation concerned.", CHANNELS),
    _c("cameo_code", "str", "CAMEO event code (string, keeps leading zeros)."),
    _c("quad_class", "Int64", "CAMEO quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, "
       "4 material conflict."),
    _c("goldstein", "float64", "Goldstein scale value of the CAMEO code (-10 .. +10)."),
    _c("trigger", "str", "The words that triggered the event (verb and object).", nullable=False),
    *_EVIDENCE,
    _c("n_mentions", "Int64", "How many mentions in the article were merged into this row.", nullable=False),
)

MENTIONS: tuple[Column, ...] = (
    _c("article_id", "str", "Identifier of the article.", nullable=False),
    _c("event_id", "str", "The event (row of the events table) this mention was merged into; '<article_id>:U<n>' "
       "for undated background, which the events table leaves out (a break or restoration told without date words "
       "in an article that dates other events).", nullable=False),
    _c("mention_id", "str", "Unique id: '<event_id>.M<n>'.", nullable=False),
    _c("trigger", "str", "The words that triggered the mention.", nullable=False),
    _c("date_text", "str", "Date words found for this mention, if any."),
    *_EVIDENCE,
)

STATEMENTS: tuple[Column, ...] = (
    _c("article_id", "str", "Identifier of the article.", nullable=False),
    _c("statement_id", "str", "Unique id: '<article_id>:S<n>' in reading order.", nullable=False),
    _c("speaker", "str", "Full canonical name of the speaker, or the description the text gives "
       "('a military officer').", nullable=False),
    _c("speaker_role", "str", "Role of the speaker ('Blue House spokesperson', 'Unification Minister', ...)."),
    _c("speaker_org", "str", "Organisation or country the speaker speaks for."),
    _c("speaker_country", "str", "ISO 3166 alpha-3 code of the speaker's country."),
    _c("quote", "str", "What was said: the quoted words (direct, partial) or the reported clause (indirect).",
       nullable=False),
    _c("kind", "str", "direct = full quotation; partial = quoted fragment in the writer's sentence; "
       "indirect = reported speech without quote marks.", STATEMENT_KINDS, nullable=False),
    _c("cue", "str", "Reporting verb or cue ('said', 'added', 'warned', 'per', 'according to', ':')."),
    _c("via", "str", "Outlets that relayed it, nearest to the article first, joined by ' < ' "
       "('Yonhap < KCNA' = Yonhap relaying KCNA); NA when the article heard it first hand."),
    _c("date", "datetime64[s]", "When it was said (start of the period); publication date when not given.",
       nullable=False),
    _c("date_precision", "str", "Precision of `date`.", DATE_PRECISIONS, nullable=False),
    *_EVIDENCE,
)

CHRONOLOGY: tuple[Column, ...] = (
    _c("event_id", "str", "Stable id of the reference event ('C001', ...).", nullable=False),
    _c("date", "datetime64[s]", "Start of the period the sources give.", nullable=False),
    _c("date_precision", "str", "day / month / year.", DATE_PRECISIONS[:3], nullable=False),
    _c("channel", "str", "Channel concerned.", CHANNELS, nullable=False),
    _c("event_type", "str", "What happened to the channel (established, cut, unanswered, restored, demolished, "
       "suspended, summit, talks_collapsed, ...).", nullable=False),
    _c("category", "str", "break / restoration / other.", ("break", "restoration", "other"), nullable=False),
    _c("initiator", "str", "Who acted (canonical actor name)."),
    _c("description", "str", "What happened, in our own words.", nullable=False),
    _c("source_url", "str", "Public source that supports the date.", nullable=False),
    _c("source_note", "str", "What the source says / which part of it supports the row.", nullable=False),
    _c("note", "str", "Where sources disagree: both versions and which one we use."),
)

CHANNEL_STATUS: tuple[Column, ...] = (
    _c("channel", "str", "Channel.", CHANNELS, nullable=False),
    _c("start", "datetime64[s]", "First day of the span.", nullable=False),
    _c("end", "datetime64[s]", "Day the span ended (the next change, or the end of the chronology).",
       nullable=False),
    _c("state", "str", "State of the channel during the span.", CHANNEL_STATES, nullable=False),
)

LINKS: tuple[Column, ...] = (
    _c("article_id", "str", "Article of the event.", nullable=False),
    _c("event_id", "str", "Event of the article's events table.", nullable=False),
    _c("reference_id", "str", "Matched reference event of the chronology (NA when none matched)."),
    _c("reference_date", "datetime64[s]", "Date of the reference event."),
    _c("reference_precision", "str", "Precision of the reference date.", DATE_PRECISIONS[:3]),
    _c("reference_channel", "str", "Channel of the reference event.", CHANNELS),
    _c("reference_event_type", "str", "Event type of the reference event."),
    _c("quality", "str", "exact = same channel, reference inside the event's period; compatible = related channel "
       "or inside only with the tolerance; weak = date from publication or loose channel; none = no candidate.",
       ("exact", "compatible", "weak", "none"), nullable=False),
    _c("days_apart", "Int64", "Reference date minus event date, in days."),
    _c("reason", "str", "Why it matched (or what was looked for), in words.", nullable=False),
)

EVENTS_MERGED: tuple[Column, ...] = (
    _c("merged_id", "str", "Id of the merged event: 'M<n>' in order of date.", nullable=False),
    _c("date", "datetime64[s]", "Start of the most precise period any report gives.", nullable=False),
    _c("date_end", "datetime64[s]", "End of that period.", nullable=False),
    _c("date_precision", "str", "Precision of the most precise report.", DATE_PRECISIONS,
       nullable=False),
    _c("category", "str", "Kind of event (part of the merge key).", CATEGORIES, nullable=False),
    _c("status", "str", "Status of the merged reports (part of the merge key).", STATUSES,
       nullable=False),
    _c("channel", "str", "Channel concerned (part of the merge key).", CHANNELS),
    _c("actor", "str", "Actor of the first report that names one (in reading order)."),
    _c("actor_country", "str",
       "Actor's country (part of the merge key except for breaks and restorations of a named channel)."),
    _c("target", "str", "Target of the first report."),
    _c("action", "str", "Action of the first report.", nullable=False),
    _c("n_mentions", "Int64", "Sum of `n_mentions` over the merged rows (GDELT NumMentions).",
       nullable=False),
    _c("n_articles", "Int64", "Number of distinct articles reporting it (GDELT NumArticles).",
       nullable=False),
    _c("article_ids", "str", "The distinct article ids, sorted, joined by ';'.", nullable=False),
    _c("event_ids", "str", "The merged per-article event ids, in reading order, joined by ';'.",
       nullable=False),
    _c("first_event_id", "str", "Event id of the first report in reading order.", nullable=False),
    _c("evidence", "str", "Evidence sentence of the first report.", nullable=False),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "sentences": SENTENCES,
    "events": EVENTS,
    "mentions": MENTIONS,
    "statements": STATEMENTS,
    "chronology": CHRONOLOGY,
    "channel_status": CHANNEL_STATUS,
    "links": LINKS,
    "events_merged": EVENTS_MERGED,
}


def columns(table: str) -> list[str]:
    """Column names of ``table`` in their documented order."""
    return [c.name for c in _spec(table)]


def _spec(table: str) -> tuple[Column, ...]:
    try:
        return TABLES[table]
    except KeyError:
        raise SchemaError(f"unknown table {table!r}; known: {', '.join(TABLES)}") from None


def _coerce_column(series: pd.Series, dtype: str) -> pd.Series:
    if dtype.startswith("datetime64"):
        return pd.to_datetime(series, errors="raise").astype(dtype)
    if dtype == "bool":
        if series.dtype == object or str(series.dtype) == "str":
            series = series.map({"True": True, "False": False, True: True, False: False})
        return series.astype("bool")
    if dtype == "Int64":
        return pd.to_numeric(series, errors="raise").astype("Int64")
    if dtype == "str":
        return series.astype("str").where(series.notna(), pd.NA).astype("str")
    return series.astype(dtype)


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the table's columns and dtypes."""
    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in _spec(table)})


def _is_missing(v: object) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v)


def _column_from_values(values: list, dtype: str) -> pd.Series:
    """Fast path: one column straight from Python values (None / NA / NaN = missing)."""
    # the common types are tested first (a str or int is never missing): one type check per value
    if dtype == "str":
        return pd.Series(pd.array([v if isinstance(v, str) else None if _is_missing(v) else str(v)
                                   for v in values], dtype="str"))
    if dtype == "Int64":
        return pd.Series(pd.array([v if type(v) is int else None if _is_missing(v) else int(v) for v in values],
                                  dtype="Int64"))
    if dtype.startswith("datetime64"):
        unit = dtype[dtype.index("[") + 1 : -1]
        arr = np.array([None if _is_missing(v) else v for v in values], dtype=f"datetime64[{unit}]")
        return pd.Series(arr)
    if dtype == "float64":
        return pd.Series(np.array([np.nan if _is_missing(v) else float(v) for v in values], dtype="float64"))
    if dtype == "bool":
        return pd.Series(np.array([bool(v) for v in values], dtype=bool))
    return pd.Series(values).astype(dtype)


def frame(rows: list[dict] | pd.DataFrame, table: str) -> pd.DataFrame:
    """Build a DataFrame of ``table`` from row dicts (or a frame): documented order and dtypes."""
    spec = _spec(table)
    if not isinstance(rows, pd.DataFrame):
        rows = list(rows)
        if not rows:
            return empty(table)
        missing = [c.name for c in spec if c.name not in rows[0]]
        if missing:
            raise SchemaError(f"{table}: missing columns {missing}")
        try:
            return pd.DataFrame({c.name: _column_from_values([r[c.name] for r in rows], c.dtype) for c in spec})
        except KeyError as exc:
            raise SchemaError(f"{table}: a row lacks column {exc}") from None
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"{table}: a value does not fit its documented dtype ({exc})") from None
    df = rows.copy()
    if df.empty and not len(df.columns):
        return empty(table)
    missing = [c.name for c in spec if c.name not in df.columns]
    if missing:
        raise SchemaError(f"{table}: missing columns {missing}")
    out = pd.DataFrame({c.name: _coerce_column(df[c.name], c.dtype) for c in spec})
    out.index = pd.RangeIndex(len(out))
    return out


def validate(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Check ``df`` against the spec of ``table``; return it unchanged or raise :class:`SchemaError`."""
    spec = _spec(table)
    names = [c.name for c in spec]
    if list(df.columns) != names:
        raise SchemaError(f"{table}: columns {list(df.columns)} != documented {names}")
    for c in spec:
        s = df[c.name]
        if str(s.dtype) != c.dtype:
            raise SchemaError(f"{table}.{c.name}: dtype {s.dtype} != documented {c.dtype}")
        if not c.nullable and s.isna().any():
            raise SchemaError(f"{table}.{c.name}: {int(s.isna().sum())} missing value(s) in a required column")
        if c.allowed is not None:
            bad = sorted(set(s.dropna()) - set(c.allowed))
            if bad:
                raise SchemaError(f"{table}.{c.name}: values {bad} not in {list(c.allowed)}")
    return df


def to_markdown() -> str:
    """The schema of every table as Markdown (the source of ``docs/schema.md``)."""
    lines = [
        "# Table schemas",
        "",
        "Generated from `src/koreadiplo/schema.py` by `python -m koreadiplo.schema > docs/schema.md`;",
        "a test fails when this file and the code disagree. Do not edit by hand.",
        "",
    ]
    for table, spec in TABLES.items():
        lines += [f"## {table}", "", "| column | dtype | required | meaning | allowed values |",
                  "|---|---|---|---|---|"]
        for c in spec:
            allowed = ", ".join(f"`{a}`" for a in c.allowed) if c.allowed else ""
            lines.append(f"| `{c.name}` | `{c.dtype}` | {'yes' if not c.nullable else 'no'} | "
                         f"{c.description} | {allowed} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(to_markdown(), end="")
