"""find_unions: a trade's union federation named by its trade alone as the object of a verb of setting it up
(推动成立了蔬菜产业工会联合会), and the same bare name folded into the placed name the page also writes; with
look-alike negatives (invented sentences)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    ("某某市总工会副主席说，市总工会推动成立了苹果产业工会联合会，已吸纳会员1200余人。", "苹果产业工会联合会"),
    ("区总工会指导成立家政行业工会联合会，签订集体合同。", "家政行业工会联合会"),
    ("镇总工会组建了民宿行业工会联合会，开展送清凉活动。", "民宿行业工会联合会"),
])
def test_federation_set_up_by_its_trade(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text, bad", [
    ("市总工会推动成立了行业工会联合会，覆盖会员3000人。", "行业工会联合会"),          # no trade named
    ("市总工会指导各县成立快递行业工会联合会。", "快递行业工会联合会"),                # every county's: a kind
    ("市总工会在全市组建物流行业工会联合会。", "物流行业工会联合会"),                  # the whole city's: a kind
    ("市总工会推动成立了企业工会联合会。", "企业工会联合会"),                          # 企业 names no trade
    ("市总工会支持快递行业工会联合会开展工作。", "快递行业工会联合会"),                # no verb of setting up
])
def test_no_federation_of_a_kind(text, bad):
    assert bad not in names(text)


def test_bare_federation_joins_the_placed_name():
    text = "洮南市辣椒产业工会联合会近日召开会员大会。去年，洮南市总工会指导成立辣椒产业工会联合会，先后开展协商。"
    got = names(text)
    assert "洮南市辣椒产业工会联合会" in got and "辣椒产业工会联合会" not in got


@pytest.mark.parametrize("text", [
    "组建物流产业工会联合会，扩大覆盖面。",       # a bare verb opening the clause: a task, not an act told
    "建立快递行业工会联合会和网约车行业工会联合会。",
])
def test_task_of_setting_up_names_none(text):
    assert names(text) == []


@pytest.mark.parametrize("text, want", [
    ("区总工会在司机之家设立了货车司机工会联合会，司机扫码即可入会。", "货车司机工会联合会"),
    ("市总工会推动成立了网约车司机工会联合会，吸纳会员500人。", "网约车司机工会联合会"),
])
def test_occupation_federation_set_up_without_a_place(text, want):
    """An occupation (货车司机, 快递员) set up as a federation is named by the occupation alone, like a trade."""
    assert want in names(text)


@pytest.mark.parametrize("text, bad", [
    ("市总工会支持快递员工会联合会开展工作。", "快递员工会联合会"),        # no verb of setting up
    ("市总工会指导各县成立快递员工会联合会。", "快递员工会联合会"),        # every county's: a kind
    ("组建快递员工会联合会，扩大覆盖面。", "快递员工会联合会"),            # a task, not an act told
])
def test_no_occupation_federation_of_a_kind(text, bad):
    assert bad not in names(text)


@pytest.mark.parametrize("text, want", [
    ("他当场扫码加入了婺源县新就业形态劳动者联合工会。", "婺源县新就业形态劳动者联合工会"),
    ("普陀区楼宇联合工会开展活动。", "普陀区楼宇联合工会"),
])
def test_county_joint_union_of_a_kind_of_worker(text, want):
    """A place written in full, then a kind of worker or workplace, then 联合工会: the place's joint union of them."""
    assert want in names(text)


def test_a_towns_joint_union_is_named_from_the_town_on():
    """A county written in full, a named town, a kind of worker, 联合工会: the town's joint union, named from the
    town on as its 镇总工会 is (the county dropped), the written form kept as its surface."""
    from unionkit.extract.places import find_places
    from unionkit.extract.unions import find_unions

    text = "6月3日，诸城市青禾街道快递员联合工会成立大会召开。"
    got = [(u.name, u.surface) for u in find_unions(text, find_places(text))]
    assert ("青禾街道快递员联合工会", "诸城市青禾街道快递员联合工会") in got


@pytest.mark.parametrize("text, bad", [
    ("婺源县各类劳动者联合工会", "婺源县各类劳动者联合工会"),   # every kind: none named
    ("县新就业形态劳动者联合工会", "县新就业形态劳动者联合工会"),  # (a bare level: the page's county, read elsewhere)
])
def test_joint_union_of_no_named_kind(text, bad):
    assert bad not in names(text)


@pytest.mark.parametrize("text, want", [
    ("下一步，镇总工会将联合小塘工会联合会等基层工会扩大培训。", "小塘工会联合会"),
    ("大沥工会联合会开展技能比武。", "大沥工会联合会"),
])
def test_a_towns_federation_named_without_its_town_word(text, want):
    """Two characters no dictionary lists and no gazetteer holds, before 工会联合会: a town's short name."""
    assert want in names(text)


@pytest.mark.parametrize("text, bad", [
    ("市总工会推动成立楼宇工会联合会。", "楼宇工会联合会"),   # a kind of workplace (a dictionary word)
    ("各地成立片区工会联合会。", "片区工会联合会"),
    ("他们推進產工會聯合會建設。", "進產工會聯合會"),       # a fragment of prose, not after a lead word
])
def test_kinds_and_fragments_before_a_federation_name_no_town(text, bad):
    assert bad not in names(text)
