"""The shortcuts entity recognition takes for speed give what the plain rules give.

Each shortcut answers early where the rule it stands for cannot come out otherwise; these
tests compare the two on made-up text (the PolNeAR comparison is done outside the suite).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.extract.entities import _LONG_WORDS, _TITLE_LOWER, _headline_style, _role_matches

CAPITALISED = ["Senate", "Budget", "Passes", "After", "LONG", "Night", "Über", "Mr.", "Bill"]
LOWER = ["passes", "the", "bill", "after", "of", "états", "x"]
WORDS = CAPITALISED * 8 + LOWER
"""Mostly capitalised words: sentences on both sides of the nine-in-ten line."""
BREAKS = [" ", "  ", ", ", ". ", "\n", "“", "”", "-", "(", ")", "’", "2016 "]


def _plain_headline_style(text: str) -> bool:
    """The rule itself: nine in ten words of four letters or more capitalised, four at least."""
    words = _LONG_WORDS.findall(text)
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= 0.9 * len(words)


sentences = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(BREAKS)), max_size=120).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


@given(sentences)
def test_headline_style_is_the_plain_rule(sentence: str) -> None:
    assert _headline_style(sentence, 0, len(sentence)) == _plain_headline_style(sentence)


def test_headline_style_cases() -> None:
    assert _headline_style("Senate Passes Sweeping Budget Bill After Long Night", 0, 51)
    # One word in ten in lower case still reads as a headline.
    headline = "Senate Leaders Reach Budget Deal After Marathon Night Session with Members"
    assert _headline_style(headline, 0, len(headline))
    prose = "The senate passed the budget bill after a long night of talks, its leaders said."
    assert not _headline_style(prose, 0, len(prose))


TITLED = ["president", "vice president", "senator", "prime minister", "minister", "governor", "mayor"]
OTHER = ["the", "Obama", "presidential", "exminister", "said", "of", "Belarus", "former"]
TITLE_BREAKS = [" ", "\n", "“", "(", "-", "’s ", ", ", "—", "\u00a0", "_", "2"]


@given(st.lists(st.tuples(st.sampled_from(TITLED + OTHER), st.sampled_from(TITLE_BREAKS)), max_size=30))
def test_title_scan_is_the_plain_scan(parts: list[tuple[str, str]]) -> None:
    """Titles are found as _TITLE_LOWER finds them, wherever the region starts."""
    text = "".join(word + gap for word, gap in parts)
    lowered = text.lower()
    for start in range(len(text) + 1):
        found = [(match.title_start, match.title) for match in _role_matches(text, start, len(text), lowered)]
        plain = [(match.start(), text[match.start() : match.end()]) for match in _TITLE_LOWER.finditer(lowered, start)]
        assert found == plain
