"""Who said each quote of the seeds, end to end (issue 3's list, as a newsroom reader reads them).

Every attributed quote the issue lists is looked up by words of its content, through
``parse_text``: quote finding, then speaker resolution. The expected speakers are the
truth from the issue, not what the pipeline happens to give; a case fails when the quote
is not found, is cut elsewhere, or goes to someone else.
"""

from __future__ import annotations

import pytest

from newsclaims import parse_text
from newsclaims.model import Article, Quote

SEED_000 = "000_c839cbb831798b6b.txt"
SEED_003 = "003_4b3559c56ae181f2.txt"
LUKASHENKO = ("Alexander Lukashenko",)
PRESS_SERVICE = ("Kremlin press service",)

# (seed, words inside the quote's content, every speaker by name, speaker first).
SPEAKERS: list[tuple[str, str, tuple[str, ...]]] = [
    (SEED_000, "ready to ensure the security of Belarus", LUKASHENKO),  # Belarusian President ... declared
    (SEED_000, "comprehensive security assistance", LUKASHENKO),  # partial inside reported speech
    (SEED_000, "I am more worried about the situation", LUKASHENKO),
    (SEED_000, "we have an agreement with the Russian Federation", LUKASHENKO),  # ,”Lukashenko explained
    (SEED_000, "These moments fit this agreement", LUKASHENKO),  # he added; [Putin] is inside the quote
    (SEED_000, "confirmed Moscow’s readiness to provide assistance", PRESS_SERVICE),
    (SEED_000, "Russia confirmed readiness to provide necessary assistance", PRESS_SERVICE),  # the statement
    (SEED_000, "including given the external pressure on the republic", PRESS_SERVICE),  # the press service
    (SEED_003, "Putin promised to ensure Belarus’ security", LUKASHENKO),  # headline, colon form
    (SEED_003, "At the first request, Russia will provide", LUKASHENKO),  # stated the President of Belarus
    (SEED_003, "we have a treaty with the Russian Federation", LUKASHENKO),  # the Belarusian President
    (SEED_003, "an agreement on security in the country has been reached", LUKASHENKO),
    (SEED_003, "And with him (Vladimir Putin), we agreed", LUKASHENKO),
    (SEED_003, "the events in the country also threaten Russia", LUKASHENKO),
    (SEED_003, "the current problems will be resolved soon", ("Alexander Lukashenko", "Vladimir Putin")),  # they
    (SEED_003, "he would not give the country to anyone", LUKASHENKO),  # he said
    (SEED_003, "the military can provide security in the country", LUKASHENKO),  # According to him
    (SEED_003, "the election results were rigged", ("European Union", "United States")),
]

SCARE_QUOTES = ["Europe’s Last Dictator", "look over there", "Union State"]


@pytest.fixture(scope="module")
def articles(seed_texts: dict[str, str]) -> dict[str, Article]:
    """Each seed through the whole pipeline, once."""
    return {name: parse_text(text) for name, text in seed_texts.items()}


def _quote_with(article: Article, words: str) -> Quote:
    """The attributed quote whose content holds ``words`` (fails when none does)."""
    for quote in article.quotes:
        if quote.kind != "scare" and any(words in article.text_of(piece) for piece in quote.contents):
            return quote
    contents = [" … ".join(article.text_of(p) for p in q.contents)[:60] for q in article.quotes]
    raise AssertionError(f"no attributed quote holds {words!r}; quotes found: {contents}")


def _names(article: Article, ids: tuple[str, ...]) -> tuple[str, ...]:
    named = {entity.id: entity.name for entity in (*article.actors, *article.organizations)}
    return tuple(named.get(i, f"<unknown {i}>") for i in ids)


@pytest.mark.parametrize(("seed", "words", "expected"), SPEAKERS, ids=[words[:30] for _, words, _ in SPEAKERS])
def test_seed_quote_speakers(articles: dict[str, Article], seed: str, words: str, expected: tuple[str, ...]) -> None:
    article = articles[seed]
    quote = _quote_with(article, words)
    assert quote.speaker_mentions, "the speaker is written somewhere, so a mention is expected"
    assert _names(article, quote.speakers) == expected
    assert quote.speaker == quote.speakers[0]


def test_tass_relays_the_kremlin_press_service(articles: dict[str, Article]) -> None:
    article = articles[SEED_000]
    quote = _quote_with(article, "confirmed Moscow’s readiness to provide assistance")
    assert _names(article, quote.relayed_by) == ("TASS",)
    assert "TASS" not in _names(article, quote.speakers)


def test_direct_quotes_have_no_relay_unless_one_is_named(articles: dict[str, Article]) -> None:
    article = articles[SEED_000]
    assert _quote_with(article, "I am more worried about the situation").relayed_by == ()


@pytest.mark.parametrize("words", SCARE_QUOTES)
def test_scare_quotes_are_nobodys_words(articles: dict[str, Article], words: str) -> None:
    article = articles[SEED_000]
    scare = [q for q in article.quotes if any(article.text_of(p) == words for p in q.contents)]
    assert [q.kind for q in scare] == ["scare"]
    assert scare[0].speaker is None
    assert scare[0].speakers == ()


@pytest.mark.parametrize("seed", [SEED_000, SEED_003])
def test_every_resolved_speaker_is_an_entity_of_the_article(articles: dict[str, Article], seed: str) -> None:
    article = articles[seed]
    ids = article.entity_ids()
    for quote in article.quotes:
        assert set(quote.speakers) <= ids
        assert set(quote.relayed_by) <= ids
        assert not set(quote.relayed_by) & set(quote.speakers)
