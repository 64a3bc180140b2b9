"""Error messages in one place, with codes, shared by the command line and the API.

A failure always names the input and the reason: ``E102 data/a.html: not a text document``.
"""

from __future__ import annotations

import unicodedata

MESSAGES = {
    "E100": "cannot read: {detail}",
    "E101": "empty input",
    "E102": "not a text document ({detail})",
    "E103": "cannot decode text ({detail})",
    "E104": "too large: {size}, limit {limit} (raise it with --max-mb)",
    "E105": "no such file or directory",
    "E106": "no documents found",
    "E107": "no article text found ({detail})",
    "E108": "malformed {kind}: {detail}",
    "E109": "truncated input ({detail})",
    "E110": "stage {stage} failed: {detail}",
    "E111": "a worker process died while reading this input ({detail})",
    # A document over its budget (runner.Budget): "E112 big.html: over the 60 s time budget".
    "E112": "over the {limit} {kind} budget (raise it with {option})",
    "E113": "an address no installed fetcher takes (extract and ingest fetch http and https; a plugin may "
    "add a scheme under aiwatch.fetchers); `aiwatch fetch URL` fetches web pages",
    "E114": "setting {setting} {detail}",
    "E115": "cannot build the pipeline: {detail}",
    "E200": "cannot write output: {detail}",
    "E300": "cannot open the corpus: {detail}",
    "E301": "cannot store article: {detail}",
    "E302": "bad search query: {detail}",
    "E303": "query took longer than {limit} s; narrow it (words, dates, source)",
    "E304": "no corpus here: {detail}",
    "E305": "made by a newer aiwatch (schema {revision}), upgrade aiwatch",
    "E306": "made by an older aiwatch (schema {revision}) and cannot be upgraded here: {detail}",
    "E307": "database error: {detail}",
    # The web API (issue 6): codes follow the HTTP status they come with.
    "E400": "bad request: {detail}",
    "E401": "ingest needs the operator's token ({detail})",
    "E403": "read-only server: {detail}",
    "E404": "not found: {detail}",
    "E405": "method not allowed",
    "E408": "request not received in time ({detail})",
    "E413": "request too large: limit {limit}",
    "E503": "server busy: {detail}; try again in a moment",
    "E500": "internal error, logged on the server",
}


def escape_control(text: str) -> str:
    """Control and format characters as escapes (``\\n``, ``\\x1b``, ``\\u2028``), everything else as is: a
    file named "a.txt\\nE000 forged" must stay one error line, and 人工智能 must stay readable."""
    if text.isprintable():
        return text
    return "".join(_escape_char(char) for char in text)


def _escape_char(char: str) -> str:
    if char == " " or unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp"):
        return char
    return repr(char)[1:-1]


class AiwatchError(Exception):
    """An error about one input, with a code and the input's name."""

    def __init__(self, code: str, path: str = "", **detail: object) -> None:
        self.code = code
        self.path = path
        self.detail = detail
        super().__init__(self.describe())

    @property
    def reason(self) -> str:
        template = MESSAGES.get(self.code, "{detail}")
        try:
            return template.format(**self.detail)
        except KeyError:
            return template

    def describe(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return escape_control(f"{self.code} {where}{self.reason}")

    def with_path(self, path: str) -> AiwatchError:
        return AiwatchError(self.code, path, **self.detail)
