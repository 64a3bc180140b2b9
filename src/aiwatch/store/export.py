"""Export the corpus for analysts' own tools: one row per article.

``jsonl`` keeps the full JSON form (plus ``duplicate_of``).  ``csv`` and ``parquet`` are flat:
lists of names become ``;``-joined text (CSV) or list columns (Parquet), entities are split into
organisations / people / places, and nested events and figures are JSON text, so that pandas,
DuckDB and Excel read the file without a schema of their own.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from aiwatch.store.db import Store
from aiwatch.store.read import iter_articles
from aiwatch.store.search import Filters
from aiwatch.write.tabular import FLAT_COLUMNS as COLUMNS
from aiwatch.write.tabular import flat_row, parquet_schema


def _default_mode() -> int:
    """0666 less the umask: what ``open()`` would have given (mkstemp makes files private)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_path(output: Path | None) -> Iterator[tuple[IO | None, str | None]]:
    """A temp file renamed into place at the end: a failed export leaves no half file."""
    if output is None or str(output) == "-":
        yield None, None
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    os.close(fd)
    try:
        yield None, tmp
        os.chmod(tmp, _default_mode())
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _text_stream(path: str | None, newline: str | None = None) -> IO[str]:
    import sys

    if path is None:
        return sys.stdout
    return open(path, "w", encoding="utf-8", newline=newline)


def export_jsonl(store: Store, output: Path | None, filters: Filters) -> int:
    count = 0
    with atomic_path(output) as (_, tmp):
        stream = _text_stream(tmp)
        try:
            for data in iter_articles(store, filters):
                stream.write(json.dumps(data, ensure_ascii=False) + "\n")
                count += 1
        finally:
            if tmp is not None:
                stream.close()
    return count


def export_csv(store: Store, output: Path | None, filters: Filters) -> int:
    """UTF-8 with a byte-order mark, so that Excel shows the Chinese text correctly."""
    count = 0
    with atomic_path(output) as (_, tmp):
        stream = _text_stream(tmp, newline="")
        try:
            if tmp is not None:
                stream.write("\ufeff")
            writer = csv.DictWriter(stream, fieldnames=COLUMNS)
            writer.writeheader()
            for data in iter_articles(store, filters):
                row = flat_row(data)
                writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
                count += 1
        finally:
            if tmp is not None:
                stream.close()
    return count


def export_parquet(store: Store, output: Path | None, filters: Filters, batch: int = 2000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with atomic_path(output) as (_, tmp), pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        rows: list[dict[str, Any]] = []
        for data in iter_articles(store, filters):
            rows.append(flat_row(data))
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                count += len(rows)
                rows = []
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


EXPORTERS: dict[str, Callable[[Store, Path | None, Filters], int]] = {
    "jsonl": export_jsonl,
    "csv": export_csv,
    "parquet": export_parquet,
}


def load_plugin_exporters() -> None:
    """Then the installed plugins' exporters (callables like ``export_csv``, group ``aiwatch.exporters``)."""
    from aiwatch.plugins import load_group, log

    for name, value in load_group("exporters").items():
        if callable(value):
            EXPORTERS.setdefault(name, value)
        else:
            log.warning("plugin exporter %r is not callable; skipped", name)


load_plugin_exporters()
