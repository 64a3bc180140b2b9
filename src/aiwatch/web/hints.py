"""What to try when a search finds nothing: other queries that do find something, with their counts.

"试试更短的词" helps nobody when the words are fine and the filters are not, or when the name is
stored as an entity under another spelling.  Each suggestion is run (a capped count, one short
query each) and only those with results are offered:

* the same words without the filters (a date range or a source that excludes everything);
* each word alone when all of them together match nothing (商汤 日日新 千问);
* an entity field search when the words are part of a stored entity name or alias
  (SenseTime → ``entity:商汤科技``);
* the words a long run splits into (商汤科技日日新 → 商汤科技, 日日新) — a shorter query;
* a prefix search for a Latin word (``gpt`` matches the word gpt only; ``gpt*`` also GPT-4o) —
  a longer one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from aiwatch.errors import AiwatchError
from aiwatch.store.db import Store
from aiwatch.store.fts import has_cjk, tokens
from aiwatch.store.search import Filters
from aiwatch.web import queries

#: Most suggestions offered (each costs one counted query).
MAX_HINTS = 4
#: Query-language syntax: a query using it is the user's own construction, not split further.
_SYNTAX = re.compile(r'[:："“”「」()（）*]|(^|\s)-|\b(OR|AND|NOT)\b')


def search_hints(store: Store, query: str, filters: Filters) -> list[dict[str, Any]]:
    """Up to ``MAX_HINTS`` queries (with their filters) that find articles, best first."""
    hints: list[dict[str, Any]] = []
    for candidate, chosen, why in _candidates(store, query.strip(), filters):
        seen = any(h["query"] == candidate and h["filtered"] == (chosen != Filters()) for h in hints)
        if len(hints) >= MAX_HINTS or seen:
            continue
        found = _count(store, candidate, chosen)
        if found:
            hints.append({"query": candidate, "filtered": chosen != Filters(), "why": why, "total": found})
    return hints


def _count(store: Store, query: str, filters: Filters) -> int:
    try:
        return queries.search_page(store, query, filters, 1, 0, False).total
    except AiwatchError:
        return 0  # a suggestion that does not parse or times out is simply not offered


def _candidates(store: Store, query: str, filters: Filters):
    unfiltered = replace(filters, since=None, until=None, source=None, entity=None, technology=None, industry=None)
    if unfiltered != filters:
        yield query, unfiltered, "去掉筛选条件"
    if not query or _SYNTAX.search(query):
        return
    words = query.split()
    if len(words) > 1:
        for word in words:
            yield word, filters, f"只查“{word}”"
    for word in words:
        yield from _entity_fields(store, word, filters)
        yield from _shorter(word, filters)
        if not has_cjk(word) and word.isascii() and word.isalnum():
            yield f"{word}*", filters, f"以“{word}”开头的词（更长的词也算）"


def _entity_fields(store: Store, word: str, filters: Filters):
    """``entity:`` searches for the stored entities whose name contains the word, or an alias is it."""
    for entity in queries.entity_list(store, None, word, 2, 0).items:
        yield f"entity:{_quoted(entity['name'])}", filters, f"按实体“{entity['name']}”查（含别名）"
    found = queries.entity_alias_owner(store, word)
    if found:
        yield f"entity:{_quoted(found)}", filters, f"“{word}”是“{found}”的别名"


def _shorter(word: str, filters: Filters):
    """A long Chinese run that matches nowhere as a whole: the words it is made of."""
    if not has_cjk(word) or len(word) < 4:
        return
    parts = [t for t in tokens(word) if len(t) >= 2]
    if len(parts) > 1:
        yield " OR ".join(parts), filters, "其中任一个词（更短）"
        for part in parts[:2]:
            yield part, filters, f"更短的词“{part}”"


def _quoted(name: str) -> str:
    return f'"{name}"' if re.search(r"\s", name) else name
