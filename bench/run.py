"""Run the whole evaluation and benchmark suite and write bench/RESULTS.md.

    python bench/run.py            # full suite, this machine, under 30 minutes
    python bench/run.py --quick    # a small version of every step (CI runs this)

Every step is a script of its own that writes one markdown section; this runner only orders them,
passes the size options, and joins the sections under one header naming the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from machine import describe_machine

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


@dataclass(frozen=True)
class Step:
    name: str
    script: str
    full: tuple[str, ...]
    quick: tuple[str, ...]
    section: str  # the markdown file the script writes (in the results folder)
    out_flag: str = "--output"


STEPS = (
    Step("extraction", "eval_extraction.py", ("--repeat", "3"), ("--repeat", "1"), "extraction.md"),
    Step("extraction holdout", "eval_holdout.py", (), (), "holdout.md"),
    Step("facts", "eval_facts.py", (), ("--set", "dev", "--no-lac"), "facts.md"),
    Step("entities", "eval_ner.py", (), ("--limit", "150", "--no-lac"), "ner.md", "--out"),
    Step("keywords", "eval_keywords.py", (), ("--limit", "150"), "keywords.md"),
    Step("summary", "eval_summary.py", (), ("--limit", "150"), "summary.md"),
    Step(
        "analysis speed",
        "bench_analyze.py",
        ("--articles", "300", "--rounds", "3"),
        ("--articles", "40", "--rounds", "1"),
        "analyze.md",
    ),
    Step(
        "extract speed",
        "bench_extract.py",
        ("--mb", "50", "--scales", "1,4,16"),
        ("--mb", "1", "--jobs", "1", "--no-baseline"),
        "extract_speed.md",
        "--out",
    ),
    Step("store", "bench_store.py", ("--sizes", "2000,10000"), ("--sizes", "300", "--rounds", "1"), "store.md"),
    Step("search", "bench_search.py", ("--build", "10000"), ("--build", "300", "--rounds", "1"), "search.md"),
    # Crashes, hangs, lost and doubled articles under hostile input, kill -9 and concurrent writers.
    Step(
        "reliability",
        "reliability.py",
        ("--seconds", "300", "--no-results"),
        ("--seconds", "20", "--quick", "--no-results"),
        "reliability.md",
    ),
    Step(
        "collection",
        "bench_collect.py",
        ("--pages", "138", "--rounds", "96"),
        ("--pages", "20", "--rounds", "5"),
        "collect.md",
    ),
)


def run_step(step: Step, quick: bool, results: Path) -> tuple[bool, float, str]:
    args = step.quick if quick else step.full
    target = results / step.section
    command = [sys.executable, str(BENCH / step.script), *args, step.out_flag, str(target)]
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0 or not target.exists():
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-15:])
        return False, seconds, f"`{' '.join(command[1:])}` failed (exit {proc.returncode}):\n\n```\n{tail}\n```\n"
    return True, seconds, target.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes (CI)")
    parser.add_argument("--only", default="", help="comma-separated step names (the others keep their last section)")
    parser.add_argument("--results", type=Path, default=BENCH / "results", help="folder for the sections")
    parser.add_argument("--output", type=Path, default=BENCH / "RESULTS.md")
    args = parser.parse_args(argv)
    wanted = {name.strip() for name in args.only.split(",") if name.strip()}
    args.results.mkdir(parents=True, exist_ok=True)
    sections, failures, timings = [], 0, []
    for step in STEPS:
        target = args.results / step.section
        if wanted and step.name not in wanted:
            # A step not run now keeps the section of its last run, said so in the status table.
            if target.exists():
                when = dt.datetime.fromtimestamp(target.stat().st_mtime, dt.UTC)
                timings.append(f"| {step.name} | earlier run ({when:%Y-%m-%d %H:%M} UTC) | |")
                sections.append(target.read_text(encoding="utf-8").strip() + "\n")
            continue
        print(f"[bench] {step.name} ...", file=sys.stderr, flush=True)
        ok, seconds, text = run_step(step, args.quick, args.results)
        failures += not ok
        timings.append(f"| {step.name} | {'ok' if ok else 'FAILED'} | {seconds:.0f} s |")
        sections.append(text.strip() + "\n")
        print(f"[bench] {step.name}: {'ok' if ok else 'FAILED'} in {seconds:.0f} s", file=sys.stderr, flush=True)
    mode = "quick" if args.quick else "full"
    command = "python bench/run.py" + (" --quick" if args.quick else "")
    header = (
        "# aiwatch benchmark results\n\n"
        f"Written by `{command}` ({mode} run) on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC.\n\n"
        f"Machine: {describe_machine()}.\n\nEvery row of a table was measured in the same run, side by side with its "
        "baseline; the machine is shared, so compare ratios rather than absolute speeds.\n\n"
        "| step | status | wall time |\n|---|---|---|\n" + "\n".join(timings) + "\n"
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(header + "\n" + "\n".join(sections), encoding="utf-8")
    print(f"[bench] wrote {args.output}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
