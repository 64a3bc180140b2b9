"""Signatures and index text prepared away from the writer (``aiwatch.store.prepare``).

Whether the MinHash signature, the bucket keys and the index text of an article were computed by
the writer, by preparing processes beside it (``ingest_articles(prepare_jobs=N)``) or by the
analysis workers (``aiwatch ingest``, ``Ingest.run`` with a worker pool), the same rows are stored
and the same searches find the same articles; a preparation that does not fit the article it is
given for is not used; a run killed while preparing processes work leaves whole batches only.
"""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

import store_helpers
from aiwatch.options import Options
from aiwatch.read import expand_inputs
from aiwatch.runner import run
from aiwatch.store import fts, open_store
from aiwatch.store.ingest import BATCH, Ingest, ingest_articles
from aiwatch.store.prepare import HINT, attach, flavour_of, prepare, usable
from aiwatch.store.schema import articles
from aiwatch.store.search import search
from conftest import ROOT
from test_store_batch import drop, dump, second_url, stream
from test_store_ingest import _integrity, write_corpus

db_url = store_helpers.db_url

sys.path.insert(0, str(ROOT / "bench"))


def _queries(items: list[dict]) -> list[str]:
    """A word, a substring inside a word, a phrase and a title word of the generated articles."""
    words = fts.tokens(items[7]["body"])
    long_word = next(word for word in words if len(word) >= 3)
    return [words[2], long_word[1:3], f'"{words[4]} {words[5]}"', f"title:{fts.tokens(items[3]['title'])[0]}"]


def _hits(url: str, queries: list[str]) -> dict[str, list[str]]:
    opened = open_store(url)
    found = {query: [hit.id for hit in search(opened, query, limit=50)] for query in queries}
    opened.close()
    return found


def test_prepared_beside_the_writer_stores_and_finds_what_the_writer_alone_does(db_url: str) -> None:
    items = stream()
    plain = open_store(db_url)
    counts = ingest_articles(plain, items, threshold=0.6)
    plain.close()
    other = second_url(db_url)
    try:
        prepared = open_store(other)
        prepared_counts = ingest_articles(prepared, items, threshold=0.6, prepare_jobs=2)
        prepared.close()
        assert vars(prepared_counts) == vars(counts)
        expected, got = dump(db_url), dump(other)
        queries = _queries(items)
        expected_hits, got_hits = _hits(db_url, queries), _hits(other, queries)
    finally:
        drop(other)
    assert counts.duplicate > 10 and counts.revision == 9
    assert expected.get("pairs", [None])  # PostgreSQL: pairs of common words were found (and compared)
    for name in expected:
        assert got[name] == expected[name], name
    assert got_hits == expected_hits
    assert all(expected_hits.values()), expected_hits


def test_a_preparation_that_does_not_fit_its_article_is_not_used(db_url: str) -> None:
    items = stream()[:80]
    flavour = flavour_of("postgresql" if db_url.startswith("postgresql") else "sqlite")
    foreign = "sqlite" if flavour == "postgresql" else "postgresql"
    wrong = {}
    for number, item in enumerate(items):
        neighbour = items[(number + 1) % len(items)]
        if number % 3 == 0:  # made for another article's text
            wrong[item["id"]] = prepare(neighbour["title"], neighbour["body"], flavour)
        elif number % 3 == 1:  # for the other backend's index
            wrong[item["id"]] = prepare(item["title"], item["body"], foreign)
        else:  # with another dictionary
            wrong[item["id"]] = prepare(item["title"], item["body"], flavour)._replace(dictionary="other")
        assert not usable(wrong[item["id"]], item["title"], item["body"], flavour)
    plain = open_store(db_url)
    ingest_articles(plain, items, threshold=0.6)
    plain.close()
    other = second_url(db_url)
    try:
        given = open_store(other)
        Ingest(given, 0.6).store_articles(items, prepared=wrong)
        given.close()
        expected, got = dump(db_url), dump(other)
    finally:
        drop(other)
    for name in expected:
        assert got[name] == expected[name], name


def test_analysis_workers_prepare_and_the_store_is_the_same(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    write_corpus(folder, 40)
    options = Options(analyze=False)
    flavour = flavour_of("postgresql" if db_url.startswith("postgresql") else "sqlite")
    parts = list(run(expand_inputs([str(folder)]), options, jobs=2, finish=functools.partial(attach, flavour=flavour)))
    made = [article for part in parts for article in part.articles]
    assert len(made) == 40
    assert all(usable(a.hints.get(HINT), a.title, a.body, flavour) for a in made)

    in_workers = open_store(db_url)
    Ingest(in_workers, 0.6).run([str(folder)], options, jobs=2)
    in_workers.close()
    other = second_url(db_url)
    try:
        in_writer = open_store(other)  # one job without a budget: analysed and prepared here
        Ingest(in_writer, 0.6).run([str(folder)], options, jobs=1, budget=None)
        in_writer.close()
        expected, got = dump(other), dump(db_url)
    finally:
        drop(other)
    assert len(got["articles"]) == 40
    for name in expected:
        assert got[name] == expected[name], name


_KILLED_SCRIPT = """
import sys
from aiwatch.store import open_store
from aiwatch.store.ingest import ingest_articles
sys.path.insert(0, sys.argv[3])
from bench_store import Corpus
ingest_articles(open_store(sys.argv[1]), Corpus(seed=3).generate(int(sys.argv[2])), threshold=0.6, prepare_jobs=1)
"""


def test_a_killed_run_with_preparing_processes_leaves_whole_batches(db_url: str) -> None:
    total = 20 * BATCH
    watcher = open_store(db_url)  # the schema first, so polling can start at once
    command = [sys.executable, "-c", _KILLED_SCRIPT, db_url, str(total), str(ROOT / "bench")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and process.poll() is None:
            with watcher.connect() as conn:
                if conn.execute(select(func.count()).select_from(articles)).scalar() >= 2 * BATCH:
                    break
            time.sleep(0.02)
        assert process.poll() is None, "the run finished before it could be interrupted; store more articles"
        children = [int(pid) for pid in Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()]
        assert children, "no preparing process"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
        watcher.close()
    after_kill = _integrity(db_url)
    assert after_kill["articles"] % BATCH == 0 and 2 * BATCH <= after_kill["articles"] < total
    assert after_kill["articles"] == after_kill["signatures"] == after_kill["bands"] == after_kill["indexed"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in children):
        time.sleep(0.05)
    assert not any(_running(pid) for pid in children), "a preparing process outlived its writer"


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_the_index_fingerprint_needs_no_segmenter() -> None:
    """A writer whose articles were all prepared elsewhere never cuts a word: it only compares the
    dictionary fingerprint, which is computed from the words without loading the segmenter, and
    is the value the segmenter itself reports."""
    from aiwatch.analyze import segment

    segment.default_segmenter.cache_clear()
    segment.default_fingerprint.cache_clear()
    fts.dictionary_fingerprint.cache_clear()
    try:
        fingerprint = fts.dictionary_fingerprint()
        assert segment.default_segmenter.cache_info().currsize == 0
        assert fingerprint == segment.Segmenter(segment.domain_words()).fingerprint
        assert fingerprint == fts.index_segmenter().fingerprint
    finally:
        segment.default_fingerprint.cache_clear()
        fts.dictionary_fingerprint.cache_clear()
