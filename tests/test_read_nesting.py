"""Deep nesting is flattened before parsing (issue 10, item 2: 200,000 nested <div> never ended)."""

from __future__ import annotations

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import read_bytes
from aiwatch.text.nesting import MAX_DEPTH, flatten_nesting


def nested(levels: int, tag: str = "div") -> str:
    return f"<{tag}>" * levels + "<p>上海人工智能公司发布新模型。</p>" + f"</{tag}>" * levels


def test_tags_past_the_limit_are_dropped_with_their_closing_tags():
    flat, removed = flatten_nesting(nested(10), limit=4)
    assert removed == 12  # six openings and their six closings
    assert flat == nested(4)


def test_a_normal_page_is_left_alone():
    page = "<html><body>" + "<div><p>段落</p><span>一</span></div>" * 400 + "</body></html>"
    assert flatten_nesting(page) == (page, 0)


def test_unclosed_paragraphs_are_not_depth():
    page = "<body>" + "<p>人工智能新闻段落" * (MAX_DEPTH * 3) + "</body>"
    assert flatten_nesting(page) == (page, 0)


def test_a_deeply_nested_page_keeps_its_text_and_says_so():
    page = "<html><head><title>测试</title></head><body>" + nested(MAX_DEPTH * 8) + "</body></html>"
    [article] = list(read_bytes(page.encode(), "deep.html", Options(analyze=False)))
    assert isinstance(article, Article)
    assert "上海人工智能公司发布新模型" in article.raw
    assert any(w.startswith("nested too deeply") for w in article.warnings)
