"""The real title of an article, from the reader's title, the 原标题 line and lines of the text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from aiwatch.clean.lines import line_key, normalise_line

# Signs that a title went through a lossy export: quotes replaced by "_" between Chinese words
# (seed 004: 上海着力打造人工智能高地，_十四五_要做这几件事), U+FFFD, HTML entities, "??" for
# characters a legacy encoding could not hold.
_MANGLED = re.compile(
    r"(?:^|[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])_|_(?:$|[\u4e00-\u9fff])|\ufffd|\?\?|&(?:[a-z]+|#\d+);"
)
# Segments of a page title that name the site, not the story: 张江人工智能岛…_新浪财经_新浪网.
_SITE_WORDS = re.compile(
    r"(?:网|新闻|日报|晚报|早报|时报|财经|频道|官网|官方网站|在线|门户|首页|客户端|报|社|\.com|\.cn|\.net|\.org)$",
    re.IGNORECASE,
)
_SITE_SEPARATOR = re.compile(r"\s+[-–—|｜]\s+|\s*[_｜|]\s*|\s*——\s*")
MIN_TITLE_LEN = 6
# A title says something: two Chinese characters or a Latin word (a page titled "1" has none).
_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]|[A-Za-z]{3,}")
_PREFIX_SEPARATOR = re.compile(r"\s*[»›>|｜]\s*|\s+[-–—]\s+")
# Before the title only names that cannot be a topic count (季度财报 | … is a topic, 多维博客 » … a site).
_SITE_PREFIX_WORDS = re.compile(r"(?:网|网站|博客|论坛|社区|频道|blog|bbs|\.com|\.cn|\.net|\.org)$", re.IGNORECASE)
#: Text-found titles, most trusted first (rule names of ``aiwatch.clean``): a title label's line,
#: whatever the label (标题：, title:), then a repeated line, then the head line.
TEXT_TITLE_RULES = ("label:", "repeated_line", "head_line")


@dataclass
class TitleChoice:
    title: str | None
    warning: str | None = None


def is_mangled(title: str) -> bool:
    return bool(_MANGLED.search(title))


def tidy_title(title: str | None) -> str | None:
    """Entities decoded, blanks normalised, quotes around the whole title (not inside it) gone."""
    if not title:
        return None
    title = normalise_line(html.unescape(title))
    if len(title) >= 2 and title[0] == title[-1] and title[0] in "\"'":
        title = title[1:-1].strip()
    return title if _PLAUSIBLE.search(title) else None


def strip_site_suffix(title: str, names: tuple[str, ...] = ()) -> str:
    """``标题 - 新华网`` -> ``标题``: trailing segments that are site names go, the story stays.

    ``names`` are outlets known for this article (``百度发布文心大模型4.0 | 机器之心`` with source 机器之心).
    """
    end = len(title)
    for match in reversed(list(_SITE_SEPARATOR.finditer(title))):
        segment = title[match.end() : end].strip()
        if len(segment) > 12 or not (_SITE_WORDS.search(segment) or segment in names):
            break
        end = match.start()
    head = title[:end].strip()
    return head if end < len(title) and len(head) >= MIN_TITLE_LEN else title


def text_title(found: list) -> str | None:
    for rule in TEXT_TITLE_RULES:
        for item in found:
            if item.field == "title" and (item.rule == rule or (rule.endswith(":") and item.rule.startswith(rule))):
                return item.value
    return None


def without_part_suffix(given: str, part: str | None) -> str:
    """``百度发布文心大模型4.0 | 机器之心`` with the body's ``# 百度发布文心大模型4.0`` -> the body's line;
    the same for a site before the title (``多维博客 » 播客热潮迅速蔓延``)."""
    if not part or part == given:
        return given
    if given.startswith(part):
        rest = given[len(part) :]
        separator = _SITE_SEPARATOR.match(rest) or _PREFIX_SEPARATOR.match(rest)
        if separator and len(rest[separator.end() :].strip()) <= 12:
            return part
    if given.endswith(part):
        rest = given[: -len(part)]
        separator = _PREFIX_SEPARATOR.search(rest)
        if separator and separator.end() == len(rest) and len(rest[: separator.start()].strip()) <= 12:
            return part
    return given


def strip_site_prefix(title: str, names: tuple[str, ...] = ()) -> str:
    """``多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业`` -> the story's title."""
    match = _PREFIX_SEPARATOR.search(title)
    if not match:
        return title
    head, rest = title[: match.start()].strip(), title[match.end() :].strip()
    site_like = _SITE_PREFIX_WORDS.search(head) or head in names
    if len(head) <= 12 and site_like and len(rest) >= MIN_TITLE_LEN:
        return rest
    return title


def choose_title(
    given: str | None,
    original: str | None,
    from_text: str | None,
    site_names: tuple[str, ...] = (),
    text_part: str | None = None,
) -> TitleChoice:
    """The reader's title unless it is mangled and the text has a clean copy; else what the text says.

    >>> choose_title("打造人工智能高地，_十四五_要做这几件事", "打造人工智能高地，“十四五”要做这几件事", None).title
    '打造人工智能高地，“十四五”要做这几件事'
    """
    raw_given = given
    given, original, from_text = tidy_title(given), tidy_title(original), tidy_title(from_text)
    if raw_given and not given:
        choice = choose_title(None, original, from_text)
        return TitleChoice(choice.title, f"title {raw_given!r} is not a title; ignored")
    if given:
        stripped = strip_site_prefix(strip_site_suffix(given, site_names), site_names)
        stripped = without_part_suffix(stripped, tidy_title(text_part))
        warning = f"site name removed from title {given!r}" if stripped != given else None
        given = stripped
        for better, label in ((original, "原标题"), (from_text, "the text")):
            if better and better != given and is_mangled(given) and not is_mangled(better):
                same = line_key(better) == line_key(given)
                how = "same words" if same else "mangled"
                return TitleChoice(better, f"title {given!r} repaired from {label} ({how})")
        if is_mangled(given) and not warning:
            warning = f"title {given!r} looks mangled and no clean copy was found"
        return TitleChoice(given, warning)
    # a reprint's headline over its 原标题 line is the title; the original only when nothing else is
    return TitleChoice(from_text or original, None)
