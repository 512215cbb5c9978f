"""The PolNeAR texts the benchmarks time, read at run time from ../shared (never copied into the repo),
and the profile the benchmarks print on request."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear"


def polnear_texts(split: str = "train") -> tuple[list[str], int]:
    """Every text of a split, in file-name order, and their size in UTF-8 bytes (exits when absent)."""
    folder = FOLDER / split / "text"
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no texts under {folder}")
    return texts, sum(len(text.encode("utf-8")) for text in texts)


def print_profile(run: Callable[[], object], top: int) -> None:
    """Run once under cProfile and print the ``top`` functions by own time: where to speed up next."""
    profiler = cProfile.Profile()
    profiler.enable()
    run()
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
