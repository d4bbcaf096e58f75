"""Meta: a count written before its label, a glued counter row, the 閲 variant of 閱; a licence number glued to the
holder's name once a reading was cut out; a writer's credit pair in the 作者 field; a stamp row carrying a link;
a site named twice over a post (title row and breadcrumb) or by a logo over a 首页 menu; each with look-alikes."""

from __future__ import annotations

import pytest

from unionkit.extract.dates import find_published
from unionkit.extract.meta import author_names, extract_meta, labelled_fields, site_from_footer
from unionkit.record import Article, Removal
from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path


_meta = meta_of  # (tests/meta_pieces.py: an article built from removed pieces)


def _views(line):
    return [v for f, v in labelled_fields(line) if f == "views"]


def test_count_before_its_label_is_the_views_not_the_next_count():
    assert _views("某某书香 2024-02-28 发布于陕西 | 346 阅读 | 12 转藏") == ["346"]


@pytest.mark.parametrize("line, views", [
    ("2023-11-02 08:15 · 某省 · 3,516阅读", ["3,516"]),  # a self-media header closing its row with the count
    ("2023-11-02 08:15 · 某省 · 1.4万 阅读", ["1.4万"]),
    ("2023-11-02 08:15 · 某省 · 阅读", []),  # the word with no count before it
    ("某某县2023年职工运动会开幕1516阅读", []),  # a count glued to a headline is no gap's
])
def test_count_before_a_label_closing_the_row(line, views):
    assert _views(line) == views


def test_self_media_header_row_gives_views():
    m = _meta(("page_header", "某某生活圈"), ("page_header", "2023-11-02 08:15 · 某省 · 3,516阅读"), body=("正文。",) * 3)
    assert m.views == 3516


@pytest.mark.parametrize("line, views", [
    ("阅读：12 | 转藏 5", ["12"]),  # the count after its label still wins
    ("点击：[ 35 ]", ["35"]),
    ("发布时间：2024-02-28 14:27 阅读 12", ["12"]),  # a time before the label is no count
])
def test_count_after_its_label_is_still_read(line, views):
    assert _views(line) == views


def test_counter_row_with_glued_likes_gives_views():
    m = _meta(("page_header", "某某融媒 2024-07-18 17:46"), ("navigation", "阅读 3562点赞 48"), body=("正文。",) * 3)
    assert m.views == 3562


def test_variant_yue_of_views_label_is_read():
    assert _views("閲讀：1084  回覆：3") == ["1084"]
    assert _views("閲讀(dú)：1084  回覆(fù)：3") == ["1084"]


@pytest.mark.parametrize("line, site", [
    ("版權所有：某某工會網黑ICP備09031726號", "某某工會網"),  # a licence glued to the holder (a gap lost with a reading)
    ("版權所有：某某工會網 黑ICP備09031726號", "某某工會網"),
    ("版权所有：某某职工网", "某某职工网"),  # look-alike: nothing glued, nothing cut
])
def test_licence_glued_to_the_copyright_holder_is_cut(line, site):
    assert site_from_footer(line) == site


@pytest.mark.parametrize("value, author", [
    ("文/刘某颖 图/谢某安", "刘某颖"),
    ("文／张三 图／李四", "张三"),
    ("宜昌市总工会 向丹", "向丹"),  # look-alike: a unit and its person
    ("某省物流行业协会研究室 张某轩", "张某轩"),  # an association's office, then its writer
    ("宣传部 王某芳", "王某芳"),  # a department (three characters, readable as a name) and its writer
])
def test_writer_of_a_credit_pair_in_the_author_field(value, author):
    assert author_names(value) == author


def test_stamp_row_carrying_a_link_with_a_date_gives_the_stamp():
    row = "2024-04-26 08:17  来源：某某新闻网  原文链接：http://www.example.cn/news/2024-04/26/content_85173.htm"
    assert find_published([row]) == "2024-04-26T08:17"


def test_stamp_row_followed_by_prose_is_still_no_stamp():
    row = "2024-04-26 08:17 记者从市总工会获悉，今年全市将新建职工驿站一百个，覆盖全部乡镇街道和重点园区。"
    assert find_published([row]) is None


def test_title_row_name_echoed_by_the_breadcrumb_is_the_site():
    m = _meta(("page_header", "某某巷 - 某州人的网上家园"), ("navigation", "设为首页收藏本站 | 手机版 | 登录"),
              ("navigation", "某某巷 › 巷子论坛 › 某州新闻 › 标题"))
    assert m.site == "某某巷"


def test_forum_header_spelling_its_path_with_dashes_echoed_by_the_breadcrumb_is_the_site():
    # a forum's header row: the site, the channel and the board set off by dashes, over the breadcrumb of the same path
    m = _meta(("forum_chrome", "某某社区 - 论坛 - 职工之声"), ("forum_chrome", "首页 论坛 导读 动态 签到"),
              ("forum_chrome", "某某社区 › 论坛 › 职工之声 › 查看内容"))
    assert m.site == "某某社区"
    # look-alike: the breadcrumb opens with another name than the dashed row (the row names a board first)
    m = _meta(("forum_chrome", "职工之声 - 论坛 - 某某社区"), ("forum_chrome", "首页 › 论坛 › 职工之声 › 查看内容"))
    assert m.site is None


def test_breadcrumb_head_alone_is_no_site():
    m = _meta(("page_header", "欢迎光临 - 某州人的网上家园"), ("navigation", "某某巷 › 巷子论坛 › 某州新闻 › 标题"))
    assert m.site is None


def test_logo_alone_over_a_home_menu_is_the_site():
    m = _meta(("navigation", "360doc个人图书馆"), ("navigation", "首页 阅览室 馆友 我的图书馆"))
    assert m.site == "360doc个人图书馆"


@pytest.mark.parametrize("first, second", [
    ("某某图书馆", "阅览室 馆友 我的图书馆"),  # look-alike: the menu does not open with 首页
    ("登录", "首页 阅览室 馆友 我的图书馆"),  # a button, not a logo
])
def test_logo_over_menu_look_alikes_name_no_site(first, second):
    assert _meta(("navigation", first), ("navigation", second)).site is None


@pytest.mark.parametrize("line, fields", [
    # a TRS portal's metadata table read on one line: each label spaced out to fill its cell, its value in the next
    ("作\u3000\u3000者： 胡晓岚 点 击 数： 1326", [("author", "胡晓岚"), ("views", "1326")]),
    ("信息来源： 九江市总工会 发 布 时 间： 2024-05-21 09:30", [("source", "九江市总工会"), ("published", "2024-05-21 09:30")]),
    ("来　　源：某某市总工会", [("source", "某某市总工会")]),
])
def test_labels_spaced_out_in_a_table_row_are_read(line, fields):
    assert labelled_fields(line) == fields


def test_spaced_words_before_a_colon_that_are_no_label_stay_apart():
    # (a spaced name before a speaker's colon is no label: closing it up would give it none either)
    assert labelled_fields("王 刚：我们一定做好 点击：12") == [("views", "12")]
    assert [f for f, _ in labelled_fields("主 持 人：张三")] == []
