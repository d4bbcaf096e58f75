"""A year-less header stamp dated with the year of the page's own address (dates.year_from_url)."""

from __future__ import annotations

import pytest

from unionkit.extract.dates import year_from_url

ROW = "发布时间：3月7日 14:05　　浏览次数：356次　　信息来源：某县总工会"


@pytest.mark.parametrize("url,iso", [
    ("http://www.example.org.cn/xqdt/2025/0307/8842.html", "2025-03-07T14:05"),
    ("http://www.example.cn/a/202503/07/1.html", "2025-03-07T14:05"),
    ("http://www.example.cn/c/t20250307_123.html", "2025-03-07T14:05"),
    ("http://www.example.cn/2025-03-07/a.html", "2025-03-07T14:05"),
    # negatives
    ("http://www.example.cn/2025/0308/1.html", None),  # another day: the address is not the stamp's
    ("http://www.example.cn/content_20250307123.htm", None),  # an id's digits, not a date
    ("http://2025.example.cn/0307.html", None),  # the host's digits
    ("http://www.example.cn/news/8842.html", None),  # no date in the address
    (None, None),
])
def test_url_year(url, iso):
    assert year_from_url([ROW], url) == iso


def test_full_date_in_header_wins():
    """A header that already holds a full date is not re-dated from the address."""
    assert year_from_url(["2024-03-07 10:00", ROW], "http://x.cn/2025/0307/1.html") is None


def test_two_yearless_stamps():
    """Two year-less stamps: which one the address dates is unknown."""
    assert year_from_url([ROW, "更新时间：3月8日 09:00"], "http://x.cn/2025/0307/1.html") is None
