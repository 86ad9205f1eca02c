"""Tables survive the trip to disk: CSV and Parquet read back equal, dtypes included; writes are atomic."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import koreadiplo as kd
from koreadiplo import io

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.txt"))


def _tables(path):
    a = kd.read_article(path)
    return {"sentences": a.sentences, "events": kd.extract_events(a), "mentions": kd.extract_mentions(a),
            "statements": kd.extract_statements(a)}


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
@pytest.mark.parametrize("path", CORPUS[:4], ids=lambda p: p.stem[:30])
def test_round_trip_equal_with_dtypes(tmp_path, fmt, path):
    for name, df in _tables(path).items():
        out = io.write_table(df, tmp_path / f"{name}.{fmt}")
        back = io.read_table(out, name)
        pd.testing.assert_frame_equal(back, df, check_dtype=True)


def test_round_trip_keeps_missing_values_and_leading_zeros(tmp_path, seed_article):
    events = kd.extract_events(seed_article)
    assert events["target"].isna().any()
    back = io.read_table(io.write_table(events, tmp_path / "e.csv"), "events")
    assert back["target"].isna().tolist() == events["target"].isna().tolist()
    assert all(code.isdigit() and len(code) >= 3 for code in back["cameo_code"].dropna())


def test_interrupted_write_leaves_old_file_and_no_temporary(tmp_path, seed_article, monkeypatch):
    target = tmp_path / "sentences.csv"
    target.write_text("previous content\n")

    def boom(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(KeyboardInterrupt):
        io.write_table(seed_article.sentences, target)
    assert target.read_text() == "previous content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["sentences.csv"]


def test_unknown_format_is_a_clear_error(tmp_path, seed_article):
    with pytest.raises(kd.KoreadiploError, match="unknown table format"):
        io.write_table(seed_article.sentences, tmp_path / "x.xlsx")
