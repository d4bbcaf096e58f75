"""find_unions: a sponsor's verb ends a union's clause before a list's 、; a unit named by its chain of bodies
(invented sentences, with look-alike negatives that must not change)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    # 由X指导、Y承办: X's clause ends at its verb, Y is the only body before the second 工会
    ("3月5日，由大足区总工会指导、中国邮政集团有限公司重庆市大足区分公司工会承办的比武落下帷幕。",
     ["大足区总工会", "中国邮政集团有限公司重庆市大足区分公司工会"]),
    ("由市交通运输局主办、昆明公交集团有限公司工会承办的技能竞赛开幕。", ["昆明公交集团有限公司工会"]),
    ("活动由团市委支持、某某物流有限公司工会协办。", ["某某物流有限公司工会"]),
])
def test_a_sponsors_verb_ends_the_list(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # look-alikes: a plain list of bodies before a named body's 工会 still shares it
    ("攀钢、攀煤、钢城集团公司工会联合开展活动。", ["攀钢工会", "攀煤工会", "钢城集团公司工会"]),
    # a sponsor's verb after the last body, after its 工会, changes nothing
    ("由攀钢集团公司工会主办的比赛开幕。", ["攀钢集团公司工会"]),
])
def test_lists_without_a_sponsors_verb(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # region + bureau + branch + section, written whole before 工会
    ("12月中旬，西藏自治区公路局日喀则分局定日养护段工会组织慰问小分队。", "西藏自治区公路局日喀则分局定日养护段工会"),
    # province + company + branch + station
    ("湖南省电力公司长沙分公司望城供电所工会开展活动。", "湖南省电力公司长沙分公司望城供电所工会"),
    # no branch: the bureau's unit right after it
    ("四川省公路局康定养护段工会为道班职工送去棉衣。", "四川省公路局康定养护段工会"),
])
def test_a_unit_named_by_its_chain_of_bodies(text, want):
    assert names(text) == [want]


@pytest.mark.parametrize("text", [
    # prose between the bureau and the unit: 组织人员前往 is no place's unit
    "四川省公路局组织人员前往康定养护段工会。",
    # the unit alone, or after a short place only, names no body of the chain
    "养护段工会还为每个道班配备了制氧机。",
    "定日养护段工会把暖心包送到道班。",
    # a place with no body word before its unit
    "西藏自治区定日养护段工会开展活动。",
])
def test_no_chain_without_its_bodies(text):
    assert not any(n.endswith("段工会") for n in names(text)), names(text)


@pytest.mark.parametrize("text, want", [
    # a bare 厂工会 (矿工会) after its paragraph names the factory (mine): that factory's union
    ("在大山选矿厂，工会组织班组长轮流巡查。厂工会主席滕建华说，该厂实现连续400天无事故。", ["大山选矿厂工会"]),
    ("在凡口铅锌矿，矿工会主席介绍了经验。", ["凡口铅锌矿工会"]),
])
def test_a_bare_factory_union_after_its_factory(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # look-alikes: no factory named, one described (一家…), a kind only (加工厂), another paragraph, a person's post
    ("大唐公司工会与厂工会签订协议", ["大唐公司工会", "厂工会"]),
    ("在水满乡一家槟榔初加工厂，厂工会主席王亚妹说，厂里调整了排班。", ["厂工会"]),
    ("走进加工厂，厂工会主席介绍情况。", ["厂工会"]),
    ("记者来到大山选矿厂。\n厂工会主席介绍情况。", ["厂工会"]),
    ("厂长说，厂工会将组织体检。", ["厂工会"]),
    # the factory's union written in full before: the bare one is that union (as before)
    ("龙滩水电厂工会开展竞赛。厂工会还推行安全讲评", ["龙滩水电厂工会"]),
])
def test_a_bare_factory_union_with_no_named_factory_before(text, want):
    assert names(text) == want


def test_a_factory_union_written_in_full_wins_over_a_factory_named_before():
    # the page writes the factory's union in full: the bare 厂工会 is that one, not a (salted) name before it
    text = "刘家峡水电厂工会主席冉秀英介绍，比武水电厂是黄河上游的骨干电站，厂工会通过技能比武培养青年职工。"
    assert names(text) == ["刘家峡水电厂工会"]


@pytest.mark.parametrize("text, want", [
    # a verb runs into the list's first town: the town's name starts after it, the list starts there
    ("今年顺利完成大碶街道、新碶街道工会换届工作。", ["大碶街道工会", "新碶街道工会"]),
    ("年内，指导完成白沙镇、青山镇工会组建。", ["白沙镇工会", "青山镇工会"]),
])
def test_a_verb_before_the_first_listed_town_is_no_part_of_its_name(text, want):
    assert [n for n in names(text) if not n.endswith("总工会")] == want


@pytest.mark.parametrize("text, want", [
    # look-alikes: short stems, where no verb can stand before the town's name
    ("大碶街道、新碶街道工会完成换届。", ["大碶街道工会", "新碶街道工会"]),
    ("团结镇、胜利镇工会开展活动。", ["团结镇工会", "胜利镇工会"]),
])
def test_listed_towns_without_a_verb_keep_their_names(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # a worker's trade, then the union they belong to (a driver and a member of …): the trade shares no 工会
    ("网约配送员、鼓楼区新就业形态劳动者联合工会会员李刚说。", ["鼓楼区新就业形态劳动者联合工会"]),
    ("货车司机、某某物流有限公司工会会员王强提出建议。", ["某某物流有限公司工会"]),
    # look-alike: a corps division ends in 师 too, and its list shares the union
    ("成立第三师、第五师工会。", ["第三师工会", "第五师工会"]),
])
def test_an_occupation_listed_before_a_bodys_union(text, want):
    assert names(text) == want
