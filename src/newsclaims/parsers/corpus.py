"""Several reports at once: texts, Articles or files -> one Corpus."""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike
from pathlib import Path

from newsclaims.errors import InputError
from newsclaims.extract.corpus import merge_articles
from newsclaims.extract.gazetteer import Gazetteer
from newsclaims.model import Article, ClaimReview, Corpus
from newsclaims.parsers.detect import read_article
from newsclaims.parsers.text import parse_text

CorpusItem = str | Article | PathLike[str]
"""A text, an Article already parsed, or a path to a file (``.txt`` read as plain text)."""


def _read_path(path: Path, gazetteer: Gazetteer | None) -> Article:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=str(path)) from None
    return read_article(str(path), data, gazetteer=gazetteer)


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
