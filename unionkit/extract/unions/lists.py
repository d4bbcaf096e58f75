"""Items listed with 、 before a union that share its union word (攀钢、攀煤、钢城集团公司工会)."""

from __future__ import annotations

from ... import lazyrx
from unionkit.extract import places as _places
from unionkit.record import Union
from .base import _all_han, _GENERIC_START, _is_name_char, _LEVELS, _NAME_TAIL, _segment_start, _UNION_ENDS
from .locality import _place_chain, _prose_before_first_item
from .trades import _strip_lead
from .reading import _read_known
from .units import _bare_occupation


#: Words a person's post ends with: a 、-list item so ending lists the posts of a person, not bodies.
_POSTS = ("主席", "书记", "書記", "主任", "部长", "部長", "委员", "委員", "经理", "經理", "厂长", "廠長", "局长", "局長",
          "院长", "院長", "校长", "校長", "会长", "會長", "秘书长", "秘書長", "巡视员", "巡視員", "调研员", "調研員", "成员",
          "成員", "代表", "组长", "組長", "处长", "處長", "科长", "科長", "董事长", "董事長", "总监", "總監")


#: Verbs of an event's sponsors (由X指导、Y承办): written right after a body's name, they end that body's clause.
_SPONSOR_VERBS = ("指导", "指導", "主办", "主辦", "承办", "承辦", "协办", "協辦", "支持")


def _listed_before(text: str, s0: int, head: str) -> list[str]:
    """Items joined by 、 just before a named body's union (攀钢、攀煤、[钢城集团公司]工会)."""
    items: list[str] = []
    for j, raw in _items_before(text, s0, 10):
        if j > 0 and _is_name_char(text[j - 1]):
            break  # longer than a list item: not an enumeration of names
        item = _strip_lead(raw)
        cut = _verb_before_town(item)  # (顺利完成 + 大碶街道、新碶街道工会: the list's first item after a verb)
        item = item[cut:]
        if not (2 <= len(item) <= 8) or item.startswith(_GENERIC_START) or item in _LEVELS:
            break
        if item.endswith(_UNION_ENDS):
            break  # a union of its own (大良街道总工会、容桂街道总工会), read at its own 工会: never 工会 twice
        if item.endswith(_POSTS):
            break  # a person's posts (兼职副主席、酒钢集团公司工会主席): a post is no body with a union
        if _members_listed(item):
            break  # 网约车司机、某某联合工会会员: a worker's trade, then the union they belong to: no body
        if item.endswith(_SPONSOR_VERBS):
            break  # 由X总工会指导、Y公司工会承办: a sponsor's role ends its clause, the list of bodies starts after it
        items.insert(0, item + head)
        if cut:
            break  # prose before the first item: the list starts there
    return items


def _members_listed(item: str) -> bool:
    """A listed item is an occupation's name (网约车司机, 快递员) before a named body's union: the people of a trade,
    described with their union (网约车司机、某某联合工会会员 "a ride-hailing driver and member of …"), not a body
    that has a union.  A corps division (第一师) ends in 师 too and stays a body."""
    return _bare_occupation(item) and not item.startswith("第")


#: What a town-level body's name ends with (大碶街道, 金积镇): the name before it is two to four characters.
_TOWN_ENDS = ("街道", "镇", "鎮", "乡", "鄉", "社区", "社區")


def _verb_before_town(item: str) -> int:
    """Where a town or subdistrict's name starts in a listed item when a verb runs into it (顺利完成 + 大碶街道),
    else 0: a town's name is mostly two or three characters, so a stem of four or more opening with a verb, or
    holding one right before its last two or three, is prose and the name."""
    end = next((e for e in _TOWN_ENDS if item.endswith(e)), None)
    if end is None or len(item) - len(end) < 4:
        return 0
    stem = len(item) - len(end)
    for at in (stem - 2, stem - 3):
        if at >= 2 and _places._dictionary_tag(item[at - 2:at]) == "v":
            return at
    return 0


def _items_before(text: str, s0: int, limit: int):
    """(start, item) of each item joined by 、 before ``s0``, nearest first: the run of name characters (at most
    ``limit`` long) before each 、.  The reader stops taking items where it stops iterating."""
    i = s0
    while i > 0 and text[i - 1] == "、":
        j = _segment_start(text, i - 1, limit=limit)
        yield j, text[j:i - 1]
        i = j


#: Words that go on a company's name after a bracketed word in it (云南锡业集团(控股)有限责任公司).
_CORP_WORDS = ("有限", "股份", "公司", "集团", "集團")


def _bracket_start(text: str, s0: int, floor: int) -> int:
    """Where a company's name starts whose run of name characters at ``s0`` follows a short bracketed word inside
    the name (…集团(控股)有限责任公司工会), else ``s0``: the name is not cut at its bracket."""
    o = max(text.rfind("(", s0 - 7, s0 - 1), text.rfind("（", s0 - 7, s0 - 1))
    if o <= floor or not 1 <= s0 - 2 - o <= 4 or not _all_han(text[o + 1:s0 - 1]):
        return s0
    lo = max(floor, o - 24)
    start = _NAME_TAIL.search(text, lo, o).start() if lo < o else o
    return start if o - start >= 2 else s0


#: Middle dots a firm's name may join its parts with (大连某某·起重集团: a group's brand, then its company).
MIDDLE_DOTS = "·•‧・"


def _dotted_start(text: str, s0: int, floor: int) -> int:
    """Where a firm's name starts whose run of name characters at ``s0`` (a firm's: it holds 公司, 集团 …) follows a
    middle dot inside the name, else ``s0``.  The part before the dot must open with a place, as a firm's name
    does, and be no body of its own (a list's item) nor the tail of a dotted chain (a transliterated name)."""
    if not any(w in text[s0:s0 + 12] for w in _CORP_WORDS):
        return s0
    dot = s0 - 1
    lo = max(floor, dot - 8)
    start = _NAME_TAIL.search(text, lo, dot).start() if lo < dot else dot
    part = text[start:dot]
    if not 2 <= len(part) <= 8 or not _all_han(part) or (start > 0 and text[start - 1] in MIDDLE_DOTS):
        return s0
    if part.endswith(_UNION_ENDS) or any(w in part for w in _CORP_WORDS):
        return s0
    first = _places.scan(part)
    return start if first and first[0].start == 0 else s0


#: A body's second name in brackets right before its union word: a state monopoly bureau that is also a company
#: (烟草专卖局（公司）, 盐务局（盐业公司）), a school that heads an education group (…小学（教育集团）).
_BRACKET_FIRM = lazyrx.compile(r"[(（]\p{Han}{0,4}(?:公司|集团|集團)[)）]\Z")


def _closing_bracket(text: str, start: int, floor: int) -> tuple[int, str]:
    """(where the name starts, the bracket) when a bracketed company word ends right at ``start`` after a run of
    name characters (锡林郭勒盟烟草专卖局（公司）+ 工会), else (``start``, ""): the name is not cut at its bracket."""
    m = _BRACKET_FIRM.search(text, max(floor, start - 8), start)
    if m is None:
        return start, ""
    o = m.start()
    s0 = _segment_start(text, o, limit=24, floor=floor)
    return (s0, m.group()) if o - s0 >= 2 else (start, "")


def _places_listed_before(text: str, s0: int, head: str, places_key, industry: str = "") -> list[Union]:
    """The unions of places joined by 、 just before a place's union, all sharing its union word
    (珲春市、敦化市、[图们市]总工会): each item must be a place written in full whose union reads as a place's.
    ``industry``: the industry word the last item's union carries, which the list shares too
    (盖州市、大石桥市教育工会: the education unions of both cities)."""
    out: list[Union] = []
    for j, raw in _items_before(text, s0, 12):
        item = _strip_lead(raw)
        if j > 0 and _is_name_char(text[j - 1]) and len(item) == len(raw):
            break  # longer than a list item: not an enumeration of names
        chain = _place_chain(item) if 2 <= len(item) <= 12 else None
        cut = _prose_before_first_item(item, chain)  # (联合泸定县、丹巴县总工会: the list's first item after a verb)
        if cut:
            item, chain = item[cut:], (chain[0], 0)
        if not chain or chain[1] != 0 or not chain[0][-1].full:
            break
        got = _read_known(item + industry, head, places_key)
        if got is None or got[2] != "place":
            break
        out.insert(0, Union(got[0], got[1]))
        if cut:
            break  # prose before the first item: the list starts there
    return out
