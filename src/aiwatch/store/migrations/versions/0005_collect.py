"""Live collection (issue 13): watched sources and their health, fetched pages, subscriptions and
alert deliveries.

Revision ID: 0005
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0009"
branch_labels = None
depends_on = None


def _counter(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer, nullable=False, server_default="0")


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200)),
        sa.Column("every_seconds", sa.Integer, nullable=False),
        sa.Column("selector", sa.Text),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("next_due_at", sa.DateTime),
        sa.Column("last_attempt_at", sa.DateTime),
        sa.Column("last_success_at", sa.DateTime),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_error", sa.Text),
        _counter("consecutive_failures"),
        sa.Column("latency_ms", sa.Integer),
        sa.Column("backoff_until", sa.DateTime),
        *(
            _counter(name)
            for name in (
                "items_new",
                "items_duplicate",
                "items_revised",
                "items_unchanged",
                "items_failed",
                "pages_total",
                "pages_empty",
                "pages_suspicious",
            )
        ),
    )
    op.create_table(
        "watch_pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("source_id", sa.Integer, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("item_stamp", sa.Text),
        sa.Column("article_ids", sa.JSON),
        _counter("attempts"),
        sa.Column("last_error", sa.Text),
        sa.Column("fetched_at", sa.DateTime),
        sa.Column("warc_file", sa.Text),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("rules", sa.JSON, nullable=False),
        sa.Column("targets", sa.JSON, nullable=False),
        sa.Column("digest", sa.String(16)),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        _counter("last_article_pk"),
        sa.Column("last_digest_at", sa.DateTime),
    )
    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("subscription", sa.String(100), nullable=False),
        sa.Column("story", sa.String(64), nullable=False),
        sa.Column("article_id", sa.String(16)),
        sa.Column("target", sa.String(300), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _counter("attempts"),
        sa.Column("last_error", sa.Text),
        sa.Column("payload", sa.JSON),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("next_try_at", sa.DateTime),
        sa.Column("sent_at", sa.DateTime),
        sa.UniqueConstraint("subscription", "story", "target", name="uq_alert_story"),
    )


def downgrade() -> None:
    for name in ("alert_deliveries", "subscriptions", "watch_pages", "watch_sources"):
        op.drop_table(name)
