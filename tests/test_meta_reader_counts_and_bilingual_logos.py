"""Meta: an OA platform's row (阅读人数 as the views, 发布部门 as the source), a community platform's logo (豆瓣) and a
bilingual logo (a company's Chinese name over its Latin name), told from their look-alikes."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import labelled_fields, site_from_logo
from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path


def test_readers_count_is_the_views():
    m = meta_of(("page_header", "发布人：孙建国　　发布部门：院工会办公室　　发布时间：2024-05-13 17:08　　阅读人数：1436　　状态：已签收"))
    assert (m.views, m.source, m.published) == (1436, "院工会办公室", "2024-05-13T17:08")


@pytest.mark.parametrize("row, field, value", [
    ("阅读人数：1436", "views", "1436"),
    ("瀏覽人數：85", "views", "85"),
    ("发布部门：公司工会  发布时间：2024年7月3日", "source", "公司工会"),
])
def test_reader_count_and_posting_department_labels(row, field, value):
    assert dict(labelled_fields(row))[field] == value


def test_readers_list_is_no_count_field():
    # the read receipts under an OA notice (已阅读人员（1436）) are no labelled field
    assert not any(f == "views" for f, _ in labelled_fields("已阅读人员（1436）　未阅读人员（2371）"))


@pytest.mark.parametrize("line, site", [
    ("豆瓣", "豆瓣"),
    ("douban", "豆瓣"),
    # look-alikes: the platform's channel and its menu
    ("豆瓣小组", None),
    ("小组　精选　探索", None),
])
def test_community_platform_logo(line, site):
    assert site_from_logo(line)[0] == site


@pytest.mark.parametrize("latin", [
    "WUHU RUITAI INTELLIGENT EQUIPMENT CO., LTD.",
    "Wuhu Ruitai Intelligent Equipment Co., Ltd.",
])
def test_company_name_over_its_latin_name_is_the_site(latin):
    for kind in ("navigation", "jammer"):  # (an upper-case name row may be filed as a jammer)
        m = meta_of(("navigation", "芜湖瑞泰智能装备有限公司"), (kind, latin), ("navigation", "中文 | English"),
                    ("page_header", "发布时间：2024.06.12　　来源：公司工会"))
        assert m.site == "芜湖瑞泰智能装备有限公司"


@pytest.mark.parametrize("second", [
    "9\")$4RaW;+e",       # a jammer string under the name
    "EYKQnrt lpZ",        # a Latin jammer that reads no name (no capitalised words)
    "中文 | English",      # the language switch
])
def test_company_name_without_its_latin_name_is_no_site(second):
    m = meta_of(("navigation", "芜湖瑞泰智能装备有限公司"), ("jammer", second),
                ("page_header", "发布时间：2024.06.12　　来源：公司工会"))
    assert m.site is None


def test_latin_row_not_right_under_the_name_names_no_site():
    m = meta_of(("navigation", "芜湖瑞泰智能装备有限公司"), ("navigation", "首页 | 新闻中心"),
                ("jammer", "WUHU RUITAI INTELLIGENT EQUIPMENT CO., LTD."),
                ("page_header", "发布时间：2024.06.12　　来源：公司工会"))
    assert m.site is None


def test_name_beside_its_latin_name_on_the_first_row_is_the_site():
    m = meta_of(("navigation", "临江国际化服务网 Linjiang International"),
                ("navigation", "首页 Home | 新闻 News | 联系 Contact"),
                ("page_header", "发布时间 Date：2024.06.12　来源 Source：区总工会"))
    assert m.site == "临江国际化服务网"


@pytest.mark.parametrize("first, second", [
    ("首页 Home | 新闻 News", "临江国际化服务网 Linjiang International"),  # not the page's first row
    ("相关阅读 Related", "首页 Home | 新闻 News"),                           # one Latin word: a bilingual label
])
def test_name_beside_latin_off_the_first_row_or_a_label_names_no_site(first, second):
    m = meta_of(("navigation", first), ("navigation", second),
                ("page_header", "发布时间 Date：2024.06.12　来源 Source：区总工会"))
    assert m.site is None
