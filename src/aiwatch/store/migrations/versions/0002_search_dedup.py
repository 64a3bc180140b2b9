"""Full-text search over pre-segmented text, and MinHash/LSH tables for near-duplicates.

SQLite gets an FTS5 table without stored content (the body is already in ``articles``); its
``unicode61`` tokenizer keeps a space-joined rjieba token such as 人工智能 whole.  PostgreSQL gets
a ``tsvector`` over the same segmented text with the ``simple`` configuration and a GIN index.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "article_signatures",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), primary_key=True),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "lsh_buckets",
        sa.Column("band", sa.SmallInteger, primary_key=True),
        sa.Column("bucket", sa.BigInteger, primary_key=True),
        sa.Column("article_pk", sa.Integer, primary_key=True),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.create_table(
            "article_search",
            sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), primary_key=True),
            sa.Column("document", postgresql.TSVECTOR, nullable=False),
        )
        op.execute("CREATE INDEX ix_article_search_document ON article_search USING GIN (document)")
    else:
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', tokenize='unicode61')")
    backfill(bind)


def backfill(bind: sa.Connection) -> None:
    """Articles stored before this revision get their search entry, signature and buckets."""
    # Imported here: the functions are the ones new articles go through, so old and new agree.
    from aiwatch.store import dedup, fts

    rows = bind.execute(sa.text("SELECT pk, title, body FROM articles ORDER BY pk")).all()
    for pk, title, body in rows:
        sig = dedup.signature(body or "")
        bind.execute(
            sa.text("INSERT INTO article_signatures (article_pk, signature) VALUES (:pk, :sig)"),
            {"pk": pk, "sig": dedup.to_bytes(sig)},
        )
        bind.execute(
            sa.text("INSERT INTO lsh_buckets (band, bucket, article_pk) VALUES (:band, :bucket, :pk)"),
            [{"band": b, "bucket": k, "pk": pk} for b, k in enumerate(dedup.band_keys(sig))],
        )
        # the two-column index of this revision (0004 adds the bigram columns and re-indexes)
        bind.execute(
            sa.text("INSERT INTO articles_fts (rowid, title, body) VALUES (:pk, :title, :body)")
            if bind.dialect.name != "postgresql"
            else sa.text(
                "INSERT INTO article_search (article_pk, document) VALUES (:pk, "
                "setweight(to_tsvector('simple', :title), 'A') || to_tsvector('simple', :body))"
            ),
            {"pk": pk, "title": fts.index_text(title), "body": fts.index_text(body or "")},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_table("article_search")
    else:
        op.execute("DROP TABLE articles_fts")
    op.drop_table("lsh_buckets")
    op.drop_table("article_signatures")
    op.drop_table("store_settings")
