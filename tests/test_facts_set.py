"""The facts evaluation set is consistent: every gold fact can be found in its own article."""

from __future__ import annotations

import json

import pytest

from aiwatch.analyze import events
from eval_facts import load_pages_module, monotone_by_count

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
    return sets


def test_set_sizes(gold):
    assert len(gold["dev"]) >= 32 and len(gold["blind"]) >= 16 and len(gold["blind2"]) >= 12
    assert len(gold["blind3"]) >= 10 and len(gold["blind4"]) >= 14 and len(gold["blind5"]) >= 16
    assert len(gold["blind6"]) >= 16 and len(gold["blind7"]) >= 20 and len(gold["blind8"]) >= 20
    assert len(gold["blind9"]) >= 20 and len(gold["blind10"]) >= 20 and len(gold["blind11"]) >= 20
    assert len(gold["blind12"]) >= 20
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
