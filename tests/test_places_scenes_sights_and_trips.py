"""Bare prefectures and counties the sentence itself places: a literary scene (七月的宜昌，), a county's sight
(正定古城), a trip to a county (去赞皇嶂石岩), a province and prefecture before a count of one firm (江西宜春一家…).
Each needs the page to confirm the place; the look-alikes must stay context."""

from unionkit.extract.places import find_places


def _keys(text):
    return [(p.name, p.province, p.city, p.county) for p in find_places(text)]


def test_prefecture_closing_a_scene_after_de():
    assert ("宜昌", "湖北省", "宜昌市", None) in _keys("七月的宜昌，午后气温很高。西陵区总工会建起驿站。")
    assert ("宜昌", "湖北省", "宜昌市", None) in _keys("记者来到美丽的宜昌。西陵区职工说。")


def test_scene_needs_the_page_to_confirm_the_prefecture():
    assert _keys("七月的宜昌，午后气温很高。") == []
    # an ordinary word first (大同) stays context
    assert ("大同", "山西省", "大同市", None) not in _keys("春天的大同，职工在平城区参加活动。")


def test_county_before_its_sight():
    assert ("正定", "河北省", "石家庄市", "正定县") in _keys("石家庄市总工会推出西柏坡、正定古城文化体验等线路。")
    assert _keys("推出西柏坡、正定古城文化体验等线路。") == []  # (no city on the page)


def test_county_after_a_verb_of_going():
    assert ("赞皇", "河北省", "石家庄市", "赞皇县") in _keys("石家庄市总工会组织职工去赞皇嶂石岩。")
    assert ("遂昌", "浙江省", "丽水市", "遂昌县") in _keys("丽水市总工会组织职工赴遂昌开展疗休养。")
    assert _keys("组织职工去赞皇嶂石岩。") == []  # (no city on the page)
    # the verb runs on into a word (到达), and the county's stem is only that word's tail
    assert _keys("果洛藏族自治州总工会组织职工到达日喀则。") == [("果洛藏族自治州", "青海省", "果洛藏族自治州", None)]


def test_district_short_name_after_a_verb_of_going_stays_context():
    """A district's short name often names a park or hotel of its town."""
    assert _keys("南昌市总工会组织职工去东湖公园。") == [("南昌市", "江西省", "南昌市", None)]
    assert _keys("成都市总工会组织职工去金牛宾馆。") == [("成都市", "四川省", "成都市", None)]


def test_province_and_prefecture_before_one_firm():
    assert _keys("江西宜春一家锂电新材料公司的女职工说。") == [
        ("江西", "江西省", None, None), ("宜春", "江西省", "宜春市", None)]
    assert _keys("江西一家锂电公司的女职工说。") == []  # (a bare province alone stays context)


def test_prefectures_opening_a_list_of_union_names_confirm_each_other():
    """A 、-list of a province's firms' unions, each opened by a bare prefecture of that province (the page writing
    another city in full, so no firm's name confirms its city alone)."""
    assert _keys("南宁市总工会主持会议，柳州钢铁集团工会、桂林三金药业公司工会作了发言。") == [
        ("南宁市", "广西壮族自治区", "南宁市", None), ("柳州", "广西壮族自治区", "柳州市", None),
        ("桂林", "广西壮族自治区", "桂林市", None)]
    assert _keys("南宁市总工会主持会议，柳州钢铁集团工会作了发言。") == [("南宁市", "广西壮族自治区", "南宁市", None)]


def test_a_railway_depot_named_after_its_city_names_no_place():
    """A depot (工务段, 车务段, 供电段) is a body of the railway bureau: the city it is named after is no place of
    the page, in a list of depots, confirmed by the city's counties, or after a word of place."""
    assert _keys("会上，柳州工务段工会、桂林车务段工会、南宁车辆段工会作了发言。") == []
    assert [k[0] for k in _keys("锦州供电段工会为职工建起小家。线路穿行于凌海市、北镇市境内。")] == ["凌海市", "北镇市"]
    assert [k[0] for k in _keys("他在西宁工务段工作。青海省总工会慰问。")] == ["青海省"]
    # the same frames with a firm's name keep the city: 锦州 opens a union's name the page's counties confirm
    assert [k[0] for k in _keys("锦州某某机械公司工会为职工建起小家。线路穿行于凌海市、北镇市境内。")] == [
        "锦州", "凌海市", "北镇市"]


def test_a_lone_union_name_or_a_list_across_provinces_stays_context():
    assert _keys("柳州工务段工会等单位负责人作了表态发言。") == []
    assert _keys("柳州工务段工会、长沙车务段工会作了发言。") == []
