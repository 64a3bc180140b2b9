"""Shared fixtures: the seeds and evaluation data live in ../shared, outside the repository."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.pipeline import Pipeline, build_pipeline
from collect_site import Mailbox, Receiver, Site

ROOT = Path(__file__).resolve().parents[1]
# The benchmark scripts and the tests look for ../shared in one place (bench/paths.py).
sys.path.insert(0, str(ROOT / "bench"))
from paths import SHARED  # noqa: E402

SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples"


def seed_path(prefix: str) -> Path:
    """The seed whose file name starts with ``prefix``; skips when ../shared is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS} (../shared is not beside this clone)")
    matches = sorted(SEEDS.glob(f"{prefix}_*"))
    if not matches:
        pytest.skip(f"no seed {prefix}_* in {SEEDS}")
    return matches[0]


def eval_path(*parts: str) -> Path:
    path = EVAL.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data not found at {path} (../shared is not beside this clone)")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS} (../shared is not beside this clone)")
    return SEEDS


def pipeline_for(options: Options | None = None) -> Pipeline:
    """One pipeline per distinct options for the whole test session (building one loads the
    dictionaries: about a second).  Options whose files change during a test must not come here."""
    options = options or Options()
    if options.extra:  # ``extra`` is not part of the options' equality: never share those
        return build_pipeline(options)
    return _pipeline_for(options)


@functools.cache
def _pipeline_for(options: Options) -> Pipeline:
    return build_pipeline(options)


def run_stage(name: str, article: Article, options: Options | None = None) -> Article:
    """One stage of the pipeline built for ``options`` (default options when None) over ``article``."""
    return pipeline_for(options).stage(name)(article)


# The collection tests' real servers on 127.0.0.1 (tests/collect_site.py) ----------------------


@pytest.fixture
def site() -> Iterator[Site]:
    """A news site serving the fixture feeds and pages of tests/data/collect/."""
    running = Site().start()
    yield running
    running.stop()


@pytest.fixture
def second_site() -> Iterator[Site]:
    """Another outlet (another host:port), e.g. one that reprints the first one's story."""
    running = Site().start()
    yield running
    running.stop()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A webhook receiver recording every POST."""
    running = Receiver().start()
    yield running
    running.stop()


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    """A real SMTP server (aiosmtpd) keeping every message."""
    running = Mailbox().start()
    yield running
    running.stop()
