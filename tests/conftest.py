"""Shared fixtures: the seeds and evaluation data live in ../shared, outside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
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
