"""The newsclaims data model: pure data, importing nothing of newsclaims but itself."""

from __future__ import annotations

from newsclaims.model.article import Article
from newsclaims.model.base import NewsclaimsModel
from newsclaims.model.claim import Appearance, Claim
from newsclaims.model.corpus import Corpus
from newsclaims.model.entity import Actor, Entity, Organization, name_key
from newsclaims.model.ids import content_id
from newsclaims.model.quote import Quote
from newsclaims.model.review import ClaimReview, Rating
from newsclaims.model.span import Mention, Span
from newsclaims.model.types import IsoDate, OrganizationKind, QuoteKind, SourceFormat, Verdict
from newsclaims.model.version import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Appearance",
    "Article",
    "Claim",
    "ClaimReview",
    "Corpus",
    "Entity",
    "IsoDate",
    "Mention",
    "NewsclaimsModel",
    "Organization",
    "OrganizationKind",
    "Quote",
    "QuoteKind",
    "Rating",
    "SourceFormat",
    "Span",
    "Verdict",
    "content_id",
    "name_key",
]
