"""The pipeline object: build checks, stage failures, batching, threads, and the worker processes."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import ClassVar

import pytest

from aiwatch import pipeline, runner
from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.pipeline import Pipeline, build_pipeline
from aiwatch.read import expand_inputs
from aiwatch.stages import Stage
from conftest import pipeline_for, seed_path

STORY = "标题\n\n商汤科技在上海发布人工智能平台。公司表示，平台已服务200家企业。"


class CrashStage(Stage):
    """A stage that kills its process, as a segfault or the OOM killer would."""

    name = "crash"
    analysis = False
    after = "meta"

    def __call__(self, article: Article) -> Article:
        if "CRASH-HERE" in article.body:
            os._exit(9)
        return article


class BrokenStage(Stage):
    """An optional stage with a bug on some articles."""

    name = "broken"
    requires = ("body",)
    assigns = ("extra_field",)
    after = "keywords"

    def __call__(self, article: Article) -> Article:
        if "坏" in article.body:
            raise ValueError("cannot handle 坏")
        return article


class BatchStage(Stage):
    """A stage that works on whole batches (as a model would) and records their sizes."""

    name = "batch"
    requires = ("body",)
    assigns = ("tags",)
    analysis = False
    sizes: ClassVar[list[int]] = []

    def __call__(self, article: Article) -> Article:
        if "坏" in article.body:
            raise RuntimeError("cannot tag 坏")
        article.tags = [*article.tags, "seen"]
        return article

    def pipe(self, articles):
        batch = list(articles)
        BatchStage.sizes.append(len(batch))
        for article in batch:
            if "坏" in article.body:
                raise RuntimeError("the batch call failed")
        return [self(article) for article in batch]


def with_stages(monkeypatch, *extra: type[Stage]) -> None:
    """Make extra stage classes available, as installed plugins are (workers are forked: they see them)."""
    monkeypatch.setattr(pipeline, "registered_stages", lambda: {cls.name: cls for cls in extra})


def article(body: str, path: str = "t.txt") -> Article:
    return Article(path=path, format="text", raw=f"标题\n\n{body}\n", raw_kind="text")


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    names = []
    for number in range(6):
        body = "CRASH-HERE 这一篇让工作进程退出。" if number == 2 else f"第{number}篇：人工智能产业新闻正文。"
        path = tmp_path / f"{number}.txt"
        path.write_text(f"标题{number}\n\n{body}\n", encoding="utf-8")
        names.append(str(path))
    return names


def test_the_stages_run_in_order_and_declare_what_they_need():
    nlp = pipeline_for()
    analysis = ["keywords", "taxonomy", "entities", "figures", "events", "summary", "evidence"]
    assert nlp.names == ["clean", "meta", *analysis]
    for stage in nlp.stages:
        assert stage.name and stage.assigns and callable(stage) and hasattr(stage, "pipe")
    assert build_pipeline(Options(analyze=False)).names == ["clean", "meta"]


def test_disabling_entities_with_events_on_says_what_it_means():
    with pytest.raises(AiwatchError) as caught:
        build_pipeline(Options(disabled=frozenset({"entities"})))
    message = str(caught.value)
    assert caught.value.code == "E115"
    assert "events" in message and "entities" in message and "--disable events" in message
    assert build_pipeline(Options(disabled=frozenset({"entities", "events"}))).names[-2:] == ["summary", "evidence"]


def test_an_unknown_stage_name_is_refused_with_the_known_ones():
    with pytest.raises(AiwatchError) as caught:
        build_pipeline(Options(disabled=frozenset({"entites"})))
    assert "entites" in str(caught.value) and "entities" in str(caught.value)


def test_a_missing_user_file_stops_the_build_naming_it(tmp_path):
    for options in (
        Options(taxonomy_files=(tmp_path / "no.yaml",)),
        Options(gazetteer_files=(tmp_path / "no.tsv",)),
        Options(stopword_files=(tmp_path / "no.txt",)),
        Options(idf_file=tmp_path / "no-idf.txt"),
    ):
        with pytest.raises(AiwatchError) as caught:
            build_pipeline(options)
        assert "no" in str(caught.value) and str(tmp_path) in str(caught.value)


def test_a_failing_optional_stage_keeps_the_article_with_a_warning(monkeypatch, caplog):
    with_stages(monkeypatch, BrokenStage)
    nlp = build_pipeline()
    assert nlp.names.index("broken") == nlp.names.index("keywords") + 1
    result = nlp(article("坏消息：商汤科技在上海发布人工智能平台。"))
    assert isinstance(result, Article)
    assert result.keywords and result.entities is not None  # the stages after it still ran
    assert any("stage broken failed" in w and "cannot handle" in w for w in result.warnings)
    assert "stage broken failed" in caplog.text


def test_a_failing_clean_stage_drops_the_input(monkeypatch):
    from aiwatch.stages import CleanStage

    class FailingClean(CleanStage):
        def __call__(self, article: Article) -> Article:
            raise ValueError("boom")

    with_stages(monkeypatch, FailingClean)  # a plugin may replace a built-in stage
    result = build_pipeline(Options(analyze=False))(article("正文"))
    assert isinstance(result, AiwatchError) and result.code == "E110" and "clean" in str(result)


def test_pipe_batches_and_isolates_the_article_that_spoils_a_batch(monkeypatch):
    with_stages(monkeypatch, BatchStage)
    BatchStage.sizes.clear()
    nlp = build_pipeline(Options(analyze=False))
    items = [article(f"第{i}篇正文。" + ("坏" if i == 3 else ""), f"{i}.txt") for i in range(5)]
    results = list(nlp.pipe(items, batch_size=4))
    assert BatchStage.sizes == [4, 1]  # the first batch failed as a whole: its articles were retried one by one
    assert [r.path for r in results] == [f"{i}.txt" for i in range(5)]
    assert all("seen" in r.tags for r in results if "坏" not in r.body)
    bad = results[3]
    assert isinstance(bad, Article) and any("stage batch failed" in w for w in bad.warnings)


def test_same_results_as_one_at_a_time_and_from_threads():
    body = seed_path("003").read_bytes()
    from aiwatch.read import read_bytes

    nlp = pipeline_for()
    one = [nlp(a).to_dict() for a in read_bytes(body, "003", nlp.options)]
    piped = [a.to_dict() for a in nlp.pipe(read_bytes(body, "003", nlp.options))]
    assert piped == one
    results: list[dict] = []

    def work() -> None:
        for _ in range(3):
            results.extend(nlp(a).to_dict() for a in read_bytes(body, "003", nlp.options))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 12 and all(r == one[0] for r in results)


def test_a_users_taxonomy_reaches_only_its_own_pipeline(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("technologies:\n  - name: 具身智能大脑\n    en: embodied brain\n", encoding="utf-8")
    text = "公司发布具身智能大脑，具身智能大脑可用于工厂。"
    mine = build_pipeline(Options(taxonomy_files=(user,)))
    assert "具身智能大脑" in [t.text for t in mine.resources.segmenter.tag(text)]
    found = mine(article(text))
    assert "具身智能大脑" in [t["name"] for t in found.technologies]
    assert "具身智能大脑" in found.keywords
    default = pipeline_for()
    assert "具身智能大脑" not in [t.text for t in default.resources.segmenter.tag(text)]
    assert mine.fingerprint != default.fingerprint
    assert mine.resources.segmenter.fingerprint != default.resources.segmenter.fingerprint


def test_the_fingerprint_follows_the_settings_and_the_files_content(tmp_path):
    user = tmp_path / "stop.txt"
    user.write_text("平台\n", encoding="utf-8")
    first = build_pipeline(Options(stopword_files=(user,))).fingerprint
    assert build_pipeline(Options(stopword_files=(user,))).fingerprint == first
    user.write_text("平台 企业\n", encoding="utf-8")
    assert build_pipeline(Options(stopword_files=(user,))).fingerprint != first
    assert pipeline_for(Options(keyword_count=3)).fingerprint != pipeline_for().fingerprint


def test_a_dead_worker_fails_only_its_input(corpus, monkeypatch):
    with_stages(monkeypatch, CrashStage)  # workers are forked, so they see the extra stage
    outcomes = list(runner.run(list(expand_inputs(corpus)), Options(analyze=False), jobs=2))
    assert [o.name for o in outcomes] == corpus
    failed = [o for o in outcomes if o.errors]
    assert [o.name for o in failed] == [corpus[2]]
    assert failed[0].errors[0].code == "E111"
    assert all(len(o.articles) == 1 for o in outcomes if o is not failed[0])


def test_parallel_and_serial_runs_agree(corpus):
    options = Options(analyze=False)
    inputs = list(expand_inputs(corpus))
    serial = [[a.to_dict() for a in o.articles] for o in runner.run(inputs, options, jobs=1)]
    parallel = [[a.to_dict() for a in o.articles] for o in runner.run(inputs, options, jobs=2)]
    assert serial == parallel


def test_run_takes_a_built_pipeline(corpus):
    nlp: Pipeline = pipeline_for(Options(analyze=False))
    outcomes = list(runner.run(list(expand_inputs(corpus[:2])), nlp))
    assert [len(o.articles) for o in outcomes] == [1, 1]


def test_debug_shows_a_failing_stages_traceback_and_the_default_only_the_warning(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from aiwatch.cli import app

    with_stages(monkeypatch, BrokenStage)
    path = tmp_path / "story.txt"
    path.write_text("标题\n\n坏消息：商汤科技在上海发布人工智能平台。\n", encoding="utf-8")
    runner = CliRunner()
    # In this process (no budget, so no worker process): its log lines reach the runner's stderr.
    story = [str(path), "--timeout", "0", "--max-memory-mb", "0"]
    quiet = runner.invoke(app, ["extract", *story])
    assert quiet.exit_code == 0, quiet.output  # the article is kept
    assert "stage broken failed" in quiet.output and "Traceback" not in quiet.output
    loud = runner.invoke(app, ["--debug", "extract", *story])
    assert loud.exit_code == 0
    assert "Traceback" in loud.output and "ValueError: cannot handle" in loud.output
    verbose = runner.invoke(app, ["--verbose", "extract", *story])
    assert "pipeline built" in verbose.output and "Traceback" not in verbose.output
