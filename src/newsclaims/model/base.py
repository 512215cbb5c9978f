"""The shared base of every newsclaims model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class NewsclaimsModel(BaseModel):
    """Base class: immutable, strict about unknown fields, documented in its schema."""

    model_config = ConfigDict(
        # A parsed article is a record of what a text says: share it freely, never mutate it.
        frozen=True,
        # A misspelt or unknown field is an error, not silently dropped data.
        extra="forbid",
        # Field docstrings become descriptions in the published JSON Schema.
        use_attribute_docstrings=True,
        # Whitespace is meaningful in quotes and names as written: keep it.
        str_strip_whitespace=False,
    )
