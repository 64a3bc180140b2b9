"""A real HTTP site on 127.0.0.1 for the collection tests: fixture feeds and pages from
tests/data/collect/, with the behaviours collection must cope with (ETag and 304, 301 chains,
429 with Retry-After, 500, slow and oversized answers, robots.txt, gzip, a GBK page).

Every request is recorded (path, headers) so tests can assert what was fetched and how often.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "collect"

PAGES = {
    "/news/2024/05/12/article-1.html": "article-1.html",
    "/news/2024/05/13/article-2.html": "article-2.html",
    "/news/2024/05/14/article-3.html": "article-3.html",
    "/private/2024/05/16/draft.html": "article-3.html",
}
XML = {"/feed.xml": "feed.xml", "/atom.xml": "atom.xml", "/sitemap.xml": "sitemap.xml", "/sources.opml": "sources.opml"}


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the body (a slow server)
    times: int | None = None  # answer like this this many times, then fall back to ``then``
    then: Answer | None = None


class Site:
    def __init__(self) -> None:
        self.answers: dict[str, Answer] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.times: list[tuple[str, float]] = []  # (path, time.monotonic()) of every request
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None
        self.base = ""
        self.gzip = True

    # building the site --------------------------------------------------------------------------

    def start(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                site.handle(self)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        self.load_fixtures()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def fixture(self, name: str) -> bytes:
        return (DATA / name).read_bytes().replace(b"{base}", self.base.encode())

    def load_fixtures(self) -> None:
        for path, name in PAGES.items():
            self.set(path, self.fixture(name))
        for path, name in XML.items():
            self.set(path, self.fixture(name), "application/xml; charset=utf-8")
        self.set("/robots.txt", self.fixture("robots.txt"), "text/plain")
        self.set("/list.html", self.fixture("list.html"))
        # charset only in the HTTP header: the page has no <meta charset>
        self.set("/news/2024/05/15/article-gbk.html", self.fixture("article-gbk.html"), "text/html; charset=gbk")
        self.redirect("/moved/article-3", "/moved/again/article-3")
        self.redirect("/moved/again/article-3", "/news/2024/05/14/article-3.html")
        self.answers["/broken/2024/05/17/error.html"] = Answer(500, b"internal error")

    def set(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        with self.lock:
            self.answers[path] = Answer(body=body, content_type=content_type)

    def redirect(self, path: str, target: str, status: int = 301) -> None:
        self.answers[path] = Answer(status, b"", headers={"Location": target})

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, prefix: str) -> int:
        with self.lock:
            return sum(n for path, n in self.hits.items() if path.startswith(prefix))

    # serving ------------------------------------------------------------------------------------

    def lookup(self, path: str) -> Answer:
        with self.lock:
            answer = self.answers.get(path)
            if answer is None:
                return Answer(404, b"not found", "text/plain")
            if answer.times is not None:
                answer.times -= 1
                if answer.times < 0 and answer.then is not None:
                    self.answers[path] = answer = answer.then
            return answer

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?", 1)[0]
        with self.lock:
            self.hits[path] += 1
            self.requests.append((path, dict(request.headers.items())))
            self.times.append((path, time.monotonic()))
        answer = self.lookup(path)
        if answer.delay:
            time.sleep(answer.delay)
        body, headers = answer.body, dict(answer.headers)
        status = answer.status
        if status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers["ETag"] = etag
            headers["Last-Modified"] = "Sun, 12 May 2024 01:30:00 GMT"
            if request.headers.get("If-None-Match") == etag:
                status, body = 304, b""
        if body and self.gzip and "gzip" in (request.headers.get("Accept-Encoding") or ""):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        try:
            request.send_response(status)
            request.send_header("Content-Type", answer.content_type)
            request.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                request.send_header(key, value)
            request.end_headers()
            if body:
                request.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a size or time limit): that is what some tests check


class Receiver:
    """A webhook receiver on 127.0.0.1: records every POST's JSON by path; ``answers`` sets the
    status and body per path (WeCom and DingTalk answer 200 with an ``errcode``)."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, dict]] = []
        self.keys: list[tuple[str, str | None]] = []  # each POST's path and Idempotency-Key header
        self.answers: dict[str, tuple[int, bytes]] = {}
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None
        self.base = ""

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with receiver.lock:
                    receiver.posts.append((self.path, json.loads(body.decode("utf-8"))))
                    receiver.keys.append((self.path, self.headers.get("Idempotency-Key")))
                    status, answer = receiver.answers.get(self.path, (200, b'{"errcode": 0, "errmsg": "ok"}'))
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def received(self, path: str) -> list[dict]:
        with self.lock:
            return [body for got, body in self.posts if got == path]


class Mailbox:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 keeping every message it accepts."""

    def __init__(self) -> None:
        self.messages: list = []
        self.controller = None
        self.port = 0

    def start(self) -> Mailbox:
        from email import message_from_bytes
        from email.policy import default

        from aiosmtpd.controller import Controller

        mailbox = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                mailbox.messages.append(message_from_bytes(envelope.content, policy=default))
                return "250 OK"

        with socket.socket() as probe:  # a free port: aiosmtpd's readiness check needs a real one
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()


def make_collector(corpus: Any, folder: Path, *, workers: int = 1, **settings: Any) -> Any:
    """The collector the tests run rounds with: no politeness delay, short timeouts, one source at
    a time; ``settings`` override the politeness (``retries=1``) or go to the collector (``stop=``)."""
    from aiwatch.collect.archive import Archive
    from aiwatch.collect.collector import Collector
    from aiwatch.collect.http import Fetcher, Politeness
    from aiwatch.options import Options

    polite = {"delay": 0.0, "retries": 0, "backoff": 0.05, "timeout": 3.0}
    polite |= {k: settings.pop(k) for k in list(settings) if k in polite}
    options = settings.pop("options", None) or Options()
    return Collector(corpus, Fetcher(Politeness(**polite)), Archive(folder), options, workers=workers, **settings)
