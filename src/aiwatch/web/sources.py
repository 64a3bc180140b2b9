"""The web app's collection routes: ``GET /api/sources`` (source health), alert subscriptions
and the 来源 page.

The web layer serves what the collection (``aiwatch.collect``) keeps, never the other way round:
``web.app`` includes these routers like its own.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field

from aiwatch.collect.health import source_health
from aiwatch.collect.sources import list_sources
from aiwatch.web.api import ERRORS as API_ERRORS
from aiwatch.web.api import _check_token
from aiwatch.web.models import ErrorBody


class ItemCounts(BaseModel):
    new: int
    duplicate: int
    revised: int
    unchanged: int
    failed: int


class SourceHealth(BaseModel):
    id: int
    url: str
    name: str | None
    kind: str
    every: str
    selector: str | None
    origin: str
    state: str
    last_attempt_at: str | None
    last_success_at: str | None
    last_status: int | None
    last_error: str | None
    consecutive_failures: int
    latency_ms: int | None
    backoff_until: str | None
    next_due_at: str | None
    items: ItemCounts
    pages: int
    empty_share: float
    suspicious_share: float


api_router = APIRouter(prefix="/api", responses=API_ERRORS)
page_router = APIRouter(include_in_schema=False)

STATE_LABELS = {"ok": "正常", "new": "未抓取", "failing": "失败", "backed-off": "退避中"}


def health_rows(request: Request) -> list[dict[str, Any]]:
    return [source_health(row) for row in list_sources(request.app.state.store)]


@api_router.get("/sources", response_model=list[SourceHealth], tags=["collection"])
def sources_health(request: Request) -> Any:
    """Watched sources and their health: last success, last error and its HTTP status, consecutive
    failures, latency, items new / duplicate / unchanged / failed, share of empty or suspicious
    extractions, backoff."""
    return health_rows(request)


class SubscriptionOut(BaseModel):
    name: str
    rules: list[dict[str, Any]]
    targets: list[str]
    digest: str | None
    origin: str
    created_at: str
    last_digest_at: str | None


class SubscriptionIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    rules: list[dict[str, Any]] = Field(min_length=1, max_length=20, description="any of them matches")
    targets: list[dict[str, Any]] = Field(default_factory=list, max_length=20)
    digest: str | None = Field(default=None, description="daily, weekly or null")


WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A rule or target is not valid"},
    401: {"model": ErrorBody, "description": "Missing or wrong token"},
    403: {"model": ErrorBody, "description": "The server is read-only (no token configured)"},
}
Token = Annotated[str | None, Header(max_length=1000)]


@api_router.get("/subscriptions", response_model=list[SubscriptionOut], tags=["collection"])
def list_subscriptions(request: Request) -> Any:
    """Alert subscriptions: rules (any of them matches), targets, digest period."""
    from aiwatch.collect.alerts import load_subscriptions, public_subscription

    return [public_subscription(row) for row in load_subscriptions(request.app.state.store)]


@api_router.post(
    "/subscriptions", response_model=SubscriptionOut, status_code=201, responses=WRITE_ERRORS, tags=["collection"]
)
async def put_subscription(
    request: Request, body: SubscriptionIn, authorization: Token = None, x_aiwatch_token: Token = None
) -> Any:
    """Add or replace a subscription (the same fields as the config file); needs the operator's token."""
    from aiwatch.collect.alerts import Subscription, get_subscription, public_subscription, save_subscription

    _check_token(request, authorization, x_aiwatch_token)
    sub = Subscription.from_dict(body.model_dump(), "api")
    store = request.app.state.store
    await run_in_threadpool(save_subscription, store, sub)
    return public_subscription(get_subscription(store, sub.name))


@api_router.delete(
    "/subscriptions/{name}",
    status_code=204,
    responses=WRITE_ERRORS | {404: {"model": ErrorBody, "description": "No such subscription"}},
    tags=["collection"],
)
def delete_subscription(
    request: Request,
    name: Annotated[str, Path(max_length=100)],
    authorization: Token = None,
    x_aiwatch_token: Token = None,
) -> Response:
    """Remove a subscription; needs the operator's token."""
    from aiwatch.collect.alerts import remove_subscription

    _check_token(request, authorization, x_aiwatch_token)
    remove_subscription(request.app.state.store, name)
    return Response(status_code=204)


@page_router.get("/sources")
def sources_page(request: Request) -> Response:
    rows = health_rows(request)
    return request.app.state.templates.TemplateResponse(
        request, "sources.html", {"page": "sources", "sources": rows, "labels": STATE_LABELS}
    )
