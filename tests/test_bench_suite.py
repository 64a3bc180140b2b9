"""The benchmark suite's quick mode runs in CI so that no script can rot unnoticed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EVAL, ROOT


def f1_of(results: str, system: str) -> float:
    """The bold body-F1 cell of ``system``'s row in the extraction table."""
    match = re.search(rf"^\| {re.escape(system)} \|.*?\*\*([0-9.]+)\*\*", results, re.MULTILINE)
    assert match, f"no row for {system}"
    return float(match.group(1))


def test_quick_suite_runs_every_step(tmp_path: Path):
    if not EVAL.is_dir():
        pytest.skip(f"evaluation data not found at {EVAL} (../shared is not beside this clone)")
    output = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--quick",
            "--results",
            str(tmp_path / "results"),
            "--output",
            str(output),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    results = output.read_text(encoding="utf-8")
    assert proc.returncode == 0, results[:3000] + proc.stderr[-2000:]
    assert "FAILED" not in results
    for heading in ("extraction", "keywords", "summary", "store"):
        assert re.search(rf"^\| {heading} \| ok \|", results, re.MULTILINE), heading
    assert f1_of(results, "aiwatch") > f1_of(results, "trafilatura (decoded text in)")
    assert f1_of(results, "aiwatch") > f1_of(results, "readability-lxml")


def test_reliability_quick_run_fails_on_defects_not_on_load():
    """A quick run shares CI's machine: slow answers there are reported, lost or crashed ones fail it."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import reliability
    finally:
        sys.path.remove(str(ROOT / "bench"))
    slow = [{"category": "server: slowloris", "crashes": 0, "hangs": 3, "lost": 0, "doubled": 0}]
    lost = [{"category": "server: uploads", "crashes": 0, "hangs": 0, "lost": 1, "doubled": 0}]
    baseline = [{"category": "server: slowloris (baseline: uvicorn)", "crashes": 2, "hangs": 9, "lost": 1}]
    assert reliability.defects(slow, quick=True) == 0
    assert reliability.defects(slow, quick=False) == 3
    assert reliability.defects(lost, quick=True) == 1
    assert reliability.defects(baseline, quick=False) == 0
