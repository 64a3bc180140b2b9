"""Partnerships and signings: the parties."""

from __future__ import annotations

import re

from aiwatch.analyze.event_arguments.actors import _article_org
from aiwatch.analyze.event_arguments.common import _CLAUSE, Arguments, Named, Sentence, _bracket_aliases

# A与B、C签署…: the parties written before the verb, joined by 与/、/同/及 (和 only between two names the
# entities end and start at: 林业和草原局 is one body)
_PARTY_JOIN = re.compile(r"与|、|同|以及|及|和")
# 还, 也, 正式, 在杭州: words between the last party and the verb
_BEFORE_VERB = re.compile(r"(?:还|也|又|已|已经|正式|共同|联合|今天|昨天|当天|在[\u4e00-\u9fff]{1,8}?)+$")
# 连锁汽修品牌速修坊, 瑞士钟表配件商Corvane SA: what a party is, written before its name
_DESCRIPTION = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{2,10}?(?:品牌|配件商|供应商|服务商|制造商|运营商|开发商|厂商|商|企业|机构|平台|公司)(?=.{2})"
)
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_BODY_END = re.compile(r"(?:局|委员会|委|厅|办|中心|院|所|集团|公司|协会|联合会|总队|支队)$")
_NO_NAME = re.compile(r"^(?:公司|集团|双方|三方|各方|企业|该公司|其|我们|记者)$|[，。；：:！？]|宣布|表示|透露|介绍")


def partnership(s: Sentence, args: Arguments) -> None:
    """The parties of a partnership or signing."""
    article, body, start, end, trigger, mentions = s.article, s.body, s.start, s.end, s.trigger, s.mentions
    orgs, before, after = s.orgs, s.before, s.after
    # 与A签署协议 names A before the verb; after it only in the verb's own clause (签署协议，共建…中心
    # and 签署协议，云途智能将为对方建设… name a project and a party again, no new party)
    clause_end = min([i for i in (body.find(mark, trigger, end) for mark in _CLAUSE) if i != -1] or [end])
    aliases = _bracket_aliases(body, orgs)
    # 前某台配音演员某某介绍: a speaker's former employer is no party
    aliases |= {m for m in before if m.start > 0 and body[m.start - 1] == "前"}
    parties = [m.item for m in before if m not in aliases] + [
        m.item for m in after if m.start < min(trigger + 30, clause_end) and m not in aliases
    ]
    written = _written_parties(body, mentions, s.clause_start, trigger)
    places = {m.item for m in mentions if m.type == "LOC"}
    if len(written) > len(parties) or (len(written) >= 2 and any(p in places for p in parties)):
        # 与瑞士钟表配件商Corvane SA签署, 与速修坊（Fastfix）、轮易站签署: a name the entities missed (or
        # only its country) is a party as written
        parties = written
    if len(parties) < 2:
        parties = [
            m.item for m in mentions if m.type in ("ORG", "LOC") and m.end <= trigger and m not in aliases
        ] or parties
    parties = _without_home_places(body, parties, places)
    if len(parties) < 2:
        # 同时，公司宣布与华为云达成合作: 公司 is the article's company, the other party.
        named = {q[3] for q in parties}
        parties = [p for p in _article_org(article, body, start, trigger) if p[3] not in named] + parties
    args.set("parties", parties)


# 新加坡婚恋平台, 英国手语研究机构: what a party is, written between its country and its name
_KIND_BETWEEN = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:品牌|商|企业|机构|平台|公司|集团)")
_JOINERS = re.compile(r"[与和及同、，,]")


def _without_home_places(
    body: str, parties: list[tuple[int, int, str, str]], places: set[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """与新加坡婚恋平台LoveMatch签署, 与英国研究机构Sign Lab合作: a place written right before another
    party's name, or before what that party is and then its name, is where the party comes from, no
    party of its own."""
    kept = []
    for p in parties:
        if p in places and any(
            q is not p
            and 0 <= q[0] - p[1] <= 12
            and not _JOINERS.search(body[p[1] : q[0]])
            and (q[0] == p[1] or _KIND_BETWEEN.fullmatch(body[p[1] : q[0]]))
            for q in parties
        ):
            continue
        kept.append(p)
    return kept


def _written_parties(
    body: str, mentions: list[Named], clause_start: int, trigger: int
) -> list[tuple[int, int, str, str]]:
    """The names of a run A与B、C written right before the verb, each as written (its description and a
    bracketed spelling left out). A name no entity gives counts only where the text says it is one:
    after what the party is (配件商Corvane SA, 汽修品牌速修坊), a body named after its place
    (乌审旗林业和草原局), or the last of a list (…、轮易站签署); anything else (馆里, 我们将) and no run is
    read."""
    run = body[clause_start:trigger]
    tail = _BEFORE_VERB.search(run)
    run = run[: tail.start()] if tail else run
    ends = {m.end for m in mentions}
    starts = {m.start for m in mentions}
    inside = [(m.start, m.end) for m in mentions]
    pieces, at = [], 0
    for join in _PARTY_JOIN.finditer(run):
        where = clause_start + join.start()
        if any(a < where < b for a, b in inside):
            continue  # 福建省海洋与渔业执法总队: a joiner inside a name
        if join.group() == "和" and not (where in ends and clause_start + join.end() in starts):
            continue
        pieces.append((at, join.start(), join.group()))
        at = join.end()
    pieces.append((at, len(run), ""))
    if len(pieces) < 2:
        return []
    found = []
    for i, (a, b, _) in enumerate(pieces):
        text = _BRACKETED.sub("", run[a:b]).strip()
        adverb = _BEFORE_VERB.search(text)
        text = text[: adverb.start()] if adverb else text
        described = _DESCRIPTION.match(text)
        name = text[described.end() :].strip() if described else text
        if not 2 <= len(name) <= 30 or _NO_NAME.search(name):
            return []
        at_name = clause_start + a + max(run[a:b].find(name), 0)
        entity = [m for m in mentions if m.surface == name and m.type in ("ORG", "PER")]
        placed_body = any(m.start == at_name and m.type == "LOC" for m in mentions) and _BODY_END.search(name)
        listed_last = i == len(pieces) - 1 and pieces[i - 1][2] == "、"
        if not (entity or described or placed_body or listed_last):
            return []
        canonical = entity[0].canonical if entity else name
        found.append((at_name, at_name + len(name), name, canonical))
    return found
