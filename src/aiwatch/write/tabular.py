"""Flat rows: CSV, one row per article for spreadsheets (lists joined with "; ", entities by
name), and the flat form with list columns that Parquet files hold (``aiwatch export``, sharded
``extract``): nested events and figures as JSON text, entities split by type."""

from __future__ import annotations

import csv
import json
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


# The flat form of export and of Parquet shards: list columns hold names, nested parts are JSON text.
SCALARS = ("id", "title", "published", "source", "url", "author", "editor", "language", "path", "format")
LISTS = ("categories", "tags", "keywords", "technologies", "industries", "organisations", "people", "places")
TEXTS = ("summary", "event_summary", "body", "events", "figures", "warnings", "duplicate_of")
FLAT_COLUMNS = (*SCALARS, *LISTS, *TEXTS, "similarity")
_ENTITY_COLUMNS = {"ORG": "organisations", "PER": "people", "LOC": "places"}


def flat_row(data: dict[str, Any]) -> dict[str, Any]:
    """The flat form: list columns hold names, nested parts are JSON text."""
    row: dict[str, Any] = {name: data.get(name) for name in SCALARS}
    row["categories"] = list(data.get("categories") or [])
    row["tags"] = list(data.get("tags") or [])
    row["keywords"] = list(data.get("keywords") or [])
    row["technologies"] = [t["name"] for t in data.get("technologies") or []]
    row["industries"] = [t["name"] for t in data.get("industries") or []]
    for column in _ENTITY_COLUMNS.values():
        row[column] = []
    for entity in data.get("entities") or []:
        column = _ENTITY_COLUMNS.get(entity.get("type"))
        if column:
            row[column].append(entity["name"])
    row["summary"] = data.get("summary")
    row["event_summary"] = data.get("event_summary")
    row["body"] = data.get("body")
    row["events"] = json.dumps(data.get("events") or [], ensure_ascii=False)
    row["figures"] = json.dumps(data.get("figures") or [], ensure_ascii=False)
    row["warnings"] = "; ".join(data.get("warnings") or [])
    row["duplicate_of"] = data.get("duplicate_of")
    row["similarity"] = data.get("similarity")
    return row


def parquet_schema():
    import pyarrow as pa

    fields = [pa.field(name, pa.string()) for name in SCALARS]
    fields += [pa.field(name, pa.list_(pa.string())) for name in LISTS]
    fields += [pa.field(name, pa.string()) for name in TEXTS]
    fields.append(pa.field("similarity", pa.float64()))
    return pa.schema(fields)
