"""The batched write path stores exactly what storing the same articles one at a time stores.

``ingest_articles`` writes 200 articles per transaction with the drivers' bulk paths (executemany
on SQLite; COPY and one-statement dimension upserts on PostgreSQL).  Here the same stream, with
planted near-copies, revisions, an article given twice, NUL characters and entities listed twice,
goes through both paths, and every table is compared by article id and by name (dimension ids
may be handed out in another order): article rows, links, events, figures, aliases, signatures,
LSH buckets, revisions, duplicate links and the search index itself (FTS5's own term list on
SQLite, the tsvectors on PostgreSQL).
"""

from __future__ import annotations

import sys

from sqlalchemy import text

import store_helpers
from aiwatch.store import open_store
from aiwatch.store.ingest import Ingest, ingest_articles
from check_ingest_same import QUERIES as STORED_FACTS
from conftest import ROOT
from store_helpers import make_article, org, tech

db_url = store_helpers.db_url

sys.path.insert(0, str(ROOT / "bench"))


def stream() -> list[dict]:
    """420 generated articles (10% near-copies from other outlets), revisions, odd articles.

    Which articles revise which depends on the grouping by design (the articles of one input never
    revise each other), so each revision comes in a later batch of ``BATCH`` than the article it
    edits, and the copies get their own paths: then one at a time and batched must agree.
    """
    from aiwatch.article import article_id
    from bench_store import Corpus

    items = list(Corpus(seed=5, duplicate_rate=0.1).generate(420))
    items = [item | {"path": f"item/{number}.txt"} for number, item in enumerate(items)]
    edited = []
    for item in items[10:190:20]:  # revised 250 or more articles later: always another batch
        title, body = item["title"] + "（更新）", item["body"] + "（更新：补充了一段说明。）"
        edited.append(item | {"body": body, "title": title, "id": article_id(title, body)})
    odd = make_article(
        "空字\x00标题",
        "正文里有\x00空字符。商汤科技发布日日新大模型，商汤科技表示将继续投入。",
        entities=[org("商汤科技", 2, ("商汤", "SenseTime")), org("商汤科技", 1, ("商汤",))],
        technologies=[tech("大模型", "large model"), tech("大模型", "large model")],
        keywords=["商汤", "大模型", "商汤"],
    ).to_dict()
    # the same article twice in one batch (unchanged the second time), and once more later
    return [*items[:150], odd, odd, *items[150:], *edited, items[3], odd]


# every stored fact, as bench/check_ingest_same.py compares two versions of the store; here the
# articles' primary keys too, which a batched and a one-by-one write must give alike
QUERIES = {**STORED_FACTS, "articles": STORED_FACTS["articles"].replace("SELECT a.id,", "SELECT a.pk, a.id,", 1)}


def dump(url: str) -> dict[str, list]:
    """Every table's rows by article id and name, sorted; the search index's own contents."""
    store = open_store(url)
    out = {}
    with store.connect() as conn:
        for name, sql in QUERIES.items():
            out[name] = sorted(tuple(map(repr, row)) for row in conn.execute(text(sql)))
        if store.dialect == "sqlite":
            conn.execute(text("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, instance)"))
            index = "SELECT v.term, a.id, v.col, v.offset FROM temp.vocab v JOIN articles a ON a.pk = v.doc"
        else:
            index = (
                "SELECT a.id, s.document::text, s.grams::text FROM article_search s JOIN articles a"
                " ON a.pk = s.article_pk"
            )
        out["index"] = sorted(tuple(map(repr, row)) for row in conn.execute(text(index)))
        if store.dialect == "postgresql":  # the pairs of common words beside the tsvectors
            pairs = "SELECT a.id, p.pairs::text FROM article_pairs p JOIN articles a ON a.pk = p.article_pk"
            out["pairs"] = sorted(tuple(map(repr, row)) for row in conn.execute(text(pairs)))
    store.close()
    return out


def second_url(url: str) -> str:
    """Another empty corpus beside ``url``: a second file, or a second schema on the same server."""
    if not url.startswith("postgresql"):
        return url.replace("corpus.db", "one_by_one.db")
    import uuid

    import psycopg

    base, _, _options = url.partition("?")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return f"{base}?options=-csearch_path%3D{schema}"


def drop(url: str) -> None:
    if url.startswith("postgresql"):
        import psycopg

        base, _, options = url.partition("?")
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {options.rpartition('%3D')[2]} CASCADE")


def test_batches_store_what_one_at_a_time_stores(db_url: str) -> None:
    items = stream()
    batched = open_store(db_url)
    counts = ingest_articles(batched, items, threshold=0.6)
    batched.close()
    assert counts.duplicate > 10 and counts.revision == 9 and counts.unchanged == 3

    other = second_url(db_url)
    try:
        single = open_store(other)
        job = Ingest(single, 0.6)
        for item in items:
            job.store_articles([item])
        single.close()
        assert (job.counts.new, job.counts.duplicate, job.counts.revision, job.counts.unchanged) == (
            counts.new,
            counts.duplicate,
            counts.revision,
            counts.unchanged,
        )
        expected, got = dump(other), dump(db_url)
    finally:
        drop(other)
    assert len(expected["articles"]) == counts.new + counts.duplicate + counts.revision
    assert len(expected["index"]) >= len(expected["articles"]) and expected["revisions"] and expected["aliases"]
    for name in expected:
        assert got[name] == expected[name], name


def test_batched_copy_probe_finds_what_one_probe_per_article_finds(db_url: str) -> None:
    """``find_duplicates`` (one statement per batch on PostgreSQL) answers as ``find_duplicate``
    asked once per article: the same original and similarity, ``None`` alike, the earliest of equals."""
    from aiwatch.store import dedup
    from aiwatch.store.writer import find_duplicate, find_duplicates
    from bench_store import Corpus

    items = list(Corpus(seed=7, duplicate_rate=0.3).generate(600))
    store = open_store(db_url)
    ingest_articles(store, items[:400], threshold=0.6)
    probes = []
    for item in items[400:]:  # later articles, a third of them copies of stored ones
        sig = dedup.signature(item["body"])
        probes.append((dedup.band_keys(sig), sig))
    probes.append(probes[0])  # the same probe twice in one batch
    with store.connect() as conn:
        one_by_one = [find_duplicate(conn, keys, sig, 0.6) for keys, sig in probes]
        batched = find_duplicates(conn, probes, 0.6)
        low = find_duplicates(conn, probes, 0.2)
    store.close()
    assert batched == one_by_one
    assert sum(found is not None for found in batched) > 20 and any(found is None for found in batched)
    assert sum(found is not None for found in low) >= sum(found is not None for found in batched)


def test_postgresql_compresses_bodies_and_tsvectors_with_lz4(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        return  # SQLite compresses nothing
    from bench_store import Corpus

    store = open_store(db_url)
    ingest_articles(store, list(Corpus(seed=3).generate(40)), threshold=0.6)
    with store.connect() as conn:
        methods = conn.execute(
            text(
                "SELECT c.relname, a.attname, a.attcompression"
                " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                " WHERE c.relname IN ('articles', 'article_search') AND pg_table_is_visible(c.oid)"
                " AND a.attname IN ('body', 'document', 'grams')"
            )
        ).all()
        stored = conn.execute(text("SELECT count(*) FROM articles WHERE pg_column_compression(body) = 'lz4'")).scalar()
    store.close()
    assert sorted(methods) == [
        ("article_search", "document", "l"),
        ("article_search", "grams", "l"),
        ("articles", "body", "l"),
    ]
    assert stored > 0


def test_postgresql_bigram_set_is_every_bigram_of_title_and_body(db_url: str) -> None:
    """The bigram tsvector holds exactly the distinct bigrams and run-final characters of title and
    body (sent unsorted, with the server's ``array_to_tsvector`` sorting them)."""
    if not db_url.startswith("postgresql"):
        return  # SQLite keeps the bigram stream with positions: compared by the test above
    from aiwatch.store import fts
    from bench_store import Corpus

    items = [*Corpus(seed=9).generate(60), make_article("GPT-4o发布", "智算中心，Ａ股；x").to_dict()]
    store = open_store(db_url)
    ingest_articles(store, items, threshold=0.6)
    with store.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.title, a.body, tsvector_to_array(s.grams) FROM article_search s"
                " JOIN articles a ON a.pk = s.article_pk"
            )
        ).all()
    store.close()
    assert len(rows) >= 55
    for title, body, grams in rows:
        assert sorted(grams) == sorted({*fts.gram_tokens(title), *fts.gram_tokens(body)})


def test_sqlite_index_merges_32_segments_a_level_after_upgrade(tmp_path) -> None:
    """Revision 0014: a corpus of 0013 gets the wider FTS5 merge (automerge 32, crisismerge above
    it) without re-indexing, a new corpus has it from the start, and searches find the same."""
    from aiwatch.store.search import search

    def merge_settings(store) -> dict[str, int]:
        with store.connect() as conn:
            rows = conn.execute(text("SELECT k, v FROM articles_fts_config WHERE k IN ('automerge', 'crisismerge')"))
            return {k: int(v) for k, v in rows}

    db = str(tmp_path / "old.db")
    old = open_store(db, migrate_to="0013")
    stories = ["杭州发布算力券政策", "上海港启用无人集卡", "深圳举办机器人大赛", "成都建成超算分中心"]
    items = [
        make_article(f"第{n}篇", f"{story}，另建智算中心{n}号。{story * 3}", published=f"2024-03-1{n}")
        for n, story in enumerate(stories)
    ]
    ingest_articles(old, items)
    assert merge_settings(old) == {"automerge": 16}
    before = {query: [hit.id for hit in search(old, query)] for query in ("智算", "人工智能", "智算中心3号")}
    old.close()
    upgraded = open_store(db)
    try:
        assert merge_settings(upgraded) == {"automerge": 32, "crisismerge": 64}
        assert {query: [hit.id for hit in search(upgraded, query)] for query in before} == before
        assert len(before["智算"]) == 4 and len(before["智算中心3号"]) == 1
        ingest_articles(upgraded, [make_article("新的一篇", "智算中心的新闻。", published="2024-04-01")])
        assert len(search(upgraded, "智算")) == 5
    finally:
        upgraded.close()
    fresh = open_store(str(tmp_path / "new.db"))
    try:
        assert merge_settings(fresh) == {"automerge": 32, "crisismerge": 64}
    finally:
        fresh.close()
