"""The pipeline driver: order, errors per input, and a worker process that dies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aiwatch import pipeline
from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import expand_inputs


def crash_on_marker(article: Article, options: Options) -> Article:
    """A stage that kills its process, as a segfault or the OOM killer would."""
    if "CRASH-HERE" in article.body:
        os._exit(9)
    return article


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    names = []
    for number in range(6):
        body = "CRASH-HERE 这一篇让工作进程退出。" if number == 2 else f"第{number}篇：人工智能产业新闻正文。"
        path = tmp_path / f"{number}.txt"
        path.write_text(f"标题{number}\n\n{body}\n", encoding="utf-8")
        names.append(str(path))
    return names


def test_a_dead_worker_fails_only_its_input(corpus, monkeypatch):
    # Workers are forked, so they inherit the extra stage.
    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES[:2], ("crash", f"{__name__}:crash_on_marker")])
    monkeypatch.setattr(pipeline, "CORE_STAGES", frozenset({"clean", "meta", "crash"}))
    pipeline.load_stage.cache_clear()
    outcomes = list(pipeline.run(list(expand_inputs(corpus)), Options(analyze=False), jobs=2))
    assert [o.name for o in outcomes] == corpus
    failed = [o for o in outcomes if o.errors]
    assert [o.name for o in failed] == [corpus[2]]
    assert failed[0].errors[0].code == "E111"
    assert all(len(o.articles) == 1 for o in outcomes if o is not failed[0])


def test_parallel_and_serial_runs_agree(corpus):
    options = Options(analyze=False)
    inputs = list(expand_inputs(corpus))
    serial = [[a.to_dict() for a in o.articles] for o in pipeline.run(inputs, options, jobs=1)]
    parallel = [[a.to_dict() for a in o.articles] for o in pipeline.run(inputs, options, jobs=2)]
    assert serial == parallel
