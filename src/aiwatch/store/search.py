"""Search the corpus: segmented full-text match, ranked, filtered, with snippets from the original.

SQLite ranks with FTS5's bm25 (title weighted 5x the body); PostgreSQL with ``ts_rank`` over a
tsvector whose title part has weight A.  The snippet is cut from the stored original body, around
the densest run of matches found by the same segmentation, so highlights are whole words.
Near-duplicates (``duplicate_of`` set) are left out unless asked for: one story, one hit.

This module is the one place that builds the full-text statements: ``aiwatch search`` calls
``search``, the web app's paged search calls ``search_in`` with its options (a capped total, newest
first for very common words, no snippets for plain listings) and only shapes the page.
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
    summary: str | None = None  # the web's result list shows it; not in ``aiwatch search`` output

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("summary")
        data["highlights"] = [list(h) for h in self.highlights]
        return data


@dataclass
class Results:
    """One page of hits, and what the web's page needs to describe it."""

    hits: list[Hit]
    #: Matches with the filters, counted up to ``count_cap + 1`` (None when not asked for).
    total: int | None = None
    #: Best first by relevance; False when listed newest first (no words, or a very common word).
    ranked: bool = False


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


def result_columns():
    """An article as a result list shows it (search hits, the web's entity articles); needs ``sources``."""
    return (
        articles.c.pk,
        articles.c.id,
        articles.c.title,
        articles.c.published,
        articles.c.url,
        articles.c.duplicate_of,
        articles.c.summary,
        sources.c.name.label("source"),
    )


def _match(store: Store, phrases: list[list[str]]):
    """``(key column, condition, tsquery)``: the search index rows matching every phrase."""
    if store.dialect == "postgresql":
        parts = [func.phraseto_tsquery("simple", t) for t in fts.tsquery_texts(phrases)]
        tsquery = parts[0]
        for part in parts[1:]:
            tsquery = tsquery.op("&&")(part)
        return _pg_search.c.article_pk, _pg_search.c.document.op("@@")(tsquery), tsquery
    return _fts.c.rowid, literal_column("articles_fts").op("MATCH")(fts.fts5_query(phrases)), None


def _ranked_query(store: Store, phrases: list[list[str]], filters: Filters, limit: int, offset: int = 0) -> Select:
    """The best ``limit`` matches (key and score) from the search index alone, filters applied."""
    key, match, tsquery = _match(store, phrases)
    if store.dialect == "postgresql":
        # ts_rank, not ts_rank_cd: the same order here, a third less time (both read every match)
        score = func.ts_rank(_pg_search.c.document, tsquery).label("score")
    else:
        # bm25 is lower-is-better; negated, so that a higher score is better on both databases.
        score = (-literal_column("bm25(articles_fts, 5.0, 1.0)")).label("score")
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


def _match_count(conn, store: Store, phrases: list[list[str]], cap: int) -> int:
    """Index rows matching the phrases, filters ignored, counted up to ``cap + 1`` (nothing is scored)."""
    key, match, _ = _match(store, phrases)
    inner = select(key).where(match).limit(cap + 1).subquery()
    return int(conn.execute(select(func.count()).select_from(inner)).scalar_one())


def _newest_query(store: Store, phrases: list[list[str]], filters: Filters) -> Select:
    """Matches newest stored first, nothing scored: the plan for a word in most articles.

    Ordered by the index's own key, which FTS5 reads backwards without sorting (人工智能 in 97,700
    of 100,000 articles: 19 ms for a page instead of 474 ms scoring every match with bm25).
    """
    key, match, _ = _match(store, phrases)
    keys = select(key.label("pk"), literal_column("0.0").label("score")).where(match).subquery()
    statement = (
        select(*result_columns(), keys.c.score)
        .select_from(keys.join(articles, articles.c.pk == keys.c.pk))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .order_by(keys.c.pk.desc())
    )
    return apply_filters(statement, filters)


def _count_query(store: Store, phrases: list[list[str]], filters: Filters, cap: int) -> Select:
    """How many articles match with the filters, counted up to ``cap + 1``.

    Capped: counting every one of 97,000 matches of 人工智能 in 100,000 articles, filters joined,
    cost more than finding the page (378 ms against 19 ms, bench/load_web.py).
    """
    if phrases:
        key, match, _ = _match(store, phrases)
        keys = select(key.label("pk")).where(match).subquery()
        matching = select(articles.c.pk).select_from(keys.join(articles, articles.c.pk == keys.c.pk))
    else:
        matching = select(articles.c.pk)
    inner = apply_filters(matching, filters).limit(cap + 1).subquery()
    return select(func.count()).select_from(inner)


def _direct_query(phrases: list[list[str]], filters: Filters) -> Select:
    """Rank with the article row of each match at hand: the plan for rare words."""
    bm25 = literal_column("bm25(articles_fts, 5.0, 1.0)")
    score = (-bm25).label("score")
    statement = (
        select(*result_columns(), score)
        .select_from(articles.join(_fts, _fts.c.rowid == articles.c.pk))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .where(literal_column("articles_fts").op("MATCH")(fts.fts5_query(phrases)))
        .order_by(score.desc(), articles.c.pk)
    )
    return apply_filters(statement, filters)


def _statement(store: Store, phrases: list[list[str]], filters: Filters, limit: int, offset: int, plan: str) -> Select:
    """The page of hits by ``plan``: "newest" (by key), "direct" (few matches) or "ranked" (key sets)."""
    if not phrases:
        return (
            apply_filters(
                select(*result_columns(), literal_column("0.0").label("score"))
                .outerjoin(sources, sources.c.id == articles.c.source_id)
                .order_by(articles.c.published_on.desc(), articles.c.pk.desc()),
                filters,
            )
            .limit(limit)
            .offset(offset)
        )
    if plan == "newest":
        return _newest_query(store, phrases, filters).limit(limit).offset(offset)
    if plan == "direct":
        return _direct_query(phrases, filters).limit(limit).offset(offset)
    ranked = _ranked_query(store, phrases, filters, limit, offset).subquery()
    return (
        select(*result_columns(), ranked.c.score)
        .select_from(ranked.join(articles, articles.c.pk == ranked.c.pk))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .order_by(ranked.c.score.desc(), articles.c.pk)
    )


def _plan(conn, store: Store, phrases: list[list[str]], rank_limit: int | None) -> str:
    """Newest first above ``rank_limit`` matches; else per-match lookups when few (SQLite), key sets.

    One capped count of the index answers both questions.
    """
    if not phrases:
        return "newest"
    sqlite = store.dialect == "sqlite"
    if rank_limit is None and not sqlite:
        return "ranked"
    matches = _match_count(conn, store, phrases, max(rank_limit or 0, DIRECT_MATCHES if sqlite else 0))
    if rank_limit is not None and matches > rank_limit:
        return "newest"
    return "direct" if sqlite and matches <= DIRECT_MATCHES else "ranked"


def search_in(
    conn,
    store: Store,
    query: str,
    filters: Filters | None = None,
    limit: int = 20,
    offset: int = 0,
    *,
    count_cap: int | None = None,
    rank_limit: int | None = None,
    snippets: bool = True,
) -> Results:
    """``search`` on an open connection (database errors are the caller's), with the web's options.

    ``count_cap``: also count the matches with the filters, up to ``count_cap + 1`` (0 when the
    first page is empty).  ``rank_limit``: a query matching more articles than this (filters
    ignored) is listed newest stored first instead of by relevance: bm25 must score every match and
    barely separates articles that all contain the word.  ``snippets``: cut snippets from the bodies
    (a plain listing does not need them, nor the bodies).
    """
    filters = filters or Filters()
    phrases = fts.query_phrases(query or "")
    plan = _plan(conn, store, phrases, rank_limit)
    rows = conn.execute(_statement(store, phrases, filters, limit, offset, plan)).all()
    total = None
    if count_cap is not None:
        total = (
            int(conn.execute(_count_query(store, phrases, filters, count_cap)).scalar_one()) if rows or offset else 0
        )
    bodies = {}
    if snippets and rows:
        bodies = dict(
            conn.execute(select(articles.c.pk, articles.c.body).where(articles.c.pk.in_([r.pk for r in rows]))).all()
        )
    hits = []
    for row in rows:
        snippet = fts.make_snippet(bodies.get(row.pk, ""), phrases) if snippets else None
        hits.append(
            Hit(
                id=row.id,
                title=row.title,
                published=row.published,
                source=row.source,
                url=row.url,
                score=float(f"{float(row.score or 0.0):.6g}"),
                snippet=snippet.text if snippet else "",
                highlights=snippet.highlights if snippet else [],
                duplicate_of=row.duplicate_of,
                summary=row.summary,
            )
        )
    return Results(hits, total, ranked=bool(phrases) and plan != "newest")


def search(store: Store, query: str, filters: Filters | None = None, limit: int = 20, offset: int = 0) -> list[Hit]:
    """Articles matching every word of ``query`` (all of them when it is empty), best first.

    ``offset`` skips that many results (pages of a web view).
    """
    try:
        with store.connect() as conn:
            return search_in(conn, store, query, filters, limit, offset).hits
    except SQLAlchemyError as exc:
        raise AiwatchError("E302", query, detail=str(exc.orig or exc).strip().splitlines()[0]) from None
