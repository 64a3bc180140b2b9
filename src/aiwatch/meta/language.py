"""The article's language from the share of each script; None when the text does not say.

Chinese news carries Latin words (AI, CEO Ugo Valenti, 00020.HK), so Han characters count fully
and Latin letters by word.  Kana marks Japanese, Hangul Korean; Latin text is called English only
when English function words are common in it, otherwise it stays unknown.
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_ENGLISH = frozenset(
    {"the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "by", "was", "are", "it", "from", "at"}
    | {"this", "be", "an", "has", "have", "which"}
)

MIN_SIGNS = 10  # fewer Han characters and Latin words than this: too little to tell
SAMPLE = 20_000


def detect_language(text: str | None) -> str | None:
    """``"zh"``, ``"ja"``, ``"ko"``, ``"en"`` or None.

    >>> detect_language("上海人工智能相关企业达1200家以上，CEO Ugo Valenti表示。")
    'zh'
    """
    if not text:
        return None
    sample = text[:SAMPLE]
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    words = _LATIN_WORD.findall(sample)
    total = han + kana + hangul + len(words)
    if total < MIN_SIGNS:
        return None
    if kana >= 0.1 * (han + kana) and kana >= 5:
        return "ja"
    if hangul >= 0.5 * total:
        return "ko"
    if han >= 0.5 * total:
        return "zh"
    english = sum(1 for w in words if w.lower() in _ENGLISH)
    if len(words) >= 0.5 * total and english >= 0.1 * len(words):
        return "en"
    return None
