"""Events by id: the event id, arguments, evidence, confidence and future flag of each event report.

``event_id`` is the id ``analyze/event_arguments.event_id`` gives an event (type, key arguments,
date); reports of one event by several outlets share it or are joined by the timeline, which serves
the event under the id of its first report (``GET /api/events/{event_id}``).  Rows stored before
this revision get the id their type, date and text give (the id of an event whose arguments were
never extracted).

Revision ID: 0008
Revises: 0004
"""

import hashlib
import re

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0004"
branch_labels = None
depends_on = None


def _old_event_id(type_: str | None, date: str | None, text: str | None) -> str:
    parts = [type_ or "other", date or "", re.sub(r"\W+", "", text or "")]
    return "ev" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("event_id", sa.String(40)))
        batch.add_column(sa.Column("arguments", sa.JSON))
        batch.add_column(sa.Column("evidence", sa.JSON))
        batch.add_column(sa.Column("confidence", sa.Float))
        batch.add_column(sa.Column("future", sa.Boolean))
    op.create_index("ix_events_event_id", "events", ["event_id"])
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, type, date, text FROM events")).all()
    for row in rows:
        bind.execute(
            sa.text("UPDATE events SET event_id = :event_id WHERE id = :id"),
            {"event_id": _old_event_id(row.type, row.date, row.text), "id": row.id},
        )


def downgrade() -> None:
    op.drop_index("ix_events_event_id", "events")
    with op.batch_alter_table("events") as batch:
        for column in ("future", "confidence", "evidence", "arguments", "event_id"):
            batch.drop_column(column)
