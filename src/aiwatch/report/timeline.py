"""The cross-source event timeline: one entry per real-world event, with every outlet that reported it.

Two event records are the same event when they carry the same date and either name a common
entity and say similar things, or say nearly the same thing.  「8月10日，商汤科技发布日日新大模型」
from 第一财经 and 「商汤8月10日推出大模型日日新」 from 新浪财经 share the date and 商汤科技, and
their character bigrams overlap: one entry, two sources.  Comparisons happen only inside a day and
only between records that share an entity or the start of their text (blocking), never across the
whole corpus.

This is the one grouping rule: ``aiwatch report``'s timeline and the web app's (``GET /api/events``,
the dashboard, an entity's events) both call ``build_timeline``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

#: Same-day records naming a common entity are one event when their bigram overlap reaches this.
TEXT_WITH_ENTITY = 0.2
#: Same-day records with no common entity are one event only when their texts nearly agree.
TEXT_ALONE = 0.6
#: Dates coarser than a day: a shared actor is not enough, the wording must agree (``TEXT_ALONE``).
COARSE_PRECISIONS = ("year", "month")
#: An entity named by more same-day records than this (上海, 中国) is too common to block on.
BLOCK_LIMIT = 200

_NOT_WORD = re.compile(r"[\W_]+")


@dataclass
class EventRecord:
    """One event as one article reported it."""

    date: str
    precision: str | None
    text: str
    entities: list[str]
    article_pk: int
    article_id: str
    title: str | None
    source: str | None
    published: str | None
    date_text: str | None = None  # the date as the article wrote it (the web timeline shows it)


@dataclass
class TimelineEvent:
    date: str
    precision: str | None
    text: str
    entities: list[str]
    sources: list[str]
    reports: list[dict[str, Any]] = field(default_factory=list)
    date_text: str | None = None  # the earliest report's; not part of the report's JSON

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "precision": self.precision,
            "text": self.text,
            "entities": self.entities,
            "sources": self.sources,
            "reports": self.reports,
        }


def bigrams(text: str) -> set[str]:
    clean = _NOT_WORD.sub("", text or "")
    return {clean[i : i + 2] for i in range(len(clean) - 1)} or ({clean} if clean else set())


def text_similarity(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def is_coarse(record: EventRecord) -> bool:
    """A year-only or month-only date ("2018年", "2024-05"), by its precision or its length."""
    return record.precision in COARSE_PRECISIONS or len(record.date or "") < len("YYYY-MM-DD")


def same_event(first: EventRecord, second: EventRecord, grams: tuple[set[str], set[str]]) -> bool:
    """Same date, and a shared entity with similar wording, or nearly the same wording.

    A year-only or month-only date is too coarse to join on a shared actor: "2018年，商汤科技完成C轮
    融资" and "2018年，商汤科技在香港设立研发中心" share the year and 商汤科技 but are two events, so
    such records need the wording to agree as well (``TEXT_ALONE``).
    """
    if first.date != second.date:
        return False
    similarity = text_similarity(*grams)
    if not is_coarse(first) and set(first.entities) & set(second.entities):
        return similarity >= TEXT_WITH_ENTITY
    return similarity >= TEXT_ALONE


def _candidate_pairs(day: list[EventRecord]) -> set[tuple[int, int]]:
    """Pairs worth comparing: sharing an entity, or the first characters of their text."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, record in enumerate(day):
        for name in set(record.entities):
            blocks["e:" + name].append(index)
        blocks["t:" + _NOT_WORD.sub("", record.text)[:6]].append(index)
    pairs = set()
    for members in blocks.values():
        if len(members) > BLOCK_LIMIT:
            continue
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                pairs.add((first, second))
    return pairs


def cluster_day(day: list[EventRecord]) -> list[list[EventRecord]]:
    grams = [bigrams(record.text) for record in day]
    union = _Union(len(day))
    for first, second in _candidate_pairs(day):
        if same_event(day[first], day[second], (grams[first], grams[second])):
            union.join(first, second)
    groups: dict[int, list[EventRecord]] = defaultdict(list)
    for index, record in enumerate(day):
        groups[union.find(index)].append(record)
    return list(groups.values())


def merge_group(group: list[EventRecord]) -> TimelineEvent:
    """The earliest report's wording; entities by how many reports name them; sources in order.

    Entities named equally often keep the order of their first naming (not a set's order, which
    changes from run to run).
    """
    if len(group) == 1:  # most events are reported once: the same result without the counting
        only = group[0]
        return TimelineEvent(
            date=only.date,
            precision=only.precision,
            text=only.text,
            entities=list(dict.fromkeys(only.entities)),
            sources=[only.source] if only.source else [],
            reports=[{"id": only.article_id, "title": only.title, "source": only.source, "published": only.published}],
            date_text=only.date_text,
        )
    group = sorted(group, key=lambda r: r.article_pk)
    counts = Counter(name for record in group for name in dict.fromkeys(record.entities))
    reports, seen_articles, sources = [], set(), []
    for record in group:
        if record.source and record.source not in sources:
            sources.append(record.source)
        if record.article_id not in seen_articles:
            seen_articles.add(record.article_id)
            reports.append(
                {"id": record.article_id, "title": record.title, "source": record.source, "published": record.published}
            )
    return TimelineEvent(
        date=group[0].date,
        precision=group[0].precision,
        text=group[0].text,
        entities=[name for name, _ in counts.most_common()],
        sources=sources,
        reports=reports,
        date_text=group[0].date_text,
    )


def build_timeline(
    records: list[EventRecord], entity: str | None = None, newest_first: bool = False
) -> list[TimelineEvent]:
    """All events, merged across articles, in date order (the newest day first with ``newest_first``).

    With ``entity``, only the events that name it in any of their reports are kept: 澎湃新闻's
    sentence names 商汤科技 only, 第一财经's names its chairman 徐立 too; the event is 徐立's as well.
    Within a day, events come in the order of their first record.
    """
    days: dict[str, list[EventRecord]] = defaultdict(list)
    for record in records:
        if record.date:
            days[record.date].append(record)
    merged = [merge_group(group) for date in sorted(days, reverse=newest_first) for group in cluster_day(days[date])]
    if entity:
        merged = [event for event in merged if entity in event.entities]
    return merged


def select_events(timeline: list[TimelineEvent], limit: int) -> list[TimelineEvent]:
    """The ``limit`` most widely reported events (by sources, then reports), back in date order."""
    ranked = sorted(timeline, key=lambda e: (-len(e.sources), -len(e.reports), e.date))[:limit]
    return sorted(ranked, key=lambda e: (e.date, -len(e.sources)))
