"""Readers are chosen by content, not by the file name."""

from __future__ import annotations

import gzip
import json

import pytest

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import EXAMPLES

PAGE = (EXAMPLES / "html/chip_launch_gbk.html").read_bytes()
RECORD = (EXAMPLES / "records/model_release.txt").read_bytes()
POST = (EXAMPLES / "posts/chengdu-medical-ai-hugo.md").read_bytes()
ARRAY = (EXAMPLES / "json/crawler_export_cn.json").read_bytes()
WARC = (EXAMPLES / "warc/crawl.warc.gz").read_bytes()


FRAGMENT = (
    '<div class="article"><h1>合肥发布通用人工智能产业政策</h1><span>2024-06-03</span>'
    + "<p>合肥市人民政府办公室印发《合肥市加快通用人工智能产业发展若干政策》，提出二十二条措施。</p>" * 3
    + '<p>市经济和信息化局局长陆启航在政策解读会上介绍了算力券的申领办法。</p><br><a href="/">返回</a></div>'
)


def formats(data: bytes, path: str) -> list[str]:
    items = list(read_bytes(data, path, Options()))
    assert all(isinstance(i, Article) for i in items), items
    return [i.format for i in items]


@pytest.mark.parametrize(
    ("data", "path", "expected"),
    [
        (PAGE, "saved-page.txt", ["html"]),  # an HTML page saved as .txt
        (RECORD, "record.md", ["record"]),  # a record saved as .md
        (POST, "post.txt", ["frontmatter"]),
        (ARRAY, "export", ["json", "json"]),  # JSON with no extension
        (WARC, "crawl.bin", ["warc", "warc"]),
        ((EXAMPLES / "feeds/anhui_ai_channel_gb2312.xml").read_bytes(), "feed.html", ["feed", "feed"]),
        ((EXAMPLES / "csv/collector_export_gbk.csv").read_bytes(), "export.txt", ["csv", "csv"]),
        (gzip.decompress(WARC), "crawl", ["warc", "warc"]),
        (gzip.compress(RECORD), "record.txt.gz", ["record"]),  # gzip around a text document
        (FRAGMENT.encode("gbk"), "fragment.dat", ["html"]),  # a saved article <div>, no <html>
    ],
)
def test_sniffed_by_content(data: bytes, path: str, expected: list[str]) -> None:
    assert formats(data, path) == expected


@pytest.mark.parametrize("text", ["[转载] 人工智能新闻\n正文一段。\n正文二段。", "{侵删} 转自公众号\n正文。\n再一段。"])
def test_text_opening_with_a_bracket_is_not_json(text: str) -> None:
    # Once read as JSON Lines: every line a "malformed JSON line" error and the story lost.
    assert formats(text.encode(), "note.txt") == ["text"]


@pytest.mark.parametrize("text", ['{"title": "甲"}', '[{"title": "甲"}]', "[]", '\ufeff  [\n  {"a": 1}]'])
def test_json_openings(text: str) -> None:
    from aiwatch.read.jsonrec import sniff_json
    from aiwatch.read.registry import Document

    assert sniff_json(Document("x", b"", text=text)) > 0


def test_jsonl_without_extension() -> None:
    lines = "".join(json.dumps({"title": t, "content": "正文。"}, ensure_ascii=False) + "\n" for t in "甲乙丙")
    assert formats(lines.encode(), "dump") == ["json"] * 3
