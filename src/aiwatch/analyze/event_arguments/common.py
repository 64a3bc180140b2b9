"""What every event type reads its arguments with: the roles, the written values, the names in
the sentence and the helpers several types share (amounts, sources, owners, short names in brackets,
the article's own product, a run of names joined by 、/与)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from aiwatch.article import Article

#: Roles of each event type, as the evaluation set's gold names them (tests/data/facts/README.md).
ROLES: dict[str, tuple[str, ...]] = {
    "funding": ("company", "round", "amount", "investors"),
    "launch": ("organisation", "product"),
    "policy": ("issuer", "document"),
    "appointment": ("person", "organisation", "title"),
    "partnership": ("parties",),
    "ipo": ("company", "exchange", "amount"),
    "ma": ("acquirer", "target", "amount"),
    "project_opening": ("project", "organisation", "location"),
    "licence": ("organisation", "licence"),
    "other": ("organisation", "product"),
}
#: The roles that identify an event across reports (an amount is written 2亿元 or 两亿元: not a key).
KEY_ROLES: dict[str, tuple[str, ...]] = {
    "funding": ("company",),
    "launch": ("organisation", "product"),
    "policy": ("document",),
    "appointment": ("person",),
    "partnership": ("parties",),
    "ipo": ("company",),
    "ma": ("acquirer", "target"),
    "project_opening": ("project",),
    "licence": ("organisation",),
    "other": (),
}
#: Roles that may hold several names, written 、-joined by the gold and given as lists here.
LIST_ROLES = frozenset({"investors", "parties"})

_AMOUNT = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千数几]+)\s*(?:多|余)?\s*(?:万亿|亿|千万|百万|万)?\s*"
    r"(?:元人民币|元|美元|美金|人民币|港元|港币|欧元|日元|英镑)"
)
_CLAUSE = "，。；;,！!？?"
# Generic descriptions the entity stage may take for a name: 北京人工智能创业公司.
_GENERIC_ORG = re.compile(r"(?:创业公司|初创公司|初创企业|独角兽|企业|厂商)$")
_OBJECT_OF_VERB = re.compile(r"(?:设立|成立|建设|共建|建成|筹建|新建|组建|收购|并购|控股)$")


@dataclass
class Arguments:
    values: dict[str, Any] = field(default_factory=dict)  # role -> written value (a list for LIST_ROLES)
    keys: dict[str, list[str]] = field(default_factory=dict)  # role -> canonical names, for the event id
    spans: dict[str, list[list[int]]] = field(default_factory=dict)  # role -> [[start, end]] in the body

    def set(self, role: str, items: list[tuple[int, int, str, str]]) -> None:
        """``items``: (start, end, surface, canonical); the first one only for single-valued roles."""
        items = list(dict.fromkeys(items))
        if role in LIST_ROLES:
            # 某某集团股份有限公司（以下简称“某某”）与…: one party however often the sentence names it
            seen: set[str] = set()
            items = [item for item in items if not (item[3] in seen or seen.add(item[3]))]
        if not items:
            return
        if role not in LIST_ROLES:
            items = items[:1]
        surfaces = list(dict.fromkeys(surface.strip() for _, _, surface, _ in items))
        self.values[role] = surfaces if role in LIST_ROLES else surfaces[0]
        self.keys[role] = sorted({canonical for _, _, _, canonical in items})
        self.spans[role] = [[start, end] for start, end, _, _ in items]


@dataclass(frozen=True, slots=True)
class Named:
    start: int
    end: int
    type: str
    surface: str
    canonical: str

    @property
    def item(self) -> tuple[int, int, str, str]:
        return self.start, self.end, self.surface, self.canonical


@dataclass(frozen=True, slots=True)
class Sentence:
    """The sentence an event is told in, its verb (``trigger``) and the names each event type reads its
    arguments from (offsets into the body)."""

    article: Article
    body: str
    start: int
    end: int
    trigger: int
    mentions: list[Named]  # every entity mention in the sentence
    orgs: list[Named]  # its organisations (no generic description)
    before: list[Named]  # the organisations before the verb
    after: list[Named]  # those after it
    clause_start: int  # where the verb's clause starts
    acting: list[Named]  # the organisations before the verb that act (no source, owner or object)
    in_clause: list[Named]  # those in the verb's own clause
    actors: list[Named]  # who acts: the first in the verb's clause, else the first acting one
    products: list[tuple[int, int, str, str]]  # what the verb is about
    makers: list[Named]  # who made it or do it together (由A与B联合研发的, 双方将…)


def sentence_mentions(article: Article, start: int, end: int) -> list[Named]:
    """Every entity mention inside the sentence, in order, with its written form and canonical name."""
    found = []
    for entity in article.entities or []:
        for mention in entity["mentions"]:
            if start <= mention["start"] and mention["end"] <= end:
                surface = article.body[mention["start"] : mention["end"]]
                found.append(Named(mention["start"], mention["end"], entity["type"], surface, entity["name"]))
    return sorted(found, key=lambda n: n.start)


def _pattern_item(body: str, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int, str, str]]:
    match = pattern.search(body, start, end)
    if not match:
        return []
    text = re.sub(r"\s+", "", match.group())
    return [(match.start(), match.end(), text, text)]


_PARTNER_BEFORE = re.compile(r"(?:与|和|同|向)$")


_TIME_WORDS = re.compile(
    r"^(?:今年|去年|明年|本月|上月|下月|本周|上周|下周|近日|日前|目前|此前|随后|同时|今天|昨天|当天)"
)


# 某某社9月23日电, 某某网北京3月5日电, 某某报讯: a dateline's outlet, before the story it sends
_DATELINE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日电|讯)")


def _source_at(body: str, start: int, end: int) -> bool:
    """据…消息, …表示, a dateline's outlet: the organisation the news comes from."""
    return bool(
        _SOURCE_AFTER.match(body[end : end + 4])
        or body[max(0, start - 1) : start] == "据"
        or _DATELINE_AFTER.match(body, end, end + 14)
    )


def _is_source(body: str, named: Named) -> bool:
    return _source_at(body, named.start, named.end)


# 通义千问主力模型Qwen-Long, 文心一言旗下的ERNIE 4.0: the family, then the model it is about.
_FAMILY_TO_MEMBER = re.compile(
    r"^\s*(?:旗下的?|的|之)?(?:主力|最新|新一代|旗舰|开源)?(?:模型|大模型|芯片|系列|版本|版)?\s*$"
)


def _specific_products(body: str, products: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A product named right before one of its members is the family, not what the sentence is about."""
    return [
        p
        for p in products
        if not any(0 <= q[0] - p[1] <= 8 and _FAMILY_TO_MEMBER.match(body[p[1] : q[0]]) for q in products if q != p)
    ]


# 这颗芯片将于明年量产, 该模型已开源: the product the article is about.
_PRODUCT_REFERENCE = re.compile(
    r"(?:这|该|此)(?:颗|款|个|一|套|台|部)?(?:芯片|模型|大模型|产品|系统|平台|机器人|一体机|车型|应用)"
    # 计划明年将模型推广至…: the bare noun after 将/把 is the one just told of
    r"|(?<=[将把])(?:模型|大模型|系统|平台)"
)


def _referred_product(article: Article, body: str, start: int, trigger: int) -> list[tuple[int, int, str, str]]:
    """A sentence that names its product by 这颗芯片/该模型 is about the article's main product."""
    if not _PRODUCT_REFERENCE.search(body, start, trigger):
        return []
    return _article_product(article, body)


def _article_product(article: Article, body: str) -> list[tuple[int, int, str, str]]:
    """The product the article names most, at its first mention."""
    products = [e for e in article.entities or [] if e["type"] == "PRODUCT"]
    if not products:
        return []
    top = max(products, key=lambda e: (e["count"], -e["mentions"][0]["start"]))
    first = top["mentions"][0]
    return [(first["start"], first["end"], body[first["start"] : first["end"]], top["name"])]


# 字节跳动旗下火山引擎上线…: the owner names whose unit acts; the unit after it is the actor.
_OWNER_OF_NEXT = re.compile(r"\s*(?:旗下的?|下属的?|控股的|的子公司)")


def _not_owners(body: str, named: list[Named]) -> list[Named]:
    return [m for i, m in enumerate(named) if not (i + 1 < len(named) and _OWNER_OF_NEXT.match(body, m.end))]


def _bracket_aliases(body: str, orgs: list[Named]) -> set[Named]:
    """四川航空股份有限公司（川航）, 腾讯（Tencent）: a name in brackets right after another is that one."""
    return {
        m
        for prev, m in pairwise(orgs)
        if _ALIAS_OPEN.fullmatch(body, prev.end, m.start) and _ALIAS_CLOSE.match(body, m.end)
    }


# （以下简称“某某”）, （下称“某某”）, （某某）
_ALIAS_OPEN = re.compile(r"[（(](?:以下|下文|下)?(?:简称|称)?[“\"]?")
# … （GreenSource Group Ltd.，以下简称“绿源”）: a spelling in brackets before the short name declared
_ALIAS_CLOSE = re.compile(r"[”\"]?(?:[）)]|[，,；;][^（()）]{0,16}[）)])")


def _joined_item(named: list[Named]) -> tuple[str, list[str], list[list[int]]]:
    return (
        "、".join(dict.fromkeys(m.surface for m in named)),
        sorted({m.canonical for m in named}),
        [[m.start, m.end] for m in named],
    )


def _set_joined(args: Arguments, role: str, named: list[Named]) -> None:
    if len(named) == 1:
        args.set(role, [named[0].item])
    elif named:
        args.values[role], args.keys[role], args.spans[role] = _joined_item(named)


_DESTINATION_BEFORE = re.compile(r"(?:推送|升级|下发|覆盖|适配|接入)?(?:至|到|给)$")
_SOURCE_AFTER = re.compile(r"^(?:消息|表示|称|透露|介绍|发布|获悉)")


_PREPOSITION_BEFORE = re.compile(r"(?:在|向|对|给|为)$")
_LISTED_WITH = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")


# 向本地企业某某公司核发: what the recipient is may stand between 向 and its name
_RECIPIENT_BEFORE = re.compile(r"(?:向|为|给)(?:本地|当地|本市|省内|辖区)?(?:企业|公司|机构|单位)?$")


def _after_preposition(body: str, orgs: list[Named], preposition: re.Pattern[str] = _PREPOSITION_BEFORE) -> list[Named]:
    """The organisations that follow a preposition, and those listed with them: 在比亚迪和宁德时代."""
    found: list[Named] = []
    for named in orgs:
        if preposition.search(body, max(0, named.start - 8), named.start) or (
            found and _LISTED_WITH.match(body[found[-1].end : named.start])
        ):
            found.append(named)
    return found
