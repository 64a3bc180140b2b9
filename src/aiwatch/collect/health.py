"""Source health as people and the API read it: one dict per source, times in ISO 8601 UTC."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiwatch.collect.sources import format_every, now


def _iso(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def source_state(row: dict[str, Any], moment: datetime | None = None) -> str:
    """ok, failing, backed-off (failing and waiting), new (never fetched)."""
    moment = moment or now()
    if row["backoff_until"] is not None and row["backoff_until"] > moment:
        return "backed-off"
    if row["consecutive_failures"]:
        return "failing"
    if row["last_attempt_at"] is None:
        return "new"
    return "ok"


def source_health(row: dict[str, Any]) -> dict[str, Any]:
    """The public form of one ``watch_sources`` row (GET /api/sources, ``aiwatch sources -f json``)."""
    return {
        "id": row["id"],
        "url": row["url"],
        "name": row["name"],
        "kind": row["kind"],
        "every": format_every(row["every_seconds"]),
        "selector": row["selector"],
        "origin": row["origin"],
        "state": source_state(row),
        "last_attempt_at": _iso(row["last_attempt_at"]),
        "last_success_at": _iso(row["last_success_at"]),
        "last_status": row["last_status"],
        "last_error": row["last_error"],
        "consecutive_failures": row["consecutive_failures"],
        "latency_ms": row["latency_ms"],
        "backoff_until": _iso(row["backoff_until"]),
        "next_due_at": _iso(row["next_due_at"]),
        "items": {
            "new": row["items_new"],
            "duplicate": row["items_duplicate"],
            "revised": row["items_revised"],
            "unchanged": row["items_unchanged"],
            "failed": row["items_failed"],
        },
        "pages": row["pages_total"],
        "empty_share": _share(row["pages_empty"], row["pages_total"]),
        "suspicious_share": _share(row["pages_suspicious"], row["pages_total"]),
    }
