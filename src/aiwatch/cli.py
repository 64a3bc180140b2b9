"""The command line: parse options, call the pipeline, print what failed.  Nothing else here."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated

import typer

from aiwatch import __version__
from aiwatch.analyze.commands import check_analysis_files, register_analysis_commands
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.pipeline import STAGE_NAMES, active_stages, run
from aiwatch.read import Input, expand_inputs
from aiwatch.store.commands import register as register_store_commands
from aiwatch.web.commands import register as register_web_commands
from aiwatch.write import WRITERS

app = typer.Typer(
    help="aiwatch: raw Chinese news about the AI industry in, clean structured records out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            yield stream
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextlib.contextmanager
def progress_bar(total: int, label: str) -> Iterator:
    """A rich progress bar on standard error, only when it is a terminal."""
    if not sys.stderr.isatty() or total < 2:
        yield lambda advance=1: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=total)
        yield lambda advance=1: bar.advance(task, advance)


def collect_inputs(paths: list[str]) -> tuple[list[Input], int]:
    inputs, failed = [], 0
    for item in expand_inputs(paths):
        if isinstance(item, AiwatchError):
            report_error(item)
            failed += 1
        else:
            inputs.append(item)
    return inputs, failed


def build_options(analyze: bool, keep_script: bool, disable: list[str], max_mb: float) -> Options:
    unknown = sorted(set(disable) - set(STAGE_NAMES))
    if unknown:
        raise typer.BadParameter(f"unknown stage(s) {', '.join(unknown)}; stages: {', '.join(STAGE_NAMES)}")
    return Options(
        analyze=analyze, keep_script=keep_script, disabled=frozenset(disable), max_bytes=int(max_mb * 1024 * 1024)
    )


PathsArg = Annotated[list[str], typer.Argument(help="Files, directories (recursive), glob patterns, or - for stdin.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = one per core).")]
AnalyzeOpt = Annotated[bool, typer.Option("--analyze/--no-analyze", help="Run the analysis stages.")]
KeepScriptOpt = Annotated[bool, typer.Option("--keep-script", help="Keep traditional characters.")]
DisableOpt = Annotated[list[str], typer.Option("--disable", help="Switch a stage off by name (repeatable).")]
MaxMbOpt = Annotated[float, typer.Option("--max-mb", help="Refuse inputs larger than this many MB.")]
TaxonomyOpt = Annotated[list[Path], typer.Option("--taxonomy", help="Taxonomy YAML over the default (repeatable).")]
GazetteerOpt = Annotated[
    list[Path], typer.Option("--gazetteer", help="Your gazetteer TSV over the default (repeatable).")
]
EntityModelOpt = Annotated[
    str | None, typer.Option("--entity-model", help="Add a statistical NER model to the entity rules: lac (slow).")
]
IdfOpt = Annotated[Path | None, typer.Option("--idf", help="Your IDF table (from `aiwatch idf`) for keywords.")]
KeywordsOpt = Annotated[int, typer.Option("--keywords", help="Keywords per article.")]
StopwordsOpt = Annotated[
    list[Path], typer.Option("--stopwords", help="Your stop-word file for keywords, over the default (repeatable).")
]
SummaryOpt = Annotated[int, typer.Option("--summary-sentences", help="Sentences in the extractive summary.")]
MinConfidenceOpt = Annotated[
    float,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Drop values (metadata, keywords, technologies, industries, figures) less trusted than this (0-1).",
    ),
]


@app.command()
def extract(
    paths: PathsArg,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: " + ", ".join(WRITERS))] = "jsonl",
    jobs: JobsOpt = 1,
    analyze: AnalyzeOpt = True,
    keep_script: KeepScriptOpt = False,
    disable: DisableOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    max_mb: MaxMbOpt = 50.0,
    taxonomy: TaxonomyOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    idf: IdfOpt = None,
    gazetteer: GazetteerOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    entity_model: EntityModelOpt = None,
    keywords: KeywordsOpt = 8,
    summary_sentences: SummaryOpt = 3,
    stopwords: StopwordsOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    min_confidence: MinConfidenceOpt = 0.0,
) -> None:
    """Read raw documents and write one clean article per document (JSON Lines by default)."""
    if fmt not in WRITERS:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose from {', '.join(WRITERS)}")
    options = build_options(analyze, keep_script, disable, max_mb)
    options = dataclasses.replace(options, taxonomy_files=tuple(taxonomy), idf_file=idf)
    options = dataclasses.replace(
        options, keyword_count=keywords, summary_sentences=summary_sentences, stopword_files=tuple(stopwords)
    )
    extra: dict[str, object] = {"entity_model": entity_model} if entity_model else {}
    if min_confidence:
        extra["min_confidence"] = min_confidence
    options = dataclasses.replace(options, gazetteer_files=tuple(gazetteer), extra=extra)
    try:
        active_stages(options)  # a stage that cannot load stops the run here, in one line
        check_analysis_files(options)  # so does a bad --taxonomy or --idf file
    except AiwatchError as exc:
        report_error(exc)
        raise typer.Exit(2) from None
    inputs, failed = collect_inputs(paths)
    written = 0
    with open_output(output) as stream, progress_bar(len(inputs), "extract") as advance:
        writer = WRITERS[fmt](stream)
        writer.start()
        for outcome in run(inputs, options, jobs):
            for error in outcome.errors:
                report_error(error)
            failed += bool(outcome.errors)
            for article in outcome.articles:
                degraded = article.hints.get("degraded")
                if degraded:
                    report_error(AiwatchError("E108", article.path, kind="input", detail=f"{degraded}; article kept"))
                    failed += 1
                writer.write(article)
                written += 1
            advance()
        writer.finish()
    print(f"{written} article(s) written, {failed} input(s) with errors", file=sys.stderr)
    if failed or not written:
        raise typer.Exit(1)


@app.command()
def version() -> None:
    """Print the version."""
    print(__version__)


# The corpus commands (ingest, search, report, export) live beside the store they drive.
register_store_commands(app)
# aiwatch serve: the HTTP API and web app (imports FastAPI only when run).
register_web_commands(app)
register_analysis_commands(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
