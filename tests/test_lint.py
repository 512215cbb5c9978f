"""Lint and types are part of the tests: ruff on src/ and tests/, mypy --strict on src/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    located = shutil.which(name)
    if located is None:
        pytest.fail(f"{name} is not installed: install the test extra (pip install -e '.[dev]')")
    return located


# Every folder of Python code in the repository that exists in this checkout.
CODE = [name for name in ("src", "tests", "benchmarks", "examples", "scripts") if (REPO / name).is_dir()]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


def test_ruff_check_is_clean() -> None:
    result = _run(_tool("ruff"), "check", *CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = _run(_tool("ruff"), "format", "--check", *CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = _run(_tool("mypy"), "--strict", "src/newsclaims")
    assert result.returncode == 0, result.stdout + result.stderr
