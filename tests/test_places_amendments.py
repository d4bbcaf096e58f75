"""Gazetteer amendments: county-level divisions renamed after the source's data resolve by their new name and still
by their old one (invented sentences; the amended names are the table's, the rule is the table's mechanism)."""

import pytest

from unionkit.extract.places import divisions as P
from unionkit.extract.places import AMENDMENTS, amend_rows, find_places, gazetteer
from unionkit.extract.unions import find_unions


def keys(text):
    return [(p.name, p.province, p.city, p.county) for p in find_places(text)]


@pytest.mark.parametrize("name, old, prov, city, year", AMENDMENTS)
def test_new_and_old_names_are_full_names_of_their_city(name, old, prov, city, year):
    for spelling in (name, old):
        divs, full = gazetteer().lookup(spelling)
        assert full and [(d.name, d.province, d.city) for d in divs] == [(spelling, prov, city)]
    assert name[:-1] == old[:-1] and 2019 <= year <= 2024


@pytest.mark.parametrize("name, old, prov, city, year", AMENDMENTS)
def test_bare_stem_means_the_division_now(name, old, prov, city, year):
    divs, full = gazetteer().lookup(name[:-1])
    assert not full and [d.name for d in divs] == [name]


def test_amended_names_in_text():
    assert ("米林市", "西藏自治区", "林芝市", "米林市") in keys("林芝市米林市总工会召开职工代表大会。")
    assert ("凤翔区", "陕西省", "宝鸡市", "凤翔区") in keys("宝鸡市凤翔区总工会举办技能竞赛。")
    # a page written before the change keeps the county as it writes it
    assert ("凤翔县", "陕西省", "宝鸡市", "凤翔县") in keys("2019年，陕西省凤翔县总工会举办技能竞赛。")
    assert ("米林县", "西藏自治区", "林芝市", "米林县") in keys("米林县总工会召开职工代表大会。")
    # traditional script
    assert ("鳳翔區", "陝西省", "寶雞市", "鳳翔區") in keys("寶雞市鳳翔區總工會舉辦技能競賽。")
    assert ("長泰區", "福建省", "漳州市", "長泰區") in keys("漳州市總工會將在薌城區、長泰區等地開展普法宣傳。")
    assert ("长泰县", "福建省", "漳州市", "长泰县") in keys("2020年，长泰县总工会开展送温暖活动。")


def test_amended_union_names():
    text = "米林市总工会召开职工代表大会。"
    assert [u.name for u in find_unions(text, find_places(text))] == ["米林市总工会"]


def test_look_alikes_untouched():
    # a name the source had wrong (凤翔市) is no division; an unamended namesake stays as it was
    assert gazetteer().lookup("凤翔市") == ([], False)
    assert [d.name for d in gazetteer().lookup("无为市")[0]] == ["无为市"]
    # the words of the stem inside other words are not places
    assert keys("他喜欢吃米林的小米。") == []


def test_amend_rows_replaces_the_row_of_the_same_stem_only():
    rows = [["K", "甲乙县", "甲乙", "甲乙縣", "", "某省", "某市"],
            ["K", "甲乙县", "甲乙", "甲乙縣", "", "某省", "他市"],
            ["K", "丙丁县", "丙丁", "", "", "某省", "某市"]]
    out = amend_rows(rows, [("甲乙区", "甲乙县", "某省", "某市", 2021)])
    assert out == [["K", "甲乙区", "甲乙", "甲乙區", "", "某省", "某市"],
                   ["K", "甲乙县", "", "甲乙縣", "", "某省", "某市"],
                   rows[1], rows[2]]
    # nothing of that stem in that city: the rows are left as they are
    assert amend_rows(rows, [("戊己市", "戊己县", "某省", "某市", 2023)]) == rows


def test_state_digest_covers_the_amendments(monkeypatch):
    text = P._DATA.read_text(encoding="utf-8")
    before = P._digest(text)
    monkeypatch.setattr(P, "AMENDMENTS", P.AMENDMENTS[:-1])
    assert P._digest(text) != before
