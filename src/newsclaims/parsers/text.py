"""Plain-text articles, such as the seeds."""

from __future__ import annotations

from newsclaims.errors import InputError
from newsclaims.extract.pipeline import Metadata, analyze
from newsclaims.model import Article


def parse_text(text: str, *, url: str | None = None, gazetteer: object | None = None, claims: bool = True) -> Article:
    """Parse a plain-text news article; ``article.text`` is ``text`` exactly as given.

    ``claims=False`` leaves ``article.claims`` empty and saves the time of finding them, for readers
    that want who said what only.

    Raises:
        InputError: the text is empty or only white space (there is no article to read).
    """
    if not text.strip():
        raise InputError("empty text: there is no article to read", source=url)
    return analyze(text, Metadata(source_format="text", url=url), gazetteer=gazetteer, claims=claims)
