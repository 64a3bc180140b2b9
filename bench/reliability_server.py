"""Slow clients against a real ``aiwatch serve``: does anyone else still get an answer?

    python bench/reliability_server.py [--seconds 150] [--no-baseline]

The reliability suite's server section (issue 10).  Each scenario starts a fresh server on
127.0.0.1 (a free port, a new corpus in a temporary folder), attacks it and, all the while, asks
``/api/health`` four times a second as an ordinary client would:

* **idle sockets**: 600 connections that send nothing (more than the 512 the server keeps open);
* **slowloris**: 300 connections sending their request head one byte per second;
* **slow bodies**: 60 ``POST /api/ingest`` uploads (with the token) trickling one byte per second,
  while an honest client uploads a new document every half second.

``run(seconds)`` returns one row per scenario and server, with the keys the reliability driver
(``bench/reliability.py``) tabulates: ``inputs`` (attacking connections plus honest requests),
``crashes`` (the server process died, or answered 500), ``hangs`` (honest requests that failed
or took longer than ``BUDGET`` seconds), ``peak_mem_ratio`` (the server's peak RSS over its RSS
before the attack), ``lost`` (honest uploads not stored), ``doubled`` (articles stored twice).
The baseline is the same app under plain uvicorn as ``aiwatch serve`` ran it before issue 10
(``limit_concurrency=256``, no request-head deadline), measured in the same run; its rows carry
their counts in the notes (the driver's totals are this server's).  Run alone, the
table goes to ``bench/results/reliability_server.md`` with the machine and the command.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import describe_machine

RESULTS = Path(__file__).resolve().parent / "results" / "reliability_server.md"
HOST = "127.0.0.1"  # never anything else: this script must not attack someone else's server
TOKEN = "bench-reliability-token"
#: An honest request that takes longer than this has hung, as far as its user is concerned.
BUDGET = 2.0
PROBES_PER_SECOND = 4

#: Words for the honest uploads: each document draws its own sentence, so no two are near-duplicates.
_VOCABULARY = """
商汤科技 华为 阿里巴巴 百度 腾讯 字节跳动 科大讯飞 智谱 月之暗面 上海 北京 深圳 杭州 合肥 大模型 算力 芯片
智算中心 机器人 自动驾驶 多模态 推理 训练 开源 发布 投资 融资 亿元 合作 签约 产业园 政策 补贴 人才 数据
安全 标准 评测 应用 医疗 金融 教育 制造 能源 交通 政务 平台 生态 基金 实验室 高校 研究院 论坛 峰会
"""
WORDS = tuple(_VOCABULARY.split())


@dataclass
class Server:
    """One server process under attack, and what its honest clients saw."""

    process: subprocess.Popen
    port: int
    folder: Path
    rss_start: int = 0
    rss_peak: int = 0
    probes: int = 0
    slow: int = 0
    failed: int = 0
    errors_500: int = 0
    uploaded: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.port}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def rss(pid: int) -> int:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def start_server(baseline: bool) -> Server:
    folder = Path(tempfile.mkdtemp(prefix="aiwatch-reliability-"))
    port = free_port()
    env = {**os.environ, "AIWATCH_DB": str(folder / "corpus.db"), "AIWATCH_TOKEN": TOKEN}
    if baseline:
        # ``aiwatch serve`` before issue 10: uvicorn's own protocol, connections counted towards 256.
        code = (
            "import uvicorn; from aiwatch.web.app import app_from_env; "
            f"uvicorn.run(app_from_env(), host='{HOST}', port={port}, log_level='error', limit_concurrency=256)"
        )
        command = [sys.executable, "-c", code]
    else:
        command = [sys.executable, "-m", "aiwatch", "serve", "--host", HOST, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    server = Server(process, port, folder)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(server.base + "/api/health", timeout=2):
                server.rss_start = server.rss_peak = rss(process.pid)
                return server
        except OSError:
            time.sleep(0.3)
    stop_server(server)
    raise RuntimeError("the server did not start")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


def ask(server: Server, request: urllib.request.Request) -> int | None:
    """One honest request; counts it as slow or failed. The status, or None when there was none."""
    started = time.monotonic()
    status = None
    try:
        with urllib.request.urlopen(request, timeout=BUDGET * 2) as answer:
            status = answer.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = None
    took = time.monotonic() - started
    if status is None or status >= 500:
        server.failed += 1
        server.errors_500 += status == 500
    elif took > BUDGET:
        server.slow += 1
    return status


def probe(server: Server, stop: threading.Event) -> None:
    """/api/health four times a second, and the server's memory, until ``stop``."""
    while not stop.is_set():
        server.probes += 1
        ask(server, urllib.request.Request(server.base + "/api/health"))
        server.rss_peak = max(server.rss_peak, rss(server.process.pid))
        stop.wait(1 / PROBES_PER_SECOND)


def connect(server: Server, count: int) -> list[socket.socket]:
    opened = []
    for _ in range(count):
        try:
            opened.append(socket.create_connection((HOST, server.port), timeout=5))
        except OSError:
            break  # the listen queue is full: that is the attack working
    return opened


def still_open(socks: list[socket.socket]) -> int:
    """Connections the server has not closed (a 408 answer followed by a close counts as closed)."""
    return sum(not closed(sock) for sock in socks)


def closed(sock: socket.socket) -> bool:
    sock.settimeout(0.05)
    try:
        while sock.recv(65536):
            pass  # an answer (408) before the close
        return True
    except TimeoutError:
        return False
    except OSError:
        return True


def idle_sockets(server: Server, seconds: float) -> int:
    socks = connect(server, 600)
    time.sleep(seconds)
    server.notes.append(f"{len(socks)} idle connections, {still_open(socks)} still open after {seconds:.0f} s")
    close_all(socks)
    return len(socks)


def slowloris(server: Server, seconds: float) -> int:
    socks = connect(server, 300)
    head = b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 10_000
    started = time.monotonic()
    for position in range(len(head)):
        if time.monotonic() - started > seconds:
            break
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.sendall(head[position : position + 1])
        time.sleep(1.0)
    server.notes.append(f"{len(socks)} byte-a-second heads, {still_open(socks)} still open after {seconds:.0f} s")
    close_all(socks)
    return len(socks)


def slow_bodies(server: Server, seconds: float) -> int:
    socks = connect(server, 60)
    for sock in socks:
        with contextlib.suppress(OSError):
            sock.sendall(
                f"POST /api/ingest HTTP/1.1\r\nHost: {HOST}\r\nAuthorization: Bearer {TOKEN}\r\n"
                "Content-Type: text/plain\r\nContent-Length: 200000\r\n\r\n".encode()
            )
    uploads = threading.Thread(target=honest_uploads, args=(server, seconds))
    uploads.start()
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.sendall("据".encode()[:1])
        time.sleep(1.0)
    uploads.join()
    server.notes.append(f"{len(socks)} trickled uploads, {still_open(socks)} still open after {seconds:.0f} s")
    close_all(socks)
    return len(socks)


def honest_document(number: int) -> bytes:
    rng = random.Random(number)
    sentences = ["".join(rng.sample(WORDS, 8)) + "。" for _ in range(6)]
    title = f"可靠性测试第{number}号：{rng.choice(WORDS)}动态"
    return f"{title}\n\n2024年5月{number % 28 + 1}日，{''.join(sentences)}".encode()


def honest_uploads(server: Server, seconds: float) -> None:
    started = time.monotonic()
    number = 0
    while time.monotonic() - started < seconds:
        number += 1
        request = urllib.request.Request(
            server.base + f"/api/ingest?name=honest-{number}.txt",
            data=honest_document(number),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"},
            method="POST",
        )
        ask(server, request)
        server.uploaded += 1
        time.sleep(0.5)


def warm_up(server: Server) -> None:
    """One upload before the attack: the first loads the analysis models (seconds), not a hang."""
    request = urllib.request.Request(
        server.base + "/api/ingest?name=warm-up.txt",
        data=honest_document(0),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=120):
        pass


def corpus_articles(server: Server) -> int:
    with urllib.request.urlopen(server.base + "/api/health", timeout=30) as answer:
        counts = json.load(answer)
    return int(counts.get("articles", 0)) + int(counts.get("duplicates", 0))


SCENARIOS = (
    ("idle sockets", idle_sockets),
    ("slowloris heads", slowloris),
    ("slow bodies to POST /api/ingest", slow_bodies),
)


def measure(name: str, attack, seconds: float, baseline: bool) -> dict:
    server = start_server(baseline)
    try:
        warm_up(server)
        server.rss_start = server.rss_peak = rss(server.process.pid)  # the analysis models are loaded now
        before = corpus_articles(server)
        stop = threading.Event()
        prober = threading.Thread(target=probe, args=(server, stop))
        prober.start()
        attackers = attack(server, seconds)
        stop.set()
        prober.join()
        crashed = server.process.poll() is not None
        uploaded = server.uploaded
        stored = corpus_articles(server) - before if not crashed else 0
        honest = server.probes + uploaded
        measured = {
            "category": f"server: {name}" + (" (baseline: uvicorn, limit_concurrency=256)" if baseline else ""),
            "inputs": attackers + honest,
            "crashes": int(crashed) + server.errors_500,
            "hangs": server.slow + server.failed,
            "peak_mem_ratio": round(server.rss_peak / server.rss_start, 2) if server.rss_start else None,
            "lost": max(0, uploaded - stored),
            "doubled": max(0, stored - uploaded),
            "notes": "; ".join(
                [*server.notes, f"{honest} honest requests: {server.failed} failed, {server.slow} over {BUDGET:.0f} s"]
            ),
        }
        if baseline:  # the comparison, not our server: its numbers go in the notes, not in the totals
            for key in ("crashes", "hangs", "lost", "doubled"):
                measured["notes"] += f"; {key} {measured[key]}"
                measured[key] = None
        return measured
    finally:
        stop_server(server)


def close_all(socks: list[socket.socket]) -> None:
    for sock in socks:
        sock.close()


def run(seconds: float = 150, baseline: bool = True) -> list[dict]:
    """Every scenario against ``aiwatch serve`` (and the baseline), ``seconds`` in all."""
    servers = (False, True) if baseline else (False,)
    each = max(5.0, seconds / (len(SCENARIOS) * len(servers)))
    return [measure(name, attack, each, base) for name, attack in SCENARIOS for base in servers]


def table(rows: list[dict]) -> str:
    keys = ("category", "inputs", "crashes", "hangs", "peak_mem_ratio", "lost", "doubled", "notes")
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join("–" if row[k] is None else str(row[k]) for k in keys) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=150, help="time for all scenarios together")
    parser.add_argument("--no-baseline", action="store_true", help="skip the plain-uvicorn baseline")
    args = parser.parse_args()
    started = time.monotonic()
    rows = run(args.seconds, not args.no_baseline)
    report = (
        "# Slow clients against `aiwatch serve`\n\n"
        f"An honest client asks `/api/health` {PROBES_PER_SECOND} times a second during each attack (and, with slow "
        f"bodies, uploads a document every half second); a request that fails or takes over {BUDGET:.0f} s is a hang.\n"
        "Baseline: the same app under plain uvicorn as `aiwatch serve` ran it before issue 10.\n\n"
        f"{table(rows)}\n\n"
        f"Machine: {describe_machine()}\n\n"
        f"Command: `python bench/reliability_server.py --seconds {args.seconds:g}"
        f"{' --no-baseline' if args.no_baseline else ''}` ({time.monotonic() - started:.0f} s)\n"
    )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
