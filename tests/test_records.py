"""The typed records of the core (aiwatch/records.py) are what the store gives and the API serves.

Every analysis value of every stored example article, read back on both backends, is exactly its
record: building the record from it and dumping it again gives the same keys in the same order
and the same values, so the OpenAPI description of the web API (whose models are these classes)
says what ``aiwatch export`` writes.
"""

from __future__ import annotations

import pytest

import store_helpers
from aiwatch.options import Options
from aiwatch.records import EntityRef, Event, Figure, Term
from aiwatch.store import open_store
from aiwatch.store.ingest import Ingest
from aiwatch.store.read import iter_articles
from aiwatch.web import models
from conftest import EXAMPLES

db_url = store_helpers.db_url

RECORDS = {"technologies": Term, "industries": Term, "entities": EntityRef, "events": Event, "figures": Figure}


def test_the_web_models_are_the_core_records():
    assert (models.Term, models.EntityRef, models.Event, models.Figure) == (Term, EntityRef, Event, Figure)
    fields = models.ArticleDetail.model_fields
    assert all(fields[name].annotation == list[model] | None for name, model in RECORDS.items())


def test_every_stored_analysis_value_is_its_record(db_url):
    with open_store(db_url) as store:
        counts = Ingest(store).run([str(EXAMPLES)], Options())
        assert counts.new >= 20, counts.errors
        stored = list(iter_articles(store))
    seen = dict.fromkeys(RECORDS, 0)
    for article in stored:
        for name, model in RECORDS.items():
            for value in article.get(name) or []:
                again = model(**value).model_dump()
                assert list(again) == list(value) and again == value, (article["id"], name, value)
                seen[name] += 1
    assert all(seen.values()), seen  # every kind of record was met


def test_a_value_that_is_not_its_record_is_refused():
    with pytest.raises(ValueError, match="start"):
        EntityRef(name="商汤科技", type="ORG", mentions=[{"end": 4}])
