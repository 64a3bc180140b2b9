"""Command-line pieces of the analysis: the ``idf`` command and the check of the user's data files.

Kept beside the analysis so that ``cli.py`` stays thin: it registers these and calls the check.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from aiwatch.analyze.idf import build_idf, load_idf
from aiwatch.analyze.taxonomy import load_taxonomy
from aiwatch.errors import AiwatchError
from aiwatch.options import Options


def check_analysis_files(options: Options) -> None:
    """Load the user's taxonomy and IDF files now, so a bad file stops the run once, by name."""
    if not options.analyze:
        return
    if options.enabled("taxonomy"):
        load_taxonomy(tuple(options.taxonomy_files))
    if options.idf_file is not None and (options.enabled("keywords") or options.enabled("summary")):
        load_idf(options.idf_file)
    if options.stopword_files and (options.enabled("keywords") or options.enabled("summary")):
        from aiwatch.analyze.keywords import stop_words

        stop_words(tuple(options.stopword_files))  # a missing --stopwords file stops the run here
    if options.enabled("entities"):
        from aiwatch.analyze.entities import warm as warm_entities

        warm_entities(options)  # a bad --gazetteer file or a missing --entity-model stops here


def register_analysis_commands(app: typer.Typer) -> None:
    @app.command("idf")
    def idf_command(
        paths: Annotated[list[str], typer.Argument(help="Your articles: files, directories, globs (any format).")],
        output: Annotated[Path, typer.Option("--output", "-o", help="The IDF file to write (word value per line).")],
        min_df: Annotated[int, typer.Option("--min-df", help="Keep words found in at least this many articles.")] = 2,
    ) -> None:
        """Build an IDF table from your own corpus; use it with `aiwatch extract --idf FILE`."""
        try:
            documents, words = build_idf(paths, output, min_df)
        except AiwatchError as exc:
            print(exc.describe(), file=sys.stderr)
            raise typer.Exit(1) from None
        print(f"{words} word(s) from {documents} article(s) written to {output}", file=sys.stderr)
