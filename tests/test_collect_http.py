"""The polite fetcher against a real HTTP server on 127.0.0.1 (tests/collect_site.py)."""

from __future__ import annotations

import itertools
import time

import pytest

from aiwatch.collect.http import USER_AGENT, Fetcher, FetchError, Politeness, parse_retry_after
from collect_site import Answer, Site


def fetcher(**limits) -> Fetcher:
    settings = {"delay": 0.0, "retries": 1, "backoff": 0.05, "timeout": 2.0} | limits
    return Fetcher(Politeness(**settings))


def test_user_agent_gzip_and_conditional_get(site: Site) -> None:
    with fetcher() as http:
        first = http.fetch(site.url("/news/2024/05/12/article-1.html"))
        again = http.fetch(site.url("/news/2024/05/12/article-1.html"), etag=first.headers["etag"])
    assert first.status == 200 and "星河智能" in first.content.decode("utf-8")
    assert again.status == 304 and again.content == b""
    _path, headers = site.requests[-1]
    assert headers["User-Agent"] == USER_AGENT and USER_AGENT.startswith("aiwatch/")
    assert headers["If-None-Match"] == first.headers["etag"]
    assert "gzip" in headers["Accept-Encoding"]


def test_redirect_chain_is_followed_hop_by_hop(site: Site) -> None:
    with fetcher() as http:
        answer = http.fetch(site.url("/moved/article-3"))
    assert answer.url == site.url("/news/2024/05/14/article-3.html")
    assert answer.redirects == [site.url("/moved/article-3"), site.url("/moved/again/article-3")]


def test_too_many_redirects(site: Site) -> None:
    site.redirect("/loop/a", "/loop/b")
    site.redirect("/loop/b", "/loop/a")
    with fetcher(max_redirects=3) as http, pytest.raises(FetchError, match="more than 3 redirects"):
        http.fetch(site.url("/loop/a"))
    assert site.count("/loop/") == 4


def test_429_retry_after_is_honoured(site: Site) -> None:
    page = site.answers["/news/2024/05/12/article-1.html"]
    site.answers["/busy"] = Answer(429, b"slow down", headers={"Retry-After": "1"}, times=1, then=page)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    with Fetcher(Politeness(delay=0, retries=2, backoff=0.05), sleep=sleep) as http:
        answer = http.fetch(site.url("/busy"))
    assert answer.status == 200
    assert 1.0 in slept  # the server's Retry-After, not the 0.05 s backoff
    assert site.hits["/busy"] == 2


def test_long_retry_after_gives_up_now(site: Site) -> None:
    site.answers["/closed"] = Answer(503, b"", headers={"Retry-After": "3600"})
    with fetcher(max_retry_after=60) as http, pytest.raises(FetchError) as caught:
        http.fetch(site.url("/closed"))
    assert caught.value.status == 503 and caught.value.retry_after == 3600
    assert site.hits["/closed"] == 1


def test_500_is_retried_with_backoff_then_fails(site: Site) -> None:
    slept: list[float] = []
    politeness = Politeness(delay=0, retries=2, backoff=0.05)
    with Fetcher(politeness, sleep=slept.append) as http, pytest.raises(FetchError) as caught:
        http.fetch(site.url("/broken/2024/05/17/error.html"))
    assert caught.value.status == 500
    assert site.hits["/broken/2024/05/17/error.html"] == 3
    assert slept == [0.05, 0.1]  # exponential


def test_404_is_not_retried(site: Site) -> None:
    with fetcher(retries=3) as http, pytest.raises(FetchError, match="HTTP 404"):
        http.fetch(site.url("/nothing-here.html"))
    assert site.hits["/nothing-here.html"] == 1


def test_slow_server_times_out(site: Site) -> None:
    site.answers["/slow"] = Answer(body=b"<html>late</html>", delay=1.5)
    with fetcher(timeout=0.3, retries=0) as http, pytest.raises(FetchError, match="timed out"):
        http.fetch(site.url("/slow"))


def test_oversized_answers_are_refused(site: Site) -> None:
    big = ("<p>" + "人工智能" * 40 + "</p>\n").encode() * 5000  # ~2 MB, gzip makes it small on the wire
    site.set("/huge", big)
    with fetcher(max_bytes=200_000) as http, pytest.raises(FetchError, match="too large"):
        http.fetch(site.url("/huge"))
    site.gzip = False  # now the Content-Length itself says it is too big
    with fetcher(max_bytes=200_000) as http, pytest.raises(FetchError, match="too large"):
        http.fetch(site.url("/huge"))


def test_robots_txt_is_obeyed(site: Site) -> None:
    with fetcher() as http:
        with pytest.raises(FetchError, match=r"robots\.txt") as caught:
            http.fetch(site.url("/private/2024/05/16/draft.html"))
        assert caught.value.robots
        http.fetch(site.url("/news/2024/05/12/article-1.html"))
    assert site.hits["/private/2024/05/16/draft.html"] == 0
    assert site.hits["/robots.txt"] == 1  # read once per host


def test_robots_crawl_delay_and_politeness_delay(site: Site) -> None:
    site.set("/robots.txt", b"User-agent: *\nCrawl-delay: 1\n", "text/plain")
    with fetcher(delay=0.2) as http:
        for _ in range(3):
            http.fetch(site.url("/news/2024/05/12/article-1.html"))
    starts = [t for path, t in site.times if path.startswith("/news/")]
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(gaps) == 2 and min(gaps) >= 0.95  # the site's Crawl-delay, longer than ours


def test_retry_after_forms() -> None:
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480) == 0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470) == 10
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
