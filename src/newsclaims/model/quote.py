"""Quotes: who said what, as the article reports it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any

from annotated_types import MinLen
from pydantic import Field, model_validator

from newsclaims.model.base import NewsclaimsModel
from newsclaims.model.ids import spans_id
from newsclaims.model.span import Span
from newsclaims.model.types import Identifier, QuoteKind


def spans_identity(spans: Iterable[Any]) -> list[tuple[int, int]]:
    """Identity of a sequence of spans, for content ids (tolerates unvalidated data)."""
    return [(s.start, s.end) for s in spans if isinstance(s, Span)]


class Quote(NewsclaimsModel):
    """One attributed statement (or one scare quote) in an article.

    “A,” he said, “B.” is one quote with two content pieces. The speaker is recorded
    twice: as written (``speaker_mentions``: "he", "the statement") and as resolved
    (``speaker``: the id of an Actor or Organization).
    """

    kind: QuoteKind
    """How the words reach the reader: direct, partial, mixed, indirect, or scare (nobody's words)."""
    contents: Annotated[tuple[Span, ...], MinLen(1)]
    """The words attributed, in text order, without the attribution between pieces."""
    cue: Span | None = None
    """The verb or phrase of attribution ("said", "according to"), where there is one."""
    speaker_mentions: tuple[Span, ...] = ()
    """Where the speaker is named or referred to, as written ("Lukashenko", "he", "the statement")."""
    speaker: Identifier | None = None
    """Id of the Actor or Organization who said it, or none when unknown or a scare quote."""
    speakers: tuple[Identifier, ...] = ()
    """Every resolved speaker, ``speaker`` first: several when several speak together ("they")."""
    relayed_by: tuple[Identifier, ...] = ()
    """Ids of the outlets the words reached the article through ("reported TASS")."""
    id: Identifier = Field(default_factory=lambda data: spans_id("quote", spans_identity(data.get("contents", ()))))
    """Deterministic id, derived from the content spans; unique within its article."""

    @model_validator(mode="after")
    def _speakers_agree(self) -> Quote:
        if self.speakers and self.speakers[0] != self.speaker:
            raise ValueError(f"speakers start with {self.speakers[0]}, but the speaker is {self.speaker}")
        if self.kind == "scare" and (self.speaker is not None or self.speaker_mentions):
            raise ValueError("a scare quote is nobody's words and has no speaker")
        return self
