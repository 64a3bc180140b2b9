"""Figures: money, counts, areas, percentages and growth rates, normalised, with their year.

``18.53亿元`` becomes ``1853000000 元``, ``6.6万平方米`` ``66000 平方米``, ``63.30%`` ``63.3 %``,
``1000多家`` ``1000 家`` (approximate, the text kept as written).  A figure is tied to a year when
its sentence says so before it (``2018年，全区…达到210亿元``), and a list after a year range is
spread over the years in order (``2018年至2021年…分别为18.53亿元、30.27亿元、34.51亿元和52.05亿元``).

Numbers are parsed here, on the matched span only: converting running text (cn2an.transform)
would also turn 第一财经 into 第1财经.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources

import yaml

from aiwatch.analyze.segment import article_sentences
from aiwatch.analyze.timex import DateContext, article_context, find_timexes
from aiwatch.article import Article
from aiwatch.limits import CONTEXT_CHARS, MAX_FIGURES, cap
from aiwatch.options import Options
from aiwatch.records import Figure as FigureRecord

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_LARGE = {"万": 10_000, "亿": 100_000_000}
_MAGNITUDE = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "十亿": 10**9,
    "亿": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "万": 10**4,
    "千": 10**3,
    "百": 10**2,
}


def _figure_units() -> dict[str, tuple[str, str]]:
    """Units as written -> (normal unit, kind), from ``data/figure_units.yaml`` (35亿美金 is 美元,
    money); each has an example the tests run.  Longest first in the pattern."""
    text = resources.files("aiwatch.data").joinpath("figure_units.yaml").read_text(encoding="utf-8")
    return {str(e["written"]): (str(e["unit"]), str(e["kind"])) for e in yaml.safe_load(text)["units"]}


UNITS = _figure_units()
_UNIT_ALT = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
# 512千瓦时, 30千米: 千 opening a unit is no thousand (3亿千瓦时 keeps its 亿)
_MAG_ALT = "|".join("千(?![瓦米克焦])" if m == "千" else m for m in sorted(_MAGNITUDE, key=len, reverse=True))
_CN_NUM = r"[零〇一二两三四五六七八九十百千万亿]+"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PREFIX = r"(?P<prefix>将近|大约|超过|不到|不足|近|约|超|逾)?"
_APPROX_WORDS = {"将近", "大约", "超过", "不到", "不足", "近", "约", "超", "逾", "多", "余", "以上", "左右", "上下"}

# One blank may sit between a number and its magnitude or unit: 15 亿美元, 3000 家 (issue 12).
_GAP = r"[ \u00a0]?"

#: Named figure patterns (tests/test_figures.py has one case each).
PATTERNS: list[tuple[str, str]] = [
    # 0.4个百分点, 6 个百分点: a difference of percentages, not a count of 个
    ("points", rf"{_PREFIX}(?P<num>{_ARABIC}){_GAP}个?百分点"),
    # 六成, 七成以上: tenths (not 成立, 成本, 成都; not 一成不变)
    (
        "tenths",
        r"(?P<prefix>将近|大约|超过|不到|不足|近|约|超|逾)?(?P<cnnum>[一两二三四五六七八九])成"
        r"(?![员立功本果为就都交品熟年型长效绩像真不])(?P<suffix>以上|左右|多)?",
    ),
    # 63.30%, 30.5％
    ("percent", rf"{_PREFIX}(?P<num>{_ARABIC})\s*[%％](?P<suffix>以上|左右)?"),
    # 百分之三十
    ("percent_cn", rf"{_PREFIX}百分之(?P<cnnum>{_CN_NUM})"),
    # 五分之一, 三分之二
    ("fraction_cn", r"(?P<den>[一二两三四五六七八九十]+)分之(?P<numer>[一二两三四五六七八九十]+)"),
    # 1/3 (never a date: 12/10 has a larger numerator or a third part)
    ("fraction", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,3})(?![\d/])(?P<suffix>以上|左右)?"),
    # 18.53亿元, 1000多家, 6.6万平方米, 超过1000亿, 4万多名
    (
        "arabic",
        rf"{_PREFIX}(?P<num>{_ARABIC}){_GAP}(?P<approx1>多|余)?(?P<mag>{_MAG_ALT})?(?P<approx2>多|余)?{_GAP}"
        rf"(?P<unit>{_UNIT_ALT})?(?P<suffix>以上|左右|上下)?",
    ),
    # 两万余个, 三家
    ("chinese", rf"{_PREFIX}(?P<cnnum>{_CN_NUM})(?P<approx1>多|余)?(?P<unit>{_UNIT_ALT})(?P<suffix>以上|左右)?"),
]
# The lookahead rejects most positions at once (see timex._TIMEX).
_FIGURE = re.compile(
    r"(?=[\d将大超不近约逾百零〇一二两三四五六七八九十])(?:"
    + "|".join(f"(?P<{n}>{p.replace('(?P<', f'(?P<{n}_')})" for n, p in PATTERNS)
    + ")"
)
_HAS_NUMBER = re.compile(r"[\d十百千万亿两三四五六七八九]")
_VAGUE_RANGE = re.compile(r"[一二两三四五六七八九][一二两三四五六七八九]")
_CLAUSE_STOP = re.compile(r"[，,；;。！？!?：:\n]")
_GROWTH = re.compile(r"增长|增速|增幅|下降|下滑|同比|环比|提升|提高|降低|增加")
# Parts of codes, names and addresses: N95, 00020.HK, 5G, www.thepaper.cn, ai@xh.
_GLUED_BEFORE = re.compile(r"[A-Za-z0-9_.@/\\-]$")
_GLUED_AFTER = re.compile(r"^[A-Za-z0-9_@]")
_NOT_QUANTITY_AFTER = re.compile(r"^(?:年|月|日|号|时|点|分|秒|季度|周年|届|代|期|线|级|楼|层|岁)")
_YEAR_RANGE = re.compile(r"(?P<y1>(?:19|20)\d{2})年?\s*(?:至|到|-|—|–|~|～)\s*(?P<y2>(?:19|20)\d{2})年")
# 2023年、2024年及2025年: years listed, each given its figure by a 分别 list after them
_YEAR_LIST = re.compile(
    r"(?:19|20)\d{2}年?(?:\s*(?:、|和|及|与|以及)\s*(?:19|20)\d{2}年?)*\s*(?:、|和|及|与|以及)\s*(?:19|20)\d{2}年"
)


def parse_cn_number(text: str) -> int | None:
    """Chinese numerals to an integer: 两万 -> 20000, 一千二百 -> 1200, 十五 -> 15, 三 -> 3."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_SMALL and ch not in _CN_LARGE for ch in text):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
        elif section == 0 and digit is None and total:
            total *= _CN_LARGE[ch]  # 四万万: a large unit right after another multiplies the whole
        else:
            section += digit or 0
            total = (total + section) * _CN_LARGE[ch] if _CN_LARGE[ch] > 10_000 else total + section * _CN_LARGE[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _plain(value: Decimal) -> int | float:
    """1853000000 stays an int; 63.30 becomes 63.3."""
    if value == value.to_integral_value():
        return int(value)
    return float(value.normalize())


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    value: int | float
    unit: str
    kind: str
    approx: bool


def _g(match: re.Match[str], kind: str, name: str) -> str | None:
    key = f"{kind}_{name}"
    return match.group(key) if key in match.re.groupindex else None


_PARTS = ("prefix", "num", "cnnum", "approx1", "mag", "approx2", "unit", "suffix")
#: kind -> ((part, group name or None), ...) of ``_FIGURE``, worked out once rather than by eight
#: f-strings and group-index lookups per match.
_PART_GROUPS = {
    kind: tuple((n, f"{kind}_{n}" if f"{kind}_{n}" in _FIGURE.groupindex else None) for n in _PARTS)
    for kind, _ in PATTERNS
}
_MINUS = ("-", "−", "－")
_GLUED_BEFORE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.@/\\-")
_GLUED_AFTER_AT = re.compile(r"[A-Za-z0-9_@]")  # _GLUED_AFTER for match(text, pos): no ^
_NOT_QUANTITY_AT = re.compile(_NOT_QUANTITY_AFTER.pattern.removeprefix("^"))


def _glued_before(text: str, start: int) -> bool:
    """``_GLUED_BEFORE.search(text[:start])`` without copying and scanning the whole prefix
    (``$`` also matches before a final newline)."""
    if start == 0:
        return False
    last = text[start - 1]
    if last == "\n" and start >= 2:
        last = text[start - 2]
    return last in _GLUED_BEFORE_CHARS


def _read_figure(match: re.Match[str], text: str) -> Figure | None:
    kind = match.lastgroup or ""
    groups = _PART_GROUPS.get(kind) if match.re is _FIGURE else None
    if groups is None:
        g = {n: _g(match, kind, n) for n in _PARTS}
    else:
        g = {n: match.group(key) if key else None for n, key in groups}
    start, end = match.span()
    while end > start and text[end - 1] in " \u00a0":
        end -= 1
    glued_after = text[end - 1].isascii() and _GLUED_AFTER_AT.match(text, end)
    # 净利润分别为-2300万元: a minus sign after a word, not between two numbers (100-200万元)
    negative = kind == "arabic" and text[start - 1 : start] in _MINUS and not _glued_before(text, start - 1)
    if (_glued_before(text, start) and not negative) or text[start - 1 : start] == "第" or glued_after:
        return None
    approx = any(g[n] in _APPROX_WORDS for n in ("prefix", "approx1", "approx2", "suffix") if g[n])
    if kind == "points":
        value = _number(g["num"] or "")
        return Figure(start, end, _plain(value), "百分点", "points", approx) if value is not None else None
    if kind == "tenths":
        value = _cn_decimal(g["cnnum"])
        return Figure(start, end, _plain(value * 10), "%", "percent", approx) if value is not None else None
    if kind in ("percent", "percent_cn"):
        value = _number(g["num"]) if g["num"] else _cn_decimal(g["cnnum"])
        return Figure(start, end, _plain(value), "%", "percent", approx) if value is not None else None
    if kind == "fraction_cn":
        den, numer = parse_cn_number(_g(match, kind, "den") or ""), parse_cn_number(_g(match, kind, "numer") or "")
        if not den or not numer or numer >= den:
            return None
        return Figure(start, end, round(numer / den, 4), "", "ratio", approx)
    if kind == "fraction":
        a, b = int(_g(match, kind, "a") or 0), int(_g(match, kind, "b") or 0)
        if not 0 < a < b:
            return None
        return Figure(start, end, round(a / b, 4), "", "ratio", approx)
    if kind == "arabic":
        figure = _read_arabic(match, g, start, end, text, approx)
        if negative and figure is not None and figure.kind == "money":
            return Figure(start - 1, end, -figure.value, figure.unit, figure.kind, approx)
        return None if negative else figure
    # 一两家, 三四个: two digits side by side are a vague range, not a number.
    if _VAGUE_RANGE.search(g["cnnum"] or ""):
        return None
    # 数百个, 几十家: an order of magnitude, not a figure.
    if text[start - 1 : start] in ("数", "几"):
        return None
    value = _cn_decimal(g["cnnum"])
    # 一家/两个/三种 in words are language more than data ("两个方面"); a figure written in words
    # is ten or more: 十多个, 两万余个.
    if value is None or value < 10:
        return None
    unit, unit_kind = UNITS[g["unit"]]
    if unit == "级":
        return None  # 十二级台风, 二十级台阶: a grade; a magnitude is written in digits (4.6级)
    if unit in _TIME_UNITS and len(g["cnnum"] or "") < 2:
        return None  # 十年磨一剑, 百年老店: a saying, no duration
    return Figure(start, end, _plain(value), unit, unit_kind, approx)


def _read_arabic(
    match: re.Match[str], g: dict[str, str | None], start: int, end: int, text: str, approx: bool
) -> Figure | None:
    if not g["unit"] and not g["mag"]:
        return None  # a bare number (a code, a year, a rank) is not a figure
    if not g["unit"] and _NOT_QUANTITY_AT.match(text, end):
        return None
    value = _number(g["num"] or "")
    if value is None:
        return None
    if g["unit"] and not _duration(g["num"] or "", UNITS[g["unit"]][0], text, start, end):
        return None
    if g["unit"] in _WORD_AFTER_UNIT and text.startswith(_WORD_AFTER_UNIT[g["unit"]], end):
        return None  # 100支持: the unit's character opens a word (支持, 只有), no count of it
    if g["unit"] == "分" and _CLOCK_BEFORE.search(text, max(0, start - 3), start):
        return None  # 10点30分, 9时15分: a time of day, no score
    if g["unit"] == "级" and not _QUAKE.search(text, max(0, start - 30), min(len(text), end + 8)):
        return None  # 3级医院, 5级台风: a grade, not an earthquake's magnitude (震级为4.6级, 4.6级地震)
    if g["unit"] == "对" and text[end : end + 1].isdigit():
        return None  # 1对1辅导: one to one, no pairs
    if g["mag"]:
        value *= _MAGNITUDE[g["mag"]]
    unit, unit_kind = UNITS[g["unit"]] if g["unit"] else ("", "number")
    return Figure(start, end, _plain(value), unit, unit_kind, approx)


_WORD_AFTER_UNIT = {
    "支": ("持", "付", "撑", "出"),
    "只": ("有", "是", "能", "要"),
    "路": ("线", "段", "口", "演"),
    "处": ("理", "于", "置", "罚", "长", "室", "级"),
    "面": ("积", "向", "临", "对", "板", "料", "值", "貌", "世", "包", "膜", "试", "谈"),
    "票": ("房", "价", "据", "务", "选"),
    "具": ("有", "备", "体"),
    "群": tuple("众体聊组落岛星英像居租"),
    "间": tuple("隔距接断歇谍段"),
    "根": tuple("据本源系基治"),
    "页": tuple("面岩码脚眉"),
    "集": tuple("团成中群聚合体资结训散装市约镇"),
    "枝": tuple("条干叶头"),
    "头": tuple("部条像盔脑衔版号顶发雁羊"),
    "对": tuple("于比接话外标应象手此其该方齐抗照待冲称口华内公立位焦战决阵号付策症视"),
    "双": tuple("方向边重核碳赢语手层面倍周月日休打人机"),
    "单": tuple("位价元独一次日个笔机体项品车月店季点纯据层向人颗线卡模张台晶光"),
    "口": tuple("径碑岸罩味号头腔吻令粮语述服袋子"),
    "部": tuple("门署分长委件队位落属"),
    "匹": ("配", "敌"),
    "羽": tuple("毛绒球翼"),
    "分": ("之", "别", "成", "为", "布", "析", "享", "类", "拆", "期", "批", "配", "区", "行", "公司", "钟"),
}
_CLOCK_BEFORE = re.compile(r"[点时:：]\s*$")
# An earthquake's magnitude (4.6级) is told by the quake words around it; any other 级 is a grade.
_QUAKE = re.compile(r"地震|震级|余震|里氏")
# Sizes that specify a product (12英寸晶圆, 5纳米工艺, 直径5毫米): like durations, no stock of a period.
_SPEC_UNITS = frozenset({"英寸", "毫米", "微米", "纳米"})
_SHORT_YEAR_AFTER = re.compile(r"(?:上半|下半|全年|[一二三四]?季度|Q[1-4]|第|\d{1,2}月)")
_TIME_UNITS = frozenset({"分钟", "小时", "秒", "天", "个月", "周", "年"})
# 3天前, 2年后, 近5年来: a time counted from now, not an amount; 2周年, 90年代, 2025年度: no duration
_NOT_DURATION_AFTER = re.compile(
    r"(?:前|后|以前|以后|之前|之后|以来|来|年|代|度|级|初|底|末|中|[\d一二三四五六七八九十]+月)"
)


def _duration(number: str, unit: str, text: str, start: int, end: int) -> bool:
    """Whether a number before a time unit is a duration (3分钟, 18个月, 近20年), not a date (2025年),
    a period to date (前11个月) or a time counted from now (3天前)."""
    if unit not in _TIME_UNITS:
        return True
    if unit == "年" and (len(number.split(".")[0]) >= 4 or _SHORT_YEAR_AFTER.match(text, end)):
        return False  # 2025年; 25年上半年, 24年Q3: a year written short
    # 前11个月 is a period to date; 提前72小时 a duration
    to_date = text[start - 1 : start] == "前" and text[start - 2 : start] != "提前"
    return not to_date and not _NOT_DURATION_AFTER.match(text, end)


def _cn_decimal(text: str | None) -> Decimal | None:
    number = parse_cn_number(text or "")
    return Decimal(number) if number is not None else None


def find_figures(text: str) -> list[Figure]:
    """Figures in one sentence, offsets into ``text``."""
    found = []
    for match in _FIGURE.finditer(text):
        figure = _read_figure(match, text)
        if figure is not None:
            found.append(figure)
    return found


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure's clause, cut to ``CONTEXT_CHARS`` on each side.  A whole clause was stored
    before: one sentence of 30,000 amounts (``1.5亿元1.5亿元…``) gave every figure the whole
    270 KB sentence, 8 GB in all.  The window is searched, never the text before it."""
    low = max(0, start - CONTEXT_CHARS)
    left = max((m.end() for m in _CLAUSE_STOP.finditer(text, low, start)), default=low)
    high = min(len(text), end + CONTEXT_CHARS)
    stop = _CLAUSE_STOP.search(text, end, high)
    return left, stop.start() if stop else high


def _range_years(sentence: str, figures: list[Figure]) -> dict[int, int]:
    """Index of figure -> year, for lists after a year range or a list of years: 2018年至2021年…分别为
    A、B、C和D; 2023年、2024年及2025年，…分别实现营收A、B、C，出货量分别为D、E、F (each 分别 list)."""
    years: dict[int, int] = {}
    spans = [(m.start(), m.end(), list(range(int(m["y1"]), int(m["y2"]) + 1))) for m in _YEAR_RANGE.finditer(sentence)]
    spans += [
        (m.start(), m.end(), [int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group())])
        for m in _YEAR_LIST.finditer(sentence)
    ]
    spans.sort()
    starts = [f.start for f in figures]  # in text order: members are found by bisection, not a scan
    for n, (_, span_end, listed) in enumerate(spans):
        limit = spans[n + 1][0] if n + 1 < len(spans) else len(sentence)
        each = sentence.find("分别", span_end, limit)
        while each >= 0:
            # the list ends with the clause of 分别: …分别实现营收A、B和C，去年毛利率为D
            stop = _CLAUSE_STOP.search(sentence, each, limit)
            end = stop.start() if stop else limit
            members = range(bisect_left(starts, each), bisect_left(starts, end))
            if 1 < len(listed) == len(members):
                years.update({i: listed[k] for k, i in enumerate(members)})
            each = sentence.find("分别", end, limit)
    return years


# A year after these words is the base a figure is compared with, not its own period:
# 较2021年增长35% is the growth of the year the sentence reports; 比上年提高, 同比去年.
_COMPARED_BEFORE = re.compile(r"(?:较|比|相比|相较|对比|同比|环比|与|成立于|创立于|建于|始于|创办于|诞生于)\s*$")
# The figure is a present state even after a dated statistic: 2017年仅有1800家，目前已达到7600家.
_NOW = re.compile(r"目前|当前|现已|如今|截至目前|截止目前|眼下|现阶段")
# A present state: the figure is the publish year's.
_PRESENT = re.compile(_NOW.pattern + r"|已|现有|截至发稿|截[至止](?:今日|当日|午间|早间|上午|下午)?(?:收盘|发稿)")
# A clause of plans or yearly amounts has no year of its own: 将设立50亿元的基金, 每年安排10亿元.
# ... nor does what a thing can do (可对27种异常进行判读, 可存放图书320万册, 能够识别): a capability.
_NO_PERIOD = re.compile(
    r"每年|每月|将|计划|拟|预计|有望|力争|目标|不少于|不低于|(?<![不即])可(?!能|见|谓|是|以说|喜)|能够"
)
_NEAR = 40
_FROM_TO = re.compile(r"[\d成]\s*[%％]?[^，。；]{0,6}?(?:至|到)")
# What a document lays down (政策提出，…按20%给予补贴; 办法明确…不低于15%): its figures are rules, not
# amounts of the period it was issued in.
_CONTENT_OF = re.compile(r"(?:提出|明确|规定|要求)[，,：:]?")
# A yearly or monthly amount in the figure's clause before it: 每年安排5亿元, 规划年产能500架.
_YEARLY = re.compile(r"每年|每月|年产能|年产量|年产值目标")


# Days and weeks named from another date: 同日 (the day the text named last), 上周 (the week before
# publication).  They are no date an event could carry alone, but they give a figure its year.
# 本次发行, 此次交易, 上市首日 point back the same way: to the event the text has just dated.
_SAME_DAY = re.compile(r"同日|同一天|当天|当日|本次|此次|首日")
_WEEK = re.compile(r"(?P<word>上周|上个?星期|本周|这周|本星期)")
_WEEK_OFFSET = {"上周": -7, "上星期": -7, "上个星期": -7}


@dataclass(frozen=True, slots=True)
class _Period:
    start: int
    end: int
    date: str


def relative_periods(sentence: str, context: DateContext, last_date: str | None) -> list[_Period]:
    """同日/当天 as the date the text named last (else the publish date), 上周/本周 from the publish
    date: the period a figure of that sentence describes (上周共发生融资事件23起 is this year's)."""
    import datetime as dt

    if not context.published:
        return []
    y, m, d = context.published
    published = dt.date(y, m, d)
    found = [_Period(x.start(), x.end(), last_date or published.isoformat()) for x in _SAME_DAY.finditer(sentence)]
    for match in _WEEK.finditer(sentence):
        day = published + dt.timedelta(days=_WEEK_OFFSET.get(match["word"], 0))
        found.append(_Period(match.start(), match.end(), day.isoformat()))
    return found


def own_periods(sentence: str, timexes: list) -> list:
    """The dates that are periods of the sentence's figures: a year range is spread by _range_years;
    a comparison base (较2021年) is not a period."""
    return [
        t
        for t in timexes
        if not _YEAR_RANGE.match(sentence, t.start)
        and not _COMPARED_BEFORE.search(sentence[max(0, t.start - 4) : t.start])
        and not _FOUNDED_AFTER.match(sentence, t.end)
    ]


# 由某教授于2019年创立, 2020年在苏州成立: a founding date written before its verb is no period either.
_FOUNDED_AFTER = re.compile(r"\s*(?:在[\u4e00-\u9fffA-Za-z]{1,8}?)?(?:成立|创立|创办|创建|注册成立)")


class SentenceDates:
    """The dates of one sentence and the positions of its "now" words, found once per sentence so
    each figure's year is a bisection, not a scan: one sentence of 30,000 amounts made the scans
    quadratic."""

    def __init__(self, sentence: str, timexes: list, carried: str | None = None) -> None:
        self.carried = carried  # the period of the clause before a ； this sentence goes on from
        self.timexes = sorted(own_periods(sentence, timexes), key=lambda t: t.end)
        self.ends = [t.end for t in self.timexes]
        self.now = [(m.start(), m.end()) for m in _NOW.finditer(sentence)]
        present = _PRESENT.search(sentence)
        self.first_present_end = present.end() if present else None

    def last_before(self, position: int):
        index = bisect_right(self.ends, position)
        return self.timexes[index - 1] if index else None

    def first_within(self, start: int, end: int):
        """The first date that lies wholly between ``start`` and ``end``."""
        index = bisect_right(self.ends, start)
        for timex in self.timexes[index:]:
            if timex.end > end:
                return None
            if timex.start >= start:
                return timex
        return None

    def now_between(self, start: int, end: int) -> bool:
        index = bisect_left(self.now, (start, 0))
        return index < len(self.now) and self.now[index][1] <= end


# 由目前的30秒缩短至8秒: the value the change starts from is now's; after 到2028年 before it, the value
# it goes to is the target year's.
_FROM_NOW = re.compile(r"由(?:目前|当前|现在|现阶段)的?")
_TO = re.compile(r"(?:缩短|提高|提升|降低|下降|减少|增加|扩大|压缩|增长)?(?:至|到)")


def _from_now(sentence: str, figure: Figure, earlier, context: DateContext) -> int | None:
    """The year of a figure in a change that starts from now (由目前的A提高到B): A is the publish
    year's, B the year of a target date written before it (到2028年), else none of these."""
    if not context.published:
        return None
    start = None
    for match in _FROM_NOW.finditer(sentence, max(0, figure.start - _NEAR), figure.start):
        start = match
    if start is None or _CLAUSE_STOP.search(sentence, start.end(), figure.start):
        return None
    if not _TO.search(sentence, start.end(), figure.start):
        return context.published[0]
    target = earlier is not None and not isinstance(earlier, _Period) and earlier.end <= start.start()
    if target and int(earlier.date[:4]) > context.published[0]:
        return int(earlier.date[:4])
    return None


def figure_year(sentence: str, figure: Figure, dates: SentenceDates, context: DateContext) -> int | None:
    """The year of the period a figure describes: the last date before it in its sentence that is
    not a comparison base (较2021年) and not undone by 目前; else, for a statement of the present,
    the publish year; none for plans and yearly amounts."""
    left, right = _clause(sentence, figure.start, figure.end)
    if _YEARLY.search(sentence, left, figure.start):
        return None  # 计划下半年建设基地，建成后每年可改装500台: a rate, whatever date came before
    earlier = dates.last_before(figure.start)
    # 2025年…比重由上年的21%提升至34%: the starting point's date is the first value's; the value it
    # rose to is the year the sentence is about
    from_to = earlier is not None and sentence[earlier.start - 1 : earlier.start] == "由"
    if from_to and figure.start - earlier.end <= _NEAR and _FROM_TO.search(sentence, earlier.end, figure.start):
        earlier = dates.last_before(earlier.start)
        if earlier is None and dates.carried:
            # 2025年…增长2.6%；比例由2024年的38%提升至51%: the year the clause before the ； is about
            return int(dates.carried[:4])
    changed = _from_now(sentence, figure, earlier, context)
    if changed is not None:
        return changed
    if figure.kind == "time" or figure.unit in _SPEC_UNITS:
        if earlier is None and context.published and dates.now_between(0, figure.start):
            return context.published[0]  # 目前，平均用时由9小时缩短至2小时: how long it takes now
        # 由30分钟缩短至3分钟, 12英寸沉积设备: how long something takes and what size it is are dated
        # only by a date written before them, not by a present word (已在46家医院使用) nor by 同日/本次
        dated = earlier is not None and not isinstance(earlier, _Period)
        return int(earlier.date[:4]) if dated and not dates.now_between(earlier.end, figure.start) else None
    # (looked for near the figure only: a long sentence of amounts after one date stays linear)
    if isinstance(earlier, _Period) and sentence.startswith(("本次", "此次"), earlier.start):
        # 本次开工的最大项目…规划部署算力2万P，一期投资42亿元，计划于今年12月建成: 本次 names the
        # occasion, and what a plan will bring has no year
        plan = _NO_PERIOD.search(sentence, max(0, figure.start - _NEAR), min(len(sentence), figure.end + _NEAR))
        earlier = None if plan else earlier
    if earlier is not None and _CONTENT_OF.search(sentence, max(earlier.end, figure.start - _NEAR), figure.start):
        earlier = None  # 今年5月出台的政策提出，按采购额的20%给予补贴: what a document says, no period
    elif earlier is not None and not dates.now_between(earlier.end, figure.start):
        return int(earlier.date[:4])
    later = dates.first_within(figure.end, right)
    if later is not None and earlier is None:
        return int(later.date[:4])  # 首批4颗计划于明年上半年发射: the plan's date in the figure's clause
    if _NO_PERIOD.search(sentence[left:right]) or not context.published:
        return None
    # 目前已有3000家; in a sentence with no date at all, a present word anywhere puts it all in the
    # present (训练成本约为同类模型的35%，目前已有1.2万名开发者下载)
    present = dates.first_present_end is not None and (dates.first_present_end <= right or not dates.timexes)
    if earlier is not None or present:
        return context.published[0]  # 目前已有3000家, 月活跃用户已超过3600万: now, as published
    return None  # 占地面积6.6万平方米: the text gives no time, so no year


def sentence_figures(
    sentence: str, context: DateContext, last_date: str | None = None, carried: str | None = None
) -> list[FigureRecord]:
    """The figures of one sentence; ``last_date`` is the last date the text named before it (for 同日);
    ``carried`` the period of the clause before a ； that this sentence goes on from."""
    figures = find_figures(sentence)
    if not figures:
        return []
    by_range = _range_years(sentence, figures)
    timexes = [t for t in find_timexes(sentence, context) if t.date]
    periods = [*timexes, *relative_periods(sentence, context, last_date)]
    if carried and not own_periods(sentence, periods):
        # 今年一季度共监管货物2.36亿吨；查获违规案件127起: the clause after ； has the same period
        periods.append(_Period(0, 0, carried))
    dates = SentenceDates(sentence, periods, carried)
    records = []
    for i, figure in enumerate(figures):
        year = by_range.get(i)
        if year is None:
            year = figure_year(sentence, figure, dates, context)
        left, right = _clause(sentence, figure.start, figure.end)
        kind = figure.kind
        if kind == "percent" and _GROWTH.search(sentence[left : figure.start]):
            kind = "growth"
        records.append(
            FigureRecord(
                value=figure.value,
                unit=figure.unit,
                text=sentence[figure.start : figure.end],
                context=sentence[left:right].strip(),
                year=year,
                kind=kind,
                approx=figure.approx,
                start=figure.start,
                end=figure.end,
            )
        )
    return records


def add_figures(article: Article, options: Options) -> Article:
    """Stage ``figures``: every figure of the body, in text order, offsets into the body."""
    context = article_context(article)
    figures = []
    last_date = None  # the last day the text named, for 同日/当天
    carried = None  # the period of a sentence that ended with ；, for the clause after it
    for start, end in article_sentences(article):
        sentence = article.body[start:end]
        before, carried = carried, None
        if sentence.endswith(("；", ";")):
            own = own_periods(sentence, [t for t in find_timexes(sentence, context) if t.date])
            carried = own[-1].date if own else before
        if not _HAS_NUMBER.search(sentence):
            continue
        records = sentence_figures(sentence, context, last_date, before)
        days = [t.date for t in find_timexes(sentence, context) if t.date and t.precision == "day"]
        last_date = days[-1] if days else last_date
        for record in records:
            record["start"] += start
            record["end"] += start
            figures.append(record)
        if len(figures) > MAX_FIGURES:
            break  # the cap below reports it; reading on would only cost time
    article.figures = cap(article, "figures", figures)
    return article
