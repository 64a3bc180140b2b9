"""The search page's totals, facets and suggestions kept per query and corpus version (``web.memo``).

The pages with the memo are the pages without it, on SQLite and PostgreSQL; the corpus version
rises with every write transaction and with nothing else; and a real server of two processes
never shows the counts of before an ingest once a real ``aiwatch ingest`` has finished.
"""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.request
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert

import store_helpers
from aiwatch.store import open_store
from aiwatch.store import search as search_module
from aiwatch.store.ingest import ingest_articles
from aiwatch.store.schema import sources
from aiwatch.web import queries
from aiwatch.web.app import create_app
from aiwatch.web.settings import WebSettings
from live_servers import serving
from store_helpers import make_article, org, tech

db_url = store_helpers.db_url

OUTLETS = ("澎湃新闻", "第一财经", "36氪")
TECHS = (("大模型", "Large language model"), ("芯片", "Chip"), ("机器人", "Robot"))


def stories(count: int = 24) -> list:
    return [
        make_article(
            f"人工智能产业动态第{n}期",
            f"第{n}期：人工智能企业在{n}号园区发布新品，芯片与大模型并进。"
            + ("机器人进入工厂。" if n % 3 == 0 else "")
            + ("量子计算公司参展。" if n % 6 == 0 else ""),
            published=f"2024-{1 + n % 6:02d}-{10 + n % 15}",
            source=OUTLETS[n % 3],
            entities=[org("商汤科技", aliases=("商汤",))] if n % 2 else [org("华为")],
            technologies=[tech(*TECHS[n % 3])],
        )
        for n in range(count)
    ]


PATHS = [
    "/?q=人工智能",
    "/?q=人工智能&page=2",
    "/?q=人工智能&source=第一财经",
    "/?q=人工智能&technology=芯片&page=2",
    "/?q=芯片&since=2024-03&until=2024-05",
    "/?q=机器人&entity=商汤",
    "/?q=人工智能&source=36氪&since=2024-06",  # nothing: suggestions
    "/?q=量子计算",  # few matches: ranked by relevance
    "/?q=量子计算&page=2",
    "/?q=区块链",  # nothing anywhere
    "/?q=商汤科技日日新",  # nothing: the words it is made of
    "/",
    "/?page=2",
    "/api/search?q=人工智能&facets=true",
    "/api/search?q=人工智能&facets=true&offset=20&sort=date",
    "/api/search?q=大模型&technology=大模型&facets=true",
    "/api/articles?q=人工智能&source=澎湃新闻&offset=5",
    "/api/articles?limit=3",
]


def test_pages_are_the_same_with_and_without_the_memo(db_url, monkeypatch) -> None:
    with open_store(db_url) as store:
        ingest_articles(store, stories())
    monkeypatch.setattr(queries, "COUNT_CAP", 10)  # totals over the cap ("10+") are kept too
    # every plan on a small corpus: newest stored first above 5 matches (in windows of 2, 4, …),
    # relevance over the newest 3 matches below
    monkeypatch.setattr(queries, "RANK_LIMIT", 5)
    for name, value in (("STORED_WINDOW", 2), ("WIDEN", 2), ("RANK_WINDOW", 3), ("DIRECT_MATCHES", 2)):
        monkeypatch.setattr(search_module, name, value)
    remembering = create_app(WebSettings(db=db_url, warm=False))
    computing = create_app(WebSettings(db=db_url, warm=False, search_memo=0))
    with TestClient(remembering) as kept, TestClient(computing) as fresh:
        for _ in range(2):  # the second round is answered from the memo
            for path in PATHS:
                answer = kept.get(path)
                assert answer.status_code == 200, (path, answer.text[:300])
                assert answer.text == fresh.get(path).text, path
        first = kept.get("/?q=人工智能").text
        assert "共 <strong>10+</strong> 篇" in first and 'data-facet="sources"' in first
    memo, plans = remembering.state.memo, remembering.state.plans
    assert memo.hits > 0 and plans.hits > 0 and not computing.state.memo.entries
    assert {plan.name for _, plan in plans.entries.values()} >= {"newest", "stored", "ranked"}
    for app in (remembering, computing):
        app.state.store.close()


def test_the_version_rises_with_each_write_transaction_only(db_url) -> None:
    with open_store(db_url) as store:
        before = store.version()
        ingest_articles(store, stories(3))
        after_ingest = store.version()
        assert after_ingest > before
        with store.connect() as conn:  # reading changes nothing
            conn.execute(sources.select()).all()
        assert store.version() == after_ingest
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute(insert(sources).values(name="半途而废"))
            raise RuntimeError("rolled back")
        assert store.version() == after_ingest  # undone with the transaction's writes
        with store.transaction() as conn:
            conn.execute(insert(sources).values(name="新来源"))
        assert store.version() == after_ingest + 1
    with open_store(db_url, read_only=True) as reader:  # what a server without a token sees
        assert reader.version() == after_ingest + 1


def _page(base: str, path: str) -> str:
    request = urllib.request.Request(base + path, headers={"Connection": "close"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.read().decode("utf-8")


def _total_and_sources(page: str) -> tuple[str, tuple[str, ...]]:
    total = re.search(r"共 <strong>([^<]*)</strong> 篇", page).group(1)
    facet = re.search(r'data-facet="sources">(.*?)</section>', page)
    names = (
        re.findall(r'class="chip[^"]*" href="[^"]*"[^>]*>([^<]+)<span class="n">(\d+)', facet.group(1)) if facet else []
    )
    return total, tuple(f"{name}:{count}" for name, count in names)


NEWS = """---
title: 新华社：人工智能大模型进入政务服务
date: 2024-08-0{n}
source: 新华社
---

8月{n}日，多地政务服务平台接入人工智能大模型，第{n}批试点城市公布。
"""


def test_two_server_processes_never_show_the_counts_of_before_an_ingest(tmp_path) -> None:
    """Both processes keep the page's total, facets and suggestions; a real ``aiwatch ingest``
    commits new articles; every later answer, from either process, counts them."""
    db = str(tmp_path / "corpus.db")
    with open_store(db) as store:
        ingest_articles(store, stories(12))
    docs = tmp_path / "news"
    docs.mkdir()
    for n in (1, 2):
        (docs / f"news{n}.md").write_text(NEWS.format(n=n), encoding="utf-8")
    query, nothing_yet = "/?q=" + quote("人工智能"), "/?q=" + quote("政务服务平台")

    def computed(path: str) -> tuple[str, tuple[str, ...]]:  # afresh, in this process, no memo
        app = create_app(WebSettings(db=db, warm=False, search_memo=0))
        with TestClient(app) as client:
            page = client.get(path).text
        app.state.store.close()
        return _total_and_sources(page)

    with serving(db, "--workers", "2", token="") as (base, _):
        # many requests on fresh connections: both processes answer some, and keep what they counted
        before = {_total_and_sources(_page(base, query)) for _ in range(16)}
        assert before == {computed(query)} and len(next(iter(before))[1]) == 3, before
        assert {_total_and_sources(_page(base, nothing_yet)) for _ in range(8)} == {("0", ())}
        done = subprocess.run(
            [sys.executable, "-m", "aiwatch", "ingest", str(docs), "--db", db],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        after = {_total_and_sources(_page(base, query)) for _ in range(16)}
        assert after == {computed(query)} and after != before, (before, after)
        total, counted = next(iter(after))
        assert int(total) == int(next(iter(before))[0]) + 2 and "新华社:2" in counted
        assert {_total_and_sources(_page(base, nothing_yet)) for _ in range(8)} == {("2", ("新华社:2",))}


def test_entity_list_by_name_is_the_same_by_either_way_round(db_url, monkeypatch) -> None:
    """A name matching few entities reads their links by the entity index; many, every link once:
    the suggestions' entity list is the same either way."""
    with open_store(db_url) as store:
        ingest_articles(store, stories())
        asked = [(None, "商汤", 5, 0), (None, "华", 5, 0), ("ORG", "科技", 1, 1), (None, "量子", 5, 0)]
        by_index = [queries.entity_list(store, *args) for args in asked]
        monkeypatch.setattr(queries, "FEW_ENTITIES", 0)
        assert [queries.entity_list(store, *args) for args in asked] == by_index
    assert [page.total for page in by_index] == [1, 1, 1, 0]
    assert by_index[0].items[0]["name"] == "商汤科技" and by_index[0].items[0]["articles"] > 0
