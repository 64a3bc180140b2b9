"""The ``idf`` command: an IDF table from the user's own articles, read through the pipeline.

Above both the pipeline and ``analyze/idf.py`` (the table arithmetic, which imports neither), so
that no analysis module imports the pipeline; ``cli.py`` registers the command.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from aiwatch.analyze.idf import document_frequencies, idf_values, write_idf
from aiwatch.cli_options import EngineOpt, SchedulerOpt, analysis_options, engine_option
from aiwatch.errors import AiwatchError
from aiwatch.options import Options

if TYPE_CHECKING:
    from aiwatch.article import Article
    from aiwatch.dask_engine import DaskEngine as Engine
    from aiwatch.pipeline import Pipeline


def article_words(article: Article, pipeline: Pipeline) -> list[str]:
    """An article's candidate words (segmented with the user's words, stop words left out): what a
    Dask worker sends back for ``idf`` instead of the whole article."""
    from aiwatch.analyze.keywords import candidate_words

    return candidate_words(article, pipeline.resources.require("vocabulary"))


def corpus_words(paths: Iterable[str], options: Options, engine: Engine | None = None) -> Iterator[list[str]]:
    """The candidate words of each article found under ``paths``, read and cleaned by the pipeline
    (with the user's words and stop words, as ``extract`` with the same options would); on
    ``engine``'s workers when one is given (``--engine dask``)."""
    from aiwatch.pipeline import build_pipeline
    from aiwatch.read import expand_inputs
    from aiwatch.runner import run

    options = dataclasses.replace(options, analyze=False)
    inputs = (item for item in expand_inputs(list(paths)) if not isinstance(item, AiwatchError))
    if engine is not None:
        for outcome in engine.run(inputs, options, None, then=article_words, resources=("vocabulary",)):
            yield from outcome.articles
        return
    pipeline = build_pipeline(options, resources=("vocabulary",))
    for outcome in run(inputs, pipeline):
        for article in outcome.articles:
            yield article_words(article, pipeline)


def build_idf(
    paths: Iterable[str], output: Path, min_df: int = 2, options: Options | None = None, engine: Engine | None = None
) -> tuple[int, int]:
    """Build an IDF file from the user's own articles; returns (documents, words written)."""
    paths = list(paths)
    df, total = document_frequencies(corpus_words(paths, options or Options(), engine))
    if total == 0:
        raise AiwatchError("E106", ", ".join(map(str, paths)))
    return total, write_idf(idf_values(df, total, min_df), output)


def register_analysis_commands(app: typer.Typer) -> None:
    # Flags that change what a word is to the IDF table: the segmenter's words (taxonomy,
    # gazetteer), the stop words, the cleaning; the others do not apply to it.
    unused = ("analyze", "disable", "idf", "keywords", "summary_sentences", "entity_model")

    @app.command("idf")
    @analysis_options(exclude=unused)
    def idf_command(
        paths: Annotated[list[str], typer.Argument(help="Your articles: files, directories, globs (any format).")],
        output: Annotated[Path, typer.Option("--output", "-o", help="The IDF file to write (word value per line).")],
        min_df: Annotated[int, typer.Option("--min-df", help="Keep words found in at least this many articles.")] = 2,
        engine: EngineOpt = "local",
        scheduler: SchedulerOpt = None,
        *,
        options: Options,
    ) -> None:
        """Build an IDF table from your own corpus; use it with `aiwatch extract --idf FILE`."""
        if min_df < 1:
            raise typer.BadParameter("--min-df must be 1 or more")
        runs_on = engine_option(engine, scheduler)
        try:
            documents, words = build_idf(paths, output, min_df, options, None if isinstance(runs_on, int) else runs_on)
        except AiwatchError as exc:
            print(exc.describe(), file=sys.stderr)
            raise typer.Exit(1) from None
        print(f"{words} word(s) from {documents} article(s) written to {output}", file=sys.stderr)
