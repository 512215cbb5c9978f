"""'his attacks on X': the possessor of the attack is its speaker and what follows 'on' its content."""

from __future__ import annotations

import pytest

from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import find_quotes


def _found(text: str) -> list[tuple[list[str], str | None, list[str]]]:
    return [
        (
            [text[c.start : c.end] for c in q.contents],
            text[q.cue.start : q.cue.end] if q.cue is not None else None,
            [text[s.start : s.end] for s in q.speaker_mentions],
        )
        for q in find_quotes(text, find_layout(text))
        if q.kind != "scare"
    ]


@pytest.mark.parametrize(
    ("text", "content", "speakers"),
    [
        ("Jo Lee has been sharp in his attacks on Mr. Holt, aides noted today.", "Mr. Holt", ["Jo Lee", "his"]),
        ("Her attack on the harbour plan in the debate drew cheers.", "the harbour plan", ["Her"]),
        ("Jo Lee's attacks on the harbour plan, however, went nowhere.", "the harbour plan", ["Jo Lee's"]),
    ],
)
def test_possessor_attacks_target(text: str, content: str, speakers: list[str]) -> None:
    assert ([content], "attacks on" if "attacks" in text else "attack on", speakers) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fans cheered Jo Lee's attacks on the harbour plan.",  # the possessive is the object of another verb
        "The attacks on the harbour plan went nowhere.",  # nobody owns the attacks
    ],
)
def test_no_possessor_subject_no_attack(text: str) -> None:
    assert not any(cue is not None and cue.startswith("attack") for _, cue, _ in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Harbin attacks test the mayor's strategy.",  # "the <Name> attacks": an event
        "The Romney attack hit Lee hard.",
        "Lee's aides recalled the attacks of May 2 in Harbin.",  # "attacks of": a noun
    ],
)
def test_attack_as_event_is_no_cue(text: str) -> None:
    assert not any(cue is not None and cue.lower().startswith("attack") for _, cue, _ in _found(text))


def test_named_subject_attacks_is_a_cue() -> None:
    assert (["Holt over the budget"], "attacks", ["Lee"]) in _found("Lee attacks Holt over the budget.")
