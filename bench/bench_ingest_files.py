"""End to end: ``aiwatch ingest --jobs N`` over files, two or more versions of the code side by side.

``bench_ingest.py`` times the store stage alone (articles handed to it ready-made).  Here each
version runs the real command over the same inputs: ``--files`` JSONL files of ``--per-file``
generated articles each (bench_store's corpus: title, body, source, date; the analysis is left to
the pipeline, ``--no-analyze`` by default so the store is what the run waits for), into an empty
SQLite corpus, in turns (order alternating per round).  Reported per version, medians over the
rounds: articles per second by wall clock, the CPU of the ``aiwatch ingest`` process itself (the
one process that writes the store, read from /proc while it runs).

    nice -n 15 python bench/bench_ingest_files.py --files 40 --per-file 100 --jobs 2 --rounds 3 \\
        --code base=/tmp/old/src --code now=src
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
RESULTS = BENCH / "results" / "ingest.md"


def write_inputs(folder: Path, files: int, per_file: int) -> int:
    from bench_store import Corpus

    articles = Corpus(seed=11).generate(files * per_file)
    count = 0
    for number in range(files):
        with (folder / f"part{number:04d}.jsonl").open("w", encoding="utf-8") as out:
            for _ in range(per_file):
                item = next(articles)
                record = {key: str(item[key]) for key in ("title", "body", "source", "published") if item.get(key)}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return count


def _own_cpu(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def one_run(code: Path, inputs: Path, db: Path, jobs: int, analyze: bool) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    command = [sys.executable, "-m", "aiwatch", "ingest", str(inputs), "--db", str(db), "--no-progress"]
    command += ["--jobs", str(jobs), "--analyze" if analyze else "--no-analyze"]
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    own = 0.0
    while process.poll() is None:
        own = _own_cpu(process.pid) or own
        time.sleep(0.05)
    wall = time.perf_counter() - start
    stderr = process.stderr.read()
    if process.returncode:
        raise SystemExit(f"{code}: ingest failed:\n{stderr[-2000:]}")
    return {"wall": wall, "own_cpu": own, "summary": stderr.strip().splitlines()[-1] if stderr.strip() else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", action="append", required=True, help="NAME=SRC_DIR; the first is the baseline")
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--per-file", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--analyze", action="store_true", help="Run the analysis stages too")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    from bench_ingest import alternate, parse_codes

    codes = parse_codes(parser, args.code)
    with tempfile.TemporaryDirectory(prefix="aiwatch-files-") as tmp:
        inputs = Path(tmp, "inputs")
        inputs.mkdir()
        count = write_inputs(inputs, args.files, args.per_file)

        def run(name: str, code: Path, number: int) -> dict:
            return one_run(code, inputs, Path(tmp, f"{name}-{number}.db"), args.jobs, args.analyze)

        def line(result: dict) -> str:
            return (
                f"{count / result['wall']:.0f}/s, ingest process {1000 * result['own_cpu'] / count:.2f} ms "
                f"CPU/article; {result['summary']}"
            )

        runs, loads = alternate(codes, args.rounds, run, line)
    from machine import describe_machine

    base_rate = None
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        f"## End to end, `aiwatch ingest --jobs {args.jobs}`, SQLite, {when}",
        "",
        f"Machine: {describe_machine()}; load average {min(loads):.1f}–{max(loads):.1f} during the runs.",
        f"Command: `python bench/bench_ingest_files.py {' '.join(sys.argv[1:])}` ({count} articles in "
        f"{args.files} JSONL files, {'with' if args.analyze else 'without'} analysis, medians of {args.rounds} rounds)",
        "",
        "| code | articles/s (wall) | CPU of the ingest process (the writer) per article | baseline / code, wall |",
        "|---|---:|---:|---:|",
    ]
    for name, code in codes:
        rate = statistics.median(count / r["wall"] for r in runs[name])
        own = statistics.median(1000 * r["own_cpu"] / count for r in runs[name])
        base_rate = base_rate or rate
        lines.append(f"| {name} (`{code}`) | {rate:.0f} | {own:.2f} ms | {rate / base_rate:.2f}× |")
    text = "\n".join(lines) + "\n"
    print(text)
    with args.output.open("a", encoding="utf-8") as out:
        out.write(text + "\n")


if __name__ == "__main__":
    main()
