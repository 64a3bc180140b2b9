"""The one record that travels through every stage, and its public JSON form.

The JSON object written by ``aiwatch extract`` is a public contract: fields are added by later
stages, never renamed.  Unknown values stay ``None`` (JSON ``null``); a guess is never presented as
a fact.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the records are TypedDicts: plain dicts at run time
    from aiwatch.records import EntityRef, Event, Figure, Term

#: Fields the analysis stages fill, in contract order (None: not analysed).
ANALYSIS_FIELDS = (
    "keywords",
    "technologies",
    "industries",
    "entities",
    "events",
    "figures",
    "summary",
    "event_summary",
)
#: Fields that only live inside the pipeline and are never written out.
INTERNAL_FIELDS = frozenset({"raw", "raw_kind", "hints"})

_SPACE = re.compile(r"\s+")


@dataclass
class Article:
    """One news article, from raw input to analysed record.

    ``raw`` holds what the reader found before cleaning (text, Markdown or an HTML fragment,
    as ``raw_kind`` says); ``hints`` holds metadata candidates a reader saw (for example the
    ``<meta>`` tags of a page) for the metadata stage to weigh.  Neither is part of the output.
    """

    path: str
    format: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    body: str = ""
    warnings: list[str] = field(default_factory=list)
    # Analysis (issue 4); None means "not analysed", [] means "analysed, nothing found".
    keywords: list[str] | None = None
    # Typed records (aiwatch/records.py), the dicts of the JSON form.
    technologies: list[Term] | None = None
    industries: list[Term] | None = None
    entities: list[EntityRef] | None = None
    events: list[Event] | None = None
    figures: list[Figure] | None = None
    summary: str | None = None
    event_summary: str | None = None
    # Where each metadata value was read and how far to trust it (issue 12):
    # {field: {"from": "meta article:published_time" | "json-ld" | "url:yyyymmdd" | "line" | ...,
    #          "text": what was read, "confidence": 0..1}}.
    evidence: dict[str, Any] | None = None
    # Beside ``keywords`` (which stays a list of words): [{word, mentions: [{start, end}], confidence}].
    keyword_evidence: list[dict[str, Any]] | None = None
    # Pipeline-internal.
    raw: str = ""
    raw_kind: str = "text"
    hints: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Stable identity: a hash of the normalised title and body."""
        return article_id(self.title, self.body)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def to_dict(self, copy: bool = True) -> dict[str, Any]:
        """The public JSON form: ``id`` first, then the fields in declaration order.

        ``copy=False``: the article's own lists and dicts, not copies (the store's writer, which
        copies what it keeps anyway: the deep copy was a fifth of its CPU in ``aiwatch ingest``).
        """
        data: dict[str, Any] = {"id": self.id}
        if not copy:
            data.update((name, getattr(self, name)) for name in _PUBLIC_FIELDS)
            return data
        for key, value in asdict(self).items():
            if key not in INTERNAL_FIELDS:
                data[key] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from its JSON form (unknown keys are ignored, ``id`` is derived)."""
        names = {f.name for f in fields(cls)} - INTERNAL_FIELDS
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs.setdefault("path", data.get("path", "-"))
        kwargs.setdefault("format", data.get("format", "json"))
        return cls(**kwargs)


_PUBLIC_FIELDS = tuple(f.name for f in fields(Article) if f.name not in INTERNAL_FIELDS)


def normalise_for_id(text: str | None) -> str:
    """NFKC, no whitespace: two copies that differ only in spacing get one id."""
    if not text:
        return ""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def article_id(title: str | None, body: str | None) -> str:
    digest = hashlib.sha256()
    digest.update(normalise_for_id(title).encode("utf-8"))
    digest.update(b"\x00")
    digest.update(normalise_for_id(body).encode("utf-8"))
    return digest.hexdigest()[:16]
