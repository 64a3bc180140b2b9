"""The one place collection calls the processing code.

A fetched page becomes an ``Input`` (its bytes, its final URL, the charset of its HTTP header)
and goes through the runner exactly as a file given to ``aiwatch ingest`` does: the readers
(sniffing, charset detection), the pipeline's stages, the per-article limits.  It runs in this
process (``budget=None``): a worker pool per page would load the dictionaries for every page, and
the daemon's threads already bound one page's wait.  A persistent budgeted pool is the next step
(the runner's ``run`` over a stream of inputs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.limits import cap_article
from aiwatch.options import Options
from aiwatch.read import Input
from aiwatch.runner import collect, run, warm_stages

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


def process_page(data: bytes, url: str, options: Options, charset: str | None = None) -> Processed:
    """Articles from one fetched page; ``charset`` is the HTTP header's, weighed like a <meta> one."""
    processed = Processed()
    for outcome in collect(run([Input(url, None, data, url=url, charset=charset)], options, 1, None)):
        processed.articles.extend(outcome.articles)
        processed.errors.extend(outcome.errors)
    for article in processed.articles:
        article.path = url
    return processed


def process_feed_entry(content: str, url: str, hints: dict[str, str], options: Options) -> Processed:
    """A feed entry that carries the whole article: its HTML body with the entry's metadata."""
    from aiwatch.pipeline import process_article

    article = Article(path=url, format="feed", raw=content, raw_kind="html")
    article.hints.update({k: v for k, v in hints.items() if v})
    result = process_article(article, options)
    if isinstance(result, AiwatchError):
        return Processed(errors=[result])
    return Processed(articles=[cap_article(result)])


def warm(options: Options) -> None:
    """Load every stage's resources once, before worker threads share them."""
    warm_stages(options)
