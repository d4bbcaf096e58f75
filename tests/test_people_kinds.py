"""People of kinds the batches 33-35 missed: rare and context-only surnames, names with no Chinese surname after an
office, middle-dot names, and the false people they must not bring (common words after titles, places, pen names).
Also the surnames that are common characters or words (虎, 杞, 妥, 修, 和, 玄, 敏, 要, 那, 台, 母, 鐘) in the slots where
they are names, and the words they open, left alone."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article, Place, Removal

from conftest import people_names as _names


@pytest.mark.parametrize("text,name", [
    ("县总工会主席禤国强出席活动。", "禤国强"),        # a rare surname that opens no word
    ("市总工会副主席妫建华讲话。", "妫建华"),
    ("县委副书记哈建明出席会议。", "哈建明"),          # a surname that opens words (哈哈): after a title
    ("市长剧海涛主持会议。", "剧海涛"),
    ("副局长要建国陪同调研。", "要建国"),              # 要/都: only right after a title
    ("部长都兰在会上表示", "都兰"),
    ("区委书记公良晓红出席。", "公良晓红"),            # a compound surname of the 百家姓
    ("县总工会主席扎巴东周与职工座谈。", "扎巴东周"),  # no Chinese surname, after an office
    ("副市长乌仁图雅，", "乌仁图雅"),
    ("班长叶尔肯·努尔兰（哈萨克族）介绍", "叶尔肯·努尔兰"),  # middle-dot names, whole
    ("律师古丽·马木提（女）承办此案", "古丽·马木提"),
])
def test_names_of_new_kinds(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "工会主席要带头做好工作。", "主任要求大家做好工作。", "县总工会主席都是好样的。", "书记要讲政治。",  # modal 要, adverb 都
    "主席高度重视，", "书记实地察看，", "副书记认真听取，", "主席团成员，", "书记一行来到企业。", "主席充分肯定了成绩。",
    "主席哈哈大笑。", "市长剧场演出。", "部长拓展业务。",  # words opening with the new surnames
    "培訓企業工會主席和協商代表參加。",  # a conjunction after an office, in traditional script
])
def test_no_names_from_words_after_titles(text):
    assert _names(text) == []


def test_middle_dot_name_before_deng_keeps_its_last_character():
    assert "托合提·吐尔地" in _names("托合提·吐尔地等12名农民工到工地讨薪。")
    assert _names("他认真地说。") == []


def test_compound_surname_in_an_editor_line():
    assert _names("正文。", removed=[Removal("editor_line", "撰稿：单于晓琪", 20)]) == ["单于晓琪"]


def test_page_place_is_no_person():
    places = [Place(name="秦皇岛市", province="河北省", city="秦皇岛市")]
    assert "秦皇岛" not in _names("她将代表秦皇岛参加全国比赛。", places=places)


def test_place_word_as_lone_editor_is_a_pen_name():
    assert _names("正文。", removed=[Removal("editor_line", "(责任编辑:天山)", 20)]) == []
    # a rare place word is still a name there (a Mongolian name jieba files as a place)
    assert _names("正文。", removed=[Removal("editor_line", "(责任编辑:乌兰)", 20)]) == ["乌兰"]


def test_hui_and_yunnan_surnames_that_open_words_in_strong_slots():
    # 拜, 撒, 锁 (Hui surnames of Ningxia) and 茶 (Yunnan) open words (拜访, 撒谎, 锁定, 茶叶): names only in a
    # strong slot, such as a credit, a title chain or a list closed by 等 and a count of people
    assert _names("（通讯员 锁文静）") == ["锁文静"]
    assert _names("州总工会常务副主席茶建军在颁奖时表示，要办好大赛。") == ["茶建军"]
    assert _names("合作社的拜彦龙、海原县的撒秀琴等6名选手分获一等奖。") == ["拜彦龙", "撒秀琴"]
    assert _names("合作社的拜彦龙、海原县的撒秀琴分获一等奖。") == []  # no count of people: not sure
    assert _names("大家去拜访了老人，锁定目标后茶叶销量大增。") == []
    assert _names("拜访企业、锁定目标等5项工作顺利完成。") == []


def test_kham_and_amdo_tibetan_names():
    # 曲措, 邓珠, 东周: name elements of Garzê and Qinghai (格绒曲措, 邓珠拉姆, 才让东周)
    assert _names("景区环保员格绒曲措说：“现在能热热饭。”") == ["格绒曲措"]
    assert _names("州总工会常务副主席才让东周带队来到养护站。") == ["才让东周"]
    assert "邓珠拉姆" in _names("编辑：邓珠拉姆 审核：周德林")
    assert _names("护林员次仁卓玛正在巡山。") == ["次仁卓玛"]
    assert _names("东周时期的文物在这里展出。") == []
    assert _names("讲解员介绍了东周列国的历史。") == []


def test_dai_name_listed_after_a_dai_name():
    # a Dai name has no surname: after a titled Dai name, another one may follow in the 、-list
    assert _names("与割胶的职工岩温香、玉罕叫亲切交流。") == ["岩温香", "玉罕叫"]
    assert _names("与割胶的职工岩温香、玉米种植户亲切交流。") == ["岩温香"]


@pytest.mark.parametrize("text,name", [
    ("现场求职者鄂海龙说，岗位很合适。", "鄂海龙"),          # a context surname after a people noun, before 说
    ("干了多年的老工人达建国擦着汗说，值了。", "达建国"),     # … before a co-verb phrase and 说
    ("老工人达春生擦着汗说，值了。", "达春生"),
    ("县总工会主席达建平出席活动。", "达建平"),              # after an office
    ("法律援助律师沐海燕帮我们整理了材料。", "沐海燕"),      # after a title, a verb with a pronoun object
    ("法律援助律师王海燕帮我们整理了材料。", "王海燕"),
    ("副主席折海军介绍，", "折海军"),
    ("工会主席信建华表示，", "信建华"),
])
def test_regional_surnames_that_are_common_characters(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "产量达到历史新高，职工收入稳步提高。",                  # 达到, 表达, 到达: 达 opens or ends words
    "职工代表表达心声说，很满意。",
    "职工达到要求说，很满意。",
    "车队到达现场后，主席达到现场。",
    "职工沐浴在阳光下说，很开心。",                        # 沐浴
    "主任沐浴阳光。",
    "工人鄂尔多斯说，很好。",                              # 鄂尔多斯 is a place
    "鄂尔多斯市总工会副主席鄂尔多斯市总工会",
    "主任信息化建设取得成效。",                            # 信息, 折射
    "职工折服地说，好。",
    "职工达人说，很好。",                                  # 达人 (a rare dictionary entry)
    "这折射出职工的心声。",
])
def test_common_words_with_regional_surnames_are_no_names(text):
    assert _names(text) == []


def test_names_listed_before_elected_take_the_office():
    a = Article(id="t", title="标题", body=["卢秀峰当选为县总工会主席，韩冬梅、栾志勇当选为副主席。"])
    got = {p.name: p.titles for p in find_people(a)}
    assert got["韩冬梅"] == ["副主席"] and got["栾志勇"] == ["副主席"]
    a = Article(id="t", title="标题", body=["会上，工会、企业当选为先进集体。"])
    assert find_people(a) == []


# --- surnames that are common characters (虎, 杞) or open a rare entry (谈明), coined job nouns (揽投员) ---

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


# --- look-alikes: 代表 as a verb before a place, an employer in a 、-list, nouns after 的 (金花, 拓展) ---

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


# --- 妥, 侬, 修 in strong slots, adverbs (一同) and verbs (走进) after a name, a banner's short form (莫旗) ---

@pytest.mark.parametrize("text,name", [
    ("县住房和城乡建设局副局长保德荣一同为项目联合工会揭牌。", "保德荣"),      # 一同 after the name
    ("县住房和城乡建设局副局长保德荣共同为项目揭牌。", "保德荣"),             # 共同 likewise
    ("副市长呼格吉勒图一同前往。", "呼格吉勒图"),
    ("县委常委、县总工会主席妥文华表示，将持续做好帮扶。", "妥文华"),         # 妥 after a title
    ("有着18年经验的分级工侬光明带领徒弟检查烟叶。", "侬光明"),              # 侬 after a trade
    ("“心里有底了。”耐火材料有限公司破碎工修长海说。", "修长海"),            # 修 between a trade and 说
    ("从事马拉爬犁经营的苑德胜走进新落成的工会驿站。", "苑德胜"),            # 的 + name + 走进
    ("从事马拉爬犁经营的李德胜走进新落成的工会驿站。", "李德胜"),
    ("这个由全国劳动模范苏和领衔的工作室，近三年完成革新项目。", "苏和"),      # a Mongolian name before a word
])
def test_found(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text,name", [
    ("县住房和城乡建设局副局长保德荣一同为项目联合工会揭牌。", "保德荣一"),
    ("要妥善处理职工诉求，修建职工之家，主席修改方案。", None),              # 妥, 修 opening common words
    ("职工修理说，员工修改一下说：好。", None),
    ("职工达人说，很好。", None),
    ("新建的高速路来到村口。", None),
    ("主席苏和平说：“好。”", "苏和"),                                     # the Chinese reading wins
])
def test_not_found(text, name):
    got = _names(text)
    assert (name not in got) if name else got == []


def test_banner_short_form_is_no_person():
    place = Place("莫力达瓦达斡尔族自治旗", "内蒙古自治区", "呼伦贝尔市", "莫力达瓦达斡尔族自治旗")
    text = "推荐优秀选手代表莫旗到呼伦贝尔市参加全市职工技能大赛。"
    assert "莫旗" not in _names(text, places=[place])


# --- 和, a Naxi surname, before 出席, and 和 the conjunction ---

def test_he_surname_before_attending():
    text = "丽江市总工会党组成员、副主席和丽萍出席开幕式。"        # 和 (a Naxi surname) before 出席
    assert "和丽萍" in _names(text)


@pytest.mark.parametrize("text", [
    "县委书记和县长出席开幕式。", "工会主席和职工代表参加会议。", "厂长和工人们参加劳动。",
    "局长和同事参加培训。", "主席和嘉宾出席。", "经理和员工参加活动。",
])
def test_he_conjunction_before_attending(text):
    assert _names(text) == []


# --- 玄, 敏, 仓, 要, 者 after a title or in a 的-clause speaker, and the words they open ---

@pytest.mark.parametrize("text,name", [
    ("公司工会主席玄成浩说，巡护员每天要走十几公里。", "玄成浩"),
    ("县总工会主席敏志刚出席活动并讲话。", "敏志刚"),
    ("律师要建平提供法律援助。", "要建平"),
    ("“还能借几本书回去。”在一家新材料企业工作的者丽芬说。", "者丽芬"),
])
def test_regional_surnames(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "这一领域玄机重重，职工敏感地察觉到了变化。",
    "仓库管理员把货物搬进了仓储区。",
    "工会主席要带头落实，书记要加强督导。",
    "这是学者的说法。",
    "工会主席要求各单位加强监督。",
])
def test_surname_words_no_name(text):
    assert _names(text) == []


# --- surnames that are common words (那, 台, 母) in a name slot or closing a list, and the words they open ---

@pytest.mark.parametrize("text,name", [
    ("县总工会工作人员来到困难职工那春梅家中，了解她的身体状况。", "那春梅"),
    ("在一家食品企业上班的职工台秀英今年做了心脏支架手术。", "台秀英"),
    ("“没想到能起这么大作用。”台秀英说。", "台秀英"),
    ("部长台建国表示，要把好事办好。", "台建国"),
])
def test_word_surnames_in_a_name_slot(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "困难职工那些人家中都有了变化。",
    "职工那春天般的热情感染了大家。",
    "职工台风天气出行要注意安全。",
    "职工平台秀出风采。",
    "主席台就座的有各级领导。",
    "职工台账管理规范有序。",
    "职工台上表演节目。",
    "“好！”台下观众说：",
    "困难职工那时候家中很困难。",
])
def test_word_surnames_leave_words_alone(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,names", [
    ("经过一天的比拼，罗晓燕、母春兰分获二、三名。", ["母春兰", "罗晓燕"]),
    ("其中，罗晓燕、母春兰获得二等奖。", ["母春兰", "罗晓燕"]),
])
def test_word_surname_closing_a_list_of_winners(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "外形、香气、那些获得好评。",
    "张华、那时获得称号。",
    "天棉、母公司分获二、三名。",
    "拜彦龙、撒秀琴分获一二名。",  # (no name with an ordinary surname in the list: not sure enough)
])
def test_word_surname_list_endings_that_are_no_names(text):
    assert not ({"那些", "那时", "母公司", "撒秀琴"} & set(_names(text)))


# --- 鐘, the traditional variant of the surname 钟, and the clock words it opens ---

@pytest.mark.parametrize("text,name", [
    ("芙蓉鎮職工鐘海英一家因丈夫重病返困。", "鐘海英"),
    ("主席鐘志明表示，要做好工作。", "鐘志明"),
    ("“好。”鐘志明說。", "鐘志明"),
])
def test_traditional_surname_zhong_variant(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "職工鐘聲響起。",
    "工人十分鐘內完成。",
    "職工鐘錶維修店開業。",
    "隊員鐘樓前集合。",
    "職工鐘點工作制。",
    "部長鐘情於工作。",
])
def test_clock_words_stay_words(text):
    assert _names(text) == []


# --- a familiar form (老周, 小李) then the full name in brackets ---

@pytest.mark.parametrize("text,name", [
    ("问了一下带队的厂工会主席老周（周国平），说这次是工会出钱。", "周国平"),
    ("车间的小李(李晓红)也报了名。", "李晓红"),
])
def test_full_name_bracketed_after_a_familiar_form(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "厂里的老王（化名）说，体检很方便。",      # a note, no repeated surname
    "老张（张家口人）在厂里干了十年。",       # a word after the surname (张家口)
    "我们的老周（王建国）退休了。",           # another surname: no familiar form of that name
])
def test_brackets_after_a_familiar_form_that_name_no_one(text):
    assert not ({"张家口人", "王建国", "老王", "老张"} & set(_names(text)))


# --- a plain people noun, a surname pair that is only a rare word, then a verb of speech ---

@pytest.mark.parametrize("text,name", [
    ("“这下总算放心了。”在某企业做缝纫工的受助学生家长苏美华说。", "苏美华"),
    ("受助学生家长苏美华表示，感谢工会。", "苏美华"),
])
def test_rare_pair_name_after_a_people_noun_before_speech(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "来自临县的求职者苏美华在一家物流企业的招聘台前填写了登记表。",  # a preposition phrase, then the acted verb
    "受助学生家长苏美华从工会干部手中接过了助学金。",
])
def test_rare_pair_name_after_a_people_noun_before_a_preposition_phrase(text):
    assert "苏美华" in _names(text)


@pytest.mark.parametrize("text", [
    "职工高兴地说，工会办了实事。",          # a common word after the noun
    "家长苏美华一家生活困难。",               # no verb of speech: the rare pair stays a word
    "家长苏美华在外地，孩子由老人照看。",     # a preposition phrase with no acted verb after it
    "职工幸福感明显提升。",
    "职工代表在大会上踊跃发言了。",           # no name between the noun and the preposition
])
def test_rare_pair_without_speech_stays_out(text):
    assert not ({"苏美华", "高兴地", "幸福感", "代表在"} & set(_names(text)))


@pytest.mark.parametrize("text", [
    "并与芜湖市总工会联合推出“骑手关爱保”，为入会骑手提供意外伤害保障。",  # an insurance product's name
    "联合推出“外卖骑手关爱保”服务，为骑手提供保障。",
    "推出「骑手安心保」，为骑手提供保障。",
])
def test_no_name_from_the_tail_of_a_quoted_label(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("外卖骑手关爱保说，现在好多了。", "关爱保"),    # no quote: the slot after the title is a name's
    ("“他是骑手王磊”，站长说。", "王磊"),            # a quoted sentence, not a label
    ("他说：“我们站里的骑手王磊”", "王磊"),
    ("“最美骑手”王磊说，很开心。", "王磊"),          # the quote closes before the name
])
def test_names_after_titles_near_quotes_stay(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "今年实现辖区快递员、网约车司机全覆盖。",   # 全 (a surname too) and a verb: the predicate of the noun
    "网约车司机全覆盖，外卖骑手全覆盖。",       # … before a comma
    "职工参保实现货车司机全覆盖",               # … at the text's end
])
def test_modifier_and_verb_closing_the_clause_after_a_role_is_no_name(text):
    assert "全覆盖" not in _names(text)


def test_modifier_surname_with_a_verb_given_name_before_its_verb_is_a_name():
    assert "全振兴" in _names("优秀网约车司机全振兴驾驶客车十五年。")
