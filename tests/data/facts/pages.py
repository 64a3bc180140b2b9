# ruff: noqa: E501
"""The facts evaluation set: articles written by us in the shapes real pages have, with hand-made gold.

Each article is a ``Spec`` (in ``articles.py`` here for the dev set, ``../facts_blind/articles.py``
for the blind set, which is never tuned on).  A spec holds the story's paragraphs, its metadata as
a careful reader would give it (title, published date and precision, source, author, editor, url),
and the facts in the story: typed events with their date, precision and arguments, entities
(PER/ORG/LOC/PRODUCT names) and figures (value, unit, year).  The page shape (a portal article, a
government notice, a WeChat post, a JSON-LD page, plain text, a 标题/链接/总结 record, a Markdown
post) is one of the renderers below; each renderer puts the metadata where that kind of page puts
it, so the same gold tests reading it from meta tags, JSON-LD, bylines, URLs or text lines.

    python tests/data/facts/pages.py [dev|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|meta1|meta2|meta3|meta4] [FOLDER]   # writes <id>.<ext> and gold.jsonl

Only the specs and renderers are kept in git; bench/eval_facts.py builds the files into a temporary
folder with ``build_set``.  Gold conventions (see README.md here): an event's ``date`` is ISO at its
``precision`` (day, month, year) or the publish date with precision ``around`` for 近日/日前; an event
about the future (计划/将/预计/拟) has ``future: true``; entities are listed once per article by
name and type; figures by value and normalised unit (元, 美元, %, 百分点, 家, 个, 人, ...), with the
year the figure describes (null when the text does not give it).
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import json
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = {
    "dev": HERE / "articles.py",
    "blind": HERE.parent / "facts_blind" / "articles.py",
    "blind2": HERE.parent / "facts_blind2" / "articles.py",
    "blind3": HERE.parent / "facts_blind3" / "articles.py",
    "blind4": HERE.parent / "facts_blind4" / "articles.py",
    "blind5": HERE.parent / "facts_blind5" / "articles.py",
    "blind6": HERE.parent / "facts_blind6" / "articles.py",
    "blind7": HERE.parent / "facts_blind7" / "articles.py",
    "blind8": HERE.parent / "facts_blind8" / "articles.py",
    "blind9": HERE.parent / "facts_blind9" / "articles.py",
    "blind10": HERE.parent / "facts_blind10" / "articles.py",
    "blind11": HERE.parent / "facts_blind11" / "articles.py",
    "blind12": HERE.parent / "facts_blind12" / "articles.py",
    "blind13": HERE.parent / "facts_blind13" / "articles.py",
    "blind14": HERE.parent / "facts_blind14" / "articles.py",
    "blind15": HERE.parent / "facts_blind15" / "articles.py",
    "blind16": HERE.parent / "facts_blind16" / "articles.py",
    "blind17": HERE.parent / "facts_blind17" / "articles.py",
    "meta1": HERE.parent / "facts_meta1" / "articles.py",
    "meta2": HERE.parent / "facts_meta2" / "articles.py",
    "meta3": HERE.parent / "facts_meta3" / "articles.py",
    "meta4": HERE.parent / "facts_meta4" / "articles.py",
}


@dataclass
class Event:
    type: str  # funding launch policy appointment partnership ipo ma project_opening licence other
    date: str | None
    precision: str | None  # day | month | year | around
    anchor: str  # words of the sentence that states the event (matched against the event's text)
    arguments: dict[str, str] = field(default_factory=dict)
    future: bool = False


@dataclass
class Figure:
    value: float
    unit: str
    year: int | None
    text: str


@dataclass
class Spec:
    id: str
    kind: str  # the renderer
    title: str
    published: str | None  # ISO date (or datetime) at `precision`
    precision: str | None  # day | month | year
    source: str | None
    author: str | None
    editor: str | None
    url: str | None
    paragraphs: list[str]
    events: list[Event] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # "名称/TYPE"
    figures: list[Figure] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)  # failure patterns this article covers
    page: dict = field(default_factory=dict)  # renderer knobs: time, site, page_title, lines, ...
    promo: bool = False  # the page's article box holds a promo, not the story: a warning is expected
    technologies: list[str] | None = None  # taxonomy names a reader would tag (None: not annotated)
    industries: list[str] | None = None
    # "all": every fact is annotated; "metadata": only title, published, source, author, editor, url
    # and the story's text (a page-shape set: events, entities and figures are not scored)
    scope: str = "all"


def ev(type_: str, date: str | None, precision: str | None, anchor: str, future: bool = False, **arguments) -> Event:
    return Event(type_, date, precision, anchor, {k: v for k, v in arguments.items() if v}, future)


def fig(value: float, unit: str, year: int | None, text: str) -> Figure:
    return Figure(value, unit, year, text)


# --- renderers ----------------------------------------------------------------------------------

E = htmllib.escape


def ps(paragraphs: list[str], fmt: str = "<p>{}</p>") -> str:
    return "\n".join(fmt.format(E(p)) for p in paragraphs)


def hhmm(spec: Spec) -> str:
    return spec.page.get("time", "10:00")


def head(spec: Spec, extra: str = "", title: str | None = None) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(title or spec.page.get("page_title") or spec.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{extra}
</head>"""


NAV = '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/tech">科技</a> <a href="/finance">财经</a> <a href="/auto">汽车</a> <a href="/app">客户端</a></div>'
FOOT = '<div class="footer"><a href="/about">关于我们</a> | <a href="/ad">广告服务</a> | <a href="/contact">联系我们</a> | <a href="/jobs">招聘</a><p>Copyright © 2025 版权所有 未经授权禁止转载</p></div>'


def related(site: str) -> str:
    items = [
        "算力租赁价格下行，中小模型公司迎来窗口期",
        "多地发布具身智能专项政策",
        "一图读懂今年数字经济重点任务",
        "国产AI芯片出货量再创新高",
    ]
    return (
        '<div class="related"><h3>相关阅读</h3><ul>'
        + "".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(items))
        + f"</ul><p>更多精彩请关注{site}</p></div>"
    )


def render_sina(spec: Spec) -> tuple[str, str]:
    """Portal article: og tags and article:published_time, a date-source line, 责任编辑 at the end."""
    y, m, d = spec.published[:10].split("-")
    byline = f'<p class="byline">{E(spec.page["byline"])}</p>' if spec.page.get("byline") else ""
    editor = (
        f'<p class="show_author">责任编辑：{E(spec.page.get("editor_raw", spec.editor))}</p>' if spec.editor else ""
    )
    meta = (
        f'<meta property="og:title" content="{E(spec.title)}">\n<meta property="og:url" content="{E(spec.url)}">\n'
        f'<meta property="article:published_time" content="{spec.published[:10]}T{hhmm(spec)}:00+08:00">\n'
        f'<meta name="mediaid" content="{E(spec.source)}">'
    )
    site = spec.page.get("site", "新浪科技")
    page_title = f"{spec.title}_{site}_新浪网"
    return (
        "html",
        f"""{head(spec, meta, page_title)}
<body>{NAV}
<div class="channel-path"><a href="/tech">{site}</a> &gt; <a href="/tech/ai">人工智能</a> &gt; 正文</div>
<h1 class="main-title">{E(spec.title)}</h1>
<div class="date-source"><span class="date">{y}年{m}月{d}日 {hhmm(spec)}</span> <a class="source" href="#">{E(spec.source)}</a></div>
<div class="article" id="artibody">
{byline}
{ps(spec.paragraphs, "<p>　　{}</p>")}
{editor}
</div>
{related(site)}
{FOOT}</body></html>
""",
    )


def render_netease(spec: Spec) -> tuple[str, str]:
    """Netease-like: the portal in <meta name="author">, 来源 in the info line, 本文来源/作者 and the
    editor with a work code under the story."""
    stamp = spec.published.replace("T", " ")[:16] if "T" in spec.published else f"{spec.published} {hhmm(spec)}"
    author = f" 作者：{E(spec.author)}" if spec.author else ""
    editor = f"<br>责任编辑：{E(spec.editor)}_{spec.page.get('code', 'NBJ11261')}" if spec.editor else ""
    meta = (
        '<meta name="author" content="网易">\n<meta name="copyright" content="网易">\n'
        + f'<link rel="canonical" href="{E(spec.url)}">'
    )
    return (
        "html",
        f"""{head(spec, meta, spec.title + "_网易科技")}
<body>{NAV}
<div class="post_main"><h1 class="post_title">{E(spec.title)}</h1>
<div class="post_info">{stamp}:{spec.page.get("seconds", "21")}　来源: <a href="#">{E(spec.source)}</a>　<a href="#">举报</a></div>
<div class="post_body">
{ps(spec.paragraphs)}
<div class="post_author">本文来源：{E(spec.source)}{author}{editor}</div>
</div></div>
<div class="post_comment">跟贴 <a href="#">0</a> 参与 0</div>
{related("网易科技")}
{FOOT}</body></html>
""",
    )


def render_jsonld(spec: Spec) -> tuple[str, str]:
    """A site that gives its facts only in JSON-LD; the page title carries a "|" site suffix; the
    story has section headings (<h2>) that are not its title."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": spec.title,
        "datePublished": f"{spec.published[:10]}T{hhmm(spec)}:00+08:00",
        "author": [{"@type": "Person", "name": n} for n in (spec.author or "").split("、") if n],
        "publisher": {"@type": "Organization", "name": spec.page.get("publisher", spec.source)},
        "mainEntityOfPage": spec.url,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": n} for i, n in enumerate(["首页", "科技", "人工智能"])
        ],
    }
    body = []
    for p in spec.paragraphs:
        body.append(f"<h2>{E(p[2:])}</h2>" if p.startswith("##") else f"<p>{E(p)}</p>")
    editor = f'<p class="editor">（编辑：{E(spec.editor)}）</p>' if spec.editor else ""
    site = spec.page.get("site", spec.source)
    meta = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>'
    return (
        "html",
        f"""{head(spec, meta, f"{spec.title} | {site}")}
<body>{NAV}
<nav class="breadcrumb">首页 &gt; 科技 &gt; 人工智能</nav>
<article><h1>{E(spec.title)}</h1>
<div class="meta"><span class="author">{E(spec.author or "")}</span></div>
{chr(10).join(body)}
{editor}
</article>
{related(site)}
{FOOT}</body></html>
""",
    )


def render_urldate(spec: Spec) -> tuple[str, str]:
    """No date anywhere but the URL (/20240527/, /2024/0418/, 202504263797.html); a 来源/作者 line."""
    author = (
        f"　作者：{E(spec.page.get('author_raw', spec.author))}" if spec.author or spec.page.get("author_raw") else ""
    )
    source = spec.page.get("source_raw", spec.source)
    editor = f"<p>责编：{E(spec.editor)}</p>" if spec.editor else ""
    meta = f'<link rel="canonical" href="{E(spec.url)}">\n<meta name="keywords" content="人工智能,大模型">'
    return (
        "html",
        f"""{head(spec, meta, spec.title + " - " + spec.page.get("site", "科技频道"))}
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/kj">科技</a> &gt; 正文</div>
<div class="content"><h1>{E(spec.title)}</h1>
<div class="info">来源：{E(source)}{author}　<span>阅读：{len(spec.paragraphs) * 137}</span></div>
<div class="text">
{ps(spec.paragraphs)}
{editor}
</div></div>
{related("科技频道")}
{FOOT}</body></html>
""",
    )


def render_gov(spec: Spec) -> tuple[str, str]:
    """Government site: 当前位置 breadcrumbs, a "时间:2023-06-13 来源:..." line, 字号/打印 tools."""
    line = spec.page.get("line") or f"时间:{spec.published[:10]}　来源:{spec.source}"
    editor = f'<div class="bjxx">（责任编辑：{E(spec.editor)}）</div>' if spec.editor else ""
    meta = f'<meta name="SiteName" content="{E(spec.page.get("site", "某市人民政府"))}">\n<meta name="ColumnName" content="工作动态">'
    return (
        "html",
        f"""{head(spec, meta, spec.title)}
<body><div class="top"><img src="/images/logo.png" alt="{E(spec.page.get("site", "某市人民政府"))}"></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/gzdt">工作动态</a></div>
<div class="article"><div class="title">{E(spec.title)}</div>
<div class="info">{E(line)}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="javascript:print()">打印</a></div>
<div class="TRS_Editor">
{ps(spec.paragraphs, '<p style="text-indent:2em">{}</p>')}
</div>
{editor}
</div>
<div class="footer">主办单位：{E(spec.page.get("site", "某市人民政府"))}办公厅 网站标识码：1100000001 京ICP备05000000号</div></body></html>
""",
    )


def render_wechat(spec: Spec) -> tuple[str, str]:
    """WeChat post: the account name (the source) in profile_nickname, the writer in meta author,
    the time in <em id="publish_time"> and a unix stamp in script."""
    author_meta = (
        f'<meta name="author" content="{E(spec.page.get("author_raw", spec.author or ""))}">'
        if spec.page.get("author_raw", spec.author)
        else ""
    )
    meta = f'<meta property="og:title" content="{E(spec.title)}">\n<meta property="og:type" content="article">\n{author_meta}'
    stamp = spec.page.get("stamp", f"{spec.published[:10]} {hhmm(spec)}")
    return (
        "html",
        f"""{head(spec, meta, spec.title)}
<body id="activity-detail"><div class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">{E(spec.title)}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">{E(spec.page.get("author_raw", spec.author or ""))}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{E(spec.source)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{E(stamp)}</em></div>
<div class="rich_media_content" id="js_content">
{ps(spec.paragraphs, '<section><span style="font-size:15px">{}</span></section>')}
</div>
<div class="profile_inner"><strong class="profile_nickname">{E(spec.source)}</strong><p class="profile_meta">功能介绍 关注人工智能产业的一切</p></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
</div>
<script>var ct = "{spec.page.get("ct", "")}"; var nickname = "{E(spec.source)}";</script>
</body></html>
""",
    )


def render_baijiahao(spec: Spec) -> tuple[str, str]:
    """Self-media post on a portal platform: the account in the author box, 发布时间 in a span."""
    stamp = spec.page.get("stamp", f"{spec.published[:10]} {hhmm(spec)}")
    meta = '<meta name="author" content="百家号">\n<meta property="og:site_name" content="百家号">'
    return (
        "html",
        f"""{head(spec, meta, spec.title)}
<body><div class="header">百度首页 登录</div>
<div class="article-title"><h2>{E(spec.title)}</h2></div>
<div class="article-source"><div class="author-box"><p class="author-name">{E(spec.source)}</p>
<span class="date">发布时间：{E(stamp)}</span><span class="account-authentication">{E(spec.page.get("auth", "科技领域创作者"))}</span></div></div>
<div class="article-content">
{ps(spec.paragraphs, '<div class="p"><span class="bjh-p">{}</span></div>')}
</div>
<div class="report">举报/反馈</div>
</body></html>
""",
    )


def render_text(spec: Spec) -> tuple[str, str]:
    """Plain scraped text: lines as given in ``page["lines"]`` around the title and the story
    ({title} and {body} mark where they go)."""
    lines = spec.page.get("lines", ["{title}", "{body}"])
    out = []
    for line in lines:
        if line == "{title}":
            out.append(spec.title)
        elif line == "{body}":
            out.extend(f"{spec.page.get('indent', '')}{p}" for p in spec.paragraphs)
        else:
            out.append(line)
    return "txt", "\n\n".join(out) + "\n"


def render_record(spec: Spec) -> tuple[str, str]:
    """The 标题/链接/总结 record of seed 000: no date but what the link holds."""
    return "txt", f"标题: {spec.title}\n链接: {spec.url}\n总结: {''.join(spec.paragraphs)}\n"


def render_markdown(spec: Spec) -> tuple[str, str]:
    """A Markdown post with YAML front matter (a Hexo export): ``page["front"]`` is the header."""
    front = "\n".join(spec.page.get("front", [f'title: "{spec.title}"', f"date: {spec.published}"]))
    return "md", f"---\n{front}\n---\n\n" + "\n\n".join(spec.paragraphs) + "\n"


def render_plainhtml(spec: Spec) -> tuple[str, str]:
    """A small site's page: the info lines given in ``page["lines"]`` under the <h1>, nothing in <head>."""
    info = "\n".join(f'<div class="info">{E(line)}</div>' for line in spec.page.get("lines", []))
    tail = "\n".join(f"<p>{E(line)}</p>" for line in spec.page.get("tail", []))
    title_tag = spec.page.get("page_title", spec.title)
    box = spec.page.get("box")
    story = ps(spec.paragraphs)
    if box:  # a promo in the article box; the story itself sits outside it, in a teaser list
        story = f'<div class="teaser">{ps(spec.paragraphs, "<span>{}</span>")}</div>'
        article = f'<div class="article-content"><p>{E(box)}</p></div>'
    else:
        article = f'<div class="article-content">\n{story}\n{tail}\n</div>'
        story = ""
    return (
        "html",
        f"""{head(spec, "", title_tag)}
<body>{NAV}
<div class="main"><h1>{E(spec.title)}</h1>
{info}
{article}
{story}
</div>
{FOOT}</body></html>
""",
    )


def raw_page(id_, title, published, source, author, editor, url, paragraphs, template, ext="html", precision="day"):
    """A page-shape article: the whole file in ``template`` ({{T}} is the headline as the page shows
    it, {{story}} the story), scored on metadata and text only."""
    return Spec(
        id=id_,
        kind="raw",
        title=title,
        published=published,
        precision=precision,
        source=source,
        author=author,
        editor=editor,
        url=url,
        paragraphs=paragraphs,
        page={"template": template.replace("{{T}}", title), "ext": ext},
        scope="metadata",
        technologies=[],
        industries=[],
    )



def render_raw(spec: Spec) -> tuple[str, str]:
    """A page written out whole by hand in some site's own layout: ``page["template"]`` is the file,
    ``{{story}}`` in it marks where the story goes (<p> paragraphs in HTML, blank-line separated lines
    otherwise), ``page["ext"]`` its extension (html unless given)."""
    ext = spec.page.get("ext", "html")
    story = ps(spec.paragraphs) if ext in ("html", "htm") else "\n\n".join(spec.paragraphs)
    template = spec.page["template"]
    if "{{story}}" not in template:
        raise ValueError(f"{spec.id}: a raw page's template has no {{{{story}}}} mark")
    return ext, template.replace("{{story}}", story)


RENDERERS: dict[str, Callable[[Spec], tuple[str, str]]] = {
    "sina": render_sina,
    "netease": render_netease,
    "jsonld": render_jsonld,
    "urldate": render_urldate,
    "gov": render_gov,
    "wechat": render_wechat,
    "baijiahao": render_baijiahao,
    "text": render_text,
    "record": render_record,
    "markdown": render_markdown,
    "plainhtml": render_plainhtml,
    "raw": render_raw,
}


def load_specs(split: str) -> list[Spec]:
    path = SPLITS[split]
    module_spec = importlib.util.spec_from_file_location(f"facts_articles_{split}", path)
    module = importlib.util.module_from_spec(module_spec)
    sys.modules.setdefault("facts_pages", sys.modules[__name__])
    module_spec.loader.exec_module(module)
    specs = list(module.ARTICLES)
    for spec in specs:  # the taxonomy gold is kept in one table per set (TAXONOMY: id -> (techs, industries))
        if spec.id in getattr(module, "TAXONOMY", {}):
            spec.technologies, spec.industries = (list(v) for v in module.TAXONOMY[spec.id])
    return specs


_PINYIN = re.compile(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


# Lines printed inside the story's box that are credits, not story: 图片来源：…, （责编：…）, 来源：网络整理.
_CREDIT = re.compile(r"^[（(]?(?:图片来源|责编|责任编辑|来源)[：:]")


def plain_paragraphs(spec: Spec) -> list[str]:
    """The story as a reader sees it: headings without their ## mark, pinyin annotations dropped,
    no credit lines."""
    return [_PINYIN.sub("", p[2:] if p.startswith("##") else p) for p in spec.paragraphs if not _CREDIT.match(p)]


def gold_line(spec: Spec, file: str) -> dict:
    data = asdict(spec)
    data.pop("page")
    data["file"] = file
    data["body"] = "\n".join(plain_paragraphs(spec))
    data["entities"] = [{"name": e.rsplit("/", 1)[0], "type": e.rsplit("/", 1)[1]} for e in spec.entities]
    return data


def build_set(split: str, folder: Path) -> Path:
    """Write every article of ``split`` and its ``gold.jsonl`` into ``folder``; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    specs = load_specs(split)
    seen = set()
    with (folder / "gold.jsonl").open("w", encoding="utf-8") as gold:
        for spec in specs:
            if spec.id in seen:
                raise ValueError(f"{split}: duplicate article id {spec.id}")
            seen.add(spec.id)
            ext, text = RENDERERS[spec.kind](spec)
            file = f"{spec.id}.{ext}"
            (folder / file).write_text(text, encoding="utf-8")
            gold.write(json.dumps(gold_line(spec, file), ensure_ascii=False) + "\n")
    return folder


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "dev"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp(prefix=f"aiwatch-facts-{which}-"))
    print(build_set(which, out))
