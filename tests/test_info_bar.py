"""Info bars under a headline (outlet | 记者:X | date), glued back links in site names, channel labels as sites."""

import pytest

from unionkit.clean import chrome
from unionkit.extract import meta
from unionkit.extract.meta import header_rows, logos, site_names
from unionkit.record import Removal


@pytest.mark.parametrize("line", [
    "某某县融媒体中心 | 记者:张三 | 2023-11-18 15:40",
    "记者:张三 | 2023-11-18 15:40",
    "某某日报 · 记者 王小明 · 2024-05-01",
    "来源:某某日报 | 编辑:李四",
    "某某新闻网  作者:赵五  2024年3月5日",
])
def test_info_bar_is_header(line):
    assert chrome.info_bar(line)
    assert chrome.is_header_line(line)


@pytest.mark.parametrize("line", [
    "首页 | 新闻 | 视频 | 我的",           # a menu: names only, no date, no label
    "关于我们 | 联系我们",
    "张三 | 李四 | 2023-01-01",           # two bare names: no single outlet
    "工会 | 今天我们开会,大家都来了。",     # a sentence part
    "某某县融媒体中心",                    # one part only
])
def test_not_info_bar(line):
    assert not chrome.info_bar(line)


def test_info_bar_read_part_by_part():
    assert header_rows._info_bar("某某县融媒体中心 | 记者:张三 | 2023-11-18 15:40") == {
        "published": "2023-11-18T15:40", "source": "某某县融媒体中心"}
    assert header_rows._info_bar("记者:张三 | 2023-11-18") == {"published": "2023-11-18"}


@pytest.mark.parametrize("line", [
    "2023-11-18 15:40 | 某某县融媒体中心",   # the outlet after the date: not read as the source here
    "首页 | 新闻 | 视频",
    "某某中心 | 工会 | 2023-11-18",          # two bare names
    "某某中心 | 记者:张三",                  # no date
])
def test_info_bar_no_source(line):
    assert "source" not in header_rows._info_bar(line)


def test_extract_meta_info_bar():
    from unionkit.record import Article
    art = Article(id="t", title="某某县举办技能大赛", body=["正文第一段。"], removed=[
        Removal("page_header", "某某县融媒体中心 | 记者:张三 | 2023-11-18 15:40", 2)])
    m = meta.extract_meta(art)
    assert (m.published, m.source, m.reporter) == ("2023-11-18T15:40", "某某县融媒体中心", "张三")


@pytest.mark.parametrize("name, want", [
    ("返回某某融媒", "某某融媒"),
    ("< 返回 某某新闻网", "某某新闻网"),
    ("某某新闻网 返回首页", "某某新闻网"),
    ("某某回收网", "某某回收网"),   # 回 inside a name stays
    ("返回首页", None),
])
def test_site_name_drops_back_link(name, want):
    assert site_names._site_name(name) == want


def test_menu_channel_is_no_site():
    top = [Removal("navigation", "某某制造有限公司", 1),
           Removal("navigation", "首页 关于我们 产品中心 党建工会 新闻中心 联系我们", 2),
           Removal("navigation", "党建工会", 3)]
    assert "党建工会" in logos._menu_items(top)
    assert "首页" not in logos._menu_items(top)  # the bar's first item may be the site's own name
    # a line of two items is no menu bar
    assert logos._menu_items([Removal("navigation", "某某市总工会 首页", 1)]) == set()
