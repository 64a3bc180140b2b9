"""A mail saved as text (an .eml or a mail client's "save as"): its header block gives the date, the
sender and the subject, the text after it is the story (a press release sent to newsrooms)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from email.header import decode_header
from email.parser import HeaderParser
from email.utils import parseaddr, parsedate_to_datetime

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read.registry import Document, register

# The header block: RFC 5322 fields from the first line to the first blank line, folded lines
# indented; From: and a Date: or a Subject: among them.
_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]?")
_HEADER_END = re.compile(r"\r?\n\r?\n")
# A sender named by a unit after the organisation's name (江湾机器人 品牌部, 某某科技 市场部 Press):
# the organisation is the outlet.
_UNIT = re.compile(r"\s+(?:[\u4e00-\u9fff]{0,6}(?:部|中心|团队|办公室|小组)|PR|Press|Media|Newsroom|News)$", re.I)
# A label in brackets before the subject's words: 【新闻稿】, [Press Release]
_SUBJECT_LABEL = re.compile(r"^\s*(?:【[^】]{1,8}】|\[[^\]]{1,20}\])\s*")
# The signature's delimiter line ("-- "), and a press release's tail: the boilerplate about the
# company (关于某某：…, About …) and the press contact (媒体联系：…) after the story.
_SIGNATURE = re.compile(r"^--\s*$", re.MULTILINE)
_RELEASE_TAIL = re.compile(r"^(?:关于[^\n:：。]{1,30}[:：]|(?:媒体|新闻)(?:联系|联络)|About [A-Z])", re.MULTILINE)


def _header_block(text: str) -> str | None:
    end = _HEADER_END.search(text[:65536])
    if not end:
        return None
    block = text[: end.start()]
    lines = block.splitlines()
    if not lines or not all(_FIELD.match(line) or line[:1] in " \t" for line in lines):
        return None
    names = {line.split(":", 1)[0].lower() for line in lines if _FIELD.match(line)}
    if "from" not in names or not names & {"date", "subject"}:
        return None
    return block


def sniff_mail(doc: Document) -> int:
    block = _header_block(doc.text)
    if block is None:
        return 0
    content_type = HeaderParser().parsestr(block).get("Content-Type", "text/plain")
    # a saved page (MHTML: multipart/related, text/html) is the HTML reader's
    return 90 if not re.search(r"html|multipart", content_type, re.I) else 0


def _decoded(value: str | None) -> str:
    """A header's words with its =?UTF-8?B?…?= parts decoded; words written as they are kept."""
    if not value:
        return ""
    parts = []
    try:
        for part, charset in decode_header(value):
            if isinstance(part, bytes):
                # decode_header gives an unencoded part back in raw-unicode-escape
                part = part.decode(charset or "raw-unicode-escape", errors="replace")
            parts.append(part)
    except (ValueError, LookupError):
        return " ".join(value.split())
    return " ".join("".join(parts).split())


def sender_name(value: str) -> str | None:
    """``"江湾机器人 品牌部" <pr@…>`` -> ``江湾机器人``: the name without its address and the unit."""
    name, _address = parseaddr(_decoded(value))
    name = name.strip().strip('"')
    if not name:
        return None
    return _UNIT.sub("", name).strip() or name


def message_text(text: str, subject: str) -> str:
    """The story of a mail: after a cover note to the recipient when a line repeats the subject
    (各位媒体老师好，附上新闻稿… over 【新闻稿】标题), before the signature and a press release's tail."""
    for cut in (_SIGNATURE.search(text), _RELEASE_TAIL.search(text)):
        if cut:
            text = text[: cut.start()]
    key = re.sub(r"\s+", "", subject)
    if len(key) >= 6:
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if re.sub(r"\s+", "", _SUBJECT_LABEL.sub("", line)) == key:
                text = "\n".join(lines[i + 1 :])
                break
    return text.strip("\r\n") + "\n"


@register("mail", sniff_mail)
def read_mail(doc: Document, options: Options) -> Iterable[Article]:
    block = _header_block(doc.text)
    assert block is not None  # the sniffer matched
    headers = HeaderParser().parsestr(block)
    article = Article(path=doc.path, format="text")
    subject = _SUBJECT_LABEL.sub("", _decoded(headers.get("Subject")))
    if subject:
        article.hints["title"] = subject
    sender = sender_name(headers.get("From", ""))
    if sender:
        article.hints["source"] = sender
    try:
        sent = parsedate_to_datetime(headers.get("Date", ""))
    except (TypeError, ValueError):
        sent = None
    if sent is not None:
        article.hints["published"] = sent.isoformat()
    article.raw = message_text(doc.text[len(block) :], subject)
    article.raw_kind = "text"
    yield article
