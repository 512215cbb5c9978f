"""ClaimReview models -> the Google Fact Check Tools API's ClaimReviewMarkupPage shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsclaims.model import ClaimReview, Corpus, Rating
from newsclaims.parsers.claimreview import read_claimreviews
from newsclaims.serialize.factcheck import to_factcheck, to_factcheck_markup


def _pages(reviews: ClaimReview | list[ClaimReview]) -> Any:
    """to_factcheck, typed loosely for the assertions below."""
    return to_factcheck(reviews)


def test_a_review_becomes_one_page_with_one_markup(rich: Corpus) -> None:
    review = rich.reviews[0].model_copy(
        update={"claim_appearances": ("https://news.example/1", "https://news.example/2", "https://news.example/3")}
    )
    (page,) = _pages(review)
    assert page["pageUrl"] == review.url
    assert page["publishDate"] == "2020-08-20"
    assert page["claimReviewAuthor"] == {"name": "Example Fact Check"}
    (markup,) = page["claimReviewMarkups"]
    assert markup == {
        "url": review.url,
        "claimReviewed": review.claim_reviewed,
        "claimDate": "2020-08-16",
        "claimFirstAppearance": "https://news.example/1",
        "claimAppearances": ["https://news.example/2", "https://news.example/3"],
        "claimAuthor": {"name": "Alexander Lukashenko"},
        "rating": {"textualRating": "Mostly true", "ratingValue": 4, "bestRating": 5, "worstRating": 1},
    }


def test_reviews_on_one_page_share_it_and_pages_keep_their_order() -> None:
    reviews = [
        ClaimReview(claim_reviewed="A", url="https://fc.example/1"),
        ClaimReview(claim_reviewed="B", url="https://fc.example/2"),
        ClaimReview(claim_reviewed="C", url="https://fc.example/1"),
        ClaimReview(claim_reviewed="D"),
        ClaimReview(claim_reviewed="E"),
    ]
    pages = _pages(reviews)
    assert [[m["claimReviewed"] for m in page["claimReviewMarkups"]] for page in pages] == [
        ["A", "C"],
        ["B"],
        ["D"],
        ["E"],
    ]
    assert "pageUrl" not in pages[2]


def test_rating_numbers_are_whole_or_left_out() -> None:
    rating = Rating(alternate_name="Two Pinocchios", value=2.5, best=1, worst=4)
    markup = to_factcheck_markup(ClaimReview(claim_reviewed="X", rating=rating))
    assert markup["rating"] == {"textualRating": "Two Pinocchios", "bestRating": 1, "worstRating": 4}


def test_every_real_review_has_the_api_shape(shared_dir: Path) -> None:
    pages = shared_dir / "interop" / "claimreview" / "pages"
    if not pages.is_dir():
        pytest.skip("../shared/interop/claimreview/pages is not present")
    reviews = [review for page in sorted(pages.iterdir()) for review in read_claimreviews(page.read_bytes()).reviews]
    written = _pages(reviews)
    markups = [markup for page in written for markup in page["claimReviewMarkups"]]
    assert len(markups) == len(reviews) > 0
    assert all(isinstance(markup["claimReviewed"], str) for markup in markups)
    rated = [review for review in reviews if review.rating is not None]
    assert sum("rating" in markup for markup in markups) == len(rated)
