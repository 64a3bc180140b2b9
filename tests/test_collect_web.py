"""The web app's collection routes: GET /api/sources, the 来源 page, and /api/subscriptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from aiwatch.collect.sources import SourceSpec, add_source
from aiwatch.store import open_store
from aiwatch.web.app import create_app
from aiwatch.web.settings import WebSettings
from collect_site import Answer, Site, make_collector


@pytest.fixture
def collected(tmp_path: Path) -> str:
    """A corpus with one working feed and one failing source."""
    site = Site().start()
    site.answers["/down.xml"] = Answer(503, b"")
    db = str(tmp_path / "c.db")
    try:
        with open_store(db) as store:
            add_source(store, SourceSpec(site.url("/feed.xml"), name="测试科技网"))
            add_source(store, SourceSpec(site.url("/down.xml"), kind="rss"))
            make_collector(store, tmp_path / "warc").run_round()
    finally:
        site.stop()
    return db


def client(db: str, token: str | None = None) -> TestClient:
    return TestClient(create_app(WebSettings(db=db, token=token, warm=False)))


def test_api_sources_serves_health(collected: str) -> None:
    with client(collected) as web:
        rows = web.get("/api/sources").json()
    feed, down = rows
    assert feed["state"] == "ok" and feed["items"]["new"] == 4 and feed["items"]["failed"] == 1
    assert feed["last_success_at"] and feed["latency_ms"] is not None
    assert down["state"] == "backed-off" and down["last_status"] == 503 and down["consecutive_failures"] == 1


def test_sources_page_lists_them(collected: str) -> None:
    with client(collected) as web:
        page = web.get("/sources")
    assert page.status_code == 200
    assert "测试科技网" in page.text and "退避中" in page.text and "HTTP 503" in page.text
    assert 'href="/sources" aria-current="page"' in page.text


def test_subscriptions_api_needs_the_token(collected: str) -> None:
    body = {"name": "policy", "rules": [{"entities": ["上海市经信委"]}], "targets": [{"type": "email", "to": "a@b.cn"}]}
    with client(collected) as web:
        assert web.post("/api/subscriptions", json=body).status_code == 403
    with client(collected, token="s3cret") as web:
        assert web.post("/api/subscriptions", json=body).status_code == 401
        made = web.post("/api/subscriptions", json=body, headers={"Authorization": "Bearer s3cret"})
        assert made.status_code == 201 and made.json()["targets"] == ["email:a@b.cn"]
        bad = web.post(
            "/api/subscriptions", json=body | {"rules": [{"colour": "red"}]}, headers={"Authorization": "Bearer s3cret"}
        )
        assert bad.status_code == 400 and bad.json()["code"] == "E400" and "colour" in bad.json()["message"]
        assert [s["name"] for s in web.get("/api/subscriptions").json()] == ["policy"]
        gone = web.delete("/api/subscriptions/policy", headers={"Authorization": "Bearer s3cret"})
        assert gone.status_code == 204 and web.get("/api/subscriptions").json() == []
        missing = web.delete("/api/subscriptions/policy", headers={"Authorization": "Bearer s3cret"})
        assert missing.status_code == 404
