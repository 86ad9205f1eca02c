"""An annotated HTML view of an article for notebooks: extracted spans highlighted in the text.

Event triggers get a background in the colour of their category (the same Okabe-Ito colours as the figures,
read from ``data/style.yaml``: vermillion for breaks, bluish green for restorations, grey for context), with a
dashed box when the event was only announced, threatened, planned...; quotes get a blue underline (solid =
direct, dashed = partial, dotted = indirect). Each span ends with a small superscript id (``E10``, ``S2``)
that names its row in the events or statements table, and has a tooltip with the row's main fields. A legend
above the text says what the marks mean.

The HTML is built from ``Article.text`` and the ``char_start`` / ``char_end`` offsets of the tables, escaped
with :func:`html.escape`, with inline styles only (no ``<style>`` block, no random ids), so the same tables give
byte-for-byte the same HTML on every run.

>>> import koreadiplo as kd
>>> from koreadiplo.display import annotate_html
>>> art = kd.read_article('North Korea cut the hotline on June 9, 2020.', published="2020-06-10")
>>> html = annotate_html(art, events=kd.extract_events(art))
>>> "cut the hotline" in html and "E1" in html
True
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from . import schema
from .datafiles import read_yaml
from .reader import Article

__all__ = ["AnnotatedArticle", "annotate_html", "column_docs", "compact", "short_id"]

QUOTE_COLOUR = "#0072B2"  # Okabe-Ito blue: statements
QUOTE_BORDER = {"direct": "solid", "partial": "dashed", "indirect": "dotted"}
BACKGROUND_ALPHA = "40"  # hex alpha appended to the category colour, so text stays readable
_FALLBACK = {"break": "#D55E00", "restoration": "#009E73", "context": "#8C8C8C"}


@cache
def _category_colours() -> dict[str, str]:
    cats = (read_yaml(None, "style.yaml", "figure style")[0] or {}).get("categories", {})
    return {name: str(spec.get("colour", _FALLBACK.get(name, "#8C8C8C"))) for name, spec in cats.items()} or _FALLBACK


def _colour(category: object) -> str:
    colours = _category_colours()
    return colours.get(str(category), colours.get("context", _FALLBACK["context"]))


def short_id(row_id: object) -> str:
    """The part of an ``event_id`` / ``statement_id`` after the article id: ``'<article>:E10'`` -> ``'E10'``."""
    return str(row_id).rsplit(":", 1)[-1]


def compact(df: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """A copy of a table for reading: ``article_id`` dropped, ``*_id`` values shortened to ``E10`` / ``S2``.

    Only for showing a one-article table in a notebook; keep the original for analysis (full ids are unique
    across articles, the short ones are not).

    Parameters
    ----------
    df : DataFrame
        Any koreadiplo table.
    columns : list of str, optional
        Columns to keep, in this order (default: all but ``article_id``).
    """
    keep = list(columns) if columns is not None else [c for c in df.columns if c != "article_id"]
    out = df[keep].copy()
    for col in ("event_id", "statement_id", "mention_id"):
        if col in out.columns:
            out[col] = out[col].map(short_id).astype(out[col].dtype)
    return out


def column_docs(table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """The documented columns of a table (``schema.TABLES``) as a DataFrame: column, dtype, meaning, allowed.

    >>> column_docs("events", ["date_precision"]).loc[0, "allowed"]
    'day, month, year, reported'
    """
    if table not in schema.TABLES:
        raise KeyError(f"unknown table {table!r}; one of {sorted(schema.TABLES)}")
    spec = {c.name: c for c in schema.TABLES[table]}
    names = list(spec) if columns is None else list(columns)
    unknown = [n for n in names if n not in spec]
    if unknown:
        raise KeyError(f"table {table!r} has no column(s) {unknown}")
    rows = [{"column": n, "dtype": spec[n].dtype, "meaning": spec[n].description,
             "allowed": ", ".join(spec[n].allowed) if spec[n].allowed else ""} for n in names]
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # 'event' or 'quote'
    label: str  # short id shown as superscript
    tip: str  # tooltip text
    colour: str
    border: str = "solid"
    happened: bool = True


def _present(value: object) -> bool:
    return not (value is None or (not isinstance(value, str) and pd.isna(value)))


def _tip(row: pd.Series, fields: tuple[str, ...]) -> str:
    parts = [f"{name}: {row[name]}" for name in fields if name in row.index and _present(row[name])]
    return "; ".join(parts)


def _event_spans(events: pd.DataFrame | None, mentions: pd.DataFrame | None) -> list[_Span]:
    if events is None or events.empty:
        return []
    fields = ("category", "status", "action", "channel", "actor", "date_text", "date_precision", "cameo_code")
    by_id = {row["event_id"]: row for _, row in events.iterrows()}
    spans = []
    if mentions is not None and not mentions.empty:
        rows = [(m["char_start"], m["char_end"], by_id.get(m["event_id"])) for _, m in mentions.iterrows()]
    else:
        rows = [(row["char_start"], row["char_end"], row) for row in by_id.values()]
    for start, end, row in rows:
        if row is None or not (_present(start) and _present(end)):
            continue
        spans.append(_Span(int(start), int(end), "event", short_id(row["event_id"]),
                           f"{short_id(row['event_id'])}: {_tip(row, fields)}", _colour(row.get("category")),
                           happened=str(row.get("status", "happened")) == "happened"))
    return spans


def _quote_spans(statements: pd.DataFrame | None) -> list[_Span]:
    if statements is None or statements.empty:
        return []
    fields = ("speaker", "speaker_role", "kind", "cue", "via")
    spans = []
    for _, row in statements.iterrows():
        if not (_present(row["char_start"]) and _present(row["char_end"])):
            continue
        sid = short_id(row["statement_id"])
        spans.append(_Span(int(row["char_start"]), int(row["char_end"]), "quote", sid,
                           f"{sid}: {_tip(row, fields)}", QUOTE_COLOUR, QUOTE_BORDER.get(str(row["kind"]), "solid")))
    return spans


def _segment_style(active: list[_Span]) -> str:
    styles = []
    events = [s for s in active if s.kind == "event"]
    quotes = [s for s in active if s.kind == "quote"]
    if events:
        top = events[-1]
        styles.append(f"background-color:{top.colour}{BACKGROUND_ALPHA};border-radius:2px")
        if not top.happened:
            styles.append(f"outline:1px dashed {top.colour}")
    if quotes:
        styles.append(f"border-bottom:2px {quotes[-1].border} {QUOTE_COLOUR}")
    return ";".join(styles)


def _render_region(text: str, lo: int, hi: int, spans: list[_Span]) -> str:
    """HTML of ``text[lo:hi]`` with the spans that overlap it; every boundary cuts the text into segments."""
    inside = [s for s in spans if s.start < hi and s.end > lo and s.end > s.start]
    cuts = sorted({lo, hi, *(max(lo, s.start) for s in inside), *(min(hi, s.end) for s in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [s for s in inside if s.start <= a and s.end >= b]
        piece = html.escape(text[a:b], quote=False)
        if active:
            tip = html.escape(" | ".join(s.tip for s in active))
            piece = f'<span style="{_segment_style(active)}" title="{tip}">{piece}</span>'
        out.append(piece)
        for s in sorted((s for s in inside if min(hi, s.end) == b), key=lambda s: (s.kind, s.start, s.label)):
            colour = s.colour if s.kind == "quote" else "#333333"
            out.append(f'<sup style="color:{colour};font-size:70%;font-weight:bold">{html.escape(s.label)}</sup>')
    return "".join(out)


def _legend(spans: list[_Span], events: pd.DataFrame | None, statements: pd.DataFrame | None) -> str:
    items = []
    if events is not None and not events.empty:
        present = sorted(set(events["category"].dropna().astype(str)))
        main = [c for c in ("break", "restoration") if c in present]
        context = [c for c in present if c not in main]
        for cat in main:
            items.append(f'<span style="background-color:{_colour(cat)}{BACKGROUND_ALPHA};padding:0 4px">'
                         f"{html.escape(cat)}</span>")
        if context:
            items.append(f'<span style="background-color:{_colour("context")}{BACKGROUND_ALPHA};padding:0 4px">'
                         f"context: {html.escape(', '.join(context))}</span>")
        if (events["status"].astype(str) != "happened").any():
            items.append('<span style="outline:1px dashed #555555;padding:0 4px">dashed box</span> = '
                         "announced, threatened, planned, ... (not happened)")
        items.append("<b>E</b><i>n</i> = event_id")
    if statements is not None and not statements.empty:
        kinds = [k for k in QUOTE_BORDER if k in set(statements["kind"].astype(str))]
        for kind in kinds:
            items.append(f'<span style="border-bottom:2px {QUOTE_BORDER[kind]} {QUOTE_COLOUR}">{kind} quote</span>')
        items.append(f'<b style="color:{QUOTE_COLOUR}">S</b><i>n</i> = statement_id')
    if not items:
        return '<div style="font-size:85%;color:#555555">No events or statements to highlight.</div>'
    items.append("hover a span for its row")
    return '<div style="font-size:85%;margin-bottom:0.5em">' + " &middot; ".join(items) + "</div>"


def annotate_html(
    article: Article,
    events: pd.DataFrame | None = None,
    statements: pd.DataFrame | None = None,
    *,
    mentions: pd.DataFrame | None = None,
) -> str:
    """The article's title and body as HTML, with event triggers and quotes highlighted and a legend.

    Parameters
    ----------
    article : Article
        From :func:`koreadiplo.read_article`; the offsets of the tables index its ``text``.
    events : DataFrame, optional
        An ``events`` table of this article: each trigger gets the colour of its category and its id.
    statements : DataFrame, optional
        A ``statements`` table of this article: each quote is underlined (solid direct, dashed partial,
        dotted indirect) and ends with its id.
    mentions : DataFrame, optional
        The ``mentions`` table: highlight every mention of each event (coloured as its event), not only the
        first one the events table points at.

    Returns
    -------
    str
        A ``<div>`` of HTML; show it with ``IPython.display.HTML``. The same inputs give the same string.
    """
    spans = sorted(_event_spans(events, mentions) + _quote_spans(statements),
                   key=lambda s: (s.start, s.end, s.kind, s.label))
    text = article.text
    parts = [_legend(spans, events, statements)]
    title = article.sentences[article.sentences["section"] == "title"]
    if not title.empty:
        lo, hi = int(title["char_start"].iloc[0]), int(title["char_end"].iloc[0])
        parts.append(f'<div style="font-weight:bold;font-size:110%;margin-bottom:0.4em">'
                     f"{_render_region(text, lo, hi, spans)}</div>")
    parts.append('<div style="white-space:pre-wrap;line-height:1.6">'
                 f"{_render_region(text, article.body_start, article.body_end, spans).strip()}</div>")
    return '<div class="koreadiplo-article" style="max-width:60em">' + "".join(parts) + "</div>"


@dataclass
class AnnotatedArticle:
    """An article with its tables that Jupyter shows as the annotated HTML view (see :func:`annotate_html`).

    >>> view = AnnotatedArticle(article, events, statements)  # doctest: +SKIP
    >>> view  # in a notebook cell: the highlighted article  # doctest: +SKIP
    """

    article: Article
    events: pd.DataFrame | None = None
    statements: pd.DataFrame | None = None
    mentions: pd.DataFrame | None = field(default=None, kw_only=True)

    def _repr_html_(self) -> str:
        return annotate_html(self.article, self.events, self.statements, mentions=self.mentions)

    def __repr__(self) -> str:
        n_events = 0 if self.events is None else len(self.events)
        n_statements = 0 if self.statements is None else len(self.statements)
        return f"AnnotatedArticle({self.article.article_id!r}: {n_events} events, {n_statements} statements)"

    def to_html(self) -> str:
        """The HTML string (for saving to a file)."""
        return self._repr_html_()
