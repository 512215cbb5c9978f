"""ClaimReview markup as fact-checkers publish it -> typed :class:`~newsclaims.model.ClaimReview`.

:func:`read_claimreviews` takes an HTML page (JSON-LD scripts, dirty or clean, and
microdata) or a JSON document (one object, arrays, ``@graph``, feeds such as
DataCommons', answers of the Google Fact Check Tools API, or a saved page wrapped in
JSON) and returns every ClaimReview found, with what it had to repair or skip as
warnings. It never raises: a review that cannot be read is a warning, and the rest of
the page is still read.

Nothing is lost: what the model holds is taken out of the markup and the rest is kept
in ``ClaimReview.extra`` (see :func:`~newsclaims.model.review.merge_extra`), so
:func:`~newsclaims.serialize.claimreview.claimreview_jsonld` writes back every property the review had, with numbers as
numbers and dates in ISO 8601.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pydantic import JsonValue, ValidationError

from newsclaims.errors import InputError
from newsclaims.model import ClaimReview, Rating, Verdict
from newsclaims.parsers.jsonld_blocks import (
    MAX_DEPTH,
    decode_page,
    has_type,
    iter_jsonld,
    iter_microdata,
    loads_lenient,
    normalize_date,
    type_names,
)
from newsclaims.parsers.verdicts import make_rating, normalize_verdict, parse_number

# claimreview_jsonld is a writer, moved to serialize/ (a parser does not write); re-exported here until every
# caller imports it there.
from newsclaims.serialize.claimreview import RATING_NUMBERS, SCHEMA_CONTEXT, claimreview_jsonld

__all__ = [
    "FoundReview",
    "ReviewReading",
    "find_review_nodes",
    "page_site",
    "read_claimreviews",
    "review_from_jsonld",
    "review_verdict",
]

# Contexts that mean schema.org: http or https, with or without "www." and trailing slash.
_SCHEMA_CONTEXT = re.compile(r"^https?://(?:www\.)?schema\.org/?$", re.IGNORECASE)
_CANONICAL = re.compile(
    r"""<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>|<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>""",
    re.IGNORECASE,
)
_HREF_OR_CONTENT = re.compile(r"""\b(?:href|content)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
# A JSON string worth reading as an embedded page: API answers carry whole pages.
_EMBEDDED_PAGE = re.compile(r"<script\b[^>]*ld\+json|\bitemscope\b", re.IGNORECASE)


@dataclass(frozen=True)
class FoundReview:
    """A ClaimReview object found in an input, as published, with where it sits."""

    node: dict[str, JsonValue]
    """The object as published (for a Fact Check Tools API answer: rebuilt as schema.org)."""
    path: str
    """Where it sits: ``[1]/@graph[0]`` is the first item of the graph of the second JSON-LD
    script; ``microdata[0]`` the first microdata item; ``api:`` prefixes API answers."""
    context: JsonValue
    """The ``@context`` in force; ``None`` when none was given."""
    page_url: str | None
    """The page's own url, where known (saved-page wrapper, canonical link, og:url)."""


@dataclass(frozen=True)
class ReviewReading:
    """Every ClaimReview read from one input, and what was repaired, guessed or skipped."""

    reviews: tuple[ClaimReview, ...]
    """The reviews, in the order they appear."""
    warnings: tuple[str, ...] = ()
    """What could not be read as published, in words; each names where it was."""
    source: str | None = None
    """The input's name (a path or URL), as given."""
    paths: tuple[str, ...] = field(default=())
    """Where each review was found (same order as ``reviews``)."""

    def as_record(self) -> dict[str, JsonValue]:
        """The reading as one JSON object (a line of ``newsclaims reviews``).

        ``{"source": ..., "reviews": [{"claimreview": <schema.org JSON-LD>, "verdict": ...}],
        "warnings": [...]}``.
        """
        reviews: list[JsonValue] = [
            {"claimreview": claimreview_jsonld(review), "verdict": review_verdict(review)} for review in self.reviews
        ]
        return {"source": self.source, "reviews": reviews, "warnings": list(self.warnings)}


def read_claimreviews(
    html_or_json: str | bytes, *, source: str | None = None, page_url: str | None = None
) -> ReviewReading:
    """Read every ClaimReview in an HTML page or JSON document. Never raises.

    Duplicates (the same review as JSON-LD and as microdata, or repeated in a page) are
    read once. ``page_url`` is the page's address when the caller knows it.
    """
    warnings: list[str] = []
    reviews: list[ClaimReview] = []
    paths: list[str] = []
    seen: set[str] = set()
    try:
        found = find_review_nodes(html_or_json, page_url=page_url, warnings=warnings)
        for item in found:
            review, problems = review_from_jsonld(item.node, context=item.context)
            warnings += [f"{item.path}: {problem}" for problem in problems]
            if review is None:
                continue
            if review.id in seen:
                warnings.append(f"{item.path}: the same ClaimReview again (same url and claimReviewed): read once")
                continue
            seen.add(review.id)
            reviews.append(review)
            paths.append(item.path)
    except RecursionError:  # pragma: no cover - depth is bounded everywhere; belt and braces
        warnings.append("input nested too deeply: the rest was skipped")
    return ReviewReading(reviews=tuple(reviews), warnings=tuple(warnings), source=source, paths=tuple(paths))


def find_review_nodes(
    html_or_json: str | bytes | Mapping[str, JsonValue] | Sequence[JsonValue],
    *,
    page_url: str | None = None,
    warnings: list[str] | None = None,
) -> list[FoundReview]:
    """The ClaimReview objects of an input as published (for the lint and the reader).

    The input is a page or JSON text, or JSON already parsed: any mapping or sequence,
    so a list of documents such as :func:`~newsclaims.serialize.claimreview.to_claimreviews`
    returns is taken as it is. Problems met on the way (an unreadable JSON-LD script, a
    repaired one) are appended to ``warnings`` when given.
    """
    notes: list[str] = [] if warnings is None else warnings
    if isinstance(html_or_json, Mapping):
        return list(_from_json(dict(html_or_json), "[0]", None, page_url, notes, 0))
    if not isinstance(html_or_json, (str, bytes)):
        return list(_from_json(list(html_or_json), "[0]", None, page_url, notes, 0))
    text = decode_page(html_or_json)
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        try:
            document, repairs = loads_lenient(stripped)
        except InputError as error:
            if not _looks_like_html(stripped):
                notes.append(f"not JSON and not HTML: {error.reason}")
                return []
        else:
            notes += [f"JSON repaired: {repair}" for repair in repairs]
            return list(_from_json(document, "[0]", None, page_url, notes, 0))
    return list(_from_html(text, page_url, notes, "", 0))


def _looks_like_html(text: str) -> bool:
    return "<" in text and ">" in text


def _from_html(page: str, page_url: str | None, notes: list[str], prefix: str, depth: int) -> Iterator[FoundReview]:
    url = page_url or _canonical_url(page)
    for block in iter_jsonld(page):
        where = f"{prefix}[{block.index}]"
        if block.error is not None:
            notes.append(f"{where}: JSON-LD script not readable, skipped: {block.error}")
            continue
        if block.repairs:
            notes.append(f"{where}: JSON-LD repaired: {', '.join(block.repairs)}")
        yield from _from_json(block.data, where, None, url, notes, depth + 1)
    for index, item in enumerate(iter_microdata(page)):
        yield from _from_json(item, f"{prefix}microdata[{index}]", None, url, notes, depth + 1)


def _canonical_url(page: str) -> str | None:
    for tag in _CANONICAL.finditer(page[:200_000]):
        value = _HREF_OR_CONTENT.search(tag.group(0))
        if value is not None and value.group(1).startswith(("http://", "https://")):
            return value.group(1)
    return None


def _from_json(
    value: JsonValue, path: str, context: JsonValue, page_url: str | None, notes: list[str], depth: int
) -> Iterator[FoundReview]:
    """Walk a JSON value for ClaimReviews, API answers and embedded pages."""
    if depth > MAX_DEPTH:
        notes.append(f"{path}: nested deeper than {MAX_DEPTH} levels: not searched")
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _from_json(item, f"{path}[{index}]", context, page_url, notes, depth + 1)
        return
    if not isinstance(value, dict):
        return
    own = value.get("@context")
    in_force = own if own is not None else context
    if has_type(value, "ClaimReview"):
        yield FoundReview(node=value, path=path or "[0]", context=in_force, page_url=page_url)
        return
    if isinstance(value.get("claimReview"), list) and not type_names(value):
        yield from _from_factcheck_api(value, path, page_url)
        return
    here = page_url
    if isinstance(value.get("url"), str) and isinstance(value.get("page"), str):
        here = here or str(value["url"])
    for key, item in value.items():
        if key == "@context":
            continue
        where = f"{path}/{key}"
        if isinstance(item, (dict, list)):
            yield from _from_json(item, where, in_force, here, notes, depth + 1)
        elif isinstance(item, str) and len(item) > 40 and _EMBEDDED_PAGE.search(item):
            yield from _from_html(item, here, notes, f"{where}:", depth + 1)


def _from_factcheck_api(claim: dict[str, JsonValue], path: str, page_url: str | None) -> Iterator[FoundReview]:
    """Google Fact Check Tools API (claims:search) answers, rebuilt as schema.org ClaimReview.

    Fields: https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/claims
    (text, claimant, claimDate; claimReview[]: publisher{name, site}, url, title,
    reviewDate, textualRating, languageCode).
    """
    reviews = claim.get("claimReview")
    if not isinstance(reviews, list):
        return
    for index, review in enumerate(reviews):
        if not isinstance(review, dict):
            continue
        node: dict[str, JsonValue] = {"@context": SCHEMA_CONTEXT, "@type": "ClaimReview"}
        if claim.get("text") is not None:
            node["claimReviewed"] = claim["text"]
        item: dict[str, JsonValue] = {"@type": "Claim"}
        if claim.get("claimant") is not None:
            item["author"] = {"@type": "Person", "name": claim["claimant"]}
        if claim.get("claimDate") is not None:
            item["datePublished"] = claim["claimDate"]
        node["itemReviewed"] = item
        publisher = review.get("publisher")
        if isinstance(publisher, dict):
            author: dict[str, JsonValue] = {"@type": "Organization"}
            name = publisher.get("name") or publisher.get("site")
            if name is not None:
                author["name"] = name
            site = publisher.get("site")
            if isinstance(site, str) and site:
                author["url"] = site if "://" in site else f"https://{site}"
            node["author"] = author
        for api_key, schema_key in (("url", "url"), ("title", "name"), ("reviewDate", "datePublished")):
            if review.get(api_key) is not None:
                node[schema_key] = review[api_key]
        if review.get("languageCode") is not None:
            node["inLanguage"] = review["languageCode"]
        if review.get("textualRating") is not None:
            node["reviewRating"] = {"@type": "Rating", "alternateName": review["textualRating"]}
        yield FoundReview(node=node, path=f"api:{path}/claimReview[{index}]", context=SCHEMA_CONTEXT, page_url=page_url)


# --- one ClaimReview object -> model ----------------------------------------------------------


def _text(value: JsonValue) -> str | None:
    """A published text value: a string, or the first string of a list."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                return item
    return None


def _url(value: JsonValue) -> str | None:
    """A URL value: a string, an object with ``url`` or ``@id``, or the first of a list."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in ("url", "@id", "id"):
            found = value.get(key)
            if isinstance(found, str) and found.strip():
                return found.strip()
        return None
    if isinstance(value, list):
        for item in value:
            found_url = _url(item)
            if found_url is not None:
                return found_url
    return None


@dataclass
class _Take:
    """A copy of a published object from which modelled properties are taken out."""

    rest: dict[str, JsonValue]
    warnings: list[str]

    def text(self, key: str) -> str | None:
        value = self.rest.get(key)
        if isinstance(value, str):
            del self.rest[key]
            return value
        return None

    def date(self, key: str, where: str) -> str | None:
        value = self.rest.get(key)
        if not isinstance(value, str) or not value.strip():
            return None
        iso = normalize_date(value)
        if iso is None:
            self.warnings.append(f"{where}{key} {value!r} is not a date: kept as published")
            return None
        if iso != value:
            self.warnings.append(f"{where}{key} {value!r} read as {iso}")
        del self.rest[key]
        return iso


def _person_or_org(value: JsonValue) -> tuple[str | None, str | None, JsonValue]:
    """Name, url and the unmodelled rest of an author (object, list of objects, or a name)."""
    if isinstance(value, str):
        return (value, None, None) if value.strip() else (None, None, value)
    if isinstance(value, dict):
        rest = dict(value)
        name = rest.pop("name") if isinstance(rest.get("name"), str) else None
        url = rest.pop("url") if isinstance(rest.get("url"), str) else None
        return (
            name if isinstance(name, str) else None,
            url if isinstance(url, str) else None,
            rest,
        )
    if isinstance(value, list) and value:
        name, url, first_rest = _person_or_org(value[0])
        if name is None and url is None:
            return None, None, value
        first: JsonValue = first_rest if first_rest is not None else {}
        return name, url, [first, *value[1:]]
    return None, None, value


def review_from_jsonld(
    node: dict[str, JsonValue], *, context: JsonValue = None
) -> tuple[ClaimReview | None, tuple[str, ...]]:
    """One published ClaimReview object -> the model, and warnings on what was repaired.

    Returns ``(None, warnings)`` when no review can be made of it. Never raises.
    """
    take = _Take(rest=dict(node), warnings=[])
    warnings = take.warnings
    try:
        return _review(node, context, take), tuple(warnings)
    except ValidationError as error:
        problem = error.errors()[0]
        where = "/".join(str(part) for part in problem.get("loc", ()))
        warnings.append(f"not a ClaimReview newsclaims can hold ({where}: {problem.get('msg')}): skipped")
        return None, tuple(warnings)
    except (TypeError, ValueError, RecursionError) as error:  # pragma: no cover - defensive: never lose the page
        warnings.append(f"unreadable ClaimReview ({type(error).__name__}: {error}): skipped")
        return None, tuple(warnings)


def _review(node: dict[str, JsonValue], context: JsonValue, take: _Take) -> ClaimReview:
    warnings = take.warnings
    rest = take.rest
    own_context = rest.pop("@context", None)
    effective = own_context if own_context is not None else context
    if effective is not None and not _is_schema_context(effective):
        warnings.append(f"@context {effective!r} is not schema.org: read as schema.org")
    names = type_names(node)
    type_key = "@type" if "@type" in node else "type"
    if [name.casefold() for name in names] == ["claimreview"]:
        if names != ("ClaimReview",) or not isinstance(node.get(type_key), str):
            warnings.append(f"@type {node.get(type_key)!r} read as ClaimReview")
        rest.pop(type_key, None)  # written as "ClaimReview"; other types in a list are kept

    claim_reviewed = take.text("claimReviewed")
    if claim_reviewed is None and isinstance(rest.get("claimReviewed"), list):
        claim_reviewed = _text(rest["claimReviewed"])
        if claim_reviewed is not None and claim_reviewed.strip():
            warnings.append("claimReviewed is a list: the first is read, all kept")
    if claim_reviewed is None or not claim_reviewed.strip():
        if claim_reviewed is not None:
            rest["claimReviewed"] = claim_reviewed  # written back as published
        fallback = _text(node.get("name")) or _text(_as_dict(node.get("itemReviewed")).get("name"))
        warnings.append(
            "no claimReviewed: the review's name stands in for it"
            if fallback
            else "no claimReviewed: a placeholder stands in for it"
        )
        claim_reviewed = fallback.strip() if fallback and fallback.strip() else "(claim not stated)"

    url = take.text("url")
    if url is None and "url" in rest:
        url = _url(rest["url"])
        warnings.append("url is not a single text: the first one is used, all kept")
    date_published = take.date("datePublished", "")
    language = take.text("inLanguage")

    author_name: str | None = None
    author_url: str | None = None
    if "author" in rest:
        author_name, author_url, author_rest = _person_or_org(rest.pop("author"))
        if author_rest not in (None, {}):
            rest["author"] = author_rest

    rating = _rating(rest, warnings)
    claim_author, claim_date, appearances = _item_reviewed(rest, warnings)

    return ClaimReview(
        claim_reviewed=claim_reviewed,
        rating=rating,
        claim_author=claim_author,
        claim_date=claim_date,
        claim_appearances=appearances,
        author_name=author_name,
        author_url=author_url,
        url=url,
        date_published=date_published,
        language=language,
        extra=rest,
    )


def _as_dict(value: JsonValue) -> dict[str, JsonValue]:
    if isinstance(value, dict):
        return value
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return value[0]
    return {}


def _is_schema_context(context: JsonValue) -> bool:
    if isinstance(context, str):
        return bool(_SCHEMA_CONTEXT.match(context.strip()))
    if isinstance(context, list):
        return any(_is_schema_context(item) for item in context)
    if isinstance(context, dict):
        vocab = context.get("@vocab")
        return isinstance(vocab, str) and bool(_SCHEMA_CONTEXT.match(vocab.strip()))
    return False


def _rating(rest: dict[str, JsonValue], warnings: list[str]) -> Rating | None:
    published = rest.get("reviewRating")
    if published is None:
        return None
    as_list = isinstance(published, list)
    first = _as_dict(published)
    if not first:
        warnings.append("reviewRating is not an object: kept as published, no rating read")
        return None
    label = first.get("alternateName")
    if not isinstance(label, str) or not label.strip():
        label = None
        for fallback in ("name", "ratingExplanation"):
            candidate = first.get(fallback)
            if isinstance(candidate, str) and candidate.strip():
                warnings.append(f"reviewRating has no alternateName: its {fallback} is read as the verdict")
                label = candidate
                break
        if label is None:
            warnings.append("reviewRating has no alternateName: kept as published, verdict from its scale only")
            return None
        label_from_alternate = False
    else:
        label_from_alternate = True
    rating, problems = make_rating(label, first.get("ratingValue"), first.get("bestRating"), first.get("worstRating"))
    warnings += [f"reviewRating/{problem}: kept as published" for problem in problems]
    left = dict(first)
    if label_from_alternate:
        left.pop("alternateName")
    for key, attribute in RATING_NUMBERS:
        if key in left and getattr(rating, attribute) is not None:
            del left[key]
    if rating.best is not None and rating.worst is not None:
        if rating.best < rating.worst:
            warnings.append("reviewRating scale is inverted (bestRating < worstRating): read as published")
        elif rating.best == rating.worst:
            warnings.append("reviewRating scale is degenerate (bestRating == worstRating): verdict from words only")
    if as_list and isinstance(published, list):
        rest["reviewRating"] = [left, *published[1:]]
        warnings.append("more than one reviewRating: the first is read, all kept")
    elif left:
        rest["reviewRating"] = left
    else:
        del rest["reviewRating"]
    return rating


def _item_reviewed(rest: dict[str, JsonValue], warnings: list[str]) -> tuple[str | None, str | None, tuple[str, ...]]:
    published = rest.get("itemReviewed")
    first = _as_dict(published)
    if not first:
        return None, None, ()
    item = _Take(rest=dict(first), warnings=warnings)
    claim_author: str | None = None
    if "author" in item.rest:
        name, url, author_rest = _person_or_org(item.rest["author"])
        if name is not None and name.strip():
            claim_author = name
            restored = _restore_url(author_rest, url)
            if restored in (None, {}):
                del item.rest["author"]
            else:
                item.rest["author"] = restored
    claim_date = item.date("datePublished", "itemReviewed/")
    appearances: list[str] = []
    for key in ("firstAppearance", "appearance"):
        values = item.rest.get(key)
        for value in values if isinstance(values, list) else [values]:
            found = _url(value)
            if found is not None and found not in appearances and found.startswith(("http://", "https://")):
                appearances.append(found)
    if isinstance(published, list):
        rest["itemReviewed"] = [item.rest, *published[1:]]
        warnings.append("itemReviewed is a list: the first is read, all kept")
    elif item.rest:
        rest["itemReviewed"] = item.rest
    else:
        del rest["itemReviewed"]
    return claim_author, claim_date, tuple(appearances)


def _restore_url(rest: JsonValue, url: str | None) -> JsonValue:
    """Put a claimant's url back: the model holds only the claimant's name."""
    if url is None:
        return rest
    if isinstance(rest, dict):
        return {**rest, "url": url}
    if isinstance(rest, list) and rest and isinstance(rest[0], dict):
        return [{**rest[0], "url": url}, *rest[1:]]
    return rest


def review_verdict(review: ClaimReview) -> Verdict:
    """The review's verdict on the common scale, also when its rating had no words.

    A review read without ``alternateName`` keeps its reviewRating in ``extra``; the
    verdict then comes from the numbers there.
    """
    if review.rating is not None:
        return review.rating.verdict
    published = _as_dict(review.extra.get("reviewRating"))
    return normalize_verdict(
        None,
        parse_number(published.get("ratingValue")),
        parse_number(published.get("bestRating")),
        parse_number(published.get("worstRating")),
    )


def page_site(url: str | None) -> str | None:
    """The host of a url without ``www.``, lower-cased; ``None`` when there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host
