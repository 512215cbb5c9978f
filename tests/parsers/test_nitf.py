"""NITF 3.x: the parts of the document land in the right places of the Article."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.model import Article
from newsclaims.parsers.nitf import parse_nitf

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
NTB = SHARED / "interop" / "iptc" / "nitf" / "NTB_nitf_sample.xml"

# Written for these tests (not copied from any agency).
SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN" baselang="en-GB">
  <head>
    <title>Title in head</title>
    <tobject tobject.type="Politics">
      <tobject.subject tobject.subject.refnum="11000000" tobject.subject.matter="Elections"/>
    </tobject>
    <docdata>
      <date.issue norm="20240301T091500+0100"/>
      <doc-id regsrc="Example Agency" id-string="EX-1"/>
      <key-list><keyword key="budget"/><keyword key="taxes"/></key-list>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Council agrees budget</hl1></hedline>
      <abstract><p>The vote was close.</p></abstract>
      <byline>By <person>Ann Smith</person></byline>
      <dateline><location>LEEDS</location></dateline>
    </body.head>
    <body.content>
      <p>The council agreed its budget on Friday.</p>
      <p>"We had no choice," said the leader, Tom Brown.</p>
    </body.content>
  </body>
</nitf>"""


def test_parts_of_a_written_sample() -> None:
    article = parse_nitf(SAMPLE)
    assert article.source_format == "nitf"
    assert article.headline is not None
    assert article.text_of(article.headline) == "Council agrees budget"
    assert article.standfirst is not None
    assert article.text_of(article.standfirst) == "The vote was close."
    assert article.byline is not None
    assert article.text_of(article.byline) == "By Ann Smith"
    assert article.dateline is not None
    assert article.text_of(article.dateline) == "LEEDS"
    assert [article.text_of(p) for p in article.paragraphs] == [
        "The council agreed its budget on Friday.",
        '"We had no choice," said the leader, Tom Brown.',
    ]
    assert article.authors == ("Ann Smith",)
    assert article.keywords == ("budget", "taxes")
    assert article.subjects == ("Elections",)
    assert article.section == "Politics"
    assert article.publisher == "Example Agency"
    assert article.language == "en-GB"
    assert article.date_published is not None
    assert article.date_published.startswith("2024-03-01")


def test_not_nitf_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not an NITF"):
        parse_nitf("<rss><channel/></rss>")


@pytest.mark.skipif(not NTB.exists(), reason="../shared is not present")
def test_ntb_agency_sample() -> None:
    article = parse_nitf(NTB.read_bytes())
    assert article.headline is not None
    assert article.text_of(article.headline) == "Pandemien herjer på den legeløse indiske landsbygda"
    assert article.date_published == "2021-05-16T09:00:04"
    assert article.language == "nb-NO"
    assert len(article.paragraphs) > 10
    assert "Medisin og helse" in article.subjects


@given(st.binary(max_size=500) | st.text(max_size=500).map(lambda t: f"<nitf><body><p>{t}</p></body></nitf>"))
def test_total(data: bytes | str) -> None:
    try:
        result = parse_nitf(data)
    except NewsclaimsError:
        return
    assert isinstance(result, Article)
