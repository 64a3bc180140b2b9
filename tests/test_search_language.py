"""The search query language: the parser's tree and errors, and what each construct finds on both backends."""

from __future__ import annotations

import pytest

import store_helpers
from aiwatch.errors import AiwatchError
from aiwatch.store.ingest import ingest_articles
from aiwatch.store.query import And, Dates, Filter, Not, Or, QueryError, Text, parse
from aiwatch.store.search import search
from store_helpers import make_article, org, tech

db_url = store_helpers.db_url
store = store_helpers.store

COMPUTE = make_article(
    "合肥智算中心正式启用",
    "合肥新建的智算中心今天投入运营，可为大模型训练提供算力，首批客户包括商汤科技。",
    published="2024-02-10",
    source="36氪",
    entities=[org("商汤科技", aliases=("商汤", "SenseTime"))],
    technologies=[tech("大模型", "Large language model")],
    industries=[tech("政务", "Government")],
    events=[{"date": "2024-02-10", "text": "合肥智算中心启用", "type": "launch", "entities": []}],
)
FUNDING = make_article(
    "SenseTime raises funds for GPT-style models",
    "商汤宣布完成新一轮融资，资金将用于GPT类大模型研发和芯片采购，另有广告合作。",
    published="2024-05-03",
    source="第一财经",
    entities=[org("SenseTime")],
    technologies=[tech("芯片", "Chip")],
    events=[{"date": "2024-05-03", "text": "商汤完成融资", "type": "funding", "entities": []}],
)
CHIPS = make_article(
    "上海芯片产业报告",
    "上海集成电路企业去年营收增长，算力芯片需求旺盛。本文含广告。",
    published="2024-07-21",
    source="澎湃新闻",
    industries=[tech("制造", "Manufacturing")],
)
ALL = [COMPUTE, FUNDING, CHIPS]


def ids(store, query: str, **options) -> set[str]:
    return {hit.id for hit in search(store, query, **options)}


# --- the parser ----------------------------------------------------------------------------------


def test_or_binds_closer_than_the_implicit_and() -> None:
    assert parse("上海 芯片 OR 算力 -广告") == And((Text("上海"), Or((Text("芯片"), Text("算力"))), Not(Text("广告"))))
    assert parse("(a OR b) AND NOT c") == And((Or((Text("a"), Text("b"))), Not(Text("c"))))
    assert parse("") is None and parse("   ") is None and parse("，。") is None
    assert parse("芯片 ， 算力") == And((Text("芯片"), Text("算力")))  # a lone comma is no word


def test_fields_phrases_prefixes_and_dates() -> None:
    assert parse('title:"人工智能 产业" gpt*') == And(
        (Text("人工智能 产业", "phrase", title_only=True), Text("gpt", "prefix"))
    )
    assert parse("来源：36氪 “大 模型”") == And((Filter("source", "36氪"), Text("大 模型", "phrase")))
    assert parse("tech:大模型 industry:金融 entity:商汤 type:funding") == And(
        (Filter("tech", "大模型"), Filter("industry", "金融"), Filter("entity", "商汤"), Filter("type", "funding"))
    )
    assert parse("date:2024-01..2024-06") == Dates("2024-01-01", "2024-06-30")
    assert parse("date:2024-02") == Dates("2024-02-01", "2024-02-29")
    assert parse("date:..2023") == Dates(None, "2023-12-31")
    assert parse("since:2024-03 until:2024-04-15") == And((Dates(since="2024-03-01"), Dates(until="2024-04-15")))
    assert parse("10:30 ORACLE") == And((Text("10:30"), Text("ORACLE")))  # not a field, not OR


@pytest.mark.parametrize(
    ("query", "position", "reason"),
    [
        ('芯片 "大模型', 3, "unterminated quote"),
        ("(芯片 OR 算力", 0, "missing ')'"),
        ("芯片)", 2, "unmatched ')'"),
        ("foo:bar", 0, "unknown field 'foo'"),
        ("芯片 date:2024-13", 3, "not a date or range"),
        ("date:2024-06..2024-01", 0, "runs backwards"),
        ("芯片 OR", 5, "OR needs words"),
        ("- 广告", 0, "'-' must be followed"),
        ("*", 0, "'*' must end a word"),
        ("source:", 0, "needs a value"),
        ("()", 0, "empty parentheses"),
        ('""', 0, "nothing to search for"),
    ],
)
def test_bad_syntax_names_the_position_and_the_reason(query: str, position: int, reason: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(query)
    assert caught.value.position == position
    assert reason in str(caught.value) and caught.value.code == "E302"
    assert f"at character {position + 1}" in str(caught.value)


# --- what each construct finds -------------------------------------------------------------------


def test_characters_inside_words(store) -> None:
    ingest_articles(store, ALL)
    assert ids(store, "智算") == {COMPUTE.id}  # inside 智算中心
    assert ids(store, "算力") == {COMPUTE.id, CHIPS.id}
    assert ids(store, "芯") == {FUNDING.id, CHIPS.id}  # one character
    assert ids(store, "集成电路企业") == {CHIPS.id}  # across words
    assert ids(store, "电路企去") == set()
    # every bigram is there but not side by side: the text itself decides (PostgreSQL's recheck)
    assert ids(store, "智算力") == set() and ids(store, "芯片采购") == {FUNDING.id}  # 智算中心 … 算力
    assert ids(store, "gpt类大模型") == ids(store, "GPT类大") == {FUNDING.id}  # latin inside: any case


def test_latin_words_are_whole_words_and_prefixes_extend_them(store) -> None:
    ingest_articles(store, ALL)
    assert ids(store, "gpt") == {FUNDING.id}  # any case
    assert ids(store, "GP") == set()  # a latin word matches whole
    assert ids(store, "GP*") == {FUNDING.id}
    assert ids(store, "sensetime") == {FUNDING.id}


def test_phrase_is_exact_words(store) -> None:
    ingest_articles(store, ALL)
    assert ids(store, '"智算中心"') == {COMPUTE.id}
    assert ids(store, '"智算"') == set()  # not a word of its own there


def test_or_and_exclusion(store) -> None:
    ingest_articles(store, ALL)
    assert ids(store, "智算 OR 融资") == {COMPUTE.id, FUNDING.id}
    assert ids(store, "芯片 -广告") == set()
    assert ids(store, "大模型 -广告") == {COMPUTE.id}
    assert ids(store, "大模型 NOT 融资") == {COMPUTE.id}
    assert ids(store, "-广告") == {COMPUTE.id}  # only an exclusion: every other article
    assert ids(store, "(芯片 OR 智算) -上海") == {COMPUTE.id, FUNDING.id}


def test_field_filters(store) -> None:
    ingest_articles(store, ALL)
    assert ids(store, "title:芯片") == {CHIPS.id}
    assert ids(store, "title:sensetime") == {FUNDING.id}
    assert ids(store, 'title:"智算中心"') == {COMPUTE.id}
    assert ids(store, "source:36氪") == {COMPUTE.id}
    assert ids(store, "芯片 source:澎湃新闻") == {CHIPS.id}
    assert ids(store, "tech:chip") == {FUNDING.id}
    assert ids(store, "industry:制造") == {CHIPS.id}
    assert ids(store, "type:funding") == {FUNDING.id}
    assert ids(store, "type:Launch 合肥") == {COMPUTE.id}


def test_entities_by_any_alias(store) -> None:
    """商汤 is an alias of 商汤科技: the entity filter finds the articles naming it either way."""
    ingest_articles(store, ALL)
    assert ids(store, "entity:商汤") == {COMPUTE.id}
    assert ids(store, "entity:商汤科技") == {COMPUTE.id}
    assert ids(store, "entity:SenseTime") == {COMPUTE.id, FUNDING.id}


def test_dates(store) -> None:
    ingest_articles(store, ALL)
    assert ids(store, "date:2024-01..2024-06") == {COMPUTE.id, FUNDING.id}
    assert ids(store, "芯片 since:2024-06") == {CHIPS.id}
    assert ids(store, "until:2024-02") == {COMPUTE.id}
    assert ids(store, "date:2023") == set()


def test_fields_inside_or(store) -> None:
    ingest_articles(store, ALL)
    assert ids(store, "智算 OR source:澎湃新闻") == {COMPUTE.id, CHIPS.id}
    assert ids(store, "(融资 OR type:launch) -source:36氪") == {FUNDING.id}


def test_sort_by_date(store) -> None:
    ingest_articles(store, ALL)
    newest = [hit.id for hit in search(store, "算力 OR 芯片", sort="date")]
    assert newest == [CHIPS.id, FUNDING.id, COMPUTE.id]
    with pytest.raises(AiwatchError):
        search(store, "芯片", sort="sideways")


def test_snippets_mark_substrings(store) -> None:
    ingest_articles(store, ALL)
    (hit,) = search(store, "智算")
    assert hit.highlights and all(hit.snippet[b:e] == "智算" for b, e in hit.highlights)


# --- facets and saved searches -------------------------------------------------------------------


def test_facets_count_the_matches(store) -> None:
    from aiwatch.store.search import Filters, facets

    ingest_articles(store, ALL)
    found = facets(store, "算力 OR 融资")
    assert found.counted == 3 and not found.sampled
    assert {v["name"]: v["count"] for v in found.values["sources"]} == {"36氪": 1, "第一财经": 1, "澎湃新闻": 1}
    assert [v["name"] for v in found.values["months"]] == ["2024-07", "2024-05", "2024-02"]
    assert {(v["name"], v["type"]) for v in found.values["entities"]} == {("商汤科技", "ORG"), ("SenseTime", "ORG")}
    assert {v["name"] for v in found.values["technologies"]} == {"大模型", "芯片"}
    narrowed = facets(store, "算力", Filters(source="36氪"))
    assert narrowed.counted == 1 and narrowed.values["industries"] == [{"name": "政务", "count": 1}]
    assert facets(store, "月球").counted == 0


def test_facets_over_a_sample_say_so(store) -> None:
    from aiwatch.store.search import facets_in

    ingest_articles(store, ALL)
    with store.connect() as conn:
        found = facets_in(conn, store, "", sample=2)
    assert found.sampled and found.counted == 2
    assert [v["name"] for v in found.values["months"]] == ["2024-07", "2024-05"]  # the newest stored two


def test_saved_searches_run_for_a_period(store) -> None:
    from aiwatch.store.search import (
        get_saved_search,
        remove_search,
        run_saved_search,
        save_search,
        saved_searches_list,
    )

    ingest_articles(store, ALL)
    save_search(store, "compute", "算力 OR 芯片 -广告")
    first = get_saved_search(store, "compute")
    save_search(store, "compute", "算力 OR 芯片", sort="date")  # replaced, created kept
    again = get_saved_search(store, "compute")
    assert again.query == "算力 OR 芯片" and again.sort == "date" and again.created_at == first.created_at
    save_search(store, "融资", "type:funding")
    assert [s.name for s in saved_searches_list(store)] == ["compute", "融资"]
    assert [h.id for h in run_saved_search(store, "compute")] == [CHIPS.id, FUNDING.id, COMPUTE.id]
    assert [h.id for h in run_saved_search(store, "compute", since="2024-03-01", until="2024-06-30")] == [FUNDING.id]
    with pytest.raises(QueryError):
        save_search(store, "bad", "芯片 (")
    with pytest.raises(AiwatchError, match="no saved search"):
        run_saved_search(store, "missing")
    assert remove_search(store, "compute") and not remove_search(store, "compute")
    assert [s.name for s in saved_searches_list(store)] == ["融资"]
