"""The meta stage: which evidence wins for each field, and the warnings left on repairs."""

from __future__ import annotations

import re

import pytest

from aiwatch.article import Article
from aiwatch.meta import extract_metadata
from aiwatch.meta.language import detect_language
from aiwatch.meta.people import is_outlet, tidy_people, tidy_source, tidy_writers
from aiwatch.meta.title import choose_title, is_mangled, strip_site_suffix
from aiwatch.options import Options
from aiwatch.pipeline import process_input
from aiwatch.read.inputs import Input
from conftest import run_stage

STORY = "上海人工智能相关企业达1200家以上，规上产业规模不完全统计为2000多亿元。"
OPTIONS = Options(analyze=False)


def run(raw: str, kind: str = "text", **hints: str) -> Article:
    article = Article(path="t", format="text", raw=raw, raw_kind=kind, hints=dict(hints))
    return extract_metadata(run_stage("clean", article, OPTIONS), OPTIONS)


# --- title ------------------------------------------------------------------------------------


def test_original_title_repairs_a_mangled_title() -> None:
    # Seed 004: the export replaced the quotes of “十四五” with "_".
    raw = "<p>\u3000\u3000原标题：上海着力打造人工智能高地，“十四五”要做这几件事</p><p>" + STORY + "</p>"
    article = run(raw, kind="html", title="上海着力打造人工智能高地，_十四五_要做这几件事")
    assert article.title == "上海着力打造人工智能高地，“十四五”要做这几件事"
    assert any("原标题" in w for w in article.warnings)
    assert article.body == STORY


def test_a_clean_given_title_beats_original_title() -> None:
    raw = f"原标题：商汤发布大模型\n\n{STORY}"
    article = run(raw, title="商汤科技发布新一代大模型“日日新”")
    assert article.title == "商汤科技发布新一代大模型“日日新”"
    assert article.hints["original_title"] == "商汤发布大模型"
    assert article.warnings == []


def test_trailing_title_label_names_a_plain_text() -> None:
    # Seed 001 ends with 来源:/标题:/地址: lines.
    raw = f"{STORY}\n\n来源:上海热线新闻网\n\n标题:徐汇区区长方世忠:打造AI产业需要三颗心\n\n地址:http://www.shcafe.org/shzxxw/32668.html"
    article = run(raw)
    assert (article.title, article.source, article.url) == (
        "徐汇区区长方世忠:打造AI产业需要三颗心",
        "上海热线新闻网",
        "http://www.shcafe.org/shzxxw/32668.html",
    )
    assert article.body == STORY


def test_no_title_stays_none() -> None:
    assert run(STORY).title is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("张江人工智能岛入选_新浪财经_新浪网", "张江人工智能岛入选"),
        ("商汤科技助力守“沪” - 新华网", "商汤科技助力守“沪”"),
        ("上海着力打造人工智能高地，_十四五_要做这几件事", "上海着力打造人工智能高地，_十四五_要做这几件事"),
        ("新闻 - 新华网", "新闻 - 新华网"),  # what is left would be too short to be a title
    ],
)
def test_strip_site_suffix(title: str, expected: str) -> None:
    assert strip_site_suffix(title) == expected


def test_mangled_signs() -> None:
    assert is_mangled("上海着力打造人工智能高地，_十四五_要做这几件事")
    assert is_mangled("商汤&quot;日日新&quot;发布")
    assert not is_mangled("AI_Lab 发布新模型")


def test_entities_in_a_title_are_decoded() -> None:
    assert choose_title("商汤&quot;日日新&quot;发布", None, None).title == '商汤"日日新"发布'


# --- date, url --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2022-04-24 19:27:09 +0800", "2022-04-24T19:27:09+08:00"),  # seed 003
        ("Fri, 05 Nov 2021 09:03:49 GMT", "2021-11-05T09:03:49+00:00"),  # seed 004
    ],
)
def test_published_keeps_time_and_offset(given: str, expected: str) -> None:
    assert run(STORY, published=given).published == expected


def test_published_from_a_label_line() -> None:
    assert run(f"发布时间:2020-12-10    来源:张江高科技园区官网\n\n{STORY}").published == "2020-12-10"


def test_text_time_refines_a_date_only_hint() -> None:
    assert run(f"发布时间：2020-12-10 10:30\n\n{STORY}", published="2020-12-10").published == "2020-12-10T10:30:00"


def test_unreadable_date_is_none_with_a_warning() -> None:
    article = run(STORY, published="上周五")
    assert article.published is None
    assert any("上周五" in w for w in article.warnings)


def test_bare_url_under_the_story_is_the_link() -> None:
    article = run(f"{STORY}\n\n<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW1>")
    assert article.url == "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW1"


def test_reader_url_wins_over_text() -> None:
    article = run(f"{STORY}\n\n原文链接：http://b.example.com/2", url="http://a.example.com/1")
    assert article.url == "http://a.example.com/1"


def test_labelled_url_beats_bare_url() -> None:
    article = run(f"{STORY}\n\nhttp://share.example.com/x\n\n原文链接：http://news.example.com/1.html")
    assert article.url == "http://news.example.com/1.html"


# --- people -----------------------------------------------------------------------------------


def test_outlet_named_as_author_is_the_source() -> None:
    article = run(STORY, author="新浪财经")
    assert (article.source, article.author) == ("新浪财经", None)
    assert any("outlet" in w for w in article.warnings)


def test_person_author_stays_author() -> None:
    article = run(STORY, author="王小明")
    assert (article.source, article.author) == (None, "王小明")


def test_text_source_beats_hint_source() -> None:
    # The crawler's site field names where it was found; 来源 names who wrote it.
    article = run(f"{STORY}\n\n（文章来源：经济参考网）", source="东方财富网")
    assert article.source == "经济参考网"


def test_editor_and_reporters() -> None:
    article = run(f"本报记者 王小明 李四\n\n{STORY}\n\n（责任编辑：张亚楠 SF183）")
    assert article.editor == "张亚楠"
    assert article.author is None or article.author == "王小明、李四"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("微信公众号“硅谷洞察”（ID：guigudiyixian）", "硅谷洞察"),
        ("新华社 记者 张三", "新华社"),
        ("《经济参考报》", "经济参考报"),
        ("澎湃新闻", "澎湃新闻"),
        # a paper's website reprinting the paper: the paper wrote the story
        ("江湾网－江湾日报", "江湾日报"),
        ("江湾网-《江湾日报》", "江湾日报"),
        ("江湾网", "江湾网"),
        # a paper's website and the paper: the paper
        ("东岭网－东岭日报", "东岭日报"),
        ("青川网-《青川晚报》", "青川晚报"),
        # a bracketed part of the name stays, brackets around the whole go
        ("市经信局（市数字经济局）", "市经信局（市数字经济局）"),
        ("（青川晚报）", "青川晚报"),
        # a portal's badge after the account
        ("东岭商报新浪财经官方", "东岭商报"),
        # a press group's app
        ("东岭报业传媒集团东岭+客户端", "东岭+"),
        # a periodical and its issue: the periodical
        ("《青川论坛》2025/02", "青川论坛"),
        ("《青川论坛》2025年第3期", "青川论坛"),
        ("《青川周刊》第12期", "青川周刊"),
    ],
)
def test_tidy_source(value: str, expected: str) -> None:
    assert tidy_source(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("记者 王小明 李四", "王小明、李四"),
        ("张亚楠 SF183", "张亚楠"),
        ("文/张三", "张三"),
        ("Ugo Valenti", "Ugo Valenti"),
        ("赵一明、财报编辑、钱晓", "赵一明"),  # the outlet's editor role ends the reporters
        ("潮声新闻记者 周航", "周航"),  # the outlet's reporter role is no name
    ],
)
def test_tidy_people(value: str, expected: str) -> None:
    assert tidy_people(value) == expected


@pytest.mark.parametrize(
    "name", ["新浪财经", "澎湃新闻", "经济参考网", "新华社", "上海热线新闻网", "张江高科技园区官网"]
)
def test_outlets(name: str) -> None:
    assert is_outlet(name)


@pytest.mark.parametrize("name", ["王小明", "张亚楠", "欧阳修", "Ugo Valenti"])
def test_people_are_not_outlets(name: str) -> None:
    assert not is_outlet(name)


# --- language, categories, record fields ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STORY, "zh"),
        ("全球智慧城市大会明日之城CEO Ugo Valenti代表2020全球智慧城市大会组委会预祝本次活动圆满成功。", "zh"),
        ("SenseTime is one of the largest AI companies in the world and it is based in Hong Kong.", "en"),
        ("人工知能の研究は東京で進められている。", "ja"),
        ("Le gouvernement français a présenté sa stratégie nationale.", None),
        ("AI", None),
        ("", None),
    ],
)
def test_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_categories_and_tags_are_deduplicated() -> None:
    article = Article(path="t", format="frontmatter", raw=STORY, categories=["金融", "金融 "], tags=["AI", "AI"])
    article = extract_metadata(run_stage("clean", article, OPTIONS), OPTIONS)
    assert (article.categories, article.tags) == (["金融"], ["AI"])


def test_record_event_summary_reaches_the_article() -> None:
    article = run(STORY, event_summary="重大事件包括：李强书记到访商汤。")
    assert article.event_summary == "重大事件包括：李强书记到访商汤。"


def test_meta_runs_without_the_clean_stage() -> None:
    article = Article(path="t", format="text", body=STORY, hints={"title": "标题", "author": "新浪财经"})
    article = extract_metadata(article, OPTIONS)
    assert (article.title, article.source, article.language) == ("标题", "新浪财经", "zh")


def test_markdown_post_with_outlet_suffix_and_wechat_note() -> None:
    # A Hexo post: the front-matter title carries the outlet, the body repeats the title as # heading,
    # the outlet is also the front-matter author, and the WeChat note names the writer.
    raw = (
        "# 百度发布文心大模型4.0\n\n> 本文来自微信公众号“机器之心”（ID：almosthuman2014），作者：李泽南\n\n"
        f"{STORY}\n\n更多精彩内容请下载机器之心APP\n"
    )
    article = run(raw, kind="markdown", title="百度发布文心大模型4.0 | 机器之心", author="机器之心")
    assert (article.title, article.source, article.author) == ("百度发布文心大模型4.0", "机器之心", "李泽南")
    assert article.body == STORY
    assert len(article.warnings) == 2


def test_byline_and_date_lines_above_the_story() -> None:
    article = run(f"记者 王大明\n2023-10-17 10:30\n\n{STORY}")
    assert (article.author, article.published, article.title) == ("王大明", "2023-10-17T10:30:00", None)
    assert article.body == STORY


def test_site_name_in_title_known_from_the_source() -> None:
    assert strip_site_suffix("百度发布文心大模型4.0 | 机器之心", ("机器之心",)) == "百度发布文心大模型4.0"
    assert strip_site_suffix("百度发布文心大模型4.0 | 机器之心") == "百度发布文心大模型4.0 | 机器之心"


def test_noisy_portal_text() -> None:
    # A scraped portal page with most kinds of furniture around a two-paragraph story.
    raw = "\n".join(
        [
            "科技频道 欢迎您",
            "当前位置：首页 » 科技 » 人工智能",
            "百度发布文心大模型4.0",
            "——访百度首席技术官王海峰",
            "2023年10月17日 星期二 10:30　来源：北京日报　作者：李明",
            "【字号 大 中 小】【打印】",
            "",
            f"　　{STORY}",
            "",
            "　　百度首席技术官王海峰表示，新模型在理解、生成、逻辑和记忆四项能力上都有明显提升。",
            "",
            "关键词：大模型 百度",
            "（责任编辑：张三）",
            "免责声明：本文仅代表作者个人观点，与本网无关。",
            "网友评论",
            "我来说两句",
            "相关新闻",
            "百度世界大会开幕",
            "打印本页 关闭窗口",
            "Copyright © 2023 某某网 版权所有",
        ]
    )
    article = run(raw)
    assert article.title == "百度发布文心大模型4.0"
    assert (article.published, article.source, article.author, article.editor) == (
        "2023-10-17T10:30:00",
        "北京日报",
        "李明",
        "张三",
    )
    assert article.tags == ["大模型", "百度"]
    assert article.body.split("\n\n") == [
        "——访百度首席技术官王海峰",
        STORY,
        "百度首席技术官王海峰表示，新模型在理解、生成、逻辑和记忆四项能力上都有明显提升。",
    ]


@pytest.mark.parametrize(
    ("given", "part", "expected"),
    [
        ("多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业", None, "播客热潮迅速蔓延 挑逗传统传媒业"),
        ("季度财报 | 商汤科技营收大幅增长", None, "季度财报 | 商汤科技营收大幅增长"),  # a topic, not a site
        ("博客堂 > 很高兴入住博客堂", "很高兴入住博客堂", "很高兴入住博客堂"),
        ('简单道理捅破"飞人"神话 耐克鞋的气垫"伤机"', None, '简单道理捅破"飞人"神话 耐克鞋的气垫"伤机"'),
        ('"商汤发布新模型"', None, "商汤发布新模型"),
    ],
)
def test_title_prefixes_and_quotes(given: str, part: str | None, expected: str) -> None:
    assert choose_title(given, None, None, (), part).title == expected


def test_a_number_is_not_a_title() -> None:
    choice = choose_title("1", None, "商汤科技发布新一代大模型")
    assert choice.title == "商汤科技发布新一代大模型"
    assert "not a title" in choice.warning


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("赵 培", "赵培"),
        ("L_104485", None),
        ("佚名", None),
        ("Discuz! Team and Comsenz UI Team", None),
        ("王小明 李 四", "王小明、李四"),
    ],
)
def test_people_that_are_nobody_or_padded(value: str, expected: str | None) -> None:
    assert tidy_people(value) == expected


@pytest.mark.parametrize("value", ["转载文章", "本站", "网络"])
def test_sources_that_name_nobody(value: str) -> None:
    assert tidy_source(value) is None


def test_software_credit_author_is_dropped_silently() -> None:
    article = run(STORY, author="Discuz! Team and Comsenz UI Team")
    assert (article.source, article.author, article.warnings) == (None, None, [])


def test_metadata_already_on_the_article_is_kept() -> None:
    article = Article(
        path="t", format="json", body=STORY, title="商汤发布新模型", source="新浪财经", published="2021-11-05"
    )
    article = extract_metadata(article, OPTIONS)
    assert (article.title, article.source, article.published) == ("商汤发布新模型", "新浪财经", "2021-11-05")


def test_a_meta_author_that_names_no_one_yields_to_the_byline() -> None:
    article = run(STORY, author="L_104485", _lines={"author": "葛灵丹"})
    assert article.author == "葛灵丹"
    assert run(STORY, author="L_104485", _lines={"author": "新华日报"}).author is None


def test_a_meta_author_that_is_the_pages_editor_yields_to_the_byline() -> None:
    article = run(STORY, author="柯一禾", editor="柯一禾", _lines={"author": "郁安", "editor": "柯一禾"})
    assert (article.author, article.editor) == ("郁安", "柯一禾")
    # a page that names no writer keeps its editor as the author (a real page's 责任编辑 in the slot)
    assert run(STORY, author="柯一禾", editor="柯一禾", _lines={"editor": "柯一禾"}).author == "柯一禾"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("文溪", "文溪"),
        ("责任编辑：文静", "文静"),
        ("文/王梓涵", "王梓涵"),
        ("文 王梓涵", "王梓涵"),
        ("文｜韩露", "韩露"),
    ],
)
def test_a_bare_wen_is_a_label_only_before_a_separator(value: str, expected: str) -> None:
    assert tidy_people(value) == expected


def test_a_wechat_header_with_bars_for_colons() -> None:
    raw = (
        "某某精密交付百台设备 产线提速\n\n来源 | 机床观察（ID：jichuangguancha）\n\n"
        f"作者 | 宁远　编辑 | 小满\n\n2025-03-02 09:10\n\n{STORY}"
    )
    article = run(raw)
    assert (article.title, article.source, article.author, article.editor) == (
        "某某精密交付百台设备 产线提速",
        "机床观察",
        "宁远",
        "小满",
    )
    assert article.body == STORY
    assert tidy_source("机床观察（ID：jichuangguancha") == "机床观察"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("记者丨柯一禾 编辑丨郁安", (None, "柯一禾", "郁安")),
        ("出品 | 江湾观察　作者 | 柯一禾", ("江湾观察", "柯一禾", None)),
        ("采写：山城晨报记者 柯一禾", (None, "柯一禾", None)),
        ("文/图 柯一禾", (None, "柯一禾", None)),
        ("撰文 / 柯一禾　编辑 / 郁安", (None, "柯一禾", "郁安")),
        ("山城晨报记者 柯一禾 通讯员 江柳 报道", ("山城晨报", "柯一禾、江柳", None)),
        ("来源：山城晨报（记者 柯一禾）", ("山城晨报", "柯一禾", None)),
    ],
)
def test_text_metadata_lines_in_more_shapes(line: str, expected: tuple) -> None:
    for raw in (
        f"某某发布新模型 首批客户完成部署\n\n{line}\n\n{STORY}",
        f"某某发布新模型 首批客户完成部署\n\n{STORY}\n\n{line}",
    ):
        article = run(raw)
        assert (article.source, article.author, article.editor) == expected
        assert article.body == STORY


def test_the_outlet_of_a_dateline_is_the_source_when_nothing_else_names_one() -> None:
    story = "江南日报讯 3月5日，青石智能科技有限公司发布新一代工业质检大模型。"
    assert run(f"青石智能发布新模型\n\n{story}").source == "江南日报"
    wire = "新华社北京3月5日电（记者 柯一禾）3月5日，青石智能科技有限公司发布新一代工业质检大模型。"
    article = run(f"青石智能发布新模型\n\n{wire}")
    assert (article.source, article.author) == ("新华社", "柯一禾")
    # a 来源 line names the outlet that carries it
    assert run(f"青石智能发布新模型\n\n来源：山城晚报\n\n{wire}").source == "山城晚报"
    assert run(f"青石智能发布新模型\n\n本报讯 {STORY}").source is None


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("（编辑 柯一禾）", "柯一禾"),
        ("本文编辑：柯一禾", "柯一禾"),
        ("编辑：柯一禾 实习生：郁安", "柯一禾"),
        ("（本版编辑：柯一禾　校对：郁安）", "柯一禾"),  # a newspaper page's editor and proofreader
    ],
)
def test_editor_lines_in_more_shapes(line: str, editor: str) -> None:
    article = run(f"某某发布新模型 首批客户完成部署\n\n{STORY}\n\n{line}")
    assert (article.editor, article.body) == (editor, STORY)


HEADLINE = "青石智能发布工业质检大模型 首批客户完成部署"


@pytest.mark.parametrize(
    "lines",
    [
        [HEADLINE, "山城日报　2026-03-11　第2版", "记者 柯一禾　通讯员 郁安"],
        ["山城日报 2026年3月11日 第03版：要闻", HEADLINE, "记者 柯一禾　通讯员 郁安"],
        ["2026年3月11日 星期三 山城日报 A03版", HEADLINE, "记者 柯一禾　通讯员 郁安"],
    ],
)
def test_a_newspaper_page_header_is_metadata_not_the_title(lines: list[str]) -> None:
    # An e-paper's header line (the paper, the date, the page) above or under the headline.
    article = run("\n\n".join([*lines, STORY, "（编辑：江柳）"]))
    assert (article.title, article.published, article.source) == (
        "青石智能发布工业质检大模型 首批客户完成部署",
        "2026-03-11",
        "山城日报",
    )
    assert (article.author, article.editor, article.body) == ("柯一禾、郁安", "江柳", STORY)


@pytest.mark.parametrize(
    "section", ["办公室", "市教育局办公室", "综合处", "宣传科", "区融媒体中心", "纳税服务科", "安全管理股"]
)
def test_an_office_in_the_author_slot_is_no_author(section: str) -> None:
    # A government page credits the section that posted it: the body is the source, no one the author.
    line = f"日期：2026年04月08日　来源：青岚市教育局　作者：{section}"
    article = run(f"青岚市启动智慧保育试点 首批40所公办园参与\n\n{line}\n\n{STORY}")
    assert (article.source, article.author, article.published) == ("青岚市教育局", None, "2026-04-08")
    assert tidy_people(f"柯一禾　{section}") == "柯一禾"
    assert tidy_people("柯科") == "柯科"


def test_a_bare_date_and_an_outlet_between_bars_before_a_labelled_writer() -> None:
    line = "2026.06.03 | 江湾时报 | 文/柯一禾"
    article = run(f"青石智能发布工业质检大模型 首批客户完成部署\n\n{line}\n\n{STORY}")
    assert (article.title, article.published, article.source, article.author) == (
        "青石智能发布工业质检大模型 首批客户完成部署",
        "2026-06-03",
        "江湾时报",
        "柯一禾",
    )
    # the same line under an HTML page's headline
    from aiwatch.read.htmlmeta import read_line

    assert read_line(line) == {"published": "2026-06-03", "source": "江湾时报", "author": "柯一禾"}
    assert read_line("2026.06.03 | 作者：柯一禾") == {"published": "2026-06-03", "author": "柯一禾"}
    # a section's two-character name beside the date is no outlet
    assert run(f"{HEADLINE}\n\n科技 | 2026-06-03 | 作者：柯一禾\n\n{STORY}").source is None


def test_an_editor_named_in_the_author_slot_is_the_editor() -> None:
    # A WeChat post's <meta name="author"> holds its whole header line: writer and editor.
    article = run(STORY, author="作者 | 柯一禾　编辑 | 郁安")
    assert (article.author, article.editor) == ("柯一禾", "郁安")
    assert article.evidence["editor"]["text"] == "作者 | 柯一禾　编辑 | 郁安"
    assert run(STORY, author="柯一禾").editor is None


@pytest.mark.parametrize("note", ["综合整理", "科技前沿圈综合整理", "江湾观察综合编译"])
def test_a_compilers_note_in_the_author_slot_is_no_author(note: str) -> None:
    # 综合整理 after an account's name says the post was put together from others: no one wrote it.
    assert tidy_people(note) is None
    assert tidy_people("柯一禾") == "柯一禾"


def test_a_crawler_dump_gives_its_headline_date_and_address() -> None:
    # The frame, the fetch time and the address above the headline are metadata; the fetch time is
    # no publish date, the site | date | writer line under the headline is.
    page = "\n\n".join(
        [
            "=== 抓取记录 #10233 ===",
            "抓取时间: 2026-03-12 01:10:05",
            "URL: https://www.example-news.cn/a/1001.html",
            "青石智能发布工业质检大模型 首批客户完成部署",
            "科讯网 | 2026-03-11 18:20 | 作者：柯一禾",
            STORY,
            "--- END ---",
        ]
    )
    article = run(page)
    assert (article.title, article.published, article.source, article.author, article.url) == (
        "青石智能发布工业质检大模型 首批客户完成部署",
        "2026-03-11T18:20:00",
        "科讯网",
        "柯一禾",
        "https://www.example-news.cn/a/1001.html",
    )
    assert article.body == STORY


def test_an_rss_item_written_out_as_text_gives_title_link_and_pubdate() -> None:
    # A feed reader's dump of one item: the item's tag, then title / link / pubDate lines (an
    # RFC 822 date with its offset) before the story.
    page = "\n\n".join(
        [
            "<item>",
            "title: 青石智能发布工业质检大模型 首批客户完成部署",
            "link: https://www.example-news.cn/a/1001.html",
            "pubDate: Wed, 11 Mar 2026 18:20:00 +0800",
            "guid: 1001",
            STORY,
            "</item>",
        ]
    )
    article = run(page)
    assert (article.title, article.published, article.url) == (
        "青石智能发布工业质检大模型 首批客户完成部署",
        "2026-03-11T18:20:00+08:00",
        "https://www.example-news.cn/a/1001.html",
    )
    assert article.body == STORY


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("记者 柯一禾 实习生 郁安", "柯一禾、郁安"),
        ("本报记者 柯一禾 实习生：郁安", "柯一禾、郁安"),
        ("编辑：柯一禾 实习生：郁安", "柯一禾"),
    ],
)
def test_an_intern_beside_a_reporter_is_an_author(value: str, authors: str) -> None:
    assert tidy_people(value) == authors


def test_a_feed_dump_under_its_feed_label_gives_the_headline_and_the_byline() -> None:
    # The feed's label line opens the dump; the headline sits under the pubDate line, and the
    # byline names the outlet's 讯, the reporter and the time.
    page = "\n\n".join(
        [
            "[RSS] 科技频道 · 科讯网",
            "pubDate: Wed, 11 Mar 2026 18:20:00 +0800",
            "青石智能发布工业质检大模型 首批客户完成部署",
            "科讯网讯 记者 柯一禾　18:20",
            STORY,
            "（编辑：郁安）",
        ]
    )
    article = run(page)
    assert (article.title, article.source, article.author, article.editor) == (
        "青石智能发布工业质检大模型 首批客户完成部署",
        "科讯网",
        "柯一禾",
        "郁安",
    )
    assert article.body == STORY


def test_a_government_notice_line_with_its_index_number_and_print_button() -> None:
    # 索引号 … 发布日期 … 来源 … 分类 … 打印: one metadata line; the department is the source, and the
    # weak 分类 counts beside the strong labels
    page = "\n\n".join(
        [
            "青石市种业数字化管理系统上线运行",
            "索引号：000014672/2026-05031 发布日期：2026-03-11 来源：种业管理处 分类：种业 打印",
            STORY,
            "【纠错】 【责任编辑：郁安】",
        ]
    )
    article = run(page)
    assert (article.published[:10], article.source, article.editor) == ("2026-03-11", "种业管理处", "郁安")
    assert article.body == STORY


def test_a_key_value_crawler_dump_gives_its_headline_address_and_labelled_line() -> None:
    # A crawler writing key=value lines (its id, the address, the fetch time, the HTTP status) above
    # the page's text; the fetch time is no publish date, and 来源于 names the outlet.
    page = "\n\n".join(
        [
            "crawl_id=kx-20260312-00031",
            "url=https://www.example-news.cn/a/1001.html",
            "fetched_at=2026-03-12T01:10:05Z",
            "status=200",
            "青石智能发布工业质检大模型 首批客户完成部署",
            "2026年3月11日 18:20　来源于：科讯日报　作者：柯一禾",
            STORY,
        ]
    )
    article = run(page)
    assert (article.title, article.published, article.source, article.author, article.url) == (
        "青石智能发布工业质检大模型 首批客户完成部署",
        "2026-03-11T18:20:00",
        "科讯日报",
        "柯一禾",
        "https://www.example-news.cn/a/1001.html",
    )
    assert article.body == STORY


def test_an_epaper_page_named_above_its_date_line_with_a_long_byline_name() -> None:
    # The paper's name on a line of its own (某某报电子版), then the date, weekday and page, the
    # page-turning links, the headline and a subtitle, a byline whose second name is a Uyghur name
    # (longer than a Han name, its parts joined by ·), and layout credits beside the editor.
    page = "\n\n".join(
        [
            "江湾科技报电子版",
            "2026年03月11日　星期三　第05版：产业",
            "<<上一版　下一版>>",
            "青石智能工业质检大模型获准在产线应用",
            "——一家制造企业的数字化见闻",
            "本报记者　柯一禾　通讯员　阿依古丽·买买提",
            STORY,
            "责任编辑：郁安　版式设计：江柳",
        ]
    )
    article = run(page)
    assert (article.title, article.published[:10], article.source, article.author, article.editor) == (
        "青石智能工业质检大模型获准在产线应用",
        "2026-03-11",
        "江湾科技报",
        "柯一禾、阿依古丽·买买提",
        "郁安",
    )


def test_a_notice_dated_as_a_document_and_as_a_page_takes_the_page_date(tmp_path) -> None:
    # 发文日期 dates the document, 发布日期 the page: the page's date is the publish date, in text
    # and in an HTML page's info line alike.
    line = "发文日期：2026-03-09　发布日期：2026-03-11　来源：市科技局"
    assert run("\n\n".join(["青石市印发智能制造行动方案", line, STORY])).published[:10] == "2026-03-11"
    html = (
        "<html><head><title>青石市印发智能制造行动方案</title></head><body><h1>青石市印发智能制造行动方案</h1>"
        f"<div class='info'>发布机构：青石市科技局　{line}</div><div class='content'><p>{STORY}</p>"
        f"<p>{STORY}</p></div></body></html>"
    )
    path = tmp_path / "notice.html"
    path.write_text(html, encoding="utf-8")
    (article,) = process_input(Input(str(path), path), OPTIONS).articles
    assert article.published[:10] == "2026-03-11"
    # only a document date: it is the page's
    only_document = run("\n\n".join(["青石市印发智能制造行动方案", "成文日期：2026-03-09", STORY]))
    assert only_document.published[:10] == "2026-03-09"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("文字：柯一禾；排版：郁安", "柯一禾"),
        ("文字：柯一禾 美编：郁安", "柯一禾"),
        ("柯一禾、版式设计：郁安", "柯一禾"),
    ],
)
def test_writing_credits_beside_layout_credits(value: str, expected: str) -> None:
    assert tidy_people(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("江南日报·江南新闻客户端", "江南日报"),
        ("江湾商报·读江APP", "江湾商报"),
        ("新京报贝壳财经", "新京报贝壳财经"),  # a desk of the paper, no app: the more exact name stays
    ],
)
def test_a_paper_app_is_the_paper(value: str, expected: str) -> None:
    assert tidy_source(value) == expected


# --- the sixteenth pass: shapes no set had shown --------------------------------------------------


def test_the_account_named_with_the_writer_in_the_author_slot_is_no_author() -> None:
    # A WeChat post's <meta name="author" content="江湾观察 柯一禾">: the account, then the writer.
    article = run(STORY, account="江湾观察", author="江湾观察 柯一禾")
    assert (article.source, article.author) == ("江湾观察", "柯一禾")
    # a portal among the names goes too, the writer stays
    assert run(STORY, author="网易、柯一禾").author == "柯一禾"


def test_a_reprints_headline_over_its_original_title_is_the_title() -> None:
    raw = f"{HEADLINE}\n\n原标题：青石大模型进入产线 首批客户完成部署\n\n2026-03-11 09:41:27　来源：山城日报\n\n{STORY}"
    article = run(raw)
    assert article.title == HEADLINE
    assert article.hints["original_title"] == "青石大模型进入产线 首批客户完成部署"
    # the original title alone still names the story
    assert run(f"原标题：青石大模型进入产线\n\n{STORY}").title == "青石大模型进入产线"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("稿源：山城日报　发稿时间：2026-03-11 09:12", ("2026-03-11T09:12:00", "山城日报", None)),
        ("2026-03-11 09:12　来自：江湾观察", ("2026-03-11T09:12:00", "江湾观察", None)),
        ("发布于 2026-03-11 09:12　来源：山城日报", ("2026-03-11T09:12:00", "山城日报", None)),
        ("转自：山城日报\n\n2026年3月11日 09:12", ("2026-03-11T09:12:00", "山城日报", None)),
        ("2026-03-11\n\n摘自：山城日报", ("2026-03-11", "山城日报", None)),
        ("出处：山城日报 2026-03-11", ("2026-03-11", "山城日报", None)),
        ("2026-03-11\n\n文字：柯一禾　摄影：郁安", ("2026-03-11", None, "柯一禾")),
        ("发布人：柯一禾　发布时间：2026-03-11", ("2026-03-11", None, "柯一禾")),
        ("2026年03月11日 09:12:33　来自江湾日报", ("2026-03-11T09:12:33", "江湾日报", None)),
        ("原创 柯一禾 江湾观察 2026-03-11 09:12", ("2026-03-11T09:12:00", "江湾观察", "柯一禾")),
        ("江湾观察 2026-03-11 09:12 发布于江苏", ("2026-03-11T09:12:00", "江湾观察", None)),
        ("2026-03-11 09:12 · 江苏", ("2026-03-11T09:12:00", None, None)),  # where it was posted: no outlet
        ("2026-03-11T09:12:00+08:00 山城日报", ("2026-03-11T09:12:00+08:00", "山城日报", None)),
        # an edit's date yields to the publication's, whichever comes first
        ("更新时间：2026-03-13 10:00　发布时间：2026-03-11 09:12", ("2026-03-11T09:12:00", None, None)),
        ("发布时间：2026-03-11 09:12\n\n更新于 2026-03-13 10:00", ("2026-03-11T09:12:00", None, None)),
    ],
)
def test_header_lines_of_more_sites(line: str, expected: tuple) -> None:
    # Each header line is read and leaves the body, and none of them is taken for the headline.
    article = run(f"{HEADLINE}\n\n{line}\n\n{STORY}")
    assert (article.published, article.source, article.author) == expected
    assert (article.title, article.body) == (HEADLINE, STORY)


@pytest.mark.parametrize(
    "line", ["03-11 09:12 来源：山城日报", "山城日报 柯一禾 2026/03/11", "2026年03月11日 09:12 某某 阅读 3021"]
)
def test_a_header_line_no_rule_reads_is_still_no_headline(line: str) -> None:
    # A numeric date or a date with its clock: a headline writes neither.
    assert run(f"{HEADLINE}\n\n{line}\n\n{STORY}").title == HEADLINE


@pytest.mark.parametrize(
    ("value", "expected"), [("来自江湾日报", "江湾日报"), ("转自：江湾观察", "江湾观察"), ("江苏", None)]
)
def test_the_word_for_from_and_a_bare_region_are_no_outlet(value: str, expected: str | None) -> None:
    assert tidy_source(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("柯一禾（江湾大学教授）", "柯一禾"),
        ("柯一禾 / 郁安", "柯一禾、郁安"),
        ("柯一禾 本报通讯员 江柳", "柯一禾、江柳"),
        ("柯一禾 通讯员：江柳", "柯一禾、江柳"),
    ],
)
def test_people_with_a_note_or_a_role_between(value: str, expected: str) -> None:
    assert tidy_people(value) == expected


def test_a_persons_name_beside_the_date_is_the_writer() -> None:
    article = run(f"{HEADLINE}\n\n柯一禾 2026-03-11 09:12\n\n{STORY}")
    assert (article.published, article.source, article.author) == ("2026-03-11T09:12:00", None, "柯一禾")
    account = run(f"{HEADLINE}\n\n江湾观察 2026-03-11 09:12\n\n{STORY}")
    assert (account.source, account.author) == ("江湾观察", None)


@pytest.mark.parametrize("brand", ["机器之心", "量子位", "江湾科技", "江湾日报"])
def test_an_outlet_in_a_writers_line_is_the_source_not_an_author(brand: str) -> None:
    article = run(f"{HEADLINE}\n\n作者：{brand}　2026-03-11\n\n{STORY}")
    assert (article.author, article.source) == (None, brand)
    # beside a writer, only the writer stays
    assert run(f"{HEADLINE}\n\n作者：{brand} 柯一禾\n\n{STORY}").author == "柯一禾"
    # a three-character given name that ends like an outlet is still a person
    assert run(f"{HEADLINE}\n\n作者：柯建社\n\n{STORY}").author == "柯建社"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # names beside one date, none labelled: the account is the source, a person's name the writer
        ("江湾观察 · 柯一禾 · 2026-03-11", ("2026-03-11", "江湾观察", "柯一禾")),
        ("阅读 1024 · 2026-03-11 09:12 · 江湾观察", ("2026-03-11T09:12:00", "江湾观察", None)),
        ("2026-03-11 09:12 - 山城日报", ("2026-03-11T09:12:00", "山城日报", None)),
        ("山城日报 | 2026年03月11日 09:12 | 阅读 1200", ("2026-03-11T09:12:00", "山城日报", None)),
        ("科技 · 2026-03-11 · 山城日报", ("2026-03-11", "山城日报", None)),  # a section's short name
        # labels in square brackets, a crawler's English keys
        ("【发布时间】2026-03-11 09:12【来源】山城日报【作者】柯一禾", ("2026-03-11T09:12:00", "山城日报", "柯一禾")),
        (
            "pub_time=2026-03-11 09:12:00\n\nsource=山城日报\n\nauthor=柯一禾",
            ("2026-03-11T09:12:00", "山城日报", "柯一禾"),
        ),
        ("Published: 2026-03-11\n\nSource: 山城日报", ("2026-03-11", "山城日报", None)),
    ],
)
def test_stamp_lines_and_labels_of_more_shapes(line: str, expected: tuple) -> None:
    article = run(f"{HEADLINE}\n\n{line}\n\n{STORY}")
    assert (article.published, article.source, article.author) == expected
    assert (article.title, article.body) == (HEADLINE, STORY)


def test_a_sentence_with_a_date_is_no_stamp_line() -> None:
    article = run(f"{HEADLINE}\n\n发布会于2026-03-11举行\n\n{STORY}")
    assert article.source is None
    assert "发布会于2026-03-11举行" in article.body


def _page_article(tmp_path, html: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,) = process_input(Input(str(path), path), OPTIONS).articles
    return article


def test_a_sites_own_story_has_the_site_as_source(tmp_path) -> None:
    # no 来源 line, no byline outlet: the site's name, from og:site_name or the <title>'s suffix
    body = f"<h1>青禾发布新一代巡检机器人</h1><div class='content'><p>{STORY}</p><p>{STORY}</p></div>"
    by_title = _page_article(
        tmp_path, f"<html><head><title>青禾发布新一代巡检机器人 - 青禾智能</title></head><body>{body}</body></html>"
    )
    assert by_title.source == "青禾智能"
    by_meta = _page_article(
        tmp_path,
        "<html><head><title>青禾发布新一代巡检机器人</title><meta property='og:site_name' content='某某之窗'></head>"
        f"<body>{body}</body></html>",
    )
    assert by_meta.source == "某某之窗"
    # a portal is no outlet of its own
    portal = _page_article(
        tmp_path, f"<html><head><title>青禾发布新一代巡检机器人_新浪网</title></head><body>{body}</body></html>"
    )
    assert portal.source is None


def test_a_chinese_story_stamped_in_utc_is_dated_in_beijing_time() -> None:
    article = run(STORY, published="2023-05-11T18:13:45.000Z")
    assert article.published == "2023-05-12T02:13:45+08:00"
    # a stamp with its own offset, or none, stays as given
    assert run(STORY, published="2023-05-11T18:13:45+08:00").published == "2023-05-11T18:13:45+08:00"
    assert run(STORY, published="2023-05-11T09:13:45Z").published == "2023-05-11T09:13:45+00:00"  # the same day
    assert run(STORY, published="2023-05-11").published == "2023-05-11"
    # an English story keeps its UTC stamp
    english = "The company said on Thursday that the new model is available to all of its customers in the region."
    assert run(english, published="2023-05-11T18:13:45Z").published == "2023-05-11T18:13:45+00:00"


def test_a_title_naming_only_the_site_yields_to_the_storys_heading(tmp_path) -> None:
    # an e-paper or an association page: the <title> is the paper's or the site's name (a section's
    # before it), the headline only in a heading above the story; the site is the source
    story = f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div>"
    epaper = _page_article(
        tmp_path,
        "<html><head><title>东岭晚报</title></head><body><div class='paper'>东岭晚报 2019年12月18日 星期三</div>"
        f"<h3>引题在此</h3><h1>智能巡河系统在城区河道投用</h1>{story}</body></html>",
    )
    assert (epaper.title, epaper.source) == ("智能巡河系统在城区河道投用", "东岭晚报")
    association = _page_article(
        tmp_path,
        "<html><head><title>联盟动态-某某机器人产业联盟</title></head><body><div>首页 &gt; 联盟动态</div>"
        f"<h2>联盟发布服务机器人安全评估指南</h2>{story}</body></html>",
    )
    assert (association.title, association.source) == ("联盟发布服务机器人安全评估指南", "某某机器人产业联盟")
    # a section's name is no source
    section = _page_article(
        tmp_path,
        f"<html><head><title>新闻中心</title></head><body><h1>智能巡河系统在城区河道投用</h1>{story}</body></html>",
    )
    assert (section.title, section.source) == ("智能巡河系统在城区河道投用", None)


def test_an_outlet_in_the_author_meta_leaves_the_byline_its_author(tmp_path) -> None:
    article = _page_article(
        tmp_path,
        "<html><head><title>某某眼镜出货量大增</title><meta property='article:author' content='东岭时报'></head>"
        "<body><h1>某某眼镜出货量大增</h1><div>2025-08-05 08:41 东岭时报</div><article><p>东岭时报记者 祁小言</p>"
        f"<p>{STORY}</p><p>{STORY}</p></article></body></html>",
    )
    assert (article.source, article.author) == ("东岭时报", "祁小言")


def test_a_block_of_labelled_lines_under_the_story_is_read_to_its_end(tmp_path) -> None:
    # an app's story closes with 【记者】, 【通讯员】, 【作者】, 【来源】 lines, the editor under them
    article = _page_article(
        tmp_path,
        "<html><head><title>某某企业引入智能检测</title></head><body><h1>某某企业引入智能检测</h1>"
        f"<div class='info'>2024-04-18 19:26</div><div class='content'><p>{STORY}</p><p>{STORY}</p>"
        "<p>【记者】柯远舟</p><p>【通讯员】麦小禾</p><p>【作者】 柯远舟;麦小禾</p>"
        "<p>【来源】 东岭报业传媒集团东岭+客户端</p></div>"
        "<div class='editor'>编辑 谭小晴</div><div>评论 暂无评论</div></body></html>",
    )
    assert (article.author, article.editor, article.source) == ("柯远舟、麦小禾", "谭小晴", "东岭+")


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        ("东岭派", "东岭派"),  # a site's own feed: its name
        ("江湾科技网 - 人工智能频道", "江湾科技网"),  # the site's part, not the section's
        ("人工智能 - 江湾科技网", "江湾科技网"),
        ("RSSHub - 某某热榜", None),  # an aggregator's feed names no outlet
        ("知乎", None),  # nor does a platform's
    ],
)
def test_a_feed_item_naming_no_outlet_has_the_feeds(feed: str, expected: str | None) -> None:
    assert run(STORY, feed=feed).source == expected
    # an outlet the item names wins
    assert run(STORY, feed=feed, source="某某晚报").source == "某某晚报"


def test_first_published_in_a_column_names_the_column(tmp_path) -> None:
    article = _page_article(
        tmp_path,
        "<html><head><title>我做数据标注的一年</title><meta property='og:site_name' content='知乎专栏'></head><body>"
        "<div class='header'><a>知乎</a> <span>首发于</span><a>某某手记</a></div><h1>我做数据标注的一年</h1>"
        f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert article.source == "某某手记"
    # without the column, the platform's name is no outlet
    platform = _page_article(
        tmp_path,
        "<html><head><title>我做数据标注的一年</title><meta property='og:site_name' content='哔哩哔哩'></head><body>"
        f"<h1>我做数据标注的一年</h1><div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert platform.source is None


def test_headline_above_an_account_header_over_a_repost_card() -> None:
    # a WeChat repost scraped as text: the headline, the reposting account's dated header, the card
    # naming the first account (its name again on a line of its own, then its motto), the story
    page = (
        "某某科技推出智能配肥系统 覆盖百万亩耕地\n\n江湾农事 2023-05-17 20:30 发表于山东\n\n"
        "以下文章来源于潮汐观察 ，作者柯一禾\n\n潮汐观察.\n\n关注土壤与农业科技。\n\n"
        "5月15日，某某科技有限公司在某地举行发布会，推出新一代智能配肥系统，已服务耕地约200万亩。\n\n"
        "某某科技总经理表示，今年将继续扩大覆盖范围，服务更多农户。\n"
    )
    article = run(page)
    assert article.title == "某某科技推出智能配肥系统 覆盖百万亩耕地"
    assert (article.source, article.author) == ("潮汐观察", "柯一禾")


def _shaped(tmp_path, head: str, box: str, tail: str = "") -> Article:
    return _page_article(
        tmp_path,
        f"<html><head><title>某某模型上线踩坑记录</title>{head}</head><body><h1>某某模型上线踩坑记录</h1>{box}"
        f"<div class='article_content'><p>{STORY}</p><p>{STORY}</p></div>{tail}</body></html>",
    )


@pytest.mark.parametrize(
    ("box", "account"),
    [
        # a blog platform's header: the poster's nickname beside the dates
        (
            "<div class='bar'><a class='follow-nickName'>江湾码农小柯</a>"
            "<span>于 2024-02-28 09:41:12 首次发布</span></div>",
            "江湾码农小柯",
        ),
        # a BEM user box (block__element): the avatar's name
        ("<div class='avatar__name'><a class='name'>价投小江</a></div><div>发布于2024-02-28 09:41</div>", "价投小江"),
        ("<div class='card-author__name'>声音江湾队</div><div>编辑于 2024年02月28日 09:41</div>", "声音江湾队"),
        # a tech site's author box for a reposted account
        ("<div><a class='author-info__username'>江湾新观察</a></div><div>2024-02-28 09:41</div>", "江湾新观察"),
    ],
)
def test_an_accounts_user_box_names_the_source(tmp_path, box, account) -> None:
    article = _shaped(tmp_path, f"<meta name='author' content='{account}'>", box)
    assert (article.source, article.author) == (account, None)


def test_a_user_box_in_the_comments_or_holding_a_persons_name_is_no_account(tmp_path) -> None:
    commenter = _shaped(
        tmp_path,
        "",
        "<div>2024-02-28 09:41</div>",
        "<div class='comment-list'><span class='user-name'>江湾网友甲</span></div>",
    )
    assert commenter.source is None
    journalist = _shaped(
        tmp_path, "", "<div><span class='author-name'>李</span><span class='author__name'>柯一禾</span></div>"
    )
    assert journalist.source is None
    # a news site's author box holding the byline, or two reporters' names: no account
    for box in ("<span class='author__name'>本报记者 柯一禾</span>", "<span class='author__name'>柯一禾 江小帆</span>"):
        assert _shaped(tmp_path, "", f"<div>{box}</div><div>2024-02-28 09:41</div>").source is None
    # the site's login link in the nav, the poster's box under the headline
    poster = _shaped(
        tmp_path,
        "",
        "<div class='avatar__name'><a class='name'>价投小江</a></div><div>发布于2024-02-28 09:41</div>",
    )
    with_login = _page_article(
        tmp_path,
        "<html><body><div class='top'><span class='user-name'>登录</span></div><h1>某某模型上线踩坑记录</h1>"
        "<div class='avatar__name'><a class='name'>价投小江</a></div><div>发布于2024-02-28 09:41</div>"
        f"<div class='article_content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert poster.source == with_login.source == "价投小江"


def test_a_wechat_account_credited_in_a_repost_note_is_the_source(tmp_path) -> None:
    article = _shaped(
        tmp_path,
        "",
        "<div>2024-02-28 09:41</div>",
        "<p>本文来自微信公众号：江湾新观察 （ID：jwxgc2020），作者：柯一禾，题图来自：某图库</p>",
    )
    assert (article.source, article.author) == ("江湾新观察", "柯一禾")


def test_a_government_tables_issuing_body_is_the_source(tmp_path) -> None:
    table = (
        "<table><tr><td><b>索 引 号：</b></td><td>000014349/2026-00006</td><td><b>主题分类：</b></td><td>科技</td></tr>"
        "<tr><td><b>发文机关：</b></td><td>江湾市人民政府办公厅</td><td><b>成文日期：</b></td><td>2026年01月09日</td></tr>"
        "<tr><td><b>发布日期：</b></td><td>2026年01月16日</td></tr></table>"
    )
    article = _shaped(tmp_path, "", table)
    assert (article.source, article.published) == ("江湾市人民政府办公厅", "2026-01-16")
    # a 来源 line still names the outlet before the table's body
    labelled = _shaped(tmp_path, "", table + "<div>来源：江湾日报</div>")
    assert labelled.source == "江湾日报"


def test_a_bare_outlet_in_its_own_element_is_the_source(tmp_path) -> None:
    article = _shaped(
        tmp_path, "", "<div class='info'><span class='source'>江湾都市报</span><span>2024-01-09 22:30</span></div>"
    )
    assert article.source == "江湾都市报"
    labelled = _shaped(
        tmp_path, "", "<div><span class='source'>江湾都市报</span><span>来源：江湾晚报</span> 2024-01-09 22:30</div>"
    )
    assert labelled.source == "江湾晚报"


@pytest.mark.parametrize(
    ("leaf", "expected"),
    [
        ("<div class='sj'><p>2023</p><p>11.20</p></div>", "2023-11-20"),
        ("<div class='date'><div>20</div><div>2023-11</div></div>", "2023-11-20"),
        ("<div class='date'><p>11-20</p><p>2023</p></div>", "2023-11-20"),
    ],
)
def test_a_date_split_over_two_lines_beside_the_headline(tmp_path, leaf, expected) -> None:
    article = _page_article(
        tmp_path,
        f"<html><head><title>某某团队发布开源数据集</title></head><body>{leaf}<h3>某某团队发布开源数据集</h3>"
        f"<div>来源：计算学院</div><div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert article.published == expected


@pytest.mark.parametrize(
    "lines",
    [
        "<div>编辑：江小帆 责任编辑：柯一禾</div>",
        "<div>编辑：江小帆</div><div>责任编辑：柯一禾</div>",
        "<div>责任编辑：柯一禾</div><div>编辑：江小帆</div>",
    ],
)
def test_the_editor_in_charge_wins_over_an_editor(tmp_path, lines) -> None:
    assert _shaped(tmp_path, "", "<div>2024-03-12 19:02</div>", lines).editor == "柯一禾"


def test_the_editor_in_charge_wins_in_text() -> None:
    article = run(f"{HEADLINE}\n\n2026-03-11 09:12\n\n{STORY}\n\n编辑：江小帆\n\n责任编辑：柯一禾\n")
    assert article.editor == "柯一禾"


@pytest.mark.parametrize(
    ("url", "tail", "expected"),
    [
        # the URL's year (its folder gives only the year and month)
        ("https://www.example.cn/2024/03/88213.html", "", "2024-03-05T09:12:00"),
        # a January URL and a December line: the year before
        ("https://www.example.cn/20250102/88213.html", "", None),
        # no date in the URL: the year most of the page's other dates give
        (
            "https://www.example.cn/a/88213.html",
            "<div class='c'>网友甲 2023-03-06 10:00 说得好</div>",
            "2023-03-05T09:12:00",
        ),
    ],
)
def test_an_info_line_date_without_its_year(tmp_path, url, tail, expected) -> None:
    line = "12-31 23:40" if expected is None else "03-05 09:12"
    article = _shaped(
        tmp_path, f"<link rel='canonical' href='{url}'>", f"<div class='info'>江湾日报 {line}</div>", tail
    )
    assert article.published == (expected or "2024-12-31T23:40:00")


def test_traditional_labels_read_as_their_simplified_forms(tmp_path) -> None:
    # a Hong Kong or Taiwan page: 發布時間, 來源, 記者, 編輯 and 責任編輯 in traditional script
    article = _page_article(
        tmp_path,
        "<html><head><title>江灣智能發布巡檢機器人</title></head><body><h1>江灣智能發布巡檢機器人</h1>"
        "<div class='info'>發布時間：2025-03-05 09:12　來源：江灣日報　記者：柯一禾</div><div class='content'>"
        "<p>3月5日，江灣智能在江灣發布新一代巡檢機器人，可在變電站完成日常巡檢，首批已交付20台，公司表示將在全省推廣。</p>"
        "<p>公司負責人表示，今年將再交付100台，並在更多城市設立服務中心。</p></div>"
        "<div>編輯：江小帆　責任編輯：柯一木</div></body></html>",
    )
    assert (article.published, article.source) == ("2025-03-05T09:12:00", "江湾日报")
    assert (article.author, article.editor) == ("柯一禾", "柯一木")
    assert "記者" not in article.body and "记者" not in article.body


def test_a_title_suffix_naming_the_official_site_names_the_site(tmp_path) -> None:
    article = _page_article(
        tmp_path,
        "<html><head><title>某某模型上线踩坑记录-江湾媒体官方网站</title></head><body><h1>某某模型上线踩坑记录</h1>"
        f"<div>2024-03-12 19:02</div><div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert article.source == "江湾媒体"


def test_a_persons_name_glued_to_the_date_is_the_writer_not_the_outlet(tmp_path) -> None:
    # the writer's link, the time and a labelled byline in spans joined with no blank
    box = "<div class='msg'><a>柯一禾</a><span>2024-03-12 19:02</span><span>本文作者： 柯一禾</span></div>"
    article = _shaped(tmp_path, "", box)
    assert (article.source, article.author) == (None, "柯一禾")


def test_a_bracketed_dateline_names_the_outlet_and_its_reporter() -> None:
    article = run(f"{HEADLINE}\n\n2026-03-11 09:12\n\n（江南社记者柯一禾台北11日电）{STORY}\n")
    assert (article.source, article.author) == ("江南社", "柯一禾")


@pytest.mark.parametrize(
    ("spans", "source"),
    [
        ("<span class='reporter'>江湾晚报记者 柯一禾</span><span class='timer'>2024-03-12 19:02</span>", "江湾晚报"),
        ("<span>江湾经济报道记者 柯一禾 北京报道</span><span>2024-03-12 19:02</span>", "江湾经济报道"),
    ],
)
def test_a_byline_glued_to_the_date_gives_the_reporter_and_the_outlet(tmp_path, spans, source) -> None:
    article = _shaped(tmp_path, "", f"<div class='info'>{spans}</div>")
    assert (article.source, article.author, article.published) == (source, "柯一禾", "2024-03-12T19:02:00")
    assert "记者" not in article.body


def test_a_listed_companys_code_line_is_metadata_not_the_headline() -> None:
    article = run(
        "江湾智能科技股份有限公司关于签订重大合同的公告\n\n证券代码：300999　证券简称：江湾智能　公告编号：2025-012\n\n"
        f"{STORY}\n\n特此公告。\n\n江湾智能科技股份有限公司董事会\n\n2025年3月5日\n"
    )
    assert article.title == "江湾智能科技股份有限公司关于签订重大合同的公告"
    assert "证券代码" not in article.body


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the weekday after the date is no outlet
        ("2025-03-05 09:12 星期三", (None, None)),
        # a paper's app header: the name before its role and outlet
        ("原创 柯一禾 江湾新闻记者", ("江湾新闻", "柯一禾")),
        # roles with a slash between the names
        ("记者/柯一禾 通讯员/江小木", (None, "柯一禾、江小木")),
    ],
)
def test_header_lines_of_more_shapes(tmp_path, line, expected) -> None:
    article = _shaped(tmp_path, "", f"<div class='info'>{line}</div><div>2025-03-05 09:12</div>")
    assert (article.source, article.author) == expected


def test_a_wechat_posts_header_names_the_writer_beside_the_account(tmp_path) -> None:
    header = (
        "<div id='meta_content' class='rich_media_meta_list'>\n"
        "<span id='copyright_logo' class='rich_media_meta rich_media_meta_text'>原创</span>\n"
        "<span class='rich_media_meta rich_media_meta_text'>原创</span>\n"
        "<span class='rich_media_meta rich_media_meta_text'>\n柯一禾\n</span>\n"
        "<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>江湾科技观察</a></span>\n"
        "<em id='publish_time' class='rich_media_meta rich_media_meta_text'></em></div>"
    )
    article = _shaped(tmp_path, "", header, "<script>var ct = '1741137120';</script>")
    assert (article.source, article.author) == ("江湾科技观察", "柯一禾")


def test_an_intern_after_the_reporters_names_wrote_the_story_too(tmp_path) -> None:
    # the outlet's reporter role was read as a label already: 某某晚报全媒体记者 柯一禾 实习生 郁安
    assert tidy_writers("柯一禾 实习生 郁安") == "柯一禾、郁安"
    # ... as an editor's line it is the editor alone
    assert tidy_people("柯一禾 实习生 郁安") == "柯一禾"
    # a WeChat credit line with the look-alike bar: 文丨 the writer, 编辑丨 the editor
    assert tidy_writers("文丨柯一禾 编辑丨郁安") == "柯一禾"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("来源：江湾日报　作者：江湾日报·江湾点记者 柯一禾　阅读：548", "柯一禾"),  # the outlet's app after a dot
        ("来源：江湾日报　作者：JWB全媒体记者 柯一禾 通讯员 郁安　阅读：548", "柯一禾、郁安"),  # Latin letters
    ],
)
def test_an_outlets_reporter_role_in_any_script_is_no_name(tmp_path, line: str, author: str) -> None:
    article = _page_article(
        tmp_path,
        f"<html><head><title>某某港上线漂移预测系统</title></head><body><h1>某某港上线漂移预测系统</h1>"
        f"<div class='info'>{line}</div><div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert (article.source, article.author) == ("江湾日报", author)


def test_a_newsletter_saved_from_a_mail_client() -> None:
    page = (
        "发件人：某某科技周刊 <weekly@example.cn>\n\n发送时间：2026年6月3日(星期三) 上午8:00\n\n收件人：订阅用户\n\n"
        "主题：本周焦点\n\n某某教育发布志愿填报大模型\n\n" + STORY + "\n\n" + STORY + "\n"
    )
    article = run(page)
    assert article.title == "某某教育发布志愿填报大模型"
    assert (article.published, article.source) == ("2026-06-03", "某某科技周刊")
    assert tidy_source("某某科技周刊 <weekly@example.cn>") == "某某科技周刊"


def test_a_flash_items_headline_in_square_brackets() -> None:
    headline = "【某某智能科创板IPO获受理 拟募资8.5亿元】"
    page = f"电报\n\n2026-09-23 星期三\n\n14:05:31\n\n{headline}\n\n某某社9月23日电，{STORY}\n"
    assert run(page).title == "【某某智能科创板IPO获受理 拟募资8.5亿元】"
    # a stub in brackets is still no headline
    stub = "【江湾网综合报道】\n\n" + STORY + "\n\n" + STORY + "\n"
    assert run(stub).title != "【江湾网综合报道】"


def test_a_toutiao_header_with_its_original_mark_glued_to_the_date() -> None:
    page = "某某蛋业智能分级中心投用\n\n原创2022-09-28 11:02·江湾晚报\n\n" + STORY + "\n\n" + STORY + "\n"
    article = run(page)
    assert (article.published[:10], article.source) == ("2022-09-28", "江湾晚报")


def test_the_site_after_a_section_and_a_shortened_headline_in_the_title(tmp_path) -> None:
    # 来源：本站 names no one: the site is the company the <title> ends with, after a section's name,
    # though the <title> shortens the headline to its first clause
    article = _page_article(
        tmp_path,
        "<html><head><title>某某能源发布电池大模型 - 新闻中心 - 江湾某某能源科技有限公司</title></head><body>"
        "<h2>某某能源发布电池大模型 预警提前至72小时</h2><div class='meta'>发布时间：2026/11/27　　来源：本站</div>"
        f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert article.source == "江湾某某能源科技有限公司"


def test_a_blog_themes_posted_on_by_line(tmp_path) -> None:
    article = _page_article(
        tmp_path,
        "<html><head><title>竹片分选不再靠眼力 – 某某笔记</title></head><body><h1>竹片分选不再靠眼力</h1>"
        "<div class='info'>Posted on 2026年7月8日 by 柯一禾</div>"
        f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert (article.published[:10], article.author) == ("2026-07-08", "柯一禾")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("江湾都市报·江湾一网", "江湾都市报"),  # a paper and its website after a dot: the paper
        ("江湾晚报·江湾壹点", "江湾晚报"),
        ("江湾社 JWS", "江湾社"),  # the outlet's Latin initials after its name
        ("星期三", None),  # a day of the week beside a date names no outlet
    ],
)
def test_tidy_source_more_shapes(value: str, expected: str | None) -> None:
    assert tidy_source(value) == expected


@pytest.mark.parametrize(
    ("page_title", "site"),
    [
        ("某某公司的第二次转身 - 江湾观察网 - 专业财经新闻网站", "江湾观察网"),  # a slogan after the site
        ("某某研究所发布多模态大模型----江湾科学院某某研究所", "江湾科学院某某研究所"),  # a rule of dashes
        ("某某研究所发布多模态大模型 | 科技 | 江湾社", "江湾社"),  # a section between
        ("某某研究所发布多模态大模型_AI&大模型_某某精选文章", None),  # a column's name: no site
    ],
)
def test_the_site_among_several_parts_of_a_title(page_title: str, site: str | None) -> None:
    from aiwatch.read.extract import title_suffix

    headline = re.split(r"\s*(?:-{1,4}|\||_)\s*", page_title)[0]
    assert title_suffix(page_title, headline) == site


def test_labels_glued_by_joined_spans_and_a_writer_in_the_outlets_place(tmp_path) -> None:
    # spans joined without a blank: 来源：某某都市报采写：某某记者 …
    glued = _page_article(
        tmp_path,
        "<html><head><title>某社区试点AI网格员</title></head><body><h1>某社区试点AI网格员</h1>"
        "<div class='info'><span>2023-09-12 14:36</span><span>来源：江湾都市报</span>"
        "<span>采写：江湾记者 柯一禾 通讯员 郁安</span></div>"
        f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert (glued.source, glued.author) == ("江湾都市报", "柯一禾、郁安")
    # the author box's name before the date is the writer, not the outlet; the site is the outlet
    boxed = _page_article(
        tmp_path,
        "<html><head><title>某某龙头毛利率回落 - 江湾见闻</title><meta property='og:site_name' content='江湾见闻'>"
        "</head><body><h1>某某龙头毛利率回落</h1><div class='msg'><a class='aut' href='/author/1'>柯一禾</a>"
        "<span class='time'>2021-11-08 15:26</span><span>本文作者：<a href='/author/1'>柯一禾</a></span></div>"
        f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert (boxed.source, boxed.author) == ("江湾见闻", "柯一禾")


def test_a_section_before_the_date_and_an_interviews_writer(tmp_path) -> None:
    article = _page_article(
        tmp_path,
        "<html><head><title>这支翻译笔塞进了离线大模型 | 江湾范儿</title></head><body>"
        "<h1>这支翻译笔塞进了离线大模型</h1>"
        "<div class='meta'><a href='/category/review'>体验</a><span>2019-03-21 12:10</span></div>"
        "<div class='user-info'><span>口述｜葛某某</span><span>整理｜柯一禾</span><span>编辑｜郁安</span></div>"
        f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert (article.source, article.author, article.editor) == ("江湾范儿", "柯一禾", "郁安")


def test_bylines_over_the_story_box(tmp_path) -> None:
    # an e-paper pads a two-character name to the width of three with blanks
    padded = _page_article(
        tmp_path,
        "<html><head><title>让大模型走进车间</title></head><body><h1>让大模型走进车间</h1>"
        "<p class='sec'>本报记者&nbsp;&nbsp;柯&nbsp;&nbsp;禾</p>"
        f"<div id='ozoom'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert padded.author == "柯禾"
    # a Taiwan paper: the outlet, the reporter and where it was filed between slashes, after the time
    slashed = _page_article(
        tmp_path,
        "<html><head><title>代工廠加碼投資液冷產線</title></head><body><h1>代工廠加碼投資液冷產線</h1>"
        "<div class='info'><time>2024-07-23 14:22</time>"
        "<span>江灣報／ 記者<a href='/t/1'>柯一禾</a>／某地即時報導</span>"
        f"</div><div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert (slashed.source, slashed.author) == ("江湾报", "柯一禾")


def test_the_account_an_app_like_page_keeps_in_its_state(tmp_path) -> None:
    # the account's box is hashed markup the reader does not know; the page's state names it
    state = '{"bsData":{"superlanding":[{"itemData":{"author":{"name":"江湾物流观察","id":"17"}}}]}}'
    article = _page_article(
        tmp_path,
        "<html><head><title>无人配送车开进老小区</title></head><body><h1>无人配送车开进老小区</h1>"
        "<div class='_2gGWi'><p class='_7y5nA'>江湾物流观察</p><div><span>2025-03-14 18:20</span></div></div>"
        f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div>"
        f"<script>window.jsonData = {state};</script></body></html>",
    )
    assert article.source == "江湾物流观察"
    # a platform's channel label as 来源 gives way to the account too
    labelled = _page_article(
        tmp_path,
        "<html><head><title>高新区上线企业服务AI助手</title></head><body><h1>高新区上线企业服务AI助手</h1>"
        "<div class='info'>来源：澎湃新闻·澎湃号·政务</div>"
        f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div>"
        '<script id="__NEXT_DATA__" type="application/json">{"authorInfo":{"sname":"江湾高新发布"}}</script>'
        "</body></html>",
    )
    assert labelled.source == "江湾高新发布"


def test_a_heading_printing_the_whole_title_is_the_headline(tmp_path) -> None:
    # a live page: the part before the bar is the page's kind, and the tabs under the heading
    # (直播 评论) share that word
    article = _page_article(
        tmp_path,
        "<html><head><title>直播｜2025江湾数字文明论坛 AI专场</title></head><body>"
        "<h1>直播｜2025江湾数字文明论坛 AI专场</h1><div class='tabs'><span>直播</span><span>评论</span></div>"
        f"<div class='list'><p>09:30 {STORY}</p><p>09:42 {STORY}</p></div></body></html>",
    )
    assert article.title == "直播｜2025江湾数字文明论坛 AI专场"


def test_addresses_a_cms_meta_tag_and_a_saved_posts_link_give(tmp_path) -> None:
    gov = _page_article(
        tmp_path,
        "<html><head><title>某某司召开座谈会</title><meta name='Url' content='https://www.example.gov.cn/xwdt/t20240612_1.html'>"
        f"</head><body><h1>某某司召开座谈会</h1><div class='content'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert gov.url == "https://www.example.gov.cn/xwdt/t20240612_1.html"
    saved = run("某某县上线AI助手\n\n" + STORY + "\n\n" + STORY + "\n\n阅读原文：https://mp.weixin.qq.com/s/AbC123\n")
    assert saved.url == "https://mp.weixin.qq.com/s/AbC123"


def test_a_page_button_in_brackets_after_the_date_is_no_writer(tmp_path) -> None:
    article = _page_article(
        tmp_path,
        "<html><head><title>某某中心启用AI辅助评标系统</title></head><body>"
        "<div class='title'>某某中心启用AI辅助评标系统</div>"
        "<div class='info'>信息来源：市某某中心　发布日期：2026年03月11日　【打印】【关闭】　"
        "【字体：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>】 <a href='javascript:print()'>打印</a></div>"
        f"<div class='TRS_Editor'><p>{STORY}</p><p>{STORY}</p></div></body></html>",
    )
    assert (article.source, article.author) == ("市某某中心", None)
