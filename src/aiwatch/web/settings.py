"""What the operator can set when starting the server, and the fixed limits every request obeys."""

from __future__ import annotations

import os
from dataclasses import dataclass

#: Largest page any list returns; a bigger ``limit`` is a 422, not a silent cut.
MAX_PAGE = 100
#: Deepest ``offset``: past it, narrow the query instead (deep pages cost a full scan each).
MAX_OFFSET = 10_000
#: Longest free-text parameter (a query, a name).
MAX_TEXT = 200


class BodyTooLarge(Exception):
    """A request body over ``WebSettings.max_body`` (raised while it streams in, answered 413)."""


@dataclass(frozen=True)
class WebSettings:
    db: str | None = None
    #: Ingest is refused (403) unless the operator sets a token; then it needs that token (401).
    token: str | None = None
    #: Largest request body (an uploaded document), in bytes.
    max_body: int = 10 * 1024 * 1024
    #: A request's database work stops after this many seconds (E303, HTTP 503).
    query_seconds: float = 5.0
    #: Dashboard figures are recomputed at most this often unless the corpus changed.
    cache_seconds: float = 60.0
    #: A connection must send its request line and headers within this many seconds.
    header_seconds: float = 10.0
    #: Requests answered at once per process; more get 503 with ``Retry-After`` (idle sockets do not count).
    max_requests: int = 256
    #: Compute the dashboard and the search page's quick filters in the background at start-up.
    warm: bool = True
    #: Search totals, facets and suggestions kept per query and corpus version (``web.memo``);
    #: 0 computes them for every request.
    search_memo: int = 1024

    @classmethod
    def from_env(cls, **given: object) -> WebSettings:
        """``AIWATCH_DB`` and ``AIWATCH_TOKEN`` fill what the command line did not give."""
        values = {k: v for k, v in given.items() if v is not None}
        values.setdefault("db", os.environ.get("AIWATCH_DB"))
        values.setdefault("token", os.environ.get("AIWATCH_TOKEN") or None)
        # Set by ``aiwatch serve --workers N`` for its worker processes.
        if os.environ.get("AIWATCH_MAX_BODY"):
            values.setdefault("max_body", int(os.environ["AIWATCH_MAX_BODY"]))
        if os.environ.get("AIWATCH_HEADER_SECONDS"):
            values.setdefault("header_seconds", float(os.environ["AIWATCH_HEADER_SECONDS"]))
        if os.environ.get("AIWATCH_QUERY_SECONDS"):
            values.setdefault("query_seconds", float(os.environ["AIWATCH_QUERY_SECONDS"]))
        if os.environ.get("AIWATCH_SEARCH_MEMO"):
            values.setdefault("search_memo", int(os.environ["AIWATCH_SEARCH_MEMO"]))
        return cls(**values)  # type: ignore[arg-type]

    def environment(self) -> dict[str, str]:
        """These settings as the variables ``from_env`` reads (for worker processes)."""
        env = {
            "AIWATCH_MAX_BODY": str(self.max_body),
            "AIWATCH_QUERY_SECONDS": str(self.query_seconds),
            "AIWATCH_HEADER_SECONDS": str(self.header_seconds),
            "AIWATCH_SEARCH_MEMO": str(self.search_memo),
        }
        if self.db:
            env["AIWATCH_DB"] = self.db
        if self.token:
            env["AIWATCH_TOKEN"] = self.token
        return env

    @property
    def read_only(self) -> bool:
        return not self.token
