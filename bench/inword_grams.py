"""A candidate search-index layout measured by the benches, not used by aiwatch: in-word bigrams.

Today (``fts.gram_tokens``) every run of letters and digits of the title and body gives its
overlapping bigrams and its last character, ~700 postings per generated article, and they are
most of what the writer pays for the index.  The candidate keeps the bigrams only where the word
index cannot answer a substring: per article (and per column on SQLite), the distinct words of
three or more characters that hold a Chinese character give their bigrams and then their last
character (智算中心 → 智算 算中 中心 心; the last character also keeps two words' bigrams from
forming a phrase across them).  A substring query would then be the phrase of its segmented
words OR the phrase of its bigrams: it is found inside one word, no longer across two (能芯 in
智能|芯片).

One character is the one case the word index and those bigrams do not cover: the last character
of a two-character word (能 in 智能).  ``exact1`` adds it (each distinct one, once per column),
so that a one-character query stays exact; ``no1`` leaves it out (a one-character query would
then need the corpus's two-character words ending in it, from a lexicon kept beside the index).

``words-only`` stores no bigrams at all: the floor of any layout that answers substrings from a
lexicon of the corpus's words (a bigram index over the distinct words, expanded at query time into
word queries), whose own upkeep (a word the corpus has not seen yet, once) it leaves out.

``install(layout)`` puts the layout in place of ``prepare.index_values`` in this process (and in
the preparing processes it forks later), so that ``build_corpus.py --index-layout`` stores it
through the real writer: the rest of the store (dedup, rows, words, pairs) is unchanged.
"""

from __future__ import annotations

import re

LAYOUTS = ("bigrams", "inword-exact1", "inword-no1", "words-only")

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def word_grams(words_text: str, finals: bool) -> list[str]:
    """The in-word bigram stream of one column's index text (``fts.index_text``: tokens joined by
    spaces): each distinct word of 3+ characters with a Chinese character, its bigrams then its
    last character; with ``finals`` the last character of each distinct 2-character word too."""
    out: list[str] = []
    seen_finals: set[str] = set()
    for word in dict.fromkeys(words_text.split(" ")):
        size = len(word)
        if size >= 3:
            if _CJK.search(word):
                out.extend([word[i : i + 2] for i in range(size - 1)])
                out.append(word[-1])
        elif size == 2 and finals and word[-1] not in seen_finals and _CJK.search(word):
            seen_finals.add(word[-1])
            out.append(word[-1])
    return out


def inword_values(finals: bool, with_grams: bool = True):
    """A replacement for ``prepare.index_values`` storing the in-word bigrams instead of today's
    (``with_grams`` False: none)."""
    from aiwatch.store import fts
    from aiwatch.store.prepare import pair_text

    def index_values(title: str | None, body: str | None, flavour: str) -> tuple[str, ...]:
        words = (fts.index_text(title), fts.index_text(body))
        if not with_grams:
            return (*words, "", pair_text(*words)) if flavour == "postgresql" else (*words, "", "")
        if flavour == "postgresql":
            grams = set(word_grams(words[0], finals)) | set(word_grams(words[1], finals))
            return (*words, " ".join(grams), pair_text(*words))
        return (*words, " ".join(word_grams(words[0], finals)), " ".join(word_grams(words[1], finals)))

    return index_values


def install(layout: str) -> None:
    """Store ``layout`` from now on in this process (``bigrams``: today's, nothing changed)."""
    if layout not in LAYOUTS:
        raise SystemExit(f"--index-layout {layout}: want one of {', '.join(LAYOUTS)}")
    if layout == "bigrams":
        return
    from aiwatch.store import prepare, writer

    if not hasattr(prepare, "index_values") or not hasattr(writer, "index_values"):
        raise SystemExit(f"--index-layout {layout}: this checkout's store has no prepare.index_values")
    values = inword_values(finals=layout == "inword-exact1", with_grams=layout != "words-only")
    prepare.index_values = values
    writer.index_values = values


def gram_count(title: str | None, body: str | None, layout: str) -> int:
    """Bigram postings (SQLite: the stream's tokens) of one article in ``layout``."""
    from aiwatch.store import fts

    if layout == "bigrams":
        return len(fts.gram_tokens(title)) + len(fts.gram_tokens(body))
    if layout == "words-only":
        return 0
    finals = layout == "inword-exact1"
    return len(word_grams(fts.index_text(title), finals)) + len(word_grams(fts.index_text(body), finals))
