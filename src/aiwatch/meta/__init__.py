"""Metadata: the final title, url, published, source, author, editor, categories, tags, language.

Two kinds of evidence meet here: the reader's ``hints`` (front matter, JSON fields, record labels,
HTML meta) and what the clean stage found in the text (``hints["_found"]``: 来源/责任编辑/原标题/
地址 lines).  Which wins is decided per field below; a repaired value leaves a warning on the
article, and an unknown value stays None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from aiwatch.article import Article
from aiwatch.clean.rules import Found
from aiwatch.meta.dates import parse_date
from aiwatch.meta.language import detect_language
from aiwatch.meta.people import is_outlet, tidy_people, tidy_source
from aiwatch.meta.title import choose_title, text_title
from aiwatch.options import Options

_URL = re.compile(r"^(?:https?:)?//[^\s/]+\.\S*|^www\.\S+\.\S+", re.IGNORECASE)
#: Rules whose url is the article's own link, most trusted first: a labelled 原文链接/地址 line beats
#: a bare URL printed under the story.
_URL_RULES = ("label:", "bare_url")
_ARTICLE_FIELDS = frozenset({"title", "url", "published", "source", "author", "editor"})
_LIST_SPLIT = re.compile(r"[\s,，、;；|｜/]+")


def found_values(article: Article, field: str) -> list[Found]:
    return [f for f in article.hints.get("_found", ()) if f.field == field]


def first_value(items: Iterable[Found], prefixes: tuple[str, ...] = ("",)) -> str | None:
    items = list(items)
    for prefix in prefixes:
        for item in items:
            if item.rule.startswith(prefix) and item.value:
                return item.value
    return None


def first_tidy(items: Iterable[Found], tidy: Callable[[str | None], str | None]) -> str | None:
    """The first found value that is still a name once tidied (转载文章 is not a source)."""
    return next((value for value in (tidy(item.value) for item in items) if value), None)


def hint_text(article: Article, name: str) -> str | None:
    """The reader's value for a field: its hint, or what the article already holds (an article
    read back from JSON and run through the stage again keeps its metadata)."""
    value = article.hints.get(name)
    if value is None and name in _ARTICLE_FIELDS:
        value = getattr(article, name)
    if value is None:
        return None
    return str(value).strip() or None


def site_names(article: Article) -> tuple[str, ...]:
    """Outlets this article names, to recognise them as a suffix of its title."""
    names = [f.value for f in found_values(article, "source")]
    names += [hint_text(article, "source") or "", hint_text(article, "author") or ""]
    return tuple(name for name in (tidy_source(n) for n in names) if name)


def decide_title(article: Article) -> None:
    original = first_value(found_values(article, "original_title"))
    titles = found_values(article, "title")
    part = first_value(f for f in titles if f.rule == "title_line_part")
    choice = choose_title(hint_text(article, "title"), original, text_title(titles), site_names(article), part)
    article.title = choice.title
    if choice.warning:
        article.warn(choice.warning)
    if original and original != article.title:
        article.hints["original_title"] = original


def decide_url(article: Article) -> None:
    given = hint_text(article, "url")
    if given and _URL.match(given):
        article.url = given
        return
    if given:
        article.warn(f"url {given!r} is not a web address; ignored")
    article.url = first_value(found_values(article, "url"), _URL_RULES)


def decide_published(article: Article) -> None:
    given = hint_text(article, "published")
    parsed = parse_date(given)
    if given and parsed is None:
        article.warn(f"publication date {given!r} not understood")
    from_text = None
    for item in found_values(article, "published"):
        from_text = parse_date(item.value)
        if from_text:
            break
    # The text may give the time the reader's date lacks: 2020-12-10 vs 2020-12-10 10:30.
    if parsed and from_text and from_text.startswith(parsed) and len(from_text) > len(parsed):
        parsed = from_text
    article.published = parsed or from_text


def decide_people(article: Article) -> None:
    """source, author, editor; an outlet named as author becomes the source (seed 004)."""
    source = first_tidy(found_values(article, "source"), tidy_source) or tidy_source(hint_text(article, "source"))
    author = first_tidy(found_values(article, "author"), tidy_people)
    given_author = hint_text(article, "author")
    outlet = tidy_source(given_author)
    if outlet and (is_outlet(outlet) or outlet == source):
        if source is None:
            source = outlet
            article.warn(f"author {given_author!r} is an outlet, not a person: used as source")
        elif source == outlet:
            article.warn(f"author {given_author!r} is the outlet, not a person: kept as source only")
        else:
            article.warn(f"author {given_author!r} is an outlet, not a person: dropped (source is {source!r})")
    elif author is None:
        author = tidy_people(given_author)
    article.source = source
    article.author = author
    article.editor = first_tidy(found_values(article, "editor"), tidy_people) or tidy_people(
        hint_text(article, "editor")
    )


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def found_list(article: Article, field: str) -> list[str]:
    """关键词：人工智能 大模型 / 栏目：科技 lines, split into items."""
    return [item for f in found_values(article, field) for item in _LIST_SPLIT.split(f.value) if item]


def extract_metadata(article: Article, options: Options) -> Article:
    decide_title(article)
    decide_url(article)
    decide_published(article)
    decide_people(article)
    article.categories = unique(article.categories + found_list(article, "categories"))
    article.tags = unique(article.tags + found_list(article, "tags"))
    article.language = detect_language(f"{article.title or ''}\n{article.body}")
    if article.event_summary is None and isinstance(article.hints.get("event_summary"), str):
        article.event_summary = article.hints["event_summary"]
    return article
