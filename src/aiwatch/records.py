"""Typed records of an article's analysis as the corpus keeps it: one definition, in the core.

Technologies and industries (``Term``), entities with their mentions (``EntityRef``, ``Mention``),
events and figures.  The web API's response models (``web/models.py``) are these classes, so the
OpenAPI description is what the store's read layer gives (``store/read.py`` builds the same
fields in the same order; ``tests/test_records.py`` checks every stored article against them).
``extra="allow"``: later stages add fields (an event's ``arguments``, a mention's evidence).

Not yet typed (issue 11): the stages still build dicts (``Article.figures`` holds a figure's
offsets, kind and confidence beside these fields), and the read layer does not build these models
for every row: validating them there doubled the time of reading articles (113 articles, 3,408
values: 314 -> 621 ms), so the records are to be made by the stages, once, not checked at read.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Term(BaseModel):
    """A technology or an industry of the taxonomy: 大模型 (large models), named ``count`` times."""

    name: str
    en: str | None = None
    count: int | None = None


class Mention(BaseModel):
    """Where a value is written in the body: ``body[start:end]``."""

    model_config = ConfigDict(extra="allow")
    start: int
    end: int


class EntityRef(BaseModel):
    """An organisation, person, place, document or product: 商汤科技 (ORG), aliases 商汤, SenseTime."""

    model_config = ConfigDict(extra="allow")
    name: str
    type: str
    aliases: list[str] = []
    count: int | None = None
    mentions: list[Mention] = []


class Event(BaseModel):
    """A dated event: 「2024年5月18日，蚁巢智造在杭州发布具身智能大脑」, the entities it names."""

    model_config = ConfigDict(extra="allow")
    date: str | None = None
    date_text: str | None = None
    precision: str | None = None
    text: str | None = None
    entities: list[str] = []


class Figure(BaseModel):
    """A number with its unit: 18.53亿元 is 1853000000 元, of an organisation, in a year."""

    model_config = ConfigDict(extra="allow")
    value: float | None = None
    unit: str | None = None
    text: str | None = None
    context: str | None = None
    year: int | None = None
    organisation: str | None = None
