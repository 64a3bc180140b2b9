"""WARC archives: HTML responses become articles; cut archives are reported, never passed off whole."""

from __future__ import annotations

import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import EXAMPLES

ARCHIVE = EXAMPLES / "warc/crawl.warc.gz"


def read_all(data: bytes, path: str = "crawl.warc.gz") -> list[Article | AiwatchError]:
    return list(read_bytes(data, path, Options()))


def make_warc(pages: list[tuple[str, bytes, str]], compress: bool = True) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for url, body, content_type in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def test_example_archive_gives_its_two_html_responses() -> None:
    items = read_all(ARCHIVE.read_bytes())
    assert [a.path for a in items] == ["crawl.warc.gz#1", "crawl.warc.gz#2"]
    first, second = items
    assert isinstance(first, Article) and first.format == "warc"
    assert first.hints["url"] == "https://www.example-sz.cn/zw/2024/0719/lowaltitude.html"
    assert first.hints["crawled"] == "2024-07-19T02:00:01Z"
    assert "低空经济" in first.raw
    assert "长沙智能制造研究总院" in second.raw  # GBK payload, charset from the HTTP header


def test_uncompressed_warc_and_charset_sniffed_from_payload() -> None:
    page = "<html><head><title>测试</title></head><body>" + "<p>江宁理工大学发布多模态大模型研究成果。</p>" * 5
    data = make_warc([("https://a.cn/1", page.encode("gbk"), "text/html")], compress=False)
    (article,) = read_all(data, "plain.warc")
    assert "江宁理工大学发布多模态大模型研究成果" in article.raw


@pytest.mark.parametrize("cut", [0.5, 0.97])
def test_truncated_gzip_warc_is_reported(cut: float) -> None:
    data = ARCHIVE.read_bytes()
    items = read_all(data[: int(len(data) * cut)])
    errors = [i for i in items if isinstance(i, AiwatchError)]
    assert len(errors) == 1 and errors[0].code == "E109"
    assert errors[0].path.startswith("crawl.warc.gz")
    assert "cut short" in errors[0].reason


def test_truncated_plain_warc_is_reported() -> None:
    raw = gzip.decompress(ARCHIVE.read_bytes())
    items = read_all(raw[: len(raw) // 2], "crawl.warc")
    assert isinstance(items[-1], AiwatchError) and items[-1].code == "E109"


def test_gzip_cut_inside_the_first_record() -> None:
    (error,) = read_all(ARCHIVE.read_bytes()[:100])
    assert error.code == "E109"


def test_archive_without_html() -> None:
    data = make_warc([("https://a.cn/robots.txt", b"User-agent: *\n", "text/plain")])
    (error,) = read_all(data)
    assert error.code == "E107" and "no HTML responses" in error.reason


def test_http_charset_is_weighed_like_a_declaration() -> None:
    # The header says GBK, the payload is UTF-8 (a re-encoded site behind an old server config).
    page = "<html><body><article>" + "<p>江宁理工大学发布多模态大模型研究成果，准确率提升到97.5%。</p>" * 8
    data = make_warc([("https://a.cn/1", page.encode("utf-8"), "text/html; charset=GBK")])
    (article,) = read_all(data)
    assert "江宁理工大学发布多模态大模型研究成果" in article.raw


def test_a_conversion_records_plain_text_is_read_as_text() -> None:
    # a crawler's text conversion of a page: the text, with the record's address and crawl date
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    text = "某市试点智能巡河系统\n2025-06-03 09:12 来源：某某晚报\n\n" + "摄像头识别漂浮物后自动通知保洁人员。" * 5
    writer.write_record(
        writer.create_warc_record(
            "https://news.example.cn/a/1",
            "conversion",
            payload=io.BytesIO(text.encode()),
            warc_content_type="text/plain",
        )
    )
    writer.write_record(
        writer.create_warc_record(
            "https://news.example.cn/a/1.png",
            "conversion",
            payload=io.BytesIO(b"\x89PNG"),
            warc_content_type="image/png",
        )
    )
    (article,) = read_all(buffer.getvalue(), "text.warc")
    assert isinstance(article, Article) and article.raw_kind == "text"
    assert article.hints["url"] == "https://news.example.cn/a/1"
    assert article.hints["crawled"]
    assert article.raw.startswith("某市试点智能巡河系统")
