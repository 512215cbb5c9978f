"""The model's JSON Schema, generated from the pydantic models and committed as package data."""

from __future__ import annotations

from importlib.abc import Traversable
from importlib.resources import files
from typing import Any

from pydantic.json_schema import models_json_schema

from newsclaims.model import SCHEMA_VERSION, Article, ClaimReview, Corpus

SCHEMA_FILE = "newsclaims.schema.json"


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of newsclaims documents (an Article or a Corpus), with its version."""
    _, definitions = models_json_schema(
        [(Article, "validation"), (Corpus, "validation"), (ClaimReview, "validation")],
        ref_template="#/$defs/{model}",
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsclaims.dev/schema/{SCHEMA_VERSION}/newsclaims.schema.json",
        "title": "newsclaims document",
        "description": "An Article or a Corpus of articles, as newsclaims serialises them.",
        "version": SCHEMA_VERSION,
        "oneOf": [{"$ref": "#/$defs/Article"}, {"$ref": "#/$defs/Corpus"}],
        "$defs": definitions["$defs"],
    }


def schema_path() -> Traversable:
    """The committed schema file, shipped as package data."""
    return files("newsclaims.schema").joinpath(SCHEMA_FILE)
