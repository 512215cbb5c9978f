"""parse(): the format is picked from the content, whatever the file is called."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.errors import InputError, NewsclaimsError, UnsupportedFormatError
from newsclaims.parsers.detect import Parsed, parse, sniff
from newsclaims.parsers.text import parse_text

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
IPTC = SHARED / "interop" / "iptc"

NITF = '<?xml version="1.0"?><nitf><body><body.content><p>A story from the wire.</p></body.content></body></nitf>'
NEWSML = (
    '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentSet>'
    "<inlineData>A story in a news item.</inlineData></contentSet></newsItem>"
)
NINJS = json.dumps({"uri": "urn:x:1", "headlines": [{"value": "Hello"}], "bodies": [{"value": "A story in ninjs."}]})
JSONLD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A JSON-LD headline"})
HTML = "<html><head><title>T</title></head><body><p>A story on a web page, long enough to count.</p></body></html>"


@pytest.mark.parametrize(
    ("document", "expected"),
    [(NITF, "nitf"), (NEWSML, "newsml"), (NINJS, "ninjs"), (JSONLD, "jsonld"), (HTML, "html"),
     ("Just a plain story.\n\nWith two paragraphs.", "text")],
)  # fmt: skip
def test_sniff_and_parse(document: str, expected: str) -> None:
    assert sniff(document) == expected
    parsed = parse(document.encode("utf-8"))
    assert isinstance(parsed, Parsed)
    assert parsed.format == expected
    assert parsed.article.source_format == expected
    assert parsed.article.text.strip()


def test_content_wins_over_file_name(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(NINJS, encoding="utf-8")
    parsed = parse(path)
    assert parsed.format == "ninjs"
    assert "A story in ninjs." in parsed.article.text


def test_saved_page_wrapper_is_html() -> None:
    wrapper = json.dumps({"url": "https://example.org/a", "page": HTML})
    parsed = parse(wrapper)
    assert parsed.format == "html"
    assert parsed.article.url == "https://example.org/a"


def test_unknown_xml_and_json_are_unsupported() -> None:
    with pytest.raises(UnsupportedFormatError):
        parse('<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>')
    with pytest.raises(UnsupportedFormatError):
        parse('{"rows": [1, 2, 3]}')


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        parse(tmp_path / "absent.xml")


@pytest.mark.skipif(not IPTC.exists(), reason="../shared is not present")
@pytest.mark.parametrize(
    ("relative", "expected"),
    [("nitf/NTB_nitf_sample.xml", "nitf"), ("newsml-g2/TT_newsmlg2_sample.xml", "newsml"),
     ("ninjs/examples-3.0/ntb_text.json", "ninjs")],
)  # fmt: skip
def test_iptc_examples_by_content(relative: str, expected: str) -> None:
    assert parse(IPTC / relative).format == expected


@given(st.binary(max_size=400) | st.text(max_size=400))
def test_total(data: bytes | str) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = parse(data)
    except NewsclaimsError:
        return
    assert isinstance(result, Parsed)


def test_binary_data_is_refused_with_a_typed_error() -> None:
    png_like = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    with pytest.raises(UnsupportedFormatError, match="binary"):
        parse(png_like)


def test_empty_or_blank_text_is_an_input_error() -> None:
    for blank in ("", "  \n\t\n"):
        with pytest.raises(InputError, match="empty"):
            parse_text(blank)
