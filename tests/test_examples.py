"""Every script in examples/ runs, as a newsroom would run it, and says what it should."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import newsclaims

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def _example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", REPO / "examples" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_example_has_a_test() -> None:
    tested = {"who_said_what", "claimreview_for_verdicts", "normalise_verdict"}
    assert {path.stem for path in (REPO / "examples").glob("*.py")} == tested


def test_who_said_what_lists_each_article_and_the_speakers(capsys: pytest.CaptureFixture[str]) -> None:
    assert _example("who_said_what").main([str(REPO / "seeds")]) == 0
    lines = capsys.readouterr().out.splitlines()
    headings = [line for line in lines if line.startswith("== ") and not line.startswith("== claims")]
    assert [line.split(":")[0] for line in headings] == [f"== {path.name}" for path in SEEDS]
    texts = "".join(path.read_text(encoding="utf-8") for path in SEEDS)
    said = [line.split("]: ", 1)[1] for line in lines if line.startswith("  ") and "]: " in line]
    # Every quote printed is words of the articles (pieces joined by " … ").
    assert all(piece in texts for line in said for piece in line.split(" … "))
    if said:
        assert any("Lukashenko" in line for line in lines if "]: " in line)


def test_claimreview_for_verdicts_writes_markup_the_lint_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = newsclaims.parse_corpus(SEEDS)
    assert corpus.claims, "the seeds carry claims"
    claim = corpus.claims[0]
    verdicts = {
        "reviewer": {"name": "Example Fact Check", "url": "https://factcheck.example"},
        "verdicts": [{"claim": claim.text, "rating": "Mostly false", "url": "https://factcheck.example/r/1"}],
    }
    path = tmp_path / "verdicts.json"
    path.write_text(json.dumps(verdicts), encoding="utf-8")
    assert _example("claimreview_for_verdicts").main([str(path), *map(str, SEEDS)]) == 0
    markup = json.loads(capsys.readouterr().out)
    assert "ClaimReview" in json.dumps(markup)
    assert "Mostly false" in json.dumps(markup, ensure_ascii=False)


def test_normalise_verdict_reads_a_page_in_another_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://verificador.example/falso-1",
        "claimReviewed": "El desempleo bajó al 3 por ciento.",
        "author": {"@type": "Organization", "name": "Verificador Ejemplo"},
        "reviewRating": {"@type": "Rating", "alternateName": "Falso"},
    }
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><script type="application/ld+json">{json.dumps(review)}</script></head></html>',
        encoding="utf-8",
    )
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body>no markup</body></html>", encoding="utf-8")
    assert _example("normalise_verdict").main([str(page), str(empty)]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first.startswith(f"{page}: false ('Falso' by Verificador Ejemplo)")
    assert second == f"{empty}: no ClaimReview found"
