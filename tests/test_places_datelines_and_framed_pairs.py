"""find_places: a bare name opening a line before a colon (a dateline: 宜昌：…), and a province with its own
prefecture after a word of place and before a verb (在广东东莞做了8年), and a numbered tour route named after its
prefecture (1. 丽水古堰画乡线路;) (invented sentences, with look-alike negatives that must not change)."""

import pytest

from unionkit.extract.places import find_places


def names(text):
    return [p.name for p in find_places(text)]


@pytest.mark.parametrize("text, want", [
    ("宜昌：夷陵区总工会送技能下乡\n眼下正是夷陵区柑橘采摘的旺季。", "宜昌"),   # a headline's dateline, a county confirms
    ("标题\n荆门：快递小哥有了驿站。东宝区总工会建站。", "荆门"),             # a paragraph's dateline
    ("寻乌:果园里的工会驿站\n寻乌县总工会在果园建站。", "寻乌县"),           # a county's: its full name replaces it
])
def test_dateline_place_taken(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text, bad", [
    ("宜昌：某工会送技能下乡\n眼下正是采摘的旺季。", "宜昌"),            # the page confirms no place of the city
    ("他说宜昌：好\n夷陵区总工会慰问。", "宜昌"),                        # not at a line's start
    ("平安：职工书屋开进车间\n乐都区总工会开展活动。", "平安"),          # an ordinary word first (平安, "safe")
    ("大同：工会送温暖\n平城区总工会开展活动。", "大同"),                # (大同, "great harmony")
])
def test_dateline_look_alikes_left(text, bad):
    assert bad not in names(text)


#: A union's recuperation trips in its own province, listed one route an item (the page names its county in full).
_ROUTES = "绍兴市柯桥区总工会发布职工疗休养线路：\n{}\n"


@pytest.mark.parametrize("items, want", [
    ("1. 丽水云和梯田线路;\n2. 衢州根宫佛国线路;", ["丽水", "衢州"]),
    ("（1）台州神仙居路线\n（2）温州楠溪江路线", ["台州", "温州"]),
])
def test_numbered_tour_route_names_its_place(items, want):
    got = names(_ROUTES.format(items))
    assert all(w in got for w in want)


@pytest.mark.parametrize("items, bad", [
    ("1. 丽水供电线路改造;", "丽水"),                     # a power line's work, no route item
    ("1. 丽水供电线路;", "丽水"),                         # a verb after the name, not a sight
    ("1. 南宁青秀山线路;", "南宁"),                       # a route in a province the page does not name
    ("他说丽水云和梯田线路不错。", "丽水"),               # no numbered item
])
def test_tour_route_look_alikes_left(items, bad):
    assert bad not in names(_ROUTES.format(items))


@pytest.mark.parametrize("text, want", [
    ("“在广东东莞做了8年服装，今年想留在家门口上班。”", ["广东", "东莞"]),
    ("他在浙江杭州打工多年。", ["浙江", "杭州"]),
    ("她在湖南长沙工作。", ["湖南", "长沙"]),
])
def test_province_and_prefecture_before_a_verb(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "他在湖南长沙建设银行上班。",      # a bank's name: 建设 opens a firm's, not a verb of the place
    "他说广东东莞做得好。",            # no word of place before the pair
    "在四川泸州老窖公司工作。",        # a firm's name after the pair
])
def test_pair_look_alikes_left(text):
    assert names(text) == []


def test_province_and_prefecture_closing_a_span_between_two_places():
    assert names("货车司机常年往返于准格尔旗和河北唐山之间运送煤炭。")[-2:] == ["河北", "唐山"]
    assert names("往返于鄂尔多斯与山西大同之间。")[-2:] == ["山西", "大同"]


@pytest.mark.parametrize("text", [
    "他在四川泸州老窖和河北唐山钢铁公司工作。",   # a firm's name after the pair, no 之间
    "河北唐山之间的距离。",                       # no conjunction before the pair
])
def test_span_look_alikes_leave_the_prefecture(text):
    assert "唐山" not in names(text)
