"""The one place collection calls the processing code.

Until the shared ``Pipeline`` object lands (issue: pipeline), fetched pages go through the same
functions ``extract`` and ``ingest`` use: ``read_bytes`` (sniffing, charset detection, readers)
and ``process_article`` (the stages).  Switching to ``build_pipeline(options)`` changes this file
only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.pipeline import process_article
from aiwatch.read import read_bytes

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


def _finish(article: Article, url: str, processed: Processed, options: Options) -> None:
    article.hints.setdefault("url", url)
    article.path = url
    result = process_article(article, options)
    if isinstance(result, AiwatchError):
        processed.errors.append(result)
    else:
        processed.articles.append(result)


def process_page(data: bytes, url: str, options: Options, charset: str | None = None) -> Processed:
    """Articles from one fetched page; ``charset`` is the HTTP header's, weighed like a <meta> one."""
    processed = Processed()
    for item in read_bytes(data, url, options, declared=charset):
        if isinstance(item, AiwatchError):
            processed.errors.append(item)
        else:
            _finish(item, url, processed, options)
    return processed


def process_feed_entry(content: str, url: str, hints: dict[str, str], options: Options) -> Processed:
    """A feed entry that carries the whole article: its HTML body with the entry's metadata."""
    article = Article(path=url, format="feed", raw=content, raw_kind="html")
    article.hints.update({k: v for k, v in hints.items() if v})
    processed = Processed()
    _finish(article, url, processed, options)
    return processed


def warm(options: Options) -> None:
    """Load every stage's resources once, before worker threads share them."""
    from aiwatch.pipeline import _warm

    _warm(options)
