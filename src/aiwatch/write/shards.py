"""Sharded output (``aiwatch extract --shards DIR``): one file per partition, JSON Lines or Parquet.

A partition is what one task reads: an input, or one record range of a big JSONL dump or WARC
archive.  On the Dask engine the worker that analysed it writes its file; on the local engine
this process does, as the parts arrive.  Each file appears whole or not at all (written to a
hidden temporary name in the directory, then moved to its name), and is named after its partition
(``part-`` and a hash of the input's name and where the range starts), so a re-run, or a task
the scheduler ran again after a worker died, replaces the file instead of adding another.

``DIR`` is a folder (on storage the workers share) or an fsspec URL: ``file:///shared/out`` is
that folder; ``s3://bucket/out``, ``gs://…``, ``hdfs://…`` are opened by each worker itself (the
file system's package installed there), the temporary object moved into place when it is whole.

At the end the run writes ``_manifest.json`` (the files in input order, with the input each holds
and its article count) and removes the part files of earlier runs it did not write (inputs gone
since, another ``--max-mb``): the directory holds this run's output, as ``-o FILE`` does.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import io
import json
import os
import re
import sqlite3
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from aiwatch.article import Article

SHARD_FORMATS = {"jsonl": ".jsonl", "parquet": ".parquet"}
MANIFEST = "_manifest.json"
PARQUET_ROWS = 1000  # rows per Parquet row group: one batch in memory while a shard is written
_URL = re.compile(r"^[a-z][a-z0-9+.-]+://", re.IGNORECASE)


class _LocalFiles:
    """A folder on this machine, with the few calls of an fsspec file system the shards use."""

    def makedirs(self, path: str, exist_ok: bool = True) -> None:
        Path(path).mkdir(parents=True, exist_ok=exist_ok)

    def open(self, path: str, mode: str) -> IO[bytes]:
        return open(path, mode)  # closed by the shard's commit or abort

    def mv(self, source: str, target: str) -> None:
        os.replace(source, target)  # atomic: the old file or the new one, never half of one

    def rm(self, path: str) -> None:
        Path(path).unlink(missing_ok=True)

    def glob(self, pattern: str) -> list[str]:
        return glob.glob(pattern, include_hidden=True)


def _files(directory: str) -> tuple[Any, str]:
    """``(file system, folder)`` for ``--shards``: a path is this machine's folder, a URL its
    fsspec file system (``file://`` too: fsspec's local one, whose move is a rename)."""
    if not _URL.match(directory):
        return _LocalFiles(), directory
    import fsspec

    fs, path = fsspec.core.url_to_fs(directory)
    return fs, path.rstrip("/")


def shards_place(directory: str) -> str:
    """What ``--shards`` names, as the workers will open it: a URL as given, a path made absolute."""
    return directory if _URL.match(directory) else str(Path(directory).absolute())


def local_folder(directory: str) -> Path | None:
    """The folder on this machine ``--shards`` names (a path or a ``file://`` URL), else None."""
    if not _URL.match(directory):
        return Path(directory)
    if directory.lower().startswith("file://"):
        return Path(_files(directory)[1])
    return None


@dataclass(frozen=True)
class Shards:
    """Where the shards go and in which format (picklable: it travels to the workers, each of
    which opens the file system itself)."""

    directory: str
    fmt: str = "jsonl"

    def file_name(self, key: str) -> str:
        digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:20]
        return f"part-{digest}{SHARD_FORMATS[self.fmt]}"

    def open(self, key: str) -> ShardFile:
        return ShardFile(self, key)

    def write(self, key: str, articles: Iterable[Article]) -> tuple[str, int]:
        """Every article of one partition into its file: ``(file name, articles)``."""
        shard = self.open(key)
        try:
            shard.add(articles)
        except BaseException:
            shard.abort()
            raise
        return shard.commit()

    def check(self) -> None:
        """Open the file system and make the folder now, so a URL nobody can write stops the run
        before any input is read (what its back end raises: unknown protocol, package missing)."""
        fs, folder = _files(self.directory)
        fs.makedirs(folder, exist_ok=True)

    def finish(self, written: Manifest) -> None:
        """The manifest of this run's files (``written``, in input order), and the part files in
        the directory this run did not write removed.  Nothing here grows with the number of
        files but the directory listing the file system returns."""
        fs, folder = _files(self.directory)
        fs.makedirs(folder, exist_ok=True)
        for path in fs.glob(f"{folder}/part-*"):
            name = path.rsplit("/", 1)[-1]
            if name not in written and os.path.splitext(name)[1] in SHARD_FORMATS.values():
                _remove(fs, path)
        for path in fs.glob(f"{folder}/.part-*.tmp"):  # left by a worker killed while writing
            _remove(fs, path)
        tmp = f"{folder}/.{MANIFEST}.{uuid.uuid4().hex}.tmp"
        with fs.open(tmp, "wb") as stream:
            stream.write(f'{{\n "format": {json.dumps(self.fmt)},\n "articles": {written.articles()},\n "files": ['
                         .encode())
            for number, (name, source, count) in enumerate(written):
                entry = json.dumps({"file": name, "input": source, "articles": count}, ensure_ascii=False)
                stream.write(f'{"," if number else ""}\n  {entry}'.encode())
            stream.write(b"\n ]\n}\n")
        fs.mv(tmp, f"{folder}/{MANIFEST}")


class Manifest:
    """This run's part files in the order first seen, each with its input and article count, kept
    in a temporary SQLite file instead of memory: a run of a million inputs writes a million
    partitions, and the client's memory must not grow with them."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="aiwatch-manifest-")
        self._db = sqlite3.connect(os.path.join(self._folder.name, "files.db"))
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE files (seq INTEGER PRIMARY KEY, file TEXT UNIQUE NOT NULL, "
                         "input TEXT NOT NULL, articles INTEGER NOT NULL)")

    def add(self, file: str, source: str, articles: int) -> None:
        self._db.execute("INSERT INTO files (file, input, articles) VALUES (?, ?, ?) "
                         "ON CONFLICT (file) DO UPDATE SET articles = articles + excluded.articles",
                         (file, source, articles))

    def __contains__(self, file: str) -> bool:
        return self._db.execute("SELECT 1 FROM files WHERE file = ?", (file,)).fetchone() is not None

    def __iter__(self) -> Iterator[tuple[str, str, int]]:
        return iter(self._db.execute("SELECT file, input, articles FROM files ORDER BY seq"))

    def articles(self) -> int:
        return self._db.execute("SELECT COALESCE(SUM(articles), 0) FROM files").fetchone()[0]

    def close(self) -> None:
        self._db.close()
        self._folder.cleanup()


def _remove(fs, path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        fs.rm(path)


class ShardFile:
    """One partition's file while its articles arrive: ``add`` them, then ``commit`` (moved into
    place; a partition without articles leaves no file, and removes an earlier run's) or ``abort``."""

    def __init__(self, shards: Shards, key: str) -> None:
        self.shards = shards
        self.name = shards.file_name(key)
        self.fs, self.folder = _files(shards.directory)
        self.fs.makedirs(self.folder, exist_ok=True)
        self.tmp = f"{self.folder}/.{self.name}.{uuid.uuid4().hex}.tmp"
        self._raw = self.fs.open(self.tmp, "wb")
        self.count = 0
        self._text = io.TextIOWrapper(self._raw, encoding="utf-8") if shards.fmt == "jsonl" else None
        self._parquet = None
        self._rows: list[dict] = []

    def add(self, articles: Iterable[Article]) -> None:
        for article in articles:
            data = article.to_dict()
            if self._text is not None:
                self._text.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                from aiwatch.write.tabular import flat_row

                self._rows.append(flat_row(data))
                if len(self._rows) >= PARQUET_ROWS:
                    self._flush()
            self.count += 1

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from aiwatch.write.tabular import parquet_schema

        schema = parquet_schema()
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._raw, schema, compression="zstd")
        self._parquet.write_table(pa.Table.from_pylist(self._rows, schema=schema))
        self._rows = []

    def _close(self) -> None:
        if self._text is not None:
            self._text.close()  # closes the file under it
            return
        if self._parquet is not None:
            self._parquet.close()
        self._raw.close()

    def commit(self) -> tuple[str, int]:
        target = f"{self.folder}/{self.name}"
        if self._text is None and self.count and self._rows:
            self._flush()
        self._close()
        if not self.count:
            _remove(self.fs, self.tmp)
            _remove(self.fs, target)
            return self.name, 0
        self.fs.mv(self.tmp, target)
        return self.name, self.count

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._close()
        _remove(self.fs, self.tmp)
