"""The answer each field asks the model for: a pydantic model, and the JSON schema sent with it.

Every fact carries its evidence: a ``quote`` copied from the article and the quote's ``start`` /
``end`` character offsets (checked in ``spans.locate``).  Lists are bounded so a small model that
loops (商汤、商汤、商汤…) stops at the schema's limit instead of at ``max_tokens`` with broken JSON.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from aiwatch.analyze.event_arguments import ROLES

EVENT_TYPES = tuple(ROLES)
ENTITY_TYPES = ("PER", "ORG", "LOC", "PRODUCT")


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Summary(_Answer):
    sentences: list[str] = Field(min_length=1, max_length=5)


class EventSummary(_Answer):
    sentences: list[str] = Field(min_length=1, max_length=3)


class Quote(_Answer):
    quote: str = Field(max_length=300)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Argument(_Answer):
    role: str = Field(max_length=20)
    value: str = Field(max_length=80)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Event(Quote):
    type: Literal[EVENT_TYPES]  # type: ignore[valid-type]
    arguments: list[Argument] = Field(default_factory=list, max_length=6)


class Events(_Answer):
    events: list[Event] = Field(max_length=8)


class Alias(_Answer):
    alias: str = Field(max_length=40)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Entity(_Answer):
    name: str = Field(max_length=40)
    type: Literal[ENTITY_TYPES]  # type: ignore[valid-type]
    keep: bool
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    aliases: list[Alias] = Field(default_factory=list, max_length=4)


class Entities(_Answer):
    entities: list[Entity] = Field(max_length=20)


class Label(Quote):
    kind: Literal["technologies", "industries"]
    label: str = Field(max_length=40)


class Labels(_Answer):
    labels: list[Label] = Field(max_length=8)


#: The model of each field's answer (``taxonomy`` also narrows ``label`` to the taxonomy's names).
MODELS: dict[str, type[_Answer]] = {
    "summary": Summary,
    "event_summary": EventSummary,
    "events": Events,
    "entities": Entities,
    "taxonomy": Labels,
}
FIELDS = tuple(MODELS)
assert set(FIELDS) == set(__import__("aiwatch.llm", fromlist=["FIELDS"]).FIELDS)


def json_schema(field: str, labels: tuple[str, ...] = ()) -> dict[str, Any]:
    """The field's JSON schema with every ``$ref`` written out (llama.cpp's grammar converter and
    some servers do not follow references) and, for taxonomy, the label as an enum."""
    schema = MODELS[field].model_json_schema()
    definitions = schema.pop("$defs", {})
    schema = _inline(schema, definitions)
    if field == "taxonomy" and labels:
        schema["properties"]["labels"]["items"]["properties"]["label"] = {"type": "string", "enum": list(labels)}
    return schema


def _inline(node: Any, definitions: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline(definitions[node["$ref"].rsplit("/", 1)[-1]], definitions)
        return {key: _inline(value, definitions) for key, value in node.items() if key != "title"}
    if isinstance(node, list):
        return [_inline(item, definitions) for item in node]
    return node
