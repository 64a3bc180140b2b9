"""MIME-headed files: a mail saved as text (the header block gives date, sender and subject; the
story is the text) and a page saved as MHTML (the address it was saved from)."""

from __future__ import annotations

from aiwatch.article import Article
from aiwatch.options import Options
from aiwatch.read import read_bytes
from aiwatch.read.mail import sender_name

_MAIL = (
    'From: "江湾智能 市场部" <pr@jiangwan.example.cn>\n'
    "To: newsdesk@example.cn\n"
    "Date: Wed, 05 Mar 2025 01:30:00 +0000\n"
    # 【通稿】 encoded as RFC 2047 before the subject's plain words
    "Subject: =?UTF-8?B?44CQ6YCa56i/44CR?= 江湾智能完成A轮融资\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "\n"
    "各位编辑好，附上今日通稿，供参考。\n"
    "\n"
    "【通稿】江湾智能完成A轮融资\n"
    "\n"
    "苏州，2025年3月5日——江湾智能今日宣布完成1亿元A轮融资，本轮由青石资本领投。\n"
    "\n"
    "关于江湾智能：江湾智能成立于2019年，专注于工业质检。\n"
    "\n"
    "媒体联系：市场部 柯女士\n"
    "\n"
    "--\n"
    "此邮件仅供指定收件人使用。\n"
)


def test_a_saved_mail_gives_sender_date_and_subject() -> None:
    (article,) = read_bytes(_MAIL.encode(), "release.txt", Options())
    assert isinstance(article, Article)
    assert article.hints["title"] == "江湾智能完成A轮融资"
    assert article.hints["source"] == "江湾智能"
    assert article.hints["published"].startswith("2025-03-05T01:30:00")
    # the cover note, the subject's line, the company's boilerplate and the signature are no story
    assert article.raw.strip() == "苏州，2025年3月5日——江湾智能今日宣布完成1亿元A轮融资，本轮由青石资本领投。"


def test_a_text_without_a_mail_header_is_plain_text() -> None:
    text = "From: 江湾日报\n\n江湾智能今日宣布完成1亿元A轮融资。\n"
    (article,) = read_bytes(text.encode(), "note.txt", Options())
    assert article.format == "text" and article.raw.startswith("From:")


def test_the_sender_is_the_organisation_not_its_unit_nor_its_address() -> None:
    assert sender_name('"江湾智能 品牌部" <pr@jiangwan.example.cn>') == "江湾智能"
    assert sender_name("江湾智能 <pr@jiangwan.example.cn>") == "江湾智能"
    assert sender_name("pr@jiangwan.example.cn") is None


def test_a_page_saved_as_mhtml_gives_the_address_it_was_saved_from() -> None:
    page = (
        "From: <Saved by Blink>\n"
        "Snapshot-Content-Location: https://news.example.cn/2025/03/05/88213.shtml\n"
        "Subject: =?utf-8?Q?=E6=B1=9F=E6=B9=BE?=\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----B--x"\n'
        "\n------B--x\nContent-Type: text/html\n"
        "Content-Location: https://news.example.cn/2025/03/05/88213.shtml\n\n"
        "<html><head><title>江湾智能完成1亿元A轮融资_江湾网</title></head><body>"
        "<h1>江湾智能完成1亿元A轮融资</h1><div class='content'>"
        "<p>江湾智能今日宣布完成1亿元A轮融资，本轮由青石资本领投，资金将用于视觉模型研发。</p>"
        "<p>江湾智能成立于2019年，总部位于苏州，目前员工约200人，其系统已在30多家工厂部署。</p>"
        "</div></body></html>\n------B--x--\n"
    )
    (article,) = read_bytes(page.encode(), "saved.mhtml", Options())
    assert article.format == "html"
    assert article.hints["url"] == "https://news.example.cn/2025/03/05/88213.shtml"
