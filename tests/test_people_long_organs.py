"""People titles whose organ is a long firm name: the organ is read up to 16 characters, reaching back when that
cut would split a two-character word or a place (a place or a firm's short name opening the name); shorter organs
and prose before a long run are read as before (invented sentences)."""

from __future__ import annotations

import pytest

from unionkit.extract.people.chains import _organ_tail

from conftest import people_titles


@pytest.mark.parametrize("text, name, title", [
    # a 17-character firm after a list's 、 and after a closing quote
    ("经过角逐，某某汽车股份有限公司选手汪小军、芜湖伯特利汽车安全系统股份有限公司选手陶明分获第一名。",
     "陶明", "芜湖伯特利汽车安全系统股份有限公司选手"),
    ("“进步快多了。”中信重工机械股份有限公司铸锻厂青年焊工马骁说。", "马骁", "中信重工机械股份有限公司铸锻厂青年焊工"),
])
def test_long_firm_title_keeps_its_first_word(text, name, title):
    assert title in people_titles(text).get(name, []), people_titles(text)


@pytest.mark.parametrize("org, tail", [
    ("芜湖伯特利汽车安全系统股份有限公司", "芜湖伯特利汽车安全系统股份有限公司"),  # 芜湖 kept whole
    ("某某市总工会", "某某市总工会"),  # short: as written
    # a place the cut would split is read whole (二连浩特市, not 特市 or 浩特市)
    ("二连浩特市总工会职工法律援助工作站", "二连浩特市总工会职工法律援助工作站"),
    # the cut falls between two words (宣布 | 甲乙…): the 16 characters, nothing more
    ("大会宣布甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"),
    # a long prose run cut between words (赛中 | 来自): the 16 characters
    ("在这次比赛中来自各地的职工同台竞技的北京公司", "来自各地的职工同台竞技的北京公司"),
    # a long prose run cut inside a word (比赛 split): one character more, never two
    ("在这次比赛自各地的职工同台竞技的北京公司", "比赛自各地的职工同台竞技的北京公司"),
])
def test_organ_tail(org, tail):
    assert _organ_tail(org) == tail
