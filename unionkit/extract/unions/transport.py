"""Transport units (车务段, 火车站) and unit chains named after a place."""

from __future__ import annotations

from ... import lazyrx
from unionkit.extract import places as _places
from .base import _all_han, _ends_with_lead, _GENERIC_START, _PROSE_CHARS
from .units import _branch_of_body


#: Units of a railway (or road) enterprise that have their own union: a depot or section named after its town
#: (向塘机务段, 南昌车辆段, 安康车务段), a station named after its place (福州站, 南昌西站), and a workshop of
#: either (福州站客运车间, 向塘机务段检修车间).
_DEPOT = lazyrx.compile(
    r"(?:机务|機務|车辆|車輛|客运|客運|工务|工務|电务|電務|供电|供電|车务|車務|货运|貨運|房建|水电|水電|动车|動車"
    r"|通信|桥工|橋工|给水|給水|公路)段")
_STATION = lazyrx.compile(r"(?P<place>\p{Han}{2,5}?)[东西南北東]?站")
_UNIT_ENDS = ("段", "站", "车间", "車間")


def _transport_unit(seg: str) -> bool:
    """``seg`` names a depot, a station or a workshop of one (see _DEPOT): a name of two to four characters
    before the depot word (a company's name may come first: …集团有限公司南昌车辆段), or a station whose name is a
    gazetteer place; a workshop adds two to four characters and 车间 to one of these or to a named firm (…有限公司铸造
    车间).  Generic or prose names (各站段, 所属…) are none."""
    if seg.endswith(("车间", "車間")):
        if _branch_of_body(seg):
            return True  # a named firm's workshop (雄关重工有限公司 + 铸造车间)
        for k in range(2, 5):
            body = seg[:-(k + 2)]
            if len(body) >= 3 and _all_han(seg[-(k + 2):]) and body.endswith(("段", "站")) and _transport_unit(body):
                return True
        return False
    mt = None
    for mt in _DEPOT.finditer(seg):
        pass
    if mt is not None and mt.end() == len(seg):
        name = seg[:mt.start()]
        cut = max((name.rfind(suf) + len(suf) for suf in ("公司", "集团", "集團", "局") if suf in name), default=0)
        name = name[cut:] if len(name) - cut >= 2 else name
        return (2 <= len(name) <= 4 and _all_han(name) and not name.startswith(_GENERIC_START)
                and not _ends_with_lead(name) and not any(c in _PROSE_CHARS for c in name))
    st = _STATION.fullmatch(seg) if seg.endswith("站") else None
    if st is None:
        return False
    mentions = _places.scan(st["place"])
    return len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(st["place"])


#: A chain of units (a provincial bureau or company, its branches, one of their units), each after the one above it:
#: 西藏自治区 + 公路局 + 日喀则分局 + 定日养护段, 某省 + 电力公司 + 某某分公司 + 某某供电所.
_UNIT_CHAIN = lazyrx.compile(
    r"\p{Han}{2,12}?(?:局|公司|集团|集團)(?:(?P<branch>\p{Han}{2,6}?(?:分局|分公司|支局)))*"
    r"(?P<unit>\p{Han}{2,6}?(?:段|站|所|处|處|队|隊))")
_CHAIN_ENDS = frozenset("段站所处處队隊")  # (how _UNIT_CHAIN ends: a cheap first test)


def _unit_chain(seg: str) -> bool:
    """``seg`` names a unit by its chain of bodies (see _UNIT_CHAIN): it opens with a place written in full and a
    body word after it, and each branch and the unit open with a place of their own (日喀则分局, 定日养护段), as
    units are named.  Prose (组织人员前往…站) has no such chain."""
    m = _UNIT_CHAIN.fullmatch(seg)
    if m is None or any(c in _PROSE_CHARS for c in seg):
        return False
    mentions = _places.scan(seg)
    if not mentions or mentions[0].start != 0 or not mentions[0].full:
        return False
    links = m.starts("branch") + [m.start("unit")]
    if mentions[0].end >= links[0] - 1:
        return False  # (no body word between the place and the first link: the place's own unit)
    opens = {x.start for x in mentions}
    return all(k in opens for k in links)


_PLACE_UNIT_ENDS = ("站", "所", "段")


def _place_unit(seg: str) -> bool:
    """``seg`` is a place written in full, then one unit's name of two to six characters ending in 站, 所 or 段
    (卓尼县 + 公路养护站, 某县 + 农技站): a county's or city's field unit has its own union.  The unit's name holds
    no other place, no prose character and no generic word (各站, 所属站所)."""
    if not seg.endswith(_PLACE_UNIT_ENDS) or not _all_han(seg):
        return False
    mentions = _places.scan(seg)
    if len(mentions) != 1 or mentions[0].start != 0 or not mentions[0].full:
        return False
    unit = seg[mentions[0].end:]
    return (3 <= len(unit) <= 7 and not unit.startswith(_GENERIC_START) and not _ends_with_lead(unit[:-1])
            and not any(c in _PROSE_CHARS for c in unit))
