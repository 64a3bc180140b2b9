"""Where the benchmark scripts and the tests find the data that lives outside the repository.

The seeds and the evaluation sets are in ``shared/`` beside the clone (``../shared``); a worktree
one level deeper (``wt/NAME``) finds it one level further up.  ``AIWATCH_SHARED`` names another
folder.  Every script and ``tests/conftest.py`` asks this module, so a suite run and the tests
always agree on whether the data is there.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The ``shared`` folder: ``$AIWATCH_SHARED``, else ``../shared``, else ``../../shared``.

    When none exists the first candidate is returned, so a message can name where it was looked for.
    """
    override = os.environ.get("AIWATCH_SHARED")
    if override:
        return Path(override)
    candidates = (ROOT.parent / "shared", ROOT.parent.parent / "shared")
    return next((d for d in candidates if d.is_dir()), candidates[0])


SHARED = shared_dir()
