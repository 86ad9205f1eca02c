"""What the figures draw: markers, labels, spans, legends, published line, and a pixel comparison.

Baseline images live in tests/baseline/. Regenerate them (after an intended change, then look at them)
with ``KOREADIPLO_REGEN_BASELINE=1 .venv/bin/pytest tests/test_plotting.py -k image``.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib as mpl  # noqa: E402
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.testing.compare import compare_images  # noqa: E402

from koreadiplo import schema  # noqa: E402
from koreadiplo.errors import SchemaError  # noqa: E402
from koreadiplo.plotting import (  # noqa: E402
    _Item,
    assign_levels,
    channel_name,
    event_label,
    plot_channel_status,
    plot_timeline,
    save_figure,
)

BASELINE = Path(__file__).parent / "baseline"
REGEN = os.environ.get("KOREADIPLO_REGEN_BASELINE") == "1"
VERMILLION, GREEN = "#d55e00", "#009e73"
ARTICLE = "2021-07-27_axios_hotline"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


_counter = itertools.count(1)


def ev(date, action, category, channel, *, end=None, precision="day", status="happened",
       trigger="trigger words", article=ARTICLE, **extra) -> dict:
    """One events row with the columns the schema requires; the rest left missing."""
    n = next(_counter)
    return {
        "article_id": article, "event_id": f"{article}:E{n}", "date": date, "date_end": end or date,
        "date_precision": precision, "date_text": None, "date_rule": None, "actor": "North Korea",
        "actor_country": "PRK", "target": None, "target_country": None, "action": action,
        "category": category, "status": status, "channel": channel, "cameo_code": None, "quad_class": None,
        "goldstein": None, "trigger": trigger, "section": "lead", "sentence_id": 1, "char_start": 0,
        "char_end": 1, "evidence": "A sentence we wrote for the test.", "n_mentions": 1, **extra,
    }


def events_frame(rows: list[dict]) -> pd.DataFrame:
    return schema.frame(rows, "events")


@pytest.fixture
def hotline_events() -> pd.DataFrame:
    """Events in the shape of a July 2021 piece on the restored hotline (our own rows, true facts)."""
    return events_frame([
        ev("2021-07-27", "restore", "restoration", "hotline"),
        ev("2020-06-01", "cut", "break", "hotline", end="2020-06-30", precision="month"),
        ev("2020-06-01", "demolish", "break", "liaison_office", end="2020-06-30", precision="month"),
        ev("2020-06-01", "resume", "escalation", "other", end="2020-06-30", precision="month",
           trigger="resumed military exercises"),
        ev("2019-01-01", "collapse", "break", "talks", end="2019-12-31", precision="year"),
        ev("2021-07-27", "pledge", "cooperation", "relations", precision="reported"),
        ev("2021-08-10", "cut", "break", "hotline", status="threatened"),
    ])


def _artists(ax, prefix: str) -> list:
    found = [a for a in ax.get_children() if (a.get_gid() or "").startswith(prefix)]
    return found + [a for a in ax.figure.texts if (a.get_gid() or "").startswith(prefix)]


def _legend_texts(ax) -> list[str]:
    legend = ax.get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend else []


# ------------------------------------------------------------------------------------------- timeline


def test_breaks_and_restorations_get_their_own_colour_and_shape(hotline_events):
    ax = plot_timeline(hotline_events)
    breaks, restorations = _artists(ax, "marker:break:"), _artists(ax, "marker:restoration:")
    assert len(breaks) == 3 and len(restorations) == 1
    assert {to_hex(m.get_markeredgecolor()) for m in breaks} == {VERMILLION}
    assert {to_hex(m.get_markeredgecolor()) for m in restorations} == {GREEN}
    assert {m.get_marker() for m in breaks} != {m.get_marker() for m in restorations}
    assert not _artists(ax, "marker:escalation:") and not _artists(ax, "marker:cooperation:")


def test_context_events_are_drawn_muted_only_when_asked(hotline_events):
    ax = plot_timeline(hotline_events, categories=None)
    context = _artists(ax, "marker:escalation:") + _artists(ax, "marker:cooperation:")
    assert len(context) == 2
    for m in context:
        assert to_hex(m.get_markeredgecolor()) not in (VERMILLION, GREEN)
    assert "cooperation, escalation" in _legend_texts(ax)  # up to two named, more counted


def test_default_labels_say_what_and_when_at_the_given_precision(hotline_events):
    ax = plot_timeline(hotline_events, categories=None)
    labels = {" ".join(t.get_text().split()) for t in _artists(ax, "label:")}
    assert {"hotline restored 27 Jul 2021", "hotline cut Jun 2020", "liaison office demolished Jun 2020",
            "talks collapsed 2019", "resumed military exercises Jun 2020",
            "relations pledged by 27 Jul 2021"} <= labels


def test_label_column_and_callable(hotline_events):
    frame = hotline_events.assign(short=[f"L{i}" for i in range(len(hotline_events))])
    ax = plot_timeline(frame, label="short")
    assert {t.get_text() for t in _artists(ax, "label:")} == {"L0", "L1", "L2", "L4"}
    ax = plot_timeline(frame, label=lambda row: row["action"].upper())
    assert {t.get_text() for t in _artists(ax, "label:")} == {"RESTORE", "CUT", "DEMOLISH", "COLLAPSE"}


def test_x_range_covers_every_event_and_the_publication_date(hotline_events):
    ax = plot_timeline(hotline_events, published="2021-07-27")
    lo, hi = ax.get_xlim()
    assert lo < mdates.date2num(pd.Timestamp("2019-01-01"))
    assert hi > mdates.date2num(pd.Timestamp("2021-07-28"))


def test_legend_names_each_encoding(hotline_events):
    texts = _legend_texts(plot_timeline(hotline_events))
    assert texts[:2] == ["break", "restoration"]
    assert "publication date" in texts
    assert any("not to the day" in t for t in texts)


def test_publication_date_is_marked_with_a_dashed_line(hotline_events):
    ax = plot_timeline(hotline_events, published="2021-07-27")
    (line,) = _artists(ax, "published")[:1]
    assert line.get_linestyle() == "--"
    assert line.get_xdata()[0] == pytest.approx(mdates.date2num(pd.Timestamp("2021-07-27")))
    assert any(t.get_text().startswith("published") for t in _artists(ax, "published-label"))


def test_publication_date_read_from_reported_rows_or_switched_off(hotline_events):
    ax = plot_timeline(hotline_events)  # the 'reported' row carries the publication date
    assert _artists(ax, "published")
    assert not _artists(plot_timeline(hotline_events, published=False), "published")
    no_reported = hotline_events[hotline_events["date_precision"] != "reported"]
    assert not _artists(plot_timeline(no_reported), "published")


def test_only_what_happened_is_drawn_unless_statuses_say_otherwise(hotline_events):
    threatened_id = hotline_events.loc[hotline_events["status"] == "threatened", "event_id"].iloc[0]
    ax = plot_timeline(hotline_events)
    assert not _artists(ax, f"marker:break:{threatened_id}")
    ax = plot_timeline(hotline_events, statuses=("happened", "threatened"))
    assert _artists(ax, f"marker:break:{threatened_id}")
    lo, hi = ax.get_xlim()
    assert hi > mdates.date2num(pd.Timestamp("2021-08-10"))


def test_month_and_year_dates_are_drawn_as_spans_with_hollow_markers(hotline_events):
    ax = plot_timeline(hotline_events)
    rows = hotline_events.set_index("event_id")
    for eid, row in rows[rows["category"].isin(["break", "restoration"])].iterrows():
        if row["status"] != "happened":
            continue
        (marker,) = _artists(ax, f"marker:{row['category']}:{eid}")
        spans = _artists(ax, f"span:{eid}")
        if row["date_precision"] == "day":
            assert not spans
            assert to_hex(marker.get_markerfacecolor()) != "#ffffff"
        else:
            (span,) = spans
            x0, x1 = span.get_xdata()
            assert x0 == pytest.approx(mdates.date2num(row["date"]))
            assert x1 == pytest.approx(mdates.date2num(row["date_end"]) + 1)  # through the last day
            assert to_hex(marker.get_markerfacecolor()) == "#ffffff"
            assert x0 < marker.get_xdata()[0] < x1  # not pinned to the 1st of the month


def test_source_line_names_the_article(hotline_events):
    ax = plot_timeline(hotline_events)
    (source,) = _artists(ax, "source")
    assert source.get_text() == f"Source: {ARTICLE} (koreadiplo)"
    assert not _artists(plot_timeline(hotline_events, source=""), "source")


def _label_boxes(ax):
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in _artists(ax, "label:")]


@pytest.mark.parametrize("figsize", [(10, 4), (6, 3.5), (16, 7)])
def test_labels_of_crowded_events_do_not_overlap(figsize):
    rows = [ev(f"2018-{m:02d}-{d:02d}", a, c, ch) for m, d, a, c, ch in [
        (1, 3, "restore", "restoration", "hotline"), (1, 9, "hold", "restoration", "talks"),
        (2, 9, "reopen", "restoration", "military_line"), (4, 27, "meet", "restoration", "summit"),
        (5, 26, "meet", "restoration", "summit"), (6, 12, "sign", "restoration", "agreement"),
        (9, 14, "open", "restoration", "liaison_office"), (9, 19, "sign", "restoration", "agreement"),
    ]] + [ev("2019-02-28", "collapse", "break", "talks"), ev("2020-06-09", "cut", "break", "hotline"),
          ev("2020-06-16", "demolish", "break", "liaison_office"),
          ev("2019-06-30", "meet", "meeting", "summit", trigger="met at Panmunjom"),
          ev("2019-01-01", "test", "escalation", "other", end="2019-12-31", precision="year",
             trigger="tested short-range missiles"),
          ev("2020-03-03", "criticise", "criticism", "other", trigger="called the drills a provocation")]
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    plot_timeline(events_frame(rows), ax=ax, categories=None, published="2020-06-17")
    boxes = _label_boxes(ax)
    assert len(boxes) >= 6  # most events keep their label
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)
    axes_box = ax.get_window_extent()
    for box in boxes:  # inside the axes, not cut off at its ends
        assert axes_box.x0 - 1 <= box.x0 and box.x1 <= axes_box.x1 + 1, (box, axes_box)
        assert axes_box.y0 - 1 <= box.y0 and box.y1 <= axes_box.y1 + 1, (box, axes_box)
    (source,) = _artists(ax, "source")
    legend_box = ax.get_legend().get_window_extent()
    assert not source.get_window_extent().overlaps(legend_box)
    assert not legend_box.overlaps(axes_box)
    texts = _legend_texts(ax)
    dropped = len(rows) - len(boxes)
    assert (dropped == 0) == (not any("left out" in t for t in texts))


def test_empty_input_draws_a_note_instead_of_raising():
    for frame in (schema.empty("events"), events_frame([ev("2021-05-21", "meet", "meeting", "summit")])):
        ax = plot_timeline(frame)
        (note,) = _artists(ax, "empty-note")
        assert note.get_text() == "no breaks or restorations found"


def test_missing_column_is_a_schema_error(hotline_events):
    with pytest.raises(SchemaError, match="category"):
        plot_timeline(hotline_events.drop(columns="category"))


def test_draws_on_the_given_axes_without_new_figures_or_style_changes(hotline_events):
    before = dict(mpl.rcParams)
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4))
    n_figs = len(plt.get_fignums())
    assert plot_timeline(hotline_events, ax=right) is right
    assert len(plt.get_fignums()) == n_figs
    assert not left.get_children()[0].get_gid()  # the other Axes untouched
    assert dict(mpl.rcParams) == before


def test_two_articles_on_one_figure_share_one_source_line(hotline_events):
    other = events_frame([ev("2023-04-07", "unanswered", "break", "hotline", article="2023-04-07_ap")])
    fig, (a, b) = plt.subplots(2, 1)
    plot_timeline(hotline_events, ax=a)
    plot_timeline(other, ax=b)
    (source,) = [t for t in fig.texts if t.get_gid() == "source"]
    assert ARTICLE in source.get_text() and "2023-04-07_ap" in source.get_text()


def test_chronology_rows_can_be_drawn_too():
    chronology = schema.frame([
        {"event_id": "C1", "date": "2020-06-09", "date_precision": "day", "channel": "hotline",
         "event_type": "cut", "category": "break", "initiator": "North Korea", "description": "d",
         "source_url": "https://example.org", "source_note": "n", "note": None},
        {"event_id": "C2", "date": "2019-02-01", "date_precision": "month", "channel": "talks",
         "event_type": "talks_collapsed", "category": "break", "initiator": None, "description": "d",
         "source_url": "https://example.org", "source_note": "n", "note": None},
    ], "chronology")
    ax = plot_timeline(chronology)
    labels = {" ".join(t.get_text().split()) for t in _artists(ax, "label:")}
    assert labels == {"hotline cut 9 Jun 2020", "talks collapsed Feb 2019"}
    assert _artists(ax, "span:C2")  # month precision without a date_end column still spans the month


# ------------------------------------------------------------------------------------------- labels


@pytest.mark.parametrize(("row", "expected"), [
    ({"action": "cut", "channel": "hotline", "date": "2020-06-01", "date_precision": "month"},
     "hotline cut\nJun 2020"),
    ({"action": "restore", "channel": "military_line", "date": "2018-01-09", "date_precision": "day"},
     "military line restored\n9 Jan 2018"),
    ({"action": "blow up", "channel": "liaison_office", "date": "2020-01-01", "date_precision": "year"},
     "liaison office blown\nup\n2020"),
    ({"action": "meet", "channel": "summit", "date": "2018-04-27", "date_precision": "day"},
     "summit held\n27 Apr 2018"),
    ({"action": "deny", "channel": "talks", "date": "2019-03-01", "date_precision": "day"},
     "talks denied\n1 Mar 2019"),
    ({"action": "fire", "channel": "other", "trigger": "fired artillery", "date": "2010-11-23",
      "date_precision": "day"}, "fired artillery\n23 Nov 2010"),
    ({"action": "warn", "channel": None, "trigger": "warned of retaliation", "date": "2021-07-27",
      "date_precision": "reported"}, "warned of retaliation\nby 27 Jul 2021"),
    ({"event_type": "partially_suspended", "channel": "agreement", "date": "2023-11-22",
      "date_precision": "day"}, "agreement partially\nsuspended\n22 Nov 2023"),
])
def test_event_label(row, expected):
    assert event_label(row) == expected


def test_channel_names_are_readable_words():
    assert channel_name("liaison_office") == "liaison office"
    assert channel_name("red_cross_line") == "Red Cross line"
    assert channel_name("a_new_channel") == "a new channel"
    assert channel_name(pd.NA) is None and channel_name("other") is None


def test_assign_levels_separates_close_labels_and_is_deterministic():
    items = [_Item(0.0, 1.0), _Item(0.5, 1.0), _Item(1.0, 1.0), _Item(10.0, 1.0)]
    levels = assign_levels(items)
    assert len(set(levels[:3])) == 3
    assert abs(levels[3]) == 1
    assert assign_levels(items) == levels
    assert assign_levels([_Item(0.0, 1.0), _Item(10.0, 1.0)]) == [1, -1]  # alternate like the gallery


# ------------------------------------------------------------------------------------------- channel status


@pytest.fixture
def status() -> pd.DataFrame:
    rows = [
        ("hotline", "1971-09-01", "2016-02-11", "connected"),
        ("hotline", "2016-02-11", "2018-01-03", "severed"),
        ("hotline", "2018-01-03", "2020-06-09", "connected"),
        ("hotline", "2020-06-09", "2021-07-27", "severed"),
        ("hotline", "2021-07-27", "2023-04-07", "connected"),
        ("hotline", "2023-04-07", "2024-12-31", "unanswered"),
        ("liaison_office", "2018-09-14", "2020-06-16", "connected"),
        ("liaison_office", "2020-06-16", "2024-12-31", "severed"),
    ]
    return schema.frame([dict(zip(["channel", "start", "end", "state"], r, strict=True)) for r in rows],
                        "channel_status")


def test_status_spans_per_channel_and_state(status):
    ax = plot_channel_status(status)
    (severed,) = _artists(ax, "status:hotline:severed")
    assert len(severed.get_paths()) == 2
    assert to_hex(severed.get_facecolor()[0]) == VERMILLION
    (connected,) = _artists(ax, "status:liaison_office:connected")
    assert to_hex(connected.get_facecolor()[0]) == GREEN
    (unanswered,) = _artists(ax, "status:hotline:unanswered")
    assert unanswered.get_hatch()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["hotline", "liaison office"]
    lo, hi = ax.get_xlim()
    assert lo <= mdates.date2num(pd.Timestamp("1971-01-01"))
    assert hi >= mdates.date2num(pd.Timestamp("2024-12-31"))
    assert _legend_texts(ax)[:2] == ["connected", "severed"]
    assert "koreadiplo reference chronology" in _artists(ax, "source")[0].get_text()


def test_status_overlays_article_events_on_their_channel_row(status, hotline_events):
    ax = plot_channel_status(status, events=hotline_events)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows == ["hotline", "liaison office", "talks"]  # the article's talks row added
    for marker in _artists(ax, "event:"):
        eid = marker.get_gid().split(":", 2)[2]
        channel = hotline_events.set_index("event_id").loc[eid, "channel"]
        assert rows[int(marker.get_ydata()[0])] == channel_name(channel)
    assert len(_artists(ax, "event:break:")) == 3  # the threatened cut is not overlaid
    assert "article: break" in _legend_texts(ax)


def test_status_channels_and_range_can_be_chosen(status):
    ax = plot_channel_status(status, channels=["liaison_office"], start="2015-01-01", end="2025-01-01")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["liaison office"]
    assert not _artists(ax, "status:hotline")
    assert ax.get_xlim()[0] == pytest.approx(mdates.date2num(pd.Timestamp("2015-01-01")))


def test_status_empty_draws_a_note():
    ax = plot_channel_status(schema.empty("channel_status"))
    assert _artists(ax, "empty-note")


def test_status_from_the_real_chronology_if_present():
    chronology = pytest.importorskip("koreadiplo.chronology")
    if not hasattr(chronology, "channel_status") or not hasattr(chronology, "load_chronology"):
        pytest.skip("koreadiplo.chronology.channel_status not written yet")
    status = chronology.channel_status(chronology.load_chronology())
    ax = plot_channel_status(status)
    assert len(ax.get_yticklabels()) == status["channel"].nunique()
    assert _artists(ax, "status:hotline:")


# ------------------------------------------------------------------------------------------- saving


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_save_figure_is_reproducible(hotline_events, tmp_path, suffix):
    first = save_figure(plot_timeline(hotline_events), tmp_path / f"a{suffix}", dpi=72).read_bytes()
    plt.close("all")
    second = save_figure(plot_timeline(hotline_events).figure, tmp_path / f"b{suffix}", dpi=72).read_bytes()
    assert first == second and len(first) > 1000
    assert b"CreationDate" not in first and b"<dc:date>" not in first


def test_save_figure_refuses_unknown_formats(hotline_events, tmp_path):
    ax = plot_timeline(hotline_events)
    with pytest.raises(ValueError, match=".jpg"):
        save_figure(ax, tmp_path / "figure.jpg")


def test_import_does_not_load_pyplot():
    code = "import sys, koreadiplo.plotting; print('matplotlib.pyplot' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------------------------------- images


def _check_image(ax, name: str, tmp_path: Path) -> None:
    expected = BASELINE / name
    actual = tmp_path / name
    save_figure(ax, actual, dpi=80)
    if REGEN or not expected.exists():
        if not REGEN:
            pytest.fail(f"no baseline {expected}; run with KOREADIPLO_REGEN_BASELINE=1 to create it")
        expected.parent.mkdir(exist_ok=True)
        expected.write_bytes(actual.read_bytes())
        return
    result = compare_images(str(expected), str(actual), tol=3)
    assert result is None, result


@pytest.fixture
def stable_style():
    from matplotlib.testing import set_font_settings_for_testing

    with mpl.style.context("default"), mpl.rc_context():
        set_font_settings_for_testing()
        yield


def test_image_timeline(hotline_events, tmp_path, stable_style):
    ax = plot_timeline(hotline_events, categories=None, title="North and South Korea restart the hotline")
    _check_image(ax, "timeline.png", tmp_path)


def test_image_channel_status(status, hotline_events, tmp_path, stable_style):
    ax = plot_channel_status(status, events=hotline_events)
    _check_image(ax, "channel_status.png", tmp_path)
