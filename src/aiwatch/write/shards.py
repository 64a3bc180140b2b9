"""Sharded output (``aiwatch extract --shards DIR``): one file per partition, JSON Lines or Parquet.

A partition is what one task reads: an input, or one record range of a big JSONL dump or WARC
archive.  On the Dask engine the worker that analysed it writes its file; on the local engine
this process does, as the parts arrive.  Each file appears whole or not at all (written to a
hidden temporary name in the directory, then renamed), and is named after its partition
(``part-`` and a hash of the input's name and where the range starts), so a re-run, or a task
the scheduler ran again after a worker died, replaces the file instead of adding another.

At the end the run writes ``_manifest.json`` (the files in input order, with the input each holds
and its article count) and removes the part files of earlier runs it did not write (inputs gone
since, another ``--max-mb``): the directory holds this run's output, as ``-o FILE`` does.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from aiwatch.article import Article

SHARD_FORMATS = {"jsonl": ".jsonl", "parquet": ".parquet"}
MANIFEST = "_manifest.json"
PARQUET_ROWS = 1000  # rows per Parquet row group: one batch in memory while a shard is written


def _mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@dataclass(frozen=True)
class Shards:
    """Where the shards go and in which format (picklable: it travels to the workers)."""

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

    def finish(self, written: list[tuple[str, str, int]]) -> None:
        """The manifest of this run's files (``(file, input, articles)`` in input order), and the
        part files in the directory this run did not write removed."""
        folder = Path(self.directory)
        kept = {name for name, _, _ in written}
        for path in folder.glob("part-*"):
            if path.name not in kept and path.suffix in SHARD_FORMATS.values():
                path.unlink(missing_ok=True)
        for path in folder.glob(".part-*.tmp"):  # left by a worker killed while writing
            path.unlink(missing_ok=True)
        manifest = {
            "format": self.fmt,
            "articles": sum(count for _, _, count in written),
            "files": [{"file": name, "input": source, "articles": count} for name, source, count in written],
        }
        fd, tmp = tempfile.mkstemp(prefix=f".{MANIFEST}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(manifest, stream, ensure_ascii=False, indent=1)
        os.chmod(tmp, _mode())
        os.replace(tmp, folder / MANIFEST)


class ShardFile:
    """One partition's file while its articles arrive: ``add`` them, then ``commit`` (renamed into
    place; a partition without articles leaves no file, and removes an earlier run's) or ``abort``."""

    def __init__(self, shards: Shards, key: str) -> None:
        self.shards = shards
        self.name = shards.file_name(key)
        folder = Path(shards.directory)
        folder.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        self.count = 0
        self._text = open(self.tmp, "w", encoding="utf-8") if shards.fmt == "jsonl" else None  # noqa: SIM115
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
            self._parquet = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        self._parquet.write_table(pa.Table.from_pylist(self._rows, schema=schema))
        self._rows = []

    def commit(self) -> tuple[str, int]:
        target = Path(self.shards.directory) / self.name
        if self._text is not None:
            self._text.close()
        elif self.count:
            if self._rows:
                self._flush()
            assert self._parquet is not None
            self._parquet.close()
        if not self.count:
            os.unlink(self.tmp)
            target.unlink(missing_ok=True)
            return self.name, 0
        os.chmod(self.tmp, _mode())
        os.replace(self.tmp, target)
        return self.name, self.count

    def abort(self) -> None:
        if self._text is not None:
            self._text.close()
        if self._parquet is not None:
            self._parquet.close()
        Path(self.tmp).unlink(missing_ok=True)
