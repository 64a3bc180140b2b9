"""Subscription rules: which stored articles a subscriber wants to hear about.

A rule is a set of conditions, all of which must hold (an empty list is no condition): a
full-text query (every word, as ``aiwatch search`` matches it: 人工智能 the word, not 人工…智能),
entities by name or alias (a rule on 商汤 matches an article naming 商汤科技, whose alias it is),
technologies and industries (Chinese or English name), event types, outlets (the article's
source, or a part of its URL's host), a saved search by name (``aiwatch search "商汤 OR 智算 -广告"
--save compute`` once, then ``saved_search = "compute"`` in any number of rules: the search is
read when the rule runs, so editing it changes every rule that names it), and a minimum
confidence for the entity and event facts that satisfy the rule (facts without a confidence count
as certain).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from aiwatch.errors import AiwatchError

RULE_FIELDS = (
    "query",
    "entities",
    "technologies",
    "industries",
    "event_types",
    "sources",
    "saved_search",
    "min_confidence",
)
NAME_LISTS = ("entities", "technologies", "industries", "event_types", "sources")


@dataclass
class Rule:
    query: str | None = None
    entities: list[str] = field(default_factory=list)
    technologies: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    saved_search: str | None = None  # the name of a saved search (``aiwatch search QUERY --save NAME``)
    min_confidence: float = 0.0

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "rule") -> Rule:
        unknown = sorted(set(data) - set(RULE_FIELDS))
        if unknown:
            raise AiwatchError(
                "E400", where, detail=f"unknown rule field(s) {', '.join(unknown)}; fields: {', '.join(RULE_FIELDS)}"
            )
        rule = cls(**{k: v for k, v in data.items() if v is not None})
        if rule.query is not None and not isinstance(rule.query, str):
            raise AiwatchError("E400", where, detail="query must be text")
        if rule.query:
            from aiwatch.store.query import parse

            parse(rule.query)  # the search language's own error (E302, with the position) now, not at alert time
        if isinstance(rule.min_confidence, bool) or not isinstance(rule.min_confidence, int | float):
            raise AiwatchError("E400", where, detail="min_confidence must be a number between 0 and 1")
        if rule.saved_search is not None and (not isinstance(rule.saved_search, str) or not rule.saved_search.strip()):
            raise AiwatchError("E400", where, detail="saved_search must be the name of a saved search")
        for name in NAME_LISTS:
            value = getattr(rule, name)
            if isinstance(value, str):
                setattr(rule, name, [value])
            elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise AiwatchError("E400", where, detail=f"{name} must be a list of names")
        if not 0.0 <= float(rule.min_confidence) <= 1.0:
            raise AiwatchError("E400", where, detail="min_confidence must be between 0 and 1")
        if rule.is_empty():
            raise AiwatchError("E400", where, detail="a rule needs at least one condition (query, entity, …)")
        return rule

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], 0.0)}

    def is_empty(self) -> bool:
        return not (
            self.searches or self.entities or self.technologies or self.industries or self.event_types or self.sources
        )

    @property
    def searches(self) -> bool:
        """The rule has a condition only the corpus's search can answer (``rule_hits``)."""
        return bool(self.query or self.saved_search)


def _confident(fact: dict[str, Any], floor: float) -> bool:
    return float(fact.get("confidence", 1.0) if fact.get("confidence") is not None else 1.0) >= floor


def _names(items: list[dict[str, Any]] | None) -> set[str]:
    found = set()
    for item in items or []:
        found.add(str(item.get("name", "")).lower())
        if item.get("en"):
            found.add(str(item["en"]).lower())
    return found


def known_as(name: str) -> set[str]:
    """A rule's entity and the gazetteer's canonical name for it: 上海市经信委 → 上海市经济和信息化委员会,
    so a rule written with the short name matches an article that only uses the full one."""
    from aiwatch.analyze.gazetteer import load_gazetteer

    resolved = load_gazetteer().resolve(name)
    return {name, resolved[0]} if resolved else {name}


def matched_entities(rule: Rule, article: dict[str, Any]) -> list[str]:
    """The rule's entities the article names (by entity name or any alias), confident enough."""
    hits = []
    for wanted in rule.entities:
        wanted_names = known_as(wanted)
        for entity in article.get("entities") or []:
            names = {entity.get("name"), *(entity.get("aliases") or [])}
            if wanted_names & names and _confident(entity, rule.min_confidence):
                hits.append(wanted)
                break
    return hits


def matches_query(query: str, article: dict[str, Any]) -> bool:
    """Plain words only, each a whole word in the title or body: for an article not (yet) in a
    corpus; stored articles go through ``query_hits`` and the full search language."""
    from aiwatch.store.fts import find_matches, tokens

    text = f"{article.get('title') or ''}\n{article.get('body') or ''}"
    phrases = [words for words in (tokens(part) for part in query.split()) if words]
    return all(find_matches(text, [phrase], limit=1) for phrase in phrases)


def matches_source(rule: Rule, article: dict[str, Any]) -> bool:
    host = urlsplit(article.get("url") or "").netloc.lower()
    return any(s == article.get("source") or (host and s.lower() in host) for s in rule.sources)


def query_hits(store, query: str, pks: list[int]) -> set[int]:
    """Which of the articles ``pks`` match ``query`` in the search language of ``aiwatch search``
    (words, "phrases", OR, -exclude, title:/source:/entity:/tech:/type: fields), run by the store's
    own compiler so an alert rule and a search agree."""
    from sqlalchemy import and_, select

    from aiwatch.store.schema import articles
    from aiwatch.store.search import _match, compile_query

    if not pks:
        return set()
    compiled = compile_query(store, query)
    conditions = [articles.c.pk.in_(pks), *compiled.conditions]
    statement = select(articles.c.pk).where(and_(*conditions))
    if compiled.match is not None:
        key, source, condition, _score = _match(store, compiled.match)
        statement = statement.where(articles.c.pk.in_(select(key).select_from(source).where(condition)))
    with store.connect() as conn:
        return set(conn.execute(statement).scalars())


def rule_hits(store, rule: Rule, pks: list[int]) -> set[int]:
    """Which of the articles ``pks`` satisfy the rule's query and saved search (both, when it has
    both).  A saved search that has since been removed matches nothing: the alert pass says so
    (``missing_searches``) instead of alerting on everything."""
    from aiwatch.store.search import get_saved_search

    hits = set(pks)
    if rule.query:
        hits &= query_hits(store, rule.query, pks)
    if rule.saved_search:
        saved = get_saved_search(store, rule.saved_search)
        hits = hits & query_hits(store, saved.query, pks) if saved is not None else set()
    return hits


def missing_searches(store, rules: list[Rule]) -> list[str]:
    """The saved searches the rules name that the corpus does not have."""
    from aiwatch.store.search import get_saved_search

    names = {rule.saved_search for rule in rules if rule.saved_search}
    return sorted(name for name in names if get_saved_search(store, name) is None)


def match(rule: Rule, article: dict[str, Any], query_matched: bool | None = None) -> dict[str, Any] | None:
    """What made the article match (for the alert's text), or None.  ``query_matched`` is the
    store's answer for the rule's query and saved search (``rule_hits``); without it the query's
    words are looked for in the article's text directly, and a saved search cannot match."""
    why: dict[str, Any] = {}
    if rule.searches:
        if query_matched is None:
            query_matched = not rule.saved_search and matches_query(rule.query or "", article)
        if not query_matched:
            return None
        why |= {name: getattr(rule, name) for name in ("query", "saved_search") if getattr(rule, name)}
    for name in ("technologies", "industries"):
        wanted = getattr(rule, name)
        if wanted:
            present = _names(article.get(name))
            hits = [w for w in wanted if w.lower() in present]
            if not hits:
                return None
            why[name] = hits
    if rule.entities:
        hits = matched_entities(rule, article)
        if not hits:
            return None
        why["entities"] = hits
    if rule.event_types:
        types = {e.get("type") for e in article.get("events") or [] if _confident(e, rule.min_confidence)}
        hits = [t for t in rule.event_types if t in types]
        if not hits:
            return None
        why["event_types"] = hits
    if rule.sources:
        if not matches_source(rule, article):
            return None
        why["sources"] = [article.get("source") or urlsplit(article.get("url") or "").netloc]
    return why
