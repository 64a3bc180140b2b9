"""The pipeline is the ordered list of named stages; ``run`` drives it over many inputs.

Every stage is ``stage(article, options) -> Article``.  Stages are looked up by dotted name so
that one can be replaced (say, an LLM-backed entity stage) or switched off (``--disable
entities``) without touching the others.  Parallelism is per document, in processes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import Input, read_input
from aiwatch.runner import Outcome, run  # noqa: F401 - the executor lives in runner.py; callers import it here too

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


def process_input(source: Input, options: Options) -> Outcome:
    """Every article of one input, in this process, as one whole Outcome (no budget)."""
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
