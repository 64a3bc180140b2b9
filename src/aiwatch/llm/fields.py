"""What each field asks the model, and how its checked answer changes the article.

Nothing the model says is taken on its word: a fact (an event, an argument, an entity, an alias, a
label) stays only when its quote is in the body (``spans.locate``); a summary sentence only when the
body supports it (``spans.support``).  What is dropped is counted.  Each value the model made says
so (``by: "llm:MODEL"``) and carries its evidence (the quote's offsets, or for a summary sentence
the body sentence it rests on).  When nothing survives, the rules' value stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiwatch.analyze.event_arguments import LIST_ROLES, ROLES, event_id
from aiwatch.article import Article
from aiwatch.llm import schemas
from aiwatch.llm.spans import SUPPORT_THRESHOLD, best_source, body_pairs, locate, support
from aiwatch.records import EntityRef, Event, Mention, Term


@dataclass
class Outcome:
    """What one field's answer did to the article."""

    kept: int = 0
    rejected: list[str] = field(default_factory=list)  # why each dropped fact was dropped
    fallback: str | None = None  # why the rules' value stays


def prompt_values(article: Article, name: str, body: str, taxonomy: Any) -> dict[str, str]:
    values = {"body": body}
    if name == "events":
        values["types"] = "\n".join(f"- {kind}: {', '.join(roles)}" for kind, roles in ROLES.items())
    elif name == "entities":
        listed = [f"- {e['name']} / {e['type']}" for e in (article.entities or [])[:20]]
        values["entities"] = "\n".join(listed) or "（无 none）"
    elif name == "taxonomy":
        values["technologies"] = "、".join(taxonomy_names(taxonomy, "technologies"))
        values["industries"] = "、".join(taxonomy_names(taxonomy, "industries"))
    return values


def taxonomy_names(taxonomy: Any, kind: str) -> list[str]:
    return list(taxonomy.entries.get(kind, {})) if taxonomy is not None else []


def apply(name: str, article: Article, answer: Any, by: str, taxonomy: Any) -> Outcome:
    if name in ("summary", "event_summary"):
        return apply_summary(name, article, answer, by)
    return {"events": apply_events, "entities": apply_entities, "taxonomy": apply_labels}[name](
        article, answer, by, taxonomy
    )


# -- summaries -------------------------------------------------------------------------------
def apply_summary(name: str, article: Article, answer: schemas.Summary, by: str) -> Outcome:
    """Sentences the body supports replace the rules' text; an invented one (a sum of money the
    article never gives) is dropped, and if none is left the rules' summary stays."""
    outcome = Outcome()
    pairs = body_pairs(article.body)
    checked = []
    for sentence in (s.strip() for s in answer.sentences):
        if not sentence:
            continue
        score = support(sentence, pairs)
        if score < SUPPORT_THRESHOLD:
            outcome.rejected.append(f"unsupported sentence ({score:.2f} < {SUPPORT_THRESHOLD}): {sentence[:40]}")
            continue
        if sentence[-1] not in "。！？!?.":
            sentence += "。"
        checked.append({"text": sentence, "support": round(score, 3), "source": best_source(sentence, article.body)})
    if not checked:
        outcome.fallback = "no sentence of the model's summary is supported by the text"
        return outcome
    outcome.kept = len(checked)
    setattr(article, name, "".join(item["text"] for item in checked))
    if article.evidence is None:
        article.evidence = {}
    article.evidence[name] = {"from": by, "by": by, "sentences": checked, "rejected": len(outcome.rejected)}
    return outcome


# -- events ----------------------------------------------------------------------------------
def apply_events(article: Article, answer: schemas.Events, by: str, _taxonomy: Any) -> Outcome:
    """Events whose sentence is quoted from the body: an argument the rules missed is added to the
    rules' event in that sentence; an event in a sentence the rules found nothing in is added."""
    outcome = Outcome()
    events = list(article.events or [])
    for event in answer.events:
        span = locate(article.body, event.quote, event.start, event.end)
        if span is None:
            outcome.rejected.append(f"event quote not in the text: {event.quote[:40]}")
            continue
        values, spans = _arguments(article, event, span.start, outcome)
        same = [e for e in events if e.get("start", -1) < span.end and span.start < e.get("end", -1)]
        if same:
            added = _add_arguments(same[0], event.type, values, spans, by)
            outcome.kept += bool(added)
            continue
        events.append(_new_event(article, event.type, span, values, spans, by))
        outcome.kept += 1
    if not outcome.kept:
        outcome.fallback = "the model gave no event or argument that the text supports"
        return outcome
    article.events = events
    return outcome


def _arguments(article: Article, event: schemas.Event, near: int, outcome: Outcome) -> tuple[dict, dict]:
    values: dict[str, Any] = {}
    spans: dict[str, list[int]] = {}
    for argument in event.arguments:
        if argument.role not in ROLES[event.type]:
            outcome.rejected.append(f"{event.type} has no role {argument.role!r}")
            continue
        found = locate(article.body, argument.value, argument.start if argument.start else near, argument.end)
        if found is None:
            outcome.rejected.append(f"argument not in the text: {argument.role}={argument.value[:30]}")
            continue
        if argument.role in LIST_ROLES:
            values.setdefault(argument.role, [])
            if found.text not in values[argument.role]:
                values[argument.role].append(found.text)
        else:
            values.setdefault(argument.role, found.text)
        spans.setdefault(argument.role, [found.start, found.end])
    return values, spans


def _add_arguments(record: dict, type_: str, values: dict, spans: dict, by: str) -> int:
    """Roles the rules left empty in the same sentence (and of the same type) get the model's value."""
    if record.get("type") != type_:
        return 0
    arguments = record.setdefault("arguments", {})
    added = [role for role in values if not arguments.get(role)]
    for role in added:
        arguments[role] = values[role]
        record.setdefault("evidence", {}).setdefault("arguments", {})[role] = spans[role]
    if added:
        record["arguments_by"] = {**record.get("arguments_by", {}), **dict.fromkeys(added, by)}
    return len(added)


def _new_event(article: Article, type_: str, span: Any, values: dict, spans: dict, by: str) -> Event:
    """An event the rules did not find, dated as the rules date theirs (``event_anchor``), never
    with a date the model wrote."""
    record = Event(
        **event_anchor(article, span.start, span.end),
        text=span.text,
        entities=_entities_between(article, span.start, span.end),
        type=type_,
        arguments=values,
        kind=type_,
        start=span.start,
        end=span.end,
    )
    keys = {role: value if isinstance(value, list) else [value] for role, value in values.items()}
    record["event_id"] = event_id(record, keys)
    record["evidence"] = {"start": span.start, "end": span.end, "quote": span.text, "arguments": spans}
    record["confidence"] = None
    record["by"] = by
    return record


def event_anchor(article: Article, start: int, end: int) -> dict[str, Any]:
    """The date of the event quoted at ``body[start:end]``: the date its sentence writes, resolved
    by the rules' timex against the publish date (同日 after 5月20日, 今年7月 in a 2024 article) and
    chosen as the rules choose (the last usable date before the quote's end: not a target year,
    到2025年); else the publish date, ``around`` that day as for 近日 (news reports what has just
    happened), ``date_from: "published"``; else no date."""
    from aiwatch.analyze.events import event_date, is_future
    from aiwatch.analyze.segment import article_sentences
    from aiwatch.analyze.timex import article_context, find_timexes

    first, last = next(((a, b) for a, b in article_sentences(article) if a <= start < b), (start, end))
    sentence = article.body[first : max(last, end)]
    context = article_context(article)
    timex = event_date(sentence, find_timexes(sentence, context), end - first, context)
    if timex is not None:
        future = timex.future or is_future(sentence, timex, start - first, article.published)
        return {
            "date": timex.date,
            "date_text": timex.text,
            "precision": timex.precision,
            "future": future,
            "date_from": "sentence",
        }
    published = (article.published or "")[:10]
    if not published:
        return {"date": None, "date_text": None, "precision": None, "future": False, "date_from": None}
    precision = {10: "around", 7: "month", 4: "year"}.get(len(published), "around")
    return {"date": published, "date_text": None, "precision": precision, "future": False, "date_from": "published"}


def _entities_between(article: Article, start: int, end: int) -> list[str]:
    names = []
    for entity in article.entities or []:
        if any(start <= m["start"] and m["end"] <= end for m in entity.get("mentions", [])):
            names.append(entity["name"])
    return names


# -- entities --------------------------------------------------------------------------------
def apply_entities(article: Article, answer: schemas.Entities, by: str, _taxonomy: Any) -> Outcome:
    """The model keeps or rejects the rules' entities, fixes a type, adds aliases and names; every
    name and alias it writes must be in the body."""
    outcome = Outcome()
    entities = [dict(e) for e in article.entities or []]
    removed = []
    for item in answer.entities:
        span = locate(article.body, item.name, item.start, item.end)
        if span is None:
            outcome.rejected.append(f"entity not in the text: {item.name[:30]}")
            continue
        known = _find_entity(entities, item.name)
        if known is not None and not item.keep:
            entities.remove(known)
            removed.append({"name": known["name"], "type": known["type"], "by": by})
            outcome.kept += 1
            continue
        if known is None and not item.keep:
            continue
        if known is None:
            known = EntityRef(
                name=span.text,
                type=item.type,
                aliases=[],
                count=1,
                by=by,
                mentions=[Mention(start=span.start, end=span.end)],
                evidence=span.as_dict(),
            )
            entities.append(known)
            outcome.kept += 1
        elif known["type"] != item.type:
            known.update(type=item.type, type_by=by, type_was=known["type"])
            outcome.kept += 1
        outcome.kept += _add_aliases(article, known, item.aliases, by, outcome)
    if not outcome.kept:
        outcome.fallback = "the model changed nothing that the text supports"
        return outcome
    article.entities = entities
    if removed:
        if article.evidence is None:
            article.evidence = {}
        article.evidence["entities_removed"] = removed
    return outcome


def _find_entity(entities: list[dict], name: str) -> dict | None:
    for entity in entities:
        if entity["name"] == name or name in entity.get("aliases", []):
            return entity
    return None


def _add_aliases(article: Article, entity: dict, aliases: list[schemas.Alias], by: str, outcome: Outcome) -> int:
    added = 0
    for alias in aliases:
        span = locate(article.body, alias.alias, alias.start, alias.end)
        if span is None:
            outcome.rejected.append(f"alias not in the text: {alias.alias[:30]}")
            continue
        if span.text == entity["name"] or span.text in entity.get("aliases", []):
            continue
        entity["aliases"] = [*entity.get("aliases", []), span.text]
        entity.setdefault("aliases_by", []).append({"alias": span.text, "by": by, **span.as_dict()})
        added += 1
    return added


# -- taxonomy labels -------------------------------------------------------------------------
def apply_labels(article: Article, answer: schemas.Labels, by: str, taxonomy: Any) -> Outcome:
    """Labels from the taxonomy, quoted from the body, beside the rules' labels (which stay)."""
    outcome = Outcome()
    lists = {kind: [dict(item) for item in getattr(article, kind) or []] for kind in ("technologies", "industries")}
    for label in answer.labels:
        names = taxonomy_names(taxonomy, label.kind)
        if label.label not in names:
            outcome.rejected.append(f"{label.label[:30]} is not a taxonomy {label.kind} label")
            continue
        span = locate(article.body, label.quote, label.start, label.end)
        if span is None:
            outcome.rejected.append(f"label quote not in the text: {label.quote[:30]}")
            continue
        have = next((item for item in lists[label.kind] if item["name"] == label.label), None)
        if have is not None:
            if "confirmed_by" not in have:
                have.update(confirmed_by=by, llm_evidence=span.as_dict())
                outcome.kept += 1
            continue
        entry = taxonomy.entry(label.kind, label.label)
        lists[label.kind].append(Term(name=label.label, en=entry.en, count=1, by=by, llm_evidence=span.as_dict()))
        outcome.kept += 1
        for parent in taxonomy.ancestors(label.kind, label.label):  # 人脸识别 is 计算机视觉 too
            if all(item["name"] != parent for item in lists[label.kind]):
                parent_en = taxonomy.entry(label.kind, parent).en
                lists[label.kind].append(Term(name=parent, en=parent_en, count=1, by=by, llm_evidence=span.as_dict()))
    if not outcome.kept:
        outcome.fallback = "the model added no label that the text supports"
        return outcome
    article.technologies, article.industries = lists["technologies"], lists["industries"]
    return outcome
