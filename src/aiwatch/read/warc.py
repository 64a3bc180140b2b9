"""WARC archives (``.warc``, ``.warc.gz``): every HTML response becomes an article.

So does an HTML ``resource`` record (a page kept without its HTTP exchange: aiwatch's collector
keeps each full-text feed entry so), and a ``conversion`` record's text (the page as a crawler
converted it to plain text).  A response marked ``WARC-Aiwatch-Listing`` is a watched
source's own answer, a list page of links, and is not read as an article.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import re
import zlib
from collections.abc import Generator, Iterable, Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read.decode import canonical_encoding, decode_bytes
from aiwatch.read.html import page_to_article
from aiwatch.read.inputs import megabytes
from aiwatch.read.registry import Document, register

#: A watched source's own answer (a feed, a list page) in aiwatch's archives: not an article.
LISTING_HEADER = "WARC-Aiwatch-Listing"


def _head(data: bytes) -> bytes:
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data[:65536])) as stream:
                return stream.read(64)
        except (OSError, EOFError, zlib.error):  # corrupt deflate data: not an archive we can read
            return b""
    return data[:64]


def sniff_warc(doc: Document) -> int:
    return 99 if _head(doc.data).lstrip().startswith(b"WARC/") else 0


def _charset(content_type: str | None) -> str | None:
    if content_type and "charset=" in content_type.lower():
        return canonical_encoding(content_type.lower().split("charset=")[-1].split(";")[0].strip("\"' "))
    return None


def _gzip_cut(data: bytes) -> bool:
    """True when the last gzip member of ``data`` has no end (warcio reads what it can and stops)."""
    view, pos, step = memoryview(data), 0, 1 << 16
    while data[pos : pos + 2] == b"\x1f\x8b":
        inflater = zlib.decompressobj(31)
        while not inflater.eof and pos < len(data):
            try:
                inflater.decompress(view[pos : pos + step])  # the output is not needed
            except zlib.error:
                return True
            pos += step
        if not inflater.eof:
            return True
        pos = min(pos, len(data)) - len(inflater.unused_data)
    return False


class _Counted:
    """The archive's bytes as warcio reads them, counted, with the error that stopped them: warcio
    takes an EOFError while reading a record for the end of the archive, so a record cut inside
    its header (or a gzip stream cut mid-member) used to vanish without a word."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.total = 0
        self.broken: Exception | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            data = self.stream.read(size)
        except (EOFError, OSError, zlib.error) as exc:
            self.broken = exc
            raise
        self.total += len(data)
        return data


def _uncompressed(stream: IO[bytes]) -> IO[bytes]:
    """A gzipped archive read through one decompressor, member after member: a WARC gzipped whole
    (``gzip crawl.warc``) is one member holding every record, which warcio refuses ("non-chunked
    gzip file"); record-per-member archives read the same way."""
    if hasattr(stream, "peek"):
        head = stream.peek(2)[:2]
    else:
        position = stream.tell()
        head = stream.read(2)
        stream.seek(position)
    return gzip.GzipFile(fileobj=stream) if head == b"\x1f\x8b" else stream


def _cut_short(record) -> bool:
    """warcio stops quietly at the end of a cut archive; a record with bytes still owed was cut."""
    record.raw_stream.read()  # skip what was not read (request records, non-HTML payloads)
    return getattr(record.raw_stream, "limit", 0) > 0


def iter_archive(
    stream: IO[bytes], path: str, limit: int, first: int = 1
) -> Generator[Article | AiwatchError, None, int | None]:
    """Articles from the HTML responses of an open archive, numbered from ``first`` (a range of a
    big archive starts where the earlier ranges stopped); returns the last number given, or None
    when the archive broke off (the error is already yielded).  Reads one record at a time, so an
    archive of any size streams; a single payload over ``limit`` bytes is refused on its own."""
    number, misframed = first - 1, 0
    counted = _Counted(_uncompressed(stream))
    try:
        archive = ArchiveIterator(counted)
        records = iter(archive)
        while True:
            # warcio writes "WARNING: Record not followed by newline" straight to stderr; the user
            # gets one line naming the file instead (below), so its text is caught here.
            sink = io.StringIO()
            with contextlib.redirect_stderr(sink):
                record = next(records, None)
            misframed += "WARNING" in sink.getvalue()
            if record is None:
                break
            content_type = _html_type(record)
            if content_type is None:
                if _cut_short(record):
                    yield AiwatchError("E109", path, detail=f"WARC cut short after HTML record {number}")
                    return None
                continue
            number += 1
            where = f"{path}#{number}"
            payload = record.content_stream().read(limit + 1)
            if len(payload) > limit:
                yield AiwatchError("E104", where, size=f"more than {megabytes(limit)}", limit=megabytes(limit))
            if _cut_short(record):
                yield AiwatchError("E109", where, detail=f"WARC record cut short ({len(payload)} bytes of payload)")
                return None
            if len(payload) > limit:
                continue
            try:
                yield _response_to_article(record, payload, content_type, where)
            except AiwatchError as exc:
                yield exc.with_path(where)
    except (EOFError, OSError, zlib.error) as exc:
        yield AiwatchError("E109", path, detail=f"WARC stops after record {number}: {exc}")
        return None
    except (ArchiveLoadFailed, ValueError) as exc:  # a record that does not parse: not a cut
        yield AiwatchError("E108", path, kind="WARC", detail=f"after record {number}: {exc}".strip())
        return None
    except Exception as exc:
        # warcio trusts its input: a corrupt header line ends in AttributeError or KeyError
        # deep inside it (found by fuzzing the examples).  The archive is reported, not the bug.
        yield AiwatchError("E108", path, kind="WARC", detail=f"after record {number}: {type(exc).__name__}: {exc}")
        return None
    if counted.broken is not None:
        yield AiwatchError("E109", path, detail=f"WARC cut short after HTML record {number}: {counted.broken}")
        return None
    if counted.total > archive.offset:
        unread = counted.total - archive.offset
        yield AiwatchError(
            "E109", path, detail=f"WARC cut inside a record header ({unread} bytes after HTML record {number})"
        )
        return None
    if misframed:
        detail = f"{misframed} record(s) with a wrong Content-Length; the records that could be read are kept"
        yield AiwatchError("E108", path, kind="WARC", detail=detail)
    return number


def _html_type(record) -> str | None:
    """The Content-Type of a record to read as an article, or None for any other record."""
    if record.rec_headers.get_header(LISTING_HEADER):
        return None
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    elif record.rec_type == "conversion":
        # the page's text as a crawler converted it: read as the plain text it is
        content_type = record.rec_headers.get_header("Content-Type") or ""
        return content_type if content_type.lower().startswith("text/") else None
    else:
        return None
    return content_type if "html" in content_type.lower() else None


@register("warc", sniff_warc, binary=True)
def read_warc(doc: Document, options: Options) -> Iterable[Article | AiwatchError]:
    number = yield from iter_archive(io.BytesIO(doc.data), doc.path, options.max_bytes)
    if number is None:
        return
    if _gzip_cut(doc.data):
        yield AiwatchError("E109", doc.path, detail=f"gzip stream cut short after HTML record {number}")
    elif number == 0:
        yield AiwatchError("E107", doc.path, detail="no HTML responses in the archive")


def stream_warc(stream: IO[bytes], path: str, options: Options) -> Iterator[Article | AiwatchError]:
    """An archive larger than ``--max-mb``, read record by record from the open file."""
    number = yield from iter_archive(stream, path, options.max_bytes)
    if number == 0:
        yield AiwatchError("E107", path, detail="no HTML responses in the archive")


def _response_to_article(record, payload: bytes, content_type: str, path: str) -> Article:
    url = record.rec_headers.get_header("WARC-Target-URI")
    text = decode_bytes(payload, path, declared=_charset(content_type))[0]
    if "html" in content_type.lower():
        article = page_to_article(text, path, url, fmt="warc")
    else:  # a conversion record's plain text: the text reader's article, with the record's address
        article = Article(path=path, format="warc", raw=text, raw_kind="text")
        if url:
            article.hints["url"] = url
    crawled = record.rec_headers.get_header("WARC-Date")
    if crawled:
        article.hints["crawled"] = crawled
    return article


# A big archive cut into ranges (``--engine dask``): the client cuts it every ``--max-mb`` bytes
# without reading it; a worker finds the first record at or after its cut (a candidate found by
# its bytes, checked by parsing a record there), then walks the records from it, each to the next
# by its length as warcio reads them, counting the HTML ones, up to the first record at or after
# the next cut: where the next range starts.  The walk is exact; the search is only a guess, which
# the client checks against the previous range's walk before using a range (see dask_engine).

_RECORD_START = re.compile(rb"(?:^|\n)WARC/1\.[01]\r?\n")
_GZIP_MEMBER = b"\x1f\x8b\x08"
_SEARCH_CHUNK = 1 << 20


def _is_record_start(stream: IO[bytes], offset: int) -> bool:
    """Whether a WARC record (or the gzip member holding one) parses at ``offset``."""
    stream.seek(offset)
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            record = next(iter(ArchiveIterator(stream)), None)
        return record is not None and bool(record.rec_headers.get_header("WARC-Record-ID"))
    except Exception:  # anything warcio trips on: not a record start
        return False


def find_record(stream: IO[bytes], position: int, end: int) -> int | None:
    """The offset of the first record (or gzip member) that parses at or after ``position`` and
    before ``end``; None when none does (a record bigger than the range, or a WARC gzipped whole)."""
    stream.seek(0)
    gzipped = stream.read(2) == b"\x1f\x8b"
    offset = position
    while offset < end:
        stream.seek(offset)
        chunk = stream.read(min(_SEARCH_CHUNK, end - offset) + 16)
        if not chunk:
            break
        if gzipped:
            candidates = []
            at = chunk.find(_GZIP_MEMBER)
            while 0 <= at < min(_SEARCH_CHUNK, end - offset):
                candidates.append(at)
                at = chunk.find(_GZIP_MEMBER, at + 1)
        else:
            candidates = []
            for match in _RECORD_START.finditer(chunk):
                at = match.start() + (chunk[match.start()] == 0x0A)  # past the newline before it
                if at < min(_SEARCH_CHUNK, end - offset) and (at > 0 or offset == 0 or _after_line(stream, offset)):
                    candidates.append(at)
        for at in candidates:
            if _is_record_start(stream, offset + at):
                return offset + at
        offset += _SEARCH_CHUNK
    return None


def _after_line(stream: IO[bytes], offset: int) -> bool:
    stream.seek(offset - 1)
    return stream.read(1) == b"\n"


def scan_range(stream: IO[bytes], cut: int, next_cut: int, size: int) -> tuple[int | None, int, int, bool]:
    """``(start, end, html records, clean)`` for the part of an archive cut at ``cut`` and
    ``next_cut``: its first record's offset (None: no record begins in it), the offset of the
    first record at or after ``next_cut`` (``size`` at the end), how many records between them
    ``iter_archive`` numbers, and whether warcio read them without a complaint (if not, the client
    reads the rest of the archive in one task, as a local run does)."""
    start = 0 if cut == 0 else find_record(stream, cut, next_cut)
    if start is None:
        return None, 0, 0, True
    stream.seek(start)
    count, end, sink = 0, size, io.StringIO()
    try:
        with contextlib.redirect_stderr(sink):
            archive = ArchiveIterator(stream)
            for record in archive:
                offset = archive.get_record_offset()
                if offset >= next_cut:
                    end = offset
                    break
                count += _html_type(record) is not None
                if end == size and _cut_short(record):
                    return start, size, count, False
    except Exception:  # a broken archive: read as a local run reads it
        return start, size, count, False
    return start, end, count, "WARNING" not in sink.getvalue()


def read_range(
    stream: IO[bytes], path: str, first: int, last: bool, options: Options
) -> Iterator[Article | AiwatchError]:
    """The records of one range of a big archive, numbered from ``first``: what ``stream_warc``
    gives for them reading the whole archive (``last``: the range that ends it)."""
    number = yield from iter_archive(stream, path, options.max_bytes, first)
    if last and number == 0:
        yield AiwatchError("E107", path, detail="no HTML responses in the archive")
