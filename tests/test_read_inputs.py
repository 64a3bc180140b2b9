"""Inputs: files, directories (recursive), glob patterns, ``-`` for standard input, and what fails."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import Input, expand_inputs, read_input


def names(args: list[str]) -> list[str]:
    return [i.name if isinstance(i, Input) else f"{i.code} {i.path}" for i in expand_inputs(args)]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "b.html").write_text("<p>乙</p>", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.json").write_text('{"title": "丙"}', encoding="utf-8")
    (tmp_path / "sub" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("丁", encoding="utf-8")
    (tmp_path / "README.md").write_text("# 说明", encoding="utf-8")
    return tmp_path


def test_directory_is_walked_recursively_in_stable_order(tree: Path) -> None:
    assert names([str(tree)]) == [str(tree / "a.txt"), str(tree / "sub/b.html"), str(tree / "sub/deeper/c.json")]


def test_named_readme_is_still_read(tree: Path) -> None:
    assert names([str(tree / "README.md")]) == [str(tree / "README.md")]


def test_glob_patterns(tree: Path) -> None:
    assert names([str(tree / "**" / "*.json")]) == [str(tree / "sub/deeper/c.json")]
    assert names([str(tree / "sub" / "*.html"), str(tree / "*.txt")]) == [str(tree / "sub/b.html"), str(tree / "a.txt")]


def test_glob_that_matches_nothing_and_missing_path(tmp_path: Path) -> None:
    assert names([str(tmp_path / "*.warc")]) == [f"E106 {tmp_path / '*.warc'}"]
    assert names([str(tmp_path / "nope.txt")]) == [f"E105 {tmp_path / 'nope.txt'}"]


def test_a_url_is_fetched_not_taken_for_a_missing_file() -> None:
    # A web address is fetched (live collection); one that cannot be reached names the address and
    # why, never "no such file".  Port 1 on the loopback refuses at once, with no network needed.
    url = "http://127.0.0.1:1/news/1.html"
    [error] = list(expand_inputs([url]))
    assert isinstance(error, AiwatchError) and error.code == "E100"
    assert url in error.describe() and "cannot read" in error.describe()
    assert "no such file" not in error.describe()


def test_an_address_no_fetcher_takes_says_how_to_fetch_pages() -> None:
    # http and https come through the aiwatch.fetchers entry points; ftp has no fetcher.
    url = "ftp://example.org/news/1.html"
    [error] = list(expand_inputs([url]))
    assert isinstance(error, AiwatchError) and error.code == "E113"
    assert url in error.describe() and "aiwatch fetch" in error.describe()
    assert "no such file" not in error.describe()


def test_directory_with_no_documents(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.png").write_bytes(b"\x89PNG")
    assert names([str(tmp_path / "empty"), str(tmp_path / "pics")]) == [
        f"E106 {tmp_path / 'empty'}",
        f"E106 {tmp_path / 'pics'}",
    ]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    record = "标题: 甲\n链接: http://a.cn\n总结: 正文。".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(record)))
    (source,) = expand_inputs(["-"])
    (article,) = read_input(source, Options())
    assert (article.path, article.format, article.raw) == ("-", "record", "正文。")


def test_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 2048)))
    (error,) = read_input(Input("-", None), Options(max_bytes=1024))
    assert error.code == "E104" and error.path == "-"


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:  # sparse: 3 MB on paper, nothing on disk
        stream.truncate(3 * 1024 * 1024)
    (error,) = read_input(Input(str(big), big), Options(max_bytes=1024 * 1024))
    assert error.describe() == f"E104 {big}: too large: 3.0 MB, limit 1.0 MB (raise it with --max-mb)"


def test_dangling_symlink_is_named_as_such(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "moved-away.txt")
    # Named directly and met while walking a directory: both reach the reader and fail there.
    assert names([str(link)]) == [str(link)]
    assert names([str(tmp_path)]) == [str(link)]
    (error,) = read_input(Input(str(link), link), Options())
    assert error.code == "E100"
    assert "broken symbolic link" in error.reason and "moved-away.txt" in error.reason


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # We run as root, where chmod 000 does not stop reading; make the read itself fail instead.
    locked = tmp_path / "locked.txt"
    locked.write_text("甲", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (error,) = read_input(Input(str(locked), locked), Options())
    assert error.describe() == f"E100 {locked}: cannot read: Permission denied"


def test_directory_named_as_a_file(tmp_path: Path) -> None:
    (error,) = read_input(Input(str(tmp_path), tmp_path), Options())
    assert error.code == "E100" and "directory" in error.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_in_a_directory_is_not_opened(tmp_path: Path) -> None:
    # Opening a FIFO with no writer blocks for ever: a walk must pass it by.
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    assert names([str(tmp_path)]) == [str(tmp_path / "a.txt")]


def test_errors_are_values_not_exceptions(tmp_path: Path) -> None:
    items = list(expand_inputs([str(tmp_path / "x"), str(tmp_path / "y")]))
    assert all(isinstance(i, AiwatchError) for i in items)


def _dump(tmp_path: Path, count: int, bad_line: int | None = None) -> bytes:
    lines = []
    for number in range(1, count + 1):
        if number == bad_line:
            lines.append('{"title": broken')
            continue
        story = "合肥市每年安排不低于10亿元的通用人工智能产业专项资金。" * 8
        lines.append(json.dumps({"title": f"第{number}条", "content": story}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode()


def test_jsonl_over_the_limit_is_streamed_line_by_line(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_dump(tmp_path, 400, bad_line=7))
    items = list(read_input(Input(str(dump), dump), Options(max_bytes=64 * 1024)))
    assert dump.stat().st_size > 64 * 1024
    errors = [i for i in items if isinstance(i, AiwatchError)]
    assert [e.path for e in errors] == [f"{dump}#7"]
    assert len(items) == 400 and items[-1].path == f"{dump}#400"
    assert items[-1].hints["title"] == "第400条"


def test_gzipped_jsonl_over_the_limit_is_streamed_and_a_cut_is_reported(tmp_path: Path) -> None:
    # gzip's trailer says how large the content is: that, not the file size, chooses streaming.
    packed = gzip.compress(_dump(tmp_path, 400))
    whole, cut = tmp_path / "dump.jsonl.gz", tmp_path / "cut.jsonl.gz"
    whole.write_bytes(packed)
    cut.write_bytes(packed[: len(packed) * 3 // 4])
    options = Options(max_bytes=64 * 1024)  # the files are smaller, the content is not
    assert len(list(read_input(Input(str(whole), whole), options))) == 400
    items = list(read_input(Input(str(cut), cut), options))
    assert items[-1].code == "E109"
    assert 100 < len(items) < 400


def test_large_gzipped_jsonl_is_recognised_from_a_cut_head(tmp_path: Path) -> None:
    # Over 64 KB compressed, so the 64 KB head read to recognise it ends mid-stream.
    import random

    rnd = random.Random(1)
    common = [chr(c) for c in range(0x4E00, 0x9FA5)]
    lines = [
        json.dumps({"title": f"第{n}条", "content": "".join(rnd.choices(common, k=600))}, ensure_ascii=False)
        for n in range(1, 101)
    ]
    dump = tmp_path / "dump.jsonl.gz"
    dump.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    assert dump.stat().st_size > 65536
    items = list(read_input(Input(str(dump), dump), Options(max_bytes=64 * 1024)))
    assert len(items) == 100 and all(not isinstance(i, AiwatchError) for i in items)


def test_one_line_over_the_limit_is_refused_alone(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    huge = json.dumps({"title": "巨", "content": "字" * 40_000}, ensure_ascii=False)
    dump.write_bytes(_dump(tmp_path, 100).replace(b"\n", b"\n" + huge.encode() + b"\n", 1))
    items = list(read_input(Input(str(dump), dump), Options(max_bytes=64 * 1024)))
    assert [i.code for i in items if isinstance(i, AiwatchError)] == ["E104"]
    assert items[1].path == f"{dump}#2" and len(items) == 101


def test_warc_over_the_limit_is_streamed_record_by_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warcio.statusandheaders import StatusAndHeaders

    from aiwatch.read import warc

    streamed = []
    real = warc.stream_warc
    monkeypatch.setattr(warc, "stream_warc", lambda *args: streamed.append(1) or real(*args))
    from warcio.warcwriter import WARCWriter

    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number in range(60):
            page = f"<html><head><title>第{number}页</title></head><body><article>" + (
                "<p>长沙智能制造研究总院与湘江重工集团共建工业大模型联合实验室，首期投入1.2亿元。</p>" * 30
            )
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://a.cn/{number}", "response", payload=io.BytesIO(page.encode()), http_headers=headers
            )
            writer.write_record(record)
    # Every page fits the limit, the archive does not: it is read one record at a time.
    limit = 8 * 1024
    assert archive.stat().st_size > limit
    items = list(read_input(Input(str(archive), archive), Options(max_bytes=limit)))
    assert [i.path for i in items] == [f"{archive}#{n}" for n in range(1, 61)]
    assert streamed == [1]


def test_other_formats_over_the_limit_are_still_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><body>" + "<p>正文</p>".encode() * 20_000)
    (error,) = read_input(Input(str(page), page), Options(max_bytes=64 * 1024))
    assert error.code == "E104"


def test_gbk_file_names_are_shown_decoded(tmp_path: Path) -> None:
    # Unzipped on Linux from a Chinese Windows archive: the name's bytes are GBK, not UTF-8.
    raw = os.path.join(os.fsencode(tmp_path), "人工智能新闻.txt".encode("gbk"))
    with open(raw, "wb") as stream:
        stream.write("标题: 甲\n链接: http://a.cn\n总结: 正文。".encode())
    (source,) = expand_inputs([str(tmp_path)])
    assert source.name == str(tmp_path / "人工智能新闻.txt")
    (article,) = read_input(source, Options())  # the file itself is still found by its real name
    assert article.path == source.name
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")  # writable as UTF-8


# fsspec URLs: file:// is this machine's file system (plain paths, the same inputs as named
# without the URL); other protocols are opened through fsspec, here a zip archive's members
# (``zip://member::file:///archive.zip``), a real fsspec file system that needs no network.


def _zipped(tree: Path, archive: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(archive, "w") as out:
        for path in sorted(tree.rglob("*")):
            if path.is_file():
                out.write(path, path.relative_to(tree).as_posix())
    return archive


def test_a_file_url_names_the_same_inputs_as_the_path(tree: Path) -> None:
    pytest.importorskip("fsspec", reason="fsspec is not installed (it comes with the dask extra)")
    by_url = list(expand_inputs([tree.as_uri()]))
    assert [item.path for item in by_url] == [item.path for item in expand_inputs([str(tree)])]
    assert all(item.remote is None for item in by_url)  # plain local files: ingest remembers them as such
    assert [item.path for item in expand_inputs([(tree / "sub").as_uri() + "/*.html"])] == [tree / "sub/b.html"]
    assert names([(tree / "gone.txt").as_uri()]) == [f"E105 {(tree / 'gone.txt').as_uri()}"]


def test_archive_members_are_read_through_fsspec(tree: Path, tmp_path_factory) -> None:
    pytest.importorskip("fsspec", reason="fsspec is not installed (it comes with the dask extra)")
    archive = _zipped(tree, tmp_path_factory.mktemp("zip") / "tree.zip")
    url = f"zip://::{archive.as_uri()}"
    found = list(expand_inputs([url]))
    # walked as a folder is: the hidden folder, the picture and README.md are skipped
    assert [item.name for item in found] == [f"zip://{member}::{archive.as_uri()}"
                                             for member in ("a.txt", "sub/b.html", "sub/deeper/c.json")]
    read = [item for source in found for item in read_input(source, Options())]
    local = [item for source in expand_inputs([str(tree)]) for item in read_input(source, Options())]
    assert [(article.title, article.raw) for article in read] == [(article.title, article.raw) for article in local]
    assert read[1].path == found[1].name and read[1].raw == "<p>乙</p>"
    assert [item.name for item in expand_inputs([f"zip://sub/*.html::{archive.as_uri()}"])] == [found[1].name]
    # a member over --max-mb is refused by its size, before it is read
    big = read_input(found[0], Options(max_bytes=1))
    assert [error.code for error in big] == ["E104"]


def test_a_url_that_cannot_be_read_is_an_error_naming_it(tree: Path, tmp_path: Path) -> None:
    pytest.importorskip("fsspec", reason="fsspec is not installed (it comes with the dask extra)")
    errors = {item.path: item for item in expand_inputs(["nosuch://bucket/a.warc", f"zip://::{tree.as_uri()}/a.txt"])}
    assert errors["nosuch://bucket/a.warc"].code == "E113"  # neither a file system nor a fetcher knows it
    assert errors[f"zip://::{tree.as_uri()}/a.txt"].code == "E100"  # not a zip archive
    try:
        import s3fs  # noqa: F401
    except ImportError:  # the usual case: S3 needs a package aiwatch does not install
        error = next(expand_inputs(["s3://crawls/2025/CC-MAIN-0001.warc.gz"]))
        assert error.code == "E100" and error.path == "s3://crawls/2025/CC-MAIN-0001.warc.gz"
        assert "s3fs" in error.describe()
    archive = _zipped(tree, tmp_path / "t.zip")
    source = next(expand_inputs([f"zip://a.txt::{archive.as_uri()}"]))
    archive.unlink()  # gone between listing and reading (a worker reads it later)
    assert [item.code for item in read_input(source, Options())] == ["E100"]


def test_a_remote_input_ingested_again_is_not_read_again(tmp_path: Path) -> None:
    pytest.importorskip("fsspec", reason="fsspec is not installed (it comes with the dask extra)")
    from aiwatch.store import open_store
    from aiwatch.store.ingest import Ingest

    examples = Path(__file__).resolve().parents[1] / "examples" / "text"
    archive = _zipped(examples, tmp_path / "t.zip")
    url = f"zip://::{archive.as_uri()}"
    store = open_store(str(tmp_path / "c.db"))
    first = Ingest(store).run([url], Options(analyze=False), jobs=1)
    count = len(list(examples.glob("*.txt")))
    assert (first.new, first.failed) == (count, 0) and count >= 3
    again = Ingest(store)
    assert list(again.plan(expand_inputs([url]))) == []  # each member's listing is unchanged: not read
    assert again.counts.unchanged == count
