"""People of kinds the batches 43-44 missed: workplace ranks and market traders before a name (工长, 经营户), regional surnames that are common
characters (字, 起) in strong slots, names before 当选 whose opening pair is a rare entry; and the false person of a
slogan (保职工安康), with the negatives each rule must keep out. Also trade titles (茶师) and job words (值长, 护林员)
before a name."""

from __future__ import annotations

import pytest

from conftest import people_names as _names, people_titles as _people


@pytest.mark.parametrize("text,name,title", [
    ("工长邢国栋说：“今年的活干得漂亮。”", "邢国栋", "工长"),      # a railway crew's rank
    ("值班长李建军介绍，夜班共有六人。", "李建军", "值班长"),
    ("工段长韩立新带领大家检修。", "韩立新", "工段长"),
    ("会上，字国荣当选为主席。", "字国荣", "主席"),               # 字: a Bai and Yi surname, in a strong slot
    ("副主席字国荣出席活动。", "字国荣", "副主席"),
    ("入会的外卖骑手起永刚说。", "起永刚", "外卖骑手"),            # 起: a Yi surname, before a verb of speech
    ("全体会议上，杨淑萍当选为县总工会主席。", "杨淑萍", "县总工会主席"),  # 杨淑 is a rare jieba entry
    ("批发已有十几年的经营户吴秀莲一边翻看，一边说。", "吴秀莲", "经营户"),  # a market's trader
    ("摊主李桂兰介绍，生意好多了。", "李桂兰", "摊主"),
    ("店主何秀芬说，每天都有骑手进来歇脚。", "何秀芬", "店主"),     # owners of a shop, car or home
    ("车主孙建平告诉记者，充电桩就在楼下。", "孙建平", "车主"),
    ("房东赵玉梅说，今年租金没有涨。", "赵玉梅", "房东"),
    ("老板娘周丽华笑着说。", "周丽华", "老板娘"),
])
def test_new_kinds_found(text, name, title):
    got = _people(text)
    assert name in got and got[name] == [title]


@pytest.mark.parametrize("text", [
    "开展“查身边隐患、保职工安康”群众性安全监督活动。",   # a slogan: 安康 is a word, even if jieba tags it nr
    "努力促职工文明，建设和谐企业。",
    "项目施工长安路段全面完工。",                         # 工长 only by accident of the characters
    "加工长安牌零件。",
    "职工长期坚守岗位。",
    "会上，高温当选为热词。",                             # an everyday word before 当选 is no name
    "会上，起来当选为口号。",
    "文字记录由专人负责，大家一起来。",                   # 字 and 起 in words
    "外卖骑手起来了就出发。",
    "个体经营户数量达到1200户。",                         # a trader noun before a word
    "商户回访满意度高。",
    "经营户成长为老板。",
    "这家商店主要经营日用品。",                           # owners (店主, 房东) only by accident of the characters
    "厨房东侧摆着两张桌子。",
])
def test_no_false_people(text):
    assert _people(text) == {}


def test_owner_noun_inside_a_word_takes_no_name():
    """物业主管: 业主 only by accident of the characters (物业 is the word), so 管 opens no name after it."""
    assert "管志强" not in _people("物业主管志强说，电梯已经修好。")
    assert "管李明" not in _people("物业主管李明说，电梯已经修好。")


def test_plain_name_after_people_noun_still_found():
    """A two-character name after 职工 that jieba does not list is still a name (the slogan rule needs an entry)."""
    assert "王芳" in _people("职工王芳说：“工会帮了大忙。”")


# --- tea trades before a name; names before 当选 with an uncommon opening pair ---

@pytest.mark.parametrize("text,name", [
    ("經過激烈角逐，六堡鎮一家茶廠的茶師龐志雄獲得一等獎。", "龐志雄"),   # a tea trade, traditional
    ("一家茶厂的茶师庞志雄获得一等奖。", "庞志雄"),
    ("茶艺师王丽娜说，冲泡讲究水温。", "王丽娜"),
])
def test_tea_trades(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", ["制茶师傅同台竞技，茶师傅说好。", "全县茶师资源丰富。"])
def test_tea_trade_look_alikes(text):
    assert _names(text) == []


def test_elected_name_with_uncommon_opening_pair():
    assert "金学文" in _names("会上，金学文当选为经费审查委员会主任。")   # 金学 is an uncommon word


@pytest.mark.parametrize("text", ["会上，高温当选为年度热词。", "会上，林业局当选为先进单位。", "会上，文化宫当选为示范点。"])
def test_elected_common_words_no_name(text):
    assert _names(text) == []


# --- job words before a name (值长, 职工董事, 护士, 护林员, 学员) ---

@pytest.mark.parametrize("text,name", [
    ("集团公司党委委员、工会主席、职工董事檀立伟出席仪式并共同揭牌。", "檀立伟"),
    ("經過兩天的角逐,運行部值長芮國慶等9名職工分獲各項目前三名。", "芮國慶"),
    ("经过一天的比拼，急诊科护士道吉草获得一等奖。", "道吉草"),             # a Tibetan name with an Amdo ending
    ("“能看的东西太少。”在管护站工作了17年的护林员尕让多杰说。", "尕让多杰"),
    ("“老闆說一天能拿到三百塊。”今年32歲的學員阿蘇日呷說。", "阿蘇日呷"),   # a Yi name, traditional script
])
def test_name_after_job_word(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "值长负责全厂运行调度。",
    "学员们认真听讲，护林员每天巡山。",
    "职工董事制度是企业民主管理的重要形式。",
    "护士道德规范培训。",
])
def test_job_words_no_name(text):
    assert _names(text) == []
