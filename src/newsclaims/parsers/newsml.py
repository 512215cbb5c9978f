"""NewsML-G2 -> Article. :func:`parse_newsml` returns one Article per document.

What gives an Article, and from which words (always through :func:`assemble`, so the
spans point into the text it builds):

- a newsItem: its inline NITF, XHTML or plain text; without one (a picture, a video, a
  story sent by reference) its own words: headline, descriptions, dateline. Inline XML
  of data vocabularies (SportsML statistics, EventsML events) is data, not text, and is
  left out rather than flattened into word salad.
- a packageItem or a bare groupSet: the package headline, then the title (or headline)
  and descriptions of every item it references, in package order: groups are followed
  from the root group; of an ``alt`` group only the first alternative is read, since
  the others are the same items in another rendition.
- a newsMessage: the first news item with an inline body; else the first news item with
  any words of its own; else the first package that has some. One Article per call, so
  the other items of the message are not read.
- a fragment as the documentation shows them (contentMeta, contentSet): its words.

Refused with UnsupportedFormatError, because they are not news reports: concept,
knowledge and catalog items (they describe people, events and vocabularies), planning
items (they announce coverage to come: assignments, schedules, notes to editors; the
report arrives later as a news item), and news items whose only content is data.
A document whose items carry no words at all raises InputError.
"""

from __future__ import annotations

from lxml import etree

from newsclaims.errors import InputError, UnsupportedFormatError
from newsclaims.model import Article
from newsclaims.parsers.nitf import assemble, block_texts, clean, find, find_all, local, nitf_parts, text_of
from newsclaims.parsers.safexml import parse_xml

__all__ = ["parse_newsml"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XHTML_NS = "http://www.w3.org/1999/xhtml"
_XHTML_ROOTS = frozenset({"html", "body", "article", "section", "div", "p"})

# Item kinds that describe or plan news rather than report it, and why (the message users see).
_NOT_NEWS = {
    "conceptItem": "concept item describes one concept (a person, an organisation, an event, a topic)",
    "knowledgeItem": "knowledge item is a set of concepts (a vocabulary, a list of events or people)",
    "catalogItem": "catalog item maps vocabulary schemes to their URIs",
    "catalog": "catalog maps vocabulary schemes to their URIs",
    "planningItem": (
        "planning item announces coverage to come (assignments, schedules, notes to editors); "
        "the report itself arrives later as a news item"
    ),
}

Parts = dict[str, object]


def _children(element: etree._Element | None, name: str) -> list[etree._Element]:
    """Direct children with this local name: the spec's properties, not look-alikes nested deeper."""
    return [] if element is None else [child for child in element if local(child) == name]


def _child(element: etree._Element | None, name: str) -> etree._Element | None:
    """The first direct child with this local name (a property the spec allows once)."""
    return next(iter(_children(element, name)), None)


def _child_text(element: etree._Element | None, name: str) -> str:
    return text_of(_child(element, name))


def _body(item: etree._Element) -> tuple[Parts | None, str | None]:
    """The item's inline body as assemble() parts, or None and the data vocabulary it holds instead."""
    vocabulary = None
    for inline in find_all(item, "inlineXML"):
        for top in inline:
            if not isinstance(top.tag, str):
                continue
            name = local(top)
            if name == "nitf":
                return nitf_parts(top), None
            if name in _XHTML_ROOTS or etree.QName(top).namespace == _XHTML_NS:
                body = find(top, "body")
                paragraphs = block_texts(body if body is not None else top)
                if paragraphs:
                    return {"paragraphs": paragraphs, "headline": text_of(find(top, "title"))}, None
            else:
                vocabulary = vocabulary or name
    for inline in find_all(item, "inlineData"):
        if not (inline.get("contenttype") or "text/plain").startswith("text/plain"):
            continue
        paragraphs = [p for p in (clean(raw) for raw in (inline.text or "").split("\n\n")) if p]
        if paragraphs:
            return {"paragraphs": paragraphs}, None
    return None, vocabulary


def _meta(item: etree._Element) -> Parts:
    """Metadata and the item's own words (headline, descriptions, dateline) from its contentMeta."""
    content_meta = item if local(item) == "contentMeta" else _child(item, "contentMeta")
    item_meta = _child(item, "itemMeta")
    descriptions = [d for d in (text_of(e) for e in _children(content_meta, "description")) if d]
    subjects = []
    for subject in _children(content_meta, "subject"):
        subjects.append(_child_text(subject, "name") or subject.get("qcode") or subject.get("literal") or "")
    language = _child(content_meta, "language")
    provider = _child(item_meta, "provider")
    guid = item.get("guid") or ""
    return {
        "headline": _child_text(content_meta, "headline"),
        "standfirst": descriptions[0] if descriptions else "",
        # Further descriptions (a video's shot list, a script) are the item's words too.
        "paragraphs": descriptions[1:],
        "byline": _child_text(content_meta, "by"),
        "dateline": _child_text(content_meta, "dateline"),
        "keywords": [text_of(k) for k in _children(content_meta, "keyword")],
        "subjects": subjects,
        "authors": [_child_text(c, "name") for c in _children(content_meta, "creator")],
        "date_published": _child_text(content_meta, "contentCreated")
        or _child_text(item_meta, "firstCreated")
        or _child_text(item_meta, "versionCreated")
        or None,
        "date_modified": _child_text(content_meta, "contentModified") or None,
        "language": (language.get("tag") if language is not None else None) or item.get(_XML_LANG),
        "publisher": (_child_text(provider, "name") or provider.get("literal") or provider.get("qcode"))
        if provider is not None
        else None,
        # A guid is kept only when it is a web address: urn: and tag: ids are not URLs.
        "url": guid if guid.startswith(("http://", "https://")) else None,
    }


def _has_words(parts: Parts) -> bool:
    return any(parts.get(key) for key in ("headline", "standfirst", "byline", "dateline", "paragraphs"))


def _package_paragraphs(package: etree._Element) -> list[str]:
    """Titles and descriptions of the items a package references, in package order."""
    group_set = package if local(package) == "groupSet" else _child(package, "groupSet")
    groups = {g.get("id"): g for g in _children(group_set, "group")}
    if group_set is None or not groups:
        return []
    start = groups.get(group_set.get("root"))
    if start is None:
        start = next(iter(groups.values()))

    def members(group: etree._Element) -> list[etree._Element]:
        found = [m for m in group if local(m) in ("itemRef", "groupRef")]
        return found[:1] if (group.get("mode") or "").endswith(":alt") else found

    paragraphs: list[str] = []
    seen = {start.get("id")}
    stack = [iter(members(start))]  # explicit stack: a long chain of groupRefs must not hit the recursion limit
    while stack:
        member = next(stack[-1], None)
        if member is None:
            stack.pop()
        elif local(member) == "itemRef":
            title = _child_text(member, "title") or _child_text(member, "headline")
            paragraphs.extend(p for p in (title, *(text_of(d) for d in _children(member, "description"))) if p)
        elif (idref := member.get("idref")) not in seen and idref in groups:
            seen.add(idref)
            stack.append(iter(members(groups[idref])))
    return paragraphs


def _article(parts: Parts, url: str | None) -> Article:
    return assemble(source_format="newsml", **{**parts, "url": url or parts.get("url")})  # type: ignore[arg-type]


def _merge(meta: Parts, content: Parts) -> Parts:
    """The body's parts over the item's metadata: its paragraphs replace the extra descriptions."""
    merged = dict(meta)
    for key, value in content.items():
        if key == "paragraphs" or (value and not merged.get(key)):
            merged[key] = value
    paragraphs = merged["paragraphs"]
    if isinstance(paragraphs, list) and paragraphs and paragraphs[0] == merged.get("headline"):
        merged["paragraphs"] = paragraphs[1:]  # an XHTML body often repeats the headline as its <h1>
    return merged


def parse_newsml(data: str | bytes, *, url: str | None = None) -> Article:
    """Read a NewsML-G2 document into one Article (which item and which words: see the module docstring)."""
    root = parse_xml(data, source=url)
    kind = local(root)
    if kind in _NOT_NEWS:
        raise UnsupportedFormatError(f"not a news article: a NewsML-G2 {_NOT_NEWS[kind]}", source=url)
    if kind == "newsMessage":
        items, packages = find_all(root, "newsItem"), find_all(root, "packageItem")
    elif kind in ("packageItem", "groupSet"):
        items, packages = [], [root]
    else:
        items, packages = [root], []  # a newsItem, or a fragment (contentSet, contentMeta) as the docs show them
    vocabularies = []
    for item in items:
        content, vocabulary = _body(item)
        if content is not None:
            return _article(_merge(_meta(item), content), url)
        if vocabulary:
            vocabularies.append(vocabulary)
    for item in items:
        parts = _meta(item)
        if _has_words(parts):
            return _article(parts, url)
    for package in packages:
        parts = _meta(package) if kind != "groupSet" else {}
        extra = parts.get("paragraphs")
        parts["paragraphs"] = [*(extra if isinstance(extra, list) else []), *_package_paragraphs(package)]
        if _has_words(parts):
            return _article(parts, url)
    if vocabularies:
        raise UnsupportedFormatError(
            f"not a news article: a NewsML-G2 news item whose only content is <{vocabularies[0]}> data "
            "(no headline, description or text)",
            source=url,
        )
    if kind == "newsMessage" and not items and not packages:
        kinds = sorted({local(e) for e in root.iter() if local(e) in _NOT_NEWS})
        if kinds:
            raise UnsupportedFormatError(
                f"not a news article: a NewsML-G2 news message holding only {', '.join(kinds)}", source=url
            )
    what = f"{len(items)} news item(s) and {len(packages)} package(s)" if kind == "newsMessage" else kind
    raise InputError(f"NewsML-G2 {what} without any text: no headline, description, dateline or body", source=url)
