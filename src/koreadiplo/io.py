"""Writing and reading tables: CSV or Parquet, atomically, with the documented dtypes on the way back."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from . import schema
from .errors import KoreadiploError

FORMATS = ("csv", "parquet")


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise KoreadiploError(f"{path}: unknown table format '.{suffix}' (use .csv or .parquet)")
    return suffix


def write_table(df: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write ``df`` to ``path`` (.csv or .parquet) atomically: a temporary file, then a rename.

    An interrupted run never leaves a half-written table behind.
    """
    path = Path(path)
    fmt = _format_of(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        if fmt == "csv":
            df.to_csv(tmp, index=False, date_format="%Y-%m-%d")
        else:
            try:
                df.to_parquet(tmp, index=False)
            except ImportError:
                raise KoreadiploError(
                    f"{path}: writing Parquet needs pyarrow: pip install 'koreadiplo[parquet]'"
                ) from None
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def read_table(path: str | os.PathLike[str], table: str) -> pd.DataFrame:
    """Read a table written by :func:`write_table` back with its documented dtypes."""
    path = Path(path)
    fmt = _format_of(path)
    if not path.is_file():
        raise KoreadiploError(f"{path}: no such file")
    if fmt == "csv":
        str_cols = [c.name for c in schema.TABLES[table] if c.dtype == "str"]
        df = pd.read_csv(path, dtype={c: "str" for c in str_cols}, keep_default_na=False,
                         na_values={c: [""] for c in schema.columns(table)})
    else:
        df = pd.read_parquet(path)
    return schema.frame(df, table)
