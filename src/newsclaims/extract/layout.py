"""Layout of a plain-text article: headline, byline, dateline, paragraphs, footer.

Plain-text news comes in a few shapes: paragraphs split by blank lines (PolNeAR, most
agency copy) or by single line ends (seed 000), a headline on the first line or none,
sometimes a byline, a dateline opening the first paragraph, and furniture at the end
(related links, social prompts, a keyword footer). Everything found is a span into the
text exactly as given, trimmed of white space; nothing is normalised.

The finder works line by line with precompiled patterns: one pass to cut lines, a
bounded look at the first and last lines, one pass to build paragraphs. It is linear
in the text and never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from newsclaims.model import Span

# Marks that open a list item (hyphen, dashes, bullets, arrows).
_BULLET = re.compile(r"[-–—•*·▪►◦‣>]\s")
_HAS_WORD = re.compile(r"\w")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_TERMINAL = re.compile(r"[.!?…]+[\"'”’»)\]]*$")

# A headline is short: the longest of 924 PolNeAR headlines has 22 words.
_HEADLINE_WORDS = 30
_HEADLINE_WORDS_PUNCTUATED = 24
_TITLE_CASE = 0.75

# "By Jane Doe", "By JANE DOE and John Smith, Reuters", "By Jane Doe | AP".
_BYLINE = re.compile(
    r"(?:By|BY)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&|de|da|di|van|von|der|den|la|le|del|bin|al|el))*)"
    r"(?P<rest>\s*(?:[,|/(—–-].{0,80})?)"
)
_BYLINE_CHARS = 120

# Datelines: "MINSK, Nov 24 (Reuters) -", "WASHINGTON —", "DES MOINES, Iowa (AP) —",
# "CHARLESTON, S.C. —", "New York (AFP) –". An upper-case place may stand alone; a
# place in mixed case needs the agency in brackets, else "Mehmet Oz — ..." would be one.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:,\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
_REGION = r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})"
_AGENCY = r"\s*\(\s*[A-Z][\w .&'’-]{0,30}\)"
_DASH = r"\s*(?:—|–|--|-)(?=\s)"
# Kickers in capitals ("EXCLUSIVE – ...") open headlines, not datelines.
_KICKER = r"(?!(?:EXCLUSIVE|BREAKING|UPDATE|UPDATED|WATCH|LIVE|VIDEO|OPINION|ANALYSIS|EDITORIAL|REVIEW|COMMENTARY)\b)"
_DATELINE = re.compile(
    rf"{_KICKER}(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}{_REGION}?{_DATE}?(?:{_AGENCY})?{_DASH}"
    rf"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}{_REGION}?{_DATE}?{_AGENCY}{_DASH})"
)
# A dateline opens one of the first few body paragraphs (after an abstract, say).
_DATELINE_PARAGRAPHS = 3

# Keyword footers: "Tags: a, b" or a bare list of at least three short capitalised items.
_KEYWORD_PREFIX = re.compile(r"(?i:tags|keywords|topics|filed under|related topics|subjects)\s*[:：]\s*")
_KEYWORD_SPLIT = re.compile(r"\s*[,;|·•]\s*")
_KEYWORD_ITEM = re.compile(r"[A-Z0-9#@][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|of|and|the|de|for|in|on)){0,3}")
_KEYWORD_MIN = 3
_KEYWORD_CHARS = 40
_KEYWORD_LINE_CHARS = 400

# Lines that are page furniture wherever they stand. Source: the kinds of span PolNeAR's
# annotators marked "Discard" (section markers, embed markup with no text, photo credits).
# An embedded post with text in it stays body: its words are quoted.
_FURNITURE = re.compile(
    r"(?:ABSTRACT|FULL TEXT)\.?(?:\s+CORRECTION APPENDED\.?)?"
    r"|(?:</?[A-Za-z][^<>]*>\s*)+\.?"
    r"|(?:[\w.'’ -]{1,40}/)?(?:Getty Images|Getty|AP Photo|Shutterstock)(?:/[\w.'’ -]{1,40})*\.?"
    r"|\(?(?:Photo|Image|Caption|Photograph|Picture)s?(?: credit)?\s*:.{0,200}"
)

# Lines that are furniture at the end of an article: social prompts, subscription
# calls, credits, corrections, related-link headers. Source: PolNeAR "Discard" spans and
# the closing furniture of agency and web copy (Reuters "Reporting by", AP "Contributing:").
_CLOSING = re.compile(
    r"(?i:"
    r"follow\b.{0,100}(?:twitter|facebook|instagram|@\w)"
    r"|(?:twitter|facebook|instagram|e-?mail)\s*:\s*\S+"
    r"|(?:subscribe|sign up)\b"
    r"|like (?:us|the page|our page)\b"
    r"|share (?:this|and comment)\b"
    r"|read (?:more|the rest|the full|also)\b"
    r"|click here\b"
    r"|for more\b.{0,60}(?:sign up|check out|visit|newsletter|video)"
    r"|\(?(?:additional )?reporting by\b"
    r"|editing by\b"
    r"|.{0,160}\b(?:contributed (?:reporting|to this report))"
    r"|contributing\s*:"
    r"|corrections?\s*:"
    r"|editor['’]s note\s*:"
    r"|this (?:story|article|piece|post|report) (?:has been|was) updated"
    r"|(?:\(c\)\s*)?copyright\b|©|.*\ball rights reserved|our standards\s*:"
    r")"
)
# Headers after which list lines are related links, whatever their case.
_LINKS_HEADER = re.compile(
    r"(?i:related|related (?:articles|stories|links|coverage)|see also|also read|more from\b.{0,40}|"
    r"you may also like|recommended|more on this|read (?:more|next)|further reading)\s*:?"
)
# Hard-wrapped text: lines of 50 to 100 characters, all but the last of nearly one width.
_WRAP_MIN, _WRAP_MAX, _WRAP_EVEN = 50, 100, 0.75
_URL = re.compile(r"https?://|www\.")


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the parts of an article lie in its text.

    ``paragraphs`` are the body only: no headline, byline, dateline (the first paragraph
    starts after it) or furniture. ``boilerplate`` is every line kept out of the body, the
    keyword footer included; ``keyword_footer`` is that line alone and ``keywords`` its items.
    """

    headline: Span | None = None
    byline: Span | None = None
    dateline: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    keywords: tuple[str, ...] = ()
    keyword_footer: Span | None = None


@dataclass(slots=True)
class _Line:
    """One non-blank line, trimmed of white space."""

    start: int
    end: int
    value: str
    after_blank: bool
    """A blank line (or the start of the text) comes before it."""


def _lines(text: str) -> list[_Line]:
    """The non-blank lines of the text, trimmed, each knowing whether a blank line precedes it.

    Line breaks are those of ``str.splitlines`` ("\\r\\n" is one break; "\\r", "\\u2029" and the
    like are breaks too), so the spans never hold a break character at either end.
    """
    lines: list[_Line] = []
    position = 0
    blank = True  # the start of the text counts as a blank line
    for raw in text.splitlines(keepends=True):
        value = raw.strip()
        if value:
            start = position + len(raw) - len(raw.lstrip())
            lines.append(_Line(start, start + len(value), value, blank))
        blank = not value
        position += len(raw)
    return lines


def _words(value: str) -> list[str]:
    return _WORD.findall(value)


def _title_like(value: str) -> bool:
    """Most longer words capitalised, as in "Russia Could Work With US Against China"."""
    long_words = [w for w in _words(value) if len(w) >= 4]
    if len(long_words) < 2:
        return False
    capitals = sum(1 for w in long_words if w[0].isupper())
    return capitals >= _TITLE_CASE * len(long_words)


def _is_headline(line: _Line, following: _Line) -> bool:
    """Tell whether the first line reads as a headline rather than as the lede."""
    value = line.value
    words = len(_words(value))
    if not words or words > _HEADLINE_WORDS or _BULLET.match(value) or value[-1] in ",:":
        return False
    if _BYLINE.fullmatch(value) or _DATELINE.match(value) or _is_furniture(value):
        return False
    if following.value[0].islower() and not following.after_blank:
        return False  # a hard-wrapped lede goes on
    if not _TERMINAL.search(value):
        return True
    if following.after_blank and words <= _HEADLINE_WORDS_PUNCTUATED:
        return True
    return _title_like(value)


def _is_byline(value: str) -> bool:
    if len(value) > _BYLINE_CHARS:
        return False
    match = _BYLINE.fullmatch(value)
    if match is None:
        return False
    if value.endswith(".") and not value.endswith(("Jr.", "Sr.")):
        return not match.group("rest") and len(_words(match.group("name"))) <= 5
    return True


def _keywords(value: str) -> tuple[str, ...]:
    """The items of a keyword footer line, or () when the line is not one."""
    prefix = _KEYWORD_PREFIX.match(value)
    body = value[prefix.end() :] if prefix else value
    if len(body) > _KEYWORD_LINE_CHARS or not body or body[-1] in ".!?:" or '"' in body or "“" in body:
        return ()
    items = [item for item in _KEYWORD_SPLIT.split(body) if item]
    if prefix is None and (
        len(items) < _KEYWORD_MIN
        or any(len(item) > _KEYWORD_CHARS or not _KEYWORD_ITEM.fullmatch(item) for item in items)
    ):
        return ()
    return tuple(item.strip() for item in items if item.strip())


def _is_furniture(value: str) -> bool:
    """Section markers, embeds, photo credits and rules (no word at all) are never body."""
    return _FURNITURE.fullmatch(value) is not None or _HAS_WORD.search(value) is None


def _is_link_line(value: str) -> bool:
    """A list line that reads as a link: a title without a final period, or a URL."""
    if _URL.search(value):
        return True
    return not _TERMINAL.search(value) and len(_words(value)) <= _HEADLINE_WORDS


def _closing(lines: list[_Line], first: int) -> tuple[int, list[int], int | None, tuple[str, ...]]:
    """Walk back from the end over furniture: (first body-free index, furniture lines, footer, keywords)."""
    furniture: list[int] = []
    footer: int | None = None
    keywords: tuple[str, ...] = ()
    index = len(lines) - 1
    while index >= first:
        line = lines[index]
        value = line.value
        if footer is None and index > first and (found := _keywords(value)):
            footer, keywords = index, found
        elif _is_furniture(value) or _CLOSING.match(value) or _LINKS_HEADER.fullmatch(value):
            furniture.append(index)
        elif _BULLET.match(value):
            run = index
            while run - 1 >= first and _BULLET.match(lines[run - 1].value):
                run -= 1
            items = [lines[i].value for i in range(run, index + 1)]
            headed = run - 1 >= first and _LINKS_HEADER.fullmatch(lines[run - 1].value) is not None
            links = all(_is_link_line(item) for item in items)
            titled = sum(1 for item in items if _title_like(item) or _URL.search(item)) * 2 >= len(items)
            if not (links and (headed or titled)):
                break
            furniture.extend(range(index, run - 1, -1))
            index = run
        else:
            break
        index -= 1
    return index + 1, furniture, footer, keywords


def _wrapped(block: list[_Line]) -> bool:
    """A block hard-wrapped at a fixed width: lines of like length, none a list item."""
    if len(block) < 3:
        return False
    lengths = [line.end - line.start for line in block[:-1]]
    width = max(lengths)
    return (
        _WRAP_MIN <= width <= _WRAP_MAX
        and min(lengths) >= _WRAP_EVEN * width
        and block[-1].end - block[-1].start <= width + 5
        and not any(_BULLET.match(line.value) for line in block)
    )


def _continues(previous: _Line, line: _Line) -> bool:
    """A line that goes on with the sentence of the line before it (hard wrapping)."""
    return not line.after_blank and line.value[0].islower() and not _TERMINAL.search(previous.value)


def find_layout(text: str) -> Layout:
    """Split a plain-text article into headline, byline, dateline, paragraphs and furniture."""
    lines = _lines(text)
    if not lines:
        return Layout()
    first = 0
    headline = byline = None
    if len(lines) > 1 and _is_headline(lines[0], lines[1]):
        headline = Span(start=lines[0].start, end=lines[0].end)
        first = 1
    for index in range(first, min(first + 2, len(lines))):
        if _is_byline(lines[index].value):
            byline = Span(start=lines[index].start, end=lines[index].end)
            first = index + 1
            break
    end, closing, footer, keywords = _closing(lines, first)
    furniture = set(closing)
    paragraphs: list[Span] = []
    block: list[_Line] = []

    def flush() -> None:
        if not block:
            return
        if _wrapped(block):
            paragraphs.append(Span(start=block[0].start, end=block[-1].end))
        else:
            start = block[0]
            for previous, line in pairwise(block):
                if not _continues(previous, line):
                    paragraphs.append(Span(start=start.start, end=previous.end))
                    start = line
            paragraphs.append(Span(start=start.start, end=block[-1].end))
        block.clear()

    for index in range(first, end):
        line = lines[index]
        if _is_furniture(line.value):
            furniture.add(index)
            flush()
            continue
        if line.after_blank:
            flush()
        block.append(line)
    flush()

    dateline = None
    for position, paragraph in enumerate(paragraphs[:_DATELINE_PARAGRAPHS]):
        match = _DATELINE.match(text, paragraph.start, paragraph.end)
        if match is None:
            continue
        dateline = Span(start=paragraph.start, end=match.end())
        rest = match.end()
        while rest < paragraph.end and text[rest].isspace():
            rest += 1
        if rest < paragraph.end:
            paragraphs[position] = Span(start=rest, end=paragraph.end)
        else:
            del paragraphs[position]
        break

    boilerplate = [Span(start=lines[i].start, end=lines[i].end) for i in sorted(furniture)]
    footer_span = None
    if footer is not None:
        footer_span = Span(start=lines[footer].start, end=lines[footer].end)
        boilerplate.append(footer_span)
        boilerplate.sort(key=lambda span: span.start)
    return Layout(
        headline=headline,
        byline=byline,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        boilerplate=tuple(boilerplate),
        keywords=keywords,
        keyword_footer=footer_span,
    )
