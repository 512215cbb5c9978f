"""Fact-checkers' verdicts: ratings and claim reviews."""

from __future__ import annotations

from pydantic import Field, JsonValue

from newsclaims.model.base import NewsclaimsModel
from newsclaims.model.ids import content_id
from newsclaims.model.types import Identifier, IsoDate, NonEmptyText, Verdict


def merge_extra(base: dict[str, JsonValue], extra: dict[str, JsonValue]) -> dict[str, JsonValue]:
    """``base`` with ``extra`` laid over it (a new dict; neither argument is changed).

    Objects merge recursively; a list in ``extra`` over an object in ``base`` merges the
    object into the list's first item (a published author list whose first author the
    model holds); anywhere else ``extra``'s value wins.
    """
    merged = dict(base)
    for key, value in extra.items():
        merged[key] = _merge_value(base.get(key), value)
    return merged


def _merge_value(base: JsonValue, extra: JsonValue) -> JsonValue:
    if isinstance(base, dict) and isinstance(extra, dict):
        return merge_extra(base, extra)
    if isinstance(base, dict) and isinstance(extra, list) and extra and isinstance(extra[0], dict):
        return [merge_extra(base, extra[0]), *extra[1:]]
    return extra


class Rating(NewsclaimsModel):
    """A verdict on a claim, as the fact-checker words it and on one common scale."""

    alternate_name: NonEmptyText
    """The verdict in the fact-checker's words ("Mostly false", "Falso", "Pants on Fire!")."""
    value: float | None = None
    """The numeric rating, where the fact-checker gives one."""
    best: float | None = None
    """The best value of the fact-checker's scale."""
    worst: float | None = None
    """The worst value of the fact-checker's scale."""
    verdict: Verdict = "other"
    """The verdict on newsclaims' common scale, for sorting and comparing across fact-checkers."""


class ClaimReview(NewsclaimsModel):
    """A fact-checker's review of one claim (schema.org ClaimReview)."""

    claim_reviewed: NonEmptyText
    """The claim as the fact-checker states it."""
    rating: Rating | None = None
    """The verdict; none when the markup gives no rating."""
    claim: Identifier | None = None
    """Id of the newsclaims Claim reviewed, when it is known."""
    claim_author: str | None = None
    """Who made the claim, by name, as the review says."""
    claim_date: IsoDate | None = None
    """When the claim was made."""
    claim_appearances: tuple[str, ...] = ()
    """URLs where the claim appeared, first appearance first."""
    author_name: str | None = None
    """The fact-checking organization."""
    author_url: str | None = None
    """Its website."""
    url: str | None = None
    """Where the review is published."""
    date_published: IsoDate | None = None
    """When the review was published."""
    language: str | None = None
    """Language of the review (BCP 47), where known."""
    extra: dict[str, JsonValue] = Field(default_factory=dict)
    """Properties of the original markup that newsclaims does not model, kept verbatim.

    Where a property is partly modelled (an author's name is, its logo is not), extra
    holds the rest under the same key. Writers lay extra over the markup they derive
    from the fields with :func:`merge_extra`: objects merge key by key, and extra's value
    wins where both give one, so a value the model could not hold is written as published.
    """
    id: Identifier = Field(
        default_factory=lambda data: content_id("review", data.get("url"), data.get("claim_reviewed", ""))
    )
    """Deterministic id, derived from the review's url and the claim reviewed."""
