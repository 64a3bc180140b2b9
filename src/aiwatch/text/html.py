"""Visible text of an HTML fragment, one paragraph per block element.

Used for bodies that are already the article (front matter posts, JSON ``content_html``): no
main-content guessing, only the invisible parts go (scripts, styles, comments, ``display:none``).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from aiwatch.text.nesting import flatten_nesting

_INVISIBLE = "script, style, noscript, template, iframe, svg, canvas, object, embed, head, select"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BLOCKS = "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer blockquote pre dd dt dl"
BLOCK_TAGS = frozenset(f"{_BLOCKS} figure figcaption hr aside nav form address center main caption".split())
_BLANKS = re.compile(r"[ \t\u00a0\u3000\r\f\v]+")


_VISIBILITY_HIDDEN = re.compile(r"visibility\s*:\s*hidden", re.IGNORECASE)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def _revealed_later(node, attrs, min_chars: int) -> bool:
    """A long text hidden with ``visibility:hidden`` only (not ``display:none``, which pages use for
    real leftovers such as a hidden copy of the story for a voice-reading widget)."""
    style = attrs.get("style") or ""
    if not _VISIBILITY_HIDDEN.search(style) or _DISPLAY_NONE.search(style):
        return False
    return len(node.text(deep=True, strip=True)) >= min_chars


def remove_invisible(root, keep_hidden_prose: int = 0) -> None:
    """Drop what a reader never sees: scripts, styles, and elements hidden by style or attribute.

    With ``keep_hidden_prose`` > 0, an element hidden by ``visibility:hidden`` that holds at least
    that many characters of text stays: WeChat articles ship the whole story as ``<div id="js_content"
    style="visibility: hidden;">`` and let a script reveal it.
    """
    for node in root.css(_INVISIBLE):
        node.decompose()
    for node in root.css("[style], [hidden]"):
        attrs = node.attributes
        if "hidden" not in attrs and not _HIDDEN_STYLE.search(attrs.get("style") or ""):
            continue
        if keep_hidden_prose and _revealed_later(node, attrs, keep_hidden_prose):
            continue
        node.decompose()


def _collect(node, out: list[str]) -> None:
    """Walk the tree appending text, with newlines around block elements.

    An explicit stack, not recursion: pasted HTML can nest thousands of unclosed ``<font>`` tags.
    """
    stack = [(node.child, False)]
    while stack:
        child, block = stack[-1]
        if child is None:
            stack.pop()
            if block:
                out.append("\n")
            if stack:
                parent, parent_block = stack[-1]
                stack[-1] = (parent.next, parent_block)
            continue
        tag = child.tag
        if tag == "-text":
            out.append(child.text_content or "")
        elif tag != "_comment" and tag is not None:
            is_block = tag in BLOCK_TAGS
            if is_block:
                out.append("\n")
            stack.append((child.child, is_block))
            continue
        stack[-1] = (child.next, block)


def html_to_text(html: str) -> str:
    """Paragraphs of visible text separated by blank lines."""
    tree = LexborHTMLParser(flatten_nesting(html)[0])
    root = tree.body or tree.root
    if root is None:
        return ""
    remove_invisible(root)
    out: list[str] = []
    _collect(root, out)
    lines = (_BLANKS.sub(" ", line).strip() for line in "".join(out).split("\n"))
    return "\n\n".join(line for line in lines if line)
