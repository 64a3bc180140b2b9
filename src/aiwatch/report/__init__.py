"""Corpus reports: analytics over the store, rendered as Markdown, HTML (offline charts) or JSON.

Imports are lazy (as in ``aiwatch.store``): the command line registers ``aiwatch report`` from
``report/commands.py`` without paying for SQLAlchemy and plotly unless a report is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["RENDERERS", "build_report"]


def __getattr__(name: str) -> Any:
    if name == "build_report":
        from aiwatch.report.analytics import build_report

        return build_report
    if name == "RENDERERS":
        from aiwatch.report.render import render_html, render_json, render_markdown

        renderers: dict[str, Callable[[dict[str, Any]], str]] = {
            "md": render_markdown,
            "html": render_html,
            "json": render_json,
        }
        return renderers
    raise AttributeError(name)
