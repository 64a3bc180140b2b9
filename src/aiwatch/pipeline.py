"""The pipeline: one object, built once from the options, that owns every loaded resource.

``build_pipeline(options)`` loads what the active stages need (the segmenter with the user's
words, stop words, IDF table, gazetteer, taxonomy, cleaning rules), builds the stage objects in
order and checks their declarations; the result is never changed afterwards, so threads share it
and each worker process builds its own once.  ``pipeline(article)`` runs one article through
every stage, ``pipeline.pipe(articles)`` a stream of them (stages that batch, say a model, get
batches), ``pipeline.process_input(source)`` reads an input first.  ``runner.run`` drives it
over many inputs in worker processes, each of which runs the pipeline once built (forked from the
caller's, or built from the same options: ``worker_pipeline``); the runner imports this module,
never the other way round.

Failures: reading or cleaning that fails drops the input with an error naming it; an optional
stage that fails keeps the article, with a warning naming the stage (and the traceback in the
log at ``--debug``).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from aiwatch import __version__
from aiwatch.article import ANALYSIS_FIELDS, Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import Input, read_input
from aiwatch.resources import Resources, load_resources
from aiwatch.stages import BUILTIN_STAGES, READER_FIELDS, STAGE_NAMES, Stage

log = logging.getLogger(__name__)

__all__ = ["STAGE_NAMES", "Outcome", "Pipeline", "build_pipeline", "stage_classes", "worker_pipeline"]


@dataclass
class Outcome:
    """What one input gave (or a part of it, when ``last`` is false): articles and errors."""

    name: str
    articles: list[Article] = field(default_factory=list)
    errors: list[AiwatchError] = field(default_factory=list)
    last: bool = True


def stage_classes() -> list[type[Stage]]:
    """Every stage available, in pipeline order: the built-ins, each replaced by a plugin of the same
    name if one is installed, then the plugins' own stages (after the stage each names, or last)."""
    registered = registered_stages()
    ordered = [registered.pop(cls.name, cls) for cls in BUILTIN_STAGES]
    for cls in registered.values():
        names = [c.name for c in ordered]
        position = names.index(cls.after) + 1 if cls.after in names else len(ordered)
        ordered.insert(position, cls)
    return ordered


def registered_stages() -> dict[str, type[Stage]]:
    """The stage classes installed under the ``aiwatch.stages`` entry-point group, by name."""
    from aiwatch.plugins import load_group

    return {name: cls for name, cls in load_group("stages").items() if _is_stage_class(name, cls)}


def _is_stage_class(name: str, cls: object) -> bool:
    if isinstance(cls, type) and issubclass(cls, Stage) and cls.name == name:
        return True
    log.warning("plugin stage %r is not a Stage subclass named %r; skipped", name, name)
    return False


def _check_declarations(stages: list[type[Stage]], every: list[type[Stage]]) -> None:
    """Each field a stage requires must be set by the reader or an earlier stage of this pipeline."""
    provided = set(READER_FIELDS)
    for stage in stages:
        for required in stage.requires:
            if required in provided:
                continue
            makers = [other.name for other in every if required in other.assigns and other is not stage]
            if makers:
                why = f"{required!r}, which the {makers[0]} stage sets, and {makers[0]} is disabled (or runs later)"
                fix = f"disable {stage.name} too (--disable {stage.name}) or keep {makers[0]} on"
            else:
                why = f"{required!r}, which no stage sets"
                fix = f"disable {stage.name} (--disable {stage.name})"
            detail = f"{stage.name} needs {why}: it would give results without {required}; {fix}"
            raise AiwatchError("E115", stage=stage.name, detail=detail)
        provided.update(stage.assigns)


class Pipeline:
    """The stages of one run and the resources they share; immutable once built."""

    def __init__(self, options: Options, resources: Resources, stages: list[Stage]) -> None:
        self.options = options
        self.resources = resources
        self.stages: tuple[Stage, ...] = tuple(stages)

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def stage(self, name: str) -> Stage:
        for stage in self.stages:
            if stage.name == name:
                return stage
        raise KeyError(name)

    def __repr__(self) -> str:
        return f"<Pipeline {' > '.join(self.names)}>"

    # -- one article -------------------------------------------------------------------------
    def __call__(self, article: Article) -> Article | AiwatchError:
        """Every stage over one article: the article, or the error that dropped it."""
        for stage in self.stages:
            result = self._run_stage(stage, article)
            if isinstance(result, AiwatchError):
                return result
            article = result
        return self._finish(article)

    def analyse(self, article: Article) -> Article | AiwatchError:
        """The analysis stages alone, over an article already read and cleaned (a stored one:
        ``aiwatch reanalyze``); its analysis fields are computed afresh."""
        for name in ANALYSIS_FIELDS:
            setattr(article, name, None)
        for stage in self.stages:
            if stage.analysis:
                result = self._run_stage(stage, article)
                if isinstance(result, AiwatchError):
                    return result
                article = result
        return self._finish(article)

    def _run_stage(self, stage: Stage, article: Article) -> Article | AiwatchError:
        try:
            return stage(article)
        except MemoryError:
            raise  # the document's memory budget (runner), not a stage's bug: the runner reports it
        except Exception as exc:  # a bug or an odd document must not stop the batch
            return self._failed(stage, article, exc)

    def _failed(self, stage: Stage, article: Article, exc: Exception) -> Article | AiwatchError:
        detail = exc.reason if isinstance(exc, AiwatchError) else f"{type(exc).__name__}: {exc}"
        debug = log.isEnabledFor(logging.DEBUG)
        if not stage.optional:
            log.debug("%s: stage %s failed", article.path, stage.name, exc_info=debug)
            if isinstance(exc, AiwatchError):
                return exc if exc.path else exc.with_path(article.path)
            return AiwatchError("E110", article.path, stage=stage.name, detail=detail)
        message = f"stage {stage.name} failed ({detail}); article kept without {', '.join(stage.assigns)}"
        article.warn(message)
        log.warning("%s: %s", article.path, message, exc_info=debug)
        return article

    def _finish(self, article: Article) -> Article | AiwatchError:
        if not article.body.strip():
            return AiwatchError("E107", article.path, detail="nothing left after cleaning")
        # Per-article caches (tokens, sentences) are not worth sending between processes.
        article.hints = {k: v for k, v in article.hints.items() if not k.startswith("_")}
        return article

    # -- many articles -----------------------------------------------------------------------
    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Article | AiwatchError]:
        """Articles (or the errors that dropped them) in order, ``batch_size`` at a time per stage."""
        stream = iter(articles)
        while batch := list(islice(stream, batch_size)):
            yield from self._pipe_batch(batch)

    def _pipe_batch(self, batch: list[Article]) -> list[Article | AiwatchError]:
        results: list[Article | AiwatchError] = list(batch)
        for stage in self.stages:
            live = [i for i, item in enumerate(results) if isinstance(item, Article)]
            if not live:
                break
            if type(stage).pipe is Stage.pipe:  # no batching of its own: one call per article
                for i in live:
                    results[i] = self._run_stage(stage, results[i])  # type: ignore[arg-type]
                continue
            articles = [results[i] for i in live]
            try:
                done = list(stage.pipe(articles))  # type: ignore[arg-type]
                if len(done) != len(articles):
                    raise RuntimeError(f"pipe gave {len(done)} articles for {len(articles)}")
            except Exception:
                # One article spoilt the batch: run them one by one so only that one is marked.
                done = [self._run_stage(stage, article) for article in articles]  # type: ignore[arg-type]
            for i, item in zip(live, done, strict=True):
                results[i] = item
        return [self._finish(item) if isinstance(item, Article) else item for item in results]

    def process_input(self, source: Input) -> Outcome:
        """Read one input and run its articles through; reading errors are kept beside them."""
        outcome = Outcome(source.name, [], [])

        def readable() -> Iterator[Article]:
            for item in read_input(source, self.options):
                if isinstance(item, AiwatchError):
                    outcome.errors.append(item)
                else:
                    yield item

        for result in self.pipe(readable()):
            if isinstance(result, AiwatchError):
                outcome.errors.append(result)
            else:
                outcome.articles.append(result)
        return outcome

    # -- what analysed the corpus ------------------------------------------------------------
    def settings(self) -> dict[str, object]:
        """The settings that decide what the analysis gives, with the user's files by content."""
        options = self.options
        return {
            "version": __version__,
            "stages": self.names,
            "keep_script": options.keep_script,
            "keywords": options.keyword_count,
            "summary_sentences": options.summary_sentences,
            "entity_model": options.entity_model,
            "min_confidence": options.min_confidence,
            "taxonomy": [_file_digest(p) for p in options.taxonomy_files],
            "gazetteer": [_file_digest(p) for p in options.gazetteer_files],
            "stopwords": [_file_digest(p) for p in options.stopword_files],
            "idf": _file_digest(options.idf_file) if options.idf_file else None,
            "clean_rules": _file_digest(options.clean_rules) if options.clean_rules else None,
            **_llm_settings(self),
        }

    @property
    def fingerprint(self) -> str:
        """A short hash of ``settings()``: two runs with the same one analyse alike."""
        text = json.dumps(self.settings(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _llm_settings(pipeline: Pipeline) -> dict[str, object]:
    """The model and its fields, when the LLM stage runs (a run without it keeps its old fingerprint)."""
    if "llm" not in pipeline.names:
        return {}
    fields = pipeline.stage("llm").fields  # type: ignore[attr-defined]
    prompts = {name: prompt.version for name, prompt in fields.prompts.items()}
    return {"llm": {"model": fields.model, "fields": list(fields.fields), "prompts": prompts}}


def _file_digest(path: Path) -> str:
    """A user's file by its content (moving it changes nothing, editing it does)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    except OSError:
        return f"unreadable:{path}"


def build_pipeline(options: Options | None = None, *, resources: Iterable[str] = ()) -> Pipeline:
    """The pipeline for ``options``: stages chosen, declarations checked, resources loaded.

    ``resources`` names resources to load beyond what the stages need (``aiwatch idf`` uses the
    vocabulary without the keyword stage).  Raises ``AiwatchError`` for an unknown or
    inconsistent stage choice and for a user's file that is missing or malformed.
    """
    options = options or Options()
    every = stage_classes()
    known = {cls.name for cls in every}
    unknown = sorted(set(options.disabled) - known)
    if unknown:
        detail = f"unknown stage(s) {', '.join(unknown)}; stages: {', '.join(cls.name for cls in every)}"
        raise AiwatchError("E115", stage="build", detail=detail)
    chosen = [
        cls
        for cls in every
        if options.enabled(cls.name) and cls.wanted(options) and (options.analyze or not cls.analysis)
    ]
    _check_declarations(chosen, every)
    needed = {name for cls in chosen for name in cls.needs} | set(resources)
    loaded = load_resources(options, needed)
    stages = []
    for cls in chosen:
        try:
            stages.append(cls(loaded))
        except AiwatchError:
            raise
        except Exception as exc:  # a stage that cannot start (a plugin's missing model) says which
            detail = f"cannot start: {type(exc).__name__}: {exc}; --disable {cls.name}"
            raise AiwatchError("E110", stage=cls.name, detail=detail) from exc
    pipeline = Pipeline(options, loaded, stages)
    log.info("pipeline built: %s", " > ".join(pipeline.names))
    return pipeline


# -- the pipeline of this process, for the runner's workers ------------------------------------
#: The pipeline this process runs (``runner`` workers build it once, or inherit the parent's when
#: forked): ``[pipeline]`` or empty.  The only module state here, and it is set, never mutated.
_PROCESS: list[Pipeline] = []


def use_pipeline(pipeline: Pipeline) -> None:
    """Make ``pipeline`` the one this process (and the workers it forks) run."""
    _PROCESS[:] = [pipeline]


def worker_pipeline(options: Options) -> Pipeline:
    """This process's pipeline for ``options``: built once per worker, not per input."""
    if not _PROCESS or _PROCESS[0].options != options or _PROCESS[0].options.extra != options.extra:
        use_pipeline(build_pipeline(options))
    return _PROCESS[0]


def process_article(article: Article, options: Options) -> Article | AiwatchError:
    """One article through this process's pipeline for ``options`` (the runner's per-item call)."""
    return worker_pipeline(options)(article)


def process_input(source: Input, options: Options) -> Outcome:
    """Every article of one input, in this process, as one whole Outcome (no budget)."""
    return worker_pipeline(options).process_input(source)
