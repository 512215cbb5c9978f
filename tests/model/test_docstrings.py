"""Field docstrings are the fields' descriptions in every JSON Schema made from the models."""

from __future__ import annotations

import sys
import types

import pytest
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


def test_a_model_defined_in_a_function_has_its_field_docstrings() -> None:
    class Local(NewsclaimsModel):
        """Defined where it is used."""

        count: int = 0
        """How many there are."""

    assert Local.model_json_schema()["properties"]["count"]["description"] == "How many there are."


def test_a_model_without_readable_source_has_a_schema_without_field_descriptions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = types.ModuleType("newsclaims_test_no_source")  # as a class typed into a REPL: no file
    monkeypatch.setitem(sys.modules, module.__name__, module)
    code = 'class Typed(NewsclaimsModel):\n    """Typed in."""\n\n    count: int = 0\n    """Not readable."""\n'
    exec(code, {"__name__": module.__name__, "NewsclaimsModel": NewsclaimsModel}, module.__dict__)
    schema = module.Typed.model_json_schema()
    assert schema["description"] == "Typed in."
    assert "description" not in schema["properties"]["count"]


class _Extended(_Sample):
    """A subclass: inherited fields keep their docstrings."""

    extra: int = 0
    """Only in the subclass."""
    plain: int = 1


def test_a_subclass_keeps_the_docstrings_of_the_fields_it_inherits() -> None:
    properties = _Extended.model_json_schema()["properties"]
    assert properties["where"]["description"] == "A span, and it may be missing."
    assert properties["extra"]["description"] == "Only in the subclass."
    assert "description" not in properties["plain"]  # annotated again, without a docstring
