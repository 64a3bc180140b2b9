"""The corpus schema in SQLAlchemy Core: the same normalised tables on SQLite and PostgreSQL.

This module describes the *current* schema for queries.  The database itself is created and
upgraded only by the Alembic revisions in ``aiwatch/store/migrations/versions`` (a corpus built by
one version opens in the next); a test checks that the two agree.

Articles are keyed twice: ``id`` is the public, content-derived id of the JSON form; ``pk`` is a
small integer used by the link tables, which keeps the million-row tables (entity links, LSH
buckets) narrow.  ``pk`` order is insertion order, so "the first copy" of a story is the lowest pk.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
)

articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", String(16), nullable=False, unique=True),
    # ``published`` as given; ``published_on`` is its YYYY-MM-DD day, for range filters and months.
    Column("published_on", String(10), index=True),
    Column("source_id", Integer, ForeignKey("sources.id"), index=True),
    Column("duplicate_of", String(16), index=True),
    Column("similarity", Float),
    Column("ingested_at", DateTime, nullable=False),
    Column("published", String(40)),
    Column("format", String(32)),
    Column("language", String(16)),
    Column("title", Text),
    Column("url", Text),
    Column("path", Text),
    Column("author", Text),
    Column("editor", Text),
    Column("categories", JSON),
    Column("tags", JSON),
    Column("warnings", JSON),
    # Which analysis fields were computed: None ("not analysed") and [] ("nothing found") differ.
    Column("analysed", JSON),
    # Fields of the JSON form that have no column yet (added by a newer stage), kept verbatim.
    Column("extra", JSON),
    Column("summary", Text),
    Column("event_summary", Text),
    # Revision 0006: the pipeline fingerprint (settings + version) that analysed it; NULL = unknown.
    Column("analysis_fingerprint", String(16), index=True),
    # Big text last: SQLite then reads the filter columns above without touching overflow pages,
    # which made a search joining 90,000 matches to ``articles`` four times faster.
    Column("body", Text, nullable=False),
)

# Revision 0004: the result list (not a near-duplicate, newest published first) read in index order,
# so that a page of 20 stops after 20 rows instead of sorting every article.
Index("ix_articles_listing", articles.c.duplicate_of, articles.c.published_on, articles.c.pk)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("type", String(8), nullable=False),
    UniqueConstraint("name", "type", name="uq_entities_name_type"),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("entity_id", Integer, ForeignKey("entities.id"), primary_key=True),
    Column("alias", String(200), primary_key=True),
    Index("ix_entity_aliases_alias", "alias"),
)

article_entities = Table(
    "article_entities",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("mentions", JSON),
    # with the article key: a filter's set of articles is read from the index alone (revision 0012)
    Index("ix_article_entities_entity", "entity_id", "article_pk"),
)

keywords = Table(
    "keywords",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("word", String(200), nullable=False, unique=True),
)

article_keywords = Table(
    "article_keywords",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
    Column("keyword_id", Integer, ForeignKey("keywords.id"), primary_key=True),
    Column("rank", SmallInteger, nullable=False),
    Index("ix_article_keywords_keyword", "keyword_id"),
)


def _term_tables(kind: str) -> tuple[Table, Table]:
    """``technologies`` / ``industries``: one taxonomy table and its article link table."""
    plural = {"technology": "technologies", "industry": "industries"}[kind]
    terms = Table(
        plural,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("name", String(200), nullable=False, unique=True),
        Column("en", String(200)),
    )
    links = Table(
        f"article_{plural}",
        metadata,
        Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
        Column(f"{kind}_id", Integer, ForeignKey(f"{plural}.id"), primary_key=True),
        Column("count", Integer, nullable=False),
        Index(f"ix_article_{plural}_{kind}", f"{kind}_id", "article_pk"),
    )
    return terms, links


technologies, article_technologies = _term_tables("technology")
industries, article_industries = _term_tables("industry")

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk"), nullable=False, index=True),
    Column("position", SmallInteger, nullable=False),
    Column("date", String(40), index=True),
    Column("date_text", Text),
    Column("precision", String(16)),
    Column("text", Text),
    Column("entities", JSON),
    # Revision 0004: the event type (funding, launch, policy, …) for the query language's ``type:``.
    Column("type", String(40), index=True),
    # Revision 0008: the event's id (shared by its reports), arguments, evidence, confidence, future.
    Column("event_id", String(40), index=True),
    Column("arguments", JSON),
    Column("evidence", JSON),
    Column("confidence", Float),
    Column("future", Boolean),
)

figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk"), nullable=False, index=True),
    Column("position", SmallInteger, nullable=False),
    Column("value", Float),
    Column("unit", String(40)),
    Column("text", Text),
    Column("context", Text),
    Column("year", Integer),
    # The organisation the figure is about: an ORG entity of the article named in its context.
    Column("organisation", String(200), index=True),
)

inputs = Table(
    "inputs",
    metadata,
    Column("path", String(1024), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("size", BigInteger),
    Column("article_ids", JSON),
    Column("ingested_at", DateTime, nullable=False),
)

# Revision 0002: near-duplicate detection and settings.
store_settings = Table(
    "store_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

article_signatures = Table(
    "article_signatures",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

lsh_buckets = Table(
    "lsh_buckets",
    metadata,
    Column("band", SmallInteger, primary_key=True),
    Column("bucket", BigInteger, primary_key=True),
    Column("article_pk", Integer, primary_key=True),
    sqlite_with_rowid=False,
)

# Revision 0004: named queries of the search language, run by alerts and digests.
saved_searches = Table(
    "saved_searches",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("query", Text, nullable=False),
    Column("sort", String(16), nullable=False, server_default="relevance"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

# Revision 0003: an edited input (same path or URL, new text) is a new revision of the article;
# the one it replaces is kept, listed here, and left out of search, listings and reports.
article_revisions = Table(
    "article_revisions",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
    Column("superseded_by", Integer, ForeignKey("articles.pk"), nullable=False, index=True),
    Column("superseded_at", DateTime, nullable=False),
)
# Revision 0011: one row, its version raised by every write transaction (``Store.transaction``):
# what the web's caches compare to know the corpus changed, whatever the change was.
corpus_version = Table(
    "corpus_version",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("version", BigInteger, nullable=False),
)
# A revision is found by the place it came from; hash indexes on PostgreSQL, where a b-tree
# refuses values over ~2.7 KB (a URL with a long query string, a deep path).
Index("ix_articles_url", articles.c.url, postgresql_using="hash")
Index("ix_articles_path", articles.c.path, postgresql_using="hash")

# Revision 0006: what each analysis fingerprint stands for (``Pipeline.settings()``).
analysis_settings = Table(
    "analysis_settings",
    metadata,
    Column("fingerprint", String(16), primary_key=True),
    Column("version", String(32), nullable=False),
    Column("settings", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

#: Child tables holding one article's analysis, in delete order.
ARTICLE_CHILDREN = (
    article_entities,
    article_keywords,
    article_technologies,
    article_industries,
    events,
    figures,
    article_signatures,
)

#: Analysis fields of the JSON form, in contract order.
ANALYSIS_FIELDS = (
    "keywords",
    "technologies",
    "industries",
    "entities",
    "events",
    "figures",
    "summary",
    "event_summary",
)

__all__ = [
    "ANALYSIS_FIELDS",
    "ARTICLE_CHILDREN",
    "analysis_settings",
    "article_entities",
    "article_industries",
    "article_keywords",
    "article_revisions",
    "article_signatures",
    "article_technologies",
    "articles",
    "entities",
    "entity_aliases",
    "events",
    "figures",
    "industries",
    "inputs",
    "keywords",
    "lsh_buckets",
    "metadata",
    "saved_searches",
    "sources",
    "store_settings",
    "technologies",
]

# Revision 0005: live collection (issue 13).  ``sources`` above are outlets named in articles
# (新浪财经); these are the feeds and pages aiwatch watches, and what it learnt fetching them.
watch_sources = Table(
    "watch_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("kind", String(16), nullable=False),  # rss, atom, sitemap, page-list
    Column("name", String(200)),
    Column("every_seconds", Integer, nullable=False),
    Column("selector", Text),  # CSS selector of the article links on a page-list
    Column("origin", String(16), nullable=False),  # cli, opml, config
    Column("added_at", DateTime, nullable=False),
    # conditional GET of the feed itself
    Column("etag", Text),
    Column("last_modified", Text),
    # health
    Column("next_due_at", DateTime),
    Column("last_attempt_at", DateTime),
    Column("last_success_at", DateTime),
    Column("last_status", Integer),  # HTTP status of the last attempt (0: no answer)
    Column("last_error", Text),
    Column("consecutive_failures", Integer, nullable=False, server_default="0"),
    Column("latency_ms", Integer),
    Column("backoff_until", DateTime),
    Column("items_new", Integer, nullable=False, server_default="0"),
    Column("items_duplicate", Integer, nullable=False, server_default="0"),
    Column("items_revised", Integer, nullable=False, server_default="0"),
    Column("items_unchanged", Integer, nullable=False, server_default="0"),
    Column("items_failed", Integer, nullable=False, server_default="0"),
    Column("pages_total", Integer, nullable=False, server_default="0"),
    Column("pages_empty", Integer, nullable=False, server_default="0"),
    Column("pages_suspicious", Integer, nullable=False, server_default="0"),
)

watch_pages = Table(
    "watch_pages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("source_id", Integer, index=True),
    Column("status", String(16), nullable=False),  # stored, failed, empty, skipped
    Column("etag", Text),
    Column("last_modified", Text),
    Column("content_hash", String(64)),
    Column("item_stamp", Text),  # the feed entry's own "updated" stamp: a change is a cause to refetch
    Column("article_ids", JSON),  # every article id seen at this URL, oldest first (revisions)
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", Text),
    Column("fetched_at", DateTime),
    Column("warc_file", Text),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("rules", JSON, nullable=False),
    Column("targets", JSON, nullable=False),
    Column("digest", String(16)),  # daily, weekly or none
    Column("origin", String(16), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_article_pk", Integer, nullable=False, server_default="0"),  # alerts looked at every article up to it
    Column("last_digest_at", DateTime),
)

alert_deliveries = Table(
    "alert_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("subscription", String(100), nullable=False),
    Column("story", String(64), nullable=False),  # event id or first copy's article id: one alert per story
    Column("article_id", String(16)),
    Column("target", String(300), nullable=False),
    Column("status", String(16), nullable=False),  # pending, sent, failed
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", Text),
    Column("payload", JSON),
    Column("created_at", DateTime, nullable=False),
    Column("next_try_at", DateTime),
    Column("sent_at", DateTime),
    UniqueConstraint("subscription", "story", "target", name="uq_alert_story"),
)

__all__ += ["alert_deliveries", "subscriptions", "watch_pages", "watch_sources"]

# The LLM stage's answer cache (migration 0009).  Its one definition lives with the stage, which
# also keeps it in a file of its own for ``extract --llm-cache``; the corpus holds a copy of it.
from aiwatch.llm.cache import llm_cache as _llm_cache  # noqa: E402  (below: the store's own tables)

llm_cache = _llm_cache.to_metadata(metadata)
__all__ += ["llm_cache"]
