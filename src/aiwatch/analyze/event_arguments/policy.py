"""Policies: the body that issues (several bodies joined, or a governed place) and the document."""

from __future__ import annotations

import re

from aiwatch.analyze.event_arguments.actors import _top_org
from aiwatch.analyze.event_arguments.common import _CLAUSE, Arguments, Sentence, _bracket_aliases

_GOVERNED_PLACE = re.compile(r"(?:省|市|自治区|区|县|州)$")


_UNQUOTED_DOCUMENT = re.compile(
    r"(?:发布|印发|出台|颁布|公布)了?(?P<doc>[\u4e00-\u9fffA-Za-z0-9]{2,24}(?:标准草案|标准|规范|规划|方案|指南|白皮书|条例|办法))"
)


# 某部、某局上周四联合印发: a time or a place may stand between the bodies and their joint verb
_TO_JOINT_VERB = re.compile(
    r"\s*(?:近日|日前|今天|昨天|今日|昨日|上周[一二三四五六日天]|本周[一二三四五六日天]|\d{1,2}月\d{1,2}日|\d{1,2}日|"
    r"在[\u4e00-\u9fff]{1,8}?)?\s*(?:联合|共同)?\s*"
)


def policy(s: Sentence, args: Arguments) -> None:
    """The body that issues a policy and its document."""
    article, body, start, end, trigger, mentions = s.article, s.body, s.start, s.end, s.trigger, s.mentions
    orgs, before, clause_start = s.orgs, s.before, s.clause_start
    # 赵建国表示，…拟于今年下半年出台算力补贴政策: no body in the sentence, the article's issues it.
    # 长沙市今年5月出台的专项政策: a city or province named as the subject of the verb issues it.
    places = [
        m.item
        for m in mentions
        if m.type == "LOC" and clause_start <= m.start and m.end <= trigger and _GOVERNED_PLACE.search(m.surface)
    ]
    # an organisation after the verb issues it only in the verb's clause (…发布的《规划》提出，一批企业…)
    verb_clause_end = min([i for i in (body.find(mark, trigger, end) for mark in _CLAUSE) if i != -1] or [end])
    in_verb_clause = [m.item for m in orgs if m.start < verb_clause_end]
    issuer = [m.item for m in before] or places[:1] or in_verb_clause or _top_org(article, body, start)
    args.set("issuer", issuer)
    # 工业和信息化部、国家发展改革委联合印发: every body of the run before the verb issues it
    run = before[-1:]
    # （某某局）, （以下简称“市经信局”）: a short name declared in brackets is no body of its own
    aliases = _bracket_aliases(body, before)
    bracketed = [
        m
        for m in before[:-1]
        if m in aliases or (m.start > 0 and body[m.start - 1] in "（(" and body[m.end : m.end + 1] in ("）", ")"))
    ]
    for named in reversed([m for m in before[:-1] if m not in bracketed]):
        # 国家某某局（某某局）与某某部联合印发: a bracketed short name between the bodies listed
        if not re.fullmatch(
            r"\s*(?:[（(][^（()）]{1,12}[）)])?\s*(?:、|和|与|及|以及|联合)\s*", body[named.end : run[0].start]
        ):
            break
        run.insert(0, named)
    if len(run) > 1 and _TO_JOINT_VERB.fullmatch(body, run[-1].end, trigger):
        args.values["issuer"] = "、".join(dict.fromkeys(m.surface for m in run))
        args.keys["issuer"] = sorted({m.canonical for m in run})
        args.spans["issuer"] = [[m.start, m.end] for m in run]
    docs = [m.item for m in mentions if m.type == "DOC"]
    # 将于明年一季度发布桥梁健康监测行业标准草案: a document named without 《》, the whole object
    unquoted = _UNQUOTED_DOCUMENT.match(body, trigger)
    if not docs and unquoted and unquoted.end("doc") == verb_clause_end:
        docs = [(unquoted.start("doc"), unquoted.end("doc"), unquoted["doc"], unquoted["doc"])]
    args.set("document", docs)
