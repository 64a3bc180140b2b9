"""The HTML report's charts in Chromium: one continuous month axis, names shown as text (issues 10, 17).

The corpus of ``test_report`` has articles in 2024-01 and 2024-03 only: the month chart must show
2024-02 as an empty month (a categorical axis put 2024-03 right after 2024-01), and the event
timeline must read on the same months.  A DOC entity named with markup must stay text in Plotly.
"""

from __future__ import annotations

import pytest

from aiwatch.report import RENDERERS, build_report
from aiwatch.report.html import month_span
from aiwatch.store import open_store
from aiwatch.store.ingest import ingest_articles
from live_servers import CHROMIUM_ARGS, chromium
from store_helpers import make_article, org
from test_report import corpus

HOSTILE = "<img src=x onerror=alert(1)>报告"


def hostile_articles() -> list:
    """Two articles naming an organisation whose name carries markup, beside 商汤科技."""
    return [
        make_article(
            f"合作公告{n}",
            f"商汤科技与{HOSTILE}第{n}次签署合作协议，双方将在上海共建实验室。" * (n + 1),
            published=f"2024-03-{10 + n}",
            source="测试日报",
            entities=[org(HOSTILE), org("商汤科技")],
        )
        for n in range(2)
    ]


@pytest.fixture(scope="module")
def report_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    store = open_store(str(folder / "c.db"))
    ingest_articles(store, corpus() + hostile_articles())
    report = build_report(store)
    store.close()
    page_file = folder / "report.html"
    page_file.write_text(RENDERERS["html"](report), encoding="utf-8")
    return page_file, report


def test_month_span_has_every_month_between_the_first_and_the_last(report_page) -> None:
    _page, report = report_page
    span = month_span(report)
    assert span[:3] == ["2024-01", "2024-02", "2024-03"]
    assert "2024-02" not in [m["month"] for m in report["articles_per_month"]]


def test_month_chart_and_timeline_share_one_continuous_axis_in_chromium(report_page) -> None:
    page_file, report = report_page
    span = month_span(report)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as runner:
        browser = runner.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        page = browser.new_context(offline=True).new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_file.as_uri())
        page.wait_for_selector("#timeline .js-plotly-plot .main-svg", timeout=30_000)
        months = page.evaluate(
            PLOT.format(
                section="months",
                what="{type: p.layout.xaxis.type, x: p.data[0].x, y: p.data[0].y, range: p.layout.xaxis.range}",
            )
        )
        timeline = page.evaluate(
            PLOT.format(section="timeline", what="{type: p.layout.xaxis.type, range: p.layout.xaxis.range}")
        )
        images = page.evaluate("document.querySelectorAll('.js-plotly-plot img, .js-plotly-plot a').length")
        shown = page.evaluate("document.body.innerText.includes(" + repr(HOSTILE) + ")")
        browser.close()
    assert months["type"] == "date" and timeline["type"] == "date"
    assert months["x"] == [f"{m}-01" for m in span]
    counted = {m["month"]: m["articles"] for m in report["articles_per_month"]}
    assert months["y"] == [counted.get(m, 0) for m in span]
    assert months["y"][1] == 0  # February is on the axis, empty
    assert months["range"] == timeline["range"] and months["range"][0] == "2024-01-01"
    assert images == 0 and dialogs == []
    assert shown, "the name is shown as the text it is"


AXIS = "{type: p.layout.xaxis.type, range: p.layout.xaxis.range"
PLOT = "(() => {{ const p = document.querySelector('#{section} .js-plotly-plot'); return {what}; }})()"
