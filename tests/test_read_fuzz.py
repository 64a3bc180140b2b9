"""Damaged input never escapes the readers as an exception: it becomes an error naming the file.

The three files in ``data/fuzz/`` are damaged copies of the examples that once crashed the whole
run (zlib errors while sniffing a gzip head, warcio's AttributeError on a corrupt header).
"""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import DATA, EXAMPLES

SAMPLES = [p.read_bytes() for p in sorted(EXAMPLES.rglob("*")) if p.is_file() and p.name != "README.md"]


def read_all(data: bytes, path: str = "damaged") -> list[Article | AiwatchError]:
    items = list(read_bytes(data, path, Options(analyze=False)))
    assert items and all(isinstance(i, Article | AiwatchError) for i in items)
    return items


def test_a_record_that_does_not_parse_is_malformed_not_truncated() -> None:
    raw = gzip.decompress((EXAMPLES / "warc/crawl.warc.gz").read_bytes())
    head, sep, rest = raw.partition(b"WARC-Type: response")
    damaged = head + sep + rest.replace(b"Content-Length: 1585", b"Content-Length: 1500", 1)
    errors = [i for i in read_all(damaged, "crawl.warc") if isinstance(i, AiwatchError)]
    assert [e.code for e in errors] == ["E108"]


@pytest.mark.parametrize("case", sorted((DATA / "fuzz").iterdir()), ids=lambda p: p.name)
def test_damaged_files_that_once_crashed(case: Path) -> None:
    errors = [i for i in read_all(case.read_bytes(), case.name) if isinstance(i, AiwatchError)]
    assert errors and all(e.path.startswith(case.name) for e in errors)


def test_seeded_mutations_of_the_examples() -> None:
    rnd = random.Random(20261123)
    for _ in range(150):
        data = bytearray(rnd.choice(SAMPLES))
        kind = rnd.randrange(4)
        if kind == 0:
            data = data[: rnd.randrange(len(data) + 1)]
        elif kind == 1:
            for _ in range(rnd.randint(1, 20)):
                data[rnd.randrange(len(data))] = rnd.randrange(256)
        elif kind == 2:
            start, end = sorted(rnd.randrange(len(data)) for _ in range(2))
            del data[start:end]
        else:
            data = bytearray(gzip.compress(bytes(data))[: rnd.randrange(10, 2000)])
        if bytes(data).strip():
            read_all(bytes(data))


def test_wrong_content_length_is_one_error_and_no_library_noise(capsys: pytest.CaptureFixture[str]) -> None:
    raw = gzip.decompress((EXAMPLES / "warc/crawl.warc.gz").read_bytes())
    # Declare the first response one line ("</body></html>\n") shorter than it is: warcio reads on
    # but prints a warning of its own to stderr.
    head, sep, rest = raw.partition(b"WARC-Type: response")
    damaged = head + sep + rest.replace(b"Content-Length: 1585", b"Content-Length: 1570", 1)
    items = read_all(damaged, "crawl.warc")
    errors = [i for i in items if isinstance(i, AiwatchError)]
    assert len(errors) == 1 and "wrong Content-Length" in errors[0].reason
    assert capsys.readouterr().err == ""
