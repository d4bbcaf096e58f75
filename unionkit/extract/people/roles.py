"""Roles and trades a title chain is split into, the words and characters that may follow a name, and the
words that cut an organ's name off the clause before it.
"""

from __future__ import annotations

import re

from ... import recode
from ..wordrx import trie_pattern


# Characters that almost never stand in a given name but constantly follow a surname-like
# character in running text (劳模精神, 主席台就座, 高兴地说).
_NOT_GIVEN = set("的地得了在是与及等们个对向将把被从到说也都又还并而或之其这那该此各每以于着过就座团台会议室席届次位名"
                 "级区县市省镇乡村街路号楼层处科局部委办厅站所队组院校厂司网报社门员记們個對將從說這該於著過會議屆級區縣"
                 "鄉樓層處辦廳隊組網報門員記度"
                 "團臺還與鎮廠號並"  # (the traditional forms of 团台还与镇厂号并: 製茶師傅同臺 as 制茶师傅同台)
                 "仅僅"  # (only: 焊工李明仅用半天, no 李明仅)
                 "已"  # (already: 骑手王磊已在…, no 王磊已)
                 "某")  # (an anonymised name, 陈某 or 王某某, is no name to record: 陈某面对面 gives no 陈某面)


# Roles written right before a name.  Longest first so 党组副书记 wins over 副书记 and 书记.
# The holder of an honour or prize stands there too (全国五一劳动奖章获得者罗永兴: the honour is the title).
_ROLES = sorted(set("""
党组书记 党组副书记 党委书记 党委副书记 党工委书记 党支部书记 支部书记 书记 副书记 党组成员 常务副主席 副主席 主席
秘书长 副秘书长 常委 常务委员 委员 部长 副部长 局长 副局长 厅长 副厅长 处长 副处长 科长 副科长 主任 副主任
常务副主任 总经理 副总经理 经理 董事长 副董事长 总裁 院长 副院长 校长 副校长 所长 站长 队长 班长 组长 县长 副县长
市长 副市长 区长 副区长 省长 副省长 镇长 乡长 村长 会长 副会长 理事长 总工程师 高级工程师 工程师 高级技师 技师
首席技师 劳模 全国劳模 劳动模范 全国劳动模范 工匠 大国工匠 负责人 主持人 巡视员 调研员 总监 厂长 副厂长 馆长
行长 社长 总编辑 教授 记者 通讯员 一级巡视员 二级巡视员 矿长 副矿长
职工 一线职工 工人 农民工 代表 职工代表 党员 志愿者 快递员 外卖员 骑手 司机 民警 交警 辅警 輔警 医生 护士 教师 村民 居民 市民
黨組書記 黨委書記 黨支部書記 書記 副書記 黨組成員 秘書長 副秘書長 部長 副部長 局長 副局長 廳長 處長 科長 總經理
經理 董事長 院長 校長 所長 站長 隊長 班長 組長 縣長 市長 區長 省長 鎮長 鄉長 村長 會長 理事長 工程師 技師 勞模
全國勞模 勞動模範 負責人 廠長 記者 通訊員 委員 職工 工人 黨員 志願者 醫生 護士 教師
理事長 副理事長 常務理事 監事長 總幹事 主任委員 護士長 护士长 干事 幹事 总干事 工会干事 工會幹事
选手 選手 参赛选手 參賽選手 师傅 師傅 老师傅 老師傅 工友 配送员 配送員 驾驶员 駕駛員 律师 律師 法官
传承人 傳承人 非遗传承人 非遺傳承人 技能大师 技能大師 徒弟 渔民 漁民 牧民
理事 求职者 求職者 新郎 新娘 司機 騎手 外賣員
队员 隊員 成员 成員 会员 會員 带头人 帶頭人 领衔人 領銜人
领办人 領辦人 工作人员 工作人員 实习生 實習生 医师 醫師 主任医师 主任醫師 副主任医师 副主任醫師 主治医师 主治醫師
获得者 獲得者 获奖者 獲獎者
艺人 藝人
学生 學生 大学生 大學生 父亲 父親 母亲 母親 丈夫 妻子 儿子 兒子 女儿 女兒 子女 爱人 愛人
港人 澳人 台胞 港胞 澳胞 侨胞 僑胞 华侨 華僑
老板 老闆 家长 家長 庭长 副庭长 庭長 副庭長 审判长 審判長 审判员 審判員 检察官 檢察官 检察长 檢察長
首席技師 首席专家 首席專家 首席操作 首席操作手 首席员工 首席員工
导游 導遊 导游员 導遊員 裁判 裁判员 裁判員 技术能手 技術能手
员工 員工 青年 干部 幹部
工作者 社区工作者 社區工作者 社会工作者 社會工作者
专家 專家 主播 讲师 講師 教练 教練 老师 老師
大师 大師 大师傅 大師傅
标兵 標兵 巾帼标兵 巾幗標兵 岗位标兵 崗位標兵 岗位能手 崗位能手
职工董事 職工董事 职工监事 職工監事 值长 值長 护林员 護林員 学员 學員
女工 女职工 女職工
礦長 副礦長 社長 行長 總裁 館長 總監 副省長 副市長 副縣長 副區長 副科長 副處長 副廳長 副廠長 副會長 副校長 副院長 調研員 巡視員
一級巡視員 二級巡視員 總編輯 副董事長 副總經理 總工程師 高級工程師 高級技師 支部書記 黨組副書記 黨委副書記 黨工委書記
常務委員 常務副主席 常務副主任 大國工匠 全國勞動模範 快遞員 農民工 一線職工 職工代表
""".split()), key=len, reverse=True)


# (its last three lines: the traditional forms of the roles above that differ from them, so that a title chain in
# traditional script splits as in simplified: 是全國勞動模範、高級技師 keeps 高級技師, not 技師)
# 女 before a role that opens with 工 (女工程师, 女工人): the longer role, so that 女工 (a woman worker) does not
# take its 工 and hide the role after it from the scan
_ROLES = sorted(set(_ROLES) | {"女" + r for r in _ROLES if r[0] == "工"}, key=len, reverse=True)


def _gated_trie(words) -> str:
    """trie_pattern(words) behind a look-ahead on its first two characters' classes, when every word has two or
    more: the look-ahead (two set tests) turns away most positions that open with a first character before the
    engine walks the trie's long first branch, one alternative after another (the role scan runs ~30% faster)."""
    words = [w for w in words if w]
    if any(len(w) < 2 for w in words):
        return trie_pattern(words)
    return "(?=[%s][%s])%s" % (re.escape("".join(sorted({w[0] for w in words}))),
                               re.escape("".join(sorted({w[1] for w in words}))), trie_pattern(words))


_SCAN_ROLES = tuple(_ROLES)  # (the roles the scan of _from_text finds; the trades join _ROLES below)
_ROLE_RX = recode.compile(_gated_trie(_SCAN_ROLES))  # standard re over a trie: ~4x faster than the alternation


# Trade job nouns (钢筋工刘志勇, 建筑电工彭丽娟) and legislators (立法會議員): many open with common characters
# (电, 车, 安全, 服务, 立, 议), so they are found from their last character, right before a surname, instead
# of in the trie above (which would stop at every such character).  Masters of kitchens and care (點心師蔡麗萍,
# 育婴师) stand there too, named in skills contests' results.
_TRADES = """议员 議員 立法会议员 立法會議員
分拣员 分揀員 管理员 管理員 图书管理员 圖書管理員 网格员 網格員 送餐员 送餐員 理货员 理貨員 讲解员 講解員 护林员 護林員
钢筋工 鋼筋工 电工 電工 焊工 电焊工 電焊工 木工 瓦工 钳工 鉗工 车工 車工 砌筑工 砌築工 架子工 油漆工 管道工 装卸工 裝卸工
环卫工 環衛工 清洁工 清潔工 保洁员 保潔員 维修工 維修工 修理工 机修工 機修工 装配工 裝配工 操作工 矿工 礦工 采煤工 採煤工
质检员 質檢員 检查员 檢查員 监督员 監督員 安全员 安全員 技术员 技術員 施工员 施工員 调度员 調度員 营业员 營業員 服务员 服務員 保安员 保安員
消防员 消防員 乘务员 乘務員 列车长 列車長 船长 船長
采油工 採油工 数控车工 數控車工 调解员 調解員 人民调解员 人民調解員 学员 學員 工艺师 工藝師 工艺美术师 工藝美術師
农艺师 農藝師 高级农艺师 高級農藝師 畜牧师 畜牧師 兽医 獸醫 收银员 收銀員 售货员 售貨員 快递员 快遞員
缝纫工 縫紉工 厨师 廚師 面点师 麵點師 面點師 烹调师 烹調師 中式烹调师 中式烹調師 汽车维修工 汽車維修工
铣工 銑工 数控铣工 數控銑工 磨工 镗工 鏜工 钣金工 鈑金工 刨工 画师 畫師 培训师 培訓師
值班员 值班員 车站值班员 車站值班員 柜员 櫃員 咨询师 諮詢師 心理咨询师 心理諮詢師 包装工 包裝工 挡车工 擋車工
线路工 線路工 巡线工 巡線工 槽工 电解工 電解工 炉前工 爐前工 窑炉工 窯爐工 酿酒师 釀酒師 酿酒工 釀酒工 调酒师 調酒師
品酒师 品酒師 制茶师 製茶師 茶师 茶師 茶艺师 茶藝師 评茶师 評茶師 评茶员 評茶員 抄表员 抄表員 务工人员 務工人員
点心师 點心師 糕点师 糕點師 面包师 麵包師 麪包師 育婴师 育嬰師 营养师 營養師 保育师 保育師
美容师 美容師 美发师 美髮師 按摩师 按摩師 康复师 康復師
""".split()


# Ranks of a workplace (railway, plant and mine crews: 工长邢国栋说, 值班长, 工段长, 班组长, 领班): found like trades,
# but 工长 also ends a word's 工 (施工长达, 职工长期), so see _rank_in_word.
_WORKPLACE_RANKS = frozenset("""工长 工長 副工长 副工長 值班长 值班長 工段长 工段長 班组长 班組長 领班 領班
作业长 作業長 领工员 領工員""".split())
_TRADES = _TRADES + sorted(_WORKPLACE_RANKS)


# Occupation nouns of farms, workshops and markets (绣娘韦兰芬, 养殖户顾长根, 梅农彭秋菊, 操作手于洪波, 渔工母德全): feature
# stories also write them before a verb (从一名农机手成长为…), so a name after them must not open with a word.
_FARM_TRADES = frozenset("""绣娘 繡娘 织娘 織娘 茶娘 厨娘 廚娘 养殖户 養殖戶 种植户 種植戶 种粮户 種糧戶 种养户 種養戶 农户 農戶 个体户 個體戶
果农 果農 菜农 菜農 茶农 茶農 花农 花農 梅农 梅農 蕉农 蕉農 菇农 菇農 瓜农 瓜農 棉农 棉農 药农 藥農 蔗农 蔗農 椒农 椒農
操作手 机手 機手 农机手 農機手 飞手 飛手 渔工 漁工 船工 牧工 茶工
种粮大户 種糧大戶 种植大户 種植大戶 养殖大户 養殖大戶 种养大户 種養大戶 承包大户 承包大戶
经营户 經營戶 商户 商戶 摊主 攤主""".split())  # (a market's traders: 批发已有十几年的经营户吴秀莲一边翻看)


# Owners and keepers of a shop, car or home (店主吴桂兰说, 车主王刚告诉记者, 房东李秀英): named like the traders
# above, but their first character often closes a word before it (商店主要, 列车主任, 物业主管, 厨房东侧), so see
# _rank_in_word.
_OWNERS = frozenset("""店主 店长 店長 老板娘 老闆娘 车主 車主 船主 房东 房東 房主 业主 業主""".split())
_FARM_TRADES = _FARM_TRADES | _OWNERS
_TRADES = _TRADES + sorted(_FARM_TRADES)


# a trade's worker is written with 工 or 工人 (环卫工, 环卫工人): the longer form wins
_TRADES = sorted(set(_TRADES) | {r + "人" for r in _TRADES if r.endswith("工")}, key=len, reverse=True)
_TRADE_SET = frozenset(_TRADES)
_TRADE_LENS = sorted({len(t) for t in _TRADES}, reverse=True)
_ROLES = sorted(set(_ROLES) | set(_TRADES), key=len, reverse=True)  # every role, for splitting title chains
_ROLE_SET = frozenset(_ROLES)
_ROLE_LENS = sorted({len(r) for r in _ROLES}, reverse=True)


# People nouns that name no office (a worker, a member of a group): a name after them must read as a
# name on its own, since what follows them is often just a word (职工幸福感, 工人文化宫).
_WEAK_ROLES = frozenset("""职工 一线职工 工人 农民工 代表 职工代表 党员 志愿者 村民 居民 市民 職工 工人 黨員 志願者
一線職工 農民工 職工代表
工友 徒弟 渔民 漁民 牧民 求职者 求職者 新郎 新娘 队员 隊員 成员 成員 会员 會員 工作人员 工作人員
家长 家長 学生 學生 大学生 大學生 员工 員工 青年 干部 幹部 务工人员 務工人員 女工 女职工 女職工 工作者
港人 澳人 台胞 港胞 澳胞 侨胞 僑胞 华侨 華僑""".split())  # (people by where they are from: 擔任經理的港人劉家豪表示)


# Kinship nouns (受助学生邝雨欣的父亲邝建平是…): a plain people noun before a name, and no title of the person.
_KIN_ROLES = frozenset("父亲 父親 母亲 母親 丈夫 妻子 儿子 兒子 女儿 女兒 子女 爱人 愛人".split())
_WEAK_ROLES = _WEAK_ROLES | _KIN_ROLES | {"女" + r for r in _WEAK_ROLES if r[0] == "工"}


# Verbs of winning a prize or a title, whose subject is the winner named before them (…职工王刚获得一等奖).
_WIN_VERBS = ("获得", "獲得", "获评", "獲評", "荣获", "榮獲", "夺得", "奪得")


# Words that may follow a name (the name ends there): verbs of speech and action, particles.
_FOLLOW_WORDS = ("表示", "指出", "强调", "強調", "介绍", "介紹", "认为", "認為", "出席", "参加", "參加", "主持",
                 "讲话", "講話", "致辞", "致辭", "带领", "帶領", "率领", "率領", "一行", "同志", "代表", "陪同",
                 "看望", "慰问", "慰問", "走访", "走訪", "调研", "調研", "检查", "檢查", "视察", "視察", "宣布",
                 "颁发", "頒發", "先后", "亲自", "親自", "获得", "獲得", "荣获", "榮獲", "要求", "希望", "透露",
                 "告诉", "坦言", "感慨", "感叹", "感嘆", "介紹", "一起", "致词", "致詞", "发言", "發言", "笑着", "笑著",
                 "补充", "補充", "一边", "一邊",
                 # each of a list acting in turn (副主席…、…、…分别主持会议), and a leader's charge to an audience
                 # (主席宁国栋勉励学子们)
                 "分别", "分別", "勉励", "勉勵", "鼓励", "鼓勵", "叮嘱", "叮囑", "寄语", "寄語",
                 # verbs of results and elections (選手蘇永強奪得冠軍, 班长陆海涛当选副主席, 何晓燕、孙宏伟分获)
                 "当选", "當選", "夺得", "奪得", "分获", "分獲", "提出", "提醒", "如今",
                 # 获 before the prize won (班长朱文涛获个人第一名, 获团体一等奖, 获评, 获颁)
                 "获个人", "獲個人", "获团体", "獲團體", "获第", "獲第", "获一等", "獲一等", "获二等", "獲二等",
                 "获三等", "獲三等", "获特等", "獲特等", "获优秀", "獲優秀", "获评", "獲評", "获颁", "獲頒",
                 # a form of address after the full name (环卫工人丁桂香阿姨正在 …, 李强师傅)
                 "阿姨", "师傅", "師傅", "大姐", "大哥", "大爷", "大爺", "大妈", "大媽", "妈妈", "媽媽", "阿婆", "婆婆",
                 # verbs a reported person often opens with (主席唐毅接受专访, 主席卢静宣读了决定), and the home a
                 # visit reaches (走进困难职工刘桂兰家中)
                 "接受", "宣读", "宣讀", "家中", "家里", "家裡",
                 # a speaker relating remarks to their work (委员闫雅琴、芮海涛结合调研发言), a worker reporting a
                 # grievance (职工代表李华反映); an illness suffered (褚建新患尿毒症) is _illness_at
                 "结合", "結合", "反映",
                 # time words and adverbs between a subject and its verb (副主席尚红霞前几天还来…, 司机巩立新正在…,
                 # 清掃工向翠蘭已經…)
                 "前几天", "前幾天", "前不久", "近日", "日前", "昨天", "今天", "当天", "當天", "此前", "近期",
                 "正在", "已经", "已經", "曾经", "曾經", "第一时间", "第一時間",
                 # adverbs of the moment or manner before the verb (返乡的李秀兰当场和企业签订, 王刚随即赶到)
                 "当场", "當場", "当即", "當即", "随即", "隨即", "立即", "立刻", "随后", "隨後", "率先", "主动", "主動",
                 "特意", "专程", "專程", "连忙", "連忙", "赶紧", "趕緊", "一直", "始终", "始終", "依然", "仍然",
                 # the first to act (…上班的谭家兵第一个挤到咨询台前)
                 "第一个", "第一個", "第一次", "第一批",
                 # the subject of a report heard (听取了副主席岩香南关于…的汇报) and an adverb of manner (…亲切交流)
                 "关于", "關於", "亲切", "親切",
                 # a report delivered (副主席陈明作《…报告》, 李明作了发言): 作 + a title or 了 is the verb, not a given name
                 "作《", "作了",
                 # a course or an exam signed up for (骑手某某报了电工班): 报 + 了 is the verb, not a given name
                 "报了", "報了",
                 # a lawyer taking on a case (工作站律师某某代理此案, 律师某某承办该案, 某某受理后)
                 "代理", "承办", "承辦", "受理",
                 # the means an act goes through (热线律师某某通过电话释明…)
                 "通过", "通過")


# 原 (formerly) before the verb of a person's former post (劳动模范燕长青原是一名切片工): a name may end before
# these, but where a two-character reading also ends before the 原 the longer one stays (王平原是: 平原 is a
# given name too), so they are not _FOLLOW_WORDS.
_FORMER_WORDS = ("原是", "原为", "原為", "原任", "原系", "原係")


# (以 and 用 open the means: 陶宏伟以一道菜获得, 任思雨用购物场景讲解; 以 is never in a given name, see _NOT_GIVEN)
_FOLLOW_CHARS = set("说說在为為对對向与與和及等的是也就到来從从将將还還则則被给給把带帶率同作讲講称稱指以用跟"
                    "即")  # (即: at once, 主席王刚即批示)
_FOLLOW_CLASS = re.escape("".join(sorted(_FOLLOW_CHARS)))  # (their regex character-class body, for the patterns)


# After a two-character name, these make the two-character reading win over three (则 and 却 join a
# second subject to its verb: 快递员马骁则表示 is 马骁).
_SHORT_WINS = set("说說的等是在也就向对對从從被把将將还還则則却卻")


# (_ORG_END, _ORG_CUT and _ROLE_WORD are plain literals: the standard module runs them two to three times faster)
_ORG_END = recode.compile(r"(?:部|局|委|办|辦|会|會|处|處|科|室|站|所|队|隊|组|組|院|校|厂|廠|司|中心|网|網|报|報|社|台|馆|館|协会|理|管|股)$")  # (股: a county office's section, 发布人：宣传股)


# Words that end an organ name inside a longer run (近日红桥区总工会 → 红桥区总工会).
# (a conjunction that opens a new clause of the same subject: …上报市总工会，并协调…律师事务所律师要建平; the longer
# forms first, so the alternation takes 同时 whole and not its 同; an aspect 着 closes a verb, 王某握着调解员李某的手:
# prose before the role, no organ)
_CLAUSE_CONJ = ("并且", "並且", "同时", "同時", "随后", "隨後", "并", "並")
_CUTS = list(_CLAUSE_CONJ) + "近日|日前|目前|今年|去年|昨天|今天|期间|期間|其中|以及|还有|還有|陪同|看望|慰问|慰問|走进|走進|会见|會見|带领|帶領|率领|率領|邀请|邀請|出席|参加|參加|来到|來到|经过|經過|通过|通過|还|還|也|由|在|是|和|与|與|及|对|對|向|将|將|为|為|了|着|著|的|据|據|经|經|请|請|同|被|任|系|作为|作為".split("|")
_ORG_CUT = recode.compile(r".*(?P<cut>%s)" % "|".join(_CUTS))
_LONG_CUTS = frozenset(c for c in _CUTS if len(c) > 1)  # (邀请 ends in 请, which opens 请安 in 邀请安徽省…)
