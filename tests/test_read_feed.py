"""RSS and Atom feeds: one article per item, full text from content:encoded or description."""

from __future__ import annotations

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import EXAMPLES

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>深圳科技资讯</title>
  <entry>
    <title>深圳发布具身智能机器人行动计划</title>
    <link rel="related" href="https://a.cn/related"/>
    <link rel="alternate" href="https://a.cn/2024/0713/1.html"/>
    <published>2024-07-13T20:46:25+08:00</published>
    <author><name>林绍铭</name></author>
    <category term="产业政策"/>
    <summary>短摘要。</summary>
    <content type="html">&lt;p&gt;7月13日，深圳市工业和信息化局印发行动计划。&lt;/p&gt;</content>
  </entry>
</feed>
"""


def read_all(data: bytes, path: str = "feed.xml") -> list[Article | AiwatchError]:
    return list(read_bytes(data, path, Options()))


def test_gb2312_rss_example() -> None:
    items = read_all((EXAMPLES / "feeds/anhui_ai_channel_gb2312.xml").read_bytes(), "ah.xml")
    assert [a.path for a in items] == ["ah.xml#1", "ah.xml#2"]
    first, second = items
    assert first.format == "feed" and first.hints["encoding"] == "gb18030"
    assert first.hints["title"].startswith("江淮声智发布医疗大模型")
    assert first.hints["url"] == "https://www.example-ah.cn/ai/2024/1025/8801.html"
    assert first.hints["published"] == "Fri, 25 Oct 2024 10:30:00 +0800"
    assert first.hints["author"] == "方宁"  # dc:creator
    assert first.hints["feed"] == "江淮科技网 - 人工智能频道"
    assert first.categories == ["医疗", "大模型"]
    assert first.raw_kind == "html" and "门诊病历生成的可用率达到92%" in first.raw  # content:encoded
    assert second.hints["author"] == "许文杰"  # "news@example-ah.cn (许文杰)"
    assert "韩启明" in second.raw  # description with HTML in CDATA


def test_atom_entry() -> None:
    (article,) = read_all(ATOM.encode())
    assert article.hints["title"] == "深圳发布具身智能机器人行动计划"
    assert article.hints["url"] == "https://a.cn/2024/0713/1.html"  # the alternate link
    assert article.hints["author"] == "林绍铭"
    assert article.categories == ["产业政策"]
    assert article.raw == "<p>7月13日，深圳市工业和信息化局印发行动计划。</p>"
    assert article.hints["feed"] == "深圳科技资讯"


def test_rss_1_rdf() -> None:
    rdf = (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>源</title></channel>"
        '<item rdf:about="https://a.cn/1"><title>甲</title><dc:date>2024-01-02</dc:date>'
        "<description>正文一段。</description></item></rdf:RDF>"
    )
    (article,) = read_all(rdf.encode())
    assert (article.hints["url"], article.hints["published"]) == ("https://a.cn/1", "2024-01-02")
    assert article.raw == "正文一段。"


def test_external_entities_are_not_resolved(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-VALUE", encoding="utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><item><title>甲</title><description>正文&x;。</description></item></channel></rss>"
    )
    (article,) = read_all(xxe.encode())
    assert "SECRET-VALUE" not in article.raw


def test_broken_feed_is_recovered() -> None:
    broken = "<rss><channel><item><title>甲</title><description>正文一段。</description></item><item><title>乙"
    items = read_all(broken.encode())
    assert items[0].hints["title"] == "甲" and items[0].raw == "正文一段。"


def test_feed_without_items() -> None:
    (error,) = read_all(b"<rss><channel><title>\xe7\xa9\xba</title></channel></rss>")
    assert error.code == "E107" and "no items" in error.reason


def test_internal_entity_bomb_is_not_expanded() -> None:
    entities = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss><channel><item><title>标题</title>'
    bomb += "<description>正文&l9;。</description></item></channel></rss>"
    (article,) = read_all(bomb.encode())
    assert len(article.raw) < 100
