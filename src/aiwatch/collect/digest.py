"""Digests: one subscriber's period in one page, as Markdown and HTML email.

Stories, not articles: every stored copy of a story (near-duplicates, another outlet's reprint,
the events stage's event id) is listed under one heading with all its sources.  Then the
technologies and entities that rose against the period before (same length), and the figures the
period's stories gave (融资5亿元, 市场规模800亿元), each with a link to its article.

Days are the subscriber's days, not the server's: Beijing time unless ``[collect] timezone`` (or
``$AIWATCH_TIMEZONE``) names another zone, since the news's own dates are local dates.  A scheduled
digest also carries the late arrivals: matching articles stored since the previous digest was sent
whose published day it had already covered (a feed that lists yesterday's story today, a source
fetched again after an outage), so an article stored after its day's digest is not lost to every one.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2

from aiwatch.collect.rules import Rule
from aiwatch.collect.stories import WINDOW as STORY_WINDOW
from aiwatch.collect.stories import Stories, story_key
from aiwatch.store.db import Store
from aiwatch.store.read import get_article, iter_articles
from aiwatch.store.search import Filters

PERIODS = {"daily": 1, "weekly": 7}
LONGEST_PERIOD = 31  # days one scheduled digest covers at most (after the daemon was stopped long)
TOP = 10
DEFAULT_ZONE = "Asia/Shanghai"  # the days of Chinese news


@dataclass
class Story:
    key: str
    title: str | None
    published: str | None
    summary: str | None
    url: str | None
    copies: list[dict[str, Any]] = field(default_factory=list)  # {source, url, title} of every copy
    matched: dict[str, Any] = field(default_factory=dict)
    first: dict[str, Any] = field(default_factory=dict, repr=False)
    late: bool = False  # published before the period, stored after the previous digest went out


def digest_zone(name: str | None = None, where: str = "$AIWATCH_TIMEZONE") -> ZoneInfo:
    """The zone whose days digests cover: ``name`` (the config's), else ``$AIWATCH_TIMEZONE``, else
    Beijing time.  An unknown zone is an error naming where it was set."""
    from aiwatch.errors import AiwatchError

    name = name or os.environ.get("AIWATCH_TIMEZONE") or DEFAULT_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise AiwatchError(
            "E114", where, setting="timezone", detail=f"{name!r} is not a time zone (e.g. Asia/Shanghai, UTC)"
        ) from None


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    """The day in ``zone`` of a naive UTC moment (the corpus keeps every time so)."""
    return moment.replace(tzinfo=UTC).astimezone(zone).date()


def period_for(digest: str | None, since: str | None, until: str | None, today: date | None = None) -> tuple[str, str]:
    """The days a digest covers: the given ones, or the last day (daily) or seven days (weekly) up
    to ``today`` (default: today in ``digest_zone()``)."""
    if today is None:
        from aiwatch.collect.sources import now

        today = local_day(now(), digest_zone())
    end = date.fromisoformat(until) if until else today
    start = date.fromisoformat(since) if since else end - timedelta(days=PERIODS.get(digest or "daily", 1) - 1)
    return start.isoformat(), end.isoformat()


def _matching(
    store: Store, rules: list[Rule], since: str, until: str, stored: tuple[datetime, datetime] | None = None
) -> list[tuple[dict[str, Any], dict | None]]:
    """Every copy published in the period with the rule it matched (None: no rule), and with
    ``stored`` = (from, to) the late arrivals: copies stored then, published before ``since`` or
    without a date, flagged ``late``."""
    from sqlalchemy import or_, select

    from aiwatch.collect.alerts import first_match
    from aiwatch.collect.rules import rule_hits
    from aiwatch.store.schema import articles

    records = list(iter_articles(store, Filters(since=since, until=until, duplicates=True)))
    if stored is not None:
        late = [
            articles.c.ingested_at >= stored[0],
            articles.c.ingested_at < stored[1],
            or_(articles.c.published_on < since, articles.c.published_on.is_(None)),
        ]
        records += [record | {"late": True} for record in iter_articles(store, Filters(duplicates=True), where=late)]
    ids = [r["id"] for r in records]
    with store.connect() as conn:
        pk_of = (
            dict(conn.execute(select(articles.c.id, articles.c.pk).where(articles.c.id.in_(ids))).all()) if ids else {}
        )
    pks = list(pk_of.values())
    hits = [rule_hits(store, rule, pks) if rule.searches else set() for rule in rules]
    return [(record, first_match(rules, hits, pk_of.get(record["id"], -1), record)) for record in records]


def group_stories(records: list[tuple[dict[str, Any], dict | None]], keys: Stories | None = None) -> list[Story]:
    """Copies grouped by story (``keys``: over the corpus, else from each record alone); a story is
    in the digest when any of its copies matched."""
    by_id = {record["id"]: record for record, _ in records}
    stories: dict[str, Story] = {}
    for record, why in records:
        if keys is not None:
            key = keys.key(get_article(keys.store, record["id"]) or record)
        else:
            key = story_key(record, by_id.get(record.get("duplicate_of") or ""))
        story = stories.get(key)
        if story is None:
            story = stories[key] = Story(
                key,
                record.get("title"),
                record.get("published"),
                record.get("summary"),
                record.get("url"),
                first=record,
                late=bool(record.get("late")),
            )
        story.late = story.late and bool(record.get("late"))
        story.copies.append({"source": record.get("source"), "url": record.get("url"), "title": record.get("title")})
        if why:
            story.matched.update(why)
    chosen = [s for s in stories.values() if s.matched]
    return sorted(chosen, key=lambda s: (s.published or "", s.title or ""), reverse=True)


def _counts(stories: list[Story], field_name: str) -> Counter:
    counts: Counter = Counter()
    for story in stories:
        counts.update({item["name"] for item in story.first.get(field_name) or []})
    return counts


def rising(now: Counter, before: Counter) -> list[dict[str, Any]]:
    """Names mentioned by more stories than in the period before, largest rise first."""
    rows = [{"name": n, "count": c, "before": before.get(n, 0)} for n, c in now.items() if c > before.get(n, 0)]
    rows.sort(key=lambda r: (-(r["count"] - r["before"]), -r["count"], r["name"]))
    return rows[:TOP]


def new_figures(stories: list[Story]) -> list[dict[str, Any]]:
    figures = []
    for story in stories:
        for figure in story.first.get("figures") or []:
            figures.append(
                {
                    "text": figure.get("text"),
                    "context": figure.get("context"),
                    "organisation": figure.get("organisation"),
                    "title": story.title,
                    "url": story.url,
                }
            )
    return figures[: TOP * 3]


def build_digest(
    store: Store, subscription: dict[str, Any], since: str, until: str, stored: tuple[datetime, datetime] | None = None
) -> dict[str, Any]:
    """The digest of the days ``since``..``until`` (and of the late arrivals stored in ``stored``)."""
    rules = [Rule.from_dict(r, subscription["name"]) for r in subscription["rules"]]
    length = (date.fromisoformat(until) - date.fromisoformat(since)).days + 1
    before_end = date.fromisoformat(since) - timedelta(days=1)
    before_start = before_end - timedelta(days=length - 1)
    keys = Stories(store)
    keys.preload(before_start - STORY_WINDOW, date.fromisoformat(until) + STORY_WINDOW)  # both periods' events
    stories = group_stories(_matching(store, rules, since, until, stored), keys)
    earlier = group_stories(_matching(store, rules, before_start.isoformat(), before_end.isoformat()), keys)
    return {
        "subscriber": subscription["name"],
        "since": since,
        "until": until,
        "stories": stories,
        "articles": sum(len(s.copies) for s in stories),
        "late": sum(s.late for s in stories),
        "technologies": rising(_counts(stories, "technologies"), _counts(earlier, "technologies")),
        "entities": rising(_counts(stories, "entities"), _counts(earlier, "entities")),
        "figures": new_figures(stories),
    }


_LOADER = jinja2.PackageLoader("aiwatch.collect", "templates")
_markdown = jinja2.Environment(loader=_LOADER, autoescape=False).get_template("digest.md.j2")
_html = jinja2.Environment(loader=_LOADER, autoescape=True).get_template("digest.html.j2")


def render_markdown(digest: dict[str, Any]) -> str:
    return _markdown.render(d=digest).strip() + "\n"


def render_html(digest: dict[str, Any]) -> str:
    """Every piece of article text is escaped: titles and summaries are untrusted."""
    return _html.render(d=digest)


def email_targets(subscription: dict[str, Any]) -> list[str]:
    return [address for t in subscription["targets"] if t["type"] == "email" for address in t["to"]]


def send_digest(
    store: Store, subscription: dict[str, Any], digest: dict[str, Any], smtp=None, moment=None, key: str | None = None
) -> list[str]:
    """Mail the digest (Markdown text with an HTML alternative) to the subscriber's addresses and
    remember when (``moment``, default now); returns the addresses.  No address is an error naming
    the subscriber."""
    from aiwatch.collect.delivery import send_email
    from aiwatch.collect.sources import now
    from aiwatch.errors import AiwatchError
    from aiwatch.store.schema import subscriptions

    to = email_targets(subscription)
    if not to:
        raise AiwatchError("E400", subscription["name"], detail="no email address to send the digest to (--email)")
    subject = f"[aiwatch] {subscription['name']} 简报 {digest['since']} — {digest['until']}"
    send_email(to, subject, render_markdown(digest), render_html(digest), smtp=smtp, key=key)
    with store.transaction() as conn:
        conn.execute(
            subscriptions.update()
            .where(subscriptions.c.name == subscription["name"])
            .values(last_digest_at=moment or now())
        )
    return to


def due_digests(subscriptions_rows: list[dict[str, Any]], moment) -> list[dict[str, Any]]:
    """Subscriptions whose daily or weekly digest is due at ``moment``."""
    due = []
    for row in subscriptions_rows:
        days = PERIODS.get(row["digest"] or "")
        if days and (row["last_digest_at"] is None or moment - row["last_digest_at"] >= timedelta(days=days)):
            due.append(row)
    return due


def due_period(row: dict[str, Any], today: date, zone: ZoneInfo | None = None) -> tuple[str, str]:
    """The days a scheduled digest sent ``today`` covers: whole days, from the day the last one was
    sent up to yesterday, so consecutive digests neither leave a gap nor repeat a day (a daily
    digest sent each morning covers the day before; a weekly one the seven days before).  The first
    covers one period back; after a long stop, at most ``LONGEST_PERIOD`` days.  Days are in
    ``zone`` (default: ``digest_zone()``), ``today`` too."""
    days = PERIODS.get(row["digest"] or "daily", 1)
    until = today - timedelta(days=1)
    last = row["last_digest_at"]
    since = local_day(last, zone or digest_zone()) if last is not None else today - timedelta(days=days)
    since = min(max(since, until - timedelta(days=LONGEST_PERIOD - 1)), until)
    return since.isoformat(), until.isoformat()


def send_due_digests(store: Store, smtp=None, log=None, moment=None, zone: ZoneInfo | None = None) -> int:
    """The watch daemon's digest pass: each due subscriber gets the days since the last one.

    Every scheduled digest is recorded in ``alert_deliveries`` (story ``digest:SINCE``, so ``aiwatch
    alerts log`` lists it): a failed send is retried on later passes with the alerts' backoff, and
    after ``alerts.MAX_ATTEMPTS`` it is given up (status failed) and the next period starts."""
    from aiwatch.collect.alerts import load_subscriptions
    from aiwatch.collect.delivery import DeliveryError
    from aiwatch.collect.sources import now
    from aiwatch.errors import AiwatchError

    sent = 0
    moment = moment or now()
    zone = zone or digest_zone()
    for row in due_digests(load_subscriptions(store), moment):
        since, until = due_period(row, local_day(moment, zone), zone)
        record = DigestRecord(store, row, since)
        if not record.due(moment):
            continue
        late = (row["last_digest_at"], moment) if row["last_digest_at"] is not None else None
        try:
            send_digest(store, row, build_digest(store, row, since, until, late), smtp, moment, record.key)
        except (DeliveryError, AiwatchError) as exc:
            reason = exc.describe() if isinstance(exc, AiwatchError) else str(exc)
            gave_up = record.failed(reason, moment)
            if log is not None:
                log(f"digest {row['name']}: {reason}" + ("; given up" if gave_up else "; will retry"))
            continue
        record.sent(moment, until)
        sent += 1
    return sent


class DigestRecord:
    """A scheduled digest's row in ``alert_deliveries``: its attempts, last error, next try."""

    def __init__(self, store: Store, row: dict[str, Any], since: str) -> None:
        from sqlalchemy import select

        from aiwatch.collect.delivery import delivery_key, target_label
        from aiwatch.store.schema import alert_deliveries

        self.store = store
        self.subscription = row["name"]
        self.story = f"digest:{since}"
        emails = [t for t in row["targets"] if t["type"] == "email"]
        self.target = target_label(emails[0]) if emails else "email:"
        self.key = delivery_key(self.subscription, self.story, self.target)  # the same on every retry
        self.where = (
            alert_deliveries.c.subscription == self.subscription,
            alert_deliveries.c.story == self.story,
            alert_deliveries.c.target == self.target,
        )
        with store.connect() as conn:
            found = conn.execute(select(alert_deliveries).where(*self.where)).mappings().first()
        self.row = dict(found) if found else None

    def due(self, moment) -> bool:
        return self.row is None or (self.row["status"] == "pending" and self.row["next_try_at"] <= moment)

    def failed(self, reason: str, moment) -> bool:
        """Record a failed send; True when it is given up (the subscription moves to its next period)."""
        from aiwatch.collect.alerts import FIRST_RETRY, MAX_ATTEMPTS
        from aiwatch.store.schema import subscriptions

        attempts = (self.row["attempts"] if self.row else 0) + 1
        gave_up = attempts >= MAX_ATTEMPTS
        values = {
            "status": "failed" if gave_up else "pending",
            "attempts": attempts,
            "last_error": reason[:2000],
            "next_try_at": None if gave_up else moment + FIRST_RETRY * 2 ** (attempts - 1),
        }
        with self.store.transaction() as conn:
            self._write(conn, values, moment)
            if gave_up:
                conn.execute(
                    subscriptions.update()
                    .where(subscriptions.c.name == self.subscription)
                    .values(last_digest_at=moment)
                )
        return gave_up

    def sent(self, moment, until: str) -> None:
        attempts = (self.row["attempts"] if self.row else 0) + 1
        values = {"status": "sent", "attempts": attempts, "sent_at": moment, "next_try_at": None}
        with self.store.transaction() as conn:
            self._write(conn, values | {"payload": {"digest": {"until": until}}}, moment)

    def _write(self, conn, values: dict[str, Any], moment) -> None:
        from aiwatch.store.schema import alert_deliveries

        if self.row is None:
            conn.execute(
                alert_deliveries.insert().values(
                    subscription=self.subscription, story=self.story, target=self.target, created_at=moment, **values
                )
            )
        else:
            conn.execute(alert_deliveries.update().where(*self.where).values(**values))
