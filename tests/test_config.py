"""Settings from defaults < aiwatch.toml < AIWATCH_* < flags, checked alike on every entry point."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import store_helpers
from aiwatch import config
from aiwatch.cli import app
from aiwatch.errors import AiwatchError
from aiwatch.options import Options

db_url = store_helpers.db_url

TAXONOMY = "technologies:\n  - name: 具身智能大脑\n    en: embodied brain\n    aliases: [具身大脑]\n"
GAZETTEER = "蚁巢智造\tORG\t蚁巢\n"
STORY = (
    "蚁巢智造发布具身智能大脑\n\n"
    "2024年5月18日，蚁巢智造在杭州发布具身智能大脑。蚁巢表示，具身智能大脑已用于十家工厂，"
    "公司计划明年把具身大脑推广到物流行业。"
)


def test_layers_defaults_config_environment_flags(tmp_path):
    settings = tmp_path / "aiwatch.toml"
    text = 'keywords = 5\nsummary_sentences = 2\ntaxonomy = ["my.yaml"]\n[extra]\nx = 1\n'
    settings.write_text(text, encoding="utf-8")
    options = config.resolve({}, settings, environ={})
    assert options.keyword_count == 5 and options.summary_sentences == 2
    assert options.taxonomy_files == (tmp_path / "my.yaml",)  # relative to the file, not the working directory
    assert options.extra == {"x": 1}
    options = config.resolve({}, settings, environ={"AIWATCH_KEYWORDS": "7"})
    assert options.keyword_count == 7 and options.summary_sentences == 2
    options = config.resolve({"keywords": 9}, settings, environ={"AIWATCH_KEYWORDS": "7"})
    assert options.keyword_count == 9
    assert config.resolve({}, None, environ={}) == Options()


def test_the_config_file_is_found_in_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "aiwatch.toml").write_text('disable = ["summary"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert config.resolve(environ={}).disabled == frozenset({"summary"})
    monkeypatch.setenv("AIWATCH_DISABLE", "figures,summary")
    assert config.resolve().disabled == frozenset({"figures", "summary"})


@pytest.mark.parametrize(
    ("flags", "environ", "text", "words"),
    [
        ({"keywords": -3}, {}, "", ["--keywords", "0 or more", "-3"]),
        ({}, {"AIWATCH_KEYWORDS": "many"}, "", ["$AIWATCH_KEYWORDS", "number"]),
        ({}, {"AIWATCH_MAX_MB": "0"}, "", ["$AIWATCH_MAX_MB", "more than 0"]),
        ({}, {}, "keywords = -1\n", ["aiwatch.toml", "keywords", "0 or more"]),
        ({}, {}, "keyword = 3\n", ["aiwatch.toml", "keyword", "unknown setting"]),
        ({}, {}, "taxonomy = 3\n", ["aiwatch.toml", "taxonomy", "list"]),
        ({}, {}, 'entity_model = "bert"\n', ["aiwatch.toml", "bert", "lac"]),
        ({}, {}, "keywords = [\n", ["aiwatch.toml", "E108"]),
    ],
)
def test_a_bad_value_names_the_setting_where_it_came_from_and_why(tmp_path, flags, environ, text, words):
    settings = tmp_path / "aiwatch.toml"
    settings.write_text(text, encoding="utf-8")
    with pytest.raises(AiwatchError) as caught:
        config.resolve(flags, settings, environ=environ)
    for word in words:
        assert word in caught.value.describe()


def test_a_named_config_file_that_is_missing_is_an_error(tmp_path):
    with pytest.raises(AiwatchError) as caught:
        config.resolve({}, tmp_path / "nope.toml", environ={})
    assert caught.value.code == "E105"


def test_options_survive_the_trip_through_the_environment(tmp_path):
    options = Options(
        taxonomy_files=(tmp_path / "a.yaml",), keyword_count=4, disabled=frozenset({"summary"}), keep_script=True
    )
    assert config.resolve({}, None, environ=config.to_environment(options)) == options


def test_cli_rejects_bad_values_before_reading_anything(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["extract", "examples", "--keywords", "-3"])
    assert result.exit_code == 2 and "--keywords" in result.output and "0 or more" in result.output
    result = runner.invoke(app, ["search", "人工智能", "--since", "2024-13", "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 2 and "2024-13" in result.output
    result = runner.invoke(app, ["ingest", "examples", "--db", str(tmp_path / "c.db"), "--summary-sentences", "-1"])
    assert result.exit_code == 2 and "summary_sentences" in result.output
    assert not (tmp_path / "c.db").exists()  # refused before the corpus was created


def test_every_pipeline_command_takes_the_analysis_flags():
    runner = CliRunner()
    for command in ("extract", "ingest", "idf", "serve"):
        text = runner.invoke(app, [command, "--help"], terminal_width=200).output
        for flag in ("--config", "--taxonomy", "--gazetteer", "--stopwords", "--keep-script"):
            assert flag in text, (command, flag)
    for command in ("extract", "ingest", "serve"):
        text = runner.invoke(app, [command, "--help"], terminal_width=200).output
        for flag in ("--idf", "--entity-model", "--disable", "--keywords", "--summary-sentences"):
            assert flag in text, (command, flag)


def test_ingest_with_a_users_taxonomy_and_gazetteer_stores_their_labels_and_names(db_url, tmp_path):
    from aiwatch.store import open_store
    from aiwatch.store.schema import entities, technologies

    (tmp_path / "my.yaml").write_text(TAXONOMY, encoding="utf-8")
    (tmp_path / "my.tsv").write_text(GAZETTEER, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "story.txt").write_text(STORY, encoding="utf-8")
    args = ["ingest", str(docs), "--db", db_url, "--no-progress"]
    args += ["--taxonomy", str(tmp_path / "my.yaml"), "--gazetteer", str(tmp_path / "my.tsv")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    with open_store(db_url) as store, store.connect() as conn:
        names = set(conn.execute(select(technologies.c.name)).scalars())
        found = {(row.name, row.type) for row in conn.execute(select(entities.c.name, entities.c.type))}
    assert "具身智能大脑" in names
    assert ("蚁巢智造", "ORG") in found


def test_ingest_reads_the_config_file_too(db_url, tmp_path, monkeypatch):
    from aiwatch.store import open_store
    from aiwatch.store.schema import technologies

    (tmp_path / "my.yaml").write_text(TAXONOMY, encoding="utf-8")
    (tmp_path / "aiwatch.toml").write_text('taxonomy = ["my.yaml"]\n', encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "story.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["ingest", str(docs), "--db", db_url, "--no-progress"])
    assert result.exit_code == 0, result.output
    with open_store(db_url) as store, store.connect() as conn:
        assert "具身智能大脑" in set(conn.execute(select(technologies.c.name)).scalars())


def test_extract_with_a_users_taxonomy_gives_its_label(tmp_path):
    import json

    (tmp_path / "my.yaml").write_text(TAXONOMY, encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "story.txt"), "--taxonomy", str(tmp_path / "my.yaml")])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout.splitlines()[0])
    # the title once, the body twice by name and once by its alias 具身大脑
    found = {t["name"]: (t["en"], t["count"]) for t in article["technologies"]}
    assert found["具身智能大脑"] == ("embodied brain", 4)


def test_a_missing_taxonomy_file_stops_ingest_naming_it(tmp_path):
    result = CliRunner().invoke(
        app, ["ingest", "examples", "--db", str(tmp_path / "c.db"), "--taxonomy", str(tmp_path / "gone.yaml")]
    )
    assert result.exit_code == 2 and "gone.yaml" in result.output
    assert not Path(tmp_path / "c.db").exists()


def test_a_users_dictionaries_leave_the_search_index_alone_and_a_change_is_reported(db_url, tmp_path):
    """The user's words change the analysis (蚁巢智造 one name), never how the index is cut: a query,
    cut without them, still finds the article; ingesting with other dictionaries says the corpus now
    mixes two analyses and names reanalyze."""
    from aiwatch.pipeline import build_pipeline
    from aiwatch.store import fts, open_store
    from aiwatch.store.search import search
    from aiwatch.store.writer import index_fingerprint, index_is_current

    (tmp_path / "my.yaml").write_text(TAXONOMY, encoding="utf-8")
    (tmp_path / "my.tsv").write_text(GAZETTEER, encoding="utf-8")
    user = Options(taxonomy_files=(tmp_path / "my.yaml",), gazetteer_files=(tmp_path / "my.tsv",))
    users_cut = build_pipeline(user).resources.segmenter.cut("蚁巢智造发布具身智能大脑")
    assert users_cut == ["蚁巢智造", "发布", "具身智能大脑"]  # the words do change segmentation
    assert fts.tokens("蚁巢智造发布具身智能大脑") == ["蚁巢", "智造", "发布", "具身智能", "大脑"]
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "story.txt").write_text(STORY, encoding="utf-8")
    args = ["ingest", str(docs), "--db", db_url, "--no-progress"]
    users = ["--taxonomy", str(tmp_path / "my.yaml"), "--gazetteer", str(tmp_path / "my.tsv")]
    first = CliRunner().invoke(app, args + users)
    assert first.exit_code == 0, first.output
    assert "reanalyze" not in first.output
    with open_store(db_url) as store:
        with store.connect() as conn:
            assert index_fingerprint(conn) == fts.dictionary_fingerprint() == fts.index_segmenter().fingerprint
            assert index_is_current(conn)
        for query in ("蚁巢智造", '"蚁巢智造"', '"具身智能大脑"', "title:蚁巢智造"):
            assert [hit.title for hit in search(store, query)] == ["蚁巢智造发布具身智能大脑"], query
    (tmp_path / "my.tsv").write_text(GAZETTEER + "具身智能大脑\tPRODUCT\n", encoding="utf-8")
    (docs / "more.txt").write_text(STORY.replace("杭州", "宁波").replace("十家", "二十家"), encoding="utf-8")
    second = CliRunner().invoke(app, args + users)
    assert second.exit_code == 0, second.output
    assert "warning: 1 stored article(s) were analysed with other settings" in second.output
    assert f"`aiwatch reanalyze --db {db_url}`" in second.output
    assert "re-indexed" not in second.output  # the index did not depend on the gazetteer
    with open_store(db_url) as store, store.connect() as conn:
        assert index_is_current(conn)


def test_the_corpus_comes_from_the_flag_then_the_environment_then_the_config_file(tmp_path):
    (tmp_path / "team").mkdir()
    settings = tmp_path / "team" / "aiwatch.toml"
    settings.write_text('db = "corpora/news.db"\n', encoding="utf-8")
    from_file = str(tmp_path / "team" / "corpora" / "news.db")  # relative to the file
    assert config.corpus_db(None, settings, environ={}) == from_file
    assert config.corpus_db(None, settings, environ={"AIWATCH_DB": "env.db"}) == "env.db"
    assert config.corpus_db("flag.db", settings, environ={"AIWATCH_DB": "env.db"}) == "flag.db"
    assert config.corpus_db(None, None, environ={"AIWATCH_CONFIG": str(settings)}) == from_file
    assert config.corpus_db(None, None, environ={}) is None  # no aiwatch.toml here: the store's aiwatch.db
    settings.write_text('db = "postgresql://u@h/news"\n', encoding="utf-8")
    assert config.corpus_db(None, settings, environ={}) == "postgresql://u@h/news"
    settings.write_text("db = 3\n", encoding="utf-8")
    with pytest.raises(AiwatchError, match="setting db must be a corpus path or URL, not 3"):
        config.corpus_db(None, settings, environ={})
    with pytest.raises(AiwatchError, match="setting db must be a corpus path or URL"):
        config.resolve({}, settings, environ={})


def test_every_corpus_command_opens_the_db_of_aiwatch_toml(tmp_path, monkeypatch):
    """ingest writes the corpus the config names; search, report, export, reanalyze and serve read
    it; $AIWATCH_DB and then --db win over it."""
    import json

    monkeypatch.delenv("AIWATCH_DB", raising=False)
    monkeypatch.delenv("AIWATCH_CONFIG", raising=False)
    (tmp_path / "aiwatch.toml").write_text('db = "corpora/news.db"\n', encoding="utf-8")
    (tmp_path / "corpora").mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "story.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", "docs", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "corpora" / "news.db").is_file() and not (tmp_path / "aiwatch.db").exists()
    found = runner.invoke(app, ["search", "蚁巢智造", "--format", "jsonl"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout.splitlines()[0])["title"] == "蚁巢智造发布具身智能大脑"
    report = runner.invoke(app, ["report", "--format", "json"])
    assert report.exit_code == 0, report.output
    assert json.loads(report.stdout)["totals"]["articles"] == 1
    assert runner.invoke(app, ["export", "--format", "jsonl"]).stdout.count("\n") == 1
    assert runner.invoke(app, ["reanalyze", "--dry-run"]).exit_code == 0
    # the environment, then the flag, win over the file (a corpus that does not exist is refused by name)
    monkeypatch.setenv("AIWATCH_DB", str(tmp_path / "env.db"))
    refused = runner.invoke(app, ["search", "蚁巢智造"])
    assert refused.exit_code != 0 and "env.db" in refused.output and "E304" in refused.output
    refused = runner.invoke(app, ["serve", "--port", "8765"])
    assert refused.exit_code != 0 and "env.db" in refused.output
    flag = runner.invoke(app, ["search", "蚁巢智造", "--db", str(tmp_path / "corpora" / "news.db")])
    assert flag.exit_code == 0 and "蚁巢智造" in flag.output
    monkeypatch.delenv("AIWATCH_DB")
    # serve without a token reads the config's corpus: a config naming one that does not exist is refused by name
    other = tmp_path / "other.toml"
    other.write_text('db = "missing.db"\n', encoding="utf-8")
    refused = runner.invoke(app, ["serve", "--config", str(other), "--port", "8765"])
    assert refused.exit_code != 0 and str(tmp_path / "missing.db") in refused.output, refused.output
