"""The search index alone, in other layouts: what storing an article's words and bigrams costs.

Fed the index text the store writes for bench_store's generated articles (``prepare.index_values``),
so that the postings have the real spread of words and bigrams.

SQLite (``--sqlite``): each layout's FTS5 table is filled with the first ``--count`` articles, in
transactions of 200 as the writer commits them, then the next ``--window`` articles are stored
into copies of it, ``--rounds`` times with the layouts' order alternating; the CPU per article of
that window is what a writer pays for the index at that size (insert, and the segment merges at
commit).  PostgreSQL (``--pg URL``, a scratch database whose table ``layout_grams`` is dropped):
the bigram set of each article as a tsvector (today) or as ``int4[]`` (two BMP characters packed
in one integer), with a GIN index each; the server CPU per article of the inserts and of merging
the pending list after each batch.

    nice -n 15 python bench/bench_index_layout.py --sqlite --count 100000 --window 4000 --rounds 3
    nice -n 15 python bench/bench_index_layout.py --pg postgresql://…/scratch --count 2000 --rounds 2

Results go to standard output as markdown (paste them into bench/results/index_layout.md).
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
BATCH = 200

WORDS_AND_GRAMS = "title, body, title_grams, body_grams"


def _fts(tokenizer: str = "unicode61", automerge: int = 16, crisismerge: int | None = None) -> list[str]:
    statements = [
        f"CREATE VIRTUAL TABLE f USING fts5({WORDS_AND_GRAMS}, content='', tokenize='{tokenizer}')",
        f"INSERT INTO f (f, rank) VALUES ('automerge', {automerge})",
    ]
    if crisismerge:
        statements.append(f"INSERT INTO f (f, rank) VALUES ('crisismerge', {crisismerge})")
    return statements


def _insert_one_table(conn: sqlite3.Connection, rows: list[tuple[int, tuple]]) -> None:
    conn.executemany(
        f"INSERT INTO f (rowid, {WORDS_AND_GRAMS}) VALUES (?, ?, ?, ?, ?)", [(pk, *text[0]) for pk, text in rows]
    )


def _insert_split(conn: sqlite3.Connection, rows: list[tuple[int, tuple]]) -> None:
    conn.executemany("INSERT INTO w (rowid, title, body) VALUES (?, ?, ?)", [(pk, t[0][0], t[0][1]) for pk, t in rows])
    conn.executemany("INSERT INTO g (rowid, grams) VALUES (?, ?)", [(pk, t[1]) for pk, t in rows])


#: name -> (statements creating the tables, insert of one batch)
LAYOUTS: dict[str, tuple[list[str], Callable]] = {
    "automerge 16 (main)": (_fts(), _insert_one_table),
    "automerge 32, crisismerge 64 (migration 0014)": (_fts(automerge=32, crisismerge=64), _insert_one_table),
    "automerge 64, crisismerge 128": (_fts(automerge=64, crisismerge=128), _insert_one_table),
    "automerge 32, crisismerge 64, ascii tokenizer": (_fts("ascii", automerge=32, crisismerge=64), _insert_one_table),
    "words; bigram set apart, detail=none": (
        [
            "CREATE VIRTUAL TABLE w USING fts5(title, body, content='', tokenize='unicode61')",
            "INSERT INTO w (w, rank) VALUES ('automerge', 16)",
            "CREATE VIRTUAL TABLE g USING fts5(grams, content='', detail=none, columnsize=0, tokenize='unicode61')",
            "INSERT INTO g (g, rank) VALUES ('automerge', 16)",
        ],
        _insert_split,
    ),
}


def index_texts(count: int, path: Path) -> None:
    """The SQLite index text and the bigram set of ``count`` generated articles, pickled in chunks."""
    from aiwatch.store import fts
    from aiwatch.store.prepare import index_values
    from bench_store import Corpus

    chunk = []
    with path.open("wb") as out:
        for article in Corpus().generate(count):
            title, body = article.get("title"), article.get("body") or ""
            chunk.append((index_values(title, body, "sqlite"), " ".join(fts.distinct_grams(title, body))))
            if len(chunk) == 1000:
                pickle.dump(chunk, out)
                chunk = []
        if chunk:
            pickle.dump(chunk, out)


def load(path: Path) -> list:
    rows = []
    with path.open("rb") as source:
        while True:
            try:
                rows.extend(pickle.load(source))
            except EOFError:
                return rows


def _store(conn: sqlite3.Connection, insert: Callable, texts: list, start: int, stop: int) -> float:
    """CPU seconds of storing ``texts[start:stop]`` in transactions of ``BATCH``."""
    cpu = time.process_time()
    for first in range(start, stop, BATCH):
        rows = [(first + i + 1, text) for i, text in enumerate(texts[first : min(first + BATCH, stop)])]
        conn.execute("BEGIN IMMEDIATE")
        insert(conn, rows)
        conn.execute("COMMIT")
    return time.process_time() - cpu


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


#: FTS5 queries of the one-table layouts, as the search module writes them (bigram phrases, words)
QUERIES = {
    "rare bigram 长官": '{title_grams body_grams} : "长官"',
    "substring 神农架": '{title_grams body_grams} : "神农 农架"',
    "phrase 中国 发展": '{title body} : "中国 发展"',
    "common word 发展": '{title body} : "发展"',
    "substring 人工智能": '{title_grams body_grams} : "人工 工智 智能"',
}


def query_cpu(path: Path, rounds: int = 5) -> dict[str, float]:
    """CPU ms (median of ``rounds``, after a warm-up) of the first 20 hits by bm25 of each query."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {}
    for name, query in QUERIES.items():
        timings = []
        for number in range(rounds + 1):
            cpu = time.process_time()
            conn.execute(
                "SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f, 5.0, 1.0, 5.0, 1.0) LIMIT 20", (query,)
            ).fetchall()
            if number:
                timings.append(1000 * (time.process_time() - cpu))
        out[name] = statistics.median(timings)
    conn.close()
    return out


def sqlite_layouts(texts: list, count: int, window: int, rounds: int, workdir: Path, only: str) -> list[str]:
    built = {}
    layouts = {name: layout for name, layout in LAYOUTS.items() if not only or any(o in name for o in only.split(","))}
    for number, (name, (create, insert)) in enumerate(layouts.items()):
        path = workdir / f"layout{number}.db"
        conn = _connect(path)
        for statement in create:
            conn.execute(statement)
        built[name] = (path, 1000 * _store(conn, insert, texts, 0, count) / count)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        print(f"built {name}: {built[name][1]:.3f} ms/article", file=sys.stderr, flush=True)
    windows: dict[str, list[float]] = {name: [] for name in layouts}
    loads = []
    for round_number in range(rounds):
        names = list(layouts) if round_number % 2 == 0 else list(layouts)[::-1]
        for name in names:
            copy = workdir / "window.db"
            for suffix in ("-wal", "-shm"):
                Path(str(copy) + suffix).unlink(missing_ok=True)
            shutil.copyfile(built[name][0], copy)
            conn = _connect(copy)
            windows[name].append(1000 * _store(conn, LAYOUTS[name][1], texts, count, count + window) / window)
            conn.close()
            loads.append(os.getloadavg()[0])
            print(f"round {round_number + 1} {name}: {windows[name][-1]:.3f} ms", file=sys.stderr, flush=True)
    lines = [
        f"| layout | CPU per article, articles 1–{count:,} | CPU per article, the {window:,} after "
        f"(median of {rounds}; each round) | size at {count:,} |",
        "|---|---:|---:|---:|",
    ]
    for name, (path, first) in built.items():
        each = ", ".join(f"{value:.3f}" for value in windows[name])
        lines.append(
            f"| {name} | {first:.3f} ms | {statistics.median(windows[name]):.3f} ms ({each}) "
            f"| {path.stat().st_size >> 20} MB |"
        )
    lines.append(f"\nLoad average during the windows: {min(loads):.1f}–{max(loads):.1f}.")
    one_table = [name for name in layouts if "apart" not in name]
    timings = {name: query_cpu(built[name][0]) for name in one_table}
    lines += ["", f"FTS5 queries at {count:,} articles, first 20 by bm25, CPU ms (median of 5):", ""]
    lines += ["| query | " + " | ".join(one_table) + " |", "|---|" + "---:|" * len(one_table)]
    for query in QUERIES:
        lines.append(f"| {query} | " + " | ".join(f"{timings[name][query]:.1f}" for name in one_table) + " |")
    return lines


def packed(grams: str) -> list[int]:
    """A bigram of two BMP characters as one int4 (c1 << 16 | c2); a run-final character as c << 16."""
    values = []
    for gram in grams.split(" "):
        if gram:
            value = ord(gram[0]) << 16 | (ord(gram[1]) if len(gram) > 1 else 0)
            values.append(value - (1 << 32) if value >= 1 << 31 else value)
    return values


def _backend_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pg_grams(url: str, texts: list, rounds: int) -> list[str]:
    import psycopg

    kinds = {
        "tsvector (main)": ("tsvector", ""),
        "int4[], GIN array_ops": ("int4[]", ""),
    }
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in kinds}
    for round_number in range(rounds):
        for name in kinds if round_number % 2 == 0 else list(kinds)[::-1]:
            column, _ = kinds[name]
            with psycopg.connect(url, autocommit=True) as conn:
                pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
                os.system(f"renice -n 15 -p {pid} > /dev/null")
                conn.execute("DROP TABLE IF EXISTS layout_grams")
                conn.execute(f"CREATE TABLE layout_grams (pk int PRIMARY KEY, grams {column})")
                conn.execute(
                    "CREATE INDEX layout_grams_gin ON layout_grams USING GIN (grams) "
                    "WITH (fastupdate = on, gin_pending_list_limit = 16384)"
                )
                inserted = merged = client = 0.0
                for first in range(0, len(texts), BATCH):
                    rows = texts[first : first + BATCH]
                    pks = list(range(first + 1, first + 1 + len(rows)))
                    cpu, server = time.process_time(), _backend_seconds(pid)
                    if column == "tsvector":
                        conn.execute(
                            "INSERT INTO layout_grams SELECT pk, "
                            "array_to_tsvector(string_to_array(NULLIF(g, ''), ' ')) "
                            "FROM unnest(%s::int[], %s::text[]) AS s (pk, g)",
                            (pks, [grams for _, grams in rows]),
                        )
                    else:
                        arrays = ["{" + ",".join(map(str, packed(grams))) + "}" for _, grams in rows]
                        conn.execute(
                            "INSERT INTO layout_grams SELECT pk, g::int4[] "
                            "FROM unnest(%s::int[], %s::text[]) AS s (pk, g)",
                            (pks, arrays),
                        )
                    client += time.process_time() - cpu
                    middle = _backend_seconds(pid)
                    inserted += middle - server
                    conn.execute("SELECT gin_clean_pending_list('layout_grams_gin'::regclass)")
                    merged += _backend_seconds(pid) - middle
                conn.execute("DROP TABLE layout_grams")
            per = 1000 / len(texts)
            results[name].append((inserted * per, merged * per, client * per))
            print(f"round {round_number + 1} {name}: {results[name][-1]}", file=sys.stderr, flush=True)
    lines = [
        f"| bigram set as | server: insert | server: GIN merge | server total | client (the writer's process) "
        f"| medians of {rounds} |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, runs in results.items():
        insert, merge, client = (statistics.median(run[i] for run in runs) for i in range(3))
        lines.append(f"| {name} | {insert:.3f} ms | {merge:.3f} ms | {insert + merge:.3f} ms | {client:.3f} ms | |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", action="store_true", help="Compare the FTS5 layouts")
    parser.add_argument("--pg", help="PostgreSQL URL of a scratch database: compare the bigram set's types")
    parser.add_argument("--count", type=int, default=100_000, help="Articles stored before the window (SQLite)")
    parser.add_argument("--window", type=int, default=4_000, help="Articles measured after them (SQLite)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default="", help="SQLite layouts whose name holds one of these (comma-separated)")
    args = parser.parse_args()
    if not args.sqlite and not args.pg:
        parser.error("want --sqlite and/or --pg URL")
    from machine import describe_machine

    with tempfile.TemporaryDirectory(prefix="aiwatch-layout-") as tmp:
        workdir = Path(tmp)
        total = args.count + args.window if args.sqlite else args.count
        index_texts(total, workdir / "texts.pickle")
        texts = load(workdir / "texts.pickle")
        lines = [
            f"Machine: {describe_machine()}.",
            "Command: `python bench/bench_index_layout.py "
            + " ".join(a if "://" not in a else "postgresql://…" for a in sys.argv[1:])
            + "`",
            "",
        ]
        if args.sqlite:
            lines += [*sqlite_layouts(texts, args.count, args.window, args.rounds, workdir, args.only), ""]
        if args.pg:
            lines += pg_grams(args.pg, texts[: args.count], args.rounds)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
