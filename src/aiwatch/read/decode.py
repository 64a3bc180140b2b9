"""Bytes to text: BOMs, declared charsets, then detection.

Chinese pages often declare ``gb2312`` while using characters only GBK/GB18030 have (for example
``镕``), so every GB family name decodes as GB18030, its superset; Big5 likewise as Big5-HKSCS.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from typing import Any

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


# High bytes of UTF-16 code units that Chinese text is made of: ASCII (00), general punctuation
# such as “” (20), CJK punctuation such as 、。「」 (30), fullwidth forms such as ，： (FF) and the
# CJK ideographs (34-9F).  "上海人工智能" in UTF-16-LE is 0A 4E 77 6D ...: every odd byte is 4E-9F.
_UTF16_HIGH = bytes([0x00, 0x20, 0x30, 0xFF, *range(0x34, 0xA0)])


def _readable(text: str) -> bool:
    """Text, not bytes read as UTF-16: control characters and U+FFFD are rare in it.

    ``00 01 02 FF`` repeated has a NUL in every other byte like ASCII in UTF-16-BE, but reads as
    U+0001 U+02FF: half of it is control characters."""
    if not text:
        return False
    odd = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return odd <= 0.05 * len(text)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL (ASCII text) or a CJK high byte (Chinese)."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    half = len(sample) / 2
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * half and even.count(0) < 0.05 * half:
        return "utf-16-le" if _readable(sample.decode("utf-16-le", errors="replace")) else None
    if even.count(0) > 0.3 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be" if _readable(sample.decode("utf-16-be", errors="replace")) else None
    # ASCII letters are 41-7A, inside the CJK high-byte range: an ASCII-heavy UTF-8 page
    # (<!DOCTYPE html>…) would pass for UTF-16 if valid UTF-8 were not ruled out first.
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return None
    except UnicodeDecodeError:
        pass
    for encoding, high in (("utf-16-le", odd), ("utf-16-be", even)):
        if len(high) - len(high.translate(None, _UTF16_HIGH)) > 0.9 * half:
            try:
                text = sample.decode(encoding)
            except UnicodeDecodeError:
                continue
            # ASCII read as UTF-16 gives rare ideographs (<!DOCTYPE -> 㰡䑏䍔): not Chinese text.
            if chinese_score(text) >= 0.6:
                return encoding
    return None


#: Control bytes that text does not contain: all below 32 except tab, newlines, vertical tab, form feed.
_CONTROLS = bytes([*range(0, 9), *range(14, 32)])
_NOT_CONTROLS = bytes(b for b in range(256) if b not in _CONTROLS)


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the head mean this is not text."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    # translate() deletes in C what a Python loop over 8 KB per document would count slowly.
    controls = len(head.translate(None, _NOT_CONTROLS))
    return controls > len(head) * 0.05


def _common_characters() -> frozenset[str]:
    """The frequent characters of both scripts: GB2312 level 1 (3,755 simplified characters) and
    Big5 level 1 (5,401 traditional ones), plus the punctuation rows of each."""
    chars: set[str] = set()
    ranges = (("gb2312", range(0xA1, 0xA4), range(0xA1, 0xFF)), ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)))
    ranges += (("big5", range(0xA1, 0xA4), range(0x40, 0xFF)), ("big5", range(0xA4, 0xC7), range(0x40, 0xFF)))
    for codec, leads, trails in ranges:
        for lead in leads:
            for trail in trails:
                with contextlib.suppress(UnicodeDecodeError):
                    chars.add(bytes([lead, trail]).decode(codec))
    return frozenset(chars)


_COMMON = _common_characters()
#: Tried in this order when a document is not UTF-8 and declares nothing: the Chinese web is GB
#: first, Big5 second.
_CHINESE_CANDIDATES = ("gb18030", "big5hkscs")


def chinese_score(text: str) -> float:
    """Share of the non-ASCII characters that are frequent Chinese characters or punctuation.

    The right decoding of a news story scores near 1; a wrong one turns the bytes into rare
    characters (GB bytes read as Big5: 上海 -> 奻漆) or replacement characters, which count against.
    """
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return 0.0
    common = sum(c in _COMMON for c in non_ascii)
    broken = text.count("\ufffd")
    return (common - 5 * broken) / len(non_ascii)


def guess_chinese(data: bytes) -> str | None:
    """The Chinese encoding that reads ``data`` as the most ordinary Chinese text, if one does.

    Statistical detectors mistake short GB text for Korean (人工智能 -> 훙묏例콘 as cp949); a
    news corpus is Chinese, so Chinese encodings are weighed first on what they decode to.
    """
    sample = data[:20000]
    best: tuple[float, str] | None = None
    for encoding in _CHINESE_CANDIDATES:
        text = sample.decode(encoding, errors="replace")
        if len(data) > len(sample):
            text = text[:-2]  # the cut may split the last character
        score = chinese_score(text)
        if best is None or score > best[0]:
            best = (score, encoding)
    return best[1] if best and best[0] >= 0.6 else None


def _utf8_reads_better(data: bytes, declared: str) -> bool:
    """Sites moved to UTF-8 often keep their old ``charset=gb2312`` template: the declaration then
    turns 上海人工智能 into 涓婃捣浜哄伐鏅鸿兘, because GB18030 decodes almost any bytes.  Valid
    UTF-8 that reads at least as well wins over such a declaration; a few GB bytes that happen
    to be valid UTF-8 (模 is C4 A3, "ģ" in UTF-8) do not."""
    sample = data[:20000]
    as_utf8 = chinese_score(sample.decode("utf-8", errors="replace"))
    return as_utf8 >= chinese_score(sample.decode(declared, errors="replace"))


def decode_document(data: bytes, path: str = "", declared: str | None = None) -> tuple[str, str, list[str]]:
    """Decode ``data``; return ``(text, encoding, warnings)`` or raise ``AiwatchError``.

    ``declared`` is a charset from outside the document (an HTTP ``Content-Type`` header); it
    takes the place of the one the document declares, and is weighed the same way."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _lenient(data, encoding)
    utf16 = _looks_utf16(data)
    if utf16:
        return _lenient(data, utf16)
    if is_binary(data):
        raise AiwatchError("E102", path, detail="binary content")
    declared = (canonical_encoding(declared) if declared else None) or declared_encoding(data)
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and (declared in (None, "utf-8") or _utf8_reads_better(data, declared)):
        return utf8, "utf-8", []
    if declared:
        try:
            return data.decode(declared), declared, []
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall through to detection
    if utf8 is not None:
        return utf8, "utf-8", []
    chinese = guess_chinese(data)
    if chinese:
        return _lenient(data, chinese)
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return _lenient(data, canonical_encoding(best.encoding) or best.encoding)
    if declared:
        return _lenient(data, declared)
    raise AiwatchError("E103", path, detail="no encoding fits")


def _lenient(data: bytes, encoding: str) -> tuple[str, str, list[str]]:
    """Decode, replacing the few bad bytes a scraped page often has, and say so."""
    try:
        return data.decode(encoding), encoding.replace("-sig", ""), []
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    name = encoding.replace("-sig", "")
    return text, name, [f"{bad} undecodable byte sequence(s) in {name} replaced with U+FFFD"]


def decode_bytes(data: bytes, path: str = "", declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)`` or raise ``AiwatchError``."""
    text, encoding, _warnings = decode_document(data, path, declared)
    return text, encoding


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def replace_lone_surrogates(value: Any) -> Any:
    """ "\\ud83d" without its pair (an emoji cut in half by a scraper's truncation) parses into a
    string no UTF-8 writer accepts; it becomes U+FFFD, the rest of the record is kept."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value) if _LONE_SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {replace_lone_surrogates(k): replace_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [replace_lone_surrogates(v) for v in value]
    return value
