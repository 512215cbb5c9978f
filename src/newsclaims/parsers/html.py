"""HTML page -> Article: metadata from JSON-LD, OpenGraph and meta tags; body from markup.

The body is the page's ``<article>`` when it holds enough text, else the block a
readability-like score picks (paragraph text, less link text, lifted to parents);
navigation, ads, comments, share bars and related-links boxes are dropped first.
JSON-LD ``articleBody`` is the last resort.
"""

from __future__ import annotations

import re
from typing import Any, cast

from lxml import etree

from newsclaims.errors import InputError
from newsclaims.model import Article
from newsclaims.parsers.encoding import decode
from newsclaims.parsers.jsonld_blocks import iter_page_nodes, type_names
from newsclaims.parsers.nitf import assemble, clean, text_of
from newsclaims.parsers.safexml import parse_html_tree

__all__ = ["ARTICLE_TYPES", "parse_html"]

ARTICLE_TYPES = (
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "Article",
    "BlogPosting",
    "Report",
    "ScholarlyArticle",
    "ClaimReview",
    "WebPage",
)
"""schema.org types whose JSON-LD describes the article, most specific first (schema.org 30.0)."""

# Tags never part of the article body.
_DROP_TAGS = (
    "script", "style", "noscript", "nav", "aside", "footer", "form", "button",
    "iframe", "svg", "figure", "figcaption", "template", "select", "input", "header",
)  # fmt: skip
# class/id words of boilerplate boxes (readability's "unlikely candidates", trimmed).
_BOILERPLATE = re.compile(
    r"(^|[-_ ])(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|recommended|comments?|"
    r"disqus|advert|ads?|ad-slot|sponsor|promo|newsletter|subscribe|cookie|popup|modal|footer|"
    r"sidebar|widget|tags|author-bio|more-stories|read-more|trending|outbrain|taboola)($|[-_ ])",
    re.IGNORECASE,
)
# Page trailers that survive markup stripping (copyright lines, comment notices).
_TRAILER = re.compile(
    r"^(©|\(c\) |copyright\b|all rights reserved|comments are\b|read our republishing)", re.IGNORECASE
)
_BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "li", "blockquote", "pre"})
_MIN_PARAGRAPH = 25
_MIN_ARTICLE_TEXT = 200


def _meta(tree: etree._Element) -> dict[str, str]:
    """Meta tags by lower-cased name or property (first one wins)."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        value = clean(element.get("content"))
        if key and value and key not in found:
            found[key] = value
    return found


def _meta_all(tree: etree._Element, key: str) -> list[str]:
    return [
        clean(e.get("content"))
        for e in tree.iter("meta")
        if (e.get("property") or e.get("name") or "").strip().lower() == key and clean(e.get("content"))
    ]


def _article_node(page: str) -> dict[str, Any]:
    """The JSON-LD (or microdata) fields describing the article: the best-typed object's,
    completed by the other article-like objects' (a WebPage often holds the date); {} if none."""
    ranked: list[tuple[int, int, dict[str, Any]]] = []
    for order, found in enumerate(iter_page_nodes(page)):
        names = type_names(found.node)
        rank = next((i for i, kind in enumerate(ARTICLE_TYPES) if kind in names), None)
        if rank is not None:
            ranked.append((rank, order, found.node))
    merged: dict[str, Any] = {}
    for _, _, node in sorted(ranked, key=lambda r: (r[0], r[1])):
        for key, value in node.items():
            if key not in merged and value not in (None, "", [], {}):
                merged[key] = value
    return merged


def _text(value: Any) -> str:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return next((t for t in (_text(v) for v in value) if t), "")
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    return ""


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    name = _text(value)
    return [name] if name else []


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k for k in (clean(k) for k in value.split(",")) if k]
    if isinstance(value, list):
        return [k for v in value for k in _keywords(v)]
    return []


def _classes(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"


def _strip_boilerplate(root: etree._Element) -> None:
    doomed = [e for e in root.iter() if isinstance(e.tag, str) and e.tag in _DROP_TAGS]
    body = root.find("body")
    for element in root.iter():
        if element is root or element is body or not isinstance(element.tag, str):
            continue
        if element.tag in ("article", "main"):
            continue
        if _BOILERPLATE.search(_classes(element)):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            cast(Any, element).drop_tree()  # lxml.html elements (HtmlElement)


def _link_density(element: etree._Element, length: int) -> float:
    links = sum(len(text_of(a)) for a in element.iter("a"))
    return links / length if length else 1.0


def _paragraphs(container: etree._Element) -> list[str]:
    out: list[str] = []
    for element in container.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCK_TAGS:
            continue
        if any(isinstance(a.tag, str) and a.tag in _BLOCK_TAGS for a in element.iterancestors()):
            continue
        text = text_of(element)
        short_ok = element.tag in ("h2", "h3", "h4") or len(text) >= _MIN_PARAGRAPH
        if text and short_ok and _link_density(element, len(text)) < 0.5:
            out.append(text)
    while out and (len(out[-1]) < _MIN_PARAGRAPH or _TRAILER.match(out[-1])):
        out.pop()  # a trailing subheading introduces nothing; a copyright line is not the story
    return out


def _best_block(root: etree._Element) -> etree._Element | None:
    """The element whose paragraphs carry the most text (readability's content score)."""
    scores: dict[etree._Element, float] = {}
    for paragraph in root.iter("p"):
        text = text_of(paragraph)
        if len(text) < _MIN_PARAGRAPH:
            continue
        score = (1 + text.count(",") + min(len(text) // 100, 3)) * (1 - _link_density(paragraph, len(text)))
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    if not scores:
        return None
    return max(scores, key=lambda e: scores[e])


def _body(root: etree._Element) -> list[str]:
    articles = list(root.iter("article"))
    articles.sort(key=lambda a: len(text_of(a)), reverse=True)
    for article in articles[:1]:
        paragraphs = _paragraphs(article)
        if sum(map(len, paragraphs)) >= _MIN_ARTICLE_TEXT:
            return paragraphs
    block = _best_block(root)
    return _paragraphs(block) if block is not None else []


def parse_html(html: str | bytes, url: str | None = None) -> Article:
    """Read a web page into an Article (headline, dates, byline, body paragraphs and the rest)."""
    page = decode(html) if isinstance(html, bytes) else html
    root = parse_html_tree(page, source=url)
    node = _article_node(page)
    meta = _meta(root)
    h1 = root.find(".//h1")
    title = root.find(".//title")
    headline = (
        _text(node.get("headline"))
        or meta.get("og:title")
        or meta.get("twitter:title")
        or (text_of(h1) if h1 is not None else "")
        or (text_of(title) if title is not None else "")
    )
    standfirst = _text(node.get("description")) or meta.get("og:description") or meta.get("description") or ""
    authors = _names(node.get("author")) or _meta_all(root, "author") or _meta_all(root, "article:author")
    authors = [a for a in authors if not a.startswith("http")]
    canonical = next((clean(link.get("href")) for link in root.iter("link") if link.get("rel") == "canonical"), "")
    keywords = _keywords(node.get("keywords")) or _keywords(meta.get("news_keywords") or meta.get("keywords") or "")
    keywords = keywords or _meta_all(root, "article:tag")
    _strip_boilerplate(root)
    paragraphs = _body(root)
    if not paragraphs:
        body_text = _text(node.get("articleBody")) or _text(node.get("reviewBody"))
        paragraphs = [body_text] if body_text else []
    if paragraphs and clean(paragraphs[0]) == headline:
        paragraphs = paragraphs[1:]
    if paragraphs and standfirst and paragraphs[0] == standfirst:
        paragraphs = paragraphs[1:]
    try:
        return assemble(
            source_format="html",
            headline=headline,
            standfirst=standfirst,
            byline=", ".join(authors),
            paragraphs=paragraphs,
            url=canonical or meta.get("og:url") or _text(node.get("url")) or url,
            date_published=_text(node.get("datePublished"))
            or meta.get("article:published_time")
            or meta.get("date")
            or meta.get("pubdate"),
            date_modified=_text(node.get("dateModified")) or meta.get("article:modified_time"),
            publisher=_text(node.get("publisher")) or meta.get("og:site_name"),
            authors=authors,
            keywords=keywords,
            language=root.get("lang") or _text(node.get("inLanguage")) or meta.get("og:locale"),
            section=_text(node.get("articleSection")) or meta.get("article:section"),
        )
    except InputError:
        raise InputError("no headline or text found in this HTML page", source=url) from None
