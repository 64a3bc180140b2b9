"""Real processes the tests talk to: ``aiwatch serve`` on a free port and the Debian Chromium.

One copy of how a server is started, waited for and stopped, so every browser or HTTP test module
(the end-to-end pages, the README tour, the server's limits) runs it the same way.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
#: Headless and quiet: no sandbox (CI runs as root), nothing fetched by the browser on its own.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    """The browser's path; in CI a missing browser is a failure, elsewhere a skip naming the package."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run must apt-get install chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    return CHROMIUM


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(base: str, process: subprocess.Popen, seconds: float = 60) -> None:
    """Poll ``/api/health`` until it answers 200; a server that exits first shows its stderr."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"aiwatch serve exited: {process.stderr.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("aiwatch serve did not answer in time")


@contextlib.contextmanager
def serving(db: str, *flags: str, token: str | None = None) -> Iterator[tuple[str, int]]:
    """``aiwatch serve --db DB FLAGS`` on 127.0.0.1; yields (base URL, port) and stops it afterwards.

    ``token`` sets ``AIWATCH_TOKEN`` for the server ("" for none); None keeps the caller's environment.
    """
    port = free_port()
    command = [sys.executable, "-m", "aiwatch", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)]
    env = dict(os.environ) if token is None else {**os.environ, "AIWATCH_TOKEN": token}
    process = subprocess.Popen([*command, *flags], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base, port
    finally:
        stop(process)


def stop(process: subprocess.Popen, seconds: float = 10) -> None:
    """SIGTERM, then SIGKILL if it has not exited within ``seconds``."""
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
