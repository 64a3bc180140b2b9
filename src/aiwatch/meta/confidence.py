"""How far to trust an extracted value: the precision its way of being found had on our dev data.

``data/confidence.yaml`` holds, per kind of value, the precision each source or rule had on the
dev half of the facts set (``python bench/eval_facts.py --calibrate`` writes it): a published date
read from JSON-LD, a source from a self-media account, a figure of kind ``money``, a keyword at
rank 3.  The value is Laplace-smoothed, (right + 1) / (seen + 2), so a rule seen twice is not
trusted like one seen a hundred times.  A key the table lacks gets its section's ``default``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

#: What a metadata value's evidence (``from``) is counted as, by its first word.
_CATEGORIES = {
    "meta": "meta",
    "json-ld": "json-ld",
    "headline": "headline",
    "<title>": "title-tag",
    "<time>": "time-tag",
    "link": "link",
    "line": "line",
    "account": "account",
    "byline": "byline",
    "script": "script",
}


def evidence_category(where: str) -> str:
    """``meta article:published_time`` -> meta, ``url:yyyymmdd`` -> url, ``front matter date`` -> reader."""
    if where.startswith("url:"):
        return "url"
    return _CATEGORIES.get(where.split(" ", 1)[0], "reader")


@cache
def load_table() -> dict[str, dict[str, float]]:
    text = resources.files("aiwatch").joinpath("data/confidence.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text) or {}
    return {section: {str(k): float(v) for k, v in (values or {}).items()} for section, values in data.items()}


def confidence_of(section: str, key: str) -> float:
    values = load_table().get(section, {})
    return round(values.get(key, values.get("default", 0.5)), 3)


def metadata_confidence(field: str, where: str) -> float:
    return confidence_of("metadata", f"{field} {evidence_category(where)}")


def min_confidence(options: object) -> float:
    """The ``--min-confidence`` threshold (0: keep everything)."""
    if getattr(options, "min_confidence", 0.0):
        return float(options.min_confidence)  # type: ignore[attr-defined]
    extra = getattr(options, "extra", None) or {}
    try:
        return float(extra.get("min_confidence") or 0.0)
    except (TypeError, ValueError):
        return 0.0
