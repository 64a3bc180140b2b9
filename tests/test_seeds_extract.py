"""Seed-level checks of what ``aiwatch extract --no-analyze`` gives for each of the five seeds.

The pipeline runs in-process (reader, clean, meta), exactly as the command does.  For every seed:
the metadata the document carries, the first and last sentences of the story in the body, and
none of the noise strings of that document.
"""

from __future__ import annotations

import pytest

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import pipeline_for, seed_path

OPTIONS = Options(analyze=False)

SEEDS = {
    "000": {
        "meta": {
            "title": "李强二次到访这家公司之后,联合创始人谈总部落沪五大理由",
            "url": "http://baijiahao.baidu.com/s?id=1674710050339746853&wfr=spider&for=pc",
            "published": None,
            "source": "澎湃新闻",
            "editor": None,
            "language": "zh",
        },
        "first": "8月10日下午，上海市委书记李强第二次来到上海商汤智能科技有限公司上海总部。",
        "last": "把医疗成果辐射到更大范围的基层医院。”",
        "noise": ["举报", "反馈", "本文来自", "APP", "<<<<<<<", "=======", ">>>>>>>", "落沪三年落沪三年"],
    },
    "001": {
        "meta": {
            "title": "徐汇区区长方世忠:打造AI产业需要三颗心",
            "url": "http://www.shcafe.org/shzxxw/32668.html",
            "published": None,
            "source": "上海热线新闻网",
            "editor": None,
            "language": "zh",
        },
        "first": "2019年世界人工智能大会的成功闭幕,标志着上海人工智能向更高层次产业的不断推进。",
        # The source itself breaks off mid-sentence; the body keeps what there is.
        "last": "贡献了徐汇智慧、徐汇实力和",
        "noise": [
            "本篇文章3641字",
            "读完约9分钟",
            "打造AI产业需要三颗心",
            "描述:",
            "来源:",
            "标题:",
            "地址:",
            "shcafe",
        ],
    },
    "002": {
        "meta": {
            "title": "张江人工智能岛入选上海首批“人工智能示范应用场景”",
            "url": None,
            "published": "2020-12-10",
            "source": "张江高科技园区官网",
            "editor": None,
            "language": "zh",
        },
        "first": "12月8日,上海智慧城市体验周开幕式暨2020上海智慧城市建设“智慧工匠”选树、"
        "“领军先锋”评选活动颁奖典礼正式举行。",
        "last": "成为引领上海人工智能产业发展的新标杆!",
        "noise": [
            "打造网上国际投资促进平台",
            "您现在的位置",
            "发布时间",
            "来源:",
            "上一条",
            "下一条",
            "与我们联系",
            "联系电话",
            "传 真",
            "邮 箱",
            "Copyright",
            "版权所有",
            "\u3000",
        ],
    },
    "003": {
        "meta": {
            "title": "商汤科技助力守“沪” 全力驰援上海等多地疫情防控",
            "url": "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202204242355337714",
            "published": "2022-04-24T19:27:09+08:00",
            "source": "经济参考网",
            "editor": None,
            "language": "zh",
        },
        "first": "近日，上海疫情形势牵动人心。",
        "last": "促进人工智能产业与社会发展。",
        "noise": ["EM_StockImg", "K图", "<p", "文章来源", "返回首页", "返回经济参考网新闻", "http", "finews"],
    },
    "004": {
        "meta": {
            "title": "上海着力打造人工智能高地，“十四五”要做这几件事",
            "url": None,
            "published": "2021-11-05T09:03:49+00:00",
            "source": "新浪财经",
            "editor": "张亚楠",
            "author": None,
            "language": "zh",
            "categories": ["金融", "新浪财经", "新浪财经－国内"],
        },
        "first": "截至2021年9月底，上海人工智能相关企业达1200家以上，规上产业规模不完全统计为2000多亿元。",
        "last": "“智能科技的发展应用离不开社会各界的共治，我们愿意与全球的智能科技界、产业界一道共创共享共治，"
        "不断推动科技赋能社会。”吴清说。",
        "noise": ["原标题", "海量资讯", "新浪财经APP", "责任编辑", "张亚楠", "appendQr", "&#123;", "<!--", "\u3000"],
    },
}


def extract(prefix: str) -> Article:
    path = seed_path(prefix)
    items = list(read_bytes(path.read_bytes(), str(path), OPTIONS))
    assert len(items) == 1 and isinstance(items[0], Article), items
    result = pipeline_for(OPTIONS)(items[0])
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_seed_metadata(prefix: str) -> None:
    article = extract(prefix)
    for name, expected in SEEDS[prefix]["meta"].items():
        assert getattr(article, name) == expected, name


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_seed_body_holds_the_story(prefix: str) -> None:
    body = extract(prefix).body
    assert body.startswith(SEEDS[prefix]["first"])
    assert body.endswith(SEEDS[prefix]["last"])


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_seed_body_has_no_noise(prefix: str) -> None:
    body = extract(prefix).body
    assert [noise for noise in SEEDS[prefix]["noise"] if noise in body] == []
    assert "\n\n\n" not in body and all(p == p.strip() for p in body.split("\n\n"))


def test_seed_000_keeps_both_sides_of_the_conflict() -> None:
    article = extract("000")
    assert set(article.keywords) == {"上海", "人工智能", "商汤科技"}
    names = {item["name"] for item in article.industries}
    assert {"医疗", "交通", "智慧城市", "智慧医疗"} <= names
    assert article.event_summary and "商汤科技总部落户上海的五大理由" in article.event_summary
    assert any("conflict" in w for w in article.warnings)


def test_seed_000_glued_subheadings_become_paragraphs() -> None:
    paragraphs = extract("000").body.split("\n\n")
    assert [p for p in paragraphs if len(p) < 10] == ["落沪三年", "两次到访", "赋能百业"]


def test_seed_001_keeps_every_story_paragraph() -> None:
    # 20 title repeats, a caption, a picture label and three trailing labels go; 31 paragraphs stay.
    paragraphs = extract("001").body.split("\n\n")
    assert len(paragraphs) == 31
    assert (
        "第一财经:在下一阶段,为了不断打造人工智能高地的“徐汇样本”,扩大徐汇的“头鹅效应”,我们应该关注哪些方面?"
        in paragraphs
    )


def test_seed_003_keeps_its_subheading() -> None:
    assert "积极履行社会责任全力支持疫情防控" in extract("003").body.split("\n\n")


def test_seed_ids_are_stable() -> None:
    assert extract("002").id == extract("002").id
