"""Which story an article tells, so one story alerts once and a digest lists it once.

An edited article (``revision_of``) belongs to its first version's story and a reprint
(``duplicate_of``) to its first copy's.  Otherwise an article's story is its own news: its main
event (``main_event``), grouped with the other outlets' reports of that event by the timeline's
one rule (``store.timeline.build_timeline``: the same event id, or the same day with a shared
entity and similar wording, or the same key argument within ``WINDOW_DAYS``).  第一财经 on 5月12日
and 财经观察 on 5月13日 ("据悉，5月12日，上海星河智能科技有限公司完成了5亿元B轮融资") tell one
story although their texts differ and the second names the company otherwise.  The story is keyed
by the group's first stored report, which later reports do not change.  An article with no news
event of its own is its own story.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func

from aiwatch.store.analytics import event_record, event_reports
from aiwatch.store.db import Store
from aiwatch.store.read import get_article
from aiwatch.store.schema import events
from aiwatch.store.timeline import KEY_ROLES, WINDOW_DAYS, build_timeline

WINDOW = dt.timedelta(days=WINDOW_DAYS)
#: Event reports read around one event's day (the web's timeline reads as many).
WINDOW_ROWS = 20_000


def _day(value: Any) -> dt.date | None:
    text = str(value or "")[:10]
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def main_event(article: dict[str, Any]) -> dict[str, Any] | None:
    """The article's own news: its first event dated the day it was published, else its first
    typed event dated to the day within ``WINDOW_DAYS`` before (据悉，5月12日… published on the
    13th).  Never background: 公司成立于2019年, 去年发布的第一代产品."""
    published = _day(article.get("published"))
    if published is None:
        return None
    reported = [e for e in article.get("events") or [] if e.get("event_id")]
    for event in reported:
        if _day(event.get("date")) == published:
            return event
    for event in reported:
        day = _day(event.get("date"))
        if (
            day is not None
            and event.get("type") in KEY_ROLES
            and event.get("precision") == "day"
            and not event.get("future")
            and dt.timedelta(0) < published - day <= WINDOW
        ):
            return event
    return None


def story_key(article: dict[str, Any], original: dict[str, Any] | None = None) -> str:
    """The story key from the article alone (no corpus): its first copy's (``original``, when the
    caller has it), else its main event's own id, else the article itself."""
    if original is not None:
        return story_key(original)
    if article.get("duplicate_of"):
        return f"article:{article['duplicate_of']}"
    event = main_event(article)
    return f"event:{event['event_id']}" if event is not None else f"article:{article['id']}"


class Stories:
    """Story keys over one corpus; the event groups of a period are read once (``preload``) or
    around each event's day as needed, and kept for this object's life (one alert pass, one
    digest)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.windows: list[tuple[dt.date, dt.date, dict[str, str]]] = []

    def key(self, record: dict[str, Any]) -> str:
        first = self.first_version(record)
        original = get_article(self.store, first["duplicate_of"]) if first.get("duplicate_of") else None
        if first.get("duplicate_of") and original is None:
            return f"article:{first['duplicate_of']}"
        article = original or first
        event = main_event(article)
        if event is None:
            return f"article:{article['id']}"
        return f"event:{self.group_of(event)}"

    def first_version(self, record: dict[str, Any]) -> dict[str, Any]:
        for _hop in range(50):  # a page edited again and again is a chain of revisions
            if not record.get("revision_of"):
                break
            earlier = get_article(self.store, record["revision_of"])
            if earlier is None:
                break
            record = earlier
        return record

    def group_of(self, event: dict[str, Any]) -> str:
        """The id of the event's group among every stored report (its own id when alone)."""
        day = _day(event.get("date"))
        if day is None:
            return event["event_id"]
        for first, last, groups in self.windows:
            if first <= day - WINDOW and day + WINDOW <= last:
                return groups.get(event["event_id"], event["event_id"])
        self.preload(day - WINDOW, day + WINDOW)
        return self.windows[-1][2].get(event["event_id"], event["event_id"])

    def preload(self, first: dt.date, last: dt.date) -> None:
        """Group the event reports dated from ``first`` to ``last`` (days) once."""
        day_of = func.substr(events.c.date, 1, 10)
        statement = (
            event_reports(events.c.date)
            .where(day_of >= first.isoformat(), day_of <= last.isoformat())
            .order_by(events.c.article_pk, events.c.position)
            .limit(WINDOW_ROWS)
        )
        with self.store.connect() as conn:
            records = [event_record(row) for row in conn.execute(statement)]
        groups = {report: merged.event_id for merged in build_timeline(records) for report in merged.event_ids}
        self.windows.append((first, last, groups))
