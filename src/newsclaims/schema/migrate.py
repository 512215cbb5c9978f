"""Take older newsclaims documents forward to the current schema version.

As pystac does: identify a document's version, then apply small pure steps, one per
version change, until it is current. There are no old models to keep, only steps.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from newsclaims.errors import SchemaVersionError
from newsclaims.model import SCHEMA_VERSION

Document = dict[str, Any]
Step = Callable[[Document], Document]

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")

# major version -> the step that takes a document of that major version to the next.
# Version 1 is the first published schema: no step exists yet. Add one with every major bump.
MIGRATIONS: dict[int, Step] = {}


def _version(value: object) -> tuple[int, int, int]:
    match = _SEMVER.match(value) if isinstance(value, str) else None
    if match is None:
        raise SchemaVersionError(f"schema_version {value!r} is not a version number like {SCHEMA_VERSION!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def identify(document: Document) -> tuple[int, int, int]:
    """Return the schema version a document declares."""
    if "schema_version" not in document:
        raise SchemaVersionError("the document has no schema_version: it is not a newsclaims document")
    return _version(document["schema_version"])


def migrate(document: Document) -> Document:
    """Return ``document`` migrated to the current schema version (a new dict; the input is untouched).

    Minor versions are additive, so a document of an older minor version of the current
    major only has its version updated. A newer version than this library's is refused.
    """
    current = _version(SCHEMA_VERSION)
    version = identify(document)
    if version > current:
        raise SchemaVersionError(
            f"the document follows schema {document['schema_version']}, newer than this library's "
            f"{SCHEMA_VERSION}: upgrade newsclaims"
        )
    migrated = copy.deepcopy(document)
    major = version[0]
    while major < current[0]:
        step = MIGRATIONS.get(major)
        if step is None:
            raise SchemaVersionError(f"no migration from schema major version {major}")
        migrated = step(migrated)
        major += 1
    migrated["schema_version"] = SCHEMA_VERSION
    for article in migrated.get("articles", ()):
        if isinstance(article, dict) and "schema_version" in article:
            article["schema_version"] = SCHEMA_VERSION
    return migrated
