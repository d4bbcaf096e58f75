"""find_places: an @-handle names no place, a bare prefecture before 某 (an anonymised firm) or opening a park's
union is its city, and a list closed by 等县（市） names the counties or county-level cities its items were
(invented sentences, with look-alikes that must not change)."""

import pytest

from unionkit.extract.places import find_places


def names(text):
    return [p.name for p in find_places(text)]


def counties(text):
    return [p.county for p in find_places(text)]


def test_an_at_handle_names_no_place():
    text = "长沙市总工会开展慰问活动。\n@长沙发布 @湖南省总工会 @湖南日报"
    assert "湖南省" not in names(text)
    assert "湖南省" in names("长沙市总工会开展慰问活动。湖南省总工会派员参加。")


def test_a_prefecture_before_an_anonymised_firm():
    text = "李某于2019年入职杭州某电子科技公司。余杭区人民法院审理认为，公司应支付赔偿金。"
    assert "杭州" in names(text)


def test_a_prefecture_before_a_person_it_does_not_confirm_stays_context():
    # the page writes neither the city nor one of its counties in full
    assert names("李某于2019年入职杭州某电子科技公司，公司应支付赔偿金。") == []


def test_a_prefecture_opening_a_parks_union():
    text = "3月5日，厦门软件园工会联合会举办联谊活动，园区企业职工参加。"
    assert "厦门" in names(text)


@pytest.mark.parametrize("text, want", [
    # a list of 县（市）: 凤翔 is the county it was (凤翔县), not today's district
    ("宝鸡市总工会将组织凤翔、岐山等县（市）劳模开展疗休养。", "凤翔县"),
    ("宝鸡市总工会将组织凤翔、岐山等县劳模开展疗休养。", "凤翔县"),
])
def test_a_typed_list_names_the_old_county(text, want):
    assert want in counties(text)


def test_an_untyped_list_names_todays_division():
    assert "凤翔区" in counties("宝鸡市总工会将组织在凤翔、岐山等地的劳模开展疗休养。")


@pytest.mark.parametrize("text, county", [
    # a county-level city listed bare among prefectures of its own province, its own city unnamed
    ("市总工会依托南昌、井冈山、九江等地的基地开展疗休养。", "井冈山市"),
    ("省总工会依托武威、敦煌、天水等地的职工疗休养基地。", "敦煌市"),
])
def test_a_listed_county_placed_by_its_provinces_prefectures(text, county):
    assert county in counties(text)


@pytest.mark.parametrize("text, county", [
    ("市总工会依托南昌、敦煌、九江等地的基地开展疗休养。", "敦煌市"),  # a list of another province's cities
    ("市总工会依托福州、将乐、厦门等地的基地开展疗休养。", "将乐县"),  # a name the dictionary does not list
    ("市总工会依托南昌、井冈山、九江的基地开展疗休养。", "井冈山市"),  # no 等地: no list of places
])
def test_a_listed_county_without_that_backing_stays_out(text, county):
    assert county not in counties(text)


def test_a_list_of_places_after_a_verb():
    assert {"张掖", "天水"} <= set(names("该会依托张掖、天水等地的基地开展活动。"))
    assert "张掖" not in names("该会依托张掖、天水的基地开展活动。")  # (no 等地)
