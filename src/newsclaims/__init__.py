"""newsclaims: who said what in the news, as checkable claims.

Everything public is exported here; ``__all__`` lists it and a test pins it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from newsclaims.errors import (
    InputError,
    LenientReadWarning,
    NewsclaimsError,
    NewsclaimsWarning,
    SchemaVersionError,
    UnsafeInputError,
    UnsupportedFormatError,
)
from newsclaims.model import (
    SCHEMA_VERSION,
    Actor,
    Appearance,
    Article,
    Claim,
    ClaimReview,
    Corpus,
    Mention,
    Organization,
    Quote,
    Rating,
    Span,
)
from newsclaims.parse.text import parse_text
from newsclaims.schema import json_schema, migrate
from newsclaims.serialize.citron import to_citron

try:
    __version__ = version("newsclaims")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without installing
    __version__ = "0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Appearance",
    "Article",
    "Claim",
    "ClaimReview",
    "Corpus",
    "InputError",
    "LenientReadWarning",
    "Mention",
    "NewsclaimsError",
    "NewsclaimsWarning",
    "Organization",
    "Quote",
    "Rating",
    "SchemaVersionError",
    "Span",
    "UnsafeInputError",
    "UnsupportedFormatError",
    "__version__",
    "json_schema",
    "migrate",
    "parse_text",
    "to_citron",
]
