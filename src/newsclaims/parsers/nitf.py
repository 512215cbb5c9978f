"""NITF 3.x -> Article, and the text assembly every structured format shares.

Structured formats already know their parts, so the text is built from them
(headline, standfirst, byline, dateline, paragraphs separated by blank lines) and the
layout points into that text instead of being guessed.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable

from lxml import etree

from newsclaims.errors import InputError, LenientReadWarning
from newsclaims.extract.layout import Layout
from newsclaims.extract.pipeline import Metadata, analyze
from newsclaims.model import Article, SourceFormat, Span
from newsclaims.parsers.jsonld_blocks import normalize_date
from newsclaims.parsers.safexml import parse_xml

__all__ = ["assemble", "nitf_parts", "parse_nitf"]

_SPACE = re.compile(r"\s+")
# ISO 8601 basic format, as NITF's norm attributes often hold it: 20240301T091500+0100.
_BASIC_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$")


def clean(text: str | None) -> str:
    """Collapse whitespace; None -> ''."""
    return _SPACE.sub(" ", text or "").strip()


def iso_date(value: object) -> str | None:
    """An ISO 8601 date for a published date, or None with a warning when it cannot be read."""
    if not isinstance(value, str) or not value.strip():
        return None
    basic = _BASIC_DATE.match(value.strip())
    if basic:
        y, m, d, hh, mm, ss, zone = basic.groups()
        value = f"{y}-{m}-{d}" + (f"T{hh}:{mm}:{ss or '00'}{zone or ''}" if hh else "")
    found = normalize_date(value) or normalize_date(value.strip().replace(".", "-", 2))
    if found is None:
        warnings.warn(f"unreadable date {value[:40]!r} left out", LenientReadWarning, stacklevel=3)
    return found


def assemble(
    *,
    source_format: SourceFormat,
    headline: str = "",
    standfirst: str = "",
    byline: str = "",
    dateline: str = "",
    paragraphs: Iterable[str] = (),
    url: str | None = None,
    date_published: str | None = None,
    date_modified: str | None = None,
    publisher: str | None = None,
    authors: Iterable[str] = (),
    keywords: Iterable[str] = (),
    subjects: Iterable[str] = (),
    language: str | None = None,
    section: str | None = None,
) -> Article:
    """Build the article text from known parts and run the extraction pipeline on it."""
    pieces: list[str] = []
    offset = 0
    spans: dict[str, Span] = {}
    body: list[Span] = []

    def add(piece: str, kind: str | None) -> None:
        nonlocal offset
        piece = clean(piece)
        if not piece:
            return
        if pieces:
            offset += 2
        span = Span(start=offset, end=offset + len(piece))
        pieces.append(piece)
        offset += len(piece)
        if kind is None:
            body.append(span)
        else:
            spans[kind] = span

    add(headline, "headline")
    add(standfirst, "standfirst")
    add(byline, "byline")
    add(dateline, "dateline")
    for paragraph in paragraphs:
        add(paragraph, None)
    text = "\n\n".join(pieces)
    if not text:
        raise InputError(f"no text found in this {source_format} document")
    layout = Layout(
        headline=spans.get("headline"),
        byline=spans.get("byline"),
        dateline=spans.get("dateline"),
        paragraphs=tuple(body),
    )
    metadata = Metadata(
        source_format=source_format,
        url=url or None,
        standfirst=spans.get("standfirst"),
        date_published=iso_date(date_published),
        date_modified=iso_date(date_modified),
        publisher=clean(publisher) or None,
        authors=tuple(dict.fromkeys(a for a in (clean(x) for x in authors) if a)),
        keywords=tuple(dict.fromkeys(k for k in (clean(x) for x in keywords) if k)),
        subjects=tuple(dict.fromkeys(s for s in (clean(x) for x in subjects) if s)),
        language=clean(language) or None,
        section=clean(section) or None,
    )
    return analyze(text, metadata, layout=layout)


def local(element: etree._Element) -> str:
    """The tag name without namespace ('' for comments and the like)."""
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def find(root: etree._Element, name: str) -> etree._Element | None:
    """First descendant (or self) with this local name, whatever its namespace."""
    for element in root.iter():
        if local(element) == name:
            return element
    return None


def find_all(root: etree._Element, name: str) -> list[etree._Element]:
    """Every descendant with this local name, whatever its namespace."""
    return [element for element in root.iter() if local(element) == name]


def text_of(element: etree._Element | None) -> str:
    """All text inside an element, whitespace collapsed."""
    return "" if element is None else clean("".join(str(t) for t in element.itertext()))


_BLOCKS = frozenset({"p", "hl2", "hl1", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt"})


def block_texts(body: etree._Element) -> list[str]:
    """Paragraph-level texts of a body (NITF body.content or XHTML body), in order."""
    out: list[str] = []
    for element in body.iter():
        if local(element) in _BLOCKS and not any(local(a) in _BLOCKS for a in element.iterancestors()):
            piece = text_of(element)
            if piece:
                out.append(piece)
    if not out:
        piece = text_of(body)
        if piece:
            out.append(piece)
    return out


def nitf_parts(nitf: etree._Element) -> dict[str, object]:
    """The parts of an NITF element, as keyword arguments for :func:`assemble`."""
    head = find(nitf, "head")
    body = find(nitf, "body")
    body_head = find(body, "body.head") if body is not None else None
    content = find(body, "body.content") if body is not None else None
    headline = text_of(find(body_head, "hl1")) if body_head is not None else ""
    if not headline and head is not None:
        headline = text_of(find(head, "title"))
    standfirst = text_of(find(body_head, "abstract")) if body_head is not None else ""
    if not standfirst and body_head is not None:
        standfirst = text_of(find(body_head, "hl2"))
    bylines = find_all(body_head, "byline") if body_head is not None else []
    byline = " ".join(text_of(b) for b in bylines)
    authors = [text_of(p) for b in bylines for p in find_all(b, "person")]
    dateline_el = find(body_head, "dateline") if body_head is not None else None
    dateline = text_of(dateline_el)
    issue = find(head, "date.issue") if head is not None else None
    release = find(head, "date.release") if head is not None else None
    published = (issue.get("norm") if issue is not None else None) or (
        release.get("norm") if release is not None else None
    )
    keywords = [k.get("key") or "" for k in find_all(head, "keyword")] if head is not None else []
    subjects: list[str] = []
    section = None
    if head is not None:
        for subject in find_all(head, "tobject.subject"):
            subjects.append(
                subject.get("tobject.subject.matter")
                or subject.get("tobject.subject.type")
                or subject.get("tobject.subject.refnum")
                or ""
            )
        tobject = find(head, "tobject")
        section = tobject.get("tobject.type") if tobject is not None else None
    doc_src = find(head, "doc-id") if head is not None else None
    paragraphs = block_texts(content) if content is not None else []
    if not paragraphs and body is not None and content is None:
        paragraphs = [p for el in find_all(body, "p") if (p := text_of(el))]
    language = nitf.get("baselang") or nitf.get("{http://www.w3.org/XML/1998/namespace}lang")
    return {
        "headline": headline,
        "standfirst": standfirst,
        "byline": byline,
        "dateline": dateline,
        "paragraphs": paragraphs,
        "date_published": published,
        "authors": authors,
        "keywords": keywords,
        "subjects": subjects,
        "language": language,
        "section": section,
        "publisher": doc_src.get("regsrc") if doc_src is not None else None,
    }


def parse_nitf(data: str | bytes, *, url: str | None = None) -> Article:
    """Read an NITF 3.x document (untrusted XML, parsed safely) into an Article."""
    root = parse_xml(data, source=url)
    nitf = root if local(root) == "nitf" else find(root, "nitf")
    if nitf is None:
        raise InputError(f"not an NITF document (root element is {local(root)!r})", source=url)
    parts = nitf_parts(nitf)
    return assemble(source_format="nitf", url=url, **parts)  # type: ignore[arg-type]
