"""Collection rounds end to end: a real HTTP site on 127.0.0.1, a real corpus (SQLite and
PostgreSQL), the real pipeline, WARC archives read back by the WARC reader."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import select

import collect_site
import hostile_stage
import store_helpers
from aiwatch.collect.collector import Collector
from aiwatch.collect.health import source_health
from aiwatch.collect.sources import SourceSpec, add_source, find_source, list_sources
from aiwatch.options import Options
from aiwatch.read import Input, read_input
from aiwatch.runner import Budget
from aiwatch.store import open_store
from aiwatch.store.schema import articles, watch_pages
from collect_site import Answer, Site

db_url = store_helpers.db_url  # a fresh corpus on SQLite and on PostgreSQL (AIWATCH_TEST_PG)
store = store_helpers.store

FEED_PAGES = ["星河智能", "具身智能", "医疗影像", "自动驾驶"]


def make_collector(corpus, folder: Path, **settings) -> Collector:
    """One retry, so the 429 and 500 answers are tried twice."""
    return collect_site.make_collector(corpus, folder, **({"retries": 1, "timeout": 2.0} | settings))


def stored(corpus) -> dict[str, dict]:
    with corpus.connect() as conn:
        rows = conn.execute(select(articles.c.id, articles.c.title, articles.c.url, articles.c.duplicate_of)).all()
    return {row.id: row._asdict() for row in rows}


def page_rows(corpus) -> dict[str, dict]:
    with corpus.connect() as conn:
        return {row.url: row._asdict() for row in conn.execute(select(watch_pages)).all()}


def test_round_stores_feed_articles_and_skips_what_it_must(store, site: Site, tmp_path: Path) -> None:
    add_source(store, SourceSpec(site.url("/feed.xml")))
    add_source(store, SourceSpec(site.url("/atom.xml")))
    counts = make_collector(store, tmp_path / "warc").run_round()
    titles = [row["title"] for row in stored(store).values()]
    for word in [*FEED_PAGES, "语音识别"]:
        assert any(word in title for title in titles), word
    assert counts.new == 5 and counts.failed == 1  # the 500 page; robots' page is skipped, not failed
    assert site.hits["/private/2024/05/16/draft.html"] == 0
    # the Atom entry carries the whole article: its page is never fetched
    assert site.count("/research/") == 0
    # article 3 is linked through a 301 chain by the RSS feed and directly by the Atom feed: one fetch
    assert site.hits["/news/2024/05/14/article-3.html"] == 1
    pages = page_rows(store)
    assert pages[site.url("/private/2024/05/16/draft.html")]["status"] == "skipped"
    assert pages[site.url("/broken/2024/05/17/error.html")]["status"] == "failed"
    assert pages[site.url("/news/2024/05/12/article-1.html")]["etag"]  # utm_source=rss dropped from the key


def test_gbk_page_with_charset_only_in_the_header(store, site: Site, tmp_path: Path) -> None:
    add_source(store, SourceSpec(site.url("/feed.xml")))
    make_collector(store, tmp_path / "warc").run_round()
    gbk = [row for row in stored(store).values() if "gbk" in (row["url"] or "")]
    assert gbk and gbk[0]["title"].startswith("自动驾驶出租车在武汉扩大运营范围")


def test_second_round_fetches_nothing_twice(store, site: Site, tmp_path: Path) -> None:
    add_source(store, SourceSpec(site.url("/feed.xml")))
    collector = make_collector(store, tmp_path / "warc")
    collector.run_round()
    before = dict(site.hits)
    counts = collector.run_round(force=True)
    assert counts.new == 0
    changed = {path for path, n in site.hits.items() if before.get(path) != n}
    # the feed was asked again (304 with the stored ETag); the failed page is retried; nothing else
    assert changed == {"/feed.xml", "/broken/2024/05/17/error.html"}
    feed_request = [headers for path, headers in site.requests if path == "/feed.xml"][-1]
    assert feed_request.get("If-None-Match")


def test_edited_article_becomes_a_new_revision(store, site: Site, tmp_path: Path) -> None:
    add_source(store, SourceSpec(site.url("/feed.xml")))
    collector = make_collector(store, tmp_path / "warc")
    collector.run_round()
    url = site.url("/news/2024/05/13/article-2.html")
    first_ids = page_rows(store)[url]["article_ids"]
    # the outlet edits the story and its feed says so (a new pubDate)
    edited = site.fixture("article-2.html").replace("最高可获得3000万元".encode(), "最高可获得5000万元".encode())
    site.set("/news/2024/05/13/article-2.html", edited)
    feed = site.fixture("feed.xml").replace(b"Mon, 13 May 2024 06:00:00 GMT", b"Mon, 13 May 2024 09:00:00 GMT")
    site.set("/feed.xml", feed, "application/xml")
    counts = collector.run_round(force=True)
    ids = page_rows(store)[url]["article_ids"]
    assert len(ids) == 2 and ids[0] == first_ids[0]
    assert counts.revision == 1 and counts.new == 0
    from aiwatch.store.read import get_article

    newer = get_article(store, ids[1])
    assert newer["revision_of"] == ids[0] and "5000万元" in newer["body"]
    assert get_article(store, ids[0])["superseded_by"] == ids[1]  # the old version is kept, linked
    # the page was asked for with the ETag it had
    asked = [headers for path, headers in site.requests if path == "/news/2024/05/13/article-2.html"]
    assert len(asked) == 2 and asked[-1].get("If-None-Match")


def test_stamp_moved_but_page_unchanged_is_a_304(store, site: Site, tmp_path: Path) -> None:
    add_source(store, SourceSpec(site.url("/feed.xml")))
    collector = make_collector(store, tmp_path / "warc")
    collector.run_round()
    feed = site.fixture("feed.xml").replace(b"Sun, 12 May 2024 01:30:00 GMT", b"Sun, 12 May 2024 02:00:00 GMT")
    site.set("/feed.xml", feed, "application/xml")
    counts = collector.run_round(force=True)
    assert counts.unchanged == 1 and counts.new == 0
    assert site.hits["/news/2024/05/12/article-1.html"] == 2


def test_reprint_on_another_site_is_a_near_duplicate(store, site: Site, second_site: Site, tmp_path: Path) -> None:
    reprint = site.fixture("article-1.html").replace("测试科技网".encode(), "转载新闻网".encode())
    reprint = reprint.replace("<p>5月12日".encode(), "<p>（转自测试科技网）5月12日".encode())
    second_site.set("/2024/05/12/reprint-1.html", reprint)
    second_site.set("/list.html", b'<html><body><a href="/2024/05/12/reprint-1.html">reprint</a></body></html>')
    add_source(store, SourceSpec(site.url("/sitemap.xml"), kind="sitemap"))
    collector = make_collector(store, tmp_path / "warc")
    collector.run_round()
    add_source(store, SourceSpec(second_site.url("/list.html"), kind="page-list"))
    counts = collector.run_round()
    assert counts.duplicate == 1
    rows = stored(store)
    copy = next(row for row in rows.values() if "reprint" in row["url"])
    original = next(row for row in rows.values() if "article-1" in row["url"])
    assert copy["duplicate_of"] == original["id"]


def test_page_list_with_selector_and_without(store, site: Site, tmp_path: Path) -> None:
    add_source(store, SourceSpec(site.url("/list.html"), kind="page-list", selector="ul.news a"))
    make_collector(store, tmp_path / "warc").run_round()
    assert {row["title"][:4] for row in stored(store).values()} == {"星河智能", "上海发布"}
    assert site.count("/about.html") == 0 and site.count("/tech/") == 0


def test_warc_archive_reads_back_to_the_same_articles(store, site: Site, tmp_path: Path) -> None:
    add_source(store, SourceSpec(site.url("/feed.xml")))
    make_collector(store, tmp_path / "warc").run_round()
    archives = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert len(archives) == 1
    from aiwatch.pipeline import process_article

    offline = set()
    for item in read_input(Input(archives[0].name, archives[0]), Options()):
        if not isinstance(item, Exception):
            offline.add(process_article(item, Options()).id)
    assert set(stored(store)) <= offline  # every stored article can be rebuilt from the archive


def test_failing_source_is_backed_off_not_dropped(store, site: Site, tmp_path: Path) -> None:
    site.answers["/down.xml"] = Answer(500, b"down")
    source_id, _ = add_source(store, SourceSpec(site.url("/down.xml"), kind="rss"))
    collector = make_collector(store, tmp_path / "warc")
    counts = collector.run_round()
    assert counts.failed_sources == 1
    health = source_health(find_source(store, str(source_id)))
    assert health["state"] == "backed-off" and health["consecutive_failures"] == 1
    assert health["last_status"] == 500 and "500" in health["last_error"]
    assert collector.due_sources() == []  # waiting out its backoff
    collector.run_round(force=True)
    assert source_health(find_source(store, str(source_id)))["consecutive_failures"] == 2
    site.set("/down.xml", site.fixture("feed.xml"), "application/xml")
    collector.run_round(force=True)
    health = source_health(find_source(store, str(source_id)))
    assert health["state"] == "ok" and health["consecutive_failures"] == 0 and health["items"]["new"] == 4
    assert health["last_error"]  # the last error is kept for the record
    assert len(list_sources(store)) == 1


def test_retry_after_backs_a_source_off_for_as_long_as_asked(store, site: Site, tmp_path: Path) -> None:
    site.answers["/busy.xml"] = Answer(429, b"", headers={"Retry-After": "7200"})
    source_id, _ = add_source(store, SourceSpec(site.url("/busy.xml"), kind="rss", every=60))
    make_collector(store, tmp_path / "warc").run_round()
    row = find_source(store, str(source_id))
    assert (row["backoff_until"] - row["last_attempt_at"]).total_seconds() >= 7199


def test_stop_ends_the_round_after_the_current_item(store, site: Site, tmp_path: Path) -> None:
    add_source(store, SourceSpec(site.url("/feed.xml")))
    stop = threading.Event()
    collector = make_collector(store, tmp_path / "warc", stop=stop)
    original = collector.collect_item
    calls = []

    def one_then_stop(source, item, result):
        calls.append(item.url)
        original(source, item, result)
        stop.set()

    collector.collect_item = one_then_stop
    collector.run_round()
    assert len(calls) == 1 and len(stored(store)) == 1
    row = list_sources(store)[0]
    assert row["etag"] is None  # the feed is read again next time, not skipped with a 304
    stop.clear()
    collector.collect_item = original
    collector.run_round()
    assert len(stored(store)) == 4


def test_a_hostile_page_fails_alone_within_the_budget(site: Site, tmp_path: Path, monkeypatch) -> None:
    hostile_stage.install(monkeypatch)
    page = "<html><head><title>{0}</title></head><body><article><h1>{0}</h1><p>{1}</p></article></body></html>"
    bodies = {
        "/h/2024/05/20/hang.html": page.format("挂起的页面", "HANG-HERE 这一页的分析永远不结束。" * 5),
        "/h/2024/05/20/memory.html": page.format("吃内存的页面", "EAT-MEMORY 这一页的分析要吃光内存。" * 5),
        "/h/2024/05/20/fine.html": page.format("正常的页面", "星河智能宣布完成5亿元B轮融资，资金用于研发。" * 5),
    }
    for path, body in bodies.items():
        site.set(path, body.encode("utf-8"))
    links = "".join(f'<a href="{path}">x</a>' for path in bodies)
    site.set("/h/list.html", f"<html><body>{links}</body></html>".encode())
    corpus = open_store(str(tmp_path / "c.db"))
    add_source(corpus, SourceSpec(site.url("/h/list.html"), kind="page-list"))
    collector = make_collector(
        corpus, tmp_path / "warc", options=Options(analyze=False), budget=Budget(seconds=3, memory_mb=300)
    )
    try:
        counts = collector.run_round()
    finally:
        collector.close()
        corpus.close()
    assert counts.new == 1 and counts.failed == 2
    pages = {url.rsplit("/", 1)[1]: row for url, row in page_rows_of(tmp_path / "c.db").items()}
    assert pages["fine.html"]["status"] == "stored"
    assert "E112" in pages["hang.html"]["last_error"] and "3 s time budget" in pages["hang.html"]["last_error"]
    assert "300 MB memory budget" in pages["memory.html"]["last_error"]


def page_rows_of(db: Path) -> dict[str, dict]:
    with open_store(str(db), read_only=True) as corpus:
        return page_rows(corpus)
