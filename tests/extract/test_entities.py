"""People and organizations in the seeds, and who said each quote (issues 3 and 4).

The quotes are built by hand from the seeds (kind, contents, speaker mention and cue as a
newsroom reader marks them), so these tests check recognition and resolution alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.errors import InputError
from newsclaims.extract.entities import EntityFindings, find_entities
from newsclaims.extract.gazetteer import Gazetteer
from newsclaims.extract.layout import find_layout
from newsclaims.model import Article, Quote, QuoteKind, Span

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_000 = "000_c839cbb831798b6b.txt"
SEED_003 = "003_4b3559c56ae181f2.txt"

# (kind, content, speaker mention as written, cue); the mention and cue are the
# occurrences nearest the content.
QuoteRow = tuple[str, str, str | None, str | None]
QUOTES_000: list[QuoteRow] = [
    ("partial", "ready to ensure the security of Belarus", "Belarusian President Alexander Lukashenko", "declared"),
    ("partial", "comprehensive security assistance,", "Belarus’ President Alexander Lukashenko", "said"),
    ("scare", "Europe’s Last Dictator", None, None),
    ("direct", "I am more worried about the situation", "Lukashenko", "said"),
    ("scare", "look over there", None, None),
    ("direct", "When it comes to the military component, we have an agreement", "Lukashenko", "explained"),
    (
        "direct",
        "These moments fit this agreement. Therefore, today I had a long, detailed conversation with the Russian "
        "president about the situation. I must say, I was even somewhat surprised – [Putin] is absolutely aware of "
        "what is happening,",
        "he",
        "added",
    ),
    ("indirect", "Russian President Vladimir Putin in a phone conversation", "the Kremlin press service", "said"),
    ("direct", "Russia confirmed readiness to provide necessary assistance", "the statement", "said"),
    ("partial", "including given the external pressure on the republic,", "the press service", "said"),
]
QUOTES_003: list[QuoteRow] = [
    ("indirect", "Putin promised to ensure Belarus’ security at Minsk’s first request", "Lukashenko", None),
    (
        "indirect",
        "At the first request, Russia will provide comprehensive assistance to ensure the security of Belarus",
        "the President of Belarus Alexander Lukashenko",
        "stated",
    ),
    ("direct", "When it comes to the military component, we have a treaty", "the Belarusian President", "said"),
    ("indirect", "an agreement on security in the country has been reached with Putin", "Lukashenko", "added"),
    ("direct", "And with him (Vladimir Putin), we agreed", "Lukashenko", "said"),
    ("indirect", "the events in the country also threaten Russia", "Alexander Lukashenko", "said"),
    ("partial", "the current problems will be resolved soon.", "they", "expressed confidence that"),
    ("indirect", "he would not give the country to anyone", "he", "said"),
    ("indirect", "the military can provide security in the country", "him", "According to"),
    ("indirect", "the election results were rigged", "The European Union and the United States", "claim"),
]


def _near(text: str, words: str, start: int, end: int) -> Span:
    """The occurrence of ``words`` outside [start, end) nearest to it, as a whole word."""
    found = []
    at = text.find(words)
    while at >= 0:
        whole = not text[at + len(words) : at + len(words) + 1].isalnum() and not text[at - 1 : at].isalnum()
        if whole and not (start <= at < end):
            found.append(at)
        at = text.find(words, at + 1)
    assert found, words
    best = min(found, key=lambda i: min(abs(i - start), abs(i - end)))
    return Span(start=best, end=best + len(words))


def seed_quotes(text: str, table: list[QuoteRow]) -> list[Quote]:
    """Quotes of a seed from a table of what a reader marks."""
    quotes = []
    for kind, content, speaker, cue in table:
        start = text.index(content)
        span = Span(start=start, end=start + len(content))
        mentions = (_near(text, speaker, span.start, span.end),) if speaker else ()
        quotes.append(
            Quote(
                kind=kind,  # type: ignore[arg-type]
                contents=(span,),
                speaker_mentions=mentions,
                cue=_near(text, cue, span.start, span.end) if cue else None,
            )
        )
    return quotes


def findings(name: str, gazetteer: Gazetteer | None = None) -> tuple[str, EntityFindings]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    table = QUOTES_000 if name == SEED_000 else QUOTES_003
    return text, find_entities(text, find_layout(text), seed_quotes(text, table), gazetteer)


def _names(result: EntityFindings) -> dict[str, str]:
    return {a.id: a.name for a in result.actors} | {o.id: o.name for o in result.organizations}


def _speakers(text: str, result: EntityFindings) -> dict[str, list[str]]:
    """Quote content (first words) -> names of all its speakers."""
    names = _names(result)
    out = {}
    for quote in result.quotes:
        if quote.kind == "scare":
            assert quote.speaker is None
            continue
        every = quote.speakers
        assert result.speakers.get(quote.id, ()) == every  # the findings' table agrees with each quote
        assert quote.speaker == (every[0] if every else None)
        out[text[quote.contents[0].start : quote.contents[0].end][:30]] = [names[s] for s in every]
    return out


@pytest.mark.parametrize("name", [SEED_000, SEED_003])
def test_one_actor_per_person_in_each_seed(name: str) -> None:
    _, result = findings(name)
    assert sorted(a.name for a in result.actors) == ["Alexander Lukashenko", "Vladimir Putin"]
    lukashenko = next(a for a in result.actors if a.name == "Alexander Lukashenko")
    belarus = next(o for o in result.organizations if o.name == "Belarus")
    assert "President of Belarus" in lukashenko.roles
    assert lukashenko.affiliation == belarus.id
    assert belarus.kind == "country"
    assert "Lukashenko" in lukashenko.aliases


def test_seed_000_titles_and_role_nouns() -> None:
    text, result = findings(SEED_000)
    putin = next(a for a in result.actors if a.name == "Vladimir Putin")
    lukashenko = next(a for a in result.actors if a.name == "Alexander Lukashenko")
    assert putin.roles == ("President of Russia",)
    assert "Belarusian leader" in lukashenko.aliases
    by_words = {text[m.span.start : m.span.end]: m.refers_to for m in result.mentions}
    assert by_words["Russian counterpart"] == putin.id
    assert by_words["Belarusian President Alexander Lukashenko"] == lukashenko.id
    assert by_words["Putin"] == putin.id  # the editorial insertion "[Putin]"
    assert by_words["Russian president"] == putin.id  # "the Russian president", inside a quote


def test_seed_000_organizations() -> None:
    _, result = findings(SEED_000)
    orgs = {o.name: o for o in result.organizations}
    for name in ("BELTA", "Axios", "Nexta", "Union State", "Kremlin press service", "TASS", "General Staff"):
        assert name in orgs, name
    assert orgs["BELTA"].kind == "news_agency"
    assert "Belta" in orgs["BELTA"].aliases
    assert orgs["TASS"].kind == "news_agency"
    assert orgs["Nexta"].kind == "media"
    assert orgs["Kremlin press service"].part_of == orgs["Kremlin"].id
    nato = next(o for o in result.organizations if o.acronym == "NATO")
    assert nato.kind == "international"
    csto = next(o for o in result.organizations if o.acronym == "CSTO")
    assert csto.name == "Collective Security Treaty Organization"


@pytest.mark.parametrize("name", [SEED_000, SEED_003])
def test_not_entities(name: str) -> None:
    _, result = findings(name)
    everything = {n.casefold() for n in _names(result).values()}
    everything |= {a.casefold() for e in result.actors for a in e.aliases}
    everything |= {a.casefold() for o in result.organizations for a in o.aliases}
    for word in ("saturday", "sunday", "last dictator", "europe’s last dictator", "naturally", "telegram", "decisions"):
        assert word not in everything
    assert not any("kyrgyz and" in n or n == "uzbek" for n in everything)


def test_seed_000_speakers() -> None:
    text, result = findings(SEED_000)
    speakers = _speakers(text, result)
    assert speakers == {
        "ready to ensure the security o": ["Alexander Lukashenko"],
        "comprehensive security assista": ["Alexander Lukashenko"],
        "I am more worried about the si": ["Alexander Lukashenko"],
        "When it comes to the military ": ["Alexander Lukashenko"],
        # "he added" after a quote that names [Putin]: the last speaker, not the last name.
        "These moments fit this agreeme": ["Alexander Lukashenko"],
        "Russian President Vladimir Put": ["Kremlin press service"],
        "Russia confirmed readiness to ": ["Kremlin press service"],
        "including given the external p": ["Kremlin press service"],
    }


def test_seed_000_relayed_by() -> None:
    text, result = findings(SEED_000)
    names = _names(result)
    relays = {
        text[q.contents[0].start : q.contents[0].end][:20]: [names[r] for r in q.relayed_by] for q in result.quotes
    }
    assert relays["comprehensive securi"] == ["BELTA", "Axios"]
    assert relays["Russian President Vl"] == ["TASS"]
    assert relays["I am more worried ab"] == []


def test_seed_003_speakers() -> None:
    text, result = findings(SEED_003)
    speakers = _speakers(text, result)
    lukashenko = ["Alexander Lukashenko"]
    assert speakers["Putin promised to ensure Belar"] == lukashenko
    assert speakers["When it comes to the military "] == lukashenko  # "the Belarusian President"
    assert speakers["he would not give the country "] == lukashenko
    assert speakers["the military can provide secur"] == lukashenko  # "According to him"
    assert speakers["the current problems will be r"] == ["Alexander Lukashenko", "Vladimir Putin"]  # "they"
    assert speakers["the election results were rigg"] == ["European Union", "United States"]
    names = _names(result)
    stated = next(q for q in result.quotes if text[q.contents[0].start :].startswith("At the first request"))
    assert [names[r] for r in stated.relayed_by] == ["BELTA"]


def test_seed_003_acronyms_parts_and_brackets() -> None:
    text, result = findings(SEED_003)
    orgs = {o.name: o for o in result.organizations}
    csto = orgs["Collective Security Treaty Organization"]
    assert csto.acronym == "CSTO"
    body = text.rindex("\n\n")  # the keyword footer may or may not be a mention, by layout
    csto_mentions = [m for m in result.mentions if text[m.span.start : m.span.end] == "CSTO" and m.span.start < body]
    assert len(csto_mentions) == 5
    assert all(m.refers_to == csto.id for m in csto_mentions)
    assert orgs["Belarusian Defense Ministry"].part_of == orgs["Belarus"].id
    assert orgs["Center for Strategic Management"].part_of == orgs["Belarusian Defense Ministry"].id
    assert orgs["European Union"].kind == "international"
    assert orgs["United States"].kind == "country"
    putin = next(a for a in result.actors if a.name == "Vladimir Putin")
    by_words = {text[m.span.start : m.span.end]: m.refers_to for m in result.mentions}
    assert by_words["him"] == putin.id or any(
        text[m.span.start : m.span.end] == "him" and m.refers_to == putin.id for m in result.mentions
    )
    assert by_words["Russian President"] == putin.id  # inside the quote, resolved by elimination


@pytest.mark.parametrize("name", [SEED_000, SEED_003])
def test_findings_make_a_valid_article(name: str) -> None:
    text, result = findings(name)
    article = Article(
        text=text,
        quotes=result.quotes,
        mentions=result.mentions,
        actors=result.actors,
        organizations=result.organizations,
    )
    mentioned = {m.refers_to for m in article.mentions}
    assert all(a.id in mentioned for a in article.actors)
    assert all(o.id in mentioned for o in article.organizations)
    assert all(m.span.end > m.span.start for m in article.mentions)


def test_recognition_without_lexicon_help() -> None:
    text = (
        "Hugh Hill, a doctor, said on Monday that the clinic was full. "
        "The Ministry of Health of Ruritania denied it in March. Hill said the Ministry was wrong."
    )
    result = find_entities(text, find_layout(text), [])
    assert [a.name for a in result.actors] == ["Hugh Hill"]
    assert result.actors[0].roles == ("doctor",)
    hill = [m for m in result.mentions if m.refers_to == result.actors[0].id]
    assert [text[m.span.start : m.span.end] for m in hill] == ["Hugh Hill", "Hill"]
    assert [o.name for o in result.organizations] == ["Ministry of Health of Ruritania"]
    assert result.organizations[0].kind == "government"


def test_gazetteer_names_and_identifiers(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.json"
    path.write_text(
        json.dumps(
            {
                "entries": [
                    {
                        "name": "Alexander Lukashenko",
                        "aliases": ["Lukashenka", "Aliaksandr Lukashenka"],
                        "same_as": ["https://www.wikidata.org/wiki/Q4742"],
                    },
                    {"name": "Nexta", "type": "Organization", "kind": "media", "same_as": "https://nexta.tv"},
                ]
            }
        ),
        encoding="utf-8",
    )
    gazetteer = Gazetteer.load(path)
    assert len(gazetteer) == 2
    text = "Aliaksandr Lukashenka spoke to Nexta on Friday. Lukashenka said he would stay."
    result = find_entities(text, find_layout(text), [], gazetteer)
    assert [a.name for a in result.actors] == ["Alexander Lukashenko"]
    assert result.actors[0].same_as == ("https://www.wikidata.org/wiki/Q4742",)
    assert len([m for m in result.mentions if m.refers_to == result.actors[0].id]) == 2
    nexta = next(o for o in result.organizations if o.name == "Nexta")
    assert nexta.kind == "media"
    assert nexta.same_as == ("https://nexta.tv",)


def test_gazetteer_with_the_seed_gives_same_as() -> None:
    gazetteer = Gazetteer.from_records([{"name": "Vladimir Putin", "same_as": ["https://www.wikidata.org/wiki/Q7747"]}])
    _, result = findings(SEED_000, gazetteer)
    putin = next(a for a in result.actors if a.name == "Vladimir Putin")
    assert putin.same_as == ("https://www.wikidata.org/wiki/Q7747",)
    assert len(result.actors) == 2


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"entries": 3}',
        '[{"aliases": ["x"]}]',
        '[{"name": "X", "kind": "army"}]',
        '[{"name": "X", "type": "Robot"}]',
    ],
)
def test_bad_gazetteer_is_an_input_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        Gazetteer.load(path)


def test_missing_gazetteer_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        Gazetteer.load(tmp_path / "absent.json")


@given(st.text(max_size=300))
def test_find_entities_is_total(text: str) -> None:
    result = find_entities(text, find_layout(text), [])
    ids = {a.id for a in result.actors} | {o.id for o in result.organizations}
    for mention in result.mentions:
        assert mention.span.end <= len(text)
        assert mention.refers_to in ids
    assert {m.refers_to for m in result.mentions} == ids


@given(
    st.lists(st.sampled_from(["Anna Berg", "Berg", "the", "said", "NATO", "Minsk’s", "(UN)", ",", "."]), max_size=30)
)
def test_find_entities_on_name_soup(words: list[str]) -> None:
    text = " ".join(words)
    result = find_entities(text, find_layout(text), [])
    assert all(m.span.end <= len(text) for m in result.mentions)
    assert len({a.id for a in result.actors}) == len(result.actors)


@st.composite
def texts_with_quotes(draw: st.DrawFn) -> tuple[str, list[Quote]]:
    """Texts of names, pronouns and marks, with quotes at arbitrary places inside them."""
    words = draw(
        st.lists(
            st.sampled_from(["Anna Berg", "Berg", "she", "they", "the statement", "said", "NATO", "“", "”", ".", "\n"]),
            min_size=1,
            max_size=40,
        )
    )
    text = " ".join(words)
    quotes = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = draw(st.integers(min_value=start, max_value=len(text)))
        mention_start = draw(st.integers(min_value=0, max_value=len(text)))
        mention_end = draw(st.integers(min_value=mention_start, max_value=len(text)))
        kind: QuoteKind = draw(st.sampled_from(["direct", "partial", "indirect", "scare"]))
        quotes.append(
            Quote(
                kind=kind,
                contents=(Span(start=start, end=end),),
                speaker_mentions=() if kind == "scare" else (Span(start=mention_start, end=mention_end),),
                cue=Span(start=mention_start, end=mention_end),
            )
        )
    return text, quotes


@given(texts_with_quotes())
def test_speaker_resolution_is_total(case: tuple[str, list[Quote]]) -> None:
    text, quotes = case
    result = find_entities(text, find_layout(text), quotes)
    ids = {a.id for a in result.actors} | {o.id for o in result.organizations}
    assert len(result.quotes) == len(quotes)
    for quote in result.quotes:
        assert quote.speaker is None or quote.speaker in ids
        assert set(quote.relayed_by) <= ids
    Article(
        text=text,
        quotes=result.quotes,
        mentions=result.mentions,
        actors=result.actors,
        organizations=result.organizations,
    )


# --- speaker resolution on hand-built quotes (independent of quote finding) ------------


def _quote(text: str, content: str, mention: str, *, after: str = "", kind: QuoteKind = "direct") -> Quote:
    """A quote of ``content`` whose speaker mention is the first ``mention`` after ``after``."""
    start = text.index(content)
    at = text.index(mention, text.index(after) if after else 0)
    return Quote(
        kind=kind,
        contents=(Span(start=start, end=start + len(content)),),
        speaker_mentions=(Span(start=at, end=at + len(mention)),),
    )


def _resolved(text: str, quotes: list[Quote]) -> list[list[str]]:
    """Names of every speaker of each quote, in order."""
    result = find_entities(text, find_layout(text), quotes)
    names = _names(result)
    for quote in result.quotes:
        assert quote.speaker == (quote.speakers[0] if quote.speakers else None)
    return [[names[s] for s in q.speakers] for q in result.quotes]


def test_apposition_refers_to_the_name_before_it() -> None:
    text = "Hugh Hill, a doctor at the Royal Infirmary, said the ward was full."
    quote = _quote(text, "the ward was full", "a doctor at the Royal Infirmary", kind="indirect")
    assert _resolved(text, [quote]) == [["Hugh Hill"]]


def test_a_possessive_is_not_the_head_of_a_speaker_phrase() -> None:
    text = "Kremlin spokesman Dmitry Peskov said talks would go on. The Kremlin's Dmitry Peskov said more."
    first = _quote(text, "talks would go on", "Kremlin spokesman Dmitry Peskov", kind="indirect")
    second = _quote(text, "more", "The Kremlin's Dmitry Peskov", kind="indirect")
    assert _resolved(text, [first, second]) == [["Dmitry Peskov"], ["Dmitry Peskov"]]


def test_coordinated_speakers_after_a_partial_mention() -> None:
    text = "The European Union and the United States claim that the vote was rigged."
    quote = _quote(text, "the vote was rigged", "The European Union", kind="indirect")
    assert _resolved(text, [quote]) == [["European Union", "United States"]]
    lists = "Poland, Lithuania and Latvia said the border was closed. Poland, Belarus' neighbour, said more."
    closed = _quote(lists, "the border was closed", "Poland", kind="indirect")
    more = _quote(lists, "more", "Poland", after="closed.", kind="indirect")
    assert _resolved(lists, [closed, more]) == [["Poland", "Lithuania", "Latvia"], ["Poland"]]


def test_counted_plural_nouns_are_the_people_last_named() -> None:
    text = (
        "Anna Berg met Carl Holm in Oslo on Monday to discuss fishing quotas. The statement was short. "
        "The two leaders said the talks went well."
    )
    quote = _quote(text, "the talks went well", "The two leaders", kind="indirect")
    assert _resolved(text, [quote]) == [["Anna Berg", "Carl Holm"]]


def test_pronouns_documents_and_bodies_by_context() -> None:
    text = (
        "The Ministry of Health of Ruritania said on Monday that beds were short. "
        "“We need more staff,” the statement said. "
        "Anna Berg, who runs a clinic, said that queues were long. "
        "“It is hard,” she added. "
        "Later the ministry said that help was coming."
    )
    quotes = [
        _quote(text, "beds were short", "The Ministry of Health of Ruritania", kind="indirect"),
        _quote(text, "We need more staff,", "the statement"),
        _quote(text, "queues were long", "who", kind="indirect"),
        _quote(text, "It is hard,", "she"),
        _quote(text, "help was coming", "the ministry", kind="indirect"),
    ]
    ministry = "Ministry of Health of Ruritania"
    assert _resolved(text, quotes) == [[ministry], [ministry], ["Anna Berg"], ["Anna Berg"], [ministry]]


def test_anonymous_speakers_stay_unresolved() -> None:
    text = "Anna Berg left Oslo. Sources said she would not come back."
    quote = _quote(text, "she would not come back", "Sources", kind="indirect")
    result = find_entities(text, find_layout(text), [quote])
    assert result.quotes[0].speaker is None
    assert result.quotes[0].speakers == ()


def test_relays_inside_loose_reported_words() -> None:
    text = "Anna Berg said the mine would close, per state news agency Belta, reported Axios. Reuters was not told."
    # A reported clause found too long still gives its relays when they are marked as such.
    quote = _quote(
        text, "the mine would close, per state news agency Belta, reported Axios", "Anna Berg", kind="indirect"
    )
    result = find_entities(text, find_layout(text), [quote])
    names = _names(result)
    assert [names[r] for r in result.quotes[0].relayed_by] == ["BELTA", "Axios"]
    assert [names[s] for s in result.quotes[0].speakers] == ["Anna Berg"]


# --- the publisher as an organization (editorial claims name it as claimant) -----------


def test_publisher_becomes_an_organization_and_the_editorial_claimant() -> None:
    from newsclaims.extract.pipeline import Metadata, analyze

    text = (SEEDS / SEED_003).read_text(encoding="utf-8")
    article = analyze(text, Metadata(publisher="Example News"))
    publisher = [o for o in article.organizations if o.name == "Example News"]
    assert [o.kind for o in publisher] == ["media"]
    editorial = [c for c in article.claims if c.voice == "editorial"]
    assert editorial, "seed 003 states checkable facts in its own voice"
    assert {c.claimant for c in editorial} == {publisher[0].id}


def test_publisher_named_in_the_text_is_not_added_twice() -> None:
    from newsclaims.extract.pipeline import Metadata, analyze

    text = (SEEDS / SEED_003).read_text(encoding="utf-8")
    article = analyze(text, Metadata(publisher="Belta"))  # the text writes BELTA, an alias
    belta = [o for o in article.organizations if "BELTA" in (o.name, o.acronym) or "Belta" in o.aliases]
    assert len(belta) == 1
    assert len({o.id for o in article.organizations}) == len(article.organizations)
    editorial = [c for c in article.claims if c.voice == "editorial"]
    assert {c.claimant for c in editorial} == {belta[0].id}
    assert all(c.claimant is None for c in analyze(text).claims if c.voice == "editorial")  # no publisher given


def test_she_skips_a_man_named_later() -> None:
    text = (
        "Mrs. Clinton spoke in Ohio on Tuesday about the economy and jobs. Later, Mr. Trump answered "
        "her at a rally in Iowa. “We will win,” she said."
    )
    result = find_entities(text, find_layout(text), [_quote(text, "We will win,", "she")])
    assert [_names(result)[s] for s in result.quotes[0].speakers] == ["Clinton"]


def test_place_and_title_before_a_name_are_not_the_name() -> None:
    text = (
        "Arkansas Gov. Mike Huckabee spoke after FBI Director James Comey on Tuesday, and former Florida "
        "Governor Jeb Bush spoke last. Huckabee said little."
    )
    result = find_entities(text, find_layout(text), [])
    actors = {a.name: a for a in result.actors}
    assert sorted(actors) == ["James Comey", "Jeb Bush", "Mike Huckabee"]
    assert actors["Mike Huckabee"].roles == ("Governor",)
    assert actors["James Comey"].roles == ("Director",)
    assert "FBI" in {o.name for o in result.organizations} | {o.acronym for o in result.organizations}
    huckabee = [text[m.span.start : m.span.end] for m in result.mentions if m.refers_to == actors["Mike Huckabee"].id]
    assert huckabee[-1] == "Huckabee"


def test_titles_it_and_bare_surnames_in_speaker_mentions() -> None:
    text = (
        "Florida Sen. Marco Rubio and the company Acme Corporation met in Miami on Friday to discuss jobs. "
        "Acme Corporation said it would hire. It added that pay would rise. "
        "The Florida senator said the deal was good. Rubio, meanwhile, said more. "
        "The judge said nothing."
    )
    quotes = [
        _quote(text, "it would hire", "Acme Corporation", after="Friday", kind="indirect"),
        _quote(text, "pay would rise", "It", kind="indirect"),
        _quote(text, "the deal was good", "The Florida senator", kind="indirect"),
        _quote(text, "more", "Rubio", after="good.", kind="indirect"),
        _quote(text, "nothing", "The judge", kind="indirect"),
    ]
    assert _resolved(text, quotes) == [
        ["Acme Corporation"],
        ["Acme Corporation"],
        ["Marco Rubio"],
        ["Marco Rubio"],
        [],  # no judge was named: nobody
    ]


def test_apostrophes_inside_names() -> None:
    text = (
        "Former Maryland Gov. Martin O’Malley met Trump’s aides in Iowa on Monday to talk about jobs. O’Malley said no."
    )
    result = find_entities(text, find_layout(text), [_quote(text, "no", "O’Malley", after="jobs.", kind="indirect")])
    names = _names(result)
    assert "Martin O’Malley" in [a.name for a in result.actors]
    assert not any(a.name in ("Martin O", "Malley") for a in result.actors)
    assert [names[s] for s in result.quotes[0].speakers] == ["Martin O’Malley"]


def test_a_person_of_a_body_is_both() -> None:
    text = "Paul Krugman of the New York Times wrote on Monday that the Joint Chiefs of Staff were wrong about costs."
    result = find_entities(text, find_layout(text), [])
    assert [a.name for a in result.actors] == ["Paul Krugman"]
    organizations = [o.name for o in result.organizations]
    assert "New York Times" in organizations
    assert not any("Krugman" in name for name in organizations)
    assert not any(name in ("Joint Chiefs", "Staff") for name in [*organizations, "Paul Krugman"])


def test_a_pronoun_tells_the_gender_of_the_one_person_in_its_sentence() -> None:
    text = (
        "Hillary Clinton spoke in Ohio on Monday about the economy. Later Clinton said she would win. "
        "Donald Trump answered in Iowa the next day with a rally and a long speech. "
        "Clinton spoke again. “We are stronger together,” she said."
    )
    quotes = [
        _quote(text, "would win", "she", kind="indirect"),
        _quote(text, "We are stronger together,", "she", after="together"),
    ]
    assert _resolved(text, quotes) == [["Hillary Clinton"], ["Hillary Clinton"]]
    he_text = text.replace("“We are stronger together,” she said.", "“We are stronger together,” he said.")
    he_quotes = [
        _quote(he_text, "would win", "she", kind="indirect"),
        _quote(he_text, "We are stronger together,", "he", after="together"),
    ]
    assert _resolved(he_text, he_quotes) == [["Hillary Clinton"], ["Donald Trump"]]


def test_names_and_new_bodies_are_not_body_nouns() -> None:
    text = (
        "France and the United States met in Paris on Monday to discuss the attacks. "
        "Islamic State said it was behind them. A new group said it was not."
    )
    quotes = [
        _quote(text, "it was behind them", "Islamic State", kind="indirect"),
        _quote(text, "it was not", "A new group", kind="indirect"),
    ]
    islamic_state, new_group = _resolved(text, quotes)
    assert not {"France", "United States"} & set(islamic_state)  # a name, not "the state"
    assert new_group == []  # "a new group" is introduced here, it refers back to no one


def test_a_middle_initial_does_not_make_another_person() -> None:
    text = (
        "Attorney General Loretta E. Lynch spoke in Washington on Monday about the inquiry and its costs. "
        "Loretta Lynch said later that Lynch would not resign."
    )
    result = find_entities(text, find_layout(text), [])
    assert [a.name for a in result.actors] == ["Loretta E. Lynch"]
    assert len([m for m in result.mentions if m.refers_to == result.actors[0].id]) == 3
