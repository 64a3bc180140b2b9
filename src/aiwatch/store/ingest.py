"""Ingest: run the pipeline over the inputs and store what it gives, input by input.

* incremental: an input whose bytes hash to what was stored last time is not read again;
* idempotent: an article already stored (same id) is counted ``unchanged``, never stored twice;
* transactional: one transaction per input (per part of ``runner.PART_ARTICLES`` articles for
  archives holding many, committed as the archive is read), and the input is marked done in the
  last of them, so a killed run loses nothing committed and a re-run finishes what was cut short;
* streaming: a million-record JSONL dump is read, analysed and committed part by part, so memory
  stays flat in the number of records (only the ids of the input's articles are kept).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.llm.stats import Stats
from aiwatch.options import Options
from aiwatch.pipeline import Outcome, Pipeline, build_pipeline
from aiwatch.read import Input, expand_inputs
from aiwatch.runner import DEFAULT_BUDGET, Budget, die_with_parent, run
from aiwatch.store import dedup
from aiwatch.store.analysis import record_settings
from aiwatch.store.db import Store, error_line
from aiwatch.store.pending import PendingMerger
from aiwatch.store.prepare import HINT, Prepared, attach, flavour_of, prepare_many
from aiwatch.store.schema import inputs as inputs_table
from aiwatch.store.writer import Lookups, ensure_index, store_batch

Progress = Callable[["IngestCounts", int, "int | None"], None]
PLAN_CHUNK = 500  # inputs looked up in the corpus's record of earlier inputs at a time
BATCH = 200  # articles per transaction when one input (a WARC, a JSONL dump) holds many
CUT_SHORT = frozenset({"E111", "E112"})  # a dead worker, a document over budget: the input ended early


@dataclass
class IngestCounts:
    new: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    revision: int = 0  # an edited input: a new revision superseding the stored article
    errors: list[AiwatchError] = field(default_factory=list)

    def add(self, status: str, amount: int = 1) -> None:
        setattr(self, status, getattr(self, status) + amount)

    def line(self) -> str:
        line = f"{self.new} new, {self.unchanged} unchanged, {self.duplicate} duplicate, {self.failed} failed"
        return line + (f", {self.revision} revision" if self.revision else "")


def input_key(source: Input) -> str:
    """Inputs are remembered by absolute path, so a run from another directory still matches
    (a file on an fsspec file system, by its URL)."""
    return str(source.path.resolve()) if source.path is not None else source.name


def content_hash(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


@dataclass
class InputState:
    """One input while its parts arrive: what marks it done once its last part is stored."""

    name: str
    key: str | None
    digest: str | None
    size: int | None
    article_ids: list[str] = field(default_factory=list)
    errors: int = 0
    cut: bool = False  # its worker died or ran over budget: the rest of the input was never read
    broken: bool = False  # a part could not be stored: the rest is skipped, the input retried next run
    #: The article ids it held when last stored (it changed since): its new articles may revise them.
    previous: list[str] = field(default_factory=list)

    def done_row(self) -> dict | None:
        # stdin cannot be re-read, and an input that failed or was cut short is retried next time:
        # neither is marked.  (A dump with a few malformed records is done: re-reading won't help.)
        if self.key is None or self.cut or (self.errors and not self.article_ids):
            return None
        return {
            "path": self.key,
            "content_hash": self.digest or "",
            "size": self.size,
            "article_ids": self.article_ids,
            "ingested_at": datetime.now(UTC).replace(tzinfo=None),
        }


def sqlite_files(store: Store) -> list[Path]:
    """The corpus's own files (``c.db``, ``c.db-wal``, ``c.db-shm``, ``c.db-journal``): never inputs,
    even when the corpus sits in the directory being ingested."""
    url = store.engine.url
    if not url.drivername.startswith("sqlite") or not url.database or url.database == ":memory:":
        return []
    base = Path(url.database)
    return [base] + [base.with_name(base.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


class Ingest:
    """One ingest run into one store."""

    def __init__(self, store: Store, threshold: float = dedup.DEFAULT_THRESHOLD) -> None:
        self.store = store
        self.threshold = threshold
        self.lookups = Lookups()
        self.counts = IngestCounts()
        self.llm = Stats()  # the LLM stage's counts for the whole run, from the articles
        self.reindexed: int | None = None
        self.notes: list[str] = []  # inputs skipped on purpose (the corpus's own files), for the CLI
        #: Article ids that each changed input held when it was last stored.
        self.previous: dict[str, list[str]] = {}
        self.fingerprint: str | None = None  # of the pipeline that analysed what this run stores
        self.merger: PendingMerger | None = None  # started by the first write inside ``merging``
        # a corpus indexed with an older dictionary is re-indexed before anything is added
        self.reindexed = store.write(ensure_index)

    @contextmanager
    def merging(self) -> Iterator[None]:
        """PostgreSQL: the search index's pending lists merged on a second connection while the
        block writes (``pending.py``), from its first write on (after any worker processes have
        forked: they must not inherit the merger's thread), and emptied when it ends; nothing on SQLite."""
        self.merger = PendingMerger(self.store.engine)
        try:
            yield
        finally:
            self.merger, merger = None, self.merger
            merger.stop()

    def fail(self, error: AiwatchError) -> None:
        self.counts.errors.append(error)
        self.counts.failed += 1

    def use_pipeline(self, pipeline: Pipeline) -> None:
        """Stamp what this run stores with ``pipeline``'s fingerprint, and remember its settings."""
        self.fingerprint = fingerprint = pipeline.fingerprint
        self.store.write(lambda conn: record_settings(conn, fingerprint, pipeline.settings()))

    def store_articles(
        self,
        batch: list[dict],
        done: dict | None = None,
        previous: list[str] | None = None,
        prepared: dict[str, Prepared] | None = None,
    ) -> list[str]:
        """One transaction: the articles, and (``done``) the row marking their input finished.
        ``prepared``: what ``prepare.py`` computed for them elsewhere, by id.

        Run again after a conflict with another writer (another ``aiwatch ingest``, the web's
        ingest): the second attempt sees what the other committed, so nothing is lost or doubled.
        """
        if self.fingerprint is not None:
            batch = [{**data, "analysis_fingerprint": self.fingerprint} for data in batch]

        def write(conn) -> list[str]:
            try:
                statuses = store_batch(conn, batch, self.lookups, self.threshold, previous, prepared)
                if done is not None:
                    conn.execute(delete(inputs_table).where(inputs_table.c.path == done["path"]))
                    conn.execute(inputs_table.insert().values(**done))
            except Exception:
                self.lookups.clear()  # ids created in the rolled-back transaction are gone
                raise
            return statuses

        if self.merger is not None:
            self.merger.start()
        try:
            statuses = self.store.write(write)
        except Exception:
            self.lookups.clear()  # the commit itself failed: same as a rollback
            raise
        if self.merger is not None:
            self.merger.committed()
        for status in statuses:
            self.counts.add(status)
        return statuses

    def store_part(self, part: Outcome, state: InputState) -> None:
        """Store one part of an input; the input's last part also marks it done."""
        for error in part.errors:
            self.fail(error)
        state.errors += len(part.errors)
        state.cut = state.cut or any(error.code in CUT_SHORT for error in part.errors)
        batch, prepared = [], {}
        for article in part.articles:
            self.llm.take(article)
            ready = article.hints.pop(HINT, None)  # computed by the analysis worker
            # not copied: the writer keeps copies of what it stores (fit_to_columns)
            batch.append(article.to_dict(copy=False))
            if ready is not None:
                prepared[batch[-1]["id"]] = ready
        state.article_ids.extend(data["id"] for data in batch)
        if state.broken:
            return
        done = state.done_row() if part.last else None
        if not part.articles and done is None:
            return
        try:
            self.store_articles(batch, done, state.previous, prepared)
        except Exception as exc:
            self.fail(AiwatchError("E301", part.name, detail=error_line(exc)))
            state.broken = True

    def store_outcome(self, outcome: Outcome, key: str | None, digest: str | None, size: int | None) -> None:
        """Store a whole input's articles, part by part (callers holding an Outcome already)."""
        state = InputState(outcome.name, key, digest, size, previous=self.previous.get(key or "", []))
        articles = outcome.articles
        for start in range(0, max(len(articles), 1), BATCH):
            last = start + BATCH >= len(articles)
            part = Outcome(outcome.name, articles[start : start + BATCH], outcome.errors if last else [], last)
            self.store_part(part, state)

    def plan(self, sources: Iterable[Input]) -> Iterator[tuple[Input, str | None, int | None]]:
        """The inputs still to read: new or changed since they were stored, as the run takes them.
        The corpus's record of earlier inputs is looked up ``PLAN_CHUNK`` inputs at a time, never
        loaded whole: memory stays flat however many inputs the corpus and the listing hold."""
        pending = iter(sources)
        while chunk := list(itertools.islice(pending, PLAN_CHUNK)):
            keys = [input_key(source) for source in chunk if source.stored]
            with self.store.connect() as conn:
                rows = conn.execute(select(inputs_table).where(inputs_table.c.path.in_(keys))).all() if keys else []
            known = {row.path: row for row in rows}
            for source in chunk:
                if not source.stored:
                    yield source, None, None
                    continue
                try:
                    # a remote file is told apart by its listing: hashing it would read it here, on the client
                    digest, size = content_hash(source.path) if source.path is not None else source.fingerprint()
                except OSError as exc:
                    self.fail(AiwatchError("E100", source.name, detail=exc.strerror or str(exc)))
                    continue
                row = known.get(input_key(source))
                if row is not None and row.content_hash == digest:
                    self.counts.add("unchanged", len(row.article_ids or []))
                    continue
                if row is not None:
                    # changed since: its new articles may be revisions of these
                    self.previous[input_key(source)] = list(row.article_ids or [])
                yield source, digest, size

    def run(
        self,
        names: Iterable[str],
        pipeline: Pipeline | Options,
        jobs: int = 1,
        on_input: Progress | None = None,
        budget: Budget | None = DEFAULT_BUDGET,
    ) -> IngestCounts:
        """Ingest the named files through ``pipeline`` (or one built from the options);
        ``on_input(counts, done, total)`` is called after each input (``total`` None: the inputs
        are listed as the run goes, their number is known at the end)."""
        if isinstance(pipeline, Options):
            pipeline = build_pipeline(pipeline)
        self.use_pipeline(pipeline)

        def listed() -> Iterator[Input]:
            for item in expand_inputs(list(names), own=sqlite_files(self.store), on_skip=self.skip):
                if isinstance(item, AiwatchError):
                    self.fail(item)
                else:
                    yield item

        planned: deque[InputState] = deque()  # inputs handed to the runner, their parts still to come

        def todo() -> Iterator[Input]:
            for source, digest, size in self.plan(listed()):
                key = _key(source)
                planned.append(InputState(source.name, key, digest, size, previous=self.previous.pop(key or "", [])))
                yield source

        if on_input is not None:
            on_input(self.counts, 0, None)
        state = None
        done = 0
        # the workers also compute the signatures and index text: this process only writes
        flavour = flavour_of(self.store.engine.dialect.name)
        finish = functools.partial(attach, flavour=flavour) if isinstance(jobs, int) else None
        with self.merging():
            for part in run(todo(), pipeline, jobs, budget, finish):
                state = state or planned.popleft()
                self.store_part(part, state)
                if part.last:
                    state = None
                    done += 1
                    if on_input is not None:
                        on_input(self.counts, done, None)
        return self.counts

    def skip(self, name: str, reason: str) -> None:
        self.notes.append(f"{name}: skipped, {reason}")


def _key(source: Input) -> str | None:
    return input_key(source) if source.stored else None


def ingest_articles(
    store: Store,
    items: Iterable[Article | dict],
    threshold: float = dedup.DEFAULT_THRESHOLD,
    prepare_jobs: int = 0,
) -> IngestCounts:
    """Store ready-made articles (tests, benchmarks, other tools), in batches of ``BATCH``.

    ``prepare_jobs`` > 0: that many processes compute each batch's signatures and index text
    (``prepare.py``) while this one stores the batch before it; the same rows are stored.
    """
    job = Ingest(store, threshold)
    batches = _batches(items)
    if prepare_jobs <= 0:
        with job.merging():
            for batch in batches:
                job.store_articles(batch)
        return job.counts
    flavour = flavour_of(store.engine.dialect.name)
    context = multiprocessing.get_context("fork")  # the segmenter is loaded: the children share it
    pool = ProcessPoolExecutor(prepare_jobs, mp_context=context, initializer=_preparing_process)
    with pool, job.merging():
        ahead: deque[tuple[list[dict], Future]] = deque()
        for batch in batches:
            triples = [(data["id"], data.get("title"), data.get("body")) for data in batch]
            ahead.append((batch, pool.submit(prepare_many, triples, flavour)))
            if len(ahead) > prepare_jobs:
                job.store_articles(*_prepared(ahead.popleft()))
        while ahead:
            job.store_articles(*_prepared(ahead.popleft()))
    return job.counts


def _preparing_process() -> None:
    """A preparing process ends with its writer (even a killed one), and leaves Ctrl-C to it."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _batches(items: Iterable[Article | dict]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in items:
        if not isinstance(item, Article) and "id" not in item:
            item = Article.from_dict(item)
        batch.append(item.to_dict() if isinstance(item, Article) else item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _prepared(pending: tuple[list[dict], Future]) -> tuple[list[dict], None, None, dict[str, Prepared] | None]:
    """A batch and its preparation; a preparing process that died or failed leaves the work to
    the writer (``store_batch`` computes whatever is not prepared), never the batch unstored."""
    batch, future = pending
    try:
        prepared = future.result()
    except Exception:  # BrokenProcessPool, or an error inside prepare: the writer does it itself
        prepared = None
    return batch, None, None, prepared
