"""The facts evaluation set is consistent: every gold fact can be found in its own article."""

from __future__ import annotations

import json

import pytest

from aiwatch.analyze import events
from aiwatch.options import Options
from eval_facts import aiwatch_rows, evaluate_aiwatch, load_pages_module, monotone_by_count

# the sets as the page renderers name them (one list, which bench/eval_facts.py reads too)
SPLITS = tuple(load_pages_module().SPLITS)

EVENT_TYPES = set(events.EVENT_TYPES)
PRECISIONS = {"day", "month", "year", "around"}


@pytest.fixture(scope="module")
def gold(tmp_path_factory) -> dict[str, list[dict]]:
    pages = load_pages_module()
    sets = {}
    for split in SPLITS:
        folder = pages.build_set(split, tmp_path_factory.mktemp(split))
        lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        sets[split] = [json.loads(line) for line in lines]
        for line in sets[split]:
            assert (folder / line["file"]).stat().st_size > 0
            line["_page"] = folder / line["file"]
    return sets


def test_set_sizes(gold):
    assert len(gold["dev"]) >= 32 and len(gold["blind"]) >= 16 and len(gold["blind2"]) >= 12
    assert len(gold["blind3"]) >= 10 and len(gold["blind4"]) >= 14 and len(gold["blind5"]) >= 16
    assert len(gold["blind6"]) >= 16 and len(gold["blind7"]) >= 20 and len(gold["blind8"]) >= 20
    assert len(gold["blind9"]) >= 20 and len(gold["blind10"]) >= 20 and len(gold["blind11"]) >= 20
    assert len(gold["blind12"]) >= 20 and len(gold["blind13"]) >= 20 and len(gold["blind14"]) >= 20
    assert len(gold["blind15"]) >= 20 and len(gold["blind16"]) >= 20
    assert len(gold["blind17"]) >= 20
    assert len(gold["meta1"]) >= 60 and len(gold["meta2"]) >= 60
    assert len(gold["meta3"]) >= 60 and len(gold["meta4"]) >= 40
    ids = [g["id"] for split in gold.values() for g in split]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("split", SPLITS)
def test_every_fact_is_in_its_story(gold, split):
    for g in gold[split]:
        body = g["body"].replace(" ", "")
        assert g["precision"] in PRECISIONS - {"around"}, g["id"]
        for event in g["events"]:
            assert event["type"] in EVENT_TYPES and event["precision"] in PRECISIONS, (g["id"], event)
            assert event["anchor"].replace(" ", "") in body, (g["id"], event["anchor"])
            if event["precision"] == "around":
                assert event["date"] == g["published"][:10], (g["id"], event["anchor"])
            elif not event["future"]:
                assert event["date"] <= g["published"], (g["id"], event["anchor"])
        for entity in g["entities"]:
            assert entity["type"] in {"PER", "ORG", "LOC", "PRODUCT"}, (g["id"], entity)
            assert entity["name"] in g["body"], (g["id"], entity["name"])
        for figure in g["figures"]:
            assert figure["text"] in g["body"], (g["id"], figure["text"])
        assert "(rén)" not in g["body"]


@pytest.mark.parametrize("split", SPLITS)
def test_a_raw_pages_address_is_written_in_it(gold, split):
    # a page written out whole states its own address (canonical, og:url, a record's link) or the
    # gold has none: an address only the writer knew is no fact of the page
    for g in gold[split]:
        if g["kind"] == "raw" and g["url"]:
            page = g["_page"].read_text(encoding="utf-8")
            assert g["url"] in page or g["url"].replace("&", "&amp;") in page, (g["id"], g["url"])


@pytest.mark.parametrize("split", SPLITS)
def test_taxonomy_gold_names_taxonomy_entries(gold, split):
    from aiwatch.analyze.taxonomy import load_taxonomy

    taxonomy = load_taxonomy(())
    for g in gold[split]:
        assert g["technologies"] is not None and g["industries"] is not None, g["id"]
        for kind in ("technologies", "industries"):
            for name in g[kind]:
                assert taxonomy.entry(kind, name).name == name, (g["id"], kind, name)


def test_taxonomy_confidence_never_falls_as_the_count_rises():
    from collections import Counter

    # count 1: 9/10 right, count 2: 1/2, count 3+: never seen: 2 pools with 1, 3+ shares their value.
    values = monotone_by_count(Counter({"count 1": 10, "count 2": 2}), Counter({"count 1": 9, "count 2": 1}))
    assert values["count 1"] == values["count 2"] == values["count 3+"] == (10 + 1) / (12 + 2)
    rising = monotone_by_count(Counter({"count 1": 4, "count 3+": 4}), Counter({"count 1": 1, "count 3+": 4}))
    assert rising["count 1"] == 2 / 6 and rising["count 2"] == rising["count 3+"] == 5 / 6


def test_raw_page_carries_the_story_where_its_template_says(tmp_path):
    pages = load_pages_module()
    spec = pages.Spec(
        id="x01_raw",
        kind="raw",
        title="某市发布智能巡检试点",
        published="2025-04-02",
        precision="day",
        source="某市日报",
        author=None,
        editor=None,
        url=None,
        paragraphs=["第一段。", "第二段。"],
        page={"template": "<html><body><h1>某市发布智能巡检试点</h1>{{story}}<p>责任编辑：某某</p></body></html>"},
        scope="metadata",
    )
    ext, text = pages.render_raw(spec)
    assert ext == "html" and "<p>第一段。</p>\n<p>第二段。</p><p>责任编辑" in text
    spec.page = {"template": "标题：某市发布智能巡检试点\n\n{{story}}\n", "ext": "txt"}
    assert pages.render_raw(spec) == ("txt", "标题：某市发布智能巡检试点\n\n第一段。\n\n第二段。\n")
    spec.page = {"template": "<html>no mark</html>"}
    with pytest.raises(ValueError, match="x01_raw"):
        pages.render_raw(spec)
    assert pages.gold_line(spec, "x01_raw.html")["scope"] == "metadata"


def test_a_page_shape_article_is_scored_on_metadata_and_text_only(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("标题：某市发布智能巡检试点\n\n某市今天启用了由某某科技研发的巡检机器人。\n", encoding="utf-8")
    gold = {
        "id": "p",
        "file": "p.txt",
        "title": "某市发布智能巡检试点",
        "published": None,
        "precision": None,
        "source": None,
        "author": None,
        "editor": None,
        "url": None,
        "body": "某市今天启用了由某某科技研发的巡检机器人。",
        "events": [],
        "entities": [],
        "figures": [],
        "scope": "metadata",
    }
    rows = aiwatch_rows(evaluate_aiwatch(tmp_path, [gold], Options())["counts"])
    assert rows["title"] == 1.0
    assert rows["main-text F1 (mean over pages)"] > 0.9
    # nothing of the story's facts is scored: no gold events or entities stand against what aiwatch found
    assert rows["event precision (untyped)"] is None and rows["entity P / R / F1"] == (None, None, None)
