"""The version of the data model, separate from the library's version.

Compatibility policy: an additive change (a new optional field, a new enum value)
bumps the minor version; anything else bumps the major version and comes with a
migration step in :mod:`newsclaims.schema.migrate`.
"""

from __future__ import annotations

from typing import Final

SCHEMA_VERSION: Final = "1.0.0"
