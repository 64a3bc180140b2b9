"""The record format of seed 000: labelled fields, multi-line fields, merge-conflict markers."""

from __future__ import annotations

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import read_bytes
from aiwatch.read.record import merge_sides, parse_fields, split_conflicts
from conftest import EXAMPLES, seed_path


def read_one(data: bytes, path: str = "r.txt") -> Article:
    (article,) = read_bytes(data, path, Options())
    assert isinstance(article, Article), article
    return article


def test_multiline_field_runs_to_next_label() -> None:
    text = "标题: 星衍-3发布\n链接: https://x.cn/a\n总结: 第一段。\n第二段。\n关键词: 大模型, 上海\n"
    article = read_one(text.encode())
    assert article.format == "record"
    assert article.hints["title"] == "星衍-3发布"
    assert article.hints["url"] == "https://x.cn/a"
    assert article.raw == "第一段。\n第二段。"
    assert article.keywords == ["大模型", "上海"]


def test_fullwidth_colon_and_chinese_separators() -> None:
    text = "标题：灵犀融资\n总结：正文。\nAI技术：运动控制、具身智能\n行业：机器人；制造\n"
    article = read_one(text.encode())
    assert article.hints["title"] == "灵犀融资"
    assert [t["name"] for t in article.technologies] == ["运动控制", "具身智能"]
    assert [i["name"] for i in article.industries] == ["机器人", "制造"]


def test_conflict_sides_are_split_shared_lines_go_to_both() -> None:
    ours, theirs, found = split_conflicts("标题: A\n<<<<<<< HEAD\n行业: 金融\n=======\n行业: 医疗\n>>>>>>> b\n尾")
    assert found
    assert ours == "标题: A\n行业: 金融\n尾"
    assert theirs == "标题: A\n行业: 医疗\n尾"


def test_merge_unites_lists_and_keeps_longer_text() -> None:
    merged = merge_sides(
        parse_fields("关键词: 上海, 人工智能\n重大事件摘要: 短"),
        parse_fields("关键词: 人工智能, 商汤\n重大事件摘要: 更长的摘要"),
    )
    assert merged["keywords"] == ["上海", "人工智能", "商汤"]
    assert merged["event_summary"] == "更长的摘要"


def test_example_conflict_keeps_both_sides_and_warns() -> None:
    article = read_one((EXAMPLES / "records/funding_round_conflict.txt").read_bytes())
    assert any("merge-conflict" in w for w in article.warnings)
    assert "<<<<<<<" not in article.raw and ">>>>>>>" not in article.raw
    assert article.keywords == ["灵犀机器人", "人形机器人", "B轮融资", "深圳", "融资", "启明湾资本"]
    assert [i["name"] for i in article.industries] == ["机器人", "汽车零部件", "智能制造"]
    # Only the second side has the event summary: it is kept, not lost.
    assert article.hints["event_summary"].startswith("深圳灵犀机器人")


def test_example_record_without_conflict_has_no_warning() -> None:
    article = read_one((EXAMPLES / "records/model_release.txt").read_bytes())
    assert article.warnings == []
    assert article.hints["title"].startswith("星衍智能发布")
    assert article.raw.count("\n") == 3  # the four paragraphs of 总结


def test_seed_000() -> None:
    article = read_one(seed_path("000").read_bytes(), "000.txt")
    assert article.hints["title"] == "李强二次到访这家公司之后,联合创始人谈总部落沪五大理由"
    assert article.hints["url"].startswith("http://baijiahao.baidu.com/s?id=1674710050339746853")
    assert article.raw.startswith("8月10日下午") and "举报/反馈" in article.raw
    assert set(article.keywords) == {"上海", "人工智能", "商汤科技"}
    assert {"交通", "智慧城市", "智慧医疗"} <= {i["name"] for i in article.industries}
    assert article.warnings


def test_many_records_in_one_file_are_kept_apart() -> None:
    text = (
        "标题: 第一条\n链接: https://a.cn/1\n总结: 短。\n关键词: 甲\n\n"
        "标题: 第二条\n链接: https://a.cn/2\n总结: 第二条的总结更长一些。\n关键词: 乙\n"
    )
    first, second = read_bytes(text.encode(), "export.txt", Options())
    assert (first.path, first.hints["title"], first.raw, first.keywords) == ("export.txt#1", "第一条", "短。", ["甲"])
    assert (second.path, second.hints["url"], second.keywords) == ("export.txt#2", "https://a.cn/2", ["乙"])


def test_a_title_inside_a_conflict_block_is_not_a_new_record() -> None:
    text = (
        "<<<<<<< HEAD\n标题: 甲版标题\n=======\n标题: 乙版的标题更长\n>>>>>>> x\n链接: https://a.cn/1\n总结: 正文。\n"
    )
    text += "\n标题: 下一条\n总结: 另一篇。\n"
    first, second = read_bytes(text.encode(), "r.txt", Options())
    assert first.hints["title"] == "乙版的标题更长" and first.raw == "正文。"
    assert (second.path, second.hints["title"]) == ("r.txt#2", "下一条")
