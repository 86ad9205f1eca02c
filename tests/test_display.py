"""The annotated HTML view of an article (koreadiplo.display): spans, escaping, legend, determinism."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pandas as pd
import pytest

import koreadiplo as kd
from koreadiplo.display import AnnotatedArticle, annotate_html, short_id

TEXT = (
    " date 2020-06-16 North Korea blows up liaison office\n\n"
    "North Korea blew up the inter-Korean liaison office in Kaesong on Tuesday, a week after it cut "
    "all communication lines with the South.\n\n"
    'What they\'re saying: "We will respond sternly if the North takes further military action," '
    "a senior official at Seoul's presidential office told reporters.\n\n"
    "The details: Seoul's ministry said the North's <envoys> & officials had left the building.\n"
)


@pytest.fixture(scope="module")
def article():
    return kd.read_article(TEXT, article_id="liaison")


def _span(article, words: str) -> tuple[int, int]:
    start = article.text.index(words)
    return start, start + len(words)


def _events(article, rows):
    """A minimal events table: (id, words, category, status)."""
    out = []
    for eid, words, category, status in rows:
        start, end = _span(article, words)
        out.append({"event_id": f"liaison:{eid}", "category": category, "status": status, "action": "x",
                    "char_start": start, "char_end": end})
    return pd.DataFrame(out)


def _statements(article, rows):
    out = []
    for sid, words, kind in rows:
        start, end = _span(article, words)
        out.append({"statement_id": f"liaison:{sid}", "speaker": "a senior official", "kind": kind,
                    "cue": "told", "via": None, "char_start": start, "char_end": end})
    return pd.DataFrame(out)


class _Text(HTMLParser):
    """Collects the visible text (superscript ids left out) and checks that tags are balanced."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[str] = []
        self.in_sup = 0
        self.sups: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.in_sup += tag == "sup"

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}>"
        self.stack.pop()
        self.in_sup -= tag == "sup"

    def handle_data(self, data):
        (self.sups if self.in_sup else self.parts).append(data)


def _parse(markup: str) -> _Text:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    assert parser.stack == []
    return parser


def test_every_character_of_title_and_body_is_shown_once(article):
    events = _events(article, [("E1", "blew up the inter-Korean liaison office", "break", "happened")])
    statements = _statements(article, [("S1", "We will respond sternly if the North takes further military "
                                               "action", "direct")])
    parsed = _parse(annotate_html(article, events, statements))
    shown = "".join(parsed.parts)
    assert article.title in shown
    assert article.body.strip() in shown


def test_trigger_is_wrapped_in_its_category_colour_and_followed_by_its_id(article):
    events = _events(article, [("E1", "blew up the inter-Korean liaison office", "break", "happened"),
                               ("E2", "cut all communication lines", "break", "happened")])
    markup = annotate_html(article, events)
    assert ">blew up the inter-Korean liaison office</span><sup" in markup
    assert "background-color:#D55E0040" in markup  # vermillion of style.yaml, translucent
    assert _parse(markup).sups == ["E1", "E2"]


def test_quote_is_underlined_by_kind_and_event_inside_it_keeps_both_marks(article):
    quote = "We will respond sternly if the North takes further military action"
    events = _events(article, [("E1", "respond sternly", "threat", "threatened")])
    statements = _statements(article, [("S1", quote, "direct")])
    markup = annotate_html(article, events, statements)
    # the trigger sits inside the quote: that segment carries the event background, the dashed box of an
    # event that did not happen, and the quote underline
    segment = markup[: markup.index(">respond sternly</span>")]
    style = segment[segment.rindex("<span"):]
    assert "background-color:#8C8C8C40" in style and "outline:1px dashed" in style
    assert "border-bottom:2px solid #0072B2" in style
    assert _parse(markup).sups == ["E1", "S1"]
    assert "dashed box" in markup  # the legend explains it


def test_partial_and_indirect_quotes_have_their_own_line_style(article):
    statements = _statements(article, [("S1", "We will respond sternly", "partial"),
                                       ("S2", "the North's <envoys> & officials had left the building", "indirect")])
    markup = annotate_html(article, statements=statements)
    assert "border-bottom:2px dashed #0072B2" in markup
    assert "border-bottom:2px dotted #0072B2" in markup
    assert "partial quote" in markup and "indirect quote" in markup and ">direct quote<" not in markup


def test_text_and_tooltips_are_escaped(article):
    statements = _statements(article, [("S1", "the North's <envoys> & officials", "indirect")])
    statements.loc[0, "speaker"] = 'Seoul\'s "ministry" <b>'
    markup = annotate_html(article, statements=statements)
    assert "<envoys>" not in markup and "&lt;envoys&gt; &amp; officials" in markup
    assert 'title="S1: speaker: Seoul&#x27;s &quot;ministry&quot; &lt;b&gt;' in markup
    assert "<b>" not in markup.replace("<b>E</b>", "").replace('<b style="color:#0072B2">S</b>', "")


def test_legend_names_only_what_is_present(article):
    events = _events(article, [("E1", "cut all communication lines", "break", "happened"),
                               ("E2", "respond sternly", "threat", "threatened")])
    markup = annotate_html(article, events)
    legend = markup[: markup.index("</div>")]
    assert "break" in legend and "context: threat" in legend
    assert "restoration" not in legend and "quote" not in legend


def test_no_tables_gives_the_plain_article_and_says_so(article):
    markup = annotate_html(article)
    assert "No events or statements to highlight." in markup
    assert "<span" not in markup and "<sup" not in markup
    assert html.escape(article.title) in markup


def test_mentions_highlight_every_mention_of_an_event(article):
    events = _events(article, [("E1", "blew up the inter-Korean liaison office", "break", "happened")])
    start, end = _span(article, "blows up liaison office")
    mentions = pd.DataFrame([
        {"event_id": "liaison:E1", "char_start": start, "char_end": end},
        {"event_id": "liaison:E1", "char_start": events.loc[0, "char_start"], "char_end": events.loc[0, "char_end"]},
    ])
    assert _parse(annotate_html(article, events)).sups == ["E1"]
    assert _parse(annotate_html(article, events, mentions=mentions)).sups == ["E1", "E1"]


def test_same_input_same_html_and_no_memory_addresses(seed_article):
    events = kd.extract_events(seed_article)
    statements = kd.extract_statements(seed_article)
    first = annotate_html(seed_article, events, statements)
    assert first == annotate_html(seed_article, events.copy(), statements.copy())
    assert "0x" not in first and "<style" not in first and "<script" not in first


def test_seed_article_all_extracted_spans_shown(seed_article):
    events = kd.extract_events(seed_article)
    statements = kd.extract_statements(seed_article)
    parsed = _parse(annotate_html(seed_article, events, statements))
    expected = sorted([short_id(e) for e in events["event_id"]] + [short_id(s) for s in statements["statement_id"]])
    assert sorted(parsed.sups) == expected
    assert seed_article.body.strip() in "".join(parsed.parts)


def test_annotated_article_object_renders_in_jupyter(article):
    events = _events(article, [("E1", "cut all communication lines", "break", "happened")])
    view = AnnotatedArticle(article, events)
    assert view._repr_html_() == annotate_html(article, events)
    assert repr(view) == "AnnotatedArticle('liaison': 1 events, 0 statements)"


def test_short_id():
    assert short_id("2021-07-27_axios_x:E10") == "E10"
    assert short_id("S3") == "S3"
