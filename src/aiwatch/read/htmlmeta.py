"""Metadata candidates of a web page: ``<meta>`` tags, ``<time>``, and the short lines near the title.

Chinese news pages rarely fill ``article:published_time``; they print the facts in a line under the
headline: ``发布时间：2020-12-10  来源：张江高科技园区官网``, ``2005-5-7 21:23:57 作者：茉莉``,
``责任编辑：王伟``.  Those lines are read here as hints for the metadata stage, and their indices
are returned so the extractor keeps them out of the body.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections import Counter
from typing import Any

from aiwatch.clean.rules import button_words, read_stamp_line
from aiwatch.meta.people import person_like
from aiwatch.text.dates import DOCUMENT_DATE_LABELS, UPDATE_DATE_LABELS, US_DATE_TIME, parse_date

# <meta name|property|itemprop=KEY content=...> → hint key.  First one found wins.
META_KEYS: dict[str, str] = {
    "og:title": "title",
    "twitter:title": "title",
    "article:published_time": "published",
    "og:article:published_time": "published",
    "og:release_date": "published",
    "datepublished": "published",
    # schema.org microdata of a Q&A answer or a post (itemprop="dateCreated"; dateModified is no date)
    "datecreated": "published",
    "pubdate": "published",
    "publishdate": "published",
    "publish_date": "published",
    "publication_date": "published",
    "publishedtime": "published",
    "firstpublishedtime": "published",
    "dc.date.issued": "published",
    "dc.date": "published",
    "date": "published",
    "weibo:article:create_at": "published",
    "og:url": "url",
    # a government CMS's <meta name="Url" content="https://…/t20240612_….html">
    "url": "url",
    "author": "author",
    "article:author": "author",
    "dc.creator": "author",
    # a paper's own byline tag (<meta name="byline" content="某某, 某某">)
    "byline": "author",
    "source": "source",
    "mediaid": "source",
    # government portals: <meta name="ContentSource" content="市经济和信息化局">, <meta name="SiteName" ...>
    "contentsource": "source",
    "og:site_name": "site_name",
    "application-name": "site_name",
    "sitename": "site_name",
    "description": "description",
    "og:description": "description",
    "keywords": "keywords",
    "news_keywords": "keywords",
    "content-language": "language",
}

# zh, zh-CN, zh-Hans-CN, en; not "utf-8", which some pages put in content-language.
_LANGUAGE = re.compile(r"^(?!utf)[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_SOURCE_LABEL = re.compile(r"^(?:文章)?来源\s*[:：]\s*")
_KEYWORD_SPLIT = re.compile(r"[,，;；、|\s]+")
# 新浪网 / 中国新闻网 suffixes: "标题_新浪网", "标题-中国新闻网", "标题 | 澎湃新闻", "标题——人民网",
# "Title – TechCrunch", "标题 · 少数派" (an en dash or a dot only between spaces)
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|—{1,2}|－|\s[-–·•]\s|-{1,2}(?=[^\d\s]{2,}\S*$)|::)\s*")
_NON_TEXT = re.compile(r"[\s\u3000\u00a0]+")


# Where self-media platforms print the account that posted (the story's source): WeChat's
# profile_nickname / js_name, baijiahao's author-name, the account box of other platforms.
ACCOUNT_SELECTORS = ("#js_name", ".profile_nickname", ".rich_media_meta_nickname", ".author-name", ".account-name")


# ... and the user box of blog, forum and column platforms, by the class it wears: a nickname
# (follow-nickName, user_nickname), a BEM author box's name (card-author__name, author-info__username),
# an avatar's name (avatar__name).  Not a commenter's: nothing inside a comment or reply box.
_USER_BOX = re.compile(
    r"nick[-_]?name|(?:author|avatar|user|up)(?:-info)?(?:__|[-_])(?:user)?name(?![-_\w])|author__name",
    re.IGNORECASE,
)
_NOT_POSTER = re.compile(
    r"comment|reply|replies|pinglun|recommend|related|footer|login|toolbar|navbar|(?:^|[\s_-])nav(?:$|[\s_-])",
    re.IGNORECASE,
)
# What a user box holds that names no account: the site's login link (the poster's box may come
# later), a reporter's byline (a news site's author box: no account on the page).
_LOGIN = re.compile(r"登录|登陆|注册|退出|游客|匿名|个人中心|我的")
_BYLINE_WORD = re.compile(r"记者|编辑|作者|通讯员|撰文|来源|文\s*[/|｜]")


def _user_box_name(tree) -> str | None:
    """The poster named by a platform's user box: the first element whose class marks a user's or
    author's name, outside any comment box, holding a short name that is no person's (a journalist's
    name in a news site's author box stays the author's; an account's is the source)."""
    root = tree.body
    if root is None:
        return None
    for node in root.traverse():
        names = (node.attributes.get("class") or "") if node.attributes else ""
        if not names or not _USER_BOX.search(names):
            continue
        parent, inside_comments = node.parent, False
        while parent is not None and not inside_comments:
            attrs = parent.attributes or {}
            inside_comments = bool(_NOT_POSTER.search(f"{attrs.get('id') or ''} {attrs.get('class') or ''}"))
            parent = parent.parent
        text = _NON_TEXT.sub(" ", node.text()).strip()
        if inside_comments or not 2 <= len(text) <= 20 or re.search(r"\d{4}|[:：]", text):
            continue
        if _LOGIN.search(text):
            continue
        if _BYLINE_WORD.search(text) or all(person_like(part) for part in text.split()):
            return None
        return text
    return None


def wechat_writer(tree) -> str | None:
    """The writer a WeChat post names in its header beside the account (the header's plain text
    span, not the account's nickname, not the time a script fills in)."""
    box = tree.css_first("#meta_content")
    if box is None:
        return None
    for node in box.css(".rich_media_meta_text"):
        classes = (node.attributes.get("class") or "").split()
        if node.attributes.get("id") or "rich_media_meta_nickname" in classes:
            continue
        text = _NON_TEXT.sub(" ", node.text()).strip()
        # 原创 / 转载 / 首发: the post's kind, no name
        if 2 <= len(text) <= 20 and not re.search(r"\d|[:：]", text) and text not in _POST_KINDS:
            return text
    return None


_POST_KINDS = frozenset({"原创", "转载", "首发", "独家", "置顶", "精选", "付费"})


def account_name(tree) -> str | None:
    for selector in ACCOUNT_SELECTORS:
        node = tree.css_first(selector)
        text = _NON_TEXT.sub(" ", node.text()).strip() if node is not None else ""
        if 2 <= len(text) <= 30:
            return text
    return _user_box_name(tree)


# A link that says whose blog this is: <a rel="author">, <a title="[太小心]的博客">太小心</a>,
# WordPress's <a title="Posts by 林夕">林夕</a>.
_OWNER_TITLE = re.compile(
    r"^[\[【]?(?P<name>[^\[\]【】]{2,20}?)[\]】]?\s*(?:的博客|的博客首页|的主页|的个人主页|的空间|的专栏|'s blog)$"
    r"|^(?:(?:view\s+all\s+)?posts\s+by|文章作者)\s*[:：]?\s*(?P<by>.{2,20})$",
    re.IGNORECASE,
)
_BLOG_HOME = re.compile(
    r"^(?:https?:)?//[^/]*blog[^/]*/[^/?#]+/?$|^(?:https?:)?//[^/]+/blogs?/[^/?#]+/?$", re.IGNORECASE
)


def blog_owner(tree) -> str | None:
    """The blog's owner when the page names one and only one: a link marked as the author's
    (``rel="author"``, a title such as ``[太小心]的博客`` over the name itself), or the blog's
    header title linked to its home (``<h1><a href="http://blog.joycode.com/lijianzhong/">李建忠</a>``)
    when that title is a person's name.  A commenter's own link (〖century〗回复: …) is told apart
    by how often the page names each: the owner's name heads its sidebar boxes, at least twice as often."""
    from aiwatch.analyze.entities import COMPOUND_SURNAMES, SURNAMES

    owners: set[str] = set()
    for node in tree.css("a"):
        text = _NON_TEXT.sub(" ", node.text()).strip()
        if not 2 <= len(text) <= 20:
            continue
        attrs = node.attributes
        if "author" in (attrs.get("rel") or "").lower().split():
            owners.add(text)
            continue
        titled = _OWNER_TITLE.match((attrs.get("title") or "").strip())
        if titled and (titled["name"] or titled["by"]).strip() == text:
            owners.add(text)
            continue
        parent = node.parent
        if (
            parent is not None
            and parent.tag == "h1"
            and _BLOG_HOME.match((attrs.get("href") or "").strip())
            and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", text)
            and (text[0] in SURNAMES or text[:2] in COMPOUND_SURNAMES)
        ):
            owners.add(text)
    if len(owners) <= 1:
        return owners.pop() if owners else None
    root = tree.body or tree.root
    page = root.text() if root is not None else ""
    counts = sorted(((page.count(name), name) for name in owners), reverse=True)
    return counts[0][1] if counts[0][0] >= 2 * counts[1][0] else None


# A header table's label cells (a government notice's 索引号 table: 发文机关： | 国务院某某厅) → hint
# key of the value in the next cell.  The issuing body is the source when no 来源 names one.
_CELL_LABELS = {
    "发文机关": "publisher",
    "发布机关": "publisher",
    "发文单位": "publisher",
    "发布机构": "publisher",
    "发布单位": "publisher",
    "来源": "source",
    "信息来源": "source",
    "发布日期": "published",
    "发布时间": "published",
}


def label_cells(tree) -> dict[str, str]:
    """Values a table gives in the cell after their label's (<td>发文机关：</td><td>某某厅</td>)."""
    found: dict[str, str] = {}
    for node in tree.css("td, th, dt"):
        label = _NON_TEXT.sub("", node.text()).rstrip(":：")
        key = _CELL_LABELS.get(label)
        if key is None or key in found:
            continue
        cell = node.next
        while cell is not None and cell.tag in ("-text", "_comment"):
            cell = cell.next
        value = _NON_TEXT.sub(" ", cell.text()).strip() if cell is not None and cell.tag in ("td", "th", "dd") else ""
        if key == "published":
            value = parse_date(value) or ""
        elif not 2 <= len(value) <= 30 or re.search(r"[:：]|\d{4}", value):
            value = ""
        if value:
            found[key] = value
    return found


# A bare outlet in an element named for it: <span class="source">某某都市报</span> beside the time,
# no label printed.  Weaker than any labelled line.
_SOURCE_CLASS = re.compile(r"^(?:(?:article|news|info|post)[-_])?(?:source|laiyuan)(?:[-_]name)?$", re.IGNORECASE)


def source_element(tree) -> str | None:
    root = tree.body
    if root is None:
        return None
    for node in root.traverse():
        names = (node.attributes.get("class") or "") if node.attributes else ""
        if not any(_SOURCE_CLASS.match(name) for name in names.split()):
            continue
        text = _SOURCE_LABEL.sub("", _NON_TEXT.sub(" ", node.text()).strip())
        if 2 <= len(text) <= 20 and not re.search(r"[:：|｜/]|\d", text):
            return text
    return None


def note_from(hints: dict[str, Any], field: str, where: str) -> None:
    """Remember where a hint was read (its evidence): ``meta article:published_time``, ``json-ld``."""
    hints.setdefault("_from", {}).setdefault(field, where)


_STORY_LINK = re.compile(r"^https?://[^/\s]+/[^\s?#]*[^/\s?#]")


def meta_hints(tree) -> dict[str, Any]:
    """Hints from the document head: meta tags, canonical link, ``<title>``, ``<time>``, ``lang``."""
    hints: dict[str, Any] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = (attrs.get("content") or "").strip()
        if not key or not content:
            continue
        target = META_KEYS.get(key.strip().lower())
        if target is None or target in hints:
            continue
        if target == "published":
            content = parse_date(content)
            if not content:
                continue
        elif target == "author" and content.startswith(("http:", "https:", "//")):
            continue  # <meta name="author" content="https://www.facebook.com/...">: a link, no name
        elif target == "source":
            content = _SOURCE_LABEL.sub("", content) or content  # "来源：人民网-科技频道"
        elif target == "keywords":
            content = [word for word in _KEYWORD_SPLIT.split(content) if word]
        hints[target] = content
        note_from(hints, target, f"meta {key.strip().lower()}")
    for key, value in ld_hints(tree).items():
        # a JSON-LD headline has no site suffix, unlike many og:title ("标题 | 南方科技观察")
        if key == "title" or key not in hints:
            hints[key] = value
            hints.setdefault("_from", {})[key] = "json-ld"
    canonical = tree.css_first("link[rel=canonical]")
    href = (canonical.attributes.get("href") or "").strip() if canonical is not None else ""
    # the canonical address beats an og:url naming another copy (a portal's mobile page); a
    # canonical that is the site's home page names no story
    story_link = _STORY_LINK.match(href) and (hints.get("_from") or {}).get("url") == "meta og:url"
    if href and ("url" not in hints or story_link):
        hints["url"] = href
        hints.setdefault("_from", {})["url"] = "link canonical"
    if "published" not in hints:
        for node in tree.css("time"):
            published = parse_date(node.attributes.get("datetime") or node.text(strip=True))
            if published:
                hints["published"] = published
                note_from(hints, "published", "<time>")
                break
    for key, value in label_cells(tree).items():
        if key not in hints:
            hints[key] = value
            note_from(hints, key, "label cell")
    outlet = source_element(tree)
    if outlet:
        hints["element_source"] = outlet
    account = account_name(tree)
    if account:
        hints["account"] = account
    writer = wechat_writer(tree)
    if writer and "author" not in hints:
        hints["author"] = writer
        note_from(hints, "author", "wechat header")
    owner = blog_owner(tree)
    if owner:
        hints["blog_owner"] = owner
    html = tree.css_first("html")
    lang = (html.attributes.get("lang") or "").strip() if html is not None else ""
    if _LANGUAGE.match(lang):
        hints["language"] = lang
    elif not _LANGUAGE.match(hints.get("language", "")):
        hints.pop("language", None)
    title = tree.css_first("title")
    if title is not None:
        text = _NON_TEXT.sub(" ", title.text()).strip()
        if text:
            hints["page_title"] = text
    return hints


# schema.org types whose JSON-LD object is the story itself (not the site, a breadcrumb or a video)
_LD_ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "ReportageNews",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "TechArticle",
        "Report",
        "ScholarlyArticle",
        "SocialMediaPosting",
        "DiscussionForumPosting",
    ]
)


def _ld_objects(data: Any) -> list[dict]:
    """Every object of a JSON-LD document, in document order: top level, lists and ``@graph``."""
    found: list[dict] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            if isinstance(item.get("@graph"), list):
                stack.extend(reversed(item["@graph"]))
    return found


def _ld_names(value: Any, people_only: bool = False) -> list[str]:
    """Names in an author/publisher value: "李明", {"name": "李明"}, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, str):
            names.append(item.strip())
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            kind = item.get("@type")
            if people_only and kind not in (None, "Person"):
                continue  # "author": {"@type": "Organization", "name": "新浪科技"} is the outlet
            names.append(item["name"].strip())
    return [name for name in names if name and not name.startswith(("http:", "https:"))]


def ld_hints(tree) -> dict[str, Any]:
    """Hints from ``<script type="application/ld+json">`` describing a NewsArticle/Article.

    ``{"@type": "NewsArticle", "headline": "…", "datePublished": "2024-06-03T18:20:00+08:00",
    "author": [{"@type": "Person", "name": "林晓彤"}], "publisher": {"name": "南方科技观察"}}``;
    ``ld_body`` is the ``articleBody`` when the page gives one (a fallback for the extractor).
    """
    hints: dict[str, Any] = {}
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue  # a broken block (trailing commas, HTML inside) is skipped, not fatal
        for item in _ld_objects(data):
            kinds = item.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if not kinds & _LD_ARTICLE_TYPES:
                continue
            headline = item.get("headline") or item.get("name")
            if isinstance(headline, str) and headline.strip():
                hints.setdefault("title", _NON_TEXT.sub(" ", headline).strip())
            for key, target in (("datePublished", "published"), ("dateModified", "modified")):
                value = item.get(key)
                parsed = parse_date(value) if isinstance(value, str) else None
                if parsed:
                    hints.setdefault(target, parsed)
            authors = _ld_names(item.get("author"), people_only=True)
            if authors:
                hints.setdefault("author", "、".join(dict.fromkeys(authors)))
            publishers = _ld_names(item.get("publisher"))
            if publishers:
                hints.setdefault("publisher", publishers[0])
                hints.setdefault("site_name", publishers[0])
            url = item.get("url") or item.get("mainEntityOfPage")
            url = url.get("@id") if isinstance(url, dict) else url
            if isinstance(url, str) and url.startswith(("http:", "https:")):
                hints.setdefault("url", url)
            body = item.get("articleBody")
            if isinstance(body, str) and body.strip():
                hints.setdefault("ld_body", body.strip())
    return hints


# Publication dates that only a script holds, tried when nothing else on the page gives one.
# WeChat prints the date with JavaScript from ``var ct = "1716185400";`` (seconds, shown in
# Beijing time); app-like pages keep ``"publish_time": "2024-05-20 08:00"`` (pubDate,
# datePublished, release_time) in their state.  Each pattern starts with a literal, which the
# regex engine scans for quickly: the search runs over the whole page.
_STATE_VALUE = r"[\"']?\s*[:=]\s*[\"'](?P<date>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[^\"'<>]{0,20})[\"']"
SCRIPT_DATES: dict[str, re.Pattern[str]] = {
    "unix_ct": re.compile(r"var\s+ct\s*=\s*[\"'](?P<unix>1\d{9})[\"']"),
    "state_field": re.compile(r"ub(?<=[Pp]ub)(?:lish(?:ed|_?[Tt]ime|_?[Dd]ate)|_?[Tt]ime|_?[Dd]ate)" + _STATE_VALUE),
    "release_time": re.compile(r"elease(?<=[Rr]elease)_?[Tt]ime" + _STATE_VALUE),
    # a portal's mobile page keeps the story's time as newsTime / news_time
    "news_time": re.compile(r"ews(?<=[Nn]ews)_?[Tt]ime" + _STATE_VALUE),
}
_BEIJING = dt.timezone(dt.timedelta(hours=8))


# The account that posted, as an app-like page keeps it in its state (Baidu's window.jsonData
# author.name, a Next.js page's authorInfo.sname, a Nuxt page's author.display_name): tried when
# nothing on the page names the account or the source.
_SCRIPT_ACCOUNT = re.compile(
    r"[\"']?(?:author|authorInfo|account|media|mediaInfo|userInfo)[\"']?\s*:\s*\{[^{}]{0,200}?"
    r"[\"']?(?:name|sname|nickname|nick_name|display_name|screen_name|mediaName|media_name)[\"']?\s*:\s*"
    r"[\"'](?P<name>[^\"'<>{}\\]{2,30})[\"']"
)


def script_account(html: str) -> str | None:
    match = _SCRIPT_ACCOUNT.search(html)
    return match["name"].strip() if match else None


def script_date(html: str) -> str | None:
    """The first publication date the page's scripts hold (``SCRIPT_DATES``), or None."""
    for pattern in SCRIPT_DATES.values():
        match = pattern.search(html)
        if not match:
            continue
        if match.groupdict().get("unix"):
            with contextlib.suppress(OverflowError, OSError, ValueError):
                return dt.datetime.fromtimestamp(int(match["unix"]), _BEIJING).isoformat()
            continue
        published = parse_date(match["date"])
        if published:
            return published
    return None


# How a site's or a channel's name ends (江湾网, 江湾日报, 新闻中心): a <title> part that is no story.
_SITE_NAME = re.compile(r"^.{0,10}(?:网|网站|官网|日报|晚报|早报|时报|新闻|新闻网|频道|中心|在线|门户|首页)$")


def split_title(text: str | None) -> str | None:
    """The story's part of a ``<title>``: ``"标题_新浪网"`` → ``"标题"``."""
    if not text:
        return None
    parts = [part for part in _TITLE_SEPARATORS.split(text) if part.strip()]
    if not parts:
        return text
    first = parts[0].strip()
    longest = max(parts, key=len).strip()
    # 江湾网 - 标题: a site's name first, the story after it
    if len(parts) > 1 and _SITE_NAME.search(first) and len(longest) > 2 * len(first):
        return longest
    if len(first) >= 2 or len(parts) == 1:
        return first
    return longest


def _overlap(a: str, b: str) -> int:
    ca, cb = Counter(a), Counter(b)
    return sum(min(n, cb[ch]) for ch, n in ca.items())


def title_parts(text: str | None) -> list[str]:
    """A ``<title>`` and its parts between site separators, the whole first:
    ``"新闻中心 - 智联机器人发布新品 - 智联官网"`` → the whole, ``新闻中心``, ``智联机器人发布新品``, ``智联官网``."""
    if not text:
        return []
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(text) if len(part.strip()) >= 2]
    return list(dict.fromkeys([text.strip(), *parts]))


def _best_line(lines, body_start: int, reference: str) -> tuple[int, float]:
    best, best_score = -1, 0.0
    # The headline stands just above the story; a site banner at the top of the page that
    # repeats a blog's <title> ("China-Pub blog--洞庭一叶") is not it.
    for i in range(max(0, body_start - 30), min(len(lines), body_start + 3)):
        line = lines[i]
        compact = _NON_TEXT.sub("", line.text)
        heading = line.tag in ("h1", "h2", "h3")
        if not 2 <= len(compact) <= 100 or (line.link_chars > 0.5 * line.chars and not heading):
            continue
        common = _overlap(compact, reference)
        score = (common / len(compact)) * (common / len(reference))
        if line.tag in ("h1", "h2"):
            score += 0.15
        if score > best_score:
            best, best_score = i, score
    return best, best_score


_SITE_TITLE_MAX = 24  # characters of a <title> that can be only the site's name (and a section's)


def _heading_above(lines, body_start: int, site: str) -> int:
    """The story's heading above it: an <h1>, else the nearest <h2>/<h3> or block named as a title
    (an e-paper's <div class="detail_title">), long enough to be a headline and no part of the
    site's name (-1 when none).  The heading may open the story's run itself, after a kicker line
    (an e-paper's 引题 over its 主题): the short lines before the run's first sentence count too."""
    before = range(body_start - 1, max(-1, body_start - 11), -1)
    opening = []
    for i in range(max(body_start, 0), min(len(lines), body_start + 4)):
        if lines[i].text.rstrip().endswith(("。", "！", "？", ".")) or lines[i].chars > 50:
            break
        opening.append(i)
    headings = [
        i
        for i in [*before, *opening]
        if (lines[i].tag in ("h1", "h2", "h3") or getattr(lines[i], "titled", False))
        and MIN_HEADLINE <= len(_NON_TEXT.sub("", lines[i].text)) <= 100
        and _NON_TEXT.sub("", lines[i].text) not in site
    ]
    first = [i for i in headings if lines[i].tag == "h1"]
    named = [i for i in headings if getattr(lines[i], "titled", False)]
    return (first or named or headings or [-1])[0]


MIN_HEADLINE = 8


def pick_title(lines, body_start: int, page_title: str | None, og_title: str | None) -> tuple[str | None, int]:
    """The headline line that best matches the ``og:title`` or the ``<title>``'s story part, and its
    index (-1 when none).

    A company or government site may put its section first ("新闻中心 - 智联机器人发布新品 -
    智联官网"), and a banner repeats that section name; then a longer part of the ``<title>``
    printed nearer the story is the headline.
    """
    whole = _NON_TEXT.sub("", page_title or "")
    if len(whole) > 12:  # longer than a site's name
        # a heading that prints the whole <title> is the headline, whatever a bar in it splits off
        # (直播｜某某论坛 AI专场: the part before the bar is the page kind, not a site)
        index, score = _best_line(lines, body_start, whole)
        if index >= 0 and score >= 0.95 and lines[index].tag in ("h1", "h2"):
            return lines[index].text, index
        # a line that prints the <title> without its last part (the site's name) word for word is
        # the headline in any tag, its column's name before a bar included (某某眼｜标题 - 某某网)
        cut = list(_TITLE_SEPARATORS.finditer(page_title or ""))
        story = _NON_TEXT.sub("", page_title[: cut[-1].start()]) if len(cut) >= 2 else ""
        if len(story) >= MIN_HEADLINE:
            for i in range(max(0, body_start - 10), min(len(lines), body_start + 3)):
                if _NON_TEXT.sub("", lines[i].text) == story:
                    return lines[i].text, i
    head_title = split_title(page_title)
    reference = _NON_TEXT.sub("", og_title or head_title or "")
    best, best_score = _best_line(lines, body_start, reference) if reference else (-1, 0.0)
    if og_title and best_score < 0.5 and head_title and _NON_TEXT.sub("", head_title) != reference:
        # an og:title that names the site or the page kind (江湾网, 新闻详情) agrees with no line; the
        # <title>'s story part and the headline printed on the page agree with each other
        index, score = _best_line(lines, body_start, _NON_TEXT.sub("", head_title))
        if score >= 0.5:
            return lines[index].text, index
    if not og_title and best >= 0 and best_score >= 0.5:
        for part in title_parts(page_title)[1:]:
            compact = _NON_TEXT.sub("", part)
            if len(compact) <= len(reference):
                continue
            index, score = _best_line(lines, body_start, compact)
            if score >= 0.8 and index > best:
                best, best_score = index, score
    matched = best >= 0 and best_score >= 0.5
    if (
        page_title
        and not og_title
        and len(_NON_TEXT.sub("", page_title)) <= _SITE_TITLE_MAX
        and not (matched and lines[best].tag in ("h1", "h2", "h3"))
    ):
        # "中国青年报", "联盟动态-某某联盟": a <title> that only names the site (an e-paper, a
        # government or an association site), repeated by no heading (a breadcrumb at most); the
        # headline is the story's heading.
        index = _heading_above(lines, body_start, _NON_TEXT.sub("", page_title))
        if index >= 0:
            return lines[index].text, index
    if matched:
        return lines[best].text, best
    if page_title and not og_title:
        # "AI观察|大模型进入“价格战”，谁在受益？_新京报": the first part is a column name and the
        # headline printed on the page holds most of the whole <title>.
        index, score = _best_line(lines, body_start, _NON_TEXT.sub("", page_title))
        if index >= 0 and score >= 0.6 and lines[index].tag in ("h1", "h2"):
            return lines[index].text, index
    if not reference:
        # No <title>: the nearest heading above the story ("<h2>很高兴入住博客堂</h2>").
        for i in range(body_start - 1, max(-1, body_start - 11), -1):
            if lines[i].tag in ("h1", "h2", "h3") and 2 <= lines[i].chars <= 100:
                return lines[i].text, i
    return split_title(og_title) or head_title, -1


# The page's button words (打印, 关闭窗口, 收藏 ...): the cleaning rules' one list.
_BUTTONS = button_words()
# Lines under the headline: each pattern names the hint it gives.  The value stops at two spaces
# or at the next label, as in "发布时间：2020-12-10  来源：张江高科技园区官网  作者：李明".
# Traditional forms too (來源, 編輯, 記者): a Hong Kong or Taiwan page is read before conversion.
_NEXT_LABEL = (
    # 发布 as a label (发布时间, 发布于, 发布：), not the end of a government account's name (某某发布)
    r"(?:发布|發布)(?=時間|时间|日期|于|於|者|人|机构|單位|单位|[:：]|\s*(?:19|20)\d{2})|\s(?:发布|發布)(?=\s)|发表|發表|提交|回复|更新|时间|時間|日期"
    r"|来源|來源|稿源|出处|作者|编辑|編輯|责任编辑|責任編輯|责编|責編"
    r"|记者|記者|点击|浏览|阅读|访问|字号|字体|出自|来自|转载自|转自|摘自|选自|发稿|采写|撰文|撰稿|【"
)
# ... or at a bar between fields: 来源：科创板日报 | 作者：郭辉, 来源：南方日报 | 2026-03-31 08:05
# ... or at a full-width blank, or a blank before a writer's bare label: 来源：某某画报　文：王小满.
_LABEL_END = (
    r"(?=\s{2,}|\u3000|\s+(?:文|撰文|图|摄影)\s*[:：/｜丨]|\s*[\]】)）|｜丨【]|$|\s*(?:"
    + _NEXT_LABEL
    + ")"
    # 作者：某某 2026-03-05: a date after a blank
    + r"|\s+(?:19|20)\d{2}\s*[-/.年]"
    # 稿源：某某报 审核：某某: any short label with its colon after a blank
    + r"|\s+[\u4e00-\u9fff]{1,6}[:：]"
    # 文｜某某，编辑｜某某: a comma closes a name
    + r"|\s*[，,;；。]"
    # ... or with no blank, where the page's spans were joined: 作者：罗某2025-06-11 16:35
    + r"|(?<=[\u4e00-\u9fff])(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d"
    # ... or at a counter glued to it: 责编：某某评论：62
    + r"|(?:评论|阅读|浏览|点击)\s*[:：]?\s*\d"
    # 来自微信公众号：某某观察 （ID：abc123）: the account's id after its name
    + r"|\s*[（(](?:ID|id|微信号)\s*[:：]"
    # 来源：某某网 参与互动: a page's buttons after the value
    + r"|\s+(?:参与互动|我要评论|发表评论|评论\s*\d|分享到|"
    + _BUTTONS
    + "))"
)
# A mark before a byline (◎本报记者 某某, □ 记者 某某, ※ 文/某某): the geometric shapes and stars
# pages print as bullets, none of them part of a name.
_ORNAMENT = r"[\u25a0-\u25ff\u2605\u2606\u203b\u2022\u00b7\u3013]"
# What a reporter did, written after the names (某某 文/图, 某某 摄, 某某 /文): no name.
_CREDIT_MARK = r"(?:文\s*/\s*图|图\s*/\s*文|/\s*文|文|图|摄影?|供图)"
# A value is a name: no markup, no sentence punctuation, at most 30 characters.
_VALUE = r"[^\s:：=<>\"'，。！？；\[\]【】]{1,30}?"
# 来源：[ 国际金融报 ], 来源：【新华网】
# 文｜王梓涵, 编辑丨苏建勋: tech media put a bar (U+FF5C or the look-alike 丨) where others put a colon
# ... or a bar or slash between blanks: 编辑 | 某某, 撰文 / 某某
# ... or a label in square brackets: 【来源】某某报
_OPEN = r"\s*(?:[:：｜丨]|[|/](?=\s)|(?<=[\u4e00-\u9fff])】)\s*[\[【]?\s*"
# 编辑/某某: a slash with no blank opens an editor's value only before a name that ends the line
_NAME_SLASH = r"/(?=[\u4e00-\u9fff·]{2,4}\s*$)"
LINE_PATTERNS: dict[str, re.Pattern[str]] = {
    # 图片来源：视觉中国 / 视频来源 / 图源 credit a picture, not the story
    "source": re.compile(
        r"(?<!图片)(?<!图)(?<!视频)(?<!照片)(?<!封面)(?:(?:来自|来源于?|转载自|转自)(?:微信)?公众号|文章来源|新闻来源|信息来源|来源|來源|稿源|出处|出品|来自|转载自|转自|摘自|选自)"
        + _OPEN
        + "(?P<value>"
        + _VALUE
        # a second name in brackets belongs to it: 来源：市经信局（市新经济委）
        + r"(?:[（(][^\s（()）]{1,12}[）)])?"
        + ")"
        + _LABEL_END
    ),
    # 编辑：A 责任编辑：B: the editor in charge first, wherever it stands
    "chief_editor": re.compile(
        r"(?:责任编辑|責任編輯|责编|責編)(?:" + _OPEN + "|" + _NAME_SLASH + ")(?P<value>" + _VALUE + ")" + _LABEL_END
    ),
    "editor": re.compile(
        r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯)(?:" + _OPEN + "|" + _NAME_SLASH + ")(?P<value>" + _VALUE + ")"
        + _LABEL_END
    ),
    # 作者：茉莉, 文/李明; a bare 文 only at the start of a line or after a bracket, not in "法文：".
    # Co-authors may stand one blank apart (作者：宋怡 杨志华) or between 、，/ (记者：某某、某某,
    # 作者：某某 / 某某).  The outlet's reporter role before the name is no name: 作者：某某新闻记者 杭舟.
    # 记者 and 通讯员 are labels only before a colon or a bar (2025-03-05 记者：某某).
    "author": re.compile(
        # 整理｜某某 under an interview told by another (口述｜某某): the one who wrote it down
        r"(?:作者|撰稿人?|撰文|采写|整理(?=\s*[:：｜丨])|[\u4e00-\u9fff]{0,8}?(?:记者|通讯员)(?=\s*[:：｜丨])"
        r"|(?:^|(?<=[\s（(【\[]))(?:文\s*/\s*图|图\s*/\s*文|图文|文))\s*(?:[:：/｜丨]|\|(?=\s)|(?<=图)\s|(?<=[\u4e00-\u9fff])】)\s*"
        r"(?:[\u4e00-\u9fffA-Za-z0-9·・]{1,14}?记者\s*)?(?!"
        + _CREDIT_MARK
        + r"\s*$)(?P<value>(?:(?:本报)?(?:记者|通讯员)\s*[:：]\s*)?"
        + _VALUE
        + r"(?:(?:\s*[、，,/／;；]\s*|[ \u3000])"
        + r"(?:(?:(?:本报)?(?:见习|实习|特约)?(?:记者|通讯员)|实习生)\s*[:：]?\s*)?(?!"
        + _NEXT_LABEL
        + r")(?!"
        + _CREDIT_MARK
        + r"\s*$)(?![\u4e00-\u9fff]{0,6}(?:编辑|责编|摄影|校对)\s*[:：|｜丨])[\u4e00-\u9fff·]{2,4}){0,3})"
        + _LABEL_END
    ),
    # a government page's publishing body (发布机构：某市科技局): the source when no 来源 names one
    "publisher": re.compile(r"(?:发布机构|发布单位)" + _OPEN + "(?P<value>" + _VALUE + ")" + _LABEL_END),
    # a blog's or forum's post footer: 由海姑娘张贴 @ 2005-03-21, 发布时间 2005/03/15 22:36:13 by duscha,
    # or the poster's head: ggjjzhzz 发表于 2005-9-15 11:46:00 (the account alone before 发表于 and a date)
    # 本文网址：http://…: a print page's own address
    "url": re.compile(
        r"(?:本文网址|本文链接|原文链接|原文地址|原文网址)\s*[:：]\s*(?P<value>https?://[^\s<>\"'，。]+)"
    ),
    "poster": re.compile(
        r"由(?P<value>[^\s@:：，。]{2,20}?)(?:张贴|发表|发布)\s*[@于]?\s*(?:19|20)\d{2}"
        r"|\d{1,2}:\d{2}(?::\d{2})?\s+by\s+(?P<by>[A-Za-z0-9_\u4e00-\u9fff]{2,20})(?![\w\u4e00-\u9fff])"
        # a blog theme's post line: Posted on 2024年7月8日 by 某某
        r"|(?i:posted|published)\s+on\s+[^<>]{4,40}?\s+by\s+(?P<on_by>[A-Za-z0-9_\u4e00-\u9fff·]{2,20})(?![\w\u4e00-\u9fff])"
        r"|^(?!(?:本文|此文|该文|原文|文章|本帖|帖子|博文|日志)\s)(?P<at>[A-Za-z0-9_\u4e00-\u9fff]{2,20})\s+发表于\s*[:：]?\s*"
        r"(?:19|20)\d{2}\s*[-/.年]"
    ),
    # a name in brackets after the date: 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]
    # ... not a page's button in brackets after the date (2026年03月11日　【打印】【关闭】)
    "dated_name": re.compile(
        r"(?:\d{1,2}:\d{2}|\d日)\s*[\[【]\s*(?!(?:"
        + _NEXT_LABEL
        + "|"
        + _BUTTONS
        + r"))(?P<value>[\u4e00-\u9fff·]{2,4})\s*[\]】]\s*(?!\s*[:：])"
    ),
    # an English byline: "By Emily Zhang and Tom Baker" (the first name is the author hint)
    "byline": re.compile(
        r"^[Bb]y\s+(?P<value>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})"
        r"(?:(?:,|\s+and|\s*&)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*"
    ),
}
# A line is metadata when, with its labels, dates and values gone, little is left.
_LABELS = re.compile(
    r"(?:发布|發布|发表|發表|更新|录入|刊发|加入)?(?:时间|時間|日期)|发布|發布|发表|發表|来自|發表於|发表于|发布于|首发于|posted|by|"
    r"文章来源|新闻来源|信息来源|来源|來源|稿源|出处|作者|撰稿|责任编辑|責任編輯|责编|責編|编辑|編輯|记者|記者|点击数?|浏览|阅读|人气|字号|字体|大中小|次|[:：|｜丨/【】\[\]()（）·]"
)
# The same for English date lines: "Posted on Friday, September 13, 2024 | Markets",
# "March 21, 2024 8:14 AM UTC Updated 2 hours ago".
_EN_LABELS = re.compile(
    r"\b(?:posted|published|updated|last|on|at|am|pm|utc|gmt|[ecmp][sd]t|bst|cet|\d+\s*(?:hours?|hrs?|minutes?|mins?|days?)"
    r"\s+ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_DATE_BITS = re.compile(
    r"(?<![A-Za-z\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?![\d.])|(?:19|20)\d{2}\s*[-/.年\s]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?|星期.|周."
)
_MONTHS = {
    name: i
    for i, name in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "March 21, 2024 8:14 AM UTC", "Sept. 13, 2024", "13 September 2024, 15:02"
_EN_DATE = re.compile(
    r"\b(?:(?P<mon>"
    + _MONTH
    + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>"
    + _MONTH
    + r"),?)\s+(?P<year>(?:19|20)\d{2})\b(?:,?\s+(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?"
    r"\s*(?P<utc>UTC|GMT)?)?",
    re.IGNORECASE,
)
# Xinhua's header prints "2024 04/02 16:48:31" in three spans: the year, then month/day.
_SPACED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s+(\d{1,2})/(\d{1,2})(?!\d)")


def english_date(text: str) -> str | None:
    """An English date as ISO 8601: ``"March 21, 2024 8:14 AM UTC"`` → ``2024-03-21T08:14:00+00:00``."""
    match = _EN_DATE.search(text)
    if not match:
        return None
    month = _MONTHS[(match["mon"] or match["mon2"])[:3].lower()]
    try:
        day = dt.date(int(match["year"]), month, int(match["day"] or match["day2"]))
    except ValueError:
        return None
    if match["H"] is None:
        return day.isoformat()
    hour = int(match["H"]) % 12 + (12 if (match["ampm"] or "").lower().startswith("p") else 0)
    hour = hour if match["ampm"] else int(match["H"])
    try:
        moment = dt.datetime(
            day.year, day.month, day.day, hour, int(match["M"]), tzinfo=dt.UTC if match["utc"] else None
        )
    except ValueError:
        return day.isoformat()
    return moment.isoformat()


_WHOLE_BRACKETS = re.compile(r"\s*[（(]\s*(?P<inner>[^（()）]{2,40}?)\s*[)）]\s*")
# An ISO date whose two-digit day runs into a clock: 2025-06-2410:12:05
_GLUED_CLOCK = re.compile(r"((?<!\d)(?:19|20)\d{2}-\d{1,2}-\d{2})(?=[0-2]?\d:[0-5]\d)")


def line_date(text: str) -> str | None:
    """The date a short line gives: Chinese and ISO forms (``parse_date``), Xinhua's spaced year,
    or an English date.  A government notice's line dates the document first (发文日期, 成文日期)
    and its publication after (发布日期): the publication's date is the page's."""
    if _DOCUMENT_DATE_LABEL.search(text):
        labelled = _PUBLICATION_DATE_LABEL.search(text)
        if labelled:
            text = text[labelled.end() :]
    text = _skip_modified(_GLUED_CLOCK.sub(r"\1 ", text))
    published = parse_date(_SPACED_YEAR.sub(r"\1-\2-\3", text))
    return published or english_date(text)


# 已于 2024-03-02 11:20:35 修改　于 2024-02-28 09:41:12 首次发布; 更新时间：… 发布时间：…
_MODIFIED_BEFORE = re.compile(r"(?:修改|更新|最后编辑|编辑)(?:时间|日期|于)?\s*[:：]?\s*$")
_MODIFIED_AFTER = re.compile(r"\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:修改|更新|编辑)")


def _skip_modified(text: str) -> str:
    """A line giving two dates, one marked as a change (修改, 更新, 编辑于): the other one's part."""
    dates = list(_LINE_DATE.finditer(text))
    if len(dates) < 2:
        return text
    taken = 0  # where the text after the last date stops being that date's marker (修改于 …: 修改 is its)
    for index, match in enumerate(dates):
        before = text[max(taken, dates[index - 1].end() if index else 0) : match.start()][-8:]
        after = _MODIFIED_AFTER.match(
            text, match.end(), dates[index + 1].start() if index + 1 < len(dates) else len(text)
        )
        if after and not re.search(r"于\s*$", text[: match.start()]):
            after = None  # 发布时间：… 10:00 更新时间：…: the label is the next date's
        taken = after.end() if after else match.end()
        if not (_MODIFIED_BEFORE.search(before) or after):
            return text[match.start() :] if index else text
    return text


_LINE_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
# ... and so does a page's edit (更新时间：2025-03-07　发布时间：2025-03-05)
_DOCUMENT_DATE_LABEL = re.compile("|".join(DOCUMENT_DATE_LABELS + UPDATE_DATE_LABELS))
_PUBLICATION_DATE_LABEL = re.compile(r"(?:发布|發布|发表|發表|发稿)(?:日期|时间|時間|于)\s*[:：]?")


_DOMAIN = re.compile(r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", re.ASCII)
_FULL_DATE = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?:19|20)\d{2}\s+\d{1,2}/\d{1,2}"
    r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\b\d{1,2}\s+" + _MONTH + r",?\s+(?:19|20)\d{2}"
    r"|(?<![A-Za-z\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?![\d.])"  # 28.08.2019, day first
    r"|" + US_DATE_TIME.pattern,  # 9/17/2004 5:54:13 AM, month first
    re.IGNORECASE,
)


def _without_bylines(text: str) -> str:
    """The line without its reporter and bare-editor segments (解放日报记者 王海燕　编辑 徐超)."""
    kept = []
    for segment in _SEGMENTS.split(text.strip()):
        bare = _REPORTED_FROM.sub("", segment.strip())
        if not (_REPORTER.match(bare) or _BARE_EDITOR.match(bare)):
            kept.append(segment)
    return " ".join(kept)


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"'，。]+")


def _is_meta_line(text: str, found_any: bool) -> bool:
    if len(text) > 120:
        return False
    text = label_view(text)
    text = _DATE_AFTER.sub("", text) or text
    rest = _DATE_BITS.sub("", _EN_DATE.sub("", _DOMAIN.sub("", _WEB_ADDRESS.sub("", _without_bylines(text)))))
    # labelled values first (来源：中国青年报, 编辑：王晓宇_NE0011): once the labels are gone they
    # can no longer be told from text
    for pattern in LINE_PATTERNS.values():
        rest = pattern.sub("", rest)
    rest = _EN_LABELS.sub("", _LABELS.sub("", rest))
    rest = _NON_TEXT.sub("", rest)
    return found_any and len(rest) <= max(8, len(_NON_TEXT.sub("", text)) // 3)


def is_metadata_line(text: str) -> bool:
    """A short line that is only metadata: ``发布时间：2024-03-01　来源：市经济和信息化局``,
    ``March 21, 2024 8:14 AM UTC``, ``编辑｜苏建勋`` (no story sentence left once they are gone)."""
    text = label_view(text)
    if len(text) > 120 or not _MAYBE_META.search(text):
        return False
    return bool(read_line(text)) and _is_meta_line(text, True)


# Characters of the labels that a Hong Kong or Taiwan page prints in traditional script (記者,
# 來源, 編輯, 責任編輯, 發布時間, 轉載, 攝影, 點擊, 閱讀, 報導): a line holding one is read in its
# simplified form, so that one set of patterns reads both.
_TRADITIONAL_LABEL = re.compile(r"[記來編輯責發時間轉載攝點擊閱讀瀏覽報導訊圖於實習撰稿]")


def label_view(text: str) -> str:
    """The line as the patterns read it: in simplified script when it holds a traditional label."""
    if not _TRADITIONAL_LABEL.search(text):
        return text
    from aiwatch.clean.script import to_simplified

    converted = to_simplified(text)
    return converted if len(converted) == len(text) else text


# What ``read_line`` needs to find anything: a year, a label of LINE_PATTERNS, an English byline.
_MAYBE_META = re.compile(
    r"(?:19|20)\d{2}|来源|來源|稿源|出处|出品|首发于|发自|编|編|作者|撰稿|撰文|采写|记者|通讯员|文\s*[:：/｜丨]|^[Bb]y\s"
)


# ... or a two-character name padded to the width of three (本报记者  骆  清: a paper's e-paper)
_NAME = r"(?:[\u4e00-\u9fff]\s{1,4}[\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff·]{2,4})"
# 21世纪经济报道记者 杨帆 北京报道 / 财联社记者 史正丞 / 每经记者：可杨: the outlet before 记者 is the
# source when the page names no other, the names after it the authors.
# The names follow a blank or a colon, or an outlet before 记者: 记者注意到 is story, not a byline.
# The kind of reporter is no part of the outlet: 湖南日报全媒体记者 is 湖南日报's.
_REPORTER_KIND = r"(?:全媒体|融媒体|实习|见习|特约|首席|资深|驻站){0,2}"
# 本报记者 某某 本报通讯员 某某: a reporter's or correspondent's role between the names.
# ... with a colon or a slash after the role (记者/某某 通讯员/某某)
_ROLE_BETWEEN = rf"(?:(?:本报|本台|本网|本刊)?{_REPORTER_KIND}(?:记者|通讯员)\s*[:：/]?\s*)?"
_REPORTER = re.compile(
    rf"^{_ORNAMENT}?\s*"
    # a paper and its app between a slash (某某晚报/某某新闻记者): the outlet is the first
    rf"(?:(?P<outlet>[\w\u4e00-\u9fff][\w\u4e00-\u9fff·]{{1,15}}?)(?:[/／][\u4e00-\u9fff]{{2,8}}?)?\s*"
    rf"{_REPORTER_KIND}记者\s*[:：|｜/丨]?\s*"
    rf"|(?:本报|本台|本网|本刊)?{_REPORTER_KIND}(?:记者|通讯员|撰稿人?)(?:\s*[:：|｜/丨]\s*|\s+))"
    rf"(?!注意|了解|获悉|发现|看到|采访|调查|观察|梳理|询问|致电|查询|实地|走访|从|在|对|向|与|跟)"
    rf"(?P<names>{_NAME}(?:[\s、]+{_ROLE_BETWEEN}(?!{_CREDIT_MARK}\s*$){_NAME}){{0,3}})(?:\s*{_CREDIT_MARK})?(?:\s*\S{{0,6}}供图)?$"
)
_REPORTER_TAIL = re.compile(rf"[:：].*?\s(?P<tail>{_REPORTER_KIND}记者\s+{_NAME}(?:[\s、]+{_NAME}){{0,3}})$")
_REPORTER_IN_BRACKETS = re.compile(
    rf"[（(]\s*(?:本报)?{_REPORTER_KIND}(?:记者|作者|通讯员)\s*[:：]?\s*(?P<names>{_NAME}(?:[\s、]+{_NAME}){{0,3}})\s*[)）]"
)
_SLASH_BYLINE = re.compile(
    r"(?:^|(?<=[\s\d]))(?P<outlet>[\u4e00-\u9fff]{2,8})\s*[／/]\s*(?:记者|記者)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，][\u4e00-\u9fff]{2,4})*)\s*[／/]\s*[\u4e00-\u9fff]{2,8}?(?:报导|报道|報導)$"
)
# an outlet's mark of its own story in brackets beside the date: [某某在线 原创], 【某某网原创】
_OUTLET_ORIGINAL = re.compile(r"[\[【]\s*(?P<value>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)\s*原创\s*[\]】]")
# a community site's footer: 本文由 @某某 原创发布于某某网。未经作者许可，禁止转载
_POSTED_BY = re.compile(r"^本文由\s*@\s*(?P<names>[^\s@，。,]{2,16}?)\s*(?:原创)?(?:发布|发表|首发)于")
# 作者 某某 alone on its line, the label followed by a blank only (a site's author box)
_BARE_AUTHOR = re.compile(rf"^(?:作者|撰文)\s+(?P<names>{_NAME}(?:\s*[、，,]\s*{_NAME}){{0,3}})$")
_REPORTED_FROM = re.compile(r"\s+\S{0,6}报道$")
_REPORTER_HEAD = re.compile(
    rf"^(?P<outlet>[\u4e00-\u9fff]{{2,10}}?){_REPORTER_KIND}记者\s*[|｜丨]\s*(?P<names>{_NAME})(?=\s+(?:19|20)\d{{2}})"
)
_GLUED_OUTLET = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,8})(?=(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}.*(?:作者|记者|编辑|责编)\s*[:：])"
)
_FIRST_IN = re.compile(r"(?:^|\s)首发于\s*(?P<value>[\u4e00-\u9fffA-Za-z0-9]{2,16})$")
# 原创 某某 某某新闻记者: the names before their role and outlet (a paper's app header)
_NAME_BEFORE_ROLE = re.compile(
    rf"^(?:原创\s+)?(?P<names>{_NAME}(?:[\s、]+{_NAME}){{0,2}})\s+"
    rf"(?P<outlet>[\u4e00-\u9fff]{{2,10}}?){_REPORTER_KIND}(?:记者|通讯员)$"
)
# 某某 发自 某地: a tech outlet's byline naming where its writer files from
_SENT_FROM = re.compile(rf"^(?P<names>{_NAME}(?:[\s、]+{_NAME}){{0,2}})\s+发自\s+[\u4e00-\u9fff]{{2,8}}$")
# 编辑 徐超: an editor without a colon, as a segment of its own.
# ... and with the outlet's short name before it (每经编辑 某某), not another kind of editor's (图片编辑)
_BARE_EDITOR = re.compile(
    r"^(?:(?!图片|版面|美术|视觉|视频|流程|文字|排版)[\u4e00-\u9fff]{1,4}?)?(?:责任编辑|责编|编辑)\s+"
    # 编辑 收藏 举报: a post's buttons after its 编辑 button name no one
    rf"(?!(?:{_BUTTONS})(?:\s|$))(?P<names>{_NAME}(?:[\s、，,]+{_NAME}){{0,2}})$"
)
# 2025-03-18 10:59 央视网 / 新京报 2024-06-06 15:08 / 05.09.2023 · 欧洲时报: a date and the outlet alone.
# A label is no outlet: 发表于 2005年3月2日 09:15, 发布时间 2024-03-01 10:00, 2024-03-01 更新.
_OUTLET_WORD = (
    r"(?P<outlet>(?!(?:发表|发布|更新|修改|编辑于|发帖|录入|提交|上传|时间|日期)|(?:posted|updated|published)\b)"
    # 2025-03-05 09:12 星期三: the weekday is no outlet
    r"(?!日?\s*(?:星期|礼拜|周)[一二三四五六日天]$)"
    r"(?=[^\s·|｜]{0,15}[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,15}?)"
)
_DATED_OUTLET = re.compile(
    r"^(?:" + _OUTLET_WORD + r"\s*[·|｜]?\s*)?"
    r"(?P<date>(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s*[·|｜]?\s*" + _OUTLET_WORD.replace("outlet", "outlet2") + ")?$"
)
# ... and before a role with its outlet's short name: 每经记者：某某 每经编辑：某某
_SEGMENTS = re.compile(r"\s{2,}|\u3000+|\s+(?=[\u4e00-\u9fff]{0,6}?(?:责任编辑|编辑|责编|摄影)[\s:：丨｜|/])")
_SPACED_BARS = re.compile(r"\s+[|｜丨]\s+")
# An English line of an international page: "source AsiaTech Daily · by Lin Wei", "Source: Reuters".
_EN_SOURCE = re.compile(
    r"^source\s*[:\s]\s*(?P<source>[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,4})"
    r"(?:\s*[·|,]\s*by\s+(?P<by>[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3}))?\s*$",
    re.IGNORECASE,
)


def read_byline(text: str, found: dict[str, str]) -> None:
    """Reporters, a bare editor and a dated outlet in one short line (see the patterns above)."""
    # 某某新闻网 | 2026-07-21 16:20 | 记者：某某: fields between spaced bars, each read alone; a
    # labelled field (文/某某, 作者：某某) is read by its label, and the date and outlet left make a
    # dated outlet (2026.06.03 | 某某时报 | 文/某某)
    head = _REPORTER_HEAD.match(text.strip())
    if head:
        # 某某新闻记者 | 盛某 2024/07/02 10:24 来源：某某新闻: the reporter opening the line
        found.setdefault("author", head["names"])
        found.setdefault("byline_source", head["outlet"])
    first_in = _FIRST_IN.search(text.strip())
    if first_in:
        # 知乎 首发于某某手记: a post first published in a column; the column is its outlet
        found.setdefault("source", first_in["value"])
    sent_from = _SENT_FROM.match(text.strip())
    if sent_from:
        found.setdefault("author", sent_from["names"])
    before_role = _NAME_BEFORE_ROLE.match(text.strip())
    if before_role and before_role["outlet"] not in ("本报", "本台", "本网", "本刊"):
        found.setdefault("author", before_role["names"])
        found.setdefault("byline_source", before_role["outlet"])
    fields = _SPACED_BARS.split(text.strip())
    if len(fields) > 1:
        kept = [f for f in fields if not (_REPORTER.match(_REPORTED_FROM.sub("", f)) or _labelled(f))]
        for field in fields:
            if field not in kept:
                read_byline(field, found)
        if len(kept) < len(fields) and kept:
            read_byline(" | ".join(kept), found)
        if len(kept) < len(fields):
            return
    for segment in _SEGMENTS.split(text.strip()):
        segment = _REPORTED_FROM.sub("", segment.strip())
        reporter = _REPORTER.match(segment)
        if reporter:
            found.setdefault("author", reporter["names"])
            if reporter["outlet"]:
                found.setdefault("byline_source", reporter["outlet"])
            continue
        editor = _BARE_EDITOR.match(segment)
        if editor:
            found.setdefault("editor", editor["names"])
    original = _OUTLET_ORIGINAL.search(text)
    if original:
        found.setdefault("source", original["value"])  # [某某在线 原创]: the site's own story
    posted = _POSTED_BY.match(text.strip())
    if posted:
        found.setdefault("author", posted["names"])  # 本文由 @某某 原创发布于某某网: the writer's handle
    bare = _BARE_AUTHOR.match(text.strip())
    if bare:
        found.setdefault("author", bare["names"])  # 作者 某某: the label and the names a blank apart
    note = _REPORTER_IN_BRACKETS.search(text)
    if note and "author" not in found:
        found["author"] = note["names"]  # 来源：某某日报（记者 某某）
    if "author" not in found:
        # 发布：2026-01-05 09:12 来源：某某报 记者 王某: the byline closing a labelled line, one blank
        # after the source's value (the page's full-width blanks were made plain).
        tail = _REPORTER_TAIL.search(text.strip())
        reporter = _REPORTER.match(tail["tail"]) if tail else None
        if reporter:
            found["author"] = reporter["names"]
    english = _EN_SOURCE.match(text.strip())
    if english:
        found.setdefault("source", english["source"].strip())
        if english["by"]:
            found.setdefault("author", english["by"].strip())
    dated = _DATED_OUTLET.match(text.strip())
    if dated and (dated["outlet"] or dated["outlet2"]) and not (dated["outlet"] and dated["outlet2"]):
        outlet = (dated["outlet"] or dated["outlet2"]).strip()
        # 柯某 · 2025-03-05 09:12: a person's name beside the date is the writer's; a word of two
        # characters before it (体验 2019-03-21 12:10) is the story's section, no outlet
        if person_like(outlet):
            found.setdefault("author", outlet)
        elif len(outlet) >= 3:
            found.setdefault("source", outlet)


def _labelled(field: str) -> bool:
    """A field that opens with the label of a source, an author or an editor (来源：…, 文/…)."""
    return any(LINE_PATTERNS[key].match(field) for key in ("source", "author", "editor"))


# The patterns whose value is the author.
_HINT_OF = {"byline": "author", "poster": "author", "dated_name": "author"}


def _unbracket(value: str) -> str:
    """Brackets around a value go; a closing one that closes a bracket inside the value stays
    (区科技局（区数据局）)."""
    value = value.strip("（()【[").rstrip("】]")
    while value and value[-1] in "）)" and value.count("（") + value.count("(") < value.count("）") + value.count(")"):
        value = value[:-1]
    return value


# A date (with its clock) closing a line, glued to what precedes it or after a blank.
_DATE_AFTER = re.compile(
    r"\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$"
)


def read_line(text: str) -> dict[str, str]:
    """Hints in one short line: ``"2005-5-7 21:23:57 来源：看中国"`` → published and source."""
    found: dict[str, str] = {}
    if len(text) > 160:
        return found
    # the date's span and the clock's, joined (2025-06-2410:12:05): a blank between them
    text = _GLUED_CLOCK.sub(r"\1 ", text)
    # a line wholly in brackets under the story (（编辑 某某）): what the brackets hold
    bracketed = _WHOLE_BRACKETS.fullmatch(text)
    if bracketed:
        text = bracketed["inner"]
    # the labels read in simplified script, the values kept as printed (same length, same places)
    printed, text = text, label_view(text)
    if _FULL_DATE.search(text):
        published = line_date(text)
        if published:
            found["published"] = published
    for key, pattern in LINE_PATTERNS.items():
        match = pattern.search(text)
        if match:
            group = next((name for name in ("value", "by", "at", "on_by") if match.groupdict().get(name)), None)
            value = printed[match.start(group) : match.end(group)] if group else ""
            found.setdefault(_HINT_OF.get(key, key), _unbracket(value))
    if "chief_editor" in found:
        found["editor"] = found.pop("chief_editor")
    if len(text) <= 60:
        # 某某报记者 某某2025-03-05 09:12: the byline's span and the time's, joined; the byline read
        # without the date after it
        read_byline(text, found)
        bare = _DATE_AFTER.sub("", text)
        if bare != text and "author" not in found:
            reporter: dict[str, str] = {}
            read_byline(bare, reporter)
            for key in ("author", "byline_source"):
                if key in reporter:
                    found.setdefault(key, reporter[key])
        slashed = _SLASH_BYLINE.search(text)
        if slashed:  # 某某報／記者某某／某地即時報導 (a Taiwan paper's byline, read before conversion)
            found.setdefault("source", slashed["outlet"])
            found.setdefault("author", slashed["names"])
    glued = _GLUED_OUTLET.match(text.strip())
    if glued and "source" not in found:
        # 某某财经2025-03-05 21:12:33作者：某某责编：某某: the outlet's span glued to the date's; a
        # person's name there is the writer's span (柯某2025-03-05 09:12), no outlet
        found["stamp_author" if person_like(glued["outlet"]) else "stamp_source"] = glued["outlet"]
    if "source" not in found and "author" not in found:
        # names beside one date, none labelled (江湾观察 · 某某 · 2025-03-05, 阅读 1024 · 日期 · 某号)
        stamped = read_stamp_line(text) or []
        names = [f.value for f in stamped if f.field == "source"]
        writer = next((name for name in names if person_like(name)), None)
        outlet = next((name for name in names if name != writer and len(name) >= 3), None)
        # weaker than a self-media page's account box (the writer's name may stand first on its line)
        if writer:
            found["stamp_author"] = writer
        if outlet:
            found["stamp_source"] = outlet
    return found


# A date line under a post, not over it: "发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)",
# "〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓".  On a blog or forum page it
# closes the post; what follows is comments and replies.
# ... or a dated line with the post's counters: "由海姑娘张贴 @ 2005-03-21 01:20:44 (359) 共 3 篇评论",
# "作者:zboygirl 阅读(1660) 评论(5) 发表于:2005-07-31 12:30".
_POSTED = re.compile(
    r"发表于|发布于|发表时间|发布时间|发帖时间|posted|张贴|\d+\s*[篇条]评论|(?:评论|阅读|浏览)\s*[(（:：]?\s*\d+",
    re.IGNORECASE,
)
# Labels that make a date line the publication date: 发布时间：2020-12-10, 日期：2005-08-16
_DATED = re.compile(_POSTED.pattern + r"|时间\s*[:：]|日期\s*[:：]|更新于", re.IGNORECASE)


# The head of the first reply on a forum page: "作者：天涯过客 回复日期：2005-9-7 11:57:00",
# "2楼", "沙发".  It opens someone else's text, so the story ends before it.
# Discuz numbers its floors "2#", "#3".
_REPLY = re.compile(
    r"回复日期|回复时间|回复于|^(?:[2-9]|\d{2,})楼|^(?:沙发|板凳|地板)$|^(?:[2-9]|\d{2,4})#$|^#(?:[2-9]|\d{2,4})$"
)


def post_footer(lines, body_start: int, body_end: int, min_chars: int = 120) -> tuple[int, int | None]:
    """Where the story's own text ends when a post footer or a reply head cuts the run.

    Returns the new end and the index of the footer line, if one: a post footer ("发表于
    2004年12月27日 12:40") stays in reach for its date but leaves the body; a reply head is cut off.
    """
    seen = 0
    for i in range(body_start, body_end):
        text = lines[i].text
        if seen >= min_chars and len(text) <= 120:
            if _REPLY.search(text):
                # The replier's name and counters stand before the floor number ("深夜码农",
                # "积分 120", "帖子 30", "2#"): short bare lines, no part of the post.
                while i > body_start + 1 and lines[i - 1].chars <= 15 and lines[i - 1].punct == 0:
                    i -= 1
                return i, None
            if _POSTED.search(text) and _FULL_DATE.search(text):
                return i + 1, i
        seen += lines[i].chars
    return body_end, None


_CLOSING_BYLINE = re.compile(r"[（(]\s*(?P<inner>[^（()）]{2,30}?)\s*[)）]\s*$")
# an office of the body that wrote it and the writer, closing a notice: （门诊部 某某）, （宣传科 某某 某某）
_UNIT_WRITER = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:部|科|处|室|办|中心|办公室|站|所|队)\s+"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,2})$"
)
# 赵延东、风笑天 alone under the headline: the authors of an essay or a paper.
_NAMES_ONLY = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4}|\s+[\u4e00-\u9fff·]{2,4}){0,2}$")
_SENTENCE_END = re.compile(r"[。！？!?；;，,：:]$")


def _name_line(lines, first: int, body_start: int) -> int | None:
    """A line of one to three names alone between a heading and the story's first paragraph; the
    first name must start with a common surname (推荐 我要说说, 相关专题 are links, not names), or
    the page's title must credit it (a pen name such as 茉莉 under 茉莉：我是怎样卷入八九民运的)."""
    from aiwatch.analyze.entities import COMPOUND_SURNAMES, SURNAMES

    for i in range(max(first, 1), min(len(lines) - 1, body_start + 4)):
        text = lines[i].text.strip()
        heading = lines[i - 1]
        # the story, or a subtitle and a section heading over it (胡平 / ——对文化革命的政治心理学分析 /
        # 一、理解文革的一个重要内容 / 文化革命是一场…)
        story = max(lines[i + 1 : i + 4], key=lambda line: line.chars)
        if (
            _NAMES_ONLY.match(text)
            and (text[0] in SURNAMES or text[:2] in COMPOUND_SURNAMES or _credited_in_title(lines, i, text))
            and 2 <= heading.chars <= 40
            and not _SENTENCE_END.search(heading.text.strip())
            and not _NAMES_ONLY.match(heading.text.strip())
            and story.chars >= 20
        ):
            return i
    return None


def _credited_in_title(lines, i: int, name: str) -> bool:
    """A line shortly above the name reads ``name：heading`` (the page's headline credits the
    writer in front of the title, as essay and opinion sites do)."""
    heading = lines[i - 1].text.strip()
    for j in range(max(0, i - 4), i - 1):
        text = _NON_TEXT.sub("", lines[j].text)
        if re.fullmatch(re.escape(name) + r"\s*[:：]\s*" + re.escape(_NON_TEXT.sub("", heading)), text):
            return True
    return False


# A date the page labels as an edit: "已于 2023-11-09 10:12:45 修改" stands above "于 2023-11-08
# 21:30:02 首次发布" on a CSDN post; it is the publication date only when no other date is there.
_MODIFIED = re.compile(r"修改|更新|最后编辑|updated|modified", re.IGNORECASE)


def _first_date(lines, indices, labelled: bool = False, partial: bool = False) -> str | None:
    indices = list(indices)
    modified = [i for i in indices if _MODIFIED.search(lines[i].text)]
    for i in [i for i in indices if i not in modified] + modified:
        text = lines[i].text
        if len(text) > 80 or (labelled and not _DATED.search(text)):
            continue
        if _FULL_DATE.search(text) or (partial and _YEAR_MONTH_LINE.search(text)):
            published = line_date(text)
            if published:
                return published
    return None


# "——《北京之春》1998年3月号": an issue date closing an essay.
_YEAR_MONTH_LINE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")


_FAMILIES = (("source", "stamp_source", "byline_source"), ("author", "stamp_author"))


def _fields(line) -> str:
    """A line as its fields read: a blank where two of its inline elements meet (extract's ``spaced``)."""
    return getattr(line, "spaced", None) or line.text


def read_fields(line) -> dict[str, str]:
    """``read_line`` of the line's fields apart, then of its text as printed for what they left
    unnamed: 某某财经2025-03-05 21:12:33作者：… reads its outlet glued to the date."""
    spaced = getattr(line, "spaced", None)
    found = read_line(spaced or line.text)
    if spaced:
        for key, value in read_line(line.text).items():
            family = next((f for f in _FAMILIES if key in f), (key,))
            if not any(k in found for k in family):
                found[key] = value
    return found


def line_hints(lines, title_index: int, body_start: int, body_end: int) -> tuple[dict[str, str], set[int]]:
    """Hints from the lines between the headline and the story's first lines, and the tail.

    Returns the hints (first found wins) and the indices of the lines that are only metadata.
    """
    first = title_index + 1 if title_index >= 0 else max(0, body_start - 8)
    head = list(range(first, min(body_end, body_start + 4)))
    tail = list(range(max(body_start + 4, body_end - 4), body_end))
    hints: dict[str, str] = {}
    meta_lines: set[int] = set()
    # The editor's line just under the story ("责任编辑：孙重远", "(责编：萧潇、张妍)") scores as
    # metadata, not story, so the run ends above it: read the metadata lines among the next few.
    after = [i for i in range(body_end, min(len(lines), body_end + 3)) if is_metadata_line(lines[i].text)]
    # ... and on through a block of them (【作者】…, 【来源】…, 编辑 某某 under an app's story)
    while after and after[-1] + 1 < min(len(lines), body_end + 8) and after[-1] >= body_end + 2:
        if not is_metadata_line(lines[after[-1] + 1].text):
            break
        after.append(after[-1] + 1)
    # a community site's rights line under the story names the writer (本文由 @某某 原创发布于…)
    after += [
        i for i in range(body_end, min(len(lines), body_end + 3)) if i not in after and _POSTED_BY.match(lines[i].text)
    ]
    # Xinhua prints the time and 来源：新华网 above the headline: metadata lines just over it count too.
    over = [i for i in range(max(0, title_index - 3), title_index) if is_metadata_line(lines[i].text)]
    chief = None
    for i in head + tail + after + over:
        found = read_fields(lines[i])
        published = found.pop("published", None)
        if chief is None and found.get("editor") and LINE_PATTERNS["chief_editor"].search(lines[i].text):
            chief = found["editor"]
        for key, value in found.items():
            hints.setdefault(key, value)
        if (found or published) and _is_meta_line(_fields(lines[i]), True):
            meta_lines.add(i)
    if chief:
        hints["editor"] = chief  # 编辑：A on one line, 责任编辑：B on the next: B is in charge
    if "author" not in hints or "editor" not in hints:
        # 组委会还成立了…俱乐部。(信报记者 蔡雪婧): a byline in brackets closing the story's last paragraph.
        for i in range(body_end - 1, max(body_start, body_end - 2) - 1, -1):
            closing = _CLOSING_BYLINE.search(lines[i].text)
            if closing:
                found: dict[str, str] = {}
                read_byline(closing["inner"], found)
                unit = _UNIT_WRITER.match(closing["inner"].strip())
                if unit and "author" not in found and all(map(person_like, unit["names"].split())):
                    found["author"] = unit["names"]  # （门诊部 某某）: the office and its writer
                for key in ("author", "editor"):
                    if key in found:
                        hints.setdefault(key, found[key])
    if "author" not in hints:
        name_line = _name_line(lines, first, body_start)
        if name_line is not None:
            hints["author"] = lines[name_line].text.strip()
            meta_lines.add(name_line)
    if title_index >= 0 and body_start - title_index <= 10:
        # The first date under the headline: "2005-5-7 21:23:57 作者：茉莉".
        hints["published"] = _first_date(lines, range(title_index + 1, min(body_end, body_start + 4)))
    if not hints.get("published") and title_index >= 0:
        hints["published"] = split_date(lines, range(max(0, title_index - 4), min(body_end, body_start + 4)))
    if not hints.get("published") and title_index >= 0:
        # 03-05 09:12 in the info line, no year: the metadata stage takes the year from the URL or
        # from the page's other dates
        for i in range(max(0, title_index - 3), min(body_end, body_start + 4)):
            partial = partial_date(lines[i].text)
            if partial and i != title_index and _is_meta_line(_PARTIAL_DATE.sub("", lines[i].text), True):
                hints["partial_date"] = partial
                meta_lines.add(i)
                years = [
                    date[:4]
                    for line in lines
                    if _FULL_DATE.search(line.text)
                    for date in [line_date(line.text)]
                    if date
                ]
                if years:
                    hints["page_year"] = Counter(years).most_common(1)[0][0]
                break
    if not hints.get("published") and "partial_date" not in hints:
        # A date printed above the headline or just before the story ("2004-12-27 12:40").
        # A labelled one first, else the one nearest above the story (a sidebar's "建立于:2004年10月6日"
        # stands further up than the headline's "ggjjzhzz 发表于 2005-9-15 11:46:00").
        above = range(max(0, body_start - 20), min(body_end, body_start + 4))
        published = _first_date(lines, above, labelled=True)
        nearest = [*range(body_start - 1, max(0, body_start - 20) - 1, -1), *range(body_start, above.stop)]
        published = published or _first_date(lines, nearest)
        # else the post's own footer under the story ("发表于:2005-07-31 12:30"), then any date
        # right under it, then an issue month closing an essay ("1998年3月号").
        after = range(max(body_start, body_end - 3), min(len(lines), body_end + 6))
        published = published or _first_date(lines, after, labelled=True)
        published = published or _first_date(lines, range(body_end, min(len(lines), body_end + 3)))
        published = published or _first_date(lines, range(max(body_start, body_end - 2), body_end), partial=True)
        hints["published"] = published
    if not hints.get("published"):
        hints.pop("published", None)
    return hints, meta_lines


# A date without its year in an info line: 03-05 09:12, 3月5日 09:12 (the clock makes it a date)
_PARTIAL_DATE = re.compile(
    r"(?<![\d年/.\-])(\d{1,2})\s*(?:[-/]|月)\s*(\d{1,2})\s*日?\s+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?![\d:])"
)


def partial_date(text: str) -> str | None:
    """``"03-05 09:12"`` → ``"03-05T09:12"`` (month, day and clock of a line that prints no year)."""
    if len(text) > 80 or _FULL_DATE.search(text):
        return None
    match = _PARTIAL_DATE.search(text)
    if not match:
        return None
    month, day, hour, minute = (int(g) for g in match.groups()[:4])
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60):
        return None
    seconds = f":{int(match[5]):02d}" if match[5] else ""
    return f"{month:02d}-{day:02d}T{hour:02d}:{minute:02d}{seconds}"


_YEAR_PART = re.compile(r"((?:19|20)\d{2})\s*年?")
_MONTH_DAY_PART = re.compile(r"(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")
_DAY_PART = re.compile(r"(\d{1,2})\s*日?")
_YEAR_MONTH_PART = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*月?")


def split_date(lines, indices) -> str | None:
    """A date a page prints over two lines of their own (a calendar-leaf box beside the headline):
    the year, then the month and day (2023 / 11.20); the day, then the year and month (20 /
    2023-11); the month and day, then the year (11-20 / 2023)."""
    indices = [i for i in indices if i + 1 < len(lines)]
    for i in indices:
        first, second = lines[i].text.strip(), lines[i + 1].text.strip()
        if len(first) > 8 or len(second) > 8:
            continue
        year = month = day = None
        if (a := _YEAR_PART.fullmatch(first)) and (b := _MONTH_DAY_PART.fullmatch(second)):
            year, month, day = a[1], b[1], b[2]
        elif (a := _DAY_PART.fullmatch(first)) and (b := _YEAR_MONTH_PART.fullmatch(second)):
            year, month, day = b[1], b[2], a[1]
        elif (a := _MONTH_DAY_PART.fullmatch(first)) and (b := _YEAR_PART.fullmatch(second)):
            year, month, day = b[1], a[1], a[2]
        if year:
            with contextlib.suppress(ValueError):
                return dt.date(int(year), int(month), int(day)).isoformat()
    return None
