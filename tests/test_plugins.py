"""Plugins through entry points: the built-ins registered that way, and a real plugin package run.

The plugin (``tests/data/aiwatch_demo_plugin``) is installed the way pip lays a package out — its
module, and a ``.dist-info`` with the entry points its pyproject.toml declares — into a temporary
directory put on the path of an ``aiwatch`` process.  Nothing is installed into this environment,
so no other test sees it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from aiwatch.plugins import GROUPS, load_group
from aiwatch.stages import BUILTIN_STAGES

PLUGIN = Path(__file__).resolve().parent / "data" / "aiwatch_demo_plugin"
ROOT = Path(__file__).resolve().parents[1]
HEAD = "MEMO\n标题：杭州发布具身智能产业政策\n日期：2024-05-18\n\n"
MEMO = HEAD + "杭州市今天发布具身智能产业政策，支持机器人企业发展。" * 40 + "\n"


def install_plugin(site: Path) -> None:
    """The package and its dist-info (METADATA, entry_points.txt) as pip would install them."""
    shutil.copytree(PLUGIN / "aiwatch_demo_plugin", site / "aiwatch_demo_plugin")
    project = tomllib.loads((PLUGIN / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    info = site / "aiwatch_demo_plugin-0.1.0.dist-info"
    info.mkdir()
    metadata = f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: 0.1.0\n"
    (info / "METADATA").write_text(metadata, encoding="utf-8")
    lines = []
    for group, points in project["entry-points"].items():
        lines.append(f"[{group}]")
        lines += [f"{name} = {target}" for name, target in points.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def aiwatch(site: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "aiwatch", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    install_plugin(folder)
    return folder


def test_the_built_ins_are_registered_as_entry_points():
    stages = load_group("stages")
    if not stages:
        pytest.skip("aiwatch is not installed with its metadata (pip install -e .)")
    assert [stages[cls.name] for cls in BUILTIN_STAGES] == list(BUILTIN_STAGES)
    assert {"html", "warc", "json", "csv", "feed", "record", "frontmatter", "text"} <= set(load_group("readers"))
    assert {"jsonl", "json", "record", "csv", "md"} <= set(load_group("writers"))
    assert {"jsonl", "csv", "parquet"} <= set(load_group("exporters"))
    assert {"http", "https"} <= set(load_group("fetchers"))
    assert set(GROUPS) == {"readers", "stages", "writers", "exporters", "fetchers"}


def test_an_installed_plugin_adds_a_reader_and_a_stage(site, tmp_path):
    memo = tmp_path / "policy.memo"
    memo.write_text(MEMO, encoding="utf-8")
    result = aiwatch(site, "extract", str(memo))
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout.splitlines()[0])
    assert article["format"] == "memo"  # read by the plugin's reader
    assert article["title"] == "杭州发布具身智能产业政策" and article["published"] == "2024-05-18"
    assert "阅读2分钟" in article["tags"]  # the plugin's stage ran, after the built-in ones
    assert article["keywords"] and article["summary"]
    listed = aiwatch(site, "plugins")
    assert listed.returncode == 0
    assert "reading_time" in listed.stdout and "aiwatch_demo_plugin:ReadingTimeStage" in listed.stdout
    assert "memo" in listed.stdout


def test_a_plugin_stage_can_be_disabled_by_name(site, tmp_path):
    memo = tmp_path / "policy.memo"
    memo.write_text(MEMO, encoding="utf-8")
    result = aiwatch(site, "extract", str(memo), "--disable", "reading_time")
    assert result.returncode == 0, result.stderr
    assert not any(tag.startswith("阅读") for tag in json.loads(result.stdout.splitlines()[0])["tags"])


def test_without_the_plugin_the_memo_is_plain_text(tmp_path):
    memo = tmp_path / "policy.memo"
    memo.write_text(MEMO, encoding="utf-8")
    result = aiwatch(tmp_path, "extract", str(memo), "--no-analyze")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout.splitlines()[0])
    assert article["format"] == "text" and not any(tag.startswith("阅读") for tag in article["tags"])


def test_a_broken_plugin_is_skipped_with_a_warning_naming_it(site, tmp_path):
    broken = tmp_path / "broken_site"
    shutil.copytree(site, broken)
    info = broken / "aiwatch_demo_plugin-0.1.0.dist-info" / "entry_points.txt"
    info.write_text("[aiwatch.stages]\nghost = aiwatch_demo_plugin:NoSuchStage\n", encoding="utf-8")
    memo = tmp_path / "a.txt"
    memo.write_text("标题\n\n上海发布人工智能政策。\n", encoding="utf-8")
    result = aiwatch(broken, "extract", str(memo), "--no-analyze")
    assert result.returncode == 0, result.stderr
    assert "ghost" in result.stderr and "cannot be loaded" in result.stderr
