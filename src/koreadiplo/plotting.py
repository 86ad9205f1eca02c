"""Figures: a timeline of breaks and restorations, and the state of each channel over the decades.

Both functions follow the habits of seaborn and pandas plotting: they take a tidy DataFrame (an
``events`` table, or the ``channel_status`` table), draw on ``ax`` when given (else on a new figure
made with ``plt.subplots``), return the Axes, never call ``plt.show()`` and never touch global style.

The encodings (colours, marker shapes, readable channel names, past participles for labels) live in
``koreadiplo/data/style.yaml``. Every drawn artist carries a ``gid`` (``"marker:break:<event_id>"``,
``"label:<event_id>"``, ``"span:<event_id>"``, ``"published"``, ``"source"``, ``"status:<channel>:<state>"``,
...) so that tests and users can find what was drawn. See ``docs/plotting.md``.

matplotlib is imported inside the functions, so ``import koreadiplo`` stays cheap.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .datafiles import read_yaml
from .errors import SchemaError
from .schema import period_end as _period_end

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["plot_timeline", "plot_channel_status", "save_figure", "event_label", "channel_name"]

TIMELINE_FIGSIZE = (10.0, 4.5)
STATUS_FIGSIZE = (10.0, 4.5)  # the height grows with the number of channels
STATUS_START = pd.Timestamp("1971-01-01")
STATUS_END = pd.Timestamp("2025-01-01")
LABEL_FONTSIZE = 8.0
LABEL_WRAP = 22  # characters per label line
MAX_LEVELS = 3  # stem heights on each side of the baseline (assign_levels' default)
MAX_LEVELS_FIT = 5  # at most this many when the figure is tall enough and labels crowd
SAVE_FORMATS = ("png", "svg", "pdf")
_ONE_DAY = 1.0  # matplotlib date units are days


# --------------------------------------------------------------------------------------------------- style


@cache
def _style() -> dict[str, Any]:
    return read_yaml(None, "style.yaml", "figure style")[0]


def _category_style(category: str) -> dict[str, Any]:
    cats = _style()["categories"]
    return cats.get(category, cats["context"])


def channel_name(channel: object) -> str | None:
    """Readable words for a ``channel`` value (``'liaison_office'`` -> ``'liaison office'``).

    Returns ``None`` for a missing channel or one too vague to label with (``'other'``).
    """
    if channel is None or channel is pd.NA or (isinstance(channel, float) and math.isnan(channel)):
        return None
    names = _style()["channels"]
    key = str(channel)
    if key in names:
        return names[key]
    return key.replace("_", " ")


@cache
def _vocabulary_participles() -> dict[str, str]:
    """Past participles the action vocabulary (data/actions.yaml) spells out for irregular verbs."""
    verbs = read_yaml(None, "actions.yaml", "action vocabulary")[0].get("verbs") or {}
    return {str(k): str(v["pp"]) for k, v in verbs.items() if isinstance(v, dict) and v.get("pp")}


def _participle(action: str) -> str:
    """'restore' -> 'restored', 'not answer' -> 'not answered'; irregular verbs from actions.yaml / style.yaml."""
    table = {**_vocabulary_participles(), **_style()["participles"]}
    action = action.strip().replace("_", " ")
    if action.startswith("not ") and len(action) > 4:
        return "not " + _participle(action[4:])
    if action in table:
        return table[action]
    words = action.split()
    if not words or any(w.endswith(("ed", "en", "ing")) for w in words):
        return action
    verb = words[0]
    if verb.endswith("e"):
        done = verb + "d"
    elif len(verb) > 1 and verb.endswith("y") and verb[-2] not in "aeiou":
        done = verb[:-1] + "ied"
    else:
        done = verb + "ed"
    return " ".join([done, *words[1:]])


def _date_text(date: pd.Timestamp, precision: str) -> str:
    if precision == "year":
        return f"{date.year}"
    if precision == "month":
        return date.strftime("%b %Y")
    text = f"{date.day} {date.strftime('%b %Y')}"
    if precision == "reported":
        return _style()["precision_labels"]["reported"].format(date=text)
    return text


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _what(row: pd.Series | dict) -> str:
    """What happened, in a few words: '<channel> <participle>' or the trigger words."""
    channel = channel_name(row.get("channel", None))
    action, trigger = row.get("action", None), row.get("trigger", None)
    if not _missing(action):
        if channel:
            template = _style().get("phrases", {}).get(str(action), "{channel} {done}")
            return template.format(channel=channel, done=_participle(str(action)))
        return str(trigger) if not _missing(trigger) else _participle(str(action))
    event_type = row.get("event_type", None)  # the chronology: already a participle or a noun
    if not _missing(event_type):
        words = str(event_type).replace("_", " ")
        if channel and not words.lower().startswith(channel.lower()):
            return f"{channel} {words}"
        return words
    if not _missing(trigger):
        return str(trigger)
    return str(row.get("category", "event"))


def event_label(row: pd.Series | dict, *, date: str = "date") -> str:
    """The default timeline label of one event row: what happened, then when.

    ``"hotline cut\\nJun 2020"``, ``"liaison office\\ndemolished\\nJun 2020"``,
    ``"hotline restored\\n27 Jul 2021"``.
    The date is written only as precisely as the row claims (``"2019"``, ``"Jun 2020"``, ``"27 Jul 2021"``,
    ``"by 27 Jul 2021"`` when the text gave no date and the publication date stands in). When the channel is
    missing or ``'other'`` the trigger words are used instead of ``channel + participle``. A chronology row
    (``event_type`` instead of ``action``) reads ``"<channel> <event type>"``.
    """
    what = _what(row)
    what = textwrap.shorten(what, width=2 * LABEL_WRAP, placeholder="…")
    when = ""
    value = row.get(date, None)
    if not _missing(value):
        precision = row.get("date_precision", "day")
        when = _date_text(pd.Timestamp(value), "day" if _missing(precision) else str(precision))
    lines = textwrap.wrap(what, LABEL_WRAP) or [what]
    return "\n".join([*lines, when]) if when else "\n".join(lines)


# --------------------------------------------------------------------------------------------------- data


def _require(df: pd.DataFrame, cols: Iterable[str], what: str) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise SchemaError(f"{what}: missing column(s) {missing}; have {list(df.columns)}")


def _prepare_events(
    events: pd.DataFrame, date: str, category: str, categories: Sequence[str] | None,
    statuses: Sequence[str] | None,
) -> pd.DataFrame:
    """Filter and normalise the rows to draw: start, end (inclusive), precision, category, in date order."""
    _require(events, [date, category], "plot_timeline")
    df = events.copy()
    df["_start"] = pd.to_datetime(df[date]).astype("datetime64[s]")
    df = df[df["_start"].notna()]
    if statuses is not None and "status" in df.columns:
        df = df[df["status"].isin(list(statuses))]
    if categories is not None:
        df = df[df[category].isin(list(categories))]
    prec = df["date_precision"] if "date_precision" in df.columns else pd.Series("day", index=df.index)
    df["_precision"] = prec.fillna("day").astype(str)
    if "date_end" in df.columns and date == "date":
        end = pd.to_datetime(df["date_end"]).astype("datetime64[s]")
    else:
        end = pd.Series(pd.NaT, index=df.index, dtype="datetime64[s]")
    derived = [_period_end(s, p) for s, p in zip(df["_start"], df["_precision"], strict=True)]
    df["_end"] = end.fillna(pd.Series(derived, index=df.index, dtype="datetime64[s]"))
    df["_end"] = df[["_start", "_end"]].max(axis=1)
    df["_category"] = df[category].astype(str)
    order = [c for c in ["_start", "event_id"] if c in df.columns]
    return df.sort_values(order, kind="stable").reset_index(drop=True)


def _source_text(df: pd.DataFrame) -> str:
    ids = sorted(df["article_id"].dropna().astype(str).unique()) if "article_id" in df.columns else []
    if not ids:
        if "source_url" in df.columns:
            return "Source: koreadiplo reference chronology (one public source per row)"
        return "Source: koreadiplo"
    shown = ", ".join(ids) if len(ids) <= 3 else f"{len(ids)} articles"
    return f"Source: {shown} (koreadiplo)"


def _infer_published(events: pd.DataFrame, date: str) -> pd.Timestamp | None:
    """The publication date, when the rows tell it: 'reported' rows carry it, for a single article."""
    if "date_precision" not in events.columns or date not in events.columns:
        return None
    if "article_id" in events.columns and events["article_id"].nunique() > 1:
        return None
    dates = pd.to_datetime(events.loc[events["date_precision"] == "reported", date]).dropna().unique()
    return pd.Timestamp(dates[0]) if len(dates) == 1 else None


# --------------------------------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class _Item:
    x: float  # where the stem stands (matplotlib date number)
    half_width: float  # half the label's width, in date units
    height: float = 0.0  # the label's height, in points


def _label_size_pts(label: str) -> tuple[float, float]:
    lines = label.split("\n") or [""]
    width = max(len(line) for line in lines) * LABEL_FONTSIZE * 0.62
    height = len(lines) * LABEL_FONTSIZE * 1.25
    return width, height


def assign_levels(items: Sequence[_Item], *, max_levels: int = MAX_LEVELS, gap: float = 0.0,
                  unit: float = math.inf, hide: bool = False) -> list[int]:
    """Stem heights (+1, -1, +2, ...) so that labels overlap neither each other nor other stems.

    ``items`` must be in x order; ``unit`` is the distance between two levels in points (labels at
    different heights may share x when the lower one fits below the upper one). Levels are tried in
    the order +1, -1, +2, -2, ... (odd items start below) and the first clear one is taken. When none
    is clear: with ``hide``, level 0 (draw no label) unless a level is clear of labels and only crossed
    by stems; else the level with the least label overlap, then the least stem crossing. Deterministic.
    """
    order = [s * k for k in range(1, max_levels + 1) for s in (1, -1)]
    placed: list[tuple[_Item, int]] = []
    levels: list[int] = []
    for i, item in enumerate(items):
        tries = order if i % 2 == 0 else [-lvl for lvl in order]
        best, best_score = tries[0], (-math.inf, -math.inf)
        for lvl in tries:
            label_clear, stem_clear = _clearance(item, lvl, placed, gap, unit)
            if label_clear >= 0 and stem_clear >= 0:
                best, best_score = lvl, (0.0, 0.0)
                break
            score = (min(label_clear, 0.0), min(stem_clear, 0.0))
            if score > best_score:
                best, best_score = lvl, score
        if hide and best_score[0] < 0:
            best = 0
        else:
            placed.append((item, best))
        levels.append(best)
    return levels


def _clearance(item: _Item, level: int, placed: Iterable[tuple[_Item, int]], gap: float,
               unit: float) -> tuple[float, float]:
    """Free distance in x (negative = overlap) from ``item`` at ``level`` to the labels and stems placed."""
    label_clear = stem_clear = math.inf
    for other, lvl in placed:
        if (lvl > 0) != (level > 0):
            continue
        dx = abs(item.x - other.x)
        side_by_side = dx - (item.half_width + other.half_width + gap)
        lower = item if abs(level) < abs(lvl) else other
        if lvl == level or abs(abs(lvl) - abs(level)) * unit < lower.height + 2.0:
            label_clear = min(label_clear, side_by_side)
        if abs(lvl) > abs(level):  # the other's stem passes my label
            stem_clear = min(stem_clear, dx - (item.half_width + gap / 2))
        elif abs(lvl) < abs(level):  # my stem passes the other's label
            stem_clear = min(stem_clear, dx - (other.half_width + gap / 2))
    return label_clear, stem_clear


def _layout_levels(items: Sequence[_Item], gap: float, axes_h: float,
                   text_top: float) -> tuple[list[int], float]:
    """Try 2 .. MAX_LEVELS_FIT levels per side; keep the fewest that hide the fewest labels.

    A label that cannot be placed without overlapping another gets level 0 (no label). Returns the
    levels and the distance between levels in points.
    """
    best: tuple[tuple[float, float], list[int], float] | None = None
    for n in range(2, MAX_LEVELS_FIT + 1):
        unit = (axes_h / 2 - text_top) / n
        if unit < LABEL_FONTSIZE * 1.8 and best is not None:
            break
        levels = assign_levels(items, max_levels=n, gap=gap, unit=unit, hide=True)
        placed: list[tuple[_Item, int]] = []
        crossing = 0.0
        for item, lvl in zip(items, levels, strict=True):
            if lvl:
                crossing += min(_clearance(item, lvl, placed, gap, unit)[1], 0.0)
                placed.append((item, lvl))
        score = (-float(levels.count(0)), crossing)
        if best is None or score > best[0]:
            best = (score, levels, unit)
        if score == (0.0, 0.0):
            break
    assert best is not None
    return best[1], best[2]


def _axes_size_pts(ax: Axes, created: bool) -> tuple[float, float]:
    """Size of the axes in points; for a figure we made, what constrained layout will leave of it."""
    fig = ax.figure
    w, h = fig.get_size_inches()
    if created:  # title, published label, ticks, legend and source line take about this much
        return max(w * 72.0 - 24.0, 72.0), max(h * 72.0 - 110.0, 72.0)
    pos = ax.get_position()
    return max(pos.width * w * 72.0, 72.0), max(pos.height * h * 72.0, 72.0)


# --------------------------------------------------------------------------------------------------- common


def _new_axes(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Axes, bool]:
    if ax is not None:
        return ax, False
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax, True


def _add_source(ax: Axes, text: str) -> None:
    """A small grey source line at the bottom left of the figure (one per figure; repeated calls append)."""
    if not text:
        return
    fig = ax.figure
    for t in fig.texts:
        if t.get_gid() == "source":
            if text not in t.get_text():
                t.set_text(t.get_text() + "; " + text.removeprefix("Source: "))
            return
    fig.text(0.005, 0.008, text, ha="left", va="bottom", fontsize=7, color="#555555", gid="source")
    _reserve_bottom(fig, 14.0)


def _reserve_bottom(fig: Figure, pts: float) -> None:
    """Keep a constrained layout off the bottom ``pts`` points, unless its owner already set a rect."""
    engine = fig.get_layout_engine()
    getter = getattr(engine, "get", None)
    if engine is None or getter is None or "rect" not in getter():
        return
    if tuple(getter()["rect"]) != (0, 0, 1, 1):
        return
    reserve = pts / (fig.get_figheight() * 72.0)
    engine.set(rect=(0, reserve, 1, 1 - reserve))


def _legend_below(ax: Axes, handles: list, tick_lines: int) -> None:
    from matplotlib.transforms import ScaledTranslation

    if not handles:
        return
    drop = (tick_lines * 10.0 * 1.3 + 6.0) / 72.0
    trans = ax.transAxes + ScaledTranslation(0, -drop, ax.figure.dpi_scale_trans)
    ncols = _legend_columns([h.get_label() for h in handles], ax.figure.get_figwidth() * 72.0 - 20.0)
    leg = ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), bbox_transform=trans,
                    ncols=ncols, frameon=False, fontsize=8, handlelength=1.6, columnspacing=1.4)
    leg.set_gid("legend")


def _legend_columns(labels: list[str], avail_pts: float) -> int:
    """As many columns as fit in ``avail_pts`` (estimated from the label lengths at 8 pt)."""
    widths = sorted((len(t) * 8.0 * 0.6 + 40.0 for t in labels), reverse=True)
    for n in range(len(labels), 1, -1):
        if sum(widths[:n]) <= avail_pts:
            return n
    return 1


def _empty_note(ax: Axes, text: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", fontsize=10, color="#555555",
            gid="empty-note")


def _date_axis(ax: Axes, lo: pd.Timestamp, hi: pd.Timestamp) -> int:
    """Put a year or month locator on x chosen from the range; return the number of tick label lines."""
    import matplotlib.dates as mdates

    days = (hi - lo).days
    if days > 3 * 366:
        years = days / 365.25
        base = next(b for b in (1, 2, 5, 10, 20, 50) if years / b <= 12)
        ax.xaxis.set_major_locator(mdates.YearLocator(base))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        if base > 1:
            ax.xaxis.set_minor_locator(mdates.YearLocator(1 if base <= 10 else base // 5))
        return 1
    months = max(days / 30.44, 1)
    step = next(s for s in (1, 2, 3, 4, 6, 12) if months / s <= 12)
    locator = mdates.MonthLocator(bymonth=range(1, 13, step))
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    if step > 1:
        ax.xaxis.set_minor_locator(mdates.MonthLocator())
    return 2


# --------------------------------------------------------------------------------------------------- timeline


def plot_timeline(
    events: pd.DataFrame,
    *,
    ax: Axes | None = None,
    date: str = "date",
    category: str = "category",
    label: str | Callable[[pd.Series], str] | None = None,
    categories: Sequence[str] | None = ("break", "restoration"),
    statuses: Sequence[str] | None = ("happened",),
    published: Any = None,
    source: str | None = None,
    title: str | None = None,
) -> Axes:
    """Draw the breaks and restorations of an events table as a stem timeline.

    Each event is a stem from the baseline to a height chosen so that labels do not overlap, with a
    marker on the baseline: vermillion downward triangles for breaks, bluish-green upward triangles for
    restorations, small grey circles for other categories when asked for. An event dated only to a month
    or a year is drawn as a bar along the baseline over that whole period, with a hollow marker at its
    middle, so it does not pretend to a day; an event with no date words (precision ``'reported'``) gets
    a hollow marker at the publication date.

    Parameters
    ----------
    events : DataFrame
        An ``events`` table (see ``docs/schema.md``); the ``chronology`` table works too (its
        ``event_type`` stands in for ``action``, rows without ``status`` count as happened).
    ax : Axes, optional
        Where to draw; by default a new 10 x 4.5 in figure.
    date, category : str
        Column names of the start date and the category.
    label : str or callable, optional
        A column holding the label text, or a function of a row; by default :func:`event_label`
        ("hotline cut / Jun 2020").
    categories : sequence of str or None
        Categories to draw; None draws all, the ones other than break / restoration muted in grey.
    statuses : sequence of str or None
        Only rows with these ``status`` values are drawn (default: what happened); None draws all.
    published : date-like, optional
        Publication date, marked by a dashed line labelled "published". By default it is read from
        rows whose ``date_precision`` is ``'reported'`` when the table holds one article. ``False``: none.
    source : str, optional
        Source line at the bottom left; by default "Source: <article_id> (koreadiplo)". ``""``: none.
    title : str, optional
        Axes title.

    Returns
    -------
    Axes

    Raises
    ------
    SchemaError
        If the ``date`` or ``category`` column is missing.

    Examples
    --------
    >>> import koreadiplo as kd  # doctest: +SKIP
    >>> ax = kd.plot_timeline(events, title="Inter-Korean hotline")  # doctest: +SKIP
    >>> kd.save_figure(ax, "timeline.png")  # doctest: +SKIP
    """
    df = _prepare_events(events, date, category, categories, statuses)
    pub = _resolve_published(events, date, published)
    ax, created = _new_axes(ax, TIMELINE_FIGSIZE)
    if title:
        ax.set_title(title, loc="left", fontsize=11, pad=16)
    _add_source(ax, _source_text(events) if source is None else source)
    _hide_spines(ax)
    if df.empty:
        default = tuple(categories or ()) == ("break", "restoration")
        what = "breaks or restorations" if default else "events"
        _empty_note(ax, f"no {what} found")
        ax.set_xticks([])
        return ax
    labels = _labels(df, label, date)
    _draw_timeline(ax, df, labels, pub, created)
    return ax


def _resolve_published(events: pd.DataFrame, date: str, published: Any) -> pd.Timestamp | None:
    if published is False:
        return None
    if published is None:
        return _infer_published(events, date)
    return pd.Timestamp(published)


def _hide_spines(ax: Axes) -> None:
    ax.yaxis.set_visible(False)
    for side in ("left", "top", "right"):
        ax.spines[side].set_visible(False)


def _labels(df: pd.DataFrame, label: str | Callable | None, date: str) -> list[str]:
    if label is None:
        rows = df.assign(**{date: df["_start"], "date_precision": df["_precision"]})
        return [event_label(r, date=date) for _, r in rows.iterrows()]
    if callable(label):
        return [str(label(r)) for _, r in df.iterrows()]
    _require(df, [label], "plot_timeline label")
    return ["" if _missing(v) else str(v) for v in df[label]]


@dataclass(frozen=True)
class _Layout:
    x0: float
    x1: float
    reach: float  # y limits are (-reach, reach)
    levels: list[int]  # per row of the frame; 0 = no room for the label


def _timeline_layout(xs: Sequence[float], lo: float, hi: float, labels: list[str], context: Sequence[bool],
                     size_pts: tuple[float, float]) -> _Layout:
    """x limits that leave room for the outermost labels, and a stem level per event."""
    axes_w, axes_h = size_pts
    sizes = [_label_size_pts(t) for t in labels]
    pad_frac = min(0.5 * max(w for w, _ in sizes) / axes_w + 0.01, 0.3)
    total = (hi - lo) / (1 - 2 * pad_frac)
    x0, x1 = lo - pad_frac * total, hi + pad_frac * total
    per_pt = (x1 - x0) / axes_w  # date units per point
    order = sorted(range(len(xs)), key=lambda i: (context[i], xs[i], i))  # breaks / restorations first
    items = [_Item(xs[i], 0.5 * sizes[i][0] * per_pt, sizes[i][1]) for i in order]
    text_top = max(h for _, h in sizes) + 6.0
    placed, unit = _layout_levels(items, 6.0 * per_pt, axes_h, text_top)
    levels = [0] * len(xs)
    for i, lvl in zip(order, placed, strict=True):
        levels[i] = lvl
    top = max(max(abs(v) for v in levels), 1)
    return _Layout(x0, x1, top + text_top / max(unit, 1.0), levels)


def _draw_timeline(ax: Axes, df: pd.DataFrame, labels: list[str], pub: pd.Timestamp | None,
                   created: bool) -> None:
    import matplotlib.dates as mdates

    starts = mdates.date2num(df["_start"].to_numpy())
    ends = mdates.date2num(df["_end"].to_numpy()) + _ONE_DAY  # inclusive last day
    spans = df["_precision"].isin(["month", "year"]).to_numpy()
    xs = [(s + e) / 2 if span else s for s, e, span in zip(starts, ends, spans, strict=True)]
    lo, hi = float(min(starts)), float(max(ends.max(), starts.max() + _ONE_DAY))
    if pub is not None:
        p = float(mdates.date2num(pub))
        lo, hi = min(lo, p), max(hi, p + _ONE_DAY)
    if hi - lo < 60:
        mid = (hi + lo) / 2
        lo, hi = mid - 30, mid + 30
    context = [c not in ("break", "restoration") for c in df["_category"]]
    lay = _timeline_layout(xs, lo, hi, labels, context, _axes_size_pts(ax, created))
    ax.set_ylim(-lay.reach, lay.reach)
    ax.set_xlim(lay.x0, lay.x1)
    ax.axhline(0, color="#222222", linewidth=0.9, zorder=1, gid="baseline")
    for i, (_, row) in enumerate(df.iterrows()):
        _draw_event(ax, row, xs[i], lay.levels[i], labels[i], starts[i], ends[i], bool(spans[i]))
    if pub is not None:
        _draw_published(ax, pub)
    tick_lines = _date_axis(ax, *(mdates.num2date(v).replace(tzinfo=None) for v in (lay.x0, lay.x1)))
    _timeline_legend(ax, df, pub, tick_lines, hidden=lay.levels.count(0))


def _event_gid(row: pd.Series, i: object) -> str:
    return str(row["event_id"]) if "event_id" in row.index and not _missing(row["event_id"]) else str(i)


def _draw_event(ax: Axes, row: pd.Series, x: float, level: int, text: str, start: float, end: float,
                span: bool) -> None:
    cat = row["_category"]
    st = _category_style(cat)
    colour, marker = st["colour"], st["marker"]
    context = cat not in ("break", "restoration")
    eid = _event_gid(row, row.name)
    hollow = span or row["_precision"] == "reported"
    if level:
        ax.vlines(x, 0, level, color=colour, linewidth=0.8 if context else 1.0, alpha=0.6 if context else 0.9,
                  zorder=2, gid=f"stem:{eid}")
    if span:
        ax.plot([start, end], [0, 0], color=colour, linewidth=5, alpha=0.45, solid_capstyle="butt", zorder=3,
                gid=f"span:{eid}")
    ax.plot([x], [0], linestyle="none", marker=marker, markersize=6 if context else 8,
            markerfacecolor="white" if hollow else colour, markeredgecolor=colour,
            markeredgewidth=1.4, zorder=4.0 if hollow or context else 4.5, gid=f"marker:{cat}:{eid}")
    if not level:
        return
    ax.annotate(text, xy=(x, level), xytext=(0, 3 if level > 0 else -3), textcoords="offset points",
                ha="center", va="bottom" if level > 0 else "top", fontsize=LABEL_FONTSIZE,
                color="#555555" if context else "#111111", linespacing=1.1, zorder=5, gid=f"label:{eid}",
                bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"})


def _draw_published(ax: Axes, pub: pd.Timestamp) -> None:
    import matplotlib.dates as mdates

    st = _style()["published"]
    x = float(mdates.date2num(pub))
    ax.axvline(x, color=st["colour"], linestyle=st["linestyle"], linewidth=0.9, zorder=1, gid="published")
    ax.annotate(f"published {pub.day} {pub.strftime('%b %Y')}", xy=(x, 1.0),
                xycoords=("data", "axes fraction"), xytext=(0, 3), textcoords="offset points", ha="center",
                va="bottom", fontsize=7.5,
                color=st["colour"], gid="published-label")


def _timeline_legend(ax: Axes, df: pd.DataFrame, pub: pd.Timestamp | None, tick_lines: int,
                     hidden: int = 0) -> None:
    from matplotlib.lines import Line2D

    handles = []
    cats = list(dict.fromkeys(df["_category"]))
    for key in ("break", "restoration"):
        if key in cats:
            st = _category_style(key)
            handles.append(Line2D([], [], linestyle="none", marker=st["marker"], markersize=7,
                                  color=st["colour"], label=st["legend"]))
    others = [c for c in cats if c not in ("break", "restoration")]
    if others:
        st = _category_style("context")
        text = ", ".join(sorted(others)) if len(others) <= 2 else f"{len(others)} other categories"
        handles.append(Line2D([], [], linestyle="none", marker=st["marker"], markersize=5, color=st["colour"],
                              label=text))
    if df["_precision"].isin(["month", "year", "reported"]).any():
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=7, markerfacecolor="white",
                              markeredgecolor="#555555", markeredgewidth=1.4,
                              label="date not to the day (bar: month / year)"))
    if pub is not None:
        st = _style()["published"]
        handles.append(Line2D([], [], color=st["colour"], linestyle=st["linestyle"], linewidth=0.9,
                              label="publication date"))
    if hidden:
        plural = "s" if hidden > 1 else ""
        note = f"{hidden} label{plural} left out (crowded)"
        handles.append(Line2D([], [], linestyle="none", label=note))
    _legend_below(ax, handles, tick_lines)


# --------------------------------------------------------------------------------------------------- status


def plot_channel_status(
    status: pd.DataFrame,
    *,
    ax: Axes | None = None,
    events: pd.DataFrame | None = None,
    channels: Sequence[str] | None = None,
    categories: Sequence[str] | None = ("break", "restoration"),
    start: Any = None,
    end: Any = None,
    source: str | None = None,
) -> Axes:
    """Draw, for each channel, when it was connected, severed or unanswered.

    One row per channel, spans from a ``channel_status`` table as horizontal bars: bluish green for
    connected, vermillion for severed, hatched grey for unanswered (calls not picked up). When ``events``
    (an ``events`` table of an article) is given, its breaks and restorations that happened are overlaid
    on their channel's row with the timeline's markers.

    Parameters
    ----------
    status : DataFrame
        A ``channel_status`` table (columns ``channel``, ``start``, ``end``, ``state``).
    ax : Axes, optional
        Where to draw; by default a new 10 x 4.5 in figure.
    events : DataFrame, optional
        Events of an article to overlay: rows with status 'happened', a channel and a category in
        ``categories``, as the timeline's markers (black-edged) on their channel's row; a month or a
        year is also drawn as a thin black bar over the row.
    channels : sequence of str, optional
        Channels to show, top to bottom; by default those in the data, in schema order.
    categories : sequence of str or None
        Categories of ``events`` to overlay; None for all.
    start, end : date-like, optional
        The x range; by default 1971-01-01 to 2025-01-01, widened to cover the data.
    source : str, optional
        Source line; by default the reference chronology (and the article ids of ``events``). ``""``: none.

    Returns
    -------
    Axes

    Raises
    ------
    SchemaError
        If a required column is missing.
    """
    import matplotlib.dates as mdates

    _require(status, ["channel", "start", "end", "state"], "plot_channel_status")
    st = status.copy()
    st["start"] = pd.to_datetime(st["start"]).astype("datetime64[s]")
    st["end"] = pd.to_datetime(st["end"]).astype("datetime64[s]")
    ev = _status_events(events, categories)
    rows = _status_rows(st, ev, channels)
    ax, created = _new_axes(ax, (STATUS_FIGSIZE[0], min(max(1.7 + 0.42 * len(rows), 2.6), 8.0)))
    default_source = "Source: koreadiplo reference chronology"
    if events is not None and "article_id" in events.columns and len(events):
        default_source += "; " + _source_text(events).removeprefix("Source: ").removesuffix(" (koreadiplo)")
    _add_source(ax, default_source if source is None else source)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)

    lo = pd.Timestamp(start) if start is not None else min(STATUS_START, st["start"].min(skipna=True)
                                                            if len(st) else STATUS_START)
    hi = pd.Timestamp(end) if end is not None else max(STATUS_END, st["end"].max(skipna=True)
                                                       if len(st) else STATUS_END)
    ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
    tick_lines = _date_axis(ax, lo, hi)
    ax.grid(axis="x", which="major", color="#E5E5E5", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    if not rows:
        _empty_note(ax, "no channel status to show")
        ax.set_yticks([])
        return ax

    present = _draw_spans(ax, st, rows)
    if ev is not None:
        _overlay_events(ax, ev, rows)
    ax.set_yticks(range(len(rows)), [channel_name(c) or str(c) for c in rows], fontsize=9)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    _status_legend(ax, present, ev, tick_lines)
    return ax


def _status_events(events: pd.DataFrame | None, categories: Sequence[str] | None) -> pd.DataFrame | None:
    if events is None or events.empty:
        return None
    _require(events, ["date", "category", "channel"], "plot_channel_status events")
    df = _prepare_events(events, "date", "category", categories, ("happened",))
    df = df[df["channel"].notna()]
    return df.reset_index(drop=True) if len(df) else None


def _status_rows(st: pd.DataFrame, ev: pd.DataFrame | None, channels: Sequence[str] | None) -> list[str]:
    if channels is not None:
        return list(channels)
    from .schema import CHANNELS

    seen = set(st["channel"].dropna().astype(str))
    if ev is not None:
        seen |= set(ev["channel"].astype(str)) - {"other"}
    return [c for c in CHANNELS if c in seen] + sorted(seen - set(CHANNELS))


def _draw_spans(ax: Axes, st: pd.DataFrame, rows: list[str]) -> list[str]:
    import matplotlib.dates as mdates

    states = _style()["states"]
    present: list[str] = []
    for y, channel in enumerate(rows):
        sub = st[st["channel"] == channel]
        for state, grp in sub.groupby("state", sort=False):
            style = states.get(str(state), states["unanswered"])
            x0 = mdates.date2num(grp["start"].to_numpy())
            x1 = mdates.date2num(grp["end"].to_numpy())
            bars = list(zip(x0, x1 - x0, strict=True))
            ax.broken_barh(bars, (y - 0.32, 0.64), facecolors=style["colour"],
                           edgecolors=style.get("hatch_colour") or style["colour"], linewidth=0.4,
                           hatch=style.get("hatch"), zorder=2, gid=f"status:{channel}:{state}")
            if state not in present:
                present.append(str(state))
    return present


def _overlay_events(ax: Axes, ev: pd.DataFrame, rows: list[str]) -> None:
    """Article events as category markers on their channel's row; a month or year as a thin bar under it."""
    import matplotlib.dates as mdates

    index = {c: i for i, c in enumerate(rows)}
    lo, hi = ax.get_xlim()
    visible = 0.004 * (hi - lo)  # a period narrower than this would be a speck: the marker says enough
    for i, row in ev.iterrows():
        if row["channel"] not in index:
            continue
        cat, y = str(row["category"]), index[row["channel"]]
        st = _category_style(cat)
        start = float(mdates.date2num(row["_start"]))
        end = float(mdates.date2num(row["_end"])) + _ONE_DAY
        x = start
        if row["_precision"] in ("month", "year"):
            x = (start + end) / 2
        if row["_precision"] in ("month", "year") and (end - start) >= visible:
            ax.plot([start, end], [y + 0.42, y + 0.42], color="black", linewidth=1.2, solid_capstyle="butt",
                    zorder=4, gid=f"event-span:{_event_gid(row, i)}")
        ax.plot([x], [y], linestyle="none", marker=st["marker"], markersize=9, markerfacecolor=st["colour"],
                markeredgecolor="black", markeredgewidth=0.9, zorder=5,
                gid=f"event:{cat}:{_event_gid(row, i)}")


def _status_legend(ax: Axes, present: list[str], ev: pd.DataFrame | None, tick_lines: int) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    states = _style()["states"]
    handles: list = []
    for key in ("connected", "severed", "unanswered"):
        if key in present:
            s = states[key]
            handles.append(Patch(facecolor=s["colour"], edgecolor=s.get("hatch_colour") or s["colour"],
                                 hatch=s.get("hatch"), linewidth=0.4, label=s["legend"]))
    if ev is not None:
        for key in ("break", "restoration"):
            if (ev["category"] == key).any():
                s = _category_style(key)
                handles.append(Line2D([], [], linestyle="none", marker=s["marker"], markersize=8,
                                      markerfacecolor=s["colour"], markeredgecolor="black",
                                      markeredgewidth=0.9, label=f"article: {s['legend']}"))
        if any((a.get_gid() or "").startswith("event-span:") for a in ax.lines):
            handles.append(Line2D([], [], color="black", linewidth=1.2, label="article: month / year"))
    _legend_below(ax, handles, tick_lines)


# --------------------------------------------------------------------------------------------------- save


def save_figure(fig_or_ax: Figure | Axes, path: str | Path, *, dpi: float = 200) -> Path:
    """Write the figure to ``path`` as PNG, SVG or PDF (chosen by the suffix), byte-for-byte reproducibly.

    Uses ``bbox_inches="tight"`` and strips the creation date from the file's metadata, so the same
    figure gives the same file every run.

    Parameters
    ----------
    fig_or_ax : Figure or Axes
        What to save (an Axes saves its whole figure).
    path : str or Path
        Output file; its suffix (``.png``, ``.svg``, ``.pdf``) picks the format.
    dpi : float
        Resolution for PNG (and raster parts of PDF / SVG).

    Returns
    -------
    Path
        The path written.

    Raises
    ------
    ValueError
        If the suffix is not one of png, svg, pdf.
    """
    import matplotlib as mpl

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in SAVE_FORMATS:
        raise ValueError(f"{path}: cannot save a figure as {path.suffix or 'no suffix'!r}; "
                         f"use one of {', '.join('.' + f for f in SAVE_FORMATS)}")
    fig = getattr(fig_or_ax, "figure", None) if not hasattr(fig_or_ax, "savefig") else fig_or_ax
    if fig is None:
        raise TypeError(f"save_figure expects a Figure or Axes, got {type(fig_or_ax).__name__}")
    metadata = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}[fmt]
    path.parent.mkdir(parents=True, exist_ok=True)
    with mpl.rc_context({"svg.hashsalt": "koreadiplo", "pdf.compression": 6}):
        fig.savefig(path, format=fmt, dpi=dpi, bbox_inches="tight", metadata=metadata)
    return path
