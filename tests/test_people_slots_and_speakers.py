"""People: a name that is a word in a byline's photo slot, a Mongolian
name closed by 图, a Tibetan name with no Han surname after a quotation or in a reporter slot, and an author that
only meta reads; with the look-alikes each rule must leave alone."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.extract.people.minority import _steppe_name_at
from unionkit.record import Article, Meta, Removal

from conftest import people_names as _names, staff_people as _staff_people


# --- a byline's photo credit: role, names, then 摄 -------------------------------------------

@pytest.mark.parametrize("text,name,role", [
    ("记者 詹雨桐 邬建华 通讯员 甘露 摄", "甘露", "通讯员"),
    ("通讯员 甘露/摄", "甘露", "通讯员"),
    ("记者 高原 摄", "高原", "记者"),
    ("摄影 方圆 摄", "方圆", "摄影"),
])
def test_word_name_in_photo_slot(text, name, role):
    assert (name, [role]) in _staff_people(text)


def test_photo_slot_keeps_the_other_names():
    assert _staff_people("记者 詹雨桐 邬建华 通讯员 甘露 摄") == [
        ("詹雨桐", ["记者"]), ("邬建华", ["记者"]), ("甘露", ["通讯员"])]


@pytest.mark.parametrize("text", [
    "通讯员 甘露",          # no closing 摄: a lone word stays out, as before
    "通讯员 甘露 报道",     # 报道 closes the credit, not 摄
    "记者 现场 摄",         # no surname opens the word
    "编辑 甘露 摄",         # an editor's slot is no byline slot
    "（甘露 摄）",          # no role before the word
    "记者 摄影 摄",         # a role word is never a name
])
def test_photo_slot_lookalikes(text):
    assert not [n for n, _ in _staff_people(text) if n in ("甘露", "现场", "摄影")]


def test_photo_slot_from_a_removed_credit():
    credit = Removal(kind="credit", text="记者 詹雨桐 邬建华 通讯员 甘露 摄")
    assert "甘露" in _names("县总工会开展法律援助进工地活动。", removed=[credit])


# --- a Mongolian name closed by 图 -------------------------------------------------------------

@pytest.mark.parametrize("text,at,name", [
    ("维修工乌力吉图说", 3, "乌力吉图"),
    ("苏德图说", 0, "苏德图"),
    ("巴雅尔图表示", 0, "巴雅尔图"),
])
def test_mongolian_name_closed_by_tu(text, at, name):
    assert _steppe_name_at(text, at, True) == name


@pytest.mark.parametrize("text,at,name", [
    ("乌兰图书馆开馆", 0, "乌兰"),   # 图书馆: 图 opens a word, the name does not run on
    ("乌兰图片展", 0, "乌兰"),
    ("巴图说", 0, "巴图"),            # 图 of the element itself, no second one
])
def test_tu_lookalikes(text, at, name):
    assert _steppe_name_at(text, at, True) == name


def test_mongolian_worker_speaker_whole():
    got = _names("“以前下了班只能刷手机,现在有了书屋。”维修工乌力吉图说,他正准备参加考评。")
    assert "乌力吉图" in got and "乌力吉" not in got


# --- a Tibetan name with no Han surname --------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("“拿到工钱,心里踏实了。”多吉次仁说。", "多吉次仁"),
    ("“很好。”欧阳建国说。", "欧阳建国"),   # a compound surname's four characters, the same place
    ("工会主席向巴平措表示，要做好工作。", "向巴平措"),
])
def test_four_character_speaker_after_quote(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "“很好。”随后他又说。",
    "“很好。”大家纷纷说。",
    "“好。”其中一人说。",
    "“很好。”工人们说。",
    "工会干部向巴西客商介绍了情况。",   # the preposition 向 before 巴西
    "县总工会向巴塘县捐赠物资。",
])
def test_four_character_lookalikes(text):
    assert _names(text) == []


def test_tibetan_reporter_in_meta_is_a_person():
    byline = Removal(kind="byline", text="记者 向巴曲珍")
    a = Article(id="t", title="标题", body=["县总工会为农牧民工追回欠薪。"], removed=[byline])
    got = {p.name: p.titles for p in find_people(a, meta=Meta(reporter="向巴曲珍"))}
    assert got.get("向巴曲珍") == ["记者"]


# --- an author only meta reads (an unlabelled date / source / name / views row) ----------------

def test_meta_author_becomes_a_person():
    header = Removal(kind="page_header", text="2025-05-27 德兴市总工会 汪丽萍 浏览:531次")
    assert "汪丽萍" in _names("德兴市总工会开展安康杯竞赛。", removed=[header],
                              meta=Meta(author="汪丽萍", source="德兴市总工会"))
    assert "汪丽萍" not in _names("德兴市总工会开展安康杯竞赛。", removed=[header], meta=Meta())


def test_hong_kong_form_of_the_speech_verb():
    """説 (the Hong Kong form of 說) closes a quoted speaker's title and name as 說 does."""
    got = _names("順豐速運寶安分部工會主席李志強説：“工會把保障送到了騎手身邊。”")
    assert "李志強" in got


@pytest.mark.parametrize("text, want", [
    ("该企业总经理Thomas Becker表示，希望今后与工会多开展合作。", "Thomas Becker"),
])
def test_foreign_latin_name_after_an_office(text, want):
    assert want in _names(text)


@pytest.mark.parametrize("text, bad", [
    ("培训邀请了直播电商讲师Lily Zhao授课。", "Lily Zhao"),      # a pinyin family name: a Chinese worker's English name
    ("华为云认证讲师David Chen和本地企业技术骨干授课。", "David Chen"),
    ("机器人维护团队使用KUKA KR 210机器人。", "KUKA KR"),         # capitals: a brand and a model
    ("学员使用DJI Osmo Mobile稳定器练习。", "Osmo Mobile"),       # no office before it
])
def test_latin_words_that_name_no_foreign_person(text, bad):
    assert bad not in _names(text)


# --- a quotation's speaker after a long description ending in a noun of person ------------------

_QUOTE = "“想让评委尝到地道的家乡味道。”"


@pytest.mark.parametrize("attribution,name,title", [
    ("参赛选手、龙文区某酒店厨师长陈建华说。", "陈建华", "龙文区某酒店厨师长"),   # a 、-listed description
    ("參賽選手、龍文區某酒店廚師長陳建華說。", "陳建華", "龍文區某酒店廚師長"),   # traditional script
    ("获奖选手、某酒店店长王刚表示，", "王刚", "某酒店店长"),                    # a two-character name
])
def test_speaker_after_a_long_description(attribution, name, title):
    from conftest import people_titles
    got = people_titles(_QUOTE + attribution)
    assert title in got.get(name, [])


@pytest.mark.parametrize("attribution", [
    "参赛选手张师傅说。", "获奖选手小李说。", "该厂厂长老王说。", "在场的工人师傅说。", "几名参赛选手高兴地说。",
    "来自某公司的厨师长说。", "该酒店行政总厨也说。", "评委会主任委员说。",
])
def test_description_without_a_name_before_the_verb_names_no_one(attribution):
    assert _names(_QUOTE + attribution) == []


@pytest.mark.parametrize("attribution,names", [
    ("涪城区总工会副主席杨丽说。", ["杨丽"]),                  # a listed role's last character is no surname (席杨丽)
    ("外卖骑手李国栋在办好入会手续后说。", ["李国栋"]),        # a clause before the verb names no one (续后)
    ("来自衡南县的泥瓦工唐建军说。", ["唐建军"]),             # a 的-clause is no title
])
def test_described_speaker_leaves_other_speakers_alone(attribution, names):
    from conftest import people_titles
    got = people_titles(_QUOTE + attribution)
    assert sorted(got) == names and not any("的" in t for t in got[names[0]])
