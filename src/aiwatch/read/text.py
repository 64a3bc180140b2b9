"""Plain scraped text and Markdown without front matter: the fallback reader."""

from __future__ import annotations

import re
from collections.abc import Iterable

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read.registry import Document, register

_MARKDOWN = re.compile(r"^(#{1,6} |\* |- |> |\d+\. |```)|\[[^\]]+\]\([^)]+\)", re.MULTILINE)


def sniff_text(doc: Document) -> int:
    return 1


@register("text", sniff_text)
def read_text(doc: Document, options: Options) -> Iterable[Article]:
    article = Article(path=doc.path, format="text", raw=doc.text)
    markdown_like = doc.path.lower().endswith((".md", ".markdown")) or len(_MARKDOWN.findall(doc.text[:20000])) >= 3
    if markdown_like:
        article.format, article.raw_kind = "markdown", "markdown"
    yield article
