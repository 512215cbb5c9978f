"""Offline JSON-LD checks for the serialisers: pyld against the pinned schema.org context only.

No test here ever reaches the network: the document loader serves the context shipped
in newsclaims/data for https://schema.org and fails the test for anything else.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld  # type: ignore[import-untyped]

from newsclaims.data import schemaorg_context, schemaorg_terms
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
)

SCHEMA = "http://schema.org/"
# The spellings of the schema.org context URL that documents use.
CONTEXT_URLS = frozenset(
    f"{scheme}://{host}schema.org{slash}"
    for scheme in ("http", "https")
    for host in ("", "www.")
    for slash in ("", "/", "/docs/jsonldcontext.jsonld")
)


class NetworkRefusedError(AssertionError):
    """A JSON-LD processor asked for a document other than the pinned schema.org context."""


def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """pyld document loader: the pinned context for schema.org, a test failure for anything else."""
    if url in CONTEXT_URLS:
        return {"contextUrl": None, "documentUrl": url, "document": schemaorg_context()}
    raise NetworkRefusedError(f"the JSON-LD processor asked for {url!r}: only the pinned schema.org context is served")


def expand(document: Any) -> list[Any]:
    """The document expanded by pyld, offline (a JSON copy first, so pyld cannot change ours)."""
    expanded: list[Any] = jsonld.expand(json.loads(json.dumps(document)), {"documentLoader": offline_loader})
    return expanded


def _expected_iri(key: str) -> str:
    return key if ":" in key else SCHEMA + key


def _compact_keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if not key.startswith("@"):
                yield key
            if key != "@context":
                yield from _compact_keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _compact_keys(item)


def _expanded_keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        if "@value" in value:
            return
        for key, item in value.items():
            if not key.startswith("@"):
                yield key
            yield from _expanded_keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _expanded_keys(item)


def dropped_terms(document: Any, expanded: list[Any]) -> set[str]:
    """Keys of the document that did not survive expansion (a JSON-LD processor drops unknown terms)."""
    return {_expected_iri(key) for key in _compact_keys(document)} - set(_expanded_keys(expanded))


def term_problems(expanded: list[Any], table: dict[str, Any]) -> list[str]:
    """Every schema.org type and property used, checked against the vocabulary table.

    A type must exist; a property must exist and have a domain that is one of the node's
    types or their superclasses.
    """
    problems: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
            return
        if not isinstance(value, dict) or "@value" in value:
            return
        types = [t[len(SCHEMA) :] for t in value.get("@type", []) if t.startswith(SCHEMA)]
        admitted: set[str] = set()
        for name in types:
            entry = table["types"].get(name)
            if entry is None:
                problems.append(f"type {name} is not in schema.org 30.0 (or not in the table)")
                continue
            admitted |= {name, *entry["superclasses"]}
        for key, item in value.items():
            if key.startswith(SCHEMA):
                name = key[len(SCHEMA) :]
                prop = table["properties"].get(name)
                if prop is None:
                    problems.append(f"property {name} is not in schema.org 30.0 (or not in the table)")
                elif not admitted & set(prop["domains"]):
                    problems.append(f"property {name} on {types or 'an untyped node'}: domains {prop['domains']}")
            walk(item)

    walk(expanded)
    return problems


def used_terms(expanded: list[Any]) -> tuple[set[str], set[str]]:
    """The schema.org types and properties an expanded document uses (local names)."""
    types: set[str] = set()
    properties: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict) and "@value" not in value:
            types.update(t[len(SCHEMA) :] for t in value.get("@type", []) if t.startswith(SCHEMA))
            for key, item in value.items():
                if key.startswith(SCHEMA):
                    properties.add(key[len(SCHEMA) :])
                walk(item)

    walk(expanded)
    return types, properties


@pytest.fixture(scope="session")
def terms_table() -> dict[str, Any]:
    """The vocabulary table shipped in newsclaims/data."""
    return schemaorg_terms()


@pytest.fixture(scope="session")
def schemaorg_dir(shared_dir: Path) -> Path:
    """../shared/interop/schemaorg: the schema.org 30.0 release files (skips when absent)."""
    path = shared_dir / "interop" / "schemaorg"
    if not path.is_dir():
        pytest.skip("../shared/interop/schemaorg is not present")
    return path


# --- a corpus with every field set, written by us ------------------------------------------------

RICH_TEXT = (
    "Lukashenko says Russia will help\n"
    "By Jane Roe, Example News\n"
    "MINSK, Aug 16 -\n"
    "“Russia will provide assistance at our request,” Belarusian President Alexander Lukashenko said, "
    "reported TASS.\n"
    "The so-called “last dictator” met the CSTO.\n"
    "Share this story"
)
SECOND_TEXT = "Alexander Lukashenko said Russia would provide assistance at Minsk's request."


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start=start, end=start + len(words))


def rich_article() -> Article:
    """One article with every field the model has, and a quote, a scare quote and a claim."""
    text = RICH_TEXT
    csto = Organization(name="Collective Security Treaty Organization", kind="international", acronym="CSTO")
    tass = Organization(name="TASS", kind="news_agency", aliases=("Tass",), part_of=None, same_as=("https://tass.com",))
    belarus = Organization(name="Belarus", kind="country")
    lukashenko = Actor(
        name="Alexander Lukashenko",
        aliases=("Lukashenko", "Belarusian President"),
        roles=("President of Belarus",),
        affiliation=belarus.id,
        same_as=("https://www.wikidata.org/wiki/Q40207",),
    )
    said = Quote(
        kind="direct",
        contents=(_span(text, "Russia will provide assistance at our request"),),
        cue=_span(text, "said"),
        speaker_mentions=(_span(text, "Belarusian President Alexander Lukashenko"),),
        speaker=lukashenko.id,
        speakers=(lukashenko.id,),
        relayed_by=(tass.id,),
    )
    scare = Quote(kind="scare", contents=(_span(text, "last dictator"),))
    claim = Claim(
        text="Russia will provide assistance to Belarus at its request",
        claimant=lukashenko.id,
        appearances=(
            Appearance(
                article="article_0000000000000000",
                span=_span(text, "Russia will provide assistance at our request"),
                quote=said.id,
            ),
        ),
        check_worthiness=0.9,
    )
    draft = Article(text=text, url="https://news.example/minsk")
    claim = claim.model_copy(update={"appearances": (claim.appearances[0].model_copy(update={"article": draft.id}),)})
    paragraph_one = text.index("“Russia")
    return Article(
        text=text,
        source_format="html",
        url="https://news.example/minsk",
        headline=_span(text, "Lukashenko says Russia will help"),
        byline=_span(text, "By Jane Roe, Example News"),
        dateline=_span(text, "MINSK, Aug 16 -"),
        standfirst=None,
        paragraphs=(
            Span(start=paragraph_one, end=text.index("\nThe so-called")),
            _span(text, "The so-called “last dictator” met the CSTO."),
        ),
        boilerplate=(_span(text, "Share this story"),),
        date_published="2020-08-16T09:30:00+03:00",
        date_modified="2020-08-16",
        publisher="Example News",
        authors=("Jane Roe",),
        keywords=("Belarus", "Russia"),
        subjects=("medtop:11000000",),
        language="en",
        section="World",
        quotes=(said, scare),
        mentions=(
            Mention(span=_span(text, "Alexander Lukashenko"), refers_to=lukashenko.id),
            Mention(span=_span(text, "TASS"), refers_to=tass.id),
            Mention(span=_span(text, "CSTO"), refers_to=csto.id),
            Mention(span=_span(text, "Russia"), refers_to=None),
        ),
        actors=(lukashenko,),
        organizations=(csto, tass, belarus),
        claims=(claim,),
    )


def rich_corpus() -> Corpus:
    """Two articles sharing a person and a claim, with a fact-checker's review of the claim."""
    first = rich_article()
    lukashenko = first.actors[0].model_copy(update={"affiliation": None, "aliases": ()})
    said = _span(SECOND_TEXT, "Russia would provide assistance at Minsk's request")
    second_claim = Claim(
        text=first.claims[0].text,
        claimant=lukashenko.id,
        appearances=(Appearance(article="article_0000000000000000", span=said),),
    )
    draft = Article(text=SECOND_TEXT)
    second = Article(
        text=SECOND_TEXT,
        date_published="2020-08-17",
        publisher="Other News",
        actors=(lukashenko,),
        quotes=(Quote(kind="indirect", contents=(said,), speaker=lukashenko.id, speakers=(lukashenko.id,)),),
        claims=(
            second_claim.model_copy(
                update={"appearances": (second_claim.appearances[0].model_copy(update={"article": draft.id}),)}
            ),
        ),
    )
    shared = first.claims[0].model_copy(
        update={"appearances": (*first.claims[0].appearances, *second.claims[0].appearances)}
    )
    review = ClaimReview(
        claim_reviewed="Russia will provide security assistance to Belarus at its request",
        rating=Rating(alternate_name="Mostly true", value=4, best=5, worst=1, verdict="mostly_true"),
        claim=shared.id,
        claim_author="Alexander Lukashenko",
        claim_date="2020-08-16",
        claim_appearances=("https://news.example/minsk",),
        author_name="Example Fact Check",
        author_url="https://factcheck.example",
        url="https://factcheck.example/r/1",
        date_published="2020-08-20",
        language="en",
        extra={"publisher": {"@type": "Organization", "name": "Example Fact Check", "logo": "x.png"}},
    )
    return Corpus(
        articles=(first, second),
        actors=first.actors,
        organizations=first.organizations,
        claims=(shared,),
        reviews=(review,),
    )


@pytest.fixture
def rich() -> Corpus:
    """A corpus with every model field set (see :func:`rich_corpus`)."""
    return rich_corpus()


class LinkedData:
    """The helpers above, handed to tests as the ``ld`` fixture (test modules do not import conftest)."""

    expand = staticmethod(expand)
    dropped_terms = staticmethod(dropped_terms)
    term_problems = staticmethod(term_problems)
    used_terms = staticmethod(used_terms)
    loader = staticmethod(offline_loader)
    refused = NetworkRefusedError
    rich_article = staticmethod(rich_article)
    rich_corpus = staticmethod(rich_corpus)


@pytest.fixture(scope="session")
def ld() -> LinkedData:
    """Offline JSON-LD helpers: expand, dropped_terms, term_problems, used_terms, loader."""
    return LinkedData()
