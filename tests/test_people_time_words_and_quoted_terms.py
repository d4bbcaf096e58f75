"""People: a name right before a time word (去年, 今年, 日前) after a title or a plain people noun, where the name's last
character and the time word's first read as a word too (飞去); and a trade's phrase after a quoted term (“一对一”师带徒),
which opens no clause and so makes no recurring subject; and a name after a plain noun of where one is from
(台胞, 港人, 侨胞)."""

from __future__ import annotations

import pytest

from conftest import people_names as _names


@pytest.mark.parametrize("text, name", [
    # a three-character name: 飞去 is a verb, but 去年 takes the 去 (the time after the clause's subject)
    ("徒弟孙建飞去年考取高级技师证书。", "孙建飞"),
    # a two-character name after a title, before a time word
    ("副主席周强今年到任。", "周强"),
    ("队长刘洋去年带队夺冠。", "刘洋"),
])
def test_name_before_a_time_word(text, name):
    assert _names(text) == [name]


def test_time_word_across_the_names_end_keeps_the_short_reading():
    # (今年 runs across a three-character reading's end: 李强 + 今年初, no 李强今)
    assert "李强今" not in _names("职工李强今年初获得表彰。")


def test_a_phrase_after_a_quoted_term_is_no_recurring_subject():
    body = ["车间推行“结对式”师传艺，老师傅手把手教。", "师传艺为企业培养骨干40人。"]
    assert _names(*body) == []


def test_a_speaker_after_a_quoted_sentence_is_still_a_recurring_subject():
    body = ["“这活儿得细。”杨建华说。", "杨建华在车间里忙碌。"]
    assert _names(*body) == ["杨建华"]


@pytest.mark.parametrize("text, name", [
    # a plain noun of where one is from before a name, like 村民 or 市民
    ("在厂里做质检主管的台胞林志明说，这里待遇不错。", "林志明"),
    ("侨胞陈建华表示，愿为家乡出力。", "陈建华"),
])
def test_name_after_a_noun_of_origin(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", ["坚持港人治港方针。", "华侨城集团工会成立。", "台胞台属座谈会召开。"])
def test_noun_of_origin_before_no_name(text):
    assert _names(text) == []
