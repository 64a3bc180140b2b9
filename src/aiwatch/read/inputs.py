"""Expand what the user named (files, directories, globs, ``-``) into documents to read."""

from __future__ import annotations

import glob
import os
import re
import select
import sys
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

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


#: A name that is an address (https://www.thepaper.cn/..., s3://…), not a file: a web page is
#: fetched by the fetcher registered for its scheme (``fetch_url``); a scheme fsspec knows (s3://,
#: gs://, hdfs://, file://, chained ``zip://a.html::file:///x.zip``) is a file system address,
#: listed and opened through fsspec (``expand_url``, ``_file_system_url``).
_URL = re.compile(r"^[a-z][a-z0-9+.-]+://", re.IGNORECASE)


def read_standard_input(most: int) -> bytes:
    """Up to ``most`` bytes of standard input, waking twice a second while it is silent.

    A process signal (SIGTERM from ``kill``) may be taken by any thread that does not block it,
    and the native threads of the numerical libraries do not: a plain ``read`` in the main thread
    then never returns to the interpreter, so the handler that unwinds the run never runs, and an
    extract reading a pipe that stays open hung until killed.  ``select`` with a timeout brings
    the main thread back often enough for the handler to run."""
    stream = sys.stdin.buffer
    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # replaced by an in-memory stream (tests, embedding)
        return stream.read(most)
    chunks: list[bytes] = []
    size = 0
    while size < most:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        chunk = os.read(fd, min(1 << 20, most - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def megabytes(size: int) -> str:
    """``52428800`` -> ``50.0 MB``: sizes in messages are read by people."""
    return f"{size / 1024 / 1024:.1f} MB"


@dataclass(frozen=True)
class Input:
    """A named input: a path on disk, a file on an fsspec file system (``remote``, its URL: s3://,
    gs://, an archive's member), or ``-`` for standard input (``data`` once read).

    A remote input travels as its URL, and the process that reads it (a Dask worker on another
    machine) opens it there: the bytes never pass through the client."""

    name: str
    path: Path | None
    data: bytes | None = field(default=None, repr=False, compare=False)
    url: str | None = None  # a fetched page (``aiwatch ingest https://…``): where it came from
    charset: str | None = None  # and the charset its HTTP header declared
    remote: str | None = None  # an fsspec URL

    @property
    def stored(self) -> bool:
        """A file that can be opened again, sized and read in ranges (not stdin, not a fetched page)."""
        return self.path is not None or self.remote is not None

    def buffered(self, limit: int) -> Input:
        """Standard input read now, in this process: a worker process has no stdin of ours
        (multiprocessing gives it /dev/null), so ``-`` with ``--jobs 2`` came out empty."""
        if self.stored or self.data is not None:
            return self
        return Input(self.name, None, read_standard_input(limit + 1))

    def size(self) -> int:
        """The file's size in bytes (OSError when it cannot be reached)."""
        if self.remote is not None:
            return _remote_call(self, lambda fs, path: fs.size(path))
        assert self.path is not None
        return self.path.stat().st_size

    def open(self) -> IO[bytes]:
        """The file opened for reading bytes, seekable (OSError when it cannot be opened)."""
        if self.remote is not None:
            return _remote_call(self, lambda fs, path: fs.open(path, "rb"))
        assert self.path is not None
        return self.path.open("rb")

    def fingerprint(self) -> tuple[str, int]:
        """What tells a remote file's versions apart without reading it (``ingest`` skips an
        unchanged input): fsspec's checksum of its listing (size, ETag or modification time)."""
        size, checksum = _remote_call(self, lambda fs, path: (fs.size(path), fs.checksum(path)))
        return f"fsspec:{checksum:x}", int(size or 0)

    def read_bytes(self, limit: int) -> bytes:
        if self.data is not None:
            data = self.data
        elif self.remote is not None:
            try:
                size = self.size()
                if size > limit:
                    raise AiwatchError("E104", self.name, size=megabytes(size), limit=megabytes(limit))
                with self.open() as stream:
                    data = stream.read(limit + 1)
            except AiwatchError:
                raise
            except FileNotFoundError:
                raise AiwatchError("E100", self.name, detail="no such file") from None
            except OSError as exc:
                raise AiwatchError("E100", self.name, detail=exc.strerror or str(exc)) from None
        elif self.path is None:
            data = read_standard_input(limit + 1)
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


def _remote_call(source: Input, call):
    """``call(fs, path)`` on the input's fsspec file system (made here, in the process that reads:
    an archive that is gone by then fails this input, not the worker): what its back end raises
    (botocore, gcsfs, an archive reader) comes out as an OSError, which the readers turn into E100."""
    try:
        assert source.remote is not None
        return call(*_filesystem(source.remote))
    except OSError:
        raise
    except Exception as exc:
        raise OSError(f"{type(exc).__name__}: {exc}") from None


#: Chained file systems (``zip://…::s3://…``: an archive's members) made in this process, newest
#: last.  fsspec does not keep them (an open file of the archive would be closed under its reader
#: once the file system is collected) and making one reads the archive's index again.
_CHAINED: dict[str, object] = {}
CHAINED_KEPT = 4


def _filesystem(url: str):
    """``(file system, path)`` for an fsspec URL."""
    import fsspec

    if "::" not in url:
        return fsspec.core.url_to_fs(url)  # fsspec keeps these itself
    head, chain = url.split("::", 1)
    protocol = head.split("://", 1)[0]
    key = f"{protocol}::{chain}"
    fs = _CHAINED.pop(key, None)
    if fs is None:
        fs, _ = fsspec.core.url_to_fs(f"{protocol}://::{chain}")
    _CHAINED[key] = fs
    while len(_CHAINED) > CHAINED_KEPT:
        _CHAINED.pop(next(iter(_CHAINED)))
    return fs, fs._strip_protocol(head)


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
        if _URL.match(name) and not _file_system_url(name):
            yield fetch_url(name)
            continue
        if _URL.match(name):
            for item in expand_url(name):
                if isinstance(item, AiwatchError) or item.path is None or not mine.skips(item.path):
                    yield item
            continue
        for item in _expand_one(name):
            if isinstance(item, AiwatchError) or not mine.skips(item.path):
                yield item


#: Schemes that stay addresses to fetch even though fsspec has a file system for them.
_FETCHED = {"http", "https", "ftp"}


def _file_system_url(name: str) -> bool:
    """Whether ``name`` is listed and read through fsspec: its scheme is one fsspec knows (its
    package installed or not: a missing one is named by ``expand_url``), not a web address, and no
    installed fetcher (``aiwatch.fetchers``) claims it."""
    scheme = name.split(":", 1)[0].lower()
    if scheme in _FETCHED:
        return False
    try:
        from fsspec.registry import known_implementations, registry
    except ImportError:
        return False
    if scheme not in known_implementations and scheme not in registry:
        return False
    from aiwatch.plugins import load_group

    return scheme not in load_group("fetchers")


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
    else:
        yield AiwatchError("E105", name)


def expand_url(name: str) -> Iterator[Input | AiwatchError]:
    """The files an fsspec URL names: one file, every file under a folder (as a folder is walked:
    hidden ones and non-documents skipped) or a glob's matches, in a stable order.  ``file://`` is
    this machine's (or the shared storage's) file system: its files are plain paths, remembered by
    ``ingest`` as the same inputs as when named without the URL.  A protocol whose package is not
    installed (s3:// without s3fs) is an error naming the URL and the package."""
    protocol = name.split("://", 1)[0].lower()
    try:
        import fsspec
        from fsspec.implementations.local import LocalFileSystem
    except ImportError:
        yield AiwatchError("E100", name, detail="reading URLs needs fsspec (pip install 'aiwatch[dask]')")
        return
    try:
        fs, path = fsspec.core.url_to_fs(name)
    except ImportError as exc:
        yield AiwatchError("E100", name, detail=f"{protocol}:// needs a package that is not installed ({exc})")
        return
    except Exception as exc:  # unknown protocol (ValueError), bad options, a chained archive that is not one
        yield AiwatchError("E100", name, detail=f"{type(exc).__name__}: {exc}")
        return
    chain = name.split("::", 1)[1] if "::" in name else None
    local = isinstance(fs, LocalFileSystem) and chain is None
    try:
        if glob.has_magic(path):
            files = []
            for match in sorted(fs.glob(path)):
                files.extend(_remote_walk(fs, match) if fs.isdir(match) else [match])
            missing = "E106"
        elif fs.isdir(path):
            files, missing = _remote_walk(fs, path), "E106"
        else:
            files, missing = ([path] if fs.exists(path) else []), "E105"
    except Exception as exc:  # the back end's own errors (no credentials, no network, no bucket)
        yield AiwatchError("E100", name, detail=f"cannot list: {type(exc).__name__}: {exc}")
        return
    if not files:
        yield AiwatchError(missing, name)
    for file in files:
        if local:
            yield Input(display_name(file), Path(file))
        else:
            label = fs.unstrip_protocol(file)
            url = f"{label}::{chain}" if chain else label
            yield Input(url, None, remote=url)


def _remote_walk(fs, root: str) -> list[str]:
    """Files under ``root`` on an fsspec file system, skipped as ``_walk`` skips local ones."""
    root = root.rstrip("/")
    found = []
    for file in sorted(fs.find(root)):
        parts = file[len(root) :].strip("/").split("/")
        if any(part.startswith(".") for part in parts[:-1]) or _skipped(parts[-1]):
            continue
        found.append(file)
    return found
