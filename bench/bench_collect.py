"""Live collection speed and memory, against a local HTTP site in another process.

Three measurements, all on this machine in one run:

* throughput: one ``aiwatch fetch`` round over a sitemap of N real Chinese news pages (the raw
  pages of ``shared/eval/extraction_dev``, each served under several URLs), at a fixed politeness
  (one request at a time to the site, ``--delay`` seconds apart): pages/s fetched, archived,
  analysed and stored, and CPU seconds per page of the collecting process (the server's CPU is
  its own process's);
* baseline, same pages, same server, same run: a plain httpx GET loop with trafilatura's
  extraction (no analysis, no store, no archive), the usual "fetch and extract" script;
* memory: ``--rounds`` simulated rounds (a day of a 15-minute source is 96) where the feed gains
  one new page per round and every other page is already known, each round followed by what the
  ``watch`` daemon does after a round: the alert pass of a subscription (delivered to a webhook on
  the same site) and the digest pass; resident memory, CPU and the articles in the corpus after
  each round, so growth shows.

    python bench/bench_collect.py [--pages 138] [--delay 0.01] [--rounds 96] [--output bench/results/collect.md]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from machine import describe_machine
from paths import SHARED

ROOT = Path(__file__).resolve().parents[1]
PAGES_DIR = SHARED / "eval" / "extraction_dev"


# the site (runs in its own process) ------------------------------------------------------------


def edition(page: bytes, number: int) -> bytes:
    """The page as another outlet's edition: a mark in its title and first paragraph (ASCII, so
    GBK pages stay GBK), so it is a new article (a near-duplicate of the first), not the same one."""
    if number == 0:
        return page
    mark = f" [{number}] ".encode()
    page = re.sub(rb"</title>", mark + rb"</title>", page, count=1, flags=re.I)
    return re.sub(rb"(<p(?:\s[^>]*)?>)", rb"\1" + mark, page, count=1, flags=re.I)


def serve(folder: Path, port_file: Path) -> None:
    pages = sorted(p.read_bytes() for p in folder.glob("*.html"))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # the benchmark's site: /sitemap.xml, /feed/N.xml, /p/N.html
            path = self.path
            if path == "/robots.txt":
                body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
            elif path.startswith(("/sitemap-", "/growing-")):
                count = int(path.split("-")[1].split(".")[0])  # lists pages 0..count-1
                urls = "".join(f"<url><loc>http://{self.headers['Host']}/p/{n}.html</loc></url>" for n in range(count))
                body, kind = f"<urlset>{urls}</urlset>".encode(), "application/xml"
            elif path.startswith("/p/"):
                number = int(path[3:].split(".")[0])
                body, kind = edition(pages[number % len(pages)], number // len(pages)), "text/html; charset=utf-8"
            else:
                body, kind = b"not found", "text/plain"
            self.send_response(200 if body != b"not found" else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # /hook: the alerts' webhook receiver
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_file.write_text(str(server.server_address[1]))
    server.serve_forever()


def start_site(folder: Path) -> tuple[subprocess.Popen, str]:
    port_file = Path(tempfile.mkdtemp()) / "port"
    process = subprocess.Popen([sys.executable, __file__, "--serve", str(folder), "--port-file", str(port_file)])
    for _ in range(200):
        if port_file.exists() and port_file.read_text():
            return process, f"http://127.0.0.1:{port_file.read_text()}"
        time.sleep(0.05)
    process.kill()
    raise SystemExit("the benchmark site did not start")


# measurements ----------------------------------------------------------------------------------


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def collector_for(db: Path, delay: float):
    from aiwatch.collect.archive import Archive
    from aiwatch.collect.collector import Collector
    from aiwatch.collect.http import Fetcher, Politeness
    from aiwatch.options import Options
    from aiwatch.store import open_store

    store = open_store(str(db))
    fetcher = Fetcher(Politeness(delay=delay, per_host=1, retries=0, timeout=10))
    return Collector(store, fetcher, Archive(db.with_suffix(".warc")), Options(), workers=1)


def measure_round(base: str, pages: int, delay: float, folder: Path) -> dict:
    from aiwatch.collect.sources import SourceSpec, add_source

    collector = collector_for(folder / "throughput.db", delay)
    add_source(collector.store, SourceSpec(f"{base}/sitemap-{pages}.xml", kind="sitemap"))
    cpu, wall = cpu_seconds(), time.perf_counter()
    counts = collector.run_round()
    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    collector.store.close()
    fetched = counts.new + counts.duplicate + counts.revision + counts.unchanged + counts.failed
    return {
        "pages": fetched,
        "new": counts.new,
        "duplicate": counts.duplicate,
        "revision": counts.revision,
        "unchanged": counts.unchanged,
        "wall": wall,
        "cpu": cpu,
        "failed": counts.failed,
    }


def measure_baseline(base: str, pages: int, delay: float) -> dict:
    import httpx
    import trafilatura

    cpu, wall = cpu_seconds(), time.perf_counter()
    extracted = 0
    with httpx.Client(timeout=10, trust_env=False) as client:
        for number in range(pages):
            answer = client.get(f"{base}/p/{number}.html")
            extracted += bool(trafilatura.extract(answer.text))
            time.sleep(delay)
    return {"pages": pages, "extracted": extracted, "wall": time.perf_counter() - wall, "cpu": cpu_seconds() - cpu}


def measure_memory(base: str, rounds: int, delay: float, folder: Path) -> list[tuple[int, float, int, float, int]]:
    """(round, RSS MB, articles in the corpus, CPU ms of the round, alerts sent so far) as a source
    grows by one page a round; after each round the alert and digest passes run as in ``watch``."""
    from sqlalchemy import func, select, update

    from aiwatch.collect.alerts import Alerter, Subscription, save_subscription
    from aiwatch.collect.digest import send_due_digests
    from aiwatch.collect.sources import SourceSpec, add_source
    from aiwatch.store.schema import articles, watch_sources

    collector = collector_for(folder / "memory.db", delay)
    source_id, _ = add_source(collector.store, SourceSpec(f"{base}/growing-1.xml", kind="sitemap"))
    hook = {"type": "webhook", "url": f"{base}/hook"}
    subscription = {"name": "bench", "rules": [{"query": "人工智能 OR 公司 OR 技术"}], "targets": [hook]}
    save_subscription(collector.store, Subscription.from_dict(subscription, "cli"))
    samples, sent = [], 0
    for number in range(1, rounds + 1):
        with collector.store.transaction() as conn:  # the source now lists one more page
            conn.execute(
                update(watch_sources).where(watch_sources.c.id == source_id).values(url=f"{base}/growing-{number}.xml")
            )
        cpu = cpu_seconds()
        collector.run_round(force=True)
        sent += Alerter(collector.store).run().sent
        send_due_digests(collector.store)
        cpu = cpu_seconds() - cpu
        if number in (1, 2, 5) or number % max(1, rounds // 8) == 0 or number == rounds:
            with collector.store.connect() as conn:
                stored = conn.execute(select(func.count()).select_from(articles)).scalar()
            samples.append((number, rss_mb(), stored, 1000 * cpu, sent))
    collector.store.close()
    return samples


def report(args, site: str, throughput: dict, baseline: dict, memory: list) -> str:
    rate = throughput["pages"] / throughput["wall"]
    base_rate = baseline["pages"] / baseline["wall"]
    lines = [
        "# Live collection (aiwatch fetch) against a local site",
        "",
        f"{args.pages} pages (the {len(list(args.pages_dir.glob('*.html')))} raw pages of extraction_dev, then the same"
        " pages as other outlets' editions, near-duplicates) served by a local HTTP server in its own process;"
        " politeness fixed at one request at a time to the site,"
        f" {args.delay} s apart. CPU is the collecting process's own (user + system).",
        "",
        "| system | pages | wall s | pages/s (wall) | CPU ms/page | what it does per page |",
        "|---|---|---|---|---|---|",
        f"| aiwatch fetch (1 round) | {throughput['pages']} | {throughput['wall']:.1f} | {rate:.1f} | "
        f"{1000 * throughput['cpu'] / max(1, throughput['pages']):.1f} | robots.txt, GET, WARC (synced), decode,"
        " extract, clean, meta, full analysis, near-duplicate check, store (SQLite) |",
        f"| httpx + trafilatura.extract | {baseline['pages']} | {baseline['wall']:.1f} | {base_rate:.1f} | "
        f"{1000 * baseline['cpu'] / max(1, baseline['pages']):.1f} | GET, extract main text |",
        "",
        f"aiwatch: {throughput['new']} new articles, {throughput['duplicate']} near-duplicates, "
        f"{throughput['revision']} revisions (an edition at the same page address as a stored article: an edit of it), "
        f"{throughput['unchanged']} already stored (an edition whose mark fell outside the extracted text), "
        f"{throughput['failed']} failed pages; baseline: "
        f"{baseline['extracted']} pages with text.",
        "",
        f"## Memory over {args.rounds} rounds (one new page per round, all others known; alert and digest passes)",
        "",
        "A day of a source fetched every 15 minutes is 96 rounds. After the "
        f"{len(list(args.pages_dir.glob('*.html')))} pages, each comes again as another outlet's edition (a mark in "
        "its title and first paragraph): a new article, stored as a near-duplicate of the first and alerted on "
        "once per story.",
        "",
        "| round | RSS MB | articles in the corpus | CPU ms of this round | alerts sent so far |",
        "|---|---|---|---|---|",
        *[f"| {n} | {mb:.0f} | {stored} | {cpu:.0f} | {sent} |" for n, mb, stored, cpu, sent in memory],
        "",
        f"Machine at the start: {args.machine_start}",
        "",
        f"Machine at the end: {describe_machine()}",
        "",
        f"Site: {site}",
        "",
        f"Command: `python bench/bench_collect.py --pages {args.pages} --delay {args.delay} --rounds {args.rounds}`",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=138)
    parser.add_argument("--delay", type=float, default=0.01)
    parser.add_argument("--rounds", type=int, default=96)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "collect.md")
    parser.add_argument("--pages-dir", type=Path, default=PAGES_DIR, help="raw HTML pages to serve")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--port-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port_file)
        return 0
    if not args.pages_dir.is_dir():
        print(f"evaluation pages not found at {args.pages_dir} (../shared is not beside this clone)", file=sys.stderr)
        return 2
    args.machine_start = describe_machine()
    process, base = start_site(args.pages_dir)
    try:
        with tempfile.TemporaryDirectory() as folder:
            baseline = measure_baseline(base, args.pages, args.delay)
            throughput = measure_round(base, args.pages, args.delay, Path(folder))
            memory = measure_memory(base, args.rounds, args.delay, Path(folder))
    finally:
        process.terminate()
        process.wait(timeout=10)
    text = report(args, "127.0.0.1, http.server (ThreadingHTTPServer)", throughput, baseline, memory)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
