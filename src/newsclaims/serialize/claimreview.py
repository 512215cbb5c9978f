"""Fact-checkers' verdicts on newsclaims' claims -> schema.org ClaimReview markup.

newsclaims never invents a verdict: each comes from the fact-checker, through a
verdicts file (:func:`~newsclaims.parsers.verdicts.load_verdicts`). :func:`match_verdicts`
finds the claim each verdict is about, by claim id, by claim text (case and spacing
ignored), and, when the extracted wording differs from the fact-checker's, by the
terms both share, in the claim's text or in the words of a report where it appears
(the corpus merge's term bags, see :func:`~newsclaims.extract.corpus.terms_of`). A
verdict that names no claim is left out of the markup and listed in
:attr:`VerdictMatches.unmatched`.

:func:`claimreview_jsonld` writes a review model as ClaimReview markup, ``extra``
included, so a review read from the web is written back with every property it had.
:func:`to_claimreview` writes one ClaimReview for a claim of newsclaims: that markup
with, when the claim and its corpus are given, an ``itemReviewed`` Claim that names its
claimant and every report it appears in, the first one first.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pydantic import JsonValue

from newsclaims.errors import NewsclaimsWarning
from newsclaims.extract.corpus import terms_of
from newsclaims.model import Actor, Article, Claim, ClaimReview, Corpus, Organization, name_key
from newsclaims.model.review import merge_extra
from newsclaims.parsers.verdicts import VerdictEntry, VerdictsFile
from newsclaims.serialize.ids import node_id

__all__ = [
    "MIN_SHARED_TERMS",
    "RATING_NUMBERS",
    "SCHEMA_CONTEXT",
    "VerdictMatches",
    "claimreview_jsonld",
    "match_verdicts",
    "to_claimreview",
    "to_claimreviews",
]

SCHEMA_CONTEXT: Final = "https://schema.org"
"""The ``@context`` of the markup written (resolved offline against the pinned schema.org 30.0)."""

MIN_SHARED_TERMS: Final = 0.75
"""Share of a verdict's claim terms a claim must hold to match by wording (when id and text do not).

A claim holds the terms of its own text and of the words of each report it appears in.
The match must also be unambiguous: when two claims hold the verdict's terms equally
well (and appear in as many reports), the verdict matches neither. On the seeds
(November 2026 extraction) "Russia will provide security assistance to Belarus at its
request" holds 6 of 6 terms in the shared claim's appearance "At the first request,
Russia will provide comprehensive assistance to ensure the security of Belarus", and 5
of 6 in the Kremlin's "readiness to provide assistance": the shared claim wins.
"""
RATING_NUMBERS: Final = (("ratingValue", "value"), ("bestRating", "best"), ("worstRating", "worst"))
"""schema.org Rating numbers and the :class:`~newsclaims.model.Rating` fields that hold them."""
_MIN_TERMS: Final = 3  # fewer terms than this say too little to match a claim by wording

Document = Article | Corpus


def _articles(document: Document) -> tuple[Article, ...]:
    return document.articles if isinstance(document, Corpus) else (document,)


def _entity(document: Document, identifier: str | None) -> Actor | Organization | None:
    """The claimant: the corpus-wide record first, else the record of an article."""
    if identifier is None:
        return None
    pools: list[Sequence[Actor | Organization]] = []
    if isinstance(document, Corpus):
        pools += [document.actors, document.organizations]
    for article in _articles(document):
        pools += [article.actors, article.organizations]
    for pool in pools:
        for entity in pool:
            if entity.id == identifier:
                return entity
    return None


def _appearing_in(document: Document, claim: Claim) -> list[Article]:
    """The articles the claim appears in, first appearance first."""
    by_id: dict[str, Article] = {}
    for article in _articles(document):
        by_id.setdefault(article.id, article)
    wanted = dict.fromkeys(appearance.article for appearance in claim.appearances)
    return [by_id[identifier] for identifier in wanted if identifier in by_id]


class _Matcher:
    """Finds the claim of a verdict; built once per corpus, so each verdict costs one look-up.

    By claim id, then by claim text (case and spacing ignored), then by wording: the
    term bags of every claim's text and of each report's words where it appears are
    computed on first need, once.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.by_id: dict[str, Claim] = {}
        self.by_text: dict[str, Claim] = {}
        for claim in document.claims:
            self.by_id.setdefault(claim.id, claim)
            self.by_text.setdefault(name_key(claim.text), claim)
        self._wordings: list[tuple[Claim, list[frozenset[str]]]] | None = None

    def find(self, entry: VerdictEntry) -> Claim | None:
        if entry.claim_id is not None and entry.claim_id in self.by_id:
            return self.by_id[entry.claim_id]
        if entry.claim_text is None:
            return None
        return self.by_text.get(name_key(entry.claim_text)) or self.by_wording(entry.claim_text)

    def wordings(self) -> list[tuple[Claim, list[frozenset[str]]]]:
        """Each claim with the terms of its text and of the words of each report it appears in."""
        if self._wordings is None:
            texts = {article.id: article.text for article in _articles(self.document)}
            self._wordings = []
            for claim in self.document.claims:
                bags = [terms_of(claim.text)]
                for appearance in claim.appearances:
                    text = texts.get(appearance.article)
                    if text is not None and appearance.span.fits(text):
                        bags.append(terms_of(appearance.span.of(text)))
                self._wordings.append((claim, bags))
        return self._wordings

    def by_wording(self, claim_text: str) -> Claim | None:
        """The one claim that holds enough of the verdict's terms, in its text or in a report's words.

        Among claims holding equally many, the one seen in more reports, then with more
        appearances, wins; a tie beyond that is ambiguous and matches nothing.
        """
        wanted = terms_of(claim_text)
        if len(wanted) < _MIN_TERMS:
            return None
        ranked: list[tuple[tuple[float, int, int], Claim]] = []
        for claim, bags in self.wordings():
            share = max(len(wanted & bag) for bag in bags) / len(wanted)
            if share >= MIN_SHARED_TERMS:
                ranked.append(((share, len({a.article for a in claim.appearances}), len(claim.appearances)), claim))
        ranked.sort(key=lambda pair: pair[0], reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None
        return ranked[0][1]


@dataclass(frozen=True)
class VerdictMatches:
    """The verdicts of a file matched to the claims of a corpus, and those that matched none."""

    reviews: tuple[tuple[Claim, ClaimReview], ...]
    """Each matched verdict's claim and its review, in the file's order."""
    unmatched: tuple[str, ...] = ()
    """One line per verdict that names no claim of the corpus, for the user to see."""


def match_verdicts(document: Document, verdicts: VerdictsFile) -> VerdictMatches:
    """Each verdict with the claim it is about, as a ClaimReview model, in the file's order.

    The review's ``claimReviewed`` is the file's ``claim_reviewed``, else the claim as the
    fact-checker wrote it in the file, else the claim's own text. The claimant's name,
    the URLs of the reports and the first report's date come from the corpus. A verdict
    that names no claim of the corpus is left out and listed in ``unmatched``.
    """
    matcher = _Matcher(document)
    matched: list[tuple[Claim, ClaimReview]] = []
    unmatched: list[str] = []
    for number, entry in enumerate(verdicts.entries, start=1):
        claim = matcher.find(entry)
        if claim is None:
            named = entry.claim_id or entry.claim_text
            unmatched.append(f"verdict {number} ({named!r}) names no claim of the articles: left out")
            continue
        claimant = _entity(document, claim.claimant)
        where = _appearing_in(document, claim)
        review = entry.review_for(
            claim,
            claim_author=None if claimant is None else claimant.name,
            claim_appearances=tuple(article.url for article in where if article.url is not None),
        )
        update: dict[str, object] = {}
        if entry.claim_reviewed is None and entry.claim_text is not None:
            update["claim_reviewed"] = entry.claim_text
        if where and where[0].date_published is not None:
            update["claim_date"] = where[0].date_published
        matched.append((claim, review.model_copy(update=update) if update else review))
    return VerdictMatches(reviews=tuple(matched), unmatched=tuple(unmatched))


def _number(value: float) -> JsonValue:
    """A whole number as an integer (``5``, not ``5.0``), as publishers write ratings."""
    return int(value) if value.is_integer() else value


def claimreview_jsonld(review: ClaimReview) -> dict[str, JsonValue]:
    """The review as schema.org ClaimReview JSON-LD, with every property it was read with.

    Fields give the core; ``extra`` is laid over it (see
    :func:`~newsclaims.model.review.merge_extra`), so a review read from the web is
    written back with all its properties, numbers as numbers and dates in ISO 8601.
    """
    base: dict[str, JsonValue] = {"@context": SCHEMA_CONTEXT, "@type": "ClaimReview"}
    base["claimReviewed"] = review.claim_reviewed
    if review.url is not None:
        base["url"] = review.url
    if review.date_published is not None:
        base["datePublished"] = review.date_published
    if review.language is not None:
        base["inLanguage"] = review.language
    if review.author_name is not None or review.author_url is not None:
        author: dict[str, JsonValue] = {"@type": "Organization"}
        if review.author_name is not None:
            author["name"] = review.author_name
        if review.author_url is not None:
            author["url"] = review.author_url
        base["author"] = author
    if review.rating is not None:
        rating: dict[str, JsonValue] = {"@type": "Rating"}
        for key, attribute in RATING_NUMBERS:
            value = getattr(review.rating, attribute)
            if value is not None:
                rating[key] = _number(value)
        rating["alternateName"] = review.rating.alternate_name
        base["reviewRating"] = rating
    item = _item_jsonld(review)
    if item:
        base["itemReviewed"] = item
    return merge_extra(base, review.extra)


def _item_jsonld(review: ClaimReview) -> dict[str, JsonValue]:
    """The reviewed Claim from the model's fields, unless the published itemReviewed says where it appeared."""
    published = review.extra.get("itemReviewed")
    if isinstance(published, list):  # a published list of items: the first is the claim reviewed
        published = published[0] if published else None
    if not isinstance(published, dict):
        published = {}
    item: dict[str, JsonValue] = {}
    if review.claim_author is not None:
        item["author"] = {"@type": "Person", "name": review.claim_author}
    if review.claim_date is not None:
        item["datePublished"] = review.claim_date
    has_appearance = any(key in published for key in ("appearance", "firstAppearance", "url"))
    if review.claim_appearances and not has_appearance:
        item["firstAppearance"] = {"@type": "CreativeWork", "url": review.claim_appearances[0]}
        item["appearance"] = [{"@type": "CreativeWork", "url": url} for url in review.claim_appearances]
    if item or published:
        item = {"@type": "Claim", **item}
    return item


def _work(article: Article) -> dict[str, JsonValue]:
    """A report the claim appears in, as a NewsArticle consumers can recognise."""
    work: dict[str, JsonValue] = {"@type": "NewsArticle", "@id": node_id(article.id)}
    if article.url is not None:
        work["url"] = article.url
    if article.headline is not None:
        work["headline"] = article.text_of(article.headline)
    if article.date_published is not None:
        work["datePublished"] = article.date_published
    if article.publisher is not None:
        work["publisher"] = {"@type": "Organization", "name": article.publisher}
    return work


def to_claimreview(
    claim: Claim | None, review: ClaimReview, *, corpus: Article | Corpus | None = None
) -> dict[str, JsonValue]:
    """One ClaimReview as schema.org JSON-LD (with ``@context``), ready to publish.

    ``claim`` (None for a review read from the web) links ``itemReviewed`` to the Claim
    of :func:`~newsclaims.to_jsonld` by ``@id``; with ``corpus`` the Claim also names its
    claimant (a Person or an Organization) and every report it appears in as
    ``appearance``, the first one as ``firstAppearance``. What the review's ``extra``
    says (the markup as published) wins over all of these.
    """
    markup = claimreview_jsonld(review)
    if claim is None:
        return markup
    current = markup.get("itemReviewed")
    if isinstance(current, list):  # a published list of items is kept as published, unlinked
        return markup
    published = review.extra.get("itemReviewed")
    given = set(published) if isinstance(published, dict) else set()
    given |= {"@" + key for key in given & {"id", "type"}}  # schema.org's context aliases id and type
    item: dict[str, JsonValue] = dict(current) if isinstance(current, dict) else {"@type": "Claim"}
    additions: dict[str, JsonValue] = {"@id": node_id(claim.id)}
    if corpus is not None:
        claimant = _entity(corpus, claim.claimant)
        if claimant is not None and review.claim_author in (None, claimant.name):
            additions["author"] = {"@type": claimant.type, "name": claimant.name}
        works = [_work(article) for article in _appearing_in(corpus, claim)]
        covered = {work.get("url") for work in works}
        works += [{"@type": "CreativeWork", "url": url} for url in review.claim_appearances if url not in covered]
        if works:
            additions["firstAppearance"] = works[0]
            additions["appearance"] = list(works)
    item.update({key: value for key, value in additions.items() if key not in given})
    head: dict[str, JsonValue] = {"@type": item.pop("@type", "Claim")}
    if "@id" in item:
        head["@id"] = item.pop("@id")
    markup["itemReviewed"] = {**head, **item}
    return markup


def to_claimreviews(document: Article | Corpus, verdicts: VerdictsFile) -> list[dict[str, JsonValue]]:
    """ClaimReview JSON-LD for every verdict of ``verdicts`` on a claim of the corpus (or article).

    One document per verdict, in the file's order (Google reads one ClaimReview per
    page: publish each on its review's page). See :func:`match_verdicts` for how
    verdicts find their claims; a verdict that finds none is left out with a
    :class:`~newsclaims.errors.NewsclaimsWarning` (the CLI prints it as one line).
    """
    matches = match_verdicts(document, verdicts)
    for line in matches.unmatched:
        warnings.warn(NewsclaimsWarning(line), stacklevel=2)
    return [to_claimreview(claim, review, corpus=document) for claim, review in matches.reviews]
