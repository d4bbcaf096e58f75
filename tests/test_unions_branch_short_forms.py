"""find_unions: a state firm's branch union written in full (中国邮政集团有限公司 + places + 分公司工会) and again by its
short form (place + 邮政 + 分公司工会, as a headline writes it) is one union under its full name; a short form whose
place no full name on the page has stays its own union (invented sentences, with look-alikes that must not change)."""

import pytest

from unionkit.extract.unions.fullnames import _sector_branch_shorts
from conftest import union_names as names


FULL = "中国邮政集团有限公司云南省巍山县分公司工会"


def test_a_headline_short_form_joins_the_full_name():
    text = ("巍山县邮政分公司工会为投递员配发清凉包\n"
            "7月15日，中国邮政集团有限公司云南省巍山县分公司工会为全县52名投递员配发了清凉包。")
    assert names(text) == [FULL]


def test_a_short_form_of_another_place_stays():
    text = ("7月15日，中国邮政集团有限公司依安县分公司工会开展慰问。"
            "齐齐哈尔市邮政分公司工会也派人参加。")
    assert names(text) == ["中国邮政集团有限公司依安县分公司工会", "齐齐哈尔市邮政分公司工会"]


def test_a_short_form_alone_stays():
    assert names("近日，巍山县邮政分公司工会为投递员配发清凉包。") == ["巍山县邮政分公司工会"]


@pytest.mark.parametrize("name, shorts", [
    (FULL, ["云南省巍山县邮政分公司工会", "巍山县邮政分公司工会"]),
    ("中国邮政集团有限公司依安县分公司工会", ["依安县邮政分公司工会"]),
    ("中国邮政集团有限公司重庆市大足区分公司工会", ["重庆市大足区邮政分公司工会", "大足区邮政分公司工会"]),
    ("齐齐哈尔市邮政分公司工会", []),              # a short form itself: no firm's name before the place
    ("中国邮政集团有限公司分公司工会", []),        # no place between the firm and 分公司
    ("中国邮政集团有限公司揽投部分公司工会", []),  # not places only between them
    ("中国建设银行云南省分行工会", []),            # no state firm's sector word, no 分公司
])
def test_sector_branch_shorts(name, shorts):
    assert _sector_branch_shorts(name) == shorts
