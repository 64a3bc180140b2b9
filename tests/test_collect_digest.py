"""Digests from a collected corpus: stories grouped with all their sources, rising terms, figures;
rendered as Markdown and HTML and mailed through a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from aiwatch.collect.alerts import Subscription, get_subscription, save_subscription
from aiwatch.collect.delivery import SmtpSettings
from aiwatch.collect.digest import build_digest, due_digests, render_html, render_markdown, send_digest
from aiwatch.collect.sources import SourceSpec, add_source
from aiwatch.store import open_store
from collect_site import Mailbox, Site, make_collector


@pytest.fixture
def corpus_path(site: Site, tmp_path: Path) -> Path:
    """A corpus with the feed's articles and another outlet's reprint of article 1."""
    path = tmp_path / "c.db"
    other = Site().start()
    try:
        reprint = site.fixture("article-1.html").replace("测试科技网".encode(), "转载新闻网".encode())
        other.set("/2024/05/12/reprint.html", reprint.replace("<p>5月12日".encode(), "<p>（转载）5月12日".encode()))
        other.set("/list.html", b'<html><body><a href="/2024/05/12/reprint.html">x</a></body></html>')
        with open_store(str(path)) as store:
            add_source(store, SourceSpec(site.url("/feed.xml")))
            add_source(store, SourceSpec(other.url("/list.html"), kind="page-list"))
            make_collector(store, tmp_path / "warc").run_round()
            rules = [{"query": "融资"}, {"entities": ["上海市经信委"]}]  # any of them
            sub = {"name": "analyst", "rules": rules, "targets": [{"type": "email", "to": ["a@example.org"]}]}
            save_subscription(store, Subscription.from_dict(sub | {"digest": "daily"}, "cli"))
    finally:
        other.stop()
    return path


def test_digest_groups_a_story_with_all_its_sources(corpus_path: Path) -> None:
    with open_store(str(corpus_path)) as store:
        digest = build_digest(store, get_subscription(store, "analyst"), "2024-05-12", "2024-05-15")
    titles = [s.title for s in digest["stories"]]
    chips = next(s for s in digest["stories"] if s.title.startswith("星河智能"))
    assert len(titles) == len(set(titles))  # one entry per story
    assert {c["source"] for c in chips.copies} == {"测试科技网", "转载新闻网"} and len(chips.copies) == 2
    assert digest["articles"] == sum(len(s.copies) for s in digest["stories"])
    assert any(f["text"] == "5亿元" and "星河智能" in f["title"] for f in digest["figures"])
    assert digest["technologies"] and all(t["before"] == 0 for t in digest["technologies"])
    markdown = render_markdown(digest)
    assert "## 事件" in markdown and "[转载新闻网](" in markdown and "5亿元" in markdown
    html = render_html(digest)
    assert "<h2>事件</h2>" in html and "转载新闻网</a>" in html


def test_digest_html_escapes_article_text(corpus_path: Path) -> None:
    with open_store(str(corpus_path)) as store:
        digest = build_digest(store, get_subscription(store, "analyst"), "2024-05-12", "2024-05-15")
    digest["stories"][0].title = "<script>alert(1)</script>"
    assert "<script>alert(1)" not in render_html(digest)


def test_digest_is_mailed_as_text_and_html(corpus_path: Path, mailbox: Mailbox) -> None:
    smtp = SmtpSettings(host="127.0.0.1", port=mailbox.port, sender="aiwatch@example.org")
    with open_store(str(corpus_path)) as store:
        subscription = get_subscription(store, "analyst")
        assert due_digests([subscription], subscription["created_at"]) == [subscription]
        digest = build_digest(store, subscription, "2024-05-12", "2024-05-15")
        assert send_digest(store, subscription, digest, smtp) == ["a@example.org"]
        sent = get_subscription(store, "analyst")
    assert sent["last_digest_at"] is not None and due_digests([sent], sent["last_digest_at"]) == []
    message = mailbox.messages[0]
    assert "2024-05-12 — 2024-05-15" in message["Subject"]
    kinds = {part.get_content_type(): part.get_content() for part in message.iter_parts()}
    assert "星河智能" in kinds["text/plain"] and "<h2>事件</h2>" in kinds["text/html"]


def test_digest_command(corpus_path: Path, mailbox: Mailbox, tmp_path: Path) -> None:
    env = os.environ | {"AIWATCH_SMTP_HOST": "127.0.0.1", "AIWATCH_SMTP_PORT": str(mailbox.port)}
    args = [sys.executable, "-m", "aiwatch", "digest", "--subscriber", "analyst", "--db", str(corpus_path)]
    out = tmp_path / "digest.html"
    done = subprocess.run(
        [*args, "--since", "2024-05-12", "--until", "2024-05-15", "-f", "html", "-o", str(out), "--send"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "sent to a@example.org" in done.stderr and "星河智能" in out.read_text(encoding="utf-8")
    assert len(mailbox.messages) == 1
    missing = subprocess.run(
        [*args[:-4], "--subscriber", "nobody", "--db", str(corpus_path)], capture_output=True, text=True, timeout=120
    )
    assert missing.returncode == 2 and "no such subscription" in missing.stderr


def test_scheduled_periods_leave_no_gap_and_repeat_no_day() -> None:
    from datetime import date, datetime

    from aiwatch.collect.digest import due_period

    today = date(2024, 5, 20)
    assert due_period({"digest": "daily", "last_digest_at": None}, today) == ("2024-05-19", "2024-05-19")
    assert due_period({"digest": "weekly", "last_digest_at": None}, today) == ("2024-05-13", "2024-05-19")
    sent = datetime(2024, 5, 17, 8, 0)  # the daemon stopped for three days: they are all covered
    assert due_period({"digest": "daily", "last_digest_at": sent}, today) == ("2024-05-17", "2024-05-19")
    long_ago = datetime(2023, 1, 1)
    assert due_period({"digest": "weekly", "last_digest_at": long_ago}, today) == ("2024-04-19", "2024-05-19")


def test_weekly_digest_is_scheduled_retried_and_recorded(corpus_path: Path, mailbox: Mailbox) -> None:
    import socket
    from datetime import datetime, timedelta

    from aiwatch.collect.alerts import Alerter, delivery_log
    from aiwatch.collect.digest import send_due_digests

    with socket.socket() as probe:  # a port nothing listens on: the SMTP server is down
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    down = SmtpSettings(host="127.0.0.1", port=closed, timeout=3)
    up = SmtpSettings(host="127.0.0.1", port=mailbox.port, sender="aiwatch@example.org")
    sunday = datetime(2024, 5, 19, 8, 0)
    weekly = {"name": "weekly", "rules": [{"query": "融资"}], "targets": [{"type": "email", "to": ["w@example.org"]}]}
    logged: list[str] = []
    with open_store(str(corpus_path)) as store:
        save_subscription(store, Subscription.from_dict(weekly | {"digest": "weekly"}, "cli"))
        assert send_due_digests(store, down, logged.append, sunday) == 0  # the daily analyst's and this one
        [record] = delivery_log(store, "weekly")
        assert record["story"] == "digest:2024-05-12" and record["status"] == "pending" and record["attempts"] == 1
        assert "SMTP 127.0.0.1" in record["last_error"] and any("weekly" in m and "will retry" in m for m in logged)
        assert send_due_digests(store, up, moment=sunday + timedelta(seconds=30)) == 0  # the retry waits
        assert Alerter(store, up).run().sent == 0  # the alert pass leaves digests to the digest pass
        assert send_due_digests(store, up, moment=sunday + timedelta(minutes=2)) == 2
        [record] = delivery_log(store, "weekly")
        assert record["status"] == "sent" and record["attempts"] == 2
        assert send_due_digests(store, up, moment=sunday + timedelta(days=6)) == 1  # the daily one only
        assert send_due_digests(store, up, moment=sunday + timedelta(days=7, minutes=3)) == 2
        assert [r["story"] for r in delivery_log(store, "weekly")] == ["digest:2024-05-19", "digest:2024-05-12"]
    mails = [m for m in mailbox.messages if m["To"] == "w@example.org"]
    assert [m["Subject"].split("简报 ")[1] for m in mails] == ["2024-05-12 — 2024-05-18", "2024-05-19 — 2024-05-25"]
    assert mails[0]["Message-ID"] != mails[1]["Message-ID"] and mails[0]["Message-ID"].endswith("@aiwatch.invalid>")
    first, second = (m.get_body(("plain",)).get_content() for m in mails)
    assert "星河智能" in first and "星河智能" not in second  # each story in the one week it was published


def test_digest_days_are_the_subscribers_days() -> None:
    """23:30 UTC on the 19th is 07:30 on the 20th in Beijing: the morning digest covers the 19th."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from aiwatch.collect.digest import digest_zone, due_period, local_day
    from aiwatch.errors import AiwatchError

    moment = datetime(2024, 5, 19, 23, 30)
    first = {"digest": "daily", "last_digest_at": None}
    assert due_period(first, local_day(moment, digest_zone())) == ("2024-05-19", "2024-05-19")
    utc = ZoneInfo("UTC")
    assert due_period(first, local_day(moment, utc), utc) == ("2024-05-18", "2024-05-18")
    # the last one went out at 07:30 Beijing time on the 19th (23:30 UTC on the 18th)
    again = {"digest": "daily", "last_digest_at": datetime(2024, 5, 18, 23, 30)}
    assert due_period(again, local_day(moment, digest_zone())) == ("2024-05-19", "2024-05-19")
    with pytest.raises(AiwatchError) as bad:
        digest_zone("Mars/Olympus", "aiwatch.toml")
    assert "aiwatch.toml" in bad.value.describe() and "not a time zone" in bad.value.describe()


def test_timezone_setting_is_checked_where_it_is_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aiwatch.collect.declared import read_declared
    from aiwatch.collect.digest import digest_zone
    from aiwatch.errors import AiwatchError

    config = tmp_path / "aiwatch.toml"
    config.write_text('[collect]\ntimezone = "Europe/Berlin"\n', encoding="utf-8")
    assert read_declared(config).collect["timezone"] == "Europe/Berlin"
    config.write_text('[collect]\ntimezone = "Beijing"\n', encoding="utf-8")
    with pytest.raises(AiwatchError) as bad:
        read_declared(config)
    assert str(config) in bad.value.describe() and "'Beijing' is not a time zone" in bad.value.describe()
    monkeypatch.setenv("AIWATCH_TIMEZONE", "America/New_York")
    assert str(digest_zone()) == "America/New_York"
    monkeypatch.delenv("AIWATCH_TIMEZONE")
    assert str(digest_zone()) == "Asia/Shanghai"


LATE_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>晨光数据完成2亿元A轮融资</title>
<meta property="article:published_time" content="2024-05-11T09:00:00+08:00"></head><body><article>
<h1>晨光数据完成2亿元A轮融资</h1><div class="info">2024-05-11 09:00 来源：晚报科技</div>
<p>5月11日，杭州数据标注企业晨光数据宣布完成2亿元A轮融资，本轮融资将用于扩大标注平台和质检团队。</p>
<p>公司负责人表示，大模型训练对高质量数据的需求持续增长，今年公司的订单量已超过去年全年。</p>
</article></body></html>"""


def test_a_story_stored_after_its_days_digest_comes_in_the_next_one(
    corpus_path: Path, mailbox: Mailbox, tmp_path: Path
) -> None:
    """A source fetched late: its story of the 11th is stored after the digest covering the 11th
    went out.  The next scheduled digest carries it, marked 〔补〕; the one after does not repeat it."""
    from datetime import timedelta

    from aiwatch.collect.digest import send_due_digests
    from aiwatch.collect.sources import now

    up = SmtpSettings(host="127.0.0.1", port=mailbox.port, sender="aiwatch@example.org")
    late_site = Site().start()
    try:
        late_site.set("/2024/05/11/late.html", LATE_PAGE.encode("utf-8"))
        late_site.set("/list.html", b'<html><body><a href="/2024/05/11/late.html">x</a></body></html>')
        with open_store(str(corpus_path)) as store:
            first = now()
            assert send_due_digests(store, up, moment=first) == 1  # the analyst's first daily digest
            add_source(store, SourceSpec(late_site.url("/list.html"), kind="page-list"))
            assert make_collector(store, tmp_path / "warc2").run_round().new == 1
            assert send_due_digests(store, up, moment=first + timedelta(days=1)) == 1
            assert send_due_digests(store, up, moment=first + timedelta(days=2)) == 1
    finally:
        late_site.stop()
    mails = [m.get_body(("plain",)).get_content() for m in mailbox.messages if m["To"] == "a@example.org"]
    assert len(mails) == 3
    assert "晨光数据" not in mails[0]
    assert "〔补〕晨光数据完成2亿元A轮融资" in mails[1] and "其中 1 个是上期简报发出后才收录的较早报道" in mails[1]
    assert "晨光数据" not in mails[2]


def test_digest_reads_the_config_file_once(corpus_path: Path, tmp_path: Path, monkeypatch) -> None:
    """The digests' time zone and the declared subscriptions come from one reading of aiwatch.toml."""
    from typer.testing import CliRunner

    from aiwatch.cli import app
    from aiwatch.collect import declared as declared_module

    config = tmp_path / "aiwatch.toml"
    config.write_text('[collect]\ntimezone = "Asia/Shanghai"\n', encoding="utf-8")
    read, real = [], declared_module.read_declared
    monkeypatch.setattr(declared_module, "read_declared", lambda path: read.append(path) or real(path))
    args = ["digest", "--subscriber", "analyst", "--db", str(corpus_path), "--config", str(config)]
    done = CliRunner().invoke(app, [*args, "--since", "2024-05-12", "--until", "2024-05-15"])
    assert done.exit_code == 0, done.output
    assert "星河智能" in done.stdout and read == [config]
