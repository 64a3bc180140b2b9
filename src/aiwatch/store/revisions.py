"""Revisions: which stored articles are current, and which new article revises which stored one.

A page edited after it was ingested (a paragraph appended, a figure corrected) comes back with the
same path or URL and new text, so a new id.  It is stored as a *revision*: the article it replaces
is kept (its page still opens, and links to the new one) but is listed in ``article_revisions`` and
left out of search, listings and reports.  The readers (search, the web's queries, the report)
call ``current()`` / ``superseded_keys()``; the writer calls ``find_revised()``.

Same place is not enough: ``dump.jsonl#3`` after a record was inserted above it is another
article, and a crawler may save each day's front page as ``latest.html``.  So the two must also be
the same story: the same title, or text that still shares ``MIN_SIMILARITY`` of its shingles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, or_, select

from aiwatch.article import normalise_for_id
from aiwatch.store import dedup
from aiwatch.store.schema import article_revisions, article_signatures, articles

#: Estimated Jaccard similarity at which an article from the same place is the same story edited
#: (appending a paragraph to a 400-character report leaves about 0.7; a different story about 0).
MIN_SIMILARITY = 0.3
#: An input that held more articles than this is matched by path and URL only, not by its list of
#: earlier article ids (a WARC of 100,000 records would make a huge IN list).
MAX_PREVIOUS_IDS = 200


def current():
    """The condition "not superseded by a later revision" on ``articles``."""
    return articles.c.pk.not_in(superseded_keys())


def superseded_keys():
    """The keys of the superseded articles (few: one per edit), for a NOT IN over a key column."""
    return select(article_revisions.c.article_pk)


@dataclass
class Revised:
    """A stored, current article that a new one replaces."""

    pk: int
    id: str
    duplicate_of: str | None
    similarity: float | None
    score: float


def _record_suffix(path: str | None) -> str:
    """``dump.jsonl#12`` → ``#12``: the record within an input, whatever the input was called."""
    if not path or "#" not in path:
        return ""
    return "#" + path.rsplit("#", 1)[1]


def _candidates(conn: Connection, items: list[dict[str, Any]], previous: set[str]) -> list:
    urls = sorted({d["url"] for d in items if d.get("url")})
    paths = sorted({d["path"] for d in items if d.get("path")})
    places = [articles.c.url.in_(urls), articles.c.path.in_(paths)]
    if previous and len(previous) <= MAX_PREVIOUS_IDS:
        places.append(articles.c.id.in_(sorted(previous)))
    columns = (articles.c.pk, articles.c.id, articles.c.url, articles.c.path, articles.c.title)
    return conn.execute(
        select(*columns, articles.c.duplicate_of, articles.c.similarity, article_signatures.c.signature)
        .join(article_signatures, article_signatures.c.article_pk == articles.c.pk)
        .where(or_(*places), current())
        .order_by(articles.c.pk)
    ).all()


def _same_place(data: dict[str, Any], row, previous: set[str]) -> bool:
    if data.get("url") and row.url == data["url"]:
        return True
    if data.get("path") and row.path == data["path"]:
        return True
    # the same input file under another name (run from another directory): its earlier articles
    return row.id in previous and _record_suffix(row.path) == _record_suffix(data.get("path"))


def _by_place(rows: list, previous: set[str]) -> dict[tuple[str, str], list]:
    """The candidate rows (in key order) by ``("url", url)``, ``("path", path)`` and, for those
    of the input's earlier articles, ``("record", suffix)``: a batch looks at the rows of its
    articles' own places instead of every candidate (200 x 200 comparisons per batch when
    re-ingesting a changed input, 17% of the writer's time at 100,000 articles)."""
    places: dict[tuple[str, str], list] = {}
    for row in rows:
        if row.url:
            places.setdefault(("url", row.url), []).append(row)
        if row.path:
            places.setdefault(("path", row.path), []).append(row)
        if row.id in previous:
            places.setdefault(("record", _record_suffix(row.path)), []).append(row)
    return places


def _at_place(places: dict[tuple[str, str], list], data: dict[str, Any]) -> list:
    """The rows that may be at ``data``'s place (``_same_place`` decides), in key order."""
    keys = (("url", data.get("url")), ("path", data.get("path")), ("record", _record_suffix(data.get("path"))))
    found = {row.pk: row for key in keys if key[1] is not None for row in places.get(key, ())}
    return [found[pk] for pk in sorted(found)]


def _same_story(data: dict[str, Any], row, score: float) -> bool:
    title = normalise_for_id(data.get("title"))
    return score >= MIN_SIMILARITY or (bool(title) and title == normalise_for_id(row.title))


def find_revised(
    conn: Connection,
    items: list[tuple[dict[str, Any], np.ndarray]],
    keep: Iterable[str],
    previous: Iterable[str] = (),
) -> list[Revised | None]:
    """For each new article (JSON form, MinHash signature), the stored current article it revises.

    ``keep``: ids that stay current (the other articles of the same input, unchanged), never
    revised.  ``previous``: the ids the same input held last time.  Each stored article is revised
    by one new article at most: the most similar.
    """
    previous = set(previous)
    rows = _candidates(conn, [data for data, _ in items], previous) if items else []
    keep = set(keep)
    rows = [row for row in rows if row.id not in keep]
    places = _by_place(rows, previous)
    found: list[Revised | None] = []
    taken: set[int] = set()
    for data, sig in items:
        best: Revised | None = None
        for row in _at_place(places, data):
            if row.pk in taken or not _same_place(data, row, previous):
                continue
            score = dedup.similarity(sig, dedup.from_bytes(row.signature))
            if _same_story(data, row, score) and (best is None or score > best.score):
                best = Revised(row.pk, row.id, row.duplicate_of, row.similarity, score)
        if best is not None:
            taken.add(best.pk)
        found.append(best)
    return found
