"""The hand-made record format of seed ``000_…``: ``标题:`` / ``链接:`` / ``总结:`` … fields.

A field runs from its label to the next label, so ``总结`` and ``重大事件摘要`` may span many lines.
Records kept in git sometimes carry merge-conflict markers; both sides are kept (the union of list
fields, the longer of two texts) and the article says so in ``warnings``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read.registry import Document, register

#: label -> Article field.  List fields are split on Chinese and Western separators.
FIELDS = {
    "标题": "title",
    "链接": "url",
    "来源": "source",
    "发布时间": "published",
    "日期": "published",
    "作者": "author",
    "责任编辑": "editor",
    "总结": "body",
    "正文": "body",
    "关键词": "keywords",
    "AI技术": "technologies",
    "行业": "industries",
    "重大事件摘要": "event_summary",
}
LIST_FIELDS = {"keywords", "technologies", "industries"}
_LABEL = re.compile(r"^({})\s*[:：]\s?".format("|".join(map(re.escape, FIELDS))), re.MULTILINE)
_SPLIT = re.compile(r"\s*[,，、;；|]\s*")
_CONFLICT_START = re.compile(r"^<{7}(?: .*)?$")
_CONFLICT_MID = re.compile(r"^={7}$")
_CONFLICT_END = re.compile(r"^>{7}(?: .*)?$")


def sniff_record(doc: Document) -> int:
    labels = {m.group(1) for m in _LABEL.finditer(doc.head)}
    if "标题" in labels and len(labels) >= 3:
        return 90
    return 60 if len(labels) >= 3 else 0


def split_conflicts(text: str) -> tuple[str, str, bool]:
    """Return both sides of every conflict block (shared lines go to both) and whether any was found."""
    ours: list[str] = []
    theirs: list[str] = []
    state = "both"
    found = False
    for line in text.splitlines():
        if _CONFLICT_START.match(line):
            state, found = "ours", True
        elif state == "ours" and _CONFLICT_MID.match(line):
            state = "theirs"
        elif state != "both" and _CONFLICT_END.match(line):
            state = "both"
        else:
            if state in ("both", "ours"):
                ours.append(line)
            if state in ("both", "theirs"):
                theirs.append(line)
    return "\n".join(ours), "\n".join(theirs), found


def parse_fields(text: str) -> dict[str, str]:
    """Label -> text; a repeated label keeps the longer text."""
    values: dict[str, str] = {}
    matches = list(_LABEL.finditer(text))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        key = FIELDS[match.group(1)]
        value = text[match.end() : end].strip()
        if len(value) > len(values.get(key, "")):
            values[key] = value
    return values


def split_list(value: str) -> list[str]:
    return [item for item in _SPLIT.split(value.strip()) if item]


def merge_sides(first: dict[str, str], second: dict[str, str]) -> dict[str, str | list[str]]:
    merged: dict[str, str | list[str]] = {}
    for key in list(first) + [k for k in second if k not in first]:
        a, b = first.get(key, ""), second.get(key, "")
        if key in LIST_FIELDS:
            items = split_list(a) + split_list(b)
            merged[key] = list(dict.fromkeys(items))
        else:
            merged[key] = a if len(a) >= len(b) else b
    return merged


_TITLE_LINE = re.compile(r"^标题\s*[:：]")


def split_records(text: str) -> list[str]:
    """One chunk per record: exports often hold many records, one after another.  A ``标题:`` line
    outside a conflict block, once the chunk already has a title, starts the next record; without
    this, the second record's 总结 would silently replace the first one's when it was longer."""
    chunks: list[list[str]] = [[]]
    in_conflict, has_title = False, False
    for line in text.splitlines():
        if _CONFLICT_START.match(line):
            in_conflict = True
        elif in_conflict and _CONFLICT_END.match(line):
            in_conflict = False
        elif _TITLE_LINE.match(line):
            if has_title and not in_conflict:
                chunks.append([])
            has_title = True
        chunks[-1].append(line)
    return ["\n".join(chunk) for chunk in chunks if any(line.strip() for line in chunk)]


def record_to_article(text: str, path: str) -> Article:
    ours, theirs, conflicted = split_conflicts(text)
    values = merge_sides(parse_fields(ours), parse_fields(theirs))
    article = Article(path=path, format="record")
    if conflicted:
        article.warn("merge-conflict markers removed; both sides kept (lists united, longer text kept)")
    for key, value in values.items():
        if key == "body":
            article.raw = str(value)
        elif key in ("technologies", "industries"):
            setattr(article, key, [{"name": name} for name in value])
        elif key == "keywords":
            article.keywords = list(value)
        else:
            article.hints[key] = value
    return article


@register("record", sniff_record)
def read_record(doc: Document, options: Options) -> Iterable[Article]:
    chunks = split_records(doc.text)
    for number, chunk in enumerate(chunks, 1):
        yield record_to_article(chunk, doc.path if len(chunks) == 1 else f"{doc.path}#{number}")
