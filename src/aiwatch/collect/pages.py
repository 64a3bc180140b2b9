"""One page named on the command line (``aiwatch extract https://…``, ``aiwatch ingest https://…``):
fetched politely, once, and handed to the readers like a file."""

from __future__ import annotations

from aiwatch.collect.http import Fetcher, FetchError, Politeness
from aiwatch.errors import AiwatchError
from aiwatch.read.inputs import Input


def fetch_input(url: str, politeness: Politeness | None = None) -> Input | AiwatchError:
    try:
        with Fetcher(politeness or Politeness(retries=1, delay=0.0)) as fetcher:
            answer = fetcher.fetch(url)
    except FetchError as exc:
        return AiwatchError("E100", url, detail=exc.reason)
    return Input(url, None, answer.content, url=answer.url, charset=answer.charset)
