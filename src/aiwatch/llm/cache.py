"""The model's answers, kept by (article id, field, model, prompt version): a re-run asks nothing.

The cache is the corpus itself (table ``llm_cache``, migration 0009) for ``ingest`` and
``reanalyze``, or any SQLite file or database URL given with ``--llm-cache`` (``extract``).  The
answer is stored as the model gave it, before the checks against the text: the checks are
deterministic, so a cached answer gives the same facts, and a better checker applies to old answers.
An answer that failed its schema twice is cached too (marked invalid): at temperature 0 the model
would give it again.  A cache that cannot be read or written costs calls, never the run.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

from sqlalchemy import Column, Engine, Float, MetaData, String, Table, Text, create_engine, inspect, select
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

metadata = MetaData()
llm_cache = Table(
    "llm_cache",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("field", String(32), primary_key=True),
    Column("model", String(200), primary_key=True),
    Column("prompt_version", String(32), primary_key=True),
    Column("answer", Text, nullable=False),
    Column("created", Float, nullable=False),
)

Key = tuple[str, str, str, str]  # article id, field, model, prompt version


def cache_url(where: str) -> str:
    """A database URL as given, or an SQLite URL for a file path."""
    if "://" in where:
        return where
    return f"sqlite:///{Path(where).expanduser().resolve()}"


class AnswerCache:
    def __init__(self, where: str) -> None:
        self.url = cache_url(where)
        self._engine: Engine | None = None
        self._pid = 0
        self._lock = threading.Lock()
        self.broken: str | None = None

    def _connect(self) -> Engine | None:
        """This process's engine (a forked worker makes its own), with the table ready."""
        with self._lock:
            if self.broken:
                return None
            if self._engine is not None and self._pid == os.getpid():
                return self._engine
            try:
                self._engine = self._open()
                self._pid = os.getpid()
            except (SQLAlchemyError, OSError) as error:
                self._fail(f"cannot open {self.url.split('@')[-1]}: {type(error).__name__}: {error}")
                return None
            return self._engine

    def _open(self) -> Engine:
        if self.url.startswith("sqlite:///"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(self.url, connect_args={"timeout": 30})
        else:
            engine = create_engine(self.url, pool_pre_ping=True)
        tables = set(inspect(engine).get_table_names())
        if "llm_cache" not in tables:
            if "alembic_version" in tables:  # a corpus: its schema is the migrations' business
                raise OSError("the corpus has no llm_cache table (upgrade it: any aiwatch ingest does)")
            metadata.create_all(engine)
        return engine

    def _fail(self, reason: str) -> None:
        if not self.broken:
            log.warning("llm cache off: %s", reason)
        self.broken = reason

    def get(self, key: Key) -> str | None:
        engine = self._connect()
        if engine is None:
            return None
        article_id, field, model, version = key
        query = select(llm_cache.c.answer).where(
            llm_cache.c.article_id == article_id,
            llm_cache.c.field == field,
            llm_cache.c.model == model,
            llm_cache.c.prompt_version == version,
        )
        try:
            with engine.connect() as conn:
                return conn.execute(query).scalar()
        except SQLAlchemyError as error:
            log.warning("llm cache read failed (%s); asking the model", type(error).__name__)
            return None

    def put(self, key: Key, answer: str) -> None:
        engine = self._connect()
        if engine is None:
            return
        row = dict(zip(("article_id", "field", "model", "prompt_version"), key, strict=True))
        row.update(answer=answer, created=time.time())
        if engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        statement = insert(llm_cache).values(**row).on_conflict_do_nothing()
        for attempt in range(3):
            try:
                with engine.begin() as conn:
                    conn.execute(statement)
                return
            except SQLAlchemyError as error:
                if attempt == 2:
                    log.warning("llm cache write failed (%s); the next run asks again", type(error).__name__)
                time.sleep(0.2 * (attempt + 1))

    def count(self) -> int:
        engine = self._connect()
        if engine is None:
            return 0
        with engine.connect() as conn:
            return len(conn.execute(select(llm_cache.c.article_id)).all())

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
