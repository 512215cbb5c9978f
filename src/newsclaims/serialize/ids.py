"""The ``@id``s newsclaims writes: ``urn:newsclaims:<kind>:<hex>``, from the model's content ids.

Kept apart from the writers so that the JSON-LD and ClaimReview writers, which link to
each other's nodes, can both use them without importing each other.
"""

from __future__ import annotations

import re
from typing import Final

from newsclaims.errors import InputError

__all__ = ["URN_PREFIX", "model_id", "node_id"]

URN_PREFIX: Final = "urn:newsclaims:"
"""Prefix of every ``@id`` written."""

_ID_TAIL = re.compile(r"([a-z]+):([0-9a-f]{16})(?:-\d+)?$")


def node_id(identifier: str, scope: str | None = None) -> str:
    """The ``@id`` of a model id: ``actor_0123...`` -> ``urn:newsclaims:actor:0123...``.

    ``scope`` is the ``@id`` of the article a node belongs to, for nodes that exist only there.
    """
    kind, _, digest = identifier.partition("_")
    return f"{scope or URN_PREFIX.rstrip(':')}:{kind}:{digest}"


def model_id(iri: str) -> str:
    """The model id an ``@id`` written by :func:`node_id` stands for (scope and suffix dropped).

    Raises:
        InputError: the ``@id`` is not one newsclaims writes.
    """
    match = _ID_TAIL.search(iri) if iri.startswith(URN_PREFIX) else None
    if match is None:
        raise InputError(f"@id {iri!r} is not a newsclaims id (urn:newsclaims:<kind>:<16 hex digits>)")
    return f"{match.group(1)}_{match.group(2)}"
