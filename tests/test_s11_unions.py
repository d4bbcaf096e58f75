"""find_unions: a body's bracketed second name (a company word) right before its 工会 (invented sentences, with
negatives that must not become unions)."""

import pytest

from unionkit.extract.places import find_places
from unionkit.extract.unions import find_unions


def names(text):
    return [u.name for u in find_unions(text, find_places(text))]


@pytest.mark.parametrize("text, want", [
    # a state monopoly bureau that is also a company: both names, the second bracketed, then 工会
    ("近日，乌兰察布市烟草专卖局（公司）工会举办读书分享会。", "乌兰察布市烟草专卖局（公司）工会"),
    ("大理州盐务局(盐业公司)工会慰问一线职工。", "大理州盐务局(盐业公司)工会"),
    # a school that heads an education group
    ("杭州市学军小学（教育集团）工会开展教职工趣味运动会。", "杭州市学军小学（教育集团）工会"),
    # the older bracket inside a company name still reads the whole name
    ("云南锡业集团(控股)有限责任公司工会组织职工参观。", "云南锡业集团(控股)有限责任公司工会"),
])
def test_a_bracketed_company_word_before_the_union(text, want):
    got = names(text)
    assert want in got, got
    # the name is never cut at its bracket
    assert not any(n.startswith(("（", "(", "公司", "教育集团", "盐业公司")) for n in got), got


@pytest.mark.parametrize("text", [
    "在这家（公司）工会的帮助下，他找到了新工作。",  # no body named before the bracket
    "各单位（公司）工会要认真落实本通知要求。",  # every unit's union
    "全市基层（公司）工会共有120家。",  # generic 基层
    "该局（公司）工会积极组织职工参加活动。",  # a demonstrative, no name
    "张三（公司）工会主席表示，将做好服务。",  # a person, not a body
    "会员单位（含分公司）工会要按时报送材料。",  # the bracket is an aside, not a company's second name
])
def test_no_union_from_a_bracket_alone(text):
    got = names(text)
    assert not any("（" in n or "(" in n for n in got), got


def test_a_union_before_a_bracket_keeps_its_own_name():
    """A federation's name before a bracketed word stays the federation's (no company union made of it)."""
    got = names("昆明市总工会（集团）工会干部培训班开班。")
    assert "昆明市总工会" in got
    assert not any("（" in n for n in got), got


@pytest.mark.parametrize("text, want", [
    # a federation's member union named after the federation's short name (工聯屬會 + the union)
    ("工聯屬會澳門建造業職工會會長陳明表示，將繼續爭取改善工作條件。", "澳門建造業職工會"),
    ("勞聯今日聯同屬會香港物流業職工會召開記者會。", "香港物流業職工會"),
])
def test_a_member_union_opens_with_its_region(text, want):
    got = names(text)
    assert want in got, got
    assert not any(n.endswith(want) and n != want for n in got), got


@pytest.mark.parametrize("text", [
    "工聯屬會職工會將舉辦講座。",  # no region, no trade: generic
    "會員在香港工作多年，今日到職工會求助。",  # a region in prose, then a bare 職工會
])
def test_no_member_union_without_region_and_trade(text):
    got = names(text)
    assert not any(n.startswith(("香港", "澳門")) for n in got), got
