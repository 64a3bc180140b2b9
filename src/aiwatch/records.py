"""Typed records of an article's analysis: one definition, in the core, for the stages, the store
and the web API.

Technologies and industries (``Term``), entities with their mentions (``EntityRef``,
``Mention``), events and figures.  They are ``TypedDict`` classes: a record *is* the dict of the
article's JSON form, so the stages build them (``Term(name=…, en=…, count=…)``) at no cost, the
store writes and reads them (``store/writer.py``, ``store/read.py``) without converting anything,
``aiwatch extract`` writes them as they are, and the web API's response models (``web/models.py``)
are these classes, so its OpenAPI description is the one definition too.  (Pydantic models in the
read layer doubled the time of reading articles, 314 -> 621 ms for 113 articles; a TypedDict costs
what the dict costs.)

Some fields are the pipeline's only: offsets, a figure's kind, a value's confidence.  The corpus
keeps the others (``STORED``), so an article read back from the store has those alone; the web
API serves what the store gives.  Extra keys are allowed: a plugin or the LLM stage may add its
own (``by``, ``type_by``), and they travel through.

Pydantic reads ``typing_extensions.TypedDict`` on Python 3.11 (``typing.TypedDict`` from 3.12).
"""

from __future__ import annotations

from typing import Annotated, Any, Required

from pydantic import ConfigDict, Field
from typing_extensions import TypedDict

_OPEN = ConfigDict(extra="allow")
_PIPELINE_ONLY = "set by the pipeline (aiwatch extract); the corpus does not keep it"
_LLM_ONLY = "the model that added it (the LLM stage, --llm-fields); the corpus does not keep it"


class Mention(TypedDict):
    """Where a value is written in the body: ``body[start:end]``."""

    __pydantic_config__ = _OPEN  # type: ignore[misc]
    start: int
    end: int


class Term(TypedDict, total=False):
    """A technology or an industry of the taxonomy: 大模型 (large models), named ``count`` times."""

    __pydantic_config__ = _OPEN  # type: ignore[misc]
    name: Required[str]
    en: str | None
    count: int | None
    mentions: Annotated[list[Mention], Field(description=_PIPELINE_ONLY)]
    confidence: Annotated[float | None, Field(description=_PIPELINE_ONLY)]
    by: Annotated[str, Field(description=_LLM_ONLY)]
    llm_evidence: Annotated[dict[str, Any], Field(description=_LLM_ONLY)]


class EntityRef(TypedDict, total=False):
    """An organisation, person, place, document or product: 商汤科技 (ORG), aliases 商汤, SenseTime."""

    __pydantic_config__ = _OPEN  # type: ignore[misc]
    name: Required[str]
    type: Required[str]
    aliases: list[str]
    count: int | None
    mentions: list[Mention]
    confidence: Annotated[float | None, Field(description=_PIPELINE_ONLY)]
    by: Annotated[str, Field(description=_LLM_ONLY)]
    evidence: Annotated[dict[str, Any], Field(description=_PIPELINE_ONLY)]


class Event(TypedDict, total=False):
    """A dated event: 「2024年5月18日，蚁巢智造在杭州发布具身智能大脑」, the entities it names, its
    type and arguments (who, what, where), the evidence for each and how far to trust it."""

    __pydantic_config__ = _OPEN  # type: ignore[misc]
    date: str | None
    date_text: str | None
    precision: str | None
    text: str | None
    entities: list[str]
    type: str | None
    event_id: str
    arguments: dict[str, Any]
    evidence: dict[str, Any]
    confidence: float | None
    future: bool
    kind: Annotated[str, Field(description=_PIPELINE_ONLY)]
    trigger: Annotated[str, Field(description=_PIPELINE_ONLY)]
    trigger_start: Annotated[int, Field(description=_PIPELINE_ONLY)]
    start: Annotated[int, Field(description=_PIPELINE_ONLY)]
    end: Annotated[int, Field(description=_PIPELINE_ONLY)]
    date_from: Annotated[str | None, Field(description=_PIPELINE_ONLY)]
    by: Annotated[str, Field(description=_LLM_ONLY)]


class Figure(TypedDict, total=False):
    """A number with its unit: 18.53亿元 is 1853000000 元, of an organisation, in a year."""

    __pydantic_config__ = _OPEN  # type: ignore[misc]
    value: float | None
    unit: str | None
    text: str | None
    context: str | None
    year: int | None
    organisation: str | None
    kind: Annotated[str, Field(description=_PIPELINE_ONLY)]
    approx: Annotated[bool, Field(description=_PIPELINE_ONLY)]
    start: Annotated[int, Field(description=_PIPELINE_ONLY)]
    end: Annotated[int, Field(description=_PIPELINE_ONLY)]
    confidence: Annotated[float | None, Field(description=_PIPELINE_ONLY)]


#: The fields of each record the corpus keeps, in the order the store gives them back.
STORED: dict[type, tuple[str, ...]] = {
    Term: ("name", "en", "count"),
    EntityRef: ("name", "type", "aliases", "count", "mentions"),
    Event: (
        *("date", "date_text", "precision", "text", "entities"),
        *("type", "event_id", "arguments", "evidence", "confidence", "future"),
    ),
    Figure: ("value", "unit", "text", "context", "year", "organisation"),
}
