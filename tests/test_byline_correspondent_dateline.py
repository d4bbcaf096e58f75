"""A paper's dateline whose bracket names correspondents only (本网讯（通讯员 杜文斌）) credits them as the reporters;
a 作者:通讯员 X field and a closing (通讯员 X) still sign as the author, and a staff reporter named beside keeps the
reporter's place."""

import pytest

from unionkit.extract.meta import parse_byline


@pytest.mark.parametrize("dateline, reporter", [
    ("本网讯（通讯员 杜文斌）", "杜文斌"), ("本报讯(通讯员 杨晓峰)", "杨晓峰"), ("本網訊（通訊員 張三 李四）", "張三 李四"),
    ("某某日报讯（本报通讯员 王刚）", "王刚"),
])
def test_correspondent_dateline_names_the_reporter(dateline, reporter):
    assert parse_byline(dateline) == {"reporter": reporter}


@pytest.mark.parametrize("credit, out", [
    ("（通讯员 纳静）", {"author": "纳静"}),  # a closing credit signs the text
    ("作者：通讯员 林雨晴", {"author": "林雨晴"}),
    ("本报讯（记者 张敏 通讯员 周涛）", {"reporter": "张敏"}),  # the staff reporter keeps the place
    ("本报通讯员 陈晓 记者 方圆", {"reporter": "方圆", "author": "陈晓"}),  # named first on a byline row, he signs it
])
def test_other_correspondent_credits_keep_their_reading(credit, out):
    assert parse_byline(credit) == out


@pytest.mark.parametrize("page, name, title", [
    ("某区总工会开展送清凉活动\n本网讯（通讯员 杜文斌）7月14日，某区总工会为一线职工送去清凉物资。", "杜文斌", "通讯员"),
    ("某區總工會開展送清涼活動\n本網訊（通訊員 張偉）7月14日，某區總工會為一線職工送去清涼物資。", "張偉", "通訊員"),
    ("某区总工会开展送清凉活动\n本报讯（记者 王刚）7月14日，某区总工会为一线职工送去清凉物资。", "王刚", "记者"),
])
def test_a_dateline_reporter_keeps_the_role_written_before_the_name(page, name, title):
    from unionkit.clean import clean_text
    from unionkit.extract import extract

    people = {p.name: p.titles for p in extract(clean_text(page)).entities.people}
    assert people.get(name) == [title]
