"""The quote finder's patterns that were rewritten for speed still find what they were written to find.

Each case is a made-up sentence and the text where the match must start (None: no match).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.extract import cues, quotes


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("the plan works, though she acknowledged it was late", ", though"),
        ("it is late — and he noted the cost", " — and"),
        ("it is late—he noted the cost", "—he"),
        ("the plan works but they said no", " but they"),
        ("it rose and said no", " and said"),
        ("most want more, while about 4 in 10 want less", ", while"),
        ("most want more, compared with 23 percent who said no", ", compared"),
        ("a tax, which he said was a mistake", ", which"),
        ("a tax which he said was a mistake", " which"),
        ("the plan is late, the Gazette reported.", ", the Gazette"),
        ("the plan is late, the candidate said families are tired", ", the candidate"),
        ("the plan works, but critics say it fails", ", but critics"),
        ("the plan works; critics say it fails", "; critics"),
        ("the plan works and 4 in 10 say so", " and 4"),
        ("he said it works and said-so", " and said-so"),
        ("the plan works, whereas they said no", ", whereas"),
        ("it works although they said no", " although"),
        ("an aide, whom she said was late", ", whom"),
        ("most said yes, versus 23 percent who said no", ", versus"),
        ("the plan works though we noted it", " though"),
        ("the plan works, the mayor thought so", None),
        ("the plan is late, the candidate said.", None),
        ("the plan is late, Ann Lee said-so", None),
        ("the plan works", None),
    ],
)
def test_other_attribution_starts(text: str, at: str | None) -> None:
    match = quotes._OTHER_ATTRIBUTION.search(text)
    assert (match.start() if match is not None else None) == (text.index(at) if at is not None else None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Holt is expected to win", "is expected"),
        ("Holt was also expected to win", "was also expected"),
        ("the plan seems to work", "seems"),
        ("the plan appeared like a trap", "appeared"),
        ("the plan doesn't seem to work", None),
        ("the plan did not appear to work", None),
        ("the mayor reportedly left", "reportedly"),
        ("Holt was widely seen as the favourite", "was widely seen"),
        ("the plan was said to be late", "was said"),
        ("Ames were accused of fraud", "were accused"),
        ("this is seen", None),
        ("disappeared to the coast", None),
    ],
)
def test_expected_spans(text: str, found: str | None) -> None:
    match = quotes._EXPECTED.search(text)
    assert (match.group() if match is not None else None) == found


@given(
    st.text(alphabet="saidtoelvw ,", max_size=60),
    st.lists(st.sampled_from(["said", "say", "told", "tell", "view", "a", "ss"]), min_size=1, max_size=4),
    st.integers(-2, 62),
    st.integers(-2, 62),
)
def test_occurs_is_find_in_range(text: str, words: list[str], start: int, end: int) -> None:
    """The per-text index of words answers what str.find in each range would."""
    found = quotes._occurs(quotes._occurrences(text, tuple(words)), max(0, start), max(0, end))
    assert found == any(text.find(w, max(0, start), max(0, end)) >= 0 for w in words)


def test_cue_words_are_lower_case_runs() -> None:
    """The rewrites lean on it: a cue candidate other than "according to" is a lower-case word (_last_according),
    and _OTHER_ATTRIBUTION reads a verb of saying as a run of [a-z] in a look-ahead."""
    words = cues.CUE_WORDS | cues.NOMINAL_CUES | cues.INTENT_NOUNS
    assert [w for w in words if not re.fullmatch("[a-z]+", w)] == []
