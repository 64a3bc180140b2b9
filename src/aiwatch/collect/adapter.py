"""The one place collection calls the processing code.

A fetched page becomes an ``Input`` (its bytes, its final URL, the charset of its HTTP header)
and goes through the runner exactly as a file given to ``aiwatch ingest`` does: the readers
(sniffing, charset detection), the pipeline's stages, the per-article limits, and the document
budget (``Budget``: time and memory in a worker process, E112 over it).  A feed entry that carries
the whole article is first written as a small HTML page (``entry_page``) and then takes the same
path: the page is what the archive keeps, so ``aiwatch ingest corpus.warc/`` rebuilds the article
from it exactly as the collector made it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import Input
from aiwatch.runner import Budget, Workers, collect, run

#: An article this short came out of a page, but probably not the article (a login wall, a
#: "页面不存在" page, a list page read as one article): counted as suspicious in source health.
SUSPICIOUS_CHARS = 120


@dataclass
class Processed:
    articles: list[Article] = field(default_factory=list)
    errors: list[AiwatchError] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.articles

    @property
    def suspicious(self) -> bool:
        return any(len(a.body) < SUSPICIOUS_CHARS or not a.title for a in self.articles)


class Analyser:
    """Pages to articles with one pipeline, loaded once.  With a ``budget``, every page runs in
    one of ``jobs`` long-lived worker processes (a hostile page costs only itself); without one,
    in the calling thread."""

    def __init__(self, options: Options, budget: Budget | None = None, jobs: int = 1) -> None:
        from aiwatch.pipeline import build_pipeline

        self.pipeline = build_pipeline(options)
        self.workers = Workers(self.pipeline, jobs, budget) if budget is not None and budget.limited else None

    def page(self, data: bytes, url: str, charset: str | None = None) -> Processed:
        """Articles from one fetched page; ``charset`` is the HTTP header's, weighed like a <meta> one."""
        source = Input(url, None, data, url=url, charset=charset)
        if self.workers is not None:
            outcomes = [self.workers.process(source)]
        else:
            outcomes = list(collect(run([source], self.pipeline, 1, None)))
        processed = Processed()
        for outcome in outcomes:
            processed.articles.extend(outcome.articles)
            processed.errors.extend(outcome.errors)
        for article in processed.articles:
            article.path = url
        return processed

    def close(self) -> None:
        if self.workers is not None:
            self.workers.close()
            self.workers = None


def entry_page(content: str, url: str, title: str | None, published: str | None, author: str | None) -> bytes:
    """A feed entry that carries the whole article (36氪's full-text Atom entries), as the page
    the HTML reader takes: the entry's title and dates as the <title> and meta tags a news page
    has, its HTML as the article.  Processing this page gives the article a feed entry gives."""
    meta = []
    if published:
        meta.append(f'<meta property="article:published_time" content="{html.escape(published)}">')
    if author:
        meta.append(f'<meta name="author" content="{html.escape(author)}">')
    heading = html.escape(title or "")
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{heading}</title>\n{chr(10).join(meta)}\n"
        f'<link rel="canonical" href="{html.escape(url)}">\n</head>\n'
        f"<body><article><h1>{heading}</h1>\n{content}\n</article></body></html>\n"
    )
    return page.encode("utf-8")
