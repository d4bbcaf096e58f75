"""Dates as Chinese pages write them → ISO 8601 at the written precision; publish-time lines."""

from __future__ import annotations

import pytest

from unionkit.extract.dates import find_published, parse_datetime

LAYOUTS = [
    ("2024-04-18 06:04:03", "2024-04-18T06:04:03"),
    ("2024-04-18 06:04", "2024-04-18T06:04"),
    ("2024-04-18", "2024-04-18"),
    ("2024-4-8", "2024-04-08"),
    ("2024/4/18", "2024-04-18"),
    ("2024/04/18 21:30", "2024-04-18T21:30"),
    ("2024.04.18", "2024-04-18"),
    ("2024年4月18日", "2024-04-18"),
    ("2024年04月18日 06:04", "2024-04-18T06:04"),
    ("2024年4月18日06:04:03", "2024-04-18T06:04:03"),
    ("2024年4月18日 06时04分", "2024-04-18T06:04"),
    ("2024年4月18日 06時04分30秒", "2024-04-18T06:04:30"),
    ("2024年4月18日 下午3:05", "2024-04-18T15:05"),
    ("2024年4月18号", "2024-04-18"),
    ("2024 年 4 月 18 日", "2024-04-18"),
    ("２０２４－０４－１８　１０：２０", "2024-04-18T10:20"),
    ("２０２４年４月１８日", "2024-04-18"),
    ("二〇二四年四月十八日", "2024-04-18"),
    ("二〇一八年十二月三十一日", "2018-12-31"),
    ("2024-04-18T06:04:03+08:00", "2024-04-18T06:04:03"),
    ("2024年4月", "2024-04"),
    ("2024-04", "2024-04"),
    ("2024-02-29", "2024-02-29"),
    # labelled, both scripts
    ("發布時間:2024-03-22", "2024-03-22"),
    ("发布时间：2024-03-22 08:00", "2024-03-22T08:00"),
    ("发表于: 2022-07-25", "2022-07-25"),
    ("發表於 2022-07-25 10:11", "2022-07-25T10:11"),
    ("更新时间:2018-06-01", "2018-06-01"),
    ("更新時間：2018年6月1日", "2018-06-01"),
    ("日期:2021-04-30", "2021-04-30"),
    ("时间:2024-04-18 06:04:03 来源:蓝影头条", "2024-04-18T06:04:03"),
    ("Posted: 2020/01/02 09:03", "2020-01-02T09:03"),
]


@pytest.mark.parametrize("text,iso", LAYOUTS)
def test_layouts(text, iso):
    assert parse_datetime(text) == iso


IMPOSSIBLE = [
    "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024年4月31日", "1850-01-01",
    "2008-2023", "0839-3262473", "蜀ICP备2021007964号-1", "第2024期", "", "没有日期",
]


@pytest.mark.parametrize("text", IMPOSSIBLE)
def test_rejects_impossible_or_non_dates(text):
    assert parse_datetime(text) is None


def test_bad_time_keeps_the_date():
    assert parse_datetime("2024-04-18 25:61") == "2024-04-18"


PUBLISHED = [
    # labelled header lines, simplified and traditional
    (["[休闲] 时间:2024-04-18 06:04:03 来源:蓝影头条 作者:休闲 点击:31次"], "2024-04-18T06:04:03"),
    (["廣元工會網 http://www.example.com/   發布時間:2024-03-22  點擊量:2286   來源:系統管理"], "2024-03-22"),
    (["更新时间:2018-06-01  来源:攀枝花日报"], "2018-06-01"),
    (["發佈日期：2019年5月1日"], "2019-05-01"),
    (["日期:2020-01-02 浏览:5"], "2020-01-02"),
    (["發表於: 2022-07-25"], "2022-07-25"),
    (["发布于 2023-09-09 12:00"], "2023-09-09T12:00"),
    (["Posted 2021-05-06"], "2021-05-06"),
    # forum profile dates before the post date are never the publish time
    (["注册时间: 2008-02-02", "最后登录: 2024-04-16", "楼主 发表于: 2022-07-25"], "2022-07-25"),
    # a publish label beats an update label on the same page
    (["更新时间:2020-02-02", "发布时间:2020-01-01"], "2020-01-01"),
    # bare date lines under the title
    (["来源:中工网", "2021-04-30 12:43"], "2021-04-30T12:43"),
    (["2024年4月18日 星期四"], "2024-04-18"),
    (["2024-04-18 10:20:33 来源:新华网"], "2024-04-18T10:20:33"),
]


@pytest.mark.parametrize("lines,iso", PUBLISHED)
def test_find_published(lines, iso):
    assert find_published(lines) == iso


NOT_PUBLISHED = [
    ["注册时间: 2008-02-02", "最后登录: 2024-04-16"],
    ["註冊時間: 2008-02-02", "最後登錄: 2024-04-16"],
    ["在线时间: 8570(时)"],
    ["Copyright © 2008-2023 by www.workercn.cn. all rights reserved"],
    ["版权所有 2020-01-01"],
    ["2019年11月1日,红桥区委、区政府提前两个月完成任务。"],  # a sentence, not a date line
    ["新华社北京4月28日电"],  # no year: not guessed
    [],
]


@pytest.mark.parametrize("lines", NOT_PUBLISHED)
def test_find_published_rejects(lines):
    assert find_published(lines) is None


def test_bare_date_only_near_the_top():
    lines = ["导航"] * 20 + ["2024-01-01"]
    assert find_published(lines) is None
    assert find_published(["导航", "2024-01-01"]) == "2024-01-01"
