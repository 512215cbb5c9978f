"""Pick the parser from the content: XML root, JSON keys, HTML markup, else plain text.

The file name is only a hint for plain text; the bytes decide, so a ``.xml`` that is
really HTML, or a ninjs file named ``.txt``, still reads right.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from newsclaims.errors import InputError, UnsupportedFormatError
from newsclaims.model import Article
from newsclaims.parsers.encoding import decode
from newsclaims.parsers.text import parse_text

if TYPE_CHECKING:
    from newsclaims.extract.gazetteer import Gazetteer

# The parsers of markup formats (and lxml under them) are imported where a document needs them:
# a plain-text article, as `newsclaims quotes` reads, never does, and starts faster without them.

__all__ = ["Format", "Parsed", "parse", "sniff"]

Format = Literal["text", "html", "nitf", "newsml", "ninjs", "jsonld"]
"""The formats :func:`parse` recognises (the model's SourceFormat)."""

# First element name after the prolog (declaration, comments, doctype).
_ROOT = re.compile(
    r"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*<([A-Za-z_][\w.:-]*)", re.S
)
_HTML = re.compile(r"<(html|body|head|article|p|div|meta|title)\b", re.IGNORECASE)
_NEWSML_ROOTS = frozenset({"newsItem", "newsMessage", "packageItem", "conceptItem", "knowledgeItem", "planningItem"})
_NEWSML_ROOTS_ALL = _NEWSML_ROOTS | {"catalog", "contentSet", "contentMeta", "itemMeta", "groupSet"}


@dataclass(frozen=True, slots=True)
class Parsed:
    """An article and the format it was read as."""

    article: Article
    format: Format


def _saved_page(value: object) -> str | None:
    """The HTML of a saved-page wrapper ``{"url": ..., "page": "<html>..."}``, as scrapers store pages."""
    if isinstance(value, dict):
        page = value.get("page") or value.get("html")
        if isinstance(page, str) and _HTML.search(page[:4096]):
            return page
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def looks_binary(text: str) -> bool:
    """Whether decoded bytes are binary data (an image, an archive) rather than a document:
    control characters or undecodable bytes in more than 5% of the first 4 KiB."""
    head = text[:4096]
    return bool(head) and len(_CONTROL.findall(head)) > 0.05 * len(head)


def sniff(text: str) -> Format | None:
    """The format of a document's text, from its content alone; None for XML or JSON we do not read."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if head[:1] in "{[":
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            return "text"
        first = value[0] if isinstance(value, list) and value else value
        if isinstance(first, dict):
            from newsclaims.parsers.ninjs import NINJS_KEYS

            if "@context" in first or "@type" in first or "@graph" in first:
                return "jsonld"
            if NINJS_KEYS & first.keys() or ("uri" in first and "type" in first):
                return "ninjs"
            if _saved_page(first) is not None:
                return "html"
        return None
    match = _ROOT.match(head)
    if match:
        root = match.group(1).split(":")[-1]
        if root == "nitf":
            return "nitf"
        if root in _NEWSML_ROOTS_ALL:
            return "newsml"
        if root.lower() == "html" or _HTML.search(head):
            return "html"
        if "iptc.org/std/nar" in head:
            return "newsml"
        return None  # XML of another vocabulary (an XSD, an RSS feed)
    if _HTML.search(head) and "</" in text:
        return "html"
    return None if looks_binary(head) else "text"


def _jsonld(text: str, url: str | None) -> Article:
    """A bare JSON-LD document: its article fields read as a page's JSON-LD would be."""
    value: Any = json.loads(text)
    node = value[0] if isinstance(value, list) and value else value
    if not isinstance(node, dict):
        raise UnsupportedFormatError("JSON-LD without an object", source=url)
    from newsclaims.parsers.html import parse_html

    script = json.dumps(value).replace("</", "<\\/")
    page = f'<html><head><script type="application/ld+json">{script}</script></head><body></body></html>'
    return parse_html(page, url).model_copy(update={"source_format": "jsonld"})


def parse(source: str | Path | bytes, *, url: str | None = None) -> Parsed:
    """Read any supported input (a path, bytes, or text) into an Article, saying which format it was.

    A ``str`` is the document itself; pass a ``Path`` to read a file.
    """
    from newsclaims.parsers.html import parse_html
    from newsclaims.parsers.newsml import parse_newsml
    from newsclaims.parsers.ninjs import parse_ninjs
    from newsclaims.parsers.nitf import parse_nitf
    from newsclaims.parsers.safexml import MAX_BYTES

    name = url
    if isinstance(source, Path):
        name = name or str(source)
        try:
            if source.stat().st_size > MAX_BYTES:
                raise InputError(f"file larger than {MAX_BYTES} bytes", source=name)
            data: str | bytes = source.read_bytes()
        except OSError as error:
            raise InputError(f"cannot read file: {error.strerror or error}", source=name) from None
    else:
        data = source
    text = decode(data) if isinstance(data, bytes) else data
    kind = sniff(text)
    if kind == "nitf":
        return Parsed(parse_nitf(data, url=url), kind)
    if kind == "newsml":
        return Parsed(parse_newsml(data, url=url), kind)
    if kind == "ninjs":
        return Parsed(parse_ninjs(text, url=url), kind)
    if kind == "jsonld":
        return Parsed(_jsonld(text, url), kind)
    if kind == "html":
        if text.lstrip()[:1] == "{":
            wrapper = json.loads(text)
            page = _saved_page(wrapper) or ""
            found_url = wrapper.get("url") if isinstance(wrapper.get("url"), str) else None
            return Parsed(parse_html(page, url=url or found_url), kind)
        return Parsed(parse_html(text, url=url), kind)
    if kind is None:
        what = (
            "binary data, not a news document"
            if looks_binary(text)
            else "neither HTML, NITF, NewsML-G2, ninjs, JSON-LD nor plain text"
        )
        raise UnsupportedFormatError(what, source=name)
    return Parsed(parse_text(text, url=url), "text")


TEXT_SUFFIXES = (".txt", ".text")
"""File endings read as plain text exactly as stored (offsets must point into the file)."""


def read_article(name: str, data: bytes, *, gazetteer: Gazetteer | None = None, claims: bool = True) -> Article:
    """The Article in one file's bytes: a ``.txt`` in UTF-8 is plain text exactly as stored (no newline
    translation); anything else, or text in another encoding, is detected from the content.
    ``claims=False`` skips claim finding for plain text (see ``parse_text``).

    Raises:
        InputError: the bytes are too large or cannot be read as any supported format.
    """
    if name.lower().endswith(TEXT_SUFFIXES):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass  # another encoding: detection decodes it
        else:
            return parse_text(text, gazetteer=gazetteer, claims=claims)
    from newsclaims.parsers.safexml import MAX_BYTES

    if len(data) > MAX_BYTES:
        raise InputError(f"file larger than {MAX_BYTES} bytes", source=name)
    return parse(data).article
