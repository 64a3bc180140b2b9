"""Main text and metadata of a full web page.

(First cut: the whole visible body.  Replaced by the density-based extractor.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiwatch.read.htmltext import html_to_text


@dataclass
class Page:
    body: str
    title: str | None = None
    hints: dict[str, Any] = field(default_factory=dict)


def extract_page(html: str, url: str | None = None) -> Page:
    return Page(body=html_to_text(html))
