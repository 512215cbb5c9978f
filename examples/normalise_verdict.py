"""Read a fact-checker's page and normalise its verdict.

    python examples/normalise_verdict.py saved-page.html

Fact-checkers publish verdicts in their own words and scales ("Falso", "Pants on
Fire!", 2 out of 5). newsclaims finds the ClaimReview markup in the page, however it is
written, and puts each verdict on one scale (true, mostly_true, mixed, mostly_false,
false, unverifiable, other), keeping the original words beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsclaims


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: normalise_verdict.py PAGE...", file=sys.stderr)
        return 2
    for name in args:
        reading = newsclaims.read_claimreviews(Path(name).read_bytes(), source=name)
        for warning in reading.warnings:
            print(f"{name}: {warning}", file=sys.stderr)
        if not reading.reviews:
            print(f"{name}: no ClaimReview found")
        for review in reading.reviews:
            words = review.rating.alternate_name if review.rating else "(no rating)"
            verdict = review.rating.verdict if review.rating else "unverifiable"
            print(f"{name}: {verdict} ({words!r} by {review.author_name or 'unknown'}): {review.claim_reviewed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
