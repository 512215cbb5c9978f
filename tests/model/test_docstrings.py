"""Field docstrings are the fields' descriptions in every JSON Schema made from the models."""

from __future__ import annotations

from pydantic import Field, TypeAdapter

from newsclaims.model import NewsclaimsModel, Span


class _Sample(NewsclaimsModel):
    """A model made for this test."""

    plain: int = 0
    """What plain holds."""
    explicit: int = Field(default=0, description="Given in Field.")
    """A docstring does not replace a description given in Field."""
    undocumented: int = 0
    where: Span | None = None
    """A span, and it may be missing."""


def test_a_field_docstring_is_its_description() -> None:
    properties = _Sample.model_json_schema()["properties"]
    assert properties["plain"]["description"] == "What plain holds."
    assert properties["explicit"]["description"] == "Given in Field."
    assert "description" not in properties["undocumented"]
    assert properties["where"]["description"] == "A span, and it may be missing."


def test_descriptions_reach_nested_models_and_type_adapters() -> None:
    schema = TypeAdapter(list[_Sample]).json_schema()
    span = schema["$defs"]["Span"]["properties"]
    assert schema["$defs"]["_Sample"]["properties"]["plain"]["description"] == "What plain holds."
    assert all(field.get("description") for field in span.values())
