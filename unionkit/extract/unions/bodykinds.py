"""Kinds of owner body that name a union: zones, joint and project unions, firm sites."""

from __future__ import annotations

from ... import lazyrx
from unionkit.extract import places as _places
from .base import _all_han, _ends_with_lead, _FIRM_ENDS, _GENERIC_START, _JOINT, _names_body, _PROSE_CHARS, _ZONES
from .locality import _owner_places
from .units import _body_end, _branch_of_body
from .clauses import _after_leading_verb


def _zone_name(seg: str) -> bool:
    """``seg`` is a zone's proper name: two to four name characters, then the zone word (西海岸 + 新区); or the
    places that open it, then two to four more (珲春 + 国际合作 + 示范区: a zone a city runs, named after it).

    The bare 新区 of such a page ("the new area") and prose glued before it (大会审议通过了新区) name none."""
    if not seg.endswith(_ZONES):
        return False
    stem = seg[:-len(next(z for z in _ZONES if seg.endswith(z)))]
    if _zone_stem(stem, 4):
        return True
    pos = _owner_places(stem) if len(stem) > 4 else 0
    return pos > 0 and _zone_stem(stem[pos:], 4)


def _zone_stem(stem: str, longest: int) -> bool:
    """``stem`` is the proper name before a zone word: two to ``longest`` basic-block ideographs, none of prose,
    no generic opening (各, 全 …), no verb opening (报送示范区, 打造示范区: prose about a zone) and no lead word
    closing it."""
    return (2 <= len(stem) <= longest and all("\u4e00" <= c <= "\u9fff" and c not in _PROSE_CHARS for c in stem)
            and not stem.startswith(_GENERIC_START) and not _ends_with_lead(stem)
            and _places._dictionary_tag(stem[:2]) != "v")


#: An oil or gas field's operating area run by a management office (塔中采油气管理区), a longer stem than a city's zone.
_WORK_ZONES = ("管理区", "管理區", "作业区", "作業區")


def _work_zone(seg: str) -> bool:
    """``seg`` is an operating area's proper name: up to six name characters, then 管理区/作业区 (塔中采油气管理区);
    not prose (当选为管理区) nor a generic word (各管理区)."""
    if not seg.endswith(_WORK_ZONES):
        return False
    return _zone_stem(seg[:-3], 6)


#: A joint union of the firms of one park, zone or subdistrict (…产业园区联合工会, …街道联合工会).
_JOINT_OWNERS = ("园区", "園區", "工业园", "工業園", "产业园", "產業園", "开发区", "開發區", "街道", "社区", "社區", "商圈",
                 "楼宇", "樓宇")


def _joint_union(seg: str) -> bool:
    """``seg`` (before 工会) is a named park's or area's body + 联合 (安定区马铃薯产业园区联合): a place opens it, the
    owner word ends it, and nothing between is prose or generic."""
    if not seg.endswith(_JOINT):
        return False
    owner = seg[:-2]
    if not owner.endswith(_JOINT_OWNERS) or not _plain_owner(owner):
        return False
    mentions = _places.scan(owner)
    return bool(mentions) and mentions[0].start == 0 and len(owner) - mentions[0].end >= 2


def _plain_owner(owner: str) -> bool:
    """``owner`` (a park's, area's or project's name before 联合/项目) is 4 to 16 Han characters, no generic word
    first and no prose character: a proper name, not a sentence."""
    return (4 <= len(owner) <= 16 and _all_han(owner) and not owner.startswith(_GENERIC_START)
            and not any(c in _PROSE_CHARS for c in owner))


#: A construction project's union (寻甸保障性住房项目联合工会): the builders and subcontractors on one site
#: join one joint union named after the project.
_PROJECTS = ("项目", "項目")
#: Words that name a kind of project, not one project (重点项目工会, 在建项目联合工会).
_PROJECT_KINDS = ("重点", "重點", "重大", "在建", "新建", "建设", "建設", "工程", "民生", "招商", "产业", "產業")


def _project_union(seg: str) -> bool:
    """``seg`` (before 工会) is a named project's body, + 联合 or not (寻甸 + 保障性住房 + 项目联合): a place opens it
    and the project's own name (not a kind: 重点, 在建) stands between the place and 项目; or the project is a
    numbered rail line's (轨道交通15号线二期工程 + 项目联合), after its place when written."""
    body = seg[:-2] if seg.endswith(_JOINT) else seg
    if not body.endswith(_PROJECTS):
        return False
    owner = body[:-2]
    if ("号" in owner or "號" in owner) and _line_project(owner):
        return True
    if not _plain_owner(owner):
        return False
    pos = _owner_places(owner)
    name = owner[pos:]
    return (pos > 0 and len(name) >= 2 and name not in _PROJECT_KINDS
            and not name.startswith(_GENERIC_START + _PROJECT_KINDS))


#: A rail transit line's building works, named by the line's number (地铁5号线, 轨道交通15号线二期工程), at the end of
#: a project's name: the number names one project where a place would.
_LINE_WORKS = lazyrx.compile(r"(?:地铁|地鐵|轨道交通|軌道交通|轻轨|輕軌|城轨|城軌|城际铁路|城際鐵路)"
                             r"[0-9０-９一二三四五六七八九十]{1,3}[号號][线線](?:[一二三四五六七八九十]期)?(?:工程)?\Z")


def _line_project(owner: str) -> bool:
    """``owner`` (before 项目) is a numbered rail line's works, alone or after the places that open it (重庆 +
    轨道交通15号线二期工程); prose before the line (主办方为地铁5号线) names none."""
    m = _LINE_WORKS.search(owner)
    return m is not None and (m.start() == 0 or _owner_places(owner) == m.start())


def _firm_project(seg: str) -> bool:
    """``seg`` (before 工会) is a firm's project body (中建五局第三建设有限公司 + 耒阳 + 项目): a firm's name written in
    full, then a place that opens the project's own name, then 项目 (+ 联合): the union of the firm's staff on one
    site.  A kind of project (公司重点项目, 公司承建项目) names none, nor does prose (no _PROSE_CHARS)."""
    body = seg[:-2] if seg.endswith(_JOINT) else seg
    if not body.endswith(_PROJECTS):
        return False
    owner = body[:-2]
    i = max((owner.rfind(w) + len(w) for w in _FIRM_ENDS if w in owner), default=0)
    firm, site = owner[:i], owner[i:]
    if not (len(firm) >= 4 and _names_body(firm) and 2 <= len(site) <= 8 and len(owner) <= 30 and _all_han(owner)
            and not any(c in _PROSE_CHARS for c in owner)):
        return False
    mentions = _places.scan(site)
    return bool(mentions) and mentions[0].start == 0 and not site.startswith(_GENERIC_START + _PROJECT_KINDS)


#: A firm's units on one site that have a union of their own, named after the firm (中建八局广西公司 + 柳州项目部,
#: 中铁五局贵州公司 + 贵阳工区): a project department, a work area, a workshop, a branch plant.
_SITE_UNITS = ("项目部", "項目部", "工区", "工區", "车间", "車間", "分厂", "分廠")


def _firm_site_unit(seg: str) -> bool:
    """``seg`` (before 工会) is a firm's name written in full, then one of its site units named by a word of its own
    (中建八局广西公司 + 柳州 + 项目部): the unit's union, as written.  Not a bare unit (公司项目部), nor a unit of no
    one name (所属项目部), nor prose (no _PROSE_CHARS, no verb before the firm's name)."""
    if not seg.endswith(_SITE_UNITS) or not _branch_of_body(seg):
        return False
    unit = seg[_body_end(seg):]
    word = next(w for w in _SITE_UNITS if unit.endswith(w))
    return (len(unit) - len(word) >= 2 and len(seg) <= 30 and not any(c in _PROSE_CHARS for c in seg)
            and not _after_leading_verb(seg))


def _named_after_attribute(seg: str) -> int:
    """Where a project's or park's joint union's name starts after an attribute ending in 的 (新成立的 +
    寻甸保障性住房项目联合), else 0: the attribute describes the union, the name opens with its place."""
    i = seg.rfind("的") + 1
    return i if i and (_project_union(seg[i:]) or _joint_union(seg[i:])) else 0
