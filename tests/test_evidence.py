"""Evidence and confidence of extracted values (issue 12), and ``--min-confidence``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from aiwatch.article import Article
from aiwatch.meta import flag_promo_body
from aiwatch.meta.confidence import confidence_of, evidence_category, metadata_confidence
from aiwatch.options import Options
from conftest import pipeline_for

STORY = (
    "近日，北京人工智能公司星衍智能宣布完成2亿元A轮融资。公司表示，资金将用于大模型和计算机视觉研发。\n\n"
    "星衍智能的计算机视觉大模型已在制造业落地，目前已有超过300家企业使用，智能制造客户占六成。"
)


def analysed(min_confidence: float = 0.0) -> Article:
    article = Article(path="t.txt", format="text", raw=STORY, hints={"title": "星衍智能完成2亿元A轮融资"})
    article.hints["published"] = "2024-05-27"
    result = pipeline_for(Options(min_confidence=min_confidence))(article)
    assert isinstance(result, Article)
    return result


def test_every_value_says_where_it_stands_and_how_far_to_trust_it():
    article = analysed()
    for entry in article.keyword_evidence:
        assert 0 <= entry["confidence"] <= 1
        for mention in entry["mentions"]:
            assert article.body[mention["start"] : mention["end"]].lower() == entry["word"].lower()
    assert [e["word"] for e in article.keyword_evidence] == article.keywords
    technology = next(t for t in article.technologies if t["name"] == "计算机视觉")
    assert technology["mentions"] and 0 < technology["confidence"] <= 1
    for figure in article.figures:
        assert article.body[figure["start"] : figure["end"]] == figure["text"] and 0 < figure["confidence"] <= 1
    assert (
        article.evidence["published"]["from"] == "text published"
        and 0 < article.evidence["published"]["confidence"] <= 1
    )


def test_min_confidence_drops_what_is_less_trusted():
    everything = analysed()
    strict = analysed(min_confidence=0.99)
    assert len(strict.keywords) < len(everything.keywords) and not strict.technologies
    assert all(f["confidence"] >= 0.99 for f in strict.figures)
    assert strict.title is None and strict.evidence["title"]["dropped"]


def test_the_table_has_a_default_for_every_section():
    for section in ("metadata", "figures", "keywords", "technologies", "industries"):
        assert 0 < confidence_of(section, "no such key") < 1
    assert evidence_category("url:yyyymmdd") == "url" and evidence_category("front matter date") == "reader"
    assert 0 < metadata_confidence("published", "json-ld") <= 1


def test_a_promo_body_on_a_long_page_is_kept_with_a_warning():
    # The clean rules drop the usual promo lines (打开APP阅读全文); one they do not know stays as
    # the body of a long page, and the metadata stage says so.
    article = Article(path="p.html", format="html", body="会员专享：登录客户端即可查看这篇深度报道的完整内容。")
    article.hints["_page_chars"] = 2400
    flag_promo_body(article)
    assert any("promo" in w for w in article.warnings)
    story = Article(path="q.html", format="html", body=STORY)
    story.hints["_page_chars"] = 2400
    flag_promo_body(story)
    assert not story.warnings


def test_extract_takes_min_confidence(tmp_path: Path):
    page = tmp_path / "a.txt"
    page.write_text("星衍智能完成2亿元A轮融资\n\n" + STORY, encoding="utf-8")
    command = [sys.executable, "-m", "aiwatch", "extract", str(page), "--min-confidence", "0.99"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert all(f["confidence"] >= 0.99 for f in record["figures"])
    bad = subprocess.run([*command[:-1], "1.5"], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "min-confidence" in bad.stderr


def test_ingest_takes_min_confidence(tmp_path: Path):
    page = tmp_path / "a.txt"
    page.write_text("星衍智能完成2亿元A轮融资\n\n" + STORY, encoding="utf-8")
    db = tmp_path / "c.db"
    command = [sys.executable, "-m", "aiwatch", "ingest", str(page), "--db", str(db), "--no-progress"]
    result = subprocess.run([*command, "--min-confidence", "0.99"], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    exported = subprocess.run(
        [sys.executable, "-m", "aiwatch", "export", "--format", "jsonl", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    record = json.loads(exported.stdout.splitlines()[0])
    assert record["keywords"] == [] and record["technologies"] == []


def test_overlapping_terms_of_one_length_give_the_same_mentions_in_every_process():
    # 整车 and 车企 overlap in 整车企业: the mention kept must not depend on the hash seed of the
    # process (a set's order), or two workers of one run disagree on the same article.
    script = (
        "from aiwatch.analyze.evidence import mentions_of;"
        "print(mentions_of('重庆的整车企业和车企联盟', ['车企', '整车', '汽车']))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 9)
    }
    assert outputs == {"[{'start': 3, 'end': 5}, {'start': 8, 'end': 10}]\n"}


def test_a_broader_technology_shows_its_narrower_entries_mentions():
    # 计算机视觉 is never written: it is found through 刷脸 (人脸识别, which names it as broader),
    # and its mentions are where 刷脸 stands.
    article = Article(path="f.txt", format="text", raw="某某地铁站启用刷脸进站，乘客刷脸即可通行。")
    article.hints["published"] = "2024-05-27"
    result = pipeline_for(Options())(article)
    vision = next(t for t in result.technologies if t["name"] == "计算机视觉")
    assert vision["count"] == 2
    assert [result.body[m["start"] : m["end"]] for m in vision["mentions"]] == ["刷脸", "刷脸"]
