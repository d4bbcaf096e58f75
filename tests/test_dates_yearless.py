"""A year-less header stamp and the footer's copyright year (dates.yearless_stamp, copyright_year, year_from_footer)."""

from __future__ import annotations

import pytest

from unionkit.extract.dates import copyright_year, year_from_footer, yearless_stamp

from conftest import ROAD_CREW_BODY as BODY


@pytest.mark.parametrize("line,stamp", [
    ("12月03日 09:15   融媒记者：闵小娟   浏览：643", (12, 3, 9, 15)),
    ("黔东南融媒 11-26 09:15", (11, 26, 9, 15)),
    ("１２月３日 ０９：１５", (12, 3, 9, 15)),
    # negatives
    ("2024年12月03日 09:15", None),  # a full date is no year-less one
    ("12月03日", None),  # no time
    ("11-26", None),
    ("今天12月03日 09:15，我们召开了会议，会议由工会主席主持。", None),  # prose
    ("12月03日 09:15 12月04日 10:00", None),  # two stamps
    ("13-26 09:15", None),  # no month 13
])
def test_yearless_stamp(line, stamp):
    assert yearless_stamp(line) == stamp


@pytest.mark.parametrize("lines,year", [
    (["Copyright © 2024 某某网 All Rights Reserved"], 2024),
    (["© 2024 某某融媒体中心 版权所有"], 2024),
    (["Copyright © 2010-2024 某某网"], 2024),
    (["版权所有 ©2023 某某工会"], 2023),
    (["© 2023 某某网", "Copyright 2024 某某台"], None),  # two years
    (["某某工会 版权所有", "陇ICP备19002876号"], None),  # no © year (a 备案 number is none)
])
def test_copyright_year(lines, year):
    assert copyright_year(lines) == year


def test_year_from_footer_needs_the_body_to_name_the_year():
    head, foot = ["12月03日 09:15"], ["Copyright © 2024 某某网"]
    assert year_from_footer(head, foot, ["2024年护理技能竞赛"]) == "2024-12-03T09:15"
    assert year_from_footer(head, foot, ["2024年总结，2025年度计划"]) == "2024-12-03T09:15"  # next year's plan
    assert year_from_footer(head, foot, ["2023年总结"]) is None
    assert year_from_footer(head, foot, ["2024年总结，2026年规划"]) is None  # a footer older than the text
    assert year_from_footer(["发布时间：2024-12-01", *head], foot, ["2024年"]) is None


def test_year_end_stamp_over_next_years_plan_takes_the_footer_year():
    # a December piece on next year's wage contract names only 2025: the © 2024 footer still fits it
    head, foot = ["12-03 09:15　来源：某某县融媒体中心"], ["Copyright © 2024 某某县融媒体中心 版权所有"]
    assert year_from_footer(head, foot, ["就2025年度工资增长幅度协商"]) == "2024-12-03T09:15"
    # negatives: an earlier month naming only the next year, a footer two years behind, no year named at all
    assert year_from_footer(["06-03 09:15"], foot, ["就2025年度工资增长幅度协商"]) is None
    assert year_from_footer(head, ["Copyright © 2023 某某网"], ["2025年度计划"]) is None
    assert year_from_footer(head, foot, ["今年以来成效明显"]) is None


# --- a year-less stamp, the year in the © footer only: tied to an event of the stamp's week ---------------

HEADER = ["发布时间：3月7日 10:22　来源：某某工人报　记者：张三"]
BODY_LINES = BODY.strip().split("\n")


def test_footer_year_for_yearless_body():
    assert year_from_footer(HEADER, ["© 2025 某某工人报社 版权所有"], BODY_LINES) == "2025-03-07T10:22"


@pytest.mark.parametrize("footer", [
    ["© 2010-2025 某某工人报社 版权所有"],  # a range: a footer the site keeps current
    ["© 2024 某某工人报社", "Copyright 2025"],  # two years
    ["某某工人报社 版权所有"],  # no year
])
def test_footer_year_ambiguous(footer):
    assert year_from_footer(HEADER, footer, BODY_LINES) is None


@pytest.mark.parametrize("body", [
    ["道班班长在这条路上干了16年，冬天再冷心里也是热的。"],  # no event date to tie the stamp to
    ["2月10日，某某县总工会慰问道班职工。"],  # the event weeks before the stamp
    ["3月9日，某某县总工会将慰问道班职工。"],  # after the stamp
])
def test_footer_year_needs_event_in_week(body):
    assert year_from_footer(HEADER, ["© 2025 某某工人报社 版权所有"], body) is None
