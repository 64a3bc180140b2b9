"""Writers: record (seed 000 format, round trip through the reader), csv and md."""

from __future__ import annotations

import csv
import io
import json

import pytest

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import read_bytes
from aiwatch.write import WRITERS
from aiwatch.write.markdown import article_markdown, escape
from aiwatch.write.record import join_items, record_lines
from aiwatch.write.tabular import COLUMNS, csv_row
from conftest import pipeline_for, seed_path


def sample() -> Article:
    return Article(
        path="in/a.txt",
        format="text",
        title="李强二次到访商汤科技",
        url="http://example.com/a?id=1&x=2",
        published="2020-08-11",
        source="澎湃新闻",
        body="8月10日下午，上海市委书记李强第二次来到商汤科技上海总部。\n\n商汤科技在上海建立了超算中心。",
        keywords=["上海", "人工智能", "商汤科技"],
        technologies=[
            {"name": "图像识别", "en": "image recognition", "count": 3},
            {"name": "超算/算力", "en": "supercomputing and compute", "count": 2},
        ],
        industries=[{"name": "智慧城市", "en": "smart city", "count": 6}, {"name": "智慧医疗", "en": "", "count": 2}],
        entities=[
            {"name": "李强", "type": "PER", "aliases": [], "count": 2, "mentions": []},
            {"name": "商汤科技", "type": "ORG", "aliases": ["商汤"], "count": 5, "mentions": []},
        ],
        summary="8月10日下午，上海市委书记李强第二次来到商汤科技上海总部。",
        event_summary="1. 2020-08-10 李强第二次到访商汤科技上海总部。\n2. 2020-07-07 临港项目启动。",
    )


def write_all(name: str, articles: list[Article]) -> str:
    stream = io.StringIO()
    writer = WRITERS[name](stream)
    writer.start()
    for article in articles:
        writer.write(article)
    writer.finish()
    return stream.getvalue()


def test_writers_are_registered():
    assert {"record", "csv", "md"} <= set(WRITERS)


def test_record_has_the_seed_labels_in_order():
    text = write_all("record", [sample()])
    labels = [line.split(":", 1)[0] for line in text.splitlines() if ":" in line and not line[0].isdigit()]
    assert labels == ["标题", "链接", "发布时间", "来源", "总结", "关键词", "AI技术", "行业", "重大事件摘要"]
    assert "关键词: 上海, 人工智能, 商汤科技\n" in text
    assert "AI技术: 图像识别, 超算/算力\n" in text


def read_back(text: str) -> Article:
    options = Options(disabled=frozenset({"entities", "figures", "events"}))
    (article,) = list(read_bytes(text.encode("utf-8"), "out.txt", options))
    assert isinstance(article, Article), article
    result = pipeline_for(options)(article)
    assert isinstance(result, Article), result
    return result


def test_record_round_trip_through_the_reader():
    original = sample()
    again = read_back(write_all("record", [original]))
    assert again.format == "record"
    assert again.title == original.title
    assert again.url == original.url
    assert again.keywords == original.keywords
    assert [t["name"] for t in again.technologies] == ["图像识别", "超算/算力"]
    assert [t["name"] for t in again.industries] == ["智慧城市", "智慧医疗"]


def test_record_round_trip_of_a_seed_analysed_by_aiwatch():
    options = Options(disabled=frozenset({"entities", "figures", "events"}))
    article = next(read_bytes(seed_path("003").read_bytes(), "003", options))
    article = pipeline_for(options)(article)
    again = read_back(write_all("record", [article]))
    assert (again.title, again.url, again.keywords) == (article.title, article.url, article.keywords)
    assert [t["name"] for t in again.technologies] == [t["name"] for t in article.technologies]
    assert [t["name"] for t in again.industries] == [t["name"] for t in article.industries]


def test_record_protects_separators_newlines_and_label_lines():
    article = sample()
    article.title = "第一行\n第二行"
    article.keywords = ["A，B", "C"]
    article.summary = "第一句。\n行业: 不是一个字段。"
    lines = "\n".join(record_lines(article))
    assert "标题: 第一行 第二行" in lines
    assert "关键词: A B, C" in lines
    assert "\n\u3000行业: 不是一个字段。" in lines
    again = read_back(lines)
    assert [i["name"] for i in again.industries] == ["智慧城市", "智慧医疗"]


def test_record_without_summary_writes_the_body_and_skips_empty_fields():
    article = Article(path="p", format="text", title="T", body="正文一句。")
    lines = record_lines(article)
    assert lines[:2] == ["标题: T", "总结: 正文一句。"]
    assert not any(line.startswith(("链接", "重大事件摘要")) for line in lines)


def test_records_are_separated_by_a_blank_line():
    text = write_all("record", [sample(), sample()])
    assert text.count("标题: ") == 2 and "\n\n标题: " in text


def test_join_items_deduplicates_names():
    assert join_items([{"name": "金融"}, {"name": "金融"}, "教育"]) == "金融, 教育"
    assert join_items(None) == ""


def test_csv_one_row_per_article_lists_joined():
    text = write_all("csv", [sample(), Article(path="b", format="text", body="只有正文。")])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 2 and list(rows[0]) == COLUMNS
    assert rows[0]["keywords"] == "上海; 人工智能; 商汤科技"
    assert rows[0]["technologies"] == "图像识别; 超算/算力"
    assert rows[0]["entities"] == "李强; 商汤科技"
    assert rows[0]["url"] == "http://example.com/a?id=1&x=2"
    assert "\n" in rows[0]["body"] and rows[0]["id"] == sample().id
    assert rows[1]["keywords"] == "" and rows[1]["title"] == ""


def test_csv_row_of_unanalysed_article():
    row = csv_row(Article(path="p", format="text", body="x"))
    assert row["technologies"] == "" and row["summary"] == ""


def test_markdown_report():
    text = article_markdown(sample())
    assert text.startswith("## 李强二次到访商汤科技\n")
    assert "- **链接**: <http://example.com/a?id=1&x=2>" in text
    assert "- **文件**: `in/a.txt`" in text
    assert "- **AI技术**: 图像识别（3）、超算/算力（2）" in text
    assert "### 总结" in text and "### 重大事件" in text
    assert "1. 2020-08-10 李强第二次到访商汤科技上海总部。" in text
    assert "- **人物**: 李强" in text and "- **机构**: 商汤科技" in text


def test_markdown_events_without_event_summary_and_separators():
    article = sample()
    article.event_summary = None
    article.events = [{"date": "2020-08-10", "date_text": "8月10日", "text": "李强到访"}, {"date": None, "text": "x"}]
    text = write_all("md", [article, Article(path="b", format="text", body="y")])
    assert "1. **2020-08-10** 李强到访" in text and "2. **日期不详** x" in text
    assert text.count("\n---\n") == 1 and "## （无标题）" in text


@pytest.mark.parametrize(("raw", "safe"), [("# 标题", "\\# 标题"), ("a*b*", "a\\*b\\*"), ("多\n行", "多 行")])
def test_markdown_escape(raw, safe):
    assert escape(raw) == safe


def test_record_round_trip_through_the_command_line(tmp_path):
    from typer.testing import CliRunner

    from aiwatch.cli import app

    source = tmp_path / "news.txt"
    source.write_text(
        "商汤科技在上海临港启动人工智能计算平台\n\n"
        "7月7日，商汤科技新一代人工智能计算与赋能平台项目在上海临港正式启动。"
        "该平台建设超算中心，面向智慧城市和智慧医疗提供算力，支持图像识别和视频分析。"
        "商汤科技表示，临港项目将服务长三角的人工智能企业。",
        encoding="utf-8",
    )
    runner = CliRunner()
    skip = ["--disable", "entities", "--disable", "events", "--disable", "figures"]
    first = runner.invoke(app, ["extract", str(source), "-f", "jsonl", *skip])
    record = tmp_path / "news.record.txt"
    second = runner.invoke(app, ["extract", str(source), "-f", "record", "-o", str(record), *skip])
    third = runner.invoke(app, ["extract", str(record), "-f", "jsonl", *skip])
    assert first.exit_code == second.exit_code == third.exit_code == 0, (first.output, third.output)
    before, after = json.loads(first.stdout), json.loads(third.stdout)
    for key in ("title", "url", "keywords"):
        assert after[key] == before[key], key
    for key in ("technologies", "industries"):
        assert [t["name"] for t in after[key]] == [t["name"] for t in before[key]], key
    assert before["technologies"] and before["industries"] and before["keywords"]
