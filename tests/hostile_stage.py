"""A plugin stage that stands in for a pathological document (200,000 nested tags, a sentence of
30,000 amounts): on a body marked HANG-HERE it never returns, on EAT-MEMORY it takes memory until
the budget stops it.  Tests install it with :func:`install` as a plugin would be installed; workers
are forked, so they see it too."""

from __future__ import annotations

import time

import pytest

from aiwatch.article import Article
from aiwatch.stages import Stage


class HostileStage(Stage):
    name = "hostile"
    analysis = False
    after = "meta"

    def __call__(self, article: Article) -> Article:
        if "HANG-HERE" in article.body:
            time.sleep(3600)
        if "EAT-MEMORY" in article.body:
            hoard = []
            while True:
                hoard.append(bytearray(50 * 1024 * 1024))
        return article


def install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the hostile stage the only registered plugin stage for this test."""
    from aiwatch import pipeline

    monkeypatch.setattr(pipeline, "registered_stages", lambda: {HostileStage.name: HostileStage})
