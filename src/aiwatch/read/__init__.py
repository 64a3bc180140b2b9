"""Readers: any raw document in, articles out.

``read_document`` sniffs the content, decodes it and hands it to the one reader that knows the
format.  Every problem comes back as an ``AiwatchError`` naming the input; nothing is raised past
this point, so one bad file never stops a batch.
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options

# Built-in readers register themselves on import, the way a plugin would.
from aiwatch.read import csvrec, feed, frontmatter, html, jsonrec, mail, record, text, warc  # noqa: F401
from aiwatch.read.decode import decode_document
from aiwatch.read.inputs import Input, expand_inputs, megabytes
from aiwatch.read.registry import READERS, Document, choose_reader, load_plugin_readers

__all__ = ["READERS", "Document", "Input", "RecordRange", "expand_inputs", "read_bytes", "read_input"]

# Then the installed plugins' readers (entry-point group ``aiwatch.readers``).
load_plugin_readers()


def _gunzip(data: bytes, path: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise AiwatchError("E109", path, detail=f"gzip: {exc}") from None
    if len(out) > limit:
        raise AiwatchError("E104", path, size=f"more than {megabytes(limit)} uncompressed", limit=megabytes(limit))
    return out


def read_bytes(
    data: bytes, path: str, options: Options, declared: str | None = None
) -> Iterator[Article | AiwatchError]:
    """Articles (or per-record errors) from one document's bytes; ``declared`` is a charset given
    from outside the document (a fetched page's HTTP ``Content-Type``)."""
    try:
        if not data.strip():
            raise AiwatchError("E101", path)
        doc = Document(path=path, data=data)
        reader = choose_reader(doc, binary_only=True)
        if reader is None and data[:2] == b"\x1f\x8b":
            doc = Document(path=path, data=_gunzip(data, path, options.max_bytes))
        if reader is None:
            doc.text, doc.encoding, doc.warnings = decode_document(doc.data, path, declared)
            if not doc.text.strip():
                raise AiwatchError("E101", path)
            reader = choose_reader(doc)
        assert reader is not None  # the text reader accepts anything
        for item in reader.read(doc, options):
            if isinstance(item, Article) and doc.encoding:
                item.hints.setdefault("encoding", doc.encoding)
                for warning in doc.warnings:
                    item.warn(warning)
            yield item
    except AiwatchError as exc:
        yield exc if exc.path else exc.with_path(path)
    except RecursionError:
        yield AiwatchError("E108", path, kind="document", detail="nested too deeply")
    except (ValueError, TypeError, KeyError, IndexError, UnicodeError, zlib.error, csv.Error) as exc:
        # csv.Error: the CSV sniffer trips on a stray newline in a quote (found by bench/reliability.py)
        yield AiwatchError("E108", path, kind="document", detail=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # a reader bug on odd input must cost one document, not the batch
        yield AiwatchError("E110", path, stage="read", detail=f"{type(exc).__name__}: {exc}")


@dataclass(frozen=True)
class RecordRange:
    """Bytes ``start``-``end`` of a big JSON Lines input or WARC archive (``kind``), whose first
    record is number ``first`` of the file (0: unknown, the count of an earlier range failed);
    ``last``: the range that ends the file.  What one Dask task reads (``--engine dask``)."""

    source: Input
    start: int
    end: int
    first: int = 1
    kind: str = "jsonl"
    last: bool = False

    @property
    def name(self) -> str:
        return self.source.name

    def buffered(self, limit: int) -> RecordRange:
        return self  # a file, never standard input


def read_input(source: Input | RecordRange, options: Options) -> Iterator[Article | AiwatchError]:
    if isinstance(source, RecordRange):
        yield from _read_record_range(source, options)
        return
    try:
        if source.stored and _size(source) > options.max_bytes:
            streamed = _stream_large(source, options)
            if streamed is not None:
                yield from streamed
                return
        data = source.read_bytes(options.max_bytes)
    except AiwatchError as exc:
        yield exc
        return
    for item in read_bytes(data, source.name, options, declared=source.charset):
        if source.url and isinstance(item, Article):
            item.hints.setdefault("url", source.url)
        yield item


def _read_record_range(piece: RecordRange, options: Options) -> Iterator[Article | AiwatchError]:
    if piece.kind == "warc":
        yield from read_warc_range(piece.source, piece.start, piece.end, piece.first, piece.last, options)
    elif piece.first < 1:
        detail = f"records after byte {piece.start} not read: counting an earlier range failed"
        yield AiwatchError("E111", piece.name, detail=detail)
    else:
        yield from read_range(piece.source, piece.start, piece.end, piece.first, options)


def _size(source: Input) -> int:
    """Bytes the document will take once read; for gzip, the uncompressed size its trailer gives
    (modulo 4 GB, last member only: a sign, good enough to choose streaming)."""
    try:
        size = source.size()
        if size >= 18:
            with source.open() as stream:
                if stream.read(2) == b"\x1f\x8b":
                    stream.seek(-4, io.SEEK_END)
                    size = max(size, int.from_bytes(stream.read(4), "little"))
        return size
    except OSError:
        return 0  # read_bytes names the problem


def input_size(source: Input) -> int:
    """Bytes the input will take once read (``_size``; standard input already read: its length)."""
    return _size(source) if source.stored else len(source.data or b"")


def _stream_large(source: Input, options: Options) -> Iterator[Article | AiwatchError] | None:
    """Archives and JSON Lines exports are collections of records: over ``--max-mb`` they are read
    one record at a time instead of refused (a crawl's .warc.gz is often gigabytes).  Any other
    format over the limit is one document, and is refused by ``read_bytes``."""
    try:
        with source.open() as probe:
            head = probe.read(65536)
    except OSError:
        return None  # read_bytes names the problem
    if warc.sniff_warc(Document(source.name, head)):
        return _streaming(source, warc.stream_warc, gzipped=False, options=options)
    gzipped = head[:2] == b"\x1f\x8b"
    if gzipped:
        try:
            # A decompressor object, not GzipFile: the head is cut mid-stream, which GzipFile
            # reports as an error before giving anything back.
            head = zlib.decompressobj(31).decompress(head, 65536)
        except zlib.error:
            return None
    if jsonrec.looks_like_jsonl(head):
        return _streaming(source, jsonrec.stream_jsonl, gzipped=gzipped, options=options)
    return None


def _streaming(source: Input, reader, *, gzipped: bool, options: Options) -> Iterator[Article | AiwatchError]:
    try:
        with source.open() as raw:
            stream = gzip.GzipFile(fileobj=raw) if gzipped else raw
            yield from reader(stream, source.name, options)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield AiwatchError("E109", source.name, detail=f"gzip: {exc}")
    except OSError as exc:
        yield AiwatchError("E100", source.name, detail=exc.strerror or str(exc))
    except Exception as exc:  # as in read_bytes: one document, not the batch
        yield AiwatchError("E110", source.name, stage="read", detail=f"{type(exc).__name__}: {exc}")


def record_ranges(source: Input, options: Options) -> list[tuple[int, int]] | None:
    """Byte ranges of a big JSON Lines file, each starting at a record (a line), about
    ``--max-mb`` each, so that workers read one range each (``aiwatch extract --engine dask``);
    None for anything else.  Only a file the local reader would stream is split (over
    ``--max-mb``, not gzip: a gzip stream cannot be entered in the middle), so the records and
    their numbers (``dump.jsonl#1234``) are the ones a local run gives."""
    if not source.stored or _size(source) <= options.max_bytes:
        return None
    try:
        with source.open() as stream:
            head = stream.read(65536)
            if head[:2] == b"\x1f\x8b" or warc.sniff_warc(Document(source.name, head)):
                return None
            if not jsonrec.looks_like_jsonl(head):
                return None
            size = source.size()
            starts = [0]
            while starts[-1] + options.max_bytes < size:
                stream.seek(starts[-1] + options.max_bytes)
                stream.readline()  # to the end of the record the cut fell in
                if stream.tell() >= size:
                    break
                starts.append(stream.tell())
    except OSError:
        return None  # the reader names the problem
    return list(zip(starts, [*starts[1:], size], strict=True))


def _range_stream(source: Input, start: int, end: int) -> io.BytesIO:
    with source.open() as raw:
        raw.seek(start)
        return io.BytesIO(raw.read(end - start))


def count_range(source: Input, start: int, end: int, options: Options) -> int:
    """How many records the JSON Lines range holds (as ``read_range`` numbers them)."""
    return jsonrec.count_jsonl(_range_stream(source, start, end), options.max_bytes)


def read_range(source: Input, start: int, end: int, first: int, options: Options) -> Iterator[Article | AiwatchError]:
    """The records of one range of a JSON Lines file, numbered from ``first``: what the local
    reader gives for those lines of the whole file."""
    try:
        stream = _range_stream(source, start, end)
    except OSError as exc:
        yield AiwatchError("E100", source.name, detail=exc.strerror or str(exc))
        return
    try:
        yield from jsonrec.stream_jsonl(stream, source.name, options, first)
    except Exception as exc:  # as in read_bytes: one document, not the batch
        yield AiwatchError("E110", source.name, stage="read", detail=f"{type(exc).__name__}: {exc}")


def warc_cuts(source: Input, options: Options) -> list[tuple[int, int]] | None:
    """Byte ranges of a big WARC archive, every ``--max-mb`` bytes (cut anywhere: each worker
    finds the records of its range, ``warc.scan_range``); None for anything else, or an archive a
    local run reads whole (not over ``--max-mb``)."""
    if not source.stored or _size(source) <= options.max_bytes:
        return None
    try:
        with source.open() as stream:
            head = stream.read(65536)
        if not warc.sniff_warc(Document(source.name, head)):
            return None
        size = source.size()
    except OSError:
        return None  # the reader names the problem
    cuts = list(range(0, size, options.max_bytes))
    return list(zip(cuts, [*cuts[1:], size], strict=True))


def scan_warc_range(source: Input, cut: int, next_cut: int) -> tuple[int | None, int, int, bool]:
    """Where the records of a WARC's range start and end, and how many are HTML (read on a worker)."""
    with source.open() as stream:
        return warc.scan_range(stream, cut, next_cut, source.size())


def read_warc_range(
    source: Input, start: int, end: int, first: int, last: bool, options: Options
) -> Iterator[Article | AiwatchError]:
    """The records of one range of a WARC archive, numbered from ``first``; the last range is read
    from its start to the archive's end as a local run streams it (no bound: it may be the rest
    of an archive whose records could not be found by range)."""
    try:
        if last:
            with source.open() as raw:
                raw.seek(start)
                yield from warc.read_range(raw, source.name, first, True, options)
        else:
            yield from warc.read_range(_range_stream(source, start, end), source.name, first, False, options)
    except OSError as exc:
        yield AiwatchError("E100", source.name, detail=exc.strerror or str(exc))
    except Exception as exc:  # as in read_bytes: one document, not the batch
        yield AiwatchError("E110", source.name, stage="read", detail=f"{type(exc).__name__}: {exc}")
