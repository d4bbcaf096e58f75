"""A union's kind after "every county (city, district)" (各县（市、区）货车司机行业工会联合会) names no one body; a place
with a bracketed note before a union's name still does."""

from __future__ import annotations

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    ("肇庆市将在年底前实现各县（市、区）货车司机行业工会联合会全覆盖。", []),
    ("推动各市（州）快递行业工会联合会应建尽建。", []),
    ("封开县成立道路货物运输行业工会联合会。", ["封开县道路货物运输行业工会联合会"]),
])
def test_every_level_before_a_union_kind(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # a notice's addressees: 各 opens the list, its last item a kind of body alone (no zone named)
    ("各乡镇、开发区工会，各基层工会：", []),
    ("请各街道、园区、开发区工会于月底前报送材料。", []),
    # look-alikes: a zone named before the kind word, or no 各 opening the list
    ("各镇、高桥经济开发区工会：", ["高桥经济开发区工会"]),
    ("在海门经济开发区，开发区工会联合企业开展活动。", ["开发区工会"]),
])
def test_a_kind_of_body_in_a_list_each_opens(text, want):
    assert names(text) == want
