"""Store-stage ingest cost of two or more versions of the code, side by side in one run.

Each version stores the same generated articles (``build_corpus.py``: bench_store's corpus) into
an empty corpus, in turns (the order alternates every round), so that a busy minute on the shared
machine falls on every version alike.  Reported per version: the median over the rounds of the CPU
time per article of the store stage (this process, plus on PostgreSQL the server backends serving
it) and of articles per second by wall clock; the ratio is baseline CPU over the version's CPU.

    nice -n 15 python bench/bench_ingest.py --count 4000 --rounds 3 \\
        --code base=/tmp/old/src --code now=src [--pg postgresql://…/scratch_db]

``--code NAME=DIR``: a ``src`` directory (a checkout of another commit); the first is the baseline.
``--prepare NAME=N``: that version stores with N preparing processes beside the writer
(``build_corpus.py --prepare-jobs``); its CPU column is then the writer's (and the server's), and
the preparing processes' CPU is a column of its own.  On PostgreSQL "left pending" is the server
CPU of merging, after the run, what it left in the search index's GIN pending lists (work deferred
to a later insert or to vacuum), so that versions that defer different amounts compare on the same work.
``--layout NAME=LAYOUT``: that version stores a candidate layout of the search index's bigrams
(``inword_grams.py``) through the same writer, to measure what a smaller index would save.
Without ``--pg`` the corpora are SQLite files in a temporary directory.  The PostgreSQL database's
public schema is dropped before every run.  Results are appended to bench/results/ingest.md.
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
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
RESULTS = BENCH / "results" / "ingest.md"


def one_run(code: Path, db: str, count: int, prepare_jobs: int = 0, layout: str = "bigrams") -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    command = [sys.executable, str(BENCH / "build_corpus.py"), "--db", db, "--count", str(count)]
    command += ["--every", str(10 * count)]
    if prepare_jobs:
        command += ["--prepare-jobs", str(prepare_jobs)]
    if layout != "bigrams":
        command += ["--index-layout", layout]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{code}: build_corpus failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def fresh_database(pg: str | None, workdir: Path, name: str, number: int) -> str:
    if pg:
        from bench_store import reset_postgres

        reset_postgres(pg)
        return pg
    return str(workdir / f"{name}-{number}.db")


def alternate(
    codes: list[tuple[str, Path]], rounds: int, run: Callable[[str, Path, int], dict], line: Callable[[dict], str]
) -> tuple[dict[str, list[dict]], list[float]]:
    """Each version run once per round, the order reversed every other round, so that a busy minute
    on the shared machine falls on every version alike; the results by version, and the loads."""
    runs: dict[str, list[dict]] = {name: [] for name, _ in codes}
    loads = []
    for number in range(rounds):
        for name, code in codes if number % 2 == 0 else codes[::-1]:
            result = run(name, code, number)
            runs[name].append(result)
            loads.append(os.getloadavg()[0])
            print(f"round {number + 1} {name}: {line(result)}, load {loads[-1]:.1f}", file=sys.stderr, flush=True)
    return runs, loads


def compare(
    codes: list[tuple[str, Path]],
    count: int,
    rounds: int,
    pg: str | None,
    prepare: dict[str, int] | None = None,
    layouts: dict[str, str] | None = None,
) -> dict:
    with tempfile.TemporaryDirectory(prefix="aiwatch-ingest-") as tmp:

        def run(name: str, code: Path, number: int) -> dict:
            db = fresh_database(pg, Path(tmp), name, number)
            return one_run(code, db, count, (prepare or {}).get(name, 0), (layouts or {}).get(name, "bigrams"))

        runs, loads = alternate(codes, rounds, run, lambda r: f"{r['cpu_ms']} ms CPU/article, {r['store_per_s']}/s")
    summary = {}
    for name, _ in codes:
        results = runs[name]
        summary[name] = {
            key: statistics.median(r[key] for r in results) if all(r.get(key) is not None for r in results) else None
            for key in ("cpu_ms", "client_cpu_ms", "server_cpu_ms", "prepare_cpu_ms", "pending_cpu_ms", "store_per_s")
        }
        summary[name]["statuses"] = {k: results[0][k] for k in ("new", "duplicate", "revision", "unchanged")}
    return {"summary": summary, "runs": runs, "load": [min(loads), max(loads)]}


def table(codes: list[tuple[str, Path]], result: dict, command: str, backend: str) -> str:
    from machine import describe_machine

    base = result["summary"][codes[0][0]]["cpu_ms"]
    base_all = base + (result["summary"][codes[0][0]]["pending_cpu_ms"] or 0.0)
    base_rate = result["summary"][codes[0][0]]["store_per_s"]
    lines = [
        f"## {backend}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        f"Machine: {describe_machine()}; load average {result['load'][0]:.1f}–{result['load'][1]:.1f} during the runs.",
        f"Command: `{command}`",
        "",
        "| code | writer + server CPU per article | client (writer) | server | preparing processes "
        "| left pending (server CPU to merge) | articles/s (wall) | new / duplicate / revision "
        "| baseline / code, CPU | baseline / code, CPU with pending merged | baseline / code, wall |",
        "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|",
    ]
    for name, code in codes:
        s = result["summary"][name]
        statuses = s["statuses"]

        def ms(value):
            return f"{value:.2f} ms" if value is not None else "–"

        lines.append(
            f"| {name} (`{code}`) | {ms(s['cpu_ms'])} | {ms(s['client_cpu_ms'])} | {ms(s['server_cpu_ms'])} "
            f"| {ms(s['prepare_cpu_ms']) if s['prepare_cpu_ms'] else '–'} | {ms(s['pending_cpu_ms'])} "
            f"| {s['store_per_s']:.0f} | {statuses['new']} / {statuses['duplicate']} / {statuses['revision']} "
            f"| {base / s['cpu_ms']:.2f}× | {base_all / (s['cpu_ms'] + (s['pending_cpu_ms'] or 0.0)):.2f}× "
            f"| {s['store_per_s'] / base_rate:.2f}× |"
        )
    lines.append("")
    for name, _ in codes:
        runs = result["runs"][name]
        layout = runs[0].get("index_layout", "bigrams")
        rounds = ", ".join(f"{r['store_per_s']:.0f}/s {r['cpu_ms']:.2f} ms" for r in runs)
        lines.append(f"{name}{'' if layout == 'bigrams' else f' (index layout {layout})'}, each round: {rounds}  ")
    return "\n".join(lines) + "\n"


def parse_codes(parser: argparse.ArgumentParser, specs: list[str]) -> list[tuple[str, Path]]:
    """``--code NAME=DIR`` options as ``(name, src directory)``, the baseline first."""
    codes = []
    for spec in specs:
        name, _, directory = spec.partition("=")
        if not directory or not Path(directory, "aiwatch").is_dir():
            parser.error(f"--code {spec}: want NAME=DIR where DIR holds the aiwatch package")
        codes.append((name, Path(directory).resolve()))
    return codes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", action="append", required=True, help="NAME=SRC_DIR; the first is the baseline")
    parser.add_argument("--count", type=int, default=4000, help="Articles per run")
    parser.add_argument("--rounds", type=int, default=3, help="Runs per version (the median is reported)")
    parser.add_argument("--pg", help="PostgreSQL URL of a scratch database (its public schema is dropped)")
    parser.add_argument("--prepare", action="append", default=[], help="NAME=N: N preparing processes for that code")
    parser.add_argument(
        "--layout",
        action="append",
        default=[],
        help="NAME=LAYOUT: that code stores a candidate layout of the bigrams (inword_grams.py)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    codes = parse_codes(parser, args.code)
    prepare = {}
    for spec in args.prepare:
        name, _, jobs = spec.partition("=")
        if name not in dict(codes) or not jobs.isdigit():
            parser.error(f"--prepare {spec}: want NAME=N for a NAME given by --code")
        prepare[name] = int(jobs)
    from inword_grams import LAYOUTS

    layouts = {}
    for spec in args.layout:
        name, _, layout = spec.partition("=")
        if name not in dict(codes) or layout not in LAYOUTS:
            parser.error(f"--layout {spec}: want NAME=LAYOUT for a NAME given by --code, LAYOUT one of {LAYOUTS}")
        layouts[name] = layout
    result = compare(codes, args.count, args.rounds, args.pg, prepare, layouts)
    command = "python bench/bench_ingest.py " + " ".join(sys.argv[1:]).replace(args.pg or "\0", "postgresql://…")
    text = table(codes, result, command, "PostgreSQL" if args.pg else "SQLite")
    print(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("a", encoding="utf-8") as out:
        out.write(text + "\n")


if __name__ == "__main__":
    main()
