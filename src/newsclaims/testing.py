"""Hypothesis strategies for every newsclaims model type.

Shipped with the library so that downstream projects can property-test their own code
against valid newsclaims data::

    from hypothesis import given
    from newsclaims.testing import articles

    @given(articles())
    def test_my_exporter(article): ...

Every generated instance is valid: spans fit their text, references name entities
that exist, claim appearances point at real articles.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from hypothesis import strategies as st
from pydantic import JsonValue

from newsclaims.model import (
    Actor,
    Appearance,
    Article,
    Claim,
    ClaimReview,
    Corpus,
    Mention,
    Organization,
    Quote,
    Rating,
    Span,
    content_id,
)
from newsclaims.model.types import OrganizationKind, QuoteKind, SourceFormat, Verdict

__all__ = [
    "actors",
    "articles",
    "claim_reviews",
    "claims",
    "corpora",
    "iso_dates",
    "json_values",
    "mentions",
    "organizations",
    "quotes",
    "ratings",
    "spans",
]

_QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "partial", "mixed", "indirect", "scare")
_ORG_KINDS: tuple[OrganizationKind, ...] = (
    "news_agency",
    "media",
    "government",
    "international",
    "country",
    "company",
    "political",
    "other",
)
_VERDICTS: tuple[Verdict, ...] = ("true", "mostly_true", "mixed", "mostly_false", "false", "unverifiable", "other")
_FORMATS: tuple[SourceFormat, ...] = ("text", "html", "nitf", "newsml", "ninjs", "jsonld")

_names = st.text(min_size=1, max_size=24).filter(str.strip)
_short_texts = st.text(max_size=200)
_urls = st.builds(lambda slug: f"https://news.example/{slug}", st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True))
_finite = st.floats(allow_nan=False, allow_infinity=False, width=32)


def iso_dates() -> st.SearchStrategy[str]:
    """ISO-8601 dates and date-times, with and without offsets."""
    moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1))
    return st.one_of(
        st.dates().map(lambda day: day.isoformat()),
        moments.map(lambda moment: moment.isoformat()),
        moments.map(lambda moment: moment.replace(tzinfo=timezone.utc).isoformat()),
    )


def json_values() -> st.SearchStrategy[JsonValue]:
    """Any JSON value, as kept in ``ClaimReview.extra``."""
    scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | _finite | st.text(max_size=20)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
        max_leaves=8,
    )


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    """A span that fits ``text``."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span(start=start, end=end)


def actors(affiliations: tuple[str, ...] = ()) -> st.SearchStrategy[Actor]:
    """People, optionally affiliated with one of the given organization ids."""
    return st.builds(
        Actor,
        name=_names,
        aliases=st.lists(_names, max_size=3).map(tuple),
        roles=st.lists(_names, max_size=2).map(tuple),
        affiliation=st.sampled_from((None, *affiliations)),
        same_as=st.lists(_urls, max_size=2).map(tuple),
    )


def organizations() -> st.SearchStrategy[Organization]:
    """Organizations of every kind."""
    return st.builds(
        Organization,
        name=_names,
        kind=st.sampled_from(_ORG_KINDS),
        acronym=st.none() | st.from_regex(r"[A-Z]{2,6}", fullmatch=True),
        aliases=st.lists(_names, max_size=3).map(tuple),
        same_as=st.lists(_urls, max_size=2).map(tuple),
    )


@st.composite
def mentions(draw: st.DrawFn, text: str, entity_ids: tuple[str, ...] = ()) -> Mention:
    """A mention in ``text`` referring to one of ``entity_ids`` or to no one."""
    return Mention(span=draw(spans(text)), refers_to=draw(st.sampled_from((None, *entity_ids))))


@st.composite
def quotes(draw: st.DrawFn, text: str, entity_ids: tuple[str, ...] = ()) -> Quote:
    """A quote in ``text`` whose speaker is one of ``entity_ids`` or no one."""
    kind = draw(st.sampled_from(_QUOTE_KINDS))
    speakers: tuple[str, ...] = ()
    if entity_ids and kind != "scare":
        speakers = tuple(draw(st.lists(st.sampled_from(entity_ids), max_size=2, unique=True)))
    return Quote(
        kind=kind,
        contents=tuple(draw(st.lists(spans(text), min_size=1, max_size=3))),
        cue=draw(st.none() | spans(text)),
        speaker_mentions=() if kind == "scare" else tuple(draw(st.lists(spans(text), max_size=2))),
        speaker=speakers[0] if speakers else None,
        speakers=speakers,
        relayed_by=tuple(draw(st.lists(st.sampled_from(entity_ids), max_size=1))) if entity_ids else (),
    )


def ratings() -> st.SearchStrategy[Rating]:
    """Ratings with and without numeric scales."""
    return st.builds(
        Rating,
        alternate_name=_names,
        value=st.none() | _finite,
        best=st.none() | _finite,
        worst=st.none() | _finite,
        verdict=st.sampled_from(_VERDICTS),
    )


def claim_reviews(claim_ids: tuple[str, ...] = ()) -> st.SearchStrategy[ClaimReview]:
    """Fact-checkers' reviews, optionally of one of the given claim ids."""
    return st.builds(
        ClaimReview,
        claim_reviewed=st.text(min_size=1, max_size=120).filter(str.strip),
        rating=st.none() | ratings(),
        claim=st.sampled_from((None, *claim_ids)),
        claim_author=st.none() | _names,
        claim_date=st.none() | iso_dates(),
        claim_appearances=st.lists(_urls, max_size=2).map(tuple),
        author_name=st.none() | _names,
        author_url=st.none() | _urls,
        url=st.none() | _urls,
        date_published=st.none() | iso_dates(),
        language=st.none() | st.sampled_from(("en", "es", "pt-BR", "hi")),
        extra=st.dictionaries(st.text(min_size=1, max_size=12), json_values(), max_size=3),
    )


@st.composite
def claims(
    draw: st.DrawFn,
    article_id: str,
    text: str,
    quote_ids: tuple[str, ...] = (),
    entity_ids: tuple[str, ...] = (),
) -> Claim:
    """A claim appearing in the given article (id and text), citing its quotes and entities."""
    appearance = st.builds(
        Appearance,
        article=st.just(article_id),
        span=spans(text),
        quote=st.sampled_from((None, *quote_ids)),
    )
    return Claim(
        text=draw(st.text(min_size=1, max_size=80).filter(str.strip)),
        claimant=draw(st.sampled_from((None, *entity_ids))),
        voice=draw(st.sampled_from(("attributed", "editorial"))),
        appearances=tuple(draw(st.lists(appearance, min_size=1, max_size=2))),
        check_worthiness=draw(st.floats(0.0, 1.0)),
    )


def _unique_by_id(items: list[Any]) -> tuple[Any, ...]:
    seen: dict[str, Any] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return tuple(seen.values())


@st.composite
def articles(draw: st.DrawFn, text: st.SearchStrategy[str] = _short_texts) -> Article:
    """A valid article: every span fits its text, every reference names one of its entities."""
    body = draw(text)
    url = draw(st.none() | _urls)
    orgs: tuple[Organization, ...] = _unique_by_id(draw(st.lists(organizations(), max_size=2)))
    people: tuple[Actor, ...] = _unique_by_id(draw(st.lists(actors(tuple(o.id for o in orgs)), max_size=2)))
    entity_ids = tuple(p.id for p in people) + tuple(o.id for o in orgs)
    found_quotes: tuple[Quote, ...] = _unique_by_id(draw(st.lists(quotes(body, entity_ids), max_size=3)))
    article_id = content_id("article", url, body)
    quote_ids = tuple(q.id for q in found_quotes)
    return Article(
        text=body,
        source_format=draw(st.sampled_from(_FORMATS)),
        url=url,
        headline=draw(st.none() | spans(body)),
        paragraphs=tuple(draw(st.lists(spans(body), max_size=3))),
        date_published=draw(st.none() | iso_dates()),
        publisher=draw(st.none() | _names),
        authors=tuple(draw(st.lists(_names, max_size=2))),
        keywords=tuple(draw(st.lists(_names, max_size=3))),
        language=draw(st.none() | st.sampled_from(("en", "ru", "pt-BR"))),
        quotes=found_quotes,
        mentions=tuple(draw(st.lists(mentions(body, entity_ids), max_size=3))),
        actors=people,
        organizations=orgs,
        claims=_unique_by_id(draw(st.lists(claims(article_id, body, quote_ids, entity_ids), max_size=2))),
    )


@st.composite
def corpora(draw: st.DrawFn) -> Corpus:
    """A valid corpus: entities and claims of its articles, merged by id, with reviews of its claims."""
    found: tuple[Article, ...] = _unique_by_id(draw(st.lists(articles(), max_size=3)))
    people = _unique_by_id([a for article in found for a in article.actors])
    orgs = _unique_by_id([o for article in found for o in article.organizations])
    merged = _unique_by_id([c for article in found for c in article.claims])
    reviews = draw(st.lists(claim_reviews(tuple(c.id for c in merged)), max_size=2))
    return Corpus(articles=found, actors=people, organizations=orgs, claims=merged, reviews=tuple(reviews))
