"""Quotes in the annotation layout of BBC News Labs' Citron, plus kind and resolved speaker.

This is the layout ``../shared/eval/score_quotes.py`` reads, and a plain interchange
form for tools that want quotes without the rest of the model.
"""

from __future__ import annotations

from typing import Any

from newsclaims.model import Article, Span


def _span(article: Article, span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": article.text_of(span)}


def to_citron(article: Article, source: str | None = None) -> dict[str, Any]:
    """Return ``{"source", "text", "quotes": [...]}`` for one article (scare quotes left out)."""
    names = {actor.id: actor.name for actor in article.actors}
    names.update({organization.id: organization.name for organization in article.organizations})
    quotes = [
        {
            "kind": quote.kind,
            "cue": _span(article, quote.cue) if quote.cue is not None else None,
            "sources": [_span(article, s) for s in quote.speaker_mentions],
            "contents": [_span(article, s) for s in quote.contents],
            "speaker": names.get(quote.speaker) if quote.speaker else None,
        }
        for quote in article.quotes
        if quote.kind != "scare"
    ]
    return {"source": source, "text": article.text, "quotes": quotes}
