"""Package data: the pinned schema.org 30.0 context and the vocabulary table newsclaims writes against.

Both are schema.org content under CC BY-SA 3.0 (see ATTRIBUTION.md beside this file).
They ship in the wheel so JSON-LD can be checked offline: nothing is ever fetched.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any, Final

__all__ = [
    "SCHEMAORG_CONTEXT_FILE",
    "SCHEMAORG_RELEASE",
    "SCHEMAORG_TERMS_FILE",
    "schemaorg_context",
    "schemaorg_terms",
]

SCHEMAORG_RELEASE: Final = "30.0"
"""The schema.org release newsclaims writes and checks against."""
SCHEMAORG_CONTEXT_FILE: Final = "schemaorgcontext-30.0.jsonld"
"""The pinned context, copied unchanged from the schema.org release."""
SCHEMAORG_TERMS_FILE: Final = "schemaorg-terms-30.0.json"
"""Types and properties newsclaims writes, with their superclasses, domains and pending status."""


def _load(name: str) -> Any:
    return json.loads(files(__name__).joinpath(name).read_text(encoding="utf-8"))


@cache
def schemaorg_context() -> dict[str, Any]:
    """The schema.org 30.0 context document (``{"@context": {...}}``), for offline JSON-LD processing.

    Serve it from a JSON-LD processor's document loader for ``https://schema.org``.
    Cached: do not change the returned dict.
    """
    document: dict[str, Any] = _load(SCHEMAORG_CONTEXT_FILE)
    return document


@cache
def schemaorg_terms() -> dict[str, Any]:
    """The vocabulary table: ``{"types": {name: {...}}, "properties": {name: {...}}}``.

    A type has ``superclasses`` (all of them, transitively) and ``pending``; a property
    has ``domains`` and ``pending``. Cached: do not change the returned dict.
    """
    table: dict[str, Any] = _load(SCHEMAORG_TERMS_FILE)
    return table
