"""Sources and subscriptions declared in ``aiwatch.toml``, merged into the corpus's own.

A team keeps what it watches beside its other settings, under version control::

    [collect]
    user_agent = "aiwatch (+https://intel.example.com/bot; ops@example.com)"
    timezone = "Asia/Shanghai"          # the days digests cover (the default)

    [[sources]]
    url = "https://www.36kr.com/feed"
    every = "30m"                       # kind, selector, name as for `aiwatch sources add`

    [[subscriptions]]
    name = "芯片组"
    digest = "daily"
    rules = [{ entities = ["寒武纪", "摩尔线程"] }, { saved_search = "compute" }]
    targets = [{ type = "email", to = ["chips@example.com"] }]

``fetch``, ``watch``, ``alerts`` and ``digest`` apply the file to the corpus before they work
(``apply_declared``): a declared source or subscription is added, or its settings updated, and
keeps its state (health, what it has alerted on) from run to run.  One declared before in the file
and gone from it now is removed, but only one the file put there (``origin = "config"``): those
added with the CLI or the API stay, whatever the file says.  A file without a ``sources`` list
leaves the sources alone (likewise ``subscriptions``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from aiwatch.collect.alerts import Subscription, remove_subscription, save_subscription
from aiwatch.collect.sources import SourceSpec, add_source, parse_every, remove_source
from aiwatch.config import load_toml
from aiwatch.errors import AiwatchError
from aiwatch.store.db import Store
from aiwatch.store.schema import subscriptions, watch_sources

ORIGIN = "config"
SOURCE_KEYS = ("url", "kind", "every", "selector", "name")
COLLECT_KEYS = ("user_agent", "timezone")


@dataclass
class Declared:
    """What one config file declares; ``None``: the file has no such list (nothing to prune)."""

    path: str
    sources: list[SourceSpec] | None = None
    subscriptions: list[Subscription] | None = None
    collect: dict[str, Any] = field(default_factory=dict)


def bad(where: str, setting: str, detail: str) -> AiwatchError:
    return AiwatchError("E114", where, setting=setting, detail=detail)


def read_declared(path: Path) -> Declared:
    """The ``[collect]`` table and the ``[[sources]]`` and ``[[subscriptions]]`` lists of a config
    file, each entry checked as the CLI checks it; a bad one is an error naming the entry."""
    where = str(path)
    data = load_toml(path)
    declared = Declared(where, collect=_collect_table(data.get("collect", {}), where))
    if "sources" in data:
        declared.sources = [_source(entry, where, n) for n, entry in enumerate(_tables(data, "sources", where), 1)]
    if "subscriptions" in data:
        entries = _tables(data, "subscriptions", where)
        declared.subscriptions = [_subscription(entry, where, n) for n, entry in enumerate(entries, 1)]
    return declared


def _tables(data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    entries = data[key]
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise bad(where, key, f"must be a list of tables ([[{key}]])")
    return entries


def _collect_table(table: Any, where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise bad(where, "collect", "must be a table ([collect])")
    unknown = sorted(set(table) - set(COLLECT_KEYS))
    if unknown:
        raise bad(where, f"collect.{unknown[0]}", f"unknown setting (known: {', '.join(COLLECT_KEYS)})")
    agent = table.get("user_agent")
    if agent is not None and (not isinstance(agent, str) or not agent.strip() or "\n" in agent):
        raise bad(where, "collect.user_agent", "must be one line of text")
    zone = table.get("timezone")
    if zone is not None:
        from aiwatch.collect.digest import digest_zone

        if not isinstance(zone, str) or not zone:
            raise bad(where, "collect.timezone", "must be a time zone name (e.g. Asia/Shanghai)")
        digest_zone(zone, where)  # an unknown zone is an error naming the file
    return dict(table)


def _source(entry: dict[str, Any], where: str, number: int) -> SourceSpec:
    label = f"sources[{number}]"
    unknown = sorted(set(entry) - set(SOURCE_KEYS))
    if unknown:
        raise bad(where, f"{label}.{unknown[0]}", f"unknown key (known: {', '.join(SOURCE_KEYS)})")
    if not isinstance(entry.get("url"), str):
        raise bad(where, f"{label}.url", "is missing (every source needs its URL)")
    try:
        spec = SourceSpec(
            url=entry["url"],
            kind=entry.get("kind"),
            every=parse_every(entry.get("every", "30m")),
            selector=entry.get("selector"),
            name=entry.get("name"),
            origin=ORIGIN,
        )
        spec.check()
    except AiwatchError as exc:
        raise bad(where, label, f"({entry['url']}): {exc.reason}") from None
    return spec


def _subscription(entry: dict[str, Any], where: str, number: int) -> Subscription:
    try:
        return Subscription.from_dict(entry, ORIGIN)
    except AiwatchError as exc:
        name = entry.get("name") or f"subscriptions[{number}]"
        raise bad(where, f"subscriptions[{number}]", f"({name}): {exc.reason}") from None


def find_declared(config: Path | None) -> Declared | None:
    """The declarations of ``--config``, ``$AIWATCH_CONFIG`` or ``./aiwatch.toml``; None without a file."""
    import os

    from aiwatch.config import find_config

    found = find_config(config, os.environ)
    return read_declared(found) if found is not None else None


@dataclass
class Applied:
    added: int = 0
    updated: int = 0
    removed: int = 0

    def line(self) -> str:
        return f"{self.added} added, {self.updated} updated, {self.removed} removed"


def apply_declared(store: Store, declared: Declared | None) -> Applied:
    """Merge the file's sources and subscriptions into the corpus (see the module's note)."""
    applied = Applied()
    if declared is None:
        return applied
    if declared.sources is not None:
        _apply_sources(store, declared.sources, applied)
    if declared.subscriptions is not None:
        _apply_subscriptions(store, declared.subscriptions, applied, declared.path)
    return applied


def _apply_sources(store: Store, specs: list[SourceSpec], applied: Applied) -> None:
    from aiwatch.collect.feeds import canonical_url

    for spec in specs:
        created = add_source(store, spec)[1]
        applied.added += created
        applied.updated += not created
    wanted = {canonical_url(spec.url) for spec in specs}
    with store.connect() as conn:
        rows = conn.execute(select(watch_sources.c.id, watch_sources.c.url).where(watch_sources.c.origin == ORIGIN))
        gone = [row.id for row in rows if row.url not in wanted]
    for source_id in gone:
        remove_source(store, str(source_id))
        applied.removed += 1


def _apply_subscriptions(store: Store, subs: list[Subscription], applied: Applied, where: str) -> None:
    for number, sub in enumerate(subs, 1):
        try:
            created = save_subscription(store, sub)
        except AiwatchError as exc:  # a saved search the corpus does not have
            raise bad(where, f"subscriptions[{number}]", f"({sub.name}): {exc.reason}") from None
        applied.added += created
        applied.updated += not created
    wanted = {sub.name for sub in subs}
    with store.connect() as conn:
        rows = conn.execute(select(subscriptions.c.name).where(subscriptions.c.origin == ORIGIN))
        gone = [name for (name,) in rows if name not in wanted]
    for name in gone:
        remove_subscription(store, name)
        applied.removed += 1
