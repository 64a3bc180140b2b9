"""The README names every command and every analysis setting (flag and config key)."""

from __future__ import annotations

from pathlib import Path

from aiwatch import config
from aiwatch.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)


def test_every_command_is_in_the_readme():
    names = command_names()
    assert {"extract", "ingest", "reanalyze", "idf", "search", "report", "export", "serve", "plugins"} <= set(names)
    missing = [name for name in names if f"aiwatch {name}" not in README]
    assert missing == []


def test_every_setting_is_in_the_readme():
    missing = [s.flag for s in config.SETTINGS.values() if s.flag not in README and s.name != "analyze"]
    assert missing == []
    assert "--no-analyze" in README and "aiwatch.toml" in README and "AIWATCH_" in README
