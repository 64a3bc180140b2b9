"""Events: sentences that report something happening, with a resolved date and the entities in it.

A sentence is an event when it has a trigger (到访, 发布, 签订, 启用, 融资, 印发 …, the table
below) and a date the timex module resolves (2020年8月10日下午 -> ``2020-08-10``; 今年7月 ->
``2021-07`` for an article published in 2021).  A target year is not the date of an event
(到2025年…达到1000亿元), and a question or a plan without a date is left out.
``event_summary`` lists the major events as a numbered list in Chinese, like the 重大事件摘要 of
a hand-made record: at most six, one per date and kind, ordered by date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from aiwatch.analyze.segment import article_sentences
from aiwatch.analyze.timex import DateContext, Timex, article_context, find_timexes, usable_for_event
from aiwatch.article import Article
from aiwatch.options import Options

#: (kind, pattern, weight).  The weight ranks events for the summary: a visit by a leader or a
#: signing says more about an article than a generic 举行.  Tests: tests/test_events.py.
TRIGGERS: list[tuple[str, str, int]] = [
    ("visit", r"到访|走访|考察|视察|调研|来到|参观|访问", 3),
    ("signing", r"签订|签署|签约|签下|达成[^，。]{0,6}协议|战略合作", 3),
    ("policy", r"印发|出台|颁布|发布[^，。,;；]{0,30}(?:规划|方案|意见|办法|政策|计划|通知|条例|指南|白皮书)", 3),
    ("funding", r"融资|获投|募资|领投|跟投|估值|IPO|上市", 3),
    ("opening", r"启用|开幕|开业|开园|开岛|揭牌|投产|落成|开工|竣工|正式运营|正式启动|启动|成立|落户|入驻|设立", 2),
    ("launch", r"发布|推出|上线|亮相|发售|面世|升级", 2),
    ("award", r"授牌|获评|荣获|入选|颁奖|获得[^，。]{0,10}(?:奖|称号|认证)", 2),
    ("acquisition", r"收购|并购|合并|入股|控股", 3),
    ("meeting", r"举行|举办|召开|闭幕|峰会|大会上|论坛上", 1),
]


def _first_chars(patterns: list[str]) -> str | None:
    """Every character a match of ``patterns`` can start with (a superset: inner alternatives count
    too), or None when an alternative starts with regex syntax rather than a plain character."""
    firsts = set()
    for pattern in patterns:
        for alternative in pattern.split("|"):
            if not alternative or alternative[0] in "()[]{}.*+?\\^$":
                return None
            firsts.add(alternative[0])
    return "".join(sorted(firsts))


# The lookahead rejects most positions at once (as in figures._FIGURE): without it every position
# of every sentence tried all 70 trigger words, 0.17 ms per 1,500 characters; with it 0.03.
_TRIGGER_FIRST = _first_chars([pattern for _, pattern, _ in TRIGGERS])
_TRIGGER = re.compile(
    (f"(?=[{re.escape(_TRIGGER_FIRST)}])" if _TRIGGER_FIRST else "")
    + "(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern, _ in TRIGGERS)
    + ")"
)
_WEIGHT = {kind: weight for kind, _, weight in TRIGGERS}
# A year after these words is a target or a span of time, not when something happened.
_NOT_EVENT_DATE_BEFORE = re.compile(r"(?:到|至|力争|预计|计划|将于|将在|截至|截止|自|从)\s*$")
_NOT_EVENT_DATE_AFTER = re.compile(r"^\s*(?:以来|以前|之前|起|至今|末|前)")
_NOMINAL = frozenset("会式典礼仪")  # 发布会, 开幕式, 颁奖典礼, 签约仪式 name an occasion
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TITLE = re.compile(r"《[^《》]*》")
_QUESTION = re.compile(r"[？?]\s*$")
_CLAUSE_END = re.compile(r"[，,；;。]")
_LEAD = re.compile(r"^[\s，,、：:]+")
_MAX_TEXT = 240
_MAX_SUMMARY = 6


@dataclass(frozen=True, slots=True)
class Event:
    trigger_start: int  # offsets of the trigger word in the sentence
    trigger_end: int
    timex: Timex
    kind: str


def event_date(
    sentence: str, timexes: list[Timex], trigger_at: int, context: DateContext | None = None
) -> Timex | None:
    """The date the sentence reports: the last usable date before the trigger, else the first after.

    A date after publication is an event's only when the sentence speaks of the future (then the
    timex says ``future``: 计划于今年9月发布); a target year (到2025年) never is."""
    usable = [
        t
        for t in timexes
        if t.date
        and (context is None or usable_for_event(t, context))
        and (t.future or not _NOT_EVENT_DATE_BEFORE.search(sentence[max(0, t.start - 4) : t.start]))
        and not _NOT_EVENT_DATE_AFTER.match(sentence[t.end : t.end + 3])
        and not _inside_noun_phrase(sentence, t)
    ]
    before = [t for t in usable if t.start < trigger_at]
    if before:
        return before[-1]
    return usable[0] if usable else None


def _inside_noun_phrase(sentence: str, timex: Timex) -> bool:
    """A bare year inside a name is not a date: 一批2020年智慧城市建设优秀案例."""
    if timex.kind != "year" or timex.start == 0 or timex.end >= len(sentence):
        return False
    before, after = sentence[timex.start - 1], sentence[timex.end]
    return _HAN.match(before) is not None and _HAN.match(after) is not None and before not in "在于自从到至是为"


def find_event(sentence: str, context: DateContext, inherit: Timex | None = None) -> Event | None:
    """The event a sentence reports, if any (offsets into the sentence).

    ``inherit`` is the date of the previous sentence when this one continues its story; it is used
    only when the sentence has no date of its own at all (a target year such as 到2025年 still
    means no event).
    """
    if _QUESTION.search(sentence):
        return None
    trigger = _TRIGGER.search(sentence)
    if trigger is None:
        return None
    # A date inside a title names the document, not the day: 《2021年上半年中国人工智能市场报告》.
    titles = [m.span() for m in _TITLE.finditer(sentence)]
    timexes = [t for t in find_timexes(sentence, context) if not any(a <= t.start < b for a, b in titles)]
    if not timexes and inherit is None:
        return None
    # The strongest trigger names the kind (签订 over 举行); a verb beats a noun made of one
    # (…发布会上，…规划发布: the second 发布), and the last verb is the main one.
    kinds = [
        (m.lastgroup or "", m.start(), sentence[m.end() : m.end() + 1] in _NOMINAL) for m in _TRIGGER.finditer(sentence)
    ]
    kind, at, _ = max(kinds, key=lambda k: (_WEIGHT[k[0]], not k[2], k[1]))
    timex = event_date(sentence, timexes, at, context) if timexes else inherit
    if timex is None:
        return None
    # The trigger is the verb itself: 发布, not 发布的《…规划 that the policy pattern spans.
    matched = _TRIGGER.match(sentence, at).group()
    return Event(at, at + (2 if len(matched) > 4 else len(matched)), timex, kind)


def _entities_in(
    article: Article, start: int, end: int, types: tuple[str, ...] = ("PER", "ORG", "LOC", "DOC")
) -> list[str]:
    found: list[tuple[int, str]] = []
    for entity in article.entities or []:
        inside = [m["start"] for m in entity["mentions"] if start <= m["start"] and m["end"] <= end]
        if inside and entity["type"] in types:
            found.append((min(inside), entity["name"]))
    return [name for _, name in sorted(found)]


# A sentence that starts like this goes on with the story of the one before: 随后，双方签署了…
_CONTINUES = re.compile(
    r"^(?:随后|随即|同日|当天|当日|同时|其间|期间|此后|之后|会上|会后|活动中|仪式上|现场|该|他|她|其|双方|两家)"
)


def _continues(article: Article, previous: dict[str, Any] | None, start: int, end: int) -> bool:
    """The sentence at ``start`` carries on the previous event's story, in the same paragraph.

    随后，双方签署了合作协议 (a continuation word), or 商汤科技还发布了… after a dated sentence
    about 商汤科技 (a shared organisation or person; places are too broad to tie two sentences).
    """
    if previous is None or "\n" in article.body[previous["end"] : start]:
        return False
    if _CONTINUES.match(article.body, start):
        return True
    shared = set(_entities_in(article, start, end, ("PER", "ORG"))) & set(
        _entities_in(article, previous["start"], previous["end"], ("PER", "ORG"))
    )
    return bool(shared)


def extract_events(article: Article) -> list[dict[str, Any]]:
    context = article_context(article)
    events = []
    previous: dict[str, Any] | None = None  # the last event, while the next sentence may continue it
    for start, end in article_sentences(article):
        sentence = article.body[start:end]
        inherit = previous["_timex"] if previous and _continues(article, previous, start, end) else None
        event = find_event(sentence, context, inherit)
        if event is None:
            previous = None
            continue
        inherited = event.timex is inherit
        text = sentence if len(sentence) <= _MAX_TEXT else sentence[:_MAX_TEXT] + "…"
        previous = {"start": start, "end": end, "_timex": event.timex}
        events.append(
            {
                "date": event.timex.date,
                "date_text": event.timex.text,
                "precision": event.timex.precision,
                "text": text,
                "entities": _entities_in(article, start, end),
                "kind": event.kind,
                "trigger": sentence[event.trigger_start : event.trigger_end],
                "trigger_start": start + event.trigger_start,
                "start": start,
                "end": end,
                # "sentence": the date is written in the sentence; "previous": taken from the event
                # sentence before it, whose story this one continues (a guess, right most of the time).
                "date_from": "previous" if inherited else "sentence",
                # issue 12: the sentence speaks of the future (计划/将/预计) and the date is ahead
                "future": event.timex.future,
            }
        )
    # ISO strings at mixed precision sort correctly as strings: 2019 < 2019-05 < 2019-05-01.
    events.sort(key=lambda e: (e["date"], e["start"]))
    return events


# --- the numbered summary ------------------------------------------------------------------------


def format_date(date: str, precision: str) -> str:
    """``2020-08-10`` -> 2020年8月10日, ``2019-05`` -> 2019年5月, ``2017`` -> 2017年."""
    parts = date.split("-")
    text = f"{int(parts[0])}年"
    if precision in ("month", "day") and len(parts) > 1:
        text += f"{int(parts[1])}月"
    if precision in ("day", "around") and len(parts) > 2:
        text += f"{int(parts[2])}日"
    return text + ("前后" if precision == "around" else "")


def short_sentence(event: dict[str, Any], limit: int = 80) -> str:
    """The event sentence without its leading date, cut after the clause with the trigger."""
    text = event["text"]
    trigger_end = event["trigger_start"] - event["start"] + len(event["trigger"])
    # 2019年5月，商汤科技… loses its date (the line starts with it); 今年7月发布的《规划》 and
    # 在今年7月11日举行的… keep theirs, it is part of the phrase.
    if text.startswith(event["date_text"]) and text[len(event["date_text"]) : len(event["date_text"]) + 1] in "，,、 ":
        text = text[len(event["date_text"]) :]
        trigger_end -= len(event["date_text"])
    lead = _LEAD.match(text)
    if lead:
        text = text[lead.end() :]
        trigger_end -= lead.end()
    text = text.rstrip("。；;，, ")
    clause_end = _CLAUSE_END.search(text, max(0, trigger_end))
    if clause_end and clause_end.start() <= limit:
        text = text[: clause_end.start()]
    if len(text) > limit:
        clauses = re.split(r"(?<=[，；;])", text)
        kept = ""
        for clause in clauses:
            if kept and len(kept) + len(clause) > limit:
                break
            kept += clause
        text = kept.rstrip("，；; ")
        if len(text) > limit:
            text = text[:limit] + "…"
    return text


def _score(event: dict[str, Any]) -> tuple[int, int, int]:
    precision = {"day": 2, "around": 1, "month": 1, "year": 0}.get(event["precision"], 0)
    return _WEIGHT.get(event["kind"], 1) * 2 + min(len(event["entities"]), 3), precision, -event["start"]


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two reports of one event: same date and kind (seed 000 tells the 8月10日 visit twice)."""
    return a["date"] == b["date"] and (a["kind"] == b["kind"] or bool(set(a["entities"]) & set(b["entities"])))


def summarise_events(events: list[dict[str, Any]], limit: int = _MAX_SUMMARY) -> str | None:
    chosen: list[dict[str, Any]] = []
    for event in sorted(events, key=_score, reverse=True):
        if not event["date"] or any(_same(event, kept) for kept in chosen):
            continue
        chosen.append(event)
        if len(chosen) == limit:
            break
    if not chosen:
        return None
    chosen.sort(key=lambda e: (e["date"], e["start"]))
    return "\n".join(f"{n}. {summary_line(e)}。" for n, e in enumerate(chosen, 1))


def summary_line(event: dict[str, Any]) -> str:
    """Date, then the sentence; a sentence that opens with that very date is not given it twice
    (2020年新冠疫情期间，商汤… not 2020年，2020年新冠疫情期间…)."""
    date = format_date(event["date"], event["precision"])
    text = short_sentence(event)
    return text if text.startswith(date) else f"{date}，{text}"


def warm(options: Options) -> None:
    _TRIGGER.search("发布")


def add_events(article: Article, options: Options) -> Article:
    """Stage ``events``: ``events`` ordered by date, and ``event_summary`` (numbered, in Chinese)."""
    events = extract_events(article)
    article.event_summary = summarise_events(events)
    article.events = events
    return article
