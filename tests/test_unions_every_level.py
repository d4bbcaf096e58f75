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
