"""NewsML-G2: news items with inline NITF or XHTML; other items give a typed error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.errors import NewsclaimsError, UnsupportedFormatError
from newsclaims.model import Article
from newsclaims.parse.newsml import parse_newsml

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
    with pytest.raises(UnsupportedFormatError, match="conceptItem"):
        parse_newsml(item)


@needs_shared
def test_every_listing_parses_or_is_unsupported() -> None:
    files = sorted(G2.glob("*.xml"))
    assert len(files) >= 30
    articles = 0
    for path in files:
        try:
            article = parse_newsml(path.read_bytes())
        except UnsupportedFormatError:
            continue
        assert article.text.strip()
        articles += 1
    assert articles >= 10


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


@needs_shared
@pytest.mark.parametrize("name", ["LISTING_6_Simple_NewsML-G2_Package.xml", "LISTING_17_Planning_Item_a_CCL.xml"])
def test_packages_and_planning_items_are_unsupported(name: str) -> None:
    with pytest.raises(UnsupportedFormatError):
        parse_newsml((G2 / name).read_bytes())


@given(
    st.binary(max_size=500) | st.text(max_size=300).map(lambda t: f"<newsItem><inlineData>{t}</inlineData></newsItem>")
)
def test_total(data: bytes | str) -> None:
    try:
        result = parse_newsml(data)
    except NewsclaimsError:
        return
    assert isinstance(result, Article)
