"""Word-level Chinese search on both backends: relevance, filters, snippets."""

from __future__ import annotations

from functools import partial

import store_helpers
from aiwatch.store import fts
from aiwatch.store.ingest import ingest_articles
from aiwatch.store.search import Filters, search, search_in
from store_helpers import make_article, org, tech

db_url = store_helpers.db_url
store = store_helpers.store

# The word 人工智能 as such.
AI_POLICY = make_article(
    "上海发布人工智能产业新政",
    "市经信委今天发布新一轮人工智能产业政策，支持算力平台和大模型企业在浦东落地。",
    published="2024-03-05",
    source="第一财经",
    entities=[org("上海市经信委")],
    technologies=[tech("大模型", "Large language model")],
    industries=[tech("政务", "Government")],
)
# 人工 and 智能 both occur, but never as the word 人工智能: a character n-gram index would match.
SCATTERED = make_article(
    "制造业用工调查",
    "工厂过去依靠人工完成分拣，如今换上了更智能的设备，机器人替代了部分岗位。",
    published="2024-03-06",
    source="新浪财经",
    industries=[tech("制造", "Manufacturing")],
)
# The word in the body only, mentioned once: ranks below the article with it in the title.
BODY_ONLY = make_article(
    "徐汇区推进数字经济",
    "徐汇区将建设数据交易中心，同时布局人工智能应用场景，吸引科技企业入驻滨江。",
    published="2024-05-20",
    source="澎湃新闻",
    entities=[org("商汤科技", aliases=("商汤",))],
    technologies=[tech("计算机视觉", "Computer vision")],
)


def _twin_stores(db_url: str, tmp_path, items: list, threshold: float) -> tuple:
    """The same articles ingested into the PostgreSQL test database (its statistics taken, so the
    planner sees them) and into a SQLite file: ``(postgresql store, sqlite store)``."""
    from sqlalchemy import text

    from aiwatch.store import open_store

    pg = open_store(db_url)
    ingest_articles(pg, items, threshold=threshold)
    with pg.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    lite = open_store(str(tmp_path / "twin.db"))
    ingest_articles(lite, items, threshold=threshold)
    return pg, lite


def _ids(hits) -> list[str]:
    return [hit.id for hit in hits]


def _found_and_totals(store, queries: list[str], **options) -> list:
    """Each query's hits (ids, sorted) and its total capped at 10, ``search_in``'s ``options`` given."""
    with store.connect() as conn:
        found = [search_in(conn, store, query, count_cap=10, **options) for query in queries]
    return [(sorted(_ids(r.hits)), r.total) for r in found]


def _phrase_twins(db_url: str, tmp_path, bodies: dict[str, str], items: list, queries: list[str]) -> tuple:
    """``items`` (one per body) in twin stores: the PostgreSQL store, ``observed(store, **options)``
    (``_found_and_totals`` of ``queries``), SQLite's answer to it, and the ids by body name."""
    pg, lite = _twin_stores(db_url, tmp_path, items, threshold=0.99)
    observed = partial(_found_and_totals, queries=queries)
    reference = observed(lite)
    lite.close()
    return pg, observed, reference, {name: item.id for name, item in zip(bodies, items, strict=True)}


def test_bigram_tokens_and_queries() -> None:
    assert fts.gram_tokens("智算中心，GPU") == ["智算", "算中", "中心", "心", "gp", "pu", "u"]
    assert fts.gram_query("智算中心") == (["智算", "算中", "中心"], False)
    assert fts.gram_query("智") == (["智"], True)
    assert fts.gram_query("AI-芯") == (["ai", "i", "芯"], True)
    assert fts.fts5_phrase(["商汤", "科技"]) == '"商汤 科技"'
    assert fts.fts5_phrase(['a"b'], prefix=True) == '"a""b" *'


def test_word_does_not_match_scattered_characters(store) -> None:
    ingest_articles(store, [AI_POLICY, SCATTERED, BODY_ONLY])
    hits = _ids(search(store, "人工智能"))
    assert SCATTERED.id not in hits
    assert hits == [AI_POLICY.id, BODY_ONLY.id]  # title match first
    assert _ids(search(store, '"人工智能"')) == [AI_POLICY.id, BODY_ONLY.id]
    # asking for the two words separately finds the scattered page too
    assert set(_ids(search(store, "人工 智能"))) == {AI_POLICY.id, SCATTERED.id, BODY_ONLY.id}


def test_all_words_must_match(store) -> None:
    ingest_articles(store, [AI_POLICY, SCATTERED, BODY_ONLY])
    assert _ids(search(store, "人工智能 浦东")) == [AI_POLICY.id]
    assert _ids(search(store, "人工智能 月球")) == []


def test_filters_combine_with_the_query(store) -> None:
    ingest_articles(store, [AI_POLICY, SCATTERED, BODY_ONLY])
    assert _ids(search(store, "人工智能", Filters(since="2024-04-01"))) == [BODY_ONLY.id]
    assert _ids(search(store, "人工智能", Filters(until="2024-03-31"))) == [AI_POLICY.id]
    assert _ids(search(store, "人工智能", Filters(source="澎湃新闻"))) == [BODY_ONLY.id]
    assert _ids(search(store, "人工智能", Filters(entity="商汤"))) == [BODY_ONLY.id]  # by alias
    assert _ids(search(store, "人工智能", Filters(technology="large language model"))) == [AI_POLICY.id]
    assert _ids(search(store, "", Filters(industry="制造"))) == [SCATTERED.id]
    assert _ids(search(store, "人工智能", Filters(industry="制造"))) == []


def test_empty_query_lists_newest_first(store) -> None:
    ingest_articles(store, [AI_POLICY, SCATTERED, BODY_ONLY])
    assert _ids(search(store, "", limit=2)) == [BODY_ONLY.id, SCATTERED.id]
    assert _ids(search(store, "", limit=2, offset=2)) == [AI_POLICY.id]
    assert _ids(search(store, "人工智能", limit=1, offset=1)) == [BODY_ONLY.id]


def test_snippet_marks_the_word_in_the_original_text(store) -> None:
    ingest_articles(store, [AI_POLICY])
    (hit,) = search(store, "人工智能")
    assert hit.highlights
    for start, end in hit.highlights:
        assert hit.snippet[start:end] == "人工智能"


def test_snippet_window_and_markers() -> None:
    body = "开头。" + "无关内容。" * 40 + "商汤科技发布大模型。"
    snippet = fts.make_snippet(body, [["大模型"]], width=30)
    assert snippet.text.startswith("…")
    assert "【大模型】" in snippet.marked()
    plain = fts.make_snippet("没有匹配的正文", [["大模型"]])
    assert plain.highlights == [] and plain.text == "没有匹配的正文"


def test_duplicates_are_hidden_unless_asked(store) -> None:
    copy = make_article("转载：" + AI_POLICY.title, AI_POLICY.body + "（来源：第一财经）", source="网易")
    ingest_articles(store, [AI_POLICY, copy])
    assert _ids(search(store, "人工智能")) == [AI_POLICY.id]
    assert set(_ids(search(store, "人工智能", Filters(duplicates=True)))) == {AI_POLICY.id, copy.id}


def test_index_built_with_another_dictionary_is_rebuilt(store) -> None:
    """A new version may add domain words (具身智能): the old index is re-segmented on the next ingest."""
    from sqlalchemy import update

    from aiwatch.store.ingest import Ingest
    from aiwatch.store.schema import store_settings
    from aiwatch.store.writer import INDEX_SETTING, index_fingerprint, index_is_current

    ingest_articles(store, [AI_POLICY, SCATTERED, BODY_ONLY])
    with store.transaction() as conn:
        assert index_fingerprint(conn) == fts.dictionary_fingerprint()
        conn.execute(update(store_settings).where(store_settings.c.key == INDEX_SETTING).values(value="older"))
    with store.connect() as conn:
        assert not index_is_current(conn)
    assert Ingest(store).reindexed == 3
    with store.connect() as conn:
        assert index_is_current(conn)
    assert _ids(search(store, "人工智能")) == [AI_POLICY.id, BODY_ONLY.id]
    assert Ingest(store).reindexed is None


def test_both_ranking_plans_agree(store, monkeypatch) -> None:
    """Rare words rank with per-match lookups, common ones with key sets: same answers either way."""
    from aiwatch.store import search as search_module

    ingest_articles(store, [AI_POLICY, SCATTERED, BODY_ONLY])
    cases = [
        ("人工智能", Filters()),
        ("人工智能", Filters(since="2024-04-01")),
        ("人工智能", Filters(entity="商汤")),
        ("人工智能", Filters(technology="large language model", until="2024-03-31")),
        ("人工智能", Filters(source="澎湃新闻", industry="制造")),
    ]
    direct = [_ids(search(store, query, filters)) for query, filters in cases]
    monkeypatch.setattr(search_module, "DIRECT_MATCHES", 0)
    assert [_ids(search(store, query, filters)) for query, filters in cases] == direct
    assert direct[:3] == [[AI_POLICY.id, BODY_ONLY.id], [BODY_ONLY.id], [BODY_ONLY.id]]


def test_web_options_capped_total_newest_first_and_no_snippets(store) -> None:
    """The web's paged search runs these statements: a capped total, newest first for common words."""
    policy = make_article(AI_POLICY.title, AI_POLICY.body, published="2024-03-05", summary="上海发布人工智能新政。")
    ingest_articles(store, [policy, SCATTERED, BODY_ONLY])
    with store.connect() as conn:
        ranked = search_in(conn, store, "人工智能", count_cap=10)
        assert ranked.ranked and ranked.total == 2 and _ids(ranked.hits) == [policy.id, BODY_ONLY.id]
        assert ranked.hits[0].highlights and ranked.hits[0].summary == "上海发布人工智能新政。"
        assert search_in(conn, store, "", count_cap=1).total == 2  # counted up to the cap + 1
        assert search_in(conn, store, "", count_cap=10).total == 3
        assert search_in(conn, store, "人工智能 月球", count_cap=10).total == 0
        assert search_in(conn, store, "人工智能", Filters(source="澎湃新闻"), count_cap=10).total == 1
        # More matches than rank_limit: nothing scored, the newest stored article first.
        newest = search_in(conn, store, "人工智能", rank_limit=1, snippets=False)
        assert not newest.ranked and newest.total is None
        assert _ids(newest.hits) == [BODY_ONLY.id, policy.id]
        assert newest.hits[0].snippet == "" and newest.hits[0].highlights == []
        assert _ids(search_in(conn, store, "人工智能", rank_limit=1, offset=1).hits) == [policy.id]
        assert _ids(search_in(conn, store, "人工智能", Filters(until="2024-03-31"), rank_limit=1).hits) == [policy.id]
        assert search_in(conn, store, "人工智能", rank_limit=2).ranked  # at the limit: still by relevance
    assert "summary" not in search(store, "人工智能")[0].to_dict()  # the CLI's JSON lines are unchanged


def test_many_matches_look_among_the_newest_first_and_stay_exact(store, monkeypatch) -> None:
    """Above rank_limit the page comes from the newest STORED_WINDOW matches, or from all of them
    when the filters leave too few there: the same hits and totals as without the window."""
    from aiwatch.store import search as search_module

    policy = make_article(AI_POLICY.title, AI_POLICY.body, published="2024-03-05", source="第一财经")
    ingest_articles(store, [policy, SCATTERED, BODY_ONLY])
    cases = [(Filters(), 0), (Filters(), 1), (Filters(source="第一财经"), 0), (Filters(until="2024-03-31"), 0)]

    def pages() -> list:
        with store.connect() as conn:
            found = [
                search_in(conn, store, "人工智能", f, limit=1, offset=o, rank_limit=1, count_cap=5) for f, o in cases
            ]
        return [(_ids(r.hits), r.total, r.ranked) for r in found]

    everything = pages()
    monkeypatch.setattr(search_module, "STORED_WINDOW", 1)  # only the newest match in the window
    assert pages() == everything
    assert everything[0] == ([BODY_ONLY.id], 2, False) and everything[2] == ([policy.id], 1, False)


def test_relevance_is_computed_over_the_newest_matches(store, monkeypatch) -> None:
    """Above RANK_WINDOW matches only the newest stored ones are scored (bm25 cost stays bounded)."""
    from aiwatch.store import search as search_module

    ingest_articles(store, [AI_POLICY, SCATTERED, BODY_ONLY])
    assert _ids(search(store, "人工智能")) == [AI_POLICY.id, BODY_ONLY.id]
    monkeypatch.setattr(search_module, "RANK_WINDOW", 1)
    with store.connect() as conn:
        found = search_in(conn, store, "人工智能")
    assert found.ranked and _ids(found.hits) == [BODY_ONLY.id]  # the newest stored match
    assert _ids(search(store, "人工智能", sort="date")) == [BODY_ONLY.id, AI_POLICY.id]  # by date: all


def test_wider_windows_of_newest_matches_stay_exact(store, monkeypatch) -> None:
    """When the filters leave too few of the newest matches, the listing, its capped count and the
    facets look in wider windows (1, 2, 4, 8 here), then in every match: the same pages, totals
    and facets as with one window holding everything."""
    from aiwatch.store import search as search_module
    from aiwatch.store.search import facets_in

    stories = [
        make_article(
            f"人工智能第{n}篇",
            f"第{n}篇报道：人工智能企业在{n}号园区发布新品。",
            published=f"2024-0{1 + n % 9}-1{n % 10}",
            source="第一财经" if n % 7 == 0 else "澎湃新闻",
        )
        for n in range(30)
    ]
    ingest_articles(store, stories)
    cases = [(Filters(source="第一财经"), 0), (Filters(source="第一财经"), 2), (Filters(since="2024-09-01"), 0)]

    def observed() -> list:
        with store.connect() as conn:
            found = [
                search_in(conn, store, "人工智能", f, limit=2, offset=o, rank_limit=1, count_cap=3) for f, o in cases
            ]
            counted = [facets_in(conn, store, "人工智能", f, sample=2).to_dict() for f, _ in cases]
        return [(_ids(r.hits), r.total, r.ranked) for r in found] + counted

    everything = observed()
    monkeypatch.setattr(search_module, "STORED_WINDOW", 1)
    monkeypatch.setattr(search_module, "FACET_WINDOW", 1)
    monkeypatch.setattr(search_module, "WIDEN", 2)
    monkeypatch.setattr(search_module, "WIDEST_WINDOW", 8)
    assert observed() == everything
    assert everything[0][1] == 4 and len(everything[0][0]) == 2  # 第一财经: 0, 7, 14, 21, 28 (capped at 3 + 1)


def test_postgresql_one_tsquery_and_index_first_plans_find_what_sqlite_finds(db_url: str, tmp_path, monkeypatch):
    """PostgreSQL says a boolean text query as one tsquery (``自己 -国家``) and, when the planner
    expects few matches, takes them all from the GIN index before sorting: the newest matches,
    pages and capped totals are those of the walk newest first, and those of SQLite's FTS5."""
    if not db_url.startswith("postgresql"):
        return  # the SQLite plans are unchanged: they are the reference here
    import sys

    from sqlalchemy import text

    from aiwatch.store import search as search_module
    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_store import Corpus

    corpus = Corpus(seed=13)
    items = list(corpus.generate(300))
    words = [w for w in corpus.words.tolist() if len(w) == 2][:40]
    a, b, c, d = words[0], words[1], words[2], words[25]
    queries = [
        f"{a} -{b}",
        f"{a} OR {d}",
        f"({d} OR {c}) -{a}",
        f"-{a} {b}",
        f'"{a} {b}" OR {d}',
        f'"{a} {b}" -{c}',
        f"{a[0]}* -{b}",
        f"{a}{b} OR {c}",  # a four-character substring: strpos in the body, not the index alone
        f"title:{a} OR {b}",
        "gpt OR 人工智能",
        f"{a}{b[0]}",  # three characters: the bigrams' candidates, then strpos newest first
        f"({a}{b} OR {c}) -{d}",
        f"{a}{b} -{d}",
        "人工智能",  # one word of the segmenter: its articles are some of the substring's
        f"({a}{b} OR {c}) -{c}{d[0]}",  # a NOT the bigrams do not answer alone: checked in the text
        c,
    ]
    pg, lite = _twin_stores(db_url, tmp_path, items, threshold=0.6)

    def observed(store) -> list:
        out = []
        with store.connect() as conn:
            for query in queries:
                compiled = search_module.compile_query(store, query)
                newest = search_module._newest_matches(conn, store, compiled.match, 50)
                ids = dict(conn.execute(text("SELECT pk, id FROM articles")).all())
                page = search_in(conn, store, query, limit=5, rank_limit=1, count_cap=30)
                counted = search_module.facets_in(conn, store, query, Filters(since="2024-03-01"), sample=5)
                out.append((query, [ids[k] for k in newest], _ids(page.hits), page.total, counted.to_dict()))
        return out

    reference = observed(lite)
    lite.close()
    monkeypatch.setattr(search_module, "SPARSE_SHARE", 0.0)  # always walk newest first
    monkeypatch.setattr(search_module, "PROBE_COST", 0.0)  # planning never reads a bitmap
    walked = observed(pg)
    monkeypatch.setattr(search_module, "SPARSE_SHARE", 2.0)  # always from the index when it decides alone
    monkeypatch.setattr(search_module, "PROBE_COST", 1e9)  # planning reads a bitmap when one says enough
    probes, probe = [], search_module._pg_probe
    monkeypatch.setattr(search_module, "_pg_probe", lambda *args: probes.append(probe(*args)) or probes[-1])
    indexed = observed(pg)
    assert sum(1 for found in probes if found and found[1]) >= 4  # every match from the bitmap
    assert any(found and not found[1] and len(found[0]) > 1 for found in probes)  # 人工智能: stored
    monkeypatch.setattr(search_module, "CHECKED_FEW", 0)  # candidates from the bigrams, checked newest first
    monkeypatch.setattr(search_module, "WALK_COST", 1e9)
    monkeypatch.setattr(search_module, "LEAN_SHARE", 1e9)  # a long substring's middle bigram alone
    calls, check = [], search_module._checked_newest
    monkeypatch.setattr(search_module, "_checked_newest", lambda *args: calls.append(args[1]) or check(*args))
    checked = observed(pg)
    assert len(calls) >= 4  # the three-character substrings, the title-only word, the OR
    pg.close()
    assert walked == reference
    assert indexed == reference
    assert checked == reference
    assert all(newest for _, newest, _, _, _ in reference[:4]) and reference[3][3] is not None
    assert all(facets["counted"] for *_, facets in reference[:3])


def test_phrases_match_alike_on_both_backends_through_the_bigram_bound(db_url: str, tmp_path, monkeypatch):
    """A phrase's words side by side (一个中国) or with what the index drops between them
    (一个，中国) match; 一个 and 中国 apart, with 个中 elsewhere (这个中心), do not.  PostgreSQL takes
    a phrase's candidates from the bigrams (个中, or a run ending in 个) before reading positions,
    so 一个①中国 does not match there either: FTS5 keeps ① as a token, PostgreSQL's parser skipped
    it and matched.  Ranked pages read the keys found while planning instead of matching again:
    the same pages and totals, on every plan, as SQLite's."""
    if not db_url.startswith("postgresql"):
        return

    from aiwatch.store import search as search_module

    bodies = {
        "joined": "一个中国的原则不会改变，神农架也一样。",
        "comma": "他说一个，中国企业正在出海。",
        "apart": "这个中心有一个展台，中国馆在对面。",
        "circled": "这是一个①中国的案例。",
        "superscript": "这是一个²中国的案例，神农架。",
        "title": "与此无关的正文，没有那个词组。",
    }
    items = [
        make_article("一个中国的讨论" if name == "title" else f"第{n}篇报道", body, published=f"2024-03-1{n}")
        for n, (name, body) in enumerate(bodies.items())
    ]
    queries = ['"一个 中国"', '"一个 中国" OR 神农架', '"一个 中国" -神农架', 'title:"一个 中国"', '"这是 一个 中国"']
    pg, observed, reference, ids = _phrase_twins(db_url, tmp_path, bodies, items, queries)
    assert reference[0] == (sorted([ids["joined"], ids["comma"], ids["title"]]), 3)
    assert reference[2] == (sorted([ids["comma"], ids["title"]]), 2) and reference[4] == ([], 0)
    pages = {}
    for share in (0.0, 2.0):  # walked newest first, or all candidates from the GIN index
        monkeypatch.setattr(search_module, "SPARSE_SHARE", share)
        assert observed(pg) == reference
        pages[share] = observed(pg, limit=2, offset=1)
        monkeypatch.setattr(search_module, "RANK_WINDOW", 2)  # scored: the newest two matches
        pages[share, "window"] = observed(pg, limit=1)
        monkeypatch.setattr(search_module.Plan, "scored", lambda self, store: None)  # the text matched again
        assert observed(pg, limit=1) == pages[share, "window"]
        monkeypatch.undo()
    pg.close()
    assert pages[0.0] == pages[2.0] and pages[0.0, "window"] == pages[2.0, "window"]


def test_common_word_pairs() -> None:
    """Pairs of common words side by side, per field; what the index drops between them does not
    part them, a token it keeps (①) does, and a title's last word and the body's first are not a pair."""
    assert {"一个", "中国", "我们"} <= fts.common_words()
    assert "一个 中国" in fts.common_pairs(fts.index_text("这是一个，中国的事"))
    assert "一个 中国" not in fts.common_pairs(fts.index_text("这是一个①中国的事"))
    assert "一个 中国" not in fts.common_pairs(fts.index_text("只有一个"), fts.index_text("中国的事"))
    assert not fts.common_pairs(fts.index_text("神农架"), "")
    assert {"人工智能", "人工智慧"} <= set(fts.words_containing("人工智"))
    assert "神农架" in fts.words_containing("神农架")


def test_phrases_of_common_words_come_from_the_pair_index(db_url: str, tmp_path, monkeypatch):
    """PostgreSQL answers a phrase of two common words from ``article_pairs`` alone, no positions
    read: the same matches, pages and totals as SQLite's positional phrase, on every plan (walked,
    from the index, checked newest first), alone or under AND / OR / NOT; the migration's backfill
    and a rebuilt index give the pairs ingest gave."""
    if not db_url.startswith("postgresql"):
        return
    from importlib import import_module

    from sqlalchemy import text

    from aiwatch.store import search as search_module
    from aiwatch.store.writer import rebuild_index

    migration = import_module("aiwatch.store.migrations.versions.0013_common_pairs")

    bodies = {
        "joined": "我们没有说过一个中国以外的话，神农架也一样。",
        "comma": "他说一个，中国企业正在出海，我们没有办法。",
        "apart": "这个中心有一个展台，中国馆在对面。",
        "circled": "这是一个①中国的案例，神农架。",
        "boundary": "中国的事情我们没有看到。",  # its title ends in 一个
        "none": "与此无关的正文，没有那个词组。",
        "inside": "一位神农架构师谈人工智造。",  # 神农 架构师, 人工 智造: the substrings, not the words
    }
    items = [
        make_article("只有一个" if name == "boundary" else f"第{n}篇报道", body, published=f"2024-03-1{n}")
        for n, (name, body) in enumerate(bodies.items())
    ]
    queries = [
        '"一个 中国"',
        '"一个 中国" OR 神农架',
        '"一个 中国" -神农架',
        '神农架 -"一个 中国"',
        '"我们 没有" "一个 中国"',
        '"我们 没有" OR "一个 中国"',
        '"一个 中国" 神农架*',
        '"一个 中国" 神农',
        '"一个 中国" OR 神农架的',  # a three-character substring: strpos after the bigrams
        "神农架",  # the word's articles from the word index, the others' text searched
        "人工智",
    ]
    pg, observed, reference, ids = _phrase_twins(db_url, tmp_path, bodies, items, queries)
    assert reference[0] == (sorted([ids["joined"], ids["comma"]]), 2)
    assert reference[3] == (sorted([ids["circled"], ids["inside"]]), 2)
    assert reference[-2] == (sorted([ids["joined"], ids["circled"], ids["inside"]]), 3)
    assert reference[-1] == ([ids["inside"]], 1)
    calls, pair_condition = [], search_module._pair_condition
    monkeypatch.setattr(search_module, "_pair_condition", lambda *args: calls.append(args[0]) or pair_condition(*args))
    unions, union = [], search_module._pg_substring_matches
    monkeypatch.setattr(search_module, "_pg_substring_matches", lambda *args: unions.append(union(*args)) or unions[-1])
    pages = []
    for share in (0.0, 2.0):  # walked newest first, or all candidates from the GIN indexes
        monkeypatch.setattr(search_module, "SPARSE_SHARE", share)
        assert observed(pg) == reference
        pages.append(observed(pg, limit=1, offset=1))
    assert pages[0] == pages[1] and "'一个 中国'" in calls and "'我们 没有'" in calls
    assert any(unions) and None in unions  # the word index and the text, or the walk
    monkeypatch.setattr(search_module, "CHECKED_FEW", 0)  # candidates from the bigrams, checked newest first
    monkeypatch.setattr(search_module, "WALK_COST", 1e9)
    assert observed(pg) == reference
    monkeypatch.undo()

    def pairs() -> list:
        with pg.connect() as conn:
            return conn.execute(text("SELECT article_pk, pairs::text FROM article_pairs ORDER BY 1")).all()

    ingested = pairs()
    assert len(ingested) == len(items) - 1  # 一位神农架构师谈人工智造 has no pair of common words: no row
    with pg.transaction() as conn:
        conn.execute(text("DELETE FROM article_pairs"))
        assert migration.backfill(conn, batch=2) == len(items)
    assert pairs() == ingested
    with pg.transaction() as conn:
        rebuild_index(conn)
    assert pairs() == ingested
    assert observed(pg) == reference
    pg.close()
