"""Corpora: several reports, with the people, organizations and claims they share."""

from __future__ import annotations

from pydantic import Field, model_validator

from newsclaims.model.article import Article, SemVer
from newsclaims.model.base import NewsclaimsModel
from newsclaims.model.claim import Claim
from newsclaims.model.entity import Actor, Organization
from newsclaims.model.ids import content_id
from newsclaims.model.review import ClaimReview
from newsclaims.model.types import Identifier
from newsclaims.model.version import SCHEMA_VERSION


class Corpus(NewsclaimsModel):
    """Several articles, and what they share: one Actor per person, one Claim per claim.

    A claim made in two reports is one Claim with two appearances, whatever the wording.
    """

    schema_version: SemVer = Field(default=SCHEMA_VERSION, pattern=r"^\d+\.\d+\.\d+$")
    """Version of the newsclaims schema this document follows."""
    articles: tuple[Article, ...] = ()
    """The articles, in input order."""
    actors: tuple[Actor, ...] = ()
    """The people across all articles, one each."""
    organizations: tuple[Organization, ...] = ()
    """The organizations across all articles, one each."""
    claims: tuple[Claim, ...] = ()
    """The claims across all articles, merged: one Claim, several appearances."""
    reviews: tuple[ClaimReview, ...] = ()
    """Fact-checkers' reviews of the claims."""
    id: Identifier = Field(default_factory=lambda data: content_id("corpus", [a.id for a in data.get("articles", ())]))
    """Deterministic id, derived from the ids of the articles."""

    @model_validator(mode="after")
    def _consistent(self) -> Corpus:
        texts = {article.id: article.text for article in self.articles}
        known = {a.id for a in self.actors} | {o.id for o in self.organizations}
        for claim in self.claims:
            if claim.claimant is not None and claim.claimant not in known:
                raise ValueError(f"claim {claim.id} names claimant {claim.claimant}, not in the corpus")
            for appearance in claim.appearances:
                text = texts.get(appearance.article)
                if text is None:
                    raise ValueError(f"claim {claim.id} appears in article {appearance.article}, not in the corpus")
                if not appearance.span.fits(text):
                    raise ValueError(f"claim {claim.id} points past the end of article {appearance.article}")
        return self
