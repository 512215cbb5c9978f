"""Batch machinery: discovery, atomic writes, failure isolation, input order with and without workers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsclaims.batch import STDIN, atomic_write, discover, output_path, read_input, run_batch
from newsclaims.errors import InputError


def _tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    (root / "b" / "z.txt").write_text("z", encoding="utf-8")
    (root / "a" / "y.html").write_text("<p>y</p>", encoding="utf-8")
    (root / "a" / "x.xml").write_text("<nitf/>", encoding="utf-8")
    (root / "notes.docx").write_bytes(b"PK")
    (root / ".hidden" / "secret.txt").write_text("s", encoding="utf-8")
    (root / ".draft.txt").write_text("d", encoding="utf-8")


def test_discover_walks_directories_by_format_sorted_and_skips_hidden(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = [Path(name).relative_to(tmp_path).as_posix() for name in discover([tmp_path])]
    assert found == ["a/x.xml", "a/y.html", "b/z.txt"]


def test_discover_keeps_named_files_in_the_given_order_once(tmp_path: Path) -> None:
    first, second = tmp_path / "2.docx", tmp_path / "1.txt"
    first.write_bytes(b"x")
    second.write_text("y", encoding="utf-8")
    # A file named explicitly is taken whatever its ending; a repeat is processed once.
    assert discover([first, second, first, STDIN]) == [str(first), str(second), STDIN]


def test_discover_names_the_missing_input(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as caught:
        discover([missing])
    assert caught.value.source == str(missing)


def test_discover_refuses_a_directory_without_articles(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match="no file ending in"):
        discover([tmp_path])


def test_atomic_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out" / "doc.json"
    atomic_write(target, "first")
    atomic_write(target, b"second")
    assert target.read_text(encoding="utf-8") == "second"
    assert [p.name for p in target.parent.iterdir()] == ["doc.json"]


def test_atomic_write_interrupted_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "doc.json"
    target.write_text("old", encoding="utf-8")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "new " * 1000)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]


def test_output_path_keeps_folders_under_a_directory_input(tmp_path: Path) -> None:
    _tree(tmp_path)
    out = tmp_path / "out"
    assert output_path(str(tmp_path / "b" / "z.txt"), out, ".json", [tmp_path]) == out / "b" / "z.json"
    assert output_path(str(tmp_path / "b" / "z.txt"), out, ".json") == out / "z.json"
    assert output_path(STDIN, out, ".json") == out / "stdin.json"


def _files(tmp_path: Path, count: int) -> list[str]:
    names = []
    for number in range(count):
        path = tmp_path / f"{number:03d}.txt"
        path.write_text(f"article {number}", encoding="utf-8")
        names.append(str(path))
    return names


@pytest.mark.parametrize("jobs", [1, 2])
def test_run_batch_keeps_input_order_and_isolates_failures(tmp_path: Path, jobs: int) -> None:
    names = _files(tmp_path, 7)
    names.insert(3, str(tmp_path / "missing.txt"))
    outcomes = list(run_batch(read_input, names, jobs=jobs))
    assert [o.source for o in outcomes] == names
    assert [o.ok for o in outcomes] == [True, True, True, False, True, True, True, True]
    assert outcomes[3].error is not None
    assert "cannot read" in outcomes[3].error
    assert outcomes[3].expected
    assert [o.value for o in outcomes if o.ok] == [f"article {n}".encode() for n in range(7)]


def test_run_batch_captures_unexpected_errors_with_a_traceback(tmp_path: Path) -> None:
    def broken(name: str) -> int:
        if name.endswith("001.txt"):
            raise ValueError("boom")
        return len(name)

    outcomes = list(run_batch(broken, _files(tmp_path, 3)))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert outcomes[1].error == "unexpected ValueError: boom"
    assert not outcomes[1].expected
    assert outcomes[1].detail is not None
    assert "Traceback" in outcomes[1].detail


def test_run_batch_stops_its_workers_when_the_caller_stops_early(tmp_path: Path) -> None:
    outcomes = run_batch(read_input, _files(tmp_path, 20), jobs=2)
    first = next(outcomes)
    outcomes.close()  # what an interrupted CLI does: the pool shuts down, pending work is cancelled
    assert first.value == b"article 0"
    assert list(outcomes) == []
