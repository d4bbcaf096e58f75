"""Whether a suffixed name is a place mention (short and word-like counties, event titles, comment handles), and
the frames that place a name (在…召开, …等地, 老家)."""

from __future__ import annotations

import re

from ... import recode
from .base import (_CLAUSE_END, _CONJUNCTION_CHARS, _EVENT_WORD_RX, _FUNCTION_BEFORE, _GENERIC_STEMS, _LEVEL_CHARS,
    _MUNICIPALITIES, _NUMERAL_CHARS, _SUFFIX_WORDS, _TAKE_PART, _UNION_AFTER, _clause_end, _is_han)
from .divisions import Division
from .scanner import Mention, _LONGEST_FULL, scan
from .words import _BODY_ENDS, _NOT_BARE, _dictionary_tag, _word_first


def _needs_parent(div: Division) -> bool:
    """County names that are too short or too word-like to trust alone (和县, 城区, 新城区)."""
    if div.level != "K":
        return False
    if len(div.name) == 2 and div.name[-1] == "市":
        return False  # 芒市: a county-level city's full name of two characters, no word of its own
    return len(div.name) <= 2 or div.name[:-1] in _GENERIC_STEMS


def _loose(m: Mention) -> bool:
    """Some reading of the mention needs its parent (_needs_parent); remembered per spelling."""
    v = _LOOSE.get(m.text)
    if v is None:
        v = _LOOSE[m.text] = any(_needs_parent(d) for d in m.divisions)
    return v


#: _loose by spelling: a spelling's divisions are the gazetteer's, the same on every page.
_LOOSE: dict[str, bool] = {}


def word_alone(m: Mention, prev: Mention | None) -> bool:
    """A short or word-like county name (城区 "urban area", 新城区, 郊区) not right after its own city or province
    (``prev``: the scan's mention before ``m``): it may be the common word (在城区一处…), which names no place."""
    return _loose(m) and not any(_is_parent(prev, d, m) for d in m.divisions)


#: After a county's 县 + 城, what makes 县城 the county seat of that county (郸城县城东, 平江县城区): a part of its town.
_SEAT_PARTS = set("东西南北区東區")


def _suffix_is_word(text: str, m: Mention) -> bool:
    """The suffix belongs to the next character instead (河北区域, 广州市场, a county's 新建区级), unless a full
    county's 县城 is its seat followed by a part of town (郸城县城东的物流园, 平江县城区): the county is named there."""
    nxt = text[m.end] if m.end < len(text) else ""
    if not nxt or nxt not in _SUFFIX_WORDS.get(m.text[-1], ""):
        return False
    if nxt in _LEVEL_CHARS and any(d.level != "K" for d in m.divisions):
        return False  # 鸡西市级, 内蒙古自治区级: the level of the division named
    return not (nxt == "城" and len(m.text) >= 3 and text[m.end + 1:m.end + 2] in _SEAT_PARTS)


def _head_ends_region(text: str, m: Mention, prev: Mention | None) -> bool:
    """The name's first character closes a region's name with the character before it and the rest is a word of its
    own: 鄂西 + 山区 ("western Hubei's mountains", not 昆明's 西山区), 皖南 + 山区, 苏北 + 湖区.  Not after the
    name's own city or province (深圳市南山区)."""
    if not m.start or not _is_han(text[m.start - 1]) or any(_is_parent(prev, d, m) for d in m.divisions):
        return False
    return _dictionary_tag(text[m.start - 1:m.start + 1]) == "ns" and _dictionary_tag(m.text[1:]) != ""


def _is_parent(prev: Mention | None, div: Division, m: Mention) -> bool:
    """``prev`` ends right where ``m`` starts and names ``div``'s city or province."""
    if prev is None or prev.end != m.start:
        return False
    return any(d.name in (div.city, div.province) for d in prev.divisions)


#: Taking part in a year's edition of an event (参加2016年泉州市职工技能竞赛): the year between the verb and the place.
_TAKE_PART_YEAR = recode.compile(r"(?:%s)\d{4}年度?$" % "|".join(_TAKE_PART))


def _event_scope(text: str, m: Mention) -> bool:
    """The mention opens a workers' event title (X省职工…活动) rather than naming a place; a regulation on such
    events (X省职工…活动管理办法) names the division it applies in.

    Taking part in such an event (参加浙江省职工职业技能大赛) is going to that division's contest:
    there the division is a place the page's workers go to, and counts.
    """
    if not text.startswith(("职工", "職工"), m.end):
        return False
    if text.endswith(_TAKE_PART, 0, m.start) or _TAKE_PART_YEAR.search(text, max(0, m.start - 9), m.start):
        return False
    return _EVENT_WORD_RX.search(text, m.end, _clause_end(text, m.end)) is not None


def _accept(text: str, m: Mention, prev: Mention | None, cities: dict[str, float] | None = None,
            provs: dict[str, float] | None = None) -> bool:
    """Whether a suffixed-name hit is a real place mention (see module rules)."""
    if _suffix_is_word(text, m) or _head_ends_region(text, m, prev):
        return False
    div = m.divisions[0]
    if _loose(m):
        if (not any(_is_parent(prev, d, m) for d in m.divisions)
                and not _short_county_in_context(text, m, cities, provs)
                and not _before_own_union(text, m, cities) and not _framed_namesake(text, m, cities)
                and not _listed_with_sibling(text, m, cities)):
            before = text[m.start - 1] if m.start else ""
            after = text[m.end] if m.end < len(text) else ""
            if _is_han(before) or (len(div.name) <= 2 and _is_han(after) and after not in "委政人总總工"):
                return False
            if after.isdigit() or before in _CLAUSE_END:
                return False  # 城区32个 …, ，城区…: the common word opening a count or a clause
    if (m.start == 0 or text[m.start - 1] == "\n") and _comment_handle(text, m):
        return False
    if m.start and text[m.start - 1] in _AT_SIGNS:
        return False  # @安徽省总工会: an account's handle a post tags, no place of the story
    return not _event_scope(text, m)


#: The signs that open an account's handle in a social post (@某某发布).
_AT_SIGNS = "@＠"


# A comment under a news app's article: the commenter's handle, a colon, the comment, the stamp with no year
# (夏县老王：盼着驿站早点建到我们村口 04-25 10:12): a handle opening with a place names no place of the story.
_COMMENT_LINE = recode.compile(r"[\u4e00-\u9fff]{1,3}[:：][^\n]{1,200}?\s\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}[ \t]*(?:\n|\Z)")


def _comment_handle(text: str, m: Mention) -> bool:
    """``m`` opens a commenter's handle on a comment line (夏县老王：… 04-25 10:12); a dateline's place right before
    its colon (运城：…) is no handle."""
    return text[m.end:m.end + 1] not in (":", "：") and _COMMENT_LINE.match(text, m.end) is not None


def _before_own_union(text: str, m: Mention, cities: dict[str, float] | None) -> bool:
    """A word-like county (新城区, 市中区) named as the owner of a union (新城区总工会): a place when it
    opens a clause or follows a function word, and the page names the city of one of its namesakes
    (呼和浩特市总工会 for 新城区, 济南市 for 市中区), so it can be resolved."""
    if not text.startswith(_UNION_AFTER, m.end) or not cities:
        return False
    before = text[m.start - 1] if m.start else ""
    if _is_han(before) and before not in _FUNCTION_BEFORE:
        return False
    return any(cities.get(d.city or "", 0.0) >= 2.0 for d in m.divisions if d.level == "K")


#: Stems of county names that are also prose for a part of town (在新城区, 在老城区, 在城东区): never read as a
#: district after a word of place alone.
_TOWN_PART_STEMS = ("城", "新城", "老城")


def _framed_namesake(text: str, m: Mention, cities: dict[str, float] | None) -> bool:
    """A word-like district of three characters or more (新华区, 市中区) after a word of place (他在新华区跑外卖),
    when the page names in full the city of one of its namesakes, which resolves it; not a stem that is also
    prose for a part of town (新城区, 城东区)."""
    if not cities or len(m.text) < 3 or not text.endswith(_TO_PLACE, 0, m.start) or text.endswith("、", 0, m.start):
        return False
    if any(d.level != "K" or d.name[:-1].startswith(_TOWN_PART_STEMS) for d in m.divisions):
        return False
    return sum(cities.get(d.city or "", 0.0) >= 2.0 for d in m.divisions) == 1


#: What joins the items of a list of districts (城东区、城中区, 城西区和城北区).
_LIST_JOINS = "、和与與及"


def _listed_with_sibling(text: str, m: Mention, cities: dict[str, float] | None = None) -> bool:
    """A word-like district (新城区, 城中区) joined by 、 to a county-level name of the same city as one of its
    namesakes (在新城区、长安区、临潼区开展宣讲): a list of that city's districts, which places it.  The sibling is a
    name written in full, or another word-like district when the page names that city in full (a notice's
    城东区、城中区、城西区、城北区各推荐2名 on a 西宁市 page): prose for parts of town (城东区、城西区) in a city that
    has no such districts shares no named city.  A name of three characters or more may be joined by a conjunction
    too (城西区和城北区)."""
    own = {d.city for d in m.divisions if d.level == "K" and d.city}
    if not own:
        return False
    near = []
    joins = _LIST_JOINS if len(m.text) >= 3 else "、"  # (城区和郊区: a two-character name joined by 和 is prose)
    if text[m.end:m.end + 1] in joins and m.end < len(text):
        after = scan(text[m.end + 1:m.end + 1 + _LONGEST_FULL])
        near += after[:1] if after and after[0].start == 0 else []
    if m.start >= 2 and text[m.start - 1] in joins:
        lo = max(0, m.start - 1 - _LONGEST_FULL)
        before = scan(text[lo:m.start - 1])
        near += before[-1:] if before and before[-1].end == m.start - 1 - lo else []
    for x in near:
        shared = {d.city for d in x.divisions if d.level == "K"} & own
        if x.full and shared and (not _loose(x) or any((cities or {}).get(c or "", 0.0) >= 2.0 for c in shared)):
            return True
    return False


#: Words after which a name is a place one goes to or is in (在黟县, 前往黟县, 来自攀枝花的), or one a place lies next
#: to (惠陽毗鄰深圳，: a verb of adjacency has a place as its object).
_TO_PLACE = ("在", "赴", "往", "到", "至", "于", "於", "从", "從", "、", "来自", "來自", "抵达", "抵達", "位于", "位於",
             "落户", "落戶", "毗邻", "毗鄰", "紧邻", "緊鄰", "邻近", "鄰近", "毗连", "毗連", "紧靠", "緊靠", "靠近")


def _short_county_in_context(text: str, m: Mention, cities: dict[str, float] | None,
                             provs: dict[str, float] | None = None) -> bool:
    """A two-character county (黟县) the page places itself: its own city is named on the page
    (a full name or two short ones) or its province is, or it owns the body named right after it (岷县总工会,
    漳县教育工会, 漳县人民政府); its stem is no ordinary word, and a word of place stands before it."""
    if len(m.divisions) != 1:
        return False
    div = m.divisions[0]
    if len(div.name) != 2 or div.name[0] in _GENERIC_STEMS or div.name[-1] not in "县縣":
        return False
    if _owns_body(text, m):
        return True
    if (cities or {}).get(div.city or "", 0.0) < 2.0 and (provs or {}).get(div.province or "", 0.0) < 2.0:
        return False
    return (m.start == 0 or not _is_han(text[m.start - 1]) or text.endswith(_TO_PLACE, 0, m.start)
            or _owns_union_after_word(text, m) or _after_conjunction(text, m))


#: Bodies of a county named right after its name (岷县总工会, 漳县教育工会, 漳县人民政府): the county's own.
_COUNTY_BODIES = _UNION_AFTER + ("教育工会", "教育工會", "人民政府", "县委", "縣委", "县政府", "縣政府", "融媒体中心",
                                 "融媒體中心", "人民医院", "人民醫院")


def _owns_body(text: str, m: Mention) -> bool:
    """A two-character county that owns the union or organ written right after it (岷县总工会), at the start of a
    clause or after a function word that makes no word with its stem: the county's body names the county even
    when the page names no city.  Not a stem that is a conjunction (海东市总工会和县总工会: 和 joins two unions),
    nor one glued after a word (示范县总工会: a 'model county')."""
    if not text.startswith(_COUNTY_BODIES, m.end) or m.text[0] in _CONJUNCTION_CHARS:
        return False
    if m.start == 0 or not _is_han(text[m.start - 1]):
        return True
    return text[m.start - 1] in _FUNCTION_BEFORE and not _dictionary_tag(text[m.start - 1:m.start + 1])


def _after_conjunction(text: str, m: Mention) -> bool:
    """A two-character county right after a conjunction that opens a 、-list of places with it (加强与单县、曹县等地的
    交流): the conjunction closes the word before, as 、 does; not when it forms a word with the stem (参与, 和平)."""
    return (m.start > 0 and text[m.start - 1] in _CONJUNCTION_CHARS and text.startswith("、", m.end)
            and not _dictionary_tag(text[m.start - 1:m.start + 1]))


def _owns_union_after_word(text: str, m: Mention) -> bool:
    """A two-character county glued after a word and owning the union after it (借鉴范县总工会的做法): the county's
    federation, so the county is named.  Not when the character before and the stem make a word (示范县总工会:
    a 'model county', 模范县)."""
    return text.startswith(_UNION_AFTER, m.end) and not _dictionary_tag(text[m.start - 1:m.start + 1])


#: After a bare prefecture name, what makes it a place in the sentence (在成都召开, 来自攀枝花的).
_AT_PLACE_AFTER = ("召开", "召開", "举行", "舉行", "举办", "舉辦", "开幕", "開幕", "闭幕", "閉幕", "的", "，", ",", "。",
                   "、", "；",
                   # setting out from it (从杭州出发), "a certain … there" (在合肥某汽车零部件企业上班)
                   "出发", "出發", "某")
#: After a bare province or prefecture: "within its borders" (安康境内的26个小站) names the area itself.
_WITHIN = ("境内", "境內")


#: After a bare province or prefecture, the end of a list of places (分赴江西、安徽、河南、贵州等地).
_LIST_END = ("等地", "等省", "等城市", "等市", "等省份", "等省区", "等省市")
#: The end of a list of bare counties the page confirms: any 等 (在府谷、横山等煤炭主产区), or "there"
#: (无为、湾沚那边的兄弟, 罗庄、沂南一带, 两地).
_LIST_CLOSE = ("等", "那边", "那邊", "一带", "一帶", "两地", "兩地", "地区", "地區")
#: After a bare province or prefecture: a school there (考上武汉一所大学, 联合天津一所职业技术学院, 考上了广州的大学).
_ONE_SCHOOL = ("一所", "的大学", "的大學")


#: The tail of a functional zone's name after the place that hosts it (张掖 + 经济技术开发区, 枣庄 + 高新区, 广州 +
#: 开发区): the zone is no division (_ZONE_ENDS), but the prefecture at its head is where it lies.
_ZONE_TAIL = re.compile(r"(?:(?:经济技术|經濟技術|经济|經濟|高新技术产业|高新技術產業|高新技术|高新技術)?(?:开发区|開發區)"
                        r"|高新区|高新區)(?!域)")  # (开发区域: "the area developed", no zone)


_ZONE_HEADS = ("经", "經", "高", "开", "開")  # (the first characters _ZONE_TAIL may open with: a cheap gate)


def _heads_zone(text: str, end: int) -> bool:
    """A functional zone's tail opens right at ``end`` (甘肃张掖|经济技术开发区) and the clause after the zone names
    no firm or institution (张掖经济技术开发区投资公司: the name of a firm, left alone like other firms' names)."""
    mt = _ZONE_TAIL.match(text, end)
    if mt is None:
        return False
    j = mt.end()
    while j < len(text) and text[j] not in _CLAUSE_END:
        j += 1
    return not any(w in text[mt.end():j] for w in _BODY_ENDS)


#: Provinces never read as the first half of a "province + prefecture" pair (a municipality has no prefecture).
#: 吉林 and 海南, never read bare (a city's and a prefecture's name too), are the province before one of its own
#: prefectures (海南三亚, 吉林延边): the pair leaves one reading.
_NOT_PAIRED = _MUNICIPALITIES | (_NOT_BARE - {"吉林省", "海南省"})
#: What follows a bare place the sentence makes a place: an event verb, 的, a comma, the end of a list.
_PLACE_AFTER = _AT_PLACE_AFTER + _LIST_END


#: A list of places closed by its count and what they are (山西、内蒙古、陕西等6个产煤省区, 等3个城市): 等, a numeral,
#: 个, a short word at most, then a word for provinces or cities.
_COUNTED_LIST_END = recode.compile(rf"等(?:\d{{1,2}}|[{_NUMERAL_CHARS}]{{1,2}})(?:个|個)[\u4e00-\u9fff]{{0,4}}?"
                                   r"(?:省区|省區|省份|省市|省|城市|地市)")


def _placed(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands after a word of place and before what follows a place (在成都召开, 来自贵州的,
    、陕西等6个产煤省区)."""
    if not text.endswith(_TO_PLACE, 0, start):
        return False
    return (text.startswith(_PLACE_AFTER, end)
            or text.startswith("等", end) and _COUNTED_LIST_END.match(text, end) is not None)


#: 籍 after a place is one's native place (湖南籍职工, 贵州籍务工人员); 籍贯 after one is a form's field, no home.
_NATIVE_MARK = "籍"
_NATIVE_FIELD = ("籍贯", "籍貫")


def _native_of(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is where a person comes from: 是 before it, 人 after it, then no Han character
    (她是广西人，…; 是新疆伊犁人，), or 籍 after it (湖南籍职工, 广西玉林籍务工人员): a province or prefecture named
    as a person's home, which is a place.  Not a demonym inside a word or a user name (新成都人, 我是郾城人在驿城)."""
    if text.startswith(_NATIVE_MARK, end):
        return not text.startswith(_NATIVE_FIELD, end)
    if not text.startswith("人", end) or not text.endswith("是", 0, start):
        return False
    return end + 1 >= len(text) or not _is_han(text[end + 1])


#: Verbs' last characters before a place someone goes or is sent back to (送回, 回到, 返回, 带回; 回 alone).
_BACK_TO = ("回", "到", "返", "在", "赴", "往")
#: Words for one's home right after the place it lies in (送回漳州老家, 回到福建家乡).
_HOME_WORDS = ("老家", "家乡", "家鄉", "故乡", "故鄉")


def _home_of(text: str, m: Mention) -> bool:
    """``m`` is where someone's home lies: a verb of going back before it, a word for home right after it
    (送回漳州老家, 回到福建老家): a place.  Not a name that is an ordinary word first (_word_first)."""
    return (text.startswith(_HOME_WORDS, m.end) and text.endswith(_BACK_TO, 0, m.start)
            and not _word_first(text, m))


def _opens_place_list(text: str, mentions: list[Mention], i: int) -> bool:
    """Mention ``i`` is the first item of a list of bare places closed by 等地 (宜昌、襄阳、黄石等地): every item
    after it is a gazetteer name standing alone between 、 marks."""
    hi = _list_last(text, mentions, i)
    return hi > i and text.startswith(_LIST_END, mentions[hi].end)


def _list_last(text: str, mentions: list[Mention], i: int) -> int:
    """Index of the last mention of the run joined by 、 marks (each right after one) that mention ``i`` opens."""
    hi = i
    while (hi + 1 < len(mentions) and mentions[hi].end + 1 == mentions[hi + 1].start
           and text[mentions[hi].end] == "、"):
        hi += 1
    return hi
