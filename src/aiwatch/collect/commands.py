"""The collection commands: ``sources`` (add, list, remove, check, import), ``fetch`` and ``watch``."""

from __future__ import annotations

import functools
import inspect
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from aiwatch.errors import AiwatchError
from aiwatch.store.commands import DbOpt
from aiwatch.store.defaults import DEFAULT_THRESHOLD

sources_app = typer.Typer(
    help="Watched feeds, sitemaps and list pages; with no subcommand, their health.",
    no_args_is_help=False,
    invoke_without_command=True,
)

DelayOpt = Annotated[float, typer.Option("--delay", help="Seconds between two requests to one site.")]
PerHostOpt = Annotated[int, typer.Option("--per-host", help="Requests in flight to one site (1 or 2).")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Connect and read timeout, seconds.")]
RetriesOpt = Annotated[int, typer.Option("--retries", help="Retries of a failed request (429, 5xx, network).")]
BackoffOpt = Annotated[float, typer.Option("--backoff", help="First retry after this many seconds, then doubling.")]
MaxMbOpt = Annotated[float, typer.Option("--max-mb", help="Refuse responses larger than this many MB.")]
WorkersOpt = Annotated[int, typer.Option("--workers", help="Sources fetched at the same time.")]
ArchiveOpt = Annotated[
    Path | None, typer.Option("--archive", help="WARC folder (default: beside the corpus, corpus.warc/).")
]
AnalyzeOpt = Annotated[bool, typer.Option("--analyze/--no-analyze", help="Run the analysis stages.")]
ThresholdOpt = Annotated[
    float, typer.Option("--dup-threshold", help="Estimated Jaccard similarity at which an article is a near-duplicate.")
]


ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Settings file (default ./aiwatch.toml, $AIWATCH_CONFIG).")
]


def _fail(error: AiwatchError) -> typer.Exit:
    print(error.describe(), file=sys.stderr, flush=True)
    return typer.Exit(2)


def _log(message: str) -> None:
    stamp = datetime.now(UTC).strftime("%H:%M:%S")
    print(f"[{stamp}] {message}", file=sys.stderr, flush=True)


def _open(db: str | None, read_only: bool = False):
    from aiwatch.store import open_store

    try:
        return open_store(db, read_only=read_only)
    except AiwatchError as error:
        raise _fail(error) from None


_UNREAD = object()


def open_declared(db: str | None, config: Path | None, read_only: bool = False, declared: Any = _UNREAD):
    """The corpus, with the sources and subscriptions aiwatch.toml declares merged in (written, so
    opened for writing when the file declares any).  ``declared``: the file's declarations
    (``find_declared``'s answer) when the caller has read them already; the file is not read again."""
    from aiwatch.collect.declared import apply_declared, find_declared

    if declared is _UNREAD:
        try:
            declared = find_declared(config)
        except AiwatchError as error:
            raise _fail(error) from None
    if declared is None or (declared.sources is None and declared.subscriptions is None):
        return _open(db, read_only=read_only)
    store = _open(db)
    try:
        apply_declared(store, declared)
    except AiwatchError as error:
        store.close()
        raise _fail(error) from None
    return store


# sources ---------------------------------------------------------------------------------------


@sources_app.callback()
def sources_main(
    ctx: typer.Context,
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    config: ConfigOpt = None,
) -> None:
    """Watched sources; with no subcommand, each one's health."""
    if ctx.invoked_subcommand is None:
        show_sources(db, fmt, config)


@sources_app.command("list")
def list_command(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    config: ConfigOpt = None,
) -> None:
    """Each source with its health: last success, last error, failures, latency, item counts, backoff
    (those aiwatch.toml declares included)."""
    show_sources(db, fmt, config)


def show_sources(db: str | None, fmt: str, config: Path | None = None) -> None:
    from aiwatch.collect.health import source_health
    from aiwatch.collect.sources import list_sources

    if fmt not in ("table", "json"):
        raise typer.BadParameter("--format must be table or json")
    with open_declared(db, config, read_only=True) as store:
        rows = [source_health(row) for row in list_sources(store)]
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    print_health(rows)


def print_health(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for name in (
        "id",
        "kind",
        "url",
        "every",
        "state",
        "last success",
        "last error",
        "fail",
        "ms",
        "new/dup/unch/fail",
        "empty/susp",
    ):
        table.add_column(name)
    for row in rows:
        items = row["items"]
        table.add_row(
            str(row["id"]),
            row["kind"],
            row["url"],
            row["every"],
            row["state"],
            row["last_success_at"] or "never",
            row["last_error"] or "",
            str(row["consecutive_failures"]),
            "" if row["latency_ms"] is None else str(row["latency_ms"]),
            f"{items['new']}/{items['duplicate']}/{items['unchanged']}/{items['failed']}",
            f"{row['empty_share']:.0%}/{row['suspicious_share']:.0%}",
        )
    Console(width=200).print(table)
    print(f"{len(rows)} source(s)", file=sys.stderr)


@sources_app.command("add")
def add_command(
    url: Annotated[str, typer.Argument(help="Feed, sitemap or list page URL.")],
    db: DbOpt = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="rss, atom, sitemap or page-list (default: sniffed).")
    ] = None,
    every: Annotated[str, typer.Option("--every", help="Fetch interval: 30s, 30m, 2h, 1d.")] = "30m",
    selector: Annotated[
        str | None, typer.Option("--selector", help="CSS selector of the article links (page-list).")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="A name to show.")] = None,
) -> None:
    """Watch a source (adding it again changes its settings)."""
    from aiwatch.collect.sources import SourceSpec, add_source, parse_every

    try:
        spec = SourceSpec(url, kind, parse_every(every), selector, name)
        with _open(db) as store:
            source_id, created = add_source(store, spec)
    except AiwatchError as error:
        raise _fail(error) from None
    print(f"sources: {'added' if created else 'updated'} {source_id} {url}", file=sys.stderr)


@sources_app.command("remove")
def remove_command(key: Annotated[str, typer.Argument(help="The source's id or URL.")], db: DbOpt = None) -> None:
    """Stop watching a source (its articles stay in the corpus)."""
    from aiwatch.collect.sources import remove_source

    try:
        with _open(db) as store:
            source = remove_source(store, key)
    except AiwatchError as error:
        raise _fail(error) from None
    print(f"sources: removed {source['id']} {source['url']}", file=sys.stderr)


@sources_app.command("import")
def import_command(opml: Annotated[Path, typer.Argument(help="An OPML subscription list.")], db: DbOpt = None) -> None:
    """Add every feed of an OPML file."""
    from aiwatch.collect.sources import add_source, read_opml

    added = updated = 0
    try:
        specs = read_opml(opml)
        with _open(db) as store:
            for spec in specs:
                try:
                    created = add_source(store, spec)[1]
                except AiwatchError as error:
                    print(error.describe(), file=sys.stderr)
                    continue
                added += created
                updated += not created
    except AiwatchError as error:
        raise _fail(error) from None
    print(f"sources: {added} added, {updated} updated from {opml}", file=sys.stderr)


@sources_app.command("check")
def check_command(
    key: Annotated[str | None, typer.Argument(help="One source's id or URL (default: all).")] = None,
    db: DbOpt = None,
    timeout: TimeoutOpt = 15.0,
) -> None:
    """Fetch each source now and say what it is and how many items it lists; nothing is stored."""
    from aiwatch.collect.check import check_source
    from aiwatch.collect.http import Fetcher, Politeness
    from aiwatch.collect.sources import find_source, list_sources

    with _open(db) as store:
        if key is None:
            sources = list_sources(store)
        else:
            found = find_source(store, key)
            if found is None:
                raise _fail(AiwatchError("E404", key, detail="no such source"))
            sources = [found]
    failed = 0
    with Fetcher(Politeness(timeout=timeout, retries=0, delay=0.2)) as fetcher:
        for source in sources:
            report = check_source(fetcher, source)
            failed += not report["ok"]
            print(json.dumps(report, ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


# fetch and watch -------------------------------------------------------------------------------

DocTimeoutOpt = Annotated[
    float, typer.Option("--doc-timeout", help="Seconds one page's analysis may take; 0 = no limit.")
]
MemoryOpt = Annotated[
    int, typer.Option("--max-memory-mb", help="Memory one page's analysis may take in its worker, MB; 0 = no limit.")
]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes analysing pages.")]
UserAgentOpt = Annotated[
    str | None,
    typer.Option("--user-agent", help="User-Agent of every request (default: aiwatch/VERSION (+project URL))."),
]


@dataclass(frozen=True)
class CollectSettings:
    """What ``fetch`` and ``watch`` share, resolved once from their flags and the config file."""

    db: str | None
    archive: Path | None
    politeness: Any  # aiwatch.collect.http.Politeness
    workers: int
    threshold: float
    budget: Any  # aiwatch.runner.Budget; None: pages analysed in this process
    jobs: int
    options: Any  # aiwatch.options.Options, from the analysis flags and aiwatch.toml
    declared: Any  # aiwatch.collect.declared.Declared | None: the config file's sources and subscriptions
    zone: Any  # zoneinfo.ZoneInfo: the days digests cover ([collect] timezone, $AIWATCH_TIMEZONE, Beijing time)


def collect_settings(
    *,
    options,
    config_file: Path | None,
    db: DbOpt = None,
    archive: ArchiveOpt = None,
    delay: DelayOpt = 1.0,
    per_host: PerHostOpt = 1,
    timeout: TimeoutOpt = 15.0,
    retries: RetriesOpt = 3,
    backoff: BackoffOpt = 2.0,
    max_mb: MaxMbOpt = 10.0,
    workers: WorkersOpt = 4,
    analyze: AnalyzeOpt = True,
    threshold: ThresholdOpt = DEFAULT_THRESHOLD,
    doc_timeout: DocTimeoutOpt = 60.0,
    max_memory_mb: MemoryOpt = 2048,
    jobs: JobsOpt = 1,
    user_agent: UserAgentOpt = None,
) -> CollectSettings:
    """The shared flags of ``fetch`` and ``watch`` (``collect_options`` gives a command all of them)."""
    from dataclasses import replace

    from aiwatch.cli_options import build_budget
    from aiwatch.collect.declared import find_declared

    if per_host not in (1, 2):
        raise typer.BadParameter("--per-host must be 1 or 2")
    if jobs < 1:
        raise typer.BadParameter("--jobs must be 1 or more")
    try:
        declared = find_declared(config_file)
    except AiwatchError as error:
        raise _fail(error) from None
    agent = user_agent or (declared.collect.get("user_agent") if declared else None) or os.environ.get(
        "AIWATCH_USER_AGENT"
    )
    budget = replace(build_budget(doc_timeout, max_memory_mb), time_flag="--doc-timeout")
    try:
        zone = declared_zone(declared)
    except AiwatchError as error:
        raise _fail(error) from None
    return CollectSettings(
        db=db,
        archive=archive,
        politeness=_politeness(delay, per_host, timeout, retries, backoff, max_mb, agent),
        workers=workers,
        threshold=threshold,
        budget=budget if budget.limited else None,
        jobs=jobs,
        options=replace(options, analyze=analyze),
        declared=declared,
        zone=zone,
    )


def declared_zone(declared):
    """The digests' time zone: the config file's ``[collect] timezone``, else ``digest_zone()``'s."""
    from aiwatch.collect.digest import digest_zone

    if declared is not None and declared.collect.get("timezone"):
        return digest_zone(declared.collect["timezone"], str(declared.path))
    return digest_zone()


def collect_options(command):
    """Give ``command`` the flags of ``collect_settings`` and the analysis flags (``--config``,
    ``--taxonomy``, ``--llm-*``, …) and hand it one ``settings: CollectSettings``."""
    from aiwatch.cli_options import analysis_options

    shared = inspect.signature(collect_settings, eval_str=True).parameters
    own = inspect.signature(command, eval_str=True)
    flags = [p for name, p in shared.items() if name not in ("options", "config_file")]
    kept = [p for p in own.parameters.values() if p.name != "settings"]

    @functools.wraps(command)
    def run(*args: Any, options, config_file: Path | None = None, **kwargs: Any) -> Any:
        values = {p.name: kwargs.pop(p.name) for p in flags}
        settings = collect_settings(options=options, config_file=config_file, **values)
        return command(*args, settings=settings, **kwargs)

    keyword = inspect.Parameter.KEYWORD_ONLY
    extra = [
        inspect.Parameter("options", keyword, annotation=Any),
        inspect.Parameter("config_file", keyword, default=None, annotation=Any),
    ]
    run.__signature__ = own.replace(parameters=[*kept, *flags, *extra])  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in run.__signature__.parameters.values()}
    return analysis_options(exclude=("max_mb", "analyze"))(run)


def build_collector(settings: CollectSettings, stop: threading.Event | None = None):
    from aiwatch.collect.archive import Archive, archive_dir_for
    from aiwatch.collect.collector import Collector
    from aiwatch.collect.declared import apply_declared
    from aiwatch.collect.http import Fetcher

    store = _open(settings.db)
    try:
        applied = apply_declared(store, settings.declared)
    except AiwatchError as error:
        store.close()
        raise _fail(error) from None
    if applied.added or applied.updated or applied.removed:
        _log(f"{settings.declared.path}: sources and subscriptions {applied.line()}")
    folder = settings.archive or archive_dir_for(settings.db)
    fetcher = Fetcher(settings.politeness, sleep=(stop.wait if stop is not None else time.sleep))
    try:
        return Collector(
            store,
            fetcher,
            Archive(folder),
            settings.options,
            settings.threshold,
            settings.workers,
            stop,
            _log,
            budget=settings.budget,
            jobs=settings.jobs,
        )
    except AiwatchError as error:  # a bad taxonomy file, an unknown stage: one line
        fetcher.close()
        store.close()
        raise _fail(error) from None


def _politeness(
    delay: float, per_host: int, timeout: float, retries: int, backoff: float, max_mb: float, agent: str | None
):
    from aiwatch.collect.http import USER_AGENT, Politeness

    return Politeness(
        delay=delay,
        per_host=per_host,
        timeout=timeout,
        retries=retries,
        backoff=backoff,
        max_bytes=int(max_mb * 1024 * 1024),
        deadline=max(timeout * 4, 30.0),
        user_agent=agent or USER_AGENT,
    )


def notify(store, zone=None) -> None:
    """After a round: alerts for what it stored, retries of failed deliveries, due digests (their
    days in ``zone``)."""
    from aiwatch.collect.alerts import Alerter, load_subscriptions
    from aiwatch.collect.digest import send_due_digests

    if not load_subscriptions(store):
        return
    counts = Alerter(store, log=_log).run()
    if counts.matched or counts.sent or counts.failed:
        _log(f"alerts: {counts.line()}")
    digests = send_due_digests(store, log=_log, zone=zone)
    if digests:
        _log(f"digests: {digests} sent")


def _close(collector) -> None:
    collector.close()
    collector.store.close()


@collect_options
def fetch(
    every_source: Annotated[bool, typer.Option("--all", help="Fetch every source now, due or not.")] = False,
    source: Annotated[list[int], typer.Option("--source", help="Only this source id (repeatable).")] = [],  # noqa: B006
    *,
    settings: CollectSettings,
) -> None:
    """One collection round: fetch the due sources, store their new and changed articles.

    Sources and subscriptions declared in aiwatch.toml are merged into the corpus's first.  Each
    page is analysed in a worker process within a budget (--doc-timeout, --max-memory-mb): a page
    over it fails with E112 and the round goes on."""
    from aiwatch.collect.daemon import stop_on_signals

    started = time.perf_counter()
    stop = threading.Event()
    collector = build_collector(settings, stop)
    try:
        with stop_on_signals(stop):
            counts = collector.run_round(force=every_source, only=source or None)
        notify(collector.store, settings.zone)
    finally:
        _close(collector)
    for error in counts.errors:
        print(error, file=sys.stderr)
    print(f"fetch: {counts.line()} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if counts.failed_sources:
        raise typer.Exit(1)


@collect_options
def watch(
    rounds: Annotated[
        int | None, typer.Option("--rounds", help="Stop after this many rounds (default: never).")
    ] = None,
    longest_sleep: Annotated[float, typer.Option("--max-sleep", help="Longest wait between rounds, seconds.")] = 60.0,
    *,
    settings: CollectSettings,
) -> None:
    """Fetch sources as they fall due, until stopped; SIGTERM finishes the current items and exits."""
    from aiwatch.collect.daemon import stop_on_signals
    from aiwatch.collect.daemon import watch as run_watch

    stop = threading.Event()
    collector = build_collector(settings, stop)

    def on_round(number: int, counts) -> None:
        _log(f"round {number}: {counts.line()}")
        notify(collector.store, settings.zone)

    try:
        with stop_on_signals(stop):
            _log(f"watch: started (pid {os.getpid()})")
            done = run_watch(collector, rounds, longest_sleep, on_round)
    finally:
        _close(collector)
    _log(f"watch: stopped after {done} round(s)")


def register(app: typer.Typer) -> None:
    from aiwatch.collect.alert_commands import register as register_alerts

    app.add_typer(sources_app, name="sources")
    for command in (fetch, watch):
        app.command()(command)
    register_alerts(app)
