"""The report's analytics for a period, computed in the database where it counts rows; the
aggregations the web app shows too (trends, top entities, event reports) are the store's
(``aiwatch.store.analytics``), shaped here for the report.

Counts are over original articles: a near-duplicate (``duplicate_of`` set) is one story told
twice, so it adds nothing to volumes, trends or rankings.  The event timeline is the exception:
there a republished copy is exactly what shows that another outlet reported the event.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, Select, and_, func, select

from aiwatch.store.analytics import (
    MONTH,
    ORIGINALS,
    event_record,
    event_reports,
    in_period,
    term_months,
    top_entities_by_type,
)
from aiwatch.store.db import Store
from aiwatch.store.revisions import current
from aiwatch.store.schema import (
    article_entities,
    articles,
    entities,
    events,
    figures,
)
from aiwatch.store.timeline import EventRecord, build_timeline, select_events

ENTITY_TYPES = {"ORG": "organisations", "PER": "people", "LOC": "places"}
#: Co-occurrence is counted among the most mentioned entities only, which bounds the self-join.
PAIR_POOL = 200


def _period(query: Select, since: str | None, until: str | None, originals: bool = True) -> Select:
    """``query`` over the period's articles: the originals (``ORIGINALS``), or every copy too."""
    return in_period(query.where(ORIGINALS if originals else current()), since, until)


def _in_period(since: str | None, until: str | None):
    return _period(select(articles.c.pk), since, until)


def articles_per_month(conn: Connection, since: str | None, until: str | None) -> list[dict[str, Any]]:
    query = _period(select(MONTH.label("month"), func.count().label("articles")), since, until)
    rows = conn.execute(query.group_by(MONTH)).all()
    # undated articles last on both databases (SQLite sorts NULL first, PostgreSQL last)
    rows = sorted(rows, key=lambda row: (row.month is None, row.month or ""))
    return [{"month": row.month or "undated", "articles": row.articles} for row in rows]


def term_trends(conn: Connection, kind: str, since: str | None, until: str | None, top: int) -> dict[str, Any]:
    """Share of articles naming each term, early half of the months vs late half.

    A term in 12 of 100 articles in the early months and 30 of 120 later rises from 12% to 25%:
    the change is in percentage points, so a busier month does not make every term "rise".
    """
    per_month_total = dict(
        conn.execute(
            _period(select(MONTH, func.count()), since, until)
            .where(articles.c.published_on.is_not(None))
            .group_by(MONTH)
        ).all()
    )
    rows = term_months(conn, kind, since, until)
    months = sorted(per_month_total)
    totals: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = totals.setdefault(row.name, {"name": row.name, "en": row.en, "articles": 0, "by_month": {}})
        entry["articles"] += row.articles
        entry["by_month"][row.month] = row.articles
    result = {"months": months, "top": sorted(totals.values(), key=lambda t: -t["articles"])[:top]}
    if len(months) < 2:
        result.update(rising=[], falling=[], early=months, late=[])
        return result
    half = len(months) // 2
    early, late = months[:half], months[half:]
    early_total = sum(per_month_total[m] for m in early) or 1
    late_total = sum(per_month_total[m] for m in late) or 1
    changes = []
    for entry in totals.values():
        before = sum(entry["by_month"].get(m, 0) for m in early) / early_total
        after = sum(entry["by_month"].get(m, 0) for m in late) / late_total
        changes.append({"name": entry["name"], "en": entry["en"], "early_share": round(before, 4),
                        "late_share": round(after, 4), "change": round(after - before, 4)})  # fmt: skip
    changes.sort(key=lambda c: (-c["change"], c["name"]))
    result.update(
        early=early,
        late=late,
        rising=[c for c in changes if c["change"] > 0][:top],
        falling=[c for c in reversed(changes) if c["change"] < 0][:top],
    )
    return result


def top_entities(conn: Connection, since: str | None, until: str | None, top: int) -> dict[str, list[dict[str, Any]]]:
    """The ``top`` organisations, people and places by the articles naming them."""
    ranked = top_entities_by_type(conn, top, since, until)
    return {
        label: [
            {"name": r.name, "articles": r.articles, "mentions": int(r.mentions or 0)} for r in ranked if r.type == kind
        ]
        for kind, label in ENTITY_TYPES.items()
    }


def co_occurrences(conn: Connection, since: str | None, until: str | None, top: int) -> list[dict[str, Any]]:
    """Pairs of organisations, people and places named in the same articles, most shared first."""
    scope = _in_period(since, until)
    pool = (
        select(article_entities.c.entity_id)
        .join(entities, entities.c.id == article_entities.c.entity_id)
        .where(entities.c.type.in_(ENTITY_TYPES), article_entities.c.article_pk.in_(scope))
        .group_by(article_entities.c.entity_id)
        .order_by(func.count().desc())
        .limit(PAIR_POOL)
    ).subquery()
    first, second = article_entities.alias("first"), article_entities.alias("second")
    together = func.count().label("articles")
    rows = conn.execute(
        select(first.c.entity_id.label("a"), second.c.entity_id.label("b"), together)
        .join(second, and_(second.c.article_pk == first.c.article_pk, second.c.entity_id > first.c.entity_id))
        .where(
            first.c.entity_id.in_(select(pool.c.entity_id)),
            second.c.entity_id.in_(select(pool.c.entity_id)),
            first.c.article_pk.in_(scope),
        )
        .group_by(first.c.entity_id, second.c.entity_id)
        .order_by(together.desc(), first.c.entity_id, second.c.entity_id)
        .limit(top)
    ).all()
    ids = {r.a for r in rows} | {r.b for r in rows}
    names = {r.id: (r.name, r.type) for r in conn.execute(select(entities).where(entities.c.id.in_(ids)))}
    pairs = []
    for row in rows:
        # within a pair, names in code-point order: the output does not depend on insertion ids
        (first, first_type), (second, second_type) = sorted((names[row.a], names[row.b]))
        pairs.append(
            {"first": first, "first_type": first_type, "second": second, "second_type": second_type}
            | {"articles": row.articles}
        )
    return pairs


def figures_by_organisation(
    conn: Connection, since: str | None, until: str | None, top: int, per_org: int = 8
) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(
            figures.c.organisation,
            figures.c.value,
            figures.c.unit,
            figures.c.text,
            figures.c.context,
            figures.c.year,
            articles.c.id.label("article_id"),
            articles.c.title,
            articles.c.published_on,
        )
        .join(articles, articles.c.pk == figures.c.article_pk)
        .where(figures.c.organisation.is_not(None), figures.c.article_pk.in_(_in_period(since, until)))
        .order_by(figures.c.organisation, articles.c.published_on, figures.c.position)
    ).all()
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row.organisation].append(
            {
                "text": row.text,
                "value": row.value,
                "unit": row.unit,
                "year": row.year,
                "context": row.context,
                "article_id": row.article_id,
                "title": row.title,
                "published": row.published_on,
            }
        )
    ranked = sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))[:top]
    return [{"organisation": name, "count": len(items), "figures": items[:per_org]} for name, items in ranked]


def event_records(conn: Connection, since: str | None, until: str | None) -> list[EventRecord]:
    """Events dated in the period (their own date, or the article's when they have none)."""
    date = func.coalesce(events.c.date, articles.c.published_on)
    query = event_reports(date.label("date"), articles.c.published).where(current())
    if since:
        query = query.where(date >= since)
    if until:
        # a day-precision date "2024-05-31" sorts before "2024-05-31T…"; compare on the day part
        query = query.where(func.substr(date, 1, 10) <= until)
    return [event_record(row) for row in conn.execute(query)]


def corpus_totals(conn: Connection, since: str | None, until: str | None) -> dict[str, int]:
    count = select(func.count()).select_from(articles)
    originals = conn.execute(_period(count, since, until)).scalar()
    everything = conn.execute(_period(count, since, until, originals=False)).scalar()
    source_count = conn.execute(
        _period(
            select(func.count(func.distinct(articles.c.source_id))).select_from(articles), since, until, originals=False
        )
    ).scalar()
    return {
        "articles": everything,
        "originals": originals,
        "duplicates": everything - originals,
        "sources": source_count,
    }


def build_report(
    store: Store, since: str | None = None, until: str | None = None, top: int = 15, timeline_limit: int = 60
) -> dict[str, Any]:
    """Everything the report shows, as plain data (the JSON form of the report)."""
    with store.connect() as conn:
        timeline = build_timeline(event_records(conn, since, until))
        multi = [event for event in timeline if len(event.sources) > 1]
        return {
            "period": {"since": since, "until": until},
            "totals": corpus_totals(conn, since, until) | {"events": len(timeline), "multi_source_events": len(multi)},
            "articles_per_month": articles_per_month(conn, since, until),
            "technologies": term_trends(conn, "technology", since, until, top),
            "industries": term_trends(conn, "industry", since, until, top),
            "entities": top_entities(conn, since, until, top),
            "co_occurrences": co_occurrences(conn, since, until, top),
            "figures": figures_by_organisation(conn, since, until, top),
            "timeline": [event.to_dict() for event in select_events(timeline, timeline_limit)],
        }
