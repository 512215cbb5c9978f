"""Stand-off annotation: spans and mentions point into an article's text."""

from __future__ import annotations

from pydantic import model_validator

from newsclaims.model.base import NewsclaimsModel
from newsclaims.model.types import Identifier, Offset


class Span(NewsclaimsModel):
    """A stretch of an article's text, from character ``start`` up to (not including) ``end``.

    Offsets are Python ``str`` indices into ``Article.text``, so ``text[start:end]``
    shows the words in the original.
    """

    start: Offset
    """Offset of the first character."""
    end: Offset
    """Offset just past the last character."""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def of(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def fits(self, text: str) -> bool:
        """Tell whether the span lies inside ``text``."""
        return self.end <= len(text)


class Mention(NewsclaimsModel):
    """A place in the text that names or refers to an actor or organization.

    Names ("Alexander Lukashenko"), surnames, role nouns ("the Belarusian President"),
    pronouns ("he") and documents standing for their issuer ("the statement") are all
    mentions; ``refers_to`` says whom they were resolved to.
    """

    span: Span
    """Where the mention is written."""
    refers_to: Identifier | None = None
    """Id of the Actor or Organization it refers to, or none when unresolved."""
