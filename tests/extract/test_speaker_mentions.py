"""Speaker mentions as written, on made-up sentences: who is recorded for the quote that holds a phrase."""

from __future__ import annotations

import pytest

from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import find_quotes


def _speakers_of(text: str, phrase: str) -> list[str]:
    """The speaker mentions of the quote whose content holds ``phrase``."""
    at = text.index(phrase)
    for quote in find_quotes(text, find_layout(text)):
        if any(c.start <= at < c.end for c in quote.contents):
            return [text[s.start : s.end] for s in quote.speaker_mentions]
    raise AssertionError(f"no quote holds {phrase!r}")


# (text, a phrase of the content, the speaker mention expected among those recorded)
CASES = [
    # A transcript: the label opening the paragraph speaks the whole paragraph, whatever names it holds.
    (
        "Headline of the day\n\nPart of the exchange:\n\n"
        '"HOST: Welcome back to the program. Yesterday the mayor announced that the bridge would close. '
        'I want to ask you about it.\n\n"GUEST: Well, look, the mayor apparently thinks this is a game. '
        "I think it is not.\n",
        "I want to ask you",
        "HOST",
    ),
    (
        "Headline of the day\n\nPart of the exchange:\n\n"
        '"HOST: Welcome back to the program.\n\n"GUEST: Well, look, the mayor apparently thinks this is a game. '
        "I think it is not.\n",
        "I think it is not",
        "GUEST",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "speaker"), CASES)
def test_speaker_mention(text: str, phrase: str, speaker: str) -> None:
    assert speaker in _speakers_of(text, phrase)


# ", saying ..." and "... and emphasized ...": the subject of the sentence speaks, after its opening adverbials.
SUBJECT_CASES = [
    (
        "Hours later, Mayor Jane Holt returned to the podium, telling reporters, “We will rebuild the bridge.”",
        "We will rebuild",
        "Mayor Jane Holt",
    ),
    (
        "Hastily leaving the hall, Holt blamed the council and warned that the bridge would stay closed all year.",
        "the bridge would stay",
        "Holt",
    ),
    (
        "At a town meeting in Dover, Delaware, on Friday, Holt repeated her pledge, saying that the bridge "
        "would reopen in March.",
        "the bridge would reopen",
        "Holt",
    ),
    (
        "Once she was elected, Holt made the bridge a priority, announcing that work would begin in May.",
        "work would begin",
        "Holt",
    ),
    (
        "More recently, the council has changed its tone, arguing that the repairs would cost too much.",
        "the repairs would cost",
        "the council",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "speaker"), SUBJECT_CASES)
def test_subject_after_opening_adverbials(text: str, phrase: str, speaker: str) -> None:
    assert speaker in _speakers_of(text, phrase)
