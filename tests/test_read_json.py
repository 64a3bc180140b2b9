"""JSON documents, arrays and JSON Lines with English or Chinese field names."""

from __future__ import annotations

import json

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import EXAMPLES


def read_all(data: bytes | str, path: str = "feed.json") -> list[Article | AiwatchError]:
    return list(read_bytes(data.encode() if isinstance(data, str) else data, path, Options()))


def test_array_with_chinese_field_names() -> None:
    items = read_all((EXAMPLES / "json/crawler_export_cn.json").read_bytes(), "cn.json")
    assert [a.path for a in items] == ["cn.json#1", "cn.json#2"]
    first = items[0]
    assert isinstance(first, Article) and first.format == "json"
    assert first.hints["title"].startswith("重庆两江新区")
    assert first.hints["published"] == "2024-03-12 11:00"
    assert first.hints["source"] == "重庆日报"
    assert first.hints["author"] == "谭晓燕"
    assert first.categories == ["汽车"]
    assert first.tags == ["智能网联汽车", "新能源汽车", "重庆"]
    assert first.raw.count("\n\n") == 2


def test_jsonl_with_english_variants_and_one_chinese_line() -> None:
    items = read_all((EXAMPLES / "json/news_feed.jsonl").read_bytes(), "feed.jsonl")
    assert all(isinstance(a, Article) for a in items)
    second, third = items[1], items[2]
    assert second.hints["title"].startswith("渤海港口集团")  # "headline"
    assert second.hints["url"].endswith("port-autonomous-trucks")  # "link"
    assert second.hints["published"] == "2024-02-18"  # "publish_time"
    assert second.hints["source"] == "津沽财经"  # "media"
    assert second.categories == ["港口"]
    assert third.hints["url"].endswith("ai-plus")  # "网址"
    assert third.hints["source"] == "中原网"  # "媒体"
    assert third.raw.startswith("5月6日")  # "内容"


def test_wrapped_records_and_html_content() -> None:
    doc = {"data": [{"title": "甲", "content_html": "<p>第一段。</p><p>第二段。</p>"}, {"title": "乙", "text": "正文"}]}
    items = read_all(json.dumps(doc, ensure_ascii=False))
    assert [a.hints["title"] for a in items] == ["甲", "乙"]
    assert items[0].raw_kind == "html" and items[1].raw_kind == "text"


def test_single_object_has_no_record_number() -> None:
    (article,) = read_all('{"标题": "单条", "正文": "正文。", "作者": ["甲", "乙"]}', "one.json")
    assert article.path == "one.json"
    assert article.hints["author"] == "甲、乙"


def test_invalid_json_is_one_error_naming_the_file() -> None:
    (error,) = read_all('{"title": "x", "content": ', "bad.json")
    assert isinstance(error, AiwatchError)
    assert error.code == "E108" and error.path == "bad.json"


def test_one_bad_jsonl_line_keeps_the_others() -> None:
    data = '{"title":"一","content":"第一条。"}\n{"title":"二", "content": \n{"title":"三","content":"第三条。"}\n'
    items = read_all(data, "lines.jsonl")
    assert [type(i).__name__ for i in items] == ["Article", "AiwatchError", "Article"]
    assert items[1].path == "lines.jsonl#2"
    assert [items[0].path, items[2].path] == ["lines.jsonl#1", "lines.jsonl#3"]


def test_record_that_is_not_an_object() -> None:
    items = read_all('[{"title": "甲", "text": "正文"}, 42]', "mixed.json")
    assert isinstance(items[1], AiwatchError) and items[1].path == "mixed.json#2"


def test_epoch_times_become_iso_utc() -> None:
    records = [{"title": "甲", "content": "正文。", "publish_time": 1700000000}]
    records.append({"title": "乙", "text": "正文。", "pub_time": "1700000000000"})  # milliseconds, as text
    first, second = read_all(json.dumps(records, ensure_ascii=False))
    assert first.hints["published"] == "2023-11-14T22:13:20+00:00"
    assert second.hints["published"] == "2023-11-14T22:13:20+00:00"


def test_numbers_that_are_not_epochs_stay_as_they_are() -> None:
    from aiwatch.read.jsonrec import epoch_to_iso

    assert epoch_to_iso(20240603) is None  # a compact date, not an epoch
    assert epoch_to_iso("2024-06-03") is None
    assert epoch_to_iso(True) is None


def test_lone_surrogate_escapes_are_replaced_not_fatal() -> None:
    # A scraper cut "😀" (\ud83d\ude00) in half; the pair that survives elsewhere stays an emoji.
    (article,) = read_all('{"title": "测试\\ud83d", "content": "正文\\ud83d\\ude00一段。"}')
    assert article.hints["title"] == "测试\ufffd"
    assert article.raw == "正文😀一段。"
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


def test_app_api_answer_wrapping_one_article() -> None:
    """A news app's answer: the article sits in ``data`` beside the status fields, its keys in
    camel case (pubTime, shareUrl) and an updateTime that is not the publication."""
    answer = {
        "code": 0,
        "msg": "ok",
        "data": {
            "newsId": "9001",
            "title": "某市试点智能巡河系统",
            "pubTime": "2025-06-03 08:00:00",
            "updateTime": "2025-06-04 10:00:00",
            "source": "某某晚报",
            "author": "何小舟",
            "editor": "林一",
            "shareUrl": "https://m.example.com/detail/9001.html",
            "content": "某市近日试点智能巡河系统，摄像头识别漂浮物后自动通知保洁人员。",
        },
    }
    (item,) = read_all(json.dumps(answer, ensure_ascii=False), "answer.json")
    assert isinstance(item, Article) and item.path == "answer.json"
    assert item.hints["title"] == "某市试点智能巡河系统"
    assert item.hints["published"] == "2025-06-03 08:00:00"
    assert item.hints["url"] == "https://m.example.com/detail/9001.html"
    assert item.hints["editor"] == "林一"
    assert item.raw.startswith("某市近日")


def test_app_api_answer_wrapping_a_list() -> None:
    answer = {
        "code": 0,
        "data": {"total": 2, "list": [{"title": "甲", "content": "一"}, {"title": "乙", "content": "二"}]},
    }
    items = read_all(json.dumps(answer, ensure_ascii=False), "page.json")
    assert [a.hints["title"] for a in items] == ["甲", "乙"]
