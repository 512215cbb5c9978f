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
from newsclaims.extract.corpus import MatchSettings, merge_articles
from newsclaims.extract.gazetteer import Gazetteer, GazetteerEntry
from newsclaims.lint import LintIssue, has_errors, lint_claimreview
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
from newsclaims.model.review import merge_extra
from newsclaims.parsers.claimreview import ReviewReading, read_claimreviews, review_verdict
from newsclaims.parsers.corpus import parse_corpus
from newsclaims.parsers.detect import Parsed, parse, sniff
from newsclaims.parsers.html import parse_html
from newsclaims.parsers.newsml import parse_newsml
from newsclaims.parsers.ninjs import parse_ninjs
from newsclaims.parsers.nitf import parse_nitf
from newsclaims.parsers.text import parse_text
from newsclaims.parsers.verdicts import VerdictEntry, VerdictsFile, load_verdicts, make_rating, normalize_verdict
from newsclaims.schema import json_schema, migrate
from newsclaims.serialize.citron import to_citron
from newsclaims.serialize.claimreview import (
    VerdictMatches,
    claimreview_jsonld,
    match_verdicts,
    to_claimreview,
    to_claimreviews,
)
from newsclaims.serialize.factcheck import to_factcheck
from newsclaims.serialize.jsonld import from_jsonld, to_jsonld
from newsclaims.serialize.ninjs import to_ninjs

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
    "Gazetteer",
    "GazetteerEntry",
    "InputError",
    "LenientReadWarning",
    "LintIssue",
    "MatchSettings",
    "Mention",
    "NewsclaimsError",
    "NewsclaimsWarning",
    "Organization",
    "Parsed",
    "Quote",
    "Rating",
    "ReviewReading",
    "SchemaVersionError",
    "Span",
    "UnsafeInputError",
    "UnsupportedFormatError",
    "VerdictEntry",
    "VerdictMatches",
    "VerdictsFile",
    "__version__",
    "claimreview_jsonld",
    "from_jsonld",
    "has_errors",
    "json_schema",
    "lint_claimreview",
    "load_verdicts",
    "make_rating",
    "match_verdicts",
    "merge_articles",
    "merge_extra",
    "migrate",
    "normalize_verdict",
    "parse",
    "parse_corpus",
    "parse_html",
    "parse_newsml",
    "parse_ninjs",
    "parse_nitf",
    "parse_text",
    "read_claimreviews",
    "review_verdict",
    "sniff",
    "to_citron",
    "to_claimreview",
    "to_claimreviews",
    "to_factcheck",
    "to_jsonld",
    "to_ninjs",
]
