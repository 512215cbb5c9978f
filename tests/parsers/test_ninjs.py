"""ninjs 3.x: reading the official examples, writing valid 3.0/3.1 documents, round trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.model import Article
from newsclaims.parsers.ninjs import parse_ninjs
from newsclaims.parsers.nitf import assemble
from newsclaims.serialize.ninjs import rfc3339, to_ninjs

FIXTURES = Path(__file__).parent / "fixtures" / "ninjs"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXAMPLES = SHARED / "interop" / "iptc" / "ninjs" / "examples-3.0"
GEOJSON_URL = "https://geojson.org/schema/GeoJSON.json"


def _validator(version: str) -> Draft202012Validator:
    """The official schema, its GeoJSON $ref resolved to our local permissive stand-in."""
    schema = json.loads((FIXTURES / f"ninjs-schema_{version}.json").read_text(encoding="utf-8"))
    geojson = json.loads((FIXTURES / "geojson-standin.json").read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resource(GEOJSON_URL, Resource.from_contents(geojson))
    return Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _article() -> Article:
    return assemble(
        source_format="html",
        headline="Minister denies report",
        standfirst="A short summary.",
        byline="By Jane Doe",
        dateline="PARIS",
        paragraphs=["First paragraph of the story.", '"It is false," the minister said.'],
        url="https://news.example/story-1",
        date_published="2024-05-01T08:30:00+02:00",
        date_modified="2024-05-02T09:00:00Z",
        publisher="Example News",
        authors=["Jane Doe"],
        keywords=["health"],
        subjects=["politics"],
        language="en",
        section="World",
    )


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_output_validates_against_official_schema(version: str) -> None:
    errors = list(_validator(version).iter_errors(to_ninjs(_article())))
    assert errors == []


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_minimal_article_validates(version: str) -> None:
    article = assemble(source_format="text", paragraphs=["Only a body."], date_published="2024-05-01")
    doc = to_ninjs(article)
    assert doc["uri"].startswith("urn:newsclaims:article:")
    assert doc["firstCreated"] == "2024-05-01T00:00:00Z"
    assert list(_validator(version).iter_errors(doc)) == []


def test_invalid_document_is_caught_by_the_validator() -> None:
    doc = to_ninjs(_article())
    doc["type"] = "newspaper"
    assert list(_validator("3.1").iter_errors(doc))


def test_round_trip_keeps_the_article() -> None:
    article = _article()
    back = parse_ninjs(json.dumps(to_ninjs(article)))
    assert back.source_format == "ninjs"
    for span in ("headline", "standfirst", "byline", "dateline"):
        mine, theirs = getattr(article, span), getattr(back, span)
        assert mine is not None
        assert theirs is not None
        assert back.text_of(theirs) == article.text_of(mine)
    assert [back.text_of(p) for p in back.paragraphs] == [article.text_of(p) for p in article.paragraphs]
    assert back.text == article.text
    assert back.date_published == article.date_published
    assert back.date_modified == article.date_modified
    assert back.url == article.url
    assert (back.authors, back.keywords, back.subjects) == (article.authors, article.keywords, article.subjects)
    assert (back.publisher, back.language, back.section) == (article.publisher, article.language, article.section)


@pytest.mark.parametrize(
    ("given_date", "expected"),
    [("2024-05-01", "2024-05-01T00:00:00Z"), ("2024-05-01T08:30", "2024-05-01T08:30:00Z"),
     ("2024-05-01T08:30:00+0200", "2024-05-01T08:30:00+02:00"), ("2024-05-01T08:30:00Z", "2024-05-01T08:30:00Z")],
)  # fmt: skip
def test_rfc3339(given_date: str, expected: str) -> None:
    assert rfc3339(given_date) == expected


@pytest.mark.skipif(not EXAMPLES.exists(), reason="../shared is not present")
def test_every_official_example_parses() -> None:
    files = sorted(EXAMPLES.rglob("*.json"))
    assert len(files) >= 19
    for path in files:
        article = parse_ninjs(path.read_bytes())
        assert article.text.strip(), path.name


@pytest.mark.skipif(not EXAMPLES.exists(), reason="../shared is not present")
def test_dpa_fact_check_html_body() -> None:
    article = parse_ninjs((EXAMPLES / "dpa_text.json").read_bytes())
    assert article.headline is not None
    assert article.text_of(article.headline).startswith("Faktencheck Derby-Elfmeter")
    assert article.language == "de"
    assert any(article.text_of(p).startswith("BEHAUPTUNG:") for p in article.paragraphs)
    assert "<p>" not in article.text


def test_not_json_is_an_input_error() -> None:
    with pytest.raises(InputError):
        parse_ninjs("{not json")
    with pytest.raises(InputError):
        parse_ninjs("[1, 2]")


@given(st.binary(max_size=300) | st.recursive(st.none() | st.text(max_size=20), lambda c: st.dictionaries(
    st.sampled_from(["headlines", "bodies", "value", "role", "by", "uri", "contentType", "subjects"]), c, max_size=4)
    | st.lists(c, max_size=3)).map(json.dumps))  # fmt: skip
def test_total(data: bytes | str) -> None:
    try:
        result = parse_ninjs(data)
    except NewsclaimsError:
        return
    assert isinstance(result, Article)
