"""The published JSON Schema of the model, its version, and migration of older documents."""

from __future__ import annotations

from newsclaims.model import SCHEMA_VERSION
from newsclaims.schema.export import json_schema, schema_path
from newsclaims.schema.migrate import migrate

__all__ = ["SCHEMA_VERSION", "json_schema", "migrate", "schema_path"]
