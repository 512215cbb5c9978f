"""The speaker phrase as written, on made-up sentences: its whole extent, not a part of it or a word beyond it."""

from __future__ import annotations

import pytest

from newsclaims import parse_text
from newsclaims.extract.quotes import _subject


def _attribution(text: str, phrase: str) -> tuple[str, list[str]]:
    """The cue and the speaker mentions of the quote whose content holds ``phrase``."""
    at = text.index(phrase)
    for quote in parse_text(text, claims=False).quotes:
        if any(c.start <= at < c.end for c in quote.contents):
            cue = text[quote.cue.start : quote.cue.end] if quote.cue is not None else ""
            return cue, [text[s.start : s.end] for s in quote.speaker_mentions]
    raise AssertionError(f"no quote holds {phrase!r}")


# (text, a phrase of the content, the cue, the speaker mentions expected)
CASES = [
    # A noun that is also a cue word ("report", "estimates") heads the phrase after an article and a modifier.
    ("“We will not stop,” the new report says.", "We will not stop", "says", ["the new report"]),
    ("“We will not stop,” the city report says.", "We will not stop", "says", ["the city report"]),
    ("“Will the port close?” the new report asks.", "Will the port close", "asks", ["the new report"]),
    ("“Costs will rise,” the latest estimates show.", "Costs will rise", "show", ["the latest estimates"]),
    ("The city report found that costs rose.", "costs rose", "found", ["The city report"]),
    (
        "The driver was calm, a new police report indicates.",
        "The driver was calm",
        "indicates",
        ["a new police report"],
    ),
    # A role before the name, then an apposition: the phrase opening after the quote speaks, role and name.
    (
        "“We finally see growth,” the economist Jo Bern, a former adviser to the mayor, wrote in a note.",
        "We finally see growth",
        "wrote",
        ["the economist Jo Bern"],
    ),
    (
        "The economist Jo Bern, a former adviser to the mayor, wrote that growth was back.",
        "growth was back",
        "wrote",
        ["The economist Jo Bern"],
    ),
    # ", and explained", ", saying": the sentence's subject, its modifiers and the name or nouns after them.
    (
        "The 62-year-old Ann Lee also railed against the plan, and explained that it was bad.",
        "it was bad",
        "explained",
        ["The 62-year-old Ann Lee"],
    ),
    (
        "The former Republican presidential candidate went on, saying, “We need jobs.”",
        "We need jobs",
        "saying",
        ["The former Republican presidential candidate"],
    ),
    (
        "The bulwarks against Holt are many, saying that he would lose.",
        "he would lose",
        "saying",
        ["The bulwarks"],
    ),
    # After a closing quote, a subject pronoun is a whole subject, not the end of a phrase from the quote on.
    ("Those who borrow a lot struggle, even with a “good” job, he said.", "Those who borrow", "said", ["he"]),
    # After an inverted cue, role words before the name may open with a number.
    ("“Never forget,” said 9/11 widow Ann Lee.", "Never forget", "said", ["9/11 widow Ann Lee"]),
    # An adjective heads no phrase: "The new plans" is no subject and its verb.
    ("The new plans “are a mess,” Ana Reyes, an aide, said on the call.", "are a mess", "said", ["Ana Reyes"]),
    # A subject with a prepositional or participle modifier: the noun before it heads and agrees with the verb.
    ("A study by the harbor group found that costs rose.", "costs rose", "found", ["A study by the harbor group"]),
    ("The head of the port agency said that costs rose.", "costs rose", "said", ["The head of the port agency"]),
    (
        "Polling of harbor voters shows that the mayor is ahead.",
        "the mayor is ahead",
        "shows",
        ["Polling of harbor voters"],
    ),
    (
        "Early results of exit polls conducted by Harbor Research for the Ledger show that Holt leads.",
        "Holt leads",
        "show",
        ["Early results of exit polls conducted by Harbor Research for the Ledger"],
    ),
    (
        "A number of other members of the board echo her concerns about the levy.",
        "her concerns",
        "echo",
        ["A number of other members of the board"],
    ),
    (
        "The report published Tuesday showed that costs rose.",
        "costs rose",
        "showed",
        ["The report"],
    ),
    # An apposition whose closing comma is missing: the name opening the sentence speaks, after its parenthesis.
    (
        "Ann Lee (D-Del.), a supporter of the mayor’s bid for the seat told reporters she believed it.",
        "she believed it",
        "told",
        ["Ann Lee"],
    ),
    # A participle inside a closed apposition is no cue: the verb after it is.
    (
        "Rep. Jo Dunn (Del.), a delegate supporting Holt, said he has spoken with many delegates.",
        "he has spoken",
        "said",
        ["Rep. Jo Dunn"],
    ),
    # After a closing quote, role words before the name: a capitalised one and an -ing one among them.
    (
        "“I cannot imagine it,” former State policy planning director Ann Lee wrote to Holt.",
        "I cannot imagine it",
        "wrote",
        ["former State policy planning director Ann Lee"],
    ),
    # After an opening phrase's town and state, an age opens the subject.
    (
        "At a campaign event in Dover, Ohio, 62-year-old Ann Lee also railed against the plan, and explained how "
        "much it upset her.",
        "how much it upset her",
        "explained",
        ["62-year-old Ann Lee"],
    ),
    # A word in -s before an article is the verb, not a noun of the subject; before "that" it may be the head.
    (
        "The landmark 31-page agreement includes a pledge, calling for deep cuts in emissions.",
        "for deep cuts",
        "calling",
        ["The landmark 31-page agreement"],
    ),
    (
        "The advocacy groups that sued the city went to court, saying that the law was unfair.",
        "the law was unfair",
        "saying",
        ["The advocacy groups"],
    ),
    # The subject of an infinitive cue stands before its "to", which is no part of it.
    (
        "The strong win led her to declare that the race was over.",
        "the race was over",
        "declare",
        ["her"],
    ),
    # A past tense without "-ed" heads nothing: past a time phrase, its subject speaks the -ing cue.
    (
        "While making final plans, President Holt spent Thursday discussing the summit with leaders.",
        "the summit with leaders",
        "discussing",
        ["President Holt"],
    ),
    # "Having said that" opens a sentence; it is no speaker.
    (
        "(Having noted this, there are harbor pilots who argue that the tolls are too high.)",
        "the tolls are too high",
        "argue",
        ["harbor pilots", "who"],
    ),
    # Before an apposition, a subject with a prepositional modifier speaks whole; a name after its role wins.
    (
        "An aide to Jo Lee, who paid for the ads, said that the tolls would rise.",
        "the tolls would rise",
        "said",
        ["An aide to Jo Lee"],
    ),
    (
        "The director of the harbor centre, Ina Kim, told reporters her group never worked with him.",
        "her group never worked",
        "told",
        ["Ina Kim"],
    ),
    # An opening participle's object is no subject.
    ("Speaking in Dover, Holt, without naming him, also accused Lee of lying.", "Lee of lying", "accused", ["Holt"]),
    # Prepositions the stop list lacks end the phrase before them; the subject runs over them from its head.
    (
        "Lee has set off a wave of alarm among harbor pilots, who worry that the tolls will rise.",
        "the tolls will rise",
        "worry",
        ["harbor pilots", "who"],
    ),
    (
        "Both sides of the debate over harbor tolls agreed that the port must stay open.",
        "the port must stay open",
        "agreed",
        ["Both sides of the debate over harbor tolls"],
    ),
    # The pronoun after "what" or "which" stands for the sentence's subject: both are recorded, the name first.
    (
        "Holt has railed against what he calls the “harbor cartel.”",
        "harbor cartel",
        "calls",
        ["Holt", "he"],
    ),
    (
        "The problem is the lease, which he estimates will cost the port millions.",
        "will cost the port",
        "estimates",
        ["he"],
    ),
    (
        "Holt wavered in answering a question about whether she would consider a second ferry.",
        "a second ferry",
        "consider",
        ["Holt", "she"],
    ),
    # Two typewriter marks close a quote as a curly one does: the role and name after it open the attribution.
    (
        "He left. ''We may see growth,'' the economist Jo Bern, a former adviser in the Holt White House, wrote.",
        "We may see growth",
        "wrote",
        ["the economist Jo Bern"],
    ),
    # After a quote, a role phrase before an apposition speaks; a name right after a role between commas wins.
    (
        "“The pilots are under pressure,” a harbor source, who was not allowed to speak openly, told the Ledger.",
        "The pilots are under pressure",
        "told",
        ["a harbor source"],
    ),
    (
        "A top strategist, Jo Weaver, tells the Ledger that the ferry will win.",
        "the ferry will win",
        "tells",
        ["Jo Weaver"],
    ),
    # After an inverted cue, "known as X" describes the head; it does not end the phrase in a verb.
    (
        "“There never was a halt order,” said the dock chief known as Red, speaking in public for once.",
        "There never was a halt order",
        "said",
        ["the dock chief"],
    ),
    # Two roles of one speaker joined by "and"; a plural after "and" is a group of its own (no join).
    (
        "Holt spoke. “The port is a mess,” the independent Dover senator and Republican mayoral candidate told us.",
        "The port is a mess",
        "told",
        ["the independent Dover senator and Republican mayoral candidate"],
    ),
    (
        "Pilots and harbor officials say that the tolls are too high.",
        "the tolls are too high",
        "say",
        ["harbor officials"],
    ),
    # After an opening phrase's "Town, State,", a name right before its verb is the subject.
    (
        "Speaking at a town hall in Salem, New Hampshire, Holt went after Ames, calling him “a total stiff.”",
        "a total stiff",
        "calling",
        ["Holt"],
    ),
    (
        "Retired pilot Ann Lee is speaking out about the port, and why she believes the tolls must go.",
        "the tolls must go",
        "believes",
        ["Retired pilot Ann Lee", "she"],
    ),
    # After an inverted cue, a part "of" a group speaks with the group named.
    ("“We will win,” said one of the pilots.", "We will win", "said", ["one of the pilots"]),
    ("“We will win,” said some of us, laughing.", "We will win", "said", ["some of us"]),
    ("“We will win,” said the mayor’s chief of staff, Jo Lee.", "We will win", "said", ["the mayor’s chief of staff"]),
]


@pytest.mark.parametrize(("text", "phrase", "cue", "speakers"), CASES)
def test_speaker_phrase(text: str, phrase: str, cue: str, speakers: list[str]) -> None:
    assert _attribution(text, phrase) == (cue, speakers)


def test_participle_after_a_possessive_is_no_subject() -> None:
    text = "Voters saw ads which focus on his sweeping plans for the economy."
    mentions = [text[m.start : m.end] for q in parse_text(text, claims=False).quotes for m in q.speaker_mentions]
    assert "his sweeping" not in mentions
    text = "The vote ended the race but not the nagging questions about his temper."
    assert not [q for q in parse_text(text, claims=False).quotes if q.speaker_mentions]
    text = "She has built her agenda around plans to raise taxes, and her own plans to boost incomes."
    assert not [q for q in parse_text(text, claims=False).quotes if q.speaker_mentions]


def test_pronoun_of_a_later_clause_is_no_speaker_phrase() -> None:
    text = "“You know, it happens,” Holt went on, as if he had not heard her."
    mentions = [text[m.start : m.end] for q in parse_text(text, claims=False).quotes for m in q.speaker_mentions]
    assert not any("went" in m for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        # A superlative, an adverb and a relative pronoun after a determiner head no speaker phrase.
        "The most telling promise Holt has made is that she will not overpromise.",
        "He has pushed the same agenda since the 1980s, one that favors workers and veterans.",
    ],
)
def test_no_speaker_phrase_of_a_modifier(text: str) -> None:
    assert not [q for q in parse_text(text, claims=False).quotes if q.speaker_mentions]


def test_a_function_word_after_a_determiner_heads_nothing() -> None:
    text = "A paper from the Harbor Institute had this to say about his plan: it would fail."
    mentions = [text[m.start : m.end] for q in parse_text(text, claims=False).quotes for m in q.speaker_mentions]
    assert "this to" not in mentions


def test_a_preposition_heads_no_speaker_phrase() -> None:
    text = "The move against Holt took place despite repeated warnings from his lawyer that he would not testify."
    mentions = [text[m.start : m.end] for q in parse_text(text, claims=False).quotes for m in q.speaker_mentions]
    assert not any(m.endswith("despite") for m in mentions)


def test_most_before_an_adverb_is_no_subject() -> None:
    text = "Lee, who ran the ferry desk for years and most recently offered tips on the tides, was let go."
    mentions = [text[m.start : m.end] for q in parse_text(text, claims=False).quotes for m in q.speaker_mentions]
    assert "most" not in mentions


@pytest.mark.parametrize(
    ("text", "phrase", "speakers"),
    [
        # A possessive speaker stands for the sentence's subject when they agree.
        ("Holt repeated his claim that the harbour plan would cost jobs.", "the harbour plan", ["Holt", "his"]),
        ("He reiterated his claim that the harbour plan would cost jobs.", "the harbour plan", ["He", "his"]),
        # A participle after "by" has the sentence's subject, whatever object comes before it.
        (
            "Ann Holt answered a Gold Star mother on Wednesday by saying her refusal to use the words “harbour "
            "tax” was wise.",
            "to use the words",
            ["Ann Holt", "her"],
        ),
        # The subject of the last clause joined, after a quote closing on its comma.
        (
            "Holt said the harbour was “safe,” and he reiterated his claim that the harbour plan would cost jobs.",
            "the harbour plan",
            ["he", "his"],
        ),
        (
            "The senators renewed their call to close the harbour to all ships.",
            "close the harbour",
            ["The senators", "their"],
        ),
    ],
)
def test_possessive_speaker_and_the_subject_it_stands_for(text: str, phrase: str, speakers: list[str]) -> None:
    assert _attribution(text, phrase)[1] == speakers


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "he" does not stand for "her"; a name between may be the possessor.
        ("She renewed his call to close the harbour to all ships.", "close the harbour"),
        ("The mayor backed Ames after his claim that the harbour plan would cost jobs.", "the harbour plan"),
        ("The report repeated his claim that the harbour plan would cost jobs.", "the harbour plan"),
    ],
)
def test_possessive_speaker_alone_without_agreement(text: str, phrase: str) -> None:
    assert _attribution(text, phrase)[1] == ["his"]


@pytest.mark.parametrize(
    "text",
    [
        "Back in Dover, state Representative Jo Lee, a Democrat, wants a new harbour “before the storms come.”",
        "Later, state Representative Jo Lee, a Democrat, wants a new harbour “before the storms come.”",
    ],
)
def test_a_lower_case_title_after_an_opening_adverbial_speaks(text: str) -> None:
    # An adverb opening the sentence heads no subject; the titled name after its comma does.
    assert _attribution(text, "before the storms")[1] == ["state Representative Jo Lee"]


def test_a_role_with_of_before_the_name_is_read_whole() -> None:
    text = (
        "Former US secretary of state Jo Lee, a harbour supporter, fanned controversy over her remark that "
        "“there is a special place in hell for such critics.”"
    )
    assert _attribution(text, "a special place")[1] == ["Former US secretary of state Jo Lee"]


def test_a_pronoun_in_a_later_clause_is_recorded_with_the_named_subject() -> None:
    # The subject was named before, agrees with the pronoun, and no other name comes between.
    text = "Ann Holt spoke first. Holt left the meeting early because she felt the harbour plan would fail."
    assert _attribution(text, "the harbour plan")[1] == ["Holt", "she"]


@pytest.mark.parametrize(
    "text",
    [
        # A capital opening the sentence is no name by itself; a name between may be the one meant.
        "Politically, she felt the harbour plan would fail.",
        "Ann Holt spoke first. Holt met Ames because she felt the harbour plan would fail.",
    ],
)
def test_a_pronoun_alone_without_a_named_subject(text: str) -> None:
    assert _attribution(text, "the harbour plan")[1] == ["she"]


def test_as_x_put_it_with_an_adjunct() -> None:
    text = "As Ms. Lee put it in a statement to my colleague Jo M. Dunn in July, the harbour is “open to all.”"
    assert _attribution(text, "open to all") == ("put it", ["Ms. Lee"])


def test_as_clause_then_a_subject_noting_that() -> None:
    text = "As Ames covered old ground, Holt noted that even in little things, the mayor was out of step."
    assert _attribution(text, "out of step") == ("noted", ["Holt"])


@pytest.mark.parametrize(
    "text",
    [
        "In the hours after the storm hit Salem, Ore., the harbour board posted a note",
        "In the hours after the storm hit Salem, Oregon, the harbour board posted a note",
        # An adverb or a preposition opening the sentence heads no subject.
        "Soon after, the harbour board posted a note",
        "Absent a deal, the harbour board posted a note",
    ],
)
def test_the_subject_after_an_opening_phrase(text: str) -> None:
    found = _subject(text, 0, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == "the harbour board"


def test_a_verb_joined_in_a_subordinate_clause_has_that_clause_subject() -> None:
    text = (
        "After weeks of sniping, the anger boiled over at a rally on Monday when Mr. Lee took issue with recent "
        "criticism of his harbour policy and assailed Mrs. Holt for “caving in.”"
    )
    assert _attribution(text, "caving in") == ("assailed", ["Mr. Lee"])


def test_a_noun_in_ing_is_no_verb_of_the_subject() -> None:
    # "meeting" heads a noun phrase, so the participle after "as" goes to that clause's subject.
    text = (
        "The much-anticipated meeting unfolded on Thursday as more harbour pilots have begun urging the board "
        "to put the discord behind."
    )
    assert _attribution(text, "the discord") == ("urging", ["more harbour pilots"])
