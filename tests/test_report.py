"""Corpus report on both backends: volumes, trends, rankings, pairs, figures, cross-source timeline."""

from __future__ import annotations

import json

import pytest

import store_helpers
from aiwatch.report import RENDERERS, build_report
from aiwatch.store.ingest import ingest_articles
from aiwatch.store.timeline import EventRecord, build_timeline
from live_servers import CHROMIUM_ARGS, chromium
from store_helpers import make_article, org, person, place, tech

db_url = store_helpers.db_url
store = store_helpers.store

LLM = tech("大模型", "Large language model")
CV = tech("计算机视觉", "Computer vision")
SENSETIME = org("商汤科技", aliases=("商汤",))
LAUNCH_TEXT = "商汤科技在上海发布日日新大模型5.0"


def event(date: str, text: str, *names: str) -> dict:
    return {"date": date, "date_text": date, "precision": "day", "text": text, "entities": list(names)}


def corpus() -> list:
    """January: computer vision; March: large models.  One launch reported by three outlets."""
    articles = [
        make_article(
            f"视觉检测项目{i}",
            f"第{i}个视觉检测项目在闵行落地，工厂用相机识别零件缺陷，良品率提升。编号{i * 7919}，"
            + "这是关于视觉质检的第" * (i + 1),
            published=f"2024-01-{10 + i:02d}",
            source="解放日报",
            technologies=[CV],
            industries=[tech("制造", "Manufacturing")],
            entities=[org("上海微电子"), place("闵行区")],
        )
        for i in range(3)
    ]
    articles.append(
        make_article(
            "商汤发布日日新5.0",
            "4月23日，商汤科技在上海发布日日新大模型5.0，董事长徐立介绍了新模型的推理能力。商汤科技2023年营收34亿元。",
            published="2024-03-23",
            source="第一财经",
            technologies=[LLM],
            entities=[SENSETIME, person("徐立"), place("上海")],
            events=[event("2024-04-23", LAUNCH_TEXT, "商汤科技", "上海")],
            figures=[
                {"value": 3.4e9, "unit": "元", "text": "34亿元", "context": "商汤科技2023年营收34亿元", "year": 2023}
            ],
        )
    )
    articles.append(
        make_article(
            "商汤日日新大模型升级",
            "商汤4月23日推出日日新大模型5.0版本，徐立称其数学推理和代码能力明显增强，将向金融和政务客户开放。",
            published="2024-03-24",
            source="澎湃新闻",
            technologies=[LLM],
            entities=[SENSETIME, person("徐立")],
            events=[event("2024-04-23", "商汤4月23日推出日日新大模型5.0版本", "商汤科技")],
        )
    )
    # A near-duplicate republication: not counted in volumes, but its outlet joins the timeline.
    first = articles[3]
    articles.append(
        make_article(
            "转载：商汤发布日日新5.0",
            first.body + "（来源：第一财经）责任编辑：王五",
            published="2024-03-25",
            source="新浪财经",
            technologies=[LLM],
            entities=[SENSETIME, person("徐立")],
            events=[event("2024-04-23", LAUNCH_TEXT, "商汤科技")],
        )
    )
    # The same day, another event: must stay separate.
    articles.append(
        make_article(
            "徐汇发布算力券",
            "徐汇区4月23日发放首批算力券，支持中小企业租用智能算力，覆盖大模型训练与推理。",
            published="2024-03-26",
            source="上观新闻",
            technologies=[LLM],
            entities=[org("徐汇区科委"), place("徐汇区")],
            events=[event("2024-04-23", "徐汇区发放首批算力券", "徐汇区科委")],
        )
    )
    return articles


def test_report_contents(store) -> None:
    counts = ingest_articles(store, corpus())
    assert counts.duplicate == 1
    report = build_report(store)
    assert report["totals"]["originals"] == 6 and report["totals"]["duplicates"] == 1
    assert report["articles_per_month"] == [{"month": "2024-01", "articles": 3}, {"month": "2024-03", "articles": 3}]
    trends = report["technologies"]
    assert trends["early"] == ["2024-01"] and trends["late"] == ["2024-03"]
    assert [c["name"] for c in trends["rising"]] == ["大模型"]
    assert [c["name"] for c in trends["falling"]] == ["计算机视觉"]
    assert trends["rising"][0]["change"] == 1.0
    entities = report["entities"]
    assert entities["organisations"][0] == {"name": "上海微电子", "articles": 3, "mentions": 3}
    assert entities["people"] == [{"name": "徐立", "articles": 2, "mentions": 2}]
    pairs = {(p["first"], p["second"]): p["articles"] for p in report["co_occurrences"]}
    assert pairs[("上海微电子", "闵行区")] == 3
    assert pairs[("商汤科技", "徐立")] == 2
    assert report["figures"][0]["organisation"] == "商汤科技"
    assert report["figures"][0]["figures"][0]["text"] == "34亿元"


def test_timeline_merges_one_event_across_sources(store) -> None:
    ingest_articles(store, corpus())
    timeline = build_report(store)["timeline"]
    assert len(timeline) == 2
    launch = next(e for e in timeline if "日日新" in e["text"])
    assert launch["text"] == LAUNCH_TEXT  # the earliest report's wording
    assert launch["sources"] == ["第一财经", "澎湃新闻", "新浪财经"]
    assert len(launch["reports"]) == 3
    assert launch["entities"][0] == "商汤科技"
    other = next(e for e in timeline if "算力券" in e["text"])
    assert other["sources"] == ["上观新闻"]


def test_period_filters_everything(store) -> None:
    ingest_articles(store, corpus())
    report = build_report(store, since="2024-03-01", until="2024-03-31")
    assert report["articles_per_month"] == [{"month": "2024-03", "articles": 3}]
    assert report["entities"]["places"][0]["name"] in {"上海", "徐汇区"}
    assert all(e["name"] != "闵行区" for e in report["entities"]["places"])
    assert report["technologies"]["rising"] == []  # one month: no trend to speak of
    # events are placed by their own date (April), outside March
    assert report["timeline"] == []


def test_empty_corpus_renders(store) -> None:
    report = build_report(store)
    for render in RENDERERS.values():
        assert render(report)


def test_markdown_and_json(store) -> None:
    ingest_articles(store, corpus())
    report = build_report(store)
    markdown = RENDERERS["md"](report)
    assert "## Event timeline" in markdown and "第一财经、澎湃新闻、新浪财经 (3)" in markdown
    assert "| 大模型 | 0.0% | 100.0% | +100.0 |" in markdown
    assert json.loads(RENDERERS["json"](report))["totals"]["sources"] == 5


def test_same_day_records_without_common_entity_need_near_identical_text() -> None:
    def record(pk: int, text: str, *names: str) -> EventRecord:
        return EventRecord("2024-05-06", "day", text, list(names), pk, f"a{pk}", None, f"s{pk}", None)

    merged = build_timeline(
        [
            record(1, "郑州市政府发布人工智能+行动方案"),
            record(2, "郑州市政府发布人工智能+行动方案。"),
            record(3, "郑州市发布算力设施建设计划"),
        ]
    )
    assert sorted(len(e.reports) for e in merged) == [1, 2]


def _record(pk: int, date: str, precision: str, text: str, *names: str) -> EventRecord:
    return EventRecord(date, precision, text, list(names), pk, f"a{pk}", None, f"s{pk}", None)


def test_coarse_dates_need_the_wording_to_agree_not_just_an_actor() -> None:
    # "2018年" opens many unrelated sentences about 商汤科技: a shared actor does not join them ...
    year = [
        _record(1, "2018", "year", "2018年，商汤科技完成C轮融资", "商汤科技"),
        _record(2, "2018", "year", "2018年商汤科技在香港设立研发中心", "商汤科技"),
    ]
    assert len(build_timeline(year)) == 2
    month = [
        _record(1, "2024-05", "month", "5月，商汤科技发布日日新大模型", "商汤科技"),
        _record(2, "2024-05", "month", "5月商汤科技推出日日新大模型新版本", "商汤科技"),
    ]
    assert len(build_timeline(month)) == 2
    # ... while on one day the same actor and similar wording are one event.
    day = [_record(r.article_pk, "2024-05-06", "day", r.text, *r.entities) for r in month]
    assert [len(e.reports) for e in build_timeline(day)] == [2]
    # A coarse date with nearly the same wording is still one event.
    again = [_record(1, "2024-05", "month", "5月，商汤科技发布日日新大模型", "商汤科技"),
             _record(2, "2024-05", "month", "5月，商汤科技发布日日新大模型。", "商汤科技")]  # fmt: skip
    assert [len(e.reports) for e in build_timeline(again)] == [2]


def test_entity_filter_keeps_events_any_report_names_it() -> None:
    # 澎湃新闻 names 商汤科技 only, 第一财经 names its chairman 徐立 too: the event is 徐立's as well.
    records = [
        _record(1, "2024-04-10", "day", "商汤科技发布日日新5.0大模型", "商汤科技"),
        _record(2, "2024-04-10", "day", "商汤科技董事长徐立发布日日新5.0大模型", "商汤科技", "徐立"),
        _record(3, "2024-04-10", "day", "徐汇区发放首批算力券", "徐汇区"),
    ]
    for_xu = build_timeline(records, entity="徐立")
    assert [len(e.reports) for e in for_xu] == [2] and for_xu[0].text == "商汤科技发布日日新5.0大模型"
    assert build_timeline(records, entity="没有") == []
    newest = build_timeline([*records, _record(4, "2024-04-11", "day", "另一件事")], newest_first=True)
    assert [e.date for e in newest] == ["2024-04-11", "2024-04-10", "2024-04-10"]


def test_merged_entities_by_reports_then_first_naming() -> None:
    # 徐立 and 商汤科技, named by both reports, come first, in the earliest report's order; 上海 after.
    text = "商汤科技董事长徐立在上海发布日日新5.0大模型"
    merged = build_timeline(
        [
            _record(2, "2024-04-10", "day", text, "商汤科技", "徐立"),
            _record(1, "2024-04-10", "day", text, "上海", "徐立", "商汤科技", "上海"),
        ]
    )
    assert [e.entities for e in merged] == [["徐立", "商汤科技", "上海"]]
    (single,) = build_timeline([_record(1, "2024-04-10", "day", text, "徐立", "上海", "徐立")])
    assert single.entities == ["徐立", "上海"] and single.sources == ["s1"]


@pytest.fixture(scope="module")
def chromium_path() -> str:
    return chromium()


def test_html_report_renders_charts_offline(tmp_path, chromium_path: str) -> None:
    """The page opens from a file with the network cut, every chart draws, the console stays clean."""
    from aiwatch.store import open_store

    playwright_api = pytest.importorskip("playwright.sync_api")
    opened = open_store(str(tmp_path / "c.db"))
    ingest_articles(opened, corpus())
    page_file = tmp_path / "report.html"
    page_file.write_text(RENDERERS["html"](build_report(opened)), encoding="utf-8")
    opened.close()
    with playwright_api.sync_playwright() as runner:
        browser = runner.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        context = browser.new_context(offline=True)
        page = context.new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
        page.goto(page_file.as_uri())
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
        plots = page.locator(".js-plotly-plot").count()
        bars = page.locator(".js-plotly-plot .barlayer .point").count()
        timeline_points = page.locator("#timeline .scatterlayer .point").count()
        browser.close()
    assert problems == []
    assert plots == 8
    assert bars > 10
    assert timeline_points == 2


def _typed(pk: int, date: str, text: str, company: str, event_id: str | None = None) -> EventRecord:
    return EventRecord(
        date, "day", text, [company], pk, f"a{pk}", None, f"s{pk}", None,
        event_id=event_id, type="funding", arguments={"company": company},
    )  # fmt: skip


def test_reports_on_different_days_are_one_typed_event_with_the_first_reports_id() -> None:
    records = [
        _typed(1, "2024-05-25", "5月25日，星衍智能宣布完成2亿元A轮融资，高榕资本领投", "星衍智能", "ev01"),
        _typed(2, "2024-05-27", "星衍智能日前完成A轮融资，融资额2亿元", "星衍智能", "ev02"),
        _typed(3, "2024-06-20", "星衍智能完成2亿元A轮融资后首次亮相", "星衍智能", "ev03"),  # weeks later: another event
        _typed(4, "2024-05-26", "元始智能完成3亿元B轮融资", "元始智能", "ev04"),
    ]
    timeline = build_timeline(records)
    funding = next(e for e in timeline if e.arguments.get("company") == "星衍智能" and len(e.reports) > 1)
    assert funding.event_id == "ev01" and [r["id"] for r in funding.reports] == ["a1", "a2"]
    assert len(timeline) == 3
    # A later report never changes the id: ingested after, it joins under ev01.
    later = build_timeline([*records, _typed(9, "2024-05-26", "星衍智能完成A轮融资，高榕资本领投", "星衍智能")])
    assert next(e for e in later if "a9" in [r["id"] for r in e.reports]).event_id == "ev01"


def test_reports_sharing_an_event_id_are_one_event() -> None:
    records = [
        _typed(1, "2024-05-25", "完成融资", "星衍智能", "evsame"),
        _typed(2, "2024-05-25", "另一种说法完全不同的句子", "星衍智能", "evsame"),
    ]
    assert [len(e.reports) for e in build_timeline(records)] == [2]
