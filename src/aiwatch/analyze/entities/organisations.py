"""Organisations found by rule: a suffix after a proper name (德国复兴信贷银行, 齐感科技), registered
names with their legal form, local and national bodies, the name before a company title, datelines,
armed forces and leagues, investors and funds, young companies named after what they are, owned
units, facilities and bodies in quotes or after 位于, Latin company names and bodies with initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import chain

import ahocorasick

from aiwatch.analyze.entities.lexicon import (
    _CJK,
    _COMPANY_WORDS,
    _GENERIC_BEFORE_KEJI,
    _INDUSTRY_SUFFIXES,
    _JOINERS,
    _LEGAL_FORMS,
    _NAME_PART_POS,
    _PERSON_POS,
    _PROPER_POS,
    _PUNCT,
    ROLE_TITLES,
    SUFFIX,
    TAG,
    TITLE_BLOCK,
    TRANSLIT,
    Mention,
    _place_word,
    _suffix_of,
    _word_list,
    _words,
    site_verb_after_places,
)
from aiwatch.analyze.entities.people import _LATIN_TITLES, _NOT_GIVEN_POS
from aiwatch.analyze.entities.products import _MODEL_NAME, _NOT_PRODUCTS, _PLAN_HINT, _PRODUCT_NOUN
from aiwatch.analyze.gazetteer import Gazetteer
from aiwatch.analyze.segment import Segmenter, Token

# A place followed by one of these is an organisation: 浙江省政府, 美国海军, 意大利文化遗产部 (the
# suffix finder handles the last; these are whole words jieba keeps apart from the place).
_GOVERNMENT_AFTER = re.compile(
    r"(?:人民政府|市政府|省政府|区政府|县政府|政府|市委|省委|区委|县委|党委|海军陆战队|海军|空军|陆军|军方|"
    r"国防部|外交部|国务院|国会|议会|参议院|众议院|大使馆|领事馆|使馆|警方)"
)


# Generic heads that are not a company's name: 公司创始人, 该公司副总裁, 独角兽企业CEO.
_GENERIC_ORG_WORDS = _words(
    "公司 企业 集团 该 本 其 平台 团队 项目 我们 他们 独角兽 初创 创业 人工智能 行业 业内 全球 国内 国际 中国 "
    "上市 旗下 母公司 子公司 机构 媒体 网站 品牌 厂商 巨头 龙头 头部 新创 该行 银行 基金 产品 技术 研发 营销 市场 销售 "
    "资深 高级 执行 常务 研究 产品 运营 财务 人力 人力资源 法务 工程 战略 业务 商务 品牌 设计 采购 公关 行政 "
    "医学 临床 科学 安全 供应链 客户 首席 新任 现任 时任 继任 候任 原 前"
)
# Short names too common to stand for one company on their own.
_COMMON_SHORT = (
    _GENERIC_ORG_WORDS | _GENERIC_BEFORE_KEJI | _words("上海 北京 中国 全国 国家 人民 中央 地方 智能 信息 技术")
)
_ROLE_NAME_POS = frozenset({"n", "nz", "ns", "nt", "x", "eng", "j", "a", "nrt", "ng", "vn", "b"})


_FORMER = _words("原 前 时任 现任 曾任")


def _latin_gap(tokens: list[Token], k: int) -> bool:
    """The space inside a Latin name (Lumera Systems): Latin words on both sides."""
    return (
        tokens[k].text == " "
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].text.isascii()
        and tokens[k - 1].text.isalpha()
        and tokens[k + 1].text.isascii()
        and tokens[k + 1].text.isalpha()
    )


def role_org_mentions(tokens: list[Token], candidates: Iterable[int], covered: set[int]) -> list[Mention]:
    """The name before a company title is an organisation: 极佳视界创始人, 星环智联创始人兼CEO."""
    found = []
    for i in candidates:
        if tokens[i].text not in ROLE_TITLES:
            continue
        j = i
        while (
            j > 0
            and i - j < 4
            and tokens[j - 1].pos in _ROLE_NAME_POS
            and tokens[j - 1].text not in _GENERIC_ORG_WORDS
            and (not _PUNCT.match(tokens[j - 1].text) or _latin_gap(tokens, j - 1))
        ):
            j -= 1
        if j < i and tokens[j].text in _FORMER:
            j += 1  # 原腾讯云副总裁: the company is 腾讯云, 原 says he was
        if j == i - 1 and tokens[j].text in _COMPANY_WORDS:
            # 云帆/nr 机器人 总经理: a name the segmenter took for a person, then what the company does;
            # the word alone (机器人总经理) names no company.
            before = tokens[j - 1] if j > 0 else None
            generic = before is None or before.text in _GENERIC_ORG_WORDS or before.start in covered
            if not generic and _weak_keji_name(before):
                j -= 1
            else:
                continue
        start, end = tokens[j].start, tokens[i].start
        if j == i or all(p in covered for p in range(start, end)):
            continue  # nothing before the title, or a name the gazetteer knows (商汤科技联合创始人)
        longest = 30 if tokens[j].text.isascii() else 10  # Orvane Robotique首席执行官
        if not 2 <= end - start <= longest or (i - j == 1 and tokens[j].pos == "ns"):
            continue  # 上海董事长 is not a company; a one-word place before a title never is
        if tokens[i - 1].text[-1] in "部处科室组":
            continue  # 金融机构部总经理: a department, not the company
        found.append(Mention(start, end, "ORG", None, SUFFIX))
    return found


def _is_name_part(token: Token, titles: frozenset[str]) -> bool:
    if token.text in titles or _PUNCT.match(token.text) or token.text in TITLE_BLOCK or token.text in _JOINERS:
        return False
    return token.pos in _NAME_PART_POS or token.pos.startswith("n")


def org_suffix_mentions(
    tokens: list[Token],
    titles: frozenset[str],
    gazetteer_spans: set[int],
    candidates: Iterable[int] | None = None,
    gazetteer_places: Gazetteer | None = None,
) -> list[Mention]:
    """德国复兴信贷银行, 上海浦江星河联谊会, 齐感科技: a suffix after tokens that start with a proper name."""
    found = []
    for i in range(len(tokens)) if candidates is None else candidates:
        token = tokens[i]
        suffix = _suffix_of(token.text)
        if suffix is None:
            if token.pos == "nt" and _place_led(token.text, gazetteer_places) and token.text[-1] not in "区处馆":
                # jieba knows it as an organisation and it starts with a place: 中国邮政/nt, 美国陆军/nt.
                # Alone the tag is not enough: 公共场所, 科研院所, 联谊会 are nt in its dictionary.
                found.append(Mention(token.start, token.end, "ORG", None, TAG))
            continue
        own_prefix = len(token.text) > len(suffix)
        if suffix in _INDUSTRY_SUFFIXES:
            # 齐感科技, 小蚁科技: one unknown word before 科技; 上海科技, 全球科技, 金融科技 are not names.
            if own_prefix or i == 0 or not _weak_keji_name(tokens[i - 1]) or tokens[i - 1].start in gazetteer_spans:
                continue
            found.append(Mention(tokens[i - 1].start, token.end, "ORG", None, SUFFIX))
            continue
        j = i
        legal = suffix in _LEGAL_FORMS and token.text == suffix
        most, longest = 5, 18
        if legal and _bracketed_form(tokens, i):
            j, most, longest = i - 3, 8, 24  # 国有资产控股（集团）有限公司: the bracketed form is part of the name
        while (
            j > 0
            and i - j < most
            and token.end - tokens[j - 1].start <= longest
            and (_is_name_part(tokens[j - 1], titles) or (legal and _legal_name_part(tokens[j - 1], titles)))
        ):
            j -= 1
        if legal:
            j = _opening_place_and_bracket(tokens, j, i, titles)
            j = _registered_name_start(tokens, j, i)
            start = tokens[j].start
            for k in range(i - 1, j, -1):
                # 某某研究所|与蓉/j|芯智农|科技有限公司: jieba glued the conjunction to the second name
                glued = tokens[k].text
                if (
                    len(glued) >= 2
                    and glued[0] in "与和及同"
                    and tokens[k].pos not in ("c", "p")
                    and _suffix_of(tokens[k - 1].text) is not None
                ):
                    j, start = k, tokens[k].start + 1
                    break
                if len(glued) >= 3 and glued[0] == "企" and len(tokens[k - 1].text) == 1 and k - 1 >= j:
                    # 鞋|企鸿步|鞋业有限公司: 鞋企 (车企, 药企) says what the company is, jieba glued its
                    # 企 to the name; the name starts after it
                    j, start = k, tokens[k].start + 1
                    break
            if j < i:
                found.append(Mention(start, token.end, "ORG", None, SUFFIX))
            continue
        site = site_verb_after_places(tokens, j, i)
        if site is not None:
            # 在某市|建设|某某实验室, 在某区|建设|华东服务中心: what is built is described, not named;
            # a name (在某市建设某某研究院) starts right after the verb with a proper name of no place.
            j = site + 1
            if j == i or _place_word(tokens[j]):
                continue
            if not (tokens[j].pos in _PROPER_POS or tokens[j].start in gazetteer_spans):
                continue
        # Start at the first proper name: 国内银行 has none, 德国复兴信贷银行 starts at 德国, and
        # 中国戏曲/n 学会 at the word that opens with a known place.
        while j < i and not (
            tokens[j].pos in _PROPER_POS
            or tokens[j].start in gazetteer_spans
            or _place_led(tokens[j].text, gazetteer_places)
        ):
            j += 1
        # One word alone must be one jieba knows as an organisation (利物浦队 nt) or start with a
        # known name (公安部经济犯罪侦查局), not a domain term that ends in a suffix (三甲医院).
        if j == i and not (own_prefix and (token.pos == "nt" or token.start in gazetteer_spans)):
            continue
        if j == i and token.text[: -len(suffix)] in _GENERIC_ORG_HEADS:
            continue  # 商业银行, 外资银行, 中介公司 are kinds of organisation, not names
        if not own_prefix and len(suffix) == 1 and (i - j != 1 or tokens[j].pos not in _PROPER_POS):
            continue  # 利物浦 + 队 yes; 国家 + 队 or a longer run + 局 no
        end = token.end
        if token.text[-1] in _DEPARTMENT_FINALS:
            # 北京国华置业有限公司公关部: the organisation is the company, 公关部 is inside it.
            for k in range(i - 1, j, -1):
                if tokens[k].text.endswith(_COMPANY_FINALS):
                    end = tokens[k].end
                    break
        start = tokens[j].start
        if len(tokens[j].text) >= 3 and tokens[j].text[0] in _GLUED_FUNCTION and tokens[j].pos in _PERSON_POS:
            start += 1  # 由林达/nr 集团: jieba glued the preposition to an unknown name
        found.append(Mention(start, end, "ORG", None, SUFFIX))
    return found


_GENERIC_ORG_HEADS = _words(
    "商业 国有 外资 中资 合资 民营 私营 股份制 地方 大型 中小 小型 城市 农村 投资 中介 相关 有关 主管 监管 行业 "
    "各大 多家 一家 这家 该 本 上市 国内 海外 境外 外国 博彩 经纪 中小型 大中型 国家 各 两 "
    "公立 私立 三甲 综合 专科 社区 基层 定点 省级 市级 县级 联合 加盟 合作 关联 参股 全资 "
    # kinds of school or kindergarten: 公办幼儿园, 普惠性幼儿园, 示范性高中
    "公办 民办 普惠 普惠性 示范 示范性 寄宿制"
)
# One-character words jieba glues to the unknown name after them: 由林达, 了泽东.
_GLUED_FUNCTION = frozenset("由了在向把被将从")


_DEPARTMENT_FINALS = frozenset("部处科室组")
_COMPANY_FINALS = ("公司", "集团", "银行", "地产", "置业", "证券")


_VERBS_BEFORE_COMPANY = _words(
    "成立 注册 收购 入股 投资 设立 创办 创立 组建 控股 并购 起诉 注销 委托 通过 包括 属于 位于 来自 加入 离开 任职 "
    "就职 担任 旗下 其中 例如 比如 如 像 即 系 为 是 和 与 及 或 名为 名叫 叫 叫做 称为 更名为 改名为 命名为 注册为 "
    # a deal's verbs before its other party: 宣布获得某某控股集团有限公司…投资, 交付某某邮轮有限公司
    "宣布 获得 获 交付 引进 携手 牵手 中标 授予 颁发 领投 跟投 参投 增资 出资"
)
# What a company is, written before its registered name: 芯片企业上海星河智能科技有限公司.
_DESCRIPTION_WORDS = _words("企业 公司 厂商")
# What a company does in the trade, ending in 商 (芯片供应商, 卫星数据服务商, 灵巧手研发商): never part of
# the name after it, whatever follows (a registered name's 企业 may be: 华信企业管理咨询有限公司).
_TRADE_STEMS = (
    "供应|服务|运营|制造|开发|提供|研发|设备|集成|承包|经销|代理|零售|生产|出口|方案|器件|模组|整车|材料"
    "|芯片|软件|硬件|电池|终端|零部件|传感器|机器人|无人机|模型"
)
_TRADE_WORDS = frozenset(f"{stem}商" for stem in _TRADE_STEMS.split("|"))
# The segmenter glues the trade word's 商 to the name after it (研发/商速/镭): the name starts after 商.
_GLUED_TRADE = re.compile(rf"(?:{_TRADE_STEMS})$")


_BRACKETED_FORMS = _words("集团 控股 股份 中国 香港 上海 北京 深圳")


def _bracketed_form(tokens: list[Token], i: int) -> bool:
    """（集团）, (控股) right before 有限公司 at ``i``: a bracket, the form, the closing bracket."""
    return (
        i >= 4
        and tokens[i - 3].text in ("（", "(")
        and tokens[i - 2].text in _BRACKETED_FORMS
        and tokens[i - 1].text in ("）", ")")
    )


# 局向, 委与: jieba glues a body's last character to the word after it; a name after it starts there.
_GLUED_AFTER_BODY = re.compile(r"^[局委厅部办院会司所][向与和对由给为]$")


def _registered_name_start(tokens: list[Token], j: int, i: int) -> int:
    """Where a registered name (…有限公司 at ``i``) starts in the run ``tokens[j:i]``: after the verbs
    that introduce it (成立了, 名为 华信企业管理咨询有限公司) and after a description of what the
    company is (企业 上海星河智能科技有限公司: a registered name starts with its place, not with the
    word for a company; 华信企业管理 keeps its 企业, which no place follows)."""
    for k in range(i - 1, j - 1, -1):
        if _GLUED_AFTER_BODY.match(tokens[k].text):
            j = k + 1  # 交通运输局向深圳某某科技有限公司发放: the company starts after 局向
            break
    while j < i and (tokens[j].text in _VERBS_BEFORE_COMPANY or tokens[j].text in _DESCRIPTION_WORDS):
        j += 1
    for k in range(i - 1, j, -1):
        if tokens[k - 1].text in _TRADE_WORDS:
            return k  # 卫星数据服务商 + 星瞰遥感科技集团股份有限公司
    for k in range(i - 1, j, -1):
        if tokens[k - 1].text.endswith(tuple(_DESCRIPTION_WORDS)) and tokens[k].pos == "ns":
            return k
    for k in range(i - 1, j, -1):
        if tokens[k - 1].pos == "v" and tokens[k].pos in _PROPER_POS:
            # 在上海交付|东某邮轮有限公司: a verb before a proper name is the sentence's, and the name
            # starts with that proper name (a name's own verb is followed by a common word: 某某跳动科技)
            return k
    return j


def _place_led(text: str, places: Gazetteer | None) -> bool:
    """中国邮政, 美国陆军, 北京保利: a known place, then at least two more characters."""
    if places is None or len(text) < 4 or _CJK.match(text) is None:
        return False
    for size in (2, 3):
        known = places.resolve(text[:size])
        if known and known[1] == "LOC" and len(text) - size >= 2:
            return text[size:] not in _GENERIC_AFTER_PLACE  # 美国市场/nt is a market, not a body
    return False


_GENERIC_AFTER_PLACE = _words(
    "市场 经济 政府 方面 企业 公司 社会 地区 行业 产业 资本 人民 民众 军队 政策 文化 历史 专利 技术 科技 新闻"
)


# Time words that are names' words too: 未来, 现代, 当代 (北京某某未来科技有限公司, 某某现代农业有限公司).
_TIME_WORDS_IN_NAMES = frozenset({"未来", "现代", "当代", "近代", "世纪", "千秋", "古今"})


_OPENING, _CLOSING = ("(", "（"), (")", "）")


def _opening_place_and_bracket(tokens: list[Token], j: int, i: int, titles: frozenset[str]) -> int:
    """Where a registered name ending at ``i`` starts when the walk back stopped at a bracketed place
    inside it (某某智造(江西)科技有限公司) or at 和 after the place it opens with (北京和某某科技有限公司)."""
    # (苏州)有限公司 right before the legal form is extended_registered_names' case (spans.py).
    while (
        4 <= j < i and tokens[j - 1].text in _CLOSING and tokens[j - 3].text in _OPENING and tokens[j - 2].pos == "ns"
    ):
        k = j - 3
        while k > 0 and i - k < 10 and _legal_name_part(tokens[k - 1], titles):
            k -= 1
        if k == j - 3:
            break
        j = k
    if (
        j >= 2
        and tokens[j - 1].text == "和"
        and tokens[j - 2].pos == "ns"
        and tokens[j].pos != "ns"  # 北京和上海某某有限公司: two places, the name starts at the second
        and (j == 2 or not _legal_name_part(tokens[j - 3], titles))
    ):
        j -= 2  # a place alone is no party of a company's deal: 北京|和|某某 is one name
    return j


def _legal_name_part(token: Token, titles: frozenset[str]) -> bool:
    """Any word may be part of a registered company name except function words and titles."""
    return (
        _CJK.match(token.text) is not None
        and (token.pos not in _NOT_GIVEN_POS or token.text in _TIME_WORDS_IN_NAMES)
        and token.text not in titles
        and token.text not in TITLE_BLOCK
        and token.text not in _JOINERS
        and not (len(token.text) == 1 and token.pos == "v")
    )


def _weak_keji_name(token: Token) -> bool:
    """小蚁科技, 黑瞳科技: one short unknown word before 科技, not a generic one (金融科技)."""
    return (
        2 <= len(token.text) <= 3
        and _CJK.match(token.text) is not None
        and token.text not in _GENERIC_BEFORE_KEJI
        and token.pos in ("n", "nz", "x", "nr", "nrt", "j", "ng")
    )


# Local government departments by their short names, with the level before them: 市住建委, 区信访办,
# 县公安局, 扶贫办.  jieba cuts them badly (市住/建委, 市/商务/委), so they are matched on the text.
_DEPARTMENT_STEMS = _word_list(
    "住建委 住房和城乡建设委 建委 商务委 发改委 教委 科委 经信委 规划委 卫健委 卫计委 国资委 农委 交委 "
    "信访办 扶贫办 住保办 侨办 台办 外办 金融办 应急办 "
    "房管局 林业局 公安局 公安分局 税务局 地税局 国税局 工商局 统计局 财政局 教育局 环保局 交通局 国土局 "
    "国土资源局 民政局 人社局 规划局 城管局 文化局 旅游局 商务局 卫生局 卫健局 质监局 药监局 物价局 "
    "市场监管局 住建局 水务局 农业局 铁路局 气象局 地震局 审计局 司法局 体育局 文旅局 "
    "派出所 交警支队 交警大队 消防支队 检察院 人民法院 中级人民法院 高级人民法院 "
    # the fire and rescue corps at each level (某省消防救援总队, 某市消防救援支队)
    "消防救援总队 消防救援支队 消防救援大队 消防救援站 "
    # Full names of city bodies, written with 市 before them: 市经济和信息化局, 市交通委员会.
    "经济和信息化局 经济和信息化委员会 经济和信息化厅 交通委员会 交通运输局 科学技术局 科学技术委员会 "
    "发展和改革委员会 发展改革委 商务委员会 教育委员会 卫生健康委员会 数据局 大数据局 政务服务和数据管理局 "
    # the standard bureaus and departments of every province, city and district (their names hold a
    # 和 the segmenter and the model cut at): 工业和信息化局, 人力资源和社会保障局, 财政厅.
    "工业和信息化局 工业和信息化厅 工业和信息化委员会 科学技术厅 发展和改革局 发展和改革委 人力资源和社会保障局 "
    "人力资源和社会保障厅 自然资源和规划局 自然资源局 自然资源厅 住房和城乡建设局 住房和城乡建设厅 生态环境局 "
    "生态环境厅 市场监督管理局 农业农村局 农业农村厅 文化和旅游局 文化和旅游厅 文化广电旅游局 商务厅 财政厅 "
    "教育厅 交通运输厅 民政厅 司法厅 审计厅 水利厅 水利局 应急管理局 应急管理厅 卫生健康局 卫生健康委 "
    "退役军人事务局 医疗保障局 地方金融监督管理局 金融工作局 数据资源管理局"
)


@cache
def _department_automaton() -> ahocorasick.Automaton:
    """One automaton for the stems: a regex alternation over the body cost 0.7 ms an article."""
    automaton = ahocorasick.Automaton()
    for stem in _DEPARTMENT_STEMS:
        automaton.add_word(stem, len(stem))
    automaton.make_automaton()
    return automaton


# A national administration, however its name runs (国家林业和草原局, 国家粮食和物资储备局): the
# segmenter and the model cut at its 和.
_NATIONAL_BODY = re.compile(r"国家[\u4e00-\u9fff]{2,10}?(?:总局|局|委员会|署)")
_NOT_IN_BODY_NAME = re.compile(r"[的了在是与及对为将把被从向给等，。也都]")


def national_bodies(text: str) -> list[Mention]:
    found = []
    if "国家" not in text:
        return found
    for match in _NATIONAL_BODY.finditer(text):
        surface = match.group()
        if _NOT_IN_BODY_NAME.search(surface) or _suffix_of(surface) is None:
            continue  # 国家层面的布局, 国家的大局: no body
        found.append(Mention(match.start(), match.end(), "ORG", None, SUFFIX))
    for match in _NATIONAL_GROUP.finditer(text):
        if not _NOT_IN_BODY_NAME.search(match.group()):
            found.append(Mention(match.start(), match.end(), "ORG", None, SUFFIX))
    return found


# 国家能源集团, 国家电网公司: a state group named by what it runs.
_NATIONAL_GROUP = re.compile(r"国家[\u4e00-\u9fff]{2,4}?(?:集团|公司)(?!的?(?:股份|股权))")


def department_mentions(text: str) -> list[Mention]:
    """市住建委, 区信访办, 房管局: a department's short name, with 市/区/县 when written before it.

    A place right before it joins it later (昌平区 + 建委 -> 昌平区建委, ``join_compounds``).
    """
    found = []
    for last, size in _department_automaton().iter(text):
        start = last + 1 - size
        if start and text[start - 1] in _LEVELS:
            # 向市住建委: the level is the department's; in 昌平区建委 the 区 ends the place before it.
            before = text[start - 2] if start > 1 else "，"
            if not _CJK.match(before) or before in _LEVEL_OPENERS:
                start -= 1
        found.append(Mention(start, last + 1, "ORG", None, SUFFIX))
    return found


_LEVELS = frozenset("省市区县镇乡")


# Single characters after which 市/区/县 starts a department's name: 向市住建委, 由区信访办.
_LEVEL_OPENERS = frozenset("向由据对与及和的是了将被在从经该本全各")


# A country's one-character short form (美 of 美国, 日 of 日本) starts names built on it: its armed
# forces (美军, 日军, 俄军) and its football leagues (英超, 意甲, 西甲联赛).  中 and 美 start too many
# ordinary words (其中超过, 美甲) to stand for a country before 超/甲/乙.
_COUNTRY_SHORT = "美日英德法俄苏意韩朝越印以伊叙土乌泰澳加荷葡"
_FORCES = re.compile(
    rf"(?:[{_COUNTRY_SHORT}]|盟|八路|新四|解放)军"
    # 美军事, 日军队, 英军官: 军 starts another word there.
    r"(?![事队人官工团区费校训民舰机港械火衔种籍营政委装备力用服品迷令演医属])"
)
_LEAGUES = re.compile(r"[英意西德法荷葡苏俄韩澳][超甲乙](?:联赛)?(?![级过出越标额市])")


# A news agency's dateline: 新华网圣地亚哥10月5日电, 人民网10月23日电, 新浪科技讯北京时间3月31日消息.
_DATELINE = re.compile(
    r"(?:^|(?<=[\n。！？]))[（(【]?(?:(?P<agency>[\u4e00-\u9fff]{1,6}?(?:网|社|报|台|客户端))[\u4e00-\u9fff]{0,6}"
    r"\d{1,2}月\d{1,2}日电|(?P<channel>[\u4e00-\u9fff]{2,8})讯(?=北京时间|[（(]|记者|\d{1,2}月))"
)


# The 讯 of a channel's dateline is no part of its name.
# ... and the closing bracket of a lead (【某某报讯】6月4日)
_DATELINE_XUN = re.compile(r"讯(?=北京时间|[（(]|记者|\d{1,2}月|[】\]])")


def dateline_mentions(text: str) -> list[Mention]:
    """The outlet that opens a story with its dateline is an organisation, known or not."""
    found = []
    for match in _DATELINE.finditer(text):
        group = "agency" if match.group("agency") else "channel"
        found.append(Mention(match.start(group), match.end(group), "ORG", None, SUFFIX))
    return found


# Leagues by their Latin initials, listed before what they are: ABL、XPL等联赛.
_LATIN_LEAGUES = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}(?:[、/和与及][A-Z]{2,6})*(?=等?(?:职业)?(?:联赛|杯赛|赛事))")
_LATIN_INITIALS = re.compile(r"[A-Z]{2,6}")


def forces_and_leagues(text: str) -> list[Mention]:
    """Organisations named by a country's short form: 美军, 八路军, 英超, 意甲联赛; leagues by their
    Latin initials before 联赛."""
    found = [Mention(m.start(), m.end(), "ORG", None, SUFFIX) for m in _FORCES.finditer(text)]
    found += [Mention(m.start(), m.end(), "ORG", None, SUFFIX) for m in _LEAGUES.finditer(text)]
    for listed in _LATIN_LEAGUES.finditer(text) if "赛" in text else ():
        for m in _LATIN_INITIALS.finditer(text, listed.start(), listed.end()):
            found.append(Mention(m.start(), m.end(), "ORG", None, SUFFIX))
    return found


# A bureau whose name joins two fields with 和 (林业和草原局, 文化和旅游厅, 工业和信息化委员会), whatever
# the fields: right after a place it is that place's bureau.
_JOINED_BUREAU = re.compile(r"[\u4e00-\u9fff]{2,4}和[\u4e00-\u9fff]{2,6}?(?:局|厅|委员会)")


def government_mentions(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """A place followed by 政府/市委: 浙江省政府, 杭州市委 are organisations; so is a place followed by a
    bureau that joins two fields (某旗林业和草原局)."""
    found = []
    for mention in mentions:
        if mention.type != "LOC":
            continue
        tail = _GOVERNMENT_AFTER.match(text, mention.end) or _JOINED_BUREAU.match(text, mention.end)
        if tail:
            found.append(Mention(mention.start, tail.end(), "ORG", None, SUFFIX))
    return found


# 法国机器人公司Orvane Robotique、…: a Latin name right after the kind of company it is.
_LATIN_ORG_AFTER_DESCRIPTION = re.compile(
    r"(?:公司|企业|厂商|巨头|集团|机构|实验室)(?P<name>[A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,3})"
    r"(?=[、，,。；（(与和及在于将已的是]|宣布|发布|表示|签|获|完成|首席|创始人"
    r"|前[\u4e00-\u9fff]{0,6}?(?:总监|总裁|总经理|经理|主管|负责人|首席|合伙人|工程师|研究员|科学家|高管))"
)


# 特效公司Northlight Studios担任…, 农业合作社CoopAgro Sul签署…, 配件商Corvane SA: a Latin name of two
# words or more right after what the organisation is, whatever follows it (one word may be a product
# or a post: 公司CEO).
_LATIN_NAME_AFTER_KIND = re.compile(
    r"(?:公司|企业|厂商|巨头|集团|机构|实验室|合作社|拍卖行|事务所|工作室|银行|交易所|协会|基金|平台|连锁"
    r"|[\u4e00-\u9fff]{1,3}商)"
    r"(?P<name>[A-Z][a-z][A-Za-z0-9.'-]*(?: (?:&|of|and|[A-Z][A-Za-z0-9&.'-]*)){1,4})(?![A-Za-z0-9])"
)


# Orvane Robotics Co., Ltd., Kestrel Systems Inc.: a Latin company named with its legal form.
_LATIN_LEGAL_NAME = re.compile(
    r"(?<![A-Za-z0-9&.'-])[A-Z][A-Za-z0-9&'-]*(?: [A-Z][A-Za-z0-9&'-]*){0,5},? "
    r"(?:Co\., ?Ltd\.|Co\., ?Limited|Pte\. Ltd\.|Ltd\.|Limited|Inc\.|Corp\.|Corporation|GmbH|AG|S\.A\.|LLC|PLC|N\.V\.)"
)


# 曾任职于Grab, 加盟Velari: a Latin name where one works is the organisation.
_LATIN_EMPLOYER = re.compile(
    r"(?:任职于|就职于|供职于|效力于|加盟|加入|离开|入职|曾任职|曾就职)"
    r"(?P<name>[A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,3})(?![A-Za-z0-9])"
)


# 旗下子公司某某汽车技术拟…, 旗下某某智造基金5亿元: the unit a company owns, named up to what it does.
_OWNED_UNIT = re.compile(
    r"(?:旗下的?(?:全资|控股)?(?:子公司)?|(?:全资|控股)子公司)"
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)"
    r"(?=拟|宣布|发布|推出|完成|获得|正式|近日|日前|\d+(?:\.\d+)?[亿万]|(?:联合|共同)?(?:领投|跟投|参投|出资))"
)
_NOT_UNIT = re.compile(
    r"^(?:拥有|包括|有|设有|共有|的|各|多|新)|^[^\u4e00-\u9fffA-Za-z]"
    r"|车型|产品|品牌|公司|企业|平台|业务|项目|工厂|门店|机构|系列|款"
)


def owned_unit_mentions(text: str) -> list[Mention]:
    found = []
    if "旗下" not in text and "子公司" not in text:
        return found
    for m in _OWNED_UNIT.finditer(text):
        name = m.group("name")
        if len(name) >= 3 and not _NOT_UNIT.search(name) and not name.isdigit():
            found.append(Mention(m.start("name"), m.end("name"), "ORG", None, SUFFIX))
    return found


# 加盟某某芯科，出任…: the company one joins, named before the post taken there.
_JOINED_COMPANY = re.compile(r"(?:加盟|加入)(?P<name>[\u4e00-\u9fff]{2,6})[，,](?:出任|担任|任职|任)")
# 据天眼查显示, 据某某研究院统计: the source a figure is read from.
_SOURCE = re.compile(r"据(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:信息|数据)?(?:显示|统计|数据显示|测算|发布的)")
_NOT_SOURCE = _words(
    "了解 介绍 悉 报道 统计 公告 测算 估算 调查 分析 官方 公司 企业 媒体 消息 数据 资料 不完全 初步 相关 业内 记者 "
    "财报 招股书 公开 市场 行业 机构 第三方 研究 平台 测试 官网 监测 现场 报告"
)


def joined_and_source_mentions(text: str, segmenter: Segmenter) -> list[Mention]:
    found = []
    for pattern in (_JOINED_COMPANY, _SOURCE):
        for m in pattern.finditer(text):
            name = m.group("name")
            if name in _NOT_SOURCE or name in _GENERIC_ORG_WORDS or segmenter.has_word(name):
                continue
            if any(name.startswith(w) for w in _NOT_SOURCE) or name.endswith(("公司", "企业")):
                continue
            if name[0] in "我你他她本该其各":
                continue  # 据我个人统计: a person speaking of himself
            found.append(Mention(m.start("name"), m.end("name"), "ORG", None, SUFFIX))
    return found


def latin_org_mentions(text: str) -> list[Mention]:
    found = [
        Mention(m.start("name"), m.end("name"), "ORG", None, SUFFIX)
        for m in _LATIN_EMPLOYER.finditer(text)
        if len(m.group("name")) >= 2 and m.group("name") not in _NOT_PRODUCTS
    ]
    for m in _LATIN_ORG_AFTER_DESCRIPTION.finditer(text):
        name = m.group("name")
        if (
            len(name) >= 3
            and name not in _NOT_PRODUCTS
            and not _MODEL_NAME.fullmatch(name)
            and name.split()[0] not in _LATIN_TITLES  # 该公司CEO Sam Altman: a post, then the person
        ):
            found.append(Mention(m.start("name"), m.end("name"), "ORG", None, SUFFIX))
    found += [Mention(m.start(), m.end(), "ORG", None, SUFFIX) for m in _LATIN_LEGAL_NAME.finditer(text)]
    found += [
        Mention(m.start("name"), m.end("name"), "ORG", None, SUFFIX)
        for m in _LATIN_NAME_AFTER_KIND.finditer(text)
        if not m["name"].endswith((" of", " and", " &"))
    ]
    return found


# 长沙市天使投资引导基金, 某某产业投资基金: a fund named after its place and purpose.
# ... and one named for what it funds (某省农业科技创新基金, 某市天使基金, 某某成果转化基金)
_FUND = re.compile(
    r"(?:引导基金|产业投资基金|产业基金|投资基金|发展基金|创投基金|母基金"
    r"|(?:创新|科技|创业|天使|种子|成果转化)基金)(?!会|经理)"
)
_FUND_STOP = frozenset("，。、；：,;:和与及由向对在为是的了（）()“”《》 \n")


def fund_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """A fund's name runs back from its kind (引导基金) to the place it starts with."""
    found = []
    for match in _FUND.finditer(text):
        start = match.start()
        while start > 0 and match.end() - start < 20 and text[start - 1] not in _FUND_STOP:
            start -= 1
        for at in range(start, match.start() - 1):
            size = next((n for n in (3, 2) if (gazetteer.resolve(text[at : at + n]) or ("", ""))[1] == "LOC"), 0)
            if size:
                found.append(Mention(at, match.end(), "ORG", None, SUFFIX))
                break
    return found


# A name in quotation marks says by its last word what it names: “某某联合实验室” is a body, “某某智能
#调度系统” a product.  Inside the quotes nothing else is a name of its own (东海港 of the system).
_QUOTED_NAME = re.compile(r"[“\"「]([\u4e00-\u9fffA-Za-z0-9（）()·-]{4,24})[”\"」]")
_QUOTED_BODY_END = re.compile(r"(?:实验室|研究院|研究所|研究中心|创新中心|研发中心|中心|基地|联盟|协会|学院)$")
_QUOTED_PRODUCT_END = re.compile(r"(?:系统|平台|大模型|模型|助手)$")
# 位于某地的某某基地/科学馆/产业园: the place says that what follows is somewhere, so a name.
_LOCATED_FACILITY = re.compile(
    r"位于[\u4e00-\u9fff]{2,12}?的(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,14}?"
    r"(?:基地|科学馆|博物馆|展览馆|体验馆|产业园|科技园|创新中心|研究院|实验室|智算中心|数据中心|智算港))"
    r"(?=[，。、将已于正在]|正式|揭牌|开馆|开园|建成|投用|启用)"
)
# A name of what a body or facility is, not its own: 联合实验室, 创新中心, 数据中心 alone.
_BARE_FACILITY = re.compile(
    r"^(?:第[一二三四五六七八九十\d]+|首个|新|总装|生产|制造|组装|运营|物流|仓储|联合|创新|研发|研究|数据|智算|计算"
    r"|示范|实训|培训|孵化|产业|中试|科研)*"
)


def quoted_and_located_mentions(text: str) -> list[Mention]:
    """“司法人工智能联合实验室” (a body), “东海港智能调度系统” (a product), 位于成都高新区的西部数据标注
    基地 (a body): names whose kind their last word says, where the quotes or 位于…的 mark them."""
    found = []
    for match in _QUOTED_NAME.finditer(text):
        name = match.group(1)
        if _BARE_FACILITY.match(name).end() >= len(name) - 3:
            continue  # “联合实验室”, “数据中心”: the kind alone
        if _QUOTED_BODY_END.search(name):
            found.append(Mention(match.start(1), match.end(1), "ORG", None, SUFFIX))
        elif _QUOTED_PRODUCT_END.search(name) and not _PLAN_HINT.search(name):
            found.append(Mention(match.start(1), match.end(1), "PRODUCT", None, SUFFIX))
    if "位于" in text:
        for match in _LOCATED_FACILITY.finditer(text):
            name = match.group("name")
            if _BARE_FACILITY.match(name).end() < len(name) - 3:
                found.append(Mention(match.start("name"), match.end("name"), "ORG", None, SUFFIX))
    return found


#: Words after which a proper name is an investor: 高榕资本, 北极光创投, 某某基金.
_INVESTOR_SUFFIXES = _words("资本 创投 基金 投资 资产 创业投资 风投")
_GENERIC_BEFORE_INVESTOR = _words(
    "社会 民间 风险 产业 国有 私募 外资 政府 引导 天使 股权 战略 对外 直接 固定 新增 基础 长期 短期 公募 "
    "专项 母 子 人民币 美元 该 本 其 多家 知名 头部 老股东 股东 机构 财务 海外 国际 国内 全球 科技 创新"
)
_INVESTOR_NAME_POS = frozenset({"nr", "nrfg", "nrt", "ns", "nz", "x", "j", "nt", "eng"})


def investor_mentions(tokens: list[Token], covered: set[int]) -> list[Mention]:
    """A proper name before 资本/创投/基金: 高榕/nr 资本 -> ORG 高榕资本 (not the person 高榕)."""
    found = []
    for i in range(1, len(tokens)):
        token, before = tokens[i], tokens[i - 1]
        if token.text not in _INVESTOR_SUFFIXES or before.start in covered:
            continue
        # A common noun too, in a funding phrase: 由星河/n 资本 领投.
        in_funding = (i > 1 and tokens[i - 2].text in ("由", "、", "和", "及", "与")) or (
            i + 1 < len(tokens) and tokens[i + 1].text in ("领投", "跟投", "参投", "等", "、")
        )
        # Or its original spelling in brackets after it: 某桥/n 资本（Mouqiao Capital）.
        in_funding = in_funding or (
            i + 2 < len(tokens) and tokens[i + 1].text in ("（", "(") and tokens[i + 2].pos == "eng"
        )
        if (
            (before.pos in _INVESTOR_NAME_POS or (before.pos == "n" and in_funding))
            and 2 <= len(before.text) <= 4
            and before.text not in _GENERIC_BEFORE_INVESTOR
            and (_CJK.match(before.text) or before.text.isascii())
        ):
            found.append(Mention(before.start, token.end, "ORG", None, SUFFIX))
    return found


# The investors of a funding round are listed where the text says what they did: 由A领投，B、C和老股东D
# 跟投; 投资方为A与B; 由A独家投资.  Each item of such a list is an organisation, whatever its suffix
# (华登国际, 中芯聚源, 红杉中国): the sentence's own pattern names them, not a word list.
_INVESTOR_VERB = r"(?:联合|共同|独家|超额)?(?:领投|跟投|参投|追投|加投|加注|加码|追加投资)"
_INVESTOR_LISTS = (
    re.compile(rf"(?:由|，|,|；|。|^)(?P<list>[^，,。；：:\n“”]{{2,80}}?){_INVESTOR_VERB}"),
    re.compile(r"由(?P<list>[^，,。；：:\n“”]{2,80}?)(?:联合|共同|独家)投资"),
    re.compile(r"(?:投资方|投资机构|投资人|参投方|出资方)(?:为|包括|是|有)(?P<list>[^，,。；：:\n“”]{2,80})"),
    # 引入了A、B等3家基石投资者: the investors a listing brings in, counted after the list.
    re.compile(
        r"(?:引入了?|引进了?|包括)(?P<list>[^，,。；：:\n“”]{2,80}?)等(?:[0-9一二三四五六七八九十两多数]+家)?"
        r"(?:基石|战略)?(?:投资者|投资人|投资机构)"
    ),
)
_LIST_SEPARATOR = re.compile(r"、|以及|和|与|及|/")
# Words between the last investor and the verb: 启明创投继续跟投, 两家机构均参投, 等.
_LIST_ITEM_TAIL = re.compile(r"(?:等|继续|持续|再次|均|也|亦|则|还|已|共同|联合|独家|超额|追加|追)+$")
_HOLDER_PREFIX = re.compile(r"^由?(?:老股东|新股东|现有股东|原股东|股东|知名投资机构|投资机构|知名机构|机构)?")
_NOT_INVESTOR = re.compile(
    # an amount or a round, not a name: 元禾 and 万达 are names, 数千万元 and B轮 are not
    r"股东|管理层|员工|团队|个人|多家|数家|多位|机构|投资者|投资人|天使|产业方|资金|[0-9０-９]|[亿万千百]元|元$|轮|"
    r"公司$|的|本轮|此次|上轮"
)


_SPELLING_AT_END = re.compile(r"\s*[（(][A-Za-z][A-Za-z0-9 &.,'-]{1,40}[）)]$")


def investor_list_mentions(text: str) -> list[Mention]:
    """华登国际 and 中芯聚源 in 由深创投领投，华登国际、中芯聚源和老股东祥峰投资跟投."""
    found = []
    for pattern in _INVESTOR_LISTS:
        for match in pattern.finditer(text):
            start = match.start("list")
            listed = match.group("list")
            if "由" in listed[1:]:  # 去年完成了由高瓴创投领投: the list starts after 由
                cut = listed.rindex("由") + 1
                listed, start = listed[cut:], start + cut
            for part in _LIST_SEPARATOR.split(listed):
                at = text.index(part, start) if part else start
                start = at + len(part)
                name = _HOLDER_PREFIX.sub("", part.strip())
                name = _LIST_ITEM_TAIL.sub("", name)
                # 某合资本（Photosynth Capital）跟投: the item's original spelling follows it in brackets
                name = _SPELLING_AT_END.sub("", name)
                if not 2 <= len(name) <= (30 if name.isascii() else 12) or _NOT_INVESTOR.search(name):
                    continue
                if not (_CJK.match(name) or re.fullmatch(r"[A-Za-z][A-Za-z0-9 &.]*[\u4e00-\u9fff]*", name)):
                    continue
                begin = at + part.index(name)
                found.append(Mention(begin, begin + len(name), "ORG", None, SUFFIX))
    return found


# A company named right after what it is: 北京人工智能创业公司星衍智能宣布…, 初创企业元始智能完成….
_STARTUP = re.compile(
    r"(?:创业公司|初创公司|初创企业|独角兽企业|独角兽|科技公司|智能公司|AI公司|机器人公司|芯片公司|企业|公司|厂商|平台|服务商)"
    r"(?P<name>[\u4e00-\u9fff]{2,6}?|[A-Za-z][A-Za-z0-9 .]{1,20}?)"
    r"(?=宣布|完成|获得|获|发布|推出|正式|近日|日前|今天|今日|表示|成立|位于|于|在|与|和|已|将|计划|的创始人|创始人|首席"
    # a stake in it: 收购语音识别公司声界智能70%的股权
    r"|\d+(?:\.\d+)?%(?:的)?股[权份])"
)
# 本地初创公司智衍未来。: after a description that says it is a young company, a name ends a clause too.
_STARTUP_AT_END = re.compile(
    r"(?:创业公司|初创公司|初创企业|独角兽企业|AI公司|机器人公司|芯片公司|大模型公司)"
    r"(?P<name>[\u4e00-\u9fff]{2,6}?|[A-Za-z][A-Za-z0-9 .]{1,20}?)(?=[。；，、]|$)"
)
# 连锁健身品牌某某健身签署…, 影楼品牌某某摄影、…: a brand named after the trade it is a brand of.
_BRAND = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})品牌(?P<name>[\u4e00-\u9fff]{2,6}?)"
    r"(?=签署|签约|达成|宣布|推出|发布|合作|进驻|入驻|[、，。；（(与和及]|将|已|在)"
)
_NOT_NAME_POS = frozenset({"t", "d", "p", "c", "u", "r", "f"})
_NOT_STARTUP = _words("旗下 内部 总部 目前 近日 日前 今年 去年 本身 自身 一直 已经 正在 可以 需要 进一步")


def startup_mentions(text: str, titles: frozenset[str] = frozenset(), *, segmenter: Segmenter) -> list[Mention]:
    """星衍智能 in 北京人工智能创业公司星衍智能宣布…: the name between what it is and its verb.

    Not a word of the dictionary (计划, 资深, 相继 are), not a title and a name (董事长吴国平).
    """
    found = []
    jieba = segmenter
    named = set()
    brands = _BRAND.finditer(text) if "品牌" in text else ()
    for match in chain(_STARTUP.finditer(text), _STARTUP_AT_END.finditer(text), brands):
        at_end = match.re is _STARTUP_AT_END
        if at_end and match.start("name") in named:
            continue  # 初创公司某某宣布，: the name ends before its verb
        named.add(match.start("name"))
        name = match.group("name").strip()
        if (
            name
            and name not in _NOT_STARTUP
            and not name.startswith(("将", "已", "在", "的", "于", "与", "和", "创始", "联合", "首席"))
            and not (name.isascii() is False and jieba.has_word(name))
            and not any(name.startswith(t) or name.endswith(t) for t in titles | ROLE_TITLES)
            and not any(ch in name for ch in "的了和与在是")
            # 公司不久前曾在…: a time word or an adverb is no part of a name (but may end one that ends a
            # clause: 智衍未来).
            and not (not name.isascii() and any(t.pos in _NOT_NAME_POS for t in jieba.tag(name)[: 1 if at_end else 9]))
            and not (at_end and not name.isascii() and jieba.tag(name)[0].pos in ("v", "vn", "vd", "a", "ad"))
        ):
            start = match.start("name") + match.group("name").index(name)
            found.append(Mention(start, start + len(name), "ORG", None, SUFFIX))
    return found


# What a body with Latin initials is, by the last word of its Chinese name.
_BODY_KIND = "(?:中心|组织|机构|协会|委员会|理事会|联盟|研究院|研究所|基金会|署|总局|银行)"
# 欧洲中期天气预报中心（ECMWF）, 国际货币基金组织（IMF）: a body's Chinese name before its Latin
# initials; both are names of an organisation.  The name starts after the last function word.
_BODY_WITH_INITIALS = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{4,24}}?{_BODY_KIND})"
    r"[（(](?P<abbr>[A-Z][A-Za-z&]{1,11})[）)]"
)
# 据SEMI（国际半导体产业协会）统计: the initials first, the Chinese name in brackets after them.
_INITIALS_THEN_BODY = re.compile(
    r"(?<![A-Za-z0-9])(?P<abbr>[A-Z][A-Za-z&]{1,11})[（(]"
    rf"(?P<name>[\u4e00-\u9fff]{{2,24}}?{_BODY_KIND})[）)]"
)
_BODY_NAME_STOP = re.compile(r".*[的了在与和及对向由从把被为是据将用使即]")
_VERB_BEFORE_BODY = re.compile(r"(?:获得|得到|取得|通过|经过|根据|依据|按照|联合|携手|加入|收到|接受)")


# 某某技术公司幻影映画（Phantom Mocap）: the name after a description, spelled in Latin after it.
_DESCRIBED_SPELLED = re.compile(
    r"(?:公司|企业|机构|厂商|工作室|品牌|团队|初创)(?![向与和及对由在为从把被给将的是已也])"
    r"(?P<name>[\u4e00-\u9fff]{2,6})[（(][A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}[）)]"
)


# 哈某与佩某（Harrow & Pell）: a firm named after its founders, its spelling joined by &.
_FOUNDERS_SPELLING = re.compile(
    r"[（(][A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)* ?[&＆] ?[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*[）)]"
)


# 某某智能的喷洒无人机“某某A8”: the maker, named before 的, shares its brand with the product in quotes.
_BRAND_OWNER = re.compile(
    rf"(?:^|(?<=[，。；、：:\s]))(?P<org>[\u4e00-\u9fff]{{2,6}}?)的[\u4e00-\u9fff]{{0,6}}?{_PRODUCT_NOUN}"
    r"[“\"「](?P<product>[^”\"」，。\s]{2,16})[”\"」]"
)


def brand_owners(text: str) -> list[Mention]:
    """A company named before 的 and a product whose quoted name starts with the company's first two
    characters, the company's name ending in what it does (某某智能, 某某科技): the product's maker."""
    found = []
    for m in _BRAND_OWNER.finditer(text) if "的" in text else ():
        org = m["org"]
        if m["product"].startswith(org[:2]) and any(org.endswith(w) for w in _COMPANY_WORDS) and len(org) >= 4:
            found.append(Mention(m.start("org"), m.end("org"), "ORG", None, SUFFIX))
    return found


def founders_firms(text: str) -> list[Mention]:
    """Two transliterated names joined by 与/和/& before a bracketed spelling joined by & are one firm
    (no person is spelled "A & B"), not two people."""
    found = []
    for match in _FOUNDERS_SPELLING.finditer(text) if "&" in text or "＆" in text else ():
        end = match.start()
        joiner = end
        while joiner > 0 and (text[joiner - 1] in TRANSLIT or text[joiner - 1] == "·"):
            joiner -= 1
        if joiner == end or joiner == 0 or text[joiner - 1] not in "与和&＆及":
            continue
        start = joiner - 1
        while start > 0 and (text[start - 1] in TRANSLIT or text[start - 1] == "·"):
            start -= 1
        if joiner - 1 - start >= 2:
            found.append(Mention(start, end, "ORG", None, SUFFIX))
    return found


def bodies_with_initials(text: str) -> list[Mention]:
    found = [
        Mention(m.start("name"), m.end("name"), "ORG", None, SUFFIX) for m in _DESCRIBED_SPELLED.finditer(text)
    ]
    for match in _BODY_WITH_INITIALS.finditer(text):
        start = match.start("name")
        stop = _BODY_NAME_STOP.match(text, start, match.end("name") - 2)
        if stop:
            start = stop.end()
        verb = _VERB_BEFORE_BODY.match(text, start)
        if verb:
            start = verb.end()
        if match.end("name") - start < 4:
            continue
        found.append(Mention(start, match.end("name"), "ORG", None, SUFFIX))
        found.append(Mention(match.start("abbr"), match.end("abbr"), "ORG", None, SUFFIX))
    for match in _INITIALS_THEN_BODY.finditer(text) if "（" in text or "(" in text else ():
        if len(match["name"]) >= 4:
            found.append(Mention(match.start("abbr"), match.end("abbr"), "ORG", None, SUFFIX))
            found.append(Mention(match.start("name"), match.end("name"), "ORG", None, SUFFIX))
    return found
