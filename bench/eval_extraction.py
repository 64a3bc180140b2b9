"""Main-text extraction on real Chinese pages: aiwatch against the libraries people use.

Runs every system on the same pages of ``shared/eval/extraction_dev/`` with the same scorer
(``bench/scoring.py``) and writes a markdown table to ``bench/results/extraction.md``.

    python bench/eval_extraction.py [--eval-dir DIR] [--repeat N] [--per-page] [--only NAME,...]

Baselines: trafilatura 2.3 with raw bytes in (its own charset detection) and with text decoded by
aiwatch first, and with ``fast=True`` (its own extractor only, no readability/jusText fallback);
readability-lxml (its ``summary()`` HTML turned into text by aiwatch's
``html_to_text``, it gives no date); newspaper4k, only its offline parse path (``download`` with
``input_html`` then ``parse``; no ``nlp()``, which would need NLTK data).  Speed counts extraction
only: every page is decoded before the clock starts, except for "raw bytes in".
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from machine import describe_machine

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contextlib

from aiwatch.read.decode import decode_bytes
from aiwatch.read.extract import extract_page
from aiwatch.text.html import html_to_text
from paths import SHARED
from scoring import date_matches, mean, score_body

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = SHARED / "eval" / "extraction_dev"
RESULTS = ROOT / "bench" / "results" / "extraction.md"

# A system takes the page (bytes or text) and returns (body, published).
System = Callable[[bytes | str], tuple[str, str | None]]


def run_aiwatch(html: str) -> tuple[str, str | None]:
    page = extract_page(html)
    return page.body, page.hints.get("published")


def run_trafilatura(html: bytes | str) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return "", None
    return doc.text or "", doc.date


def run_trafilatura_fast(html: bytes | str) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, fast=True)
    if doc is None:
        return "", None
    return doc.text or "", doc.date


def run_readability(html: str) -> tuple[str, str | None]:
    from readability import Document

    return html_to_text(Document(html).summary()), None


def run_newspaper(html: str) -> tuple[str, str | None]:
    from newspaper import Article

    article = Article("http://localhost/page.html", language="zh", fetch_images=False)
    article.download(input_html=html)
    article.parse()
    published = article.publish_date.isoformat() if article.publish_date else None
    return article.text or "", published


SYSTEMS: dict[str, tuple[System, bool]] = {
    # name: (function, wants raw bytes)
    "aiwatch": (run_aiwatch, False),
    "trafilatura (decoded text in)": (run_trafilatura, False),
    "trafilatura (raw bytes in)": (run_trafilatura, True),
    "trafilatura fast=True (decoded text in)": (run_trafilatura_fast, False),
    "readability-lxml": (run_readability, False),
    "newspaper4k": (run_newspaper, False),
}


def load_pages(eval_dir: Path) -> list[dict]:
    pages = []
    with open(eval_dir / "gold.jsonl", encoding="utf-8") as handle:
        for line in handle:
            gold = json.loads(line)
            raw = (eval_dir / f"{gold['id']}.html").read_bytes()
            gold["raw"] = raw
            gold["text"] = decode_bytes(raw, gold["id"])[0]
            pages.append(gold)
    return pages


def evaluate(name: str, system: System, raw_in: bool, pages: list[dict], repeat: int) -> dict:
    outputs = []
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        outputs = [system(page["raw"] if raw_in else page["text"]) for page in pages]
    elapsed = (time.perf_counter() - started) / repeat
    # CPU time of this process: on a machine shared with other jobs it moves far less than the wall clock.
    cpu = (time.process_time() - cpu_started) / repeat
    scores = [score_body(body, page["body"]) for (body, _), page in zip(outputs, pages, strict=True)]
    dates = [date_matches(date, page["published"]) for (_, date), page in zip(outputs, pages, strict=True)]
    dates = [d for d in dates if d is not None]
    megabytes = sum(len(page["raw"]) for page in pages) / 1e6
    return {
        "name": name,
        "precision": mean([s.precision for s in scores]),
        "recall": mean([s.recall for s in scores]),
        "f1": mean([s.f1 for s in scores]),
        "date": sum(dates) / len(dates) if dates else 0.0,
        "dated": len(dates),
        "pages_s": len(pages) / cpu,
        "mb_s": megabytes / cpu,
        "wall_pages_s": len(pages) / elapsed,
        "per_page": [s.f1 for s in scores],
        "dates_out": [date for _, date in outputs],
    }


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for package in ("trafilatura", "readability-lxml", "newspaper4k", "selectolax", "lxml"):
        with contextlib.suppress(PackageNotFoundError):
            found.append(f"{package} {version(package)}")
    return ", ".join(found)


def render(results: list[dict], pages: int, command: str) -> str:
    lines = [
        "# Main-text extraction on extraction_dev",
        "",
        f"{pages} real Chinese pages; body = character-bag P/R/F1 without whitespace, mean over pages; "
        "date = exact at the gold's precision (pages with a gold date). Speed = extraction only, one process, "
        "per second of this process's CPU time (and of wall-clock time), "
        "all systems timed in the same run on the same decoded pages (raw bytes for the raw row); MB = raw page bytes.",
        "readability-lxml gives no date; newspaper4k runs its offline parse path only (no NLTK).",
        "",
        "| system | body P | body R | body F1 | date acc. | pages/s (CPU) | MB/s (CPU) | pages/s (wall) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['name']} | {r['precision']:.3f} | {r['recall']:.3f} | **{r['f1']:.3f}** | "
            f"{r['date']:.3f} ({r['dated']}) | {r['pages_s']:.0f} | {r['mb_s']:.2f} | {r['wall_pages_s']:.0f} |"
        )
    lines += ["", f"Machine: {describe_machine()}", "", f"Libraries: {versions()}", "", f"Command: `{command}`", ""]
    return "\n".join(lines)


def per_page_table(results: list[dict], pages: list[dict]) -> str:
    """Body F1 of every system on every page, to see where each one loses."""
    names = [r["name"] for r in results]
    lines = ["## Body F1 per page", "", "| page | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for i, page in enumerate(pages):
        lines.append(f"| {page['id'][:8]} | " + " | ".join(f"{r['per_page'][i]:.3f}" for r in results) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--repeat", type=int, default=3, help="timing runs per system (default 3)")
    parser.add_argument("--per-page", action="store_true", help="print per-page F1 of aiwatch vs trafilatura")
    parser.add_argument("--only", default="", help="comma-separated system names (prefix match)")
    parser.add_argument("--no-write", action="store_true", help="print only, do not write results")
    parser.add_argument("--output", type=Path, default=RESULTS, help="results file (markdown)")
    args = parser.parse_args()

    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    pages = load_pages(args.eval_dir)
    wanted = [w for w in args.only.split(",") if w]
    results = []
    for name, (system, raw_in) in SYSTEMS.items():
        if wanted and not any(name.startswith(w) for w in wanted):
            continue
        try:
            system(pages[0]["raw"] if raw_in else pages[0]["text"])  # warm up imports and caches
        except ImportError as exc:
            print(f"skipped {name}: {exc} (pip install -e '.[test]')", file=sys.stderr)
            continue
        results.append(evaluate(name, system, raw_in, pages, args.repeat))
    command = "python " + " ".join(["bench/eval_extraction.py", *sys.argv[1:]])
    table = render(results, len(pages), command)
    print(table)
    if args.per_page:
        by_name = {r["name"]: r for r in results}
        ours = by_name.get("aiwatch")
        theirs = by_name.get("trafilatura (decoded text in)")
        if ours:
            theirs = theirs or {"per_page": [0.0] * len(pages)}
            print("| page | aiwatch F1 | trafilatura F1 | gold date | aiwatch date |")
            print("|---|---|---|---|---|")
            for i, page in enumerate(pages):
                print(
                    f"| {page['id'][:8]} | {ours['per_page'][i]:.3f} | {theirs['per_page'][i]:.3f} | "
                    f"{page['published']} | {ours['dates_out'][i]} |"
                )
    if not args.no_write and not wanted:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(table + "\n" + per_page_table(results, pages), encoding="utf-8")


if __name__ == "__main__":
    main()
