"""Errors and warnings raised by newsclaims.

Catch :class:`NewsclaimsError` to handle everything the library raises on bad input,
and nothing else. Model invariants (a span past the end of its text, an unknown field)
stay pydantic ``ValidationError``s, because callers already know how to read those.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "LenientReadWarning",
    "NewsclaimsError",
    "NewsclaimsWarning",
    "SchemaVersionError",
    "UnsafeInputError",
    "UnsupportedFormatError",
]


class NewsclaimsError(Exception):
    """Root of every error newsclaims raises on purpose.

    ``source`` names the input (a path, a URL, "<stdin>"), ``reason`` says what is
    wrong in words a newsroom user can act on, ``position`` points into the input
    (a character or byte offset, or a line number) where that helps.
    """

    def __init__(self, reason: str, *, source: str | None = None, position: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.source = source
        self.position = position

    def __str__(self) -> str:
        where = self.source or ""
        if self.position is not None:
            where = f"{where}@{self.position}" if where else f"position {self.position}"
        return f"{where}: {self.reason}" if where else self.reason


class InputError(NewsclaimsError):
    """The input cannot be read as what it claims to be (broken XML, JSON, encoding)."""


class UnsafeInputError(InputError):
    """The input was refused for safety: entity expansion, external entities, excessive size or depth."""


class UnsupportedFormatError(InputError):
    """No parser recognises the input's format."""


class SchemaVersionError(NewsclaimsError):
    """A document's schema version is unknown, newer than this library, or cannot be migrated."""


class NewsclaimsWarning(UserWarning):
    """Root of the warnings newsclaims emits."""


class LenientReadWarning(NewsclaimsWarning):
    """Real-world data was read leniently: something was repaired, guessed or skipped."""
