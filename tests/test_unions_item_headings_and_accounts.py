"""find_unions: a bare level named by its roundup item (【某区】…区总工会), a federation's own account under its full
name (“某市总工会”公众号), a bare 公司工会 after a verb's 了 on a page whose headline names the firm (invented text,
with look-alikes that must not change)."""

import pytest

from conftest import union_names as names


# A county's roundup of its towns' and districts' news: the page's main county is a 县 and it names two 区, so the page
# alone leaves a bare 区 open.
ROUNDUP = ("【奉节县】举办职工运动会\n10日，奉节县总工会举办职工运动会，奉节县各单位参加。\n"
           "【江北区】开展送清凉\n12日，江北区总工会走访一线职工。区总工会还为职工送去药品。\n"
           "【渝中区】慰问环卫工人\n区总工会为环卫工人送去慰问品。")


def test_a_bare_level_takes_its_items_place():
    got = names(ROUNDUP)
    assert "区总工会" not in got
    assert "渝中区总工会" in got and "江北区总工会" in got


def test_a_bare_level_whose_item_names_two_places_stays_open():
    text = ROUNDUP.replace("【渝中区】慰问环卫工人", "【渝中区、南岸区】慰问环卫工人")
    got = names(text)
    assert "渝中区总工会" not in got and "南岸区总工会" not in got


@pytest.mark.parametrize("text, want", [
    ("职工可以关注“宜昌市总工会”公众号提交入会申请。", ["宜昌市总工会"]),
    ("打开“宜昌市总工会”微信公众号即可报名。", ["宜昌市总工会"]),
])
def test_an_account_under_a_federations_full_name_names_it(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "职工可以下载“宜昌工会”APP提交入会申请。",
    "关注“宜昌工会”微信公众号即可报名。",
    "打开“宜昌市总工会云”小程序即可报名。",
])
def test_a_brand_named_after_a_union_stays_a_product(text):
    assert names(text) == []


def test_a_bare_company_union_after_le_is_the_headline_firm():
    text = ("江南精工机械股份有限公司第二届职代会决议\n会议审议通过了公司工会主席王某所作的工作报告。")
    assert names(text) == ["江南精工机械股份有限公司工会"]


def test_a_bare_company_union_with_no_firm_named_stays_unresolved():
    text = "某某会议决议\n会议审议通过了公司工会主席王某所作的工作报告。"
    assert "江南精工机械股份有限公司工会" not in names(text)
