"""Writers stream: ``start`` / ``write`` one article / ``finish``, so nothing piles up in memory.

Writers live in a name -> class registry; built-ins register the way a plugin would.
"""

from __future__ import annotations

import json
from typing import IO, ClassVar

from aiwatch.article import Article


class Writer:
    """Base writer over a text stream."""

    name: ClassVar[str] = ""
    suffix: ClassVar[str] = ".txt"

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def start(self) -> None:
        pass

    def write(self, article: Article) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        pass


WRITERS: dict[str, type[Writer]] = {}


def register_writer(cls: type[Writer]) -> type[Writer]:
    WRITERS[cls.name] = cls
    return cls


def dump_json(data: object, indent: int | None = None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent)


@register_writer
class JsonlWriter(Writer):
    name = "jsonl"
    suffix = ".jsonl"

    def write(self, article: Article) -> None:
        self.stream.write(dump_json(article.to_dict()) + "\n")
        self.count += 1


@register_writer
class JsonWriter(Writer):
    """One JSON array, written element by element."""

    name = "json"
    suffix = ".json"

    def start(self) -> None:
        self.stream.write("[")

    def write(self, article: Article) -> None:
        text = dump_json(article.to_dict(), indent=2)
        self.stream.write(("\n" if self.count == 0 else ",\n") + text)
        self.count += 1

    def finish(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")




def load_plugin_writers() -> None:
    """Then the installed plugins' writers (``Writer`` subclasses, group ``aiwatch.writers``)."""
    from aiwatch.plugins import load_group, log

    for name, value in load_group("writers").items():
        if isinstance(value, type) and issubclass(value, Writer):
            WRITERS.setdefault(name, value)
        else:
            log.warning("plugin writer %r is not an aiwatch Writer subclass; skipped", name)


# Built-in writers in their own modules register the same way (imported last: they use the above).
from aiwatch.write import markdown, record, tabular  # noqa: E402, F401

load_plugin_writers()
