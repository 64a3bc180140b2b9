"""The corpus store on SQLite and PostgreSQL: schema, migrations, idempotent ingest, round trip."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

import store_helpers
from aiwatch.store import open_store
from aiwatch.store.db import current_revision, head_revision, resolve_url
from aiwatch.store.ingest import ingest_articles
from aiwatch.store.read import get_article, iter_articles
from aiwatch.store.schema import (
    article_entities,
    articles,
    entities,
    entity_aliases,
    lsh_buckets,
    metadata,
    sources,
)
from aiwatch.store.search import search
from aiwatch.store.writer import figure_organisation, published_day
from store_helpers import make_article, org, person, tech

# The shared fixtures: a fresh corpus per test, on SQLite and on PostgreSQL.
db_url = store_helpers.db_url
store = store_helpers.store

SENSETIME = make_article(
    "商汤科技发布日日新大模型",
    "4月10日，商汤科技在上海发布日日新大模型5.0。公司董事长徐立表示，新模型在推理能力上大幅提升。"
    "商汤科技2023年营收34亿元，研发投入占比超过百分之四十。",
    published="2024-04-10",
    source="第一财经",
    keywords=["大模型", "商汤科技"],
    technologies=[tech("大模型", "Large language model", 3)],
    industries=[tech("金融", "Finance")],
    entities=[org("商汤科技", 2, ("商汤",)), person("徐立"), org("商汤科技", 1)],
    events=[
        {
            "date": "2024-04-10",
            "date_text": "4月10日",
            "precision": "day",
            "text": "商汤科技在上海发布日日新大模型5.0",
            "entities": ["商汤科技"],
        }
    ],
    figures=[
        {"value": 3.4e9, "unit": "元", "text": "34亿元", "context": "商汤科技2023年营收34亿元", "year": 2023},
    ],
    summary="商汤科技发布日日新大模型5.0。",
    event_summary="4月10日商汤科技发布大模型。",
)


def test_url_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIWATCH_DB", raising=False)
    assert resolve_url(None) == "sqlite:///aiwatch.db"
    assert resolve_url("corpus/x.db") == "sqlite:///corpus/x.db"
    assert resolve_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    monkeypatch.setenv("AIWATCH_DB", "/data/c.db")
    assert resolve_url(None) == "sqlite:////data/c.db"


def test_published_day() -> None:
    assert published_day("2024-04-10T09:30:00+08:00") == "2024-04-10"
    assert published_day("2024-04") == "2024-04-01"
    assert published_day("2024年4月8日") == "2024-04-08"
    assert published_day("Fri, 05 Nov 2021 09:03:49 GMT") == "2021-11-05"
    assert published_day("去年") is None
    assert published_day(None) is None


def test_figure_organisation_is_nearest_org_before_the_figure() -> None:
    figure = {"text": "34亿元", "context": "腾讯投资商汤科技，商汤科技2023年营收34亿元"}
    assert figure_organisation(figure, [("腾讯", []), ("商汤科技", ["商汤"])]) == "商汤科技"
    assert figure_organisation({"text": "5亿元", "context": "融资5亿元"}, [("腾讯", [])]) is None


def test_migrations_build_the_schema_the_code_uses(store) -> None:
    with store.connect() as conn:
        assert current_revision(conn) == head_revision()
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    ignored = {"articles_fts", "article_search", "article_pairs", "alembic_version"}
    # the FTS5 shadow tables (articles_fts_data, …) and the PostgreSQL-only search tables
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(tuple(ignored)))]
    diff = [d for d in diff if not (d[0] == "remove_index" and d[1].table.name in ignored)]
    assert diff == []


def test_corpus_of_older_revision_opens_and_is_searchable(db_url: str) -> None:
    """A corpus written by revision 0001 (no search index yet) is upgraded and backfilled on open."""
    old = open_store(db_url, migrate_to="0001")
    with old.transaction() as conn:
        conn.execute(
            articles.insert().values(
                id="0123456789abcdef",
                title="旧版本的文章",
                body="上海发布人工智能产业政策，支持大模型企业落地。",
                ingested_at=func.now(),
                analysed=[],
            )
        )
    old.close()
    upgraded = open_store(db_url)
    with upgraded.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert conn.execute(select(func.count()).select_from(lsh_buckets)).scalar() == 32
    assert [hit.id for hit in search(upgraded, "人工智能")] == ["0123456789abcdef"]
    upgraded.close()


def test_ingest_is_idempotent(store) -> None:
    counts = ingest_articles(store, [SENSETIME, SENSETIME])
    assert (counts.new, counts.unchanged, counts.duplicate) == (1, 1, 0)
    again = ingest_articles(store, [SENSETIME])
    assert (again.new, again.unchanged) == (0, 1)
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar() == 1
        assert conn.execute(select(func.count()).select_from(sources)).scalar() == 1
        # 商汤科技 listed twice by the entity stage is one entity with the counts added
        assert conn.execute(select(func.count()).select_from(entities)).scalar() == 2
        counts_by_name = dict(
            conn.execute(
                select(entities.c.name, article_entities.c.count).join(
                    article_entities, article_entities.c.entity_id == entities.c.id
                )
            ).all()
        )
        assert counts_by_name == {"商汤科技": 3, "徐立": 1}
        assert conn.execute(select(entity_aliases.c.alias)).scalars().all() == ["商汤"]


def test_article_round_trip(store) -> None:
    ingest_articles(store, [SENSETIME])
    stored = get_article(store, SENSETIME.id)
    original = SENSETIME.to_dict()
    for key in ("title", "body", "published", "source", "keywords", "technologies", "industries", "summary"):
        assert stored[key] == original[key], key
    assert stored["events"] == original["events"]
    assert stored["figures"][0]["organisation"] == "商汤科技"
    assert {e["name"]: e["count"] for e in stored["entities"]} == {"商汤科技": 3, "徐立": 1}
    assert stored["duplicate_of"] is None
    assert get_article(store, "ffffffffffffffff") is None


@pytest.mark.parametrize("together", [False, True], ids=["one-by-one", "one-batch"])
def test_a_terms_english_name_does_not_depend_on_which_article_came_first(store, together) -> None:
    # A record's own label (行业: 政务) has no English name; the taxonomy's 政务 has one.
    label = make_article("政务服务上线", "全市政务服务接入大模型，办事时间缩短一半。", industries=[{"name": "政务"}])
    known = make_article(
        "智慧政务", "政务大厅引入智能客服，群众办事更方便。", industries=[tech("政务", "government services")]
    )
    if together:
        ingest_articles(store, [label, known])
    else:
        ingest_articles(store, [label])
        ingest_articles(store, [known])
    ingest_articles(
        store, [make_article("又一篇", "政务数据开放平台发布。", industries=[{"name": "政务", "en": None}])]
    )
    english = {a["title"]: [t["en"] for t in a["industries"]] for a in iter_articles(store)}
    assert english == {
        "政务服务上线": ["government services"],
        "智慧政务": ["government services"],
        "又一篇": ["government services"],
    }


def test_unanalysed_fields_stay_null(store) -> None:
    """None ("not analysed") and [] ("analysed, nothing found") are kept apart through the store."""
    plain = make_article("无分析", "一段没有经过分析的正文，只有清洗和元数据。", keywords=None, entities=None)
    ingest_articles(store, [plain])
    (stored,) = list(iter_articles(store))
    assert stored["keywords"] is None and stored["entities"] is None
    assert stored["technologies"] == [] and stored["events"] == []


def test_unknown_fields_are_kept(store) -> None:
    data = SENSETIME.to_dict() | {"sentiment": {"score": 0.8}}
    ingest_articles(store, [data])
    assert get_article(store, SENSETIME.id)["sentiment"] == {"score": 0.8}


def test_sqlite_file_is_in_wal_mode(tmp_path) -> None:
    opened = open_store(str(tmp_path / "c.db"))
    with opened.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    opened.close()


def test_unreachable_database_is_a_clear_error() -> None:
    from aiwatch.errors import AiwatchError

    with pytest.raises(AiwatchError) as caught:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")
    assert caught.value.code == "E300"
    assert "secret" not in caught.value.describe()


def test_odd_values_are_fitted_not_fatal(store) -> None:
    """A NUL byte or a 300-character 'entity' from a stage must not fail the batch on PostgreSQL."""
    odd = make_article(
        "带\x00控制符的标题",
        "正文里有一个\x00空字符，以及一个超长的实体名称。",
        source="来" * 300,
        entities=[org("长" * 300, aliases=("别" * 300,))],
        keywords=["词" * 300],
    )
    assert ingest_articles(store, [odd]).new == 1
    stored = get_article(store, odd.id)
    assert "\x00" not in stored["body"] and stored["title"] == "带控制符的标题"
    assert len(stored["source"]) == 200 and len(stored["entities"][0]["name"]) == 200
