"""The newsclaims data model: pure data, importing nothing of newsclaims but itself."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from newsclaims.model.article import Article
from newsclaims.model.base import NewsclaimsModel
from newsclaims.model.claim import Appearance, Claim

# Corpus, ClaimReview and Rating are imported on first use (PEP 562, ``__getattr__`` below): an
# article's extraction never builds them, and building a pydantic model costs start-up time.
# (Their imports stay in this order for the API docs, which list members in source order.)
if TYPE_CHECKING:
    from newsclaims.model.corpus import Corpus

from newsclaims.model.entity import Actor, Entity, Organization, name_key
from newsclaims.model.ids import content_id
from newsclaims.model.quote import Quote

if TYPE_CHECKING:
    from newsclaims.model.review import ClaimReview, Rating

from newsclaims.model.span import Mention, Span
from newsclaims.model.types import IsoDate, OrganizationKind, QuoteKind, SourceFormat, Verdict
from newsclaims.model.version import SCHEMA_VERSION

_LATER = {
    "Corpus": "newsclaims.model.corpus",
    "ClaimReview": "newsclaims.model.review",
    "Rating": "newsclaims.model.review",
}


def __getattr__(name: str) -> object:
    if name not in _LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_LATER[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
