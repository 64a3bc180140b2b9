"""A change counter for the corpus: every write transaction adds one (``Store.transaction``).

The web app keeps the counts, facets and suggestions of a search page once per query and corpus
state; reading one small row tells each server process, on SQLite and PostgreSQL alike, whether
anything was written since (an ingest, a reanalysis, a revision made current again), where the
highest key and the number of articles missed the changes that add no article.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "corpus_version",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(table, [{"id": 1, "version": 0}])


def downgrade() -> None:
    op.drop_table("corpus_version")
