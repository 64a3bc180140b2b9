"""The rule table of ``data/clean_rules.yaml``, compiled once per process, and how a line meets it.

A rule looks at one line.  ``cut`` and ``replace`` rules edit spans inside a line (``举报/反馈``
glued to seed 000's last paragraph); the line rules decide about a whole line: noise to ``drop``,
metadata to turn into a ``hint``, or a ``drop_rest`` heading that opens a footer of links.  Lines
made only of ``label: value`` pairs (``发布时间:2020-12-10    来源:张江高科技园区官网``) are metadata
too; their labels are a table in the same file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

SPAN_ACTIONS = frozenset({"cut", "replace", "note"})
#: Named groups that carry metadata: ``value`` goes to the rule's ``field``, these to their own name.
FIELD_GROUPS = frozenset({"title", "original_title", "url", "published", "source", "author", "editor"})
LINE_ACTIONS = frozenset({"drop", "hint", "drop_rest"})


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    action: str
    field: str | None = None
    max_len: int | None = None
    replace: str = ""
    zone: str = "any"  # "outside": only above or below the story, never between its paragraphs
    examples: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Found:
    """A metadata value seen in the text, with the rule that saw it."""

    field: str
    value: str
    rule: str


@dataclass(frozen=True)
class Label:
    field: str | None
    weak: bool = False


@dataclass(frozen=True)
class RuleSet:
    span_rules: tuple[Rule, ...]
    line_rules: tuple[Rule, ...]
    labels: dict[str, Label]
    label_pattern: re.Pattern[str]

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self.span_rules + self.line_rules


def button_words(data: dict[str, Any] | None = None) -> str:
    """The page's button words (the table's ``buttons``) as one alternation, longest first."""
    words = (data if data is not None else _read_table(None)[0]).get("buttons") or ()
    return "|".join(re.escape(str(word)) for word in sorted(words, key=len, reverse=True))


def _compile_rule(entry: dict[str, Any], origin: str, buttons: str = "") -> Rule:
    name = entry.get("name") or "?"
    action = entry.get("action")
    if action not in SPAN_ACTIONS | LINE_ACTIONS:
        raise ValueError(f"{origin}: rule {name}: unknown action {action!r}")
    if entry.get("zone", "any") not in ("any", "outside"):
        raise ValueError(f"{origin}: rule {name}: unknown zone {entry['zone']!r}")
    try:
        pattern = re.compile(entry["pattern"].replace("{buttons}", buttons))
    except (KeyError, re.error) as exc:
        raise ValueError(f"{origin}: rule {name}: bad pattern ({exc})") from None
    return Rule(
        name=name,
        pattern=pattern,
        action=action,
        field=entry.get("field"),
        max_len=entry.get("max_len"),
        replace=entry.get("replace", ""),
        zone=entry.get("zone", "any"),
        examples=tuple(entry.get("examples") or ()),
    )


def _label_pattern(labels: dict[str, Label]) -> re.Pattern[str]:
    # Longest label first so 文章来源 wins over 来源; a label starts the line or follows a space or
    # bracket, never the middle of a word (方世忠:打造… has no label).
    names = "|".join(re.escape(name) for name in sorted(labels, key=len, reverse=True))
    # A WeChat-style header puts a bar where others put a colon: 来源 | 某某号, 作者 | 某某　编辑 | 某某.
    # 丨 (a look-alike of the bar) never starts a name: 记者丨某某.  撰文 / 某某: a slash between blanks,
    # or right after 文 (文/某某).  A crawler's dump writes key=value (url=https://…, fetched_at=…):
    # = right after the label, with the value glued to it.  A label ending in 于 (发布于 2025-03-05)
    # may stand right before its date.  A label in square brackets needs no colon: 【发布时间】2025-03-05.
    return re.compile(
        rf"(?:(?P<open>【)|^|(?<=[\s|｜/,，;；【\[（(]))(?P<label>{names})"
        r"(?(open)】\s*|(?:\s*(?:[:：丨]|[|｜/](?=\s)|(?<=文)/)|=(?=\S)|(?<=于)\s*(?=\d)))"
    )


@cache
def _packaged_table() -> dict[str, Any]:
    """The packaged table, parsed once per process: the compiled rules and the button words (read
    at import by the header-line reader) share it; nothing writes to it."""
    text = resources.files("aiwatch").joinpath("data/clean_rules.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


def _read_table(path: str | None) -> tuple[dict[str, Any], str]:
    if path is None:
        return _packaged_table(), "clean_rules.yaml"
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read cleaning rules ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: cleaning rules must be a mapping with 'rules' and 'labels'")
    return data, path


@cache
def default_rules() -> RuleSet:
    """The packaged rules, compiled once per process (package data does not change while it runs)."""
    return _compile_rules(None)


def load_rules(user_file: str | None = None) -> RuleSet:
    """The packaged rules, or a user's file over them (read now, not remembered)."""
    return default_rules() if not user_file else _compile_rules(user_file)


def _compile_rules(user_file: str | None) -> RuleSet:
    """The packaged rules, compiled; a user's file layers over them.

    In the user's file a rule with a packaged rule's name replaces it (``action: off`` switches
    it off), other rules are added after the packaged ones, and labels are added or replaced
    (``field: null`` makes a label mark a line as metadata without keeping its value).
    """
    data, origin = _read_table(None)
    entries = {entry["name"]: (entry, origin) for entry in data.get("rules") or ()}
    labels_table = dict(data.get("labels") or {})
    if user_file:
        user, user_origin = _read_table(user_file)
        for entry in user.get("rules") or ():
            if not isinstance(entry, dict) or not entry.get("name"):
                raise ValueError(f"{user_file}: every rule needs a name")
            entries[entry["name"]] = (entry, user_origin)
        labels_table.update(user.get("labels") or {})
    buttons = button_words(data)
    rules = [
        _compile_rule(entry, where, buttons) for entry, where in entries.values() if entry.get("action") != "off"
    ]
    labels = {
        str(name): Label(field=(spec or {}).get("field"), weak=bool((spec or {}).get("weak")))
        for name, spec in labels_table.items()
    }
    return RuleSet(
        span_rules=tuple(r for r in rules if r.action in SPAN_ACTIONS),
        line_rules=tuple(r for r in rules if r.action in LINE_ACTIONS),
        labels=labels,
        label_pattern=_label_pattern(labels),
    )


def apply_span_rule(rule: Rule, line: str) -> tuple[str, list[Found]]:
    """The line after one cut/replace rule, and what it found."""
    found: list[Found] = []

    def edit(match: re.Match[str]) -> str:
        found.extend(groups_found(rule, match))
        if rule.action == "note":
            return match.group(0)
        return match.expand(rule.replace) if rule.action == "replace" else ""

    return rule.pattern.sub(edit, line), found


def groups_found(rule: Rule, match: re.Match[str]) -> list[Found]:
    """Hints from a match: group ``value`` for the rule's field, groups named after a field for it."""
    out = []
    for name, value in match.groupdict().items():
        field = rule.field if name == "value" else name if name in FIELD_GROUPS else None
        if field and value and value.strip():
            out.append(Found(field, value.strip(), rule.name))
    return out


def apply_span_rules(rules: RuleSet, line: str) -> tuple[str, list[Found]]:
    found: list[Found] = []
    for rule in rules.span_rules:
        line, seen = apply_span_rule(rule, line)
        found.extend(seen)
    return line, found


def match_line_rule(rule: Rule, line: str) -> list[Found] | bool:
    """False when the rule does not take the line; True (or the hints it makes) when it does."""
    text = line.strip()
    if not text or (rule.max_len is not None and len(text) > rule.max_len):
        return False
    match = rule.pattern.search(text)
    if not match:
        return False
    if rule.action == "hint":
        return groups_found(rule, match) or True
    return True


# --- label lines -------------------------------------------------------------------------------

_URL = re.compile(r"^(?:https?:)?//\S+$|^www\.\S+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！？!?；;]")
#: A metadata line is short; a longer line is story even if it starts with 来源：.
LABEL_LINE_MAX_LEN = 200
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
_OUTER_BRACKETS = re.compile(r"^[（(【\[]\s*(.*?)\s*[）)】\]]$")
_SEPARATORS = " \t\u3000|｜,，;；【】[]（）()"
_BAR = re.compile(r"\s*[|｜]\s*")
_FILED_UNDER = frozenset({"categories", "tags"})

_MAX_LEN = {"title": 120, "original_title": 120, "url": 500, "published": 40}


@cache
def _button_after() -> re.Pattern[str]:
    """A page button one blank after a labelled line's last value (… 分类：种业 打印)."""
    return re.compile(rf"\s+(?:{button_words()})$")


def valid_value(field: str | None, value: str) -> bool:
    # Imported here: aiwatch.meta imports this module, and the date parser lives in aiwatch.meta.
    from aiwatch.text.dates import parse_date

    if field is None or not value:
        return True
    if field == "url":
        return bool(_URL.match(value))
    if field == "published":
        return parse_date(value) is not None
    if len(value) > _MAX_LEN.get(field, 40):
        return False
    return field in ("title", "original_title") or not _SENTENCE_END.search(value)


# The outlet beside a line's bare date: a short name, no digits (the form of dated_outlet_line's), of
# three characters or more (科技 | 2026-03-01 | 作者：… names a section).
_OUTLET_PIECE = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z]{2,15}$")


_WHOLE_VALUES = frozenset({"title", "original_title", "url", "published"})
_TRAILING_DATE = re.compile(
    r"\s(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)\s*$"
)


def _is_bare_date(piece: str) -> bool:
    return valid_value("published", piece) and not re.search(r"[^\d\s:：\-/.年月日时分秒T+]", piece)


def parse_label_line(rules: RuleSet, line: str, allow_weak: bool) -> list[Found] | None:
    """The hints of a line made only of ``label: value`` pairs, or None if it is not one.

    >>> rs = load_rules()
    >>> [f.value for f in parse_label_line(rs, "发布时间:2020-12-10    来源:张江高科技园区官网", False)]
    ['2020-12-10', '张江高科技园区官网']
    """
    text = line.strip()
    if len(text) > LABEL_LINE_MAX_LEN:
        return None
    bracketed = _OUTER_BRACKETS.match(text)
    if bracketed:
        text = bracketed.group(1)
    matches = list(rules.label_pattern.finditer(text))
    if not matches:
        return None
    # … 来源：种业管理司 分类：种业 打印: a page's print button ends the line, no part of the last value
    text = _button_after().sub("", text)
    # a line with a strong label (发布日期, 来源) is metadata, its weak labels of what the page files it
    # under (分类, 栏目, 标签) too; a weak label of a person (作者, 编辑) still needs the line's place
    strong = any(not rules.labels[m.group("label")].weak for m in matches)
    found: list[Found] = []
    prefix = _WEEKDAY.sub(" ", text[: matches[0].start()]).strip(_SEPARATORS)
    if prefix:
        # 2021-03-04 10:22 来源：新华网 — a bare date may open the line, and with a bar the outlet
        # beside it (2026.06.03 | 某某时报 | 文/某某).
        pieces = _BAR.split(prefix)
        dates = [p for p in pieces if _is_bare_date(p)]
        outlets = [p for p in pieces if _OUTLET_PIECE.match(p)]
        if len(dates) != 1 or len(dates) + len(outlets) != len(pieces) or len(outlets) > 1:
            return None
        found.append(Found("published", dates[0], "label:date"))
        found += [Found("source", outlet, "label:outlet") for outlet in outlets]
    for i, match in enumerate(matches):
        label = rules.labels[match.group("label")]
        if label.weak and not allow_weak and not (strong and label.field in _FILED_UNDER):
            return None
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[match.end() : end].strip(_SEPARATORS)
        # 来源：南方日报 | 2026-03-31 08:05 | 作者：…: a bar ends the value; a bare date after it is
        # the line's date, as it would be before the first label
        value, *rest = _BAR.split(value) if label.field not in ("title", "original_title", "url") else (value,)
        for piece in rest:
            if _is_bare_date(piece):
                found.append(Found("published", piece, "label:date"))
        # 出处：某某日报 2025-03-05: a date after a blank closes a name's value the same way
        glued = _TRAILING_DATE.search(value) if label.field not in _WHOLE_VALUES else None
        if glued and _is_bare_date(glued["date"]):
            value = value[: glued.start()].strip(_SEPARATORS)
            found.append(Found("published", glued["date"], "label:date"))
        if not valid_value(label.field, value):
            return None
        if label.field and value:
            found.append(Found(label.field, value, f"label:{match.group('label')}"))
    return found


# --- stamp lines ---------------------------------------------------------------------------------

#: A header line of fields beside one date, none labelled: 江湾观察 · 柯某 · 2025-03-05,
#: 阅读 1024 · 2025-03-05 09:12 · 江湾观察, 2025-03-05 09:12 - 江湾日报, 某报 | 2025年03月05日 09:12 | 阅读 1200.
STAMP_LINE_MAX_LEN = 60
_STAMP_DATE = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:(?:\s+|T)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_STAMP_SPLIT = re.compile(r"\s*[|｜丨·•/]\s*|\s+[-–—]+\s+|\s+")
# what a stamp line carries besides the date and names: counters (阅读 1024, 1.2万阅读), the 原创
# mark, a weekday, where it was posted (发布于江苏, IP属地：江苏, a bare province)
_REGION_NAMES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
    "云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|海外"
)
REGION = re.compile(rf"^(?:{_REGION_NAMES})$")
_STAMP_FILLER = re.compile(
    r"^(?:(?:阅读|浏览|评论|点赞|分享|收藏|点击|人气|在看)(?:量|数|次数)?\s*[:：]?\s*[\d.]+[万wWkK+]?|[\d.]+[万wWkK+]?\s*(?:次?阅读|人阅读|浏览|评论|点赞)"
    r"|阅读|浏览|评论|原创|转载|置顶|(?:星期|周|礼拜)[一二三四五六日天]|(?:发布于|IP属地)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}"
    # a date's own label (发布时间 2024-03-01, 发表于 2005年3月2日): no name
    r"|(?:发布|发表|更新|修改|编辑|录入|提交|发帖)(?:时间|日期|于)?|时间|日期|(?i:posted|updated|published|date|time|on)"
    rf"|{_REGION_NAMES}|\d+)$"
)
# a labelled credit (作者丨某某, 来源 某报) is the label readers' line, not a stamp
_CREDIT_WORD = re.compile(r"作者|来源|编辑|责编|记者|通讯员|撰文|出品|摄影|(?i:source|author|by)\b")
_STAMP_GAP = " \u3000|｜·•/-–—"
# the comment box's head (56 条评论 2023-05-13 · 好真实): a reader's comment, no stamp
_COMMENTS = re.compile(r"\d+\s*条(?:评论|回复|留言)")
_STAMP_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]{1,15}$")
# a sentence or a label is no stamp: 发布会, 时间：…
_NOT_STAMP = re.compile(r"[，,。！？!?；;：:“”\"（）()]")


def read_stamp_line(line: str) -> list[Found] | None:
    """The date and the names of a stamp line, or None if the line is not one: one date, and besides it
    only names (each read as a source; the metadata stage tells a writer's name from an outlet's)
    and filler (counters, 原创, where it was posted), at most two names."""
    text = line.strip()
    if len(text) > STAMP_LINE_MAX_LEN or _CREDIT_WORD.search(text) or _COMMENTS.search(text):
        return None
    dates = list(_STAMP_DATE.finditer(text))
    if len(dates) != 1:
        return None
    date = dates[0]
    # the date stands apart: 会议于2025-03-05举行 is a sentence
    if text[date.start() - 1 : date.start()].strip(_STAMP_GAP) or text[date.end() : date.end() + 1].strip(_STAMP_GAP):
        return None
    rest = f"{text[: date.start()]} | {text[date.end() :]}"
    names = []
    for piece in _STAMP_SPLIT.split(rest):
        piece = piece.strip(" \u3000-–—")
        if not piece or _STAMP_FILLER.match(piece):
            continue
        if _NOT_STAMP.search(piece) or not _STAMP_NAME.match(piece):
            return None
        names.append(piece)
    if not names and rest.strip(" |") == "":
        return None  # a bare date: the date_line rule's
    if len(names) > 2:
        return None
    return [Found("published", date.group().strip(), "stamp_line"), *(Found("source", n, "stamp_line") for n in names)]
