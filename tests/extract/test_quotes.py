"""Quote finding on small hand-written sentences, and its properties on any text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.extract.layout import Layout, find_layout
from newsclaims.extract.quotes import find_quotes
from newsclaims.model import Quote, Span


def _quotes(text: str) -> list[Quote]:
    return find_quotes(text, find_layout(text))


def _contents(text: str, quote: Quote) -> list[str]:
    return [text[c.start : c.end] for c in quote.contents]


def _speakers(text: str, quote: Quote) -> list[str]:
    return [text[s.start : s.end] for s in quote.speaker_mentions]


def _cue(text: str, quote: Quote) -> str | None:
    return text[quote.cue.start : quote.cue.end] if quote.cue is not None else None


def _attributed(text: str) -> list[Quote]:
    return [q for q in _quotes(text) if q.kind != "scare"]


# One quote each: (text, kind, contents, cue, speaker mentions), all as written.
ONE_QUOTE = [
    (
        "“We will not give the harbour away,” Holt said on Friday.",
        "direct",
        ["We will not give the harbour away"],
        "said",
        ["Holt"],
    ),
    (  # closing mark glued to the next word
        "“We have a deal with the next town,”Holt explained.",
        "direct",
        ["We have a deal with the next town"],
        "explained",
        ["Holt"],
    ),
    (  # nested quote stays inside its quote
        "“He told me ‘never again’ and walked out of the room,” she said.",
        "direct",
        ["He told me ‘never again’ and walked out of the room"],
        "said",
        ["she"],
    ),
    (  # interrupted by its attribution: one quote, two pieces
        "“We talked for a long time,” he said, “and we agreed on everything that matters.”",
        "direct",
        ["We talked for a long time", "and we agreed on everything that matters"],
        "said",
        ["he"],
    ),
    (  # colon form in a headline
        "Holt: Ames promised to repair Marlow’s bridges\n\nThe talks took place on Saturday.\n",
        "indirect",
        ["Ames promised to repair Marlow’s bridges"],
        ":",
        ["Holt"],
    ),
    (  # trailing-dash attribution
        "Readers wrote in.\n“Perhaps we can put a fence around the whole council.” ― Nora Pell\n",
        "direct",
        ["Perhaps we can put a fence around the whole council"],
        "―",
        ["Nora Pell"],
    ),
    (  # editorial insertion stays inside the quote
        "“I was shocked – [Holt] is fully aware of what is going on,” he added.",
        "direct",
        ["I was shocked – [Holt] is fully aware of what is going on"],
        "added",
        ["he"],
    ),
    (  # apposition: the name speaks
        "Hugh Hill, a doctor at the clinic, said the virus was spreading faster than expected.",
        "indirect",
        ["the virus was spreading faster than expected"],
        "said",
        ["Hugh Hill"],
    ),
    (  # the quote goes on in the next sentence
        "“The plan is dead,” she said. “Nobody in the party believes in it any more.”",
        "direct",
        ["The plan is dead", "Nobody in the party believes in it any more"],
        "said",
        ["she"],
    ),
    (  # parenthetical attribution: two pieces
        "The new plan, the mayor said on Monday, will cost more than the old one.",
        "indirect",
        ["The new plan", "will cost more than the old one"],
        "said",
        ["the mayor"],
    ),
    (  # inverted, a role before the name
        "“We have the votes to pass it this week,” said campaign manager Ray Ames.",
        "direct",
        ["We have the votes to pass it this week"],
        "said",
        ["campaign manager Ray Ames"],
    ),
    (  # a participle speaks for the subject
        "The senator voted against the bill, saying that it would raise taxes on families.",
        "indirect",
        ["that it would raise taxes on families"],
        "saying",
        ["The senator"],
    ),
    (  # a colon before a paragraph without marks
        "In a speech last July, he said:\n\nWe will fix the harbour and the other town will pay for it.\n\nThe end.",
        "direct",
        ["We will fix the harbour and the other town will pay for it"],
        "said",
        ["he"],
    ),
    (  # "according to" a long source
        "Turnout rose by a third, according to a poll released by the university on Sunday.",
        "indirect",
        ["Turnout rose by a third"],
        "according to",
        ["a poll released by the university on Sunday"],
    ),
]


@pytest.mark.parametrize(("text", "kind", "contents", "cue", "speakers"), ONE_QUOTE)
def test_one_quote(text: str, kind: str, contents: list[str], cue: str, speakers: list[str]) -> None:
    (quote,) = _quotes(text)
    assert (quote.kind, _contents(text, quote), _cue(text, quote), _speakers(text, quote)) == (
        kind,
        contents,
        cue,
        speakers,
    )


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("He is called ‘Marlow’s Last Baron’ by critics.", "Marlow’s Last Baron"),
        (
            "She appeared on “The Late Hour With Nora Vale” on Tuesday night.",
            "The Late Hour With Nora Vale",
        ),
    ],
)
def test_terms_and_titles_are_nobodys_words(text: str, term: str) -> None:
    (quote,) = _quotes(text)
    assert (quote.kind, _contents(text, quote), quote.speaker_mentions, quote.cue) == ("scare", [term], (), None)


def test_quote_over_several_paragraphs_is_one_quote_with_a_piece_per_paragraph() -> None:
    text = (
        "“The first paragraph of the statement sets out the plan.\n\n"
        "“The second one explains why it matters,” the minister said.\n"
    )
    (quote,) = _attributed(text)
    assert _contents(text, quote) == [
        "The first paragraph of the statement sets out the plan",
        "The second one explains why it matters",
    ]
    assert _speakers(text, quote) == ["the minister"]


def test_stray_marks_do_not_lose_the_other_quotes() -> None:
    text = (
        "The ” sign above was a typo. He had said “never.\n"
        "“We will win this election in the end,” she said. “Always and everywhere, whatever comes,” he added."
    )
    quotes = _attributed(text)
    by_speaker = {_speakers(text, q)[0]: _contents(text, q) for q in quotes}
    assert by_speaker["she"] == ["We will win this election in the end"]
    assert by_speaker["he"] == ["Always and everywhere, whatever comes"]


def test_straight_and_typewriter_marks() -> None:
    text = "\"It is a good plan,\" Smith said. ''It will not work at all,'' Jones said."
    quotes = _quotes(text)
    assert [(_contents(text, q), _speakers(text, q)) for q in quotes] == [
        (["It is a good plan"], ["Smith"]),
        (["It will not work at all"], ["Jones"]),
    ]


def test_typewriter_quote_closing_on_a_nested_single_quote() -> None:
    # ,''' : the first mark closes the nested 'word,' and the last two the quote; read the other way the
    # quote would end one mark early and lose its speaker.
    text = "''We hear it daily, 'The pier is special,''' Mr. Holt said. ''It is not.''"
    quotes = _quotes(text)
    assert [(_contents(text, q), _speakers(text, q)) for q in quotes] == [
        (["We hear it daily, 'The pier is special,'", "It is not"], ["Mr. Holt"]),
    ]


def test_reported_speech_after_and_before_the_attribution() -> None:
    text = (
        "The mayor said that the bridge would reopen in May. "
        "The repairs cost more than planned, a city official said. "
        "According to the police, nobody was hurt."
    )
    quotes = _quotes(text)
    assert [(q.kind, _contents(text, q), _cue(text, q), _speakers(text, q)) for q in quotes] == [
        ("indirect", ["that the bridge would reopen in May"], "said", ["The mayor"]),
        ("indirect", ["The repairs cost more than planned"], "said", ["a city official"]),
        ("indirect", ["nobody was hurt"], "According to", ["the police"]),
    ]


def test_nouns_that_look_like_cues_are_not_attributions() -> None:
    text = "His remarks drew criticism across the country. Several states report higher turnout this year."
    assert _attributed(text) == []


def test_line_ends_do_not_change_what_quotes_say() -> None:
    text = "“Yes,” he said, “we agreed on all of it.”\nThe end came later.\n\n“We did not,” she said.\n"
    expected = [(_contents(text, q), _speakers(text, q)) for q in _quotes(text)]
    assert expected == [(["Yes", "we agreed on all of it"], ["he"]), (["We did not"], ["she"])]
    for line_end in ("\r\n", "\r", "\u2029", "\u2028"):
        converted = text.replace("\n", line_end)
        assert [(_contents(converted, q), _speakers(converted, q)) for q in _quotes(converted)] == expected


def test_two_reports_in_one_sentence() -> None:
    text = "The mayor said the bridge would reopen in May, but state officials said the repairs would take longer."
    quotes = _quotes(text)
    assert [(_contents(text, q), _speakers(text, q)) for q in quotes] == [
        (["the bridge would reopen in May"], ["The mayor"]),
        (["the repairs would take longer"], ["state officials"]),
    ]


def test_quotes_in_boilerplate_are_left_out() -> None:
    note = "Editor’s note: the senator “has repeatedly pledged to ban all visitors from abroad,” the note says."
    text = f"“We will win the state by a wide margin,” the governor said.\n{note}\n"
    start = text.index(note)
    layout = Layout(boilerplate=(Span(start=start, end=start + len(note)),))
    quotes = [q for q in find_quotes(text, layout) if q.kind != "scare"]
    assert [_contents(text, q) for q in quotes] == [["We will win the state by a wide margin"]]


# Text rich in quote marks, punctuation and attribution words, so that every path gets exercised.
_PIECES = st.sampled_from(
    [
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "''",
        "„",
        "«",
        "»",
        " ",
        ", ",
        ". ",
        ": ",
        "\n",
        "\n\n",
        "—",
        "-",
        "(",
        ")",
        "he said",
        "said",
        "Smith",
        "the minister",
        "told",
        "according to",
        "that",
        "We",
        "will",
        "win",
        "?",
        "!",
        "Mr.",
        "U.S.",
        "The",
        "claims",
        "expressed confidence",
        "adding",
        "Holt:",
        "[Ames]",
        "who",
    ]
)
_MARKED_TEXT = st.lists(_PIECES, max_size=60).map("".join)
_ANY_TEXT = st.one_of(st.text(), _MARKED_TEXT)


def _pieces(quotes: list[Quote]) -> list[tuple[int, int]]:
    return sorted((c.start, c.end) for q in quotes for c in q.contents)


@given(_ANY_TEXT)
def test_find_quotes_is_total_and_spans_fit(text: str) -> None:
    quotes = find_quotes(text, find_layout(text))
    for quote in quotes:
        spans = [*quote.contents, *quote.speaker_mentions, *([quote.cue] if quote.cue else [])]
        assert all(span.fits(text) for span in spans)
        if quote.kind == "scare":
            assert quote.speaker_mentions == ()
            assert quote.speaker is None


@given(_ANY_TEXT)
def test_quotes_do_not_overlap(text: str) -> None:
    pieces = _pieces(find_quotes(text, find_layout(text)))
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(pieces))


@given(_ANY_TEXT)
def test_find_quotes_is_deterministic(text: str) -> None:
    assert find_quotes(text, find_layout(text)) == find_quotes(text, find_layout(text))


_WORDS = st.lists(st.sampled_from(["the", "plan", "is", "good", "for", "everyone", "today", "and", "now"]), min_size=3)


@given(
    _WORDS.map(" ".join),
    st.lists(st.sampled_from(["Rain", "fell", "on", "the", "town", "all", "day"]), max_size=12).map(" ".join),
)
def test_text_outside_a_quote_does_not_change_it(words: str, prefix: str) -> None:
    quote_text = f"“{words.capitalize()},” Smith said."
    alone = _quotes(quote_text)
    moved = _quotes(f"{prefix}.\n\n{quote_text}")
    assert [(_contents(quote_text, q), _speakers(quote_text, q)) for q in alone] == [
        (_contents(f"{prefix}.\n\n{quote_text}", q), _speakers(f"{prefix}.\n\n{quote_text}", q)) for q in moved
    ]


def test_title_case_headline_with_a_cue() -> None:
    text = "Holt’s Brother Says The Race Against Ames Will Be Historic\n\nThe race went on through the summer.\n"
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _cue(text, quote), _speakers(text, quote)) == (
        ["The Race Against Ames Will Be Historic"],
        "Says",
        ["Holt’s Brother"],
    )


def test_and_said_opens_a_second_report_of_the_same_speaker() -> None:
    text = "Body.\n\nDunmore praised the bill on rural schools and said the governor can carry the county next fall.\n"
    said = [q for q in _quotes(text) if _cue(text, q) == "said"]
    assert [(_contents(text, q), _speakers(text, q)) for q in said] == [
        (["the governor can carry the county next fall"], ["Dunmore"])
    ]


def test_adjunct_between_interrupted_pieces_keeps_one_quote() -> None:
    text = "Body.\n\n“We will win this,” Smith said in an interview on Monday, “and we will win it big.”\n"
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _speakers(text, quote)) == (
        ["We will win this", "and we will win it big"],
        ["Smith"],
    )


def test_closing_according_to_attributes_the_whole_sentence() -> None:
    text = "Body.\n\nMost voters said they do not trust the plan at all, according to a poll conducted in May.\n"
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _cue(text, quote)) == (
        ["Most voters said they do not trust the plan at all"],
        "according to",
    )


def test_a_quote_closing_its_sentence_does_not_take_the_next_report() -> None:
    text = 'Body.\n\nShe came to speak about "a small matter of taxes." Ames said he did not want the nomination.\n'
    said = [q for q in _quotes(text) if _cue(text, q) == "said"]
    assert [(_contents(text, q), _speakers(text, q)) for q in said] == [(["he did not want the nomination"], ["Ames"])]


def test_name_modified_speaker_in_a_headline_says() -> None:
    text = "Holt campaign says broken machines kept voters from the polls\n\nThe vote went on.\n"
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _speakers(text, quote)) == (
        ["broken machines kept voters from the polls"],
        ["Holt campaign"],
    )


def test_transcript_paragraph_opens_with_its_speaker() -> None:
    text = "Intro line here.\n\nMARSDEN: Why not invite the governor back next week?\n\nUPDATE: The debate is off.\n"
    labelled = [q for q in _quotes(text) if _cue(text, q) == ":"]
    assert [(_contents(text, q), _speakers(text, q)) for q in labelled] == [
        (["Why not invite the governor back next week?"], ["MARSDEN"])
    ]


def test_asked_by_names_who_asks() -> None:
    text = "Body.\n\nAsked by Pell if Holt understands farmers, the senator nodded and left.\n"
    asked = [q for q in _quotes(text) if _cue(text, q) == "Asked"]
    assert [(_contents(text, q), _speakers(text, q)) for q in asked] == [(["if Holt understands farmers"], ["Pell"])]


def test_plural_noun_without_final_s_is_a_subject_for_say() -> None:
    text = "Body.\n\nPolice say they have enough patrols to cover the harbour.\n"
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _speakers(text, quote)) == (
        ["they have enough patrols to cover the harbour"],
        ["Police"],
    )


def test_attack_and_offer_are_stance_cues() -> None:
    text = "Body.\n\nHolt attacked Varga in a string of posts on Tuesday.\n"
    (quote,) = _quotes(text)
    assert (_cue(text, quote), _speakers(text, quote)) == ("attacked", ["Holt"])


def test_quote_interrupted_by_told_with_addressee_is_one_quote() -> None:
    text = 'Body.\n\n"What is different is the timing," Ames told reporters on Friday, "but the damage is the same."\n'
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _speakers(text, quote)) == (
        ["What is different is the timing", "but the damage is the same"],
        ["Ames"],
    )


def test_apposition_after_a_parenthesis_names_the_speaker() -> None:
    text = "Body.\n\nRep. Ida Crane (R-Iowa), a budget panel member, said the contract was odd for the agency.\n"
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _speakers(text, quote)) == (
        ["the contract was odd for the agency"],
        ["Rep. Ida Crane"],
    )


def test_time_phrase_before_the_cue_is_not_the_speaker() -> None:
    text = "Body.\n\nA Marlow College poll released in early June found that most residents want the bridge rebuilt.\n"
    (quote,) = _quotes(text)
    assert _speakers(text, quote) == ["A Marlow College poll"]
    text = "Body.\n\nHarbor Mutual just this week announced it would drop these fees.\n"
    (quote,) = _quotes(text)
    assert _speakers(text, quote) == ["Harbor Mutual"]


def test_time_phrase_with_a_preposition_before_the_cue() -> None:
    text = "Body.\n\nThe port director on Tuesday confirmed that ferry fares will stay the same this year.\n"
    (quote,) = _quotes(text)
    assert _speakers(text, quote) == ["The port director"]


def test_in_a_poll_opens_a_report_of_the_poll() -> None:
    text = "Body.\n\nIn a Marlow Post poll released Tuesday, Holt led Ames by seven points among registered voters.\n"
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _speakers(text, quote), _cue(text, quote)) == (
        ["Holt led Ames by seven points among registered voters"],
        ["a Marlow Post poll"],
        "In",
    )


def test_short_adjunct_between_cue_and_pronoun_clause() -> None:
    text = "Body.\n\nAmes said on Tuesday he would not take the job if it were offered.\n"
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _speakers(text, quote)) == (
        ["he would not take the job if it were offered"],
        ["Ames"],
    )


def test_proportions_speak_and_a_second_report_ends_the_first() -> None:
    text = (
        "Body.\n\nAbout four in 10 said they prefer a smaller ferry, but five in 10 said they want the "
        "council to keep the old timetable.\n"
    )
    said = [(_contents(text, q), _speakers(text, q)) for q in _quotes(text) if _cue(text, q) == "said"]
    assert said == [
        (["they prefer a smaller ferry"], ["About four in 10"]),
        (["they want the council to keep the old timetable"], ["five in 10"]),
    ]


def test_place_name_commas_before_that() -> None:
    text = "Body.\n\nHolt says at a town hall in Dunmore, Vermont, that it proves Ames never paid the fines.\n"
    (quote,) = _quotes(text)
    assert (_contents(text, quote), _speakers(text, quote)) == (
        ["that it proves Ames never paid the fines"],
        ["Holt"],
    )


def test_year_between_relative_pronoun_and_cue() -> None:
    text = "Body.\n\nThe senator, who in 2012 said the main aim was to make Ames a one-term governor.\n"
    (quote,) = _quotes(text)
    assert _speakers(text, quote) == ["The senator", "who"]
