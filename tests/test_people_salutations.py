"""A letter's salutation line names the person it addresses (王丽华代表：, a reply to a deputy's proposal); a group
addressed so (各位代表：, 职工代表：) names no one."""

import pytest

from conftest import people_names, people_titles


@pytest.mark.parametrize("line, name, role", [
    ("王丽华代表：", "王丽华", "代表"),
    ("张建国委员：", "张建国", "委员"),
    ("李明同志：", "李明", "同志"),
])
def test_salutation_names_the_addressee(line, name, role):
    assert people_titles(line, "您提出的建议收悉。经认真研究，现答复如下：")[name] == [role]


@pytest.mark.parametrize("line", ["各位代表：", "职工代表：", "全体代表：", "人大代表：", "政协委员：", "同志们：", "青年代表："])
def test_group_salutation_names_no_one(line):
    assert people_names(line, "大家好。") == []
