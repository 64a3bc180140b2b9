"""Per-stage cost of the analysis on ~1,500-character news, single process (one core).

The corpus is real Chinese news: the gold bodies of ``shared/eval/extraction_dev`` and the seed
documents, cut at a sentence end near 1,500 characters.  Every article goes through the
pipeline's stages in order (clean, meta, then shared segmentation timed on its own, then each
analysis stage), each timed separately; dictionaries are loaded (``warm``) before timing, as a
worker process does once.  The target (issue 4) is 300 articles/s per core for the whole analysis.

    python bench/bench_analyze.py [--articles 300] [--rounds 3] [--output bench/results/analyze.md]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from aiwatch.analyze.segment import article_sentences, article_tokens, split_sentences
from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.pipeline import build_pipeline
from machine import describe_machine
from paths import SHARED

ROOT = Path(__file__).resolve().parents[1]
TARGET_CHARS = 1500
TARGET_RATE = 300


def cut_near(text: str, size: int = TARGET_CHARS) -> str:
    """The text up to the sentence end nearest ``size`` characters."""
    best = text
    for _start, end in split_sentences(text):
        if end >= size:
            best = text[:end]
            break
    return best


def corpus_texts() -> list[tuple[str, str]]:
    """(title, body) pairs of real news around 1,500 characters."""
    texts: list[tuple[str, str]] = []
    gold = SHARED / "eval" / "extraction_dev" / "gold.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            body = json.loads(line).get("body") or ""
            if len(body) >= 600:
                texts.append(("", cut_near(body)))
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        for path in sorted(seeds.iterdir()):
            texts.append(("", cut_near(path.read_text(encoding="utf-8", errors="replace"))))
    if not texts:
        raise SystemExit(f"no corpus found under {SHARED}")
    return texts


def available_stages(options: Options) -> list[tuple[str, object]]:
    """The pipeline's stages, built (dictionaries loaded) before anything is timed."""
    return [(stage.name, stage) for stage in build_pipeline(options).stages]


def run_round(texts: list[tuple[str, str]], count: int, stages, options: Options) -> dict[str, float]:
    """Seconds spent in each stage over ``count`` articles."""
    spent = {name: 0.0 for name, _ in stages}
    spent["segment"] = 0.0
    # CPU time of this process: on a shared machine, other jobs' time slices are not ours.
    clock = time.process_time
    for i in range(count):
        title, body = texts[i % len(texts)]
        article = Article(path=f"bench/{i}.txt", format="text", title=title or None, raw=body)
        for name, stage in stages:
            if name == "keywords":  # shared segmentation, paid once by whichever stage asks first
                started = clock()
                article_tokens(article, stage.vocabulary.segmenter)
                article_sentences(article)
                spent["segment"] += clock() - started
            started = clock()
            article = stage(article)
            spent[name] += clock() - started
    return spent


def baseline_rows(texts: list[tuple[str, str]], count: int) -> list[tuple[str, float]]:
    """What people use today for the same job, on the same articles: jieba's keyword extractors
    (their own segmentation included, as aiwatch's segment + keywords rows together)."""
    import jieba
    import jieba.analyse

    jieba.setLogLevel(60)
    jieba.initialize()
    rows = []
    for name, extract in [
        ("jieba.analyse.extract_tags (TF-IDF)", jieba.analyse.extract_tags),
        ("jieba.analyse.textrank", jieba.analyse.textrank),
    ]:
        for _, body in texts[:5]:
            extract(body, topK=8)  # first-call costs out of the way
        started = time.process_time()
        for i in range(count):
            extract(texts[i % len(texts)][1], topK=8)
        rows.append((name, (time.process_time() - started) * 1000 / count))
    return rows


def render(
    rows: list[tuple[str, float]], count: int, chars: float, command: str, baselines: list[tuple[str, float]] = ()
) -> str:
    total = sum(ms for _, ms in rows)
    analysis = sum(ms for name, ms in rows if name not in ("clean", "meta"))
    lines = [
        "# Analysis speed per stage (one process, one core)",
        "",
        f"{count} articles of real Chinese news (mean {chars:.0f} characters); CPU time of the process, best round per",
        "stage (CPU time and best round, as timeit does: on a shared machine other jobs only ever add time).",
        f"Target: {TARGET_RATE} articles/s per core for the whole analysis = {1000 / TARGET_RATE:.2f} ms per article.",
        "",
        "| stage | ms/article | share | articles/s if alone |",
        "|---|---|---|---|",
    ]
    for name, ms in rows:
        share = ms / total if total else 0.0
        rate = 1000 / ms if ms else float("inf")
        lines.append(f"| {name} | {ms:.3f} | {share:.0%} | {rate:,.0f} |")
    lines += [
        f"| **analysis (segment + analysis stages)** | **{analysis:.3f}** | | **{1000 / analysis:,.0f}** |",
        f"| **all stages** | **{total:.3f}** | 100% | **{1000 / total:,.0f}** |",
        "",
    ]
    if baselines:
        by_name = dict(rows)
        ours = by_name.get("segment", 0.0) + by_name.get("keywords", 0.0)
        lines += [
            "Keywords against the usual tools, same articles, same run (segmentation included in each):",
            "",
            "| keywords | ms/article | articles/s |",
            "|---|---|---|",
            f"| aiwatch (segment + keywords) | {ours:.3f} | {1000 / ours:,.0f} |" if ours else "",
            *[f"| {name} | {ms:.3f} | {1000 / ms:,.0f} |" for name, ms in baselines],
            "",
        ]
    lines += [
        f"Machine: {describe_machine()} at the end (a shared machine: expect noise).",
        f"Command: `{command}`",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "analyze.md")
    args = parser.parse_args(argv)
    options = Options()
    texts = corpus_texts()
    stages = available_stages(options)
    run_round(texts, min(len(texts), 20), stages, options)  # first-call costs out of the way
    rounds = [run_round(texts, args.articles, stages, options) for _ in range(args.rounds)]
    order = [name for name, _ in stages]
    order.insert(order.index("keywords") if "keywords" in order else len(order), "segment")
    # Best round per stage, as timeit does: other jobs on a shared machine only ever add time.
    rows = [(name, min(r[name] for r in rounds) * 1000 / args.articles) for name in order]
    chars = statistics.mean(len(body) for _, body in texts)
    command = f"python bench/bench_analyze.py --articles {args.articles} --rounds {args.rounds}"
    report = render(rows, args.articles, chars, command, baseline_rows(texts, min(args.articles, 100)))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
