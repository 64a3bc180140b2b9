"""Evidence on the article page (web/markup.py): the sentence a fact came from, escaped, its words marked."""

from __future__ import annotations

from aiwatch.web.markup import entity_evidence, event_evidence, sentence_around

BODY = "导语。\n4月10日，<b>商汤</b>科技在上海正式发布日日新5.0大模型。董事长徐立表示，成本下降六成。"


def test_the_sentence_around_a_span_stops_at_its_own_ends():
    at = BODY.index("徐立")
    lo, hi = sentence_around(BODY, at, at + 2)
    assert BODY[lo:hi] == "董事长徐立表示，成本下降六成。"
    first = sentence_around(BODY, BODY.index("上海"), BODY.index("上海") + 2)
    assert BODY[first[0] : first[1]].startswith("4月10日") and BODY[first[0] : first[1]].endswith("大模型。")


def test_event_evidence_marks_trigger_and_arguments_and_escapes_the_text():
    start, end = BODY.index("4月10日"), BODY.index("大模型。") + 4
    trigger = BODY.index("发布")
    company = BODY.index("<b>商汤</b>科技")
    event = {
        "type": "launch",
        "date": "2024-04-10",
        "arguments": {"organisation": "<b>商汤</b>科技", "product": "日日新"},
        "evidence": {
            "start": start,
            "end": end,
            "trigger": [trigger, trigger + 2],
            "arguments": {"organisation": [[company, company + 11]]},
        },
        "confidence": 0.9,
        "date_from": "sentence",
    }
    shown = event_evidence(BODY, event)
    html = str(shown["sentence"])
    assert '<mark class="trigger">发布</mark>' in html
    assert '<mark class="arg">&lt;b&gt;商汤&lt;/b&gt;科技</mark>' in html
    assert "<b>" not in html
    assert shown["type"] == "发布" and ("机构", "<b>商汤</b>科技") in shown["arguments"]
    assert event_evidence(BODY, {"text": "不在正文里的句子"}) is None


def test_entity_evidence_gives_each_sentence_once_with_every_mention_marked():
    a, b = BODY.index("徐立"), BODY.rindex("。")
    entity = {"name": "徐立", "mentions": [{"start": a, "end": a + 2}, {"start": 10_000, "end": 10_002}]}
    sentences = [str(s) for s in entity_evidence(BODY, entity)]
    assert sentences == ['董事长<mark class="ent">徐立</mark>表示，成本下降六成。'] and b > a
