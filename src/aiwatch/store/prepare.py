"""What the store derives from an article's title and body alone, computable away from the writer.

Storing an article costs the writer CPU for work that needs no database: the MinHash signature and
its LSH bucket keys (dedup), and the text the search index is built from (the segmented words, the
character bigrams).  ``prepare`` computes them for one title and body; an analysis worker (``aiwatch
ingest --jobs N``) or a preparing process beside the writer (``ingest_articles(prepare_jobs=N)``)
runs it, and the writer then only probes, links and inserts.  Dedup stays exact: the probes of the
stored and of the same batch's articles still run in the writer, on the same signatures.

A ``Prepared`` names the flavour it was made for (SQLite's FTS5 wants the bigram stream with its
positions, PostgreSQL the set) and the index dictionary's fingerprint, and carries a digest of the
title and body it was computed from: the writer uses it only when all three match what it is
about to store, and otherwise computes the same values itself.  So the stored rows never depend on
where the preparation ran.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, NamedTuple

from aiwatch.store import dedup, fts

if TYPE_CHECKING:
    from aiwatch.article import Article

#: The key an analysis worker puts the preparation under in ``Article.hints`` (pipeline-internal,
#: never written out); the ingest takes it out before the article's JSON form is made.
HINT = "store.prepared"


class Prepared(NamedTuple):
    flavour: str  # "sqlite" or "postgresql": the shape of ``index``
    dictionary: str  # fts.dictionary_fingerprint() of the process that cut the words
    digest: bytes  # of the title and body, NUL characters removed as the writer stores them
    signature: bytes  # dedup.to_bytes of the MinHash signature
    keys: tuple[int, ...]  # dedup.band_keys
    #: SQLite: (title words, body words, title bigram stream, body bigram stream);
    #: PostgreSQL: (title words, body words, the distinct bigrams space-separated, the pairs of
    #: common words joined by ``PAIR_SEPARATOR``).
    index: tuple[str, ...]


#: Separates the pair lexemes of one article in the string sent for it (a lexeme holds a space).
PAIR_SEPARATOR = "\t"


def flavour_of(dialect: str) -> str:
    return "postgresql" if dialect == "postgresql" else "sqlite"


def text_digest(title: str | None, body: str | None) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    digest.update((title or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update((body or "").encode("utf-8", "surrogatepass"))
    return digest.digest()


def index_values(title: str | None, body: str | None, flavour: str) -> tuple[str, ...]:
    """The search index's text of one article, in ``flavour``'s shape (see ``Prepared.index``)."""
    if flavour == "postgresql":
        words = (fts.index_text(title), fts.index_text(body))
        return (*words, " ".join(fts.distinct_grams(title, body)), pair_text(*words))
    return (fts.index_text(title), fts.index_text(body), fts.gram_text(title), fts.gram_text(body))


def pair_text(*index_texts: str) -> str:
    """The common-word pairs of texts as ``fts.index_text`` gives them, in the one string a row of
    ``article_pairs`` is written from (``writer.insert_pairs``; migration 0013 fills old rows with it)."""
    return PAIR_SEPARATOR.join(fts.common_pairs(*index_texts))


def _without_nul(value: Any) -> Any:
    return value.replace("\x00", "") if isinstance(value, str) else value


def attach(article: Article, flavour: str) -> None:
    """Prepare an article where it is finished (a worker of ``runner.run``: pass
    ``functools.partial(attach, flavour=…)`` as its ``finish``), under the hint the writer reads."""
    article.hints[HINT] = prepare(article.title, article.body, flavour)


def prepare(title: str | None, body: str | None, flavour: str) -> Prepared:
    """Everything the writer derives from this title and body (as stored: NUL characters removed)."""
    title, body = _without_nul(title), _without_nul(body) or ""
    sig = dedup.signature(body)
    return Prepared(
        flavour,
        fts.dictionary_fingerprint(),
        text_digest(title, body),
        dedup.to_bytes(sig),
        tuple(dedup.band_keys(sig)),
        index_values(title, body, flavour),
    )


def prepare_many(items: list[tuple[str, str | None, str | None]], flavour: str) -> dict[str, Prepared]:
    """``{id: Prepared}`` for ``(id, title, body)`` triples: one task of a preparing process."""
    return {ident: prepare(title, body, flavour) for ident, title, body in items}


def usable(prepared: Prepared | None, title: str | None, body: str, flavour: str) -> bool:
    """Whether ``prepared`` was made for exactly this (already NUL-free) title and body and store."""
    return (
        prepared is not None
        and prepared.flavour == flavour
        and prepared.dictionary == fts.dictionary_fingerprint()
        and prepared.digest == text_digest(title, body)
    )
