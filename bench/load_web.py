"""Load test of the web app: requests/s and latency percentiles for search and article pages.

    python bench/load_web.py                                   # 2,000 synthetic articles
    python bench/load_web.py --articles 100000 --db /tmp/web100k.db   # build once, reuse after

Bounded and local only: the server (``aiwatch serve``) is started on 127.0.0.1 on a free port,
each scenario sends at most ``--requests`` requests with ``--concurrency`` clients and stops
after ``--seconds`` whatever happens.  The corpus is the store benchmark's synthetic one
(``bench/bench_store.py``: jieba-vocabulary bodies, synthesised analysis, planted near-duplicates)
with entity names written into the text and their mention offsets recorded, so article pages
mark entities up as real ones do.  Results go to ``bench/results/web_load.md`` with the machine
and the command.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import httpx
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aiwatch.article import article_id
from aiwatch.store import open_store
from aiwatch.store.ingest import ingest_articles
from aiwatch.store.schema import articles
from aiwatch.web import queries
from bench_store import QUERIES, SOURCES, TECHNOLOGIES, Corpus
from machine import describe_machine

RESULTS = Path(__file__).resolve().parent / "results" / "web_load.md"
HOST = "127.0.0.1"  # never anything else: this script must not load someone else's server


def with_mentions(data: dict) -> dict:
    """Write each entity's name into the body (据…介绍，) and record where, as the analysis would."""
    sentences = data["body"].split("。")
    names = [e["name"] for e in data["entities"]]
    for i, name in enumerate(names):
        at = (i * 3) % max(1, len(sentences))
        sentences[at] = f"据{name}介绍，{sentences[at]}"
    body = "。".join(sentences)
    entities = []
    for entity in data["entities"]:
        mentions, start = [], body.find(entity["name"])
        while start >= 0 and len(mentions) < 20:
            mentions.append({"start": start, "end": start + len(entity["name"])})
            start = body.find(entity["name"], start + 1)
        entities.append(entity | {"mentions": mentions, "count": max(1, len(mentions))})
    data = data | {"body": body, "entities": entities}
    return data | {"id": article_id(data.get("title"), body)}


def build_corpus(db: str, size: int) -> None:
    started = time.perf_counter()
    corpus = Corpus(seed=23)
    with open_store(db) as store:
        batch = []
        for number, data in enumerate(corpus.generate(size), 1):
            batch.append(with_mentions(data))
            if len(batch) == 1000:
                ingest_articles(store, batch)
                batch = []
                rate = number / (time.perf_counter() - started)
                print(f"\r  built {number:,} / {size:,} ({rate:.0f}/s)", end="", file=sys.stderr, flush=True)
        if batch:
            ingest_articles(store, batch)
    print(f"\n  corpus of {size:,} built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def corpus_ids(db: str, sample: int = 5000) -> tuple[int, list[str]]:
    """The corpus size and a random sample of article ids to request."""
    with open_store(db) as store:
        total = queries.corpus_counts(store)["articles"]
        with store.connect() as conn:
            ids = conn.execute(select(articles.c.id).order_by(func.random()).limit(sample)).scalars().all()
    return total, list(ids)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int, workers: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "aiwatch", "serve", "--db", db, "--host", HOST, "--port", str(port)]
    command += ["--workers", str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited: {process.stderr.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/api/health", timeout=2):
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("server did not start in 60 s")


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds (user + system) used so far by process ``root`` and all its descendants (the
    server and its worker processes), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents, cpu = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    tree, changed = {root}, True
    while changed:
        grown = tree | {pid for pid, parent in parents.items() if parent in tree}
        changed, tree = grown != tree, grown
    return sum(cpu.get(pid, 0.0) for pid in tree)


def search_paths(rng: random.Random, count: int, api: bool) -> list[str]:
    """The store benchmark's queries, alone and with a date, source or technology filter."""
    paths = []
    for _ in range(count):
        query = rng.choice(QUERIES)
        extra = rng.choice(
            [
                "",
                "&since=2024-06",
                f"&source={quote(rng.choice(SOURCES))}",
                f"&technology={quote(rng.choice(TECHNOLOGIES))}",
            ]
        )
        if api:
            paths.append(f"/api/search?q={quote(query)}{extra}")
        else:
            page = rng.choice(["", "", "", "&page=2"])
            paths.append(f"/?q={quote(query)}{extra}{page}")
    return paths


async def run_scenario(base: str, paths: list[str], concurrency: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    reasons: Counter[str] = Counter()  # what the errors were: HTTP status or exception class
    queue = list(reversed(paths))
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker() -> None:
            nonlocal errors
            while queue and time.perf_counter() < deadline:
                path = queue.pop()
                began = time.perf_counter()
                try:
                    response = await client.get(path)
                    if response.status_code != 200:
                        errors += 1
                        reasons[f"HTTP {response.status_code}"] += 1
                except httpx.HTTPError as exc:
                    errors += 1
                    reasons[type(exc).__name__] += 1
                latencies.append(time.perf_counter() - began)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else 0.0

    return {
        "requests": len(latencies),
        "errors": errors,
        "reasons": dict(reasons),
        "seconds": elapsed,
        "rps": len(latencies) / elapsed if elapsed else 0.0,
        "p50": pct(0.50),
        "p95": pct(0.95),
        "p99": pct(0.99),
    }


MENTIONS = ", entity names written into the text with mention offsets"


def write_results(rows: list[tuple[str, dict]], args, total: int, command: str, built: bool) -> None:
    backend = "PostgreSQL" if "://" in (args.db or "") else "SQLite"
    lines = [
        "# Web load test",
        "",
        f"Machine: {describe_machine()}  ",
        f"Command: `{command}`  ",
        f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        f"Corpus: {total:,} articles (plus near-duplicate copies) from `bench/bench_store.py`'s synthetic",
        f"generator{MENTIONS if built else ' (as stored in --db)'}.  Server: `aiwatch serve` ({backend},",
        "defaults, `--workers` processes as in the table) on 127.0.0.1; client: httpx on the same machine",
        f"(it shares the 2 cores with the server); {args.concurrency} concurrent clients, at most",
        f"{args.requests:,} requests or {args.seconds:.0f} s per scenario, after a warm-up.  Search pages render",
        "20 hits with snippets and the total; article pages render the marked-up text and the analysis panel.",
        "Server CPU / request: the CPU time of the server's processes during the scenario over the requests",
        "answered (the wall-clock columns mostly measure the wait for a core on a loaded machine).",
        "",
        "| scenario | server processes | requests | errors | requests/s | p50 | p95 | p99 | server CPU / request |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, workers, r in rows:
        lines.append(
            f"| {name} | {workers} | {r['requests']:,} | {r['errors']} | {r['rps']:.1f} | {r['p50']:.0f} ms | "
            f"{r['p95']:.0f} ms | {r['p99']:.0f} ms | {r['cpu_ms']:.1f} ms |"
        )
    failed = [f"{name} ({workers}): {r['reasons']}" for name, workers, r in rows if r["reasons"]]
    if failed:
        lines += ["", "Errors: " + "; ".join(failed) + "."]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    existing = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() and args.append else ""
    text = "\n".join(lines) + "\n"
    RESULTS.write_text(existing + ("\n" if existing else "") + text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="Synthetic corpus size (default 2,000).")
    parser.add_argument(
        "--db", help="Corpus file (built when missing, reused when present) or a PostgreSQL URL (used as it is)."
    )
    parser.add_argument("--requests", type=int, default=1500, help="Most requests per scenario.")
    parser.add_argument("--concurrency", type=int, default=16, help="Concurrent clients.")
    parser.add_argument("--seconds", type=float, default=60, help="Longest time per scenario.")
    parser.add_argument("--workers", default="1", help="Server processes to try, comma-separated (e.g. 1,2).")
    parser.add_argument("--append", action="store_true", help="Add to the results file instead of replacing it.")
    args = parser.parse_args()
    db = args.db or f"/tmp/aiwatch-web-load-{args.articles}.db"
    # a corpus built here has entity mentions in its text; one given (a PostgreSQL URL, a file
    # from bench/build_corpus.py) is used as it is
    built = "://" not in db and not Path(db).exists()
    if built:
        build_corpus(db, args.articles)
    total, ids = corpus_ids(db)
    rng = random.Random(7)
    scenarios = [
        ("search page `/?q=…`", search_paths(rng, args.requests, api=False)),
        ("article page `/articles/{id}`", [f"/articles/{rng.choice(ids)}" for _ in range(args.requests)]),
        ("search API `/api/search`", search_paths(rng, args.requests, api=True)),
        ("article API `/api/articles/{id}`", [f"/api/articles/{rng.choice(ids)}" for _ in range(args.requests)]),
    ]
    rows = []
    for workers in [int(w) for w in args.workers.split(",")]:
        port = free_port()
        server = start_server(db, port, workers)
        base = f"http://{HOST}:{port}"
        try:
            for name, paths in scenarios:
                asyncio.run(run_scenario(base, paths[:50], 4, 30))  # warm-up: caches, connection pool
                cpu_before = tree_cpu_seconds(server.pid)
                result = asyncio.run(run_scenario(base, paths, args.concurrency, args.seconds))
                # the server's CPU per answered request: what the machine's load barely changes
                used = tree_cpu_seconds(server.pid) - cpu_before
                result["cpu_ms"] = 1000 * used / max(1, result["requests"])
                print(f"{name} ({workers} process(es)): {result}", file=sys.stderr, flush=True)
                rows.append((name, workers, result))
        finally:
            server.terminate()
            server.wait(timeout=20)
    command = "python bench/load_web.py " + " ".join(a if "://" not in a else "postgresql://…" for a in sys.argv[1:])
    write_results(rows, args, total, command.strip(), built)
    print(RESULTS.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
