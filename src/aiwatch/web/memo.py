"""What a search page costs to count, kept per query and corpus version, shared by every view of it.

A search page shows its matches' total (capped), the facets of the newest matches and, when nothing
matched, suggestions; none of them depends on the page number, and each cost as much as the page
itself on 100,000 articles (bench/results/web_load.md).  They are kept here, keyed by what was asked
and the corpus version (``Store.version``: one row every write transaction raises), so the second
page of a query, or the same query from another user, reads them instead of counting again.
The plan of a query (``store.search.Plan``: for a word in most articles, the keys of its newest
5,000 matches) is kept the same way, in a smaller memo of its own.

Every request reads the version once (a one-row query) before it looks anything up: an entry of
another version is never served, so no server process shows the counts of before an ingest once
the ingest has committed, whichever process answered it.  An entry is computed after the version
was read, so it is at least as new as its key.  The memo holds at most ``size`` entries, the least
recently used going first; ``size`` 0 turns it off (every request computes, as before).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

#: Search plans kept per server process (``store.search.Plan``: up to 5,001 keys each, ~200 KB).
PLANS_KEPT = 64

_MISSING = object()


class SearchMemo:
    """Values by (key, corpus version), least recently used out first.  Values are shared between
    requests: callers must not change them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self.guard = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, version: int, key: Hashable, default: Any = None) -> Any:
        with self.guard:
            found = self.entries.get(key)
            if found is None or found[0] != version:
                self.misses += 1
                return default
            self.entries.move_to_end(key)
            self.hits += 1
            return found[1]

    def put(self, version: int, key: Hashable, value: Any) -> None:
        if not self.size:
            return
        with self.guard:
            self.entries[key] = (version, value)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def value(self, version: int, key: Hashable, compute: Callable[[], T]) -> T:
        """The kept value, or ``compute()``'s, kept (an error is not)."""
        found = self.get(version, key, _MISSING)
        if found is not _MISSING:
            return found
        value = compute()
        self.put(version, key, value)
        return value
