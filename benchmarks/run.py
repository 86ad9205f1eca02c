#!/usr/bin/env python
"""koreadiplo benchmark: corpus throughput, peak memory, import time and notebook (nbval) time.

    python benchmarks/run.py                      # 1k, 10k, 100k synthetic articles, jobs 1 and 2, nbval
    python benchmarks/run.py --smoke              # 50 articles, no nbval: seconds (what CI runs)
    python benchmarks/run.py --sizes 1000,10000 --jobs 1,2,4
    python benchmarks/run.py --profile 500        # cProfile of the pipeline on 500 articles, top hot spots

The corpus is generated from our own templates (``benchmarks/templates.py``) in a temporary directory. Each
measurement runs in a fresh subprocess so its peak memory (``ru_maxrss``) is its own: the parent's (reading,
writing, merging) and the largest worker's. This is a benchmark, not a test: it prints figures, it does not
judge them (the targets are in ``benchmarks/README.md``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import templates  # noqa: E402  (our own article templates, next to this file)

IMPORT_SNIPPET = (
    "import time; t0 = time.perf_counter(); import pandas, matplotlib; t1 = time.perf_counter(); "
    "import koreadiplo; t2 = time.perf_counter(); "
    "import koreadiplo.corpus, koreadiplo.events, koreadiplo.statements; t3 = time.perf_counter(); "
    "print(t1 - t0, t2 - t1, t3 - t2)"
)


def _mb(kilobytes: int) -> float:
    """ru_maxrss is in kilobytes on Linux, bytes on macOS."""
    return kilobytes / (1024 * 1024) if sys.platform == "darwin" else kilobytes / 1024


# --------------------------------------------------------------------------------------------- measurements
class _WorkerPeak(threading.Thread):
    """Largest peak RSS (VmHWM) of this process's descendants (workers), sampled from /proc (Linux only)."""

    def __init__(self, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.interval, self.peak_kb, self._stop_event = interval, 0, threading.Event()

    def _descendants(self) -> list[int]:
        parent: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as fh:
                        parent[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
        found, frontier = [], [os.getpid()]
        while frontier:
            kids = [pid for pid, pp in parent.items() if pp in frontier]
            found += kids
            frontier = kids
        return found

    def run(self) -> None:
        while not self._stop_event.wait(self.interval):
            for pid in self._descendants():
                try:
                    with open(f"/proc/{pid}/status") as fh:
                        for line in fh:
                            if line.startswith("VmHWM:"):
                                self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except OSError:
                    continue

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        return self.peak_kb


def measure(corpus_dir: str, out: str, jobs: int, fmt: str) -> dict:
    """Run one extraction in this (fresh) process; return the figures as a dict."""
    from koreadiplo.corpus import extract_corpus

    watcher = _WorkerPeak()
    if jobs > 1 and os.path.isdir("/proc"):
        watcher.start()
    t0 = time.perf_counter()
    res = extract_corpus(corpus_dir, out=out, jobs=jobs, fmt=fmt, progress=False)
    seconds = time.perf_counter() - t0
    worker_kb = watcher.stop() if watcher.is_alive() else 0
    return {
        "articles": res.n_articles, "failed": res.n_failed, "seconds": seconds,
        "rate": res.n_articles / seconds, "rows": res.rows,
        "rss_parent_mb": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
        "rss_worker_mb": max(worker_kb / 1024, _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)),
    }


def run_measure(corpus_dir: Path, out: Path, jobs: int, fmt: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_measure", str(corpus_dir), "--_out", str(out),
           "--_jobs", str(jobs), "--format", fmt]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"measurement failed (jobs={jobs}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def import_times(repeat: int = 5) -> dict:
    """Median seconds: pandas+matplotlib, koreadiplo on top of them, and the extraction modules on top."""
    runs = []
    for _ in range(repeat):
        proc = subprocess.run([sys.executable, "-c", IMPORT_SNIPPET], capture_output=True, text=True,
                              check=True)
        runs.append([float(x) for x in proc.stdout.split()])
    base, kd, extract = (statistics.median(col) for col in zip(*runs, strict=True))
    return {"pandas_matplotlib": base, "koreadiplo": kd, "extractors": extract}


def nbval_time() -> tuple[float | None, str]:
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb")) if (ROOT / "notebooks").is_dir() else []
    if not notebooks:
        return None, "skipped: notebooks/ has no notebook yet"
    cmd = [sys.executable, "-m", "pytest", "notebooks", "--nbval", "--nbval-current-env",
           "--nbval-sanitize-with", "notebooks/sanitize.cfg", "-p", "no:cacheprovider", "-q"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    last = (proc.stdout.strip().splitlines() or ["(no output)"])[-1]
    return seconds, f"{len(notebooks)} notebook(s), exit {proc.returncode}: {last}"


def profile(n: int, top: int = 25) -> None:
    """cProfile of extract_corpus (jobs=1, in this process) on ``n`` synthetic articles."""
    import cProfile
    import pstats

    from koreadiplo.corpus import extract_corpus

    with tempfile.TemporaryDirectory(prefix="kd-profile-") as tmp:
        templates.write_corpus(Path(tmp) / "corpus", n)
        extract_corpus(Path(tmp) / "corpus", out=Path(tmp) / "warm", progress=False, chunksize=64)  # caches
        prof = cProfile.Profile()
        prof.enable()
        extract_corpus(Path(tmp) / "corpus", out=Path(tmp) / "out", progress=False)
        prof.disable()
    stats = pstats.Stats(prof).strip_dirs()
    print(f"\n## Profile: extract_corpus, {n} articles, jobs=1 (top {top} by own time)\n")
    stats.sort_stats("tottime").print_stats(top)
    print(f"## Same, by cumulative time (top {top})\n")
    stats.sort_stats("cumulative").print_stats(top)


# ---------------------------------------------------------------------------------------------------- report
def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    line = lambda r: "  ".join(str(x).rjust(w) for x, w in zip(r, widths, strict=True))  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", help="corpus sizes (default 1000,10000,100000; with --smoke 50)")
    ap.add_argument("--jobs", default="1,2", help="worker counts to compare (default 1,2)")
    ap.add_argument("--format", default="csv", choices=("csv", "parquet"))
    ap.add_argument("--smoke", action="store_true", help="50 articles (or --sizes), no nbval, quick")
    ap.add_argument("--no-nbval", action="store_true", help="skip the notebook suite")
    ap.add_argument("--profile", type=int, metavar="N", help="also profile the pipeline on N articles")
    ap.add_argument("--keep", metavar="DIR", help="generate the corpora here and keep them")
    ap.add_argument("--_measure", help=argparse.SUPPRESS)
    ap.add_argument("--_out", help=argparse.SUPPRESS)
    ap.add_argument("--_jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args._measure:  # child process: one measurement, JSON on stdout
        print(json.dumps(measure(args._measure, args._out, args._jobs, args.format)))
        return 0

    sizes = [int(s) for s in (args.sizes or ("50" if args.smoke else "1000,10000,100000")).split(",")]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    print(f"# koreadiplo benchmark  (Python {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"{platform.machine()}, format {args.format})\n")

    imp = import_times(3 if args.smoke else 7)
    print("## Import time (median, fresh interpreter)\n")
    print(table([["pandas + matplotlib", f"{imp['pandas_matplotlib'] * 1000:.0f} ms"],
                 ["import koreadiplo (on top)", f"{imp['koreadiplo'] * 1000:.0f} ms"],
                 ["+ corpus, events, statements", f"{imp['extractors'] * 1000:.0f} ms"]], ["what", "time"]))
    verdict = "met" if imp["koreadiplo"] < 0.150 else "NOT met"
    print(f"\ntarget: import koreadiplo adds < 150 ms -> {verdict}\n")

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kd-bench-"))
    results: list[dict] = []
    try:
        for n in sizes:
            corpus_dir = base / f"corpus-{n}"
            if not corpus_dir.exists():
                t0 = time.perf_counter()
                size = templates.write_corpus(corpus_dir, n)
                print(f"generated {n:,} articles ({size / n / 1024:.2f} KB each) in "
                      f"{time.perf_counter() - t0:.1f} s", flush=True)
            for jobs in jobs_list:
                out = base / f"out-{n}-j{jobs}"
                r = run_measure(corpus_dir, out, jobs, args.format)
                r.update(size=n, jobs=jobs)
                results.append(r)
                print(f"  {n:>7,} articles, jobs={jobs}: {r['rate']:,.0f} articles/s", flush=True)
                shutil.rmtree(out, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)

    print("\n## Corpus extraction (all tables + events_merged, written to disk)\n")
    rows = [[f"{r['size']:,}", r["jobs"], f"{r['seconds']:.1f}", f"{r['rate']:,.0f}",
             f"{r['rate'] / r['jobs']:,.0f}", f"{r['rss_parent_mb']:.0f}",
             f"{r['rss_worker_mb']:.0f}" if r["jobs"] > 1 else "-", f"{r['rows'].get('events', 0):,}",
             f"{r['rows'].get('events_merged', 0):,}", r["failed"]] for r in results]
    print(table(rows, ["articles", "jobs", "seconds", "articles/s", "per core", "peak MB", "worker MB",
                       "events", "merged", "failed"]))
    if len(sizes) > 1:
        print("\n## Growth from the smallest to the largest corpus\n")
        for jobs in jobs_list:
            mine = [r for r in results if r["jobs"] == jobs]
            a, b = mine[0], mine[-1]
            print(f"jobs={jobs}: x{b['size'] / a['size']:,.0f} articles -> "
                  f"rate x{b['rate'] / a['rate']:.2f}, "
                  f"peak memory x{b['rss_parent_mb'] / a['rss_parent_mb']:.2f} "
                  f"({a['rss_parent_mb']:.0f} -> {b['rss_parent_mb']:.0f} MB)")
    per_core = max((r["rate"] / r["jobs"] for r in results if r["jobs"] == 1), default=0)
    print(f"\ntarget: >= 1,000 articles/s per core -> {'met' if per_core >= 1000 else 'NOT met'} "
          f"({per_core:,.0f}/s with jobs=1)")

    if not args.smoke and not args.no_nbval:
        seconds, note = nbval_time()
        print("\n## Notebook suite (pytest --nbval)\n")
        print(f"{seconds:.1f} s  ({note})" if seconds is not None else note)
    if args.profile:
        profile(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
