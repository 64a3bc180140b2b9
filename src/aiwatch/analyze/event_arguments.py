"""The arguments of a typed event, its stable id and its confidence.

An analyst tracks who raised how much from whom, who launched what, who issued which document.
Each event type has roles (``ROLES``); a role's value is what the sentence writes (星衍智能, A轮,
2亿元, 高榕资本、联想创投), taken from the entities the entity stage found in the sentence and, where
no entity covers it, from patterns of the sentence itself (a round, an amount, an exchange, a
licence or project phrase, the company named right after 创业公司).

The event id is a hash of the type, the key arguments (by canonical entity name, so 商汤 and
商汤科技 agree) and the date: two outlets that report the same funding of the same company on the
same day give it the same id.  Reports on different days are joined later, in the timeline
(``store/timeline.py``), which keeps the id of the first report.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from aiwatch.analyze.gazetteer import default_gazetteer
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
# 新一轮 and 首轮 say a round happened, not which one: the gold leaves them out.
_ROUND = re.compile(
    r"(?:Pre-?IPO|pre-?IPO)轮?|(?:Pre-?|pre-?)?[A-F]\+{0,2}\s*(?:\d\s*)?轮|天使\+?轮|种子轮|战略融资|战略投资轮|"
    # 获得某某基金5亿元战略投资: a strategic investment is the round (not 战略投资者)
    r"战略投资(?![者人方机])"
)
_EXCHANGE = re.compile(
    r"香港联合交易所|香港交易所|港交所|联交所|上海证券交易所|上交所|深圳证券交易所|深交所|北京证券交易所|北交所|"
    r"纽约证券交易所|纽交所|纳斯达克|科创板|创业板"
)
_INVESTOR_AFTER = re.compile(r"^\s*(?:等)?(?:联合)?(?:领投|跟投|参投|共同投资|投资|注资|出资|追投|持续加注|加注)")
_INVESTOR_BEFORE = re.compile(r"(?:投资方|投资人|投资者|投资机构|由|包括|以及|、|和|及|与)\s*$")
_PROJECT = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9]{0,14}?(?:项目|产业园|园区|中心|基地|工厂|大厦|总部|实验室|研究院|研究所|超级工厂|智算中心|数据中心|"
    r"病区|示范区|工作站|生产线|产线|科学馆|博物馆|展览馆|体验馆|展馆|场馆|海外仓|前置仓|仓库|书库|办事处|代表处|网点)"
)
_LICENCE = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9“”\"]{2,24}?(?:牌照|许可证|许可|资质|注册证|执照|证书|备案|授权(?!专利|发明|书))"
)
# Who a startup is: 北京人工智能创业公司星衍智能宣布… — the name between a generic head and a verb.
_GENERIC_HEAD = re.compile(
    r"(?:创业公司|初创公司|初创企业|独角兽|公司|企业|厂商|机构|平台|巨头|龙头|"
    # 飞控芯片商芯穗微电子: a maker or supplier named by what it sells
    r"芯片商|供应商|服务商|制造商|提供商|运营商|开发商|设备商|方案商)"
)
_SUBJECT_VERB = re.compile(r"(?:宣布|正式|已经|已|近日|日前|今天|今日|完成|获得|获|与|在|于|将|计划|发布|推出)")
_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·\-]{2,10}$")
_CLAUSE = "，。；;,！!？?"
_DATE_TAIL = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号].*$|(?:今年|去年|本月|上月)\S*$")
# Generic descriptions the entity stage may take for a name: 北京人工智能创业公司.
_GENERIC_ORG = re.compile(r"(?:创业公司|初创公司|初创企业|独角兽|企业|厂商)$")
_OBJECT_OF_VERB = re.compile(r"(?:设立|成立|建设|共建|建成|筹建|新建|组建|收购|并购|控股)$")
# 收购电竞数据分析公司某某科技有限公司: a field word taken for a name, then what the company is, then its name
_DESCRIBES_NEXT = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}(?:公司|企业|机构|厂商|服务商|供应商)")
# 某某局（EASA）颁发的: the body that grants a licence, written after the verb
_GRANTS_AFTER = re.compile(r"\s*[）)]?\s*(?:[（(][^（()）]{0,16}[）)])?\s*(?:颁发|发放|核发|授予|签发)")


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


def sentence_mentions(article: Article, start: int, end: int) -> list[Named]:
    """Every entity mention inside the sentence, in order, with its written form and canonical name."""
    found = []
    for entity in article.entities or []:
        for mention in entity["mentions"]:
            if start <= mention["start"] and mention["end"] <= end:
                surface = article.body[mention["start"] : mention["end"]]
                found.append(Named(mention["start"], mention["end"], entity["type"], surface, entity["name"]))
    return sorted(found, key=lambda n: n.start)


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


def _pattern_item(body: str, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int, str, str]]:
    match = pattern.search(body, start, end)
    if not match:
        return []
    text = re.sub(r"\s+", "", match.group())
    return [(match.start(), match.end(), text, text)]


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


_INVESTOR_VERB = re.compile(
    r"^\s*(?:等)?(?:机构)?(?:作为(?:老|原|现有)?股东)?(?:继续|持续|也|亦|联合|共同|独家|超额)?"
    r"(?:领投|跟投|参投|投资|注资|出资|追投|追加投资|追加|加注|认购)"
)
# 蓝驰创投、奇绩创坛和老股东线性资本跟投: an existing shareholder is listed with the others.
# 庐州科创投资集团有限公司（简称“庐州科投”）与…: a declared short name between two listed investors
_LIST_JOIN = re.compile(
    r"^\s*(?:[（(][^（()）]{0,24}[）)])?\s*(?:、|和|及|与|以及|，)\s*(?:老股东|原股东|现有股东|股东)?\s*$"
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
        if not _INVESTOR_VERB.match(body[named.end : named.end + 14]):
            continue
        run = [named]
        j = i - 1
        while j >= 0 and _LIST_JOIN.match(body[orgs[j].end : run[0].start]):
            run.insert(0, orgs[j])
            j -= 1
        found += [m for m in run if m not in found]
    for label in _INVESTORS_NAMED.finditer(body, mentions[0].start if orgs else 0, orgs[-1].end if orgs else 0):
        listed = [m for m in orgs if m.start >= label.end()]
        run = listed[:1]
        for named in listed[1:]:
            if not _LIST_JOIN.match(body[run[-1].end : named.start]):
                break
            run.append(named)
        found += [m for m in run if m not in found]
    return [m.item for m in sorted(found, key=lambda m: m.start)]


_PARTNER_BEFORE = re.compile(r"(?:与|和|同|向)$")
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


_TIME_WORDS = re.compile(
    r"^(?:今年|去年|明年|本月|上月|下月|本周|上周|下周|近日|日前|目前|此前|随后|同时|今天|昨天|当天)"
)


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
    if not re.search(r"公司|企业|集团|其|该|计划|方案", _REGISTERED_NAME.sub("", clause)):
        return []
    return _top_org(article, body, start)


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


def _source_at(body: str, start: int, end: int) -> bool:
    """据…消息, …表示: the organisation the news comes from."""
    return bool(_SOURCE_AFTER.match(body[end : end + 4]) or body[max(0, start - 1) : start] == "据")


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


_EDITION = re.compile(r"(?:推出|上线|发布)[^，。；]{0,16}?(?:版本|国际版|海外版|企业版|英文版)(?=[，。；]|$)")


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


# 据介绍，基地由…, 这座由…共同建设的书库, 科学馆由…: the next sentence opens on the site just opened
_SITE_TOLD_NEXT = re.compile(
    r"\s*(?:据介绍|据了解)?[，,]?\s*(?:该|这座|这个|这一|此)?[\u4e00-\u9fff]{0,4}?"
    r"(?:基地|中心|园区|产业园|项目|书库|馆|实验室|工厂|病区)?(?:由|是由)"
)


_INSTITUTION_END = re.compile(r"(?:图书馆|博物馆|博物院|科技馆|美术馆|医院|大学|学院)$")


def _site_makers_told_next(article: Article, end: int) -> list[Named]:
    """The organisations that build or run a site, in the sentence right after its opening."""
    body = article.body
    told = _SITE_TOLD_NEXT.match(body, end)
    if told is None:
        return []
    stop = min([i for i in (body.find(mark, told.end()) for mark in "。\n") if i != -1] or [len(body)])
    # a library or a museum may be typed a place (a venue) by the entities
    orgs = [
        m
        for m in sentence_mentions(article, end, stop)
        if m.type == "ORG" or (m.type == "LOC" and _INSTITUTION_END.search(m.surface))
    ]
    aliases = _bracket_aliases(body, orgs)
    found = _makers(body, [m for m in orgs if m not in aliases])
    return found if len(found) > 1 else []


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


# A与B合作推出…, A联合B发布…: B launches it with the subject.
# ... 与AI设计公司B: what the partner is may stand between 与 and its name
_CO_BEFORE = re.compile(
    r"(?:与|和|同|联合|携手)(?:[\u4e00-\u9fffA-Za-z]{0,8}?(?:公司|企业|机构|品牌|厂商|平台|服务商))?$"
)
# ... with its short name declared and the place between (B（下称“b”）在杭州联合发布)
_CO_TO_VERB = re.compile(
    r"\s*(?:[（(][^（()）]{0,24}[）)])?\s*(?:在[\u4e00-\u9fff]{1,8}?)?(?:合作|联合|共同|携手|一起)?(?:正式|首次|共同|联合)?"
)


def _co_launchers(body: str, before: list[Named], trigger: int) -> list[Named]:
    return [
        m
        for m in before
        if _CO_BEFORE.search(body, max(0, m.start - 16), m.start) and _CO_TO_VERB.fullmatch(body, m.end, trigger)
    ]


def _bracket_aliases(body: str, orgs: list[Named]) -> set[Named]:
    """四川航空股份有限公司（川航）, 腾讯（Tencent）: a name in brackets right after another is that one."""
    return {
        m
        for prev, m in pairwise(orgs)
        if _ALIAS_OPEN.fullmatch(body, prev.end, m.start) and _ALIAS_CLOSE.match(body, m.end)
    }


# （以下简称“某某”）, （下称“某某”）, （某某）
_ALIAS_OPEN = re.compile(r"[（(](?:以下|下文|下)?(?:简称|称)?[“\"]?")
_ALIAS_CLOSE = re.compile(r"[”\"]?[）)]")


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


def _joined_item(named: list[Named]) -> tuple[str, list[str], list[list[int]]]:
    return (
        "、".join(dict.fromkeys(m.surface for m in named)),
        sorted({m.canonical for m in named}),
        [[m.start, m.end] for m in named],
    )


# “东海港智能调度系统”正式上线, 部署由…开发的AI助教系统“启明小助”: a quoted name is what was launched.
_QUOTED = re.compile(r"“([^“”，。]{2,20})”")
# 以下称“某某集团”: a short name declared for a company; 巡检机器人“某某”: the noun says it is a product
_DECLARED_BEFORE = re.compile(r"(?:称|简称|叫|名为)$")
_PRODUCT_NOUN_END = re.compile(
    r"(?:平台|系统|大模型|模型|App|APP|应用|助手|助教|软件|芯片|机器人|设备|终端|产品|车型|一体机|服务器|无人机|卫星|"
    r"引擎|智能体|操作系统|框架|工具|重卡|卡车|汽车|"
    # an AI in a person's role: AI馆员“某某”, AI客服, AI主播, 数字人
    r"AI[\u4e00-\u9fff]{1,3}|数字人|虚拟人)$"
)
# 交付“某某T2”巡检机器人142台: the noun after the quotes says it is a product
_PRODUCT_NOUN_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:平台|系统|大模型|模型|软件|芯片|机器人|设备|终端|一体机|服务器|无人机|卫星|引擎)"
)
# 建设的海峡公共数据运营平台正式上线: a platform or system named without quotes right before its verb.
_PRODUCT_BEFORE_VERB = re.compile(
    r"(?:的|，|,)([\u4e00-\u9fffA-Za-z0-9\-]{2,16}?(?:平台|系统|大模型|模型|App|APP|应用|助手|软件|芯片))"
    r"(?:正式|已|已经|成功|全面)?$"
)


def _named_product(
    body: str, start: int, end: int, trigger: int, names: list[Named]
) -> list[tuple[int, int, str, str]]:
    quoted = sorted(_QUOTED.finditer(body, start, end), key=lambda m: abs(m.start() - trigger))
    for match in quoted:
        # not a short name declared for a company (以下称“榕数集团”) nor another name the entities know
        declared = _DECLARED_BEFORE.search(body, max(0, match.start() - 4), match.start())
        # 辅助系统“某某”: a product noun right before the quotes says so, whatever else the name is
        noun_before = _PRODUCT_NOUN_END.search(body, max(start, match.start() - 8), match.start())
        if declared or (
            not noun_before
            and any(n.start <= match.start(1) and match.end(1) <= n.end and n.type != "PRODUCT" for n in names)
        ):
            continue
        # a product the text says is one (巡检机器人“某某”, “某某调度系统”); quotes also mark slogans, terms
        # and occasions (“揭榜挂帅”, “信息通报会”), which are no product
        if not (
            _PRODUCT_NOUN_END.search(body, max(start, match.start() - 8), match.start())
            or _PRODUCT_NOUN_END.search(match.group(1))
            or _PRODUCT_NOUN_AFTER.match(body, match.end(), end)
        ):
            continue
        return [(match.start(1), match.end(1), match.group(1), match.group(1))]
    clause_start = max(body.rfind(mark, start, trigger) for mark in "。；;！!？?") + 1
    before = _PRODUCT_BEFORE_VERB.search(body, max(start, clause_start - 1), trigger)
    if before:
        return [(before.start(1), before.end(1), before.group(1), before.group(1))]
    return []


_ALSO = re.compile(r"(?:及|和|与|、|以及)")


# “某某-4”及面向企业的智能体开发平台“某某Studio”: a second product, quoted after its noun
_QUOTED_ALSO = re.compile(r"”?\s*(?:及|和|与|、|以及)(?P<noun>[^，。；“”]{0,20}?)“(?P<name>[^“”，。]{2,30})”")


def _quoted_also(body: str, at: int, end: int) -> list[tuple[int, int, str, str]]:
    also = _QUOTED_ALSO.match(body, at, end)
    if also is None or not _PRODUCT_NOUN_END.search(also["noun"]):
        return []
    return [(also.start("name"), also.end("name"), also["name"], also["name"])]


def _listed_after(body: str, products: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The products after the verb that its clause lists together (A及面向企业的平台B)."""
    listed = products[:1]
    for product in products[1:]:
        between = body[listed[-1][1] : product[0]]
        if len(between) > 20 or any(mark in between for mark in _CLAUSE) or not _ALSO.search(between):
            break
        listed.append(product)
    return listed


# 全省首个人工智能算力公共服务平台: how rare it is, not the product's name
_RARITY = re.compile(r"^(?:全球|全国|国内|全省|全市|业内|行业|国际)?(?:首个|首款|首家|首批|第一个|第一款)")


def _without_rarity(item: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    start, end, surface, canonical = item
    rare = _RARITY.match(surface)
    if rare and len(surface) - rare.end() >= 2:
        return start + rare.end(), end, surface[rare.end() :], canonical
    return item


def _set_joined(args: Arguments, role: str, named: list[Named]) -> None:
    if len(named) == 1:
        args.set(role, [named[0].item])
    elif named:
        args.values[role], args.keys[role], args.spans[role] = _joined_item(named)


def find_arguments(article: Article, type_: str, start: int, end: int, trigger: int) -> Arguments:
    """The arguments of an event of ``type_`` told by the sentence ``start:end`` (offsets into the body)."""
    body = article.body
    mentions = sentence_mentions(article, start, end)
    args = Arguments()
    orgs = [m for m in mentions if m.type == "ORG" and not _GENERIC_ORG.search(m.surface)]
    before = [m for m in orgs if m.end <= trigger]
    after = [m for m in orgs if m.start >= trigger]
    first_org = (before or after)[:1]
    # Who acts: the organisation in the verb's own clause (华为常务董事余承东透露，鸿蒙智行旗下新车型
    # 将于12月发布 -> 鸿蒙智行), else the first one that is not the news's source (据…消息, …表示).
    # (a sentence with no mark before its verb is one clause from its start)
    clause_start = max(start, max(body.rfind(mark, start, trigger) for mark in _CLAUSE) + 1)
    # …已在比亚迪和宁德时代的产线开展试点: organisations after 在/向/对 are where or to whom it is done.
    objects = _after_preposition(body, before)
    # 公司计划在昆明设立西南研发中心，并于…推出新产品: what a verb sets up or buys is no actor
    objects += [m for m in before if _OBJECT_OF_VERB.search(body, max(0, m.start - 3), m.start)]
    acting = _not_owners(body, [m for m in before if not _is_source(body, m) and m not in objects])
    in_clause = [m for m in acting if m.start >= clause_start]
    actors = in_clause[:1] or acting[:1] or ([] if objects else first_org)
    products = _specific_products(body, [m.item for m in mentions if m.type == "PRODUCT"])
    # The product nearest before the verb is the one it is about (通义千问主力模型Qwen-Long的价格降至…).
    near = sorted((p for p in products if p[0] < trigger), key=lambda p: trigger - p[1])
    # 推送至某某15系列: the devices a rollout reaches are not what it rolls out
    after_verb = [p for p in products if p[0] >= trigger and not _DESTINATION_BEFORE.search(body, 0, p[0])]
    products = after_verb or near or _referred_product(article, body, start, trigger)
    # who made it (由A与B联合研发的…) or who do it together (双方将…共建): several organisations
    makers = _makers(body, orgs, trigger) or _together(body, orgs, clause_start, trigger)
    makers = makers or _together_told_before(article, clause_start, trigger)
    makers = makers or (_jointly(body, orgs, clause_start, trigger) if type_ != "partnership" else [])
    if type_ == "funding":
        # 据36氪报道，某某完成融资: the news's source raises nothing
        company = [m for m in before if not _INVESTOR_AFTER.match(body[m.end : m.end + 8]) and not _is_source(body, m)][
            :1
        ]
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
            args.set(
                "investors", _investors(body, mentions, named) or _investors_of_gain(body, mentions, named, trigger)
            )
        if "investors" not in args.values:
            # …完成3.5亿元B轮融资。本轮由某某基金领投，某某资本跟投: the round's investors told next
            follow = _round_sentence(body, end)
            if follow:
                args.set("investors", _investors(body, sentence_mentions(article, *follow), named))
    elif type_ == "launch":
        co = _co_launchers(body, before, trigger)
        # 公司计划与某某合作推出…: the partner is not the subject
        launcher = [m.item for m in actors if m not in co] or _subject_name(body, start, trigger)
        # 全省首个某某平台正式上线运行: no organisation in the sentence at all, the article's launches it
        nobody = not [m for m in mentions if m.type in ("ORG", "PER", "LOC")]
        fallback = _top_org(article, body, start) if nobody else _article_org(article, body, start, trigger)
        args.set("organisation", launcher or fallback)
        _set_joined(args, "organisation", makers)
        co = [m for m in co if m.item not in launcher]
        if co and not makers and (launcher or fallback):
            first = (launcher or fallback)[0]
            args.values["organisation"] = "、".join(dict.fromkeys([first[2], *(m.surface for m in co)]))
            args.keys["organisation"] = sorted({first[3], *(m.canonical for m in co)})
            args.spans["organisation"] = [[first[0], first[1]], *([m.start, m.end] for m in co)]
        named_products = products or _named_product(body, start, end, trigger, mentions)
        # 计划推出英文、日文版本: new editions of the product the article is about
        if not named_products and _EDITION.match(body, trigger, end):
            named_products = _article_product(article, body)
        args.set("product", [_without_rarity(p) for p in named_products])
        listed = _listed_after(body, [p for p in products if p[0] >= trigger])
        listed += _quoted_also(body, listed[-1][1], end) if listed else []
        if len(listed) > 1:
            # 推出大模型“某某-4”及面向企业的智能体平台“某某Studio”: both are launched
            args.values["product"] = "、".join(dict.fromkeys(p[2] for p in listed))
            args.keys["product"] = sorted({p[3] for p in listed})
            args.spans["product"] = [[p[0], p[1]] for p in listed]
    elif type_ == "policy":
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
        bracketed = [
            m
            for m in before[:-1]
            if m.start > 0 and body[m.start - 1] in "（(" and body[m.end : m.end + 1] in ("）", ")")
        ]
        for named in reversed([m for m in before[:-1] if m not in bracketed]):
            # 国家某某局（某某局）与某某部联合印发: a bracketed short name between the bodies listed
            if not re.fullmatch(
                r"\s*(?:[（(][^（()）]{1,12}[）)])?\s*(?:、|和|与|及|以及|联合)\s*", body[named.end : run[0].start]
            ):
                break
            run.insert(0, named)
        if len(run) > 1 and re.match(r"\s*(?:联合|共同)?", body[run[-1].end : trigger]).end() == trigger - run[-1].end:
            args.values["issuer"] = "、".join(dict.fromkeys(m.surface for m in run))
            args.keys["issuer"] = sorted({m.canonical for m in run})
            args.spans["issuer"] = [[m.start, m.end] for m in run]
        docs = [m.item for m in mentions if m.type == "DOC"]
        # 将于明年一季度发布桥梁健康监测行业标准草案: a document named without 《》, the whole object
        unquoted = _UNQUOTED_DOCUMENT.match(body, trigger)
        if not docs and unquoted and unquoted.end("doc") == verb_clause_end:
            docs = [(unquoted.start("doc"), unquoted.end("doc"), unquoted["doc"], unquoted["doc"])]
        args.set("document", docs)
    elif type_ == "appointment":
        args.set("person", _appointed(body, mentions, trigger, clause_start))
        title = _title_after(body, article, trigger, end, mentions)
        # 任命前阿里云资深总监唐明哲为…: the person's former employer is not the one appointing, nor a
        # name inside the post (担任研究副总裁); 加入公司, 为公司总裁: the company of the sentence's subject
        aliases = _bracket_aliases(body, after)
        current = [
            m
            for m in after
            if m not in aliases
            if not _FORMER_BEFORE.search(body, max(0, m.start - 3), m.start)
            and not any(t[0] <= m.start < t[1] for t in title)
            and not _COMPANY_WORD_AFTER.search(body, trigger, m.start)
        ]
        # 同时，公司宣布任命…: the article's company
        # 前谷歌研究员某某加入公司: the former employer before the verb is not the one either
        # 某某公司前业务负责人某某加入…: an organisation written before 前/原 is one the person left
        appointing = [m.item for m in current] or [
            m.item
            for m in before
            if not _FORMER_BEFORE.search(body, max(0, m.start - 3), m.start)
            and not body.startswith(("前", "原"), m.end)
        ]
        args.set("organisation", appointing or _article_org(article, body, start, trigger))
        args.set("title", title)
    elif type_ == "partnership":
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
    elif type_ == "ipo":
        exchanges = [m.item for m in orgs if _EXCHANGE.search(m.surface) or m.surface.endswith("交易所")]
        companies = [m.item for m in before if m.item not in exchanges]
        # 公司计划于2027年赴港上市: 公司 is the article's company
        named = companies or _subject_name(body, start, trigger)
        args.set("company", named or _article_org(article, body, start, trigger))
        args.set("exchange", exchanges or _pattern_item(body, _EXCHANGE, start, end))
        args.set("amount", _largest_amount(body, start, end) or _raised_after(body, end))
    elif type_ == "ma":
        # 某某公告称，旗下子公司某某汽车拟以…收购: the one that acts in the verb's clause
        args.set("acquirer", [m.item for m in in_clause[:1] or before] or _subject_name(body, start, trigger))
        described = {m for m, nxt in pairwise(after) if _DESCRIBES_NEXT.fullmatch(body, m.end, nxt.start)}
        args.set("target", [m.item for m in after if m not in described])
        args.set("amount", _pattern_item(body, _AMOUNT, start, end))
    elif type_ == "project_opening":
        # 位于江北新区的扬子江智算港将于明年建成: the site written after 位于…的 is the project, the place its
        # location
        sited = _SITED.search(body, start, trigger)
        site = [m for m in mentions if sited and m.start == sited.start("site") and m.end == sited.end("site")]
        site_place = [
            m.item for m in mentions if sited and m.type == "LOC" and sited.start("loc") <= m.start < sited.end("loc")
        ]
        projects = (
            [m.item for m in site] or _project(body, mentions, start, end, trigger) or _article_project(article, body)
        )
        args.set("project", projects)
        project_name = args.values.get("project")
        makers = [m for m in makers if m.surface != project_name]
        project = args.values.get("project")
        # 某某研究中心（以下简称“中心”）: the short name the project is given is the project, no builder
        short = projects and _DECLARED_SHORT.match(body, projects[0][1])
        if short:
            close = body.find("）" if body[short.start()] == "（" else ")", short.end())
            before = [m for m in before if not projects[0][1] <= m.start < (close if close != -1 else short.end())]
        # The builder is the organisation nearest before the verb, not the one the news came from
        # (据马来西亚投资发展局消息，字节跳动计划…建设): sources before 消息/表示 are left out.
        # 华为与某省人民政府签约，将在南京建设…: the partner after 与 does not build
        partners = _after_preposition(body, before, _PARTNER_BEFORE)
        builders = [
            m
            for m in before
            if m.surface != project and not _SOURCE_AFTER.match(body[m.end : m.end + 4]) and m not in partners
        ]
        # Only the source in the sentence (马来西亚投资发展局表示，项目预计将于明年动工): the builder is
        # the article's main organisation.
        # the project itself is not who builds it (西部智算中心一期…投运)
        builder = [m.item for m in builders[-1:]] or [t for t in _top_org(article, body, start) if t[2] != project]
        args.set("organisation", builder or [m.item for m in orgs if m.surface != project][:1])
        # 基地正式揭牌运营。据介绍，基地由A与B共同运营: who builds or runs the site, told next
        _set_joined(args, "organisation", makers or _site_makers_told_next(article, end))
        places = [m for m in mentions if m.type == "LOC" and m.surface != project]
        # 福建 and 福州 inside 福建福州 are mentions of their own: the chain is the place written
        places = [m for m in places if not any(_holds(o, m) for o in places)]
        # 在德国慕尼黑开设欧洲研发中心: the place the verb happens in (before it) over one in the project's name
        nearest = [m.item for m in sorted(places, key=lambda m: (m.start > trigger, abs(m.start - trigger)))][:1]
        # 与某某园区管委会签约，在园区设立…: the park whose committee the sentence names
        park = _park_of_committee(body, orgs, clause_start, trigger)
        # 在宁夏中卫市沙坡头区开工: the most specific place of a chain, as its entity is named
        if site and site_place:
            nearest = site_place[-1:]
        args.set("location", park or [_specific_place(item) for item in nearest])
    elif type_ == "licence":
        # 此前，某某-R1已于今年1月通过备案: no organisation written, the article's company holds it
        # 通过国家网信办…备案: the body that grants it holds nothing
        # 某局（EASA）颁发的: the grantor; 向某某颁发: the one it is granted to
        granted_to = _after_preposition(body, orgs, _RECIPIENT_BEFORE)
        grants = {m for m in orgs if _GRANTS_AFTER.match(body, m.end) and m not in granted_to}
        orgs = [m for m in orgs if m not in grants]
        before = [m for m in before if m not in grants]
        after = [m for m in after if m not in grants]
        holders = [m.item for m in orgs if not _GRANTOR.search(m.surface)]
        top = [t for t in _top_org(article, body, start) if not _GRANTOR.search(t[2])]
        # 某某智能的喷洒无人机“某某A8”获得…授权: the owner of the product holds it
        owner = _product_owner(body, clause_start, trigger)
        args.set("organisation", [m.item for m in before] or holders or owner or top)
        args.set("licence", _licence(body, trigger, end, mentions))
    else:
        # 公司表示，计划在今年年底前实现月产500台: 公司 is the article's company.
        subject = [m.item for m in actors] or _subject_name(body, start, trigger)
        args.set("organisation", subject or _article_org(article, body, start, trigger))
        _set_joined(args, "organisation", makers)
        args.set("product", products or _named_product(body, start, end, trigger, mentions))
    if type_ == "licence" and "organisation" in args.values:
        # 百度、字节跳动、商汤科技等…获得备案: every company before the verb holds the licence, not the
        # body that grants it (市交通委员会向萝卜快跑和小马智行发放…).
        # 广州市交通运输局向小鹿出行颁发…许可: the one it is granted to holds it.
        recipients = _after_preposition(body, before, _RECIPIENT_BEFORE)
        # 记者从某某办获悉，…获发…许可: the news's source holds nothing
        holders = recipients or [
            m
            for m in before
            if not re.match(r"^\s*(?:向|为|给|对)", body[m.end : m.end + 2]) and not _is_source(body, m)
        ]
        # 某某公司自主研发的软件“某某”获得…注册证: the maker holds it
        holders = [m for m in makers if m.end <= trigger] or holders
        aliases = _bracket_aliases(body, orgs)
        holders = [m for m in holders if m not in aliases] or holders
        # …备案的大模型名单公布，百度、字节跳动、商汤科技等企业的产品在列: the holders listed after it.
        listed = [m.item for m in after if not _GRANTOR.search(m.surface)]
        names = [m.item for m in holders] or listed or [m.item for m in orgs if not _GRANTOR.search(m.surface)][:1]
        if names:
            args.values["organisation"] = "、".join(dict.fromkeys(item[2] for item in names))
            args.keys["organisation"] = sorted({item[3] for item in names})
    return args


_BARE_PARK = re.compile(r"在(?:该|本)?(?:园区|新区|开发区|高新区|产业园)")
_COMMITTEE = re.compile(r"(?:党工委)?(?:管委会|管理委员会)$")


def _park_of_committee(
    body: str, orgs: list[Named], clause_start: int, trigger: int
) -> list[tuple[int, int, str, str]]:
    """在园区设立… after a park's committee (苏州工业园区管委会) is named: that park is the place."""
    if not _BARE_PARK.search(body, clause_start, trigger):
        return []
    for named in orgs:
        committee = _COMMITTEE.search(named.surface)
        if committee and named.start < clause_start and committee.start() >= 2:
            park = named.surface[: committee.start()]
            return [(named.start, named.start + len(park), park, park)]
    return []


def _holds(outer: Named, inner: Named) -> bool:
    """``outer`` holds ``inner`` and is longer."""
    return outer.start <= inner.start and inner.end <= outer.end and outer.end - outer.start > inner.end - inner.start


_DESTINATION_BEFORE = re.compile(r"(?:推送|升级|下发|覆盖|适配|接入)?(?:至|到|给)$")


def _specific_place(item: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """宁夏中卫市沙坡头区 -> 沙坡头区, 德国慕尼黑 -> 慕尼黑 (higher places before it); a province or a
    country written short before a known city (云南昆明 -> 昆明, 越南胡志明市 -> 胡志明市); a city's
    area stays (北京亦庄)."""
    _, end, surface, canonical = item
    head = surface[: len(surface) - len(canonical)]
    if canonical != surface and len(canonical) >= 2 and surface.endswith(canonical) and _HIGHER_PLACE_END.search(head):
        return end - len(canonical), end, canonical, canonical
    places = default_gazetteer().lookup
    for cut in range(2, len(surface) - 1):
        higher, rest = places.get(surface[:cut]), surface[cut:]
        lower = places.get(rest) or places.get(rest + "市")
        if higher and lower and higher[1] == lower[1] == "LOC" and not _LOWER_PLACE_END.search(higher[0]):
            return end - len(rest), end, rest, lower[0]
    return item


# A place that holds no province or country: a city, a district, a county, a town.
_LOWER_PLACE_END = re.compile(r"(?:市|区|县|镇|乡|村|街道|州|盟|旗|岛|湾|港|园|城|湖|山)$")


_HIGHER_PLACE_END = re.compile(r"(?:省|市|自治区|特别行政区|州|盟|国|区|县)$")


_FORMER_BEFORE = re.compile(r"(?:前|原|曾任|曾在|曾就职于|来自)$")
# 任命某某为…, 聘任某某为…: the person follows the verb; 某某出任…, 某某升任…: the person comes before it.
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
_GOVERNED_PLACE = re.compile(r"(?:省|市|自治区|区|县|州)$")
_GRANTOR = re.compile(r"(?:局|委|委员会|办公室|办|部|厅|政府|中心)$")


def _project(body: str, mentions: list[Named], start: int, end: int, trigger: int) -> list[tuple[int, int, str, str]]:
    """The project opened: a named park or centre (合肥智算产业园), else the phrase after the verb
    (设立研发中心 -> 研发中心), else the one before it (…大模型安全测评中心正式揭牌)."""
    named = [m.item for m in mentions if m.type != "LOC" and _NAMED_PROJECT.search(m.surface)]
    if named:
        return sorted(named, key=lambda item: abs(item[0] - trigger))[:1]
    clause_end = min([i for i in (body.find(mark, trigger, end) for mark in _CLAUSE) if i != -1] or [end])
    verb_end = trigger
    while verb_end < clause_end and body[verb_end] not in "了首个一座家新的" and verb_end - trigger < 2:
        verb_end += 1
    after = _PROJECT.search(body, verb_end, clause_end)
    if after and after.group().strip() and not _GENERIC_PROJECT.match(_project_head(after.group())):
        text = _project_head(after.group())
        at = after.end() - len(text)
        # 设立中国总部及研发中心: two sites set up together are the project
        joined = _JOINED_SITE.match(body, after.end(), clause_end)
        stop = joined.end() if joined else after.end()
        return [(at, stop, body[at:stop], body[at:stop])]
    clause_start = max(body.rfind(mark, start, trigger) for mark in _CLAUSE) + 1
    clause_start = max(clause_start, start)
    last = None
    for match in _PROJECT.finditer(body, clause_start, trigger):
        # 某某研究中心（以下简称“中心”）正式揭牌: the name, not the short name it is given
        declared = last is not None and _DECLARED_SHORT.match(body, last.end())
        if declared and match.start() < body.find("）" if body[last.end()] == "（" else ")", last.end()):
            continue
        last = match
    if last and len(last.group()) >= 2 and not _GENERIC_PROJECT.match(_project_head(last.group())):
        text = _project_head(last.group())
        return [(last.end() - len(text), last.end(), text, text)]
    return []


_UNQUOTED_DOCUMENT = re.compile(
    r"(?:发布|印发|出台|颁布|公布)了?(?P<doc>[\u4e00-\u9fffA-Za-z0-9]{2,24}(?:标准草案|标准|规范|规划|方案|指南|白皮书|条例|办法))"
)
_DECLARED_SHORT = re.compile(r"[（(](?:以下|下文|下)?简?称[“\"]")
_JOINED_SITE = re.compile(r"(?:及|和|与|、|以及)" + _PROJECT.pattern)
_NAMED_PROJECT = re.compile(r"(?:项目|产业园|园区|基地|工厂|大厦|智算中心|数据中心|超算中心)$")
_SOURCE_AFTER = re.compile(r"^(?:消息|表示|称|透露|介绍|发布|获悉)")
# a site noun alone (产业园二期将于…建成) refers back to the site the article names
_GENERIC_PROJECT = re.compile(
    r"^(?:该|本|此)?(?:项目|[一二三四五]期|工程|产业园|园区|基地|中心|工厂|实验室|生产线|产线|科学馆)$"
)


def _article_project(article: Article, body: str) -> list[tuple[int, int, str, str]]:
    """项目一期预计2025年6月投用: the project is the one the article names (合肥智算产业园)."""
    for entity in sorted(article.entities or [], key=lambda e: -e["count"]):
        if entity["type"] in ("ORG", "LOC") and _NAMED_PROJECT.search(entity["name"]):
            first = entity["mentions"][0]
            return [(first["start"], first["end"], body[first["start"] : first["end"]], entity["name"])]
    return []


_PROJECT_CUT = re.compile(r".*(?:的|之间|之中|在|暨|了|首个|一座|一家|个|新建|建设|共建|筹建|设立|建成)")


def _project_head(text: str) -> str:
    """The project's own name: 中环和漕河泾公园之间商汤科技大厦 -> 商汤科技大厦, 了首个研发中心 -> 研发中心."""
    cut = _PROJECT_CUT.match(text)
    rest = text[cut.end() :] if cut else text
    return rest if len(rest) >= 2 else text


def _licence(body: str, trigger: int, end: int, names: list[Named] | None = None) -> list[tuple[int, int, str, str]]:
    """获得…颁发的自动驾驶出租车商业化运营牌照 -> 自动驾驶出租车商业化运营牌照 (after the last 的)."""
    match = _LICENCE.search(body, trigger, end)
    if not match:
        return []
    text = match.group()
    verbs = ("获得", "颁发", "发放", "获发", "通过了", "通过", "取得", "拿到", "领取", "获颁")
    cut = max(text.rfind("的"), *(text.rfind(verb) for verb in verbs))
    if cut >= 0:
        verb = next((v for v in verbs if text.startswith(v, cut)), "的")
        text = text[cut + len(verb) :]
    # 通过国家网信办生成式人工智能服务备案: the grantor written before the licence's name
    start = match.end() - len(text)
    grantor = [n for n in names or [] if n.start == start and n.end < match.end() and n.type == "ORG"]
    if grantor:
        text = body[grantor[0].end : match.end()]
    # 全市首张…牌照, 国内首批…许可: how rare it is, not the licence's name
    text = re.sub(r"^(?:全国|全省|全市|全区|国内|本市|省内|市内)?(?:首批|第一批|新一批|一张|首张|第一张)", "", text)
    text = text.strip('“”"')
    at = match.end() - len(text)
    return [(at, match.end(), text, text)] if len(text) >= 2 else []


_SITED = re.compile(
    r"位于(?P<loc>[^，。；的]{2,16})的(?P<site>[^，。；的]{2,20}?)(?=将|已|于|正式|预计|计划|即将|今年|明年|年内|\d)"
)
_OWNER_OF_PRODUCT = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)的[^，。；“”的]{0,12}“[^“”]{1,20}”\s*$")


def _product_owner(body: str, clause_start: int, trigger: int) -> list[tuple[int, int, str, str]]:
    """The company written before 的 and its quoted product right before the verb."""
    owner = _OWNER_OF_PRODUCT.search(body, clause_start, trigger)
    if owner is None or _TIME_WORDS.match(owner["name"]):
        return []
    return [(owner.start("name"), owner.end("name"), owner["name"], owner["name"])]


_PREPOSITION_BEFORE = re.compile(r"(?:在|向|对|给|为)$")
_LISTED_WITH = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")


_RECIPIENT_BEFORE = re.compile(r"(?:向|为|给)$")


def _after_preposition(body: str, orgs: list[Named], preposition: re.Pattern[str] = _PREPOSITION_BEFORE) -> list[Named]:
    """The organisations that follow a preposition, and those listed with them: 在比亚迪和宁德时代."""
    found: list[Named] = []
    for named in orgs:
        if preposition.search(body, max(0, named.start - 1), named.start) or (
            found and _LISTED_WITH.match(body[found[-1].end : named.start])
        ):
            found.append(named)
    return found


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


def event_id(record: dict[str, Any], keys: dict[str, list[str]]) -> str:
    """``ev`` + 16 hex digits of type, key arguments and date; the sentence's text stands in when
    the type has no key argument found (an 'other' event, a funding without its company)."""
    roles = KEY_ROLES.get(record["type"], ())
    parts = [f"{role}={','.join(keys[role])}" for role in roles if keys.get(role)]
    if not parts:
        parts.append(re.sub(r"\W+", "", record["text"]))
    digest = hashlib.sha1("|".join([record["type"], record["date"] or "", *parts]).encode("utf-8")).hexdigest()
    return "ev" + digest[:16]


#: Confidence parts, calibrated on the dev set of the facts evaluation (tests/data/facts, 39 predicted
#: events): the share of predicted events that are gold events was 17/17 for typed events dated to
#: the day, 4/6 to the month, 4/8 to the year; 6/6 for 'other' events to the day and 0/2 to the year.
#: The parts below give about those shares (typed day 0.85-0.9, month 0.7, year 0.55; other day 0.65).
_DATE_CONFIDENCE = {"day": 0.3, "around": 0.2, "month": 0.15, "year": 0.0}


def event_confidence(record: dict[str, Any]) -> float:
    """In [0, 1]: a typed event with its date written in the sentence and its key arguments found is
    likely right; an 'other' event dated from the sentence before it is a guess."""
    score = 0.35 + _DATE_CONFIDENCE.get(record["precision"], 0.1)
    if record["date_from"] == "previous":
        score -= 0.2
    roles = ROLES.get(record["type"], ())
    if record["type"] != "other":
        score += 0.1 + 0.15 * sum(role in record["arguments"] for role in roles) / max(len(roles), 1)
    if record.get("future"):
        score -= 0.05
    return round(min(max(score, 0.05), 0.95), 2)
