"""Inputs: files, directories (recursive), glob patterns, ``-`` for standard input, and what fails."""

from __future__ import annotations

import io
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
