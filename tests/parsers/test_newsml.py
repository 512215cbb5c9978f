"""NewsML-G2: news items with inline NITF or XHTML; other items give a typed error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.errors import InputError, NewsclaimsError, UnsupportedFormatError
from newsclaims.model import Article
from newsclaims.parsers.newsml import parse_newsml

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
G2 = SHARED / "interop" / "iptc" / "newsml-g2"
needs_shared = pytest.mark.skipif(not G2.exists(), reason="../shared is not present")

# Written for these tests: a minimal news item with an XHTML body.
XHTML_ITEM = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:1" xml:lang="en">
  <itemMeta><firstCreated>2024-02-02T10:00:00Z</firstCreated></itemMeta>
  <contentMeta>
    <headline>Bridge reopens</headline>
    <subject qcode="medtop:20000001"><name>transport</name></subject>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body>
      <p>The bridge reopened today.</p><p>Traffic flows.</p>
    </body></html>
  </inlineXML></contentSet>
</newsItem>"""


def test_xhtml_news_item() -> None:
    article = parse_newsml(XHTML_ITEM)
    assert article.source_format == "newsml"
    assert article.headline is not None
    assert article.text_of(article.headline) == "Bridge reopens"
    assert [article.text_of(p) for p in article.paragraphs] == ["The bridge reopened today.", "Traffic flows."]
    assert article.date_published == "2024-02-02T10:00:00Z"
    assert article.subjects == ("transport",)
    assert article.language == "en"


def test_concept_item_is_unsupported() -> None:
    item = '<conceptItem xmlns="http://iptc.org/std/nar/2006-10-01/"><concept/></conceptItem>'
    with pytest.raises(UnsupportedFormatError, match="not a news article: a NewsML-G2 concept item"):
        parse_newsml(item)


@needs_shared
def test_listing_2_text_document() -> None:
    article = parse_newsml((G2 / "LISTING_2_NewsML-G2_Text_Document.xml").read_bytes())
    assert article.headline is not None
    assert article.text_of(article.headline) == 'Fed to halt QE to avert "bubble"'
    assert article.byline is not None
    assert "Meredith Jameson" in article.text_of(article.byline)
    assert len(article.paragraphs) >= 2


@needs_shared
def test_tt_sample() -> None:
    article = parse_newsml((G2 / "TT_newsmlg2_sample.xml").read_bytes())
    assert article.headline is not None
    assert article.text_of(article.headline) == 'Jan Guillou skriver på ny "Hamilton"-bok'
    assert article.date_published is not None
    assert article.date_published.startswith("2021-09-19")


# What each documentation listing is, as read in the file, and what it must give.
# Article listings name their headline (None: the item has none) and words the text must hold.
ARTICLES: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "LISTING_1_A_NewsML-G2_News_Item.xml": ('Fed to halt QE to avert "bubble"', ()),
    "LISTING_2_NewsML-G2_Text_Document.xml": ('Fed to halt QE to avert "bubble"', ("By Meredith Jameson",)),
    "LISTING_3_Photo_in_NewsML-G2.xml": (
        "Variety Of Recessionary Forces Leave Las Vegas Economy Scarred",
        ("A general view of part of downtown,",),
    ),
    "LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml": (
        None,
        ("- Amir Hussein Abdullahian, Iranian foreign ministry's", "SHOTLIST: KUWAIT. JANUARY 30, 2014."),
    ),
    "LISTING_5_Multi-part_Video_in_NewsML-G2.xml": (
        "Loriot retrospective",
        ("German humorist Vicco von Bülow", "Berlin, 05/11/2008 - vs. Vicco von Bülow entering exhibition"),
    ),
    "LISTING_6_Simple_NewsML-G2_Package.xml": ("UK", ("Obama annonce son équipe", "Barack Obama arrive à Washington")),
    "LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml": (
        None,
        ("Clinton reprend son rôle de chef de la santé",),
    ),
    "LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml": (None, ("Obama annonce son équipe",)),
    "LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml": (None, ("Bank cuts interest rates to record low",)),
    "LISTING_21_A_complete_sample_SportsML-G2_document.xml": (
        "Troy Tulowitzki singled to third and advanced to second on Martin Prado's throwing error. "
        "Runner on second with one out and Carlos Gonzalez due up.",
        (),
    ),
    "LISTING_22_Sports_story_in_NewsML-G2NITF.xml": (
        "Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.",
        (),
    ),
    "LISTING_23_SportsML-G2_Package.xml": (
        None,
        ("Pitcher Preview: Arizona Diamondbacks (29-23)", "A pair of teams coming off big weekend sweeps"),
    ),
    "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml": (
        "Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.",
        (),
    ),
    "LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml": (
        "A firefighter walks past the remains of a military jet that crashed into homes in the "
        "University City neighborhood of San Bernardino",
        ("A firefighter in a flameproof suit",),
    ),
    "LISTING_27_Company_Financial_Information.xml": (
        "Acme Widgets announces annual results",
        ("Acme Widgets (XTSE:AWG), a leader in the production of quality metal widgets",),
    ),
    "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml": (None, ("MOSCOW, Monday (Reuters)",)),
    "TT_newsmlg2_sample.xml": ('Jan Guillou skriver på ny "Hamilton"-bok', ("Jan Guillou arbetar just nu",)),
}
# Not news reports: the message must say what the document is.
NOT_NEWS = {
    "LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml": "concept item",
    "LISTING_11_Person_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml": "concept item",
    "LISTING_12_Knowledge_Item_for_Access_Codes.xml": "knowledge item",
    "LISTING_13_Complete_Catalog_Item.xml": "catalog item",
    "LISTING_14_Event_sent_as_a_Concept_Item.xml": "concept item",
    "LISTING_15_Two_Related_Events_in_a_Knowledge_Item.xml": "knowledge item",
    "LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml": "<events> data",
    "LISTING_17_Planning_Item_a_CCL.xml": "planning item",
    "LISTING_18_Planning_Item_at_PCL.xml": "planning item",
    "LISTING_19_Planning_Item_with_delivery_at_CCL.xml": "planning item",
    "LISTING_20_Planning_Item_with_delivery_at_PCL.xml": "planning item",
}
# Skeletons: their news items hold placeholders ("....." or comments), not a single word of news.
EMPTY = ("LISTING_24_News_Message_conveying_a_complete_News_Package.xml", "LISTING_29_Hop_History.xml")


@needs_shared
def test_every_listing_is_accounted_for() -> None:
    assert {p.name for p in G2.glob("*.xml")} == {*ARTICLES, *NOT_NEWS, *EMPTY}


@needs_shared
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_listing_gives_article(name: str) -> None:
    headline, words = ARTICLES[name]
    article = parse_newsml((G2 / name).read_bytes())
    assert article.source_format == "newsml"
    assert (article.text_of(article.headline) if article.headline else None) == headline
    for phrase in words:
        assert phrase in article.text
    assert article.paragraphs or article.headline or article.standfirst or article.dateline


@needs_shared
@pytest.mark.parametrize("name", sorted(NOT_NEWS))
def test_listing_not_news(name: str) -> None:
    with pytest.raises(UnsupportedFormatError, match="not a news article") as raised:
        parse_newsml((G2 / name).read_bytes())
    assert NOT_NEWS[name] in str(raised.value)


@needs_shared
@pytest.mark.parametrize("name", EMPTY)
def test_listing_without_words(name: str) -> None:
    with pytest.raises(InputError, match="without any text") as raised:
        parse_newsml((G2 / name).read_bytes())
    assert not isinstance(raised.value, UnsupportedFormatError)


@needs_shared
def test_package_reads_items_in_package_order() -> None:
    article = parse_newsml((G2 / "LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml").read_bytes())
    texts = [article.text_of(p) for p in article.paragraphs]
    # Ten groups in sequence: three with a story, its summary and a picture title, seven with one title.
    assert len(texts) == 16
    assert texts[:3] == [
        "Bank cuts interest rates to record low",
        "London (Reuters) - The Bank of England cut interest rates by half a percentage point on Thursday to a "
        "record low of 1.5 percent and economists expect it to cut again in February as it battles to prevent "
        "Britain from falling into a deep slump.",
        "BoE Rate Decision",
    ]
    assert texts[-1] == "Banks hiring young Britons to prepare for upturn"


@needs_shared
def test_alt_group_reads_first_alternative_only() -> None:
    article = parse_newsml((G2 / "LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml").read_bytes())
    # G1 holds two stories and the video group G2, whose three groups are renditions of the same two videos.
    assert [article.text_of(p) for p in article.paragraphs] == [
        "Obama annonce son équipe",
        "Clinton reprend son rôle de chef de la santé",
        "Barack Obama arrive à Washington",
        "Hillary Clinton à une rassemblement à New York",
    ]


@needs_shared
def test_package_metadata() -> None:
    article = parse_newsml((G2 / "LISTING_23_SportsML-G2_Package.xml").read_bytes())
    assert article.headline is None
    assert article.text_of(article.paragraphs[0]) == (
        "Pitcher Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m."
    )
    assert len(article.paragraphs) == 3  # the first item's description is empty
    assert article.date_published == "2016-02-02T11:45:00-05:00"
    assert article.authors == ("The Sports Network",)
    assert "Philadelphia Phillies" in article.subjects
    assert article.language == "en-US"


@needs_shared
def test_sportsml_statistics_are_not_text() -> None:
    article = parse_newsml((G2 / "LISTING_21_A_complete_sample_SportsML-G2_document.xml").read_bytes())
    assert article.paragraphs == ()
    assert "Dee Gordon" not in article.text  # a player in the SportsML statistics


@needs_shared
def test_content_meta_fragment() -> None:
    article = parse_newsml((G2 / "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml").read_bytes())
    assert article.text == "MOSCOW, Monday (Reuters)"
    assert article.dateline is not None
    assert article.text_of(article.dateline) == "MOSCOW, Monday (Reuters)"
    # The subjects are the cities; the names inside <broader> belong to the region and the country.
    assert article.subjects == ("city:Tskhinvali", "city:Tblisi")
    assert article.date_published == "2016-02-09T09:17:00+03:00"
    assert article.language == "en-US"


@needs_shared
def test_video_descriptions_and_declared_charset() -> None:
    # The file declares ISO-8859-1 but is UTF-8: the name must not come out as "BÃ¼low".
    article = parse_newsml((G2 / "LISTING_5_Multi-part_Video_in_NewsML-G2.xml").read_bytes())
    assert article.standfirst is not None
    assert article.text_of(article.standfirst).startswith("Yesterday evening (November 5) an exhibition opened")
    assert [article.text_of(p)[:18] for p in article.paragraphs] == ["Berlin, 05/11/2008"]
    assert "Ã" not in article.text


@needs_shared
def test_listing_1_metadata() -> None:
    article = parse_newsml((G2 / "LISTING_1_A_NewsML-G2_News_Item.xml").read_bytes())
    assert article.paragraphs == ()  # its inlineXML holds only a comment
    assert article.date_published == "2016-10-18T11:12:00-05:00"
    assert article.authors == ("Meredith Jameson",)
    assert article.subjects == ("economy, business and finance", "labour market")


PACKAGE = """<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="https://example.org/p/1">
  <contentMeta><headline>Top stories</headline></contentMeta>
  <groupSet root="G1">
    <group id="G1"><itemRef residref="a"><title>First</title></itemRef><groupRef idref="G2"/></group>
    <group id="G2"><groupRef idref="G1"/><itemRef residref="b"><title>Second</title></itemRef></group>
  </groupSet>
</packageItem>"""


def test_package_with_cyclic_groups() -> None:
    article = parse_newsml(PACKAGE)
    assert article.headline is not None
    assert article.text_of(article.headline) == "Top stories"
    assert article.text == "Top stories\n\nFirst\n\nSecond"
    assert article.url == "https://example.org/p/1"  # a guid that is a web address


def test_long_group_chain_is_not_recursion() -> None:
    groups = "".join(f'<group id="G{i}"><groupRef idref="G{i + 1}"/></group>' for i in range(3000))
    doc = f'<groupSet root="G0">{groups}<group id="G3000"><itemRef><title>Deep</title></itemRef></group></groupSet>'
    assert parse_newsml(doc).text == "Deep"


MESSAGE = """<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
  <newsItem guid="urn:x:1"><contentMeta><headline>Photo only</headline></contentMeta></newsItem>
  <newsItem guid="urn:x:2"><contentMeta><headline>Story</headline></contentMeta>
    <contentSet><inlineData contenttype="text/plain">One.\n\nTwo.</inlineData></contentSet></newsItem>
</itemSet></newsMessage>"""


def test_news_message_takes_first_item_with_body() -> None:
    article = parse_newsml(MESSAGE)
    assert article.text == "Story\n\nOne.\n\nTwo."
    assert article.url is None  # urn: guids are not URLs


def test_binary_inline_data_is_not_text() -> None:
    item = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">
      <contentMeta><headline>Chart</headline></contentMeta>
      <contentSet><inlineData contenttype="image/png">iVBORw0KGgo=</inlineData></contentSet></newsItem>"""
    assert parse_newsml(item).text == "Chart"


def test_planning_item_is_not_news() -> None:
    item = '<planningItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>Soon</headline></contentMeta></planningItem>'
    with pytest.raises(UnsupportedFormatError, match="planning item"):
        parse_newsml(item)


def test_wrong_declared_charset_bytes() -> None:
    doc = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<newsItem><contentMeta><headline>Bülow</headline></contentMeta>'
    doc += "</newsItem>"
    assert parse_newsml(doc.encode("utf-8")).text == "Bülow"
    assert parse_newsml(doc.encode("latin-1")).text == "Bülow"


@given(
    st.binary(max_size=500) | st.text(max_size=300).map(lambda t: f"<newsItem><inlineData>{t}</inlineData></newsItem>")
)
def test_total(data: bytes | str) -> None:
    try:
        result = parse_newsml(data)
    except NewsclaimsError:
        return
    assert isinstance(result, Article)


def test_news_message_of_planning_items_only() -> None:
    message = """<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
      <planningItem><contentMeta><headline>Soon</headline></contentMeta></planningItem>
    </itemSet></newsMessage>"""
    with pytest.raises(UnsupportedFormatError, match="news message holding only planningItem"):
        parse_newsml(message)
