"""Markdown (static-site exports, Hexo/Hugo/Jekyll posts) to plain paragraphs.

Only what a reader sees stays: heading marks, emphasis and link syntax go, link texts stay, images
go (their alt text is not the story), an autolink ``<http://…>`` becomes its bare URL on its own
line so the ``bare_url`` rule can take it as the article's link (seed 003).  Lines of one Markdown
paragraph are joined; Chinese lines join without a space.
"""

from __future__ import annotations

import re

#: Inline rewrites, in order: (name, pattern, replacement).  Each has a case in tests/test_clean.py.
#: Spans are bounded ({1,500}) and possessive (+) so a line of 10,000 unclosed "[a](b" stays linear.
INLINE_RULES: list[tuple[str, re.Pattern[str], str]] = [
    # ![K图](https://…png) — an image; its alt text is not part of the story.
    ("image", re.compile(r"!\[[^\]]{0,300}+\]\([^)]{0,1000}+\)|!\[[^\]]{0,300}+\]\[[^\]]{0,100}+\]"), ""),
    # [返回首页](//finews.withounder.com/) -> 返回首页
    ("link", re.compile(r"\[([^\]]{1,500}+)\]\(\s*+<?[^)\s>]{0,1000}+>?(?:\s+[\"'(][^)]{0,300}+[\"')])?\s*\)"), r"\1"),
    # [商汤科技][1] -> 商汤科技
    ("reference_link", re.compile(r"\[([^\]]{1,500}+)\]\[[^\]]{0,100}+\]"), r"\1"),
    # <http://finews…> -> http://finews…
    ("autolink", re.compile(r"<((?:https?|ftp)://[^\s<>]+)>"), r"\1"),
    ("autolink_mail", re.compile(r"<(?:mailto:)?([\w.+-]+@[\w-]+\.[\w.-]+)>"), r"\1"),
    # **重点** / __重点__ -> 重点
    (
        "strong",
        re.compile(r"\*\*(?=\S)([^*]{1,500}?)(?<=\S)\*\*|(?<![\w_])__(?=\S)([^_]{1,500}?)(?<=\S)__(?![\w_])"),
        r"\1\2",
    ),
    # *强调* -> 强调 (not 2*3*4); _emphasis_ only between spaces: 高地，_十四五_要 is a mangled quote, not emphasis.
    (
        "emphasis",
        re.compile(
            r"(?<![*\d])\*(?=[^\s*\d])([^*]{1,500}?)(?<=[^\s*])\*(?![*\d])|(?<![\w_])_(?=[A-Za-z])([^_]{1,500}?)(?<=\S)_(?![\w_])"
        ),
        r"\1\2",
    ),
    ("strike", re.compile(r"~~(?=\S)([^~]{1,500}?)(?<=\S)~~"), r"\1"),
    ("code", re.compile(r"`([^`]{1,500})`"), r"\1"),
    ("html_tag", re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>"), ""),
    ("escape", re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),
]

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_ORDERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HARD_BREAK = re.compile(r"(?:  |\\)$")
_CJK_END = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$")
# A line of a property block (a note app's export: Created: …, Tags: …, URL: …, 状态: 待读)
_PROPERTY = re.compile(r"^\s*[A-Za-z\u4e00-\u9fff][A-Za-z0-9 _\u4e00-\u9fff-]{0,19}?\s*[:：]\s*\S")
_CJK_START = re.compile(r"^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def inline_to_text(line: str) -> str:
    for _name, pattern, replacement in INLINE_RULES:
        line = pattern.sub(replacement, line)
    return line


def join_lines(lines: list[str]) -> str:
    """One paragraph from soft-wrapped lines: no space between Chinese, one between words."""
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif _CJK_END.search(out) or _CJK_START.search(line):
            out += line
        else:
            out += " " + line
    return out


def _block_line(line: str) -> tuple[str, bool]:
    """The visible text of one source line and whether it stands alone (not joined to others)."""
    heading = _HEADING.match(line)
    if heading:
        return heading.group(1), True
    if _QUOTE.match(line):
        line = _QUOTE.sub("", line)
    if _BULLET.match(line):
        return _BULLET.sub("", line), True
    if _ORDERED.match(line):
        return line.strip(), True
    if line.strip().startswith("|") and line.strip().endswith("|"):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        return " ".join(cell for cell in cells if cell), True
    return line, False


def markdown_to_text(text: str) -> str:
    """Paragraphs of visible text separated by blank lines."""
    text = _COMMENT.sub("", text)
    paragraphs: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if len(pending) >= 2 and all(_PROPERTY.match(line) for line in pending):
            paragraphs.extend(line.strip() for line in pending)  # a property block: one field a line
        elif pending:
            paragraphs.append(join_lines(pending))
        pending.clear()

    in_fence = False
    for raw in text.splitlines():
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            paragraphs.append(raw.rstrip())
            continue
        if not raw.strip() or _RULE.match(raw) or _TABLE_SEPARATOR.match(raw) or _DEFINITION.match(raw):
            flush()
            continue
        if _SETEXT.match(raw) and pending:
            flush()
            continue
        visible, alone = _block_line(raw)
        visible = inline_to_text(visible)
        if alone:
            flush()
            paragraphs.append(visible.strip())
            continue
        pending.append(visible)
        if _HARD_BREAK.search(raw):
            flush()
    flush()
    return "\n\n".join(p for p in paragraphs if p.strip())
