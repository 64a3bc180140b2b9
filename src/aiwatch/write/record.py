"""The record format of seed ``000_…``: one labelled field per line, the way analysts keep them.

    标题: …
    链接: …
    总结: …           (the extractive summary; the body when there is none)
    关键词: 上海, 人工智能, 商汤科技
    AI技术: 图像识别, 视频分析, 测温
    行业: 智慧城市, 智慧医疗
    重大事件摘要: …   (when the events stage produced one)

Lists are joined with ", " so that ``aiwatch.read.record`` splits them back into the same items:
reading this output again gives the same title, link, keywords, technologies and industries.
Records are separated by a blank line.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from aiwatch.article import Article
from aiwatch.read.record import FIELDS
from aiwatch.write import Writer, register_writer

# A line inside a value that starts like a label (行业: …) would open a new field on reading;
# an ideographic space in front keeps it inside the value.
_LABEL_AT_LINE_START = re.compile(r"^(?=(?:{})\s*[:：])".format("|".join(map(re.escape, FIELDS))), re.MULTILINE)
# The reader splits lists on these; an item must not contain one or it comes back as two.
_LIST_SEPARATORS = re.compile(r"[,，、;；|]")
_NEWLINES = re.compile(r"\s*\n\s*")


def one_line(value: str) -> str:
    return _NEWLINES.sub(" ", value).strip()


def block(value: str) -> str:
    """A multi-line value with label-like lines protected."""
    return _LABEL_AT_LINE_START.sub("\u3000", value.strip())


def join_items(items: list[Any] | None) -> str:
    names = []
    for item in items or []:
        name = item.get("name", "") if isinstance(item, dict) else str(item)
        name = one_line(_LIST_SEPARATORS.sub(" ", str(name)))
        if name:
            names.append(name)
    return ", ".join(dict.fromkeys(names))


def record_lines(article: Article) -> list[str]:
    lines = [f"标题: {one_line(article.title or '')}"]
    if article.url:
        lines.append(f"链接: {one_line(article.url)}")
    if article.published:
        lines.append(f"发布时间: {one_line(article.published)}")
    if article.source:
        lines.append(f"来源: {one_line(article.source)}")
    lines.append(f"总结: {block(article.summary or article.body)}")
    lines.append(f"关键词: {join_items(article.keywords)}")
    lines.append(f"AI技术: {join_items(article.technologies)}")
    lines.append(f"行业: {join_items(article.industries)}")
    if article.event_summary:
        lines.append(f"重大事件摘要: {block(article.event_summary)}")
    return lines


@register_writer
class RecordWriter(Writer):
    name: ClassVar[str] = "record"
    suffix: ClassVar[str] = ".txt"

    def write(self, article: Article) -> None:
        separator = "\n" if self.count else ""
        self.stream.write(separator + "\n".join(record_lines(article)) + "\n")
        self.count += 1
