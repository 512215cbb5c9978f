"""Layout of a plain-text article: headline, byline, dateline, paragraphs, footer.

PLACEHOLDER: one paragraph per non-empty line. To be replaced by the layout finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsclaims.model import Span

_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the parts of an article lie in its text."""

    headline: Span | None = None
    byline: Span | None = None
    dateline: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    keywords: tuple[str, ...] = ()


def find_layout(text: str) -> Layout:
    """Split a plain-text article into its parts."""
    lines = tuple(Span(start=m.start(), end=m.end()) for m in _LINE.finditer(text) if m.group().strip())
    return Layout(paragraphs=lines)
