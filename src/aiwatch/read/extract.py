"""Main text and metadata of a full web page, by text and punctuation density.

The page is flattened into *lines* (the text between two block boundaries), each knowing how much
of it sits inside links and how much Chinese sentence punctuation it holds.  Story text is long and
punctuated (``记者从市教委获悉，今年全市……。``); boilerplate is linked (menus, related stories) or
short and bare (``首页``, ``打印本页``, ``版权所有``).  Every line gets a score, positive for
story-like text and negative for boilerplate; every block element covers a contiguous run of lines,
and the element whose run scores highest holds the story (this works the same for a 2005
``<table>`` layout, where the story is a ``<td>`` full of ``<br>``, and for a modern
``<article>``).  Inside that element the best-scoring contiguous run of lines is kept, which drops
comment boxes and related-link lists that share the container.  Metadata lines around the title
(``发布时间：2020-12-10  来源：张江高科技园区官网``) become hints and leave the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from aiwatch.read.htmlmeta import line_hints, meta_hints, pick_title, split_title
from aiwatch.read.htmltext import BLOCK_TAGS, remove_invisible


@dataclass
class Page:
    body: str
    title: str | None = None
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass
class Line:
    """Text between two block boundaries."""

    text: str
    chars: int  # non-space characters
    link_chars: int  # of which inside <a>
    punct: int  # sentence punctuation marks
    tag: str  # the enclosing block element
    score: float = 0.0


# Full-width sentence punctuation is the strongest sign of running Chinese text; the ASCII comma
# and full stop count less (they also show up in menus and file names).
_PUNCT = frozenset("，。！？；：、“”‘’「」（）《》…—")
_ASCII_PUNCT = frozenset(",.!?;:")
_SKIP = frozenset({"-text", "_comment", None})
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u3000\u2002\u2003\u200b\ufeff]+")
# Form controls and buttons never hold the story ("提交", "发表评论").
_CONTROLS = "button, input, textarea, select, option, label"

# Short lines that are page furniture wherever they stand, even inside the story's container.
# Each is matched against the whole line (after spaces are removed).
BOILERPLATE_LINES: dict[str, re.Pattern[str]] = {
    # 【字体：大 中 小】, 字号：T|T
    "font_size": re.compile(r"^[【\[]?(?:字体|字号)[:：].{0,12}[】\]]?$"),
    # 打印本页 关闭窗口, 【打印】【关闭】, 收藏本文, 推荐给朋友
    "page_tools": re.compile(
        r"^(?:[【\[]?(?:打印|关闭|收藏|推荐|分享|转发|纠错|评论|复制链接|返回顶部|返回首页)[^】\]]{0,6}[】\]]?){1,6}$"
    ),
    # 分享到：微信 微博 QQ空间
    "share_bar": re.compile(r"^分享到[:：]?.{0,30}$"),
    # 扫一扫 / 扫描二维码关注 / 长按识别二维码
    "qr_code": re.compile(r"^.{0,20}(?:二维码|扫一扫|扫码|长按识别).{0,20}$"),
    # 版权所有 © 2004 某某网, Copyright © 2020, 京ICP备05004617号
    "copyright": re.compile(r"(?:版权所有|copyright|©|ICP备|ICP证|公网安备|不得转载|禁止转载|未经授权)", re.IGNORECASE),
    # 上一篇：… / 下一条：…
    "prev_next": re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|前一篇|后一篇)[:：]?.{0,60}$"),
    # 您现在的位置：首页 > 新闻 > 正文, 当前位置
    "breadcrumb": re.compile(r"^(?:您现在的位置|您的位置|当前位置|现在位置)[:：]?.*$"),
    # 相关新闻 / 相关阅读 / 热点推荐 as a heading over a list
    "list_heading": re.compile(
        r"^(?:相关|热点|热门|推荐|延伸|更多|精彩|猜你喜欢|最新)(?:新闻|文章|阅读|链接|推荐|专题|评论|资讯|图片)?[:：]?$"
    ),
    # 举报 / 反馈 / 我要纠错
    "report": re.compile(r"^(?:举报|反馈|我要纠错|我要评论|发表评论|网友评论|查看评论).{0,10}$"),
    # (阅读次数：123), 浏览：456次
    "counter": re.compile(r"^[(（【\[]?(?:阅读|浏览|点击|访问)(?:次数|量)?[:：]?\d+次?[)）】\]]?$"),
}


def is_boilerplate_line(text: str) -> str | None:
    """The name of the boilerplate pattern a short line matches, or None."""
    compact = _SPACES.sub("", text)
    if len(compact) > 80:
        return None
    for name, pattern in BOILERPLATE_LINES.items():
        if pattern.search(compact):
            return name
    return None


class _Flattener:
    """Walks the tree once, cutting text into lines and noting each block element's line range."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.ranges: list[tuple[int, int]] = []
        self._parts: list[str] = []
        self._link_chars = 0
        self._in_link = 0
        self._tags: list[str] = ["body"]

    def flush(self) -> None:
        if not self._parts:
            return
        text = _SPACES.sub(" ", "".join(self._parts)).strip()
        self._parts = []
        link_chars, self._link_chars = self._link_chars, 0
        if not text:
            return
        chars = len(text) - text.count(" ")
        punct = sum(1 for ch in text if ch in _PUNCT) + 0.5 * sum(1 for ch in text if ch in _ASCII_PUNCT)
        self.lines.append(Line(text, chars, min(link_chars, chars), punct, self._tags[-1]))

    def text(self, value: str, pre: bool) -> None:
        if pre and "\n" in value:
            first, *rest = value.split("\n")
            self.text(first, False)
            for piece in rest:
                self.flush()
                self.text(piece, False)
            return
        self._parts.append(value)
        if self._in_link:
            self._link_chars += len(value) - value.count(" ") - value.count("\n") - value.count("\t")

    def walk(self, node, pre: bool = False) -> None:
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                self.text(child.text_content or "", pre)
            elif tag in _SKIP:
                pass
            elif tag == "br":
                self.flush()
            elif tag in BLOCK_TAGS or tag in ("td", "th", "pre"):
                self.flush()
                start = len(self.lines)
                self._tags.append(tag)
                self.walk(child, pre or tag == "pre")
                self.flush()
                self._tags.pop()
                if len(self.lines) > start:
                    self.ranges.append((start, len(self.lines)))
            elif tag == "a":
                self._in_link += 1
                self.walk(child, pre)
                self._in_link -= 1
            else:
                self.walk(child, pre)
            child = child.next


def score_line(line: Line) -> float:
    """Story-likeness of one line: positive for punctuated prose, negative for links and furniture."""
    text_chars = line.chars - line.link_chars
    if line.link_chars > 0.5 * line.chars:
        return -min(line.chars, 40) * 0.5 - 2
    if is_boilerplate_line(line.text):
        return -min(line.chars, 40) * 0.5 - 5
    density = line.punct / max(text_chars, 1)
    # about one mark per 10–15 characters in prose; a bare line of 40+ characters (old pages cut
    # the text into fixed-width lines) still counts as text, at a lower weight.
    weight = min(1.0, density * 12)
    if weight < 0.3 and text_chars >= 30:
        weight = 0.3
    if weight == 0:
        return -3.0
    return text_chars * weight - 2 * line.link_chars


def _best_range(ranges: list[tuple[int, int]], prefix: list[float], count: int) -> tuple[int, int]:
    best, best_score = (0, count), prefix[count]
    for start, end in ranges:
        total = prefix[end] - prefix[start]
        if total > best_score:
            best, best_score = (start, end), total
    return best


def _best_run(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """The contiguous run of lines with the highest total score (Kadane)."""
    best = (start, start)
    best_total = 0.0
    run_start, total = start, 0.0
    for i in range(start, end):
        if total <= 0:
            run_start, total = i, 0.0
        total += lines[i].score
        if total > best_total:
            best_total, best = total, (run_start, i + 1)
    return best


def flatten(root) -> tuple[list[Line], list[tuple[int, int]]]:
    flattener = _Flattener()
    flattener.walk(root)
    flattener.flush()
    return flattener.lines, flattener.ranges


def select_body(lines: list[Line], ranges: list[tuple[int, int]]) -> tuple[int, int]:
    """Indices [start, end) of the story's lines."""
    for line in lines:
        line.score = score_line(line)
    prefix = [0.0]
    for line in lines:
        prefix.append(prefix[-1] + line.score)
    start, end = _best_range(ranges, prefix, len(lines))
    return _best_run(lines, start, end)


def body_lines(lines: list[Line], start: int, end: int) -> list[str]:
    """The story's paragraphs: link lists and furniture inside the run are dropped."""
    kept = []
    for line in lines[start:end]:
        if line.link_chars > 0.5 * line.chars and line.punct < 2:
            continue
        if is_boilerplate_line(line.text):
            continue
        kept.append(line.text)
    return kept


def extract_page(html: str, url: str | None = None) -> Page:
    """The story text of a page and the metadata candidates seen around it."""
    tree = LexborHTMLParser(html)
    hints = meta_hints(tree)
    root = tree.body or tree.root
    if root is None:
        return Page(body="", title=hints.get("title"), hints=hints)
    remove_invisible(root)
    for node in root.css(_CONTROLS):
        node.decompose()
    lines, ranges = flatten(root)
    start, end = select_body(lines, ranges)
    head_title = split_title(hints.pop("page_title", None))
    title, title_index = pick_title(lines, start, head_title, hints.get("title"))
    if title:
        hints["title"] = title
    found, meta_indices = line_hints(lines, title_index, start, end)
    for key, value in found.items():
        hints.setdefault(key, value)
    kept = [i for i in range(start, end) if i not in meta_indices and i != title_index]
    paragraphs = body_lines([lines[i] for i in kept], 0, len(kept))
    return Page(body="\n\n".join(paragraphs), title=title, hints=hints)
