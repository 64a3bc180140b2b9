"""``aiwatch report``, registered on the CLI app: the corpus report for a period, from the store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from aiwatch.store.commands import DbOpt, SinceOpt, UntilOpt, _day, _one_line_errors


def report(
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, html or json.")] = "md",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    top: Annotated[int, typer.Option("--top", help="Rows per ranking.")] = 15,
) -> None:
    """Corpus report for a period: volume, trends, entities, co-occurrences, figures, event timeline."""
    from aiwatch.report import RENDERERS, build_report
    from aiwatch.store import open_store

    if fmt not in RENDERERS:
        raise typer.BadParameter(f"--format must be one of {', '.join(RENDERERS)}")
    if top < 1:
        raise typer.BadParameter("--top must be 1 or more")
    with _one_line_errors(db), open_store(db, read_only=True) as store:
        data = build_report(store, _day(since), _day(until, end=True), top=top)
    write_text(RENDERERS[fmt](data), output)


def write_text(content: str, output: Path | None) -> None:
    """Standard output, or a file that appears whole (temporary file, then renamed)."""
    from aiwatch.store.export import atomic_path

    with atomic_path(output) as (_, tmp):
        if tmp is None:
            sys.stdout.write(content)
            return
        Path(tmp).write_text(content, encoding="utf-8")


def register(app: typer.Typer) -> None:
    app.command()(report)
