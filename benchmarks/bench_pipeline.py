"""Throughput of parse_text over PolNeAR texts, and where its time goes (texts read at run time, never copied).

    .venv/bin/python benchmarks/bench_pipeline.py [--split train] [--rounds 3] [--limit N] [--profile N]

Prints MB/s (UTF-8 bytes of text), articles/s and peak traced memory of parse_text end
to end (CPU time of this process, best of ``--rounds``; the memory from one more, traced run), the same for who said
what alone (``parse_text(claims=False)``, what ``newsclaims quotes`` runs: issue 3's speed
bar), then the time split
over the stages: the stage functions extract/pipeline.py analyze() calls (layout, quotes,
entities, claims) are wrapped with a clock for the split, so the split follows analyze()
as it is; "model and glue" is the rest of parse_text (building and copying the Article).
``--profile N`` prints the N most expensive functions of one parse_text pass (cProfile),
for finding what to speed up next.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from polnear import polnear_texts, print_profile

from newsclaims import parse_text
from newsclaims.extract import pipeline as analyze_module

# The functions analyze() calls by these names, timed where analyze() looks them up.
STAGE_FUNCTIONS = {
    "layout": "find_layout",
    "quotes": "find_quotes",
    "entities": "find_entities",
    "claims": "find_claims",
}
REST = "model and glue"


@contextmanager
def _clocked(spent: dict[str, float]) -> Iterator[None]:
    """Within the block, analyze()'s stage functions add their seconds to ``spent``."""
    originals = {stage: getattr(analyze_module, name) for stage, name in STAGE_FUNCTIONS.items()}

    def timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - t0

        return run

    for stage, function in originals.items():
        setattr(analyze_module, STAGE_FUNCTIONS[stage], timed(stage, function))
    try:
        yield
    finally:
        for stage, function in originals.items():
            setattr(analyze_module, STAGE_FUNCTIONS[stage], function)


def _best(run: Callable[[], object], rounds: int) -> float:
    """Best CPU time of ``rounds`` runs: what one core delivers, even on a machine shared with other work."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    """Time parse_text over the split, then split its time over the stages."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts")
    ap.add_argument("--profile", type=int, default=0)
    args = ap.parse_args()
    texts, _ = polnear_texts(args.split)
    texts = texts[: args.limit or None]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def pipeline(claims: bool = True) -> None:
        for text in texts:
            parse_text(text, claims=claims)

    seconds = _best(pipeline, args.rounds)
    quotes_only = _best(lambda: pipeline(claims=False), args.rounds)
    tracemalloc.start()
    pipeline()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"articles: {len(texts)}  MB: {size:.2f}  ({args.split})")
    print(
        f"parse_text  MB/s: {size / seconds:.2f}  articles/s: {len(texts) / seconds:.0f}  "
        f"seconds: {seconds:.2f}  peak MB: {peak / 1e6:.1f}"
    )
    print(
        f"who said what  MB/s: {size / quotes_only:.2f}  articles/s: {len(texts) / quotes_only:.0f}  "
        f"seconds: {quotes_only:.2f}  (parse_text without claims)"
    )

    # The stage split: the best round, parse_text's time less its stages' being the rest.
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent = dict.fromkeys(STAGE_FUNCTIONS, 0.0)
        with _clocked(spent):
            t0 = time.process_time()
            pipeline()
            spent[REST] = time.process_time() - t0 - sum(spent.values())
        if not best or sum(spent.values()) < sum(best.values()):
            best = spent
    total = sum(best.values())
    print(f"stages      seconds: {total:.2f}  (MB/s {size / total:.2f})")
    for stage, seconds in best.items():
        print(f"  {stage:16} {seconds:6.3f} s  {100 * seconds / total:5.1f} %  {size / seconds:7.2f} MB/s")
    if args.profile:
        print_profile(pipeline, args.profile)


if __name__ == "__main__":
    main()
