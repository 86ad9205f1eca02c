"""Shared fixtures: paths to the bundled article and to our own test articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "2021-07-27_axios_north-south-korea-restart-hotline.txt"
READER_DATA = ROOT / "tests" / "data" / "reader"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_article():
    import koreadiplo as kd

    return kd.read_article(SEED)
