"""Documents per second: the local worker pool against the Dask engine on this machine.

    python bench/bench_dask.py [--mb 4] [--seed 7]

Builds (or reuses) a generated corpus with bench/make_corpus.py, then runs the same ``aiwatch
extract`` twice: ``--jobs 2`` (the local runner's forked workers) and ``--engine dask`` against a
real ``dask scheduler`` and two ``dask worker`` processes (one thread each) started here on
127.0.0.1.  Reports wall seconds, documents/s, the client's peak RSS (``ru_maxrss`` by ``wait4``),
the local run's peak RSS of its whole process tree, and each Dask worker's peak RSS (``VmHWM``, read
in the worker after the run); checks both runs wrote the same articles (ignoring order).  Results go
to bench/results/dask.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import measure
from machine import describe_machine
from make_corpus import build, default_out

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def start_cluster(work: Path) -> tuple[str, list[subprocess.Popen]]:
    address_file = work / "scheduler.json"
    env = dict(os.environ)
    quiet = {"cwd": work, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                               "--scheduler-file", str(address_file), "--no-dashboard"], **quiet)]
    deadline = time.monotonic() + 60
    while not address_file.exists():
        if time.monotonic() > deadline:
            raise SystemExit("dask scheduler did not start within 60 s")
        time.sleep(0.2)
    for _ in range(2):
        procs.append(subprocess.Popen([str(BIN / "dask"), "worker", "--scheduler-file", str(address_file), "--host",
                                       "127.0.0.1", "--nthreads", "1", "--memory-limit", "0", "--no-dashboard"],
                                      **quiet))
    address = json.loads(address_file.read_text())["address"]
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(2, timeout=120)
    return address, procs


def articles(stdout: str) -> list[str]:
    return sorted(json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False)
                  for line in stdout.splitlines() if line.strip())


def _differences(local: list[str], on_dask: list[str]) -> str:
    """Which articles and fields differ (by path), for the report."""
    by_path = {json.loads(line)["path"]: json.loads(line) for line in local}
    fields: dict[str, int] = {}
    paths = 0
    for line in on_dask:
        record = json.loads(line)
        other = by_path.get(record["path"])
        if other is None or other == record:
            continue
        paths += 1
        for name in record:
            if record[name] != other.get(name):
                fields[name] = fields.get(name, 0) + 1
    return f"{paths} article(s) differ, fields {fields}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=4.0, help="Corpus size in MB (default 4).")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    corpus = default_out(args.mb, args.seed)
    if not (corpus / ".manifest.json").exists():
        build(args.mb, args.seed, corpus)
    base = [sys.executable, "-m", "aiwatch", "extract", str(corpus)]
    local = measure([*base, "--jobs", "2"])
    with tempfile.TemporaryDirectory() as work:
        address, procs = start_cluster(Path(work))
        try:
            on_dask = measure([*base, "--engine", "dask", "--scheduler", address])
            from distributed import Client

            with Client(address, timeout="30s") as client:
                workers_mb = sorted(client.run(_peak_rss_mb).values())
        finally:
            for proc in procs[::-1]:
                proc.terminate()
                proc.wait(timeout=30)
    local_articles, dask_articles = articles(local.stdout), articles(on_dask.stdout)
    same = local_articles == dask_articles
    differing = _differences(local_articles, dask_articles)
    documents = len(local_articles)
    rows = [
        f"| local --jobs 2 | {documents} | {local.seconds:.1f} | {documents / local.seconds:.1f} | "
        f"{local.peak_process_mb:.0f} | tree {local.peak_tree_mb:.0f} |",
        f"| dask, 1 scheduler + 2 workers x 1 thread | {len(dask_articles)} | {on_dask.seconds:.1f} | "
        f"{len(dask_articles) / on_dask.seconds:.1f} | {on_dask.peak_process_mb:.0f} | "
        f"workers {', '.join(f'{mb:.0f}' for mb in workers_mb)} |",
    ]
    report = "\n".join([
        f"# Dask engine against the local pool ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})",
        "",
        f"Machine: {describe_machine()}",
        f"Command: python bench/bench_dask.py --mb {args.mb:g} --seed {args.seed} "
        f"(corpus {corpus.relative_to(ROOT)}, make_corpus.py)",
        "",
        "| engine | articles | seconds | articles/s | client peak RSS MB | other peak RSS MB |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        f"Same articles from both engines (ignoring order): {'yes' if same else 'NO: ' + differing}.",
        "",
    ])
    out = ROOT / "bench" / "results" / "dask.md"
    out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
