"""Bytes -> text for inputs from outside: BOM, declared charset, detection, then UTF-8.

Never raises: a wrong or unknown declared charset falls through to detection, and
undecodable bytes become U+FFFD, because losing a character beats losing the article.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode", "sniff_declared"]

# BOMs, longest first (UTF-32 LE starts with the UTF-16 LE BOM).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)


def sniff_declared(data: bytes) -> str | None:
    """The charset the document declares in its XML declaration or HTML meta tag, if any."""
    head = data[:4096]
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes: BOM, then the declared charset (given or in the document), detection, UTF-8."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    # Strict UTF-8 first when it succeeds: pages often declare latin-1 but are UTF-8.
    for candidate in ("utf-8", declared, sniff_declared(data)):
        text = _try(data, candidate)
        if text is not None:
            return text
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:1_000_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # pragma: no cover - the detector failing is not our reader failing
        pass
    return data.decode("utf-8", errors="replace")
