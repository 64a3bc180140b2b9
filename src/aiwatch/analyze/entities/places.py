"""Places: ``ns`` tokens and names with a place suffix (文汇路, 漕河泾公园), roads with their house
numbers, regions that are no names (沿海地区), places run on into a description, the city that opens
the names of the text's bodies; and cities and countries that are clubs or national teams in a
sentence about a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from aiwatch.analyze.entities.lexicon import (
    _CJK,
    _PERSON_POS,
    MODEL,
    SUFFIX,
    TAG,
    TRANSLIT,
    Mention,
    _sentence_of,
    _words,
    taken_mask,
)
from aiwatch.analyze.gazetteer import Gazetteer
from aiwatch.analyze.segment import Segmenter, Token

PLACE_SUFFIXES = _words(
    "省 市 区 县 镇 乡 村 街道 街 路 大道 新区 园区 开发区 高新区 自贸区 示范区 试验区 保税区 综保区 合作区 经开区 "
    "片区 公园 广场 港 湾 岛 山 湖 江 河 州 "
    "地区 市区 城区 古城 景区 赛区 小区 校区 机场 车站 码头 大桥 博物馆 美术馆 体育馆 体育场 球场 剧院 中心区 "
    "大街 巷 胡同 森林公园 湿地公园 湿地 会展中心 博览中心 花园 新村 苑 球馆 度假村 风景区 古镇 寺 庙 宫 塔 "
    # sites named by their place: 某某核电站, 某某水电站, 某某港区, 某某油田
    "核电站 电站 水电站 风电场 光伏电站 变电站 港区 油田 矿区 煤矿 水厂 污水处理厂 电厂 热电厂"
)
# Landmarks named by a place and a common word: 西溪 湿地 公园, 洛杉矶 会展 中心; not 上海部分街道.
_LANDMARK_SUFFIXES = _words(
    "公园 森林公园 湿地公园 湿地 景区 风景区 广场 机场 车站 会展中心 博览中心 体育馆 体育场 博物馆 美术馆 度假村 古镇 "
    "大桥 码头 球场 剧院 "
    # a park named by its place and its trade: 某某 化工 园区
    "园区"
)
# Roads are named with any word (文汇/n 路, 南滨 + 路): a common noun may come before these.
_ROAD_SUFFIXES = _words("路 街 大街 大道 巷 胡同")
# A token jieba tags as a person that ends like a place is a place: 马家堡, 李家沟, 王府井大街.
# Three characters only, and no 路/街: 修铁路/nr and 安营扎寨/nr are a verb phrase and an idiom.
_PLACE_NOT_PERSON_FINAL = frozenset("堡沟村庄寨屯坪坳")


_NS_STOP = _words(
    # jieba's dictionary tags these ns; they are common nouns (深度 1930 ns, 城市 25084 ns).
    "深度 长度 滨水 无人区 湖泊 大桥 高原 山区 大街 城镇 海峡 山脉 冰川 大海 河谷 山坡 山洞 高山 内河 山河 "
    "上市 美丽 建国 开国 庆典 治安 新鲜 普及 古典 阴阳 日志 福利 青春 神圣 中断 关联 广义 上台 山寨 契约 入口 "
    "入市 伦理 法典 加盟 登山 上半场 英雄 太阳 海洋 平原 爱国 哥哥 二哥 阿哥 外国 王国 共和国 大国 回国 新建 "
    "都市 古城 重镇 大都 京城 都城 江山 云集 莫非 太平 中和 治国 渡江 新城 海关 天桥 池塘 泉水 河水 湖水 江水 "
    "驻市 全市 全省 全区 本市 我市 该市 市区 城乡 中外 海内外 国内外 东西方 南北 东西 大陆 内地 沿海 各地 当地 "
    "新旧 之城 中西文化 大中华区 嘉宾 城市 社区 地区 省市 外地 本地 异地 两岸 中华 华夏 神州 东方 西方 天下 "
    "人间 江湖 海外 国内 国外 境外 境内 "
    # verbs of opening a place (正式开园, 开港, 开埠)
    "开园 开港 开埠 "
    "长江 黄河"
)


#: Cities whose football club goes by the city's name: 利物浦, 罗马, 米兰 are clubs in a sentence
#: about a match (2比1战胜罗马, 米兰主场逼平) and places elsewhere.
CLUB_PLACES = _words(
    "利物浦 罗马 米兰 都灵 博洛尼亚 巴勒莫 热那亚 那不勒斯 佛罗伦萨 帕尔马 亚特兰大 马赛 里昂 波尔多 摩纳哥 "
    "图卢兹 南特 汉堡 斯图加特 法兰克福 不来梅 纽伦堡 巴塞罗那 塞维利亚 瓦伦西亚 巴伦西亚 比利亚雷亚尔 "
    "波尔图 伯明翰 曼彻斯特 纽卡斯尔 南安普顿 莱斯特 布莱克本 埃因霍温 鹿特丹 布鲁日"
)
# In a match a country is its national team: 他有信心带队击败意大利.
NATIONAL_TEAMS = _words(
    "意大利 德国 法国 英格兰 西班牙 荷兰 葡萄牙 巴西 阿根廷 苏格兰 保加利亚 克罗地亚 塞尔维亚 乌拉圭 "
    "比利时 瑞典 丹麦 挪威 希腊 土耳其 捷克 波兰 瑞士 奥地利 威尔士 爱尔兰 墨西哥 喀麦隆 尼日利亚 加纳 "
    "科特迪瓦 澳大利亚 韩国 朝鲜 沙特 伊朗 哥伦比亚 智利 巴拉圭 俄罗斯 乌克兰"
)
_TEAM_PLACES = CLUB_PLACES | NATIONAL_TEAMS
_MATCH_WORDS = re.compile(
    # Not 比赛, 冠军 or 队 alone: 部队, 团队, a contest in Paris are no match between clubs; not 本轮融资,
    # 本轮由某资本领投 (a funding round).
    r"球队|联赛|主场|客场|战胜|击败|负于|逼平|战平|不敌|进球|射门|比分|主帅|赛季|"
    r"英超|意甲|西甲|德甲|法甲|欧冠|联盟杯|足总杯|对阵|交锋|门将|前锋|后卫|转会|(?:上轮|本轮)(?!融资|投资|由|资金|募资|领投|跟投|增资|估值)|[主客][场胜平负队]|"
    r"[连两三四五六]连?[胜败]|不败|不胜|出线|保级|升班马|首回合|次回合|让球|盘口|赔率|初盘|客战|主战|"
    r"[vV][sS]|\d+[比:：-]\d+|\d+胜\d+平"
)


# A country is the place, not its team, where one goes or comes from (到希腊打客场, 来自荷兰的, 做客意大利)
# and where it says whose a player or a club is (俄罗斯主帅, 捷克球队, 希腊人).
_TO_A_PLACE = re.compile(r"(?:到|在|去|赴|前往|来自|做客|作客|回到|返回)$")
_NATIONALITY_AFTER = re.compile(r"(?:球队|主帅|教练|球员|国脚|籍|人)")


def club_mentions(text: str, chosen: list[Mention], sentences: list[tuple[int, int]]) -> list[Mention]:
    """A club city in a sentence about a match is the club (ORG): 2比1战胜罗马 -> 罗马 ORG, whether the
    rules read it as a place or the model as a person (巴勒莫/PER 则遭遇两连败)."""
    out = []
    for mention in chosen:
        surface = text[mention.start : mention.end]
        if surface in NATIONAL_TEAMS and (
            _TO_A_PLACE.search(text, max(0, mention.start - 2), mention.start)
            or _NATIONALITY_AFTER.match(text, mention.end)
        ):
            if mention.type == "ORG" and mention.name is None:
                mention = Mention(mention.start, mention.end, "LOC", None, mention.priority)
            out.append(mention)
            continue
        if surface in _TEAM_PLACES and (mention.type == "LOC" or (mention.type == "PER" and mention.priority == MODEL)):
            for start, end in sentences:
                if start <= mention.start < end:
                    if _MATCH_WORDS.search(text, start, end):
                        mention = Mention(mention.start, mention.end, "ORG", None, mention.priority)
                    break
        out.append(mention)
    return out


def place_mentions(
    tokens: list[Token], gazetteer_spans: set[int], candidates: Iterable[int] | None = None, *, segmenter: Segmenter
) -> list[Mention]:
    """``ns`` tokens (台湾, 长安街) and name + place suffix (文汇 + 路, 漕河泾 + 公园)."""
    found = []
    for i in range(len(tokens)) if candidates is None else candidates:
        token = tokens[i]
        text = token.text
        if token.pos == "ns" and len(text) >= 2 and text not in _NS_STOP and _CJK.match(text):
            # Two characters that are no dictionary word are jieba's HMM guess: 正式“开岛” (open the
            # island) comes out as ns; 徐汇 and 张江 are dictionary or gazetteer words.
            if len(text) == 2 and token.start not in gazetteer_spans and not segmenter.has_word(text):
                continue
            if _looks_like_place(text):
                found.append(Mention(token.start, token.end, "LOC", None, TAG))
        elif text in PLACE_SUFFIXES and i > 0:
            before = tokens[i - 1]
            proper = before.pos in ("ns", "nz", "nr", "x", "j") or before.start in gazetteer_spans
            road = text in _ROAD_SUFFIXES and before.pos in ("n", "nrt", "a", "ng")
            if (proper or road) and _CJK.match(before.text) and len(before.text) >= 2 and before.text not in _NS_STOP:
                found.append(Mention(before.start, token.end, "LOC", None, SUFFIX))
            elif (
                i > 1 and text in _LANDMARK_SUFFIXES and before.pos in ("n", "z", "l", "vn") and _CJK.match(before.text)
            ):
                # 西溪/ns 湿地/z 公园, 亚龙湾 森林 公园: a place, a common word, then the suffix.
                first = tokens[i - 2]
                if (first.pos == "ns" or first.start in gazetteer_spans) and first.text not in _NS_STOP:
                    found.append(Mention(first.start, token.end, "LOC", None, SUFFIX))
        elif (
            token.pos in _PERSON_POS
            and ((len(text) == 3 and text[-1] in _PLACE_NOT_PERSON_FINAL) or (len(text) >= 4 and text[-1] in "路街道"))
            and _CJK.match(text)
        ):  # 马家堡/nr, 王府井大街/nr
            found.append(Mention(token.start, token.end, "LOC", None, SUFFIX))
    return found


_PLACE_FINAL = frozenset("省市区县镇乡村州岛湾港山河湖江海路街道洲峡谷岭峰关坝城庄屯寨堡林园宫寺庙塔楼门桥站场")


_ABSTRACT_FINAL = frozenset("度性率力化感心气观论学法式型级量值国")


def _looks_like_place(text: str) -> bool:
    """jieba's ns tag alone is not enough (长大, 美得, 深度 are ns in its dictionary): a place also
    ends like one (长安街, 漕河镇), sounds foreign (塞维利亚), or is three characters or more."""
    if text[-1] in _ABSTRACT_FINAL:  # 满意度, 热爱祖国 are ns in jieba's dictionary too
        return False
    return len(text) >= 3 or text[-1] in _PLACE_FINAL or all(ch in TRANSLIT for ch in text)


# Words that join the items of a list or the two sides of a match.
_LIST_JOINER = re.compile(r"(?:、|和|与|及|以及|vs|VS|Vs|对)$")


def listed_clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    """In a sentence about a match, names listed with a club are clubs: 击败的三个对手分别是皇马、
    比利亚雷亚尔和马洛卡 (the model read the last two as a place and a person)."""
    out = list(mentions)
    for order in (range(1, len(out)), range(len(out) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            mention, other = out[i], out[j]
            if mention.type not in ("PER", "LOC") or mention.name is not None or other.type != "ORG":
                continue
            left, right = (other, mention) if j < i else (mention, other)
            if not _LIST_JOINER.fullmatch(text, left.end, right.start) or not _MATCH_WORDS.search(
                _sentence_of(text, mention.start)
            ):
                continue
            out[i] = Mention(mention.start, mention.end, "ORG", None, mention.priority)
    return out


# Not names of places: 沿海地区, 偏远地区, and 各省市 (长三角各省市 names 长三角).
_GENERIC_REGION = re.compile(
    r"(?:沿海|内陆|偏远|边远|农村|周边|其他|其它|部分|贫困|欠发达|发达|城乡|重点|相关|当地|本地|外地|各)地区"
)
_EACH_REGION = re.compile(r"各(?:省市区|省区市|省市|省份|省|市|地|区县|区|县|城市|地区)$")


_DESCRIPTION_AHEAD = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:公司|企业|厂商|机构)")


def _place_run_on(text: str, m: Mention, gazetteer: Gazetteer | None) -> Mention | None:
    """成都动作|捕捉技术公司: a known place run on into the words of a description that ends in 公司 is
    the place alone (a place's own final, 某某美术馆, 某某新区, is kept)."""
    surface = text[m.start : m.end]
    if gazetteer is None or len(surface) < 4 or surface[-1] in _PLACE_FINAL or surface[-1] in "馆院所园场心":
        return None
    if not _DESCRIPTION_AHEAD.match(text, m.end):
        return None
    for size in (3, 2):
        known = gazetteer.resolve(surface[:size])
        if known and known[1] == "LOC" and len(surface) - size >= 2:
            return Mention(m.start, m.start + size, "LOC", known[0], m.priority)
    return None


_CITY_OF_BODY = re.compile(r"^[\u4e00-\u9fff]{2}市(?=[\u4e00-\u9fff]{0,8}?(?:局|委|政府|厅|院|办|中心))")


def cities_of_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """某某市 that opens the names of the text's bodies (某某市民政局, 某某市第一社会福利院) is a place
    where the text names it alone (截至去年底，某某市户籍老年人口…)."""
    cities = {c.group() for m in mentions if m.type == "ORG" for c in [_CITY_OF_BODY.match(text[m.start : m.end])] if c}
    if not cities:
        return mentions
    taken = taken_mask(mentions, len(text))
    found = []
    for city in cities:
        at = text.find(city)
        while at != -1:
            if not any(taken[at : at + len(city)]):
                found.append(Mention(at, at + len(city), "LOC", None, SUFFIX))
            at = text.find(city, at + len(city))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


# 黄海冷水团海域: a named part of a sea, written before 海域/水域, is the place (not 某海北部海域).
_NAMED_WATER = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,4})(?:海域|水域|海区)")
_DIRECTION = re.compile(
    r"(?:东|南|西|北|中|东南|东北|西南|西北)(?:部|侧|端|岸|面)?(?:沿岸|近海|附近|周边|一带)?"
    r"|附近|周边|近海|沿岸|一带|以东|以南|以西|以北"
)


def generic_regions(text: str, mentions: list[Mention], gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Places that are no names dropped, a named region before 各省市 kept alone, a place run on into a
    description cut back (see _place_run_on)."""
    out = []
    for m in mentions:
        if m.type == "LOC":
            water = _NAMED_WATER.match(text, m.end)
            if water and not _DIRECTION.fullmatch(water["part"]):
                out.append(Mention(m.start, water.end("part"), "LOC", None, m.priority))  # 某海冷水团|海域
                continue
        if m.type == "LOC" and m.name is None:
            cut = _place_run_on(text, m, gazetteer)
            if cut is not None:
                out.append(cut)
                continue
            surface = text[m.start : m.end]
            if _GENERIC_REGION.fullmatch(surface):
                continue
            each = _EACH_REGION.search(surface)
            if each:
                head = surface[: each.start()]
                if len(head) >= 2 and head not in ("全国", "全省", "全市", "我国", "国内"):
                    out.append(Mention(m.start, m.start + len(head), "LOC", None, m.priority))
                continue
        out.append(m)
    return out


_HOUSE_NUMBER = re.compile(r"[0-9０-９]{1,5}(?:-[0-9]{1,4})?[号弄](?:院|楼)?")
_ROAD_END = re.compile(r"(?:路|街|道|巷|胡同|弄|里)$")


def house_numbers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A road and its number are one address: 王府井大街218号, 南湖南路10号."""
    out = []
    for mention in mentions:
        if mention.type == "LOC" and _ROAD_END.search(text, mention.start, mention.end):
            number = _HOUSE_NUMBER.match(text, mention.end)
            if number:
                mention = Mention(mention.start, number.end(), "LOC", None, mention.priority)
        out.append(mention)
    return out


# A part of a station or an airport run on after its name: 某某国际机场T3航站楼(智能安检中心), 某某站北广场.
# The place is the airport or station; the terminal, hall or square is a part of it, no name of its own.
_FACILITY_PART = re.compile(
    r"(?P<site>[\u4e00-\u9fff]{2,12}?(?:机场|火车站|高铁站|客运站|码头))"
    r"(?:[A-Z]?[0-9]{0,2}号?(?:航站楼|候机楼|航站区|货运区|停机坪|站房|候车厅|广场)|[A-Z][0-9]{1,2})"
)


def facility_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place or an unknown body spanning an airport or a station and a part of it (a terminal, a
    hall) is the airport or station, a place."""
    out = []
    for mention in mentions:
        if mention.name is None and mention.type in ("LOC", "ORG"):
            part = _FACILITY_PART.match(text, mention.start, mention.end)
            if part:
                mention = Mention(mention.start, part.end("site"), "LOC", None, mention.priority)
        out.append(mention)
    return out


_DISTRICT_AFTER = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2})区")


def converted_districts(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A district written after its city whose stem the gazetteer knows only as a county-level city
    (某市 + 某某区, where 某某市 became a district of that city): the district is a place."""
    taken = taken_mask(mentions, len(text))
    found = []
    for m in mentions:
        if m.type != "LOC" or not text.endswith("市", m.start, m.end):
            continue
        district = _DISTRICT_AFTER.match(text, m.end)
        if district is None or any(taken[district.start() : district.end()]):
            continue
        known = gazetteer.resolve(district["stem"] + "市")
        if known and known[1] == "LOC" and gazetteer.resolve(district.group()) is None:
            found.append(Mention(district.start(), district.end(), "LOC", None, m.priority))
    return found


def place_kinds(text: str, mentions: list[Mention], segmenter: Segmenter) -> list[Mention]:
    """A dictionary word read as a place that the same text writes as the end of other places' names
    (某某海湾 and 某某海湾 … then 海湾 alone) is the kind of those places, no name of its own."""
    ends = {text[m.start : m.end] for m in mentions if m.type == "LOC" and m.end - m.start >= 4}
    if not ends:
        return mentions
    out = []
    for m in mentions:
        surface = text[m.start : m.end]
        if (
            m.type == "LOC"
            and m.name is None
            and len(surface) >= 2
            and segmenter.has_word(surface)
            and any(len(end) > len(surface) + 1 and end.endswith(surface) for end in ends)
        ):
            continue
        out.append(m)
    return out


# What counts places or takes all of them (32个化工园区, 全省化工园区, 各电站): the word after it is a
# kind of place, not one place's name.
_COUNTED_OR_ALL = re.compile(
    r"(?:(?:\d+|[一二三四五六七八九十百千万两几数多]+)(?:个|座|家|处|条|所|片)|全国|全省|全市|全区|全县|各|所有|这些)$"
)


def kinds_of_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place the rules or the model found that is a kind of place, no name: a kind word itself
    (光伏电站, 园区: the words place names end in), a size and a kind (大坝, 小镇), or a word the same
    text counts or takes whole (32个化工园区, 全国高速公路: a name is never counted).  The gazetteer's
    places (``name`` set) and longer names ending in the kind (某某化工园区) stay."""
    kinds: set[str] = set()
    for m in mentions:
        if m.type != "LOC" or m.name is not None:
            continue
        surface = text[m.start : m.end]
        if surface in kinds:
            continue
        if (
            surface in PLACE_SUFFIXES
            or (len(surface) == 2 and surface[0] in "大小" and surface[1] in _PLACE_FINAL)
            or any(_COUNTED_OR_ALL.search(text, max(0, at - 6), at) for at in _occurrences(text, surface))
        ):
            kinds.add(surface)
    if not kinds:
        return mentions
    return [m for m in mentions if not (m.type == "LOC" and m.name is None and text[m.start : m.end] in kinds)]


def _occurrences(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


_POST_AFTER_REGION = re.compile(r"(?:高级|执行)?副?(?:总裁|总经理|总监|负责人|首席|董事总经理)")


def regions_of_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """A region a company's post is named for (前大中华区副总裁, 华东区总经理) is part of the post,
    no place of the story."""
    return [
        m
        for m in mentions
        if not (
            m.type == "LOC"
            and m.name is None
            and text.endswith("区", m.start, m.end)
            and _POST_AFTER_REGION.match(text, m.end)
        )
    ]
