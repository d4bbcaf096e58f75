"""Places: China's administrative divisions named on a page, resolved to province/city/county.

The gazetteer (``unionkit/data/gazetteer.tsv``, built by ``scripts/build_gazetteer.py``)
lists every province-, prefecture- and county-level division with its short
names and traditional-script forms. One Aho-Corasick automaton finds all of
them in a page in a single leftmost-longest pass.

Rules (decided on the seed pages, meant for any page):

* Only names written with their administrative suffix are *places*
  (攀枝花市, 贵州省, 红桥区). Bare short names (攀枝花, 贵州, 天津 in a company
  name, 昆明 salted into a sentence) are only *context*: they help resolve
  ambiguous names and tell which city a page is about, but are never reported.
* A county name shared by several divisions (朝阳区, 鼓楼区) takes the province
  and city of the page's other mentions; with no such hint they stay null.
* Short county names (和县, 城区, 东区) and names that are also common words
  (新城区, 城关区) count only right after their own city or province, or
  standing alone between non-Han characters; this keeps 城区 in 核心城区/全市城区
  and 和县 in 市和县 out.
* A name used as the scope of a workers' event title (四川省职工志愿服务展示活动)
  is not a place mention by itself.
* The output keeps the page's script: a traditional page gives 廣元市 with
  city 廣元市 (province and city in the script of the mention).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from unionkit.record import Place

from ... import recode
from .base import (_CLAUSE_END, _CONJUNCTION_CHARS, _EVENT_WORD_RX, _FUNCTION_BEFORE, _GENERIC_STEMS, _MUNICIPALITIES,
    _SUFFIX_WORDS, _TAKE_PART, _UNION_AFTER, _VARIANTS, _clause_end, _is_han, _page_is_trad, fold_variants)
from .divisions import AMENDMENTS, Division, Gazetteer, amend_rows, build_tables, gazetteer, write_state
from .scanner import Mention, _LONGEST_FULL, scan
from .votes import _choose, _context, _is_trad_mention, _resolved, _votes
from .words import (_BODY_ENDS, _BODY_WORD_RX, _FRAME_BEFORE, _MODIFIED, _NOT_BARE, _ONE_OF, _OWN_BODY_ENDS,
    _WORD_TAGS, _clause_names_body, _dictionary_tag, _sole_bare_province, _word_first)


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


def _suffix_is_word(text: str, m: Mention) -> bool:
    """The suffix belongs to the next character instead (河北区域, 广州市场)."""
    nxt = text[m.end] if m.end < len(text) else ""
    return bool(nxt) and nxt in _SUFFIX_WORDS.get(m.text[-1], "")


def _is_parent(prev: Mention | None, div: Division, m: Mention) -> bool:
    """``prev`` ends right where ``m`` starts and names ``div``'s city or province."""
    if prev is None or prev.end != m.start:
        return False
    return any(d.name in (div.city, div.province) for d in prev.divisions)


def _event_scope(text: str, m: Mention) -> bool:
    """The mention opens a workers' event title (X省职工…活动) rather than naming a place.

    Taking part in such an event (参加浙江省职工职业技能大赛) is going to that division's contest:
    there the division is a place the page's workers go to, and counts.
    """
    if not text.startswith(("职工", "職工"), m.end):
        return False
    if text.endswith(_TAKE_PART, 0, m.start):
        return False
    return _EVENT_WORD_RX.search(text, m.end, _clause_end(text, m.end)) is not None


def _accept(text: str, m: Mention, prev: Mention | None, cities: dict[str, float] | None = None,
            provs: dict[str, float] | None = None) -> bool:
    """Whether a suffixed-name hit is a real place mention (see module rules)."""
    if _suffix_is_word(text, m):
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
    return not _event_scope(text, m)


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
_NOT_PAIRED = _MUNICIPALITIES | _NOT_BARE
#: What follows a bare place the sentence makes a place: an event verb, 的, a comma, the end of a list.
_PLACE_AFTER = _AT_PLACE_AFTER + _LIST_END


def _placed(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands after a word of place and before what follows a place (在成都召开, 来自贵州的)."""
    return text.endswith(_TO_PLACE, 0, start) and text.startswith(_PLACE_AFTER, end)


def _native_of(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is where a person comes from: 是 before it, 人 after it, then no Han character
    (她是广西人，…; 是新疆伊犁人，): a province or prefecture named as a person's home, which is a place.
    Not a demonym inside a word or a user name (新成都人, 我是郾城人在驿城)."""
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


def _bare_prefecture(text: str, m: Mention, nxt: Mention | None, listed: bool = False) -> bool:
    """A prefecture or province written without its suffix where the sentence makes it a place.

    A prefecture right before one of its own counties (成都武侯区); a prefecture or a province after a
    word of place and before an event verb, 的 or the end of a list (在成都召开, 来自贵州的职工, 分赴江西、
    安徽等地), or right before 一所 (考上武汉一所大学).  A name with several readings (吉林 province or city,
    海南) stays context; so does a name glued into a word (河南岸街道, 湖南建工集团, 送上海上安全)."""
    if m.full:
        return False
    div = m.divisions[0]
    if len(m.divisions) != 1 and not (div.name in _MUNICIPALITIES and all(d.name == div.name for d in m.divisions)):
        return False  # (a municipality is both a province and a city: one place)
    if div.level == "P":
        if div.name in _NOT_BARE:
            return False
        if _pair_city(text, m, nxt) is not None:
            return True
    elif div.level != "C":
        return False
    else:
        if nxt is not None and nxt.start == m.end and nxt.full and any(d.city == div.name for d in nxt.divisions):
            return True
        if text.startswith(_ZONE_HEADS, m.end) and _heads_zone(text, m.end):
            return True  # 在张掖经济技术开发区举行: the prefecture a development zone is named after
    if (text.startswith(_ONE_SCHOOL, m.end) or text.startswith(_WITHIN, m.end) or _native_of(text, m.start, m.end)
            or _home_of(text, m)):
        return True
    if listed:
        return True  # the first item of a list of places (宜昌、襄阳、黄石等地), which needs no word of place
    return _placed(text, m.start, m.end)


def _sole_prefecture(m: Mention) -> Division | None:
    """The one prefecture ``m`` reads as, its other readings being only that prefecture's own namesake counties
    (长沙: 长沙市 and 长沙县), else None."""
    heads = [d for d in m.divisions if d.level == "C"]
    if len(heads) != 1 or any(d is not heads[0] and (d.level != "K" or d.city != heads[0].name) for d in m.divisions):
        return None
    return heads[0]


def _framed_prefecture(text: str, m: Mention, provs: dict[str, float]) -> Division | None:
    """A bare prefecture after a word of place (在长沙落下帷幕, 从西宁来) on a page that names its province
    in a suffixed name (湖南省, or 海东市 for 西宁), else None.

    The province on the page confirms which reading the writer means; the name must not be an ordinary
    word first (大同, 开封: jieba's tag), nor run on into a longer dictionary word or modify another name
    (在成都银行, 在安康杯竞赛中, 在长沙南站)."""
    if m.full or not (text.endswith(_FRAME_BEFORE, 0, m.start) or _route_start(text, m)):
        return None
    div = _sole_prefecture(m)
    if div is None:
        return None
    if provs.get(div.province or "", 0.0) < 2.0:
        return None
    return None if _word_first(text, m) else div  # (大同; 长治久安, 三明治: the start of another word)


def _sole_reading(m: Mention) -> Division | None:
    """The one division a bare name reads as (格尔木: 格尔木市; 长沙: the prefecture over its namesake county)."""
    return m.divisions[0] if len(m.divisions) == 1 else _sole_prefecture(m)


def _framed_pair(text: str, mentions: list[Mention], i: int) -> Division | None:
    """The reading of bare name ``i`` when it is one of two bare names joined by 和/与/及 after a word of place
    and closing the clause (家在格尔木和西宁，, 从西宁与格尔木。), each with one reading and neither an
    ordinary word first, else None: two places named side by side confirm each other, as a 、-list closed by
    等地 does, with no province on the page."""
    m = mentions[i]
    for a in (i - 1, i):
        if a < 0 or a + 1 >= len(mentions):
            continue
        x, y = mentions[a], mentions[a + 1]
        if x.full or y.full or y.start != x.end + 1 or text[x.end] not in _CONJUNCTION_CHARS:
            continue
        if not text.endswith(_FRAME_BEFORE, 0, x.start) or not (y.end == len(text) or text[y.end] in _CLAUSE_END):
            continue
        readings = [_sole_reading(x), _sole_reading(y)]
        if None in readings or _word_first(text, x) or _word_first(text, y):
            continue
        return readings[i - a]  # (m is x or y)
    return None


def _route_start(text: str, m: Mention) -> bool:
    """True when ``m`` opens a route to another name (跑一趟西宁到玛多, 西宁至格尔木): the start of a trip is a place."""
    return text.startswith(_ROUTE_TO, m.end) and m.end + 1 < len(text) and _is_han(text[m.end + 1]) \
        and text[m.end + 1] not in "了过過底处處位期时時今少多于於此场場达達"  # (至今, 至少, 到底, 到场: other words)


#: What follows the place of a dateline that opens a headline or a paragraph (宜昌：…, 寻乌:…).
_DATELINE_MARKS = ("：", ":")


def _dateline_place(text: str, m: Mention, firm: tuple[dict[str, float], dict[str, float]]) -> Division | None:
    """A bare name opening a line before a colon (宜昌：夷陵区总工会…, 寻乌：…), a local paper's or station's dateline:
    where the story is, when the page confirms it (``firm``: the votes of its suffixed names, for the province, or
    for the city of a prefecture or county).  One reading only, no word first (jieba), no county too short to stand
    alone; else None."""
    if m.full or not text.startswith(_DATELINE_MARKS, m.end):
        return None
    div = _sole_reading(m)
    if div is None or _needs_parent(div) or _dictionary_tag(m.text) in _WORD_TAGS:
        return None
    provs, cities = firm
    if div.level == "P":
        return div if div.name not in _NOT_BARE and provs.get(div.name, 0.0) >= 2.0 else None
    return div if cities.get((div.name if div.level == "C" else div.city) or "", 0.0) >= 2.0 else None


def _framed_county(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A county written without its suffix after a word of place and before a comma or a word that ends a place
    (在玉环，当地工会…; 在秀山，县总工会…), on a page that names its city in full, else None.

    Short county names are often words, so the page must place the county: one reading only is a county whose
    city is written in full, and the name is no ordinary word first nor the start of a longer one."""
    if m.full or not text.endswith(_FRAME_BEFORE, 0, m.start) or any(d.level != "K" for d in m.divisions):
        return None
    if m.end < len(text) and (text[m.end] == "、" or _is_han(text[m.end]) and not text.startswith(_PLACE_AFTER, m.end)):
        return None  # (a 、-list is a list of places only as _listed_county reads it)
    backed = [d for d in m.divisions if not _needs_parent(d) and cities.get(d.city or "", 0.0) >= 2.0]
    if len(backed) != 1 or _word_first(text, m):
        return None
    return backed[0]


#: What joins the two ends of a route (牡丹江至绥芬河), and what may follow its far end (…线路, …方向).
_ROUTE_TO = ("至", "到")
_ROUTE_AFTER = ("线路", "線路", "线", "線", "方向", "高速", "公路", "铁路", "鐵路", "航线", "航線", "班线", "班線", "的")


def _route_county(text: str, m: Mention, start: Mention, start_ok: bool, cities: dict[str, float]) -> Division | None:
    """A county written without its suffix as the far end of a route from ``start`` (牡丹江至绥芬河线路), on a page that
    names its city in full, else None.  The start is a place taken or one naming the county's city; only one
    reading is backed by the page, it is no ordinary word first, and a route word, punctuation or the text's end
    follows."""
    if m.full or any(d.level != "K" for d in m.divisions):
        return None
    if m.end < len(text) and _is_han(text[m.end]) and not text.startswith(_ROUTE_AFTER, m.end):
        return None
    backed = [d for d in m.divisions if not _needs_parent(d) and cities.get(d.city or "", 0.0) >= 2.0]
    if len(backed) != 1 or _word_first(text, m):
        return None
    city = backed[0].city
    if not start_ok and not any(d.name == city or d.city == city for d in start.divisions):
        return None
    return backed[0]


def _taken_before(out: list[Place], m: Mention) -> bool:
    """Some reading of ``m`` is a city or county already taken from the page (廉江 after 廉江市)."""
    return any(d.name in (p.city, p.county) for p in out for d in m.divisions)


def _route_prefecture(text: str, m: Mention) -> Division | None:
    """A prefecture written without its suffix as the far end of a route whose start was taken as a place (廉江至南宁
    线路), else None: a route joins two places.  One prefecture reading only, no ordinary word first, and a route
    word, punctuation or the text's end follows (至南宁银行 is a firm)."""
    if m.full or m.end < len(text) and _is_han(text[m.end]) and not text.startswith(_ROUTE_AFTER, m.end):
        return None
    div = _sole_prefecture(m)
    return None if div is None or _word_first(text, m) else div


#: Words after a bare county that name a sight of the county's own (正定古城文化体验, 赞皇嶂石岩景区 is no such word).
_SIGHTS = ("古城", "古镇", "古鎮", "景区", "景區", "风景区", "風景區")
#: Verbs of going before a bare county (去赞皇嶂石岩, 到赞皇): where someone goes is a place.
_GO_TO = ("去", "到", "赴", "前往")


def _backed_county(m: Mention, cities: dict[str, float]) -> Division | None:
    """The one 县 reading of bare ``m`` whose city the page writes in full, every reading being a county, else None.
    (A district's short name often names a park, hotel or street of its town: 去东湖公园, 去金牛宾馆.)"""
    if m.full or any(d.level != "K" for d in m.divisions):
        return None
    backed = [d for d in m.divisions if d.name[-1] in "县縣" and d.name[:-1] not in _GENERIC_STEMS
              and cities.get(d.city or "", 0.0) >= 2.0]
    return backed[0] if len(backed) == 1 else None


def _sight_county(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare county before a word for its old town or scenic area (正定古城文化体验) on a page that writes its city in
    full (石家庄市), else None: the sight is named after the county, a place even when its stem is a word (正定)."""
    if not text.startswith(_SIGHTS, m.end) or m.start and _is_han(text[m.start - 1]) \
            and not text.endswith(_GO_TO + _FRAME_BEFORE, 0, m.start):
        return None
    return _backed_county(m, cities)


def _gone_to_county(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare county after a verb of going (去赞皇嶂石岩) on a page that writes its city in full, whose name is no
    ordinary word first nor the start of a longer one (_word_first), nor a verb's word run on (到达日…: 到达, no 达日县)."""
    if not text.endswith(_GO_TO, 0, m.start) or _word_first(text, m) or _dictionary_tag(text[m.start - 1:m.start + 1]):
        return None
    return _backed_county(m, cities)


#: Time words or modifiers + 的 before a prefecture that closes its clause (七月的宜昌，, 夏日的宜昌。): the scene.
_SCENE_END = set("，,。；;！!")


def _scene_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture after 的 that ends its clause (七月的宜昌，午后…), the page confirming it (a county of it in
    full: 西陵区), else None: a literary opening names the city the story is in."""
    if m.full or not text.endswith("的", 0, m.start) or m.end >= len(text) or text[m.end] not in _SCENE_END:
        return None
    return _confirmed_prefecture(text, m, cities)


def _counted_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture right before a count of one firm or school (张掖一家物流公司的调度员), on a page that writes it
    or one of its counties in full (甘州区), else None: the firm is there, so the prefecture is the place named.
    Not an ordinary word first (jieba), and only a prefecture (a bare province so written stays context)."""
    if m.full or not text.startswith(_ONE_OF, m.end):
        return None
    div = _sole_prefecture(m)
    if div is None or cities.get(div.name, 0.0) < 2.0 or _dictionary_tag(m.text) in _WORD_TAGS:
        return None
    return div


#: Han characters at most between a bare prefecture and the union word that closes the name it opens (淮北 +
#: 矿业集团 + 工会).
_UNION_NAME_GAP = 12


def _confirmed_prefecture(text: str, m: Mention, cities: dict[str, float], firm: bool = False) -> Division | None:
    """The one prefecture bare ``m`` reads as, when the page writes it or one of its counties in full (杜集区 for
    淮北) and the name is no ordinary word first (jieba) nor the start of a longer one (长治久安), else None.
    ``firm``: ``m`` opens a firm's or an institution's name, which a page about that body may be the only place to
    write its city in (盐城供电公司工会): a page that writes no other prefecture in full need not confirm it."""
    div = _sole_prefecture(m)
    if div is None or _dictionary_tag(m.text) in _WORD_TAGS:
        return None
    if cities.get(div.name, 0.0) < 2.0 and not (firm and not any(c != div.name for c in cities)):
        return None
    return None if any(m.end + k <= len(text) and _dictionary_tag(text[m.start:m.end + k]) for k in (1, 2)) else div


def _opens_clause(text: str, m: Mention) -> bool:
    """``m`` opens a clause or the text, or follows a function character that makes no word with it (由淮北…)."""
    if m.start == 0 or not _is_han(text[m.start - 1]):
        return True
    return text[m.start - 1] in _FUNCTION_BEFORE and not _dictionary_tag(text[m.start - 1:m.start + 1])


def _union_owner_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture that opens a union's name (淮北矿业集团工会相关负责人表示): places inside union names count.
    The name opens a clause and runs in Han characters to 工会 within a few; the page confirms the prefecture (see
    _confirmed_prefecture).  A bare province so written (湖北宜化集团工会) stays context."""
    if m.full or not _opens_clause(text, m):
        return None
    j = m.end
    while j < len(text) and j - m.end <= _UNION_NAME_GAP and _is_han(text[j]) and not text.startswith(_UNION_AFTER, j):
        j += 1
    if j == m.end or not text.startswith(_UNION_AFTER, j):
        return None
    # (a railway group named by its bureau's seat, 南昌局集团公司, and a city's commercial bank, 成都银行, a brand that
    # works in many cities, are no body of the city's own: they must confirm it)
    firm = text.endswith(_OWN_BODY_ENDS, m.end, j) and not text.startswith("局", m.end)
    div = _confirmed_prefecture(text, m, cities, firm=firm)
    if div is None:
        sole = _sole_prefecture(m)
        if sole is not None and _listed_owner_sibling(text, m, j, sole.province):
            div = _confirmed_prefecture(text, m, {sole.name: 2.0})
    return div


def _item_owner(text: str, at: int, province: str | None) -> bool:
    """The item of a union list that starts at ``at`` opens with a bare prefecture of ``province`` (桂林车务段工会)."""
    hits = scan(text[at:at + _LONGEST_FULL])
    if not hits or hits[0].start != 0 or hits[0].full:
        return False
    sole = _sole_prefecture(hits[0])
    return sole is not None and sole.province == province


def _listed_owner_sibling(text: str, m: Mention, j: int, province: str | None) -> bool:
    """The union whose name bare ``m`` opens (its union word at ``j``) is an item of a 、-list of unions of which the
    next or the previous item opens with a bare prefecture of the same province (柳州工务段工会、桂林车务段工会、南宁车辆段
    工会): the list of a province's units confirms each other's prefectures, as a list of places closed by 等地 does."""
    end = next((j + len(w) for w in _UNION_AFTER if text.startswith(w, j)), j)
    if text.startswith("、", end) and _item_owner(text, end + 1, province):
        return True
    if m.start < 2 or text[m.start - 1] != "、" or not text.endswith(_UNION_AFTER, 0, m.start - 1):
        return False
    k = m.start - 1
    while k > 0 and _is_han(text[k - 1]) and m.start - 1 - k <= _UNION_NAME_GAP + 6:
        k -= 1
    return _item_owner(text, k, province) if k == 0 or not _is_han(text[k - 1]) else False


#: jieba tags of the word right after a clause-opening bare prefecture that make it the clause's subject: the noun it
#: modifies (定西气温持续走低) or an adverb before the predicate (连日来，绵阳持续高温; 绵阳再次入选).
_SUBJECT_NEXT = ("n", "d", "vd")


def _subject_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture opening a clause's subject, the noun it modifies right after it (入冬以来，定西气温持续走低:
    the place's weather, economy, districts) or an adverb of its predicate (绵阳持续高温), the page confirming the prefecture, and no firm, institution or body
    named in the clause (定西银行, 定西公司: a body's name, not the place; 苏州打工人: 打工 is a verb)."""
    if m.full or not (m.start == 0 or text[m.start - 1] in _CLAUSE_END):
        return None
    if _dictionary_tag(text[m.end:m.end + 2]) not in _SUBJECT_NEXT or not _is_han(text[m.end + 1:m.end + 2] or "a"):
        return None
    if text.startswith(_MODIFIED, m.end) or _clause_names_body(text, m.end):
        return None
    return _confirmed_prefecture(text, m, cities)


#: Verbs of coming back from a place, a few characters after 从 + the place (刚从广东运货回来的货车司机).
_BACK_FROM = ("回来", "回來", "归来", "歸來", "返回", "赶回", "趕回")


#: One-character verbs of going and coming right after 从 + a place (从上海来, 从广东回到家乡).
_COME_GO = set("来來回去到赴赶趕")


def _trip_origin(text: str, m: Mention) -> bool:
    """A bare province or municipality after 从 that a verb of coming back closes within a few characters
    (从广东运货回来), or that a verb follows at once (从广东返乡, 从上海来, 从江苏调入): where a trip or a move came from,
    a place.  One reading only, not a name never read bare (吉林, 海南), no word first, and no firm or body named in
    between (从湖南建工集团回来)."""
    if not _province_level(m) or not text.endswith(("从", "從"), 0, m.start):
        return False
    if _word_first(text, m):
        return False
    if text[m.end:m.end + 1] in _COME_GO or _dictionary_tag(text[m.end:m.end + 2]) in ("v", "vn"):
        return not _clause_names_body(text, m.end)
    j = m.end
    while j < len(text) and j - m.end <= 6 and _is_han(text[j]) and not text.startswith(_BACK_FROM, j):
        j += 1
    if not text.startswith(_BACK_FROM, j):
        return False
    return _BODY_WORD_RX.search(text, m.end, j) is None


#: A common word's count in jieba's dictionary (会同 859: "jointly with"), from which a county's stem read inside prose
#: may be that word.
_COMMON_STEM = 100
#: Adverbs and conjunctions that stand before a verb, not before a name (并会同, 还会同, 也会同): a county's stem right
#: after one is read as a verb.
_VERB_ADVERBS = set("并並还還也又再均都亦")
#: Last characters of a short organ name after a level word (县人社局, 县总工会, 县委, 县政府办).
_ORGAN_ENDS = set("局委办辦院会會府所站室部厅廳处處")


def _word_across_level(text: str, m: Mention, provs: dict[str, float], cities: dict[str, float]) -> bool:
    """A county's full name read across a word and a level word that opens a short organ name (并会同县人社局加强…:
    the verb 会同, then 县人社局, the page's own county's bureau).  The stem is a common dictionary word right after
    an adverb or conjunction that opens a verb phrase (并, 还, 也), an organ ends within a few characters after, and
    the page names nothing else of that county's city or province, while it names another city in full (晋中市, or
    one of its counties: 平遥县)."""
    if not m.start or text[m.start - 1] not in _VERB_ADVERBS:
        return False
    if len(m.divisions) != 1 or m.divisions[0].level != "K" or len(m.text) != 3:
        return False
    if not any(c in _ORGAN_ENDS for c in text[m.end:m.end + 4]):
        return False
    div = m.divisions[0]
    own = _votes(m)[0][2]
    if cities.get(div.city or "", 0.0) > own or provs.get(div.province or "", 0.0) > own:
        return False
    if not any(w >= 2.0 for c, w in cities.items() if c != div.city):
        return False  # (the page is about no other city: its one county may well be this one)
    from ..people import _entry

    parts = _entry(m.text[:2])
    return len(parts) > 2 and parts[1].isdigit() and int(parts[1]) >= _COMMON_STEM and parts[2] != "ns"


def _province_before_county(text: str, m: Mention, nxt: Mention | None, cities: dict[str, float]) -> bool:
    """A bare province written right before one of its own counties, the page placing that county (黑龙江宝清经济开发区
    on a page that writes 宝清县 in full): the province is named as a place.  The county must read as that province's
    only, its city must have the weight of a full name on the page, and the clause must name no firm or institution
    (云南盘龙建设公司: a firm's name); a municipality is left out (天津红桥分公司)."""
    if nxt is None or nxt.start != m.end or not _sole_bare_province(m):
        return False
    prov = m.divisions[0].name
    own = [d for d in nxt.divisions if d.level == "K" and d.province == prov]
    if len(own) != 1 or len(nxt.divisions) != 1 or cities.get(own[0].city or "", 0.0) < 2.0:
        return False
    return not _clause_names_body(text, nxt.end)


def _province_level(m: Mention) -> bool:
    """``m`` is a bare province that may be read bare (_sole_bare_province), or a bare municipality (上海: a province
    and a city of one name)."""
    if _sole_bare_province(m):
        return True
    div = m.divisions[0] if m.divisions else None
    return (not m.full and div is not None and div.name in _MUNICIPALITIES
            and all(d.name == div.name and d.level in "PC" for d in m.divisions))


#: Verbs of going back and forth between two places (往返江山与上海之间, 往来于沪杭两地), and what closes such a pair.
_ROUTE_VERBS = ("往返", "来往", "來往", "往来", "往來", "穿梭", "奔波", "辗转", "輾轉")
_ROUTE_END = ("之间", "之間", "两地", "兩地")
_AND_PLACE = set("与和與及跟同")


def _route_end(text: str, m: Mention) -> bool:
    """A bare province or municipality named as one end of a route: right after a verb of going back and forth
    (往返上海与江山之间, 往返于上海和…), or joined by 与/和 to the other end before 之间 or 两地, or in a clause that opens
    with such a verb (往返于江山和上海).  No word first and no firm or body named after it (与上海交通大学之间)."""
    if not _province_level(m) or _word_first(text, m):
        return False
    k = m.start - 1 if text.endswith(("于", "於"), 0, m.start) else m.start
    if text.endswith(_ROUTE_VERBS, 0, k):
        return not _clause_names_body(text, m.end)
    if not m.start or text[m.start - 1] not in _AND_PLACE:
        return False
    if text.startswith(_ROUTE_END, m.end):
        return True
    lo = m.start - 1
    while lo > 0 and text[lo - 1] not in _CLAUSE_END and m.start - lo < 16:
        lo -= 1
    return any(v in text[lo:m.start] for v in _ROUTE_VERBS) and not _clause_names_body(text, m.end)


def _chain_county(text: str, head: Division, m: Mention) -> Division | None:
    """The county of a bare name written right after its own city as one place (佛山南海狮山，台州市玉环), else None.

    The city and its county are a place chain when the county reading is the mention's only one under that
    city, the name is no word first, and the chain ends within a short town name at a non-Han character,
    not in a firm's or institution's name (佛山南海支行)."""
    if m.full or head.level != "C":
        return None
    own = [d for d in m.divisions if d.level == "K" and d.city == head.name and not _needs_parent(d)]
    return own[0] if len(own) == 1 and _chain_ends(text, m) else None


def _pair_city(text: str, m: Mention, nxt: Mention | None) -> Division | None:
    """The prefecture of a bare province written right before it as one place, else None.

    A dateline-style "province + its prefecture" (江西宜春：, 四川泸州：, 江西宜春市袁州区), or such a pair
    after a word of place and before an event verb, 的, a comma (来自湖南邵阳的骑手, 在新疆乌鲁木齐，) or a verb of
    what is done there (在广东东莞做了8年), or before a count of one firm or school (江西宜春一家公司的女职工): both
    are places.  Not a firm's branch name (天津红桥分公司: a
    municipality and a bare district glued to a word)."""
    if (nxt is None or nxt.start != m.end or m.full or len(m.divisions) != 1 or m.divisions[0].level != "P"
            or m.divisions[0].name in _NOT_PAIRED):
        return None
    prov = m.divisions[0].name
    own = [d for d in nxt.divisions if d.province == prov and d.level == "C"]
    if len(own) != 1:
        return None
    if (nxt.full or nxt.end >= len(text) or not _is_han(text[nxt.end])
            or _placed(text, m.start, nxt.end)
            or _pair_then_verb(text, m.start, nxt.end)
            or _pair_between(text, m.start, nxt.end)
            or _native_of(text, m.start, nxt.end)
            or _county_follows(text, nxt.end, own[0].name)
            or text.startswith(_ONE_OF, nxt.end)  # (江西宜春一家锂电公司: the firm is there)
            or text.startswith(_ZONE_HEADS, nxt.end) and _heads_zone(text, nxt.end)):  # (甘肃张掖经济技术开发区)
        return own[0]
    return None


def _pair_then_verb(text: str, start: int, end: int) -> bool:
    """The pair ``text[start:end]`` stands after a word of place and before a verb (在广东东莞做了8年服装, 在浙江杭州
    打工): where someone works or lives, a place; no firm or body named in the clause after it (在湖南长沙建设银行)."""
    if not text.endswith(_FRAME_BEFORE, 0, start) or _dictionary_tag(text[end:end + 1]) != "v" \
            and _dictionary_tag(text[end:end + 2]) not in ("v", "vn"):
        return False
    return not _clause_names_body(text, end)


#: The second half of "between A and B" (往返于准格尔旗和河北唐山之间): a conjunction before the pair, 之间 after it.
_BETWEEN_AND = ("和", "与", "與", "及", "同", "跟")
_BETWEEN = ("之间", "之間")


def _pair_between(text: str, start: int, end: int) -> bool:
    """The pair ``text[start:end]`` closes a span "between A and B" (往返于准格尔旗和河北唐山之间): the two ends of a
    route or a distance, places; _pair_then_verb's frame (a word of place before it) does not reach there, as the
    word of place (于) governs the first end."""
    return text.startswith(_BETWEEN, end) and text.endswith(_BETWEEN_AND, 0, start)


def _county_follows(text: str, at: int, city: str) -> bool:
    """A county of ``city`` is written in full at ``at`` (陕西榆林神木市: the chain down to the county)."""
    for m in scan(text[at:at + _LONGEST_FULL]):
        if m.start == 0 and m.full:
            return any(d.level == "K" and d.city == city for d in m.divisions)
        break
    return False


def _place_list(text: str, mentions: list[Mention], i: int, loose_end: bool = False) -> range | None:
    """Indexes of the bare 、-list closed by 等地 that mention ``i`` is in (泰宁、将乐、建宁等地), else None.

    Every item is a gazetteer name standing alone between 、 marks, the first after a word of place or
    a non-Han character (or after the province of a first prefecture: 江西赣州、瑞金等地), and there are
    two items at least.  ``loose_end``: any 等 closes the list (在府谷、横山等煤炭主产区, 在罗庄、沂南等7个
    县区), or a word for "there" (无为、湾沚那边), for counties the page itself must confirm."""
    lo = i
    while lo > 0 and mentions[lo - 1].end + 1 == mentions[lo].start and text[mentions[lo].start - 1] == "、":
        lo -= 1
    hi = _list_last(text, mentions, i)
    if hi == lo:
        return None
    counted = loose_end and _counted_list(text, mentions, lo, hi)
    if not counted and not text.startswith(_LIST_CLOSE if loose_end else _LIST_END, mentions[hi].end):
        return None
    first = mentions[lo].start
    if lo and mentions[lo - 1].end == first and _pair_city(text, mentions[lo - 1], mentions[lo]) is not None:
        first = mentions[lo - 1].start  # the list opens after its province (来自江西赣州、瑞金等地)
    if (first and _is_han(text[first - 1]) and not text.endswith(_TO_PLACE, 0, first) and not counted
            and not (loose_end and _typed_list(text, mentions, lo, hi)) and not _modified_list(text, mentions, first, hi)):
        return None
    return range(lo, hi + 1)


#: A list's own count and its items' level right after its last item (湾沚、繁昌、南陵、无为4家县公司, 府谷、横山两县):
#: a numeral, maybe a measure word, then a level word.
_COUNTED_END = recode.compile(r"(\d{1,2}|[两兩二三四五六七八九十])(?:个|個|家)?(?:县|縣|区|區|市|旗)")
_SMALL_NUMERALS = {c: n for n, cs in enumerate(("", "", "二两兩", "三", "四", "五", "六", "七", "八", "九", "十"))
                   for c in cs}


def _counted_list(text: str, mentions: list[Mention], lo: int, hi: int) -> bool:
    """The 、-list of mentions ``lo``..``hi`` is closed by its own count and a level word (湾沚、繁昌、南陵、无为4家县
    公司: four items, then 4 and 县), and every item is a bare name with a county-level reading: an enterprise page's
    list of its county branches names the counties by their short names.  A count that is not the list's length
    (…、无为8支代表队) says nothing about the items."""
    at = mentions[hi].end
    if at >= len(text) or not (text[at].isdigit() or text[at] in _SMALL_NUMERALS):
        return False  # (one cheap test: most lists end with 等 or a word)
    mt = _COUNTED_END.match(text, at)
    if mt is None:
        return False
    n = int(mt.group(1)) if mt.group(1).isdigit() else _SMALL_NUMERALS[mt.group(1)]
    return n == hi - lo + 1 and all(
        not mentions[j].full and any(d.level == "K" for d in mentions[j].divisions) for j in range(lo, hi + 1))


def _modified_list(text: str, mentions: list[Mention], first: int, hi: int) -> bool:
    """The list starting at ``first`` follows the 的 of a modifier and ends in 等地 (高速沿线的綦江、江津等地): the
    modifier says where, 等地 that the items are places."""
    return text[first - 1] == "的" and text.startswith(_LIST_END, mentions[hi].end)


#: The end of a list that names its items' level (与思明、集美等区的驿站, 东兰、凤山等县): 等 and the level word.
_TYPED_END = {"等区": "区", "等區": "區", "等县": "县", "等縣": "縣", "等旗": "旗"}


def _typed_list(text: str, mentions: list[Mention], lo: int, hi: int) -> bool:
    """The 、-list of mentions ``lo``..``hi`` ends with 等 and a level word (思明、集美等区) that some county reading
    of every item ends with: the list says what its items are, so it needs no word of place before it (与思明…)."""
    level = _TYPED_END.get(text[mentions[hi].end:mentions[hi].end + 2])
    return level is not None and all(
        not mentions[j].full and any(d.level == "K" and d.name.endswith(level) for d in mentions[j].divisions)
        for j in range(lo, hi + 1))


def _listed_prefecture(text: str, mentions: list[Mention], i: int) -> Division | None:
    """The prefecture a bare name means that is also its own namesake county's (南昌: 南昌市 and 南昌县), as an item
    of a 、-list of bare prefectures (分赴福州、厦门、南昌、赣州等地), else None: in a list of cities it is the city."""
    m = mentions[i]
    head = _sole_prefecture(m)
    if m.full or head is None:
        return None
    items = _place_list(text, mentions, i, loose_end=True)
    if items is None:
        return None
    others = [mentions[j] for j in items if j != i]
    if all(not x.full and any(d.level == "C" for d in x.divisions) and all(d.level in "CK" for d in x.divisions)
           for x in others) and any(len(x.divisions) == 1 for x in others):
        return head
    return None


def _province_of(text: str, m: Mention) -> bool:
    """A bare province after 是 that the clause makes a place of (城固是陕西茶叶主产区之一: "is one of Shaanxi's
    …"), as _native_of reads 是广西人: one reading only, not a name never read bare (吉林, 海南), no word first
    (jieba), and no firm or institution named after it in the clause (是湖南建工集团的)."""
    if not _sole_bare_province(m):
        return False
    if not text.endswith("是", 0, m.start) or m.end >= len(text) or not _is_han(text[m.end]):
        return False
    if _word_first(text, m):
        return False
    return not _clause_names_body(text, m.end)


#: Words before a bare province that make it what the phrase after it belongs to (作为新疆重要的…基地: "as Xinjiang's
#: important …").
_AS_BEFORE = ("作为", "作為")
#: Han characters at most between a bare province and the 的 of its phrase (新疆 + 重要 + 的, 广西 + 最大 + 的).
_PHRASE_GAP = 3
#: jieba tags of the word in that gap: an adjective, a distinguishing word, an adverb, a pronoun or a place word
#: (重要, 主要, 最, 各地, 当地).
_GAP_TAGS = ("a", "b", "d", "r", "s")


def _province_phrase(text: str, m: Mention) -> bool:
    """A bare province that opens a 的-phrase about it (作为新疆重要的优质棉生产基地, ，广西最美的…): after 作为, a
    word of place or a clause's start, then at most a short word before 的, as _native_of reads 是广西人.  One
    reading only, not a name never read bare (吉林, 海南), no word first (jieba), and no firm, institution or body
    named in the clause (湖南建工集团的钢筋工, 新疆各级工会)."""
    if not _sole_bare_province(m):
        return False
    if m.start and _is_han(text[m.start - 1]) and not text.endswith(_TO_PLACE + _AS_BEFORE, 0, m.start):
        return False
    j = text.find("的", m.end, m.end + _PHRASE_GAP + 1)
    if j < 0 or not all(_is_han(c) for c in text[m.end:j]) or _word_first(text, m):
        return False
    if j > m.end and not _dictionary_tag(text[m.end:j]).startswith(_GAP_TAGS):
        return False  # 湖北宜化的职工: a firm's short name, not a word about the province
    return not _clause_names_body(text, m.end)


#: What may follow a province's 工会 in a site's or app's name (浙江工会网, 江苏工会APP, 浙江工会之家): no prose there.
_SITE_AFTER_UNION = frozenset("网網之会會")


def _province_union_work(text: str, m: Mention) -> bool:
    """A bare province before 工会 as the province's union movement, the object of a verb and followed by what it
    does (擦亮浙江工会服务职工品牌: "polish the brand of Zhejiang's unions serving workers"): one reading only, a
    verb (jieba's v, vn) right before it, and prose after 工会, not a site's or app's name (浙江工会网, 江苏工会”APP)."""
    if not _sole_bare_province(m) or m.start < 2 or not text.startswith(("工会", "工會"), m.end):
        return False
    nxt = text[m.end + 2:m.end + 3]
    if not nxt or not _is_han(nxt) or nxt in _SITE_AFTER_UNION:
        return False
    return _dictionary_tag(text[m.start - 2:m.start]) in ("v", "vn")


#: Opening quotes of a festival's or campaign's name written right after a bare province (广西“三月三”).
_TITLE_OPEN = {"“": "”", "「": "」", "『": "』"}
#: Longest quoted name read as an event's (浙江“千万工程”, 广西“三月三”): a short title, not a quoted sentence.
_TITLE_LONGEST = 12


def _province_before_title(text: str, m: Mention) -> bool:
    """A bare province that owns the quoted festival or campaign named right after it (举办广西“三月三”民族体育项目展示,
    浙江“千万工程”): one reading only, not a name never read bare (吉林, 海南), after no Han character or after one
    Han character that makes a dictionary word with its first (举办广西“三月三”, 和广西“三月三”; not inside a word), a
    short quoted name closed, and no firm or institution named after it (广西“柳工”集团: the firm's name)."""
    close = _TITLE_OPEN.get(text[m.end:m.end + 1])
    if close is None or not _sole_bare_province(m):
        return False
    if m.start and _is_han(text[m.start - 1]) and _dictionary_tag(text[m.start - 1:m.start + 1]):
        return False
    j = text.find(close, m.end + 2, m.end + 2 + _TITLE_LONGEST)
    if j < 0 or _word_first(text, m):
        return False
    return not _clause_names_body(text, j + 1)


def _listed_county(text: str, mentions: list[Mention], i: int, cities: dict[str, float]) -> Division | None:
    """A county written without its suffix as an item of a list of places (在泰宁、将乐、建宁等地), else None.

    Short county names are often ordinary words, so the page must place the county itself: its city
    has the weight of a full name (the city, a sibling county named in full) outside the list."""
    m = mentions[i]
    counties = [d for d in m.divisions if d.level == "K"]
    if m.full or not counties:
        return None
    items = _place_list(text, mentions, i, loose_end=True)
    if items is None:
        return None
    own: dict[str, float] = {}  # the list's own votes, taken off the page's
    heads: set[str] = set()  # prefectures the list itself names as items (江西赣州、瑞金等地)
    for j in items:
        if not _loose(mentions[j]):
            for _p, c, w in _votes(mentions[j]):
                if c:
                    own[c] = own.get(c, 0.0) + w
        if j != i and len(mentions[j].divisions) == 1 and mentions[j].divisions[0].level == "C":
            heads.add(mentions[j].divisions[0].name)
    strict = text.startswith(_LIST_END, mentions[items[-1]].end)
    backed = [d for d in counties if d.name[:-1] not in _GENERIC_STEMS
              and (cities.get(d.city or "", 0.0) - own.get(d.city or "", 0.0) >= 2.0
                   or (strict and d.city in heads))]
    return backed[0] if len(backed) == 1 else None


#: Endings of the functional zones the gazetteer lists among counties (芜湖经济技术开发区, 长沙高新技术产业开发区,
#: 南阳市城乡一体化示范区): they carry statistics codes but are no administrative division, and no gold lists one.
_ZONE_ENDS = ("开发区", "产业园区", "示范区")


def find_places(text: str) -> list[Place]:
    """Administrative divisions named with their suffix in ``text``, in order of first mention."""
    if not text:
        return []
    mentions = scan(text)
    provs, cities = _context([m for m in mentions if not _loose(m)])
    page_trad = _page_is_trad(text)
    out: list[Place] = []
    seen: set[tuple] = set()
    bare_at: dict[tuple, int] = {}  # key -> index in out of a place so far named only bare
    prev: Mention | None = None
    pair: tuple[int, Division] | None = None  # the prefecture after a bare province taken as a pair (湖南邵阳)
    firm: tuple[dict[str, float], dict[str, float]] | None = None  # votes of suffixed names only, made when needed
    prev_ok, prev_div = False, None  # whether the last mention was taken, and its city when it names one
    for i, m in enumerate(mentions):
        div = None
        if m.full:
            ok = _accept(text, m, prev, cities, provs) and not _word_across_level(text, m, provs, cities)
        elif pair is not None and pair[0] == i:
            ok, div = True, pair[1]
        else:
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            listed = nxt is not None and nxt.start == m.end + 1 and text[m.end] == "、" and _opens_place_list(
                text, mentions, i)
            ok = _bare_prefecture(text, m, nxt, listed)
            if ok and nxt is not None and not nxt.full:
                city = _pair_city(text, m, nxt)
                if city is not None:
                    pair = (i + 1, city)
            if not ok and (text.startswith("、", m.end) or m.start and text[m.start - 1] == "、"):
                div = _listed_prefecture(text, mentions, i) or _listed_county(text, mentions, i, cities)
                ok = div is not None
            if not ok:
                ok = (_province_of(text, m) or _province_phrase(text, m) or _province_union_work(text, m)
                      or _province_before_title(text, m))
            if not ok:
                if firm is None:
                    firm = _context([x for x in mentions if x.full and not _loose(x)])
                div = _framed_prefecture(text, m, firm[0])
                ok = div is not None
            if not ok and (m.start == 0 or text[m.start - 1] == "\n"):
                div = _dateline_place(text, m, firm)  # 宜昌：夷陵区总工会…: a headline's or paragraph's dateline
                ok = div is not None
            if not ok:
                div = _framed_county(text, m, firm[1])
                ok = div is not None
            if not ok:
                div = _framed_pair(text, mentions, i)  # 家在格尔木和西宁，: two bare places side by side
                ok = div is not None
            if not ok:
                div = _counted_prefecture(text, m, firm[1]) or _union_owner_prefecture(text, m, firm[1]) \
                    or _subject_prefecture(text, m, firm[1]) or _scene_prefecture(text, m, firm[1]) \
                    or _sight_county(text, m, firm[1]) or _gone_to_county(text, m, firm[1])
                ok = div is not None
            if not ok and prev is not None and prev.end == m.start - 1 and text[prev.end] in _ROUTE_TO:
                div = _route_county(text, m, prev, prev_ok, firm[1])  # 牡丹江至绥芬河线路: a route's far end
                if div is None and (prev_ok or _taken_before(out, prev)):
                    div = _route_prefecture(text, m)  # 廉江至南宁线路: a bare prefecture at the far end
                ok = div is not None
            if not ok and m.divisions[0].level == "P":  # (a province first: most bare names are no province)
                ok = _trip_origin(text, m) or _route_end(text, m) or _province_before_county(text, m, nxt, cities)
            if not ok and prev_ok and prev is not None and prev.end == m.start and prev_div is not None:
                div = _chain_county(text, prev_div, m)  # 台州市玉环: a city, then its own county bare
                ok = div is not None
            if not ok:
                heads = [d for d in m.divisions if d.level == "C"]
                if len(heads) == 1 and nxt is not None and nxt.start == m.end:
                    county = None if nxt.full else _chain_county(text, heads[0], nxt)
                    if county is not None:  # 佛山顺德容桂，: a bare city, then its own county bare
                        ok, div, pair = True, heads[0], (i + 1, county)
                elif len(heads) == 1 and _stem_county(text, m.end, heads[0]) is not None:
                    ok, div = True, heads[0]  # 坐标佛山南海狮山: a bare city, then its own district's stem
        prev = m
        prev_ok = ok
        if not ok:
            continue
        if div is None:
            div = _choose(m.divisions, provs, cities)
        prev_div = div if div is not None and div.level == "C" else None
        if div is not None and div.level == "K" and div.name.endswith(_ZONE_ENDS):
            continue  # (a development zone has a statistics code, not a county's government: no place)
        _add_place(out, seen, bare_at, m, div, page_trad)
        if prev_div is not None and (i + 1 == len(mentions) or mentions[i + 1].start != m.end):
            stem = _stem_county(text, m.end, prev_div)
            if stem is not None:
                _add_place(out, seen, bare_at, Mention(m.end, m.end + len(stem[0]), stem[0], [stem[1]], False),
                           stem[1], page_trad)
    return _page_variants(out, text) if page_trad else out


def _page_variants(places: list[Place], text: str) -> list[Place]:
    """Traditional parents written with the page's variant characters: a page that writes 赤峰 (the Taiwan and
    Hong Kong form) gets 赤峰市 as the city of 寧城縣, not the gazetteer's 赤峯市 (names stay as written)."""
    own = {g: c for c, g in _VARIANTS.items() if c in text and g not in text}
    if not own:
        return places
    table = str.maketrans(own)
    for p in places:
        p.province, p.city, p.county = (x.translate(table) if x else x for x in (p.province, p.city, p.county))
    return places


def _add_place(out: list[Place], seen: set[tuple], bare_at: dict[tuple, int], m: Mention, div: Division | None,
               page_trad: bool) -> None:
    """Add the place of a taken mention to ``out`` once; a full name replaces the bare one written before it."""
    key = (div.level, div.name, div.province, div.city) if div else ("?", m.text)
    if key in seen:
        if m.full and key in bare_at and (div is None or m.text in (div.name, div.t_name) or div.level != "K"):
            # the full name, once written, names the place (江西宜春 … 江西省)
            out[bare_at.pop(key)] = _resolved(m, div, page_trad)
        return
    seen.add(key)
    if not m.full or div is not None and div.level == "K" and m.text not in (div.name, div.t_name):
        bare_at[key] = len(out)  # (an autonomous county's short name + 县, 威宁县, gives way to its name too)
    out.append(_resolved(m, div, page_trad))


@functools.lru_cache(maxsize=1)
def _county_rows() -> dict[str, list[int]]:
    """Gazetteer rows of the county-level divisions under each prefecture (by its simplified name): rows, not
    Divisions, so that a page pays for the Divisions of its own cities only."""
    out: dict[str, list[int]] = {}
    for i, r in enumerate(gazetteer().rows):
        if r[0] == "K" and r[6]:
            out.setdefault(r[6], []).append(i)
    return out


_STEMS: dict[str, dict[str, list]] = {}


def _stem_firsts(city: str) -> frozenset[str]:
    """First characters of the names of a city's county-level divisions, both scripts: a superset of the keys of
    _county_stems(city), read from the gazetteer's rows (no Division made). Built once per city."""
    v = _FIRSTS.get(city)
    if v is None:
        rows = gazetteer().rows
        v = _FIRSTS[city] = frozenset(name[0] for i in _county_rows().get(city, ()) for name in (rows[i][1], rows[i][3])
                                      if name)
    return v


_FIRSTS: dict[str, frozenset[str]] = {}


def _county_stems(city: str) -> dict[str, list[tuple[tuple[str, ...], Division]]]:
    """_stem_county's candidates under a city, by first character: each county's stems (its name and its
    traditional name without the suffix, in that order) when the name may stand alone. Built once per city."""
    if city not in _STEMS:
        out: dict[str, list] = {}
        gaz = gazetteer()
        for d in map(gaz.division, _county_rows().get(city, ())):
            stems = tuple(name[:-1] for name in dict.fromkeys((d.name, d.t_name))
                          if len(name) >= 3 and name[-1] in "区區县縣市旗")
            if stems and not _needs_parent(d):
                for first in dict.fromkeys(st[0] for st in stems):
                    out.setdefault(first, []).append((tuple(st for st in stems if st[0] == first), d))
        _STEMS[city] = out
    return _STEMS[city]


def _stem_county(text: str, at: int, city: Division) -> tuple[str, Division] | None:
    """(stem, county) when ``text`` writes at ``at``, right after ``city``, one of its districts or counties by
    its name without the suffix (佛山 + 南海 for 南海区, a stem the gazetteer lists no short form for), ending the
    chain as _chain_county asks; else None.  Read only right after the city, where the stem cannot be a word."""
    first = text[at:at + 1]
    if first not in _stem_firsts(city.name):
        return None  # (a city is mostly followed by a character none of its counties starts with: no table built)
    found = []
    for stems, d in _county_stems(city.name).get(first, ()):
        for stem in stems:
            if text.startswith(stem, at):
                found.append((stem, d))
                break
    if len(found) != 1:
        return None
    stem, d = found[0]
    probe = Mention(at, at + len(stem), stem, [d], False)
    return found[0] if _chain_ends(text, probe) else None


def _chain_ends(text: str, m: Mention) -> bool:
    """A city's bare county ``m`` ends the chain: it is no word first, and within a short town name (狮山) a
    non-Han character follows, not a firm's or institution's name (佛山南海支行)."""
    if _word_first(text, m):
        return False
    j = m.end
    while j < len(text) and j - m.end <= 4 and _is_han(text[j]):
        j += 1
    return j - m.end <= 4 and not text[m.end:j].endswith(_BODY_ENDS)


#: What only a Taiwanese page writes: a Republic of China year (民國113年), the state's name, its currency,
#: its labour ministry (勞動部), its sites' "printer-friendly" button (友善列印).
_TW_MARK = recode.compile(r"(?:民國|民国)\s*\d{2,3}\s*年|中華民國|新臺幣|新台幣|勞動部|友善列印")
#: A Republic of China date after a date label (發布日期：113-07-15): a three-digit year 100-199.
_ROC_LABELLED = recode.compile(r"(?:日期|時間)\s*[:：]\s*1\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?![\d.\-/])")


def taiwanese_page(text: str, header: Iterable[str] = ()) -> bool:
    """True for a page written in Taiwan: traditional script and a Taiwanese marker in the text or in its
    removed ``header`` lines (a ROC date, 中華民國, 新臺幣, 勞動部, 友善列印).

    Such a page names its own places (臺中市, 西屯區) the way the mainland gazetteer files them under 台湾省;
    the layouts' convention for Hong Kong, Macau and Taiwan pages is no places at all."""
    if not text or not _page_is_trad(text):
        return False
    blob = "\n".join((text, *header))
    return bool(_TW_MARK.search(blob) or _ROC_LABELLED.search(blob))


#: Taiwan's province as the gazetteer files it (simplified and traditional).
_TAIWAN_PROVINCE = ("台湾省", "臺灣省")


def taiwan_page_places(places: list[Place], text: str) -> list[Place]:
    """The places a Taiwanese page (``taiwanese_page``) lists: the mainland divisions in a province the page names
    (a cross-strait report on 晉江市 with 福建省 in the text), not its own places (filed under 台湾省) nor a
    mainland namesake of its own districts (大安區 read as 自貢市's, 中山區 as 大連市's), whose province the page
    never names."""
    kept = [p for p in places if p.province and p.province not in _TAIWAN_PROVINCE]
    if not kept:
        return []
    named = {name for d in locality_votes(text)["P"] for name in (d.name, d.t_name)}
    return [p for p in kept if p.province in named]


#: Endings of a city union's own site or account name (绍兴工会网, 芜湖工会).
_UNION_SITE = recode.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:总工会|總工會|工会网|工會網|工会|工會)$")


def site_place(site: str | None, text: str) -> Place | None:
    """The city a city union's site is named after (绍兴工会网 → 绍兴市) when the text names it too, or None.

    A bare city name in the text (推动绍兴高质量发展) is only context by itself; on a page of that city's
    own union site or account (named by the bare prefecture name: 绍兴工会网, 芜湖工会) it is the city the
    page is about.  A site alone, its city never named in the text, adds nothing.  Only a name that
    stands for exactly one prefecture-level city counts (not 江城, 朝阳, nor a province like 广东)."""
    mt = _UNION_SITE.match(site or "")
    if not mt or mt["name"] not in text:
        return None
    divs, full = gazetteer().lookup(mt["name"])
    cities = [d for d in divs if d.level == "C"]
    if full or len(cities) != 1 or len(divs) != 1:
        return None
    div = cities[0]
    trad = mt["name"] in gazetteer().trad_keys or _page_is_trad(text)
    return div.place(div.t_name if trad else div.name, trad)


def locality_votes(text: str) -> dict[str, dict[Division, float]]:
    """Mentions of each unambiguous division by level (a full name 2, a short one 1): the most-voted of each level is
    the page's main province, city and county (a page about 攀枝花 says 攀枝花 more often than 攀枝花市; it turns a
    bare 市总工会 into 攀枝花市总工会), and the votes tell whether the main county outweighs the main city (a page
    about a county-level city)."""
    votes: dict[str, dict[Division, float]] = {"P": {}, "C": {}, "K": {}}
    for m in scan(text):
        if len(m.divisions) != 1:
            continue
        d = m.divisions[0]
        if m.full and _needs_parent(d):
            continue
        votes[d.level][d] = votes[d.level].get(d, 0.0) + (2.0 if m.full else 1.0)
    return votes


def _simplified(name: str | None) -> str | None:
    """The simplified gazetteer spelling of a full division name (廣元市 → 广元市)."""
    if not name:
        return None
    divs, full = gazetteer().lookup(name)
    if not full:
        return name
    return divs[0].name if divs and name != divs[0].name and name == divs[0].t_name else name


def resolve_place(name: str, context: list[Place] | None = None) -> Place | None:
    """The Place a single name denotes (full or short form), using ``context`` for namesakes."""
    if not name:
        return None
    divs, _full = gazetteer().lookup(name)
    if not divs:
        return None
    provs: dict[str, float] = {}
    cities: dict[str, float] = {}
    for p in context or []:
        for votes, written in ((provs, p.province), (cities, p.city)):
            simp = _simplified(written)
            if simp:
                votes[simp] = votes.get(simp, 0.0) + 1
    div = _choose(divs, provs, cities)
    trad = _is_trad_mention(name, False)
    m = Mention(0, len(name), name, divs, True)
    return _resolved(m, div, trad)
