"""Inverse document frequencies: how much a word says about one article against news in general.

The base is the IDF table jieba ships inside its PyPI package (``jieba/analyse/idf.txt``, 270,000
words, natural-log scale), read from the installed jieba; ``data/idf_domain.txt`` adds words of
the AI-industry news domain that table lacks (赋能, 大模型, 营商环境).  A user can build a table from
their own corpus (``build_idf``) and pass it as ``Options.idf_file``: its words override the base,
and the base is shifted onto the user's scale so that the two mix (see ``merge_tables``).
"""

from __future__ import annotations

import importlib.util
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from aiwatch.errors import AiwatchError

#: A taxonomy term (智慧城市, 视频分析) missing from every table: a specialised term of the field,
#: rated like 人工智能 (9.46) or 芯片 (9.0) rather than like an unknown rarity (median 11.95).
DOMAIN_TERM_IDF = 9.5
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class IdfTable:
    values: dict[str, float]
    default: float  # for words the table does not list: its median

    def __getitem__(self, word: str) -> float:
        return self.values.get(word, self.default)

    def get(self, word: str, fallback: float | None = None) -> float:
        value = self.values.get(word)
        if value is not None:
            return value
        return self.default if fallback is None else fallback


def jieba_idf_path() -> Path | None:
    """jieba's own table, found without importing jieba (its import builds nothing, but costs)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"
    return path if path.is_file() else None


def parse_idf_lines(lines: Iterable[str], where: str) -> dict[str, float]:
    """``word value`` lines; ``#`` comments and blank lines skipped; a bad line names the file."""
    values: dict[str, float] = {}
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, value = line.rpartition(" ")
        try:
            values[word.strip() or value] = float(value)
        except ValueError:
            raise AiwatchError("E108", where, kind="IDF file", detail=f"line {number}: {line[:40]!r}") from None
    return values


def read_idf_file(path: Path) -> dict[str, float]:
    try:
        with open(path, encoding="utf-8") as stream:
            return parse_idf_lines(stream, str(path))
    except FileNotFoundError:
        raise AiwatchError("E105", str(path)) from None
    except (OSError, UnicodeError) as exc:
        raise AiwatchError("E100", str(path), detail=str(exc)) from None


def merge_tables(base: dict[str, float], user: dict[str, float]) -> dict[str, float]:
    """The user's values win; the base is shifted by the median difference over shared words.

    A corpus of 2,000 articles gives at most ln(2000) ≈ 7.6 while jieba's table reaches 13.9, so
    unshifted base values would outweigh every word the user's corpus knows.
    """
    shared = [user[w] - base[w] for w in user.keys() & base.keys()]
    shift = statistics.median(shared) if shared else 0.0
    merged = {word: value + shift for word, value in base.items()}
    merged.update(user)
    return merged


def _domain_text() -> str:
    return (resources.files("aiwatch.data") / "idf_domain.txt").read_text(encoding="utf-8")


def domain_idf_words() -> Iterator[tuple[str, str]]:
    """The domain words of ``idf_domain.txt`` for the segmenter: 十四五, 揭榜挂帅, 算力 as one noun each.

    Unlike the taxonomy's generated list, this file is curated by hand, so its two-character words
    (算力, 超算) are forced too: each was checked not to cut common text apart."""
    for word in parse_idf_lines(_domain_text().splitlines(), "aiwatch/data/idf_domain.txt"):
        if len(word) > 1 and _CJK.search(word):
            yield word, "nz"


@cache
def default_idf() -> IdfTable:
    """Base (jieba) + domain words, once per process (package data does not change while it runs)."""
    base_path = jieba_idf_path()
    values = read_idf_file(base_path) if base_path else {}
    values.update(parse_idf_lines(_domain_text().splitlines(), "aiwatch/data/idf_domain.txt"))
    return _table(values)


def _table(values: dict[str, float]) -> IdfTable:
    return IdfTable(values, statistics.median(values.values()) if values else 10.0)


def load_idf(user_file: Path | None = None) -> IdfTable:
    """The default table, or the user's merged over it (read now, not remembered)."""
    if user_file is None:
        return default_idf()
    return _table(merge_tables(default_idf().values, read_idf_file(Path(user_file))))


def document_frequencies(documents: Iterable[Iterable[str]]) -> tuple[Counter[str], int]:
    """How many documents contain each word, and how many documents there were."""
    df: Counter[str] = Counter()
    total = 0
    for words in documents:
        df.update(set(words))
        total += 1
    return df, total


def idf_values(df: Counter[str], total: int, min_df: int = 2) -> dict[str, float]:
    """``ln(N / df)`` for words seen in at least ``min_df`` documents (once is noise, not evidence)."""
    return {word: math.log(total / count) for word, count in df.items() if count >= min_df}


def write_idf(values: dict[str, float], output: Path) -> int:
    with open(output, "w", encoding="utf-8") as stream:
        for word, value in sorted(values.items(), key=lambda item: (item[1], item[0])):
            stream.write(f"{word} {value:.6f}\n")
    return len(values)
