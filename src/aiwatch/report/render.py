"""The report as Markdown, JSON, or a self-contained HTML page with charts."""

from __future__ import annotations

import json
from typing import Any


def render_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _cell(value: Any) -> str:
    return str("" if value is None else value).replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    if not rows:
        return ["_none_", ""]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return [*lines, ""]


def _period_title(report: dict[str, Any]) -> str:
    period = report["period"]
    return f"{period['since'] or 'start'} – {period['until'] or 'now'}"


def _points(share: float) -> str:
    return f"{share * 100:.1f}%"


def render_markdown(report: dict[str, Any]) -> str:
    totals = report["totals"]
    lines = [
        f"# aiwatch corpus report: {_period_title(report)}",
        "",
        f"{totals['originals']} articles ({totals['duplicates']} near-duplicate copies not counted) "
        f"from {totals['sources']} sources; {totals['events']} events, "
        f"{totals['multi_source_events']} reported by more than one source.",
        "",
        "## Articles per month",
        "",
        *_table(["month", "articles"], [[m["month"], m["articles"]] for m in report["articles_per_month"]]),
    ]
    for key, label in (("technologies", "Technologies"), ("industries", "Industries")):
        trend = report[key]
        lines += [f"## {label}", ""]
        lines += _table(["name", "en", "articles"], [[t["name"], t["en"], t["articles"]] for t in trend["top"]])
        if trend.get("late"):
            span = f"{trend['early'][0]}–{trend['early'][-1]} vs {trend['late'][0]}–{trend['late'][-1]}"
            for direction in ("rising", "falling"):
                lines += [f"### {label} {direction} (share of articles, {span})", ""]
                lines += _table(
                    ["name", "before", "after", "change (points)"],
                    [
                        [c["name"], _points(c["early_share"]), _points(c["late_share"]), f"{c['change'] * 100:+.1f}"]
                        for c in trend[direction]
                    ],
                )
    lines += ["## Most mentioned", ""]
    for label, items in report["entities"].items():
        lines += [f"### {label.capitalize()}", ""]
        lines += _table(["name", "articles", "mentions"], [[e["name"], e["articles"], e["mentions"]] for e in items])
    lines += ["## Named together", ""]
    lines += _table(
        ["first", "second", "articles"],
        [[f"{p['first']} ({p['first_type']})", f"{p['second']} ({p['second_type']})", p["articles"]]
         for p in report["co_occurrences"]],
    )  # fmt: skip
    lines += ["## Figures per organisation", ""]
    for org in report["figures"]:
        lines += [f"### {org['organisation']} ({org['count']})", ""]
        lines += _table(
            ["figure", "year", "context", "article"],
            [[f["text"], f["year"], f["context"], f"{f['title']} ({f['published'] or '?'})"] for f in org["figures"]],
        )
    lines += ["## Event timeline", ""]
    lines += _table(
        ["date", "event", "entities", "sources"],
        [[e["date"], e["text"], "、".join(e["entities"][:6]), "、".join(e["sources"]) + f" ({len(e['reports'])})"]
         for e in report["timeline"]],
    )  # fmt: skip
    return "\n".join(lines)


def render_html(report: dict[str, Any]) -> str:
    from aiwatch.report.html import render_page

    return render_page(report)
