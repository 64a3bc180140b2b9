"""Readers: any raw document in, articles out.

``read_document`` sniffs the content, decodes it and hands it to the one reader that knows the
format.  Every problem comes back as an ``AiwatchError`` naming the input; nothing is raised past
this point, so one bad file never stops a batch.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options

# Built-in readers register themselves on import, the way a plugin would.
from aiwatch.read import frontmatter, html, jsonrec, record, text, warc  # noqa: F401
from aiwatch.read.decode import decode_document
from aiwatch.read.inputs import Input, expand_inputs, megabytes
from aiwatch.read.registry import READERS, Document, choose_reader

__all__ = ["READERS", "Document", "Input", "expand_inputs", "read_bytes", "read_input"]


def _gunzip(data: bytes, path: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise AiwatchError("E109", path, detail=f"gzip: {exc}") from None
    if len(out) > limit:
        raise AiwatchError("E104", path, size=f"more than {megabytes(limit)} uncompressed", limit=megabytes(limit))
    return out


def read_bytes(data: bytes, path: str, options: Options) -> Iterator[Article | AiwatchError]:
    """Articles (or per-record errors) from one document's bytes."""
    try:
        if not data.strip():
            raise AiwatchError("E101", path)
        doc = Document(path=path, data=data)
        reader = choose_reader(doc, binary_only=True)
        if reader is None and data[:2] == b"\x1f\x8b":
            doc = Document(path=path, data=_gunzip(data, path, options.max_bytes))
        if reader is None:
            doc.text, doc.encoding, doc.warnings = decode_document(doc.data, path)
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
    except (ValueError, TypeError, KeyError, IndexError, UnicodeError) as exc:
        yield AiwatchError("E108", path, kind="document", detail=f"{type(exc).__name__}: {exc}")


def read_input(source: Input, options: Options) -> Iterator[Article | AiwatchError]:
    try:
        data = source.read_bytes(options.max_bytes)
    except AiwatchError as exc:
        yield exc
        return
    yield from read_bytes(data, source.name, options)
