"""Shared segmentation: one tagged token list and one sentence list per article, computed once.

The analysis stages (keywords, entities, summary, events) all need the same segmentation, so it
is cached in ``article.hints``.  rjieba (jieba's dictionary in Rust, ~15x jieba's speed) does the
work; the domain words of our data files (and the user's taxonomy and gazetteer) are in the
dictionary of the pipeline's ``Segmenter`` so that ``商汤科技`` or ``计算机视觉`` stay one token.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import rjieba

from aiwatch.article import Article

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


class Segmenter:
    """rjieba with the domain words (and a user's) in its dictionary; never changed after it is built.

    Each pipeline owns one: a user's taxonomy term 具身智能大脑 joins the dictionary of the pipeline
    built with that taxonomy, and of no other (the words used to be added into one process-wide
    segmenter, so what an article became depended on which runs came before it).
    """

    def __init__(self, words: Iterable[tuple[str, str]] = (), user_words: Iterable[tuple[str, str]] = ()) -> None:
        self._jieba = rjieba.Jieba()
        self.words = tuple(words)
        self.user_words = tuple(user_words)
        for word, pos in (*self.words, *self.user_words):
            if len(word) > 1:
                self._jieba.add_word(word, _DOMAIN_FREQ, pos)

    @property
    def fingerprint(self) -> str:
        return words_fingerprint(self.words, self.user_words)

    def tag(self, text: str) -> list[Token]:
        # A plain loop: map(Token, words, tags, starts) measured twice as slow (calling a class
        # through map misses the interpreter's fast call path).
        tokens: list[Token] = []
        offset = 0
        for word, pos in self._jieba.tag(text):
            tokens.append(Token(word, pos, offset))
            offset += len(word)
        return tokens

    def cut(self, text: str) -> list[str]:
        return self._jieba.cut(text)

    def has_word(self, word: str) -> bool:
        return self._jieba.has_word(word)


def words_fingerprint(words: Iterable[tuple[str, str]], user_words: Iterable[tuple[str, str]] = ()) -> str:
    """A hash of the words added to jieba's dictionary: text segmented with other words is cut
    differently (具身智能 one token or two), so an index built with them must be rebuilt."""
    digest = hashlib.sha256()
    for word, _pos in sorted(set(words)):
        digest.update(word.encode("utf-8") + b"\n")
    user = sorted(set(user_words))
    if user:  # the packaged words alone hash as they always did: no needless re-index
        digest.update(b"\x00user\n")
        for word, _pos in user:
            digest.update(word.encode("utf-8") + b"\n")
    return digest.hexdigest()[:16]


def domain_words() -> Iterator[tuple[str, str]]:
    """The words every segmenter gets: ``data/words``, the taxonomy, the domain IDF list, the gazetteer."""
    from aiwatch.analyze.gazetteer import gazetteer_words
    from aiwatch.analyze.idf import domain_idf_words
    from aiwatch.analyze.taxonomy import taxonomy_words

    yield from data_words()
    yield from taxonomy_words()
    yield from domain_idf_words()
    yield from gazetteer_words()


@cache
def default_fingerprint() -> str:
    """``default_segmenter().fingerprint`` without building it: a writer whose articles were all
    segmented elsewhere (``store/prepare.py``) needs the fingerprint only, and loading jieba's
    dictionary with the domain words cost it 0.28 s of CPU per run (0.07 ms an article at 4,000)."""
    if default_segmenter.cache_info().currsize:
        return default_segmenter().fingerprint
    return words_fingerprint(tuple(domain_words()))


@cache
def default_segmenter() -> Segmenter:
    """The segmenter of the packaged words alone, built once per process (package data cannot
    change under a running process; a user's words make a pipeline build its own)."""
    return Segmenter(domain_words())


def build_segmenter(user_words: Iterable[tuple[str, str]] = ()) -> Segmenter:
    """The packaged words, then the user's (which win on a tag); the default one when there are none."""
    user_words = list(user_words)
    if not user_words:
        return default_segmenter()
    return Segmenter(domain_words(), user_words)


def article_tokens(article: Article, segmenter: Segmenter) -> list[Token]:
    """Tagged tokens of the body, computed once per article for every stage that needs them."""
    cached = article.hints.get("_tokens")
    if cached is None:
        cached = segmenter.tag(article.body)
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
