"""The cross-source event timeline: one entry per real-world event, with every outlet that reported it.

Two event records are the same event when they carry the same date and either name a common
entity and say similar things, or say nearly the same thing.  「8月10日，商汤科技发布日日新大模型」
from 第一财经 and 「商汤8月10日推出大模型日日新」 from 新浪财经 share the date and 商汤科技, and
their character bigrams overlap: one entry, two sources.  Comparisons happen only inside a day and
only between records that share an entity or the start of their text (blocking), never across the
whole corpus.

Reports on different days are one event too when they are typed events of the same kind about the
same key argument within ``WINDOW_DAYS`` and their wording overlaps (第一财经 on 5月25日 and 36氪 on
5月27日 both report 星衍智能's A round), and reports that carry the same ``event_id`` (type, key
arguments and date agree) are always one event.  An event is served under the ``event_id`` of its
first stored report, which later reports never change: ``GET /api/events/{event_id}``.

This is the one grouping rule: ``aiwatch report``'s timeline and the web app's (``GET /api/events``,
the dashboard, an entity's events) both call ``build_timeline``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
#: Reports of one typed event by outlets on different days: at most this many days apart.
WINDOW_DAYS = 3
#: ...and their wording must overlap at least this much (bigram Jaccard).
TEXT_ACROSS_DAYS = 0.12
#: The arguments that name what a typed event is about (analyze/event_arguments.KEY_ROLES).
KEY_ROLES = {
    "funding": ("company",),
    "launch": ("product", "organisation"),
    "policy": ("document",),
    "appointment": ("person",),
    "partnership": ("parties",),
    "ipo": ("company",),
    "ma": ("target", "acquirer"),
    "project_opening": ("project",),
    "licence": ("organisation",),
}
_PRECISION_RANK = {"day": 3, "around": 2, "month": 1, "year": 0}

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
    event_id: str | None = None
    type: str | None = None
    arguments: dict[str, Any] | None = None
    position: int = 0  # the event's place in its article
    confidence: float | None = None


@dataclass
class TimelineEvent:
    date: str
    precision: str | None
    text: str
    entities: list[str]
    sources: list[str]
    reports: list[dict[str, Any]] = field(default_factory=list)
    date_text: str | None = None  # the earliest report's; not part of the report's JSON
    event_id: str | None = None
    type: str | None = None
    arguments: dict[str, Any] = field(default_factory=dict)
    confidence: float | None = None
    event_ids: list[str] = field(default_factory=list)  # every report's own id (the event is found by any)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "date": self.date,
            "precision": self.precision,
            "type": self.type,
            "text": self.text,
            "entities": self.entities,
            "arguments": self.arguments,
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


def record_id(record: EventRecord) -> str:
    """The report's own id; a report stored without one gets the id of its article and place."""
    if record.event_id:
        return record.event_id
    return "ev" + hashlib.sha1(f"{record.article_id}#{record.position}".encode()).hexdigest()[:16]


def merge_group(group: list[EventRecord]) -> TimelineEvent:
    """The first report's id and wording, the most precise date; entities by how many reports name
    them; sources in order; each argument from the first report that has it.

    Entities named equally often keep the order of their first naming (not a set's order, which
    changes from run to run).
    """
    group = sorted(group, key=lambda r: (r.article_pk, r.position))
    first = group[0]
    dated = max(group, key=lambda r: (_PRECISION_RANK.get(r.precision or "", 0), -group.index(r)))
    counts = Counter(name for record in group for name in dict.fromkeys(record.entities))
    reports, seen_articles, sources = [], set(), []
    arguments: dict[str, Any] = {}
    for record in group:
        if record.source and record.source not in sources:
            sources.append(record.source)
        for role, value in (record.arguments or {}).items():
            arguments.setdefault(role, value)
        if record.article_id not in seen_articles:
            seen_articles.add(record.article_id)
            reports.append(
                {"id": record.article_id, "title": record.title, "source": record.source, "published": record.published}
            )
    types = Counter(record.type for record in group if record.type)
    confidences = [record.confidence for record in group if record.confidence is not None]
    return TimelineEvent(
        date=dated.date,
        precision=dated.precision,
        text=first.text,
        entities=[name for name, _ in counts.most_common()],
        sources=sources,
        reports=reports,
        date_text=dated.date_text,
        event_id=record_id(first),
        type=first.type if first.type else (types.most_common(1)[0][0] if types else None),
        arguments=arguments,
        confidence=max(confidences) if confidences else None,
        event_ids=list(dict.fromkeys(record_id(record) for record in group)),
    )


def _day(date: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date[:10]) if len(date) >= 10 else None
    except ValueError:
        return None


def _argument_keys(record: EventRecord) -> list[tuple[str, str]]:
    """(type, written value) of the key arguments: 星衍智能 for a funding, GLM-5 for a launch."""
    keys = []
    for role in KEY_ROLES.get(record.type or "", ()):
        value = (record.arguments or {}).get(role)
        values = value if isinstance(value, list) else [value]
        keys += [(record.type or "", _NOT_WORD.sub("", str(v))) for v in values if isinstance(v, str) and v.strip()]
    return keys


def join_across_days(records: list[EventRecord], grams: list[set[str]], union: _Union) -> None:
    """Typed reports about the same key argument within ``WINDOW_DAYS`` whose wording overlaps."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        if _day(record.date) is not None:
            for key in dict.fromkeys(_argument_keys(record)):
                blocks[key].append(index)
    for members in blocks.values():
        if len(members) < 2 or len(members) > BLOCK_LIMIT:
            continue
        members.sort(key=lambda i: records[i].date)
        for a, first in enumerate(members):
            day = _day(records[first].date)
            for second in members[a + 1 :]:
                if (_day(records[second].date) - day).days > WINDOW_DAYS:
                    break
                if text_similarity(grams[first], grams[second]) >= TEXT_ACROSS_DAYS:
                    union.join(first, second)


def build_timeline(
    records: list[EventRecord], entity: str | None = None, newest_first: bool = False
) -> list[TimelineEvent]:
    """All events, merged across articles, in date order (the newest day first with ``newest_first``).

    With ``entity``, only the events that name it in any of their reports are kept: 澎湃新闻's
    sentence names 商汤科技 only, 第一财经's names its chairman 徐立 too; the event is 徐立's as well.
    Within a day, events come in the order of their first record.
    """
    dated = [record for record in records if record.date]
    grams = [bigrams(record.text) for record in dated]
    union = _Union(len(dated))
    days: dict[str, list[int]] = defaultdict(list)
    by_id: dict[str, int] = {}
    for index, record in enumerate(dated):
        days[record.date].append(index)
        if record.event_id:
            union.join(by_id.setdefault(record.event_id, index), index)
    for members in days.values():
        day = [dated[i] for i in members]
        for first, second in _candidate_pairs(day):
            if same_event(day[first], day[second], (grams[members[first]], grams[members[second]])):
                union.join(members[first], members[second])
    join_across_days(dated, grams, union)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(dated)):
        groups[union.find(index)].append(index)
    merged = [(merge_group([dated[i] for i in members]), min(members)) for members in groups.values()]
    merged.sort(key=lambda item: item[1])
    merged.sort(key=lambda item: item[0].date, reverse=newest_first)
    timeline = [event for event, _ in merged]
    if entity:
        timeline = [event for event in timeline if entity in event.entities]
    return timeline


def find_event(timeline: list[TimelineEvent], event_id: str) -> TimelineEvent | None:
    """The event served under ``event_id``, or that one of its reports carries."""
    for event in timeline:
        if event.event_id == event_id:
            return event
    return next((event for event in timeline if event_id in event.event_ids), None)


def select_events(timeline: list[TimelineEvent], limit: int) -> list[TimelineEvent]:
    """The ``limit`` most widely reported events (by sources, then reports), back in date order."""
    ranked = sorted(timeline, key=lambda e: (-len(e.sources), -len(e.reports), e.date))[:limit]
    return sorted(ranked, key=lambda e: (e.date, -len(e.sources)))
