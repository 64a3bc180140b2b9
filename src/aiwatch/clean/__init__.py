"""Cleaning: raw text, Markdown or HTML fragment -> body paragraphs with the noise removed.

(First cut: body from raw only; the rule table comes next.)
"""

from __future__ import annotations

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read.htmltext import html_to_text


def clean_article(article: Article, options: Options) -> Article:
    raw = html_to_text(article.raw) if article.raw_kind == "html" else article.raw
    paragraphs = [line.strip() for line in raw.splitlines() if line.strip()]
    article.body = "\n\n".join(paragraphs)
    return article
