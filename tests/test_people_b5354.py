"""People of kinds batches 53 and 54 missed: a reporter or editor slot's name whose surname the list lacks
(敏学军, 索南文江), regional surnames that open common words (玄, 敏, 仓), and the surnames 要 and 者 after a
title or in a 的-clause speaker."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article, Meta


def _names(*body, meta=None):
    a = Article(id="t", title="标题", body=list(body))
    return sorted(p.name for p in find_people(a, None, None, meta))


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


@pytest.mark.parametrize("text,name", [
    ("公司工会主席玄成浩说，巡护员每天要走十几公里。", "玄成浩"),
    ("县总工会主席敏志刚出席活动并讲话。", "敏志刚"),
    ("律师要建平提供法律援助。", "要建平"),
    ("“还能借几本书回去。”在一家新材料企业工作的者丽芬说。", "者丽芬"),
])
def test_regional_surnames(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "这一领域玄机重重，职工敏感地察觉到了变化。",
    "仓库管理员把货物搬进了仓储区。",
    "工会主席要带头落实，书记要加强督导。",
    "这是学者的说法。",
    "工会主席要求各单位加强监督。",
])
def test_surname_words_no_name(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("集团公司党委委员、工会主席、职工董事檀立伟出席仪式并共同揭牌。", "檀立伟"),
    ("經過兩天的角逐,運行部值長芮國慶等9名職工分獲各項目前三名。", "芮國慶"),
    ("经过一天的比拼，急诊科护士道吉草获得一等奖。", "道吉草"),             # a Tibetan name with an Amdo ending
    ("“能看的东西太少。”在管护站工作了17年的护林员尕让多杰说。", "尕让多杰"),
    ("“老闆說一天能拿到三百塊。”今年32歲的學員阿蘇日呷說。", "阿蘇日呷"),   # a Yi name, traditional script
])
def test_name_after_job_word(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "值长负责全厂运行调度。",
    "学员们认真听讲，护林员每天巡山。",
    "职工董事制度是企业民主管理的重要形式。",
    "护士道德规范培训。",
])
def test_job_words_no_name(text):
    assert _names(text) == []
