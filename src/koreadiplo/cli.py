"""The ``koreadiplo`` command line: the same engine as the Python API.

Every error the library raises on purpose (:class:`~koreadiplo.errors.KoreadiploError`) is printed as one line
naming the file and the problem, with exit code 2; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import os
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


def _article_tables(article) -> dict:
    """Every table of one article, keyed by file stem."""
    from .chronology import link_events
    from .events import extract_events, extract_mentions
    from .statements import extract_statements

    events = extract_events(article)
    return {
        "sentences": article.sentences,
        "events": events,
        "mentions": extract_mentions(article),
        "statements": extract_statements(article),
        "links": link_events(events),
    }


def _cmd_run(args: argparse.Namespace) -> int:
    """The main job: tables and figures for one article, written under --out."""
    import matplotlib

    matplotlib.use("Agg")
    from .chronology import channel_status, load_chronology
    from .io import write_table
    from .plotting import plot_channel_status, plot_timeline, save_figure
    from .reader import read_article

    out = Path(args.out)
    article = read_article(args.path, published=args.published, encoding=args.encoding)
    _refuse_overwrite([Path(args.path)], out)
    tables = _article_tables(article)
    written = [write_table(df, out / f"{name}.{args.format}") for name, df in tables.items()]
    ax = plot_timeline(tables["events"], title=article.title)
    written.append(save_figure(ax, out / "timeline.png"))
    _close(ax)
    ax = plot_channel_status(channel_status(load_chronology()), events=tables["events"],
                             source="Source: koreadiplo reference chronology; article events overlaid")
    ax.set_title(f"Inter-Korean channels 1971-2024, with the events of {article.article_id}", loc="left")
    written.append(save_figure(ax, out / "channel_status.png"))
    _close(ax)
    ev = tables["events"]
    print(f"{article.article_id}: {len(article.sentence_list)} sentences, {len(ev)} events "
          f"({int((ev['category'] == 'break').sum())} breaks, {int((ev['category'] == 'restoration').sum())} "
          f"restorations), {len(tables['statements'])} statements")
    for p in written:
        print(f"wrote {p}")
    return 0


def _close(ax) -> None:
    import matplotlib.pyplot as plt

    plt.close(ax.figure)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .corpus import run_extract_cli

    return run_extract_cli(args)


def _cmd_timeline(args: argparse.Namespace) -> int:
    """Timeline figure of one or many articles (many: the same event across articles drawn once)."""
    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd

    from .corpus import iter_paths, merge_events
    from .events import extract_events
    from .plotting import plot_timeline, save_figure
    from .reader import read_article

    output = _figure_path(args.output)
    paths = list(iter_paths(args.paths))
    _refuse_overwrite(paths, output)
    articles = [read_article(p, published=args.published, encoding=args.encoding) for p in paths]
    frames = [extract_events(a) for a in articles]
    statuses = None if args.all_statuses else ("happened",)
    if len(frames) == 1:
        events, published, title = frames[0], articles[0].published, args.title or articles[0].title
    else:  # the same event reported by several articles is drawn once
        events = merge_events(pd.concat(frames, ignore_index=True), statuses=statuses)
        published, title = False, args.title or f"Breaks and restorations in {len(articles)} articles"
    source = None if len(frames) == 1 else f"Source: {len(articles)} articles, merged (koreadiplo)"
    ax = plot_timeline(events, statuses=statuses, title=title, published=published, source=source)
    print(f"wrote {save_figure(ax, output)}")
    _close(ax)
    return 0


def _cmd_history(args: argparse.Namespace) -> int:
    """Channel status 1971-2024 from the reference chronology, optionally with an article's events."""
    import matplotlib

    matplotlib.use("Agg")
    from .chronology import channel_status, load_chronology
    from .events import extract_events
    from .plotting import plot_channel_status, save_figure
    from .reader import read_article

    _figure_path(args.output)
    events = None
    if args.article:
        events = extract_events(read_article(args.article, published=args.published, encoding=args.encoding))
    chronology = load_chronology(args.chronology)
    ax = plot_channel_status(channel_status(chronology), events=events)
    ax.set_title("Inter-Korean channels 1971-2024", loc="left")
    print(f"wrote {save_figure(ax, args.output)}")
    _close(ax)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    return evaluate_main(list(args.rest))


def _figure_path(path: str) -> Path:
    """Check a figure path's suffix before any work is done."""
    out = Path(path)
    if out.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise KoreadiploError(f"{out}: cannot write a figure as '{out.suffix or 'no suffix'}'; use .png, .svg or .pdf")
    return out


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

    p = sub.add_parser("run", help="the main job: every table and the figures for one article, under --out")
    p.add_argument("path", help="article file")
    p.add_argument("--out", default="data/processed", help="output directory (default: data/processed)")
    p.add_argument("--format", choices=("csv", "parquet"), default="csv", help="table format (default: csv)")
    _add_read_options(p)
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("extract", help="events, statements, sentences and mentions of many articles (streaming)")
    from .corpus import add_extract_arguments

    add_extract_arguments(p)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("timeline", help="timeline figure of breaks and restorations (.png, .svg or .pdf)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, directories or glob patterns")
    p.add_argument("-o", "--output", required=True, help="figure file: .png, .svg or .pdf")
    p.add_argument("--all-statuses", action="store_true",
                   help="also draw announced, threatened, planned, hypothetical and denied events")
    p.add_argument("--title", help="figure title")
    _add_read_options(p)
    p.set_defaults(func=_cmd_timeline)

    p = sub.add_parser("history", help="channel status 1971-2024 from the reference chronology")
    p.add_argument("-o", "--output", required=True, help="figure file: .png, .svg or .pdf")
    p.add_argument("--article", help="overlay this article's events")
    p.add_argument("--chronology", help="a chronology CSV of your own (default: the bundled one)")
    _add_read_options(p)
    p.set_defaults(func=_cmd_history)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    import warnings

    saved = warnings.formatwarning
    with warnings.catch_warnings():
        warnings.formatwarning = lambda message, category, *_a, **_k: f"koreadiplo: warning: {message}\n"
        # a title in Hangul draws as boxes with the bundled font: one warning above says enough
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font")
        try:
            return _main(argv)
        except BrokenPipeError:  # ("koreadiplo sentences a.txt | head"): the reader stopped reading, no traceback
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 141
        finally:
            warnings.formatwarning = saved


def _main(argv: Sequence[str] | None) -> int:
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
