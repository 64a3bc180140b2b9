"""Flatten absurdly deep nesting before an HTML parser sees it.

No news page nests 200,000 ``<div>`` (real pages stay under a few dozen levels), but a hostile or
broken one can, and the parser, then every walk over the tree, costs far more than linear: 100,000
levels took 21 s in the parser alone and 200,000 never finished.  Container tags past
``MAX_DEPTH`` levels of the same name are dropped with their closing tags; the text inside is
kept, so ``<div><div>…<p>上海人工智能公司发布新模型。</p>…</div></div>`` still gives its sentence.
"""

from __future__ import annotations

import re

MAX_DEPTH = 256
#: Tags that wrap content and are never closed implicitly by a sibling (``<p>`` and ``<li>`` are:
#: a page of unclosed paragraphs is not deep).
CONTAINERS = (
    "div",
    "span",
    "section",
    "article",
    "main",
    "aside",
    "nav",
    "header",
    "footer",
    "font",
    "center",
    "blockquote",
    "table",
    "ul",
    "ol",
    "dl",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "small",
    "big",
    "sub",
    "sup",
)
_TAG = re.compile(r"<(/?)(" + "|".join(CONTAINERS) + r")\b[^>]*>", re.IGNORECASE)


def flatten_nesting(html: str, limit: int = MAX_DEPTH) -> tuple[str, int]:
    """``html`` with container tags deeper than ``limit`` (per tag name) removed, and how many."""
    if html.count("<") <= limit:
        return html, 0  # too few tags to be that deep: the usual case costs one count
    depth: dict[str, int] = {}
    dropped: dict[str, int] = {}
    removed = 0

    def keep_or_drop(match: re.Match[str]) -> str:
        nonlocal removed
        name = match[2].lower()
        if match[1]:  # a closing tag: it closes a dropped opening first
            if dropped.get(name):
                dropped[name] -= 1
                removed += 1
                return ""
            depth[name] = max(0, depth.get(name, 0) - 1)
            return match[0]
        if match[0].endswith("/>"):
            return match[0]
        if depth.get(name, 0) >= limit:
            dropped[name] = dropped.get(name, 0) + 1
            removed += 1
            return ""
        depth[name] = depth.get(name, 0) + 1
        return match[0]

    flat = _TAG.sub(keep_or_drop, html)
    return (flat, removed) if removed else (html, 0)
