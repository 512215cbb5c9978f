"""Reported speech without quote marks: the cue shapes and content edges that quotes.py reads."""

from __future__ import annotations

import pytest

from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import find_quotes


def _found(text: str) -> list[tuple[list[str], str | None, list[str]]]:
    """(contents, cue, speakers) of every attributed quote, as written."""
    return [
        (
            [text[c.start : c.end] for c in q.contents],
            text[q.cue.start : q.cue.end] if q.cue is not None else None,
            [text[s.start : s.end] for s in q.speaker_mentions],
        )
        for q in find_quotes(text, find_layout(text))
        if q.kind != "scare"
    ]


# (text, content, cue, speaker): one report each.
REPORTS = [
    (  # a relative clause whose verb follows the cue: the clause is what the speaker said
        "The mayor backed a levy which she said will pay for three new libraries by next spring.",
        "which she said will pay for three new libraries by next spring",
        "said",
        "she",
    ),
    (
        "The council dropped what its chairman described as a costly and pointless detour.",
        "what its chairman described as a costly and pointless detour",
        "described",
        "its chairman",
    ),
    (  # a verb of hoping or expecting with an infinitive
        "Ms. Okafor hopes to finish the bridge before the winter floods arrive.",
        "to finish the bridge before the winter floods arrive",
        "hopes",
        "Ms. Okafor",
    ),
    (  # a verb of belief with a bare plural subject in its clause
        "Harbour officials think ferries are safer than the old rope bridge.",
        "ferries are safer than the old rope bridge",
        "think",
        "Harbour officials",
    ),
    (  # a verb that needs "that" still reports a clause with its own subject and finite verb
        "The fishermen knew their catch would be smaller this year.",
        "their catch would be smaller this year",
        "knew",
        "The fishermen",
    ),
    (  # a pronoun and its verb are a whole clause
        "I think it’s good.",
        "it’s good",
        "think",
        "I",
    ),
]


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), REPORTS)
def test_report(text: str, content: str, cue: str, speaker: str) -> None:
    assert (
        [content],
        cue,
        [speaker],
    ) in _found(text)


def test_relative_clause_needs_its_verb_after_the_cue() -> None:
    # "that she said" followed by an object, not a gapped verb: nothing reported.
    text = "It was the song that she said goodbye with at the end of the night."
    assert not any(cue == "said" for _, cue, _ in _found(text))


def test_hope_without_infinitive_or_clause_is_no_cue() -> None:
    text = "Their hopes rose on the shore of the lake during the long summer."
    assert _found(text) == []


def test_seems_reports_the_sentence_without_a_speaker() -> None:
    text = "There seems to be little appetite for a second ferry on the island."
    assert _found(text) == [([text[:-1]], "seems", [])]


def test_negated_seem_is_not_reported() -> None:
    assert _found("There does not seem to be much appetite for a second ferry.") == []


def test_seems_leaves_quotes_to_their_own_reading() -> None:
    text = "There seems to be a new plan for the town, “a fine and careful piece of work for everyone.”"
    assert not any(cue == "seems" for _, cue, _ in _found(text))


def test_report_in_an_opening_subordinate_clause_stops_at_the_main_clause() -> None:
    text = "While the mayor said the bridge was safe, the engineers argued that it needed new cables."
    found = _found(text)
    assert (["the bridge was safe"], "said", ["the mayor"]) in found
    assert (["that it needed new cables"], "argued", ["the engineers"]) in found


def test_report_in_an_opening_subordinate_clause_keeps_a_main_clause_without_a_cue() -> None:
    # The main clause has no attribution of its own: the report is left whole.
    text = "Although the mayor said the bridge was safe, the ferry kept running all winter."
    found = _found(text)
    assert found == [(["the bridge was safe, the ferry kept running all winter"], "said", ["the mayor"])]


def test_opening_adverbial_is_not_said() -> None:
    # Before the speaker only a time phrase: nothing was said before the cue.
    text = "Shortly after the harbour vote, the mayor announced his resignation."
    assert not any(contents == ["Shortly after the harbour vote"] for contents, _, _ in _found(text))


def test_opening_adverbial_then_a_parenthetical_word_is_not_said() -> None:
    text = "At the end of the day, however, the mayor said little."
    found = _found(text)
    assert not any(contents[0].startswith("At the end") for contents, _, _ in found)


def test_a_parenthetical_attribution_before_a_two_word_predicate() -> None:
    text = "This pier plan, he says, is different."
    assert _found(text) == [(["This pier plan", "is different"], "says", ["he"])]


def test_noun_phrase_after_said_that_goes_on_as_a_clause_is_no_inverted_speaker() -> None:
    # "said the storm ... was": the storm is the subject of what was said, not the one who said it.
    text = "Olga Brandt, a ferry captain from Tromsø, Norway, said the storm at the weekend was the worst in years."
    found = _found(text)
    assert not any(speakers == ["the storm"] for _, _, speakers in found)


def test_according_to_after_a_dangling_word_reports_what_follows() -> None:
    text = "The mill closed after, according to the union, the owners had moved the looms abroad."
    found = _found(text)
    assert (["the owners had moved the looms abroad"], "according to", ["the union"]) in found


def test_passive_asked_reports_the_question() -> None:
    text = "The harbour master was asked by a local reporter whether the pier would reopen in May."
    found = _found(text)
    assert (["whether the pier would reopen in May"], "asked", ["a local reporter"]) in found


def test_reportedly_reports_the_sentence_without_a_speaker() -> None:
    text = "The ferry company has reportedly run out of money for new boats this year."
    assert _found(text) == [([text[:-1]], "reportedly", [])]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Her decision to close the old harbour school next year has angered the parents.",
            "to close the old harbour school next year",
            "decision",
            "Her",
        ),
        (
            "The mayor's promise to rebuild the pier has cheered the fishermen.",
            "to rebuild the pier",
            "promise",
            "The mayor's",
        ),
    ],
)
def test_intent_noun_with_an_infinitive(text: str, content: str, cue: str, speaker: str) -> None:
    assert ([content], cue, [speaker]) in _found(text)


def test_intent_noun_needs_a_possessor() -> None:
    assert _found("A decision to close the school was taken in the spring by the council.") == []


def test_in_someones_view() -> None:
    text = "In the harbour master's view, the new pier will not survive another winter storm."
    found = _found(text)
    assert (
        ["the new pier will not survive another winter storm"],
        "In the harbour master's view",
        ["the harbour master's"],
    ) in found


def test_cited_headline_and_dated_slogan_are_titles() -> None:
    text = (
        "The best read of the week was “Island ferry to double its summer crossings,” by the Gazette’s Jo Lund.\n\n"
        "Their old poster read “Keep the pier open for all our children” (2009)."
    )
    assert _found(text) == []


def test_list_of_names_after_a_label_is_no_quote() -> None:
    text = "The panel met on Monday.\n\nNorth: Ann Lee, Bo Park, Cy Diaz, Di Moss, Ed Ruiz, Flo Tan."
    assert not any(cue == ":" for _, cue, _ in _found(text))


def test_what_opening_a_sentence_is_a_relative_pronoun() -> None:
    # "What the council wants most is ...": no report of the council's with "most is" as its words.
    text = "What the council wants most is a second pier on the northern shore."
    assert not any(contents == ["most is a second pier on the northern shore"] for contents, _, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The judge ordered the council to reopen the harbour school.",
            "the council to reopen the harbour school",
            "ordered",
        ),
        (
            "The mayor thanked the volunteers for rebuilding the pier.",
            "the volunteers for rebuilding the pier",
            "thanked",
        ),
        (
            "The union assailed the plan as a giveaway to the shipyard.",
            "the plan as a giveaway to the shipyard",
            "assailed",
        ),
    ],
)
def test_verbs_of_ordering_thanking_and_assailing(text: str, content: str, cue: str) -> None:
    assert any(contents == [content] and found_cue == cue for contents, found_cue, _ in _found(text))


def test_order_as_a_noun_is_no_cue() -> None:
    assert _found("The court orders were posted on the harbour gate.") == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # a cue that is also a noun, with a clause of its own after it
        ("They claim the new quota will ruin the harbour.", "the new quota will ruin the harbour", "claim"),
        # a contraction is a subject and its verb
        ("The mayor brags that's good news for the island.", "that's good news for the island", "brags"),
        # a possessive apostrophe is no opening quote mark
        (
            "Ms. Lund complained to Island News' Jo Park that the ferry was always late.",
            "that the ferry was always late",
            "complained",
        ),
        # an aside between commas before "that"
        (
            "Mr. Berg said on the radio, where he now has a show, that the pier would close.",
            "that the pier would close",
            "said",
        ),
        # a long adjunct closed by a comma before the clause's pronoun
        (
            "Ms. Lund explained after the vote in the town hall on Monday, she would resign in June.",
            "she would resign in June",
            "explained",
        ),
    ],
)
def test_clause_after_the_cue(text: str, content: str, cue: str) -> None:
    assert any(contents == [content] and found_cue == cue for contents, found_cue, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The old ferry is widely seen as the safest boat on the lake.", "is widely seen"),
        ("The harbour master is known for his short temper with tourists.", "is known"),
        ("The shipyard was accused of dumping oil into the bay.", "was accused"),
    ],
)
def test_passive_of_belief_reports_the_sentence_without_a_speaker(text: str, cue: str) -> None:
    assert _found(text) == [([text[:-1]], cue, [])]


def test_passive_after_a_modal_is_not_reported() -> None:
    assert _found("The ferry can be seen as a symbol of the island.") == []


def test_relative_who_with_a_plural_antecedent_reports() -> None:
    text = "The mayor rebuked critics who say the pier should be torn down."
    found = _found(text)
    assert any(contents == ["the pier should be torn down"] and cue == "say" for contents, cue, _ in found)


def test_that_before_a_speaker_with_a_clause_after_the_cue_is_a_complementizer() -> None:
    text = "It was only last year that Ms. Lund said the pier was safe for every boat."
    found = _found(text)
    assert (["the pier was safe for every boat"], "said", ["Ms. Lund"]) in found


def test_what_someone_calls_something() -> None:
    text = "The council has fought what the mayor calls a war on the harbour."
    found = _found(text)
    assert (["what the mayor calls a war on the harbour"], "calls", ["the mayor"]) in found


def test_call_to_with_a_possessor_is_an_intent() -> None:
    text = "Her call to rebuild the pier has won support across the island."
    assert (["to rebuild the pier"], "call", ["Her"]) in _found(text)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # a verb of saying (no noun) with a clause after it, whatever its subject looks like
        ("One in five say the ferry is too slow.", "the ferry is too slow", "say"),
        # a noun phrase followed by an auxiliary is the clause's subject, not the one told
        ("He promises the council will rebuild the pier.", "the council will rebuild the pier", "promises"),
        # a clause before a colon is the content, not a lead-in to it
        (
            "The fishermen say they have a new worry: the quota.",
            "they have a new worry: the quota",
            "say",
        ),
        # an aside between commas right after the cue
        (
            "Ms. Lund says, win or lose in May, she will stay on the council.",
            "win or lose in May, she will stay on the council",
            "says",
        ),
    ],
)
def test_more_clauses_after_the_cue(text: str, content: str, cue: str) -> None:
    assert any(contents == [content] and found_cue == cue for contents, found_cue, _ in _found(text))


def test_a_plain_report_whose_speaker_phrase_is_not_read_reports_the_sentence_by_its_subject() -> None:
    text = "The fishermen on the northern pier and in the bay — including Ms. Lund — said they had no insurance."
    assert _found(text) == [([text[:-1]], "said", ["The fishermen"])]


def test_a_passive_plain_report_is_no_report() -> None:
    assert _found("The same could not be said for the old ferry on the lake.") == []


def test_a_plain_report_by_a_quantity() -> None:
    text = "Many owners at the meeting — including Ms. Lund and Mr. Berg — said they had no insurance."
    assert _found(text) == [([text[:-1]], "said", ["Many"])]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Both parents stiffened their stance, saying the school was unsafe.", "Both parents"),
        ("Other members followed the lead, saying the plan was dead.", "Other members"),
    ],
)
def test_a_quantified_subject_at_the_sentence_start_speaks(text: str, speaker: str) -> None:
    assert [speakers for _, cue, speakers in _found(text) if cue == "saying"] == [[speaker]]


def test_a_cue_word_right_before_said_is_a_noun() -> None:
    text = "Several supporters of the harbour plan said it is more realistic to wait a year."
    assert not any(cue == "plan" for _, cue, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Most of the island's fishermen have an unfavourable view of the quota, the survey found.",
            "Most of the island's fishermen have an unfavourable view of the quota",
            "found",
            "the survey",
        ),
        (
            "The mayor will rethink how she deals with the council, a source close to her said.",
            "The mayor will rethink how she deals with the council",
            "said",
            "a source close to her",
        ),
        (
            "Much of the grant went to firms that have since closed, harbour records show.",
            "Much of the grant went to firms that have since closed",
            "show",
            "harbour records",
        ),
    ],
)
def test_attribution_closing_the_sentence(text: str, content: str, cue: str, speaker: str) -> None:
    assert ([content], cue, [speaker]) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor won 45 percent support among the island's fishermen in the spring.",
        "The council succeeded with appeals to the fishermen and attacks on the shipyard as a polluter.",
    ],
)
def test_stance_word_used_as_a_noun_is_no_cue(text: str) -> None:
    assert not any(cue in {"support", "attacks"} for _, cue, _ in _found(text))


def test_called_on_is_still_a_cue() -> None:
    text = "The mayor called on the council to rebuild the pier before the winter."
    assert any(cue == "called" for _, cue, _ in _found(text))


def test_closing_according_to_governs_even_with_cue_words_in_its_phrase() -> None:
    text = "The shipyard declined to renew the contract, according to a banker familiar with the talks."
    found = _found(text)
    assert found[0][1] == "according to"
    assert found[0][2][0].startswith("a banker")


def test_share_of_those_asked_saying() -> None:
    text = "The mayor gained ground, with 30 percent of voters saying they have a good view of her."
    found = _found(text)
    assert (["they have a good view of her"], "saying", ["30 percent of voters"]) in found


def test_see_something_as_something() -> None:
    text = "Islanders see harbour fees as a threat to the fishing trade."
    assert (["harbour fees as a threat to the fishing trade"], "see", ["Islanders"]) in _found(text)


def test_a_plain_stance_report_whose_speaker_phrase_is_not_read() -> None:
    text = "The fishermen on the northern pier and in the bay — including Ms. Lund — urged the council to act."
    assert _found(text) == [([text[:-1]], "urged", ["The fishermen"])]


def test_bare_noun_phrase_clause_after_a_cue_that_is_also_a_noun() -> None:
    text = "The mayor answered the critics on Thursday, stating harbour and island authorities are in charge."
    found = _found(text)
    assert any(contents == ["harbour and island authorities are in charge"] for contents, _, _ in found)


def test_wh_clause_is_no_bare_clause() -> None:
    text = "But the storm showed how easy such a breach would be."
    assert not any(cue == "showed" for _, cue, _ in _found(text))


def test_a_plain_report_with_a_scare_quote_inside() -> None:
    text = "The fishermen on the northern pier and in the bay — including Ms. Lund — said the quota was “a disaster.”"
    found = _found(text)
    assert len(found) == 1
    assert found[0][1:] == ("said", ["The fishermen"])


def test_knowing_takes_an_indirect_question() -> None:
    text = "Ms. Lund knows how important the ferry is to the island."
    assert (["how important the ferry is to the island"], "knows", ["Ms. Lund"]) in _found(text)


def test_a_poll_showing() -> None:
    text = "The mayor campaigned hard, with new polls showing her lead over Mr. Berg shrinking fast."
    assert (["her lead over Mr. Berg shrinking fast"], "showing", ["new polls"]) in _found(text)


def test_an_aside_attribution_whose_speaker_phrase_is_not_read() -> None:
    text = "The cost of the new pier, fishermen and their union leaders say, is far too high for the island."
    found = _found(text)
    assert found == [
        (["The cost of the new pier", "is far too high for the island"], "say", ["fishermen and their union leaders"])
    ]


def test_a_plain_report_by_a_share_after_an_opening_phrase() -> None:
    text = "On the harbour question, 42% say they back the plan, 30% oppose it."
    assert any(cue == "say" and speakers == ["42%"] for _, cue, speakers in _found(text))


def test_to_say_is_no_report() -> None:
    assert _found("It is too soon to say whether the pier will reopen in May.") == []


def test_vows_to() -> None:
    text = "At rally after rally, she vows to rebuild the pier before the winter storms."
    assert (["to rebuild the pier before the winter storms"], "vows", ["she"]) in _found(text)


def test_an_adverb_and_an_adjunct_after_the_cue_are_no_content() -> None:
    text = "“The pier is safe,” Ms. Lund, the harbour master of the island, said just after midnight on the radio."
    found = _found(text)
    assert not any(contents == ["just after midnight on the radio"] for contents, _, _ in found)


def test_a_report_ends_where_a_later_clause_with_its_own_speaker_begins() -> None:
    for joiner in [", though", " — and", " and"]:
        text = f"The mayor said the pier would reopen in May{joiner} she acknowledged that the repairs were late."
        found = _found(text)
        assert (["the pier would reopen in May"], "said", ["The mayor"]) in found
        assert (["that the repairs were late"], "acknowledged", ["she"]) in found


def test_a_new_speaker_after_a_comma_reports_a_clause_of_its_own() -> None:
    text = "The mayor insisted that the pier was safe, the engineer said the pylons were rotten."
    found = _found(text)
    assert (["that the pier was safe"], "insisted", ["The mayor"]) in found
    assert (["the pylons were rotten"], "said", ["the engineer"]) in found


def test_another_share_of_a_poll_reports_on_its_own() -> None:
    text = "Most islanders said they back the pier plan, while about 4 in 10 want a new ferry instead."
    found = _found(text)
    assert (["they back the pier plan"], "said", ["Most islanders"]) in found
    assert (["a new ferry instead"], "want", ["about 4 in 10"]) in found


def test_a_share_set_against_another_answers_on_its_own() -> None:
    text = "Half of the islanders said the pier was safe, compared with 17 percent who said it was not."
    found = _found(text)
    assert any(contents == ["the pier was safe"] and cue == "said" for contents, cue, _ in found)
    assert any(contents == ["it was not"] and "who" in speakers for contents, _, speakers in found)


def test_a_long_closing_according_to_governs_the_sentence() -> None:
    text = (
        "The mayor said the pier was safe, according to a poll of 400 islanders released on Friday by the "
        "harbour board, a group that studies the island's ferries."
    )
    assert _found(text)[0] == (["The mayor said the pier was safe"], "according to", ["a poll"])


def test_a_relative_clause_with_its_own_report_ends_the_report_before_it() -> None:
    text = "The mayor praised the pier plan, which he said was the best in decades."
    found = _found(text)
    assert (["the pier plan"], "praised", ["The mayor"]) in found
    assert any(cue == "said" and speakers == ["he"] for _, cue, speakers in found)


def test_a_closing_relay_by_an_outlet_is_no_part_of_the_report() -> None:
    text = "The mayor said the pier was safe, the Gazette reported."
    assert _found(text)[0] == (["the pier was safe"], "said", ["The mayor"])


def test_the_issuer_of_a_statement_speaks_through_it() -> None:
    text = "On Monday, the council released a short statement saying the pier would reopen."
    assert _found(text) == [(["the pier would reopen"], "saying", ["the council"])]
    text = "The mayor issued a statement calling the pier plan “a disaster for the island.”"
    assert (["the pier plan “a disaster for the island.”"], "calling", ["The mayor"]) in _found(text)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Early polls show islanders in the north rejecting the pier plan.",
            "islanders in the north rejecting the pier plan",
            "show",
            "Early polls",
        ),
        ("Another county poll found broad support for the ferry among fishermen.", None, "found", None),
        ("A study by the harbour group found the mayor got twice the airtime of his rival.", None, "found", None),
        ("A video of the meeting shows the mayor with his hands in the air.", None, "shows", None),
        ("During the same stretch, harbour records show, the ferry has sailed 200 hours.", None, "show", None),
    ],
)
def test_what_a_poll_or_a_record_shows_is_its_finding(
    text: str, content: str | None, cue: str, speaker: str | None
) -> None:
    found = _found(text)
    assert len(found) == 1
    assert found[0][1] == cue
    if content is not None:
        assert found[0] == ([content], cue, [speaker])


def test_a_person_who_shows_something_reports_no_finding() -> None:
    assert _found("The mayor found visitors waiting at the harbour on Monday.") == []


def test_a_poll_finding_stops_where_the_participle_clause_ends() -> None:
    text = "With county polls showing a wide divide among islanders, the Gazette says the mayor will win."
    found = _found(text)
    assert any(contents == ["a wide divide among islanders"] and cue == "showing" for contents, cue, _ in found)
    assert (["the mayor will win"], "says", ["the Gazette"]) in found


@pytest.mark.parametrize(("verb", "cue"), [("shot back", "shot back"), ("went on", "went on"), ("cut in", "cut in")])
def test_a_phrasal_verb_after_a_quote_attributes_it(verb: str, cue: str) -> None:
    text = f"“We will not give up the pier without a fight,” Holt {verb}."
    assert _found(text) == [(["We will not give up the pier without a fight"], cue, ["Holt"])]


def test_going_on_to_do_something_attributes_nothing() -> None:
    text = "“We will not give up the pier without a fight,” Holt went on to win the race."
    assert all(cue is None for _, cue, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Lee spoke about the cost of the new pier.", "the cost of the new pier", "spoke"),
        ("Lee spoke out against the new pier plan.", "the new pier plan", "spoke"),
        ("Lee pointed to the cost of the new pier.", "the cost of the new pier", "pointed"),
        ("Lee pointed out that the pier is costly.", "that the pier is costly", "pointed"),
    ],
)
def test_a_verb_with_its_particle_reports_its_object(text: str, content: str, cue: str) -> None:
    assert _found(text) == [([content], cue, ["Lee"])]


@pytest.mark.parametrize("text", ["Lee spoke to reporters after the vote.", "Lee pointed the way to the old pier."])
def test_a_verb_without_its_particle_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_particle_verb_object_ends_at_a_comma_before_another_report() -> None:
    text = "Lee pointed to the polls, noting that the pier plan had lost support since May."
    found = _found(text)
    assert (["the polls"], "pointed", ["Lee"]) in found
    assert any(contents == ["that the pier plan had lost support since May"] for contents, _, _ in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Bo Park changed his mind on the spot – saying he would now back the pier.",
            "he would now back the pier",
        ),
        ("Bo Park ended the debate by saying he is ready to work on the pier.", "he is ready to work on the pier"),
        ("Bo Park faced doubts after saying in a debate that he would stay neutral.", "that he would stay neutral"),
        ("Bo Park won cheers by praising the mayor as a tireless worker.", "the mayor as a tireless worker"),
        ("Bo Park opened the meeting by talking about the harbour floods.", "about the harbour floods"),
        ("Bo Park opened by emphasizing the need for a safer pier.", "the need for a safer pier"),
    ],
)
def test_a_participle_after_a_dash_or_a_preposition_reports_for_the_subject(text: str, content: str) -> None:
    found = _found(text)
    assert any(contents == [content] and speakers == ["Bo Park"] for contents, _, speakers in found)


@pytest.mark.parametrize(
    "text",
    [
        "Bo Park won the seat by adding two harbour wards to the district.",
        "Its naming rule - adding one digit to each new account - is easy to spot.",
    ],
)
def test_a_participle_with_a_plain_object_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_not_mentioning_someone_is_reported() -> None:
    text = "Lee did not mention the mayor by name, but she said the pier was late."
    found = _found(text)
    assert (["the mayor by name"], "mention", ["Lee"]) in found
    assert (["the pier was late"], "said", ["she"]) in found


def test_a_mention_as_a_noun_reports_nothing() -> None:
    assert _found("The mayor's mention of the pier drew loud cheers from the crowd.") == []


def test_an_expectation_that_is_negated_is_reported_by_no_one() -> None:
    assert _found("Lee is not expected to sign the pier deal this year.") == [
        (["Lee is not expected to sign the pier deal this year"], "is not expected", [])
    ]


def test_an_expectation_after_a_gapped_subject_is_the_second_predicate_only() -> None:
    text = "Lee is not on board with the pier plan and is not expected to vote for it in May."
    assert _found(text) == [(["is not expected to vote for it in May"], "is not expected", [])]


@pytest.mark.parametrize(
    ("headline", "cue", "speaker"),
    [
        ("Harbour Board Chief Praises The Mayor’s New Pier Plan", "Praises", "Harbour Board Chief"),
        ("New Poll Shows Wide Gap Between The Two Harbour Candidates", "Shows", "New Poll"),
        ("Island Mayor Endorses Ann Lee For The County Seat", "Endorses", "Island Mayor"),
    ],
)
def test_a_title_case_headline_with_a_verb_of_stance_or_finding_reports(headline: str, cue: str, speaker: str) -> None:
    text = headline + "\n\nThe board met on Monday in the old town hall."
    found = _found(text)
    assert len(found) == 1
    assert found[0][1:] == (cue, [speaker])


@pytest.mark.parametrize(
    ("headline", "content", "cue", "speaker"),
    [
        # the name after a comma, before or after the cue; an adverb before the cue is not part of the name
        ("Harbour Fees Will Rise Next Spring, Ann Lee Says", "Harbour Fees Will Rise Next Spring", "Says", "Ann Lee"),
        ("Harbour Fees Will Rise Next Spring, Says Ann Lee", "Harbour Fees Will Rise Next Spring", "Says", "Ann Lee"),
        ("Ann Lee Just Revealed Who She Wants On The Board", "Who She Wants On The Board", "Revealed", "Ann Lee"),
    ],
)
def test_a_title_case_headline_names_its_speaker_around_the_cue(
    headline: str, content: str, cue: str, speaker: str
) -> None:
    text = headline + "\n\nThe board met on Monday in the old town hall."
    assert _found(text) == [([content], cue, [speaker])]


def test_a_headline_verb_after_a_comma_does_not_invert_unless_it_says() -> None:
    # "X, Slams Y": two headline verbs; what is slammed follows the cue
    text = "Lee Tours The New Pier, Slams Harbour Board Delays\n\nThe board met on Monday."
    assert [found[0] for found in _found(text)] == [["Harbour Board Delays"]]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "He’s hoping the governor’s backing will lift the pier plan.",
            "the governor’s backing will lift the pier plan",
            "hoping",
            "He",
        ),
        (
            "The harbour board is already predicting that the pier will open in May.",
            "that the pier will open in May",
            "predicting",
            "The harbour board",
        ),
    ],
)
def test_a_progressive_with_an_adverb_or_a_contraction_reports(text: str, content: str, cue: str, speaker: str) -> None:
    assert _found(text) == [([content], cue, [speaker])]


def test_a_short_adjunct_with_for_before_the_reported_clause() -> None:
    text = "Lee has said for weeks she is the only candidate who can fix the pier."
    assert _found(text) == [(["she is the only candidate who can fix the pier"], "said", ["Lee"])]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The harbour deal was first reported by the Harbour Gazette.", "The harbour deal", "the Harbour Gazette"),
        (
            "Lee's pier plan, first reported by The Gazette on Tuesday, would cost millions.",
            "Lee's pier plan",
            "The Gazette",
        ),
    ],
)
def test_the_outlet_that_first_reported_a_story(text: str, content: str, speaker: str) -> None:
    assert _found(text) == [([content], "reported", [speaker])]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Lee has lately started asking islanders to back the pier.", "islanders to back the pier", "asking", "Lee"),
        ("Lee has avoided openly criticizing the ferry crew.", "the ferry crew", "criticizing", "Lee"),
    ],
)
def test_an_ing_form_completing_begin_or_avoid_reports_for_the_subject(
    text: str, content: str, cue: str, speaker: str
) -> None:
    assert _found(text) == [([content], cue, [speaker])]


def test_a_generic_you_starting_to_say_something_is_no_speaker() -> None:
    assert _found("It goes wrong when you start calling the pier plan a scam.") == []


def test_a_time_adjunct_may_stand_between_a_nominal_cue_and_its_that_clause() -> None:
    text = "Lee stood by her claim on Friday that the pier would never reopen."
    assert (["that the pier would never reopen"], "claim", ["Lee", "her"]) in _found(text)


def test_a_nominal_report_ends_where_another_speaker_reports() -> None:
    text = "In reply to the mayor's claim that the pier was safe, she said the pylons were rotten."
    found = _found(text)
    assert (["the pylons were rotten"], "said", ["she"]) in found
    assert all("she said" not in " ".join(contents) for contents, _, _ in found)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Six in 10 islanders back the pier, after half said so in May.", "so", "half"),
        ("Lee's manager said as much on Monday.", "as much", "Lee's manager"),
    ],
)
def test_said_so_stands_for_a_report_made_before(text: str, content: str, speaker: str) -> None:
    assert ([content], "said", [speaker]) in _found(text)


def test_so_many_after_said_is_no_anaphor() -> None:
    assert all(contents != ["so"] for contents, _, _ in _found("Lee said so many people came to the pier."))


def test_a_noun_like_verb_in_the_progressive_takes_a_plain_object() -> None:
    found = _found("Lee is promising cheaper ferries and a new pier for the island.")
    assert [(contents, speakers) for contents, _, speakers in found] == [
        (["cheaper ferries and a new pier for the island"], ["Lee"])
    ]


def test_an_adverb_after_the_comma_of_a_participle() -> None:
    text = "Ann Holt waved at the old tide charts, even suggesting someone had altered them."
    assert (["someone had altered them"], "suggesting", ["Ann Holt"]) in _found(text)


def test_a_report_ends_before_a_time_clause_with_a_named_speakers_report() -> None:
    text = "Lee spoke well, sharply denouncing the old pier plan after Park said he is open to a new deal."
    found = _found(text)
    assert any(cue == "denouncing" and contents == ["the old pier plan"] for contents, cue, _ in found)
    assert (["he is open to a new deal"], "said", ["Park"]) in found


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Islanders could hardly resist noting that the ferry was late again.",
            "that the ferry was late again",
            "noting",
            "Islanders",
        ),
        (
            "He won the fishermen over by telling them that the catch would grow.",
            "that the catch would grow",
            "telling",
            "He",
        ),
    ],
)
def test_resist_and_an_addressee_before_that(text: str, content: str, cue: str, speaker: str) -> None:
    assert ([content], cue, [speaker]) in _found(text)


def test_a_comma_inside_the_closing_mark_before_a_participle() -> None:
    text = "Lee openly admires the harbour master as a “steady hand,” comparing him favorably to the mayor."
    assert (["him favorably to the mayor"], "comparing", ["Lee"]) in _found(text)


def test_a_named_poll_closing_the_sentence_is_its_source() -> None:
    text = "Holt fell to ten percent in the latest county poll released on Wednesday."
    assert _found(text) == [(["Holt fell to ten percent"], "in", ["the latest county poll"])]


@pytest.mark.parametrize(
    "text",
    [
        "Holt has held a decisive lead in the polls.",  # the polls in general
        "Voters in the county will head to the polls on Tuesday.",  # voting
        "Holt stumbled in a race that has seen rivals slip in the polls.",  # a clause inside the phrase
    ],
)
def test_polls_in_general_are_no_source(text: str) -> None:
    assert _found(text) == []


def test_a_question_opening_the_sentence_is_reported() -> None:
    text = "When asked whom she supported, Lee declined to answer."
    assert (["whom she supported"], "asked", []) in _found(text)


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        # the label names whom it is addressed to, or where; a kicker before a dash is no speaker
        ("Lee to Harbour Board: The pier plan will fail", "The pier plan will fail", "Lee"),
        ("Former Mayor Lee at Town Hall: Harbour fees will rise", "Harbour fees will rise", "Former Mayor Lee"),
        ("EXCLUSIVE – Ann Lee: Don’t Trust the Harbour Board", "Don’t Trust the Harbour Board", "Ann Lee"),
    ],
)
def test_a_colon_headline_label_speaks_before_its_addressee(headline: str, content: str, speaker: str) -> None:
    text = headline + "\n\nThe mayor spoke on Monday."
    assert _found(text) == [([content], ":", [speaker])]


def test_a_decision_to_act_is_the_deciders_stance() -> None:
    text = "On Monday, Lee decided to bypass Holt and go after his donors."
    assert _found(text) == [(["to bypass Holt and go after his donors"], "decided", ["Lee"])]
    # without "to" or "that" the verb reports nothing ("decided the case", "decided against the pier")
    assert _found("The judges decided the case against the harbour board in May.") == []


def test_branded_is_a_stance_toward_its_object() -> None:
    text = "The minister branded the new tariff a reckless gamble that would hurt farmers."
    assert _found(text) == [(["the new tariff a reckless gamble that would hurt farmers"], "branded", ["The minister"])]
    # the noun "brand" reports nothing
    assert _found("The minister's brand of politics won the harbour towns in May.") == []


def test_a_pronoun_after_a_quote_repeats_the_named_speaker_of_the_opening_report() -> None:
    text = (
        "Grant said she felt the levy was worth a vote because “most people ignore the pier,” she said. "
        "“We will not give up.”"
    )
    assert _found(text) == [
        (["she felt the levy was worth a vote because “most people ignore the pier,”"], "said", ["Grant"]),
        (["We will not give up"], "said", ["she"]),
    ]
    # a phrase that is no name keeps the pronoun's attribution
    text = "The mayor said the levy was fair, “and we will pass it,” she said."
    assert _found(text) == [(["The mayor said the levy was fair, “and we will pass it,”"], "said", ["she"])]


def test_a_report_in_an_opening_time_clause_ends_before_the_main_clauses_said() -> None:
    text = 'When Holt signaled last summer that it would sell the pier to Mr. Lee, Mr. Grant said, "we were stunned."'
    assert _found(text) == [
        (["that it would sell the pier to Mr. Lee"], "signaled", ["Holt"]),
        (["we were stunned"], "said", ["Mr. Grant"]),
    ]
    # a comma inside a quote does not open the main clause
    text = "As he stated a day earlier, “If the levy fails, I guess we will sue.”"
    assert _found(text) == [(["a day earlier, “If the levy fails, I guess we will sue.”"], "stated", ["he"])]


@pytest.mark.parametrize("opener", ["So when", "But when", "Even as"])
def test_a_joiner_or_even_before_the_opening_subordinator(opener: str) -> None:
    text = f'{opener} Holt signaled that it would sell the pier to Mr. Lee, Mr. Grant said, "we were stunned."'
    assert _found(text) == [
        (["that it would sell the pier to Mr. Lee"], "signaled", ["Holt"]),
        (["we were stunned"], "said", ["Mr. Grant"]),
    ]


def test_a_report_ends_before_a_time_clause_and_another_speakers_report() -> None:
    text = (
        'She said the pier would open in May, and when pressed on the cost, the mother of three replied, "We will pay."'
    )
    assert _found(text) == [
        (["the pier would open in May"], "said", ["She"]),
        (['"We will pay."'], "replied", ["the mother of three"]),
    ]


def test_a_parent_of_a_number_of_children_is_a_speaker() -> None:
    assert _found("The father of two said the council will pay.") == [
        (["the council will pay"], "said", ["The father of two"])
    ]


def test_a_participle_after_a_when_clause_goes_with_that_clauses_named_subject() -> None:
    text = "The row erupted when Mr. Holt entered the race with harsh words about the council, calling them crooks."
    assert _found(text) == [(["them crooks"], "calling", ["Mr. Holt"])]
