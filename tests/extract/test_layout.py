"""Layout of plain-text articles: the seeds as a reader sees them, hand-written shapes, and properties."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.extract.layout import Layout, find_layout
from newsclaims.model import Span

SEED_000 = "000_c839cbb831798b6b.txt"
SEED_003 = "003_4b3559c56ae181f2.txt"


def texts_of(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [span.of(text) for span in spans]


def all_spans(layout: Layout) -> list[Span]:
    singles = [s for s in (layout.headline, layout.byline, layout.dateline) if s is not None]
    return [*singles, *layout.paragraphs, *layout.boilerplate]


# The seeds


def test_seed_000_has_no_headline_ten_paragraphs_and_two_related_links(seed_texts: dict[str, str]) -> None:
    text = seed_texts[SEED_000]
    layout = find_layout(text)
    assert layout.headline is None  # the first line is the lede: a long sentence with a final period
    assert layout.byline is None
    assert layout.dateline is None
    paragraphs = texts_of(text, layout.paragraphs)
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("Belarusian President Alexander Lukashenko declared")
    assert paragraphs[4].startswith("“I am more worried")
    assert paragraphs[-1].startswith("The ‘Union State’ is a quasi-political union")
    assert texts_of(text, layout.boilerplate) == [
        "- Russia Begins Mass Vaccinations For Bubonic Plague On Mongolian Border",
        "- Yes, Russia Could Work With US Against China",
    ]
    assert layout.keywords == ()
    assert layout.keyword_footer is None
    assert paragraphs == [line for line in text.split("\n") if not line.startswith("- ")]


def test_seed_003_headline_ten_paragraphs_and_keyword_footer(seed_texts: dict[str, str]) -> None:
    text = seed_texts[SEED_003]
    layout = find_layout(text)
    assert layout.headline is not None
    assert layout.headline.of(text) == "Lukashenko: Putin promised to ensure Belarus’ security at Minsk’s first request"
    paragraphs = texts_of(text, layout.paragraphs)
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("At the first request, Russia will provide")
    assert paragraphs[-1].startswith("The European Union and the United States do not recognize")
    assert layout.keywords == ("Lukashenko", "Putin", "CSTO", "Belarus", "Russia")
    assert layout.keyword_footer is not None
    assert layout.keyword_footer.of(text) == "Lukashenko, Putin, CSTO, Belarus, Russia"  # no-break space trimmed
    assert layout.boilerplate == (layout.keyword_footer,)
    assert layout.keyword_footer.end == len(text)


# Line ends, empty and degenerate texts


def test_empty_and_white_space_texts_have_no_layout() -> None:
    for text in ("", " ", "\n\n", "\r\n \t\r\n", "\u00a0\u2029"):
        assert find_layout(text) == Layout()


def test_crlf_line_ends_stay_out_of_spans() -> None:
    text = "Mayor opens new bridge\r\n\r\nThe mayor opened the bridge on Monday.\r\n\r\nTraffic flowed at once.\r\n"
    layout = find_layout(text)
    assert layout.headline is not None
    assert layout.headline.of(text) == "Mayor opens new bridge"
    assert texts_of(text, layout.paragraphs) == ["The mayor opened the bridge on Monday.", "Traffic flowed at once."]


def test_lone_carriage_returns_and_unicode_separators_break_lines() -> None:
    text = "First paragraph here.\rSecond paragraph here.\u2028Third paragraph here."
    layout = find_layout(text)
    assert texts_of(text, layout.paragraphs) == [
        "First paragraph here.",
        "Second paragraph here.",
        "Third paragraph here.",
    ]


def test_no_trailing_newline_keeps_the_last_character() -> None:
    text = "Council votes on budget\n\nThe council voted 7-2 for the budget"
    layout = find_layout(text)
    assert layout.paragraphs[-1].end == len(text)
    assert layout.paragraphs[-1].of(text) == "The council voted 7-2 for the budget"


def test_one_long_line_is_one_paragraph_without_headline() -> None:
    text = "  " + " ".join(["The committee met again on Tuesday to discuss the plan."] * 40) + "  "
    layout = find_layout(text)
    assert layout.headline is None
    assert layout.paragraphs == (Span(start=2, end=len(text) - 2),)


def test_a_single_short_line_is_a_paragraph_not_a_headline() -> None:
    layout = find_layout("Storm warning for the coast")
    assert layout.headline is None
    assert layout.paragraphs == (Span(start=0, end=27),)


# Headline, byline, dateline


def test_short_first_line_with_a_period_before_a_blank_line_is_a_headline() -> None:
    text = "Senator says she will not run again.\n\nThe senator told reporters on Friday that she would retire."
    layout = find_layout(text)
    assert layout.headline is not None
    assert layout.headline.of(text) == "Senator says she will not run again."
    assert len(layout.paragraphs) == 1


def test_title_case_first_line_is_a_headline_even_with_a_period_and_no_blank_line() -> None:
    text = "Glacier Retreat Speeds Up Across The Northern Alps.\nThe glaciers lost a tenth of their ice.\n"
    layout = find_layout(text)
    assert layout.headline is not None
    assert layout.headline.end == text.index("\n")


def test_hard_wrapped_lede_is_not_a_headline() -> None:
    text = "The minister said on Monday that the\nnew rules would apply from March.\n"
    layout = find_layout(text)
    assert layout.headline is None
    assert texts_of(text, layout.paragraphs) == [text.strip()]


def test_kicker_headline_is_not_a_dateline() -> None:
    text = "EXCLUSIVE – Minister: We Will Cut Taxes.\n\nThe minister spoke to us on Monday."
    layout = find_layout(text)
    assert layout.headline is not None
    assert layout.headline.start == 0
    assert layout.dateline is None


def test_byline_and_reuters_dateline() -> None:
    text = (
        "Belarus leader speaks to Putin\n"
        "By Jane Doe and John Smith, Reuters\n\n"
        "MINSK, Nov 24 (Reuters) - Belarus's president spoke to Vladimir Putin on Sunday.\n\n"
        "The two agreed to talk again.\n"
    )
    layout = find_layout(text)
    assert layout.byline is not None
    assert layout.byline.of(text) == "By Jane Doe and John Smith, Reuters"
    assert layout.dateline is not None
    assert layout.dateline.of(text) == "MINSK, Nov 24 (Reuters) -"
    paragraphs = texts_of(text, layout.paragraphs)
    assert paragraphs == ["Belarus's president spoke to Vladimir Putin on Sunday.", "The two agreed to talk again."]


def test_datelines_of_several_agencies() -> None:
    cases = {
        "WASHINGTON — The Senate passed the bill.": "WASHINGTON —",
        "DES MOINES, Iowa (AP) — Voters went to the polls.": "DES MOINES, Iowa (AP) —",
        "CHARLESTON, S.C.\u00a0— The debate began late.": "CHARLESTON, S.C.\u00a0—",
        "New York (AFP) – Markets fell on Monday.": "New York (AFP) –",
        "LOS ANGELES, Sept. 28 (UPI) -- A fire broke out.": "LOS ANGELES, Sept. 28 (UPI) --",
    }
    for body, dateline in cases.items():
        text = f"Some headline of the day\n\n{body}\n"
        layout = find_layout(text)
        assert layout.dateline is not None, body
        assert layout.dateline.of(text) == dateline
        assert layout.paragraphs[0].of(text) == body[len(dateline) :].lstrip()


def test_a_name_and_a_dash_are_not_a_dateline() -> None:
    text = "Doctor on television\n\nMehmet Oz — the television doctor — said he was fine.\n"
    assert find_layout(text).dateline is None


def test_sentence_opening_with_by_is_not_a_byline() -> None:
    text = "Poll on the party\n\nBy 58%-33%, those surveyed said the funding should stay.\n"
    layout = find_layout(text)
    assert layout.byline is None
    assert len(layout.paragraphs) == 1


# Paragraphs


def test_hard_wrapped_paragraphs_are_joined_and_blank_lines_split_them() -> None:
    wrapped = (
        "The city council met on Tuesday evening to discuss the plan for the\n"
        "new bridge, which has been delayed by two years and is now expected\n"
        "to cost twice as much as the first estimate made by the engineers.\n"
    )
    text = f"Bridge plan delayed again\n\n{wrapped}\nSecond paragraph here.\n"
    layout = find_layout(text)
    assert texts_of(text, layout.paragraphs) == [wrapped.strip(), "Second paragraph here."]


def test_bullet_list_inside_the_body_is_not_boilerplate() -> None:
    text = (
        "Budget at a glance\n\n"
        "The budget makes three changes:\n"
        "- Income Tax Falls For Low Earners\n"
        "- Fuel Duty Stays Frozen\n"
        "- Pensions Rise With Inflation\n"
        "The minister said the changes would take effect in April.\n"
    )
    layout = find_layout(text)
    assert layout.boilerplate == ()
    assert texts_of(text, layout.paragraphs)[1:4] == [
        "- Income Tax Falls For Low Earners",
        "- Fuel Duty Stays Frozen",
        "- Pensions Rise With Inflation",
    ]


def test_closing_bullet_list_of_sentences_is_body() -> None:
    text = "Key points of the deal\n\nThe deal has two parts.\n\n- The tax rises by 2%.\n- The rebate ends.\n"
    layout = find_layout(text)
    assert layout.boilerplate == ()
    assert len(layout.paragraphs) == 3


def test_related_links_under_a_header_are_boilerplate_whatever_their_case() -> None:
    text = (
        "Floods hit the north\n\nRivers burst their banks overnight.\n\n"
        "Related:\n- Rivers rise after a wet winter\n- How to prepare for a flood\n"
    )
    layout = find_layout(text)
    assert texts_of(text, layout.paragraphs) == ["Rivers burst their banks overnight."]
    assert texts_of(text, layout.boilerplate) == [
        "Related:",
        "- Rivers rise after a wet winter",
        "- How to prepare for a flood",
    ]


def test_closing_furniture_and_prefixed_keyword_footer() -> None:
    text = (
        "Storm closes schools\n\nSchools closed on Monday, the council said.\n\n"
        "(Reporting by Jane Doe; Editing by John Smith)\n"
        "Follow Jane Doe on Twitter @janedoe.\n"
        "Tags: weather, schools, storm\n"
    )
    layout = find_layout(text)
    assert texts_of(text, layout.paragraphs) == ["Schools closed on Monday, the council said."]
    assert layout.keywords == ("weather", "schools", "storm")
    assert len(layout.boilerplate) == 3


def test_furniture_inside_the_body_section_markers_rules_and_empty_embeds() -> None:
    text = (
        "Report on the talks\n\nABSTRACT.\n\nThe talks ended.\n\nFULL TEXT.\n\n"
        "The talks ended on Friday.\n\n* * *\n\n"
        '<embed id="1"></embed>.\n\n<post id="2">Talks are over, she wrote.</post>\n'
    )
    layout = find_layout(text)
    assert texts_of(text, layout.boilerplate) == ["ABSTRACT.", "FULL TEXT.", "* * *", '<embed id="1"></embed>.']
    assert texts_of(text, layout.paragraphs)[-1] == '<post id="2">Talks are over, she wrote.</post>'


def test_a_closing_sentence_listing_names_is_not_a_keyword_footer() -> None:
    text = "Debate night\n\nOn stage were Smith, Jones, Brown and Green.\n"
    assert find_layout(text).keywords == ()


# Properties


@given(st.text())
def test_layout_spans_fit_are_trimmed_and_in_order(text: str) -> None:
    layout = find_layout(text)
    spans = all_spans(layout)
    for span in spans:
        value = span.of(text)
        assert span.fits(text)
        assert value
        assert value == value.strip()
    body = [*layout.paragraphs, *layout.boilerplate, *filter(None, (layout.headline, layout.byline, layout.dateline))]
    ordered = sorted(body, key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in pairwise(ordered))
    assert all(keyword.strip() for keyword in layout.keywords)


@given(st.lists(st.sampled_from(["Word", "said", "“", "”", " ", "\n", "\r\n", "- ", ".", ",", "\u00a0"]), max_size=60))
def test_layout_covers_every_word_of_news_shaped_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    layout = find_layout(text)
    covered: set[int] = set()
    for span in all_spans(layout):
        covered.update(range(span.start, span.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_polnear_texts_have_headlines_and_spans_that_fit(shared_dir: Path) -> None:
    paths = sorted((shared_dir / "eval" / "polnear" / "train" / "text").glob("*.txt"))
    assert paths
    with_headline = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        layout = find_layout(text)
        with_headline += layout.headline is not None
        assert all(span.fits(text) for span in all_spans(layout))
        assert layout.paragraphs
    assert with_headline >= 0.99 * len(paths)


def test_lists_and_by_lines_alone_are_body_not_furniture() -> None:
    assert find_layout("Apples, Pears, Plums, Cherries").paragraphs == (Span(start=0, end=30),)
    long_by = "By " + " ".join(["Ann"] * 60)
    layout = find_layout(f"Headline of the day\n{long_by}\n")
    assert layout.byline is None
    assert texts_of(f"Headline of the day\n{long_by}\n", layout.paragraphs) == [long_by]


def test_agency_closing_lines_and_captions_are_furniture() -> None:
    text = (
        "Talks resume in Minsk\n\n"
        "Photo: Delegates arrive for the talks.\n\n"
        "The talks resumed on Monday, officials said.\n\n"
        "Associated Press writers Jane Doe in Washington and John Roe in Moscow contributed to this report.\n"
        "(c) Copyright Thomson Reuters 2020.\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    layout = find_layout(text)
    assert texts_of(text, layout.paragraphs) == ["The talks resumed on Monday, officials said."]
    assert len(layout.boilerplate) == 4


def parts(text: str) -> dict[str, object]:
    """The layout as the words it covers, for comparing texts that differ only in line ends."""
    layout = find_layout(text)
    return {
        "headline": layout.headline and layout.headline.of(text),
        "dateline": layout.dateline and layout.dateline.of(text),
        "paragraphs": ["\n".join(s.of(text).splitlines()) for s in layout.paragraphs],
        "boilerplate": texts_of(text, layout.boilerplate),
        "keywords": layout.keywords,
    }


def test_seeds_with_windows_line_ends_have_the_same_layout(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        assert parts(text.replace("\n", "\r\n")) == parts(text), name


@given(
    st.lists(
        st.sampled_from(
            ["Talks End", "By Ann Lee", "WASHINGTON — Talks ended.", "- Item One", "“Yes,” he said.", "A, B, C"]
        ),
        max_size=8,
    ),
    st.sampled_from(["\n", "\n\n"]),
    st.sampled_from(["\r\n", "\r", "\u2028"]),
)
def test_line_ends_do_not_change_the_layout(lines: list[str], separator: str, line_end: str) -> None:
    text = separator.join(lines)
    assert parts(text.replace("\n", line_end)) == parts(text)
