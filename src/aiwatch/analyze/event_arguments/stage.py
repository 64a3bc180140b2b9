"""Reading the arguments of an event (``find_arguments``), its stable id and its confidence."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

from aiwatch.analyze.event_arguments.actors import _jointly, _makers, _together, _together_told_before
from aiwatch.analyze.event_arguments.appointment import appointment
from aiwatch.analyze.event_arguments.common import (
    _CLAUSE,
    _DESTINATION_BEFORE,
    _GENERIC_ORG,
    _OBJECT_OF_VERB,
    KEY_ROLES,
    ROLES,
    Arguments,
    Sentence,
    _after_preposition,
    _is_source,
    _not_owners,
    _referred_product,
    _specific_products,
    sentence_mentions,
)
from aiwatch.analyze.event_arguments.deals import ipo, ma
from aiwatch.analyze.event_arguments.funding import funding
from aiwatch.analyze.event_arguments.launch import launch
from aiwatch.analyze.event_arguments.partnership import partnership
from aiwatch.analyze.event_arguments.policy import policy
from aiwatch.analyze.event_arguments.projects import licence, other, project_opening
from aiwatch.article import Article


def read_sentence(article: Article, type_: str, start: int, end: int, trigger: int) -> Sentence:
    """The names of the sentence ``start:end`` and who in it acts, makes or launches (offsets into the body)."""
    body = article.body
    mentions = sentence_mentions(article, start, end)
    orgs = [m for m in mentions if m.type == "ORG" and not _GENERIC_ORG.search(m.surface)]
    before = [m for m in orgs if m.end <= trigger]
    after = [m for m in orgs if m.start >= trigger]
    first_org = (before or after)[:1]
    # Who acts: the organisation in the verb's own clause (华为常务董事余承东透露，鸿蒙智行旗下新车型
    # 将于12月发布 -> 鸿蒙智行), else the first one that is not the news's source (据…消息, …表示).
    # (a sentence with no mark before its verb is one clause from its start)
    clause_start = max(start, max(body.rfind(mark, start, trigger) for mark in _CLAUSE) + 1)
    # …已在比亚迪和宁德时代的产线开展试点: organisations after 在/向/对 are where or to whom it is done.
    objects = _after_preposition(body, before)
    # 公司计划在昆明设立西南研发中心，并于…推出新产品: what a verb sets up or buys is no actor
    objects += [m for m in before if _OBJECT_OF_VERB.search(body, max(0, m.start - 3), m.start)]
    acting = _not_owners(body, [m for m in before if not _is_source(body, m) and m not in objects])
    in_clause = [m for m in acting if m.start >= clause_start]
    actors = in_clause[:1] or acting[:1] or ([] if objects else first_org)
    products = _specific_products(body, [m.item for m in mentions if m.type == "PRODUCT"])
    # The product nearest before the verb is the one it is about (通义千问主力模型Qwen-Long的价格降至…).
    near = sorted((p for p in products if p[0] < trigger), key=lambda p: trigger - p[1])
    # 推送至某某15系列: the devices a rollout reaches are not what it rolls out
    after_verb = [p for p in products if p[0] >= trigger and not _DESTINATION_BEFORE.search(body, 0, p[0])]
    products = after_verb or near or _referred_product(article, body, start, trigger)
    # who made it (由A与B联合研发的…) or who do it together (双方将…共建): several organisations
    makers = _makers(body, orgs, trigger) or _together(body, orgs, clause_start, trigger)
    makers = makers or _together_told_before(article, clause_start, trigger)
    makers = makers or (_jointly(body, orgs, clause_start, trigger) if type_ != "partnership" else [])
    return Sentence(
        article,
        body,
        start,
        end,
        trigger,
        mentions,
        orgs,
        before,
        after,
        clause_start,
        acting,
        in_clause,
        actors,
        products,
        makers,
    )


#: The reader of each event type's arguments; any other type is read as 'other'.
_READERS: dict[str, Callable[[Sentence, Arguments], None]] = {
    "funding": funding,
    "launch": launch,
    "policy": policy,
    "appointment": appointment,
    "partnership": partnership,
    "ipo": ipo,
    "ma": ma,
    "project_opening": project_opening,
    "licence": licence,
}


def find_arguments(article: Article, type_: str, start: int, end: int, trigger: int) -> Arguments:
    """The arguments of an event of ``type_`` told by the sentence ``start:end`` (offsets into the body)."""
    args = Arguments()
    _READERS.get(type_, other)(read_sentence(article, type_, start, end, trigger), args)
    return args


def event_id(record: dict[str, Any], keys: dict[str, list[str]]) -> str:
    """``ev`` + 16 hex digits of type, key arguments and date; the sentence's text stands in when
    the type has no key argument found (an 'other' event, a funding without its company)."""
    roles = KEY_ROLES.get(record["type"], ())
    parts = [f"{role}={','.join(keys[role])}" for role in roles if keys.get(role)]
    if not parts:
        parts.append(re.sub(r"\W+", "", record["text"]))
    digest = hashlib.sha1("|".join([record["type"], record["date"] or "", *parts]).encode("utf-8")).hexdigest()
    return "ev" + digest[:16]


#: Confidence parts, calibrated on the dev set of the facts evaluation (tests/data/facts, 39 predicted
#: events): the share of predicted events that are gold events was 17/17 for typed events dated to
#: the day, 4/6 to the month, 4/8 to the year; 6/6 for 'other' events to the day and 0/2 to the year.
#: The parts below give about those shares (typed day 0.85-0.9, month 0.7, year 0.55; other day 0.65).
_DATE_CONFIDENCE = {"day": 0.3, "around": 0.2, "month": 0.15, "year": 0.0}


def event_confidence(record: dict[str, Any]) -> float:
    """In [0, 1]: a typed event with its date written in the sentence and its key arguments found is
    likely right; an 'other' event dated from the sentence before it is a guess."""
    score = 0.35 + _DATE_CONFIDENCE.get(record["precision"], 0.1)
    if record["date_from"] == "previous":
        score -= 0.2
    roles = ROLES.get(record["type"], ())
    if record["type"] != "other":
        score += 0.1 + 0.15 * sum(role in record["arguments"] for role in roles) / max(len(roles), 1)
    if record.get("future"):
        score -= 0.05
    return round(min(max(score, 0.05), 0.95), 2)
