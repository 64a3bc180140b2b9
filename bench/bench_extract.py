"""Speed and memory of ``aiwatch extract`` on a generated corpus, beside trafilatura on the same pages.

    python bench/bench_extract.py [--mb 10] [--seed 7] [--jobs 1,0] [--repeat 1] [--no-analysis]
                                  [--scales 1,4,16 --scale-base 5]

Every row is measured in the same run, each command in its own process:

* ``aiwatch extract CORPUS --no-analyze`` (reading, cleaning, metadata) and ``aiwatch extract
  CORPUS`` (plus every analysis stage that loads; stages that do not exist yet are switched off
  with ``--disable`` and named in the results), with ``--jobs 1`` and ``--jobs 0`` (all cores);
* ``aiwatch extract CORPUS/html --no-analyze`` and trafilatura's own ``extract`` (raw bytes in, its
  own charset detection, ``with_metadata=True`` and JSON out, the closest match to what aiwatch
  writes) over exactly the same HTML files, one process and a pool of one process per core;
* with ``--scales``, growth rows: ``aiwatch extract --no-analyze`` on corpora of ``--scale-base``
  times each scale (5, 20, 80 MB for 1,4,16), so that the cost per MB can be seen not to grow.

Peak memory is the largest single process (``ru_maxrss`` from ``wait4``, which covers the worker
processes the command waited for) and the largest sum over the whole process tree, sampled every
50 ms from ``/proc``.  The corpus is built by ``bench/make_corpus.py`` (deterministic for a size and
seed) into ``bench/out/``.  Results go to ``bench/results/extract_speed.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from machine import describe_machine

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import build, default_out

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "extract_speed.md"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass
class Row:
    system: str
    inputs: str
    jobs: str
    documents: int
    megabytes: float
    articles: int
    seconds: float
    cpu_seconds: float
    peak_process_mb: float
    peak_tree_mb: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0

    @property
    def per_cpu_second(self) -> float:
        return self.articles / self.cpu_seconds if self.cpu_seconds else 0.0


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants, from /proc (0 where /proc is missing)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            with open(f"/proc/{entry}/statm", "rb") as statm:
                rss[int(entry)] = int(statm.read().split()[1]) * PAGE_SIZE
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


@dataclass
class Measured:
    seconds: float
    cpu_seconds: float  # user + system of the command and every process it waited for
    stdout: str
    stderr: str
    peak_process_mb: float
    peak_tree_mb: float


def measure(command: list[str]) -> Measured:
    """Run ``command`` alone and measure it."""
    out_path, err_path = Path("/tmp") / f"bench-{os.getpid()}.out", Path("/tmp") / f"bench-{os.getpid()}.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err, cwd=ROOT)
        peak_tree = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak_tree
            while not done.wait(0.05):
                peak_tree = max(peak_tree, tree_rss(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    out_path.unlink()
    err_path.unlink()
    if proc.returncode not in (0, 1):  # 1 = some inputs failed, still a measurement
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{stderr[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    # ru_maxrss is in kilobytes on Linux.
    return Measured(seconds, cpu, stdout, stderr, usage.ru_maxrss / 1024, peak_tree / 1024 / 1024)


def corpus_size(root: Path) -> tuple[int, float]:
    files = [p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")]
    return len(files), sum(p.stat().st_size for p in files) / 1024 / 1024


_PROBE = """
import json
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.pipeline import STAGE_NAMES, build_pipeline

disabled = []
while True:
    try:
        build_pipeline(Options(disabled=frozenset(disabled)))
        break
    except AiwatchError as exc:
        stage = str(exc.detail.get("stage"))
        if stage in disabled or stage not in STAGE_NAMES:
            raise
        disabled.append(stage)
print(json.dumps(disabled))
"""


def missing_stages() -> list[str]:
    """Analysis stages whose module does not load (yet): they are switched off and reported.

    Asked in a child process: ru_maxrss survives fork and exec, so a benchmark process that had
    loaded the dictionaries itself would pass its own size on to every command it measures."""
    found = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(found.stdout)


def run_aiwatch(label: str, target: Path, jobs: int, extra: list[str]) -> Row:
    command = [sys.executable, "-m", "aiwatch", "extract", str(target), "-o", os.devnull, "--jobs", str(jobs), *extra]
    m = measure(command)
    found = re.search(r"(\d+) article\(s\) written", m.stderr)
    return _row(label, target, jobs, int(found.group(1)) if found else 0, m)


def run_trafilatura(label: str, target: Path, jobs: int, extra: list[str]) -> Row:
    command = [sys.executable, str(Path(__file__).resolve()), "--trafilatura-worker", str(target), "--jobs", str(jobs)]
    m = measure(command)
    return _row(label, target, jobs, int(m.stdout.strip() or 0), m)


def _row(label: str, target: Path, jobs: int, articles: int, m: Measured) -> Row:
    documents, megabytes = corpus_size(target)
    return Row(
        label,
        target.name,
        _jobs_label(jobs),
        documents,
        megabytes,
        articles,
        m.seconds,
        m.cpu_seconds,
        m.peak_process_mb,
        m.peak_tree_mb,
    )


def _jobs_label(jobs: int) -> str:
    return f"0 (= {os.cpu_count()})" if jobs == 0 else str(jobs)


def _trafilatura_one(path: str) -> int:
    import trafilatura

    result = trafilatura.extract(Path(path).read_bytes(), output_format="json", with_metadata=True)
    return 1 if result else 0


def trafilatura_worker(target: Path, jobs: int) -> None:
    """Child-process mode: extract every HTML file under ``target``; print how many gave text."""
    import logging

    logging.disable(logging.CRITICAL)
    files = sorted(str(p) for p in target.rglob("*.html"))
    if jobs == 1:
        count = sum(_trafilatura_one(f) for f in files)
    else:
        from multiprocessing import Pool

        with Pool(jobs or os.cpu_count()) as pool:
            count = sum(pool.imap(_trafilatura_one, files, chunksize=8))
    print(count)


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for name in ("aiwatch", "trafilatura", "selectolax", "lxml", "rjieba"):
        with contextlib.suppress(PackageNotFoundError):
            parts.append(f"{name} {version(name)}")
    return ", ".join(parts)


def render(rows: list[Row], corpora: list[tuple[Path, dict]], disabled: list[str], settings: str = "") -> str:
    lines = [
        "# Extraction speed and memory",
        "",
        "Generated corpus (`bench/make_corpus.py`): mostly full HTML pages with site boilerplate "
        "(a third GBK), plus scraped text, JSON Lines, front-matter posts and seed-000 records. "
        "Rows on `html` compare aiwatch and trafilatura on exactly the same files. "
        "articles/s and MB/s count wall time of the whole command, start-up included; each row is the "
        "fastest of the repeats (run interleaved, so that a busy moment on a shared machine does not fall "
        "on one system only). CPU s is user + system time of the command and its worker processes: on a "
        "shared machine it is the steadier figure.",
        "",
    ]
    for path, manifest in corpora:
        kinds = ", ".join(f"{k} {v['files']} files / {v['stories']} stories" for k, v in manifest["kinds"].items())
        lines.append(f"- `{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}`: {kinds}")
    lines += [
        "",
        "| system | input | jobs | files | MB | articles | seconds | articles/s | MB/s | CPU s "
        "| articles per CPU s | peak RSS, largest process (MB) | peak RSS, all processes (MB) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.system} | {r.inputs} | {r.jobs} | {r.documents} | {r.megabytes:.1f} | {r.articles} | "
            f"{r.seconds:.1f} | {r.per_second:.0f} | {r.mb_per_second:.2f} | {r.cpu_seconds:.1f} | "
            f"{r.per_cpu_second:.0f} | {r.peak_process_mb:.0f} | "
            f"{r.peak_tree_mb:.0f} |"
        )
    lines += [""]
    if disabled:
        lines.append(f"Analysis stages not available in this run (switched off): {', '.join(disabled)}.")
        lines.append("")
    lines += [
        f"Machine: {describe_machine()}",
        "",
        f"Libraries: {versions()}",
        "",
        f"Command: `{' '.join(['python bench/bench_extract.py', *sys.argv[1:]])}` ({settings})",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="Corpus size in MB (default 10; issue 7 asks 50).")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", default="1,0", help="Comma-separated --jobs values (0 = all cores).")
    parser.add_argument("--scales", default="1", help="Growth rows: multiples of --scale-base, e.g. 1,4,16.")
    parser.add_argument("--scale-base", type=float, default=5.0, help="Base size in MB of the growth rows (5).")
    parser.add_argument("--no-analysis", action="store_true", help="Skip the rows with analysis.")
    parser.add_argument("--no-baseline", action="store_true", help="Skip trafilatura.")
    parser.add_argument("--repeat", type=int, default=1, help="Runs of each row; the fastest is kept (default 1).")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--trafilatura-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    jobs_list = [int(j) for j in args.jobs.split(",")]
    if args.trafilatura_worker:
        trafilatura_worker(args.trafilatura_worker, jobs_list[0])
        return

    corpora: list[tuple[Path, dict]] = []
    disabled = [] if args.no_analysis else missing_stages()
    plan = []  # (label, runner, target, jobs, extra), in the order of the table

    def corpus_of(size: float) -> Path:
        corpus = default_out(size, args.seed)
        manifest_path = corpus / ".manifest.json"
        if not manifest_path.exists():
            print(f"building {size:g} MB corpus in {corpus} ...", file=sys.stderr)
            build(size, args.seed, corpus)
        if all(path != corpus for path, _ in corpora):
            corpora.append((corpus, json.loads(manifest_path.read_text(encoding="utf-8"))))
        return corpus

    corpus = corpus_of(args.mb)
    # One page alone: the fixed cost (interpreter, imports) inside every other row.
    single = ROOT / "bench" / "out" / "one-page"
    single.mkdir(parents=True, exist_ok=True)
    page = sorted((corpus / "html").glob("*.html"))[0]
    (single / page.name).write_bytes(page.read_bytes())
    plan.append(("start-up: aiwatch extract --no-analyze", run_aiwatch, single, 1, ["--no-analyze"]))
    if not args.no_baseline:
        plan.append(("start-up: trafilatura.extract", run_trafilatura, single, 1, []))
    for jobs in jobs_list:
        plan.append(("aiwatch extract --no-analyze", run_aiwatch, corpus, jobs, ["--no-analyze"]))
        if not args.no_analysis:
            extra = [arg for stage in disabled for arg in ("--disable", stage)]
            plan.append(("aiwatch extract (analysis)", run_aiwatch, corpus, jobs, extra))
        plan.append(("aiwatch extract --no-analyze", run_aiwatch, corpus / "html", jobs, ["--no-analyze"]))
        if not args.no_baseline:
            plan.append(("trafilatura.extract", run_trafilatura, corpus / "html", jobs, []))
    scales = [float(x) for x in args.scales.split(",")]
    if scales != [1.0]:
        # Growth: the same command on 1x, 4x, 16x ... the base size, with the last --jobs value;
        # seconds per MB should stay flat.  A small base keeps 16x inside the time budget.
        for scale in scales:
            target = corpus_of(args.scale_base * scale)
            label = f"growth {scale:g}x: aiwatch extract --no-analyze"
            plan.append((label, run_aiwatch, target, jobs_list[-1], ["--no-analyze"]))
    best: dict[int, Row] = {}
    for repeat in range(args.repeat):
        for index, (label, runner, target, jobs, extra) in enumerate(plan):
            print(f"[{repeat + 1}/{args.repeat}] {label} {target.name} --jobs {jobs}", file=sys.stderr, flush=True)
            row = runner(label, target, jobs, extra)
            if index not in best or row.seconds < best[index].seconds:
                best[index] = row
    rows = [best[i] for i in range(len(plan))]
    settings = f"--mb {args.mb:g} --seed {args.seed} --jobs {args.jobs} --scales {args.scales} "
    settings += f"--scale-base {args.scale_base:g} --repeat {args.repeat}"
    report = render(rows, corpora, disabled, settings)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
