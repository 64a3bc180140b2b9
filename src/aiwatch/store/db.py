"""Open a corpus (SQLite file or PostgreSQL URL), bring its schema up to date, hand out connections.

``open_store()`` with no URL opens ``$AIWATCH_DB`` or ``aiwatch.db``.  Every open runs the Alembic
migrations shipped in the package, so a corpus built by one version opens in the next.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import SQLAlchemyError

from aiwatch.errors import AiwatchError
from aiwatch.store import dedup
from aiwatch.store.schema import store_settings

DEFAULT_DB = "aiwatch.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | None = None) -> str:
    """A URL for SQLAlchemy: a plain path means a SQLite file; postgresql:// uses psycopg 3."""
    db = db or os.environ.get("AIWATCH_DB") or DEFAULT_DB
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


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL + synchronous=NORMAL: a commit survives a killed process, and commits stay cheap.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head() or ""


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        if revision == "head" and current_revision(connection) == head_revision():
            return
        command.upgrade(alembic_config(connection), revision)


class Store:
    """One corpus database.  ``transaction()`` is the unit of work: all of it or none of it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

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
        with self.transaction() as conn:
            stored = dict(conn.execute(select(store_settings.c.key, store_settings.c.value)).all())
            missing = {k: v for k, v in wanted.items() if k not in stored}
            if missing:
                conn.execute(store_settings.insert(), [{"key": k, "value": v} for k, v in missing.items()])
            changed = [k for k, v in wanted.items() if k in stored and stored[k] != v]
        if changed:
            raise AiwatchError("E300", display_url(str(self.engine.url)), detail=f"built with other {changed}")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_store(db: str | None = None, migrate_to: str = "head") -> Store:
    """Open (creating if needed) and migrate the corpus; errors name the database."""
    url = resolve_url(db)
    try:
        engine = make_engine(url)
        migrate(engine, migrate_to)
    except SQLAlchemyError as exc:
        raise AiwatchError("E300", display_url(url), detail=str(exc.orig or exc).strip().splitlines()[0]) from None
    except ModuleNotFoundError as exc:
        raise AiwatchError("E300", display_url(url), detail=f"missing driver {exc.name}") from None
    store = Store(engine)
    if migrate_to == "head":
        store.check_settings()
    return store
