"""Time `newsclaims parse` over a directory of 1,000 articles, with --jobs 1 and 2, and the start-up.

    python benchmarks/bench_cli.py [--articles 1000] [--jobs 1 2] [--startup-runs 9]

The articles are made from the seeds (each a seed with its own closing line, so no two
texts are the same) in a temporary directory of nested folders. Each run is the whole
command as a newsroom runs it, process start included: the Corpus (claims merged across
all articles) and JSON Lines (one Article per line, no merging). Prints seconds and
files/s per run.

Start-up: `newsclaims quotes` on one seed and `newsclaims --version`, each run
``--startup-runs`` times; prints the median wall and CPU milliseconds (user + system, the
steadier figure on a shared machine). Over a few files, as a scorer runs it, start-up is
most of the time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-c", "from newsclaims.cli import main; main()"]


def make_articles(root: Path, count: int) -> int:
    """Write ``count`` articles made from the seeds under ``root``; return their total size in bytes."""
    seeds = [path.read_text(encoding="utf-8") for path in sorted((REPO / "seeds").glob("*.txt"))]
    size = 0
    for number in range(count):
        folder = root / f"desk{number % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        text = seeds[number % len(seeds)].rstrip("\n") + f"\nFiled by desk {number % 10}, story {number}.\n"
        (folder / f"story{number:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def run(arguments: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([*COMMAND, *arguments], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def run_timed(arguments: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the child) of one whole command."""
    before = os.times()
    wall = run(arguments)
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def startup(runs: int) -> None:
    """Median wall and CPU milliseconds of short commands, where start-up is most of the time."""
    seed = str(sorted((REPO / "seeds").glob("*.txt"))[0])
    print(f"{'start-up':<24} {'wall ms':>8} {'cpu ms':>8}")
    for label, arguments in (("quotes (one seed)", ["quotes", seed]), ("--version", ["--version"])):
        times = [run_timed(arguments) for _ in range(runs)]
        wall = statistics.median(t[0] for t in times) * 1000
        cpu = statistics.median(t[1] for t in times) * 1000
        print(f"{label:<24} {wall:>8.0f} {cpu:>8.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--startup-runs", type=int, default=9, help="0 leaves the start-up out")
    args = parser.parse_args(argv)
    if args.startup_runs > 0:
        startup(args.startup_runs)
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary) / "articles"
        size = make_articles(root, args.articles)
        print(f"{args.articles} articles, {size / 1e6:.2f} MB, made from the seeds")
        print(f"{'output':<12} {'jobs':>4} {'seconds':>8} {'files/s':>8}")
        for label, extra in (("corpus", []), ("jsonl", ["--jsonl"])):
            for jobs in args.jobs:
                out = Path(temporary) / f"out-{label}-{jobs}.json"
                seconds = run(["parse", str(root), *extra, "--jobs", str(jobs), "--quiet", "-o", str(out)])
                print(f"{label:<12} {jobs:>4} {seconds:>8.2f} {args.articles / seconds:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
