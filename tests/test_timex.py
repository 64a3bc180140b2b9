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
}


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
