"""Plugins: readers, stages, writers, exporters and fetchers found through Python entry points.

A package adds to aiwatch by declaring entry points in its ``pyproject.toml``::

    [project.entry-points."aiwatch.stages"]
    sentiment = "my_package.stages:SentimentStage"      # a Stage subclass
    [project.entry-points."aiwatch.readers"]
    docx = "my_package.readers:DOCX_READER"             # an aiwatch.read.registry.Reader
    [project.entry-points."aiwatch.fetchers"]
    ftp = "my_package.fetch:fetch_ftp"                  # URL -> aiwatch.read.Input or AiwatchError

aiwatch's own built-ins are registered the same way (see its ``pyproject.toml``).  A plugin that
cannot be imported is skipped with a warning naming it; it never stops aiwatch from starting.
This module only finds and loads entry points; each registry (``read.registry``, ``write``,
``store.export``, ``pipeline.stage_classes``, ``read.inputs.fetch_url``) takes what belongs to
it, so nothing here imports them (no import cycle).
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from typing import Any

log = logging.getLogger(__name__)

GROUPS = {
    "readers": "aiwatch.readers",
    "stages": "aiwatch.stages",
    "writers": "aiwatch.writers",
    "exporters": "aiwatch.exporters",
    "fetchers": "aiwatch.fetchers",
}


def load_group(kind: str) -> dict[str, Any]:
    """``name -> object`` for every entry point of one group that loads (first one of a name wins,
    unless a later one is not aiwatch's own: a plugin may replace a built-in, say an LLM entity stage)."""
    found: dict[str, Any] = {}
    for point in installed(GROUPS[kind]):
        try:
            value = point.load()
        except Exception as exc:  # a broken plugin costs its own feature, not the program
            why = f"{type(exc).__name__}: {exc}"
            log.warning("plugin %s %r (%s) cannot be loaded: %s", kind, point.name, point.value, why)
            continue
        if point.name in found and _is_builtin(value):
            continue
        if point.name in found:
            log.info("plugin %s %r (%s) replaces the built-in", kind, point.name, point.value)
        found[point.name] = value
    return found


@cache
def installed(group: str) -> tuple[EntryPoint, ...]:
    """The entry points of one group, read once per process: what is installed does not change
    while it runs (a test that adds a plugin runs aiwatch in a new process)."""
    return tuple(entry_points(group=group))


def _is_builtin(value: Any) -> bool:
    return getattr(value, "__module__", "").startswith("aiwatch.")
