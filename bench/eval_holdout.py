"""Main-text extraction on our own holdout pages: does what was tuned on extraction_dev carry over?

``tests/data/holdout/`` holds pages we wrote ourselves in the structures people collect (portal
articles, a government notice, WeChat, baijiahao, Next.js with JSON-LD, forums, blogs, Big5 and
English news; see ``build.py`` there), with gold bodies, titles and dates.  Every system gets the
same decoded text and is scored with ``bench/scoring.py``, the scorer of the dev set.

    python bench/eval_holdout.py [--per-page] [--no-write]

Results go to ``bench/results/holdout.md``.  Title = exact match after removing whitespace;
date = exact at the gold's precision.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aiwatch.read.decode import decode_bytes
from aiwatch.read.extract import extract_page
from aiwatch.read.htmltext import html_to_text
from eval_extraction import machine, versions
from scoring import date_matches, mean, score_body, strip_whitespace

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "tests" / "data" / "holdout"
RESULTS = ROOT / "bench" / "results" / "holdout.md"


def run_aiwatch(html: str) -> tuple[str, str | None, str | None]:
    page = extract_page(html)
    return page.body, page.title, page.hints.get("published")


def run_trafilatura(html: str) -> tuple[str, str | None, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return "", None, None
    return doc.text or "", doc.title, doc.date


def run_readability(html: str) -> tuple[str, str | None, str | None]:
    from readability import Document

    doc = Document(html)
    return html_to_text(doc.summary()), doc.short_title(), None


SYSTEMS = {
    "aiwatch": run_aiwatch,
    "trafilatura (decoded text in)": run_trafilatura,
    "readability-lxml": run_readability,
}


def load_pages(folder: Path = HOLDOUT) -> list[dict]:
    pages = []
    with open(folder / "gold.jsonl", encoding="utf-8") as handle:
        for line in handle:
            gold = json.loads(line)
            gold["text"] = decode_bytes((folder / f"{gold['id']}.html").read_bytes(), gold["id"])[0]
            pages.append(gold)
    return pages


def evaluate(name: str, pages: list[dict]) -> dict:
    system = SYSTEMS[name]
    outputs = [system(page["text"]) for page in pages]
    scores = [score_body(body, page["body"]) for (body, _, _), page in zip(outputs, pages, strict=True)]
    titles = [
        strip_whitespace(title) == strip_whitespace(page["title"])
        for (_, title, _), page in zip(outputs, pages, strict=True)
    ]
    dates = [date_matches(date, page["published"]) for (_, _, date), page in zip(outputs, pages, strict=True)]
    dated = [d for d in dates if d is not None]
    return {
        "name": name,
        "precision": mean([s.precision for s in scores]),
        "recall": mean([s.recall for s in scores]),
        "f1": mean([s.f1 for s in scores]),
        "title": mean([float(t) for t in titles]),
        "date": mean([float(d) for d in dated]),
        "dated": len(dated),
        "per_page": scores,
        "titles": titles,
        "dates": dates,
        "outputs": outputs,
    }


# What changed after the blind batch was first scored (kept with the numbers, so they can be read).
NOTES: list[str] = [
    "Blind batch, first score (before any change made for it): aiwatch body F1 0.863, trafilatura 0.879, "
    "readability-lxml 0.947; titles 1.00 / 0.75 / 0.62, dates 1.00 / 0.88 / -. aiwatch lost on sohu_feed (0.650: "
    "the run crossed Sohu's 我来说两句 box into a feed of summaries) and long_comments (0.378: comments longer "
    "than the story under a 网友留言（5） heading), a little on netease_gbk, ap_english (ADVERTISEMENT, ___, a "
    "contributor line) and tw_utf8 (traditional 編輯 label). Fixed after that, as general rules: 留言/跟贴/"
    "我来说两句 comment headings and cmt/liuyan/gentie boxes, advertisement and separator lines, contributor "
    "lines, traditional labels (來源, 編輯, 記者, 發布時間); a comments heading closes the story even inside a "
    "box named like furniture, and comments longer than the story under such a heading no longer win over it; a "
    "metadata line's labelled values are matched before its labels are removed. A blind batch after these fixes "
    "is still to be written: the blind numbers below are no longer blind.",
    "",
    "Second blind batch (blind2, 7 pages written after those fixes), first score: aiwatch body F1 0.920, "
    "trafilatura 0.789, readability-lxml 0.870 (titles 1.00 / 1.00 / 0.71, dates 1.00 / 1.00 / -), after "
    "correcting two gold bodies that broke the stated convention (photo captions with their 记者 摄 credit and "
    "a figure caption are story; the extractor was right). aiwatch lost on flash_news (0.465: a one-paragraph "
    "flash above a list of other flashes with summaries), photo_story and medium_english were right, "
    "inline_related kept one headline of an inline related box. Fixed after that: three or more alike sibling "
    "blocks, each short and led by a link holding a good share of its text, are a list of other stories "
    "(mark_teasers), whatever their class names.",
    "",
    "Third blind batch (blind3, 4 pages written to try to break those rules), first score: aiwatch body F1 0.821, "
    "trafilatura 0.909, readability-lxml 0.838 (titles all 1.00, dates 1.00 / 1.00 / -). The listicle (a story "
    "that is a list of linked items) was kept whole (1.000); aiwatch lost on v2ex_post (0.561: replies under a "
    "'4 条回复' heading and the site footer), finance_widget (0.826: a summary box, a stock quote inside the "
    "body, a 原标题 line) and english_feature (0.896: a 'Related:' line, a pull quote, a newsletter box). Fixed "
    "after that: N 条回复/全部回复 headings, a linked comments heading is no barrier, Related:/延伸阅读： lines, "
    "newsletter boxes, stock quote lines. Left as they are: the summary box and the pull quote (convention "
    "questions), the 原标题 line (the clean stage turns it into metadata).",
    "",
    "Fourth blind batch (blind4, 4 pages written after the blind3 fixes), first score: aiwatch body F1 0.890, "
    "trafilatura 0.913, readability-lxml 0.958 (titles 1.00 / 1.00 / 0.50). aiwatch lost on replies_box (0.665: "
    'replies with no heading in <div class="replies">) and english_bio (0.894: an author bio box). Both are '
    "prose blocks after the story that only their names mark; fixed after that by the container names "
    "(repl(y|ies), author-box/bio). The pattern across the four blind batches: aiwatch's run can grow past "
    "the story's container into sibling prose (comments, feeds, bios) that no heading or name announces; "
    "readability-lxml, which keeps one container, loses less there.",
    "",
    "Over the 23 blind pages at their first score (each batch before the fixes it prompted), mean body F1: "
    "aiwatch 0.878, trafilatura 0.863, readability-lxml 0.907. That, not the table above, is the honest estimate "
    "for pages of kinds we have not seen.",
    "",
    "Fifth blind batch (blind5, 8 pages written where the story's container boundary matters, scored once before "
    "any change for them), first score: aiwatch body F1 0.856, trafilatura 0.778, readability-lxml 0.809 (titles "
    "1.00 / 1.00 / 0.50, dates 1.00 / 0.88 / -). aiwatch lost on plain_comments (0.521: four long comments under "
    "name+time headers, no heading, no telling class names, and the 责任编辑 line above them), editors_pick (0.684: "
    "a 编辑推荐 block of linked titles with long summaries among the story's paragraphs), two_articles (0.817: a "
    "second short story under its own <h2>), plain_bio (0.900: the author's bio paragraph), pullquote_feature "
    "(0.933: the pull quote and its credit); plain_feed (five unnamed sibling summaries), qa_interview and "
    "live_blog were right (live_blog 0.990: one timestamp lost). Fixed after that, as general rules on the "
    "run's boundary: a block whose every line is an item (a header over one paragraph: a name and a time, or a "
    "headline link) or short filler, three items or more, is a list: the run ends where such a list after the "
    "story begins, and one between the story's paragraphs is dropped (a bare time such as a live blog's 14:32 "
    "names no one and is no header); a heading with a time/source line under it starts a second article and "
    "ends the run; a line in an <aside>/<blockquote> that another story line already holds is a pull quote "
    "and goes with its —— credit; a last paragraph that introduces the page's author by name (陈默，…, "
    "'Daniel Osei is…') is the bio; and the run ends with the story's container, the smallest element that "
    "holds its first paragraph and 3/4 of its weight (a lead box before it stays; this alone also drops the bio, "
    "and on extraction_dev a newsletter line and a rights notice: 0.974 -> 0.975). The blind5 numbers in the "
    "tables above are no longer blind.",
    "",
    "Over the 31 blind pages at their first score (blind to blind5), mean body F1: aiwatch 0.872, trafilatura "
    "0.841, readability-lxml 0.882.",
    "",
    "After the blind5 fixes, four small probe pages of kinds still unseen (kept out of the holdout: comments as "
    "bare prose in a wrapper each, a feed of unlinked titles and summaries, linked summaries under 相关报道 that "
    "outweigh the story, a bio inside the story's box) scored aiwatch 0.642, trafilatura 0.651, readability-lxml "
    "0.750: the blind5 rules alone did not carry over. Fixed after that: a list heading (相关报道, 编辑推荐) over "
    "linked summaries makes them a list whatever their weight, and prose after the story's box whose paragraphs "
    "each sit in a wrapper of their own, deeper than the story's paragraphs, ends the run (0.979 after; the bio "
    "inside the box is still kept). Neither rule changes any page of extraction_dev or of this holdout.",
]


def render(results: list[dict], pages: list[dict], command: str) -> str:
    lines = [
        "# Main-text extraction on the holdout pages",
        "",
        f"{len(pages)} pages we wrote ourselves (`tests/data/holdout/`, built by `build.py` there) in the structures "
        "people collect; not the dev set, but rules were fixed after looking at each batch (see By batch). "
        "Body = character-bag P/R/F1 without whitespace, mean over "
        "pages (`bench/scoring.py`, as for extraction_dev); title = exact match without whitespace; "
        "date = exact at the gold's precision (pages with a gold date). Every system gets the same decoded text.",
        "readability-lxml gives no date; its title is `short_title()`.",
        "",
        "| system | body P | body R | body F1 | title exact | date acc. |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['name']} | {r['precision']:.3f} | {r['recall']:.3f} | **{r['f1']:.3f}** | "
            f"{r['title']:.3f} | {r['date']:.3f} ({r['dated']}) |"
        )
    batches = sorted({page.get("batch", "first") for page in pages})
    lines += [
        "",
        "## By batch",
        "",
        'Batch "first": the pages the extractor was fixed on after a first look (so its aiwatch numbers are '
        'optimistic). Batch "blind": pages written after those fixes, scored once as they came out; '
        "fixes made after that score are listed under the table.",
        "",
        "| batch | pages | " + " | ".join(f"{r['name']} body F1 / title / date" for r in results) + " |",
        "|---" * (len(results) + 2) + "|",
    ]
    for batch in batches:
        index = [i for i, page in enumerate(pages) if page.get("batch", "first") == batch]
        cells = []
        for r in results:
            dated = [r["dates"][i] for i in index if r["dates"][i] is not None]
            cells.append(
                f"{mean([r['per_page'][i].f1 for i in index]):.3f} / {mean([float(r['titles'][i]) for i in index]):.2f}"
                f" / {mean([float(d) for d in dated]):.2f}"
            )
        lines.append(f"| {batch} | {len(index)} | " + " | ".join(cells) + " |")
    lines += ["", "## Body F1 per page", "", "| page | batch | kind | " + " | ".join(r["name"] for r in results) + " |"]
    lines.append("|---" * (len(results) + 3) + "|")
    for i, page in enumerate(pages):
        cells = " | ".join(f"{r['per_page'][i].f1:.3f}" for r in results)
        lines.append(
            f"| {page['id']} | {page.get('batch', '')} | {page.get('kind', '')} ({page.get('encoding', '')})"
            f" | {cells} |"
        )
    lines += ["", *NOTES]
    lines += ["", f"Machine: {machine()}", "", f"Libraries: {versions()}", "", f"Command: `{command}`", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-page", action="store_true", help="print aiwatch's misses: P/R, title and date per page")
    parser.add_argument("--no-write", action="store_true", help="print only, do not write results")
    parser.add_argument("--output", type=Path, default=RESULTS, help="results file (markdown)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    pages = load_pages()
    results = []
    for name in SYSTEMS:
        try:
            results.append(evaluate(name, pages))
        except ImportError as exc:
            print(f"skipped {name}: {exc} (pip install -e '.[test]')", file=sys.stderr)
    command = "python " + " ".join(["bench/eval_holdout.py", *sys.argv[1:]])
    table = render(results, pages, command)
    print(table)
    if args.per_page:
        ours = results[0]
        for i, page in enumerate(pages):
            score = ours["per_page"][i]
            _, title, date = ours["outputs"][i]
            print(
                f"{page['id']:22} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} "
                f"title={'ok' if strip_whitespace(title) == strip_whitespace(page['title']) else repr(title)} "
                f"date={date} (gold {page['published']})"
            )
    if not args.no_write:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
