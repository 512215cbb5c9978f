"""Pairing quote marks into quoted regions, robust to stray marks and paragraph breaks.

Marks are read for their direction (“ opens, ” closes; a straight " by the characters
around it), paired within a paragraph, and carried over a paragraph break when the next
paragraph opens again (the newspaper convention for a quote that runs over paragraphs).
A mark that cannot be paired is dropped on its own: it never takes other quotes with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Double marks: curly, low-9, guillemets, straight, and the typewriter pairs `` and ''. The same as
# ''|``|["“”„«»‟], written to start with one character class so that the search skips to marks at C speed.
_DOUBLE = re.compile(r"[\"“”„«»‟'`](?:(?<=')'|(?<=`)`|(?<=[\"“”„«»‟]))")
_SINGLE = re.compile(r"[‘’']")
_OPENERS = frozenset("“„«‟`")
_CLOSERS = frozenset("”»")
_SPACE_BEFORE = frozenset(" \t\n\r\u00a0([{—–-/")
_MAX_SINGLE = 300
# A quote carried over a paragraph break has said something first; "“never." left open is a stray mark.
_CARRY_WORDS = 4


@dataclass(frozen=True, slots=True)
class Region:
    """A quoted stretch: ``start``/``end`` bound the words, ``outer_*`` include the marks."""

    outer_start: int
    start: int
    end: int
    outer_end: int
    double: bool


def _direction(text: str, start: int, end: int, mark: str) -> int:
    """+1 for an opening mark, -1 for a closing one, 0 when only the pairing state can tell."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    spaced_before = before in _SPACE_BEFORE
    spaced_after = after.isspace() or after in ",.;:!?)]}—–"
    if mark[0] in _OPENERS:
        return -1 if (spaced_after and not spaced_before) else 1
    if mark[0] in _CLOSERS:
        return 1 if (spaced_before and after.isalnum()) else -1
    if spaced_before and not spaced_after:
        return 1
    if spaced_after and not spaced_before:
        return -1
    return 0


def pair_double(text: str) -> list[Region]:
    """Regions between paired double quote marks, in text order, never overlapping."""
    regions: list[Region] = []
    open_at: tuple[int, int] | None = None
    carried = 0
    for match in _DOUBLE.finditer(text):
        start, end = match.span()
        direction = _direction(text, start, end, match.group())
        if text.startswith("'", end) and match.group() == "''" and _direction(text, start + 1, end + 1, "''") < 0:
            # ''...'word,''' : the first mark of three closes a nested single quote, the last two the double one.
            start, end, direction = start + 1, end + 1, -1
        if open_at is not None and (first := text.find("\n", carried, start)) >= 0:
            # A paragraph ended inside the quote: it goes on only if the next paragraph reopens it.
            if direction >= 0 and not text[first:start].strip() and len(text[carried:first].split()) >= _CARRY_WORDS:
                carried = end
                continue
            open_at = None
        if direction == 0:
            direction = -1 if open_at is not None else 1
        if direction > 0:
            open_at = (start, end)
            carried = end
        elif open_at is not None:
            regions.append(Region(open_at[0], open_at[1], start, end, True))
            open_at = None
    return regions


def pair_single(text: str, inside: list[Region]) -> list[Region]:
    """Regions between single marks (‘...’, '...') outside double-quoted ones: titles, terms, nested words."""
    regions: list[Region] = []
    open_at: tuple[int, int] | None = None
    blocked = iter(inside)
    current = next(blocked, None)
    for match in _SINGLE.finditer(text):
        start, end = match.span()
        while current is not None and current.outer_end <= start:
            current = next(blocked, None)
        if current is not None and current.outer_start <= start:
            open_at = None
            continue
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if before in _SPACE_BEFORE and after.isalnum():
            open_at = (start, end)
        elif (
            open_at is not None
            and not after.isalnum()
            and not before.isspace()
            and start - open_at[1] <= _MAX_SINGLE
            and "\n" not in text[open_at[1] : start]
        ):
            regions.append(Region(open_at[0], open_at[1], start, end, False))
            open_at = None
    return regions
