"""The HTTP API and pages over a real SQLite corpus built from our own small articles.

The corpus goes through the real pipeline (readers, cleaning, analysis, store), so the API is
tested on what ``aiwatch ingest`` really stores.  Two outlets report the same launch on 4月10日
(澎湃新闻 and 第一财经): the event timeline must list it once with both sources.  One hand-made
article is hostile (script tags in its title and body, a ``javascript:`` URL): every page must
show it as text.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

import store_helpers
from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.store import open_store
from aiwatch.store.ingest import Ingest, ingest_articles
from aiwatch.web import markup, queries
from aiwatch.web.app import create_app
from aiwatch.web.settings import WebSettings

DOCS = {
    # Launch reported by 澎湃新闻 (same day) …
    "sensetime_thepaper.md": """---
title: 商汤科技发布日日新5.0大模型 推理成本下降六成
date: 2024-04-10
source: 澎湃新闻
---

4月10日，商汤科技在上海举行技术交流日，正式发布日日新5.0大模型。商汤科技董事长徐立表示，新模型在中文理解和代码生成方面大幅提升，推理成本较上一代下降六成。

据介绍，商汤科技去年研发投入达到34.9亿元，目前已有超过3000家企业客户。上海市经济和信息化委员会有关负责人到场参观。

## 算力支撑

商汤科技位于上海临港的智算中心为新模型提供算力，总算力超过12000 PFLOPS。
""",
    # … and by 第一财经 the next day, in other words.
    "sensetime_yicai.md": """---
title: 日日新5.0亮相 商汤押注多模态
date: 2024-04-11
source: 第一财经
---

商汤科技4月10日在上海发布日日新5.0大模型，董事长徐立在发布会上介绍了新模型的多模态能力。

业内人士认为，国内大模型竞争进入成本比拼阶段。华为、阿里巴巴等公司也在加快推出新一代模型。
""",
    "shenzhen_robots.md": """---
title: 深圳发布具身智能机器人产业计划
date: 2024-07-13
source: 深圳特区报
---

7月13日，深圳市工业和信息化局发布具身智能机器人行动计划，提出到2026年相关产业规模突破1000亿元。华为、优必选等企业参与了计划的讨论。
""",
}

HOSTILE_BODY = '攻击者写道：<script>alert("x")</script> 然后 <img src=x onerror=alert(1)> 商汤科技回应。'
HOSTILE = Article(
    path="hostile.txt",
    format="text",
    title='<script>alert("title")</script>恶意标题',
    url="javascript:alert(1)",
    published="2023-01-05",
    source="<b>来源</b>",
    body=HOSTILE_BODY,
    keywords=[],
    technologies=[],
    industries=[],
    entities=[
        {
            "name": "商汤科技",
            "type": "ORG",
            "aliases": ["商汤"],
            "count": 1,
            "mentions": [{"start": HOSTILE_BODY.index("商汤科技"), "end": HOSTILE_BODY.index("商汤科技") + 4}],
        }
    ],
    events=[],
    figures=[],
)
TOKEN = "test-token-0123"
db_url = store_helpers.db_url  # a fresh corpus on SQLite and on PostgreSQL (AIWATCH_TEST_PG)


def build_corpus(folder: Path, db: str | None = None) -> str:
    """Write the documents, ingest them through the real pipeline, add the hostile article."""
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for name, content in DOCS.items():
        (docs / name).write_text(content, encoding="utf-8")
    db = db or str(folder / "corpus.db")
    with open_store(db) as store:
        counts = Ingest(store).run([str(docs)], Options())
        assert counts.new == len(DOCS), counts.errors
        ingest_articles(store, [HOSTILE])
    return db


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> str:
    return build_corpus(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(corpus):
    app = create_app(WebSettings(db=corpus))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
    app.state.store.close()


def _writable_client(tmp_path, **settings) -> TestClient:
    app = create_app(WebSettings(db=str(tmp_path / "empty.db"), token=TOKEN, **settings))
    return TestClient(app, raise_server_exceptions=False)


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code
    assert body["message"].startswith(code)
    assert "Traceback" not in response.text
    return body


# --- articles ---------------------------------------------------------------------------------


def test_health_counts_the_corpus(client) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["read_only"] is True
    assert body["articles"] == 4


def test_articles_newest_first_with_paging(client) -> None:
    body = client.get("/api/articles").json()
    assert body["total"] == 4
    assert [a["published"][:10] for a in body["items"]] == ["2024-07-13", "2024-04-11", "2024-04-10", "2023-01-05"]
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert second["total"] == 4 and [a["id"] for a in second["items"]] == [a["id"] for a in body["items"][2:]]


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({"source": "第一财经"}, ["日日新5.0亮相 商汤押注多模态"]),
        ({"since": "2024-07"}, ["深圳发布具身智能机器人产业计划"]),
        (
            {"until": "2024-04-10"},
            ["商汤科技发布日日新5.0大模型 推理成本下降六成", '<script>alert("title")</script>恶意标题'],
        ),
        (
            {"since": "2024", "until": "2024-04"},
            ["日日新5.0亮相 商汤押注多模态", "商汤科技发布日日新5.0大模型 推理成本下降六成"],
        ),
        ({"entity": "徐立"}, ["日日新5.0亮相 商汤押注多模态", "商汤科技发布日日新5.0大模型 推理成本下降六成"]),
        ({"entity": "优必选"}, ["深圳发布具身智能机器人产业计划"]),
        ({"technology": "大模型"}, ["日日新5.0亮相 商汤押注多模态", "商汤科技发布日日新5.0大模型 推理成本下降六成"]),
        ({"q": "机器人"}, ["深圳发布具身智能机器人产业计划"]),
        ({"q": "大模型", "source": "澎湃新闻"}, ["商汤科技发布日日新5.0大模型 推理成本下降六成"]),
        ({"industry": "没有这个行业"}, []),
    ],
)
def test_article_filters_match_the_cli_search(client, params, titles) -> None:
    body = client.get("/api/articles", params=params).json()
    assert [a["title"] for a in body["items"]] == titles
    assert body["total"] == len(titles)


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"offset": -1},
        {"offset": 10_001},
        {"since": "2024-13"},
        {"until": "yesterday"},
        {"q": "长" * 201},
        {"duplicates": "perhaps"},
    ],
)
def test_bad_article_parameters_are_422_with_our_code(client, params) -> None:
    body = assert_error(client.get("/api/articles", params=params), 422, "E400")
    assert next(iter(params)) in body["message"]


def test_article_detail_has_every_analysis_field(client) -> None:
    listed = client.get("/api/articles", params={"source": "澎湃新闻"}).json()["items"][0]
    article = client.get(f"/api/articles/{listed['id']}").json()
    for name in ("keywords", "technologies", "industries", "entities", "events", "figures", "summary", "body"):
        assert article[name] is not None, name
    sensetime = next(e for e in article["entities"] if e["name"] == "商汤科技")
    first = sensetime["mentions"][0]
    assert article["body"][first["start"] : first["end"]] == "商汤科技"
    assert any(f["text"] == "34.9亿元" and f["value"] == 3_490_000_000 for f in article["figures"])
    assert article["events"][0]["date"] == "2024-04-10"
    assert article["copies"] == []


def test_unknown_article_is_404_and_a_long_id_is_422(client) -> None:
    assert_error(client.get("/api/articles/0000000000000000"), 404, "E404")
    assert_error(client.get("/api/articles/" + "a" * 65), 422, "E400")


# --- search -----------------------------------------------------------------------------------


def test_search_marks_whole_words_in_the_snippet(client) -> None:
    body = client.get("/api/search", params={"q": "大模型"}).json()
    assert body["total"] == 2 and body["query"] == "大模型"
    for hit in body["items"]:
        assert hit["highlights"]
        assert all(hit["snippet"][start:end] == "大模型" for start, end in hit["highlights"])


@pytest.mark.parametrize(
    "query", ['"', "AND OR NOT", "商汤 (科技", "NEAR(a b)", "*", "\x00", "'; DROP TABLE articles; --"]
)
def test_search_syntax_in_the_query_is_never_a_500(client, query) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code in (200, 400, 422), response.text
    assert client.get("/api/health").json()["articles"] == 4


def test_search_needs_words(client) -> None:
    assert_error(client.get("/api/search"), 422, "E400")
    assert_error(client.get("/api/search", params={"q": ""}), 422, "E400")


# --- entities, events, trends, network --------------------------------------------------------


def test_entity_list_by_type_and_name(client) -> None:
    orgs = client.get("/api/entities", params={"type": "ORG"}).json()
    assert {e["type"] for e in orgs["items"]} == {"ORG"}
    assert orgs["items"][0]["name"] == "商汤科技" and orgs["items"][0]["articles"] == 3
    found = client.get("/api/entities", params={"q": "徐"}).json()["items"]
    assert [e["name"] for e in found] == ["徐立"]
    page = client.get("/api/entities", params={"limit": 2, "offset": 1}).json()
    assert len(page["items"]) == 2 and page["total"] > 3
    assert_error(client.get("/api/entities", params={"type": "ANIMAL"}), 422, "E400")


def test_entity_detail_with_aliases_co_mentions_and_events(client) -> None:
    body = client.get("/api/entities/徐立").json()
    assert body["type"] == "PER" and body["article_count"] == 2
    co = {c["name"]: c["articles"] for c in body["co_mentioned"]}
    assert co["商汤科技"] == 2
    assert [m["month"] for m in body["months"]] == ["2024-04"]
    launch = body["events"][0]
    assert launch["date"] == "2024-04-10" and launch["sources"] == ["澎湃新闻", "第一财经"]


def test_entity_found_by_alias(client) -> None:
    body = client.get("/api/entities/商汤").json()
    assert body["name"] == "商汤科技"
    assert "商汤" in body["aliases"]


def test_unknown_entity_is_404(client) -> None:
    assert_error(client.get("/api/entities/不存在的公司"), 404, "E404")


def test_timeline_lists_a_cross_source_event_once(client) -> None:
    body = client.get("/api/events").json()
    launches = [e for e in body["items"] if e["date"] == "2024-04-10"]
    assert len(launches) == 1
    assert launches[0]["sources"] == ["澎湃新闻", "第一财经"]
    assert len(launches[0]["reports"]) == 2
    later = client.get("/api/events", params={"since": "2024-05"}).json()["items"]
    assert [e["date"] for e in later] == ["2024-07-13"]
    by_entity = client.get("/api/events", params={"entity": "商汤"}).json()["items"]
    assert [e["date"] for e in by_entity] == ["2024-04-10"]
    assert client.get("/api/events", params={"entity": "没有"}).json()["total"] == 0
    newest = client.get("/api/events", params={"order": "desc"}).json()["items"]
    assert [e["date"] for e in newest] == sorted((e["date"] for e in body["items"]), reverse=True)


def test_an_event_is_served_by_its_id(client) -> None:
    launch = next(e for e in client.get("/api/events").json()["items"] if e["date"] == "2024-04-10")
    assert launch["event_id"].startswith("ev") and launch["type"] == "launch"
    body = client.get(f"/api/events/{launch['event_id']}").json()
    assert body["event_id"] == launch["event_id"]
    assert body["sources"] == ["澎湃新闻", "第一财经"] and len(body["reports"]) == 2
    assert body["arguments"]["organisation"] == "商汤科技"
    assert_error(client.get("/api/events/ev0000000000000000"), 404, "E404")
    assert_error(client.get("/api/events/not-an-id"), 422, "E400")
    page = client.get(f"/events/{launch['event_id']}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "发布" in page.text and "澎湃新闻" in page.text and "第一财经" in page.text and "商汤科技" in page.text
    assert client.get("/events/ev0000000000000000").status_code == 404
    timeline_page = client.get("/entities/商汤科技").text
    assert f'href="/events/{launch["event_id"]}"' in timeline_page


def test_trends_per_month(client) -> None:
    body = client.get("/api/trends", params={"kind": "technology"}).json()
    series = {s["name"]: s for s in body["series"]}
    assert "2024-04" in body["months"]
    assert series["大模型"]["counts"][body["months"].index("2024-04")] == 2
    assert body["months"] == sorted(body["months"])
    assert_error(client.get("/api/trends", params={"kind": "weather"}), 422, "E400")
    assert_error(client.get("/api/trends", params={"top": 0}), 422, "E400")


def test_network_weights_are_shared_articles(client) -> None:
    body = client.get("/api/network", params={"top": 10}).json()
    weights = {frozenset((e["source"], e["target"])): e["weight"] for e in body["edges"]}
    assert weights[frozenset(("商汤科技", "徐立"))] == 2


# --- ingest -----------------------------------------------------------------------------------


def test_ingest_is_refused_on_a_read_only_server(client) -> None:
    assert_error(client.post("/api/ingest", content="正文".encode()), 403, "E403")


def test_ingest_needs_the_right_token(tmp_path) -> None:
    with _writable_client(tmp_path) as writable:
        assert_error(writable.post("/api/ingest", content=b"x"), 401, "E401")
        wrong = {"Authorization": "Bearer nope"}
        assert_error(writable.post("/api/ingest", content=b"x", headers=wrong), 401, "E401")


def test_ingest_raw_body_then_again_then_as_a_form(tmp_path) -> None:
    document = DOCS["shenzhen_robots.md"].encode("utf-8")
    with _writable_client(tmp_path) as writable:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        first = writable.post("/api/ingest", content=document, headers=auth, params={"name": "../../etc/passwd"})
        assert first.status_code == 201, first.text
        body = first.json()
        assert body["name"] == "upload:passwd"  # a label, never a path on the server
        assert [a["status"] for a in body["stored"]] == ["new"]
        assert body["stored"][0]["title"] == "深圳发布具身智能机器人产业计划"
        again = writable.post("/api/ingest", content=document, headers={"X-Aiwatch-Token": TOKEN})
        assert [a["status"] for a in again.json()["stored"]] == ["unchanged"]
        other = DOCS["sensetime_yicai.md"].encode("utf-8")
        form = writable.post("/api/ingest", files={"file": ("yicai.md", other, "text/markdown")}, headers=auth)
        assert form.status_code == 201, form.text
        assert form.json()["name"] == "upload:yicai.md"
        stored = writable.get("/api/articles").json()
        assert stored["total"] == 2
        article = writable.get(f"/api/articles/{form.json()['stored'][0]['id']}").json()
        assert article["source"] == "第一财经" and article["entities"]


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "E101"), (b"   \n ", "E101"), (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E102")],
    ids=["empty", "blank", "png"],
)
def test_ingest_bad_documents_are_422(tmp_path, content, code) -> None:
    with _writable_client(tmp_path) as writable:
        response = writable.post("/api/ingest", content=content, headers={"Authorization": f"Bearer {TOKEN}"})
        assert_error(response, 422, code)


def test_ingest_form_without_file_and_oversized_bodies(tmp_path) -> None:
    with _writable_client(tmp_path, max_body=1000) as writable:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        no_file = {"other": ("a.txt", b"x", "text/plain")}
        assert_error(writable.post("/api/ingest", files=no_file, headers=auth), 400, "E400")
        assert_error(writable.post("/api/ingest", content=b"x" * 1001, headers=auth), 413, "E413")
        big_form = {"file": ("big.txt", b"y" * 2000, "text/plain")}
        assert_error(writable.post("/api/ingest", files=big_form, headers=auth), 413, "E413")


def test_streamed_body_over_the_limit_is_413(tmp_path) -> None:
    def chunks():
        for _ in range(20):
            yield b"z" * 100

    with _writable_client(tmp_path, max_body=1000) as writable:
        response = writable.post("/api/ingest", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}"})
        assert_error(response, 413, "E413")


# --- errors and limits ------------------------------------------------------------------------


def test_unknown_route_and_wrong_method_are_json_errors(client) -> None:
    assert_error(client.get("/api/nothing"), 404, "E404")
    assert_error(client.delete("/api/articles"), 405, "E405")


def test_a_bug_is_a_500_without_a_trace(client, monkeypatch) -> None:
    def broken(store):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(queries, "corpus_counts", broken)
    body = assert_error(client.get("/api/health"), 500, "E500")
    assert "secret" not in json.dumps(body)
    page = client.get("/dashboard?since=1999")
    assert page.status_code == 500 and "secret" not in page.text and "E500" in page.text


def test_slow_query_is_cut_off_with_e303(tmp_path, monkeypatch) -> None:
    def endless(store):
        with queries.reading(store, "endless") as conn:
            return conn.execute(
                text("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
            ).scalar()

    monkeypatch.setattr(queries, "corpus_counts", endless)
    open_store(str(tmp_path / "slow.db")).close()  # a read-only server needs an existing corpus
    app = create_app(WebSettings(db=str(tmp_path / "slow.db"), query_seconds=0.2))
    with TestClient(app, raise_server_exceptions=False) as slow:
        assert_error(slow.get("/api/health"), 503, "E303")


def test_security_headers_on_every_response(client) -> None:
    for path in ("/", "/api/health", "/api/nothing"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    ["/static/../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml", "/static//etc/passwd", "/static/app.css/x"],
)
def test_static_paths_never_reach_the_file_system(client, path) -> None:
    assert client.get(path).status_code == 404


def test_static_assets_are_served_from_the_package(client) -> None:
    echarts = client.get("/static/vendor/echarts.min.js")
    assert echarts.status_code == 200 and b"echarts" in echarts.content[:2000]
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")


def test_openapi_describes_every_route(client) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/search", "/api/entities"):
        assert path in paths
    for path in ("/api/entities/{name}", "/api/events", "/api/trends", "/api/network", "/api/ingest"):
        assert path in paths
    for methods in paths.values():
        for operation in methods.values():
            assert operation.get("description") or operation.get("summary")
            assert "422" in operation["responses"]


# --- pages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=大模型",
        "/?technology=大模型&since=2024",
        "/entities",
        "/entities?type=PER",
        "/entities/商汤科技",
        "/dashboard",
        "/dashboard?since=2024-04&until=2024-04",
        "/api",
    ],
)
def test_pages_render(client, path) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="zh-CN">' in response.text


def test_search_page_highlights_and_filters(client) -> None:
    page = client.get("/", params={"q": "大模型", "source": "澎湃新闻"}).text
    assert "<mark>大模型</mark>" in page
    assert "共 <strong>1</strong> 篇" in page


def _facet_chips(page: str, facet: str) -> dict[str, tuple[str, str | None, bool]]:
    """The chips of one facet on a search page: name -> (link, count, chosen)."""
    section = re.search(rf'<section class="facet" data-facet="{facet}">(.*?)</section>', page, re.S)
    if section is None:
        return {}
    chip = r'<a class="chip( on)?" href="([^"]+)"[^>]*>([^<]+)(?:<span class="n">(\d+)</span>)?'
    chips = re.findall(chip, section[1])
    return {html.unescape(name): (html.unescape(link), count or None, bool(on)) for on, link, name, count in chips}


def test_search_page_facets_count_the_matches_and_narrow_the_query(client) -> None:
    page = client.get("/", params={"q": "商汤"}).text
    # 商汤 is in both reports of the launch and in the hostile article (source <b>来源</b>, escaped)
    assert "按全部 3 篇匹配文章统计" in page
    sources = _facet_chips(page, "sources")
    counts = {name: count for name, (_, count, _) in sources.items()}
    assert counts == {"澎湃新闻": "1", "第一财经": "1", "<b>来源</b>": "1"}
    assert "<b>来源</b>" not in page
    assert _facet_chips(page, "months")["2024-04"][1] == "2"
    assert _facet_chips(page, "entities")["商汤科技"][1] == "3"
    assert _facet_chips(page, "technologies")["大模型"][1] == "2"
    # a value narrows the query to it, keeping the words …
    narrowed = client.get(sources["第一财经"][0])
    assert narrowed.status_code == 200
    titles = re.findall(r'<h2><a href="/articles/[0-9a-f]+">([^<]+)</a></h2>', narrowed.text)
    assert titles == ["日日新5.0亮相 商汤押注多模态"]
    chosen = _facet_chips(narrowed.text, "sources")
    assert list(chosen) == ["第一财经"] and chosen["第一财经"][2] is True
    # … and the chosen value's link takes it off again
    assert parse_qs(urlsplit(chosen["第一财经"][0]).query) == {"q": ["商汤"]}
    month = client.get(_facet_chips(page, "months")["2024-04"][0]).text
    assert "共 <strong>2</strong> 篇" in month and _facet_chips(month, "months")["2024-04"][2] is True


def test_search_page_without_matches_shows_no_facets(client) -> None:
    page = client.get("/", params={"q": "没有这样的词语"}).text
    assert 'class="facet"' not in page and "匹配文章统计" not in page


def test_article_page_marks_entities_figures_and_events_in_place(client) -> None:
    article_id = client.get("/api/articles", params={"source": "澎湃新闻"}).json()["items"][0]["id"]
    page = client.get(f"/articles/{article_id}").text
    assert '<a class="ent ent-ORG" href="/entities/%E5%95%86%E6%B1%A4%E7%A7%91%E6%8A%80?type=ORG"' in page
    assert ">34.9亿元</mark>" in page
    assert '<span class="evt" data-date="2024-04-10"' in page
    assert "<h3>算力支撑</h3>" in page


def test_hostile_article_is_shown_as_text(client) -> None:
    hostile = client.get("/api/articles", params={"until": "2023"}).json()["items"][0]
    for path in (f"/articles/{hostile['id']}", "/?q=攻击者", "/entities/商汤科技", "/"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>来源</b>" not in page, path
    page = client.get(f"/articles/{hostile['id']}").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page


def test_bad_page_parameters_render_an_error_page(client) -> None:
    response = client.get("/", params={"since": "tomorrow"})
    assert response.status_code == 422 and "E400" in response.text and "<html" in response.text
    missing = client.get("/articles/0000000000000000")
    assert missing.status_code == 404 and "找不到" in missing.text


# --- the marked-up article view, unit by unit -------------------------------------------------


def test_marks_nest_entities_inside_events_and_escape_everything() -> None:
    body = "3月1日，<商汤>科技发布新品。\n营收18.53亿元。"
    article = {
        "body": body,
        "entities": [{"name": "商汤科技", "type": "ORG", "mentions": [{"start": 5, "end": 9}]}],
        "events": [{"date": "2024-03-01", "text": "3月1日，<商汤>科技发布新品。"}],
        "figures": [{"text": "18.53亿元", "value": 1.853e9, "unit": "元", "context": "营收18.53亿元"}],
    }
    (kind1, first), (kind2, second) = markup.marked_article(article)
    assert kind1 == kind2 == "p"
    assert str(first).startswith('<span class="evt" data-date="2024-03-01"')
    assert '<a class="ent ent-ORG"' in str(first) and "&lt;商汤&gt;" in str(first)
    assert str(second) == '营收<mark class="fig" title="18.53亿元">18.53亿元</mark>。'


def test_figures_sharing_a_context_land_on_their_own_numbers() -> None:
    body = "营业收入分别为18.53亿元、30.27亿元。"
    figures = [{"text": t, "context": body[:-1]} for t in ("18.53亿元", "30.27亿元")]
    spans = markup.figure_spans(body, figures)
    assert [body[s.start : s.end] for s in spans] == ["18.53亿元", "30.27亿元"]


def test_headings_are_short_lines_without_a_sentence_end() -> None:
    assert markup.is_heading("积极履行社会责任全力支持疫情防控")
    assert not markup.is_heading("据了解，商汤科技在上海已有3个年头。")
    assert not markup.is_heading("他说：")


# --- the same answers on both databases -------------------------------------------------------


def test_api_answers_alike_on_sqlite_and_postgresql(db_url, tmp_path) -> None:
    app = create_app(WebSettings(db=build_corpus(tmp_path, db_url)))
    with TestClient(app, raise_server_exceptions=False) as both:
        assert both.get("/api/articles", params={"since": "2024"}).json()["total"] == 3
        hits = both.get("/api/search", params={"q": "大模型", "source": "澎湃新闻"}).json()["items"]
        assert [h["title"] for h in hits] == ["商汤科技发布日日新5.0大模型 推理成本下降六成"]
        assert both.get("/api/entities", params={"type": "ORG", "q": "商"}).json()["items"][0]["name"] == "商汤科技"
        assert both.get("/api/entities/商汤").json()["co_mentioned"][0]["articles"] == 2
        launch = both.get("/api/events").json()["items"][0]
        assert launch["sources"] == ["澎湃新闻", "第一财经"]
        trends = both.get("/api/trends").json()
        assert trends["months"][0] == "2024-04" and trends["series"][0]["name"] == "大模型"
        assert both.get("/api/network").json()["edges"]
        for path in ("/", "/dashboard", "/entities/徐立", "/?q=大模型&since=2024-04"):
            assert both.get(path).status_code == 200, path
    app.state.store.close()


def test_readme_names_every_api_route_and_the_serve_command(client) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "aiwatch serve" in readme
    for path, methods in client.get("/api/openapi.json").json()["paths"].items():
        documented = path.replace("{article_id}", "{id}")
        for method in methods:
            assert f"{method.upper()} {documented}" in readme, f"README does not name {method.upper()} {path}"


def test_a_very_common_word_lists_newest_first(client, monkeypatch) -> None:
    relevance = client.get("/api/search", params={"q": "大模型"}).json()
    assert relevance["order"] == "relevance"
    # Above RANK_LIMIT matches bm25 is skipped: the newest stored article comes first.
    monkeypatch.setattr(queries, "RANK_LIMIT", 1)
    newest = client.get("/api/search", params={"q": "大模型"}).json()
    assert newest["order"] == "newest" and newest["total"] == 2
    assert newest["items"][0]["title"] == "日日新5.0亮相 商汤押注多模态"
    assert "按入库时间从新到旧排序" in client.get("/", params={"q": "大模型"}).text
