"""A bare prefecture standing alone, or framed by a place word (在/赴/来自 X), a dateline, a route's far end, or a
numbered tour route named after it."""

from __future__ import annotations

from unionkit.record import Place

from ... import recode
from .base import _CLAUSE_END, _CONJUNCTION_CHARS, _MUNICIPALITIES, _SAR, _is_han
from .divisions import Division
from .scanner import Mention
from .words import (_BODY_ENDS, _FRAME_BEFORE, _NOT_BARE, _SAR_ORGANS, _TIMES, _WORD_TAGS, _dictionary_tag,
    _opens_clause, _word_first)
from .accept import (_ONE_SCHOOL, _PLACE_AFTER, _WITHIN, _ZONE_HEADS, _heads_zone, _home_of, _native_of,
    _needs_parent, _placed)
from .pairs import _pair_city


def _bare_prefecture(text: str, m: Mention, nxt: Mention | None, listed: bool = False) -> bool:
    """A prefecture or province written without its suffix where the sentence makes it a place.

    A prefecture right before one of its own counties (成都武侯区); a prefecture or a province after a
    word of place and before an event verb, 的 or the end of a list (在成都召开, 来自贵州的职工, 分赴江西、
    安徽等地), or right before 一所 (考上武汉一所大学); a prefecture or a municipality opening its clause before
    a time word (洛阳今年…).  A name with several readings (吉林 province or city, 海南) stays context unless a
    prefecture of the province follows it (海南三亚); so does a name glued into a word (河南岸街道, 湖南建工集团,
    送上海上安全)."""
    if m.full:
        return False
    div = m.divisions[0]
    if len(m.divisions) != 1 and not (div.name in _MUNICIPALITIES and all(d.name == div.name for d in m.divisions)):
        return False  # (a municipality is both a province and a city: one place)
    if div.level == "P":
        if _pair_city(text, m, nxt) is not None:
            return True  # (吉林 and 海南 too: before a prefecture of their own, the province)
        if div.name in _NOT_BARE:
            return div.name in _SAR and (text.startswith(_SAR_ORGANS + _TIMES, m.end) or _home_region(text, m, div))
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
    if (div.level == "C" or div.name in _MUNICIPALITIES) and _timed_subject(text, m):
        return True  # 大庆冬季气温常在零下25摄氏度以下, 上海今年…: the city the clause is about
    if listed:
        return True  # the first item of a list of places (宜昌、襄阳、黄石等地), which needs no word of place
    return _placed(text, m.start, m.end)


#: What a writer in a special administrative region calls it on its own pages ("this Macau", "this Hong Kong").
_HOME_WORDS = {"澳门特别行政区": "本澳", "香港特别行政区": "本港"}
#: The ends of a body's name a bare region's name opens (澳門建造業總工會, 香港某某協會, 香港某某公司).
_REGION_BODY_ENDS = ("会", "會") + _BODY_ENDS


def _home_region(text: str, m: Mention, div: Division) -> bool:
    """A bare special region on a page that calls it its own (本澳, 本港: a union's page in the region), named
    outside a body's name (澳門居民, 2023年澳門建築業…, not 澳門建造業總工會): the region the page is about."""
    if _HOME_WORDS[div.name] not in text:
        return False
    run = m.end
    while run < len(text) and run - m.end < 10 and _is_han(text[run]):
        run += 1
    return not any(w in text[m.end:run] for w in _REGION_BODY_ENDS)


def _timed_subject(text: str, m: Mention) -> bool:
    """A bare prefecture opening its clause before a time or season word (洛阳今年…, 大慶冬季氣溫…): the clause's
    subject, the city itself.  Not after a word it could end (a person's name: 李丽江今年), nor an ordinary word
    first or the start of a longer one (_word_first)."""
    return text.startswith(_TIMES, m.end) and _opens_clause(text, m) and not _word_first(text, m)


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


#: A numbered item's mark, all that stands before the item's text on its line (1. , 2、, （3）).
_ITEM_MARK = recode.compile(r"[ \t]*(?:\d{1,2}[ \t]*[.、．)）]|[（(]\d{1,2}[)）])[ \t]*")
#: The last characters of an _ITEM_MARK (a cheap gate before it).
_ITEM_MARK_ENDS = frozenset(" \t.、．)）")
#: The rest of an item that names a tour route after its place (丽水 + 古堰画乡线路;): a sight's short name, then the
#: route word, closing the item.
_ROUTE_ITEM = recode.compile(r"[\u4e00-\u9fff]{2,5}?(?:线路|線路|路线|路線)[;；。，,]?[ \t]*(?:\n|$)")


def _route_item(text: str, m: Mention, provs: dict[str, float]) -> Division | None:
    """A bare prefecture opening a numbered item that names a tour route (1. 丽水古堰画乡线路; 2. 衢州江郎山线路;: a
    union's recuperation trips), in the province the page's suffixed names vote for: where the route goes.  One
    prefecture reading only, and a sight's name after it, not a verb (宜昌供电线路: a power line's work); else None."""
    start = text.rfind("\n", 0, m.start) + 1
    if m.full or _ITEM_MARK.fullmatch(text, start, m.start) is None or _ROUTE_ITEM.match(text, m.end) is None:
        return None
    div = _sole_prefecture(m)
    if div is None or provs.get(div.province or "", 0.0) < 2.0 or _dictionary_tag(text[m.end:m.end + 2]) in ("v", "vn"):
        return None
    return div


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
