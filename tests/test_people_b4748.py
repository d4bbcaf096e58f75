"""People of kinds batches 47 and 48 got wrong: 代表 as the verb "on behalf of" (将代表…海关), a 、-list item that
is the employer of the next person (…、熊猫谷讲解员罗嘉怡), Tibetan and Mongolian names after a job noun + 说 or in a
当选 list, ·-names in traditional script or with Western syllables, a given name that is a noun (金花) before a
contest verb, a common-character surname (粘) after an organisation's 的, and four-character Hui names (马尕西木)."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article


def _names(*body):
    a = Article(id="t", title="标题", body=list(body), removed=[])
    return sorted(p.name for p in find_people(a, None, None))


@pytest.mark.parametrize("text,name", [
    ("详细了解情况。环卫工人次旺拉姆说：“每天天不亮就出门。”", "次旺拉姆"),         # a Tibetan name after a job
    ("心里踏实了。”挤奶工图雅说。", "图雅"),                                       # a Mongolian one, a job no list holds
    ("牧民工才讓加說:“冬天草場上的活很累。”", "才讓加"),                            # traditional script
    ("会上，李永祥、才吉卓玛当选为副主席。", "李永祥"),                              # a 、-list with a Tibetan name
    ("会上，李永祥、才吉卓玛当选为副主席。", "才吉卓玛"),
    ("会上，才吉卓玛、李永祥当选为副主席。", "李永祥"),                              # … the Tibetan name first
    ("家住伊寧市的環衛工人古麗娜爾·艾山去年因病住院,", "古麗娜爾·艾山"),           # a ·-name in traditional script
    ("家住伊宁市的环卫工人古丽娜尔·艾山去年因病住院,", "古丽娜尔·艾山"),           # … and simplified
    ("公司人力资源总监托马斯·韦伯表示,每年协商一次。", "托马斯·韦伯"),             # a Western ·-name after a title
    ("经过角逐,凯里市银饰工艺有限公司的潘金花获得一等奖。", "潘金花"),              # 金花 a noun, before 获得
    ("今年46岁的潘金花从事银饰锻制已有28年。", "潘金花"),                           # … before 从事
    ("石狮市恒泰制衣有限公司的粘秀珠以总分96.5分夺得第一名。", "粘秀珠"),           # 粘: a common character
    ("当天,律师为采摘工马尕西木调解纠纷。马尕西木说:“帐篷就搭在地头。”", "马尕西木"),  # a Hui name before 说
    ("采摘工马尕西木说：“好。”", "马尕西木"),                                       # … after a job noun
    ("都江堰景區講解員何雨桐、熊貓谷講解員羅嘉怡獲得二等獎。", "羅嘉怡"),            # the name after the job noun
    ("会上，代表王建国发言。", "王建国"),                                           # 代表 the title still
    ("职工代表王建国说：好。", "王建国"),
])
def test_names_of_batch_47_48_kinds(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text,word", [
    ("竞赛优胜选手将代表霍尔果斯海关参加自治区比赛。", "霍尔果"),       # 将代表: the verb, an organisation follows
    ("他们也代表张家港市参赛。", "张家港"),
    ("都江堰景區講解員何雨桐、熊貓谷講解員羅嘉怡獲得二等獎。", "熊貓谷"),  # the employer of the next person
    ("讲解员何雨桐、熊猫谷讲解员罗嘉怡获得二等奖。", "熊猫谷"),
    ("美丽的金花获得好评。", "的金花"),                                 # no surname before 金花
    ("公司的拓展训练说明了。", "拓展训"),                               # 拓展: a word, no surname 拓 there
    ("有限公司的达标率在提高。", "达标率"),
    ("环卫工人员说：“好。”", "人员"),                                    # no name after the job noun
    ("挤奶工人们说。", "们"),
    ("开展“青山·绿水”活动。", "青山·绿水"),                            # a slogan with a dot, no name
])
def test_no_people_of_batch_47_48_lookalikes(text, word):
    assert not any(word in n or n in word for n in _names(text))
