"""End to end: ``aiwatch serve`` in a subprocess, the pages driven in headless Chromium.

Playwright drives the Debian ``chromium`` (``.ci/run`` installs it; ``playwright install`` is
never used: nothing is downloaded).  Each page is saved to ``test-artifacts/`` as a screenshot.
The corpus is ``test_web_api``'s pipeline-built one, plus the seed documents when ``../shared`` is
beside the clone, so the seeds' entities, events and figures are checked in the browser too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from aiwatch.options import Options
from aiwatch.store import open_store
from aiwatch.store.ingest import Ingest
from conftest import ROOT, SEEDS
from live_servers import CHROMIUM_ARGS, chromium, serving
from test_web_api import build_corpus

ARTIFACTS = ROOT / "test-artifacts"

#: A 《》 title holding markup becomes a DOC entity named ``<img src=x onerror=alert(1)>报告`` (issue 10):
#: three articles name it beside 《算力租赁白皮书》, and nothing else does: among documents (``net=DOC``)
#: the pair is the strongest link of the network.
HOSTILE_TITLE = "<img src=x onerror=alert(1)>报告"
HOSTILE_BODIES = [
    "商汤科技发布《{t}》和《算力租赁白皮书》，华为参与编写，报告认为推理成本将继续下降。",
    "在上海举行的论坛上，《{t}》与《算力租赁白皮书》再次被提起：商汤科技表示其多模态模型已服务三千家客户。",
    "华为与商汤科技的专家围绕《{t}》和《算力租赁白皮书》讨论了算力租赁价格，双方都认为智算中心建设会加快。",
]
HOSTILE_RECORDS = [
    {
        "title": f"报告解读之{n + 1}",
        "published": f"2024-0{n + 5}-10",
        "source": "测试日报",
        "body": body.format(t=HOSTILE_TITLE),
    }
    for n, body in enumerate(HOSTILE_BODIES)
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e")
    db = build_corpus(folder)
    hostile = folder / "hostile.json"
    hostile.write_text(json.dumps(HOSTILE_RECORDS, ensure_ascii=False), encoding="utf-8")
    inputs = [str(hostile)] + ([str(SEEDS)] if SEEDS.is_dir() else [])
    with open_store(db) as store:
        Ingest(store).run(inputs, Options())
    with serving(db, token="") as (base, _port):
        yield base


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = chromium()
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    """A page that records every request leaving for another host and every script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    opened = context.new_page()
    opened.outside = []
    opened.errors = []
    opened.on("request", lambda r: None if r.url.startswith((server, "data:")) else opened.outside.append(r.url))
    opened.on("pageerror", lambda e: opened.errors.append(str(e)))
    opened.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    yield opened
    assert opened.outside == [], "pages must not load anything from the internet"
    assert opened.errors == []
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_with_filters(page, server) -> None:
    page.goto(server + "/")
    page.fill("input[name=q]", "大模型")
    page.click(".search-row button")
    page.wait_for_selector(".hit")
    assert page.locator(".hit").count() >= 2
    assert page.locator(".snippet mark").first.inner_text() == "大模型"
    shot(page, "search")
    page.click(".filters summary")
    page.select_option("select[name=source]", "第一财经")
    page.click(".filter-actions button")
    page.wait_for_load_state()
    assert "source=" in page.url
    titles = page.locator(".hit h2").all_inner_texts()
    assert titles == ["日日新5.0亮相 商汤押注多模态"]
    shot(page, "search-filtered")


def chip_texts(chips) -> list[str]:
    return ["".join(text.split()) for text in chips.all_inner_texts()]


def test_facets_beside_the_results_narrow_the_search(page, server) -> None:
    page.goto(server + "/?q=" + "日日新")
    sources = page.locator('.facet[data-facet="sources"] .chip')
    assert sorted(chip_texts(sources)) == sorted(["第一财经1", "澎湃新闻1"])
    page.locator('.facet[data-facet="months"] .chip', has_text="2024-04").click()
    page.wait_for_load_state()
    assert "since=2024-04" in page.url and "until=2024-04" in page.url
    page.locator('.facet[data-facet="sources"] .chip', has_text="澎湃新闻").click()
    page.wait_for_load_state()
    assert page.locator(".hit h2").all_inner_texts() == ["商汤科技发布日日新5.0大模型 推理成本下降六成"]
    assert chip_texts(page.locator('.facet[data-facet="sources"] .chip.on')) == ["澎湃新闻1×"]
    shot(page, "search-facets")
    page.locator('.facet[data-facet="sources"] .chip.on').click()  # the chosen value's × takes it off
    page.wait_for_load_state()
    assert "source=" not in page.url and page.locator(".hit").count() == 2


def test_article_view_marks_entities_figures_events(page, server) -> None:
    page.goto(server + "/?q=日日新&source=澎湃新闻")
    page.click(".hit h2 a")
    page.wait_for_selector("#article-body")
    assert page.locator("#article-body a.ent-ORG", has_text="商汤科技").count() >= 3
    assert page.locator("#article-body a.ent-PER", has_text="徐立").count() == 1
    assert page.locator("#article-body mark.fig", has_text="34.9亿元").count() == 1
    assert page.locator("#article-body span.evt[data-date='2024-04-10']").count() == 1
    shot(page, "article")
    page.locator("#article-body a.ent-PER", has_text="徐立").click()
    page.wait_for_selector(".entity-head h1")
    assert page.locator(".entity-head h1").inner_text() == "徐立"
    page.wait_for_selector("#chart-months[data-rendered] canvas")
    assert "澎湃新闻" in page.locator(".timeline").inner_text()
    shot(page, "entity")


def test_article_shows_evidence_of_events_and_entities_on_hover_and_focus(page, server) -> None:
    page.goto(server + "/?q=日日新&source=澎湃新闻")
    page.click(".hit h2 a")
    page.wait_for_selector("#article-body")
    event = page.locator(".events li.has-evidence").first
    tip = event.locator(".evidence")
    assert not tip.is_visible()
    event.hover()
    assert tip.is_visible()
    sentence = tip.locator("q").inner_text()
    assert sentence and sentence in page.locator("#article-body").inner_text()  # the article's own words
    assert tip.locator("mark.trigger").count() == 1
    assert "可信度" in tip.locator(".ev-head").inner_text()
    shot(page, "article-event-evidence")
    page.mouse.move(0, 0)
    assert not tip.is_visible()
    event.focus()  # the keyboard reaches it (tabindex) and the sentence shows without a mouse
    assert tip.is_visible()
    assert event.get_attribute("aria-describedby") == tip.get_attribute("id")
    person = page.locator(".side .has-evidence", has=page.locator("a.chip", has_text="徐立"))
    person.hover()
    said = person.locator(".evidence")
    assert said.is_visible()
    assert said.locator("mark.ent").first.inner_text() == "徐立"
    assert said.locator("q").first.inner_text() in page.locator("#article-body").inner_text()
    shot(page, "article-entity-evidence")


def test_hostile_article_stays_text(page, server) -> None:
    page.goto(server + "/?q=攻击者")
    page.click(".hit h2 a")
    page.wait_for_selector("#article-body")
    assert "<script>alert" in page.locator("#article-body").inner_text()
    assert page.evaluate("document.querySelectorAll('#article-body script, #article-body img').length") == 0


def test_dashboard_charts_and_timeline(page, server) -> None:
    page.goto(server + "/dashboard")
    for chart in ("chart-technologies", "chart-industries", "chart-network"):
        page.wait_for_selector(f"#{chart}[data-rendered]")
    for chart in ("chart-technologies", "chart-network"):  # the small corpus names no industry
        assert page.locator(f"#{chart} canvas").count() >= 1
    shared = page.locator("#timeline li.shared", has_text="日日新5.0")
    assert shared.count() == 1
    assert shared.locator(".src").all_inner_texts() == ["澎湃新闻", "第一财经"]
    shot(page, "dashboard")
    page.goto(server + "/entities?type=ORG")
    assert page.locator(".entity-table tbody tr").count() > 2
    shot(page, "entities")


def test_network_tooltip_shows_markup_in_entity_names_as_text(page, server) -> None:
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/dashboard?net=DOC")
    page.wait_for_selector("#chart-network[data-rendered] canvas")
    names = page.evaluate(NETWORK_NODES)
    assert HOSTILE_TITLE in names
    index = names.index(HOSTILE_TITLE)
    # A real hover over the node first, then the tooltip of every node and link through ECharts.
    # Where to put the pointer is asked of the chart each time, in the page's own coordinates: a
    # point ECharts' own hit test gives to that node (not to a neighbour drawn over part of it), in
    # the canvas where it is now (charts above it may still be growing on a loaded machine, which
    # moves it down the page). The pointer then really moves there: a real hover, never a dispatched one.
    for _ in range(30):
        page.locator("#chart-network").scroll_into_view_if_needed()
        aim = page.evaluate(NODE_AIM, index)
        if aim is not None:
            page.mouse.move(*aim)
            page.wait_for_timeout(300)
            if HOSTILE_TITLE in page.evaluate(TOOLTIP_TEXT):
                break
        page.mouse.move(1, 1)  # off the chart's nodes, to hover afresh
        page.wait_for_timeout(200)
    hovered = page.evaluate(TOOLTIP_HTML)
    assert HOSTILE_TITLE in page.evaluate(TOOLTIP_TEXT), hovered
    assert page.evaluate(TOOLTIP_ELEMENTS) == 0
    for data_type, count in (("node", len(names)), ("edge", page.evaluate(NETWORK_EDGES))):
        for number in range(count):
            page.evaluate(SHOW_TIP, [data_type, number])
            assert page.evaluate(TOOLTIP_ELEMENTS) == 0, page.evaluate(TOOLTIP_HTML)
    assert dialogs == []
    assert page.evaluate("document.querySelectorAll('img').length") == 0


NETWORK = "echarts.getInstanceByDom(document.getElementById('chart-network'))"
NETWORK_NODES = f"() => {NETWORK}.getOption().series[0].data.map(n => n.name)"
NETWORK_EDGES = f"() => {NETWORK}.getOption().series[0].links.length"
# A point in the viewport that ECharts' hit test gives to node ``index`` (its centre when nothing is
# drawn over it, else the first point of rings around it that is its own), or null.
NODE_AIM = f"""(index) => {{
  const chart = {NETWORK};
  const data = chart.getModel().getSeriesByIndex(0).getData();
  const node = data.getItemGraphicEl(index);
  const [x, y] = chart.convertToPixel({{seriesIndex: 0}}, data.getItemLayout(index));
  const size = data.getItemVisual(index, "symbolSize");
  const radius = (Array.isArray(size) ? size[0] : size) / 2;
  const handler = chart.getZr().handler;
  const owns = (target) => {{
    for (let el = target; el; el = el.parent) if (el === node) return true;
    return false;
  }};
  const canvas = chart.getDom().querySelector("canvas").getBoundingClientRect();
  for (const ring of [0, 0.3, 0.55, 0.8]) {{
    for (let step = 0; step < (ring ? 12 : 1); step++) {{
      const px = x + Math.cos(step * Math.PI / 6) * radius * ring;
      const py = y + Math.sin(step * Math.PI / 6) * radius * ring;
      if (owns(handler.findHover(px, py).target)) return [canvas.left + px, canvas.top + py];
    }}
  }}
  return null;
}}"""
SHOW_TIP = (
    f"([dataType, index]) => {NETWORK}.dispatchAction({{type: 'showTip', seriesIndex: 0, dataType, dataIndex: index}})"
)
# ECharts puts the tooltip in a div inside the chart's element; anything but text and its
# own colour markers there came from a name.
TOOLTIP = "Array.from(document.querySelectorAll('#chart-network > div')).filter(d => !d.querySelector('canvas'))"
TOOLTIP_ELEMENTS = f"() => {TOOLTIP}.reduce((n, d) => n + d.querySelectorAll('img, a, script, iframe').length, 0)"
TOOLTIP_HTML = f"() => {TOOLTIP}.map(d => d.innerHTML).join('|')"
TOOLTIP_TEXT = f"() => {TOOLTIP}.map(d => d.textContent).join('|')"


def test_pages_fit_a_phone(browser, server) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    phone = context.new_page()
    for path, name in (
        ("/?q=大模型", "phone-search"),
        ("/?q=日日新&source=澎湃新闻", None),
        ("/dashboard", "phone-dashboard"),
    ):
        phone.goto(server + path)
        if name is None:
            phone.click(".hit h2 a")
            phone.wait_for_selector("#article-body")
            name = "phone-article"
        phone.wait_for_timeout(300)
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name} is wider than the phone by {overflow}px"
        shot(phone, name)
    context.close()


def test_seed_article_shows_its_entities_events_and_figures(page, server) -> None:
    if not SEEDS.is_dir():
        pytest.skip("seed documents not found (../shared is not beside this clone)")
    page.goto(server + "/?q=商汤科技 疫情防控")
    page.click(".hit h2 a")
    page.wait_for_selector("#article-body")
    body = page.locator("#article-body")
    assert body.locator("a.ent-ORG", has_text="商汤科技").count() > 10
    assert body.locator("mark.fig", has_text="18.53亿元").count() == 1
    assert body.locator("span.evt").count() >= 1
    shot(page, "seed-article")


def test_server_refuses_a_bad_port() -> None:
    # The installed console script, beside the interpreter running the tests (never looked up on PATH).
    script = Path(sys.executable).parent / "aiwatch"
    assert script.is_file(), f"{script} missing: pip install -e . installs it"
    result = subprocess.run([str(script), "serve", "--port", "0"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "--port" in result.stderr
