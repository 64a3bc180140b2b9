"""CPU of the store writer per step: where a batch's time goes, without a profiler's overhead.

Wraps the writer's steps (``aiwatch.store.writer``: the new-article checks, the copy probes, the
dimension ids, each table's insert, the search index, the commit) in a process-time counter and
stores generated articles (``bench_store``) with one preparing process beside the writer, as
``bench_ingest.py`` does.  Printed: the writer's CPU per article, then each step's (steps nest:
``_store_batch`` holds the others; ``ins:TABLE`` is that table's rows, ``resolve:``/``read:`` a
dimension table's ids).  Run with another checkout's ``src`` first on ``PYTHONPATH`` to compare.

    PYTHONPATH=src nice -n 10 python bench/profile_ingest_steps.py /tmp/p.db 4000 [--before 96000]

``--before N``: store N other articles first (not counted), to see the steps at a corpus size.
A PostgreSQL URL instead of the path: its public schema is dropped first.
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SPENT: collections.Counter = collections.Counter()


def wrap(owner, name: str, key=None) -> None:
    if not hasattr(owner, name):
        return
    original = getattr(owner, name)

    @functools.wraps(original)
    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            SPENT[key(args) if key else name] += time.process_time() - start

    setattr(owner, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="SQLite path or PostgreSQL URL")
    parser.add_argument("count", type=int)
    parser.add_argument("--before", type=int, default=0)
    parser.add_argument("--prepare-jobs", type=int, default=1)
    args = parser.parse_args()

    import sqlalchemy.engine.default as default

    from aiwatch.store import ingest, open_store, writer
    from bench_store import Corpus

    steps = ["fit_to_columns", "_new_articles", "find_duplicates", "find_revised", "_dimension_ids"]
    steps += ["_insert_articles", "_child_rows", "_store_aliases", "index_rows", "_supersede", "_store_batch"]
    for name in steps:
        wrap(writer, name)
    wrap(writer.Lookups, "resolve", key=lambda a: "resolve:" + a[2].name)
    wrap(writer.Lookups, "_read_ids", key=lambda a: "read:" + a[2].name)
    # every table's rows pass _insert_values where it exists (_insert_many calls it): counted once
    insert = "_insert_values" if hasattr(writer, "_insert_values") else "_insert_many"
    wrap(writer, insert, key=lambda a: "ins:" + a[1].name)
    wrap(ingest.Ingest, "store_articles")
    wrap(ingest, "_prepared")
    wrap(default.DefaultDialect, "do_commit", key=lambda a: "commit")
    if args.db.startswith("postgresql"):
        from bench_store import reset_postgres

        reset_postgres(args.db)
    store = open_store(args.db)
    if args.before:
        ingest.ingest_articles(store, Corpus(seed=99).generate(args.before), 0.6, prepare_jobs=args.prepare_jobs)
        SPENT.clear()
    items = list(Corpus().generate(args.count))
    cpu, wall = time.process_time(), time.perf_counter()
    counts = ingest.ingest_articles(store, iter(items), 0.6, prepare_jobs=args.prepare_jobs)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    store.close()
    print(
        f"writer CPU {1000 * cpu / args.count:.3f} ms per article, {args.count / wall:.0f} articles/s, "
        f"{counts.new} new, {counts.duplicate} duplicates"
    )
    for name, seconds in SPENT.most_common():
        print(f"{name:28s} {1000 * seconds / args.count:.3f}")


if __name__ == "__main__":
    main()
