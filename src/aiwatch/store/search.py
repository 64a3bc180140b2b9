"""Search the corpus: segmented full-text match, ranked, filtered, with snippets from the original.

SQLite ranks with FTS5's bm25 (title weighted 5x the body); PostgreSQL with ``ts_rank`` over a
tsvector whose title part has weight A.  The snippet is cut from the stored original body, around
the densest run of matches found by the same segmentation, so highlights are whole words.
Near-duplicates (``duplicate_of`` set) are left out unless asked for: one story, one hit.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from aiwatch.errors import AiwatchError
from aiwatch.store import fts
from aiwatch.store.db import Store
from aiwatch.store.schema import (
    article_entities,
    article_industries,
    article_technologies,
    articles,
    entities,
    entity_aliases,
    industries,
    sources,
    technologies,
)

_fts = table("articles_fts", column("rowid"))
_pg_search = table("article_search", column("article_pk"), column("document"))


@dataclass
class Filters:
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    source: str | None = None
    entity: str | None = None
    technology: str | None = None
    industry: str | None = None
    duplicates: bool = False


@dataclass
class Hit:
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    duplicate_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["highlights"] = [list(h) for h in self.highlights]
        return data


def _entity_filter(name: str):
    named = select(entities.c.id).where(entities.c.name == name)
    aliased = select(entity_aliases.c.entity_id).where(entity_aliases.c.alias == name)
    return articles.c.pk.in_(
        select(article_entities.c.article_pk).where(
            or_(article_entities.c.entity_id.in_(named), article_entities.c.entity_id.in_(aliased))
        )
    )


def _term_filter(name: str, terms, links, id_column: str):
    """A technology or industry by its Chinese name or its English name (any case)."""
    matching = select(terms.c.id).where(or_(terms.c.name == name, func.lower(terms.c.en) == name.lower()))
    return articles.c.pk.in_(select(links.c.article_pk).where(links.c[id_column].in_(matching)))


def filter_conditions(filters: Filters) -> list:
    """The period, source, entity and taxonomy filters as conditions on ``articles``."""
    conditions = []
    if filters.since:
        conditions.append(articles.c.published_on >= filters.since)
    if filters.until:
        conditions.append(articles.c.published_on <= filters.until)
    if filters.source:
        conditions.append(articles.c.source_id.in_(select(sources.c.id).where(sources.c.name == filters.source)))
    if filters.entity:
        conditions.append(_entity_filter(filters.entity))
    if filters.technology:
        conditions.append(_term_filter(filters.technology, technologies, article_technologies, "technology_id"))
    if filters.industry:
        conditions.append(_term_filter(filters.industry, industries, article_industries, "industry_id"))
    if not filters.duplicates:
        conditions.append(articles.c.duplicate_of.is_(None))
    return conditions


def apply_filters(query: Select, filters: Filters) -> Select:
    conditions = filter_conditions(filters)
    return query.where(and_(*conditions)) if conditions else query


def _pk_conditions(pk, filters: Filters) -> list:
    """The same filters as sets of article keys, for the ranking query that never reads ``articles``.

    Ranking 90,000 matches of 人工智能 while looking up each one's row in ``articles`` cost three
    times the ranking itself; a key set per filter is built once from an index instead.  Near-
    duplicates are few, so they are excluded with NOT IN.
    """
    conditions = []
    plain = Filters(**{**filters.__dict__, "duplicates": True})
    narrowing = filter_conditions(plain)
    if narrowing:
        conditions.append(pk.in_(select(articles.c.pk).where(and_(*narrowing))))
    if not filters.duplicates:
        conditions.append(pk.not_in(select(articles.c.pk).where(articles.c.duplicate_of.is_not(None))))
    return conditions


def _base_columns():
    return (
        articles.c.pk,
        articles.c.id,
        articles.c.title,
        articles.c.published,
        articles.c.url,
        articles.c.duplicate_of,
        sources.c.name.label("source"),
    )


def _ranked_query(store: Store, phrases: list[list[str]], filters: Filters, limit: int, offset: int = 0) -> Select:
    """The best ``limit`` matches (key and score) from the search index alone, filters applied."""
    if store.dialect == "postgresql":
        parts = [func.phraseto_tsquery("simple", t) for t in fts.tsquery_texts(phrases)]
        tsquery = parts[0]
        for part in parts[1:]:
            tsquery = tsquery.op("&&")(part)
        # ts_rank, not ts_rank_cd: the same order here, a third less time (both read every match)
        score = func.ts_rank(_pg_search.c.document, tsquery).label("score")
        key = _pg_search.c.article_pk
        match = _pg_search.c.document.op("@@")(tsquery)
    else:
        # bm25 is lower-is-better; negated, so that a higher score is better on both databases.
        score = (-literal_column("bm25(articles_fts, 5.0, 1.0)")).label("score")
        key = _fts.c.rowid
        match = literal_column("articles_fts").op("MATCH")(fts.fts5_query(phrases))
    if store.dialect == "sqlite":
        # "rowid + 0": otherwise SQLite hands the key set to FTS5 as a rowid constraint and runs the
        # MATCH once per key (2.8 s instead of 20 ms for 人工智能 since June on 10,000 articles).
        key = key + literal_column("0")
    # ordered by the label, so that the rank function runs once per match, not twice
    return (
        select(key.label("pk"), score)
        .where(match, *_pk_conditions(key, filters))
        .order_by(score.desc(), key)
        .limit(limit)
        .offset(offset)
    )


#: Up to this many matches, ranking looks up each match's row for the filters (cheap when few);
#: beyond it, each filter becomes a key set built once (cheap when the word is everywhere).
DIRECT_MATCHES = 2000


def _few_matches(conn, phrases: list[list[str]]) -> bool:
    """Whether the query matches at most ``DIRECT_MATCHES`` articles (SQLite; stops counting there)."""
    if conn.dialect.name != "sqlite":
        return False
    count = conn.execute(
        text("SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q LIMIT :cap)"),
        {"q": fts.fts5_query(phrases), "cap": DIRECT_MATCHES + 1},
    ).scalar()
    return count <= DIRECT_MATCHES


def _direct_query(phrases: list[list[str]], filters: Filters) -> Select:
    """Rank with the article row of each match at hand: the plan for rare words."""
    bm25 = literal_column("bm25(articles_fts, 5.0, 1.0)")
    score = (-bm25).label("score")
    statement = (
        select(*_base_columns(), score)
        .select_from(articles.join(_fts, _fts.c.rowid == articles.c.pk))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .where(literal_column("articles_fts").op("MATCH")(fts.fts5_query(phrases)))
        .order_by(score.desc(), articles.c.pk)
    )
    return apply_filters(statement, filters)


def _statement(store: Store, conn, phrases: list[list[str]], filters: Filters, limit: int, offset: int) -> Select:
    if not phrases:
        return (
            apply_filters(
                select(*_base_columns(), literal_column("0.0").label("score"))
                .outerjoin(sources, sources.c.id == articles.c.source_id)
                .order_by(articles.c.published_on.desc(), articles.c.pk.desc()),
                filters,
            )
            .limit(limit)
            .offset(offset)
        )
    if _few_matches(conn, phrases):
        return _direct_query(phrases, filters).limit(limit).offset(offset)
    ranked = _ranked_query(store, phrases, filters, limit, offset).subquery()
    return (
        select(*_base_columns(), ranked.c.score)
        .select_from(ranked.join(articles, articles.c.pk == ranked.c.pk))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .order_by(ranked.c.score.desc(), articles.c.pk)
    )


def search(store: Store, query: str, filters: Filters | None = None, limit: int = 20, offset: int = 0) -> list[Hit]:
    """Articles matching every word of ``query`` (all of them when it is empty), best first.

    ``offset`` skips that many results (pages of a web view).
    """
    filters = filters or Filters()
    phrases = fts.query_phrases(query)
    try:
        with store.connect() as conn:
            rows = conn.execute(_statement(store, conn, phrases, filters, limit, offset)).all()
            bodies = dict(
                conn.execute(
                    select(articles.c.pk, articles.c.body).where(articles.c.pk.in_([r.pk for r in rows]))
                ).all()
            )
    except SQLAlchemyError as exc:
        raise AiwatchError("E302", query, detail=str(exc.orig or exc).strip().splitlines()[0]) from None
    hits = []
    for row in rows:
        snippet = fts.make_snippet(bodies.get(row.pk, ""), phrases)
        hits.append(
            Hit(
                id=row.id,
                title=row.title,
                published=row.published,
                source=row.source,
                url=row.url,
                score=float(f"{float(row.score or 0.0):.6g}"),
                snippet=snippet.text,
                highlights=snippet.highlights,
                duplicate_of=row.duplicate_of,
            )
        )
    return hits
