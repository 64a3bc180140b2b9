"""The web pages: server-rendered Jinja2 (autoescaped) over the same queries as the API."""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import astuple
from types import SimpleNamespace
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from aiwatch.errors import AiwatchError
from aiwatch.periods import period_day
from aiwatch.store.read import get_article
from aiwatch.web import api_zh, markup, models, queries
from aiwatch.web.api import Day, Text, cached_entity_list, filters, remembered, run_lookup, run_query, searched
from aiwatch.web.hints import search_hints
from aiwatch.web.settings import MAX_OFFSET, MAX_TEXT

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PER_PAGE = 20
PageNumber = Annotated[int, Query(ge=1, le=MAX_OFFSET // PER_PAGE)]

FAVICON = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" '
    b'fill="#9f1d20"/><text x="16" y="23" font-size="19" text-anchor="middle" fill="#fff" '
    b'font-family="sans-serif">\xe8\xa7\x82</text></svg>'
)


def render(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are clickable: a stored ``javascript:`` URL stays plain text."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def pager(page: int, total: int, params: dict[str, Any]) -> dict[str, Any]:
    pages = max(1, math.ceil(total / PER_PAGE))
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}

    def link(number: int) -> str:
        return "?" + urlencode({**kept, "page": number})

    return {
        "page": page,
        "pages": pages,
        "prev": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < pages else None,
    }


@router.get("/")
def search_page(
    request: Request,
    q: Text = None,
    since: Day = None,
    until: Day = None,
    source: Text = None,
    entity: Text = None,
    technology: Text = None,
    industry: Text = None,
    page: PageNumber = 1,
) -> Response:
    chosen = filters(since, until, source, entity, technology, industry)
    offset = (page - 1) * PER_PAGE
    found = searched(request, q or "", chosen, PER_PAGE, offset, True)
    for item in found.items:
        item["snippet_html"] = markup.highlighted(item["snippet"], item["highlights"])
    # Nothing found: offer queries that do find something (``web.hints``).
    hints = []
    if q and not found.total and page == 1:
        hints = remembered(request, ("hints", q, astuple(chosen)), lambda: run_query(request, search_hints, q, chosen))
    cache = request.app.state.cache
    pickers = cache.get(("facets",), lambda: run_query(request, queries.facet_values))
    params = {
        "q": q,
        "since": since,
        "until": until,
        "source": source,
        "entity": entity,
        "technology": technology,
        "industry": industry,
    }
    counted = None
    if found.total:
        key = ("page facets", q or "", astuple(chosen))
        counted = remembered(request, key, lambda: run_query(request, queries.result_facets, q or "", chosen))
    return render(
        request,
        "search.html",
        page="search",
        params=params,
        results=found,
        facets=pickers,
        result_facets=facet_groups(counted, params) if counted else [],
        facet_counted=counted.counted if counted else 0,
        facet_sampled=counted.sampled if counted else False,
        pager=pager(page, found.total, params),
        filtered=any(v for k, v in params.items() if k != "q"),
        labels=markup.TYPE_LABELS,
        hints=[{**h, "link": hint_link(h, params)} for h in hints],
    )


#: Facet groups beside the results: (facet of ``store.search.facets``, heading, the page parameter it sets).
FACET_GROUPS = (
    ("sources", "来源", "source"),
    ("technologies", "技术", "technology"),
    ("industries", "行业", "industry"),
    ("entities", "实体", "entity"),
    ("months", "月份", "month"),
)


def _facet_link(params: dict[str, Any], changes: dict[str, Any]) -> str:
    kept = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return "/?" + urlencode(kept)


def _month_changes(month: str | None) -> dict[str, Any]:
    """A month facet narrows to that month: since=until=2024-05 (the filters read it as 05-01..05-31)."""
    return {"since": month, "until": month}


def facet_groups(found: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The facets of the results as links, as Datasette shows them: a value narrows the query to it,
    the chosen value is marked and its link removes it (商汤科技 ×)."""
    groups = []
    for facet, heading, key in FACET_GROUPS:
        month = params["since"] if key == "month" and params["since"] == params["until"] else None
        chosen = month if key == "month" else params.get(key)
        values = []
        for item in found.values.get(facet, []):
            name = item["name"]
            on = name == chosen
            value = None if on else name  # the chosen value's link takes it off
            changes = _month_changes(value) if key == "month" else {key: value}
            values.append({"name": name, "count": item["count"], "on": on, "link": _facet_link(params, changes)})
        if chosen and not any(v["on"] for v in values):  # chosen, but not among the top values shown
            changes = _month_changes(None) if key == "month" else {key: None}
            values.insert(0, {"name": chosen, "count": None, "on": True, "link": _facet_link(params, changes)})
        if values:
            groups.append({"facet": facet, "heading": heading, "values": values})
    return groups


def hint_link(hint: dict[str, Any], params: dict[str, Any]) -> str:
    """The search page for a suggested query: the filters kept unless the hint drops them."""
    kept = {k: v for k, v in params.items() if k != "q" and v} if hint["filtered"] else {}
    return "/?" + urlencode({"q": hint["query"], **kept})


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: Annotated[str, Path(max_length=64)]) -> Response:
    found = run_lookup(request, "no such article", get_article, article_id)
    copies = run_query(request, queries.article_copies, article_id)
    grouped: dict[str, list[dict[str, Any]]] = {}
    for entity in found.get("entities") or []:
        grouped.setdefault(entity["type"], []).append(entity)
    return render(
        request,
        "article.html",
        page="article",
        article=found,
        link=safe_url(found.get("url")),
        paragraphs=markup.marked_article(found),
        event_evidence=[markup.event_evidence(found.get("body") or "", e) for e in found.get("events") or []],
        entity_evidence=lambda e: markup.entity_evidence(found.get("body") or "", e),
        entity_groups=[(kind, label, grouped[kind]) for kind, label in markup.TYPE_LABELS.items() if kind in grouped],
        copies=copies,
        number=markup.format_number,
    )


@router.get("/entities")
def entities_page(
    request: Request,
    type: Annotated[models.EntityType | None, Query()] = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
    page: PageNumber = 1,
) -> Response:
    found = cached_entity_list(request, type, q, PER_PAGE * 2, (page - 1) * PER_PAGE * 2)
    pages = pager(page, math.ceil(found.total / 2), {"type": type, "q": q})
    return render(
        request,
        "entities.html",
        page="entities",
        kind=type,
        q=q,
        results=found,
        pager=pages,
        labels=markup.TYPE_LABELS,
    )


@router.get("/entities/{name:path}")
def entity_page(
    request: Request,
    name: Annotated[str, Path(min_length=1, max_length=MAX_TEXT)],
    type: Annotated[models.EntityType | None, Query()] = None,
    page: PageNumber = 1,
) -> Response:
    found = run_lookup(request, "no such entity", queries.entity_detail, name, type, PER_PAGE, (page - 1) * PER_PAGE)
    return render(
        request,
        "entity.html",
        page="entity",
        entity=found,
        label=markup.TYPE_LABELS.get(found["type"], found["type"]),
        labels=markup.TYPE_LABELS,
        pager=pager(page, found["article_count"], {"type": type}),
        chart={"months": found["months"]},
    )


@router.get("/events/{event_id}")
def event_page(
    request: Request,
    event_id: Annotated[str, Path(min_length=3, max_length=40, pattern=r"^ev[0-9a-f]+$")],
) -> Response:
    """One event by its id: what happened, its arguments, and every outlet's report."""
    found = run_lookup(request, "no such event", queries.event_detail, event_id)
    labels, roles = markup.EVENT_LABELS, markup.ROLE_LABELS
    return render(request, "event.html", page="event", event=found, labels=labels, roles=roles)


def strip(entity: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entity.items() if not k.startswith("_")}


def dashboard_data(request: Request, since: str | None, until: str | None, net: str | None = None) -> dict[str, Any]:
    store_query = lambda fn, *args: run_query(request, fn, *args)  # noqa: E731
    period = (period_day(since), period_day(until, end=True))
    ranked = store_query(queries.top_by_type, queries.NETWORK_CANDIDATES, *period)
    first, last = applied_months(store_query(queries.published_months), since, until)
    techs = store_query(queries.trends, "technology", *period, 8)
    inds = store_query(queries.trends, "industry", *period, 8)
    months = queries.month_span(first, last, techs, inds)
    candidates = ranked.get(net, []) if net else ranked["all"]
    return {
        "counts": store_query(queries.corpus_counts),
        "range": (first, last),
        # Side by side, the two trend charts read on one continuous month axis (empty months too).
        "technologies": queries.on_months(techs, months),
        "industries": queries.on_months(inds, months),
        "top": {kind: [strip(e) for e in ranked.get(kind, [])[:10]] for kind in ("ORG", "PER", "LOC")},
        "network": store_query(queries.network, queries.NETWORK_NODES, *period, candidates),
        "event_filters": store_query(queries.event_filters),
    }


def applied_months(corpus: tuple[str | None, str | None], since: str | None, until: str | None) -> tuple:
    """The months the dashboard really covers: the chosen bounds, else the corpus's first and last."""
    first = (since[:7] if len(since) >= 7 else f"{since}-01") if since else corpus[0]
    last = (until[:7] if len(until) >= 7 else f"{until}-12") if until else corpus[1]
    return first, last


#: Events per page of the dashboard's timeline.
EVENTS_PER_PAGE = 10


def dashboard_timeline(request: Request, since: str | None, until: str | None, chosen: dict) -> dict[str, Any]:
    """One page of the timeline, newest first, narrowed by event type, entity and source."""
    page = chosen["ev_page"]
    found = run_query(
        request,
        queries.timeline,
        period_day(since),
        period_day(until, end=True),
        chosen["ev_entity"] or None,
        EVENTS_PER_PAGE,
        (page - 1) * EVENTS_PER_PAGE,
        True,
        chosen["ev_source"] or None,
        chosen["ev_type"] or None,
    )
    params = {"since": since, "until": until, **{k: v for k, v in chosen.items() if k != "ev_page"}}
    links = pager(page, found.total, params)
    # The pager's links carry ``page``: the timeline's own page parameter is ``ev_page``.
    for key in ("prev", "next"):
        if links[key]:
            links[key] = links[key].replace("page=", "ev_page=") + "#events"
    return {"items": found.items, "total": found.total, "complete": found.complete, "pager": links}


@router.get("/dashboard")
def dashboard(
    request: Request,
    since: Day = None,
    until: Day = None,
    net: Annotated[models.EntityType | None, Query()] = None,
    ev_type: Text = None,
    ev_entity: Text = None,
    ev_source: Text = None,
    ev_page: PageNumber = 1,
) -> Response:
    key = ("dashboard", since, until, net)
    data = request.app.state.cache.get(key, lambda: dashboard_data(request, since, until, net))
    chosen = {"net": net, "ev_type": ev_type, "ev_entity": ev_entity, "ev_source": ev_source, "ev_page": ev_page}
    chart = {k: data[k] for k in ("technologies", "industries", "top", "network")}
    return render(
        request,
        "dashboard.html",
        page="dashboard",
        data=data,
        chart=chart,
        since=since,
        until=until,
        chosen=chosen,
        events=dashboard_timeline(request, since, until, chosen),
        labels=markup.TYPE_LABELS,
        query=query_string,
    )


def query_string(**params: Any) -> str:
    """``?since=2024&net=ORG`` from the parameters that are set (a link that keeps the others)."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return "?" + urlencode(kept) if kept else ""


@router.get("/api")
def api_page(request: Request) -> Response:
    """The API's own documentation page, in Chinese (``web.api_zh``), from its OpenAPI description."""
    spec = request.app.openapi()
    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            chinese = api_zh.ROUTES.get((method.upper(), path))
            routes.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "text": chinese or operation.get("description") or operation.get("summary", ""),
                    "english": chinese is None,
                    "parameters": [_parameter(p) for p in operation.get("parameters", [])],
                }
            )
    return render(request, "api.html", page="api", routes=routes, info=spec.get("info", {}), intro=api_zh.INTRO)


def _parameter(parameter: dict[str, Any]) -> dict[str, Any]:
    chinese = api_zh.PARAMETERS.get(parameter["name"].lower())
    return {
        "name": parameter["name"],
        "required": parameter.get("required", False),
        "place": api_zh.PLACES.get(parameter.get("in"), parameter.get("in")),
        "text": chinese or parameter.get("description") or "",
        "english": chinese is None,
    }


@router.get("/static/{name:path}")
def static(request: Request, name: str) -> Response:
    """Assets from the in-memory table loaded at start-up; any other name is a 404."""
    found = request.app.state.assets.get(name)
    if found is None:
        raise AiwatchError("E404", request.url.path, detail="no such asset")
    data, media = found
    return Response(data, media_type=media, headers={"cache-control": "public, max-age=3600"})


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(FAVICON, media_type="image/svg+xml", headers={"cache-control": "public, max-age=86400"})


def warm_caches_soon(app) -> None:
    """Fill the caches behind the search page and the dashboard in a background thread.

    On 100,000 articles they take seconds to compute; without this the first visitors pay for it
    (and, before the cache holds them, their requests pile up behind the computation).
    """

    def warm() -> None:
        request = SimpleNamespace(app=app, url=SimpleNamespace(path="(start-up)"))
        cache = app.state.cache
        try:
            cache.get(("facets",), lambda: run_query(request, queries.facet_values))
            cache.get(("dashboard", None, None, None), lambda: dashboard_data(request, None, None))
        except Exception:  # a cold cache is only slower; the first request will say what is wrong
            logging.getLogger("aiwatch.web").warning("could not warm the caches", exc_info=True)

    threading.Thread(target=warm, name="aiwatch-warm", daemon=True).start()
