"""What a watched source lists: feed entries, sitemap URLs, or the article links of a page.

Each becomes an ``Item``: the article's URL, the stamp the source gives for its last change (a
changed stamp is a cause to fetch again), and, for feeds that carry the whole article, its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser
from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from aiwatch.errors import AiwatchError

KINDS = ("rss", "atom", "sitemap", "page-list")

#: Below this many characters of text, a feed entry is a teaser, not the article: 36氪's and
#: 机器之心's feeds give two sentences and a link; the linked page is fetched instead.
FULL_TEXT_CHARS = 300
_ELLIPSIS = re.compile(r"(…|\.\.\.|\[…\]|\[\.\.\.\]|阅读全文|查看全文|点击查看)\s*$")
_TAG = re.compile(r"<[^>]+>")
#: A link that looks like an article on a list page: a date or a long number in the path
#: (/2024/05/12/a.html, /p/2839475, /article/20240512_xxx.shtml), not a section or tag page.
_ARTICLE_PATH = re.compile(r"/(19|20)\d{2}[-/]?\d{2}|/\d{5,}|\d{8}|/(p|a|article|articles|news|post)/[^/]+$")
_TRACKING = re.compile(r"^(utm_[a-z]+|spm|from|fromsource)$", re.I)


@dataclass
class Item:
    url: str
    title: str | None = None
    published: str | None = None
    stamp: str | None = None  # updated / lastmod as the source gives it
    content: str | None = None  # the whole article (HTML) when the feed carries it
    author: str | None = None


def canonical_url(url: str) -> str:
    """The key a page is known by: no fragment, no tracking parameters (utm_*, spm)."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    if parts.query:
        kept = [p for p in parts.query.split("&") if p and not _TRACKING.match(p.split("=", 1)[0])]
        parts = parts._replace(query="&".join(kept))
    return parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()).geturl()


def text_length(html: str | None) -> int:
    return len(_TAG.sub("", html or "").strip())


def is_full_text(content: str | None) -> bool:
    text = _TAG.sub("", content or "").strip()
    return len(text) >= FULL_TEXT_CHARS and not _ELLIPSIS.search(text)


def sniff_kind(data: bytes, content_type: str = "") -> str:
    """rss, atom, sitemap or page-list from the bytes a source URL answered with."""
    head = data[:4096].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<feed" in head and b"atom" in head:
        return "atom"
    if b"<rss" in head or b"<rdf:rdf" in head or b"<channel" in head:
        return "rss"
    if "xml" in content_type and b"<html" not in head:
        parsed = feedparser.parse(data)
        if parsed.version.startswith("atom"):
            return "atom"
        if parsed.version:
            return "rss"
    return "page-list"


def _entry_content(entry) -> str | None:
    values = [part.get("value", "") for part in entry.get("content", [])]
    values.append(entry.get("summary", "") or "")
    best = max(values, key=text_length, default="")
    return best or None


def parse_feed(data: bytes, url: str, content_type: str = "") -> list[Item]:
    """Entries of an RSS or Atom feed; a body long enough to be the article is kept as ``content``."""
    parsed = feedparser.parse(data, response_headers={"content-type": content_type or "application/xml"})
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise AiwatchError("E107", url, detail=f"the feed has no items{f' ({problem})' if problem else ''}")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        content = _entry_content(entry)
        # dict.get: FeedParserDict.get("updated") falls back to "published" with a DeprecationWarning
        updated, published = dict.get(entry, "updated"), dict.get(entry, "published")
        items.append(
            Item(
                url=canonical_url(urljoin(url, link)),
                title=entry.get("title"),
                published=published or updated,
                stamp=updated or published,
                content=content if is_full_text(content) else None,
                author=entry.get("author"),
            )
        )
    return items


def parse_sitemap(data: bytes, url: str) -> tuple[list[Item], list[str]]:
    """A sitemap's pages (with lastmod as the stamp), and the child sitemaps of a sitemap index."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(data, parser=parser)
    if root is None:
        raise AiwatchError("E108", url, kind="sitemap", detail="no XML elements")
    items, children = [], []
    for node in root:
        if not isinstance(node.tag, str):
            continue
        fields = {
            etree.QName(child).localname: (child.text or "").strip() for child in node if isinstance(child.tag, str)
        }
        loc = fields.get("loc")
        if not loc:
            continue
        if etree.QName(node).localname == "sitemap":
            children.append(urljoin(url, loc))
        else:
            items.append(Item(url=canonical_url(urljoin(url, loc)), stamp=fields.get("lastmod") or None))
    return items, children


def parse_page_list(html: str, url: str, selector: str | None) -> list[Item]:
    """Article links on a list page: those the CSS selector picks, or same-site links that look
    like articles (a date or a long number in the path)."""
    tree = LexborHTMLParser(html)
    try:
        nodes = tree.css(selector or "a[href]")
    except Exception as exc:  # selectolax raises a bare exception for a bad selector
        raise AiwatchError("E108", url, kind="CSS selector", detail=f"{selector}: {exc}") from None
    site = urlsplit(url).netloc.lower()
    seen, items = set(), []
    for node in nodes:
        link = node if node.tag == "a" else node.css_first("a[href]")
        href = link.attributes.get("href") if link is not None else None
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = canonical_url(urljoin(url, href))
        if selector is None and (urlsplit(target).netloc.lower() != site or not _ARTICLE_PATH.search(target)):
            continue
        if target in seen or target == canonical_url(url):
            continue
        seen.add(target)
        title = (link.text(strip=True) if link is not None else "") or None
        items.append(Item(url=target, title=title))
    return items
