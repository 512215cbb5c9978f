"""Quote finding on small hand-written sentences."""

from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import find_quotes


def test_direct_quote_with_trailing_attribution() -> None:
    text = "“We will not give the country away,” Lukashenko said on Friday."
    (quote,) = find_quotes(text, find_layout(text))
    assert quote.kind == "direct"
    c = quote.contents[0]
    assert text[c.start : c.end] == "We will not give the country away"
    assert quote.cue is not None
    assert text[quote.cue.start : quote.cue.end] == "said"
    m = quote.speaker_mentions[0]
    assert text[m.start : m.end] == "Lukashenko"


def test_short_single_marked_term_is_scare_quote() -> None:
    text = "He is called ‘Europe’s Last Dictator’ by critics."
    (quote,) = find_quotes(text, find_layout(text))
    assert quote.kind == "scare"
    assert quote.speaker_mentions == ()
