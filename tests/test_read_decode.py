"""Bytes to text: BOMs, declared charsets, Chinese encodings detected when undeclared."""

from __future__ import annotations

import codecs

import pytest

from aiwatch.errors import AiwatchError
from aiwatch.read.decode import canonical_encoding, chinese_score, declared_encoding, decode_bytes, decode_document
from conftest import EXAMPLES

STORY = "上海人工智能实验室发布新一代大模型，张江科学城管委会主任出席发布会并致辞。"
TRADITIONAL = "香港數碼港人工智能超算中心首階段啟用，算力達到三千。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8"),
        (STORY.encode("utf-16"), "utf-16"),  # with BOM, as Windows Notepad saves "Unicode"
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16"),
        (STORY.encode("utf-8"), "utf-8"),
    ],
)
def test_bom_and_utf8(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert text.lstrip("\ufeff") == STORY
    assert found == encoding


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_pure_chinese(encoding: str) -> None:
    # "一" is U+4E00: its UTF-16 form holds a NUL byte, which once made the file look binary.
    text, found = decode_bytes(("一" + STORY).encode(encoding))
    assert (text, found) == ("一" + STORY, encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_ascii_heavy_page_is_not_taken_for_utf16(encoding: str) -> None:
    # Regression: "<!DOCTYPE html>" has ASCII letters 41-7A at every position, which looked like
    # the high bytes of CJK code units; a UTF-8 page came out as 㰡䑏䍔奂...
    head = '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta name="keywords" content="AI">' * 20
    page = head + "<p>香港科學園人工智能</p>"
    assert decode_bytes(page.encode(encoding))[0] == page


def test_utf16_without_bom_ascii_heavy() -> None:
    text, found = decode_bytes("AI chip 7nm, 2024: 芯曜半导体 X1".encode("utf-16-le"))
    assert found == "utf-16-le"
    assert text.endswith("芯曜半导体 X1")


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "gb2312"])
def test_undeclared_gb_family(encoding: str) -> None:
    assert decode_bytes(STORY.encode(encoding)) == (STORY, "gb18030")


def test_undeclared_big5() -> None:
    assert decode_bytes(TRADITIONAL.encode("big5")) == (TRADITIONAL, "big5hkscs")


@pytest.mark.parametrize("word", ["人工智能", "商汤科技发布", "深度学习"])
def test_short_gb_text_is_not_korean(word: str) -> None:
    # charset-normalizer alone reads 人工智能 in GB18030 as cp949: 훙묏例콘.
    assert decode_bytes(word.encode("gb18030"))[0] == word


def test_declared_gb2312_with_gbk_only_character() -> None:
    # 朱镕基: 镕 is not in GB2312; pages that declare gb2312 use it anyway.
    page = '<meta charset="gb2312"><p>朱镕基</p>'.encode("gbk")
    assert "朱镕基" in decode_bytes(page)[0]


def test_wrong_declaration_falls_back_to_detection() -> None:
    page = '<meta charset="big5"><p>上海人工智能</p>'.encode()
    assert decode_bytes(page) == ('<meta charset="big5"><p>上海人工智能</p>', "utf-8")


def test_a_few_bad_bytes_are_replaced_and_reported() -> None:
    data = (STORY * 5).encode("gbk") + b"\xff\x30" + (STORY * 5).encode("gbk")
    text, encoding, warnings = decode_document(data)
    assert encoding == "gb18030"
    assert text.count("\ufffd") == 1
    assert warnings and "undecodable" in warnings[0]


def test_binary_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(AiwatchError) as info:
        decode_bytes(png, "logo.png")
    assert info.value.code == "E102"
    assert "logo.png" in str(info.value)


def test_undecodable_is_refused() -> None:
    with pytest.raises(AiwatchError) as info:
        decode_bytes(bytes([0x80, 0xFF, 0xFE, 0x81, 0x30]) * 300, "noise.txt")
    assert info.value.code == "E103"


def test_declared_and_canonical_names() -> None:
    assert declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">') == "gb18030"
    assert declared_encoding(b'<?xml version="1.0" encoding="big5"?>') == "big5hkscs"
    assert declared_encoding(b"<p>no declaration</p>") is None
    assert canonical_encoding("no-such-codec") is None


def test_chinese_score_separates_right_and_wrong_readings() -> None:
    data = STORY.encode("gbk")
    assert chinese_score(data.decode("gb18030")) > 0.9
    assert chinese_score(data.decode("big5hkscs", errors="replace")) < 0.6


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("text/hefei_policy_gb18030.txt", "gb18030"),
        ("text/hongkong_supercomputing_big5.txt", "big5hkscs"),
        ("text/robot_expo_utf16.txt", "utf-16"),
        ("text/nanjing_lab_utf8bom.txt", "utf-8"),
        ("html/chip_launch_gbk.html", "gb18030"),
        ("html/autonomous_driving_gb2312.htm", "gb18030"),
    ],
)
def test_examples_decode(name: str, encoding: str) -> None:
    text, found, warnings = decode_document((EXAMPLES / name).read_bytes())
    assert found == encoding
    assert warnings == []
    assert "\ufffd" not in text


@pytest.mark.parametrize("declared", ["gb2312", "gbk", "big5", "iso-8859-1"])
def test_utf8_page_with_a_stale_declaration(declared: str) -> None:
    # A site moved to UTF-8 keeping charset=gb2312 in its template: GB18030 would decode the bytes
    # without error, as 涓婃捣浜哄伐鏅鸿兘.
    page = f'<meta charset="{declared}"><p>{STORY}</p>'
    assert decode_bytes(page.encode("utf-8")) == (page, "utf-8")


def test_gb_bytes_that_happen_to_be_valid_utf8_keep_the_declaration() -> None:
    page = '<meta charset="gbk"><p>模</p>'  # 模 is C4 A3 in GBK, "ģ" in UTF-8
    assert decode_bytes(page.encode("gbk")) == (page, "gb18030")


def test_latin_page_with_utf8_bytes() -> None:
    assert decode_bytes('<meta charset="iso-8859-1">café'.encode())[0].endswith("café")
    assert decode_bytes('<meta charset="iso-8859-1">café'.encode("latin-1")) == (
        '<meta charset="iso-8859-1">café',
        "cp1252",
    )


def test_nul_patterned_bytes_are_binary_not_utf16():
    # Every other byte is NUL as in ASCII written in UTF-16-BE, but it reads as U+0001 U+02FF.
    with pytest.raises(AiwatchError) as caught:
        decode_bytes(b"\x00\x01\x02\xff" * 200, "noise.bin")
    assert caught.value.code == "E102"


def test_bomless_utf16_ascii_still_reads():
    text = "Shanghai AI lab opens a new campus.\n" * 20
    assert decode_bytes(text.encode("utf-16-le"), "a.txt") == (text, "utf-16-le")
