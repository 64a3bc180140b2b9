"""An extractive summary: the few body sentences that carry the article, in their original order.

Each sentence is scored by the keyword weights of the terms it contains (``keywords.term_scores``:
TF-IDF with title and lead boosts), its overlap with the title and its position (news puts the
facts first).  Sentences are then picked by maximal marginal relevance, so a second sentence that
repeats the first (李强 visiting 商汤 told twice) loses to one that adds something.  Noise lines
(reading-time notes, 举报/反馈, source lines), headings and questions are never candidates.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter

from aiwatch.analyze.keywords import DATELINE, Vocabulary, term_forms, term_scores, token_texts
from aiwatch.analyze.segment import Token, article_sentences, article_tokens
from aiwatch.article import Article

#: Lines that are never summary material, each with the Chinese example that motivated it.
NOISE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("reading time", re.compile(r"本篇文章\d+字|读完约\d+分钟|阅读时间")),  # 本篇文章3641字,读完约9分钟
    ("report button", re.compile(r"举报\s*/\s*反馈")),  # …请下载“澎湃新闻”APP)举报/反馈
    ("app promotion", re.compile(r"下载.{0,12}(?:APP|App|客户端)|扫码|关注.{0,10}公众号|更多原创资讯")),
    ("source line", re.compile(r"^[（(]?(?:来源|原标题|责任编辑|编辑|作者|记者|摄影|图片来源|文|图)\s*[:：|]")),
    ("copyright", re.compile(r"版权(?:归|所有|声明)|未经授权|不得转载|转载请注明|免责声明")),
    ("breadcrumb", re.compile(r"您现在的位置|当前位置\s*[:：]|首页\s*[>›»]")),
    ("bare link", re.compile(r"^\W*(?:https?://|www\.)\S+\W*$")),
]
# The dateline (新华网北京8月21日电, 【本报讯】) is the keywords module's: one pattern for both stages.
_DATELINE = DATELINE
# Openers that say nothing a reader misses: 近日，/日前，(no date), 据了解，/据悉，, 记者从…获悉，,
# 有媒体报道称，, 值得一提的是，.  Dates (8月29日晚，) and named sources (卫生部称) stay: they are facts.
_FILLER = re.compile(
    r"^(?:(?:近日|日前|近期|近来|目前|眼下|如今|值得一提的是|值得注意的是)[，,]|据(?:悉|了解|介绍|报道|统计|透露)[，,：:]"
    r"|(?:本报)?记者(?:从[^，,。]{1,24})?(?:获悉|了解到|注意到)[，,：:]|有?(?:媒体|消息)(?:报道)?称[，,：:])+"
)
_START = attrgetter("start")
_ASIDE = re.compile(r"[（(][^（）()]{1,30}[）)]")
# Sentence ends, tested on the last character (a regex ending in $ would scan the whole sentence).
_TERMINAL_CHARS = frozenset("。！!？?；;…”」』）)\"'")
_CLOSING = "”」』）)\"'"


def is_question(text: str) -> bool:
    """应用场景开放对AI发展为什么重要？ / 他问：“为什么？”"""
    return text.rstrip(_CLOSING).endswith(("？", "?"))


_CJK = re.compile(r"[\u4e00-\u9fff]")
# Tokens that are not words, left out when sentences are compared (the segmenter tags them x).
_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》【】—…·,.;:?!\"'()[]<>-/ \n\t\u3000")

MIN_CHARS = 12  # shorter lines are headings or captions: 落沪三年, 两次到访
MAX_CHARS = 220  # a longer "sentence" is a run-on list or a table flattened into text
HEADING_CHARS = 40  # an unpunctuated line shorter than this is a heading
LEAD_PRIOR = 2.0  # the lead carries the story: another sentence must be clearly more central to beat it
TOP_TERMS = 30  # only the article's best terms make a sentence relevant
NAMED_SCALE = 3.0  # best-term strength at which a sentence counts as fully on topic
CENTRALITY_FLOOR = 0.05  # a sentence sharing no term with the rest still has its position
MIN_SHARE_OF_BEST = 0.2  # a sentence scoring under a fifth of the best one is not worth adding
MAX_SHARE = 0.5  # a summary is at most half the text: a 4-sentence brief gets 1-2, not 3
# 应用场景开放对AI发展为什么重要？ asks rather than tells; yet a lead question often frames the story
# (支付宝为什么停止线下POS业务？), so it is weighed down, not thrown out.
QUESTION_PENALTY = 0.8
MMR_LAMBDA = 0.7  # relevance against novelty: 0.7 keeps relevance first, drops near-repeats
TITLE_WEIGHT = 0.5  # share of the title's words found in the sentence, scaled
QUOTE_PENALTY = 0.8  # direct speech (“…”) reports an opinion more often than a fact
DANGLING_PENALTY = 0.6  # a sentence that leans on the one before it reads badly alone
# 并发布了…, 同时…, 此外…, 这也是…, 他表示…: the subject or the link is in the previous sentence.
# 第二，…/最后，… is one item of a list whose head is elsewhere.
_DANGLING = re.compile(
    r"^(?:并且?|而且?|但是?|不过|同时|此外|另外|因此|所以|其中|对此|这[也是些种一]|他们?|她们?|该|其|"
    r"第[二三四五六七八九十][，,、]|其[二三四五六七八九十][，,、]|最后[，,])"
)
# 张少霆…表示：“上海几乎可以提供任何一种人工智能的落地场景。 opens a quotation that goes on elsewhere.
UNBALANCED_PENALTY = 0.7
LIST_ITEM_PENALTY = 0.8  # a clause closed by ；is one item of a list: 围绕智能楼宇,部署…；


@dataclass(slots=True)
class Candidate:
    index: int
    start: int
    end: int
    text: str
    score: float
    words: frozenset[str]  # its terms (keyword candidates): the unit of likeness between sentences
    copies_title: bool = False  # the title again, as the first line of many pages


# One pass over a sentence for all the noise patterns; the name is looked up only on a hit.
_ANY_NOISE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in NOISE_PATTERNS))


def noise_reason(sentence: str) -> str | None:
    if not _ANY_NOISE.search(sentence):
        return None
    for name, pattern in NOISE_PATTERNS:
        if pattern.search(sentence):
            return name
    return None


# The noise patterns without their anchors: one scan of the whole body that finds nothing means
# no sentence of it is noise, and most bodies are clean.
_NOISE_SOMEWHERE = re.compile(_ANY_NOISE.pattern.replace("^", "").replace("$", ""))
# The same question ("is there a match anywhere?") asked faster: optional leading parts ([（(]?,
# \W*) and trailing ones (\W*) cannot change whether a match exists, and \S+ exists where \S
# does.  Without them every alternative starts with a literal and the regex engine skips most
# positions at once (0.09 -> 0.04 ms a body); only the edges of a pattern are touched.  Only a
# speed-up: ``noisy`` merely lets clean bodies skip the per-sentence test (tests/test_summary.py
# checks that it agrees with _NOISE_SOMEWHERE).
_OPTIONAL_STARTS = ("[（(]?", "\\W*")
_OPTIONAL_ENDS = ("\\W*",)


def _existence_pattern(pattern: str) -> str:
    """A pattern that matches somewhere exactly when ``pattern`` (anchors dropped) does."""
    pattern = pattern.replace("^", "").replace("$", "")
    for edge in _OPTIONAL_STARTS:
        pattern = pattern.removeprefix(edge)
    for edge in _OPTIONAL_ENDS:
        pattern = pattern.removesuffix(edge)
    if pattern.endswith("\\S+"):
        pattern = pattern[:-1]
    return pattern


_NOISE_EXISTS = re.compile("|".join(_existence_pattern(p.pattern) for _, p in NOISE_PATTERNS))


def is_candidate_sentence(sentence: str, strict: bool = True, noisy: bool = True) -> bool:
    """Long enough, Chinese, not noise, not a heading; ``strict=False`` lets long run-on sentences
    and unpunctuated lines through, for a text that has nothing else; ``noisy=False`` says the
    caller found no noise anywhere in the text."""
    if len(sentence) < MIN_CHARS or not _CJK.search(sentence):
        return False
    if strict and len(sentence) > MAX_CHARS:
        return False
    if strict and sentence[-1] not in _TERMINAL_CHARS and len(sentence) < HEADING_CHARS:
        return False
    return not noisy or noise_reason(sentence) is None


def content_words(tokens: list[Token]) -> frozenset[str]:
    return frozenset(t.text for t in tokens if t.pos != "x")


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def position_weight(rank: int, total: int) -> float:
    """News states the facts first: the lead wins unless another sentence is clearly more central
    (``LEAD_PRIOR`` times).  In a long article the next sentences get a small bonus that fades
    over the first third; a short brief has no "early" beyond its lead."""
    if rank == 0:
        return LEAD_PRIOR
    horizon = total / 3
    return 1.0 + 0.5 * max(0.0, 1.0 - rank / horizon) if horizon > 3 else 1.0


def term_weights(scores: dict[str, float], sentence_words: list[list[str]]) -> dict[str, float]:
    """A weight per term that does not grow with repetition: the term's score (TF-IDF with title
    and lead boosts) over its count, i.e. roughly its boosted IDF.  Summed over the article's
    sentences, a term's weights give back its score: the article's own vector is ``scores``."""
    counts = Counter(chain.from_iterable(sentence_words))
    return {word: scores[word] / n for word, n in counts.items()}


def centrality(words: list[str], document: dict[str, float], norm: float, weights: dict[str, float]) -> float:
    """Cosine between the sentence and the rest of the article (the sentence's own words taken
    out), both as weighted term vectors: a sentence whose terms the other sentences keep using
    is about what the article is about (李强, 商汤科技, 人工智能), not an aside."""
    if not words:
        return 0.0
    own: dict[str, int] = {}
    for word in words:
        own[word] = own.get(word, 0) + 1
    dot = norm_own = 0.0
    norm_rest = norm
    for word, n in own.items():
        weight = weights[word]
        rest = document[word] - n * weight
        dot += weight * rest
        norm_own += weight * weight
        # |rest|^2 = |doc|^2 - |doc_w|^2 + |rest_w|^2 for each of the sentence's words
        norm_rest += rest * rest - document[word] * document[word]
    if norm_own <= 0 or norm_rest <= 0:
        return 0.0
    return dot / math.sqrt(norm_own * norm_rest)


def score_sentences(article: Article, vocabulary: Vocabulary, title_words: frozenset[str]) -> list[Candidate]:
    body = article.body
    spans = article_sentences(article)
    tokens = article_tokens(article, vocabulary.segmenter)
    starts = list(map(_START, tokens))
    scores = term_scores(article, vocabulary)
    noisy = _NOISE_EXISTS.search(body) is not None
    kept = [(i, s, e) for i, (s, e) in enumerate(spans) if is_candidate_sentence(body[s:e], True, noisy)]
    if not kept:  # only long run-ons or unpunctuated lines: better one of them than nothing
        kept = [(i, s, e) for i, (s, e) in enumerate(spans) if is_candidate_sentence(body[s:e], False, noisy)]
    slices = [(bisect_left(starts, start), bisect_left(starts, end)) for _, start, end in kept]
    forms = term_forms(article, vocabulary)
    texts = token_texts(article, vocabulary.segmenter)
    lookup = {w: w for w in scores}  # token text -> its term: itself, or the name it folded into
    lookup.update((form, term) for form, term in forms.items() if term in scores)
    terms = [[w for w in map(lookup.get, texts[lo:hi]) if w] for lo, hi in slices]
    weights = term_weights(scores, terms)
    document = scores  # the sum of the sentences' vectors (see term_weights)
    norm = sum(scores[w] * scores[w] for w in weights)
    strength = top_term_strength(scores)
    centre = [centrality(words, document, norm, weights) for words in terms]
    top_centre = max(centre, default=0.0) or 1.0
    candidates: list[Candidate] = []
    title_chars = len(article.title or "")
    if title_words:
        title_words = frozenset(w for w in map(lookup.get, title_words) if w)
    for rank, ((index, start, end), (lo, hi), words) in enumerate(zip(kept, slices, terms, strict=True)):
        text = body[start:end]
        unique = frozenset(words)
        # Two views of "about the article": it names the article's best terms, and it shares its
        # terms with the other sentences (centrality).  Each on a 0-1 scale, then averaged.
        named = sum(map(strength.__getitem__, unique & strength.keys())) / math.sqrt(max(1, hi - lo) / 20)
        relevance = CENTRALITY_FLOOR + 0.5 * centre[rank] / top_centre + 0.5 * min(1.0, named / NAMED_SCALE)
        if title_words:
            relevance += TITLE_WEIGHT * len(unique & title_words) / len(title_words)
        relevance *= position_weight(rank, len(kept)) * style_weight(text)
        # The title again (a page's first line): same terms and hardly longer.  A lead that adds
        # the date, the place and the figures to the title's terms is the story, not a copy.
        copies_title = bool(title_words) and len(text) <= title_chars + 8 and similarity(unique, title_words) > 0.9
        candidates.append(Candidate(index, start, end, text, relevance, unique, copies_title))
    return candidates


def top_term_strength(scores: dict[str, float]) -> dict[str, float]:
    """The article's best ``TOP_TERMS`` terms, each as a share of the best one's score."""
    best = heapq.nlargest(TOP_TERMS, scores.values())
    top = (best[0] if best else 0.0) or 1.0  # all-zero scores happen with a tiny user IDF table
    return {w: v / top for w, v in scores.items() if v >= best[-1]} if best else {}


def style_weight(text: str) -> float:
    weight = 1.0
    if text.startswith(("“", "「", '"')):
        weight *= QUOTE_PENALTY
    if is_question(text):
        weight *= QUESTION_PENALTY
    if _DANGLING.match(text):
        weight *= DANGLING_PENALTY
    if text.endswith(("；", ";")):
        weight *= LIST_ITEM_PENALTY
    if text.count("“") != text.count("”"):
        weight *= UNBALANCED_PENALTY
    return weight


def select_mmr(candidates: list[Candidate], count: int, budget: int = 0) -> list[Candidate]:
    """Maximal marginal relevance: best score minus likeness to what is already chosen.  With a
    ``budget`` (characters), a sentence that would overrun it is skipped; the first always fits."""
    if not candidates or count <= 0:
        return []
    top = max(c.score for c in candidates) or 1.0
    # Only the best few can win: a sentence far down the ranking never beats them on novelty alone.
    shortlist = heapq.nlargest(max(4 * count, 10), candidates, key=lambda c: c.score)
    pool = {id(c): c for c in shortlist}
    seen = dict.fromkeys(pool, 0.0)  # likeness to the closest chosen sentence so far
    chosen: list[Candidate] = []
    used = 0
    while pool and len(chosen) < count:
        key = max(pool, key=lambda k: MMR_LAMBDA * pool[k].score / top - (1 - MMR_LAMBDA) * seen[k])
        best = pool.pop(key)
        if chosen and (best.score < MIN_SHARE_OF_BEST * top or (budget and used + len(best.text) > budget)):
            continue  # off topic (天气很好，…), or past the budget of a short text
        used += len(best.text)
        chosen.append(best)
        for k, c in pool.items():
            seen[k] = max(seen[k], similarity(c.words, best.words))
    return sorted(chosen, key=lambda c: c.index)


def summarise(article: Article, vocabulary: Vocabulary, sentences: int = 3) -> str:
    count = max(0, sentences)
    title_words = content_words(vocabulary.segmenter.tag(article.title)) if article.title else frozenset()
    candidates = score_sentences(article, vocabulary, title_words)
    near_copies = [c for c in candidates if c.copies_title]
    if len(candidates) > len(near_copies):  # the title repeated as the first line is not a summary
        candidates = [c for c in candidates if c not in near_copies]
    budget = int(MAX_SHARE * len(article.body))
    return "".join(strip_dateline(c.text) for c in select_mmr(candidates, count, budget))


def strip_dateline(sentence: str) -> str:
    """The dateline, filler openers and short bracketed asides go (新华网北京8月21日电, 近日，,
    据了解，, （www.thepaper.cn）); the sentence stays."""
    rest = _FILLER.sub("", _DATELINE.sub("", sentence, count=1), count=1).lstrip("，,、：:")
    rest = rest if len(rest) >= MIN_CHARS else sentence
    # An aside in brackets is the first thing a summary can spare: 商汤科技(股票代码“00020.HK”)快速响应,
    # 澎湃新闻（www.thepaper.cn）记者.  Long brackets may hold the point itself and stay.
    bare = _ASIDE.sub("", rest)
    return bare if len(bare) >= MIN_CHARS else rest


def add_summary(article: Article, vocabulary: Vocabulary, sentences: int = 3) -> Article:
    """Fill ``summary`` unless the reader already supplied one."""
    if article.summary is None:
        article.summary = summarise(article, vocabulary, sentences)
    return article
