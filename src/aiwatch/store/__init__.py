"""The corpus store: normalised tables on SQLite or PostgreSQL, full-text search, near-duplicates.

All database work lives in this package; the command line and the web views stay thin.  Imports
are lazy so that ``aiwatch extract`` does not pay for SQLAlchemy and Alembic at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aiwatch.store.db import Store, open_store

__all__ = ["Store", "open_store"]


def __getattr__(name: str):
    if name in __all__:
        from aiwatch.store import db

        return getattr(db, name)
    raise AttributeError(name)
