"""PostgreSQL: article bodies and the search tsvectors compressed with lz4 instead of pglz.

Compressing each new body and its two tsvectors with pglz was the largest single cost of the
server while ingesting (with the staging copy of the body, a third of its CPU time per article);
lz4 compresses several times faster and reads back faster too.  Rows already stored keep pglz
(both are read alike) until rewritten.  A server built without lz4, or older than PostgreSQL 14,
keeps pglz: the change is skipped there.  SQLite: nothing to do.

Revision ID: 0010
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = (("articles", "body"), ("article_search", "document"), ("article_search", "grams"))


def set_compression(method: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():  # a savepoint: a server that cannot do it keeps pglz
            for table, column in COLUMNS:
                bind.execute(sa.text(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION {method}"))
    except sa.exc.DBAPIError:
        return


def upgrade() -> None:
    set_compression("lz4")


def downgrade() -> None:
    set_compression("pglz")
