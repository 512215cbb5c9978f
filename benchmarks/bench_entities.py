"""Throughput of entity recognition and speaker resolution over PolNeAR texts (read at run time, never copied).

    .venv/bin/python benchmarks/bench_entities.py [--split train] [--rounds 3] [--profile N]

Layout and quotes are found first and not counted; the figures are for find_entities
alone: MB/s (UTF-8 bytes of text), articles/s and peak traced memory of the timed step
(bench_pipeline.py times parse_text end to end). ``--profile N`` prints the N most
expensive functions of find_entities (cProfile).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable

from polnear import polnear_texts, print_profile

from newsclaims.extract.entities import find_entities
from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import find_quotes


def _report(label: str, size: int, count: int, seconds: tuple[float, float], peak: int) -> None:
    wall, cpu = seconds
    print(
        f"{label:9} MB/s: {size / 1e6 / wall:.2f} (CPU time: {size / 1e6 / cpu:.2f})  articles/s: {count / wall:.0f}  "
        f"seconds: {wall:.2f}  peak MB: {peak / 1e6:.1f}"
    )


def _timed(run: Callable[[], None], rounds: int) -> tuple[tuple[float, float], int]:
    """Best wall and CPU time of ``rounds`` runs (other work on the machine only slows wall time
    down; CPU time is the one-core figure), then the peak memory of one traced run."""
    wall = cpu = float("inf")
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        run()
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return (wall, cpu), peak


def main() -> None:
    """Time find_entities (and optionally parse_text) over every text of the split."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0)
    args = ap.parse_args()
    texts, size = polnear_texts(args.split)
    prepared = []
    for text in texts:
        layout = find_layout(text)
        prepared.append((text, layout, find_quotes(text, layout)))

    def entities() -> None:
        for text, layout, quotes in prepared:
            find_entities(text, layout, quotes)

    found = [find_entities(*item) for item in prepared]
    print(
        f"articles: {len(texts)}  MB: {size / 1e6:.2f}  actors: {sum(len(f.actors) for f in found)}  "
        f"organizations: {sum(len(f.organizations) for f in found)}  mentions: {sum(len(f.mentions) for f in found)}  "
        f"speakers resolved: {sum(1 for f in found for q in f.quotes if q.speaker)}"
        f"/{sum(1 for f in found for q in f.quotes if q.kind != 'scare')}"
    )
    seconds, peak = _timed(entities, args.rounds)
    _report("entities", size, len(texts), seconds, peak)
    if args.profile:
        print_profile(entities, args.profile)


if __name__ == "__main__":
    main()
