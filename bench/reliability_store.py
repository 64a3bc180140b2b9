"""Reliability of the corpus store: ``kill -9`` during ingest, and concurrent writers, on both backends.

``run(seconds)`` returns one row per category (the driver ``bench/reliability.py`` puts them in
``bench/RESULTS.md``); on its own::

    python bench/reliability_store.py --seconds 60 [--pg postgresql://…/db]

prints the rows as JSON.  PostgreSQL rows need ``--pg`` or ``$AIWATCH_TEST_PG`` (each run makes and
drops its own schema there); without one they say so in ``notes``.

* kill -9 during ingest: a generated news corpus is ingested by ``aiwatch ingest`` (a real process,
  analysis on), killed with SIGKILL once a random number of inputs is committed (plus a random
  fraction of a second), restarted, killed again …, then run to the end.  The stored set is then
  compared with a clean run of the same inputs: articles *lost* (in the clean run, missing after
  the kills) and *doubled* (stored twice, or present only after the kills), plus rows
  half-written (an article without its signature, buckets or search entry).
* concurrent writers: three ``aiwatch ingest`` started together on overlapping halves of the
  corpus (near-duplicate pairs split between them), compared with the clean run the same way; a
  writer that exits non-zero is a crash.

The budget (``seconds``) is shared between the backends and categories; each category runs whole
rounds until its share is used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Outlets, companies and places the analysis recognises, so that entities, keywords and taxonomy
# terms are written by every writer at once (the rows two writers used to fight over).
OUTLETS = ["第一财经", "新浪财经", "澎湃新闻", "证券时报", "36氪"]
COMPANIES = ["商汤科技", "百度", "阿里巴巴", "腾讯", "华为", "科大讯飞", "字节跳动", "寒武纪"]
PLACES = ["上海", "北京", "深圳", "杭州", "合肥"]
TOPICS = ["大模型", "人工智能", "自动驾驶", "智能芯片", "机器人", "智慧医疗"]
# Common characters for filler sentences: random text shares no 5-gram shingles with other random
# text, so no generated article is a near-duplicate of another by accident.
POOL = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
)


def _filler(rng: random.Random, length: int) -> str:
    sentences: list[str] = []
    while sum(map(len, sentences)) < length:
        sentences.append("".join(rng.choice(POOL) for _ in range(rng.randint(12, 30))) + "。")
    return "".join(sentences)


def news_body(rng: random.Random, number: int) -> str:
    company, other = rng.sample(COMPANIES, 2)
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    return (
        f"{number % 12 + 1}月{number % 27 + 1}日，{company}在{place}发布{topic}新产品。"
        + _filler(rng, 220)
        + f"{company}2023年营收{rng.randint(10, 900)}亿元，与{other}在{topic}领域展开合作。"
        + _filler(rng, 120)
    )


def write_news_corpus(folder: Path, count: int, copies: int = 0, seed: int = 11) -> tuple[list[Path], list[Path]]:
    """``count`` Markdown news files and ``copies`` near-copies (copy *i* retells article *i* for another
    outlet, with a sentence added): the originals and the copies, in that order."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    originals, near = [], []
    bodies = []
    for number in range(count):
        body = news_body(rng, number)
        bodies.append(body)
        path = folder / f"news{number:04d}.md"
        path.write_text(_markdown(f"AI快讯{number}号", number, OUTLETS[number % len(OUTLETS)], body), encoding="utf-8")
        originals.append(path)
    for number in range(min(copies, count)):
        body = bodies[number] + "责任编辑：王明。"
        path = folder / f"copy{number:04d}.md"
        outlet = OUTLETS[(number + 1) % len(OUTLETS)]
        path.write_text(_markdown(f"转载：AI快讯{number}号", number, outlet, body), encoding="utf-8")
        near.append(path)
    return originals, near


def _markdown(title: str, number: int, source: str, body: str) -> str:
    day = f"2024-{number % 12 + 1:02d}-{number % 27 + 1:02d}"
    return f"---\ntitle: {title}\ndate: {day}\nsource: {source}\n---\n\n{body}\n"


# -- databases ------------------------------------------------------------------------------------


@contextmanager
def fresh_database(backend: str, folder: Path, pg_base: str | None) -> Iterator[str]:
    """A new, empty corpus URL: a SQLite file in ``folder``, or a private schema on PostgreSQL."""
    if backend == "sqlite":
        yield str(folder / f"corpus-{uuid.uuid4().hex[:8]}.db")
        return
    import psycopg

    schema = f"rel_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in pg_base else "?"
    try:
        yield f"{pg_base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(pg_base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def stored_state(url: str) -> dict:
    """What a corpus holds: article ids with their copy links, and rows that would be half-written."""
    from sqlalchemy import func, select, text

    from aiwatch.store import open_store
    from aiwatch.store.schema import article_signatures, articles, inputs, lsh_buckets

    store = open_store(url)
    try:
        with store.connect() as conn:
            rows = conn.execute(select(articles.c.id, articles.c.duplicate_of)).all()
            fts = "article_search" if store.dialect == "postgresql" else "articles_fts"
            counts = {
                "signatures": conn.execute(select(func.count()).select_from(article_signatures)).scalar(),
                "bands": conn.execute(select(func.count()).select_from(lsh_buckets)).scalar(),
                "indexed": conn.execute(text(f"SELECT count(*) FROM {fts}")).scalar(),
                "inputs": conn.execute(select(func.count()).select_from(inputs)).scalar(),
            }
    finally:
        store.close()
    ids = [row.id for row in rows]
    return {
        "ids": ids,
        "originals": sum(1 for row in rows if row.duplicate_of is None),
        "counts": counts,
    }


def compare(clean: dict, after: dict, bands: int = 32) -> tuple[int, int, list[str]]:
    """Articles lost and doubled against the clean run, and notes on anything half-written."""
    wanted, got = set(clean["ids"]), after["ids"]
    lost = len(wanted - set(got))
    doubled = (len(got) - len(set(got))) + len(set(got) - wanted)
    notes = []
    articles = len(got)
    counts = after["counts"]
    if not counts["signatures"] == counts["indexed"] == articles or counts["bands"] != bands * articles:
        notes.append(f"half-written rows: {counts} for {articles} articles")
    if after["originals"] != clean["originals"]:
        # a near-copy stored as a second original (or the other way round) is one story doubled
        doubled += abs(after["originals"] - clean["originals"])
        notes.append(f"originals {after['originals']} vs {clean['originals']} in the clean run")
    return lost, doubled, notes


# -- processes ------------------------------------------------------------------------------------


def ingest_command(paths: list[Path] | list[str], url: str) -> list[str]:
    return [sys.executable, "-m", "aiwatch", "ingest", *map(str, paths), "--db", url, "--no-progress"]


def run_ingest(paths: list[Path], url: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(ingest_command(paths, url), capture_output=True, text=True, timeout=timeout)


def kill_round(paths: list[Path], url: str, rng: random.Random, kills: int, timeout: float = 600) -> dict:
    """Start ingest and SIGKILL it once a random number of inputs is committed (plus a random fraction
    of a second, so the kill lands in analysis, in a transaction or between them), ``kills`` times
    at growing targets; then run it to the end."""
    killed, hangs, stored_at_kill = 0, 0, []
    targets = sorted(rng.sample(range(1, len(paths)), kills))
    for target in targets:
        process = subprocess.Popen(ingest_command(paths, url), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while process.poll() is None and time.monotonic() < deadline and inputs_done(url) < target:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.3))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed += 1
            process.wait()
            stored_at_kill.append(inputs_done(url))
        process.wait()
    try:
        final = run_ingest(paths, url)
        crashed = final.returncode != 0
    except subprocess.TimeoutExpired:
        final, crashed, hangs = None, True, 1
    return {
        "killed": killed,
        "stored_at_kill": stored_at_kill,
        "crashed": crashed,
        "hangs": hangs,
        "stderr": final.stderr[-300:] if final else "",
    }


def inputs_done(url: str) -> int:
    """Inputs committed so far (0 when the kill came before the corpus was even created)."""
    from sqlalchemy import func, select

    from aiwatch.errors import AiwatchError
    from aiwatch.store import open_store
    from aiwatch.store.schema import inputs

    try:
        with open_store(url, read_only=True) as store, store.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(inputs)).scalar_one())
    except AiwatchError:
        return 0


def concurrent_round(groups: list[list[Path]], url: str, timeout: float = 600) -> dict:
    """Start one ``aiwatch ingest`` per group at the same moment; wait for all of them."""
    processes = [
        subprocess.Popen(ingest_command(group, url), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for group in groups
    ]
    crashes, hangs, errors = 0, 0, []
    deadline = time.monotonic() + timeout
    for process in processes:
        try:
            _, stderr = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            _, stderr = process.communicate()
            hangs += 1
            continue
        if process.returncode != 0:
            crashes += 1
            errors.append(stderr.strip().splitlines()[-1] if stderr.strip() else f"exit {process.returncode}")
    return {"crashes": crashes, "hangs": hangs, "errors": errors}


def overlapping_groups(originals: list[Path], copies: list[Path], writers: int) -> list[list[Path]]:
    """Each writer gets a window of the originals overlapping its neighbours', and the near-copies of
    articles that *another* writer holds, so that an original and its copy race each other; every
    input goes to one writer at least."""
    size = len(originals)
    span = max(2, (size * 2) // (writers + 1))
    groups = []
    for number in range(writers):
        start = (number * size) // (writers + 1)
        end = size if number == writers - 1 else start + span  # the last one reaches the end
        groups.append(originals[start:end])
    for copy in copies:
        original = copy.name.replace("copy", "news")
        others = [group for group in groups if original not in {path.name for path in group}]
        for group in others or groups[-1:]:
            group.append(copy)
    return groups


# -- categories -----------------------------------------------------------------------------------


def _row(category: str, backend: str) -> dict:
    return {
        "category": f"{category} ({backend})",
        "inputs": 0,
        "crashes": 0,
        "hangs": 0,
        "peak_mem_ratio": None,
        "lost": 0,
        "doubled": 0,
        "notes": "",
    }


#: Below this share of the budget (the driver's --quick gives a few seconds), corpora are small and
#: each round has one kill: the categories still run end to end, just less of them.
SHORT = 30.0


def corpus_size(seconds: float, full: int) -> int:
    return full if seconds >= SHORT else 12


def kill_category(backend: str, seconds: float, work: Path, pg_base: str | None, seed: int) -> dict:
    row = _row("kill -9 during ingest", backend)
    rng = random.Random(seed)
    originals, copies = write_news_corpus(work / "kill-corpus", corpus_size(seconds, 60), copies=6, seed=seed)
    paths = originals + copies
    with fresh_database(backend, work, pg_base) as url:
        started = time.monotonic()
        clean_run = run_ingest(paths, url)
        clean, clean_seconds = stored_state(url), time.monotonic() - started
    if clean_run.returncode != 0:
        row["crashes"] += 1
    notes, rounds, killed, moments = [], 0, 0, []
    deadline = time.monotonic() + seconds
    while rounds == 0 or time.monotonic() + clean_seconds * 3 < deadline:
        with fresh_database(backend, work, pg_base) as url:
            result = kill_round(paths, url, rng, kills=3 if seconds >= SHORT else 1)
            lost, doubled, round_notes = compare(clean, stored_state(url))
        rounds += 1
        killed += result["killed"]
        moments += result["stored_at_kill"]
        row["inputs"] += len(paths)
        row["crashes"] += int(result["crashed"])
        row["hangs"] += result["hangs"]
        row["lost"] += lost
        row["doubled"] += doubled
        notes += round_notes + ([result["stderr"]] if result["crashed"] else [])
    summary = f"{rounds} round(s) of {len(paths)} inputs, {killed} SIGKILL(s) with {moments} inputs committed"
    row["notes"] = "; ".join([summary, *notes[:3]])
    return row


def concurrent_category(backend: str, seconds: float, work: Path, pg_base: str | None, seed: int) -> dict:
    row = _row("concurrent writers", backend)
    originals, copies = write_news_corpus(work / "concurrent-corpus", corpus_size(seconds, 45), copies=9, seed=seed)
    with fresh_database(backend, work, pg_base) as url:
        started = time.monotonic()
        run_ingest(originals + copies, url)
        clean, clean_seconds = stored_state(url), time.monotonic() - started
    notes, rounds = [], 0
    deadline = time.monotonic() + seconds
    while rounds == 0 or time.monotonic() + clean_seconds * 2 < deadline:
        writers = 2 + rounds % 2  # 2, 3, 2, … simultaneous writers
        groups = overlapping_groups(originals, copies, writers)
        with fresh_database(backend, work, pg_base) as url:
            result = concurrent_round(groups, url)
            lost, doubled, round_notes = compare(clean, stored_state(url))
        rounds += 1
        row["inputs"] += sum(map(len, groups))
        row["crashes"] += result["crashes"]
        row["hangs"] += result["hangs"]
        row["lost"] += lost
        row["doubled"] += doubled
        notes += round_notes + result["errors"]
    row["notes"] = "; ".join([f"{rounds} round(s) of 2-3 writers over {len(originals + copies)} inputs", *notes[:3]])
    return row


def run(seconds: float, pg: str | None = None) -> list[dict]:
    """One row per category and backend, within about ``seconds`` in all."""
    pg_base = pg or os.environ.get("AIWATCH_TEST_PG")
    # a short budget (the driver's --quick) runs SQLite only: every process start costs seconds
    backends = ["sqlite", "postgresql"] if pg_base and seconds / 4 >= SHORT else ["sqlite"]
    share = seconds / (2 * len(backends))
    rows = []
    with tempfile.TemporaryDirectory(prefix="aiwatch-reliability-") as tmp:
        work = Path(tmp)
        for backend in backends:
            rows.append(kill_category(backend, share, work, pg_base, seed=1))
            rows.append(concurrent_category(backend, share, work, pg_base, seed=2))
    if "postgresql" not in backends:
        reason = "no PostgreSQL (--pg or $AIWATCH_TEST_PG)" if not pg_base else f"budget under {4 * SHORT:g} s"
        for category in ("kill -9 during ingest", "concurrent writers"):
            skipped = _row(category, "postgresql")
            skipped["notes"] = f"not run: {reason}"
            rows.append(skipped)
    return rows


COLUMNS = ("category", "inputs", "crashes", "hangs", "peak_mem_ratio", "lost", "doubled", "notes")


def markdown(rows: list[dict], command: str, seconds: float) -> str:
    """The rows as the results file: table, machine, command."""
    from machine import describe_machine

    lines = [
        "# Corpus store: kill -9 during ingest, concurrent writers",
        "",
        "Each round is compared with a clean run of the same inputs (ids stored, originals vs near-copies,",
        "every article with its signature, LSH buckets and search entry). Before issue 10 two writers on one",
        "SQLite file failed with `database is locked` / UNIQUE errors (measured again on this branch with the",
        "write lock removed: 2 of 3 writers exited 2); there is no other library to compare with here.",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    for row in rows:
        lines.append("| " + " | ".join("" if row[c] is None else str(row[c]) for c in COLUMNS) + " |")
    lines += ["", f"Machine: {describe_machine()}", "", f"Command: `{command}` ({seconds:.0f} s)", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget for all categories")
    parser.add_argument("--pg", help="a PostgreSQL database URL to test on (default $AIWATCH_TEST_PG)")
    parser.add_argument("--output", type=Path, help="also write the table here (Markdown, with machine and command)")
    args = parser.parse_args()
    started = time.monotonic()
    rows = run(args.seconds, args.pg)
    print(json.dumps(rows, ensure_ascii=False, indent=1))
    if args.output:
        command = f"python bench/reliability_store.py --seconds {args.seconds:g} --output {args.output}"
        if any(row["inputs"] and "postgresql" in row["category"] for row in rows):
            command = "AIWATCH_TEST_PG=postgresql://…/db " + command
        args.output.write_text(markdown(rows, command, time.monotonic() - started), encoding="utf-8")


if __name__ == "__main__":
    main()
