"""Project openings, licences and events of no other type: the site and where it is, who builds or
holds it, which licence is granted."""

from __future__ import annotations

import re

from aiwatch.analyze.event_arguments.actors import _article_org, _makers, _subject_name, _top_org
from aiwatch.analyze.event_arguments.common import (
    _CLAUSE,
    _PARTNER_BEFORE,
    _RECIPIENT_BEFORE,
    _SOURCE_AFTER,
    _TIME_WORDS,
    Arguments,
    Named,
    Sentence,
    _after_preposition,
    _bracket_aliases,
    _is_source,
    _set_joined,
    sentence_mentions,
)
from aiwatch.analyze.event_arguments.launch import _named_product, _product_makers_told_next
from aiwatch.analyze.gazetteer import default_gazetteer
from aiwatch.article import Article

_PROJECT = re.compile(
    # a project's phase (某某项目一期工程, 二期工程), then the kinds of site; stations and points of
    # service (再建6座加氢站, 建设应急物资仓储点), not a website; workshops, lines and instruments built
    # or put to use (建成示范车间, 启用一台新望远镜)
    r"[\u4e00-\u9fffA-Za-z0-9]{0,14}?(?:项目[一二三四五六七八九十]期工程|[一二三四五六七八九十]期工程|"
    r"(?<![网车])站(?![点长台楼区])|(?<=[储务测售])点|项目|产业园|示范园|园区|中心|基地|工厂|大厦|总部|实验室|研究院|研究所|超级工厂|智算中心|数据中心|"
    r"病区|示范区|工作站|生产线|产线|检测线|装配线|流水线|分拣线|车间|厂区|厂房|(?<![工])厂(?![商家区房长])|望远镜|子公司|分公司|科学馆|博物馆|展览馆|体验馆|展馆|场馆|海外仓|前置仓|仓库|书库|办事处|代表处|网点|办公室|体验店|旗舰店|门店|[猪牛羊鸡鸭禽]场|养殖场|牧场)"
)
_LICENCE = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9“”\"]{2,24}?(?:牌照|许可证|许可|资质|注册证|执照|证书|合格证|核准证|入网检测|型式检验|"
    # a title a body grants by 认定 (获得某厅认定的…称号)
    r"(?<=[\u4e00-\u9fff])称号|"
    r"备案(?!证)|(?:认证|鉴定|评估|评价|评审|审查|验收|测评)(?=[，。；,、]|$)|授权(?!专利|发明|书)|"
    # a regulator's list of compliant firms: 入选某部公告的…行业规范条件企业名单
    r"规范条件(?=企业名单|名单))"
)
# 通过(了)某研究院的安全评估: the body right after 通过 makes the appraisal, it holds nothing
_APPRAISER_BEFORE = re.compile(r"通过了?$")
# 某某局（EASA）颁发的: the body that grants a licence, written after the verb
# (某厅认定的…称号, 被某厅认定为…: the body that designates)
_GRANTS_AFTER = re.compile(r"\s*[）)]?\s*(?:[（(][^（()）]{0,16}[）)])?\s*(?:颁发|发放|核发|授予|签发|认定)")
# 被某厅认定为…企业: what the firm is designated, to the clause's end
_DESIGNATED_AS = re.compile(r"认定为(?P<name>[^，。；,]{2,30})")


# 据介绍，基地由…, 这座由…共同建设的书库, 科学馆由…: the next sentence opens on the site just opened
_SITE_TOLD_NEXT = re.compile(
    r"\s*(?:据介绍|据了解)?[，,]?\s*(?:该|这座|这个|这一|此)?[\u4e00-\u9fff]{0,4}?"
    r"(?:基地|中心|园区|产业园|项目|书库|馆|实验室|工厂|病区)?(?:由|是由)"
)


_INSTITUTION_END = re.compile(r"(?:图书馆|博物馆|博物院|科技馆|美术馆|医院|大学|学院)$")


def _site_makers_told_next(article: Article, end: int, alone: bool = False) -> list[Named]:
    """The organisations that build or run a site, in the sentence right after its opening; ``alone``
    when the opening's sentence names no builder: then one is enough, read in the clause of 由
    (该中心由A投资建设，采用B提供的系统: A)."""
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
    if alone:
        marks = [i for i in (body.find(mark, told.end(), stop) for mark in "，,；;") if i != -1]
        clause = [m for m in orgs if m not in aliases and m.end <= min(marks or [stop])]
        found = _makers(body, clause)
        return found if found and found[0].start == told.end() else []
    found = _makers(body, [m for m in orgs if m not in aliases])
    return found if len(found) > 1 else []


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


def _known_places(text: str, places: dict, least: int) -> bool:
    """``text`` is ``least`` or more known places written one after another (湖南长沙), each of two to
    four characters."""
    at = count = 0
    while at < len(text):
        size = next((n for n in (4, 3, 2) if (hit := places.get(text[at : at + n])) and hit[1] == "LOC"), 0)
        if not size:
            return False
        at, count = at + size, count + 1
    return count >= least


def _specific_place(item: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """宁夏中卫市沙坡头区 -> 沙坡头区, 德国慕尼黑 -> 慕尼黑 (higher places before it); a province or a
    country written short before a known city (云南昆明 -> 昆明, 越南胡志明市 -> 胡志明市); a city's
    area stays (北京亦庄)."""
    _, end, surface, canonical = item
    head = surface[: len(surface) - len(canonical)]
    if canonical != surface and len(canonical) >= 2 and surface.endswith(canonical) and _HIGHER_PLACE_END.search(head):
        return end - len(canonical), end, canonical, canonical
    places = default_gazetteer().lookup
    if canonical != surface and surface.endswith(canonical) and _known_places(head, places, 2):
        return end - len(canonical), end, canonical, canonical  # 湖南长沙宁乡市 -> 宁乡市: two higher places
    for cut in range(2, len(surface) - 1):
        higher, rest = places.get(surface[:cut]), surface[cut:]
        lower = places.get(rest) or places.get(rest + "市")
        if higher and lower and higher[1] == lower[1] == "LOC" and not _LOWER_PLACE_END.search(higher[0]):
            return end - len(rest), end, rest, lower[0]
    return item


# A place that holds no province or country: a city, a district, a county, a town (an autonomous
# region, 某某自治区, and a special administrative region are provinces).
_LOWER_PLACE_END = re.compile(r"(?:市|(?<!自治|行政)区|县|镇|乡|村|街道|州|盟|旗|岛|湾|港|园|城|湖|山)$")


_HIGHER_PLACE_END = re.compile(r"(?:省|市|自治区|特别行政区|州|盟|国|区|县)$")
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
        at = last.end() - len(text)
        # 青州国际机场T2航站楼…中心正式投运: a place the site is in is its location, not part of its name
        # (the pattern's window may have started inside it)
        place = [m for m in mentions if m.type == "LOC" and m.start < at < m.end and m.end < last.end() - 1]
        if place:
            at = place[-1].end
            text = body[at : last.end()]
        return [(at, last.end(), text, text)]
    return []


# 公司总经理、某某大学兼职教授某某表示，公司计划…建成: an organisation in the speaker's titles acts not
_SPEECH_END = re.compile(r"(?:表示|介绍|透露|指出|称|说)$")


def _in_speakers_title(body: str, named: Named, trigger: int) -> bool:
    """公司总经理、某某大学兼职教授某某表示: a second post of a speaker whose first is the company's."""
    clause_end = min([i for i in (body.find(mark, named.end, trigger) for mark in "，,") if i != -1] or [trigger])
    clause_start = max(body.rfind(mark, 0, named.start) for mark in "，,。；\n") + 1
    side_post = _COMPANY_POST_FIRST.match(body, clause_start, named.start)
    return clause_end < trigger and side_post is not None and bool(_SPEECH_END.search(body, named.end, clause_end))


# ... or whose first post is named with its organisation (炼石科技联合创始人、某某公司前研发总监某某表示)
_COMPANY_POST_FIRST = re.compile(
    r"\s*(?:公司[\u4e00-\u9fff]{1,8}?|[^，。；、]{0,20}?(?:创始人|董事长|总经理|总裁|CEO|官|总监|负责人|主任|院长|所长|"
    r"校长|经理|合伙人|秘书长|会长))、"
)


_FORMER_EMPLOYER = re.compile(r"(?:^|[、，,（(\s])(?:前|原)$")
_DECLARED_SHORT = re.compile(r"[（(](?:以下|下文|下)?简?称[“\"]")
_JOINED_SITE = re.compile(r"(?:及|和|与|、|以及)" + _PROJECT.pattern)
_NAMED_PROJECT = re.compile(r"(?:项目|产业园|园区|基地|工厂|大厦|智算中心|数据中心|超算中心)$")
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


# 基地预计明年投产, 该项目计划于明年开工: a clause opening on a site's bare noun refers back to it
_BARE_SITE_OPENS = re.compile(r"\s*(?:该|本|此|这个|这一)?(?P<noun>项目|基地|产业园|园区|工厂|工程)")
_TOLD_BEFORE_CUT = re.compile(r".*(?:[，。；、,;：:（）()“”\s]|用于|中标|承接|公司|集团|将|对|为|在|的)")


def _project_told_before(body: str, start: int, trigger: int) -> list[tuple[int, int, str, str]]:
    """The site a clause names by its bare noun (基地预计明年投产): the last one written before with a
    name of its own (募资将用于某地智能制造基地扩建 -> 某地智能制造基地)."""
    clause_start = max(max(body.rfind(mark, start, trigger) for mark in _CLAUSE) + 1, start)
    bare = _BARE_SITE_OPENS.match(body, clause_start, trigger)
    if bare is None:
        return []
    noun = bare["noun"]
    at = body.rfind(noun, 0, clause_start)
    while at != -1:
        window = body[max(0, at - 16) : at]
        cut = _TOLD_BEFORE_CUT.match(window)
        name = window[cut.end() :] if cut else window
        if len(name) >= 2:
            return [(at - len(name), at + len(noun), name + noun, name + noun)]
        at = body.rfind(noun, 0, at)
    return []


# ... and a count of sites before them (开设3家线下培训基地 -> 线下培训基地)
_PROJECT_CUT = re.compile(
    r".*(?:的|之间|之中|在|暨|了|首个|一座|一家|个|[\d两三四五六七八九十]+[家座所处]|新建|建设|共建|筹建|设立|建成)"
)


def _project_head(text: str) -> str:
    """The project's own name: 中环和漕河泾公园之间商汤科技大厦 -> 商汤科技大厦, 了首个研发中心 -> 研发中心."""
    cut = _PROJECT_CUT.match(text)
    rest = text[cut.end() :] if cut else text
    return rest if len(rest) >= 2 else text


def _licence(body: str, trigger: int, end: int, names: list[Named] | None = None) -> list[tuple[int, int, str, str]]:
    """获得…颁发的自动驾驶出租车商业化运营牌照 -> 自动驾驶出租车商业化运营牌照 (after the last 的)."""
    designated = _DESIGNATED_AS.search(body, trigger, end)
    if designated and not _LICENCE.search(body, trigger, designated.start()):
        return [(designated.start("name"), designated.end("name"), designated["name"], designated["name"])]
    match = _LICENCE.search(body, trigger, end)
    if not match:
        return []
    text = match.group()
    verbs = ("获得", "颁发", "核发", "发放", "获发", "通过了", "通过", "取得", "拿到", "领取", "获颁")
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


def project_opening(s: Sentence, args: Arguments) -> None:
    """The project opened, who builds or runs it and where."""
    article, body, start, end, trigger, mentions = s.article, s.body, s.start, s.end, s.trigger, s.mentions
    orgs, before, clause_start, makers = s.orgs, s.before, s.clause_start, s.makers
    # 位于江北新区的扬子江智算港将于明年建成: the site written after 位于…的 is the project, the place its
    # location
    sited = _SITED.search(body, start, trigger)
    site = [m for m in mentions if sited and m.start == sited.start("site") and m.end == sited.end("site")]
    site_place = [
        m.item for m in mentions if sited and m.type == "LOC" and sited.start("loc") <= m.start < sited.end("loc")
    ]
    projects = (
        [m.item for m in site]
        or _project(body, mentions, start, end, trigger)
        or _article_project(article, body)
        or _project_told_before(body, start, trigger)
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
    # 某某创始人、前某地海关关员某某表示，公司将…设立: a speaker's former employer builds nothing
    builders = [
        m
        for m in before
        if m.surface != project
        and not _SOURCE_AFTER.match(body[m.end : m.end + 4])
        and m not in partners
        and not _FORMER_EMPLOYER.search(body, max(0, m.start - 2), m.start)
        and not _in_speakers_title(body, m, trigger)
    ]
    # Only the source in the sentence (马来西亚投资发展局表示，项目预计将于明年动工): the builder is
    # the article's main organisation.
    # the project itself is not who builds it (西部智算中心一期…投运)
    told_next = [] if builders or makers else _site_makers_told_next(article, end, alone=True)
    builder = (
        [m.item for m in builders[-1:]]
        or [m.item for m in told_next]
        or [
            t
            for t in (_article_org(article, body, start, trigger) or _top_org(article, body, start))
            if t[2] != project
        ]
    )
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


def licence(s: Sentence, args: Arguments) -> None:
    """Who holds a licence and which licence it is."""
    article, body, start, end, trigger, mentions = s.article, s.body, s.start, s.end, s.trigger, s.mentions
    orgs, before, after, clause_start, makers = s.orgs, s.before, s.after, s.clause_start, s.makers
    # 此前，某某-R1已于今年1月通过备案: no organisation written, the article's company holds it
    # 通过国家网信办…备案: the body that grants it holds nothing
    # 某局（EASA）颁发的: the grantor; 向某某颁发: the one it is granted to
    granted_to = _after_preposition(body, orgs, _RECIPIENT_BEFORE)
    grants = {
        m
        for m in orgs
        if (_GRANTS_AFTER.match(body, m.end) or _APPRAISER_BEFORE.search(body, max(0, m.start - 3), m.start))
        and m not in granted_to
    }
    orgs = [m for m in orgs if m not in grants]
    before = [m for m in before if m not in grants]
    after = [m for m in after if m not in grants]
    holders = [m.item for m in orgs if not _GRANTOR.search(m.surface)]
    # 公司获得…认证: the company the paragraph named last, else the article's
    top = _article_org(article, body, start, trigger) or _top_org(article, body, start)
    top = [t for t in top if not _GRANTOR.search(t[2])]
    # 某某智能的喷洒无人机“某某A8”获得…授权: the owner of the product holds it
    owner = _product_owner(body, clause_start, trigger)
    args.set("organisation", [m.item for m in before] or holders or owner or top)
    args.set("licence", _licence(body, trigger, end, mentions))
    if "organisation" in args.values:
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


def other(s: Sentence, args: Arguments) -> None:
    """Who acts and the product of an event of no other type."""
    article, body, start, end, trigger, mentions = s.article, s.body, s.start, s.end, s.trigger, s.mentions
    actors, products, makers = s.actors, s.products, s.makers
    # 公司表示，计划在今年年底前实现月产500台: 公司 is the article's company.
    subject = [m.item for m in actors] or _subject_name(body, start, trigger)
    args.set("organisation", subject or _article_org(article, body, start, trigger))
    # 某地铁在某线开展巡检机器人“某某”试运行。这款机器人由A研发: a product put to use is carried by its
    # maker, told next when the sentence names only the one that uses it
    _set_joined(args, "organisation", makers or _product_makers_told_next(article, start, end))
    args.set("product", products or _named_product(body, start, end, trigger, mentions))
