"""Bare prefectures and counties in a list of places (宜昌、襄阳、黄石等地, 泰宁、将乐、建宁等地) or of a prefecture's
towns and sights (桐乡乌镇、海宁盐官等线路)."""

from __future__ import annotations

from ... import recode
from .base import _GENERIC_STEMS, _NUMERAL_CHARS, _is_han
from .divisions import Division, gazetteer
from .scanner import Mention
from .votes import _votes
from .words import _BODY_WORD_RX, _dictionary_tag, _word_first
from .accept import _LIST_CLOSE, _LIST_END, _TO_PLACE, _list_last, _loose
from .pairs import _pair_city
from .framed import _sole_prefecture
from .scenes import _backed_county


def _place_list(text: str, mentions: list[Mention], i: int, loose_end: bool = False) -> range | None:
    """Indexes of the bare 、-list closed by 等地 that mention ``i`` is in (泰宁、将乐、建宁等地), else None.

    Every item is a gazetteer name standing alone between 、 marks, the first after a word of place, a verb whose
    object the list is (依托张掖、天水等地, _verb_object_list) or a non-Han character (or after the province of a first prefecture: 江西赣州、瑞金等地), and there are
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
            and not (loose_end and _typed_list(text, mentions, lo, hi)) and not _modified_list(text, mentions, first, hi)
            and not _verb_object_list(text, mentions, first, hi)):
        return None
    return range(lo, hi + 1)


#: A list's own count and its items' level right after its last item (湾沚、繁昌、南陵、无为4家县公司, 府谷、横山两县):
#: a numeral, maybe a measure word, then a level word.
_COUNTED_END = recode.compile(rf"(\d{{1,2}}|[{_NUMERAL_CHARS}])(?:个|個|家)?(?:县|縣|区|區|市|旗)")
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


def _verb_object_list(text: str, mentions: list[Mention], first: int, hi: int) -> bool:
    """The list starting at ``first`` is the object of a two-character verb right before it and ends in 等地
    (依托张掖、天水等地的基地, 走进酒泉、嘉峪关等地): 等地 says the items are places, the verb that the first item is
    no word's tail (its first character makes no word with the verb's last)."""
    return (first >= 2 and text.startswith(_LIST_END, mentions[hi].end) and _dictionary_tag(text[first - 2:first]) == "v"
            and not _dictionary_tag(text[first - 1:first + 1]))


#: The end of a list that names its items' level (与思明、集美等区的驿站, 东兰、凤山等县), maybe with a bracketed
#: alternative level (偃师、孟津等县（市）): 等 and the level words.
_TYPED_END = recode.compile(r"等([区區县縣旗])(?:[（(]([市区區县縣旗])[)）])?")


def _typed_levels(text: str, at: int) -> str:
    """The level words a list's end at ``at`` gives its items (等县（市） → 县市), else ""."""
    mt = _TYPED_END.match(text, at) if text.startswith("等", at) else None
    return "" if mt is None else mt.group(1) + (mt.group(2) or "")


def _typed_readings(m: Mention, levels: str) -> list[Division]:
    """The county-level divisions bare ``m`` may name as an item of a list of ``levels`` (县市): its county readings
    of those levels, else the divisions its stem and a listed level name in a reading's city (偃师 in 偃师、孟津等县
    （市）: 偃师市, the name of the division the gazetteer now lists as a district, 偃师区)."""
    counties = [d for d in m.divisions if d.level == "K"]
    own = [d for d in counties if d.name[-1] in levels]
    if own or not counties:
        return own
    cities = {d.city for d in counties}
    return [d for lv in levels for d in gazetteer().lookup(m.text + lv)[0] if d.level == "K" and d.city in cities]


def _typed_list(text: str, mentions: list[Mention], lo: int, hi: int) -> bool:
    """The 、-list of mentions ``lo``..``hi`` ends with 等 and a level word (思明、集美等区) that names a county reading
    of every item (_typed_readings): the list says what its items are, so it needs no word of place before it (与思明…)."""
    levels = _typed_levels(text, mentions[hi].end)
    return bool(levels) and all(not mentions[j].full and _typed_readings(mentions[j], levels) for j in range(lo, hi + 1))


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
                   or (strict and d.city in heads)
                   or (strict and _sole_place_word(m)
                       and _same_province([mentions[j] for j in items if j != i], d)))]
    if len(backed) != 1:
        return None
    levels = _typed_levels(text, mentions[items[-1]].end)
    if levels and backed[0].name[-1] not in levels:
        # (a list of 县（市） names counties and county-level cities: a district's short name there is the county
        # or city it was, 偃师市, on a page written before it became a district)
        typed = [d for d in _typed_readings(m, levels) if d.city == backed[0].city]
        return typed[0] if len(typed) == 1 else backed[0]
    return backed[0]


def _sole_place_word(m: Mention) -> bool:
    """Bare ``m`` has one reading, a county's, and the dictionary lists it as a place name (敦煌, 瑞金): not an
    unlisted name (将乐) nor an ordinary word (平安, an adjective), which the page must place itself."""
    return len(m.divisions) == 1 and _dictionary_tag(m.text) == "ns"


def _same_province(others: list[Mention], county: Division) -> bool:
    """Every other item of the list is a bare prefecture of the county's own province, all its readings in that
    province (张掖、敦煌、天水等地: two cities of Gansu around a county-level city of Gansu; 南昌, city and county,
    in a list of Jiangxi's): the list is one province's places, and so places the county though its city goes
    unnamed."""
    return all(not x.full and any(d.level == "C" for d in x.divisions)
               and all(d.province == county.province for d in x.divisions) for x in others)


#: Han characters at most of the town or sight an item names after its county's short form (桐乡 + 乌镇, 海宁 + 盐官).
_SIGHT_LEN = 3


def _sight_item(text: str, m: Mention, cities: dict[str, float]) -> tuple[Division, int] | None:
    """(county, end) when bare ``m`` opens an item that names a town or sight after the county's short form and ends
    at a 、 or 等 (桐乡乌镇、): a county or county-level city whose prefecture the page writes in full, no word first,
    then two or three Han characters that name no firm or body (桐乡分公司 is a branch, not a place); else None."""
    j = m.end
    while j < len(text) and j - m.end <= _SIGHT_LEN and _is_han(text[j]) and text[j] not in "、等":
        j += 1
    if not 2 <= j - m.end <= _SIGHT_LEN or not text.startswith(("、", "等"), j):
        return None
    div = _backed_county(m, cities, "县縣市")
    if div is None or _BODY_WORD_RX.search(text, m.end, j) is not None or _word_first(text, m):
        return None
    return div, j


def _sight_list_county(text: str, mentions: list[Mention], i: int, cities: dict[str, float]) -> Division | None:
    """The county whose short form opens an item of a 、-list closed by 等 of a prefecture's towns and sights, each
    item a county of the same prefecture + its town or sight (新增桐乡乌镇、海宁盐官、平湖东湖等6条线路), the page
    writing the prefecture in full, else None: the items confirm each other, as a list closed by 等地 does.
    County-level cities count here (the list says what their names are), districts do not (东湖 is a lake too)."""
    item = _sight_item(text, mentions[i], cities)
    if item is None:
        return None
    city, count, end, first = item[0].city, 1, item[1], mentions[i]
    starts, ends = {x.start: x for x in mentions}, {x.end: x for x in mentions}
    while text.startswith("、", end):  # the items after it
        nxt = _sight_item(text, starts[end + 1], cities) if end + 1 in starts else None
        if nxt is None or nxt[0].city != city:
            return None
        count, end = count + 1, nxt[1]
    if not text.startswith("等", end):
        return None
    while first.start and text[first.start - 1] == "、":  # the items before it
        prev = _item_before(text, ends, first.start - 1, cities)
        if prev is None or prev[1].city != city:
            return None
        count, first = count + 1, prev[0]
    if first.start and _is_han(text[first.start - 1]) and _dictionary_tag(text[first.start - 1:first.start + 1]):
        return None  # (the list's first name makes a word with the character before it)
    return item[0] if count >= 2 else None


def _item_before(text: str, ends: dict[int, Mention], at: int,
                 cities: dict[str, float]) -> tuple[Mention, Division] | None:
    """(mention, county) of the _sight_item that ends at the 、 at ``at`` (``ends``: the page's mentions by end)."""
    for k in range(2, _SIGHT_LEN + 1):
        x = ends.get(at - k)
        item = None if x is None else _sight_item(text, x, cities)
        if item is not None and item[1] == at:
            return x, item[0]
    return None
