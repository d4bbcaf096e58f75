"""find_people: a one-element minority name after an office title, a person after a phrase of where they work, and
a credit line split by pinyin readings (invented sentences, with look-alike negatives)."""

import pytest

from conftest import people_names as _names, people_titles as _titles
from unionkit.record import Removal


def test_one_element_name_after_an_office_title():
    """A two-character name with no Chinese surname (a Lahu, Wa or Jingpo name) after an officer's title, before a
    verb of speech, is the officer; the chain of titles goes with it."""
    got = _titles("县总工会党组书记、常务副主席扎约表示，将畅通维权渠道。")
    assert got == {"扎约": ["县总工会党组书记", "县总工会常务副主席"]}
    assert "娜倮" in _names("副县长娜倮指出，要做好欠薪治理。")


@pytest.mark.parametrize("text", [
    "县总工会主席再次表示，将继续开展活动。",      # an adverb between the title and the verb
    "县总工会主席首先指出，要提高认识。",
    "县总工会主席会上强调，要抓好落实。",          # a time word
    "县总工会主席在会上强调，要抓好落实。",
    "县总工会副主席笑着说，大家辛苦了。",          # 说 alone is no slot for such a name
    "县总工会主席对此表示，将全力支持。",
    "县总工会主席明确指出，要抓好落实。",
])
def test_words_after_an_office_title_are_no_names(text):
    assert _names(text) == []


@pytest.mark.parametrize("text, name", [
    ("在一家物流企业做财务工作的王晓婷报了短视频制作班，她说名额很抢手。", "王晓婷"),
    ("在一家物流企業做財務工作的王曉婷報了短視頻製作班，她說名額很搶手。", "王曉婷"),   # traditional script
    ("在社区从事保洁工作的李秀兰今年已经58岁，她每天清晨五点出门。", "李秀兰"),
    ("在县城从事外卖配送工作的程浩领到礼包后说，他当场扫码入会。", "程浩"),      # a two-character name
    ("在物流公司工作的李强领了奖，他说很开心。", "李强"),
    # 她 or 他 speaking later in the paragraph, after a quotation or a clause's end
    ("在城东一家服装厂工作的郑秀芬上月因病住院，报销后又领到3000元补助。“这笔钱来得及时。”她说。", "郑秀芬"),
    ("在城東一家服裝廠工作的鄭秀芬上月因病住院。“這筆錢來得及時。”她說。", "鄭秀芬"),          # traditional script
    ("在物流园区工作的周志鹏去年评上了技术能手。谈起这份荣誉，他笑着说：“靠大家。”", "周志鹏"),
])
def test_person_after_a_phrase_of_their_work(text, name):
    """工作的 introduces a person: a three-character name after it may be followed by any verb (报了) when a later
    clause takes the person up with 她 or 他."""
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "做好工会工作的关键在于落实。",
    "推进工作的同时也要注意安全。",
    "开展工作的程序和要求已经明确。",
    "这项工作的方向盘握在职工手里。",
    "在一家商城物流企业工作的杜某因工伤与企业发生纠纷，他申请了调解。",   # an anonymised name (杜某)
    "在车间工作的王晓冬拿着工具，走向机床。",   # no pronoun takes the person up again
    "在车间工作的王强拿着工具，走向机床。",
    "做好工作的同时兼顾家庭，他说。",            # 同时: a word, no surname + given name
    "从事工会工作的同志领到礼包后说，他很高兴。",
    "在车间工作的王晓冬拿着工具走向机床。其他说明见附件。",   # 其他说明: no pronoun speaking
    "在车间工作的王晓冬拿着工具走向机床。班长赶来，他说服了大家。",   # 说服: persuading, no speech
])
def test_words_after_a_phrase_of_work_are_no_names(text):
    assert _names(text) == []


def test_credit_line_split_by_pinyin_readings():
    """A credit line that carried pinyin comes in removed parts (審|(shěn)|核：郝建平); they are read joined."""
    removed = [Removal("editor_line", "編輯：任佳", 17), Removal("editor_line", "審", 18),
               Removal("pinyin", "(shěn)", 18), Removal("editor_line", "核：郝建平", 18)]
    assert _names("正文一段。", removed=removed) == ["任佳", "郝建平"]


def test_credit_lines_of_other_kinds_stay_apart():
    """Pieces of different kinds on one line are not joined: a navigation piece is no credit."""
    removed = [Removal("navigation", "審", 18), Removal("pinyin", "(shěn)", 18),
               Removal("editor_line", "核：郝建平", 18)]
    assert "郝建平" not in _names("正文一段。", removed=removed)
