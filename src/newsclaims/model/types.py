"""Constrained scalar types shared by the model.

Constraints are ``Annotated`` metadata (annotated-types), so both the JSON Schema and
Hypothesis strategies derived from the model see them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from annotated_types import Ge, Le, MinLen
from pydantic import AfterValidator, StringConstraints

Offset = Annotated[int, Ge(0)]
"""A character offset (Python ``str`` index) into an article's text."""


def _has_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must contain more than white space")
    return value


NonEmptyText = Annotated[str, MinLen(1), AfterValidator(_has_text)]
"""Text with something to read in it: not empty, not only white space."""

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z]+_[0-9a-f]{16}$")]
"""A deterministic identifier: ``<kind>_<16 hex digits of a content hash>``."""

IsoDate = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"),
]
"""An ISO-8601 date or date-time ("2020-08-16", "2020-08-16T09:30:00+03:00")."""

Score = Annotated[float, Ge(0.0), Le(1.0)]
"""A score between 0 and 1."""

QuoteKind = Literal["direct", "partial", "mixed", "indirect", "scare"]
"""How the words reach the reader.

``direct``: the speaker's words in quote marks; ``partial``: a quoted fragment inside
the reporter's sentence; ``mixed``: reported speech that also quotes words;
``indirect``: reported speech without quote marks; ``scare``: scare quotes, titles and
terms, which are nobody's words.
"""

OrganizationKind = Literal[
    "news_agency",
    "media",
    "government",
    "international",
    "country",
    "company",
    "political",
    "other",
]
"""What kind of body an organization is."""

Verdict = Literal["true", "mostly_true", "mixed", "mostly_false", "false", "unverifiable", "other"]
"""One common scale for fact-checkers' verdicts."""

SourceFormat = Literal["text", "html", "nitf", "newsml", "ninjs", "jsonld"]
"""The format an article was read from."""
