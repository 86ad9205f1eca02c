"""koreadiplo: tidy, traceable tables of inter-Korean events and statements from news articles.

>>> import koreadiplo as kd
>>> article = kd.read_article("data/raw/2021-07-27_axios_north-south-korea-restart-hotline.txt")  # doctest: +SKIP
>>> events = kd.extract_events(article)                                                          # doctest: +SKIP

Public names are imported lazily, so ``import koreadiplo`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    ArticleError,
    ChronologyError,
    GoldError,
    KoreadiploError,
    KoreadiploWarning,
    MissingDateError,
    SchemaError,
    VocabularyError,
)

# public name -> module that defines it
_LAZY = {
    "Article": "reader",
    "read_article": "reader",
    "read_table": "io",
    "write_table": "io",
    "extract_events": "events",
    "extract_mentions": "events",
    "extract_statements": "statements",
    "plot_timeline": "plotting",
    "plot_channel_status": "plotting",
    "save_figure": "plotting",
    "extract_corpus": "corpus",
    "merge_events": "corpus",
    "extract_article": "corpus",
    "iter_paths": "corpus",
    "find_dates": "dates",
    "DateMention": "dates",
    "load_chronology": "chronology",
    "channel_status": "chronology",
    "link_events": "chronology",
    "settle_date": "chronology",
    "schema": None,
    "evaluate": None,
    "teaching": None,
    "actors": None,
    "display": None,
}

__all__ = [
    "ArticleError",
    "ChronologyError",
    "GoldError",
    "KoreadiploError",
    "KoreadiploWarning",
    "MissingDateError",
    "SchemaError",
    "VocabularyError",
    "__version__",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = _LAZY[name]
        if module is None:
            return importlib.import_module(f".{name}", __name__)
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'koreadiplo' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
