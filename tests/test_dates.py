"""Absolute publication dates as Chinese pages write them, to ISO 8601."""

from __future__ import annotations

import pytest

from aiwatch.text.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发布时间:2020-12-10    来源:张江高科技园区官网", "2020-12-10"),  # seed 002
        ("2022-04-24 19:27:09 +0800", "2022-04-24T19:27:09+08:00"),  # seed 003
        ("Fri, 05 Nov 2021 09:03:49 GMT", "2021-11-05T09:03:49+00:00"),  # seed 004
        ("2020年12月10日 10:30", "2020-12-10T10:30:00"),
        ("2020年12月10日", "2020-12-10"),
        ("二〇二〇年十二月十日", None),  # tens in Chinese numerals are not read (十 is not a digit)
        ("2020/12/10", "2020-12-10"),
        ("2020.12.10", "2020-12-10"),
        ("2021-11-05T09:03:49Z", "2021-11-05T09:03:49+00:00"),
        ("2021-11-05T09:03:49+08:00", "2021-11-05T09:03:49+08:00"),
        ("2020年12月", "2020-12"),
        ("1998-03", "1998-03"),  # month precision, as a reader passes on 1998-3
        ("1998-3", "1998-03"),
        ("1998-13", None),
        ("2021", "2021"),
        ("12021", None),
        ("20201210", "2020-12-10"),
        ("2020-02-30", None),
        ("上周五", None),
        ("发布日期： 9/17/2004 5:54:13 AM", "2004-09-17T05:54:13"),  # month first: an English clock says so
        ("7/5/2005 9:23:57 PM", "2005-07-05T21:23:57"),
        ("7/5/2005", None),  # no clock: whose order is unknown
        ("", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, expected: str | None) -> None:
    assert parse_date(text) == expected
