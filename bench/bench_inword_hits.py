"""Which queries would find other articles if substrings were found inside words only.

Today a Chinese word of a query (``Text`` in plain mode with a Chinese character) is a substring:
the phrase of its character bigrams over every run of letters and digits of the title or of the
body, so 能芯 is found in 智能芯片 although the index cuts it 智能 | 芯片.  The candidate layout of
``inword_grams.py`` stores bigrams only inside words of three or more characters; a query word
would then match as the phrase of its segmented words OR the phrase of its bigrams inside one
word.  This script counts, over bench_store's generated corpus (the articles bench_search's
corpora hold, duplicates included), the articles each query of bench_search's query set matches
under both, per word of the query and for the words-only part of the whole query (fields and
dates left out: they filter both alike).

    nice -n 15 python bench/bench_inword_hits.py --count 100000
    # what the FTS5 part of each query costs in either layout, on corpora build_corpus.py made
    # (the same --count, one with --index-layout inword-exact1)
    nice -n 15 python bench/bench_inword_hits.py --fts5 /tmp/s/today.db /tmp/s/inword.db

With ``--fts5`` each substring word is looked up as aiwatch looks it up today (the phrase of its
bigrams over the bigram columns) on the first corpus, and as the candidate would (the phrase of
its words over the word columns OR the phrase of its bigrams) on the second: the CPU time of
counting every match and of the first 20 by bm25, median of ``--rounds``.

Writes markdown to standard output.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import pairwise
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from inword_grams import word_grams  # noqa: E402

SEP = "\x00"


class Column:
    """One column of one article as both semantics need it: its runs and its index words."""

    __slots__ = ("long_words", "pairs", "postings", "runs", "words")

    def __init__(self, text: str | None) -> None:
        from aiwatch.store import fts

        words = fts.index_text(text)
        self.runs = SEP + SEP.join(fts.runs(text or "")) + SEP
        self.words = " " + words + " "
        distinct = set(words.split(" "))
        self.long_words = SEP + SEP.join(w for w in distinct if len(w) >= 3 and fts.has_cjk(w)) + SEP
        self.pairs = {w for w in distinct if len(w) == 2 and fts.has_cjk(w)}
        #: index tokens per layout: words, today's bigram stream, the candidate's (both variants)
        self.postings = (
            len(words.split()),
            len(fts.gram_tokens(text)),
            len(word_grams(words, finals=True)),
            len(word_grams(words, finals=False)),
            len(set(word_grams(words, finals=True)) | {a[-1] + b[0] for a, b in pairwise(words.split())}),
        )


def today_match(column: Column, query: str) -> bool:
    """The bigram phrase of ``fts.gram_query`` over the runs: the first run of the query ends a run,
    the middle ones are whole runs, the last starts one; a single run is anywhere in a run."""
    from aiwatch.store import fts

    parts = fts.runs(query)
    if not parts:
        return False
    if len(parts) == 1:
        return parts[0] in column.runs
    return (parts[0] + SEP + SEP.join(parts[1:])) in column.runs


def inword_match(column: Column, query: str) -> bool:
    """The phrase of the query's segmented words, or (a single run) its bigrams inside one word of
    three or more characters; one character anywhere inside a word (the exact variant)."""
    from aiwatch.store import fts

    words = fts.tokens(query)
    if words and " " + " ".join(words) + " " in column.words:
        return True
    parts = fts.runs(query)
    if len(parts) != 1:
        return False
    if len(parts[0]) == 1:  # every character of a run is inside one of its words
        return parts[0] in column.runs
    return parts[0] in column.long_words


def substring_words(node) -> list[str]:
    """The query words that are substrings today (``search._is_substring``), in order."""
    from aiwatch.store.query import And, Not, Or, Text
    from aiwatch.store.search import _is_substring

    if isinstance(node, Text):
        return [node.text] if _is_substring(node) and not node.title_only else []
    if isinstance(node, Not):
        return substring_words(node.child)
    if isinstance(node, And | Or):
        return [word for child in node.children for word in substring_words(child)]
    return []


def evaluate(node, found: dict[str, set[int]], universe: set[int], word_sets: dict) -> set[int] | None:
    """The articles the words-only part of ``node`` matches (None: no words in it)."""
    from aiwatch.store.query import And, Not, Or, Text
    from aiwatch.store.search import _is_substring

    if isinstance(node, Text):
        if _is_substring(node) and not node.title_only:
            return found[node.text]
        return word_sets.get((node.text, node.mode))
    if isinstance(node, Not):
        inner = evaluate(node.child, found, universe, word_sets)
        return None if inner is None else universe - inner
    if isinstance(node, And):
        parts = [p for p in (evaluate(c, found, universe, word_sets) for c in node.children) if p is not None]
        return set.intersection(*parts) if parts else None
    if isinstance(node, Or):
        parts = [evaluate(c, found, universe, word_sets) for c in node.children]
        return None if any(p is None for p in parts) else set.union(*parts)
    return None


def fts5_expressions(word: str) -> tuple[str, str]:
    """The FTS5 MATCH of a substring word today, and in the candidate layout."""
    from aiwatch.store import fts

    grams, prefix = fts.gram_query(word)
    today = "{title_grams body_grams} : " + fts.fts5_phrase(grams, prefix)
    words = fts.tokens(word)
    parts = fts.runs(word)
    candidate = "{title body} : " + fts.fts5_phrase(words, len(parts) == 1 and len(parts[0]) == 1)
    if (len(parts) == 1 and len(parts[0]) > 1) or len(parts) == 1:
        candidate = f"({candidate}) OR ({today})"
    return today, candidate


def fts5_costs(today_db: str, inword_db: str, rounds: int) -> None:
    import sqlite3
    import statistics

    from aiwatch.store.query import parse
    from bench_search import corpus_classes

    words = sorted({w for qs in corpus_classes().values() for q in qs for w in substring_words(parse(q))})
    connections = [sqlite3.connect(f"file:{db}?mode=ro", uri=True) for db in (today_db, inword_db)]
    print(f"Command: `python bench/bench_inword_hits.py --fts5 {today_db} {inword_db} --rounds {rounds}`\n")
    print("| word | today: matches | count, CPU ms | first 20 by bm25 | in words: matches | count | first 20 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for word in words:
        cells = []
        for conn, expression in zip(connections, fts5_expressions(word), strict=True):
            counted, ranked, found = [], [], 0
            for _ in range(rounds):
                cpu = time.process_time()
                found = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (expression,))
                found = found.fetchone()[0]
                counted.append(1000 * (time.process_time() - cpu))
                cpu = time.process_time()
                conn.execute(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                    "ORDER BY bm25(articles_fts, 5.0, 1.0, 5.0, 1.0) LIMIT 20",
                    (expression,),
                ).fetchall()
                ranked.append(1000 * (time.process_time() - cpu))
            cells += [str(found), f"{statistics.median(counted):.1f}", f"{statistics.median(ranked):.1f}"]
        print(f"| {word} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="Generated articles (bench_store's corpus)")
    parser.add_argument("--fts5", nargs=2, metavar=("TODAY_DB", "INWORD_DB"), help="Time the FTS5 lookups instead")
    parser.add_argument("--rounds", type=int, default=5, help="With --fts5: runs per lookup (the median is shown)")
    args = parser.parse_args()
    if args.fts5:
        fts5_costs(*args.fts5, args.rounds)
        return

    from aiwatch.store.query import parse
    from bench_search import corpus_classes
    from bench_store import Corpus
    from machine import describe_machine

    classes = corpus_classes()
    trees = {query: parse(query) for queries in classes.values() for query in queries}
    words = sorted({word for tree in trees.values() for word in substring_words(tree)})
    today: dict[str, set[int]] = {word: set() for word in words}
    inword: dict[str, set[int]] = {word: set() for word in words}
    two_character_words: set[str] = set()
    postings = [0, 0, 0, 0, 0]
    start = time.perf_counter()
    for number, article in enumerate(Corpus().generate(args.count)):
        columns = (Column(article["title"]), Column(article["body"]))
        two_character_words.update(columns[0].pairs, columns[1].pairs)
        for column in columns:
            postings = [total + count for total, count in zip(postings, column.postings, strict=True)]
        for word in words:
            if any(today_match(column, word) for column in columns):
                today[word].add(number)
            if any(inword_match(column, word) for column in columns):
                inword[word].add(number)
    seconds = time.perf_counter() - start
    universe = set(range(args.count))

    print(f"Machine: {describe_machine()}; {args.count:,} generated articles read in {seconds:.0f} s.")
    print(f"Command: `python bench/bench_inword_hits.py --count {args.count}`\n")
    words_each, today_each, exact_each, no1_each, across_each = (total / args.count for total in postings)
    print(
        f"Index tokens per article (title and body): {words_each:.0f} words; bigram stream today "
        f"{today_each:.0f}; in-word bigrams {exact_each:.0f} with the last characters of two-character "
        f"words (inword-exact1), {no1_each:.0f} without (inword-no1); inword-exact1 and the bigram across "
        f"each two words side by side (what would keep 能芯 in 智能|芯片), distinct: {across_each:.0f}.\n"
    )
    print("Per query word (articles matching, duplicates included):\n")
    print("| word | today (bigrams over runs) | in words | lost | gained |")
    print("|---|---:|---:|---:|---:|")
    for word in words:
        lost, gained = len(today[word] - inword[word]), len(inword[word] - today[word])
        print(f"| {word} | {len(today[word])} | {len(inword[word])} | {lost} | {gained} |")
    print("\nPer query of bench_search's set, its words-only part (fields and dates filter both alike):\n")
    print("| class | query | today | in words | lost | gained |")
    print("|---|---|---:|---:|---:|---:|")
    for klass, queries in classes.items():
        for query in queries:
            tree = trees[query]
            if not substring_words(tree):
                print(f"| {klass} | `{query or '(empty)'}` | – | – | no substring word: unchanged | |")
                continue
            before = evaluate(tree, today, universe, {})
            after = evaluate(tree, inword, universe, {})
            if before is None or after is None:
                print(f"| {klass} | `{query}` | – | – | words beside other word kinds | |")
                continue
            lost, gained = len(before - after), len(after - before)
            print(f"| {klass} | `{query}` | {len(before)} | {len(after)} | {lost} | {gained} |")
    ending: dict[str, int] = {}
    for word in two_character_words:
        ending[word[-1]] = ending.get(word[-1], 0) + 1
    sizes = sorted(ending.values())
    print(
        f"\nThe corpus's distinct two-character words (what a one-character query would expand to in the "
        f"layout without their last characters): {len(two_character_words):,}, ending in {len(sizes):,} "
        f"characters; words ending in one character: median {sizes[len(sizes) // 2]}, "
        f"99th percentile {sizes[int(len(sizes) * 0.99)]}, most {sizes[-1]} "
        f"({', '.join(f'{c} {n}' for c, n in sorted(ending.items(), key=lambda x: -x[1])[:5])})."
    )


if __name__ == "__main__":
    main()
