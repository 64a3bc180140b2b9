"""Funding: the company, the round (A轮及A+轮), the amount and the investors (由…领投，…跟投)."""

from __future__ import annotations

import re

from aiwatch.analyze.event_arguments.actors import _article_org, _subject_name
from aiwatch.analyze.event_arguments.common import (
    _AMOUNT,
    _CLAUSE,
    _OWNER_OF_NEXT,
    _PARTNER_BEFORE,
    Arguments,
    Named,
    Sentence,
    _bracket_aliases,
    _is_source,
    _not_owners,
    _pattern_item,
    sentence_mentions,
)

# 新一轮 and 首轮 say a round happened, not which one: the gold leaves them out.
_ROUND = re.compile(
    r"(?:Pre-?IPO|pre-?IPO)轮?|(?:Pre-?|pre-?)?[A-F]\+{0,2}\s*(?:\d\s*)?轮|天使\+?轮|种子轮|战略融资|战略投资轮|"
    # 获得某某基金5亿元战略投资: a strategic investment is the round (not 战略投资者)
    r"战略投资(?![者人方机])"
)
_INVESTOR_AFTER = re.compile(r"^\s*(?:等)?(?:联合)?(?:领投|跟投|参投|共同投资|投资|注资|出资|追投|持续加注|加注)")


# 老股东松涛资本（Pine Wave Capital）超额追加投资: the original spelling in brackets before the verb
_INVESTOR_VERB = re.compile(
    r"^\s*(?:[（(][^（()）]{0,40}[）)])?\s*(?:等)?(?:机构)?(?:作为(?:老|原|现有)?股东)?(?:继续|持续|也|亦|联合|共同|独家|超额)?"
    r"(?:领投|跟投|参投|投资|注资|出资|追投|追加投资|追加|加注|认购)"
)
# 蓝驰创投、奇绩创坛和老股东线性资本跟投: an existing shareholder is listed with the others.
# 庐州科创投资集团有限公司（简称“庐州科投”）与…: a declared short name between two listed investors
_LIST_JOIN = re.compile(
    r"^\s*(?:[（(][^（()）]{0,24}[）)])?\s*(?:、|和|及|与|以及|，)\s*(?:老股东|原股东|现有股东|股东)?\s*"
    # 某某基金与新加坡投资机构某某跟投: a short description of the next investor
    r"(?:[\u4e00-\u9fff]{0,6}(?:投资机构|风投机构|机构|基金))?\s*$"
)
# 投资方为礼来亚洲基金和夏尔巴投资: the investors named after the word for them.
_INVESTORS_NAMED = re.compile(r"(?:投资方|投资机构|投资人|投资者|出资方)(?:为|是|包括|有)")


def _investors(body: str, mentions: list[Named], company: set[str]) -> list[tuple[int, int, str, str]]:
    """Organisations before an investor verb, with those listed with them: 由高榕资本领投，联想创投
    跟投 -> both; 红杉中国和启明创投共同领投 -> both."""
    # 天使投资人某某跟投: a person invests too
    orgs = [m for m in mentions if m.type in ("ORG", "PER") and m.canonical not in company]
    aliases = _bracket_aliases(body, orgs)
    orgs = [m for m in orgs if m not in aliases]
    found: list[Named] = []
    for i, named in enumerate(orgs):
        if not _INVESTOR_VERB.match(body[named.end : named.end + 60]):
            continue
        run = [named]
        j = i - 1
        while j >= 0 and _LIST_JOIN.match(body[orgs[j].end : run[0].start]):
            run.insert(0, orgs[j])
            j -= 1
        found += [m for m in run if m not in found]
    # 投资方包括A、B和C: the label sits right before the first investor named
    low = max(0, mentions[0].start - 8) if orgs else 0
    for label in _INVESTORS_NAMED.finditer(body, low, orgs[-1].end if orgs else 0):
        listed = [m for m in orgs if m.start >= label.end()]
        run = listed[:1]
        for named in listed[1:]:
            if not _LIST_JOIN.match(body[run[-1].end : named.start]):
                break
            run.append(named)
        found += [m for m in run if m not in found]
    # …和海港集团旗下的海港创投: the owner names whose unit invests; the unit is the investor
    units = {m: _unit_of(body, m, orgs) for m in found}
    found = list(dict.fromkeys(units[m] or m for m in found))
    return [m.item for m in sorted(found, key=lambda m: m.start)]


def _unit_of(body: str, owner: Named, orgs: list[Named]) -> Named | None:
    owned = _OWNER_OF_NEXT.match(body, owner.end)
    return next((m for m in orgs if owned and m.start == owned.end()), None)


_STAKE_OF_IT = re.compile(r"认购(?:了)?其")


def _rounds(body: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The round, or two told together (A轮及A+轮 -> A轮、A+轮)."""
    found = _pattern_item(body, _ROUND, start, end)
    if found:
        second = re.compile(r"\s*(?:及|和|与|、|以及)\s*(?:" + _ROUND.pattern + ")").match(body, found[0][1])
        if second:
            text = found[0][2] + "、" + re.sub(r"^\s*(?:及|和|与|、|以及)\s*", "", second.group())
            return [(found[0][0], second.end(), text, text)]
    return found


# 获得某某集团旗下某某基金5亿元战略投资: the investor is named between 获得 and 投资.
_GAIN = re.compile(r"获得|获")


def _investors_of_gain(
    body: str, mentions: list[Named], company: set[str], trigger: int
) -> list[tuple[int, int, str, str]]:
    if not body.startswith(("获得", "获"), trigger):
        return []
    verb_end = _GAIN.match(body, trigger).end()
    clause_end = min([i for i in (body.find(mark, verb_end) for mark in _CLAUSE) if i != -1] or [len(body)])
    stop = body.rfind("投资", verb_end, min(clause_end, verb_end + 40))  # not the 投资 of 产业投资基金
    inside = [m for m in mentions if m.type == "ORG" and verb_end <= m.start and m.end <= stop]
    inside = [m for m in _not_owners(body, inside) if m.canonical not in company]
    return [m.item for m in inside[:1]] if stop != -1 else []


# … A轮由某资本领投，A+轮由…联合领投: the rounds named again before their investors
_ROUND_FOLLOWS = re.compile(r"(?:本轮|本次|此轮|该轮|此次|(?:" + _ROUND.pattern + r"))(?:融资|投资)?(?:由|的?投资方)")


def _round_sentence(body: str, end: int) -> tuple[int, int] | None:
    """The next sentence of the paragraph when it names the round's investors (本轮由…领投)."""
    start = end
    while start < len(body) and body[start] in " \u3000":
        start += 1
    if not _ROUND_FOLLOWS.match(body, start):
        return None
    stop = min([i for i in (body.find(mark, start) for mark in "。\n") if i != -1] or [len(body)])
    return start, stop


def funding(s: Sentence, args: Arguments) -> None:
    """The company, round, amount and investors of a funding."""
    article, body, start, end, trigger, mentions = s.article, s.body, s.start, s.end, s.trigger, s.mentions
    before, acting = s.before, s.acting
    # 据36氪报道，某某完成融资: the news's source raises nothing
    company = [
        m
        for m in before
        if not _INVESTOR_AFTER.match(body[m.end : m.end + 8])
        and not _is_source(body, m)
        and not _INVESTORS_NAMED.search(body, max(0, m.start - 6), m.start)  # 投资方包括A: an investor
    ][:1]
    company_items = [m.item for m in company] or _subject_name(body, start, trigger)
    company_items = company_items or _article_org(article, body, start, trigger)
    # A与B签署增资协议，以3亿元认购其8%的股权: 其 is B, the company; A invests
    partner = [m for m in before if _PARTNER_BEFORE.search(body, max(0, m.start - 1), m.start)]
    if _STAKE_OF_IT.match(body, trigger) and partner:
        company, company_items = partner[-1:], [partner[-1].item]
        args.set("investors", [m.item for m in acting if m not in partner][:1])
    args.set("company", company_items)
    args.set("round", _rounds(body, start, end))
    args.set("amount", _pattern_item(body, _AMOUNT, start, end))
    named = {m.canonical for m in company} | {item[3] for item in company_items}
    if "investors" not in args.values:
        args.set("investors", _investors(body, mentions, named) or _investors_of_gain(body, mentions, named, trigger))
    if "investors" not in args.values:
        # …完成3.5亿元B轮融资。本轮由某某基金领投，某某资本跟投: the round's investors told next
        follow = _round_sentence(body, end)
        if follow:
            args.set("investors", _investors(body, sentence_mentions(article, *follow), named))
