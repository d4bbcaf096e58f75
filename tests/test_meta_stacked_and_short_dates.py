"""Metadata of flattened info boxes (each label over its value), two-digit years after a publish label, dates
in Chinese numerals, TV credit rows, and a board's site name that ends in 在线."""

from __future__ import annotations

import pytest

from unionkit.extract.dates import find_published
from unionkit.extract.meta import extract_meta, parse_byline
from unionkit.record import Article, Removal
from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path


_meta = meta_of  # (tests/meta_pieces.py: an article built from removed pieces)


# --- a two-digit year after a publish label ---------------------------------------------------------------

@pytest.mark.parametrize("line, iso", [
    ("发布日期：24-03-15　｜　信息来源：某县总工会", "2024-03-15"),
    ("來源：长治日报 | 發布时间：24/04/29 08:12 | 作者：记者 程晓峰", "2024-04-29T08:12"),
    ("发布时间: 23.11.02", "2023-11-02"),
])
def test_two_digit_year_after_a_publish_label_is_read(line, iso):
    assert find_published([line]) == iso


@pytest.mark.parametrize("line", [
    "时间：24-36个月的婴幼儿托育服务",     # a range of months, no stamp
    "比分 24-03-15 三局",                  # no publish label before it
    "日期：24-13-40",                      # no real date
    "发布时间：24-03-15号楼",              # the figures run on into words
])
def test_two_digit_figures_elsewhere_are_no_date(line):
    assert find_published([line]) is None


# --- a date in Chinese numerals over the page -----------------------------------------------------------

def test_chinese_numeral_issue_date_over_the_page_is_the_publish_date():
    m = _meta(("navigation", "某某工人报数字报"), ("page_header", "二〇二四年五月十日 星期五"),
              ("page_header", "第03版：综合新闻"))
    assert m.published == "2024-05-10"


# --- a flattened info box: label lines over value lines -------------------------------------------------

BOX = [("byline", "文章信息"), ("page_header", "发布时间"), ("page_header", "2024年4月27日 09:30"),
       ("page_header", "来源"), ("page_header", "湖南工人报"), ("page_header", "记者"),
       ("page_header", "李湘君 周文"), ("page_header", "责任编辑"), ("page_header", "彭丽"),
       ("page_header", "浏览量"), ("page_header", "4,826")]


def test_stacked_labels_and_values_fill_their_fields():
    m = _meta(*BOX)
    assert (m.published, m.source, m.reporter, m.editor, m.views) == \
        ("2024-04-27T09:30", "湖南工人报", "李湘君 周文", "彭丽", 4826)


def test_a_box_label_over_a_date_names_no_author():
    """发布时间 over its date is no account name over the date line."""
    assert _meta(*BOX).author is None


def test_label_over_a_menu_reads_no_value():
    """A label over a line of another kind (the menu bar) is no pair: a box's lines are filed alike."""
    m = _meta(("page_header", "来源"), ("navigation", "首页 新闻 工会"), ("navigation", "湖南工人报"))
    assert m.source is None


# --- a TV station's credit row ---------------------------------------------------------------------------

def test_camera_operator_after_the_reporters_is_not_a_reporter():
    assert parse_byline("记者：乌兰 高志强　摄像：其其格")["reporter"] == "乌兰 高志强"


def test_reporters_without_a_camera_credit_are_kept_whole():
    assert parse_byline("记者：乌兰 高志强")["reporter"] == "乌兰 高志强"


# --- a board's site name ending in 在线 ---------------------------------------------------------------------

def test_site_name_glued_to_zaixian_is_no_poster_status():
    m = _meta(("forum_chrome", "融水在线"), ("forum_chrome", "设为首页收藏本站"), ("user_profile", "苗乡小编"),
              ("user_profile", "积分41236"))
    assert m.author == "苗乡小编"


def test_poster_with_a_status_apart_is_still_read():
    m = _meta(("user_profile", "铁皮饭盒 离线"), ("user_profile", "积分 2718"))
    assert m.author == "铁皮饭盒"


def test_a_label_padded_with_full_width_spaces_over_its_value():
    """An app's <dl> box pads two-character labels to four (作　　者 / 林晓燕): still the author's label."""
    m = _meta(("navigation", "发布单位"), ("navigation", "某县总工会"), ("navigation", "作\u3000\u3000者"),
              ("navigation", "林晓燕"))
    assert (m.source, m.author) == ("某县总工会", "林晓燕")


def test_staff_of_a_stacked_box_are_people_titled_by_their_labels():
    from unionkit.extract.people import find_people

    removed = [Removal("page_header", t, i + 1) for i, t in enumerate(("编辑：", "郑雨桐", "审核：", "孙建平"))]
    people = find_people(Article(id="t", title="标题", body=["正文。"], removed=removed))
    assert {(p.name, tuple(p.titles)) for p in people} == {("郑雨桐", ("编辑",)), ("孙建平", ("审核",))}


def test_an_editor_in_a_stacked_box_keeps_the_label_written():
    from unionkit.extract.people import find_people

    removed = [Removal("page_header", t, i + 1) for i, t in enumerate(("来源", "某某日报", "责任编辑", "郑雨桐"))]
    people = find_people(Article(id="t", title="标题", body=["正文。"], removed=removed))
    assert [(p.name, p.titles) for p in people] == [("郑雨桐", ["责任编辑"])]
