"""People with their titles: title chains, quotation verbs, bylines, editors; no false names."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people, is_person_name, looks_like_name
from unionkit.record import Article, Removal, Union


def _people(*body, title="标题", captions=(), removed=(), unions=None):
    a = Article(id="t", title=title, body=list(body), captions=list(captions), removed=list(removed))
    return [(p.name, p.titles) for p in find_people(a, unions)]


CHAINS = [
    ("红桥区总工会党组书记、主席孙玉龙—— 服务职工 责任在肩",
     [("孙玉龙", ["红桥区总工会党组书记", "红桥区总工会主席"])]),
    # a bare role after a non-union organ stays bare
    ("市委常委、秘书长、市总工会主席吴成钢为攀枝花工匠颁奖。", [("吴成钢", ["市委常委", "秘书长", "市总工会主席"])]),
    ("近日,省总工会党组书记、常务副主席李志强带队到企业调研。",
     [("李志强", ["省总工会党组书记", "省总工会常务副主席"])]),
    ("市总工会副主席王为民在会上讲话。", [("王为民", ["市总工会副主席"])]),
    ("会上,全国劳模张三介绍了经验。", [("张三", ["全国劳模"])]),
    ("区委书记欧阳娜娜出席并致辞。", [("欧阳娜娜", ["区委书记"])]),
    ("公司总经理赵刚、副总经理钱红参加活动。", [("赵刚", ["公司总经理"]), ("钱红", ["副总经理"])]),
    ("廣元市總工會黨組書記、主席陳明出席。", [("陳明", ["廣元市總工會黨組書記", "廣元市總工會主席"])]),
]


@pytest.mark.parametrize("text,expected", CHAINS)
def test_title_chains(text, expected):
    assert _people(text) == expected


def test_union_surface_is_resolved():
    got = _people("市委常委、秘书长、市总工会主席吴成钢为攀枝花工匠颁奖。",
                  unions=[Union("攀枝花市总工会", "市总工会")])
    assert got == [("吴成钢", ["市委常委", "秘书长", "攀枝花市总工会主席"])]


def test_quotation_verb():
    assert _people("红桥区总工会主席孙玉龙", "工作。孙玉龙说:“坚持用思想引领职工。”") == [("孙玉龙", ["红桥区总工会主席"])]
    assert _people("李明说:“我们要努力。”") == [("李明", [])]


NO_PEOPLE = [
    "弘扬劳模精神,拉开帷幕,友情链接",
    "劳模精神、劳动精神、工匠精神深入人心。",
    "主席台就座的有各级领导。",
    "记者了解到,活动吸引了众多职工。",
    "大家表示:“很满意。”",
    "高兴地说:“好!”",
    "局长办公会研究决定",
    "坚持用习近平新时代中国特色社会主义思想引领广大职工",
    "江苏表示:“欢迎。”",
    "他们是新就业形态劳动者代表——快递外卖“小哥”。",
    "书记项目,",
]


@pytest.mark.parametrize("text", NO_PEOPLE)
def test_no_false_names(text):
    assert _people(text) == []


def test_bylines_and_editors():
    removed = [Removal("byline", "□记者 王刚", 6), Removal("credit", "(市总工会供图)", 4)]
    assert _people("正文。", removed=removed) == [("王刚", ["记者"])]
    removed = [Removal("byline", "(喻娟)", 44), Removal("editor_line", "责任编辑:朱晶晶", 46)]
    assert _people("正文。", removed=removed) == [("喻娟", []), ("朱晶晶", ["责任编辑"])]


def test_pen_names_and_departments_are_not_people():
    removed = [Removal("page_header", "[休闲] 时间:2024-04-18 06:04:03 来源:蓝影头条 作者:休闲 点击:31次", 3),
               Removal("editor_line", "(责任编辑:焦点)", 41)]
    assert _people("正文。", removed=removed) == []
    removed = [Removal("page_header", "發布時間:2024-03-22  點擊量:2286   來源:系統管理", 2),
               Removal("byline", "(市總組宣部)", 12)]
    assert _people("正文。", removed=removed) == []


@pytest.mark.parametrize("name,ok", [
    ("孙玉龙", True), ("王刚", True), ("欧阳娜娜", True), ("陳明", True),
    ("焦点", False), ("休闲", False), ("弘扬", False), ("市總組宣部", False), ("系統管理", False), ("友情链接", False),
    ("高兴地", False), ("宣传队", False),
])
def test_name_check(name, ok):
    assert is_person_name(name) is ok


def test_surname_shape():
    assert looks_like_name("诸葛亮") and looks_like_name("张三")
    assert not looks_like_name("张") and not looks_like_name("小王")


def test_person_nouns_before_names():
    assert _people("职工王大力说：“感谢工会的关心。”") == [("王大力", ["职工"])]
    assert _people("职工代表刘洋在会上发言。") == [("刘洋", ["职工代表"])]


@pytest.mark.parametrize("text", [
    "快递员张师傅说：“好。”", "职工满意度、幸福感不断提升", "工人文化宫", "职工温馨小屋", "代表全市职工发言", "一线职工高兴地说",
])
def test_person_nouns_without_names(text):
    assert _people(text) == []


# --- bylines and staff lines of unseen layouts (table-driven) -------------------------------

STAFF = [
    # (removed pieces, expected people): titles are the role words as the page writes them
    ([("byline", "□記者 劉洋")], [("劉洋", ["記者"])]),  # traditional page: 記者, never a simplified 记者
    ([("editor_line", "(責任編輯:李明)")], [("李明", ["責任編輯"])]),
    # an art editor and the clerk who entered the item are staff, titled as written
    ([("editor_line", "责任编辑：黄一帆 美编：林可 校对：王晓蕾")],
     [("黄一帆", ["责任编辑"]), ("林可", ["美编"]), ("王晓蕾", ["校对"])]),
    ([("page_header", "信息来源:环翠区总工会   录入:王珊   审核:于海洋")], [("王珊", ["录入"]), ("于海洋", ["审核"])]),
    # lines in both scripts: each title as its own line writes it (never converted to the other script)
    ([("byline", "记者 王刚"), ("editor_line", "(責任編輯:陳立)")], [("王刚", ["记者"]), ("陳立", ["責任編輯"])]),
    ([("byline", "□記者 劉洋"), ("editor_line", "编辑：周婷")], [("劉洋", ["記者"]), ("周婷", ["编辑"])]),
    ([("editor_line", "编辑：周婷  审核：胡斌")], [("周婷", ["编辑"]), ("胡斌", ["审核"])]),
    # a layout's designer among the closing credits, as a label with its colon
    ([("editor_line", "设计：吴晓琳"), ("editor_line", "校对：施鋆")], [("吴晓琳", ["设计"]), ("施鋆", ["校对"])]),
    ([("editor_line", "责任编辑：吴佳 图片编辑：蒋立冬"), ("editor_line", "校对：施鋆")],
     [("吴佳", ["责任编辑"]), ("蒋立冬", ["图片编辑"]), ("施鋆", ["校对"])]),
    ([("editor_line", "(责编：王伟、李娜)")], [("王伟", ["责编"]), ("李娜", ["责编"])]),  # the label as written
    ([("dateline", "新华社北京4月28日电（记者 刘洋、陈静）")], [("刘洋", ["记者"]), ("陈静", ["记者"])]),
    ([("dateline", "新华社北京9月1日电（记者 王思远）"), ("credit", "新华社记者 张涛 摄")],
     [("王思远", ["记者"]), ("张涛", ["记者"])]),
    ([("credit", "（摄影 王刚）")], [("王刚", ["摄影"])]),
    ([("byline", "通讯员 张晓红 记者 李明")], [("李明", ["记者"]), ("张晓红", ["通讯员"])]),
    ([("editor_line", "责任编辑：李四_NBJ11823")], [("李四", ["责任编辑"])]),
    ([("editor_line", "编辑：记者")], []),  # a role word in a name's place is no name
    ([("byline", "（記者 通訊員）")], []),
    # staff named in a header line; 编辑 and 责编 side by side are two people with their own titles
    ([("page_header", "来源：县总工会 | 编辑：黄丽 | 审核：覃海 | 人气：288")], [("黄丽", ["编辑"]), ("覃海", ["审核"])]),
    ([("page_header", "稿源：大河报 更新时间：2023-09-05 08:12:33 编辑：张琳 责编：高峰")],
     [("张琳", ["编辑"]), ("高峰", ["责编"])]),
    ([("page_header", "发布时间：2023-10-23 17:45 来源：涪城区总工会 摄影：何勇")], [("何勇", ["摄影"])]),
    # a photo credit with the role after the name; with a role before it, that role is the title
    ([("credit", "（何勇 摄）")], [("何勇", ["摄影"])]),
    ([("credit", "新华社记者 张涛 摄")], [("张涛", ["记者"])]),
    ([("credit", "（市总工会 摄）")], []),
    # a transliterated name with a middle dot, and the names listed after it
    ([("dateline", "新华社乌鲁木齐12月28日电（记者 艾力·买买提、杨柳）")],
     [("艾力·买买提", ["记者"]), ("杨柳", ["记者"])]),
    ([("page_header", "作者：记者 吴婷 通讯员 郑华")], [("吴婷", ["记者"]), ("郑华", ["通讯员"])]),
]


@pytest.mark.parametrize("pieces,expected", STAFF)
def test_staff_lines(pieces, expected):
    removed = [Removal(kind, text, i + 1) for i, (kind, text) in enumerate(pieces)]
    got = _people("正文。", removed=removed)
    assert sorted(got) == sorted(expected)
    for name, titles in got:
        assert name not in ("记者", "記者", "编辑", "編輯", "通讯员", "審校")


def test_recurring_subject_of_a_profile():
    body = ["早上7点半，李秀云准时走进电子厂的装配车间。", "今年4月，李秀云被授予全国五一劳动奖章。"]
    assert _people(*body) == [("李秀云", [])]


@pytest.mark.parametrize("body", [
    ["李秀云准时走进车间。"],  # once only: not enough
    ["金秋助学活动启动。", "金秋助学金发放到位。"],  # a word opening two clauses
    ["高质量发展是主题。", "高质量完成任务。"],
    ["万家灯火映照工地。", "万家灯火里有他们的身影。"],  # never before a name-following word
])
def test_recurring_words_are_not_people(body):
    assert _people(*body) == []


# --- names the unseen layouts wrote in other ways (table-driven) ----------------------------

OTHER_WAYS = [
    # a name before 致詞/发言 after a traditional-script role
    ("本會理事長黃國雄致詞時表示，將持續推動教育訓練。", [("黃國雄", ["本會理事長"])]),
    ("工会主席李红发言时说，要做好服务。", [("李红", ["工会主席"])]),
    # a role noun for a worker before the name
    ("来自开封一家企业的选手魏东获得第一名。", [("魏东", ["选手"])]),
    ("主席是我们车间的老师傅周建国。", [("周建国", ["老师傅"])]),
    ("配送员何晓光说，每天要骑行80公里。", [("何晓光", ["配送员"])]),
    # a professional title after the name
    ("接待我们的是罗志刚律师，他听完情况。", [("罗志刚", ["律师"])]),
    ("由张明医生为职工义诊。", [("张明", ["医生"])]),
    # a transliterated name (no Chinese surname) after a job noun
    ("刚送完一单外卖的配送员买买提江正在用微波炉热饭。", [("买买提江", ["配送员"])]),
]


@pytest.mark.parametrize("text,expected", OTHER_WAYS)
def test_names_written_other_ways(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "近日本澳持續高溫天氣，建築工人高溫作業安排需改善。",  # 高溫 is the word 高温 in traditional script
    "王律师事务所提供法律援助。",  # a firm named after the title
    "资深律师为职工答疑。",  # no surname at the name's place
    "选手们同台竞技。", "跟着师傅学手艺。",
    "大成律师事务所的律师到场。",
    "配送员阿姨正在休息。", "工人阿里巴巴平台注册。",  # no transliteration opener / a company name
    "成立高级工程师评审委员会。",
])
def test_title_words_without_names(text):
    assert _people(text) == []


def test_honour_list_lines():
    body = ["授予张建华等6名同志奖章。", "二、洛阳市五一劳动奖章（6名）",
            "张建华\u3000市供电公司运维检修部班长", "李秀梅 孟津区第二实验小学教师", "王\u3000刚\u3000栾川县卫生院护士长",
            "三、洛阳市工人先锋号（3个）", "市公交集团12路线路班组"]
    assert _people(*body) == [("张建华", ["市供电公司运维检修部班长"]), ("李秀梅", ["孟津区第二实验小学教师"]),
                              ("王刚", ["栾川县卫生院护士长"])]


def test_honour_list_lines_marking_sex_or_nationality():
    body = ["刘振江\u3000保定天威保变电气股份有限公司焊接班班长", "王秀梅（女）\u3000保定市第一中心医院急诊科护士长",
            "马占山（回族）\u3000涿州市公安局交警大队民警"]
    assert [n for n, _ in _people(*body)] == ["刘振江", "王秀梅", "马占山"]


def test_honour_list_group_of_one_under_its_heading():
    """A list grouped by area under headings with counts (区名（2名）): a last group of one row still belongs to it."""
    body = ["甲区（2名）", "张建华　市供电公司运维检修部班长", "李秀梅　某某实验小学教师", "市直（1名）",
            "韩立新　某某公交集团有限公司公交驾驶员", "某某市总工会"]
    assert [n for n, _ in _people(*body)] == ["张建华", "李秀梅", "韩立新"]
    assert _people("市直（1名）", "韩立新　某某公交集团有限公司公交驾驶员") == []  # (a heading alone makes no list)


@pytest.mark.parametrize("body", [
    ["张建华 市供电公司运维检修部班长"],  # one line alone is no list
    ["附件 名单", "主办单位 市总工会"],  # labels, not names
    ["高温 天气持续", "金秋 助学启动"],  # words, not names
])
def test_not_honour_lists(body):
    assert _people(*body) == []


# --- second batch of unseen layouts: job nouns, name lists, minority names, byline slots ---------

JOB_NOUNS_AND_LISTS = [
    # a trade's job noun right before the name is the title; the name ends where an ordinary word starts
    ("来自湖南建工集团的钢筋工刘志勇、中建五局的建筑电工彭丽娟分别获得所在项目第一名。",
     [("刘志勇", ["钢筋工"]), ("彭丽娟", ["建筑电工"])]),
    ("其中，环卫工人王秀兰创作的小诗引起了共鸣。", [("王秀兰", ["环卫工人"])]),
    ("“配合早就练出来了。”队长王海军笑着说。", [("王海军", ["队长"])]),
    # names listed with 、 after one title share it
    ("市总工会副主席刘洪、陈思远、杨丽等分别带队。",
     [("刘洪", ["市总工会副主席"]), ("陈思远", ["市总工会副主席"]), ("杨丽", ["市总工会副主席"])]),
    # a place before a national honour is where the person lives, not part of the title
    ("一行来到叙州区全国劳动模范钟德华家中。", [("钟德华", ["全国劳动模范"])]),
    # Hong Kong officers in traditional script
    ("工聯會副理事長、立法會議員鄧家俊表示，法例未能與時並進。", [("鄧家俊", ["工聯會副理事長", "立法會議員"])]),
    ("香港速遞業職工會主席梁志豪補充，工會已收集多宗個案。", [("梁志豪", ["香港速遞業職工會主席"])]),
    # a four-character name with no Chinese surname after a union officer's title, before a verb of speech
    ("区总工会主席萨仁高娃介绍，今年运动会首次增设了新组别。", [("萨仁高娃", ["区总工会主席"])]),
    # a notice's contact person
    ("联系人：郑丽娟，联系电话：0591-87654321。", [("郑丽娟", ["联系人"])]),
    # more job nouns: a canteen cook, a pastry cook, a seamstress, a craft's heir, a master and his apprentice
    ("区人民医院食堂厨师陶宏伟以一道鱼头获得热菜项目第一名。", [("陶宏伟", ["区人民医院食堂厨师"])]),
    ("一家老字号面馆的面点师秦雪梅获得面点项目第一名。", [("秦雪梅", ["面点师"])]),
    ("缝纫工熊小红咨询了产假期间工资发放的问题。", [("熊小红", ["缝纫工"])]),
    ("培训班邀请州级苗绣传承人潘金花授课。", [("潘金花", ["州级苗绣传承人"])]),
    ("今年58岁的省级技能大师廖德明在卤水净化岗位干了36年。", [("廖德明", ["省级技能大师"])]),
    ("90后徒弟宋佳琪说，师傅把经验都整理成了笔记。", [("宋佳琪", ["徒弟"])]),  # no organ inside an age
    ("老渔民许德顺说，现在出海更安心了。", [("许德顺", ["老渔民"])]),
    # a table row: the job noun, a space, the name, a space, the workplace
    ("中式烹调师 汪春兰 桐城市一家酒店", [("汪春兰", ["中式烹调师"])]),
    # the name ends before 用/以 (the means): 任思雨用…
    ("一所小学的数学教师任思雨用生活中的购物场景讲解小数乘法。", [("任思雨", ["数学教师"])]),
    # 阎 is a surname (an industry union's officer after the union's name)
    ("榆次区教育工会主席阎志强表示，比赛为青年教师搭建平台。", [("阎志强", ["榆次区教育工会主席"])]),
]


@pytest.mark.parametrize("text,expected", JOB_NOUNS_AND_LISTS)
def test_job_nouns_lists_and_contacts(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "“四个一”工作法提升职工幸福感",  # 幸福 is a word: no surname opens the run after a plain people noun
    "水电工程建设进展顺利。", "电工作业需持证上岗。",  # 工程, 工作: the 工 opens a word
    "职工宿舍楼建设完成。", "消防员高空救援演练。", "服务员周到服务赢得好评。",
    "区总工会主席亲自带队检查。", "区总工会主席团成员表示赞同。",  # prose after the title, not a name
    "队长高度重视安全生产。",
    "联系人及联系方式另行通知。",
    "党员干部、职工群众踊跃参加。",
    "渔民朋友出海前要检查救生设备。", "徒弟们跟着师傅学。", "厨师长亲自掌勺。",
    "传承人队伍不断壮大。", "渔民增收致富。",
])
def test_job_nouns_without_names(text):
    assert _people(text) == []


def test_name_list_stops_at_a_non_name():
    assert _people("主任刘强、副主任张伟等参加。") == [("刘强", ["主任"]), ("张伟", ["副主任"])]
    assert _people("主席张建国、文化宫负责人出席。") == [("张建国", ["主席"])]


BYLINE_SLOTS = [
    # a name that is also a dictionary word counts in a byline slot beside a real name, or when the
    # dictionary files it as a proper noun (于洋); a lone common word stays out (焦点)
    ([("dateline", "新华社上海5月6日电（记者 孟佳、高远）")], [("孟佳", ["记者"]), ("高远", ["记者"])]),
    ([("page_header", "发布时间：2024/09/12 来源：区总工会 作者：于洋 浏览：(452)")], [("于洋", [])]),
    ([("editor_line", "(责任编辑:焦点)")], []),
    ([("page_header", "作者：高远")], []),
    # staff roles of the second batch: 编审, 实习生, and the writer credited by 文字 (the author: no title)
    ([("editor_line", "编审：周婧 责编：马骁")], [("周婧", ["编审"]), ("马骁", ["责编"])]),
    ([("byline", "记者 许婷婷 实习生 蔡一帆")], [("许婷婷", ["记者"]), ("蔡一帆", ["实习生"])]),
    ([("byline", "記者 陳明 通訊員 李華")], [("陳明", ["記者"]), ("李華", ["通訊員"])]),
    ([("credit", "文字：陶静"), ("credit", "图片：市总工会职工服务中心")], [("陶静", [])]),
    ([("credit", "文字编辑：周婷")], [("周婷", ["编辑"])]),  # 文字 inside a longer label is no credit of its own
    # a law firm's blog names its writer with the profession after the name: the name, the profession its title
    ([("page_header", "2024.09.05 14:20 | 作者：许慧敏律师 | 阅读 512")], [("许慧敏", ["律师"])]),
    ([("page_header", "作者：某某律师")], []),  # a placeholder before the profession is no name
]


@pytest.mark.parametrize("pieces,expected", BYLINE_SLOTS)
def test_byline_slots_and_staff_roles(pieces, expected):
    removed = [Removal(kind, text, i + 1) for i, (kind, text) in enumerate(pieces)]
    assert sorted(_people("正文。", removed=removed)) == sorted(expected)


# Third batch: job nouns before a name, a speaker described by a 的 clause, list lines, a rare surname, 终审.
@pytest.mark.parametrize("text,name", [
    ("首期学员、采油工张海鹏说：“收获很大。”", "张海鹏"),
    ("”工作室调解员黄建军说，诉调对接效果好。", "黄建军"),
    ("“现在做育婴师。”学员刘桂英说。", "刘桂英"),
    ("邀請蠟染工藝師吳明芬現場授課。", "吳明芬"),
    ("”在一家企业干了28年钳工的王长青说。", "王长青"),
    ("在窑炉车间干了20年的陈伟雄说:“心里有底了。”", "陈伟雄"),
    ("浏阳市总工会党组书记、常务副主席寻剑锋表示,要抓好安全。", "寻剑锋"),
])
def test_names_after_job_nouns_and_de_clauses(text, name):
    assert name in [n for n, _ in _people(text)]


@pytest.mark.parametrize("text", [
    "主席寻求合作。", "学员们说,收获很大。", "我的王老师说:“好。”", "他的同事说,这是好事。",
    "大家的张大爷说:“好。”", "采油工作的经验说明了问题。",
])
def test_no_name_after_job_nouns_or_de(text):
    assert _people(text) == []


def test_numbered_and_prize_list_lines():
    body = ["公示如下:", "1. 张卫东 宝鸡机床集团有限公司数控车工", "2. 李春燕 渭滨区人民医院护士长", "公示时间为5天。"]
    assert ("张卫东", ["宝鸡机床集团有限公司数控车工"]) in _people(*body)
    body = ["名单如下:", "化工总控工第一名:芳烃运行部 方晓明", "焊工第一名:检维修中心 徐海波"]
    assert {n for n, _ in _people(*body)} == {"方晓明", "徐海波"}
    # one line alone is no list, and a label:value line without a prize is no result line
    assert _people("焊工第一名:检维修中心 徐海波") == []
    assert _people("来源:渭滨区总工会 阅读", "主办单位:宝鸡市总工会 承办") == []


def test_final_review_staff_role():
    removed = [Removal("editor_line", "编辑:谭露 | 审核:吴家豪 | 终审:何晓东", 1)]
    assert ("何晓东", ["终审"]) in _people("正文。", removed=removed)


def test_professional_title_and_shop_job_before_a_name():
    assert _people("在大棚里,高级农艺师钱国富查看了番茄长势。") == [("钱国富", ["高级农艺师"])]


def test_speaker_with_a_one_character_given_name_after_a_de_clause():
    assert _people("“工会帮了大忙。”在超市做收银员的刘芳说。") == [("刘芳", [])]
    # a word after 的 is no name (方面, 马上)
    assert _people("从职工的方面说,这是好事。") == [] and _people("他们的马上说,很好。") == []


@pytest.mark.parametrize("text, expected", [
    ("诸暨市总工会副主席郦建平表示，下一步", [("郦建平", ["诸暨市总工会副主席"])]),
    ("心理咨询师祁秀云说，来咨询的职工", [("祁秀云", ["心理咨询师"])]),
    ("营业部柜员吕佳琪说：“平时", [("吕佳琪", ["营业部柜员"])]),
    ("车站值班员庞小燕说：“师傅讲的", [("庞小燕", ["车站值班员"])]),
    ("应聘焊工岗位的求职者田志军和企业负责人", [("田志军", ["求职者"])]),
    ("新郎孟凡超是一名外卖骑手", [("孟凡超", ["新郎"])]),
    ("職工會理事梁慧儀補充，不少司機", [("梁慧儀", ["職工會理事"])]),
    ("網約車司機譚志遠說,三天的培訓", [("譚志遠", ["網約車司機"])]),
])
def test_sixth_batch_roles_before_names(text, expected):
    assert _people(text) == expected


def test_mongolian_names_after_a_role():
    assert _people("区总工会常务副主席乌云其其格表示,今后") == [("乌云其其格", ["区总工会常务副主席"])]
    assert _people("来自铸锻公司的选手图门巴雅尔以总分第一") == [("图门巴雅尔", ["选手"])]


def test_preposition_surname_before_a_word_is_no_name():
    assert _people("服务队发现问题，律师向企业负责人讲解了规定。") == []
    # in a staff slot the name stays, though its given part is a word
    removed = [Removal("editor_line", "审核：于海洋", 1)]
    assert ("于海洋", ["审核"]) in _people("正文。", removed=removed)


def test_latin_name_with_the_chinese_one_in_brackets():
    assert _people("从事软件测试工作的职工Kevin Li(李嘉豪)试用后说:“好。”") == [("李嘉豪", ["职工"])]
    assert _people("使用Microsoft Word(文字处理)编辑文件。") == []


def test_holder_of_an_office_just_elected():
    assert _people("当选为行业工会联合会主席的殷晓蕾是一家直播公司的负责人") == [("殷晓蕾", ["行业工会联合会主席"])]
    assert _people("当选为主席的要求很高。") == [] and _people("担任职工的代表。") == []


def test_results_table_prize_name_unit_rows():
    body = ["团体一等奖 大冶市供电公司代表队", "个人第一名 柯振华（大冶市供电公司）", "个人第二名 程雨欣（配电运检中心）"]
    assert [n for n, _ in _people(*body)] == ["柯振华", "程雨欣"]
    assert _people("个人第一名 柯振华（大冶市供电公司）") == []


def test_results_list_rank_name_unit_score_rows():
    """Rows of a results list in columns: the rank, the name, the unit (its title) and the score."""
    body = ["第1名  郑国梁  某某精密机械有限公司  95.5分", "第2名  陈慧敏  某某电子科技有限公司  93分",
            "第3名  林建军  某某供水有限公司  90.25分"]
    assert _people(*body) == [("郑国梁", ["某某精密机械有限公司"]), ("陈慧敏", ["某某电子科技有限公司"]),
                              ("林建军", ["某某供水有限公司"])]
    assert _people("第1名  郑国梁  某某精密机械有限公司  95.5分") == []  # one row alone is no list


@pytest.mark.parametrize("text, expected", [
    # people nouns of a team, a group or a union's membership (weak roles: the name must read as one)
    ("该队队员骆俊杰获得个人全能第一名。", [("骆俊杰", ["该队队员"])]),
    ("律师团成员游晓晴说，通过体检把问题解决", [("游晓晴", ["律师团成员"])]),
    ("參加講習的會員林美惠說，以前覺得", [("林美惠", ["會員"])]),
    ("带头人马继红说:“命名既是荣誉", [("马继红", ["带头人"])]),
    # a verb phrase that is no dictionary word after a three-character name (adverb, verb + aspect)
    ("工地上，钢筋工黄志勇刚从作业面下来", [("黄志勇", ["钢筋工"])]),
    ("小餐馆里，环卫工人吉秀芬端着饭菜找了个位置", [("吉秀芬", ["环卫工人"])]),
])
def test_seventh_batch_roles_before_names(text, expected):
    assert _people(text) == expected


def test_verb_surnames_only_where_no_word_opens():
    assert _people("倒班职工纳小军说，他已经办好了借阅卡") == [("纳小军", ["倒班职工"])]
    removed = [Removal("page_header", "来源：宣教部 作者：占晓峰 【浏览：1467次】", 1)]
    assert ("占晓峰", []) in _people("正文。", removed=removed)
    assert _people("将新就业形态劳动者纳入工会组织。") == [] and _people("职工纳入保障范围。") == []
    assert not is_person_name("占据") and not is_person_name("纳入")


def test_trade_ending_in_gong_before_a_speaker():
    assert _people("参加培训的腌制工周芳说：“在厂里干了8年") == [("周芳", ["腌制工"])]  # the job noun titles the worker, as the layouts' golds have it
    assert _people("挤奶工其其格问,自己在企业干了三年") == [("其其格", [])]
    assert _people("开工以来说明了问题。") == [] and _people("施工方面说，工期紧") == []


def test_speaker_after_a_closing_quote():
    assert _people("“每一秒都很关键。”骆俊杰说。") == [("骆俊杰", [])]
    assert _people("“好。”大家说。") == [] and _people("“好。”他表示，") == []


def test_staff_line_with_a_bar_between_role_and_name():
    removed = [Removal("editor_line", "责编丨孙悦", 9), Removal("editor_line", "审核丨杜建新", 10),
               Removal("editor_line", "编辑｜陈可欣", 11)]
    got = _people("正文。", removed=removed)
    assert ("孙悦", ["责编"]) in got and ("杜建新", ["审核"]) in got and ("陈可欣", ["编辑"]) in got


def test_verb_phrase_does_not_lengthen_a_two_character_name():
    assert all(n != "李红端" for n, _ in _people("环卫工人李红端着饭菜坐下。"))


def test_rarer_surnames_and_word_opening_surnames():
    assert _people("省总工会党组书记、主席赖晓琴介绍，") == [("赖晓琴", ["省总工会党组书记", "省总工会主席"])]
    removed = [Removal("byline", "本报记者　訾文博　文/摄", 1), Removal("editor_line", "终审:海建平", 9)]
    got = _people("正文。", removed=removed)
    assert ("訾文博", ["记者"]) in got and ("海建平", ["终审"]) in got
    assert _people("车间工会职工普志华说:“车间噪声大") == [("普志华", ["车间工会职工"])]
    # 普 海 凤 open ordinary words: no name where the surname and the next character are one
    assert _people("普通职工说，很满意。") == [] and _people("海关人员表示，") == []
    assert not any(is_person_name(w) for w in ("普通", "凤凰", "鳳凰", "海关", "普惠"))


def test_writer_label_wen_and_wechat_tail_in_navigation():
    removed = [Removal("page_header", "2024-07-09 16:40 来源：江门工会 文：司徒嘉欣 阅读：2,087", 1),
               Removal("navigation", "文字｜邱雨涵", 20), Removal("navigation", "首页 编辑推荐 文字直播", 0)]
    got = _people("正文。", removed=removed)
    assert ("司徒嘉欣", []) in got and ("邱雨涵", []) in got and len(got) == 2
    # 原文：, 正文： are no writer labels
    assert _people("正文。", removed=[Removal("page_header", "原文：新华社 正文：张伟", 1)]) == []


def _with_editor(value):
    from unionkit.record import Meta
    a = Article(id="t", title="标题", body=["正文。"], captions=[], removed=[Removal("editor_line", f"责任编辑:{value}", 3)])
    return [(p.name, p.titles) for p in find_people(a, meta=Meta(editor=value))]


def test_editor_slot_names_without_a_common_surname():
    assert _with_editor("区楚瑶") == [("区楚瑶", ["责任编辑"])]
    assert _with_editor("乌兰") == [("乌兰", ["责任编辑"])]
    # pen names and words stay out: 小林, 焦点, 区委
    assert _with_editor("小林") == [] and _with_editor("焦点") == [] and _with_editor("区委") == []


def test_trade_ending_in_yuan_before_a_speaker():
    # (评茶员 is now a listed trade, so it is the title, as the page's gold has it)
    assert _people("参加培训的评茶员谢雨桐说:“六堡茶讲究越陈越香") == [("谢雨桐", ["评茶员"])]
    assert _people("会员单位表示，将积极参与。") == [] and _people("相关人员管理说明如下：") == []


# Batch 9 (crawl9 pages): dotted transliterated names, 、-lists of names, roles before names, honorifics.
@pytest.mark.parametrize("text,expected", [
    ("伊宁市总工会党组书记、主席热依汗古丽·艾买提为新命名的书屋授牌。", {"热依汗古丽·艾买提"}),
    ("在一家纺织企业工作的古丽娜尔·艾力说。", {"古丽娜尔·艾力"}),
    ("四川长虹电器股份有限公司张磊、江油市中医医院王浩宇等36名选手获得一等奖。", {"张磊", "王浩宇"}),
    ("其中，郑冬梅、黄俊杰、苏亚楠等12名一等奖获得者将被授予称号。", {"郑冬梅", "黄俊杰", "苏亚楠"}),
    ("电工项目的许振华、焊工项目的林雅婷等36名选手分获前三名。", {"许振华", "林雅婷"}),
    ("在县总工会十五届一次全委会上，李庆华、何玉梅同志当选为副主席。", {"李庆华", "何玉梅"}),
    ("装配车间班长陆海涛当选副主席。", {"陆海涛"}),
    ("62岁的环卫工人丁桂香阿姨正在清理落叶。", {"丁桂香"}),
    ("即将赴华南理工大学报到的梁俊熙向工会赠送了感谢信。", {"梁俊熙"}),
    ("联系人：省总工会宣传教育部 金哲，电话：0431-8890123", {"金哲"}),
    ("镇织造行业工会联合会主席金国良提出，应提高单价。", {"金国良"}),
])
def test_ninth_batch_names(text, expected):
    assert {name for name, _ in _people(text)} == expected


@pytest.mark.parametrize("text", [
    "王律师说，工会法律援助对职工是免费的。",  # surname + title: a form of address
    "加强安全、质量、效率三方面的管理。",  # a 、-list of words
    "公司党委、工会、团委共同参与。",
    "在张家港、常熟、太仓等地开展活动。",
])
def test_ninth_batch_no_false_names(text):
    assert {name for name, _ in _people(text)} == set()


# Batch 11 (crawl11 pages): kinds of context the earlier batches lacked (names here are made up).
@pytest.mark.parametrize("text,expected", [
    ("在随后召开的全委会上，葛明远当选为市总工会主席，司马青云、上官玉洁当选为副主席。",
     {"葛明远", "司马青云", "上官玉洁"}),
    ("同行的外卖员赵骁则表示，要把温暖传递下去。", {"赵骁"}),  # 则 joins the verb, not the name
    ("区总工会女职工委员会主任竺丽娟表示，将推出服务地图。", {"竺丽娟"}),  # a rare surname
    ("国家二级心理咨询师洪美玲每周两次到驿站值班。", {"洪美玲"}),
    ("刚下夜班的分拣员郝春梅捧着一本书读得入神。", {"郝春梅"}),  # a job noun + name + ordinary verb
    ("退休教师、书屋管理员杜永祥感慨：“书屋是职工的家。”", {"杜永祥"}),
    ("職工代表黎麗珍感慨：“現在我們也能談了。”", {"黎麗珍"}),
    ("获得育婴项目第一名的彭秀兰，从业已有十年。", {"彭秀兰"}),  # 秀兰: a given name the dictionary files as a place
    ("旗总工会副主席其木格介绍，课程免费。", {"其木格"}),  # Mongolian, no Chinese surname
    ("来自快递公司的快递员乌日娜说，她报了名。", {"乌日娜"}),
    ("县总工会常务副主席格桑次仁在开班仪式上说，要学好技能。", {"格桑次仁"}),  # Tibetan: two name elements
    ("来自古荣镇的学员央金卓玛报名参加了培训。", {"央金卓玛"}),
    ("职工代表古丽米拉·艾海提说，这是谈出来的。", {"古丽米拉·艾海提"}),
    ("本报讯 通讯员 陈晓 记者 方圆 7月8日，托管班开班。", {"陈晓", "方圆"}),  # a byline left in the body
])
def test_eleventh_batch_names(text, expected):
    assert {name for name, _ in _people(text)} == expected


def test_elected_name_takes_the_office_as_title():
    assert _people("会上，葛明远当选为市总工会主席。") == [("葛明远", ["市总工会主席"])]


def test_unit_first_name_list_and_results_lines():
    body = ["2023年度优秀工会工作者名单", "开封市总工会 王 强", "洛阳市栾川县总工会 胡秀英",
            "某某客车股份有限公司工会 欧阳晓燕", "南阳市卧龙区总工会 扎西卓玛"]
    assert {n for n, _ in _people(*body)} == {"王强", "胡秀英", "欧阳晓燕", "扎西卓玛"}
    assert {n for n, _ in _people("一、电工项目", "一等奖：邓志强（国网某县供电公司）",
                                  "二等奖：司马俊（某县自来水公司）、谢东升（某县工业园）")} == {"邓志强", "司马俊", "谢东升"}
    # one unit-first line alone is no list; a prize line needs names in its items
    assert _people("开封市总工会 王强") == [] and _people("一等奖：安全生产（某公司）") == []


@pytest.mark.parametrize("text", [
    "洪水过后，职工们清理淤泥。",  # 洪 opens an ordinary word
    "记者 走访了多家企业。",  # no name in the byline slot
    "大家一起包饺子的热闹场面，让人难忘。",
    "扎西德勒！藏历新年到了。",  # a greeting, not two name elements
    "学员次日返回岗位。",
])
def test_eleventh_batch_no_false_names(text):
    assert {name for name, _ in _people(text)} == set()


def test_a_spaced_reporter_that_is_also_a_word():
    from unionkit.record import Article, Meta, Removal
    art = Article(id="t", title="标题", body=["近日，市总工会开展活动。"],
                  removed=[Removal("byline", "本报讯 通讯员 陈晓 记者 方圆", 3)])
    names = [p.name for p in find_people(art, meta=Meta(reporter="方圆"))]
    assert "方圆" in names
    art.removed = [Removal("editor_line", "责任编辑：方圆", 9)]
    assert "方圆" not in [p.name for p in find_people(art, meta=Meta(reporter="方圆"))]


# Batch 12 (crawl12 pages): an honour's holder, a compound clan surname, a dotted name, a bracketed editor.
@pytest.mark.parametrize("text,expected", [
    ("来自三钢集团的全国五一劳动奖章获得者罗永兴感慨地说。", [("罗永兴", ["全国五一劳动奖章获得者"])]),
    ("市总工会女职工部部长纳兰婷婷介绍，合同将纳入监督。", [("纳兰婷婷", ["市总工会女职工部部长"])]),
    ("网约车司机艾尔肯·吐尔逊告诉记者，工会还给他们办理了保险。", [("艾尔肯·吐尔逊", ["网约车司机"])]),
    ("会上，王建华激动地说：“我们有了自己的家。”", [("王建华", [])]),  # an adverb of manner before 说
    ("“工会帮了大忙。”李秀梅笑着说。", [("李秀梅", [])]),
])
def test_twelfth_batch_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "“好。”他深情地说。",  # no surname opens the speaker
    "“好。”王老师激动地说。",  # a form of address, no name
    "奖章获得者高度评价这次活动。",  # a word after the honour, no name
    "吸纳兰州的企业加入工会。",  # 纳兰 inside two words
])
def test_twelfth_batch_no_false_names(text):
    assert _people(text) == []


def _in_editor_line(line, value):
    from unionkit.record import Meta
    a = Article(id="t", title="标题", body=["正文。"], captions=[], removed=[Removal("editor_line", line, 3)])
    return [(p.name, p.titles) for p in find_people(a, meta=Meta(editor=value))]


def test_bracketed_editor_slot_holds_a_name_that_is_a_word():
    assert _in_editor_line("【责任编辑：方可】", "方可") == [("方可", ["责任编辑"])]
    assert _in_editor_line("【纠错】 [责任编辑：方可]", "方可") == [("方可", ["责任编辑"])]
    # a parenthesised slot may hold a section or a pen name: a word stays out there, and a role word everywhere
    assert _in_editor_line("(责任编辑:焦点)", "焦点") == [] and _in_editor_line("责任编辑：方可", "方可") == []
    assert _in_editor_line("【责任编辑：记者】", "记者") == [] and _in_editor_line("【责任编辑：项目部】", "项目部") == []


# Batch 13/14 unseen pages: kinds of context that name a person (rules, not the pages' strings).
CONTEXTS = [
    # a name list after a 名单 label: spaces between names, two-character names padded with a space
    (("候选人名单（按姓氏笔画排序）：", "马 丽 王新民 艾力·买买提 刘 洋 孙建华"),
     {"马丽", "王新民", "艾力·买买提", "刘洋", "孙建华"}),
    # role：name inside a bracketed note
    (("张卫国技能大师工作室（领衔人：张卫国，家具行业首席技师）成立。",), {"张卫国"}),
    # a 、-list opened by a verb with 了, a note after an item, a dotted item
    (("座谈会听取了郑玉兰、朱丽、古丽米拉·阿不都（维吾尔族）等12名女职工的意见。",),
     {"郑玉兰", "朱丽", "古丽米拉·阿不都"}),
    # informal roles and a home visited
    (("“公司老板章建国当年并不热心。”",), {"章建国"}),
    (("慰问组走进因病致困职工刘桂兰家中，询问困难。",), {"刘桂兰"}),
    (("“现在安心了。”在快递公司工作的家长吴春梅说。",), {"吴春梅"}),
    # a bracketed second title between the title and the name
    (("获得积分最多的仪表工程师（高级技师）乌日娜和车间主任巴特尔一起讨论。",), {"乌日娜", "巴特尔"}),
    # a dictionary verb after the name decides its length (君主 is a word too)
    (("講座邀請現任律師陳怡君主講。",), {"陳怡君"}),
    (("会上，系统工会主席卢静宣读了表彰决定。",), {"卢静"}),
    (("近日，市总工会主席唐毅接受本报专访。",), {"唐毅"}),
    (("副庭长慕容晓雪在接受采访时表示，末位不等于不胜任。",), {"慕容晓雪"}),
    # a name joined by 和 to a titled person, after a 的-phrase
    (("女电工蓝慧敏和来自一家电机厂的曾小红最终并列第一。",), {"蓝慧敏", "曾小红"}),
    # a Western dotted name: the full form, not its last part alone
    (("公司总经理克劳斯·施密特在总部任职。", "“工会能帮忙。”施密特说。"), {"克劳斯·施密特"}),
    # rare surnames that open no common word, after a title chain
    (("市总工会党组书记、主席禚志远出席。", "站点负责人笪文静向职工介绍。", "副主席郗平介绍，", "常务副主席谯国华一行调研。"),
     {"禚志远", "笪文静", "郗平", "谯国华"}),
    # a compound surname after a chief operator's title
    (("请来高炉首席操作司徒志强与职工座谈。",), {"司徒志强"}),
    # a Yi name (clan name + two characters) after a title; a Mongolian name after a contact label
    (("县总工会副主席吉克石且告诉记者，", "联系人：乌云格日勒，电话：0470-1234567。"), {"吉克石且", "乌云格日勒"}),
    # a name before its office, after 的
    (("法律援助站的罗建明主任接待了他们。",), {"罗建明"}),
    # a dotted name ends before a common word that runs across its end (高兴)
    (("“很开心。”艾力·吐尔逊高兴地说。",), {"艾力·吐尔逊"}),
]


@pytest.mark.parametrize("body,expected", CONTEXTS)
def test_contexts_that_name_people(body, expected):
    assert {n for n, _ in _people(*body)} == expected


NOT_PEOPLE = [
    ("律师向企业负责人讲解劳动合同。",),  # a preposition surname before a verb-tagged word
    ("活动完成了高温、安全、文明等检查。",),  # a 、-list after 了 of words, no names
    ("（主任：行政部，电话）",),  # a bracketed role：value that is no name
    ("主席王刚和职工的高温补贴",),  # 和 … 的 then a word
    ("把工会组织的关怀送到职工身边。",),  # 的 + a name-tagged word whose last character opens a verb (送到)
]


@pytest.mark.parametrize("body", NOT_PEOPLE)
def test_no_false_people_from_new_contexts(body):
    assert {n for n, _ in _people(*body)} <= {"王刚"}


def test_pen_name_and_rare_word_editor():
    byline = Removal(kind="byline", text="记者 刘娟 通讯员 岳工宣")
    editor = Removal(kind="editor_line", text="责任编辑：付强")
    got = dict(_people("正文。", removed=[byline, editor]))
    assert "岳工宣" not in got and got.get("付强") == ["责任编辑"]
    assert not looks_like_name("岳工宣")
    common = Removal(kind="editor_line", text="责任编辑：焦点")
    assert "焦点" not in dict(_people("正文。", removed=[common]))


def test_credit_roles_of_rare_kinds():
    """审覈 (traditional), 图片: and 发布者: slots and a Yi name in a photo credit name people."""
    removed = [Removal(kind="editor_line", text="（審覈：譙明輝  編輯：亓小萌）"),
               Removal(kind="credit", text="文字:谷雨 图片:郑晓"),
               Removal(kind="credit", text="曲比阿果 摄"),
               Removal(kind="page_header", text="发布者:格桑 发布时间:2024年07月03日"),
               Removal(kind="page_header", text="发布者:admin 发布时间:2024年07月03日")]
    got = dict(_people("正文。", removed=removed))
    assert got.get("譙明輝") == ["審覈"] and got.get("郑晓") == ["图片"]
    assert got.get("曲比阿果") == ["摄影"] and got.get("格桑") == ["发布者"]
    assert "admin" not in got


RARE_SURNAMES = [
    # rare surnames of the Hundred Family Surnames, in a plain title frame
    ("据区总工会主席仉红梅介绍，", "仉红梅"), ("市总工会副主席蹇小雨表示，", "蹇小雨"),
    ("公司负责人宓志刚介绍，", "宓志刚"), ("市总工会副主席郄振宇介绍，", "郄振宇"),
    ("党组书记、常务副主席蒯海峰介绍，", "蒯海峰"), ("部长隗建新介绍，", "隗建新"),
    ("區總工會副主席鞏曉東表示，", "鞏曉東"),
    # surnames that are also words take the strong frames only
    ("镇总工会主席撒玉兰与企业方代表逐条核对", "撒玉兰"), ("区总工会主席鄂玉霞介绍，", "鄂玉霞"),
    ("县总工会主席丘海波主持会议。", "丘海波"),
]


@pytest.mark.parametrize("text,name", RARE_SURNAMES)
def test_rare_surnames_after_titles(text, name):
    assert name in {n for n, _ in _people(text)}


def test_word_surnames_need_a_strong_context():
    """那, 於, 丘 open common words: a name only after a title, before a verb of speech, or in a credit slot."""
    assert not is_person_name("那文博") and is_person_name("那文博", True)
    assert not is_person_name("於日前", True) and not is_person_name("那些人", True)
    got = dict(_people("正文。", removed=[Removal(kind="credit", text="图｜工业区工会　文｜於佳琪"),
                                         Removal(kind="editor_line", text="编辑：冀文瑶　校对：毋红艳")]))
    assert "於佳琪" in got and got.get("毋红艳") == ["校对"]
    assert not {n for n, _ in _people("那时候丘陵上，那些人说：“好。”", "主席於日前到企业调研。")}


def test_credit_lines_of_more_kinds():
    """图/X, a name before 供稿, and a menu-filed line of two credits name people (no title for a bare credit)."""
    removed = [Removal(kind="byline", text="文/集团工会 查文斌 图/储晓明"),
               Removal(kind="credit", text="（南康区总工会 钟慧敏 供稿）"),
               Removal(kind="navigation", text="文字 | 冉晓雪 图片 | 苟明亮"),
               Removal(kind="byline", text="文/本报记者 孙悦 图/本报记者 于海洋")]
    got = dict(_people("正文。", removed=removed))
    assert got.get("储晓明") == [] and got.get("钟慧敏") == [] and got.get("冉晓雪") == []
    assert "苟明亮" in got and got.get("于海洋") == ["记者"]
    assert "本报记者" not in got
    # a department's pen name in the author slot is no person
    assert not looks_like_name("文宣")


def test_forms_of_address_jieba_tags_as_names_are_no_names():
    got = _people("她的师傅、公司首席技师符国平说：“这孩子肯吃苦。”")
    assert "师傅" not in {n for n, _ in got} and "符国平" in {n for n, _ in got}


@pytest.mark.parametrize("text,name", [
    ("听说芜湖市总工会副主席尚红霞前几天还来驿站调研过", "尚红霞"),
    ("在码头公司，门机司机巩立新正在进行作业前的检查。", "巩立新"),
    ("研制的技术工人雒永红第一时间下载了APP。", "雒永红"),
    ("陳埭鎮總工會主席洪雅琪介紹，陳埭是鞋都。", "洪雅琪"),  # 洪雅 is only a rare dictionary entry
])
def test_name_then_time_word_or_adverb(text, name):
    assert name in {n for n, _ in _people(text)}


@pytest.mark.parametrize("text,expected", [
    # a list closed by 等 + role: every item, the first after 以及 included, shares the role
    ("董事长凌志勇，以及谌美华、眭国庆、仇丽娟等企业工会主席参加仪式。",
     {"谌美华": ["企业工会主席"], "眭国庆": ["企业工会主席"], "仇丽娟": ["企业工会主席"]}),
    # the first item after 為, in traditional script, and a count before the role
    ("驛站舉行活動，為黃冬梅、譚春生、鄢紅英等20名環衛工人送上清涼。",
     {"黃冬梅": ["環衛工人"], "譚春生": ["環衛工人"], "鄢紅英": ["環衛工人"]}),
    # leftover salt before the first item; 职工 is no title
    ("整改率达98%。港口冯宝山、葛晓雷、厍春燕等15名职工被评为标兵。", {"冯宝山": [], "葛晓雷": [], "厍春燕": []}),
])
def test_lists_closed_by_deng(text, expected):
    got = dict(_people(text))
    assert {k: got.get(k) for k in expected} == expected


def test_lists_closed_by_deng_keep_out_places_and_contest_titles():
    assert not _people("活动走进张湾、茅箭等城区。")
    got = dict(_people("电工项目的许振华、焊工项目的林雅婷、汽车维修工项目的陈思远等36名选手分获前三名。"))
    assert got == {"许振华": [], "林雅婷": [], "陈思远": []}


@pytest.mark.parametrize("text,name,titles", [
    ("炼钢工解文斌翻着一本《转炉炼钢工艺与操作》", "解文斌", ["炼钢工"]),  # a job noun the trade list lacks
    ("清掃工向翠蘭已經在街道上掃了十一年", "向翠蘭", ["清掃工"]),
    ("患有尘肺病的退休矿工夏侯勇拉着慰问组的手", "夏侯勇", ["退休矿工"]),  # compound surname + one given character
    ("钢筋工才让东珠从西宁来这里务工已经三年了", "才让东珠", ["钢筋工"]),  # an Amdo Tibetan name
])
def test_workers_named_after_job_nouns(text, name, titles):
    assert dict(_people(text)).get(name) == titles


@pytest.mark.parametrize("text", ["煤化工项目建设有序推进", "加强用工管理，规范劳务用工方向", "组织复工复产，保障施工安全",
                                  "这才让多数人满意", "全体员工向全社会发出倡议",
                                  "收到工单后,社区立即派人上门", "他做过工地杂活"])  # (a verb's result, then 工…)
def test_job_noun_rule_leaves_words_alone(text):
    assert not _people(text)


@pytest.mark.parametrize("text,name", [
    ("经过激烈角逐，申沃新能源汽车服务有限公司的端木晓辉获得第一名。", "端木晓辉"),  # compound surname after 的
    ("今年的比赛中，来自新县镇一家企业的马少华获得焊接项目第一名。", "马少华"),  # a given name jieba files as a proper noun
])
def test_names_after_de_phrases(text, name):
    assert name in dict(_people(text))


def test_word_name_confirmed_by_title_and_speech():
    """A name that is also a word (甘露) is a person where a job noun stands before it and it speaks."""
    got = dict(_people("来自汨罗的25岁焊工甘露，在焊工项目中夺得第一名。", "“拿奖只是开始。”甘露说。"))
    assert got.get("甘露") == ["焊工"]
    assert "甘露" not in dict(_people("来自汨罗的25岁焊工甘露，在焊工项目中夺得第一名。"))  # one context is not enough
    assert not _people("焊工高手说：“好。”")


def test_students_and_kin_before_names():
    got = dict(_people("受助学生邝雨欣的父亲邝建平是一名油漆工。"))
    assert "邝雨欣" in got and got.get("邝建平") == []  # a kinship noun is no title
    assert not _people("学生宿舍条件改善", "妻子和孩子都在老家")


def test_roles_listed_before_a_kinship_noun():
    """A child named after a 、-list of roles that ends in 子女: found, titled with the roles before the kinship."""
    got = dict(_people("获奖学生代表、某某乡困难职工子女李秀梅发言。"))
    assert got.get("李秀梅") == ["获奖学生代表"]
    assert not _people("关心职工子女成长")


def test_producer_credit():
    got = dict(_people("正文。", removed=[Removal(kind="editor_line", text="编辑：黄丽 审核：覃海 监制：邹晓辉")]))
    assert got.get("邹晓辉") == ["监制"]


@pytest.mark.parametrize("text,name,titles", [
    ("铸造车间职工代表冶文斌拿到新签订的集体合同。", "冶文斌", ["铸造车间职工代表"]),  # a plain people noun, any verb
    ("巾帼创新工作室由女职工苟春燕领衔。", "苟春燕", ["女职工"]),
    ("负责驿站管理的工會幹事卓曉芸向團員講解。", "卓曉芸", ["工會幹事"]),
    ("某外卖平台站长么海洋介绍，站点已有骑手入会。", "么海洋", ["某外卖平台站长"]),  # 么, 同, 区: context surnames
    ("来自旧县镇的选手同海峰获得一等奖。", "同海峰", ["选手"]),
    ("接待我的是权益保障部部长区伟明，一听情况马上登记。", "区伟明", ["权益保障部部长"]),
])
def test_role_noun_name_any_verb(text, name, titles):
    assert dict(_people(text)).get(name) == titles


@pytest.mark.parametrize("text", ["一线职工占比超过六成", "提升职工幸福感", "工人文化宫开放", "书记同大家一起座谈",
                                  "部长同村民交流", "主任区总工会", "主席同与会代表合影"])
def test_context_surnames_and_plain_nouns_leave_words_alone(text):
    assert not _people(text)


def test_name_before_office_takes_the_organ_of_its_de_phrase():
    got = dict(_people("温岭市总工会的林海波副主席告诉笔者，该市开展了专项检查。"))
    assert got.get("林海波") == ["温岭市总工会副主席"]
    assert dict(_people("援助中心的覃振华主任接待了我们。")).get("覃振华") == ["援助中心主任"]


def test_name_after_de_acting_first():
    assert "谭家兵" in dict(_people("在镇上一家建材厂上班的谭家兵第一个挤到咨询台前。"))


def test_award_table_rows_flattened_to_lines():
    """A table of winners (序号 姓名 单位及职务) cleaned to lines: row number, name (maybe padded, with a sex mark), unit."""
    got = dict(_people("名单如下：", "序号 姓名 工作单位及职务（岗位）", "1 谭国栋 潍柴动力股份有限公司装配车间钳工",
                       "2 初晓燕（女） 青州市农业农村局高级农艺师", "3 孙 磊 奎文区供电中心配电运检班班长",
                       "4 綦建华 昌乐县一家宝石加工企业宝石琢磨工"))
    assert {"谭国栋", "初晓燕", "孙磊", "綦建华"} <= set(got)
    assert got["谭国栋"] == ["潍柴动力股份有限公司装配车间钳工"]
    assert got["綦建华"] == ["宝石琢磨工"]  # an unnamed unit (一家…企业) is no part of the title


def test_intranet_poster_is_a_person_only_when_a_name():
    nav = Removal(kind="navigation", text="发布部门 工会办公室 发 布 人 韦丹")
    assert dict(_people("正文。", removed=[nav])).get("韦丹") == []
    office = Removal(kind="page_header", text="发布人：矿区工会　发布时间：2023-12-19 09:00:00")
    assert not _people("正文。", removed=[office])


@pytest.mark.parametrize("text,name,titles", [
    ("黄石市总工会党组成员、经费审查委员会主任彭国胜来到现场。", "彭国胜",
     ["黄石市总工会党组成员", "黄石市总工会经费审查委员会主任"]),  # 经 of 经费 is no cut; the federation's own committee
    ("利通区人社局劳动关系科科长冶建军参加了协商会。", "冶建军", ["利通区人社局劳动关系科科长"]),  # 系 of 关系 is no cut
    ("被评为安全标兵。曹妃甸区总工会唐山市总工会劳动保护部部长钮文华在观摩时指出", "钮文华", ["唐山市总工会劳动保护部部长"]),
    ("公司工会主席、行政部经理廖秋菊介绍，", "廖秋菊", ["公司工会主席", "行政部经理"]),  # a company post stays bare
])
def test_organ_cuts_keep_words_whole(text, name, titles):
    assert dict(_people(text)).get(name) == titles


def test_short_union_names_written_out_as_the_page_writes_them():
    unions = [Union("金积镇总工会", "吴忠市利通区金积镇总工会"), Union("利通区总工会"), Union("株洲市总工会"),
              Union("长汀县纺织行业工会联合会")]
    got = dict(_people("协商现场，职工方首席代表、镇总工会主席撒玉兰与企业方代表协商。", "市总工会网络工作部部长阳建辉表示，",
                       "钟丽萍当选为联合会主席。", unions=unions))
    assert got["撒玉兰"] == ["职工方首席代表", "金积镇总工会主席"]
    assert got["阳建辉"] == ["株洲市总工会网络工作部部长"]
    assert got["钟丽萍"] == ["长汀县纺织行业工会联合会主席"]
    two = [Union("利通区总工会"), Union("红桥区总工会")]  # two district unions: the short form stays as written
    assert dict(_people("区总工会主席马强表示，", unions=two))["马强"] == ["区总工会主席"]


@pytest.mark.parametrize("text,name", [
    ("镇文化站邀请市博物馆馆员林秋菊为群众讲解文物。", "林秋菊"),  # a dictionary noun in 员 before the name
    ("他紧紧握着巡线员邵国栋的手。", "邵国栋"),  # a work word + 员 (巡线员), 的 after the name
    ("民间艺人卢春生现场演示剪纸技艺。", "卢春生"),  # 艺人 is a title like any trade noun
    ("在一家物流公司工作的职工潘建荣领到补助后很高兴。", "潘建荣"),  # a given name that is a rare entry (建荣)
    ("镇司法所调解员岩温香第一时间赶到现场。", "岩温香"),  # a Dai name: 岩 + given name, no surname
])
def test_job_nouns_before_names(text, name):
    assert name in dict(_people(text))


@pytest.mark.parametrize("text", [
    "推动企业与职工方签订工资专项集体合同。",  # 职工方: the workers' side of a bargain, no surname 方
    "职工方协商代表参加了会议。",
    "全体技术人员占比达到六成。",  # 人员 is staff in general; 占比 no name
    "调解员岩石般坚定地站在那里。",  # 岩石 is a word, no Dai name
])
def test_no_names_from_party_and_staff_nouns(text):
    assert _people(text) == []


def test_bracketed_signature_and_outlet_reporter_are_people():
    sig = Removal("byline", "（长沙市总工会宣传部 龙雅婷）", 9)
    assert dict(_people("正文。", removed=[sig])).get("龙雅婷") == []
    nav = Removal("navigation", "海河记者 石佳怡 通讯员 靳涛", 3)
    got = dict(_people("正文。", removed=[nav]))
    assert got.get("石佳怡") == ["记者"] and got.get("靳涛") == ["通讯员"]
    assert not _people("正文。", removed=[Removal("byline", "（市总工会宣传部 供稿）", 9)])


@pytest.mark.parametrize("text,name", [
    ("环卫工人泮海燕笑着说。", "泮海燕"),  # rare surnames that open no common word: 泮, 琚, 庹, 戢
    ("公司的琚立新、车间的邓伟分获二、三名。", "琚立新"),
    ("“我们有底气了。”庹建民说，", "庹建民"),
    ("区总工会常务副主席戢晓东表示，", "戢晓东"),
    ("参加协商的职工代表暴志刚说，", "暴志刚"),  # 暴 opens words (暴雨): its pair with the given name must be none
    ("区总工会副主席贝晓峰介绍，", "贝晓峰"),  # 贝 and 明 are common words: a title before them says a name
    ("工作室领衔人、全国技术能手明志远带领青年骨干攻关。", "明志远"),
    ("景区导游黄秋燕在仪式上说：", "黄秋燕"),  # role nouns before a name: 导游, 师傅, 青年, 裁判, 员工
    ("是我的师傅吕德胜跟我说，", "吕德胜"),
    ("返乡创业青年刘子恒则谈到了种植新方法。", "刘子恒"),
    ("国家一级裁判方文静宣誓。", "方文静"),
    ("台籍员工江佳蓉已在昆山工作11年。", "江佳蓉"),
    ("县电力公司职工汤新民年初确诊重病，", "汤新民"),  # a time word closes the subject: a given name that is a word
    ("市一医院护士张丽华、县二中教练王红霞等12人获此殊荣。", "王红霞"),  # 等N人 closes a list of people
])
def test_batch_19_and_20_names(text, name):
    assert name in dict(_people(text))


@pytest.mark.parametrize("text", [
    "他明确说，要把好事办好。",  # 明, 贝 and 暴 as words, no surnames
    "暴雨说来就来。",
    "青年文明号创建活动启动。",  # a word after 青年 and 员工, no name
    "员工关爱活动持续开展。",
    "员工满意度明显提升。",
    "职工幸福感今年又有提升。",
    "裁判文书公开。",
])
def test_batch_19_and_20_no_names(text):
    assert _people(text) == []


def test_unit_and_job_title_of_a_job_noun_in_yuan():
    got = dict(_people("中通快递分部快递员訾朝阳、顺丰速运偃师营业部收派员蒯红霞等12人获此殊荣。"))
    assert got["蒯红霞"] == ["顺丰速运偃师营业部收派员"]  # the whole job word after the unit, not 派员
    assert dict(_people("邀请县图书馆馆员秦雪梅为职工讲课。"))["秦雪梅"] == ["县图书馆馆员"]
    assert dict(_people("他握着瞭望员孟繁荣的手说："))["孟繁荣"] == ["瞭望员"]  # prose before the job: no unit


def test_place_word_in_a_lone_author_slot_is_a_pen_name():
    pen = Removal("page_header", "发布时间：2024-04-24 来源：热点网 作者：江南 点击：88次", 1)
    assert "江南" not in dict(_people("正文。", removed=[pen]))
    person = Removal("page_header", "发布时间：2024/09/12 来源：区总工会 作者：于洋 浏览：(452)", 1)
    assert "于洋" in dict(_people("正文。", removed=[person]))


def test_bare_group_union_resolves_to_the_one_full_group_union():
    one = [Union("南昌局集团公司工会"), Union("中国铁路南昌局集团有限公司工会"), Union("向塘机务段工会")]
    got = dict(_people("2月5日，集团公司工会主席邹晓峰一行来到福州机务段。", unions=one))
    assert got["邹晓峰"] == ["中国铁路南昌局集团有限公司工会主席"]
    two = [Union("甲集团有限公司工会"), Union("乙集团有限公司工会")]  # two groups: left as written
    assert dict(_people("集团公司工会主席邹晓峰表示，", unions=two))["邹晓峰"] == ["集团公司工会主席"]


def test_prose_cut_before_a_title_and_address_words_are_no_surnames():
    got = dict(_people("采取授课的方式，邀请安徽省技术能手、铜陵市劳动模范檀国平授课。"))
    assert got["檀国平"] == ["安徽省技术能手", "铜陵市劳动模范"]  # 邀请 cuts though its 请 opens 请安
    assert _people("设备一停就是损失，劳模师傅一来，半天就找到了毛病。") == []  # 师傅一: 师傅 is an address


def test_regional_surnames_that_open_words():
    got = dict(_people("枞阳县总工会主席疏文斌介绍，", "泸水市总工会常务副主席密建华表示，", "编辑部的工作很密切。"))
    assert "疏文斌" in got and "密建华" in got
    assert not any(n.startswith("密切") for n in got)


def test_he_surname_only_between_a_title_and_a_verb_of_speech():
    got = dict(_people("州总工会副主席和丽萍表示，将持续开展活动。"))
    assert got["和丽萍"] == ["州总工会副主席"]
    assert _people("组织职工和家属参加活动，各单位负责人和企业代表表示支持。") == []


def test_byline_second_names_and_photo_credit():
    line = Removal("byline", "本报记者 赵一鸣 通讯员 柴秀兰 李朋", 1)
    got = dict(_people("正文。", removed=[line]))
    assert {"赵一鸣", "柴秀兰", "李朋"} <= set(got)
    head = Removal("page_header", "发布时间：2024-11-20 文：毛丽君 图：胡斌 编辑：沃琳", 1)
    assert {"毛丽君", "胡斌", "沃琳"} <= set(dict(_people("正文。", removed=[head])))


def test_bracketed_note_name_before_office_and_joined_de_names():
    assert "仝文博" in dict(_people("市总工会副主席（挂职）仝文博表示，"))
    got = dict(_people("常务副主席蓝凤英和县城市管理局覃志勇副局长将物资送到。"))
    assert got["覃志勇"] == ["县城市管理局副局长"]
    assert "施国强" in dict(_people("新建镇的施国强和东方镇的楼晓东获得二等奖。"))


def test_tibetan_names_and_address_forms():
    assert "泽仁多吉" in dict(_people("钢筋工泽仁多吉说，"))
    assert "索南卓玛" in dict(_people("画师索南卓玛代表会员发言。"))
    assert _people("环卫工人黄妈妈笑着说，") == []


def test_surname_fu_only_in_a_strong_context():
    """扶 opens words (扶贫, 扶持): a surname only in a byline slot, after a title or before a speech verb."""
    got = dict(_people("正文。", removed=[Removal(kind="byline", text="作者：扶敏")]))
    assert "扶敏" in got
    assert not _people("市总工会扶持困难职工创业", "开展扶贫帮困活动")


# --- batches 23-27: non-Han names outside title slots, lists, rare surnames, occupation nouns -----------------

def _names(*body, removed=()):
    return set(dict(_people(*body, removed=list(removed))))


def test_mongolian_and_tibetan_names_by_their_elements():
    """A Mongolian or Tibetan name has no surname: it is read from its name elements in every slot a Han name gets."""
    assert _names("旗总工会常务副主席乌力吉表示，今年以来…") == {"乌力吉"}
    assert "巴图孟和" in _names("刚送完一单外卖的骑手巴图孟和停好电动车，")  # not the Han reading 巴图孟
    assert "巴图孟" not in _names("刚送完一单外卖的骑手巴图孟和停好电动车，")
    assert _names("县总工会主席乌力吉巴图和部分乡镇工会主席座谈。") == {"乌力吉巴图"}
    assert _names("经审会主任斯琴出席会议。") == {"斯琴"}
    assert _names("冶炼班班长那日苏带着组员检查。") == {"那日苏"}
    assert _names("副主席赵海峰、敖登格日乐、长孙伟出席。") == {"赵海峰", "敖登格日乐", "长孙伟"}
    assert _names("环卫工人扎西平措、尼玛次仁亲切交谈。") == {"扎西平措", "尼玛次仁"}
    assert "尼玛次仁" in _names("尼玛次仁说：“工资按时发。”")
    assert "额尔敦巴雅尔" in _names("会上，额尔敦巴雅尔当选为市总工会主席。")
    # negatives: a name element alone in running text, or a place that opens with one, is no person
    assert _names("呼和浩特市总工会召开会议。") == set()
    assert _names("乌兰察布市开展送温暖活动。") == set()
    assert _names("天空飘来乌云，工人们加快了进度。") == set()


def test_lists_with_non_han_names_and_before_counts():
    got = _names("额尔敦巴雅尔当选为市总工会主席，包红梅、乌云其木格、晁立新、那顺乌日图（兼职）当选为副主席。")
    assert {"包红梅", "乌云其木格", "晁立新", "那顺乌日图"} <= got
    assert _names("为参与救援的苏卫国、冉家宝、铁木尔3名骑手颁发证书。") == {"苏卫国", "冉家宝", "铁木尔"}
    assert _names("省总工会副主席麴红梅、马福祥、尕藏才让分别主持会议。") == {"麴红梅", "马福祥", "尕藏才让"}
    assert _names("副主席沙马木呷、钟晓峰参加慰问。") == {"沙马木呷", "钟晓峰"}


def test_context_surnames_only_in_strong_slots():
    """母 刀 禄 陇 危 那 are common characters: names after a title, in a list with a confirmed name, in a byline."""
    assert _names("宜宾市总工会主席母德华带队调研。") == {"母德华"}
    assert _names("区茶叶行业工会联合会主席刀玉梅就工资问题发言。") == {"刀玉梅"}
    assert _names("常务副主席陇光荣一行到威宁调研。") == {"陇光荣"}
    assert _names("县总工会主席禄永华陪同调研。") == {"禄永华"}
    assert _names("正文。", removed=[Removal("editor_line", "责任编辑：危佳琪", 9)]) == {"危佳琪"}
    assert {"那春艳", "关明宇"} <= _names("佟宝林当选为主席，那春艳、关明宇当选为副主席。")
    # negatives: the same characters in running text
    assert _names("母亲节前夕，工会为女职工送去鲜花。") == set()
    assert _names("危险化学品企业要落实安全责任。", "陇南市开展技能竞赛。", "刀具车间完成改造。") == set()
    assert _names("在那里、那些地方，职工们忙碌着。") == set()


def test_yi_names_with_function_characters():
    assert _names("昭觉县委副书记、县总工会主席俄的拉哈介绍，") == {"俄的拉哈"}
    line = Removal("byline", "凉山日报全媒体记者 马海阿支 通讯员 勒格伍各", 2)
    assert {"马海阿支", "勒格伍各"} <= _names("正文。", removed=[line])
    assert _names("副主席吉克阿依各自带队走访。") == set()  # (各自: 各 opens a word after the name)


def test_long_dotted_names_and_award_list_lines():
    lines = ["阿卜杜热依木·买买提(维吾尔族)　疏勒县人民医院急诊科主任",
             "赵德胜　塔里木油田公司喀什勘探开发项目部钻井队队长",
             "热孜万古丽·吐尔逊(女,维吾尔族)　伽师县新梅产业园区工会主席",
             "隗建平　叶城县农村公路养护站站长",
             "吾斯曼江·肉孜(维吾尔族)　国网喀什供电公司巴楚县供电分公司运维班班长"]
    got = _names(*lines)
    assert got == {"阿卜杜热依木·买买提", "赵德胜", "热孜万古丽·吐尔逊", "隗建平", "吾斯曼江·肉孜"}
    assert "帕提古丽·吾守尔" in _names("经审会主任帕提古丽·吾守尔出席大会。")
    # a lone name + unit line is no list
    assert _names("赵德胜　塔里木油田公司钻井队队长") == set()


def test_staff_slots_hold_names_without_a_surname():
    head = Removal("page_header", "2025-01-10 11:02 来源：呼和浩特日报 作者：娜仁高娃 浏览：1206", 2)
    assert "娜仁高娃" in _names("正文。", removed=[head])
    assert "额尔德木图" in _names("正文。", removed=[Removal("editor_line", "责任编辑：额尔德木图", 9)])
    assert "米娜瓦尔" in _names("正文。", removed=[Removal("editor_line", "编辑:米娜瓦尔", 9)])
    assert "郭静" in _names("正文。", removed=[Removal("page_header", "责编：秦梦楠 | 审核：王海鹏 | 监审：郭静", 2)])
    # a department after a poster label, and a forum handle made of two common words, are no people
    assert _names("正文。", removed=[Removal("page_header", "发布时间：2025-11-06 发布人：宣传股 阅读次数：721", 2)]) == set()
    assert _names("正文。", removed=[Removal("page_header", "發佈者:梅花香 時間:2024-05-09 21:17", 2)]) == set()
    assert "吴静" in _names("正文。", removed=[Removal("page_header", "发布者:吴静 时间:2024-05-09", 2)])


def test_occupation_nouns_and_verbs_after_names():
    assert _names("经过激烈角逐，一家农机合作社的操作手于洪波获得第一名。") == {"于洪波"}
    assert _names("六马镇绣娘韦兰芬获得一等奖。") == {"韦兰芬"}
    assert _names("”养殖户顾长根说。") == {"顾长根"}
    assert _names("在渔排上务工的渔工母德全说。") == {"母德全"}
    assert _names("县总工会主席宁国栋勉励学子们珍惜机会。") == {"宁国栋"}
    # negatives: a verb after an occupation noun, a verb and its object after a people noun
    assert _names("他从一名普通农机手成长为种粮大户。") == set()
    assert _names("发动职工查隐患、提建议。") == set()


def test_unit_name_count_and_introduced_names():
    assert _names("经评委打分，化学化工学院殷雨桐等4名教师获得一等奖。") == {"殷雨桐"}
    assert _names("冯岩是国网虎林市供电公司的高级技师，先后获得荣誉。") == {"冯岩"}
    assert _names("受助学生代表、被大学录取的刘思雨动情地说：“谢谢。”") == {"刘思雨"}
    # negatives: a word before 是, a plain people noun at the clause's end
    assert _names("关键是要发挥工会主席的作用。") == set()
    assert _names("张明是一名普通职工。") == set()


def test_a_two_character_name_after_a_de_phrase_and_a_full_names_address():
    """考入…大学的X同学, 来自…的X同志: the address after a full name makes a two-character run after 的 a name."""
    assert _names("奖学金代表、考入某某师范大学的吴倩同学发言。") == {"吴倩"}
    assert _names("来自某某机械厂的韩冰同志介绍了经验。") == {"韩冰"}
    # negatives: a group's address, a word it opens, a word before it
    assert _names("参加活动的全体同学们表示感谢。") == set()
    assert _names("毕业班的高中同学会聚一堂。") == set()
    assert _names("市总工会的有关同志参加会议。") == set()


def test_rare_surnames_that_open_words():
    """虢, 俸, 蒿, 贡 are surnames (贡献, 俸禄, 蒿草 are words): a name where the surname pair is no word."""
    assert _names("参加拉坯成型比赛的青年职工虢鹏飞说。") == {"虢鹏飞"}
    assert _names("耿马县总工会主席俸志明介绍,全县今年建立职工之家6个。") == {"俸志明"}
    assert _names("大武口区总工会副主席貢建平到会指导。") == {"貢建平"}
    assert "蒿晓峰" in _names("正文。", removed=[Removal("byline", "本报记者 韩雪 通讯员 蒿晓峰", 2)])
    # negatives: the same characters opening words
    assert _names("职工贡献了力量，主席贡献突出。", "向官员发放俸禄。", "职工蒿草丛中作业。") == set()


def test_expert_and_streamer_nouns_before_a_name_and_any_verb():
    """专家/主播/讲师/教练/老师 + a name, whatever verb follows (专家車永華現場授課, 主播秦雨桐正在直播, 授课老师唐晓梅是)."""
    assert _names("省級農業技術專家車永華現場授課，圍繞木耳菌包製作講解。") == {"車永華"}
    assert _names("在直播基地，主播秦雨桐正在直播带货。") == {"秦雨桐"}
    assert _names("农业专家王永华授课。", "教练李刚指导队员训练。") == {"王永华", "李刚"}
    assert _names("授课老师唐晓梅是市总工会职工艺术团的摄影骨干。她说，职工喜欢拍视频。") == {"唐晓梅"}
    assert _names("音乐老师李娜说，孩子们很开心。") == {"李娜"}


def test_woman_worker_before_a_name():
    """女工/女职工 + a name (女工朴英姬向律师咨询): a plain people noun, the name must read as one on its own; 女 before
    a role opening with 工 keeps that role (女工程师李华)."""
    assert _names("在一家海产品加工企业，女工朴英姬向律师咨询产假待遇问题。") == {"朴英姬"}
    assert _names("女职工张丽说，很满意。") == {"张丽"}
    assert _names("女工程师李华介绍说，很好。", "女工人王芳说，很好。") == {"李华", "王芳"}
    assert _names("女职工关爱室建成。", "保障女工权益。", "女工周期性体检。", "女职工代表大会召开。") == set()
    # negatives: a verb or noun after the role that opens with a surname character
    assert _names("邀请专家解读政策，专家包村服务。", "专家宣讲团走进企业，主播带货。", "专家马上到。") == set()
    assert _names("老师高兴地说，大家都很好。", "各位老师和同学们参加活动。", "老师傅带徒弟。") == set()


def test_adverbs_after_a_name_and_co_verbs_before_speech():
    """的 + name + an adverb (李秀兰当场和企业签订); a name + V着 … 说 (宗晓冬拿着刚借到的书说)."""
    assert _names("刚从广东返乡的李秀兰当场和企业签订了就业意向书。") == {"李秀兰"}
    assert _names("在口岸从事报关工作的宗晓冬拿着刚借到的《边疆史话》说，书屋很近。") == {"宗晓冬"}
    assert _names("王晓冬指着展板说：“这是我们的成果。”") == {"王晓冬"}
    # negatives: no name after 的, a word before 着, a form of address, no verb of speech in the clause
    assert _names("工会组织的关怀当场送到职工手中。") == set()
    assert _names("，高举着旗帜说，", "王师傅拿着扳手说：“好。”") == set()
    assert _names("在车间工作的王晓冬拿着工具，走向机床。") == set()


def test_rare_surnames_zhan_and_cun_in_strong_slots():
    """展 and 寸 (a Bai surname) are common characters: names after a title or before a verb of speech only."""
    assert _names("桦南县总工会主席展宏伟说，服务队已开展服务6次。") == {"展宏伟"}
    assert _names("县总工会主席寸立华说，培训很实用。") == {"寸立华"}
    # negatives: the same characters in running text
    assert _names("县总工会展开调研，展示成果。", "职工展现风采。") == set()
    assert _names("寸土寸金的园区里建起了职工驿站。") == set()


def test_farm_owners_and_masters_before_a_name():
    """种粮大户/养殖大户 and 大师 stand before a name like 养殖户 and 技能大师 (种粮大户孔祥福说, 大师寸立华授课)."""
    assert _people("种粮大户孔祥福说：“心里就有底了。”") == [("孔祥福", ["种粮大户"])]
    assert _names("养殖大户王春生介绍了经验。") == {"王春生"}
    assert _names("培训邀请云南省工艺美术大师寸立华授课,围绕木雕构图进行讲解。") == {"寸立华"}
    assert _names("大师王立华现场示范。") == {"王立华"}
    # negatives: the nouns before a verb or a word
    assert _names("种粮大户增收明显，养殖大户成长为骨干。") == set()
    assert _names("举办技能大师班开班仪式。", "工艺美术大师工作室揭牌。") == set()


def test_a_quoted_term_is_no_recurring_subject():
    """A term the page quotes (“杨梅季”) that opens clauses is no person, though it reads like a name."""
    body = ("仙居县总工会设立“杨梅季”职工服务点，提供饮水服务。",
            "主席应晓军在服务点现场说，杨梅季用工集中、劳动强度大。")
    assert "杨梅季" not in _names(*body)
    # the same kind of opening without quotes still makes a recurring subject
    assert "杨建华" in _names("杨建华在车间里忙碌。", "今年，杨建华带着徒弟攻关。")


@pytest.mark.parametrize("text, name", [
    ("县总工会党组书记、主席蔺向东出席并讲话。", "蔺向东"),       # a given name opening with 向
    ("市总工会副主席李向阳介绍了有关情况。", "李向阳"),
    ("高级工艺美术师茆春林说，这门手艺要传下去。", "茆春林"),      # 茆, a Jiangsu surname
    ("红木雕刻工零振华凭借作品获奖。零振华说，", "零振华"),        # 零, a Zhuang surname, in a strong slot
    ("县总工会副主席矫玉梅表示，", "矫玉梅"),                      # 矫 after a title
])
def test_xiang_given_names_and_more_regional_surnames(text, name):
    assert name in [n for n, _ in _people(text)]


@pytest.mark.parametrize("text", ["李明向职工讲解政策。", "零星分布的小微企业也建起了工会。", "矫正错误做法，规范用工行为。",
                                  "律师向东方公司说明了有关规定。"])
def test_the_preposition_and_common_words_give_no_name(text):
    assert not any(n.endswith("向") or n[:1] in "零矫" or "向东" in n for n, _ in _people(text))


@pytest.mark.parametrize("text, name", [
    ("“这样的机会难得。”省级劳动模范、某化工厂高级技师刘爱社说。", "刘爱社"),  # 社 closing a given name
    ("镇总工会副主席王兴社出席了座谈会。", "王兴社"),
])
def test_she_given_names_of_the_commune_years(text, name):
    assert name in [n for n, _ in _people(text)]


@pytest.mark.parametrize("text", ["报社记者李明社区走访时了解到，", "记者从新华社获悉，", "负责人张华公社旧址参观。"])
def test_she_still_ends_organs_and_words(text):
    assert not any(n.endswith("社") or n.endswith("公") for n, _ in _people(text))


@pytest.mark.parametrize("text, found", [("县总工会副主席宦丽娟表示，", True), ("宦官专权的历史", False),
                                         ("清代宦海沉浮", False), ("仕宦之家", False)])
def test_the_surname_huan_only_where_it_opens_no_word(text, found):
    assert ("宦丽娟" in [n for n, _ in _people(text)]) is found and all(n[:1] != "宦" or n == "宦丽娟" for n, _ in _people(text))


# --- batch 37 ------------------------------------------------------------------------------------------------

def _names37(body: list[str], removed: list[Removal] = ()) -> list[str]:
    return [p.name for p in find_people(Article(id="t", title="标题", body=body, removed=list(removed)))]


def test_review_credits_and_space_padded_names_are_people():
    line = Removal(kind="editor_line", text="责任编辑:石朝阳  二审:潘晓  三审:蒙思远  终审:杨 波")
    got = _names37(["职工们参加了活动。"], [line])
    assert {"石朝阳", "潘晓", "蒙思远", "杨波"} <= set(got)
    assert "二审" not in got and "杨" not in got


def test_kham_tibetan_name_parts_in_editor_slots():
    got = _names37(["职工们参加了活动。"], [Removal(kind="editor_line", text="编辑:格绒")])
    assert got == ["格绒"]
    assert _names37(["职工们参加了活动。"], [Removal(kind="editor_line", text="编辑:工作")]) == []


def test_rare_surname_ba_after_a_title_but_not_the_preposition():
    assert _names37(["工会常务副主席把永明带领慰问组走访职工。"]) == ["把永明"]
    assert _names37(["工会主席把工作做细,把关口前移,把握重点。"]) == []
    assert _names37(["罗田县总工会工作人员把西瓜送到职工手中。"]) == []  # a common word after the preposition
    assert _names37(["书记把王强叫到身边。"]) == []  # a person's name after the preposition


# --- batch 39 ------------------------------------------------------------------------------------------------

def test_surnames_zi_and_xu_only_in_a_strong_slot():
    assert _names37(["县总工会主席续长河详细询问职工的收入。"]) == ["续长河"]
    assert _names37(["工会继续开展帮扶,职工续签合同。"]) == []
    line = Removal(kind="byline", text="衡阳日报讯(记者 雷明辉 通讯员 资兴华)")
    assert _names37(["职工们参加了活动。"], [line]) == ["雷明辉", "资兴华"]
    assert _names37(["工会筹集资金帮扶职工,资助困难学生。"]) == []


def test_surname_yuan_only_right_after_a_title():
    assert _names37(["开发区管委会副主任原志强陪同调研。"]) == ["原志强"]
    assert _names37(["工会主席原来是一名车工。"]) == []
    assert _names37(["职工原有的工资待遇不变。"]) == []


def test_rare_word_in_an_author_slot_is_the_name():
    page = Removal(kind="page_header", text="发布时间:2024-01-23 来源:郓城县总工会 作者:单红 浏览:773")
    assert "单红" in _names37(["职工们参加了活动。"], [page])
    common = Removal(kind="page_header", text="发布时间:2024-01-23 来源:郓城县总工会 作者:焦点 浏览:773")
    assert "焦点" not in _names37(["职工们参加了活动。"], [common])


def test_award_list_with_a_rare_surname_and_a_sex_note():
    body = ["邸海军  禹城市市场监督管理局综合执法大队队长", "俎文秀(女) 乐陵市朱集镇卫生院护士长"]
    assert _names37(body) == ["邸海军", "俎文秀"]
    assert _names37(["俎上肉  任人宰割的处境"]) == []  # one line alone is no list


def test_a_name_ends_before_a_verb_its_last_character_would_open():
    """杨帆拿到: 帆拿 is no word, 拿到 is a verb, and 杨帆 is a name, so the name ends before the verb."""
    assert _names37(["外卖骑手杨帆拿到工会会员卡。"]) == ["杨帆"]
    assert _names37(["外卖骑手杨帆领到工会会员卡。"]) == ["杨帆"]
    assert _names37(["外卖骑手杨帆领取了会员卡。"]) == ["杨帆"]
    # no verb across the end: the three-character name stays whole
    assert _names37(["工会主席李明华拿到奖杯。"]) == ["李明华"]
    assert _names37(["外卖骑手王建国来到驿站。"]) == ["王建国"]


def test_rare_surname_zi_in_a_review_credit():
    line = Removal(kind="editor_line", text="编辑:柏露\n审核:资文涛")
    assert {"柏露", "资文涛"} <= set(_names37(["职工们参加了活动。"], [line]))


def test_a_name_before_a_speech_verb_keeps_its_last_character():
    """杨光明说: 明说 is a verb too, but 说 follows names, so the three-character name stands."""
    assert _names37(["一家刺绣企业负责人杨光明说,企业订单多。"]) == ["杨光明"]


def test_a_rare_verb_entry_does_not_cut_a_name():
    """强到 is a rare entry of jieba's dictionary: 阚志强 stays whole before 到会."""
    assert _names37(["省总工会副主席阚志强到会祝贺。"]) == ["阚志强"]


@pytest.mark.parametrize("text, name", [
    ("在驿站里，外卖骑手王磊刚送完一单，顺手拿了一瓶冰水。", "王磊"),   # 刚 + a verb + 完: just done
    ("外卖骑手王磊刚才送完一单。", "王磊"),                             # an adverb word jieba lists
    ("外卖骑手王磊正在送餐。", "王磊"),
])
def test_an_adverb_after_a_two_character_name_is_no_given_character(text, name):
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize("text, name", [
    ("会议由公司工会主席刘志刚主持。", "刘志刚"),     # 刚 a given character before a word that follows names
    ("钢筋工黄志勇刚从作业面下来。", "黄志勇"),
    ("外卖骑手刘志刚送来一单。", "刘志刚"),           # no 完: no completed action, the long reading stays
    ("骑手刘志刚拿着奖状说。", "刘志刚"),
])
def test_names_ending_in_an_adverb_character_stay_whole(text, name):
    assert [n for n, _ in _people(text)] == [name]


def test_a_name_right_after_a_unions_department():
    got = _people("活动联系人：市总工会劳动保护部黄志强，联系电话：0736-7252316。",
                  unions=[Union("常德市总工会", "市总工会")])
    assert got == [("黄志强", ["常德市总工会劳动保护部"])]


@pytest.mark.parametrize("text", [
    "市总工会俱乐部开展活动，",                 # no name after the department word
    "市总工会网络工作部负责，",                 # a word, not a name
    "市总工会的宣传部门介绍，",
])
def test_no_name_after_a_unions_department(text):
    assert _people(text, unions=[Union("常德市总工会", "市总工会")]) == []


def test_a_quotation_then_a_de_phrase_names_its_speaker():
    """The clause right after a quotation, no verb of speech: the person named after its 的-phrase spoke."""
    got = _people("“手套厚实，保温杯也好用，冬天扫街再也不怕冻手了。”从事环卫工作11年的王秀兰拿着暖心包，笑得合不拢嘴。")
    assert [n for n, _ in got] == ["王秀兰"]


def test_a_quotation_then_a_de_phrase_names_its_speaker_before_a_later_de():
    """The clause's verb phrase holds a 的 of its own: the name after the 的-phrase that opens it is still found."""
    got = _people("“下班就能接孩子，方便多了。”在一家物流公司上班的李秀梅一早就把读二年级的女儿送到了托管点。")
    assert [n for n, _ in got] == ["李秀梅"]


@pytest.mark.parametrize("text", [
    "“很好。”工会组织的关怀送到了心坎上。",        # the given name a word, the object of the clause
    "“很好。”我们的工作得到了认可。",
    "“很好。”大家的积极性提高了。",
])
def test_a_de_phrase_after_a_quotation_naming_no_one(text):
    assert _people(text) == []


@pytest.mark.parametrize("text", ["环卫工人起早贪黑、风雨无阻。", "劳模任劳任怨，扎根一线。"])
def test_an_idiom_after_a_role_is_no_name(text):
    assert _people(text) == []


def test_a_name_that_opens_no_idiom_after_a_role_stays():
    assert [n for n, _ in _people("环卫工人任劳说，很好。")] == ["任劳"]


@pytest.mark.parametrize("text,name,titles", [
    ("在纺织厂工作的市级劳模李秀兰深有感触。", "李秀兰", ["市级劳模"]),  # a set phrase (jieba's l) as the predicate
    ("全国劳模刘桂芳兢兢业业干了三十年。", "刘桂芳", ["全国劳模"]),  # an idiom (jieba's i)
])
def test_a_name_before_an_idiom_after_a_role(text, name, titles):
    assert (name, titles) in _people(text)


def test_a_joining_adverb_after_a_two_character_name_is_no_given_character():
    assert "王刚却" not in [n for n, _ in _people("技师王刚却认真地检查每个零件。")]


@pytest.mark.parametrize("body,expected", [
    # after a plain people noun, a surname pair that is a proper noun (黄海, a sea) before a name-like given name,
    # closed by a verb of speech
    (("队员黄海燕说：“团队的凝聚力更强了。”",), [("黄海燕", ["队员"])]),
    # a subject after 来自…的 that a time word follows
    (("来自陵城区的王雨萱今年考上了一所大学。",), [("王雨萱", [])]),
    # a quoted honorific right before the name titles the person
    (("“工会法律明白人”王丽萍正在为职工讲解法律知识。",), [("王丽萍", ["工会法律明白人"])]),
])
def test_names_in_strong_slots(body, expected):
    assert _people(*body) == expected


@pytest.mark.parametrize("body", [
    ("职工江西人说：“工会帮了大忙。”",),  # a place and 人: where one comes from, no name
    ("职工高兴地说：“工会帮了大忙。”",),  # an everyday word after the people noun
    ("来自全市的高技能人才今年参加比赛。",),  # 来自…的 before a noun phrase
    ("“新农人”同台竞技，“职工之家”全覆盖。",),  # a word, not a name, after a quoted honorific
    ("获得中式面点师项目一等奖的职工参加。",),  # a numeral's 等 of a prize's grade ends no name (项目一)
    ("他荣立三等功。",),
])
def test_look_alikes_of_strong_slots_name_nobody(body):
    assert _people(*body) == []


def test_editor_line_word_name_beside_another_named_slot():
    """编辑：高原　审核：王振: a roster of slots, one holding a plain name, makes a word-name (高原) in another a name;
    alone, a word in an editor slot stays out (责任编辑：焦点)."""
    from unionkit.record import Meta

    def staff(line, editor):
        a = Article(id="t", title="标题", body=["正文。"], captions=[], removed=[Removal("editor_line", line, 3)])
        return [p.name for p in find_people(a, meta=Meta(editor=editor))]

    assert staff("编辑：高原　审核：王振", "高原") == ["高原", "王振"]
    assert staff("责任编辑：高原", "高原") == []
    assert staff("编辑：高原　审核：记者", "高原") == []
    # the other slot's name opens with no listed surname (a Mongolian name), as a reporter's slot reads it
    assert staff("记者：乌兰图雅　编辑：高原", "高原") == ["高原", "乌兰图雅"]


@pytest.mark.parametrize("body", [
    "对符合条件的选手晋升相应职业技能等级。",    # 晋升: a verb jieba's dictionary tags as a name (566 nr)
    "对获奖选手荣获的称号予以确认。",
    "参赛选手晋级决赛。",
])
def test_verbs_the_dictionary_tags_as_names_are_no_names_after_a_role(body):
    """A verb right after a role (选手晋升相应…) is the verb, not a surname (晋) and a given name (升)."""
    assert _people(body) == []


@pytest.mark.parametrize("body, name", [
    ("选手王强晋升为技师。", "王强"),        # the verb takes the character a three-character reading would end with
    ("选手张伟晋升为高级技师。", "张伟"),
    ("选手李强晋升相应职业技能等级。", "李强"),
    ("选手王芳荣获一等奖。", "王芳"),
    ("选手高峰获得一等奖。", "高峰"),        # a name the dictionary lists (高峰) before another verb stays
    ("律師陳怡君主講勞動法。", "陳怡君"),    # a last given character opening no verb keeps the long reading
    ("主席卢静宣读决定。", "卢静"),
])
def test_real_names_next_to_the_same_verbs(body, name):
    assert [n for n, _ in _people(body)] == [name]


@pytest.mark.parametrize("body, name", [
    ("工会律师团成员、达鑫律师事务所律师罗成现场为群众解答法律问题。", "罗成"),   # a word of the scene (现场)
    ("律師羅成現場解答職工提出的問題。", "羅成"),
    ("律师罗成当场拟写了仲裁申请书。", "罗成"),
    ("律师罗成亲自为职工代写诉状。", "罗成"),     # an adverb jieba tags d
    ("律师王志刚现场解答。", "王志刚"),            # a three-character name before the same word
])
def test_a_two_character_name_after_a_title_before_an_adverb_of_the_scene(body, name):
    assert [n for n, _ in _people(body)] == [name]


@pytest.mark.parametrize("body, name", [
    ("工作站律师何秀代理此案，多次组织调解。", "何秀"),   # a two-character name before a lawyer's verb
    ("律师罗成承办该案后，多次走访取证。", "罗成"),
    ("律師陳怡承辦該案。", "陳怡"),
    ("律师王志刚代理此案。", "王志刚"),
])
def test_a_name_after_a_title_before_a_lawyers_verb_of_taking_a_case(body, name):
    assert [n for n, _ in _people(body)] == [name]


@pytest.mark.parametrize("body", ["律师现场解答问题。", "选手现场比拼技能。", "职工当场签订合同。"])
def test_an_adverb_of_the_scene_right_after_a_role_names_nobody(body):
    assert _people(body) == []


def test_a_forum_posters_handle_is_no_person():
    """The author of a forum thread whose name opens the poster's profile block (寧江風離線) is an account."""
    from unionkit.record import Meta

    def people(removed):
        a = Article(id="t", title="标题", body=["正文。"], captions=[], removed=removed)
        return [p.name for p in find_people(a, meta=Meta(author="寧江風"))]

    assert people([Removal("user_profile", "寧江風離線", 3), Removal("user_profile", "級別: 論壇版主", 4)]) == []
    # look-alikes: the same author without the profile block, and a profile block naming someone else
    assert people([]) == ["寧江風"]
    assert people([Removal("user_profile", "渤海老铁 当前离线", 3)]) == ["寧江風"]


@pytest.mark.parametrize("body", [
    "江津地处长江上游，沿江分布着企业60余家。",  # 处长 + 江上游: 长江上游 runs through the name
    "该市地处长江流域，水运便利。",
    "地处长江中游，交通便利。",  # the rest of the name a word of position (中游)
    "企业多在长江沿岸，处长江沿岸一带。",
    "江津地處長江上游，沿江分佈著企業。",  # traditional script
])
def test_no_name_cut_out_of_a_rivers_name_after_an_accidental_role(body):
    """地处长江上游: 处长 is an accident of the characters, and 长江 (a place word) runs through the name after it."""
    assert _people(body) == []


@pytest.mark.parametrize("body,name", [
    ("院长江文说，医院将扩建。", "江文"),  # 长江 opens there, but 长江文 is no word
    ("处长江涛表示，将加快进度。", "江涛"),
    ("队长黄河清说，大家辛苦了。", "黄河清"),  # 长黄 is no place word
    ("院长江海洋说，医院将扩建。", "江海洋"),  # 海洋 is no word of position
])
def test_a_name_after_a_role_that_only_opens_a_place_word_stays(body, name):
    assert name in [n for n, _ in _people(body)]


def test_four_character_name_does_not_take_the_end_of_a_longer_role():
    """理事长 before a three-character name is one role: its 长 opens no four-character name (长某某某), in
    either script."""
    assert _people("建筑业总工会理事长周国栋表示，今年将举办培训。") == [("周国栋", ["建筑业总工会理事长"])]
    assert _people("建築業總工會理事長周國棟表示，今年將舉辦培訓。") == [("周國棟", ["建築業總工會理事長"])]


def test_speech_speaker_under_the_subtitle():
    """A speech page's speaker line under its subtitle (——在…上的讲话), removed with it, names the speaker."""
    removed = [Removal("navigation", "——在区总工会三届二次全委会议上的讲话", 9),
               Removal("navigation", "区总工会党组书记、主席　吴晓东", 10)]
    got = _people("同志们：这次会议的任务是总结工作。", removed=removed)
    assert ("吴晓东", ["区总工会党组书记", "区总工会主席"]) in got
    assert _people("同志们：这次会议的任务是总结工作。", removed=removed[1:]) == []


def test_names_credited_in_brackets_closing_a_paragraph():
    """Two names set off by a space in brackets closing a paragraph are its writers' credit (a roundup's item);
    a bracketed note of words is not."""
    got = _people("乙县工会开展宣讲活动，收到线索312条。（张大伟 李红）")
    assert ("张大伟", []) in got and ("李红", []) in got
    assert _people("乙县工会开展宣讲活动。（试行 草案）") == []


def test_names_credited_in_a_removed_bracketed_credit():
    """A roundup item's credit of names alone, removed by the cleaner (（张大伟 李红）), names its writers."""
    removed = [Removal("byline", "（张大伟 李红）", 10)]
    got = _people("乙县工会开展宣讲活动，收到线索312条。", removed=removed)
    assert ("张大伟", []) in got and ("李红", []) in got
