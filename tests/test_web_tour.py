"""The README's tour in real Chromium: the demo corpus (``examples/``, as ``make demo`` builds it).

Checks what an analyst's first hour relies on (issue 17): the two trend charts read on one
continuous month axis, the date boxes show the range actually applied, the co-occurrence network
stays small and can be narrowed to one entity type, and the event timeline pages and filters.
The dashboard and an article page are saved to ``test-artifacts/``; with ``AIWATCH_UPDATE_DOCS=1``
also to ``docs/`` for the README (``make screenshots``).
"""

from __future__ import annotations

import itertools
import os
import shutil

import pytest

import test_web_e2e as e2e
from aiwatch.options import Options
from aiwatch.store import open_store
from aiwatch.store.ingest import Ingest
from aiwatch.web import queries
from aiwatch.web.pages import EVENTS_PER_PAGE
from conftest import EXAMPLES, ROOT
from live_servers import serving
from test_web_e2e import ARTIFACTS

# The browser fixtures of the end-to-end tests, over this module's ``server``.
browser = e2e.browser
page = e2e.page

DOCS = ROOT / "docs"
#: The README's screenshots stay small: a clone should not carry megabytes of pictures.
MAX_SCREENSHOT_BYTES = 250_000


@pytest.fixture(scope="module")
def demo_corpus(tmp_path_factory) -> str:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ not found")
    db = str(tmp_path_factory.mktemp("tour") / "demo.db")
    with open_store(db) as store:
        counts = Ingest(store).run([str(EXAMPLES)], Options())
        assert counts.failed == 0, counts.errors
    return db


@pytest.fixture(scope="module")
def server(demo_corpus):
    with serving(demo_corpus) as (base, _port):
        yield base


@pytest.fixture(scope="module")
def corpus_months(demo_corpus) -> tuple[str, str]:
    with open_store(demo_corpus) as store:
        return queries.published_months(store)


def chart_option(page, chart: str, path: str):
    return page.evaluate(f"echarts.getInstanceByDom(document.getElementById('{chart}')).getOption().{path}")


def next_month(month: str) -> str:
    year, number = map(int, month.split("-"))
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def open_dashboard(page, url: str) -> None:
    page.goto(url)
    for chart in ("chart-technologies", "chart-industries", "chart-network"):
        page.wait_for_selector(f"#{chart}[data-rendered]")


def test_trend_charts_share_one_continuous_month_axis(page, server, corpus_months) -> None:
    open_dashboard(page, server + "/dashboard")
    axes = [chart_option(page, chart, "xAxis[0].data") for chart in ("chart-technologies", "chart-industries")]
    assert axes[0] == axes[1], "the charts side by side must show the same months"
    months = axes[0]
    assert (months[0], months[-1]) == corpus_months
    assert all(next_month(a) == b for a, b in itertools.pairwise(months)), "a month is missing"
    # A period starting before the corpus: its first months are on the axis, empty.
    open_dashboard(page, server + "/dashboard?since=2023-10")
    assert chart_option(page, "chart-industries", "xAxis[0].data.slice(0, 4)") == [
        "2023-10",
        "2023-11",
        "2023-12",
        "2024-01",
    ]
    counts = chart_option(page, "chart-technologies", "series.map(s => s.data.slice(0, 3))")
    assert counts and all(n == 0 for series in counts for n in series), "months without articles are empty"


def test_the_date_boxes_show_the_range_applied(page, server, corpus_months) -> None:
    open_dashboard(page, server + "/dashboard")
    assert (page.input_value("#since"), page.input_value("#until")) == corpus_months
    assert "全部文章" in page.inner_text("#applied")
    page.fill("#since", "2024-06")
    page.click(".period button")
    page.wait_for_url("**/dashboard?since=2024-06*")
    page.wait_for_selector("#chart-technologies[data-rendered]")
    assert (page.input_value("#since"), page.input_value("#until")) == ("2024-06", corpus_months[1])
    assert f"2024-06 至 {corpus_months[1]}" in page.inner_text("#applied")
    assert chart_option(page, "chart-technologies", "xAxis[0].data[0]") == "2024-06"


def test_network_is_bounded_and_narrows_to_one_type(page, server) -> None:
    open_dashboard(page, server + "/dashboard")
    nodes = chart_option(page, "chart-network", "series[0].data.length")
    links = chart_option(page, "chart-network", "series[0].links.length")
    assert 2 <= nodes <= queries.NETWORK_NODES
    assert links <= 2 * queries.NETWORK_NODES
    page.locator(".net-types a", has_text="地点").click()
    page.wait_for_url("**net=LOC*")
    page.wait_for_selector("#chart-network[data-rendered]")
    categories = chart_option(page, "chart-network", "series[0].data.map(n => n.category)")
    assert categories and set(categories) == {2}, "only places (category 2) after choosing 地点"
    assert page.locator(".net-types a.on").inner_text() == "地点"


def test_timeline_pages_and_filters(page, server) -> None:
    open_dashboard(page, server + "/dashboard")
    first = page.locator("#timeline > li").all_inner_texts()
    assert len(first) == EVENTS_PER_PAGE
    assert "第 1 /" in page.inner_text("#events .pager")
    page.locator("#events .pager a[rel=next]").click()
    page.wait_for_url("**ev_page=2*")
    second = page.locator("#timeline > li").all_inner_texts()
    assert second and not set(second) & set(first)
    # One outlet's events only.
    outlet = page.locator("select[name=ev_source] option").nth(1).inner_text()
    page.select_option("select[name=ev_source]", outlet)
    page.click(".event-filters button")
    page.wait_for_url("**ev_source=*")
    sources = page.locator("#timeline .src").all_inner_texts()
    assert sources and set(sources) == {outlet}
    # One type of event only (when the events stage typed them).
    page.goto(server + "/dashboard#events")
    if page.locator("select[name=ev_type]").count():
        kind = page.locator("select[name=ev_type] option").nth(1).get_attribute("value")
        page.select_option("select[name=ev_type]", kind)
        page.click(".event-filters button")
        page.wait_for_url("**ev_type=*")
        types = page.locator("#timeline > li").evaluate_all("items => items.map(li => li.dataset.type)")
        assert types and set(types) == {kind}
    # One entity's events only: every event listed names it.
    page.goto(server + "/dashboard?ev_entity=合肥市")
    texts = page.locator("#timeline > li").all_inner_texts()
    assert texts and all("合肥" in text for text in texts)


def test_screenshots_of_the_tour(page, server) -> None:
    page.set_viewport_size({"width": 1200, "height": 820})
    open_dashboard(page, server + "/dashboard")
    save(page, "tour-dashboard")
    page.goto(server + "/?q=智算")
    page.click(".hit h2 a")
    page.wait_for_selector("#article-body")
    save(page, "tour-article")


def save(page, name: str) -> None:
    """The visible part of the page (not the whole length: the README's pictures stay small)."""
    ARTIFACTS.mkdir(exist_ok=True)
    made = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(made))
    assert made.stat().st_size < MAX_SCREENSHOT_BYTES
    if os.environ.get("AIWATCH_UPDATE_DOCS") == "1":
        DOCS.mkdir(exist_ok=True)
        shutil.copyfile(made, DOCS / f"{name.removeprefix('tour-')}.png")


@pytest.mark.parametrize("name", ["dashboard", "article"])
def test_readme_screenshots_are_committed_and_small(name) -> None:
    picture = DOCS / f"{name}.png"
    assert picture.is_file(), f"{picture} is missing: make screenshots"
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size < MAX_SCREENSHOT_BYTES
    assert f"docs/{name}.png" in (ROOT / "README.md").read_text(encoding="utf-8")
