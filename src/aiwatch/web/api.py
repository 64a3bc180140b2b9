"""The JSON API: thin routes over the store and ``web.queries``; limits are in the parameter types."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Header, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError

from aiwatch.errors import AiwatchError
from aiwatch.periods import period_day
from aiwatch.store.read import get_article
from aiwatch.store.search import (
    Filters,
    facets_in,
    get_saved_search,
    remove_search,
    run_saved_search,
    save_search,
    saved_searches_list,
)
from aiwatch.web import models, queries
from aiwatch.web.ingest import token_matches
from aiwatch.web.settings import MAX_OFFSET, MAX_PAGE, MAX_TEXT, BodyTooLarge

T = TypeVar("T")

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.ErrorBody, "description": "Bad search query"},
    422: {"model": models.ErrorBody, "description": "A parameter is out of range or malformed"},
    503: {"model": models.ErrorBody, "description": "The query took too long (E303)"},
}
NOT_FOUND = {404: {"model": models.ErrorBody, "description": "No such item"}}

router = APIRouter(prefix="/api", responses=ERRORS)

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Words = Annotated[
    str | None,
    Query(
        max_length=MAX_TEXT,
        description='the search language of `aiwatch search`: 智算 (inside words too), "exact words", gpt*, '
        "A OR B, -exclude, title: source: entity: tech: industry: type: date:2024-01..2024-06",
    ),
]
Sort = Annotated[
    Literal["relevance", "date"], Query(description="relevance: best match first; date: newest published first")
]
Source = Annotated[str | None, Query(max_length=MAX_TEXT, description="only this source (exact name)")]
EntityName = Annotated[str | None, Query(max_length=MAX_TEXT, description="only articles naming this entity or alias")]
Technology = Annotated[str | None, Query(max_length=MAX_TEXT, description="technology, Chinese or English name")]
Industry = Annotated[str | None, Query(max_length=MAX_TEXT, description="industry, Chinese or English name")]
Duplicates = Annotated[bool, Query(description="include near-duplicate copies")]
Day = Annotated[str | None, Query(pattern=models.DAY_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size, at most {MAX_PAGE}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]


def run_query(request: Request, function: Callable[..., T], *args: Any) -> T:
    """Call a store query under the request time limit; database errors become E302/E303."""
    settings = request.app.state.settings
    with queries.time_limit(settings.query_seconds):
        try:
            return function(request.app.state.store, *args)
        except SQLAlchemyError as exc:
            raise queries._failed(request.url.path, exc) from None


def run_lookup(request: Request, missing: str, function: Callable[..., T | None], *args: Any) -> T:
    """``run_query`` for one thing: a query that finds nothing is E404 with ``missing`` as the
    detail ("no such article")."""
    found = run_query(request, function, *args)
    if found is None:
        raise AiwatchError("E404", request.url.path, detail=missing)
    return found


def corpus_state(request: Request) -> int | None:
    """The corpus version this request's remembered values must have, read once per request
    (None when the server keeps none: ``WebSettings.search_memo`` 0)."""
    if not request.app.state.memo.size:
        return None
    if not hasattr(request.state, "corpus_version"):
        request.state.corpus_version = run_query(request, lambda store: store.version())
    return request.state.corpus_version


def remembered(request: Request, key: tuple, compute: Callable[[], T]) -> T:
    """``compute()``, or its value for ``key`` in this corpus state (``web.memo``)."""
    version = corpus_state(request)
    if version is None:
        return compute()
    return request.app.state.memo.value(version, key, compute)


def searched(
    request: Request, q: str, chosen: Filters, limit: int, offset: int, snippets: bool, sort: str = "relevance"
) -> queries.Page:
    """A page of ``queries.search_page``, its total counted once per query, filters and corpus
    state, its plan made once per query and sort (``web.memo``)."""
    version = corpus_state(request)
    if version is None:
        return run_query(request, queries.search_page, q, chosen, limit, offset, snippets, sort)
    memo, plans = request.app.state.memo, request.app.state.plans
    # with what the count and the plan depend on besides the query (constants, unless a test sets them)
    key = ("counted", q, astuple(chosen), queries.COUNT_CAP)
    plan_key = ("plan", q, sort, queries.RANK_LIMIT)
    counted, plan = memo.get(version, key), plans.get(version, plan_key)
    page = run_query(request, queries.search_page, q, chosen, limit, offset, snippets, sort, counted, plan)
    if counted is None:
        memo.put(version, key, page.counted)
    if plan is None and page.plan is not None:
        plans.put(version, plan_key, page.plan)
    return page


def cached_entity_list(request: Request, kind: str | None, q: str | None, limit: int, offset: int):
    """The ranking reads every entity link (seconds on 100,000 articles): kept in the cache."""
    key = ("entities", kind, q, limit, offset)
    return request.app.state.cache.get(key, lambda: run_query(request, queries.entity_list, kind, q, limit, offset))


def filters(
    since: Day = None,
    until: Day = None,
    source: Source = None,
    entity: EntityName = None,
    technology: Technology = None,
    industry: Industry = None,
    duplicates: Duplicates = False,
) -> Filters:
    return Filters(
        since=period_day(since),
        until=period_day(until, end=True),
        source=source,
        entity=entity,
        technology=technology,
        industry=industry,
        duplicates=duplicates,
    )


@router.get("/health", response_model=dict[str, Any], tags=["corpus"])
def health(request: Request) -> dict[str, Any]:
    """Is the server up, is the corpus readable, and can it ingest."""
    counts = run_query(request, queries.corpus_counts)
    return {"status": "ok", "read_only": request.app.state.settings.read_only, **counts}


def article_page(page: queries.Page, limit: int, offset: int) -> dict[str, Any]:
    """The paging envelope shared by the article list and search."""
    return {
        "total": page.total,
        "limit": limit,
        "offset": offset,
        "items": page.items,
        "complete": page.complete,
        "order": "relevance" if page.ranked else "newest",
    }


@router.get("/articles", response_model=models.ArticlePage, tags=["articles"])
def list_articles(
    request: Request,
    q: Words = None,
    since: Day = None,
    until: Day = None,
    source: Source = None,
    entity: EntityName = None,
    technology: Technology = None,
    industry: Industry = None,
    duplicates: Duplicates = False,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    """Articles with the filters of `aiwatch search`: newest first, or best match first with `q`."""
    chosen = filters(since, until, source, entity, technology, industry, duplicates)
    page = searched(request, q or "", chosen, limit, offset, False)
    return article_page(page, limit, offset)


@router.get("/articles/{article_id}", response_model=models.ArticleDetail, responses=NOT_FOUND, tags=["articles"])
def article(request: Request, article_id: Annotated[str, Path(max_length=64)]) -> Any:
    """One article with every analysis field, and the other stored copies of the same story."""
    found = run_lookup(request, "no such article", get_article, article_id)
    found["copies"] = run_query(request, queries.article_copies, article_id)
    return found


@router.get("/search", response_model=models.SearchPage, tags=["articles"])
def search(
    request: Request,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_TEXT,
            description='the search language: 智算, "exact words", gpt*, A OR B, -exclude, title: source: '
            "entity: tech: industry: type: date:2024-01..2024-06 (a query that does not parse: 400 with position)",
        ),
    ],
    since: Day = None,
    until: Day = None,
    source: Source = None,
    entity: EntityName = None,
    technology: Technology = None,
    industry: Industry = None,
    duplicates: Duplicates = False,
    sort: Sort = "relevance",
    facets: Annotated[
        bool, Query(description="also count sources, technologies, industries, entities and months of the matches")
    ] = False,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    """Full-text search, best first, with a snippet of each article and the matches marked in it."""
    chosen = filters(since, until, source, entity, technology, industry, duplicates)
    page = searched(request, q, chosen, limit, offset, True, sort)
    answer = {"query": q, **article_page(page, limit, offset)}
    if facets:
        key = ("facets", q, astuple(chosen))
        found = remembered(request, key, lambda: run_query(request, search_facets, q, chosen))
        answer["facets"] = found.to_dict()
    return answer


def search_facets(store, query: str, chosen: Filters):
    with store.connect() as conn:
        return facets_in(conn, store, query, chosen)


# --- saved searches ----------------------------------------------------------------------------

WRITE_ERRORS = {
    401: {"model": models.ErrorBody, "description": "Missing or wrong token"},
    403: {"model": models.ErrorBody, "description": "The server is read-only (no token configured)"},
}
SearchName = Annotated[str, Path(min_length=1, max_length=100, description="name of the saved search")]


def _saved(item) -> dict[str, Any]:
    return {
        "name": item.name,
        "query": item.query,
        "sort": item.sort,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }


@router.get("/searches", response_model=list[models.SavedSearch], tags=["searches"])
def saved_searches(request: Request) -> Any:
    """The saved searches (name → query), by name."""
    return [_saved(item) for item in run_query(request, saved_searches_list)]


@router.put("/searches/{name}", response_model=models.SavedSearch, responses=WRITE_ERRORS, tags=["searches"])
def save_named_search(
    request: Request,
    name: SearchName,
    body: models.SavedSearchBody,
    authorization: Annotated[str | None, Header()] = None,
    x_aiwatch_token: Annotated[str | None, Header()] = None,
) -> Any:
    """Keep a query under a name (replacing one of the same name); the query must parse (else 400)."""
    _check_token(request, authorization, x_aiwatch_token)
    return _saved(run_query(request, save_search, name, body.query, body.sort))


@router.delete("/searches/{name}", responses={**WRITE_ERRORS, **NOT_FOUND}, tags=["searches"])
def remove_named_search(
    request: Request,
    name: SearchName,
    authorization: Annotated[str | None, Header()] = None,
    x_aiwatch_token: Annotated[str | None, Header()] = None,
) -> dict[str, str]:
    """Forget a saved search."""
    _check_token(request, authorization, x_aiwatch_token)
    if not run_query(request, remove_search, name):
        raise AiwatchError("E404", request.url.path, detail="no saved search of that name")
    return {"removed": name}


@router.get(
    "/searches/{name}/results", response_model=models.SavedSearchResults, responses=NOT_FOUND, tags=["searches"]
)
def saved_search_results(
    request: Request, name: SearchName, since: Day = None, until: Day = None, limit: Limit = 20
) -> Any:
    """What a saved search finds, published in the period: what an alert or a digest sends."""
    found = run_lookup(request, "no saved search of that name", get_saved_search, name)
    hits = run_query(request, run_saved_search, name, period_day(since), period_day(until, end=True), limit)
    return {"search": _saved(found), "items": [hit.to_dict() | {"summary": hit.summary} for hit in hits]}


@router.get("/entities", response_model=models.EntityPage, tags=["entities"])
def entities(
    request: Request,
    type: Annotated[models.EntityType | None, Query(description="ORG, PER, LOC or DOC")] = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT, description="part of the name")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Entities by the number of articles naming them."""
    page = cached_entity_list(request, type, q, limit, offset)
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}


@router.get("/entities/{name:path}", response_model=models.EntityDetail, responses=NOT_FOUND, tags=["entities"])
def entity(
    request: Request,
    name: Annotated[str, Path(min_length=1, max_length=MAX_TEXT, description="name or alias")],
    type: Annotated[models.EntityType | None, Query()] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    """An entity (by name or alias): aliases, articles newest first, co-mentioned entities, events."""
    found = run_lookup(request, "no such entity", queries.entity_detail, name, type, limit, offset)
    return found


@router.get("/events", response_model=models.TimelinePage, tags=["events"])
def timeline(
    request: Request,
    since: Day = None,
    until: Day = None,
    entity: EntityName = None,
    order: Annotated[Literal["asc", "desc"], Query(description="asc: oldest first; desc: newest first")] = "asc",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Dated events in date order; one event reported by several outlets is listed once with all of them.

    A request reads only the event reports its page needs (at most 20,000); `complete` says whether
    `total` counts every event or those found so far.
    """
    chosen = (period_day(since), period_day(until, end=True), entity, limit, offset, order == "desc")
    page = run_query(request, queries.timeline, *chosen)
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.items, "complete": page.complete}


@router.get("/events/{event_id}", response_model=models.TimelineEvent, responses=NOT_FOUND, tags=["events"])
def event(
    request: Request,
    event_id: Annotated[str, Path(min_length=3, max_length=40, pattern=r"^ev[0-9a-f]+$", description="an event's id")],
) -> Any:
    """One event by its id, with every outlet and article that reported it (on any day of its window)."""
    found = run_lookup(request, "no such event", queries.event_detail, event_id)
    return found


@router.get("/trends", response_model=models.Trends, tags=["trends"])
def trends(
    request: Request,
    kind: Literal["technology", "industry"] = "technology",
    since: Day = None,
    until: Day = None,
    top: Annotated[int, Query(ge=1, le=20)] = 8,
) -> Any:
    """Articles per month for the most written-about technologies or industries of the period."""
    key = ("trends", kind, since, until, top)
    return request.app.state.cache.get(
        key, lambda: run_query(request, queries.trends, kind, period_day(since), period_day(until, end=True), top)
    )


class Edge(BaseModel):
    source: str
    target: str
    weight: int
    score: float = 0.0


class Network(BaseModel):
    nodes: list[models.EntityListItem]
    edges: list[Edge]


@router.get("/network", response_model=Network, tags=["entities"])
def network(
    request: Request,
    top: Annotated[int, Query(ge=2, le=100, description="most entities shown")] = 30,
    type: Annotated[models.EntityType | None, Query(description="only this entity type")] = None,
) -> Any:
    """Co-occurrence network: the strongest links (local mutual information: shared articles,
    down-weighted for entities named everywhere) among the most written-about entities; `weight`
    is the number of articles naming both, `score` the link's strength."""
    key = ("network", top, type)
    return request.app.state.cache.get(key, lambda: run_query(request, queries.network, top, None, None, None, type))


INGEST_BODY = {
    "required": True,
    "content": {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        "text/plain": {"schema": {"type": "string"}},
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}},
                "required": ["file"],
            }
        },
    },
}


def _check_token(request: Request, authorization: str | None, token_header: str | None) -> None:
    expected = request.app.state.settings.token
    if not expected:
        raise AiwatchError("E403", request.url.path, detail="start the server with --token or AIWATCH_TOKEN to ingest")
    given = token_header
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not token_matches(given, expected):
        raise AiwatchError("E401", request.url.path, detail="missing or wrong token")


async def _upload(request: Request, name: str | None) -> tuple[bytes, str | None]:
    """The document's bytes: the ``file`` part of a form, or the raw body."""
    settings = request.app.state.settings
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        try:
            form = await request.form(max_files=1, max_fields=4, max_part_size=settings.max_body)
        except (AiwatchError, BodyTooLarge):
            raise
        except Exception:
            raise AiwatchError("E400", request.url.path, detail="malformed multipart form") from None
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise AiwatchError("E400", request.url.path, detail="the form needs a 'file' part")
        data = await upload.read(settings.max_body + 1)
        return data, name or upload.filename
    return await request.body(), name


@router.post(
    "/ingest",
    response_model=models.IngestResult,
    status_code=201,
    responses={
        401: {"model": models.ErrorBody, "description": "Missing or wrong token"},
        403: {"model": models.ErrorBody, "description": "The server is read-only (no token configured)"},
        413: {"model": models.ErrorBody, "description": "The document is larger than the limit"},
    },
    openapi_extra={"requestBody": INGEST_BODY},
    tags=["ingest"],
)
async def ingest(
    request: Request,
    name: Annotated[str | None, Query(max_length=MAX_TEXT, description="a label for messages, never a path")] = None,
    authorization: Annotated[str | None, Header(max_length=1000)] = None,
    x_aiwatch_token: Annotated[str | None, Header(max_length=1000)] = None,
) -> Any:
    """Read, clean, analyse and store one raw document (HTML, text, Markdown, JSON, WARC…).

    Send it as the request body, or as the `file` part of a multipart form.  Needs the operator's
    token.  Answers 201 with the stored articles, or 422 when no article could be read from it.
    """
    _check_token(request, authorization, x_aiwatch_token)
    data, label = await _upload(request, name)
    settings = request.app.state.settings
    if len(data) > settings.max_body:
        raise AiwatchError("E413", request.url.path, limit=f"{settings.max_body / 1024 / 1024:.1f} MB")
    result = await run_in_threadpool(request.app.state.ingest.ingest, data, label, settings.max_body)
    if not result["stored"]:
        first = result["errors"][0] if result["errors"] else {"code": "E106", "message": "E106 no documents found"}
        return JSONResponse({**first, "errors": result["errors"]}, status_code=422)
    return result
