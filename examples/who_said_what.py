"""Parse a folder of articles and list who said what.

    python examples/who_said_what.py seeds/

A newsroom's first question of an archive: for each report, every quote with its
speaker (as resolved across the whole folder: one person, one name), and the claims
that more than one report carries.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsclaims

# The formats newsclaims reads; anything else in the folder is left alone.
ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".xml", ".json"}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "seeds")
    paths = sorted(p for p in folder.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
    if not paths:
        print(f"no articles in {folder}", file=sys.stderr)
        return 1
    corpus = newsclaims.parse_corpus(paths)
    names = {entity.id: entity.name for entity in (*corpus.actors, *corpus.organizations)}
    for path, article in zip(paths, corpus.articles, strict=True):
        headline = article.text_of(article.headline) if article.headline else "(no headline)"
        print(f"== {path.name}: {headline}")
        for quote in article.quotes:
            if quote.kind == "scare":  # scare quotes and titles are nobody's words
                continue
            speaker = names.get(quote.speaker or "", "(unknown)")
            said = " … ".join(article.text_of(span) for span in quote.contents)
            print(f"  {speaker} [{quote.kind}]: {said}")
    shared = [claim for claim in corpus.claims if len({a.article for a in claim.appearances}) > 1]
    print(f"== claims in more than one report: {len(shared)}")
    for claim in shared:
        print(f"  {names.get(claim.claimant or '', '(the reports)')}: {claim.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
