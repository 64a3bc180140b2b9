"""The article view: clean text with entities, figures and events marked in place, safely.

Article text is untrusted (it came from someone's web page), so nothing of it is ever passed to
the template as HTML: the body is cut into segments at the annotation offsets, every segment is
escaped with ``markupsafe.escape``, and only our own tags are put around them.  The result is a
``Markup`` per paragraph; the template never applies ``|safe`` to article text.

Offsets come from the analysis: entity ``mentions`` (``start``/``end`` into ``body``), figure and
event ``start``/``end`` when the stored record has them.  Otherwise a figure is found through its
context sentence (商汤科技实现营业收入分别为18.53亿元、30.27亿元… → 30.27亿元 inside it) and an
event through its sentence, so that records without offsets are still marked where they occur.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

TYPE_LABELS = {"ORG": "机构", "PER": "人物", "LOC": "地点", "DOC": "文件", "PRODUCT": "产品"}
#: Event types and argument roles in the page's language.
EVENT_LABELS = {
    "funding": "融资",
    "launch": "发布",
    "policy": "政策",
    "appointment": "任命",
    "partnership": "合作",
    "ipo": "上市",
    "ma": "并购",
    "project_opening": "项目落地",
    "licence": "牌照",
    "other": "其他",
}
ROLE_LABELS = {
    "company": "公司",
    "round": "轮次",
    "amount": "金额",
    "investors": "投资方",
    "organisation": "机构",
    "product": "产品",
    "issuer": "发布机构",
    "document": "文件",
    "person": "人物",
    "title": "职务",
    "parties": "各方",
    "exchange": "交易所",
    "acquirer": "收购方",
    "target": "标的",
    "project": "项目",
    "location": "地点",
    "licence": "牌照",
}


@dataclass(order=True)
class Span:
    start: int
    end: int
    kind: str = field(compare=False)
    data: dict[str, Any] = field(compare=False, default_factory=dict)


def entity_spans(entities: list[dict[str, Any]] | None, size: int) -> list[Span]:
    spans = []
    for entity in entities or []:
        for mention in entity.get("mentions") or []:
            start, end = mention.get("start"), mention.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
                spans.append(Span(start, end, "entity", entity))
    return spans


def _offsets(item: dict[str, Any], size: int) -> tuple[int, int] | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
        return start, end
    return None


def figure_spans(body: str, figures: list[dict[str, Any]] | None) -> list[Span]:
    spans, taken = [], set()
    for figure in figures or []:
        found = _offsets(figure, len(body)) or _locate_figure(body, figure, taken)
        if found:
            taken.add(found)
            spans.append(Span(found[0], found[1], "figure", figure))
    return spans


def _locate_figure(body: str, figure: dict[str, Any], taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The figure's text inside its context sentence, skipping places already marked.

    18.53亿元 and 30.27亿元 share one context; the second figure must land on its own number.
    """
    text = figure.get("text") or ""
    if not text:
        return None
    context = figure.get("context") or ""
    anchor = body.find(context) if context else -1
    begin = anchor if anchor >= 0 else 0
    stop = anchor + len(context) if anchor >= 0 else len(body)
    at = body.find(text, begin, stop)
    while at >= 0:
        if (at, at + len(text)) not in taken:
            return at, at + len(text)
        at = body.find(text, at + 1, stop)
    return None


def event_spans(body: str, events: list[dict[str, Any]] | None) -> list[Span]:
    spans = []
    for item in events or []:
        found = _offsets(item, len(body))
        if found is None and item.get("text"):
            at = body.find(item["text"])
            found = (at, at + len(item["text"])) if at >= 0 else None
        if found:
            spans.append(Span(found[0], found[1], "event", item))
    return spans


def _non_overlapping(spans: list[Span]) -> list[Span]:
    """Earliest first, the longer of two at the same place; a span overlapping a kept one is dropped."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _clip(span: Span, start: int, end: int) -> Span | None:
    lo, hi = max(span.start, start), min(span.end, end)
    return Span(lo, hi, span.kind, span.data) if lo < hi else None


def _straddles(inner: Span, outer: Span) -> bool:
    overlaps = outer.start < inner.end and inner.start < outer.end
    return overlaps and not (outer.start <= inner.start and inner.end <= outer.end)


def format_number(value: Any) -> str:
    """18.53亿 rather than 1853000000.0: the reader compares with the text."""
    if not isinstance(value, int | float):
        return ""
    for size, unit in ((1e8, "亿"), (1e4, "万")):
        if abs(value) >= size:
            return f"{value / size:.4g}{unit}"
    return f"{value:g}"


def _open_tag(span: Span) -> Markup:
    data = span.data
    if span.kind == "entity":
        kind = str(data.get("type") or "")
        href = "/entities/" + quote(str(data.get("name") or ""), safe="") + "?type=" + quote(kind, safe="")
        title = f"{TYPE_LABELS.get(kind, kind)} · {data.get('name')}"
        if isinstance(data.get("confidence"), int | float):
            title += f" · 可信度 {data['confidence']:.2f}"
        return Markup('<a class="ent ent-{}" href="{}" title="{}">').format(kind, href, title)
    if span.kind == "figure":
        parts = [f"{format_number(data.get('value'))}{data.get('unit') or ''}".strip()]
        if data.get("year"):
            parts.append(f"{data['year']}年")
        if data.get("organisation"):
            parts.append(str(data["organisation"]))
        return Markup('<mark class="fig" title="{}">').format(" · ".join(p for p in parts if p))
    label = str(data.get("date") or "")
    kind = EVENT_LABELS.get(str(data.get("type") or "other"), "其他")
    return Markup('<span class="evt" data-date="{}" title="事件 · {} · {}">').format(label, kind, label)


_CLOSE = {"entity": Markup("</a>"), "figure": Markup("</mark>"), "event": Markup("</span>")}


def _render_inner(body: str, start: int, end: int, inner: list[Span]) -> Markup:
    out, at = [], start
    for span in inner:
        if span.start < start or span.end > end:
            continue
        out.append(escape(body[at : span.start]))
        out.append(_open_tag(span) + escape(body[span.start : span.end]) + _CLOSE[span.kind])
        at = span.end
    out.append(escape(body[at:end]))
    return Markup("").join(out)


def render_paragraph(body: str, start: int, end: int, outer: list[Span], inner: list[Span]) -> Markup:
    out, at = [], start
    for event in outer:
        out.append(_render_inner(body, at, event.start, inner))
        out.append(_open_tag(event) + _render_inner(body, event.start, event.end, inner) + _CLOSE["event"])
        at = event.end
    out.append(_render_inner(body, at, end, inner))
    return Markup("").join(out)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line: the cleaner leaves one paragraph per line."""
    found, at = [], 0
    for line in body.split("\n"):
        if line.strip():
            found.append((at, at + len(line)))
        at += len(line) + 1
    return found


#: A line that ends like a sentence is text; a short line without that ending is a heading.
_SENTENCE_END = tuple("。！？!?；;：:…”」』）)，,")


def is_heading(line: str) -> bool:
    """积极履行社会责任全力支持疫情防控 (a subheading) vs 据了解，…。 (text): short, no sentence end."""
    line = line.strip()
    return 2 <= len(line) <= 30 and not line.endswith(_SENTENCE_END) and "，" not in line and "。" not in line


def marked_article(article: dict[str, Any]) -> list[tuple[str, Markup]]:
    """``("h" | "p", markup)`` per paragraph of the article body, escaped and marked up."""
    body = article.get("body") or ""
    outer_all = _non_overlapping(event_spans(body, article.get("events")))
    inner_all = _non_overlapping(
        entity_spans(article.get("entities"), len(body)) + figure_spans(body, article.get("figures"))
    )
    rendered = []
    for start, end in paragraphs(body):
        outer = [c for s in outer_all if (c := _clip(s, start, end))]
        # A name or number that straddles an event's edge is left unmarked rather than cut in two.
        inner = [s for s in inner_all if s.start >= start and s.end <= end and not any(_straddles(s, e) for e in outer)]
        kind = "h" if is_heading(body[start:end]) else "p"
        rendered.append((kind, render_paragraph(body, start, end, outer, inner)))
    return rendered


def highlighted(text: str, highlights: list[list[int]] | list[tuple[int, int]]) -> Markup:
    """A search snippet with its matches in ``<mark>``, every piece escaped."""
    out, at = [], 0
    for start, end in sorted(tuple(h) for h in highlights):
        if start < at or end > len(text):
            continue
        out.append(escape(text[at:start]) + Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)


# --- evidence shown on hover and focus: the sentence a fact was read from, its words marked -----------

_SENTENCE_STOP = "。！？!?；;\n"


def sentence_around(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``body[start:end]`` (its stop included), at most 200 characters each side."""
    lo = max(body.rfind(mark, 0, start) for mark in _SENTENCE_STOP) + 1
    stops = [i for i in (body.find(mark, end) for mark in _SENTENCE_STOP) if i != -1]
    hi = min(stops) + 1 if stops else len(body)
    if body[hi - 1 : hi] == "\n":
        hi -= 1
    lo, hi = max(lo, start - 200), min(hi, end + 200)
    while lo < start and body[lo].isspace():
        lo += 1
    return lo, hi


def marked_sentence(body: str, start: int, end: int, marks: list[tuple[int, int, str]]) -> Markup:
    """``body[start:end]`` escaped, with each non-overlapping mark ``(start, end, css class)`` in <mark>."""
    out, at = [], start
    for lo, hi, css in sorted(marks):
        if lo < at or hi > end or lo >= hi:
            continue
        out.append(escape(body[at:lo]) + Markup('<mark class="{}">').format(css) + escape(body[lo:hi]))
        out.append(Markup("</mark>"))
        at = hi
    out.append(escape(body[at:end]))
    return Markup("").join(out)


def event_evidence(body: str, event: dict[str, Any]) -> dict[str, Any] | None:
    """What the article page shows when an event is hovered or focused: its type, date, arguments,
    confidence, and the sentence it was read from with the trigger and the arguments marked."""
    evidence = event.get("evidence") or {}
    found = _offsets(evidence, len(body)) or _offsets(event, len(body))
    if found is None and event.get("text"):
        at = body.find(event["text"])
        found = (at, at + len(event["text"])) if at >= 0 else None
    if found is None:
        return None
    marks = []
    trigger = evidence.get("trigger")
    if isinstance(trigger, list) and len(trigger) == 2:
        marks.append((trigger[0], trigger[1], "trigger"))
    for spans in (evidence.get("arguments") or {}).values():
        marks += [(s[0], s[1], "arg") for s in spans if isinstance(s, list) and len(s) == 2]
    arguments = []
    for role, value in (event.get("arguments") or {}).items():
        text = "、".join(str(v) for v in value) if isinstance(value, list) else str(value)
        arguments.append((ROLE_LABELS.get(role, role), text))
    return {
        "type": EVENT_LABELS.get(event.get("type") or "other", event.get("type")),
        "sentence": marked_sentence(body, found[0], found[1], marks),
        "arguments": arguments,
        "confidence": event.get("confidence"),
        "date_from": "上一句" if event.get("date_from") == "previous" else "本句",
    }


def entity_evidence(body: str, entity: dict[str, Any], limit: int = 2) -> list[Markup]:
    """The first sentences naming an entity, each mention in them marked (at most ``limit``)."""
    mentions = [m for e in [entity] for m in e.get("mentions") or [] if _offsets(m, len(body))]
    sentences: list[Markup] = []
    seen: set[tuple[int, int]] = set()
    for mention in sorted(mentions, key=lambda m: m["start"]):
        span = sentence_around(body, mention["start"], mention["end"])
        if span in seen:
            continue
        seen.add(span)
        inside = [(m["start"], m["end"], "ent") for m in mentions if span[0] <= m["start"] and m["end"] <= span[1]]
        sentences.append(marked_sentence(body, span[0], span[1], inside))
        if len(sentences) == limit:
            break
    return sentences
