"""The shared base of every newsclaims model."""

from __future__ import annotations

import ast
import inspect
import sys
from functools import cache
from itertools import pairwise

from pydantic import BaseModel, ConfigDict, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema


class NewsclaimsModel(BaseModel):
    """Base class: immutable, strict about unknown fields, documented in its schema."""

    model_config = ConfigDict(
        # A parsed article is a record of what a text says: share it freely, never mutate it.
        frozen=True,
        # A misspelt or unknown field is an error, not silently dropped data.
        extra="forbid",
        # Whitespace is meaningful in quotes and names as written: keep it.
        str_strip_whitespace=False,
    )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        """Field docstrings become descriptions in the published JSON Schema.

        They are read here, when a schema is made, rather than by pydantic's
        ``use_attribute_docstrings`` when each class is created: that tokenizes every
        model's source and cost each process ~20 ms of start-up, for a schema few runs print.
        """
        json_schema = handler(schema)
        properties = handler.resolve_ref_schema(json_schema).get("properties", {})
        for name, docstring in field_docstrings(cls).items():
            if name in properties and cls.model_fields[name].description is None:
                properties[name]["description"] = docstring
        return json_schema


def field_docstrings(model: type[BaseModel]) -> dict[str, str]:
    """The docstring under each field of a top-level model class, cleaned as ``inspect.getdoc`` does."""
    return _class_docstrings(model.__module__).get(model.__qualname__, {})


@cache
def _class_docstrings(module: str) -> dict[str, dict[str, str]]:
    """Class name -> field -> docstring, for every class of a module (its source parsed once)."""
    tree = ast.parse(inspect.getsource(sys.modules[module]))
    found: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            docs = found.setdefault(node.name, {})
            for before, statement in pairwise(node.body):
                if (
                    isinstance(before, ast.AnnAssign)
                    and isinstance(before.target, ast.Name)
                    and isinstance(statement, ast.Expr)
                    and isinstance(statement.value, ast.Constant)
                    and isinstance(statement.value.value, str)
                ):
                    docs[before.target.id] = inspect.cleandoc(statement.value.value)
    return found
