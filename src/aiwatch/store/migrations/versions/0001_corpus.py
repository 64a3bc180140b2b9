"""The corpus: articles, sources and their analysis in normalised tables; processed inputs.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _article_fk() -> sa.Column:
    return sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
    )
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(16), nullable=False, unique=True),
        sa.Column("published_on", sa.String(10)),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id")),
        sa.Column("duplicate_of", sa.String(16)),
        sa.Column("similarity", sa.Float),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.Column("published", sa.String(40)),
        sa.Column("format", sa.String(32)),
        sa.Column("language", sa.String(16)),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("path", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("editor", sa.Text),
        sa.Column("categories", sa.JSON),
        sa.Column("tags", sa.JSON),
        sa.Column("warnings", sa.JSON),
        sa.Column("analysed", sa.JSON),
        sa.Column("extra", sa.JSON),
        sa.Column("summary", sa.Text),
        sa.Column("event_summary", sa.Text),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("ix_articles_published_on", "articles", ["published_on"])
    op.create_index("ix_articles_source_id", "articles", ["source_id"])
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])

    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("type", sa.String(8), nullable=False),
        sa.UniqueConstraint("name", "type", name="uq_entities_name_type"),
    )
    op.create_table(
        "entity_aliases",
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), primary_key=True),
        sa.Column("alias", sa.String(200), primary_key=True),
    )
    op.create_index("ix_entity_aliases_alias", "entity_aliases", ["alias"])
    op.create_table(
        "article_entities",
        _article_fk(),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("mentions", sa.JSON),
    )
    op.create_index("ix_article_entities_entity", "article_entities", ["entity_id"])

    op.create_table(
        "keywords",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("word", sa.String(200), nullable=False, unique=True),
    )
    op.create_table(
        "article_keywords",
        _article_fk(),
        sa.Column("keyword_id", sa.Integer, sa.ForeignKey("keywords.id"), primary_key=True),
        sa.Column("rank", sa.SmallInteger, nullable=False),
    )
    op.create_index("ix_article_keywords_keyword", "article_keywords", ["keyword_id"])

    for kind, plural in (("technology", "technologies"), ("industry", "industries")):
        op.create_table(
            plural,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("name", sa.String(200), nullable=False, unique=True),
            sa.Column("en", sa.String(200)),
        )
        op.create_table(
            f"article_{plural}",
            _article_fk(),
            sa.Column(f"{kind}_id", sa.Integer, sa.ForeignKey(f"{plural}.id"), primary_key=True),
            sa.Column("count", sa.Integer, nullable=False),
        )
        op.create_index(f"ix_article_{plural}_{kind}", f"article_{plural}", [f"{kind}_id"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), nullable=False),
        sa.Column("position", sa.SmallInteger, nullable=False),
        sa.Column("date", sa.String(40)),
        sa.Column("date_text", sa.Text),
        sa.Column("precision", sa.String(16)),
        sa.Column("text", sa.Text),
        sa.Column("entities", sa.JSON),
    )
    op.create_index("ix_events_article_pk", "events", ["article_pk"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "figures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), nullable=False),
        sa.Column("position", sa.SmallInteger, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("unit", sa.String(40)),
        sa.Column("text", sa.Text),
        sa.Column("context", sa.Text),
        sa.Column("year", sa.Integer),
        sa.Column("organisation", sa.String(200)),
    )
    op.create_index("ix_figures_article_pk", "figures", ["article_pk"])
    op.create_index("ix_figures_organisation", "figures", ["organisation"])

    op.create_table(
        "inputs",
        sa.Column("path", sa.String(1024), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger),
        sa.Column("article_ids", sa.JSON),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for name in (
        "inputs",
        "figures",
        "events",
        "article_industries",
        "industries",
        "article_technologies",
        "technologies",
        "article_keywords",
        "keywords",
        "article_entities",
        "entity_aliases",
        "entities",
        "articles",
        "sources",
    ):
        op.drop_table(name)
