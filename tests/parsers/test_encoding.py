"""Decoding bytes from outside: BOM, declared charset, detection, never a crash."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.parsers.encoding import decode, sniff_declared


def test_utf8_bom_is_removed() -> None:
    assert decode(b"\xef\xbb\xbfK\xc3\xb8benhavn") == "København"


def test_utf16_bom() -> None:
    assert decode("Zürich".encode("utf-16")) == "Zürich"


def test_declared_latin1_in_meta_is_used_when_not_utf8() -> None:
    page = b'<meta charset="iso-8859-1"><p>S\xe3o Paulo</p>'
    assert "São Paulo" in decode(page)


def test_declared_charset_argument_wins_over_detection() -> None:
    assert decode("Ελλάδα".encode("iso-8859-7"), "iso-8859-7") == "Ελλάδα"


def test_declared_but_wrong_charset_falls_back_to_utf8() -> None:
    # Declares latin-1 but is UTF-8: strict UTF-8 succeeds first.
    page = '<?xml version="1.0" encoding="iso-8859-1"?><p>Kraków</p>'.encode()
    assert "Kraków" in decode(page)


def test_unknown_declared_charset_does_not_crash() -> None:
    assert "abc" in decode(b'<meta charset="no-such-charset">abc\xff', "x-unknown")


def test_mixed_encodings_keep_the_readable_part() -> None:
    text = decode("Düsseldorf ".encode() + "Köln".encode("latin-1"))
    assert text.startswith("D")
    assert "sseldorf" in text


def test_sniff_declared() -> None:
    assert sniff_declared(b'<?xml version="1.0" encoding="ISO-8859-1"?><a/>') == "ISO-8859-1"
    assert sniff_declared(b"<p>nothing</p>") is None


@given(st.binary(max_size=2000))
def test_decode_is_total(data: bytes) -> None:
    assert isinstance(decode(data), str)
