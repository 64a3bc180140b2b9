"""Listings and acquisitions: the company and its exchange, the acquirer and its target, the amount."""

from __future__ import annotations

import re
from itertools import pairwise

from aiwatch.analyze.event_arguments.actors import _article_org, _subject_name
from aiwatch.analyze.event_arguments.common import _AMOUNT, Arguments, Sentence, _is_source, _pattern_item

_EXCHANGE = re.compile(
    r"香港联合交易所|香港交易所|港交所|联交所|上海证券交易所|上交所|深圳证券交易所|深交所|北京证券交易所|北交所|"
    r"纽约证券交易所|纽交所|纳斯达克|科创板|创业板"
)
# 收购电竞数据分析公司某某科技有限公司: a field word taken for a name, then what the company is, then its name
_DESCRIBES_NEXT = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}(?:公司|企业|机构|厂商|服务商|供应商)")


_MAGNITUDE = re.compile(r"亿|万")


def _largest_amount(body: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The amount raised, not the share price: 募资54亿港元 over 每股3.99港元 (an amount with 亿/万 first)."""
    found = list(_AMOUNT.finditer(body, start, end))
    if not found:
        return []
    best = next((m for m in found if _MAGNITUDE.search(m.group())), found[0])
    text = re.sub(r"\s+", "", best.group())
    return [(best.start(), best.end(), text, text)]


# 正式挂牌上市。本次…募集资金总额17.01亿元: the amount a listing raised, told later in its paragraph.
_RAISED = re.compile(r"(?:募集资金|募资)(?:总额|净额)?(?:为|达|约|共)?")


def _raised_after(body: str, end: int) -> list[tuple[int, int, str, str]]:
    paragraph_end = body.find("\n", end)
    raised = _RAISED.search(body, end, len(body) if paragraph_end == -1 else paragraph_end)
    return _largest_amount(body, raised.end(), min(len(body), raised.end() + 14)) if raised else []


def ipo(s: Sentence, args: Arguments) -> None:
    """The company that lists, its exchange and the amount raised."""
    article, body, start, end, trigger, orgs = s.article, s.body, s.start, s.end, s.trigger, s.orgs
    before = s.before
    exchanges = [m.item for m in orgs if _EXCHANGE.search(m.surface) or m.surface.endswith("交易所")]
    # (not the news's source: 某某社9月23日电，某某公司科创板IPO申请获受理)
    companies = [m.item for m in before if m.item not in exchanges and not _is_source(body, m)]
    # 公司计划于2027年赴港上市: 公司 is the article's company
    named = companies or _subject_name(body, start, trigger)
    args.set("company", named or _article_org(article, body, start, trigger))
    args.set("exchange", exchanges or _pattern_item(body, _EXCHANGE, start, end))
    args.set("amount", _largest_amount(body, start, end) or _raised_after(body, end))


_DEAL_WORD = re.compile(r"(?:本次|此次|该笔|这笔|上述)?(?:收购|并购)?交易")


def ma(s: Sentence, args: Arguments) -> None:
    """The acquirer, the target and the amount of an acquisition."""
    body, start, end, trigger, before, after = s.body, s.start, s.end, s.trigger, s.before, s.after
    in_clause = s.in_clause
    # 某某公告称，旗下子公司某某汽车拟以…收购: the one that acts in the verb's clause
    # 交易预计于三季度完成: the deal as the subject names no acquirer
    subject = [item for item in _subject_name(body, start, trigger) if not _DEAL_WORD.match(item[2])]
    args.set("acquirer", [m.item for m in in_clause[:1] or before] or subject)
    described = {m for m, nxt in pairwise(after) if _DESCRIBES_NEXT.fullmatch(body, m.end, nxt.start)}
    args.set("target", [m.item for m in after if m not in described])
    args.set("amount", _pattern_item(body, _AMOUNT, start, end))
