"""Which settings and which aiwatch version analysed each article.

``articles.analysis_fingerprint`` is the pipeline's fingerprint (``Pipeline.fingerprint``: a hash of
the aiwatch version, the stages and the analysis settings, the user's files by content);
``analysis_settings`` keeps, for each fingerprint, the settings it stands for, so ``aiwatch
reanalyze`` can say what changed.  Articles stored before this revision have no fingerprint: their
settings are unknown, and ``reanalyze`` treats them as out of date.

Revision ID: 0006
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("analysis_fingerprint", sa.String(16)))
    op.create_index("ix_articles_analysis_fingerprint", "articles", ["analysis_fingerprint"])
    op.create_table(
        "analysis_settings",
        sa.Column("fingerprint", sa.String(16), primary_key=True),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("settings", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("analysis_settings")
    op.drop_index("ix_articles_analysis_fingerprint", table_name="articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("analysis_fingerprint")
