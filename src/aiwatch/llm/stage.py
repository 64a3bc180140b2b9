"""The LLM stage's work (``stages.LLMStage`` is its wiring): the fields the user opted into
(``--llm-fields``), asked of an OpenAI-compatible server, checked against the text, cached, and
left to the rules when anything goes wrong.

It runs after the rule stages (it verifies their entities, adds to their events and labels) and
before ``evidence``.  ``pipe`` sends a batch's questions together on ``llm_concurrency`` threads;
the client keeps the rate limit, timeouts and retries.  An article never fails here: a field whose
call or answer fails keeps the rules' value and a warning that says why (服务器拒绝连接, an
answer that was not JSON twice, a summary the body does not support).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.llm import schemas
from aiwatch.llm.answers import BadAnswer, parse
from aiwatch.llm.cache import AnswerCache
from aiwatch.llm.client import Client, LLMError
from aiwatch.llm.fields import apply, prompt_values
from aiwatch.llm.prompts import load_prompt
from aiwatch.llm.stats import ARTICLE_KEY, Stats
from aiwatch.options import Options

log = logging.getLogger(__name__)

#: The order answers are applied in: entities first, so events list the checked names.
APPLY_ORDER = ("entities", "taxonomy", "events", "summary", "event_summary")
KEY_VARIABLE = "AIWATCH_LLM_KEY"


class LLMFields:
    """The opted-in fields for one pipeline: client, cache, prompts and schemas, built once."""

    def __init__(self, options: Options, taxonomy: Any) -> None:
        if not options.llm_model:
            raise AiwatchError("E114", "--llm-model", setting="llm_model", detail="--llm-url needs a model name")
        self.options = options
        self.taxonomy = taxonomy
        self.fields = tuple(f for f in APPLY_ORDER if f in options.llm_fields)
        self.model = options.llm_model
        self.by = f"llm:{self.model}"
        self.stats = Stats()
        key = options.llm_key or os.environ.get(KEY_VARIABLE) or None
        self.client = Client(
            options.llm_url,
            self.model,
            key,
            timeout=options.llm_timeout,
            retries=options.llm_retries,
            rate=options.llm_rate,
            json_mode=options.llm_json_mode,
            max_tokens=options.llm_max_tokens,
            stats=self.stats,
        )
        self.cache = AnswerCache(options.llm_cache) if options.llm_cache else None
        self.prompts = {name: load_prompt(name) for name in self.fields}
        labels = tuple(
            name for kind in ("technologies", "industries") for name in self.taxonomy.entries.get(kind, {})
        )
        self.schemas = {name: schemas.json_schema(name, labels) for name in self.fields}

    # -- the stage ---------------------------------------------------------------------------
    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        batch = list(articles)
        tallies = {id(article): Stats() for article in batch}  # each article's own counts
        questions = [(article, name) for article in batch for name in self.fields]
        workers = max(1, min(self.options.llm_concurrency, len(questions)))
        with ThreadPoolExecutor(workers, thread_name_prefix="llm") as pool:
            answers = list(pool.map(lambda q: self.answer(*q, tallies[id(q[0])]), questions))
        found = {(id(article), name): answer for (article, name), answer in zip(questions, answers, strict=True)}
        for article in batch:
            tally = tallies[id(article)]
            for name in self.fields:
                self.use(article, name, *found[(id(article), name)], tally=tally)
            article.hints[ARTICLE_KEY] = tally.as_dict()
        log.info("%s", self.stats.line())
        yield from batch

    def summary(self) -> dict[str, Any]:
        """This run's counts (calls, tokens, latency, cache hits, rejected facts) and the settings."""
        return {"model": self.model, "url": self.client.url, "json_mode": self.client.json_mode,
                "fields": list(self.fields), **self.stats.as_dict()}

    # -- one question ------------------------------------------------------------------------
    def key(self, article: Article, name: str) -> tuple[str, str, str, str]:
        # The body is cut to llm_max_chars before it is sent: another cut is another question.
        version = f"{self.prompts[name].version}@{self.options.llm_max_chars}"
        return (article.id, name, self.model, version)

    def count(self, tally: Stats | None, **counts: float) -> None:
        self.stats.add(**counts)
        if tally is not None:
            tally.add(**counts)

    def answer(self, article: Article, name: str, tally: Stats | None = None) -> tuple[Any, str | None]:
        """(the checked-for-schema answer, None) or (None, why there is none)."""
        model = schemas.MODELS[name]
        key = self.key(article, name)
        cached = self.cache.get(key) if self.cache else None
        if cached is not None:
            try:
                data = json.loads(cached)
                found = None if "invalid" in data else model.model_validate(data["answer"])
            except (ValueError, KeyError, TypeError):
                data = None  # written by another version of the schema: ask again
            if data is not None:
                self.count(tally, cache_hits=1)
                if found is None:
                    return None, f"the model's answer was invalid twice: {data['invalid']}"
                return found, None
        body = article.body[: self.options.llm_max_chars]
        messages = self.prompts[name].messages(**prompt_values(article, name, body, self.taxonomy))
        reason = ""
        for _ in range(2):  # invalid output is retried once, with the reason, then dropped
            try:
                reply = self.client.chat(messages, self.schemas[name], name, tally)
            except LLMError as error:
                return None, error.reason  # not cached: the server may be back next run
            try:
                answer = parse(reply.content, model)
            except BadAnswer as error:
                reason = str(error)
                messages = [
                    *messages,
                    {"role": "assistant", "content": reply.content[:2000]},
                    {"role": "user", "content": f"Invalid: {reason}. Answer again with JSON that fits the schema."},
                ]
                continue
            self.count(tally, answers=1)
            if self.cache:
                self.cache.put(key, json.dumps({"answer": answer.model_dump()}, ensure_ascii=False))
            return answer, None
        self.count(tally, invalid_answers=1)
        if self.cache:
            self.cache.put(key, json.dumps({"invalid": reason}, ensure_ascii=False))
        return None, f"the model's answer was invalid twice: {reason}"

    def use(self, article: Article, name: str, answer: Any, reason: str | None, tally: Stats | None = None) -> None:
        """Apply a checked answer; otherwise (or when nothing in it holds) keep the rules' value."""
        if answer is not None:
            outcome = apply(name, article, answer, self.by, self.taxonomy)
            self.count(tally, kept_facts=outcome.kept, rejected_facts=len(outcome.rejected))
            for why in outcome.rejected:
                log.debug("%s: llm %s dropped: %s", article.path, name, why)
            reason = outcome.fallback
            if reason and outcome.rejected:
                reason += f" ({len(outcome.rejected)} dropped: {outcome.rejected[0]})"
        if reason:
            self.count(tally, fallbacks=1)
            article.warn(f"llm {name}: {reason}; the rules' value is kept")
