"""The extractor on our own holdout pages (tests/data/holdout/, bench/eval_holdout.py).

A gate on the mean body F1 (the dev-set scorer, bench/scoring.py) and a few exact titles and
dates, so that a rule tuned on extraction_dev that breaks other kinds of pages shows here.
"""

from __future__ import annotations

import json
import sys
import tempfile
from functools import cache
from pathlib import Path

import pytest

from aiwatch.read.decode import decode_bytes
from aiwatch.read.extract import extract_page
from conftest import DATA, ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(DATA / "holdout"))
from holdout_pages import build_pages

from scoring import date_matches, mean, score_body

# bench/results/holdout.md: 0.997 on 48 pages when the gate was last raised (0.98 on 32 before); the
# margin leaves room for a rule that trades a little here for more elsewhere, not for a kind of page
# to break (the per-page floor fails one page at 0.6).
GATE = 0.985


@cache
def holdout() -> Path:
    """The pages, generated once per test session by tests/data/holdout/holdout_pages.py."""
    return build_pages(Path(tempfile.mkdtemp(prefix="aiwatch-holdout-")))


@cache
def gold() -> dict[str, dict]:
    with open(holdout() / "gold.jsonl", encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, handle)}


@cache
def extracted(page_id: str):
    text, _ = decode_bytes((holdout() / f"{page_id}.html").read_bytes(), page_id)
    return extract_page(text)


def test_holdout_covers_the_kinds_and_encodings():
    records = gold().values()
    assert len(records) >= 16
    assert {"first", "blind", "blind2", "blind5"} <= {r["batch"] for r in records}
    assert {"gb2312", "gbk", "gb18030", "big5", "utf-8", "cp1252"} <= {r["encoding"] for r in records}


def test_mean_body_f1_gate():
    scores = {page_id: score_body(extracted(page_id).body, record["body"]).f1 for page_id, record in gold().items()}
    assert mean(list(scores.values())) >= GATE, sorted(scores.items(), key=lambda item: item[1])[:3]
    assert min(scores.values()) >= 0.9, scores


@pytest.mark.parametrize(
    "page_id",
    [
        "portal_sina",
        "gov_notice",
        "wechat_mp",
        "nextjs_news",
        "press_release",
        "big5_hk",
        "english_byline",
        "tw_utf8",
        "medium_english",
    ],
)
def test_title_and_date(page_id):
    record, page = gold()[page_id], extracted(page_id)
    assert page.title == record["title"]
    assert date_matches(page.hints.get("published"), record["published"])


def test_story_text_and_noise_on_hard_pages():
    # two paragraphs beside twelve related headlines: the story, not the list
    short = extracted("short_story_related").body
    assert short.startswith("本报讯（记者 何佳）") and "智慧停车" not in short
    # the table inside the story is kept, the disclaimer under it is not
    table = extracted("table_story").body
    assert "2071亿块" in table and "郑重声明" not in table
    # WeChat's hidden js_content is the story; its promotions are not
    wechat = extracted("wechat_mp").body
    assert wechat.startswith("上周，我们团队") and "关注我们" not in wechat and "END" not in wechat
