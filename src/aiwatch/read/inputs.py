"""Expand what the user named (files, directories, globs, ``-``) into documents to read."""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from aiwatch.errors import AiwatchError
from aiwatch.read.decode import guess_chinese

#: Files skipped while walking a directory: hidden files, our own outputs, obvious non-documents.
_SKIP_SUFFIXES = {
    ".db",
    ".sqlite",
    ".pyc",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".ico",
    ".pdf",
    ".zip",
    ".woff",
    ".woff2",
    ".ttf",
    ".mp3",
    ".mp4",
    ".css",
    ".js",
    ".parquet",
    ".py",
}
#: Project files that sit beside documents (``examples/README.md``) but are not news; they are
#: skipped only while walking a directory: naming one explicitly still reads it.
_SKIP_STEMS = {"readme", "license", "licence", "changelog", "copying", "makefile"}


#: A name that is an address (https://www.thepaper.cn/..., ftp://…), not a file: reading it is
#: fetching it, by the fetcher registered for its scheme (``fetch_url``).
_URL = re.compile(r"^[a-z][a-z0-9+.-]+://", re.IGNORECASE)


def megabytes(size: int) -> str:
    """``52428800`` -> ``50.0 MB``: sizes in messages are read by people."""
    return f"{size / 1024 / 1024:.1f} MB"


@dataclass(frozen=True)
class Input:
    """A named input: a path on disk, or ``-`` for standard input (``data`` once read)."""

    name: str
    path: Path | None
    data: bytes | None = field(default=None, repr=False, compare=False)
    url: str | None = None  # a fetched page (``aiwatch ingest https://…``): where it came from
    charset: str | None = None  # and the charset its HTTP header declared

    def buffered(self, limit: int) -> Input:
        """Standard input read now, in this process: a worker process has no stdin of ours
        (multiprocessing gives it /dev/null), so ``-`` with ``--jobs 2`` came out empty."""
        if self.path is not None or self.data is not None:
            return self
        return Input(self.name, None, sys.stdin.buffer.read(limit + 1))

    def read_bytes(self, limit: int) -> bytes:
        if self.data is not None:
            data = self.data
        elif self.path is None:
            data = sys.stdin.buffer.read(limit + 1)
        else:
            try:
                size = self.path.stat().st_size
                if size > limit:
                    raise AiwatchError("E104", self.name, size=megabytes(size), limit=megabytes(limit))
                data = self.path.read_bytes()
            except AiwatchError:
                raise
            except IsADirectoryError:
                raise AiwatchError("E100", self.name, detail="is a directory") from None
            except FileNotFoundError:
                raise AiwatchError("E100", self.name, detail=_missing_reason(self.path)) from None
            except OSError as exc:
                raise AiwatchError("E100", self.name, detail=exc.strerror or str(exc)) from None
        if len(data) > limit:
            raise AiwatchError("E104", self.name, size=f"more than {megabytes(limit)}", limit=megabytes(limit))
        return data


def display_name(name: str) -> str:
    """The name as text that can be written out.  Archives unpacked from Chinese Windows leave
    GBK file names, which Python holds as lone surrogates (人工智能 -> '\\udcc8\\udcb9...'); JSON
    output cannot carry them, and writing one crashed the run.  They are shown decoded."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(name)
    encoding = guess_chinese(raw)
    return raw.decode(encoding, errors="replace") if encoding else raw.decode("utf-8", errors="backslashreplace")


def _missing_reason(path: Path) -> str:
    """A dangling symlink is "not found" too, but the user needs to know which end is missing."""
    if path.is_symlink():
        return f"broken symbolic link to {os.readlink(path)}"
    return "no such file or directory"


def _skipped(name: str) -> bool:
    path = Path(name)
    return name.startswith(".") or path.suffix.lower() in _SKIP_SUFFIXES or path.stem.lower() in _SKIP_STEMS


def _walk(root: Path) -> Iterator[Path | AiwatchError]:
    """Files under ``root`` in a stable order; a directory that cannot be listed (no permission)
    is an error line, not a silent gap in the batch."""
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        yield from _walk_errors(unreadable)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            # A FIFO or socket met while walking would block or fail the read: not a document.
            if _skipped(name) or not (path.is_file() or path.is_symlink()):
                continue
            yield path
    yield from _walk_errors(unreadable)


def _walk_errors(unreadable: list[OSError]) -> Iterator[AiwatchError]:
    while unreadable:
        error = unreadable.pop(0)
        name = display_name(str(error.filename)) if error.filename else "?"
        yield AiwatchError("E100", name, detail=f"cannot list directory: {error.strerror or error}")


Skip = Callable[[str, str], None]


class _Own:
    """The run's own files (the corpus database and its journals, the output being written): they
    sit beside the inputs (``ingest DIR --db DIR/c.db``) but are never read as inputs."""

    def __init__(self, own: Collection[Path], on_skip: Skip | None) -> None:
        self.paths = {_real(path) for path in own}
        self.on_skip = on_skip

    def skips(self, path: Path) -> bool:
        if not self.paths or _real(path) not in self.paths:
            return False
        if self.on_skip is not None:
            self.on_skip(display_name(str(path)), "it is this run's own corpus or output file")
        return True


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return str(path)


def expand_inputs(
    names: list[str], own: Collection[Path] = (), on_skip: Skip | None = None
) -> Iterator[Input | AiwatchError]:
    """Yield inputs in a stable order; a name that matches nothing yields an error, not a stop.
    Files in ``own`` (the corpus, the output) are skipped, each reported to ``on_skip(name, why)``."""
    mine = _Own(own, on_skip)
    for name in names:
        if name == "-":
            yield Input("-", None)
            continue
        if name.startswith(("http://", "https://")):
            yield fetch_url(name)
            continue
        for item in _expand_one(name):
            if isinstance(item, AiwatchError) or not mine.skips(item.path):
                yield item


def fetch_url(url: str) -> Input | AiwatchError:
    """A web address named like a file, fetched by the fetcher registered for its scheme (the
    ``aiwatch.fetchers`` entry points: the collection's polite fetcher for http and https), so
    the readers never import the collection.  Without one, the error says how to fetch it."""
    from aiwatch.plugins import load_group

    fetch = load_group("fetchers").get(url.split(":", 1)[0].lower())
    return fetch(url) if fetch is not None else AiwatchError("E113", url)


def _expand_one(name: str) -> Iterator[Input | AiwatchError]:
    path = Path(name)
    if path.is_dir():
        found = False
        for file in _walk(path):
            found = True  # an unreadable directory is its own error, not also "no documents"
            yield file if isinstance(file, AiwatchError) else Input(display_name(str(file)), file)
        if not found:
            yield AiwatchError("E106", name)
    elif path.exists() or path.is_symlink():
        yield Input(display_name(name), path)
    elif glob.has_magic(name):
        matches = sorted(glob.glob(name, recursive=True))
        files: list[Path | AiwatchError] = [Path(m) for m in matches if Path(m).is_file()]
        for directory in (Path(m) for m in matches if Path(m).is_dir()):
            files.extend(_walk(directory))
        if not files:
            yield AiwatchError("E106", name)
        for file in files:
            yield file if isinstance(file, AiwatchError) else Input(display_name(str(file)), file)
    elif _URL.match(name):
        yield fetch_url(name)  # not "no such file": the user meant the page (E113 without a fetcher)
    else:
        yield AiwatchError("E105", name)
