"""Metadata from every place a page offers it, with its evidence (issue 12): URL dates, day-first
dates, bylines, self-media accounts, platforms that are neither author nor source."""

from __future__ import annotations

import pytest

from aiwatch.article import Article
from aiwatch.meta import extract_metadata
from aiwatch.meta.people import tidy_people, tidy_source
from aiwatch.options import Options
from aiwatch.read.extract import extract_page
from aiwatch.read.htmlmeta import read_line
from aiwatch.text.dates import parse_date, url_date
from conftest import run_stage

OPTIONS = Options()


def run(raw: str, kind: str = "text", fmt: str = "text", **hints: str) -> Article:
    article = Article(path="t", format=fmt, raw=raw, raw_kind=kind, hints=dict(hints))
    return extract_metadata(run_stage("clean", article, OPTIONS), OPTIONS)


def run_page(html: str) -> Article:
    page = extract_page(html)
    article = Article(path="p.html", format="html", raw=page.body, raw_kind="text", hints=page.hints)
    return extract_metadata(run_stage("clean", article, OPTIONS), OPTIONS)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.cn/tech/202504263797.html", "2025-04-26"),  # the date, then a serial
        ("https://www.example.com/a/20240527/4471209.html", "2024-05-27"),
        ("https://www.example.com/2024/0418/c1004-40219876.html", "2024-04-18"),
        ("https://tech.example.cn/roll/2024-05-27/doc-inawxkpe5523.shtml", "2024-05-27"),
        ("https://www.example.com/news/2025/05/09/2218.html", "2025-05-09"),
        ("https://www.example.cn/cj/newmain/202503/17/t20250317_1234567.shtml", "2025-03-17"),  # month dir, day dir
        ("https://www.example.cn/cj/202503/t20250317_1234567.shtml", "2025-03-17"),  # the name holds the day
        ("https://www.example.cn/cj/202503/index_2.shtml", "2025-03"),  # month only
        ("http://baijiahao.baidu.com/s?id=1674710050339746853&wfr=spider", None),  # an id, no date
        ("https://www.example.com/dy/article/JLB2D5V70514R9P4.html", None),
        ("https://www.example.com/2024/1340/a.html", None),  # no such month
        ("https://news.example.com/industry,rdjj-202503-4471209.htm", "2025-03"),  # the month before a serial
        ("https://news.example.com/list_202513-4471209.htm", None),  # no such month
        ("https://news.example.com/item-2025031-447.htm", None),  # seven digits: a serial
        ("https://m.example.cn/detail?id=882&pubdate=20250804", "2025-08-04"),  # a date parameter
        ("https://m.example.cn/show.php?date=2025-08-04&id=7", "2025-08-04"),
        ("https://m.example.cn/detail?id=20250804", None),  # an id that looks like a date
        ("https://m.example.cn/detail?pubdate=20251340", None),  # no such month
        ("https://m.example.cn/news/2025_08_04_28731.shtml", "2025-08-04"),  # underscores, then a serial
        ("https://m.example.cn/news/2025_13_04_28731.shtml", None),  # no such month
        ("https://new.example.com/rain/a/20250804A02KQP00", "2025-08-04"),  # a portal's story id
        ("https://new.example.com/rain/a/20250804A0", None),  # too short a serial for an id
        ("https://www.example.cn/news/2025/08/88213.html", "2025-08"),  # year and month folders
    ],
)
def test_url_date(url: str, expected: str | None) -> None:
    found = url_date(url)
    assert (found[0] if found else None) == expected


def test_day_first_dates_with_dots() -> None:
    assert parse_date("28.08.2019") == "2019-08-28"
    assert parse_date("05.09.2023 · 欧洲时报") == "2023-09-05"
    assert parse_date("v1.2.2019") is None  # a version number


def test_a_record_takes_its_date_from_the_link() -> None:
    article = run("正文第一段，说了一件事。", url="https://www.example.com/a/20240527/4471209.html")
    assert article.published == "2024-05-27"
    assert article.evidence["published"]["from"] == "url:yyyymmdd"


def test_a_date_glued_to_the_author_is_the_published_date() -> None:
    article = run("人工智能课进小学\n\n来源：少年科普报　作者：孙悦　2024-09-02\n\n9月1日，学校开了一门课。")
    assert (article.author, article.published, article.source) == ("孙悦", "2024-09-02", "少年科普报")


def test_a_date_and_outlet_line_above_the_title() -> None:
    text = "2025-03-18 10:59 央视网\n\n我国算力总规模位居全球第二\n\n记者3月17日从国家数据局获悉，算力规模居全球第二。"
    article = run(text)
    assert (article.published, article.source) == ("2025-03-18T10:59:00", "央视网")
    assert article.title == "我国算力总规模位居全球第二"


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("21世纪经济报道记者 杨帆 北京报道", "杨帆", "21世纪经济报道"),
        ("解放日报记者 王海燕", "王海燕", "解放日报"),
        ("记者注意到，今年以来", None, None),  # story, not a byline
        ("本报记者王小明", "王小明", None),
    ],
)
def test_reporter_bylines(line: str, author: str | None, source: str | None) -> None:
    found = read_line(line)
    assert found.get("author") == author
    assert tidy_source(found.get("byline_source")) == source


def test_compilers_notes_and_work_codes_name_nobody() -> None:
    assert tidy_people("网络整理") is None and tidy_source("网络整理") is None and tidy_people("整理") is None
    assert tidy_people("钟齐鸣_NBJ11261") == "钟齐鸣"
    assert tidy_people("罗亦丹 编辑 徐超") == "罗亦丹"


PORTAL = """<html><head><title>{title}_网易科技</title><meta name="author" content="网易"></head><body>
<h1>{title}</h1><div class="post_info">2025-01-16 10:00:21　来源: <a href="#">澎湃新闻</a></div>
<div class="post_body"><p>1月15日，一家公司在北京发布了新一代基座模型，并宣布面向开发者开放接口，推理成本大幅下降。</p>
<p>公司负责人在发布会上介绍，新模型的上下文长度提升至100万个token，已有超过三千家企业接入开放平台。</p>
<div class="post_author">本文来源：澎湃新闻 作者：李晓芸<br>责任编辑：钟齐鸣_NBJ11261</div></div></body></html>"""


def test_the_portal_in_meta_author_is_no_author() -> None:
    article = run_page(PORTAL.format(title="智谱发布新一代基座模型，推理成本下降八成"))
    assert (article.source, article.author, article.editor) == ("澎湃新闻", "李晓芸", "钟齐鸣")
    assert article.evidence["published"]["from"] == "line"


WECHAT = """<html><head><title>一年融资超百亿</title><meta name="author" content="林夕"></head><body>
<h1 class="rich_media_title">一年融资超百亿，具身智能赛道冷思考</h1>
<div id="meta_content"><span>林夕</span> <a id="js_name">智能涌现观察</a>
<em id="publish_time">2024-08-09 18:02</em></div>
<div id="js_content"><p>今年以来，具身智能成为一级市场最热门的赛道之一，多家公司完成新一轮融资，金额屡创新高。</p>
<p>多位投资人提醒，人形机器人的商业化仍需时间，去年行业整体出货量不足五千台，订单仍以科研为主。</p>
<p>图片来源：视觉中国</p></div></body></html>"""


def test_a_self_media_account_is_the_source_not_a_photo_credit() -> None:
    article = run_page(WECHAT)
    assert (article.source, article.author) == ("智能涌现观察", "林夕")
    assert article.evidence["source"]["from"] == "account"


def test_a_paragraph_of_the_authors_names_is_a_byline() -> None:
    article = run(
        "周敏、韩旭\n\n4月17日，上海发布具身智能行动方案，提出到2027年产业规模突破千亿元。", author="周敏、韩旭"
    )
    assert article.body.startswith("4月17日") and article.author == "周敏、韩旭"


def test_a_blog_owner_author_says_so_and_carries_its_own_measured_confidence() -> None:
    from aiwatch.meta.confidence import load_table

    html = (
        "<html><body><h1><a href='http://blog.example.com/wanglin/'>王林</a></h1><h2>江边的学校</h2>"
        "<p>那年春天，我在山城的一所中学教书，每天清晨沿着江边的石阶去学校，看雾从江面上慢慢散开。</p>"
        "<p>后来回想起来，那是我一生中最安静的一段日子，也是我开始写作的时候，许多事都从那里开始。</p>"
        "</body></html>"
    )
    article = run_page(html)
    assert article.author == "王林"
    assert article.evidence["author"]["from"] == "link blog owner"
    # calibrated with the other ways of finding an author (bench/eval_facts.py --calibrate), not the default
    table = load_table()["metadata"]
    assert "author link" in table
    assert article.evidence["author"]["confidence"] == round(table["author link"], 3)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # outlet | date | reporter: each field between spaced bars read alone
        (
            "海滨新闻网 | 2025-06-02 09:30 | 记者：林晓",
            {"published": "2025-06-02T09:30:00", "source": "海滨新闻网", "author": "林晓"},
        ),
        ("2025-06-02 09:30 | 记者 林晓", {"published": "2025-06-02T09:30:00", "author": "林晓"}),
        ("来源：某某日报 | 记者 王明 | 编辑 李华", {"source": "某某日报", "author": "王明", "editor": "李华"}),
    ],
)
def test_fields_between_spaced_bars(line: str, expected: dict[str, str]) -> None:
    found = read_line(line)
    assert {key: found.get(key) for key in expected} == expected
