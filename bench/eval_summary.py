"""Summary ROUGE on LCSTS (short news with one-line human summaries): aiwatch vs lead-1 and lead-3.

Same texts, same sentence splitter (``aiwatch.analyze.segment.split_sentences``), same scorer, same
run.  ROUGE-1/2/L F1 on characters (shared/eval/README.md): whitespace and punctuation removed
from both sides, n-gram overlap counted with multiplicity, ROUGE-L from the longest common
subsequence; F1 per text, then the mean.  LCSTS references are one short headline-like sentence
for a ~100-character text, so any 3-sentence summary pays in precision; lead-1 is the fair
comparison for aiwatch with one sentence.  aiwatch keeps a summary to at most half of the text (a
4-sentence brief gets 1-2 sentences); "lead-3 within the same budget" shows how much of the gain
over lead-3 is that budget rather than the choice of sentences.

    python bench/eval_summary.py [--limit N] [--output bench/results/summary.md]
"""

from __future__ import annotations

import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from machine import describe_machine
from paths import SHARED
from scoring import run_eval

ROOT = Path(__file__).resolve().parents[1]
DATA = SHARED / "eval" / "summary" / "lcsts_dev.jsonl"


def rouge_chars(text: str) -> list[str]:
    return [c for c in text if not c.isspace() and not unicodedata.category(c).startswith("P")]


def _f1(overlap: int, n_pred: int, n_ref: int) -> float:
    if not overlap or not n_pred or not n_ref:
        return 0.0
    precision, recall = overlap / n_pred, overlap / n_ref
    return 2 * precision * recall / (precision + recall)


def rouge_n(pred: list[str], ref: list[str], n: int) -> float:
    p = Counter(tuple(pred[i : i + n]) for i in range(len(pred) - n + 1))
    r = Counter(tuple(ref[i : i + n]) for i in range(len(ref) - n + 1))
    overlap = sum(min(count, r[gram]) for gram, count in p.items())
    return _f1(overlap, sum(p.values()), sum(r.values()))


def lcs_length(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_scores(predicted: str, reference: str) -> tuple[float, float, float]:
    pred, ref = rouge_chars(predicted), rouge_chars(reference)
    return rouge_n(pred, ref, 1), rouge_n(pred, ref, 2), _f1(lcs_length(pred, ref), len(pred), len(ref))


def lead(count: int) -> Callable[[str], str]:
    from aiwatch.analyze.segment import split_sentences

    def summarise(text: str) -> str:
        return "".join(text[s:e] for s, e in split_sentences(text)[:count])

    return summarise


def lead_within_budget(count: int, share: float) -> Callable[[str], str]:
    """Lead-N held to the length budget aiwatch's summary keeps (``summary.MAX_SHARE`` of the text,
    the first sentence always in): the control that shows what selection adds beyond the budget."""
    from aiwatch.analyze.segment import split_sentences

    def summarise(text: str) -> str:
        chosen: list[str] = []
        for s, e in split_sentences(text)[:count]:
            if chosen and sum(map(len, chosen)) + e - s > share * len(text):
                continue
            chosen.append(text[s:e])
        return "".join(chosen)

    return summarise


def aiwatch_summariser(sentences: int) -> Callable[[str], str]:
    from aiwatch.article import Article
    from aiwatch.options import Options
    from aiwatch.pipeline import build_pipeline

    stage = build_pipeline(Options(summary_sentences=sentences)).stage("summary")

    def summarise(text: str) -> str:
        return stage(Article(path="lcsts", format="text", body=text)).summary or ""

    return summarise


def evaluate(name: str, summarise: Callable[[str], str], rows: list[dict]) -> dict:
    scores, lengths = [], []
    started = time.perf_counter()
    outputs = [summarise(row["text"]) for row in rows]
    seconds = time.perf_counter() - started
    for output, row in zip(outputs, rows, strict=True):
        scores.append(rouge_scores(output, row["summary"]))
        lengths.append(len(rouge_chars(output)))
    n = len(scores) or 1
    return {
        "name": name,
        "r1": sum(s[0] for s in scores) / n,
        "r2": sum(s[1] for s in scores) / n,
        "rl": sum(s[2] for s in scores) / n,
        "chars": sum(lengths) / n,
        "docs_per_s": len(rows) / seconds if seconds else 0.0,
    }


def render(results: list[dict], rows: list[dict], command: str) -> str:
    ref_chars = sum(len(rouge_chars(r["summary"])) for r in rows) / (len(rows) or 1)
    text_chars = sum(len(rouge_chars(r["text"])) for r in rows) / (len(rows) or 1)
    lines = [
        "# Summaries: ROUGE on LCSTS part III (character level)",
        "",
        f"{len(rows)} texts from `shared/eval/summary/lcsts_dev.jsonl` (mean {text_chars:.0f} characters; the",
        f"human reference is one headline-like sentence, mean {ref_chars:.0f} characters). ROUGE F1 on",
        "characters, whitespace and punctuation removed, mean over texts; all rows measured in the same run.",
        "",
        "| summariser | ROUGE-1 | ROUGE-2 | ROUGE-L | mean chars | texts/s |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        scores = f"{r['r1']:.3f} | {r['r2']:.3f} | {r['rl']:.3f}"
        lines.append(f"| {r['name']} | {scores} | {r['chars']:.0f} | {r['docs_per_s']:.0f} |")
    lines += [
        "",
        f"Machine: {describe_machine()} at the end.",
        f"Command: `{command}`",
        "",
    ]
    return "\n".join(lines)


def score(rows: list[dict], command: str) -> str:
    from aiwatch.analyze.summary import MAX_SHARE as max_share

    systems = {
        "aiwatch (3 sentences, default)": aiwatch_summariser(3),
        "lead-3": lead(3),
        "lead-3 within the same budget (≤ half the text)": lead_within_budget(3, max_share),
        "aiwatch (1 sentence)": aiwatch_summariser(1),
        "lead-1": lead(1),
    }
    results = [evaluate(name, summarise, rows) for name, summarise in systems.items()]
    return render(results, rows, command)


def main(argv: list[str] | None = None) -> int:
    output = ROOT / "bench" / "results" / "summary.md"
    return run_eval(argv, __doc__, DATA, output, "bench/eval_summary.py", score)


if __name__ == "__main__":
    sys.exit(main())
