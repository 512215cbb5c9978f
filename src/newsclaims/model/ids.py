"""Deterministic identifiers derived from content.

The same input gives the same ids on any machine and in any run: an id is a hash of
the canonical JSON of the fields that identify the thing (as cti-python-stix2 does),
never a counter or a random uuid.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

# One encoder for every id: json.dumps with non-default options builds a new encoder per call.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_id(kind: str, *identity: Any) -> str:
    """Return ``<kind>_<16 hex digits>`` for the identifying values given.

    Values must be JSON-serialisable (pydantic models are dumped first by callers).
    """
    return _hashed(kind, _CANONICAL.encode(identity))


def spans_id(kind: str, spans: list[tuple[int, int]]) -> str:
    """Return ``content_id(kind, spans)`` for (start, end) offsets, without the JSON encoder.

    Every quote needs one; the canonical JSON of integer pairs is spelt out directly (twice as fast).
    """
    return _hashed(kind, "[[" + ",".join([f"[{start},{end}]" for start, end in spans]) + "]]")


def _hashed(kind: str, canonical: str) -> str:
    """``<kind>_`` and the first 16 hex digits of the SHA-256 of the canonical JSON."""
    return f"{kind}_{hashlib.sha256(canonical.encode('utf-8')).hexdigest()[:16]}"
