"""Sharded output to a folder or an fsspec URL (``aiwatch.write.shards``), written in this process
(the local engine; the Dask engine's workers write theirs in tests/test_dask_engine.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aiwatch.cli import app

fsspec = pytest.importorskip("fsspec", reason="fsspec is not installed (pip install '.[dask]')")


def test_extract_writes_shards_to_an_fsspec_url(tmp_path, seeds_dir):
    """--shards memory://…: fsspec's in-memory file system, another file system than this
    machine's folders (as s3:// would be): one file per input moved into place whole, the
    manifest, the same articles as -o FILE; a re-run with fewer inputs removes the files gone."""
    memory = fsspec.filesystem("memory")
    runner = CliRunner()
    plain = runner.invoke(app, ["extract", str(seeds_dir), "--no-analyze", "-o", str(tmp_path / "all.jsonl")])
    assert plain.exit_code == 0, plain.output
    wanted = sorted((tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines())
    try:
        sharded = runner.invoke(app, ["extract", str(seeds_dir), "--no-analyze", "--shards", "memory://aiwatch/out"])
        assert sharded.exit_code == 0, sharded.output
        names = sorted(path.rsplit("/", 1)[-1] for path in memory.find("/aiwatch/out"))
        parts = [name for name in names if name.startswith("part-")]
        assert names == sorted([*parts, "_manifest.json"]) and len(parts) == len(wanted)  # no temporary left
        lines = sorted(line for name in parts for line in memory.cat(f"/aiwatch/out/{name}").decode().splitlines())
        assert lines == wanted
        manifest = json.loads(memory.cat("/aiwatch/out/_manifest.json"))
        assert manifest["articles"] == len(wanted) and sorted(e["file"] for e in manifest["files"]) == parts

        one = sorted(seeds_dir.glob("*.txt"))[0]
        fewer = runner.invoke(app, ["extract", str(one), "--no-analyze", "--shards", "memory://aiwatch/out",
                                    "-f", "parquet"])
        assert fewer.exit_code == 0, fewer.output
        left = [path.rsplit("/", 1)[-1] for path in memory.find("/aiwatch/out")]
        assert sorted(left) == ["_manifest.json", next(name for name in left if name.endswith(".parquet"))]
    finally:
        memory.rm("/aiwatch", recursive=True)


def test_a_shards_url_nobody_can_write_is_refused_before_the_run(tmp_path, seeds_dir):
    result = CliRunner().invoke(app, ["extract", str(seeds_dir), "--shards", "nosuchfs://bucket/out"])
    assert result.exit_code == 2 and "--shards" in result.output and "nosuchfs" in result.output


def test_the_manifest_keeps_files_in_order_outside_memory(tmp_path):
    """The run's list of part files lives in a temporary SQLite file: files in the order first
    seen, a file seen again adds its articles to its entry, membership is a lookup; the manifest
    written from it is JSON with every entry; closing removes the temporary file."""
    from aiwatch.write.shards import Manifest, Shards

    manifest = Manifest()
    folder = manifest._folder.name
    for number in range(2000):
        manifest.add(f"part-{number:05d}.jsonl", f"in/{number}.html", 1 + number % 3)
    manifest.add("part-00007.jsonl", "in/7.html", 5)
    assert "part-01999.jsonl" in manifest and "part-02000.jsonl" not in manifest
    entries = list(manifest)
    assert [name for name, _, _ in entries] == [f"part-{number:05d}.jsonl" for number in range(2000)]
    assert entries[7] == ("part-00007.jsonl", "in/7.html", 1 + 7 % 3 + 5)
    assert manifest.articles() == sum(1 + number % 3 for number in range(2000)) + 5
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "part-stale.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "out" / "part-00001.jsonl").write_text("{}\n", encoding="utf-8")
    Shards(str(tmp_path / "out")).finish(manifest)
    written = json.loads((tmp_path / "out" / "_manifest.json").read_text(encoding="utf-8"))
    assert written["format"] == "jsonl" and written["articles"] == manifest.articles()
    assert [entry["file"] for entry in written["files"]] == [name for name, _, _ in entries]
    assert written["files"][7] == {"file": "part-00007.jsonl", "input": "in/7.html", "articles": 7}
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["_manifest.json", "part-00001.jsonl"]
    manifest.close()
    assert not Path(folder).exists()
