"""Cleaning: raw text, Markdown or HTML fragment -> body paragraphs with the noise removed.

The order matters and is the whole algorithm:

1. markup to text (HTML fragment, Markdown, or plain text with stray Markdown links);
2. one normalised line per paragraph, traditional script converted to simplified;
3. span rules (``举报/反馈`` glued to the last paragraph), then line rules from
   ``data/clean_rules.yaml``; metadata lines become hints instead of vanishing;
4. titles: every line repeating the known title goes (seed 001 repeats it ~20 times); with no
   known title, a line repeated three times or more is the title, or else the title line is found
   above the story; the slogans above the title go (seed 002).

What was found in the text goes to ``article.hints["_found"]`` for the metadata stage.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from aiwatch.article import Article
from aiwatch.clean import script
from aiwatch.clean.lines import is_story_line, line_key, split_lines, unwrap_hard_wraps
from aiwatch.clean.markdown import INLINE_RULES, markdown_to_text
from aiwatch.clean.rules import (
    Found,
    Rule,
    RuleSet,
    groups_found,
    load_rules,
    match_line_rule,
    parse_label_line,
    read_stamp_line,
)
from aiwatch.text.html import html_to_text

__all__ = ["Found", "clean_article", "clean_text"]

#: A short line seen this often is a repeated title or banner, not story (seed 001: 20 times).
REPEATED_LINE_MIN = 3
REPEATED_LINE_MIN_LEN = 8
_ENUMERATED = re.compile(
    r"^(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．)）]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)])"
)
#: Lines above the title longer than this are not taken for slogans.
SLOGAN_MAX_LEN = 50
#: A head line shorter than this is not taken for the title (科技频道, 【本报讯】).
TITLE_MIN_LEN = 5
# A stub in square brackets (【本报讯】, 【某某网综合报道】, 【编者按：…】) is no headline; a flash item's
# headline is written whole in them (【某某公司科创板IPO获受理 拟募资8亿元】): twelve characters or more,
# no label's colon, not a 讯/报道/消息 stub.
_NOT_TITLE = re.compile(
    r"^(?:[—–\-]{1,2}|[【\[](?:[^】\]]{0,11}|[^】\]]*[:：][^】\]]*|[^】\]]*(?:讯|报道|消息|快讯))[】\]]$|[\d\s.:：/\-年月日]+$)"
)
_STAMP = re.compile(
    r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)"
    r"|(?:\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*\d{1,2}[:：]\d{2}"
)
#: Rules that take a line because it is metadata (the title sits right above such a line), an
#: account's or outlet's dated header line among them.
META_LINE_RULES = frozenset(
    {"label_line", "date_line", "byline", "from_outlet_line", "stamp_line", "outlet_dated_line", "dated_outlet_line"}
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_STRAY_COMMENT = re.compile(r"<!--|-->")
_AUTOLINK = re.compile(r"<((?:https?:)?//[^\s<>\"']+)>")
_LINK_RULES = [rule for rule in INLINE_RULES if rule[0] in ("image", "link", "autolink")]
_META_FIELDS = ("title", "source", "author", "editor", "original_title")


@dataclass
class Line:
    text: str  # what the body keeps (original script with --keep-script)
    view: str  # simplified, what the rules read
    removed: str | None = None  # the rule that took the line out

    @property
    def present(self) -> bool:
        return self.removed is None


def markup_to_text(raw: str, kind: str) -> str:
    # Comments go first; a stray opener of broken HTML (<!-- never closed) would otherwise hide
    # the rest of the story from the parser.
    raw = _STRAY_COMMENT.sub("", _COMMENT.sub("", raw))
    if kind == "markdown":
        return markdown_to_text(raw)
    if kind == "html":
        # <http://…> is a Markdown autolink left in an HTML body (seed 003); the HTML parser
        # would swallow it as an unknown tag, so it becomes text first.
        raw = html_to_text(_AUTOLINK.sub(r"\1", raw))
    for _name, pattern, replacement in _LINK_RULES:
        raw = pattern.sub(replacement, raw)
    return unwrap_hard_wraps(raw) if kind == "text" else raw


def make_lines(text: str, keep_script: bool) -> tuple[list[Line], bool]:
    """Lines with their simplified view: all of a traditional text, and in a simplified text the
    paragraphs written in traditional script (a quoted Hong Kong statement), not its old forms."""
    traditional = script.is_traditional(text)
    lines = []
    for raw in split_lines(text):
        convert = traditional or script.is_traditional(raw, script.PARAGRAPH_SHARE)
        view = script.to_simplified(raw) if convert else raw
        lines.append(Line(raw if keep_script else view, view))
    return lines, traditional


def apply_spans(rules: RuleSet, lines: list[Line], found: list[Found]) -> list[Line]:
    """Cut/replace rules, keeping text and view aligned; a replace may split a line."""
    out: list[Line] = []
    for line in lines:
        text, view = line.text, line.view
        for rule in rules.span_rules:
            spans = [(m.start(), m.end(), m) for m in rule.pattern.finditer(view)]
            if not spans:
                continue
            aligned = len(text) == len(view)
            for start, end, match in reversed(spans):
                found.extend(in_original(Line(text, view), f) for f in groups_found(rule, match))
                if rule.action == "note":
                    continue
                new = match.expand(rule.replace) if rule.action == "replace" else ""
                view = view[:start] + new + view[end:]
                text = text[:start] + new + text[end:] if aligned else view
        for piece_text, piece_view in _split_pair(text, view):
            out.append(Line(piece_text, piece_view))
    return out


def _split_pair(text: str, view: str) -> list[tuple[str, str]]:
    views = split_lines(view)
    texts = split_lines(text)
    if len(texts) != len(views):
        texts = views
    return list(zip(texts, views, strict=True))


def in_original(line: Line, item: Found) -> Found:
    """The value as the body writes it (traditional with --keep-script), read where the view has it."""
    at = line.view.find(item.value)
    if line.text == line.view or at < 0 or len(line.text) != len(line.view):
        return item
    return Found(item.field, line.text[at : at + len(item.value)], item.rule)


def remove_rest(lines: list[Line], start: int, rule: str) -> None:
    """A footer heading takes the short lines after it, up to the next story paragraph."""
    for line in lines[start + 1 :]:
        if not line.present:
            continue
        if is_story_line(line.view):
            break
        line.removed = rule


def apply_line_rule(rules: RuleSet, lines: list[Line], i: int, rule: Rule, found: list[Found]) -> bool:
    line = lines[i]
    result = match_line_rule(rule, line.view)
    if result is False:
        return False
    line.removed = rule.name
    if isinstance(result, list):
        found.extend(in_original(line, f) for f in result)
    if rule.action == "drop_rest":
        remove_rest(lines, i, rule.name)
    return True


def apply_label_line(rules: RuleSet, line: Line, found: list[Found], allow_weak: bool) -> None:
    labelled = parse_label_line(rules, line.view, allow_weak=allow_weak)
    if labelled is not None:
        line.removed = "label_line"
        found.extend(in_original(line, f) for f in labelled)


def apply_stamp_line(line: Line, found: list[Found]) -> None:
    """A header line of names beside a date that no rule reads (江湾观察 · 某某 · 2025-03-05)."""
    stamped = read_stamp_line(line.view)
    if stamped is not None:
        line.removed = "stamp_line"
        found.extend(in_original(line, f) for f in stamped)


def apply_line_rules(rules: RuleSet, lines: list[Line], found: list[Found]) -> None:
    """The rules that hold anywhere in the text."""
    for i, line in enumerate(lines):
        if not line.present:
            continue
        for rule in rules.line_rules:
            if rule.zone == "any" and apply_line_rule(rules, lines, i, rule, found):
                break
        if line.present:
            apply_label_line(rules, line, found, allow_weak=False)


def story_span(lines: list[Line]) -> tuple[int, int]:
    """Indexes of the first and last story paragraph (len(lines), -1 when there is none)."""
    story = [i for i, line in enumerate(lines) if line.present and is_story_line(line.view)]
    return (story[0], story[-1]) if story else (len(lines), -1)


def apply_outside_rules(rules: RuleSet, lines: list[Line], found: list[Found]) -> None:
    """Rules for lines above or below the story only: 记者：… / 时间：… bylines, footer phone lines.

    A footer line can look like story (免责声明：本文仅代表作者个人观点。 ends in 。), so the story's
    first and last paragraphs are peeled off while an outside rule takes them; the lines between
    a peeled paragraph and the next one are then outside too.  Each line is seen once or twice.
    """
    outside = [rule for rule in rules.line_rules if rule.zone == "outside"]

    def take(i: int) -> bool:
        return any(apply_line_rule(rules, lines, i, rule, found) for rule in outside)

    def visit(indexes: range) -> None:
        for i in indexes:
            if lines[i].present and not take(i):
                apply_label_line(rules, lines[i], found, allow_weak=True)
            if lines[i].present:
                apply_stamp_line(lines[i], found)

    story = [i for i, line in enumerate(lines) if line.present and is_story_line(line.view)]
    if not story:
        visit(range(len(lines)))
        return
    visit(range(story[0]))
    visit(range(story[-1] + 1, len(lines)))
    lo, hi = 0, len(story) - 1
    while lo <= hi and take(story[hi]):
        hi -= 1
        visit(range(story[hi] + 1 if hi >= lo else story[lo], story[hi + 1]))
    while lo <= hi and take(story[lo]):
        lo += 1
        visit(range(story[lo - 1] + 1, story[lo] if lo <= hi else len(lines)))


def known_titles(article: Article, found: list[Found], traditional: bool) -> list[str]:
    """Keys of the titles known so far, in the script the rules read (simplified)."""
    given = article.hints.get("title")
    if isinstance(given, str) and traditional:
        given = script.to_simplified(given)
    titles = [given] + [f.value for f in found if f.field in ("title", "original_title")]
    return [key for key in dict.fromkeys(line_key(t) for t in titles if isinstance(t, str)) if key]


def title_match(key: str, titles: list[str]) -> str | None:
    """ "same" when the line is a known title, "part" when it is the title minus a site suffix
    (``标题 | 机器之心`` in the front matter, ``# 标题`` in the body), else None."""
    if not key:
        return None
    if key in titles:
        return "same"
    if len(key) >= 8 and any(key in t and len(key) >= 0.6 * len(t) for t in titles):
        return "part"
    return None


def remove_titles(lines: list[Line], titles: list[str], found: list[Found]) -> None:
    """Lines repeating a known title go wherever they are (seed 001); a line that is only part of
    the title (the title without its site suffix) goes only above the story, where it is the
    headline and not a subheading."""
    first, _ = story_span(lines)
    for i, line in enumerate(lines):
        if not line.present:
            continue
        how = title_match(line_key(line.view), titles)
        if how == "same" or (how == "part" and i < first):
            line.removed = "title_line"
            if how == "part":
                found.append(Found("title", line.text, "title_line_part"))


def remove_repeated(lines: list[Line], found: list[Found]) -> None:
    """The title of a plain text printed between its paragraphs (seed 001, 20 times).

    Only when no title is known, only the most repeated line, and only a line long enough to be a
    title: repeated subheadings (专家点评) and list items (1、英语或俄语或日语) of a real page stay.
    """
    counts = Counter(
        line_key(line.view)
        for line in lines
        if line.present and not is_story_line(line.view) and not _ENUMERATED.match(line.view)
    )
    if not counts:
        return
    key, count = counts.most_common(1)[0]
    if count < REPEATED_LINE_MIN or len(key) < REPEATED_LINE_MIN_LEN:
        return
    first = next(line for line in lines if line.present and line_key(line.view) == key)
    found.append(Found("title", first.text, "repeated_line"))
    for line in lines:
        if line.present and line_key(line.view) == key:
            line.removed = "repeated_line"


def could_be_title(line: str) -> bool:
    """Not a subtitle (——访徐汇区区长方世忠), not a stub (【本报讯】), not a bare number, not a header
    line no rule read (原创 某某 某某观察 2025-03-05 09:12): a headline writes no numeric date and
    no date with its clock."""
    return len(line) >= TITLE_MIN_LEN and not _NOT_TITLE.match(line) and not _STAMP.search(line)


def clean_head(lines: list[Line], found: list[Found], title_known: bool) -> None:
    """Above the story: find the title line, drop the slogans above it (seed 002).

    With a known title, a removed title line in the head marks where the slogans end.  Without
    one, the title is the head line just above a metadata line (发布时间:…), or else the last head
    line before the story.
    """
    first, _ = story_span(lines)
    head = list(range(min(first, len(lines))))
    title_at = None
    if title_known:
        titled = [i for i in head if lines[i].removed == "title_line"]
        title_at = titled[0] if titled else None
    else:
        present = [i for i in head if lines[i].present and could_be_title(lines[i].view)]
        before_label = [i for i in present if i + 1 < len(lines) and lines[i + 1].removed in META_LINE_RULES]
        candidates = before_label or present[-1:]
        if candidates:
            title_at = candidates[0]
            found.append(Found("title", lines[title_at].text, "head_line"))
            lines[title_at].removed = "title_line"
    if title_at is None:
        return
    for i in head[:title_at]:
        if lines[i].present and len(lines[i].view) <= SLOGAN_MAX_LEN:
            lines[i].removed = "slogan"


def clean_text(
    raw: str, kind: str, article: Article | None = None, keep_script: bool = False, rules: RuleSet | None = None
) -> tuple[list[Line], list[Found], bool]:
    """All lines (removed ones marked with their rule), what was found, and whether it was traditional."""
    article = article or Article(path="-", format="text")
    rules = rules or load_rules()
    lines, traditional = make_lines(markup_to_text(raw, kind), keep_script)
    found: list[Found] = []
    lines = apply_spans(rules, lines, found)
    apply_line_rules(rules, lines, found)
    apply_outside_rules(rules, lines, found)
    titles = known_titles(article, found, traditional)
    remove_titles(lines, titles, found)
    if not titles:
        remove_repeated(lines, found)
    # a 原标题 line names the story's first headline, not this page's: the headline over it is still
    # to be found
    headline_known = bool(article.hints.get("title")) or any(f.field == "title" for f in found)
    clean_head(lines, found, title_known=headline_known)
    return lines, found, traditional


def simplify_metadata(article: Article, traditional: bool) -> None:
    """Title, categories, tags and people fields in simplified script (seed 004: 新浪财经－国內)."""
    for name, value in list(article.hints.items()):
        if name in _META_FIELDS and isinstance(value, str):
            article.hints[name] = script.simplify_short(value, traditional)
    article.categories = [script.simplify_short(c, traditional) or c for c in article.categories]
    article.tags = [script.simplify_short(t, traditional) or t for t in article.tags]


def clean_article(article: Article, rules: RuleSet, keep_script: bool = False) -> Article:
    lines, found, traditional = clean_text(article.raw, article.raw_kind, article, keep_script, rules)
    if not keep_script:
        simplify_metadata(article, traditional)
        found = [Found(f.field, script.simplify_short(f.value, traditional) or f.value, f.rule) for f in found]
    article.body = "\n\n".join(line.text for line in lines if line.present)
    article.hints["_found"] = found
    if traditional:
        article.hints["script"] = "traditional"
    return article
