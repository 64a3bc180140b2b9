"""The typed records of the core (aiwatch/records.py) are what the stages make, the store gives and
the API serves.

Every analysis value ``aiwatch extract`` writes for the examples is its record, and every value
read back from the store, on both backends, is its record with the fields the corpus keeps
(``records.STORED``), in that order: so the OpenAPI description of the web API (whose models are
these classes) says what ``aiwatch export`` writes, and extract's JSON says the same in more words.
"""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

import store_helpers
from aiwatch.options import Options
from aiwatch.records import STORED, EntityRef, Event, Figure, Term
from aiwatch.store import open_store
from aiwatch.store.ingest import Ingest
from aiwatch.store.read import iter_articles
from aiwatch.web import models
from conftest import EXAMPLES, pipeline_for

db_url = store_helpers.db_url

RECORDS = {"technologies": Term, "industries": Term, "entities": EntityRef, "events": Event, "figures": Figure}


def check(model: type, value: dict, ordered: bool = True) -> None:
    """``value`` is a ``model``: validating it changes nothing (nor the order of the keys, where the
    store gives them: the stages write theirs in the order of extract's JSON contract)."""
    again = TypeAdapter(model).validate_python(value)
    assert again == value and (not ordered or list(again) == list(value)), (model.__name__, value)


def test_the_web_models_are_the_core_records():
    assert (models.Term, models.EntityRef, models.Event, models.Figure) == (Term, EntityRef, Event, Figure)
    fields = models.ArticleDetail.model_fields
    assert all(fields[name].annotation == list[model] | None for name, model in RECORDS.items())


def test_the_stages_make_the_records():
    outcomes = [pipeline_for().process_input(source) for source in inputs()]
    seen = dict.fromkeys(RECORDS, 0)
    for article in (a for outcome in outcomes for a in outcome.articles):
        for name, model in RECORDS.items():
            for value in getattr(article, name) or []:
                check(model, value, ordered=False)
                seen[name] += 1
    assert all(seen.values()), seen


def test_every_stored_analysis_value_is_its_record(db_url):
    with open_store(db_url) as store:
        counts = Ingest(store).run([str(EXAMPLES)], Options())
        assert counts.new >= 20, counts.errors
        stored = list(iter_articles(store))
    seen = dict.fromkeys(RECORDS, 0)
    for article in stored:
        for name, model in RECORDS.items():
            for value in article.get(name) or []:
                check(model, value)
                kept = [key for key in STORED[model] if key in value]
                assert list(value) == kept, (article["id"], name, value)
                seen[name] += 1
    assert all(seen.values()), seen  # every kind of record was met


def test_a_value_that_is_not_its_record_is_refused():
    with pytest.raises(ValidationError, match="start"):
        TypeAdapter(EntityRef).validate_python({"name": "商汤科技", "type": "ORG", "mentions": [{"end": 4}]})
    with pytest.raises(ValidationError, match="name"):
        TypeAdapter(Term).validate_python({"en": "large models"})


def inputs():
    from aiwatch.read import Input, expand_inputs

    return [item for item in expand_inputs([str(EXAMPLES)]) if isinstance(item, Input)]
