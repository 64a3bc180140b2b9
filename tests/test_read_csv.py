"""CSV/TSV exports of scrapers: one article per row, header names mapped like JSON fields."""

from __future__ import annotations

import codecs

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import EXAMPLES


def read_all(data: bytes, path: str = "export.csv") -> list[Article | AiwatchError]:
    return list(read_bytes(data, path, Options()))


def test_gbk_export_with_chinese_header_and_multiline_bodies() -> None:
    first, second = read_all((EXAMPLES / "csv/collector_export_gbk.csv").read_bytes(), "wx.csv")
    assert (first.path, first.format, first.hints["encoding"]) == ("wx.csv#1", "csv", "gb18030")
    assert first.hints["title"].startswith("无锡发布车联网先导区建设方案")
    assert first.hints["published"] == "2024-09-09 15:20"  # 发布时间, not 采集时间
    assert first.hints["source"] == "太湖日报" and first.hints["author"] == "钱晓东"
    assert first.raw.count("\n\n") == 2 and "\r" not in first.raw
    assert "author" not in second.hints  # an empty cell is unknown, not ""


def test_tsv_with_english_header_and_bom() -> None:
    table = "title\turl\tdate\tcontent\n甲\thttps://a.cn/1\t2024-01-02\t正文一段。\n"
    (article,) = read_all(codecs.BOM_UTF8 + table.encode(), "feed.tsv")
    assert (article.hints["title"], article.hints["url"], article.raw) == ("甲", "https://a.cn/1", "正文一段。")


def test_a_row_with_a_stray_quote_is_reported_alone() -> None:
    table = "标题,正文\n甲,第一条。\n乙,第二条,多出一格\n丙,第三条。\n"
    items = read_all(table.encode())
    assert [type(i).__name__ for i in items] == ["Article", "AiwatchError", "Article"]
    assert items[1].path == "export.csv#2" and items[1].code == "E108"


def test_a_table_without_title_and_body_columns_is_not_read_as_articles() -> None:
    (article,) = read_all("日期,收盘价\n2024-01-02,56.78\n".encode(), "prices.csv")
    assert article.format == "text"
