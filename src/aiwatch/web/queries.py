"""Read-only corpus queries the web views need, in the shapes of the web's pages.

Paged search (the store's statements, ``store.search.search_in``, plus the page), entity lists and
details with co-mentioned entities, monthly trends, the co-occurrence network and the cross-source
event timeline (grouped by the one rule, ``store.timeline.build_timeline``).  All of it is
SQLAlchemy Core over the store's tables (``aiwatch.store.schema``), so the same code runs on
SQLite and PostgreSQL.  Near-duplicate copies (``duplicate_of`` set) are
left out of counts, exactly as search leaves them out: one story counts once.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, distinct, event, func, or_, select
from sqlalchemy.exc import SQLAlchemyError

from aiwatch.errors import AiwatchError
from aiwatch.store.analytics import (
    MONTH,
    ORIGINALS,
    entity_links,
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
    article_industries,
    article_technologies,
    articles,
    entities,
    entity_aliases,
    events,
    industries,
    sources,
    technologies,
)
from aiwatch.store.search import Facets, Filters, Plan, facets_in, result_columns, search_in
from aiwatch.store.timeline import WINDOW_DAYS, EventRecord, build_timeline, find_event

# --- query time limit -------------------------------------------------------------------------
#
# A request must not hold a worker (or the database) for long: a search for a very common word
# over 100,000 articles, or a deep page, is cut off after ``seconds`` and answered with E303.
# SQLite checks a per-thread deadline from a progress handler (every 10,000 VM steps), PostgreSQL
# uses ``statement_timeout`` on every pooled connection.

_deadline = threading.local()


def _sqlite_progress() -> int:
    limit = getattr(_deadline, "at", None)
    if limit is not None and time.monotonic() > limit:
        _deadline.expired = True
        return 1  # non-zero interrupts the running statement
    return 0


def install_time_limit(engine: Engine, seconds: float) -> None:
    """Arrange for every new connection of ``engine`` to honour the query time limit."""

    def on_connect(dbapi_connection, _record) -> None:
        if engine.dialect.name == "sqlite":
            dbapi_connection.set_progress_handler(_sqlite_progress, 10_000)
        elif engine.dialect.name == "postgresql":
            cursor = dbapi_connection.cursor()
            cursor.execute(f"SET statement_timeout = {int(seconds * 1000)}")
            cursor.close()
            dbapi_connection.commit()

    event.listen(engine, "connect", on_connect)
    engine.dispose()  # connections opened before (by the migrations) do not have the handler


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Queries run by this thread inside the block stop after ``seconds`` (SQLite side)."""
    _deadline.at = time.monotonic() + seconds
    _deadline.seconds = seconds
    _deadline.expired = False
    try:
        yield
    finally:
        _deadline.at = None


def deadline_expired() -> bool:
    return bool(getattr(_deadline, "expired", False))


def _failed(what: str, exc: SQLAlchemyError) -> AiwatchError:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    if deadline_expired() or "interrupted" in text or "statement timeout" in text:
        return AiwatchError("E303", what, limit=getattr(_deadline, "seconds", "the"))
    return AiwatchError("E302", what, detail=text)


@contextmanager
def reading(store: Store, what: str) -> Iterator[Connection]:
    """A connection whose database errors come back as ``AiwatchError`` naming the request."""
    try:
        with store.connect() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise _failed(what, exc) from None


# --- articles and search ----------------------------------------------------------------------


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    complete: bool = True
    ranked: bool = False  # search results in relevance order (not newest first)
    plan: Plan | None = None  # search results: how they were found (for another page of them)

    @property
    def counted(self) -> int:
        """The matches as counted, up to ``COUNT_CAP + 1`` (what ``search_page(counted=)`` takes)."""
        return self.total if self.complete else self.total + 1


#: Above this many matches, results are listed newest first instead of by relevance: bm25 must
#: score every match (0.45 s for 人工智能 in 97,700 of 100,000 articles, bench/load_web.py) and
#: barely separates articles that all contain the word, while newest first stops after one page.
RANK_LIMIT = 5_000

#: Matches are counted up to this many ("1000+"): counting every one of 97,000 matches of 人工智能
#: in 100,000 articles, filters joined, cost more than finding the page (378 ms against 19 ms;
#: at 1,000 the 36 query/filter pairs of bench/load_web.py take 0.77 s in all instead of 1.35 s).
COUNT_CAP = 1_000


def search_page(
    store: Store,
    query: str,
    filters: Filters,
    limit: int,
    offset: int,
    snippets: bool = True,
    sort: str = "relevance",
    counted: int | None = None,
    plan: Plan | None = None,
) -> Page:
    """One page of matching articles (best first, or newest first without words) and the total.

    The statements are the store's (``store.search.search_in``, the same index, plans and ranking
    as ``aiwatch search``); this adds the page: the capped total, the order, the item shape.
    ``counted``: the matches as counted before (``Page.counted`` of another page of the same query
    and filters, in the same corpus state), not counted again; ``plan``: ``Page.plan`` of a page
    of the same query and sort in the same corpus state (``store.search.search_in``).
    """
    with reading(store, query or "(all articles)") as conn:
        found = search_in(
            conn,
            store,
            query or "",
            filters,
            limit,
            offset,
            count_cap=COUNT_CAP if counted is None else None,
            rank_limit=RANK_LIMIT,
            snippets=snippets,
            sort=sort,
            plan=plan,
        )
    items = []
    for hit in found.hits:
        item = {
            "id": hit.id,
            "title": hit.title,
            "published": hit.published,
            "source": hit.source,
            "url": hit.url,
            "summary": hit.summary,
            "score": round(hit.score, 4),
            "duplicate_of": hit.duplicate_of,
        }
        if snippets:
            item["snippet"] = hit.snippet
            item["highlights"] = [list(h) for h in hit.highlights]
        items.append(item)
    total = (found.total if counted is None else counted) or 0
    page = Page(items, min(total, COUNT_CAP), limit, offset)
    page.complete = total <= COUNT_CAP
    page.ranked = found.ranked
    page.plan = found.plan
    return page


#: Values per facet beside the search results (sources, technologies, industries, entities, months).
FACET_VALUES = 8
#: The page counts facets over at most this many matches, the newest stored (the page says so):
#: every search page pays for them, and 2,000 (the API's sample) cost ~100 ms on 60,000 articles.
PAGE_FACET_SAMPLE = 500


def result_facets(store: Store, query: str, filters: Filters) -> Facets:
    """Counts of the matches' sources, technologies, industries, entities and months (``store.search``)."""
    with reading(store, query or "(all articles)") as conn:
        return facets_in(conn, store, query or "", filters, FACET_VALUES, sample=PAGE_FACET_SAMPLE)


def article_copies(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The other stored copies of a story: its original and its near-duplicates, with sources."""
    with reading(store, article_id) as conn:
        original = conn.execute(select(articles.c.duplicate_of).where(articles.c.id == article_id)).scalar()
        root = original or article_id
        rows = conn.execute(
            select(articles.c.id, articles.c.title, articles.c.published, articles.c.similarity, sources.c.name)
            .outerjoin(sources, sources.c.id == articles.c.source_id)
            .where(or_(articles.c.id == root, articles.c.duplicate_of == root), current())
            .where(articles.c.id != article_id)
            .order_by(articles.c.pk)
            .limit(50)
        ).all()
    return [
        {"id": r.id, "title": r.title, "published": r.published, "source": r.name, "similarity": r.similarity}
        for r in rows
    ]


def facet_values(store: Store) -> dict[str, list[str]]:
    """Names for the search form's pickers: sources and taxonomy terms present in the corpus."""
    with reading(store, "facets") as conn:
        source_names = conn.execute(select(sources.c.name).order_by(sources.c.name).limit(500)).scalars().all()
        techs = conn.execute(
            select(technologies.c.name)
            .where(technologies.c.id.in_(select(article_technologies.c.technology_id)))
            .order_by(technologies.c.name)
        ).scalars()
        inds = conn.execute(
            select(industries.c.name)
            .where(industries.c.id.in_(select(article_industries.c.industry_id)))
            .order_by(industries.c.name)
        ).scalars()
        return {"sources": list(source_names), "technologies": list(techs), "industries": list(inds)}


# --- entities ---------------------------------------------------------------------------------

ENTITY_TYPES = ("ORG", "PER", "LOC", "DOC", "PRODUCT")


#: An entity list narrowed by name reads the links of at most this many named entities by the
#: entity index (~2 ms each on 100,000 articles); more, and one pass over every link costs less.
FEW_ENTITIES = 50

# originals, in their latest revision (an edited article's older text is kept but not listed)


def entity_list(
    store: Store,
    kind: str | None,
    query: str | None,
    limit: int,
    offset: int,
    since: str | None = None,
    until: str | None = None,
) -> Page:
    """Entities by the number of articles naming them (in the period); ``query`` is part of the name."""
    links = entity_links(since, until)
    n_articles = func.count(links.c.article_pk).label("articles")
    statement = (
        select(entities.c.id, entities.c.name, entities.c.type, n_articles, func.sum(links.c.count).label("mentions"))
        .join(links, links.c.entity_id == entities.c.id)
        .group_by(entities.c.id, entities.c.name, entities.c.type)
    )
    if kind:
        statement = statement.where(entities.c.type == kind)
    with reading(store, query or "entities") as conn:
        if query:
            pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            named = entities.c.name.like(pattern, escape="\\")
            statement = statement.where(named)
            # The named entities first: when they are few, their links are read by the entity
            # index; otherwise SQLite walked every original article's links to find them (自动驾驶,
            # named by no entity: 360 ms on 100,000 articles, now 1 ms).  Many of them (科技: 3,000
            # entities) are cheaper the old way round: one pass over all the links.
            found = conn.execute(select(entities.c.id).where(named).limit(FEW_ENTITIES + 1)).scalars().all()
            if len(found) <= FEW_ENTITIES:
                statement = statement.where(links.c.entity_id.in_(found))
        rows = conn.execute(statement.order_by(n_articles.desc(), entities.c.name).limit(limit).offset(offset)).all()
        total = int(conn.execute(select(func.count()).select_from(statement.subquery())).scalar_one())
        aliases = _aliases(conn, [r.id for r in rows])
    items = [_entity_item(r, aliases) for r in rows]
    return Page(items, total, limit, offset)


def _entity_item(row, aliases: dict[int, list[str]]) -> dict[str, Any]:
    """An entity as the entity list and the top-entity panels show it."""
    return {
        "name": row.name,
        "type": row.type,
        "aliases": aliases.get(row.id, []),
        "articles": int(row.articles),
        "mentions": int(row.mentions or 0),
    }


def _aliases(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if ids:
        for row in conn.execute(
            select(entity_aliases.c.entity_id, entity_aliases.c.alias)
            .where(entity_aliases.c.entity_id.in_(ids))
            .order_by(entity_aliases.c.alias)
        ):
            found[row.entity_id].append(row.alias)
    return found


def _find_entity(conn: Connection, name: str, kind: str | None):
    """The entity called ``name`` (or with that alias); the most written-about one if several."""
    links = entity_links()
    n_articles = func.count(links.c.article_pk)
    named = select(entities.c.id).where(entities.c.name == name)
    aliased = select(entity_aliases.c.entity_id).where(entity_aliases.c.alias == name)
    statement = (
        select(entities.c.id, entities.c.name, entities.c.type, n_articles.label("articles"))
        .outerjoin(links, links.c.entity_id == entities.c.id)
        .where(or_(entities.c.id.in_(named), entities.c.id.in_(aliased)))
        .group_by(entities.c.id, entities.c.name, entities.c.type)
        # The exact name beats an alias (商汤 is both an alias of 商汤科技 and maybe its own row).
        .order_by((entities.c.name == name).desc(), n_articles.desc(), entities.c.id)
    )
    if kind:
        statement = statement.where(entities.c.type == kind)
    return conn.execute(statement.limit(1)).first()


def entity_detail(store: Store, name: str, kind: str | None, limit: int, offset: int) -> dict[str, Any] | None:
    """One entity: aliases, its articles (newest first), co-mentioned entities, events, months."""
    with reading(store, name) as conn:
        found = _find_entity(conn, name, kind)
        if found is None:
            return None
        pks = select(article_entities.c.article_pk).where(article_entities.c.entity_id == found.id)
        listed = (
            select(*result_columns(), article_entities.c.count.label("count"))
            .join(article_entities, article_entities.c.article_pk == articles.c.pk)
            .outerjoin(sources, sources.c.id == articles.c.source_id)
            .where(article_entities.c.entity_id == found.id, ORIGINALS)
            .order_by(articles.c.published_on.desc(), articles.c.pk.desc())
        )
        rows = conn.execute(listed.limit(limit).offset(offset)).all()
        return {
            "name": found.name,
            "type": found.type,
            "aliases": _aliases(conn, [found.id]).get(found.id, []),
            "article_count": int(found.articles),
            "articles": [
                {
                    "id": r.id,
                    "title": r.title,
                    "published": r.published,
                    "source": r.source,
                    "url": r.url,
                    "summary": r.summary,
                    "count": r.count,
                    "duplicate_of": r.duplicate_of,
                }
                for r in rows
            ],
            "limit": limit,
            "offset": offset,
            "co_mentioned": _co_mentioned(conn, found.id, pks),
            "months": _entity_months(conn, pks),
            "events": _entity_events(conn, found.name, pks),
        }


def _co_mentioned(conn: Connection, entity_id: int, pks, top: int = 20) -> list[dict[str, Any]]:
    """Entities named in the same articles, by the number of articles shared."""
    shared = func.count(distinct(article_entities.c.article_pk)).label("shared")
    rows = conn.execute(
        select(entities.c.name, entities.c.type, shared)
        .join(article_entities, article_entities.c.entity_id == entities.c.id)
        .join(articles, articles.c.pk == article_entities.c.article_pk)
        .where(article_entities.c.article_pk.in_(pks), article_entities.c.entity_id != entity_id, ORIGINALS)
        .group_by(entities.c.id, entities.c.name, entities.c.type)
        .order_by(shared.desc(), entities.c.name)
        .limit(top)
    ).all()
    return [{"name": r.name, "type": r.type, "articles": int(r.shared)} for r in rows]


def _entity_months(conn: Connection, pks) -> list[dict[str, Any]]:
    by_month = MONTH.label("month")
    rows = conn.execute(
        select(by_month, func.count().label("articles"))
        .where(articles.c.pk.in_(pks), ORIGINALS, articles.c.published_on.is_not(None))
        .group_by(by_month)
        .order_by(by_month)
    ).all()
    counts = {r.month: int(r.articles) for r in rows}
    return [{"month": m, "articles": counts.get(m, 0)} for m in _fill_months(sorted(counts))]


def _entity_events(conn: Connection, name: str, pks, top: int = 30) -> list[dict[str, Any]]:
    """Events of the entity's articles that name it, oldest first, each reported event once."""
    rows = conn.execute(
        event_reports(events.c.date, events.c.date_text)
        .where(events.c.article_pk.in_(pks), events.c.date.is_not(None), current())
        .order_by(events.c.date, events.c.article_pk, events.c.position)
        .limit(2000)
    ).all()
    return group_events([event_record(r) for r in rows], name)[:top]


# --- trends and network -----------------------------------------------------------------------


def trends(store: Store, kind: str, since: str | None, until: str | None, top: int) -> dict[str, Any]:
    """Articles per month for the ``top`` technologies (or industries) of the period."""
    with reading(store, f"trends {kind}") as conn:
        rows = term_months(conn, kind, since, until)
    totals: Counter[str] = Counter()
    english: dict[str, str | None] = {}
    for row in rows:
        totals[row.name] += row.articles
        english[row.name] = row.en
    chosen = [name for name, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    months = sorted({row.month for row in rows if row.name in chosen})
    months = _fill_months(months)
    counts = {(row.name, row.month): int(row.articles) for row in rows}
    series = [
        {
            "name": name,
            "en": english.get(name),
            "total": int(totals[name]),
            "counts": [counts.get((name, m), 0) for m in months],
        }
        for name in chosen
    ]
    return {"kind": kind, "months": months, "series": series}


def _fill_months(months: list[str]) -> list[str]:
    """Every month from the first to the last, so a quiet month shows as zero, not as a gap."""
    if not months:
        return []
    year, month = map(int, months[0].split("-"))
    end = tuple(map(int, months[-1].split("-")))
    out = []
    while (year, month) <= end and len(out) < 600:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def top_entities(
    store: Store, kind: str | None, top: int, since: str | None = None, until: str | None = None
) -> list[dict[str, Any]]:
    return entity_list(store, kind, None, top, 0, since, until).items


def top_by_type(store: Store, top: int, since: str | None = None, until: str | None = None) -> dict[str, list]:
    """The ``top`` entities of each type, and overall, from one aggregate over the entity links.

    The dashboard needs four rankings (ORG, PER, LOC and the network's nodes); on 100,000
    articles each aggregate reads every entity link, so it is done once and ranked per type with a
    window function (SQLite ≥ 3.25 and PostgreSQL both have ``row_number``).
    """
    with reading(store, "top entities") as conn:
        rows = top_entities_by_type(conn, top, since, until)
        aliases = _aliases(conn, [r.id for r in rows])
    items = [_entity_item(r, aliases) | {"_id": r.id} for r in rows]
    grouped: dict[str, list] = {"all": items[:top]}
    for item in items:
        grouped.setdefault(item["type"], []).append(item)
    return grouped


#: The network shows at most this many entities, joined by at most twice as many links.
NETWORK_NODES = 30
#: Entities considered for the network: the most written-about of the period (or of one type).
NETWORK_CANDIDATES = 120


def network(
    store: Store,
    top: int = NETWORK_NODES,
    since: str | None = None,
    until: str | None = None,
    nodes: list | None = None,
    kind: str | None = None,
) -> dict[str, Any]:
    """The strongest co-occurrence links among the most written-about entities, at most ``top`` nodes.

    A link's strength is how many more articles name both than chance predicts,
    ``shared − n_a × n_b / N`` over the N articles of the period: an entity named in nearly every
    article (中国, 上海市) shares many articles with everyone but hardly more than expected, so its
    links score near zero, while a pair named together again and again (商汤科技 — 徐立) scores
    high; a pair that met in one article only scores below 1.  ``kind`` keeps one type.
    """
    if nodes is None:
        ranked = top_by_type(store, NETWORK_CANDIDATES, since, until)
        nodes = ranked.get(kind, []) if kind else ranked["all"]
    elif kind:
        nodes = [n for n in nodes if n["type"] == kind]
    chosen = {n["_id"]: n for n in nodes[:NETWORK_CANDIDATES]}
    pairs, total = _pair_counts(store, list(chosen), since, until)
    size = lambda a, b: chosen[a]["articles"] + chosen[b]["articles"]  # noqa: E731  (ties: bigger entities first)
    scored = sorted(
        (_link_strength(shared, chosen[a]["articles"], chosen[b]["articles"], total), -shared, -size(a, b), a, b)
        for (a, b), shared in pairs.items()
    )
    kept_nodes, edges = _strongest(scored, chosen, top)
    public = [{k: v for k, v in chosen[i].items() if k != "_id"} for i in kept_nodes]
    return {"nodes": public, "edges": edges, "articles": total}


def _pair_counts(store: Store, ids: list[int], since: str | None, until: str | None) -> tuple[dict, int]:
    """Articles naming each pair of ``ids``, and the number of original articles in the period."""
    links = entity_links(since, until)
    a, b = links.alias("a"), links.alias("b")
    weight = func.count().label("weight")
    with reading(store, "network") as conn:
        rows = (
            conn.execute(
                select(a.c.entity_id.label("source"), b.c.entity_id.label("target"), weight)
                .join(b, (a.c.article_pk == b.c.article_pk) & (a.c.entity_id < b.c.entity_id))
                .where(a.c.entity_id.in_(ids), b.c.entity_id.in_(ids))
                .group_by(a.c.entity_id, b.c.entity_id)
            ).all()
            if ids
            else []
        )
        total = conn.execute(in_period(select(func.count()).select_from(articles).where(ORIGINALS), since, until))
        total = int(total.scalar_one())
    return {(r.source, r.target): int(r.weight) for r in rows}, max(total, 1)


def _link_strength(shared: int, n_a: int, n_b: int, total: int) -> float:
    """Articles naming both beyond what chance predicts, negated (``sorted`` puts the strongest first)."""
    excess = shared - n_a * n_b / total
    return -excess if excess > 0 else 0.0


def _strongest(scored: list, chosen: dict, top: int) -> tuple[list[int], list[dict]]:
    """Links strongest first while they fit in ``top`` nodes; at most ``2 × top`` links."""
    kept: dict[int, None] = {}
    edges = []
    for strength, fewer_shared, _size, a, b in scored:  # negated: strongest, most shared, biggest first
        if len(edges) >= 2 * top:
            break
        new = [i for i in (a, b) if i not in kept]
        if strength == 0.0 or len(kept) + len(new) > top:
            continue
        kept.update(dict.fromkeys(new))
        edges.append(
            {
                "source": chosen[a]["name"],
                "target": chosen[b]["name"],
                "weight": -fewer_shared,
                "score": round(-strength, 2),
            }
        )
    if not edges:  # nothing named together: the most written-about entities, unlinked
        kept = dict.fromkeys(list(chosen)[:top])
    return list(kept), edges


def corpus_counts(store: Store) -> dict[str, int]:
    with reading(store, "counts") as conn:
        return {
            "articles": int(conn.execute(select(func.count()).select_from(articles).where(ORIGINALS)).scalar_one()),
            "duplicates": int(
                conn.execute(
                    select(func.count()).select_from(articles).where(articles.c.duplicate_of.is_not(None), current())
                ).scalar_one()
            ),
            "sources": int(conn.execute(select(func.count()).select_from(sources)).scalar_one()),
            "entities": int(conn.execute(select(func.count()).select_from(entities)).scalar_one()),
            "events": int(conn.execute(select(func.count()).select_from(events)).scalar_one()),
        }


def corpus_version(store: Store) -> int:
    """Changes with every write to the corpus (``Store.version``): the key of the dashboard cache.

    The highest key and the number of articles, its key before, missed the writes that add no
    article (a reanalysis, a revision made current again) and counted every article each time."""
    try:
        return store.version()
    except SQLAlchemyError as exc:
        raise _failed("version", exc) from None


# --- cross-source event timeline --------------------------------------------------------------
#
# Reports of one event are grouped by the one rule (``aiwatch.store.timeline``), so the
# dashboard, ``GET /api/events`` and ``aiwatch report`` list the same events; only the page shape
# (sources and reports in name order, ``article`` for the report's id) is the web's.

#: Most event reports one timeline request reads; narrow with since/until for more.
TIMELINE_ROWS = 20_000


def timeline(
    store: Store,
    since: str | None,
    until: str | None,
    entity: str | None,
    limit: int,
    offset: int,
    newest_first: bool = False,
    source: str | None = None,
    kind: str | None = None,
) -> Page:
    """Dated events in date order; an event reported by several articles is listed once.

    ``source`` keeps the reports of one outlet, ``kind`` the events of one type (funding, launch…).

    Only the reports needed for the page are read (at most ``TIMELINE_ROWS``), from the start of
    the chosen order (the oldest, or with ``newest_first`` the newest), so a timeline of a huge
    corpus stays one bounded query; ``complete`` says whether every report was read, that is
    whether ``total`` counts all events or only those found so far.
    """
    order = (events.c.date.desc(), events.c.article_pk.desc()) if newest_first else (events.c.date, events.c.article_pk)
    statement = (
        event_reports(events.c.date, events.c.date_text)
        .where(events.c.date.is_not(None), current())
        .order_by(*order, events.c.position)
    )
    if source:
        statement = statement.where(sources.c.name == source)
    if kind:
        statement = statement.where(events.c.type == kind)
    if since:
        statement = statement.where(events.c.date >= since[: len("YYYY-MM-DD")])
    if until:
        # A date of lower precision (2024-05) sorts before its days: compare on the prefix.
        statement = statement.where(func.substr(events.c.date, 1, len(until)) <= until)
    with reading(store, "timeline") as conn:
        if entity:
            found = _find_entity(conn, entity, None)
            if found is None:
                return Page([], 0, limit, offset)
            entity = found.name  # events list canonical names: an alias (商汤) finds 商汤科技
            mentioning = select(article_entities.c.article_pk).where(article_entities.c.entity_id == found.id)
            statement = statement.where(articles.c.pk.in_(mentioning))
        # Enough reports for the page asked for (several outlets often report one event), no more.
        window = min(TIMELINE_ROWS, 5 * (offset + limit) + 500)
        rows = conn.execute(statement.limit(window)).all()
    grouped = group_events([event_record(r) for r in rows], entity, newest_first)
    page = Page(grouped[offset : offset + limit], len(grouped), limit, offset)
    page.complete = len(rows) < window
    return page


def event_detail(store: Store, event_id: str) -> dict | None:
    """One event by its id (``GET /api/events/{event_id}``): every report of it, from every outlet.

    The reports carrying the id give the dates to read around: the event's other reports lie within
    ``WINDOW_DAYS`` of them (outlets report a funding on the day and two days later).
    """
    with reading(store, "event") as conn:
        dates = [
            row.date
            for row in conn.execute(
                select(events.c.date).where(events.c.event_id == event_id, events.c.date.is_not(None)).limit(100)
            )
        ]
        if not dates:
            return None
        statement = (
            event_reports(events.c.date, events.c.date_text)
            .where(or_(*(_date_window(date) for date in sorted(set(dates)))))
            .order_by(events.c.date, events.c.article_pk, events.c.position)
            .limit(TIMELINE_ROWS)
        )
        rows = conn.execute(statement).all()
    grouped = group_events([event_record(r) for r in rows], event_id=event_id)
    return grouped[0] if grouped else None


def _date_window(date: str):
    """Events dated within ``WINDOW_DAYS`` of ``date`` (or on it, for a month or a year)."""
    day = _window_day(date)
    if day is None:
        return events.c.date == date
    low, high = day - dt.timedelta(days=WINDOW_DAYS), day + dt.timedelta(days=WINDOW_DAYS)
    day_of = func.substr(events.c.date, 1, 10)
    return and_(day_of >= low.isoformat(), day_of <= high.isoformat())


def _window_day(date: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date[:10]) if len(date) >= 10 else None
    except ValueError:
        return None


def group_events(
    records: list[EventRecord], entity: str | None = None, newest_first: bool = False, event_id: str | None = None
) -> list[dict]:
    """Merge reports of the same event (``store.timeline.same_event``) into one entry per event.

    With ``entity``, only the events that name it in any of their reports are kept.
    """
    out = []
    timeline = build_timeline(records, entity, newest_first)
    if event_id is not None:
        found = find_event(timeline, event_id)
        timeline = [found] if found else []
    for merged in timeline:
        reports = [{"article": r["id"], "title": r["title"], "source": r["source"]} for r in merged.reports]
        out.append(
            {
                "event_id": merged.event_id,
                "type": merged.type,
                "arguments": merged.arguments,
                "confidence": merged.confidence,
                "date": merged.date,
                "date_text": merged.date_text,
                "precision": merged.precision,
                "text": merged.text,
                "entities": sorted(merged.entities),
                "sources": sorted(merged.sources),
                # In the order of ``sources`` whichever way the timeline was read.
                "reports": sorted(reports, key=lambda r: (r["source"] or "", r["article"])),
            }
        )
    return out


def event_filters(store: Store) -> dict[str, list[str]]:
    """What the timeline can be narrowed to: the event types and the outlets that reported events."""
    with reading(store, "event filters") as conn:
        kinds = conn.execute(
            select(events.c.type).where(events.c.type.is_not(None)).distinct().order_by(events.c.type)
        ).scalars()
        outlets = conn.execute(
            select(sources.c.name)
            .where(sources.c.id.in_(select(articles.c.source_id).join(events, events.c.article_pk == articles.c.pk)))
            .order_by(sources.c.name)
            .limit(500)
        ).scalars()
        return {"types": list(kinds), "sources": list(outlets)}


def published_months(store: Store) -> tuple[str | None, str | None]:
    """The first and last month with a dated original article: the range "all time" really covers."""
    with reading(store, "date range") as conn:
        first, last = conn.execute(
            select(func.min(articles.c.published_on), func.max(articles.c.published_on)).where(ORIGINALS)
        ).one()
    return (first[:7] if first else None), (last[:7] if last else None)


def on_months(trend: dict[str, Any], months: list[str]) -> dict[str, Any]:
    """A trend re-read onto ``months`` (charts side by side share one continuous month axis)."""
    at = {month: i for i, month in enumerate(trend["months"])}
    series = [{**s, "counts": [s["counts"][at[m]] if m in at else 0 for m in months]} for s in trend["series"]]
    return {**trend, "months": months, "series": series}


def month_span(first: str | None, last: str | None, *trends: dict[str, Any]) -> list[str]:
    """Every month from the earliest to the latest of the bounds and the trends' own months."""
    seen = [m for t in trends for m in t["months"]] + [m for m in (first, last) if m]
    if not seen:
        return []
    # At most 600 months (50 years), the latest ones: one article dated 1958 (始建于1958年 read as its date)
    # must not push this year's months off the axis.
    year, month = map(int, max(seen).split("-"))
    first_year, first_month = divmod(year * 12 + month - 1 - 599, 12)
    earliest = f"{first_year:04d}-{first_month + 1:02d}"
    return _fill_months([max(min(seen), earliest), max(seen)])


def entity_alias_owner(store: Store, alias: str) -> str | None:
    """The entity that ``alias`` names under another spelling (SenseTime → 商汤科技), if any."""
    with reading(store, alias) as conn:
        found = _find_entity(conn, alias, None)
    return found.name if found is not None and found.name != alias else None
