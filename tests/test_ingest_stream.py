"""Ingest streams: a dump is committed part by part, and a dump cut short is retried, not doubled."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

import store_helpers
from aiwatch import pipeline, runner
from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.stages import Stage
from aiwatch.store import open_store
from aiwatch.store.ingest import Ingest
from aiwatch.store.schema import articles, inputs

db_url = store_helpers.db_url
CRASH_AT = runner.PART_ARTICLES + 20


class CrashAtRecord(Stage):
    """Kills its worker at one record of the dump, as the OOM killer would mid-stream."""

    name = "crash"
    analysis = False
    after = "meta"

    def __call__(self, article: Article) -> Article:
        if f"第{CRASH_AT}条" in article.body and os.environ.get("AIWATCH_TEST_CRASH") == "1":
            os._exit(9)
        return article


def write_dump(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for number in range(count):
            body = f"人工智能产业新闻第{number}条，编号{number * 7919 % 100003}的公司发布模型。"
            stream.write(json.dumps({"title": f"新闻{number}号", "content": body}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def crashing_stage(monkeypatch):
    # Installed as a plugin stage would be; workers are forked, so they see it too.
    monkeypatch.setattr(pipeline, "registered_stages", lambda: {"crash": CrashAtRecord})
    yield


def counts_in(url: str) -> tuple[int, int]:
    with open_store(url) as store, store.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        done = conn.execute(select(func.count()).select_from(inputs)).scalar_one()
    return stored, done


def test_a_dump_cut_short_keeps_its_committed_parts_and_is_retried(db_url, tmp_path, crashing_stage, monkeypatch):
    count = runner.PART_ARTICLES * 2 + 10
    dump = write_dump(tmp_path / "dump.jsonl", count)
    options = Options(analyze=False)
    monkeypatch.setenv("AIWATCH_TEST_CRASH", "1")
    with open_store(db_url) as store:
        first = Ingest(store).run([str(dump)], options)
    assert [e.code for e in first.errors] == ["E111"]
    stored, done = counts_in(db_url)
    # the parts before the crash were committed as they came; the input is not marked done
    assert runner.PART_ARTICLES <= stored <= CRASH_AT and done == 0
    monkeypatch.setenv("AIWATCH_TEST_CRASH", "0")
    with open_store(db_url) as store:
        second = Ingest(store).run([str(dump)], options)
    assert second.errors == [] and second.new == count - stored and second.unchanged == stored
    assert counts_in(db_url) == (count, 1)


def test_ingest_skips_the_corpus_files_in_the_folder_it_reads(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("标题\n\n人工智能产业新闻正文，某公司发布新模型。\n", encoding="utf-8")
    corpus = folder / "c.db"
    with open_store(str(corpus)) as store:
        Ingest(store).run([str(folder)], Options(analyze=False))
    (folder / "b.txt").write_text("标题二\n\n另一篇人工智能产业新闻，某公司融资一亿元。\n", encoding="utf-8")
    with open_store(str(corpus)) as store:
        job = Ingest(store)
        counts = job.run([str(folder)], Options(analyze=False))
    # Before: c.db-wal and c.db-shm (present while the corpus is open) were read as two bad inputs.
    assert counts.errors == [] and counts.failed == 0 and counts.new == 1
    skipped = sorted(Path(note.split(": skipped")[0]).name for note in job.notes)
    assert skipped == ["c.db-shm", "c.db-wal"]
