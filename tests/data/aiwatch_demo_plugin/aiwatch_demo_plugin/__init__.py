"""A tiny aiwatch plugin: a reader for an office's memo files and a stage that adds reading time.

A memo file starts with the line ``MEMO``, then ``标题：…`` and ``日期：…`` lines, a blank line and
the text.  The stage tags each article with its reading time (``阅读2分钟``, at 500 characters a
minute), after the built-in stages.
"""

from __future__ import annotations

from collections.abc import Iterator

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read.registry import Document, Reader
from aiwatch.stages import Stage

CHARS_PER_MINUTE = 500


def sniff_memo(doc: Document) -> int:
    return 100 if doc.text.lstrip("\ufeff").startswith("MEMO\n") else 0


def read_memo(doc: Document, options: Options) -> Iterator[Article]:
    head, _, body = doc.text.lstrip("\ufeff").partition("\n\n")
    fields = dict(line.split("：", 1) for line in head.splitlines()[1:] if "：" in line)
    yield Article(
        path=doc.path,
        format="memo",
        title=fields.get("标题"),
        published=fields.get("日期"),
        raw=body,
        raw_kind="text",
    )


MEMO_READER = Reader("memo", sniff_memo, read_memo)


class ReadingTimeStage(Stage):
    name = "reading_time"
    requires = ("body",)
    assigns = ("tags",)
    after = "summary"

    def __call__(self, article: Article) -> Article:
        minutes = max(1, round(len(article.body) / CHARS_PER_MINUTE))
        article.tags = [*article.tags, f"阅读{minutes}分钟"]
        return article
