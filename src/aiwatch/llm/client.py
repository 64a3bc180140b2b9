"""A small client for any OpenAI-compatible chat server (vLLM, Ollama, llama.cpp, an API).

Standard library only (``urllib``): the LLM stage is optional and must not pull an HTTP stack
into every install.  One ``Client`` is shared by the stage's threads; it keeps the request rate
under ``rate`` per second, retries what can pass on a second try (a timeout, a refused
connection, 429 and 5xx) with exponential backoff, and finds which structured-output form the
server takes:

- ``json_schema``: OpenAI's ``{"type": "json_schema", "json_schema": {"name", "schema"}}`` (vLLM,
  OpenAI, Ollama's OpenAI endpoint);
- ``json_object``: ``{"type": "json_object", "schema": {...}}``, what llama.cpp's servers take;
- ``json``: ``{"type": "json_object"}`` without a schema;
- ``none``: no ``response_format``: the prompt asks for JSON and the answer is repaired and parsed.

``auto`` tries them in that order and keeps the first the server does not refuse with 400/422.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from aiwatch.llm import JSON_MODES
from aiwatch.llm.stats import Stats

_AUTO_ORDER = ("json_schema", "json_object", "json", "none")


def _names_format(detail: str) -> bool:
    return any(word in detail for word in ("response_format", "json_schema", "json_object"))


class LLMError(Exception):
    """A call that failed; ``reason`` is the line the article's warning gives."""

    def __init__(self, reason: str, retryable: bool = False, refused_format: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.refused_format = refused_format


@dataclass(frozen=True)
class Reply:
    content: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float


def endpoint(url: str) -> str:
    """The chat-completions URL from what the user gave: the server, its ``/v1`` or the endpoint."""
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    return url + "/chat/completions" if url.endswith("/v1") else url + "/v1/chat/completions"


class RateLimit:
    """At most ``rate`` request starts per second over all threads (0: no limit)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next = 0.0
        self.lock = threading.Lock()

    def wait(self) -> None:
        if not self.interval:
            return
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next)
            self.next = start + self.interval
        if start > now:
            time.sleep(start - now)


class Client:
    def __init__(
        self,
        url: str,
        model: str,
        key: str | None = None,
        *,
        timeout: float = 60.0,
        retries: int = 2,
        rate: float = 0.0,
        json_mode: str = "auto",
        max_tokens: int = 512,
        stats: Stats | None = None,
        backoff: float = 0.5,
    ) -> None:
        if json_mode not in JSON_MODES:
            raise ValueError(f"json mode {json_mode!r} is not one of {', '.join(JSON_MODES)}")
        self.url = endpoint(url)
        self.model = model
        self.key = key
        self.timeout = timeout
        self.retries = retries
        self.max_tokens = max_tokens
        self.backoff = backoff
        self.stats = stats or Stats()
        self.limit = RateLimit(rate)
        self._modes = list(_AUTO_ORDER) if json_mode == "auto" else [json_mode]
        self._lock = threading.Lock()

    @property
    def json_mode(self) -> str:
        return self._modes[0]

    def chat(
        self, messages: list[dict[str, str]], schema: dict[str, Any], name: str = "answer", tally: Stats | None = None
    ) -> Reply:
        """One answer; the structured-output form the server refuses is dropped for the next one.
        ``tally``: another Stats counting this question too (the article's own)."""
        while True:
            mode = self.json_mode
            try:
                return self._with_retries(messages, schema, name, mode, tally)
            except LLMError as error:
                if not error.refused_format or not self._drop_mode(mode):
                    raise

    def _drop_mode(self, mode: str) -> bool:
        with self._lock:
            if len(self._modes) > 1 and self._modes[0] == mode:
                self._modes.pop(0)
                return True
            return len(self._modes) > 1 or self._modes[0] != mode  # another thread moved on already

    def _count(self, tally: Stats | None, **counts: float) -> None:
        self.stats.add(**counts)
        if tally is not None:
            tally.add(**counts)

    def _with_retries(
        self, messages: list[dict[str, str]], schema: dict[str, Any], name: str, mode: str, tally: Stats | None
    ) -> Reply:
        attempt = 0
        while True:
            try:
                return self._post(messages, schema, name, mode, tally)
            except LLMError as error:
                if not error.retryable or attempt >= self.retries:
                    self._count(tally, failed_calls=1)
                    raise
                self._count(tally, retries=1)
                time.sleep(min(self.backoff * 2**attempt, 8.0))
                attempt += 1

    def _payload(self, messages: list[dict[str, str]], schema: dict[str, Any], name: str, mode: str) -> bytes:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "temperature": 0,
            "max_tokens": self.max_tokens,
        }
        if mode == "json_schema":
            payload["response_format"] = {"type": "json_schema", "json_schema": {"name": name, "schema": schema}}
        elif mode == "json_object":
            payload["response_format"] = {"type": "json_object", "schema": schema}
        elif mode == "json":
            payload["response_format"] = {"type": "json_object"}
        return json.dumps(payload, ensure_ascii=False).encode("utf-8")

    def _post(
        self, messages: list[dict[str, str]], schema: dict[str, Any], name: str, mode: str, tally: Stats | None
    ) -> Reply:
        self.limit.wait()
        request = urllib.request.Request(self.url, data=self._payload(messages, schema, name, mode), method="POST")
        request.add_header("Content-Type", "application/json")
        if self.key:
            request.add_header("Authorization", f"Bearer {self.key}")
        started = time.perf_counter()
        self._count(tally, calls=1)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            detail = error.read(2000).decode("utf-8", "replace").strip()
            # A server that does not know a response_format form says so with 400 or 422 (llama.cpp's Python
            # server: 500) and a message naming the field; a context overflow (400) is no such refusal.
            refused = mode != "none" and error.code in (400, 422, 500) and _names_format(detail)
            retryable = (error.code == 429 or error.code >= 500) and not refused
            raise LLMError(f"HTTP {error.code} from {self.url}: {detail[:160]}", retryable, refused) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise LLMError(f"cannot reach {self.url}: {reason}", retryable=True) from None
        seconds = time.perf_counter() - started
        return self._reply(raw, seconds, tally)

    def _reply(self, raw: bytes, seconds: float, tally: Stats | None = None) -> Reply:
        try:
            data = json.loads(raw)
            content = data["choices"][0]["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMError(f"not a chat-completions answer from {self.url}: {raw[:80]!r}") from None
        usage = data.get("usage") or {}
        prompt = int(usage.get("prompt_tokens") or 0)
        completion = int(usage.get("completion_tokens") or 0)
        self._count(tally, prompt_tokens=prompt, completion_tokens=completion, seconds=seconds)
        return Reply(content, prompt, completion, seconds)
