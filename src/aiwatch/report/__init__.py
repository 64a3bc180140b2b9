"""Corpus reports: analytics over the store, rendered as Markdown, HTML (offline charts) or JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiwatch.report.analytics import build_report
from aiwatch.report.render import render_html, render_json, render_markdown

RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "md": render_markdown,
    "html": render_html,
    "json": render_json,
}

__all__ = ["RENDERERS", "build_report"]
