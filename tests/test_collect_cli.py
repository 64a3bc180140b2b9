"""The collection commands as a user runs them: real ``aiwatch`` processes against a real HTTP
site on 127.0.0.1, including a watch daemon stopped with SIGTERM and one killed with -9."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from collect_site import Site

AIWATCH = [sys.executable, "-m", "aiwatch"]
FAST = ["--delay", "0", "--retries", "1", "--backoff", "0.05", "--timeout", "3"]



def aiwatch(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*AIWATCH, *args], capture_output=True, text=True, timeout=timeout)


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def test_sources_add_list_import_remove(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    done = aiwatch("sources", "add", site.url("/feed.xml"), "--db", db, "--every", "2h")
    assert done.returncode == 0, done.stderr
    opml = tmp_path / "subs.opml"
    opml.write_bytes(site.fixture("sources.opml"))
    done = aiwatch("sources", "import", str(opml), "--db", db)
    assert done.returncode == 0 and "1 added, 1 updated" in done.stderr, done.stderr
    listed = json.loads(aiwatch("sources", "list", "--db", db, "-f", "json").stdout)
    assert [(s["url"].rsplit("/", 1)[1], s["state"]) for s in listed] == [("feed.xml", "new"), ("atom.xml", "new")]
    assert listed[0]["name"] == "测试科技网" and listed[0]["every"] == "30m"  # OPML's entry replaced the settings
    table = aiwatch("sources", "--db", db)
    assert table.returncode == 0 and "feed.xml" in table.stdout
    bad = aiwatch("sources", "add", "ftp://example.org/feed", "--db", db)
    assert bad.returncode == 2 and "http:// or https://" in bad.stderr
    bad = aiwatch("sources", "add", site.url("/x"), "--every", "soon", "--db", db)
    assert bad.returncode == 2 and "not a duration: 'soon'" in bad.stderr
    assert aiwatch("sources", "remove", "2", "--db", db).returncode == 0
    missing = aiwatch("sources", "remove", "2", "--db", db)
    assert missing.returncode == 2 and "no such source" in missing.stderr
    assert len(json.loads(aiwatch("sources", "list", "--db", db, "-f", "json").stdout)) == 1


def test_sources_check_says_what_a_source_is(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    for path in ("/feed.xml", "/sitemap.xml", "/list.html", "/missing.xml"):
        aiwatch("sources", "add", site.url(path), "--db", db)
    done = aiwatch("sources", "check", "--db", db, "--timeout", "3")
    reports = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["kind_seen"] if r["ok"] else r["status"]) for r in reports] == ["rss", "sitemap", "page-list", 404]
    assert reports[0]["items"] == 6 and done.returncode == 1
    assert query(Path(db), "SELECT count(*) FROM articles") == [(0,)]  # nothing stored


def test_fetch_then_fetch_again(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    aiwatch("sources", "add", site.url("/feed.xml"), "--db", str(db))
    first = aiwatch("fetch", "--db", str(db), *FAST)
    assert first.returncode == 0, first.stderr
    assert "4 new" in first.stderr and "1 failed" in first.stderr
    assert len(list((tmp_path / "c.warc").glob("*.warc.gz"))) == 1
    again = aiwatch("fetch", "--db", str(db), *FAST)
    assert "0 source(s)" in again.stderr  # not due for 30 minutes
    forced = aiwatch("fetch", "--all", "--db", str(db), *FAST)
    assert "1 source(s) (0 failing): 0 new" in forced.stderr
    health = json.loads(aiwatch("sources", "--db", str(db), "-f", "json").stdout)[0]
    assert health["items"]["new"] == 4 and health["last_status"] == 304


def test_extract_and_ingest_a_url(site: Site, tmp_path: Path) -> None:
    url = site.url("/news/2024/05/15/article-gbk.html")
    done = aiwatch("extract", url)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["title"].startswith("自动驾驶出租车") and record["url"] == url
    db = str(tmp_path / "c.db")
    done = aiwatch("ingest", url, site.url("/private/2024/05/16/draft.html"), "--db", db)
    assert done.returncode == 1 and "1 new" in done.stderr
    assert "draft.html: cannot read: disallowed by robots.txt" in done.stderr


def _many_pages(site: Site, count: int) -> None:
    """A sitemap of ``count`` pages: enough for a round to be cut in the middle."""
    bodies = [site.fixture(f"article-{n}.html") for n in (1, 2, 3)]
    urls = []
    for number in range(count):
        path = f"/k/2024/05/{number:02d}.html"
        body = bodies[number % 3].replace(b"</h1>", f"（第{number}期）</h1>".encode())
        site.set(path, body.replace("<p>5月".encode(), f"<p>第{number}期报道。5月".encode()))
        urls.append(f"<url><loc>{site.url(path)}</loc></url>")
    site.set("/k/sitemap.xml", ("<urlset>" + "".join(urls) + "</urlset>").encode(), "application/xml")


def _state(db: Path) -> tuple[list, list]:
    articles = query(db, "SELECT id, duplicate_of FROM articles ORDER BY id")
    pages = query(db, "SELECT url, status, article_ids FROM watch_pages ORDER BY url")
    return articles, pages


def _wait_for_pages(db: Path, count: int, process: subprocess.Popen, limit: float = 300) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        if db.exists():
            try:
                stored = query(db, "SELECT count(*) FROM watch_pages")[0][0]
            except sqlite3.OperationalError:
                stored = 0  # the schema is still being created
            if stored >= count:
                return stored
        time.sleep(0.1)
    raise AssertionError(f"fewer than {count} pages stored after {limit} s")


def _watch(db: Path, *extra: str) -> subprocess.Popen:
    args = [*AIWATCH, "watch", "--db", str(db), "--workers", "1", "--delay", "0.3", "--timeout", "3", *extra]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def test_watch_killed_with_9_restarts_where_it_stopped(site: Site, receiver, tmp_path: Path) -> None:
    _many_pages(site, 12)
    reference, killed = tmp_path / "reference.db", tmp_path / "killed.db"
    for db in (reference, killed):
        aiwatch("sources", "add", site.url("/k/sitemap.xml"), "--kind", "sitemap", "--db", str(db))
        hook = f"{receiver.base}/{db.stem}"  # alerts of each corpus to their own path
        subscribed = aiwatch("alerts", "add", "watcher", "--query", "上海", "--webhook", hook, "--db", str(db))
        assert subscribed.returncode == 0, subscribed.stderr
    done = aiwatch("fetch", "--db", str(reference), *FAST)
    assert done.returncode == 0, done.stderr
    process = _watch(killed, "--rounds", "1")
    try:
        stored = _wait_for_pages(killed, 3, process)
    finally:
        process.kill()  # SIGKILL: no handler runs
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert stored < 12, "the round finished before it could be killed"
    restarted = _watch(killed, "--rounds", "1")
    _out, err = restarted.communicate(timeout=600)
    assert restarted.returncode == 0, err
    assert _state(killed) == _state(reference)  # nothing lost, nothing doubled
    assert len(_state(killed)[1]) == 12
    # at most the one page being processed at the kill was fetched a second time
    assert site.count("/k/2024/") <= 2 * 12 + 1
    # and the alerts: every story once, as from the run that was never killed
    alerted, expected = receiver.received("/killed"), receiver.received("/reference")
    stories = [alert["story"] for alert in alerted]
    assert expected and sorted(stories) == sorted(alert["story"] for alert in expected)
    assert len(stories) == len(set(stories))


def test_watch_stops_cleanly_on_sigterm(site: Site, tmp_path: Path) -> None:
    _many_pages(site, 12)
    db = tmp_path / "c.db"
    aiwatch("sources", "add", site.url("/k/sitemap.xml"), "--kind", "sitemap", "--db", str(db))
    process = _watch(db)
    try:
        _wait_for_pages(db, 2, process)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "watch: stopped after 1 round(s)" in err
    articles, pages = _state(db)
    assert 2 <= len(pages) < 12
    stored_ids = {row[0] for row in articles}
    for _url, status, ids in pages:
        assert status == "stored" and set(json.loads(ids)) <= stored_ids  # no page without its article
    again = aiwatch("fetch", "--db", str(db), *FAST)
    assert again.returncode == 0, again.stderr
    assert len(_state(db)[1]) == 12


def test_sources_and_subscriptions_declared_in_the_config_file(site: Site, receiver, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    aiwatch("sources", "add", site.url("/atom.xml"), "--db", db)  # the corpus's own, beside the file's
    aiwatch("search", "推理芯片", "--save", "chips", "--db", db)
    config = tmp_path / "aiwatch.toml"
    config.write_text(
        f"""
keywords = 5
[collect]
user_agent = "aiwatch-test (+https://intel.example.com/bot)"
[[sources]]
url = "{site.url("/feed.xml")}"
every = "2h"
name = "测试科技网"
[[subscriptions]]
name = "芯片组"
rules = [{{ saved_search = "chips" }}]
targets = [{{ type = "webhook", url = "{receiver.base}/json" }}]
""",
        encoding="utf-8",
    )
    listed = json.loads(aiwatch("sources", "--db", db, "-f", "json", "--config", str(config)).stdout)
    assert [(s["url"].rsplit("/", 1)[1], s["every"]) for s in listed] == [("atom.xml", "30m"), ("feed.xml", "2h")]
    done = aiwatch("fetch", "--db", db, "--config", str(config), *FAST)
    assert done.returncode == 0, done.stderr
    assert "2 source(s) (0 failing): 5 new" in done.stderr
    agents = {headers.get("User-Agent") for _path, headers in site.requests}
    assert agents == {"aiwatch-test (+https://intel.example.com/bot)"}
    # the declared subscription (a saved search as its rule) alerted once, after the round
    [alert] = receiver.received("/json")
    assert alert["subscription"] == "芯片组" and alert["matched"] == {"saved_search": "chips"}
    most = "SELECT max(n) FROM (SELECT count(*) AS n FROM article_keywords GROUP BY article_pk)"
    assert query(Path(db), most) == [(5,)]  # the file's analysis settings apply too (keywords = 5)
    # gone from the file: removed from the corpus; the CLI's own source stays
    config.write_text("sources = []\n", encoding="utf-8")
    listed = json.loads(aiwatch("sources", "--db", db, "-f", "json", "--config", str(config)).stdout)
    assert [s["url"].rsplit("/", 1)[1] for s in listed] == ["atom.xml"]
    alerts = aiwatch("alerts", "list", "--db", db, "--config", str(config))
    assert "芯片组" in alerts.stdout  # no subscriptions list in the file now: the corpus's stay as they are
    config.write_text('[[subscriptions]]\nname = "x"\nrules = [{ saved_search = "nope" }]\n', encoding="utf-8")
    bad = aiwatch("alerts", "run", "--db", db, "--config", str(config))
    assert bad.returncode == 2 and "no saved search 'nope'" in bad.stderr and str(config) in bad.stderr


def test_every_fetched_article_is_rebuilt_offline_from_the_archive(site: Site, tmp_path: Path) -> None:
    db, rebuilt = tmp_path / "c.db", tmp_path / "rebuilt.db"
    aiwatch("sources", "add", site.url("/feed.xml"), "--db", str(db))  # pages, a GBK one, a 301 chain
    aiwatch("sources", "add", site.url("/atom.xml"), "--db", str(db))  # a full-text entry: no page fetched
    aiwatch("sources", "add", site.url("/list.html"), "--kind", "page-list", "--db", str(db))
    done = aiwatch("fetch", "--db", str(db), *FAST)
    assert done.returncode == 0, done.stderr
    assert site.count("/research/") == 0  # the Atom entry was the article
    done = aiwatch("ingest", str(tmp_path / "c.warc"), "--db", str(rebuilt))
    assert done.returncode == 0, done.stderr
    fields = "SELECT id, title, published, url FROM articles ORDER BY id"
    collected, offline = query(db, fields), query(rebuilt, fields)
    assert len(collected) == 5 and offline == collected  # the list page is not taken for an article
    assert any("语音识别" in row[1] for row in offline)
