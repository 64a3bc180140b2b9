"""The ASGI application: the JSON API under ``/api``, the pages, and their safety nets.

``create_app()`` opens the corpus once; every request borrows a pooled connection.  Safety for a
shared deployment lives here and in the routers: request bodies are capped before they are read,
every error becomes ``{"code", "message"}`` with a code from ``aiwatch/errors.py`` (never a stack
trace), static assets come from a fixed in-memory table (no request path reaches the file
system), and every page is sent with a Content-Security-Policy that allows only our own scripts.
"""

from __future__ import annotations

import logging
import mimetypes
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect
from starlette.routing import Match

from aiwatch import __version__
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.store.db import Store, open_store
from aiwatch.web import markup, queries
from aiwatch.web.memo import PLANS_KEPT, SearchMemo
from aiwatch.web.settings import BodyTooLarge, WebSettings

log = logging.getLogger("aiwatch.web")

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class Guard:
    """Pure ASGI middleware: refuse oversized bodies early, count streamed ones, add headers.

    It also caps the requests in flight (``max_requests``): past it a request is answered 503 at
    once rather than queued behind the others.  Only requests count, never open connections, so
    idle sockets cannot turn ``/api/health`` into a 503 (``web.server`` closes those).
    """

    def __init__(self, app, max_body: int, max_requests: int = 256) -> None:
        self.app = app
        self.max_body = max_body
        self.max_requests = max_requests
        self.in_flight = 0

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.max_requests:
            busy = AiwatchError("E503", scope.get("path", ""), detail=f"{self.max_requests} requests in progress")
            refusal = error_response(busy, 503)
            refusal.headers["retry-after"] = "1"
            await refusal(scope, receive, self._with_headers(send))
            return
        self.in_flight += 1
        try:
            await self._guarded(scope, receive, send)
        finally:
            self.in_flight -= 1

    async def _guarded(self, scope, receive, send) -> None:
        declared = dict(scope.get("headers") or []).get(b"content-length")
        refusal = None
        if declared is not None and not declared.isdigit():
            refusal = error_response(AiwatchError("E400", scope.get("path", ""), detail="bad Content-Length"), 400)
        elif declared is not None and int(declared) > self.max_body:
            refusal = error_response(AiwatchError("E413", scope.get("path", ""), limit=_size(self.max_body)))
        if refusal is not None:
            await refusal(scope, receive, self._with_headers(send))
            return
        seen = 0

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge()
            return message

        await self.app(scope, counted_receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send):
        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers") or []) + SECURITY_HEADERS
            await send(message)

        return send_with_headers


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


#: HTTP status of each error code: input problems are the client's (4xx), the store's are ours.
def status_of(code: str) -> int:
    if code.startswith("E4") and code[1:].isdigit():
        return int(code[1:])
    return {"E302": 400, "E303": 503, "E300": 503, "E301": 500, "E500": 500, "E503": 503}.get(
        code, 422 if code.startswith("E1") else 500
    )


def error_response(error: AiwatchError, status: int | None = None) -> JSONResponse:
    body = {"code": error.code, "message": error.describe()}
    if isinstance(error.detail.get("position"), int):  # a search query that does not parse
        body["position"] = error.detail["position"]
    return JSONResponse(body, status_code=status or status_of(error.code))


def _allowed_methods(request: Request) -> list[str]:
    from starlette.routing import Match

    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE and getattr(route, "methods", None):
            methods |= set(route.methods)
    return sorted(methods)


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api")


def _error_page(request: Request, error: AiwatchError, status: int) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"error": error, "status": status, "page": "error"}, status_code=status
    )


def _respond(request: Request, error: AiwatchError, status: int | None = None) -> Response:
    status = status or status_of(error.code)
    if wants_html(request):
        return _error_page(request, error, status)
    return error_response(error, status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for problem in exc.errors()[:5]:
        where = ".".join(str(p) for p in problem.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts)


def slash_redirect(request: Request) -> Response | None:
    """``/dashboard/`` → ``/dashboard`` (or the other way) when only the slash is wrong.

    Starlette's own redirect builds an absolute URL from the request's ``Host`` header, so a forged
    ``Host: evil.example`` came back as ``Location: http://evil.example/dashboard`` (issue 10, item
    12).  This one answers with a path only, taken from the raw request path.
    """
    raw = request.scope.get("raw_path") or request.url.path.encode()
    path = raw.rstrip(b"/") if raw.endswith(b"/") else raw + b"/"
    if path in (b"", b"/") or path.startswith(b"//"):
        return None  # ``//evil.example`` would be read as another host
    probe = {**request.scope, "path": request.url.path.rstrip("/") if raw.endswith(b"/") else request.url.path + "/"}
    if not any(route.matches(probe)[0] is not Match.NONE for route in request.app.router.routes):
        return None
    query = request.scope.get("query_string") or b""
    location = path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
    return Response(status_code=307, headers={"location": location})


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ClientDisconnect)
    async def on_client_gone(request: Request, exc: ClientDisconnect) -> Response:
        # The client left (or ``web.server`` cut a stalled upload): nobody reads this answer.
        return Response(status_code=400)

    @app.exception_handler(AiwatchError)
    async def on_aiwatch_error(request: Request, exc: AiwatchError) -> Response:
        return _respond(request, exc)

    @app.exception_handler(RequestValidationError)
    async def on_bad_request(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, AiwatchError("E400", request.url.path, detail=_validation_message(exc)), 422)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404 and (moved := slash_redirect(request)) is not None:
            return moved
        if exc.status_code == 404:
            detail = "no such page" if exc.detail in (None, "Not Found") else str(exc.detail)
            error = AiwatchError("E404", request.url.path, detail=detail)
        elif exc.status_code == 405:
            error = AiwatchError("E405", request.url.path)
        else:
            error = AiwatchError("E400", request.url.path, detail=str(exc.detail))
        response = _respond(request, error, exc.status_code)
        # 405 carries ``Allow`` (RFC 9110): keep the headers Starlette attached.
        response.headers.update(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names the methods of the first route matching the path only; a path served
            # by two routes (PUT and DELETE /api/searches/{name}) must list both.
            response.headers["Allow"] = ", ".join(_allowed_methods(request))
        return response

    @app.exception_handler(BodyTooLarge)
    async def on_too_large(request: Request, exc: BodyTooLarge) -> Response:
        limit = request.app.state.settings.max_body
        return _respond(request, AiwatchError("E413", request.url.path, limit=_size(limit)))

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> Response:
        # The trace goes to the server's log only; the client learns the code, not our internals.
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return _respond(request, AiwatchError("E500", request.url.path), 500)


def load_assets() -> dict[str, tuple[bytes, str]]:
    """Every static file, read once at start-up into a fixed table: name → (bytes, media type)."""
    root = resources.files("aiwatch.web") / "static"
    assets: dict[str, tuple[bytes, str]] = {}

    def walk(folder, prefix: str) -> None:
        for item in folder.iterdir():
            name = f"{prefix}{item.name}"
            if item.is_dir():
                walk(item, name + "/")
            elif not item.name.startswith("."):
                media = mimetypes.guess_type(item.name)[0] or "application/octet-stream"
                if media.startswith("text/") or media.endswith("javascript"):
                    media += "; charset=utf-8"
                assets[name] = (item.read_bytes(), media)

    walk(root, "")
    return assets


class Cache:
    """Results of costly corpus-wide queries, kept until the corpus changes or they grow old."""

    #: The corpus version is looked up at most this often (a search page asks the cache 3 times).
    VERSION_SECONDS = 2.0

    def __init__(self, store: Store, seconds: float) -> None:
        self.store = store
        self.seconds = seconds
        self.entries: dict[tuple, tuple[float, int, Any]] = {}
        self.version: tuple[float, int] | None = None
        self.locks: dict[tuple, threading.Lock] = {}
        self.guard = threading.Lock()

    def corpus_version(self, now: float) -> int:
        if self.version is None or now - self.version[0] > self.VERSION_SECONDS:
            self.version = (now, queries.corpus_version(self.store))
        return self.version[1]

    def fresh(self, key: tuple, now: float, version: int) -> tuple[bool, Any]:
        found = self.entries.get(key)
        # Fresh for ``seconds`` whatever happens (an ingest every second must not make every
        # dashboard view recompute), and for ten times that while the corpus is unchanged.
        if found and (now - found[0] < self.seconds or (found[1] == version and now - found[0] < 10 * self.seconds)):
            return True, found[2]
        return False, None

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        now = time.monotonic()
        version = self.corpus_version(now)
        hit, value = self.fresh(key, now, version)
        if hit:
            return value
        # One computation per key at a time: sixteen requests arriving together on a cold cache
        # wait for the first one instead of running the same seconds-long aggregate sixteen times.
        with self.guard:
            lock = self.locks.setdefault(key, threading.Lock())
        with lock:
            hit, value = self.fresh(key, time.monotonic(), version)
            if hit:
                return value
            value = compute()
            if len(self.entries) > 256:
                self.entries.clear()
            self.entries[key] = (time.monotonic(), version, value)
            return value


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    from aiwatch.web import pages

    if app.state.settings.warm:
        pages.warm_caches_soon(app)
    yield


def create_app(
    settings: WebSettings | None = None, store: Store | None = None, options: Options | None = None
) -> FastAPI:
    """The app over one corpus; ``store`` is opened from ``settings.db`` when not given; ``options``:
    the analysis settings of ``POST /api/ingest`` (as ``aiwatch ingest`` takes them)."""
    from aiwatch.web import api, pages
    from aiwatch.web.ingest import IngestService

    settings = settings or WebSettings.from_env()
    # without a token the server only reads: the corpus must exist and is opened read-only
    store = store or open_store(settings.db, read_only=settings.read_only)
    queries.install_time_limit(store.engine, settings.query_seconds)
    app = FastAPI(
        title="aiwatch",
        version=__version__,
        summary="Search and browse a corpus of Chinese AI-industry news: articles, entities, events, trends.",
        description=(
            "Read-only unless the operator starts the server with a token (`--token` or `AIWATCH_TOKEN`); "
            "`POST /api/ingest` then needs it as `Authorization: Bearer <token>`. Errors are "
            '`{"code": "E…", "message": "…"}` with the codes of `aiwatch/errors.py`.'
        ),
        openapi_url="/api/openapi.json",
        lifespan=_lifespan,
        docs_url=None,  # Swagger UI would load from a CDN; /api is our own offline page
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.cache = Cache(store, settings.cache_seconds)
    app.state.memo = SearchMemo(settings.search_memo)
    # plans hold up to 5,000 keys each (a word in most articles): fewer of them
    app.state.plans = SearchMemo(min(settings.search_memo, PLANS_KEPT))
    app.state.ingest = IngestService(store, options)  # its pipeline is built by the first upload
    app.state.assets = load_assets()
    # Autoescape on for every template, whatever its name: article text is untrusted HTML.
    env = jinja2.Environment(loader=jinja2.PackageLoader("aiwatch.web", "templates"), autoescape=True)
    templates = Jinja2Templates(env=env)
    templates.env.globals.update(version=__version__, read_only=settings.read_only, event_labels=markup.EVENT_LABELS)
    app.state.templates = templates
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    # Collection (issue 13): GET /api/sources, /api/subscriptions and the 来源 page.
    from aiwatch.web.sources import api_router as collect_api
    from aiwatch.web.sources import page_router as collect_pages

    app.include_router(collect_api)
    app.include_router(collect_pages)
    app.router.redirect_slashes = False  # ``slash_redirect`` does it without trusting ``Host``
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(Guard, max_body=settings.max_body, max_requests=settings.max_requests)
    return app


def app_from_env() -> FastAPI:
    """The app for ``uvicorn --factory`` worker processes: settings from the environment."""
    from aiwatch.config import resolve

    # The analysis settings come as the parent's command line left them: AIWATCH_* variables.
    return create_app(WebSettings.from_env(), options=resolve())
