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
        for name, docstring in cls._field_docstrings().items():
            if name in properties and cls.model_fields[name].description is None:
                properties[name]["description"] = docstring
        return json_schema

    @classmethod
    def _field_docstrings(cls) -> dict[str, str]:
        """Each field's docstring, from the class that last annotated it (a subclass that annotates a
        field again without a docstring leaves it undocumented, as pydantic does)."""
        docs: dict[str, str] = {}
        for model in reversed(cls.__mro__):
            if not issubclass(model, NewsclaimsModel) or model is NewsclaimsModel:
                continue
            own = field_docstrings(model)
            for name in inspect.get_annotations(model):
                if name in own:
                    docs[name] = own[name]
                else:
                    docs.pop(name, None)
        return docs


def field_docstrings(model: type[BaseModel]) -> dict[str, str]:
    """The docstring under each field of a model class, cleaned as ``inspect.getdoc`` does.

    None when the class's source cannot be read (a class typed into an interactive session).
    """
    return _docstrings_by_class(model.__module__).get(model.__qualname__.replace(".<locals>", ""), {})


@cache
def _docstrings_by_class(module: str) -> dict[str, dict[str, str]]:
    """Qualified class name (``<locals>`` left out) -> field -> docstring, for every class of a module."""
    try:
        tree = ast.parse(inspect.getsource(sys.modules[module]))
    except (KeyError, OSError, TypeError, SyntaxError):
        return {}
    found: dict[str, dict[str, str]] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                found[prefix + child.name] = _field_docstrings(child)
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return found


def _field_docstrings(node: ast.ClassDef) -> dict[str, str]:
    """A string statement right under an annotated name documents that name (as pydantic reads it)."""
    docs: dict[str, str] = {}
    for before, statement in pairwise(node.body):
        if (
            isinstance(before, ast.AnnAssign)
            and isinstance(before.target, ast.Name)
            and isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            docs[before.target.id] = inspect.cleandoc(statement.value.value)
    return docs
