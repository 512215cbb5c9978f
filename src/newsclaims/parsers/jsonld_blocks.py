"""Structured data embedded in web pages: JSON-LD scripts and microdata, read leniently.

Real pages wrap their JSON-LD in HTML comments or CDATA sections, leave control
characters and trailing commas in it, concatenate several objects in one script and
escape it as HTML; others publish microdata (``itemscope``/``itemtype``/``itemprop``)
instead. This module finds all of it and hands back plain JSON values, so that the
readers of ClaimReview and NewsArticle metadata see one shape.

The API is small and total (nothing here raises on any ``str`` or ``bytes``):

- :func:`iter_jsonld` -- every ``<script type="application/ld+json">`` block of a page,
  parsed leniently, with what was repaired or why it could not be read;
- :func:`iter_microdata` -- every top-level microdata item, as a JSON-LD-shaped dict;
- :func:`iter_page_nodes` -- both of the above walked with :func:`iter_nodes`: every
  typed object of a page (what a NewsArticle or ClaimReview reader wants);
- :func:`iter_nodes` -- every typed object inside a JSON value (top-level arrays,
  ``@graph``, nested properties), with its path and inherited ``@context``;
- :func:`loads_lenient` -- the lenient JSON loader itself (raises ``InputError``);
- :func:`type_names` / :func:`has_type` -- ``@type`` compared as schema.org local names,
  case-insensitively ("ClaimReview", "claimreview", "http://schema.org/ClaimReview");
- :func:`normalize_date` -- schema.org Date/DateTime values as pages write them, to ISO 8601.
"""

from __future__ import annotations

import html as html_module
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from lxml import etree
from lxml import html as lxml_html
from pydantic import JsonValue

from newsclaims.errors import InputError

__all__ = [
    "JsonLdBlock",
    "JsonLdNode",
    "decode_page",
    "has_type",
    "iter_jsonld",
    "iter_microdata",
    "iter_nodes",
    "iter_page_nodes",
    "loads_lenient",
    "normalize_date",
    "type_names",
]

MAX_DEPTH = 64
"""Deepest nesting walked in a JSON value or microdata tree; deeper parts are skipped."""

# A page-level HTML comment (skipped: a commented-out script is not published) or a
# JSON-LD script element. Scanning both in one pass keeps scripts inside comments out.
_SCRIPT_OR_COMMENT = re.compile(
    r"<!--.*?(?:-->|\Z)|<script\b(?P<attrs>[^>]*)>(?P<body>.*?)(?:</script\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_LD_JSON_TYPE = re.compile(r"""\btype\s*=\s*["']?\s*application/(?:ld\+json|json\+ld)\b""", re.IGNORECASE)
# Wrappers that pages put around the JSON inside the script element.
_WRAPPER_HEAD = re.compile(r"^\s*(?:(?://|/\*)?\s*(?:<!--|<!\[CDATA\[)\s*(?:\*/)?\s*)+", re.DOTALL)
_WRAPPER_TAIL = re.compile(r"(?:\s*(?://|/\*)?\s*(?:-->|\]\]>)\s*(?:\*/)?)+\s*$", re.DOTALL)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Characters JSON forbids raw in strings; json's strict=False accepts them, but not outside strings.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_VALID_ESCAPES = frozenset('"\\/bfnrtu')

# Schema.org prefixes stripped from @type and itemtype values before comparing.
_TYPE_PREFIX = re.compile(r"^(?:https?://(?:www\.)?schema\.org/|schema:)", re.IGNORECASE)

# Microdata: which attribute holds a property's value, by element (WHATWG HTML, "Values").
_MICRODATA_URL_ATTRS = {
    "a": "href",
    "area": "href",
    "link": "href",
    "audio": "src",
    "embed": "src",
    "iframe": "src",
    "img": "src",
    "source": "src",
    "track": "src",
    "video": "src",
    "object": "data",
}
_MICRODATA_VALUE_ATTRS = {"meta": "content", "data": "value", "meter": "value", "time": "datetime"}


@dataclass(frozen=True)
class JsonLdBlock:
    """One JSON-LD script of a page: its parsed value, or why it could not be read."""

    index: int
    """Position of the script among the page's JSON-LD scripts, from 0."""
    offset: int
    """Character offset of the ``<script`` tag in the page."""
    data: JsonValue
    """The parsed value (``None`` also when unreadable: check ``error``)."""
    repairs: tuple[str, ...] = ()
    """What the lenient loader had to fix, in words ("trailing comma removed")."""
    error: str | None = None
    """Why the block could not be read; ``None`` when it was."""


@dataclass(frozen=True)
class JsonLdNode:
    """A typed object found inside a JSON value, with where it sits."""

    node: dict[str, JsonValue]
    """The object, as published."""
    path: str
    """Where it sits: ``[1]`` is the second block itself, ``[0]/@graph[2]`` an item of a graph."""
    context: JsonValue
    """The ``@context`` in force: the object's own, or the nearest enclosing one; ``None`` if absent."""


def decode_page(page: str | bytes) -> str:
    """Return the page as text: UTF-8 (with or without BOM), the declared charset, or a detected one.

    Never raises: undecodable bytes become U+FFFD, because losing one character is
    better than losing the page.
    """
    if isinstance(page, str):
        return page
    if page.startswith(b"\xef\xbb\xbf"):
        return page[3:].decode("utf-8", errors="replace")
    try:
        return page.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(page[:4096])
    if declared is not None:
        try:
            return page.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(page).best()
        if best is not None:
            return str(best)
    except Exception:  # pragma: no cover - charset_normalizer failing is not our reader failing
        pass
    return page.decode("utf-8", errors="replace")


def iter_jsonld(page: str | bytes) -> Iterator[JsonLdBlock]:
    """Yield every JSON-LD script of an HTML page, parsed leniently, in page order.

    Scripts inside page-level HTML comments are skipped (they are not published).
    An unreadable script is yielded with ``error`` set, so callers can warn about it
    and go on with the rest of the page.
    """
    text = decode_page(page)
    index = 0
    for match in _SCRIPT_OR_COMMENT.finditer(text):
        attrs = match.group("attrs")
        if attrs is None or not _LD_JSON_TYPE.search(attrs):
            continue
        body = match.group("body") or ""
        try:
            data, repairs = loads_lenient(body)
        except InputError as error:
            yield JsonLdBlock(index=index, offset=match.start(), data=None, error=error.reason)
        else:
            yield JsonLdBlock(index=index, offset=match.start(), data=data, repairs=repairs)
        index += 1


def loads_lenient(text: str | bytes) -> tuple[JsonValue, tuple[str, ...]]:
    """Parse JSON as pages publish it; return the value and the list of repairs made.

    Repairs, tried only when strict parsing fails: HTML-comment and CDATA wrappers,
    raw control characters, JavaScript comments, trailing commas, invalid escapes,
    HTML-escaped JSON, and several values concatenated (returned as a list).

    Raises:
        InputError: when no repair gives JSON; ``position`` is where parsing stopped.
    """
    source = decode_page(text) if isinstance(text, bytes) else text
    repairs: list[str] = []
    body = source.lstrip("\ufeff")
    head_removed = _WRAPPER_HEAD.sub("", body, count=1)
    # Only the end can hold a closing wrapper; looking at the tail keeps the scan linear.
    cut = max(0, len(head_removed) - 256)
    unwrapped = head_removed[:cut] + _WRAPPER_TAIL.sub("", head_removed[cut:], count=1)
    if unwrapped.strip() != body.strip():
        repairs.append("comment or CDATA wrapper removed")
    body = unwrapped.strip()
    if not body:
        raise InputError("empty JSON-LD block")
    try:
        return _load_all(body, repairs)
    except _JsonFailureError as first:
        failure = first
    cleaned, fixes = _clean(body)
    if fixes:
        try:
            return _load_all(cleaned, [*repairs, *fixes])
        except _JsonFailureError as second:
            failure = second
    if "&quot;" in body or "&#" in body:
        unescaped, fixes = _clean(html_module.unescape(body))
        try:
            return _load_all(unescaped, [*repairs, "HTML entities decoded", *fixes])
        except _JsonFailureError:
            pass
    raise InputError(f"not JSON: {failure.reason}", position=failure.position)


class _JsonFailureError(Exception):
    def __init__(self, reason: str, position: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.position = position


_DECODER = json.JSONDecoder(strict=False)
_SEPARATORS = re.compile(r"[\s,;]*")


def _load_all(body: str, repairs: list[str]) -> tuple[JsonValue, tuple[str, ...]]:
    """Decode one value, or several concatenated ones (as a list)."""
    values: list[JsonValue] = []
    position = 0
    try:
        while True:
            skip = _SEPARATORS.match(body, position)
            position = skip.end() if skip else position
            if position >= len(body):
                break
            value, position = _DECODER.raw_decode(body, position)
            values.append(value)
    except json.JSONDecodeError as error:
        raise _JsonFailureError(error.msg, error.pos) from None
    except (RecursionError, ValueError) as error:  # too deep, or numbers too long to convert
        raise _JsonFailureError(str(error) or type(error).__name__, position) from None
    if not values:
        raise _JsonFailureError("no JSON value", 0)
    if len(values) == 1:
        return values[0], tuple(repairs)
    return values, (*repairs, f"{len(values)} concatenated values read as a list")


def _clean(body: str) -> tuple[str, list[str]]:
    """One pass outside/inside strings: drop JS comments, trailing commas, bad escapes, control chars."""
    out: list[str] = []
    fixes: set[str] = set()
    i = 0
    length = len(body)
    in_string = False
    while i < length:
        char = body[i]
        if in_string:
            if char == "\\":
                following = body[i + 1] if i + 1 < length else ""
                if following in _VALID_ESCAPES and following:
                    out.append(body[i : i + 2])
                    i += 2
                    continue
                fixes.add("invalid escape removed")
                i += 1
                continue
            if char == '"':
                in_string = False
            elif char == "\n" or char == "\r" or char == "\t":
                pass  # accepted raw by strict=False
            elif _CONTROL.match(char):
                fixes.add("control character removed")
                i += 1
                continue
            out.append(char)
            i += 1
            continue
        if char == '"':
            in_string = True
        elif body.startswith("//", i):
            end = body.find("\n", i)
            i = length if end < 0 else end
            fixes.add("comment removed")
            continue
        elif body.startswith("/*", i):
            end = body.find("*/", i + 2)
            i = length if end < 0 else end + 2
            fixes.add("comment removed")
            continue
        elif char in "}]":
            # Drop a comma that directly precedes the closing bracket (whitespace allowed).
            back = len(out) - 1
            while back >= 0 and out[back] in " \t\r\n":
                back -= 1
            if back >= 0 and out[back] == ",":
                del out[back]
                fixes.add("trailing comma removed")
        elif _CONTROL.match(char):
            fixes.add("control character removed")
            i += 1
            continue
        out.append(char)
        i += 1
    return "".join(out), sorted(fixes)


def type_names(node: dict[str, JsonValue]) -> tuple[str, ...]:
    """The local names of a node's ``@type`` (or ``type``), schema.org prefixes stripped."""
    raw = node.get("@type", node.get("type"))
    values = raw if isinstance(raw, list) else [raw]
    return tuple(_TYPE_PREFIX.sub("", value.strip()) for value in values if isinstance(value, str) and value.strip())


def has_type(node: dict[str, JsonValue], *names: str) -> bool:
    """Whether the node has one of these types, compared case-insensitively on local names."""
    wanted = {name.casefold() for name in names}
    return any(name.casefold() in wanted for name in type_names(node))


def iter_nodes(value: JsonValue, *, path: str = "", context: JsonValue = None) -> Iterator[JsonLdNode]:
    """Yield every object with a ``@type`` inside ``value``, outermost first.

    Walks top-level arrays, ``@graph`` and every nested property, so a ClaimReview
    inside a WebPage's ``mainEntity`` or an API answer's ``item`` list is found.
    Objects deeper than :data:`MAX_DEPTH` are not visited.
    """
    yield from _walk(value, path, context, 0)


def _walk(value: JsonValue, path: str, context: JsonValue, depth: int) -> Iterator[JsonLdNode]:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for position, item in enumerate(value):
            yield from _walk(item, f"{path}[{position}]", context, depth + 1)
        return
    if not isinstance(value, dict):
        return
    own = value.get("@context")
    in_force = own if own is not None else context
    if type_names(value):
        yield JsonLdNode(node=value, path=path, context=in_force)
    for key, item in value.items():
        if isinstance(item, (dict, list)) and key != "@context":
            yield from _walk(item, f"{path}/{key}", in_force, depth + 1)


def iter_page_nodes(page: str | bytes) -> Iterator[JsonLdNode]:
    """Yield every typed object of a page: JSON-LD scripts first, then microdata items.

    Paths are ``[i]...`` for the i-th JSON-LD script and ``microdata[i]...`` for the i-th
    microdata item. Unreadable scripts are skipped here; use :func:`iter_jsonld` to
    report them.
    """
    text = decode_page(page)
    for block in iter_jsonld(text):
        if block.error is None:
            yield from iter_nodes(block.data, path=f"[{block.index}]")
    for index, item in enumerate(iter_microdata(text)):
        yield from iter_nodes(item, path=f"microdata[{index}]")


def iter_microdata(page: str | bytes) -> Iterator[dict[str, JsonValue]]:
    """Yield every top-level microdata item of a page as a JSON-LD-shaped dict.

    ``itemtype`` becomes ``@type`` (local name, with ``@context`` set to schema.org
    when the type is a schema.org one), ``itemid`` becomes ``@id``, and each
    ``itemprop`` a property: a nested item as an object, a repeated property as a list.
    """
    text = decode_page(page)
    if "itemscope" not in text.lower():
        return
    root = _parse_html(text)
    if root is None:
        return
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.get("itemscope") is not None and element.get("itemprop") is None:
            yield _microdata_item(element, 0)


def _parse_html(text: str) -> etree._Element | None:
    """Parse HTML with lxml from UTF-8 bytes (lxml refuses str with an encoding declaration)."""
    data = text.encode("utf-8", errors="replace")
    if not data.strip():
        return None
    try:
        parser = lxml_html.HTMLParser(encoding="utf-8")
        return lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _microdata_item(element: etree._Element, depth: int) -> dict[str, JsonValue]:
    item: dict[str, JsonValue] = {}
    itemtype = (element.get("itemtype") or "").split()
    if itemtype:
        names = [_TYPE_PREFIX.sub("", value) for value in itemtype]
        if depth == 0 and any(_TYPE_PREFIX.match(value) for value in itemtype):
            item["@context"] = "https://schema.org"
        item["@type"] = names[0] if len(names) == 1 else list(names)
    itemid = element.get("itemid")
    if itemid:
        item["@id"] = itemid.strip()
    if depth >= MAX_DEPTH:
        return item
    for prop_element in _item_properties(element):
        value: JsonValue
        if prop_element.get("itemscope") is not None:
            value = _microdata_item(prop_element, depth + 1)
        else:
            value = _microdata_value(prop_element)
        for name in (prop_element.get("itemprop") or "").split():
            key = _TYPE_PREFIX.sub("", name)
            if key in item and key not in ("@type", "@context", "@id"):
                existing = item[key]
                item[key] = [*existing, value] if isinstance(existing, list) else [existing, value]
            else:
                item[key] = value
    return item


def _item_properties(scope: etree._Element) -> Iterator[etree._Element]:
    """The elements carrying ``itemprop`` that belong to this item (not to a nested item)."""
    stack = list(reversed([child for child in scope if isinstance(child.tag, str)]))
    while stack:
        element = stack.pop()
        if element.get("itemprop") is not None:
            yield element
        if element.get("itemscope") is None:
            stack.extend(reversed([child for child in element if isinstance(child.tag, str)]))


def _microdata_value(element: etree._Element) -> str:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if "content" in element.attrib:
        return str(element.get("content") or "")
    attribute = _MICRODATA_URL_ATTRS.get(tag) or _MICRODATA_VALUE_ATTRS.get(tag)
    if attribute is not None and element.get(attribute) is not None:
        return str(element.get(attribute) or "")
    return " ".join("".join(str(part) for part in element.itertext()).split())


# ISO-like dates as pages write them: "2020-06-23 20:02", "2017-03-01 20:30:17 UTC",
# "2020-06-22T12:26:08+5:30", "2019-01-23T14:22:00+0100", "2020-7-5".
_ISO_LIKE = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:(?:T|\s+|T\s*)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?P<f>\.\d+)?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)
_SLASHED = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})$")
# English month-name forms ("April 19, 2019", "19 Apr 2019"), tried with strptime.
_MONTH_FORMATS = ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y")


def normalize_date(value: str) -> str | None:
    """An ISO 8601 date or date-time for a date as pages publish it, or ``None``.

    ISO-like forms are fixed up (space for ``T``, ``UTC`` for ``Z``, ``+5:30`` and
    ``+0100`` offsets written ``+05:30`` and ``+01:00``); RFC 2822 dates and English
    month names are read; dd/mm/yyyy only when the day is unambiguous (> 12).
    """
    text = " ".join(value.split())
    match = _ISO_LIKE.match(text)
    if match:
        return _iso_from_match(match)
    slashed = _SLASHED.match(text)
    if slashed:
        first, second, year = int(slashed["a"]), int(slashed["b"]), int(slashed["y"])
        if first > 12 >= second:
            return _valid_date(year, second, first)
        if second > 12 >= first:
            return _valid_date(year, first, second)
        return None
    for pattern in _MONTH_FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.isoformat()


def _valid_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso_from_match(match: re.Match[str]) -> str | None:
    day = _valid_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        return None
    if match["H"] is None:
        return day
    hour, minute = int(match["H"]), int(match["M"])
    second = int(match["S"]) if match["S"] is not None else None
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        return None
    clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}{match['f'] or ''}" if second is not None else "")
    zone = match["tz"]
    if zone is None:
        return f"{day}T{clock}"
    if zone.upper() in ("Z", "UTC", "GMT"):
        return f"{day}T{clock}Z"
    sign, digits = zone[0], zone[1:].replace(":", "")
    if ":" in zone:
        hours_text, minutes_text = zone[1:].split(":", 1)
    elif len(digits) > 2:
        hours_text, minutes_text = digits[:-2], digits[-2:]
    else:
        hours_text, minutes_text = digits, "00"
    hours, minutes = int(hours_text), int(minutes_text)
    if hours > 14 or minutes > 59:
        return None
    return f"{day}T{clock}{sign}{hours:02d}:{minutes:02d}"
