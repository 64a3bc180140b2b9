"""Revisions: an edited input supersedes the article it replaced, which is kept and linked.

``article_revisions`` lists each superseded article with the one that replaced it (a chain when a
page is edited again and again).  A separate table rather than columns on ``articles``: SQLite
appends new columns after ``body``, and a filter column stored behind the body makes every filtered
read walk the body's overflow pages.  ``articles.url`` and ``articles.path`` get indexes, because
a new article looks up the stored one from the same place; hash indexes on PostgreSQL, whose
b-trees refuse values over ~2.7 KB.

Revision ID: 0003
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_revisions",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), primary_key=True),
        sa.Column("superseded_by", sa.Integer, sa.ForeignKey("articles.pk"), nullable=False),
        sa.Column("superseded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_article_revisions_superseded_by", "article_revisions", ["superseded_by"])
    op.create_index("ix_articles_url", "articles", ["url"], postgresql_using="hash")
    op.create_index("ix_articles_path", "articles", ["path"], postgresql_using="hash")


def downgrade() -> None:
    op.drop_index("ix_articles_path", "articles")
    op.drop_index("ix_articles_url", "articles")
    op.drop_index("ix_article_revisions_superseded_by", "article_revisions")
    op.drop_table("article_revisions")
