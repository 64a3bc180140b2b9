"""Typed request and response models of the HTTP API; the OpenAPI description is built from them.

Field names are those of the article JSON form (``published``, ``source``, ``figures`` …): the API
speaks the same words as ``aiwatch extract`` and the store.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# YYYY, YYYY-MM or YYYY-MM-DD, as ``aiwatch search --since/--until`` accept (one pattern for the
# command line and the API); empty (a form's blank field) means no bound.
from aiwatch.periods import DAY_PATTERN as DAY_PATTERN

# The analysis records are the core's (one definition for the store and the API).
from aiwatch.records import EntityRef, Event, Figure, Term

EntityType = Literal["ORG", "PER", "LOC", "DOC", "PRODUCT"]


class ErrorBody(BaseModel):
    """Every error: a code from ``aiwatch/errors.py``, a message for people, never a traceback."""

    code: str = Field(examples=["E404"])
    message: str = Field(examples=["E404 /api/articles/0000: no such article"])
    #: For a search query that does not parse (E302): the 0-based character where it goes wrong.
    position: int | None = Field(default=None, examples=[3])


class Copy(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    similarity: float | None = None


class ArticleDetail(BaseModel):
    """The article's full JSON form (every analysis field), plus where its other copies are."""

    model_config = ConfigDict(extra="allow")
    id: str
    path: str | None = None
    format: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    categories: list[str] = []
    tags: list[str] = []
    language: str | None = None
    body: str
    warnings: list[str] = []
    keywords: list[str] | None = None
    technologies: list[Term] | None = None
    industries: list[Term] | None = None
    entities: list[EntityRef] | None = None
    events: list[Event] | None = None
    figures: list[Figure] | None = None
    summary: str | None = None
    event_summary: str | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    revision_of: str | None = Field(default=None, description="the earlier text of this article, which this replaced")
    superseded_by: str | None = Field(default=None, description="a later revision that replaced this text")
    copies: list[Copy] = []


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    summary: str | None = None
    score: float = 0.0
    duplicate_of: str | None = None


class Hit(ArticleSummary):
    snippet: str = ""
    highlights: list[list[int]] = Field(default=[], description="[start, end) character offsets into snippet")


class Paged(BaseModel):
    total: int
    limit: int
    offset: int


Order = Literal["relevance", "newest"]
ORDER_HELP = "relevance (bm25), or newest first: without words, or when more than 5,000 articles match"


class ArticlePage(Paged):
    items: list[ArticleSummary]
    complete: bool = Field(
        True, description="false: more than total (1,000) match; page on with offset or narrow the query"
    )
    order: Order = Field("newest", description=ORDER_HELP)


class FacetValue(BaseModel):
    name: str = Field(description="source, term, entity name, or month (YYYY-MM)")
    count: int
    type: str | None = Field(None, description="entities only: PER, ORG, LOC or DOC")


class Facets(BaseModel):
    """Values with counts over the matching articles (``facets=true``)."""

    counted: int = Field(description="matching articles counted")
    sampled: bool = Field(description="true: more matched, the counts are over the newest `counted` of them")
    sources: list[FacetValue]
    technologies: list[FacetValue]
    industries: list[FacetValue]
    entities: list[FacetValue]
    months: list[FacetValue]


class SearchPage(Paged):
    query: str
    items: list[Hit]
    complete: bool = Field(
        True, description="false: more than total (1,000) match; page on with offset or narrow the query"
    )
    order: Order = Field("newest", description=ORDER_HELP)
    facets: Facets | None = None


class SavedSearch(BaseModel):
    name: str
    query: str = Field(description="in the search language of `/api/search`")
    sort: Literal["relevance", "date"] = "relevance"
    created_at: str | None = None
    updated_at: str | None = None


class SavedSearchBody(BaseModel):
    query: str = Field(min_length=1, max_length=1000, examples=["智算 OR 算力 -广告 source:36氪"])
    sort: Literal["relevance", "date"] = "relevance"


class SavedSearchResults(BaseModel):
    search: SavedSearch
    items: list[Hit]


class EntityListItem(BaseModel):
    name: str
    type: str
    aliases: list[str] = []
    articles: int
    mentions: int


class EntityPage(Paged):
    items: list[EntityListItem]


class EntityArticle(ArticleSummary):
    count: int | None = None


class CoMention(BaseModel):
    name: str
    type: str
    articles: int = Field(description="articles naming both entities")


class MonthCount(BaseModel):
    month: str
    articles: int


class Report(BaseModel):
    article: str
    title: str | None = None
    source: str | None = None


class TimelineEvent(BaseModel):
    event_id: str | None = Field(default=None, description="the event's id: GET /api/events/{event_id}")
    type: str | None = Field(
        default=None,
        description="funding, launch, policy, appointment, partnership, ipo, ma, project_opening, licence, other",
    )
    arguments: dict[str, Any] = Field(default={}, description="role -> value as written (investors, parties: lists)")
    confidence: float | None = None
    date: str
    date_text: str | None = None
    precision: str | None = None
    text: str | None = None
    entities: list[str] = []
    sources: list[str] = Field(description="every outlet that reported the event")
    reports: list[Report]


class EntityDetail(BaseModel):
    name: str
    type: str
    aliases: list[str]
    article_count: int
    articles: list[EntityArticle]
    limit: int
    offset: int
    co_mentioned: list[CoMention]
    months: list[MonthCount]
    events: list[TimelineEvent]


class TimelinePage(Paged):
    items: list[TimelineEvent]
    complete: bool = Field(description="false: more events lie beyond this page; total counts those found so far")


class Series(BaseModel):
    name: str
    en: str | None = None
    total: int
    counts: list[int] = Field(description="articles per month, aligned with months")


class Trends(BaseModel):
    kind: Literal["technology", "industry"]
    months: list[str]
    series: list[Series]


class IngestedArticle(BaseModel):
    id: str
    title: str | None = None
    status: Literal["new", "unchanged", "duplicate"]


class IngestResult(BaseModel):
    name: str
    stored: list[IngestedArticle]
    errors: list[ErrorBody]
