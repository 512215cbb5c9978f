"""newsclaims: who said what in the news, as checkable claims.

Everything public is exported here; ``__all__`` lists it and a test pins it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# The errors are light and every command needs them: imported now.
from newsclaims.errors import (
    InputError,
    LenientReadWarning,
    NewsclaimsError,
    NewsclaimsWarning,
    SchemaVersionError,
    UnsafeInputError,
    UnsupportedFormatError,
)

# The other names are imported on first use (PEP 562, ``__getattr__`` below), so a command loads only the
# parts it runs: ``newsclaims quotes`` has no use for the HTML parser, the ClaimReview reader or
# multiprocessing, and starts faster without them. These imports are for type checkers and docs.
if TYPE_CHECKING:
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

    __version__: str

# Where each public name lives; ``__getattr__`` imports it from there on first use.
_HOMES: dict[str, tuple[str, ...]] = {
    "newsclaims.extract.corpus": ("MatchSettings", "merge_articles"),
    "newsclaims.extract.gazetteer": ("Gazetteer", "GazetteerEntry"),
    "newsclaims.lint": ("LintIssue", "has_errors", "lint_claimreview"),
    "newsclaims.model": (
        "SCHEMA_VERSION",
        "Actor",
        "Appearance",
        "Article",
        "Claim",
        "ClaimReview",
        "Corpus",
        "Mention",
        "Organization",
        "Quote",
        "Rating",
        "Span",
    ),
    "newsclaims.model.review": ("merge_extra",),
    "newsclaims.parsers.claimreview": ("ReviewReading", "read_claimreviews", "review_verdict"),
    "newsclaims.parsers.corpus": ("parse_corpus",),
    "newsclaims.parsers.detect": ("Parsed", "parse", "sniff"),
    "newsclaims.parsers.html": ("parse_html",),
    "newsclaims.parsers.newsml": ("parse_newsml",),
    "newsclaims.parsers.ninjs": ("parse_ninjs",),
    "newsclaims.parsers.nitf": ("parse_nitf",),
    "newsclaims.parsers.text": ("parse_text",),
    "newsclaims.parsers.verdicts": (
        "VerdictEntry",
        "VerdictsFile",
        "load_verdicts",
        "make_rating",
        "normalize_verdict",
    ),
    "newsclaims.schema": ("json_schema", "migrate"),
    "newsclaims.serialize.citron": ("to_citron",),
    "newsclaims.serialize.claimreview": (
        "VerdictMatches",
        "claimreview_jsonld",
        "match_verdicts",
        "to_claimreview",
        "to_claimreviews",
    ),
    "newsclaims.serialize.factcheck": ("to_factcheck",),
    "newsclaims.serialize.jsonld": ("from_jsonld", "to_jsonld"),
    "newsclaims.serialize.ninjs": ("to_ninjs",),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def _library_version() -> str:
    """The installed distribution's version (package metadata: importlib.metadata costs ~30 ms to import)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsclaims")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without installing
        return "0+unknown"


def __getattr__(name: str) -> object:
    """Import a public name from its home module on first use, and keep it here for the next.

    A subpackage is imported too (``newsclaims.model`` after a bare ``import newsclaims``), as it was
    when this module imported everything.
    """
    if name == "__version__":
        value: object = _library_version()
    elif name in _HOME_OF:
        value = getattr(import_module(_HOME_OF[name]), name)
    elif name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    else:
        try:
            value = import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise  # the submodule exists but one of its imports is missing
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
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
