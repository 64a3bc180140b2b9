"""The corpus records what analysed each article; ``reanalyze`` brings it up to new settings."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

import store_helpers
from aiwatch.cli import app
from aiwatch.options import Options
from aiwatch.pipeline import build_pipeline
from aiwatch.store import open_store
from aiwatch.store.analysis import fingerprint_counts, reanalyze
from aiwatch.store.ingest import Ingest, ingest_articles
from aiwatch.store.read import iter_articles
from aiwatch.store.schema import analysis_settings, articles
from conftest import pipeline_for

db_url = store_helpers.db_url
ROOT = Path(__file__).resolve().parents[1]

TAXONOMY = "technologies:\n  - name: 具身智能\n    en: embodied intelligence\n    aliases: [具身机器人]\n"


def write_docs(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = (
            f"第{i}号工厂引入具身机器人\n\n2024年5月{i % 28 + 1}日，杭州第{i}号工厂引入具身机器人，"
            f"具身机器人可以完成{i + 3}道工序。工厂负责人表示，人工智能正在改变制造业，产值增长{i + 10}%。"
        )
        (folder / f"{i:03d}.txt").write_text(body, encoding="utf-8")
    return folder


def fingerprints(db: str) -> dict[str | None, int]:
    with open_store(db) as store, store.connect() as conn:
        column = articles.c.analysis_fingerprint
        return dict(conn.execute(select(column, func.count()).group_by(column)).all())


def technologies(db: str) -> dict[str, list[str]]:
    with open_store(db) as store:
        return {a["id"]: [t["name"] for t in a["technologies"] or []] for a in iter_articles(store)}


def test_ingest_stamps_each_article_with_the_pipelines_fingerprint(db_url, tmp_path):
    docs = write_docs(tmp_path / "docs", 3)
    nlp = pipeline_for()
    with open_store(db_url) as store:
        Ingest(store).run([str(docs)], nlp)
        [row] = fingerprint_counts(store)
    assert row["fingerprint"] == nlp.fingerprint and row["articles"] == 3
    assert row["settings"]["stages"] == nlp.names and row["version"] == nlp.settings()["version"]


def test_reanalyze_applies_new_settings_to_stored_bodies_only_where_out_of_date(db_url, tmp_path):
    docs = write_docs(tmp_path / "docs", 5)
    with open_store(db_url) as store:
        Ingest(store).run([str(docs)], pipeline_for())
        assert reanalyze(store, pipeline_for()).done == 0  # nothing changed: nothing to do
    assert all("具身智能" not in names for names in technologies(db_url).values())
    (tmp_path / "my.yaml").write_text(TAXONOMY, encoding="utf-8")
    mine = build_pipeline(Options(taxonomy_files=(tmp_path / "my.yaml",)))
    (docs / "000.txt").unlink()  # inputs are not read again: the stored bodies are
    with open_store(db_url) as store:
        counts = reanalyze(store, mine, batch_size=2)
        assert (counts.done, counts.current, counts.failed) == (5, 0, 0)
        assert reanalyze(store, mine).done == 0
        with store.connect() as conn:
            assert conn.execute(select(func.count()).select_from(analysis_settings)).scalar() == 2
    assert all("具身智能" in names for names in technologies(db_url).values())
    assert fingerprints(db_url) == {mine.fingerprint: 5}
    with open_store(db_url) as store:
        found = {a["id"]: a for a in iter_articles(store)}
    for article in found.values():
        assert article["keywords"] and article["entities"] is not None and article["summary"]


def test_articles_stored_without_a_fingerprint_are_out_of_date(db_url):
    from store_helpers import make_article

    with open_store(db_url) as store:
        ingest_articles(store, [make_article("旧文章", "2019年，上海发布人工智能政策。商汤科技参与其中。")])
        assert fingerprint_counts(store)[0]["fingerprint"] is None
        counts = reanalyze(store, pipeline_for())
        assert counts.done == 1
        [article] = list(iter_articles(store))
    assert "商汤科技" in [e["name"] for e in article["entities"]]


def test_where_limits_the_articles_and_a_bad_condition_changes_nothing(db_url, tmp_path):
    docs = write_docs(tmp_path / "docs", 4)
    with open_store(db_url) as store:
        Ingest(store).run([str(docs)], Options(analyze=False))
    before = fingerprints(db_url)
    runner = CliRunner()
    result = runner.invoke(app, ["reanalyze", "--db", db_url, "--where", "no_such_column = 1"])
    assert result.exit_code == 2 and "E302" in result.output and "no_such_column" in result.output
    assert fingerprints(db_url) == before
    result = runner.invoke(app, ["reanalyze", "--db", db_url, "--where", "path LIKE '%001.txt'"])
    assert result.exit_code == 0, result.output
    assert "1 reanalysed" in result.output
    assert sorted(fingerprints(db_url).values()) == [1, 3]
    result = runner.invoke(app, ["reanalyze", "--db", db_url, "--dry-run"])
    assert result.exit_code == 0 and "out of date" in result.output and "current" in result.output


def test_read_commands_refuse_a_corpus_that_does_not_exist(tmp_path):
    runner = CliRunner()
    missing = str(tmp_path / "typo.db")
    for args in (["search", "人工智能"], ["report"], ["export"], ["reanalyze"]):
        result = runner.invoke(app, [*args, "--db", missing])
        assert result.exit_code == 2 and "E304" in result.output, args
    assert not Path(missing).exists()


def test_a_killed_reanalyze_continues_where_it_stopped(tmp_path):
    db = str(tmp_path / "corpus.db")
    docs = write_docs(tmp_path / "docs", 40)
    with open_store(db) as store:
        Ingest(store).run([str(docs)], Options(analyze=False))
    (tmp_path / "my.yaml").write_text(TAXONOMY, encoding="utf-8")
    command = [sys.executable, "-m", "aiwatch", "reanalyze", "--db", db, "--batch", "2"]
    command += ["--taxonomy", str(tmp_path / "my.yaml")]
    target = build_pipeline(Options(taxonomy_files=(tmp_path / "my.yaml",))).fingerprint
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and fingerprints(db).get(target, 0) < 4:
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    partial = fingerprints(db)
    assert 4 <= partial.get(target, 0) < 40, partial  # cut off after some batches were committed
    assert sum(partial.values()) == 40  # every article is either done or untouched: no half batch
    done_before = technologies(db)
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"{40 - partial[target]} reanalysed" in result.stderr
    assert fingerprints(db) == {target: 40}
    final = technologies(db)
    assert all("具身智能" in names for names in final.values())
    assert all(final[key] == names for key, names in done_before.items() if "具身智能" in names)
