"""The README's library example runs as written, and its commands name real CLI commands and files."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_library_example_runs_and_finds_the_shared_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (code,) = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    monkeypatch.chdir(REPO)
    runpy.run_path(str(script), run_name="__main__")
    out = capsys.readouterr().out
    assert "Alexander Lukashenko" in out
    shared = re.search(r"^(\d+) claims appear in both reports", out, flags=re.MULTILINE)
    assert shared is not None
    assert int(shared.group(1)) >= 1


def test_main_job_command_names_files_that_exist() -> None:
    (command,) = [line for line in README.splitlines() if "newsclaims claimreview" in line and "pip install" in line]
    assert "seeds/*.txt" in command
    verdicts = re.search(r"--verdicts (\S+)", command)
    assert verdicts is not None
    assert (REPO / verdicts.group(1)).is_file()
    assert sorted((REPO / "seeds").glob("*.txt"))
