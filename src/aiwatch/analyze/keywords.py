"""Keywords: the terms that best describe an article, weighted by TF-IDF with news-aware boosts.

Candidates are the nouns of the shared segmentation (domain terms such as 智慧城市 or 计算机视觉
are already single tokens, from the taxonomy and gazetteer word lists).  Two nouns that keep
appearing side by side become one term (商汤 + 科技 -> 商汤科技); a company's short name folds into
its full name (商汤 -> 商汤科技).  Each occurrence counts more in the title and the lead, and the sum
is weighed by the word's IDF (``analyze/idf.py``), so 上海 and 人工智能 rank by how often this article
says them against how often news in general does.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from operator import attrgetter
from pathlib import Path

from aiwatch.analyze.gazetteer import Gazetteer
from aiwatch.analyze.idf import DOMAIN_TERM_IDF, IdfTable
from aiwatch.analyze.segment import Segmenter, Token, article_tokens
from aiwatch.analyze.taxonomy import Taxonomy, segmentable_terms
from aiwatch.article import Article
from aiwatch.errors import AiwatchError

#: Part-of-speech tags (jieba's set) of tokens that may be keywords, with a weight: proper nouns
#: and domain terms (nz, as the taxonomy adds them) say most; verbal nouns (服务, 生产) least.
POS_WEIGHTS: dict[str, float] = {
    "n": 1.0,
    "nz": 1.2,
    "nt": 1.2,
    "ns": 1.0,
    "nr": 1.0,
    "nrfg": 1.0,
    "nrt": 1.0,
    "j": 0.9,  # abbreviations: 长三角, 进博会
    "vn": 0.7,
    "eng": 0.7,  # SenseCare, AI; digits and one-letter tokens are dropped by shape
    "ng": 0.5,
}
#: A dateline opens the lead but is not part of what happened: 新华网北京8月21日电（记者 张宇航）,
#: 【本报讯】, 本报讯（记者 李明）, 南方网讯 , 中新网上海5月6日电.  (The summary drops it too.)
DATELINE = re.compile(
    r"^\s*(?:【[^】]{1,12}】\s*|[\u4e00-\u9fff]{1,6}讯(?=[\s：:（(])[\s：:]*|[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日电\s*)"
    r"(?:[（(](?:记者|通讯员|实习生)[^）)]{0,30}[）)]\s*)?"
)
_START = attrgetter("start")

#: Tags that may stand on either side of a merged compound (平方和 + 优化, 商汤 + 科技).
#: Names (nt, ns, nr) are complete already: 西安交通大学 + 电气 is a cut of a longer name, not a term.
COMPOUND_POS = frozenset({"n", "nz", "vn", "j", "eng", "ng"})
_HEAD_POS = frozenset({"n", "ng"})
#: A short name folds into "name + one of these" (商汤 -> 商汤科技, 腾讯 -> 腾讯集团), never into
#: any longer term: 人工智能 must not vanish into 人工智能产业.
ORG_SUFFIXES = ("科技", "集团", "公司", "股份", "控股", "有限公司", "智能", "网络")
_SUFFIX_ENDS = frozenset(suffix[-1] for suffix in ORG_SUFFIXES)
PLACE_SUFFIXES = frozenset("市省区县")
#: Two names for one thing: when an article uses both, the keyword is the second (AI 人工智能 -> 人工智能).
SYNONYMS = {"AI": "人工智能", "A.I.": "人工智能", "IoT": "物联网", "NLP": "自然语言处理"}

TITLE_WEIGHT = 2.0  # a word of the title counts this many extra occurrences
LEAD_SHARE = 0.15  # the first 15% of the body is the lead...
LEAD_WEIGHT = 1.5  # ...where an occurrence counts one and a half
MIN_COMPOUND_COUNT = 2
COMPOUND_ASSOCIATION = 0.5  # pair count / count of the rarer part: 商汤科技 15/20 yes, 上海商汤 2/50 no
MAX_COMPOUND_CHARS = 10

# Fragments and numbers: 2020年, 3家, 18.53亿, ①, a lone Latin letter.
_BAD_SHAPE = re.compile(r"^(?:[\d.,%％]+.*|.*\d+[年月日号家个亿万元%]|[A-Za-z]|[^\w]+)$")
# Counted groups are not topics: 五大(理由), 三大(先导产业), 两项, 十个.
_COUNTED = re.compile(r"^[一二三四五六七八九十两百千万几多]+[大个项家批次届种类点条位名轮年]$")
_FUNCTION_CHARS = frozenset("与和及或在的对把被将从向为于了")
_HAS_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def parse_stop_words(text: str) -> set[str]:
    """Words separated by spaces or lines; ``#`` starts a comment."""
    words: set[str] = set()
    for line in text.splitlines():
        words.update(line.split("#", 1)[0].split())
    return words


@cache
def default_stop_words() -> frozenset[str]:
    """The shipped list (``data/stopwords.txt``), once per process."""
    return frozenset(parse_stop_words((resources.files("aiwatch.data") / "stopwords.txt").read_text(encoding="utf-8")))


def stop_words(user_files: tuple[Path, ...] = ()) -> frozenset[str]:
    """The shipped list plus the user's own files (``--stopwords``), read now."""
    words = set(default_stop_words())
    for path in user_files:
        try:
            words |= parse_stop_words(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise AiwatchError("E105", str(path)) from None
        except (OSError, UnicodeError) as exc:
            raise AiwatchError("E100", str(path), detail=str(exc)) from None
    return frozenset(words)


def domain_terms(taxonomy: Taxonomy) -> frozenset[str]:
    """Taxonomy terms: kept whatever shape they have (5G) and given a domain IDF when unknown."""
    return frozenset(segmentable_terms(taxonomy))


class Vocabulary:
    """What the keyword and summary stages know about words, built once with the pipeline.

    The memos (is this word a candidate, which gazetteer name is it) depend on the stop words,
    the taxonomy and the gazetteer, so they live here, one set per pipeline, never shared between
    pipelines built with different files.  They only ever gain entries that any thread would
    compute the same way, so threads may share them.
    """

    def __init__(
        self,
        segmenter: Segmenter,
        stops: frozenset[str],
        domain: frozenset[str],
        idf: IdfTable,
        gazetteer: Gazetteer,
    ) -> None:
        self.segmenter = segmenter
        self.stops = stops
        self.domain = domain
        self.idf = idf
        self.gazetteer = gazetteer
        self.candidates = _CandidateMemo(self)
        self.known: dict[str, tuple[str, str] | None] = {}  # term -> gazetteer (canonical, type)

    def is_candidate_word(self, text: str, pos: str) -> bool:
        """``is_candidate`` memoised: an article repeats its words, news repeats its vocabulary."""
        return self.candidates[(text, pos)]


def is_candidate(token: Token, stops: frozenset[str], domain: frozenset[str], known: Collection[str]) -> bool:
    """``known``: the words of the IDF table (a word jieba guessed is not among them)."""
    text = token.text
    if text in domain:
        return True
    if token.pos not in POS_WEIGHTS or len(text) < 2 or text in stops:
        return False
    if text[0] in _FUNCTION_CHARS and len(text) == 2 and text not in known:
        return False  # a word jieba guessed across a function word: 华西医院与蓉芯医疗 -> 与蓉
    if token.pos == "eng" and sum(c.isascii() and c.isalpha() for c in text) < 2:
        return False  # product codes and fragments: X1, A3, 5 (5G passes above as a domain term)
    return bool(_HAS_WORD_CHAR.search(text)) and not _BAD_SHAPE.match(text) and not _COUNTED.match(text)


def candidate_words(article: Article, vocabulary: Vocabulary) -> list[str]:
    """The candidate words of an article, in order (for building an IDF table from a corpus)."""
    memo = vocabulary.candidates
    return [t.text for t in article_tokens(article, vocabulary.segmenter) if memo[(t.text, t.pos)]]


@dataclass(slots=True)
class Term:
    text: str
    pos: str
    weight: float = 0.0  # position-weighted occurrences
    count: int = 0
    forms: tuple[str, ...] = ()  # other surface forms folded into this term (商汤, 上海商汤智能科技有限公司)


class _CandidateMemo(dict):
    """``(text, pos) -> is_candidate``: a hit is one C-level subscript, a miss computes and stores."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        super().__init__()
        self.vocabulary = vocabulary

    def __missing__(self, key: tuple[str, str]) -> bool:
        if len(self) > 400_000:  # bounded: a long run over varied text must not grow forever
            self.clear()
        v = self.vocabulary
        found = self[key] = is_candidate(Token(key[0], key[1], 0), v.stops, v.domain, v.idf.values)
        return found


def find_compounds(
    tokens: list[Token], flagged: list[int], texts: list[str], stops: frozenset[str]
) -> set[tuple[str, str]]:
    """Pairs of neighbouring nouns (no gap) that appear together often enough, relative to apart,
    to be one term: 商汤 + 科技 15 times of 20 yes, 上海 + 商汤 2 times of 50 no."""
    together: Counter[tuple[str, str]] = Counter()
    last = len(tokens) - 1
    candidates = set(flagged)
    for i in flagged:
        if i == last:
            break
        a, b = tokens[i], tokens[i + 1]
        # The head may be a word too generic to stand alone: 全过程 + 管理, 水运 + 工程, 乌头 + 碱.
        head = (i + 1) in candidates or (b.pos in _HEAD_POS and (b.text in stops or len(b.text) == 1))
        if head and a.pos in COMPOUND_POS and b.pos in COMPOUND_POS and a.start + len(a.text) == b.start:
            together[(a.text, b.text)] += 1
    compounds = set()
    counts: Counter[str] | None = None
    for (a, b), n in together.items():
        if n < MIN_COMPOUND_COUNT or len(a) + len(b) > MAX_COMPOUND_CHARS:
            continue
        if counts is None:
            counts = Counter(texts)
        if n >= COMPOUND_ASSOCIATION * min(counts[a], counts[b]):
            compounds.add((a, b))
    return compounds


#: Heads that close a government department name joined with 和: 工业和信息化局, 经济和信息化委员会,
#: 住房和城乡建设厅.  jieba cuts them (工业/和/信息化/局), which left the fragment 信息化局.
DEPARTMENT_HEADS = ("委员会", "局", "委", "厅", "部", "办公室", "办")
#: Zone words that complete the place before them: 两江 + 新区 is the place 两江新区, 两江 alone a fragment.
ZONE_WORDS = frozenset({"新区", "开发区", "高新区", "经开区", "自贸区", "示范区", "园区"})
#: Institution heads that make a place-like word a name: 华西 + 医院 -> 华西医院.
#: Tokens that end with one count too: 秦川 + 理工大学, 渤海 + 港口集团, 合肥市 + 人民政府.
INSTITUTION_HEADS = ("医院", "大学", "学院", "研究院", "研究所", "银行", "集团", "人民政府")
#: A registered name, 青云 + 科技 + 有限公司: 青云科技 is the company, named so in the keywords.
REGISTERED = frozenset({"有限公司", "股份有限公司", "有限责任公司"})
#: The name part of a registered name is a proper noun, never a domain term: in 驰远自动驾驶科技有限公司
#: the token before 科技 is 自动驾驶, and 自动驾驶科技 is not the company.
_NAME_POS = frozenset({"ns", "nt", "nr", "j"})


_AND, _HEAD, _REGISTERED = 1, 2, 3
# The last characters of every trigger (和, 新区, 理工大学, 有限公司 …): one set test per token
# finds the few places worth a closer look.
_TRIGGER_ENDS = frozenset("和" + "".join(w[-1] for w in (*ZONE_WORDS, *INSTITUTION_HEADS, *REGISTERED)))


@lru_cache(maxsize=1 << 16)
def _trigger(text: str) -> int:
    """What a token may close (0 nothing); a pure function of the text, memoised (thread-safe)."""
    if text == "和":
        return _AND
    if text in ZONE_WORDS or text.endswith(INSTITUTION_HEADS):
        return _HEAD
    return _REGISTERED if text in REGISTERED else 0


def find_name_spans(tokens: list[Token], texts: list[str], vocabulary: Vocabulary) -> dict[int, tuple[int, str]]:
    """Token runs that are one organisation or place name, as ``first index -> (last index, name)``.

    Tokens are contiguous (whitespace is a token too), so neighbours in the list touch in the text."""
    spans: dict[int, tuple[int, str]] = {}
    last = len(tokens) - 1
    ends = _TRIGGER_ENDS
    for i in [i for i, text in enumerate(texts) if text[-1] in ends]:
        kind = _trigger(texts[i])
        if not kind or not i:
            continue
        if kind == _AND:
            if i < last - 1:
                _department_span(tokens, texts, i, spans)
        elif kind == _HEAD:
            prev = tokens[i - 1]
            if prev.pos == "ns" and len(prev.text) >= 2:
                spans[i - 1] = (i, prev.text + texts[i])
        elif i >= 2 and texts[i - 1] in ORG_SUFFIXES:
            head = tokens[i - 2]
            if len(head.text) >= 2 and _is_name_part(head, vocabulary):
                spans[i - 2] = (i, head.text + texts[i - 1])
    return spans


def _is_name_part(token: Token, vocabulary: Vocabulary) -> bool:
    """A proper noun, or a word the dictionaries do not know (声智 in 江淮声智科技有限公司)."""
    if token.pos in _NAME_POS:
        return True
    text = token.text
    return token.pos in ("n", "nz", "eng") and text not in vocabulary.idf.values and text not in vocabulary.domain


def _department_span(tokens: list[Token], texts: list[str], i: int, spans: dict[int, tuple[int, str]]) -> None:
    """工业 和 信息化 局 (with the place before it, 深圳市): one department name."""
    if tokens[i - 1].pos not in ("n", "vn"):
        return
    for j in range(i + 1, min(i + 4, len(tokens))):
        if not texts[j].endswith(DEPARTMENT_HEADS):
            continue
        first = i - 1
        if first and tokens[first - 1].pos == "ns":
            first -= 1  # 深圳市 + 工业和信息化局
        spans[first] = (j, "".join(texts[first : j + 1]))
        return


def token_texts(article: Article, segmenter: Segmenter) -> list[str]:
    """The texts of the shared tokens, computed once for keywords and summary."""
    cached = article.hints.get("_token_texts")
    if cached is None:
        cached = article.hints["_token_texts"] = [t.text for t in article_tokens(article, segmenter)]
    return cached


def collect_terms(article: Article, vocabulary: Vocabulary) -> dict[str, Term]:
    tokens = article_tokens(article, vocabulary.segmenter)
    domain = vocabulary.domain
    texts = token_texts(article, vocabulary.segmenter)
    # Most tokens (的, 在, punctuation, verbs) fail on their tag alone: test that before the memo.
    memo = vocabulary.candidates
    flagged = [i for i, t in enumerate(tokens) if (t.pos in POS_WEIGHTS or t.text in domain) and memo[(t.text, t.pos)]]
    compounds = find_compounds(tokens, flagged, texts, vocabulary.stops)
    names = find_name_spans(tokens, texts, vocabulary)
    if names:  # a name's first token may not be a candidate (工业 is, 和 is not): count from there
        flagged = sorted(set(flagged) | names.keys())
    lead_end = max(200, int(len(article.body) * LEAD_SHARE))
    terms: dict[str, Term] = {}
    skip = -1
    dateline = DATELINE.match(article.body)
    if dateline:  # 京华科技网北京8月21日电（记者 王明）: who filed it, not what it is about
        skip = bisect_left(list(map(_START, tokens[:64])), dateline.end()) - 1
    for i in flagged:
        if i <= skip:
            continue
        token = tokens[i]
        text, pos = token.text, token.pos
        if i in names:
            skip, text = names[i]
            pos = "ns" if texts[skip] in ZONE_WORDS else "nt"
        elif compounds and (text, texts[i + 1] if i + 1 < len(texts) else "") in compounds:
            other = tokens[i + 1]
            text, pos = text + other.text, ("nz" if "nz" in (pos, other.pos) else "n")
            skip = i + 1
        term = terms.get(text)
        if term is None:
            term = terms[text] = Term(text, pos)
        term.count += 1
        term.weight += LEAD_WEIGHT if token.start < lead_end else 1.0
    for token in vocabulary.segmenter.tag(article.title or ""):
        if memo[(token.text, token.pos)]:
            term = terms.setdefault(token.text, Term(token.text, token.pos))
            term.weight += TITLE_WEIGHT
    fold_known_names(terms, vocabulary)
    fold_short_names(terms)
    return terms


#: Gazetteer types whose canonical name replaces the surface form: one organisation or person under
#: one keyword.  Places keep the form the article uses (合肥 rather than 合肥市, see below).
CANONICAL_TYPES = frozenset({"ORG", "PER"})
#: A news outlet named in the text is mostly the one reporting it (《经济参考报》注意到, CBN采访了),
#: not what the article is about: its weight counts a third.
MEDIA_GROUP = "media"
MEDIA_WEIGHT = 0.33


#: Tags of the terms worth looking up: names and abbreviations, not common nouns (服务, 平台).
_LOOKUP_POS = frozenset({"nt", "nr", "nrt", "nrfg", "nz", "j", "eng"})


def fold_known_names(terms: dict[str, Term], vocabulary: Vocabulary) -> None:
    """上海商汤智能科技有限公司, 商汤 and 商汤科技 in one article are one keyword, the gazetteer's
    canonical name 商汤科技 (the name the entity stage reports), whichever forms the article uses."""
    gazetteer, known = vocabulary.gazetteer, vocabulary.known
    for text in [t for t, term in terms.items() if term.pos in _LOOKUP_POS]:
        found = known.get(text, False)
        if found is False:
            if len(known) > 400_000:
                known.clear()
            found = known[text] = gazetteer.resolve(text) if len(text) > 1 else None
        if found is None or found[1] not in CANONICAL_TYPES:
            continue
        if gazetteer.groups.get(found[0]) == MEDIA_GROUP:
            terms[text].weight *= MEDIA_WEIGHT
        if found[0] == text:
            continue
        canonical = terms.get(found[0])
        if canonical is None:
            term = terms.pop(text)
            term.text, term.pos = found[0], "nt" if found[1] == "ORG" else "nr"
            term.forms += (text,)
            terms[found[0]] = term
        else:
            _fold(terms, text, canonical)


def _fold(terms: dict[str, Term], source: str, target: Term) -> None:
    folded = terms.pop(source)
    target.weight += folded.weight
    target.count += folded.count
    target.forms += (source, *folded.forms)


def fold_short_names(terms: dict[str, Term]) -> None:
    """商汤 (short name) and 商汤科技 (full name) in one article are one keyword: the full name.

    Likewise AI and 人工智能 (``SYNONYMS``)."""
    for text in [t for t in terms if t[-1] in _SUFFIX_ENDS and len(t) > 2]:
        for suffix in ORG_SUFFIXES:
            if not text.endswith(suffix):
                continue
            short = text[: -len(suffix)]
            longer = terms.get(text)
            # once is enough for a registered name (杭州青云科技有限公司 -> 青云科技, tagged nt)
            if short in terms and longer is not None and (longer.count >= 2 or longer.pos == "nt"):
                _fold(terms, short, longer)
                break
    # 两江 and 两江新区, 华西 and 华西医院: the bare word was a cut of the name.
    for text in [t for t in terms if terms[t].pos in ("ns", "nt") and len(t) > 3]:
        for head in (*ZONE_WORDS, "医院", "大学"):  # 合肥 is not a cut of 合肥市人民政府
            short = text[: -len(head)]
            if text.endswith(head) and len(short) >= 2 and short in terms and text in terms:
                _fold(terms, short, terms[text])
                break
    for text, canonical in SYNONYMS.items():
        if text in terms and canonical in terms:
            _fold(terms, text, terms[canonical])
    # 合肥 and 合肥市, 北京 and 北京市 in one article are one place: the short name, as people say it.
    for text in [t for t in terms if t[-1] in PLACE_SUFFIXES and len(t) > 2 and terms[t].pos == "ns"]:
        short = terms.get(text[:-1])
        if short is not None:
            short.pos = "ns"  # jieba sometimes tags the bare 合肥 as a common noun
            _fold(terms, text, short)


def term_idf(text: str, idf: IdfTable, domain: frozenset[str]) -> float:
    value = idf.values.get(text)
    if value is not None:
        return value
    if text in domain:
        return DOMAIN_TERM_IDF
    return idf.default


def score_terms(terms: dict[str, Term], idf: IdfTable, domain: frozenset[str]) -> dict[str, float]:
    scores = {}
    for text, term in terms.items():
        scores[text] = term.weight * term_idf(text, idf, domain) * POS_WEIGHTS.get(term.pos, 1.0)
    return scores


PROPER_POS = frozenset({"ns", "nt", "nr", "nrt", "nrfg"})
#: Heads that make a term the name of one event or place, not an elaboration of the term inside it:
#: 世界人工智能大会 is an event and stays beside 人工智能; 人工智能高地 after 人工智能 adds nothing.
NAMED_HEADS = ("大会", "峰会", "博览会", "论坛", "实验室", "研究院", "研究中心", "岛", "产业园", "计算中心")


def analyse_terms(article: Article, vocabulary: Vocabulary) -> tuple[dict[str, float], frozenset[str]]:
    """Every candidate term with its score, and which are names; cached for the summary stage."""
    cached = article.hints.get("_term_scores")
    if cached is None:
        terms = collect_terms(article, vocabulary)
        proper = frozenset(t.text for t in terms.values() if t.pos in PROPER_POS or t.text.endswith(NAMED_HEADS))
        cached = (score_terms(terms, vocabulary.idf, vocabulary.domain), proper)
        article.hints["_term_scores"] = cached
        article.hints["_term_forms"] = {form: t.text for t in terms.values() for form in t.forms}
    return cached


def term_forms(article: Article, vocabulary: Vocabulary) -> dict[str, str]:
    """Surface form -> the term it was folded into (商汤 -> 商汤科技), for the summary's matching."""
    analyse_terms(article, vocabulary)
    return article.hints.get("_term_forms", {})


def term_scores(article: Article, vocabulary: Vocabulary) -> dict[str, float]:
    return analyse_terms(article, vocabulary)[0]


def _redundant(text: str, chosen: list[str], proper: bool) -> bool:
    """智慧 after 智慧城市, or 人工智能高地 after 人工智能, adds nothing; a name such as 张江人工智能岛
    (a place that contains 人工智能) is a different thing and stays."""
    return any(text in better or (better in text and not proper) for better in chosen)


def ranked(scores: dict[str, float], head: int) -> Iterator[str]:
    """Terms best first; only the first ``head`` are sorted unless the reader asks for more."""
    key = lambda t: (-scores[t], t)  # noqa: E731 - one key for both sorts
    first = heapq.nsmallest(head, scores, key=key)  # same order as sorted(...)[:head]
    yield from first
    if len(first) < len(scores):
        yield from sorted(scores, key=key)[head:]


def top_keywords(scores: dict[str, float], count: int, proper: frozenset[str] = frozenset()) -> list[str]:
    """The best ``count`` terms, skipping one that repeats a better one (``_redundant``)."""
    chosen: list[str] = []
    if count <= 0:
        return chosen
    for text in ranked(scores, count * 4):
        if _redundant(text, chosen, text in proper):
            continue
        chosen.append(text)
        if len(chosen) == count:
            break
    return chosen


def add_keywords(article: Article, vocabulary: Vocabulary, count: int = 8) -> Article:
    """Fill ``keywords`` unless the reader already supplied them (a record read back keeps its own)."""
    if article.keywords is None:
        scores, proper = analyse_terms(article, vocabulary)
        article.keywords = top_keywords(scores, count, proper)
    return article
