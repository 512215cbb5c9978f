"""The evaluation corpus (PolNeAR: copyrighted news) is measured against, never copied into the project.

Every 50-character run of every tracked source, test and document line is looked up in the
corpus texts; a hit means a sentence was copied into a test or a comment. Made-up examples of
the same shape serve as well. Skips when ../shared is absent.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WINDOW = 50
"""Long enough that common news phrases ("on condition of anonymity to discuss") do not match."""
STEP = 10
SEED = 20
"""Corpus runs of SEED characters every STEP find the few lines worth the slow WINDOW look-up."""


def _tracked_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "src", "tests", "docs", "benchmarks", "examples", "scripts", "README.md"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    return [REPO / name for name in listed.stdout.split() if name.endswith((".py", ".md"))]


def test_no_line_of_the_project_quotes_the_evaluation_corpus(shared_dir: Path) -> None:
    texts = sorted((shared_dir / "eval" / "polnear").glob("*/text/*.txt"))
    if not texts:
        pytest.skip("PolNeAR texts are not present")
    corpus = "\n".join(path.read_text(encoding="utf-8") for path in texts)
    seeds = {corpus[i : i + SEED] for i in range(0, len(corpus) - SEED, STEP)}
    copied = []
    for path in _tracked_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if len(line) < WINDOW or not any(line[i : i + SEED] in seeds for i in range(len(line) - SEED + 1)):
                continue
            windows = (line[i : i + WINDOW] for i in range(0, len(line) - WINDOW + 1, STEP))
            if any(window in corpus for window in windows):
                copied.append(f"{path.relative_to(REPO)}:{number}")
    assert copied == [], "\n".join(copied)
