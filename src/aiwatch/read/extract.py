"""Main text and metadata of a full web page, by text and punctuation density.

The page is flattened into *lines* (the text between two block boundaries), each knowing how much
of it sits inside links and how much sentence punctuation it holds.  Story text is long and
punctuated (``记者从市教委获悉，今年全市……。``); boilerplate is linked (menus, related stories) or
short and bare (``首页``, ``打印本页``).  Every line gets a score, positive for story-like text
and negative for boilerplate:

- lines inside containers named like furniture (``id="comments"``, ``class="share-bar"``) count
  against their container; named patterns in ``BOILERPLATE_CONTAINERS``;
- short furniture lines (``【字体：大 中 小】``, ``分享到：``) are named in ``BOILERPLATE_LINES``
  (``data/page_furniture.yaml``);
- lines that close a page (``版权所有``, ``京ICP备…``, a ``热门评论`` heading) are barriers the
  story never crosses (``FOOTER_LINES``).

Every block element covers a contiguous run of lines, and the element whose run scores highest
holds the story (the same for a 2005 ``<table>`` layout, where the story is a ``<td>`` full of
``<br>``, and for a modern ``<article>``).  Inside it, the best-scoring contiguous run of lines
is kept, which drops comment boxes and link lists that share the container; the run then grows
over neighbouring prose paragraphs outside it (a lead in its own box).  Its far end is then held to
the story's own container (the smallest element with most of its weight), never crosses into a
list of items each under a name+time or headline-link header, nor into a second article under its
own headline and info line (``stay_in_container``, ``leave_item_lists``, ``_next_article``).  Metadata lines around the
title (``发布时间：2020-12-10  来源：张江高科技园区官网``) become hints and leave the body
(``htmlmeta.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml
from selectolax.lexbor import LexborHTMLParser

from aiwatch.meta.people import is_platform
from aiwatch.read.htmlmeta import (
    is_metadata_line,
    line_hints,
    meta_hints,
    pick_title,
    post_footer,
    script_account,
    script_date,
)
from aiwatch.text.html import BLOCK_TAGS, html_to_text, remove_invisible
from aiwatch.text.nesting import flatten_nesting


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
    punct: float  # sentence punctuation marks (an ASCII mark counts half in Chinese text)
    tag: str  # the enclosing block element
    furniture: bool = False  # inside a container named like a comment box, sidebar, share bar...
    kind: str | None = None  # the furniture pattern the line matches (BOILERPLATE_LINES, FOOTER_LINES)
    # a field label or a metadata line (发文机关：, 发布时间：… 来源：某局); None: not known yet
    label: bool | None = None
    score: float = 0.0
    teaser: bool = False  # inside one of several alike sibling blocks led by a link (a list of other stories)
    boxed: bool = False  # inside an <aside> or <blockquote> (a pull quote, when it repeats the story)
    depth: int = 0  # how many block elements enclose it
    parent: tuple[int, int] = (0, 0)  # the block around its own block: (its first line, its depth)
    # the text with a blank where two inline elements meet with none between them (<span>2025-05-13
    # 10:47</span><span>某某</span><span>某某网</span>): how a header line's fields are told apart
    spaced: str | None = None
    # its own block's id or class names a title (<div class="detail_title">, <p id="article-title">):
    # how an e-paper or a CMS marks its headline when it is no <h1>
    titled: bool = False


# Full-width sentence punctuation is the strongest sign of running Chinese text; the ASCII comma
# and full stop count less (they also show up in menus and file names).
_PUNCT = re.compile("[，。！？；：、“”‘’「」（）《》…—]")
# ... but not inside numbers: a stock widget's "3,245.12" or a time "10:30" is no sentence.
_ASCII_PUNCT = re.compile(r"(?<!\d)[,.!?;:]|[,.!?;:](?!\d)")
# English sentence marks are followed by a space or the end: "said one analyst." but not the
# dots of "/wp-trackback.php?p=1700".
_LATIN_PUNCT = re.compile(r"[,.!?;:](?=\s|$|[\"')\]])")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SKIP = frozenset({"-text", "_comment", None})
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u3000\u2002\u2003\u200b\ufeff]+")
# Form controls and buttons never hold the story ("提交", "发表评论").
_CONTROLS = "button, input, textarea, select, option, label"


def _page_furniture() -> dict[str, dict[str, tuple[int, re.Pattern[str]]]]:
    """``data/page_furniture.yaml``: ``lines`` (short lines that are page furniture wherever they
    stand, even inside the story's container: 【字体：大 中 小】, 分享到：微信) and ``footers`` (lines
    that close the page: 版权所有 © 2004 某某网, 京ICP备05004617号); name -> (longest line, pattern).
    Each pattern is searched in the line with its spaces removed; each carries examples (tests)."""
    text = resources.files("aiwatch.data").joinpath("page_furniture.yaml").read_text(encoding="utf-8")
    tables = yaml.safe_load(text)
    return {
        section: {
            rule["name"]: (int(rule["max_len"]), re.compile(rule["pattern"], _regex_flags(rule.get("flags", []))))
            for rule in tables[section]
        }
        for section in ("lines", "footers")
    }


def _regex_flags(names: list[str]) -> re.RegexFlag:
    flags = re.RegexFlag(0)
    for name in names:
        flags |= getattr(re, name)  # IGNORECASE (copyright, Copyright), ASCII (a bare web address)
    return flags


_FURNITURE = _page_furniture()
BOILERPLATE_LINES = _FURNITURE["lines"]
# Lines that close the page: nothing after them is story, so the story run never crosses them.
FOOTER_LINES = _FURNITURE["footers"]


# id/class names of page furniture containers: a comment box under the story
# (<div id="comments">), a share bar (<div class="m-share-bar">), a sidebar of related links
# (<div class="relationnews">).  Long distinctive words match anywhere in a name; short ones
# (nav, ad, foot) only as a whole token of a name ("ad_src0", "top_nav" but not "head").
BOILERPLATE_CONTAINERS: dict[str, re.Pattern[str]] = {
    "comments": re.compile(
        r"comment|respond|feedback|pinglun|liuyan|gentie|cmt|repl(?:y|ies)|(?:^|[\s_-])tie(?:$|[\s_-])"
    ),
    # an author's bio under the story: <div class="author-box">, "about-the-author"
    "bio": re.compile(r"author-?(?:box|bio|info|card|profile)|about-?(?:the-?)?author|(?:^|[\s_-])bio(?:$|[\s_-])"),
    "navigation": re.compile(r"navbar|menu|breadcrumb|crumbs|daohang|(?:^|[\s_-])nav(?:$|[\s_\d-])"),
    "sidebar": re.compile(r"sidebar|side-bar|(?:^|[\s_-])(?:side|aside)(?:$|[\s_\d-])"),
    "share": re.compile(r"share|social|bdshare|bds_"),
    "related": re.compile(r"related|relation|recommend|tuijian|xiangguan|(?:^|[\s_-])(?:hot|rank|tags?)(?:$|[\s_\d-])"),
    "footer": re.compile(r"footer|copyright|(?:^|[\s_-])(?:foot|copy)(?:$|[\s_-])"),
    "ads": re.compile(r"advert|sponsor|(?:^|[\s_-])(?:ad|ads|adv|banner)(?:$|[\s_\d-])"),
    "login": re.compile(r"login|logon|signin|register"),
    "promo": re.compile(r"newsletter|subscribe|subscription"),
}


def boilerplate_container(names: str) -> str | None:
    """The kind of furniture an element's id and class names announce, or None."""
    names = names.lower()
    for kind, pattern in BOILERPLATE_CONTAINERS.items():
        if pattern.search(names):
            return kind
    return None


def _any_of(*tables: dict[str, tuple[int, re.Pattern[str]]], longer_than: int = 0) -> re.Pattern[str]:
    """One pattern that matches where any of the tables' patterns (with a length limit above
    ``longer_than``) does: a quick first test."""
    parts = []
    for table in tables:
        for limit, pattern in table.values():
            if limit <= longer_than:
                continue
            flags = ("i" if pattern.flags & re.IGNORECASE else "") + ("a" if pattern.flags & re.ASCII else "")
            parts.append(f"(?{flags}:{pattern.pattern})" if flags else f"(?:{pattern.pattern})")
    return re.compile("|".join(parts))


def is_boilerplate_line(text: str) -> str | None:
    """The name of the furniture pattern a line matches (footer ones included), or None."""
    compact = _SPACES.sub("", text)
    if len(compact) > _LONGEST_LIMIT:
        return None
    # A long line can only match the few patterns whose limit it is under: the search over it,
    # the costly one, tries those only.
    quick = next(pattern for longest, pattern in _ANY_LINE_PATTERNS if len(compact) <= longest)
    if not quick.search(compact):
        return None
    for table in (FOOTER_LINES, BOILERPLATE_LINES):
        for name, (limit, pattern) in table.items():
            if len(compact) <= limit and pattern.search(compact):
                return name
    return None


_LIMITS = sorted({limit for table in (FOOTER_LINES, BOILERPLATE_LINES) for limit, _ in table.values()})
_LONGEST_LIMIT = _LIMITS[-1]
# (longest line, quick pattern of the tables' patterns that allow a line of that length)
_ANY_LINE_PATTERNS = [
    (limit, _any_of(FOOTER_LINES, BOILERPLATE_LINES, longer_than=shorter))
    for shorter, limit in zip([0, *_LIMITS], _LIMITS, strict=False)
]


def line_kind(text: str, chars: int, tag: str) -> str | None:
    """The furniture a line is, or None for a line that may be story text.

    A footer is bare; a sentence that names 版权 or 侵权行为 is story text
    ("使本来已经很麻烦的互联网版权问题更加复杂。"), and a photo credit ("© FMM") is no footer.
    """
    kind = is_boilerplate_line(text)
    if kind in FOOTER_LINES and ((chars > 50 and sum(text.count(m) for m in "，。；！？") > 3) or tag == "figcaption"):
        return None
    return kind


class _Flattener:
    """Walks the tree once, cutting text into lines and noting each block element's line range."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.ranges: list[tuple[int, int]] = []
        self._parts: list[str] = []
        self._link_chars = 0
        self._in_link = 0
        self._tags: list[str] = ["body"]
        self._furniture = 0
        self._teaser = 0
        self._boxed = 0
        self._starts: list[int] = []
        self._titled: list[bool] = [False]

    def flush(self) -> None:
        if not self._parts:
            return
        joined = "".join(self._parts)
        self._parts = []
        spaced = None
        if _FIELD_CUT in joined:
            spaced = _SPACES.sub(" ", joined.replace(_FIELD_CUT, " ")).strip()
            joined = joined.replace(_FIELD_CUT, "")
        text = _SPACES.sub(" ", joined).strip()
        link_chars, self._link_chars = self._link_chars, 0
        if not text:
            return
        chars = len(text) - text.count(" ")
        # Single-character classes are counted by removal: findall made one object per character.
        punct = len(text) - len(_PUNCT.sub("", text))
        ascii_marks = len(_ASCII_PUNCT.findall(text))
        # In Chinese text an ASCII mark is half a sign of prose; in English or French prose it is
        # the only sign, and words are ~6 characters long, so it weighs as much as 5 CJK marks.
        if len(text) - len(_CJK.sub("", text)) < 0.3 * chars:
            punct += 5.0 * len(_LATIN_PUNCT.findall(text))
        else:
            punct += 0.5 * ascii_marks
        tag = self._tags[-1]
        kind = line_kind(text, chars, tag)
        line = Line(text, chars, min(link_chars, chars), punct, tag, self._furniture > 0, kind)
        line.teaser = self._teaser > 0
        line.boxed = self._boxed > 0
        line.depth = len(self._tags)
        line.parent = (self._starts[-2] if len(self._starts) > 1 else -1, line.depth - 1)
        line.titled = self._titled[-1]
        if spaced and spaced != text and len(text) <= 120 and line.link_chars <= 0.5 * chars:
            line.spaced = spaced  # (a bar of links is buttons: 在线荐稿 记者博客 联系记者)
        self.lines.append(line)

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

    def walk(self, root) -> None:
        """Depth-first over the tree with an explicit stack: old pages nest thousands of unclosed
        ``<font>`` tags, deeper than Python's recursion limit."""
        stack: list[tuple[Any, str | None, int]] = [(root.child, None, 0)]
        pre = 0
        while stack:
            child, _, _ = stack[-1]
            if child is None:
                _, tag, opened = stack.pop()
                if stack:
                    pre -= self.leave(tag, opened)
                    stack[-1] = (stack[-1][0].next, stack[-1][1], stack[-1][2])
                continue
            tag = child.tag
            if tag == "-text":
                self.text(child.text_content or "", pre > 0)
            elif tag == "br":
                self.flush()
            elif tag not in _SKIP:
                opened = self.enter(child, tag)
                pre += tag == "pre"
                stack.append((child.child, tag, opened))
                continue
            stack[-1] = (child.next, stack[-1][1], stack[-1][2])

    def enter(self, node, tag: str) -> int:
        """Open an element; returns bit flags of what was opened, for ``leave``."""
        opened = 0
        attrs = node.attributes
        names = f"{attrs.get('id') or ''} {attrs.get('class') or ''}" if attrs else ""
        if tag in _LINE_BREAKING:
            self.flush()
            self._tags.append(tag)
            self._starts.append(len(self.lines))
            self._titled.append(bool(_TITLE_NAME.search(names)))
            opened |= _BLOCK
        if names.strip() and boilerplate_container(names) is not None:
            self._furniture += 1
            opened |= _FURNITURE
        if attrs and _TEASER_MARK in attrs:
            self._teaser += 1
            opened |= _TEASER
        if tag in _FIELD_TAGS:
            self._cut()
            opened |= _FIELD
        if tag == "a":
            self._in_link += 1
            opened |= _LINK
        elif tag in _BOXES:
            self._boxed += 1
            opened |= _BOXED
        return opened

    def _cut(self) -> None:
        """Mark where an inline field element starts or ends, unless a blank is there already."""
        last = next((part for part in reversed(self._parts) if part), "")
        if last and not last[-1].isspace() and last[-1] != _FIELD_CUT:
            self._parts.append(_FIELD_CUT)

    def leave(self, tag: str | None, opened: int) -> int:
        """Close an element; returns 1 when it was a ``<pre>``."""
        if opened & _FIELD:
            self._cut()
        if opened & _LINK:
            self._in_link -= 1
        if opened & _FURNITURE:
            self._furniture -= 1
        if opened & _TEASER:
            self._teaser -= 1
        if opened & _BOXED:
            self._boxed -= 1
        if opened & _BLOCK:
            self.flush()
            self._tags.pop()
            self._titled.pop()
            start = self._starts.pop()
            if len(self.lines) > start:
                self.ranges.append((start, len(self.lines)))
        return int(tag == "pre")


# A field label alone in its cell: 索 引 号：, 发文机关：, 成文日期： (a government notice's header
# table); its colon is no sentence.
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff \u3000]{2,10}[:：]$")
_LINE_BREAKING = BLOCK_TAGS | {"td", "th", "pre"}
# A block named as a title: detail_title, article-title, newsTitle, headline; not a subtitle, a
# list's or a box's title (sub_title, list-title, box_title) nor a title bar's words.
_TITLE_NAME = re.compile(
    r"(?:^|\s)(?:(?:detail|article|art|news|content|con|main|page|post|story|entry|text)[-_]?)?"
    r"(?:title|headline|biaoti)\d?(?=\s|$)",
    re.IGNORECASE,
)
_BLOCK, _FURNITURE, _LINK, _TEASER, _BOXED, _FIELD = 1, 2, 4, 8, 16, 32
# Inline elements a header line puts its fields in, one each (not links); where they meet, the
# line's spaced text has a blank (the marker is no character of any page).
_FIELD_TAGS = frozenset({"span", "time", "em", "i", "b", "strong", "font", "label", "cite"})
_FIELD_CUT = "\x1f"
_BOXES = frozenset({"aside", "blockquote"})
_TEASER_MARK = "data-aiwatch-teaser"
# Blocks that repeat under one parent: <div class="newsflash-item">, <li> of a feed.
_TEASER_TAGS = "div, li, dd, article, section"


def mark_teasers(root, min_items: int = 3) -> None:
    """Mark the items of lists of other stories: at least ``min_items`` sibling blocks of the same
    tag and class, each short and led by a link that holds a good share of its text (a headline
    and its summary: 36kr's 最新快讯 under a one-paragraph flash, a feed of 推荐阅读 with summaries).

    Story paragraphs repeat too (<div class="para">), but carry no links; a forum's posts carry a
    user link, but a small share of a long text.
    """
    groups: dict[tuple[int, str, str], list] = {}
    for node in root.css(_TEASER_TAGS):
        parent = node.parent
        if parent is None:
            continue
        key = (parent.mem_id, node.tag, node.attributes.get("class") or "")
        groups.setdefault(key, []).append(node)
    for items in groups.values():
        if len(items) < min_items or not all(_is_teaser(node) for node in items):
            continue
        for node in items:
            node.attrs[_TEASER_MARK] = "1"


def _is_teaser(node) -> bool:
    text = _SPACES.sub("", node.text(deep=True))
    if not 8 <= len(text) <= 300:
        return False
    links = node.css("a")
    link_chars = sum(len(_SPACES.sub("", link.text(deep=True))) for link in links)
    return link_chars >= 6 and link_chars >= 0.12 * len(text) and not _inline_link(links[0], node)


def _inline_link(link, item) -> bool:
    """Whether the item's first link runs on into a sentence: a listicle's "<a>文献助手A</a>：输入
    研究主题后……" is story text, a teaser's "<a><h4>标题</h4></a><p>摘要</p>" is not."""
    node = link
    while node is not None and node.parent is not None and node.parent.mem_id != item.mem_id:
        if node.next is not None:
            break
        node = node.parent
    sibling = node.next if node is not None else None
    while sibling is not None and sibling.tag == "-text" and not (sibling.text_content or "").strip():
        sibling = sibling.next
    return sibling is not None and sibling.tag == "-text"


# The header over each item of a list of posts or other stories: a name and a time over a comment
# (城西老李 01-08 09:12), a headline link over its summary.  A bare time (14:32 over a live blog's
# entry) names no one: the entries are the story.
_ITEM_TIME = re.compile(
    r"\d{1,2}:\d{2}|\d{4}[-/.年]\d{1,2}|\d{1,2}[-/月]\d{1,2}|\d+\s*(?:秒|分钟|小时|天)前|刚刚|昨天|前天"
)
_ITEM_TIME_PARTS = re.compile(r"[\d\s:：/.\-年月日时分秒前]|刚刚|昨天|前天|小时|分钟|天")


def _is_item_header(line: Line) -> str | None:
    """ "link" for a headline link, "name" for a name and a time, None for neither.  A linked tool
    name (<h3><a>Notion AI</a></h3> in a listicle) is too short for a headline."""
    if line.chars > 40:
        return None
    if line.link_chars >= 8 and line.link_chars >= 0.8 * line.chars:
        return "link"
    if line.punct > 1 or not _ITEM_TIME.search(line.text):
        return None
    return "name" if len(_ITEM_TIME_PARTS.sub("", line.text)) >= 2 else None


def _is_item_text(line: Line) -> bool:
    return line.chars - line.link_chars >= 20 and line.punct >= 1 and line.link_chars <= 0.3 * line.chars


def _is_item_filler(line: Line) -> bool:
    """A list's own heading (编辑推荐) or an item's tools (回复 顶, 财经频道 1小时前)."""
    return (line.chars <= 20 and line.punct <= 1) or (line.chars <= 30 and line.link_chars >= 0.5 * line.chars)


def item_lists(lines: list[Line], ranges: list[tuple[int, int]], min_items: int = 3) -> list[tuple[int, int, set[str]]]:
    """Line ranges of blocks that are lists of items, each one paragraph with a header line over
    or under it, and the kinds of headers: comments under the story with only a name and a time
    over each (城西老李 01-08 09:12) or under it (网友 山海经 发表于 01-08 10:05), and no heading or
    class name to announce them; an 编辑推荐 box of linked titles and their summaries between the
    story's paragraphs.  Every line of the block must be such an item or short filler (a heading,
    回复 顶), so the story's container (a dateline over several paragraphs) is never one.
    """
    found = []
    for start, end in ranges:
        if not 2 * min_items <= end - start <= 80:
            continue
        items, kinds, i = 0, set(), start
        while i < end:
            line, after = lines[i], lines[i + 1] if i + 1 < end else None
            kind = _is_item_header(line) if after is not None and _is_item_text(after) else None
            if kind is None and after is not None and _is_item_text(line) and _is_item_header(after) == "name":
                kind = "name"  # the header under the paragraph
            if kind is not None:
                items += 1
                kinds.add(kind)
                i += 2
            elif _is_item_filler(line):
                i += 1
            else:
                break
        if i == end and items >= min_items:
            found.append((start, end, kinds))
    return found


def leave_item_lists(lines: list[Line], ranges: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The run without the item lists it crossed into from the story: it ends where a list after
    the story begins, and a list between the story's paragraphs is marked to be dropped.  A run
    that starts inside a list (a forum thread whose first post is the story) is left alone."""
    inside = [(s, e) for s, e in ranges if start < s < end]
    for list_start, list_end, kinds in item_lists(lines, inside):
        if _text_chars(lines, start, list_start) < 50:
            continue
        # Linked headlines with a summary each that make most of the run are the story: a roundup
        # (本周值得读的五篇论文) under a line of introduction.
        # ... unless a list heading announces them (相关报道 over the box).
        announced = any(lines[j].kind == "list_heading" for j in range(max(start, list_start - 1), list_start + 1))
        if (
            kinds == {"link"}
            and not announced
            and 2 * _text_chars(lines, list_start, list_end) > _text_chars(lines, start, end)
        ):
            continue
        if _text_chars(lines, list_end, end) >= 50:
            for line in lines[list_start:list_end]:
                line.kind = "item_list"
        else:
            end = list_start
    return start, end


_BARRIER = -1000.0


def score_line(line: Line, furniture: bool = True) -> float:
    """Story-likeness of one line: positive for punctuated prose, negative for links and furniture."""
    if line.kind == "comments_heading" and line.link_chars <= 0.5 * line.chars:
        # The heading over the comments closes the story even inside a box named like furniture
        # (Sohu's <div id="comment_area"> 我来说两句, with a feed of summaries under it).
        return _BARRIER
    if line.teaser or (furniture and line.furniture):
        return -min(line.chars, 40) * 0.5 - 2
    text_chars = line.chars - line.link_chars
    if line.link_chars > 0.5 * line.chars:
        return -min(line.chars, 40) * 0.5 - 2
    if line.kind in FOOTER_LINES:
        return _BARRIER
    if line.kind:
        return -min(line.chars, 40) * 0.5 - 5
    if line.tag == "h1":
        # The headline is no story text: a run that starts at it reaches less far into the lines
        # under it (文｜王梓涵, 编辑｜苏建勋) that ``line_hints`` reads.
        return -2.0
    density = line.punct / max(text_chars, 1)
    # about one mark per 10–15 characters in prose; a bare line of 40+ characters (old pages cut
    # the text into fixed-width lines) still counts as text, at a lower weight.
    weight = min(1.0, density * 12)
    if weight < 0.3 and text_chars >= 30:
        weight = 0.3
    if weight == 0:
        return -3.0
    if line.label is None:  # asked only of lines that would score as text: the test is costly
        line.label = line.chars <= 80 and (_FIELD_LABEL.match(line.text) is not None or is_metadata_line(line.text))
    if line.label:
        # Metadata is no story text either: a header table of labels and values, or the time and
        # source line, leave the run that the story starts.
        return -min(line.chars, 40) * 0.25 - 2
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
    """Indices [start, end) of the story's lines.

    Lines inside furniture containers count against a container.  The names are ignored when the
    story found without them lies elsewhere and is much longer than the one found with them: a
    site that wraps everything in <div class="main_menu_box">, or an opinion column whose story
    box is named "comment".  (Comments under a story overlap the story, so they stay out.)
    """
    if not any(line.furniture for line in lines):
        return _select(lines, ranges, furniture=False)
    with_names = _select(lines, ranges, furniture=True)
    without = _select(lines, ranges, furniture=False)
    named_chars = _text_chars(lines, *with_names)
    apart = with_names[1] <= without[0] or without[1] <= with_names[0]
    # ... but comments longer than the story, under a comments heading that follows it, are still
    # comments: 网友留言（5） then five long messages under two paragraphs of news.
    after_comments = without[0] >= with_names[1] and any(
        line.kind == "comments_heading" for line in lines[with_names[1] : without[0] + 1]
    )
    if named_chars < 50 or (apart and not after_comments and _text_chars(lines, *without) >= 3 * named_chars):
        return without
    return with_names


def _text_chars(lines: list[Line], start: int, end: int) -> int:
    return sum(line.chars - line.link_chars for line in lines[start:end])


def _select(lines: list[Line], ranges: list[tuple[int, int]], furniture: bool) -> tuple[int, int]:
    for line in lines:
        line.score = score_line(line, furniture)
    prefix = [0.0]
    for line in lines:
        prefix.append(prefix[-1] + line.score)
    start, end = _best_range(ranges, prefix, len(lines))
    start, end = _best_run(lines, start, end)
    start, end = _extend(lines, prefix, start, end)
    return start, _next_article(lines, start, end)


def stay_in_container(
    lines: list[Line], ranges: list[tuple[int, int]], start: int, end: int, share: float = 0.75
) -> tuple[int, int]:
    """End the run where the story's container ends.

    The container is the smallest element that holds the run's first paragraph and ``share`` of
    the run's story weight.  What the run grew over after it is a small block of prose outside
    the story's own box: the author's bio (<div class="about"><p>陈默，互联网产品经理…</p></div>),
    a newsletter invitation, a site's rights notice.  A lead in its own box before the container
    stays (it opens the story), and so does a second part of the story that holds more than the
    rest of the weight: the container then is the element around both.
    """
    first = next((i for i in range(start, end) if _is_paragraph(lines[i])), None)
    if first is None:
        return start, end
    weight = [0.0]
    for line in lines[start:end]:
        weight.append(weight[-1] + (line.score if line.score > 0 and not line.kind else 0.0))
    total = weight[-1]
    # the first paragraph's sibling lines of prose in the run belong to its box: a <p> alone is no
    # container when the story's next, shorter paragraph stands beside it in the same box
    siblings = [i for i in range(first, end) if lines[i].parent == lines[first].parent and lines[i].score > 0]
    best = None
    for range_start, range_end in ranges:
        if range_start <= first < range_end and siblings[-1] < range_end < end:
            held = weight[range_end - start] - weight[max(range_start, start) - start]
            if held >= share * total and (best is None or range_end - range_start < best[1] - best[0]):
                best = (range_start, range_end)
    if best:
        return start, best[1]
    return start, _deeper_tail(lines, ranges, first, start, end)


def _deeper_tail(lines: list[Line], ranges: list[tuple[int, int]], first: int, start: int, end: int) -> int:
    """Where prose after the story's box sits deeper than the story's own paragraphs: each comment
    or summary in its own wrapper (<div class="x"><div><p>…</p></div>…) after paragraphs that are
    children of one box (<div class="t"><p>…</p><p>…</p></div>).  Such a tail can outweigh the
    story, so the share of weight does not find it; its markup does."""
    box = None
    for range_start, range_end in ranges:
        smaller = box is None or range_end - range_start < box[1] - box[0]
        if (
            range_start <= first < range_end < end
            and smaller
            and sum(1 for i in range(max(range_start, start), range_end) if _is_paragraph(lines[i])) >= 2
        ):
            box = (range_start, range_end)
    if box is None:
        return end
    own = [lines[i].depth for i in range(max(box[0], start), box[1]) if _is_paragraph(lines[i])]
    tail = [lines[i] for i in range(box[1], end) if _is_paragraph(lines[i])]
    # each in a wrapper of its own: the rest of a story in one deeper box (<div class="inner">) stays
    wrapped = len({line.parent for line in tail}) == len(tail)
    return box[1] if len(tail) >= 2 and wrapped and min(line.depth for line in tail) > max(own) else end


_HEADINGS = frozenset({"h1", "h2", "h3"})


def _next_article(lines: list[Line], start: int, end: int, min_before: int = 100) -> int:
    """Where a second article begins inside the run: a headline over its own time and source line
    (<h2>寒假期间全省图书馆延长开放时间</h2> then 2025-01-12 07:45　来源：省报, under the main story).
    A subheading inside a story has no such line under it."""
    before = 0
    for i in range(start, end):
        line = lines[i]
        if (
            line.tag in _HEADINGS
            and before >= min_before
            and line.punct <= 1
            and any(is_metadata_line(lines[j].text) for j in range(i + 1, min(i + 3, end)))
        ):
            return i
        if line.score > 0:
            before += line.chars - line.link_chars
    return end


def _is_paragraph(line: Line) -> bool:
    return line.chars - line.link_chars >= 40 and line.score >= 0.5 * line.chars


def _extend(lines: list[Line], prefix: list[float], start: int, end: int, min_gain: float = 30.0) -> tuple[int, int]:
    """Grow the run over neighbouring lines outside its container when they add real paragraphs.

    A lead paragraph often sits in its own box above the story's container
    (<div class="summary">…</div><div class="text">…</div>); a greeting or a forum's
    "在线用户:12066" line does not count, only a line that is a paragraph of prose does.
    """
    best_start, best_gain = start, 0.0
    for i in range(start - 1, max(-1, start - 30), -1):
        gain = prefix[start] - prefix[i]
        if gain > best_gain and _is_paragraph(lines[i]):
            best_start, best_gain = i, gain
    if best_gain < min_gain:
        best_start = start
    # ... and a shorter line of prose in the same box as the run's first line, just above it (a
    # short opening sentence over a long second paragraph, <p>一句话导语。</p><p>……</p>)
    while best_start == start and start > 0 and _is_sibling_prose(lines, start - 1, start):
        start = best_start = start - 1
    best_end, best_gain = end, 0.0
    for j in range(end + 1, min(len(prefix), end + 31)):
        gain = prefix[j] - prefix[end]
        if gain > best_gain and _is_paragraph(lines[j - 1]):
            best_end, best_gain = j, gain
    if best_gain < min_gain:
        best_end = end
    return best_start, best_end


def _is_sibling_prose(lines: list[Line], i: int, neighbour: int, min_chars: int = 10) -> bool:
    """Line ``i`` is prose (a sentence's marks, no links, no furniture) in the same element as
    line ``neighbour``: the story's own box goes on there."""
    line = lines[i]
    return (
        line.parent == lines[neighbour].parent
        and line.depth == lines[neighbour].depth
        and line.chars - line.link_chars >= min_chars
        and line.score >= 0.5 * line.chars
        and line.punct >= 1
        and not line.kind
    )


def body_lines(lines: list[Line], start: int, end: int) -> list[str]:
    """The story's paragraphs: link lists and furniture inside the run are dropped."""
    kept = []
    for line in lines[start:end]:
        if line.link_chars > 0.5 * line.chars and line.punct < 2:
            continue
        if line.kind:
            continue
        kept.append(line.text)
    return kept


def extract_page(html: str, url: str | None = None) -> Page:
    """The story text of a page and the metadata candidates seen around it."""
    html, flattened = flatten_nesting(html)
    tree = LexborHTMLParser(html)
    hints = meta_hints(tree)
    if flattened:
        hints["flattened"] = flattened
    root = tree.body or tree.root
    if root is None:
        hints.pop("ld_body", None)
        return Page(body="", title=hints.get("title"), hints=hints)
    remove_invisible(root, keep_hidden_prose=200)
    for node in root.css(_CONTROLS):
        node.decompose()
    mark_teasers(root)
    lines, ranges = flatten(root)
    start, end = stay_in_container(lines, ranges, *leave_item_lists(lines, ranges, *select_body(lines, ranges)))
    page_title = hints.pop("page_title", None)
    title, title_index = pick_title(lines, start, page_title, hints.get("title"))
    site = title_suffix(page_title, title)
    if site and "site_name" not in hints:
        hints["site_name"] = site
        hints.setdefault("_from", {})["site_name"] = "<title> suffix"
    if title:
        if title != hints.get("title"):
            hints.setdefault("_from", {})["title"] = "headline" if title_index >= 0 else "<title>"
        hints["title"] = title
    end, footer = post_footer(lines, start, end)
    found, meta_indices = line_hints(lines, title_index, start, end)
    hints["_lines"] = dict(found)  # the lines' own values, for the metadata stage to weigh (evidence)
    for key, value in found.items():
        if key not in hints:
            hints[key] = value
            hints.setdefault("_from", {}).setdefault(key, "line")
    # <meta name="publishdate" content="2024-03-05"> and the line "2024年03月05日08:21": keep the time.
    line_date, meta_date = found.get("published"), hints.get("published")
    if line_date and meta_date and len(line_date) > len(meta_date) and line_date.startswith(meta_date):
        hints["published"] = line_date
    # Weaker sources last: the outlet that publishes the JSON-LD (a 来源 line names the writer),
    # the blog's owner (a byline names a guest writer), a date only a script holds (WeChat's ``var ct``).
    publisher = hints.pop("publisher", None)
    if publisher and "source" not in hints:
        hints["source"] = publisher
    element_source = hints.pop("element_source", None)
    if element_source and "source" not in hints and "account" not in hints:
        hints["source"] = element_source
        hints.setdefault("_from", {})["source"] = "source element"
    # the names of a stamp line (某号 · 某某 · 2025-03-05) after every labelled line and the account box
    stamp_source, stamp_author = hints.pop("stamp_source", None), hints.pop("stamp_author", None)
    if stamp_source and "source" not in hints and "account" not in hints:
        hints["source"] = stamp_source
        hints.setdefault("_from", {})["source"] = "line"
    if stamp_author and "author" not in hints:
        hints["author"] = stamp_author
        hints.setdefault("_from", {})["author"] = "line"
    owner = hints.pop("blog_owner", None)
    if owner and "author" not in hints:
        hints["author"] = owner
        hints.setdefault("_from", {})["author"] = "link blog owner"
    # the account in the page's state, where nothing names the source or the writer, or only a
    # platform's channel label does (澎湃新闻·澎湃号·政务)
    unnamed = "source" not in hints and "author" not in hints
    if "account" not in hints and (unnamed or is_platform(hints.get("source"))):
        account = script_account(html)
        if account:
            hints["account"] = account
            hints.setdefault("_from", {})["account"] = "script"
    if "published" not in hints:
        published = script_date(html)
        if published:
            hints["published"] = published
            hints.setdefault("_from", {})["published"] = "script"
    # the run may open above its headline (an e-paper's 引题 over the 主题): that is no story
    first = title_index + 1 if start <= title_index < end else start
    kept = [i for i in range(first, end) if i not in meta_indices and i not in (title_index, footer)]
    kept = drop_pull_quotes(lines, kept)
    paragraphs = body_lines([lines[i] for i in kept], 0, len(kept))
    paragraphs = drop_author_bio(paragraphs, hints.get("author"))
    body = "\n\n".join(paragraphs)
    # The page's own text, for the metadata stage to notice a body that is only a promo (issue 12).
    hints["_page_chars"] = sum(line.chars for line in lines)
    ld_body = hints.pop("ld_body", None)
    if ld_body and _text_length(body) < 0.5 * _text_length(ld_body):
        # The page's JSON-LD holds the whole story and the page only a teaser or a shell that a
        # script fills: the structured copy is the better text.
        if _MARKUP.search(ld_body):
            body = html_to_text(ld_body)  # some sites put the story's HTML in articleBody
        else:
            body = "\n\n".join(part.strip() for part in _LD_PARAGRAPHS.split(ld_body) if part.strip())
    return Page(body=body, title=title, hints=hints)


# 标题 - 江湾科技, 标题 | 某某之心: what the <title> adds after the headline is the site's name
_SUFFIX = re.compile(r"^\s*(?:[-–—_|｜]|－|——)\s*(?P<site>[^\s，。！？：:、|｜_]{2,12})\s*$")
# ... and where it adds several parts (标题 - 新闻中心 - 某某科技有限公司, 标题 | 科技 | 某某社, 标题 - 某某网 -
# 专业财经新闻网站): the last part that names an outlet or a body, else the last part after sections
# of a word or two; a slogan after the site's name is none.
_SEPARATOR = re.compile(r"\s*(?:[-–—－]{1,4}|[_|｜])\s*")


def _site_among(parts: list[str]) -> str | None:
    parts = [part.strip() for part in parts if part.strip()]
    if len(parts) == 1:  # 标题----某某研究所: a long rule of dashes before the body's name
        return parts[0] if _names_site(parts[0]) else None
    if not 2 <= len(parts) <= 4:
        return None
    named = [part for part in parts if _names_site(part)]
    if named:
        return named[-1]
    if all(len(part) <= 4 for part in parts[:-1]) and 2 <= len(parts[-1]) <= 16:
        return parts[-1]
    return None


def title_suffix(page_title: str | None, title: str | None) -> str | None:
    """The site's name a ``<title>`` gives after the page's headline, or None."""
    if not page_title or not title:
        return None
    head, title = " ".join(page_title.split()), " ".join(title.split())
    first = re.split(r"\s+(?:[-–—_|｜]|－|——)\s+", head, maxsplit=1)[0]
    if len(first) >= 8 and first != head and title.startswith(first):
        title = first  # the <title> gives the headline shortened (its first clause), then the site
    if not head.startswith(title):
        # a <title> that is only the site's name, after a section's at most (中国青年报, 联盟动态-某某联盟),
        # the headline printed in the page alone: its last part, when it names an outlet or a body
        last = re.split(r"\s*(?:[-–—_|｜]|－|——)\s*", head)[-1]
        if title not in head and len(head) <= 24 and _names_site(last):
            return last
        return None
    rest = head[len(title) :]
    match = _SUFFIX.match(rest)
    site = match["site"] if match else _site_among(_SEPARATOR.split(rest)[1:]) if _SEPARATOR.match(rest) else None
    if not site:
        return None
    # 标题-某某网官方网站: the site's name, without the words saying it is its own site
    bare = _OFFICIAL_SITE.sub("", site)
    return bare if len(bare) >= 2 else site


_OFFICIAL_SITE = re.compile(r"(?:官方网站|官方网|官网)$")


_OUTLET_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,16}(?:报|網|報|网|社|电视台|广播电台|杂志|联盟|协会|学会|商会|委员会|政府|大学|学院|研究院|研究所|中心|集团|公司)$"
)
_SECTION_NAME = re.compile(r"^(?:新闻|信息|资讯|媒体|融媒体|服务|数据|政务)中心$|^(?:首页|主页|网站首页)$")


def _names_site(part: str) -> bool:
    """A part of a <title> that names an outlet or a body (某某网, 某某研究所), not a section of it."""
    return bool(_OUTLET_NAME.match(part)) and not _SECTION_NAME.match(part)


_QUOTES = re.compile("[“”‘’「」『』\"'\\s]")
_CREDIT = re.compile(r"^\s*(?:——|—|--|-|―)\s*\S")


def drop_pull_quotes(lines: list[Line], kept: list[int], min_chars: int = 12) -> list[int]:
    """Without pull quotes: a line in an <aside> or <blockquote> that another line of the story
    already holds (工具写得越快，审查就越重要。… inside “工具写得越快，…两千行。”刘洋说。), and the
    credit under it in the same box (—— 刘洋，电商公司工程师).  A repeated line outside such a box
    stays: a summary box over the story repeats its sentences, and is part of it."""
    if not any(lines[i].boxed for i in kept):
        return kept
    compact = {i: _QUOTES.sub("", lines[i].text) for i in kept}
    result, dropped = [], False
    for i in kept:
        line, text = lines[i], compact[i]
        if not line.boxed:
            dropped = False
        elif dropped and len(text) <= 30 and _CREDIT.match(line.text):
            continue
        elif len(text) >= min_chars and any(j != i and text in compact[j] and not lines[j].boxed for j in kept):
            dropped = True
            continue
        result.append(i)
    return result


def drop_author_bio(paragraphs: list[str], author: str | None) -> list[str]:
    """Drop a last paragraph that introduces the author by name: the bio under a column
    (陈默，互联网产品经理，曾在…), "Daniel Osei is a reporter covering…"."""
    if not author or len(paragraphs) < 3 or len(author) < 2:
        return paragraphs
    last = paragraphs[-1].strip()
    if len(last) <= 300 and re.match(re.escape(author) + r"\s*(?:[，,（(]|is\s|was\s|是)", last):
        return paragraphs[:-1]
    return paragraphs


_LD_PARAGRAPHS = re.compile(r"\n\s*")
_MARKUP = re.compile(r"<(?:p|br|div|span|strong|img)\b", re.IGNORECASE)


def _text_length(text: str) -> int:
    return len(_SPACES.sub("", text))
