"""Events: sentences that report something happening, with a resolved date and the entities in it.

A sentence is an event when it has a trigger (到访, 发布, 签订, 启用, 融资, 印发 …, the table
below) and a date the timex module resolves (2020年8月10日下午 -> ``2020-08-10``; 今年7月 ->
``2021-07`` for an article published in 2021).  A target year is not the date of an event
(到2025年…达到1000亿元), and a question or a plan without a date is left out.
``event_summary`` lists the major events as a numbered list in Chinese, like the 重大事件摘要 of
a hand-made record: at most six, one per date and kind, ordered by date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from aiwatch.analyze.event_arguments import event_confidence, event_id, find_arguments
from aiwatch.analyze.segment import article_sentences
from aiwatch.analyze.timex import DateContext, Timex, article_context, find_timexes, usable_for_event
from aiwatch.article import Article
from aiwatch.meta.confidence import min_confidence
from aiwatch.options import Options
from aiwatch.records import Event as EventRecord

#: (kind, pattern, weight).  The weight ranks events for the summary and picks the kind of a
#: sentence with several triggers: a visit by a leader or a signing says more than a generic 举行.
#: Patterns earlier in the list win at the same position (获得…牌照 is a licence before 获得…投资 is
#: funding).  Tests: tests/test_events.py.
# What a body grants: 牌照, 许可证, a medical device's 注册证, a business 执照.
# ... and an authorisation a regulator grants (运行授权, 经营授权), not a granted patent (授权专利).
# ... and a certificate of conformity a body issues (电气安全合格证).
# ... and an approval certificate (核准证).
_LICENCE = "牌照|许可证|许可|资质|注册证|执照|证书|合格证|核准证|授权(?!专利|发明|书)"
# A designation a body grants by 认定: a title (获得某厅认定的…示范工厂称号) or what it names the firm
# (被某厅认定为…企业); 认定 alone (经认定, 认定标准) is no grant.
_DESIGNATED = (
    r"被[^，。；,]{2,30}?认定为(?![^，。；,]{0,24}?(?:试点|示范区|先行区|先导区))|获得[^，。；,]{2,40}?认定的[^，。；,]{2,30}?称号"
)
# What a body certifies by a certificate is granted too (颁发…认证证书), and a certification or an
# appraisal a body grants (获得某部颁发的…安全认证, 通过某联合会组织的科技成果鉴定); not an award (获得…奖).
_CERTIFIED = r"(?<!申请)认证(?![申中])|(?<![经被])鉴定(?=[，。；,]|$)"
# An appraisal a body makes and a product passes (通过了某研究院的安全评估, 通过某部组织的科技成果评价),
# written at the clause's end: 通过AI检测发现隐患 is a means, no appraisal passed.
_APPRAISED = r"(?:评估|评价|评审|审查|验收|测评)(?=[，。；,]|$)"
# What is built or opened as a site (a centre, a base, a joint lab, a hospital's model ward).
# ... and farms (建设智能化养鸡场, 养殖场, 牧场).
# ... and stations and points of service (再建6座加氢站, 建设应急物资仓储点), not a website or a key point.
_SITE = (
    "中心|基地|工厂|园区|产业园|项目|实验室|研究院|研究所|病区|示范区|工作站|[猪牛羊鸡鸭禽]场|养殖场|牧场|"
    # a line or a plant of its own: 建设第二条检测线, 再建智能化面粉厂 (not 厂商, 厂家)
    "(?:生产|检测|装配|包装|加工|分拣)线|产线|(?<![工])厂(?![商家区长])|车间|"
    "(?<![网车])站(?!点|长|台)|(?<![重难要特亮焦起终观优缺节原景])点(?=[，。；,]|$)"
)
TRIGGERS: list[tuple[str, str, int]] = [
    ("visit", r"到访|走访|考察|视察|调研|来到|参观|访问", 3),
    # 获得国家金融监督管理总局颁发的牌照, 获批, 通过生成式人工智能服务备案.
    (
        "licence",
        rf"获得[^，。；,]{{0,40}}?(?:{_LICENCE}|批文|备案|{_CERTIFIED})|取得[^，。；,]{{0,40}}?(?:{_LICENCE})|获批|获颁|"
        rf"(?:颁发|核发)[^，。]{{0,32}}?(?:{_LICENCE})|"
        rf"拿到[^，。]{{0,12}}?(?:牌照|许可|注册证|执照)|通过[^，。]{{0,32}}?(?:备案|{_CERTIFIED}|入网检测|型式检验|{_APPRAISED})|备案名单|"
        # a regulator's list of compliant firms (入选某部公告的…规范条件企业名单, 白名单)
        r"入选[^，。；]{0,40}?(?:规范条件|白名单)|"
        rf"{_DESIGNATED}|"
        r"发放[^，。]{0,32}?(?:牌照|许可证?)|"
        rf"获发[^，。]{{0,32}}?(?:{_LICENCE})",
        3,
    ),
    # 加盟公司 of a person, not a franchise (加盟店, 加盟商).
    # 加入公司担任研究副总裁: joining to hold a post.
    (
        "appointment",
        # 转任/调任/改任: a move to another post (创始人某某转任董事长)
        r"获聘|受聘|聘任|聘请|任命|出任|就任|接任|履新|当选|升任|转任|调任|改任|加盟(?![店商费连品])|加入[^，。；]{0,12}?[，,]?(?:并)?担任|"
        # 将担任, 正式担任 (not 曾担任, 现担任: a portrait)
        r"将担任|正式担任|即将担任|拟担任",
        3,
    ),
    # 计划今年下半年与某研究院合作: a cooperation planned with a named partner (a plan only, see _background)
    (
        "signing",
        r"签订(?!单)|签署|签约|签下|达成[^，。]{0,6}(?:协议|合作)|战略合作|携手|联手|牵手|"
        r"与(?:(?!达成|签|携手|联手|牵手|战略合作)[^，。；,]){2,24}?(?:开展)?合作(?=[，。；,]|$)|"
        # 将与某研究机构合作开发…: what the partners will make together is the partnership's content
        r"与(?:(?!达成|签|携手|联手|牵手|战略合作)[^，。；,]){2,24}?合作(?:开发|研发|研制|"
        # ... or restore, build or run (与某剧院合作修复剧目, 与某船厂合作建造货船, 与某协会合作开设培训班)
        r"修复|建造|开设|举办|打造)",
        3,
    ),
    # 发布…规划, and the document before its verb: 《…行动计划》发布, 张江人工智能集聚区发展规划发布.
    (
        "policy",
        # (not 发布国土空间规划大模型: the document word describes a model or a system launched)
        # a standard or its draft (发布…行业标准草案), not a product's standard edition (标准版)
        r"印发|出台|颁布|施行|发布[^，。,;；]{0,30}(?:规划|方案|意见|办法|政策|计划|通知|条例|指南|白皮书|"
        r"(?<!技术)标准(?!版|化|件|款)|标准草案|规范(?!化)|草案)(?!"
        r"大模型|模型|系统|平台|软件|工具|助手|引擎|机器人|产品|App|APP)|"
        r"》(?:正式)?(?:发布|印发|出台|公布|施行)|(?:规划|方案|意见|办法|条例|指南|白皮书)(?:正式)?(?:发布|印发|出台)|"
        # a rule published by its title: 发布《…技术要求（试行）》, 公布《…安全规范》, 公布《…管理暂行办法》
        r"(?:发布|公布)《[^《》]{2,40}?(?:规范|标准|要求|细则|措施|规定|导则|指引|纲要|准则|办法|条例|意见|方案|规划|通知|指南|决定)(?:[（(](?:试行|暂行|征求意见稿)[）)])?》|"
        # a state body's notice (海关总署发布《关于…的公告》), not a listed company's (公司发布《…公告》)
        r"(?:发布|公布)(?<=[署部局委厅办]..)《[^《》]{2,40}?公告》|"
        # a body names a place or a school a pilot: 将滨江区列为首批试点区
        r"(?:列为|列入|确定为|认定为|批复为|批准为)[^，。；]{0,24}?(?:试点|示范区|先行区|先导区)",
        3,
    ),
    (
        "ipo",
        # (not the funding round before a listing: Pre-IPO轮)
        r"IPO(?<![Pp]re-IPO)(?<![Pp]reIPO)(?![ -]?轮)|挂牌上市|上市|挂牌|敲钟|招股书|"
        r"登陆[^，。]{0,4}?(?:科创板|创业板|主板|港交所|纳斯达克|纽交所)|递表|"
        # the steps to a listing: 递交上市申请, 上市申请获受理, 过会
        r"递交[^，。]{0,8}?(?:招股书|上市申请)|过会",
        3,
    ),
    # 以3亿元认购其8%的股权: a stake bought in new shares is the company's funding.
    (
        "funding",
        r"融资|获投|募资|领投|跟投|注资|估值|获得[^，。；,]{0,32}?投资|认购[^，。；]{0,12}?(?:股权|股份)|"
        # 获红杉中国数亿元投资 (not 获悉, 获批, 获评…), 引入战略投资者
        r"获(?![得批颁悉评奖邀准选聘发])[^，。；,]{1,24}?(?:投资|注资)(?![基机公集人者方])|引入[^，。；,]{0,16}?战略投资者?|"
        # a registry change that adds a shareholder
        r"新增(?:股东|投资方)",
        3,
    ),
    # 完成交割: an acquisition closes.
    # 受让某某公司30%股权: a stake bought from its holder.
    ("acquisition", r"收购|并购|合并|入股|控股|交割|受让[^，。；]{0,16}?股[权份]|购买[^，。；]{0,16}?股权", 3),
    # Starting a procedure, not a site: 启动欧盟CE认证申请, 启动招标程序.
    ("procedure", r"启动[^，。；]{0,12}?(?:申请|认证|程序|招标|评审|谈判|调查|研发|测试|试验|招募|报名)", 2),
    (
        "opening",
        r"启用|开幕|开业|开园|开馆|开岛|揭牌|揭幕|投产|落成|开工|动工|竣工|完工|建成|投运|投入使用|正式运营|正式启动|启动|成立|"
        r"落户|入驻|设立|落地|投用|投入(?:试|正式)?运行|"
        # building a site: 建设…基地, 共建联合实验室, 再建设2个示范病区
        rf"(?:共建|合建|共同建设|合作建设|筹建|再建设?|建设)[^，。；]{{0,24}}?(?:{_SITE})|"
        # 在成都新建研发中心, but not a count of them (全国新建智算中心项目超过40个)
        rf"新建[^，。；\d]{{0,16}}?(?:{_SITE.replace('项目|', '')})(?!项目|[个家座])",
        2,
    ),
    (
        "bid",
        # 公布…项目中标结果: the notice, not the win (the winner's 中标 follows)
        r"中标(?!结果|公告|候选|通知|金额|价格|单位)|中选|拿下[^，。]{0,16}?订单|斩获[^，。]{0,16}?订单|获得[^，。]{0,16}?订单|签下[^，。]{0,16}?订单",
        2,
    ),
    # 向公众开放, 正式开放: a product or service opened to its users (not 对外开放, 开放合作).
    # A system or a model put to work is launched (系统“某某”在水厂投入运行, 大模型正式投入业务化运行);
    # a site put to work is an opening (below).
    (
        "launch",
        r"(?:系统|模型|平台|引擎|软件|”)[^，。；]{0,16}?投入(?:业务化|试|正式)?运行|发布|推出|上线|亮相|发售|面世|升级|开源|首发|向(?:公众|用户|社会|开发者)开放|(?:正式|全面)开放|公测|内测|"
        # shown for the first time (首次向公众展示, 首度公开展示): a debut
        r"(?:首次|首度)(?:向(?:公众|社会|外界))?(?:公开)?展示",
        2,
    ),
    # Making and handing over what was launched before: 交付首批一体机, 量产上车 (type other).
    # 流片: a chip's first tape-out, the step before it is made.
    # Putting to use what was made: 完成首批8台部署 (the maker's product at a customer's site, type other),
    # 在办税服务厅试运行 (on trial where it is used);
    # a satellite's 发射.
    # 首台…下线, 第1000辆…下线: the first (or a milestone) unit off the line.
    (
        "delivery",
        # a user brings in a system another made (引入由某公司开发的辅助系统): the supplier's product at work
        r"引入[^，。；]{0,30}?(?:系统|平台|设备|机器人)|量产|交付|流片|"
        # 引入由某公司开发的“某某”, 试点使用由某公司研发的…系统: a named maker's product put to use
        r"(?:引入|使用|启用)由[^，。；]{2,30}?(?:开发|研发|研制|打造)的|"
        # building vehicles, ships or machines (再建造2艘工船), not a site (建设 above)
        r"建造[^，。；]{0,12}?(?:船|舰|艘|台|架|辆|卫星|机)|部署|发射|首飞|试运行|试运营|(?:首台|首批|首辆|第[\d一二三四五六七八九十百千万]+(?:台|辆|架|套))[^，。；]{0,16}?下线",
        2,
    ),
    ("award", r"授牌|获评|荣获|入选|颁奖|获得[^，。]{0,10}(?:奖|称号|认证)", 2),
    # A rollout: 将在3月起陆续推送至某系列机型, 平台将于明年3月前接入全省智算中心 (weaker than 上线, 发布).
    # ... 将模型推广至各省气象部门: taken to more users
    # ... 计划明年在某盆地推广“某某”: a named product taken to more users
    ("rollout", r"推送|接入|推广(?:至|到|“)", 1),
    # A school or a platform starts something: 开设了一门人工智能启蒙课, 开通服务.
    ("service", r"开设|开通", 2),
    ("meeting", r"举行|举办|召开|闭幕|峰会|大会上|论坛上", 1),
    # What an outlet learnt or a company disclosed: 从国家数据局获悉, 公布财报, 用户数突破3亿.
    ("announce", r"宣布|公布|披露|透露|获悉|突破|降至|降价", 1),
    # A milestone a company sets itself, only when planned (将在5月底前完成首批, 计划在年底前实现月产500台):
    # 完成/实现 of the past are mostly results (实现营收28.8亿元), not events.
    ("milestone", r"完成|实现", 1),
]

#: The event types analysts track (the JSON field ``type``); a trigger kind names one of them.
EVENT_TYPES = (
    "funding",
    "launch",
    "policy",
    "appointment",
    "partnership",
    "ipo",
    "ma",
    "project_opening",
    "licence",
    "other",
)
KIND_TYPE = {
    "visit": "other",
    "licence": "licence",
    "appointment": "appointment",
    "signing": "partnership",
    "policy": "policy",
    "ipo": "ipo",
    "funding": "funding",
    "acquisition": "ma",
    "opening": "project_opening",
    "bid": "other",
    "launch": "launch",
    "award": "other",
    "meeting": "other",
    "announce": "other",
    "service": "other",
    "milestone": "other",
    "delivery": "other",
    "procedure": "other",
    "rollout": "other",
}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (a | inside a group or a class does not split)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def _first_chars(patterns: list[str]) -> str | None:
    """Every character a match of ``patterns`` can start with, or None when an alternative starts
    with something else than a plain character or a group of them that must match ((?:正式|全面)开放)."""
    firsts: set[str] = set()
    for pattern in patterns:
        for alternative in _alternatives(pattern):
            if alternative.startswith("(?:"):
                close, depth = 3, 1
                while depth:
                    close += 1
                    depth += {"(": 1, ")": -1}.get(alternative[close - 1], 0)
                inner = _first_chars([alternative[3 : close - 1]])
                if inner is None or alternative[close : close + 1] in ("?", "*", "{"):
                    return None
                firsts.update(inner)
            elif not alternative or alternative[0] in "()[]{}.*+?\\^$":
                return None
            else:
                firsts.add(alternative[0])
    return "".join(sorted(firsts))


# The lookahead rejects most positions at once (as in figures._FIGURE): without it every position
# of every sentence tried all 70 trigger words, 0.17 ms per 1,500 characters; with it 0.03.
_TRIGGER_FIRST = _first_chars([pattern for _, pattern, _ in TRIGGERS])
_TRIGGER = re.compile(
    (f"(?=[{re.escape(_TRIGGER_FIRST)}])" if _TRIGGER_FIRST else "")
    + "(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern, _ in TRIGGERS)
    + ")"
)
_WEIGHT = {kind: weight for kind, _, weight in TRIGGERS}
# A year after these words is a target or a span of time, not when something happened.
_NOT_EVENT_DATE_BEFORE = re.compile(r"(?:到|至|力争|截至|截止|自|从)\s*$")
# 记者从6月29日召开的论坛上获悉: 从 opens "from the forum held on 29 June", not a span from that day.
_DATED_OCCASION = re.compile(r"(?:召开|举行|举办|开幕|闭幕)的")
# A date after these words is when something is planned to happen: 计划于今年9月发布 is an event,
# marked ``future`` (it has not happened when the article was published).
_FUTURE_DATE_BEFORE = re.compile(
    r"(?:预计|计划|将于|将在|拟于|拟在|有望在|有望于|预计将于|预计于|将|拟|有望)\s*(?:在|于)?\s*$"
)
# A trigger after these words in its own clause is planned, not done: 项目预计将于明年动工, 新车型将于12月正式发布.
_FUTURE_BEFORE_TRIGGER = re.compile(r"(?:计划|将|拟|预计|即将|有望|准备|打算)[^，。；;,]{0,16}$")
# 本月起批量交付, 3月起陆续推送: what starts then is an event of that month; 2020年起，… is a span
_NOT_EVENT_DATE_AFTER = re.compile(r"^\s*(?:以来|以前|之前|起(?=\s*[，,；;、])|至今|末|前)")
# 3月1日起，《…办法》正式施行: the day a rule takes effect is its event's date, not a span's start
_TAKES_EFFECT_FROM = re.compile(r"起[，,][^。；]{0,40}?(?:正式)?(?:施行|实施|生效)")
_NOMINAL = frozenset("会式典礼仪")  # 发布会, 开幕式, 颁奖典礼, 签约仪式 name an occasion
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FIRST_DONE = re.compile(r"(?:了)?(?:国内|全国|全球|行业)?首(?:次|单|批|飞|例|台|套|笔)")
_VERB_BEFORE_MODIFIER = re.compile(r"(?:推出|发布|交付|上线|签署|签订|收购)[^，。；的]{0,6}$")
_TITLE = re.compile(r"《[^《》]*》")
_QUESTION = re.compile(r"[？?]\s*$")
# A sentence of figures in sum is no event: 据不完全统计，1—7月共发生融资事件56起.
_STATISTIC = re.compile(
    r"^\s*(?:据(?:不完全)?统计|(?:统计)?数据显示|统计显示|"
    # an opinion about what may come: 业内人士认为，降价将推动大模型应用在今年下半年迎来爆发
    r"(?:业内人士|业内专家|分析人士|分析师|有分析|有观点)(?:普遍)?(?:认为|预计|预测|指出)|"
    # a remark on the event just told: 这是该公司今年完成的第二笔融资; history as a backdrop: 早在2021年，…
    r"这是|这也是|这已是|此为|早在)"
)
_LEAD = re.compile(r"^[\s，,、：:]+")
_MAX_TEXT = 240
_MAX_SUMMARY = 6
# 上市 of a product (新车上市) is a launch; of a company it comes with an exchange, shares or IPO words.
_LISTING_WORDS = re.compile(
    r"交易所|港交所|联交所|科创板|创业板|主板|北交所|纳斯达克|纽交所|股票|股份|港股|美股|A股|IPO|招股|发行|募资|代码|敲钟|"
    r"赴港|赴美|在港|回A"
)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# ... also for a period: 发布2025年一季度报告, 发布上半年业绩
_RELEASED_INFORMATION = re.compile(
    r"(?:(?:19|20)\d{2}年(?:度)?)?(?:[一二三四]季度|第[一二三四]季度|上半年|下半年|前三季度|全年)?"
    r"[^，。]{0,4}?(?:数据|报告|公告|财报|业绩|声明|榜单|名单|统计)"
    # (not 发布卫星遥测数据智能分析系统: information a product works on, the product is launched)
    r"(?![^，。；“]{0,10}?(?:系统|平台|软件|模型|工具|引擎|助手|App|APP))"
)
_PRECISION_RANK = {"day": 3, "around": 2, "month": 1, "year": 0}


@dataclass(frozen=True, slots=True)
class Event:
    trigger_start: int  # offsets of the trigger word in the sentence
    trigger_end: int
    timex: Timex
    kind: str
    future: bool = False

    @property
    def type(self) -> str:
        return KIND_TYPE.get(self.kind, "other")


def _deadline(sentence: str, timex: Timex) -> bool:
    """将在5月底前完成, 将于明年3月前建成: a plan's deadline is when it is due (not 3月以前, 此前)."""
    return (
        timex.future and sentence[timex.end : timex.end + 1] == "前" and sentence[timex.end + 1 : timex.end + 2] != "后"
    )


_VERB_AFTER_SINCE = re.compile(r"(?:正式|开始|起)?(?:引入|启用|上线|投用|投入使用|部署|使用)")


def _usable(sentence: str, timex: Timex, context: DateContext | None = None) -> bool:
    """A date an event may have: not a target (到2025年), not a span (2017年以来), not inside a name;
    after publication only when the sentence speaks of the future (the timex says ``future``)."""
    return (
        bool(timex.date)
        and (context is None or usable_for_event(timex, context))
        and (
            timex.future
            or not _NOT_EVENT_DATE_BEFORE.search(sentence[max(0, timex.start - 4) : timex.start])
            or _DATED_OCCASION.match(sentence, timex.end)
            # 医院自去年6月引入…系统: since a day or month, the verb right after it happened then
            or (
                timex.precision in ("day", "month")
                and sentence[timex.start - 1 : timex.start] in ("自", "从")
                and _VERB_AFTER_SINCE.match(sentence, timex.end) is not None
            )
        )
        and not (
            _NOT_EVENT_DATE_AFTER.match(sentence[timex.end : timex.end + 3])
            and not _deadline(sentence, timex)
            and not _TAKES_EFFECT_FROM.match(sentence, timex.end)
            # 9月12日起，联赛引入…系统, 去年11月起在某厅试运行: the day or month a thing starts is when
            # it happens (a year is a span)
            and not (timex.precision in ("day", "month") and sentence.startswith("起", timex.end))
            # 今年以来已交付37台: what was done in the year so far is the year's
            and not (timex.text == "今年" and sentence.startswith("以来", timex.end))
        )
        and not _inside_noun_phrase(sentence, timex)
        # 由去年12月的23%降至上月的9%: the base of a change a figure went through, no event's date
        and not (sentence[timex.start - 1 : timex.start] == "由" and sentence.startswith("的", timex.end))
    )


def event_date(
    sentence: str, timexes: list[Timex], trigger_at: int, context: DateContext | None = None
) -> Timex | None:
    """The date the sentence reports: the last usable date before the trigger, else the first after."""
    usable = [t for t in timexes if _usable(sentence, t, context)]
    before = [t for t in usable if t.start < trigger_at]
    if before:
        return before[-1]
    # 产品已部署在1300余台织机上，去年营收约8700万元: a date opening a later clause of figures dates them
    after = [
        t
        for t in usable
        if not (_STATISTIC_AFTER.match(sentence, t.end) and _clause_start(sentence, t.start) > trigger_at)
    ]
    return after[0] if after else None


_STATISTIC_AFTER = re.compile(
    r"(?:全年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}至\d{1,2}月)?(?:的)?(?:营收|营业收入|收入|净利润|利润|销量|出货量|产值|"
    r"营业额|孵化|新增|累计|共计|共有)"
)


def is_future(sentence: str, timex: Timex, trigger_at: int, published: str | None) -> bool:
    """The event lies ahead of publication: dated after the publish day (计划于今年9月发布 in May), or,
    with no publish day to compare, planned by the sentence (计划/将/拟/预计 before the date or verb).
    A coarser date that holds the publish day (2024年 for 2024-05-27) is not ahead."""
    # Against a publish day the date decides: 拟以1.2亿元收购 announced on the day is no future
    # event; 计划于今年9月发布 in May is (the timex marks it ``future`` too).
    if published and _DAY.match(published) and timex.date:
        date = timex.date[:10]
        if date != published[: len(date)] or len(date) == 10:
            return date > published[: len(date)]
        # A year or month that holds the publish day (今年计划交付500台 in September): the plan
        # words of the sentence decide, as without a publish day.
    if _FUTURE_DATE_BEFORE.search(sentence[max(0, timex.start - 6) : timex.start]):
        return True
    clause_start = max(sentence.rfind(mark, 0, trigger_at) for mark in "，。；;,") + 1
    if _FUTURE_BEFORE_TRIGGER.search(sentence[clause_start:trigger_at]) is not None:
        return True
    # 公司计划下月设立研发中心，并于今年四季度推出新产品: a clause joined by 并 goes on with the plan
    while clause_start > 1 and sentence.startswith("并", clause_start):
        previous = max(sentence.rfind(mark, 0, clause_start - 1) for mark in "，。；;,") + 1
        if _PLAN_WORD.search(sentence, previous, clause_start - 1):
            return True
        clause_start = previous
    return False


_PLAN_WORD = re.compile(r"计划|将|拟|预计|即将|有望|准备|打算")


def _inside_noun_phrase(sentence: str, timex: Timex) -> bool:
    """A bare year inside a name is not a date: 一批2020年智慧城市建设优秀案例."""
    if timex.kind != "year" or timex.start == 0 or timex.end >= len(sentence):
        return False
    before, after = sentence[timex.start - 1], sentence[timex.end]
    # 预计2027年投产, 计划2026年建成: a plan's date, not a name
    if _FUTURE_DATE_BEFORE.search(sentence[max(0, timex.start - 6) : timex.start]):
        return False
    return _HAN.match(before) is not None and _HAN.match(after) is not None and before not in "在于自从到至是为"


# 部署 and 落地 are nouns after these: 国家的重要部署, 战略部署 are no deployment.
_NOUN_BEFORE = ("的", "重要", "战略", "决策", "总体", "工作", "统筹")


_FOR_WHOM_BEFORE = re.compile(r"(?<![成认])(?:为|向|给)[^，。；为向给的]{0,16}$")


def _nominal(sentence: str, match: re.Match[str]) -> bool:
    """A trigger used as a noun: 发布会, 开幕式 name an occasion; 重要部署 is a plan."""
    if sentence[match.end() : match.end() + 1] in _NOMINAL:
        return True
    # 推出前装量产的重卡: a verb before 的 describes the noun, the verb before it is the news
    if sentence.startswith("的", match.end()) and _VERB_BEFORE_MODIFIER.search(sentence, 0, match.start()):
        return True
    if match.group() == "建设项目" and match.start() > 0 and _HAN.match(sentence, match.start() - 1):
        # 中标某某平台建设项目: the project being built is the object of another verb
        return sentence[match.start() - 1] not in "将已正在要拟并和与及再"
    if (
        match.group() == "发布"
        and _OBJECT_OF_DONE.search(sentence, 0, match.start())
        and _CLAUSE_END.match(sentence, match.end())
    ):
        return True  # 将在5月底前完成首批应用场景清单发布: the release is what is to be completed
    return match.group() in ("部署", "落地") and sentence[: match.start()].endswith(_NOUN_BEFORE)


# 完成…清单发布, 实现…的发布: 发布 ending the object of 完成/实现, a noun
_OBJECT_OF_DONE = re.compile(r"(?:完成|实现)[^，。；,;]{2,24}$")
_CLAUSE_END = re.compile(r"\s*(?:[，。；,;！!？?]|$)")


# What a sentence says about the past or in sum, not what happened: 成立于2022年 (a founding date in a
# company's portrait), 共发生融资事件56起 and 累计交付3万辆 (statistics), 招股书显示 (a source).
_BACKGROUND_AFTER = re.compile(r"^(?:于|以来|至今|事件|案例|总额|金额|数量|规模|显示|披露)")
_BACKGROUND_BEFORE = re.compile(r"(?:累计|共计|合计|总计|累积|(?<![公一总])共)$")
# 首批入驻企业47家, 签约项目32个: the trigger names what is counted
_COUNTED_AFTER = re.compile(
    r"(?:企业|项目|机构|团队|单位)(?:\s*(?:\d|[一二三四五六七八九十百千两数]+[家个项]|达|超|共|总数))"
)
# 营业收入有望突破5亿元: a forecast of a figure, not a thing that happened
_FORECAST_BEFORE = re.compile(r"(?:有望|预计|力争|争取|将|可望|或将)[^，。；]{0,6}$")


# ... or written as a topic at the head of a sentence: 融资方面，… / 人事方面， / 政策层面，
_SECTION_LABEL = re.compile(r"^\s*(?:[【\[][^】\]]{1,8}[】\]]|[\u4e00-\u9fff]{2,4}(?:方面|层面)[，,：:])")
# 签约入驻, 签约落户: companies moving into a park, an opening rather than a partnership.
_SIGNED_INTO = re.compile(r"入驻|落户|进驻|落地")
_SITE_AFTER_SIGNING = re.compile(r"设立|落户|入驻|建设")
_PARTIES_AFTER = re.compile(r"双方|三方|各方|两家|两者")
_SITE_OPENED = re.compile(
    r"[^，。；]{0,16}?(?:研究所|研究院|研发中心|创新中心|实验室|工厂|办事处|分公司|子公司|办公室|总部|门店|基地|数据中心|"
    r"体验店|旗舰店|直营店|专卖店)"
)


# 元禾控股有限公司, （元禾控股）: the word ends a name; 控股子公司, 控股股东: a noun.
_NAME_AFTER = re.compile(r"有限|股份|集团|（集团）|子公司|股东|权")
# 募资将主要用于…: what the money raised is for, not a raise.
_USE_OF_FUNDS = re.compile(r"[^，。；,]{0,12}?(?:将|拟)?(?:主要|全部|部分)?用于")


def _inside_name(sentence: str, match: re.Match[str]) -> bool:
    """The trigger word ends a company's name or its short name in brackets, or makes a noun."""
    if _NAME_AFTER.match(sentence, match.end()):
        return True
    opened = sentence.rfind("（", 0, match.start())
    return (
        sentence[match.end() : match.end() + 1] == "）"
        and opened != -1
        and match.start() - opened <= 8
        and ("，" not in sentence[opened : match.start()])
    )


# 收购完成后，…: the verb dates what follows, it is not the news of the sentence
# (本轮融资后公司将于明年设立…: the subject and its plan follow without a comma)
_TIME_CLAUSE_AFTER = re.compile(
    r"(?:完成|成功)?(?:后|之后|以后)(?:[，,]|(?=[\u4e00-\u9fff]{1,6}?(?:将|计划|拟|预计|准备)))"
)


def _background(sentence: str, match: re.Match[str]) -> bool:
    # 将为后者今年下半年首飞的火箭提供服务: the verb only describes whom a service is for
    if sentence.startswith("的", match.end()) and _FOR_WHOM_BEFORE.search(sentence, 0, match.start()):
        return True
    if _TIME_CLAUSE_AFTER.match(sentence, match.end()):
        return True
    if match.lastgroup == "signing" and match.group().startswith("与") and match.group().endswith("合作"):
        # 与某某合作 is news only as a plan (计划今年下半年与某研究院合作); what the partners made or
        # restored together (与某剧院合作修复剧目) is news when done too
        clause_start = max(sentence.rfind(mark, 0, match.start()) for mark in "，。；;,") + 1
        return _FUTURE_BEFORE_TRIGGER.search(sentence[clause_start : match.start()]) is None
    if match.lastgroup == "signing" and _SIGNED_INTO.match(sentence, match.end()):
        return True
    if match.group() in ("入驻", "落户", "签约", "引进", "签约入驻") and _COUNTED_AFTER.match(sentence, match.end()):
        return True
    if match.group() in ("突破", "降至") and _FORECAST_BEFORE.search(
        sentence, max(0, match.start() - 10), match.start()
    ):
        return True
    if match.lastgroup in ("funding", "acquisition") and (
        _inside_name(sentence, match) or (match.lastgroup == "funding" and _USE_OF_FUNDS.match(sentence, match.end()))
    ):
        return True
    # 完成首次AI投喂作业, 完成首单: a first done is news, whatever the tense
    if match.lastgroup == "milestone" and _FIRST_DONE.match(sentence, match.end()):
        return False
    if match.lastgroup == "milestone":
        clause_start = max(sentence.rfind(mark, 0, match.start()) for mark in "，。；;,") + 1
        return _FUTURE_BEFORE_TRIGGER.search(sentence[clause_start : match.start()]) is None
    after = sentence[match.end() : match.end() + 2]
    if match.group() in ("成立", "设立", "建成", "创立") and after.startswith("于"):
        return True
    if match.lastgroup in ("funding", "ipo") and _BACKGROUND_AFTER.match(after):
        return True
    return _BACKGROUND_BEFORE.search(sentence, max(0, match.start() - 2), match.start()) is not None


def _main_trigger(sentence: str, start: int = 0, end: int | None = None) -> tuple[str, int] | None:
    """The strongest trigger names the kind (签订 over 举行); a verb beats a noun made of one
    (…发布会上，…规划发布: the second 发布), and the last verb is the main one."""
    stop = len(sentence) if end is None else end
    # 【融资】上周一，…完成融资, 融资方面，…: a round-up's section label is no verb
    label = _SECTION_LABEL.match(sentence)
    start = max(start, label.end()) if label else start
    matches = [
        m
        for m in _TRIGGER.finditer(sentence, start, stop)
        if not (m.group() in ("部署", "落地") and _nominal(sentence, m)) and not _background(sentence, m)
    ]
    kinds = [(m.lastgroup or "", m.start(), _nominal(sentence, m)) for m in matches]
    if not kinds:
        return None
    listing = _LISTING_WORDS.search(sentence) is not None
    # An occasion named by a trigger (在签约仪式上表示，公司计划年内设立…) yields to any verb; of two
    # verbs as strong, the one joined by 并 to the verb before it is the lesser (完成部署并投入使用).
    # 在开园仪式上表示，…, 在昨日举行的新闻发布会上介绍，…: what was said at an occasion, no event of its own
    spoken = [k for k in kinds if _SPOKEN_AT.match(sentence, k[1]) or _HELD_WHERE_SPOKEN.match(sentence, k[1])]
    if spoken and all(k[2] or k in spoken for k in kinds):
        return None
    kind, at, _ = max(
        kinds,
        key=lambda k: (
            not k[2],
            _rank(sentence, k[0], k[1], listing),
            not _JOINED.search(sentence, max(0, k[1] - 4), k[1]),
            k[1],
        ),
    )
    # Of several triggers of that kind the first is the verb: 完成A轮融资，高榕资本领投，联想创投跟投
    # is about the company before 融资, not the investors before 跟投.
    at = min(k[1] for k in kinds if k[0] == kind and not k[2]) if not _nominal_at(kinds, at) else at
    if kind == "signing":
        # 与管委会签约，在园区设立中国总部: the signing is how the site comes; the opening is the news
        site = [k for k in kinds if k[0] == "opening" and k[1] > at and not k[2]]
        if (
            site
            and _SITE_AFTER_SIGNING.match(sentence, site[0][1])
            and sentence.count("，", at, site[0][1]) == 1
            # 签署合作协议，双方将利用…建设充电桩: what the parties will do together is the deal's content
            and not _PARTIES_AFTER.match(sentence, sentence.rfind("，", at, site[0][1]) + 1)
        ):
            return "opening", site[0][1]
    if kind == "milestone" and _DEAL_SUBJECT.match(sentence) and not sentence.startswith("后", at + 2):
        kind = "acquisition"  # 本次交易尚需审批，预计于今年四季度完成: the deal closes
    if kind == "opening" and sentence.startswith("开幕", at) and _OCCASION_BEFORE.search(sentence, start, at):
        kind = "meeting"  # 中关村论坛在北京开幕: an occasion opens, not a site
    opens = kind == "launch" and _SITE_OPENS.match(sentence, at)
    if opens and _SITE_BEFORE.search(sentence, _clause_start(sentence, at), at):
        kind = "opening"  # 智能书库正式开放: a site opens to the public, not a product
    if kind == "signing" and _PURCHASE_SIGNED.match(sentence, at + 2):
        kind = "bid"  # 与某合作社签署采购协议: an order won, carried by the maker (type other)
    if kind == "opening" and sentence.startswith("启用", at) and _PRODUCT_OBJECT.match(sentence, at + 2):
        kind = "delivery"  # 正式启用…巡检系统“雪鹰”: a product put to use (type other), not a site opened
    elif (
        kind == "opening"
        and _PUT_TO_USE.match(sentence, at)
        and _PRODUCT_BEFORE.search(sentence, _clause_start(sentence, at), at)
    ):
        kind = "delivery"  # 引入的巡检机器人“某某”正式投产, 监管平台正式启用: the same, the product before its verb
    clause = _clause_start(sentence, at)
    if kind == "opening" and _PARTNER_BUILDS.match(sentence, at) and _WITH_PARTNER.search(sentence, clause, at):
        kind = "signing"  # 计划明年与某大学共建联合实验室: a partnership planned with a named partner
    if kind == "service" and _SITE_OPENED.match(sentence, at + 2):
        kind = "opening"  # 在慕尼黑开设研究所: a site, not a class or a service
    if kind == "launch" and _RELEASED_INFORMATION.match(sentence, at + 2):
        kind = "announce"  # 发布数据, 发布财报: information made public, not a product
    if kind == "ipo" and not _LISTING_WORDS.search(sentence):
        kind = "launch"  # 新款机器人正式上市: a product goes on sale
    elif kind == "funding" and any(k[0] == "ipo" for k in kinds) and _LISTING_WORDS.search(sentence):
        kind = "ipo"  # 在港交所挂牌上市，募资54亿港元: the raise is the listing's
        at = min(k[1] for k in kinds if k[0] == "ipo")
    return kind, at


_OCCASION_BEFORE = re.compile(
    r"论坛|峰会|大会|博览会|展览会|交易会|会议|年会|展会|大赛|赛事|活动周|文化节|艺术节|(?:博|展|节|周)\s*(?:在|于|正式|隆重)"
)
# The kind of product a verb of putting to use takes, with its quoted name if any (巡检系统“某某”).
_PRODUCT_KIND = r"(?:系统|平台|机器人|设备|终端|大模型|模型|软件|助手|数字人)(?:“[^“”]{1,20}”)?"
# 启用由某公司研发的巡检系统“某某”, 启用AI调度平台“某某”: what is put to use is a product, the clause's object
_PRODUCT_OBJECT = re.compile(r"[^，。；,;]{0,40}?" + _PRODUCT_KIND + r"(?=[，。；,;]|$)")
# A product or a system, the subject of a verb of putting to use written right before it: 监管系统正式启用,
# 巡检系统“某某”正式投入使用, 引入的分割机器人“某某”已投产 (not a site: 检测线正式投产, 智算中心启用).
_PUT_TO_USE = re.compile(r"启用|投入使用|投用|投产|投运")
_PRODUCT_BEFORE = re.compile(_PRODUCT_KIND + r"(?:正式|已|已经|顺利|全面|率先|陆续|也|将|即将|目前已|日前|近日)*$")
# 与某大学共建实验室 (not 共建的实验室揭牌: what was built is named, the verb after it tells the news)
_PARTNER_BUILDS = re.compile(r"(?:共建|合建|共同建设|合作建设)(?!的)")
_WITH_PARTNER = re.compile(r"(?:与|同|和|跟)[^，。；,与同和跟]{2,30}?(?:将|拟|计划|共同|一起|联合)?$")
_SITE_OPENS = re.compile(r"(?:正式|全面)?开放(?=[，。；,]|$)")
_SITE_BEFORE = re.compile(
    r"(?:馆|书库|园|中心|基地|实验室|站|厅|公园|港|口岸|大楼|工厂|街区|广场|景区|营地|展区)(?:正式|全面)?$"
)
_PURCHASE_SIGNED = re.compile(r"[^，。；]{0,8}?(?:采购|订购|供货|购销)(?:框架)?(?:协议|合同|订单)")
# 本次交易尚需审批, and 交易预计于三季度完成 opening a sentence after the deal was told (not 交易额, 交易所)
_DEAL_SUBJECT = re.compile(r"^\s*(?:(?:本次|此次|该笔|这笔|上述|该项|此项)(?:收购|并购)?)?交易(?![额所量价中平市])")
_HELD_WHERE_SPOKEN = re.compile(
    r"(?:举行|召开|举办)的[\u4e00-\u9fff“”]{1,16}?(?:会|仪式|典礼|论坛|峰会)上(?:发言|致辞)?(?:表示|介绍|说|透露|指出|称|强调|提到)"
)
_SPOKEN_AT = re.compile(
    r"[\u4e00-\u9fff]{1,4}?(?:仪式|会|典礼)上(?:发言|致辞)?(?:表示|介绍|说|透露|指出|称|强调|提到|致辞|发言)"
)
# 完成首批8台部署并投入使用: the second verb of a pair.
_JOINED = re.compile(r"并(?:正式|已|已经|同步|随即)?$")


def _rank(sentence: str, kind: str, at: int, listing: bool) -> int:
    """A trigger's weight; 上市/挂牌 without a word of shares or exchanges is no listing: 上市 is a product
    on sale (a launch's weight), 挂牌 of goods on a trading platform (首批产品在平台挂牌交易) is nothing."""
    if kind == "ipo" and not listing:
        return 0 if sentence.startswith("挂牌", at) else _WEIGHT["launch"]
    return _WEIGHT[kind]


def find_events(
    sentence: str, context: DateContext, inherit: Timex | None = None, published: str | None = None
) -> list[Event]:
    """The events a sentence reports: one, or one per dated clause when it tells two things on two
    dates (8月14日，余承东在活动中透露，新车型将于12月正式发布: 透露 on 8月14日, the launch in 12月;
    项目一期预计2025年6月投用，二期计划于2026年建成: two openings)."""
    main = find_event(sentence, context, inherit, published)
    if main is None:
        return []
    titles = [m.span() for m in _TITLE.finditer(sentence)]
    timexes = [
        t
        for t in find_timexes(sentence, context)
        if not any(a <= t.start < b for a, b in titles) and _usable(sentence, t, context)
    ]
    starts = [_clause_start(sentence, t.start) for t in timexes]
    if inherit is not None and timexes and _dated_later(sentence, timexes, starts):
        # 当天，A与B签署协议，双方将于明年一季度共建实验室: the signing is on the day the story is
        # at; the date written later is the plan's, told in its own clause with its own verb.
        timexes, starts = [inherit, *timexes], [0, *starts]
    elif len({t.date for t in timexes}) < 2:
        return [main, *_joined_plan(sentence, main), *_second_appointment(sentence, main)]
    events = []
    for i, timex in enumerate(timexes):
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(timexes) else len(sentence)
        found = _main_trigger(sentence, start, end) if end > start else None
        if found is None or any(e.timex.date == timex.date for e in events):
            continue
        kind, at = found
        if kind == "policy" and sentence.startswith("施行", at) and any(e.kind == "policy" for e in events):
            # 上周四公布《…办法》，自8月15日起施行: the day a rule just published takes effect is no
            # second publication
            continue
        verb_start, verb_end = trigger_verb(sentence, at)
        future = timex.future or is_future(sentence, timex, verb_start, published)
        events.append(Event(verb_start, verb_end, timex, kind, future))
    # 董事长在仪式上透露，公司今年以来已交付37台: a speech dated only by the story before it reports
    # what its other clause tells (8月14日某某透露，新车型将于12月发布: two dated events stay)
    told = [
        e
        for e in events
        if not (e.kind == "announce" and e.timex is inherit and sentence.startswith(_SPEECH, e.trigger_start))
    ]
    # 计划明年将“某某”推广至三省，并于今年10月推出…: a plan to take a product to more users, told beside
    # a stronger event of the sentence, is no event of its own
    if any(_WEIGHT[e.kind] >= 2 for e in told):
        told = [e for e in told if e.kind != "rollout"]
    return (told if len(told) < len(events) and told else events) or [main]


_SPEECH = ("透露", "表示", "介绍", "称")
# 计划明年在南昌建设智能工厂，并启动赴港上市准备: a second plan joined by 并, of another type
_JOINED_CLAUSE = re.compile(r"[，,]\s*并(?:将|计划|拟|同步|同时)?")
_STRONG_KINDS = frozenset({"ipo", "opening", "acquisition", "funding", "licence", "signing"})


def _joined_plan(sentence: str, main: Event) -> list[Event]:
    """The event of a clause joined by 并 to the main one in a sentence of plans, when its verb is of
    another strong type (a listing after a factory): it shares the main event's date."""
    if not main.future:
        return []
    for joined in _JOINED_CLAUSE.finditer(sentence):
        stop = _SENTENCE_STOP.search(sentence, joined.end())
        marks = [i for i in (sentence.find(mark, joined.end()) for mark in "，,") if i != -1]
        clause_end = min([*marks, stop.start() if stop else len(sentence)])
        before = _main_trigger(sentence, 0, joined.start())
        after = _main_trigger(sentence, joined.end(), clause_end)
        if before is None or after is None or before[0] == after[0] or KIND_TYPE[before[0]] == KIND_TYPE[after[0]]:
            continue
        if not {before[0], after[0]} <= _STRONG_KINDS:
            continue
        if main.trigger_start >= joined.start():
            # the main event is the joined clause's: the clause before it is the second
            kind, at = before
        else:
            kind, at = after
        verb_start, verb_end = trigger_verb(sentence, at)
        return [Event(verb_start, verb_end, main.timex, kind, True)]
    return []


_PERSON_FIRST_POST = re.compile(r"转任|调任|改任|升任|出任|接任|就任")
_ADVERBS_BEFORE_POST = re.compile(r"(?:同时|并|将|则|也|正式|随即|此外|另外|另|原|公司|[，,\s])+")


def _second_appointment(sentence: str, main: Event) -> list[Event]:
    """任命A为首席执行官，创始人B转任董事长: a later clause of an appointment's sentence with an
    appointment verb of its own names a second person's post, on the same date."""
    if main.kind != "appointment":
        return []
    start = min([i for i in (sentence.find(mark, main.trigger_end) for mark in "，,；;") if i != -1], default=-1)
    if start == -1:
        return []
    stop = _SENTENCE_STOP.search(sentence, start + 1)
    found = _main_trigger(sentence, start + 1, stop.start() if stop else len(sentence))
    if found is None or found[0] != "appointment":
        return []
    # the clause names its own person before a verb whose person comes first (创始人某某转任…), not
    # the same person's next step (加盟某公司，出任…) or a second post the first verb gives (同时聘任…)
    subject = _ADVERBS_BEFORE_POST.sub("", sentence[start + 1 : found[1]])
    if not _PERSON_FIRST_POST.match(sentence, found[1]) or len(subject) < 2:
        return []
    verb_start, verb_end = trigger_verb(sentence, found[1])
    return [Event(verb_start, verb_end, main.timex, "appointment", main.future)]


def _dated_later(sentence: str, timexes: list[Timex], starts: list[int]) -> bool:
    """The sentence's first verb comes in a clause without a date, and its first date opens a later
    clause that has a verb of its own."""
    first = _main_trigger(sentence, 0, starts[0])
    return first is not None and starts[0] > 0 and _main_trigger(sentence, starts[0], len(sentence)) is not None


def _clause_start(sentence: str, at: int) -> int:
    return max(sentence.rfind(mark, 0, at) for mark in "，,；;：:") + 1


def _nominal_at(kinds: list[tuple[str, int, bool]], at: int) -> bool:
    return any(k[1] == at and k[2] for k in kinds)


def find_event(
    sentence: str, context: DateContext, inherit: Timex | None = None, published: str | None = None
) -> Event | None:
    """The event a sentence reports, if any (offsets into the sentence).

    ``inherit`` is the date of the previous sentence when this one continues its story; it is used
    only when the sentence has no date of its own at all (a target year such as 到2025年 still
    means no event).
    """
    if _QUESTION.search(sentence) or _STATISTIC.match(sentence):
        return None
    if _TRIGGER.search(sentence) is None:
        return None
    # A date inside a title names the document, not the day: 《2021年上半年中国人工智能市场报告》.
    titles = [m.span() for m in _TITLE.finditer(sentence)]
    timexes = [t for t in find_timexes(sentence, context) if not any(a <= t.start < b for a, b in titles)]
    if not timexes and inherit is None:
        return None
    main = _main_trigger(sentence)
    if main is None:
        return None
    kind, at = _verb_of_date(sentence, timexes, main, context)
    timex = event_date(sentence, timexes, at, context) if timexes else inherit
    preparing = _PREPARING.search(sentence, _clause_start(sentence, at), at) is not None
    if (
        inherit is not None
        and timex is not inherit
        and not preparing
        and _only_later_clauses(sentence, timexes, at, context)
    ):
        # 同日，A与B签署合作协议，双方将共建…，计划年内培训…: the verb's clause has no date of its own; the
        # date of a later clause is a plan's, and the verb happened on the day the sentence continues
        timex = inherit
    if timex is None or _portrait_or_statistic(sentence, timex, kind, at):
        return None
    start, end = trigger_verb(sentence, at)
    future = timex.future or is_future(sentence, timex, start, published)
    return Event(start, end, timex, kind, future)


# 公司正筹备科创板上市，计划明年上半年提交申请: a step still being prepared happens when the plan says,
# not on the day the story before it was told
_PREPARING = re.compile(r"(?:正在|正)?(?:筹备|筹划|准备)[^，。；,]{0,12}$")


def _only_later_clauses(sentence: str, timexes: list[Timex], at: int, context: DateContext | None) -> bool:
    """Every usable date of the sentence opens or sits in a clause after the verb's clause."""
    clause_end = min([i for i in (sentence.find(mark, at) for mark in "，,；;") if i != -1] or [len(sentence)])
    usable = [t for t in timexes if _usable(sentence, t, context)]
    return bool(usable) and all(t.start > clause_end for t in usable)


# 某某创立于2020年，已为40家银行部署…; 某某于2021年在新加坡成立: the date is the founding's, and what
# follows is the company's portrait, not news.
_FOUNDED_AFTER_DATE = re.compile(r"\s*(?:在[\u4e00-\u9fffA-Za-z]{1,8})?(?:成立|创立|创办|创建|注册成立)")
_FOUNDED_BEFORE_DATE = re.compile(r"(?:成立|创立|创办|创建|始建)于\s*$")
# 去年交付新车37.6万辆，同比增长182.2%: a year's figure compared, not a thing that happened
_COMPARED = re.compile(r"同比|环比|较上年|较去年|比上年|比去年")
# 多家机器人公司宣布获得融资: a trend told of many; 目标是交付1000台: a goal
_MANY_SUBJECT = re.compile(r"\s*(?:多家|多个|数家|一批|不少|众多|多款|部分)")
_GOAL = re.compile(r"目标(?:是|为)[^，。；]{0,4}$")
# 已建成数据中心标准机架超过15万个: a stock counted, not a site opened
_STOCK_AFTER = re.compile(r"[^，。；]{0,16}?(?:超过|超|达到|达|逾|共计|累计)\s*\d")


def _portrait_or_statistic(sentence: str, timex: Timex, kind: str, at: int) -> bool:
    if _FOUNDED_AFTER_DATE.match(sentence, timex.end) or _FOUNDED_BEFORE_DATE.search(
        sentence, max(0, timex.start - 4), timex.start
    ):
        return True
    clause_start = max(sentence.rfind(mark, 0, at) for mark in "，。；;,") + 1
    clause_end = min([i for i in (sentence.find(mark, at) for mark in "，。；;,") if i != -1] or [len(sentence)])
    figure = (kind == "delivery" and re.search(r"\d", sentence[at:clause_end])) or sentence.startswith(
        ("突破", "降至"), at
    )
    if figure and _COMPARED.search(sentence, at, min(len(sentence), clause_end + 12)):
        return True
    subject_start = max(sentence.rfind(mark, 0, at) for mark in "，。；;,：:") + 1
    if _MANY_SUBJECT.match(sentence, subject_start) or _GOAL.search(sentence, clause_start, at):
        return True
    return kind == "opening" and bool(_STOCK_AFTER.match(sentence, at + 2, clause_end))


_RIGHT_AFTER_DATE = re.compile(r"(?:正式|已|已经|成功|首次)?")


def _verb_of_date(
    sentence: str, timexes: list[Timex], main: tuple[str, int], context: DateContext | None
) -> tuple[str, int]:
    """Of two verbs as strong, the one the date is written on: 去年9月推出的模型目前已在三省部署 is the
    launch of 去年9月, not a deployment."""
    kind, at = main
    listing = _LISTING_WORDS.search(sentence) is not None
    for timex in timexes:
        if not _usable(sentence, timex, context):
            continue
        verb = _TRIGGER.match(sentence, _RIGHT_AFTER_DATE.match(sentence, timex.end).end())
        if (
            verb is not None
            and verb.start() != at
            and verb.lastgroup != kind
            and _rank(sentence, verb.lastgroup or "", verb.start(), listing) == _rank(sentence, kind, at, listing)
            and not _nominal(sentence, verb)
            and not _background(sentence, verb)
        ):
            return verb.lastgroup or kind, verb.start()
    return kind, at


_VERB_IN_TRIGGER = re.compile(
    r"发布|印发|出台|颁布|公布|施行|获得|获批|获颁|颁发|拿到|通过|达成|登陆|共建|合建|筹建|建设|新建"
)


def trigger_verb(sentence: str, at: int) -> tuple[int, int]:
    """The trigger is the verb itself: 发布, not 发布的《…规划 that the policy pattern spans, and 发布
    in 》正式发布 or 规划发布."""
    matched = _TRIGGER.match(sentence, at).group()
    if len(matched) <= 4 and not matched.startswith(("》", "规划", "方案", "意见", "办法", "条例", "指南", "白皮书")):
        return at, at + len(matched)
    # 与某研究院合作: the cooperation is the verb when no other is in the trigger
    verb = _VERB_IN_TRIGGER.search(matched) or re.search("合作", matched)
    if verb is None:
        return at, at + min(2, len(matched))
    return at + verb.start(), at + verb.end()


def _entities_in(
    article: Article, start: int, end: int, types: tuple[str, ...] = ("PER", "ORG", "LOC", "DOC", "PRODUCT")
) -> list[str]:
    found: list[tuple[int, str]] = []
    for entity in article.entities or []:
        inside = [m["start"] for m in entity["mentions"] if start <= m["start"] and m["end"] <= end]
        if inside and entity["type"] in types:
            found.append((min(inside), entity["name"]))
    return [name for _, name in sorted(found)]


# A sentence that starts like this goes on with the story of the one before: 随后，双方签署了…
_CONTINUES = re.compile(
    r"^(?:随后|随即|同日|当天|当日|同时|其间|期间|此后|之后|会上|会后|活动中|仪式上|论坛上|峰会上|大会上|发布会上|"
    r"现场|该|他|她|其|双方|两家)"
)


_EARLIER = re.compile(r"^\s*(?:此前|早前|之前|以前|此外，早在|早在|过去|曾经|去年以来)")

_DATE_IN_BRACKETS = re.compile(r"[ \u3000]*[（(]\s*(?P<date>[^（()）\n]{2,14}?日)\s*[）)]")

# These say the sentence happened when the last event told did, however far back it was told (a
# weekly round-up gives each item its own paragraph: 4月17日，…完成融资。\n同日，…拟收购…).
# 发布会当天, 签约仪式当日: the day of the occasion just told.
_SPEECH_LEAD = re.compile(r"[^，。；“”]{2,30}?(?:介绍|表示|透露|指出|称)[，,：:]")
_SAME_TIME = re.compile(
    r"^(?:同日|当天|当日|同时|(?:发布会|仪式|活动|大会|会议|论坛|峰会|开幕式|博览会|开业|开园|开馆|开幕|揭牌|启用|上市)"
    r"(?:当天|当日)[，,]|"
    # the subject first: 某某公司当天还发布公告 (the day of the event just told)
    r"[\u4e00-\u9fffA-Za-z0-9]{2,12}?(?:(?:同日|当天|当日)(?:还|也|又|同时|随即|即)))"
)


_SAME_DAY = re.compile(r"^(?:同日|当天|当日)")
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}\s*[.．、](?!\d)\s*|[（(]\d{1,2}[）)]\s*|[一二三四五六七八九十]{1,3}、)")


def _heading(body: str, start: int, end: int) -> bool:
    """A short line of its own without a full stop: a section heading, not a sentence of the story."""
    whole_line = body[start - 1 : start] in ("", "\n") and body[end : end + 1] in ("", "\n")
    return whole_line and end - start <= 30 and not _SENTENCE_STOP.search(body, start, end)


_SENTENCE_STOP = re.compile(r"[。！？!?；;）)]")


# A sentence opening at an occasion (论坛上，…签署) happened on the day of the last occasion told.
_AT_OCCASION = re.compile(r"^(?:会上|会后|论坛上|峰会上|大会上|发布会上|仪式上|活动中|活动上|现场)")
_OCCASION = re.compile(r"论坛|峰会|大会|发布会|仪式|会议|博览会|开幕式")
_AT_LAUNCH = re.compile(r"^(?:在)?发布会(?:上|后|现场)")


def _continues(article: Article, previous: dict[str, Any] | None, start: int, end: int) -> bool:
    """The sentence at ``start`` carries on the previous event's story, in the same paragraph.

    随后，双方签署了合作协议 (a continuation word), or 商汤科技还发布了… after a dated sentence
    about 商汤科技 (a shared organisation or person; places are too broad to tie two sentences).
    """
    if previous is None or "\n" in article.body[previous["end"] : start]:
        return False
    if _CONTINUES.match(article.body, start):
        return True
    shared = set(_entities_in(article, start, end, ("PER", "ORG"))) & set(
        _entities_in(article, previous["start"], previous["end"], ("PER", "ORG"))
    )
    return bool(shared)


def event_record(article: Article, event: Event, start: int, end: int, inherited: bool) -> EventRecord:
    """The JSON form of one event: the original fields, then type, arguments, id, evidence, confidence."""
    sentence = article.body[start:end]
    text = sentence if len(sentence) <= _MAX_TEXT else sentence[:_MAX_TEXT] + "…"
    found = find_arguments(article, event.type, start, end, start + event.trigger_start)
    record = EventRecord(
        date=event.timex.date,
        date_text=event.timex.text,
        precision=event.timex.precision,
        text=text,
        entities=_entities_in(article, start, end),
        type=event.type,
        arguments=found.values,
        future=event.future,
        kind=event.kind,
        trigger=sentence[event.trigger_start : event.trigger_end],
        trigger_start=start + event.trigger_start,
        start=start,
        end=end,
        # "sentence": the date is written in the sentence; "previous": taken from the event
        # sentence before it, whose story this one continues (a guess, right most of the time).
        date_from="previous" if inherited else "sentence",
    )
    record["event_id"] = event_id(record, found.keys)
    record["evidence"] = {
        "start": start,
        "end": end,
        "trigger": [start + event.trigger_start, start + event.trigger_end],
        "arguments": found.spans,
    }
    record["confidence"] = event_confidence(record)
    return record


# 某乐园正式上线调度系统“某某”，该系统由某公司开发: a user puts online what another made (type other,
# carried by the maker), told in the same sentence or the next one
_MADE_BY_ANOTHER = re.compile(
    r"\s*(?:[，,]\s*)?(?:据介绍，)?(?:该|这一|这套|此)(?:系统|平台|软件|模型|设备|机器人)(?:由|是由)"
    r"(?P<maker>[^，。；]{2,30}?)(?:联合)?(?:开发|研发|研制|打造)"
)


_QUOTED_OBJECT = re.compile(r"[^，。；“”]{0,20}“[^“”]{1,20}”")


def _put_to_use(article: Article, event: Event, start: int, end: int) -> Event:
    """A launch by 上线 whose system a following clause says another organisation made is that
    system put to use (kind delivery, type other); the maker launching its own stays a launch."""
    body = article.body
    if event.kind != "launch" or body[start + event.trigger_start : start + event.trigger_end] != "上线":
        return event
    # the system is the verb's object (上线…系统“某某”), not its subject (某某管理系统正式上线: whose it
    # is, then the makers launch it)
    object_end = _QUOTED_OBJECT.match(body, start + event.trigger_end, end)
    if object_end is None:
        return event
    made = _MADE_BY_ANOTHER.match(body, object_end.end()) or _MADE_BY_ANOTHER.match(body, end)
    if made is None:
        return event
    clause_start = start + _clause_start(body[start:end], event.trigger_start)
    users = [
        entity["name"]
        for entity in article.entities or []
        for mention in entity.get("mentions") or []
        if clause_start <= mention["start"] and mention["end"] <= start + event.trigger_start
    ]
    if not users or any(name in made["maker"] or made["maker"] in name for name in users):
        return event
    return Event(event.trigger_start, event.trigger_end, event.timex, "delivery", event.future)


def extract_events(article: Article) -> list[EventRecord]:
    context = article_context(article)
    events = []
    previous: dict[str, Any] | None = None  # the last event, while the next sentence may continue it
    occasion: Timex | None = None  # the date of the last forum, meeting or ceremony told
    launched: Timex | None = None  # the date of the last launch told (发布会上, … is its occasion)
    last: Timex | None = None  # the date of the last event told
    last_day: Timex | None = None  # the last of those dated to a day
    for start, end in article_sentences(article):
        sentence = article.body[start:end]
        inherit = previous["_timex"] if previous and _continues(article, previous, start, end) else None
        if _EARLIER.match(sentence):
            inherit = None  # 此前，…已与…合作建设…: before the story, not on its day
        # 创始人某某介绍，同日公司还与…达成合作: what the speaker tells is dated by its own words
        # 4. 同日，…: a round-up's item number opens no sentence's words
        item = _ITEM_NUMBER.match(sentence)
        told = sentence[item.end() :] if item else sentence
        lead = _SPEECH_LEAD.match(told)
        told = told[lead.end() :] if lead else told
        if inherit is not None and inherit.future and _SAME_DAY.match(told) and last is not None:
            # …计划于明年启动上市辅导。同日，A与B签署协议: 同日 is the day of the last thing done, not of
            # the plan the sentence before told
            inherit = None
        if inherit is None and last is not None and _SAME_TIME.match(told):
            # 同日/当天 name a day: the last event told on a day, not one since a month (去年11月起试运行)
            inherit = last if told.startswith("同时") or last_day is None else last_day
        if inherit is None and occasion is not None and _AT_OCCASION.match(sentence):
            inherit = occasion  # 论坛上，四地签署… a paragraph or two after the forum's dated sentence
        if inherit is None and launched is not None and _AT_LAUNCH.match(sentence):
            inherit = launched  # 某某在上海发布新模型。发布会上，双方签署…: the launch's day
        if inherit is not None and _heading(article.body, start, end):
            inherit = None  # a section heading (同时获聘某大学特聘教授) sums up the paragraph under it
        bracketed = _DATE_IN_BRACKETS.match(article.body, end)
        if bracketed:
            # - 某某完成A轮融资。（3月3日）: a round-up's item dated in brackets after it
            dates = find_timexes(bracketed.group("date"), context)
            inherit = dates[0] if dates and dates[0].date else inherit
        found = find_events(sentence, context, inherit, article.published)
        found = [_put_to_use(article, event, start, end) for event in found]
        if not found:
            previous = None
            continue
        previous = {"start": start, "end": end, "_timex": found[-1].timex}
        # 同日 is a day something happened on, not the date a plan was set for (计划于今年12月建成投运。
        # 同日，…签署协议: the day of the last event told as done)
        done = [event.timex for event in found if not event.future]
        last = done[-1] if done else last
        last_day = next((t for t in reversed(done) if t.precision in ("day", "around")), last_day)
        if _OCCASION.search(sentence):
            occasion = found[0].timex
        launched = next((e.timex for e in found if e.kind == "launch" and not e.future), launched)
        events += [event_record(article, event, start, end, event.timex is inherit) for event in found]
    # ISO strings at mixed precision sort correctly as strings: 2019 < 2019-05 < 2019-05-01.
    events.sort(key=lambda e: (e["date"], e["start"]))
    return events


# --- the numbered summary ------------------------------------------------------------------------


def format_date(date: str, precision: str) -> str:
    """``2020-08-10`` -> 2020年8月10日, ``2019-05`` -> 2019年5月, ``2017`` -> 2017年.

    A date ``around`` a day (近日, from the publish date) says so: 2024年5月27日前后.
    """
    parts = date.split("-")
    text = f"{int(parts[0])}年"
    if precision in ("month", "day", "around") and len(parts) > 1:
        text += f"{int(parts[1])}月"
    if precision in ("day", "around") and len(parts) > 2:
        text += f"{int(parts[2])}日"
    return text + ("前后" if precision == "around" else "")


def whole_sentence(event: dict[str, Any]) -> str:
    """The event's sentence as written, without a leading date the summary line already gives
    (2019年5月，商汤科技… -> 商汤科技…) and with its own full stop."""
    text = event["text"]
    date_text = event["date_text"] or ""
    if date_text and text.startswith(date_text) and text[len(date_text) : len(date_text) + 1] in "，,、 ":
        text = text[len(date_text) :]
    lead = _LEAD.match(text)
    if lead:
        text = text[lead.end() :]
    return text.rstrip("。；;，,！!… ")


def _score(event: dict[str, Any]) -> tuple[float, int, int]:
    precision = _PRECISION_RANK.get(event["precision"], 0)
    weight = _WEIGHT.get(event["kind"], 1) * 2 + min(len(event["entities"]), 3)
    # A planned event (将于12月发布) ranks below what has happened.
    return weight - (2 if event.get("future") else 0), precision, -event["start"]


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two reports of one event: same date and kind (seed 000 tells the 8月10日 visit twice)."""
    return a["date"] == b["date"] and (a["kind"] == b["kind"] or bool(set(a["entities"]) & set(b["entities"])))


def summarise_events(events: list[dict[str, Any]], limit: int = _MAX_SUMMARY) -> str | None:
    """The major events as a numbered list of whole sentences, oldest first."""
    chosen: list[dict[str, Any]] = []
    # One line per sentence: a sentence that tells a done thing and a plan (当天，…签署协议，双方将于明年
    # 共建…) is given once, under the day of what was done, not again under the plan's year.
    done_in = {e["start"] for e in events if not e.get("future")}
    for event in sorted(events, key=_score, reverse=True):
        if not event["date"] or any(_same(event, kept) or event["start"] == kept["start"] for kept in chosen):
            continue
        if event.get("future") and event["start"] in done_in:
            continue
        chosen.append(event)
        if len(chosen) == limit:
            break
    if not chosen:
        return None
    chosen.sort(key=lambda e: (e["date"], e["start"]))
    return "\n".join(f"{n}. {summary_line(e)}。" for n, e in enumerate(chosen, 1))


def summary_line(event: dict[str, Any]) -> str:
    """Date, then the whole sentence; a sentence that opens with that very date is not given it
    twice (2020年新冠疫情期间，商汤… not 2020年，2020年新冠疫情期间…).

    Whole sentences, never a clause cut out of one: "…在第四届进博会上举行的“…分论坛”上。" said
    nothing about what happened there.
    """
    date = format_date(event["date"], event["precision"])
    text = whole_sentence(event)
    return text if text.startswith(date) else f"{date}，{text}"


def add_events(article: Article, options: Options) -> Article:
    """Stage ``events``: ``events`` ordered by date, and ``event_summary`` (numbered, in Chinese)."""
    events = extract_events(article)
    threshold = min_confidence(options)  # --min-confidence: less trusted events are left out
    if threshold:
        events = [e for e in events if e["confidence"] >= threshold]
    article.event_summary = summarise_events(events)
    article.events = events
    return article
