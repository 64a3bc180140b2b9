"""Line-level helpers: whitespace normalisation, what a story paragraph looks like, line keys."""

from __future__ import annotations

import re
import unicodedata

# U+3000 ideographic space (the two-character indent of Chinese paragraphs, seed 004), no-break
# and the typographic spaces all become an ordinary space; zero-width marks go.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_STORY_PUNCT = re.compile(r"[。；;]")
_SENTENCE_END = re.compile(r"[。！？!?…][”」』’\"）)]*\s*$")
_KEY_DROP = re.compile(r"[\s\W_]+")

#: A paragraph at least this long is story whatever it looks like.
STORY_MIN_LEN = 50


def normalise_line(line: str) -> str:
    """One line with its indentation gone and inner runs of blanks reduced to one space."""
    line = _ZERO_WIDTH.sub("", line)
    return _SPACES.sub(" ", line).strip()


def split_lines(text: str) -> list[str]:
    """Non-empty normalised lines (each one a paragraph)."""
    out = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = normalise_line(raw)
        if line:
            out.append(line)
    return out


def is_story_line(line: str) -> bool:
    """A paragraph of the story rather than a title, label or navigation line.

    Titles are short and carry no full stop (张江人工智能岛入选上海首批“人工智能示范应用场景”);
    story sentences end in 。 or run long.
    """
    if len(line) >= STORY_MIN_LEN or _STORY_PUNCT.search(line):
        return True
    return len(line) >= 25 and bool(_SENTENCE_END.search(line)) and ("，" in line or "," in line)


def line_key(text: str | None) -> str:
    """Comparison key: width-folded, lower-case, without spaces and punctuation.

    So ``上海着力打造人工智能高地，_十四五_要做这几件事`` and ``上海着力打造人工智能高地，“十四五”要做这几件事``
    share one key.
    """
    if not text:
        return ""
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", text)).lower()
