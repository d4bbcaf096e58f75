"""A county named by its seat's part of town (郸城县城东), a bare county opening a name of its own (罗平油菜花海), and a
bare province a trip came over from (从山东拉货过来).  The look-alikes (核心城区, a person of a county's name, a stem that
makes a word with its neighbours) must stay out."""

from unionkit.extract.places import find_places


def _keys(text):
    return [(p.name, p.province, p.city, p.county) for p in find_places(text)]


def _names(text):
    return [p.name for p in find_places(text)]


def test_full_county_before_its_seats_part_of_town():
    assert ("郸城县", "河南省", "周口市", "郸城县") in _keys("周五去了一趟郸城县城东的物流园。")
    assert "平江县" in _names("慰问队走进平江县城区两个在建项目。")
    assert "岳池县" in _names("在岳池县城北一处安置点。")


def test_county_seat_look_alikes_stay_out():
    assert _names("核心城区的环卫工人") == []
    assert _names("景区和县城环卫作业点") == []  # (和县: a conjunction and 县城, no county)
    assert "城区" not in _names("马龙区总工会走访核心城区的环卫站点。")


def test_bare_county_opening_a_name_of_its_own():
    text = "曲靖市总工会安排疗休养，线路包括罗平油菜花海研学线、师宗凤凰谷生态线等。"
    keys = _keys(text)
    assert ("罗平", "云南省", "曲靖市", "罗平县") in keys
    assert ("师宗", "云南省", "曲靖市", "师宗县") in keys
    assert not any(k[3] == "凤凰县" for k in keys)  # (凤凰 of 凤凰谷: its city is not on the page)


def test_bare_county_opening_a_name_needs_its_city():
    assert _names("线路包括罗平油菜花海研学线、师宗凤凰谷生态线等。") == []


def test_bare_county_look_alikes_stay_out():
    # a person of the county's name, by a role before or after; a stem making a word with its neighbours
    assert "罗平" not in _names("曲靖市总工会主席罗平油印了通知。")
    assert "罗平" not in _names("曲靖市总工会罗平主席讲话。")
    assert "罗平" not in _names("曲靖市总工会网罗平台资源。")
    assert "罗平" not in _names("曲靖市总工会召开会议，罗平说了几句。")


def test_province_a_trip_came_over_from():
    assert ("山东", "山东省", None, None) in _keys("在门口碰到从山东拉货过来的司机赵大勇。")
    assert _names("他从山东大学调过来工作。") == []  # (a body named: 山东大学)


def test_salted_fragments_name_no_county():
    # a salted page: 市盘 and 龙区 cut from 盘龙区 glued into prose; 盘龙 (a district's stem) before a verb
    text = ("昆明市盘龙区总工会开展活动。也是市盘“十四五”开局之年，龙区拉开聚焦奋斗历程，"
            "助推盘龙加快区域性国际中心城市核心城区建设。")
    assert _names(text) == ["昆明市", "盘龙区"]
