"""POST /api/ingest runs the server's pipeline: the operator's analysis settings, no global lock."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient

from aiwatch.options import Options
from aiwatch.store import open_store
from aiwatch.store.analysis import fingerprint_counts
from aiwatch.store.read import iter_articles
from aiwatch.web.app import create_app
from aiwatch.web.settings import WebSettings

TOKEN = "s3cret-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}
TAXONOMY = "technologies:\n  - name: 具身智能\n    en: embodied intelligence\n    aliases: [具身机器人]\n"


def story(number: int) -> bytes:
    return (
        f"第{number}号工厂引入具身机器人\n\n2024年5月{number + 1}日，杭州第{number}号工厂引入具身机器人，"
        f"具身机器人可以完成{number + 3}道工序，蚁巢智造负责安装。"
    ).encode()


def test_uploads_are_analysed_with_the_servers_settings_side_by_side(tmp_path):
    (tmp_path / "my.yaml").write_text(TAXONOMY, encoding="utf-8")
    (tmp_path / "my.tsv").write_text("蚁巢智造\tORG\t蚁巢\n", encoding="utf-8")
    options = Options(taxonomy_files=(tmp_path / "my.yaml",), gazetteer_files=(tmp_path / "my.tsv",))
    db = str(tmp_path / "corpus.db")
    app = create_app(WebSettings(db=db, token=TOKEN), options=options)
    with TestClient(app, raise_server_exceptions=False) as client:

        def upload(number: int) -> int:
            return client.post(f"/api/ingest?name=s{number}.txt", content=story(number), headers=HEADERS).status_code

        with ThreadPoolExecutor(max_workers=4) as pool:  # four uploads analysed at once
            statuses = list(pool.map(upload, range(8)))
    app.state.store.close()
    assert statuses == [201] * 8
    with open_store(db) as store:
        stored = list(iter_articles(store))
        [row] = fingerprint_counts(store)
    assert len(stored) == 8
    for article in stored:
        assert "具身智能" in [t["name"] for t in article["technologies"]]
        assert ("蚁巢智造", "ORG") in {(e["name"], e["type"]) for e in article["entities"]}
    assert row["articles"] == 8 and row["settings"]["taxonomy"] and row["settings"]["gazetteer"]
