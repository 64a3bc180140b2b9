"""Choosing among overlapping mentions and repairing the chosen ones: false mentions dropped
(generic companies, place fragments, idioms), aliases resolved by context, organisation edges
trimmed or extended, adjacent places and bodies joined, units and departments typed.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from aiwatch.analyze.entities.lexicon import (
    _CJK,
    _COMPANY_WORDS,
    _GENERIC_BEFORE_KEJI,
    _REGION,
    _REGIONAL_UNIT,
    _SITE_VERBS,
    COUNTRIES,
    MODEL,
    ROLE_TITLES,
    SUFFIX,
    SURNAMES,
    TAG,
    TITLE,
    Mention,
    _is_dotted_name_part,
    _is_translit_name,
    _sentence_of,
    _suffix_of,
    _word_list,
    longest_first,
    taken_mask,
)
from aiwatch.analyze.entities.model import _ORG_TAIL_ANY
from aiwatch.analyze.entities.organisations import (
    _BARE_FACILITY,
    _COUNTRY_SHORT,
    _GENERIC_ORG_WORDS,
    _GLUED_TRADE,
    _QUOTED_BODY_END,
    _TRADE_STEMS,
)
from aiwatch.analyze.gazetteer import Gazetteer
from aiwatch.analyze.segment import Segmenter


def select_mentions(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then the more trusted finder."""
    chosen: list[Mention] = []
    taken = bytearray(max((m.end for m in mentions), default=0))
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, -m.priority, m.start)):
        if any(taken[mention.start : mention.end]):
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        chosen.append(mention)
    chosen.sort(key=lambda m: m.start)
    return chosen


# 一家央企能源装备集团, 某国企: what kind of organisation, counted, names none.
_COUNTED_KIND = re.compile(r"(?:一家|多家|几家|两家|数家|某|这家|该|一所|一个)$")
_KIND_HEAD = re.compile(r"(?:央企|国企|民企|外企|上市|大型|头部|知名|国内|海外|本地|地方|龙头|中型|小型|省属|市属)")


def _counted_kind(text: str, mention: Mention) -> bool:
    counted = _COUNTED_KIND.search(text, max(0, mention.start - 2), mention.start)
    return bool(counted and _KIND_HEAD.match(text, mention.start, mention.end))


# Generic company words: "科技有限公司" alone, 人工智能创业公司, 北京某科技公司 name no one.
_GENERIC_COMPANY_WORDS = sorted(
    _word_list(
        "人工智能 创业 初创 科技 智能 信息 技术 网络 数据 软件 电子 互联网 机器人 芯片 该 本 一家 驾驶 智能驾驶 "
        "自动驾驶 具身 具身智能 大模型 AI 人形 算力 云计算 半导体 新能源 汽车 医疗 金融 教育 安防 视觉 语音 "
        "无人机 通信 生物 制造 物流 媒体 传媒"
    ),
    key=len,
    reverse=True,
)
_LEGAL_TAIL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司|集团|企业)$")
# 新区, 东区, 城西区, 五街: a direction or a number and a place suffix is a fragment, not a place.
_LOC_FRAGMENT = re.compile(
    r"^[东南西北中新老城一二三四五六七八九十上下前后内外本该全]{0,2}(?:新区|城区|区|街|路|镇|村)$"
)
# Idioms that hold a place's name: 夸下的海口 (a boast), 下海口 — not 海口市.
_IDIOM_BEFORE = {"海口": re.compile(r"夸下(?:了|的)?$"), "长城": re.compile(r"万里$")}
# 央行 is China's central bank, except beside other central banks: 各国央行, 日本央行, 美联储.
_OTHER_CENTRAL_BANKS = re.compile(
    r"美联储|欧洲央行|欧央行|日本央行|英国央行|日本银行|英格兰银行|各国央行|多国央行|全球央行"
)
_CENTRAL_BANK_BEFORE = re.compile(r"(?:各国|多国|全球|海外|其他|外国|主要|多家|该国|本国|他国)$")


def generic_company(surface: str, gazetteer: Gazetteer | None = None) -> bool:
    """科技有限公司, 北京人工智能创业公司: a legal form after generic words (and a place) only."""
    core = _LEGAL_TAIL.sub("", surface)
    if core == surface:
        return False
    changed = True
    while core and changed:
        changed = False
        for word in _GENERIC_COMPANY_WORDS:  # longest first, start again after each: 人工智能 before 智能
            if core.endswith(word):
                core = core[: -len(word)]
                changed = True
                break
    # A place and generic words make a description (北京人工智能创业公司), unless the legal form says
    # it is registered under that name (上海智能信息有限公司).
    registered = surface.endswith(("有限公司", "股份有限公司", "有限责任公司"))
    if core and core != _LEGAL_TAIL.sub("", surface) and gazetteer is not None and not registered:
        known = gazetteer.resolve(core)
        return known is not None and known[1] == "LOC"
    return not core


def _bare_kind(surface: str) -> bool:
    """联合创新中心, 研发中心, 实验室: what a body is, with no name of its own."""
    return _QUOTED_BODY_END.search(surface) is not None and _BARE_FACILITY.match(surface).end() >= len(surface) - 3


# A place's level character that opens a word with the one after it (区域, 市场, 市民): the place
# ends before it, or is not written at all (西安新建区域: 西安 + 新建 + 区域).
_LEVEL_OPENS_WORD = re.compile(r"区域|市场|市民")


def drop_false_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Mentions real AI news showed to be wrong: generic companies, place fragments, idioms."""
    kept = []
    # Where a place the gazetteer knows ends: 西城区 right after 北京 is the next place of a chain.
    place_ends = {m.end for m in mentions if m.type == "LOC" and m.name is not None}
    for mention in mentions:
        surface = text[mention.start : mention.end]
        if mention.type == "ORG" and mention.name is None and (
            generic_company(surface, gazetteer) or _counted_kind(text, mention) or _bare_kind(surface)
        ):
            continue
        if (
            mention.type == "LOC"
            and _LOC_FRAGMENT.match(surface)
            and _fragment(text, mention)
            and not (mention.name is not None and mention.start in place_ends)
        ):
            continue
        idiom = _IDIOM_BEFORE.get(surface)
        if idiom and idiom.search(text, max(0, mention.start - 4), mention.start):
            continue
        if mention.type == "PER" and surface[0] in "万亿千百" and text[mention.start - 1 : mention.start].isdigit():
            continue  # 存栏280万羽: a magnitude and a unit after a number, no person
        if mention.type == "ORG" and mention.name is None and _TRADE_COMPANY.fullmatch(surface):
            continue  # 多家财险公司, 市供电公司: a kind of company, no name
        if mention.type == "ORG" and mention.name is None and _JOINS_THE_COMPANY.search(surface):
            continue  # 加盟公司, 某某加盟公司: the company of the article, joined; no name
        if mention.type == "LOC" and mention.name is None and (_COUNTRY_PAIR.fullmatch(surface) or _currency(surface)):
            continue  # 中韩两国, 中美关系: two countries, no place; 新加坡元: a currency
        if mention.name is None and _nameless_kind(text, mention, surface):
            continue  # 西南研发中心, 县委, 特大桥, 国家公园: what a unit or a place is, with no name of its own
        if mention.type == "LOC" and surface[-1] in "区市" and _LEVEL_OPENS_WORD.match(text, mention.end - 1):
            # 开拓上海市场: the place is 上海; 在西安新建区域…: 区 opens 区域, no district 新建区 is written
            known = gazetteer.resolve(surface[:-1]) if gazetteer is not None and len(surface) >= 3 else None
            if known and known[1] == "LOC":
                kept.append(Mention(mention.start, mention.end - 1, "LOC", known[0], mention.priority))
            continue
        if mention.type == "LOC" and _opens_regional_unit(text, mention):
            continue  # 设立东南亚子公司, 欧洲总部: the region says which unit, no place of the story
        if mention.type == "ORG" and mention.name is None and surface[:2] in _SITE_VERBS and _BUILT.search(surface):
            continue  # 支持企业建设智能工厂: what is built, named by the verb that builds it
        if mention.type == "LOC" and _LANGUAGE_AFTER.match(text, mention.end):
            continue  # 译成葡萄牙语, 推出越南语版本: a language, no place
        if mention.type == "PER" and mention.name is None and _LANGUAGE_NAMED.match(text, mention.end - 1):
            continue  # 推出马来语版本: a language, not a person named 马来语
        if mention.type == "LOC" and mention.name is None and _acting_venue(text, mention, surface):
            # 某某野生动物园与某某科技签署合作协议: a venue that works with a partner is the body that runs it
            kept.append(Mention(mention.start, mention.end, "ORG", None, mention.priority))
            continue
        kept.append(mention)
    return kept


# Venues run by a body of their own name: airports, zoos, theatres, resorts, aquariums.
_VENUE_END = re.compile(r"(?:机场|动物园|植物园|剧院|度假区|海洋馆|水族馆|游乐园)$")
_PARTNER_JOINER = re.compile(r"(?:与|和|同|跟)")
_WORKS_TOGETHER = re.compile(r"签署|签订|签约|合作|联合|共同|共建|携手")


def _acting_venue(text: str, mention: Mention, surface: str) -> bool:
    """A venue named as one party of work done together (由A与某机场联合研发, 某动物园与A签署协议)."""
    if not _VENUE_END.search(surface):
        return False
    joined_before = mention.start > 0 and _PARTNER_JOINER.fullmatch(text[mention.start - 1])
    joined_after = _PARTNER_JOINER.match(text, mention.end) is not None
    if not (joined_before or joined_after):
        return False
    stop = min([i for i in (text.find(mark, mention.end) for mark in "，。；\n") if i != -1] or [len(text)])
    return _WORKS_TOGETHER.search(text, mention.end, min(stop, mention.end + 30)) is not None


_TRADE_COMPANY = re.compile(
    r"(?:家|全国|全省|全市|各|各家|多家|[省市区县])?(?:财产险|财产保险|财险|寿险|产险|人身险|保险|证券|基金|信托|"
    r"供电|电力|自来水|供水|燃气|移动|电信|公交|地铁)(?:公司)?"
)
_JOINS_THE_COMPANY = re.compile(r"(?:加盟|加入|离开|入职|回到|返回|出任|担任|任职|服务|效力)(?:该|本)?公司$")
# Two countries by their one-character forms (中韩两国, 中美贸易, 中欧班列): no one place.
_COUNTRY_PAIR = re.compile(rf"[中{_COUNTRY_SHORT}欧非][{_COUNTRY_SHORT}欧非中]")
# 大中华区数字化 (副总裁): a business region before a title.
_REGION_CUT = re.compile(r"大中华区?")
_REGION_BEFORE_TITLE = re.compile(rf"{_REGION}[\u4e00-\u9fff]{{0,4}}")
_TITLE_AFTER = re.compile(r"(?:副?总裁|副?总经理|总监|负责人|主管|首席)")
# A party committee with its level only (县委副书记): whose it is, the text says elsewhere.  (A bare
# 区政府 stays: it is a party of the deals it signs.)
_BARE_LEVEL_BODY = re.compile(r"[省市县区镇乡]委")
# Kinds of place, not places: 特大桥, 国家公园, 商业地产.
_PLACE_KIND = re.compile(r"(?:特大桥|大桥|国家公园|自然保护区|商业地产|住宅地产|工业地产)")


# What a verb of building builds: a facility (建设智能工厂), never a bank or a company (建设银行).
_BUILT = re.compile(r"..+(?:工厂|车间|基地|中心|实验室|产业园|园区|平台)$")


def _opens_regional_unit(text: str, mention: Mention) -> bool:
    unit = _REGIONAL_UNIT.match(text, mention.start)
    return unit is not None and unit.end() > mention.end


def _nameless_kind(text: str, mention: Mention, surface: str) -> bool:
    if mention.type == "ORG":
        return bool(
            _REGIONAL_UNIT.fullmatch(surface)
            or _BARE_LEVEL_BODY.fullmatch(surface)
            or (_REGION_BEFORE_TITLE.fullmatch(surface) and _TITLE_AFTER.match(text, mention.end))
        )
    if mention.type != "LOC":
        return False
    # 大|中华区: a business region cut after its first character
    cut_region = _REGION_CUT.fullmatch(text, max(0, mention.start - 1), mention.end)
    return _PLACE_KIND.fullmatch(surface) is not None or cut_region is not None


# A place's language: 葡萄牙语, 越南语 (not 语音, 语言, 语境: 北京语言大学 keeps its 北京).
_LANGUAGE_AFTER = re.compile(r"语(?![音言境料义句调气录种速法])")
_LANGUAGE_NAMED = re.compile(r"语(?:版|字幕|配音|翻译|译本|[、等和及])")
_CURRENCY_WORDS = ("元", "币", "镑", "卢比", "比索", "法郎", "林吉特", "卢布", "里拉", "兰特", "克朗")


def _currency(surface: str) -> bool:
    """新加坡元, 澳大利亚元: a country and the name of its money."""
    return any(surface.endswith(c) and surface[: -len(c)] in COUNTRIES for c in _CURRENCY_WORDS)


def _fragment(text: str, mention: Mention) -> bool:
    """新区 found alone, or 城西区 cut out of 未来科技城西区: not 西宁市城西区 after its city, nor a
    three-character district that no word runs into (）西城区下半年…)."""
    before = text[mention.start - 1 : mention.start]
    if mention.name is None and mention.end - mention.start <= 2:
        return True
    return bool(before) and _CJK.match(before) is not None and before not in "省市县区州盟旗"


def resolve_in_context(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Aliases whose meaning depends on the article.

    - A bare 经信委 or 市科委 is Shanghai's body only in an article that names Shanghai (in a Beijing
      article it is Beijing's): an alias of a body whose name starts with a place needs that place
      in the text, else the mention keeps its written form.
    - 央行 beside 美联储 or after 各国 is not 中国人民银行.
    """
    out = []
    for mention in mentions:
        name = mention.name
        if name and mention.type == "ORG":
            surface = text[mention.start : mention.end]
            place = _place_prefix(name, gazetteer)
            # The written form becomes the name, so merging does not look the alias up again.
            elsewhere = bool(place) and not surface.startswith(place[:2]) and place[:2] not in text
            foreign_bank = surface == "央行" and bool(
                _CENTRAL_BANK_BEFORE.search(text, max(0, mention.start - 3), mention.start)
                or _OTHER_CENTRAL_BANKS.search(_sentence_of(text, mention.start))
            )
            if elsewhere or foreign_bank:
                mention = Mention(mention.start, mention.end, "ORG", surface, mention.priority)
        out.append(mention)
    return out


def _place_prefix(name: str, gazetteer: Gazetteer) -> str | None:
    """上海市经济和信息化委员会 -> 上海市 (a government body named after its place)."""
    if gazetteer.groups.get(name) != "government":
        return None
    for size in (3, 2):
        known = gazetteer.resolve(name[:size])
        if known and known[1] == "LOC" and name[:size] not in COUNTRIES and len(name) > size + 2:
            return name[:size]
    return None


def one_type_per_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name the gazetteer does not know names one thing in a text: where one of its mentions is an
    organisation (a club by its match, a company by its suffix), the others the model or the tags
    read as a person or a place are that organisation too (霍芬海vs比勒菲：霍芬海打弱旅…)."""
    # A product its noun names (陪伴机器人“小衍”) is that product where a guess reads it as a person.
    named = {text[m.start : m.end]: "PRODUCT" for m in mentions if m.type == "PRODUCT" and m.priority == TITLE}
    named |= {text[m.start : m.end]: "ORG" for m in mentions if m.type == "ORG" and m.name is None}
    if not named:
        return mentions
    people, firms = _foreign_name_parts(text, mentions)
    for surname in people - firms:
        named.pop(surname, None)
    out = []
    for m in mentions:
        surface = text[m.start : m.end]
        if m.priority == MODEL and m.name is None and (surface in people) != (surface in firms):
            # 卢卡斯·博维特 … 博维特/ORG, 奥斯特维克陶瓷集团 … 奥斯特维克/PER: a transliterated name written
            # alone is the person or the firm the article wrote it in full for, not what the model guessed.
            if m.type == "ORG" and surface in people:
                m = Mention(m.start, m.end, "PER", None, m.priority)
            elif m.type == "PER" and surface in firms:
                m = Mention(m.start, m.end, "ORG", None, m.priority)
        if m.type in ("PER", "LOC") and m.name is None and m.priority in (MODEL, TAG, SUFFIX) and surface in named:
            if named[surface] == "ORG" and m.priority == SUFFIX:
                out.append(m)  # a rule's own person or place stays against an organisation
                continue
            m = Mention(m.start, m.end, named[surface], None, m.priority)
        out.append(m)
    return out


def _foreign_name_parts(text: str, mentions: list[Mention]) -> tuple[set[str], set[str]]:
    """The transliterated surnames of the foreign people in ``mentions`` (博维特 of 卢卡斯·博维特) and
    the transliterated names that open its organisations (奥斯特维克 of 奥斯特维克陶瓷集团)."""
    people: set[str] = set()
    firms: set[str] = set()
    for m in mentions:
        surface = text[m.start : m.end]
        if m.type == "PER" and "·" in surface:
            last = surface.rsplit("·", 1)[1]
            if _is_dotted_name_part(last):
                people.add(last)
        elif m.type == "ORG" and _suffix_of(surface) is not None:
            for size in range(min(6, len(surface) - 2), 1, -1):
                if _is_translit_name(surface[:size]):
                    firms.add(surface[:size])
                    break
    return people, firms


# 百度自动驾驶事业部, 高盛亚洲投资银行部: a unit inside a company the gazetteer knows.
_COMPANY_UNIT = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:事业部|事业群|业务部|业务线|部门|银行部)$")


# 工业和信息化部信息技术发展司司长, 某某管理部消防救援局: a ministry's department (…司) or bureau (…局)
# written right after it.
_MINISTRY_DEPARTMENT = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?P<level>[司局])"
    r"(?=副?(?P=level)长|[，。、；,;]|和|与|及|联合|发布|印发|(?:有关|相关)?负责人|表示|指出|介绍)"
)
# 司长谢远航在…介绍: a name after an official's title, before what the person does.
_OFFICIAL_TITLE = re.compile(r"(?:司长|局长|厅长|处长|部长|主任|署长|院长|校长|市长|区长|县长|书记)")
_AFTER_OFFICIAL = re.compile(r"(?:在|表示|介绍|指出|说|称|认为|透露|强调|告诉|出席|主持|，)")


def ministry_departments(text: str, mentions: list[Mention]) -> list[Mention]:
    """The department after a ministry is an organisation of its own, and the official named right
    after the department's title (司长谢远航介绍) a person, whatever the tagger made of the name."""
    if "司" not in text and "局" not in text:
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    dropped: set[int] = set()  # indexes of mentions inside a department's name or over its official
    added: list[Mention] = []
    for m in ordered:
        department = _MINISTRY_DEPARTMENT.match(text, m.end) if m.type == "ORG" and text[m.end - 1] == "部" else None
        if department is None:
            continue
        end = department.end()
        title = _OFFICIAL_TITLE.match(text, end + text.startswith("副", end))
        person = None
        if title:
            for size in (3, 2):
                name = text[title.end() : title.end() + size]
                if (
                    len(name) == size
                    and _CJK.match(name)
                    and name[0] in SURNAMES
                    and _AFTER_OFFICIAL.match(text, title.end() + size)
                ):
                    person = Mention(title.end(), title.end() + size, "PER", None, TITLE)
                    break
        stop = person.end if person else end
        k = bisect_left(starts, m.end)
        while k < len(ordered) and starts[k] < stop:
            dropped.add(k)  # 司司长, or the tagger's piece of the official's name
            k += 1
        added.append(Mention(m.start, end, "ORG", None, m.priority))
        if person:
            added.append(person)
    if not added:
        return mentions
    return sorted([m for k, m in enumerate(ordered) if k not in dropped] + added, key=lambda m: m.start)


_UNIT_FIELD_WORDS = _word_list("安全 业务 创新 研发 产品 解决方案 服务 行业 云 终端 消费 企业 运营 销售 市场")


def _generic_unit(surface: str) -> bool:
    """大模型安全事业部, 智能驾驶业务线: a unit's name that is field words only."""
    core = re.sub(r"(?:事业部|事业群|业务部|业务线|部门|银行部)$", "", surface)
    changed = True
    while core and changed:
        changed = False
        for word in (*_GENERIC_COMPANY_WORDS, *_UNIT_FIELD_WORDS):
            if core.endswith(word):
                core = core[: -len(word)]
                changed = True
                break
    return not core


def company_units(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A company's unit is the company: the organisation a reader tracks (the unit stays in the text)."""
    out = []
    for m in mentions:
        surface = text[m.start : m.end]
        if m.type == "ORG" and m.name is None and _COMPANY_UNIT.search(surface):
            for size in range(min(len(surface) - 2, 8), 1, -1):
                known = gazetteer.resolve(surface[:size])
                if known and known[1] == "ORG" and _COMPANY_UNIT.fullmatch(surface[size:]):
                    m = Mention(m.start, m.start + size, "ORG", known[0], m.priority)
                    break
            else:
                if _generic_unit(surface):
                    continue  # 组建大模型安全事业部: a unit named by its field alone, no name
        out.append(m)
    return out


_DESCRIPTION_END = re.compile(r"(?:公司|企业|厂商|平台|服务商|合作社|机构|拍卖行|事务所|工作室)$")


def without_descriptions(text: str, mentions: list[Mention]) -> list[Mention]:
    """机器视觉公司极瞳视觉, 工业质检公司视比特: a 公司 right before a company's name says what the company
    is; it is no organisation of its own (a registered name, 某某有限公司, always is)."""
    org_starts = {m.start for m in mentions if m.type == "ORG"}
    return [
        m
        for m in mentions
        if not (
            m.type == "ORG"
            and m.name is None
            and m.end in org_starts
            and _DESCRIPTION_END.search(text, m.start, m.end)
            and not _LEGAL_TAIL_REGISTERED.search(text, m.start, m.end)
        )
    ]


# The legal forms that end a registered name (股份公司 only where a name is already known to end there).
_REGISTERED_FORM = "(?:股份有限公司|有限责任公司|有限公司)"
_REGISTERED_FORM_OR_SHARE = "(?:股份有限公司|有限责任公司|有限公司|股份公司)"
_LEGAL_TAIL_REGISTERED = re.compile(r"(?:有限公司|有限责任公司|股份公司)$")


# A registered name with what the company is written before it, in one span: AI质检企业某某科技股份有限公司,
# 港股上市公司某某集团有限公司, 瓷砖龙头某某集团股份有限公司 (a leader of its trade).  A registered name
# holds no word for a company before its own trade name, except where a business scope starts
# (华信企业管理咨询有限公司, 某某公司投资管理有限公司).
_DESCRIBED_REGISTERED = re.compile(
    r"^.{1,12}?(?:企业|公司|厂商|龙头)(?P<rest>(?!管理|咨询|服务|发展|投资|孵化|运营|策划|营销|信息|孵|分公司)"
    # (a place in brackets inside the name: 某某眼镜（上海）有限公司)
    r"(?:[\u4e00-\u9fffA-Za-z]{4,24}|[\u4e00-\u9fffA-Za-z]{2,24}[（(][\u4e00-\u9fff]{2,4}[）)][\u4e00-\u9fffA-Za-z]{0,12})"
    rf"{_REGISTERED_FORM_OR_SHARE})$"
)
# What the company does in the trade, before its registered name in one span: 停车运营商某某科技集团股份有限公司.
_TRADE_BEFORE_REGISTERED = re.compile(
    rf"^[\u4e00-\u9fff]{{0,8}}?(?:{_TRADE_STEMS})商"
    rf"(?P<rest>[\u4e00-\u9fffA-Za-z]{{4,24}}{_REGISTERED_FORM_OR_SHARE})$"
)
# What qualifies a post (联席首席执行官, 常务副总裁), never an organisation alone (event_arguments
# reads it as part of the post).
TITLE_QUALIFIERS = re.compile(r"(?:联席|常务|执行|特聘|客座|荣誉|名誉|兼职|独立)+")
# 由某某资本, 被某某集团: jieba glues a preposition to the unknown name after it.
_GLUED_PREPOSITION = re.compile(r"^[由被把从](?=[\u4e00-\u9fff]{2,}(?:资本|创投|基金|投资|集团|公司|科技|控股|银行))")
# A verb of receiving or using read as the start of the registered name after it: 获得某某金融集团有限公司,
# 采用某某装备有限公司(提供的…), 试点使用由某某科技有限公司(研发的…); a thing built or run by the company
# before 由 (该基地由某某集团有限公司投资建设): the name starts after 由.
_GLUED_VERB = re.compile(
    r"^(?:(?:试点|全面|率先)?(?:获得|得到|引入|携手|牵手|联手|接受|收到|联合|曾任|曾在|任职于|就职于|供职于|加盟|加入"
    r"|中标|签约|选定|选中|采用|使用|选用|引进|搭载|委托)由?"
    r"|(?:中心|项目|平台|系统|基地|工程|园区|工厂|产品|设备|装置|场馆|大楼|产线|电站)由)"
    r"(?=[\u4e00-\u9fff]{4,}(?:股份有限公司|有限责任公司|有限公司|集团))"
)
# Two organisations in one span, tied by a word of ownership or working together: 某某资本旗下某某基金,
# 某某便利母公司某某集团, 某某电力联合某某大学某某学院, 某某中心向某某科技 (颁发…).  The right one ends
# as an organisation does; with 向/与/和 the left one must too (技术创新与产业研究院 is one name).
_LINKED_ORGS = re.compile(
    r"^(?P<left>[\u4e00-\u9fffA-Za-z]{2,16}?)"
    r"(?P<glue>旗下(?:的|全资|控股)?(?:子公司)?|的?母公司|的?子公司|控股股东|联合|向|与|和)"
    r"(?P<right>[\u4e00-\u9fffA-Za-z]{2,24}(?:公司|集团|基金|资本|创投|科技|银行|大学|学院|研究院|研究所|实验室|中心|协会|局|厅|委员会))$"
)
_STRONG_LINK = frozenset({"联合"})
# A unit named only by a region or a field: 北美办公室, 华南总部, ML实验室.
_GENERIC_UNIT = re.compile(
    r"(?:欧洲|亚洲|亚太|北美|南美|拉美|中东|非洲|东南亚|海外|全球|国际|华东|华南|华北|华中|西南|西北|东北|AI|[A-Z]{2,4})"
    r"(?:办公室|实验室|研发中心|创新中心|运营中心|总部|分部|事业部|代表处)"
)
# A brand after what it is a brand of, in one span: 婚纱摄影品牌某某工作室 (not 某某品牌管理有限公司).
_BRAND_IN_SPAN = re.compile(
    r"^[\u4e00-\u9fff]{2,10}?品牌(?P<name>(?!管理|策划|运营|设计|咨询|营销|发展|服务|传播|推广|战略)"
    r"[\u4e00-\u9fffA-Za-z]{2,8})$"
)
_AND_REGISTERED = re.compile(
    r"^(?P<left>[\u4e00-\u9fffA-Za-z]{1,12}?)[与及]"
    rf"(?P<right>[\u4e00-\u9fffA-Za-z]{{4,24}}{_REGISTERED_FORM})$"
)
_ONE_WORD_SPELLING = re.compile(r"[（(][A-Z][A-Za-z]+[）)]")
_COMMITTEE = re.compile(r"(?:党委|纪委|董事会|监事会)$")
_LEGAL_FORM_AFTER = re.compile(_REGISTERED_FORM)
# A partnership's legal form in brackets is part of its registered name: 某某会计师事务所（特殊普通合伙）.
_PARTNERSHIP_FORM_AFTER = re.compile(r"[（(](?:特殊普通合伙|普通合伙|有限合伙)[）)]")
# A body run on into the noun after it: 某某局数据显示, 某某委员会报告.
_BODY_THEN_NOUN = re.compile(
    r"^(?P<body>.{2,20}?(?:局|委员会|委|部|厅|署|会|中心|研究院|研究所))"
    r"(?:数据|报告|统计|消息|通知|文件|官网|网站|公告|规定|标准|要求|总部)$"
)
# Two bodies joined by 联合 in one span: 某省经济和信息化厅联合省财政厅 issues with 省财政厅.
_JOINED_BODIES = re.compile(
    r"^(?P<left>.{2,20}?(?:厅|局|委员会|委|部|办公室|办|院|中心|集团|公司))联合(?P<right>.{2,20}?(?:厅|局|委员会|委|部|办公室|办|院|中心|集团|公司))$"
)


def trim_org_edges(text: str, mentions: list[Mention], gazetteer: Gazetteer | None = None) -> list[Mention]:
    """An unknown organisation's span repaired at its edges: a description of the company before its
    registered name (a known place that opens it is a place of the story: 深圳 of 深圳大模型企业), a
    preposition glued to the name, two bodies joined by 联合 (see the patterns)."""
    out = []
    for m in mentions:
        if (
            m.type == "PER"
            and m.name is None
            and text[m.start] in "前原"
            and m.end - m.start in (3, 4)
            and _ONE_WORD_SPELLING.match(text, m.end)
        ):
            m = Mention(m.start + 1, m.end, "ORG", None, m.priority)  # 前某某（Novartis）: his former employer
        if (
            m.type in ("PER", "LOC")
            and m.name is None
            and text[m.start] == "商"
            and m.end - m.start >= 4
            and _GLUED_TRADE.search(text, max(0, m.start - 3), m.start)
        ):
            m = Mention(m.start + 1, m.end, "ORG", None, m.priority)  # 芯片商|某某微电子: the maker after its trade
        if (
            m.type == "PER"
            and m.name is None
            and (m.end - m.start in (2, 3) or (m.end - m.start <= 6 and _is_translit_name(text[m.start : m.end])))
            and _AFTER_COUNTRY_IN.search(text, max(0, m.start - 6), m.start)
            and _SITE_VERB.match(text, m.end)
        ):
            m = Mention(m.start, m.end, "LOC", None, m.priority)  # 在泰国|某某设立: a city of that country
        if m.type != "ORG" or m.name is not None:
            out.append(m)
            continue
        institution = _INSTITUTION_END.search(text, m.start + 2, m.end - 2)
        if institution and m.end - institution.end() <= 6 and _suffix_of(text[institution.end() : m.end]) is None:
            m = Mention(m.start, institution.end(), m.type, None, m.priority)  # 某市图书馆|新馆智能书库
        if m.end - m.start >= 4 and text[m.end - 1] == text[m.end - 2] and text.startswith("长", m.end):
            m = Mention(m.start, m.end - 1, m.type, None, m.priority)  # 某某海关|关长, 某某局|局长: the head's title
        form = (
            (_LEGAL_FORM_AFTER.match(text, m.end) or _PARTNERSHIP_FORM_AFTER.match(text, m.end))
            if m.end - m.start >= 4
            else None
        )
        if form:  # 某某信息技术股份 | 有限公司（以下简称…）: the legal form is part of the name
            m = Mention(m.start, form.end(), m.type, None, m.priority)
        surface = text[m.start : m.end]
        if _GENERIC_UNIT.fullmatch(surface):
            continue  # 设立北美办公室, 建成ML实验室: a unit named by its region or field, no name
        if TITLE_QUALIFIERS.fullmatch(surface):
            continue  # 出任联席首席执行官: the model's 联席 is part of the post, no organisation
        committee = _short_committee(text, m, surface, gazetteer)
        if committee:  # (国家)某某健康委: the known 委员会 written short, with the 国家 before it
            out.append(committee)
            continue
        brand = _BRAND_IN_SPAN.match(surface)
        if brand:  # (韩国)婚纱摄影品牌|某某工作室: the brand is named after what it is a brand of
            country = _FOREIGN_COUNTRY.match(surface)
            if country:
                out.append(Mention(m.start, m.start + country.end(), "LOC", None, m.priority))
            out.append(Mention(m.start + brand.start("name"), m.end, m.type, None, m.priority))
            continue
        abroad = _foreign_place_first(text, m, surface)
        if abroad:  # 意大利|某某理工大学, (在)韩国|某山: the country is a place of its own
            out.extend(abroad)
            continue
        described = _DESCRIBED_REGISTERED.match(surface) or _TRADE_BEFORE_REGISTERED.match(surface)
        if described:
            for size in (3, 2) if gazetteer is not None else ():
                place = gazetteer.resolve(surface[:size])
                if place and place[1] == "LOC":
                    out.append(Mention(m.start, m.start + size, "LOC", place[0], m.priority))
                    break
            out.append(Mention(m.end - len(described["rest"]), m.end, m.type, None, m.priority))
            continue
        at = _registered_place_start(text, m, gazetteer)
        if at:  # 拍卖机构|北京某某拍卖有限公司, (运营)方|北京某某科技有限公司: the name starts at its place
            out.append(Mention(m.start + at, m.end, m.type, None, m.priority))
            continue
        if surface[0] in "前原" and gazetteer is not None:
            known = gazetteer.resolve(surface[1:])
            if known and known[1] == "ORG":  # 前谷歌 (the model's, where the segmenter cut 前谷/歌): he was
                out.append(Mention(m.start + 1, m.end, "ORG", known[0], m.priority))
                continue
            if _former_employer(text, m, gazetteer):  # 前某某大学某学院（…）副教授: where he held the post
                out.append(Mention(m.start + 1, m.end, "ORG", None, m.priority))
                continue
        if _GLUED_PREPOSITION.match(surface) or (
            surface[0] == "商" and len(surface) >= 4 and _GLUED_TRADE.search(text, max(0, m.start - 2), m.start)
        ):
            out.append(Mention(m.start + 1, m.end, m.type, None, m.priority))  # 由/某某资本, 研发商/捷指科技
            continue
        glued_verb = _GLUED_VERB.match(surface)
        if glued_verb:
            out.append(Mention(m.start + glued_verb.end(), m.end, m.type, None, m.priority))  # 获得/某某集团有限公司
            continue
        coordinated = _AND_REGISTERED.match(surface)
        if coordinated and not (gazetteer and (gazetteer.resolve(coordinated["left"]) or ("", ""))[1] == "LOC"):
            # 某某智能与某某装备集团股份有限公司: a registered name holds no 与; the left one is a name
            # when it is written alone elsewhere (its short name) or ends as an organisation does.
            left = coordinated["left"]
            if text.count(left) > text.count(surface) or _ORG_TAIL_ANY.search(left):
                out.append(Mention(m.start, m.start + len(left), m.type, None, m.priority))
            out.append(Mention(m.end - len(coordinated["right"]), m.end, m.type, None, m.priority))
            continue
        linked = _LINKED_ORGS.match(surface)
        if linked and (
            _linked_pair(linked, gazetteer) or _signing_pair(text, m, linked, text.count(surface), gazetteer)
        ):
            out.append(Mention(m.start, m.start + len(linked["left"]), m.type, None, m.priority))
            out.append(Mention(m.end - len(linked["right"]), m.end, m.type, None, m.priority))
            continue
        committee = _COMMITTEE.search(surface)
        if committee and committee.start() >= 2 and text.count(surface[: committee.start()]) > text.count(surface):
            # 某某钢铁党委书记, where 某某钢铁 is named on its own too: the company's committee is the company
            out.append(Mention(m.start, m.start + committee.start(), m.type, None, m.priority))
            continue
        body = _BODY_THEN_NOUN.match(surface)
        if body:
            out.append(Mention(m.start, m.start + len(body["body"]), m.type, None, m.priority))  # 某某局/数据显示
            continue
        joined = _JOINED_BODIES.match(surface)
        if joined:
            out.append(Mention(m.start, m.start + len(joined["left"]), m.type, None, m.priority))
            out.append(Mention(m.end - len(joined["right"]), m.end, m.type, None, m.priority))
            continue
        out.append(m)
    return out


def _short_committee(text: str, m: Mention, surface: str, gazetteer: Gazetteer | None) -> Mention | None:
    """A body's name ending in 委 is the known 委员会 of that name (某某健康委 of 国家某某健康委员会),
    from the 国家 written before it when the known name holds it."""
    if gazetteer is None or not surface.endswith("委") or len(surface) < 3:
        return None
    for before in ("国家", ""):
        if before and not text.endswith(before, 0, m.start):
            continue
        known = gazetteer.resolve(before + surface + "员会")
        if known and known[1] == "ORG":
            return Mention(m.start - len(before), m.end, "ORG", known[0], m.priority)
    return None


_FOREIGN_COUNTRY = re.compile("|".join(longest_first(c for c in COUNTRIES if c != "中国")))
_AFTER_COUNTRY_IN = re.compile(rf"[在于赴到](?:{_FOREIGN_COUNTRY.pattern})$")
_SITE_VERB = re.compile(r"(?:设立|设|新建|建设|建立|建成|开设|落地|投产|成立|举办|举行|召开|部署|开业|的工厂|工厂|港)")
_SCHOOL_END = re.compile(r"(?:大学|学院)$")


# What a foreign firm is, written between its country and its Latin name.
_KIND_WORDS = r"(?:机构|基金|集团|公司|企业|平台|银行|资本|投资方|投资机构|运营商|制造商|供应商|服务商|厂商)"
_KIND_END = re.compile(_KIND_WORDS + "$")
_KIND_THEN_LATIN = re.compile(rf"[\u4e00-\u9fff]{{0,10}}{_KIND_WORDS}(?P<name>[A-Za-z][A-Za-z0-9 .&'-]*)")
_LATIN_AFTER = re.compile(r"\s?[A-Za-z]{2}")
_COMPANY_KIND_END = re.compile(r"(?:银行|公司|集团|资本|证券|保险|控股)$")
_SPELLING_AFTER = re.compile(r"[（(][A-Za-z][A-Za-z .&'-]+[）)]")
_INSTITUTE_END = re.compile(r"(?:研究所|研究院|研究中心|实验室|医院|诊所|学会|基金会|博物馆)$")


def _foreign_place_first(text: str, m: Mention, surface: str) -> list[Mention]:
    """An unknown organisation that opens with a foreign country: a university of that country
    (意大利某某理工大学: the country and the university, the way Chinese news writes where it is), or
    a city after 在/于/赴 with no organisation's ending (在韩国某山设立: two places)."""
    country = _FOREIGN_COUNTRY.match(surface)
    if country is None:
        return []
    rest = surface[country.end() :]
    cut = m.start + country.end()
    place = Mention(m.start, cut, "LOC", None, m.priority)
    described = _KIND_THEN_LATIN.fullmatch(rest)
    if described:
        # 美国风投机构Northwind Ventures: the country, what the firm is, and its name
        return [place, Mention(cut + described.start("name"), m.end, "ORG", None, m.priority)]
    if _CJK.fullmatch(rest) and _KIND_END.search(rest) and _LATIN_AFTER.match(text, m.end):
        # 澳大利亚农业科技基金AgriNova Capital: what the firm is, before its name (found on its own)
        return [place]
    spelled = _SPELLING_AFTER.match(text, m.end)
    if spelled and len(rest) >= 4 and _CJK.fullmatch(rest) and _COMPANY_KIND_END.search(rest):
        # 新加坡海港银行（Harbour Bank）: the spelling in brackets names the firm without its country
        return [place, Mention(cut, m.end, "ORG", None, m.priority)]
    if len(rest) >= 4 and _SCHOOL_END.search(rest) and _CJK.fullmatch(rest):
        return [place, Mention(cut, m.end, "ORG", None, m.priority)]
    institute = _INSTITUTE_END.search(rest)
    if institute and _is_translit_name(rest[: institute.start()]):
        # 德国|某劳恩霍夫研究所: an institute named by a foreign name, its country written before it
        # (a body named by words, 某国国土安全部, 某国复兴信贷银行, carries its country)
        return [place, Mention(cut, m.end, "ORG", None, m.priority)]
    if (
        2 <= len(rest) <= 3
        and _CJK.fullmatch(rest)
        and _suffix_of(rest) is None
        and _ORG_TAIL_ANY.search(rest) is None
        and text[max(0, m.start - 1) : m.start] in ("在", "于", "赴", "到")
    ):
        return [place, Mention(cut, m.end, "LOC", None, m.priority)]
    return []


# A library, a museum: a body whose name ends there, however the model ran on after it.
_INSTITUTION_END = re.compile(r"(?:图书馆|博物馆|博物院|美术馆|科技馆|科学馆|档案馆|文化馆|展览馆|纪念馆)")


# What is said of a company before its registered name: 拍卖机构, 女装品牌, 估价平台的运营方, 芯片企业.
_DESCRIPTION_BEFORE_NAME = re.compile(r"(?:机构|品牌|平台|方|公司|企业|厂商|集团|商|龙头|巨头|工作室|拍卖行|合作社)$")


def _registered_place_start(text: str, m: Mention, gazetteer: Gazetteer | None) -> int:
    """Where a registered name (…有限公司) run on from a description of the company starts: at the
    known place it opens with, right after the description (0 when there is none)."""
    surface = text[m.start : m.end]
    if gazetteer is None or not _LEGAL_TAIL_REGISTERED.search(surface):
        return 0
    for at in range(1, len(surface) - 7):
        if not _DESCRIPTION_BEFORE_NAME.search(text, max(0, m.start - 4), m.start + at):
            continue
        for size in (3, 2):
            place = gazetteer.resolve(surface[at : at + size])
            if place and place[1] == "LOC" and not gazetteer.resolve(surface[:at]):
                return at
    return 0


_SPELLING_AFTER = re.compile(r"\s*[（(][^（）()\n]{1,80}[）)]")


def _former_employer(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    """前/原 before an organisation that starts with a known name and is followed by a post (after its
    bracketed spelling, if any) says where someone held the post; it is no part of the name (前海, a
    place, starts its own)."""
    surface = text[m.start : m.end]
    if len(surface) < 5 or gazetteer.resolve(surface[:2]) or gazetteer.resolve(surface[:3]):
        return False
    if not any(gazetteer.resolve(surface[1 : 1 + n]) for n in (4, 3, 2)):
        return False
    spelling = _SPELLING_AFTER.match(text, m.end)
    after = spelling.end() if spelling else m.end
    return any(text.startswith(title, after) for title in gazetteer.titles | ROLE_TITLES)


def _linked_pair(linked: re.Match[str], gazetteer: Gazetteer | None) -> bool:
    """Whether a span _LINKED_ORGS matched is two organisations (not 中国联合网络通信有限公司, 北京联合大学:
    a place before 联合 starts one name)."""
    left, glue = linked["left"], linked["glue"]
    if gazetteer is not None:
        known = gazetteer.resolve(left)
        if known and known[1] == "LOC":
            return False
    if _BARE_FACILITY.match(linked["right"]).end() >= len(linked["right"]) - 3:
        return False  # 某某联合创新中心, 某某联合实验室: 联合 qualifies the kind, no second body follows
    if glue in ("向", "与", "和"):
        return len(linked["right"]) >= 4 and _ORG_TAIL_ANY.search(left) is not None
    if glue in _STRONG_LINK:
        return len(linked["right"]) >= 4
    return True


# What two parties do together right after their names: 某某出版社与某某科技签署合作协议.
_SIGNED_AFTER = re.compile(r"(?:正式|共同|再次|已)?(?:签署|签订|签约|达成|合作)")


def _signing_pair(
    text: str, m: Mention, linked: re.Match[str], span_count: int, gazetteer: Gazetteer | None
) -> bool:
    """A span A与B right before a signing is two parties when A is written on its own elsewhere in the
    text (某某出版社 named before, then 某某出版社与某某科技签署合作协议), whatever A's last word."""
    left = linked["left"]
    if linked["glue"] not in ("与", "和") or len(left) < 4 or len(linked["right"]) < 4:
        return False
    if gazetteer is not None and (gazetteer.resolve(left) or ("", ""))[1] == "LOC":
        return False
    return _SIGNED_AFTER.match(text, m.end) is not None and text.count(left) > span_count


_LATIN_UNIT = re.compile(r"[A-Za-z][A-Za-z0-9 .-]{1,20}")


# A company's unit named by the place it serves: 分行, 支行, 分公司, 直属库, 营业部.
_BRANCH = re.compile(r"(?:分行|支行|分公司|子公司|直属库|营业部|分院|办事处|研发中心|分中心)")
_FUND_PHASE = re.compile(r"[一二三四五六七八九十]期")
_CAMPUS = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")
_UNIVERSITY = re.compile(r"(?:大学|学院|港科大|北大|清华|复旦|交大|哈工大)$")


_COORDINATED = re.compile(r"(?:和|与|及|、)(?P<name>[\u4e00-\u9fff]{2,4})")


def coordinated_companies(text: str, mentions: list[Mention], segmenter: Segmenter) -> list[Mention]:
    """理想汽车和零跑汽车, 某某机器人与某某机器人: a name joined to an organisation's that ends with the
    same word of what the company does is an organisation too (not a dictionary word: 新能源汽车)."""
    taken = taken_mask(mentions, len(text))
    found = []
    for m in mentions:
        if m.type != "ORG" or m.end - m.start < 4:
            continue
        head = text[m.end - 2 : m.end]
        if head not in _COMPANY_WORDS and head not in ("汽车", "精密", "电子", "集团", "资本", "创投"):
            continue
        after = _COORDINATED.match(text, m.end)
        if after is None:
            continue
        start = after.start("name")
        end = text.find(head, start, start + 8)
        if end == -1 or end == start or any(taken[start : end + 2]):
            continue
        name = text[start : end + 2]
        stem = name[:-2]
        if (
            4 <= len(name) <= 6
            and not segmenter.has_word(name)
            and stem not in _GENERIC_BEFORE_KEJI
            and stem not in _GENERIC_COMPANY_WORDS
            and stem not in _GENERIC_ORG_WORDS
        ):
            found.append(Mention(start, end + 2, "ORG", None, SUFFIX))
    return found


# The parties a signing lists: 某某与连锁品牌A（Xxx）、B签署合作协议.
_SIGNING_LIST = re.compile(r"(?:与|同|跟)(?P<list>[^，,。；;：:\n“”]{2,60}?)(?:共同|正式|分别)?(?:签署|签订|签约)")
_SIGNING_ITEM = re.compile(r"[^、和与及]+")
# What a listed party that is no name starts or ends with: 多家企业, 三所高校, 相关部门, 对方.
_NOT_A_PARTY = re.compile(
    r"^[多各两三四五六七八九十数几该本其相有]|(?:企业|公司|机构|单位|部门|学校|高校|医院|方|者|们)$"
)


def signing_parties(text: str, mentions: list[Mention], segmenter: Segmenter) -> list[Mention]:
    """A party of a signing listed with an organisation, written alone and unknown, is an organisation
    too (…与品牌A（Xxx）、B签署合作协议: B), unless it is a word of the dictionary or says what kind of
    party it is (多家企业, 相关部门)."""
    if "签" not in text:
        return []
    taken = taken_mask(mentions, len(text))
    orgs = taken_mask((m for m in mentions if m.type == "ORG"), len(text))
    found = []
    for match in _SIGNING_LIST.finditer(text):
        if not any(orgs[match.start("list") : match.end("list")]):
            continue
        for item in _SIGNING_ITEM.finditer(text, match.start("list"), match.end("list")):
            name = item.group()
            if (
                2 <= len(name) <= 6
                and _CJK.match(name)
                and not any(taken[item.start() : item.end()])
                and not segmenter.has_word(name)
                and not _NOT_A_PARTY.search(name)
            ):
                found.append(Mention(item.start(), item.end(), "ORG", None, SUFFIX))
    return found


def join_company_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """A known company written right before one of its own names or a Latin name of a unit is one
    mention of the company: 谷歌DeepMind (DeepMind an alias of 谷歌), 某某集团Apollo.  A fund's phase
    is part of its name (某某产业投资基金二期)."""
    out: list[Mention] = []
    for m in mentions:
        branch = (
            _BRANCH.match(text, m.end)
            if out and out[-1].type == "ORG" and out[-1].name is not None and m.type == "LOC" and out[-1].end == m.start
            else None
        )
        if branch:  # 某某银行|上海|分行, 中某粮|无锡|直属库: the company's unit in a place, one organisation
            out[-1] = Mention(out[-1].start, branch.end(), "ORG", None, out[-1].priority)
            continue
        if (
            out
            and out[-1].type == "ORG"
            and m.type == "LOC"
            and _CAMPUS.fullmatch(text, out[-1].end, m.end + 1)
            and _UNIVERSITY.search(text, out[-1].start, out[-1].end)
        ):
            # 香港科技大学（广州）, 某某大学(深圳): a university's campus named by its place is one body
            last = out[-1]
            out[-1] = Mention(last.start, m.end + 1, "ORG", None, last.priority)
            continue
        if m.type == "ORG" and text.endswith("基金", m.start, m.end):
            phase = _FUND_PHASE.match(text, m.end)
            if phase:
                m = Mention(m.start, phase.end(), "ORG", m.name, m.priority)
        last = out[-1] if out else None
        if (
            last is not None
            and last.end == m.start
            and last.type == m.type == "ORG"
            and last.name is not None
            and (m.name == last.name or (m.name is None and _LATIN_UNIT.fullmatch(text, m.start, m.end)))
        ):
            out[-1] = Mention(last.start, m.end, "ORG", last.name, max(last.priority, m.priority))
            continue
        out.append(m)
    return out


# 某某大学某某学院, 某某大学人工智能创新与产业研究院: a university's school or institute is one body.
_UNIVERSITY_UNIT = re.compile(
    r"(?![与和及、向在的对从为将是联共携])[\u4e00-\u9fff]{2,14}?(?:学院|研究院|研究所|实验室|研究中心)"
)


def university_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """A university's mention run on into the school or institute written right after it, as one
    organisation (what the rules found inside the unit's name goes)."""
    out: list[Mention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue
        at = text.find("大学", m.start, m.end) if m.type == "ORG" else -1
        if at > m.start:  # 某某大学, or 某某大学智能 where the name ran into the unit's first word
            unit = _UNIVERSITY_UNIT.match(text, at + 2)
            if unit and unit.end() > m.end and "大学" not in unit.group() and "学院" not in unit.group()[:-2]:
                out.append(Mention(m.start, unit.end(), "ORG", None, m.priority))
                skip_to = unit.end()
                continue
        out.append(m)
    return out


# 某某科技（南京）有限公司: a registered name with its place in brackets before the legal form;
# 某某产险: an insurer's line of business after the group's short name is a company of its own.
_BRACKETED_PLACE_FORM = re.compile(rf"[（(][\u4e00-\u9fff]{{2,4}}[）)]{_REGISTERED_FORM}")
_INSURANCE_LINE = re.compile(r"产险|寿险|财险|(?:超级|甲级|乙级)?联赛")


def extended_registered_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation's mention extended over a bracketed place and legal form, or over an insurance
    line (what the rules found in the part taken in goes)."""
    out: list[Mention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue
        if m.type == "ORG":
            tail = _BRACKETED_PLACE_FORM.match(text, m.end) or (
                _INSURANCE_LINE.match(text, m.end) if m.end - m.start >= 2 else None
            )
            if tail and tail.group().endswith("联赛") and not text.endswith(("协会", "足协", "篮协"), m.start, m.end):
                tail = None  # 中国足球协会超级联赛: a football body's league is a name; 某某公司联赛 is not
            if tail:
                out.append(Mention(m.start, tail.end(), "ORG", None, m.priority))
                skip_to = tail.end()
                continue
        out.append(m)
    return out


def join_compounds(mentions: list[Mention], gazetteer: Gazetteer, text: str = "") -> list[Mention]:
    """Adjacent places are one place named by its most specific part; a place before an
    organisation is part of the organisation's name.

    上海市徐汇区 -> 徐汇区 (alias 上海市徐汇区); 蕲春县漕河镇 -> one place; 美国财政部, 香港证监会 ->
    one organisation each, which is not China's 财政部; 上海商汤 stays 商汤科技 (a company).  A country
    before a clinic, hospital, university or company with a name of its own stays a place of the story
    (美国 + 某某诊所: the name is not the country's).
    """
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is None or last.end != mention.start or last.type != "LOC" or mention.type not in ("LOC", "ORG"):
            joined.append(mention)
            continue
        if (
            mention.type == "ORG"
            and mention.name is None
            and last.name in COUNTRIES
            and _OWN_NAME_INSTITUTION.search(text, mention.start, mention.end)
            and mention.end - mention.start >= 4
        ):
            joined.append(mention)
            continue
        if mention.type == "LOC" and (mention.name in COUNTRIES or (last.name in COUNTRIES and mention.name is None)):
            # A country after a place is never the more specific part: 香港回归中国 is no name of 中国.
            joined.append(mention)
            continue
        if mention.type == "LOC":
            name = mention.name
        else:
            company = mention.name and gazetteer.groups.get(mention.name) != "government"
            name = mention.name if company else None
        joined[-1] = Mention(last.start, mention.end, mention.type, name, min(last.priority, mention.priority))
    return joined


_OWN_NAME_INSTITUTION = re.compile(r"(?:诊所|医院|大学|学院|研究院|研究所|实验室|公司|集团|银行)$")
