"""Throughput of parse_text over PolNeAR texts, and where its time goes (texts read at run time, never copied).

    .venv/bin/python benchmarks/bench_pipeline.py [--split train] [--rounds 3] [--limit N] [--profile N]

Prints MB/s (UTF-8 bytes of text), articles/s and peak traced memory of parse_text end
to end (best of ``--rounds``; the memory from one more, traced run), then the time split
over the stages, measured by calling the stage functions in the order and with the
arguments extract/pipeline.py analyze() uses: layout, quotes, entities, the Article
built from them (model), claims, and the Article validated again with its claims
(model). If analyze() changes, change ``_staged`` with it: the script says so when the
staged Article differs from parse_text's. ``--profile N`` prints the N most expensive
functions of one parse_text pass (cProfile), for finding what to speed up next.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from newsclaims import parse_text
from newsclaims.extract.claims import find_claims
from newsclaims.extract.entities import find_entities
from newsclaims.extract.layout import find_layout
from newsclaims.extract.pipeline import Metadata
from newsclaims.extract.quotes import find_quotes
from newsclaims.model import Article

REPO = Path(__file__).resolve().parents[1]
STAGES = ("layout", "quotes", "entities", "model: Article", "claims", "model: + claims")


def _staged(text: str, spent: dict[str, float]) -> Article:
    """analyze(text, Metadata(source_format="text")) step by step, adding each step's seconds to ``spent``."""
    clock = time.perf_counter
    t0 = clock()
    layout = find_layout(text)
    t1 = clock()
    quotes = find_quotes(text, layout)
    t2 = clock()
    entities = find_entities(text, layout, quotes, None)
    t3 = clock()
    metadata = Metadata(source_format="text")
    fields = asdict(metadata)
    fields["keywords"] = metadata.keywords or layout.keywords
    article = Article(
        text=text,
        headline=layout.headline,
        byline=layout.byline,
        dateline=layout.dateline,
        paragraphs=layout.paragraphs,
        boilerplate=layout.boilerplate,
        quotes=entities.quotes,
        mentions=entities.mentions,
        actors=entities.actors,
        organizations=entities.organizations,
        **fields,
    )
    t4 = clock()
    claims = find_claims(article)
    t5 = clock()
    if claims:
        article = Article.model_validate({**article.__dict__, "claims": claims})
    t6 = clock()
    for stage, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5), strict=True):
        spent[stage] += seconds
    return article


def _best(run: Callable[[], object], rounds: int) -> float:
    """Best wall time of ``rounds`` runs (other work on the machine only ever adds time)."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    """Time parse_text over the split, then split its time over the stages."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts")
    ap.add_argument("--profile", type=int, default=0)
    args = ap.parse_args()
    folder = REPO / ".." / "shared" / "eval" / "polnear" / args.split / "text"
    paths = sorted(folder.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths[: args.limit or None]]
    if not texts:
        raise SystemExit(f"no texts under {folder}")
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def pipeline() -> None:
        for text in texts:
            parse_text(text)

    seconds = _best(pipeline, args.rounds)
    tracemalloc.start()
    pipeline()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"articles: {len(texts)}  MB: {size:.2f}  ({args.split})")
    print(
        f"parse_text  MB/s: {size / seconds:.2f}  articles/s: {len(texts) / seconds:.0f}  "
        f"seconds: {seconds:.2f}  peak MB: {peak / 1e6:.1f}"
    )

    # The stage split: the best round, stage by stage (articles are dropped as parse_text's caller would).
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent = dict.fromkeys(STAGES, 0.0)
        for text in texts:
            _staged(text, spent)
        if not best or sum(spent.values()) < sum(best.values()):
            best = spent
    probe = dict.fromkeys(STAGES, 0.0)
    differs = sum(1 for text in texts[:50] if _staged(text, probe) != parse_text(text))
    total = sum(best.values())
    print(f"stages      seconds: {total:.2f}  (MB/s {size / total:.2f})")
    for stage, seconds in best.items():
        print(f"  {stage:16} {seconds:6.3f} s  {100 * seconds / total:5.1f} %  {size / seconds:7.2f} MB/s")
    if differs:
        print(f"warning: {differs} of 50 staged Articles differ from parse_text's: analyze() changed, update _staged")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        pipeline()
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
