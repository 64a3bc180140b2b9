"""Markdown or HTML with YAML (``---``) or TOML (``+++``) front matter: Jekyll, Hexo, Hugo.

Front-matter fields become metadata hints; the body is an HTML fragment or Markdown.  Front
matter that does not parse is read line by line (``key: value``) so the article is never lost.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from typing import Any

import yaml

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read.decode import replace_lone_surrogates
from aiwatch.read.registry import Document, register

_BLOCK = re.compile(r"\A\ufeff?\s*(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Hexo also accepts front matter with no opening fence: ``title: …`` lines, then ``---``.
_HEXO_BLOCK = re.compile(r"\A\ufeff?()([A-Za-z_][\w-]*:[^\n]*\n.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_KNOWN_KEY = re.compile(r"^(title|date|layout|categories|tags)\s*[:=]", re.MULTILINE)


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without anchors and aliases: nine nested aliases ("billion laughs") expand to 9**9
    values when the fields are turned into text, and hung the run; front matter never needs them."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed in front matter", mark)
        return super().compose_node(parent, index)


def load_yaml(block: str) -> Any:
    return yaml.load(block, Loader=_NoAliasLoader)  # a SafeLoader subclass: no arbitrary objects


_LOOSE_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$")
_HTML_HINT = re.compile(r"<(?:p|div|br|span|section|article|h[1-6]|img|table)\b", re.IGNORECASE)


def match_block(text: str) -> re.Match[str] | None:
    """The front-matter block at the start of ``text``: group 1 the fence ("" for Hexo's
    fence-less style), group 2 the fields."""
    match = _BLOCK.match(text)
    if match:
        return match
    match = _HEXO_BLOCK.match(text)
    # Without an opening fence only a block that is clearly front matter counts: "备注: …" above
    # a Markdown rule (---) is not.
    if match and _KNOWN_KEY.search(match.group(2)):
        try:
            if isinstance(load_yaml(match.group(2)), dict):
                return match
        except yaml.YAMLError:
            return None
    return None


_BLOCK_KEY = re.compile(r"^\s*[\"']?([^\s:：=\"']{1,30})[\"']?\s*[:=：]", re.MULTILINE)


def sniff_frontmatter(doc: Document) -> int:
    match = match_block(doc.text[:65536])
    if not match:
        return 0
    if _KNOWN_KEY.search(match.group(2)):
        return 95
    # a fenced block whose keys are the fields' Chinese names (标题:, 日期:, 来源:, 作者:): front
    # matter, not a 标题/链接/总结 record
    keys = {key.lower() for key in _BLOCK_KEY.findall(match.group(2))}
    return 95 if match.group(1) and keys & _FIELD_KEYS else 50


def parse_loose(block: str) -> dict[str, Any]:
    """Salvage ``key: value`` lines from front matter that YAML rejects."""
    values: dict[str, Any] = {}
    for line in block.splitlines():
        match = _LOOSE_LINE.match(line.strip())
        # "*name" / "&name [...]" are YAML references, not values worth salvaging.
        if match and not re.match(r"[*&]\w", match.group(2)):
            values[match.group(1)] = match.group(2).strip().strip("'\"")
    return values


def parse_block(fence: str, block: str) -> tuple[dict[str, Any], str | None]:
    """Return the fields and, when the block is malformed, why."""
    try:
        data = tomllib.loads(block) if fence == "+++" else load_yaml(block)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        reason = str(exc).splitlines()[0]
        return parse_loose(block), reason
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return parse_loose(block), f"expected key/value pairs, found {type(data).__name__}"
    return data, None


def as_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip() or None


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in re.split(r"[,，、]", str(value)) if part.strip()]


_KEYS = {
    "title": ("title", "标题"),
    # the publication's date first; the page's creation only when nothing else dates it (an edit's
    # date, lastmod or updated, never)
    "published": (
        "date",
        "published",
        "pubdate",
        "publishDate",
        "publish_date",
        "published_at",
        "date_published",
        "publish_time",
        # Astro's blog themes (pubDatetime, an ISO time in UTC), Ghost and Contentful exports
        "pubDatetime",
        "publishedAt",
        "published_time",
        "pub_date",
        "datePublished",
        "发布时间",
        "发表时间",
        "发表日期",
        "发布日期",
        "日期",
        "created",
    ),
    "url": (
        "url",
        "link",
        "permalink",
        "source_url",
        "original",
        "canonical",
        "链接",
        "永久链接",
        "固定链接",
        "原文链接",
    ),
    "author": ("author", "authors", "作者", "reporter", "writer", "记者"),
    # a static site's publisher: key names the outlet (jsonrec reads the same key)
    "source": ("source", "来源", "media", "publisher", "site_name", "出处", "稿源", "站点", "网站", "站点名称"),
    "editor": ("editor", "责任编辑", "责编", "编辑"),
}


_FIELD_KEYS = frozenset(key.lower() for keys in _KEYS.values() for key in keys)


def name_of(value: Any) -> Any:
    """A person or an outlet written as a mapping (author: {name: 某某}) or a list of them."""
    if isinstance(value, dict):
        return value.get("name") or value.get("名称")
    if isinstance(value, list):
        return [name_of(item) for item in value if name_of(item)]
    return value


@register("frontmatter", sniff_frontmatter)
def read_frontmatter(doc: Document, options: Options) -> Iterable[Article]:
    match = match_block(doc.text)
    assert match is not None  # the sniffer matched
    data, problem = parse_block(match.group(1), match.group(2))
    data = replace_lone_surrogates(data)  # YAML "\\ud83d" escapes, as in JSON
    body = doc.text[match.end() :]
    article = Article(path=doc.path, format="frontmatter")
    if problem:
        article.warn(f"front matter is not valid; fields read line by line ({problem})")
        article.hints["degraded"] = f"front matter does not parse ({problem}), fields read line by line"
    lowered = {str(k).lower(): v for k, v in data.items()}
    # a theme's own fields in a table of their own (Hugo's [params], Zola's [extra]): read after the top's
    for table in ("params", "extra"):
        if isinstance(lowered.get(table), dict):
            for key, value in lowered[table].items():
                lowered.setdefault(str(key).lower(), value)
    for field_name, keys in _KEYS.items():
        for key in keys:
            value = lowered.get(key.lower())
            if field_name in ("author", "source", "editor"):
                value = name_of(value)
            if field_name == "author" and isinstance(value, list):
                value = "、".join(map(str, value))
            text = as_text(value)
            if text:
                article.hints[field_name] = text
                break
    article.categories = as_list(lowered.get("categories", lowered.get("category")))
    article.tags = as_list(lowered.get("tags", lowered.get("tag")))
    article.raw = body
    article.raw_kind = "html" if _HTML_HINT.search(body[:20000]) else "markdown"
    yield article
