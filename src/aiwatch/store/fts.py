"""Word-level Chinese full-text search: our own segmentation on both sides of the index.

Neither SQLite FTS5 nor PostgreSQL's parser segments Chinese words.  So the text is segmented by
the shared rjieba segmenter (``aiwatch.analyze.segment``) and indexed as space-joined tokens, and a
query is segmented the same way and searched as a phrase of consecutive tokens.  人工智能 is then
one token: a page that says 人工 here and 智能 there does not match, and a query the segmenter cuts
in two (商汤科技 → 商汤 科技) matches only the two tokens side by side.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from aiwatch.analyze import segment
from aiwatch.analyze.segment import segmenter

# A token worth indexing has a letter or a digit: punctuation (，。、) and spaces are dropped.
_WORDLIKE = re.compile(r"\w", re.UNICODE)
SNIPPET_CHARS = 120
_MARGIN = 12  # characters of context the segmenter sees around a candidate match


@cache
def dictionary_fingerprint() -> str:
    """A hash of the domain words the segmenter adds: when a new version ships new words
    (say 具身智能), text indexed before is cut differently from new queries and must be re-indexed."""
    digest = hashlib.sha256()
    for word, _pos in sorted({*segment.data_words(), *segment._source_words()}):
        digest.update(word.encode("utf-8") + b"\n")
    return digest.hexdigest()[:16]


def tokens(text: str) -> list[str]:
    return [t.lower() for t in segmenter().cut(text or "") if _WORDLIKE.search(t)]


def index_text(text: str | None) -> str:
    """The text as the index sees it: lowercase tokens separated by single spaces."""
    return " ".join(tokens(text or ""))


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` over the original text, for mapping matches back to it."""
    spans = []
    offset = 0
    for token in segmenter().cut(text):
        end = offset + len(token)
        if _WORDLIKE.search(token):
            spans.append((token.lower(), offset, end))
        offset = end
    return spans


def query_phrases(query: str) -> list[list[str]]:
    """Each whitespace-separated part of the query becomes one phrase of tokens; all must match."""
    phrases = []
    for part in query.split():
        words = tokens(part)
        if words:
            phrases.append(words)
    return phrases


def fts5_query(phrases: list[list[str]]) -> str:
    """``"人工智能" AND "商汤 科技"``: quoted phrases (quotes inside doubled), combined with AND."""
    quoted = ['"' + " ".join(words).replace('"', '""') + '"' for words in phrases]
    return " AND ".join(quoted)


def tsquery_texts(phrases: list[list[str]]) -> list[str]:
    """One ``phraseto_tsquery('simple', …)`` argument per phrase (PostgreSQL)."""
    return [" ".join(words) for words in phrases]


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


def find_matches(text: str, phrases: list[list[str]], limit: int = 12) -> list[tuple[int, int]]:
    """Character spans in ``text`` where a query phrase occurs as whole consecutive words.

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
    return sorted(set(found))


def make_snippet(text: str, phrases: list[list[str]], width: int = SNIPPET_CHARS) -> Snippet:
    """A window of the original text around the densest run of matches, matches marked."""
    text = text or ""
    matches = find_matches(text, phrases) if phrases else []
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
