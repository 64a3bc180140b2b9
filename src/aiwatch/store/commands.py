"""The corpus commands (``ingest``, ``reanalyze``, ``search``, ``export``), registered on the CLI app.

(``report`` is beside the report it renders, ``aiwatch/report/commands.py``: the store does not
import the layer above it.)

Each command parses its options, calls the store or report module and prints; store errors come
back as ``AiwatchError`` and are printed with their code.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from aiwatch.cli_options import EngineOpt, JobsOpt, MaxMemoryOpt, SchedulerOpt, TimeoutOpt, analysis_options
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.store.defaults import DEFAULT_THRESHOLD

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Corpus database: a SQLite file or postgresql://user:pw@host/db "
        "(default $AIWATCH_DB, then db in aiwatch.toml, then aiwatch.db).",
    ),
]
SinceOpt = Annotated[str | None, typer.Option("--since", help="First day (YYYY-MM-DD or YYYY-MM), inclusive.")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Last day (YYYY-MM-DD or YYYY-MM), inclusive.")]


def _fail(error: AiwatchError) -> typer.Exit:
    print(error.describe(), file=sys.stderr, flush=True)
    return typer.Exit(2)


@contextmanager
def _one_line_errors(db: str | None) -> Iterator[None]:
    """Store and database errors as one line each (``E307 corpus.db: database error: disk I/O error``),
    never SQLAlchemy's statement and parameters; the whole error is in the debug log."""
    from sqlalchemy.exc import SQLAlchemyError

    from aiwatch.store.db import corpus_name, error_line, resolve_url

    try:
        yield
    except AiwatchError as error:
        raise _fail(error) from None
    except SQLAlchemyError as exc:
        raise _fail(AiwatchError("E307", corpus_name(resolve_url(db)), detail=error_line(exc))) from None


def _day(value: str | None, end: bool = False) -> str | None:
    """``2024-05`` → ``2024-05-01`` (since) or ``2024-05-31`` (until); the same check as the web API's."""
    from aiwatch.periods import period_day

    try:
        return period_day(value, end)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _progress(enabled: bool):
    """A rich progress bar with the running counts, on a terminal only."""
    if not enabled or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("", total=None)

    def update(counts, done: int, total: int | None) -> None:
        bar.update(task, completed=done, total=total, description=counts.line())

    return bar, update


def _llm_cache_in_corpus(options: Options, db: str | None) -> Options:
    """With the LLM stage on, the model's answers are kept in the corpus unless --llm-cache says
    elsewhere: a re-run or a reanalyze asks the model nothing it was asked before."""
    if not options.llm_url or options.llm_cache:
        return options
    import dataclasses

    from aiwatch.store.db import resolve_url

    return dataclasses.replace(options, llm_cache=resolve_url(db))


def _engine_for_corpus(engine: str, scheduler: str | None, jobs: int, db: str | None):
    """``--engine`` for a command that writes the corpus: a SQLite corpus with Dask workers on other
    machines is refused (one line, exit 2) before anything is read."""
    from aiwatch.cli_options import engine_option
    from aiwatch.store.db import resolve_url

    runs_on = engine_option(engine, scheduler, jobs)
    if not isinstance(runs_on, int):
        try:
            runs_on.refuse_local_corpus(resolve_url(db))
        except AiwatchError as error:
            raise _fail(error) from None
    return runs_on


@analysis_options()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or glob patterns.")],
    db: DbOpt = None,
    jobs: JobsOpt = 1,
    threshold: Annotated[
        float,
        typer.Option("--dup-threshold", help="Estimated Jaccard similarity at which an article is a near-duplicate."),
    ] = DEFAULT_THRESHOLD,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    timeout: TimeoutOpt = 60.0,
    max_memory_mb: MaxMemoryOpt = 2048,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    *,
    options: Options,
) -> None:
    """Read, clean, analyse and store articles; re-runs skip unchanged inputs.

    Each document runs in a worker process within a budget (--timeout, --max-memory-mb): one over
    it fails with E112 and the batch goes on."""
    from aiwatch.cli_options import build_budget
    from aiwatch.pipeline import build_pipeline
    from aiwatch.store import open_store
    from aiwatch.store.analysis import analysed_otherwise
    from aiwatch.store.ingest import Ingest

    if not 0.0 < threshold <= 1.0:
        raise typer.BadParameter("--dup-threshold must be in (0, 1]")
    budget = build_budget(timeout, max_memory_mb)
    # With Dask the workers read and analyse; this process stays the one ordered writer, so the
    # store's first-copy-wins and idempotent re-runs are those of a local run.
    runs_on = _engine_for_corpus(engine, scheduler, jobs, db)
    started = time.perf_counter()
    options = _llm_cache_in_corpus(options, db)
    try:
        pipeline = build_pipeline(options)  # a bad option or file stops here, in one line
    except AiwatchError as error:
        raise _fail(error) from None
    with _one_line_errors(db):
        store = open_store(db)
        try:
            job = Ingest(store, threshold)
            if job.reindexed:
                print(
                    f"ingest: segmentation dictionary changed, {job.reindexed} article(s) re-indexed", file=sys.stderr
                )
            bar, update = _progress(progress)
            if bar is not None:
                with bar:
                    counts = job.run(paths, pipeline, runs_on, update, budget)
            else:
                counts = job.run(paths, pipeline, runs_on, budget=budget)
            others = analysed_otherwise(store, pipeline.fingerprint)
        finally:
            store.close()
    for note in job.notes:
        print(f"note: {note}", file=sys.stderr)
    _warn_mixed_analysis(others, db)
    for error in counts.errors:
        print(error.describe(), file=sys.stderr)
    if options.llm_url and options.llm_fields:
        from aiwatch.llm.stats import run_report

        print(*run_report(job.llm), sep="\n", file=sys.stderr)
    print(f"ingest: {counts.line()} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if counts.failed:
        raise typer.Exit(1)


def _warn_mixed_analysis(others: int, db: str | None) -> None:
    """Say so when the corpus holds articles analysed with other settings: a changed taxonomy or
    gazetteer (the user's words: 蚁巢智造 one name or 蚁巢 + 智造) gives other entities and labels."""
    if others:
        where = f" --db {db}" if db else ""
        print(
            f"warning: {others} stored article(s) were analysed with other settings (another taxonomy, gazetteer, "
            f"stop words, IDF table or aiwatch version); `aiwatch reanalyze{where}` with these settings brings "
            "them in line",
            file=sys.stderr,
        )


@analysis_options(exclude=("analyze", "max_mb", "clean_rules", "keep_script"))
def reanalyze(
    db: DbOpt = None,
    where: Annotated[
        str | None,
        typer.Option("--where", help="Only articles matching this SQL condition on articles columns, "
                     "e.g. \"published_on >= '2024-01-01'\"."),
    ] = None,
    batch: Annotated[int, typer.Option("--batch", help="Articles per transaction.")] = 100,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only say how many articles each settings fingerprint analysed.")
    ] = False,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    *,
    options: Options,
) -> None:
    """Run the analysis again on stored articles analysed with other settings or another version.

    Reads no input again: the stored, cleaned bodies are analysed with the current settings
    (flags, aiwatch.toml, AIWATCH_*).  One transaction per batch; a killed run continues where it
    stopped when run again.  With --engine dask the batches are analysed on the cluster's workers
    and written here, in the same order."""
    from aiwatch.pipeline import build_pipeline
    from aiwatch.store import open_store
    from aiwatch.store.analysis import fingerprint_counts
    from aiwatch.store.analysis import reanalyze as run_reanalyze

    if batch < 1:
        raise typer.BadParameter("--batch must be 1 or more")
    runs_on = None if dry_run else _engine_for_corpus(engine, scheduler, 0, db)
    started = time.perf_counter()
    options = _llm_cache_in_corpus(options, db)
    try:
        pipeline = build_pipeline(options)
    except AiwatchError as error:
        raise _fail(error) from None
    with _one_line_errors(db):
        open_store(db, read_only=True).close()  # a mistyped --db is refused, not created empty
        store = open_store(db)
    try:
        if dry_run:
            for row in fingerprint_counts(store):
                mark = "current" if row["fingerprint"] == pipeline.fingerprint else "out of date"
                print(f"{row['fingerprint'] or '(unknown)'}\t{row['articles']}\t{row['version'] or ''}\t{mark}")
            return
        counts = run_reanalyze(store, pipeline, where, batch, engine=None if isinstance(runs_on, int) else runs_on)
    except AiwatchError as error:
        raise _fail(error) from None
    finally:
        store.close()
    for error in counts.errors:
        print(error.describe(), file=sys.stderr)
    if options.llm_url and options.llm_fields:
        from aiwatch.llm.stats import run_report

        print(*run_report(counts.llm), sep="\n", file=sys.stderr)
    print(f"reanalyze: {counts.line()} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if counts.failed:
        raise typer.Exit(1)


def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Query: 智算 (inside words too), "exact words", gpt*, A OR B, -exclude, title: source: entity: '
            "tech: industry: type: date:2024-01..2024-06 (see README, Search)."
        ),
    ],
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: Annotated[str | None, typer.Option("--source", help="Only this source (exact name).")] = None,
    entity: Annotated[
        str | None, typer.Option("--entity", help="Only articles naming this entity (name or alias).")
    ] = None,
    technology: Annotated[
        str | None, typer.Option("--technology", help="Only this technology (Chinese or English name).")
    ] = None,
    industry: Annotated[
        str | None, typer.Option("--industry", help="Only this industry (Chinese or English name).")
    ] = None,
    duplicates: Annotated[bool, typer.Option("--duplicates", help="Include near-duplicate copies.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many results.")] = 20,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
    sort: Annotated[str, typer.Option("--sort", help="relevance (best first) or date (newest first).")] = "relevance",
    save: Annotated[
        str | None, typer.Option("--save", help="Also keep the query under this name (aiwatch searches list).")
    ] = None,
    show_facets: Annotated[
        bool, typer.Option("--facets", help="Also print sources, technologies, industries, entities, months.")
    ] = False,
) -> None:
    """Full-text search of the corpus, best matches first, with highlighted snippets."""
    from aiwatch.store import open_store
    from aiwatch.store.search import Filters, facets, save_search
    from aiwatch.store.search import search as run_search
    from aiwatch.store.writer import index_is_current

    if fmt not in ("table", "jsonl"):
        raise typer.BadParameter("--format must be table or jsonl")
    if sort not in ("relevance", "date"):
        raise typer.BadParameter("--sort must be relevance or date")
    filters = Filters(_day(since), _day(until, end=True), source, entity, technology, industry, duplicates)
    # read-only unless the query is also saved
    with _one_line_errors(db), open_store(db, read_only=not save) as store:
        hits = run_search(store, query, filters, limit, sort=sort)
        found_facets = facets(store, query, filters) if show_facets else None
        if save:
            save_search(store, save, query, sort)
        with store.connect() as conn:
            current = index_is_current(conn)
    if not current:
        print(
            "warning: the search index was built with another segmentation dictionary; re-run `aiwatch ingest` "
            "on your inputs to rebuild it",
            file=sys.stderr,
        )
    if save:
        print(f"saved search {save.strip()!r}: {query}", file=sys.stderr)
    if fmt == "jsonl":
        for hit in hits:
            print(json.dumps(hit.to_dict(), ensure_ascii=False))
        if found_facets is not None:
            print(json.dumps({"facets": found_facets.to_dict()}, ensure_ascii=False))
        return
    print_table(hits)
    if found_facets is not None:
        print_facets(found_facets)


def print_facets(found) -> None:
    """One line per facet: 来源  36氪 (12) · 第一财经 (9) …"""
    note = f" (the newest {found.counted:,} matches)" if found.sampled else ""
    print(f"facets over {found.counted:,} article(s){note}:")
    for name, values in found.values.items():
        shown = " · ".join(f"{v['name']} ({v['count']})" for v in values)
        print(f"  {name:<13}{shown or '—'}")


searches_app = typer.Typer(help="Saved searches (name → query): list, run, remove; alerts and digests use them.")


@searches_app.command("list")
def searches_list(db: DbOpt = None) -> None:
    """The saved searches, by name."""
    from aiwatch.store import open_store
    from aiwatch.store.search import saved_searches_list

    with _one_line_errors(db), open_store(db, read_only=True) as store:
        saved = saved_searches_list(store)
    for item in saved:
        print(f"{item.name}\t{item.query}\t{item.sort}\t{item.updated_at}")
    print(f"{len(saved)} saved search(es)", file=sys.stderr)


@searches_app.command("run")
def searches_run(
    name: Annotated[str, typer.Argument(help="Name of the saved search.")],
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many results.")] = 20,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
) -> None:
    """Run a saved search, optionally for a period (what an alert or a digest does)."""
    from aiwatch.store import open_store
    from aiwatch.store.search import run_saved_search

    with _one_line_errors(db), open_store(db, read_only=True) as store:
        hits = run_saved_search(store, name, _day(since), _day(until, end=True), limit)
    if fmt == "jsonl":
        for hit in hits:
            print(json.dumps(hit.to_dict(), ensure_ascii=False))
        return
    print_table(hits)


@searches_app.command("remove")
def searches_remove(name: Annotated[str, typer.Argument(help="Name of the saved search.")], db: DbOpt = None) -> None:
    """Forget a saved search."""
    from aiwatch.store import open_store
    from aiwatch.store.search import remove_search

    with _one_line_errors(db), open_store(db) as store:
        removed = remove_search(store, name)
    if not removed:
        raise _fail(AiwatchError("E404", name, detail="no saved search of that name"))
    print(f"removed saved search {name!r}", file=sys.stderr)


def print_table(hits) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True)
    for name in ("published", "source", "title / snippet", "id"):
        table.add_column(name)
    for hit in hits:
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold red", start, end)
        cell = Text(hit.title or "", style="bold") + Text("\n") + snippet
        table.add_row(hit.published or "", hit.source or "", cell, hit.id)
    Console().print(table)
    print(f"{len(hits)} result(s)", file=sys.stderr)


def export(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, parquet or jsonl.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (required for parquet).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    duplicates: Annotated[
        bool, typer.Option("--duplicates/--no-duplicates", help="Include near-duplicate copies.")
    ] = True,
) -> None:
    """Export the corpus, one row per article, for pandas, DuckDB or a spreadsheet."""
    from aiwatch.store import open_store
    from aiwatch.store.export import EXPORTERS
    from aiwatch.store.search import Filters

    if fmt not in EXPORTERS:
        raise typer.BadParameter(f"--format must be one of {', '.join(EXPORTERS)}")
    if fmt == "parquet" and (output is None or str(output) == "-"):
        raise typer.BadParameter("parquet needs a file: -o corpus.parquet")
    filters = Filters(since=_day(since), until=_day(until, end=True), duplicates=duplicates)
    with _one_line_errors(db), open_store(db, read_only=True) as store:
        count = EXPORTERS[fmt](store, output, filters)
    print(f"export: {count} article(s)", file=sys.stderr)


def register(app: typer.Typer) -> None:
    for command in (ingest, reanalyze, search, export):
        app.command()(command)
    app.add_typer(searches_app, name="searches")
