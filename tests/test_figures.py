"""Figures (analyze/figures.py): one case per named pattern, years, lists, and what is not a figure."""

from __future__ import annotations

import pytest

from aiwatch.analyze.figures import PATTERNS, UNITS, add_figures, find_figures, parse_cn_number, sentence_figures
from aiwatch.analyze.timex import DateContext
from aiwatch.article import Article
from aiwatch.options import Options

CONTEXT = DateContext("2022-04-24")


def values(text: str) -> list[tuple[str, object, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in find_figures(text)]


CASES = {
    "percent": ("分别同比增长63.30%", [("63.30%", 63.3, "%")]),
    "percent_cn": ("占比达到百分之三十", [("百分之三十", 30, "%")]),
    "fraction_cn": ("徐汇占了五分之一", [("五分之一", 0.2, "")]),
    "fraction": ("占全市的1/3；", [("1/3", 0.3333, "")]),
    "arabic": ("营业收入为18.53亿元", [("18.53亿元", 1853000000, "元")]),
    "chinese": ("捐赠了两万余个N95口罩", [("两万余个", 20000, "个")]),
    "points": ("比去年同期提高0.4个百分点", [("0.4个百分点", 0.4, "百分点")]),
    "tenths": ("规模同比增长约六成，成本下降", [("约六成", 60, "%")]),
}


def test_every_pattern_has_a_case():
    assert {name for name, _ in PATTERNS} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_pattern(name):
    text, expected = CASES[name]
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("占地面积6.6万平方米", [("6.6万平方米", 66000, "平方米")]),
        ("上海1000多家人工智能核心企业", [("1000多家", 1000, "家")]),
        ("以10万平米张江人工智能岛为极核", [("10万平米", 100000, "平方米")]),
        ("完成了1797人次的核酸检测", [("1797人次", 1797, "人次")]),
        ("预计将超过1000亿。", [("超过1000亿", 100000000000, "")]),
        ("融资1,200万美元", [("1,200万美元", 12000000, "美元")]),
    ],
)
def test_normalised_values(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "商汤科技(股票代码“00020.HK”)",  # a stock code
        "第一财经：第四届进博会",  # ordinals, and no cn2an-style rewriting
        "2020年12月10日 12/10",  # dates
        "N95口罩和5G网络",  # product names
        "一家人工智能企业",  # 一家 is an article here
        "两个方面，三种技术",  # small counts in words are language, not data
        "数百个项目，几十家企业",  # orders of magnitude
        "本篇文章3641",  # a bare number
    ],
)
def test_not_figures(text):
    assert values(text) == []


def test_approximate_text_is_kept_as_written():
    figure = find_figures("上海1000多家人工智能核心企业")[0]
    assert figure.approx and figure.value == 1000


def test_year_list_after_a_range():
    # Seed 003: four revenues for 2018..2021, then three growth rates for 2019..2021.
    sentence = (
        "Wind数据显示，2018年至2021年，商汤科技实现营业收入分别为18.53亿元、30.27亿元、34.51亿元和52.05亿元，"
        "其中2019年至2021年分别同比增长63.30%、14.02%和50.81%。"
    )
    records = sentence_figures(sentence, CONTEXT)
    assert [(r["value"], r["year"]) for r in records] == [
        (1853000000, 2018),
        (3027000000, 2019),
        (3451000000, 2020),
        (5205000000, 2021),
        (63.3, 2019),
        (14.02, 2020),
        (50.81, 2021),
    ]
    assert records[0]["context"] == "商汤科技实现营业收入分别为18.53亿元、30.27亿元、34.51亿元和52.05亿元"
    assert {r["kind"] for r in records[4:]} == {"growth"}


def test_listed_years_give_each_respectively_list_its_years():
    # a filing's columns written as a list of years, then two 分别 lists, then a figure of another period
    sentence = (
        "招股书显示，2021年、2022年及2023年，该公司分别实现营收1.5亿元、3.2亿元、6.4亿元，"
        "机器人出货量分别为2万台、5万台、9万台，今年上半年营收为4.1亿元。"
    )
    records = sentence_figures(sentence, CONTEXT)
    years = {r["text"]: r["year"] for r in records}
    assert [years[t] for t in ("1.5亿元", "3.2亿元", "6.4亿元", "2万台", "5万台", "9万台")] == [
        2021,
        2022,
        2023,
        2021,
        2022,
        2023,
    ]
    assert years["4.1亿元"] != 2023


def test_a_range_list_ends_with_its_clause_and_dang_nian_is_the_year_just_written():
    sentence = "年报显示，该公司2021年至2023年分别实现营收1.2亿元、2.5亿元和4.1亿元，去年毛利率为38%。"
    records = sentence_figures(sentence, CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [
        ("1.2亿元", 2021),
        ("2.5亿元", 2022),
        ("4.1亿元", 2023),
        ("38%", 2021),
    ]
    records = sentence_figures("2018年，该区出台扶持政策，当年引进企业45家。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("45家", 2018)]
    # 年内 is the publish year; 三年内 is a span, no date
    records = sentence_figures("公司计划年内在当地设立研发中心，首期投入3000万元。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("3000万元", 2022)]


def test_year_from_earlier_in_the_sentence():
    records = sentence_figures("2018年，全区人工智能相关产业规模达到210亿元，占全市的1/3。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("210亿元", 2018), ("1/3", 2018)]


def test_no_year_when_the_sentence_gives_none():
    assert sentence_figures("占地面积6.6万平方米。", CONTEXT)[0]["year"] is None


def test_same_day_and_last_week_give_a_figure_its_year():
    # 同日 is the day named last (here in the year before publication), 上周 the week before publication
    body = (
        "2024年12月30日，星海智能完成2亿元融资。\n\n同日，云帆数据宣布拟以3.2亿元收购一家标注公司51%的股权。\n\n"
        "据统计，上周国内人工智能领域共发生融资事件23起。"
    )
    article = Article(path="t", format="text", body=body, published="2025-01-03")
    years = {f["text"]: f["year"] for f in add_figures(article, Options()).figures}
    assert years == {"2亿元": 2024, "3.2亿元": 2024, "51%": 2024, "23起": 2024}
    # without a date named before it, 同日 is the publish date; 本周 in the publish week
    article = Article(path="t", format="text", body="本周共发生融资事件12起。同日另有3起。", published="2025-01-03")
    assert [f["year"] for f in add_figures(article, Options()).figures] == [2025, 2025]


def test_parse_cn_number():
    assert parse_cn_number("两万") == 20000
    assert parse_cn_number("一千二百") == 1200
    assert parse_cn_number("十五") == 15
    assert parse_cn_number("一亿两千万") == 120000000
    assert parse_cn_number("四万万") == 400000000
    assert parse_cn_number("第一") is None


def test_units_are_normalised():
    assert UNITS["平米"][0] == "平方米"
    assert UNITS["港币"][0] == "港元"


def test_stage_offsets_refer_to_the_body():
    body = "标题行\n张江人工智能岛占地面积6.6万平方米。"
    article = add_figures(Article(path="t", format="text", body=body), Options())
    figure = article.figures[0]
    assert body[figure["start"] : figure["end"]] == figure["text"] == "6.6万平方米"
    assert add_figures(Article(path="t", format="text", body=""), Options()).figures == []


def test_vague_ranges_are_not_numbers():
    assert values("一两家企业，三四个项目") == []


# --- issue 12 -----------------------------------------------------------------------------------


def test_spaced_numbers_and_dollars_in_speech():
    found = [(f["text"], f["value"], f["unit"]) for f in sentence_figures("营收达 260 亿美元，融资35亿美金", CONTEXT)]
    assert found == [("260 亿美元", 26_000_000_000, "美元"), ("35亿美金", 3_500_000_000, "美元")]


def test_tenths_are_not_words_made_with_cheng():
    assert sentence_figures("公司成立于2021年，一成不变的是初心", CONTEXT) == []


def test_the_year_of_a_growth_is_the_reported_year_not_the_comparison_base():
    figures = sentence_figures("2021年实现营业收入8600万元，较2020年增长35%。", CONTEXT)
    assert [(f["text"], f["year"]) for f in figures] == [("8600万元", 2021), ("35%", 2021)]


def test_a_present_state_is_the_publish_years_and_a_plan_has_none():
    assert sentence_figures("目前已有超过3000家企业接入。", CONTEXT)[0]["year"] == 2022
    assert sentence_figures("2017年仅有约1800家，目前已达到7600家。", CONTEXT)[1]["year"] == 2022
    assert sentence_figures("下一步将设立规模50亿元的产业基金。", CONTEXT)[0]["year"] is None
    assert sentence_figures("近日，公司交付了120台一体机。", CONTEXT)[0]["year"] == 2022


def _unit_examples() -> list:
    from importlib import resources

    import yaml

    text = resources.files("aiwatch.data").joinpath("figure_units.yaml").read_text(encoding="utf-8")
    return [pytest.param(entry, id=str(entry["written"])) for entry in yaml.safe_load(text)["units"]]


@pytest.mark.parametrize("entry", _unit_examples())
def test_each_unit_of_data_figure_units_on_its_example(entry):
    """Every unit in data/figure_units.yaml is found, written that way, in its own example."""
    assert str(entry["written"]) in entry["example"]
    found = [(text, unit) for text, _, unit in values(entry["example"])]
    assert any(unit == str(entry["unit"]) and text.endswith(str(entry["written"])) for text, unit in found), found
    assert UNITS[str(entry["written"])] == (str(entry["unit"]), str(entry["kind"]))


def test_two_tenths_and_a_present_word_after_the_figure_in_a_sentence_without_a_date():
    assert [(f.value, f.unit) for f in find_figures("市场份额有望提升至两成")] == [(20, "%")]
    assert find_figures("两成员单位") == []
    records = sentence_figures("训练成本约为同类模型的40%，目前已有超过3000名开发者使用。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("40%", 2022), ("超过3000名", 2022)]
    # with a date in the sentence, the figure before the present word keeps that date's year
    records = sentence_figures("2019年营收为2亿元，目前员工约300人。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("2亿元", 2019), ("约300人", 2022)]


def test_a_yearly_amount_has_no_year_even_after_a_dated_clause():
    records = sentence_figures("公司计划下半年在包头建设改装基地，建成后每年可改装矿卡500台。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("500台", None)]
    records = sentence_figures("6月20日，某省发布实施方案，明确每年安排3亿元专项资金。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("3亿元", None)]


def test_yesterday_before_the_clause_gives_the_figure_its_year():
    records = sentence_figures("某投资平台昨日与蓝岸科技签署增资协议，以2亿元认购其约6%的股权。", CONTEXT)
    assert {r["year"] for r in records} == {CONTEXT.published[0]}


def test_this_offering_and_the_first_day_take_the_date_just_named():
    records = sentence_figures("本次公开发行新股2000万股，发行价为每股30.50元。", CONTEXT, last_date="2021-04-27")
    assert {r["year"] for r in records} == {2021}
    records = sentence_figures("上市首日，公司开盘价为80.00元。", CONTEXT, last_date="2021-04-27")
    assert [r["year"] for r in records] == [2021]


def test_the_clause_after_a_semicolon_has_the_period_of_the_one_before():
    body = "今年一季度，某海关共监管货物2.36亿吨，同比增长6.8%；查获违规案件127起，其中约六成由系统发现。"
    article = Article(path="t", format="text", body=body, published="2022-04-24")
    years = {f["text"]: f["year"] for f in add_figures(article, Options()).figures}
    assert years == {"2.36亿吨": 2022, "6.8%": 2022, "127起": 2022, "约六成": 2022}
    # a clause with a date of its own keeps it; a sentence after a full stop carries nothing
    body = "2021年营收为3亿元；2020年营收为2亿元。员工约300人。"
    article = Article(path="t", format="text", body=body, published="2022-04-24")
    years = {f["text"]: f["year"] for f in add_figures(article, Options()).figures}
    assert years == {"3亿元": 2021, "2亿元": 2020, "约300人": None}


def test_what_a_thing_can_do_has_no_year():
    records = sentence_figures("该系统可对27种异常进行自动判读，目前已进入1800余家医院。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("27种", None), ("1800余家", 2022)]


def test_what_a_document_lays_down_has_no_year_and_a_plan_s_own_date_dates_it():
    sentence = "某市今年3月出台的机器人专项政策提出，对采购本地机器人的企业按采购额的20%给予补贴。"
    assert [(r["text"], r["year"]) for r in sentence_figures(sentence, CONTEXT)] == [("20%", None)]
    records = sentence_figures("公司将发射12颗卫星，首批4颗计划于明年上半年发射。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("12颗", None), ("4颗", 2023)]
    # a date in a later clause is not the figure's
    records = sentence_figures("一期投资42亿元，计划于明年12月建成投运。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("42亿元", None)]


def test_durations_are_figures_and_dates_are_not():
    found = values("审图时间由平均4分钟缩短至40秒，建设周期为18个月，基于近20年的数据，渲染需要2个小时。")
    assert found == [
        ("4分钟", 4, "分钟"),
        ("40秒", 40, "秒"),
        ("18个月", 18, "个月"),
        ("近20年", 20, "年"),
        ("2个小时", 2, "小时"),
    ]
    assert values("2025年前11个月，公司成立2周年；3天前发布，90年代兴起，2024年度报告。") == []
    assert values("十年磨一剑的百年老店") == []  # sayings
    assert values("25年上半年，24年Q3") == []  # years written short
    assert values("近三十年的发展") == [("近三十年", 30, "年")]
    # how long something takes has a year only from a date written before it
    records = sentence_figures("该系统已在46家医院使用，分析时间由30分钟缩短至3分钟。", CONTEXT)
    assert [(r["text"], r["year"]) for r in records] == [("46家", 2022), ("30分钟", None), ("3分钟", None)]
    records = sentence_figures("今年春夏系列的上架周期由45天缩短至18天。", CONTEXT)
    assert [r["year"] for r in records] == [2022, 2022]


def test_counts_weights_and_sizes_in_more_units():
    found = values("可识别14类病变，纳入患者3840例，服务32支战队，接入6.5万路视频，可存放320万册，外借241万册次。")
    assert [unit for _, _, unit in found] == ["类", "例", "支", "路", "册", "册次"]
    assert values("平台可支持100支持续训练的任务。") == []
    # a size that specifies a product has a year only from a date written before it
    records = sentence_figures("同日，公司自研的12英寸沉积设备通过验证，累计获得订单23台。", CONTEXT, "2022-04-20")
    assert [(r["text"], r["year"]) for r in records] == [("12英寸", None), ("23台", 2022)]


def test_a_score_a_lead_time_and_a_clock():
    assert values("该模型以86.7分位列第二，可提前72小时预测出力。") == [("86.7分", 86.7, "分"), ("72小时", 72, "小时")]
    assert values("会议于10点30分开始，分数分为3分之1。") == []


def test_the_year_before_is_the_year_before_the_one_the_sentence_is_about():
    sentence = "公司2025年海外收入为9.8亿元，较2024年增长近六成，占总营收的比重由上年的21%提升至34%。"
    records = sentence_figures(sentence, DateContext("2026-03-20"))
    assert [(r["text"], r["year"]) for r in records] == [
        ("9.8亿元", 2025),
        ("近六成", 2025),
        ("21%", 2024),
        ("34%", 2025),
    ]


def test_what_a_plan_will_bring_has_no_year_from_the_occasion_named():
    body = (
        "4月20日，青州23个项目集中开工。"
        "本次开工的最大项目为云杉智算中心，规划部署智能算力2万P，一期投资42亿元，计划于明年建成。"
    )
    article = Article(path="t", format="text", body=body, published="2022-04-24")
    years = {f["text"]: f["year"] for f in add_figures(article, Options()).figures}
    assert years == {"23个": 2022, "2万P": None, "42亿元": None}


def test_a_negative_amount_after_a_word_not_a_range():
    found = find_figures("净利润分别为-2300万元和1450万元。")
    assert [(f.value, f.unit) for f in found] == [(-23000000, "元"), (14500000, "元")]
    assert not any(f.value < 0 for f in find_figures("预计投资100-200万元。"))


@pytest.mark.parametrize("text", ["公司具有3处理器的服务器。", "剧场面积3600面向公众。", "已累计生成460万票据。"])
def test_a_count_unit_that_opens_a_word_is_no_unit(text):
    assert not any(f.unit in ("处", "面", "票") for f in find_figures(text))


def test_counts_of_sides_places_bodies_and_declarations_and_micrometres():
    found = find_figures("发现隐患132处，修复唱片3600面，火化遗体590万具，生成报关单460万票，精度达±2微米。")
    assert [(f.value, f.unit) for f in found] == [
        (132, "处"),
        (3600, "面"),
        (5900000, "具"),
        (4600000, "票"),
        (2, "微米"),
    ]


def test_a_rise_from_a_dated_start_after_a_semicolon_is_the_year_before_the_semicolon():
    body = "2021年全市火化遗体约59万具，较上年增长2.6%；信息化管理的比例由2020年的38%提升至51%。"
    article = Article(path="t", format="text", body=body, published="2022-04-24")
    years = {f["text"]: f["year"] for f in add_figures(article, Options()).figures}
    assert years["38%"] == 2020 and years["51%"] == 2021


def test_the_midday_close_is_the_present():
    records = sentence_figures("截至午间收盘，某某公司报17.42港元，较发行价上涨10.25%。", CONTEXT)
    assert [r["year"] for r in records] == [2022, 2022]


def test_counts_of_flowers_livestock_couples_orders_wells_and_a_quakes_magnitude():
    text = "花市日均成交鲜花约80万枝，牧场存栏奶牛3.5万头，全年登记新人12万对，平台完成订单6.1万单，已在9口气井试用。"
    assert [(t, u) for t, _, u in values(text)] == [
        ("约80万枝", "枝"),
        ("3.5万头", "头"),
        ("12万对", "对"),
        ("6.1万单", "单"),
        ("9口", "口"),
    ]
    quake = values("去年当地共记录地震15次，震级最大的为5.2级。")
    assert [(t, u) for t, _, u in quake] == [("15次", "次"), ("5.2级", "级")]
    # the words those units open, a grade and one to one are no counts
    words = "3头部企业，5对于行业，2单位负责人，4口径统一，3级医院，12级台风，提供1对1辅导，二十级台阶"
    assert values(words) == []
    # pairs, lamps and gigawatts; 双 opening a word (2双向车道, 3双方) counts no pairs
    text = "该厂年产皮鞋约2.4亿双，园区改造路灯1.2万盏，风电装机容量达6吉瓦。新建2双向车道。"
    assert [(t, u) for t, _, u in values(text)] == [("约2.4亿双", "双"), ("1.2万盏", "盏"), ("6吉瓦", "吉瓦")]


def test_a_change_from_now_and_durations_in_a_present_sentence():
    # CONTEXT is published in 2022
    text = "方案提出到2024年，巡检里程由目前的20公里提高到45公里，响应时间由目前的30秒缩短至8秒。"
    found = [(f["text"], f["year"]) for f in sentence_figures(text, CONTEXT)]
    assert found == [("20公里", 2022), ("45公里", 2024), ("30秒", 2022), ("8秒", 2024)]
    found = sentence_figures("目前，该平台平均审核用时由9小时缩短至2小时。", CONTEXT)
    assert [(f["text"], f["year"]) for f in found] == [("9小时", 2022), ("2小时", 2022)]
    # a duration with no present word and no date still has no year
    assert sentence_figures("审核用时由9小时缩短至2小时。", CONTEXT)[0]["year"] is None


def test_a_thousand_that_opens_a_unit_and_counts_of_colonies_rooms_pages_and_episodes():
    text = (
        "发电量由512千瓦时升至548千瓦时，载重60千克，蜂群约1000万群，巡检1.1万台次，"
        "客房1900万间，拉索3000根，档案1200万页，剧集2600集。"
    )
    assert [(f.value, f.unit) for f in find_figures(text)] == [
        (512, "千瓦时"),
        (548, "千瓦时"),
        (60, "公斤"),
        (10000000, "群"),
        (11000, "台次"),
        (19000000, "间"),
        (3000, "根"),
        (12000000, "页"),
        (2600, "集"),
    ]
    # the words those characters open are no counts
    assert find_figures("3集团公司，12根据，5页面，8间隔，6群众") == []


def test_a_founding_date_written_before_its_verb_gives_no_year():
    figures = sentence_figures("墨岚科技由某大学教授于2019年创立，其模型基于超过40万组数据训练。", CONTEXT)
    assert [(f["text"], f["year"]) for f in figures] == [("超过40万组", None)]


def test_works_horses_birds_and_passages_are_counted_but_not_words_their_unit_opens():
    text = "已修复剧目42部，赛马420匹，蛋鸡280万羽，船舶2.1万艘次，宽60厘米。"
    found = [(f.value, f.unit) for f in find_figures(text)]
    assert found == [(42, "部"), (420, "匹"), (2800000, "羽"), (21000, "艘次"), (60, "厘米")]
    assert find_figures("5部门联合印发，3部分内容，2匹配方案，4羽毛球场。") == []
