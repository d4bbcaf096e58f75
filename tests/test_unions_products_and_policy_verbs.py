"""find_unions: a union word inside a product's name (“海南工会云”APP) names no union, and policy verbs before a bare
level (贯彻落实省总工会的部署) are no part of the name (invented sentences, with look-alike negatives)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text", [
    "劳动者可以通过“海南工会云”APP在线申请入会。",
    "职工可关注“海南工会之家”微信公众号查询。",
    "登录“江西工会e家”小程序即可办理。",
])
def test_union_word_inside_a_product_name_is_no_union(text):
    assert names(text) == []


@pytest.mark.parametrize("text, want", [
    ("“海南省总工会”发布倡议，号召职工参与。", "海南省总工会"),
    ("海南省总工会在“海南工会云”平台发布通知。", "海南省总工会"),
])
def test_a_quoted_union_not_followed_by_a_product_word_is_kept(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text", [
    "泰安市总工会通知：为深入贯彻落实省总工会的部署要求，开展金秋助学活动。",
    "泰安市总工会通知：贯彻省总工会部署，做好帮扶工作。",
])
def test_policy_verbs_before_a_bare_level_are_prose(text):
    assert "山东省总工会" in names(text)


def test_an_adverb_before_setting_up_makes_a_clause_no_name():
    """推动在银川市率先建立区域性行业工会联合会: what the city will set up, not a union named 银川市率先建立…"""
    assert names("推动在银川市率先建立区域性行业工会联合会，探索开展集体协商。") == []
    assert names("银川市快递行业工会联合会成立。") == ["银川市快递行业工会联合会"]


@pytest.mark.parametrize("text, want", [
    ("急诊医学科分工会、手术麻醉科分工会、行政第二分工会获得团体总分前三名。", "行政第二分工会"),
    ("后勤第一分工会、后勤第二分工会参赛。", "后勤第二分工会"),
    ("机关第一分工会开展活动。", "机关第一分工会"),
])
def test_numbered_branch_union_of_a_service(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text", ["他获得第二分工会的支持。", "全院第一分工会"])
def test_an_ordinal_after_prose_is_no_branch(text):
    assert names(text) == []
