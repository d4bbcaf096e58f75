"""Prose before a union word that names no union: a conjunction glued on (或园区工会), a span of time up to now
(一年来学校工会), and a bare level word left open by 相应的 or 所在 (相应的区总工会: whichever district's, none
named); with the look-alikes that still name one."""

from __future__ import annotations

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    # 或 before a bare kind of body: no name, as after 和
    ("会员可向所在单位工会、乡镇工会或园区工会提出申请。", []),
    ("会员可向企业工会或者园区工会提出申请。", []),
    # a span of time before the writer's own body, named by its kind alone
    ("主席回顾了一年来学校工会在民主管理方面的工作。", []),
    ("报告总结了三年以来公司工会的主要做法。", []),
    # look-alikes: the conjunction or the span before a named body or place keeps it
    ("会员可向车间工会或攀钢集团公司工会提出申请。", ["攀钢集团公司工会"]),
    ("两年来，东川区总工会累计投入资金。", ["东川区总工会"]),
    ("五年来昆明市总工会建成驿站120个。", ["昆明市总工会"]),
])
def test_prose_glued_before_a_union_word(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # whichever district's or city's federation fits the reader: none named, the page's district or no
    ("五华区、盘龙区已设服务窗口。系统将自动分配至相应的区总工会审核。", []),
    ("五华区、盘龙区已设服务窗口。职工可到所在区总工会申请入会。", []),
    ("昆明市五华区已设服务窗口。申请由当地的市总工会受理。", []),
    # look-alikes: a lead word alone before the level still means the page's own
    ("昆明市五华区已设服务窗口。申请由区总工会受理。", ["五华区总工会"]),
])
def test_a_level_word_left_open(text, want):
    assert names(text) == want
