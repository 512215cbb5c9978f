"""Several reports at once: texts, Articles or files -> one Corpus."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from os import PathLike
from pathlib import Path
from typing import Any

from newsclaims.errors import InputError, UnsupportedFormatError
from newsclaims.extract.corpus import merge_articles
from newsclaims.extract.gazetteer import Gazetteer
from newsclaims.model import Article, ClaimReview, Corpus
from newsclaims.parsers.text import parse_text

CorpusItem = str | Article | PathLike[str]
"""A text, an Article already parsed, or a path to a file (``.txt`` read as plain text)."""

_TEXT_SUFFIXES = (".txt", ".text")


def _detected_parser() -> Callable[[Path], Any] | None:
    """The format-detecting parser of :mod:`newsclaims.parsers.detect`, when this version has it."""
    try:
        module = importlib.import_module("newsclaims.parsers.detect")
    except ImportError:
        return None
    parser = getattr(module, "parse", None)
    return parser if callable(parser) else None


def _read_path(path: Path, gazetteer: Gazetteer | None) -> Article:
    if path.suffix.lower() in _TEXT_SUFFIXES:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise InputError(f"not UTF-8 text (byte {error.start})", source=str(path), position=error.start) from None
        except OSError as error:
            raise InputError(f"cannot read: {error.strerror or error}", source=str(path)) from None
        return parse_text(text, gazetteer=gazetteer)
    parser = _detected_parser()
    if parser is None:
        raise UnsupportedFormatError("only plain-text (.txt) files can be read by this version", source=str(path))
    result = parser(path)
    article = getattr(result, "article", result)
    if not isinstance(article, Article):
        raise UnsupportedFormatError("the file did not read as an article", source=str(path))
    return article


def parse_corpus(
    items: Iterable[CorpusItem],
    *,
    gazetteer: Gazetteer | str | PathLike[str] | None = None,
    reviews: Iterable[ClaimReview] = (),
) -> Corpus:
    """Parse several articles and merge them: one Actor per person, one Claim per claim.

    A ``str`` is an article's text (not a path: pass a ``Path`` for files); Articles are
    taken as they are. ``gazetteer`` is a Gazetteer or the path of its JSON file. Articles
    keep the input order, which also orders claims' first
    appearances where articles carry no publication date.
    """
    if isinstance(gazetteer, (str, PathLike)):
        gazetteer = Gazetteer.load(gazetteer)
    articles: list[Article] = []
    for item in items:
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, str):
            articles.append(parse_text(item, gazetteer=gazetteer))
        elif isinstance(item, PathLike):
            articles.append(_read_path(Path(item), gazetteer))
        else:
            raise InputError(f"cannot read a {type(item).__name__} as an article: give a text, an Article or a path")
    return merge_articles(articles, reviews)
