"""The reference chronology of inter-Korean channels, 1971-2024: load it, derive channel states, link
article events to it.

The history lives in ``data/chronology.csv`` (one row per reference event, every row with a public
source; see ``docs/chronology.md``). Three things are built on it:

* :func:`load_chronology` reads and validates it (or a user file with the same columns);
* :func:`channel_status` turns it into tidy spans (``connected`` / ``severed`` / ``unanswered``) per
  channel, for plotting;
* :func:`link_events` matches the rows of an ``events`` table to reference events, and
  :func:`settle_date` gives the events extractor a year for "On June 9" when the text has none.

The state machine
-----------------
Each ``event_type`` either moves its channel to a state or leaves the state alone:

============================================================  ===============
event_type                                                     new state
============================================================  ===============
established, opened, linked, signed, restored, reopened,       ``connected``
resumed
cut, suspended, closed, demolished, blown_up, scrapped,        ``severed``
dismantled, withdrawn
unanswered                                                     ``unanswered``
anything else (summit, talks, talks_collapsed, announced,      unchanged
groundbreaking, partially_suspended, ...)
============================================================  ===============

A channel has no state before its first state-changing event (no span is drawn there). A span runs from
the day of the change to the day of the next *different* state (half-open ``[start, end)``); repeated
events that keep the state (a second ``restored``) do not split it. Month- and year-precision events
count from the first day of their period. Only :data:`STATEFUL_CHANNELS` get spans by default: summits,
talks, letters and ``other`` are one-off events, and ``agreement`` / ``relations`` mix many accords and
bodies under one name (pass ``channels=`` to :func:`channel_status` to derive them anyway).

Examples
--------
>>> history = load_chronology()
>>> history.loc[history["date"] == "2020-06-16", "event_type"].tolist()
['demolished']
>>> status = channel_status(history)
>>> hot = status[status["channel"] == "hotline"]
>>> hot.loc[hot["start"] == "2021-08-10", "state"].item()
'unanswered'
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from . import schema
from .dates import resolve_month_day
from .errors import ChronologyError, SchemaError
from .schema import period_end as _period_end

__all__ = [
    "load_chronology",
    "channel_status",
    "link_events",
    "settle_date",
    "STATE_OF_EVENT",
    "NEUTRAL_EVENT_TYPES",
    "EVENT_TYPES",
    "STATEFUL_CHANNELS",
    "LINE_CHANNELS",
    "CATEGORY_MATCHES",
    "LINK_COLUMNS",
]

PACKAGE_FILE = "chronology.csv"

#: event types that set the state of their channel (see the module docstring).
STATE_OF_EVENT: dict[str, str] = {
    "established": "connected",
    "opened": "connected",
    "linked": "connected",
    "signed": "connected",
    "restored": "connected",
    "reopened": "connected",
    "resumed": "connected",
    "cut": "severed",
    "suspended": "severed",
    "closed": "severed",
    "demolished": "severed",
    "blown_up": "severed",
    "scrapped": "severed",
    "dismantled": "severed",
    "withdrawn": "severed",
    "unanswered": "unanswered",
}
#: event types that are recorded but leave the channel's state alone.
NEUTRAL_EVENT_TYPES: tuple[str, ...] = (
    "talks",
    "summit",
    "talks_collapsed",
    "cancelled",
    "agreement_reached",
    "groundbreaking",
    "test_run",
    "service_started",
    "service_halted",
    "announced",
    "threatened",
    "proposed",
    "blocked",
    "partially_suspended",
    "sanctions_imposed",
    "declared_hostile",
    "exchanged",
    "shooting",
    "attack",
)
EVENT_TYPES: tuple[str, ...] = (*STATE_OF_EVENT, *NEUTRAL_EVENT_TYPES)
#: channels that stay open or shut between events, and so get spans in :func:`channel_status`.
STATEFUL_CHANNELS: tuple[str, ...] = (
    "hotline",
    "military_line",
    "liaison_office",
    "red_cross_line",
    "kaesong_complex",
    "roads_railways",
)
#: communication lines: news copy often calls any of them "the hotline", so they match each other.
LINE_CHANNELS: frozenset[str] = frozenset({"hotline", "military_line", "liaison_office", "red_cross_line"})
_DIPLOMACY_CHANNELS = frozenset({"summit", "talks", "letters"})
#: channels too broad to link on their own: a link through them also needs the action to match.
_LOOSE_CHANNELS = frozenset({"other", "relations"})
#: article event category -> reference categories it may link to.
CATEGORY_MATCHES: dict[str, tuple[str, ...]] = {
    "break": ("break",),
    "restoration": ("restoration",),
    "escalation": ("break", "other"),
    "coercion": ("break", "other"),
    "threat": ("break", "other"),
    "criticism": ("other",),
    "cooperation": ("restoration", "other"),
    "meeting": ("other", "break"),
    "other": ("other",),
}
_REQUIRED_CATEGORY = {"severed": ("break",), "unanswered": ("break",)}
_RESTORING = frozenset({"restored", "reopened", "resumed"})
_DATE_PATTERNS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
_EVENT_TYPE_RE = re.compile(r"^[a-z][a-z_]*[a-z]$")
_ID_RE = re.compile(r"^\S+$")
_QUALITY_RANK = {"exact": 0, "compatible": 1, "weak": 2}

#: columns of the table :func:`link_events` returns.
#: columns of :func:`link_events` and their dtypes (documented in ``schema.LINKS``).
LINK_COLUMNS: dict[str, str] = {c.name: c.dtype for c in schema.LINKS}


# --------------------------------------------------------------------------------------------- loading


def load_chronology(path: str | os.PathLike[str] | None = None, *, strict: bool = True) -> pd.DataFrame:
    """Read and validate the reference chronology.

    Parameters
    ----------
    path : str or PathLike, optional
        A CSV file with exactly the columns of ``schema.CHRONOLOGY``; by default the bundled
        ``data/chronology.csv``. ``date`` is written ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as
        ``date_precision`` says (day / month / year).
    strict : bool
        Reject ``event_type`` values outside :data:`EVENT_TYPES` (a typo would otherwise silently
        leave a channel's state unchanged). With ``strict=False`` unknown types are kept as neutral.

    Returns
    -------
    DataFrame
        The ``chronology`` table (see ``docs/schema.md``), sorted by date (file order within a day),
        ``date`` at the start of its period.

    Raises
    ------
    ChronologyError
        One line naming the file, the line and event id, and the problem: unreadable file, missing or
        unknown columns, bad date or precision, unknown channel / category / event type, duplicate id,
        a row without source URL or source note, a break type filed as a restoration.

    Examples
    --------
    >>> history = load_chronology()
    >>> history[["event_id", "date", "channel", "event_type"]].iloc[0].tolist()[:3]
    ['C001', Timestamp('1971-08-20 00:00:00'), 'red_cross_line']
    """
    name, text = _read_source(path)
    rows = _parse_rows(name, text, strict)
    try:
        table = schema.frame(rows, "chronology") if rows else schema.empty("chronology")
        table = table.sort_values("date", kind="stable", ignore_index=True)
        return schema.validate(table, "chronology")
    except (SchemaError, ValueError) as exc:  # pragma: no cover - rows are checked one by one above
        raise ChronologyError(f"{name}: {exc}") from None


def _read_source(path: str | os.PathLike[str] | None) -> tuple[str, str]:
    if path is None:
        res = resources.files("koreadiplo").joinpath("data", PACKAGE_FILE)
        return f"{PACKAGE_FILE} (package data)", res.read_text(encoding="utf-8")
    p = Path(path)
    if not p.is_file():
        raise ChronologyError(f"{p}: no such file")
    try:
        return str(p), p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ChronologyError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ChronologyError(f"{p}: cannot read ({exc.strerror})") from None


def _parse_rows(name: str, text: str, strict: bool) -> list[dict]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise ChronologyError(f"{name}: empty file, expected a header with {schema.columns('chronology')}")
    header = [h.strip() for h in header]
    _check_header(name, header)
    rows, seen = [], {}
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue
        line = reader.line_num
        if len(record) != len(header):
            raise ChronologyError(f"{name}: line {line}: {len(record)} fields, expected {len(header)}")
        row = {h: (v.strip() or None) for h, v in zip(header, record, strict=True)}
        rows.append(_check_row(name, line, row, seen, strict))
    return rows


def _check_header(name: str, header: list[str]) -> None:
    expected = schema.columns("chronology")
    missing = [c for c in expected if c not in header]
    unknown = [c for c in header if c not in expected]
    duplicated = sorted({c for c in header if header.count(c) > 1})
    if missing or unknown or duplicated:
        parts = [f"missing columns {missing}" if missing else "",
                 f"unknown columns {unknown}" if unknown else "",
                 f"duplicated columns {duplicated}" if duplicated else ""]
        raise ChronologyError(f"{name}: {'; '.join(p for p in parts if p)} (expected {expected})")


def _check_row(name: str, line: int, row: dict, seen: dict[str, int], strict: bool) -> dict:
    eid = row["event_id"]

    def fail(problem: str) -> ChronologyError:
        return ChronologyError(f"{name}: line {line}" + (f" ({eid})" if eid else "") + f": {problem}")

    if not eid or not _ID_RE.match(eid):
        raise fail(f"event_id {eid!r} must be a non-empty id without spaces")
    if eid in seen:
        raise fail(f"duplicate event_id, already used on line {seen[eid]}")
    seen[eid] = line
    row["date"] = _parse_date(row["date"], row["date_precision"], fail)
    for col, allowed in (("channel", schema.CHANNELS), ("category", ("break", "restoration", "other"))):
        if row[col] not in allowed:
            raise fail(f"{col} {row[col]!r} not in {list(allowed)}")
    _check_event_type(row, strict, fail)
    for col in ("description", "source_note"):
        if not row[col]:
            raise fail(f"{col} is empty: every row says what happened and what its source says")
    url = urlparse(row["source_url"] or "")
    if url.scheme not in ("http", "https") or not url.netloc:
        raise fail(f"source_url {row['source_url']!r} is not an http(s) address of a public source")
    return row


def _parse_date(value: str | None, precision: str | None, fail) -> dt.date:
    if precision not in _DATE_PATTERNS:
        raise fail(f"date_precision {precision!r} not in {list(_DATE_PATTERNS)}")
    shape = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}[precision]
    if not value or not _DATE_PATTERNS[precision].match(value):
        raise fail(f"date {value!r} does not match precision {precision!r} (expected {shape})")
    parts = [int(p) for p in value.split("-")] + [1] * (3 - value.count("-") - 1)
    try:
        return dt.date(*parts)
    except ValueError as exc:
        raise fail(f"date {value!r} is not a calendar date ({exc})") from None


def _check_event_type(row: dict, strict: bool, fail) -> None:
    etype = row["event_type"]
    if not etype or not _EVENT_TYPE_RE.match(etype):
        raise fail(f"event_type {etype!r} must be lower-case words joined by '_'")
    if strict and etype not in EVENT_TYPES:
        raise fail(f"event_type {etype!r} unknown; known: {', '.join(EVENT_TYPES)} "
                   "(or load with strict=False to keep it as a neutral event)")
    state = STATE_OF_EVENT.get(etype)
    allowed = _REQUIRED_CATEGORY.get(state or "")
    if etype in _RESTORING:
        allowed = ("restoration",)
    if allowed and row["category"] not in allowed:
        raise fail(f"event_type {etype!r} must have category {' or '.join(allowed)}, not {row['category']!r}")


# -------------------------------------------------------------------------------------- channel status


def channel_status(
    chronology: pd.DataFrame | None = None,
    *,
    until: object = None,
    channels: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Spans of each channel's state, derived from the ``event_type`` of the reference events.

    Parameters
    ----------
    chronology : DataFrame, optional
        A ``chronology`` table; by default the bundled one (:func:`load_chronology`).
    until : date-like, optional
        End of the last span of every channel; events after it are ignored. By default 31 December of
        the year of the last event, so that a change on the last day still shows.
    channels : sequence of str, optional
        Channels to derive (default :data:`STATEFUL_CHANNELS`, those present in the table).

    Returns
    -------
    DataFrame
        The ``channel_status`` table: ``channel``, ``start``, ``end``, ``state`` (connected / severed /
        unanswered), ordered by channel (schema order) then start. Spans of a channel are half-open,
        ordered and do not overlap: each one ends where the next begins. See the module docstring for
        the state machine.

    Examples
    --------
    >>> spans = channel_status(load_chronology(), until="2021-12-31")
    >>> hot = spans[spans["channel"] == "hotline"]
    >>> hot.loc[hot["start"] == "2020-06-09", ["end", "state"]].astype(str).values.tolist()
    [['2021-07-27', 'severed']]
    """
    if chronology is None:
        chronology = load_chronology()
    missing = [c for c in ("channel", "date", "event_type") if c not in chronology.columns]
    if missing:
        raise ChronologyError(f"channel_status: the chronology lacks columns {missing}")
    if chronology.empty:
        return schema.empty("channel_status")
    dates = pd.to_datetime(chronology["date"])
    end = _default_until(dates) if until is None else pd.Timestamp(until)
    wanted = [c for c in schema.CHANNELS if c in (channels or STATEFUL_CHANNELS)]
    rows: list[dict] = []
    for channel in wanted:
        mask = (chronology["channel"] == channel) & (dates <= end)
        events = chronology.loc[mask].assign(_d=dates[mask]).sort_values("_d", kind="stable")
        rows += _spans(channel, events["_d"], events["event_type"], end)
    return schema.frame(rows, "channel_status") if rows else schema.empty("channel_status")


def _default_until(dates: pd.Series) -> pd.Timestamp:
    last = dates.max()
    return pd.Timestamp(year=last.year, month=12, day=31)


def _spans(channel: str, dates: Iterable, types: Iterable, until: pd.Timestamp) -> list[dict]:
    spans: list[dict] = []
    state, start = None, None
    for day, etype in zip(dates, types, strict=True):
        new = STATE_OF_EVENT.get(str(etype))
        if new is None or new == state:
            continue
        if state is not None and day > start:
            spans.append({"channel": channel, "start": start, "end": day, "state": state})
        elif state is not None and spans and spans[-1]["state"] == new:
            # a same-day flip back: the zero-length span is dropped and the previous one resumes
            state, start = new, spans.pop()["start"]
            continue
        state, start = new, day
    if state is not None and until > start:
        spans.append({"channel": channel, "start": start, "end": until, "state": state})
    return spans


# ----------------------------------------------------------------------------------------- linking


@dataclass(frozen=True)
class _Candidate:
    rank: tuple
    ref: pd.Series
    quality: str
    channel_why: str
    date_why: str
    action_why: str


def link_events(
    events: pd.DataFrame,
    chronology: pd.DataFrame | None = None,
    *,
    max_days: int = 31,
    day_tolerance: int = 1,
) -> pd.DataFrame:
    """Match each row of an ``events`` table to the best compatible reference event.

    A reference event is a candidate when

    * its category is one the event's category may match (:data:`CATEGORY_MATCHES`: a ``break`` only
      matches breaks, a ``meeting`` matches ``other`` and ``break`` rows such as a collapsed summit);
    * its channel is the event's channel, or another communication line (:data:`LINE_CHANNELS`: news
      copy calls any of them "the hotline"), or either side is unknown / ``other`` / ``relations`` -
      then the event's ``action`` must also match the reference ``event_type`` ("cut" ~ ``cut``);
    * its period overlaps the event's period ``[date, date_end]`` widened by ``day_tolerance`` days at
      day precision (a KCNA report dated the day after); for precision ``'reported'`` (no date words,
      ``date`` is the publication date) it lies within ``max_days`` days before publication.

    The best candidate has the best quality, then the closest channel, a matching action, the smallest
    distance in days, the lowest id.

    Parameters
    ----------
    events : DataFrame
        An ``events`` table; needs ``event_id``, ``date``, ``date_precision``, ``category``, ``channel``
        (``date_end``, ``action``, ``article_id`` are used when present).
    chronology : DataFrame, optional
        The reference table; by default :func:`load_chronology`.
    max_days : int
        Look-back window for events dated only by publication.
    day_tolerance : int
        Days of slack around a day-precision date.

    Returns
    -------
    DataFrame
        One row per event, columns :data:`LINK_COLUMNS`: ``quality`` is ``exact`` (same channel,
        reference inside the event's period), ``compatible`` (another line channel, or inside only
        with the tolerance), ``weak`` (date from publication, or matched through a loose channel) or
        ``none`` (no candidate; ``reason`` says what was looked for). ``days_apart`` is reference
        date minus event date.

    Examples
    --------
    >>> ev = pd.DataFrame({"event_id": ["a:E1"], "date": [pd.Timestamp("2020-06-01")],
    ...                    "date_end": [pd.Timestamp("2020-06-30")], "date_precision": ["month"],
    ...                    "category": ["break"], "channel": ["liaison_office"], "action": ["demolish"]})
    >>> link_events(ev)[["reference_date", "quality"]].astype(str).values.tolist()
    [['2020-06-16', 'exact']]
    """
    missing = [c for c in ("event_id", "date", "date_precision", "category", "channel") if c not in events]
    if missing:
        raise SchemaError(f"link_events: the events table lacks columns {missing}")
    ref = load_chronology() if chronology is None else chronology
    ref = ref.assign(_start=pd.to_datetime(ref["date"]))
    ends = [_period_end(s, p) for s, p in zip(ref["_start"], ref["date_precision"], strict=True)]
    ref = ref.assign(_end=ends)
    rows = [_link_one(ev, ref, max_days, day_tolerance) for _, ev in events.iterrows()]
    return _links_frame(rows)


def _link_one(ev: pd.Series, ref: pd.DataFrame, max_days: int, tol: int) -> dict:
    start, end, window = _event_window(ev, max_days, tol)
    cats = CATEGORY_MATCHES.get(str(ev["category"]), (str(ev["category"]),))
    best: _Candidate | None = None
    for _, r in ref.iterrows():
        cand = _candidate(ev, r, cats, start, end, window)
        if cand is not None and (best is None or cand.rank < best.rank):
            best = cand
    base = {"article_id": ev.get("article_id"), "event_id": ev["event_id"]}
    if best is None:
        channel = _text(ev.get("channel")) or "unknown"
        return base | {"quality": "none", "reason": (
            f"no reference event of category {'/'.join(cats)} on a channel compatible with {channel!r} "
            f"between {window[0]:%Y-%m-%d} and {window[1]:%Y-%m-%d}")}
    r = best.ref
    return base | {
        "reference_id": r["event_id"], "reference_date": r["_start"],
        "reference_precision": r["date_precision"], "reference_channel": r["channel"],
        "reference_event_type": r["event_type"], "quality": best.quality,
        "days_apart": int((r["_start"] - pd.Timestamp(ev["date"])).days),
        "reason": f"{r['event_id']} {r['event_type']} on {_fmt(r)}: {best.channel_why}; "
                  f"category {r['category']}; {best.date_why}{best.action_why}",
    }


def _event_window(ev: pd.Series, max_days: int, tol: int):
    start = pd.Timestamp(ev["date"])
    end = pd.Timestamp(ev["date_end"]) if "date_end" in ev and pd.notna(ev.get("date_end")) else None
    precision = str(ev["date_precision"])
    if end is None:
        end = _period_end(start, precision if precision in _DATE_PATTERNS else "day")
    if precision == "reported":
        return start, end, (start - pd.Timedelta(days=max_days), start + pd.Timedelta(days=tol))
    slack = pd.Timedelta(days=tol if precision == "day" else 0)
    return start, end, (start - slack, end + slack)


def _candidate(ev, r, cats, start, end, window) -> _Candidate | None:
    if r["category"] not in cats:
        return None
    chan_score, channel_why = _channel_match(_text(ev.get("channel")), r["channel"])
    if chan_score is None:
        return None
    if r["_start"] > window[1] or r["_end"] < window[0]:
        return None
    action_hit = _action_matches(_text(ev.get("action")), r["event_type"])
    loose = chan_score <= 1
    if loose and not action_hit:
        return None
    reported = str(ev["date_precision"]) == "reported"
    inside = r["_start"] >= start and r["_end"] <= end
    if reported or loose:
        quality = "weak"
    elif chan_score == 3 and inside:
        quality = "exact"
    else:
        quality = "compatible"
    distance = abs((r["_start"] - (start if reported else start + (end - start) / 2)).days)
    if reported:
        date_why = f"{distance} days before publication {start:%Y-%m-%d} (no date in the text)"
    elif inside:
        date_why = f"inside the event's period {start:%Y-%m-%d}..{end:%Y-%m-%d}"
    else:
        date_why = f"within {window[0]:%Y-%m-%d}..{window[1]:%Y-%m-%d} (event's period plus tolerance)"
    action_why = f"; action {ev.get('action')!r} matches" if action_hit else ""
    rank = (_QUALITY_RANK[quality], -chan_score, not action_hit, distance, str(r["event_id"]))
    return _Candidate(rank, r, quality, channel_why, date_why, action_why)


def _channel_match(event_channel: str | None, ref_channel: str) -> tuple[int | None, str]:
    if event_channel == ref_channel and event_channel not in _LOOSE_CHANNELS:
        return 3, f"same channel ({ref_channel})"
    if event_channel in LINE_CHANNELS and ref_channel in LINE_CHANNELS:
        return 2, f"both communication lines ({event_channel} ~ {ref_channel})"
    if event_channel in _DIPLOMACY_CHANNELS and ref_channel in _DIPLOMACY_CHANNELS:
        return 2, f"both diplomatic channels ({event_channel} ~ {ref_channel})"
    if event_channel is None or event_channel in _LOOSE_CHANNELS or ref_channel in _LOOSE_CHANNELS:
        return 1, f"loose channel match ({event_channel or 'unknown'} ~ {ref_channel})"
    return None, ""


def _stem(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())[:4]


def _action_matches(action: str | None, event_type: str) -> bool:
    if not action:
        return False
    a, t = _stem(action), _stem(event_type)
    return len(a) >= 3 and (a == t or (len(t) == len(a) and t.startswith(a)))


def _links_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(LINK_COLUMNS))
    out = {}
    for col, dtype in LINK_COLUMNS.items():
        s = df[col]
        if dtype == "str":
            out[col] = s.astype("str").where(s.notna(), pd.NA).astype("str")
        elif dtype == "Int64":
            out[col] = pd.to_numeric(s).astype("Int64")
        else:
            out[col] = pd.to_datetime(s).astype(dtype)
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)))


# ---------------------------------------------------------------------------------------- settle_date


def settle_date(
    category: str,
    channel: str | None,
    month: int,
    day: int | None,
    published: object,
    chronology: pd.DataFrame | None = None,
    *,
    max_age_days: int = 3 * 366,
) -> tuple[dt.date | None, str | None]:
    """Year for a month-day date the text gives without one ("On June 9, the North cut all lines").

    The most recent reference event on or before ``published`` with a compatible category
    (:data:`CATEGORY_MATCHES`), a compatible channel (the same one, another communication line, or any
    when ``channel`` is None), that month and (at day precision) that day, and at most
    ``max_age_days`` old, gives the date: an October 2021 article's "June 9" is the 2020-06-09 cut.
    Without such an event the default rule applies (:func:`koreadiplo.dates.resolve_month_day`: the most
    recent such day on or before publication).
    A bare month ("in June") is weaker evidence: the chronology only confirms the default year (and
    names the reference event), it never moves the date to an earlier year.

    Parameters
    ----------
    category, channel : str
        Category and channel of the event the date belongs to.
    month, day : int
        The month and day the text gives; ``day=None`` for a bare month ("in June").
    published : date-like
        Publication date of the article.
    chronology : DataFrame, optional
        The reference table; by default :func:`load_chronology`.
    max_age_days : int
        Oldest reference event considered, in days before publication.

    Returns
    -------
    (date, reference_id)
        The settled date (first of the month for a bare month) and the id of the reference event that
        gave it, or the default date and None; ``(None, None)`` for an impossible month-day.

    Examples
    --------
    >>> settle_date("break", "hotline", 6, 9, "2021-10-04")
    (datetime.date(2020, 6, 9), 'C061')
    >>> settle_date("break", "hotline", 3, 2, "2021-10-04")
    (datetime.date(2021, 3, 2), None)
    """
    pub = pd.Timestamp(published).normalize()
    try:
        default = resolve_month_day(month, day, pub.date())
    except ValueError:
        return None, None
    ref = load_chronology() if chronology is None else chronology
    dates = pd.to_datetime(ref["date"])
    ok = (dates.dt.month == month) & (dates <= pub) & (dates >= pub - pd.Timedelta(days=max_age_days))
    ok &= ref["category"].isin(CATEGORY_MATCHES.get(category, (category,)))
    if day is not None:
        ok &= (ref["date_precision"] == "day") & (dates.dt.day == day)
    else:
        # a bare month is weak evidence: the chronology may confirm the default year, not move it
        ok &= ref["date_precision"].isin(("day", "month")) & (dates.dt.year == default.year)
    if channel is not None:
        family = LINE_CHANNELS if channel in LINE_CHANNELS else {channel}
        ok &= ref["channel"].isin(family)
    hits = ref.loc[ok].assign(_d=dates[ok], _y=dates[ok].dt.year, _same=ref.loc[ok, "channel"] == channel)
    if hits.empty:
        return default, None
    # the most recent year wins; within it the event's own channel, then the latest date
    top = hits.sort_values(["_y", "_same", "_d"], ascending=False, kind="stable").iloc[0]
    when = top["_d"].date() if day is not None else dt.date(top["_d"].year, month, 1)
    return when, str(top["event_id"])


# ------------------------------------------------------------------------------------------- helpers


def _fmt(r: pd.Series) -> str:
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}.get(str(r["date_precision"]), "%Y-%m-%d")
    return r["_start"].strftime(fmt)


def _text(value: object) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value) or None
