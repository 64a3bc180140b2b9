"""Markdown: a readable report per article (metadata, keywords, taxonomy, summary, events, entities)."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from aiwatch.article import Article
from aiwatch.write import Writer, register_writer

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
ENTITY_TYPES = {"PER": "人物", "ORG": "机构", "LOC": "地点", "DOC": "文件", "PRODUCT": "产品"}


def escape(text: str) -> str:
    """Markdown-inert text on one line: 《*》 or a # at line start must not become markup."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def counted(items: list[dict[str, Any]] | None) -> str:
    """图像识别（3）、视频分析（2）: the name with its mention count when there is one."""
    parts = []
    for item in items or []:
        name = escape(str(item.get("name", "")))
        parts.append(f"{name}（{item['count']}）" if "count" in item else name)
    return "、".join(parts)


def meta_lines(article: Article) -> list[str]:
    pairs = [
        ("链接", f"<{article.url}>" if article.url else ""),
        ("发布时间", article.published or ""),
        ("来源", article.source or ""),
        ("作者", article.author or ""),
        ("责任编辑", article.editor or ""),
        ("文件", article.path),
    ]
    lines = []
    for label, value in pairs:
        if not value:
            continue
        if label == "文件":  # a path reads best verbatim: funding_round.txt, not funding\_round.txt
            value = f"`{value.replace('`', '')}`"
        elif label != "链接":
            value = escape(value)
        lines.append(f"- **{label}**: {value}")
    return lines


def analysis_lines(article: Article) -> list[str]:
    lines = []
    if article.keywords:
        lines.append(f"- **关键词**: {'、'.join(escape(k) for k in article.keywords)}")
    if article.technologies:
        lines.append(f"- **AI技术**: {counted(article.technologies)}")
    if article.industries:
        lines.append(f"- **行业**: {counted(article.industries)}")
    return lines


def entity_lines(article: Article) -> list[str]:
    groups: dict[str, list[str]] = {}
    for entity in article.entities or []:
        label = ENTITY_TYPES.get(str(entity.get("type")), str(entity.get("type", "")))
        groups.setdefault(label, []).append(escape(str(entity.get("name", ""))))
    return [f"- **{label}**: {'、'.join(names)}" for label, names in groups.items() if names]


def event_lines(article: Article) -> list[str]:
    if article.event_summary:
        return [line.rstrip() for line in article.event_summary.strip().splitlines()]
    lines = []
    for number, event in enumerate(article.events or [], 1):
        date = event.get("date") or event.get("date_text") or "日期不详"
        lines.append(f"{number}. **{escape(str(date))}** {escape(str(event.get('text', '')))}")
    return lines


def article_markdown(article: Article) -> str:
    parts = [f"## {escape(article.title or '（无标题）')}", "", *meta_lines(article)]
    analysis = analysis_lines(article)
    if analysis:
        parts += ["", *analysis]
    if article.summary:
        parts += ["", "### 总结", "", escape(article.summary)]
    events = event_lines(article)
    if events:
        parts += ["", "### 重大事件", "", *events]
    entities = entity_lines(article)
    if entities:
        parts += ["", "### 实体", "", *entities]
    if article.warnings:
        parts += ["", "### 提示", "", *[f"- {escape(w)}" for w in article.warnings]]
    return "\n".join(parts) + "\n"


@register_writer
class MarkdownWriter(Writer):
    name: ClassVar[str] = "md"
    suffix: ClassVar[str] = ".md"

    def write(self, article: Article) -> None:
        self.stream.write(("\n---\n\n" if self.count else "") + article_markdown(article))
        self.count += 1
