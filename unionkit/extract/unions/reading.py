"""Reading one union's name leftwards from its union word: the segment reader and its cached forms."""

from __future__ import annotations

import functools

from ... import lazyrx
from unionkit.extract import places as _places
from .base import (_BARE_BODIES, _BARE_COMPANY, _ends_with_lead, _FIRM_SECTORS, _GENERIC_START, _JOINT, _LEVELS,
                   _names_body, _open_level, _ORG_SUFFIXES, _segment_start, _ZONE_CORES)
from .locality import _complete, _from_places, _leading_places, _Locality, _owner_places, _place_chain
from .units import (_bare_body_after_verb, _branch_of_body, _described_body, _named_department, _named_unit,
                    _numbered_unit, _OCCUPATIONS, _OFFICE_UNITS, _place_after_verb, _sector_of_place, _town_short_name,
                    _unordinal, _verb_before_level)
from .clauses import (_after_leading_verb, _CLAUSE_CUT, _CLAUSE_CUT_OTHER, _CLAUSE_WORD, _county_body_start,
                      _cut_inner, _own_town)
from .bodykinds import (_firm_project, _firm_site_unit, _joint_union, _named_after_attribute, _project_union,
                        _work_zone, _zone_name)
from .trades import (_bare_trade_union, _lone_trade, _national_trade, _region_after_prose, _region_body, _REGIONS, _sector_body,
                     _split_industry, _split_trade, _strip_lead, _town_after, _town_sector, _townships)
from .firms import (_after_count, _CORPS_DIVISION, _corps_division, _group_branch_start, _park_name, _regiment_unit,
                    _short_firm)
from .transport import _CHAIN_ENDS, _place_unit, _transport_unit, _unit_chain, _UNIT_ENDS
from .words import _after_function_word, _FUNCTION_CHARS, _indefinite, _prose_before_place


def _read_name(text: str, start: int, end: int, head: str, loc: _Locality,
               floor: int = 0) -> tuple[str, str, str] | None:
    """(name, surface, how) of the union whose 工会-word spans ``start:end``, or None when generic.

    ``how`` says which reading matched: national, place, level, org.
    """
    return _read_segment(text[_segment_start(text, start, floor=floor):start], head, loc)


def _read_known(raw: str, head: str, names: tuple[tuple[str, str | None], ...]) -> tuple[str, str, str] | None:
    """_read_segment on a page whose locality (_Locality.names, as items) is ``names``.

    The reading is cached by segment alone (_read_open); only a bare level word (市总工会) waits for the
    page's locality, filled in here."""
    got = _read_open(raw, head)
    if type(got) is _PendingLevel:
        place = _complete(dict(names), got.level)
        return ((place + got.tail) if place else got.surface), got.surface, "level"
    return got


class _PendingLevel(tuple):
    """A cached reading of a bare level union (市总工会) whose place is the page's: (level word, tail, surface)."""

    __slots__ = ()
    level = property(lambda self: self[0])
    tail = property(lambda self: self[1])
    surface = property(lambda self: self[2])


@functools.lru_cache(maxsize=16384)
def _read_open(raw: str, head: str):
    """_read_segment with no locality, cached by segment: a page repeats its unions' names, and a site's pages
    name the same unions, whatever places each page is about (the short segments recur)."""
    return _read_segment(raw, head, None)


#: States other than the People's Republic whose national federation is named 全国总工会 after the state's name.
_STATES = ("中華民國", "中华民国")


def _state_before(raw: str) -> str | None:
    """The state's name that ``raw`` (the name characters before 全国总工会) ends with, else None.

    中華民國全國總工會 is Taiwan's national federation, a different body from 中华全国总工会: the
    whole name is the union, never the shorter known one."""
    return next((st for st in _STATES if raw.endswith(st)), None) if raw else None


#: 各 ("every") after a level word or 直 (directly under a level: 县直, 市直): 县直各学校, 全市各企业, 市各单位 name
#: every body of a kind under that level, no one union.  (A place's name holds 各 only after other characters:
#: 龙胜各族自治县.)
_EVERY_UNIT = lazyrx.compile(r"[直省市州盟区區县縣旗镇鎮乡鄉]各")


def _read_segment(raw: str, head: str, loc: _Locality | None) -> tuple[str, str, str] | None:
    """_read_name of the union word ``head`` after ``raw``, the run of name characters before it.

    The reading depends on nothing else of the text (so a page's repeated names can share it)."""
    if head.startswith(("中华", "中華")):
        return head, head, "national"
    if head.startswith(("全国", "全國")):
        state = _state_before(raw)
        if state:  # 中華民國全國總工會 (Taiwan's federation): the longer name, never the mainland's
            return state + head, state + head, "national"
        return ("中华全国总工会" if head[1] == "国" else "中華全國總工會"), head, "national"
    cut = ((_CLAUSE_CUT_OTHER if "其他" in raw else _CLAUSE_CUT).match(raw)
           if _CLAUSE_WORD.search(raw) else None)
    whole = raw[cut.end():] if cut else raw
    seg = _strip_lead(whole)
    if not seg:
        return None
    if (seg != whole and whole.endswith(_UNIT_ENDS) and _transport_unit(whole)
            and not _transport_unit(seg)):
        return whole + head, whole + head, "org"  # 向塘机务段: a depot's name may open with a lead word (向)
    seg = _cut_inner(seg)
    k = _after_function_word(seg)
    if k:
        seg = _strip_lead(seg[k:])  # 会议还为攀钢集团…公司工会: the sentence's subject and adverbs are no name
    p = _prose_before_place(seg)
    if p:  # 争取新疆生产建设兵团, 夏季和静县供电公司: a verb or a time word before the place the name opens with
        seg = seg[p:]
    elif len(seg) >= 5:
        seg = seg[_region_after_prose(seg, head):]  # 工聯屬會 + 澳門酒店旅遊業: a federation's member union
    if _indefinite(seg):
        return None  # 万宁一民营酒店工会: one body of a kind, described, not named
    if "各" in seg and _EVERY_UNIT.search(seg):
        return None  # 县直各学校工会 in a notice's salutation: every school's union of the county, no one body
    counted = _after_count(seg)
    if counted is not None and (not counted or counted.startswith(_GENERIC_START) or counted in _BARE_COMPANY
                                or len(counted) <= 2):
        at = _place_after_verb(seg)
        if not at:
            return None  # 一个街道工会, 九个街道工会: a numeral and a measure word before a bare body word name none
        seg, counted = seg[at:], None  # 有36家企业获评六安市总工会: the count is the prose's, a verb then the place
    if _national_trade(seg):
        return seg + head, seg + head, "org"
    regiment = _regiment_unit(seg) if counted is None else None
    if regiment:  # 第二师铁门关市二十九团机械化作业队工会: a corps regiment's or its unit's union
        return regiment + head, seg + head, "org"
    if seg[-1] == "分" and head in ("工会", "工會") and (_unordinal(seg[:-1]) in _OFFICE_UNITS
                                                          or _numbered_unit(seg[:-1])):
        # 机关分工会, 机关第一分工会, 行政第二分工会 in a list of branch unions: the own body's (numbered) branch
        return seg + head, seg + head, "org"
    if seg.startswith(_GENERIC_START):
        at = _place_after_verb(seg) or _named_after_attribute(seg)
        if at:  # 相关经验入选江苏省总工会: the prose opens with a generic word, the name with the place after the verb
            seg = seg[at:]
        # prose glued before a bare level word may open with a generic word (各项目第一名将由市总工会)
        elif not (len(seg) > 1 and seg[-1] in _LEVELS and _ends_with_lead(seg[:-1]) and not _open_level(seg[:-1])):
            return None
        else:
            seg = seg[-1]
    surface = seg + head
    rest, industry = _split_industry(seg)
    if not industry:
        rest, industry = _split_trade(seg)
    if not industry:
        rest, industry = _sector_body(seg, head)
    trade = _bare_trade_union(raw, head) if not industry else ""
    if trade:  # 飲食業職工總會: a Hong Kong union named by its trade, without 香港
        return trade + head, trade + head, "org"
    if head[0] in "职職":
        # 职工会 is also "the workers will" (物流业职工会选择…): only an owner + trade name is a union
        if not industry or rest in _LEVELS:
            return None
    if rest in _REGIONS:
        return surface, surface, "place"
    if rest in ("中国", "中國"):
        if not industry and head in ("工会", "工會"):
            return None  # 中国工会 is the movement (《中国工会章程》, 中国工会运动), not an organisation
        return surface, surface, "national"
    if industry and rest.endswith(("中国", "中國")):  # 记者从中国教科文卫体工会获悉: prose before 中国
        return rest[-2:] + industry + head, rest[-2:] + industry + head, "national"
    if industry and rest.endswith(("镇", "鎮", "街道")):
        pos = _leading_places(rest)[0]  # the town's county and city, when written, are dropped like a county's
        if _town_after(rest + industry, pos) == len(rest):
            name = rest[pos:] + industry + head
            return name, name, "org"
    if industry and rest.endswith(_ZONE_CORES) and (_zone_name(rest) or _zone_name(rest[_owner_places(rest):])):
        # 两江新区 + 网约配送行业 (after its city, when written): a zone's trade federation; no gazetteer place
        return surface, surface, "org"
    chain = _place_chain(rest)
    if chain and industry in _FIRM_SECTORS and not chain[0][-1].full:
        return None  # 永顺邮政工会: the short name of a state firm's branch union
    if chain and (chain[1] == 0 or chain[0][-1].full):
        place = _from_places(chain[0]) if chain[1] == 0 else chain[0][-1].text
        if place and industry and chain[1] == 0 and len(chain[0]) > 1 and not any(m.full for m in chain[0]):
            # 汕头潮阳 + 纺织服装行业: short names back to back are the body's registered name, not a place chain
            return surface, surface, "place"
        if place:
            corps = _corps_division(rest[:chain[1]]) if chain[1] else ""
            name = corps + place + industry + head
            written = seg[chain[1] - len(corps):] + head  # from the first place (or the corps division) on
            return name, written, "place"
    corps = _CORPS_DIVISION.fullmatch(rest) if not industry and rest.endswith(("师", "師")) else None
    if corps is not None:  # 第八师总工会: a division of the Production and Construction Corps (the corps dropped)
        return corps["div"] + head, surface, "org"
    if rest not in _LEVELS and len(rest) > 1 and rest[-1] in _LEVELS and (
            _ends_with_lead(rest[:-1]) or _verb_before_level(rest, industry + head)):
        if _open_level(rest[:-1]):
            return None  # 分配至相应的区总工会: whichever district's federation fits, none named
        rest = rest[-1]  # prose glued before a bare level word (书屋由市总工会, 去找區總工會)
        surface = rest + industry + head
    if not industry and len(rest) > 1 and rest[-1] in "镇鎮乡鄉" and (rest[-2] in _FUNCTION_CHARS
                                                                    or _ends_with_lead(rest[:-1])):
        return None  # 审议了镇总工会, 新一届镇总工会: a bare town word after prose refers to the page's town union
    if rest in _LEVELS:
        if loc is None:  # (_read_open: the page's locality completes it later)
            return _PendingLevel((rest, industry + head, surface))
        place = loc.complete(rest)
        return ((place + industry + head) if place else surface), surface, "level"
    if industry:
        return None  # 全市教育工会 and the like: an industry with no named owner
    return _read_body(raw, seg, head, surface, counted)


def _read_body(raw: str, seg: str, head: str, surface: str, counted: str | None) -> tuple[str, str, str] | None:
    """_read_segment of a segment with no industry and no place or level reading: the name of a body (a
    federation of a place's workplaces, a park, a unit, a firm), else None; ``raw`` as written, ``seg`` with
    prose cut off, ``counted`` what follows a count word (None when there is none)."""
    joint = head in ("工会", "工會") and seg.endswith(_JOINT)
    if joint or head.endswith(("联合会", "聯合會")) or head in ("工会", "工會") and seg.endswith(_OCCUPATIONS):
        # 普陀区楼宇工会联合会: a district's federation of one kind of workplace; 固始县网约配送员工会: the union of
        # one occupation in a county; 婺源县新就业形态劳动者联合工会: a county's joint union of one kind of worker
        owner = seg[:-2] if joint else seg
        town = _town_sector(owner)
        if town:  # 某市 + 某某街道 + 快递员联合工会: a town's, its county dropped like a 镇总工会's
            return seg[town:] + head, surface, "org"
        if _sector_of_place(owner):
            return surface, surface, "org"
    if head in ("工会联合会", "工會聯合會") and _town_short_name(seg) and (raw == seg or _ends_with_lead(raw[:-2])):
        return surface, surface, "org"  # 小塘工会联合会: a town's federation named without 镇
    if _park_name(seg):
        return surface, surface, "org"  # 福州软件园工会联合会: the union (federation) of a named park's firms
    if _lone_trade(seg, raw, head):
        return surface, surface, "org"
    if seg.endswith(("机关", "機關")):
        owner = seg[:-2]
        if not owner or not any(m.full for m in _places.scan(owner)):
            return None  # 市总机关工会: the body is not named
        return surface, surface, "org"
    if seg[-1] in _CHAIN_ENDS and (_unit_chain(seg) or _place_unit(seg)):
        return surface, surface, "org"  # 西藏自治区公路局日喀则分局定日养护段工会: a bureau's branch's unit, named whole
    if seg.endswith(_UNIT_ENDS) and _transport_unit(seg):
        return surface, surface, "org"  # 向塘机务段工会, 福州站客运车间工会: a railway depot's, station's, workshop's
    if _joint_union(seg) or _project_union(seg) or _firm_project(seg):
        # 安定区马铃薯产业园区联合工会, 寻甸保障性住房项目联合工会: the joint union of a named park's or project's firms
        return surface, surface, "org"
    if _firm_site_unit(seg):
        return surface, surface, "org"  # 中建八局广西公司柳州项目部工会: a firm's project department's union, as written
    bare = _bare_body_after_verb(seg)
    if bare:  # 原则同意公司工会, 先找厂工会: prose glued before the writer's own body, named by its kind alone
        seg, surface = bare, bare + head
    if seg.endswith(_ORG_SUFFIXES) and len(seg) >= 3 and seg not in _BARE_COMPANY or _zone_name(seg) or _work_zone(seg):
        return _read_org(seg, head, surface, counted)
    if seg.endswith("分") and (_branch_of_body(seg[:-1]) or _named_unit(seg[:-1]) or _named_department(seg[:-1])):
        return surface, surface, "org"  # 铸造车间分工会, 化学学院分工会: a workshop's, a college's branch union
    if seg in _BARE_BODIES:
        return surface, surface, "org"  # 厂工会: the writer's own factory's union, named by its kind
    if _short_firm(seg):
        return surface, surface, "org"  # 韶钢工会: a steel or coal firm's usual short name
    if _region_body(seg) and not _places.scan(seg[2:]):
        return surface, surface, "org"  # 台灣石油工會: a region, then the body's own name (no place of its own)
    return None


#: Level words alone (区镇, 镇街, 县市区): after 等, the kind of the divisions listed before it.
_LEVEL_KIND = lazyrx.compile(r"[省市州盟区區县縣旗乡鄉镇鎮街村]+")


def _kind_of_listed(rest: str) -> bool:
    """Whether ``rest``, the words after a list's 等 up to the union word, is the kind of the bodies listed (乡镇,
    区镇, 企业) and not a body's name: a generic word, or level words alone."""
    return rest.startswith(_GENERIC_START) or _LEVEL_KIND.fullmatch(rest) is not None


def _verb_townships(seg: str) -> bool:
    """``seg`` (after its places) is a word of two characters or more, or a level word, then the common noun 乡镇
    "townships" (建强乡镇, 县乡镇): the kind of union a work report's heading strengthens, no town.  A town named by
    one character before 乡 (三乡镇) is kept by its length, one named by a gazetteer place (东乡镇) by _townships."""
    return (len(seg) > 3 or seg[:1] in _LEVELS) and _townships(seg)


def _read_org(seg: str, head: str, surface: str, counted: str | None) -> tuple[str, str, str] | None:
    """_read_body of a segment ending in an organisation word (or a zone's name): the body as named, with the
    prose before it, its prefecture or county cut off; None when it is described, not named."""
    if seg.endswith(("电场", "電場")) and len(seg) < 5:
        return None  # 风电场工会, 光伏电场工会: the kind of plant, no plant named
    if _described_body(seg):
        return None  # 叮嘱随行的矿工会干部: a modifier with 的, then a bare body word, describes the body, names none
    if seg.endswith(("乡镇", "鄉鎮")) and _verb_townships(seg[_owner_places(seg):]):
        return None  # （二）建强乡镇工会: a heading's verb and the common noun 乡镇 ("townships"), no town named
    if "等" in seg and _kind_of_listed(seg[seg.rfind("等") + 1:]):
        return None  # 威远镇、丹麻镇等乡镇工会: the kind of the listed bodies after 等 ("and other"), no body named
    if counted is not None:
        return None  # 一家物流有限公司工会: a numeral and a measure word make the body one of a kind, described
    lead = _after_leading_verb(seg)
    if lead:  # the name starts after the verb; what is left must name a body on its own
        seg = _strip_lead(seg[lead:])  # (…正在筹建园区: the verb after 在 is no part of the name either)
        if not _names_body(seg):
            return None
        surface = seg + head
    g = _group_branch_start(seg)
    if g:  # 报国网甘肃省电力公司: a state group's provincial branch starts at the group's short name
        seg = seg[g:]
        surface = seg + head
    town = _own_town(seg)
    if town:  # a town (or a scenic area's body) is named by itself, its county dropped like a district's city
        return town + head, surface, "org"
    k = _county_body_start(seg)
    if k:  # 喀什地区泽普县烟草专卖局: a county's body is named from the county on, its prefecture dropped
        return seg[k:] + head, surface, "org"
    return surface, surface, "org"
