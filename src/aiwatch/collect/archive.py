"""Raw responses archived as WARC, so any fetched article can be processed again offline.

One ``.warc.gz`` file per process (rotated at ``max_bytes``), in a folder beside the corpus
(``corpus.db`` → ``corpus.warc/``).  Every record is one gzip member, flushed and synced before
the article it gave is committed to the corpus: a daemon killed with -9 leaves at worst the last
record cut short, never an article whose raw page is missing.  ``aiwatch ingest corpus.warc/``
reads the folder back through the WARC reader.

Three kinds of record: ``response`` for every page and source answer as it came over the wire;
the source answers (feeds, sitemaps, list pages) carry ``WARC-Aiwatch-Listing: yes`` so the
reader does not take a list page for an article; and a ``resource`` record (text/html) for each
feed entry that carries a whole article, written as the page the collector analysed
(``adapter.entry_page``), so a rebuild gives the same article.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from aiwatch.collect.http import Response
from aiwatch.read.warc import LISTING_HEADER  # the reader skips what this marks

#: Headers that describe the bytes on the wire, not the decompressed body we keep.
_WIRE_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


def archive_dir_for(db: str | None) -> Path:
    """``corpus.db`` → ``corpus.warc``; a PostgreSQL corpus archives under ``./aiwatch.warc``."""
    from aiwatch.store.db import resolve_url

    url = resolve_url(db)
    if url.startswith("sqlite:///"):
        path = Path(url.split(":///", 1)[1])
        return path.with_name(path.stem + ".warc")
    return Path("aiwatch.warc").resolve()


class Archive:
    """Appends response records to the current WARC file; thread-safe."""

    def __init__(self, folder: Path, max_bytes: int = 512 * 1024 * 1024) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.lock = threading.Lock()
        self.stream: io.BufferedWriter | None = None
        self.path: Path | None = None
        self.sequence = 0

    def _open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.sequence += 1
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self.path = self.folder / f"aiwatch-{stamp}-{os.getpid()}-{self.sequence:03d}.warc.gz"
        self.stream = self.path.open("ab")

    def write(self, response: Response, listing: bool = False) -> str:
        """Archive one response; returns the WARC file's name for the page's row.  ``listing``:
        a source's answer (a feed, a list page), not an article."""
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
        headers.append(("Content-Length", str(len(response.content))))
        reason = f"{response.status} {'OK' if response.status == 200 else 'Response'}"
        http_headers = StatusAndHeaders(reason, headers, protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": response.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")}
        if listing:
            warc_headers[LISTING_HEADER] = "yes"
        return self._append(response.url, "response", response.content, warc_headers, http_headers=http_headers)

    def write_page(self, url: str, page: bytes) -> str:
        """Archive a page aiwatch made (a full-text feed entry as HTML) as a ``resource`` record."""
        warc_headers = {"WARC-Date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
        return self._append(url, "resource", page, warc_headers, warc_content_type="text/html; charset=utf-8")

    def _append(self, url: str, kind: str, payload: bytes, warc_headers: dict[str, str], **record_args) -> str:
        with self.lock:
            if self.stream is None or (self.path is not None and self.stream.tell() > self.max_bytes):
                self.close()
                self._open()
            assert self.stream is not None and self.path is not None
            writer = WARCWriter(self.stream, gzip=True)
            record = writer.create_warc_record(
                url, kind, payload=io.BytesIO(payload), warc_headers_dict=warc_headers, **record_args
            )
            writer.write_record(record)
            self.stream.flush()
            os.fsync(self.stream.fileno())
            return self.path.name

    def close(self) -> None:
        with contextlib.suppress(OSError):
            if self.stream is not None:
                self.stream.close()
        self.stream = None
