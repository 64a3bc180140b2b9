"""Front matter posts: Jekyll/Hexo YAML (``---``) and Hugo TOML (``+++``), HTML or Markdown bodies."""

from __future__ import annotations

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import read_bytes
from aiwatch.read.frontmatter import as_list, parse_block
from conftest import EXAMPLES, seed_path


def read_one(data: bytes, path: str = "post.md") -> Article:
    (article,) = read_bytes(data, path, Options())
    assert isinstance(article, Article), article
    return article


def test_jekyll_example_with_html_body() -> None:
    article = read_one((EXAMPLES / "posts/2024-11-06-wuhan-computing-center.html").read_bytes())
    assert article.format == "frontmatter"
    assert article.raw_kind == "html"
    assert article.hints["title"] == "光谷智算中心二期投用 总算力达到400P"
    assert article.hints["published"] == "2024-11-06 18:42:00 +0800"
    assert article.hints["source"] == "长江日报"
    assert article.categories == ["科技", "湖北"]
    assert article.tags == ["算力", "智算中心", "武汉", "光谷"]
    assert article.raw.lstrip().startswith('<div class="post-body">')


def test_hugo_example_with_toml_and_markdown() -> None:
    article = read_one((EXAMPLES / "posts/chengdu-medical-ai-hugo.md").read_bytes())
    assert article.raw_kind == "markdown"
    assert article.hints["title"].startswith("锦城医院与蓉芯医疗")
    assert article.hints["published"] == "2024-08-30T09:00:00+08:00"  # TOML datetime, offset kept
    assert article.hints["editor"] == "罗敏"
    assert article.categories == ["医疗", "人工智能"]
    assert "+++" not in article.raw and "## 下一步" in article.raw


def test_invalid_yaml_keeps_the_article_and_reports() -> None:
    data = '---\ntitle: "未闭合的引号\ndate: 2024-05-01\n---\n<p>正文第一段。</p>\n'.encode()
    article = read_one(data)
    assert article.raw.strip() == "<p>正文第一段。</p>"
    assert article.hints["degraded"].startswith("front matter does not parse")
    assert any("front matter is not valid" in w for w in article.warnings)
    assert article.hints["published"] == "2024-05-01"  # salvaged line by line


def test_invalid_toml_is_salvaged() -> None:
    fields, problem = parse_block("+++", 'title = "合肥政策\ndate = 2024-06-03')
    assert problem
    assert fields["date"] == "2024-06-03"


def test_front_matter_that_is_a_list_is_reported() -> None:
    _fields, problem = parse_block("---", "- a\n- b")
    assert problem and "key/value" in problem


def test_as_list_splits_chinese_separators() -> None:
    assert as_list("算力，智算中心、武汉, 光谷") == ["算力", "智算中心", "武汉", "光谷"]
    assert as_list(None) == []


def test_seed_003_jekyll() -> None:
    article = read_one(seed_path("003").read_bytes(), "003.txt")
    assert article.hints["title"] == "商汤科技助力守“沪” 全力驰援上海等多地疫情防控"
    assert article.hints["published"].startswith("2022-04-24 19:27:09")
    assert article.raw_kind == "html"


def test_seed_004_leading_blank_line_and_list_categories() -> None:
    article = read_one(seed_path("004").read_bytes(), "004.txt")
    assert article.format == "frontmatter"
    assert article.hints["author"] == "新浪财经"
    assert article.categories[:2] == ["金融", "新浪财经"]


def test_hexo_front_matter_without_opening_fence() -> None:
    text = (
        "title: 深圳发布具身智能机器人产业行动计划\ndate: 2024/7/13 20:46:25\ntags:\n- 机器人\n- 深圳\n---\n\n"
        "7月13日，深圳市工业和信息化局发布行动计划。\n"
    )
    article = read_one(text.encode(), "hexo.md")
    assert article.format == "frontmatter"
    assert article.hints["title"] == "深圳发布具身智能机器人产业行动计划"
    assert article.tags == ["机器人", "深圳"]
    assert article.raw.strip() == "7月13日，深圳市工业和信息化局发布行动计划。"


def test_text_above_a_markdown_rule_is_not_front_matter() -> None:
    # "备注:" / "Note:" lines above a horizontal rule are part of the story.
    for text in ("Note: 本文转自公众号\n正文一段。\n---\n正文二段。\n", "备注: 转载\n---\n正文。\n"):
        assert read_one(text.encode(), "note.md").format == "markdown"


def test_yaml_aliases_are_refused_not_expanded() -> None:
    # "Billion laughs": nine levels of nine aliases; expanding them into text hung the run.
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    lines += ["title: 真标题", "tags: *i", "---", "正文一段。"]
    article = read_one("\n".join(lines).encode())
    assert "aliases are not allowed" in article.hints["degraded"]
    assert article.hints["title"] == "真标题"
    assert article.tags == []
    assert article.raw.strip() == "正文一段。"


def test_lone_surrogate_escape_in_yaml() -> None:
    article = read_one('---\ntitle: "测试\\ud83d"\n---\n正文一段。\n'.encode())
    assert article.hints["title"] == "测试\ufffd"


def test_a_publisher_key_names_the_outlet() -> None:
    # A static site's front matter names its outlet by publisher: (site_name: on others), as a
    # JSON record does.
    post = "---\ntitle: 青石智能周报\ndate: 2026-03-11\npublisher: 江湾智造圈\n---\n\n本周要闻。\n".encode()
    assert read_one(post).hints["source"] == "江湾智造圈"
    post = post.replace(b"publisher:", b"site_name:")
    assert read_one(post).hints["source"] == "江湾智造圈"


def test_people_as_mappings_and_more_date_keys() -> None:
    post = (
        "---\ntitle: 江湾智能完成融资\ncreated: 2025-03-01\npublish_date: 2025-03-05\n"
        "author:\n  name: 柯一禾\npublisher:\n  name: 江湾日报\n责编: 郁安\n---\n\n江湾智能科技有限公司宣布完成融资。\n"
    )
    article = read_one(post.encode())
    assert (article.hints["author"], article.hints["source"], article.hints["editor"]) == ("柯一禾", "江湾日报", "郁安")
    # the publication's date over the page's creation
    assert article.hints["published"] == "2025-03-05"
    listed = read_one("---\ntitle: x\nauthors:\n  - name: 柯一禾\n  - name: 郁安\n---\n\n正文。\n".encode())
    assert listed.hints["author"] == "柯一禾、郁安"


def test_astro_and_cms_date_keys() -> None:
    # Astro's blog themes date a post by pubDatetime (in UTC) beside modDatetime, the last edit's
    post = "---\ntitle: 某某周报\npubDatetime: 2025-07-30T01:30:00Z\nmodDatetime: 2025-07-31T03:12:00Z\n---\n\n正文。\n"
    assert read_one(post.encode()).hints["published"].startswith("2025-07-30T01:30:00")
    for key in ("publishedAt", "datePublished", "发表时间"):
        dated = read_one(f"---\ntitle: 某某周报\n{key}: 2024-02-03\n---\n\n正文。\n".encode())
        assert dated.hints["published"] == "2024-02-03", key


def test_front_matter_with_only_chinese_keys_is_read() -> None:
    # 标题/日期/来源/作者 between fences: front matter, not a 标题/链接/总结 record whose last field
    # would swallow the story
    article = read_one(
        "---\n标题: 江湾智能发布巡检机器人\n日期: 2025-03-05\n来源: 江湾日报\n作者: 柯一禾\n---\n\n"
        "3月5日，江湾智能发布新一代巡检机器人，首批已交付20台。\n\n公司负责人表示，今年将再交付100台。\n".encode()
    )
    assert article.format == "frontmatter"
    assert (article.hints["title"], article.hints["published"]) == ("江湾智能发布巡检机器人", "2025-03-05")
    assert (article.hints["source"], article.hints["author"]) == ("江湾日报", "柯一禾")
    assert article.raw.strip().startswith("3月5日")


def test_a_themes_params_table_and_chinese_site_keys() -> None:
    hugo = (
        '+++\ntitle = "周报｜本周新增23款"\ndate = 2024-12-23T08:00:00+08:00\nauthor = "柯一禾"\n'
        '[params]\n  source = "江湾周报"\n  canonical = "https://jiangwan.example.cn/posts/2024-w52/"\n+++\n\n正文一段。\n'
    )
    article = read_one(hugo.encode())
    assert article.hints["source"] == "江湾周报"
    assert article.hints["url"] == "https://jiangwan.example.cn/posts/2024-w52/"
    hexo = "---\n标题: 离线语音助手\n日期: 2023-02-14\n站点: 青石的小站\n永久链接: https://qingshi.example/p/1/\n---\n\n正文。\n"
    article = read_one(hexo.encode())
    assert (article.hints["source"], article.hints["url"]) == ("青石的小站", "https://qingshi.example/p/1/")
