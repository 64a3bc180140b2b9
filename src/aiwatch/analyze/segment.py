"""Shared segmentation: one tagged token list and one sentence list per article, computed once.

The analysis stages (keywords, entities, summary, events) all need the same segmentation, so it
is cached in ``article.hints``.  rjieba (jieba's dictionary in Rust, ~15x jieba's speed) does the
work; the domain words of our data files are added to its dictionary once per process so that
``商汤科技`` or ``计算机视觉`` stay one token.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import rjieba

from aiwatch.article import Article

#: Callables ("module:function") returning ``(word, pos)`` pairs to add to the dictionary.
#: Stages that own domain data (taxonomy, gazetteer) list theirs here.
WORD_SOURCES: list[str] = [
    "aiwatch.analyze.taxonomy:taxonomy_words",
    "aiwatch.analyze.idf:domain_idf_words",
    "aiwatch.analyze.gazetteer:gazetteer_words",
]

_DOMAIN_FREQ = 200_000  # high enough that a domain term wins over its parts


# Not frozen: a frozen dataclass's __init__ goes through object.__setattr__ per field, and with
# ~800 tokens an article that alone cost ~0.3 ms.  Hashing stays by value (unsafe_hash); nothing
# mutates a token.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    pos: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def data_words() -> Iterator[tuple[str, str]]:
    """``word [pos]`` lines from ``aiwatch/data/words/*.txt`` (``#`` starts a comment)."""
    folder = resources.files("aiwatch.data") / "words"
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        for line in entry.read_text(encoding="utf-8").splitlines():
            parts = line.split("#", 1)[0].split()
            if parts:
                yield parts[0], parts[1] if len(parts) > 1 else "n"


def _source_words() -> Iterator[tuple[str, str]]:
    for target in WORD_SOURCES:
        module_name, _, func = target.partition(":")
        yield from getattr(importlib.import_module(module_name), func)()


@cache
def segmenter() -> rjieba.Jieba:
    jieba = rjieba.Jieba()
    for word, pos in [*data_words(), *_source_words()]:
        if len(word) > 1:
            jieba.add_word(word, _DOMAIN_FREQ, pos)
    return jieba


def tag_text(text: str) -> list[Token]:
    # A plain loop: map(Token, words, tags, starts) measured twice as slow (calling a class
    # through map misses the interpreter's fast call path).
    tokens: list[Token] = []
    offset = 0
    for word, pos in segmenter().tag(text):
        tokens.append(Token(word, pos, offset))
        offset += len(word)
    return tokens


def article_tokens(article: Article) -> list[Token]:
    """Tagged tokens of ``title`` + blank line + ``body`` offsets refer to the body alone."""
    cached = article.hints.get("_tokens")
    if cached is None:
        cached = tag_text(article.body)
        article.hints["_tokens"] = cached
    return cached


# A sentence ends at 。！？!? or ；(kept with the sentence), or at a line break; closing quotes and
# brackets that follow the stop belong to the sentence: 他说：“好。”然后…
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)\"']*|\n|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text``, whitespace trimmed, empties dropped."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def article_sentences(article: Article) -> list[tuple[int, int]]:
    cached = article.hints.get("_sentences")
    if cached is None:
        cached = split_sentences(article.body)
        article.hints["_sentences"] = cached
    return cached


def warm_segmenter(_words: Iterable[str] = ()) -> None:
    segmenter()
