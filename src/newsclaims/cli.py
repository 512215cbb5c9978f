"""The ``newsclaims`` command: a thin layer over the public API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

import newsclaims
from newsclaims.errors import NewsclaimsError

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Who said what in the news, as checkable claims.")


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
    """Who said what in the news, as checkable claims."""


def _fail(error: NewsclaimsError) -> typer.Exit:
    typer.echo(f"newsclaims: {error}", err=True)
    return typer.Exit(1)


def _read_text(path: Path) -> str:
    try:
        if str(path) == "-":
            return sys.stdin.read()
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise newsclaims.InputError(f"cannot read: {error}", source=str(path)) from error


@app.command()
def schema() -> None:
    """Print the JSON Schema of newsclaims documents.

    Example: newsclaims schema > newsclaims.schema.json
    """
    typer.echo(json.dumps(newsclaims.json_schema(), indent=2, ensure_ascii=False))


@app.command()
def quotes(files: Annotated[list[Path], typer.Argument(help="Plain-text articles; - reads stdin.")]) -> None:
    """Print the quotes of each article as JSON Lines (Citron layout, plus kind and speaker).

    Example: newsclaims quotes seeds/*.txt
    """
    try:
        for path in files:
            article = newsclaims.parse_text(_read_text(path))
            typer.echo(json.dumps(newsclaims.to_citron(article, str(path)), ensure_ascii=False))
    except NewsclaimsError as error:
        raise _fail(error) from None


def main() -> None:
    """Entry point of the ``newsclaims`` script."""
    app()
