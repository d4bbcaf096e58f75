"""find_unions: a county's or city's field unit (a road maintenance station, an agricultural station, a section)
written after its place in full is a union's owner (invented sentences, with look-alikes that must not change)."""

import pytest

from unionkit.extract.unions.transport import _place_unit
from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    ("卓尼县公路养护站工会主席杨永宏说，今年夏天气温高。", ["卓尼县公路养护站工会"]),
    ("近日，临潭县农业技术推广站工会开展送清凉活动。", ["临潭县农业技术推广站工会"]),
    ("为此，合作市公路养护段工会组织职工体检。", ["合作市公路养护段工会"]),
])
def test_a_place_s_field_unit_is_named(text, want):
    assert names(text) == want


@pytest.mark.parametrize("seg", [
    "卓尼县公路养护站",
    "临潭县农技站",
])
def test_place_unit_accepts(seg):
    assert _place_unit(seg)


@pytest.mark.parametrize("seg", [
    "卓尼县各站",            # generic: every station
    "卓尼县所属站",          # generic: the county's stations
    "卓尼县的养护站",        # prose (的) inside
    "卓尼县站",              # no unit name of its own
    "卓尼县和临潭县养护站",  # two places: a list, no one unit
    "卓尼公路养护站",        # a place's short form: a headline's, not the unit's name
    "卓尼县公路养护中心",    # no station word (other rules' business)
])
def test_place_unit_rejects(seg):
    assert not _place_unit(seg)


def test_generic_stations_name_no_union():
    assert names("县总工会为全县5个养护站工会送去防暑物资。") == ["县总工会"]
