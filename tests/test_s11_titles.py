"""Session 11 title, jammer and year-less date rules, with look-alikes that must not change."""

from __future__ import annotations

import pytest

from unionkit.clean import headline, jammer, title as tmod
from unionkit.clean.lines import fold
from unionkit.clean import clean_text
from unionkit.extract.dates import year_from_footer


def _title(text: str) -> str | None:
    """The headline clean finds on a page."""
    return clean_text(text).title


BODY = ("3月6日，某某县总工会联合县交通运输局工会，前往国道养护一线慰问道班职工，送去羽绒服和防滑靴等物资。\n"
        "道班班长在这条路上干了16年，他说，现在道班有了暖气房和职工书屋，冬天再冷心里也是热的。\n")


# --- site suffix barred off with 丨 or │ ---------------------------------------------------------------
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


# --- a site's name and slogan line is no headline ----------------------------------------------------------
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


# --- a decorative mark before the headline --------------------------------------------------------------------
@pytest.mark.parametrize("line, at", [("◆让牧区职工感受到温暖", 1), ("■ 某某县总工会送清凉", 2), ("★★某某工会表彰先进", 2)])
def test_decor_mark(line, at):
    assert headline.decor_mark(fold(line)) == at


@pytest.mark.parametrize("line", ["让牧区职工感受到温暖", "“娘家人”的温暖", "◆", "◆ 温暖", "12月3日某某工会"])
def test_no_decor_mark(line):
    assert headline.decor_mark(fold(line)) is None


def test_decor_mark_page():
    page = "◆让牧区职工感受到“娘家人”的温暖\n某某工人报　2025年06月18日　第03版：基层工会\n" + BODY
    assert _title(page) == "让牧区职工感受到“娘家人”的温暖"


# --- a channel tag on a title row with a site suffix ---------------------------------------------------------------
def test_column_tag_on_title_row():
    page = "【基层动态】某某县总工会举办矿山机电维修职工技能竞赛丨某某工会网\n发布日期：2025年06月28日　信息来源：某某县总工会\n" + BODY
    assert _title(page) == "某某县总工会举办矿山机电维修职工技能竞赛"


def test_column_tag_kept_on_bare_headline():
    """An h1 that carries the tag itself (no site suffix) keeps it."""
    page = "【劳模风采】某某：焦炉旁的“技术大拿”\n发布日期：2025年06月28日　信息来源：某某县总工会\n" + BODY
    assert _title(page) == "【劳模风采】某某：焦炉旁的“技术大拿”"


def test_column_tag_kept_when_page_shows_it_whole():
    """The title row's tag is the headline's own when the page's h1 repeats it, tag and all."""
    page = ("【经验分享】被拖欠三个月工资，工会帮我讨回来了 - 维权互助 - 某某社区\n注册\n登录\n"
            "【经验分享】被拖欠三个月工资，工会帮我讨回来了\n2024年5月20日 21:14\n" + BODY)
    assert _title(page).startswith("【经验分享】")


# --- a short jammer pair half with a symbol ---------------------------------------------------------------------
@pytest.mark.parametrize("line", ["#sm CA", "Qx# tK", "a$ BC"])
def test_symbol_words(line):
    assert jammer._symbol_words(line)


@pytest.mark.parametrize("line", ["#APEC Summit", "@Li Ming", "Q&A", "THE END", "Tom Lee", "MA1600/540",
                                  "a@b.cn Xy", "#sm ca", "#SM CA", "Martin Keller"])
def test_symbol_words_negatives(line):
    assert not jammer._symbol_words(line)


def test_symbol_words_line_on_pair_page():
    paras = ["来自外地的技术顾问担任评委，他对选手的操作规范给予了肯定。", "比赛还引入了生产管理系统实时记录各项数据。",
             "桂林市总工会副主席到场观摩，行业工会联合会要在技能提升上多下功夫。"]
    page = "某某市衣架行业工会联合会开展技能比武\n发布时间：2025-10-16 17:20　来源：某某融媒体中心\n"
    page += "".join(f"{p} e PY9=;H  \nU=dk;z U#E$  \n" for p in paras[:2])
    page += f"{paras[2]} *0>s AuE0Bs  \n#sm CA\n"
    assert clean_text(page).body == paras


def test_symbol_words_line_kept_without_jammers():
    page = ("某某市衣架行业工会联合会开展技能比武\n发布时间：2025-10-16 17:20\n" + BODY + "#sm CA\n")
    assert "#sm CA" in clean_text(page).body


# --- a year-less stamp, the year in the © footer only --------------------------------------------------------
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
