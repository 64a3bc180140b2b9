"""Concurrent writers: two or three ``aiwatch ingest`` processes (and the web's ingest) on one corpus.

They used to fail each other's inputs with UNIQUE errors on entities, keywords and industries, and
an original and its near-copy stored at the same moment both came out as originals.  Each test
starts real processes on a real SQLite file or PostgreSQL schema and checks the counts exactly.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import func, select, text

import store_helpers
from aiwatch.store import open_store
from aiwatch.store.schema import article_signatures, articles, entities, inputs, keywords, lsh_buckets

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from reliability_store import ingest_command, overlapping_groups, write_news_corpus

db_url = store_helpers.db_url


def totals(url: str) -> dict[str, int]:
    with open_store(url) as store, store.connect() as conn:
        fts = "article_search" if store.dialect == "postgresql" else "articles_fts"

        def count(table) -> int:
            return conn.execute(select(func.count()).select_from(table)).scalar()

        return {
            "articles": count(articles),
            "distinct ids": conn.execute(select(func.count(articles.c.id.distinct()))).scalar(),
            "originals": count(select(articles.c.pk).where(articles.c.duplicate_of.is_(None)).subquery()),
            "signatures": count(article_signatures),
            "bands": count(lsh_buckets) // 32,
            "indexed": conn.execute(text(f"SELECT count(*) FROM {fts}")).scalar(),
            "inputs": count(inputs),
            "entities": count(entities),
            "keywords": count(keywords),
        }


def summary_counts(stderr: str) -> dict[str, int]:
    """``ingest: 30 new, 5 unchanged, 2 duplicate, 0 failed in 3.1 s`` → the numbers by name."""
    line = [row for row in stderr.splitlines() if row.startswith("ingest: ")][-1]
    numbers = line.removeprefix("ingest: ").split(" in ")[0]
    return {name: int(value) for value, name in (part.strip().split(" ", 1) for part in numbers.split(","))}


def start_together(groups: list[list[Path]], url: str) -> list[subprocess.CompletedProcess[str]]:
    processes = [subprocess.Popen(ingest_command(g, url), stderr=subprocess.PIPE, text=True) for g in groups]
    results = []
    for process, group in zip(processes, groups, strict=True):
        _, stderr = process.communicate(timeout=600)
        results.append(subprocess.CompletedProcess(group, process.returncode, "", stderr))
    return results


def test_three_ingests_on_overlapping_inputs_lose_and_double_nothing(db_url: str, tmp_path: Path) -> None:
    originals, copies = write_news_corpus(tmp_path / "news", 24, copies=4)
    open_store(db_url).close()  # the schema first: creating it concurrently is the next test
    groups = overlapping_groups(originals, copies, writers=3)
    results = start_together(groups, db_url)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "E301" not in result.stderr and "UNIQUE" not in result.stderr
    counts = [summary_counts(result.stderr) for result in results]
    stored = totals(db_url)
    assert stored["articles"] == stored["distinct ids"] == 28
    # each near-copy and its original: exactly one of the two is the original, whoever came first
    assert stored["originals"] == 24
    assert sum(c["new"] + c["duplicate"] for c in counts) == 28
    assert sum(c["new"] + c["duplicate"] + c["unchanged"] for c in counts) == sum(map(len, groups))
    assert sum(c["duplicate"] for c in counts) == 4
    for name in ("signatures", "bands", "indexed", "inputs"):
        assert stored[name] == 28, name
    assert stored["entities"] > 5 and stored["keywords"] > 30


def test_two_ingests_create_one_corpus_together(db_url: str, tmp_path: Path) -> None:
    """Neither finds the schema: both migrate at once; one waits for the other's migration."""
    originals, _ = write_news_corpus(tmp_path / "news", 12)
    results = start_together([originals[:8], originals[4:]], db_url)
    for result in results:
        assert result.returncode == 0, result.stderr
    stored = totals(db_url)
    assert stored["articles"] == stored["inputs"] == stored["indexed"] == 12


def test_ingest_command_beside_the_web_ingest(db_url: str, tmp_path: Path) -> None:
    """``aiwatch ingest`` in one process, ``POST /api/ingest`` in this one, the same files in both."""
    from fastapi.testclient import TestClient

    from aiwatch.web.app import create_app
    from aiwatch.web.settings import WebSettings

    originals, copies = write_news_corpus(tmp_path / "news", 24, copies=4)
    open_store(db_url).close()
    app = create_app(WebSettings(db=db_url, token="secret", warm=False))
    statuses: list[str] = []

    def upload() -> None:
        with TestClient(app) as client:
            for path in originals[10:] + copies:
                answer = client.post(
                    "/api/ingest",
                    content=path.read_bytes(),
                    params={"name": path.name},
                    headers={"Authorization": "Bearer secret"},
                )
                assert answer.status_code == 201, answer.text
                statuses.extend(item["status"] for item in answer.json()["stored"])

    uploader = threading.Thread(target=upload)
    process = subprocess.Popen(ingest_command(originals[:18], db_url), stderr=subprocess.PIPE, text=True)
    uploader.start()
    _, stderr = process.communicate(timeout=600)
    uploader.join(timeout=600)
    app.state.store.close()
    assert process.returncode == 0, stderr
    assert len(statuses) == 18
    stored = totals(db_url)
    assert stored["articles"] == stored["distinct ids"] == 28
    assert stored["originals"] == 24
    assert (
        summary_counts(stderr)["new"]
        + statuses.count("new")
        + statuses.count("duplicate")
        + summary_counts(stderr)["duplicate"]
        == 28
    )
