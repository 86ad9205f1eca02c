"""The ``koreadiplo`` command line: the same engine as the Python API.

Every error the library raises on purpose (:class:`~koreadiplo.errors.KoreadiploError`) is printed as one line
naming the file and the problem, with exit code 2; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import KoreadiploError


def _add_read_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date, for text whose header gives none (overrides the header)")
    p.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8; e.g. cp1252, euc-kr)")


def _cmd_sentences(args: argparse.Namespace) -> int:
    from .io import write_table
    from .reader import read_article

    article = read_article(args.path, published=args.published, encoding=args.encoding)
    table = article.sentences
    if args.out:
        _refuse_overwrite([Path(args.path)], Path(args.out))
        write_table(table, Path(args.out))
        print(f"wrote {len(table)} sentences to {args.out}")
    else:
        table.to_csv(sys.stdout, index=False)
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    """The main job: tables (and figures, where available) for one article, written under --out."""
    from .io import write_table
    from .reader import read_article

    out = Path(args.out)
    article = read_article(args.path, published=args.published, encoding=args.encoding)
    written = [write_table(article.sentences, out / "sentences.csv")]
    for p in written:
        print(f"wrote {p}")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    return evaluate_main(list(args.rest))


def _refuse_overwrite(inputs: Sequence[Path], out: Path) -> None:
    """Never write an output over an input file."""
    from .errors import KoreadiploError

    out_r = out.resolve()
    for p in inputs:
        if p.exists() and p.resolve() == out_r:
            raise KoreadiploError(f"{out}: refusing to write output over an input file")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(
        prog="koreadiplo",
        description="Turn news articles on inter-Korean relations into tidy tables of events and statements, "
                    "and plot the timeline of diplomatic breaks and restorations.",
    )
    parser.add_argument("--version", action="version", version=f"koreadiplo {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks instead of one-line errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("sentences", help="split an article into its sentences table")
    p.add_argument("path", help="article file")
    p.add_argument("-o", "--out", help="write CSV (or .parquet) here instead of printing CSV")
    _add_read_options(p)
    p.set_defaults(func=_cmd_sentences)

    p = sub.add_parser("evaluate", add_help=False,
                       help="score the extractors against gold annotations (koreadiplo evaluate --help)")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("run", help="the main job: tables and figures for one article under --out")
    p.add_argument("path", help="article file")
    p.add_argument("--out", default="data/processed", help="output directory (default: data/processed)")
    _add_read_options(p)
    p.set_defaults(func=_cmd_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # `evaluate` parses its own options (including --help): hand it everything after the word
    debug = "--debug" in argv[: argv.index("evaluate")] if "evaluate" in argv else False
    if "evaluate" in argv and all(a.startswith("-") for a in argv[: argv.index("evaluate")]):
        i = argv.index("evaluate")
        args = argparse.Namespace(func=_cmd_evaluate, rest=argv[i + 1 :], debug=debug)
    else:
        args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except KoreadiploError as exc:
        if args.debug:
            raise
        print(f"koreadiplo: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("koreadiplo: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
