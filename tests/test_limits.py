"""Caps per article and bounded figure context (issue 10, item 1), at small sizes."""

from __future__ import annotations

import json

from aiwatch import limits
from aiwatch.analyze.figures import add_figures, sentence_figures
from aiwatch.analyze.timex import DateContext
from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import expand_inputs
from aiwatch.runner import collect, run


def article(body: str) -> Article:
    return Article(path="t.txt", format="text", title="测试", body=body, raw=body)


def test_figure_context_is_a_window_cut_at_clause_punctuation():
    sentence = "据统计，" + "某" * 200 + "公司2021年营收达到52.05亿元" + "，同比增长" + "很多" * 100 + "。"
    [record] = [r for r in sentence_figures(sentence, DateContext("2022-04-24")) if r["text"] == "52.05亿元"]
    assert len(record["context"]) <= 2 * limits.CONTEXT_CHARS + len("52.05亿元")
    assert record["context"].endswith("52.05亿元")  # cut at the comma after it
    assert "公司2021年营收达到" in record["context"]


def test_one_sentence_of_many_amounts_stays_linear_and_is_capped():
    # The case at small size: '1.5亿元' * 30000 in one sentence made 8 GB.
    small, large = (article("上海某公司发布大模型。" + "1.5亿元" * n) for n in (300, 3000))
    for item in (small, large):
        add_figures(item, Options())
    small_size = len(json.dumps(small.figures, ensure_ascii=False))
    large_size = len(json.dumps(large.figures, ensure_ascii=False))
    assert len(small.figures) == 300 and not small.warnings
    assert len(large.figures) == limits.MAX_FIGURES
    assert large_size < small_size * limits.MAX_FIGURES / 300 * 1.5  # linear in the figures kept
    assert all(len(f["context"]) <= 2 * limits.CONTEXT_CHARS + len(f["text"]) for f in large.figures)
    assert large.warnings == [limits.cap_warning("figures")]
    assert "MAX_FIGURES" in large.warnings[0]


def test_a_list_sentence_keeps_its_years_and_offsets():
    sentence = "2018年至2021年，全区营收分别为18.53亿元、30.27亿元、34.51亿元和52.05亿元。"
    records = sentence_figures(sentence, DateContext("2022-04-24"))
    assert [r["year"] for r in records] == [2018, 2019, 2020, 2021]
    assert all(sentence[r["start"] : r["end"]] == r["text"] for r in records)


def test_every_collection_is_capped_with_a_warning_naming_the_cap():
    item = article("正文。")
    item.entities = [
        {"name": f"公司{n}", "type": "ORG", "count": 500, "mentions": [[0, 1]] * 500}
        for n in range(limits.MAX_ENTITIES + 5)
    ]
    item.events = [{"type": "融资"}] * (limits.MAX_EVENTS + 1)
    item.keywords = [f"词{n}" for n in range(limits.MAX_KEYWORDS + 1)]
    item.figures = [{"value": 1}] * 3
    limits.cap_article(item)
    assert len(item.entities) == limits.MAX_ENTITIES
    assert all(len(e["mentions"]) == limits.MAX_MENTIONS and e["count"] == 500 for e in item.entities)
    assert len(item.events) == limits.MAX_EVENTS and len(item.keywords) == limits.MAX_KEYWORDS
    assert len(item.figures) == 3
    assert sorted(item.warnings) == sorted(
        limits.cap_warning(w) for w in ("entities", "mentions", "events", "keywords")
    )


def test_the_pipeline_caps_a_page_repeating_one_name(tmp_path):
    path = tmp_path / "many.txt"
    path.write_text("标题\n\n" + "上海人工智能公司在上海发布新模型。" * 300 + "\n", encoding="utf-8")
    [outcome] = list(collect(run(list(expand_inputs([str(path)])), Options(), 1)))
    [record] = outcome.articles
    repeated = [e for e in record.entities if e["count"] >= 300]
    assert repeated and all(len(e["mentions"]) == limits.MAX_MENTIONS for e in repeated)
    assert limits.cap_warning("mentions") in record.warnings


def naive_mentions(body: str, terms: list[str]) -> list[dict[str, int]]:
    """The evidence stage's first version, quadratic: the reference for the fast one."""
    import re

    spans: list[tuple[int, int]] = []
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        for match in re.finditer(re.escape(term), body):
            if not any(a < match.end() and match.start() < b for a, b in spans):
                spans.append(match.span())
    return [{"start": a, "end": b} for a, b in sorted(spans)[:20]]


def test_evidence_mentions_agree_with_the_quadratic_reference():
    import random

    from aiwatch.analyze.evidence import mentions_of

    rng = random.Random(3)
    for _ in range(300):
        body = "".join(rng.choice("上海人工智能视觉计算机") for _ in range(rng.randint(0, 80)))
        terms = ["".join(rng.choice("上海人工智能视觉计算机") for _ in range(rng.randint(1, 4))) for _ in range(3)]
        assert mentions_of(body, terms) == naive_mentions(body, terms)
    # the reliability suite's case: a name 20,000 times ran past the 60 s budget in this stage
    assert len(mentions_of("上海人工智能公司在上海发布新模型。" * 20000, ["上海", "上海人工智能公司"])) == 20
