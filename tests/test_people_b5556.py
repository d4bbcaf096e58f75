"""People of kinds batches 55 and 56 missed: surnames that are common words (那 of the Manchu, 台 of Shandong) right
after a plain people noun or before a verb of speech, and the common words they open left alone."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article


def _names(*body):
    a = Article(id="t", title="标题", body=list(body))
    return sorted(p.name for p in find_people(a))


@pytest.mark.parametrize("text,name", [
    ("县总工会工作人员来到困难职工那春梅家中，了解她的身体状况。", "那春梅"),
    ("在一家食品企业上班的职工台秀英今年做了心脏支架手术。", "台秀英"),
    ("“没想到能起这么大作用。”台秀英说。", "台秀英"),
    ("部长台建国表示，要把好事办好。", "台建国"),
])
def test_word_surnames_in_a_name_slot(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "困难职工那些人家中都有了变化。",
    "职工那春天般的热情感染了大家。",
    "职工台风天气出行要注意安全。",
    "职工平台秀出风采。",
    "主席台就座的有各级领导。",
    "职工台账管理规范有序。",
    "职工台上表演节目。",
    "“好！”台下观众说：",
    "困难职工那时候家中很困难。",
])
def test_word_surnames_leave_words_alone(text):
    assert _names(text) == []
