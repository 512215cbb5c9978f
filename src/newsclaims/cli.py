"""The ``newsclaims`` command: a thin layer over the public API.

Every command reads files, directories (searched recursively) or ``-`` (stdin), calls
the library, and prints JSON. Batch machinery (discovery, ``--jobs``, atomic writes,
per-file failures) lives in :mod:`newsclaims.batch`; this module only parses arguments,
shows progress on a terminal, and prints.
"""

# No ``from __future__ import annotations`` here: Typer reads every command's annotations at each
# run (typing.get_type_hints), and evaluated ones spare it re-evaluating strings (~3 ms of start-up).

import json
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

import newsclaims
from newsclaims.batch import Outcome, atomic_write, discover, output_path, read_input, run_batch
from newsclaims.errors import InputError, NewsclaimsError, NewsclaimsWarning

T = TypeVar("T")

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Markdown: docstring paragraphs are re-wrapped to the terminal, examples stay on one line.
    rich_markup_mode="markdown",
    help="Who said what in the news, as checkable claims.",
)

# ---------------------------------------------------------------------------
# Options shared by the commands
# ---------------------------------------------------------------------------

Inputs = Annotated[
    list[str],
    typer.Argument(help="Files, directories (searched recursively) or - for stdin.", show_default=False),
]
OutFile = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.", show_default=False),
]
OutDir = Annotated[
    Path | None,
    typer.Option("--out-dir", help="Write one file per input into this directory (atomically).", show_default=False),
]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Process this many inputs in parallel.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks of unexpected errors.")]
JsonLines = Annotated[bool, typer.Option("--jsonl", help="One JSON object per input per line.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsclaims {newsclaims.__version__} (schema {newsclaims.SCHEMA_VERSION})")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the versions and exit.")
    ] = False,
) -> None:
    """Who said what in the news, as checkable claims.

    Example: newsclaims parse seeds/ --jsonl
    """


# ---------------------------------------------------------------------------
# Errors, output, progress
# ---------------------------------------------------------------------------


def _say(message: str) -> None:
    typer.echo(f"newsclaims: {message}", err=True)


@contextmanager
def _guard(debug: bool) -> Iterator[None]:
    """Turn errors into one line on stderr and an exit code, and the library's warnings into one line each;
    tracebacks only with --debug."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", NewsclaimsWarning)
            try:
                yield
            finally:
                for warning in caught:
                    if issubclass(warning.category, NewsclaimsWarning):
                        _say(f"warning: {warning.message}")
                    else:  # not ours: shown as Python would have shown it
                        warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno)
    except (typer.Exit, typer.Abort, BrokenPipeError):
        raise
    except KeyboardInterrupt:
        _say("interrupted: files already written are complete; none is left half-written")
        raise typer.Exit(130) from None
    except NewsclaimsError as error:
        if debug:
            raise
        _say(str(error))
        raise typer.Exit(1) from None
    except OSError as error:
        if debug:
            raise
        where = f"{error.filename}: " if error.filename else ""
        _say(f"{where}{error.strerror or error}: check the path and permissions")
        raise typer.Exit(1) from None
    except Exception as error:
        if debug:
            raise
        _say(f"internal error ({type(error).__name__}: {error}); rerun with --debug and report the traceback")
        raise typer.Exit(2) from None


class _Output:
    """Where a command's main output goes: stdout as it comes, or one file written atomically at the end."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.parts: list[str] = []

    def line(self, text: str) -> None:
        if self.path is None:
            typer.echo(text)
        else:
            self.parts.append(text + "\n")

    def close(self) -> None:
        if self.path is not None:
            atomic_write(self.path, "".join(self.parts))


def _dump(document: Any, *, indent: int | None = 2) -> str:
    if hasattr(document, "model_dump_json"):
        text: str = document.model_dump_json(indent=indent)
        return text
    return json.dumps(document, indent=indent, ensure_ascii=False)


def _show_progress(quiet: bool, total: int) -> bool:
    return not quiet and total > 1 and sys.stderr.isatty()


def _drive(
    names: Sequence[str],
    work: Callable[[str], T],
    *,
    jobs: int,
    quiet: bool,
    debug: bool,
    verb: str,
    on_value: Callable[[str, T], None],
) -> int:
    """Run ``work`` on every input in order; report failures as they happen; return how many failed."""
    failed = 0
    started = time.perf_counter()
    outcomes: Iterator[Outcome[T]] = run_batch(work, names, jobs=jobs)
    progress: Any = None
    task: Any = None
    if _show_progress(quiet, len(names)):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        progress = Progress(
            TextColumn(f"{verb}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        progress.start()
        task = progress.add_task(verb, total=len(names))
    try:
        for outcome in outcomes:
            if outcome.ok:
                on_value(outcome.source, outcome.value)  # type: ignore[arg-type]
            else:
                failed += 1
                hint = "" if outcome.expected else " (a bug: rerun with --debug and report it)"
                message = f"newsclaims: {outcome.source}: {outcome.error}{hint}"
                if progress is not None:
                    progress.console.print(message, markup=False, highlight=False)
                else:
                    typer.echo(message, err=True)
                if debug and outcome.detail:
                    typer.echo(outcome.detail, err=True)
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
    if not quiet and len(names) > 1:
        seconds = time.perf_counter() - started
        rate = len(names) / seconds if seconds > 0 else float("inf")
        summary = f"{verb} {len(names) - failed} of {len(names)} files in {seconds:.1f} s ({rate:.1f} files/s)"
        summary += f"; {failed} failed (listed above)" if failed else ""
        _say(summary)
    return failed


def _finish(failed: int) -> None:
    if failed:
        raise typer.Exit(1)


def _inputs(inputs: Sequence[str]) -> list[str]:
    names = discover(inputs)
    if not names:
        raise InputError("no input: name files, directories, or - for stdin")
    return names


# ---------------------------------------------------------------------------
# Work on one input (module-level, so worker processes can run it)
# ---------------------------------------------------------------------------


def load_article(name: str, *, claims: bool = True) -> Any:
    """Read one input into an Article: plain text exactly as stored, any other format detected."""
    # Imported here, like every library call of this module (through ``newsclaims``'s lazy exports):
    # --help, --version and the commands that read no article start without the extraction.
    from newsclaims.parsers.detect import read_article

    return read_article(name, read_input(name), claims=claims)


def _article_json(name: str, indent: int | None) -> str:
    return _dump(load_article(name), indent=indent)


def _quotes_json(name: str) -> str:
    article = load_article(name, claims=False)  # quotes only: claims are not printed
    return json.dumps(newsclaims.to_citron(article, name), ensure_ascii=False)


def _ninjs_json(name: str, indent: int | None) -> str:
    return _dump(newsclaims.to_ninjs(load_article(name)), indent=indent)


def _reviews_json(name: str) -> str:
    reading = newsclaims.read_claimreviews(read_input(name), source=name)
    return json.dumps(reading.as_record(), ensure_ascii=False)


def _lint(name: str, page_url: str | None) -> list[dict[str, str]]:
    issues = newsclaims.lint_claimreview(read_input(name), page_url=page_url)
    return [issue.as_dict() for issue in issues]


def _corpus(articles: Sequence[Any]) -> Any:
    """The Corpus of several articles: one actor per person, one claim per claim."""
    return newsclaims.merge_articles(list(articles))


def _article_or_corpus(names: Sequence[str], articles: list[Any]) -> Any:
    """One input gives its Article; several give their Corpus."""
    return articles[0] if len(names) == 1 else _corpus(articles)


def _jsonld_of(names: Sequence[str], articles: list[Any]) -> Any:
    return newsclaims.to_jsonld(_article_or_corpus(names, articles))


def _load_all(names: Sequence[str], *, jobs: int, quiet: bool, debug: bool) -> tuple[list[Any], int]:
    articles: list[Any] = []
    failed = _drive(
        names,
        load_article,
        jobs=jobs,
        quiet=quiet,
        debug=debug,
        verb="parsed",
        on_value=lambda _name, article: articles.append(article),
    )
    return articles, failed


def _per_input(
    inputs: Sequence[str],
    work: Callable[[str], str],
    *,
    output: Path | None,
    jobs: int,
    quiet: bool,
    debug: bool,
    verb: str,
    out_dir: Path | None = None,
    suffix: str = ".json",
    names: Sequence[str] | None = None,
) -> None:
    """Run ``work`` (one JSON text per input) and print each line, or write one file each into ``out_dir``;
    exit non-zero when an input failed. ``names``: the inputs already discovered, if they are."""
    names = names if names is not None else _inputs(inputs)
    sink = _Output(output)

    def emit(name: str, text: str) -> None:
        if out_dir is not None:
            atomic_write(output_path(name, out_dir, suffix, inputs), text + "\n")
        else:
            sink.line(text)

    failed = _drive(names, work, jobs=jobs, quiet=quiet, debug=debug, verb=verb, on_value=emit)
    if out_dir is None:
        sink.close()
    _finish(failed)


def _whole(
    inputs: Sequence[str],
    build: Callable[[list[str], list[Any]], Any],
    *,
    output: Path | None,
    jobs: int,
    quiet: bool,
    debug: bool,
) -> None:
    """Parse every input, then print one document built from all the articles read."""
    names = _inputs(inputs)
    articles, failed = _load_all(names, jobs=jobs, quiet=quiet, debug=debug)
    if articles:
        document = build(names, articles)
        sink = _Output(output)
        sink.line(_dump(document))
        sink.close()
    _finish(failed)


def _exclusive(output: Path | None, out_dir: Path | None) -> None:
    if output is not None and out_dir is not None:
        raise InputError("give either --output or --out-dir, not both")


# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------


@app.command()
def parse(
    inputs: Inputs,
    jsonl: JsonLines = False,
    output: OutFile = None,
    out_dir: OutDir = None,
    jobs: Jobs = 1,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Parse articles (text, HTML, NITF, NewsML-G2, ninjs) into newsclaims JSON.

    One input prints its Article; several print their Corpus (one actor per person, one
    claim per claim, across articles). --jsonl prints one Article per line instead, as
    each is ready; --out-dir writes one Article file per input.

    Example: newsclaims parse seeds/ --jsonl --jobs 2 -o articles.jsonl
    """
    with _guard(debug):
        _exclusive(output, out_dir)
        if jsonl or out_dir is not None:
            work = partial(_article_json, indent=None if jsonl and out_dir is None else 2)
            _per_input(inputs, work, output=output, jobs=jobs, quiet=quiet, debug=debug, verb="parsed", out_dir=out_dir)
            return
        _whole(inputs, _article_or_corpus, output=output, jobs=jobs, quiet=quiet, debug=debug)


@app.command()
def quotes(
    inputs: Inputs,
    output: OutFile = None,
    jobs: Jobs = 1,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Print the quotes of each article as JSON Lines (Citron layout, plus kind and speaker).

    One line per input, in input order; scare quotes are left out.

    Example: newsclaims quotes seeds/*.txt
    """
    with _guard(debug):
        _per_input(inputs, _quotes_json, output=output, jobs=jobs, quiet=quiet, debug=debug, verb="read")


@app.command()
def jsonld(
    inputs: Inputs,
    output: OutFile = None,
    jobs: Jobs = 1,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Print schema.org JSON-LD (NewsArticle, Person, Organization, Quotation, Claim).

    One input gives its article's graph; several give the graph of their corpus, where a
    claim made in two reports is one Claim with two appearances.

    Example: newsclaims jsonld seeds/*.txt -o seeds.jsonld
    """
    with _guard(debug):
        _whole(inputs, _jsonld_of, output=output, jobs=jobs, quiet=quiet, debug=debug)


@app.command()
def claimreview(
    inputs: Inputs,
    verdicts: Annotated[
        Path | None,
        typer.Option("--verdicts", help="The fact-checker's verdicts: a JSON or CSV file.", show_default=False),
    ] = None,
    claim: Annotated[
        str | None,
        typer.Option("--claim", help="With --rating: the claim reviewed (its id, or its text).", show_default=False),
    ] = None,
    rating: Annotated[
        str | None, typer.Option("--rating", help="The verdict, in the fact-checker's words.", show_default=False)
    ] = None,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="The fact-checking organization.", show_default=False)
    ] = None,
    reviewer_url: Annotated[str | None, typer.Option("--reviewer-url", help="Its website.", show_default=False)] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where the review is published.", show_default=False)] = None,
    output: OutFile = None,
    jobs: Jobs = 1,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Write ClaimReview JSON-LD for the articles' claims, with the fact-checker's verdicts.

    newsclaims never invents a verdict: each comes from --verdicts FILE (claim id or
    text -> rating, reviewer, url) or from --claim/--rating/--reviewer/--url for one claim.

    Example: newsclaims claimreview seeds/*.txt --verdicts examples/verdicts.json
    """
    with _guard(debug):
        table = _verdicts(verdicts, claim=claim, rating=rating, reviewer=reviewer, reviewer_url=reviewer_url, url=url)
        for warning in table.warnings:
            if not quiet:
                _say(f"{verdicts}: {warning}")

        def build(_names: list[str], articles: list[Any]) -> Any:
            reviews = newsclaims.to_claimreviews(_corpus(articles), table)
            if not reviews:
                raise InputError("no verdict names a claim of these articles: nothing written", source=str(verdicts))
            return reviews

        _whole(inputs, build, output=output, jobs=jobs, quiet=quiet, debug=debug)


def _verdicts(
    path: Path | None,
    *,
    claim: str | None,
    rating: str | None,
    reviewer: str | None,
    reviewer_url: str | None,
    url: str | None,
) -> Any:
    """The verdicts table, from a file or from the options for one claim."""
    from newsclaims.parsers.verdicts import parse_verdicts  # only this command reads verdicts

    if path is not None:
        if rating is not None or claim is not None:
            raise InputError("give either --verdicts FILE or --claim/--rating, not both")
        return newsclaims.load_verdicts(path)
    if rating is None or claim is None:
        raise InputError(
            "no verdict: give --verdicts FILE, or --claim ID_OR_TEXT and --rating WORDS "
            "(claim ids are in the output of `newsclaims parse`)"
        )
    entry: dict[str, Any] = {"claim": claim, "rating": rating}
    if url is not None:
        entry["url"] = url
    document: dict[str, Any] = {"verdicts": [entry]}
    if reviewer is not None or reviewer_url is not None:
        document["reviewer"] = {key: value for key, value in (("name", reviewer), ("url", reviewer_url)) if value}
    return parse_verdicts(json.dumps(document), source="options", csv_format=False)


@app.command()
def validate(
    inputs: Inputs,
    page_url: Annotated[
        str | None,
        typer.Option("--page-url", help="Where the page is published (for the same-site check).", show_default=False),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per input per line.")] = False,
    jobs: Jobs = 1,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Lint ClaimReview markup (JSON-LD files or HTML pages) with Google's profile.

    Errors stop fact-check consumers from using a review; warnings may show it wrongly.
    Exits 1 when any input has errors.

    Example: newsclaims validate review.jsonld page.html --json
    """
    with _guard(debug):
        names = _inputs(inputs)
        with_errors = 0

        def report(name: str, issues: list[dict[str, str]]) -> None:
            nonlocal with_errors
            errors = sum(1 for issue in issues if issue["severity"] == "error")
            with_errors += 1 if errors else 0
            if as_json:
                record = {"source": name, "valid": errors == 0, "issues": issues}
                typer.echo(json.dumps(record, ensure_ascii=False))
                return
            for issue in issues:
                typer.echo(f"{name}: {issue['severity']}: {issue['path'] or '(document)'}: {issue['message']}")
            if not issues:
                typer.echo(f"{name}: ok")

        work = partial(_lint, page_url=page_url)
        failed = _drive(names, work, jobs=jobs, quiet=quiet, debug=debug, verb="checked", on_value=report)
        if with_errors and not quiet:
            _say(f"{with_errors} of {len(names)} inputs have errors: fix them before publishing")
        _finish(failed + with_errors)


@app.command()
def reviews(
    inputs: Inputs,
    output: OutFile = None,
    jobs: Jobs = 1,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Read the ClaimReviews that fact-checkers publish, with verdicts normalised.

    Prints JSON Lines, one object per input: {"source", "reviews": [{"claimreview",
    "verdict"}], "warnings"}. HTML pages (JSON-LD scripts, microdata) and JSON files.

    Example: newsclaims reviews pages/ -o reviews.jsonl
    """
    with _guard(debug):
        _per_input(inputs, _reviews_json, output=output, jobs=jobs, quiet=quiet, debug=debug, verb="read")


@app.command()
def ninjs(
    inputs: Inputs,
    output: OutFile = None,
    out_dir: OutDir = None,
    jobs: Jobs = 1,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Convert articles to IPTC ninjs 3.

    One input prints its ninjs document; several print JSON Lines; --out-dir writes one
    .ninjs.json file per input.

    Example: newsclaims ninjs feed/ --out-dir ninjs/
    """
    with _guard(debug):
        _exclusive(output, out_dir)
        names = _inputs(inputs)
        single = len(names) == 1 and out_dir is None
        work = partial(_ninjs_json, indent=2 if single or out_dir is not None else None)
        _per_input(
            inputs,
            work,
            output=output,
            jobs=jobs,
            quiet=quiet,
            debug=debug,
            verb="converted",
            out_dir=out_dir,
            suffix=".ninjs.json",
            names=names,
        )


@app.command()
def schema(output: OutFile = None) -> None:
    """Print the JSON Schema of newsclaims documents.

    Example: newsclaims schema > newsclaims.schema.json
    """
    with _guard(False):
        sink = _Output(output)
        sink.line(json.dumps(newsclaims.json_schema(), indent=2, ensure_ascii=False))
        sink.close()


def main() -> None:
    """Entry point of the ``newsclaims`` script."""
    try:
        app()
    except BrokenPipeError:  # the reader went away (`| head`): not an error of ours
        sys.stderr.close()
        raise SystemExit(0) from None
