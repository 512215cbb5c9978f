"""parse_text end to end: the seeds' layout through the whole pipeline, and the standing properties.

Properties (issue 3): on any Unicode string parse_text returns an Article or raises a
NewsclaimsError; every span fits the text and the text is kept as given; the pieces of
a quote never overlap; parsing is deterministic; a paragraph inserted outside the
quotes does not change what a direct quote says.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from newsclaims import NewsclaimsError, parse_text
from newsclaims.model import Article

SEED_000 = "000_c839cbb831798b6b.txt"
SEED_003 = "003_4b3559c56ae181f2.txt"
INSERTED = "\n\nSome other sentence.\n\n"

# News-shaped text: attributions, pronouns, role nouns, every quote mark the issue names.
_SPEAKERS = ["Lukashenko", "he", "she", "they", "the statement", "Jane Doe", "the President of Belarus", "sources"]
_CUES = ["said", "added", "explained", "declared", "told reporters", "claimed"]
_WORDS = ["the", "security", "of", "Belarus", "Russia", "will", "help", "we", "agreed", "now", "army", "talks"]
_MARKS = [("“", "”"), ('"', '"'), ("„", "“"), ("«", "»"), ("‘", "’"), ("'", "'")]

_clauses = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    speaker, cue = draw(st.sampled_from(_SPEAKERS)), draw(st.sampled_from(_CUES))
    opening, closing = draw(st.sampled_from(_MARKS))
    first, second = draw(_clauses), draw(_clauses)
    shapes = [
        f"{opening}{first.capitalize()},{closing} {speaker} {cue}.",
        f"{opening}{first.capitalize()},{closing}{speaker} {cue}.",
        f"{opening}{first.capitalize()},{closing} {speaker} {cue}, {opening}{second}.{closing}",
        f"{speaker.capitalize()} {cue} that {first}.",
        f"{first.capitalize()}, {speaker} {cue}.",
        f"According to {speaker}, {first}.",
        f"{speaker.capitalize()}: {first}",
        f"The {opening}{second}{closing} plan, {first}.",
        f"{first.capitalize()} {opening}{second}",
        f"- {first.title()}",
        f"{first.capitalize()}.",
    ]
    return draw(st.sampled_from(shapes))


_paragraphs = st.lists(_sentences(), min_size=1, max_size=4).map(" ".join)
_separators = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\u2029"])
_unix_separators = st.sampled_from(["\n", "\n\n", "\n \n"])


@st.composite
def news_texts(draw: st.DrawFn, separators: st.SearchStrategy[str] = _separators) -> str:
    """A headline (sometimes), paragraphs of attributed speech, and a footer (sometimes)."""
    paragraphs = draw(st.lists(_paragraphs, min_size=1, max_size=6))
    if draw(st.booleans()):
        paragraphs.insert(0, draw(_clauses).title())
    if draw(st.booleans()):
        paragraphs.append(", ".join(draw(st.lists(st.sampled_from([*_SPEAKERS[:4], "CSTO"]), min_size=3, max_size=5))))
    text = paragraphs[0]
    for paragraph in paragraphs[1:]:
        text += draw(separators) + paragraph
    return text + draw(st.sampled_from(["", "\n"]))


def parsed(text: str) -> Article | None:
    """parse_text, with our typed errors as the one allowed failure (anything else fails the test)."""
    try:
        return parse_text(text)
    except NewsclaimsError:
        return None


def check_article(text: str, article: Article) -> None:
    """The invariants every parsed article keeps."""
    assert article.text == text
    for span in article.spans():
        assert span.fits(text)
    for quote in article.quotes:
        assert all(a.end <= b.start for a, b in pairwise(quote.contents)), quote
        assert all(piece.start < piece.end for piece in quote.contents), quote


def direct_says(article: Article) -> set[tuple[str, ...]]:
    """What each direct quote says, as the texts of its pieces."""
    return {tuple(article.text_of(c) for c in q.contents) for q in article.quotes if q.kind == "direct"}


def what_quotes_say(article: Article) -> list[tuple[str, tuple[str, ...]]]:
    """Each quote's kind and the texts of its pieces, in order."""
    return [(q.kind, tuple(article.text_of(c) for c in q.contents)) for q in article.quotes]


def quoted_region(article: Article, position: int) -> bool:
    """Tell whether a position lies within some quote, from its first piece to its last."""
    return any(q.contents[0].start <= position <= q.contents[-1].end for q in article.quotes)


def insert_between_paragraphs(article: Article, which: int) -> tuple[str, int] | None:
    """The text with a new paragraph after paragraph ``which``, and the insertion point."""
    if len(article.paragraphs) < 2:
        return None
    paragraph = article.paragraphs[which % (len(article.paragraphs) - 1)]
    if quoted_region(article, paragraph.end):
        return None
    return article.text[: paragraph.end] + INSERTED + article.text[paragraph.end :], paragraph.end


# The seeds end to end


def test_seed_000_layout_through_parse_text(seed_texts: dict[str, str]) -> None:
    text = seed_texts[SEED_000]
    article = parse_text(text)
    check_article(text, article)
    assert article.headline is None
    assert len(article.paragraphs) == 10
    assert [article.text_of(s) for s in article.boilerplate] == [
        "- Russia Begins Mass Vaccinations For Bubonic Plague On Mongolian Border",
        "- Yes, Russia Could Work With US Against China",
    ]
    assert article.keywords == ()


def test_seed_003_layout_through_parse_text(seed_texts: dict[str, str]) -> None:
    text = seed_texts[SEED_003]
    article = parse_text(text)
    check_article(text, article)
    assert article.headline is not None
    assert article.text_of(article.headline).startswith("Lukashenko: Putin promised")
    assert len(article.paragraphs) == 10
    assert article.keywords == ("Lukashenko", "Putin", "CSTO", "Belarus", "Russia")
    assert [article.text_of(s) for s in article.boilerplate] == ["Lukashenko, Putin, CSTO, Belarus, Russia"]


def test_without_claims_the_seeds_keep_everything_but_their_claims(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        full = parse_text(text)
        quick = parse_text(text, claims=False)
        assert full.claims
        assert quick.claims == ()
        assert quick == full.model_copy(update={"claims": ()})


def test_seeds_keep_their_direct_quotes_when_a_paragraph_is_inserted(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        article = parse_text(text)
        says = direct_says(article)
        assert says, name
        for which in range(len(article.paragraphs) - 1):
            inserted = insert_between_paragraphs(article, which)
            if inserted is None:
                continue
            changed = parse_text(inserted[0])
            check_article(inserted[0], changed)
            assert says <= direct_says(changed), (name, which)


# Properties


@given(st.text())
@example("")
@example("\r")
@example("“")
@example("”Lukashenko said")
@example("\u2029“A,” he said, “B.”")
def test_parse_text_is_total_on_any_unicode(text: str) -> None:
    article = parsed(text)
    if article is not None:
        check_article(text, article)


@given(news_texts())
def test_parse_text_news_shaped_spans_fit_and_quotes_keep_apart(text: str) -> None:
    article = parsed(text)
    if article is not None:
        check_article(text, article)


@given(news_texts())
def test_parse_text_is_deterministic(text: str) -> None:
    first, second = parsed(text), parsed(text)
    if first is None or second is None:
        assert first is second
        return
    assert first.id == second.id
    assert [q.id for q in first.quotes] == [q.id for q in second.quotes]
    assert first.model_dump() == second.model_dump()


# "\n" line ends only: other line ends are the subject of the next test, which pins them deterministically.
@given(news_texts(_unix_separators), st.integers(min_value=0, max_value=10))
def test_a_paragraph_inserted_outside_quotes_keeps_what_direct_quotes_say(text: str, which: int) -> None:
    article = parsed(text)
    if article is None:
        return
    inserted = insert_between_paragraphs(article, which)
    if inserted is None:
        return
    changed = parsed(inserted[0])
    assert changed is not None
    assert direct_says(article) <= direct_says(changed)


@given(news_texts(_unix_separators), st.sampled_from(["\r\n", "\r", "\u2029"]))
@example("“Yes,” he said, “we agreed.”\nThe end.", "\r\n")
def test_line_ends_do_not_change_what_quotes_say(text: str, line_end: str) -> None:
    """Text saved with Windows or old Mac line ends says the same (see /work/notes/requests-L.md, 1)."""
    article, converted = parsed(text), parsed(text.replace("\n", line_end))
    assert (article is None) == (converted is None)
    if article is not None and converted is not None:
        assert what_quotes_say(converted) == what_quotes_say(article)
