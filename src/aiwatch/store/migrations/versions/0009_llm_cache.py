"""The LLM stage's answers, by (article id, field, model, prompt version): ``ingest`` and
``reanalyze`` with ``--llm-url`` ask the model once per article and field (``aiwatch/llm/cache.py``).

Revision ID: 0009
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "llm_cache",
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("field", sa.String(32), primary_key=True),
        sa.Column("model", sa.String(200), primary_key=True),
        sa.Column("prompt_version", sa.String(32), primary_key=True),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("created", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("llm_cache")
