"""Who acts in a sentence when no entity says it plainly: an unknown name before its verb, the
article's own company (公司, 该公司, 院方), the makers of what the sentence is about (由A与B联合研发的) and
the parties told together (双方将…共建)."""

from __future__ import annotations

import re
from itertools import pairwise

from aiwatch.analyze.event_arguments.common import (
    _CLAUSE,
    _GENERIC_ORG,
    _TIME_WORDS,
    Named,
    _bracket_aliases,
    _source_at,
    sentence_mentions,
)
from aiwatch.article import Article

# Who a startup is: 北京人工智能创业公司星衍智能宣布… — the name between a generic head and a verb.
_GENERIC_HEAD = re.compile(
    r"(?:创业公司|初创公司|初创企业|独角兽|公司|企业|厂商|机构|平台|巨头|龙头|"
    # 飞控芯片商芯穗微电子: a maker or supplier named by what it sells
    r"芯片商|供应商|服务商|制造商|提供商|运营商|开发商|设备商|方案商)"
)
_SUBJECT_VERB = re.compile(r"(?:宣布|正式|已经|已|近日|日前|今天|今日|完成|获得|获|与|在|于|将|计划|发布|推出)")
_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·\-]{2,10}$")
_DATE_TAIL = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号].*$|(?:今年|去年|本月|上月)\S*$")


def _subject_name(body: str, start: int, trigger: int) -> list[tuple[int, int, str, str]]:
    """An unknown company named right before its verb: 创业公司星衍智能宣布完成… -> 星衍智能."""
    clause_start = max(body.rfind(mark, start, trigger) for mark in _CLAUSE) + 1
    clause_start = max(clause_start, start)
    verb = _SUBJECT_VERB.search(body, clause_start, trigger)
    if verb is None:
        return []
    before = body[clause_start : verb.start()]
    heads = list(_GENERIC_HEAD.finditer(before))
    if heads:
        before = before[heads[-1].end() :]
    name = _DATE_TAIL.sub("", before.strip())
    # 该模型计划于…发布: a demonstrative refers back, it names no one
    if (
        not _NAME.match(name)
        or _TIME_WORDS.match(name)
        or name[0] in "该这此其"
        or _TOGETHER.match(name)
        or _BARE_KIND.match(name + "将") is not None
    ):
        return []
    at = verb.start() - len(before) + before.index(name)
    return [(at, at + len(name), name, name)]


def _article_org(article: Article, body: str, start: int, trigger: int) -> list[tuple[int, int, str, str]]:
    """公司计划于今年9月发布…: 公司 (or 该公司, 其) is the article's main organisation; 馆里/院方/校方
    the article's library or museum, institute or hospital, school or university."""
    clause = body[start:trigger]
    kind = _SELF_WORD.search(clause)
    if kind:
        return _top_org(article, body, start, _SELF_KIND[kind.group(1)])
    bare = _BARE_KIND.match(clause)
    if bare:
        # 研究所计划明年…: the article's institute, named by its kind alone
        return _top_org(article, body, start, re.compile(re.escape(bare.group(1)) + "$"))
    unregistered = _REGISTERED_NAME.sub("", clause)
    if not re.search(r"公司|企业|集团|其|该|计划|方案", unregistered):
        return []
    # 某某科技成立于2018年，…。公司CEO某某透露，公司已完成…: 公司 is the company the paragraph's sentence
    # before opened with, whoever the article names most
    told = _paragraph_subject(article, body, start) if _BARE_COMPANY.search(unregistered) else []
    return told or _top_org(article, body, start)


# 公司 alone (not 子公司, 分公司, 公司债)
_BARE_COMPANY = re.compile(r"(?<![子分母总])公司(?![债股])")
_SENTENCE_MARKS = "。！？!?"
# a state body opening a sentence is no company (市经信局表示…。公司…)
_STATE_BODY = re.compile(r"(?:局|委|委员会|部|厅|办|政府|署|院|法院|检察院)$")


def _paragraph_subject(article: Article, body: str, start: int) -> list[tuple[int, int, str, str]]:
    """The company that opens the last sentence before ``start`` in the paragraph that opens with one."""
    paragraph_start = body.rfind("\n", 0, start) + 1
    stops = [i + 1 for i in range(paragraph_start, start) if body[i] in _SENTENCE_MARKS]
    opens = [paragraph_start, *stops]
    for at in reversed(opens):
        while at < start and body[at] in " \u3000":
            at += 1
        if at >= start:
            continue
        for entity in article.entities or []:
            if entity["type"] != "ORG" or _STATE_BODY.search(entity["name"]) or _GENERIC_ORG.search(entity["name"]):
                continue
            opening = [m for m in entity["mentions"] if m["start"] == at]
            # (not a dateline's outlet: 某某社9月23日电，…)
            if opening and not _source_at(body, at, opening[0]["end"]):
                # as the text last wrote it before the verb (某某科技有限公司（下称“某某”）…: 某某)
                last = [m for m in entity["mentions"] if m["end"] <= start][-1]
                return [(last["start"], last["end"], body[last["start"] : last["end"]], entity["name"])]
    return []


# 北京某某拍卖有限公司: the 公司 of a registered name is no word for the article's company
_REGISTERED_NAME = re.compile(
    r"(?:(?!公司|与|和|及)[\u4e00-\u9fffA-Za-z（）()]){2,30}?(?:有限责任公司|有限公司|股份公司)"
)
# 馆里还与某大学签署协议, 院方计划…: an institution speaks of itself by its kind
_SELF_WORD = re.compile(r"(?<![\u4e00-\u9fff])(馆|院|校)(?:里|方)")
_BARE_KIND = re.compile(
    r"\s*(研究所|研究院|研究中心|实验室|医院|大学|学院)(?=计划|将|已|还|也|宣布|表示|正式|今年|明年)"
)
_SELF_KIND = {"馆": re.compile(r"馆$"), "院": re.compile(r"院$"), "校": re.compile(r"(?:学校|大学|学院|中学|小学)$")}


def _top_org(
    article: Article, body: str, at: int | None = None, kind: re.Pattern[str] | None = None
) -> list[tuple[int, int, str, str]]:
    """The organisation the article names most as one that acts, not as the news's source
    (据马来西亚投资发展局消息，字节跳动计划…; 马来西亚投资发展局表示，项目…): its first mention;
    ``kind``: only organisations whose name ends so (馆 for 馆里)."""
    # a library or a museum may be typed a place (a venue) by the entities: it is the one meant by 馆里
    types = ("ORG",) if kind is None else ("ORG", "LOC")
    orgs = [e for e in article.entities or [] if e["type"] in types and not _GENERIC_ORG.search(e["name"])]
    if kind is not None:
        orgs = [e for e in orgs if kind.search(e["name"])]
    if not orgs:
        return []

    def acting(entity: dict) -> int:
        return sum(not _source_at(body, m["start"], m["end"]) for m in entity["mentions"])

    top = max(orgs, key=lambda e: (acting(e) > 0, acting(e), e["count"], -e["mentions"][0]["start"]))
    if kind is not None and at is not None:
        # 研究所计划…, 馆里还…: the institution of that kind named last before it
        last_named = [
            (max((m["end"] for m in e["mentions"] if m["end"] <= at), default=-1), i) for i, e in enumerate(orgs)
        ]
        end, index = max(last_named)
        top = orgs[index] if end >= 0 else top
    # 公司 of a later sentence is the company as the text last named it (某某科技有限公司（简称“某某”）…
    # 某某成立于2020年。…公司宣布…: 某某)
    earlier = [m for m in top["mentions"] if at is not None and m["end"] <= at]
    first = earlier[-1] if earlier else top["mentions"][0]
    return [(first["start"], first["end"], body[first["start"] : first["end"]], top["name"])]


# 由A与B联合研发的“某某系统”, A自主研发的…, A与B共建的“联合实验室”: who made what the sentence is about.
_MADE_BY = re.compile(
    r"(?:[（(][^（()）]{0,24}[）)])?\s*(?:联合|共同|合作|携手)?(?:自主)?"
    r"(?:研发|开发|研制|建设|共建|打造|设计|推出|搭建|建成|研发并推出)的"
)
_MADE_BY_CLAUSE = re.compile(
    r"(?:[（(][^（()）]{0,24}[）)])?\s*(?:联合|共同|合作|携手)?(?:投资)?(?:研发|开发|研制|建设|共建|打造|运营|承建)(?=[，。；,]|$)"
)
_JOINED = re.compile(r"\s*(?:、|与|和|及|以及|联合)\s*$")
# 双方将于明年共建…, 三方将于年底前建成…: the parties named before, together.
_TOGETHER = re.compile(r"(?:双方|三方|四方|各方|两家|三家|两者|二者)")


def _run_before(body: str, orgs: list[Named], last: int) -> list[Named]:
    """The organisation ``orgs[last]`` and those listed right before it (A、B与C)."""
    run = [orgs[last]]
    for named in reversed(orgs[:last]):
        if not _JOINED.fullmatch(body[named.end : run[0].start]):
            break
        run.insert(0, named)
    return run


def _makers(body: str, orgs: list[Named], trigger: int | None = None) -> list[Named]:
    """The organisations a maker's clause names: 由A与B联合研发的 -> A, B (the last such clause before
    the verb, else the last one), and 由A投资建设，… (the clause ends there)."""
    found: list[Named] = []
    before_verb: list[Named] = []
    for i, named in enumerate(orgs):
        if _MADE_BY.match(body, named.end):
            found = _run_before(body, orgs, i)
        elif _MADE_BY_CLAUSE.match(body, named.end):
            run = _run_before(body, orgs, i)
            if body[max(0, run[0].start - 1) : run[0].start] == "由":
                found = run
        if found and trigger is not None and found[-1].end <= trigger:
            # A与B合作建设的病区投入使用，配备了C研发的机器人: the makers of what the verb is about
            before_verb = found
    return before_verb or found


def _together(body: str, orgs: list[Named], clause_start: int, trigger: int) -> list[Named]:
    """双方/三方 in the verb's clause: every organisation listed together before that clause."""
    if not _TOGETHER.search(body, clause_start, trigger):
        return []
    earlier = [i for i, m in enumerate(orgs) if m.end <= clause_start]
    if not earlier:
        return []
    run = _run_before(body, orgs, earlier[-1])
    # A与B签署协议: the party before the verb's 与 too
    first = orgs.index(run[0])
    if first > 0 and re.fullmatch(
        r"\s*(?:还|也|今天|昨天|当天)?(?:与|和|同)\s*", body[orgs[first - 1].end : run[0].start]
    ):
        run.insert(0, orgs[first - 1])
    return run if len(run) > 1 else []


def _together_told_before(article: Article, clause_start: int, trigger: int) -> list[Named]:
    """根据协议，双方将于…共建…: 双方 with no one named in its sentence are the organisations the text
    named together last (A与B签署战略合作协议, A（下称“a”）与某公司B), each as the text last wrote it."""
    body = article.body
    if not _TOGETHER.search(body, clause_start, trigger):
        return []
    orgs = [m for m in sentence_mentions(article, 0, clause_start) if m.type == "ORG"]
    aliases = _bracket_aliases(body, orgs)
    named = [m for m in orgs if m not in aliases]
    for last in range(len(named) - 1, 0, -1):
        run = [named[last]]
        for m in reversed(named[:last]):
            if not _TOLD_TOGETHER.fullmatch(body, m.end, run[0].start):
                break
            run.insert(0, m)
        if len(run) > 1:
            # 衣澜创意总监…, 织梦智能成立于…: the form written last before 双方 (a declared short name is
            # the same party)
            short = {alias.canonical: full.canonical for full, alias in pairwise(orgs) if alias in aliases}
            return [
                next(m for m in reversed(named) if short.get(m.canonical, m.canonical) == party.canonical)
                for party in run
            ]
    return []


_TOLD_TOGETHER = re.compile(
    r"\s*(?:[（(][^（()）]{0,24}[）)])?\s*(?:、|与|和|及|以及|同|联合)\s*"
    r"(?:[\u4e00-\u9fffA-Za-z]{0,8}?(?:公司|企业|机构|品牌|厂商|平台|服务商))?"
)


# A（下称“B”）与C在南昌共同成立…: A and C do it together
_JOINTLY = re.compile(r"共同|联合|合作|携手")
_JOINED_ALIAS = re.compile(r"\s*(?:[（(][^（()）]{0,24}[）)])?\s*(?:、|与|和|及|以及|同)\s*")


def _jointly(body: str, orgs: list[Named], clause_start: int, trigger: int) -> list[Named]:
    aliases = _bracket_aliases(body, orgs)
    named = [m for m in orgs if m not in aliases and clause_start <= m.start and m.end <= trigger]
    if len(named) < 2 or not _JOINTLY.search(body, named[-1].end, trigger):
        return []
    run = [named[-1]]
    for m in reversed(named[:-1]):
        if not _JOINED_ALIAS.fullmatch(body, m.end, run[0].start):
            break
        run.insert(0, m)
    return run if len(run) > 1 else []
