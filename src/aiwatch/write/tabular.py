"""CSV: one row per article for spreadsheets; lists joined with "; ", entities by name."""

from __future__ import annotations

import csv
from typing import Any, ClassVar

from aiwatch.article import Article
from aiwatch.write import Writer, register_writer

COLUMNS = [
    "id",
    "title",
    "url",
    "published",
    "source",
    "author",
    "editor",
    "categories",
    "tags",
    "keywords",
    "technologies",
    "industries",
    "entities",
    "summary",
    "event_summary",
    "warnings",
    "path",
    "body",
]
LIST_SEPARATOR = "; "


def join_list(items: list[Any] | None) -> str:
    """Names of dict items (entities, technologies), plain items as text; ``None`` gives ""."""
    names = []
    for item in items or []:
        names.append(str(item.get("name", "")) if isinstance(item, dict) else str(item))
    return LIST_SEPARATOR.join(name for name in names if name)


def csv_row(article: Article) -> dict[str, str]:
    data = article.to_dict()
    row = {}
    for column in COLUMNS:
        value = data.get(column)
        row[column] = join_list(value) if isinstance(value, list) else ("" if value is None else str(value))
    return row


@register_writer
class CsvWriter(Writer):
    name: ClassVar[str] = "csv"
    suffix: ClassVar[str] = ".csv"

    def start(self) -> None:
        self.writer = csv.DictWriter(self.stream, fieldnames=COLUMNS, lineterminator="\n")
        self.writer.writeheader()

    def write(self, article: Article) -> None:
        self.writer.writerow(csv_row(article))
        self.count += 1
