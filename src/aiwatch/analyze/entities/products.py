"""Products and documents: 《》 titles (a DOC, a newspaper, a game), plans issued without brackets
(印发…实施意见), and models, chips and products by their shape (DeepSeek-R1, 昇腾910B, a name in
quotes after a product noun).
"""

from __future__ import annotations

import re

from aiwatch.analyze.entities.lexicon import _PUNCT, DOCUMENT, SUFFIX, TITLE, Mention, _is_translit_name, _words
from aiwatch.analyze.gazetteer import Gazetteer
from aiwatch.analyze.segment import Segmenter, Token

_DOC_TITLE = re.compile(r"《([^《》\n]{1,80})》")
_MEDIA = re.compile(r"(?:报|日报|晚报|周报|时报|周刊|杂志|新闻|商报|晨报)$")


_SOFTWARE_BEFORE_TITLE = re.compile(r"(?:游戏|手游|端游|网游|App|APP|应用|软件|小程序)$")


def document_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """《新一代人工智能发展规划》 is a DOC; 《经济参考报》 is a newspaper, an ORG."""
    found = []
    for match in _DOC_TITLE.finditer(text):
        # The mention is the title inside the brackets: 新一代人工智能发展规划.
        start, end = match.span(1)
        title = match.group(1)
        known = gazetteer.resolve(title)
        if known:
            found.append(Mention(start, end, known[1], known[0], DOCUMENT))
        elif _MEDIA.search(title) and len(title) <= 12:
            found.append(Mention(start, end, "ORG", None, DOCUMENT))
        elif _SOFTWARE_BEFORE_TITLE.search(text, max(0, match.start() - 3), match.start()) and len(title) <= 12:
            found.append(Mention(start, end, "PRODUCT", None, DOCUMENT))  # 开放世界游戏《某某行》: a game
        elif title.strip():
            found.append(Mention(start, end, "DOC", None, DOCUMENT))
    return found


_PLAN_END = (
    r"(?:发展规划|专项规划|规划纲要|行动计划|行动方案|三年计划|实施意见|实施方案|实施细则|指导意见|"
    r"管理办法|暂行办法|若干措施|若干意见|若干规定|白皮书|蓝皮书)"
)
# Documents named without brackets, next to the verb that issues them: 先后发布了推进新一代人工智能
# 发展的实施意见; ……，张江人工智能集聚区发展规划发布.
_PLAN_AFTER_VERB = re.compile(
    rf"(?:发布|印发|出台|制定|颁布|公布|编制)了?(?P<doc>[^，,。；;、《》“”\s]{{2,30}}?{_PLAN_END})"
)
_PLAN_BEFORE_VERB = re.compile(
    rf"(?:^|[，,。；;：:\s])(?P<doc>[^，,。；;、《》“”\s]{{2,30}}?{_PLAN_END})(?:正式)?(?:发布|印发|出台|公布)"
)


_PLAN_HINT = re.compile(r"规划|计划|方案|意见|办法|措施|规定|细则|纲要|皮书")


def plan_mentions(text: str) -> list[Mention]:
    """Plans and policy documents written without 《》 (DOC), found beside the verb that issues them."""
    if not _PLAN_HINT.search(text):
        return []
    found = []
    for pattern in (_PLAN_AFTER_VERB, _PLAN_BEFORE_VERB):
        for match in pattern.finditer(text):
            found.append(Mention(match.start("doc"), match.end("doc"), "DOC", None, DOCUMENT - 1))
    return found


# Model and chip names the gazetteer cannot list (versions come every month): GLM-5, Qwen3-Max,
# DeepSeek-V3.2, 昇腾910C, 骁龙8 Gen3.  A brand, then a version made of letters, digits, dots, dashes.
_MODEL_BRANDS = (
    "GPT|ChatGLM|GLM|CodeGeeX|Qwen|QwQ|DeepSeek|Llama|LLaMA|Claude|Gemini|Gemma|ERNIE|Baichuan|InternLM|"
    "MiniMax|abab|Kimi|Sora|Grok|Mistral|Mixtral|Hunyuan|Doubao|Yi|Phi|Step|Pangu|SenseNova|Spark|Falcon|"
    "Stable Diffusion|DALL-E|Veo|Seedance|Wan"
)
_MODEL_NAME = re.compile(
    rf"(?<![A-Za-z0-9])(?:{_MODEL_BRANDS})(?:[-\s]?(?:\d[A-Za-z0-9.]*|[A-Z][A-Za-z0-9.]*|[a-z]\d[A-Za-z0-9.]*))"
    r"(?:-[A-Za-z0-9.]+)*(?![A-Za-z0-9])"
)
_CHIP_NAME = re.compile(
    r"(?:昇腾|鲲鹏|麒麟|骁龙|天玑|思元|昆仑芯|寒武纪MLU|MLU)\s?\d{2,4}[A-Z]?(?:\s?(?:Pro|Max|Ultra))?"
)
# A product noun, then its name in quotes or as a Latin model name: 视觉模型“星衍-2”, 基座模型GLM-5.
_PRODUCT_NOUN = (
    r"(?:大模型|模型|芯片|处理器|平台|系统|操作系统|产品|机器人|智能体|助手|App|APP|应用|小程序|汽车|车型|手机|眼镜|"
    r"GPU|CPU|NPU|加速卡|服务器|一体机|无人机|飞行器|航空器|eVTOL|机型|软件|设备|装备|终端|传感器|激光雷达|相机|"
    r"引擎|药物|新药|疫苗|重卡|卡车|货车|客车|工船|船舶|原料|材料|成分|分拣线|生产线|流水线|"
    # tools, instruments and launchers: 设计工具“某某3.0”, 检测仪“某某H3”, 运载火箭“某某一号”
    r"工具|检测仪|探测仪|分析仪|测量仪|仪器|火箭|卫星|数字人|"
    # vehicles named by their work: 清扫车“某某S2”, 无人配送车“某某”
    r"(?:清扫|环卫|无人|巡检|配送|物流|工程|作业|扫地|洗地|矿用|矿)车|"
    # an assistant made of software that holds a post: AI馆员“某某”, 数字员工“某某”
    r"(?:AI|数字|虚拟)(?:馆员|客服|导游|讲解员|主播|员工|医生|老师|管家|店员|顾问|律师|助理))"
)
# 平台“某某Agent Studio”: Latin words inside the quotes may be spaced.
_QUOTED_PRODUCT = re.compile(
    rf"{_PRODUCT_NOUN}[“\"「]([^”\"」，。\s](?:[^”\"」，。\s]|(?<=[A-Za-z0-9]) (?=[A-Za-z0-9])){{0,23}})[”\"」]"
)
_PRODUCT_BEFORE_NOUN = re.compile(rf"[“\"「]([^”\"」，。\s]{{1,12}})[”\"」](?:{_PRODUCT_NOUN}|系列)")
# 多模态大模型星河-2: a Chinese name with a version number after the product noun.
# 交付“某巡T2”动车组底部巡检机器人: a quoted name with a model code, its product noun a few words on.
_QUOTED_CODE_BEFORE_NOUN = re.compile(
    rf"[“\"「]([\u4e00-\u9fff]{{1,4}}[A-Z]{{1,3}}-?\d{{1,4}}[A-Za-z]?)[”\"」][\u4e00-\u9fff]{{0,8}}?{_PRODUCT_NOUN}"
)
_VERSIONED_CJK_PRODUCT = re.compile(rf"{_PRODUCT_NOUN}([\u4e00-\u9fff]{{2,4}}-\d[A-Za-z0-9.]*)")
# ... or a CamelCase name (客服大模型LumaTalk), or a model code after a count of it (首批投放12架XR-7).
_LATIN_PRODUCT = re.compile(
    rf"{_PRODUCT_NOUN}\s?([A-Z][A-Za-z]*(?:[-.]?\d[A-Za-z0-9.]*)(?:[-\s][A-Z][A-Za-z0-9]*)?|[A-Z][A-Za-z0-9]*-[A-Za-z0-9.]+"
    r"|[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?![A-Za-z]))"
    # (not a level: 50台L4级清扫车)
    r"|(?<![A-Za-z0-9])\d+\s?(?:架|台|辆|款|颗|张|套|部)([A-Z][A-Za-z]*-?\d[A-Za-z0-9.]*)(?![A-Za-z0-9级])"
)


# A version written after an acronym (ADS 2.0, HarmonyOS 4.2) or a model code after a brand
# (神玑NX9031): products, not figures.
_VERSIONED = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{1,8}\s?\d+(?:\.\d+)+(?![\d.])")
_BRAND_CODE = re.compile(r"[\u4e00-\u9fff]{2}[A-Z]{1,4}\d{3,5}[A-Za-z]?(?=芯片|处理器|芯|模组|模型|，|。|、|\s)")
_NOT_PRODUCTS = frozenset({"AI", "AI+", "AIGC", "App", "APP", "AGI", "IT", "5G"})
_BRAND_AND_CODE = re.compile(r"[\u4e00-\u9fff]{2,4}(?P<code>[A-Z]{1,3}\d{1,5}[A-Za-z]?)")


# A known maker's name, then a model code: 某米15系列, 某为Mate60, 某来ET7 (not a date, an amount or a
# count after the name: 某米15日, 某为2023年, 某汤5亿元).
_MODEL_CODE_AFTER_BRAND = re.compile(
    r"(?:[A-Z][A-Za-z]{0,3}\s?)?\d{1,4}[A-Za-z]?(?:\s?(?:Pro|Max|Ultra|Plus|mini|SE))?"
    r"(?=系列|手机|汽车|车型|芯片|平板|笔记本|[，。、；]|发布|上市|搭载|交付|正式|首发|将|也|已)"
)


def brand_models(text: str, known: list[Mention]) -> list[Mention]:
    """A product named by its known maker's name and a model code right after it: 某米15系列."""
    found = []
    for m in known:
        if m.type != "ORG" or m.end >= len(text) or not text[m.end].isalnum():
            continue
        code = _MODEL_CODE_AFTER_BRAND.match(text, m.end)
        if code and any(ch.isdigit() for ch in code.group()):
            found.append(Mention(m.start, code.end(), "PRODUCT", None, SUFFIX))
    return found


_QUOTED = re.compile(r"[“\"「]([^”\"」，。、\s]{2,24})[”\"」]")
# What a product's edition adds to its name (“某某Lite”, “某某Pro”, “某某2.0”), or its model code (某某T5).
_EDITION = re.compile(r"\s?(?:[A-Za-z][A-Za-z0-9.+-]*|\d+(?:\.\d+)*[A-Za-z+]*)")
_MODEL_CODE = re.compile(r"-?[A-Z]{1,3}-?\d{1,4}[A-Za-z]?")


def _quoted_editions(text: str, named: set[str]) -> set[str]:
    """Quoted names that are a named product's edition (“某某” … 轻量版“某某Lite”) or the product without
    its model code (“某某T5” … “某某”可将…): the same product line, so products too."""
    found = set()
    for match in _QUOTED.finditer(text) if named else ():
        quoted = match.group(1)
        if quoted in named or quoted in found:
            continue
        for name in named:
            edition = quoted.startswith(name) and _EDITION.fullmatch(quoted, len(name))
            line = name.startswith(quoted) and _MODEL_CODE.fullmatch(name, len(quoted))
            if len(name) >= 2 and (edition or line):
                found.add(quoted)
    return found


def product_mentions(text: str) -> list[Mention]:
    """PRODUCT mentions by pattern: GLM-5, 昇腾910C, 视觉模型“星衍-2”, “元始一号”机器人, ADS 2.0."""
    found = [Mention(m.start(), m.end(), "PRODUCT", None, SUFFIX) for m in _MODEL_NAME.finditer(text)]
    for pattern in (_CHIP_NAME, _VERSIONED, _BRAND_CODE):
        found += [Mention(m.start(), m.end(), "PRODUCT", None, SUFFIX) for m in pattern.finditer(text)]
    named: set[str] = set()
    for pattern in (
        _QUOTED_PRODUCT,
        _PRODUCT_BEFORE_NOUN,
        _LATIN_PRODUCT,
        _VERSIONED_CJK_PRODUCT,
        _QUOTED_CODE_BEFORE_NOUN,
    ):
        for m in pattern.finditer(text):
            group = 1 if m.group(1) is not None else 2
            name = m.group(group).strip()
            if len(name) >= 2 and not _PUNCT.match(name) and name not in _NOT_PRODUCTS and not name.endswith("+"):
                start = m.start(group) + m.group(group).index(name)
                found.append(Mention(start, start + len(name), "PRODUCT", None, TITLE))
                named.add(name)
    # A product its noun named once is that product where the text names it again: 星河-2的推理成本,
    # and so is its model code alone (某某X200 … X200已获得订单).
    for name in list(named):
        code = _BRAND_AND_CODE.fullmatch(name)
        if code:
            named.add(code["code"])
    named |= _quoted_editions(text, named)
    seen = {(m.start, m.end) for m in found}
    for name in named:
        at = text.find(name)
        while at != -1:
            if (at, at + len(name)) not in seen:
                found.append(Mention(at, at + len(name), "PRODUCT", None, TITLE))
            at = text.find(name, at + len(name))
    return found


# A coined name in quotes right after any concrete noun names the thing that noun is: 防控镜片“某某盾”,
# 监测项圈“某知”, 大型邮轮“某某号”, 仿生手“某掌”.  The product nouns above are the common kinds; this
# takes the noun from the segmenter instead, so a kind no list has (项圈, 镜片, 邮轮) works too.  Limits:
# a noun that names no thing (称号“…”, 项目“…”, 活动“…”: honours, programmes and campaigns) and a
# quoted text that is a dictionary word (同台“对唱”), a slogan (玩具之都) or a technology (AI问诊)
# or that ends like an organisation or a place, and a foreign person's name (车长“某特曼”), are left
# alone.
_NOT_THING_NOUNS = _words(
    "称号 口号 理念 主题 项目 活动 行动 工程 计划 品牌 模式 战略 概念 政策 专项 赛事 大赛 比赛 节目 栏目 课程 专栏 "
    "奖项 奖 标准 体系 机制 方案 工作室 美誉 称誉 之称 名号 标签 宣言 倡议 原则 目标 精神 文化 服务 业务 场景 "
    "任务 工作 会议 论坛 峰会 展会 大会 会 节 口径 说法 观点 题目 话题 词 字 名字 名称 代号 昵称 绰号 "
    # calling someone something: 人称“某某接班人”
    "人称 号称 俗称 别称 又称 简称 外号"
)
_NOT_PRODUCT_QUOTE = re.compile(
    r"^(?:AI|人工智能|智能|数字|智慧)|之[\u4e00-\u9fff]$|"
    r"(?:公司|集团|中心|实验室|研究院|研究所|大学|学院|协会|联盟|基地|园区|工厂|政府|局|委|厅|办|省|市|区|县|镇|村)$"
)
# (a numbered one of a series too: 货船“某舟1号”, 绞吸船“某浚2号”)
_QUOTED_NAME = re.compile(r"[“「]([\u4e00-\u9fff]{2,6}(?:[A-Za-z][A-Za-z0-9.+-]*|\d+(?:\.\d+)*号?)?)[”」]")


def noun_quoted_products(
    text: str, tokens: list[Token], segmenter: Segmenter, titles: frozenset[str] = frozenset()
) -> list[Mention]:
    """PRODUCT: a coined name in quotes after a concrete noun (镜片“某某盾”), by the noun's tag; not
    after a post (``titles``, or a head of something: 王牌车长“某某”, a person)."""
    if "“" not in text and "「" not in text:
        return []
    noun_ends = {t.end: t for t in tokens if t.pos in ("n", "nz") and len(t.text) >= 2}
    found = []
    for match in _QUOTED_NAME.finditer(text):
        noun = noun_ends.get(match.start())
        name = match.group(1)
        core = re.sub(r"(?:[A-Za-z][A-Za-z0-9.+-]*|\d+(?:\.\d+)*号?)$", "", name)
        if (
            noun is None
            or noun.text in _NOT_THING_NOUNS
            or noun.text in titles
            or noun.text.endswith("长")
            or any(noun.text.endswith(w) for w in ("称号", "项目", "活动", "行动", "工程", "计划"))
            or _NOT_PRODUCT_QUOTE.search(name)
            or segmenter.has_word(core)
            or _is_translit_name(core)  # 王牌车长“某特曼”: a person's foreign name
        ):
            continue
        found.append(Mention(match.start(1), match.end(1), "PRODUCT", None, TITLE))
    return found
