"""Open a corpus (SQLite file or PostgreSQL URL), bring its schema up to date, hand out connections.

``open_store()`` with no URL opens ``$AIWATCH_DB``, else the ``db`` of ``aiwatch.toml``, else
``aiwatch.db``.  Two ways in:

* for writing (``ingest``, the web's ingest): the corpus is created if needed and migrated with the
  Alembic revisions shipped in the package, so a corpus built by one version opens in the next;
* for reading (``search``, ``report``, ``export``, a server without a token): the corpus must exist
  (a mistyped ``--db`` is refused, not created empty), and it is opened read-only — SQLite through
  a ``mode=ro`` URI with no write pragmas, PostgreSQL in read-only transactions — so a corpus on a
  read-only disk can still be searched.  A corpus of an older revision is upgraded once first.

A corpus written by a *newer* aiwatch (a revision this one does not know) is refused by both, in one
line: migrating it down or reading it with the wrong schema could only do harm.

Writers serialise their transactions (``Store.transaction``): SQLite's ``BEGIN IMMEDIATE`` and a
PostgreSQL advisory lock, so two ``aiwatch ingest`` on one corpus take turns at the near-duplicate
check and never both insert the same article.
"""

from __future__ import annotations

import logging
import random
import re
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select, text, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import QueuePool

from aiwatch.errors import AiwatchError
from aiwatch.store import dedup
from aiwatch.store.schema import corpus_version, store_settings

DEFAULT_DB = "aiwatch.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The PostgreSQL advisory lock every corpus writer holds for its transaction (any 64-bit number
#: that no other application on the server uses: "aiwatch" in ASCII).
WRITE_LOCK = 0x61_69_77_61_74_63_68
log = logging.getLogger("aiwatch.store")
T = TypeVar("T")


def resolve_url(db: str | None = None) -> str:
    """A URL for SQLAlchemy: a plain path means a SQLite file; postgresql:// uses psycopg 3."""
    from aiwatch.config import corpus_db

    db = corpus_db(db) or DEFAULT_DB  # --db, $AIWATCH_DB, the db of aiwatch.toml, aiwatch.db
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def display_url(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.partition("://")
    if "@" in tail:
        creds, _, host = tail.rpartition("@")
        user = creds.split(":", 1)[0]
        return f"{head}{sep}{user}:***@{host}"
    return url


def corpus_name(url: str) -> str:
    """How messages name the corpus: the file for SQLite, the URL without password otherwise."""
    if url.startswith("sqlite:///"):
        return url.split(":///", 1)[1]
    return display_url(url).replace("postgresql+psycopg://", "postgresql://")


def error_line(exc: BaseException) -> str:
    """A database error in one line: the driver's first line, never SQLAlchemy's SQL and parameters.

    ``(sqlite3.IntegrityError) UNIQUE constraint failed: keywords.word [SQL: INSERT …] [parameters:
    …]`` becomes ``UNIQUE constraint failed: keywords.word``; the whole error goes to the debug log.
    """
    log.debug("database error", exc_info=exc)
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return (lines[0] if lines else type(cause).__name__)[:300]


# -- retries ------------------------------------------------------------------------------------

#: PostgreSQL states worth a retry: serialization failure, deadlock, unique violation (a racing
#: writer of an older aiwatch inserted the same keyword first), lock not available.
_RETRY_STATES = {"40001", "40P01", "23505", "55P03"}


def is_transient(exc: BaseException) -> bool:
    """A conflict with another writer that a second attempt can get past."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    if isinstance(orig, sqlite3.OperationalError):
        message = str(orig)
        return "database is locked" in message or "database is busy" in message
    if isinstance(orig, sqlite3.IntegrityError):
        return "UNIQUE constraint failed" in str(orig)
    return getattr(orig, "sqlstate", None) in _RETRY_STATES


def with_retries(work: Callable[[], T], attempts: int = 8, first_wait: float = 0.05) -> T:
    """``work()`` again after a transient conflict, waiting 0.05, 0.1, 0.2 … s (with jitter)."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except DBAPIError as exc:
            if attempt == attempts or not is_transient(exc):
                raise
            wait = first_wait * 2 ** (attempt - 1) * (0.5 + random.random())
            log.info("write conflict (%s), attempt %d in %.2f s", error_line(exc), attempt + 1, wait)
            time.sleep(wait)
    raise AssertionError("unreachable")


# -- migrations -----------------------------------------------------------------------------------


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return _script().get_current_head() or ""


def known_revisions() -> set[str]:
    return {script.revision for script in _script().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def refuse_newer(name: str, revision: str | None) -> None:
    """A corpus of a revision this aiwatch does not know was made by a newer one: say so, in one line."""
    if revision is not None and revision not in known_revisions():
        raise AiwatchError("E305", name, revision=revision)


def migrate(engine: Engine, revision: str = "head", name: str = "") -> None:
    """Upgrade to ``revision`` under the write lock, so two processes creating one corpus take turns."""
    with engine.connect() as connection:
        connection = connection.execution_options(aiwatch_write=True)
        with connection.begin():
            _lock_for_writing(connection)
            current = current_revision(connection)
            refuse_newer(name or corpus_name(str(engine.url)), current)
            if revision == "head" and current == head_revision():
                return
            command.upgrade(alembic_config(connection), revision)


# -- connections ----------------------------------------------------------------------------------


#: The page cache of a connection that may write, in KiB (``_sqlite_pragmas``).
WRITER_CACHE_KB = 65_536


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL + synchronous=NORMAL: a commit survives a killed process, and commits stay cheap.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # 64 MB of page cache, not SQLite's 2 MB: at 100,000 articles the writer's inserts into the
    # LSH bucket index (32 rows per article, each at a random place of a 3,200,000-row b-tree)
    # read their pages back from the operating system one by one (0.21 -> 0.11 ms per article).
    # Allocated only as pages are read, so a small corpus's connection stays small.
    cursor.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KB}")
    cursor.close()
    # Transactions are begun by us (``_sqlite_begin``), not by the driver, so that a writer can
    # ask for BEGIN IMMEDIATE.
    dbapi_connection.isolation_level = None


def _sqlite_read_pragmas(dbapi_connection, _record) -> None:
    # Nothing that writes (journal_mode would); query_only makes a stray write fail, not succeed.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()
    dbapi_connection.isolation_level = None


def _sqlite_begin(conn: Connection) -> None:
    """BEGIN IMMEDIATE for writers: the write lock is taken (waiting up to busy_timeout) before the
    first read, so a writer never reads a snapshot that another writer's commit has made stale —
    the case where SQLite answers "database is locked" at once instead of waiting."""
    immediate = conn.get_execution_options().get("aiwatch_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _lock_for_writing(conn: Connection) -> None:
    """One writer at a time on PostgreSQL, for this transaction (SQLite: BEGIN IMMEDIATE did it)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})


def _count_change(conn: Connection) -> None:
    """Raise the corpus version, in the writer's transaction: committed with its writes (readers
    see both or neither), undone with them.  Writers hold the write lock, so the row is never
    contended; a corpus whose row is missing (a schema made without the migrations) gets one."""
    raised = update(corpus_version).where(corpus_version.c.id == 1).values(version=corpus_version.c.version + 1)
    if conn.execute(raised).rowcount == 0:
        conn.execute(insert(corpus_version).values(id=1, version=1))


def read_version(conn: Connection) -> int:
    """The corpus version (``Store.version``) on an open connection."""
    return int(conn.execute(select(corpus_version.c.version).where(corpus_version.c.id == 1)).scalar() or 0)


def _postgresql_read_only(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cursor.close()
    dbapi_connection.commit()


class Store:
    """One corpus database.  ``transaction()`` is the unit of work: all of it or none of it."""

    def __init__(self, engine: Engine, read_only: bool = False) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.read_only = read_only
        #: Whether the schema has the version row (revision 0011 on): a store opened at an older
        #: revision (``migrate_to``) has not; looked up on first use.
        self.versioned: bool | None = None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction, holding the corpus's write lock until it commits or rolls back."""
        if self.read_only:
            raise AiwatchError("E300", corpus_name(str(self.engine.url)), detail="opened read-only")
        with self.engine.connect() as connection:
            connection = connection.execution_options(aiwatch_write=True)
            with connection.begin():
                _lock_for_writing(connection)
                if self._has_version(connection):
                    _count_change(connection)
                yield connection

    def write(self, work: Callable[[Connection], T]) -> T:
        """``work(conn)`` in a write transaction, run again after a conflict with another writer."""

        def attempt() -> T:
            with self.transaction() as conn:
                return work(conn)

        return with_retries(attempt)

    def version(self) -> int:
        """The corpus version: raised by every write transaction, so a different number means the
        corpus changed (one row read; 0 for a corpus nobody has written to since revision 0011)."""
        with self.connect() as conn:
            return read_version(conn) if self._has_version(conn) else 0

    def _has_version(self, conn: Connection) -> bool:
        if self.versioned is None:
            self.versioned = inspect(conn).has_table(corpus_version.name)
        return self.versioned

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_settings(self) -> None:
        """Record the MinHash parameters on first use; refuse a corpus built with others."""
        wanted = dedup.settings()

        def record(conn: Connection) -> dict[str, str]:
            stored = dict(conn.execute(select(store_settings.c.key, store_settings.c.value)).all())
            missing = {k: v for k, v in wanted.items() if k not in stored}
            if missing and not self.read_only:
                conn.execute(store_settings.insert(), [{"key": k, "value": v} for k, v in missing.items()])
            return stored

        if self.read_only:
            with self.connect() as conn:
                stored = record(conn)
        else:
            stored = self.write(record)
        changed = [k for k, v in wanted.items() if k in stored and stored[k] != v]
        if changed:
            raise AiwatchError("E300", corpus_name(str(self.engine.url)), detail=f"built with other {changed}")


def _sqlite_path(url: str) -> str | None:
    path = url.split(":///", 1)[-1] if url.startswith("sqlite:///") else None
    return path if path and path != ":memory:" and not path.startswith("file:") else None


def make_engine(url: str) -> Engine:
    """An engine for writing: the SQLite file (and its directory) is created if missing."""
    path = _sqlite_path(url)
    if url.startswith("sqlite"):
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _read_only_sqlite(path: Path) -> Callable[[], sqlite3.Connection]:
    """Connections to the file in ``mode=ro``; ``immutable=1`` when even that cannot work.

    A WAL corpus copied to a read-only directory has no ``-shm`` file, and ``mode=ro`` needs to
    create one ("attempt to write a readonly database"); nobody can be writing to that copy, so it
    is read as immutable (no locks, no shared memory).
    """
    uri = "file:" + quote(str(path.resolve()), safe="/")

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            if "readonly" not in str(exc) and "unable to open" not in str(exc):
                raise
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)

    return connect


def make_read_engine(url: str) -> Engine:
    """An engine that cannot change the corpus."""
    path = _sqlite_path(url)
    if url.startswith("sqlite"):
        if path is None:
            engine = create_engine(url)
        else:
            # QueuePool named: for a creator on "sqlite://" SQLAlchemy would pick the in-memory pool
            engine = create_engine("sqlite://", creator=_read_only_sqlite(Path(path)), poolclass=QueuePool)
        event.listen(engine, "connect", _sqlite_read_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "connect", _postgresql_read_only)
    return engine


def _check_exists(url: str) -> None:
    """A read command never creates a corpus: a mistyped ``--db`` is an error, not an empty answer."""
    path = _sqlite_path(url)
    if path is None:
        return
    try:
        mode = Path(path).stat().st_mode
    except FileNotFoundError:
        raise AiwatchError("E304", path, detail="no such file; `aiwatch ingest PATH --db FILE` creates one") from None
    except OSError as exc:
        raise AiwatchError("E300", path, detail=exc.strerror or str(exc)) from None
    if stat.S_ISDIR(mode):
        raise AiwatchError("E304", path, detail="a directory, not a corpus file")


def _schema_revision(engine: Engine, name: str) -> str | None:
    with engine.connect() as conn:
        revision = current_revision(conn)
    refuse_newer(name, revision)
    return revision


def _open_for_reading(url: str, name: str) -> Store:
    _check_exists(url)
    engine = make_read_engine(url)
    revision = _schema_revision(engine, name)
    if revision is None:
        engine.dispose()
        raise AiwatchError("E304", name, detail="not an aiwatch corpus (no schema); `aiwatch ingest` creates one")
    if revision != head_revision():
        # An older corpus is upgraded once (a write), then read as before.
        engine.dispose()
        try:
            writer = make_engine(url)
            migrate(writer, name=name)
            writer.dispose()
        except AiwatchError:
            raise
        except (SQLAlchemyError, CommandError) as exc:
            raise AiwatchError("E306", name, revision=revision, detail=error_line(exc)) from None
        engine = make_read_engine(url)
    store = Store(engine, read_only=True)
    store.check_settings()
    return store


def _open_for_writing(url: str, name: str, migrate_to: str) -> Store:
    engine = make_engine(url)
    migrate(engine, migrate_to, name)
    store = Store(engine)
    if migrate_to == "head":
        store.check_settings()
    return store


_MISSING_DATABASE = re.compile(r'database "[^"]*" does not exist')


def open_store(db: str | None = None, migrate_to: str = "head", *, read_only: bool = False) -> Store:
    """Open the corpus; errors are one line naming the database.

    ``read_only``: for the commands that only read: the corpus must exist and is never written
    (except the one-time upgrade of an older schema).  Otherwise it is created if needed and
    migrated to ``migrate_to``.
    """
    url = resolve_url(db)
    name = corpus_name(url)
    try:
        if read_only:
            return _open_for_reading(url, name)
        return _open_for_writing(url, name, migrate_to)
    except SQLAlchemyError as exc:
        line = error_line(exc)
        if _MISSING_DATABASE.search(line):
            raise AiwatchError("E304", name, detail=line) from None
        raise AiwatchError("E300", name, detail=line) from None
    except CommandError as exc:
        raise AiwatchError("E300", name, detail=str(exc).splitlines()[0]) from None
    except ModuleNotFoundError as exc:
        raise AiwatchError("E300", name, detail=f"missing driver {exc.name}") from None
