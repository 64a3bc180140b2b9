"""Documents per second: the local worker pool against the Dask engine on this machine.

    python bench/bench_dask.py [--mb 4] [--seed 7] [--workers 1,2] [--scale 10000,100000]

Builds (or reuses) a generated corpus with bench/make_corpus.py, then runs the same ``aiwatch
extract``: ``--jobs 2`` (the local runner's forked workers) and ``--engine dask`` against a real
``dask scheduler`` and one, then two ``dask worker`` processes (one thread each) started here on
127.0.0.1.  Reports wall seconds, documents/s, the client's peak RSS (``ru_maxrss`` by ``wait4``),
the local run's peak RSS of its whole process tree, and each Dask worker's peak RSS (``VmHWM``,
read in the worker after the run, and of its budgeted document processes); checks the runs wrote
the same articles (ignoring order).

``--scale``: that many small documents (one seed paragraph each, ``--no-analyze``: reading and
cleaning only, so the engine's own cost shows) through the local pool and the two-worker cluster,
for the memory of the client and the workers as the number of inputs grows, and the time per input
each engine adds.  Results go to bench/results/dask.md.
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
from paths import SHARED

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _budget_children_mb() -> list[float]:
    """Peak RSS of this dask worker's budgeted document processes (runner.Workers)."""
    import psutil

    peaks = []
    for child in psutil.Process().children():
        try:
            with open(f"/proc/{child.pid}/status", encoding="ascii") as status:
                peaks.extend(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))
        except OSError:
            continue
    return peaks


def start_cluster(work: Path, workers: int = 2) -> tuple[str, list[subprocess.Popen]]:
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
    for _ in range(workers):
        procs.append(subprocess.Popen([str(BIN / "dask"), "worker", "--scheduler-file", str(address_file), "--host",
                                       "127.0.0.1", "--nthreads", "1", "--memory-limit", "0", "--no-dashboard"],
                                      **quiet))
    address = json.loads(address_file.read_text())["address"]
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(workers, timeout=120)
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


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs[::-1]:
        proc.terminate()
        proc.wait(timeout=30)


def on_cluster(command: list[str], workers: int) -> tuple:
    """``command`` (an aiwatch run) against a fresh cluster of ``workers``: the measurement and
    each worker's peak RSS and its budgeted processes' peaks."""
    from distributed import Client

    with tempfile.TemporaryDirectory() as work:
        address, procs = start_cluster(Path(work), workers)
        try:
            measured = measure([*command, "--engine", "dask", "--scheduler", address])
            with Client(address, timeout="30s") as client:
                peaks = sorted(client.run(_peak_rss_mb).values())
                children = sorted(mb for found in client.run(_budget_children_mb).values() for mb in found)
        finally:
            _stop(procs)
    return measured, peaks, children


def _mb(values: list[float]) -> str:
    return ", ".join(f"{value:.0f}" for value in values) or "-"


def throughput(args) -> list[str]:
    """Rounds of the same runs, one after another: local --jobs 2, then dask with each number of
    workers; each dask run's share of the local run of its round, and the median share."""
    import statistics

    corpus = default_out(args.mb, args.seed)
    if not (corpus / ".manifest.json").exists():
        build(args.mb, args.seed, corpus)
    base = [sys.executable, "-m", "aiwatch", "extract", str(corpus)]
    load_before = _load()
    rows, same, cpu = [], [], []
    shares: dict[int, list[float]] = {workers: [] for workers in args.workers}
    for round_number in range(1, args.repeat + 1):
        load = _load()
        local = measure([*base, "--jobs", "2"])
        documents = len(articles(local.stdout))
        cpu.append(local.cpu_seconds / documents * 1000)
        rows.append(f"| {round_number} | local --jobs 2 | {documents} | {local.seconds:.1f} | "
                    f"{documents / local.seconds:.1f} | 100% | {local.peak_process_mb:.0f} | "
                    f"tree {local.peak_tree_mb:.0f} | {load} |")
        for workers in args.workers:
            load = _load()
            on_dask, peaks, children = on_cluster(base, workers)
            got = articles(on_dask.stdout)
            if got != articles(local.stdout):
                differ = _differences(articles(local.stdout), got)
                same.append(f"round {round_number}, {workers} worker(s): NO: {differ}")
            share = (len(got) / on_dask.seconds) / (documents / local.seconds)
            shares[workers].append(share)
            rows.append(f"| {round_number} | dask, {workers} worker(s) x 1 thread | {len(got)} | "
                        f"{on_dask.seconds:.1f} | {len(got) / on_dask.seconds:.1f} | {share:.0%} | "
                        f"{on_dask.peak_process_mb:.0f} | "
                        f"workers {_mb(peaks)}; document processes {_mb(children)} | {load} |")
    medians = "; ".join(f"{workers} worker(s) {statistics.median(values):.0%} (rounds: "
                        f"{', '.join(f'{value:.0%}' for value in values)})" for workers, values in shares.items())
    return [
        f"Command: python bench/bench_dask.py --mb {args.mb:g} --seed {args.seed} --workers "
        f"{','.join(map(str, args.workers))} --repeat {args.repeat} (corpus {corpus.relative_to(ROOT)}, "
        f"make_corpus.py), load before: {load_before}",
        "",
        "| round | engine | articles | seconds | articles/s | of local (same round) | client peak RSS MB | "
        "other peak RSS MB | load at the start |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"Median share of the local pool's throughput: {medians}.",
        f"Same articles as the local run (ignoring order): {'; '.join(same) or 'yes, every run'}. "
        f"Load after: {_load()}.",
        f"CPU per article, local runs (user + system of the command and its workers): "
        f"{', '.join(f'{value:.1f}' for value in cpu)} ms.",
        "",
    ]


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def _small_documents(folder: Path, count: int) -> None:
    seeds = SHARED / "seeds"
    paragraphs = [line for path in sorted(seeds.glob("*.txt"))
                  for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 60]
    if not paragraphs:
        raise SystemExit(f"no seed paragraphs in {seeds}")
    for number in range(count):
        sub = folder / f"{number // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = f"第{number}号简讯\n\n{paragraphs[number % len(paragraphs)]}\n"
        (sub / f"{number:07d}.txt").write_text(text, encoding="utf-8")


def scale(args) -> list[str]:
    rows = []
    for count in args.scale:
        with tempfile.TemporaryDirectory() as work:
            folder = Path(work) / "docs"
            _small_documents(folder, count)
            out = Path(work) / "out.jsonl"
            base = [sys.executable, "-m", "aiwatch", "extract", str(folder), "--no-analyze", "-o", str(out)]
            runs = []
            if count <= args.local_up_to:
                load = _load()
                runs.append(("local --jobs 2", measure([*base, "--jobs", "2"]), None, None, load))
            load = _load()
            on_dask, peaks, children = on_cluster(base, 2)
            runs.append(("dask, 2 workers", on_dask, peaks, children, load))
            written = out.read_text(encoding="utf-8").count("\n")
            for name, measured, peaks, children, load in runs:
                per_input = measured.seconds / count * 1000
                other = (f"tree {measured.peak_tree_mb:.0f}" if peaks is None
                         else f"workers {_mb(peaks)}; document processes {_mb(children)}")
                share = f"{runs[0][1].seconds / measured.seconds:.0%}" if len(runs) > 1 else "-"
                rows.append(f"| {count:,} | {name} | {measured.seconds:.1f} | {per_input:.2f} | {share} | "
                            f"{measured.peak_process_mb:.0f} | {other} | {load} |")
            rows.append(f"| | (articles written: {written:,}; load now {_load()}) | | | | | | |")
    return [
        f"Command: python bench/bench_dask.py --no-throughput --scale {','.join(map(str, args.scale))} "
        f"--local-up-to {args.local_up_to} (one seed paragraph per document, --no-analyze)",
        "",
        "| inputs | engine | seconds | ms per input | of local | client peak RSS MB | other peak RSS MB | "
        "load at the start |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=4.0, help="Corpus size in MB (default 4).")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=lambda text: [int(n) for n in text.split(",")], default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="Rounds of the throughput runs (median share).")
    parser.add_argument("--scale", type=lambda text: [int(n) for n in text.split(",")], default=[],
                        help="Numbers of small inputs for the memory table (e.g. 10000,100000).")
    parser.add_argument("--local-up-to", type=int, default=10000, help="Run the local pool at scales up to this.")
    parser.add_argument("--no-throughput", action="store_true", help="Only the --scale table.")
    args = parser.parse_args()
    lines = [f"# Dask engine against the local pool ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})", "",
             f"Machine: {describe_machine()}", ""]
    if not args.no_throughput:
        lines += throughput(args)
    if args.scale:
        lines += scale(args)
    report = "\n".join(lines)
    out = ROOT / "bench" / "results" / ("dask_scale.md" if args.no_throughput else "dask.md")
    out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
