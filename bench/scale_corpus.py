"""Scale a PostgreSQL benchmark corpus up by copying it, for query latency at sizes no build reaches.

Building a million articles through the store (``bench/build_corpus.py``) costs hours per hundred
thousand on two shared cores: the word segmentation, MinHash and index maintenance of every
article.  Query latency does not need that work redone: it depends on how many rows each index
holds and how long its posting lists are.  This script takes a corpus built the honest way and
appends ``--times - 1`` copies of every article with all its rows (search index, keywords,
entities, technologies, industries, events, figures, signatures, LSH buckets), in SQL, inside the
server.  Copy ``k`` gets new primary keys, new public ids (and new event ids, so each copy's
events are events of their own), and is dated ``k`` years earlier: ten copies of 100,000
articles read as a ten-year archive of a million.

What it is not: a million *different* articles.  The vocabulary is the original's (no new rare
words), every article has nine twins in other years, and dedup never saw the copies (they are
stored as originals).  Posting lists and table sizes are those of the larger corpus, which is what
the latency of each query class depends on; say so beside any number measured on it.

    nice -n 15 python bench/scale_corpus.py --source postgresql://…/aiwatch_search_100k \\
        --target postgresql://…/aiwatch_search_1m --times 10

The target database is created from the source (``CREATE DATABASE … TEMPLATE``, which needs no
other session on the source), then filled copy by copy, one transaction each, then ANALYZEd.
As a bulk load does, the copied tables' secondary indexes (not primary keys or unique
constraints) are dropped first and built again at the end, with ``--maintenance-mb`` of memory:
building a GIN index once is far cheaper than growing it row by row.  Re-running goes on after
the last finished copy, and builds the indexes a cut-short run left dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from urllib.parse import urlsplit, urlunsplit

#: Columns holding an article's or an event's public id: each copy gets ids of its own.
ID_COLUMNS = {"duplicate_of", "event_id", "article_id"}  # public ids, made per copy


def admin_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres"))


def db_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def connect(url: str, autocommit: bool = False):
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    return psycopg.connect(plain, autocommit=autocommit)


def create_from_template(source: str, target: str) -> bool:
    """The target as a copy of the source; False when it exists already (a re-run)."""
    with connect(admin_url(target), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db_name(target),)).fetchone()
        if exists:
            return False
        conn.execute(f'CREATE DATABASE "{db_name(target)}" TEMPLATE "{db_name(source)}"')
    return True


def child_tables(conn) -> dict[str, list[str]]:
    """Every table with an ``article_pk`` column, and its columns in order (serial ``id`` left out)."""
    rows = conn.execute(
        """SELECT table_name, column_name, column_default FROM information_schema.columns
           WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"""
    ).fetchall()
    tables: dict[str, list[str]] = {}
    for table, column, default in rows:
        if column == "id" and default and default.startswith("nextval("):
            continue
        tables.setdefault(table, []).append(column)
    return {t: cols for t, cols in tables.items() if "article_pk" in cols and t != "articles"}


def year_shifted(column: str, copy: int) -> str:
    """A text that starts with a year, ``copy`` years earlier (29 February becomes the 28th)."""
    shifted = f"(left({column}, 4)::int - {copy})::text || replace(substr({column}, 5, 6), '-02-29', '-02-28')"
    return f"CASE WHEN {column} ~ '^[0-9]{{4}}' THEN {shifted} || substr({column}, 11) ELSE {column} END"


def secondary_indexes(conn, tables: list[str]) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the plain indexes on ``tables``: not those behind a
    primary key or unique constraint, which the copies must keep checking."""
    return [
        (name, definition)
        for name, definition in conn.execute(
            """SELECT i.indexname, i.indexdef FROM pg_indexes i
               WHERE i.schemaname = 'public' AND i.tablename = ANY(%s)
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
               ORDER BY i.tablename, i.indexname""",
            (tables,),
        ).fetchall()
        if definition.startswith("CREATE INDEX ")
    ]


def expression(column: str, copy: int, offset: int) -> str:
    """The SQL that gives copy ``copy``'s value of ``column`` from the original row's."""
    if column in ("pk", "article_pk", "superseded_by"):
        return f"{column} + {copy * offset}"
    if column in ID_COLUMNS or column == "id":
        return f"CASE WHEN {column} IS NULL THEN NULL ELSE left(md5({column} || ':{copy}'), 16) END"
    if column in ("published_on", "published", "date"):  # the article's day, an event's day
        return year_shifted(column, copy)
    if column == "year":  # a figure's year
        return f"year - {copy}"
    return f'"{column}"'


def copy_once(conn, copy: int, offset: int, original_max: int, tables: dict[str, list[str]]) -> dict[str, int]:
    counts = {}
    article_columns = [
        c
        for (c,) in conn.execute(
            """SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'
               AND table_name = 'articles' ORDER BY ordinal_position"""
        ).fetchall()
    ]
    select = ", ".join(expression(c, copy, offset) for c in article_columns)
    names = ", ".join(f'"{c}"' for c in article_columns)
    counts["articles"] = conn.execute(
        f"INSERT INTO articles ({names}) SELECT {select} FROM articles WHERE pk <= %s", (original_max,)
    ).rowcount
    for table, columns in tables.items():
        select = ", ".join(expression(c, copy, offset) for c in columns)
        names = ", ".join(f'"{c}"' for c in columns)
        counts[table] = conn.execute(
            f"INSERT INTO {table} ({names}) SELECT {select} FROM {table} WHERE article_pk <= %s", (original_max,)
        ).rowcount
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", required=True, help="PostgreSQL URL of the corpus built by the store")
    parser.add_argument("--target", required=True, help="PostgreSQL URL of the database to make (created)")
    parser.add_argument("--times", type=int, default=10, help="the target holds this many copies in all")
    parser.add_argument("--maintenance-mb", type=int, default=1024, help="memory for building each index")
    args = parser.parse_args(argv)
    if args.times < 2:
        parser.error("--times must be 2 or more")
    started = time.monotonic()
    created = create_from_template(args.source, args.target)
    print(f"[scale] {'created' if created else 'reusing'} {db_name(args.target)}", file=sys.stderr, flush=True)
    with connect(args.target) as conn:
        meta = conn.execute("SELECT value FROM store_settings WHERE key = 'scaled_from'").fetchone()
        if meta is None:
            original_max, original_count = conn.execute("SELECT max(pk), count(*) FROM articles").fetchone()
            state = {"original_max": original_max, "original_count": original_count, "copies": 1}
            conn.execute("INSERT INTO store_settings (key, value) VALUES ('scaled_from', %s)", (json.dumps(state),))
            conn.commit()
        else:
            state = json.loads(meta[0])
        offset = state["original_max"]
        tables = child_tables(conn)
        if "indexes" not in state:
            state["indexes"] = secondary_indexes(conn, ["articles", *tables])
            conn.execute("UPDATE store_settings SET value = %s WHERE key = 'scaled_from'", (json.dumps(state),))
            conn.commit()
        for name, _definition in state["indexes"]:
            conn.execute(f'DROP INDEX IF EXISTS "{name}"')
        conn.commit()
        for copy in range(state["copies"], args.times):
            begun = time.monotonic()
            counts = copy_once(conn, copy, offset, state["original_max"], tables)
            state["copies"] = copy + 1
            conn.execute("UPDATE store_settings SET value = %s WHERE key = 'scaled_from'", (json.dumps(state),))
            conn.commit()
            rows = sum(counts.values())
            print(
                f"[scale] copy {copy + 1}/{args.times}: {counts['articles']:,} articles, {rows:,} rows "
                f"in {time.monotonic() - begun:.0f} s",
                file=sys.stderr,
                flush=True,
            )
        conn.execute("SELECT setval(pg_get_serial_sequence('articles', 'pk'), (SELECT max(pk) FROM articles))")
        conn.commit()
        conn.execute(f"SET maintenance_work_mem = '{args.maintenance_mb}MB'")
        for name, definition in state["indexes"]:
            begun = time.monotonic()
            conn.execute(definition.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
            conn.commit()
            print(f"[scale] index {name} built in {time.monotonic() - begun:.0f} s", file=sys.stderr, flush=True)
    with connect(args.target, autocommit=True) as conn:
        conn.execute("ANALYZE")
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        size = conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]
    summary = {
        "target": db_name(args.target),
        "articles": total,
        "copies": args.times,
        "size": size,
        "seconds": round(time.monotonic() - started),
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
