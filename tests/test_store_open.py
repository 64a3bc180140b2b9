"""Opening a corpus: read commands never create or write it, newer schemas and database errors are one line.

Every case runs the real command (``python -m aiwatch``) in a subprocess against a real SQLite file or
a PostgreSQL schema, and checks standard error line by line: no traceback, no SQL, the reason named.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import store_helpers
from aiwatch.errors import AiwatchError
from aiwatch.store import open_store
from aiwatch.store.db import current_revision, head_revision
from aiwatch.store.ingest import ingest_articles
from aiwatch.store.search import search
from conftest import ROOT
from test_store import SENSETIME

db_url = store_helpers.db_url


def aiwatch(*args: str, user: int | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "aiwatch", *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The command failed with exactly one line on standard error, and it is not a traceback."""
    assert result.returncode != 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "[SQL" not in result.stderr
    return lines[0]


def build_corpus(url: str) -> None:
    with open_store(url) as store:
        assert ingest_articles(store, [SENSETIME]).new == 1


@pytest.mark.parametrize(
    "command",
    [
        ["search", "商汤"],
        ["report"],
        ["export", "--format", "jsonl"],
        ["serve", "--port", "1"],  # refused before it would ever bind
    ],
)
def test_read_commands_refuse_a_missing_corpus(tmp_path: Path, command: list[str]) -> None:
    """A mistyped --db (corpus.db → copus.db) is an error naming the file, and no empty file appears."""
    mistyped = tmp_path / "copus.db"
    line = one_error_line(aiwatch(*command, "--db", str(mistyped)))
    assert line.startswith("E304 ") and str(mistyped) in line and "no such file" in line
    assert list(tmp_path.iterdir()) == []


def test_read_commands_refuse_a_postgresql_database_that_does_not_exist() -> None:
    base = store_helpers.pg_base_url()
    missing = base.rsplit("/", 1)[0] + "/aiwatch_no_such_corpus"
    line = one_error_line(aiwatch("search", "商汤", "--db", missing))
    assert line.startswith("E304 ") and "aiwatch_no_such_corpus" in line and "aiwatch@" not in line


def test_read_commands_refuse_an_empty_database(db_url: str) -> None:
    """A PostgreSQL database (or SQLite file) without our tables is not a corpus to search."""
    if db_url.endswith(".db"):
        Path(db_url).write_bytes(b"")
    line = one_error_line(aiwatch("search", "商汤", "--db", db_url))
    assert line.startswith("E304 ") and "not an aiwatch corpus" in line


def _stamp(url: str, revision: str) -> None:
    with open_store(url) as store, store.transaction() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


@pytest.mark.parametrize("command", [["search", "商汤"], ["report"], ["ingest", "."], ["export"]])
def test_corpus_from_a_newer_aiwatch_is_one_line(db_url: str, command: list[str]) -> None:
    build_corpus(db_url)
    _stamp(db_url, "0099_from_the_future")
    line = one_error_line(aiwatch(*command, "--db", db_url))
    assert line.startswith("E305 ")
    assert line.endswith("made by a newer aiwatch (schema 0099_from_the_future), upgrade aiwatch")
    with pytest.raises(AiwatchError) as caught:
        open_store(db_url, read_only=True)
    assert caught.value.code == "E305"


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A directory that ``nobody`` can reach (pytest's own lives under a 0700 directory)."""
    folder = Path(tempfile.mkdtemp(prefix="aiwatch-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in (folder, *folder.rglob("*")):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def test_search_in_a_read_only_directory(shared_tmp: Path) -> None:
    """A corpus copied to a read-only place (a mounted share, a CD) is searched without writing a byte.

    As root, permissions are not enforced, so the command runs as ``nobody`` there.
    """
    folder = shared_tmp / "readonly"
    folder.mkdir()
    build_corpus(str(folder / "c.db"))
    assert sorted(p.name for p in folder.iterdir()) == ["c.db"]  # WAL checkpointed and removed on close
    before = (folder / "c.db").read_bytes()
    user = None
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot drop to a user the permissions apply to")
        closed = next((p for p in (ROOT, *ROOT.parents) if not p.stat().st_mode & 0o001), None)
        if closed is not None:  # e.g. a clone inside mktemp -d's 0700 folder
            pytest.skip(f"{closed} is not searchable by others: nobody could not run this checkout's aiwatch")
        user = 65534
    (folder / "c.db").chmod(0o444)
    folder.chmod(0o555)
    try:
        found = aiwatch("search", "日日新", "--db", str(folder / "c.db"), "--format", "jsonl", user=user)
        report = aiwatch("report", "--db", str(folder / "c.db"), "--format", "json", user=user)
    finally:
        folder.chmod(0o755)
    assert found.returncode == 0, found.stderr
    assert SENSETIME.id in found.stdout
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["totals"]["originals"] == 1
    assert sorted(p.name for p in folder.iterdir()) == ["c.db"]
    assert (folder / "c.db").read_bytes() == before


def test_read_only_store_cannot_write(db_url: str) -> None:
    build_corpus(db_url)
    reader = open_store(db_url, read_only=True)
    try:
        assert [hit.id for hit in search(reader, "日日新")] == [SENSETIME.id]
        with pytest.raises(AiwatchError), reader.transaction():
            pass
        with reader.connect() as conn, pytest.raises(DBAPIError):
            conn.execute(text("DELETE FROM articles"))
    finally:
        reader.close()
    if db_url.endswith(".db"):
        assert not Path(db_url + "-wal").exists() or Path(db_url + "-wal").stat().st_size == 0


def test_read_only_open_upgrades_an_older_corpus_once(db_url: str) -> None:
    old = open_store(db_url, migrate_to="0001")
    old.close()
    reader = open_store(db_url, read_only=True)
    try:
        with reader.connect() as conn:
            assert current_revision(conn) == head_revision()
        assert reader.read_only
    finally:
        reader.close()


def test_database_errors_are_one_line_without_sql(tmp_path: Path) -> None:
    """A database that refuses a write (here a trigger standing in for a full disk) fails the input in
    one line with the database's reason; the statement and its parameters are not printed."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("---\ntitle: 商汤发布新模型\n---\n\n商汤科技发布了日日新大模型。\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    with open_store(db) as store, store.transaction() as conn:
        conn.execute(
            text("CREATE TRIGGER full_disk BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'disk is full'); END")
        )
    result = aiwatch("ingest", str(docs), "--db", db, "--no-progress", "--no-analyze")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("E")]
    assert errors == [f"E301 {docs / 'a.md'}: cannot store article: disk is full"], result.stderr
    assert "INSERT" not in result.stderr and "Traceback" not in result.stderr

    with open_store(db) as store, store.transaction() as conn:
        conn.execute(text("DROP TABLE figures"))
    line = one_error_line(aiwatch("report", "--db", db))
    assert line == f"E307 {db}: database error: no such table: figures"
