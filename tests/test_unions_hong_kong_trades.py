"""find_unions: Hong Kong and Macau unions named by their trade alone (飲食業職工總會, 建造業總工會) and the
federations' usual short names (工聯會, 工聯總會), in traditional script (invented sentences, with look-alikes that
must not change)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    # a member union named by its trade, after a list's 、, a lead word or 屬會
    ("訪問團成員、飲食業職工總會理事譚穎欣說，行程令她有了全新認識。", ["飲食業職工總會"]),
    ("零售業職工總會今日公佈問卷調查結果。", ["零售業職工總會"]),
    ("建造業總工會主席表示，工人安全最重要。", ["建造業總工會"]),
    ("成員包括會展業職工總會理事。", ["會展業職工總會"]),
    ("這是服務業總工會的聲明。", ["服務業總工會"]),
])
def test_a_trade_alone_names_a_hong_kong_union(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "他說餐飲業職工總會的會員人數上升。",  # prose glued before the trade: where the name starts is unknown
    "各行業職工總會議決。",  # every trade's: no one union
    "去年失業總工會。",  # not a trade (失業)
    "餐饮业职工总会今日成立。",  # simplified script: no Hong Kong union's name
    "物流業職工會選擇罷工。",  # 職工會 after a bare trade is also "the workers will"
])
def test_look_alikes_of_a_trade_union_name_none(text):
    assert names(text) == []


@pytest.mark.parametrize("text, want", [
    ("港工聯會訪問團赴閩交流", ["香港工會聯合會"]),
    ("訪問團由工聯會副理事長帶領，成員包括工聯會屬會負責人。", ["香港工會聯合會"]),
    ("澳門工會聯合總會（工聯總會）昨日召開記者會。", ["澳門工會聯合總會"]),
])
def test_the_federations_short_names_stand_for_them(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "區工聯會今日成立。",  # inside a longer name: some district's federation
    "全國工聯會發表聲明。",
    "镇工联会今日成立。",  # simplified: a mainland place's 工会联合会, shortened
    "工聯會議今日舉行。",  # a meeting of the unions
])
def test_look_alikes_of_the_short_names_name_none(text):
    assert names(text) == []


def test_a_trade_alone_joins_the_union_the_page_writes_with_its_region():
    text = "建造業總工會促加強工地保障\n澳門建造業總工會昨日召開記者會。"
    assert names(text) == ["澳門建造業總工會"]


def test_a_written_full_name_keeps_its_surface_beside_the_short_name():
    from unionkit.extract.unions import find_unions
    got = find_unions("工聯會今日到勞工處請願。香港工會聯合會表示，將繼續爭取。")
    assert [(u.name, u.surface) for u in got] == [("香港工會聯合會", None)]


def test_bare_short_name_is_the_federation_the_pages_chrome_names():
    """A bare 工聯 is the federation the page's header or footer names in full (its own site); with no such chrome,
    or one naming both federations, it names none."""
    from unionkit.extract.unions import find_unions

    def on(text, chrome):
        return [(u.name, u.surface) for u in find_unions(text, chrome=chrome)]

    text = "工聯聯同屬會舉辦職安講座。工聯副理事長致辭。"
    assert on(text, ["澳門工會聯合總會 版權所有"]) == [("澳門工會聯合總會", "工聯")]
    assert on(text, ["香港工會聯合會"]) == [("香港工會聯合會", "工聯")]
    assert on(text, []) == []
    assert on(text, ["香港工會聯合會 | 澳門工會聯合總會"]) == []
