"""NewsML-G2 -> Article: a newsItem (or the first one with text in a newsMessage).

Text comes from inlineXML holding NITF or XHTML, or from inlineData; a news item
without a body but with a headline or description (a picture, a video) gives an
Article of those. Items without text (concept, knowledge, planning items, packages) raise
UnsupportedFormatError: they describe things, they do not report them.
"""

from __future__ import annotations

from lxml import etree

from newsclaims.errors import UnsupportedFormatError
from newsclaims.model import Article
from newsclaims.parse.nitf import assemble, block_texts, clean, find, find_all, local, nitf_parts, text_of
from newsclaims.parse.safexml import parse_xml

__all__ = ["parse_newsml"]

_NOT_NEWS = frozenset({"conceptItem", "knowledgeItem", "planningItem", "packageItem", "catalog"})


def _content(item: etree._Element) -> dict[str, object] | None:
    for inline in find_all(item, "inlineXML"):
        nitf = find(inline, "nitf")
        if nitf is not None:
            return nitf_parts(nitf)
        html_el = find(inline, "html")
        body = find(html_el if html_el is not None else inline, "body")
        paragraphs = block_texts(body if body is not None else inline)
        title = find(html_el, "title") if html_el is not None else None
        if paragraphs:
            return {"paragraphs": paragraphs, "headline": text_of(title)}
    for inline in find_all(item, "inlineData"):
        raw = inline.text or ""
        paragraphs = [clean(p) for p in raw.split("\n\n") if clean(p)]
        if paragraphs:
            return {"paragraphs": paragraphs}
    return None


def _item_meta(item: etree._Element) -> dict[str, object]:
    content_meta = find(item, "contentMeta")
    item_meta = find(item, "itemMeta")
    meta: dict[str, object] = {}
    if content_meta is not None:
        meta["headline"] = text_of(find(content_meta, "headline"))
        meta["standfirst"] = text_of(find(content_meta, "description"))
        meta["byline"] = text_of(find(content_meta, "by"))
        meta["dateline"] = text_of(find(content_meta, "dateline"))
        meta["keywords"] = [text_of(k) for k in find_all(content_meta, "keyword")]
        subjects = []
        for subject in find_all(content_meta, "subject"):
            name = find(subject, "name")
            subjects.append(text_of(name) or subject.get("qcode") or "")
        meta["subjects"] = subjects
        meta["authors"] = [
            text_of(find(c, "name")) for c in find_all(content_meta, "creator") if find(c, "name") is not None
        ]
        created = find(content_meta, "contentCreated")
        modified = find(content_meta, "contentModified")
        meta["date_published"] = text_of(created) or None
        meta["date_modified"] = text_of(modified) or None
        language = find(content_meta, "language")
        meta["language"] = language.get("tag") if language is not None else None
    if not meta.get("date_published") and item_meta is not None:
        meta["date_published"] = text_of(find(item_meta, "firstCreated")) or text_of(find(item_meta, "versionCreated"))
    if not meta.get("language"):
        meta["language"] = item.get("{http://www.w3.org/XML/1998/namespace}lang")
    provider = find(item, "provider")
    if provider is not None:
        meta["publisher"] = text_of(find(provider, "name")) or provider.get("literal") or provider.get("qcode")
    return meta


def _merge(meta: dict[str, object], content: dict[str, object]) -> dict[str, object]:
    merged = dict(meta)
    for key, value in content.items():
        if key == "paragraphs" or (value and not merged.get(key)):
            merged[key] = value
    return merged


def parse_newsml(data: str | bytes, *, url: str | None = None) -> Article:
    """Read a NewsML-G2 newsItem or newsMessage with inline text into an Article."""
    root = parse_xml(data, source=url)
    items = [root] if local(root) == "newsItem" else find_all(root, "newsItem")
    if not items and local(root) not in _NOT_NEWS and not find_all(root, "packageItem"):
        items = [root]  # a fragment (contentSet, contentMeta) as the documentation shows them
    for item in items:
        content = _content(item)
        if content is None:
            continue
        parts = _merge(_item_meta(item), content)
        return assemble(source_format="newsml", url=url, **parts)  # type: ignore[arg-type]
    for item in items:
        # No body (a picture, a video, metadata only): the headline and description are its text.
        parts = _item_meta(item)
        if parts.get("headline") or parts.get("standfirst"):
            return assemble(source_format="newsml", url=url, **parts)  # type: ignore[arg-type]
    kinds = sorted({local(e) for e in root.iter() if local(e) in _NOT_NEWS or local(e) == "newsItem"})
    what = ", ".join(kinds) or local(root)
    raise UnsupportedFormatError(f"NewsML-G2 document without inline text ({what})", source=url)
