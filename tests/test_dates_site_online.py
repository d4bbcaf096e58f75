"""A portal named "<place>在线" stamps its header row with its name: the 在线 is the site's, not a forum status."""

import pytest

from unionkit.extract.dates import find_published


def _one(line: str) -> str | None:
    return find_published([line], bare=[line])


@pytest.mark.parametrize("line,iso", [
    ("黎平在线 2025-02-11 09:05 来源:黎平县总工会 浏览:1,320", "2025-02-11T09:05"),
    ("湘南在线 2024-03-08 10:12", "2024-03-08T10:12"),
    ("陸河在線 | 2024-06-01", "2024-06-01"),
    ("来源:海南新闻在线 发布时间:2024-01-02 10:00", "2024-01-02T10:00"),
])
def test_site_named_online_keeps_its_stamp(line, iso):
    assert _one(line) == iso


@pytest.mark.parametrize("line", [
    "卜奎老李 当前在线 2024-01-02",  # a poster's status
    "最后在线 2024-01-02 08:00",  # a profile's last-seen time
    "张三 在线 2024-01-02",  # the status as a token of its own
    "在线时间: 2099(时) 注册时间 2019-01-02",  # profile counters
    "上次在线 2024-05-06",
])
def test_status_and_profile_dates_still_refused(line):
    assert _one(line) is None
