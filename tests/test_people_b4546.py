"""People of kinds batches 45 and 46 got wrong: a noun list read as names (汤色、叶底), a role's last character
read apart from a form of address (製茶師傅同臺), rare surnames that are common characters (虎, 杞), a job noun in
员 no dictionary lists (揽投员), and a name after a title whose surname opens a rare entry (律师谈明哲接待后)."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article


def _names(*body):
    a = Article(id="t", title="标题", body=list(body), removed=[])
    return sorted(p.name for p in find_people(a, None, None))


@pytest.mark.parametrize("text,name", [
    ("固原市总工会党组成员、副主席虎秀兰到彭阳调研时指出，要更加努力。", "虎秀兰"),  # 虎: a Hui surname, after a title
    ("全委会上，杞云华当选为祥云县总工会主席。", "杞云华"),                        # 杞: a Dali surname, elected
    ("城区揽投部揽投员佘立新以分拣3分钟零差错的成绩获得个人第一名。", "佘立新"),  # a coined job in 员 after its unit
    ("揽投员佘立新以分拣为主。", "佘立新"),                                        # … or before a character of names
    ("法律援助站律師談明哲接待後，第一時間核實情況。", "談明哲"),                    # 談明 a rare entry, 接待 a verb
    ("法律援助站律师谈明哲接待后，第一时间核实情况。", "谈明哲"),
    ("律师揭明哲接待后，他核实了情况。", "揭明哲"),
    ("制茶师李伟明说，今年茶好。", "李伟明"),                                      # a trade before a surname still
    ("製茶師傅陳偉明說，今年茶好。", "陳偉明"),                                    # a form of address, then a name
    ("参赛选手王芳、李强、赵刚等3人获奖。", "王芳"),                                # a list of names stays one
])
def test_names_of_batch_45_46_kinds(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "评委从外形、香气、滋味、汤色、叶底等方面进行综合评分。",  # tea-judging criteria: 汤 and 叶 are surnames
    "从外形、香气、滋味、汤色、叶底、条索方面评分。",
    "製茶師傅同臺比拼，各显身手。",                            # 師傅 is one word, 傅 no surname there
    "制茶师傅同台比拼，各显身手。",
    "製茶師傅偉明說，好。",                                    # 師傅 + a given name: no full name to record
    "宁夏枸杞云集全国市场。",                                  # 杞 inside 枸杞
    "工人虎口脱险。", "主席虎头蛇尾地说。", "职工虎虎生威。",    # 虎 opening words after people nouns
    "记者杞人忧天。", "劳模虎子说：好。",
    "律师谈明年工作安排。", "书记谈明年发展思路。",            # 谈 + a time word, not a rare name opening
    "律师揭明真相后离开。", "主任谈明白了。",
    "揽投部揽投员工作到深夜。",                                # no name after the coined job
])
def test_no_names_from_these_words(text):
    assert _names(text) == []
