"""What the LLM stage did in this run: calls, tokens, latency, cache hits, what was dropped."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields


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
