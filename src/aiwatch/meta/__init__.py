"""Metadata: title, url, published, source, author, editor from the reader's hints and the text.

(First cut: hints only.)
"""

from __future__ import annotations

from aiwatch.article import Article
from aiwatch.options import Options

_FIELDS = ("title", "url", "published", "source", "author", "editor")


def extract_metadata(article: Article, options: Options) -> Article:
    for name in _FIELDS:
        if getattr(article, name) is None and article.hints.get(name):
            setattr(article, name, article.hints[name])
    return article
