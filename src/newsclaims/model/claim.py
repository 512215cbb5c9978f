"""Claims: checkable statements, and where each appears."""

from __future__ import annotations

from typing import Annotated, Literal

from annotated_types import MinLen
from pydantic import Field

from newsclaims.model.base import NewsclaimsModel
from newsclaims.model.entity import name_key
from newsclaims.model.ids import content_id
from newsclaims.model.span import Span
from newsclaims.model.types import Identifier, NonEmptyText, Score


class Appearance(NewsclaimsModel):
    """One place where a claim is made: an article and the words that carry it there."""

    article: Identifier
    """Id of the Article."""
    span: Span
    """The quote content or sentence carrying the claim, in that article's text."""
    quote: Identifier | None = None
    """Id of the Quote it comes from, when it is attributed speech."""


class Claim(NewsclaimsModel):
    """A checkable statement, made by a claimant, appearing in one or more reports.

    ``appearances`` are in order of first appearance (by publication date where known,
    else input order), so ``appearances[0]`` is the first appearance.
    """

    text: NonEmptyText
    """The claim as a reader would check it, pronouns made explicit where the text allows."""
    claimant: Identifier | None = None
    """Id of the Actor or Organization making the claim; none when unknown."""
    voice: Literal["attributed", "editorial"] = "attributed"
    """``attributed``: someone in the report says it; ``editorial``: the report says it in its own voice."""
    appearances: Annotated[tuple[Appearance, ...], MinLen(1)]
    """Where the claim appears, first appearance first."""
    check_worthiness: Score = 0.0
    """How much a fact-checker should look at it first: 0 (opinion, scene-setting) to 1."""
    id: Identifier = Field(default_factory=lambda data: content_id("claim", name_key(data.get("text", ""))))
    """Deterministic id, derived from the claim text."""

    @property
    def first_appearance(self) -> Appearance:
        """The earliest appearance of the claim."""
        return self.appearances[0]
