"""Revisions: an input edited after it was ingested supersedes what it stored, the old text kept and linked.

Before, appending a paragraph to an ingested file stored the new text as a near-``duplicate`` of the
old one, so its new words were never found.  Each test ingests real files through the pipeline into
SQLite and PostgreSQL, edits them, ingests again, and reads back through search, the article
lookup, the export and the report.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from sqlalchemy import func, select

import store_helpers
from aiwatch.report import build_report
from aiwatch.store.ingest import Ingest
from aiwatch.store.read import get_article, iter_articles
from aiwatch.store.schema import article_revisions, articles
from aiwatch.store.search import Filters, search
from test_store_ingest import options, synthetic_body

db_url = store_helpers.db_url
store = store_helpers.store

CORRECTION = "更正：文中提到的营收数字应为三十四亿元，特此说明。"


def news_file(path: Path, title: str, body: str, source: str = "第一财经") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\ndate: 2024-04-10\nsource: {source}\n---\n\n{body}\n", encoding="utf-8")
    return path


def ingest(store, *paths: Path):
    return Ingest(store).run([str(p) for p in paths], options())


def found(store, query: str, **filters) -> list[str]:
    return [hit.id for hit in search(store, query, Filters(**filters))]


def only_id(store) -> str:
    (hit,) = [a["id"] for a in iter_articles(store, Filters())]
    return hit


def test_appended_paragraph_is_a_revision_found_by_search(store, tmp_path: Path) -> None:
    body = synthetic_body(random.Random(1))
    page = news_file(tmp_path / "docs" / "sensetime.md", "商汤发布日日新大模型", body)
    assert ingest(store, page).new == 1
    first = only_id(store)

    page.write_text(page.read_text(encoding="utf-8") + "\n" + CORRECTION + "\n", encoding="utf-8")
    counts = ingest(store, page)
    assert (counts.new, counts.revision, counts.duplicate, counts.unchanged) == (0, 1, 0, 0)
    second = only_id(store)  # the export lists the current revision only
    assert second != first
    assert found(store, "特此说明") == [second]
    assert found(store, body[:8]) == [second]  # words of both versions: one hit, the new one
    assert found(store, "特此说明", duplicates=True) == [second]

    old, new = get_article(store, first), get_article(store, second)
    assert old["superseded_by"] == second and old["revision_of"] is None
    assert new["revision_of"] == first and new["superseded_by"] is None
    assert CORRECTION in new["body"] and CORRECTION not in old["body"]
    assert new["duplicate_of"] is None
    report = build_report(store, None, None)
    assert report["totals"]["originals"] == 1
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar() == 2  # the old one is kept


def test_each_edit_supersedes_the_last(store, tmp_path: Path) -> None:
    page = news_file(tmp_path / "a.md", "百度发布文心大模型", synthetic_body(random.Random(2)))
    ingest(store, page)
    ids = [only_id(store)]
    for number in range(2):
        page.write_text(page.read_text(encoding="utf-8") + f"\n第{number + 2}次更新：补充了发布会细节。\n")
        assert ingest(store, page).revision == 1
        ids.append(only_id(store))
    assert len(set(ids)) == 3
    assert [get_article(store, i)["superseded_by"] for i in ids] == [ids[1], ids[2], None]
    assert [get_article(store, i)["revision_of"] for i in ids] == [None, ids[0], ids[1]]
    assert found(store, "补充了发布会细节") == [ids[2]]


def test_other_outlets_copies_follow_the_revision(store, tmp_path: Path) -> None:
    """第一财经's report and 新浪财经's copy of it: the edited report stays the story's original."""
    body = synthetic_body(random.Random(3))
    original = news_file(tmp_path / "yicai.md", "商汤发布日日新大模型", body)
    copy = news_file(tmp_path / "sina.md", "商汤发布新模型", body + "责任编辑：李四。", source="新浪财经")
    ingest(store, original)
    ingest(store, copy)
    first = only_id(store)
    original.write_text(original.read_text(encoding="utf-8") + "\n" + CORRECTION + "\n", encoding="utf-8")
    assert ingest(store, original).revision == 1
    revised = only_id(store)
    assert revised != first
    copies = [a for a in iter_articles(store, Filters(duplicates=True)) if a["source"] == "新浪财经"]
    assert [c["duplicate_of"] for c in copies] == [revised]
    assert found(store, body[:8]) == [revised]
    assert sorted(found(store, body[:8], duplicates=True)) == sorted([revised, copies[0]["id"]])


def test_a_different_story_under_the_same_name_is_a_new_article(store, tmp_path: Path) -> None:
    """A crawler saving each day's front page as latest.md: yesterday's story must stay searchable."""
    page = news_file(tmp_path / "latest.md", "今日要闻：华为发布昇腾芯片", synthetic_body(random.Random(4)))
    ingest(store, page)
    news_file(page, "今日要闻：阿里云发布通义千问", synthetic_body(random.Random(5)))
    counts = ingest(store, page)
    assert (counts.new, counts.revision) == (1, 0)
    assert len(list(iter_articles(store, Filters()))) == 2
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(article_revisions)).scalar() == 0


def test_records_of_a_dump_are_revised_one_by_one(store, tmp_path: Path) -> None:
    """A JSON Lines dump re-exported with one record edited and a record inserted above the others:
    only the edited record is a revision, the moved ones are unchanged, the inserted one is new."""
    rng = random.Random(6)
    records = [
        {"title": f"AI快讯{n}号", "url": f"https://news.example.cn/{n}.html", "content": synthetic_body(rng)}
        for n in range(4)
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert ingest(store, dump).new == 4
    before = {a["url"]: a["id"] for a in iter_articles(store, Filters())}
    records[2]["content"] += CORRECTION
    inserted = {"title": "AI快讯新增", "url": "https://news.example.cn/new.html", "content": synthetic_body(rng)}
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [inserted, *records]), encoding="utf-8")
    counts = ingest(store, dump)
    assert (counts.new, counts.revision, counts.unchanged) == (1, 1, 3)
    after = {a["url"]: a["id"] for a in iter_articles(store, Filters())}
    assert len(after) == 5
    assert get_article(store, before[records[2]["url"]])["superseded_by"] == after[records[2]["url"]]
    for number in (0, 1, 3):
        assert after[records[number]["url"]] == before[records[number]["url"]]


def test_same_url_from_another_file_is_a_revision(store, tmp_path: Path) -> None:
    """The page fetched again later and saved elsewhere: the URL says it is the same article."""
    body = synthetic_body(random.Random(7))
    record = {"title": "寒武纪发布思元芯片", "url": "https://news.example.cn/cambricon.html", "content": body}
    (tmp_path / "monday.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    ingest(store, tmp_path / "monday.json")
    first = only_id(store)
    record["content"] = body + CORRECTION
    (tmp_path / "tuesday.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert ingest(store, tmp_path / "tuesday.json").revision == 1
    assert get_article(store, first)["superseded_by"] == only_id(store)


def test_web_lists_the_revision_and_links_both_ways(db_url: str, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from aiwatch.store import open_store
    from aiwatch.web.app import create_app
    from aiwatch.web.settings import WebSettings

    page = news_file(tmp_path / "a.md", "科大讯飞发布星火大模型", synthetic_body(random.Random(8)))
    with open_store(db_url) as writer:
        ingest(writer, page)
        first = only_id(writer)
        page.write_text(page.read_text(encoding="utf-8") + "\n" + CORRECTION + "\n", encoding="utf-8")
        ingest(writer, page)
        second = only_id(writer)
    app = create_app(WebSettings(db=db_url, warm=False))
    try:
        with TestClient(app) as client:
            listed = client.get("/api/articles").json()
            assert [item["id"] for item in listed["items"]] == [second]
            assert client.get(f"/api/articles/{first}").json()["superseded_by"] == second
            assert client.get(f"/api/articles/{second}").json()["revision_of"] == first
            assert f'href="/articles/{second}"' in client.get(f"/articles/{first}").text
            assert client.get("/api/health").json()["articles"] == 1
    finally:
        app.state.store.close()


def test_an_edit_undone_brings_the_first_text_back(store, tmp_path: Path) -> None:
    page = news_file(tmp_path / "a.md", "腾讯发布混元大模型", synthetic_body(random.Random(9)))
    original = page.read_text(encoding="utf-8")
    ingest(store, page)
    first = only_id(store)
    page.write_text(original + "\n" + CORRECTION + "\n", encoding="utf-8")
    ingest(store, page)
    edited = only_id(store)
    page.write_text(original, encoding="utf-8")
    counts = ingest(store, page)
    assert (counts.revision, counts.new, counts.unchanged) == (1, 0, 0)
    assert only_id(store) == first
    assert found(store, "特此说明") == []
    assert get_article(store, edited)["superseded_by"] == first
    assert get_article(store, first)["superseded_by"] is None
