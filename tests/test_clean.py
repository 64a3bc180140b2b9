"""The clean stage: every rule of data/clean_rules.yaml on its examples, markup, script, titles."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiwatch.article import Article
from aiwatch.clean import clean_text, markup_to_text
from aiwatch.clean.lines import display_width, is_story_line, line_key, normalise_line, unwrap_hard_wraps
from aiwatch.clean.markdown import markdown_to_text
from aiwatch.clean.rules import apply_span_rule, load_rules, match_line_rule, parse_label_line
from aiwatch.clean.script import changed_share, is_traditional, simplify_short
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.pipeline import build_pipeline
from conftest import run_stage

RULES = load_rules()
EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.name}-{i}")
    for rule in RULES.rules
    for i, example in enumerate(rule.examples)
]
STORY = "上海人工智能相关企业达1200家以上，规上产业规模不完全统计为2000多亿元。"


def body_of(raw: str, kind: str = "text", keep_script: bool = False, **hints: str) -> tuple[str, dict]:
    article = Article(path="t.txt", format="text", raw=raw, raw_kind=kind, hints=dict(hints))
    article = run_stage("clean", article, Options(analyze=False, keep_script=keep_script))
    found = {f.field: f.value for f in reversed(article.hints["_found"])}
    return article.body, found


# --- the rule table ---------------------------------------------------------------------------


def test_every_rule_has_an_example() -> None:
    assert all(rule.examples for rule in RULES.rules), [r.name for r in RULES.rules if not r.examples]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_example(rule, example) -> None:
    text, expect = example["text"], example["expect"]
    if rule.action in ("cut", "replace", "note"):
        line, found = apply_span_rule(rule, text)
        assert line == expect["keep"]
        assert {f.field: f.value for f in found} == expect.get("hint", {})
        return
    result = match_line_rule(rule, text)
    if expect == "drop":
        assert result is True
    elif "keep" in expect:
        assert result is False and expect["keep"] == text
    else:
        assert {f.field: f.value for f in result} == expect["hint"]


def test_long_story_line_is_never_dropped_by_a_footer_rule() -> None:
    # A paragraph that mentions 版权所有 is story when it is long (max_len guards it).
    line = "该公司表示，" + "其自主研发的算法已获得多项专利，版权所有权归属清晰，" * 5 + "将继续加大投入。"
    assert match_line_rule(next(r for r in RULES.line_rules if r.name == "copyright"), line) is False


# --- label lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("发布时间:2020-12-10    来源:张江高科技园区官网", {"published": "2020-12-10", "source": "张江高科技园区官网"}),
        ("来源:上海热线新闻网", {"source": "上海热线新闻网"}),
        ("标题:徐汇区区长方世忠:打造AI产业需要三颗心", {"title": "徐汇区区长方世忠:打造AI产业需要三颗心"}),
        ("地址:http://www.shcafe.org/shzxxw/32668.html", {"url": "http://www.shcafe.org/shzxxw/32668.html"}),
        ("（文章来源：经济参考网）", {"source": "经济参考网"}),
        ("责任编辑：张亚楠", {"editor": "张亚楠"}),
        (
            "原标题：上海着力打造人工智能高地，“十四五”要做这几件事",
            {"original_title": "上海着力打造人工智能高地，“十四五”要做这几件事"},
        ),
        ("2021-03-04 10:22 来源：新华网 | 浏览次数：1024", {"published": "2021-03-04 10:22", "source": "新华网"}),
        # a bar ends a value; the bare date after it is the line's date
        (
            "来源：东江晚报 | 2025-11-02 18:40 | 责编：陶然",
            {"source": "东江晚报", "published": "2025-11-02 18:40", "editor": "陶然"},
        ),
        ("信息来源：某区经济委员会　访问次数：86", {"source": "某区经济委员会"}),
        # an app's share text closes with the story's link
        ("分享链接：https://news.example.cn/2025-09-18/5631.html", {"url": "https://news.example.cn/2025-09-18/5631.html"}),
    ],
)
def test_label_line(line: str, expected: dict) -> None:
    found = parse_label_line(RULES, line, allow_weak=False)
    assert found is not None
    assert {f.field: f.value for f in found} == expected


@pytest.mark.parametrize(
    "line",
    [
        "来源：国家统计局数据显示，今年上半年人工智能产业规模同比增长30%。",  # a sentence, not a label
        "徐汇区区长方世忠:打造AI产业需要三颗心",  # a colon, but no label
        "地址：上海市徐汇区龙腾大道2879号",  # 地址 is a url label; a street address is not a url
        "发布时间：近日",  # no date
    ],
)
def test_not_a_label_line(line: str) -> None:
    assert parse_label_line(RULES, line, allow_weak=False) is None


def test_weak_labels_only_outside_the_story() -> None:
    # An interview's 记者： is a speaker inside the story, a byline above it.
    assert parse_label_line(RULES, "记者：王小明", allow_weak=False) is None
    assert [f.value for f in parse_label_line(RULES, "记者：王小明", allow_weak=True)] == ["王小明"]
    raw = f"记者：王小明\n\n{STORY}\n\n记者：您好\n\n{STORY}"
    body, found = body_of(raw)
    assert found["author"] == "王小明"
    assert "记者：您好" in body and "记者：王小明" not in body


# --- markup -----------------------------------------------------------------------------------


def test_markdown_to_text() -> None:
    md = (
        "# 商汤科技发布新模型\n\n"
        "**商汤科技**今日在上海发布了*新一代*大模型，\n详见[官网](https://www.sensetime.com)。\n\n"
        "![发布会现场](https://img.example.com/a.png)\n\n"
        "- 参数规模更大\n- 推理更快\n\n"
        "> 引用的话。\n\n"
        "<https://www.example.com/news/1.html>\n"
    )
    assert markdown_to_text(md).split("\n\n") == [
        "商汤科技发布新模型",
        "商汤科技今日在上海发布了新一代大模型，详见官网。",
        "参数规模更大",
        "推理更快",
        "引用的话。",
        "https://www.example.com/news/1.html",
    ]


def test_markdown_keeps_underscores_between_chinese_words() -> None:
    # 高地，_十四五_要 is a quote replaced by "_" (seed 004), not emphasis to unwrap.
    assert markdown_to_text("上海打造高地，_十四五_要做这几件事") == "上海打造高地，_十四五_要做这几件事"


def test_markdown_joins_soft_wrapped_english_with_a_space() -> None:
    assert markdown_to_text("SenseTime released\na new model.") == "SenseTime released a new model."


def test_html_fragment_keeps_autolink_and_link_texts() -> None:
    raw = "<p>正文第一段。</p>\n\n<http://finews.zning.xyz/a.html>\n\n[返回首页](//finews.withounder.com/)"
    assert markup_to_text(raw, "html").split("\n\n") == ["正文第一段。", "http://finews.zning.xyz/a.html", "返回首页"]


def test_unclosed_comment_does_not_hide_the_story() -> None:
    body, _ = body_of("<p>第一段。</p><!-- 广告 <p>第二段。</p>", kind="html")
    assert body == "第一段。\n\n广告\n\n第二段。"


def test_html_comments_and_styles_go() -> None:
    raw = "<!-- 文末二维码 start --><style>.a{color:red}</style><p>\u3000\u3000正文。</p>"
    body, _ = body_of(raw, kind="html")
    assert body == "正文。"


# --- whitespace and paragraphs ----------------------------------------------------------------


def test_full_width_indent_and_nbsp_are_normalised() -> None:
    assert normalise_line("\u3000\u3000截至2021年9月底，\u00a0上海\u200b人工智能") == "截至2021年9月底， 上海人工智能"


def test_paragraphs_are_separated_by_blank_lines() -> None:
    body, _ = body_of(f"  {STORY}\n\n\n\u3000\u3000{STORY}\n")
    assert body == f"{STORY}\n\n{STORY}"


def test_story_line() -> None:
    assert is_story_line(STORY)
    assert not is_story_line("张江人工智能岛入选上海首批“人工智能示范应用场景”")
    assert not is_story_line("积极履行社会责任全力支持疫情防控")


def test_line_key_ignores_punctuation_and_width() -> None:
    assert line_key("上海着力打造人工智能高地，_十四五_要做这几件事") == line_key(
        "上海着力打造人工智能高地，“十四五”要做这几件事"
    )


# --- titles, slogans, repeated lines ----------------------------------------------------------


def test_repeated_title_lines_go_and_become_the_title() -> None:
    # Seed 001 repeats its title between paragraphs.
    title = "徐汇区区长方世忠:打造AI产业需要三颗心"
    raw = "\n\n".join([STORY, title, STORY, title, STORY, title, STORY])
    body, found = body_of(raw)
    assert title not in body and body.count(STORY) == 4
    assert found["title"] == title


def test_known_title_line_goes_anywhere() -> None:
    body, _ = body_of(f"商汤科技助力守“沪”\n\n{STORY}", kind="text", title="商汤科技助力守“沪”")
    assert body == STORY


def test_head_title_and_slogan() -> None:
    # Seed 002: slogan, breadcrumb, title, date/source line, then the story.
    raw = (
        "打造网上国际投资促进平台 致力于中国投资促进事业\n您现在的位置:首页 > 开发区新闻 > 文字新闻\n"
        "张江人工智能岛入选上海首批“人工智能示范应用场景”\n发布时间:2020-12-10    来源:张江高科技园区官网\n\n"
        f"  {STORY}"
    )
    body, found = body_of(raw)
    assert body == STORY
    assert found["title"] == "张江人工智能岛入选上海首批“人工智能示范应用场景”"
    assert found["source"] == "张江高科技园区官网"


def test_subheading_inside_the_story_stays() -> None:
    raw = f"{STORY}\n\n积极履行社会责任全力支持疫情防控\n\n{STORY}"
    body, _ = body_of(raw, title="商汤科技助力守“沪”")
    assert "积极履行社会责任全力支持疫情防控" in body


def test_footer_block_after_contact_heading() -> None:
    raw = f"{STORY}\n\n与我们联系\n  • 联系电话:+86-0512-53660867\n  • 地址：苏州市某路1号"
    body, _ = body_of(raw, title="t")
    assert body == STORY


def test_glued_report_button_and_outlet_note() -> None:
    raw = f"{STORY}(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)举报/反馈"
    body, found = body_of(raw, title="t")
    assert body == STORY
    assert found["source"] == "澎湃新闻"


# --- script -----------------------------------------------------------------------------------


def test_traditional_text_is_converted() -> None:
    body, found = body_of("來源：新浪財經\n\n上海將全面推動新一代人工智能創新發展試驗區建設。")
    assert body == "上海将全面推动新一代人工智能创新发展试验区建设。"
    assert found["source"] == "新浪财经"


def test_keep_script_keeps_traditional_but_still_reads_labels() -> None:
    body, found = body_of("來源：新浪財經\n\n上海將全面推動新一代人工智能創新發展試驗區建設。", keep_script=True)
    assert body == "上海將全面推動新一代人工智能創新發展試驗區建設。"
    assert found["source"] == "新浪財經"


def test_simplified_text_with_old_forms_is_left_alone() -> None:
    # t2s would turn the writer 萧乾 into 萧干: a simplified text is not converted.
    text = "萧乾在英文组工作，他回忆说国际新闻局的同事们相处融洽，工作也很顺利。" * 3
    assert not is_traditional(text)
    body, _ = body_of(text)
    assert "萧乾" in body


def test_short_metadata_strings_are_judged_alone() -> None:
    # Seed 004's category 新浪财经－国內 carries one traditional character.
    assert simplify_short("新浪财经－国內") == "新浪财经－国内"
    assert simplify_short("萧乾回忆录与二十世纪中国文学史研究") == "萧乾回忆录与二十世纪中国文学史研究"
    assert changed_share("abc") == 0.0


def test_categories_and_title_hint_are_simplified() -> None:
    article = Article(path="a", format="frontmatter", raw=STORY, categories=["新浪财经－國內"], tags=["人工智慧"])
    article.hints["title"] = "上海著力打造人工智慧高地"
    article = run_stage("clean", article, Options(analyze=False))
    assert article.categories == ["新浪财经－国内"]
    assert article.hints["title"] == "上海著力打造人工智慧高地"  # 著 and 智慧 are also simplified forms
    article.hints["title"] = "臺灣人工智慧發展"
    article = run_stage("clean", article, Options(analyze=False))
    assert article.hints["title"] == "台湾人工智慧发展"


def test_the_packaged_rules_load_once_and_a_pipeline_uses_them() -> None:
    assert load_rules() is RULES
    assert build_pipeline(Options(analyze=False)).stage("clean").rules is RULES


def test_clean_text_marks_removed_lines_with_their_rule() -> None:
    lines, _found, traditional = clean_text("本篇文章3641字,读完约9分钟\n\n" + STORY, "text")
    assert [line.removed for line in lines] == ["reading_time", None]
    assert not traditional


# --- properties -------------------------------------------------------------------------------

_PIECES = [
    STORY,
    "本篇文章3641字,读完约9分钟",
    "来源：新华网",
    "上一条：某某",
    "举报/反馈",
    "版权所有",
    "<p>段落。</p>",
    "[返回首页](/)",
    "**粗体**",
    "\u3000\u3000",
    "臺灣",
    "记者：",
    "（",
    "）",
    "\n",
    "\n\n",
    "_",
    "<!--",
    "http://a.b/c",
]


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=20)), max_size=25),
    kind=st.sampled_from(["text", "markdown", "html"]),
)
def test_clean_never_fails_and_keeps_long_story_sentences(pieces: list[str], kind: str) -> None:
    raw = "".join(pieces)
    long_sentence = "上海市人工智能产业规模" + "持续扩大，企业数量稳步增长，" * 10 + "创新能力不断提升。"
    article = Article(path="p", format="text", raw=f"{raw}\n\n{long_sentence}\n\n{raw}", raw_kind=kind)
    body = run_stage("clean", article, Options(analyze=False)).body
    assert long_sentence in body.replace("\n\n", "")


def test_footer_lines_that_look_like_story_are_peeled_off_the_end() -> None:
    # 免责声明：…。 ends in 。 like a story sentence; it is taken below the story, not inside it.
    raw = (
        f"{STORY}\n\n关键词：大模型\n\n免责声明：本文仅代表作者个人观点，与本网无关。"
        "\n\n新浪声明：此消息系转载自合作媒体。"
    )
    body, found = body_of(raw, title="t")
    assert body == STORY
    assert found["tags"] == "大模型"


def test_disclaimer_inside_the_story_stays() -> None:
    raw = f"{STORY}\n\n声明：公司表示将在下月发布新模型。\n\n{STORY}"
    body, _ = body_of(raw, title="t")
    assert "声明：公司表示将在下月发布新模型。" in body


def test_promotion_words_inside_the_story_stay() -> None:
    # Short story sentences about an app or a QR code are story, not furniture, between paragraphs.
    inside = ["用户可在应用商店下载该APP。", "市民可扫描二维码预约。", "该软件版权所有人为公司。"]
    raw = "\n\n".join([STORY, *inside, STORY])
    body, _ = body_of(raw, title="t")
    assert all(sentence in body for sentence in inside)


def test_url_inside_the_story_is_not_the_articles_link() -> None:
    body, found = body_of(f"{STORY}\n\nhttps://www.example.com/signup\n\n{STORY}", title="t")
    assert "https://www.example.com/signup" in body and "url" not in found


def _wrap(text: str, width: int) -> list[str]:
    rows, row = [], ""
    for ch in text:
        if display_width(row + ch) > width:
            rows.append(row)
            row = ""
        row += ch
    return [*rows, row]


def test_hard_wrapped_text_is_rejoined() -> None:
    # A plain-text export cut at 72 columns, paragraphs indented with 　　; 2020 and CEO cut in two.
    paragraphs = [
        "12月8日,上海智慧城市体验周开幕式暨2020上海智慧城市建设“智慧工匠”选树、“领军先锋”评选活动颁奖典礼正式举行。",
        "全球智慧城市大会明日之城CEO Ugo Valenti代表2020全球智慧城市大会组委会预祝本次活动圆满成功。他表示,"
        "自己曾多次来到上海,对于上海智慧化城市建设有着非常深刻的印象。",
        "本次获得授牌的张江人工智能岛就是典型案例之一。",
        "人工智能作为引领新一轮科技革命和产业变革的战略性领域,是赋能城市转型提升、助推经济高质量发展、"
        "创造市民高品质生活的重要驱动力量。当前,上海人工智能应用场景建设,已经从单个场景、点上示范转向领域推广、"
        "城市赋能,从解决行业痛点趋向实现价值落地。",
    ]
    raw = "\n".join(row for p in paragraphs for row in _wrap("\u3000\u3000" + p, 72))
    assert raw.count("\n") > 6 and unwrap_hard_wraps(raw).count("\n") == 3
    body, _ = body_of(raw, title="t")
    assert body.split("\n\n") == paragraphs


def test_lines_of_any_length_are_not_joined() -> None:
    raw = "\n".join(
        ["打造网上国际投资促进平台 致力于中国投资促进事业", "您现在的位置:首页 > 开发区新闻", STORY, STORY + STORY]
    )
    assert unwrap_hard_wraps(raw) == raw


def test_traditional_title_lines_match_the_traditional_title_hint() -> None:
    title = "香港數碼港人工智能超算中心首階段啟用"
    raw = f"{title}\n\n數碼港行政總裁鄭松岩在啟用儀式上表示，超算中心首階段已有超過40家本地初創企業預約使用。"
    body, _ = body_of(raw, title=title)
    assert body == "数码港行政总裁郑松岩在启用仪式上表示，超算中心首阶段已有超过40家本地初创企业预约使用。"


def test_a_traditional_paragraph_in_a_simplified_text_is_converted() -> None:
    quoted = "特區政府表示，將繼續推動人工智能產業發展，並加強與內地的合作。"
    story = "\n\n".join([STORY] * 8)
    body, _ = body_of(f"{story}\n\n{quoted}\n\n萧乾在英文组工作，他回忆说同事们相处融洽。")
    paragraphs = body.split("\n\n")
    assert paragraphs[8] == "特区政府表示，将继续推动人工智能产业发展，并加强与内地的合作。"
    assert paragraphs[9] == "萧乾在英文组工作，他回忆说同事们相处融洽。"


# --- the user's rules layered over the packaged ones ------------------------------------------


def test_user_rules_layer_over_the_packaged_ones(tmp_path) -> None:
    user = tmp_path / "rules.yaml"
    user.write_text(
        "rules:\n"
        "  - name: end_mark\n"
        "    action: 'off'\n"  # keep （完）
        "  - name: house_ad\n"
        "    pattern: '^本台热线'\n"
        "    action: drop\n"
        "    max_len: 30\n"
        "    examples: [{text: '本台热线：12345', expect: drop}]\n"
        "labels:\n"
        "  供稿: {field: source}\n",
        encoding="utf-8",
    )
    options = Options(analyze=False, clean_rules=user)
    article = Article(path="a", format="text", raw=f"{STORY}\n\n本台热线：12345\n\n（完）\n\n供稿：浦东发布")
    article = build_pipeline(options).stage("clean")(article)
    assert article.body == f"{STORY}\n\n（完）"
    assert [(f.field, f.value) for f in article.hints["_found"]] == [("source", "浦东发布")]


def test_a_broken_user_rules_file_is_an_error_naming_it(tmp_path) -> None:
    user = tmp_path / "rules.yaml"
    user.write_text("rules:\n  - name: bad\n    pattern: '(('\n    action: drop\n", encoding="utf-8")
    options = Options(analyze=False, clean_rules=user)
    with pytest.raises(AiwatchError) as caught:  # when the pipeline is built, not per article
        build_pipeline(options)
    assert caught.value.code == "E108" and "bad pattern" in str(caught.value) and "rules.yaml" in str(caught.value)


def test_a_markdown_property_block_keeps_one_field_a_line() -> None:
    # a note app's export: its properties under the heading, one a line, are no soft-wrapped paragraph
    md = "# 某某发布巡检机器人\n\nCreated: 2025年1月6日 21:40\nTags: AI, 剪藏\nURL: https://example.com/a/1\n\n正文第一段。\n第二行接上。"
    assert markdown_to_text(md).split("\n\n") == [
        "某某发布巡检机器人",
        "Created: 2025年1月6日 21:40",
        "Tags: AI, 剪藏",
        "URL: https://example.com/a/1",
        "正文第一段。第二行接上。",
    ]


def test_a_note_exports_created_line_is_no_title_and_no_date() -> None:
    md = (
        "# 某某发布巡检机器人\n\nCreated: 2025年1月6日 21:40\nURL: https://example.com/a/1\n\n"
        + "正文讲述巡检机器人的用途。" * 4
    )
    article = Article(path="note.md", format="markdown", raw=md, raw_kind="markdown")
    _lines, found, _ = clean_text(md, "markdown", article)
    assert ("title", "某某发布巡检机器人") in [(f.field, f.value) for f in found]
    assert not [f for f in found if f.field == "published"]


def _buttons() -> list[str]:
    from importlib import resources

    import yaml

    table = yaml.safe_load(resources.files("aiwatch").joinpath("data/clean_rules.yaml").read_text(encoding="utf-8"))
    return table["buttons"]


@pytest.mark.parametrize("word", _buttons())
def test_one_list_of_button_words_is_read_by_every_rule_naming_them(word: str) -> None:
    # each word of the table's `buttons` list is a button in all three places: in brackets beside
    # a value, in a line of buttons, and one blank after a labelled line's last value
    rules = load_rules()
    (widget,) = [rule for rule in rules.span_rules if rule.name == "font_size_widget"]
    (tools,) = [rule for rule in rules.line_rules if rule.name == "page_tools"]
    assert apply_span_rule(widget, f"来源：江湾日报 【{word}】")[0] == "来源：江湾日报"
    assert match_line_rule(tools, f"{word} | {word}")
    found = parse_label_line(rules, f"来源：江湾市农业局 分类：种业 {word}", allow_weak=True)
    assert found is not None and [f.value for f in found if f.field == "source"] == ["江湾市农业局"]
