"""A personal library's (360doc-like) counter row names the views with a bare 阅 beside its 转 count; a portal's domain
standing alone under its name in the masthead names the site, not the page's url, as a blog's home address under the
blog's name names the blog. Look-alikes keep their reading."""

import pytest

from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path


@pytest.mark.parametrize("row, views", [
    ("2024-01-16　清风徐来z　阅 325　转 6", 325), ("秦川书香 2024-02-28 | 阅 56 | 转藏 3", 56), ("某某 2024-03-01 閱 1,208 轉 12", 1208),
])
def test_library_row_counts_the_views(row, views):
    assert meta_of(("page_header", row)).views == views


@pytest.mark.parametrize("row", [
    "首页 | 阅览室 | 馆友 | 我的图书馆", "2024-01-16　清风徐来z　阅 325",  # no 转 count beside: 阅 alone is no label
    "审阅 3 转 2",  # 阅 closing a word
])
def test_library_look_alikes_count_nothing(row):
    assert meta_of(("page_header", row)).views is None


def test_masthead_domain_alone_is_no_url():
    m = meta_of(("navigation", "吴忠市人民政府"), ("navigation", "www.wuzhong.gov.cn"), ("page_header", "发布时间：2024-01-22"))
    assert m.url is None
    assert meta_of(("navigation", "WWW.BOZHOU.GOV.CN")).url is None


@pytest.mark.parametrize("row, url", [
    ("湖北工会网 www.hbgh.org.cn", "www.hbgh.org.cn"),  # the site's name and its domain on one row
    ("洛阳工会网  http://www.lyzgh.org.cn", "http://www.lyzgh.org.cn"),
    ("http://www.lyzgh.org.cn/", "http://www.lyzgh.org.cn/"),  # with its scheme
    ("www.example.cn/news/2024/0612/1234.html", "www.example.cn/news/2024/0612/1234.html"),  # a page's address
])
def test_domain_with_a_name_scheme_or_path_stays_the_url(row, url):
    assert meta_of(("navigation", row)).url == url


@pytest.mark.parametrize("row", [
    "http://blog.example.com.cn/laowanggonghui", "http://blog.example.com.cn/u/1234567890 [订阅][手机订阅]",
    "http://wanggh.blog.example.com/",
])
def test_blog_home_under_its_name_is_no_url(row):
    assert meta_of(("navigation", "老王的工会日记"), ("navigation", row)).url is None


@pytest.mark.parametrize("row, url", [
    ("http://blog.example.com.cn/s/blog_4f2a9c0d0102abcd.html", "http://blog.example.com.cn/s/blog_4f2a9c0d0102abcd.html"),
    ("http://www.myblog.cn/", "http://www.myblog.cn/"),  # a site's home whose name has blog in it: the golds' url
])
def test_blog_post_address_and_blog_named_site_stay_the_url(row, url):
    assert meta_of(("navigation", "老王的工会日记"), ("navigation", row)).url == url


@pytest.mark.parametrize("row, site", [
    ("某某书馆 | 首页 | 阅览室 | 馆友", "某某书馆"),  # the name before the home link, whatever its ending
    ("今日某某 | 首页 | 时政 | 民生", "今日某某"),
    ("设为首页 | 首页 | 时政", None),  # a link word before it names no site
])
def test_name_before_the_home_link_names_the_site(row, site):
    assert meta_of(("navigation", row)).site == site
