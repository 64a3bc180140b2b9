"""Names the gazetteer knows, found in the text (a short one only on token boundaries), and a
known medium followed by one of its channels (新浪 + 科技).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from aiwatch.analyze.entities.lexicon import GAZETTEER, Mention, _words, longest_first
from aiwatch.analyze.gazetteer import Gazetteer
from aiwatch.analyze.segment import Token

_LATIN_GLUE = re.compile(r"[A-Za-z0-9_.@/-]")


def gazetteer_mentions(
    text: str, tokens: list[Token], gazetteer: Gazetteer, places: Iterable[int] | None = None
) -> list[Mention]:
    """Known names; a short match must line up with token boundaries (京东 is not in 北京东路)."""
    starts: list[int] | None = None  # token starts, built only when a short match needs them
    found = []
    for match in gazetteer.find(text):
        surface = text[match.start : match.end]
        if surface.isascii():
            # CBN yes; www.thepaper.cn and baijiahao.baidu.com are addresses, not mentions.
            before = text[match.start - 1] if match.start else " "
            after = text[match.end] if match.end < len(text) else " "
            if _LATIN_GLUE.match(before) or _LATIN_GLUE.match(after):
                continue
        elif len(surface) < 3:
            if starts is None:
                starts = [t.start for t in tokens]
            if not _aligned(starts, match.start, match.end) and not (
                match.type == "ORG" and _FORMER_EMPLOYER.search(text, max(0, match.start - 4), match.start)
            ):
                continue  # 原蔚来自动驾驶…: after 原/曾任 a known company is that company however it is cut
        found.append(Mention(match.start, match.end, match.type, match.name, GAZETTEER))
    by_token = gazetteer.token_names
    if by_token:
        # Counties and districts are ns tokens (gazetteer_words tags them so); ``places`` lists the
        # candidate place tokens when the caller has them (find_mentions), saving a pass.
        for i in range(len(tokens)) if places is None else places:
            token = tokens[i]
            if token.pos == "ns":
                known = by_token.get(token.text)
                if known:
                    found.append(Mention(token.start, token.end, known[1], known[0], GAZETTEER))
    return found


_FORMER_EMPLOYER = re.compile(r"(?:原|前|曾任|曾在|任职于|就职于|供职于|来自)$")


def _aligned(starts: list[int], start: int, end: int) -> bool:
    """Both ends of a span fall on token boundaries (``starts`` is sorted)."""
    i = bisect_left(starts, start)
    if i == len(starts) or starts[i] != start:
        return False
    j = bisect_left(starts, end, i)
    return j == len(starts) or starts[j] == end


#: A known medium followed by one of its channels is that channel, one organisation: 新浪 + 乐居,
#: 新浪 + 科技, 凤凰网 + 财经 (新浪乐居, 新浪科技 are named as sources in general news).
_CHANNELS = _words("网 房产 乐居 科技 体育 财经 娱乐 汽车 新闻 游戏 视频 音乐 教育 地产 健康 时尚 读书")


_CHANNEL = re.compile("|".join(longest_first(_CHANNELS)))


def channel_mentions(text: str, tokens: list[Token], known: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    starts: dict[int, Token] | None = None  # built only when a channel word follows a known name
    found = []
    for mention in known:
        # Media only: 商汤 + 教育 is 商汤科技's education business, one organisation with it.
        if (
            mention.type == "ORG"
            and mention.end - mention.start <= 4
            and _CHANNEL.match(text, mention.end)
            and gazetteer.groups.get(mention.name or "") == "media"
        ):
            if starts is None:
                starts = {t.start: t for t in tokens}
            after = starts.get(mention.end)
            if after is not None and after.text in _CHANNELS:
                found.append(Mention(mention.start, after.end, "ORG", None, GAZETTEER))
    return found
