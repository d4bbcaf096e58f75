"""The site's name around a headline: a suffix barred off with 丨 or │ (split off, or kept whole when the part before
the bar is a kicker), and a site's name-and-slogan line, which is no headline; with the look-alikes that stay."""

from __future__ import annotations

import pytest

from unionkit.clean import title as tmod
from unionkit.clean.lines import fold

from conftest import ROAD_CREW_BODY as BODY, page_title as _title


# --- site suffix barred off with 丨 or │ ------------------------------------------------------------------

@pytest.mark.parametrize("row, head", [
    ("某县3家劳模创新工作室挂牌成立丨某某信息港", "某县3家劳模创新工作室挂牌成立"),
    ("某县3家劳模创新工作室挂牌成立│某某新闻网", "某县3家劳模创新工作室挂牌成立"),
])
def test_bar_suffix_split(row, head):
    assert tmod.split_suffix(row)[0] == head


@pytest.mark.parametrize("row", [
    "工会法援案例丨外卖骑手送餐途中受伤,谁来担责?",  # a kicker before a headline with a clause: kept whole
    "致敬劳动者丨灌云县首批劳模疗休养活动启程",  # the part after the bar is the longer one: the headline
    "专访丨成都市总工会主席唐毅",  # a head of under four characters
])
def test_bar_kicker_kept(row):
    assert tmod.split_suffix(row) == (row, None)


# --- a site's name and slogan line is no headline -------------------------------------------------------

@pytest.mark.parametrize("line", ["某某网 - 某某人的网上家园", "某某在线 | 百姓身边的新闻", "某某信息港丨城市生活门户"])
def test_site_slogan_not_plausible(line):
    assert not tmod.plausible_title(fold(line))


@pytest.mark.parametrize("line", [
    "某某县总工会上线职工服务网 - 某某网",  # a headline and the site after it
    "某某区总工会为环卫工人送去冬季暖心包",
    "职工之家网上线“工会e家”服务平台",  # a headline that opens with a name ending in 网, no bar
])
def test_headlines_still_plausible(line):
    assert tmod.plausible_title(fold(line))


def test_slogan_line_under_headline():
    page = ("某某区总工会为环卫工人送去冬季暖心包\n某某网 - 某某人的网上家园\n"
            "2025-12-11 09:46　来源：某某网　作者：张三\n" + BODY)
    assert _title(page) == "某某区总工会为环卫工人送去冬季暖心包"
