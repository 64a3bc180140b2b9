"""Issue 17's smaller points: the no-result hint (queries that do find something, each run and counted),
the API page in Chinese, and the dashboard's month axis bounds."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote_plus

import pytest
from fastapi.testclient import TestClient

import test_web_api
from aiwatch.web import api_zh
from aiwatch.web.app import create_app
from aiwatch.web.settings import WebSettings

corpus = test_web_api.corpus  # the pipeline-built corpus of the API tests (商汤科技, 日日新5.0, 徐立…)


@pytest.fixture(scope="module")
def client(corpus):
    app = create_app(WebSettings(db=corpus, warm=False))
    with TestClient(app) as test_client:
        yield test_client
    app.state.store.close()


def hint_box(client, **params) -> tuple[str, list[str]]:
    """The no-result box as text, and the queries its links suggest."""
    page = client.get("/", params=params).text
    found = re.search(r'<li class="empty" id="no-results">(.*?)</li>\s*</ol>', page, re.S)
    assert found, "the page found articles"
    links = [unquote_plus(html.unescape(q)) for q in re.findall(r'<a href="/\?q=([^"&]*)', found.group(1))]
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))).split())
    return text, links


def test_filters_that_exclude_everything_are_named(client) -> None:
    text, _links = hint_box(client, q="日日新", source="深圳特区报")
    assert "日日新（去掉筛选条件，2篇）" in text.replace(" ", "")


def test_words_that_never_meet_are_offered_one_by_one(client) -> None:
    text, _links = hint_box(client, q="商汤科技 机器狗")
    assert "只查“商汤科技”，3 篇" in text
    assert "机器狗" not in text.split("可以试试")[1].split("（")[0]  # never a hint that finds nothing


def test_a_long_run_is_cut_into_its_words(client) -> None:
    text, links = hint_box(client, q="商汤科技机器狗")
    assert links[:2] == ["商汤科技 OR 机器狗", "商汤科技"]
    assert "更短的词“商汤科技”" in text


def test_nothing_to_suggest_explains_how_matching_works(client) -> None:
    text, links = hint_box(client, q="量子计算机")
    assert links == []
    assert "子串" in text and "gpt*" in text and "entity:" in text


def test_a_hint_link_keeps_the_filters_it_does_not_drop(client) -> None:
    page = client.get("/", params={"q": "商汤科技 机器狗", "since": "2024"}).text
    assert 'href="/?q=%E5%95%86%E6%B1%A4%E7%A7%91%E6%8A%80&amp;since=2024"' in page


def test_the_api_page_is_in_chinese(client) -> None:
    page = client.get("/api").text
    assert "接口说明" in page and "检索和浏览" in page
    routes = re.findall(r'method-(\w+)">\w+</span> <code>([^<]+)</code></h2>\s*<p( lang="en")?>', page)
    assert len(routes) >= 14
    # A route added later shows its English text (marked lang="en") until api_zh.py names it.
    untranslated = [(m, p) for m, p, english in routes if english and (m, p) in api_zh.ROUTES]
    assert untranslated == []
    assert [(m, p) for m, p, english in routes if english] == [], "add these routes to aiwatch/web/api_zh.py"
    english_parameters = re.findall(r'<td lang="en">([^<]*)<', page)
    assert english_parameters == [], f"add these parameters to aiwatch/web/api_zh.py: {english_parameters}"


def test_a_stray_old_date_never_pushes_recent_months_off_the_axis() -> None:
    from aiwatch.web.queries import month_span

    recent = {"months": ["2024-03", "2024-04"], "series": []}
    span = month_span("1900-01", "2024-04", recent)
    assert span[-2:] == ["2024-03", "2024-04"] and len(span) == 600
    assert month_span(None, None) == []
    assert month_span("2023-11", None, recent) == ["2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04"]
