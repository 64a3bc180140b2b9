"""Scorers shared by the benchmark scripts (definitions in ``shared/eval/README.md``).

Body: all whitespace (U+3000 included) removed, prediction and gold compared as bags of
characters; an empty prediction scores 0.  Date: the prediction cut to the gold's precision
(year, month or day) must equal the gold.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_WHITESPACE = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")


@dataclass(frozen=True)
class BodyScore:
    precision: float
    recall: float
    f1: float


def strip_whitespace(text: str | None) -> str:
    return _WHITESPACE.sub("", text or "")


def score_body(predicted: str | None, gold: str) -> BodyScore:
    """Character-bag precision, recall and F1 of one page."""
    pred = Counter(strip_whitespace(predicted))
    ref = Counter(strip_whitespace(gold))
    n_pred = sum(pred.values())
    n_ref = sum(ref.values())
    if n_pred == 0 or n_ref == 0:
        return BodyScore(0.0, 0.0, 0.0)
    overlap = sum(min(count, ref[char]) for char, count in pred.items())
    precision = overlap / n_pred
    recall = overlap / n_ref
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return BodyScore(precision, recall, f1)


def date_matches(predicted: str | None, gold: str | None) -> bool | None:
    """Whether the predicted ISO date equals the gold at the gold's precision; None if no gold."""
    if not gold:
        return None
    if not predicted:
        return False
    return predicted[: len(gold)] == gold


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def run_eval(argv, doc: str, data: Path, output: Path, script: str, score) -> int:
    """The shared ``main`` of the ``shared/eval`` JSONL scripts: ``--limit`` and ``--output``, read, score, write.

    ``score(rows, command)`` returns the Markdown report; it is printed and written to ``--output``.
    A missing data file (no ``../shared`` beside the clone) exits 2 naming the path.
    """
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="use the first N rows only")
    parser.add_argument("--output", type=Path, default=output)
    args = parser.parse_args(argv)
    if not data.exists():
        print(f"evaluation data not found: {data}", file=sys.stderr)
        return 2
    with open(data, encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream if line.strip()]
    if args.limit:
        rows = rows[: args.limit]
    command = f"python {script}" + (f" --limit {args.limit}" if args.limit else "")
    report = score(rows, command)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(report, encoding="utf-8")
    print(report)
    return 0
