"""How the cost of merging a corpus grows with its size.

Prints, for each corpus size, the time merge_articles takes (entities, relinking and
claim matching; parsing is done beforehand and not counted), the claims in and out, and
the candidate pairs the index proposed against all possible pairs.

    .venv/bin/python benchmarks/bench_corpus.py                     # synthetic reports
    .venv/bin/python benchmarks/bench_corpus.py --source polnear    # PolNeAR texts, read at run time

PolNeAR texts (../shared/eval/polnear) are read at run time and never copied; to reach
sizes above the 924 texts, texts are reused with a numbered line added, as wire copy is
republished (which makes many claims merge: a harder case for the matcher).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from newsclaims.extract.claims import find_claims
from newsclaims.extract.corpus import MatchSettings, _items, _merge_entities, _relink, candidate_pairs, merge_articles
from newsclaims.extract.entities import find_entities
from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import find_quotes
from newsclaims.model import Article

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "eval" / "polnear"

_PEOPLE = ["Anna Berg", "Piotr Novak", "Maria Lopes", "John Okafor", "Li Wei", "Sara Haddad", "Tom Reyes"]
_PLACES = ["Poland", "Ukraine", "Germany", "France", "Brazil", "Japan", "Canada", "Egypt"]
_ORGS = ["Acme Corporation", "Baltic Council", "Northern Union", "Green Party", "Harbor Bank"]
_VERBS = ["signed", "approved", "rejected", "announced", "imported", "exported", "won", "lost"]
_THINGS = ["contracts", "budgets", "votes", "tonnes of grain", "cases", "permits", "loans", "seats"]


def synthetic_texts(count: int, seed: int = 7) -> list[str]:
    """Reports of five factual sentences; about one sentence in five restates one seen before."""
    rng = random.Random(seed)
    said: list[str] = []
    texts = []
    for number in range(count):
        sentences = []
        for _ in range(5):
            if said and rng.random() < 0.2:
                sentences.append(rng.choice(said))
                continue
            sentence = (
                f"{rng.choice(_PEOPLE + _ORGS)} {rng.choice(_VERBS)} {rng.randint(2, 9999)} "
                f"{rng.choice(_THINGS)} in {rng.choice(_PLACES)} in {rng.randint(1990, 2024)}."
            )
            said.append(sentence)
            sentences.append(sentence)
        texts.append(f"Report {number}\n\n" + "\n\n".join(sentences))
    return texts


def polnear_texts(count: int) -> list[str]:
    files = sorted((POLNEAR / "train" / "text").glob("*.txt")) + sorted((POLNEAR / "dev" / "text").glob("*.txt"))
    if not files:
        sys.exit(f"PolNeAR texts not found under {POLNEAR}")
    texts = []
    for number in range(count):
        text = files[number % len(files)].read_text(encoding="utf-8")
        texts.append(text if number < len(files) else f"{text}\n\nRepublished {number}.")
    return texts


def analyze(text: str) -> Article:
    """Extraction as the pipeline does it (quotes when the quote finder finds them)."""
    layout = find_layout(text)
    found = find_entities(text, layout, find_quotes(text, layout))
    article = Article(
        text=text,
        headline=layout.headline,
        paragraphs=layout.paragraphs,
        boilerplate=layout.boilerplate,
        quotes=found.quotes,
        mentions=found.mentions,
        actors=found.actors,
        organizations=found.organizations,
    )
    return Article.model_validate({**article.__dict__, "claims": find_claims(article)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", choices=("synthetic", "polnear"), default="synthetic")
    parser.add_argument("--sizes", default="100,1000,4000", help="comma-separated corpus sizes")
    arguments = parser.parse_args()
    sizes = [int(s) for s in arguments.sizes.split(",")]
    texts = (polnear_texts if arguments.source == "polnear" else synthetic_texts)(max(sizes))
    started = time.perf_counter()
    articles = [analyze(t) for t in texts]
    print(f"extraction of {len(articles)} {arguments.source} articles: {time.perf_counter() - started:.1f} s")
    header = ("articles", "claims", "merged", "candidates", "all pairs", "merge s", "ms/article")
    print(" ".join(f"{h:>{w}}" for h, w in zip(header, (8, 8, 8, 11, 13, 8, 10), strict=True)))
    settings = MatchSettings()
    for size in sizes:
        subset = articles[:size]
        started = time.perf_counter()
        corpus = merge_articles(subset, settings=settings)
        elapsed = time.perf_counter() - started
        entities = _merge_entities(subset)
        items = _items([_relink(a, entities) for a in subset], entities)
        pairs = len(candidate_pairs(items, settings))
        claims = len(items)
        print(
            f"{size:>8} {claims:>8} {len(corpus.claims):>8} {pairs:>11} {claims * (claims - 1) // 2:>13} "
            f"{elapsed:>8.2f} {1000 * elapsed / size:>10.2f}"
        )


if __name__ == "__main__":
    main()
