"""Bytes to text: BOMs, declared charsets, then detection.

Chinese pages often declare ``gb2312`` while using characters only GBK/GB18030 have (for example
``镕``), so every GB family name decodes as GB18030, its superset; Big5 likewise as Big5-HKSCS.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from aiwatch.errors import AiwatchError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# <meta charset="gbk">, <meta http-equiv=... content="text/html; charset=gb2312">, <?xml encoding=..?>
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)

_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "x-big5": "big5hkscs",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
}


def canonical_encoding(name: str) -> str | None:
    """A Python codec name for a declared charset, widened to its superset; None if unknown."""
    name = name.strip().lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_encoding(data: bytes) -> str | None:
    """The charset a document declares in its first few kilobytes, if any."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    return canonical_encoding(match.group(1).decode("ascii", "ignore"))


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL for ASCII-heavy text."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the head mean this is not text."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def decode_bytes(data: bytes, path: str = "") -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)`` or raise ``AiwatchError``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding.replace("-sig", "")
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if is_binary(data):
        raise AiwatchError("E102", path, detail="binary content")
    declared = declared_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        encoding = canonical_encoding(best.encoding) or best.encoding
        return data.decode(encoding, errors="replace"), encoding
    if declared:
        return data.decode(declared, errors="replace"), declared
    raise AiwatchError("E103", path, detail="no encoding fits")
