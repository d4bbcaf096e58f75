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
from collections.abc import Iterable

from unionkit.record import Place

from ... import recode
from .base import _GENERIC_STEMS, _VARIANTS, _is_han, _page_is_trad, fold_variants
from .divisions import AMENDMENTS, Division, Gazetteer, amend_rows, build_tables, gazetteer, write_state
from .scanner import Mention, scan
from .votes import _choose, _context, _is_trad_mention, _resolved, _votes
from .words import _BODY_ENDS, _clause_names_body, _dictionary_tag, _sole_bare_province, _word_first
from .accept import _LIST_CLOSE, _LIST_END, _TO_PLACE, _accept, _list_last, _loose, _needs_parent, _opens_place_list
from .pairs import _pair_city
from .framed import (_ROUTE_TO, _bare_prefecture, _dateline_place, _framed_county, _framed_pair, _framed_prefecture,
    _route_county, _route_prefecture, _sole_prefecture, _taken_before)
from .levels import _province_before_county, _route_end, _word_across_level
from .scenes import (_counted_prefecture, _gone_to_county, _scene_prefecture, _sight_county, _subject_prefecture,
    _trip_origin, _union_owner_prefecture)


def _chain_county(text: str, head: Division, m: Mention) -> Division | None:
    """The county of a bare name written right after its own city as one place (佛山南海狮山，台州市玉环), else None.

    The city and its county are a place chain when the county reading is the mention's only one under that
    city, the name is no word first, and the chain ends within a short town name at a non-Han character,
    not in a firm's or institution's name (佛山南海支行)."""
    if m.full or head.level != "C":
        return None
    own = [d for d in m.divisions if d.level == "K" and d.city == head.name and not _needs_parent(d)]
    return own[0] if len(own) == 1 and _chain_ends(text, m) else None


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
