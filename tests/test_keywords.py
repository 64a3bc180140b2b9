"""Keywords: candidates, compounds, folding, weighting, IDF tables, seed-level expectations."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from aiwatch.analyze import idf as idf_module
from aiwatch.analyze.idf import (
    document_frequencies,
    idf_values,
    load_idf,
    merge_tables,
    parse_idf_lines,
)
from aiwatch.analyze.keywords import is_candidate, term_scores, top_keywords
from aiwatch.analyze.segment import Token
from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.idf_command import build_idf
from aiwatch.options import Options
from conftest import eval_path, pipeline_for, run_stage


def keywords(body: str, title: str | None = None, count: int = 8, options: Options | None = None) -> list[str]:
    options = options or Options(keyword_count=count)
    article = Article(path="t", format="text", title=title, body=body)
    return run_stage("keywords", article, options).keywords or []


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("商汤科技", "nt", True),
        ("人工智能", "n", True),
        ("服务", "vn", False),  # a stop word: generic verbal noun
        ("记者", "n", False),  # news furniture
        ("区长", "n", False),  # a title describes a person, not the article
        ("着力", "n", False),  # jieba tags this verb as a noun: 上海着力打造…
        ("五大", "j", False),  # counted group: 五大理由
        ("2020年", "m", False),
        ("3家", "n", False),
        ("的", "uj", False),
        ("打造", "v", False),
        ("A", "eng", False),
        ("SenseCare", "eng", True),
        ("5G", "eng", True),  # a taxonomy term keeps its shape
        ("X1", "eng", False),  # a product code: 曜石X1
        ("与蓉", "nr", False),  # jieba's guess across 与: 华西医院与蓉芯医疗
        ("和平", "n", True),  # a real word that starts with 和
        ("中心", "n", False),  # part of 研发中心, 计算中心
    ],
)
def test_candidate_rules(text, pos, expected):
    vocabulary = pipeline_for().resources.vocabulary
    domain = vocabulary.domain | {"5G"}
    assert is_candidate(Token(text, pos, 0), vocabulary.stops, domain, vocabulary.idf.values) is expected


def test_terms_merge_and_no_stop_words_numbers_or_fragments():
    body = (
        "8月10日下午，上海市委书记李强来到商汤科技上海总部，察看人工智能技术研发进展。"
        "商汤科技在上海建立了深度学习平台和超算中心，助力上海打造智慧城市样板。"
        "商汤科技表示，人工智能产业的价值是作为催化剂，商汤将继续在上海布局智慧城市和智慧医疗。"
    )
    result = keywords(body, title="李强到访商汤科技")
    assert result[0] == "商汤科技"  # in the title, and said four times
    assert {"上海", "人工智能", "智慧城市", "李强"} <= set(result)
    assert not {"表示", "下午", "8月", "10日", "商汤", "科技"} & set(result)
    assert 5 <= len(result) <= 8


def test_frequent_neighbours_become_one_term():
    # 视觉 + 大脑 side by side three times is one term; 上海 + 商汤 once of many is not.
    body = "视觉大脑是新的平台。视觉大脑连接摄像头。团队升级了视觉大脑。上海商汤在上海。商汤在上海。商汤发布。"
    result = keywords(body)
    assert "视觉大脑" in result
    assert "上海商汤" not in result


def test_short_name_folds_into_full_name_and_ai_into_rengong_zhineng():
    body = "商汤科技发布新品。商汤表示将扩大投入。商汤科技股价上涨。AI应用加速，人工智能产业扩张，AI人才紧缺。"
    result = keywords(body)
    assert "商汤科技" in result and "商汤" not in result
    assert "人工智能" in result and "AI" not in result


def test_title_words_weigh_more():
    body = "会议讨论了机器人与无人机。机器人展区人多。无人机展区人多。"
    assert keywords(body, title="无人机企业集中亮相", count=5)[0] == "无人机"
    assert keywords(body, title="机器人企业集中亮相", count=5)[0] == "机器人"


def test_keyword_count_option_and_given_keywords_kept():
    body = "上海发布人工智能规划，涉及智慧城市、智慧医疗、自动驾驶、机器人、大模型、芯片、教育、金融。"
    assert len(keywords(body, count=5)) <= 5
    assert keywords(body, count=0) == []
    article = Article(path="r", format="record", body=body, keywords=["手写"])
    assert run_stage("keywords", article).keywords == ["手写"]


def test_redundant_terms_are_skipped_but_names_containing_a_term_stay():
    scores = {"人工智能": 10.0, "人工智能高地": 9.0, "张江人工智能岛": 8.0, "智慧": 7.0, "智慧城市": 7.5}
    assert top_keywords(scores, 5, frozenset({"张江人工智能岛"})) == ["人工智能", "张江人工智能岛", "智慧城市"]


def test_empty_body_gives_no_keywords():
    assert keywords("") == []
    assert keywords("。。。123") == []


def test_idf_prefers_rare_words_and_knows_domain_terms():
    table = load_idf()
    assert table["发展"] < table["人工智能"] < table.default
    assert table["赋能"] == 7.5  # from data/idf_domain.txt
    assert len(table.values) > 200_000  # jieba's table, read from the installed package


def test_idf_lines_and_bad_lines():
    assert parse_idf_lines(["# note", "", "赋能 7.5", "大 模型 9"], "x") == {"赋能": 7.5, "大 模型": 9.0}
    with pytest.raises(AiwatchError) as info:
        parse_idf_lines(["赋能 high"], "idf.txt")
    assert info.value.code == "E108" and "idf.txt" in info.value.describe()


def test_merge_shifts_the_base_onto_the_users_scale():
    base = {"上海": 4.0, "人工智能": 9.0, "罕见词": 13.0}
    user = {"上海": 1.0, "人工智能": 6.0, "新词": 5.0}  # a small corpus: everything 3 lower
    merged = merge_tables(base, user)
    assert merged == {"上海": 1.0, "人工智能": 6.0, "罕见词": 10.0, "新词": 5.0}


def test_document_frequencies_and_values():
    df, total = document_frequencies([["上海", "上海", "商汤"], ["上海"], ["北京", "商汤"], ["北京"]])
    assert total == 4 and df["上海"] == 2
    values = idf_values(df, total, min_df=2)
    assert values["上海"] == pytest.approx(math.log(2)) and "商汤" in values


def test_build_idf_from_a_directory_and_use_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(4):
        extra = "机器人" if i % 2 else "无人机"
        (corpus / f"{i}.txt").write_text(f"标题{i}\n\n上海发布人工智能政策，{extra}企业受益。", encoding="utf-8")
    output = tmp_path / "idf.txt"
    documents, words = build_idf([str(corpus)], output)
    assert documents == 4 and words >= 3
    table = dict(line.split() for line in output.read_text(encoding="utf-8").splitlines())
    assert float(table["上海"]) == pytest.approx(0.0) and float(table["机器人"]) == pytest.approx(math.log(2))
    user = load_idf(output)
    assert user["上海"] == 0.0 and user["机器人"] > user["上海"]
    body = "上海发布人工智能政策，上海企业受益，上海加快发展，机器人企业受益。"
    assert keywords(body, options=Options(idf_file=output))[0] != "上海"


def test_build_idf_on_nothing_is_an_error(tmp_path):
    with pytest.raises(AiwatchError):
        build_idf([str(tmp_path)], tmp_path / "out.txt")


def test_missing_idf_file_names_it(tmp_path):
    with pytest.raises(AiwatchError) as info:
        idf_module.read_idf_file(tmp_path / "nope.txt")
    assert info.value.code == "E105"


def test_term_scores_are_cached_on_the_article():
    article = Article(path="t", format="text", body="商汤科技发布人工智能平台。")
    vocabulary = pipeline_for().resources.vocabulary
    first = term_scores(article, vocabulary)
    assert term_scores(article, vocabulary) is first


def test_seeds_give_the_terms_a_reader_would_list():
    from aiwatch.read import read_bytes
    from conftest import seed_path

    options = Options(disabled=frozenset({"entities", "figures", "events", "summary", "taxonomy"}))
    expected = {
        "000": {"上海", "商汤科技", "人工智能"},  # what the hand-made record lists
        "001": {"人工智能", "徐汇", "方世忠"},
        "002": {"人工智能", "张江人工智能岛", "智慧城市"},
        "003": {"商汤科技", "疫情防控", "上海", "自动驾驶"},
        "004": {"人工智能", "上海"},
    }
    for seed, must in expected.items():
        article = next(read_bytes(seed_path(seed).read_bytes(), seed, options))
        article.keywords = None  # seed 000 is a record that brings its own: analyse its text instead
        article = pipeline_for(options)(article)
        assert must <= set(article.keywords), (seed, article.keywords)


def test_gate_f1_at_5_on_csl_sample():
    """A small gate: F1@5 on the first 150 CSL abstracts stays above what jieba TF-IDF gets (0.14)."""
    path = eval_path("keywords", "csl_dev.jsonl")
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()[:150]]
    total = 0.0
    for row in rows:
        top = keywords(row["text"], count=5)
        hits = len(set(top) & set(row["keywords"]))
        if hits:
            p, r = hits / len(top), hits / len(set(row["keywords"]))
            total += 2 * p * r / (p + r)
    assert total / len(rows) >= 0.15


def test_cli_idf_command_and_extract_options(tmp_path):
    from typer.testing import CliRunner

    from aiwatch.cli import app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"{i}.txt").write_text(f"标题{i}\n\n上海发布人工智能政策，机器人企业受益。", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["idf", str(corpus), "-o", str(tmp_path / "idf.txt")])
    assert result.exit_code == 0, result.output
    assert "上海" in (tmp_path / "idf.txt").read_text(encoding="utf-8")
    args = ["extract", str(corpus / "0.txt"), "--idf", str(tmp_path / "idf.txt"), "--keywords", "2", "-f", "jsonl"]
    result = runner.invoke(app, [*args, "--disable", "entities", "--disable", "events", "--disable", "figures"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout.splitlines()[0])["keywords"]) <= 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("technologies: [", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus / "0.txt"), "--taxonomy", str(bad)])
    assert result.exit_code == 2 and "bad.yaml" in result.output


def test_domain_words_keep_their_shape_in_segmentation():
    tag_text = pipeline_for().resources.segmenter.tag
    # 总算力 was cut 总算/力 and 智能网联 智能网/联, giving keywords 总算 and 智能网.
    assert "算力" in [t.text for t in tag_text("中心总算力达到400P")]
    assert "智能网联" in [t.text for t in tag_text("智能网联新能源汽车产业集群")]


def test_names_do_not_join_compounds():
    # 西安交通大学 + 电气 twice is a cut of 西安交通大学电气工程学院, not a new term.
    body = "西安交通大学电气工程学院发布模型。西安交通大学电气工程学院院长介绍。电网应用广泛。"
    assert "西安交通大学电气" not in keywords(body)


def test_generic_or_one_character_head_joins_a_recurring_compound():
    # 产业 alone is a stop word, but 先导 + 产业 three times is the term 先导产业.
    body = "人工智能是上海的先导产业。集成电路也是先导产业。生物医药同为先导产业。"
    assert "先导产业" in keywords(body)


def test_user_taxonomy_terms_stay_one_token(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("technologies:\n  - name: 灵枢推理引擎\n    en: Lingshu engine\n", encoding="utf-8")
    body = "灵枢推理引擎发布。灵枢推理引擎速度快。团队介绍了灵枢推理引擎。"
    assert "灵枢推理引擎" in keywords(body, options=Options(taxonomy_files=(extra,)))


def test_place_with_and_without_its_suffix_is_one_keyword():
    body = "合肥发布人工智能政策。合肥市每年安排专项资金。合肥市政府表示，合肥将建设智算中心。"
    result = keywords(body)
    assert "合肥" in result and "合肥市" not in result


def test_company_forms_fold_into_the_gazetteer_name():
    # 上海商汤智能科技有限公司 (the lead), 商汤 and 商汤科技 are one organisation: one keyword, the
    # gazetteer's canonical name, with the counts of all its forms.
    body = (
        "8月10日下午，上海市委书记李强来到上海商汤智能科技有限公司上海总部。"
        "商汤把总部落户在上海。商汤科技联合创始人杨帆介绍了商汤科技的研发布局。"
    )
    found = keywords(body)
    assert "商汤科技" in found
    assert "上海商汤智能科技有限公司" not in found and "商汤" not in found


@pytest.mark.parametrize(
    ("body", "name", "fragment"),
    [
        # jieba: 深圳市/工业/和/信息化/局 -> the fragment 信息化局; the department is one name
        (
            "深圳市工业和信息化局副局长林绍铭介绍，深圳市工业和信息化局将出台机器人行动计划。",
            "深圳市工业和信息化局",
            "信息化局",
        ),
        # 两江/新区: the zone is the place, 两江 alone a cut of it
        ("重庆两江新区发布行动方案。两江新区将建设智能网联汽车产业集群，两江新区企业已超百家。", "两江新区", "两江"),
        # 杭州/青云/科技/有限公司: the registered name gives the company, 青云 folds into it
        ("杭州青云科技有限公司研发中心启用。青云将把算法团队扩至800人，青云的电商客户增多。", "青云科技", "青云"),
        # 秦川/理工大学: a place-like word before an institution head is the institution's name
        ("秦川理工大学发布能源电力行业大模型。秦川理工大学电气工程学院牵头研发。", "秦川理工大学", "理工大学"),
    ],
)
def test_names_cut_by_the_segmenter_are_joined(body, name, fragment):
    found = keywords(body)
    assert name in found and fragment not in found


def test_registered_name_needs_a_name_before_the_suffix():
    # 驰远/自动驾驶/科技/有限公司: 自动驾驶 is a technology, so 自动驾驶科技 is not the company
    found = keywords("广州驰远自动驾驶科技有限公司获得全无人驾驶测试许可，自动驾驶车辆在南沙上路。")
    assert "自动驾驶科技" not in found


def test_user_stop_word_file(tmp_path):
    body = "南沙自动驾驶测试道路扩大，测试车辆增加，测试许可发放给更多企业，道路测试持续。"
    assert "测试" in keywords(body)
    stops = tmp_path / "stops.txt"
    stops.write_text("测试 道路  # too generic for our corpus\n", encoding="utf-8")
    found = keywords(body, options=Options(stopword_files=(stops,)))
    assert "测试" not in found and "道路" not in found
    assert "测试" in keywords(body)  # the default list is back for a run without the file


def test_missing_stop_word_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(AiwatchError) as caught:
        keywords("人工智能产业发展。", options=Options(stopword_files=(tmp_path / "nope.txt",)))
    assert "nope.txt" in str(caught.value)


def test_news_outlet_reporting_the_story_is_not_its_topic():
    # 《经济参考报》注意到 / 经济参考报记者了解: the paper reports, 商汤科技 and 疫情防控 are the story.
    body = (
        "商汤科技积极支援上海疫情防控工作。《经济参考报》注意到，商汤科技推出数字哨兵。"
        "据经济参考报记者了解，商汤科技捐赠防疫物资。经济参考报记者还注意到，商汤科技员工参与社区疫情防控。"
    )
    scores = term_scores(Article(path="t", format="text", body=body), pipeline_for().resources.vocabulary)
    assert scores["经济参考报"] < scores["疫情防控"] < scores["商汤科技"]


def test_an_event_named_after_a_technology_stays_beside_it():
    # 世界人工智能大会 contains 人工智能 but is one event: both are keywords.
    body = (
        "2019年世界人工智能大会在上海开幕。徐汇承办世界人工智能大会的多场论坛。"
        "人工智能是上海的先导产业。徐汇聚集了一批人工智能企业。人工智能赋能城市治理。"
    )
    found = keywords(body)
    assert "世界人工智能大会" in found and "人工智能" in found


def test_dateline_outlet_is_not_a_keyword():
    # 京华科技网北京8月21日电（记者 王明）: the outlet filed the story, it is not about it.
    body = "京华科技网北京8月21日电（记者 王明）2024京津冀机器人博览会在北京亦庄开幕，人形机器人集中亮相。"
    assert "科技网" not in keywords(body) and "京华科技网" not in keywords(body)
