"""Marks before a headline: a decorative symbol (◆, ■, ★) is dropped, a channel tag (【基层动态】) is dropped from a
title row that carries a site suffix and kept on a bare headline or one the page shows whole."""

from __future__ import annotations

import pytest

from unionkit.clean import headline
from unionkit.clean.lines import fold

from conftest import ROAD_CREW_BODY as BODY, page_title as _title


# --- a decorative mark before the headline ----------------------------------------------------------------

@pytest.mark.parametrize("line, at", [("◆让牧区职工感受到温暖", 1), ("■ 某某县总工会送清凉", 2), ("★★某某工会表彰先进", 2)])
def test_decor_mark(line, at):
    assert headline.decor_mark(fold(line)) == at


@pytest.mark.parametrize("line", ["让牧区职工感受到温暖", "“娘家人”的温暖", "◆", "◆ 温暖", "12月3日某某工会"])
def test_no_decor_mark(line):
    assert headline.decor_mark(fold(line)) is None


def test_decor_mark_page():
    page = "◆让牧区职工感受到“娘家人”的温暖\n某某工人报　2025年06月18日　第03版：基层工会\n" + BODY
    assert _title(page) == "让牧区职工感受到“娘家人”的温暖"


# --- a channel tag on a title row with a site suffix ------------------------------------------------------

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


# --- a CMS preview's word before the headline -------------------------------------------------------------

def test_preview_word_dropped_from_the_title_row():
    """A CMS's preview page titles its row 预览 - headline - site 内容管理系统: the word and the suffix go."""
    page = ("预览 - 某某县总工会举办矿山机电维修职工技能竞赛 - 某某工会网 内容管理系统\n"
            "发布日期：2025年06月28日　信息来源：某某县总工会\n" + BODY)
    assert _title(page) == "某某县总工会举办矿山机电维修职工技能竞赛"


@pytest.mark.parametrize("line", ["预览某某县总工会新貌", "预览 - 职工", "全文预览：某某县总工会举办竞赛"])
def test_no_preview_word(line):
    from unionkit.clean import title as tmod

    assert tmod.preview_word(fold(line)) is None


def test_preview_title_rows_site_is_the_site_not_its_back_office():
    from unionkit.clean import clean_text
    from unionkit.extract import extract

    page = ("预览 - 某某县总工会举办矿山机电维修职工技能竞赛 - 某某工会网 内容管理系统\n"
            "发布日期：2025年06月28日　信息来源：某某县总工会\n" + BODY)
    assert extract(clean_text(page)).meta.site == "某某工会网"
