"""Search the corpus: segmented full-text match, ranked, filtered, with snippets from the original.

SQLite ranks with FTS5's bm25 (title weighted 5x the body); PostgreSQL with ``ts_rank`` over a
tsvector whose title part has weight A.  The snippet is cut from the stored original body, around
the densest run of matches found by the same segmentation, so highlights are whole words.
Near-duplicates (``duplicate_of`` set) are left out unless asked for: one story, one hit.

This module is the one place that builds the full-text statements: ``aiwatch search`` calls
``search``, the web app's paged search calls ``search_in`` with its options (a capped total, newest
first for very common words, no snippets for plain listings) and only shapes the page.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from sqlalchemy import (
    ARRAY,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    cast,
    column,
    delete,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.exc import SQLAlchemyError

from aiwatch.errors import AiwatchError
from aiwatch.store import fts
from aiwatch.store.db import Store
from aiwatch.store.query import And, Dates, Filter, Node, Not, Or, Text, is_text, parse, positive_texts
from aiwatch.store.revisions import current, superseded_keys
from aiwatch.store.schema import (
    article_entities,
    article_industries,
    article_technologies,
    articles,
    entities,
    entity_aliases,
    events,
    industries,
    saved_searches,
    sources,
    technologies,
)

_fts = table("articles_fts", column("rowid"))
_pg_search = table("article_search", column("article_pk"), column("document"), column("grams"))
_pg_pairs = table("article_pairs", column("article_pk"), column("pairs"))

#: Result orders: best match first (bm25 / ts_rank), or newest published first.
SORTS = ("relevance", "date")


@dataclass
class Filters:
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    source: str | None = None
    entity: str | None = None
    technology: str | None = None
    industry: str | None = None
    duplicates: bool = False
    event_type: str | None = None
    revisions: bool = False  # include articles superseded by a later revision (never in search)


@dataclass
class Hit:
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    duplicate_of: str | None = None
    summary: str | None = None  # the web's result list shows it; not in ``aiwatch search`` output

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("summary")
        data["highlights"] = [list(h) for h in self.highlights]
        return data


@dataclass
class Results:
    """One page of hits, and what the web's page needs to describe it."""

    hits: list[Hit]
    #: Matches with the filters, counted up to ``count_cap + 1`` (None when not asked for).
    total: int | None = None
    #: Best first by relevance; False when listed newest first (no words, or a very common word).
    ranked: bool = False
    #: How the hits were found: another page of the same query can be found the same way
    #: (``search_in(plan=)``) while the corpus is unchanged.
    plan: Plan | None = None


def _entity_filter(name: str):
    """Articles naming the entity by its name or any alias: 商汤 finds 商汤科技 and SenseTime.

    The name may be the canonical name or an alias; every entity it names counts, and so does
    every entity sharing that entity's aliases (the store keeps aliases per entity).
    """
    named = select(entities.c.id).where(entities.c.name == name)
    aliased = select(entity_aliases.c.entity_id).where(entity_aliases.c.alias == name)
    return articles.c.pk.in_(
        select(article_entities.c.article_pk).where(
            or_(article_entities.c.entity_id.in_(named), article_entities.c.entity_id.in_(aliased))
        )
    )


def _term_filter(name: str, terms, links, id_column: str):
    """A technology or industry by its Chinese name or its English name (any case)."""
    matching = select(terms.c.id).where(or_(terms.c.name == name, func.lower(terms.c.en) == name.lower()))
    return articles.c.pk.in_(select(links.c.article_pk).where(links.c[id_column].in_(matching)))


def _source_filter(name: str):
    """Source names are unique: one id, compared by equality so that SQLite walks the source's own
    index newest first (``IN (subquery)`` made it walk every original article: 270 ms against 35 ms
    for the newest 2,000 of 第一财经 in 60,000 articles)."""
    return articles.c.source_id == select(sources.c.id).where(sources.c.name == name).scalar_subquery()


def _event_type_filter(name: str):
    """Articles with an event of this type (funding, launch, policy, …, as the events stage names them)."""
    return articles.c.pk.in_(select(events.c.article_pk).where(func.lower(events.c.type) == name.lower()))


def field_condition(name: str, value: str):
    """One field filter of the query language (``source:36氪``) as a condition on ``articles``."""
    if name == "source":
        return _source_filter(value)
    if name == "entity":
        return _entity_filter(value)
    if name == "tech":
        return _term_filter(value, technologies, article_technologies, "technology_id")
    if name == "industry":
        return _term_filter(value, industries, article_industries, "industry_id")
    if name == "type":
        return _event_type_filter(value)
    raise ValueError(name)


def _date_conditions(since: str | None, until: str | None) -> list:
    conditions = []
    if since:
        conditions.append(articles.c.published_on >= since)
    if until:
        conditions.append(articles.c.published_on <= until)
    return conditions


def filter_conditions(filters: Filters) -> list:
    """The period, source, entity and taxonomy filters as conditions on ``articles``."""
    conditions = _date_conditions(filters.since, filters.until)
    for name, value in (
        ("source", filters.source),
        ("entity", filters.entity),
        ("tech", filters.technology),
        ("industry", filters.industry),
        ("type", filters.event_type),
    ):
        if value:
            conditions.append(field_condition(name, value))
    if not filters.duplicates:
        conditions.append(articles.c.duplicate_of.is_(None))
    if not filters.revisions:
        conditions.append(current())
    return conditions


def apply_filters(query: Select, filters: Filters) -> Select:
    conditions = filter_conditions(filters)
    return query.where(and_(*conditions)) if conditions else query


def result_columns():
    """An article as a result list shows it (search hits, the web's entity articles); needs ``sources``."""
    return (
        articles.c.pk,
        articles.c.id,
        articles.c.title,
        articles.c.published,
        articles.c.url,
        articles.c.duplicate_of,
        articles.c.summary,
        sources.c.name.label("source"),
    )


# --- the query tree compiled to SQL ------------------------------------------------------------
#
# SQLite: one FTS5 table, four columns: the segmented words of the title and the body, and their
# character bigrams (fts.gram_text).  A text-only part of the query becomes ONE FTS5 expression
# (FTS5 does AND / OR / NOT itself, ranked by bm25); the rest (fields, dates, a word OR-ed with a
# field) becomes conditions on ``articles``.
# PostgreSQL: ``article_search.document`` (word tsvector, title weight A) and ``grams`` (the set of
# bigrams); a substring longer than two characters is checked in the text after the bigram index.

_WORDS = "{title body}"
_GRAMS = "{title_grams body_grams}"


def _is_substring(text: Text) -> bool:
    """A plain word with Chinese characters matches inside words; a latin word matches whole."""
    return text.mode == "plain" and fts.has_cjk(text.text)


def _word_tokens(text: Text) -> tuple[list[str], bool]:
    """Index words for a phrase or a prefix: gpt* is one token, 「商汤 科技」 two side by side."""
    if text.mode == "prefix":
        stem = text.text.lower()
        if fts.runs(stem) == [stem]:
            return [stem], True
        return fts.tokens(text.text), True
    return fts.tokens(text.text), False


def _fts5_leaf(text: Text) -> str:
    if _is_substring(text):
        tokens, prefix = fts.gram_query(text.text)
        columns = "title_grams" if text.title_only else _GRAMS
    else:
        tokens, prefix = _word_tokens(text)
        columns = "title" if text.title_only else _WORDS
    if not tokens:  # only what the index drops (「——」): matches nothing
        tokens, prefix = ["\x01"], False
    return f"{columns} : {fts.fts5_phrase(tokens, prefix)}"


def fts5_expression(node: Node) -> str | None:
    """The FTS5 MATCH string for a text-only subtree, or None when FTS5 cannot say it (a lone NOT)."""
    if isinstance(node, Text):
        return _fts5_leaf(node)
    if isinstance(node, Or):
        parts = [fts5_expression(child) for child in node.children]
        if any(p is None for p in parts):
            return None
        return "(" + " OR ".join(f"({p})" for p in parts) + ")"
    if isinstance(node, And):
        positive = [c for c in node.children if not isinstance(c, Not)]
        negative = [c.child for c in node.children if isinstance(c, Not)]
        parts = [fts5_expression(c) for c in positive]
        excluded = [fts5_expression(c) for c in negative]
        if not positive or any(p is None for p in parts + excluded):
            return None
        expression = "(" + " AND ".join(f"({p})" for p in parts) + ")"
        for part in excluded:
            expression = f"({expression} NOT ({part}))"
        return expression
    return None


def _tsquery_literal(lexemes: list[str], prefix: bool, joiner: str = " & ") -> str:
    quoted = ["'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'" for lexeme in lexemes]
    if prefix and quoted:
        quoted[-1] += ":*"
    return joiner.join(quoted)


def _folded(column, part: str):
    """The text to look for ``part`` in: lowercased only when ``part`` has letters with a case.

    lower() of every candidate body was two thirds of the recheck's time (人工智能 over 3,000
    articles: 68 ms with it, 20 ms without), and a run of Chinese characters or digits has no case.
    """
    if part.upper() == part.lower():
        return func.coalesce(column, "")
    return func.lower(func.coalesce(column, ""))


def _substring_recheck(text: Text, article_table) -> list:
    """What a substring needs checked in the text once its bigrams are there: nothing for one run
    of one or two characters (one bigram: the index is exact), else ``strpos`` of each run."""
    parts = fts.runs(text.text)
    if not (text.title_only or len(parts) > 1 or len(parts[0]) > 2):
        return []
    columns = [article_table.c.title] if text.title_only else [article_table.c.title, article_table.c.body]
    return [or_(*[func.strpos(_folded(col, part), part) > 0 for col in columns]) for part in parts]


def _pg_leaf(text: Text, search_table, article_table):
    """One word, phrase, prefix or substring as a condition on the search row and its article."""
    if _is_substring(text):
        grams, prefix = fts.gram_query(text.text)
        tsquery = cast(_tsquery_literal(grams, prefix), TSQUERY)
        return and_(search_table.c.grams.op("@@")(tsquery), *_substring_recheck(text, article_table))
    pair = _pair_tsquery(text)
    if pair is not None:
        return _pair_condition(pair, search_table)
    tokens, prefix = _word_tokens(text)
    if not tokens:
        return literal_column("FALSE")
    if prefix:
        tsquery = func.to_tsquery("simple", _tsquery_literal(tokens, True, " <-> "))
    else:
        tsquery = func.phraseto_tsquery("simple", " ".join(tokens))
    condition = search_table.c.document.op("@@")(tsquery)
    if text.title_only:
        title_part = func.ts_filter(search_table.c.document, literal_column("'{a}'::\"char\"[]"))
        condition = and_(condition, title_part.op("@@")(tsquery))
    return condition


#: Index tokens the ``simple`` parser keeps as one lexeme of themselves: Chinese characters, latin
#: letters, digits.  A token of other characters may give it none (then a one-query form would
#: drop the word, where the condition form matches nothing) or several.
_PLAIN_TOKEN = re.compile(r"[a-z0-9\u3400-\u9fff\uf900-\ufaff]+")


def _pg_tsquery(node: Node):
    """The words, phrases and prefixes of a text subtree as ONE tsquery on ``document`` (AND, OR
    and NOT as ``&&``, ``||`` and ``!!``), or None when a part cannot be said so (a substring, a
    title-only word, a token the parser would cut).

    One tsquery is answered by the GIN index alone, NOT included: as separate ``@@`` conditions
    ``自己 -国家`` could not use the index for the NOT, and the planner read the tsvector of every
    article newest first (200 ms at 100,000 articles); the index gives the few matches directly.
    """
    if isinstance(node, Text):
        if _is_substring(node) or node.title_only or _pair_tsquery(node) is not None:
            return None
        tokens, prefix = _word_tokens(node)
        if not tokens or not all(_PLAIN_TOKEN.fullmatch(token) for token in tokens):
            return None
        if prefix:
            return func.to_tsquery("simple", _tsquery_literal(tokens, True, " <-> "))
        return func.phraseto_tsquery("simple", " ".join(tokens))
    if isinstance(node, Not):
        child = _pg_tsquery(node.child)
        return None if child is None else func.tsquery_not(child)
    if isinstance(node, And | Or):
        parts = [_pg_tsquery(child) for child in node.children]
        if any(part is None for part in parts):
            return None
        combine = func.tsquery_and if isinstance(node, And) else func.tsquery_or
        tsquery = parts[0]
        for part in parts[1:]:
            tsquery = combine(tsquery, part)
        return tsquery
    return None


def _exact_grams(text: Text) -> bool:
    """A substring the bigram set answers alone: one run of one or two characters (智, 智算)."""
    if not _is_substring(text) or text.title_only:
        return False
    parts = fts.runs(text.text)
    return len(parts) == 1 and len(parts[0]) <= 2


def _pg_gram_tsquery(node: Node) -> str | None:
    """Substrings of one or two characters under AND, OR and NOT as ONE tsquery on ``grams``
    (``自己 -国家`` → ``('自己') & !('国家')``), or None when a part is anything else: the index
    then answers the whole condition, as ``_pg_tsquery`` does for words."""
    if isinstance(node, Text):
        return _exact_gram_tsquery(node)
    if isinstance(node, Not):
        child = _pg_gram_tsquery(node.child)
        return None if child is None else f"!{child}"
    if isinstance(node, And | Or):
        parts = [_pg_gram_tsquery(child) for child in node.children]
        if any(part is None for part in parts):
            return None
        return "(" + (" & " if isinstance(node, And) else " | ").join(parts) + ")"
    return None


def _pair_bound(text: Text) -> str | None:
    """Bigrams every article matching a phrase of words holds: for each two words side by side,
    the last character of the first and the first of the second, as one bigram (一个中国 → 个中)
    or, when something the index drops stands between them (一个，中国), the first word's last
    character ending a run of letters and digits (the bigram set's lone run-final 个).

    The word index cannot check positions from GIN: for ``"一个 中国"`` it hands over every article
    holding both words (56% of them) and each one's positions are read; with the bigrams the GIN
    index narrows that to the articles with 个中 or a run ending in 个 (18% here).  Exact for
    the phrases SQLite's FTS5 matches; PostgreSQL's parser also skips characters FTS5 keeps as
    tokens (①, ²: other numbers in the C.UTF-8 locale), so ``一个①中国`` no longer matches there,
    as it never did on SQLite.  None when there is no pair, or a word is not one plain lexeme.
    """
    if _is_substring(text):
        return None
    tokens, _ = _word_tokens(text)
    if len(tokens) < 2 or not all(_PLAIN_TOKEN.fullmatch(token) for token in tokens):
        return None
    pairs = [
        "(" + _tsquery_literal([first[-1] + second[0], first[-1]], False, " | ") + ")"
        for first, second in pairwise(tokens)
    ]
    return "(" + " & ".join(pairs) + ")"


def _gram_upper(node: Node, lean: bool = False) -> tuple[str | None, bool]:
    """A tsquery on ``grams`` that every match of ``node`` satisfies (None: none known), and
    whether it requires some bigram (only then can the GIN index narrow anything: ``!中国``
    alone is a scan).  Substrings give their bigrams, phrases their pairs (``_pair_bound``);
    a NOT gives the negation of what surely matches its child (``_gram_lower``).  With it
    ``(对白 OR 人工智能) -中国`` takes its few candidates from the index, and only their bodies
    are searched for 人工智能.  ``lean``: a substring of one run of three characters or more gives
    one of its bigrams, the middle one (人工智能 → 工智): a looser bound that the GIN index reads
    in half the time when the bigrams are all common (``_lean_bound``)."""
    if isinstance(node, Text):
        if _is_substring(node):
            grams, prefix = fts.gram_query(node.text)
            if lean and _reads_text_only(node) and not prefix:
                grams = [grams[(len(grams) - 1) // 2]]
            return ("(" + _tsquery_literal(grams, prefix) + ")", True) if grams else (None, False)
        bound = _pair_bound(node)
        return (bound, True) if bound else (None, False)
    if isinstance(node, Not):
        lower = _gram_lower(node.child)
        return ("!" + lower, False) if lower else (None, False)
    if isinstance(node, And | Or):
        parts = [_gram_upper(child, lean) for child in node.children]
        known = [part for part in parts if part[0]]
        if isinstance(node, And):
            if not known:
                return None, False
            return "(" + " & ".join(text for text, _ in known) + ")", any(positive for _, positive in known)
        if len(known) < len(parts):
            return None, False
        return "(" + " | ".join(text for text, _ in known) + ")", all(positive for _, positive in known)
    return None, False


def _exact_gram_tsquery(node: Text) -> str | None:
    """The tsquery on ``grams`` of a substring the bigram set answers exactly (one or two
    characters: 智算), else None."""
    if not _exact_grams(node):
        return None
    grams, prefix = fts.gram_query(node.text)
    return "(" + _tsquery_literal(grams, prefix) + ")" if grams else None


def _gram_lower(node: Node) -> str | None:
    """A tsquery on ``grams`` that only matches of ``node`` satisfy (None: none known): the
    substrings the bigram set answers exactly (智算), combined."""
    if isinstance(node, Text):
        return _exact_gram_tsquery(node)
    if isinstance(node, Not):
        upper, _ = _gram_upper(node.child)
        return "!" + upper if upper else None
    if isinstance(node, And | Or):
        parts = [_gram_lower(child) for child in node.children]
        known = [part for part in parts if part]
        if isinstance(node, And):
            return "(" + " & ".join(known) + ")" if known and len(known) == len(parts) else None
        return "(" + " | ".join(known) + ")" if known else None
    return None


def _pair_tsquery(text: Text) -> str | None:
    """The tsquery on ``article_pairs`` that answers a phrase of two common words side by side
    (``"一个 中国"`` → ``'一个 中国'``), or None for any other text.

    Exact: the pair is indexed where the two words are consecutive index tokens of the title or
    of the body, which is what FTS5's phrase matches.  No positions are read; before, the
    candidates holding both words (and 个中 or a run ending in 个) had theirs read, 282,000 at
    1,000,000 articles.  Longer phrases, and phrases with a rarer word, keep the positional check.
    """
    if _is_substring(text) or text.title_only or text.mode == "prefix":
        return None
    tokens, _ = _word_tokens(text)
    common = fts.common_words()
    if len(tokens) != 2 or not all(token in common and _PLAIN_TOKEN.fullmatch(token) for token in tokens):
        return None
    return _tsquery_literal([fts.PAIR_JOIN.join(tokens)], False)


def _pair_condition(tsquery: str, search_table):
    """The search row's article has the pair(s) ``tsquery`` asks for (``article_pairs``' GIN index)."""
    found = select(_pg_pairs.c.article_pk).where(_pg_pairs.c.pairs.op("@@")(cast(tsquery, TSQUERY)))
    return search_table.c.article_pk.in_(found)


def _has_pairs(node: Node) -> bool:
    """Whether ``node`` holds a phrase whose positions are read (so that its bigram bound helps)."""
    if isinstance(node, Text):
        return _pair_bound(node) is not None and _pair_tsquery(node) is None
    if isinstance(node, Not):
        return _has_pairs(node.child)
    return isinstance(node, And | Or) and any(_has_pairs(child) for child in node.children)


def _pg_gram_bound(node: Node) -> str | None:
    """The bigrams every match holds (``_gram_upper``), for a text condition that checks word
    positions (phrases): there it spares most of the positional checks.  Elsewhere it is not
    added: the condition already says its bigrams, and a second check of the same tsvector on
    each row walked newest first cost as much as the first (and for ``(对白 OR 人工智能) -中国``
    walked at 1,000,000 articles, 246 ms with it first, 220-228 without: the planner checks the
    NOT first anyway, the cheapest part)."""
    if not _has_pairs(node):
        return None
    upper, positive = _gram_upper(node)
    return upper if upper and positive else None


def _pg_index_conditions(node: Node, search_table) -> list:
    """What the GIN indexes answer of a text condition alone, or [] when the condition also
    needs the text (a longer substring's ``strpos``, a title-only word): the whole condition
    when one tsquery says it (words, phrases, two-character substrings, a pair of common words),
    for phrases the bigrams every match holds (``_pg_gram_bound``), and the parts' conditions
    combined when each part is said so on its own index (``"一个 中国" -国家``)."""
    words = _pg_tsquery(node)
    if words is None:
        grams = _pg_gram_tsquery(node)
        if grams is not None:
            return [search_table.c.grams.op("@@")(cast(grams, TSQUERY))]
        if isinstance(node, Text):
            pair = _pair_tsquery(node)
            return [] if pair is None else [_pair_condition(pair, search_table)]
        if isinstance(node, Not):
            inner = _pg_index_conditions(node.child, search_table)
            return [not_(and_(*inner))] if inner else []
        parts = [_pg_index_conditions(child, search_table) for child in node.children]
        if not all(parts):
            return []
        if isinstance(node, And):
            return [condition for part in parts for condition in part]
        return [or_(*[and_(*part) for part in parts])]
    conditions = [search_table.c.document.op("@@")(words)]
    bound = _pg_gram_bound(node)
    if bound is not None:
        conditions.append(search_table.c.grams.op("@@")(cast(bound, TSQUERY)))
    return conditions


def _pg_condition(node: Node, search_table, article_table):
    """A text condition on the search row and its article: the exact one (``_pg_text``), after
    the bigrams every match holds when it checks word positions."""
    return _after_gram_bound(node, search_table, _pg_text(node, search_table, article_table))


def _after_gram_bound(node: Node, search_table, check):
    """``check`` behind the bigram bound of ``node`` (the bigrams every match holds), if it has one."""
    bound = _pg_gram_bound(node)
    if bound is None:
        return check
    return and_(search_table.c.grams.op("@@")(cast(bound, TSQUERY)), check)


def _pg_text(node: Node, search_table, article_table):
    if not isinstance(node, Text):
        tsquery = _pg_tsquery(node)
        if tsquery is not None:
            return search_table.c.document.op("@@")(tsquery)
        grams = _pg_gram_tsquery(node)
        if grams is not None:
            return search_table.c.grams.op("@@")(cast(grams, TSQUERY))
    if isinstance(node, Text):
        return _pg_leaf(node, search_table, article_table)
    if isinstance(node, Not):
        return not_(_pg_text(node.child, search_table, article_table))
    parts = [_pg_text(child, search_table, article_table) for child in node.children]
    return and_(*parts) if isinstance(node, And) else or_(*parts)


def _text_condition(store: Store, node: Node):
    """A text subtree inside a mixed one (智算 OR source:36氪) as a condition on ``articles``."""
    if store.dialect == "postgresql":
        search_table, article_table = _pg_search.alias("s2"), articles.alias("a2")
        keys = (
            select(search_table.c.article_pk)
            .select_from(search_table.join(article_table, article_table.c.pk == search_table.c.article_pk))
            .where(_pg_condition(node, search_table, article_table))
        )
        return articles.c.pk.in_(keys)
    expression = fts5_expression(node)
    if expression is None:  # a text subtree FTS5 cannot say on its own: combine leaf by leaf
        return _tree_condition(store, node)
    return articles.c.pk.in_(select(_fts.c.rowid).where(literal_column("articles_fts").op("MATCH")(expression)))


def _tree_condition(store: Store, node: Node):
    """Any subtree as a condition on ``articles``."""
    if isinstance(node, Text):
        return _text_condition(store, node)
    if isinstance(node, Filter):
        return field_condition(node.name, node.value)
    if isinstance(node, Dates):
        return and_(*_date_conditions(node.since, node.until))
    if isinstance(node, Not):
        return not_(_tree_condition(store, node.child))
    if is_text(node) and fts5_expression(node) is not None:
        return _text_condition(store, node)
    parts = [_tree_condition(store, child) for child in node.children]
    return and_(*parts) if isinstance(node, And) else or_(*parts)


@dataclass
class Compiled:
    """A parsed query: the ranked text part, conditions for the rest, the words for snippets."""

    match: Node | None
    conditions: list
    texts: list[Text]

    def snippet_terms(self) -> tuple[list[list[str]], list[str]]:
        """Whole-word phrases and substrings to mark in a snippet."""
        phrases, substrings = [], []
        for text in self.texts:
            if _is_substring(text) or text.mode == "prefix":
                substrings.append(text.text)
            else:
                words = fts.tokens(text.text)
                if words:
                    phrases.append(words)
        return phrases, substrings


def compile_query(store: Store, query: str) -> Compiled:
    """Parse ``query`` (``QueryError`` if it does not parse) and split it for the search plans."""
    tree = parse(query or "")
    if tree is None:
        return Compiled(None, [], [])
    children = list(tree.children) if isinstance(tree, And) else [tree]
    positive = [c for c in children if not isinstance(c, Not) and is_text(c) and fts5_expression(c) is not None]
    negative = [c for c in children if isinstance(c, Not) and is_text(c.child) and fts5_expression(c.child)]
    rest = [c for c in children if c not in positive and c not in negative]
    if not positive:
        rest += negative
        match = None
    else:
        parts = positive + (negative if positive else [])
        match = parts[0] if len(parts) == 1 else And(tuple(parts))
    return Compiled(match, [_tree_condition(store, node) for node in rest], positive_texts(tree))


def _conditions(compiled: Compiled, filters: Filters) -> list:
    return filter_conditions(filters) + compiled.conditions


def _match(store: Store, node: Node):
    """``(key column, from clause, condition, score)``: the search index rows matching the text part."""
    if store.dialect == "postgresql":
        source = _pg_search.join(articles, articles.c.pk == _pg_search.c.article_pk)
        return _pg_search.c.article_pk, source, _pg_condition(node, _pg_search, articles), None
    bm25 = literal_column("bm25(articles_fts, 5.0, 1.0, 5.0, 1.0)")
    return _fts.c.rowid, _fts, literal_column("articles_fts").op("MATCH")(fts5_expression(node)), -bm25


def _rank_tsquery(compiled: Compiled):
    """PostgreSQL ranks by the words of the query (any of them), title weighted: ts_rank."""
    parts = [func.plainto_tsquery("simple", " ".join(fts.tokens(t.text))) for t in compiled.texts]
    if not parts:
        return None
    tsquery = parts[0]
    for part in parts[1:]:
        tsquery = tsquery.op("||")(part)
    return tsquery


def _ranked_query(
    store: Store,
    compiled: Compiled,
    filters: Filters,
    limit: int,
    offset: int,
    floor: int | None = None,
    window: list[int] | None = None,
) -> Select:
    """The best ``limit`` matches (key and score), filters applied; only keys ≥ ``floor`` when given,
    or (PostgreSQL) only those of ``window``, filters applied already (``_window_ranked``)."""
    key, source, match, score = _match(store, compiled.match)
    conditions = _conditions(compiled, filters)
    if window is not None and store.dialect == "postgresql":
        return _window_ranked(compiled, window, limit, offset)
    if floor is not None:
        # on the index's own key: FTS5 and the planner seek to it instead of reading every match
        match = and_(match, key >= floor)
    if store.dialect == "postgresql":
        if floor is not None:
            # and on the article's: else the planner checked the substring in every article's
            # text and hashed them all against the window (人工智能 in 4,000 articles: 60 ms)
            match = and_(match, articles.c.pk >= floor)
        tsquery = _rank_tsquery(compiled)
        score = func.ts_rank(_pg_search.c.document, tsquery) if tsquery is not None else literal_column("0.0")
        return (
            select(key.label("pk"), score.label("score"))
            .select_from(source)
            .where(match, *conditions)
            .order_by(literal_column("score").desc(), key)
            .limit(limit)
            .offset(offset)
        )
    # "rowid + 0": otherwise SQLite hands the key set to FTS5 as a rowid constraint and runs the
    # MATCH once per key (2.8 s instead of 20 ms for 人工智能 since June on 10,000 articles).
    key = key + literal_column("0")
    plain = Filters(**{**filters.__dict__, "duplicates": True, "revisions": True})
    narrowing = filter_conditions(plain) + compiled.conditions
    pk_sets = []
    if narrowing:
        pk_sets.append(key.in_(select(articles.c.pk).where(and_(*narrowing))))
    if not filters.duplicates:
        pk_sets.append(key.not_in(select(articles.c.pk).where(articles.c.duplicate_of.is_not(None))))
    if not filters.revisions:
        pk_sets.append(key.not_in(superseded_keys()))
    score = score.label("score")
    # ordered by the label, so that the rank function runs once per match, not twice
    return select(key.label("pk"), score).where(match, *pk_sets).order_by(score.desc(), key).limit(limit).offset(offset)


def _window_ranked(compiled: Compiled, window: list[int], limit: int, offset: int) -> Select:
    """PostgreSQL: the best ``limit`` of the matches whose keys ``window`` holds (read already by
    ``_newest_matches``, the filters applied by ``_kept``), scored one by one through the key
    index, the text not matched again.

    Matching again cost a second pass over every candidate's positions or body (``"一个 中国"``
    at 100,000 articles: 550 ms, again), and with the floor the planner walked every search row
    above it for the bigrams (``买方 OR 配子`` at 1,000,000 articles: 220,000 tsvectors read to
    score 1,000 matches).  The keys as rows, each scored in a LATERAL subquery (LIMIT 1: one row
    per key anyway, and the planner cannot flatten it into a join): as ``article_pk = ANY(keys)``
    the planner scanned all the search rows in parallel (100 ms in each of 3 processes), and
    with the filters joined it merged the keys with a scan of every article's.
    """
    listed = func.unnest(bindparam("window_keys", window, type_=ARRAY(Integer))).table_valued("key")
    listed = listed.render_derived(name="scored")
    tsquery = _rank_tsquery(compiled)
    score = func.ts_rank(_pg_search.c.document, tsquery) if tsquery is not None else literal_column("0.0")
    row = select(score.label("score")).where(_pg_search.c.article_pk == listed.c.key).limit(1).lateral("ranked")
    return (
        select(listed.c.key.label("pk"), row.c.score.label("score"))
        .select_from(listed.join(row, literal_column("TRUE")))
        .order_by(row.c.score.desc(), listed.c.key)
        .limit(limit)
        .offset(offset)
    )


def _kept(conn, compiled: Compiled, filters: Filters, keys: list[int]) -> list[int]:
    """PostgreSQL: those of ``keys`` whose articles pass the filters (the revisions, duplicates,
    fields and dates), by one lookup of the keys."""
    statement = select(func.array_agg(articles.c.pk)).where(
        _among(articles.c.pk, keys, "postgresql"), *_conditions(compiled, filters)
    )
    return conn.execute(statement).scalar() or []


#: Up to this many matches, ranking looks up each match's row for the filters (cheap when few);
#: beyond it, each filter becomes a key set built once (cheap when the word is everywhere).
DIRECT_MATCHES = 2000

#: Relevance is computed over at most this many matches, the newest stored: scoring the 4,800
#: articles with 人工智能 in a 10,000-article corpus cost 100 ms, and a word that common is
#: barely separated by bm25 anyway; the newest 1,000 cost a fifth of that.
RANK_WINDOW = 1_000

#: Above this many matches, results are listed newest first instead of by relevance: bm25 must
#: score every match (0.45 s for 人工智能 in 97,700 of 100,000 articles) and barely separates
#: articles that all contain the word, while newest first stops after one page.
RANK_LIMIT = 5_000

#: Above ``RANK_LIMIT`` matches, the page is looked for among the newest this many matches first.
STORED_WINDOW = 2_000


def _newest_matches(conn, store: Store, node: Node, cap: int) -> list[int]:
    """The keys of the newest ``cap + 1`` matches of the text part, newest first, filters ignored.

    One read of the index tells how many match (up to the cap), where the relevance and stored
    windows begin, and which keys the stored window holds: the count, the window's floor and
    the listing each evaluated the MATCH before (这* on 100,000 SQLite articles: 32 ms each; on
    PostgreSQL the count joined every match to its article for the substring check).
    """
    key, source, match, _ = _match(store, node)
    indexed = _pg_index_conditions(node, _pg_search) if store.dialect == "postgresql" else []
    if indexed and _pg_sparse(conn, select(_pg_search.c.article_pk).where(*indexed)):
        # every candidate from the GIN index first (a MATERIALIZED CTE keeps the planner from
        # walking the key index backwards and reading each article's tsvector), the rest of the
        # condition checked on those alone, then the newest of them.  The search rows alone: the
        # condition is on them, and joining them to their articles read all 1,000,000 article
        # keys into a hash ("一个 中国": 0.7 s)
        only = _pg_condition(node, _pg_search, articles)
        found = select(key.label("key")).where(only).cte("found").prefix_with("MATERIALIZED")
        newest = select(found.c.key).order_by(found.c.key.desc()).limit(cap + 1).subquery()
        keys = conn.execute(select(func.array_agg(newest.c.key))).scalar() or []
        return sorted(keys, reverse=True)
    if store.dialect == "postgresql" and _substring_words(node):
        found = _pg_substring_matches(conn, node, cap)
        if found is not None:
            return found
    bound = _gram_upper(node) if store.dialect == "postgresql" else (None, False)
    if bound[0] and bound[1]:
        candidates = select(_pg_search.c.article_pk).where(_pg_search.c.grams.op("@@")(cast(bound[0], TSQUERY)))
        estimate, total = _pg_estimate(conn, candidates)
        if estimate < SPARSE_SHARE * total:
            # a NOT in the bigrams makes the index read the posting list of what it excludes,
            # often most articles (!中国: 330 ms at 1,000,000): the planner's estimate then
            # stands for the count, which is otherwise read from the index (神农架: estimated
            # 25, 28,800 there)
            counted = (
                estimate
                if "!" in bound[0]
                else conn.execute(select(func.count()).select_from(candidates.subquery())).scalar_one()
            )
            if _check_newest_first(counted, cap + 1, total):
                return _checked_newest(conn, node, _lean_bound(conn, node, candidates, estimate), cap)
    if store.dialect == "postgresql":
        # walked: each article's text read for its substrings rather than its bigram set
        match = _after_gram_bound(node, _pg_search, _text_check(node, _pg_search, articles))
    newest = select(key.label("key")).select_from(source).where(match).order_by(key.desc()).limit(cap + 1)
    newest = newest.subquery()
    # as one value (an array, a comma-separated list): 5,000 result rows through SQLAlchemy cost
    # more than the index read
    if store.dialect == "postgresql":
        keys = conn.execute(select(func.array_agg(newest.c.key))).scalar() or []
    else:
        packed = conn.execute(select(func.group_concat(newest.c.key))).scalar()
        keys = [int(k) for k in packed.split(",")] if packed else []
    return sorted(keys, reverse=True)


def _pg_substring_matches(conn, node: Text, cap: int) -> list[int] | None:
    """PostgreSQL: the keys of the newest ``cap + 1`` matches of a substring with dictionary words
    holding it (``_pg_lower``), or None when its bigrams are in most articles (then walked).

    Its matches are the articles with one of those words (the word index's bitmap) and, among the
    other articles holding its bigrams, those whose text holds it.  神农架 at 100,000 articles:
    2,880 bodies searched for it before, about 30 now (the word index answers for the rest).
    """
    grams, prefix = fts.gram_query(node.text)
    upper = _pg_search.c.grams.op("@@")(cast(_tsquery_literal(grams, prefix), TSQUERY))
    if not _pg_sparse(conn, select(_pg_search.c.article_pk).where(upper)):
        return None
    lower, _ = _pg_lower(node)
    words = select(_pg_search.c.article_pk.label("key")).where(*lower).cte("words").prefix_with("MATERIALIZED")
    candidates = select(_pg_search.c.article_pk.label("key")).where(upper).cte("candidates")
    candidates = candidates.prefix_with("MATERIALIZED")
    article = articles.alias("a2")
    others = (
        select(candidates.c.key)
        .select_from(candidates.join(article, article.c.pk == candidates.c.key))
        .where(~select(words.c.key).where(words.c.key == candidates.c.key).exists(), *_substring_recheck(node, article))
    )
    union = select(words.c.key).union_all(others).subquery()
    newest = select(union.c.key).order_by(union.c.key.desc()).limit(cap + 1).subquery()
    keys = conn.execute(select(func.array_agg(newest.c.key))).scalar() or []
    return sorted(keys, reverse=True)


def _checked_newest(conn, node: Node, candidates: Select, cap: int) -> list[int]:
    """PostgreSQL: the newest ``cap + 1`` matches of a condition that needs the text (a substring
    of three characters or more, checked by ``strpos`` in the body; a title-only word) among
    ``candidates``, the search rows holding its bigrams: their keys first, from the GIN index,
    then the condition checked on each, newest first, until enough match.

    神农架 at 1,000,000 articles has 28,800 candidates and as many matches: every body was read
    (the index's candidates checked, then sorted), where 5,001 are enough.  The walk newest
    first over every article would read the bigrams of the 97% that do not match.
    """
    found = candidates.cte("candidates").prefix_with("MATERIALIZED")
    ordered = select(found.c.article_pk.label("key")).order_by(found.c.article_pk.desc()).subquery("ordered")
    search_row, article = _pg_search.alias("s2"), articles.alias("a2")
    condition = _candidate_check(node, search_row, article)
    checked = (
        select(literal_column("1").label("hit"))
        .select_from(search_row.join(article, article.c.pk == search_row.c.article_pk))
        .where(search_row.c.article_pk == ordered.c.key, condition)
        .limit(1)
        .lateral("checked")
    )
    newest = (
        select(ordered.c.key)
        .select_from(ordered.join(checked, literal_column("TRUE")))
        .order_by(ordered.c.key.desc())
        .limit(cap + 1)
        .subquery()
    )
    keys = conn.execute(select(func.array_agg(newest.c.key))).scalar() or []
    return sorted(keys, reverse=True)


def _candidate_check(node: Node, search_row, article):
    """``node``'s condition on an article holding its bigram bound (``_gram_upper``): as
    ``_text_check``, and a NOT at the top of what the bigrams answer exactly (``-中国``) is the
    bound's already.  ``(对白 OR 人工智能) -中国`` read the bigram set of each candidate three
    times, and its body."""
    if isinstance(node, And):
        kept = [
            child
            for child in node.children
            if not (isinstance(child, Not) and _pg_gram_tsquery(child.child) is not None)
        ]
        return and_(*[_text_check(child, search_row, article) for child in _text_first(kept)])
    return _text_check(node, search_row, article)


def _text_check(node: Node, search_row, article, negated: bool = False):
    """``node``'s condition on one article, reading as little as it can: a substring of one run
    of three characters or more (人工智能) is in the title or the body exactly when ``strpos``
    finds it there (its bigrams then follow), and those come first in an AND or an OR; under a
    NOT, so is one of two characters (``-中国``): ``strpos`` costs less than a check of the
    bigram set (the newest 25,000 articles at 1,000,000: 146 against 359 ms for 中国), but
    where most articles are read for a positive part, one bigram check beats a second read of
    the body.  The rest as ``_pg_text``."""
    if isinstance(node, Text) and _reads_text_only(node, 2 if negated else 3):
        run = fts.runs(node.text)[0]
        return or_(*[func.strpos(_folded(column, run), run) > 0 for column in (article.c.title, article.c.body)])
    if isinstance(node, Not):
        return not_(_text_check(node.child, search_row, article, not negated))
    if isinstance(node, And | Or):
        parts = [_text_check(child, search_row, article, negated) for child in _text_first(node.children)]
        return and_(*parts) if isinstance(node, And) else or_(*parts)
    return _pg_text(node, search_row, article)


def _text_first(nodes) -> list:
    return sorted(nodes, key=lambda node: not _reads_text_only(node))


def _reads_text_only(node: Node, shortest: int = 3) -> bool:
    """Whether ``node`` is a substring of one run of at least ``shortest`` characters, which
    ``_text_check`` finds with ``strpos`` in the text alone."""
    if not (isinstance(node, Text) and _is_substring(node)) or node.title_only:
        return False
    parts = fts.runs(node.text)
    return len(parts) == 1 and len(parts[0]) >= shortest


def _lean_bound(conn, node: Node, candidates: Select, estimate: float) -> Select:
    """``candidates`` (the search rows holding ``node``'s bigram bound), or those holding its lean
    bound (``_gram_upper(lean=True)``) when the planner expects hardly more (``LEAN_SHARE``): the
    bigrams of a long substring are then all common, and reading one posting list instead of
    three halves the index's work (``(对白 OR 人工智能) -中国`` at 100,000 articles: 21-26 ->
    9-12 ms, the same 20,972 candidates).  The candidates' check is exact either way."""
    lean, _ = _gram_upper(node, lean=True)
    if lean is None or lean == _gram_upper(node)[0]:
        return candidates
    statement = select(_pg_search.c.article_pk).where(_pg_search.c.grams.op("@@")(cast(lean, TSQUERY)))
    loose, _ = _pg_estimate(conn, statement)
    return statement if loose <= LEAN_SHARE * estimate else candidates


#: ``_lean_bound``: the lean bound is taken when the planner expects at most this many times the candidates.
LEAN_SHARE = 1.1


def _check_newest_first(candidates: float, wanted: int, total: float) -> bool:
    """Whether ``_checked_newest`` costs less than walking every article newest first, given how
    many candidates (search rows by a GIN condition) there are among ``total``.

    Not when there are few (all of them are checked at once, a bitmap scan and a filter costing
    less per candidate than one lookup each), nor when there are so many that reading all their
    keys costs more than the walk's reads of ``wanted`` matches' bigrams: about ``candidates ×
    1.6 µs`` against ``wanted × total / candidates × 9 µs``, as measured at 1,000,000 articles
    (``(对白 OR 人工智能) -中国``, 21% candidates: 420 ms checked newest first, 215 ms walked;
    神农架, 2.9%: 120 against 280 ms).
    """
    return candidates > CHECKED_FEW * wanted and candidates * candidates < WALK_COST * wanted * max(total, candidates)


#: ``_check_newest_first``: with candidates up to this many times the matches wanted, all are checked.
CHECKED_FEW = 2
#: ``_check_newest_first``: the cost of reading one article's bigrams in a walk, in units of
#: reading one candidate's key from the index.
WALK_COST = 5.6


#: PostgreSQL: a text condition the planner expects in fewer than this share of the search rows is
#: answered from the GIN index whole, then sorted; more common ones by walking the keys newest
#: first, which stops after the window but reads the tsvector of every article it passes.
SPARSE_SHARE = 0.5


def _pg_estimate(conn, statement: Select) -> tuple[float, float]:
    """The planner's estimate of ``statement``'s rows (one plan, no execution), and the number of
    search rows."""
    compiled = statement.compile(dialect=conn.dialect)
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params)
        estimate = cursor.fetchone()[0][0]["Plan"]["Plan Rows"]
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = 'article_search'::regclass")
        total = cursor.fetchone()[0]
    return estimate, total


def _pg_sparse(conn, statement: Select) -> bool:
    """Whether the planner expects ``statement``'s rows to be fewer than ``SPARSE_SHARE`` of the
    search rows (its own estimate, from the tsvector statistics: one plan, no execution).

    Walking newest first checks each article's tsvector in turn: for ``自己 -国家`` (23% of 100,000
    articles) it read 22,000 tsvectors to find the newest 5,000 matches (480 ms), where the
    index gives the 22,600 matches and a sort the newest (130 ms).  For 人工智能 (97%) the walk
    stops after 5,100 articles and the index would hand over all 97,000.
    """
    estimate, total = _pg_estimate(conn, statement)
    return total > 0 and estimate < SPARSE_SHARE * total


def _pg_lower(node: Node) -> tuple[list, bool]:
    """Conditions the GIN indexes answer alone that only matches of ``node`` satisfy, and whether
    they are the whole condition: ``_pg_index_conditions``, or for a substring (one run of
    characters without case) the articles with a word of the dictionary that holds it
    (``fts.words_containing``: 人工智 → 人工智能, …), a part of its matches."""
    indexed = _pg_index_conditions(node, _pg_search)
    if indexed:
        return indexed, True
    words = _substring_words(node)
    if words:
        tsquery = func.to_tsquery("simple", _tsquery_literal(words, False, " | "))
        return [_pg_search.c.document.op("@@")(tsquery)], False
    return [], False


def _substring_words(node: Node) -> list[str]:
    """Dictionary words holding the substring ``node`` that are one lexeme each; [] for anything else.

    Such a word as an index token is a token of the text, lowercased; without case, the
    substring is then in the title or the body, and inside one run of it, so its bigrams are
    there too: the article matches."""
    if not (isinstance(node, Text) and _is_substring(node)) or node.title_only:
        return []
    parts = fts.runs(node.text)
    if len(parts) != 1 or parts[0].upper() != parts[0].lower():
        return []
    words = [word for word in fts.words_containing(parts[0]) if _PLAIN_TOKEN.fullmatch(word)]
    return sorted(words, key=len)[:SUBSTRING_WORDS]


#: ``_substring_words``: at most this many, the shortest (人工智 → 人工智能, 人工智慧, …): the GIN
#: index evaluates the whole OR for every key of the posting lists (19 words: 53 ms over the
#: 97,700 keys of 人工智能 at 100,000 articles, 5 words 6 ms).
SUBSTRING_WORDS = 4


#: ``_pg_probe``: reading one key of a GIN bitmap costs about this many times less than reading
#: one article's tsvector walking newest first (100,000 articles: 52,766 keys of 发展 in 2-12 ms,
#: the walk to its newest 5,001 matches 9,425 tsvectors in 70-150 ms).
PROBE_COST = 40


def _pg_probe(conn, node: Node, wanted: int, proof: int) -> tuple[list[int], bool] | None:
    """PostgreSQL: up to ``wanted`` keys of articles matching ``node``, in no order, from a GIN
    bitmap (``_pg_lower``), and whether they are every match; None when no index condition says
    enough of ``node`` or the walk newest first costs less.  When the condition is only a part of
    ``node``'s, up to ``proof`` keys (enough to prove that many matches), if likely found.

    Planning asks whether a query matches more than ``RANK_LIMIT`` articles.  Walking newest
    first until that many matches are found read the bigrams of 9,400 articles for 发展 (in half
    of 100,000 articles); the bitmap of its posting list holds the answer in a few milliseconds,
    and only ``wanted`` of its rows are visited.  A bitmap must be read whole, so where the
    posting list is long and the matches dense (the same word at 1,000,000 articles) the walk
    can still be cheaper: the planner's estimate decides, as in ``_check_newest_first``.
    """
    lower, exact = _pg_lower(node)
    if not lower:
        return None
    statement = select(_pg_search.c.article_pk).where(*lower)
    estimate, total = _pg_estimate(conn, statement)
    if not exact:
        if estimate < 2 * proof:
            return None  # a part that would likely not settle it
        wanted = proof
    if estimate * estimate > PROBE_COST * wanted * max(total, estimate):
        return None
    raw = conn.connection.driver_connection
    compiled = select(func.array_agg(literal_column("key"))).select_from(
        statement.with_only_columns(_pg_search.c.article_pk.label("key")).limit(wanted).subquery()
    ).compile(dialect=conn.dialect)
    with raw.cursor() as cursor:
        # the posting lists as a bitmap: with LIMIT the planner prefers a sequential scan, which
        # reads each article's tsvector until enough match (the walk, in disk order)
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(str(compiled), compiled.params)
        keys = cursor.fetchone()[0] or []
        cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")
    return keys, exact and len(keys) < wanted


def _pg_walk(store: Store, compiled: Compiled, filters: Filters) -> Select:
    """PostgreSQL: matches with the filters newest first, nothing scored, walking the search rows'
    keys backwards (the stored plan when planning read no matches: ``_pg_probe``).  The same
    page as ``_stored_listing``'s windows, which find the filtered matches newest first too."""
    _, source, match, _ = _match(store, compiled.match)
    return (
        select(*result_columns(), literal_column("0.0").label("score"))
        .select_from(source.outerjoin(sources, sources.c.id == articles.c.source_id))
        .where(match, *_conditions(compiled, filters))
        .order_by(_pg_search.c.article_pk.desc())
    )


def _matching_keys(store: Store, node: Node):
    key, source, match, _ = _match(store, node)
    return select(key).select_from(source).where(match)


def _listing(store: Store, compiled: Compiled, filters: Filters) -> Select:
    """Matches (or every article) newest published first, nothing scored."""
    statement = (
        select(*result_columns(), literal_column("0.0").label("score"))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .where(*_conditions(compiled, filters))
        .order_by(articles.c.published_on.desc(), articles.c.pk.desc())
    )
    if compiled.match is not None:
        statement = statement.where(articles.c.pk.in_(_matching_keys(store, compiled.match)))
    return statement


def _stored_listing(store: Store, compiled: Compiled, filters: Filters, window: list[int] | None) -> Select:
    """Matches newest stored first, nothing scored: the plan for a word in most articles.

    ``pk IN (matches)`` whole is every article saying 人工智能 (97,000 of 100,000: the bigram
    phrase checked in each, 180 ms on SQLite); the newest ``STORED_WINDOW`` matches (``window``,
    their keys) hold the page unless the filters leave too few of them, and then ``search_in``
    asks again in wider windows (``_widening``), every match (``window`` None) last.
    """
    keys = _among(articles.c.pk, window, store.dialect) if window is not None else None
    if keys is None:
        keys = articles.c.pk.in_(_matching_keys(store, compiled.match))
    return (
        select(*result_columns(), literal_column("0.0").label("score"))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .where(*_conditions(compiled, filters), keys)
        .order_by(articles.c.pk.desc())
    )


def _count_query(
    store: Store, compiled: Compiled, filters: Filters, cap: int, window: list[int] | None = None
) -> Select:
    """How many articles match with the filters, counted up to ``cap + 1`` (among ``window``'s keys
    when given).

    Capped: counting every one of 97,000 matches of 人工智能 in 100,000 articles, filters joined,
    cost more than finding the page (378 ms against 19 ms, bench/load_web.py).
    """
    matching = select(articles.c.pk).where(*_conditions(compiled, filters))
    if window is not None:
        matching = matching.where(_among(articles.c.pk, window, store.dialect))
    elif compiled.match is not None:
        matching = matching.where(articles.c.pk.in_(_matching_keys(store, compiled.match)))
    inner = matching.limit(cap + 1).subquery()
    return select(func.count()).select_from(inner)


def _capped_count(conn, store: Store, compiled: Compiled, filters: Filters, cap: int, plan: Plan) -> int:
    """Matches with the filters up to ``cap + 1``; for very many matches (the stored plan) among
    the newest first, in wider windows while the count stays under the cap.  PostgreSQL, when
    planning read every match: among their keys, the text condition not checked again."""
    if plan.name != "stored":
        known = plan.newest if plan.complete and store.dialect == "postgresql" else None
        return int(conn.execute(_count_query(store, compiled, filters, cap, known)).scalar_one())
    if plan.newest is None:  # PostgreSQL, planned by ``_pg_probe``: counted walking newest first
        walked = _pg_walk(store, compiled, filters).limit(cap + 1).subquery()
        return int(conn.execute(select(func.count()).select_from(walked)).scalar_one())
    return _widening(
        conn,
        store,
        compiled.match,
        lambda keys: int(conn.execute(_count_query(store, compiled, filters, cap, keys)).scalar_one()),
        lambda counted: counted > cap,
        STORED_WINDOW,
        plan.newest,
    )


#: Each wider window of newest matches holds this many times the keys of the one before …
WIDEN = 8
#: … up to this many keys; past it the matches are read whole from the index.
WIDEST_WINDOW = 50_000


def _widening(conn, store: Store, node: Node, run, enough, first: int, known: list[int] | None = None):
    """``run(keys)`` over ever wider windows of the newest matches' keys (``first``, then ``WIDEN``
    times as many, …) until ``enough(result)``; the last window is every match (``run(None)``:
    read by the index, or the list of keys when there were fewer than the window asked for).

    Exact for results in newest-stored order: the filtered matches within the newest N matches
    are the first ones of all the filtered matches.  Going from the newest 2,000 straight to
    every match cost 50 ms for the capped count of 人工智能 with a technology filter on 100,000
    SQLite articles, and as much again for its facets.  ``known``: newest keys read already.
    """
    size = first
    while size <= WIDEST_WINDOW:
        keys = known if known is not None and len(known) > size else _newest_matches(conn, store, node, size)
        if len(keys) <= size:  # every match
            return run(keys)
        result = run(keys[:size])
        if enough(result):
            return result
        known, size = keys, size * WIDEN
    return run(None)


def _direct_query(store: Store, compiled: Compiled, filters: Filters) -> Select:
    """Rank with the article row of each match at hand: the plan for rare words (SQLite)."""
    _, _, match, score = _match(store, compiled.match)
    score = score.label("score")
    return (
        select(*result_columns(), score)
        .select_from(articles.join(_fts, _fts.c.rowid == articles.c.pk))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .where(match, *_conditions(compiled, filters))
        .order_by(score.desc(), articles.c.pk)
    )


def _statement(
    store: Store,
    compiled: Compiled,
    filters: Filters,
    limit: int,
    offset: int,
    plan: str,
    floor: int | None = None,
    window: list[int] | None = None,
) -> Select:
    """The page of hits by ``plan``: "newest" (by date), "stored" (very many matches, newest stored
    first, among the keys of ``window`` when given), "direct" (few matches) or "ranked" (key sets,
    only the matches at or above ``floor`` when given, or (PostgreSQL) those of ``window``)."""
    if plan == "newest":
        return _listing(store, compiled, filters).limit(limit).offset(offset)
    if plan == "stored":
        return _stored_listing(store, compiled, filters, window).limit(limit).offset(offset)
    if plan == "direct":
        return _direct_query(store, compiled, filters).limit(limit).offset(offset)
    ranked = _ranked_query(store, compiled, filters, limit, offset, floor, window).subquery()  # window: kept
    return (
        select(*result_columns(), ranked.c.score)
        .select_from(ranked.join(articles, articles.c.pk == ranked.c.pk))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .order_by(ranked.c.score.desc(), articles.c.pk)
    )


@dataclass
class Plan:
    """How a page of hits is found: "newest", "stored", "direct" or "ranked" (see ``_statement``)."""

    name: str
    floor: int | None = None  # ranked: only the matches at or above this key are scored
    newest: list[int] | None = None  # the keys of the newest matches read to plan
    complete: bool = False  # ``newest`` holds every match (filters ignored)

    def scored(self, store: Store) -> list[int] | None:
        """PostgreSQL, ranked: the keys of the matches to score (those at or above the floor)."""
        if self.name != "ranked" or store.dialect != "postgresql" or self.newest is None:
            return None
        return self.newest[:RANK_WINDOW] if self.floor is not None else self.newest if self.complete else None


def _plan(conn, store: Store, compiled: Compiled, rank_limit: int | None, sort: str) -> Plan:
    """Newest first when asked, or above ``rank_limit`` matches; else relevance over the newest
    ``RANK_WINDOW`` matches, with per-match lookups when few (SQLite), else key sets.  One read of
    the newest matches answers these questions."""
    if compiled.match is None or sort == "date":
        return Plan("newest")
    sqlite = store.dialect == "sqlite"
    cap = max(rank_limit or 0, DIRECT_MATCHES if sqlite else 0, RANK_WINDOW)
    newest = None
    if not sqlite and rank_limit is not None:
        probed = _pg_probe(conn, compiled.match, cap + 1, rank_limit + 1)
        if probed is not None and len(probed[0]) > rank_limit:
            return Plan("stored")  # the page is then found by walking newest first (``_pg_walk``)
        if probed is not None and probed[1]:
            newest = sorted(probed[0], reverse=True)  # every match
    if newest is None:
        newest = _newest_matches(conn, store, compiled.match, cap)
    if rank_limit is not None and len(newest) > rank_limit:
        return Plan("stored", newest=newest)
    floor = newest[RANK_WINDOW - 1] if len(newest) > RANK_WINDOW else None
    if sqlite and len(newest) <= DIRECT_MATCHES and floor is None:
        return Plan("direct")
    return Plan("ranked", floor=floor, newest=newest, complete=len(newest) <= cap)


def search_in(
    conn,
    store: Store,
    query: str,
    filters: Filters | None = None,
    limit: int = 20,
    offset: int = 0,
    *,
    count_cap: int | None = None,
    rank_limit: int | None = RANK_LIMIT,
    snippets: bool = True,
    sort: str = "relevance",
    plan: Plan | None = None,
) -> Results:
    """``search`` on an open connection (database errors are the caller's), with the web's options.

    ``query`` is in the query language of ``store.query`` (``QueryError``, code E302, if it does not
    parse).  ``count_cap``: also count the matches with the filters, up to ``count_cap + 1`` (0 when
    the first page is empty).  ``rank_limit``: a query matching more articles than this (filters
    ignored) is listed newest first instead of by relevance: bm25 must score every match and
    barely separates articles that all contain the word.  ``snippets``: cut snippets from the
    bodies (a plain listing does not need them, nor the bodies).  ``sort``: relevance or date.
    ``plan``: ``Results.plan`` of the same query, sort and ``rank_limit`` (any filters, any page)
    in the same corpus state: the newest matches are not read again to make it (a word in most
    articles: the keys of its newest 5,000 matches).
    """
    if sort not in SORTS:
        raise AiwatchError("E302", query, detail=f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    filters = filters or Filters()
    compiled = compile_query(store, query)
    if plan is None:
        plan = _plan(conn, store, compiled, rank_limit, sort)
    if plan.name == "stored" and plan.newest is None:
        rows = conn.execute(_pg_walk(store, compiled, filters).limit(limit).offset(offset)).all()
    elif plan.name == "stored":
        # the page among the newest STORED_WINDOW matches, or wider windows if the filters leave too few
        rows = _widening(
            conn,
            store,
            compiled.match,
            lambda keys: conn.execute(_statement(store, compiled, filters, limit, offset, "stored", window=keys)).all(),
            lambda found: len(found) >= limit,
            STORED_WINDOW,
            plan.newest,
        )
    else:
        window = plan.scored(store)
        if window is not None:
            window = _kept(conn, compiled, filters, window)
        rows = conn.execute(_statement(store, compiled, filters, limit, offset, plan.name, plan.floor, window)).all()
    total = None
    if count_cap is not None and (rows or offset):
        total = _capped_count(conn, store, compiled, filters, count_cap, plan)
    elif count_cap is not None:
        total = 0
    bodies = {}
    if snippets and rows:
        bodies = dict(
            conn.execute(select(articles.c.pk, articles.c.body).where(articles.c.pk.in_([r.pk for r in rows]))).all()
        )
    phrases, substrings = compiled.snippet_terms()
    hits = []
    for row in rows:
        snippet = fts.make_snippet(bodies.get(row.pk, ""), phrases, substrings=substrings) if snippets else None
        hits.append(
            Hit(
                id=row.id,
                title=row.title,
                published=row.published,
                source=row.source,
                url=row.url,
                score=float(f"{float(row.score or 0.0):.6g}"),
                snippet=snippet.text if snippet else "",
                highlights=snippet.highlights if snippet else [],
                duplicate_of=row.duplicate_of,
                summary=row.summary,
            )
        )
    ranked = compiled.match is not None and plan.name not in ("newest", "stored")
    return Results(hits, total, ranked=ranked, plan=plan)


def search(
    store: Store,
    query: str,
    filters: Filters | None = None,
    limit: int = 20,
    offset: int = 0,
    sort: str = "relevance",
) -> list[Hit]:
    """Articles matching ``query`` (all of them when it is empty), best first or newest first.

    ``offset`` skips that many results (pages of a web view).
    """
    try:
        with store.connect() as conn:
            return search_in(conn, store, query, filters, limit, offset, sort=sort).hits
    except SQLAlchemyError as exc:
        raise AiwatchError("E302", query, detail=str(exc.orig or exc).strip().splitlines()[0]) from None


# --- facets --------------------------------------------------------------------------------------

#: Facets count at most this many matches, the newest stored: counting the entities of all 97,000
#: articles that say 人工智能 takes seconds, and the first few values barely change past a sample.
FACET_SAMPLE = 2_000
#: On SQLite, the facet sample is looked for among the newest ``FACET_WINDOW × FACET_SAMPLE``
#: matches first (filters ignored), then among all of them if the filters leave too few.
FACET_WINDOW = 3
FACETS = ("sources", "technologies", "industries", "entities", "months")


@dataclass
class Facets:
    """Values with counts beside a result list (Datasette's facets), over ``counted`` matches."""

    values: dict[str, list[dict[str, Any]]]
    counted: int
    #: True when the matches were more than ``FACET_SAMPLE``: counts are over the newest of them.
    sampled: bool

    def to_dict(self) -> dict[str, Any]:
        return {"counted": self.counted, "sampled": self.sampled, **self.values}


def _facet_rows(conn, store: Store, compiled: Compiled, filters: Filters, sample: int) -> list:
    """``(pk, source_id, published_on)`` of the newest ``sample + 1`` matches with the filters.

    The source and the day come with the keys: counting them again by key cost 30-40 ms per
    facet over 2,000 keys on 60,000 SQLite articles (a row lookup each), in Python it is free.
    PostgreSQL: the search row joined to its article, so that the planner walks both keys
    backwards and stops at the sample; ``pk IN (matches)`` built the whole set first (every one of
    the articles saying 人工智能, each body read for the substring check).  But for a condition
    the GIN index decides alone and finds in few articles, the keys of the matches first, as on
    SQLite: 配子 at 1,000,000 articles (2,020 matches) was planned as that walk, through 949,000
    articles (700 ms).
    """
    columns = (articles.c.pk, articles.c.source_id, articles.c.published_on)
    conditions = _conditions(compiled, filters)
    postgresql = store.dialect == "postgresql"
    if compiled.match is not None and postgresql:
        indexed = _pg_index_conditions(compiled.match, _pg_search)
        if not (indexed and _pg_sparse(conn, select(_pg_search.c.article_pk).where(*indexed))):
            key, source, match, _ = _match(store, compiled.match)
            statement = select(*columns).select_from(source).where(match, *conditions).order_by(key.desc())
            return conn.execute(statement.limit(sample + 1)).all()
    statement = select(*columns).where(*conditions).order_by(articles.c.pk.desc()).limit(sample + 1)
    if compiled.match is None:
        return conn.execute(statement).all()

    # SQLite builds ``pk IN (matches)`` whole: every article saying 人工智能.  The newest matches
    # first, read from the index (their keys then go as one parameter); wider windows, and all
    # of them last, only when the filters leave too few of those.
    def rows_among(keys: list[int] | None) -> list:
        among = _among(articles.c.pk, keys, store.dialect) if keys is not None else None
        if among is None:
            among = articles.c.pk.in_(_matching_keys(store, compiled.match))
        if postgresql and keys is not None:
            # looked up by key, sorted here: with ORDER BY and LIMIT the planner walked the key
            # index backwards through every article, testing each against the list
            found = conn.execute(select(*columns).where(*conditions, among)).all()
            return sorted(found, key=lambda row: row.pk, reverse=True)[: sample + 1]
        return conn.execute(statement.where(among)).all()

    return _widening(conn, store, compiled.match, rows_among, lambda rows: len(rows) > sample, FACET_WINDOW * sample)


def _among(column, keys: list[int], dialect: str):
    """``column`` is one of ``keys``, given as ONE parameter: an array on PostgreSQL, a JSON list
    read by ``json_each`` on SQLite.  An IN list of 2,000 bound values cost more to expand, plan
    and send than the count itself (SQLAlchemy's expansion alone: 15 ms per facet)."""
    if dialect == "postgresql":
        return column == any_(bindparam("among_keys", keys, type_=ARRAY(Integer)))
    listed = func.json_each(bindparam("among_keys", json.dumps(keys))).table_valued("value")
    return column.in_(select(listed.c.value))


def _link_counts(conn, links, key_column: str, terms, keys: list[int], limit: int) -> list[dict[str, Any]]:
    """The terms linked to most of ``keys``: counted per term id (an integer grouping), names joined
    to the groups; grouping 8,000 entity links by (name, type) text cost three times as much."""
    count = func.count().label("count")
    per_id = (
        select(links.c[key_column].label("term_id"), count)
        .where(_among(links.c.article_pk, keys, conn.dialect.name))
        .group_by(links.c[key_column])
        .subquery()
    )
    columns = [terms.c.name, terms.c.type] if "type" in terms.c else [terms.c.name]
    statement = (
        select(*columns, per_id.c["count"])
        .select_from(per_id.join(terms, terms.c.id == per_id.c.term_id))
        .order_by(per_id.c["count"].desc(), terms.c.name)
        .limit(limit)
    )
    return [dict(row._mapping) for row in conn.execute(statement)]


def _source_counts(conn, rows: list, limit: int) -> list[dict[str, Any]]:
    counted = Counter(row.source_id for row in rows if row.source_id is not None)
    names = dict(conn.execute(select(sources.c.id, sources.c.name).where(sources.c.id.in_(list(counted)))).all())
    ranked = sorted(((names[i], n) for i, n in counted.items() if i in names), key=lambda pair: (-pair[1], pair[0]))
    return [{"name": name, "count": n} for name, n in ranked[:limit]]


def _month_counts(rows: list, limit: int) -> list[dict[str, Any]]:
    """Months newest first: 2024-07 before 2024-05."""
    counted = Counter(row.published_on[:7] for row in rows if row.published_on)
    return [{"name": month, "count": counted[month]} for month in sorted(counted, reverse=True)[:limit]]


def _facet_counts(conn, rows: list, limit: int) -> dict[str, list[dict[str, Any]]]:
    keys = [row.pk for row in rows]
    return {
        "sources": _source_counts(conn, rows, limit),
        "technologies": _link_counts(conn, article_technologies, "technology_id", technologies, keys, limit),
        "industries": _link_counts(conn, article_industries, "industry_id", industries, keys, limit),
        "entities": _link_counts(conn, article_entities, "entity_id", entities, keys, limit),
        "months": _month_counts(rows, limit),
    }


def facets_in(
    conn, store: Store, query: str, filters: Filters | None = None, limit: int = 10, sample: int = FACET_SAMPLE
) -> Facets:
    """Sources, technologies, industries, entities and months of the matching articles, with counts.

    Months are newest first; the rest by count.  Over at most ``sample`` matches (the newest
    stored), so a word in every article costs the same as a rare one; ``sampled`` says so.
    """
    compiled = compile_query(store, query)
    rows = _facet_rows(conn, store, compiled, filters or Filters(), sample)
    sampled = len(rows) > sample
    rows = rows[:sample]
    if not rows:
        return Facets({name: [] for name in FACETS}, 0, False)
    return Facets(_facet_counts(conn, rows, limit), len(rows), sampled)


def facets(store: Store, query: str, filters: Filters | None = None, limit: int = 10) -> Facets:
    try:
        with store.connect() as conn:
            return facets_in(conn, store, query, filters, limit)
    except SQLAlchemyError as exc:
        raise AiwatchError("E302", query, detail=str(exc.orig or exc).strip().splitlines()[0]) from None


# --- saved searches ------------------------------------------------------------------------------


@dataclass
class SavedSearch:
    name: str
    query: str
    sort: str = "relevance"
    created_at: str | None = None
    updated_at: str | None = None


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise AiwatchError("E302", name, detail="a saved search needs a name of 1 to 100 characters")
    return name


def save_search(store: Store, name: str, query: str, sort: str = "relevance") -> SavedSearch:
    """Keep ``query`` under ``name`` (replacing an earlier one); the query must parse."""
    name = _check_name(name)
    if sort not in SORTS:
        raise AiwatchError("E302", name, detail=f"sort must be one of {', '.join(SORTS)}")
    parse(query)  # QueryError now rather than when an alert runs it
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    with store.transaction() as conn:
        created = conn.execute(select(saved_searches.c.created_at).where(saved_searches.c.name == name)).scalar()
        conn.execute(delete(saved_searches).where(saved_searches.c.name == name))
        conn.execute(
            saved_searches.insert().values(name=name, query=query, sort=sort, created_at=created or now, updated_at=now)
        )
    return SavedSearch(name, query, sort, str(created or now), str(now))


def saved_searches_list(store: Store) -> list[SavedSearch]:
    with store.connect() as conn:
        rows = conn.execute(select(saved_searches).order_by(saved_searches.c.name)).all()
    return [SavedSearch(r.name, r.query, r.sort, str(r.created_at), str(r.updated_at)) for r in rows]


def get_saved_search(store: Store, name: str) -> SavedSearch | None:
    with store.connect() as conn:
        row = conn.execute(select(saved_searches).where(saved_searches.c.name == name)).first()
    return SavedSearch(row.name, row.query, row.sort, str(row.created_at), str(row.updated_at)) if row else None


def remove_search(store: Store, name: str) -> bool:
    """Forget a saved search; False when there was none of that name."""
    with store.transaction() as conn:
        return conn.execute(delete(saved_searches).where(saved_searches.c.name == name)).rowcount > 0


def run_saved_search(
    store: Store, name: str, since: str | None = None, until: str | None = None, limit: int = 50
) -> list[Hit]:
    """The articles a saved search finds published in [since, until] (YYYY-MM-DD, inclusive).

    What alerts and digests call: 「商汤 OR 智算 -广告」 saved as ``compute`` gives this week's
    matching articles with ``run_saved_search(store, "compute", since="2024-06-03")``.
    """
    saved = get_saved_search(store, name)
    if saved is None:
        raise AiwatchError("E404", name, detail="no saved search of that name")
    return search(store, saved.query, Filters(since=since, until=until), limit=limit, sort=saved.sort)
