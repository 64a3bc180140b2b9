"""Prompts are data: ``aiwatch/data/prompts/<field>.yaml`` with a ``version`` (part of the cache
key, so editing a prompt and raising its version asks the model again), a ``system`` and a
``user`` text whose ``{placeholders}`` the stage fills (``{body}``, ``{entities}``, ...)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from aiwatch.errors import AiwatchError


@dataclass(frozen=True)
class Prompt:
    field: str
    version: str
    system: str
    user: str

    def messages(self, **values: str) -> list[dict[str, str]]:
        text = self.user
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)  # not str.format: bodies hold braces
        return [{"role": "system", "content": self.system.strip()}, {"role": "user", "content": text.strip()}]


@cache
def load_prompt(field: str) -> Prompt:
    name = f"{field}.yaml"
    where = f"aiwatch/data/prompts/{name}"
    try:
        text = resources.files("aiwatch").joinpath("data", "prompts", name).read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as error:
        raise AiwatchError("E108", where, kind="prompt file", detail=str(error)) from None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str | int) for k in ("version", "system", "user")):
        raise AiwatchError("E108", where, kind="prompt file", detail="needs version, system and user")
    return Prompt(field, str(data["version"]), str(data["system"]), str(data["user"]))
