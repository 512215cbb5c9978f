"""Every quote issue 3 lists for the two seed articles, found as a newsroom reader reads it.

Expected values are written from the seed texts and the issue, not from the extractor's output:
kind, the words attributed, the cue and the speaker mention, all as written in the article.
"""

from __future__ import annotations

import itertools

import pytest

from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import find_quotes
from newsclaims.model import Quote

SEED_000 = "000_c839cbb831798b6b.txt"
SEED_003 = "003_4b3559c56ae181f2.txt"


def _quote_with(text: str, quotes: list[Quote], words: str) -> Quote:
    """The one quote whose content holds ``words``."""
    found = [q for q in quotes if any(words in text[c.start : c.end] for c in q.contents)]
    assert len(found) == 1, f"{len(found)} quotes hold {words!r}"
    return found[0]


def _check(
    text: str,
    quote: Quote,
    kind: str,
    cue: str,
    speaker: str,
    content: str | None = None,
    starts: str | None = None,
) -> None:
    assert quote.kind == kind
    assert quote.cue is not None
    assert text[quote.cue.start : quote.cue.end] == cue
    assert [text[s.start : s.end] for s in quote.speaker_mentions] == [speaker]
    pieces = [text[c.start : c.end] for c in quote.contents]
    if content is not None:
        assert pieces == [content]
    if starts is not None:
        assert pieces[0].startswith(starts)


@pytest.fixture(scope="module")
def found(seed_texts: dict[str, str]) -> dict[str, tuple[str, list[Quote]]]:
    """Each seed's text and the quotes found in it."""
    return {name: (text, find_quotes(text, find_layout(text))) for name, text in seed_texts.items()}


@pytest.fixture(scope="module")
def seed_000(found: dict[str, tuple[str, list[Quote]]]) -> tuple[str, list[Quote]]:
    return found[SEED_000]


@pytest.fixture(scope="module")
def seed_003(found: dict[str, tuple[str, list[Quote]]]) -> tuple[str, list[Quote]]:
    return found[SEED_003]


# (seed, words the quote holds, kind, cue, speaker mention, the whole content as written)
EXACT = [
    (
        SEED_000,
        "‘ready to ensure the security of Belarus’",
        "partial",
        "declared",
        "Belarusian President Alexander Lukashenko",
        "that Russia was ‘ready to ensure the security of Belarus’",
    ),
    (
        SEED_000,
        "had pledged “comprehensive security assistance,”",
        "partial",
        "said",
        "Belarus’ President Alexander Lukashenko",
        "his Russian counterpart, Vladimir Putin, had pledged “comprehensive security assistance,”",
    ),
    (
        SEED_000,
        "we have an agreement with the Russian Federation",
        "direct",
        "explained",
        "Lukashenko",
        "When it comes to the military component, we have an agreement with the Russian Federation "
        "within the framework of the Union State and the Collective Security Treaty Organization",
    ),
    (
        SEED_000,
        "including given the external pressure on the republic",
        "partial",
        "said",
        "the press service",
        "The two leaders continued discussing the situation in Belarus after the presidential election, "
        "“including given the external pressure on the republic,”",
    ),
    (
        SEED_003,
        "Putin promised to ensure Belarus’ security",
        "indirect",
        ":",
        "Lukashenko",
        "Putin promised to ensure Belarus’ security at Minsk’s first request",
    ),
    (
        SEED_003,
        "Russia will provide comprehensive assistance",
        "indirect",
        "stated",
        "the President of Belarus Alexander Lukashenko",
        "At the first request, Russia will provide comprehensive assistance to ensure the security "
        "of Belarus in case of external military threats",
    ),
    (
        SEED_003,
        "an agreement on security",
        "indirect",
        "added",
        "Lukashenko",
        "that an agreement on security in the country has been reached with Putin",
    ),
    (
        SEED_003,
        "And with him (Vladimir Putin)",
        "direct",
        "said",
        "Lukashenko",
        "And with him (Vladimir Putin), we agreed that at our first request we will be provided with "
        "comprehensive assistance to ensure the security of the Republic of Belarus",
    ),
    (
        SEED_003,
        "also threaten Russia",
        "indirect",
        "said",
        "Alexander Lukashenko",
        "that the events in the country also threaten Russia",
    ),
    (
        SEED_003,
        "the current problems will be resolved soon",
        "partial",
        "expressed confidence",
        "they",
        'that "the current problems will be resolved soon."',
    ),
    (
        SEED_003,
        "would not give the country to anyone",
        "indirect",
        "said",
        "he",
        "that he would not give the country to anyone",
    ),
    (
        SEED_003,
        "the military can provide security",
        "indirect",
        "According to",
        "him",
        "the military can provide security in the country",
    ),
    (
        SEED_003,
        "the election results were rigged",
        "indirect",
        "claim",
        "The European Union and the United States",
        "that the election results were rigged",
    ),
]


@pytest.mark.parametrize(("seed", "words", "kind", "cue", "speaker", "content"), EXACT)
def test_seed_quote_as_listed(
    found: dict[str, tuple[str, list[Quote]]], seed: str, words: str, kind: str, cue: str, speaker: str, content: str
) -> None:
    text, quotes = found[seed]
    _check(text, _quote_with(text, quotes, words), kind, cue, speaker, content=content)


# Long quotes: (seed, words, kind, cue, speaker, how the content starts, how it ends)
LONG = [
    (
        SEED_000,
        "I am more worried about the situation",
        "direct",
        "said",
        "Lukashenko",
        "I am more worried about the situation that is unfolding",
        "our military is also worried about this problem",
    ),
    (
        SEED_000,
        "These moments fit this agreement.",
        "direct",
        "added",
        "he",
        "These moments fit this agreement.",
        "[Putin] is absolutely aware of what is happening",
    ),
    (
        SEED_000,
        "confirmed Moscow’s readiness to provide assistance",
        "indirect",
        "said",
        "the Kremlin press service",
        "Russian President Vladimir Putin in a phone conversation",
        "Collective Security Treaty Organization",
    ),
    (
        SEED_000,
        "Russia confirmed readiness to provide necessary assistance",
        "direct",
        "said",
        "the statement",
        "Russia confirmed readiness",
        "in the framework of the Collective Security Treaty Organization",
    ),
    (
        SEED_003,
        "we have a treaty with the Russian Federation",
        "direct",
        "said",
        "the Belarusian President",
        "When it comes to the military",
        "He is absolutely informed as to what is happening",
    ),
]


@pytest.mark.parametrize(("seed", "words", "kind", "cue", "speaker", "starts", "ends"), LONG)
def test_seed_long_quote(
    found: dict[str, tuple[str, list[Quote]]],
    seed: str,
    words: str,
    kind: str,
    cue: str,
    speaker: str,
    starts: str,
    ends: str,
) -> None:
    text, quotes = found[seed]
    quote = _quote_with(text, quotes, words)
    _check(text, quote, kind, cue, speaker, starts=starts)
    assert text[quote.contents[-1].start : quote.contents[-1].end].endswith(ends)


def test_000_relaying_agency_stays_out_of_the_content(seed_000: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_000
    quote = _quote_with(text, quotes, "confirmed Moscow’s readiness to provide assistance")
    assert "TASS" not in text[quote.contents[0].start : quote.contents[0].end]


@pytest.mark.parametrize("term", ["Europe’s Last Dictator", "look over there", "Union State"])
def test_000_scare_quotes_are_nobodys_words(seed_000: tuple[str, list[Quote]], term: str) -> None:
    text, quotes = seed_000
    (quote,) = [q for q in quotes if [text[c.start : c.end] for c in q.contents] == [term]]
    assert quote.kind == "scare"
    assert quote.speaker_mentions == ()
    assert quote.cue is None


def test_seed_quotes_do_not_overlap(seed_000: tuple[str, list[Quote]], seed_003: tuple[str, list[Quote]]) -> None:
    for _, quotes in (seed_000, seed_003):
        spans = sorted((c.start, c.end) for q in quotes for c in q.contents)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_003_background_paragraphs_hold_no_quotes(seed_003: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_003
    start = text.index("The CSTO is the Collective Security Treaty Organization.")
    end = text.index("Alexander Lukashenko said that the events")
    assert [q for q in quotes if start <= q.contents[0].start < end] == []
