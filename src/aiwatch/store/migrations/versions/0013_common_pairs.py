"""PostgreSQL: ``article_pairs``, each article's pairs of common words side by side, with a GIN index.

A phrase of two words both in most articles (``"一个 中国"``) had its candidates from the word and
bigram indexes and then the positions of each read: 282,000 tsvectors at 1,000,000 articles
(1.6 s).  The pair ``一个 中国`` as one lexeme answers it from an index alone, as Lucene's
CommonGrams does; pairs are kept only when both words are common (``fts.common_words``), since
a phrase holding a rarer word is narrowed by that word's own postings.  A table of its own, not a
third column of ``article_search``: filling a column there rewrites every row and re-enters its
~1,000 word and bigram lexemes in their GIN indexes.  Existing articles are segmented again by
the writer's own function, in batches, and the index is built after the rows: at 1,000,000
articles (aiwatch_lead_1m, load 6-8) 804 s, 186 s of it the client's CPU, about 280 s the
server's; 1.8 GB of rows and index.  SQLite: nothing (FTS5 checks positions in its own index).

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

BATCH = 2_000


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.create_table(
        "article_pairs",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), primary_key=True),
        sa.Column("pairs", postgresql.TSVECTOR, nullable=False),
    )
    backfill(bind)
    op.execute("CREATE INDEX ix_article_pairs ON article_pairs USING GIN (pairs)")
    op.execute("ANALYZE article_pairs")  # the planner's estimates of a pair's articles choose the plan


def backfill(bind: sa.Connection, batch: int = BATCH) -> int:
    """Pairs of every indexed article, ``batch`` articles per read; returns how many were read."""
    # Imported here: the writer's own functions, so that old and new articles are indexed alike.
    from aiwatch.store import fts
    from aiwatch.store.prepare import pair_text
    from aiwatch.store.writer import insert_pairs

    cursor = bind.connection.driver_connection.cursor()
    last, count = 0, 0
    try:
        while True:
            cursor.execute(
                "SELECT a.pk, a.title, a.body FROM articles a JOIN article_search s ON s.article_pk = a.pk "
                "WHERE a.pk > %s ORDER BY a.pk LIMIT %s",
                (last, batch),
            )
            rows = cursor.fetchall()
            if not rows:
                return count
            pks = [pk for pk, _, _ in rows]
            pairs = [pair_text(fts.index_text(title), fts.index_text(body)) for _, title, body in rows]
            insert_pairs(cursor, pks, pairs)
            last, count = pks[-1], count + len(rows)
    finally:
        cursor.close()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_table("article_pairs")
