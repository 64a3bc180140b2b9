from aiwatch.article import Article, article_id


def test_id_ignores_whitespace_and_width():
    assert article_id("标题", "正文 一段。\n\n第二段") == article_id("标题", "正文一段。第二段")
    assert article_id("ＡＩ", "x") == article_id("AI", "x")
    assert article_id("标题", "正文") != article_id("标题", "正文二")


def test_json_form_has_contract_fields_and_no_internals():
    article = Article(path="a.txt", format="text", title="t", body="b", raw="<p>b</p>")
    data = article.to_dict()
    for key in (
        "id",
        "path",
        "format",
        "title",
        "url",
        "published",
        "source",
        "author",
        "editor",
        "categories",
        "tags",
        "body",
        "warnings",
    ):
        assert key in data
    assert "raw" not in data and "hints" not in data
    assert next(iter(data)) == "id"
    assert Article.from_dict(data).to_dict() == data
