"""find_places: a 、-list of bare county names closed by its own count and a level word (湾沚、繁昌、南陵、无为4家县
公司), the counties' city confirmed by the page; with look-alike negatives (invented sentences)."""

import pytest

from unionkit.extract.places import find_places


def counties(text):
    return [p.county for p in find_places(text)]


@pytest.mark.parametrize("text, want", [
    ("芜湖市总工会举办竞赛，来自配电中心及湾沚、繁昌、南陵、无为4家县公司的选手参赛。湾沚区供电公司获奖。", "繁昌区"),
    ("芜湖市总工会举办竞赛，繁昌、南陵两个县的代表队参赛。湾沚区供电公司获奖。", "南陵县"),
])
def test_counted_list_of_counties(text, want):
    assert want in counties(text)


@pytest.mark.parametrize("text, bad", [
    # the count is not the list's length: it counts something else (teams)
    ("芜湖市总工会举办竞赛，来自繁昌、南陵8支代表队参赛。湾沚区供电公司获奖。", "南陵县"),
    # no measure-and-level word after the count
    ("芜湖市总工会举办竞赛，繁昌、南陵2人获奖。湾沚区供电公司获奖。", "南陵县"),
    # the page does not confirm the counties' city
    ("公司举办竞赛，来自繁昌、南陵2家县公司的选手参赛。", "南陵县"),
])
def test_no_counted_list(text, bad):
    assert bad not in counties(text)
