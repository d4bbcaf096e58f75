"""A middle-dot name whose last part ends in 地 (吐尔地 = Turdi, a common Uyghur name part) keeps that 地 whatever
follows it; the adverb's particle 地 stays out of a name (高兴地说), and so does a 地 that opens the next word (地区)."""

from __future__ import annotations

import pytest

from conftest import people_names as _names


@pytest.mark.parametrize("text,name", [
    ("县总工会副主席吾买尔江·吐尔地在启动会上说，要抓好安全。", "吾买尔江·吐尔地"),  # 地 then a preposition
    ("托合提·吐尔地等12名农民工到工地讨薪。", "托合提·吐尔地"),
    ("获奖职工有阿依古丽·吐尔地、热娜古丽·吐尔逊。", "阿依古丽·吐尔地"),
    ("班长艾山·吐尔地表示，要把活干好。", "艾山·吐尔地"),  # 地 then a verb
])
def test_dotted_name_keeps_its_final_di(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text,name,not_name", [
    ("“很开心。”艾力·吐尔逊高兴地说。", "艾力·吐尔逊", "艾力·吐尔逊高"),  # the particle after an adjective
    ("主席艾力·吐尔逊地区调研后说，", "艾力·吐尔逊", "艾力·吐尔逊地"),  # 地 opens 地区
])
def test_particle_or_word_di_stays_out(text, name, not_name):
    found = _names(text)
    assert name in found and not_name not in found
    assert not any(n.endswith("地") for n in found)


@pytest.mark.parametrize("text,name", [
    ("车队队长吐尔洪·阿布来提等5名司机受到表彰。", "吐尔洪·阿布来提"),  # 来 inside the part after the dot
    ("阿布来提·吐尔逊结合自己的经历讲了话。", "阿布来提·吐尔逊"),  # and inside the part before it
])
def test_dotted_part_reads_its_inner_lai(text, name):
    found = _names(text)
    assert name in found
    assert not any(n.endswith("阿布") for n in found)


@pytest.mark.parametrize("text,name,not_name", [
    ("焊工古丽·买买提来到车间。", "古丽·买买提", "古丽·买买提来"),  # 来 then no name character: a verb
    ("焊工古丽·买买提来阿克苏工作十年了。", "古丽·买买提", "古丽·买买提来阿克苏"),  # a place after the verb
])
def test_verb_lai_after_dotted_name_stays_out(text, name, not_name):
    found = _names(text)
    assert name in found and not_name not in found
