"""Every entry point gives the corpus the same analysis: ``aiwatch extract``, ``aiwatch ingest`` and
the server's ``POST /api/ingest`` run one pipeline, so the examples and the seeds come out alike.

Three corpora are compared article by article: the one ``aiwatch ingest`` builds, the one built by
uploading each file to a running app, and the one made by storing what ``aiwatch extract`` wrote
(the store keeps a projection of the JSON form, so extract's articles go through the same store
to be compared).  Only ``path`` may differ: an upload is labelled ``upload:NAME``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from aiwatch.options import Options
from aiwatch.read import Input, expand_inputs
from aiwatch.store import open_store
from aiwatch.store.ingest import ingest_articles
from aiwatch.store.read import iter_articles
from aiwatch.web.app import create_app
from aiwatch.web.settings import WebSettings
from conftest import EXAMPLES, SEEDS

TOKEN = "entry-points-token"


def aiwatch(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "aiwatch", *args], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return result


def corpus(db: Path) -> dict[str, dict]:
    with open_store(str(db), read_only=True) as store:
        return {article["id"]: {k: v for k, v in article.items() if k != "path"} for article in iter_articles(store)}


@pytest.fixture(scope="module")
def inputs() -> list[Path]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS} (../shared is not beside this clone)")
    return [EXAMPLES, SEEDS]


@pytest.fixture(scope="module")
def ingested(inputs, tmp_path_factory) -> dict[str, dict]:
    db = tmp_path_factory.mktemp("ingest") / "corpus.db"
    aiwatch("ingest", *map(str, inputs), "--db", str(db))
    return corpus(db)


def test_extract_and_ingest_give_the_same_articles(inputs, ingested, tmp_path):
    lines = aiwatch("extract", *map(str, inputs)).stdout.splitlines()
    extracted = [json.loads(line) for line in lines]
    assert len(extracted) == len(ingested) >= 25
    db = tmp_path / "extracted.db"
    with open_store(str(db)) as store:
        counts = ingest_articles(store, extracted)
    assert counts.errors == [] and counts.failed == 0
    assert corpus(db) == ingested


def test_the_servers_ingest_gives_the_same_articles(inputs, ingested, tmp_path):
    files = [item.path for item in expand_inputs(list(map(str, inputs))) if isinstance(item, Input)]
    db = tmp_path / "served.db"
    app = create_app(WebSettings(db=str(db), token=TOKEN), options=Options())
    with TestClient(app) as client:
        for path in files:
            answer = client.post(
                "/api/ingest", params={"name": path.name}, content=path.read_bytes(), headers={"X-Aiwatch-Token": TOKEN}
            )
            assert answer.status_code in (200, 201), (path, answer.text)
            assert answer.json()["errors"] == [], (path, answer.json())
    app.state.store.close()
    served = corpus(db)
    assert served.keys() == ingested.keys()
    for ident, article in ingested.items():
        assert served[ident] == article, ident
