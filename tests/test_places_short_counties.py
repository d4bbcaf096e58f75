"""find_places: one-character counties + 县 and short prefecture names ending in 州 (invented sentences)."""

import pytest

from unionkit.extract.places import find_places, gazetteer


def keys(text):
    return [(p.name, p.province, p.city, p.county) for p in find_places(text)]


@pytest.mark.parametrize("text, county", [
    ("12月1日，岷县总工会举办技能竞赛。", "岷县"),
    ("漳县教育工会关于表彰先进的决定", "漳县"),
    ("滑县人民政府门户网站", "滑县"),
    ("在定西市岷县召开现场会。", "岷县"),
    ("甘肃省漳县召开会议。", "漳县"),
    ("甘肃省兰州市的活动结束后，他来自漳县。", "漳县"),
])
def test_one_character_county_taken_where_safe(text, county):
    assert county in [k[0] for k in keys(text)]


@pytest.mark.parametrize("text", [
    "全县职工踊跃参加，该县总工会表示将继续开展。",
    "本县、邻县和各县的职工，两县总工会联合举办。",
    "市和县两级总工会共同主办。",
    "海东市总工会和县总工会联合举办。",
    "据历代县志记载。",
    "借鉴示范县总工会的做法。",
    "这件事很简单县里说了算。",
])
def test_one_character_county_words_are_no_place(text):
    assert not any(k[3] in ("和县", "单县", "代县", "范县") for k in keys(text)), keys(text)


def test_bazhou_is_bayingolin_and_bazhou_district_stays():
    got = keys("巴州总工会副主席在博湖县调研。")
    assert ("巴州", "新疆维吾尔自治区", "巴音郭楞蒙古自治州", None) in got
    got = keys("四川省巴中市巴州区总工会开展活动。")
    assert ("巴州区", "四川省", "巴中市", "巴州区") in got


@pytest.mark.parametrize("short, full", [
    ("巴州", "巴音郭楞蒙古自治州"), ("克州", "克孜勒苏柯尔克孜自治州"), ("昌吉州", "昌吉回族自治州"),
    ("伊犁州", "伊犁哈萨克自治州"), ("甘南州", "甘南藏族自治州"), ("临夏州", "临夏回族自治州"),
    ("恩施州", "恩施土家族苗族自治州"), ("湘西州", "湘西土家族苗族自治州"),
])
def test_prefecture_short_forms_are_full_spellings(short, full):
    divs, is_full = gazetteer().lookup(short)
    assert is_full and [d.name for d in divs] == [full]


def test_kezhou_on_a_simplified_page_keeps_simplified_parents():
    assert keys("克州总工会召开全委会。") == [("克州", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", None)]
