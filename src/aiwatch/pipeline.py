"""The pipeline is the ordered list of named stages; ``run`` drives it over many inputs.

Every stage is ``stage(article, options) -> Article``.  Stages are looked up by dotted name so
that one can be replaced (say, an LLM-backed entity stage) or switched off (``--disable
entities``) without touching the others.  Parallelism is per document, in processes.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import Input, read_input

Stage = Callable[[Article, Options], Article]

#: (name, "module:function"), in order.  Analysis stages run only with ``Options.analyze``.
STAGES: list[tuple[str, str]] = [
    ("clean", "aiwatch.clean:clean_article"),
    ("meta", "aiwatch.meta:extract_metadata"),
    ("keywords", "aiwatch.analyze.keywords:add_keywords"),
    ("taxonomy", "aiwatch.analyze.taxonomy:add_taxonomy"),
    ("entities", "aiwatch.analyze.entities:add_entities"),
    ("figures", "aiwatch.analyze.figures:add_figures"),
    ("events", "aiwatch.analyze.events:add_events"),
    ("summary", "aiwatch.analyze.summary:add_summary"),
    ("evidence", "aiwatch.analyze.evidence:add_evidence"),
]
CORE_STAGES = frozenset({"clean", "meta"})
STAGE_NAMES = [name for name, _ in STAGES]


@cache
def load_stage(target: str) -> Stage:
    module_name, _, func = target.partition(":")
    return getattr(importlib.import_module(module_name), func)


def active_stages(options: Options) -> list[tuple[str, Stage]]:
    chosen = []
    for name, target in STAGES:
        if not options.enabled(name) or (name not in CORE_STAGES and not options.analyze):
            continue
        try:
            chosen.append((name, load_stage(target)))
        except (ImportError, AttributeError, SyntaxError) as exc:
            # A stage that cannot load (not installed, a missing dependency) fails the run with
            # one line that names it, not a traceback: ``--disable NAME`` runs without it.
            detail = f"cannot load {target} ({exc}); --disable {name}"
            raise AiwatchError("E110", "", stage=name, detail=detail) from None
    return chosen


def process_article(article: Article, options: Options) -> Article | AiwatchError:
    """Run every active stage; a stage that fails turns into an error naming the input."""
    for name, stage in active_stages(options):
        try:
            article = stage(article, options)
        except AiwatchError as exc:
            return exc if exc.path else exc.with_path(article.path)
        except Exception as exc:  # a bug or an odd document must not stop the batch
            return AiwatchError("E110", article.path, stage=name, detail=f"{type(exc).__name__}: {exc}")
    if not article.body.strip():
        return AiwatchError("E107", article.path, detail="nothing left after cleaning")
    # Per-article caches (tokens, sentences) are not worth sending between processes.
    article.hints = {k: v for k, v in article.hints.items() if not k.startswith("_")}
    return article


@dataclass
class Outcome:
    """What one input gave: its articles and its errors, in input order."""

    name: str
    articles: list[Article]
    errors: list[AiwatchError]


def process_input(source: Input, options: Options) -> Outcome:
    outcome = Outcome(source.name, [], [])
    for item in read_input(source, options):
        if isinstance(item, AiwatchError):
            outcome.errors.append(item)
            continue
        result = process_article(item, options)
        if isinstance(result, AiwatchError):
            outcome.errors.append(result)
        else:
            outcome.articles.append(result)
    return outcome


def _warm(options: Options) -> None:
    """Load every stage (and its dictionaries) once per worker process, not per article."""
    for _name, stage in active_stages(options):
        warm = getattr(importlib.import_module(stage.__module__), "warm", None)
        if warm is not None:
            warm(options)


def run(inputs: Iterable[Input], options: Options, jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order; with ``jobs > 1`` documents are processed in worker processes."""
    jobs = max(1, jobs if jobs > 0 else (os.cpu_count() or 1))
    if jobs == 1:
        for source in inputs:
            yield process_input(source, options)
        return
    sources = [source.buffered(options.max_bytes) for source in inputs]  # stdin stays with us
    done = 0
    while done < len(sources):
        with ProcessPoolExecutor(max_workers=jobs, initializer=_warm, initargs=(options,)) as pool:
            futures = [pool.submit(process_input, source, options) for source in sources[done:]]
            for future in futures:
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    break  # a worker died (killed, out of memory, a crash in native code)
                yield outcome
                done += 1
        if done < len(sources):
            # The pool is gone; the first unfinished input is retried alone, so an input that was
            # only queued beside the one that killed the worker is not blamed for it.
            yield _retry_alone(sources[done], options)
            done += 1


def _retry_alone(source: Input, options: Options) -> Outcome:
    with ProcessPoolExecutor(max_workers=1, initializer=_warm, initargs=(options,)) as pool:
        try:
            return pool.submit(process_input, source, options).result()
        except BrokenProcessPool as exc:
            error = AiwatchError("E111", source.name, detail=str(exc) or "no exit status")
            return Outcome(source.name, [], [error])
