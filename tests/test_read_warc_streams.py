"""WARC archives gzipped whole, and records cut inside their header (issue 10, item 9)."""

from __future__ import annotations

import gzip
import re

import pytest
from typer.testing import CliRunner

from aiwatch.article import Article
from aiwatch.cli import app
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import expand_inputs, read_bytes, read_input
from conftest import EXAMPLES

ARCHIVE = EXAMPLES / "warc/crawl.warc.gz"


def plain_warc() -> bytes:
    return gzip.decompress(ARCHIVE.read_bytes())  # every member, one after the other


def articles_and_errors(items) -> tuple[list[Article], list[AiwatchError]]:
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, AiwatchError)]


def test_a_warc_gzipped_as_one_whole_file_is_read():
    whole = gzip.compress(plain_warc())  # `gzip crawl.warc`: one member holding every record
    articles, errors = articles_and_errors(read_bytes(whole, "whole.warc.gz", Options(analyze=False)))
    # before: 0 articles and warcio's 9-line "non-chunked gzip file" message
    assert len(articles) == 2 and errors == []


def test_a_large_warc_gzipped_whole_streams(tmp_path):
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(plain_warc()))
    options = Options(analyze=False, max_bytes=2000)  # the archive is over --max-mb, each page under it: streamed
    [source] = list(expand_inputs([str(path)]))
    articles, errors = articles_and_errors(read_input(source, options))
    assert len(articles) == 2 and errors == []


def cut_in_last_header(data: bytes) -> bytes:
    last = [m.start() for m in re.finditer(rb"WARC/1\.", data)][-1]
    header_end = data.index(b"\r\n\r\n", last)
    return data[: (last + header_end) // 2]


@pytest.mark.parametrize("compress", [False, True])
def test_a_record_cut_inside_its_header_is_reported(compress):
    data = cut_in_last_header(plain_warc())
    data = gzip.compress(data) if compress else data
    articles, errors = articles_and_errors(read_bytes(data, "cut.warc", Options(analyze=False)))
    assert len(articles) >= 1  # what came before the cut is kept
    assert [e.code for e in errors] == ["E109"]  # before: dropped silently, exit 0
    assert "record header" in errors[0].reason


def test_the_cli_exits_1_on_a_cut_warc(tmp_path):
    path = tmp_path / "cut.warc"
    path.write_bytes(cut_in_last_header(plain_warc()))
    result = CliRunner().invoke(app, ["extract", str(path), "--no-analyze"])
    assert result.exit_code == 1
    assert re.search(r"^E109 .*cut\.warc: truncated input \(WARC cut inside a record header", result.stderr, re.M)


def test_an_intact_plain_warc_has_no_error():
    articles, errors = articles_and_errors(read_bytes(plain_warc() + b"\r\n\r\n", "ok.warc", Options(analyze=False)))
    assert len(articles) == 2 and errors == []


