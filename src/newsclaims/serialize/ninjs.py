"""Article -> IPTC ninjs 3.1 (news in JSON), valid against the official 3.0 and 3.1 schemas.

ninjs has no field for keywords, section, authors or publisher, so they go where
ninjs readers look for them: keywords and section as ``subjects`` with ``rel``
"keyword" and "section", authors as ``people`` with ``rel`` "author", the publisher
as an ``infoSources`` entry with ``role`` "publisher". Dates must be RFC 3339
date-times: a date alone becomes midnight UTC, a missing offset is read as UTC.
"""

from __future__ import annotations

import re
from typing import Any

from newsclaims.model import Article

__all__ = ["NINJS_SCHEMA", "NINJS_VERSION", "to_ninjs"]

NINJS_VERSION = "3.1"
"""The ninjs version written."""
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
"""The schema the output claims to follow (its ``$id``)."""

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NO_SECONDS = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?=$|Z|[+-])")
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")
_COMPACT_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")


def rfc3339(value: str) -> str:
    """An ISO 8601 date (as the model holds it) written as the RFC 3339 date-time ninjs requires."""
    if _DATE_ONLY.match(value):
        return f"{value}T00:00:00Z"
    value = _NO_SECONDS.sub(r"\1:00", value)
    if not _OFFSET.search(value):
        return f"{value}Z"
    return _COMPACT_OFFSET.sub(r"\1:\2", value)


def to_ninjs(article: Article) -> dict[str, Any]:
    """The article as a ninjs 3.1 news object (a JSON-ready dict)."""
    doc: dict[str, Any] = {
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "uri": article.url or f"urn:newsclaims:article:{article.id}",
        "type": "text",
    }
    if article.language:
        doc["language"] = article.language
    if article.headline is not None:
        doc["headlines"] = [{"role": "main", "value": article.text_of(article.headline)}]
    if article.standfirst is not None:
        doc["descriptions"] = [
            {"role": "summary", "contentType": "text/plain", "value": article.text_of(article.standfirst)}
        ]
    paragraphs = [article.text_of(span) for span in article.paragraphs]
    if paragraphs:
        doc["bodies"] = [{"role": "text", "contentType": "text/plain", "value": "\n\n".join(paragraphs)}]
    if article.byline is not None:
        doc["by"] = article.text_of(article.byline)
    elif article.authors:
        doc["by"] = ", ".join(article.authors)
    if article.dateline is not None:
        doc["located"] = article.text_of(article.dateline)
    if article.date_published:
        doc["firstCreated"] = rfc3339(article.date_published)
    if article.date_modified or article.date_published:
        doc["versionCreated"] = rfc3339(article.date_modified or article.date_published or "")
    subjects = [{"name": name} for name in article.subjects]
    subjects += [{"name": name, "rel": "keyword"} for name in article.keywords]
    if article.section:
        subjects.append({"name": article.section, "rel": "section"})
    if subjects:
        doc["subjects"] = subjects
    if article.authors:
        doc["people"] = [{"name": name, "rel": "author"} for name in article.authors]
    if article.publisher:
        doc["infoSources"] = [{"name": article.publisher, "role": "publisher"}]
    return doc
