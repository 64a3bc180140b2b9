"""PostgreSQL: the search index's GIN pending lists merged on a second connection while an ingest writes.

A GIN index with ``fastupdate`` takes a new row's lexemes into a pending list (cheap: 0.05 ms per
article for the ~700 bigrams of one) and merges that list into the index proper when it outgrows
``gin_pending_list_limit``; the merge is nearly all the index's cost (one entry-tree insertion per
distinct lexeme, ~1 ms per article in the bench corpus), and it ran inside the writer's statements,
on the writer's core.  ``PendingMerger`` runs ``gin_clean_pending_list`` on the search tables'
GIN indexes in a thread with a connection of its own, in a loop while the ingest writes, so the
server does that merge in a second backend, on the other core, while the writer's backend goes on.

Nothing a reader sees changes: a search reads the pending list and the index proper alike (a
lexeme is found in either), the merge moves index entries and never changes which rows are
visible, and the writer's transactions stay whole.  When it stops (the end of the ingest) the
merger empties the pending lists, so searches after an ingest do not scan a long pending list.
The writer still merges itself when the list outgrows its limit and the merger is between two
passes, as it always did; a merger that cannot run (an older server, a role that does not own the
indexes) just stops, and the ingest goes on as before.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine, text

log = logging.getLogger("aiwatch.store")

#: The tables whose GIN indexes are merged: the word and bigram tsvectors, the common-word pairs.
TABLES = ("article_search", "article_pairs")
#: How long the merger waits for a commit when the lists were empty, before looking again (seconds).
IDLE = 1.0

_INDEXES = text(
    "SELECT CAST(i.indexrelid AS bigint) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
    "JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin' "
    "AND i.indrelid IN (SELECT to_regclass(t) FROM unnest(CAST(:tables AS text[])) AS t) ORDER BY c.relname"
)
_MERGE = text("SELECT gin_clean_pending_list(CAST(CAST(:index AS oid) AS regclass))")


class PendingMerger:
    """``start()`` / ``stop()`` around an ingest into a PostgreSQL corpus; a no-op on SQLite."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.pages = 0  # pending-list pages merged, for tests and benchmarks
        self.error: str | None = None  # why the merger stopped early, if it did
        self._stop = threading.Event()
        self._committed = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> PendingMerger:
        if self.engine.dialect.name == "postgresql" and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="aiwatch-gin-merge", daemon=True)
            self._thread.start()
        return self

    def committed(self) -> None:
        """The writer committed rows: their index entries are in the pending lists now."""
        self._committed.set()

    def stop(self) -> None:
        """End the loop after a last pass that empties the pending lists."""
        if self._thread is None:
            return
        self._stop.set()
        self._committed.set()
        self._thread.join()
        self._thread = None

    def _run(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                indexes = list(conn.execute(_INDEXES, {"tables": list(TABLES)}).scalars())
                while True:
                    stopping = self._stop.is_set()  # read first: the pass after it covers every commit
                    self._committed.clear()
                    merged = sum(int(conn.execute(_MERGE, {"index": index}).scalar() or 0) for index in indexes)
                    self.pages += merged
                    if stopping:
                        return
                    if not merged and not self._stop.is_set():
                        self._committed.wait(IDLE)  # a commit since the pass began: the next pass at once
        except Exception as exc:  # the writer merges itself, as without the merger
            self.error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            log.info("GIN pending-list merger stopped: %s", self.error)
