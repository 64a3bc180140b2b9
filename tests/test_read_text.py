"""Plain scraped text and Markdown without front matter: the fallback reader."""

from __future__ import annotations

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import EXAMPLES, seed_path


def read_one(data: bytes, path: str) -> Article:
    (article,) = read_bytes(data, path, Options())
    assert isinstance(article, Article), article
    return article


def test_gb18030_scraped_text_keeps_everything_for_cleaning() -> None:
    article = read_one((EXAMPLES / "text/hefei_policy_gb18030.txt").read_bytes(), "hefei.txt")
    assert article.format == "text" and article.raw_kind == "text"
    assert article.hints["encoding"] == "gb18030"
    assert "合肥市每年安排不低于10亿元" in article.raw
    assert "您现在的位置" in article.raw  # the reader drops nothing; cleaning does


def test_big5_utf16_and_bom_examples_read_as_text() -> None:
    for name, encoding, phrase in [
        ("text/hongkong_supercomputing_big5.txt", "big5hkscs", "數碼港"),
        ("text/robot_expo_utf16.txt", "utf-16", "机器人博览会"),
        ("text/nanjing_lab_utf8bom.txt", "utf-8", "智能感知实验室"),
    ]:
        article = read_one((EXAMPLES / name).read_bytes(), name)
        assert article.format == "text"
        assert article.hints["encoding"] == encoding
        assert phrase in article.raw
        assert not article.raw.startswith("\ufeff")


def test_markdown_by_extension_or_by_content() -> None:
    assert read_one("正文一段。".encode(), "note.md").raw_kind == "markdown"
    text = "# 标题\n\n- 第一点\n- 第二点\n\n[链接](https://example.cn)\n"
    article = read_one(text.encode(), "note.txt")
    assert (article.format, article.raw_kind) == ("markdown", "markdown")


def test_seeds_001_and_002_are_text() -> None:
    for prefix in ("001", "002"):
        article = read_one(seed_path(prefix).read_bytes(), f"{prefix}.txt")
        assert article.format == "text"
