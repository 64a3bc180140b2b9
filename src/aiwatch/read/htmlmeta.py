"""Metadata candidates of a web page: ``<meta>`` tags, ``<time>``, and the short lines near the title.

Chinese news pages rarely fill ``article:published_time``; they print the facts in a line under the
headline: ``发布时间：2020-12-10  来源：张江高科技园区官网``, ``2005-5-7 21:23:57 作者：茉莉``,
``责任编辑：王伟``.  Those lines are read here as hints for the metadata stage, and their indices
are returned so the extractor keeps them out of the body.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from aiwatch.meta.dates import parse_date

# <meta name|property|itemprop=KEY content=...> → hint key.  First one found wins.
META_KEYS: dict[str, str] = {
    "og:title": "title",
    "twitter:title": "title",
    "article:published_time": "published",
    "og:article:published_time": "published",
    "og:release_date": "published",
    "datepublished": "published",
    "pubdate": "published",
    "publishdate": "published",
    "publish_date": "published",
    "publication_date": "published",
    "publishedtime": "published",
    "firstpublishedtime": "published",
    "dc.date.issued": "published",
    "dc.date": "published",
    "date": "published",
    "weibo:article:create_at": "published",
    "og:url": "url",
    "author": "author",
    "article:author": "author",
    "dc.creator": "author",
    "source": "source",
    "mediaid": "source",
    "og:site_name": "site_name",
    "application-name": "site_name",
    "description": "description",
    "og:description": "description",
    "keywords": "keywords",
    "news_keywords": "keywords",
    "content-language": "language",
}

# zh, zh-CN, zh-Hans-CN, en; not "utf-8", which some pages put in content-language.
_LANGUAGE = re.compile(r"^(?!utf)[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_SOURCE_LABEL = re.compile(r"^(?:文章)?来源\s*[:：]\s*")
_KEYWORD_SPLIT = re.compile(r"[,，;；、|\s]+")
# 新浪网 / 中国新闻网 suffixes: "标题_新浪网", "标题-中国新闻网", "标题 | 澎湃新闻", "标题——人民网"
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|—{1,2}|－|\s-\s|-{1,2}(?=[^\d\s]{2,}\S*$)|::)\s*")
_NON_TEXT = re.compile(r"[\s\u3000\u00a0]+")


def meta_hints(tree) -> dict[str, Any]:
    """Hints from the document head: meta tags, canonical link, ``<title>``, ``<time>``, ``lang``."""
    hints: dict[str, Any] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = (attrs.get("content") or "").strip()
        if not key or not content:
            continue
        target = META_KEYS.get(key.strip().lower())
        if target is None or target in hints:
            continue
        if target == "published":
            content = parse_date(content)
            if not content:
                continue
        elif target == "author" and content.startswith(("http:", "https:", "//")):
            continue  # <meta name="author" content="https://www.facebook.com/...">: a link, no name
        elif target == "source":
            content = _SOURCE_LABEL.sub("", content) or content  # "来源：人民网-科技频道"
        elif target == "keywords":
            content = [word for word in _KEYWORD_SPLIT.split(content) if word]
        hints[target] = content
    canonical = tree.css_first("link[rel=canonical]")
    if canonical is not None and canonical.attributes.get("href"):
        hints.setdefault("url", canonical.attributes["href"].strip())
    if "published" not in hints:
        for node in tree.css("time"):
            published = parse_date(node.attributes.get("datetime") or node.text(strip=True))
            if published:
                hints["published"] = published
                break
    html = tree.css_first("html")
    lang = (html.attributes.get("lang") or "").strip() if html is not None else ""
    if _LANGUAGE.match(lang):
        hints["language"] = lang
    elif not _LANGUAGE.match(hints.get("language", "")):
        hints.pop("language", None)
    title = tree.css_first("title")
    if title is not None:
        text = _NON_TEXT.sub(" ", title.text()).strip()
        if text:
            hints["page_title"] = text
    return hints


def split_title(text: str | None) -> str | None:
    """The story's part of a ``<title>``: ``"标题_新浪网"`` → ``"标题"``."""
    if not text:
        return None
    parts = [part for part in _TITLE_SEPARATORS.split(text) if part.strip()]
    if not parts:
        return text
    first = parts[0].strip()
    if len(first) >= 2 or len(parts) == 1:
        return first
    return max(parts, key=len).strip()


def _overlap(a: str, b: str) -> int:
    ca, cb = Counter(a), Counter(b)
    return sum(min(n, cb[ch]) for ch, n in ca.items())


def pick_title(lines, body_start: int, head_title: str | None, og_title: str | None) -> tuple[str | None, int]:
    """The headline line that best matches the ``<title>``, and its index (-1 when none)."""
    reference = _NON_TEXT.sub("", og_title or head_title or "")
    best, best_score = -1, 0.0
    if reference:
        # The headline stands just above the story; a site banner at the top of the page that
        # repeats a blog's <title> ("China-Pub blog--洞庭一叶") is not it.
        for i in range(max(0, body_start - 30), min(len(lines), body_start + 3)):
            line = lines[i]
            compact = _NON_TEXT.sub("", line.text)
            heading = line.tag in ("h1", "h2", "h3")
            if not 2 <= len(compact) <= 100 or (line.link_chars > 0.5 * line.chars and not heading):
                continue
            common = _overlap(compact, reference)
            score = (common / len(compact)) * (common / len(reference))
            if line.tag in ("h1", "h2"):
                score += 0.15
            if score > best_score:
                best, best_score = i, score
    if best >= 0 and best_score >= 0.5:
        return lines[best].text, best
    if not reference:
        # No <title>: the nearest heading above the story ("<h2>很高兴入住博客堂</h2>").
        for i in range(body_start - 1, max(-1, body_start - 11), -1):
            if lines[i].tag in ("h1", "h2", "h3") and 2 <= lines[i].chars <= 100:
                return lines[i].text, i
    return split_title(og_title) or head_title, -1


# Lines under the headline: each pattern names the hint it gives.  The value stops at two spaces
# or at the next label, as in "发布时间：2020-12-10  来源：张江高科技园区官网  作者：李明".
_NEXT_LABEL = r"发布|发表|提交|回复|更新|时间|日期|来源|稿源|出处|作者|编辑|责任编辑|责编|记者|点击|浏览|阅读|字号|【"
_LABEL_END = r"(?=\s{2,}|\s*[\]】)）]|$|\s*(?:" + _NEXT_LABEL + "))"
# A value is a name: no markup, no sentence punctuation, at most 30 characters.
_VALUE = r"[^\s:：=<>\"'，。！？；\[\]【】]{1,30}?"
# 来源：[ 国际金融报 ], 来源：【新华网】
_OPEN = r"\s*[:：]\s*[\[【]?\s*"
LINE_PATTERNS: dict[str, re.Pattern[str]] = {
    "source": re.compile(
        r"(?:文章来源|新闻来源|信息来源|来源|稿源|出处)" + _OPEN + "(?P<value>" + _VALUE + ")" + _LABEL_END
    ),
    "editor": re.compile(r"(?:责任编辑|责编|编辑)" + _OPEN + "(?P<value>" + _VALUE + ")" + _LABEL_END),
    # 作者：茉莉, 文/李明; a bare 文 only at the start of a line or after a bracket, not in "法文：".
    "author": re.compile(r"(?:作者|撰稿|(?:^|(?<=[\s（(【\[]))文)\s*[:：/]\s*(?P<value>" + _VALUE + ")" + _LABEL_END),
}
# A line is metadata when, with its labels, dates and values gone, little is left.
_LABELS = re.compile(
    r"(?:发布|发表|更新|录入|刊发|加入)?(?:时间|日期)|发布|发表|来自|发表于|发布于|posted|by|文章来源|新闻来源|信息来源|来源|稿源|出处|作者|撰稿|"
    r"责任编辑|责编|编辑|记者|点击数?|浏览|阅读|人气|字号|字体|大中小|次|[:：|/【】\[\]()（）]"
)
_DATE_BITS = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?|星期.|周."
)
_DOMAIN = re.compile(r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", re.ASCII)
_FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


def _is_meta_line(text: str, found_any: bool) -> bool:
    if len(text) > 120:
        return False
    rest = _DATE_BITS.sub("", _DOMAIN.sub("", text))
    rest = _LABELS.sub("", rest)
    for pattern in LINE_PATTERNS.values():
        rest = pattern.sub("", rest)
    rest = _NON_TEXT.sub("", rest)
    return found_any and len(rest) <= max(8, len(_NON_TEXT.sub("", text)) // 3)


def read_line(text: str) -> dict[str, str]:
    """Hints in one short line: ``"2005-5-7 21:23:57 来源：看中国"`` → published and source."""
    found: dict[str, str] = {}
    if len(text) > 160:
        return found
    if _FULL_DATE.search(text):
        published = parse_date(text)
        if published:
            found["published"] = published
    for key, pattern in LINE_PATTERNS.items():
        match = pattern.search(text)
        if match:
            found[key] = match["value"].strip("（）()【】[]")
    return found


# A date line under a post, not over it: "发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)",
# "〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓".  On a blog or forum page it
# closes the post; what follows is comments and replies.
# ... or a dated line with the post's counters: "由海姑娘张贴 @ 2005-03-21 01:20:44 (359) 共 3 篇评论",
# "作者:zboygirl 阅读(1660) 评论(5) 发表于:2005-07-31 12:30".
_POSTED = re.compile(
    r"发表于|发布于|发表时间|发布时间|发帖时间|posted|张贴|\d+\s*[篇条]评论|(?:评论|阅读|浏览)\s*[(（:：]?\s*\d+",
    re.IGNORECASE,
)
# Labels that make a date line the publication date: 发布时间：2020-12-10, 日期：2005-08-16
_DATED = re.compile(_POSTED.pattern + r"|时间\s*[:：]|日期\s*[:：]|更新于", re.IGNORECASE)


# The head of the first reply on a forum page: "作者：天涯过客 回复日期：2005-9-7 11:57:00",
# "2楼", "沙发".  It opens someone else's text, so the story ends before it.
_REPLY = re.compile(r"回复日期|回复时间|回复于|^(?:[2-9]|\d{2,})楼|^(?:沙发|板凳|地板)$")


def post_footer(lines, body_start: int, body_end: int, min_chars: int = 200) -> tuple[int, int | None]:
    """Where the story's own text ends when a post footer or a reply head cuts the run.

    Returns the new end and the index of the footer line, if one: a post footer ("发表于
    2004年12月27日 12:40") stays in reach for its date but leaves the body; a reply head is cut off.
    """
    seen = 0
    for i in range(body_start, body_end):
        text = lines[i].text
        if seen >= min_chars and len(text) <= 120:
            if _REPLY.search(text):
                return i, None
            if _POSTED.search(text) and _FULL_DATE.search(text):
                return i + 1, i
        seen += lines[i].chars
    return body_end, None


def _first_date(lines, indices, labelled: bool = False, partial: bool = False) -> str | None:
    for i in indices:
        text = lines[i].text
        if len(text) > 80 or (labelled and not _DATED.search(text)):
            continue
        if _FULL_DATE.search(text) or (partial and _YEAR_MONTH_LINE.search(text)):
            published = parse_date(text)
            if published:
                return published
    return None


# "——《北京之春》1998年3月号": an issue date closing an essay.
_YEAR_MONTH_LINE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")


def line_hints(lines, title_index: int, body_start: int, body_end: int) -> tuple[dict[str, str], set[int]]:
    """Hints from the lines between the headline and the story's first lines, and the tail.

    Returns the hints (first found wins) and the indices of the lines that are only metadata.
    """
    first = title_index + 1 if title_index >= 0 else max(0, body_start - 8)
    head = list(range(first, min(body_end, body_start + 4)))
    tail = list(range(max(body_start + 4, body_end - 4), body_end))
    hints: dict[str, str] = {}
    meta_lines: set[int] = set()
    for i in head + tail:
        found = read_line(lines[i].text)
        published = found.pop("published", None)
        for key, value in found.items():
            hints.setdefault(key, value)
        if (found or published) and _is_meta_line(lines[i].text, True):
            meta_lines.add(i)
    if title_index >= 0 and body_start - title_index <= 10:
        # The first date under the headline: "2005-5-7 21:23:57 作者：茉莉".
        hints["published"] = _first_date(lines, range(title_index + 1, min(body_end, body_start + 4)))
    if not hints.get("published"):
        # A date printed above the headline or just before the story ("2004-12-27 12:40").
        # A labelled one first, else the one nearest above the story (a sidebar's "建立于:2004年10月6日"
        # stands further up than the headline's "ggjjzhzz 发表于 2005-9-15 11:46:00").
        above = range(max(0, body_start - 20), min(body_end, body_start + 4))
        published = _first_date(lines, above, labelled=True)
        nearest = [*range(body_start - 1, max(0, body_start - 20) - 1, -1), *range(body_start, above.stop)]
        published = published or _first_date(lines, nearest)
        # else the post's own footer under the story ("发表于:2005-07-31 12:30"), then any date
        # right under it, then an issue month closing an essay ("1998年3月号").
        after = range(max(body_start, body_end - 3), min(len(lines), body_end + 6))
        published = published or _first_date(lines, after, labelled=True)
        published = published or _first_date(lines, range(body_end, min(len(lines), body_end + 3)))
        published = published or _first_date(lines, range(max(body_start, body_end - 2), body_end), partial=True)
        hints["published"] = published
    if not hints["published"]:
        del hints["published"]
    return hints, meta_lines
