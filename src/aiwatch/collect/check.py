"""``aiwatch sources check``: fetch a source once and say what it is; nothing is stored."""

from __future__ import annotations

from typing import Any

from aiwatch.collect.feeds import parse_feed, parse_page_list, parse_sitemap, sniff_kind
from aiwatch.collect.http import Fetcher, FetchError
from aiwatch.errors import AiwatchError
from aiwatch.read.decode import decode_bytes


def check_source(fetcher: Fetcher, source: dict[str, Any]) -> dict[str, Any]:
    report: dict[str, Any] = {"id": source["id"], "url": source["url"], "ok": False}
    try:
        answer = fetcher.fetch(source["url"])
    except FetchError as exc:
        report |= {"status": exc.status, "error": exc.reason}
        return report
    kind = sniff_kind(answer.content, answer.content_type)
    report |= {
        "status": answer.status,
        "final_url": answer.url,
        "redirects": len(answer.redirects),
        "latency_ms": answer.elapsed_ms,
        "bytes": len(answer.content),
        "kind_seen": kind,
        "kind_set": source["kind"],
    }
    try:
        if kind in ("rss", "atom"):
            items = parse_feed(answer.content, answer.url, answer.content_type)
        elif kind == "sitemap":
            items = parse_sitemap(answer.content, answer.url)[0]
        else:
            html = decode_bytes(answer.content, answer.url, declared=answer.charset)[0]
            items = parse_page_list(html, answer.url, source["selector"])
    except AiwatchError as exc:
        report["error"] = exc.describe()
        return report
    report |= {"ok": bool(items), "items": len(items), "full_text_items": sum(i.content is not None for i in items)}
    if not items:
        report["error"] = "lists no article links"
    return report
