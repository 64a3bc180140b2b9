"""Appointments: the person appointed (not the one announcing), the organisation and the post."""

from __future__ import annotations

import re

from aiwatch.analyze.event_arguments.actors import _article_org
from aiwatch.analyze.event_arguments.common import Arguments, Named, Sentence, _bracket_aliases, _is_source
from aiwatch.article import Article

_FORMER_BEFORE = re.compile(r"(?:前|原|曾任|曾在|曾就职于|来自)$")
# 任命某某为…, 聘任某某为…: the person follows the verb; 某某出任…, 某某升任…: the person comes before it.
# 任命某某集团（Some Group）前研发总监某某为…: the organisation before 前/原 and a post is the one left
_FORMER_AFTER = re.compile(
    r"\s*(?:[（(][^（()）]{0,40}[）)])?\s*(?:前|原)[\u4e00-\u9fffA-Za-z]{0,10}?"
    r"(?:总监|经理|总裁|主任|官|董事|工程师|研究员|负责人|院长|所长|主席|科学家|合伙人)"
)
# 原英国海事保险公司Thamesgate Marine高级承保人某某加盟公司: a description opened by 原/前 names the one left
_FORMER_RUN = re.compile(r"(?:^|[，,、：:\s])(?:原|前)[^，。；,;、]{0,18}$")
_APPOINTS_OBJECT = re.compile(r"任命|聘任|聘请|委任|提名|选举|推选")
# 董事长某某宣布，…; 据某某介绍，…: who announces it, not who is appointed
_ORIGINAL_SPELLING = re.compile(r"\s*[（(]\s*")
_SPEAKER_AFTER = re.compile(r"\s*(?:宣布|表示|介绍|透露|称|说|指出|强调)")


def _appointed(body: str, mentions: list[Named], trigger: int, clause_start: int) -> list[tuple[int, int, str, str]]:
    people = [
        m
        for m in mentions
        if m.type == "PER" and not _SPEAKER_AFTER.match(body, m.end) and body[max(0, m.start - 1) : m.start] != "据"
    ]
    after = [m for m in people if m.start >= trigger]
    before = [m for m in people if m.end <= trigger]
    if _APPOINTS_OBJECT.match(body, trigger) and after:
        return [after[0].item]
    # 马克·奥尔森（Mark Olsen）: the original spelling in brackets is the same person, written second
    before = [
        m for i, m in enumerate(before) if not (i and _ORIGINAL_SPELLING.fullmatch(body[before[i - 1].end : m.start]))
    ]
    in_clause = [m for m in before if m.start >= clause_start]
    chosen = in_clause[-1:] or before[-1:] or after[:1]
    return [m.item for m in chosen] or [m.item for m in mentions if m.type == "PER"][:1]


_COMPANY_WORD_AFTER = re.compile(r"(?:加入|为|担任)(?:本|该)?公司")


# 任命某某为首席医学官, 加入公司担任研究副总裁, 聘任原…副总裁某某为公司总裁: the post follows these.
_POST_INTRO = re.compile(r"担任|出任|为")
_POST = re.compile(
    r"(?:本|该)?(?:公司|集团)?(?P<post>(?:(?!的)[\u4e00-\u9fffA-Za-z]){0,10}?"
    r"(?:官|总裁|总经理|经理|总监|主任|主席|董事长|董事|院长|所长|校长|科学家|顾问|合伙人|负责人|CEO|CTO|COO|CFO))"
    r"(?=[，。；;,、兼（(\s]|$)"
)


def _post_after_intro(body: str, trigger: int, clause_end: int, names: list[Named]) -> list[tuple[int, int, str, str]]:
    """The post written whole after 为/担任/出任 (the first such word after the verb that one follows:
    任命甲为董事会主席，同时聘任乙为首席执行官 gives 甲's post)."""
    for intro in _POST_INTRO.finditer(body, trigger, clause_end):
        post = _POST.match(body, intro.end(), clause_end)
        if post is None:
            continue
        at = post.start("post")
        # 为阿里云CTO: an organisation written in the post is its organisation, not part of the title
        # (a two-character "organisation" there is mostly a word of the post: 研究副总裁)
        inside = [
            n.end
            for n in names
            if at <= n.start < post.end("post") and n.type in ("ORG", "LOC") and len(n.surface) >= 3
        ]
        at = max([at, *inside])
        text = body[at : post.end("post")]
        if len(text) >= 2:
            return [(at, post.end("post"), text, text)]
    return []


def _title_after(
    body: str, article: Article, trigger: int, end: int, names: list[Named] | None = None
) -> list[tuple[int, int, str, str]]:
    """The post: 出任首席科学家 -> 首席科学家 (written after 为/担任/出任, else the longest known title in
    the clause after the verb)."""
    from aiwatch.analyze.entities import ROLE_TITLES, TITLE_QUALIFIERS
    from aiwatch.analyze.gazetteer import read_titles

    titles = read_titles() | ROLE_TITLES
    clause_end = min([i for i in (body.find(mark, trigger, end) for mark in "。；;") if i != -1] or [end])
    written = _post_after_intro(body, trigger, clause_end, names or [])
    if written:
        return written
    best = None
    for title in titles:
        at = body.find(title, trigger, clause_end)
        if at != -1 and (best is None or (len(title), -at) > (len(best[2]), -best[0])):
            best = (at, at + len(title), title, title)
    if best:
        # 联席首席执行官, 特聘教授, 常务副总裁: a qualifier written before the title is part of the post
        qualifier = TITLE_QUALIFIERS.search(body, max(trigger, best[0] - 4), best[0])
        if qualifier and qualifier.end() == best[0]:
            post = body[qualifier.start() : best[1]]
            best = (qualifier.start(), best[1], post, post)
    return [best] if best else []


# 聘任某某智能创始人某某为公司首席数字官: what the person is, written between a company and the name
_ROLE_BEFORE_NAME = re.compile(
    r"(?:联合)?创始人|首席[\u4e00-\u9fffA-Za-z]{1,6}官|总裁|总经理|董事长|负责人|合伙人|高管|CEO|CTO|COO|CFO"
)
# 任命原德国某某检测机构某某集团亚太区总裁…: a description opened by 原/前 right after the verb
_FORMER_AFTER_VERB = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:原|前)[^，。；,;]{0,24}$")


def _describes_appointed(body: str, m: Named, trigger: int, appointed: list[tuple[int, int, str, str]]) -> bool:
    """An organisation after the verb that says who the appointed person is (the company they founded
    or lead, written before their role and name, or one they left: 原…), not the one appointing."""
    if not appointed or appointed[0][0] < m.end:
        return False
    between = body[m.end : appointed[0][0]]
    if len(between) <= 24 and _ROLE_BEFORE_NAME.search(between) and "，" not in between:
        return True
    return _FORMER_AFTER_VERB.match(body, trigger, m.start) is not None


def appointment(s: Sentence, args: Arguments) -> None:
    """The person appointed, the organisation and the post."""
    article, body, start, end, trigger, mentions = s.article, s.body, s.start, s.end, s.trigger, s.mentions
    before, after, clause_start = s.before, s.after, s.clause_start
    appointed = _appointed(body, mentions, trigger, clause_start)
    args.set("person", appointed)
    title = _title_after(body, article, trigger, end, mentions)
    # 任命前阿里云资深总监唐明哲为…: the person's former employer is not the one appointing, nor a
    # name inside the post (担任研究副总裁); 加入公司, 为公司总裁: the company of the sentence's subject
    aliases = _bracket_aliases(body, after)
    current = [
        m
        for m in after
        if m not in aliases
        if not _FORMER_BEFORE.search(body, max(0, m.start - 3), m.start)
        and not _FORMER_AFTER.match(body, m.end)
        and not any(t[0] <= m.start < t[1] for t in title)
        and not _COMPANY_WORD_AFTER.search(body, trigger, m.start)
        and not _describes_appointed(body, m, trigger, appointed)
    ]
    # 同时，公司宣布任命…: the article's company
    # 前谷歌研究员某某加入公司: the former employer before the verb is not the one either
    # 某某公司前业务负责人某某加入…: an organisation written before 前/原 is one the person left
    # 浮法玻璃检测企业某某科技有限公司（以下简称“某某”）宣布，任命…: the organisation nearest before the
    # verb is its subject (a word of its description the entities took for a name comes first)
    before_aliases = _bracket_aliases(body, before)
    appointing = [m.item for m in current] or [
        m.item
        for m in reversed(before)
        if not _FORMER_BEFORE.search(body, max(0, m.start - 3), m.start)
        and not body.startswith(("前", "原"), m.end)
        and m not in before_aliases
        and not _is_source(body, m)
        and not _FORMER_RUN.search(body, max(0, m.start - 20), m.start)
    ]
    args.set("organisation", appointing or _article_org(article, body, start, trigger))
    args.set("title", title)
