"""PostgreSQL: article bodies and the search tsvectors compressed with lz4 instead of pglz.

pglz spent 6% of the server's time while ingesting (perf, 4,000 generated articles), and gave up
on most tsvectors (pglz stores a value uncompressed unless it saves a quarter), so a query that
checks words or positions in each candidate read ~4 KB per article.  lz4 compresses both faster
and smaller, and reads back faster: checking a common word in 20,000 documents of the 100k corpus
took 485 ms uncompressed, 297 ms as lz4.  Rows already stored keep their form until rewritten
(both are read alike); a downgrade gives the columns back the server's default.  A server
without lz4 (or older than PostgreSQL 14) keeps pglz: the change is skipped there.  SQLite:
nothing to do.

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
    set_compression("DEFAULT")
