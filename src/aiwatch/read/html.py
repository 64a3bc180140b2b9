"""Full HTML pages: the main text is extracted, metadata candidates go to ``hints``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read.extract import extract_page
from aiwatch.read.registry import Document, register
from aiwatch.text.nesting import MAX_DEPTH

_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
# A page saved as MHTML (a browser's "save as single file"): the MIME headers before the page name
# the address it was saved from.
_SAVED_FROM = re.compile(r"^(?:Snapshot-)?Content-Location:[ \t]*(https?://\S+)", re.IGNORECASE | re.MULTILINE)
_TAGS = re.compile(r"</?(?:div|p|span|a|table|td|li|ul|br|img|meta|script)\b", re.IGNORECASE)


def sniff_html(doc: Document) -> int:
    head = doc.head
    if _PAGE.search(head):
        return 80
    if len(_TAGS.findall(head)) >= 5:
        return 40
    return 0


def page_to_article(html: str, path: str, url: str | None, fmt: str = "html") -> Article:
    page = extract_page(html, url)
    if not page.body.strip():
        raise AiwatchError("E107", path, detail="the page has no main text")
    article = Article(path=path, format=fmt, raw=page.body, raw_kind="text")
    flattened = page.hints.pop("flattened", 0)
    if flattened:
        article.warn(f"nested too deeply: {flattened} container tag(s) past {MAX_DEPTH} levels flattened")
    article.hints.update(page.hints)
    if page.title:
        article.hints.setdefault("title", page.title)
    if url:
        article.hints.setdefault("url", url)
    return article


@register("html", sniff_html)
def read_html(doc: Document, options: Options) -> Iterable[Article]:
    page = _PAGE.search(doc.text)
    saved = _SAVED_FROM.search(doc.text, 0, page.start()) if page else None
    yield page_to_article(doc.text, doc.path, saved.group(1) if saved else None)
