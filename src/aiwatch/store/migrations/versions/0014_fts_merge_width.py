"""SQLite: the search index merges 32 segments of a level at a time, not 16.

FTS5 writes each transaction's new index entries as a segment and merges the segments of a level
into one of the next level once there are ``automerge`` of them; every level an entry passes is
one more read and write of it.  At 100,000 articles (batches of 200, so segments of 200
articles), with 16 an entry had passed two levels (200 -> 3,200 -> 51,200 articles) and the
index cost the writer ~1 ms per article, 60% of its CPU, most of it in these merges at commit;
with 32 it passes one (200 -> 6,400 -> 204,800).  The index alone, the 4,000 articles after the
first 100,000: 0.72 -> 0.56 ms per article in one run, 1.29 -> 1.20 in another (load 4-6); over a
whole build from empty to 100,000 articles the writer's CPU was the same within noise (1.53 and
1.51 ms per article; bench/results/index_layout.md, ingest.md).  A term is looked up in every
segment: up to ~47 at 100,000 articles with 32, ~31 with 16, and the search classes at 100,000
articles measured the same on both (bench/results/search.md); 64 saved more in one of the two
runs but doubled a rare bigram's lookup (1.6 -> 3.2 ms).  ``crisismerge`` (a level merged at
once, not incrementally, when it holds this many segments; 16 by default) must be above
``automerge``, or it would merge every 16 segments still.

Nothing is re-indexed: the segments stay as they are, and new merges follow the new width.
PostgreSQL: nothing (its GIN indexes do not merge in levels).

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

#: Segments of one level merged at a time (``automerge``), and the count that forces a merge at once.
AUTOMERGE = 32
CRISISMERGE = 64


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    op.execute(f"INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', {AUTOMERGE})")
    op.execute(f"INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', {CRISISMERGE})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    op.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16)")
    op.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 16)")
