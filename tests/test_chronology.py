"""The reference chronology: bundled data, validation of user files, channel states, links, settle_date."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest

from koreadiplo import schema
from koreadiplo.chronology import (
    EVENT_TYPES,
    LINE_CHANNELS,
    LINK_COLUMNS,
    STATE_OF_EVENT,
    channel_status,
    link_events,
    load_chronology,
    settle_date,
)
from koreadiplo.errors import ChronologyError, SchemaError

DATA = Path(__file__).resolve().parents[1] / "src" / "koreadiplo" / "data" / "chronology.csv"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "chronology.md"


@pytest.fixture(scope="module")
def history() -> pd.DataFrame:
    return load_chronology()


@pytest.fixture(scope="module")
def raw_rows() -> list[dict]:
    with DATA.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# ------------------------------------------------------------------------------------ bundled data


def test_bundled_chronology_matches_the_documented_schema(history):
    assert schema.validate(history, "chronology") is history
    assert len(history) >= 60


def test_bundled_file_has_exactly_the_schema_columns(raw_rows):
    assert list(raw_rows[0]) == schema.columns("chronology")


def test_chronology_spans_1971_to_the_october_2024_demolitions(history):
    assert history["date"].iloc[0].year == 1971
    last = history.iloc[-1]
    assert (last["date"], last["channel"], last["event_type"]) == (
        pd.Timestamp("2024-10-15"), "roads_railways", "blown_up")


def test_ids_are_unique_consecutive_and_follow_file_order_by_date(raw_rows, history):
    ids = [r["event_id"] for r in raw_rows]
    assert ids == [f"C{i:03d}" for i in range(1, len(ids) + 1)]
    # the file itself is in date order, so the loader's sort keeps the ids in sequence
    assert history["event_id"].tolist() == ids
    assert history["date"].is_monotonic_increasing


def test_every_row_is_sourced(history):
    for _, row in history.iterrows():
        url = urlparse(row["source_url"])
        assert url.scheme in ("http", "https") and url.netloc, row["event_id"]
        assert len(row["source_note"]) > 20, row["event_id"]
        assert len(row["description"]) > 20, row["event_id"]


def test_descriptions_are_distinct_sentences(history):
    assert history["description"].is_unique


def test_dates_are_written_at_their_precision(raw_rows):
    shapes = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
    for r in raw_rows:
        assert re.fullmatch(shapes[r["date_precision"]], r["date"]), r["event_id"]


def test_event_types_are_known_and_breaks_are_filed_as_breaks(history):
    assert set(history["event_type"]) <= set(EVENT_TYPES)
    severing = history["event_type"].map(STATE_OF_EVENT).isin(["severed", "unanswered"])
    assert (history.loc[severing, "category"] == "break").all()
    restoring = history["event_type"].isin(["restored", "reopened", "resumed"])
    assert (history.loc[restoring, "category"] == "restoration").all()


KEY_EVENTS = [
    ("1971-09-01", "hotline", "established"),
    ("2000-06-13", "summit", "summit"),
    ("2004-12-15", "kaesong_complex", "opened"),
    ("2007-10-02", "summit", "summit"),
    ("2013-04-08", "kaesong_complex", "suspended"),
    ("2013-09-16", "kaesong_complex", "reopened"),
    ("2016-02-10", "kaesong_complex", "suspended"),
    ("2016-02-11", "hotline", "cut"),
    ("2018-01-03", "hotline", "restored"),
    ("2018-04-20", "hotline", "established"),
    ("2018-04-27", "summit", "summit"),
    ("2018-05-26", "summit", "summit"),
    ("2018-09-14", "liaison_office", "opened"),
    ("2018-09-18", "summit", "summit"),
    ("2019-02-28", "summit", "talks_collapsed"),
    ("2019-10-05", "talks", "talks_collapsed"),
    ("2020-06-09", "hotline", "cut"),
    ("2020-06-09", "military_line", "cut"),
    ("2020-06-16", "liaison_office", "demolished"),
    ("2021-07-27", "hotline", "restored"),
    ("2021-08-10", "hotline", "unanswered"),
    ("2021-10-04", "hotline", "restored"),
    ("2023-04-07", "hotline", "unanswered"),
    ("2023-11-22", "agreement", "partially_suspended"),
    ("2023-11-23", "agreement", "scrapped"),
    ("2024-10-15", "roads_railways", "blown_up"),
]


@pytest.mark.parametrize(("date", "channel", "event_type"), KEY_EVENTS)
def test_key_dates_are_present(history, date, channel, event_type):
    hit = history[(history["date"] == date) & (history["channel"] == channel)
                  & (history["event_type"] == event_type)]
    assert len(hit) == 1


def test_the_2023_agreement_rows_name_who_acted(history):
    rows = history[history["channel"] == "agreement"].set_index("event_type")
    assert rows.loc["partially_suspended", "initiator"] == "South Korea"
    assert rows.loc["scrapped", "initiator"] == "North Korea"


def test_the_north_dismantles_its_inter_korean_bodies_in_january_2024(history):
    jan = history[(history["date"].dt.strftime("%Y-%m") == "2024-01") & (history["category"] == "break")]
    assert "dismantled" in jan["event_type"].tolist()


def test_disagreements_give_both_dates(history):
    kaesong = history[(history["date"] == "2013-08-14") & (history["channel"] == "kaesong_complex")].iloc[0]
    assert "14 August" in kaesong["note"] and "15 August" in kaesong["note"]
    assert history["note"].notna().sum() >= 10


# --------------------------------------------------------------------------------------- user files

HEADER = ",".join(schema.columns("chronology"))
GOOD = [
    "X2,2021-07-27,day,hotline,restored,restoration,Both Koreas,Lines back on,https://example.org/a,"
    "Report of the day says the lines reopened",
    "X1,2020-06-09,day,hotline,cut,break,North Korea,Lines cut at noon,https://example.org/b,"
    "Report of the day says the lines were cut",
]


def _write(tmp_path: Path, lines: list[str], name: str = "mine.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *[ln + ("," if ln.count(",") == 9 else "") for ln in lines]]) + "\n",
                    encoding="utf-8")
    return path


def test_a_user_file_loads_sorted_by_date(tmp_path):
    df = load_chronology(_write(tmp_path, GOOD))
    assert df["event_id"].tolist() == ["X1", "X2"]
    assert schema.validate(df, "chronology") is df


def test_a_user_file_with_month_and_year_precision(tmp_path):
    lines = [GOOD[1].replace("2020-06-09,day", "2020-06,month"),
             GOOD[0].replace("2021-07-27,day", "2021,year")]
    df = load_chronology(_write(tmp_path, lines))
    assert df["date"].tolist() == [pd.Timestamp("2020-06-01"), pd.Timestamp("2021-01-01")]


BROKEN = [
    (lambda ln: ln.replace(",hotline,", ",telegraph,"), "channel 'telegraph'"),
    (lambda ln: ln.replace("2021-07-27,day", "2021-7-27,day"), "does not match precision 'day'"),
    (lambda ln: ln.replace("2021-07-27,day", "2021-07-27,month"), "does not match precision 'month'"),
    (lambda ln: ln.replace("2021-07-27,day", "2021-02-30,day"), "not a calendar date"),
    (lambda ln: ln.replace(",day,", ",week,"), "date_precision 'week'"),
    (lambda ln: ln.replace(",restoration,", ",thaw,"), "category 'thaw'"),
    (lambda ln: ln.replace("https://example.org/a", ""), "source_url"),
    (lambda ln: ln.replace("https://example.org/a", "example.org/a"), "source_url"),
    (lambda ln: ln.replace("Report of the day says the lines reopened", ""), "source_note is empty"),
    (lambda ln: ln.replace(",restored,", ",restord,"), "event_type 'restord' unknown"),
    (lambda ln: ln.replace(",restored,restoration,", ",restored,break,"), "must have category restoration"),
    (lambda ln: ln.replace("X2,", "X1,"), "duplicate event_id"),
]


@pytest.mark.parametrize(("mutate", "problem"), BROKEN)
def test_a_broken_user_file_gives_a_one_line_error_naming_file_line_and_problem(tmp_path, mutate, problem):
    path = _write(tmp_path, [GOOD[1], mutate(GOOD[0])])
    with pytest.raises(ChronologyError) as err:
        load_chronology(path)
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith(f"{path}: line 3")
    assert problem in msg


def test_unknown_event_types_pass_when_not_strict(tmp_path):
    path = _write(tmp_path, [GOOD[1], GOOD[0].replace(",restored,", ",rerouted,")])
    df = load_chronology(path, strict=False)
    assert "rerouted" in df["event_type"].tolist()


@pytest.mark.parametrize(("header", "problem"), [
    (HEADER.replace(",note", ""), "missing columns ['note']"),
    (HEADER + ",extra", "unknown columns ['extra']"),
])
def test_a_wrong_header_is_named(tmp_path, header, problem):
    path = tmp_path / "bad.csv"
    path.write_text(header + "\n", encoding="utf-8")
    with pytest.raises(ChronologyError, match=re.escape(problem)):
        load_chronology(path)


def test_empty_missing_and_binary_files_are_chronology_errors(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81garbage")
    for path, problem in ((empty, "empty file"), (tmp_path / "nope.csv", "no such file"),
                          (binary, "not UTF-8")):
        with pytest.raises(ChronologyError, match=problem):
            load_chronology(path)


# ----------------------------------------------------------------------------------- channel status


def _state_on(spans: pd.DataFrame, channel: str, day: str) -> str | None:
    d = pd.Timestamp(day)
    hit = spans[(spans["channel"] == channel) & (spans["start"] <= d) & (spans["end"] > d)]
    assert len(hit) <= 1
    return hit["state"].iloc[0] if len(hit) else None


@pytest.fixture(scope="module")
def spans(history) -> pd.DataFrame:
    return channel_status(history)


def test_channel_status_matches_its_schema(spans):
    assert schema.validate(spans, "channel_status") is spans


def test_spans_are_ordered_and_do_not_overlap(spans):
    for _, grp in spans.groupby("channel"):
        assert (grp["start"] < grp["end"]).all()
        assert grp["start"].is_monotonic_increasing
        assert (grp["end"].iloc[:-1].to_numpy() <= grp["start"].iloc[1:].to_numpy()).all()
        # consecutive spans of one channel always differ in state
        assert (grp["state"].iloc[:-1].to_numpy() != grp["state"].iloc[1:].to_numpy()).all()


@pytest.mark.parametrize(("day", "state"), [
    ("2019-06-01", "connected"),
    ("2020-06-10", "severed"),
    ("2021-07-01", "severed"),
    ("2021-07-28", "connected"),
    ("2021-08-11", "unanswered"),
    ("2021-10-05", "connected"),
    ("2022-06-01", "connected"),
    ("2023-05-01", "unanswered"),
    ("2024-12-30", "unanswered"),
])
def test_hotline_states_around_2020_and_2021(spans, day, state):
    assert _state_on(spans, "hotline", day) == state


def test_other_channels_end_in_the_right_state(spans):
    assert _state_on(spans, "liaison_office", "2019-01-01") == "connected"
    assert _state_on(spans, "liaison_office", "2020-07-01") == "severed"
    assert _state_on(spans, "kaesong_complex", "2015-01-01") == "connected"
    assert _state_on(spans, "kaesong_complex", "2017-01-01") == "severed"
    assert _state_on(spans, "roads_railways", "2024-10-14") == "connected"
    assert _state_on(spans, "roads_railways", "2024-10-16") == "severed"


def test_a_channel_has_no_state_before_its_first_change(spans):
    assert _state_on(spans, "liaison_office", "2018-09-13") is None


def test_one_off_channels_get_no_spans(spans):
    assert not spans["channel"].isin(["summit", "talks", "letters", "other"]).any()


def test_until_clips_the_last_span_and_ignores_later_events(history):
    clipped = channel_status(history, until="2021-01-01")
    hot = clipped[clipped["channel"] == "hotline"]
    assert hot["end"].max() == pd.Timestamp("2021-01-01")
    assert hot.iloc[-1]["state"] == "severed"
    assert (clipped["start"] < pd.Timestamp("2021-01-01")).all()


def test_neutral_events_and_repeated_states_do_not_split_spans(history):
    spans = channel_status(history)
    hot = spans[spans["channel"] == "hotline"]
    # the leaders' line was added (2018-04-20) while the hotline was already connected
    span = hot[hot["start"] == "2018-01-03"].iloc[0]
    assert span["end"] == pd.Timestamp("2020-06-09")


def test_state_machine_on_a_small_table():
    table = pd.DataFrame({
        "channel": ["hotline"] * 5,
        "date": pd.to_datetime(["2000-01-01", "2000-02-01", "2000-03-01", "2000-03-01", "2000-05-01"]),
        "event_type": ["talks", "established", "cut", "restored", "unanswered"],
    })
    spans = channel_status(table, until="2000-06-01")
    # the same-day cut-and-restore leaves no zero-length span and does not split the connection
    assert spans[["start", "end", "state"]].astype(str).values.tolist() == [
        ["2000-02-01", "2000-05-01", "connected"],
        ["2000-05-01", "2000-06-01", "unanswered"],
    ]


def test_channel_status_defaults_to_the_bundled_chronology(spans):
    pd.testing.assert_frame_equal(channel_status(), spans)


def test_channel_status_of_an_empty_chronology_is_an_empty_table():
    empty = channel_status(schema.empty("chronology"))
    assert list(empty.columns) == schema.columns("channel_status") and empty.empty


# ------------------------------------------------------------------------------------------ linking


def _events(*rows: dict) -> pd.DataFrame:
    """An events table with the columns link_events reads (dates resolved as the extractor would)."""
    out = []
    for i, r in enumerate(rows, 1):
        start = pd.Timestamp(r["date"])
        prec = r.get("date_precision", "day")
        end = {"month": start + pd.offsets.MonthEnd(0), "year": pd.Timestamp(year=start.year, month=12,
                                                                             day=31)}.get(prec, start)
        out.append({"article_id": "art", "event_id": f"art:E{i}", "date": start, "date_end": end,
                    "date_precision": prec, "category": r["category"], "channel": r.get("channel"),
                    "action": r.get("action"), "date_rule": "test"})
    return pd.DataFrame(out)


def test_link_events_returns_one_documented_row_per_event(history):
    ev = _events({"date": "2020-06-01", "date_precision": "month", "category": "break",
                  "channel": "hotline", "action": "cut"},
                 {"date": "2015-05-01", "date_precision": "month", "category": "break",
                  "channel": "hotline", "action": "cut"})
    links = link_events(ev, history)
    assert list(links.columns) == list(LINK_COLUMNS)
    assert {c: str(t) for c, t in links.dtypes.items()} == LINK_COLUMNS
    assert links["event_id"].tolist() == ["art:E1", "art:E2"]
    assert links["article_id"].tolist() == ["art", "art"]


def test_june_last_year_cut_and_demolition_link_to_the_2020_events(history):
    # "In June last year, North Korea cut the hotline ... and demolished an inter-Korean liaison office."
    ev = _events({"date": "2020-06-01", "date_precision": "month", "category": "break",
                  "channel": "hotline", "action": "cut"},
                 {"date": "2020-06-01", "date_precision": "month", "category": "break",
                  "channel": "liaison_office", "action": "demolish"})
    links = link_events(ev, history)
    assert links["reference_date"].astype(str).tolist() == ["2020-06-09", "2020-06-16"]
    assert links["reference_channel"].tolist() == ["hotline", "liaison_office"]
    assert links["quality"].tolist() == ["exact", "exact"]
    assert "inside the event's period" in links["reason"].iloc[0]


def test_a_day_late_report_links_within_the_tolerance(history):
    # a KCNA item carried the next morning: "North Korea said on Wednesday it had cut all lines"
    links = link_events(_events({"date": "2020-06-10", "category": "break", "channel": "hotline",
                                 "action": "cut"}), history)
    row = links.iloc[0]
    assert (str(row["reference_date"].date()), row["quality"], row["days_apart"]) == (
        "2020-06-09", "compatible", -1)
    assert link_events(_events({"date": "2020-06-10", "category": "break", "channel": "hotline"}),
                       history, day_tolerance=0)["quality"].item() == "none"


def test_restoration_never_links_to_a_break_on_the_same_day(history):
    links = link_events(_events({"date": "2020-06-09", "category": "restoration", "channel": "hotline",
                                 "action": "restore"}), history)
    assert links["quality"].item() == "none"
    assert pd.isna(links["reference_id"].item())
    assert "no reference event of category restoration" in links["reason"].item()


def test_an_undated_event_links_to_the_latest_match_before_publication(history):
    # Yonhap, 4 Oct 2021: "The two Koreas restored their cross-border hotlines." (no date words)
    links = link_events(_events({"date": "2021-10-04", "date_precision": "reported",
                                 "category": "restoration", "channel": "hotline", "action": "restore"}),
                        history)
    row = links.iloc[0]
    assert (str(row["reference_date"].date()), row["reference_channel"], row["quality"]) == (
        "2021-10-04", "hotline", "weak")
    assert "no date in the text" in row["reason"]


def test_a_military_line_event_prefers_its_own_channel_over_another_line(history):
    links = link_events(_events({"date": "2021-08-10", "category": "break", "channel": "military_line"}),
                        history)
    assert links["reference_channel"].item() == "military_line"
    assert links["quality"].item() == "exact"


def test_another_communication_line_is_a_compatible_match(history):
    # "the liaison channel went silent in August 2021": no liaison_office row then, the lines are
    links = link_events(_events({"date": "2021-08-01", "date_precision": "month", "category": "break",
                                 "channel": "liaison_office"}), history)
    assert links["reference_channel"].item() in LINE_CHANNELS - {"liaison_office"}
    assert links["quality"].item() == "compatible"


def test_an_event_without_channel_needs_a_matching_action(history):
    base = {"date": "2024-10-01", "date_precision": "month", "category": "break", "channel": None}
    assert link_events(_events(base), history)["quality"].item() == "none"
    links = link_events(_events(base | {"action": "blow up"}), history)
    assert (links["reference_channel"].item(), links["quality"].item()) == ("roads_railways", "weak")


def test_a_collapsed_summit_reported_as_a_meeting_links(history):
    links = link_events(_events({"date": "2019-02-28", "category": "meeting", "channel": "summit"}),
                        history)
    assert links["reference_event_type"].item() == "talks_collapsed"


def test_link_events_uses_the_bundled_chronology_by_default():
    links = link_events(_events({"date": "2024-10-15", "category": "break", "channel": "roads_railways"}))
    assert links["quality"].item() == "exact"


def test_link_events_names_missing_columns():
    with pytest.raises(SchemaError, match="channel"):
        link_events(pd.DataFrame({"event_id": ["x"], "date": [pd.Timestamp("2020-01-01")],
                                  "date_precision": ["day"], "category": ["break"]}))


# -------------------------------------------------------------------------------------- settle_date


def test_june_9_in_an_october_2021_article_is_the_2020_cut(history):
    date, ref = settle_date("break", "hotline", 6, 9, dt.date(2021, 10, 4), history)
    assert date == dt.date(2020, 6, 9)
    assert history.set_index("event_id").loc[ref, "event_type"] == "cut"


def test_june_9_in_a_june_2020_article_is_the_same_year(history):
    assert settle_date("break", "hotline", 6, 9, "2020-06-20", history)[0] == dt.date(2020, 6, 9)


def test_without_a_reference_event_the_default_rule_applies(history):
    assert settle_date("break", "hotline", 3, 2, "2021-10-04", history) == (dt.date(2021, 3, 2), None)
    # a restoration on June 9 has no reference: most recent June 9 before publication
    assert settle_date("restoration", "hotline", 6, 9, "2021-10-04", history) == (dt.date(2021, 6, 9), None)
    # too old to be what the writer meant
    assert settle_date("break", "hotline", 6, 9, "2025-10-01", history) == (dt.date(2025, 6, 9), None)


def test_settle_date_matches_other_communication_lines_but_not_other_channels(history):
    assert settle_date("break", "military_line", 6, 9, "2021-10-04", history)[0] == dt.date(2020, 6, 9)
    assert settle_date("break", "summit", 6, 9, "2021-10-04", history) == (dt.date(2021, 6, 9), None)


def test_a_bare_month_is_only_confirmed_in_the_default_year(history):
    assert settle_date("break", "hotline", 6, None, "2021-07-27", history) == (dt.date(2021, 6, 1), None)
    date, ref = settle_date("break", "hotline", 6, None, "2020-07-01", history)
    assert date == dt.date(2020, 6, 1)
    assert history.set_index("event_id").loc[ref, "channel"] == "hotline"


def test_an_impossible_month_day_settles_nothing(history):
    assert settle_date("break", "hotline", 2, 30, "2021-10-04", history) == (None, None)


# ------------------------------------------------------------------------------------------ the docs


def test_docs_list_every_state_changing_event_type():
    text = DOCS.read_text(encoding="utf-8")
    for etype in STATE_OF_EVENT:
        assert f"`{etype}`" in text, etype
