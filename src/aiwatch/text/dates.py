"""Publication dates as written on Chinese pages, to ISO 8601.

The time and UTC offset are kept when the text gives them; a date alone stays a date.  Only
absolute dates are parsed here (``2020-12-10``, ``2020年12月10日 10:30``, ``Fri, 05 Nov 2021
09:03:49 GMT``); relative ones (``8月10日``, ``去年``) need a base date and belong to the analysis.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")

# 2020-12-10, 2020/12/10, 2020.12.10, 2020年12月10日, optional time 10:30[:15], optional offset.
_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:[T\s]*(?:(?:上午|下午|晚上|早上)\s*)?(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?"
    r"(?:\.\d+)?\s*(?:秒)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|GMT|UTC)?)?"
)
_YEAR_MONTH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})(?:\s*月)(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
# Day first, with dots, as European and Russian sites print it: 28.08.2019 (never month first:
# 08.28.2019 is not a date there, and 05.09.2023 is the 5th of September).
_DAY_FIRST = re.compile(
    r"(?<![A-Za-z\d.])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d{2})(?![\d.])"
)
# Month first, with slashes and an English clock, as US-built sites print it: 9/17/2004 5:54:13 AM
# (the AM/PM says whose convention it is; without it 7/5/2005 is left unread).
US_DATE_TIME = re.compile(
    r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d{2})\s+"
    r"(?P<H>1[0-2]|0?\d):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)"
)

# Dates in a story's URL, most specific first: /20240527/, 202504263797.html (the date, then a
# serial), /2024/0418/, /202405/27/, /2024-05-27/, /2024/05/27/; month only: /2024-05/, /202405/,
# -202405- before a serial.
URL_DATES: list[tuple[str, re.Pattern[str]]] = [
    ("url:yyyy/mm/dd", re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?=[/._-]|$)")),
    # a file named by its date with underscores, then a serial: /2024_05_27_28731.shtml
    ("url:yyyy_mm_dd", re.compile(r"/(?P<y>(?:19|20)\d{2})_(?P<m>[01]\d)_(?P<d>[0-3]\d)(?=[/._-]|$)")),
    ("url:yyyy/mmdd", re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]\d)(?P<d>[0-3]\d)(?=/)")),
    ("url:yyyymm/dd", re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)/(?P<d>[0-3]\d)(?=/)")),
    (
        "url:yyyymmdd",
        re.compile(r"(?<![\dA-Za-z])(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=\d{0,8}(?:[/._-]|$))"),
    ),
    # a portal's story id: the date, a capital letter and a serial (/a/20240516A02KQP00)
    ("url:yyyymmddA", re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)[A-Z][0-9A-Z]{5,12}(?=[/._-]|$)")),
    # a file named by a letter, the date and a serial: t20240527_3829164.shtml
    ("url:xyyyymmdd_n", re.compile(r"/[a-z](?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)_\d+\.")),
    ("url:yyyy-mm", re.compile(r"/(?P<y>(?:19|20)\d{2})-?(?P<m>[01]\d)(?=/)")),
    # a year folder, then a month folder, then a serial: /2024/10/88213.html
    ("url:yyyy/mm", re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0[1-9]|1[0-2])/(?=\d{3,}\.|[A-Za-z])")),
    # the month between a file name's dashes: /industry,news-202608-5512870.htm
    ("url:-yyyymm-", re.compile(r"(?<=[-_,])(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?=[-_]\d)")),
]
_URL_PATH = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*", re.IGNORECASE)
# A government notice's labels for the date of the document itself (signed, issued), written
# beside the page's 发布日期: the page's date wins over them, in text lines and in HTML info lines.
DOCUMENT_DATE_LABELS = ("发文日期", "成文日期", "印发日期")
#: Labels of a later edit's date (更新时间：…, 更新于 …): the page's publish date only when no
#: publication label dates it.
UPDATE_DATE_LABELS = ("更新时间", "更新日期", "更新于", "最后更新", "修改时间", "修改日期")


def _offset(tz: str | None) -> dt.timezone | None:
    if not tz:
        return None
    if tz in ("Z", "GMT", "UTC"):
        return dt.UTC
    sign = 1 if tz[0] == "+" else -1
    digits = tz[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _iso(y: str, m: str, d: str | None, hh: str | None, mm: str | None, ss: str | None, tz: str | None) -> str | None:
    try:
        if d is None:
            dt.date(int(y), int(m), 1)
            return f"{int(y):04d}-{int(m):02d}"
        day = dt.date(int(y), int(m), int(d))
        if hh is None:
            return day.isoformat()
        moment = dt.datetime(day.year, day.month, day.day, int(hh), int(mm or 0), int(ss or 0), tzinfo=_offset(tz))
    except ValueError:
        return None
    return moment.isoformat()


def parse_date(text: str | None) -> str | None:
    """The first absolute date in ``text`` as ISO 8601, or None.

    >>> parse_date("发布时间:2020-12-10    来源:张江高科技园区官网")
    '2020-12-10'
    >>> parse_date("2022-04-24 19:27:09 +0800")
    '2022-04-24T19:27:09+08:00'
    """
    if not text:
        return None
    text = text.strip()
    if re.match(r"^[A-Z][a-z]{2},\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}", text):
        try:
            return parsedate_to_datetime(text).isoformat()
        except (TypeError, ValueError):
            pass
    # ISO dates at month or year precision, as readers pass them on (1998-03 from a page's 1998-3).
    partial = re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{1,2}))?", text)
    if partial:
        return _iso(partial[1], partial[2], None, None, None, None, None) if partial[2] else partial[1]
    if re.match(r"^\d{4}-\d{2}-\d{2}T", text):
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
    text = text.translate(_CN_DIGITS) if "年" in text else text
    match = _DATE.search(text)
    if match:
        g = match.groupdict()
        return _iso(g["y"], g["m"], g["d"], g["H"], g["M"], g["S"], g["tz"])
    match = _COMPACT.search(text)
    if match and len(text) <= 20:
        return _iso(match["y"], match["m"], match["d"], None, None, None, None)
    match = _DAY_FIRST.search(text)
    if match:
        return _iso(match["y"], match["m"], match["d"], None, None, None, None)
    match = US_DATE_TIME.search(text)
    if match:
        hour = int(match["H"]) % 12 + (12 if match["ampm"][0] in "Pp" else 0)
        return _iso(match["y"], match["m"], match["d"], str(hour), match["M"], match["S"], None)
    match = _YEAR_MONTH.search(text)
    if match:
        return _iso(match["y"], match["m"], None, None, None, None, None)
    return None


def url_date(url: str | None) -> tuple[str, str] | None:
    """The date a story's URL holds, as (ISO date, the pattern that read it), or None.

    Only the path counts (a host such as 2024.example.com is no date), and only a real calendar
    date of 1990 or later:

    >>> url_date("https://www.example.cn/tech/202504263797.html")
    ('2025-04-26', 'url:yyyymmdd')
    >>> url_date("https://www.example.com/2024/0418/c1004-40219876.html")
    ('2024-04-18', 'url:yyyy/mmdd')
    >>> url_date("https://www.example.cn/news/202405/27/t_123.shtml")
    ('2024-05-27', 'url:yyyymm/dd')
    >>> url_date("https://m.example.cn/news/2024_05_27_28731.shtml")
    ('2024-05-27', 'url:yyyy_mm_dd')
    >>> url_date("http://baijiahao.baidu.com/s?id=1674710050339746853") is None
    True

    A query parameter named for the date counts too (the path has none):

    >>> url_date("https://m.example.cn/detail?id=88&pubdate=20240804")
    ('2024-08-04', 'url:query')
    """
    if not url:
        return None
    path = _URL_PATH.sub("", url.strip()).split("?", 1)[0].split("#", 1)[0]
    for name, pattern in URL_DATES:
        for match in pattern.finditer(path):
            g = match.groupdict()
            if int(g["y"]) < 1990:
                continue
            iso = _iso(g["y"], g["m"], g.get("d"), None, None, None, None)
            if iso and iso <= dt.date.today().isoformat():
                return iso, name
    query = url.split("#", 1)[0].partition("?")[2]
    for match in _URL_QUERY_DATE.finditer(query):
        if int(match["y"]) < 1990:
            continue
        iso = _iso(match["y"], match["m"], match["d"], None, None, None, None)
        if iso and iso <= dt.date.today().isoformat():
            return iso, "url:query"
    return None


# ?pubdate=20240804, &date=2024-08-04, &publish_time=2024/08/04: a parameter named for the date
_URL_QUERY_DATE = re.compile(
    r"(?:^|&)(?:pub_?date|publish_?(?:date|time)|pdate|post_?date|date|dt|time)="
    r"(?P<y>(?:19|20)\d{2})[-/]?(?P<m>\d{2})[-/]?(?P<d>\d{2})(?!\d)",
    re.IGNORECASE,
)
