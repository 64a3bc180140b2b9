"""The search query language: parsed once into a small tree, compiled to SQL by ``store.search``.

    智算                     characters anywhere, also inside longer words (智算 finds 智算中心)
    "人工智能 产业"           exact words side by side, as segmented (not 人工智能化)
    gpt*   智算*              words starting so
    芯片 OR 算力              either; 上海 芯片 OR 算力 = 上海 AND (芯片 OR 算力)
    (芯片 OR 算力) 上海       (…) groups; words side by side must all match (AND is optional)
    -广告   NOT 广告           leave out
    title:商汤  source:36氪  entity:商汤  tech:大模型  industry:金融  type:funding
    since:2024-01  until:2024-06-30  date:2024-01..2024-06  date:2024

A hand-written recursive-descent parser: the grammar is a dozen lines, Chinese text needs its own
rules for what a word is (no spaces between words, full-width quotes and colons from an IME), and
a hand-written parser gives the error messages we want — the position and what was expected —
without a parsing library at start-up.  Grammar, lowest precedence first::

    query  := any ( ["AND"] any )*
    any    := unary ( "OR" unary )*
    unary  := ("-" | "NOT") unary | atom
    atom   := "(" query ")" | FIELD ":" value | PHRASE | WORD ["*"]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aiwatch.errors import AiwatchError

#: Field names as typed (English and Chinese) → the field they filter.
FIELDS = {
    "title": "title",
    "标题": "title",
    "source": "source",
    "来源": "source",
    "entity": "entity",
    "实体": "entity",
    "tech": "tech",
    "technology": "tech",
    "技术": "tech",
    "industry": "industry",
    "行业": "industry",
    "type": "type",
    "类型": "type",
    "since": "since",
    "from": "since",
    "until": "until",
    "to": "until",
    "date": "date",
    "日期": "date",
}
DATE_FIELDS = frozenset({"since", "until", "date"})
# An IME gives full-width quotes and colons: 「来源：36氪」 and “人工智能 产业” mean the ASCII ones.
_QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」"}
_COLONS = ":："
_STOP = set(' \t\r\n\u3000()（）"“”「」')
_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
MAX_QUERY = 1000


class QueryError(AiwatchError):
    """A query that does not parse: where (0-based character position) and why."""

    def __init__(self, query: str, position: int, reason: str) -> None:
        self.position = position
        super().__init__("E302", "", detail=f"{reason} at character {position + 1} of {query!r}", position=position)


# --- the tree ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Words to find.  ``mode``: "plain" (characters, or a whole latin word), "phrase", "prefix"."""

    text: str
    mode: str = "plain"
    title_only: bool = False


@dataclass(frozen=True)
class Filter:
    """A field filter other than title: source, entity, tech, industry, type."""

    name: str
    value: str


@dataclass(frozen=True)
class Dates:
    """Published within [since, until] (YYYY-MM-DD, inclusive; either may be open)."""

    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...] = field(default_factory=tuple)


Node = Text | Filter | Dates | Not | And | Or


def is_text(node: Node) -> bool:
    """Only words below: the whole subtree goes to the full-text index as one expression."""
    if isinstance(node, Text):
        return True
    if isinstance(node, Not):
        return is_text(node.child)
    if isinstance(node, And | Or):
        return all(is_text(child) for child in node.children)
    return False


def positive_texts(node: Node | None, negated: bool = False) -> list[Text]:
    """The words a matching article contains (not those excluded): for snippets and ranking."""
    if node is None:
        return []
    if isinstance(node, Text):
        return [] if negated else [node]
    if isinstance(node, Not):
        return positive_texts(node.child, not negated)
    if isinstance(node, And | Or):
        return [t for child in node.children for t in positive_texts(child, negated)]
    return []


# --- dates ---------------------------------------------------------------------------------------

_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def day_bound(value: str, end: bool) -> str | None:
    """``2024`` / ``2024-05`` / ``2024-05-20`` → the first (or with ``end`` the last) day; None if not a date."""
    match = _DAY.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    month_number = int(month) if month else (12 if end else 1)
    if not 1 <= month_number <= 12:
        return None
    last = _MONTH_DAYS[month_number - 1]
    if month_number == 2 and not (int(year) % 4 == 0 and (int(year) % 100 != 0 or int(year) % 400 == 0)):
        last = 28
    day_number = int(day) if day else (last if end else 1)
    if not 1 <= day_number <= last:
        return None
    return f"{int(year):04d}-{month_number:02d}-{day_number:02d}"


# --- the parser ----------------------------------------------------------------------------------


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.pos = 0

    def fail(self, reason: str, position: int | None = None) -> QueryError:
        return QueryError(self.query, self.pos if position is None else position, reason)

    def skip_spaces(self) -> None:
        while self.pos < len(self.query) and self.query[self.pos] in " \t\r\n\u3000":
            self.pos += 1

    def peek(self) -> str:
        self.skip_spaces()
        return self.query[self.pos] if self.pos < len(self.query) else ""

    def keyword(self, word: str) -> bool:
        """``OR`` / ``AND`` / ``NOT`` in capitals, standing alone (``ORACLE`` is a word)."""
        self.skip_spaces()
        end = self.pos + len(word)
        if self.query[self.pos : end] == word and (end == len(self.query) or self.query[end] in _STOP):
            self.pos = end
            return True
        return False

    def parse(self) -> Node | None:
        if not self.query.strip():
            return None
        node = self.all_of()
        if self.peek():
            if self.peek() in ")）":
                raise self.fail("unmatched ')'")
            raise self.fail(f"unexpected {self.peek()!r}")
        return node

    def all_of(self) -> Node | None:
        children = [self.any_of()]
        while True:
            if self.keyword("AND") and (not self.peek() or self.peek() in ")）"):
                raise self.fail("AND needs words after it")
            if not self.peek() or self.peek() in ")）":
                break
            children.append(self.any_of())
        return _combine(And, children)

    def any_of(self) -> Node | None:
        children = [self.unary()]
        while self.keyword("OR"):
            if not self.peek() or self.peek() in ")）":
                raise self.fail("OR needs words after it")
            children.append(self.unary())
        return _combine(Or, children)

    def unary(self) -> Node | None:
        self.skip_spaces()
        start = self.pos
        if self.keyword("NOT"):
            if not self.peek() or self.peek() in ")）":
                raise self.fail("nothing to leave out after NOT", start)
            child = self.unary()
            return Not(child) if child is not None else None
        if self.peek() == "-":
            self.pos += 1
            if self.pos >= len(self.query) or self.query[self.pos] in " \t\r\n\u3000)）":
                raise self.fail("'-' must be followed by what to leave out (no space)", start)
            child = self.unary()
            return Not(child) if child is not None else None
        return self.atom()

    def atom(self) -> Node | None:
        char = self.peek()
        start = self.pos
        if not char:
            raise self.fail("the query ends too early")
        if char in "(（":
            self.pos += 1
            if self.peek() in ")）":
                raise self.fail("empty parentheses", start)
            node = self.all_of()
            if self.peek() not in ")）" or not self.peek():
                raise self.fail("missing ')' for the '(' here", start)
            self.pos += 1
            return node
        if char in ")）":
            raise self.fail("unmatched ')'")
        if char in _QUOTES:
            return Text(self.phrase(), "phrase")
        word = self.word()
        name, colon, value = _split_field(word)
        if colon:
            return self.field(name, value, start)
        return self.plain(word, start)

    def phrase(self) -> str:
        start = self.pos
        closing = _QUOTES[self.query[self.pos]]
        end = self.query.find(closing, self.pos + 1)
        if closing == '"' and end < 0:
            end = self.query.find("”", self.pos + 1)
        if end < 0:
            raise self.fail("unterminated quote", start)
        text = self.query[start + 1 : end].strip()
        self.pos = end + 1
        if not _has_word_char(text):
            raise self.fail("nothing to search for inside the quotes", start)
        return text

    def word(self) -> str:
        start = self.pos
        while self.pos < len(self.query) and self.query[self.pos] not in _STOP:
            self.pos += 1
            # a field's quoted value: title:"人工智能 产业"
            if self.query[self.pos - 1] in _COLONS and self.pos < len(self.query) and self.query[self.pos] in _QUOTES:
                name = self.query[start : self.pos - 1]
                if name.lower() in FIELDS or name in FIELDS:
                    return self.query[start : self.pos] + '"' + self.phrase() + '"'
        return self.query[start : self.pos]

    def plain(self, word: str, start: int) -> Text | None:
        """A word; None for punctuation standing alone (「芯片 ， 算力」: the comma is no word)."""
        if word.endswith("*"):
            stem = word.rstrip("*")
            if not _has_word_char(stem):
                raise self.fail("'*' must end a word (gpt*, 智算*)", start)
            return Text(stem, "prefix")
        return Text(word) if _has_word_char(word) else None

    def field(self, name: str, value: str, start: int) -> Node:
        key = FIELDS.get(name.lower()) or FIELDS.get(name)
        if key is None:
            known = ", ".join(sorted({k for k in FIELDS if k.isascii()}))
            raise self.fail(f"unknown field {name!r} (known: {known})", start)
        quoted = value.startswith('"') and value.endswith('"') and len(value) >= 2
        text = value[1:-1] if quoted else value
        if not text.strip():
            raise self.fail(f"{name}: needs a value", start)
        if key == "title":
            if quoted:
                return Text(text, "phrase", title_only=True)
            base = self.plain(text, start)
            if base is None:
                raise self.fail(f"{name}: needs letters or digits", start)
            return Text(base.text, base.mode, title_only=True)
        if key in DATE_FIELDS:
            return self.dates(key, text, start)
        return Filter(key, text)

    def dates(self, key: str, value: str, start: int) -> Dates:
        if key == "date":
            low, dots, high = value.partition("..")
            since = day_bound(low, end=False) if low else None
            until = day_bound(high if dots else low, end=True) if (high or not dots) else None
            if (low and since is None) or ((high or not dots) and until is None):
                raise self.fail(f"not a date or range: {value!r} (2024, 2024-05, 2024-01..2024-06)", start)
            if since and until and since > until:
                raise self.fail(f"date range runs backwards: {value!r}", start)
            return Dates(since, until)
        bound = day_bound(value, end=key == "until")
        if bound is None:
            raise self.fail(f"{key}: not a date: {value!r} (YYYY, YYYY-MM or YYYY-MM-DD)", start)
        return Dates(since=bound) if key == "since" else Dates(until=bound)


def _combine(kind, children: list[Node | None]) -> Node | None:
    kept = [child for child in children if child is not None]
    if len(kept) <= 1:
        return kept[0] if kept else None
    return kind(tuple(kept))


def _split_field(word: str) -> tuple[str, bool, str]:
    """``source:36氪`` → ("source", True, "36氪"); a word with no field prefix → (word, False, "")."""
    for index, char in enumerate(word):
        if char in _COLONS:
            name = word[:index]
            # only a name made of letters is a field: 10:30 or 《规划》：全文 stay words
            if name and ((name.isascii() and name.isalpha()) or name in FIELDS):
                return name, True, word[index + 1 :]
            return word, False, ""
    return word, False, ""


def _has_word_char(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def parse(query: str) -> Node | None:
    """The query's tree, or None for an empty query (every article); ``QueryError`` if it does not parse."""
    if len(query) > MAX_QUERY:
        raise QueryError(query[:40] + "…", MAX_QUERY, f"query longer than {MAX_QUERY} characters")
    return _Parser(query).parse()
