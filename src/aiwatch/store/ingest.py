"""Ingest: run the pipeline over the inputs and store what it gives, input by input.

* incremental: an input whose bytes hash to what was stored last time is not read again;
* idempotent: an article already stored (same id) is counted ``unchanged``, never stored twice;
* transactional: one transaction per input (per batch of articles for archives holding many),
  and the input is marked done in the last of them, so a killed run loses nothing committed and a
  re-run finishes what was cut short.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.pipeline import STAGES, Outcome, run
from aiwatch.read import Input, expand_inputs
from aiwatch.store import dedup
from aiwatch.store.db import Store, error_line
from aiwatch.store.schema import inputs as inputs_table
from aiwatch.store.writer import Lookups, ensure_index, store_batch

Progress = Callable[["IngestCounts", int, int], None]
BATCH = 200  # articles per transaction when one input (a WARC, a JSONL dump) holds many


@dataclass
class IngestCounts:
    new: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    errors: list[AiwatchError] = field(default_factory=list)

    def add(self, status: str, amount: int = 1) -> None:
        setattr(self, status, getattr(self, status) + amount)

    def line(self) -> str:
        return f"{self.new} new, {self.unchanged} unchanged, {self.duplicate} duplicate, {self.failed} failed"


def missing_stages() -> frozenset[str]:
    """Stages whose module is not installed (yet): ingest runs without them instead of failing."""
    missing = set()
    for name, target in STAGES:
        module = target.partition(":")[0]
        try:
            found = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            missing.add(name)
    return frozenset(missing)


def input_key(source: Input) -> str:
    """Inputs are remembered by absolute path, so a run from another directory still matches."""
    return str(source.path.resolve()) if source.path is not None else source.name


def content_hash(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _chunks(items: list[Article], size: int) -> Iterator[list[Article]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Ingest:
    """One ingest run into one store."""

    def __init__(self, store: Store, threshold: float = dedup.DEFAULT_THRESHOLD) -> None:
        self.store = store
        self.threshold = threshold
        self.lookups = Lookups()
        self.counts = IngestCounts()
        self.reindexed: int | None = None
        # a corpus indexed with an older dictionary is re-indexed before anything is added
        self.reindexed = store.write(ensure_index)

    def fail(self, error: AiwatchError) -> None:
        self.counts.errors.append(error)
        self.counts.failed += 1

    def store_articles(self, batch: list[dict], done: dict | None = None) -> list[str]:
        """One transaction: the articles, and (``done``) the row marking their input finished.

        Run again after a conflict with another writer (another ``aiwatch ingest``, the web's
        ingest): the second attempt sees what the other committed, so nothing is lost or doubled.
        """

        def write(conn) -> list[str]:
            try:
                statuses = store_batch(conn, batch, self.lookups, self.threshold)
                if done is not None:
                    conn.execute(delete(inputs_table).where(inputs_table.c.path == done["path"]))
                    conn.execute(inputs_table.insert().values(**done))
            except Exception:
                self.lookups.clear()  # ids created in the rolled-back transaction are gone
                raise
            return statuses

        try:
            statuses = self.store.write(write)
        except Exception:
            self.lookups.clear()  # the commit itself failed: same as a rollback
            raise
        for status in statuses:
            self.counts.add(status)
        return statuses

    def store_outcome(self, outcome: Outcome, key: str | None, digest: str | None, size: int | None) -> None:
        """Store an input's articles; the last transaction also marks the input done."""
        for error in outcome.errors:
            self.fail(error)
        # stdin cannot be re-read, and an input that failed is retried next time: neither is marked.
        finished = key is not None and not (outcome.errors and not outcome.articles)
        done = {
            "path": key,
            "content_hash": digest or "",
            "size": size,
            "article_ids": [a.id for a in outcome.articles],
            "ingested_at": datetime.now(UTC).replace(tzinfo=None),
        }
        chunks = list(_chunks(outcome.articles, BATCH)) or [[]]
        for number, chunk in enumerate(chunks, 1):
            last = number == len(chunks)
            try:
                self.store_articles([a.to_dict() for a in chunk], done if last and finished else None)
            except Exception as exc:
                self.fail(AiwatchError("E301", outcome.name, detail=error_line(exc)))
                return

    def plan(self, sources: list[Input]) -> list[tuple[Input, str | None, int | None]]:
        """The inputs still to read: new or changed since they were stored."""
        with self.store.connect() as conn:
            known = {row.path: row for row in conn.execute(select(inputs_table)).all()}
        todo = []
        for source in sources:
            if source.path is None:
                todo.append((source, None, None))
                continue
            try:
                digest, size = content_hash(source.path)
            except OSError as exc:
                self.fail(AiwatchError("E100", source.name, detail=exc.strerror or str(exc)))
                continue
            row = known.get(input_key(source))
            if row is not None and row.content_hash == digest:
                self.counts.add("unchanged", len(row.article_ids or []))
                continue
            todo.append((source, digest, size))
        return todo

    def run(
        self, names: Iterable[str], options: Options, jobs: int = 1, on_input: Progress | None = None
    ) -> IngestCounts:
        """Ingest the named files; ``on_input(counts, done, total)`` is called after each input."""
        sources = []
        for item in expand_inputs(list(names)):
            if isinstance(item, AiwatchError):
                self.fail(item)
            else:
                sources.append(item)
        todo = self.plan(sources)
        if on_input is not None:
            on_input(self.counts, 0, len(todo))
        outcomes = run([source for source, _, _ in todo], options, jobs)
        for done, ((source, digest, size), outcome) in enumerate(zip(todo, outcomes, strict=True), 1):
            key = input_key(source) if source.path is not None else None
            self.store_outcome(outcome, key, digest, size)
            if on_input is not None:
                on_input(self.counts, done, len(todo))
        return self.counts


def ingest_articles(
    store: Store, items: Iterable[Article | dict], threshold: float = dedup.DEFAULT_THRESHOLD
) -> IngestCounts:
    """Store ready-made articles (tests, benchmarks, other tools), in batches of ``BATCH``."""
    job = Ingest(store, threshold)
    batch: list[dict] = []
    for item in items:
        if not isinstance(item, Article) and "id" not in item:
            item = Article.from_dict(item)
        batch.append(item.to_dict() if isinstance(item, Article) else item)
        if len(batch) >= BATCH:
            job.store_articles(batch)
            batch = []
    if batch:
        job.store_articles(batch)
    return job.counts
