"""People: a name after a title or a role (副市长吴清, 作家鲁迅), before a verb of saying (宋建新认为),
from the segmenter's person tags when the name looks like one, transliterated foreign names
(埃隆·马斯克, 贝尔巴托夫), Latin names in a person's context, and forms of address (杨总) linked to
the article's one person with that surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from aiwatch.analyze.entities.lexicon import (
    _CJK,
    _DOTTED_TRANSLIT,
    _GLUED_SPEECH,
    _NOT_NAME_FINALS,
    _PERSON_POS,
    _PUNCT,
    COMPOUND_SURNAMES,
    HONORIFICS,
    NOT_NAMES,
    ROLE_TITLES,
    SURNAMES,
    TAG,
    TITLE,
    TITLE_BLOCK,
    Mention,
    _is_chinese_name,
    _is_translit_name,
    _words,
    longest_first,
    taken_mask,
)
from aiwatch.analyze.entities.products import _MODEL_NAME
from aiwatch.analyze.segment import Token

# 让-吕克·佩兰: a hyphen joins the parts of a French given name.
_FOREIGN_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,6}(?:-[\u4e00-\u9fff]{1,6})?(?:·[\u4e00-\u9fff]{1,8}(?:-[\u4e00-\u9fff]{1,6})?)+"
)


def _name_after(tokens: list[Token], j: int, strict: bool = False) -> tuple[int, int] | None:
    """A person's name starting at token ``j`` (陈荣标, or 陆 + 晓春 when jieba cut it)."""
    if j >= len(tokens):
        return None
    first = tokens[j]
    if _is_chinese_name(first.text) and len(first.text) == 2 and j + 1 < len(tokens):
        # 老伴石粉/n 兰/nr 今年: a one-character given name left apart, then a boundary.
        rest = tokens[j + 1]
        after = tokens[j + 2] if j + 2 < len(tokens) else None
        if (
            len(rest.text) == 1
            and rest.pos in ("nr", "ng", "n", "tg", "g")  # 柯文/nz 钊/g 为: 钊 is no word of its own
            and _CJK.match(rest.text)
            and rest.text not in HONORIFICS
            and (after is None or after.pos in _NOT_GIVEN_POS or after.pos in ("v", "x") or _PUNCT.match(after.text))
            and _is_chinese_name(first.text + rest.text)
        ):
            return first.start, rest.end
    if strict and first.pos not in _PERSON_POS:
        return None  # after a role word (演员, 业主) only a word tagged as a name: not 演员成名
    if _is_chinese_name(first.text) or (first.pos in ("nr", "nrfg", "nrt") and _is_translit_name(first.text)):
        return first.start, first.end
    if len(first.text) == 1 and first.text in SURNAMES and j + 1 < len(tokens):
        rest = tokens[j + 1]
        if (
            1 <= len(rest.text) <= 2
            and _CJK.match(rest.text)
            and rest.text not in TITLE_BLOCK
            and rest.text not in HONORIFICS  # 业主侯/nr 女士: a form of address
            and rest.pos != "v"
        ):
            return first.start, rest.end
    return None


def title_mentions(
    tokens: list[Token], titles: frozenset[str], candidates: Iterable[int] | None = None
) -> list[Mention]:
    """上海市委书记李强, 副市长吴清 (name after the title); 李强书记 (name before it)."""
    found = []
    for i in range(len(tokens)) if candidates is None else candidates:
        token = tokens[i]
        if token.text not in titles and token.text not in _ROLE_WORDS:
            continue
        span = _name_after(tokens, i + 1, strict=token.text not in titles)
        if span:
            found.append(Mention(span[0], span[1], "PER", None, TITLE))
        if i > 0:
            before = tokens[i - 1]
            # 明星/nr 选手 and 荣誉/nr 选手: two-character dictionary "names" are words (see below).
            suspect = before.pos == "nr" and len(before.text) == 2 and before.text in dictionary_nr_words()
            if before.pos in ("nr", "nrfg") and _is_chinese_name(before.text) and not suspect:
                found.append(Mention(before.start, before.end, "PER", None, TITLE))
    return found


@cache
def dictionary_nr_words() -> frozenset[str]:
    """Words jieba's own dictionary tags ``nr``: mostly not names (蓝图 333 nr, 关怀 697 nr).

    A name jieba does not know (彭小军, 方世忠) is tagged ``nr`` by its HMM, from the context: that
    tag is worth trusting; the dictionary's is not.  ``nrfg`` (李强 nrfg) is kept apart and trusted.
    """
    try:
        text = (resources.files("jieba") / "dict.txt").read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError):
        return frozenset()
    return frozenset(m.group(1) for m in re.finditer(r"^(\S+) \d+ nr$", text, re.MULTILINE))


# Words that may stand between a name and its verb of saying: 刘中山同时证实, 王强也表示.
_BETWEEN_NAME_AND_VERB = _words("也 还 则 又 曾 同时 随后 当时 此前 昨天 今天 昨日 日前 近日 再次 进一步 对此 对记者")


def _speaks_or_titled(tokens: list[Token], i: int) -> bool:
    """Evidence that a dictionary word used as a name is a person here: a verb of saying after it
    (maybe past one adverb), a form of address (先生) after it, or a title or role before it."""
    after = i + 1
    if after < len(tokens) and tokens[after].text in _BETWEEN_NAME_AND_VERB:
        after += 1
    if after < len(tokens) and (tokens[after].text in SPEECH_VERBS or tokens[after].text in HONORIFICS):
        return True
    return i > 0 and tokens[i - 1].text in _ROLE_WORDS


#: Role words right before a name: 作家鲁迅, 球员梅森, 画家徐悲鸿 (the titles table covers 书记, 教授).
_ROLE_WORDS = _words(
    "作家 诗人 画家 导演 演员 歌手 球员 主帅 教练 主教练 前锋 后卫 门将 队长 选手 老板 记者 律师 医生 专家 学者 "
    "总统 总理 首相 国王 王子 公主 将军 元帅 皇帝 大师 先生 女士 同事 妻子 丈夫 儿子 女儿 父亲 母亲 老伴 市民 "
    "村民 业主 网友 董事长 总裁 经理 主任 书记 教授 院士 博士"
)


def tagged_person_mentions(tokens: list[Token], candidates: Iterable[int] | None = None) -> list[Mention]:
    """``nr`` tokens that also look like names: 彭小军 yes, 大力支持 / 养老院 / 蓝图 no."""
    found = []
    suspect = dictionary_nr_words()
    for i in range(len(tokens)) if candidates is None else candidates:
        token = tokens[i]
        if token.pos not in _PERSON_POS:
            continue
        text = token.text
        given = tokens[i + 1] if i + 1 < len(tokens) else None
        # Both parts tagged as a name: 芮/nr 明哲/nr, 阎/nr 嘉禾/nr (the surname table decides).
        if len(text) == 1 and given and given.pos == "nr" and _is_chinese_name(text + given.text):
            found.append(Mention(token.start, given.end, "PER", None, TAG))
            continue
        if len(text) == 1 and text in SURNAMES and i + 1 < len(tokens):
            # The model tags the surname alone and leaves the given name apart: 彭/nr 小军/n.
            rest = tokens[i + 1]
            if (
                1 <= len(rest.text) <= 2
                and _CJK.match(rest.text)
                and rest.pos in ("n", "nr", "ng", "x", "a", "nz")
                and rest.text not in HONORIFICS  # 朱/nr 博士/n is 朱博士, a form of address
            ):
                found.append(Mention(token.start, rest.end, "PER", None, TAG))
            continue
        # A two-character dictionary "name" is mostly a common word (蓝图, 关怀); three characters
        # after a surname are mostly real people the dictionary knows (蒋介石, 徐悲鸿).
        if (
            token.pos == "nr"
            and text in suspect
            and (len(text) < 3 or text[-1] in _NOT_NAME_FINALS)
            and not _speaks_or_titled(tokens, i)
        ):
            continue  # unless the word speaks or holds a title: 刘中山同时证实, 作家鲁迅
        if len(text) == 3 and text[-1] in _GLUED_SPEECH and _is_chinese_name(text[:2]):
            found.append(Mention(token.start, token.start + 2, "PER", None, TAG))
            continue
        chinese = token.pos != "nrt" and _is_chinese_name(text)
        foreign = len(text) >= 3 and _is_translit_name(text) and _person_context(tokens, i)
        if chinese or foreign:
            found.append(Mention(token.start, token.end, "PER", None, TAG))
    return found


_SPEECH = _words("表示 说 称 认为 指出 透露 介绍 强调 坦言 回忆 说道 告诉 先生 女士 教练 主帅")


def _person_context(tokens: list[Token], i: int) -> bool:
    """A transliterated word is a person only beside a verb of saying or a title: 奎罗斯表示.

    Alone it is as often a club or a place (尤文, 托莱多, 卡利亚里).
    """
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    before = tokens[i - 1].text if i > 0 else ""
    return after in _SPEECH or before in ("人", "演员", "导演", "球员", "主教练", "总统", "总理", "首相", "CEO")


#: Verbs of saying: the two or three characters before one, starting with a surname, are a name
#: even when jieba cut it apart (石粉/n 兰/nr 表示, 宋/nr 建新/v 认为, 张胜/nr 男/n 说).
SPEECH_VERBS = _words(
    "表示 说 称 认为 指出 透露 介绍 强调 坦言 告诉 说道 回忆 解释 建议 提到 坦承 直言 笑称 感叹 补充 承认 回应 "
    "呼吁 表态 谈到 提醒 分析 预计 证实 否认 宣布"
)
_NOT_GIVEN_POS = frozenset(
    {"u", "uj", "ul", "uz", "uv", "ud", "ug", "p", "c", "d", "r", "m", "q", "t", "f", "y", "e", "o"}
)


def speech_person_mentions(tokens: list[Token], candidates: Iterable[int]) -> list[Mention]:
    """A name cut apart by the segmenter, right before a verb of saying: 石粉兰表示, 宋建新认为.

    Only spans of two or more tokens are new here (a whole ``nr`` token is tagged_person_mentions'),
    and each token must be able to be part of a name (no particle, adverb, number, pronoun).
    """
    found = []
    for i in candidates:
        end = tokens[i].start
        best = None
        for j in range(i - 2, max(i - 4, -1), -1):
            if j < 0:
                break
            parts = tokens[j:i]
            if any(t.pos in _NOT_GIVEN_POS or t.text in TITLE_BLOCK for t in parts) or parts[0].text in NOT_NAMES:
                break
            name = "".join(t.text for t in parts)
            if len(name) > 4:
                break
            if len(parts[0].text) == 1 and parts[0].pos not in _PERSON_POS:
                continue  # 时/ng 家属 表示 is "then the family said"; 宋/nr 建新 认为 is a name
            if parts[-1].text in _ROLE_WORDS or parts[-1].text in HONORIFICS:
                continue
            if _is_chinese_name(name) and not (len(parts[-1].text) == 1 and parts[-1].text in _GLUED_SPEECH):
                best = (tokens[j].start, end)
        if best:
            found.append(Mention(best[0], best[1], "PER", None, TAG))
    return found


_SPEECH_AT = re.compile("|".join(longest_first(SPEECH_VERBS)))
_LATIN_TITLES = _words("CEO CTO COO CFO CIO CSO CMO CPO")


def titled_speaker_mentions(text: str, titles: frozenset[str]) -> list[Mention]:
    """A name of two to four characters between a title and a verb of saying is a person whatever
    the segmenter made of it: CTO欧阳晓光称 (晓光称 one token), CEO谭牧之表示 (之 a particle),
    创始人兼CTO闻人青称.  The title before it decides where the name starts."""
    found = []
    for verb in _SPEECH_AT.finditer(text):
        at = verb.start()
        for between in (*_BETWEEN_NAME_AND_VERB, ""):  # 李立也表示: 也 is no part of the name
            if between and not text.startswith(between, at - len(between)):
                continue
            end = at - len(between)
            span = next((n for n in (4, 3, 2) if _titled_name(text, end - n, end, titles)), 0)
            if span:
                found.append(Mention(end - span, end, "PER", None, TITLE))
                break
    return found


def _titled_name(text: str, start: int, end: int, titles: frozenset[str]) -> bool:
    if start < 2 or not _is_chinese_name(text[start:end]):
        return False
    if any(text[start - k : start + 1] in titles for k in range(1, 8)):
        return False  # 董事|长孙某某 (a compound surname): the title is 董事长, the name starts after it
    return any(text[start - k : start] in titles or text[start - k : start] in _LATIN_TITLES for k in range(2, 9))


def surnames_written_alone(text: str, chosen: list[Mention]) -> list[Mention]:
    """The surname of a foreign name written with a middle dot (某特凡·贝某尔), written alone later
    (贝某尔在该领域从业18年), is that person however the sentence goes on; two characters or more, and
    not inside another mention."""
    surnames = {
        text[m.start : m.end].rsplit("·", 1)[1]
        for m in chosen
        if m.type == "PER" and "·" in text[m.start : m.end]
    }
    surnames = {name for name in surnames if len(name) >= 2 and _CJK.match(name)}
    if not surnames:
        return []
    taken = taken_mask(chosen, len(text))
    found = []
    for name in surnames:
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if not any(taken[at:end]) and "·" not in text[max(0, at - 1) : end + 1]:
                found.append(Mention(at, end, "PER", None, TAG))
            at = text.find(name, end)
    return found


def address_mentions(text: str, chosen: list[Mention]) -> list[Mention]:
    """杨总, 李书记, 王先生 linked to the article's one full name with that surname (杨帆, 李强).

    The mention carries the full name as its canonical name, so it merges with that person; a form
    of address with no such person (or two: 李强 and 李明) names no one and is left out.
    """
    people: dict[str, set[str]] = {}
    for mention in chosen:
        if mention.type == "PER":
            name = mention.name or text[mention.start : mention.end]
            if _CJK.match(name) and 2 <= len(name) <= 4:
                surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[0]
                people.setdefault(surname, set()).add(name)
    if not people:
        return []
    taken = taken_mask(chosen, len(text))
    found = []
    for match in _ADDRESS.finditer(text):
        surname = match.group("surname")
        names = people.get(surname)
        if not names or len(names) != 1 or any(taken[match.start() : match.end()]):
            continue
        # 李总 in 李总理 or 王老 in 王老吉: the form must not run on into a longer word.
        after = text[match.end() : match.end() + 1]
        if match.group("form") in _SHORT_FORMS and after and _CJK.match(after) and after not in _AFTER_FORM:
            continue
        found.append(Mention(match.start(), match.end(), "PER", next(iter(names)), TAG))
    return found


_SHORT_FORMS = frozenset(h for h in HONORIFICS if len(h) == 1)
# What may follow a one-character form: 杨总表示, 李董说, 王总的.
_AFTER_FORM = frozenset("说称表认指介透强坦告的在是和与也就都还已曾将对则")
_ADDRESS = re.compile(
    "(?P<surname>"
    + "|".join(longest_first(COMPOUND_SURNAMES))
    + "|["
    + "".join(sorted(SURNAMES))
    + "])(?P<form>"
    + "|".join(longest_first(HONORIFICS))
    + ")"
)


_TRANSLIT_RUN_POS = frozenset({"nr", "nrt", "nrfg", "nz", "n", "ns", "x"})


def translit_person_mentions(tokens: list[Token], candidates: Iterable[int], covered: set[int]) -> list[Mention]:
    """A foreign name jieba cut in two: 贝尔/nr 巴托夫/nr, 雷德/nr 克纳普/nr, 莱德/nrt 利/n.

    The run starts at a person-tagged token, every token sounds foreign, and it is three to
    eight characters long; a run touching a known name (乌迪内 + 博 of 博洛尼亚) is left alone.
    """
    found = []
    last_end = -1
    for i in candidates:
        if tokens[i].start < last_end or not _is_translit_name(tokens[i].text) or tokens[i].start in covered:
            continue
        k = i
        while (
            k + 1 < len(tokens)
            and tokens[k + 1].pos in _TRANSLIT_RUN_POS
            and tokens[k + 1].start not in covered
            and _CJK.match(tokens[k + 1].text)
            and _is_translit_name(tokens[k + 1].text + "阿")  # one letter is enough here: 利 of 莱德利
            and tokens[k + 1].end - tokens[i].start <= 8
        ):
            k += 1
        # …利亚/…尼亚 end places and clubs (森普多利亚, 加利西亚), not people.
        if k > i and tokens[k].end - tokens[i].start >= 3 and not tokens[k].text.endswith("亚"):
            found.append(Mention(tokens[i].start, tokens[k].end, "PER", None, TAG))
            last_end = tokens[k].end
    return found


_VERB_AFTER_NAME = re.compile(r"加入|加盟|表示|介绍|指出|认为|透露|强调|担任|出任|提出|带领|负责|说|称")


def foreign_name_mentions(text: str) -> list[Mention]:
    """埃隆·马斯克: transliterated names joined by a middle dot (Uyghur names too, whose first part
    may be a long given name of several characters)."""
    if "·" not in text:
        return []
    found = []
    for m in _FOREIGN_NAME.finditer(text, max(0, text.index("·") - 6)):
        start = m.start()
        # 首席执行官让-吕克·佩兰: the words run into the name's first part
        while start < m.end() and text[start] not in _DOTTED_TRANSLIT and text[start] not in "·-":
            start += 1
        end = m.end()
        last = text.rindex("·", start, end) + 1
        if not _is_translit_name(text[start:end]):
            # 某某·某某介绍: a verb of saying or joining ends the name (梅塔加入: 加 can be a name's, but not before 入)
            end = next((at for at in range(last + 2, end) if _VERB_AFTER_NAME.match(text, at)), end)
        surface = text[start:end]
        letters = surface.replace("·", "").replace("-", "")
        if end - start >= 3 and end - last >= 2 and (
            _is_translit_name(surface) or (surface[0] != "·" and all(ch in _DOTTED_TRANSLIT for ch in letters))
        ):
            found.append(Mention(start, end, "PER", None, TAG))
    return found


# Latin names of people beside a role or a verb of saying: Jonas Andrulis表示, CTO Mira Murati.
_LATIN_PERSON = re.compile(
    r"(?<![A-Za-z-])[A-Z][a-z]{1,12}(?:-[A-Z][a-z]{1,12})? (?:[A-Z]\. )?[A-Z][a-z]{1,15}(?![A-Za-z])"
)
_LATIN_PERSON_CONTEXT = re.compile(
    r"表示|称|说|指出|认为|透露|介绍|创始人|首席|CEO|CTO|COO|总裁|董事长|总经理|教授|博士|科学家|负责人|先生|女士"
)


def latin_person_mentions(text: str) -> list[Mention]:
    found = []
    for m in _LATIN_PERSON.finditer(text):
        around = text[max(0, m.start() - 8) : m.start()] + "|" + text[m.end() : m.end() + 6]
        # Lumera Systems首席执行官Daniel Koh: the name before a company title is the company.
        titled = any(text.startswith(title, m.end()) for title in ROLE_TITLES)
        if _LATIN_PERSON_CONTEXT.search(around) and not _MODEL_NAME.match(m.group()) and not titled:
            found.append(Mention(m.start(), m.end(), "PER", None, TAG))
    return found


# A verb right after 和: 和 is no conjunction there (it joins two nouns), it ends the name before it.
_HE_THEN_VERB = re.compile(r"和(?:出任|担任|接任|就任|兼任|加盟|加入|表示|指出|介绍|认为|强调|透露|说|称)")


def names_ending_in_he(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person of a surname and one character cut before 和 where a verb follows it: the name is the
    three characters (副秘书长某某和出任…, 某某和表示 are one person, not 某某 and someone)."""
    out = []
    for m in mentions:
        if (
            m.type == "PER"
            and m.end - m.start == 2
            and text[m.start] in SURNAMES
            and _HE_THEN_VERB.match(text, m.end)
        ):
            m = Mention(m.start, m.end + 1, "PER", None, m.priority)
        out.append(m)
    return out


_LANGUAGE = r"[英日法德俄韩西葡意阿泰越中][文语]"
_LANGUAGE_LIST = re.compile(rf"{_LANGUAGE}(?:[、和及与]{_LANGUAGE})+")


def listed_with_nouns(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A person the model or the tags read inside a list of common nouns (覆盖玫瑰、某某、百合等品种:
    a flower jieba tags as a name) is none: the items on both sides of it are nouns (or 等 ends it);
    nor is a language listed with others (英文、日文和某文)."""
    if not any(m.type == "PER" and m.name is None for m in mentions):
        return mentions
    at = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}

    def noun(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i].pos == "n" and len(tokens[i].text) >= 2

    languages = {p for match in _LANGUAGE_LIST.finditer(text) for p in range(match.start(), match.end())}
    out = []
    for m in mentions:
        if m.type == "PER" and m.name is None and m.start in languages and m.end - 1 in languages:
            continue  # 支持英文、日文和某文: a language in a list of languages
        first, last = at.get(m.start), ends.get(m.end)
        if m.type == "PER" and m.name is None and first is not None and last is not None:
            left = first >= 2 and tokens[first - 1].text == "、" and noun(first - 2)
            after = tokens[last + 1].text if last + 1 < len(tokens) else ""
            right = (after == "、" and noun(last + 2)) or after == "等"
            if left and right:
                continue
        out.append(m)
    return out
