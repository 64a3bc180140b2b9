"""The HTML report: Plotly charts with plotly.js embedded once, so the file opens offline.

Plotly was chosen over pyecharts because its wheel carries plotly.js itself
(``include_plotlyjs=True`` inlines it); pyecharts points the page at a CDN unless a local copy of
ECharts is served, which an analyst's laptop on a train does not have.
"""

from __future__ import annotations

import html
from typing import Any

import plotly.graph_objects as go

CHART_HEIGHT = 380
FONT = "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif"


def _text(value: Any) -> str:
    """Article text for a Plotly label or hover: Plotly reads ``<br>``, ``<b>`` and ``<a href>`` in
    it as markup, so a name such as 《<a href=//evil.example>报告》 is escaped (Plotly shows
    ``&lt;`` as ``<``)."""
    return html.escape(str("" if value is None else value), quote=False)


def _layout(fig: go.Figure, title: str, height: int = CHART_HEIGHT) -> go.Figure:
    fig.update_layout(
        title=title,
        height=height,
        margin={"l": 140, "r": 30, "t": 60, "b": 50},
        font={"family": FONT},
        template="plotly_white",
        showlegend=False,
    )
    if not fig.data:
        fig.add_annotation(text="no data for this period", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    return fig


def month_span(report: dict[str, Any]) -> list[str]:
    """Every month from the first to the last article or event: the report's one time axis.

    A corpus with a stray 2007-08 article beside 2012-06 ones shows the gap between them, and the
    month chart and the event timeline line up (issue 17).
    """
    months = [m["month"] for m in report["articles_per_month"] if m["month"] != "undated"]
    months += [e["date"][:7] for e in report["timeline"] if len(e.get("date") or "") >= 7]
    if not months:
        return []
    last = tuple(map(int, max(months).split("-")))
    # At most 100 years, the latest ones: a stray 1900 date must not push this year off the axis.
    oldest = divmod(last[0] * 12 + last[1] - 1 - 1199, 12)
    year, month = max(tuple(map(int, min(months).split("-"))), (oldest[0], oldest[1] + 1))
    span = []
    while (year, month) <= last:
        span.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return span


def _month_axis(fig: go.Figure, span: list[str]) -> None:
    """A continuous date axis over ``span`` (whole months), shared by the charts that use it."""
    if span:
        year, month = map(int, span[-1].split("-"))
        after = f"{year + month // 12:04d}-{month % 12 + 1:02d}-01"
        fig.update_xaxes(type="date", range=[f"{span[0]}-01", after], tickformat="%Y-%m")


def month_chart(report: dict[str, Any]) -> go.Figure:
    counts = {m["month"]: m["articles"] for m in report["articles_per_month"]}
    span = month_span(report)
    fig = go.Figure()
    if span:
        # Every month of the span, empty ones as zero: the gaps are part of the picture.
        fig.add_bar(
            x=[f"{m}-01" for m in span],
            y=[counts.get(m, 0) for m in span],
            xperiod="M1",
            xperiodalignment="middle",
            marker_color="#3366aa",
            hovertemplate="%{x|%Y-%m}: %{y}<extra></extra>",
        )
    _month_axis(fig, span)
    undated = counts.get("undated")
    return _layout(fig, "Articles per month" + (f" ({undated} undated not shown)" if undated else ""))


def trend_chart(trend: dict[str, Any], label: str) -> go.Figure:
    """Rising and falling terms as one diverging bar chart (change in share of articles)."""
    fig = go.Figure()
    changes = list(reversed(trend.get("falling", []))) + list(reversed(trend.get("rising", [])))
    changes = sorted(changes, key=lambda c: c["change"])
    if changes:
        fig.add_bar(
            x=[round(c["change"] * 100, 2) for c in changes],
            y=[_text(c["name"]) for c in changes],
            orientation="h",
            marker_color=["#c0392b" if c["change"] < 0 else "#27ae60" for c in changes],
            hovertext=[f"{_pct(c['early_share'])} → {_pct(c['late_share'])}" for c in changes],
        )
        title = f"{label}: rising and falling (change in share of articles, points)"
    else:
        top = list(reversed(trend.get("top", [])))
        if top:
            fig.add_bar(x=[t["articles"] for t in top], y=[_text(t["name"]) for t in top], orientation="h")
        title = f"{label}: articles (one month only, no trend)"
    return _layout(fig, title, height=max(CHART_HEIGHT, 26 * len(fig.data[0].y) + 120) if fig.data else CHART_HEIGHT)


def _pct(share: float) -> str:
    return f"{share * 100:.1f}%"


def ranking_chart(items: list[dict[str, Any]], title: str, color: str) -> go.Figure:
    items = list(reversed(items))
    fig = go.Figure()
    if items:
        fig.add_bar(
            x=[i["articles"] for i in items],
            y=[_text(i["name"]) for i in items],
            orientation="h",
            marker_color=color,
            hovertext=[f"{i['mentions']} mentions" for i in items],
        )
    return _layout(fig, title, height=max(CHART_HEIGHT, 26 * len(items) + 120))


def pair_chart(pairs: list[dict[str, Any]]) -> go.Figure:
    pairs = list(reversed(pairs))
    fig = go.Figure()
    if pairs:
        fig.add_bar(
            x=[p["articles"] for p in pairs],
            y=[_text(f"{p['first']} · {p['second']}") for p in pairs],
            orientation="h",
            marker_color="#8e44ad",
        )
    return _layout(fig, "Named together (articles)", height=max(CHART_HEIGHT, 26 * len(pairs) + 120))


def timeline_chart(timeline: list[dict[str, Any]], span: list[str] | None = None) -> go.Figure:
    dated = [e for e in timeline if len(e["date"] or "") >= 7]
    fig = go.Figure()
    if dated:
        fig.add_scatter(
            x=[e["date"][:10] if len(e["date"]) >= 10 else e["date"][:7] + "-01" for e in dated],
            y=[len(e["sources"]) or 1 for e in dated],  # an article without a named source is still one
            mode="markers",
            marker={"size": [8 + 3 * min(len(e["reports"]), 10) for e in dated], "color": "#e67e22", "opacity": 0.8},
            hovertext=[f"{_text(e['text'][:60])}<br>{_text('、'.join(e['sources']))}" for e in dated],
            hoverinfo="text+x",
        )
    fig.update_yaxes(title="sources", rangemode="tozero", dtick=1)
    _month_axis(fig, span or [])
    return _layout(fig, "Event timeline (one point per event, height = number of sources)")


def figures_for(report: dict[str, Any]) -> list[tuple[str, go.Figure]]:
    """(section id, figure) for every chart of the page, in page order."""
    entities = report["entities"]
    return [
        ("months", month_chart(report)),
        ("technologies", trend_chart(report["technologies"], "Technologies")),
        ("industries", trend_chart(report["industries"], "Industries")),
        ("organisations", ranking_chart(entities["organisations"], "Organisations (articles)", "#2c7fb8")),
        ("people", ranking_chart(entities["people"], "People (articles)", "#d95f0e")),
        ("places", ranking_chart(entities["places"], "Places (articles)", "#31a354")),
        ("pairs", pair_chart(report["co_occurrences"])),
        ("timeline", timeline_chart(report["timeline"], month_span(report))),
    ]


def _esc(value: Any) -> str:
    return html.escape(str("" if value is None else value))


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return "<p><em>none</em></p>"
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _figures_section(report: dict[str, Any]) -> str:
    parts = []
    for org in report["figures"]:
        rows = [[f["text"], f["year"], f["context"], f"{f['title']} ({f['published'] or '?'})"] for f in org["figures"]]
        parts.append(
            f"<h3>{_esc(org['organisation'])} ({org['count']})</h3>"
            + _table(["figure", "year", "context", "article"], rows)
        )
    return "".join(parts) or "<p><em>none</em></p>"


def _timeline_section(report: dict[str, Any]) -> str:
    rows = [
        [e["date"], e["text"], "、".join(e["entities"][:6]), "、".join(e["sources"]), len(e["reports"])]
        for e in report["timeline"]
    ]
    return _table(["date", "event", "entities", "sources", "reports"], rows)


STYLE = f"""
body {{ font-family: {FONT}; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }}
h1 {{ font-size: 1.6em; }} h2 {{ margin-top: 2em; border-bottom: 1px solid #ddd; }}
table {{ border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; font-size: .9em; }}
th, td {{ border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }}
th {{ background: #f4f4f4; }} .summary {{ font-size: 1.05em; }}
"""


def render_page(report: dict[str, Any]) -> str:
    totals = report["totals"]
    period = report["period"]
    charts = []
    for number, (section, fig) in enumerate(figures_for(report)):
        # plotly.js goes inline once, with the first chart; the others reuse it.
        chart = fig.to_html(full_html=False, include_plotlyjs=number == 0, config={"displaylogo": False})
        charts.append(f'<section id="{section}" class="chart">{chart}</section>')
    title = f"aiwatch corpus report: {period['since'] or 'start'} – {period['until'] or 'now'}"
    summary = (
        f"{totals['originals']} articles ({totals['duplicates']} near-duplicate copies not counted) from "
        f"{totals['sources']} sources; {totals['events']} events, {totals['multi_source_events']} reported "
        "by more than one source."
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{_esc(title)}</title>
<style>{STYLE}</style></head>
<body>
<h1>{_esc(title)}</h1>
<p class="summary">{_esc(summary)}</p>
<h2>Volume and trends</h2>
{"".join(charts[:3])}
<h2>Most mentioned</h2>
{"".join(charts[3:6])}
<h2>Named together</h2>
{charts[6]}
<h2>Figures per organisation</h2>
{_figures_section(report)}
<h2>Event timeline</h2>
{charts[7]}
{_timeline_section(report)}
</body></html>
"""
