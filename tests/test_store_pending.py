"""PostgreSQL: the GIN pending lists merged on a second connection while an ingest writes (store/pending.py)."""

from __future__ import annotations

import random
import time

import pytest
from sqlalchemy import text

import store_helpers
from aiwatch.store import open_store
from aiwatch.store.ingest import Ingest, ingest_articles
from aiwatch.store.pending import PendingMerger
from aiwatch.store.search import search
from test_store_ingest import synthetic_body

db_url = store_helpers.db_url


def _articles(count: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    return [
        store_helpers.make_article(f"合并测试{number}号", synthetic_body(rng, 600) + f"智算中心{number}号。").to_dict()
        for number in range(count)
    ]


def _merge_left(store) -> int:
    """Pending-list pages the GIN indexes of the search tables still held (merging them now)."""
    with store.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT sum(gin_clean_pending_list(i.indexrelid::regclass)) FROM pg_index i "
                    "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
                    "WHERE a.amname = 'gin' AND i.indrelid IN ('article_search'::regclass, 'article_pairs'::regclass)"
                )
            ).scalar()
        )


def _titles(store, query: str) -> set[str]:
    return {hit.title for hit in search(store, query, limit=100)}


def _expect_every_article_found(store, count: int) -> None:
    for number in (0, 7, count - 1):
        assert _titles(store, f"智算中心{number}号") == {f"合并测试{number}号"}  # words
        assert _titles(store, f"算中心{number}") == {f"合并测试{number}号"}  # a substring: the bigrams
    assert len(_titles(store, "智算")) == count


def test_ingest_leaves_the_pending_lists_merged(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's GIN pending lists")
    store = open_store(db_url)
    try:
        counts = ingest_articles(store, _articles(40))
        assert counts.new == 40
        assert _merge_left(store) == 0  # the merger's last pass emptied them
        _expect_every_article_found(store, 40)
    finally:
        store.close()


def test_without_the_merger_the_entries_stay_pending(db_url: str) -> None:
    """The control: the same batch written outside ``merging`` leaves its entries in the pending lists."""
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's GIN pending lists")
    store = open_store(db_url)
    try:
        Ingest(store).store_articles(_articles(40))
        _expect_every_article_found(store, 40)  # found in the pending list as well
        assert _merge_left(store) > 0
    finally:
        store.close()


def test_merger_runs_beside_the_writer(db_url: str) -> None:
    """Batches committed while the merger loops: it merges pages, stops clean, and every article
    is found exactly as without it."""
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's GIN pending lists")
    store = open_store(db_url)
    try:
        job = Ingest(store)
        items = _articles(60)
        with job.merging():
            job.store_articles(items[:10])
            merger = job.merger
            waited = 0.0
            while merger.pages == 0 and waited < 30:  # woken by the commit, before the block ends
                time.sleep(0.05)
                waited += 0.05
            assert merger.pages > 0
            for start in range(10, 60, 10):
                job.store_articles(items[start : start + 10])
        assert job.merger is None and merger.error is None and merger.pages > 0
        assert _merge_left(store) == 0
        _expect_every_article_found(store, 60)
    finally:
        store.close()


def test_merger_does_nothing_on_sqlite(tmp_path) -> None:
    store = open_store(str(tmp_path / "corpus.db"))
    try:
        merger = PendingMerger(store.engine).start()
        assert merger._thread is None
        merger.stop()
        assert ingest_articles(store, _articles(5)).new == 5
    finally:
        store.close()
