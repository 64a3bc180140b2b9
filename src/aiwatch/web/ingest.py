"""``POST /api/ingest``: one uploaded document through the same readers, pipeline and store as the CLI.

The upload's name is only a label (``upload:report.html``) for messages and the article's
``path``; it is never opened, so no request can name a file on the server.
"""

from __future__ import annotations

import dataclasses
import hmac
import re
import threading
from typing import Any

from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.pipeline import Pipeline, build_pipeline
from aiwatch.read import read_bytes
from aiwatch.store.db import Store
from aiwatch.store.ingest import BATCH, Ingest

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def token_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison, so the answer time does not tell how much of a guess was right."""
    return given is not None and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def upload_label(name: str | None) -> str:
    """``../../etc/passwd`` → ``upload:passwd``: the last part of the name, plain characters only."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip("._")[:80]
    return f"upload:{base or 'document'}"


class IngestService:
    """The server's ingest: one pipeline (built at the first upload, from the server's analysis
    options) shared by every request thread, and one writer into the corpus.

    Analysis runs in the request threads side by side: the pipeline is immutable, so no lock is
    needed.  The store serialises the writes itself (``Store.write``: one writer at a time, a
    conflict retried), so two uploads naming the same new entity do not race to create it.
    """

    def __init__(self, store: Store, options: Options | None = None) -> None:
        self.store = store
        self.options = options or Options()
        self._pipeline: Pipeline | None = None
        self._build_lock = threading.Lock()

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            with self._build_lock:  # built once, even when the first uploads arrive together
                if self._pipeline is None:
                    self._pipeline = build_pipeline(self.options)
        return self._pipeline

    def ingest(self, data: bytes, name: str | None, max_bytes: int) -> dict[str, Any]:
        """Read, analyse and store one document; per-article errors are returned, not raised."""
        label = upload_label(name)
        pipeline = self.pipeline
        options = dataclasses.replace(pipeline.options, max_bytes=max_bytes)
        articles, errors = [], []
        readable = []
        for item in read_bytes(data, label, options):
            (errors if isinstance(item, AiwatchError) else readable).append(item)
        for result in pipeline.pipe(readable):
            (errors if isinstance(result, AiwatchError) else articles).append(result)
        stored = self._store(articles, label, pipeline)
        return {
            "name": label,
            "stored": stored,
            "errors": [{"code": e.code, "message": e.describe()} for e in errors],
        }

    def _store(self, articles: list, label: str, pipeline: Pipeline) -> list[dict[str, Any]]:
        job = Ingest(self.store)
        job.use_pipeline(pipeline)
        stored = []
        for start in range(0, len(articles), BATCH):
            chunk = articles[start : start + BATCH]
            try:
                statuses = job.store_articles([a.to_dict() for a in chunk])
            except Exception as exc:  # the database refused: say so, keep the trace in the log
                raise AiwatchError("E301", label, detail=type(exc).__name__) from exc
            stored.extend(
                {"id": a.id, "title": a.title, "status": status} for a, status in zip(chunk, statuses, strict=True)
            )
        return stored
