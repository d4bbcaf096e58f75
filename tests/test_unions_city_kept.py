"""find_unions: on a page that names several prefectures (a province's page listing its cities' units), a county's
union written after its prefecture keeps the prefecture, which tells the reader which county is meant; a page about
one city drops it as before (invented sentences, with look-alikes that must not change)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    # an industry federation of a district, among other cities' units
    ("湖南省总工会表彰了长沙市、湘潭市、岳阳市的先进集体，株洲市芦淞区服饰产业工会联合会获评先进。",
     ["湖南省总工会", "株洲市芦淞区服饰产业工会联合会"]),
    # a county bureau's union in a list of several cities' units
    ("沧州市总工会、邯郸市建设工会和张家口市蔚县住建局工会分别作交流发言，邢台市代表也参加了会议。",
     ["沧州市总工会", "邯郸市建设工会", "张家口市蔚县住建局工会"]),
    # a district federation on a provincial page; a second mention without the city is the same union
    ("江西省总工会带队走访南昌市、九江市。赣州市章贡区总工会开展慰问，章贡区总工会还送去清凉物品。",
     ["江西省总工会", "赣州市章贡区总工会"]),
])
def test_a_county_union_keeps_its_city_on_a_page_of_several_cities(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # a page about one city: the district's federation is named from the district on
    ("12月2日，三亚市崖州区总工会组织科研企业开展工资集体协商。", ["崖州区总工会"]),
    ("近日，大兴安岭地区呼玛县林业和草原局工会开展送书活动。", ["呼玛县林业和草原局工会"]),
    # two cities named only: no province's list
    ("岳阳市岳阳楼区物业行业工会联合会与长沙市物业协会签订协议。", ["岳阳楼区物业行业工会联合会"]),
])
def test_a_county_union_drops_its_city_on_a_page_of_one_city(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # two short place names back to back before a trade: the federation's registered name, kept whole
    ("汕头潮阳纺织服装行业工会联合会开展技能培训。", ["汕头潮阳纺织服装行业工会联合会"]),
    ("汕頭潮陽紡織服裝行業工會聯合會等基層工會也積極組織女職工。", ["汕頭潮陽紡織服裝行業工會聯合會"]),
])
def test_short_place_names_back_to_back_open_a_registered_name(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # the city and the district written in full: a place chain, named from the district on
    ("汕头市潮阳区纺织服装行业工会联合会开展技能培训。", ["潮阳区纺织服装行业工会联合会"]),
    # one short name: the trade's owner, as written
    ("潮阳纺织服装行业工会联合会开展技能培训。", ["潮阳纺织服装行业工会联合会"]),
])
def test_a_written_place_chain_before_a_trade_is_not_a_registered_name(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # a prefecture's page going round its county-level cities, each named as often as the prefecture: a bare
    # 市总工会 opening a paragraph is the prefecture's, not the city a person came from in the paragraph before
    ("泰州市总工会启动春季招聘月活动\n3月2日，泰州市总工会举办专场招聘会。\n在兴化市、靖江市等地，当地工会把招聘会"
     "开到乡镇，靖江市总工会推出岗位800个。\n“我想在家门口找工作。”来自兴化市的求职者说。\n"
     "市总工会副主席表示，将做好就业服务。",
     ["泰州市总工会", "靖江市总工会"]),
    # look-alike: a page about one county-level city, named more than any other county: its bare 市 is that city
    ("东台市总工会举办招聘会。东台市总工会副主席表示，全市已建成驿站28家，其中省级4家、盐城市级9家。"
     "市总工会将继续推动。东台市各基层工会踊跃参与。",
     ["东台市总工会"]),
])
def test_a_bare_city_union_on_a_prefectures_page_of_county_level_cities(text, want):
    assert names(text) == want


def test_a_city_ending_in_cheng_shi_is_a_written_full_name():
    """A city whose name ends in 城市 (共青城市) is a written name a bare 市总工会 may not take as the one full name
    ending so when another city's is written too; 塔城地区 is still no 区."""
    from unionkit.extract.unions.fullnames import _one_ending

    assert _one_ending("市总工会", {"庐山市总工会", "共青城市总工会"}) is None
    assert _one_ending("区总工会", {"塔城地区总工会"}) is None
