"""People of the kinds batches 33-36 still missed: phrasings with no title right before the name (an ordinal
introduction, the object of an election, a contest entrant from a unit), honour and trade titles, name elements of
names with no Chinese surname (Tibetan, Mongolian, Yi, Kazakh), and the false people they must not bring. Also words
after a name that are no part of it (原是, 仅), a title read after a clause's conjunction and verb, a name before a
studio named after it, and a name after a 的-clause holding something (拿着) that the page names again."""

from __future__ import annotations

import pytest

from unionkit.extract.people.article import _held_names

from conftest import people_names as _names, people_titles as _people


@pytest.mark.parametrize("text,name", [
    ("第一位是吕文华，一家纺织公司的挡车工。", "吕文华"),                  # an ordinal introduction
    ("另一位是次仁卓玛，她在牧区做了十年兽医。", "次仁卓玛"),
    ("来自徐汇区的阎红梅、来自闵行区的鄂立军获得二等奖。", "鄂立军"),      # 鄂: a surname only in a strong slot
    ("来自徐汇区的阎红梅、来自闵行区的鄂立军获得二等奖。", "阎红梅"),
    ("区总工会常务副主席韩立平即作出部署。", "韩立平"),                  # 即 after the name
    ("邀请了全国巾帼标兵王秀芝授课。", "王秀芝"),                        # an honour title
    ("车间的酿酒师公孙志远，从业二十年。", "公孙志远"),                  # a trade title
    ("县交通局副局长苌建军介绍了情况。", "苌建军"),                      # the surname 苌
    ("快递员叶尔江表示，驿站很方便。", "叶尔江"),                        # a Kazakh name opening with 叶尔
    ("看望了线路工宝音满达和同事们。", "宝音满达"),                      # Mongolian name elements
    ("务工人员道吉卓玛接过慰问品。", "道吉卓玛"),                        # Amdo Tibetan name elements
    ("供电所抄表员勒尔阿支（女，彝族）获评工匠。", "勒尔阿支"),          # a Yi clan name
])
def test_names_of_new_kinds(text, name):
    assert name in _people(text)


def test_elected_object_takes_the_office():
    got = _people("经费审查委员会第一次会议选举葛春燕为经审会主任。")
    assert "葛春燕" in got and any(t.endswith("经审会主任") for t in got["葛春燕"])


@pytest.mark.parametrize("text", [
    "第三位是年轻人，刚入职两年。", "第二位是工会干部，长期扎根基层。",  # an ordinal introduction of no name
    "会议选举产生为期三年的委员会。", "大会选举新一届领导班子为期五年。",  # 选举 with no person after it
    "来自基层的代表、来自企业的职工获得表彰。", "来自湖北的鄂州队获得冠军。",  # 来自…的 before a place or noun
    "外来务工人员占六成以上。", "务工人员明显增多。",                      # a plain people noun before a verb
    "自即日起施行。", "争当岗位标兵成为风气。", "槽工段的设备已更新。",
])
def test_no_people_from_these_words(text):
    assert _people(text) == {}


# --- a word after the name that is no given character (原是, 仅) ---

@pytest.mark.parametrize("text,name", [
    ("工作室领衔人、自治区劳动模范燕长青原是公司一名普通切片工。", "燕长青"),   # 原是 after the name
    ("车间主任李长青原为一名学徒工。", "李长青"),
    ("主席王平原是县委副书记。", "王平原"),                                     # the long reading stays
])
def test_name_before_former_post(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", ["华北平原是粮食主产区。", "该厂原是国有企业，职工原为三百人。"])
def test_former_post_no_name(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("比赛现场，农机手赵庆国仅用18分钟就排除了一台拖拉机的液压故障。", "赵庆国"),   # 仅 after the name
    ("焊工王建华只用了半天就完成了任务。", "王建华"),
])
def test_name_before_only(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text,bad", [
    ("焊工李明仅用了半天就完成了任务。", "李明仅"),       # 仅 is no given character
    ("职工们仅用一年时间完成改造。", None),
])
def test_only_not_in_name(text, bad):
    names = _names(text)
    assert (bad not in names) if bad else names == []


# --- a title read after a clause's conjunction and verb (并协调…律师); a name before a studio named after it ---

@pytest.mark.parametrize("text,name,title", [
    ("县总工会主席立即上报，并协调山西晋卫律师事务所律师要建平提供法律援助。", "要建平", "山西晋卫律师事务所律师"),
    ("他同时协调山西晋卫律师事务所律师要建平提供法律援助。", "要建平", "山西晋卫律师事务所律师"),
    ("他並協調山西晉衛律師事務所律師要建平提供法律援助。", "要建平", "山西晉衛律師事務所律師"),
    ("市总工会还组织四川省劳动模范、省级技能大师工作室领办人邓志刚等12名劳模现场指导。", "邓志刚", "四川省劳动模范"),
])
def test_title_stops_at_clause_conjunction_and_verb(text, name, title):
    assert title in _people(text)[name]


@pytest.mark.parametrize("text,name,title", [
    ("合并后的市总工会副主席王刚说，工作更顺了。", "王刚", "市总工会副主席"),  # (并 inside a word: no cut)
    ("并购部经理王刚说，工作更顺了。", "王刚", "并购部经理"),  # (并 opens the organ's own word)
    ("市总工会组织部部长王刚说，工作更顺了。", "王刚", "市总工会组织部部长"),  # (no conjunction: 组织 stays)
])
def test_title_without_clause_conjunction_kept(text, name, title):
    assert _people(text)[name] == [title]


@pytest.mark.parametrize("text,name", [
    ("会上,江蘇響水風電裝備有限公司譚振宇勞模創新工作室、縣農業技術推廣中心戚秀蘭工匠人才創新工作室作了交流發言。", "譚振宇"),
    ("会上,江蘇響水風電裝備有限公司譚振宇勞模創新工作室、縣農業技術推廣中心戚秀蘭工匠人才創新工作室作了交流發言。", "戚秀蘭"),
    ("公司在车间挂牌成立“檀永林技能大师工作室”。", "檀永林"),
    ("铁路公司王刚职工创新工作室完成革新项目12项。", "王刚"),
])
def test_name_before_a_studio_named_after_a_person(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "工会联合会劳模创新工作室开展了活动。",
    "当地建成钧瓷劳模创新工作室3家。",
    "全县11个劳模和工匠人才创新工作室开放参观。",
    "市总工会命名区级劳模创新工作室10家。",
])
def test_studio_without_a_name_adds_nobody(text):
    assert _people(text) == {}


# --- a name after a 的-clause, holding something (拿着), named again on the page ---

@pytest.mark.parametrize("text,again,name", [
    ("在田林县某油茶种植基地务工的农建华拿着手机，高兴地给工友们看。", "今年4月，农建华等人向县总工会求助。", "农建华"),
    ("在基地务工的李建华拿着手机。", "李建华说，钱到账了。", "李建华"),
    ("获奖的王秀英捧着奖状走上台。", "王秀英是车间的技术骨干。", "王秀英"),
])
def test_name_after_de_holding_something_and_named_again(text, again, name):
    assert name in _names(text, again)


@pytest.mark.parametrize("text", [
    "在基地务工的李建华拿着手机。",  # (named once only: not sure enough)
    "在车间工作的王晓冬拿着工具，走向机床。",
])
def test_name_after_de_holding_something_once_stays_out(text):
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "村口的李子树挂着果实。",
    "车上的方向盘握着很顺手。",
    "新来的张师傅拿着工具。",
    "桌上的金属杯端着很烫。",
    "手中的高级工具握着很沉。",
    "车间里的高温扶着栏杆。",
    "厂里的何时拿着。",
    "会上的程序提着。",
    "公司的周报接着发。",
    "站台的江边拉着横幅。",
    "自行车的车把手握着很舒服。",
    "肩上的米袋子扛着很沉。",
    "他的金奖杯捧着回家。",
    "床上的毛巾被抱着睡。",
    "手里的钱袋子攥着。",
    "老人的孙女儿牵着他。",
    "班组的万用表拿着。",
    "来自四川的石匠人扛着工具。",
])
def test_noun_phrases_after_de_before_a_hand_verb(text):
    assert _names(text) == []
    assert _held_names([text, text]) == []  # (twice: the second use is no name slot either)
