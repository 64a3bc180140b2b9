"""Launches: who launches (with its co-launchers) and what, by entity, by quotes (系统“某某”) or by a
product noun before the verb."""

from __future__ import annotations

import re

from aiwatch.analyze.event_arguments.actors import _article_org, _makers, _subject_name, _top_org
from aiwatch.analyze.event_arguments.common import (
    _CLAUSE,
    Arguments,
    Named,
    Sentence,
    _article_product,
    _bracket_aliases,
    _set_joined,
    sentence_mentions,
)
from aiwatch.article import Article

_EDITION = re.compile(r"(?:推出|上线|发布)[^，。；]{0,16}?(?:版本|国际版|海外版|企业版|英文版)(?=[，。；]|$)")


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


# “东海港智能调度系统”正式上线, 部署由…开发的AI助教系统“启明小助”: a quoted name is what was launched.
_QUOTED = re.compile(r"“([^“”，。]{2,20})”")
# 以下称“某某集团”: a short name declared for a company; 巡检机器人“某某”: the noun says it is a product
_DECLARED_BEFORE = re.compile(r"(?:称|简称|叫|名为)$")
_PRODUCT_NOUN_END = re.compile(
    r"(?:平台|系统|大模型|模型|App|APP|应用|小程序|助手|助教|软件|芯片|机器人|设备|终端|产品|车型|一体机|服务器|无人机|卫星|"
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


def _quoted_whole(body: str, product: tuple[int, int, str, str], trigger: int, end: int) -> tuple[int, int, str, str]:
    at, stop = product[0], product[1]
    if at < trigger or body[at - 1 : at] != "“":
        return product
    close = body.find("”", stop, end)
    name = body[at:close] if close != -1 else ""
    if close == -1 or close == stop or not _QUOTED.fullmatch(body, at - 1, close + 1):
        return product
    return at, close, name, name


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


# …上线智能审图系统“某某”。该系统由A与B联合研发: the next sentence refers back to the product by the noun
# its sentence gave it (该系统, 这款机器人, 该平台) and names who made it.
# (系统由A开发 with no 该 too, when the noun is a kind of product)
_PRODUCT_TOLD_NEXT = re.compile(
    r"\s*(?:据介绍|据了解)?[，,]?\s*(?:(?:该|这款|这套|这个|这一|这台|这颗|此)(?P<noun>[\u4e00-\u9fffA-Za-z]{1,6}?)"
    r"|(?P<kind>系统|平台|模型|大模型|机器人|设备|装置|软件))(?:由|是由)"
)
# 某某种质资源库（华东库）智能化管理系统正式上线: a name that only says whose product it is, right before it
# (after 的, and with the product's own name in quotes before or after its kind: 某某局“某某”预报系统,
# 某某中心的漂移预测系统“某某”)
_QUALIFIES_PRODUCT = re.compile(
    r"[”\"]?[）)]?的?(?:“[^“”，。]{1,12}”)?[\u4e00-\u9fffA-Za-z0-9]{0,14}?(?:系统|平台|大模型|模型|应用|软件|机器人|App|APP)"
    r"(?:“[^“”，。]{1,12}”)?(?:在[\u4e00-\u9fff]{1,8}?)?(?:正式|已|已经|成功|全面)?"
)


def _product_makers_told_next(article: Article, start: int, end: int) -> list[Named]:
    """The makers of the product the sentence ``start:end`` launches or puts to use, named by the next
    sentence when it refers back to that product (该系统由A与B联合研发, 这款机器人由A研发)."""
    body = article.body
    told = _PRODUCT_TOLD_NEXT.match(body, end)
    if told is None or (told["noun"] or told["kind"]) not in body[start:end]:
        return []
    stop = min([i for i in (body.find(mark, told.end()) for mark in "。\n") if i != -1] or [len(body)])
    orgs = [m for m in sentence_mentions(article, end, stop) if m.type == "ORG"]
    aliases = _bracket_aliases(body, orgs)
    return _makers(body, [m for m in orgs if m not in aliases])


def launch(s: Sentence, args: Arguments) -> None:
    """The organisation that launches and the product launched."""
    article, body, start, end, trigger, mentions = s.article, s.body, s.start, s.end, s.trigger, s.mentions
    before, actors, products, makers = s.before, s.actors, s.products, s.makers
    co = _co_launchers(body, before, trigger)
    # 公司计划与某某合作推出…: the partner is not the subject
    launcher = [m.item for m in actors if m not in co] or _subject_name(body, start, trigger)
    # 某某系统正式上线。该系统由A与B联合研发: when the sentence names no one who launches or makes it (a
    # name before the product only says whose it is), the makers the next sentence gives it
    owners_only = all(_QUALIFIES_PRODUCT.fullmatch(body, m.end, trigger) for m in actors if m not in co)
    if not makers and owners_only and not _subject_name(body, start, trigger):
        makers = _product_makers_told_next(article, start, end)
        launcher = [m.item for m in makers[:1]] or launcher
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
    # 推出轻量版“某某Lite”: the quoted name after the verb, when a product found is only part of it
    products = [_quoted_whole(body, p, trigger, end) for p in products]
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
