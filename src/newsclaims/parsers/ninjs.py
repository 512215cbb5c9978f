"""IPTC ninjs 3.x (news in JSON) -> Article.

The text is the main headline, the first description (as standfirst), ``by``,
``located`` (as dateline) and the body: a plain-text body split on blank lines, else
the paragraphs of an HTML body. ninjs 1.x/2.x keys (``headline``, ``body_text``,
``body_html``, ``description_text``) are read too.
"""

from __future__ import annotations

import json
from typing import Any

from newsclaims.errors import InputError
from newsclaims.model import Article
from newsclaims.parsers.encoding import decode
from newsclaims.parsers.nitf import assemble, block_texts, clean
from newsclaims.parsers.safexml import MAX_BYTES, parse_html_tree

__all__ = ["NINJS_KEYS", "parse_ninjs"]

NINJS_KEYS = frozenset(
    {"headlines", "bodies", "descriptions", "versionCreated", "firstCreated", "headline", "body_text", "body_html"}
)
"""Keys that mark a JSON object as ninjs (3.x and the older 1.x/2.x names)."""

_TEXT_ROLES = ("text", "main", "", None)
# The rel values serialize.ninjs writes for what ninjs has no field for.
_OUR_RELS = frozenset({"keyword", "section"})


def _pick(values: Any, prefer: tuple[str | None, ...] = ("main", "text", "", None)) -> tuple[str, str]:
    """The value and contentType of the preferred-role object of a ninjs array."""
    if not isinstance(values, list):
        return "", ""
    items = [v for v in values if isinstance(v, dict) and isinstance(v.get("value"), str)]
    for role in prefer:
        for item in items:
            if item.get("role") == role:
                return item["value"], str(item.get("contentType") or "")
    return (items[0]["value"], str(items[0].get("contentType") or "")) if items else ("", "")


def _html_paragraphs(markup: str) -> list[str]:
    try:
        tree = parse_html_tree(markup)
    except InputError:
        return []
    body = tree.find("body")
    return block_texts(body if body is not None else tree)


def _text_paragraphs(text: str) -> list[str]:
    return [p for p in (clean(chunk) for chunk in text.replace("\r\n", "\n").split("\n\n")) if p]


def _body(doc: dict[str, Any]) -> list[str]:
    bodies = doc.get("bodies")
    if isinstance(bodies, list):
        plain = [b for b in bodies if isinstance(b, dict) and isinstance(b.get("value"), str)]
        for body in plain:
            kind = str(body.get("contentType") or "")
            untyped_text = not kind and body.get("role") in _TEXT_ROLES and "<" not in body["value"]
            if kind.startswith("text/plain") or untyped_text:
                return _text_paragraphs(body["value"])
        for body in plain:
            paragraphs = _html_paragraphs(body["value"])
            if paragraphs:
                return paragraphs
    if isinstance(doc.get("body_text"), str):
        return _text_paragraphs(doc["body_text"])
    if isinstance(doc.get("body_html"), str):
        return _html_paragraphs(doc["body_html"])
    return []


def _names(values: Any, rel: str | None = None, key: str = "rel") -> list[str]:
    """Names of the objects of a ninjs array whose ``rel`` (or ``role``) is ``rel`` (None: any other)."""
    if not isinstance(values, list):
        return []
    out = []
    for value in values:
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            mark = value.get(key)
            if (rel is None and mark not in _OUR_RELS) or (rel is not None and mark == rel):
                out.append(value["name"])
    return out


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def parse_ninjs(data: str | bytes | dict[str, Any], *, url: str | None = None) -> Article:
    """Read a ninjs document (JSON text, bytes or an already loaded object) into an Article."""
    if isinstance(data, dict):
        doc: Any = data
    else:
        text = decode(data) if isinstance(data, bytes) else data
        if len(text) > MAX_BYTES:
            raise InputError(f"ninjs document larger than {MAX_BYTES} characters", source=url)
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError) as error:
            raise InputError(f"not JSON: {error}", source=url) from None
    if isinstance(doc, list) and doc and isinstance(doc[0], dict):
        doc = doc[0]  # a collection: its first item
    if not isinstance(doc, dict):
        raise InputError("a ninjs document is a JSON object", source=url)
    headline, _ = _pick(doc.get("headlines"))
    standfirst, kind = _pick(doc.get("descriptions"), ("summary", "text", "main", "", None))
    if kind.startswith("text/html"):
        standfirst = " ".join(_html_paragraphs(standfirst))
    language = _string(doc.get("language"))
    return assemble(
        source_format="ninjs",
        headline=headline or _string(doc.get("headline")) or _string(doc.get("title")) or "",
        standfirst=standfirst or _string(doc.get("description_text")) or "",
        byline=_string(doc.get("by")) or _string(doc.get("byline")) or "",
        dateline=_string(doc.get("located")) or "",
        paragraphs=_body(doc),
        url=url or _string(doc.get("uri")),
        date_published=_string(doc.get("firstCreated"))
        or _string(doc.get("contentCreated"))
        or _string(doc.get("versionCreated")),
        date_modified=_string(doc.get("versionCreated")) if doc.get("firstCreated") else None,
        publisher=next(iter(_names(doc.get("infoSources"), "publisher", "role")), None)
        or _string(doc.get("copyrightHolder")),
        authors=_names(doc.get("people"), "author"),
        keywords=_names(doc.get("subjects"), "keyword") + _strings(doc.get("keywords")),
        subjects=_names(doc.get("subjects")),
        language=language,
        section=next(iter(_names(doc.get("subjects"), "section")), None),
    )
