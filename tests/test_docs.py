"""The documentation builds with warnings as errors, and its tables match the code and schema.org."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsclaims
from newsclaims.cli import app
from newsclaims.model import NewsclaimsModel

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
VOCABULARY = REPO.parent / "shared" / "interop" / "schemaorg" / "schemaorg-current-https-30.0.jsonld"

# A row of the mapping table: | `our field` | `Type.property` (...) | core/pending |
_MAPPING_ROW = re.compile(r"^\| [^|]+ \| `(\w+)(?:\.(\w+))?`[^|]* \| (core|pending) \|$", re.MULTILINE)


def test_mkdocs_build_is_strict_clean(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "site" / "model" / "index.html").is_file()


def test_cli_page_has_a_section_for_every_command() -> None:
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    commands = {
        command.name or (command.callback.__name__ if command.callback else "") for command in app.registered_commands
    }
    assert commands >= {"parse", "quotes", "jsonld", "claimreview", "validate", "reviews", "ninjs", "schema"}
    missing = [name for name in sorted(commands) if f"\n## {name}\n" not in page]
    assert missing == [], f"docs/cli.md has no section for: {missing}"


def test_model_page_documents_every_exported_model_type() -> None:
    page = (DOCS / "model.md").read_text(encoding="utf-8")
    types = [name for name in newsclaims.__all__ if isinstance(getattr(newsclaims, name), type)]
    models = [name for name in types if issubclass(getattr(newsclaims, name), NewsclaimsModel)]
    assert "Article" in models
    assert [name for name in models if f"::: newsclaims.model.{name}\n" not in page] == []


def _mapping_rows() -> list[tuple[str, str | None, str]]:
    page = (DOCS / "jsonld.md").read_text(encoding="utf-8")
    return [(m.group(1), m.group(2), m.group(3)) for m in _MAPPING_ROW.finditer(page)]


def test_mapping_table_status_matches_the_schema_org_30_vocabulary() -> None:
    if not VOCABULARY.is_file():
        pytest.skip("../shared/interop/schemaorg is not present")
    graph: list[dict[str, Any]] = json.loads(VOCABULARY.read_text(encoding="utf-8"))["@graph"]
    nodes = {node["@id"]: node for node in graph}
    rows = _mapping_rows()
    assert len(rows) > 40
    wrong = []
    for type_name, prop, status in rows:
        term = f"schema:{prop or type_name}"
        assert term in nodes, f"{term} is not in schema.org 30.0"
        pending = nodes[term].get("schema:isPartOf", {}).get("@id") == "https://pending.schema.org"
        if pending != (status == "pending"):
            wrong.append(term)
    assert wrong == [], f"docs/jsonld.md marks these wrongly as core/pending: {wrong}"


def _properties(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("@") and ":" not in key:
                found.add(key)
            found |= _properties(value)
    elif isinstance(node, list):
        for item in node:
            found |= _properties(item)
    return found


def test_mapping_table_names_every_property_the_jsonld_writer_uses(seed_texts: dict[str, str]) -> None:
    to_jsonld = newsclaims.to_jsonld
    corpus = newsclaims.parse_corpus(list(seed_texts.values()))
    written = _properties(to_jsonld(corpus))
    documented = {prop for _, prop, _ in _mapping_rows() if prop} | {"name", "text"}
    assert sorted(written - documented) == []
