"""Throughput of layout + quote finding over the PolNeAR train texts (read at run time, never copied).

    .venv/bin/python benchmarks/bench_quotes.py [--split train]

Prints MB/s, articles/s and peak traced memory; extraction only (no entity resolution).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import find_quotes

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    """Time find_layout + find_quotes over every text of the split."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    args = ap.parse_args()
    folder = REPO / ".." / "shared" / "eval" / "polnear" / args.split / "text"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no texts under {folder}")
    size = sum(len(t.encode("utf-8")) for t in texts)
    tracemalloc.start()
    t0 = time.perf_counter()
    quotes = sum(len(find_quotes(t, find_layout(t))) for t in texts)
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"articles: {len(texts)}  MB: {size / 1e6:.2f}  quotes: {quotes}")
    print(f"MB/s: {size / 1e6 / seconds:.2f}  articles/s: {len(texts) / seconds:.0f}  peak MB: {peak / 1e6:.1f}")


if __name__ == "__main__":
    main()
