"""find_unions: a union's name never runs back across the clause of an event held at it (仪式在 + place) nor across
与/和/及 joining two bodies, the second named by a bare level word (invented sentences, with look-alikes)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    # the event and 在 are the clause's; the name starts at the place written in full, or at the page's level word
    ("5月8日，益阳市赫山区餐饮行业集体协商签约仪式在赫山区餐饮产业工会联合会举行。", ["赫山区餐饮产业工会联合会"]),
    ("赫山区餐饮行业集体协商签约仪式在区餐饮产业工会联合会举行。", ["赫山区餐饮产业工会联合会"]),
    ("赫山区餐饮行业集体协商由区餐饮产业工会联合会牵头。", ["赫山区餐饮产业工会联合会"]),
    # a body joined to another by 与, the second named by its district's level word
    ("赫山区餐饮行业协会与区餐饮产业工会联合会签订合同。", ["赫山区餐饮产业工会联合会"]),
])
def test_clause_and_conjunct_cut_before_the_name(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    ("赫山区住房和城乡建设局工会开展活动。", ["赫山区住房和城乡建设局工会"]),  # 和 joins one department's remits
    ("香港物流及運輸業職工會成立。", ["香港物流及運輸業職工會"]),  # 及 joins two trades of one union
    ("表彰大会在益阳市总工会举行。", ["益阳市总工会"]),
])
def test_names_holding_such_words_or_after_them_stay(text, want):
    assert names(text) == want


def test_a_word_opening_with_a_level_character_is_no_level():
    """在 + 市场, 区域 …: a word, not a bare level word opening the page's own body."""
    assert not any("在" in n for n in names("会议在市场监管局工会召开。"))
