"""find_unions: a county's body written after its prefecture (or province) is named from the county on, the way a
district's federation is named without its city (invented sentences, with look-alikes that must not change)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    # a 地区 before its county
    ("近日，大兴安岭地区呼玛县林业和草原局工会开展送书活动。", ["呼玛县林业和草原局工会"]),
    # a bracketed branch word inside the body's name stays
    ("7月14日，喀什地区泽普县烟草专卖局（分公司）工会开展慰问。", ["泽普县烟草专卖局（分公司）工会"]),
    # province, prefecture, county
    ("黑龙江省大兴安岭地区呼玛县林业和草原局工会开展活动。", ["呼玛县林业和草原局工会"]),
    # a city before its district; a prefecture before a county-level city
    ("北京市朝阳区城市管理委员会工会举办讲座。", ["朝阳区城市管理委员会工会"]),
    ("伊春市铁力市林业局工会开展慰问。", ["铁力市林业局工会"]),
])
def test_the_prefecture_before_a_county_is_dropped(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # a prefecture's own body: no county follows, the prefecture is its owner
    ("喀什地区烟草专卖局工会开展慰问。", ["喀什地区烟草专卖局工会"]),
    # a company's registered name keeps every word
    ("宜昌市夷陵区绿源茶业有限公司工会开展活动。", ["宜昌市夷陵区绿源茶业有限公司工会"]),
    # a hospital's or a school's registered name keeps its city, as a company's does
    ("张掖市甘州区人民医院工会作了交流发言。", ["张掖市甘州区人民医院工会"]),
    ("北京市朝阳区实验小学工会举办讲座。", ["北京市朝阳区实验小学工会"]),
    ("喀什地区泽普县人民医院工会开展慰问。", ["喀什地区泽普县人民医院工会"]),
    # a province before a city's body: no county in the name
    ("四川省成都市第一人民医院工会举办讲座。", ["四川省成都市第一人民医院工会"]),
    # a county written with no prefecture before it
    ("泽普县烟草专卖局工会开展慰问。", ["泽普县烟草专卖局工会"]),
])
def test_names_without_a_prefecture_before_a_county_stay(text, want):
    assert names(text) == want
