"""Everything the serialisers write is valid schema.org 30.0 JSON-LD, checked offline.

Documents: the seeds' corpus and each seed article, a corpus written by us with every
model field set, and the ClaimReviews for both. Each must expand with pyld against the
pinned context (no network: the loader serves only that context), lose no key in
expansion, and use only schema.org terms that exist in 30.0 on types their domains admit.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from pyld.jsonld import JsonLdError  # type: ignore[import-untyped]

import newsclaims
from newsclaims.data import SCHEMAORG_CONTEXT_FILE, SCHEMAORG_RELEASE, SCHEMAORG_TERMS_FILE, schemaorg_context
from newsclaims.model import Corpus
from newsclaims.parsers.verdicts import parse_verdicts
from newsclaims.serialize.claimreview import to_claimreview, to_claimreviews
from newsclaims.serialize.jsonld import to_jsonld

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
DATA = REPO / "src" / "newsclaims" / "data"
CONTEXT_SHA256 = "d8167890b056bc7c71eb39b30cbb4816490d5e671371ba50a5a633d1bc36961a"
VOCABULARY = "schemaorg-current-https-30.0.jsonld"
PENDING = "https://pending.schema.org"


@pytest.fixture(scope="module")
def seeds_corpus() -> Corpus:
    return newsclaims.parse_corpus(SEEDS)


def _documents(seeds: Corpus, rich: Corpus) -> dict[str, Any]:
    """Every kind of document the serialisers write, by name."""
    documents: dict[str, Any] = {"seeds corpus": to_jsonld(seeds), "rich corpus": to_jsonld(rich)}
    documents.update({f"seed article {i}": to_jsonld(article) for i, article in enumerate(seeds.articles)})
    documents["rich article"] = to_jsonld(rich.articles[0])
    documents["rich claimreview"] = to_claimreview(rich.claims[0], rich.reviews[0], corpus=rich)
    if seeds.claims:
        claim = max(seeds.claims, key=lambda c: len({a.article for a in c.appearances}))
        verdicts = parse_verdicts(json.dumps({claim.id: "False"}))
        documents["seeds claimreviews"] = to_claimreviews(seeds, verdicts)
    return documents


def test_every_document_written_expands_offline_and_loses_no_key(seeds_corpus: Corpus, rich: Corpus, ld: Any) -> None:
    documents = _documents(seeds_corpus, rich)
    for name, document in documents.items():
        expanded = ld.expand(document)
        assert expanded, name
        assert ld.dropped_terms(document, expanded) == set(), name
    assert len(documents) >= 6


def test_the_loader_serves_only_the_pinned_context(ld: Any) -> None:
    assert ld.loader("https://schema.org")["document"] == schemaorg_context()
    with pytest.raises(JsonLdError) as raised:
        ld.expand({"@context": "https://example.org/context.jsonld", "name": "x"})
    causes = []
    error: BaseException | None = raised.value
    while error is not None:
        causes.append(error)
        error = error.__cause__
    assert any(isinstance(cause, ld.refused) for cause in causes)


def test_every_schema_org_term_written_exists_with_a_domain_admitting_its_type(
    seeds_corpus: Corpus, rich: Corpus, ld: Any, terms_table: dict[str, Any]
) -> None:
    checked: set[str] = set()
    for name, document in _documents(seeds_corpus, rich).items():
        expanded = ld.expand(document)
        assert ld.term_problems(expanded, terms_table) == [], name
        types, properties = ld.used_terms(expanded)
        checked |= types | properties
    # The core of what we write is there (guards against a walk that checks nothing).
    assert {"NewsArticle", "Quotation", "Claim", "ClaimReview", "appearance", "firstAppearance", "creator"} <= checked


def test_claim_and_quotation_are_pending_and_claimreview_is_core(terms_table: dict[str, Any]) -> None:
    types, properties = terms_table["types"], terms_table["properties"]
    assert types["Claim"]["pending"]
    assert types["Quotation"]["pending"]
    assert properties["appearance"]["pending"]
    assert properties["firstAppearance"]["pending"]
    assert not types["ClaimReview"]["pending"]
    assert not types["NewsArticle"]["pending"]
    assert "CreativeWork" in types["Claim"]["superclasses"]


def test_the_shipped_context_is_the_pinned_release_file() -> None:
    shipped = (DATA / SCHEMAORG_CONTEXT_FILE).read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == CONTEXT_SHA256
    assert SCHEMAORG_RELEASE in SCHEMAORG_CONTEXT_FILE
    attribution = (DATA / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "CC BY-SA" in attribution or "Attribution-ShareAlike" in attribution
    assert SCHEMAORG_CONTEXT_FILE in attribution
    assert SCHEMAORG_TERMS_FILE in attribution


def test_the_shipped_context_is_the_shared_copy(schemaorg_dir: Path) -> None:
    assert (DATA / SCHEMAORG_CONTEXT_FILE).read_bytes() == (schemaorg_dir / SCHEMAORG_CONTEXT_FILE).read_bytes()


# --- the vocabulary table: derived from the 30.0 vocabulary for the terms we write ----------------


def _local(iri: str) -> str:
    return iri.rsplit(":", 1)[-1].rsplit("/", 1)[-1]


def _ids(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [_local(item["@id"]) for item in items]


def build_table(vocabulary: dict[str, Any], types: set[str], properties: set[str]) -> dict[str, Any]:
    """The table for these terms: superclasses (transitive) of types, domains of properties, pending flags."""
    nodes = {_local(node["@id"]): node for node in vocabulary["@graph"] if str(node["@id"]).startswith("schema:")}

    def pending(name: str) -> bool:
        return PENDING in [item["@id"] for item in _as_list(nodes[name].get("schema:isPartOf"))]

    def ancestors(name: str) -> list[str]:
        seen: list[str] = []
        todo = _ids(nodes[name].get("rdfs:subClassOf"))
        while todo:
            parent = todo.pop()
            if parent not in seen and parent in nodes:
                seen.append(parent)
                todo += _ids(nodes[parent].get("rdfs:subClassOf"))
        return sorted(seen)

    return {
        "release": SCHEMAORG_RELEASE,
        "source": VOCABULARY,
        "licence": "CC BY-SA 3.0, schema.org (see ATTRIBUTION.md)",
        "types": {t: {"superclasses": ancestors(t), "pending": pending(t)} for t in sorted(types) if t in nodes},
        "properties": {
            p: {"domains": sorted(_ids(nodes[p].get("schema:domainIncludes"))), "pending": pending(p)}
            for p in sorted(properties)
            if p in nodes
        },
    }


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def test_the_table_is_derived_from_the_vocabulary_for_the_terms_we_write(
    schemaorg_dir: Path, seeds_corpus: Corpus, rich: Corpus, ld: Any, terms_table: dict[str, Any]
) -> None:
    vocabulary = json.loads((schemaorg_dir / VOCABULARY).read_text(encoding="utf-8"))
    types: set[str] = set()
    properties: set[str] = set()
    for document in _documents(seeds_corpus, rich).values():
        used_types, used_properties = ld.used_terms(ld.expand(document))
        types |= used_types
        properties |= used_properties
    # Terms a writer may use that these documents happen not to (kept so the check covers them).
    types |= set(terms_table["types"])
    properties |= set(terms_table["properties"])
    table = build_table(vocabulary, types, properties)
    if os.environ.get("NEWSCLAIMS_REGENERATE"):
        text = json.dumps(table, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        (DATA / SCHEMAORG_TERMS_FILE).write_text(text, encoding="utf-8")
    missing = sorted((types - set(table["types"])) | (properties - set(table["properties"])))
    assert missing == [], f"not schema.org 30.0 terms: {missing}"
    assert table == terms_table, "the table is stale: NEWSCLAIMS_REGENERATE=1 pytest tests/serialize/test_vocabulary.py"


def test_the_data_ships_in_the_wheel() -> None:
    """Hatch puts every file of the package folder in the wheel unless excluded or git-ignored."""
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert "src/newsclaims" in wheel["packages"]
    assert not any("data" in pattern or "json" in pattern for pattern in wheel.get("exclude", []))
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").split()
    assert not any(pattern in ignored for pattern in ("*.json", "*.jsonld", "*.md", "data/"))
    assert {path.name for path in DATA.iterdir()} >= {SCHEMAORG_CONTEXT_FILE, SCHEMAORG_TERMS_FILE, "ATTRIBUTION.md"}
