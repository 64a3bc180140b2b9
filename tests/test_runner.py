"""The runner: budgets per document (time, memory), streamed parts, bounded look-ahead, order."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import hostile_stage
from aiwatch import runner
from aiwatch.options import Options
from aiwatch.read import Input, expand_inputs
from aiwatch.runner import Budget, collect, run


@pytest.fixture
def misbehaving_stage(monkeypatch):
    hostile_stage.install(monkeypatch)
    yield


def write_docs(folder: Path, bodies: list[str]) -> list[str]:
    names = []
    for number, body in enumerate(bodies):
        path = folder / f"{number}.txt"
        path.write_text(f"标题{number}\n\n{body}\n", encoding="utf-8")
        names.append(str(path))
    return names


def write_jsonl(path: Path, count: int) -> str:
    with path.open("w", encoding="utf-8") as stream:
        for number in range(count):
            record = {"title": f"第{number}条新闻", "content": f"人工智能产业新闻第{number}条，某公司发布新模型。"}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return str(path)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_hanging_document_fails_alone_over_the_time_budget(tmp_path, misbehaving_stage, jobs):
    bodies = ["第一篇人工智能新闻。", "HANG-HERE 这一篇永远不结束。", "第三篇人工智能新闻。"]
    names = write_docs(tmp_path, bodies)
    outcomes = list(collect(run(list(expand_inputs(names)), Options(analyze=False), jobs, Budget(seconds=1))))
    assert [o.name for o in outcomes] == names
    assert [len(o.articles) for o in outcomes] == [1, 0, 1]
    error = outcomes[1].errors[0]
    assert error.code == "E112"
    assert error.describe() == f"E112 {names[1]}: over the 1 s time budget (raise it with --timeout)"


def test_a_document_over_the_memory_budget_fails_alone(tmp_path, misbehaving_stage):
    names = write_docs(tmp_path, ["EAT-MEMORY 这一篇要吃光内存。", "第二篇人工智能新闻。"])
    budget = Budget(seconds=60, memory_mb=200)
    outcomes = list(collect(run(list(expand_inputs(names)), Options(analyze=False), 1, budget)))
    assert [len(o.articles) for o in outcomes] == [0, 1]
    assert outcomes[0].errors[0].code == "E112"
    assert "200 MB memory budget" in outcomes[0].errors[0].describe()


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_collection_comes_in_bounded_parts_in_order(tmp_path, jobs):
    count = runner.PART_ARTICLES * 2 + 30
    names = [write_docs(tmp_path, ["开头的一篇人工智能新闻。"])[0], write_jsonl(tmp_path / "dump.jsonl", count)]
    parts = list(run(list(expand_inputs(names)), Options(analyze=False), jobs))
    assert [p.name for p in parts if p.last] == names
    dump = [p for p in parts if p.name == names[1]]
    assert len(dump) >= 3 and all(len(p.articles) <= runner.PART_ARTICLES for p in dump)
    assert [p.last for p in dump] == [False] * (len(dump) - 1) + [True]
    titles = [a.title for p in dump for a in p.articles]
    assert titles == [f"第{n}条新闻" for n in range(count)]


def test_inputs_are_pulled_lazily_with_a_bounded_number_in_flight(tmp_path):
    names = write_docs(tmp_path, [f"第{n}篇人工智能新闻。" for n in range(12)])
    pulled = []

    def inputs() -> Iterator[Input]:
        for item in expand_inputs(names):
            pulled.append(item.name)
            yield item

    outcomes = run(inputs(), Options(analyze=False), jobs=2)
    first = next(outcomes)
    assert first.name == names[0]
    assert len(pulled) <= runner.LOOKAHEAD_PER_JOB * 2 + 1
    rest = list(outcomes)
    assert [o.name for o in [first, *rest]] == names


def test_without_a_budget_one_job_runs_in_process(tmp_path):
    names = write_docs(tmp_path, ["第一篇人工智能新闻。", "第二篇人工智能新闻。"])
    outcomes = list(run(list(expand_inputs(names)), Options(analyze=False), 1, budget=None))
    assert [len(o.articles) for o in outcomes] == [1, 1] and all(o.last for o in outcomes)


def test_the_cli_reports_a_document_over_budget_and_goes_on(tmp_path, misbehaving_stage):
    from typer.testing import CliRunner

    from aiwatch.cli import app

    names = write_docs(tmp_path, ["HANG-HERE 这一篇永远不结束。", "第二篇人工智能新闻。"])
    result = CliRunner().invoke(app, ["extract", *names, "--no-analyze", "--timeout", "1"])
    assert result.exit_code == 1
    assert f"E112 {names[0]}: over the 1 s time budget" in result.stderr
    assert "1 article(s) written, 1 input(s) with errors" in result.stderr
    [line] = result.stdout.splitlines()
    assert "第二篇人工智能新闻" in json.loads(line)["body"]


def test_workers_die_with_a_killed_parent(tmp_path):
    # Regression: after kill -9 of a run, its forked workers lived on (each held the parent's end
    # of its own pipe) and kept the parent's database socket, and so its transaction, open.
    import os
    import signal
    import subprocess
    import sys

    names = write_docs(tmp_path, ["第一篇人工智能新闻。"])
    script = (
        "import sys, time\n"
        "from aiwatch.options import Options\n"
        "from aiwatch.read import expand_inputs\n"
        "from aiwatch.runner import run\n"
        "parts = run(expand_inputs(sys.argv[1:]), Options(analyze=False), jobs=2)\n"
        "next(parts)\n"
        "print('ready', flush=True)\n"
        "time.sleep(600)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, *names], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "ready"
        children = _children(process.pid)
        assert len(children) == 2
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(pid) for pid in children):
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in children)
    finally:
        process.kill()
        process.wait()


def _children(pid: int) -> list[int]:
    tasks = Path(f"/proc/{pid}/task")
    found = []
    for task in tasks.iterdir():
        text = (task / "children").read_text().split()
        found.extend(int(child) for child in text)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"
