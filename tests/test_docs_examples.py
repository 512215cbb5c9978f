"""The committed examples in docs/ are what the code produces now: the docs cannot drift."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_examples", REPO / "scripts" / "gen_examples.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_examples_match_what_the_code_produces() -> None:
    generator = _generator()
    stale = generator.stale(generator.build())
    assert stale == [], (
        f"docs examples differ from what the code now produces: {stale}; "
        f"if the change is intended, run `{generator.REGENERATE}` and commit the diff"
    )


def test_examples_are_the_seeds_output_and_valid_json() -> None:
    generator = _generator()
    files = generator.build()
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    for seed in seeds:
        quotes = json.loads(files[f"docs/examples/{seed.stem}.quotes.json"])
        assert quotes["source"] == f"seeds/{seed.name}"
        assert quotes["text"] == seed.read_bytes().decode("utf-8")
        article = json.loads(files[f"docs/examples/{seed.stem}.article.json"])
        assert article["text"] == quotes["text"]
    page = files["docs/examples.md"]
    assert all(f'--8<-- "docs/examples/{seed.stem}.article.json"' in page for seed in seeds)
