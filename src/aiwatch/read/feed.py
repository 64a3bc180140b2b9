"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: every item or entry becomes an article.

Chinese news sites and aggregators still publish feeds, often in GB2312 with the encoding in the
XML declaration (``<?xml version="1.0" encoding="gb2312"?>``); the full text sits in
``content:encoded`` or ``description`` as escaped HTML.  Elements are matched by local name, so
the many namespace spellings of Dublin Core and content modules all read the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read.registry import Document, register

_ROOT = re.compile(r"<(?:rss|rdf:RDF|feed)\b", re.IGNORECASE)
_FEED_HINT = re.compile(r"<(?:channel|item|entry)\b", re.IGNORECASE)
_HTML = re.compile(r"<(?:p|div|br|span|img|section|article|h[1-6])\b", re.IGNORECASE)

#: Article field -> child element local names, most specific first.
FIELDS = {
    "title": ("title",),
    "published": ("pubDate", "published", "issued", "date", "updated", "modified"),
    "source": ("source",),
    "editor": ("managingEditor",),
}
BODY = ("encoded", "content", "description", "summary", "abstract")


def sniff_feed(doc: Document) -> int:
    head = doc.head
    return 92 if _ROOT.search(head) and _FEED_HINT.search(doc.text[:65536]) else 0


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element, name: str) -> list:
    return [child for child in element if _local(child) == name]


def _text(element) -> str:
    return "".join(element.itertext()).strip()


def _first_text(item, names: tuple[str, ...]) -> str | None:
    for name in names:
        for child in _children(item, name):
            value = _text(child)
            if value:
                return value
    return None


def _link(item) -> str | None:
    """RSS puts the URL in <link>'s text, Atom in its href (the "alternate" one when several)."""
    links = _children(item, "link")
    for link in sorted(links, key=lambda el: el.get("rel", "alternate") != "alternate"):
        url = (link.get("href") or _text(link)).strip()
        if url:
            return url
    for guid in _children(item, "guid"):
        if guid.get("isPermaLink", "true") != "false" and _text(guid).startswith("http"):
            return _text(guid)
    return item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")


def _author(item) -> str | None:
    """``<author>`` (RSS: "mail@site (Name)"; Atom: <name> inside) or ``<dc:creator>``."""
    for element in _children(item, "author") + _children(item, "creator"):
        names = _children(element, "name")
        value = _text(names[0]) if names else _text(element)
        match = re.fullmatch(r"\S+@\S+\s*\((.+)\)", value)
        value = match.group(1).strip() if match else value
        if value and "@" not in value:
            return value
    return None


def item_to_article(item, path: str, feed_title: str | None) -> Article:
    article = Article(path=path, format="feed")
    for field_name, names in FIELDS.items():
        value = _first_text(item, names)
        if value:
            article.hints[field_name] = value
    url, author = _link(item), _author(item)
    if url:
        article.hints["url"] = url
    if author:
        article.hints["author"] = author
    if feed_title:
        article.hints["feed"] = feed_title  # the feed's name: an outlet or an aggregator, not a fact
    article.categories = [
        value for value in (el.get("term") or _text(el) for el in _children(item, "category")) if value
    ]
    body = _first_text(item, BODY) or ""
    article.raw = body
    article.raw_kind = "html" if _HTML.search(body[:20000]) else "text"
    return article


def parse_feed(doc: Document):
    # No entities, no network: a feed is untrusted input (XXE).  recover: feeds are often broken.
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, encoding="utf-8")
    text = re.sub(r"\A\ufeff?\s*<\?xml[^>]*\?>", "", doc.text)  # the bytes are already decoded
    root = etree.fromstring(text.encode("utf-8"), parser=parser)
    if root is None:
        raise AiwatchError("E108", doc.path, kind="feed", detail="no XML elements")
    return root


@register("feed", sniff_feed)
def read_feed(doc: Document, options: Options) -> Iterable[Article | AiwatchError]:
    root = parse_feed(doc)
    items = [el for el in root.iter() if _local(el) in ("item", "entry")]
    if not items:
        raise AiwatchError("E107", doc.path, detail="the feed has no items")
    channels = [el for el in root.iter() if _local(el) in ("channel", "feed")]
    feed_title = _first_text(channels[0], ("title",)) if channels else None
    for number, item in enumerate(items, 1):
        yield item_to_article(item, f"{doc.path}#{number}", feed_title)
