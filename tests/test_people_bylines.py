"""People named in credit and editor lines: a reporter or editor slot (removed line or meta field) whose name has
an unlisted or common-character surname, 供稿/供图 credits of a unit and a name, spaced credit lines with a work
tail, and the words and menus in those slots that are no people."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.extract.people.bylines import _only_credits
from unionkit.extract.people.credits import _staff
from unionkit.record import Article, Meta, Removal

from conftest import people_names as _names, staff_people


def _editor(value):
    line = Removal("editor_line", "责任编辑:" + value, 9)
    return _names("职工参加了活动。", removed=[line])


def test_editor_with_common_character_surname():
    assert "代丽娜" in _editor("代丽娜")


@pytest.mark.parametrize("value", ["代表团", "时代", "代理"])
def test_editor_slot_words_stay_out(value):
    assert value not in _editor(value)


@pytest.mark.parametrize("field,value", [
    ("reporter", "敏学军"), ("reporter", "仓晓东"), ("reporter", "索南文江"), ("editor", "敏志刚"),
])
def test_slot_name_with_unlisted_surname(field, value):
    assert value in _names("职工参加了活动。", meta=Meta(**{field: value}))


@pytest.mark.parametrize("field,value", [
    ("reporter", "综合报道"), ("author", "新华社"), ("author", "赣工宣"), ("author", "仙梅人"),
    ("editor", "宣传部"), ("reporter", "本报记者"), ("author", "网络文"),
])
def test_slot_words_stay_out(field, value):
    assert value not in _names("职工参加了活动。", meta=Meta(**{field: value}))


@pytest.mark.parametrize("text,names", [
    ("（供稿：县总工会 马玉兰）", ["马玉兰"]),
    ("供稿：李明", ["李明"]),
    ("（供图：市总工会 王刚）", ["王刚"]),
    ("供稿：区总工会 王刚 李娜", ["李娜", "王刚"]),
    ("（供稿：阿勒泰市委宣传部 帕提古丽·吾买尔）", ["帕提古丽·吾买尔"]),
])
def test_supplied_by_label_then_unit_and_name(text, names):
    assert sorted(p.name for p in _staff(text)) == names


@pytest.mark.parametrize("text", [
    "（供稿：县总工会）",
    "供稿：县总工会宣传部",
    "供稿：新华网 综合",
    "供稿单位：县总工会",
    "供稿：工会 办公室",
    "供稿：县总工会 编辑",
    "供稿：张家口 李明",  # (a place, no organ, before the name: not a unit + name credit)
    "供稿：工会·宣传部",
])
def test_supplied_by_label_without_a_person(text):
    assert _staff(text) == []


@pytest.mark.parametrize("text", [
    "记者 毕　然 聂文君 通讯员 张云鹤 文/图",
    "文字 | 冉晓雪　图片 | 苟明亮",
    "记者 李明 摄",
    "通讯员 王刚 报道",
])
def test_credit_lines_with_spaced_names_and_a_work_tail(text):
    assert _only_credits(text)


@pytest.mark.parametrize("text", [
    "记者 张三 首页 新闻",
    "记者 李明 文/图 更多",
    "首页 文/图",
    "记者 李明 王刚 赵强 孙丽 文/图",  # (at most two more spaced names after a credit's first)
])
def test_menu_lines_are_no_credit_lines(text):
    assert not _only_credits(text)


def test_correspondent_of_a_byline_filed_with_the_menus():
    a = Article(id="t", title="标题", body=["正文一段。"],
                removed=[Removal(kind="navigation", text="记者 毕　然 聂文君 通讯员 张云鹤 文/图", line=3)])
    assert {"毕然", "聂文君", "张云鹤"} <= {p.name for p in find_people(a)}


def test_dateline_byline_filed_with_the_menus():
    """A paper's dateline tag with its credits in brackets (本报讯（记者 X 通讯员 Y）), filed with the menus: its people."""
    a = Article(id="t", title="标题", body=["正文一段。"],
                removed=[Removal(kind="navigation", text="本报讯(记者 周立新 通讯员 孟雪梅)", line=6)])
    assert {"周立新", "孟雪梅"} <= {p.name for p in find_people(a)}
    assert _only_credits("某某日报讯（记者 周立新）")
    assert not _only_credits("本报讯(记者 周立新 通讯员 孟雪梅)近日，市总工会开展活动")  # prose after the bracket
    assert not _only_credits("本报讯(市总工会 首页 新闻)")


def test_tibetan_editor_of_one_element():
    a = Article(id="t", title="标题", body=["正文一段。"],
                removed=[Removal(kind="editor_line", text="编辑：央拉　　校对：余卫东", line=8)])
    assert {"央拉", "余卫东"} <= {p.name for p in find_people(a)}


def test_chief_editor_beside_the_duty_editor():
    """主编 on an editor line (责编：X　主编：Y) credits a member of staff like 责编; in the body it is a verb."""
    a = Article(id="t", title="标题", body=["由李华主编的《工会史》出版。"],
                removed=[Removal(kind="editor_line", text="责编：吴海涛　主编：邢国良", line=8)])
    got = {p.name: p.titles for p in find_people(a)}
    assert got == {"吴海涛": ["责编"], "邢国良": ["主编"]}


@pytest.mark.parametrize("text,ok", [
    ("冰城+记者 赵婧 通讯员 韩冬", True),   # an app's name ending in a plus, glued to 记者
    ("津云记者 彭雨桐 通讯员 郄敏", True),
    ("冰城+ 记者 赵婧", False),             # (not glued: a menu item, then a credit)
    ("冰城+首页 记者 赵婧", False),
])
def test_app_outlet_glued_to_reporter(text, ok):
    assert _only_credits(text) is ok


def test_correspondent_after_an_app_reporter_filed_with_the_menus():
    a = Article(id="t", title="标题", body=["正文一段。"],
                removed=[Removal(kind="navigation", text="冰城+记者 赵婧 通讯员 韩冬", line=3)])
    assert {"赵婧", "韩冬"} <= {p.name for p in find_people(a)}


@pytest.mark.parametrize("text, names", [
    # a dateline left in the body: two correspondents one space apart after one role word
    ("本报某地4月25日讯（记者 刘晓东 通讯员 孙梅 王振华）4月25日，职工技能大赛开赛。", {"刘晓东", "孙梅", "王振华"}),
    ("本报讯 通讯员 陈晓 李建国 记者 方圆 7月8日，市总工会开展慰问。", {"陈晓", "李建国", "方圆"}),
])
def test_byline_role_then_spaced_names(text, names):
    assert names <= set(_names(text))


@pytest.mark.parametrize("text, extra", [
    # look-alikes: a place and a work word after the name, the next role word, a name glued to a verb
    ("本报讯（记者 刘晓东 北京报道）职工技能大赛开赛。", "北京"),
    ("本报讯（记者 刘晓东 摄影 孙梅）职工技能大赛开赛。", "摄影"),
    ("本报讯（通讯员 孙梅 王振华说明）职工技能大赛开赛。", "王振华"),
])
def test_byline_spaced_run_stops_at_no_name(text, extra):
    assert extra not in _names(text)


@pytest.mark.parametrize("text, names", [
    # two credits whose separating spaces were lost when a line cut at its pinyin glosses was joined again
    ("記者：李思遠通訊員：周婷", ["周婷", "李思遠"]),
    ("记者：李思远通讯员：周婷", ["周婷", "李思远"]),
    # a byline's 文/X credits the writer as 图/X the photographer
    ("作者：文/刘颖 图/谢安　　来源：校工会", ["刘颖", "谢安"]),
])
def test_credit_names_glued_to_the_next_role_or_after_a_slash(text, names):
    assert sorted(p.name for p in _staff(text)) == names


@pytest.mark.parametrize("text, bad", [
    ("编辑：新华社记者", "新华社"),              # an agency before the glued role: no name
    ("文/图 郭茜", "图"),                        # 文/图 is the bracketed writer-photographer credit
    ("文/本报记者 张三", "本报"),
])
def test_glued_role_and_slash_credit_look_alikes(text, bad):
    assert all(bad not in p.name for p in _staff(text))


@pytest.mark.parametrize("value", ["阿輝哥", "小魚兒", "老巷口"])
def test_nickname_handle_in_author_slot_is_no_person(value):
    """A 阿/小/老 nickname in a forum's author slot is the poster's handle, no rare surname's name."""
    assert value not in _names("职工参加了活动。", meta=Meta(author=value))


@pytest.mark.parametrize("line", ["记者：郭瑞 杨帆（摄像）", "记者：郭瑞　杨帆（摄像）"])
def test_a_byline_name_with_its_own_role_in_brackets(line):
    """A video report's byline: the reporter, then the cameraman with his role bracketed after his name."""
    assert sorted(_staff_pairs(line)) == [("杨帆", ["摄像"]), ("郭瑞", ["记者"])]


def test_a_byline_kept_as_a_body_paragraph():
    assert _names("记者：郭瑞 杨帆（摄像）", "近日，运城市持续高温。") == ["杨帆", "郭瑞"]


@pytest.mark.parametrize("para", [
    "记者：郭瑞 杨帆（摄像）报道了这次活动的全过程和职工们的反应。",   # prose after the names
    "记者从市总工会获悉，杨帆（摄像）也到了现场。",
])
def test_a_body_sentence_opening_with_a_byline_role_is_no_byline(para):
    assert "杨帆" not in _names(para)


def _staff_pairs(line):
    return [(p.name, p.titles) for p in _staff(line)]


def _navigation(line):
    return _names("职工参加了活动。", removed=[Removal("navigation", line, 12)])


def test_a_q_and_a_answerers_header_line():
    """A Q&A answer's header (a professional's title and a name alone on a line) filed with the menus."""
    assert "王振华" in _navigation("粤法援律师王振华")


@pytest.mark.parametrize("line", ["律师事务所首页", "找律师王振华咨询热线12348", "劳动争议方向执业律师"])
def test_menu_lines_about_professionals_name_no_answerer(line):
    assert _navigation(line) == []


@pytest.mark.parametrize("line, want", [
    ("主持：刘志刚（公司工会主席）   记录：詹琳", [("詹琳", ["记录"])]),   # a minutes' head: the minute-taker
    ("记录人：王晓燕", [("王晓燕", ["记录人"])]),
    ("主持：劉志剛   記錄：詹琳", [("詹琳", ["記錄"])]),
])
def test_minute_taker_in_a_minutes_head(line, want):
    assert [(n, t) for n, t in staff_people(line) if n != "刘志刚"] == want


@pytest.mark.parametrize("line", ["会议记录整理归档", "工作记录本", "记录了职工的意见"])
def test_record_word_without_a_label_colon_names_no_one(line):
    assert staff_people(line) == []
