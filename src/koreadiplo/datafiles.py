"""Reading the vocabulary files: the YAML in ``koreadiplo/data/`` or an analyst's own file in the same format."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import VocabularyError


def safe_loader() -> type:
    """PyYAML's safe loader: the C one when PyYAML was built with libyaml (same safe subset, several times
    faster on the vocabularies), else the pure-Python ``SafeLoader``."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: str | os.PathLike[str] | None, default: str, what: str) -> tuple[Any, str]:
    """Parse ``path`` (or the bundled ``data/<default>`` when None) with the safe YAML loader.

    Returns the data and the name to use in messages; raises :class:`VocabularyError` with a one-line message
    naming the file when it cannot be read or is not valid YAML.
    """
    import yaml

    if path is None:
        text = resources.files("koreadiplo").joinpath("data", default).read_text(encoding="utf-8")
        source = default
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise VocabularyError(f"{path}: cannot read {what} ({exc.strerror})") from None
        source = str(path)
    try:
        return yaml.load(text, Loader=safe_loader()), source
    except yaml.YAMLError as exc:
        raise VocabularyError(f"{source}: not valid YAML ({str(exc).splitlines()[0]})") from None
