"""Build a large benchmark corpus (100,000 or 1,000,000 articles) through the store's batched write path.

The articles are bench_store's generated ones (jieba-dictionary vocabulary with its frequencies,
synthesised analysis, 5% planted near-duplicates): running a million articles through the full
analysis pipeline would take days on two shared cores, while what the search benchmark measures
is the store and its index, which see exactly what an ingest writes (``ingest_articles``: dedup
probe, MinHash, child rows, the word and bigram index).  Streamed: memory stays flat in the count.

    nice -n 10 python bench/build_corpus.py --db /tmp/s/100k.db --count 100000
    nice -n 10 python bench/build_corpus.py --db postgresql://…/aiwatch_search_100k --count 100000
    # the same articles through an older checkout's store, for a side-by-side comparison
    PYTHONPATH=/tmp/old/src nice -n 10 python bench/build_corpus.py --db /tmp/s/old.db --count 100000

Generating the articles is timed apart from storing them: ``store_per_s`` is articles per second
of the store stage alone (wall clock), ``cpu_ms`` the CPU time per article of this process's store
stage plus, on PostgreSQL, of the server processes serving it (read from /proc, so only for a
server on this machine).  CPU time moves much less than the wall clock when the machine is shared.
With ``--prepare-jobs N`` that many processes compute the signatures and index text of each batch
while this one stores the one before (``ingest_articles(prepare_jobs=N)``): ``cpu_ms`` then
counts the writer (this process) and the server only, ``prepare_cpu_ms`` the preparing processes.
``--index-layout`` stores a candidate layout of the search index's bigrams (``inword_grams.py``)
through the same writer, for ``bench_ingest.py --layout``: such a corpus is for measuring the
store, aiwatch's search does not read it right.
Progress goes to standard error every ``--every`` articles; the last line on standard output is a
JSON summary.  Re-running on a cut-short corpus finds the stored articles ``unchanged`` (the
generator is seeded) and goes on from there.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))


class ServerCpu:
    """CPU seconds of every PostgreSQL backend serving this store's database while the store
    stage runs: the writer's, a second connection's (the GIN merger of ``store/pending.py``) and
    autovacuum's, which may take on the same index work (read from /proc, so only for a server on
    this machine).  The backends are listed every ``period`` seconds, so one that comes and goes
    between two looks (a short autovacuum) is missed; the sampler's own backend is left out."""

    def __init__(self, store, period: float = 0.2) -> None:
        self.url = (
            store.engine.url.render_as_string(hide_password=False)
            if store.engine.dialect.name == "postgresql"
            else None
        )
        self.period = period
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.readable = True
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.url is None:
            return
        import psycopg

        url = self.url.replace("postgresql+psycopg://", "postgresql://")
        self._conn = psycopg.connect(url, autocommit=True)
        self._look(initial=True)
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _look(self, initial: bool = False) -> None:
        rows = self._conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
        for (pid,) in rows:
            used = backend_seconds(pid)
            if used is None:
                if initial:
                    self.readable = False  # a server on another machine, or not ours to read
                continue
            self.first.setdefault(pid, used if initial else 0.0)
            self.last[pid] = used

    def _loop(self) -> None:
        while not self._stop.wait(self.period):
            self._look()

    def stop(self) -> float | None:
        """The backends' CPU seconds since ``start``."""
        if self._thread is None:
            return None
        self._stop.set()
        self._thread.join()
        self._look()
        self._conn.close()
        if not self.readable:
            return None
        return sum(self.last[pid] - self.first[pid] for pid in self.last)


def merge_left_pending(sampler: ServerCpu) -> float | None:
    """Server CPU seconds of merging what the ingest left in the GIN pending lists of the search
    tables: work a writer that leaves its last entries pending has not done yet (the index is
    merged later, by a later insert or by vacuum), so that versions are compared on the same work."""
    import psycopg

    with psycopg.connect(sampler.url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        before = backend_seconds(pid)
        conn.execute(
            "SELECT gin_clean_pending_list(i.indexrelid::regclass) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin' "
            "AND i.indrelid IN (SELECT to_regclass(t) FROM unnest(ARRAY['article_search', 'article_pairs']) AS t)"
        ).fetchall()
        after = backend_seconds(pid)
    return after - before if before is not None and after is not None else None


def backend_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(db: str, count: int, every: int, prepare_jobs: int = 0) -> dict:
    import aiwatch
    from aiwatch.store import open_store
    from aiwatch.store.ingest import ingest_articles
    from bench_store import Corpus

    store = open_store(db)
    corpus = Corpus()
    server_cpu = ServerCpu(store)
    server_cpu.start()
    start, cpu_start = time.perf_counter(), time.process_time()
    spent = {"wall": 0.0, "cpu": 0.0, "done": 0}  # inside the generator

    def stream():
        articles = corpus.generate(count)
        while True:
            wall, cpu = time.perf_counter(), time.process_time()
            item = next(articles, None)
            spent["wall"] += time.perf_counter() - wall
            spent["cpu"] += time.process_time() - cpu
            if item is None:
                return
            yield item
            spent["done"] += 1
            number = spent["done"]
            if number % every == 0:
                elapsed = time.perf_counter() - start
                store_s = elapsed - spent["wall"]
                load = os.getloadavg()[0]
                print(
                    f"{number:,} articles, {elapsed:.0f} s ({store_s:.0f} s storing), "
                    f"{number / store_s:.0f}/s stored, load {load:.1f}",
                    file=sys.stderr,
                    flush=True,
                )

    children_before = children_cpu()
    if prepare_jobs:
        if "prepare_jobs" not in inspect.signature(ingest_articles).parameters:
            raise SystemExit("--prepare-jobs: this checkout's ingest_articles has no prepare_jobs")
        counts = ingest_articles(store, stream(), threshold=0.6, prepare_jobs=prepare_jobs)
    else:
        counts = ingest_articles(store, stream(), threshold=0.6)
    prepare_cpu = children_cpu() - children_before
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start - spent["cpu"]
    server = server_cpu.stop()
    left = merge_left_pending(server_cpu) if server is not None else None
    store.close()
    done = spent["done"]
    store_s = elapsed - spent["wall"]
    return {
        "db": db.split("@")[-1],
        "code": str(Path(aiwatch.__file__).parent.parent),
        "articles": done,
        "seconds": round(elapsed, 1),
        "generate_s": round(spent["wall"], 1),
        "store_s": round(store_s, 1),
        "store_per_s": round(done / store_s, 1) if store_s else None,
        "cpu_ms": round(1000 * (cpu + (server or 0.0)) / done, 2) if done else None,
        "client_cpu_ms": round(1000 * cpu / done, 2) if done else None,
        "server_cpu_ms": round(1000 * server / done, 2) if done and server is not None else None,
        "prepare_cpu_ms": round(1000 * prepare_cpu / done, 2) if done else None,
        "pending_cpu_ms": round(1000 * left / done, 2) if done and left is not None else None,
        "prepare_jobs": prepare_jobs,
        "load": [round(x, 1) for x in os.getloadavg()],
        **{name: getattr(counts, name, 0) for name in ("new", "duplicate", "unchanged", "failed", "revision")},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite path or PostgreSQL URL (created or extended)")
    parser.add_argument("--count", type=int, required=True, help="Articles to generate and store")
    parser.add_argument("--every", type=int, default=5000, help="Progress line every this many articles")
    parser.add_argument("--prepare-jobs", type=int, default=0, help="Processes preparing batches beside the writer")
    parser.add_argument(
        "--index-layout",
        default="bigrams",
        help="The search index's bigrams as stored today (bigrams) or a candidate of inword_grams.py "
        "(inword-exact1, inword-no1): measured, not searchable by aiwatch",
    )
    args = parser.parse_args()
    from inword_grams import install

    install(args.index_layout)
    print(json.dumps({**build(args.db, args.count, args.every, args.prepare_jobs), "index_layout": args.index_layout}))


if __name__ == "__main__":
    main()
