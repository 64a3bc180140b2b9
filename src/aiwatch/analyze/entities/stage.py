"""The entity stage: every finder run over an article's text and tokens, the mentions chosen and
repaired in order, then merged into entities (``add_entities``).
"""

from __future__ import annotations

from functools import cache

from aiwatch.analyze.entities.known import channel_mentions, gazetteer_mentions
from aiwatch.analyze.entities.lexicon import _PERSON_POS, _SUFFIXES_BY_LAST, ROLE_TITLES, TITLE, Mention
from aiwatch.analyze.entities.model import (
    MODEL_SCOPES,
    _to_token_ends,
    candidate_sentences,
    denied_by_model,
    model_mentions,
    model_sentences,
    trusted_model_mentions,
    without_verb_sites,
    yield_to_model,
)
from aiwatch.analyze.entities.names import (
    chain_parts,
    declared_short_names,
    merge_mentions,
    original_spellings,
    repeated_names,
    short_name_mentions,
)
from aiwatch.analyze.entities.organisations import (
    bodies_with_initials,
    brand_owners,
    dateline_mentions,
    department_mentions,
    forces_and_leagues,
    founders_firms,
    fund_mentions,
    government_mentions,
    investor_list_mentions,
    investor_mentions,
    joined_and_source_mentions,
    latin_org_mentions,
    national_bodies,
    org_suffix_mentions,
    owned_unit_mentions,
    quoted_and_located_mentions,
    role_org_mentions,
    startup_mentions,
)
from aiwatch.analyze.entities.people import (
    _ROLE_WORDS,
    SPEECH_VERBS,
    address_mentions,
    foreign_name_mentions,
    latin_person_mentions,
    listed_with_nouns,
    names_ending_in_he,
    speech_person_mentions,
    surnames_written_alone,
    tagged_person_mentions,
    title_mentions,
    titled_speaker_mentions,
    translit_person_mentions,
)
from aiwatch.analyze.entities.places import (
    _PLACE_NOT_PERSON_FINAL,
    PLACE_SUFFIXES,
    cities_of_bodies,
    club_mentions,
    converted_districts,
    facility_parts,
    generic_regions,
    house_numbers,
    kinds_of_place,
    listed_clubs,
    place_kinds,
    place_mentions,
    regions_of_posts,
)
from aiwatch.analyze.entities.products import (
    brand_models,
    document_mentions,
    noun_quoted_products,
    plan_mentions,
    product_mentions,
)
from aiwatch.analyze.entities.spans import (
    company_units,
    coordinated_companies,
    drop_false_mentions,
    extended_registered_names,
    join_company_units,
    join_compounds,
    ministry_departments,
    one_type_per_name,
    resolve_in_context,
    select_mentions,
    signing_parties,
    trim_org_edges,
    university_units,
    without_descriptions,
)
from aiwatch.analyze.gazetteer import Gazetteer
from aiwatch.analyze.segment import Segmenter, Token, article_sentences, article_tokens, split_sentences
from aiwatch.article import Article
from aiwatch.records import EntityRef


@cache
def _special_words(titles: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(every word a finder looks at, the titles and role words): most tokens fail the first test,
    one set lookup (``in`` on a set is a bytecode, cheaper than a dict.get call per token)."""
    people = titles | _ROLE_WORDS
    return PLACE_SUFFIXES | people | SPEECH_VERBS, people


def _candidate_tokens(tokens: list[Token], titles: frozenset[str]) -> tuple[list[int], ...]:
    """One pass over the tokens: which ones each token finder needs to look at."""
    at_title: list[int] = []
    at_person: list[int] = []
    at_suffix: list[int] = []
    at_place: list[int] = []
    at_speech: list[int] = []
    suffix_last, person_pos = _SUFFIXES_BY_LAST, _PERSON_POS
    special, people = _special_words(titles)
    for i, token in enumerate(tokens):
        text, pos = token.text, token.pos
        if pos in person_pos:
            at_person.append(i)
            if text[-1] in _PLACE_NOT_PERSON_FINAL or text[-1] in "路街道":
                at_place.append(i)
        elif pos == "ns":
            at_place.append(i)
        elif text in special:
            if text in PLACE_SUFFIXES:
                at_place.append(i)
            elif text in people:
                at_title.append(i)
            else:
                at_speech.append(i)
        if text[-1:] in suffix_last or pos == "nt":
            at_suffix.append(i)
    return at_title, at_person, at_suffix, at_place, at_speech


def find_mentions(
    text: str,
    tokens: list[Token],
    gazetteer: Gazetteer,
    extra: list[Mention] | None = None,
    sentences: list[tuple[int, int]] | None = None,
    *,
    segmenter: Segmenter,
    read: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """Every finder's mentions, chosen and repaired; ``read``: the sentences the model read."""
    at_title, at_person, at_suffix, at_place, at_speech = _candidate_tokens(tokens, gazetteer.titles)
    known = gazetteer_mentions(text, tokens, gazetteer, at_place)
    known_starts = {m.start for m in known}
    places = place_mentions(tokens, known_starts, at_place, segmenter=segmenter)
    forces = forces_and_leagues(text)
    speakers = titled_speaker_mentions(text, gazetteer.titles | ROLE_TITLES)
    candidates = [
        *known,
        *document_mentions(text, gazetteer),
        *plan_mentions(text),
        *title_mentions(tokens, gazetteer.titles, at_title),
        *speakers,
        *role_org_mentions(tokens, at_title, {p for m in known for p in range(m.start, m.end)}),
        *tagged_person_mentions(tokens, at_person),
        *speech_person_mentions(tokens, at_speech),
        *department_mentions(text),
        *national_bodies(text),
        *forces,
        *dateline_mentions(text),
        *channel_mentions(text, tokens, known, gazetteer),
        *foreign_name_mentions(text),
        *translit_person_mentions(tokens, at_person, {p for m in known for p in range(m.start, m.end)}),
        *org_suffix_mentions(tokens, gazetteer.titles, known_starts, at_suffix, gazetteer),
        *places,
    ]
    candidates += government_mentions(text, [*known, *places])
    covered = {p for m in known for p in range(m.start, m.end)}
    candidates += product_mentions(text) + brand_models(text, known) + investor_mentions(tokens, covered)
    candidates += noun_quoted_products(text, tokens, segmenter, gazetteer.titles | ROLE_TITLES)
    candidates += startup_mentions(text, gazetteer.titles, segmenter=segmenter)
    candidates += investor_list_mentions(text) + quoted_and_located_mentions(text) + owned_unit_mentions(text)
    candidates += joined_and_source_mentions(text, segmenter)
    candidates += latin_person_mentions(text) + latin_org_mentions(text) + fund_mentions(text, gazetteer)
    candidates += bodies_with_initials(text) + founders_firms(text) + brand_owners(text)
    # The model's names compete with the rules' (longest span first): letting the model only fill
    # the rules' gaps was measured too, 0.588 instead of 0.626 on CLUENER with the gazetteer blind.
    # But not with the gazetteer on its own names (商汤 stays ORG when the model says PER).
    # 越军/PER, 韩甲/PER: the model yields to names built by rule as to the gazetteer's.
    model = without_verb_sites(text, tokens, extra or [])
    trusted = trusted_model_mentions(
        text, _to_token_ends(tokens, model, known), [*known, *forces] if forces else known
    )
    # A product its noun names (陪伴机器人“小衍”) is no person where the model reads one, there or later.
    named_products = {(m.start, m.end) for m in candidates if m.type == "PRODUCT" and m.priority == TITLE}
    if named_products:
        trusted = [m for m in trusted if not (m.type == "PER" and (m.start, m.end) in named_products)]
    candidates = [*yield_to_model(text, candidates, trusted, {(m.start, m.end) for m in speakers}), *trusted]
    candidates = denied_by_model(text, candidates, model, read or [])
    candidates = names_ending_in_he(text, candidates)
    candidates = drop_false_mentions(text, resolve_in_context(text, candidates, gazetteer), gazetteer)
    candidates = without_descriptions(text, candidates)
    chosen = trim_org_edges(text, join_compounds(select_mentions(candidates), gazetteer, text), gazetteer)
    chosen = university_units(text, extended_registered_names(text, join_company_units(text, chosen)))
    chosen = cities_of_bodies(text, generic_regions(text, chosen, gazetteer))
    coordinated = coordinated_companies(text, chosen, segmenter) + signing_parties(text, chosen, segmenter)
    if coordinated:
        chosen = sorted(chosen + coordinated, key=lambda m: m.start)
    chosen = facility_parts(text, house_numbers(text, chosen))
    chosen = club_mentions(text, chosen, sentences if sentences is not None else split_sentences(text))
    chosen = one_type_per_name(text, declared_short_names(text, listed_clubs(text, chosen)))
    chosen = listed_with_nouns(text, tokens, repeated_names(text, chosen, segmenter))
    chosen = kinds_of_place(text, regions_of_posts(text, place_kinds(text, chosen, segmenter)))
    chosen = ministry_departments(text, company_units(text, chosen, gazetteer))
    short, replaced = short_name_mentions(text, tokens, chosen, gazetteer, segmenter)
    spellings = original_spellings(text, chosen, gazetteer)
    short += address_mentions(text, chosen) + spellings + surnames_written_alone(text, chosen)
    for spelling in spellings:  # Singapore/LOC inside (Government of Singapore Investment Corporation)
        replaced.update((m.start, m.end) for m in chosen if spelling.start <= m.start and m.end <= spelling.end)
    retyped = {(m.start, m.end) for m in short if m.type == "ORG"}
    chosen = [
        m
        for m in chosen
        if (m.start, m.end) not in replaced and not (m.type == "PER" and (m.start, m.end) in retyped)
    ]
    short += chain_parts(text, chosen, gazetteer) + converted_districts(text, chosen, gazetteer)
    return sorted(chosen + short, key=lambda m: m.start) if short else chosen


def extract_entities(
    text: str,
    tokens: list[Token],
    gazetteer: Gazetteer,
    extra: list[Mention] | None = None,
    sentences: list[tuple[int, int]] | None = None,
    *,
    segmenter: Segmenter,
    read: list[tuple[int, int]] | None = None,
) -> list[EntityRef]:
    found = find_mentions(text, tokens, gazetteer, extra, sentences, segmenter=segmenter, read=read)
    return merge_mentions(text, found, gazetteer)


def add_entities(
    article: Article, gazetteer: Gazetteer, segmenter: Segmenter, model: str | None = None, threshold: float = 0.0
) -> Article:
    """Stage ``entities``: ``[{name, type, aliases, count, mentions}]``, offsets into the body;
    ``threshold`` (``--min-confidence``) drops the entities less trusted than it."""
    extra, chosen = None, None
    if model and model != "none":
        name, scope = MODEL_SCOPES[model]
        sentences = article_sentences(article)
        first = candidate_sentences(article.body, article_tokens(article, segmenter), sentences, gazetteer)
        chosen = model_sentences(article.body, sentences, first, every=scope == "all")
        extra = model_mentions(article.body, chosen, name)
    found = extract_entities(
        article.body,
        article_tokens(article, segmenter),
        gazetteer,
        extra,
        article_sentences(article),
        segmenter=segmenter,
        read=chosen,
    )
    article.entities = [e for e in found if e["confidence"] >= threshold] if threshold else found
    return article
