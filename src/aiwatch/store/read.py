"""Read articles back out of the normalised tables, in their public JSON form.

Pages of ``PAGE`` articles are fetched by primary key with one query per child table, so exporting
a million articles streams in constant memory and never issues one query per article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from aiwatch.records import EntityRef, Event, Figure, Term
from aiwatch.store.db import Store
from aiwatch.store.schema import (
    article_entities,
    article_industries,
    article_keywords,
    article_revisions,
    article_technologies,
    articles,
    entities,
    entity_aliases,
    events,
    figures,
    industries,
    keywords,
    sources,
    technologies,
)
from aiwatch.store.search import Filters, apply_filters

PAGE = 500


def _group(rows, key: str = "article_pk") -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


def _children(conn: Connection, pks: list[int]) -> dict[str, dict[int, list]]:
    ents = conn.execute(
        select(article_entities.c.article_pk, entities.c.id, entities.c.name, entities.c.type)
        .add_columns(article_entities.c.count, article_entities.c.mentions)
        .join(entities, entities.c.id == article_entities.c.entity_id)
        .where(article_entities.c.article_pk.in_(pks))
        .order_by(article_entities.c.article_pk, article_entities.c.count.desc(), entities.c.name)
    ).all()
    alias_rows = conn.execute(
        select(entity_aliases.c.entity_id, entity_aliases.c.alias)
        .where(entity_aliases.c.entity_id.in_({row.id for row in ents}))
        .order_by(entity_aliases.c.alias)
    ).all()
    aliases: dict[int, list[str]] = defaultdict(list)
    for row in alias_rows:
        aliases[row.entity_id].append(row.alias)
    kws = conn.execute(
        select(article_keywords.c.article_pk, keywords.c.word)
        .join(keywords, keywords.c.id == article_keywords.c.keyword_id)
        .where(article_keywords.c.article_pk.in_(pks))
        .order_by(article_keywords.c.article_pk, article_keywords.c.rank)
    ).all()
    terms = {}
    for name, table, links, id_column in (
        ("technologies", technologies, article_technologies, "technology_id"),
        ("industries", industries, article_industries, "industry_id"),
    ):
        terms[name] = _group(
            conn.execute(
                select(links.c.article_pk, table.c.name, table.c.en, links.c.count)
                .join(table, table.c.id == links.c[id_column])
                .where(links.c.article_pk.in_(pks))
                .order_by(links.c.article_pk, links.c.count.desc(), table.c.name)
            ).all()
        )
    return {
        "entities": _group(ents),
        "aliases": aliases,
        "keywords": _group(kws),
        **terms,
        "events": _group(
            conn.execute(select(events).where(events.c.article_pk.in_(pks)).order_by(events.c.position)).all()
        ),
        "figures": _group(
            conn.execute(select(figures).where(figures.c.article_pk.in_(pks)).order_by(figures.c.position)).all()
        ),
    }


def _analysis(pk: int, analysed: set[str], kids: dict[str, dict[int, list]]) -> dict[str, Any]:
    def listed(name: str, build) -> list | None:
        return [build(row) for row in kids[name].get(pk, [])] if name in analysed else None

    return {
        "keywords": listed("keywords", lambda r: r.word),
        "technologies": listed("technologies", lambda r: Term(name=r.name, en=r.en, count=r.count)),
        "industries": listed("industries", lambda r: Term(name=r.name, en=r.en, count=r.count)),
        "entities": listed(
            "entities",
            lambda r: EntityRef(
                name=r.name,
                type=r.type,
                aliases=kids["aliases"].get(r.id, []),
                count=r.count,
                mentions=r.mentions or [],
            ),
        ),
        "events": listed(
            "events",
            lambda r: Event(
                date=r.date,
                date_text=r.date_text,
                precision=r.precision,
                text=r.text,
                entities=r.entities or [],
                **_event_identity(r),
            ),
        ),
        "figures": listed(
            "figures",
            lambda r: Figure(
                value=r.value,
                unit=r.unit,
                text=r.text,
                context=r.context,
                year=r.year,
                organisation=r.organisation,
            ),
        ),
    }


def article_record(row, kids: dict[str, dict[int, list]]) -> dict[str, Any]:
    """The JSON form of one stored article, plus ``duplicate_of`` and ``similarity``."""
    analysed = set(row.analysed or [])
    data: dict[str, Any] = {
        "id": row.id,
        "path": row.path,
        "format": row.format,
        "title": row.title,
        "url": row.url,
        "published": row.published,
        "source": row.source,
        "author": row.author,
        "editor": row.editor,
        "categories": row.categories or [],
        "tags": row.tags or [],
        "language": row.language,
        "body": row.body,
        "warnings": row.warnings or [],
    }
    data.update(_analysis(row.pk, analysed, kids))
    data["summary"] = row.summary
    data["event_summary"] = row.event_summary
    data.update(row.extra or {})
    data["duplicate_of"] = row.duplicate_of
    data["similarity"] = row.similarity
    return data


def iter_articles(
    store: Store, filters: Filters | None = None, page: int = PAGE, where: list | None = None
) -> Iterator[dict[str, Any]]:
    """Every stored article matching ``filters`` (and the conditions on ``articles`` in ``where``),
    in ingest order, a page at a time."""
    filters = filters or Filters(duplicates=True)
    last = 0
    with store.connect() as conn:
        while True:
            query = (
                select(articles, sources.c.name.label("source"))
                .outerjoin(sources, sources.c.id == articles.c.source_id)
                .where(articles.c.pk > last)
                .order_by(articles.c.pk)
                .limit(page)
            )
            if where:
                query = query.where(*where)
            rows = conn.execute(apply_filters(query, filters)).all()
            if not rows:
                return
            kids = _children(conn, [row.pk for row in rows])
            for row in rows:
                yield article_record(row, kids)
            last = rows[-1].pk


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article by its public id, or ``None``."""
    with store.connect() as conn:
        row = conn.execute(
            select(articles, sources.c.name.label("source"))
            .outerjoin(sources, sources.c.id == articles.c.source_id)
            .where(articles.c.id == article_id)
        ).first()
        if row is None:
            return None
        return article_record(row, _children(conn, [row.pk])) | revision_links(conn, row.pk)


def revision_links(conn: Connection, pk: int) -> dict[str, str | None]:
    """``revision_of``: the article this one replaced; ``superseded_by``: the one that replaced it."""
    newer = aliased(articles)
    superseded_by = conn.execute(
        select(newer.c.id)
        .join(article_revisions, article_revisions.c.superseded_by == newer.c.pk)
        .where(article_revisions.c.article_pk == pk)
    ).scalar()
    revision_of = conn.execute(
        select(articles.c.id)
        .join(article_revisions, article_revisions.c.article_pk == articles.c.pk)
        .where(article_revisions.c.superseded_by == pk)
    ).scalar()
    return {"revision_of": revision_of, "superseded_by": superseded_by}


def _event_identity(row: Any) -> dict[str, Any]:
    """Type, id, arguments, evidence, confidence and future of a stored event, those it has."""
    found = {
        "type": getattr(row, "type", None),
        "event_id": getattr(row, "event_id", None),
        "arguments": getattr(row, "arguments", None),
        "evidence": getattr(row, "evidence", None),
        "confidence": getattr(row, "confidence", None),
        "future": getattr(row, "future", None),
    }
    return {key: value for key, value in found.items() if value is not None}
