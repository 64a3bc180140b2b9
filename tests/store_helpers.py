"""Corpus fixtures shared by the store and report tests: a database per test, on both backends.

PostgreSQL runs against the real server named by ``AIWATCH_TEST_PG`` (``.ci/run`` installs and
starts one).  Each test gets its own schema, dropped afterwards, so tests never see each other's
rows.  Without ``AIWATCH_TEST_PG`` the PostgreSQL cases skip locally but fail in CI.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from aiwatch.article import Article

BACKENDS = ["sqlite", "postgresql"]


def pg_base_url() -> str:
    url = os.environ.get("AIWATCH_TEST_PG")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("AIWATCH_TEST_PG is not set in CI: .ci/run must start PostgreSQL and export it")
        pytest.skip("AIWATCH_TEST_PG not set (a postgresql:// URL of a test database)")
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A fresh, empty corpus URL: a SQLite file, or a private schema on the PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    import psycopg

    base = pg_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(db_url: str):
    from aiwatch.store import open_store

    opened = open_store(db_url)
    yield opened
    opened.close()


def make_article(title: str, body: str, **fields: Any) -> Article:
    """A hand-made analysed article; analysis fields default to "analysed, nothing found"."""
    defaults: dict[str, Any] = {
        "path": f"{title}.txt",
        "format": "text",
        "keywords": [],
        "technologies": [],
        "industries": [],
        "entities": [],
        "events": [],
        "figures": [],
    }
    defaults.update(fields)
    return Article(title=title, body=body, **defaults)


def org(name: str, count: int = 1, aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"name": name, "type": "ORG", "aliases": list(aliases), "count": count, "mentions": []}


def person(name: str, count: int = 1) -> dict[str, Any]:
    return {"name": name, "type": "PER", "aliases": [], "count": count, "mentions": []}


def place(name: str, count: int = 1) -> dict[str, Any]:
    return {"name": name, "type": "LOC", "aliases": [], "count": count, "mentions": []}


def tech(name: str, en: str, count: int = 1) -> dict[str, Any]:
    return {"name": name, "en": en, "count": count}
