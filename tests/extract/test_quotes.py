"""Quote finding on small hand-written sentences, and its properties on any text."""

from __future__ import annotations

import itertools

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


def test_direct_quote_with_trailing_attribution() -> None:
    text = "“We will not give the country away,” Lukashenko said on Friday."
    (quote,) = _quotes(text)
    assert quote.kind == "direct"
    assert _contents(text, quote) == ["We will not give the country away"]
    assert _cue(text, quote) == "said"
    assert _speakers(text, quote) == ["Lukashenko"]


def test_short_single_marked_term_is_scare_quote() -> None:
    text = "He is called ‘Europe’s Last Dictator’ by critics."
    (quote,) = _quotes(text)
    assert quote.kind == "scare"
    assert _contents(text, quote) == ["Europe’s Last Dictator"]
    assert quote.speaker_mentions == ()


def test_closing_mark_glued_to_the_next_word() -> None:
    text = "“We have an agreement with our neighbours,”Lukashenko explained."
    (quote,) = _quotes(text)
    assert quote.kind == "direct"
    assert _contents(text, quote) == ["We have an agreement with our neighbours"]
    assert _cue(text, quote) == "explained"
    assert _speakers(text, quote) == ["Lukashenko"]


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


def test_nested_quote_stays_inside_its_quote() -> None:
    text = "“He told me ‘never again’ and walked out of the room,” she said."
    (quote,) = _quotes(text)
    assert quote.kind == "direct"
    assert _contents(text, quote) == ["He told me ‘never again’ and walked out of the room"]
    assert _speakers(text, quote) == ["she"]


def test_stray_marks_do_not_lose_the_other_quotes() -> None:
    text = (
        "The ” sign above was a typo. He had said “never.\n"
        "“We will win this election in the end,” she said. “Always and everywhere, whatever comes,” he added."
    )
    quotes = _attributed(text)
    by_speaker = {_speakers(text, q)[0]: _contents(text, q) for q in quotes}
    assert by_speaker["she"] == ["We will win this election in the end"]
    assert by_speaker["he"] == ["Always and everywhere, whatever comes"]


def test_interrupted_quote_is_one_quote_with_two_pieces() -> None:
    text = "“We talked for a long time,” he said, “and we agreed on everything that matters.”"
    (quote,) = _quotes(text)
    assert quote.kind == "direct"
    assert _contents(text, quote) == ["We talked for a long time", "and we agreed on everything that matters"]
    assert _cue(text, quote) == "said"
    assert _speakers(text, quote) == ["he"]


def test_colon_form_in_a_headline() -> None:
    text = "Lukashenko: Putin promised to ensure Belarus’ security\n\nThe talks took place on Saturday.\n"
    (quote,) = _quotes(text)
    assert quote.kind == "indirect"
    assert _contents(text, quote) == ["Putin promised to ensure Belarus’ security"]
    assert _cue(text, quote) == ":"
    assert _speakers(text, quote) == ["Lukashenko"]


def test_trailing_dash_attribution() -> None:
    text = "Readers wrote in.\n“Maybe we can build a wall around the whole campaign.” ― Steve Quinlan\n"
    (quote,) = _quotes(text)
    assert quote.kind == "direct"
    assert _contents(text, quote) == ["Maybe we can build a wall around the whole campaign"]
    assert _cue(text, quote) == "―"
    assert _speakers(text, quote) == ["Steve Quinlan"]


def test_editorial_insertion_stays_inside_the_quote() -> None:
    text = "“I was surprised – [Putin] is absolutely aware of what is happening,” he added."
    (quote,) = _quotes(text)
    assert _contents(text, quote) == ["I was surprised – [Putin] is absolutely aware of what is happening"]
    assert _speakers(text, quote) == ["he"]


def test_straight_and_typewriter_marks() -> None:
    text = "\"It is a good plan,\" Smith said. ''It will not work at all,'' Jones said."
    quotes = _quotes(text)
    assert [(_contents(text, q), _speakers(text, q)) for q in quotes] == [
        (["It is a good plan"], ["Smith"]),
        (["It will not work at all"], ["Jones"]),
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


def test_apposition_speaker_is_the_name() -> None:
    text = "Hugh Hill, a doctor at the clinic, said the virus was spreading faster than expected."
    (quote,) = _quotes(text)
    assert _speakers(text, quote) == ["Hugh Hill"]
    assert _contents(text, quote) == ["the virus was spreading faster than expected"]


def test_quote_goes_on_in_the_next_sentence() -> None:
    text = "“The plan is dead,” she said. “Nobody in the party believes in it any more.”"
    (quote,) = _quotes(text)
    assert _contents(text, quote) == ["The plan is dead", "Nobody in the party believes in it any more"]
    assert _speakers(text, quote) == ["she"]


def test_nouns_that_look_like_cues_are_not_attributions() -> None:
    text = "His remarks drew criticism across the country. Several states report higher turnout this year."
    assert _attributed(text) == []


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
        "Lukashenko:",
        "[Putin]",
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


def test_quotes_in_boilerplate_are_left_out() -> None:
    note = "Editor’s note: the senator “has repeatedly pledged to ban all visitors from abroad,” the note says."
    text = f"“We will win the state by a wide margin,” the governor said.\n{note}\n"
    start = text.index(note)
    layout = Layout(boilerplate=(Span(start=start, end=start + len(note)),))
    quotes = [q for q in find_quotes(text, layout) if q.kind != "scare"]
    assert [_contents(text, q) for q in quotes] == [["We will win the state by a wide margin"]]


def test_quoted_title_is_nobodys_words() -> None:
    text = "She appeared on “The Late Show With Stephen Colbert” on Tuesday night."
    (quote,) = _quotes(text)
    assert quote.kind == "scare"
    assert quote.speaker_mentions == ()


def test_parenthetical_attribution_is_two_pieces() -> None:
    text = "The new plan, the mayor said on Monday, will cost more than the old one."
    (quote,) = _quotes(text)
    assert _contents(text, quote) == ["The new plan", "will cost more than the old one"]
    assert _speakers(text, quote) == ["the mayor"]


def test_inverted_attribution_with_a_role_before_the_name() -> None:
    text = "“We have the votes to pass it this week,” said campaign manager Robby Mook."
    (quote,) = _quotes(text)
    assert quote.kind == "direct"
    assert _speakers(text, quote) == ["campaign manager Robby Mook"]


def test_participle_speaks_for_the_subject() -> None:
    text = "The senator voted against the bill, saying that it would raise taxes on families."
    (quote,) = _quotes(text)
    assert _cue(text, quote) == "saying"
    assert _contents(text, quote) == ["that it would raise taxes on families"]
    assert _speakers(text, quote) == ["The senator"]


def test_according_to_a_long_source() -> None:
    text = "Turnout rose by a third, according to a poll released by the university on Sunday."
    (quote,) = _quotes(text)
    assert _contents(text, quote) == ["Turnout rose by a third"]
    assert _speakers(text, quote) == ["a poll released by the university on Sunday"]


def test_line_ends_do_not_change_what_quotes_say() -> None:
    text = "“Yes,” he said, “we agreed on all of it.”\nThe end came later.\n\n“We did not,” she said.\n"
    expected = [(_contents(text, q), _speakers(text, q)) for q in _quotes(text)]
    assert expected[0] == (["Yes", "we agreed on all of it"], ["he"])
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
