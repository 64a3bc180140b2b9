"""JSON and JSON Lines records from crawlers and exports, with English or Chinese field names."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read.decode import replace_lone_surrogates
from aiwatch.read.frontmatter import as_list, as_text
from aiwatch.read.inputs import megabytes
from aiwatch.read.registry import Document, register

#: Article field -> accepted record keys, most specific first (compared case-insensitively).
KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "标题", "题目", "name"),
    "url": ("url", "link", "href", "source_url", "share_url", "链接", "网址", "地址"),
    "body": (
        "content",
        "text",
        "body",
        "article",
        "maintext",
        "main_text",
        "正文",
        "内容",
        "html",
        "content_html",
        "summary",
        "总结",
        "description",
    ),
    "published": (
        "published",
        "date",
        "publish_time",
        "pub_time",
        "release_time",
        "pubdate",
        "publish_date",
        "datetime",
        "time",
        "created_at",
        "发布时间",
        "日期",
        "时间",
    ),
    "source": ("source", "media", "site", "site_name", "publisher", "来源", "媒体"),
    "author": ("author", "authors", "byline", "作者", "记者"),
    "editor": ("editor", "责任编辑", "编辑"),
}
LIST_KEYS = {"categories": ("categories", "category", "分类", "栏目", "channel"), "tags": ("tags", "tag", "标签")}
ANALYSIS_KEYS = {
    "keywords": ("keywords", "关键词"),
    "technologies": ("technologies", "ai技术"),
    "industries": ("industries", "行业"),
}
#: Wrappers that hold the records: {"data": [...]}, {"articles": [...]} …
_CONTAINERS = ("data", "articles", "items", "results", "records", "docs", "news", "list")
_HTML = re.compile(r"<(?:p|div|br|span|article|section)\b", re.IGNORECASE)


# JSON opens with ``{"`` or ``[{`` (or an empty container); a text opening with "[转载]" or
# "[视频]" is a story, not JSON, and must not be read line by line as broken records.
_JSON_START = re.compile(r'\A\ufeff?\s*(?:\{\s*(?:"|\})|\[\s*(?:[{\["\]]|-?\d|true\b|false\b|null\b))')


def sniff_json(doc: Document) -> int:
    return 85 if _JSON_START.match(doc.head) else 0


def iter_records(doc: Document) -> Iterator[tuple[int, Any]]:
    """Yield ``(number, record)``: a JSON document, a list of records, or JSON Lines."""
    text = doc.text.lstrip("\ufeff")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as whole_error:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            raise AiwatchError("E108", doc.path, kind="JSON", detail=str(whole_error)) from None
        for number, line in enumerate(lines, 1):
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, AiwatchError("E108", f"{doc.path}#{number}", kind="JSON line", detail=str(exc))
        return
    value = _unwrap(value)
    if isinstance(value, list):
        yield from enumerate(value, 1)
    else:
        yield 1, value


def _unwrap(value: Any) -> Any:
    """The records inside their wrapper: ``{"data": [...]}`` gives the list; an app's API answer
    that is no article itself, ``{"code": 200, "msg": "success", "data": {...}}``, gives what its
    ``data`` holds (an article, or a wrapper of a list in turn: ``{"data": {"list": [...]}}``)."""
    for _ in range(3):
        if not isinstance(value, dict):
            return value
        inner = next((value[key] for key in _CONTAINERS if isinstance(value.get(key), list)), None)
        if inner is not None:
            return inner
        if _is_article(value):
            return value
        inner = next((value[key] for key in _CONTAINERS if isinstance(value.get(key), dict)), None)
        if inner is None:
            return value
        value = inner
    return value


def _key(name: object) -> str:
    """``pubTime``, ``pub_time`` and ``pub-time`` are one key."""
    return re.sub(r"[_\-]", "", str(name)).lower()


def _is_article(record: dict[str, Any]) -> bool:
    return pick(record, KEYS["title"]) is not None or pick(record, KEYS["body"]) is not None


def pick(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    lowered: dict[str, Any] = {}
    for k, v in record.items():
        lowered.setdefault(_key(k), v)
    for key in keys:
        value = lowered.get(_key(key))
        if value not in (None, "", []):
            return value
    return None


# Crawler exports often store times as Unix epochs: 1699999999 (seconds) or 1699999999000 (ms).
_EPOCH_SECONDS = (631_152_000, 4_102_444_800)  # 1990-01-01 .. 2100-01-01, UTC


def epoch_to_iso(value: Any) -> str | None:
    """``1700000000`` or ``"1700000000000"`` -> ``2023-11-14T22:13:20+00:00``; None if not an epoch."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    if isinstance(value, str):
        if not re.fullmatch(r"\d{10}(?:\d{3})?(?:\.\d+)?", value.strip()):
            return None
        value = float(value)
    for seconds in (value, value / 1000):
        if _EPOCH_SECONDS[0] <= seconds < _EPOCH_SECONDS[1]:
            return dt.datetime.fromtimestamp(int(seconds), dt.UTC).isoformat()
    return None


def record_to_article(record: dict[str, Any], path: str) -> Article:
    record = replace_lone_surrogates(record)
    article = Article(path=path, format="json")
    for name, keys in KEYS.items():
        value = pick(record, keys)
        if name == "body":
            article.raw = "\n\n".join(map(str, value)) if isinstance(value, list) else as_text(value) or ""
            article.raw_kind = "html" if _HTML.search(article.raw[:20000]) else "text"
        elif name == "published" and epoch_to_iso(value):
            article.hints[name] = epoch_to_iso(value)
        elif name == "author" and isinstance(value, list):
            article.hints[name] = "、".join(map(str, value))
        elif as_text(value):
            article.hints[name] = as_text(value)
    for name, keys in LIST_KEYS.items():
        setattr(article, name, as_list(pick(record, keys)))
    for name, keys in ANALYSIS_KEYS.items():
        value = pick(record, keys)
        if value:
            names = as_list(value) if not isinstance(value, list) else value
            if name == "keywords":
                article.keywords = [str(v) for v in names]
            else:
                setattr(article, name, [v if isinstance(v, dict) else {"name": str(v)} for v in names])
    return article


@register("json", sniff_json)
def read_json(doc: Document, options: Options) -> Iterable[Article | AiwatchError]:
    records = list(iter_records(doc))
    single = len(records) == 1
    for number, record in records:
        path = doc.path if single else f"{doc.path}#{number}"
        if isinstance(record, AiwatchError):
            yield record
        elif not isinstance(record, dict):
            yield AiwatchError("E108", path, kind="JSON record", detail="not an object")
        else:
            yield record_to_article(record, path)


def looks_like_jsonl(head: bytes) -> bool:
    """The first line of ``head`` is a whole JSON object: a JSON Lines file that can be streamed."""
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    try:
        return first.startswith(b"{") and isinstance(json.loads(first), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def stream_jsonl(stream: IO[bytes], path: str, options: Options, first: int = 1) -> Iterator[Article | AiwatchError]:
    """A JSON Lines export larger than ``--max-mb``, one line at a time (a crawler dump of a
    million records is one file); each line must fit the limit on its own.  ``first``: the number
    of the stream's first record (a Dask worker reads one range of the file, see ``count_jsonl``)."""
    limit, number = options.max_bytes, first - 1
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if not line.strip():
            continue
        number += 1
        where = f"{path}#{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            yield AiwatchError("E104", where, size=f"more than {megabytes(limit)}", limit=megabytes(limit))
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = stream.readline(1 << 20)
            continue
        try:
            record = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            yield AiwatchError("E108", where, kind="JSON line", detail=str(exc))
            continue
        if isinstance(record, dict):
            yield record_to_article(record, where)
        else:
            yield AiwatchError("E108", where, kind="JSON record", detail="not an object")


def count_jsonl(stream: IO[bytes], limit: int) -> int:
    """How many records ``stream_jsonl`` numbers in ``stream`` (its non-blank lines, an oversized
    one counted once), without parsing them: where the next range's numbering starts."""
    count = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return count
        if not line.strip():
            continue
        count += 1
        while line and not line.endswith(b"\n"):  # the rest of an oversized line
            line = stream.readline(1 << 20)
