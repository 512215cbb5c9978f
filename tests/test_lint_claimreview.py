"""The ClaimReview lint (Google's profile) on written fixtures and on the schema.org examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.lint import LintIssue, has_errors, lint_claimreview

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "interop" / "claimreview"


def _good() -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://check.example/reviews/bridge",
        "claimReviewed": "The bridge opened in 2019",
        "datePublished": "2024-01-05",
        "author": {"@type": "Organization", "name": "Check", "url": "https://check.example"},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "False",
        },
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "X"}, "datePublished": "2024-01-02"},
    }


def _messages(issues: list[LintIssue], severity: str) -> list[str]:
    return [f"{issue.path} {issue.message}" for issue in issues if issue.severity == severity]


def test_a_good_review_has_no_issues() -> None:
    assert lint_claimreview(_good()) == []
    assert lint_claimreview(json.dumps(_good())) == []


@pytest.mark.parametrize(
    ("key", "path"),
    [("claimReviewed", "[0]/claimReviewed"), ("url", "[0]/url")],
)
def test_missing_required_properties_are_errors(key: str, path: str) -> None:
    review = _good()
    del review[key]
    issues = lint_claimreview(review)
    assert has_errors(issues)
    assert [issue.path for issue in issues if issue.severity == "error"] == [path]


def test_missing_alternate_name_is_an_error() -> None:
    review = _good()
    del review["reviewRating"]["alternateName"]
    issues = lint_claimreview(review)
    assert [issue.path for issue in issues if issue.severity == "error"] == ["[0]/reviewRating/alternateName"]


def test_warnings_of_the_profile() -> None:
    review = _good()
    review["claimReviewed"] = "x" * 76
    review["reviewRating"] = {"ratingValue": "7", "bestRating": "5", "worstRating": "1", "alternateName": "False"}
    del review["author"]
    del review["itemReviewed"]
    issues = lint_claimreview(review)
    assert not has_errors(issues)
    warnings = _messages(issues, "warning")
    assert any("76 characters" in message for message in warnings)
    assert any("outside its scale" in message for message in warnings)
    assert any(message.startswith("[0]/author ") for message in warnings)
    assert any(message.startswith("[0]/itemReviewed ") for message in warnings)
    assert len(warnings) == 4


def test_inverted_and_degenerate_scales_are_warnings() -> None:
    inverted = _good()
    inverted["reviewRating"] = {"ratingValue": 5, "bestRating": 1, "worstRating": 5, "alternateName": "Falso"}
    degenerate = _good()
    degenerate["reviewRating"] = {"ratingValue": -1, "bestRating": -1, "worstRating": -1, "alternateName": "Nope"}
    assert [issue.message.split(":")[0] for issue in lint_claimreview(inverted)] == ["inverted scale"]
    assert [issue.message.split(":")[0] for issue in lint_claimreview(degenerate)] == ["degenerate scale"]


def test_url_on_another_site_than_the_page() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://www.check.example/reviews/bridge">'
        f'<script type="application/ld+json">{json.dumps(_good())}</script></head></html>'
    )
    assert lint_claimreview(page) == []
    other = lint_claimreview(page, page_url="https://elsewhere.example/page")
    assert [issue.path for issue in other] == ["[0]/url"]
    assert "elsewhere.example" in other[0].message


def test_more_than_one_review_per_page_and_non_iso_dates() -> None:
    second = {**_good(), "claimReviewed": "Another", "datePublished": "2024-01-05 10:30"}
    issues = lint_claimreview({"@context": "https://schema.org", "@graph": [_good(), second]})
    warnings = _messages(issues, "warning")
    assert any("2 ClaimReviews on one page" in message for message in warnings)
    assert any(
        message.startswith("[0]/@graph[1]/datePublished ") and "2024-01-05T10:30" in message for message in warnings
    )


def test_broken_jsonld_script_is_an_error_and_a_page_without_reviews_too() -> None:
    page = '<script type="application/ld+json">{"@type": "ClaimReview", </script>'
    issues = lint_claimreview(page)
    assert [issue.severity for issue in issues] == ["error", "error"]
    assert "not readable" in issues[0].message
    assert issues[1].message == "no ClaimReview found"


def test_repaired_jsonld_is_a_warning() -> None:
    page = f'<script type="application/ld+json">{json.dumps(_good())[:-1]},}}</script>'
    issues = lint_claimreview(page)
    assert [(issue.severity, issue.path) for issue in issues] == [("warning", "[0]")]
    assert "trailing comma" in issues[0].message


def test_issue_formats_for_people_and_json() -> None:
    issue = LintIssue("error", "[0]/url", "missing url")
    assert str(issue) == "error: [0]/url: missing url"
    assert issue.as_dict() == {"severity": "error", "path": "[0]/url", "message": "missing url"}


def _example(name: str) -> bytes:
    path = SHARED / "schemaorg_examples" / name
    if not path.exists():
        pytest.skip("../shared is not present")
    return path.read_bytes()


def test_schemaorg_example_0324_faults_are_warnings() -> None:
    issues = lint_claimreview(_example("eg-0324_ClaimReview.jsonld"))
    assert not has_errors(issues)
    warnings = _messages(issues, "warning")
    # Rated 1 on a 1..6 scale (false) but named "True".
    assert any("disagree" in message and "'True'" in message for message in warnings)
    assert any(message.startswith("[0]/itemReviewed/@type ") and "CreativeWork" in message for message in warnings)


def test_schemaorg_example_0325_has_no_review_rating() -> None:
    issues = lint_claimreview(_example("eg-0325_ClaimReview.jsonld"))
    assert not has_errors(issues)
    assert any(issue.path == "[0]/reviewRating" and "no reviewRating" in issue.message for issue in issues)


def test_real_pages_have_no_errors() -> None:
    pages = SHARED / "pages"
    if not pages.is_dir():
        pytest.skip("../shared is not present")
    with_reviews = [
        "afp_raw.json",
        "africa_check_raw.json",
        "boom_live_raw.html",
        "estadao_raw.json",
        "lupa_raw.json",
        "tfc_taiwan_raw.json",
        "vishvas_news_raw.json",
    ]
    for name in with_reviews:
        issues = lint_claimreview((pages / name).read_bytes())
        assert not has_errors(issues), (name, [str(issue) for issue in issues])


@given(st.one_of(st.text(), st.binary()))
def test_lint_is_total(data: str | bytes) -> None:
    issues = lint_claimreview(data)
    assert all(issue.severity in ("error", "warning") for issue in issues)


def test_what_the_writer_returns_is_linted_as_it_is() -> None:
    """A list of documents (to_claimreviews' list[dict]) or a tuple: typed Sequence/Mapping, read as one page."""
    documents: list[dict[str, Any]] = [_good(), {**_good(), "claimReviewed": "Another"}]
    for given_as in (documents, tuple(documents)):
        issues = lint_claimreview(given_as)
        assert not has_errors(issues)
        assert any("2 ClaimReviews on one page" in message for message in _messages(issues, "warning"))
    assert lint_claimreview([_good()]) == []
    assert has_errors(lint_claimreview(()))
