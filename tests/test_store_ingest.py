"""Ingest from files through the real pipeline: incremental re-runs, a killed run, the commands."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from typer.testing import CliRunner

import store_helpers
from aiwatch.cli import app
from aiwatch.options import Options
from aiwatch.store import dedup, open_store
from aiwatch.store.ingest import Ingest, ingest_articles
from aiwatch.store.schema import article_signatures, articles, inputs, lsh_buckets

db_url = store_helpers.db_url
store = store_helpers.store

# Common characters for synthetic bodies: random text shares no shingles with other random text,
# so no synthetic article is a near-duplicate of another by accident.
POOL = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
    "必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权"
    "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信"
    "马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
    "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存"
    "候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
)


def synthetic_body(rng: random.Random, length: int = 400) -> str:
    sentences = []
    while sum(map(len, sentences)) < length:
        sentences.append("".join(rng.choice(POOL) for _ in range(rng.randint(12, 30))) + "。")
    return "".join(sentences)


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"doc{number:04d}.md"
        path.write_text(
            f"---\ntitle: 测试文章{number}号\ndate: 2024-0{1 + number % 9}-1{number % 10}\n"
            f"source: 测试来源{number % 3}\n---\n\n" + synthetic_body(rng) + "\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def options() -> Options:
    """Cleaning and metadata only: these tests are about storing, and analysis is slow."""
    return Options(analyze=False)


def test_rerun_skips_unchanged_inputs_and_picks_up_changed_ones(store, tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "docs", 6)
    first = Ingest(store).run([str(tmp_path / "docs")], options())
    assert (first.new, first.unchanged, first.failed) == (6, 0, 0)
    second = Ingest(store).run([str(tmp_path / "docs")], options())
    assert (second.new, second.unchanged, second.failed) == (0, 6, 0)
    paths[2].write_text(paths[2].read_text(encoding="utf-8") + "新增的一段更正说明。\n", encoding="utf-8")
    third = Ingest(store).run([str(tmp_path / "docs")], options())
    # the edited page is a new revision of the same article: stored, the first version kept
    assert (third.new, third.revision, third.duplicate, third.unchanged) == (0, 1, 0, 5)
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar() == 7
        assert conn.execute(select(func.count()).select_from(inputs)).scalar() == 6


def test_same_file_under_two_names_is_stored_once(store, tmp_path: Path) -> None:
    (path,) = write_corpus(tmp_path / "a", 1)
    copy = tmp_path / "b" / "copy.md"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    counts = Ingest(store).run([str(path), str(copy)], options())
    assert (counts.new, counts.unchanged) == (1, 1)


def test_bad_inputs_are_counted_and_named(store, tmp_path: Path) -> None:
    write_corpus(tmp_path / "docs", 1)
    (tmp_path / "docs" / "empty.txt").write_bytes(b"")
    counts = Ingest(store).run([str(tmp_path / "docs"), str(tmp_path / "missing.txt")], options())
    assert counts.new == 1 and counts.failed == 2
    assert {e.code for e in counts.errors} >= {"E105"}
    assert all(e.path for e in counts.errors)


def _integrity(db: str) -> dict[str, int]:
    """Counts that must agree if no article was half written."""
    opened = open_store(db)
    with opened.connect() as conn:
        search_table = "article_search" if opened.dialect == "postgresql" else "articles_fts"
        result = {
            "articles": conn.execute(select(func.count()).select_from(articles)).scalar(),
            "signatures": conn.execute(select(func.count()).select_from(article_signatures)).scalar(),
            "bands": conn.execute(select(func.count()).select_from(lsh_buckets)).scalar() // dedup.BANDS,
            "indexed": conn.execute(text(f"SELECT count(*) FROM {search_table}")).scalar(),
            "inputs": conn.execute(select(func.count()).select_from(inputs)).scalar(),
        }
        # inputs first: an input marked done before this read has its articles in the next one
        done = list(conn.execute(select(inputs.c.article_ids)).scalars())
        stored = set(conn.execute(select(articles.c.id)).scalars())
        for ids in done:
            assert set(ids) <= stored
    opened.close()
    return result


def _ingest_command(folder: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "aiwatch", "ingest", str(folder), "--db", db, "--no-progress", "--no-analyze"]


def test_killed_ingest_loses_nothing_committed_and_rerun_completes(db_url: str, tmp_path: Path) -> None:
    total = 100
    folder = tmp_path / "docs"
    write_corpus(folder, total)
    watcher = open_store(db_url)  # creates the schema first, so polling can start at once
    process = subprocess.Popen(_ingest_command(folder, db_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and process.poll() is None:
            with watcher.connect() as conn:
                if conn.execute(select(func.count()).select_from(inputs)).scalar() >= 5:
                    break
            time.sleep(0.03)
        assert process.poll() is None, "ingest finished before it could be interrupted; use more inputs"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
        watcher.close()
    after_kill = _integrity(db_url)
    assert 5 <= after_kill["inputs"] < total
    assert after_kill["articles"] == after_kill["signatures"] == after_kill["bands"] == after_kill["indexed"]

    rerun = subprocess.run(_ingest_command(folder, db_url), capture_output=True, text=True, check=True)
    summary = rerun.stderr.strip().splitlines()[-1]
    final = _integrity(db_url)
    assert final == {k: total for k in final}
    new = int(summary.split("ingest: ")[1].split(" new")[0])
    assert new == total - after_kill["articles"]
    assert f"{total - new} unchanged" in summary


def test_commands_end_to_end(tmp_path: Path) -> None:
    db = str(tmp_path / "corpus.db")
    write_corpus(tmp_path / "docs", 4)
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(tmp_path / "docs"), "--db", db, "--no-analyze"])
    assert first.exit_code == 0, first.output
    assert "4 new, 0 unchanged, 0 duplicate, 0 failed" in first.output
    again = runner.invoke(app, ["ingest", str(tmp_path / "docs"), "--db", db, "--no-analyze"])
    assert "0 new, 4 unchanged" in again.output
    found = runner.invoke(app, ["search", "", "--db", db, "--format", "jsonl", "--source", "测试来源1"])
    assert found.exit_code == 0, found.output
    rows = [json.loads(line) for line in found.stdout.splitlines() if line.startswith("{")]
    assert [r["source"] for r in rows] == ["测试来源1"]
    table = runner.invoke(app, ["search", "", "--db", db, "--since", "2024-02", "--until", "2024-03"])
    assert table.exit_code == 0 and "2 result(s)" in table.output
    bad = runner.invoke(app, ["search", "x", "--db", db, "--since", "soon"])
    assert bad.exit_code != 0


def test_export_is_readable_by_pandas_and_pyarrow(store, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pq = pytest.importorskip("pyarrow.parquet")
    from aiwatch.store.export import EXPORTERS
    from aiwatch.store.search import Filters
    from test_store import SENSETIME

    copy = store_helpers.make_article("转载", SENSETIME.body + "责任编辑：李四", source="新浪财经")
    ingest_articles(store, [SENSETIME, copy])
    for fmt in ("csv", "parquet", "jsonl"):
        assert EXPORTERS[fmt](store, tmp_path / f"corpus.{fmt}", Filters(duplicates=True)) == 2
    frame = pd.read_parquet(tmp_path / "corpus.parquet")
    assert list(frame["id"]) == [SENSETIME.id, copy.id]
    assert list(frame.loc[0, "organisations"]) == ["商汤科技"]
    assert frame.loc[1, "duplicate_of"] == SENSETIME.id
    assert pq.read_table(tmp_path / "corpus.parquet").num_rows == 2
    csv = pd.read_csv(tmp_path / "corpus.csv", encoding="utf-8-sig")
    assert csv.loc[0, "keywords"] == "大模型; 商汤科技" and csv.loc[0, "title"] == SENSETIME.title
    lines = pd.read_json(tmp_path / "corpus.jsonl", lines=True)
    assert lines.loc[0, "figures"][0]["organisation"] == "商汤科技"
    assert EXPORTERS["jsonl"](store, tmp_path / "originals.jsonl", Filters()) == 1


def test_report_and_export_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "corpus.db")
    write_corpus(tmp_path / "docs", 3)
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(tmp_path / "docs"), "--db", db, "--no-analyze"]).exit_code == 0
    for fmt in ("md", "json", "html"):
        out = tmp_path / f"report.{fmt}"
        result = runner.invoke(app, ["report", "--db", db, "--format", fmt, "-o", str(out), "--since", "2024-01"])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["totals"]["originals"] == 3
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "c.parquet")])
    assert result.exit_code == 0 and "export: 3 article(s)" in result.output
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet"]).exit_code != 0  # needs -o
    assert runner.invoke(app, ["report", "--db", db, "--format", "pdf"]).exit_code != 0


def test_sample_corpus_and_seeds_twice(tmp_path: Path) -> None:
    """The real pipeline, analysis included, end to end: the second run stores nothing new."""
    from conftest import EXAMPLES, SEEDS

    if not SEEDS.is_dir() or not EXAMPLES.is_dir():
        pytest.skip("seeds (../shared) or examples/ not found")
    opened = open_store(str(tmp_path / "corpus.db"))
    options = Options(analyze=True)
    first = Ingest(opened).run([str(EXAMPLES), str(SEEDS)], options)
    assert first.new > 10
    second = Ingest(opened).run([str(EXAMPLES), str(SEEDS)], options)
    assert (second.new, second.duplicate) == (0, 0)
    assert second.unchanged == first.new + first.duplicate + first.unchanged
    assert second.failed == first.failed
    opened.close()
