"""Metadata: the final title, url, published, source, author, editor, categories, tags, language.

Two kinds of evidence meet here: the reader's ``hints`` (front matter, JSON fields, record labels,
HTML meta) and what the clean stage found in the text (``hints["_found"]``: 来源/责任编辑/原标题/
地址 lines).  Which wins is decided per field below; a repaired value leaves a warning on the
article, and an unknown value stays None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from aiwatch.article import Article
from aiwatch.clean.rules import Found, load_rules, parse_label_line
from aiwatch.meta.confidence import metadata_confidence, min_confidence
from aiwatch.meta.language import detect_language
from aiwatch.meta.people import MEDIA, is_outlet, is_platform, person_like, tidy_people, tidy_source, tidy_writers
from aiwatch.meta.title import choose_title, text_title
from aiwatch.options import Options
from aiwatch.text.dates import DOCUMENT_DATE_LABELS, UPDATE_DATE_LABELS, parse_date, url_date

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


def hint_from(article: Article, field: str) -> str:
    """Where the reader found a field's hint: the HTML reader says (``meta og:title``, ``json-ld``,
    ``line``); other readers name their format (``markdown front matter``, ``record``)."""
    where = (article.hints.get("_from") or {}).get(field)
    if where:
        return where
    kind = {"markdown": "front matter", "html": "page"}.get(article.format, article.format)
    return f"{kind} {field}"


def note_evidence(article: Article, field: str, where: str, text: object = None) -> None:
    """Record where ``field``'s value came from; the confidence is set from measured precision."""
    if article.evidence is None:
        article.evidence = {}
    entry: dict[str, object] = {"from": where}
    if text is not None:
        entry["text"] = str(text)
    entry["confidence"] = metadata_confidence(field, where)
    article.evidence[field] = entry


def hold_to_confidence(article: Article, threshold: float) -> None:
    """``--min-confidence``: a metadata value less trusted than the threshold becomes null; its
    evidence stays, marked ``dropped``, so the reader can see what was set aside and why."""
    for field, entry in (article.evidence or {}).items():
        if field in _ARTICLE_FIELDS and entry.get("confidence", 1.0) < threshold and getattr(article, field):
            setattr(article, field, None)
            entry["dropped"] = True


def decide_title(article: Article) -> None:
    original = first_value(found_values(article, "original_title"))
    titles = found_values(article, "title")
    part = first_value(f for f in titles if f.rule == "title_line_part")
    choice = choose_title(hint_text(article, "title"), original, text_title(titles), site_names(article), part)
    article.title = choice.title
    if choice.title:
        given = hint_text(article, "title")
        if given and choice.title in given:
            note_evidence(article, "title", hint_from(article, "title"), given)
        elif choice.title == original:
            note_evidence(article, "title", "line 原标题", original)
        else:
            rule = next((f.rule for f in titles if f.value == choice.title), "text")
            note_evidence(article, "title", f"line {rule}", choice.title)
    if choice.warning:
        article.warn(choice.warning)
    if original and original != article.title:
        article.hints["original_title"] = original


def decide_url(article: Article) -> None:
    given = hint_text(article, "url")
    if given and _URL.match(given):
        article.url = given
        note_evidence(article, "url", hint_from(article, "url"))
        return
    if given:
        article.warn(f"url {given!r} is not a web address; ignored")
    article.url = first_value(found_values(article, "url"), _URL_RULES)
    if article.url:
        note_evidence(article, "url", "line")


def decide_published(article: Article) -> None:
    given = hint_text(article, "published")
    parsed = parse_date(given)
    if given and parsed is None:
        article.warn(f"publication date {given!r} not understood")
    from_text, text_item = None, None
    # a government notice dates the document (发文日期, 成文日期) and then its publication (发布日期):
    # the document's date only when no other line dates the page
    # ... and a page's edit (更新时间) comes after its publication (发布时间)
    found = sorted(
        found_values(article, "published"),
        key=lambda item: (item.rule in _DOCUMENT_DATE_RULES, item.rule in _UPDATE_DATE_RULES),
    )
    for item in found:
        from_text = parse_date(item.value)
        if from_text:
            text_item = item
            break
    # The text may give the time the reader's date lacks: 2020-12-10 vs 2020-12-10 10:30.
    if parsed and from_text and from_text.startswith(parsed) and len(from_text) > len(parsed):
        parsed = from_text
    if parsed:
        article.published = parsed
        note_evidence(article, "published", hint_from(article, "published"), given)
    elif from_text and text_item is not None:
        article.published = from_text
        note_evidence(article, "published", f"line {text_item.rule}", text_item.value)
    else:
        article.published = published_elsewhere(article)


def published_elsewhere(article: Article) -> str | None:
    """When no date is labelled as the publication date: the story's URL (/20240527/,
    202504263797.html), then a date glued to another metadata value (作者：孙悦　2024-09-02)."""
    in_url = url_date(article.url)
    completed = year_for_partial(article.hints.get("partial_date"), in_url, article.hints.get("page_year"))
    if completed:
        note_evidence(article, "published", "line date without its year", article.hints.get("partial_date"))
        return completed
    if in_url:
        note_evidence(article, "published", in_url[1], article.url)
        return in_url[0]
    for item in article.hints.get("_found", ()):
        if item.field in ("author", "source", "editor"):
            glued = _GLUED_DATE.search(item.value)
            date = parse_date(glued.group()) if glued else None
            if date:
                note_evidence(article, "published", f"line {item.rule}", item.value)
                return date
    return None


def year_for_partial(partial: object, in_url: tuple[str, str] | None, page_year: object) -> str | None:
    """A line's date without its year (``03-05T09:12``) in the year the story's URL gives (the year
    before when the URL's is January and the line's December), else in the year most of the page's
    other dates give."""
    if not isinstance(partial, str):
        return None
    year = int(in_url[0][:4]) if in_url else int(page_year) if isinstance(page_year, str) and page_year.isdigit() else 0
    if not year:
        return None
    if in_url and len(in_url[0]) >= 7 and in_url[0][5:7] == "01" and partial.startswith("12-"):
        year -= 1
    try:
        return dt.datetime.fromisoformat(f"{year}-{partial}").isoformat()
    except ValueError:
        return None


_DOCUMENT_DATE_RULES = frozenset(f"label:{label}" for label in DOCUMENT_DATE_LABELS)
_UPDATE_DATE_RULES = frozenset(f"label:{label}" for label in UPDATE_DATE_LABELS)
_GLUED_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


# 来源：第一财经 记者 钱童: the reporters written after the outlet in a source value.
_REPORTERS_AFTER = re.compile(
    r"(?:记者|作者)\s*[:：]?\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,3})\s*$"
)


def choose_source(article: Article) -> str | None:
    """The outlet: a 来源 line of the text, the reader's source, else the self-media account that
    posted it, else the outlet of a reporter's byline (经济日报记者 黄鑫).  A platform (百家号, 网易)
    is the source only when nothing names the outlet or the account."""
    found = found_values(article, "source")
    # the outlet of a dateline (江南日报讯, 新华社北京3月5日电) only when no line, reader or account names one
    datelines = [f for f in found if f.rule == "dateline_outlet"]
    # 柯某 2025-03-05 09:12: a person's name beside a date is the writer (decide_people), no outlet
    # ... and a stamp line's name of two characters is a section's (科技 · 2025-03-05 · 某某网)
    found = [
        f
        for f in found
        if not (f.rule in _DATED_LINE_RULES and (person_like(f.value) or (f.rule == "stamp_line" and len(f.value) < 3)))
    ]
    candidates = [(first_tidy([f], tidy_source), f"line {f.rule}") for f in found if f not in datelines]
    candidates.append((tidy_source(hint_text(article, "source")), hint_from(article, "source")))
    candidates.append((tidy_source(article.hints.get("account")), "account"))
    candidates += [(first_tidy([f], tidy_source), f"line {f.rule}") for f in datelines]
    candidates.append((tidy_source(article.hints.get("byline_source")), "byline"))
    # the writer's name in an outlet's place (an author box's link before the date, an account slot
    # holding the byline's name) is no outlet; a handle there (算法小卢) is the account
    writers = {tidy_writers(hint_text(article, "author"))}
    writers |= {tidy_writers(f.value) for f in found_values(article, "author")}
    writers = {name for name in writers if name and _PERSON_SIZED.match(name)}
    named = [(value, where) for value, where in candidates if value and value not in writers]
    chosen = next(((v, w) for v, w in named if not is_platform(v)), named[0] if named else (None, ""))
    byline = candidates[-1][0]
    if chosen[0] and byline and byline != chosen[0] and byline.startswith(chosen[0]):
        chosen = (byline, "byline")  # 新京报 above, 新京报贝壳财经记者 罗亦丹 below: the channel is more exact
    if chosen[0] is None:
        # a site's own story, no 来源 line and no byline outlet: the site (og:site_name, the
        # <title>'s suffix), unless it is a portal, which carries others' stories
        site = tidy_source(article.hints.get("site_name"))
        if site and not is_platform(site):
            chosen = (site, hint_from(article, "site_name"))
    if chosen[0] is None:
        # a feed item naming no outlet: the feed's own (爱范儿; 江淮科技网 - 人工智能频道: the site's part),
        # unless the feed is an aggregator's
        feed = feed_outlet(article.hints.get("feed"))
        if feed:
            chosen = (feed, "feed title")
    if chosen[0]:
        note_evidence(article, "source", chosen[1], chosen[0])
    return chosen[0]


_PERSON_SIZED = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_DATED_LINE_RULES = frozenset({"dated_outlet_line", "outlet_dated_line", "stamp_line"})


def writer_beside_date(article: Article) -> str | None:
    return next(
        (f.value for f in found_values(article, "source") if f.rule in _DATED_LINE_RULES and person_like(f.value)),
        None,
    )


_AGGREGATOR = re.compile(r"rsshub|feedly|inoreader|google|聚合|订阅|合集|精选|热榜|推荐", re.IGNORECASE)
_FEED_PARTS = re.compile(r"\s+[-–—|｜]\s+|\s*[_｜|]\s*")


def feed_outlet(title: object) -> str | None:
    """The outlet a feed's title names: the whole title, or the part of it that names an outlet
    (江淮科技网 - 人工智能频道 -> 江淮科技网); None for an aggregator's feed or a portal's."""
    if not isinstance(title, str) or _AGGREGATOR.search(title):
        return None
    parts = [part for part in _FEED_PARTS.split(title.strip()) if part]
    if len(parts) > 1:
        parts = [part for part in parts if is_outlet(part)][:1]
    name = tidy_source(parts[0]) if parts else None
    return name if name and not is_platform(name) and len(name) <= 20 else None


def reporters_in_source(article: Article) -> str | None:
    for item in found_values(article, "source"):
        match = _REPORTERS_AFTER.search(item.value)
        if match:
            return tidy_writers(match["names"])
    return None


def without_outlets(article: Article, author: str | None, source: str | None) -> tuple[str | None, str | None]:
    """The author's names without the outlet, the account or the platform among them (a WeChat
    post's <meta name="author" content="某某号 方某"> puts the account before the writer), and the
    outlet dropped, if any."""
    if not author:
        return author, None
    outlets = {source, tidy_source(article.hints.get("account")), tidy_source(article.hints.get("site_name"))}
    outlets |= {tidy_source(article.hints.get("byline_source")), tidy_source(hint_text(article, "source"))}
    if author != source and _PERSON_SIZED.match(author) and not is_outlet(author) and author not in MEDIA:
        outlets.discard(author)  # the writer's name in an account's or a source's slot is still the writer
    names = author.split("、")
    # an outlet's name in a writer's slot (作者：机器之心, 作者：江湾日报): four characters or more, or a
    # known brand, so that a three-character given name ending in 社 or 华 stays a person
    kept = [
        name
        for name in names
        if name not in outlets and not is_platform(name) and not (is_outlet(name) and (len(name) >= 4 or name in MEDIA))
    ]
    if len(kept) == len(names):
        return author, None
    article.warn(f"author {author!r}: the outlet or platform among the names dropped")
    if not kept and article.evidence:
        article.evidence.pop("author", None)
    dropped = next((name for name in names if name not in kept and not is_platform(name)), None)
    return "、".join(kept) or None, dropped


def decide_people(article: Article) -> None:
    """source, author, editor; an outlet named as author becomes the source (seed 004)."""
    source = choose_source(article)
    author = first_tidy(found_values(article, "author"), tidy_writers)
    if author:
        note_evidence(article, "author", "line", author)
    given_author = hint_text(article, "author")
    if given_author and is_platform(given_author.strip()):
        # <meta name="author" content="网易">: the portal, on every page it carries; the line under
        # the story (本文来源：澎湃新闻 作者：李晓芸) names the writer.
        article.warn(f"author {given_author!r} is the platform, not a person: ignored")
        given_author = (article.hints.get("_lines") or {}).get("author")
    outlet = tidy_source(given_author)
    if outlet and (is_outlet(outlet) or outlet == source):
        if source is None:
            source = outlet
            article.warn(f"author {given_author!r} is an outlet, not a person: used as source")
        elif source == outlet:
            article.warn(f"author {given_author!r} is the outlet, not a person: kept as source only")
        else:
            article.warn(f"author {given_author!r} is an outlet, not a person: dropped (source is {source!r})")
        if author is None:
            # <meta property="article:author" content="某某时报"> above the byline 某某时报记者 祁某
            line_author = (article.hints.get("_lines") or {}).get("author")
            author = tidy_writers(line_author) if line_author and not is_outlet(tidy_source(line_author)) else None
            if author:
                note_evidence(article, "author", "line", line_author)
    elif author is None:
        author, how, said = tidy_writers(given_author), hint_from(article, "author"), given_author
        line_author = (article.hints.get("_lines") or {}).get("author")
        if author and line_author and author == tidy_people(hint_text(article, "editor")):
            # <meta name="author"> naming the page's 责任编辑 over a byline 作者：某某: the byline's writer
            writer = tidy_writers(line_author) if not is_outlet(tidy_source(line_author)) else None
            if writer and writer != author:
                author, how, said = writer, "line", line_author
        if author:
            note_evidence(article, "author", how, said)
        elif given_author:
            # <meta name="author" content="L_104485"> names no one: the page's byline (□ 本报记者 葛灵丹) does.
            line_author = (article.hints.get("_lines") or {}).get("author")
            author = tidy_writers(line_author) if line_author and not is_outlet(tidy_source(line_author)) else None
            if author:
                note_evidence(article, "author", "line", line_author)
    if author is None:
        author = reporters_in_source(article)
        if author:
            note_evidence(article, "author", "line 来源 … 记者", author)
    if author is None:
        author = writer_beside_date(article)
        if author:
            note_evidence(article, "author", "line name beside the date", author)
    author, dropped = without_outlets(article, author, source)
    if source is None and dropped:
        source = dropped  # 作者：机器之心 on a page that names no outlet: the outlet wrote it
        note_evidence(article, "source", "author slot", dropped)
    if source is None and article.evidence:
        article.evidence.pop("source", None)
    article.source = source
    article.author = author
    # 编辑：A … 责任编辑：B: where both are printed, the editor in charge is the one named
    editors = sorted(found_values(article, "editor"), key=lambda item: not _CHIEF_EDITOR.search(item.rule))
    article.editor = first_tidy(editors, tidy_people)
    if article.editor:
        note_evidence(article, "editor", "line", article.editor)
    else:
        article.editor = tidy_people(hint_text(article, "editor"))
        if article.editor:
            note_evidence(article, "editor", hint_from(article, "editor"), hint_text(article, "editor"))
    if article.editor is None and given_author:
        # <meta name="author" content="作者 | 龚某　编辑 | 施某">: a header line in the author slot
        # names the editor too
        labelled = parse_label_line(load_rules(), given_author, allow_weak=True) or []
        article.editor = first_tidy((f for f in labelled if f.field == "editor"), tidy_people)
        if article.editor:
            note_evidence(article, "editor", hint_from(article, "author"), given_author)


_CHIEF_EDITOR = re.compile(r"责任编辑|責任編輯|责编|責編")


# What a promo box says instead of the story: 打开APP阅读全文, 下载客户端, 扫码关注.
_PROMO = re.compile(r"APP|App|app|客户端|阅读全文|查看全文|全文阅读|下载|扫码|扫一扫|关注我们|点击查看")
PROMO_MAX_CHARS = 200


def flag_promo_body(article: Article) -> None:
    """A body that is a short promo on a page with far more text: the story is probably elsewhere
    on the page (or behind a script), and the article is kept with a warning saying so."""
    page_chars = article.hints.get("_page_chars") or 0
    body_chars = len(re.sub(r"\s+", "", article.body))
    if body_chars <= PROMO_MAX_CHARS and page_chars > 5 * body_chars and _PROMO.search(article.body):
        article.warn(
            f"body looks like a promo ({body_chars} characters of a page with {page_chars}, shorter than the "
            "page text): the story may be missing"
        )


def drop_byline_paragraph(article: Article) -> None:
    """A first or last paragraph that is only the author's names (周敏、韩旭 under a JSON-LD page's
    headline) is a byline the extractor kept: it goes, the names stay in ``author``."""
    if not article.author:
        return
    names = set(article.author.split("、"))
    paragraphs = article.body.split("\n\n")
    for index in (0, -1):
        if len(paragraphs) > 1 and set(_LIST_SPLIT.split(paragraphs[index].strip())) - {""} == names:
            del paragraphs[index]
            article.body = "\n\n".join(paragraphs)
            article.warn(f"byline {article.author!r} removed from the body")
            return


def beijing_time(published: str | None) -> str | None:
    """A Chinese story stamped in UTC late in the day (a JSON-LD's ``…T18:13:45Z``) was published
    the next day in Beijing, as its page shows it: the same moment in Beijing time, so that its
    date is that day."""
    if not published or not re.search(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\+00:00|Z)$", published):
        return published
    try:
        moment = dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return published
    local = moment.astimezone(_BEIJING)
    # the stamp stays as given when it names the same day (seed 004's 09:03:49 GMT)
    return local.isoformat() if local.date() != moment.date() else published


_BEIJING = dt.timezone(dt.timedelta(hours=8))


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
    drop_byline_paragraph(article)
    flag_promo_body(article)
    threshold = min_confidence(options)
    if threshold > 0:
        hold_to_confidence(article, threshold)
    article.categories = unique(article.categories + found_list(article, "categories"))
    article.tags = unique(article.tags + found_list(article, "tags"))
    article.language = detect_language(f"{article.title or ''}\n{article.body}")
    if article.language == "zh":
        article.published = beijing_time(article.published)
    if article.event_summary is None and isinstance(article.hints.get("event_summary"), str):
        article.event_summary = article.hints["event_summary"]
    return article
