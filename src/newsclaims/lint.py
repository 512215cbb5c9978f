"""Lint ClaimReview markup with the profile fact-check consumers read.

The profile is Google's ClaimReview structured-data guidelines
(https://developers.google.com/search/docs/appearance/structured-data/factcheck), which
other consumers (Bing, the Fact Check Explorer, DataCommons) follow:

- errors: a missing ``claimReviewed``, ``reviewRating.alternateName`` or ``url``; a
  JSON-LD script nobody can read; no ClaimReview at all;
- warnings: ``claimReviewed`` over 75 characters, a rating outside its scale, an
  inverted or degenerate scale, a rating whose number and words disagree, a ``url`` on
  another site than the page, a missing ``author`` or ``itemReviewed``, an
  ``itemReviewed`` that is not a Claim, a missing ``reviewRating``, dates not in ISO
  8601, ratings written as strings that are not numbers, more than one ClaimReview on
  one page, JSON-LD that needed repairs to be read.

It runs on the markup as published (an HTML page, any JSON-LD file, or parsed JSON),
not on the model, so it reports what a consumer would see.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import JsonValue

from newsclaims.parsers.claimreview import FoundReview, find_review_nodes, page_site
from newsclaims.parsers.jsonld_blocks import has_type, normalize_date, type_names
from newsclaims.parsers.verdicts import parse_number, scale_position, verdict_from_label, verdict_from_scale

__all__ = ["LintIssue", "has_errors", "lint_claimreview"]

MAX_CLAIM_REVIEWED = 75
"""Google shows at most this many characters of claimReviewed; longer is cut."""

Severity = Literal["error", "warning"]

# Verdicts in order, to measure how far the words and the number of a rating disagree.
_VERDICT_STEPS = {"false": 0, "mostly_false": 1, "mixed": 2, "mostly_true": 3, "true": 4}


@dataclass(frozen=True)
class LintIssue:
    """One finding of the lint: how bad, where, and what to do about it."""

    severity: Severity
    """``error``: consumers will not use the review; ``warning``: they may show it wrongly."""
    path: str
    """Where in the input: ``[0]/@graph[1]/reviewRating/alternateName`` (script 0, graph item 1)."""
    message: str
    """What is wrong, in words a fact-checker can act on."""

    def __str__(self) -> str:
        return f"{self.severity}: {self.path or '(document)'}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        """The issue as a JSON object (for the CLI's JSON output)."""
        return {"severity": self.severity, "path": self.path, "message": self.message}


def has_errors(issues: list[LintIssue]) -> bool:
    """Whether any issue is an error (``newsclaims validate`` exits non-zero then)."""
    return any(issue.severity == "error" for issue in issues)


def lint_claimreview(
    doc_or_html: str | bytes | Mapping[str, JsonValue] | Sequence[JsonValue], *, page_url: str | None = None
) -> list[LintIssue]:
    """Lint every ClaimReview of an HTML page or JSON-LD document. Never raises.

    Parsed JSON may be any mapping or sequence: ``lint_claimreview(to_claimreviews(...))``
    lints what the writer returns as it is (a list of documents, as on one page).

    ``page_url`` is the address the page is published at, when known (else the page's
    canonical link or og:url is used), for the check that ``url`` is on the same site.
    """
    notes: list[str] = []
    found = find_review_nodes(doc_or_html, page_url=page_url, warnings=notes)
    issues = [_note_issue(note) for note in notes]
    if not found:
        issues.append(LintIssue("error", "", "no ClaimReview found"))
        return issues
    if len(found) > 1:
        paths = ", ".join(item.path for item in found)
        issues.append(
            LintIssue("warning", "", f"{len(found)} ClaimReviews on one page ({paths}): Google reads one per page")
        )
    for item in found:
        issues += _lint_review(item)
    return issues


def _note_issue(note: str) -> LintIssue:
    path, _, message = note.partition(": ")
    if not message:
        path, message = "", note
    severity: Severity = "error" if "not readable" in message or note.startswith("not JSON") else "warning"
    return LintIssue(severity, path, message)


def _lint_review(item: FoundReview) -> list[LintIssue]:
    node, path = item.node, item.path
    issues: list[LintIssue] = []

    def add(severity: Severity, where: str, message: str) -> None:
        issues.append(LintIssue(severity, f"{path}/{where}" if where else path, message))

    if "ClaimReview" not in type_names(node):
        add("warning", "@type", f'@type {node.get("@type", node.get("type"))!r}: write it "ClaimReview"')

    claim = node.get("claimReviewed")
    if not isinstance(claim, str) or not claim.strip():
        add("error", "claimReviewed", "missing or empty claimReviewed: the claim the review checks is required")
    elif len(claim.strip()) > MAX_CLAIM_REVIEWED:
        add(
            "warning",
            "claimReviewed",
            f"claimReviewed has {len(claim.strip())} characters: keep it under {MAX_CLAIM_REVIEWED}, the rest is cut",
        )

    url = node.get("url")
    if not isinstance(url, str) or not url.strip():
        add("error", "url", "missing url: the address of the review is required")
    else:
        page, review_site = page_site(item.page_url), page_site(url)
        if page is not None and review_site is not None and not _same_site(page, review_site):
            add("warning", "url", f"url is on {review_site}, the page on {page}: the review must be on the page's site")

    issues += _lint_rating(node, path)

    if not node.get("author"):
        add("warning", "author", "missing author: name the fact-checking organization")
    for key in ("datePublished",):
        issues += _lint_date(node, key, path)

    reviewed = node.get("itemReviewed")
    if not reviewed:
        add("warning", "itemReviewed", "missing itemReviewed: describe the Claim (author, date, appearance)")
    elif isinstance(reviewed, dict):
        if not has_type(reviewed, "Claim"):
            kind = ", ".join(type_names(reviewed)) or "an untyped object"
            add("warning", "itemReviewed/@type", f"itemReviewed is {kind}: schema.org and Google expect a Claim")
        issues += _lint_date(reviewed, "datePublished", f"{path}/itemReviewed")
    return issues


def _same_site(first: str, second: str) -> bool:
    return first == second or first.endswith("." + second) or second.endswith("." + first)


def _lint_date(node: dict[str, JsonValue], key: str, path: str) -> list[LintIssue]:
    value = node.get(key)
    if not isinstance(value, str) or not value:
        return []
    iso = normalize_date(value)
    if iso == value:
        return []
    if iso is None:
        return [LintIssue("warning", f"{path}/{key}", f"{key} {value!r} is not a date consumers can read")]
    return [LintIssue("warning", f"{path}/{key}", f"{key} {value!r} is not ISO 8601: write {iso}")]


def _lint_rating(node: dict[str, JsonValue], path: str) -> list[LintIssue]:
    where = f"{path}/reviewRating"
    rating = node.get("reviewRating")
    if rating is None:
        return [LintIssue("warning", where, "no reviewRating: consumers show no verdict (Google requires one)")]
    if isinstance(rating, list):
        rating = rating[0] if rating else None
    if not isinstance(rating, dict):
        return [LintIssue("error", where, "reviewRating is not a Rating object")]
    issues: list[LintIssue] = []
    label = rating.get("alternateName")
    if not isinstance(label, str) or not label.strip():
        issues.append(
            LintIssue("error", f"{where}/alternateName", "missing reviewRating.alternateName: the verdict in words")
        )
        label = None
    numbers: dict[str, float | None] = {}
    for key in ("ratingValue", "bestRating", "worstRating"):
        raw = rating.get(key)
        numbers[key] = parse_number(raw)
        if raw not in (None, "") and numbers[key] is None:
            issues.append(LintIssue("warning", f"{where}/{key}", f"{key} {raw!r} is not a number"))
    value, best, worst = numbers["ratingValue"], numbers["bestRating"], numbers["worstRating"]
    top = 5.0 if best is None else best
    bottom = 1.0 if worst is None else worst
    if best is not None or worst is not None or value is not None:
        if top < bottom:
            issues.append(
                LintIssue("warning", where, f"inverted scale: bestRating {_n(top)} is below worstRating {_n(bottom)}")
            )
        elif top == bottom:
            issues.append(
                LintIssue("warning", where, f"degenerate scale: bestRating and worstRating are both {_n(top)}")
            )
    if value is not None and top != bottom and scale_position(value, best, worst) is None:
        issues.append(
            LintIssue(
                "warning",
                f"{where}/ratingValue",
                f"ratingValue {_n(value)} is outside its scale {_n(bottom)}..{_n(top)}"
                + (" (worstRating defaults to 1)" if worst is None else "")
                + (" (bestRating defaults to 5)" if best is None else ""),
            )
        )
    words = verdict_from_label(label)
    scale = verdict_from_scale(value, best, worst)
    if words in _VERDICT_STEPS and scale in _VERDICT_STEPS and abs(_VERDICT_STEPS[words] - _VERDICT_STEPS[scale]) >= 2:
        issues.append(
            LintIssue(
                "warning",
                where,
                f"the number and the words disagree: ratingValue {_n(value)} on {_n(bottom)}..{_n(top)} reads "
                f"{scale!r}, alternateName {label!r} reads {words!r}",
            )
        )
    return issues


def _n(number: float | None) -> str:
    if number is None:
        return "?"
    return str(int(number)) if number.is_integer() else str(number)
