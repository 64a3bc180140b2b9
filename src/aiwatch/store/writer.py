"""Write one article and its analysis into the normalised tables, inside the caller's transaction.

An article whose id is already stored is left alone (idempotent ingest).  A new article is checked
against the LSH buckets first: a near-copy is stored too (its own source and title matter to the
event timeline) but carries ``duplicate_of`` = the id of the first copy.  A new article from the
same path or URL as a stored one, telling the same story, is a *revision* (``revisions.py``): it
takes the stored article's place (its copy links too) and the stored one is marked superseded.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Table, bindparam, select, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from aiwatch.records import Event, Figure
from aiwatch.store import dedup, fts
from aiwatch.store.prepare import Prepared, flavour_of, index_values, usable
from aiwatch.store.revisions import Revised, find_revised
from aiwatch.store.schema import (
    ANALYSIS_FIELDS,
    article_entities,
    article_industries,
    article_keywords,
    article_revisions,
    article_signatures,
    article_technologies,
    articles,
    entities,
    entity_aliases,
    events,
    figures,
    industries,
    keywords,
    lsh_buckets,
    sources,
    store_settings,
    technologies,
)

#: Fields of the JSON form that have their own column or table; anything else goes to ``extra``.
STORED_FIELDS = frozenset(
    {"id", "path", "format", "title", "url", "published", "source", "author", "editor", "categories", "tags"}
    | {"language", "body", "warnings", *ANALYSIS_FIELDS}
    | {"analysis_fingerprint"}  # not of the JSON form: set by the ingest from its pipeline
)

_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def published_day(published: str | None) -> str | None:
    """``2023-08-10T09:30+08:00`` → ``2023-08-10``; a month-only date counts as its first day."""
    match = _DAY.match(published or "")
    if not match and published:
        # a reader that kept the page's own form (「2024年4月8日」, an RFC 822 feed date)
        from aiwatch.text.dates import parse_date

        match = _DAY.match(parse_date(published) or "")
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{month}-{day or '01'}"


#: Widths of the bounded columns, so that an odd value from a stage (a 300-character "entity")
#: is cut to fit instead of failing the whole batch on PostgreSQL.
_ARTICLE_WIDTHS = {"source": 200, "format": 32, "language": 16, "published": 40}
_ITEM_WIDTHS = {
    "entities": {"name": 200, "type": 8},
    "technologies": {"name": 200, "en": 200},
    "industries": {"name": 200, "en": 200},
    "events": {"date": 40, "precision": 16, "type": 40, "event_id": 40},
    "figures": {"unit": 40},
}


def _clean(value: Any) -> Any:
    """NUL characters removed everywhere: PostgreSQL text cannot hold them."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def _clip(value: Any, width: int) -> Any:
    return value[:width] if isinstance(value, str) else value


def fit_to_columns(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of the article's JSON form that the tables can hold (the id is left as it is)."""
    fitted = _clean(data)
    for name, width in _ARTICLE_WIDTHS.items():
        fitted[name] = _clip(fitted.get(name), width)
    fitted["keywords"] = (
        [_clip(w, 200) for w in fitted["keywords"]] if fitted.get("keywords") else fitted.get("keywords")
    )
    for field_name, widths in _ITEM_WIDTHS.items():
        items = fitted.get(field_name)
        if not items:
            continue
        fitted[field_name] = [
            {k: _clip(v, widths[k]) if k in widths else v for k, v in item.items()} if isinstance(item, dict) else item
            for item in items
            if isinstance(item, dict)
        ]
    for entity in fitted.get("entities") or []:
        entity["aliases"] = [_clip(a, 200) for a in entity.get("aliases") or [] if isinstance(a, str)]
    return fitted


def upsert(conn: Connection, table: Table, keys: tuple[str, ...]):
    """``INSERT … ON CONFLICT (keys) DO NOTHING`` in the connection's dialect: a row another writer
    has just added is left as it is instead of failing the whole batch with a UNIQUE error."""
    insert = postgresql_insert if conn.dialect.name == "postgresql" else sqlite_insert
    return insert(table).on_conflict_do_nothing(index_elements=list(keys))


def _upsert_arrays(conn: Connection, table: Table, keys: tuple[str, ...], rows: list[dict[str, Any]]) -> list:
    """PostgreSQL: ``INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO NOTHING RETURNING``, one
    array per column.  SQLAlchemy's many-row VALUES statement for a batch's 1,000 new keywords
    cost psycopg more to parse than the server spent running it."""
    columns = list(rows[0])
    arrays = [[row[column] for row in rows] for column in columns]
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"SELECT * FROM unnest({', '.join(['%s::text[]'] * len(columns))}) "
        f"ON CONFLICT ({', '.join(keys)}) DO NOTHING RETURNING id, {', '.join(keys)}"
    )
    with conn.connection.driver_connection.cursor() as cursor:
        cursor.execute(sql, arrays)
        return cursor.fetchall()


def _upsert_values(conn: Connection, table: Table, keys: tuple[str, ...], rows: list[dict[str, Any]]) -> list:
    """SQLite: ``INSERT … VALUES (…), (…) ON CONFLICT DO NOTHING RETURNING`` on the driver, 500 rows
    a statement, in the rows' order (SQLAlchemy's many-row path handled each row's parameters in
    Python)."""
    columns = list(rows[0])
    returned = []
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        one = f"({', '.join('?' * len(columns))})"
        sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES {', '.join([one] * len(chunk))} "
            f"ON CONFLICT ({', '.join(keys)}) DO NOTHING RETURNING id, {', '.join(keys)}"
        )
        returned += _driver_rows(conn, sql, [row[column] for row in chunk for column in columns])
    return returned


def _driver_rows(conn: Connection, sql: str, parameters: list) -> list:
    cursor = conn.connection.driver_connection.cursor()
    try:
        return cursor.execute(sql, parameters).fetchall()
    finally:
        cursor.close()


@dataclass
class Lookups:
    """Name → id caches for the small dimension tables; cleared when a transaction rolls back."""

    ids: dict[tuple[str, tuple], int] = field(default_factory=dict)
    #: (table, term) pairs whose English name is known to be stored
    english: set[tuple[str, str]] = field(default_factory=set)

    def clear(self) -> None:
        self.ids.clear()
        self.english.clear()

    def resolve(
        self,
        conn: Connection,
        table: Table,
        columns: tuple[str, ...],
        keys: set[tuple],
        extras: dict[tuple, dict[str, Any]] | None = None,
    ) -> dict[tuple, int]:
        """Ids for every key, creating the missing rows: one select and one insert per batch."""
        name = table.name
        missing = [key for key in keys if (name, key) not in self.ids]
        key_columns = [table.c[column] for column in columns]
        self._read_ids(conn, table, columns, missing)
        absent = [key for key in missing if (name, key) not in self.ids]
        if absent:
            rows = [dict(zip(columns, key, strict=True)) | (extras or {}).get(key, {}) for key in absent]
            # ON CONFLICT DO NOTHING: a writer that is not ours (or an older aiwatch without the
            # write lock) may have added 商汤科技 since the select; its row is then read below.
            uniform = all(row.keys() == rows[0].keys() for row in rows)
            if conn.dialect.name == "postgresql" and uniform:
                returned = _upsert_arrays(conn, table, columns, rows)
            elif uniform:
                returned = _upsert_values(conn, table, columns, rows)
            else:
                returned = conn.execute(upsert(conn, table, columns).returning(table.c.id, *key_columns), rows)
            for row in returned:
                self.ids[(name, tuple(row[1:]))] = row[0]
            self._read_ids(conn, table, columns, [key for key in absent if (name, key) not in self.ids])
        return {key: self.ids[(name, key)] for key in keys}

    def fill_english(self, conn: Connection, table: Table, english: dict[str, str]) -> None:
        """Give a stored term without an English name the one this batch knows: a document's own
        label (行业: 政务) stored first must not leave 政务 without "government services" for good,
        so the corpus does not depend on which article came first or how the batches were cut."""
        todo = {name: en for name, en in english.items() if (table.name, name) not in self.english}
        if todo:
            unnamed = table.update().where(table.c.name == bindparam("term"), table.c.en.is_(None))
            rows = [{"term": name, "english": en} for name, en in todo.items()]
            conn.execute(unnamed.values(en=bindparam("english")), rows)
            self.english.update((table.name, name) for name in todo)

    def _read_ids(self, conn: Connection, table: Table, columns: tuple[str, ...], wanted: list[tuple]) -> None:
        """The stored ids of ``wanted`` keys, on the driver (SQLAlchemy's IN list cost more than the
        database): by the first key column, whose index leads the unique one, and the rows of
        other keys with the same first column (an entity's name as another type) kept too."""
        names = ", ".join(columns)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            firsts = sorted({k[0] for k in chunk})
            if conn.dialect.name == "postgresql":
                with conn.connection.driver_connection.cursor() as cursor:
                    cursor.execute(f"SELECT id, {names} FROM {table.name} WHERE {columns[0]} = ANY(%s)", (firsts,))
                    rows = cursor.fetchall()
            else:
                sql = f"SELECT id, {names} FROM {table.name} WHERE {columns[0]} IN ({', '.join('?' * len(firsts))})"
                rows = _driver_rows(conn, sql, firsts)
            for row in rows:
                self.ids[(table.name, tuple(row[1:]))] = row[0]


@dataclass
class Duplicate:
    of: str
    similarity: float


# One equality probe per band, OR-ed: both databases answer it with one index lookup per band (a
# row-value IN list made SQLite scan the whole bucket table).  Written once as text because
# building the 32-way expression per article cost more than running it.
_CANDIDATES = text(
    "SELECT a.pk, a.id, a.duplicate_of, s.signature FROM articles a "
    "JOIN article_signatures s ON s.article_pk = a.pk WHERE a.pk IN (SELECT article_pk FROM lsh_buckets WHERE "
    + " OR ".join(f"(band = {band} AND bucket = :k{band})" for band in range(dedup.BANDS))
    # a superseded revision is no one's original any more: its copies follow its revision
    + ") AND a.pk NOT IN (SELECT article_pk FROM article_revisions) ORDER BY a.pk"
)


def _driver_sql(conn: Connection, sql: str) -> str:
    """``:name`` parameters in the driver's own style (psycopg wants ``%(name)s``)."""
    if conn.dialect.name == "postgresql":
        return re.sub(r":(\w+)", r"%(\1)s", sql)
    return sql


_CANDIDATES_SQL: dict[str, str] = {}


def find_duplicate(conn: Connection, keys: list[int], sig, threshold: float) -> Duplicate | None:
    """The earliest stored article whose estimated similarity reaches ``threshold``, if any.

    Run on the driver's cursor: one probe per article, and SQLAlchemy's statement handling cost
    more than the probe itself (1.5 ms of the 2 ms per article at 100,000 articles).
    """
    sql = _CANDIDATES_SQL.get(conn.dialect.name)
    if sql is None:
        sql = _CANDIDATES_SQL[conn.dialect.name] = _driver_sql(conn, str(_CANDIDATES))
    cursor = conn.connection.driver_connection.cursor()
    try:
        params = {f"k{band}": key for band, key in enumerate(keys)}
        if conn.dialect.name == "postgresql":
            cursor.execute(sql, params, prepare=True)  # planning the 32-way OR cost more than running it
        else:
            cursor.execute(sql, params)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return _best_copy(
        [(ident, duplicate_of, signature) for _pk, ident, duplicate_of, signature in rows], sig, threshold
    )


def _best_copy(rows: list[tuple], sig, threshold: float) -> Duplicate | None:
    """Of the candidates ``(id, duplicate_of, signature)`` in key order, the most similar one at
    ``threshold`` or above (the earliest of equals); a copy's original stands for the copy."""
    best: Duplicate | None = None
    for ident, duplicate_of, signature in rows:
        score = dedup.similarity(sig, dedup.from_bytes(bytes(signature)))
        if score >= threshold and (best is None or score > best.similarity):
            best = Duplicate(duplicate_of or ident, score)
    return best


# PostgreSQL: the probes of a whole batch as one statement.  Each (article, band, bucket) of the
# arrays meets the bucket index once, as the 32 equality probes of _CANDIDATES do per article.
_BATCH_CANDIDATES = (
    "SELECT DISTINCT ON (probe.article, a.pk) probe.article, a.pk, a.id, a.duplicate_of, s.signature "
    "FROM unnest(%s::integer[], %s::smallint[], %s::bigint[]) AS probe (article, band, bucket) "
    # OFFSET 0 keeps each probe an index lookup: flattened, the planner merge-joined the whole table
    "CROSS JOIN LATERAL (SELECT b.article_pk FROM lsh_buckets b "
    "WHERE b.band = probe.band AND b.bucket = probe.bucket OFFSET 0) AS hit "
    "JOIN articles a ON a.pk = hit.article_pk JOIN article_signatures s ON s.article_pk = a.pk "
    "WHERE a.pk NOT IN (SELECT article_pk FROM article_revisions) ORDER BY probe.article, a.pk"
)


# SQLite: the probes of up to ``_SQLITE_PROBE_ARTICLES`` articles as one statement, the (band,
# bucket) pairs in the index's order, so that consecutive lookups read neighbouring pages of the
# bucket b-tree.  CROSS JOIN keeps the probes the outer loop (SQLite's planner does not reorder it).
_SQLITE_BATCH_CANDIDATES = (
    "WITH probe (article, band, bucket) AS (VALUES {values}) "
    "SELECT DISTINCT probe.article, a.pk, a.id, a.duplicate_of, s.signature "
    "FROM probe CROSS JOIN lsh_buckets b ON b.band = probe.band AND b.bucket = probe.bucket "
    "JOIN articles a ON a.pk = b.article_pk JOIN article_signatures s ON s.article_pk = a.pk "
    "WHERE a.pk NOT IN (SELECT article_pk FROM article_revisions) ORDER BY probe.article, a.pk"
)
#: 3 parameters per (article, band): 300 articles stay under the 32,766 of SQLite 3.32 and later
_SQLITE_PROBE_ARTICLES = 300


def find_duplicates(conn: Connection, items: list[tuple[list[int], Any]], threshold: float) -> list[Duplicate | None]:
    """``find_duplicate`` for each ``(bucket keys, signature)``, against the stored articles only.

    In one statement for the whole batch (200 probes cost more in round trips and executor
    start-up than in index lookups on PostgreSQL, and in statement steps and Python calls on SQLite).
    """
    if not items:
        return []
    if conn.dialect.name != "postgresql":
        return _find_duplicates_sqlite(conn, items, threshold)
    numbers, bands, buckets = [], [], []
    for number, (keys, _sig) in enumerate(items):
        for band, key in enumerate(keys):
            numbers.append(number)
            bands.append(band)
            buckets.append(key)
    found: list[list[tuple]] = [[] for _ in items]
    with conn.connection.driver_connection.cursor() as cursor:
        cursor.execute(_BATCH_CANDIDATES, (int_array(numbers), int_array(bands), int_array(buckets)))
        for number, _pk, ident, duplicate_of, signature in cursor:
            found[number].append((ident, duplicate_of, signature))
    return [_best_copy(rows, sig, threshold) for rows, (_keys, sig) in zip(found, items, strict=True)]


def _find_duplicates_sqlite(
    conn: Connection, items: list[tuple[list[int], Any]], threshold: float
) -> list[Duplicate | None]:
    found: list[list[tuple]] = [[] for _ in items]
    for start in range(0, len(items), _SQLITE_PROBE_ARTICLES):
        probes = sorted(
            (band, key, number)
            for number, (keys, _sig) in enumerate(items[start : start + _SQLITE_PROBE_ARTICLES], start)
            for band, key in enumerate(keys)
        )
        sql = _SQLITE_BATCH_CANDIDATES.format(values=", ".join(["(?, ?, ?)"] * len(probes)))
        parameters = [value for band, key, number in probes for value in (number, band, key)]
        for number, _pk, ident, duplicate_of, signature in _driver_rows(conn, sql, parameters):
            found[number].append((ident, duplicate_of, signature))
    return [_best_copy(rows, sig, threshold) for rows, (_keys, sig) in zip(found, items, strict=True)]


def int_array(values: list[int]) -> str:
    """A PostgreSQL array literal of integers (``{1,2,3}``), for a parameter cast to an integer array.

    psycopg builds an array parameter element by element in Python: for the 6,400 bucket keys
    of a batch's copy probes that was a tenth of the writer's CPU; ``str.join`` does it in C, and
    the server parses the same text."""
    return "{" + ",".join(map(str, values)) + "}"


def _merge(items: list[dict[str, Any]] | None, key: tuple[str, ...]) -> dict[tuple, dict[str, Any]]:
    """Items by key, counts added up: an entity listed twice must not break the link table."""
    merged: dict[tuple, dict[str, Any]] = {}
    for item in items or []:
        name = item.get("name")
        if not name:
            continue
        ident = tuple(item.get(k) for k in key)
        if ident in merged:
            merged[ident]["count"] = (merged[ident].get("count") or 0) + (item.get("count") or 1)
        else:
            merged[ident] = dict(item)
    return merged


def figure_organisation(figure: Figure, orgs: list[tuple[str, list[str]]]) -> str | None:
    """The ORG entity named in the figure's context nearest before the figure itself.

    「商汤科技2023年营收34亿元」: 商汤科技 precedes 34亿元 in the same sentence.
    """
    context = figure.get("context") or figure.get("text") or ""
    anchor = context.find(figure.get("text") or "\x00")
    anchor = anchor if anchor >= 0 else len(context)
    best, best_distance = None, None
    for name, aliases in orgs:
        for form in {name, *aliases}:
            if not form:
                continue
            position = context.find(form)
            if position < 0:
                continue
            distance = anchor - position if position <= anchor else len(context) + position - anchor
            if best_distance is None or distance < best_distance:
                best, best_distance = name, distance
    return best


def _number(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _year(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows of one shape with the driver: COPY on PostgreSQL, executemany on SQLite.

    The child tables take ~150 rows per article (32 LSH buckets, links, events, figures);
    through SQLAlchemy's insert each row's parameters were processed in Python one by one.
    """
    if not rows:
        return
    columns = list(rows[0])
    pick = itemgetter(*columns)
    _insert_values(
        conn, table, columns, [pick(row) for row in rows] if len(columns) > 1 else [(pick(row),) for row in rows]
    )


def _insert_values(conn: Connection, table: Table, columns: list[str], values: list[tuple]) -> None:
    """``_insert_many`` for rows given as tuples in the order of ``columns``."""
    if not values:
        return
    convert = _converters(conn, table, columns)
    if convert:
        values = [tuple(convert[i](v) if i in convert else v for i, v in enumerate(value)) for value in values]
    raw = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
            for value in values:
                copy.write_row(value)
        return
    cursor = raw.cursor()
    try:
        names = ", ".join(columns)
        cursor.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(columns))})", values)
    finally:
        cursor.close()


def _converters(conn: Connection, table: Table, columns: list[str]) -> dict[int, Any]:
    """By column position, what turns a value into the form SQLAlchemy would have sent: JSON as its
    JSON type writes it (json.dumps; None is the JSON null); on SQLite also the other types' own
    conversions (a datetime as SQLAlchemy's text form, which it parses back)."""
    convert: dict[int, Any] = {}
    for position, name in enumerate(columns):
        column_type = table.c[name].type
        if isinstance(column_type, JSON):
            convert[position] = json.dumps
        elif conn.dialect.name == "sqlite":
            processor = column_type.bind_processor(conn.dialect)
            if processor is not None:
                convert[position] = processor
    return convert


def _insert_articles(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert the article rows in order; their keys, the ones the inserts would have taken.

    PostgreSQL: taken from the column's own sequence, the rows go by COPY (through SQLAlchemy's
    many-row INSERT … RETURNING, psycopg spent longer parsing the 5,000-parameter statement than
    the server spent on it).  SQLite: ``pk`` is the rowid (no AUTOINCREMENT), which SQLite gives as
    the highest one + 1; the writer holds the write lock, so the next keys are known before the
    rows go in one ``executemany`` (SQLAlchemy's RETURNING path cost 0.06 ms per article)."""
    raw = conn.connection.driver_connection
    if conn.dialect.name != "postgresql":
        top = _driver_rows(conn, "SELECT max(pk) FROM articles", [])[0][0] or 0
        pks = list(range(top + 1, top + 1 + len(rows)))
        _insert_many(conn, articles, [{"pk": pk, **row} for pk, row in zip(pks, rows, strict=True)])
        return pks
    with raw.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence('articles', 'pk')) FROM generate_series(1, %s)", (len(rows),)
        )
        pks = sorted(row[0] for row in cursor.fetchall())
    _insert_many(conn, articles, [{"pk": pk, **row} for pk, row in zip(pks, rows, strict=True)])
    return pks


def _article_row(data: dict[str, Any], source_id: int | None, duplicate: Duplicate | None) -> dict[str, Any]:
    return {
        "id": data["id"],
        "path": data.get("path"),
        "format": data.get("format"),
        "title": data.get("title"),
        "url": data.get("url"),
        "published": data.get("published"),
        "published_on": published_day(data.get("published")),
        "source_id": source_id,
        "author": data.get("author"),
        "editor": data.get("editor"),
        "language": data.get("language"),
        "categories": data.get("categories") or [],
        "tags": data.get("tags") or [],
        "body": data.get("body") or "",
        "warnings": data.get("warnings") or [],
        "summary": data.get("summary"),
        "event_summary": data.get("event_summary"),
        "analysed": [name for name in ANALYSIS_FIELDS if data.get(name) is not None],
        "analysis_fingerprint": data.get("analysis_fingerprint"),
        "extra": {k: v for k, v in data.items() if k not in STORED_FIELDS} or None,
        "duplicate_of": duplicate.of if duplicate else None,
        "similarity": duplicate.similarity if duplicate else None,
        "ingested_at": datetime.now(UTC).replace(tzinfo=None),
    }


@dataclass
class Fresh:
    """An article to insert: its JSON form, MinHash signature and bucket keys, and its links."""

    data: dict[str, Any]
    sig: Any
    keys: list[int]
    duplicate: Duplicate | None
    revises: Revised | None = None
    #: the search index's text (``prepare.index_values``), when prepared away from the writer
    index: tuple[str, ...] | None = None


def _revision_links(revised: Revised) -> Duplicate | None:
    """A revision takes the place of the article it replaces: a copy of the same story if that was a
    copy, else the original that the other outlets' copies now point to."""
    if revised.duplicate_of is None:
        return None
    return Duplicate(revised.duplicate_of, revised.similarity or 0.0)


def _new_articles(
    conn: Connection,
    batch: list[dict[str, Any]],
    threshold: float,
    previous: list[str] | None = None,
    prepared: dict[str, Prepared] | None = None,
) -> tuple[list[str], list[Fresh]]:
    """Statuses in batch order, and the articles to insert with signature, buckets and links.

    A copy can arrive in the same batch as its original, so the batch's own buckets are checked
    in memory beside the stored ones.  A revision of a stored article is not checked for copies:
    it inherits the place of the article it replaces.  ``prepared``: signatures, bucket keys and
    index text computed elsewhere (``prepare.py``), used where they fit the article exactly.
    """
    stored = _stored_ids(conn, sorted({d["id"] for d in batch}))
    unseen: list[dict[str, Any]] = []
    seen: set[str] = set()
    for data in batch:
        if data["id"] not in stored and data["id"] not in seen:
            unseen.append(data)
        seen.add(data["id"])
    flavour = flavour_of(conn.dialect.name)
    sigs, keys, index = {}, {}, {}
    for data in unseen:
        ident, ready = data["id"], (prepared or {}).get(data["id"])
        if usable(ready, data.get("title"), data.get("body") or "", flavour):
            sigs[ident], keys[ident], index[ident] = dedup.from_bytes(ready.signature), list(ready.keys), ready.index
        else:
            sigs[ident] = dedup.signature(data.get("body") or "")
            keys[ident] = dedup.band_keys(sigs[ident])
    revised = find_revised(conn, [(data, sigs[data["id"]]) for data in unseen], seen, previous or ())
    revisions = {data["id"]: found for data, found in zip(unseen, revised, strict=True)}
    reverted = _reinstate_reverted(conn, [d for d in batch if d["id"] in stored], seen, previous)
    probed = [ident for ident in sigs if revisions[ident] is None]
    stored_copies = dict(
        zip(probed, find_duplicates(conn, [(keys[i], sigs[i]) for i in probed], threshold), strict=True)
    )
    statuses: list[str] = []
    fresh: list[Fresh] = []
    local: dict[tuple[int, int], list[int]] = {}
    for data in batch:
        if data["id"] not in sigs:
            statuses.append("revision" if reverted.pop(data["id"], False) else "unchanged")
            continue
        sig = sigs.pop(data["id"])
        item = Fresh(data, sig, keys[data["id"]], None, revisions[data["id"]], index.get(data["id"]))
        if item.revises is not None:
            item.duplicate = _revision_links(item.revises)
        else:
            item.duplicate = _find_copy(item, stored_copies[data["id"]], fresh, local, threshold)
        for band_key in enumerate(item.keys):
            local.setdefault(band_key, []).append(len(fresh))
        fresh.append(item)
        statuses.append("revision" if item.revises else "duplicate" if item.duplicate else "new")
    return statuses, fresh


def _stored_ids(conn: Connection, ids: list[str]) -> set[str]:
    """Which of ``ids`` are stored, on the driver (SQLAlchemy's IN list of a batch's 200 ids cost
    more than the lookups)."""
    if conn.dialect.name == "postgresql":
        with conn.connection.driver_connection.cursor() as cursor:
            cursor.execute("SELECT id FROM articles WHERE id = ANY(%s)", (ids,))
            return {row[0] for row in cursor.fetchall()}
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            row[0]
            for row in _driver_rows(conn, f"SELECT id FROM articles WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        )
    return found


def _reinstate_reverted(
    conn: Connection, known: list[dict[str, Any]], keep: set[str], previous: list[str] | None
) -> dict[str, bool]:
    """An edit undone (v1 → v2 → v1 again): the stored v1 becomes current again, superseding v2.

    Returns the ids made current again.
    """
    if not known:
        return {}
    rows = conn.execute(
        select(articles.c.pk, articles.c.id, article_signatures.c.signature)
        .join(article_revisions, article_revisions.c.article_pk == articles.c.pk)
        .join(article_signatures, article_signatures.c.article_pk == articles.c.pk)
        .where(articles.c.id.in_([d["id"] for d in known]))
    ).all()
    if not rows:
        return {}
    by_id = {d["id"]: d for d in known}
    items = [(by_id[row.id], dedup.from_bytes(row.signature)) for row in rows]
    reinstated = {}
    for row, current_one in zip(rows, find_revised(conn, items, keep, previous or ()), strict=True):
        if current_one is None:
            continue
        conn.execute(article_revisions.delete().where(article_revisions.c.article_pk == row.pk))
        _supersede(conn, [(row.pk, Fresh(by_id[row.id], None, [], _revision_links(current_one), current_one))])
        reinstated[row.id] = True
    return reinstated


def _find_copy(
    item: Fresh,
    stored: Duplicate | None,
    fresh: list[Fresh],
    local: dict[tuple[int, int], list[int]],
    threshold: float,
) -> Duplicate | None:
    """The stored (``stored``: ``find_duplicates``' answer) or same-batch article that ``item`` is
    a near-copy of, if any."""
    duplicate = stored
    for index in sorted({i for band_key in enumerate(item.keys) for i in local.get(band_key, [])}):
        other = fresh[index]
        score = dedup.similarity(item.sig, other.sig)
        if score >= threshold and (duplicate is None or score > duplicate.similarity):
            duplicate = Duplicate(other.duplicate.of if other.duplicate else other.data["id"], score)
    return duplicate


def _dimension_ids(conn: Connection, items: list[dict[str, Any]], lookups: Lookups) -> dict[str, dict]:
    """Ids of every source, entity, keyword and taxonomy term the batch names."""
    source_keys = {(d["source"],) for d in items if d.get("source")}
    entity_keys = {(e["name"], e.get("type") or "ORG") for d in items for e in d.get("entities") or [] if e.get("name")}
    word_keys = {(w,) for d in items for w in d.get("keywords") or [] if w}
    result = {
        "sources": lookups.resolve(conn, sources, ("name",), source_keys),
        "entities": lookups.resolve(conn, entities, ("name", "type"), entity_keys),
        "keywords": lookups.resolve(conn, keywords, ("word",), word_keys),
    }
    for field_name, table in (("technologies", technologies), ("industries", industries)):
        extras: dict[tuple, dict[str, Any]] = {}
        for term in (t for d in items for t in d.get(field_name) or [] if t.get("name")):
            if not extras.get((term["name"],), {}).get("en"):  # the first English name given wins
                extras[(term["name"],)] = {"en": term.get("en")}
        result[field_name] = lookups.resolve(conn, table, ("name",), set(extras), extras)
        lookups.fill_english(conn, table, {key[0]: extra["en"] for key, extra in extras.items() if extra["en"]})
    return result


def _child_rows(pk: int, data: dict[str, Any], ids: dict[str, dict], rows: dict[str, list]) -> None:
    for (name, kind), item in _merge(data.get("entities"), ("name", "type")).items():
        entity_id = ids["entities"][(name, kind or "ORG")]
        rows["article_entities"].append(
            {
                "article_pk": pk,
                "entity_id": entity_id,
                "count": item.get("count") or 1,
                "mentions": item.get("mentions"),
            }
        )
        for alias in item.get("aliases") or []:
            if alias and alias != name:
                rows["aliases"].append((entity_id, alias))
    for field_name, links, id_column in (
        ("technologies", article_technologies, "technology_id"),
        ("industries", article_industries, "industry_id"),
    ):
        for (name,), item in _merge(data.get(field_name), ("name",)).items():
            rows[links.name].append(
                {"article_pk": pk, id_column: ids[field_name][(name,)], "count": item.get("count") or 1}
            )
    ranks: dict[int, int] = {}
    for rank, word in enumerate(data.get("keywords") or []):
        if word:
            ranks.setdefault(ids["keywords"][(word,)], rank)
    rows["article_keywords"] += [{"article_pk": pk, "keyword_id": k, "rank": r} for k, r in ranks.items()]
    rows["events"] += [
        {
            "article_pk": pk,
            "position": i,
            "date": e.get("date"),
            "date_text": e.get("date_text"),
            "precision": e.get("precision"),
            "type": e.get("type") if isinstance(e.get("type"), str) else None,
            "text": e.get("text"),
            "entities": e.get("entities") or [],
            **_event_identity(e),
        }
        for i, e in enumerate(data.get("events") or [])
    ]
    orgs = [(e["name"], e.get("aliases") or []) for e in data.get("entities") or [] if e.get("type") == "ORG"]
    rows["figures"] += [
        {
            "article_pk": pk,
            "position": i,
            "value": _number(f.get("value")),
            "unit": f.get("unit"),
            "text": f.get("text"),
            "context": f.get("context"),
            "year": _year(f.get("year")),
            "organisation": figure_organisation(f, orgs),
        }
        for i, f in enumerate(data.get("figures") or [])
    ]


def _store_aliases(conn: Connection, pairs: list[tuple[int, str]], lookups: Lookups) -> None:
    wanted = {pair for pair in pairs if ("alias", pair) not in lookups.ids}
    if not wanted:
        return
    known = conn.execute(
        select(entity_aliases.c.entity_id, entity_aliases.c.alias).where(
            entity_aliases.c.entity_id.in_({entity_id for entity_id, _ in wanted})
        )
    ).all()
    absent = wanted - {tuple(row) for row in known}
    if absent:
        rows = [{"entity_id": e, "alias": a} for e, a in sorted(absent)]
        conn.execute(upsert(conn, entity_aliases, ("entity_id", "alias")), rows)
    for pair in wanted:
        lookups.ids[("alias", pair)] = pair[0]


def index_rows(conn: Connection, rows: list[dict[str, Any]], *, pairs: bool = True) -> None:
    """Add titles and bodies (``{pk, title, body}``, and ``index`` when prepared elsewhere) to the
    full-text index: segmented words and character bigrams (``fts.gram_text``), so that 智算 finds
    智算中心; on PostgreSQL also the pairs of common words (``pairs``: False in the migrations
    before the one that made their table)."""
    if not rows:
        return
    flavour = flavour_of(conn.dialect.name)
    values = [row.get("index") or index_values(row["title"], row["body"], flavour) for row in rows]
    pks = [row["pk"] for row in rows]
    if conn.dialect.name == "postgresql":
        _index_rows_postgresql(conn, pks, values, pairs)
        return
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.executemany(
            "INSERT INTO articles_fts (rowid, title, body, title_grams, body_grams) VALUES (?, ?, ?, ?, ?)",
            [(pk, *value) for pk, value in zip(pks, values, strict=True)],
        )
    finally:
        cursor.close()


def _index_rows_postgresql(conn: Connection, pks: list[int], values: list[tuple[str, ...]], pairs: bool) -> None:
    """Build both tsvectors of the batch in one statement over four parameter arrays.

    The bigram set goes as one space-separated string per article: psycopg adapting a
    1,000-element list per article cost more than the server's work.  (A temporary staging table
    filled by COPY cost the server a second copy of every body, compressed with pglz.)
    """
    titles, bodies, grams, pairs_found = (list(column) for column in zip(*values, strict=True))
    with conn.connection.driver_connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO article_search (article_pk, document, grams) SELECT pk, "
            "setweight(to_tsvector('simple', title), 'A') || to_tsvector('simple', body), "
            "array_to_tsvector(string_to_array(NULLIF(grams, ''), ' ')) "
            "FROM unnest(%s::integer[], %s::text[], %s::text[], %s::text[]) AS staged (pk, title, body, grams)",
            (pks, titles, bodies, grams),
        )
        if pairs:  # found with the words (``prepare.index_values``), in the writer or away from it
            insert_pairs(cursor, pks, pairs_found)


def insert_pairs(cursor, pks: list[int], pairs: list[str]) -> None:
    """``article_pairs`` rows: each article's common-word pairs (``fts.common_pairs``, joined by
    ``PAIR_SEPARATOR``), for those that have any."""
    cursor.execute(
        "INSERT INTO article_pairs (article_pk, pairs) SELECT pk, "
        "array_to_tsvector(string_to_array(pairs, E'\\t')) "
        "FROM unnest(%s::integer[], %s::text[]) AS staged (pk, pairs) WHERE pairs <> ''",
        (pks, pairs),
    )


def index_article(conn: Connection, pk: int, title: str | None, body: str) -> None:
    index_rows(conn, [{"pk": pk, "title": title, "body": body}])


def _supersede(conn: Connection, pairs: list[tuple[int, Fresh]]) -> None:
    """Mark the replaced articles superseded; the other outlets' copies of a replaced original now
    point to its revision, so the story keeps one visible original."""
    if not pairs:
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    conn.execute(
        article_revisions.insert(),
        [{"article_pk": item.revises.pk, "superseded_by": pk, "superseded_at": now} for pk, item in pairs],
    )
    for _, item in pairs:
        if item.duplicate is None:
            conn.execute(
                update(articles).where(articles.c.duplicate_of == item.revises.id).values(duplicate_of=item.data["id"])
            )


def store_batch(
    conn: Connection,
    batch: list[dict[str, Any]],
    lookups: Lookups,
    threshold: float = dedup.DEFAULT_THRESHOLD,
    previous: list[str] | None = None,
    prepared: dict[str, Prepared] | None = None,
) -> list[str]:
    """Store articles (JSON form) in the caller's transaction; ``new``/``duplicate``/``revision``/
    ``unchanged`` each.  ``previous``: the ids the same input held the last time it was stored;
    ``prepared``: by id, what ``prepare.prepare`` computed for them away from the writer."""
    with _collector_paused():
        return _store_batch(conn, [fit_to_columns(data) for data in batch], lookups, threshold, previous, prepared)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a batch is stored: the batch allocates many
    short-lived rows (freed by reference counting) and each collection walked every object the
    process holds (a tenth of the writer's CPU).  What cycles a batch leaves are collected after."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _store_batch(
    conn: Connection,
    batch: list[dict[str, Any]],
    lookups: Lookups,
    threshold: float,
    previous: list[str] | None,
    prepared: dict[str, Prepared] | None,
) -> list[str]:
    statuses, fresh = _new_articles(conn, batch, threshold, previous, prepared)
    if not fresh:
        return statuses
    ids = _dimension_ids(conn, [item.data for item in fresh], lookups)
    article_rows = [
        _article_row(item.data, ids["sources"].get((item.data.get("source"),)), item.duplicate) for item in fresh
    ]
    pks = _insert_articles(conn, article_rows)
    rows: dict[str, list] = {name: [] for name in ("article_entities", "aliases", "article_technologies")}
    rows |= {name: [] for name in ("article_industries", "article_keywords", "events", "figures")}
    for pk, item in zip(pks, fresh, strict=True):
        _child_rows(pk, item.data, ids, rows)
    for table in (article_entities, article_technologies, article_industries, article_keywords, events, figures):
        _insert_many(conn, table, rows[table.name])
    _store_aliases(conn, rows["aliases"], lookups)
    _insert_many(
        conn,
        article_signatures,
        [{"article_pk": pk, "signature": dedup.to_bytes(item.sig)} for pk, item in zip(pks, fresh, strict=True)],
    )
    # in the index's order: SQLite then walks the bucket b-tree once, each insert next to the one
    # before, instead of 6,400 descents to random leaves
    bucket_rows = sorted(
        (band, key, pk) for pk, item in zip(pks, fresh, strict=True) for band, key in enumerate(item.keys)
    )
    _insert_values(conn, lsh_buckets, ["band", "bucket", "article_pk"], bucket_rows)
    index_rows(
        conn,
        [
            {"pk": pk, "title": item.data.get("title"), "body": item.data.get("body") or "", "index": item.index}
            for pk, item in zip(pks, fresh, strict=True)
        ],
    )
    _supersede(conn, [(pk, item) for pk, item in zip(pks, fresh, strict=True) if item.revises is not None])
    return statuses


def store_article(
    conn: Connection, data: dict[str, Any], lookups: Lookups, threshold: float = dedup.DEFAULT_THRESHOLD
) -> str:
    """Store one article (its JSON form); returns ``new``, ``duplicate`` or ``unchanged``."""
    return store_batch(conn, [data], lookups, threshold)[0]


#: ``store_settings`` key holding the dictionary fingerprint the search index was built with.
INDEX_SETTING = "search.dictionary"


def index_fingerprint(conn: Connection) -> str | None:
    return conn.execute(select(store_settings.c.value).where(store_settings.c.key == INDEX_SETTING)).scalar()


def _set_index_fingerprint(conn: Connection, value: str) -> None:
    conn.execute(store_settings.delete().where(store_settings.c.key == INDEX_SETTING))
    conn.execute(store_settings.insert().values(key=INDEX_SETTING, value=value))


def index_is_current(conn: Connection) -> bool:
    stored = index_fingerprint(conn)
    return stored is None or stored == fts.dictionary_fingerprint()


def rebuild_index(conn: Connection, page: int = 500, *, pairs: bool = True) -> int:
    """Re-segment and re-index every article (inside the caller's transaction: all or nothing);
    ``pairs``: as for ``index_rows``."""
    if conn.dialect.name == "postgresql":
        if pairs:
            conn.execute(text("DELETE FROM article_pairs"))
        conn.execute(text("DELETE FROM article_search"))
    else:
        conn.execute(text("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')"))
    last, count = 0, 0
    while True:
        rows = conn.execute(
            select(articles.c.pk, articles.c.title, articles.c.body)
            .where(articles.c.pk > last)
            .order_by(articles.c.pk)
            .limit(page)
        ).all()
        if not rows:
            break
        index_rows(conn, [{"pk": r.pk, "title": r.title, "body": r.body} for r in rows], pairs=pairs)
        last, count = rows[-1].pk, count + len(rows)
    _set_index_fingerprint(conn, fts.dictionary_fingerprint())
    return count


def ensure_index(conn: Connection) -> int | None:
    """Record the dictionary of a new index; rebuild an index built with another one.

    Returns the number of articles re-indexed, or None when nothing had to be done.
    """
    stored = index_fingerprint(conn)
    current = fts.dictionary_fingerprint()
    if stored == current:
        return None
    if stored is None:
        _set_index_fingerprint(conn, current)
        return None
    return rebuild_index(conn)


def _event_identity(event: Event) -> dict[str, Any]:
    """Revision 0008's columns: id, arguments, evidence, confidence, future (None when not given)."""
    confidence = event.get("confidence")
    return {
        "event_id": event.get("event_id") if isinstance(event.get("event_id"), str) else None,
        "arguments": event.get("arguments") if isinstance(event.get("arguments"), dict) else None,
        "evidence": event.get("evidence") if isinstance(event.get("evidence"), dict) else None,
        "confidence": float(confidence) if isinstance(confidence, int | float) else None,
        "future": bool(event["future"]) if isinstance(event.get("future"), bool) else None,
    }
