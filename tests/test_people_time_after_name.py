"""The preposition 于/於 before a time word (于近日, 于本周, 於日前) after a people noun or a name: it ends the name before
it and is never a surname itself (invented sentences)."""

from __future__ import annotations

import pytest

from conftest import people_names as _names


@pytest.mark.parametrize("text, name", [
    ("区总工会主席郑海林于近日到企业调研，看望一线职工。", "郑海林"),
    ("劳模蒋秀英于今年三月退休，同事们为她送行。", "蒋秀英"),
    ("市总工會副主席韓立新於日前帶隊走訪困難職工。", "韓立新"),
])
def test_name_ends_before_yu_and_a_time_word(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "全体职工于近日参加了安全生产培训，效果良好。",
    "机关干部于本周开展志愿服务，受到群众好评。",
    "退休干部于近日前往敬老院慰问。",
    "一線職工於日前完成了技能考核。",
])
def test_yu_before_a_time_word_is_no_surname(text):
    assert _names(text) == []


def test_a_surname_yu_still_opens_a_name():
    assert "于红梅" in _names("退休职工于红梅参加了活动，很开心。")
