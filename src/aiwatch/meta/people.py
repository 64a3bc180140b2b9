"""Who wrote it: the outlet (``source``), the reporters (``author``), the editor in charge.

A front-matter ``author: 新浪财经`` (seed 004) names an outlet, not a person: such a value is the
source.  Values are tidied, never invented: what cannot be read stays None.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from aiwatch.clean.lines import normalise_line

# An outlet's name ends like one: 新浪财经, 澎湃新闻, 经济参考网, 上海热线新闻网, 新华社, 人民日报.
_OUTLET = re.compile(
    r"(?:新闻|日报|晚报|早报|商报|时报|周刊|周报|杂志|报社|报|网|社|电视台|广播|频道|财经|传媒|媒体|资讯|"
    r"在线|观察|官网|客户端|头条|号|研究院|中心|集团|公司|平台|科技|APP|App)$"
    r"|^(?:微信公众号|公众号|新华社|央视|中新社|人民网|新华网)"
    r"|\.(?:com|cn|net|org)\b",
)
_QUOTES = str.maketrans("", "", "“”\"'‘’《》「」『』")
# 某某社 CNA, 某某日报 ZJDB: the outlet's Latin initials after its Chinese name.
_LATIN_SHORT_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\s+[A-Z]{2,6}$")
# 某某周刊 <weekly@example.cn>: a sender's mail address after its name is no part of it.
_MAIL_ADDRESS = re.compile(r"\s*[<＜(（]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>＞)）]?")
_WECHAT = re.compile(r"^(?:微信)?公众号\s*")
_ID_NOTE = re.compile(r"[（(]\s*(?:ID|id|微信号)\s*[:：][^）)]*(?:[）)]|$)")
# 来源：某某日报（记者 某某）: the reporters in brackets after the outlet (read as the author elsewhere).
_REPORTER_NOTE = re.compile(r"[（(]\s*(?:本报)?(?:记者|作者|通讯员|文)[^（()）]*(?:[）)]|$)")
_AFTER_OUTLET = re.compile(r"\s+(?:记者|作者|编辑|通讯员|文|图)\b.*$|\s+(?:记者|作者|编辑|通讯员)\S*.*$")
_OTHER_ROLE = re.compile(
    r"^(?:责任编辑|编辑|责编|摄影|摄|图|校对|审核|实习生|排版|版式设计|版式|美编|设计|插画|视觉|剪辑)\s*(?:[:：]?$|[:：丨｜|])"
)
# A role with the outlet's name before it, standing alone between names: 每经编辑 (then the editor's
# name), 界面新闻记者 (then the reporter's).
_OUTLET_ROLE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:编辑|责编|摄影|校对)\s*[:：]?$")
# ... also an outlet written with Latin letters or a middle dot: YMG全媒体记者, 某某日报·某某点记者.
_OUTLET_REPORTER = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·・]{1,14}(?:记者|通讯员)\s*[:：]?$")
# A bare 文 is a label only before a separator (文/王梓涵, 文 王梓涵): 文溪 is a name.
_ROLE_PREFIX = re.compile(
    r"^(?:本报记者|本报通讯员|记者|通讯员|作者|撰文|文字(?=\s*[:：])|文(?=\s*[:：/|｜丨]|\s)|责任编辑|编辑|责编)\s*[:：/|｜丨]?\s*"
)
_REPORTER_FIRST = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z0-9·・]{0,14}记者|本报通讯员|通讯员|作者|撰文)")
_INTERN = re.compile(r"^实习生\s*[:：]?\s*")
# Editors' work codes: 新浪's 张亚楠 SF183, 网易's 钟齐鸣_NBJ11261.
_WORK_CODE = re.compile(r"[\s_]*[A-Za-z]{1,4}\d{2,}\s*$")
# A date glued to a name by a label line: 作者：孙悦　2024-09-02.
_TRAILING_DATE = re.compile(
    r"\s+(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
_PEOPLE_SPLIT = re.compile(r"\s*[、,，;；/|｜]\s*|\s+(?=[\u4e00-\u9fff])")
_BRACKETS = re.compile(r"^[（(【\[]\s*|\s*[）)】\]]$")
# 柯某（江湾大学教授）: who the writer is, in brackets after the name, is no name.
_NOTE_AFTER_NAME = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z·])\s*[（(][^（()）]{1,30}(?:[）)]|$)")
# Values that name nobody: 转载文章 as a source, 佚名 or a user code (L_104485) as an author, the
# forum software's credit in <meta name="author"> (Discuz! Team and Comsenz UI Team).
_NOBODY = re.compile(
    r"^(?:转载|转载文章|转帖|原创|网络|互联网|综合|综合报道|本站|本网|本报|本台|本刊|本站原创|网友|佚名|匿名|未知|不详|无|"
    r"admin|administrator|管理员|小编|编辑部|unknown|null|none|"
    # a day of the week printed beside a date (2023年06月14日 星期三)
    r"(?:星期|礼拜|周)[一二三四五六日天]|"
    # a compiler's note, not a name: 网络整理, 综合整理, 本站整理, 整合, 编译
    r"(?:网络|综合|本站|本网|小编|编辑)?(?:整理|整合|综合整理|编译|综编|编辑整理)|网络综合"
    # an account or desk that compiled the post from several (某某圈综合整理, 某某观察综合编译)
    r"|[\u4e00-\u9fffA-Za-z0-9]{2,16}综合(?:整理|编译|报道))$",
    re.IGNORECASE,
)
_SOFTWARE = re.compile(
    r"discuz|comsenz|phpwind|dedecms|wordpress|powered by|joomla|drupal|phpcms|empirecms|织梦|帝国cms"
)
_USER_CODE = re.compile(r"^[A-Za-z]{0,4}[_\-]?\d{3,}$")
# A government site's 作者 slot often holds the office or section that posted the page (作者：办公室,
# 作者：市教育局办公室, 作者：综合处): a unit of the body, no person, so no author.
_SECTION = re.compile(
    r"^[\u4e00-\u9fff]{0,12}(?:办公室|办公厅|宣传部|宣传中心|新闻中心|信息中心|融媒体中心|新闻办|网信办|秘书处)$"
    r"|^[\u4e00-\u9fff]{0,10}?(?:综合|宣传|信息|新闻|秘书|政务|政研|法规|政策法规|人事|组织|党建|机关|规划|财务|"
    r"科技|监督|执法|统计|办公|服务|管理|征管|征收|稽查|业务|事务|保障|应急|安全)(?:处|科|股|室|组)$"
)
# Portals and self-media platforms: they carry other outlets' stories and accounts' posts, so they
# are neither the story's author nor, when the page names the account or the outlet, its source
# (<meta name="author" content="网易"> on every netease page, 百家号 on every baijiahao post).
_PLATFORM_NAMES = (
    "网易 网易新闻 网易号 网易科技 新浪 新浪网 新浪看点 搜狐 搜狐号 搜狐网 腾讯 腾讯网 腾讯新闻 企鹅号 百家号 百度 "
    "今日头条 头条号 凤凰网 凤凰号 一点资讯 一点号 澎湃号 大风号 UC 趣头条 微信 微信公众平台 知乎 雪球 "
    "知乎专栏 哔哩哔哩 B站 微博 新浪微博 小红书 抖音 快手 简书 豆瓣 CSDN CSDN博客"
)
PLATFORMS = frozenset(_PLATFORM_NAMES.split(" "))


def is_platform(name: str | None) -> bool:
    """A platform's name, or a platform's channel label (澎湃新闻·澎湃号·政务: a 澎湃号 account's page)."""
    if not name:
        return False
    name = name.strip()
    return name in PLATFORMS or ("·" in name and any(part.strip() in PLATFORMS for part in name.split("·")))


def names_nobody(value: str) -> bool:
    return bool(_NOBODY.match(value) or _SOFTWARE.search(value.lower()) or _USER_CODE.match(value))


# Media brands whose names end like no outlet (机器之心, 量子位, 虎嗅): an author slot naming one
# names the source.
_MEDIA_NAMES = (
    "36氪 36Kr 虎嗅 钛媒体 财新 界面 量子位 机器之心 新智元 智东西 芯东西 车东西 品玩 极客公园 爱范儿 亿欧 创业邦 "
    "投中网 猎云网 深燃 甲子光年 硅星人 雷峰网 雷锋网 IT之家 快科技 驱动之家 格隆汇 华尔街见闻 金融界 DoNews cnBeta "
    "站长之家 晚点LatePost 晚点 差评 新浪科技 腾讯科技 网易科技 搜狐科技 凤凰科技 21世纪经济报道 南方+"
)
MEDIA = frozenset(_MEDIA_NAMES.split(" "))


def is_outlet(name: str | None) -> bool:
    return bool(name) and (name in MEDIA or (len(name) >= 3 and bool(_OUTLET.search(name))))


# Endings of a self-media account's short name, never of a person's given name: 金融界, 科技圈, 老张说.
_ACCOUNT_END = re.compile(r"[界圈说谈汇道眼派君哥姐叔侠控迷社网报号台州市县区省镇村]$")


def person_like(name: str | None) -> bool:
    """A name of two or three Chinese characters that opens with a common surname and ends like no
    outlet or account (柯一禾, not 新京报, 金融界): beside a date in a header line (柯某 · 2025-03-05
    09:12), the writer rather than the outlet."""
    surnames, compound = _surnames()
    if not name or not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or _ACCOUNT_END.search(name) or name in REGIONS:
        return False
    return (name[0] in surnames or name[:2] in compound) and not is_outlet(name) and not is_platform(name)


@cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    """The surname tables the entity stage uses (``data/entity_words.yaml``), read here so that the
    metadata stage does not import the analysis layer, which imports it."""
    tables = yaml.safe_load(resources.files("aiwatch.data").joinpath("entity_words.yaml").read_text(encoding="utf-8"))
    compound = " ".join(tables["compound_surnames"]["words"]).split()
    return frozenset("".join(tables["surnames"]["chars"])), frozenset(compound)


# 某某日报·某某客户端: the paper's own app carries its story; the paper is the outlet.
# ... and its website or app named after a dot (某某都市报·某某网, 某某晚报·某某壹点): the paper
_PAPER_APP = re.compile(
    r"^(?P<paper>[\u4e00-\u9fff]{2,12}(?:报|台|社))\s*[·•]\s*[\u4e00-\u9fffA-Za-z+＋]{1,10}?(?:客户端|APP|App)?$"
)
# 人民网－人民日报, 光明网-《光明日报》: a paper's website reprinting the paper's story; the paper wrote it
_SITE_PAPER = re.compile(
    r"^[\u4e00-\u9fff]{1,8}网\s*[－\-—–]\s*《?(?P<paper>[\u4e00-\u9fff]{2,12}(?:报|刊|杂志))》?$"
)


# 《某某》2025/02, 《某某》2025年第3期: a periodical and its issue; the periodical is the outlet
_PERIODICAL_ISSUE = re.compile(
    r"^《(?P<name>[^《》]{1,20})》\s*(?:(?:19|20)\d{2}\s*(?:[/.\-年]\s*(?:第\s*)?\d{1,3}\s*期?)?|第\s*\d{1,3}\s*期)$"
)


# Where a self-media post was sent from (2025-03-05 09:12 · 江苏, IP属地：广东): a province or region
# alone names no outlet.
_REGION_NAMES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
    "云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 海外"
)
REGIONS = frozenset(_REGION_NAMES.split(" "))
# 来自江湾日报, 转自某某号: the word for "from" before the outlet is no part of its name.
_FROM_WORD = re.compile(r"^(?:来自于?|来源于?|转载自|转自|摘自|选自|出自)\s*[:：]?\s*")


def tidy_source(value: str | None) -> str | None:
    """``微信公众号“硅谷洞察”（ID：guigudiyixian）`` -> ``硅谷洞察``; ``新华社 记者 张三`` -> ``新华社``;
    ``江南日报·江南新闻客户端`` -> ``江南日报``."""
    if not value:
        return None
    value = normalise_line(_REPORTER_NOTE.sub("", _ID_NOTE.sub("", _MAIL_ADDRESS.sub("", value))))
    value = _AFTER_OUTLET.sub("", value)
    value = _PERIODICAL_ISSUE.sub(r"\g<name>", value)
    value = _SITE_PAPER.sub(r"\g<paper>", _PAPER_APP.sub(r"\g<paper>", value))
    value = _WECHAT.sub("", value).translate(_QUOTES)
    value = _FROM_WORD.sub("", _strip_brackets(value).strip(" :：,，。"))
    value = _GROUP_APP.sub(r"\g<app>", _LATIN_SHORT_NAME.sub("", value))
    value = _PLATFORM_BADGE.sub("", value) or value
    return value if value and not names_nobody(value) and value not in REGIONS else None


# 某某报业传媒集团某某+客户端: a press group's app carries the story; the app is the outlet.
_GROUP_APP = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:集团|传媒)(?P<app>[\u4e00-\u9fffA-Za-z+＋]{1,8}?)(?:新闻)?客户端$")
# 某某时报新浪财经官方: a portal's badge for the account (its verified official account), no part of the name.
_PLATFORM_BADGE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:新浪|搜狐|网易|腾讯|凤凰|头条|百家号)[\u4e00-\u9fff]{0,4}官方(?:账号|号)?$"
)


def _strip_brackets(value: str) -> str:
    """Brackets around a name go; a bracketed part of the name stays: 市经信局（市新经济委）."""
    value = re.sub(r"^[（(【\[]\s*", "", value)
    if not re.search(r"[（(【\[]", value):
        value = re.sub(r"\s*[）)】\]]$", "", value)
    return value


def tidy_writers(value: str | None) -> str | None:
    """The names of a byline's writers: as tidy_people, and an intern after them is one of them
    (某某 实习生 某某, where the reporter's role before the names was read as a label already)."""
    return tidy_people(value, writers=True)


def tidy_people(value: str | None, *, writers: bool = False) -> str | None:
    """``记者 王小明 李四`` -> ``王小明、李四``; ``责任编辑：张亚楠 SF183`` -> ``张亚楠``; ``赵 培`` -> ``赵培``."""
    if not value:
        return None
    value = _NOTE_AFTER_NAME.sub("", _BRACKETS.sub("", normalise_line(value)))
    # 记者 某某 实习生 某某: an intern beside a reporter wrote the story too (beside an editor, no)
    reporting = writers or _REPORTER_FIRST.match(value) is not None
    value = _TRAILING_DATE.sub("", _ROLE_PREFIX.sub("", value))
    names: list[str] = []
    pending = ""  # 赵 培: a two-character name padded to the width of three is one name
    for part in _PEOPLE_SPLIT.split(value):
        if reporting and _INTERN.match(part):
            part = _INTERN.sub("", part)
            if not part:
                continue
        if _OTHER_ROLE.match(part) or _OUTLET_ROLE.match(part):
            break  # 罗亦丹 编辑 徐超: the names after an editor's or photographer's role are theirs
        if _OUTLET_REPORTER.match(part):
            continue  # 界面新闻记者 杭舟: the outlet's reporter role before the name
        part = _WORK_CODE.sub("", _ROLE_PREFIX.sub("", part)).strip(" :：。")
        if len(part) == 1 and not pending:
            pending = part
            continue
        part, pending = pending + part, ""
        if part and part not in names and not names_nobody(part) and not _SECTION.match(part):
            names.append(part)
    if pending and not names_nobody(pending):
        names.append(pending)
    return "、".join(names) or None
