"""Relative and absolute dates in running text (analyze/timex.py): one case per named pattern."""

from __future__ import annotations

import pytest

from aiwatch.analyze.timex import PATTERNS, DateContext, find_timexes

PUBLISHED = DateContext("2021-11-05")


def first(text: str, context: DateContext = PUBLISHED) -> tuple[str, str | None, str]:
    timex = find_timexes(text, context)[0]
    return timex.text, timex.date, timex.precision


# One example per pattern, published 2021-11-05 (seed 004).
CASES = {
    "iso_day": ("发布时间:2020-12-10", ("2020-12-10", "2020-12-10", "day")),
    "year_month_day": ("2020年8月10日下午，上海市委书记李强走访", ("2020年8月10日下午", "2020-08-10", "day")),
    "year_month": ("截至2021年9月底，上海人工智能相关企业达1200家以上", ("2021年9月底", "2021-09", "month")),
    "year": ("自2017年下半年在上海设立办公室以来", ("2017年下半年", "2017", "year")),
    "rel_month_day": ("在今年7月11日举行的发布会上", ("今年7月11日", "2021-07-11", "day")),
    "rel_month": ("今年7月发布的《规划》提出", ("今年7月", "2021-07", "month")),
    "rel_year": ("去年临港其实有特斯拉速度", ("去年", "2020", "year")),
    "month_day": ("11月5日，在第四届进博会上", ("11月5日", "2021-11-05", "day")),
    "month": ("3月下旬上海疫情扩散后", ("3月下旬", "2021-03", "month")),
    "half_year": ("下半年将继续推进", ("下半年", "2021", "year")),
    "rel_day": ("昨天，公司宣布", ("昨天", "2021-11-04", "day")),
    "around": ("近日，百度首席技术官透露", ("近日", "2021-11-05", "around")),
    "rel_month_only": ("上月，公司宣布扩招", ("上月", "2021-10", "month")),
    "year_end": ("预计年底前完成部署", ("年底", "2021", "year")),
    # published on a Friday: the Wednesday of the week before
    "rel_weekday": ("上周三，该公司宣布完成融资", ("上周三", "2021-10-27", "day")),
    "relmon_day": ("上月20日，双方签署协议", ("上月20日", "2021-10-20", "day")),
    "year_within": ("公司计划年内建成第二工厂", ("年内", "2021", "year")),
    "year_start": ("年初，公司完成新一轮融资", ("年初", "2021", "year")),
    "bare_day": ("该公司4日宣布完成融资", ("4日", "2021-11-04", "day")),
    # published on a Friday: the Tuesday of that week
    "bare_weekday": ("该公司周二宣布完成融资", ("周二", "2021-11-02", "day")),
}


def test_the_end_of_a_year_written_alone_is_the_publish_years():
    assert [t.kind for t in find_timexes("每年年底发布，去年年底上线，2020年底建成", PUBLISHED)] == ["rel_year", "year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # at the year's end: its last month; by then (前, 之前, 以前): any time in the year, as 年内
        ("新工厂预计年底投产", ("年底", "2021-12", "month")),
        ("新工厂预计年底前投产", ("年底", "2021", "year")),
        ("新工厂预计2022年末之前投产", ("2022年末", "2022", "year")),
        ("2022年底以前完成交付", ("2022年底", "2022", "year")),
    ],
)
def test_a_deadline_by_the_years_end_is_the_year(text: str, expected: tuple) -> None:
    assert first(text) == expected


def test_a_month_in_chinese_numerals_after_a_year():
    assert first("该工厂于今年三月开始量产") == ("今年三月", "2021-03", "month")
    assert first("2020年十一月，项目开工") == ("2020年十一月", "2020-11", "month")
    assert find_timexes("统一月度考核", PUBLISHED) == []  # 一月 alone is no date
    assert find_timexes("三年内完成，半年内投产，是年内最大一笔", PUBLISHED) == []  # spans, not this year


def test_days_of_the_week_around_the_publish_day():
    monday = DateContext("2026-10-12")
    assert [(t.date, t.future) for t in find_timexes("上周一发布，上个星期天签约，下周二开业", monday)] == [
        ("2026-10-05", False),
        ("2026-10-11", False),
        ("2026-10-20", True),
    ]


def test_every_pattern_has_a_case():
    assert {name for name, _ in PATTERNS} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_pattern(name):
    text, expected = CASES[name]
    assert first(text) == expected
    assert find_timexes(text, PUBLISHED)[0].kind == name


def test_published_in_january_reads_december_as_last_year():
    assert first("12月28日，公司发布新品", DateContext("2021-01-05"))[1] == "2020-12-28"


def test_year_in_the_same_sentence_wins_over_published():
    # 2019年5月…8日: the later day belongs to the year written before it.
    dates = [t.date for t in find_timexes("2019年5月签约，6月8日开工", PUBLISHED)]
    assert dates == ["2019-05", "2019-06-08"]


def test_without_published_the_same_day_written_elsewhere_gives_the_year():
    # Seed 000 has no date: it says 8月10日下午 and, later, 2020年8月10日下午.
    body = "8月10日下午，李强来到商汤。……2020年8月10日下午，李强走访商汤。2019年12月5日，大厦启用。"
    context = DateContext(None, body)
    assert first("8月10日下午，李强来到商汤", context)[1] == "2020-08-10"
    assert first("今年上半年商汤", context)[1] == "2020"


def test_target_years_do_not_set_the_base_year():
    context = DateContext(None, "2019年大会举行。到2025年规模将超过1000亿。")
    assert context.latest_year == 2019


def test_unresolvable_date_stays_none():
    assert first("8月10日下午", DateContext(None, ""))[1] is None


def test_not_dates():
    assert find_timexes("3个月后，第1季度", PUBLISHED) == []
    assert first("二〇二〇年", PUBLISHED)[1] == "2020"


def test_invalid_day_is_not_invented():
    assert first("2021年2月30日")[1] is None


@pytest.mark.parametrize("text", ["前日本人某考察东三省", "作为今天华人中数一数二的歌手", "今日头条发布"])
def test_relative_day_words_that_are_not_dates(text):
    assert find_timexes(text, PUBLISHED) == []


# --- issue 12: anchoring to the publish date --------------------------------------------------


def test_a_month_ahead_of_publication_is_last_years_unless_the_sentence_plans_it():
    may = DateContext("2024-05-27")
    past = find_timexes("11月，公司完成了首轮测试", may)[0]
    assert (past.date, past.future) == ("2023-11", False)
    plan = find_timexes("公司计划于今年9月发布新一代模型", may)[0]
    assert (plan.date, plan.future) == ("2024-09", True)
    ahead = find_timexes("新车型将于12月正式发布", may)[0]
    assert (ahead.date, ahead.future) == ("2024-12", True)
    said = find_timexes("下月将发布数学推理版本", may)[0]
    assert (said.date, said.future) == ("2024-06", True)
    # a few days ahead, no marker: an announcement of what is coming, not last year
    soon = find_timexes("大会于6月3日在上海举行", may)[0]
    assert (soon.date, soon.future) == ("2024-06-03", True)


def test_next_year_is_ahead_by_itself():
    timex = find_timexes("首款搭载车型明年上市", DateContext("2024-07-05"))[0]
    assert (timex.date, timex.future) == ("2025", True)


def test_dang_nian_is_the_year_written_before_it():
    body = "2023年8月31日，首批名单公布。当年11月，第二批名单公布。"
    context = DateContext("2024-01-05", body)
    assert first("当年11月，第二批名单公布。", context)[1] == "2023-11"


def test_near_days_need_the_publish_date():
    assert first("日前，市交通委员会发放牌照", DateContext(None))[1] is None
    assert [t.text for t in find_timexes("春节假日前后客流大增", PUBLISHED)] == []


def test_a_founding_year_is_no_base_without_a_publish_date():
    # 始建于1958年 once made a 2024 groundbreaking "1958-01-30".
    context = DateContext(None, "这家始建于1958年的工厂。1月30日，新厂房开工。")
    assert first("1月30日，新厂房开工。", context)[1] is None
    # a year written with a month beats a bare statistic's year
    context = DateContext(None, "2017年企业仅有1800家。2021年6月29日，论坛召开。今年以来新增2000家。")
    assert context.latest_year == 2021


def test_the_start_or_end_of_the_month_written_alone_is_the_publish_months():
    assert first("月初，王某加盟某公司") == ("月初", "2021-11", "month")
    # a month before it, 每月, 岁月 are not that
    assert first("5月初，公司发布新品")[1] == "2021-05"
    assert all(t.text != "月底" for t in find_timexes("公司每月底结算一次", PUBLISHED))
    assert not find_timexes("不忘岁月初心", PUBLISHED)


def test_yesterday_before_a_preposition_is_a_day():
    assert first("记者昨天从市经信局获悉") == ("昨天", "2021-11-04", "day")
    assert first("某公司昨日与某银行签署协议") == ("昨日", "2021-11-04", "day")
    assert not find_timexes("他在今日头条发文", PUBLISHED)


def test_a_day_of_the_month_or_of_the_week_alone():
    march = DateContext("2026-03-12")  # a Thursday
    assert [(t.text, t.date) for t in find_timexes("记者11日从市经信局获悉；28日，公司发布新品", march)] == [
        ("11日", "2026-03-11"),
        ("28日", "2026-02-28"),  # after the publish day: the month before
    ]
    assert [(t.date, t.future) for t in find_timexes("公司将于20日发布新品", march)] == [("2026-03-20", True)]
    assert [t.date for t in find_timexes("周日，双方签约", march)] == ["2026-03-08"]
    # counts, ranges and habits are no days
    for text in ("近3日股价上涨", "第5日", "公司每周二发布周报", "周一至周五开放", "上周二", "3日游"):
        assert all(t.kind not in ("bare_day", "bare_weekday") for t in find_timexes(text, march)), text
    assert [t.text for t in find_timexes("9月23日至24日，论坛举行", march)] == ["9月23日"]


def test_the_middle_of_the_month_and_the_start_of_the_year_alone():
    context = DateContext("2026-11-24")
    assert [(t.text, t.date) for t in find_timexes("该项目于月中正式开工；年中，公司完成融资", context)] == [
        ("月中", "2026-11"),
        ("年中", "2026"),
    ]
    for text in ("数据月中心", "每年年初发布", "年中考核", "在过去几个月中", "年中期报告"):
        assert all(t.kind not in ("year_start", "rel_month_only") for t in find_timexes(text, context)), text


def test_an_evening_or_a_morning_counted_from_the_publish_day():
    assert first("昨晚，某某股份发布公告") == ("昨晚", "2021-11-04", "day")
    assert first("今晨，火箭在酒泉发射") == ("今晨", "2021-11-05", "day")
    assert first("前晚，双方签署协议") == ("前晚", "2021-11-03", "day")


def test_the_year_end_of_the_year_a_sentence_is_about():
    context = DateContext("2025-06-10")
    dates = [t.date for t in find_timexes("2024年全省肉牛出栏320万头，年末肉牛存栏510万头。", context)]
    assert dates == ["2024", "2024-12"]
    # a plan's year end is the publish year's
    assert [t.date for t in find_timexes("2024年营收增长，预计年底前完成部署。", context)] == ["2024", "2025"]
