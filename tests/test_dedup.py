"""Near-duplicates: MinHash estimates, LSH candidates, ``duplicate_of`` links on both backends."""

from __future__ import annotations

import numpy as np
from sqlalchemy import func, select

import store_helpers
from aiwatch.store import dedup
from aiwatch.store.ingest import ingest_articles
from aiwatch.store.read import get_article
from aiwatch.store.schema import articles, lsh_buckets
from store_helpers import make_article

db_url = store_helpers.db_url
store = store_helpers.store

STORY = (
    "11月5日，上海市政府新闻办举行发布会，介绍上海人工智能产业发展情况。截至2021年9月底，"
    "上海人工智能重点企业达1149家，规上企业产值2564亿元，同比增长32.5%。上海将全面推动新一代"
    "人工智能与经济社会深度融合，建设世界级人工智能产业集群。徐汇区、浦东新区、闵行区等地已形成"
    "各具特色的集聚区，张江人工智能岛和西岸智慧谷吸引了一批头部企业和研发机构入驻。"
)
# Republished: a new title, one sentence reworded, the outlet's own footer line.
REPUBLISHED = (
    STORY.replace("介绍上海人工智能产业发展情况", "通报本市人工智能产业的发展情况")
    + "（本文来源：第一财经）责任编辑：王五"
)
# Another report of the same press conference, written independently.
OTHER_REPORT = (
    "上海人工智能产业规模持续扩大。市经信委负责人在发布会上表示，本市将加快建设算力基础设施，"
    "支持大模型企业开展技术攻关，同时完善数据要素市场，推动人工智能在医疗、金融、制造等领域应用。"
)


def test_identical_text_has_similarity_one() -> None:
    assert dedup.similarity(dedup.signature(STORY), dedup.signature(STORY)) == 1.0


def test_spacing_and_punctuation_do_not_count() -> None:
    spaced = STORY.replace("，", " , ").replace("。", "。\n\n")
    assert dedup.similarity(dedup.signature(STORY), dedup.signature(spaced)) == 1.0


def test_republished_copy_is_similar_and_other_report_is_not() -> None:
    base = dedup.signature(STORY)
    assert dedup.similarity(base, dedup.signature(REPUBLISHED)) >= 0.7
    assert dedup.similarity(base, dedup.signature(OTHER_REPORT)) < 0.2


def test_estimate_tracks_true_jaccard() -> None:
    first = set(dedup.shingle_hashes(STORY).tolist())
    second = set(dedup.shingle_hashes(REPUBLISHED).tolist())
    exact = len(first & second) / len(first | second)
    estimate = dedup.similarity(dedup.signature(STORY), dedup.signature(REPUBLISHED))
    assert abs(estimate - exact) < 0.12  # 128 permutations: standard error ≈ 0.04


def test_short_and_empty_texts() -> None:
    assert dedup.shingle_hashes("").size == 0
    assert dedup.shingle_hashes("AI").size == 1  # shorter than a shingle: one shingle
    assert dedup.signature("").dtype == np.uint32


def _reference_signature(text: str) -> np.ndarray:
    """The definition: each distinct shingle's 32-bit value under every function, the least kept."""
    hashes = dedup.shingle_hashes(text)
    result = np.full(dedup.NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    with np.errstate(over="ignore"):
        for shingle in hashes:
            values = ((dedup._A * shingle + dedup._B) >> np.uint64(32)).astype(np.uint32)
            np.minimum(result, values, out=result)
    return result


# Longer than one block of shingles (dedup._CHUNK), so that blocks are combined too.
LONG = "".join(STORY[i % len(STORY)] + str(i) for i in range(6000))


def test_signature_is_the_least_value_of_every_shingle() -> None:
    for text in (STORY, REPUBLISHED, OTHER_REPORT, "", "AI", STORY * 3, LONG):
        assert dedup.signature(text).tolist() == _reference_signature(text).tolist()
    assert len(dedup.shingle_hashes(LONG)) > dedup._CHUNK


def test_signatures_stay_those_of_stored_corpora() -> None:
    """Stored buckets and signatures were computed by earlier versions: the values must not move."""
    import hashlib

    expected = {
        STORY: "54f79d6139074bdb4696fb38133e662e929b40537affcfc9bff326ccb9338ec9",
        LONG: "ca83ec966457f1df4572ac24111b65f9bc067d54fc220407cb7dbaae6827a939",
    }
    for text, digest in expected.items():
        assert hashlib.sha256(dedup.to_bytes(dedup.signature(text))).hexdigest() == digest


def test_band_keys_are_signed_64_bit_and_deterministic() -> None:
    keys = dedup.band_keys(dedup.signature(STORY))
    assert len(keys) == dedup.BANDS
    assert all(-(2**63) <= k < 2**63 for k in keys)
    assert keys == dedup.band_keys(dedup.signature(STORY))
    assert dedup.from_bytes(dedup.to_bytes(dedup.signature(STORY))).tolist() == dedup.signature(STORY).tolist()


def test_near_duplicate_links_to_first_copy(store) -> None:
    first = make_article("上海人工智能企业超千家", STORY, source="上海发布")
    copy = make_article("沪AI重点企业1149家", REPUBLISHED, source="第一财经")
    third = make_article("转载", REPUBLISHED + "更多资讯请关注本站。", source="网易科技")
    other = make_article("发布会", OTHER_REPORT, source="澎湃新闻")
    counts = ingest_articles(store, [first, copy, third, other])
    assert (counts.new, counts.duplicate) == (2, 2)
    assert get_article(store, copy.id)["duplicate_of"] == first.id
    # the third copy is closest to the second, but links to the first copy of the story
    assert get_article(store, third.id)["duplicate_of"] == first.id
    assert get_article(store, other.id)["duplicate_of"] is None
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(lsh_buckets)).scalar() == 4 * dedup.BANDS
        assert conn.execute(select(func.count()).where(articles.c.duplicate_of.is_not(None))).scalar() == 2


def test_threshold_is_configurable(store) -> None:
    first = make_article("上海人工智能企业超千家", STORY)
    copy = make_article("沪AI重点企业1149家", REPUBLISHED)
    counts = ingest_articles(store, [first, copy], threshold=0.99)
    assert (counts.new, counts.duplicate) == (2, 0)


def test_benchmark_corpus_copies_are_found_as_copies(tmp_path) -> None:
    """bench_store's planted copies come from other outlets under their own paths: the store finds
    them as near-duplicates of the right original (never as revisions of it, which an original's
    path made them), whatever the batches: the dedup figures in bench/ measure copy detection."""
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "bench"))
    from aiwatch.store import open_store
    from bench_store import Corpus, measure_dedup

    corpus = Corpus(seed=17, duplicate_rate=0.15)
    items = list(corpus.generate(500))
    assert len({item["path"] for item in items}) == len(items)
    opened = open_store(str(tmp_path / "bench.db"))
    counts = ingest_articles(opened, items, threshold=0.6)
    scores = measure_dedup(opened, corpus)
    opened.close()
    assert counts.revision == 0 and counts.duplicate >= 0.9 * len(corpus.planted) > 40
    assert scores["precision"] == 1.0 and scores["linked_to_right_original"] >= 0.9
