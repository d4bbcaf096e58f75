"""find_places: the province and prefecture a development zone is named after (甘肃张掖经济技术开发区) are places,
though the zone is none; look-alikes where the bare name runs on into another word, or the zone names a firm,
must not change (invented sentences)."""

import pytest

from unionkit.extract.places import find_places


def places(text):
    return [(p.name, p.province, p.city) for p in find_places(text)]


@pytest.mark.parametrize("text, want", [
    # a bare province and its prefecture at the head of the zone's name
    ("活动在甘肃张掖经济技术开发区举行，来自全区的职工参加。",
     [("甘肃", "甘肃省", None), ("张掖", "甘肃省", "张掖市")]),
    ("四川泸州高新技术产业开发区举办职工运动会。", [("四川", "四川省", None), ("泸州", "四川省", "泸州市")]),
    # a bare prefecture alone before the zone's tail
    ("比赛在张掖经济技术开发区举行。", [("张掖", "甘肃省", "张掖市")]),
    ("今年在枣庄高新区开设了驿站。", [("枣庄", "山东省", "枣庄市")]),
])
def test_the_places_heading_a_zone_are_taken(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "比赛在上海庙经济开发区举行。",                # a town's name runs on (上海庙): no Shanghai
    "下一篇：杭州湾新区又一项目开工。",            # a bay's name (杭州湾), and 新区 is no zone's tail here
    "甘肃张掖经济技术开发区投资有限公司举行签约。",  # the zone names a firm: a firm's name is left alone
    "甘肃张掖工业园区举办培训。",                  # an industrial park, no development zone
    "甘肃张掖开发区域旅游线路。",                  # 开发区域 (the area developed): no zone
])
def test_look_alikes_of_zone_heads_stay_out(text):
    assert not any(n in ("甘肃", "张掖", "上海", "杭州") for n, _, _ in places(text))
