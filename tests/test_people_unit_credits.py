"""People of a labelled credit whose value is a unit and then the person (作者：某某市总工会 张三, （解答律师：某某律师事务所
李四）), read from a removed byline or credit and from a credit line left in the body; with the look-alikes each rule
must leave alone (invented lines)."""

from __future__ import annotations

import pytest

from unionkit.extract.people.bylines import _answer_fields, _unit_credits
from unionkit.record import Meta, Removal

from conftest import people_names


def credits(text):
    return [(p.name, p.titles) for p in _unit_credits(text)]


@pytest.mark.parametrize("text, want", [
    ("作者：荆州市总工会 刘晓燕", [("刘晓燕", [])]),                             # a writer: untitled, as 文字：X
    ("撰稿：某某区总工会宣传部 王志强", [("王志强", [])]),
    ("（解答律师：湖北楚天律师事务所 张建华）", [("张建华", ["解答律师"])]),   # an answerer: the label is the title
    ("值班律师：某某县法律援助中心　李红梅", [("李红梅", ["值班律师"])]),       # a full-width space
])
def test_unit_then_name_credit(text, want):
    assert credits(text) == want


@pytest.mark.parametrize("text", [
    "作者：荆州市总工会",                      # a unit only, no person
    "作者：春天里的 故事",                     # the value before the space is no organ
    "解答律师：湖北楚天律师事务所 专业团队",  # no name after the unit
    "合作者：荆州市总工会 刘晓燕",             # the label inside a longer word
    "回复单位：长沙市总工会职工法律援助中心",  # a unit's field, no person
])
def test_no_unit_credit(text):
    assert credits(text) == []


def test_writer_of_a_removed_byline():
    byline = Removal(kind="byline", text="作者：荆州市总工会 刘晓燕", line=3)
    assert "刘晓燕" in people_names("今年以来，职工技能竞赛在全市铺开。", removed=[byline], meta=Meta())


def test_answerer_of_a_credit_left_in_the_body():
    body = ["答：根据劳动合同法的规定，用人单位不得随意解除劳动合同。", "（解答律师：湖北楚天律师事务所 张建华）"]
    assert "张建华" in people_names(*body, meta=Meta())


def test_long_paragraph_is_no_credit_line():
    para = ("据介绍，作者：荆州市总工会 刘晓燕这一说法在活动中被多次提及，" * 2) + "各单位职工踊跃参加，现场气氛热烈。"
    assert len(para) > 60
    assert "刘晓燕" not in people_names(para, meta=Meta())


def test_interpreter_of_a_policy_interpretation_row():
    """A government portal's 政策解读 row names its interpreter after the department (解读人：… 刘振华)."""
    assert credits("解读机构：某某市总工会 | 解读人：市总工会权益保障部 王建平 | 2024/03/15") == [("王建平", ["解读人"])]
    assert credits("解读人：市总工会权益保障部") == []  # a department only, no person


# --- an author field's name with the profession glued after it -----------------------------

@pytest.mark.parametrize("author, want", [
    ("许慧芳律师", [("许慧芳", ["律师"])]),       # a law firm's blog signs its writer with the profession
    ("王建平教授", [("王建平", ["教授"])]),
])
def test_author_with_a_profession_after_the_name(author, want):
    from unionkit.extract.people.bylines import _from_bylines
    from unionkit.record import Article

    got = _from_bylines(Article(id="t", title="某某案例", body=["正文。"]), Meta(author=author))
    assert [(p.name, p.titles) for p in got] == want


@pytest.mark.parametrize("author", ["某某律师事务所律师", "值班律师", "法律援助律师"])
def test_author_profession_without_a_name_gives_no_person(author):
    from unionkit.extract.people.bylines import _from_bylines
    from unionkit.record import Article

    assert _from_bylines(Article(id="t", title="某某案例", body=["正文。"]), Meta(author=author)) == []


# --- a Q&A board's answerer field holding a name alone ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("回复单位：某某区总工会法律服务站　回复人：赵立新（律师）　回复时间：2024-05-07 15:30", [("赵立新", ["律师"])]),
    ("答复人：周海波", [("周海波", [])]),                  # no profession: the label is no title
    ("解答人：钱志刚律师", [("钱志刚", ["律师"])]),         # the profession glued after the name
    ("解答律师：孙丽娟", [("孙丽娟", ["解答律师"])]),      # a lawyer's label as written, as a unit credit's
])
def test_answerer_field(text, want):
    assert [(p.name, p.titles) for p in _answer_fields(text)] == want


@pytest.mark.parametrize("text", [
    "回复人：某某区总工会法律服务站",         # an office, no person
    "解答律师：湖北楚天律师事务所 张建华",    # a unit before the name (the unit credit's)
    "回复人数：35",                           # a count, no answerer's label
])
def test_no_answerer_field(text):
    assert _answer_fields(text) == []


def test_answerer_of_a_removed_reply_row():
    row = Removal(kind="page_header", text="回复单位：某某区总工会法律服务站　回复人：赵立新（律师）　回复时间：2024-05-07", line=9)
    assert "赵立新" in people_names("根据社会保险法的规定，用人单位应当为职工办理社会保险登记。", removed=[row], meta=Meta())
