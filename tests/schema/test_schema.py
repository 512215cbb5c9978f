"""The published JSON Schema: committed, versioned, and in agreement with the model."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given

import newsclaims
from newsclaims.model import Article, Corpus
from newsclaims.schema import schema_path
from newsclaims.testing import articles, corpora


def test_committed_schema_matches_the_code() -> None:
    committed = json.loads(schema_path().read_text(encoding="utf-8"))
    assert committed == newsclaims.json_schema(), (
        "the model's JSON Schema changed: if intended, bump SCHEMA_VERSION and add a migration, then run "
        "`newsclaims schema > src/newsclaims/schema/newsclaims.schema.json`"
    )


def test_schema_carries_the_version() -> None:
    schema = newsclaims.json_schema()
    assert schema["version"] == newsclaims.SCHEMA_VERSION
    assert newsclaims.SCHEMA_VERSION in schema["$id"]


def test_schema_version_is_semver_and_separate_from_library_version() -> None:
    major, minor, patch = (int(part) for part in newsclaims.SCHEMA_VERSION.split("."))
    assert major >= 1
    assert min(minor, patch) >= 0
    assert isinstance(newsclaims.__version__, str)


_VALIDATOR = jsonschema.Draft202012Validator(newsclaims.json_schema())


@given(articles())
def test_generated_articles_satisfy_the_schema(article: Article) -> None:
    _VALIDATOR.validate(article.model_dump(mode="json"))


@given(corpora())
def test_generated_corpora_satisfy_the_schema(corpus: Corpus) -> None:
    _VALIDATOR.validate(corpus.model_dump(mode="json"))


def test_schema_rejects_what_the_model_rejects() -> None:
    document = Article(text="x").model_dump(mode="json")
    document["unknown"] = 1
    assert not _VALIDATOR.is_valid(document)


def test_migrate_keeps_current_documents() -> None:
    document = Corpus(articles=(Article(text="x"),)).model_dump(mode="json")
    assert newsclaims.migrate(document) == document


def test_migrate_takes_older_minor_versions_forward_without_touching_the_input() -> None:
    document = Corpus(articles=(Article(text="x"),)).model_dump(mode="json")
    document["schema_version"] = "1.0.0"
    document["articles"][0]["schema_version"] = "1.0.0"
    migrated = newsclaims.migrate({**document, "schema_version": "1.0.0"})
    assert Corpus.model_validate(migrated).schema_version == newsclaims.SCHEMA_VERSION
    assert document["articles"][0]["schema_version"] == "1.0.0"


@pytest.mark.parametrize("version", ["99.0.0", "banana", None])
def test_migrate_refuses_unknown_versions(version: object) -> None:
    with pytest.raises(newsclaims.SchemaVersionError):
        newsclaims.migrate({"schema_version": version})


def test_migrate_refuses_a_document_without_version() -> None:
    with pytest.raises(newsclaims.SchemaVersionError, match="no schema_version"):
        newsclaims.migrate({"text": "x"})
