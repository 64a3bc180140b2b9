"""Which settings analysed the corpus, and ``reanalyze``: run the analysis again on stored bodies.

Every article stored through a pipeline carries its fingerprint (``articles.analysis_fingerprint``)
and ``analysis_settings`` says what each fingerprint stands for.  When the settings change (a new
taxonomy, a new aiwatch version), ``reanalyze`` re-runs the analysis stages on the stored, already
cleaned bodies, without reading any input again, and replaces each article's analysis rows.

It works in batches, each in its own transaction that also sets the new fingerprint: a killed run
loses at most the batch under way, and running it again continues with the articles still out of
date (an article whose fingerprint is current is never analysed twice).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, func, or_, select, text, update

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.llm.stats import Stats
from aiwatch.store import writer
from aiwatch.store.db import Store
from aiwatch.store.schema import (
    ANALYSIS_FIELDS,
    analysis_settings,
    article_entities,
    article_industries,
    article_keywords,
    article_technologies,
    articles,
    events,
    figures,
    sources,
)

log = logging.getLogger(__name__)

BATCH = 100  # articles per transaction
#: The tables one article's analysis lives in (its signature and buckets depend on the body only).
ANALYSIS_TABLES = (article_entities, article_keywords, article_technologies, article_industries, events, figures)


def record_settings(conn: Connection, fingerprint: str, settings: dict[str, Any]) -> None:
    """Remember what ``fingerprint`` stands for (once: the same fingerprint means the same settings)."""
    known = conn.execute(
        select(analysis_settings.c.fingerprint).where(analysis_settings.c.fingerprint == fingerprint)
    ).first()
    if known is None:
        conn.execute(
            analysis_settings.insert().values(
                fingerprint=fingerprint,
                version=str(settings.get("version", "")),
                settings=settings,
                created_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )


def fingerprint_counts(store: Store) -> list[dict[str, Any]]:
    """How many articles each fingerprint analysed (``None``: stored before fingerprints, or
    ready-made articles), with the settings it stands for, most articles first."""
    with store.connect() as conn:
        counts = conn.execute(
            select(articles.c.analysis_fingerprint, func.count()).group_by(articles.c.analysis_fingerprint)
        ).all()
        known = {row.fingerprint: row for row in conn.execute(select(analysis_settings)).all()}
    result = []
    for fingerprint, count in sorted(counts, key=lambda item: -item[1]):
        row = known.get(fingerprint)
        result.append(
            {
                "fingerprint": fingerprint,
                "articles": count,
                "version": row.version if row else None,
                "settings": row.settings if row else None,
            }
        )
    return result


def analysed_otherwise(store: Store, fingerprint: str) -> int:
    """How many stored articles another set of settings analysed (another taxonomy, gazetteer, stop
    words, IDF table or version): the corpus then mixes two analyses until ``reanalyze`` runs.
    Articles stored before fingerprints existed, or ready-made ones, are not counted."""
    with store.connect() as conn:
        fingerprints = articles.c.analysis_fingerprint
        query = select(func.count()).where(fingerprints.is_not(None), fingerprints != fingerprint)
        return int(conn.execute(query).scalar() or 0)


@dataclass
class ReanalyzeCounts:
    done: int = 0
    current: int = 0  # already analysed with these settings: skipped
    failed: int = 0
    errors: list[AiwatchError] = field(default_factory=list)
    llm: Stats = field(default_factory=Stats)  # the LLM stage's counts, from the articles

    def line(self) -> str:
        return f"{self.done} reanalysed, {self.current} already current, {self.failed} failed"


def _stale(fingerprint: str, where: str | None):
    condition = or_(articles.c.analysis_fingerprint.is_(None), articles.c.analysis_fingerprint != fingerprint)
    return and_(condition, text(f"({where})")) if where else condition


def check_where(store: Store, where: str | None) -> None:
    """Run the ``--where`` expression once, so a typo fails before anything changes (E302)."""
    if not where:
        return
    try:
        with store.connect() as conn:
            conn.execute(select(func.count()).select_from(articles).where(text(f"({where})")))
    except Exception as exc:  # the database's own message says what is wrong with it
        first = str(getattr(exc, "orig", exc)).splitlines()[0]
        raise AiwatchError("E302", "--where", detail=f"{where!r}: {first}") from None


def stored_article(row: Any) -> Article:
    """The stored article as the analysis stages expect it: cleaned body and metadata, no analysis."""
    return Article(
        path=row.path or "",
        format=row.format or "",
        title=row.title,
        url=row.url,
        published=row.published,
        source=row.source,
        author=row.author,
        editor=row.editor,
        categories=list(row.categories or []),
        tags=list(row.tags or []),
        language=row.language,
        body=row.body or "",
        # Warnings of an earlier analysis go; the reader's and cleaner's stay.
        warnings=[w for w in row.warnings or [] if not w.startswith("stage ")],
    )


def _replace_analysis(conn: Connection, batch: list[tuple[Any, Article]], fingerprint: str) -> None:
    """Delete the batch's analysis rows, write the new ones and set the fingerprint."""
    pks = [row.pk for row, _ in batch]
    for table in ANALYSIS_TABLES:
        conn.execute(delete(table).where(table.c.article_pk.in_(pks)))
    datas = [writer.fit_to_columns(article.to_dict()) for _, article in batch]
    ids = writer._dimension_ids(conn, datas, writer.Lookups())
    rows: dict[str, list] = {table.name: [] for table in ANALYSIS_TABLES} | {"aliases": []}
    for (row, _), data in zip(batch, datas, strict=True):
        writer._child_rows(row.pk, data, ids, rows)
        extra = {**(row.extra or {}), **{k: v for k, v in data.items() if k not in writer.STORED_FIELDS}}
        conn.execute(
            update(articles)
            .where(articles.c.pk == row.pk)
            .values(
                summary=data.get("summary"),
                event_summary=data.get("event_summary"),
                warnings=data.get("warnings") or [],
                analysed=[name for name in ANALYSIS_FIELDS if data.get(name) is not None],
                extra=extra or None,
                analysis_fingerprint=fingerprint,
            )
        )
    for table in ANALYSIS_TABLES:
        writer._insert_many(conn, table, rows[table.name])
    writer._store_aliases(conn, rows["aliases"], writer.Lookups())
    # The search index is left alone: it holds the title and body, which reanalysis does not
    # change, cut by the index's own segmenter (``writer.ensure_index`` rebuilds it whole when
    # that segmenter's words change).


Progress = Callable[[ReanalyzeCounts, int], None]


def _stale_rows(store: Store, fingerprint: str, where: str | None, batch_size: int) -> Iterator[list[Any]]:
    """The stale articles' rows, ``batch_size`` at a time in key order.  Read lazily: the next batch
    is asked for only when the analysis is ready for it (an engine keeps a few batches ahead)."""
    last = 0
    while True:
        with store.connect() as conn:
            rows = conn.execute(
                select(articles, sources.c.name.label("source"))
                .outerjoin(sources, sources.c.id == articles.c.source_id)
                .where(_stale(fingerprint, where), articles.c.pk > last)
                .order_by(articles.c.pk)
                .limit(batch_size)
            ).all()
        if not rows:
            return
        last = rows[-1].pk
        yield rows


def _analysed(batches: Iterable[list[Any]], pipeline: Any, engine: Any) -> Iterator[tuple[list[Any], list]]:
    """Each batch of rows with its analysed articles (or errors), in order; analysed outside any
    transaction, so a writer waits only for the writes."""
    if engine is None:
        for rows in batches:
            yield rows, [pipeline.analyse(stored_article(row)) for row in rows]
        return
    yield from engine.analyse(((rows, [stored_article(row) for row in rows]) for rows in batches), pipeline.options)


def reanalyze(
    store: Store,
    pipeline: Any,
    where: str | None = None,
    batch_size: int = BATCH,
    on_batch: Progress | None = None,
    engine: Any = None,
) -> ReanalyzeCounts:
    """Re-run ``pipeline``'s analysis on every stored article (matching ``where``, a SQL condition on
    ``articles`` columns) whose fingerprint is not the pipeline's; one transaction per batch.

    ``engine`` (``--engine dask``): the batches are analysed on its workers, a few at a time, and
    written here in the same order, so the corpus ends as a local run leaves it."""
    fingerprint = pipeline.fingerprint
    check_where(store, where)
    counts = ReanalyzeCounts()
    store.write(lambda conn: record_settings(conn, fingerprint, pipeline.settings()))
    with store.connect() as conn:
        total = conn.execute(select(func.count()).select_from(articles)).scalar() or 0
        stale = conn.execute(select(func.count()).select_from(articles).where(_stale(fingerprint, where))).scalar()
    counts.current = total - (stale or 0)
    for rows, results in _analysed(_stale_rows(store, fingerprint, where, batch_size), pipeline, engine):
        batch = []
        for row, result in zip(rows, results, strict=True):
            if isinstance(result, AiwatchError):
                counts.failed += 1
                counts.errors.append(result.with_path(row.id))
                continue
            counts.llm.take(result)
            batch.append((row, result))
        if batch:  # one write transaction, run again if another writer got in the way
            store.write(lambda conn, batch=batch: _replace_analysis(conn, batch, fingerprint))
        counts.done += len(batch)
        log.info("reanalyze: %s", counts.line())
        if on_batch is not None:
            on_batch(counts, stale or 0)
    return counts
