"""AI technologies and application industries named in an article, from ``data/taxonomy.yaml``.

Every name and alias goes into one Aho-Corasick automaton; the text is scanned once for the
longest non-overlapping matches, so 智慧城市 wins over 城市 and 上海交通大学 is swallowed by the
blocked string 交通大学 before 交通 can fire.  Each entry found is reported once under its
canonical name with its English name and mention count, the most mentioned first.  An entry
found brings the entries it names as ``broader`` (人脸识别 is 计算机视觉 too), with its count added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from aiwatch.article import Article
from aiwatch.clean.script import is_traditional, to_simplified
from aiwatch.errors import AiwatchError
from aiwatch.records import Term

KINDS = ("technologies", "industries")
_LATIN = re.compile(r"^[A-Za-z0-9 .+\-#&]+$")
_SEGMENTABLE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9+]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Entry:
    kind: str
    name: str
    en: str = ""
    aliases: list[str] = field(default_factory=list)
    weak: list[str] = field(default_factory=list)
    block: list[str] = field(default_factory=list)
    broader: list[str] = field(default_factory=list)  # entries of the same kind this one is part of

    def strong_terms(self) -> list[str]:
        weak = set(self.weak)
        return [term for term in dict.fromkeys([self.name, *self.aliases]) if term not in weak]


@dataclass(frozen=True, slots=True)
class Target:
    """What one matched string stands for; ``entry`` is None for a blocked string."""

    kind: str
    entry: str | None
    weak: bool
    pattern: str
    case_sensitive: bool


@dataclass
class Taxonomy:
    entries: dict[str, dict[str, Entry]]
    automaton: Any = None
    # (kind, name) -> the strings that mention it, worked out once: the entries do not change once
    # the taxonomy is built, and every tagged article asks
    _mention_terms: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def entry(self, kind: str, name: str) -> Entry:
        return self.entries[kind][name]

    def ancestors(self, kind: str, name: str) -> list[str]:
        """The entries ``name`` is part of, following ``broader`` up (a cycle stops where it closes)."""
        found: list[str] = []
        todo = list(self.entries[kind][name].broader) if name in self.entries[kind] else []
        while todo:
            parent = todo.pop(0)
            if parent != name and parent not in found:
                found.append(parent)
                todo.extend(self.entries[kind][parent].broader)
        return found

    def mention_terms(self, kind: str, name: str) -> list[str]:
        """The strings that mention an entry: its name and aliases, and those of every entry that
        names it as broader (a 刷脸 is where the article speaks of 计算机视觉)."""
        key = (kind, name)
        if key not in self._mention_terms:
            terms: list[str] = []
            for entry in self.entries[kind].values():
                if entry.name == name or name in self.ancestors(kind, entry.name):
                    terms += [entry.name, *entry.aliases]
            self._mention_terms[key] = tuple(dict.fromkeys(terms))
        return list(self._mention_terms[key])


def _default_text() -> str:
    return (resources.files("aiwatch.data") / "taxonomy.yaml").read_text(encoding="utf-8")


def _as_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise AiwatchError(
            "E108", where, kind="taxonomy file", detail="aliases, weak and block must be lists of strings"
        )
    return [str(v).strip() for v in value if str(v).strip()]


def merge_taxonomy(entries: dict[str, dict[str, Entry]], data: Any, where: str) -> None:
    """Layer one parsed YAML document over ``entries`` (same name: aliases added, en replaced)."""
    if not isinstance(data, dict):
        raise AiwatchError("E108", where, kind="taxonomy file", detail="top level must be a mapping")
    if data.get("replace"):
        for kind in KINDS:
            entries[kind].clear()
    for kind in KINDS:
        items = data.get(kind) or []
        if not isinstance(items, list):
            raise AiwatchError("E108", where, kind="taxonomy file", detail=f"{kind} must be a list")
        for item in items:
            if not isinstance(item, dict) or not str(item.get("name", "")).strip():
                raise AiwatchError("E108", where, kind="taxonomy file", detail=f"every {kind} entry needs a name")
            name = str(item["name"]).strip()
            entry = entries[kind].setdefault(name, Entry(kind, name))
            entry.en = str(item.get("en") or entry.en)
            for key in ("aliases", "weak", "block", "broader"):
                values = getattr(entry, key) + _as_list(item.get(key), where)
                setattr(entry, key, list(dict.fromkeys(values)))


def _read_yaml(text: str, where: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise AiwatchError("E108", where, kind="taxonomy file", detail=str(exc).splitlines()[0]) from None


def _read_user_file(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AiwatchError("E105", str(path)) from None
    except (OSError, UnicodeError) as exc:
        raise AiwatchError("E100", str(path), detail=str(exc)) from None


def _is_case_sensitive(term: str) -> bool:
    # All-capital acronyms (AR, MR, CV) match only in capitals: "Mr." is not mixed reality.
    return bool(_LATIN.match(term)) and term.upper() == term and any(c.isalpha() for c in term)


def _targets(entries: dict[str, dict[str, Entry]]) -> Iterator[Target]:
    for kind in KINDS:
        for entry in entries[kind].values():
            for term in entry.strong_terms():
                yield Target(kind, entry.name, False, term, _is_case_sensitive(term))
            for term in entry.weak:
                yield Target(kind, entry.name, True, term, _is_case_sensitive(term))
            for term in entry.block:
                yield Target(kind, None, False, term, _is_case_sensitive(term))


def build_automaton(entries: dict[str, dict[str, Entry]]) -> Any:
    by_key: dict[str, list[Target]] = {}
    for target in _targets(entries):
        if "/" in target.pattern and target.pattern == target.entry:
            # 超算/算力 is a display name, never written that way in text; its aliases do the work.
            continue
        by_key.setdefault(target.pattern.lower(), []).append(target)
    automaton = ahocorasick.Automaton()
    for key, targets in by_key.items():
        automaton.add_word(key, (key, tuple(targets)))
    if by_key:
        automaton.make_automaton()
    return automaton if by_key else None


def load_taxonomy(files: tuple[Path, ...] = ()) -> Taxonomy:
    """The default taxonomy with the user's files layered over it, in order (read now: a pipeline
    built after the user edited a file sees the edit)."""
    entries: dict[str, dict[str, Entry]] = {kind: {} for kind in KINDS}
    merge_taxonomy(entries, _read_yaml(_default_text(), "aiwatch/data/taxonomy.yaml"), "aiwatch/data/taxonomy.yaml")
    check_broader(entries, "aiwatch/data/taxonomy.yaml")
    for path in files:
        merge_taxonomy(entries, _read_yaml(_read_user_file(path), str(path)), str(path))
        check_broader(entries, str(path))
    return Taxonomy(entries, build_automaton(entries))


def check_broader(entries: dict[str, dict[str, Entry]], where: str) -> None:
    """Every ``broader`` must name an entry of the same kind loaded so far (a file that drops the
    default with ``replace: true`` must define what its entries are part of)."""
    for kind in KINDS:
        for entry in entries[kind].values():
            missing = [name for name in entry.broader if name not in entries[kind]]
            if missing:
                raise AiwatchError(
                    "E108",
                    where,
                    kind="taxonomy file",
                    detail=f"{entry.name}: broader {missing[0]} is no {kind} entry",
                )


@cache
def default_taxonomy() -> Taxonomy:
    """The packaged taxonomy alone, once per process (package data does not change while it runs)."""
    return load_taxonomy(())


def _latin_boundary_ok(text: str, start: int, end: int) -> bool:
    """A Latin alias must stand alone: CV not inside CVPR, AR not inside SOLAR, 5G not inside 25G."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def find_mentions(text: str, taxonomy: Taxonomy) -> Iterator[tuple[int, int, Target]]:
    """``(start, end, target)`` for each longest, non-overlapping match that stands for an entry."""
    if taxonomy.automaton is None or not text:
        return
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer; offsets must hold
        lowered = text
    for end_index, (key, targets) in taxonomy.automaton.iter_long(lowered):
        start, end = end_index - len(key) + 1, end_index + 1
        for target in targets:
            if target.entry is None:  # blocked here; the same string may still be another entry's alias
                continue
            if target.case_sensitive and text[start:end] != target.pattern:
                continue
            if _LATIN.match(target.pattern) and not _latin_boundary_ok(text, start, end):
                continue
            yield start, end, target


def count_terms(texts: Iterable[str], taxonomy: Taxonomy) -> dict[str, list[Term]]:
    """Per kind, ``[{name, en, count}]`` sorted by count (ties: first mentioned first)."""
    strong: dict[tuple[str, str], int] = {}
    weak: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], int] = {}
    offset = 0
    for text in texts:
        for start, _end, target in find_mentions(text, taxonomy):
            key = (target.kind, target.entry or "")
            (weak if target.weak else strong)[key] = (weak if target.weak else strong).get(key, 0) + 1
            first.setdefault(key, offset + start)
        offset += len(text) + 1
    # A generic word alone, once (用手机扫码), is not support; twice, or beside a strong alias, is.
    supported = [key for key in first if strong.get(key, 0) or weak.get(key, 0) >= 2]
    counts = {key: strong.get(key, 0) + weak.get(key, 0) for key in first}
    totals = {key: counts[key] for key in supported}
    for kind, name in supported:
        # An entry found is its broader entries found: each gets its count (and is supported by it).
        for parent in taxonomy.ancestors(kind, name):
            key = (kind, parent)
            totals[key] = totals.get(key, counts.get(key, 0)) + counts[(kind, name)]
            first[key] = min(first.get(key, first[(kind, name)]), first[(kind, name)])
    result: dict[str, list[Term]] = {kind: [] for kind in KINDS}
    for (kind, name), count in totals.items():
        entry = taxonomy.entry(kind, name)
        result[kind].append(Term(name=name, en=entry.en, count=count))
    for kind in KINDS:
        result[kind].sort(key=lambda item: (-item["count"], first[(kind, item["name"])]))
    return result


def taxonomy_words() -> Iterator[tuple[str, str]]:
    """Default names and strong aliases for the segmenter, so 计算机视觉 or 智慧城市 stay one token.

    Two-character terms are left to jieba: forcing 能源 into the dictionary at a high frequency
    would cut 智能源于 into 智/能源/于; taxonomy matching does not depend on the segmentation.
    """
    for term in segmentable_terms(default_taxonomy()):
        yield term, "nz"


def segmentable_terms(taxonomy: Taxonomy) -> Iterator[str]:
    for kind in KINDS:
        for entry in taxonomy.entries[kind].values():
            for term in entry.strong_terms():
                if len(term) > 2 and _SEGMENTABLE.match(term) and _CJK.search(term):
                    yield term


def user_words(taxonomy: Taxonomy) -> Iterator[tuple[str, str]]:
    """The terms of a user's taxonomy that the packaged one lacks, for the pipeline's segmenter, so
    that their 具身智能大脑 stays one token for keywords as 计算机视觉 does for the default."""
    default = set(segmentable_terms(default_taxonomy()))
    for term in segmentable_terms(taxonomy):
        if term not in default:
            yield term, "nz"


def add_taxonomy(article: Article, taxonomy: Taxonomy, keep_script: bool = False) -> Article:
    """Fill ``technologies`` and ``industries`` unless the reader already supplied them."""
    if article.technologies is not None and article.industries is not None:
        return article
    texts = [article.title or "", article.body]
    if keep_script and is_traditional(article.body):
        # The taxonomy is written in simplified script: 人臉識別 is matched as 人脸识别 (counts need
        # no offsets, so the conversion may change lengths).
        texts = [to_simplified(text) for text in texts]
    found = count_terms(texts, taxonomy)
    if article.technologies is None:
        article.technologies = found["technologies"]
    if article.industries is None:
        article.industries = found["industries"]
    return article
