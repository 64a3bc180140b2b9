"""Subscriptions and alerts: new articles matched against each subscriber's rules, one alert per
story and target, delivered with retries, every attempt recorded in ``alert_deliveries``.

A subscription starts at the newest stored article: it alerts on what arrives after it was
made (``aiwatch digest`` covers the past).  A story is keyed by ``stories.Stories``, and the
table's unique (subscription, story, target) makes "never twice" hold even across processes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, select, update

from aiwatch.collect.delivery import (
    DeliveryError,
    SmtpSettings,
    check_target,
    deliver_alert,
    delivery_key,
    target_label,
)
from aiwatch.collect.rules import Rule, match, missing_searches, rule_hits
from aiwatch.collect.sources import now
from aiwatch.collect.stories import Stories
from aiwatch.errors import AiwatchError
from aiwatch.store.db import Store
from aiwatch.store.read import get_article
from aiwatch.store.schema import alert_deliveries, articles, subscriptions

MAX_ATTEMPTS = 6
FIRST_RETRY = timedelta(minutes=1)
DIGESTS = (None, "daily", "weekly")
SCAN_BATCH = 500


@dataclass
class Subscription:
    name: str
    rules: list[Rule]
    targets: list[dict[str, Any]]
    digest: str | None = None
    origin: str = "cli"

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str = "config") -> Subscription:
        name = str(data.get("name") or "").strip()
        if not name or len(name) > 100:
            raise AiwatchError("E400", "subscription", detail="a subscription needs a name (at most 100 characters)")
        raw_rules = data.get("rules")
        if raw_rules is not None and not (isinstance(raw_rules, list) and all(isinstance(r, dict) for r in raw_rules)):
            raise AiwatchError("E400", f"subscription {name}", detail="rules must be a list of rule objects")
        if raw_rules is None:
            raw_rules = [{k: v for k, v in data.items() if k not in ("name", "targets", "digest")}]
        rules = [Rule.from_dict(r, f"subscription {name}") for r in raw_rules]
        try:
            targets = [check_target(t if isinstance(t, dict) else {"type": t}) for t in data.get("targets") or []]
        except ValueError as exc:
            raise AiwatchError("E400", f"subscription {name}", detail=str(exc)) from None
        digest = data.get("digest")
        if not isinstance(digest, str | None) or digest not in DIGESTS:
            raise AiwatchError("E400", f"subscription {name}", detail=f"digest {digest!r}: daily, weekly or none")
        return cls(name, rules, targets, digest, origin)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "rules": [r.to_dict() for r in self.rules],
            "targets": self.targets,
            "digest": self.digest,
            "origin": self.origin,
        }


def save_subscription(store: Store, sub: Subscription) -> bool:
    """Insert or replace; returns True when it is new.  A new one starts at the newest article.
    A rule naming a saved search the corpus does not have is refused (E404)."""
    missing = missing_searches(store, sub.rules)
    if missing:
        detail = f"no saved search {missing[0]!r} (save one first: aiwatch search QUERY --save NAME)"
        raise AiwatchError("E404", f"subscription {sub.name}", detail=detail)
    values = {"rules": [r.to_dict() for r in sub.rules], "targets": sub.targets, "digest": sub.digest}
    with store.transaction() as conn:
        known = conn.execute(select(subscriptions.c.id).where(subscriptions.c.name == sub.name)).first()
        if known is not None:
            conn.execute(update(subscriptions).where(subscriptions.c.id == known.id).values(**values))
            return False
        newest = conn.execute(select(func.max(articles.c.pk))).scalar() or 0
        conn.execute(
            subscriptions.insert().values(
                name=sub.name, origin=sub.origin, created_at=now(), last_article_pk=newest, **values
            )
        )
        return True


def load_subscriptions(store: Store) -> list[dict[str, Any]]:
    with store.connect() as conn:
        rows = conn.execute(select(subscriptions).order_by(subscriptions.c.name)).mappings().all()
    return [dict(row) for row in rows]


def get_subscription(store: Store, name: str) -> dict[str, Any]:
    with store.connect() as conn:
        row = conn.execute(select(subscriptions).where(subscriptions.c.name == name)).mappings().first()
    if row is None:
        raise AiwatchError("E404", name, detail="no such subscription (see `aiwatch alerts list`)")
    return dict(row)


def remove_subscription(store: Store, name: str) -> None:
    get_subscription(store, name)
    with store.transaction() as conn:
        conn.execute(delete(subscriptions).where(subscriptions.c.name == name))


def public_subscription(row: dict[str, Any]) -> dict[str, Any]:
    """A subscription for the API and ``alerts list -f json``: no delivery secrets beyond the URL host."""
    return {
        "name": row["name"],
        "rules": row["rules"],
        "targets": [target_label(t) for t in row["targets"]],
        "digest": row["digest"],
        "origin": row["origin"],
        "created_at": row["created_at"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "last_digest_at": row["last_digest_at"].strftime("%Y-%m-%dT%H:%M:%SZ") if row["last_digest_at"] else None,
    }


def first_match(rules: list[Rule], hits: list[set[int]], pk: int, record: dict[str, Any]) -> dict[str, Any] | None:
    """The first rule that matches the article (rules are alternatives), and why."""
    for rule, matched in zip(rules, hits, strict=True):
        why = match(rule, record, pk in matched if rule.searches else None)
        if why is not None:
            return why
    return None


def alert_from(article: dict[str, Any], subscription: str, why: dict[str, Any], story: str) -> dict[str, Any]:
    return {
        "subscription": subscription,
        "story": story,
        "article_id": article["id"],
        "title": article.get("title"),
        "url": article.get("url"),
        "source": article.get("source"),
        "published": article.get("published"),
        "summary": article.get("summary"),
        "matched": why,
    }


@dataclass
class AlertCounts:
    matched: int = 0
    queued: int = 0
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"{self.matched} matched, {self.queued} queued, {self.sent} sent, {self.failed} failed"


class Alerter:
    def __init__(
        self, store: Store, smtp: SmtpSettings | None = None, log: Callable[[str], None] | None = None
    ) -> None:
        self.store = store
        self.smtp = smtp
        self.log = log or (lambda message: None)

    def run(self) -> AlertCounts:
        counts = AlertCounts()
        stories = Stories(self.store)  # one pass: the event groups read once per window
        for row in load_subscriptions(self.store):
            self.scan(row, counts, stories)
        self.deliver_due(counts)
        return counts

    def scan(self, row: dict[str, Any], counts: AlertCounts, stories: Stories) -> None:
        """Articles stored since the subscription last looked, matched and queued per target."""
        rules = [Rule.from_dict(r, row["name"]) for r in row["rules"]]
        for name in missing_searches(self.store, rules):
            counts.errors.append(f"subscription {row['name']}: no saved search {name!r} (its rule matches nothing)")
            self.log(counts.errors[-1])
        last = row["last_article_pk"]
        while True:
            with self.store.connect() as conn:
                batch = conn.execute(
                    select(articles.c.pk, articles.c.id)
                    .where(articles.c.pk > last)
                    .order_by(articles.c.pk)
                    .limit(SCAN_BATCH)
                ).all()
            if not batch:
                return
            alerts = []
            pks = [pk for pk, _ in batch]
            hits = [rule_hits(self.store, rule, pks) if rule.searches else set() for rule in rules]
            for pk, article_id in batch:
                record = get_article(self.store, article_id)
                why = first_match(rules, hits, pk, record) if record else None
                if why is not None:
                    counts.matched += 1
                    alerts.append(alert_from(record, row["name"], why, stories.key(record)))
                last = pk
            self.queue(row, alerts, last, counts)

    def queue(self, row: dict[str, Any], alerts: list[dict[str, Any]], last: int, counts: AlertCounts) -> None:
        """One transaction: the new deliveries and the subscription's new position."""
        moment = now()
        with self.store.transaction() as conn:
            for alert in alerts:
                for target in row["targets"]:
                    label = target_label(target)
                    seen = conn.execute(
                        select(alert_deliveries.c.id).where(
                            alert_deliveries.c.subscription == row["name"],
                            alert_deliveries.c.story == alert["story"],
                            alert_deliveries.c.target == label,
                        )
                    ).first()
                    if seen is not None:
                        continue  # the story already alerted (another outlet's copy, a revision)
                    conn.execute(
                        alert_deliveries.insert().values(
                            subscription=row["name"],
                            story=alert["story"],
                            article_id=alert["article_id"],
                            target=label,
                            status="pending",
                            attempts=0,
                            payload={"alert": alert, "target": target},
                            created_at=moment,
                            next_try_at=moment,
                        )
                    )
                    counts.queued += 1
            conn.execute(update(subscriptions).where(subscriptions.c.name == row["name"]).values(last_article_pk=last))

    def deliver_due(self, counts: AlertCounts) -> None:
        with self.store.connect() as conn:
            due = (
                conn.execute(
                    select(alert_deliveries)
                    .where(
                        alert_deliveries.c.status == "pending",
                        alert_deliveries.c.next_try_at <= now(),
                        ~alert_deliveries.c.story.startswith("digest:"),  # the digest pass retries its own
                    )
                    .order_by(alert_deliveries.c.id)
                )
                .mappings()
                .all()
            )
        for delivery in due:
            self.deliver(dict(delivery), counts)

    def deliver(self, delivery: dict[str, Any], counts: AlertCounts) -> None:
        attempts = delivery["attempts"] + 1
        payload = delivery["payload"]
        values: dict[str, Any] = {"attempts": attempts}
        try:
            key = delivery_key(delivery["subscription"], delivery["story"], delivery["target"])
            deliver_alert(payload["target"], payload["alert"], self.smtp, key)
        except DeliveryError as exc:
            gave_up = attempts >= MAX_ATTEMPTS
            values |= {
                "last_error": str(exc),
                "status": "failed" if gave_up else "pending",
                "next_try_at": None if gave_up else now() + FIRST_RETRY * 2 ** (attempts - 1),
            }
            counts.failed += 1
            counts.errors.append(f"{delivery['target']}: {exc}")
            self.log(f"alert {delivery['subscription']} → {delivery['target']}: {exc}")
        else:
            values |= {"status": "sent", "sent_at": now(), "next_try_at": None}
            counts.sent += 1
        with self.store.transaction() as conn:
            conn.execute(update(alert_deliveries).where(alert_deliveries.c.id == delivery["id"]).values(**values))


def delivery_log(store: Store, subscription: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    query = select(alert_deliveries).order_by(alert_deliveries.c.id.desc()).limit(limit)
    if subscription:
        query = query.where(alert_deliveries.c.subscription == subscription)
    with store.connect() as conn:
        rows = conn.execute(query).mappings().all()
    fields = ("id", "subscription", "story", "article_id", "target", "status", "attempts", "last_error")
    return [
        {k: row[k] for k in fields} | {"title": (row["payload"] or {}).get("alert", {}).get("title")} for row in rows
    ]
