r"""Chinese full-text search: our own word segmentation, and character bigrams for substrings.

Neither SQLite FTS5 nor PostgreSQL's parser segments Chinese words.  So the text is segmented by
the shared rjieba segmenter (``aiwatch.analyze.segment``) and indexed as space-joined tokens, and a
query is segmented the same way and searched as a phrase of consecutive tokens.  人工智能 is then
one token: a page that says 人工 here and 智能 there does not match, and a query the segmenter cuts
in two (商汤科技 → 商汤 科技) matches only the two tokens side by side.

Beside the words, the index holds character bigrams, so that a query finds characters inside a
word: 智算 in 智算中心, which the segmenter keeps whole.  Each run of letters and digits
(``[^\W_]+``, lowercased) gives its overlapping bigrams and then its last character alone:
智算中心 → 智算 算中 中心 心.  A substring of two or more characters is then the phrase of its
bigrams (exact: consecutive bigrams at consecutive positions are consecutive characters); one
character is a prefix query (智* covers 智算 and a 智 ending a run).  Bigrams, not trigrams: most
Chinese words are two characters, and a trigram index cannot answer them.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

import jieba

from aiwatch.analyze.segment import Segmenter, default_fingerprint, default_segmenter

# A token worth indexing has a letter or a digit: punctuation (，。、) and spaces are dropped.
_WORDLIKE = re.compile(r"\w", re.UNICODE)
SNIPPET_CHARS = 120
_MARGIN = 12  # characters of context the segmenter sees around a candidate match


def index_segmenter() -> Segmenter:
    """The segmenter that cuts the index and every query: the packaged dictionary alone, never a
    user's taxonomy or gazetteer words.  A corpus is shared (two ingests with different settings,
    a search or a web app that loads no taxonomy), and a query must be cut as the text was: with a
    user's 蚁巢智造 in the index as one word, the search box, cutting 蚁巢 智造, would miss it.
    The user's words still find their articles (any Chinese word is also a bigram query) and
    still change the analysis, which the articles' analysis fingerprint records."""
    return default_segmenter()


@cache
def dictionary_fingerprint() -> str:
    """The fingerprint of ``index_segmenter``'s dictionary (the words it adds, the user's too if it
    ever had any): when a new version ships new words (say 具身智能), text indexed before is cut
    differently from new queries and must be re-indexed.  Computed from the words, without
    building the segmenter (``segment.default_fingerprint``): the same value."""
    return default_fingerprint()


def tokens(text: str) -> list[str]:
    return [t.lower() for t in index_segmenter().cut(text or "") if _WORDLIKE.search(t)]


def index_text(text: str | None) -> str:
    """The text as the index sees it: lowercase tokens separated by single spaces (``tokens``
    joined; lowercased once and ``isalnum`` before the regular expression: a third of ingest's
    segmentation time went to the per-token checks)."""
    cut = index_segmenter().cut(text or "")
    return " ".join(t for t in cut if t.isalnum() or _WORDLIKE.search(t)).lower()


_RUN = re.compile(r"[^\W_]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def runs(text: str) -> list[str]:
    """Runs of letters and digits, lowercased: 「GPT-4o发布」 → gpt, 4o发布."""
    return _RUN.findall((text or "").lower())


def gram_tokens(text: str | None) -> list[str]:
    """The bigram stream the index holds: 智算中心 → 智算 算中 中心 心 (per run)."""
    grams: list[str] = []
    for run in runs(text or ""):
        grams.extend([run[i : i + 2] for i in range(len(run) - 1)])
        grams.append(run[-1])
    return grams


def gram_text(text: str | None) -> str:
    return " ".join(gram_tokens(text))


def gram_query(text: str) -> tuple[list[str], bool]:
    """``(tokens, prefix)``: the bigram phrase for a substring query; ``prefix`` when it ends in one character.

    Runs before the last are whole in the text (punctuation followed them), so they keep their
    last character; the last run may continue in the text, so it does not: 「AI-芯」 → ai i 芯*.
    """
    parts = runs(text)
    tokens: list[str] = []
    for number, run in enumerate(parts):
        last = number == len(parts) - 1
        tokens.extend([run[i : i + 2] for i in range(len(run) - 1)])
        if not last or len(run) == 1:
            tokens.append(run[-1])
    prefix = bool(parts) and len(parts[-1]) == 1
    return tokens, prefix


def distinct_grams(*texts: str | None) -> set[str]:
    """The set of bigrams and run-final characters (PostgreSQL keeps a set, no positions; its
    ``array_to_tsvector`` sorts them itself: sorting here cost as much as finding them)."""
    return {gram for text in texts for gram in gram_tokens(text)}


#: Words this common (the most frequent entries of jieba's dictionary, the one the segmenter
#: starts from) get their side-by-side pairs indexed on PostgreSQL (``common_pairs``).
COMMON_WORDS = 2_000
#: Joins the two words of a pair lexeme: index texts separate their tokens with it, so no token holds it.
PAIR_JOIN = " "


@cache
def common_words() -> frozenset[str]:
    """The ``COMMON_WORDS`` most frequent entries of jieba's dictionary (ties by the word), lowercased.

    A fixed list, not the corpus's own counts: what is indexed must not change as a corpus grows.
    jieba's frequencies come from a large general corpus; with these 2,000 (的, 一个, 中国, 我们,
    …; the last ones seen about 4,400 times there) a phrase that holds a rarer word is narrowed
    by that word's own postings, and one of two common words by their pair.
    """
    return frozenset(word for _, word in heapq.nsmallest(COMMON_WORDS, _entries()))


def _entries() -> list[tuple[int, str]]:
    """jieba's dictionary as ``(-frequency, word lowercased)``, in its file's order."""
    entries = []
    for line in _dictionary_text().splitlines():
        word, freq, _ = line.split(" ", 2)
        entries.append((-int(freq), word.lower()))
    return entries


def _dictionary_text() -> str:
    return Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8")


@cache
def _lexicon() -> str:
    """Every word the index segmenter knows, one per line: its added words, then jieba's
    dictionary lines as the file has them (``word frequency tag``), lowercased."""
    added = "\n".join(word.lower() for word, _ in index_segmenter().words)
    return "\n" + added + "\n" + _dictionary_text().lower() + "\n"


@lru_cache(maxsize=4096)
def words_containing(part: str, limit: int = 64) -> tuple[str, ...]:
    """Up to ``limit`` words of the segmenter's dictionary that hold ``part`` (人工智 → 人工智能, …),
    its added words first.  An article with such a word as an index token holds ``part`` in its
    text: a part of a substring's matches the word index finds alone."""
    lexicon, found, start = _lexicon(), [], 0
    while len(found) < limit:
        at = lexicon.find(part, start)
        if at < 0:
            break
        begin = lexicon.rfind("\n", 0, at) + 1
        end = lexicon.find("\n", at)
        word = lexicon[begin:end].split(" ", 1)[0]
        if part in word and word not in found:
            found.append(word)
        start = end
    return tuple(found)


def common_pairs(*texts: str | None) -> set[str]:
    """The pairs of common words side by side in ``texts`` (each as ``index_text`` gives it: tokens
    joined by spaces), as lexemes ``一个 中国``: the index that answers a phrase of two common words
    without reading positions (Lucene's CommonGrams).  Side by side means consecutive index
    tokens, as for FTS5's phrases: 一个，中国 is a pair (the index drops the comma), 一个①中国
    is not, nor the last word of a title and the first of the body."""
    common = common_words()
    found: set[str] = set()
    for text in texts:
        words = (text or "").split(" ")
        found.update(
            first + PAIR_JOIN + second for first, second in pairwise(words) if first in common and second in common
        )
    return found


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` over the original text, for mapping matches back to it."""
    spans = []
    offset = 0
    for token in index_segmenter().cut(text):
        end = offset + len(token)
        if _WORDLIKE.search(token):
            spans.append((token.lower(), offset, end))
        offset = end
    return spans


def fts5_phrase(words: list[str], prefix: bool = False) -> str:
    """``"商汤 科技"`` (quotes inside doubled); ``"智" *`` when the last token is a prefix."""
    quoted = '"' + " ".join(words).replace('"', '""') + '"'
    return quoted + " *" if prefix else quoted


@dataclass
class Snippet:
    text: str
    highlights: list[tuple[int, int]]  # [start, end) offsets into ``text``

    def marked(self, start: str = "【", end: str = "】") -> str:
        out, last = [], 0
        for begin, stop in self.highlights:
            out.append(self.text[last:begin] + start + self.text[begin:stop] + end)
            last = stop
        out.append(self.text[last:])
        return "".join(out)


def _phrase_pattern(phrase: list[str]) -> re.Pattern[str]:
    # tokens may be separated in the text by what the index drops: "GPT-4" is the phrase gpt 4
    return re.compile(r"[\W_]*".join(re.escape(word) for word in phrase))


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether the segmenter, looking at the neighbourhood, cuts at ``start`` and at ``end``.

    人工智能 inside 「发展人工智能产业」 is a word; inside 「人工智能化」 the segmenter may keep
    人工智能化 whole, and then it is not a match (the index would not have matched it either).
    """
    left = max(0, start - _MARGIN)
    window = text[left : min(len(text), end + _MARGIN)]
    starts, ends = {left}, set()
    for _word, begin, stop in token_spans(window):
        starts.add(left + begin)
        ends.add(left + stop)
    return start in starts and end in ends


def find_matches(
    text: str, phrases: list[list[str]], limit: int = 12, substrings: list[str] = ()
) -> list[tuple[int, int]]:
    """Character spans in ``text`` where a query phrase occurs as whole consecutive words, or a
    substring (智算 inside 智算中心) anywhere.

    The phrase is found with a regular expression and only its neighbourhood is segmented, so a
    snippet costs the same on a 300-character brief as on a 30,000-character report.
    """
    lowered = text.lower()
    found = []
    for phrase in phrases:
        for match in _phrase_pattern(phrase).finditer(lowered):
            if _whole_words(lowered, *match.span()):
                found.append(match.span())
                if len(found) >= limit:
                    break
    for substring in substrings:
        parts = runs(substring)
        if not parts:
            continue
        for count, match in enumerate(_phrase_pattern(parts).finditer(lowered)):
            if count >= limit:
                break
            found.append(match.span())
    return _merged(sorted(set(found)))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one (智算 and 智算中心 both found in 智算中心)."""
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        if out and begin < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((begin, end))
    return out


def make_snippet(
    text: str, phrases: list[list[str]], width: int = SNIPPET_CHARS, substrings: list[str] = ()
) -> Snippet:
    """A window of the original text around the densest run of matches, matches marked."""
    text = text or ""
    matches = find_matches(text, phrases, substrings=substrings) if phrases or substrings else []
    if not matches:
        cut = text[:width]
        return Snippet(cut.replace("\n", " "), [])
    best_start, best_count = matches[0][0], 0
    for begin, _ in matches:
        count = sum(1 for b, e in matches if b >= begin and e <= begin + width)
        if count > best_count:
            best_start, best_count = begin, count
    start = max(0, min(best_start - width // 4, len(text) - width))
    end = min(len(text), start + width)
    highlights = [(b - start, e - start) for b, e in matches if b >= start and e <= end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix)
    window = prefix + text[start:end].replace("\n", " ") + suffix
    return Snippet(window, [(b + shift, e + shift) for b, e in highlights])
