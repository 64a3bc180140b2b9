"""``POST /api/ingest``: one uploaded document through the same readers, pipeline and store as the CLI.

The upload's name is only a label (``upload:report.html``) for messages and the article's
``path``; it is never opened, so no request can name a file on the server.
"""

from __future__ import annotations

import hmac
import re
import threading
from typing import Any

from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.pipeline import process_article
from aiwatch.read import read_bytes
from aiwatch.store.db import Store
from aiwatch.store.ingest import BATCH, Ingest, missing_stages

# One upload at a time: the analysis is CPU-bound and the dictionaries load once; queued uploads
# wait here instead of starving the searches running beside them.
_LOCK = threading.Lock()
_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def token_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison, so the answer time does not tell how much of a guess was right."""
    return given is not None and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def upload_label(name: str | None) -> str:
    """``../../etc/passwd`` → ``upload:passwd``: the last part of the name, plain characters only."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip("._")[:80]
    return f"upload:{base or 'document'}"


def ingest_document(store: Store, data: bytes, name: str | None, max_bytes: int) -> dict[str, Any]:
    """Read, analyse and store one document; per-article errors are returned, not raised."""
    label = upload_label(name)
    options = Options(max_bytes=max_bytes, disabled=missing_stages())
    articles, errors = [], []
    with _LOCK:
        for item in read_bytes(data, label, options):
            result = item if isinstance(item, AiwatchError) else process_article(item, options)
            if isinstance(result, AiwatchError):
                errors.append(result)
            else:
                articles.append(result)
        job = Ingest(store)
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
    return {
        "name": label,
        "stored": stored,
        "errors": [{"code": e.code, "message": e.describe()} for e in errors],
    }
