"""Traditional -> simplified characters with OpenCC (config ``t2s``), loaded once per process.

OpenCC's ``t2s`` also rewrites characters that simplified Chinese keeps in some words: run over the
simplified gold texts of ``extraction_dev`` it turns 萧乾 into 萧干, 藉着 into 借着 and 鮰 into 𫚔.
So a text is converted only when it is written in traditional script: when at least
``TRADITIONAL_SHARE`` of its Han characters change under ``t2s`` (a traditional page changes
20-40% of them; a simplified page with a name like 萧乾 well under 1%).  A short metadata string
such as the category ``新浪财经－国內`` (seed 004, 1 of 6 characters) is judged on its own, and so
is each paragraph of a simplified text (a quoted traditional statement is converted, 萧乾 is not).
"""

from __future__ import annotations

import re
from functools import cache

import opencc

#: Share of Han characters that must change for a text to count as traditional script.
TRADITIONAL_SHARE = 0.05
#: Same, for a short string judged alone (title, category, tag, source).
SHORT_SHARE = 0.1
#: Same, for one paragraph of a simplified text (a quoted traditional paragraph changes 20%+).
PARAGRAPH_SHARE = 0.15
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@cache
def converter() -> opencc.OpenCC:
    # opencc 1.4.2 accepts the bare config stem ("t2s"); older wheels wanted "t2s.json".
    try:
        return opencc.OpenCC("t2s")
    except Exception:  # pragma: no cover - depends on the installed wheel
        return opencc.OpenCC("t2s.json")


def to_simplified(text: str) -> str:
    """Unconditional conversion (callers decide whether the text is traditional)."""
    return converter().convert(text) if text else text


def changed_share(text: str, converted: str | None = None) -> float:
    """Share of Han characters of ``text`` that ``t2s`` changes (1.0 when lengths differ)."""
    converted = to_simplified(text) if converted is None else converted
    if converted == text:  # the common case, decided at C speed
        return 0.0
    if len(converted) != len(text):
        return 1.0
    han = len(text) - len(_HAN.sub("", text))  # not findall: one object per character of a long text
    return sum(a != b for a, b in zip(text, converted, strict=True)) / han if han else 0.0


def is_traditional(text: str, threshold: float = TRADITIONAL_SHARE) -> bool:
    return changed_share(text) >= threshold


def simplify_short(text: str | None, document_traditional: bool = False) -> str | None:
    """A metadata string in simplified script: converted when it, or its document, is traditional."""
    if not text:
        return text
    converted = to_simplified(text)
    if converted == text:
        return text
    if document_traditional or changed_share(text, converted) >= SHORT_SHARE:
        return converted
    return text
