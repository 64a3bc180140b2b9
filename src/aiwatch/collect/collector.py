"""One collection round: every due source is fetched, its new or changed items are fetched,
archived, processed and stored, and the source's health is recorded.

Known items cost nothing: a page is remembered by its canonical URL (``watch_pages``) with its
ETag, Last-Modified, content hash and the source's stamp for it.  It is fetched again only when the
source says it changed (a new ``updated`` / ``lastmod``), then with a conditional GET, and a new
article is made only when the bytes changed.  Each item is committed in one transaction (articles
and page row together), so a killed daemon restarts where it stopped: an item is either stored and
marked, or neither.  The feed's own ETag is saved only after all its items are done, so a round cut
short reads the feed again next time instead of getting a 304 and missing the rest.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update

from aiwatch.collect.adapter import Analyser, entry_page
from aiwatch.collect.archive import Archive
from aiwatch.collect.feeds import Item, canonical_url, parse_feed, parse_page_list, parse_sitemap, sniff_kind
from aiwatch.collect.http import Fetcher, FetchError, Response
from aiwatch.collect.sources import now
from aiwatch.options import Options
from aiwatch.read.decode import decode_bytes
from aiwatch.runner import Budget
from aiwatch.store import dedup
from aiwatch.store.db import Store
from aiwatch.store.schema import watch_pages, watch_sources
from aiwatch.store.writer import Lookups, ensure_index, store_batch

MAX_ATTEMPTS = 5  # a page that failed this often is left alone until its source says it changed
MAX_BACKOFF = timedelta(days=1)
MAX_CHILD_SITEMAPS = 20
Log = Callable[[str], None]
PAGE_COUNTS = ("new", "duplicate", "revision", "unchanged", "failed", "total", "empty", "suspicious")


@dataclass
class SourceResult:
    """What one source gave in one round."""

    source_id: int
    url: str
    ok: bool = True
    status: int = 0
    error: str | None = None
    latency_ms: int | None = None
    retry_after: float | None = None
    complete: bool = True  # False when the round was stopped before every item was looked at
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PAGE_COUNTS, 0))


@dataclass
class RoundCounts:
    sources: int = 0
    failed_sources: int = 0
    new: int = 0
    duplicate: int = 0
    revision: int = 0  # an edited article: stored as a revision of the one it replaces
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, result: SourceResult) -> None:
        self.sources += 1
        self.failed_sources += not result.ok
        for name in ("new", "duplicate", "revision", "unchanged", "failed"):
            setattr(self, name, getattr(self, name) + result.counts[name])

    def line(self) -> str:
        return (
            f"{self.sources} source(s) ({self.failed_sources} failing): {self.new} new, {self.duplicate} duplicate, "
            f"{self.revision} revised, "
            f"{self.unchanged} unchanged, {self.failed} failed"
        )


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def backoff_for(every: int, failures: int, retry_after: float | None) -> timedelta:
    """A failing source waits its interval doubled per failure, up to a day, or what it asked."""
    wait = min(timedelta(seconds=every * 2 ** max(0, failures - 1)), MAX_BACKOFF)
    if retry_after:
        wait = max(wait, timedelta(seconds=retry_after))
    return wait


class Collector:
    """Runs rounds over the sources of one corpus; ``stop`` ends a round after the current items.

    With a ``budget``, each page is analysed in one of ``jobs`` worker processes within it (the
    CLI's default, as for ``ingest``): a hostile page fails alone with E112.  Close when done."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        archive: Archive,
        options: Options,
        threshold: float = dedup.DEFAULT_THRESHOLD,
        workers: int = 4,
        stop: threading.Event | None = None,
        log: Log | None = None,
        budget: Budget | None = None,
        jobs: int = 1,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.archive = archive
        self.options = options
        self.threshold = threshold
        self.workers = max(1, workers)
        self.stop = stop or threading.Event()
        self.log = log or (lambda message: None)
        self.lookups = Lookups()
        self.write_lock = threading.Lock()  # one writer: first copy wins for near-duplicates
        self.in_hand: set[str] = set()  # page URLs a thread is fetching now
        with store.transaction() as conn:
            ensure_index(conn)
        self.analyser = Analyser(options, budget, jobs)  # before the round's threads: workers fork now

    def close(self) -> None:
        """The worker processes, the HTTP client and the archive file (the store is the caller's)."""
        self.analyser.close()
        self.fetcher.close()
        self.archive.close()

    # which sources -----------------------------------------------------------------------------

    def due_sources(self, force: bool = False, only: list[int] | None = None) -> list[dict[str, Any]]:
        query = select(watch_sources).order_by(watch_sources.c.id)
        if only:
            query = query.where(watch_sources.c.id.in_(only))
        elif not force:
            moment = now()
            query = query.where(
                or_(watch_sources.c.next_due_at.is_(None), watch_sources.c.next_due_at <= moment),
                or_(watch_sources.c.backoff_until.is_(None), watch_sources.c.backoff_until <= moment),
            )
        with self.store.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def next_due(self) -> datetime | None:
        """When the next source falls due (for the daemon's sleep)."""
        with self.store.connect() as conn:
            rows = conn.execute(select(watch_sources.c.next_due_at, watch_sources.c.backoff_until)).all()
        times = [max(t for t in row if t is not None) if any(row) else now() for row in rows]
        return min(times) if times else None

    def run_round(self, force: bool = False, only: list[int] | None = None) -> RoundCounts:
        counts = RoundCounts()
        sources = self.due_sources(force, only)
        if not sources:
            return counts
        with ThreadPoolExecutor(max_workers=min(self.workers, len(sources)), thread_name_prefix="collect") as pool:
            for result in pool.map(self.collect_source, sources):
                counts.add(result)
                if result.error:
                    counts.errors.append(f"{result.url}: {result.error}")
        return counts

    # one source --------------------------------------------------------------------------------

    def collect_source(self, source: dict[str, Any]) -> SourceResult:
        result = SourceResult(source["id"], source["url"])
        if self.stop.is_set():
            result.complete = False
            return result
        try:
            answer = self.fetcher.fetch(source["url"], source["etag"], source["last_modified"])
        except FetchError as exc:
            result.ok, result.status, result.error, result.retry_after = False, exc.status, exc.reason, exc.retry_after
            self.record_health(source, result, None)
            self.log(f"source {source['url']}: {exc.reason}")
            return result
        result.status, result.latency_ms = answer.status, answer.elapsed_ms
        if answer.status == 304:
            self.retry_failed(source, result)
            self.record_health(source, result, answer)
            return result
        self.archive.write(answer, listing=True)
        try:
            items = self.list_items(source, answer)
        except Exception as exc:  # a broken feed is the source's failure, not the round's
            result.ok, result.error = False, f"{type(exc).__name__}: {exc}"
            self.record_health(source, result, None)
            return result
        for item in items:
            if self.stop.is_set():
                result.complete = False
                break
            self.collect_item(source, item, result)
        self.record_health(source, result, answer)
        return result

    def retry_failed(self, source: dict[str, Any], result: SourceResult) -> None:
        """The feed has not changed, but pages that failed last time are tried again."""
        query = select(watch_pages.c.url, watch_pages.c.item_stamp).where(
            watch_pages.c.source_id == source["id"],
            watch_pages.c.status == "failed",
            watch_pages.c.attempts < MAX_ATTEMPTS,
        )
        with self.store.connect() as conn:
            failed = conn.execute(query.order_by(watch_pages.c.id)).all()
        for row in failed:
            if self.stop.is_set():
                result.complete = False
                return
            self.collect_item(source, Item(url=row.url, stamp=row.item_stamp), result)

    def list_items(self, source: dict[str, Any], answer: Response) -> list[Item]:
        kind = source["kind"]
        if kind == "auto":
            kind = sniff_kind(answer.content, answer.content_type)
            with self.write_lock, self.store.transaction() as conn:
                conn.execute(update(watch_sources).where(watch_sources.c.id == source["id"]).values(kind=kind))
        if kind in ("rss", "atom"):
            return parse_feed(answer.content, answer.url, answer.content_type)
        if kind == "sitemap":
            items, children = parse_sitemap(answer.content, answer.url)
            for child in children[:MAX_CHILD_SITEMAPS]:
                if self.stop.is_set():
                    break
                sub = self.fetcher.fetch(child)
                self.archive.write(sub, listing=True)
                items.extend(parse_sitemap(sub.content, sub.url)[0])
            return items
        html = decode_bytes(answer.content, answer.url, declared=answer.charset)[0]
        return parse_page_list(html, answer.url, source["selector"])

    # one item ----------------------------------------------------------------------------------

    def known_page(self, url: str) -> dict[str, Any] | None:
        with self.store.connect() as conn:
            row = conn.execute(select(watch_pages).where(watch_pages.c.url == url)).mappings().first()
        return dict(row) if row else None

    def collect_item(self, source: dict[str, Any], item: Item, result: SourceResult) -> None:
        """One listed item, unless another source's thread has it in hand this moment: two feeds
        of one round listing the same article (an RSS and an Atom feed of 36氪) fetch it once."""
        with self.write_lock:
            if item.url in self.in_hand:
                return
            self.in_hand.add(item.url)
        try:
            self.take_item(source, item, result)
        finally:
            with self.write_lock:
                self.in_hand.discard(item.url)

    def take_item(self, source: dict[str, Any], item: Item, result: SourceResult) -> None:
        page = self.known_page(item.url)
        if page is not None and not self.has_cause(page, item, source["id"]):
            return
        changed = page is not None and page["status"] in ("stored", "empty")
        if item.content is not None:
            self.take_feed_entry(source, item, page, result)
            return
        try:
            answer = self.fetcher.fetch(
                item.url, page["etag"] if changed else None, page["last_modified"] if changed else None
            )
        except FetchError as exc:
            # robots.txt said no: not a failure to retry, a page we may not take
            status = "skipped" if exc.robots else "failed"
            self.save_page(source, item, page, result, status=status, error=exc.reason)
            return
        if answer.status == 304:
            self.save_page(source, item, page, result, status=page["status"], outcome="unchanged", answer=answer)
            return
        warc = self.archive.write(answer)
        digest = content_hash(answer.content)
        if changed and page["content_hash"] == digest:
            self.save_page(source, item, page, result, status=page["status"], outcome="unchanged", answer=answer)
            return
        processed = self.analyser.page(answer.content, answer.url, answer.charset)
        self.store_processed(source, item, page, result, processed, digest, answer, warc)

    @staticmethod
    def has_cause(page: dict[str, Any], item: Item, source_id: int) -> bool:
        """Fetch a known page again only when its source's stamp for it moved, or it failed before
        (a few times at most).  Another source's stamp says nothing: RSS gives pubDate, Atom
        ``updated``, for the same article."""
        moved = item.stamp is not None and item.stamp != page["item_stamp"] and page["source_id"] == source_id
        if page["status"] == "failed":
            return page["attempts"] < MAX_ATTEMPTS or moved
        return moved

    def take_feed_entry(self, source, item: Item, page, result: SourceResult) -> None:
        assert item.content is not None
        digest = content_hash(item.content.encode("utf-8"))
        if page is not None and page["content_hash"] == digest:
            self.save_page(source, item, page, result, status=page["status"], outcome="unchanged")
            return
        entry = entry_page(item.content, item.url, item.title, item.published, item.author)
        warc = self.archive.write_page(item.url, entry)  # what an offline rebuild reads back
        processed = self.analyser.page(entry, item.url, "utf-8")
        self.store_processed(source, item, page, result, processed, digest, None, warc)

    def store_processed(self, source, item, page, result, processed, digest, answer, warc) -> None:
        result.counts["total"] += 1
        result.counts["empty"] += processed.empty
        result.counts["suspicious"] += processed.suspicious
        error = "; ".join(e.describe() for e in processed.errors) or None
        if processed.empty:
            self.save_page(
                source,
                item,
                page,
                result,
                status="empty",
                error=error,
                outcome="failed",
                answer=answer,
                digest=digest,
                warc=warc,
            )
            return
        self.save_page(
            source,
            item,
            page,
            result,
            status="stored",
            error=error,
            answer=answer,
            digest=digest,
            warc=warc,
            articles=processed.articles,
        )

    def save_page(
        self,
        source,
        item: Item,
        page,
        result: SourceResult,
        *,
        status: str,
        error: str | None = None,
        outcome: str | None = None,
        answer: Response | None = None,
        digest: str | None = None,
        warc: str | None = None,
        articles: list | None = None,
    ) -> None:
        """One transaction: the page's articles and its row, so both are there or neither."""
        ids = list((page or {}).get("article_ids") or [])
        values: dict[str, Any] = {
            "source_id": source["id"],
            "status": status,
            "item_stamp": item.stamp,
            "fetched_at": now(),
            "last_error": error,
            "attempts": ((page or {}).get("attempts") or 0) + 1 if status == "failed" else 0,
        }
        if answer is not None:
            values["etag"] = answer.headers.get("etag")
            values["last_modified"] = answer.headers.get("last-modified")
        if digest is not None:
            values["content_hash"] = digest
        if warc is not None:
            values["warc_file"] = warc
        batch = [a.to_dict() for a in articles or []]
        with self.write_lock:
            try:
                with self.store.transaction() as conn:
                    statuses = store_batch(conn, batch, self.lookups, self.threshold) if batch else []
                    for data in batch:
                        if data["id"] not in ids:
                            ids.append(data["id"])  # an edited article: a new revision at the same URL
                    values["article_ids"] = ids
                    # a page first seen this round may be known by now: another source's thread
                    # reached it through a redirect (save_final_url) since it was looked up
                    page_id = page["id"] if page is not None else self.page_id(conn, item.url)
                    if page_id is None:
                        conn.execute(watch_pages.insert().values(url=item.url, **values))
                    else:
                        conn.execute(update(watch_pages).where(watch_pages.c.id == page_id).values(**values))
                    self.save_final_url(conn, item, answer, values)
            except Exception:
                self.lookups.clear()  # ids made in the rolled-back transaction are gone
                raise
        if outcome is not None:
            result.counts[outcome] += 1
        elif status == "failed":
            result.counts["failed"] += 1
        for state in statuses:
            result.counts[state] += 1
        if status == "failed":
            self.log(f"page {item.url}: {error}")

    @staticmethod
    def page_id(conn, url: str) -> int | None:
        return conn.execute(select(watch_pages.c.id).where(watch_pages.c.url == url)).scalar()

    @staticmethod
    def save_final_url(conn, item: Item, answer: Response | None, values: dict[str, Any]) -> None:
        """A page reached through redirects is known under its final URL too: the feed links
        /moved/article-3, another feed links the article itself, and it is fetched once."""
        if answer is None or not answer.redirects:
            return
        final = canonical_url(answer.url)
        if final == item.url:
            return
        known = conn.execute(select(watch_pages.c.id).where(watch_pages.c.url == final)).first()
        if known is None:
            conn.execute(watch_pages.insert().values(url=final, **values))

    # health ------------------------------------------------------------------------------------

    def record_health(self, source: dict[str, Any], result: SourceResult, answer: Response | None) -> None:
        moment = now()
        every = source["every_seconds"]
        values: dict[str, Any] = {"last_attempt_at": moment, "last_status": result.status}
        if result.latency_ms is not None:
            values["latency_ms"] = result.latency_ms
        counters = {
            "items_new": "new",
            "items_duplicate": "duplicate",
            "items_revised": "revision",
            "items_unchanged": "unchanged",
            "items_failed": "failed",
            "pages_total": "total",
            "pages_empty": "empty",
            "pages_suspicious": "suspicious",
        }
        for column, key in counters.items():
            values[column] = watch_sources.c[column] + result.counts[key]
        if result.ok:
            values |= {"last_success_at": moment, "consecutive_failures": 0, "backoff_until": None}
            values["next_due_at"] = moment + timedelta(seconds=every) if result.complete else moment
            if answer is not None and result.complete:
                # only a finished round may skip the feed next time with a 304
                values["etag"] = answer.headers.get("etag")
                values["last_modified"] = answer.headers.get("last-modified")
        else:
            failures = (source["consecutive_failures"] or 0) + 1
            until = moment + backoff_for(every, failures, result.retry_after)
            code = f"HTTP {result.status}: " if result.status and not (result.error or "").startswith("HTTP") else ""
            values |= {
                "consecutive_failures": failures,
                "last_error": f"{code}{result.error}",
                "backoff_until": until,
                "next_due_at": until,
            }
        with self.write_lock, self.store.transaction() as conn:
            conn.execute(update(watch_sources).where(watch_sources.c.id == source["id"]).values(**values))
