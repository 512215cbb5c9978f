"""Golden files: what the writers produce for the rich corpus of conftest.py, committed and reviewed.

Each output is validated first (it expands offline with no key lost), then compared
with the committed file. After an intended change, regenerate and review the diff:

    NEWSCLAIMS_REGENERATE=1 pytest tests/serialize/test_golden.py

The fixture is written by us (conftest.py: rich_article, rich_corpus); no third-party text.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsclaims.model import Corpus
from newsclaims.serialize.claimreview import to_claimreview
from newsclaims.serialize.factcheck import to_factcheck
from newsclaims.serialize.jsonld import to_jsonld

GOLDEN = Path(__file__).parent / "golden"

WRITERS: dict[str, tuple[Callable[[Corpus], Any], bool]] = {
    "rich.jsonld": (to_jsonld, True),
    "rich-article.jsonld": (lambda corpus: to_jsonld(corpus.articles[0]), True),
    "rich.claimreview.jsonld": (
        lambda corpus: to_claimreview(corpus.claims[0], corpus.reviews[0], corpus=corpus),
        True,
    ),
    "rich.factcheck.json": (lambda corpus: to_factcheck(corpus.reviews), False),
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_writer_output_is_valid_and_matches_its_golden_file(name: str, rich: Corpus, ld: Any) -> None:
    write, is_jsonld = WRITERS[name]
    document = write(rich)
    if is_jsonld:
        assert ld.dropped_terms(document, ld.expand(document)) == set()
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    path = GOLDEN / name
    if os.environ.get("NEWSCLAIMS_REGENERATE"):
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"{name} changed: if intended, regenerate (see module docstring)"
