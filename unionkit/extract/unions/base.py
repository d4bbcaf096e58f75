"""Shared low-level pieces of union reading: the union-word pattern, tables of industries, organisation words,
levels and lead words, and small string predicates."""

from __future__ import annotations

from ... import lazyrx
from ... import recode


_HEAD = lazyrx.compile(
    r"中华全国总工会|中華全國總工會|全国总工会|全國總工會"
    # 职工会 / 职工总会 (Hong Kong and Macau unions: 澳門建造業職工會), but not 职工会议, 职工会员,
    # 职工会计 or 職工會聯盟 (a differently named body)
    r"|[职職]工[总總]?[会會](?![议議员員计計馆館餐聯联])"
    # (a zone's or a body's working committee of unions: 西咸新区工会工作委员会)
    r"|[总總]?(?:工会|工會)(?:联合总会|聯合總會|联合会|聯合會|委员会|委員會|工作委员会|工作委員會)?"  # 澳門工會聯合總會
)

#: National / industry unions: the industry word between a place (or 中国, or a
#: bare level) and 工会.
_INDUSTRIES = (
    "海员建设", "海員建設", "教育", "金融", "铁路", "鐵路", "民航", "国防邮电", "國防郵電",
    # (中国能源化学地质工会: the national union's name since 2008, tried before its older short form 能源化学)
    "能源化学地质", "能源化學地質",
    "机械冶金建材", "機械冶金建材", "能源化学", "能源化學", "农林水利气象", "農林水利氣象",
    "财贸轻纺烟草", "財貿輕紡煙草", "交通运输", "交通運輸", "建设", "建設", "医务", "醫務",
    "卫生", "衛生", "科教文卫", "科教文衛", "农林", "農林", "财贸", "財貿", "邮电", "郵電",
    "教科文卫体", "教科文衛體",
    # a province's union of the same sector, named without 体 (江西省教科文卫工会)
    "教科文卫", "教科文衛",
    # the usual short form of 机械冶金建材 in a city's industry union (市机冶建材工会)
    "机冶建材", "機冶建材",
    # provincial industry unions named after a merged sector (河南省能源化工工会, 省建设建材工会); after the
    # longer names above, which are tried first (机械冶金建材 before 冶金建材)
    "能源化工", "建设建材", "建設建材", "冶金建材", "国防工业", "國防工業", "石油化工", "轻工纺织", "輕工紡織",
    "农林水利", "農林水利", "机械冶金", "機械冶金",
    # provincial and city unions of one state system or sector (湖南省邮政工会, 省电力工会, 陕西省国防工会,
    # 上海市海员工会, 四川省科教文卫体工会)
    "邮政", "郵政", "电力", "電力", "国防", "國防", "海员", "海員", "科教文卫体", "科教文衛體",
    # provincial and city unions of the health sector, renamed after the health commissions of 2018
    # (河北省卫生健康工会, 市卫生健康工会)
    "卫生健康", "衛生健康",
)

#: Sectors run by one state firm: a short place before them (永顺邮政工会, 天水邮政工会 in a headline) is the usual
#: short name of the firm's branch union, not a union of its own; only a place written in full names one.
_FIRM_SECTORS = ("邮政", "郵政", "电力", "電力")

#: Words that end the name of an organisation that can have its own union.
_ORG_SUFFIXES = (
    "公司", "集团", "集團", "股份", "厂", "廠", "矿", "礦", "局", "大学", "大學", "学院", "學院",
    "学校", "學校", "中学", "中學", "小学", "小學", "幼儿园", "幼兒園", "医院", "醫院", "卫生院",
    "衛生院", "银行", "銀行", "分行", "支行", "营业部", "營業部", "研究院", "研究所", "设计院", "設計院",
    # a research or design group's head institute (中建材玻璃新材料研究总院)
    "研究总院", "研究總院", "设计总院", "設計總院", "中心", "协会", "協會",
    "商会", "商會", "合作社", "酒店", "宾馆", "賓館", "商场", "商場", "超市", "电站", "電站",
    # a firm's branch office in one district (順豐速運寶安分部): the branch has a union of its own
    "分部",
    # a wind or solar farm run by a power group (华电赤城风电场)
    "电场", "電場",
    "总队", "總隊", "支队", "支隊", "政府", "法院", "检察院", "檢察院", "报社", "報社",
    "电视台", "電視臺", "电视台", "出版社", "事务所", "事務所", "有限责任公司",
    # a public body run by a committee (口岸管理委员会, 管委会) and a rural credit cooperative (信用合作联社)
    "委员会", "委員會", "管委会", "管委會", "联社", "聯社", "信用社",
    # a named township or subdistrict has its own union or union federation (滨湖街道工会联合会)
    "街道", "镇", "鎮", "乡", "鄉", "园区", "園區", "开发区", "開發區",
    # the Xinjiang Production and Construction Corps, which has its own federation (新疆生产建设兵团总工会)
    "生产建设兵团", "生產建設兵團",
    # a customs house, a state organ with a union of its own under 海关总署 (乌鲁木齐海关工会, 霍尔果斯海关工会)
    "海关", "海關",
)

#: A company's legal form with no name before it (有限责任公司工会: a name cut at a bracket or at a line's start);
#: 集团公司工会, 分公司工会 are how a page names its own group's or branch's union, and stay.
_BARE_COMPANY = {"有限公司", "有限责任公司", "有限責任公司", "股份有限公司"}

#: A new area or functional zone run like a district, with its own federation (西海岸新区总工会, 济源示范区总工会).
_ZONES = ("新区", "新區", "示范区", "示範區", "保税区", "保稅區", "经开区", "經開區", "高新区", "高新區",
          # an industrial park run by its own management committee (莘庄工业区工会), and an area a county-level
          # city runs through a management committee (石岛管理区总工会)
          "工业区", "工業區", "管理区", "管理區",
          # a border zone of economic co-operation a city runs (博乐边境经济合作区)
          "边境经济合作区", "邊境經濟合作區", "经济合作区", "經濟合作區")
#: The last character of every zone word (a quick test before the full list).
_ZONE_CORES = ("区", "區")
#: Characters of prose, never of a zone's proper name (选举产生了新区, 当选为新区).
_PROSE_CHARS = set("了的为為是在和与與及把被将將")


#: Level words a bare union name starts with (市总工会, 自治区总工会), and the gazetteer level they ask for.
_LEVELS = {"市": "C", "州": "C", "盟": "C", "区": "K", "區": "K", "县": "K", "縣": "K", "旗": "K",
           "省": "P", "自治区": "P", "自治區": "P"}

#: Function words and verbs that often stand just before a union's name in a
#: sentence; stripped from the left of a candidate name.
_LEAD_WORDS = sorted(
    """由 在 与 與 和 及 以及 同 跟 对 對 向 为 為 将 將 把 让 讓 是 的 了 据 據 经 經 按照 根据 根據 联合 聯合
    会同 會同 组织 組織 指导 指導 推动 推動 参加 參加 到 赴 走进 走進 来到 來到 慰问 慰問 协助 協助 帮助 幫助
    此次 本次 近年来 近年來 今年以来 今年以來 今年 目前 同时 同時 此外 其中 随后 隨後 并 並 还 還 也 都 已 已经
    已經 正在 积极 積極 主动 主動 共同 分别 分別 先后 先後 日前 近日 昨日 昨天 今天 获悉 獲悉 当天 當天 均 又 再
    或 或者 由于 由於 通过 通過 依托 携手 攜手 邀请 邀請 委托 委託 授权 授權 如 即 等 向来 一直 始终 始終 作为 作為 承办 承辦
    主办 主辦 协办 協辦 支持 配合 会 會 要 将于 将会 将在 这 這 年 月 日
    找 去找 找到 求助 上周 上週 上月 上个月 上個月 本周 本週 去年 前年 近期 最近 昨晚 当时 當時
    去了 到了 来了 來了 去过 去過 去
    周一 周二 周三 周四 周五 周六 周日 週一 週二 週三 週四 週五 週六 週日 星期一 星期二 星期三 星期四 星期五
    星期六 星期日 星期天 上午 下午 晚上 今晚 明天 后天 後天
    当选为 當選為 当选 當選 担任 擔任 出任 时任 時任 现任 現任 曾任 历任 歷任 原任
    还有 還有 也有 另有 都有 均有 已有 共有 设有 設有 拥有 擁有 包括 包含 命名 决定 決定 授予 表彰 认定 認定 批准 评为 評為
    成立 组建 組建 筹建 籌建 建立
    调研 調研 走访 走訪 考察 加入 入驻 入駐 新一届 新一屆 本届 本屆 今后 今後 此后 此後 以后 以後
    下一步 下步 接下来 接下來 下阶段 下階段 下一阶段 下一階段 明年
    代表 来自 來自 联手 聯手 牵头 牽頭 依靠 届时 屆時 当日 當日 此前 年初 年底 近来 近來 应邀 應邀 受邀 特邀
    对接 對接
    同意 大力 着力 著力
    深入 贯彻 貫徹 落实 落實 率先
    荣获 榮獲""".split(),
    key=len, reverse=True,
)

_LEAD_TUPLE = tuple(_LEAD_WORDS)  # for one str.endswith call
_LONG_LEADS = tuple(w for w in _LEAD_WORDS if len(w) >= 2)  # (the words of more than one character)

#: _LEAD_WORDS by first character, longest first as above (a segment is only tried against its own).
_LEAD_BY_CHAR: dict[str, list[str]] = {}
for _w in _LEAD_WORDS:
    _LEAD_BY_CHAR.setdefault(_w[0], []).append(_w)

#: Words that make what follows generic, not a named body (各级工会, 全市工会, 基层工会).
_GENERIC_START = (
    "各", "全", "本级", "本單位", "本单位", "上级", "上級", "基层", "基層", "所属", "所屬", "下属", "下屬",
    "相关", "相關", "有关", "有關", "其他", "其它", "广大", "廣大", "非公", "企业", "企業", "该", "該",
    "所有", "一些", "部分", "新建", "新成立", "乡镇", "鄉鎮", "街道", "社区", "社區", "村", "机关", "機關",
    "县区", "縣區", "区县", "區縣", "市县", "市縣", "县级", "縣級", "市级", "市級", "省级", "省級", "区级", "區級", "智慧",
    "网上", "網上", "中小", "职工", "職工",
    # places told by their count or by where the writer stands (两地果农专业合作社工会会员 "the two places' co-op
    # unions' members", 当地企业工会): the bodies of a kind there, no name
    "两地", "兩地", "多地", "当地", "當地", "本地", "外地",
)


#: Words before a bare level word (with or without 的) that leave the level open: 相应的区总工会 "the district
#: federation that fits", 所在市总工会 "the city federation where one works" (a rule for any reader, no one union).
_OPEN_LEVEL_WORDS = ("相应", "相應", "对应", "對應", "相关", "相關", "有关", "有關", "所在", "所属", "所屬", "当地", "當地")


def _open_level(before: str) -> bool:
    """``before``, the words before a bare level word, ends with a word that names no particular body of that
    level (相应的, 所在): the union is any reader's, not the page's own."""
    return before.removesuffix("的").endswith(_OPEN_LEVEL_WORDS)


def _names_body(s: str) -> bool:
    """``s`` names a body on its own: three characters or more ending in a body word (…有限公司, …集团), neither a
    bare legal form (有限公司) nor a generic word first (各企业, 基层单位)."""
    return len(s) >= 3 and s.endswith(_ORG_SUFFIXES) and s not in _BARE_COMPANY and not s.startswith(_GENERIC_START)


_HEAD_TAIL = lazyrx.compile(r"(?:委员会|委員會|联合总会|聯合總會|联合会|聯合會)$")


def _is_name_char(ch: str) -> bool:
    """Characters a union's name is made of: Han, ASCII letters and digits."""
    return ch.isascii() and ch.isalnum() or "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _all_han(s: str) -> bool:
    """Every character of ``s`` is a common Han character (CJK Unified Ideographs): no digit, letter or mark."""
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def _segment_start(text: str, end: int, limit: int = 30, floor: int = 0) -> int:
    """Start of the run of name characters that ends at ``end`` (at most ``limit`` long, not before ``floor``)."""
    lo = max(floor, end - limit)
    if lo >= end:
        return end
    return _NAME_TAIL.search(text, lo, end).start()


# A date in digits opening a run of name characters (2024年, 5月18日, 2024年5月): prose's time, no name.
_DATE_LEAD = recode.compile(r"(?:[0-9]{1,4}[年月日号號])+")
# A span of time up to now opening the run (一年来, 三年以来, 几个月来, 10年来: 回顾了一年来学校工会的工作): prose's
# time, no name.  (近年来 and 今年以来 are lead words; these are counted.)
_SPAN_LEAD = recode.compile(r"(?:[0-9]{1,3}|[一二两兩三四五六七八九十几幾多数數半]{1,3})(?:个|個)?[年月周週天](?:以)?[来來]")

# The run of _is_name_char characters that ends a string (possessive: no backtracking).
_NAME_TAIL = recode.compile(r"[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff]*+\Z")


#: Words ending in 业 that name no trade (企业 "enterprise", 就业 "employment" …): X企业工会 is generic.
_NOT_TRADES = ("企业", "企業", "就业", "就業", "专业", "專業", "职业", "職業", "事业", "事業", "创业", "創業",
               "作业", "作業", "毕业", "畢業", "营业", "營業", "学业", "學業", "失业", "失業", "从业", "從業",
               "各业", "百业", "百業")

#: A trade named without any owner: 行业工会联合会, 产业工会 are kinds of union, not one union.
_BARE_TRADES = ("行业", "行業", "产业", "產業")


#: A named town or subdistrict: two to four characters, then 镇 or 街道 (王江泾镇, 大良街道).
_TOWN = lazyrx.compile(r"\p{Han}{2,4}?(?:镇|鎮|街道)")


#: What follows a trade in a union federation of one trade named without 会 (黄岛区快递行业联合工会).
_JOINT = ("联合", "聯合")


#: A trade part that names no one trade: 市直各产业 ("each industry directly under the city"), 所属行业.
_UNNAMED_TRADE = lazyrx.compile(r"^[直属屬]|[各诸諸每等所]")


#: Verbs that open a clause about setting a federation up (建立物流业工会联合会): no name follows.
_FOUNDING_VERBS = ("建立", "建设", "建設", "成立", "组建", "組建", "筹建", "籌建", "推动", "推動", "推进", "推進",
                   "加强", "加強", "支持", "指导", "指導", "培育", "健全", "完善", "探索", "打造")


#: Marks that close and open a quoted name (“深圳市总工会”公众号, 《…》).
_CLOSE_QUOTES = "”」』\"》"
_OPEN_QUOTES = "“「『\"《"


#: What a firm's name ends with: 所 is not its measure word (一家公司, not 一所公司).
_FIRM_ENDS = ("公司", "集团", "集團")


# Bodies named by their registered name, place chain and all: firms, and the hospitals and schools a county runs
# (张掖市甘州区人民医院, 北京市朝阳区实验小学), unlike a county's government bureaus (呼玛县林业和草原局).
_REGISTERED_BODIES = ("公司", "集团", "集團", "医院", "醫院", "卫生院", "衛生院", "保健院", "學校", "学校", "中学", "中學",
                      "小学", "小學", "幼儿园", "幼兒園")


#: What 的 opens in a name and no modifier: 的士 (a taxi firm, 的士有限公司), 的哥, 的姐 (its drivers).
_DE_WORDS = ("士", "哥", "姐")


#: A body named by its kind alone, whose union the page means (我们厂工会, 厂工会).
_BARE_BODIES = {"厂", "廠", "矿", "礦"}


def _ends_with_lead(s: str) -> bool:
    """True when ``s`` ends with a function word or verb that stands before names (由, 和, 去找)."""
    return s.endswith(_LEAD_TUPLE)


#: How a union's name ends: a listed item that ends so names its own union.
_UNION_ENDS = ("工会", "工會", "总会", "總會", "联合会", "聯合會", "委员会", "委員會")


_REGION_WORDS = ("香港", "港九", "九龍", "九龙", "新界", "澳門", "澳门")
_REGION_HINT = recode.compile("|".join(_REGION_WORDS))  # one pass of the standard module: half the cost of seven str searches
