"""WARC archives (``.warc``, ``.warc.gz``): every HTML response becomes an article."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read.decode import canonical_encoding, decode_bytes
from aiwatch.read.html import page_to_article
from aiwatch.read.registry import Document, register


def _head(data: bytes) -> bytes:
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data[:65536])) as stream:
                return stream.read(64)
        except (OSError, EOFError):
            return b""
    return data[:64]


def sniff_warc(doc: Document) -> int:
    return 99 if _head(doc.data).lstrip().startswith(b"WARC/") else 0


def _charset(content_type: str | None) -> str | None:
    if content_type and "charset=" in content_type.lower():
        return canonical_encoding(content_type.lower().split("charset=")[-1].split(";")[0].strip("\"' "))
    return None


@register("warc", sniff_warc, binary=True)
def read_warc(doc: Document, options: Options) -> Iterable[Article | AiwatchError]:
    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(doc.data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            number += 1
            path = f"{doc.path}#{number}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                payload = record.content_stream().read()
                encoding = _charset(content_type)
                try:
                    text = payload.decode(encoding) if encoding else decode_bytes(payload, path)[0]
                except UnicodeDecodeError:
                    text = decode_bytes(payload, path)[0]
                article = page_to_article(text, path, url, fmt="warc")
                crawled = record.rec_headers.get_header("WARC-Date")
                if crawled:
                    article.hints["crawled"] = crawled
                yield article
            except AiwatchError as exc:
                yield exc.with_path(path)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield AiwatchError("E109", doc.path, detail=f"WARC stops after record {number}: {exc}")
    if number == 0:
        yield AiwatchError("E107", doc.path, detail="no HTML responses in the archive")
