"""Plain-text articles, such as the seeds."""

from __future__ import annotations

from newsclaims.extract.pipeline import Metadata, analyze
from newsclaims.model import Article


def parse_text(text: str, *, url: str | None = None, gazetteer: object | None = None) -> Article:
    """Parse a plain-text news article; ``article.text`` is ``text`` exactly as given."""
    return analyze(text, Metadata(source_format="text", url=url), gazetteer=gazetteer)
