"""Extractive summary: candidates, noise, redundancy, order, options, seeds."""

from __future__ import annotations

import pytest

from aiwatch.analyze.summary import (
    Candidate,
    content_words,
    is_candidate_sentence,
    noise_reason,
    select_mmr,
    similarity,
    strip_dateline,
    style_weight,
)
from aiwatch.article import Article
from aiwatch.options import Options
from conftest import pipeline_for, run_stage, seed_path


def summary(body: str, title: str | None = None, sentences: int = 3) -> str:
    article = Article(path="t", format="text", title=title, body=body)
    return run_stage("summary", article, Options(summary_sentences=sentences)).summary or ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("本篇文章3641字,读完约9分钟", "reading time"),
        ("(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)举报/反馈", "report button"),
        ("扫码关注我们的微信公众号获取更多资讯。", "app promotion"),
        ("责任编辑：张三", "source line"),
        ("来源：张江高科技园区官网", "source line"),
        ("版权所有，未经授权不得转载。", "copyright"),
        ("您现在的位置:首页 > 开发区新闻 > 文字新闻", "breadcrumb"),
        ("https://www.example.com/a/b.html", "bare link"),
    ],
)
def test_noise_patterns(line, reason):
    assert noise_reason(line) == reason


def test_real_sentences_are_not_noise():
    # A URL inside a real sentence is fine: 澎湃新闻（www.thepaper.cn）记者采访时…
    line = "商汤科技联合创始人杨帆在接受澎湃新闻（www.thepaper.cn）记者采访时，细数五大理由。"
    assert noise_reason(line) is None and is_candidate_sentence(line)


@pytest.mark.parametrize(
    "line",
    [
        "落沪三年",  # heading
        "徐汇区区长方世忠:打造AI产业需要三颗心",  # unpunctuated heading line
        "他说：“为什么？”",
        "Hello world, this is English only.",
    ],
)
def test_non_candidates(line):
    assert not is_candidate_sentence(line)


BODY = (
    "8月10日下午，上海市委书记李强第二次来到商汤科技上海总部，察看图像识别等人工智能技术研发进展。\n"
    "落沪三年\n"
    "商汤科技联合创始人杨帆细数商汤总部落户上海的五大理由，首先是上海的营商环境。\n"
    "李强8月10日下午第二次来到商汤科技上海总部，察看人工智能技术研发进展。\n"
    "天气很好，大家心情也很好，路边的花开了。\n"
    "2020年7月7日，商汤科技新一代人工智能计算与赋能平台项目在上海临港正式启动。\n"
    "应用场景开放对AI发展为什么重要？\n"
    "本篇文章3641字,读完约9分钟\n"
)


def test_summary_picks_informative_sentences_in_original_order_without_repeats():
    result = summary(BODY, title="李强二次到访商汤科技")
    assert result.startswith("8月10日下午，上海市委书记李强")
    assert "李强8月10日下午第二次" not in result  # the near-repeat of the lead is dropped (MMR)
    assert "为什么重要" not in result and "读完约" not in result and "落沪三年" not in result
    assert "天气很好" not in result
    parts = [p for p in result.split("。") if p]
    # A 300-character text: half of it (MAX_SHARE) holds two of its sentences, not three.
    assert len(parts) == 2
    assert len(result) <= len(BODY) / 2
    positions = [BODY.index(p) for p in parts]
    assert positions == sorted(positions)


def test_sentence_count_option():
    assert summary(BODY, sentences=1).count("。") == 1
    assert summary(BODY, sentences=0) == ""


def test_short_or_empty_bodies():
    assert summary("") == ""
    assert summary("落沪三年\n两次到访") == ""
    only = "商汤科技在上海临港启动新一代人工智能计算平台项目。"
    assert summary(only) == only


def test_title_repeated_as_first_line_is_not_the_summary():
    title = "商汤科技在上海临港启动新一代人工智能计算平台"
    body = title + "。\n7月7日，商汤科技新一代人工智能计算与赋能平台项目在上海临港正式启动，总投资约56亿元。"
    assert summary(body, title=title, sentences=1).startswith("7月7日")


def test_given_summary_is_kept():
    article = Article(path="r", format="json", body=BODY, summary="手写摘要")
    assert run_stage("summary", article).summary == "手写摘要"


def test_mmr_prefers_novelty():
    def words(text: str) -> frozenset[str]:
        return content_words(pipeline_for().resources.segmenter.tag(text))

    a = Candidate(0, 0, 1, "甲", 1.0, words("上海人工智能大会开幕"))
    b = Candidate(1, 0, 1, "乙", 0.95, words("上海人工智能大会开幕了"))
    c = Candidate(2, 0, 1, "丙", 0.7, words("商汤发布医疗影像产品"))
    assert [x.text for x in select_mmr([a, b, c], 2)] == ["甲", "丙"]
    assert similarity(a.words, b.words) > 0.8 and similarity(a.words, c.words) == 0.0


def test_seed_000_summary_tells_the_story():
    from aiwatch.read import read_bytes

    options = Options(disabled=frozenset({"entities", "figures", "events"}))
    article = next(read_bytes(seed_path("000").read_bytes(), "000", options))
    result = pipeline_for(options)(article).summary
    assert "李强" in result and "商汤" in result
    assert "举报" not in result and "？" not in result
    assert 60 < len(result) < 400


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "新华网北京8月21日电（记者 张宇航）8月21日，2024世界机器人大会在北京开幕。",
            "8月21日，2024世界机器人大会在北京开幕。",
        ),
        ("【本报讯】香港数码港管理有限公司昨日宣布超算中心启用。", "香港数码港管理有限公司昨日宣布超算中心启用。"),
        ("本报讯（记者 李明）合肥市印发通用人工智能产业政策。", "合肥市印发通用人工智能产业政策。"),
        ("南方网讯 薛凯琪新专辑《Funny Girl》再拿好莱坞巨星开涮。", "薛凯琪新专辑《Funny Girl》再拿好莱坞巨星开涮。"),
        ("资讯平台上线了新的人工智能频道栏目。", "资讯平台上线了新的人工智能频道栏目。"),
        ("上海发布人工智能规划，涉及多个领域。", "上海发布人工智能规划，涉及多个领域。"),
    ],
)
def test_dateline_is_not_part_of_the_summary(sentence, kept):
    from aiwatch.analyze.summary import strip_dateline

    assert strip_dateline(sentence) == kept


def test_text_of_only_long_or_unpunctuated_lines_still_gets_a_summary():
    long_line = "上海发布人工智能产业规划" + "，涵盖智慧城市、智慧医疗、自动驾驶和机器人等领域" * 12 + "。"
    assert summary(long_line, sentences=1) == long_line
    assert summary("商汤科技在上海临港启动人工智能计算平台项目\n落沪三年", sentences=1).startswith("商汤科技")


@pytest.mark.parametrize(
    ("sentence", "weight"),
    [
        ("商汤科技在上海临港启动新一代人工智能计算平台项目。", 1.0),
        ("并发布了上海市第三批人工智能试点应用场景。", 0.6),  # leans on the sentence before
        ("第二，商汤科技特别看好长三角一体化进程。", 0.6),  # one item of a list
        ("围绕智能楼宇,部署智慧办公和互动体验中心；", 0.8),  # a clause closed by ；
        ("张少霆表示：“上海几乎可以提供任何一种人工智能的落地场景。", 0.7),  # quotation left open
        ("“我们从跟政府的签约，再到开工，只是很短的时间。”", 0.8),  # direct speech
    ],
)
def test_style_weights(sentence, weight):
    from aiwatch.analyze.summary import style_weight

    assert style_weight(sentence) == pytest.approx(weight)


def test_long_text_gets_the_full_sentence_count():
    # The same story padded with more on-topic sentences: the budget no longer binds.
    body = BODY + "".join(
        f"商汤科技在上海的第{n}个人工智能项目落地，覆盖智慧城市和智慧医疗。\n" for n in "一二三四五六"
    )
    parts = [p for p in summary(body, title="李强二次到访商汤科技").split("。") if p]
    assert len(parts) == 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("近日，商汤科技在上海临港启动新一代人工智能计算平台。", "商汤科技在上海临港启动新一代人工智能计算平台。"),
        ("据了解，上海人工智能相关企业已达1200家以上。", "上海人工智能相关企业已达1200家以上。"),
        ("记者从上海市经信委获悉，第三批试点应用场景已经发布。", "第三批试点应用场景已经发布。"),
        ("有媒体报道称，凡客旗下如风达大幅裁员2000人。", "凡客旗下如风达大幅裁员2000人。"),
        # a date and a named source are facts: they stay
        ("8月29日晚，山西省政府一位官员对记者说。", "8月29日晚，山西省政府一位官员对记者说。"),
        ("卫生部称，性传播已成为艾滋病的主要传播途径。", "卫生部称，性传播已成为艾滋病的主要传播途径。"),
        # a short aside in brackets goes
        ("商汤科技(股票代码“00020.HK”)快速响应，支援上海疫情防控。", "商汤科技快速响应，支援上海疫情防控。"),
    ],
)
def test_filler_openers_are_trimmed(sentence, expected):
    assert strip_dateline(sentence) == expected


def test_a_question_is_weighed_down_not_dropped():
    # 支付宝为什么停止线下POS业务？ frames the story: a candidate, but under a statement.
    question = "支付宝为什么停止线下POS业务？"
    assert is_candidate_sentence(question)
    assert style_weight(question) < style_weight("支付宝停止了线下POS业务。")


def test_company_forms_count_as_one_term_for_the_lead():
    # The lead says 上海商汤智能科技有限公司, the rest says 商汤科技: the lead is still on topic.
    body = (
        "8月10日下午，上海市委书记李强来到上海商汤智能科技有限公司上海总部。\n"
        "商汤科技联合创始人杨帆介绍了商汤科技的研发布局和人工智能平台。\n"
        "商汤科技的人工智能平台已服务上海的智慧城市和智慧医疗。\n"
        "天气很好，大家心情也很好，路边的花开了，风景如画让人流连。\n"
    )
    assert summary(body, sentences=1).startswith("8月10日下午，上海市委书记李强")


def test_lead_with_the_titles_terms_and_more_is_not_a_title_copy():
    # 深圳发布具身智能机器人行动计划 …: the lead has the same terms plus date, issuer and targets.
    title = "深圳发布具身智能机器人行动计划 三年内培育10家百亿级企业"
    body = (
        "7月13日，深圳市工业和信息化局印发具身智能机器人行动计划，提出到2026年培育10家以上营业收入超过百亿元的企业。\n"
        "行动计划围绕关键技术作出部署，支持企业攻关机器人多模态大模型和灵巧手等核心部件。\n"
    )
    assert summary(body, title=title, sentences=1).startswith("7月13日")


def test_noise_existence_pattern_agrees_with_the_anchorless_noise_scan():
    # _NOISE_EXISTS is a faster way to ask whether _NOISE_SOMEWHERE matches anywhere in a body.
    import random

    from aiwatch.analyze.summary import _NOISE_EXISTS, _NOISE_SOMEWHERE

    pieces = [
        "（",
        "(",
        "来源",
        "编辑",
        "文",
        "图",
        "：",
        ":",
        "|",
        " ",
        "http://",
        "www.",
        "a",
        "版权",
        "所有",
        "首页",
        ">",
        "下载",
        "APP",
        "关注",
        "公众号",
        "举报",
        "/",
        "反馈",
        "本篇文章",
        "3",
        "字",
        "。",
        "，",
    ]
    rnd = random.Random(11)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert (_NOISE_EXISTS.search(text) is None) == (_NOISE_SOMEWHERE.search(text) is None), text
