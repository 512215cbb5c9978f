"""Hardened XML and HTML loading for input from outside.

Entities are never resolved, DTDs never loaded, the network never touched; a DOCTYPE
that declares entities (billion laughs, XXE) is refused before lxml sees it, as are
documents that are too big or too deep.
"""

from __future__ import annotations

import re

from lxml import etree, html

from newsclaims.errors import InputError, UnsafeInputError
from newsclaims.parsers.encoding import decode

__all__ = ["MAX_BYTES", "MAX_DEPTH", "parse_html_tree", "parse_xml"]

MAX_BYTES = 20_000_000
"""Largest document accepted, in bytes (or characters for text)."""
MAX_DEPTH = 200
"""Deepest element nesting accepted (libxml2 itself stops at 256 without huge_tree)."""

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_EXTERNAL_ID = re.compile(rb"<!DOCTYPE[^>\[]*\b(SYSTEM|PUBLIC)\b", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _check_depth(root: etree._Element, source: str | None) -> None:
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise UnsafeInputError(f"document nested deeper than {MAX_DEPTH} elements", source=source)
        stack.extend((child, depth + 1) for child in element)


def parse_xml(data: str | bytes, *, source: str | None = None) -> etree._Element:
    """Parse untrusted XML; raise UnsafeInputError on entity declarations, size or depth, InputError if broken.

    Bytes are decoded by :func:`~newsclaims.parsers.encoding.decode` first (BOM, strict UTF-8, the declared
    charset, detection), so a UTF-8 file that declares ISO-8859-1 reads right; libxml2 then reads UTF-8.
    """
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise UnsafeInputError(f"document larger than {MAX_BYTES} bytes", source=source)
        data = decode(data)
    raw = _XML_DECL.sub("", data, count=1).encode("utf-8")
    if len(raw) > MAX_BYTES:
        raise UnsafeInputError(f"document larger than {MAX_BYTES} bytes", source=source)
    doctype = _DOCTYPE.search(raw[:65536]) or (_DOCTYPE.search(raw) if b"<!" in raw else None)
    if doctype is not None:
        if _ENTITY_DECL.search(raw):
            raise UnsafeInputError("DOCTYPE declares entities (entity expansion or external entity)", source=source)
        if _EXTERNAL_ID.search(raw):
            raise UnsafeInputError("DOCTYPE refers to an external DTD", source=source)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as error:
        if "depth" in str(error).lower() or "huge" in str(error).lower():
            raise UnsafeInputError(f"document nested too deep or too big: {error}", source=source) from None
        raise InputError(f"not well-formed XML: {error}", source=source) from None
    except (ValueError, LookupError) as error:
        raise InputError(f"unreadable XML: {error}", source=source) from None
    if root is None:
        raise InputError("empty XML document", source=source)
    _check_depth(root, source)
    return root


def parse_html_tree(page: str | bytes, *, source: str | None = None) -> etree._Element:
    """Parse an untrusted HTML page with lxml.html (no network, no entities); raise InputError if empty."""
    text = decode(page) if isinstance(page, bytes) else page
    if len(text) > MAX_BYTES:
        raise UnsafeInputError(f"page larger than {MAX_BYTES} characters", source=source)
    text = _XML_DECL.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        raise InputError("empty HTML page", source=source)
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise InputError(f"unreadable HTML: {error}", source=source) from None
    if root is None:
        raise InputError("empty HTML page", source=source)
    return root
