"""Days that bound a period (``--since``, ``--until``, the API's ``since``/``until``), checked one way.

``2024``, ``2024-05`` and ``2024-05-18`` are accepted; ``2024-13`` or ``2024-5-1`` are refused
with the reason, by the command line and the web API alike (the API's query pattern is this one).
"""

from __future__ import annotations

import re

#: YYYY, YYYY-MM or YYYY-MM-DD with a real month and a day of 01-31 (empty: no bound).
DAY_PATTERN = r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$"
_DAY = re.compile(DAY_PATTERN)


def period_day(value: str | None, end: bool = False) -> str | None:
    """``2024-05`` → ``2024-05-01`` as a start, ``2024-05-31`` as an end (days compare as text).

    Raises ``ValueError`` naming the value for anything else (``2024-13``, ``May 2024``)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _DAY.match(value):
        raise ValueError(f"not a day: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD, with a month 01-12)")
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-12-31" if end else f"{value}-01-01"
    if len(parts) == 2:
        return f"{value}-31" if end else f"{value}-01"
    return value
