"""Evidence and confidence for the analysis fields: keywords, technologies, industries, figures.

Every value gets where it stands in the body (``mentions``: offsets of its words, the figure's own
``start``/``end``) and a ``confidence`` in [0, 1] read from ``data/confidence.yaml``, the precision
each kind of value had on the dev half of our evaluation set (bench/eval_facts.py --calibrate).
``--min-confidence`` drops values below the threshold (metadata fields are held to it in the
metadata stage).  Fields are only added, never renamed: ``keywords`` stays a list of words and
``keyword_evidence`` stands beside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from aiwatch.analyze.taxonomy import Taxonomy
from aiwatch.article import Article
from aiwatch.meta.confidence import confidence_of, min_confidence
from aiwatch.options import Options
from aiwatch.records import Mention

#: Mentions kept per value: enough to show where it is, not a concordance.
MAX_MENTIONS = 20


def mentions_of(body: str, terms: list[str]) -> list[Mention]:
    """Offsets of every term in the body, longest term first where they overlap (计算机视觉 over 视觉)."""
    # Kept sorted, so an overlap is checked against the two neighbours only: a scan of every span
    # kept was quadratic (a name repeated 20,000 times ran past the 60 s budget).
    spans: list[tuple[int, int]] = []
    # Ties by length in text order of the terms themselves, not a set's order: 整车 and 车企 overlap
    # in 整车企业, and which one won used to change with PYTHONHASHSEED from one process to the next.
    for term in sorted({t for t in terms if t}, key=lambda t: (-len(t), t)):
        for match in re.finditer(re.escape(term), body, re.IGNORECASE if term.isascii() else 0):
            start, end = match.span()
            index = bisect_left(spans, (start, end))
            before = index and spans[index - 1][1] > start
            after = index < len(spans) and spans[index][0] < end
            if not before and not after:
                spans.insert(index, (start, end))
    return [Mention(start=a, end=b) for a, b in spans[:MAX_MENTIONS]]


def keyword_evidence(article: Article) -> list[dict[str, Any]]:
    """One entry per keyword, in rank order: its mentions and the precision of its rank."""
    return [
        {
            "word": word,
            "mentions": mentions_of(article.body, [word]),
            "confidence": confidence_of("keywords", f"rank {min(rank, 8)}"),
        }
        for rank, word in enumerate(article.keywords or [], 1)
    ]


def taxonomy_evidence(article: Article, taxonomy: Taxonomy, kind: str) -> None:
    """Mentions of each technology or industry (its name and aliases) and a confidence by how often
    the article names it: one mention is weaker support than several."""
    for item in getattr(article, kind) or []:
        try:
            terms = taxonomy.mention_terms(kind, item["name"]) or [item["name"]]
        except (KeyError, AttributeError):
            terms = [item["name"]]
        item.setdefault("mentions", mentions_of(article.body, terms))
        count = "1" if item.get("count", 0) <= 1 else ("2" if item.get("count") == 2 else "3+")
        item["confidence"] = confidence_of(kind, f"count {count}")


def figure_confidence(article: Article) -> None:
    for figure in article.figures or []:
        figure["confidence"] = confidence_of("figures", figure.get("kind") or "number")


def drop_below(article: Article, threshold: float) -> None:
    """``--min-confidence``: values below the threshold go (keywords with their evidence)."""
    if article.keywords is not None and article.keyword_evidence is not None:
        kept = [e for e in article.keyword_evidence if e["confidence"] >= threshold]
        article.keyword_evidence = kept
        article.keywords = [e["word"] for e in kept]
    for name in ("technologies", "industries", "figures"):
        values = getattr(article, name)
        if values is not None:
            setattr(article, name, [v for v in values if v.get("confidence", 1.0) >= threshold])


def add_evidence(article: Article, options: Options, taxonomy: Taxonomy) -> Article:
    """Stage ``evidence``: mentions and confidences of keywords, technologies, industries, figures."""
    if article.keywords is not None:
        article.keyword_evidence = keyword_evidence(article)
    for kind in ("technologies", "industries"):
        taxonomy_evidence(article, taxonomy, kind)
    figure_confidence(article)
    threshold = min_confidence(options)
    if threshold > 0:
        drop_below(article, threshold)
    return article
