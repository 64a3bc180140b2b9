"""Two or more versions of the store store the same articles alike: rows, dedup groups, search hits.

Each version (``--code NAME=SRC_DIR``, a ``src`` directory of a checkout) stores the same stream
into an empty corpus with one preparing process beside the writer, in a child process with that
``src`` first on the path: bench_store's generated articles (10% near-copies from other outlets),
then edited versions of some of them under the same paths (revisions), and one article given
again.  The child then reads back every table by article id and name (dimension ids may be handed
out in another order), the search index's own contents (FTS5's term list with positions on SQLite,
the tsvectors and common-word pairs on PostgreSQL), the dedup groups (each article's original) and
the ids every query of ``bench_search``'s classes finds (up to 1,000, in the order given), and
prints a digest of each.  The parent compares the digests with the first version's.

    nice -n 10 python bench/check_ingest_same.py --count 4000 \\
        --code main=/tmp/main/src --code now=src [--pg postgresql://…/scratch_db]

Exit status 1 when any digest differs.  Only versions with the same schema and search code can
agree (31278bb has no revisions and no bigram index: compare it with nothing).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

QUERIES = {
    "articles": (
        "SELECT a.id, a.path, a.format, a.title, a.url, a.published, a.published_on, s.name, a.author,"
        " a.editor, a.language, a.categories, a.tags, a.body, a.warnings, a.summary, a.event_summary,"
        " a.analysed, a.analysis_fingerprint, a.extra, a.duplicate_of, a.similarity"
        " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
    ),
    "entities": (
        "SELECT a.id, e.name, e.type, l.count, l.mentions FROM article_entities l"
        " JOIN articles a ON a.pk = l.article_pk JOIN entities e ON e.id = l.entity_id"
    ),
    "aliases": "SELECT e.name, e.type, x.alias FROM entity_aliases x JOIN entities e ON e.id = x.entity_id",
    "technologies": (
        "SELECT a.id, t.name, t.en, l.count FROM article_technologies l"
        " JOIN articles a ON a.pk = l.article_pk JOIN technologies t ON t.id = l.technology_id"
    ),
    "industries": (
        "SELECT a.id, t.name, t.en, l.count FROM article_industries l"
        " JOIN articles a ON a.pk = l.article_pk JOIN industries t ON t.id = l.industry_id"
    ),
    "keywords": (
        "SELECT a.id, k.word, l.rank FROM article_keywords l"
        " JOIN articles a ON a.pk = l.article_pk JOIN keywords k ON k.id = l.keyword_id"
    ),
    "events": (
        "SELECT a.id, e.position, e.date, e.date_text, e.precision, e.type, e.text, e.entities, e.event_id,"
        " e.arguments, e.evidence, e.confidence, e.future FROM events e JOIN articles a ON a.pk = e.article_pk"
    ),
    "figures": (
        "SELECT a.id, f.position, f.value, f.unit, f.text, f.context, f.year, f.organisation"
        " FROM figures f JOIN articles a ON a.pk = f.article_pk"
    ),
    "signatures": "SELECT a.id, s.signature FROM article_signatures s JOIN articles a ON a.pk = s.article_pk",
    "buckets": "SELECT b.band, b.bucket, a.id FROM lsh_buckets b JOIN articles a ON a.pk = b.article_pk",
    "revisions": (
        "SELECT a.id, n.id FROM article_revisions r JOIN articles a ON a.pk = r.article_pk"
        " JOIN articles n ON n.pk = r.superseded_by"
    ),
    # the order articles were stored in (pk order) decides which copy is "the first"
    "order": "SELECT a.id FROM articles a ORDER BY a.pk",
}


def stream(count: int) -> list[dict]:
    """``count`` generated articles with their own paths, then edits of every 50th of the first
    half (same path, new text: revisions, in later batches), then one article again."""
    from aiwatch.article import article_id
    from bench_store import Corpus

    items = list(Corpus(seed=11, duplicate_rate=0.1).generate(count))
    items = [item | {"path": f"same/{number}.txt"} for number, item in enumerate(items)]
    edited = []
    for item in items[: count // 2 : 50]:
        title, body = item["title"] + "（更新）", item["body"] + "（更新：补充说明。）"
        edited.append(item | {"title": title, "body": body, "id": article_id(title, body)})
    return [*items, *edited, items[1]]


def digest(rows) -> list:
    hashed = hashlib.sha256()
    count = 0
    for row in rows:
        hashed.update(repr(row).encode("utf-8", "surrogatepass") + b"\n")
        count += 1
    return [count, hashed.hexdigest()[:16]]


def child(db: str, count: int) -> dict:
    from sqlalchemy import text

    from aiwatch.store import open_store
    from aiwatch.store.ingest import ingest_articles
    from aiwatch.store.search import search
    from bench_search import corpus_classes

    if db.startswith("postgresql"):
        from bench_store import reset_postgres

        reset_postgres(db)
    store = open_store(db)
    counts = ingest_articles(store, stream(count), threshold=0.6, prepare_jobs=1)
    out: dict = {"statuses": [counts.new, counts.duplicate, counts.revision, counts.unchanged, counts.failed]}
    with store.connect() as conn:
        for name, sql in QUERIES.items():
            rows = [tuple(map(repr, row)) for row in conn.execute(text(sql))]
            out[name] = digest(rows if name == "order" else sorted(rows))
        if store.dialect == "sqlite":
            conn.execute(text("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, instance)"))
            index = "SELECT v.term, a.id, v.col, v.offset FROM temp.vocab v JOIN articles a ON a.pk = v.doc"
            out["index"] = digest(sorted(tuple(map(repr, row)) for row in conn.execute(text(index))))
        else:
            index = (
                "SELECT a.id, s.document::text, s.grams::text FROM article_search s"
                " JOIN articles a ON a.pk = s.article_pk"
            )
            out["index"] = digest(sorted(tuple(map(repr, row)) for row in conn.execute(text(index))))
            pairs = "SELECT a.id, p.pairs::text FROM article_pairs p JOIN articles a ON a.pk = p.article_pk"
            out["pairs"] = digest(sorted(tuple(map(repr, row)) for row in conn.execute(text(pairs))))
        groups = "SELECT a.id, coalesce(a.duplicate_of, a.id) FROM articles a"
        out["dedup groups"] = digest(sorted(tuple(row) for row in conn.execute(text(groups))))
    hits = []
    for klass, queries in corpus_classes().items():
        for query in queries:
            found = [hit.id for hit in search(store, query, limit=1000)]
            hits.append((klass, query, len(found), found))
    out["search hits"] = digest(hits)
    out["queries"] = [[klass, query, n] for klass, query, n, _ in hits]
    store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", action="append", default=[], help="NAME=SRC_DIR; the first is the reference")
    parser.add_argument("--count", type=int, default=4000)
    parser.add_argument("--pg", help="PostgreSQL URL of a scratch database (its public schema is dropped)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.count)))
        return
    results = {}
    with tempfile.TemporaryDirectory() as workdir:
        for spec in args.code:
            name, _, src = spec.partition("=")
            db = args.pg or str(Path(workdir) / f"{name}.db")
            env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
            command = [sys.executable, __file__, "--child", db, "--count", str(args.count)]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if done.returncode:
                raise SystemExit(f"{name}: failed\n{done.stderr[-3000:]}")
            results[name] = json.loads(done.stdout.strip().splitlines()[-1])
    names = list(results)
    reference = results[names[0]]
    keys = [key for key in reference if key != "queries"]
    print(
        f"| what ({'PostgreSQL' if args.pg else 'SQLite'}, {args.count:,} articles + edits) | rows | "
        + " | ".join(names)
        + " |"
    )
    print("|---|---:|" + "---|" * len(names))
    same = True
    for key in keys:
        cells = []
        for name in names:
            value = results[name].get(key)
            cells.append(str(value[1] if key != "statuses" else value) if value else "–")
            same &= value == reference[key]
        rows = reference[key][0] if key != "statuses" else "new, duplicate, revision, unchanged, failed"
        print(f"| {key} | {rows} | " + " | ".join(cells) + " |")
    queries = reference["queries"]
    print(f"\n{len(queries)} queries, hits found by the first version: " + ", ".join(f"{q} {n}" for _, q, n in queries))
    print("\nidentical" if same else "\nDIFFERENT")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
