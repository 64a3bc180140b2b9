"""Readers live in a name -> reader registry; built-ins register the way a plugin would.

A reader has a ``sniff`` that scores how sure it is that a document is its format (0 = not
mine, 100 = certain) from the content first and the file name second, and a ``read`` that turns
the document into articles.  The highest score wins; ``text`` is the fallback at score 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from aiwatch.article import Article
from aiwatch.options import Options


@dataclass
class Document:
    """One input as read from disk or standard input."""

    path: str
    data: bytes
    text: str = ""
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def head(self) -> str:
        return self.text[:4096]


SniffFn = Callable[[Document], int]
ReadFn = Callable[[Document, Options], Iterable[Article]]


@dataclass(frozen=True)
class Reader:
    name: str
    sniff: SniffFn
    read: ReadFn
    binary: bool = False  # reads ``data`` itself (no text decoding first), like WARC


READERS: dict[str, Reader] = {}


def register(name: str, sniff: SniffFn, *, binary: bool = False) -> Callable[[ReadFn], ReadFn]:
    def decorate(read: ReadFn) -> ReadFn:
        READERS[name] = Reader(name, sniff, read, binary)
        return read

    return decorate


def choose_reader(doc: Document, binary_only: bool = False) -> Reader | None:
    best: tuple[int, Reader] | None = None
    for reader in READERS.values():
        if binary_only != reader.binary:
            continue
        score = reader.sniff(doc)
        if score > 0 and (best is None or score > best[0]):
            best = (score, reader)
    return best[1] if best else None


def load_plugin_readers() -> None:
    """Register the readers plugins provide (``Reader`` objects, entry-point group ``aiwatch.readers``);
    the built-ins registered themselves when their modules were imported."""
    from aiwatch.plugins import load_group, log

    for name, value in load_group("readers").items():
        if isinstance(value, Reader):
            READERS.setdefault(name, value)
        elif not (callable(value) and name in READERS):
            log.warning("plugin reader %r is not an aiwatch Reader; skipped", name)
