"""Keyword F1@5 on CSL (scientific abstracts with author keywords): aiwatch vs jieba's TF-IDF and TextRank.

Same documents, same scorer, same run.  F1@5 (shared/eval/README.md): the top 5 predicted
keywords against the gold list, exact string match; precision = hits / 5 (or fewer if fewer were
predicted), recall = hits / len(gold), F1 per document, then the mean.  CSL is not news: the gold
keywords are multi-word technical terms (平方和优化, 大角度机动) an author chose, so every
general-purpose extractor scores low here; the point is the comparison in one run.

    python bench/eval_keywords.py [--limit N] [--output bench/results/keywords.md]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from machine import describe_machine
from paths import SHARED
from scoring import run_eval

ROOT = Path(__file__).resolve().parents[1]
DATA = SHARED / "eval" / "keywords" / "csl_dev.jsonl"
TOP_K = 5


def f1_at_k(predicted: list[str], gold: list[str], k: int = TOP_K) -> tuple[float, float, float]:
    top = list(dict.fromkeys(predicted))[:k]
    gold_set = set(gold)
    hits = sum(1 for word in top if word in gold_set)
    if not hits:
        return 0.0, 0.0, 0.0
    precision, recall = hits / len(top), hits / len(gold_set)
    return precision, recall, 2 * precision * recall / (precision + recall)


def aiwatch_extractor() -> Callable[[str], list[str]]:
    from aiwatch.article import Article
    from aiwatch.options import Options
    from aiwatch.pipeline import build_pipeline

    # Built now (dictionaries loaded), as jieba.initialize() is for jieba.
    stage = build_pipeline(Options(keyword_count=TOP_K)).stage("keywords")

    def extract(text: str) -> list[str]:
        article = Article(path="csl", format="text", body=text)
        return stage(article).keywords or []

    return extract


def jieba_extractors() -> dict[str, Callable[[str], list[str]]]:
    import jieba
    import jieba.analyse

    jieba.setLogLevel(60)
    jieba.initialize()
    return {
        "jieba TF-IDF (extract_tags)": lambda text: jieba.analyse.extract_tags(text, topK=TOP_K),
        "jieba TextRank (textrank)": lambda text: jieba.analyse.textrank(text, topK=TOP_K),
    }


def evaluate(name: str, extract: Callable[[str], list[str]], rows: list[dict]) -> dict:
    scores = []
    started = time.perf_counter()
    for row in rows:
        scores.append(f1_at_k(extract(row["text"]), row["keywords"]))
    seconds = time.perf_counter() - started
    n = len(scores) or 1
    return {
        "name": name,
        "precision": sum(s[0] for s in scores) / n,
        "recall": sum(s[1] for s in scores) / n,
        "f1": sum(s[2] for s in scores) / n,
        "docs_per_s": len(rows) / seconds if seconds else 0.0,
    }


def ceiling(rows: list[dict]) -> dict[str, float]:
    """What a token-based extractor can reach at all: gold keywords written verbatim in the text,
    and gold keywords among aiwatch's candidate terms (any rank)."""
    from aiwatch.analyze.keywords import term_scores
    from aiwatch.article import Article
    from aiwatch.pipeline import build_pipeline

    vocabulary = build_pipeline().resources.vocabulary
    total = verbatim = candidate = 0
    for row in rows:
        scores = term_scores(Article(path="csl", format="text", body=row["text"]), vocabulary)
        for word in set(row["keywords"]):
            total += 1
            verbatim += word in row["text"]
            candidate += word in scores
    return {"gold": total, "verbatim": verbatim / (total or 1), "candidate": candidate / (total or 1)}


def render(results: list[dict], rows: int, command: str, limits: dict[str, float] | None = None) -> str:
    lines = [
        "# Keywords: F1@5 on CSL dev (exact match)",
        "",
        f"{rows} abstracts from `shared/eval/keywords/csl_dev.jsonl`; top 5 keywords per document;",
        "precision, recall and F1 per document, then the mean. All rows measured in the same run.",
        "",
        "| extractor | P@5 | R@5 | F1@5 | docs/s |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['name']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['docs_per_s']:.0f} |"
        )
    if limits:
        lines += [
            "",
            f"What limits every extractor here: of {limits['gold']:.0f} gold keywords, {limits['verbatim']:.0%} appear",
            f"verbatim in the text, but only {limits['candidate']:.0%} are among aiwatch's candidates at any rank:",
            "most are author phrases of several words (全过程管理, 平方和优化, 修正Rodrigues参数模型) that a news",
            "extractor keeps apart unless they recur. CSL is scientific prose, not news: these numbers compare",
            "methods on the same texts, they do not measure keyword quality on AI-industry news.",
        ]
    lines += [
        "",
        f"Machine: {describe_machine()} at the end.",
        f"Command: `{command}`",
        "",
    ]
    return "\n".join(lines)


def score(rows: list[dict], command: str) -> str:
    extractors = {"aiwatch": aiwatch_extractor(), **jieba_extractors()}
    results = [evaluate(name, extract, rows) for name, extract in extractors.items()]
    return render(results, len(rows), command, ceiling(rows))


def main(argv: list[str] | None = None) -> int:
    output = ROOT / "bench" / "results" / "keywords.md"
    return run_eval(argv, __doc__, DATA, output, "bench/eval_keywords.py", score)


if __name__ == "__main__":
    sys.exit(main())
