"""Reliability suite: hostile and huge input, fuzzing, and every other reliability category, in one table.

    python bench/reliability.py --seconds 300     # about five minutes; writes the section and RESULTS.md
    python bench/reliability.py --seconds 30 --output /tmp/rel.md --no-results   # a short look

Categories run here:

* **fuzz: readers** and **fuzz: whole pipeline**: hypothesis draws mutations of every example
  document in ``examples/`` (one of each format: HTML, Markdown/front matter, text, record, JSON,
  JSON Lines, CSV, feeds, WARC) — truncations, flipped and inserted bytes, splices of two formats,
  repeated slices, gzip wrapping, re-encodings, random Chinese/HTML text and raw bytes — and runs
  them through the real runner (worker processes under a time and memory budget) without and with
  the analysis stages.  A crash is an error that is a bug (E110 a stage or reader raised, E111 a
  worker died) or an exception out of the runner; a hang is a document stopped by its budget (E112).
* **pathological inputs**: the cases of issue 10 generated on the fly and run through the real
  ``aiwatch extract`` process: one sentence of 30,000 amounts, a list sentence of 740 KB, a name
  repeated 20,000 times, 200,000 nested ``<div>``, a 48 MB single-line HTML page and a 10 MB text
  (those two without analysis: analysing a 10 MB "article" is outside any budget), broken and
  whole-gzipped WARC files.  Peak memory is the process tree's maximum RSS (``wait4``) over the
  same command on a one-line document, divided by the input's size.
* **streams**: a JSON Lines dump of many records through ``extract --jobs 2`` (each record written
  exactly once) and through ``ingest`` into SQLite, then ingested again (nothing new: no doubles).
* every ``bench/reliability_*.py`` module: each exposes ``run(seconds) -> list[dict]`` with the
  keys of ``COLUMNS`` (the store's kill -9 loops and concurrent writers, the server's slow clients).

The table goes to ``bench/results/reliability.md`` and replaces the reliability section of
``bench/RESULTS.md`` (``bench/run.py`` runs this script as its ``reliability`` step too).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(BENCH))

from machine import describe_machine  # noqa: E402

COLUMNS = ("category", "inputs", "crashes", "hangs", "peak_mem_ratio", "lost", "doubled", "notes")
HEADING = "# Reliability: hostile and huge input, killed processes, concurrent writers, slow clients"
CRASH_CODES = {"E110", "E111"}  # a reader or stage raised (a bug), a worker died
HANG_CODES = {"E112"}  # stopped by the per-document budget
DOC_BUDGET = 20.0  # seconds per document for the fuzz runs (documents are small)
CLI_TIMEOUT = 600.0  # a pathological run not finished by then is a hang of the whole process


def row(category: str, **values) -> dict:
    base = {"category": category, "inputs": 0, "crashes": 0, "hangs": 0, "peak_mem_ratio": None}
    base.update({"lost": 0, "doubled": 0, "notes": ""})
    base.update(values)
    return base


# --- fuzzing ----------------------------------------------------------------------------------


def example_seeds() -> list[tuple[str, bytes]]:
    """(suffix, bytes) of every example document, the starting points of the mutations."""
    seeds = []
    for path in sorted(EXAMPLES.rglob("*")):
        if path.is_file() and path.name.lower() != "readme.md":
            seeds.append(("".join(path.suffixes) or ".txt", path.read_bytes()))
    return seeds


def mutation_strategy(seeds: list[tuple[str, bytes]]):
    from hypothesis import strategies as st

    chinese = st.sampled_from(list("人工智能大模型上海北京公司发布融资亿元万芯片算力，。、；：“”《》（）0123456789%"))
    markup = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<script>", "<!--", "-->", "{", "}", '"', "\n", ","])

    @st.composite
    def mutated(draw) -> tuple[str, bytes]:
        suffix, base = draw(st.sampled_from(seeds))
        op = draw(
            st.sampled_from(["truncate", "flip", "insert", "splice", "repeat", "gzip", "encode", "text", "bytes"])
        )
        size = len(base)
        if op == "truncate":
            return suffix, base[: draw(st.integers(0, size))]
        if op == "flip":
            data = bytearray(base)
            for position in draw(st.lists(st.integers(0, max(0, size - 1)), min_size=1, max_size=30)):
                if data:
                    data[position] ^= draw(st.integers(1, 255))
            return suffix, bytes(data)
        if op == "insert":
            position = draw(st.integers(0, size))
            return suffix, base[:position] + draw(st.binary(min_size=1, max_size=300)) + base[position:]
        if op == "splice":
            _other_suffix, other = draw(st.sampled_from(seeds))
            return suffix, base[: draw(st.integers(0, size))] + other[draw(st.integers(0, len(other))) :]
        if op == "repeat":
            start = draw(st.integers(0, size))
            piece = base[start : start + draw(st.integers(1, 400))]
            return suffix, base[:start] + piece * draw(st.integers(2, 3000)) + base[start:]
        if op == "gzip":
            return suffix + ".gz", gzip.compress(base[: draw(st.integers(0, size))] if draw(st.booleans()) else base)
        if op == "encode":
            text = base.decode("utf-8", errors="replace")
            encoding = draw(st.sampled_from(["gb18030", "big5", "utf-16", "utf-8-sig"]))
            return suffix, text.encode(encoding, errors="replace")
        if op == "text":
            parts = draw(st.lists(st.one_of(chinese, markup, st.text(max_size=20)), max_size=400))
            return draw(st.sampled_from([".txt", ".html", ".json", ".md", ".csv"])), "".join(parts).encode()
        return draw(st.sampled_from([".txt", ".html", ".jsonl", ".warc"])), draw(st.binary(max_size=5000))

    return mutated()


def draw_batch(strategy, count: int, seed: int) -> list[tuple[str, bytes]]:
    """``count`` inputs from hypothesis (generation only: nothing to shrink, no example database)."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fix_seed

    drawn: list[tuple[str, bytes]] = []

    @fix_seed(seed)
    @settings(
        max_examples=count,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(example: tuple[str, bytes]) -> None:
        drawn.append(example)

    collect()
    return drawn


def fuzz(category: str, seconds: float, analyze: bool, seed: int) -> dict:
    """Mutated documents through the real runner, in batches, until the time is used."""
    from aiwatch.options import Options
    from aiwatch.read import expand_inputs
    from aiwatch.runner import Budget, run

    strategy = mutation_strategy(example_seeds())
    options = Options(analyze=analyze, max_bytes=8 * 1024 * 1024)
    budget = Budget(seconds=DOC_BUDGET, memory_mb=1024)
    result = row(category)
    codes: dict[str, int] = {}
    examples: list[str] = []
    deadline = time.monotonic() + seconds
    batch_number = 0
    while time.monotonic() < deadline:
        batch_number += 1
        batch = draw_batch(strategy, 40 if analyze else 120, seed + batch_number)
        with tempfile.TemporaryDirectory(prefix="aiwatch-fuzz-") as folder:
            names = []
            for number, (suffix, data) in enumerate(batch):
                path = Path(folder) / f"doc{number:04d}{suffix}"
                path.write_bytes(data)
                names.append(str(path))
            try:
                for part in run(expand_inputs(names), options, jobs=2, budget=budget):
                    for error in part.errors:
                        codes[error.code] = codes.get(error.code, 0) + 1
                        if error.code in CRASH_CODES | HANG_CODES and len(examples) < 3:
                            examples.append(error.describe().replace(folder + "/", ""))
                    result["crashes"] += sum(error.code in CRASH_CODES for error in part.errors)
                    result["hangs"] += sum(error.code in HANG_CODES for error in part.errors)
            except Exception as exc:  # the runner itself must never raise
                result["crashes"] += 1
                examples.append(f"runner raised {type(exc).__name__}: {exc}")
        result["inputs"] += len(batch)
    handled = ", ".join(f"{code}×{count}" for code, count in sorted(codes.items()))
    result["notes"] = "; ".join(
        [
            f"hypothesis, {batch_number} batch(es), per-document budget {DOC_BUDGET:g} s / 1024 MB",
            f"errors reported: {handled or 'none'}",
            *examples,
        ]
    )
    return result


# --- the real command on pathological input ----------------------------------------------------


@dataclass
class Finished:
    returncode: int
    stderr: str
    peak_kb: int
    seconds: float
    timed_out: bool

    def codes(self) -> list[str]:
        return re.findall(r"^(E\d{3}) ", self.stderr, re.MULTILINE)

    def crashed(self) -> bool:
        return (
            self.returncode not in (0, 1)
            or "Traceback" in self.stderr
            or any(code in CRASH_CODES for code in self.codes())
        ) and not self.timed_out

    def over_budget(self) -> bool:
        return self.timed_out or any(code in HANG_CODES for code in self.codes())


def run_command(args: list[str], timeout: float = CLI_TIMEOUT) -> Finished:
    """Run ``aiwatch ARGS``; the peak RSS is the largest of the process and its workers (wait4)."""
    with tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "aiwatch", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
            cwd=ROOT,
        )
        timed_out = threading.Event()

        def stop() -> None:
            timed_out.set()
            os.killpg(process.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, stop)
        timer.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", errors="replace")
    return Finished(process.returncode, stderr, usage.ru_maxrss, seconds, timed_out.is_set())


def output_ids(path: Path) -> list[str]:
    ids = []
    if path.exists():
        with path.open(encoding="utf-8") as stream:
            ids = [json.loads(line)["id"] for line in stream if line.strip()]
    return ids


def filler(rng: random.Random, length: int) -> str:
    pool = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    out = []
    while sum(map(len, out)) < length:
        out.append("".join(rng.choice(pool) for _ in range(rng.randint(12, 30))) + "。")
    return "".join(out)


@dataclass
class Case:
    name: str
    write: Callable[[Path], Path]
    expect_articles: int
    expect_codes: tuple[str, ...] = ()
    analyze: bool = True
    jobs: int = 1


def _text(name: str, body: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_text("人工智能产业新闻\n\n" + body + "\n", encoding="utf-8")
        return path

    return write


def _nested(folder: Path) -> Path:
    path = folder / "nested.html"
    levels = int(200_000 * SCALE)
    path.write_text(
        "<html><head><title>深层嵌套</title></head><body>"
        + "<div>" * levels
        + "<p>上海人工智能公司发布新模型，融资5亿元。</p>"
        + "</div>" * levels
        + "</body></html>",
        encoding="utf-8",
    )
    return path


SCALE = 1.0  # --quick: a tenth of every size


def _single_line_html(folder: Path) -> Path:
    rng = random.Random(50)
    path = folder / "big.html"
    with path.open("w", encoding="utf-8") as stream:
        stream.write("<html><head><title>超大单行页面</title></head><body>")
        written = 0
        while written < 48 * 1024 * 1024 * SCALE:
            paragraph = "<p>" + filler(rng, 300) + "</p>"
            stream.write(paragraph)
            written += len(paragraph.encode())
        stream.write("</body></html>")
    return path


def _big_text(folder: Path) -> Path:
    rng = random.Random(10)
    path = folder / "big.txt"
    with path.open("w", encoding="utf-8") as stream:
        stream.write("超大文本\n\n")
        written = 0
        while written < 10 * 1024 * 1024 * SCALE:
            line = filler(rng, 200) + "\n"
            stream.write(line)
            written += len(line.encode())
    return path


def _warc_cases() -> list[Case]:
    archive = gzip.decompress((EXAMPLES / "warc" / "crawl.warc.gz").read_bytes())
    last = [m.start() for m in re.finditer(rb"WARC/1\.", archive)][-1]
    cut = archive[: (last + archive.index(b"\r\n\r\n", last)) // 2]

    def writer(name: str, data: bytes) -> Callable[[Path], Path]:
        def write(folder: Path) -> Path:
            path = folder / name
            path.write_bytes(data)
            return path

        return write

    whole = gzip.compress(archive)
    return [
        Case("WARC gzipped whole", writer("whole.warc.gz", whole), 2),
        Case("WARC cut inside a record header", writer("cut.warc", cut), 1, ("E109",)),
        Case("WARC gzip cut mid-member", writer("cutgz.warc.gz", whole[: len(whole) * 2 // 3]), 0, ("E109",)),
    ]


def pathological_cases() -> list[Case]:
    return [
        Case(
            "one sentence of 30,000 amounts (270 KB)",
            _text("money.txt", "上海某公司发布大模型。" + "1.5亿元" * 30000),
            1,
        ),
        Case("list sentence of 740 KB", _text("list.txt", "营收分别为12亿元、13亿元和" * 20000), 1),
        Case("one name 20,000 times", _text("names.txt", "上海人工智能公司在上海发布新模型。" * 20000), 1),
        Case(f"{int(200_000 * SCALE):,} nested <div>", _nested, 1),
        Case(f"{48 * SCALE:g} MB single-line HTML, no analysis", _single_line_html, 1, analyze=False),
        Case(f"{10 * SCALE:g} MB text, no analysis", _big_text, 1, analyze=False),
        *_warc_cases(),
    ]


def baseline_kb(folder: Path, analyze: bool) -> int:
    small = _text("small.txt", "上海人工智能公司发布新模型。")(folder)
    flag = [] if analyze else ["--no-analyze"]
    return run_command(["extract", str(small), "-o", str(folder / "small.jsonl"), *flag]).peak_kb


def pathological(seconds: float) -> dict:
    result = row("pathological inputs (aiwatch extract)")
    notes, ratios = [], []
    with tempfile.TemporaryDirectory(prefix="aiwatch-patho-") as name:
        folder = Path(name)
        baselines = {analyze: baseline_kb(folder, analyze) for analyze in (True, False)}
        for case in pathological_cases():
            path = case.write(folder)
            out = folder / (path.name + ".jsonl")
            args = ["extract", str(path), "-o", str(out), "--jobs", str(case.jobs)]
            finished = run_command(args + ([] if case.analyze else ["--no-analyze"]))
            ids = output_ids(out)
            size = path.stat().st_size
            if size >= 1024 * 1024:  # on a few KB the ratio only measures the baseline's noise
                ratios.append(max(0, finished.peak_kb - baselines[case.analyze]) * 1024 / size)
            result["inputs"] += 1
            result["crashes"] += finished.crashed()
            result["hangs"] += finished.over_budget()
            result["lost"] += max(0, case.expect_articles - len(set(ids)))
            result["doubled"] += len(ids) - len(set(ids)) + max(0, len(set(ids)) - case.expect_articles)
            missing = [code for code in case.expect_codes if code not in finished.codes()]
            if missing:
                result["crashes"] += 1  # a broken input that was not reported is silence, a defect
            notes.append(
                f"{case.name}: {finished.seconds:.0f} s, {finished.peak_kb // 1024} MB peak, "
                f"{len(ids)} article(s), exit {finished.returncode}"
                + (f", {'/'.join(finished.codes())}" if finished.codes() else "")
            )
            path.unlink()
            out.unlink(missing_ok=True)
    result["peak_mem_ratio"] = max(ratios) if ratios else None
    base = (
        f"peak memory / size over the inputs of 1 MB and more; baseline peak {baselines[True] // 1024} MB "
        f"(analysis) / {baselines[False] // 1024} MB (none)"
    )
    result["notes"] = "; ".join([base, *notes])
    return result


def jsonl_dump(folder: Path, records: int) -> Path:
    rng = random.Random(records)
    path = folder / f"dump{records}.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for number in range(records):
            record = {
                "title": f"第{number}号人工智能新闻",
                "content": filler(rng, 240),
                "url": f"https://news.example.cn/{number}",
            }
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def streams(seconds: float) -> list[dict]:
    records = max(2000, min(40000, int(seconds * 400 * SCALE)))
    extract_row = row(f"stream: JSONL of {records} records, extract --jobs 2")
    ingest_row = row(f"stream: JSONL of {records} records, ingest twice (SQLite)")
    with tempfile.TemporaryDirectory(prefix="aiwatch-stream-") as name:
        folder = Path(name)
        small, large = jsonl_dump(folder, records // 10), jsonl_dump(folder, records)
        peaks = {}
        for path in (small, large):
            out = folder / (path.name + ".out.jsonl")
            finished = run_command(["extract", str(path), "-o", str(out), "--jobs", "2", "--no-analyze"])
            ids = output_ids(out)
            peaks[path] = finished.peak_kb
            if path is large:
                extract_row["inputs"] = records
                extract_row["crashes"] = int(finished.crashed())
                extract_row["hangs"] = int(finished.over_budget())
                extract_row["lost"] = records - len(set(ids))
                extract_row["doubled"] = len(ids) - len(set(ids))
                extract_row["peak_mem_ratio"] = finished.peak_kb * 1024 / path.stat().st_size
                extract_row["notes"] = f"{finished.seconds:.0f} s"
        growth = peaks[large] / max(1, peaks[small])
        extract_row["notes"] += (
            f"; peak RSS {peaks[small] // 1024} MB for {records // 10} records, {peaks[large] // 1024} MB for "
            f"{records} (x{growth:.2f} for 10x the records: flat)"
        )
        db = folder / "corpus.db"
        first = run_command(["ingest", str(large), "--db", str(db), "--no-analyze", "--no-progress"])
        again = run_command(["ingest", str(large), "--db", str(db), "--no-analyze", "--no-progress"])
        counts = _ingest_counts(first.stderr)
        recount = _ingest_counts(again.stderr)
        ingest_row["inputs"] = records
        ingest_row["crashes"] = int(first.crashed()) + int(again.crashed())
        ingest_row["hangs"] = int(first.over_budget()) + int(again.over_budget())
        ingest_row["lost"] = records - counts.get("new", 0) - counts.get("duplicate", 0)
        ingest_row["doubled"] = recount.get("new", 0)
        ingest_row["peak_mem_ratio"] = first.peak_kb * 1024 / large.stat().st_size
        ingest_row["notes"] = (
            f"first: {_summary(first.stderr)} ({first.seconds:.0f} s, {first.peak_kb // 1024} MB peak); "
            f"again: {_summary(again.stderr)}"
        )
    return [extract_row, ingest_row]


def _summary(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("ingest: ")]
    return lines[-1].removeprefix("ingest: ") if lines else "no summary line"


def _ingest_counts(stderr: str) -> dict[str, int]:
    return {
        word: int(number) for number, word in re.findall(r"(\d+) (new|unchanged|duplicate|failed)", _summary(stderr))
    }


# --- other categories, the table ------------------------------------------------------------------


def discovered() -> list[Path]:
    return sorted(path for path in BENCH.glob("reliability_*.py"))


def run_module(path: Path, seconds: float) -> list[dict]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        rows = module.run(seconds)
    except Exception as exc:  # a broken module is a row saying so, not a lost table
        return [row(path.stem, crashes=1, notes=f"the module failed: {type(exc).__name__}: {exc}")]
    return [{**row(path.stem), **item} for item in rows]


def is_baseline(item: dict) -> bool:
    """Rows measuring another program beside ours (``… (baseline: uvicorn …)``) are context, not defects."""
    return "(baseline" in str(item.get("category", ""))


def cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def table(rows: list[dict], seconds: float, started: float) -> str:
    when = dt.datetime.now(dt.UTC)
    quick = " --quick" if SCALE < 1 else ""
    lines = [
        HEADING,
        "",
        f"Written by `python bench/reliability.py --seconds {seconds:g}{quick}` on {when:%Y-%m-%d %H:%M} UTC "
        f"in {time.monotonic() - started:.0f} s. Machine: {describe_machine()}.",
        "",
        "Target: 0 crashes, 0 hangs over budget, 0 lost, 0 doubled. Peak memory / input size: the largest RSS of "
        "the process tree less that of the same command on a one-line document, over the input's bytes (– where "
        "not measured).",
        "",
        "| category | inputs tried | crashes | hangs over budget | peak memory / input size | lost | doubled | notes |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for item in rows:
        lines.append("| " + " | ".join(cell(item.get(column)) for column in COLUMNS) + " |")
    ours = [item for item in rows if not is_baseline(item)]
    totals = {key: sum(int(item.get(key) or 0) for item in ours) for key in ("crashes", "hangs", "lost", "doubled")}
    summary = ", ".join(f"{value} {key}" for key, value in totals.items())
    lines += ["", f"Totals for aiwatch (baseline rows left out): {summary}."]
    if quick:
        lines += [
            "",
            "A --quick run exits non-zero on crashes, lost or doubled articles only: hangs are time budgets "
            "and a quick run shares its machine (CI runs it beside the test suite), so they are reported here.",
        ]
    return "\n".join(lines) + "\n"


def splice_results(results: Path, section: str) -> None:
    """Replace the reliability section of RESULTS.md (or add it at the end)."""
    text = results.read_text(encoding="utf-8") if results.exists() else ""
    start = text.find(HEADING)
    if start < 0:
        results.write_text(text.rstrip() + "\n\n" + section, encoding="utf-8")
        return
    following = re.search(r"^# ", text[start + len(HEADING) :], re.MULTILINE)
    end = start + len(HEADING) + following.start() if following else len(text)
    results.write_text(text[:start] + section + ("\n" + text[end:] if end < len(text) else ""), encoding="utf-8")


def defects(rows: list[dict], quick: bool) -> int:
    """What makes the run fail: crashes, hangs, lost and doubled articles of aiwatch's rows.

    Hangs are time budgets, so they depend on the machine's load; a quick run (CI, on a machine shared
    with the test suite) reports them but fails only on what no load excuses.
    """
    keys = ("crashes", "lost", "doubled") if quick else ("crashes", "hangs", "lost", "doubled")
    return sum(int(item.get(key) or 0) for item in rows if not is_baseline(item) for key in keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=300.0, help="time for the whole suite (roughly)")
    parser.add_argument("--output", type=Path, default=BENCH / "results" / "reliability.md", help="the section")
    parser.add_argument("--results", type=Path, default=BENCH / "RESULTS.md", help="RESULTS.md to update")
    parser.add_argument("--no-results", action="store_true", help="write the section only")
    parser.add_argument("--seed", type=int, default=20261204, help="hypothesis seed of the first batch")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a tenth of every size; hangs reported, not failed (CI)",
    )
    args = parser.parse_args(argv)
    global SCALE
    SCALE = 0.1 if args.quick else 1.0
    started = time.monotonic()
    modules = discovered()
    share = args.seconds / (4 + len(modules))
    steps: list[tuple[str, Callable[[], list[dict]]]] = [
        ("fuzz: readers", lambda: [fuzz("fuzz: readers", share * 1.5, False, args.seed)]),
        ("fuzz: whole pipeline", lambda: [fuzz("fuzz: whole pipeline", share * 1.0, True, args.seed + 7919)]),
        ("pathological", lambda: [pathological(share)]),
        ("streams", lambda: streams(share * 0.5)),
        *((path.stem, lambda path=path: run_module(path, share)) for path in modules),
    ]
    rows: list[dict] = []
    for name, step in steps:
        print(f"[reliability] {name} ...", file=sys.stderr, flush=True)
        begun = time.monotonic()
        rows.extend(step())
        print(f"[reliability] {name}: {time.monotonic() - begun:.0f} s", file=sys.stderr, flush=True)
    section = table(rows, args.seconds, started)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(section, encoding="utf-8")
    if not args.no_results:
        splice_results(args.results, section)
    print(section)
    bad = defects(rows, args.quick)
    hangs = sum(int(item.get("hangs") or 0) for item in rows if not is_baseline(item))
    if args.quick and hangs:
        print(f"[reliability] {hangs} hang(s) over the time budget (reported, not failed: --quick)", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
