"""Search benchmark: latency per query class and ingest throughput, today's code beside a baseline.

The corpus is bench_store's synthetic one (jieba-dictionary vocabulary with its frequencies,
synthesised analysis, planted near-duplicates), so that words have a realistic spread of
frequencies: a rare word is in a few dozen articles, 人工智能 in nearly all of them.

    # latency per query class on corpora built earlier (SQLite file, PostgreSQL URL)
    python bench/bench_search.py --db /tmp/s/new.db --db postgresql://… --label "100,000 articles"
    # ingest throughput, this code and a baseline checkout (PYTHONPATH of its src) in the same run
    python bench/bench_search.py --ingest 5000 --baseline-src /tmp/old/src --pg postgresql://…

Each query runs ``--rounds`` times through ``aiwatch.store.search.search`` (limit 20, snippets,
what ``aiwatch search`` does); p50 / p95 are over every run of the class.  A query class the
baseline cannot express (substrings, phrases, facets) is shown as such, with what it found.
Writes markdown to ``--output`` (default bench/results/search.md).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

RESULTS = BENCH / "results" / "search.md"


def query_classes(words: list[str], orgs: list[str]) -> dict[str, list[str]]:
    """Queries per class, from the synthetic corpus's own vocabulary (ranked by frequency)."""
    rare = [w for w in words[18000:26000:1000] if len(w) == 2][:5] or words[18000:18005]
    rare3 = [w[:3] for w in words[9000:20000:500] if len(w) >= 4][:4]
    return {
        "rare word": rare,
        "common word": ["人工智能", words[0], words[3], "发展"],
        "phrase": ['"人工智能"', f'"{words[0]} {words[1]}"', f'"{words[2]} {words[5]}"'],
        "substring": ["工智", rare3[0] if rare3 else "科技", *(rare3[1:3]), "人工智"],
        "prefix": [f"{words[10][:1]}*", f"{rare[0][:1]}{rare[1][:1]}*"],
        "boolean": [f"{rare[0]} OR {rare[1]}", f"{words[4]} -{words[6]}", f"({rare[2]} OR 人工智能) -{words[1]}"],
        "filter only": ["source:第一财经", "tech:大模型", "date:2024-03", f"entity:{orgs[7]}"],
        "word + filter": ["人工智能 source:第一财经", f"{rare[0]} date:2024-01..2024-06", f"{words[2]} tech:芯片"],
        "facets": ["", "人工智能", rare[1], "source:澎湃新闻"],
    }


def corpus_classes() -> dict[str, list[str]]:
    """``query_classes`` of the synthetic corpus's own vocabulary, as every measurement runs them."""
    from bench_store import Corpus

    corpus = Corpus()
    return query_classes(corpus.words.tolist(), corpus.orgs)


#: What the baseline (word-level search, AND only, filters as options) is given for each class.
def baseline_query(klass: str, query: str):
    from aiwatch.store.search import Filters

    if klass == "filter only" or klass == "word + filter":
        words, _, field = query.rpartition(" ") if " " in query else ("", "", query)
        name, _, value = field.partition(":")
        if name == "date":
            low, _, high = value.partition("..")
            return words, Filters(since=f"{low}-01", until=f"{(high or low)}-28")
        key = {"source": "source", "tech": "technology", "entity": "entity"}[name]
        return words, Filters(**{key: value})
    if klass == "phrase":
        return query.strip('"'), Filters()
    return query, Filters()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def backend_pid(store) -> int | None:
    """The PostgreSQL server process serving the store's pooled connection (None on SQLite)."""
    if store.engine.dialect.name != "postgresql":
        return None
    from sqlalchemy import text

    with store.connect() as conn:
        return conn.execute(text("SELECT pg_backend_pid()")).scalar()


def serial(store) -> None:
    """No parallel workers in the store's PostgreSQL sessions: their CPU time is not the measured
    backend's, so a plan the planner splits over three processes would look a third as costly."""
    from sqlalchemy import event

    @event.listens_for(store.engine, "connect")
    def no_workers(dbapi_connection, _record) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET max_parallel_workers_per_gather = 0")
        dbapi_connection.commit()

    store.engine.dispose()


def on_cpu_ns(pid: int | None) -> int:
    """Nanoseconds process ``pid`` has spent on a CPU (/proc/PID/schedstat, first field); 0 for None."""
    if pid is None:
        return 0
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])


def measure(db: str, rounds: int, baseline: bool, only: set[str] | None = None) -> dict:
    """Wall-clock and CPU milliseconds per query class.  CPU = this thread's CPU time plus, on
    PostgreSQL, the serving backend's time on a CPU: what the query costs the machine, which the
    shared machine's load inflates far less than the wall clock (time spent waiting for a core)."""
    from aiwatch.store import open_store
    from aiwatch.store import search as search_module

    classes = corpus_classes()
    store = open_store(db)
    if os.environ.get("AIWATCH_BENCH_SERIAL") and store.engine.dialect.name == "postgresql":
        serial(store)
    pid = backend_pid(store)
    out = {}
    for klass, queries in classes.items():
        if only and klass not in only:
            continue
        if baseline and klass in ("substring", "prefix", "boolean", "facets"):
            found = []
            if klass == "substring":
                found = [len(search_module.search(store, q, limit=1000)) for q in queries]
            out[klass] = {"supported": False, "found": found, "queries": queries}
            continue
        timings, cpu, counts = [], [], []
        for query in queries:
            for round_number in range(rounds + 1):
                start, cpu_start, server_start = time.perf_counter(), time.thread_time(), on_cpu_ns(pid)
                if klass == "facets":
                    result = search_module.facets(store, query)
                    count = result.counted
                elif baseline:
                    text, filters = baseline_query(klass, query)
                    count = len(search_module.search(store, text, filters, limit=20))
                else:
                    count = len(search_module.search(store, query, limit=20))
                if round_number:  # the first run warms the cache
                    timings.append((time.perf_counter() - start) * 1000)
                    server = (on_cpu_ns(pid) - server_start) / 1e6
                    cpu.append((time.thread_time() - cpu_start) * 1000 + server)
            counts.append(count)
        out[klass] = {
            "supported": True,
            "p50": statistics.median(timings),
            "p95": percentile(timings, 0.95),
            "cpu_p50": statistics.median(cpu),
            "cpu_p95": percentile(cpu, 0.95),
            "max": max(timings),
            "hits": counts,
            "queries": queries,
        }
    if pid is not None and backend_pid(store) != pid:
        raise SystemExit("the pool changed PostgreSQL connections during the run: server CPU not measured")
    with store.connect() as conn:
        from sqlalchemy import text

        out["_articles"] = conn.execute(text("SELECT count(*) FROM articles")).scalar()
    out["_load"] = [round(x, 1) for x in os.getloadavg()]
    store.close()
    return out


def reset(db: str) -> None:
    if db.startswith("postgresql"):
        import psycopg

        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
            conn.execute("CREATE SCHEMA public")
        return
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)


def ingest_rate(db: str, count: int) -> dict:
    """Build a corpus of ``count`` generated articles from empty; articles per second of the store stage."""
    from aiwatch.store import open_store
    from aiwatch.store.ingest import ingest_articles
    from bench_store import Corpus

    items = list(Corpus().generate(count))
    reset(db)
    store = open_store(db)
    start = time.perf_counter()
    counts = ingest_articles(store, items, threshold=0.6)
    elapsed = time.perf_counter() - start
    store.close()
    return {"articles": count, "seconds": elapsed, "per_s": count / elapsed, "new": counts.new, "dup": counts.duplicate}


def run_elsewhere(src: str | None, mode: str, *args: str) -> dict:
    """This script in a child process, with ``src`` first on the path (the baseline checkout)."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = os.pathsep.join([src, str(BENCH)])
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, *args], env=env, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"{mode} {args} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def backend(db: str) -> str:
    return "PostgreSQL" if db.startswith("postgresql") else "SQLite"


def latency_table(label: str, runs: list[tuple[str, str, dict]]) -> list[str]:
    lines = [f"### Query latency, {label}", "", "| class | " + " | ".join(name for name, _, _ in runs) + " |"]
    lines.append("|---|" + "---:|" * len(runs))
    classes = [k for k in runs[0][2] if not k.startswith("_")]
    for klass in classes:
        cells = []
        for _, _, result in runs:
            item = result.get(klass)
            if item is None:
                cells.append("—")
            elif not item["supported"]:
                found = f" (found {', '.join(map(str, item['found']))})" if item["found"] else ""
                cells.append(f"not supported{found}")
            else:
                cpu = f" (CPU {item['cpu_p50']:.1f} / {item['cpu_p95']:.1f})" if "cpu_p50" in item else ""
                cells.append(f"{item['p50']:.1f} / {item['p95']:.1f} ms{cpu}")
        lines.append(f"| {klass} | " + " | ".join(cells) + " |")
    loads = ", ".join(f"{name}: {' '.join(map(str, result['_load']))}" for name, _, result in runs if "_load" in result)
    lines += [
        "",
        "Cells: p50 / p95 wall clock (ms), and in brackets p50 / p95 of the CPU time the query took (ms: the",
        "client thread, plus the PostgreSQL backend's time on a CPU).  Load average at the end of each run:",
        f"{loads}.  Queries per class (today's code):",
        "",
    ]
    for klass in classes:
        item = runs[0][2][klass]
        hits = f" → hits on page 1: {item['hits']}" if item.get("hits") else ""
        lines.append(f"- {klass}: `{'`, `'.join(item['queries'])}`{hits}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--db", action="append", default=[], help="Corpus to measure (repeatable).")
    parser.add_argument("--baseline-db", action="append", default=[], help="Corpus built by the baseline code.")
    parser.add_argument("--baseline-src", help="src/ of a baseline checkout (measured in a child process).")
    parser.add_argument("--label", default="", help="Describes the corpora (e.g. 100,000 articles).")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--ingest", type=int, default=0, help="Also measure ingest of this many articles.")
    parser.add_argument("--pg", help="PostgreSQL URL for the ingest runs (its public schema is dropped!).")
    parser.add_argument("--build", type=int, default=0, help="Build a SQLite corpus of this many articles, measure it.")
    parser.add_argument("--pg-baseline", help="A second PostgreSQL URL for the baseline's corpus (kept apart).")
    parser.add_argument("--measure-built", action="store_true", help="Also measure latency on the corpora built.")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--classes", default="", help="Only these query classes, comma-separated (e.g. 'rare word,facets')."
    )
    parser.add_argument(
        "--serial",
        action="store_true",
        help="PostgreSQL: no parallel workers, so that a query's whole server CPU is the measured backend's.",
    )
    args = parser.parse_args()
    unknown = {c for c in args.classes.split(",") if c} - set(corpus_classes())
    if unknown:
        parser.error(f"unknown query class(es): {', '.join(sorted(unknown))}")
    if args.serial:
        os.environ["AIWATCH_BENCH_SERIAL"] = "1"  # read by the measuring child processes
    if args.child:
        mode, *rest = args.child
        if mode == "measure":
            only = set(rest[3].split(",")) if len(rest) > 3 and rest[3] else None
            print(json.dumps(measure(rest[0], int(rest[1]), rest[2] == "baseline", only)))
        else:
            print(json.dumps(ingest_rate(rest[0], int(rest[1]))))
        return
    from machine import describe_machine

    lines = [
        "# Search benchmark",
        "",
        f"Machine: {describe_machine()}  ",
        "Command: `python bench/bench_search.py "
        + " ".join(a if "://" not in a else "postgresql://…" for a in sys.argv[1:])
        + "`  ",
        f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
    ]
    built: list[tuple[str, str, str | None]] = []  # (label, corpus, code src) to measure afterwards
    if args.ingest:
        workdir = Path(tempfile.mkdtemp(prefix="aiwatch-search-"))
        lines += [
            f"### Ingest, {args.ingest:,} generated articles from empty (store stage: dedup + search index)",
            "",
            "| backend | baseline (articles/s) | today (articles/s) | ratio |",
            "|---|---:|---:|---:|",
        ]
        targets = [(str(workdir / "baseline.db"), str(workdir / "today.db"))]
        if args.pg:
            targets.append((args.pg_baseline or args.pg, args.pg))
        for old_db, new_db in targets:
            old = run_elsewhere(args.baseline_src, "ingest", old_db, str(args.ingest)) if args.baseline_src else None
            new = run_elsewhere(None, "ingest", new_db, str(args.ingest))
            ratio = f"{new['per_s'] / old['per_s']:.2f}×" if old else "—"
            old_cell = f"{old['per_s']:.0f} ({old['seconds']:.0f} s)" if old else "—"
            lines.append(f"| {backend(new_db)} | {old_cell} | {new['per_s']:.0f} ({new['seconds']:.0f} s) | {ratio} |")
            print(lines[-1], file=sys.stderr, flush=True)
            if args.measure_built:
                built.append((f"today, {backend(new_db)}", new_db, None))
                if old and old_db != new_db:
                    built.append((f"baseline, {backend(old_db)}", old_db, args.baseline_src))
        lines.append("")
    runs = []
    if args.build:
        fresh = str(Path(tempfile.mkdtemp(prefix="aiwatch-search-")) / "built.db")
        rate = run_elsewhere(None, "ingest", fresh, str(args.build))
        lines += [f"Built {args.build:,} articles for the latency table at {rate['per_s']:.0f} articles/s.", ""]
        args.db.insert(0, fresh)
    for db in args.db:
        result = run_elsewhere(None, "measure", db, str(args.rounds), "today", args.classes)
        runs.append((f"today, {backend(db)}", db, result))
        print(runs[-1][0], file=sys.stderr, flush=True)
    for db in args.baseline_db:
        result = run_elsewhere(args.baseline_src, "measure", db, str(args.rounds), "baseline", args.classes)
        runs.append((f"baseline, {backend(db)}", db, result))
        print(runs[-1][0], file=sys.stderr, flush=True)
    for label, db, src in built:
        mode = "baseline" if src else "today"
        runs.append((label, db, run_elsewhere(src, "measure", db, str(args.rounds), mode, args.classes)))
        print(label, file=sys.stderr, flush=True)
    if runs:
        sizes = ", ".join(f"{name}: {result['_articles']:,} articles" for name, _, result in runs)
        lines += latency_table(args.label or sizes, runs)
        lines += ["", f"Corpora: {sizes}."]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(args.output.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
