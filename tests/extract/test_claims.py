"""Claims of one article: attributed statements made checkable, editorial facts, check-worthiness."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.extract import claims
from newsclaims.extract.claims import check_worthiness, find_claims
from newsclaims.extract.entities import find_entities
from newsclaims.extract.layout import find_layout
from newsclaims.model import Article, Claim, Quote, QuoteKind, Span
from newsclaims.parsers.text import parse_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

Row = tuple[str, str, str | None, str | None]
# (kind, content, speaker mention, cue) as a reader marks them; mention and cue nearest the content.
ROWS_000: list[Row] = [
    ("partial", "ready to ensure the security of Belarus", "Belarusian President Alexander Lukashenko", "declared"),
    ("partial", "comprehensive security assistance,", "Belarus’ President Alexander Lukashenko", "said"),
    ("scare", "Europe’s Last Dictator", None, None),
    (
        "direct",
        "When it comes to the military component, we have an agreement with the Russian Federation within the "
        "framework of the Union State and the Collective Security Treaty Organization,",
        "Lukashenko",
        "explained",
    ),
    ("partial", "including given the external pressure on the republic,", "the press service", "said"),
    ("scare", "Union State", None, None),
]
ROWS_003: list[Row] = [
    ("indirect", "he would not give the country to anyone", "he", "said"),
    ("partial", "the current problems will be resolved soon.", "they", "expressed confidence that"),
]


def _near(text: str, words: str, start: int, end: int) -> Span:
    found = [i for i in range(len(text)) if text.startswith(words, i) and not start <= i < end]
    found = [
        i for i in found if not text[i - 1 : i].isalnum() and not text[i + len(words) : i + len(words) + 1].isalnum()
    ]
    best = min(found, key=lambda i: min(abs(i - start), abs(i - end)))
    return Span(start=best, end=best + len(words))


def article_of(text: str, rows: list[Row]) -> Article:
    """An Article of ``text`` with hand-marked quotes, entities found and claims found."""
    quotes = []
    for kind, content, speaker, cue in rows:
        start = text.index(content)
        span = Span(start=start, end=start + len(content))
        quotes.append(
            Quote(
                kind=kind,  # type: ignore[arg-type]
                contents=(span,),
                speaker_mentions=(_near(text, speaker, span.start, span.end),) if speaker else (),
                cue=_near(text, cue, span.start, span.end) if cue else None,
            )
        )
    layout = find_layout(text)
    found = find_entities(text, layout, quotes)
    article = Article(
        text=text,
        headline=layout.headline,
        paragraphs=layout.paragraphs,
        quotes=found.quotes,
        mentions=found.mentions,
        actors=found.actors,
        organizations=found.organizations,
    )
    return Article.model_validate({**article.__dict__, "claims": find_claims(article)})


@pytest.fixture(scope="module")
def seed_000() -> Article:
    return article_of((SEEDS / "000_c839cbb831798b6b.txt").read_text(encoding="utf-8"), ROWS_000)


@pytest.fixture(scope="module")
def seed_003() -> Article:
    return article_of((SEEDS / "003_4b3559c56ae181f2.txt").read_text(encoding="utf-8"), ROWS_003)


def _by_text(article: Article) -> dict[str, Claim]:
    return {c.text: c for c in article.claims}


def _name(article: Article, entity_id: str | None) -> str | None:
    names = {a.id: a.name for a in article.actors} | {o.id: o.name for o in article.organizations}
    return names.get(entity_id or "")


def test_partial_quotes_become_their_reported_clause(seed_000: Article) -> None:
    claims = _by_text(seed_000)
    pledged = claims["Vladimir Putin had pledged comprehensive security assistance"]
    assert _name(seed_000, pledged.claimant) == "Alexander Lukashenko"
    assert pledged.voice == "attributed"
    ready = claims["Russia was ready to ensure the security of Belarus"]
    assert _name(seed_000, ready.claimant) == "Alexander Lukashenko"
    # A partial quote after its sentence's reporting: the reporter's sentence up to the quote.
    assert any(t.startswith("The two leaders continued discussing") for t in claims)


def test_we_is_made_explicit(seed_000: Article) -> None:
    texts = [c.text for c in seed_000.claims]
    assert any(t.startswith("When it comes to the military component, we [Belarus] have an agreement") for t in texts)


def test_reported_he_is_the_speaker(seed_003: Article) -> None:
    assert "he [Alexander Lukashenko] would not give the country to anyone" in _by_text(seed_003)


def test_scare_quotes_are_not_claims(seed_000: Article) -> None:
    texts = " ".join(c.text for c in seed_000.claims)
    assert "Last Dictator" not in texts
    quote_ids = {q.id for q in seed_000.quotes if q.kind == "scare"}
    assert not any(a.quote in quote_ids for c in seed_000.claims for a in c.appearances)


def test_every_attributed_quote_yields_a_claim(seed_000: Article, seed_003: Article) -> None:
    for article in (seed_000, seed_003):
        cited = {a.quote for c in article.claims for a in c.appearances}
        assert {q.id for q in article.quotes if q.kind != "scare"} <= cited


def test_editorial_facts(seed_003: Article) -> None:
    editorial = {c.text: c for c in seed_003.claims if c.voice == "editorial"}
    assert "The CSTO alliance has never carried out any combat operations" in editorial
    assert any(t.startswith("In 2010, for example, Kyrgyzstan was denied military assistance") for t in editorial)
    # "It" at the head of a sentence is the body named in the sentence before.
    assert any(t.startswith("It [Collective Security Treaty Organization] provides") for t in editorial)
    # Normative statements are not checkable facts.
    assert not any(t.startswith("Decisions within CSTO must") for t in editorial)


def test_opinion_and_scene_setting_are_not_editorial_claims(seed_000: Article) -> None:
    editorial = [c.text for c in seed_000.claims if c.voice == "editorial"]
    assert not any("likes to laugh" in t for t in editorial)
    assert not any(t.startswith("Nexta Telegram channel has become") for t in editorial)
    assert any("sixth term" in t for t in editorial)


def test_appearances_point_into_the_article(seed_000: Article, seed_003: Article) -> None:
    for article in (seed_000, seed_003):
        for claim in article.claims:
            for appearance in claim.appearances:
                assert appearance.article == article.id
                assert 0 <= appearance.span.start < appearance.span.end <= len(article.text)
            assert 0.0 <= claim.check_worthiness <= 1.0


def test_check_worthiness_orders_facts_before_opinion() -> None:
    fact = check_worthiness("In 2010, unemployment rose to 12 percent, more than ever before.", entities=1)
    plain = check_worthiness("The meeting went on.")
    opinion = check_worthiness("I think this should perhaps be a sensation.")
    question = check_worthiness("Was it ever true?")
    assert fact > plain > opinion
    assert question < plain
    assert check_worthiness("") == 0.0


def test_article_without_quotes_has_only_editorial_claims() -> None:
    text = "Acme Corp reported revenue of 5 million dollars in 2019.\n\nIt was a sunny day in the park."
    claims = article_of(text, []).claims
    assert [c.voice for c in claims] == ["editorial"]
    assert claims[0].text == "Acme Corp reported revenue of 5 million dollars in 2019"


@given(st.text(max_size=200))
def test_find_claims_is_total(text: str) -> None:
    article = article_of(text, [])
    for claim in article.claims:
        assert claim.text
        assert claim.appearances[0].span.end <= len(text)


@given(st.data())
def test_find_claims_is_total_with_quotes(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet="Ab “”.,we I he\n", min_size=1, max_size=120))
    quotes = []
    for _ in range(data.draw(st.integers(min_value=0, max_value=3))):
        start = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
        end = data.draw(st.integers(min_value=start + 1, max_value=len(text)))
        cue = data.draw(st.integers(min_value=0, max_value=len(text)))
        kind: QuoteKind = data.draw(st.sampled_from(["direct", "partial", "indirect", "mixed"]))
        quotes.append(Quote(kind=kind, contents=(Span(start=start, end=end),), cue=Span(start=cue, end=cue)))
    layout = find_layout(text)
    article = Article(text=text, headline=layout.headline, paragraphs=layout.paragraphs, quotes=tuple(quotes))
    for claim in find_claims(article):
        assert claim.text.strip()
        assert claim.appearances[0].span.end <= len(text)


def test_reported_speech_is_not_the_articles_own_claim() -> None:
    """Even when no quote was marked, "X said ..." reports X's words, not the article's."""
    text = "Jane Doe said the bridge cost 5 million dollars in 2019.\n\nThe bridge cost 7 million dollars in 2020."
    claims = article_of(text, []).claims
    assert [c.text for c in claims] == ["The bridge cost 7 million dollars in 2020"]


# The fast readings of claims.py against the plain definitions they replace: words are
# _WORD's matches, casefolded, without apostrophes at their ends; a person word is a whole
# such word of the stretch, read on its own, the first outside any mention.
def _plain_words(text: str) -> set[str]:
    return {w.casefold().strip("'’") for w in claims._WORD.findall(text)}


TRICKY = "aZwWeEuUsSiIhH _-'’.,“”‘«»İıſßµŉ\u0345Kﬁ9é\u00a0\n"


@given(st.text(alphabet=TRICKY, max_size=40), st.data())
def test_words_read_from_folded_text_are_the_plain_words(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    assert claims._vocabulary(text, start, end) == _plain_words(text[start:end])
    folded = text.casefold()
    if len(folded) == len(text) and claims._UNSAFE_CASEFOLD.search(text) is None:
        assert claims._vocabulary(text, start, end, folded) == _plain_words(text[start:end])


def test_casefold_keeps_word_parts_in_the_safe_ranges() -> None:
    """The ranges _UNSAFE_CASEFOLD lets through fold each character to characters of the same part in a word."""

    def part(char: str) -> int:
        return 2 if re.match(r"[^\W_]", char) else 1 if re.match(r"[\w'’\-]", char) else 0

    safe = [chr(c) for c in range(0x110000) if claims._UNSAFE_CASEFOLD.match(chr(c)) is None]
    assert "İ" not in safe
    assert {"a", "’", "é", "ſ"} <= set(safe)
    assert all(part(f) == part(c) for c in safe for f in c.casefold())


def _plain_person_words(text: str, start: int, end: int, wanted: frozenset[str]) -> list[tuple[int, str]]:
    found, seen = [], set()
    for match in claims._WORD.finditer(text[start:end]):
        word = match.group().casefold()
        if word in wanted and word not in seen:
            seen.add(word)
            found.append((start + match.end(), word))
    return found


@given(st.text(alphabet=TRICKY, max_size=40), st.data())
def test_person_words_are_whole_words_of_the_stretch(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    wanted = data.draw(st.sampled_from([claims.THIRD_PERSON, claims.FIRST_PLURAL | claims.FIRST_SINGULAR]))
    context = claims._Context(Article(text=text))
    expected = sorted(_plain_person_words(text, start, end, wanted))
    assert sorted(claims._person_words(context, start, end, wanted, ())) == expected
    context.folded = None  # as for texts whose casefold moves offsets: the same words
    assert sorted(claims._person_words(context, start, end, wanted, ())) == expected


@pytest.mark.parametrize(
    "text",
    ["x-we us", "_we-us", "we’re we", "twelve he’s hE", "ſhe hiſ", "İ ı i", "'i' -i- i_", "us’ our’’ my"],
)
def test_person_words_inside_longer_words_do_not_count(text: str) -> None:
    context = claims._Context(Article(text=text))
    for wanted in (claims.THIRD_PERSON, claims.FIRST_PLURAL | claims.FIRST_SINGULAR):
        expected = sorted(_plain_person_words(text, 0, len(text), wanted))
        assert sorted(claims._person_words(context, 0, len(text), wanted, ())) == expected
        assert sorted(claims._person_words(context, 1, len(text), wanted, ())) == sorted(
            _plain_person_words(text, 1, len(text), wanted)
        )


def test_reported_speech_claims_start_after_their_complementizer() -> None:
    text = "Alexander Lukashenko said on Saturday that the events in the country also threaten Russia.\n"
    article = parse_text(text)
    (claim,) = [c for c in article.claims if c.voice == "attributed"]
    assert claim.text == "the events in the country also threaten Russia"
    assert article.text_of(claim.appearances[0].span).startswith("the events")
