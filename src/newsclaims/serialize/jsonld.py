"""Model -> schema.org JSON-LD (release 30.0), and the exact way back.

:func:`to_jsonld` writes one document: ``"@context": "https://schema.org"`` (the string,
as consumers expect it), ``"newsclaims:schemaVersion"`` on the root, and an ``@graph``
sorted by ``@id`` of NewsArticle, Person, Organization, Quotation and Claim nodes (and
Dataset for a corpus, ClaimReview for its reviews). ``Claim``, ``Quotation``,
``appearance``, ``firstAppearance``, ``spokenByCharacter`` and ``jobTitle`` are
*pending* schema.org terms in 30.0: used as proposed, liable to change.

What schema.org has no term for (character offsets, quote kinds, the article text
itself when the body differs from it) is written under ``newsclaims:`` keys. With the
plain schema.org context these are absolute IRIs in newsclaims' own ``newsclaims:``
scheme, so the context stays the literal string and every node still expands.

A corpus's reviews are ClaimReview nodes with the schema.org fields of the model; the
publisher's own keys (``ClaimReview.extra``) are kept verbatim as JSON text under
``newsclaims:extra``, because a graph must expand whatever publishers wrote (the
ClaimReview writer, :func:`~newsclaims.serialize.claimreview.to_claimreview`, lays them
over the markup as published).

Ids are stable: ``urn:newsclaims:<kind>:<hex>`` from the model's content ids
(``actor_0123...`` -> ``urn:newsclaims:actor:0123...``). Things known only inside one
article (its quotes; a person or claim whose record in that article differs from the
corpus-wide one) are scoped to it: ``urn:newsclaims:article:<hex>:quote:<hex>``.

A corpus graph has exactly one schema.org ``Claim`` per corpus claim. An article's own
record of a claim (one appearance where the corpus claim has several, or the wording
before merging) is a ``newsclaims:ClaimRecord`` node: newsclaims: keys only, linked by
``newsclaims:claim`` to the corpus Claim it was merged into, so schema.org consumers
see no duplicate claims and the model still comes back exactly.

:func:`from_jsonld` reads back what :func:`to_jsonld` wrote, exactly (model -> JSON-LD ->
model gives an equal model). It is the inverse of this writer, not a reader of any
JSON-LD found on the web (that is :mod:`newsclaims.parsers.claimreview`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from pydantic import JsonValue, ValidationError

from newsclaims.errors import InputError, SchemaVersionError
from newsclaims.model import (
    SCHEMA_VERSION,
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
)
from newsclaims.serialize.claimreview import SCHEMA_CONTEXT, claimreview_jsonld
from newsclaims.serialize.ids import URN_PREFIX, model_id, node_id

__all__ = [
    "CLAIM_RECORD_TYPE",
    "NEWSCLAIMS_PREFIX",
    "SCARE_QUOTE_TYPE",
    "SCHEMA_CONTEXT",
    "URN_PREFIX",
    "from_jsonld",
    "model_id",
    "node_id",
    "to_jsonld",
]

NEWSCLAIMS_PREFIX: Final = "newsclaims:"
"""Prefix of the keys for what schema.org has no term for."""

_NC = NEWSCLAIMS_PREFIX
_VERSION_KEY = _NC + "schemaVersion"
_SEMVER = re.compile(r"^(\d+)\.\d+\.\d+$")
# Article layout spans: model field -> key.
_LAYOUT_SPANS: Final = (
    ("headline", _NC + "headlineSpan"),
    ("standfirst", _NC + "standfirstSpan"),
    ("byline", _NC + "bylineSpan"),
    ("dateline", _NC + "datelineSpan"),
)
_QUOTE_PIECES_JOIN = " … "
SCARE_QUOTE_TYPE: Final = _NC + "ScareQuote"
"""Scare quotes are nobody's words: not Quotations, but kept (with their spans) under this type."""
CLAIM_RECORD_TYPE: Final = _NC + "ClaimRecord"
"""An article's own record of a corpus claim: not a second schema.org Claim, but kept for the way back."""


# --- writing ----------------------------------------------------------------------------------


def _span(span: Span) -> dict[str, JsonValue]:
    return {_NC + "start": span.start, _NC + "end": span.end}


def _ref(iri: str) -> dict[str, JsonValue]:
    return {"@id": iri}


_Item = Actor | Organization | Claim | Quote


@dataclass(frozen=True)
class _Pending:
    """A node whose ``@id`` is assigned and whose content is written once every ``@id`` is known."""

    iri: str
    scope: str | None
    item: _Item
    article: Article | None


@dataclass
class _Listing:
    """The ``@id``s of an article's or a corpus's items, in the model's order."""

    entities: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


class _Writer:
    """Builds the graph: assigns every node its ``@id`` first, then writes the nodes."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.nodes: dict[str, dict[str, JsonValue]] = {}
        # model id -> @id, per scope: None is the corpus (or the lone article), else an article's @id.
        self.scopes: dict[str | None, dict[str, str]] = {None: {}}
        self.shared: dict[str, _Item] = {}  # corpus-level model id -> the model written there
        self.pending: list[_Pending] = []
        self.dates: dict[str, str | None] = {}
        self.article_iris: list[str] = []
        # Corpus claims by where they appear, (article id, start, end) -> @id, and by quote,
        # (article id, quote id) -> @ids: what an article's record and a Quotation link to.
        self.claim_at: dict[tuple[str, int, int], str] = {}
        self.claims_of_quote: dict[tuple[str, str], list[str]] = {}
        for article in articles:
            iri = self.reserve(node_id(article.id))
            self.scopes[None].setdefault(article.id, iri)
            self.dates.setdefault(article.id, article.date_published)
            self.article_iris.append(iri)

    def reserve(self, preferred: str) -> str:
        """A fresh ``@id``: ``preferred``, or ``preferred-2``, ``-3``... when two things share an id."""
        iri, number = preferred, 1
        while iri in self.nodes:
            number += 1
            iri = f"{preferred}-{number}"
        self.nodes[iri] = {}
        return iri

    def assign(self, scope: str | None, item: _Item, article: Article | None) -> str:
        """Give ``item`` its ``@id`` in ``scope``: its own node, or the corpus-level node it equals."""
        if scope is not None and not isinstance(item, Quote) and self.shared.get(item.id) == item:
            iri = self.scopes[None][item.id]
        else:
            iri = self.reserve(node_id(item.id, scope))
            self.pending.append(_Pending(iri, scope, item, article))
            if scope is None:
                self.shared.setdefault(item.id, item)
        self.scopes.setdefault(scope, {}).setdefault(item.id, iri)
        return iri

    def listing(self, scope: str | None, article: Article | None, items: Iterable[_Item]) -> _Listing:
        listing = _Listing()
        for item in items:
            iri = self.assign(scope, item, article)
            if isinstance(item, Quote):
                listing.quotes.append(iri)
            elif isinstance(item, Claim):
                listing.claims.append(iri)
            else:
                listing.entities.append(iri)
        return listing

    def ref(self, scope: str | None, identifier: str) -> dict[str, JsonValue]:
        """A reference to ``identifier`` as seen from ``scope`` (the article's own record first)."""
        for where in (scope, None):
            found = self.scopes.get(where, {}).get(identifier)
            if found is not None:
                return _ref(found)
        return _ref(node_id(identifier))

    def index_claims(self, claims: Sequence[Claim], iris: Sequence[str]) -> None:
        """Remember where the document's own claims (the corpus's, or a lone article's) appear."""
        for claim, iri in zip(claims, iris, strict=True):
            for appearance in claim.appearances:
                self.claim_at.setdefault((appearance.article, appearance.span.start, appearance.span.end), iri)
                if appearance.quote is not None:
                    about = self.claims_of_quote.setdefault((appearance.article, appearance.quote), [])
                    if iri not in about:
                        about.append(iri)

    def record_of(self, claim: Claim) -> str | None:
        """The ``@id`` of the corpus Claim an article's record was merged into: same place, else same id."""
        for appearance in claim.appearances:
            found = self.claim_at.get((appearance.article, appearance.span.start, appearance.span.end))
            if found is not None:
                return found
        by_id = self.scopes[None].get(claim.id)
        return by_id if by_id is not None and isinstance(self.shared.get(claim.id), Claim) else None

    def write_pending(self) -> None:
        for pending in self.pending:
            item = pending.item
            if isinstance(item, Quote) and pending.article is not None:
                about = self.claims_of_quote.get((pending.article.id, item.id), [])
                self.quote(pending.iri, pending.scope, pending.article, item, about)
            elif isinstance(item, Claim) and pending.scope is not None:
                self.record(pending.iri, pending.scope, item)
            elif isinstance(item, Claim):
                self.claim(pending.iri, pending.scope, item)
            elif isinstance(item, (Actor, Organization)):
                self.entity(pending.iri, pending.scope, item)

    # -- entities, claims, quotes --

    def entity(self, iri: str, scope: str | None, entity: Actor | Organization) -> None:
        node: dict[str, JsonValue] = {"@id": iri, "@type": entity.type, "name": entity.name}
        if isinstance(entity, Actor):
            if entity.aliases:
                node["alternateName"] = list(entity.aliases)
            if entity.roles:
                node["jobTitle"] = list(entity.roles)
            if entity.affiliation is not None:
                node["affiliation"] = self.ref(scope, entity.affiliation)
        else:
            names: list[JsonValue] = [entity.acronym] if entity.acronym is not None else []
            names += entity.aliases
            if names:
                node["alternateName"] = names
            if entity.acronym is not None:
                node[_NC + "acronym"] = entity.acronym
            node[_NC + "kind"] = entity.kind
            if entity.part_of is not None:
                node["parentOrganization"] = self.ref(scope, entity.part_of)
        if entity.same_as:
            node["sameAs"] = list(entity.same_as)
        self.nodes[iri] = node

    def claim(self, iri: str, scope: str | None, claim: Claim) -> None:
        node: dict[str, JsonValue] = {"@id": iri, "@type": "Claim", "text": claim.text}
        if claim.claimant is not None:
            node["author"] = self.ref(scope, claim.claimant)
        where = list(dict.fromkeys(appearance.article for appearance in claim.appearances))
        node["appearance"] = [self.ref(None, article) for article in where]
        node["firstAppearance"] = self.ref(None, where[0])
        first_date = self.dates.get(where[0])
        if first_date is not None:
            node["datePublished"] = first_date
        self.nodes[iri] = node | self.claim_details(claim)

    def record(self, iri: str, scope: str, claim: Claim) -> None:
        """An article's own record of a claim: newsclaims: keys only, linked to the corpus Claim."""
        node: dict[str, JsonValue] = {"@id": iri, "@type": CLAIM_RECORD_TYPE}
        merged_into = self.record_of(claim)
        if merged_into is not None:
            node[_NC + "claim"] = _ref(merged_into)
        node[_NC + "text"] = claim.text
        if claim.claimant is not None:
            node[_NC + "claimant"] = self.ref(scope, claim.claimant)
        self.nodes[iri] = node | self.claim_details(claim)

    def claim_details(self, claim: Claim) -> dict[str, JsonValue]:
        """What a Claim and a ClaimRecord both carry under newsclaims: keys."""
        return {
            _NC + "voice": claim.voice,
            _NC + "checkWorthiness": claim.check_worthiness,
            _NC + "appearances": [self.appearance(appearance) for appearance in claim.appearances],
        }

    def appearance(self, appearance: Appearance) -> dict[str, JsonValue]:
        written: dict[str, JsonValue] = {_NC + "article": self.ref(None, appearance.article)}
        written.update(_span(appearance.span))
        if appearance.quote is not None:
            scope = self.scopes[None].get(appearance.article)
            written[_NC + "quote"] = self.ref(scope, appearance.quote)
        return written

    def quote(self, iri: str, scope: str | None, article: Article, quote: Quote, about: Sequence[str]) -> None:
        node: dict[str, JsonValue] = {"@id": iri}
        if quote.kind == "scare":
            node["@type"] = SCARE_QUOTE_TYPE
        else:
            node["@type"] = "Quotation"
            node["text"] = _QUOTE_PIECES_JOIN.join(article.text_of(span) for span in quote.contents)
            node["isPartOf"] = _ref(scope or node_id(article.id))
            if quote.speaker is not None:
                node["creator"] = self.ref(scope, quote.speaker)
                if any(actor.id == quote.speaker for actor in article.actors):
                    node["spokenByCharacter"] = self.ref(scope, quote.speaker)
            if about:
                node["about"] = [_ref(claim) for claim in about]
        node[_NC + "kind"] = quote.kind
        node[_NC + "contents"] = [_span(span) for span in quote.contents]
        if quote.cue is not None:
            node[_NC + "cue"] = _span(quote.cue)
        if quote.speaker_mentions:
            node[_NC + "speakerMentions"] = [_span(span) for span in quote.speaker_mentions]
        if quote.speakers:
            node[_NC + "speakers"] = [self.ref(scope, speaker) for speaker in quote.speakers]
        if quote.relayed_by:
            node[_NC + "relayedBy"] = [self.ref(scope, outlet) for outlet in quote.relayed_by]
        self.nodes[iri] = node

    # -- articles, reviews --

    def article(self, iri: str, article: Article, listing: _Listing, version: str) -> None:
        node: dict[str, JsonValue] = {"@id": iri, "@type": "NewsArticle"}
        if article.schema_version != version:
            node[_VERSION_KEY] = article.schema_version
        if article.headline is not None:
            node["headline"] = article.text_of(article.headline)
        body = "\n\n".join(article.text_of(span) for span in article.paragraphs) if article.paragraphs else article.text
        node["articleBody"] = body
        if body != article.text:
            node[_NC + "text"] = article.text
        optional: tuple[tuple[str, str | None], ...] = (
            ("url", article.url),
            ("datePublished", article.date_published),
            ("dateModified", article.date_modified),
            ("inLanguage", article.language),
            ("articleSection", article.section),
        )
        node.update({key: value for key, value in optional if value is not None})
        if article.publisher is not None:
            node["publisher"] = {"@type": "Organization", "name": article.publisher}
        if article.authors:
            node["author"] = [{"@type": "Person", "name": name} for name in article.authors]
        if article.keywords:
            node["keywords"] = list(article.keywords)
        if article.subjects:
            node[_NC + "subjects"] = list(article.subjects)
        if listing.entities:
            node["mentions"] = [_ref(entity) for entity in listing.entities]
        node[_NC + "sourceFormat"] = article.source_format
        for name, key in _LAYOUT_SPANS:
            span = getattr(article, name)
            if span is not None:
                node[key] = _span(span)
        if article.paragraphs:
            node[_NC + "paragraphSpans"] = [_span(span) for span in article.paragraphs]
        if article.boilerplate:
            node[_NC + "boilerplateSpans"] = [_span(span) for span in article.boilerplate]
        if listing.quotes:
            node[_NC + "quotes"] = [_ref(quote) for quote in listing.quotes]
        if article.mentions:
            node[_NC + "mentions"] = [self.mention(iri, mention) for mention in article.mentions]
        if listing.claims:
            node[_NC + "claims"] = [_ref(claim) for claim in listing.claims]
        self.nodes[iri] = node

    def mention(self, scope: str, mention: Mention) -> dict[str, JsonValue]:
        written = _span(mention.span)
        if mention.refers_to is not None:
            written[_NC + "refersTo"] = self.ref(scope, mention.refers_to)
        return written

    def review(self, review: ClaimReview) -> str:
        iri = self.reserve(node_id(review.id))
        markup = claimreview_jsonld(review.model_copy(update={"extra": {}}))
        node: dict[str, JsonValue] = {"@id": iri}
        node.update((key, value) for key, value in markup.items() if key != "@context")
        if review.rating is not None:
            node[_NC + "verdict"] = review.rating.verdict
        if review.claim is not None:
            node[_NC + "claim"] = self.ref(None, review.claim)
        if review.extra:
            # Publishers' own keys, verbatim as JSON text: the graph must expand whatever they hold.
            node[_NC + "extra"] = json.dumps(review.extra, ensure_ascii=False)
        self.nodes[iri] = node
        return iri


def to_jsonld(document: Article | Corpus) -> dict[str, JsonValue]:
    """The article or corpus as one schema.org JSON-LD document (see the module docstring).

    Deterministic: the same model gives the same document, byte for byte once dumped.
    """
    articles = document.articles if isinstance(document, Corpus) else (document,)
    writer = _Writer(articles)
    if isinstance(document, Corpus):
        top = writer.listing(None, None, (*document.actors, *document.organizations, *document.claims))
        writer.index_claims(document.claims, top.claims)
        listings = [
            writer.listing(iri, article, (*article.actors, *article.organizations, *article.claims, *article.quotes))
            for article, iri in zip(articles, writer.article_iris, strict=True)
        ]
    else:
        # A lone article's people, bodies and claims are the document's own: unscoped ids.
        listing = writer.listing(None, document, (*document.actors, *document.organizations, *document.claims))
        writer.index_claims(document.claims, listing.claims)
        listing.quotes = writer.listing(writer.article_iris[0], document, document.quotes).quotes
        listings = [listing]
    for article, iri, listing in zip(articles, writer.article_iris, listings, strict=True):
        writer.article(iri, article, listing, document.schema_version)
    writer.write_pending()
    if isinstance(document, Corpus):
        reviews = [writer.review(review) for review in document.reviews]
        corpus_iri = writer.reserve(node_id(document.id))
        listed = (
            ("articles", writer.article_iris),
            ("actors", top.entities[: len(document.actors)]),
            ("organizations", top.entities[len(document.actors) :]),
            ("claims", top.claims),
            ("reviews", reviews),
        )
        corpus: dict[str, JsonValue] = {"@id": corpus_iri, "@type": "Dataset"}
        corpus.update({_NC + key: [_ref(iri) for iri in iris] for key, iris in listed if iris})
        writer.nodes[corpus_iri] = corpus
    graph: list[JsonValue] = [writer.nodes[iri] for iri in sorted(writer.nodes)]
    return {"@context": SCHEMA_CONTEXT, _VERSION_KEY: document.schema_version, "@graph": graph}


# --- reading back -------------------------------------------------------------------------------


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _id_of(value: Any) -> str:
    """The model id a reference (``{"@id": ...}`` or a bare ``@id`` string) stands for."""
    iri = value.get("@id") if isinstance(value, dict) else value
    if not isinstance(iri, str):
        raise InputError(f"expected a reference {{'@id': ...}}, found {value!r}")
    return model_id(iri)


def _optional_id(value: Any) -> str | None:
    return None if value is None else _id_of(value)


def _read_span(value: Any) -> Span:
    if not isinstance(value, dict):
        raise InputError(f"expected a span {{'newsclaims:start', 'newsclaims:end'}}, found {value!r}")
    return Span(start=value[_NC + "start"], end=value[_NC + "end"])


def _optional_span(value: Any) -> Span | None:
    return None if value is None else _read_span(value)


def _spans(value: Any) -> tuple[Span, ...]:
    return tuple(_read_span(item) for item in _list(value))


def _name(value: Any) -> str:
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        raise InputError(f"expected an object with a name, found {value!r}")
    name: str = value["name"]
    return name


class _Reader:
    """The graph indexed by ``@id``, and the models read from it."""

    def __init__(self, graph: Sequence[Any], version: str) -> None:
        self.version = version
        self.nodes: dict[str, dict[str, Any]] = {}
        for node in graph:
            if not isinstance(node, dict) or not isinstance(node.get("@id"), str):
                raise InputError(f"every @graph node needs an @id: {str(node)[:80]}")
            self.nodes[node["@id"]] = node

    def node(self, reference: Any) -> dict[str, Any]:
        iri = reference.get("@id") if isinstance(reference, dict) else reference
        found = self.nodes.get(iri) if isinstance(iri, str) else None
        if found is None:
            raise InputError(f"reference {reference!r} names no node of the @graph")
        return found

    def entity(self, node: Mapping[str, Any]) -> Actor | Organization:
        common: dict[str, Any] = {
            "name": node["name"],
            "same_as": tuple(_list(node.get("sameAs"))),
            "id": model_id(node["@id"]),
        }
        names = _list(node.get("alternateName"))
        if node.get("@type") == "Person":
            return Actor(
                aliases=tuple(names),
                roles=tuple(_list(node.get("jobTitle"))),
                affiliation=_optional_id(node.get("affiliation")),
                **common,
            )
        acronym = node.get(_NC + "acronym")
        return Organization(
            kind=node.get(_NC + "kind", "other"),
            acronym=acronym,
            aliases=tuple(names[1:] if acronym is not None else names),
            part_of=_optional_id(node.get("parentOrganization")),
            **common,
        )

    def claim(self, node: Mapping[str, Any]) -> Claim:
        appearances = tuple(
            Appearance(
                article=_id_of(item[_NC + "article"]),
                span=_read_span(item),
                quote=_optional_id(item.get(_NC + "quote")),
            )
            for item in _list(node.get(_NC + "appearances"))
        )
        record = node.get("@type") == CLAIM_RECORD_TYPE
        return Claim(
            text=node[_NC + "text"] if record else node["text"],
            claimant=_optional_id(node.get(_NC + "claimant" if record else "author")),
            voice=node.get(_NC + "voice", "attributed"),
            appearances=appearances,
            check_worthiness=node.get(_NC + "checkWorthiness", 0.0),
            id=model_id(node["@id"]),
        )

    def quote(self, node: Mapping[str, Any]) -> Quote:
        return Quote(
            kind=node[_NC + "kind"],
            contents=_spans(node.get(_NC + "contents")),
            cue=_optional_span(node.get(_NC + "cue")),
            speaker_mentions=_spans(node.get(_NC + "speakerMentions")),
            speaker=_optional_id(node.get("creator")),
            speakers=tuple(_id_of(item) for item in _list(node.get(_NC + "speakers"))),
            relayed_by=tuple(_id_of(item) for item in _list(node.get(_NC + "relayedBy"))),
            id=model_id(node["@id"]),
        )

    def article(self, node: Mapping[str, Any]) -> Article:
        entities = [self.entity(self.node(ref)) for ref in _list(node.get("mentions"))]
        publisher = node.get("publisher")
        layout = {name: _optional_span(node.get(key)) for name, key in _LAYOUT_SPANS}
        return Article(
            schema_version=node.get(_VERSION_KEY, self.version),
            text=node.get(_NC + "text", node["articleBody"]),
            source_format=node.get(_NC + "sourceFormat", "text"),
            url=node.get("url"),
            paragraphs=_spans(node.get(_NC + "paragraphSpans")),
            boilerplate=_spans(node.get(_NC + "boilerplateSpans")),
            date_published=node.get("datePublished"),
            date_modified=node.get("dateModified"),
            publisher=None if publisher is None else _name(publisher),
            authors=tuple(_name(author) for author in _list(node.get("author"))),
            keywords=tuple(_list(node.get("keywords"))),
            subjects=tuple(_list(node.get(_NC + "subjects"))),
            language=node.get("inLanguage"),
            section=node.get("articleSection"),
            quotes=tuple(self.quote(self.node(ref)) for ref in _list(node.get(_NC + "quotes"))),
            mentions=tuple(
                Mention(span=_read_span(item), refers_to=_optional_id(item.get(_NC + "refersTo")))
                for item in _list(node.get(_NC + "mentions"))
            ),
            actors=tuple(entity for entity in entities if isinstance(entity, Actor)),
            organizations=tuple(entity for entity in entities if isinstance(entity, Organization)),
            claims=tuple(self.claim(self.node(ref)) for ref in _list(node.get(_NC + "claims"))),
            id=model_id(node["@id"]),
            **layout,
        )

    def review(self, node: Mapping[str, Any]) -> ClaimReview:
        author = node.get("author") or {}
        item = node.get("itemReviewed") or {}
        claim_author = item.get("author")
        published = node.get("reviewRating")
        rating = None
        if published is not None:
            rating = Rating(
                alternate_name=published["alternateName"],
                value=published.get("ratingValue"),
                best=published.get("bestRating"),
                worst=published.get("worstRating"),
                verdict=node.get(_NC + "verdict", "other"),
            )
        extra = node.get(_NC + "extra")
        return ClaimReview(
            claim_reviewed=node["claimReviewed"],
            rating=rating,
            claim=_optional_id(node.get(_NC + "claim")),
            claim_author=None if claim_author is None else _name(claim_author),
            claim_date=item.get("datePublished"),
            claim_appearances=tuple(appearance["url"] for appearance in _list(item.get("appearance"))),
            author_name=author.get("name"),
            author_url=author.get("url"),
            url=node.get("url"),
            date_published=node.get("datePublished"),
            language=node.get("inLanguage"),
            extra={} if extra is None else json.loads(extra),
            id=model_id(node["@id"]),
        )

    def corpus(self, node: Mapping[str, Any]) -> Corpus:
        def read(key: str) -> list[dict[str, Any]]:
            return [self.node(ref) for ref in _list(node.get(_NC + key))]

        entities = [self.entity(found) for found in (*read("actors"), *read("organizations"))]
        return Corpus(
            schema_version=self.version,
            articles=tuple(self.article(found) for found in read("articles")),
            actors=tuple(entity for entity in entities if isinstance(entity, Actor)),
            organizations=tuple(entity for entity in entities if isinstance(entity, Organization)),
            claims=tuple(self.claim(found) for found in read("claims")),
            reviews=tuple(self.review(found) for found in read("reviews")),
            id=model_id(node["@id"]),
        )


def _check_version(version: Any) -> str:
    match = _SEMVER.match(version) if isinstance(version, str) else None
    if match is None:
        raise SchemaVersionError(f"{_VERSION_KEY} {version!r} is not a version number like {SCHEMA_VERSION!r}")
    if int(match.group(1)) > int(SCHEMA_VERSION.split(".")[0]):
        raise SchemaVersionError(f"the document is newsclaims schema {version}, newer than {SCHEMA_VERSION}: upgrade")
    return match.group(0)


def from_jsonld(document: Mapping[str, Any]) -> Article | Corpus:
    """The Article or Corpus a document written by :func:`to_jsonld` holds, exactly as it was.

    Raises:
        InputError: the document is not one :func:`to_jsonld` writes (or was changed so
            that it no longer makes a valid model).
        SchemaVersionError: it declares a newer major schema version than this library's.
    """
    if not isinstance(document, Mapping) or not isinstance(document.get("@graph"), list):
        raise InputError("not a newsclaims JSON-LD document: no @graph")
    version = _check_version(document.get(_VERSION_KEY, SCHEMA_VERSION))
    try:
        reader = _Reader(document["@graph"], version)
        corpora = [n for n in reader.nodes.values() if n.get("@type") == "Dataset" and _is_kind(n, "corpus")]
        if len(corpora) == 1:
            return reader.corpus(corpora[0])
        articles = [n for n in reader.nodes.values() if n.get("@type") == "NewsArticle"]
        if corpora or len(articles) != 1:
            raise InputError(
                f"a newsclaims JSON-LD document holds one corpus or one article, not {len(corpora)} corpora "
                f"and {len(articles)} articles"
            )
        return reader.article(articles[0])
    except ValidationError as error:
        problem = error.errors()[0]
        where = "/".join(str(part) for part in problem.get("loc", ()))
        raise InputError(f"not a valid newsclaims model: {where}: {problem.get('msg')}") from None
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
        raise InputError(f"not a newsclaims JSON-LD document ({type(error).__name__}: {error})") from None


def _is_kind(node: Mapping[str, Any], kind: str) -> bool:
    return model_id(node["@id"]).startswith(kind + "_")
