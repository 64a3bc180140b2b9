"""bench/scale_corpus.py: a PostgreSQL corpus copied N times holds N times every row, each copy
with its own ids and dates, and search counts N times the matches (the 1M latency corpus)."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from urllib.parse import urlsplit, urlunsplit

from conftest import ROOT
from store_helpers import pg_base_url


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def test_scaled_corpus_holds_every_row_n_times() -> None:
    import psycopg

    from aiwatch.store import open_store
    from aiwatch.store.search import search_in

    base = pg_base_url()
    tag = uuid.uuid4().hex[:8]
    source, target = with_database(base, f"aiwatch_scale_src_{tag}"), with_database(base, f"aiwatch_scale_dst_{tag}")
    admin = with_database(base, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE aiwatch_scale_src_{tag}")
    try:
        build = [sys.executable, str(ROOT / "bench" / "build_corpus.py"), "--db", source, "--count", "150"]
        built = subprocess.run(build, cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert built.returncode == 0, built.stderr[-2000:]
        scale = [sys.executable, str(ROOT / "bench" / "scale_corpus.py"), "--source", source, "--target", target]
        scaled = subprocess.run([*scale, "--times", "3"], cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert scaled.returncode == 0, scaled.stderr[-2000:]
        tables = ("articles", "article_search", "article_keywords", "article_entities", "events", "lsh_buckets")
        counts = {}
        for url in (source, target):
            with psycopg.connect(url) as conn:
                counts[url] = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        assert all(counts[source][t] > 0 for t in tables)
        indexes = "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"
        with psycopg.connect(source) as one, psycopg.connect(target) as three:
            assert one.execute(indexes).fetchall() == three.execute(indexes).fetchall()  # dropped, built again
        assert counts[target] == {t: 3 * n for t, n in counts[source].items()}
        with psycopg.connect(target) as conn:
            ids = conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()
            events = conn.execute("SELECT count(DISTINCT event_id) FROM events").fetchone()[0]
            years = conn.execute("SELECT DISTINCT left(published_on, 4) FROM articles ORDER BY 1").fetchall()
        assert ids[0] == counts[target]["articles"]
        with psycopg.connect(source) as conn:
            assert events == 3 * conn.execute("SELECT count(DISTINCT event_id) FROM events").fetchone()[0]
        first = int(years[-1][0])
        assert {int(y) for (y,) in years} >= {first - 2, first - 1, first}  # each copy a year earlier
        totals = []
        for url in (source, target):
            with open_store(url) as store, store.connect() as conn:
                totals.append(search_in(conn, store, "人工智能", limit=1, count_cap=10**6).total)
        assert totals[0] > 0 and totals[1] == 3 * totals[0]
        again = subprocess.run([*scale, "--times", "3"], cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert again.returncode == 0  # a re-run copies nothing twice
        assert json.loads(again.stdout.splitlines()[-1])["articles"] == counts[target]["articles"]
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            for name in (f"aiwatch_scale_dst_{tag}", f"aiwatch_scale_src_{tag}"):
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
