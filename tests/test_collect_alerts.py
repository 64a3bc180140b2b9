"""Alerts end to end: articles collected from a real site, subscriptions matched (alias aware),
one alert per story, delivered to a real webhook receiver in five message formats and to a real
SMTP server (aiosmtpd); failed deliveries retried and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from aiwatch.collect.alerts import Alerter, Subscription, delivery_log, get_subscription, save_subscription
from aiwatch.collect.delivery import SmtpSettings, webhook_body
from aiwatch.collect.digest import build_digest
from aiwatch.collect.rules import Rule, match
from aiwatch.collect.sources import SourceSpec, add_source
from aiwatch.collect.stories import story_key
from aiwatch.errors import AiwatchError
from aiwatch.store import open_store
from aiwatch.store.schema import alert_deliveries, articles
from collect_site import Site, make_collector


@pytest.fixture
def corpus(tmp_path: Path):
    opened = open_store(str(tmp_path / "c.db"))
    yield opened
    opened.close()


def collect(corpus, site: Site, tmp_path: Path, path: str, kind: str | None = None) -> None:
    add_source(corpus, SourceSpec(site.url(path), kind=kind))
    make_collector(corpus, tmp_path / "warc").run_round()


def subscribe(corpus, name: str, rule: dict, targets: list[dict]) -> None:
    save_subscription(corpus, Subscription.from_dict({"name": name, "rules": [rule], "targets": targets}, "cli"))


def test_alias_rule_alerts_once_per_story_in_every_format(corpus, site, receiver, mailbox, tmp_path) -> None:
    formats = ("json", "wecom", "feishu", "dingtalk", "slack")
    targets = [{"type": "webhook", "url": f"{receiver.base}/{fmt}", "format": fmt} for fmt in formats]
    targets.append({"type": "email", "to": ["analyst@example.org"]})
    # 上海市经信委 is an alias: article 2 names 上海市经济和信息化委员会 (and 市经信委)
    subscribe(corpus, "policy", {"entities": ["上海市经信委"]}, targets)
    collect(corpus, site, tmp_path, "/feed.xml")
    smtp = SmtpSettings(host="127.0.0.1", port=mailbox.port, sender="aiwatch@example.org")
    counts = Alerter(corpus, smtp).run()
    assert (counts.matched, counts.sent, counts.failed) == (1, 6, 0)
    plain = receiver.received("/json")[0]
    assert plain["title"].startswith("上海发布具身智能产业行动方案") and plain["matched"] == {
        "entities": ["上海市经信委"]
    }
    assert receiver.received("/wecom")[0]["msgtype"] == "markdown"
    assert "上海发布具身智能" in receiver.received("/dingtalk")[0]["markdown"]["text"]
    assert receiver.received("/feishu")[0]["msg_type"] == "text"
    assert f"<{plain['url']}|原文>" in receiver.received("/slack")[0]["text"]
    assert len(mailbox.messages) == 1 and "上海发布具身智能" in mailbox.messages[0]["Subject"]
    assert mailbox.messages[0]["To"] == "analyst@example.org"
    # the same story reprinted by another outlet: stored as a near-duplicate, not alerted again
    other = Site().start()
    try:
        reprint = site.fixture("article-2.html").replace("测试科技网".encode(), "转载新闻网".encode())
        reprint = reprint.replace("<p>5月13日".encode(), "<p>（转自测试科技网）5月13日".encode())
        other.set("/2024/05/13/reprint.html", reprint)
        other.set("/list.html", b'<html><body><a href="/2024/05/13/reprint.html">x</a></body></html>')
        collect(corpus, other, tmp_path, "/list.html", kind="page-list")
    finally:
        other.stop()
    again = Alerter(corpus, smtp).run()
    assert again.matched == 1 and again.queued == 0 and again.sent == 0
    assert len(receiver.received("/json")) == 1 and len(mailbox.messages) == 1


def test_failed_delivery_is_retried_and_recorded(corpus, site, receiver, tmp_path) -> None:
    receiver.answers["/down"] = (500, b"down")
    receiver.answers["/wecom"] = (200, b'{"errcode": 93000, "errmsg": "invalid webhook url"}')
    targets = [
        {"type": "webhook", "url": f"{receiver.base}/down", "format": "json"},
        {"type": "webhook", "url": f"{receiver.base}/wecom", "format": "wecom"},
    ]
    subscribe(corpus, "chips", {"query": "推理芯片"}, targets)
    collect(corpus, site, tmp_path, "/feed.xml")
    counts = Alerter(corpus).run()
    assert counts.matched == 1 and counts.failed == 2 and counts.sent == 0
    log = {row["target"].split(":")[1]: row for row in delivery_log(corpus, "chips")}
    assert (
        log["json"]["status"] == "pending" and log["json"]["attempts"] == 1 and "HTTP 500" in log["json"]["last_error"]
    )
    assert "93000" in log["wecom"]["last_error"]
    assert Alerter(corpus).run().sent == 0  # not due yet: the retry waits
    receiver.answers.clear()
    with corpus.transaction() as conn:  # time passes
        conn.execute(update(alert_deliveries).values(next_try_at=alert_deliveries.c.created_at))
    assert Alerter(corpus).run().sent == 2
    with corpus.connect() as conn:
        rows = conn.execute(select(alert_deliveries.c.status, alert_deliveries.c.attempts)).all()
    assert sorted(rows) == [("sent", 2), ("sent", 2)]
    assert len(receiver.received("/down")) == 2
    # every attempt of one alert carries one key, so a receiver that got the first drops the second
    keys = [key for path, key in receiver.keys if path == "/down"]
    assert len(keys) == 2 and keys[0] == keys[1] and len(keys[0]) == 32
    assert [body["delivery_key"] for body in receiver.received("/down")] == keys
    assert {key for path, key in receiver.keys if path == "/wecom"}.isdisjoint(keys)  # another target


def test_subscription_alerts_only_on_what_arrives_after_it(corpus, site, receiver, tmp_path) -> None:
    collect(corpus, site, tmp_path, "/feed.xml")
    subscribe(corpus, "late", {"query": "推理芯片"}, [{"type": "webhook", "url": receiver.base + "/j"}])
    assert Alerter(corpus).run().matched == 0


def test_rules_need_all_their_conditions() -> None:
    article = {
        "id": "a1",
        "title": "商汤发布大模型",
        "body": "商汤科技今天发布了新的人工智能大模型。",
        "source": "新浪财经",
        "url": "https://finance.sina.com.cn/x.html",
        "entities": [{"name": "商汤科技", "aliases": ["商汤"], "confidence": 0.6}],
        "technologies": [{"name": "大模型", "en": "Large language models"}],
        "published": "2024-05-12 09:30",
        "events": [
            {"type": "founding", "event_id": "e1", "date": "2019"},
            {"type": "product_launch", "event_id": "e9", "date": "2024-05-12"},
        ],
    }
    assert match(Rule(entities=["商汤"]), article) == {"entities": ["商汤"]}
    assert match(Rule(entities=["商汤"], min_confidence=0.8), article) is None
    assert match(Rule(query="人工智能 大模型", technologies=["large language models"]), article) is not None
    assert match(Rule(query="人工"), article) is None  # whole words: 人工智能 is one word
    assert match(Rule(sources=["sina.com.cn"], event_types=["product_launch"]), article) is not None
    assert match(Rule(sources=["新华网"]), article) is None
    assert story_key(article) == "event:e9"
    assert story_key({"id": "b2", "duplicate_of": "a1"}) == "article:a1"
    assert story_key({"id": "b2", "duplicate_of": "a1"}, article) == "event:e9"  # keyed like its first copy
    assert story_key({"id": "c3", "published": "2024-06-01", "events": article["events"]}) == "article:c3"
    told_later = {"type": "funding", "event_id": "e7", "date": "2024-05-12", "precision": "day"}
    assert story_key({"id": "d4", "published": "2024-05-14 08:00", "events": [told_later]}) == "event:e7"
    background = told_later | {"type": "other"}  # untyped: not the news of a later article
    assert story_key({"id": "d4", "published": "2024-05-14 08:00", "events": [background]}) == "article:d4"


def test_bad_subscriptions_are_refused_with_the_reason() -> None:
    with pytest.raises(AiwatchError, match="needs at least one condition"):
        Subscription.from_dict({"name": "x", "rules": [{}]})
    with pytest.raises(AiwatchError, match="unknown rule field"):
        Subscription.from_dict({"name": "x", "rules": [{"keyword": "AI"}]})
    with pytest.raises(AiwatchError, match="webhook format 'teams'"):
        Subscription.from_dict(
            {"name": "x", "query": "AI", "targets": [{"type": "webhook", "url": "http://h", "format": "teams"}]}
        )
    with pytest.raises(AiwatchError, match="digest 'hourly'"):
        Subscription.from_dict({"name": "x", "query": "AI", "digest": "hourly"})


def test_webhook_bodies_follow_each_service() -> None:
    alert = {
        "subscription": "s",
        "title": "标题",
        "url": "https://e.org/a",
        "summary": "摘要",
        "matched": {"query": "AI"},
    }
    assert set(webhook_body("wecom", alert)) == {"msgtype", "markdown"}
    assert webhook_body("dingtalk", alert)["markdown"]["title"] == "标题"
    assert "**" not in webhook_body("feishu", alert)["content"]["text"]
    assert webhook_body("json", alert)["type"] == "aiwatch.alert"


def test_rule_queries_use_the_search_language(corpus, site, tmp_path) -> None:
    from aiwatch.collect.rules import query_hits
    from aiwatch.store.schema import articles

    collect(corpus, site, tmp_path, "/feed.xml")
    with corpus.connect() as conn:
        title_of = dict(conn.execute(select(articles.c.pk, articles.c.title)).all())
    pks = list(title_of)

    def titles(query: str) -> list[str]:
        return sorted(title_of[pk][:4] for pk in query_hits(corpus, query, pks))

    assert titles("推理芯片 OR 具身智能") == ["上海发布", "星河智能"]
    assert titles("上海 -具身智能") == ["星河智能"]
    assert titles("source:测试汽车网") == ["自动驾驶"]


def test_an_edited_article_does_not_alert_again(corpus, site, receiver, tmp_path) -> None:
    subscribe(corpus, "policy", {"entities": ["上海市经信委"]}, [{"type": "webhook", "url": receiver.base + "/j"}])
    collect(corpus, site, tmp_path, "/feed.xml")
    assert Alerter(corpus).run().sent == 1
    edited = site.fixture("article-2.html").replace("最高可获得3000万元".encode(), "最高可获得5000万元".encode())
    site.set("/news/2024/05/13/article-2.html", edited)
    feed = site.fixture("feed.xml").replace(b"Mon, 13 May 2024 06:00:00 GMT", b"Mon, 13 May 2024 09:00:00 GMT")
    site.set("/feed.xml", feed, "application/xml")
    counts = make_collector(corpus, tmp_path / "warc").run_round(force=True)
    assert counts.revision == 1
    again = Alerter(corpus).run()
    assert again.matched == 1 and again.queued == 0 and len(receiver.received("/j")) == 1


REPORT = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{published}"></head><body><article><h1>{title}</h1>
<div class="info">{published} 来源：{source}</div>{paragraphs}</article></body></html>"""


def test_one_story_from_other_outlets_in_other_words_alerts_once(corpus, site, receiver, tmp_path) -> None:
    """Not reprints: two more outlets tell 星河智能's round in their own words, a day and two days
    later, one naming the company 上海星河智能科技有限公司 (its event gets another id, and the
    timeline's rule groups it)."""
    subscribe(corpus, "money", {"query": "融资"}, [{"type": "webhook", "url": receiver.base + "/j"}])
    collect(corpus, site, tmp_path, "/feed.xml")
    assert Alerter(corpus).run().sent == 1
    reports = {
        "/2024/05/13/a.html": REPORT.format(
            title="浦东创投领投 星河智能获5亿元B轮投资",
            published="2024-05-13T08:00:00+08:00",
            source="财经观察",
            paragraphs="<p>据悉，5月12日，上海人工智能芯片企业星河智能完成了5亿元B轮融资，由浦东创投领投。"
            "这家成立于2019年的公司主攻数据中心推理芯片，新资金将投入第二代芯片的研发。</p>"
            "<p>另据了解，星河智能目前员工约300人，研发人员占比超过七成。该公司表示，今年将在深圳设立新的"
            "研发中心，并计划扩大在长三角地区的销售团队。</p>",
        ),
        "/2024/05/14/b.html": REPORT.format(
            title="推理芯片赛道再获资本青睐",
            published="2024-05-14T10:00:00+08:00",
            source="芯片周刊",
            paragraphs="<p>5月12日，人工智能芯片企业上海星河智能科技有限公司完成5亿元B轮融资，浦东创投领投。</p>"
            "<p>公司首席执行官林启明在接受本刊采访时说，推理芯片的竞争才刚刚开始，公司会把更多资源投向"
            "编译器和软件生态，让开发者更容易把模型迁移到国产芯片上。</p>",
        ),
    }
    other = Site().start()
    try:
        links = "".join(f'<a href="{path}">x</a>' for path in reports)
        for path, page in reports.items():
            other.set(path, page.encode("utf-8"))
        other.set("/list.html", f"<html><body>{links}</body></html>".encode())
        collect(corpus, other, tmp_path, "/list.html", kind="page-list")
    finally:
        other.stop()
    with corpus.connect() as conn:
        originals = {
            title for (title,) in conn.execute(select(articles.c.title).where(articles.c.duplicate_of.is_(None)))
        }
    assert {"浦东创投领投 星河智能获5亿元B轮投资", "推理芯片赛道再获资本青睐"} <= originals  # no reprints
    again = Alerter(corpus).run()
    assert again.matched == 2 and again.queued == 0 and len(receiver.received("/j")) == 1
    digest = build_digest(corpus, get_subscription(corpus, "money"), "2024-05-12", "2024-05-14")
    [story] = [s for s in digest["stories"] if "星河" in s.title or "推理芯片" in s.title]
    assert {c["source"] for c in story.copies} == {"测试科技网", "财经观察", "芯片周刊"}
