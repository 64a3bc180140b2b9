"""Caps on what one article may hold, in one place.

News articles are small, but an input is not always news: one sentence of 30,000 amounts
(``1.5亿元1.5亿元…``) once gave 30,000 figures each carrying the whole 270 KB sentence (8 GB of
SQLite), and a page repeating 上海 100,000 times gives as many mentions.  Every per-article
collection is capped; hitting a cap is not an error (the article is kept) but a warning in
``article.warnings`` that names the cap, so a reader knows the list is cut.

The caps sit far above any real article: the seeds hold at most a few dozen figures and entities,
and a long report (a government work report) a few hundred.
"""

from __future__ import annotations

from typing import Any

#: Characters of text kept on each side of a figure as its ``context`` (cut at clause punctuation
#: where there is one nearer): enough for "2021年全区人工智能产业规模达到52.05亿元", bounded however
#: long the sentence.
CONTEXT_CHARS = 60
#: Figures per article (``figures``).
MAX_FIGURES = 500
#: Entities per article (``entities``).
MAX_ENTITIES = 300
#: Mentions (offsets) kept per entity; ``count`` still says how many there were.
MAX_MENTIONS = 100
#: Events per article (``events``).
MAX_EVENTS = 100
#: Keywords per article, whatever ``--keywords`` asks for.
MAX_KEYWORDS = 100
# The summary's input needs no cap: it scores each sentence once and picks a few (0.36 s for a
# 300 KB body; the keywords and entities stages cost ten times more on the same text).

CAPS = {
    "figures": ("MAX_FIGURES", MAX_FIGURES),
    "entities": ("MAX_ENTITIES", MAX_ENTITIES),
    "mentions": ("MAX_MENTIONS", MAX_MENTIONS),
    "events": ("MAX_EVENTS", MAX_EVENTS),
    "keywords": ("MAX_KEYWORDS", MAX_KEYWORDS),
}


def cap_warning(what: str) -> str:
    name, limit = CAPS[what]
    return f"{what} capped at {limit} ({name} in aiwatch.limits); the rest were dropped"


def cap(article: Any, what: str, items: list | None) -> list | None:
    """``items`` cut to the cap for ``what``, with a warning on the article when it was hit."""
    _name, limit = CAPS[what]
    if items is None or len(items) <= limit:
        return items
    article.warn(cap_warning(what))
    return items[:limit]


def cap_mentions(article: Any, entities: list[dict[str, Any]] | None) -> None:
    """Each entity keeps its first ``MAX_MENTIONS`` offsets; its ``count`` is left as found."""
    for entity in entities or []:
        mentions = entity.get("mentions")
        if isinstance(mentions, list) and len(mentions) > MAX_MENTIONS:
            entity["mentions"] = cap(article, "mentions", mentions)


def cap_article(article: Any) -> Any:
    """Every per-article collection within its cap (run after the analysis stages)."""
    article.figures = cap(article, "figures", article.figures)
    article.entities = cap(article, "entities", article.entities)
    cap_mentions(article, article.entities)
    article.events = cap(article, "events", article.events)
    article.keywords = cap(article, "keywords", article.keywords)
    return article
