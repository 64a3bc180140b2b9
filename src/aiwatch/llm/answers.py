"""Reading a model's answer: JSON (repaired when a server without structured output wraps or
trims it), then the field's pydantic model."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ValidationError

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.IGNORECASE)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


class BadAnswer(ValueError):
    """The answer is not JSON of the field's schema; the message says what was wrong."""


def repair(text: str) -> Any:
    """JSON from a model's text: code fences, words around the object, trailing commas and
    full-width quotes and colons (“名称”：“商汤”) are tolerated; anything else is a BadAnswer."""
    text = _FENCE.sub("", (text or "").strip())
    try:
        return json.loads(text)
    except ValueError:
        pass
    first, last = text.find("{"), text.rfind("}")
    if first < 0 or last <= first:
        raise BadAnswer(f"no JSON object in the answer: {text[:60]!r}")
    candidate = _TRAILING_COMMA.sub(r"\1", text[first : last + 1])
    for attempt in (candidate, candidate.replace("“", '"').replace("”", '"').replace("：", ":")):
        try:
            return json.loads(attempt)
        except ValueError as error:
            reason = str(error)
    raise BadAnswer(f"answer is not JSON ({reason}): {text[:60]!r}")


def parse(text: str, model: type[BaseModel]) -> BaseModel:
    data = repair(text)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "answer"
        raise BadAnswer(f"answer does not fit the schema: {where}: {first['msg']}") from None
