"""Quotes and their speaker mentions in a text.

PLACEHOLDER: finds nothing yet. To be replaced by the quote finder.
"""

from __future__ import annotations

from newsclaims.extract.layout import Layout
from newsclaims.model import Quote


def find_quotes(text: str, layout: Layout) -> list[Quote]:
    """Every quote of the text, in text order, with speaker mentions as written (speaker unresolved)."""
    del text, layout
    return []
