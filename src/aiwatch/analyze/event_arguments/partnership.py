"""Partnerships and signings: the parties."""

from __future__ import annotations

from aiwatch.analyze.event_arguments.actors import _article_org
from aiwatch.analyze.event_arguments.common import _CLAUSE, Arguments, Sentence, _bracket_aliases


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
    if len(parties) < 2:
        parties = [
            m.item for m in mentions if m.type in ("ORG", "LOC") and m.end <= trigger and m not in aliases
        ] or parties
    if len(parties) < 2:
        # 同时，公司宣布与华为云达成合作: 公司 is the article's company, the other party.
        named = {q[3] for q in parties}
        parties = [p for p in _article_org(article, body, start, trigger) if p[3] not in named] + parties
    args.set("parties", parties)
