"""Errors koreadiplo raises on purpose. Each message is one line that names the file and the problem."""

from __future__ import annotations


class KoreadiploError(Exception):
    """Base class: every error the library raises on bad input or bad data."""


class ArticleError(KoreadiploError):
    """An input file or text cannot be read as an article (empty, binary, wrong encoding, too large, ...)."""


class MissingDateError(ArticleError):
    """The article gives no publication date and none was passed with ``published=``."""


class SchemaError(KoreadiploError):
    """A table does not match its documented schema."""


class ChronologyError(KoreadiploError):
    """The reference chronology (or a user-supplied one) fails validation."""


class VocabularyError(KoreadiploError):
    """A vocabulary data file (actors, actions, ...) is malformed."""


class GoldError(KoreadiploError):
    """A gold annotation file is malformed."""


class KoreadiploWarning(UserWarning):
    """Something in the input will make the results poor, but nothing is wrong enough to stop."""
