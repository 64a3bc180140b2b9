"""What the LLM stage did in this run: calls, tokens, latency, cache hits, what was dropped.

The stage counts per article too (``ARTICLE_KEY`` in the article's hints, which no writer
outputs): articles come back from the runner's worker processes, whose own counts the command
never sees, so ``extract``, ``ingest`` and ``reanalyze`` add up the articles' counts
(``Stats.take``) for the whole run's line.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field, fields
from typing import Any

ARTICLE_KEY = "llm_stats"  # hints key: what the LLM stage spent on this article


@dataclass
class Stats:
    calls: int = 0  # HTTP requests sent (retries included)
    failed_calls: int = 0  # requests that failed after their retries
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0  # summed latency of the answered requests
    cache_hits: int = 0
    answers: int = 0  # answers that passed the schema
    invalid_answers: int = 0  # answers that failed the schema twice: dropped
    rejected_facts: int = 0  # facts whose quote is not in the body, unsupported summary sentences
    kept_facts: int = 0
    fallbacks: int = 0  # fields left to the rules
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: float) -> None:
        with self._lock:
            for name, value in counts.items():
                setattr(self, name, getattr(self, name) + value)

    def take(self, article: Any) -> None:
        """Add (and remove) the counts the stage left on one article."""
        counts = article.hints.pop(ARTICLE_KEY, None)
        if counts:
            self.add(**{name: value for name, value in counts.items() if name in _COUNTS})

    def as_dict(self) -> dict[str, float]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}
        data["seconds"] = round(self.seconds, 3)
        return data

    def line(self) -> str:
        return (
            f"llm: {self.calls} call(s) ({self.failed_calls} failed, {self.retries} retried), "
            f"{self.prompt_tokens}+{self.completion_tokens} tokens, {self.seconds:.1f} s, "
            f"{self.cache_hits} cache hit(s), {self.invalid_answers} invalid answer(s), "
            f"{self.rejected_facts} rejected fact(s), {self.kept_facts} kept, "
            f"{self.fallbacks} field(s) left to the rules"
        )


_COUNTS = frozenset(f.name for f in fields(Stats) if not f.name.startswith("_"))


def run_report(stats: Stats) -> list[str]:
    """The whole run's lines for stderr: the counts in words, then as JSON (for scripts and logs)."""
    return [f"{stats.line()} (whole run)", "llm-json: " + json.dumps(stats.as_dict(), ensure_ascii=False)]
