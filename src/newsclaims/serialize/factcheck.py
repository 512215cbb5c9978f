"""ClaimReview models -> the shape of the Google Fact Check Tools API's ClaimReview markup.

The Fact Check Tools API (v1alpha1) takes and gives ClaimReview markup as
``ClaimReviewMarkupPage`` objects rather than schema.org JSON-LD: one per page, with
the fact-checker and publication date on the page and one ``ClaimReviewMarkup`` per
claim reviewed (``claimReviewed``, ``claimDate``, ``claimFirstAppearance``,
``claimAppearances``, ``claimAuthor``, ``rating.textualRating``...). Field names and
their schema.org counterparts are those of the API reference:
https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/pages

The API's rating numbers are integers: a scale that is not whole numbers is left out
(``textualRating`` carries the verdict), never rounded into another verdict.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import JsonValue

from newsclaims.model import ClaimReview
from newsclaims.serialize.claimreview import RATING_NUMBERS

__all__ = ["to_factcheck", "to_factcheck_markup"]


def to_factcheck_markup(review: ClaimReview) -> dict[str, JsonValue]:
    """One review as a ``ClaimReviewMarkup`` of the Fact Check Tools API."""
    markup: dict[str, JsonValue] = {}
    if review.url is not None:
        markup["url"] = review.url
    markup["claimReviewed"] = review.claim_reviewed
    if review.claim_date is not None:
        markup["claimDate"] = review.claim_date
    if review.claim_appearances:
        markup["claimFirstAppearance"] = review.claim_appearances[0]
        if len(review.claim_appearances) > 1:
            # "links to works in which this claim appears, aside from the one in claimFirstAppearance"
            markup["claimAppearances"] = list(review.claim_appearances[1:])
    if review.claim_author is not None:
        markup["claimAuthor"] = {"name": review.claim_author}
    if review.rating is not None:
        rating: dict[str, JsonValue] = {"textualRating": review.rating.alternate_name}
        for key, attribute in RATING_NUMBERS:
            number = getattr(review.rating, attribute)
            if number is not None and float(number).is_integer():
                rating[key] = int(number)
        markup["rating"] = rating
    return markup


def _page_key(review: ClaimReview, index: int) -> tuple[str, str]:
    return ("url", review.url) if review.url is not None else ("index", str(index))


def to_factcheck(reviews: ClaimReview | Iterable[ClaimReview]) -> list[dict[str, JsonValue]]:
    """Reviews as ``ClaimReviewMarkupPage`` objects: one per review page, in first-seen order.

    Reviews with the same ``url`` share a page (the API holds several claims reviewed on
    one page); the page's author and date are the first review's. A review without a url
    is a page of its own, without ``pageUrl`` (the API needs one before it accepts it).
    """
    given = [reviews] if isinstance(reviews, ClaimReview) else list(reviews)
    pages: dict[tuple[str, str], dict[str, JsonValue]] = {}
    markups: dict[tuple[str, str], list[JsonValue]] = {}
    for index, review in enumerate(given):
        key = _page_key(review, index)
        if key not in pages:
            page: dict[str, JsonValue] = {}
            if review.url is not None:
                page["pageUrl"] = review.url
            if review.date_published is not None:
                page["publishDate"] = review.date_published
            if review.author_name is not None:
                page["claimReviewAuthor"] = {"name": review.author_name}
            pages[key] = page
            markups[key] = []
        markups[key].append(to_factcheck_markup(review))
    return [{**page, "claimReviewMarkups": markups[key]} for key, page in pages.items()]
