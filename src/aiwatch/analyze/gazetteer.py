"""The gazetteer: known people, organisations, places and their aliases, matched in one pass.

Entries are data (``aiwatch/data/gazetteer/*.tsv``, one ``canonical<TAB>TYPE<TAB>alias|alias``
line each) layered with the user's own files (``Options.gazetteer_files``).  All names and
aliases go into one Aho-Corasick automaton built once per process, so matching costs one scan of
the body whatever the gazetteer size.  An alias written ``金平[总书记]`` only matches when the
bracketed text follows, and the mention covers ``金平`` alone: that is how a machine translation's
金平总书记 is linked to 习近平 without 金平区 ever becoming a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import ahocorasick

from aiwatch.errors import AiwatchError

TYPES = ("PER", "ORG", "LOC", "DOC", "PRODUCT")
#: Part-of-speech given to gazetteer words in the shared segmenter, so that tags agree with types.
TYPE_POS = {"PER": "nr", "ORG": "nt", "LOC": "ns", "DOC": "nz", "PRODUCT": "nz"}
TITLE_POS = "nnt"

# Only ASCII letters are folded: str.lower() may change the length of other scripts (İ), and
# match offsets must stay offsets into the body.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_CONTEXT_ALIAS = re.compile(r"^(?P<name>[^\[\]]+)\[(?P<after>[^\[\]]+)\]$")
_LATIN = re.compile(r"[A-Za-z0-9]")
_TOKEN_FORM = re.compile(r"^[\u4e00-\u9fff]{3,}$")
_UPPER = re.compile(r"[A-Z]")


_UPPER_RUN = re.compile(r"[A-Z]+")


def _lower_run(match: re.Match[str]) -> str:
    return match.group().lower()  # ASCII letters only: same length, same offsets


def fold(text: str) -> str:
    # str.translate with a table looks up every character in a dict: 0.15 ms for a 1,500-character
    # body that has a capital somewhere; lowering only the runs of capitals costs a tenth of that.
    # Short strings (names, aliases) are faster through translate.
    if len(text) > 64:
        return _UPPER_RUN.sub(_lower_run, text)
    return text.translate(_ASCII_LOWER)


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    name: str  # canonical name
    type: str


@dataclass
class Gazetteer:
    types: dict[str, str] = field(default_factory=dict)  # canonical -> type
    aliases: dict[str, set[str]] = field(default_factory=dict)  # canonical -> aliases
    lookup: dict[str, tuple[str, str]] = field(default_factory=dict)  # any surface form -> (canonical, type)
    groups: dict[str, str] = field(default_factory=dict)  # canonical -> source file stem (government …)
    titles: frozenset[str] = frozenset()
    #: Surfaces matched by whole token instead of by the automaton (``TOKEN_MATCHED`` files): the
    #: automaton's scan grows with its size (CPU time per 1,500 characters: 1,000 names 0.18 ms,
    #: 5,000 names 0.39 ms), and China's 2,700 county and district names (鄱阳县, 丰台区) are words
    #: of the segmenter's dictionary (gazetteer_words), so each is one token wherever it is written.
    token_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    by_token: set[str] = field(default_factory=set)  # canonicals whose long forms are token-matched
    _automaton: ahocorasick.Automaton | None = None
    _scanner: _Scanner | None = None

    def add(self, canonical: str, type_: str, aliases: list[str], group: str = "", by_token: bool = False) -> None:
        if by_token:
            self.by_token.add(canonical)
        self.types[canonical] = type_
        self.groups.setdefault(canonical, group)
        known = self.aliases.setdefault(canonical, set())
        known.update(a for a in aliases if a and a != canonical)
        self._automaton = None

    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            self._automaton = self._build()
            self._scanner = _Scanner(self._automaton)
        return self._automaton

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        self.lookup = {}
        self.token_names = {}
        for canonical, type_ in self.types.items():
            for surface in (canonical, *sorted(self.aliases[canonical])):
                context = _CONTEXT_ALIAS.match(surface)
                name, after = (context["name"], context["after"]) if context else (surface, "")
                if not after and canonical in self.by_token and _TOKEN_FORM.match(name):
                    self.token_names.setdefault(name, (canonical, type_))
                    self.lookup.setdefault(name, (canonical, type_))
                    continue
                key = fold(name + after)
                automaton.add_word(key, (len(key), len(name), canonical, type_))
                if not after:
                    self.lookup.setdefault(fold(name), (canonical, type_))
        if len(automaton) == 0:
            automaton.add_word("\x00", (1, 1, "", ""))
        automaton.make_automaton()
        return automaton

    def find(self, text: str) -> list[Match]:
        """Every gazetteer match in ``text`` (overlaps included; the caller picks)."""
        matches = []
        folded = fold(text) if _UPPER.search(text) else text
        if self._automaton is None or self._scanner is None:
            self.automaton()
        for last, (key_len, name_len, canonical, type_) in self._scanner.iter(folded):
            if canonical:
                start = last + 1 - key_len
                matches.append(Match(start, start + name_len, canonical, type_))
        return matches

    def resolve(self, surface: str) -> tuple[str, str] | None:
        """``(canonical, type)`` of a surface form, or None."""
        self.automaton()
        return self.lookup.get(fold(surface))


class _Scanner:
    """The automaton's matches, found faster: pyahocorasick scans a node's children one by one, and
    the root has one child per distinct first character (650 of them), so every character of the
    body paid a long scan (0.25-0.4 ms per 1,500 characters).  Here a regex character class finds
    the places where a two-character prefix could start (C speed, ~200 in 1,500 characters), a
    set keeps the 44 real prefixes, and a dict checks each key length there.  ``iter`` yields
    exactly what ``Automaton.iter`` does, in its order: by end, the longest key first."""

    def __init__(self, automaton: ahocorasick.Automaton) -> None:
        self.keys: dict[str, tuple] = dict(automaton.items())
        lengths: dict[str, set[int]] = {}
        self.singles: dict[str, tuple] = {}
        for key, value in self.keys.items():
            if len(key) == 1:
                self.singles[key] = value
            else:
                lengths.setdefault(key[:2], set()).add(len(key))
        self.prefixes = {prefix: sorted(found, reverse=True) for prefix, found in lengths.items()}
        firsts = "".join(sorted({p[0] for p in self.prefixes}))
        seconds = "".join(sorted({p[1] for p in self.prefixes}))
        self.starts = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])") if firsts else None

    def iter(self, text: str) -> list[tuple[int, tuple]]:
        # (end, -length, value): (end, length) is unique, so values are never compared.
        found: list[tuple[int, int, tuple]] = []
        keys, prefixes, n = self.keys, self.prefixes, len(text)
        if self.starts is not None:
            for match in self.starts.finditer(text):
                i = match.start()
                lengths = prefixes.get(text[i : i + 2])
                if lengths:
                    for size in lengths:
                        if i + size > n:  # a slice past the end is shorter: it is another key
                            continue
                        value = keys.get(text[i : i + size])
                        if value is not None:
                            found.append((i + size - 1, -size, value))
        if self.singles:
            found += [(i, -1, self.singles[c]) for i, c in enumerate(text) if c in self.singles]
        found.sort()
        return [(end, value) for end, _, value in found]


def _default_files() -> list[tuple[str, str]]:
    folder = resources.files("aiwatch.data") / "gazetteer"
    return [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".tsv")
    ]


def _read_user_file(path: Path) -> tuple[str, str]:
    try:
        return str(path), Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AiwatchError("E108", str(path), kind="gazetteer", detail=str(exc)) from exc


def parse_entries(name: str, text: str) -> Iterator[tuple[str, str, list[str]]]:
    """``(canonical, type, aliases)`` per line; a bad line is an error naming file and line."""
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[1].strip() not in TYPES or not parts[0].strip():
            raise AiwatchError(
                "E108",
                name,
                kind="gazetteer",
                detail=f"line {number}: expected name<TAB>{'|'.join(TYPES)}[<TAB>aliases]",
            )
        aliases = [a.strip() for a in parts[2].split("|")] if len(parts) > 2 else []
        yield parts[0].strip(), parts[1].strip(), [a for a in aliases if a]


def read_titles() -> frozenset[str]:
    text = (resources.files("aiwatch.data") / "titles.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.split("#", 1)[0].strip()))


#: Default files whose names are matched by whole token (``Gazetteer.token_names``).
TOKEN_MATCHED = frozenset({"divisions.tsv"})


# The peoples an autonomous prefecture is named after (某某傣族自治州, 某某土家族苗族自治州).
_PEOPLES = "朝鲜|土家|布依|哈尼|景颇|傈僳|蒙古|柯尔克孜|哈萨克|苗|藏|羌|彝|侗|壮|傣|白|回"
_AUTONOMOUS_PREFECTURE = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,4}}?)(?:(?:{_PEOPLES})族?)+自治州")


def prefecture_short_forms(canonical: str) -> list[str]:
    """An autonomous prefecture is written by its place name, alone or with 州 (某某傣族自治州: 某某,
    某某州), the way news names it; the peoples' names are left out."""
    match = _AUTONOMOUS_PREFECTURE.fullmatch(canonical)
    if match is None:
        return []
    return [match["place"], match["place"] + "州"]


def load_gazetteer(user_files: tuple[Path, ...] = ()) -> Gazetteer:
    """The default gazetteer with the user's files layered over it (read now, not remembered)."""
    gazetteer = Gazetteer(titles=read_titles())
    sources = _default_files() + [_read_user_file(p) for p in user_files]
    defaults = len(sources) - len(user_files)
    prefectures: list[tuple[str, str]] = []
    for index, (name, text) in enumerate(sources):
        # Only default files: a user's names are whole tokens only in the segmenter of a pipeline
        # built with them (``user_words``), and matched by the automaton everywhere.
        by_token = index < defaults and name in TOKEN_MATCHED
        for canonical, type_, aliases in parse_entries(name, text):
            gazetteer.add(canonical, type_, aliases, Path(name).stem, by_token=by_token)
            if by_token and type_ == "LOC" and prefecture_short_forms(canonical):
                prefectures.append((canonical, Path(name).stem))
    for canonical, group in prefectures:
        # (after every file: a short form another entry names already, a province's, stays that one's)
        forms = [f for f in prefecture_short_forms(canonical) if gazetteer.resolve(f) is None]
        if forms:
            gazetteer.add(canonical, "LOC", forms, group, by_token=True)
    gazetteer.automaton()
    return gazetteer


@cache
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer alone, once per process (package data does not change while it runs)."""
    return load_gazetteer(())


def gazetteer_words(gazetteer: Gazetteer | None = None) -> Iterator[tuple[str, str]]:
    """Words for the shared segmenter (``segment.WORD_SOURCES``): names, aliases and titles.

    Two-character aliases are left out on purpose: forcing 京东 into the dictionary would cut
    北京东路 into 北/京东/路.  jieba already keeps most of them whole, and the entity stage
    only accepts a short match that lines up with token boundaries.
    """
    gazetteer = gazetteer or default_gazetteer()
    for canonical, type_ in gazetteer.types.items():
        for surface in (canonical, *gazetteer.aliases[canonical]):
            if _CONTEXT_ALIAS.match(surface) or len(surface) < 3 or _LATIN.search(surface):
                continue
            yield surface, TYPE_POS[type_]
    for title in gazetteer.titles:
        if not _LATIN.search(title):
            yield title, TITLE_POS


def user_words(gazetteer: Gazetteer) -> Iterator[tuple[str, str]]:
    """The names of a user's gazetteer that the packaged one lacks, for the pipeline's segmenter.

    Without them a name jieba does not know is cut apart (深兰/科技 is found, but 小蚁智造 from a
    user's file would be 小蚁/智造 and a short alias could never line up with the tokens).
    """
    default = _default_surfaces()
    for canonical, type_ in gazetteer.types.items():
        for surface in (canonical, *sorted(gazetteer.aliases[canonical])):
            if _CONTEXT_ALIAS.match(surface) or len(surface) < 2 or surface.isascii():
                continue
            if (surface, type_) in default:
                continue  # the packaged names: in the dictionary already, or left out on purpose
            yield surface, TYPE_POS[type_]


@cache
def _default_surfaces() -> frozenset[tuple[str, str]]:
    gazetteer = default_gazetteer()
    return frozenset(
        (surface, type_)
        for canonical, type_ in gazetteer.types.items()
        for surface in (canonical, *gazetteer.aliases[canonical])
    )
