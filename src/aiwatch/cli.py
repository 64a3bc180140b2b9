"""The command line: parse options, call the pipeline, print what failed.  Nothing else here."""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated

import typer

from aiwatch import __version__
from aiwatch.cli_options import (
    EngineOpt,
    JobsOpt,
    MaxMemoryOpt,
    SchedulerOpt,
    TimeoutOpt,
    analysis_options,
    build_budget,
    engine_option,
)
from aiwatch.collect.commands import register as register_collect_commands
from aiwatch.errors import AiwatchError
from aiwatch.idf_command import register_analysis_commands
from aiwatch.llm.stats import Stats, run_report
from aiwatch.options import Options
from aiwatch.pipeline import Pipeline, build_pipeline
from aiwatch.read import Input, expand_inputs
from aiwatch.report.commands import register as register_report_commands
from aiwatch.runner import DEFAULT_BUDGET, run
from aiwatch.store.commands import register as register_store_commands
from aiwatch.web.commands import register as register_web_commands
from aiwatch.write import WRITERS

app = typer.Typer(
    help="aiwatch: raw Chinese news about the AI industry in, clean structured records out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main_options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say what is done (pipeline, batches).")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="All of it, with a failing stage's traceback.")] = False,
) -> None:
    """aiwatch: raw Chinese news about the AI industry in, clean structured records out."""
    setup_logging(logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING)


def setup_logging(level: int) -> None:
    """The library logs (``logging.getLogger("aiwatch....")``); the command line prints them on
    standard error, warnings and up unless --verbose or --debug."""
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("aiwatch")
    logger.handlers[:] = [handler]
    logger.setLevel(level)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (a test runner swaps it per command)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def report_error(error: AiwatchError) -> None:
    print(error.describe(), file=sys.stderr, flush=True)


@contextlib.contextmanager
def open_output(output: Path | None) -> Iterator[IO[str]]:
    """Standard output, or a file that appears whole or not at all (temp file, then rename)."""
    if output is None or str(output) == "-":
        yield sys.stdout
        return
    if output.exists() and not output.is_file():
        # /dev/null, a FIFO, /dev/stdout: renaming over them would replace the device itself
        # (``-o /dev/null`` once turned /dev/null into a regular file for the whole machine).
        with output.open("w", encoding="utf-8") as stream:
            yield stream
        return
    output = output.resolve()  # through a symlink, replace the file it points to, not the link
    output.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(output)
    with removed_on_termination():  # before the .part exists, so no SIGTERM can leave it behind
        # The pid in the name tells a later run whether the writer is still alive (remove_stale_parts).
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.{os.getpid()}.", suffix=".part", dir=output.parent)
        try:
            os.fchmod(fd, output_mode(output))  # mkstemp makes 0600; an output file honours the umask
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                yield stream
            os.replace(tmp, output)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def output_mode(output: Path) -> int:
    """The mode a new file would get (0666 less the umask), or the mode of the file replaced."""
    try:
        return output.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def removed_on_termination() -> Iterator[None]:
    """SIGTERM (``kill``, a service manager) unwinds like Ctrl-C, so the ``.part`` file is removed
    and worker processes are stopped instead of left behind."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, _frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def remove_stale_parts(output: Path) -> None:
    """A run killed with SIGKILL cannot clean up: its ``.NAME.PID.xxx.part`` stays beside the
    target.  The next run removes those whose writer is gone, and says so."""
    for part in output.parent.glob(f".{glob.escape(output.name)}.*.part"):
        pid = part.name[len(output.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and process_alive(int(pid)):
            continue  # another run is writing this output right now
        with contextlib.suppress(OSError):
            part.unlink()
            print(f"note: removed {part.name}, left by an interrupted run", file=sys.stderr)


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def progress_bar(total: int | None, label: str) -> Iterator:
    """A rich progress bar on standard error, only when it is a terminal (``total`` None: inputs
    still being listed, a count without an end)."""
    if not sys.stderr.isatty() or (total is not None and total < 2):
        yield lambda advance=1: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=total)
        yield lambda advance=1: bar.advance(task, advance)


def note_skipped(name: str, reason: str) -> None:
    print(f"note: {name}: skipped, {reason}", file=sys.stderr)


class Listing:
    """The inputs named, listed as the run takes them (a folder of a million files is walked, not
    held: the client's memory does not grow with the number of inputs); a name that matches
    nothing is reported when the walk reaches it and counted in ``failed``.  ``own`` files (the
    output, earlier shards) are never inputs."""

    def __init__(self, paths: list[str], own: list[Path] | None = None) -> None:
        self.paths = paths
        self.own = own or []
        self.failed = 0

    def __iter__(self) -> Iterator[Input]:
        for item in expand_inputs(self.paths, own=self.own, on_skip=note_skipped):
            if isinstance(item, AiwatchError):
                report_error(item)
                self.failed += 1
            else:
                yield item


PathsArg = Annotated[list[str], typer.Argument(help="Files, directories (recursive), glob patterns, or - for stdin.")]


@app.command()
@analysis_options()
def extract(
    paths: PathsArg,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: " + ", ".join(WRITERS))] = "jsonl",
    jobs: JobsOpt = 1,
    timeout: TimeoutOpt = DEFAULT_BUDGET.seconds or 0,
    max_memory_mb: MaxMemoryOpt = DEFAULT_BUDGET.memory_mb or 0,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    shards: Annotated[
        str | None,
        typer.Option("--shards", help="Write one file per input (or record range) into this folder or fsspec URL "
                     "(file:///shared/out, s3://bucket/out) instead; with --engine dask the workers write them "
                     "(shared storage). --format jsonl or parquet."),
    ] = None,
    *,
    options: Options,
) -> None:
    """Read raw documents and write one clean article per document (JSON Lines by default).

    Each document runs in a worker process within a budget (--timeout, --max-memory-mb): one over
    it fails with E112 and the batch goes on."""
    from aiwatch.write.shards import SHARD_FORMATS, Shards, local_folder, shards_place

    formats = SHARD_FORMATS if shards is not None else WRITERS
    if fmt not in formats:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose from {', '.join(formats)}")
    if shards is not None and output is not None:
        raise typer.BadParameter("give --output or --shards, not both", param_hint="--shards")
    folder = local_folder(shards) if shards is not None else None
    if folder is not None and folder.exists() and not folder.is_dir():
        raise typer.BadParameter(f"{shards} is not a folder", param_hint="--shards")
    sharded = Shards(shards_place(shards), fmt) if shards is not None else None
    if sharded is not None:
        try:
            sharded.check()
        except Exception as exc:  # an unknown protocol, its package missing, no permission, no bucket
            raise typer.BadParameter(f"{shards}: cannot write there ({type(exc).__name__}: {exc})",
                                     param_hint="--shards") from None
    budget = build_budget(timeout, max_memory_mb)
    runs_on = engine_option(engine, scheduler, jobs)
    pipeline = start_pipeline(options)
    own = [output] if output is not None and str(output) != "-" else []
    if folder is not None and folder.is_dir():
        own.extend(folder.iterdir())  # an earlier run's shards beside the inputs are not inputs
    inputs = Listing(paths, own)
    written = 0
    llm = Stats()  # the LLM stage's counts, added up from the articles (they come from workers)
    with (open_output(output) if sharded is None else contextlib.nullcontext(None)) as stream, \
            progress_bar(None, "extract") as advance:
        writer = WRITERS[fmt](stream) if sharded is None else None
        by_input = _ShardedWriter(sharded) if sharded is not None else None
        if writer is not None:
            writer.start()
        input_failed = False
        failed = 0
        if sharded is not None and not isinstance(runs_on, int):
            parts = runs_on.run(inputs, pipeline.options, budget, shards=sharded)  # the workers write
        else:
            parts = run(inputs, pipeline, runs_on, budget)
        # Parts arrive as they are read (a JSONL dump gives many): written at once, never held.
        for part in parts:
            for error in part.errors:
                report_error(error)
            input_failed = input_failed or bool(part.errors)
            for article in part.articles:
                degraded = article.hints.get("degraded")
                if degraded:
                    report_error(AiwatchError("E108", article.path, kind="input", detail=f"{degraded}; article kept"))
                    failed += 1
                llm.take(article)
                if writer is not None:
                    writer.write(article)
                else:
                    by_input.write(article, part.name)
                written += 1
            if part.last:
                if by_input is not None:
                    by_input.end_input()
                failed += input_failed
                input_failed = False
                advance()
        (writer or by_input).finish()
    failed += inputs.failed
    if options.llm_url and options.llm_fields:
        print(*run_report(llm), sep="\n", file=sys.stderr)
    print(f"{written} article(s) written, {failed} input(s) with errors", file=sys.stderr)
    if failed or not written:
        raise typer.Exit(1)


class _ShardedWriter:
    """``extract --shards``: each input's articles to its own file (``aiwatch.write.shards``).
    Articles the Dask workers wrote arrive as stubs naming their file; others are written here,
    input by input as the parts arrive.  The files seen go to the run's ``Manifest`` as each one
    ends (one partition's articles arrive together), not into a dict that grows with the run."""

    def __init__(self, shards) -> None:
        from aiwatch.write.shards import Manifest

        self.shards = shards
        self.current = None  # the local input's open shard
        self.manifest = Manifest()
        self.counting: list = []  # [file, input, articles] of the file whose articles are arriving

    def write(self, article, name: str) -> None:
        shard = article.hints.get("shard")
        if shard is None:  # analysed here: written here
            if self.current is None:
                self.current = self.shards.open(name)
            self.current.add([article])
            shard = self.current.name
        if self.counting and self.counting[0] != shard:
            self._file_done()
        if not self.counting:
            self.counting = [shard, name, 0]
        self.counting[2] += 1

    def _file_done(self) -> None:
        """The file whose articles were arriving goes to the manifest."""
        if self.counting:
            self.manifest.add(*self.counting)
            self.counting = []

    def end_input(self) -> None:
        if self.current is not None:
            self.current.commit()
            self.current = None

    def finish(self) -> None:
        try:
            self._file_done()
            self.shards.finish(self.manifest)
        finally:
            self.manifest.close()


def start_pipeline(options: Options) -> Pipeline:
    """Build the pipeline; a stage that cannot start or a bad user file stops the run here, in one line."""
    try:
        return build_pipeline(options)
    except AiwatchError as exc:
        report_error(exc)
        raise typer.Exit(2) from None


@app.command()
def plugins() -> None:
    """List the readers, stages, writers, exporters and fetchers installed (built-ins and plugins)."""
    from aiwatch.plugins import GROUPS, installed

    for kind, group in GROUPS.items():
        print(f"{kind} ({group}):")
        for point in sorted(installed(group), key=lambda p: p.name):
            origin = point.dist.name if point.dist is not None else "?"
            print(f"  {point.name:<14} {point.value}  [{origin}]")


@app.command()
def version() -> None:
    """Print the version."""
    print(__version__)


# The corpus commands (ingest, search, report, export) live beside the store they drive.
register_store_commands(app)
register_report_commands(app)
# aiwatch serve: the HTTP API and web app (imports FastAPI only when run).
register_web_commands(app)
register_analysis_commands(app)
# aiwatch sources / fetch / watch: live collection (feeds, pages, the watch daemon).
register_collect_commands(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
