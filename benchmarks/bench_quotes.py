"""Throughput of layout + quote finding over the PolNeAR texts (read at run time, never copied).

    .venv/bin/python benchmarks/bench_quotes.py [--split train] [--rounds 3]

Prints MB/s and articles/s (best of the rounds, extraction only: no entity resolution) by CPU time
of this process, which is what one core delivers even when other work shares the machine, and by
wall time; then the peak memory traced in a separate pass, since tracing slows Python down.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

from polnear import polnear_texts

from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import find_quotes


def _extract(texts: list[str]) -> int:
    return sum(len(find_quotes(text, find_layout(text))) for text in texts)


def main() -> None:
    """Time find_layout + find_quotes over every text of the split, then trace its memory once."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts, size = polnear_texts(args.split)
    best = wall = float("inf")
    quotes = 0
    for _ in range(max(1, args.rounds)):
        t0, c0 = time.perf_counter(), time.process_time()
        quotes = _extract(texts)
        best = min(best, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - t0)
    tracemalloc.start()
    _extract(texts)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"articles: {len(texts)}  MB: {size / 1e6:.2f}  quotes: {quotes}")
    print(f"MB/s: {size / 1e6 / best:.2f}  articles/s: {len(texts) / best:.0f}  (CPU time, one core)")
    print(f"MB/s: {size / 1e6 / wall:.2f}  articles/s: {len(texts) / wall:.0f}  (wall time)  peak MB: {peak / 1e6:.1f}")


if __name__ == "__main__":
    main()
