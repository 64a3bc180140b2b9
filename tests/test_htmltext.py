"""Visible text of HTML fragments (front-matter bodies, JSON ``content_html``)."""

from __future__ import annotations

from aiwatch.text.html import html_to_text


def test_paragraphs_are_separated_by_blank_lines():
    html = "<p>第一段，人工智能。</p><p>第二段<b>加粗</b>文字。</p><div>第三段</div>"
    assert html_to_text(html) == "第一段，人工智能。\n\n第二段加粗文字。\n\n第三段"


def test_br_splits_lines_and_inline_tags_do_not():
    assert html_to_text("记者<a href='#'>王伟</a>报道<br>第二行") == "记者王伟报道\n\n第二行"


def test_invisible_parts_are_removed():
    html = (
        "<style>p{color:red}</style><script>var a = '不要';</script><!-- 注释 -->"
        "<p>看得见的正文</p><div style='display: none'>隐藏的广告</div><p hidden>也隐藏</p>"
        "<noscript>请开启脚本</noscript>"
    )
    assert html_to_text(html) == "看得见的正文"


def test_full_width_spaces_and_nbsp_are_collapsed():
    assert html_to_text("<p>\u3000\u3000据介绍，&nbsp;&nbsp;项目已开工。</p>") == "据介绍， 项目已开工。"


def test_empty_and_broken_input():
    assert html_to_text("") == ""
    assert html_to_text("<div><p>未闭合") == "未闭合"


def test_deeply_nested_unclosed_tags_do_not_overflow():
    html = "<font>" * 5000 + "<p>正文第一段。</p><p>正文第二段。</p>"
    assert html_to_text(html) == "正文第一段。\n\n正文第二段。"
