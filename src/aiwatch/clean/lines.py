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

# East Asian wide and full-width ranges (unicodedata.east_asian_width "W"/"F"), as one class: a
# regex counts them at C speed.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]"
)
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
_INDENT = re.compile(r"^(?:[ \t]{2,}|\u3000)")
#: Narrower blocks are never taken for hard-wrapped text.
WRAP_MIN_WIDTH = 40
WRAP_MIN_SHARE = 0.4
WRAP_MIN_ROWS = 6  # three header lines of about one length (seed 002) are not a wrapped text
#: A paragraph at least this long is story whatever it looks like.
STORY_MIN_LEN = 50


def normalise_line(line: str) -> str:
    """One line with its indentation gone and inner runs of blanks reduced to one space."""
    line = _ZERO_WIDTH.sub("", line)
    return _SPACES.sub(" ", line).strip()


def display_width(line: str) -> int:
    """Columns on a terminal: Chinese and full-width characters take two."""
    # Counted as what a removal takes away: findall built one string object per character, 280 MB
    # for a 3.5-million-character page.
    return 2 * len(line) - len(_WIDE.sub("", line))


def unwrap_hard_wraps(text: str) -> str:
    """Rejoin paragraphs that a plain-text export cut at a fixed width.

    A text is hard-wrapped when at least six of its lines, and 40% of them, reach the same full
    width (within 3 columns, at least 40 columns).  Such a full line is joined to the next line
    unless that one is blank or indented, the way Chinese paragraphs start (　　上海将…).  Texts of
    lines of any length (seed 002, one paragraph a line) are left alone.
    """
    rows = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    widths = [display_width(row.rstrip()) for row in rows]  # the indent counts: it fills the row
    filled = sorted(w for w in widths if w)
    if len(filled) < 3:
        return text
    top = filled[-3]  # the third-widest row: one or two overlong rows do not set the width
    full = [top - 3 <= w <= top + 3 for w in widths]
    if top < WRAP_MIN_WIDTH or sum(full) < max(WRAP_MIN_ROWS, WRAP_MIN_SHARE * len(filled)):
        return text
    # Chinese text is cut anywhere, even inside 2020 or CEO: its rows join without a space.
    han = len(text) - len(_HAN_CHAR.sub("", text))  # not findall: one object per character
    spaced = han < 0.3 * len(text.replace(" ", ""))
    out = [rows[0].rstrip()]
    for i in range(1, len(rows)):
        if full[i - 1] and rows[i].strip() and not _INDENT.match(rows[i]):
            out[-1] = join_wrapped(out[-1], rows[i].strip()) if spaced else out[-1] + rows[i].strip()
        else:
            out.append(rows[i].rstrip())
    return "\n".join(out)


def join_wrapped(left: str, right: str) -> str:
    """No space inside Chinese text, one between Latin words."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return f"{left} {right}"
    return left + right


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
