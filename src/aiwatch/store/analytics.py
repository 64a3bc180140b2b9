"""Corpus analytics in the store's read layer: the one copy of each aggregation that ``aiwatch
report`` and the web app (dashboard, ``/api/trends``, ``/api/network``, ``/api/events``) both use.

Counts are over original articles, each as its latest revision: a near-duplicate (``duplicate_of``
set) is one story told twice, so it adds nothing to volumes, trends or rankings, and an edited
article counts once.  A period is ``published_on`` from ``since`` to ``until``, both inclusive.
Each caller shapes the rows its own way (the report's early/late shares, the dashboard's
per-month series); what is counted, and how, lives here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, and_, func, select

from aiwatch.store.revisions import current
from aiwatch.store.schema import (
    article_entities,
    article_industries,
    article_technologies,
    articles,
    entities,
    events,
    industries,
    sources,
    technologies,
)
from aiwatch.store.timeline import EventRecord

#: Original articles, each as its latest revision.
ORIGINALS = and_(articles.c.duplicate_of.is_(None), current())

#: A term kind: its table, the article links and the links' column naming the term.
TERMS = {
    "technology": (technologies, article_technologies, "technology_id"),
    "industry": (industries, article_industries, "industry_id"),
}


def in_period(statement: Select, since: str | None, until: str | None) -> Select:
    """``statement`` limited to articles published from ``since`` to ``until`` (days, inclusive)."""
    if since:
        statement = statement.where(articles.c.published_on >= since)
    if until:
        statement = statement.where(articles.c.published_on <= until)
    return statement


#: The ``YYYY-MM`` of an article's publication day: one expression, so that a statement that
#: selects and groups by it binds the same parameters (PostgreSQL refuses two copies of it).
MONTH = func.substr(articles.c.published_on, 1, 7)


def term_months(conn: Connection, kind: str, since: str | None, until: str | None) -> list[Any]:
    """Rows ``(name, en, month, articles)``: how many dated original articles of each month name
    each technology (``kind="technology"``) or industry; 大模型 in 12 articles of 2024-05."""
    terms, links, id_column = TERMS[kind]
    statement = (
        select(terms.c.name, terms.c.en, MONTH.label("month"), func.count().label("articles"))
        .select_from(links.join(terms, terms.c.id == links.c[id_column]))
        .join(articles, articles.c.pk == links.c.article_pk)
        .where(ORIGINALS, articles.c.published_on.is_not(None))
        .group_by(terms.c.name, terms.c.en, MONTH)
    )
    return conn.execute(in_period(statement, since, until)).all()


def entity_links(since: str | None = None, until: str | None = None):
    """``article_entities`` of the original articles of the period (a subquery)."""
    statement = (
        select(article_entities.c.entity_id, article_entities.c.article_pk, article_entities.c.count)
        .join(articles, articles.c.pk == article_entities.c.article_pk)
        .where(ORIGINALS)
    )
    return in_period(statement, since, until).subquery()


def top_entities_by_type(conn: Connection, top: int, since: str | None = None, until: str | None = None) -> list[Any]:
    """Rows ``(id, name, type, articles, mentions)``: the ``top`` entities of each type by the
    articles naming them (ties by name), most named first, from one aggregate over the links.

    On 100,000 articles each aggregate reads every entity link, so the types are ranked in one
    pass with a window function (SQLite ≥ 3.25 and PostgreSQL both have ``row_number``).
    """
    links = entity_links(since, until)
    counted = (
        select(entities.c.id, entities.c.name, entities.c.type, func.count(links.c.article_pk).label("articles"))
        .add_columns(func.sum(links.c.count).label("mentions"))
        .join(links, links.c.entity_id == entities.c.id)
        .group_by(entities.c.id, entities.c.name, entities.c.type)
        .subquery()
    )
    in_type = func.row_number().over(partition_by=counted.c.type, order_by=(counted.c.articles.desc(), counted.c.name))
    ranked = select(counted, in_type.label("rank")).subquery()
    return conn.execute(
        select(ranked).where(ranked.c.rank <= top).order_by(ranked.c.articles.desc(), ranked.c.name)
    ).all()


#: The columns of an event report, beside its article's (``event_record``).
EVENT_COLUMNS = (
    events.c.precision,
    events.c.text,
    events.c.entities,
    events.c.position,
    events.c.type,
    events.c.event_id,
    events.c.arguments,
    events.c.confidence,
    articles.c.pk.label("article_pk"),
    articles.c.id.label("article_id"),
    articles.c.title,
    sources.c.name.label("source"),
)


def event_reports(*columns: Any) -> Select:
    """Event reports with their article and source; ``columns`` adds the date the caller wants
    (the event's own, or the article's when it has none) and what else it shows."""
    return (
        select(*columns, *EVENT_COLUMNS)
        .join(articles, articles.c.pk == events.c.article_pk)
        .outerjoin(sources, sources.c.id == articles.c.source_id)
    )


def event_record(row: Any) -> EventRecord:
    """One event as one article reported it (a row of ``event_reports``), for ``build_timeline``."""
    fields = row._mapping
    return EventRecord(
        date=row.date,
        precision=row.precision,
        text=row.text or "",
        entities=[name for name in row.entities or () if isinstance(name, str)],
        article_pk=row.article_pk,
        article_id=row.article_id,
        title=row.title,
        source=row.source,
        published=fields.get("published"),
        date_text=fields.get("date_text"),
        event_id=row.event_id,
        type=row.type,
        arguments=row.arguments if isinstance(row.arguments, dict) else None,
        position=row.position,
        confidence=row.confidence,
    )
