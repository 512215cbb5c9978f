"""Batch work over many inputs: discovery, parallel processing in input order, atomic writes.

Library-level machinery with no printing, so the CLI and a newsroom's own scripts share
it: find the inputs (files, directories searched recursively, ``-`` for stdin), run one
function on each (optionally in several processes), capture a failing input's path and
reason so the others go on, and write outputs atomically (a temporary file in the same
directory, then ``os.replace``), so an interrupted run never leaves a half-written file.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from newsclaims.errors import InputError, NewsclaimsError

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = [
    "ARTICLE_SUFFIXES",
    "STDIN",
    "Outcome",
    "atomic_write",
    "discover",
    "output_path",
    "read_input",
    "run_batch",
]

T = TypeVar("T")
R = TypeVar("R")

STDIN = "-"
"""The name that stands for standard input."""

# File name endings the parsers read (plain text, HTML pages, NITF/NewsML-G2 XML, ninjs and
# JSON-LD); a directory is searched for these. Anything else in a directory is left alone.
ARTICLE_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".nitf", ".newsml", ".json", ".jsonld", ".ninjs"}
)


def discover(inputs: Iterable[str | Path], suffixes: frozenset[str] = ARTICLE_SUFFIXES) -> list[str]:
    """Return the input files to process, in a stable order.

    Files named on the command line are kept as given (whatever their ending: the user
    chose them), in the order given; ``-`` stands for stdin. A directory contributes its
    files with one of ``suffixes``, found recursively and sorted, hidden files and folders
    left out. The same file named twice is processed once.

    Raises:
        InputError: an input does not exist, or a directory holds no readable file.
    """
    found: list[str] = []
    seen: set[str] = set()

    def add(name: str) -> None:
        if name not in seen:
            seen.add(name)
            found.append(name)

    for item in inputs:
        name = str(item)
        if name == STDIN:
            add(STDIN)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(
                str(candidate)
                for candidate in path.rglob("*")
                if candidate.suffix.lower() in suffixes
                and candidate.is_file()
                and not any(part.startswith(".") for part in candidate.relative_to(path).parts)
            )
            if not files:
                endings = ", ".join(sorted(suffixes))
                raise InputError(f"the directory holds no file ending in {endings}", source=name)
            for file in files:
                add(file)
        elif path.is_file():
            add(name)
        else:
            raise InputError("no such file or directory: check the path", source=name)
    return found


def read_input(name: str) -> bytes:
    """Read one input's bytes (``-`` reads stdin).

    Raises:
        InputError: the input cannot be read.
    """
    try:
        if name == STDIN:
            return sys.stdin.buffer.read()
        return Path(name).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=name) from error


def atomic_write(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    The data goes to a temporary file in the same directory (so the rename stays on one
    file system), is flushed to disk, then replaces ``path`` in one step. If anything
    fails or the run is interrupted, the temporary file is removed and ``path`` is untouched.
    Missing parent directories are created.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def output_path(name: str, out_dir: str | Path, suffix: str, inputs_root: Sequence[str | Path] = ()) -> Path:
    """Where the output for input ``name`` goes in ``out_dir``: its stem with ``suffix``.

    When the input lies under one of ``inputs_root`` (directories given on the command
    line), its relative folder is kept, so ``a/x.txt`` and ``b/x.txt`` do not collide.
    """
    if name == STDIN:
        return Path(out_dir) / f"stdin{suffix}"
    path = Path(name)
    for root in inputs_root:
        root_path = Path(root)
        if root_path.is_dir():
            try:
                relative = path.relative_to(root_path)
            except ValueError:
                continue
            return Path(out_dir) / relative.with_suffix(suffix)
    return Path(out_dir) / f"{path.stem}{suffix}"


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What processing one input gave: a value, or the reason it failed."""

    source: str
    """The input's name, as discovered."""
    value: T | None = None
    """The result, when it worked."""
    error: str | None = None
    """Why it failed, in words (a newsclaims error's message, or the unexpected error's type and message)."""
    expected: bool = True
    """False when the failure was not a NewsclaimsError (a bug worth reporting)."""
    detail: str | None = None
    """The traceback of an unexpected failure, for ``--debug``."""

    @property
    def ok(self) -> bool:
        """Whether the input was processed."""
        return self.error is None


def _capture(function: Callable[[str], T], name: str) -> Outcome[T]:
    """Run ``function`` on one input; any failure becomes an Outcome, so the batch goes on."""
    try:
        return Outcome(source=name, value=function(name))
    except NewsclaimsError as error:
        reason = error.reason if error.source == name else str(error)
        return Outcome(source=name, error=reason)
    except RecursionError:
        return Outcome(source=name, error="input nested too deeply to process")
    except MemoryError:
        return Outcome(source=name, error="input too large to process in memory")
    except Exception as error:  # isolating one bad input is the point of a batch
        return Outcome(
            source=name,
            error=f"unexpected {type(error).__name__}: {error}",
            expected=False,
            detail=traceback.format_exc(),
        )


class _Captured(Generic[R]):
    """A picklable callable that wraps ``function`` with :func:`_capture` (for worker processes)."""

    def __init__(self, function: Callable[[str], R]) -> None:
        self.function = function

    def __call__(self, name: str) -> Outcome[R]:
        return _capture(self.function, name)


def run_batch(function: Callable[[str], T], names: Sequence[str], *, jobs: int = 1) -> Iterator[Outcome[T]]:
    """Apply ``function`` to every input name; yield one Outcome per input, in input order.

    With ``jobs`` > 1 the inputs are processed in that many worker processes
    (``function`` and its results must be picklable: a module-level function or a
    ``functools.partial`` of one). stdin is always read in this process. Results are
    yielded as soon as they and all earlier ones are ready, so a caller can stream them.
    """
    if jobs <= 1 or len(names) <= 1:
        for name in names:
            yield _capture(function, name)
        return
    # Imported here: multiprocessing costs every command ~25 ms of start-up, and only --jobs uses it.
    from concurrent.futures import ProcessPoolExecutor

    stdin_value: Outcome[T] | None = _capture(function, STDIN) if STDIN in names else None
    worker = _Captured(function)
    # Workers leave Ctrl-C to this process, which stops the batch cleanly (no traceback per worker).
    executor = ProcessPoolExecutor(max_workers=min(jobs, len(names)), initializer=_ignore_interrupts)
    try:
        futures: list[Future[Outcome[T]] | None] = [
            None if name == STDIN else executor.submit(worker, name) for name in names
        ]
        for future in futures:
            if future is None:
                assert stdin_value is not None
                yield stdin_value
            else:
                yield future.result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
