"""The watched sources, kept in the corpus database: add, list, remove, import from OPML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml import etree
from sqlalchemy import delete, select, update

from aiwatch.collect.feeds import KINDS, canonical_url
from aiwatch.errors import AiwatchError
from aiwatch.store.db import Store
from aiwatch.store.schema import watch_pages, watch_sources

DEFAULT_EVERY = 30 * 60
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$", re.I)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def now() -> datetime:
    """Naive UTC, as the corpus stores every time (SQLite has no time zones)."""
    return datetime.now(UTC).replace(tzinfo=None)


def parse_every(value: str | int | float) -> int:
    """``30m`` → 1800, ``2h`` → 7200, ``45`` → 45 seconds; at least 10 seconds."""
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(value)
        if not match:
            raise AiwatchError("E400", "", detail=f"not a duration: {value!r} (use 30s, 30m, 2h or 1d)")
        seconds = float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]
    if seconds < 10:
        raise AiwatchError("E400", "", detail=f"interval {value!r} is under 10 seconds")
    return int(seconds)


def format_every(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@dataclass
class SourceSpec:
    """A source as the user gives it (CLI, OPML, config file)."""

    url: str
    kind: str | None = None  # None: sniffed on first fetch
    every: int = DEFAULT_EVERY
    selector: str | None = None
    name: str | None = None
    origin: str = "cli"

    def check(self) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise AiwatchError("E400", self.url, detail="a source is an http:// or https:// URL")
        if self.kind is not None and self.kind not in KINDS:
            raise AiwatchError("E400", self.url, detail=f"unknown kind {self.kind!r}; kinds: {', '.join(KINDS)}")
        if self.selector and self.kind not in (None, "page-list"):
            raise AiwatchError("E400", self.url, detail="--selector is for page-list sources")


def add_source(store: Store, spec: SourceSpec) -> tuple[int, bool]:
    """Insert, or update the settings of, a source; returns (id, created)."""
    spec.check()
    url = canonical_url(spec.url)
    values = {"kind": spec.kind or "auto", "every_seconds": spec.every, "selector": spec.selector, "name": spec.name}
    with store.transaction() as conn:
        row = conn.execute(select(watch_sources.c.id).where(watch_sources.c.url == url)).first()
        if row is not None:
            conn.execute(update(watch_sources).where(watch_sources.c.id == row.id).values(**values))
            return row.id, False
        inserted = conn.execute(
            watch_sources.insert().values(url=url, origin=spec.origin, added_at=now(), next_due_at=None, **values)
        )
        return inserted.inserted_primary_key[0], True


def find_source(store: Store, key: str) -> dict[str, Any] | None:
    """A source by id or URL."""
    condition = watch_sources.c.id == int(key) if key.isdigit() else watch_sources.c.url == canonical_url(key)
    with store.connect() as conn:
        row = conn.execute(select(watch_sources).where(condition)).mappings().first()
    return dict(row) if row else None


def list_sources(store: Store) -> list[dict[str, Any]]:
    with store.connect() as conn:
        return [dict(row) for row in conn.execute(select(watch_sources).order_by(watch_sources.c.id)).mappings()]


def remove_source(store: Store, key: str) -> dict[str, Any]:
    """Forget a source; its stored articles stay, and its pages stay known (not fetched again)."""
    source = find_source(store, key)
    if source is None:
        raise AiwatchError("E404", key, detail="no such source (give its id or URL, see `aiwatch sources list`)")
    with store.transaction() as conn:
        conn.execute(update(watch_pages).where(watch_pages.c.source_id == source["id"]).values(source_id=None))
        conn.execute(delete(watch_sources).where(watch_sources.c.id == source["id"]))
    return source


def read_opml(path: Path) -> list[SourceSpec]:
    """Feeds of an OPML subscription list (``<outline xmlUrl=…>``, nested folders too)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AiwatchError("E100", str(path), detail=exc.strerror or str(exc)) from None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(data, parser=parser) if data.strip() else None
    if root is None:
        raise AiwatchError("E108", str(path), kind="OPML", detail="no XML elements")
    specs = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if not url:
            continue
        kind = (outline.get("type") or "").lower()
        specs.append(
            SourceSpec(
                url=url.strip(),
                kind=kind if kind in ("rss", "atom") else None,
                name=outline.get("title") or outline.get("text"),
                origin="opml",
            )
        )
    if not specs:
        raise AiwatchError("E107", str(path), detail="no <outline xmlUrl=…> entries")
    return specs
