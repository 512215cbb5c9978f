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
def seed_000(seed_texts: dict[str, str]) -> tuple[str, list[Quote]]:
    text = seed_texts[SEED_000]
    return text, find_quotes(text, find_layout(text))


@pytest.fixture(scope="module")
def seed_003(seed_texts: dict[str, str]) -> tuple[str, list[Quote]]:
    text = seed_texts[SEED_003]
    return text, find_quotes(text, find_layout(text))


def test_000_partial_quote_in_single_marks(seed_000: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_000
    quote = _quote_with(text, quotes, "‘ready to ensure the security of Belarus’")
    _check(
        text,
        quote,
        "partial",
        "declared",
        "Belarusian President Alexander Lukashenko",
        content="that Russia was ‘ready to ensure the security of Belarus’",
    )


def test_000_reported_speech_with_quoted_fragment(seed_000: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_000
    quote = _quote_with(text, quotes, "had pledged “comprehensive security assistance,”")
    _check(
        text,
        quote,
        "partial",
        "said",
        "Belarus’ President Alexander Lukashenko",
        content="his Russian counterpart, Vladimir Putin, had pledged “comprehensive security assistance,”",
    )


def test_000_long_direct_quote(seed_000: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_000
    quote = _quote_with(text, quotes, "I am more worried about the situation")
    content = text[quote.contents[0].start : quote.contents[0].end]
    assert content.startswith("I am more worried about the situation that is unfolding")
    assert content.endswith("our military is also worried about this problem")
    _check(text, quote, "direct", "said", "Lukashenko")


def test_000_closing_mark_glued_to_the_speaker(seed_000: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_000
    quote = _quote_with(text, quotes, "When it comes to the military component")
    _check(
        text,
        quote,
        "direct",
        "explained",
        "Lukashenko",
        content="When it comes to the military component, we have an agreement with the Russian Federation "
        "within the framework of the Union State and the Collective Security Treaty Organization",
    )


def test_000_pronoun_speaker_and_editorial_insertion(seed_000: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_000
    quote = _quote_with(text, quotes, "These moments fit this agreement.")
    _check(text, quote, "direct", "added", "he", starts="These moments fit this agreement.")
    content = text[quote.contents[0].start : quote.contents[0].end]
    assert "[Putin] is absolutely aware of what is happening" in content


def test_000_reported_speech_of_an_organization(seed_000: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_000
    quote = _quote_with(text, quotes, "confirmed Moscow’s readiness to provide assistance")
    _check(
        text,
        quote,
        "indirect",
        "said",
        "the Kremlin press service",
        starts="Russian President Vladimir Putin in a phone conversation",
    )
    content = text[quote.contents[0].start : quote.contents[0].end]
    assert content.endswith("Collective Security Treaty Organization")
    assert "TASS" not in content


def test_000_document_as_speaker(seed_000: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_000
    quote = _quote_with(text, quotes, "Russia confirmed readiness to provide necessary assistance")
    _check(text, quote, "direct", "said", "the statement", starts="Russia confirmed readiness")


def test_000_fragment_attributed_after_it(seed_000: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_000
    quote = _quote_with(text, quotes, "including given the external pressure on the republic")
    _check(
        text,
        quote,
        "partial",
        "said",
        "the press service",
        content="The two leaders continued discussing the situation in Belarus after the presidential election, "
        "“including given the external pressure on the republic,”",
    )


@pytest.mark.parametrize("term", ["Europe’s Last Dictator", "look over there", "Union State"])
def test_000_scare_quotes_are_nobodys_words(seed_000: tuple[str, list[Quote]], term: str) -> None:
    text, quotes = seed_000
    (quote,) = [q for q in quotes if [text[c.start : c.end] for c in q.contents] == [term]]
    assert quote.kind == "scare"
    assert quote.speaker_mentions == ()
    assert quote.cue is None


def test_003_colon_headline(seed_003: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_003
    quote = _quote_with(text, quotes, "Putin promised to ensure Belarus’ security")
    _check(
        text,
        quote,
        "indirect",
        ":",
        "Lukashenko",
        content="Putin promised to ensure Belarus’ security at Minsk’s first request",
    )


def test_003_inverted_attribution(seed_003: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_003
    quote = _quote_with(text, quotes, "Russia will provide comprehensive assistance")
    _check(
        text,
        quote,
        "indirect",
        "stated",
        "the President of Belarus Alexander Lukashenko",
        content="At the first request, Russia will provide comprehensive assistance to ensure the security "
        "of Belarus in case of external military threats",
    )


def test_003_role_noun_speaker(seed_003: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_003
    quote = _quote_with(text, quotes, "we have a treaty with the Russian Federation")
    _check(text, quote, "direct", "said", "the Belarusian President", starts="When it comes to the military")
    content = text[quote.contents[0].start : quote.contents[0].end]
    assert content.endswith("He is absolutely informed as to what is happening")


@pytest.mark.parametrize(
    ("words", "kind", "cue", "speaker", "content"),
    [
        (
            "an agreement on security",
            "indirect",
            "added",
            "Lukashenko",
            "that an agreement on security in the country has been reached with Putin",
        ),
        (
            "And with him (Vladimir Putin)",
            "direct",
            "said",
            "Lukashenko",
            "And with him (Vladimir Putin), we agreed that at our first request we will be provided with "
            "comprehensive assistance to ensure the security of the Republic of Belarus",
        ),
        (
            "also threaten Russia",
            "indirect",
            "said",
            "Alexander Lukashenko",
            "that the events in the country also threaten Russia",
        ),
        (
            "the current problems will be resolved soon",
            "partial",
            "expressed confidence",
            "they",
            'that "the current problems will be resolved soon."',
        ),
        (
            "would not give the country to anyone",
            "indirect",
            "said",
            "he",
            "that he would not give the country to anyone",
        ),
        (
            "the military can provide security",
            "indirect",
            "According to",
            "him",
            "the military can provide security in the country",
        ),
        (
            "the election results were rigged",
            "indirect",
            "claim",
            "The European Union and the United States",
            "that the election results were rigged",
        ),
    ],
)
def test_003_reported_and_partial_quotes(
    seed_003: tuple[str, list[Quote]], words: str, kind: str, cue: str, speaker: str, content: str
) -> None:
    text, quotes = seed_003
    _check(text, _quote_with(text, quotes, words), kind, cue, speaker, content=content)


def test_seed_quotes_do_not_overlap(seed_000: tuple[str, list[Quote]], seed_003: tuple[str, list[Quote]]) -> None:
    for _, quotes in (seed_000, seed_003):
        spans = sorted((c.start, c.end) for q in quotes for c in q.contents)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_003_background_paragraphs_hold_no_quotes(seed_003: tuple[str, list[Quote]]) -> None:
    text, quotes = seed_003
    start = text.index("The CSTO is the Collective Security Treaty Organization.")
    end = text.index("Alexander Lukashenko said that the events")
    assert [q for q in quotes if start <= q.contents[0].start < end] == []
