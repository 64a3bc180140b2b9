"""``aiwatch serve``: the HTTP API and web app over a corpus, registered on the CLI app."""

from __future__ import annotations

import dataclasses
import os
import sys
from typing import Annotated

import typer

from aiwatch.cli_options import analysis_options
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.store.commands import DbOpt


@analysis_options(exclude=("max_mb",))  # --max-mb here is the upload limit
def serve(
    db: DbOpt = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (127.0.0.1 = this machine only; 0.0.0.0 = network).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token", help="Allow POST /api/ingest with this token (default $AIWATCH_TOKEN; none = read-only)."
        ),
    ] = None,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Largest request body (uploaded document), in MB.")] = 10.0,
    query_seconds: Annotated[float, typer.Option("--query-seconds", help="Stop a request's queries after this.")] = 5.0,
    header_seconds: Annotated[
        float,
        typer.Option("--header-seconds", help="Close a connection that has not sent its request head in this time."),
    ] = 10.0,
    workers: Annotated[
        int, typer.Option("--workers", help="Server processes (each answers requests; 1 per core at most).")
    ] = 1,
    *,
    options: Options,
) -> None:
    """Serve the corpus: JSON API under /api (OpenAPI at /api/openapi.json) and the web pages.

    The analysis flags (--taxonomy, --gazetteer, ...) and the config file apply to POST /api/ingest,
    which then analyses as `aiwatch ingest` with the same settings does."""
    import uvicorn

    from aiwatch.config import to_environment
    from aiwatch.pipeline import build_pipeline
    from aiwatch.web.app import create_app
    from aiwatch.web.settings import WebSettings

    if not 0 < port < 65536:
        raise typer.BadParameter("--port must be 1-65535")
    if workers < 1:
        raise typer.BadParameter("--workers must be at least 1")
    if header_seconds <= 0:
        raise typer.BadParameter("--header-seconds must be positive")
    settings = WebSettings.from_env(
        db=db,
        token=token,
        max_body=int(max_mb * 1024 * 1024),
        query_seconds=query_seconds,
        header_seconds=header_seconds,
    )
    options = dataclasses.replace(options, max_bytes=settings.max_body)
    try:
        if not settings.read_only:
            build_pipeline(options)  # a bad --taxonomy fails here, not at the first upload
        app = create_app(settings, options=options)  # opens the corpus now: a bad --db fails here, in one line
    except AiwatchError as error:
        print(error.describe(), file=sys.stderr, flush=True)
        raise typer.Exit(2) from None
    mode = "read-only" if settings.read_only else "ingest allowed with token"
    print(f"aiwatch: serving http://{host}:{port}/ ({mode}); Ctrl-C stops", file=sys.stderr, flush=True)
    # The connection deadlines (``web.server``) and worker processes read the settings from here.
    os.environ.update(settings.environment())
    os.environ.update(to_environment(options))  # the analysis settings, for the workers' ingest
    server = server_options(host, port)
    if workers == 1:
        uvicorn.run(app, **server)
        return
    # Several processes: each worker builds its own app from the same settings, passed in the
    # environment (a worker cannot be handed the app object).
    app.state.store.close()
    uvicorn.run("aiwatch.web.app:app_from_env", factory=True, workers=workers, **server)


def server_options(host: str, port: int) -> dict:
    """uvicorn's settings: our h11 protocol with request deadlines, and no connection-count limit.

    uvicorn's ``limit_concurrency`` counts open connections, so idle sockets turned real requests
    into 503s; requests in flight are capped by ``app.Guard`` instead, and idle connections are
    closed by ``web.server.GuardedH11Protocol``.
    """
    from aiwatch.web.server import MAX_HEAD_BYTES, GuardedH11Protocol

    return {
        "host": host,
        "port": port,
        "log_level": "warning",
        "server_header": False,
        "http": GuardedH11Protocol,
        "limit_concurrency": None,
        "timeout_keep_alive": 5,
        "h11_max_incomplete_event_size": MAX_HEAD_BYTES,
    }


def register(app: typer.Typer) -> None:
    app.command()(serve)
