"""Polite HTTP: robots.txt, a clear User-Agent, per-host pacing, conditional GET, size and time
limits, retries with exponential backoff and ``Retry-After``.

Redirects are followed here, hop by hop, so that every hop is checked against its host's
robots.txt and paced like any other request (a 301 chain from 36kr.com to www.36kr.com is two
requests to two hosts).
"""

from __future__ import annotations

import contextlib
import email.utils
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from aiwatch import __version__


def project_url() -> str:
    """The ``Homepage`` of pyproject.toml's ``[project.urls]``, as the installed package's metadata
    gives it: the page a site's operator reads to find out who is fetching.  Whoever runs a watch
    should name themselves instead: ``[collect] user_agent`` in aiwatch.toml, or ``--user-agent``."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        entries = metadata("aiwatch").get_all("Project-URL") or []
    except PackageNotFoundError:  # run from a source tree that was never installed
        entries = []
    for entry in entries:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "homepage" and url.strip():
            return url.strip()
    return "https://pypi.org/project/aiwatch/"


PROJECT_URL = project_url()
USER_AGENT = f"aiwatch/{__version__} (+{PROJECT_URL})"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(Exception):
    """A URL that could not be fetched; ``status`` is the HTTP status (0: no answer at all)."""

    def __init__(
        self, url: str, reason: str, status: int = 0, retry_after: float | None = None, robots: bool = False
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.robots = robots  # refused by the site's robots.txt, not failed
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait, when it did


@dataclass(frozen=True)
class Politeness:
    """How hard aiwatch may press one site."""

    delay: float = 1.0  # seconds between two requests to one host
    per_host: int = 1  # requests in flight to one host (1 or 2)
    timeout: float = 15.0  # connect / read timeout, seconds
    deadline: float = 60.0  # a whole response, seconds (a server trickling bytes is cut off)
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 2.0  # first retry after this many seconds, then doubling
    max_retry_after: float = 120.0  # a longer Retry-After gives up now and backs the source off
    user_agent: str = USER_AGENT


@dataclass
class Response:
    url: str  # the final URL, after redirects
    status: int
    headers: httpx.Headers
    content: bytes  # decompressed body (gzip and deflate undone)
    elapsed_ms: int
    redirects: list[str] = field(default_factory=list)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def charset(self) -> str | None:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After: 120`` or ``Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`` → seconds to wait."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class HostGate:
    """Per-host pacing: at most ``per_host`` requests in flight, and ``delay`` seconds from the end
    of one request to the start of the next (a slow answer does not eat the pause); robots.txt's
    Crawl-delay, when longer, wins."""

    def __init__(self, politeness: Politeness, sleep: Callable[[float], None]) -> None:
        self.politeness = politeness
        self.sleep = sleep
        self.lock = threading.Lock()
        self.slots: dict[str, threading.Semaphore] = {}
        self.next_start: dict[str, float] = {}
        self.delays: dict[str, float] = {}

    def set_delay(self, host: str, delay: float) -> None:
        with self.lock:
            self.delays[host] = max(self.politeness.delay, delay)

    @contextlib.contextmanager
    def slot(self, host: str):
        with self.lock:
            slot = self.slots.setdefault(host, threading.Semaphore(self.politeness.per_host))
        with slot:
            with self.lock:
                now = time.monotonic()
                start = max(now, self.next_start.get(host, now))
                # claimed now, so a second slot (per_host 2) does not start at the same moment
                self.next_start[host] = start + self.delays.get(host, self.politeness.delay)
            if start > now:
                self.sleep(start - now)
            try:
                yield
            finally:
                with self.lock:
                    done = time.monotonic() + self.delays.get(host, self.politeness.delay)
                    self.next_start[host] = max(self.next_start.get(host, done), done)


class Fetcher:
    """One HTTP client for a round or a daemon; thread-safe."""

    def __init__(self, politeness: Politeness | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        self.politeness = politeness or Politeness()
        self.sleep = sleep
        self.gate = HostGate(self.politeness, sleep)
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.politeness.timeout),
            follow_redirects=False,
            headers={"User-Agent": self.politeness.user_agent, "Accept-Encoding": "gzip, deflate"},
            trust_env=False,  # a proxy from the environment must not see, or change, what we fetch
        )
        self.robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self.robots_lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # robots.txt -------------------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        host = host_of(url)
        with self.robots_lock:
            rules = self.robots.get(host)
        if rules is None:
            rules = self._load_robots(host)
            with self.robots_lock:
                self.robots[host] = rules
        return rules.can_fetch(self.politeness.user_agent, url)

    def _load_robots(self, host: str) -> urllib.robotparser.RobotFileParser:
        """robots.txt as urllib reads it: 401/403 forbid everything, a missing file allows all.
        A site that does not answer is treated as a missing file; its pages then fail on their own."""
        rules = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        try:
            with self.gate.slot(host):
                answer = self._get(host + "/robots.txt", {})
        except FetchError:
            rules.parse([])
            return rules
        if answer.status in (401, 403):
            rules.disallow_all = True
        elif answer.status >= 400:
            rules.allow_all = True
        else:
            rules.parse(answer.content.decode("utf-8", errors="replace").splitlines())
            delay = rules.crawl_delay(self.politeness.user_agent)
            if delay:
                self.gate.set_delay(host, float(delay))
        return rules

    # one request ------------------------------------------------------------------------------

    def _get(self, url: str, headers: dict[str, str]) -> Response:
        """One GET, no redirects, no retries; the body is read up to the size and time limits."""
        limits = self.politeness
        started = time.monotonic()
        try:
            with self.client.stream("GET", url, headers=headers) as answer:
                declared = answer.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limits.max_bytes:
                    raise FetchError(url, f"too large: {declared} bytes, limit {limits.max_bytes}", answer.status_code)
                chunks, size = [], 0
                for chunk in answer.iter_bytes():
                    size += len(chunk)
                    if size > limits.max_bytes:
                        raise FetchError(url, f"too large: over {limits.max_bytes} bytes", answer.status_code)
                    if time.monotonic() - started > limits.deadline:
                        raise FetchError(url, f"too slow: no complete answer within {limits.deadline:g} s")
                    chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out ({type(exc).__name__})") from None
        except httpx.DecodingError as exc:
            raise FetchError(url, f"cannot decompress the answer ({exc})") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from None
        elapsed = int((time.monotonic() - started) * 1000)
        return Response(str(answer.url), answer.status_code, answer.headers, b"".join(chunks), elapsed)

    def _attempts(self, url: str, headers: dict[str, str]) -> Response:
        """One URL with retries: 429/5xx and network errors wait (Retry-After, else backoff) and try again."""
        limits = self.politeness
        for attempt in range(limits.retries + 1):
            last = attempt == limits.retries
            try:
                with self.gate.slot(host_of(url)):
                    answer = self._get(url, headers)
            except FetchError as exc:
                if last or exc.reason.startswith("too large"):
                    raise
                self.sleep(limits.backoff * 2**attempt)
                continue
            if answer.status not in RETRY_STATUSES:
                return answer
            wait = parse_retry_after(answer.headers.get("retry-after")) if answer.status in (429, 503) else None
            if wait is not None and wait > limits.max_retry_after:
                raise FetchError(url, f"HTTP {answer.status}, Retry-After {wait:.0f} s", answer.status, wait)
            if last:
                raise FetchError(url, f"HTTP {answer.status} after {limits.retries + 1} tries", answer.status, wait)
            self.sleep(wait if wait is not None else limits.backoff * 2**attempt)
        raise AssertionError("unreachable")

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` politely; a 304 comes back as a Response with status 304 and no content.
        Raises FetchError for robots.txt refusals, HTTP errors, limits and network failures."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        redirects: list[str] = []
        current = url
        for _hop in range(self.politeness.max_redirects + 1):
            if not current.startswith(("http://", "https://")):
                raise FetchError(url, f"not an http(s) URL: {current}")
            if not self.allowed(current):
                raise FetchError(current, "disallowed by robots.txt", 0, robots=True)
            answer = self._attempts(current, headers)
            if answer.status in (301, 302, 303, 307, 308) and "location" in answer.headers:
                redirects.append(current)
                current = urljoin(current, answer.headers["location"])
                continue
            answer.redirects = redirects
            if answer.status == 304 or 200 <= answer.status < 300:
                return answer
            raise FetchError(current, f"HTTP {answer.status}", answer.status)
        raise FetchError(url, f"more than {self.politeness.max_redirects} redirects", 0)
