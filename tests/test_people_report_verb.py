"""find_people: 作 before a report's title (作《…报告》) or before 了 is the verb of delivering it, not the last
character of a three-character name, and so is 报了 of a course signed up for (invented sentences, with look-alikes
that must not change)."""

import pytest

from conftest import people_names


@pytest.mark.parametrize("text, want", [
    ("校工会常务副主席陈明作《教代会提案工作报告》。", ["陈明"]),
    ("会上，工会主席王立作了工作报告。", ["王立"]),
])
def test_a_report_delivered_ends_the_name_before_zuo(text, want):
    assert people_names(text) == want


@pytest.mark.parametrize("text, want", [
    # a three-character name before another verb stays whole
    ("校工会常务副主席陈明远作报告前走访了各学院。", ["陈明远"]),
    ("工会主席刘晓东出席会议并讲话。", ["刘晓东"]),
])
def test_names_before_other_verbs_stay(text, want):
    assert people_names(text) == want


@pytest.mark.parametrize("text, want", [
    ("外卖骑手赵立强报了电工培训班。", ["赵立强"]),  # a course signed up for: 报 + 了 is the verb
    ("快遞騎手錢立明報了普通話班。", ["錢立明"]),
    # (an anonymised 赵某强 is no name to record: see test_an_anonymised_name_is_no_name)
])
def test_a_course_signed_up_for_ends_the_name_before_bao(text, want):
    assert people_names(text) == want
