"""Publish ClaimReview markup for a fact-checker's verdicts on the claims of some reports.

    python examples/claimreview_for_verdicts.py examples/verdicts.json seeds/*.txt > reviews.jsonld

The verdicts come from the fact-checker (a JSON or CSV file: claim id or claim text ->
rating, reviewer, url); newsclaims finds the claims, links each verdict to its claim
with every report it appears in, writes the markup, and lints it with the profile
fact-check consumers read before it is published.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsclaims


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print("usage: claimreview_for_verdicts.py VERDICTS ARTICLE...", file=sys.stderr)
        return 2
    verdicts = newsclaims.load_verdicts(Path(args[0]))
    for warning in verdicts.warnings:
        print(f"verdicts: {warning}", file=sys.stderr)
    corpus = newsclaims.parse_corpus([Path(name) for name in args[1:]])
    markup = newsclaims.to_claimreviews(corpus, verdicts)
    issues = newsclaims.lint_claimreview(markup)
    for issue in issues:
        print(issue, file=sys.stderr)
    print(json.dumps(markup, indent=2, ensure_ascii=False))
    return 1 if any(issue.severity == "error" for issue in issues) else 0


if __name__ == "__main__":
    raise SystemExit(main())
