"""The search language through ``aiwatch search`` and ``/api/search``: same answers, clear errors."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from aiwatch.cli import app
from aiwatch.store import open_store
from aiwatch.store.ingest import ingest_articles
from aiwatch.web.app import create_app
from aiwatch.web.settings import WebSettings
from store_helpers import make_article, org

COMPUTE = make_article(
    "合肥智算中心正式启用",
    "合肥新建的智算中心今天投入运营，可为大模型训练提供算力，首批客户包括商汤科技。",
    published="2024-02-10",
    source="36氪",
    entities=[org("商汤科技", aliases=("商汤",))],
)
CHIPS = make_article(
    "上海芯片产业报告",
    "上海集成电路企业去年营收增长，算力芯片需求旺盛。",
    published="2024-07-21",
    source="澎湃新闻",
)


def _corpus(tmp_path) -> str:
    db = str(tmp_path / "corpus.db")
    with open_store(db) as store:
        ingest_articles(store, [COMPUTE, CHIPS])
    return db


def test_cli_query_language_and_errors(tmp_path) -> None:
    db = _corpus(tmp_path)
    runner = CliRunner()
    found = runner.invoke(app, ["search", "智算 OR 芯片 -source:澎湃新闻", "--db", db, "--format", "jsonl"])
    assert found.exit_code == 0, found.output
    rows = [json.loads(line) for line in found.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in rows] == [COMPUTE.id]
    newest = runner.invoke(app, ["search", "算力", "--db", db, "--format", "jsonl", "--sort", "date"])
    assert [json.loads(line)["id"] for line in newest.stdout.splitlines()] == [CHIPS.id, COMPUTE.id]
    bad = runner.invoke(app, ["search", "(智算 OR", "--db", db])
    assert bad.exit_code == 2
    assert "E302 bad search query: OR needs words after it at character 7" in bad.output
    assert "Traceback" not in bad.output


def test_api_query_language_and_400_with_position(tmp_path) -> None:
    application = create_app(WebSettings(db=_corpus(tmp_path)))
    with TestClient(application, raise_server_exceptions=False) as client:
        body = client.get("/api/search", params={"q": "entity:商汤 算力"}).json()
        assert [item["id"] for item in body["items"]] == [COMPUTE.id]
        by_date = client.get("/api/search", params={"q": "算力", "sort": "date"}).json()
        assert [item["id"] for item in by_date["items"]] == [CHIPS.id, COMPUTE.id]
        assert by_date["order"] == "newest"
        bad = client.get("/api/search", params={"q": '芯片 "大模型'})
        assert bad.status_code == 400
        assert bad.json()["code"] == "E302" and bad.json()["position"] == 3
        assert "unterminated quote" in bad.json()["message"]
        page = client.get("/", params={"q": "foo:bar"})
        assert page.status_code == 400 and "unknown field" in page.text
    application.state.store.close()


def test_cli_saved_searches_and_facets(tmp_path) -> None:
    db = _corpus(tmp_path)
    runner = CliRunner()
    saved = runner.invoke(app, ["search", "算力", "--db", db, "--save", "compute", "--facets"])
    assert saved.exit_code == 0, saved.output
    assert "saved search 'compute'" in saved.output and "36氪 (1)" in saved.output
    assert "2024-07 (1) · 2024-02 (1)" in saved.output
    listed = runner.invoke(app, ["searches", "list", "--db", db])
    assert "compute\t算力\trelevance" in listed.stdout
    ran = runner.invoke(app, ["searches", "run", "compute", "--db", db, "--since", "2024-06", "--format", "jsonl"])
    assert [json.loads(line)["id"] for line in ran.stdout.splitlines()] == [CHIPS.id]
    assert runner.invoke(app, ["searches", "remove", "compute", "--db", db]).exit_code == 0
    missing = runner.invoke(app, ["searches", "remove", "compute", "--db", db])
    assert missing.exit_code == 2 and "no saved search" in missing.output


def test_api_saved_searches_need_the_token_and_facets(tmp_path) -> None:
    application = create_app(WebSettings(db=_corpus(tmp_path), token="tok-123"))
    auth = {"Authorization": "Bearer tok-123"}
    with TestClient(application, raise_server_exceptions=False) as client:
        body = client.get("/api/search", params={"q": "算力", "facets": "true"}).json()
        assert body["facets"]["counted"] == 2 and not body["facets"]["sampled"]
        assert {v["name"] for v in body["facets"]["sources"]} == {"36氪", "澎湃新闻"}
        assert client.get("/api/search", params={"q": "算力"}).json()["facets"] is None
        assert client.put("/api/searches/compute", json={"query": "算力"}).status_code == 401
        put = client.put("/api/searches/compute", json={"query": "算力", "sort": "date"}, headers=auth)
        assert put.status_code == 200 and put.json()["sort"] == "date"
        bad = client.put("/api/searches/bad", json={"query": "算力 OR"}, headers=auth)
        assert bad.status_code == 400 and bad.json()["position"] == 5
        assert [s["name"] for s in client.get("/api/searches").json()] == ["compute"]
        results = client.get("/api/searches/compute/results", params={"until": "2024-03"}).json()
        assert [item["id"] for item in results["items"]] == [COMPUTE.id]
        assert client.get("/api/searches/nothing/results").status_code == 404
        assert client.delete("/api/searches/compute", headers=auth).json() == {"removed": "compute"}
        assert client.delete("/api/searches/compute", headers=auth).status_code == 404
    application.state.store.close()
