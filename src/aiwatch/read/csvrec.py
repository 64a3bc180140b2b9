"""CSV and TSV exports of web scrapers: one article per row, columns named like JSON fields.

Point-and-click collectors popular in China export a table whose header names the fields in
Chinese (``标题,链接,发布时间,来源,正文``), often saved by Excel in GBK or in UTF-8 with a BOM;
bodies span several lines inside quotes.  Columns map to article fields through the same table of
names as JSON records.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read.jsonrec import KEYS, record_to_article
from aiwatch.read.registry import Document, register

# A body of a few hundred thousand characters is still one cell.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

_TITLE_KEYS = {k.lower() for k in KEYS["title"]}
_BODY_KEYS = {k.lower() for k in KEYS["body"]}


def _header(doc: Document) -> tuple[list[str], str] | None:
    """The header row and its delimiter, when it names a title column and a body column."""
    first = doc.head.lstrip("\ufeff").split("\n", 1)[0].strip("\r")
    for delimiter in (",", "\t", ";"):
        if delimiter not in first:
            continue
        names = [name.strip().strip('"').strip().lower() for name in next(csv.reader([first], delimiter=delimiter))]
        if _TITLE_KEYS & set(names) and _BODY_KEYS & set(names):
            return names, delimiter
    return None


def sniff_csv(doc: Document) -> int:
    return 88 if _header(doc) else 0


@register("csv", sniff_csv)
def read_csv(doc: Document, options: Options) -> Iterable[Article | AiwatchError]:
    found = _header(doc)
    assert found is not None  # the sniffer matched
    _names, delimiter = found
    rows = csv.reader(io.StringIO(doc.text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(rows)]
        for number, row in enumerate(rows, 1):
            if not any(cell.strip() for cell in row):
                continue
            path = f"{doc.path}#{number}"
            if len(row) != len(header):
                # A stray quote shifts every later cell; say so rather than mix up fields.
                yield AiwatchError("E108", path, kind="CSV row", detail=f"{len(row)} cells, header has {len(header)}")
                continue
            article = record_to_article(dict(zip(header, row, strict=True)), path)
            article.format = "csv"
            yield article
    except csv.Error as exc:
        yield AiwatchError("E108", doc.path, kind="CSV", detail=str(exc))
