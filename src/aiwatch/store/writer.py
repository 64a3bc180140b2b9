"""Write one article and its analysis into the normalised tables, inside the caller's transaction.

An article whose id is already stored is left alone (idempotent ingest).  A new article is checked
against the LSH buckets first: a near-copy is stored too (its own source and title matter to the
event timeline) but carries ``duplicate_of`` = the id of the first copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, select, text, tuple_

from aiwatch.store import dedup, fts
from aiwatch.store.schema import (
    ANALYSIS_FIELDS,
    article_entities,
    article_industries,
    article_keywords,
    article_signatures,
    article_technologies,
    articles,
    entities,
    entity_aliases,
    events,
    figures,
    industries,
    keywords,
    lsh_buckets,
    sources,
    technologies,
)

#: Fields of the JSON form that have their own column or table; anything else goes to ``extra``.
STORED_FIELDS = frozenset(
    {"id", "path", "format", "title", "url", "published", "source", "author", "editor", "categories", "tags"}
    | {"language", "body", "warnings", *ANALYSIS_FIELDS}
)

_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def published_day(published: str | None) -> str | None:
    """``2023-08-10T09:30+08:00`` → ``2023-08-10``; a month-only date counts as its first day."""
    match = _DAY.match(published or "")
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{month}-{day or '01'}"


@dataclass
class Lookups:
    """Name → id caches for the small dimension tables; cleared when a transaction rolls back."""

    ids: dict[tuple[str, Any], int] = field(default_factory=dict)

    def clear(self) -> None:
        self.ids.clear()

    def get(self, conn: Connection, table: Table, key: dict[str, Any], extra: dict[str, Any] | None = None) -> int:
        cache_key = (table.name, tuple(sorted(key.items())))
        found = self.ids.get(cache_key)
        if found is not None:
            return found
        query = select(table.c.id)
        for column, value in key.items():
            query = query.where(table.c[column] == value)
        found = conn.execute(query).scalar()
        if found is None:
            found = conn.execute(table.insert().values(**key, **(extra or {}))).inserted_primary_key[0]
        self.ids[cache_key] = found
        return found


@dataclass
class Duplicate:
    of: str
    similarity: float


def find_duplicate(conn: Connection, keys: list[int], sig, threshold: float) -> Duplicate | None:
    """The earliest stored article whose estimated similarity reaches ``threshold``, if any."""
    pairs = list(enumerate(keys))
    candidates = (
        select(lsh_buckets.c.article_pk).where(tuple_(lsh_buckets.c.band, lsh_buckets.c.bucket).in_(pairs)).distinct()
    )
    rows = conn.execute(
        select(articles.c.pk, articles.c.id, articles.c.duplicate_of, article_signatures.c.signature)
        .join(article_signatures, article_signatures.c.article_pk == articles.c.pk)
        .where(articles.c.pk.in_(candidates))
        .order_by(articles.c.pk)
    ).all()
    best: Duplicate | None = None
    for row in rows:
        score = dedup.similarity(sig, dedup.from_bytes(row.signature))
        if score >= threshold and (best is None or score > best.similarity):
            best = Duplicate(row.duplicate_of or row.id, score)
    return best


def _merge(items: list[dict[str, Any]] | None, key: tuple[str, ...]) -> dict[tuple, dict[str, Any]]:
    """Items by key, counts added up: an entity listed twice must not break the link table."""
    merged: dict[tuple, dict[str, Any]] = {}
    for item in items or []:
        name = item.get("name")
        if not name:
            continue
        ident = tuple(item.get(k) for k in key)
        if ident in merged:
            merged[ident]["count"] = (merged[ident].get("count") or 0) + (item.get("count") or 1)
        else:
            merged[ident] = dict(item)
    return merged


def figure_organisation(figure: dict[str, Any], orgs: list[tuple[str, list[str]]]) -> str | None:
    """The ORG entity named in the figure's context nearest before the figure itself.

    「商汤科技2023年营收34亿元」: 商汤科技 precedes 34亿元 in the same sentence.
    """
    context = figure.get("context") or figure.get("text") or ""
    anchor = context.find(figure.get("text") or "\x00")
    anchor = anchor if anchor >= 0 else len(context)
    best, best_distance = None, None
    for name, aliases in orgs:
        for form in {name, *aliases}:
            if not form:
                continue
            position = context.find(form)
            if position < 0:
                continue
            distance = anchor - position if position <= anchor else len(context) + position - anchor
            if best_distance is None or distance < best_distance:
                best, best_distance = name, distance
    return best


def _number(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _year(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(table.insert(), rows)


def _article_row(data: dict[str, Any], source_id: int | None, duplicate: Duplicate | None) -> dict[str, Any]:
    return {
        "id": data["id"],
        "path": data.get("path"),
        "format": data.get("format"),
        "title": data.get("title"),
        "url": data.get("url"),
        "published": data.get("published"),
        "published_on": published_day(data.get("published")),
        "source_id": source_id,
        "author": data.get("author"),
        "editor": data.get("editor"),
        "language": data.get("language"),
        "categories": data.get("categories") or [],
        "tags": data.get("tags") or [],
        "body": data.get("body") or "",
        "warnings": data.get("warnings") or [],
        "summary": data.get("summary"),
        "event_summary": data.get("event_summary"),
        "analysed": [name for name in ANALYSIS_FIELDS if data.get(name) is not None],
        "extra": {k: v for k, v in data.items() if k not in STORED_FIELDS} or None,
        "duplicate_of": duplicate.of if duplicate else None,
        "similarity": duplicate.similarity if duplicate else None,
        "ingested_at": datetime.now(UTC).replace(tzinfo=None),
    }


def _store_entities(conn: Connection, pk: int, data: dict[str, Any], lookups: Lookups) -> None:
    rows, aliases = [], []
    for (name, kind), item in _merge(data.get("entities"), ("name", "type")).items():
        entity_id = lookups.get(conn, entities, {"name": name, "type": kind or "ORG"})
        rows.append(
            {
                "article_pk": pk,
                "entity_id": entity_id,
                "count": item.get("count") or 1,
                "mentions": item.get("mentions"),
            }
        )
        for alias in item.get("aliases") or []:
            if alias and alias != name and ("alias", entity_id, alias) not in lookups.ids:
                aliases.append((entity_id, alias))
    _insert_many(conn, article_entities, rows)
    for entity_id, alias in aliases:
        exists = conn.execute(
            select(entity_aliases.c.alias).where(
                entity_aliases.c.entity_id == entity_id, entity_aliases.c.alias == alias
            )
        ).first()
        if exists is None:
            conn.execute(entity_aliases.insert().values(entity_id=entity_id, alias=alias))
        lookups.ids[("alias", entity_id, alias)] = entity_id


def _store_terms(conn: Connection, pk: int, data: dict[str, Any], lookups: Lookups) -> None:
    for field_name, table, links, id_column in (
        ("technologies", technologies, article_technologies, "technology_id"),
        ("industries", industries, article_industries, "industry_id"),
    ):
        rows = []
        for (name,), item in _merge(data.get(field_name), ("name",)).items():
            term_id = lookups.get(conn, table, {"name": name}, {"en": item.get("en")})
            rows.append({"article_pk": pk, id_column: term_id, "count": item.get("count") or 1})
        _insert_many(conn, links, rows)
    seen: dict[int, int] = {}
    for rank, word in enumerate(data.get("keywords") or []):
        if word:
            seen.setdefault(lookups.get(conn, keywords, {"word": word}), rank)
    _insert_many(conn, article_keywords, [{"article_pk": pk, "keyword_id": k, "rank": r} for k, r in seen.items()])


def _store_events_figures(conn: Connection, pk: int, data: dict[str, Any]) -> None:
    event_rows = [
        {
            "article_pk": pk,
            "position": i,
            "date": e.get("date"),
            "date_text": e.get("date_text"),
            "precision": e.get("precision"),
            "text": e.get("text"),
            "entities": e.get("entities") or [],
        }
        for i, e in enumerate(data.get("events") or [])
    ]
    _insert_many(conn, events, event_rows)
    orgs = [(e["name"], e.get("aliases") or []) for e in data.get("entities") or [] if e.get("type") == "ORG"]
    figure_rows = [
        {
            "article_pk": pk,
            "position": i,
            "value": _number(f.get("value")),
            "unit": f.get("unit"),
            "text": f.get("text"),
            "context": f.get("context"),
            "year": _year(f.get("year")),
            "organisation": figure_organisation(f, orgs),
        }
        for i, f in enumerate(data.get("figures") or [])
    ]
    _insert_many(conn, figures, figure_rows)


def index_article(conn: Connection, pk: int, title: str | None, body: str) -> None:
    """Add the article's segmented title and body to the full-text index."""
    params = {"pk": pk, "title": fts.index_text(title), "body": fts.index_text(body)}
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "INSERT INTO article_search (article_pk, document) VALUES (:pk, "
                "setweight(to_tsvector('simple', :title), 'A') || to_tsvector('simple', :body))"
            ),
            params,
        )
    else:
        conn.execute(text("INSERT INTO articles_fts (rowid, title, body) VALUES (:pk, :title, :body)"), params)


def store_article(
    conn: Connection, data: dict[str, Any], lookups: Lookups, threshold: float = dedup.DEFAULT_THRESHOLD
) -> str:
    """Store one article (its JSON form); returns ``new``, ``duplicate`` or ``unchanged``."""
    if conn.execute(select(articles.c.pk).where(articles.c.id == data["id"])).first() is not None:
        return "unchanged"
    body = data.get("body") or ""
    sig = dedup.signature(body)
    keys = dedup.band_keys(sig)
    duplicate = find_duplicate(conn, keys, sig, threshold)
    source_id = lookups.get(conn, sources, {"name": data["source"]}) if data.get("source") else None
    pk = conn.execute(articles.insert().values(**_article_row(data, source_id, duplicate))).inserted_primary_key[0]
    _store_entities(conn, pk, data, lookups)
    _store_terms(conn, pk, data, lookups)
    _store_events_figures(conn, pk, data)
    conn.execute(article_signatures.insert().values(article_pk=pk, signature=dedup.to_bytes(sig)))
    conn.execute(lsh_buckets.insert(), [{"band": b, "bucket": k, "article_pk": pk} for b, k in enumerate(keys)])
    index_article(conn, pk, data.get("title"), body)
    return "duplicate" if duplicate else "new"
