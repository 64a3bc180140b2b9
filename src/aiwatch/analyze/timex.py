"""Dates in running text, resolved to ISO form at the precision the text gives.

Absolute dates (2020年8月10日 -> ``2020-08-10`` day, 2019年5月 -> ``2019-05`` month, 2017年 ->
``2017`` year) need nothing else.  Relative ones need a base year: 8月10日, 今年7月, 去年, 下半年.
The base is, in order: a year written earlier in the same sentence (2019年5月…8日), the article's
``published`` date, the same month and day written with a year elsewhere in the article (seed 000
says 8月10日下午 and later 2020年8月10日下午), and last the latest year the article gives with a
month (a bare year such as 始建于1958年 or a statistic's 2017年 is no base).  A date that cannot
be resolved keeps ``date`` None rather than a guess.

Anchored to the publish date, a date never falls after it unless the sentence speaks of the
future (计划/将/预计/拟…): then ``future`` is set (公司计划于今年9月发布 in May is this September),
and otherwise a month ahead of publication is last year's (11月 in a May article).  当年 is the
year written just before it; 近日/日前 are the publish date with precision ``around``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aiwatch.article import Article

_CN = str.maketrans("〇零一二三四五六七八九", "00123456789")

# Parts of a day that may follow a date: 8月10日下午.  They are kept in the text, not resolved.
_DAYPART = r"(?:上午|下午|晚上|晚间|早上|凌晨|中午|傍晚|晚)?"
_YEAR = r"(?P<y>(?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年"
_REL_YEAR = r"(?P<rel>今年|去年|前年|明年|上年|本年|当年)"
_MONTH = r"(?P<m>1[0-2]|0?[1-9])\s*月"
# 今年三月, 2026年十一月: a month in Chinese numerals, only after a year (一月 alone is too often a word)
_MONTH_WITH_YEAR = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]"
_MONTH_PART = r"(?P<mpart>上旬|中旬|下旬|初|底|末|份)?"
_YEAR_PART = r"(?P<ypart>上半年|下半年|年初|年底|年末|年中|一季度|二季度|三季度|四季度|第[一二三四]季度|底|初|末)?"

# The verbs a news sentence goes on with after its date (某某公司昨天宣布, 11日披露, 周二发布).
_NEWS_VERB = "宣布|发布|表示|披露|透露|举行|召开|签署|签约|完成|获得|推出|公布|公告|对外"

#: Named patterns, tried as one alternation, most specific first.  Each has a test in
#: tests/test_timex.py with the Chinese example that motivated it.
PATTERNS: list[tuple[str, str]] = [
    ("iso_day", r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"),
    ("year_month_day", rf"{_YEAR}\s*{_MONTH}\s*{_DAY}{_DAYPART}"),  # 2020年8月10日下午
    ("year_month", rf"{_YEAR}\s*{_MONTH_WITH_YEAR}{_MONTH_PART}"),  # 2019年5月, 2021年9月底
    ("year", rf"{_YEAR}{_YEAR_PART}"),  # 2017年, 2017年下半年
    ("rel_month_day", rf"{_REL_YEAR}\s*{_MONTH}\s*{_DAY}{_DAYPART}"),  # 今年7月11日
    ("rel_month", rf"{_REL_YEAR}\s*{_MONTH_WITH_YEAR}{_MONTH_PART}"),  # 今年7月
    ("rel_year", rf"{_REL_YEAR}{_YEAR_PART}"),  # 去年, 今年上半年
    ("month_day", rf"(?<![\d年月])(?P<m>1[0-2]|0?[1-9])\s*月\s*{_DAY}{_DAYPART}"),  # 8月10日下午
    ("month", rf"(?<![\d年月个])(?P<m>1[0-2]|0?[1-9])月{_MONTH_PART}(?![\d日号])"),  # 3月下旬
    ("half_year", r"(?<![年今去明前本当])(?P<ypart>上半年|下半年)"),  # 下半年
    # 预计年底前完成部署: the end of the publish year (not 每年年底, 去年年底, 2024年底).
    ("year_end", r"(?<![\d年今去明前本当每])(?P<ypart>年底|年末)"),
    # 年初完成融资, 年中投产: the publish year's start or middle (not 每年年初, 去年年初, 2024年初).
    ("year_start", r"(?<![\d年今去明前本当每])(?P<ypart>年初|年中)(?![期考报])"),
    # 计划年内设立: within the publish year (not 三年内, 半年内, 是年内).
    ("year_within", r"(?<![\d〇零一二两三四五六七八九十几半多数百千万是该同当本今去明前每近])(?P<ypart>年内)"),
    # Only as a time: 昨天下午, 今天， — not 前日本人 (前 + 日本) or 今天的中国 ("nowadays").
    # …and before the words a clause goes on with: 昨日与某公司签署, 昨天从某部门获悉 (not 今日头条).
    (
        "rel_day",
        # …and before the verb of a company's news: 某某公司昨天宣布, 昨日披露
        rf"(?P<relday>昨天|昨日|昨晚|昨夜|今天|今日|今晨|今晚|前天|前日|前晚|明天|明日)(?=[，,、\s上下晚早凌中午傍\d与和在向从对将已正]|$|{_NEWS_VERB})",
    ),
    # 近日/日前: a few days before publication (not 节日前, 工作日前, 生日前).
    ("around", r"(?P<around>近日|(?<![节作生假期末当平])日前)(?![往后])"),
    # 上周五, 本周三, 下星期一: a day of the week before, of or after publication's (weeks start on Monday).
    (
        "rel_weekday",
        r"(?P<relweek>上个?(?:周|星期|礼拜)|本周|这周|这个?星期|下个?(?:周|星期|礼拜))(?P<weekday>[一二三四五六日天])",
    ),
    # 公司11日宣布, 记者10日从…获悉, 10日晚间: a day of the month alone is the publish month's (the
    # month before when it is after the publish day).  Not a count (3日游, 近3日, 第5日) nor the end
    # of a range (23日至24日), and only before what a news sentence goes on with.
    (
        "bare_day",
        r"(?<![\d年月号第每近数至到～~—\-])(?P<bday>[12]\d|3[01]|[1-9])日"
        rf"(?=[，,、]|上午|下午|晚间|晚上|凌晨|早间|中午|傍晚|晚|{_NEWS_VERB}|正式|在|与|从|向|起|发表|接受|举办|"
        r"开幕|闭幕|上线|亮相)",
    ),
    # 公司周二宣布, 星期五晚间: a day of the week alone is the last such day up to the publish day.
    (
        "bare_weekday",
        r"(?<![上下本这每个隔])(?:周|星期|礼拜)(?P<bweek>[一二三四五六日天])"
        rf"(?=[，,]|上午|下午|晚间|晚上|凌晨|早间|中午|晚|{_NEWS_VERB}|正式|在|与|从|向)",
    ),
    # 上月28日: a day of the month before (or after, or of) publication's.
    ("relmon_day", r"(?P<relmon>上个?月|下个?月|本月|当月)\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]"),
    # 上月/下月/本月: the month before, after or of publication.
    # 月初/月底 alone, no month before it (not 5月初, 每月底, 岁月初心): the publish month's start or end.
    (
        "rel_month_only",
        r"(?P<relmon>上个?月|下个?月|本月|当月|(?<![\d一二三四五六七八九十〇零个上下本当每岁年几数])月(?=[初底末]|中(?![心国文外间期])))"
        r"(?P<rmpart>初|底|末|中旬|上旬|下旬|中(?![心国文外间期]))?",
    ),
]
# The lookahead rejects most positions at once: without it every alternative is tried at every
# character, which made this the slowest regex of the analysis.
_TIMEX = re.compile(
    r"(?=[\d〇零一二今去前明上本当下昨近日年这月周星礼])(?:"
    + "|".join(f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}_')})" for name, pattern in PATTERNS)
    + ")"
)
# What DateContext needs from the whole body: written years, with month and day when given.
_WRITTEN_DATE = re.compile(r"((?:19|20)\d{2})\s*年(?:\s*(1[0-2]|0?[1-9])\s*月(?:\s*(3[01]|[12]\d|0?[1-9])\s*[日号])?)?")
_REL_YEAR_OFFSET = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
# 昨晚, 今晨, 前晚: the evening or morning of a day counted from the publish date, dated by the day
_REL_DAY_OFFSET = {
    **{"今天": 0, "今日": 0, "今晨": 0, "今晚": 0, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1},
    **{"前天": -2, "前日": -2, "前晚": -2, "明天": 1, "明日": 1},
}
# A year after 到/至/力争 is a target (到2025年…达到1000亿元), not a time things happened.
_TARGET_BEFORE = ("到", "至", "力争", "预计", "计划", "将于", "将在")
_REL_MONTH_OFFSET = {"上月": -1, "上个月": -1, "下月": 1, "下个月": 1, "本月": 0, "当月": 0, "月": 0}
_CN_MONTH = {"十": 10, "十一": 11, "十二": 12, **{c: i for i, c in enumerate("一二三四五六七八九", 1)}}
_WEEKDAY = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
# Words that put a clause in the future: 计划于今年9月发布, 将于12月发布, 预计明年上市, 下月将发布.
_FUTURE_BEFORE = re.compile(r"(?:计划|预计|将|拟|有望|即将|力争|争取|准备|打算|定)(?:于|在|从)?\s*$")
# A bare year after these is a founding or a comparison, no base for 今年: 始建于1958年, 较2021年.
_NOT_BASE_BEFORE = ("建于", "成立于", "始于", "创办于", "创立于", "创建于", "诞生于", "较", "比", "同比")
_FUTURE_NEAR = re.compile(r"计划|预计|将|拟|有望|即将|力争|争取|准备|打算|定于")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?]")


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    date: str | None
    precision: str  # day | month | year | around (近日/日前: the publish date, give or take days)
    kind: str  # pattern name
    explicit_year: bool  # the year is written in the text (2019年5月), not inferred
    future: bool = False  # the sentence puts it ahead (计划/将/预计…) and it is after publication


def _group(match: re.Match[str], kind: str, name: str) -> str | None:
    return match.group(f"{kind}_{name}") if f"{kind}_{name}" in match.re.groupindex else None


def _year(text: str) -> int:
    return int(text.translate(_CN))


def _valid(y: int, m: int, d: int) -> bool:
    import calendar

    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> tuple[str | None, str]:
    if y is None:
        return None, "day" if d else ("month" if m else "year")
    if m is None:
        return f"{y:04d}", "year"
    if d is None:
        return f"{y:04d}-{m:02d}", "month"
    if not _valid(y, m, d):
        return None, "day"
    return f"{y:04d}-{m:02d}-{d:02d}", "day"


class DateContext:
    """What an article offers to resolve relative dates: its published date and its own dates."""

    def __init__(self, published: str | None, body: str = "") -> None:
        self.published = _parse_published(published)
        self.body = body
        self._scanned = False
        self._month_day_years: dict[tuple[int, int], int] = {}
        self._latest_year: int | None = None

    def _scan(self) -> None:
        """Read the body's own dates, only when needed (no published date): most articles have one.

        The base is the latest year written with a month (2020年8月10日); only when the body has
        none, the latest bare year that is not a founding or comparison (始建于1958年, 较2021年)."""
        self._scanned = True
        dated: list[int] = []
        bare: list[int] = []
        for match in _WRITTEN_DATE.finditer(self.body):
            year = int(match[1])
            if match[2] and match[3]:
                self._month_day_years.setdefault((int(match[2]), int(match[3])), year)
            before = self.body[max(0, match.start() - 4) : match.start()]
            if any(before.endswith(word) for word in _TARGET_BEFORE):
                continue
            if match[2]:
                dated.append(year)
            elif not any(before.endswith(word) for word in _NOT_BASE_BEFORE):
                bare.append(year)
        self._latest_year = max(dated or bare, default=None)

    @property
    def month_day_years(self) -> dict[tuple[int, int], int]:
        if not self._scanned:
            self._scan()
        return self._month_day_years

    @property
    def latest_year(self) -> int | None:
        if not self._scanned:
            self._scan()
        return self._latest_year

    def base_year(self, month: int | None = None, day: int | None = None) -> int | None:
        if self.published:
            year, pub_month, _ = self.published
            # Published in January, "12月28日" is last December.
            if month is not None and month - pub_month > 6:
                return year - 1
            return year
        if month is not None and day is not None and (month, day) in self.month_day_years:
            return self.month_day_years[(month, day)]
        return self.latest_year

    def year_before(self, text: str) -> int | None:
        """The last year written in the body before ``text`` (当年 refers to it)."""
        at = self.body.find(text)
        if at <= 0:
            return None
        before = self.body[:at]
        years = [
            m
            for m in re.finditer(r"((?:19|20)\d{2})\s*年", before)
            if not any(before[max(0, m.start() - 4) : m.start()].endswith(w) for w in _NOT_BASE_BEFORE)
        ]
        return int(years[-1][1]) if years else None

    def after_publication(self, date: str | None) -> bool:
        if not date or not self.published:
            return False
        y, m, d = self.published
        return date[:10] > f"{y:04d}-{m:02d}-{d:02d}"[: len(date[:10])]


def article_context(article: Article) -> DateContext:
    """One DateContext per article, shared by the figures and events stages."""
    cached = article.hints.get("_date_context")
    if cached is None or cached.body is not article.body:
        cached = DateContext(article.published, article.body)
        article.hints["_date_context"] = cached
    return cached


def _parse_published(published: str | None) -> tuple[int, int, int] | None:
    if not published:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published)
    if not match:
        return None
    return int(match[1]), int(match[2] or 1), int(match[3] or 1)


def is_future(text: str, start: int, end: int) -> bool:
    """The clause around ``text[start:end]`` speaks of the future: a marker just before the date
    (计划于今年9月, 预计明年) or right after it in the same clause (下月将发布)."""
    before = text[max(0, start - 6) : start]
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    if _FUTURE_BEFORE.search(before[clause_start:]):
        return True
    # 公司计划明年…，并于今年10月推出…: a clause joined by 并 goes on with the plan of the one before
    opening = start - len(before) + clause_start
    if clause_start and text.startswith("并", opening):
        previous = text[max(0, opening - 40) : opening - 1]
        previous = previous[max((m.end() for m in _CLAUSE_BREAK.finditer(previous)), default=0) :]
        if _FUTURE_NEAR.search(previous):
            return True
    after = text[end : end + 8]
    stop = _CLAUSE_BREAK.search(after)
    return bool(_FUTURE_NEAR.search(after[: stop.start()] if stop else after))


def _resolve(
    match: re.Match[str],
    kind: str,
    context: DateContext,
    sentence_year: int | None,
    text: str = "",
    own_year: int | None = None,
) -> Timex:
    g = {name: _group(match, kind, name) for name in ("y", "m", "d", "rel", "relday", "mpart", "ypart")}
    m = (_CN_MONTH.get(g["m"]) or int(g["m"])) if g["m"] else None
    d = int(g["d"]) if g["d"] else None
    explicit = g["y"] is not None
    # 明年 is ahead by itself; otherwise the clause says so (计划于今年9月, 将于12月, 下月将发布).
    ahead = g["rel"] == "明年" or (is_future(text, match.start(), match.end()) if text else False)
    if _group(match, kind, "around"):
        return _around(match, context)
    if _group(match, kind, "relmon"):
        return _relative_month(match, _group(match, kind, "relmon") or "", context, ahead, d)
    if _group(match, kind, "relweek"):
        return _relative_weekday(match, kind, context)
    if _group(match, kind, "bday"):
        return _bare_day(match, kind, context, ahead)
    if _group(match, kind, "bweek"):
        return _bare_weekday(match, kind, context)
    if explicit:
        y: int | None = _year(g["y"])
    elif g["rel"] == "当年":
        # 2019年出台政策，当年引进企业37家: the year just written, in the sentence or before it
        y = sentence_year if sentence_year is not None else (context.year_before(text) if text else None)
    elif g["rel"] == "上年" and own_year is not None:
        y = own_year - 1  # 2025年…比重由上年的21%提升至34%: the year before the one the sentence is about
    elif g["rel"]:
        base = context.published[0] if context.published else (sentence_year or context.base_year())
        y = base + _REL_YEAR_OFFSET[g["rel"]] if base is not None else None
    elif g["relday"]:
        return _relative_day(match, g["relday"], context)
    elif kind == "year_end" and own_year is not None and text and not _PLAN_BEFORE.search(text, 0, match.start()):
        y = own_year  # 2024年全省肉牛出栏320万头，年末存栏510万头: the end of the year the sentence is about
    elif kind in ("year_end", "year_within", "year_start"):
        y = context.published[0] if context.published else (sentence_year or context.base_year())
    elif sentence_year is not None:
        y = sentence_year
    else:
        y, upcoming = _month_year(context, m, d, ahead)
        ahead = ahead or upcoming
    if m is None and g["ypart"] in _YEAR_END and not _BY_THE_END.match(text, match.end()):
        m = 12  # 年底投产: at the end of the year, December; 年底前投产 is by then, any time in the year
    date, precision = _iso(y, m, d)
    future = ahead and (context.after_publication(date) or _part_ahead(context, y, m, g["ypart"]))
    return Timex(match.start(), match.end(), match.group(), date, precision, kind, explicit, future)


_YEAR_END = frozenset({"年底", "年末", "底", "末"})
# 2024年营收增长，预计年底前完成: a plan's year end is the publish year's, whatever year came before
_PLAN_BEFORE = re.compile(r"计划|预计|将|力争|有望|争取|目标|拟")
# 年底前 / 年底之前 / 年末以前: a deadline, so the year (as 年内), not the year's last month
_BY_THE_END = re.compile(r"[之以]?前")
# The first month of a part of the year: 拟于今年下半年出台 in June is still ahead.
_PART_START = {
    "下半年": 7,
    "年底": 12,
    "年末": 12,
    "三季度": 7,
    "四季度": 10,
    "第三季度": 7,
    "第四季度": 10,
    "底": 12,
    "末": 12,
}


def _part_ahead(context: DateContext, year: int | None, month: int | None, part: str | None) -> bool:
    if not context.published or year is None or month is not None or part not in _PART_START:
        return False
    pub_year, pub_month, _ = context.published
    return year == pub_year and _PART_START[part] > pub_month


def _month_year(context: DateContext, month: int | None, day: int | None, ahead: bool) -> tuple[int | None, bool]:
    """The year of a month (and day) written without one, and whether it is still to come.

    After publication it is last year's (11月 in a May article), unless the clause speaks of the
    future (then it may be next year's: 将于3月 in November) or the date is at most the next month
    (6月3日 in a 27 May article announces what is coming: this year, ahead)."""
    if not context.published or month is None:
        return context.base_year(month, day), False
    year, pub_month, pub_day = context.published
    later = (month, day or 1) > (pub_month, pub_day) if day else month > pub_month
    if ahead:
        return (year + 1 if month < pub_month and pub_month - month > 3 else year), True
    if later and month - pub_month <= 1:
        return year, True
    return (year - 1 if later else year), False


def _around(match: re.Match[str], context: DateContext) -> Timex:
    """近日/日前: the publish date, precision ``around``."""
    date = None
    if context.published:
        y, m, d = context.published
        date = f"{y:04d}-{m:02d}-{d:02d}"
    return Timex(match.start(), match.end(), match.group(), date, "around", "around", False)


def _relative_month(
    match: re.Match[str], word: str, context: DateContext, ahead: bool, day: int | None = None
) -> Timex:
    """上月/下月/本月 from the publish month: 上月 in a January article is last December; 上月28日
    is that month's 28th."""
    date = None
    precision, kind = ("day", "relmon_day") if day else ("month", "rel_month_only")
    if context.published:
        y, m, _ = context.published
        index = y * 12 + (m - 1) + _REL_MONTH_OFFSET[word]
        date, _ = _iso(index // 12, index % 12 + 1, day)
    future = bool(date) and context.after_publication(date)
    return Timex(match.start(), match.end(), match.group(), date, precision, kind, False, future)


def _relative_weekday(match: re.Match[str], kind: str, context: DateContext) -> Timex:
    """上周五 from the publish date's week (Monday to Sunday): published on a Monday, the Friday before."""
    import datetime as dt

    date = None
    word = _group(match, kind, "relweek") or ""
    weeks = -1 if word.startswith("上") else (1 if word.startswith("下") else 0)
    if context.published:
        published = dt.date(*context.published)
        monday = published - dt.timedelta(days=published.weekday())
        day = monday + dt.timedelta(days=7 * weeks + _WEEKDAY[_group(match, kind, "weekday") or "一"])
        date = day.isoformat()
    future = bool(date) and context.after_publication(date)
    return Timex(match.start(), match.end(), match.group(), date, "day", "rel_weekday", False, future)


def _bare_day(match: re.Match[str], kind: str, context: DateContext, ahead: bool) -> Timex:
    """11日 in a 12 March article is 11 March; 28日 is 28 February, unless the clause plans it."""
    date = None
    day = int(_group(match, kind, "bday") or 0)
    if context.published:
        y, m, d = context.published
        if day > d and not ahead:
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        date, _ = _iso(y, m, day)
    future = bool(date) and context.after_publication(date)
    return Timex(match.start(), match.end(), match.group(), date, "day", "bare_day", False, future)


def _bare_weekday(match: re.Match[str], kind: str, context: DateContext) -> Timex:
    """周二 in a Thursday's article is two days before; on a Tuesday it is that day."""
    import datetime as dt

    date = None
    if context.published:
        published = dt.date(*context.published)
        back = (published.weekday() - _WEEKDAY[_group(match, kind, "bweek") or "一"]) % 7
        date = (published - dt.timedelta(days=back)).isoformat()
    return Timex(match.start(), match.end(), match.group(), date, "day", "bare_weekday", False)


def _relative_day(match: re.Match[str], word: str, context: DateContext) -> Timex:
    import datetime as dt

    date = None
    if context.published:
        y, m, d = context.published
        date = (dt.date(y, m, d) + dt.timedelta(days=_REL_DAY_OFFSET[word])).isoformat()
    return Timex(match.start(), match.end(), match.group(), date, "day", "rel_day", False)


_COMPARISON_BEFORE = re.compile(r"(?:较|比|相比|相较|同比)\s*$")


def find_timexes(text: str, context: DateContext, offset: int = 0) -> list[Timex]:
    """Dates in ``text`` (one sentence, say), offsets shifted by ``offset``.

    >>> [t.date for t in find_timexes("今年7月11日举行的发布会", DateContext("2020-12-10"))]
    ['2020-07-11']
    """
    found: list[Timex] = []
    sentence_year: int | None = None
    own_year: int | None = None  # … not a comparison base (较2024年): the year the sentence is about
    for match in _TIMEX.finditer(text):
        kind = match.lastgroup or ""
        timex = _resolve(match, kind, context, sentence_year, text, own_year)
        if timex.explicit_year and timex.date:
            sentence_year = int(timex.date[:4])
            if not _COMPARISON_BEFORE.search(text, max(0, match.start() - 3), match.start()):
                own_year = sentence_year
        if offset:
            timex = Timex(timex.start + offset, timex.end + offset, *_rest(timex))
        found.append(timex)
    return found


def _rest(t: Timex) -> tuple[str, str | None, str, str, bool, bool]:
    return t.text, t.date, t.precision, t.kind, t.explicit_year, t.future


def usable_for_event(timex: Timex, context: DateContext) -> bool:
    """No event is dated after publication unless its sentence speaks of the future."""
    return bool(timex.date) and (timex.future or not context.after_publication(timex.date))
