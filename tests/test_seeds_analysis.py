"""Seed-level checks of entities, figures and events: what a careful reader finds in the seeds."""

from __future__ import annotations

from functools import cache

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import pipeline_for, seed_path

# Only the stages under test (and the clean/meta stages they need): a failure here is ours.
OPTIONS = Options(disabled=frozenset({"keywords", "taxonomy", "summary"}))


@cache
def analysed(seed: str) -> Article:
    path = seed_path(seed)
    article = next(read_bytes(path.read_bytes(), path.name, OPTIONS))
    result = pipeline_for(OPTIONS)(article)
    assert isinstance(result, Article), result
    return result


def entity(seed: str, name: str) -> dict:
    found = [e for e in analysed(seed).entities if e["name"] == name]
    assert found, f"{name} not among {[e['name'] for e in analysed(seed).entities]}"
    return found[0]


def events_on(seed: str, date: str) -> list[dict]:
    return [e for e in analysed(seed).events if e["date"] == date]


def test_000_entities():
    assert entity("000", "李强")["type"] == "PER"
    sensetime = entity("000", "商汤科技")
    assert sensetime["type"] == "ORG"
    assert {"商汤", "上海商汤智能科技有限公司", "商汤集团"} <= set(sensetime["aliases"])
    assert entity("000", "上海市委")["type"] == "ORG"
    assert entity("000", "杨帆")["type"] == "PER"
    assert entity("000", "人工智能教育与教学合作框架协议")["type"] == "DOC"
    assert entity("000", "漕河泾公园")["type"] == "LOC"
    names = {e["name"] for e in analysed("000").entities}
    assert not {n for n in names if "书记" in n or "创始人" in n}


def test_000_events():
    visit = events_on("000", "2020-08-10")
    assert visit and all(e["precision"] == "day" for e in visit)
    assert any("李强" in e["entities"] and "商汤科技" in e["entities"] for e in visit)
    signing = events_on("000", "2019-05")
    assert signing and signing[0]["kind"] == "signing"
    assert "人工智能教育与教学合作框架协议" in signing[0]["entities"]
    assert events_on("000", "2020-07-07") and "临港" in events_on("000", "2020-07-07")[0]["entities"]
    assert events_on("000", "2019-12-05")
    dates = [e["date"] for e in analysed("000").events]
    assert dates == sorted(dates)


def test_000_event_summary():
    summary = analysed("000").event_summary
    lines = summary.splitlines()
    assert 3 <= len(lines) <= 6
    assert all(line.startswith(f"{n}. ") for n, line in enumerate(lines, 1))
    assert sum("2020年8月10日" in line for line in lines) == 1
    assert any("2019年5月" in line and "签订" in line for line in lines)


def test_001_mistranslated_names_are_linked():
    assert entity("001", "方世忠")["type"] == "PER"
    assert "金平" in entity("001", "习近平")["aliases"]
    assert "刘河" in entity("001", "刘鹤")["aliases"]
    assert {"尚唐科技", "上海尚唐科技"} & set(entity("001", "商汤科技")["aliases"])
    assert "易图" in entity("001", "依图科技")["aliases"]
    assert "UIH" in entity("001", "联影医疗")["aliases"]
    assert entity("001", "徐汇区")["count"] > 20
    assert entity("001", "新一代人工智能发展规划")["type"] == "DOC"


def test_001_figures():
    figures = {f["text"]: f for f in analysed("001").figures}
    assert figures["210亿元"]["value"] == 21_000_000_000 and figures["210亿元"]["year"] == 2018
    assert figures["1/3"]["unit"] == "" and abs(figures["1/3"]["value"] - 1 / 3) < 0.001
    assert figures["1000多家"]["value"] == 1000 and figures["1000多家"]["approx"]
    assert figures["120万平方米"]["value"] == 1_200_000


def test_002_entities_figures_events():
    assert entity("002", "吴清")["type"] == "PER"
    assert entity("002", "张江人工智能岛")["type"] == "LOC"
    for name in ("陈鸣波", "陆晓春", "周奇", "陈荣标", "张英"):
        assert entity("002", name)["type"] == "PER"
    assert {"齐感科技", "云从科技", "小蚁科技", "汇纳科技", "黑瞳科技"} <= {
        e["name"] for e in analysed("002").entities if e["type"] == "ORG"
    }
    area = next(f for f in analysed("002").figures if f["text"] == "6.6万平方米")
    assert (area["value"], area["unit"]) == (66000, "平方米")
    assert events_on("002", "2020-12-08")
    assert events_on("002", "2020-07-11")


def test_003_revenue_list_and_growth():
    figures = analysed("003").figures
    revenue = [(f["value"], f["year"]) for f in figures if f["unit"] == "元" and f["year"]]
    assert revenue[:4] == [(1853000000, 2018), (3027000000, 2019), (3451000000, 2020), (5205000000, 2021)]
    growth = [(f["value"], f["year"]) for f in figures if f["kind"] == "growth"]
    assert growth == [(63.3, 2019), (14.02, 2020), (50.81, 2021)]
    assert entity("003", "经济参考报")["type"] == "ORG"


def test_004_dates_and_documents():
    assert events_on("004", "2021-11-05")
    july = events_on("004", "2021-07")
    assert july and all(e["precision"] == "month" for e in july)
    assert entity("004", "上海市战略性新兴产业和先导产业发展“十四五”规划")["type"] == "DOC"
    assert entity("004", "吴清")["type"] == "PER"
    assert {"商汤科技", "依图科技"} <= {e["name"] for e in analysed("004").entities}


def test_mentions_point_at_their_text():
    for seed in ("000", "001", "002", "003", "004"):
        article = analysed(seed)
        for e in article.entities:
            for m in e["mentions"]:
                assert article.body[m["start"] : m["end"]] in {e["name"], *e["aliases"]}
        for f in article.figures:
            assert article.body[f["start"] : f["end"]] == f["text"]
