"""Trade unions named on a page: 昆明市总工会, 攀钢工会, 中国海员建设工会 …

A union is found at each 工会/总工会/工会联合会/工会委员会 (either script) and
its name is read leftwards, from the nearest punctuation, as one of:

* a place (from the gazetteer) + optional industry: 铜仁市总工会, 四川省教育工会.
  Leading higher-level places are dropped (贵州铜仁市总工会, 昆明市盘龙区总工会
  → 铜仁市总工会, 盘龙区总工会);
* a bare level word (市总工会, 区总工会, 省教育工会), completed with the page's
  main place of that level (攀枝花市总工会 on a page about 攀枝花), keeping the
  written form in ``surface``;
* 中国/中华全国 + industry or 总工会 (中国海员建设工会, 中华全国总工会);
* a named body ending in an organisation word (钢城集团公司工会, 某某大学工会);
  items listed before it with 、 share its 工会 (攀钢、攀煤、钢城集团公司工会);
* a bare short place name (盘龙工会).

Everything else before 工会 is generic and not a union: 工会干部, 基层工会,
各级工会, 全市工会, 乡镇(街道)工会, 非公企业工会, "智慧工会", 工会+, and a
机关工会 of an unnamed body. "X工会第九次代表大会" names X's congress and so X
(a union that holds it); 中国工会 is the movement (《中国工会章程》), not an organisation. X工会 and X总工会
on one page are the same organisation and are merged to the 总工会 form (铜仁市工会 →
铜仁市总工会); a bare level the page's places leave open (州总工会) is the one full name
the page gives that ends the same way (昌吉州总工会).
"""

from __future__ import annotations

import functools
import re

from ... import lazyrx
from ... import recode
from unionkit.extract import places as _places
from unionkit.record import Place, Union
from .base import (_all_han, _BARE_BODIES, _BARE_COMPANY, _BARE_TRADES, _CLOSE_QUOTES, _DATE_LEAD, _DE_WORDS,
                   _ends_with_lead, _FIRM_ENDS, _FIRM_SECTORS, _FOUNDING_VERBS, _GENERIC_START, _HEAD, _HEAD_TAIL,
                   _INDUSTRIES, _is_name_char, _JOINT, _LEAD_BY_CHAR, _LEVELS, _LONG_LEADS, _NAME_TAIL, _names_body,
                   _NOT_TRADES, _ORG_SUFFIXES, _PROSE_CHARS, _REGION_HINT, _REGISTERED_BODIES, _segment_start, _TOWN,
                   _UNION_ENDS, _UNNAMED_TRADE, _ZONE_CORES, _ZONES)
from .locality import (_complete, _from_places, _inside_place, _leading_places, _Locality, _owner_places, _place_chain,
                       _prose_before_first_item)


def _zone_name(seg: str) -> bool:
    """``seg`` is a zone's proper name: two to four name characters, then the zone word (西海岸 + 新区).

    The bare 新区 of such a page ("the new area") and prose glued before it (大会审议通过了新区) name none."""
    if not seg.endswith(_ZONES):
        return False
    return _zone_stem(seg[:-len(next(z for z in _ZONES if seg.endswith(z)))], 4)


def _zone_stem(stem: str, longest: int) -> bool:
    """``stem`` is the proper name before a zone word: two to ``longest`` basic-block ideographs, none of prose,
    no generic opening (各, 全 …) and no lead word closing it."""
    return (2 <= len(stem) <= longest and all("\u4e00" <= c <= "\u9fff" and c not in _PROSE_CHARS for c in stem)
            and not stem.startswith(_GENERIC_START) and not _ends_with_lead(stem))


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
    and the project's own name (not a kind: 重点, 在建) stands between the place and 项目."""
    body = seg[:-2] if seg.endswith(_JOINT) else seg
    if not body.endswith(_PROJECTS):
        return False
    owner = body[:-2]
    if not _plain_owner(owner):
        return False
    pos = _owner_places(owner)
    name = owner[pos:]
    return (pos > 0 and len(name) >= 2 and name not in _PROJECT_KINDS
            and not name.startswith(_GENERIC_START + _PROJECT_KINDS))


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


def _strip_lead(seg: str) -> str:
    """``seg`` without the function words and verbs in front of a name (同时市 → 市), and without a date written
    in digits (2024年公司 → 公司: a time word, never a name's start, unlike 360集团).

    A place written in full that opens with such a word stays whole (让胡路区, not 让 + 胡路区)."""
    if seg[:1].isdigit():
        d = _DATE_LEAD.match(seg)
        if d and d.end() < len(seg):
            seg = seg[d.end():]
    changed = True
    while changed and seg:
        changed = False
        for w in _LEAD_BY_CHAR.get(seg[0], ()):
            if seg.startswith(w) and len(seg) > len(w):
                if w == "的" and seg.startswith(_DE_WORDS, 1):
                    return seg  # 的士有限公司: a taxi firm
                if _opens_with_place(seg, len(w)):
                    return seg
                seg = seg[len(w):]
                changed = True
                break
    return seg


def _opens_with_place(seg: str, k: int) -> bool:
    """``seg`` opens with a place name that is longer than its first ``k`` characters: one written in full, or the
    short name of one place only when a body's name follows it (和龙林业有限公司: 和龙 is a city, 和 no "and")."""
    mentions = _places.scan(seg)
    if not mentions or mentions[0].start != 0 or mentions[0].end <= k:
        return False
    first = mentions[0]
    if first.full:
        return True
    rest = seg[first.end:]
    return len(first.divisions) == 1 and len(rest) >= 3 and rest.endswith(_ORG_SUFFIXES) \
        and not rest.startswith(_GENERIC_START)


def _split_industry(seg: str) -> tuple[str, str]:
    """(rest, industry) when ``seg`` ends with an industry word (四川省教育 → 四川省, 教育)."""
    if not seg.endswith(_INDUSTRIES):  # one C call settles the usual case: no industry word
        return seg, ""
    for ind in _INDUSTRIES:
        if seg.endswith(ind) and len(seg) > len(ind):
            return seg[: -len(ind)], ind
    return seg, ""


#: Hong Kong, Macau and Taiwan: not in the (mainland) gazetteer, but they open union names
#: the way a place does (香港物流業職工總會, 澳門建造業職工會).
_REGIONS = ("香港", "澳門", "澳门", "台灣", "臺灣", "台湾", "港九", "九龍", "九龙", "新界")


#: One-character adverbs that open a predicate after its subject (已, 也, 还): a trade's name never starts so.
_PROSE_ADVERBS = frozenset("已也还還又均并並")


def _split_trade(seg: str) -> tuple[str, str]:
    """(owner, trade) when ``seg`` is an owner and a trade ending in 业 (广州市 + 交通运输行业, 香港 + 物流業).

    The owner is a Hong Kong/Macau/Taiwan region, a chain of gazetteer places from the start,
    or a bare level word (市交通运输行业); with no owner the result is (seg, "").
    """
    if seg.endswith(("职业", "職業")) and len(seg) > 4:
        return _occupational(seg)
    if not seg.endswith(("业", "業")) or seg.endswith(_NOT_TRADES):
        return seg, ""
    owner = ""
    if seg.startswith(_REGIONS):
        owner = seg[:2]
    else:
        pos = _owner_places(seg)
        pos += _zone_owner(seg[pos:])  # a zone's name, after its city when written (重庆 + 两江新区 + 快递行业)
        owner = seg[:pos] if pos else (seg[0] if seg[0] in _LEVELS else "")
        if owner in _LEVELS:
            later = next((m for m in _places.scan(seg) if m.full and m.start > 0), None)
            if later is not None:  # 区总红谷滩区快递行业 (title salt before the name): the place written in full owns it
                owner = seg[:later.end]
    town = _town_after(seg, 0 if owner in _LEVELS else len(owner))  # (a bare level word owns no town)
    if town:
        owner = seg[:town]  # a named town or subdistrict owns the trade (王江泾镇 + 织造行业)
    trade = seg[len(owner):]
    if trade.startswith(_SETTING_UP) and len(trade) >= 4:
        trade = trade[2:]  # 夷陵区成立茶产业工会联合会 (a headline): the place set up its tea-industry federation
        first = next((w for w in _FIRST_OF_KIND if trade.startswith(w)), "")
        if first and len(trade) - len(first) >= 2:
            trade = trade[len(first):]  # 成立首家快递行业联合工会: "the first" tells of the founding, not the name
    elif len(trade) >= 4 and (trade[0] in _PROSE_ADVERBS
                              or any(len(w) >= 2 and trade.startswith(w) for w in _LEAD_BY_CHAR.get(trade[0], ()))):
        # 叙州区依托行业工会: the place relies on its trade unions (a verb, then a kind of union); 紫阳县已先后成立茶
        # 产业工会: an adverb after the place opens prose about what it did, no name
        return seg, ""
    if "的" in trade or "的" in owner:
        return seg, ""  # prose (…覆盖全产业链的联行业): a trade's name holds no 的
    if not owner or len(trade) < 2 or trade in _BARE_TRADES or _UNNAMED_TRADE.search(trade):
        return seg, ""
    return owner, trade


def _town_after(seg: str, pos: int) -> int:
    """End of a named town that starts ``seg`` at ``pos`` (after its county, if written) and leaves a
    trade of two characters or more after it, else 0.  Not 乡镇/全镇 or prose (…的镇)."""
    if "镇" not in seg and "鎮" not in seg and "街道" not in seg:
        return 0
    mt = _TOWN.match(seg, pos)
    if mt is None or len(seg) - mt.end() < 2:
        return 0
    town = mt.group()
    if town.startswith(_GENERIC_START) or "的" in town or _townships(town):
        return 0
    return mt.end()


def _townships(town: str) -> bool:
    """``town`` ends with the common noun 乡镇 "townships" after prose (就按乡镇建立…), not a town whose name ends
    in 乡 (东乡镇: 东乡 is a place of the gazetteer)."""
    if not town.endswith(("乡镇", "鄉鎮")):
        return False
    stem = town[:-1]
    return not any(m.start == 0 and m.end == len(stem) for m in _places.scan(stem))


def _zone_owner(seg: str) -> int:
    """End of a zone's proper name that opens ``seg`` (两江新区 + 网约配送行业), else 0: a new area or
    functional zone runs its own trade federations the way a district does, but is not in the gazetteer."""
    if not any(z in seg for z in _ZONE_CORES):  # one cheap test: most segments hold no zone word
        return 0
    for z in _ZONES:
        i = seg.find(z, 2)
        if 2 <= i <= 4 and _zone_name(seg[:i + len(z)]):
            return i + len(z)
    return 0


def _occupational(seg: str) -> tuple[str, str]:
    """(place, trade + 职业) of an occupational union's name (臺中市 + 營造業職業 → 臺中市營造業職業工會), else (seg, "").

    An occupational union (职业工会, common in Taiwan) gathers the self-employed of one trade in a city:
    a place written in full (or a region), then the trade, then 职业; 全市职业 or a bare 职业 names none."""
    inner = seg[:-2]
    owner = ""
    if inner.startswith(_REGIONS):
        owner = inner[:2]
    else:
        pos, full = _leading_places(inner)
        owner = inner[:pos] if full else ""
    trade = inner[len(owner):]
    if (not owner or not 2 <= len(trade) <= 10 or "的" in trade or trade.startswith(_GENERIC_START)
            or _UNNAMED_TRADE.search(trade) or not all(_is_name_char(c) for c in trade)):
        return seg, ""
    return owner, seg[len(owner):]


#: A sector union's name: a sector, then 系统 "system" (淄博市 + 卫生健康系统工会, the unions of one line of
#: public service in a city).
_SYSTEMS = ("系统", "系統")


def _sector_body(seg: str, head: str) -> tuple[str, str]:
    """(owner, sector part) for the union names a trade or sector reading leaves open, else (seg, "").

    * owner + sector + 系统 (淄博市 + 卫生健康系统, 市 + 卫生健康系统);
    * owner + trade + 联合 (黄岛区 + 快递行业联合: a trade's joint union);
    * owner + 产业 before 总工会 (高雄市 + 產業: a Taiwanese city's federation of industrial unions).
    The owner is a place written from the start, or a bare level word (completed from the page's places)."""
    if seg.endswith(_SYSTEMS) and len(seg) > 3:
        owner, sector = _owner_of(seg[:-2])
        if owner and 2 <= len(sector) <= 6 and _plain_sector(sector):
            return owner, sector + seg[-2:]
    elif seg.endswith(_JOINT) and len(seg) > 4:
        owner, trade = _split_trade(seg[:-2])
        if trade:
            return owner, trade + seg[-2:]
    elif seg.endswith(_BARE_TRADES) and head.startswith(("总", "總")) and len(seg) > 2:
        owner, sector = _owner_of(seg)
        if owner and owner not in _LEVELS and sector in _BARE_TRADES:
            return owner, sector
    return seg, ""


def _owner_of(seg: str) -> tuple[str, str]:
    """(owner, rest): the gazetteer places that open ``seg``, written in full at their end, or its bare level
    word; ("", seg) when neither opens it."""
    pos, full = _leading_places(seg)
    if pos and full:
        return seg[:pos], seg[pos:]
    if seg[0] in _LEVELS and not pos:
        return seg[0], seg[1:]
    return "", seg


def _plain_sector(sector: str) -> bool:
    """A sector's own name: Han only, not generic, unnamed or prose (各系统, 所属系统, …的系统)."""
    return (_all_han(sector) and not sector.startswith(_GENERIC_START)
            and not _UNNAMED_TRADE.search(sector) and "的" not in sector and not _ends_with_lead(sector))


def _region_body(seg: str) -> bool:
    """``seg`` is a Hong Kong/Macau/Taiwan region and then a body's own name of two to six characters (台灣 + 石油):
    such names are not in the gazetteer, so the region stands for the place."""
    if not seg.startswith(_REGIONS) or not 4 <= len(seg) <= 8:
        return False
    return _plain_sector(seg[2:]) and not seg[2:].startswith(_REGIONS)


def _region_after_prose(seg: str) -> int:
    """Where a Hong Kong/Macau region word opens a trade's union after other words (工聯屬會 + 澳門酒店旅遊業, a
    federation's member union; 聯同屬會 + 香港物流業), else 0: such a union's name always opens with its region,
    which is not in the gazetteer, so the prose before it is not cut like a place's."""
    m = _REGION_HINT.search(seg, 1)  # (one pass of the standard module: most segments name no region)
    if m is None or seg.startswith(_REGIONS):
        return 0
    owner, trade = _split_trade(seg[m.start():])
    return m.start() if owner in _REGIONS and trade else 0


#: Words saying a body set up is the first of its kind (成立首家…, 组建首个…): no part of its name.
_FIRST_OF_KIND = ("首家", "首个", "首個", "第一家", "第一个", "第一個")
#: Verbs of setting a union up, written between a place and the trade it federates in a headline.
_SETTING_UP = ("成立", "组建", "組建", "筹建", "籌建", "建立", "设立", "設立")


#: A trade standing alone at the head of a clause, before a federation word: the name of an
#: industry federation without a place (金屬產業工會聯合會 on a Taiwanese page).
_LONE_TRADE = lazyrx.compile(r"\p{Han}{1,6}(?:产业|產業)|\p{Han}{2,6}[业業]")


def _lone_trade(seg: str, raw: str, head: str) -> bool:
    """``seg`` opens its clause, or is what a verb of setting up sets up (推动成立了蔬菜产业, 设立了货车司机), and
    names a trade or an occupation, and ``head`` is a federation word (联合会)."""
    if not ((seg == raw or _set_up_object(raw, seg)) and head.endswith(("联合会", "聯合會"))):
        return False
    if _bare_occupation(seg):
        return True  # 货车司机工会联合会: the federation of one occupation's workers, named without a place
    return (not seg.endswith(_NOT_TRADES) and seg not in _BARE_TRADES and _LONE_TRADE.fullmatch(seg) is not None
            and not _UNNAMED_TRADE.search(seg) and not seg.startswith(_FOUNDING_VERBS))


#: Words of a clause about many bodies of a kind (指导各地成立…, 在全市建立…, 每个县组建…): what is set up is a kind.
_MANY_BODIES = lazyrx.compile(r"[各每诸諸]|全[市县縣区區省州国國]")


def _set_up_object(raw: str, seg: str) -> bool:
    """``seg`` ends ``raw`` right after a verb of setting a body up told as an act (推动成立了 + 蔬菜产业, 指导成立 +
    纺织行业): the one federation the subject set up, named by its trade alone as the page writes it.  The verb must
    take 了 or follow another word (a guiding verb, an adverb): a bare verb opening the clause is a task or a plan
    (组建物流产业工会联合会，扩大覆盖面).  Not where the clause is about every place's or unit's body (指导各县成立…,
    在全市组建…)."""
    if len(raw) <= len(seg) or not raw.endswith(seg):
        return False
    before = raw[:-len(seg)]
    done = before.endswith("了")
    verb = before[:-1] if done else before
    return (verb.endswith(_SETTING_UP) and (done or len(verb) > 2)
            and not _MANY_BODIES.search(before))


#: A national union of one trade, named without a place (全國物流業產業工會, a Taiwanese industrial union).
_NATIONAL_TRADE = lazyrx.compile(r"(?:全国|全國)(?P<trade>\p{Han}{1,6}[业業])(?:产业|產業)?")


def _national_trade(seg: str) -> bool:
    """``seg`` is 全国 + one named trade (+ 产业): a national trade union, not 全国各产业 or 全国企业 (generic)."""
    mt = _NATIONAL_TRADE.fullmatch(seg) if seg.startswith(("全国", "全國")) else None
    if mt is None:
        return False
    trade = mt["trade"]
    return (trade not in _BARE_TRADES and not trade.endswith(_NOT_TRADES) and not _UNNAMED_TRADE.search(trade)
            and not trade.startswith(_GENERIC_START + _FOUNDING_VERBS) and not _ends_with_lead(trade)
            and "的" not in trade)


#: What a quoted name can be the name of, other than an organisation: “广西工会”APP, “XX工会”公众号.
_PRODUCTS = lazyrx.compile(r"[”」』\"》]\s?(?:APP|App|app|小程序|微信小程序|公众号|公眾號|微信公众号|微信公眾號|客户端|客戶端)")


def _is_product(text: str, end: int) -> bool:
    """A closing quote and an app/mini-program/account word follow: the quoted name is a product."""
    return end < len(text) and text[end] in _CLOSE_QUOTES and _PRODUCTS.match(text, end) is not None


#: Name characters at most between a union word and the closing quote of a product named after it (“海南工会云”APP,
#: “北京工会12351”APP).
_PRODUCT_TAIL = 6


def _product_after(text: str, end: int) -> bool:
    """A few name characters, a closing quote and an app/account word follow (“海南工会云”APP, “江西工会e家”小程序):
    the union word is inside a product's name, which names no union."""
    for k in range(end, min(end + _PRODUCT_TAIL, len(text) - 1)):
        if not _is_name_char(text[k]):
            return False
        if text[k + 1] in _CLOSE_QUOTES:
            return _is_product(text, k + 1)
    return False


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
        seg = seg[_region_after_prose(seg):]  # 工聯屬會 + 澳門酒店旅遊業: a federation's member union
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
        elif not (len(seg) > 1 and seg[-1] in _LEVELS and _ends_with_lead(seg[:-1])):
            return None
        else:
            seg = seg[-1]
    surface = seg + head
    rest, industry = _split_industry(seg)
    if not industry:
        rest, industry = _split_trade(seg)
    if not industry:
        rest, industry = _sector_body(seg, head)
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
    if (head.endswith(("联合会", "聯合會")) or head in ("工会", "工會") and seg.endswith(_OCCUPATIONS)) \
            and _sector_of_place(seg):
        # 普陀区楼宇工会联合会: a district's federation of one kind of workplace; 固始县网约配送员工会: the union of
        # one occupation in a county
        return surface, surface, "org"
    if head in ("工会", "工會") and seg.endswith(_JOINT) and _sector_of_place(seg[:-2]):
        return surface, surface, "org"  # 婺源县新就业形态劳动者联合工会: a county's joint union of one kind of worker
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
        if seg.endswith(("电场", "電場")) and len(seg) < 5:
            return None  # 风电场工会, 光伏电场工会: the kind of plant, no plant named
        if _described_body(seg):
            return None  # 叮嘱随行的矿工会干部: a modifier with 的, then a bare body word, describes the body, names none
        if "等" in seg and seg[seg.rfind("等") + 1:].startswith(_GENERIC_START):
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
    if seg.endswith("分") and (_branch_of_body(seg[:-1]) or _named_unit(seg[:-1]) or _named_department(seg[:-1])):
        return surface, surface, "org"  # 铸造车间分工会, 化学学院分工会: a workshop's, a college's branch union
    if seg in _BARE_BODIES:
        return surface, surface, "org"  # 厂工会: the writer's own factory's union, named by its kind
    if _short_firm(seg):
        return surface, surface, "org"  # 韶钢工会: a steel or coal firm's usual short name
    if _region_body(seg) and not _places.scan(seg[2:]):
        return surface, surface, "org"  # 台灣石油工會: a region, then the body's own name (no place of its own)
    return None


# The short names of state-owned groups whose branches are named group + province or city + body
# (国网甘肃省电力公司, 中国移动四川分公司): prose glued before such a name is cut off at the group's name.
_GROUPS = ("国网", "國網", "国家电网", "國家電網", "南方电网", "南方電網", "中国移动", "中國移動", "中国联通", "中國聯通",
           "中国电信", "中國電信", "中国石化", "中國石化", "中国石油", "中國石油", "中国邮政", "中國郵政", "中国铁塔",
           "中國鐵塔", "中国烟草", "中國煙草", "中国人寿", "中國人壽", "中石化", "中石油")


def _group_branch_start(seg: str) -> int:
    """Where a state group's branch name starts inside ``seg`` (after prose), else 0: the group's short
    name, then a place written in full (国网 + 甘肃省)."""
    for g in _GROUPS:
        i = seg.find(g, 1)
        if i > 0:
            m = _places.scan(seg[i + len(g):])
            if m and m[0].start == 0 and m[0].full:
                return i
    return 0


#: Words ending the name of a park run for the firms in it (软件园, 工业园, 医药港), whose union federation is named
#: after the park (福州软件园工会联合会).
_PARK_ENDS = ("园", "園", "港")
#: Parks that name no firms' park: a campus, a home, a public park or garden (校园工会, 幸福家园).
_NOT_PARKS = ("校园", "校園", "家园", "家園", "公园", "公園", "花园", "花園", "乐园", "樂園", "田园", "田園", "庄园", "莊園",
              "陵园", "陵園", "菜园", "菜園", "果园", "果園")


def _park_name(seg: str) -> bool:
    """``seg`` is a place (a gazetteer name, bare or full, opening it), then two to five characters of the park's own
    name, then a park word (福州 + 软件 + 园, 西安 + 泾河工业 + 园, 杭州 + 医药 + 港): a park or zone's proper name.
    Not a generic or prose middle (各园, …的产业园), nor a campus or garden (校园, 家园)."""
    if not seg.endswith(_PARK_ENDS) or seg.endswith(_NOT_PARKS) or not 5 <= len(seg) <= 14:
        return False
    mentions = _places.scan(seg)
    if not mentions or mentions[0].start != 0:
        return False
    mid = seg[mentions[0].end:-1]
    return (2 <= len(mid) <= 5 and _all_han(mid) and not mid.startswith(_GENERIC_START)
            and not any(c in _PROSE_CHARS for c in mid) and not _UNNAMED_TRADE.search(mid)
            and not _ends_with_lead(mid) and _after_count(mid) is None)


#: What a firm's short name ends with when it is the usual short form of a steel or coal company (韶钢, 攀钢, 攀煤:
#: the city's first character and the product).
_FIRM_PRODUCTS = ("钢", "鋼", "煤")
#: Characters before 钢/煤 that make a word for the material or the work, not a firm (炼钢, 特钢, 原煤, 采煤).
_NOT_FIRM_FIRST = set("炼煉轧軋特型焊不钢鋼原燃采採挖烧燒洗焦精褐无無块塊烟煙用购購运運卖賣产產出运储儲")


def _short_firm(seg: str) -> bool:
    """``seg`` is a steel or coal firm's two-character short name (韶钢, 攀煤): one character of its city, then the
    product; not a word for the material or the work (炼钢, 原煤), nor a place or a generic word."""
    return (len(seg) == 2 and seg.endswith(_FIRM_PRODUCTS) and _all_han(seg) and seg[0] not in _NOT_FIRM_FIRST
            and not seg.startswith(_GENERIC_START) and seg[0] not in _LEVELS and seg[0] not in _PROSE_CHARS
            and not _places.scan(seg))


#: A numbered division of the Xinjiang Production and Construction Corps (第八师), written by itself or before the
#: city it runs as one body (第八师石河子市: 师市合一); the corps' name may come first (兵团第八师).
_CORPS_RX = r"(?:(?:新疆)?生产建设兵团|(?:新疆)?生產建設兵團|兵团|兵團)?(?P<div>第[一二三四五六七八九十]{1,3}[师師])"
_CORPS_DIVISION = lazyrx.compile(_CORPS_RX)
_CORPS_AT_END = lazyrx.compile(_CORPS_RX + r"\Z")


def _corps_division(before: str) -> str:
    """The corps division ``before`` ends with (…第八师 before 石河子市), else "": the division and its city are
    one body (师市合一), whose union is named with both (第八师石河子市总工会); the corps written before the
    division is dropped, as a province before a city is."""
    if not before.endswith(("师", "師")):
        return ""
    mt = _CORPS_AT_END.search(before)
    return mt["div"] if mt is not None else ""


#: A numbered regiment of the Production and Construction Corps (二十九团, 一二一团, 29团) and the name of one of its
#: units (机械化作业队, 三连), whose union is named from the regiment on (its division and city are dropped, as a
#: town drops its county).  团队 (a team) is no regiment.
_REGIMENT = lazyrx.compile(r"(?:[一二三四五六七八九十〇零]{2,4}|\d{2,3})[团團](?![队隊])\p{Han}{0,10}\Z")
_REGIMENT_UNITS = ("队", "隊", "连", "連", "营", "營", "厂", "廠", "公司", "中心", "学校", "學校", "医院", "醫院",
                   "社区", "社區", "站")


def _regiment_unit(seg: str) -> str | None:
    """The regiment and unit ``seg`` ends with (第二师铁门关市 + 二十九团机械化作业队 → 二十九团机械化作业队), when
    all before it is a corps division and places; the unit, if written, ends with a unit word (作业队, 连, 厂)."""
    if "团" not in seg and "團" not in seg:
        return None
    mt = _REGIMENT.search(seg)
    if mt is None:
        return None
    name = mt[0]
    unit = name[name.index("团" if "团" in name else "團") + 1:]
    if unit and not unit.endswith(_REGIMENT_UNITS):
        return None
    prefix = seg[:mt.start()]
    if prefix:
        div = _CORPS_DIVISION.match(prefix)
        at = div.end() if div is not None else 0
        for m in _places.scan(prefix):
            if m.start == at:
                at = m.end
        if at != len(prefix):
            return None
    return name


#: A numeral (or 几/多/某/每/这/那) and a measure word: what follows is one of a kind, not a named body
#: (我在…一个街道工会干了五年, 九个街道工会).
_COUNT = lazyrx.compile(r"(?:\d+|[一二两兩三四五六七八九十百千几幾多某每这這那哪])[个個家所座间間]")
_MEASURES = frozenset("个個家所座间間")  # (the measure words of _COUNT: a cheap first test)


def _after_count(seg: str) -> str | None:
    """What follows the last numeral and measure word in ``seg`` (一个街道 → 街道), else None (no count in it).

    A count inside a place's name (五家渠市) or after 第 (an ordinal) is none."""
    if _MEASURES.isdisjoint(seg):
        return None
    last = None
    mentions = None
    for mt in _COUNT.finditer(seg):
        if mt.start() > 0 and seg[mt.start() - 1] == "第":
            continue
        if mt[0].endswith("所") and seg.endswith(_FIRM_ENDS):
            continue  # 所 counts schools and institutes, never firms: 八所港务公司 is a name (a place 八所), no count
        if mentions is None:
            mentions = _places.scan(seg)
        if any(m.start < mt.end() and mt.start() < m.end for m in mentions):
            continue
        last = mt
    return None if last is None else seg[last.end():]


#: jieba's tags of a word that belongs to the clause, not to a name: verbs (争取, 访) and time words (夏季, 近日).
_PROSE_TAGS = ("v", "vd", "vi", "t")


def _prose_before_place(seg: str) -> int:
    """Where the first place named in ``seg`` starts when all before it is one verb or time word (争取 +
    新疆生产建设兵团, 访 + 鄂尔多斯…, 夏季 + 和静县…) and a body's name follows, else 0.

    A name may open with its group's short name (国网 + 和静县供电公司), which is no verb or time word.  What is
    left must end like a body (公司, 集团, 兵团), name a railway unit (访 + 拉萨工务段…车间, a title's interview
    verb) or be a place written in full: a bare place after a verb (激发 +
    盘龙工会社会化工作) is the place's union work, not a body.  A town's name may open with a verb (安 + 丰镇)."""
    if len(seg) < 4:
        return 0
    mentions = _places.scan(seg)
    if not mentions or mentions[0].start == 0 or mentions[0].end - mentions[0].start < 2:
        return 0
    m = mentions[0]
    rest = seg[m.start:]
    if seg.endswith(("镇", "鎮", "乡", "鄉"), 0, m.end) or not (
            m.full or len(rest) >= 3 and rest.endswith(_ORG_SUFFIXES) and rest not in _BARE_COMPANY
            or rest.endswith(_UNIT_ENDS) and _transport_unit(rest)):
        return 0
    return m.start if _places._dictionary_tag(seg[:m.start]) in _PROSE_TAGS else 0


#: jieba's tags of a distinguishing word or an adjective (民营, 大型, 知名): after 一 they describe one body of a kind.
_KIND_TAGS = ("b", "a")


def _indefinite(seg: str) -> bool:
    """``seg`` holds 一 + a distinguishing word or adjective with no measure word (万宁一民营酒店, 一大型企业): one
    body of a kind, described, not named.  Not when 一 opens a word of its own (一汽) or sits in a place's name."""
    i = seg.find("一")
    while 0 <= i <= len(seg) - 3:
        if (_places._dictionary_tag(seg[i + 1:i + 3]) in _KIND_TAGS
                and _places._dictionary_tag(seg[i:i + 2]) in ("", "m") and not _inside_place(seg, i)):
            return True
        i = seg.find("一", i + 1)
    return False


#: Prepositions and the particle 了 of a sentence (会议还为…, 已向…, 也对…, 听取了…, 运动会由…): standing as words of their
#: own inside a run of name characters, they end the prose before a body's name.  Adverbs (还, 也, 均) are not
#: cut at: they stand before a verb or a preposition, not before a name, and a firm's name may hold one (均瑶).
_FUNCTION_CHARS = frozenset("为為向对對给給被把从從替让讓了由"
                            # conjunctions of a list of things a visit covers (劳模创新工作室和柏溪街道工会,
                            # 公司与韶钢工会签订): the name is the last conjunct
                            "和与與及")
#: jieba's tags of adverbs, prepositions, conjunctions, particles: a dictionary word so tagged (还为, 特为) is prose.
_FUNCTION_TAGS = ("d", "p", "c", "u", "y")


def _after_function_word(seg: str) -> int:
    """Where the text after the last function word inside ``seg`` starts (议还为攀钢集团 → 攀钢集团), else 0.

    The character must stand as a word of its own or inside a dictionary function word (还为): a content
    word around it (华为, 为民, 给水, 被服, 对外) is part of the name.  Not inside a place's name (从化区); at
    least two characters are left."""
    if not any(c in _FUNCTION_CHARS for c in seg[1:-2]):
        return 0  # (the usual case)
    mentions = _places.scan(seg)
    for i in range(len(seg) - 3, 0, -1):
        if seg[i] not in _FUNCTION_CHARS:
            continue
        if any(m.start <= i < m.end for m in mentions):
            continue
        if _in_content_word(seg, i):
            continue
        if seg[i] in _CONJUNCTIONS and not _conjunct_named(seg[i + 1:], mentions, i + 1):
            continue  # 香港物流及運輸業職工會: a name may join two trades with 及
        if seg[i] == "和" and _joint_department(seg, i, mentions):
            continue  # 林业和草原局: 和 joins the two remits of one government department
        return i + 1
    return 0


#: Conjunctions among _FUNCTION_CHARS: a name may hold one (物流及运输业), so it is cut only before a named conjunct.
_CONJUNCTIONS = frozenset("和与與及")


def _conjunct_named(rest: str, mentions: list, at: int) -> bool:
    """What follows a conjunction inside a segment opens a name of its own: a gazetteer name (和五峰…), a generic
    word (和部分乡镇), or it is a named body as a whole (工作室和柏溪街道, 公司与韶钢)."""
    return (any(m.start == at for m in mentions) or rest.startswith(_GENERIC_START) or _short_firm(rest)
            or len(rest) >= 3 and rest.endswith(_ORG_SUFFIXES))


#: Ends of a government department's name (林业和草原局, 人力资源和社会保障厅, 发展和改革委员会).
_DEPARTMENT_ENDS = ("局", "厅", "廳", "委员会", "委員會", "委")


def _joint_department(seg: str, i: int, mentions: list) -> bool:
    """The 和 at ``seg[i]`` joins the two remits of one department (林业和草原局, 住房和城乡建设局, 工业和信息化局):
    a remit (no place, no body, no union before it) on its left, a remit + department word on its right.  Two
    bodies joined (教育局和卫生局, 公司与韶钢) or a place opening the right side (和五峰县…) are two names."""
    rest, left = seg[i + 1:], seg[:i]
    if not rest.endswith(_DEPARTMENT_ENDS) or rest[:1] in _LEVELS or any(m.start == i + 1 for m in mentions):
        return False
    lead = max((m.end for m in mentions if m.end <= i), default=0)
    remit = left[lead:]
    if remit[:1] in _LEVELS:
        remit = remit[1:]  # (a bare level opens the name: 市自然资源和规划局)
    return (2 <= len(remit) <= 4 and _all_han(remit) and not remit.endswith(_ORG_SUFFIXES + _UNION_ENDS)
            and not any(c in _PROSE_CHARS for c in remit) and not rest.startswith(_GENERIC_START))


def _in_content_word(seg: str, i: int) -> bool:
    """``seg[i]`` is inside a two- or three-character dictionary word that is no function word (华为, 给水)."""
    for a, b in ((i - 1, i + 1), (i, i + 2), (i - 2, i + 1), (i - 1, i + 2), (i, i + 3)):
        if a < 0 or b > len(seg):
            continue
        tag = _places._dictionary_tag(seg[a:b])
        if tag and not tag.startswith(_FUNCTION_TAGS):
            return True
    return False


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


#: Words in a clause before a union's name that no name holds: pronouns, modal verbs, conjunctions
#: (我是吴兴区织里镇工会, 没建的可以到镇工会, 或者打镇工会): the name starts after the last of them.
_CLAUSE_WORDS = ("我们", "我們", "你们", "你們", "他们", "他們", "她们", "她們", "咱们", "咱們", "我", "你", "他", "她",
                 "您", "咱", "是", "可以", "或者", "还是", "還是", "但是", "如果", "需要", "应该", "應該", "能够", "能夠")
_CLAUSE_WORD = recode.compile("|".join(_CLAUSE_WORDS))
_CLAUSE_CUT = recode.compile(".*(?:%s)" % "|".join(_CLAUSE_WORDS), re.S)
# (他 of 其他 "other" is no pronoun: 其他获奖选手由各分公司工会 stays generic; used only when 其他 is written)
_CLAUSE_CUT_OTHER = recode.compile(".*(?:%s)" % "|".join("(?<!其)他" if w == "他" else w for w in _CLAUSE_WORDS), re.S)


#: Verbs of a person leading or instructing a body (副主席某某带领公司工会, 叮嘱街道工会): the person and the title
#: before them are no part of the body's name, which starts after the last of them.
_LEADING_VERBS = ("带领", "帶領", "率领", "率領", "陪同", "叮嘱", "叮囑", "嘱咐", "囑咐", "嘱托", "囑託", "督促", "要求",
                  "号召", "號召", "鼓励", "鼓勵", "看望", "责成", "責成")


def _after_leading_verb(seg: str) -> int:
    """Where the text after the last of _LEADING_VERBS or _PROSE_VERBS in ``seg`` starts, else 0 (str searches:
    no pattern to compile for a rule few pages meet)."""
    at = max((i + len(v) for v in _CUT_VERBS for i in (seg.rfind(v),) if i >= 0), default=0)
    i = seg.rfind("在")
    if i >= 0 and not seg.startswith("线", i + 1) and not _inside_place(seg, i):
        at = max(at, i + 1)  # (在 before 线 opens a firm's name: …在线科技有限公司)
    return at


#: Verbs and prepositions of a sentence about a person that a body's name never holds (美团骑手龚小川把电动车停在
#: 古南街道工会, 瞿永康当选为集团工会): the name starts after the last of them.  在 is not cut before 线 (…在线
#: 科技有限公司, a firm's name).
_PROSE_VERBS = ("把", "当选为", "當選為", "当选", "當選", "担任", "擔任", "来到", "來到", "前往", "走进", "走進",
                # verbs of working through, joining or visiting a body (区里依托白杨街道工会, 调研组走访某某公司工会)
                "依托", "加入", "调研", "調研", "走访", "走訪", "考察",
                # (选手将代表某海关参加乌鲁木齐海关工会…: taking part in what a body holds)
                "参加", "參加",
                # a person chosen for a body's office (2009年被选为厂工会主席, 推选为公司工会委员): 选为 ends 当选为 too
                "选为", "選為",
                # a notice, help or honour received from a body (接到公司工会通知, 受到集团工会表彰)
                "接到", "收到", "受到", "得到",
                # a repost or quotation note's verb (（转自某某工会公众号）, 摘自…): the source is named after it
                "转自", "轉自", "转载自", "轉載自", "摘自", "摘編自", "摘编自")
_CUT_VERBS = _LEADING_VERBS + _PROSE_VERBS  # (what _after_leading_verb searches for, joined once)


def _own_town(seg: str) -> str | None:
    """The town or subdistrict that ends ``seg`` after its county or city written in full (吴忠市利通区 +
    金积镇, 綦江区 + 古南街道), or after a sentence's words (…停在 + 古南街道), else None: the town alone names the
    union, as a district's union is named without its city.  So does the body of a named scenic area after its
    county (龙胜各族自治县 + 龙脊景区管理公司): the area's name is the body's own."""
    town = seg.endswith(("镇", "鎮", "街道"))
    if not town and "景" not in seg:
        return None
    pos = _owner_places(seg)
    if not pos or pos >= len(seg):
        return None
    rest = seg[pos:]
    if rest.startswith(_GENERIC_START) or "的" in rest:
        return None
    if town and _TOWN.fullmatch(seg, pos) is not None:
        return rest
    return rest if _scenic_name(rest) else None


def _county_body_start(seg: str) -> int:
    """Where the county (district, county-level city) written in full starts when ``seg`` opens with the
    prefecture or province above it and a body of the county follows (喀什地区 + 泽普县 + 烟草专卖局), else 0.

    A county's body is named from its county on, as a district's federation is named without its city; a
    company's or a public institution's registered name (…有限公司, …集团, 张掖市甘州区人民医院, …实验小学) keeps
    every word, and a place alone names no body here."""
    if any(w in seg for w in _REGISTERED_BODIES):
        return 0
    pos, prev, start = 0, None, 0
    for m in _places.scan(seg):
        if m.start != pos:
            break
        if prev is not None and m.full and any(d.level == "K" and (d.city == p.name or d.province == p.name)
                                               for d in m.divisions for p in prev.divisions):
            start = m.start
        pos, prev = m.end, m
    rest = seg[pos:]
    if not start or len(rest) < 2 or rest.startswith(_GENERIC_START) or "的" in rest:
        return 0
    return start


_SCENIC = ("景区", "景區")


def _scenic_name(rest: str) -> bool:
    """``rest`` is a scenic area's two-to-six-character name + 景区 + the body's word (龙脊 + 景区 + 管理公司)."""
    at = max(rest.find(w) for w in _SCENIC)
    return 2 <= at <= 6 and len(rest) - at - 2 >= 2 and _all_han(rest)


#: Prepositions and verbs a clause may hold before a union's name (获奖选手由各分公司工会, 出席的還有高雄市…工會):
#: the name never reaches back across one of them.
_INNER_LEADS = ("由", "向", "对", "對", "给", "給", "被", "把", "从", "從", "还有", "還有", "也有", "包括", "以及",
                # 为 of a person acting for a body, and 的 ending a modifier (副主席某某为新成立的沧州市快递行业
                # 工会联合会授牌): a name never holds either before a place written in full
                "为", "為", "的",
                # a body set up by the subject (县总工会推动成立阳朔县旅游行业工会联合会)
                "成立", "组建", "組建", "筹建", "籌建",
                # a body the subject works through, joins or visits (区里依托西湖区…, 加入东山县…)
                "依托", "加入", "调研", "調研", "走访", "走訪", "考察", "走进", "走進", "来到", "來到", "前往",
                # a place a reader is sent to (也可就近到各区镇工会咨询, 赴各基层工会): where one goes, not a name
                "到", "赴")


_INNER_HINT = recode.compile("|".join(_INNER_LEADS))


def _cut_inner(seg: str) -> str:
    """``seg`` from after the last preposition or verb in it that is followed by a place written in full or a
    generic word (由各分公司 → 各分公司, 的還有高雄市醫療產業 → 高雄市醫療產業), else ``seg``; never empty (a cut
    leaves what follows the word).  A cut inside a place name (one that spans the preposition) is never made."""
    if _INNER_HINT.search(seg, 1) is None:
        return seg  # (the usual case: one regex pass)
    mentions = _places.scan(seg)
    best = 0
    for w in _INNER_LEADS:
        i = seg.find(w, 1)
        while i > 0:
            p = i + len(w)
            if p < len(seg) and p > best and not any(m.start < p <= m.end - 1 or m.start <= i < m.end
                                                    for m in mentions):
                opens = seg.startswith(_GENERIC_START, p) or any(m.start == p and m.full for m in mentions) \
                    or w == "的" and _body_after_modifier(seg[p:])
                if opens:
                    best = p
            i = seg.find(w, i + 1)
    return seg[best:] if best else seg


def _described_body(seg: str) -> bool:
    """What follows the last 的 in ``seg`` is a bare body word (随行的矿, 所在的公司): the body is described, not named."""
    i = seg.rfind("的")
    tail = seg[i + 1:]
    return i >= 0 and (tail in _BARE_BODIES or tail in _BARE_COMPANY or tail == "公司")


def _body_after_modifier(rest: str) -> bool:
    """``rest``, after a 的 inside the segment, names a body on its own (位于…境内的 + 北大荒农垦集团有限公司九三分公司):
    a modifier ending in 的 describes the body, its name starts after it.  A name never holds 的 before a firm's
    whole name (的士 of a taxi firm is a word of its own)."""
    return len(rest) >= 4 and not rest.startswith(_DE_WORDS) and _names_body(rest)


#: Words ending the name of an occupation whose workers have a federation of their own (快递员, 货车司机,
#: 新就业形态劳动者: the gig workers' usual name in union work).
_OCCUPATIONS = ("员", "員", "司机", "司機", "骑手", "騎手", "师", "師", "劳动者", "勞動者")


def _town_short_name(seg: str) -> bool:
    """``seg`` is two Han characters that no dictionary lists and no gazetteer holds (小塘, 大沥): a town's short
    name, as a township page names its towns' federations (小塘工会联合会).  A kind of body or workplace before
    工会联合会 is a word of the dictionary (楼宇, 片区, 商圈, 行业), a county's short name a gazetteer place."""
    return (len(seg) == 2 and _all_han(seg) and seg[0] not in _LEVELS and seg[1] not in _LEVELS
            and not _PROSE_CHARS.intersection(seg) and not seg.startswith(_GENERIC_START) and not _ends_with_lead(seg)
            and not _places._dictionary_tag(seg) and not _places.scan(seg))


def _bare_occupation(seg: str) -> bool:
    """``seg`` is an occupation's name alone (货车司机, 快递员): two to eight Han characters ending in an occupation
    word, no generic word or level word first (各快递员, 市外卖骑手), no founding verb (成立快递员)."""
    return (2 <= len(seg) <= 8 and not seg.startswith(_FOUNDING_VERBS) and seg.endswith(_OCCUPATIONS) and _all_han(seg) and seg[0] not in _LEVELS
            and seg[0] not in "镇鎮乡鄉" and not seg.startswith(_GENERIC_START) and not _UNNAMED_TRADE.search(seg)
            and not _ends_with_lead(seg))


def _sector_of_place(seg: str) -> bool:
    """``seg`` is a place written in full, then a sector of two to four characters (普陀区 + 楼宇, 某镇 + 商会),
    or up to six for an occupation (义乌市 + 快递员):
    the owner and kind of a union federation.  Not a generic or unnamed sector (各楼宇, 企业, 所属行业)."""
    pos, full = _leading_places(seg)
    sector = seg[pos:]
    longest = 8 if sector.endswith(_OCCUPATIONS) else 4  # 网约配送员, 新就业形态劳动者: an occupation's name runs longer
    return (pos > 0 and full and 2 <= len(sector) <= longest and _all_han(sector)
            and not sector.startswith(_GENERIC_START) and not _UNNAMED_TRADE.search(sector)
            and sector not in _BARE_TRADES and not sector.endswith(_NOT_TRADES) and not _ends_with_lead(sector))


#: Units of a workplace that have a branch union (分工会): a workshop, a fleet, a ward, a department.
_BRANCH_UNITS = ("车间", "車間", "车队", "車隊", "分厂", "分廠", "工区", "工區", "班组", "班組", "项目部", "項目部",
                 "科室", "部", "科", "处", "處", "室", "队", "隊", "站", "中心", "分公司")


def _body_end(seg: str) -> int:
    """Where the last body word of ``seg`` (公司, 集团, 医院 …: _ORG_SUFFIXES) ends, -1 when it has none: the owner's
    name before it, its unit after."""
    return max((seg.rfind(suf) + len(suf) for suf in _ORG_SUFFIXES if suf in seg), default=-1)


def _branch_of_body(body: str) -> bool:
    """``body`` is a named body, then one of its units (雄关重工有限公司 + 铸造车间, 第一人民医院 + 护理部): the
    owner of a branch union (…分工会).  The unit must be named (two characters at least, not 各/所属 …), so
    部分工会 ("some unions") after a bare body word stays prose."""
    cut = _body_end(body)
    if cut < 4:
        return False
    unit = body[cut:]
    return (2 <= len(unit) <= 8 and unit.endswith(_BRANCH_UNITS) and _all_han(unit)
            and not unit.startswith(_GENERIC_START) and not _UNNAMED_TRADE.search(unit) and not _ends_with_lead(unit))


#: Units that a page names on their own before 分工会, the body they belong to being the page's own: a university's
#: college or department, a hospital's clinical department, a plant's workshop.  (Not 部, 处, 室, 队: 大部分工会,
#: 一部分工会 are "most", "some" unions.)
_OWN_UNITS = ("学院", "學院", "系", "科", "车间", "車間", "分厂", "分廠", "工区", "工區", "项目部", "項目部")


def _named_unit(unit: str) -> bool:
    """``unit`` names one unit of the page's own body by itself (化学学院, 检验科, 铸造车间): the owner of a branch
    union (…分工会).  Three characters at least, with a name of its own before the unit word (not 各学院, 所属车间,
    全校各系)."""
    return (len(unit) >= 3 and unit.endswith(_OWN_UNITS) and _all_han(unit) and not unit.startswith(_GENERIC_START)
            and not _UNNAMED_TRADE.search(unit) and not _ends_with_lead(unit))


_ORDINAL_TAIL = lazyrx.compile(r"第[一二三四五六七八九十\d]{1,3}\Z")


def _unordinal(unit: str) -> str:
    """``unit`` without an ordinal that ends it (机关第一 → 机关): numbered branches of one unit (机关第一分工会)."""
    if "第" not in unit:
        return unit
    m = _ORDINAL_TAIL.search(unit)
    return unit[:m.start()] if m else unit


def _numbered_unit(unit: str) -> bool:
    """``unit`` is a noun of two to four characters and an ordinal (行政第二, 后勤第一): the numbered branch of one of the
    page's own body's services, which owns a branch union (行政第二分工会); not prose (获得第二, 全院第一)."""
    word = _unordinal(unit)
    return (word != unit and 2 <= len(word) <= 4 and _all_han(word) and not word.startswith(_GENERIC_START)
            and not _ends_with_lead(word) and _places._dictionary_tag(word) in _DEPARTMENT_TAGS)


#: The administrative offices of the page's own body (a university's or a firm's 机关), whose branch union a list of
#: branch unions names by that word alone (文学院分工会、机关分工会).
_OFFICE_UNITS = ("机关", "機關")

#: jieba's tags of the word before 部 in a department's name (营销部, 运维检修部, 财务部, 党建部): nouns, verbal
#: nouns, abbreviations.
_DEPARTMENT_TAGS = frozenset(("n", "vn", "j"))


def _named_department(unit: str) -> bool:
    """``unit`` is a department of the page's own firm (营销部, 运维检修部) that owns a branch union (…部分工会): a
    noun before 部, so that prose's 大部分工会, 一部分工会, 绝大部分工会, 同时部分工会, 目前部分工会 ("most", "some" unions
    after an adverb or a time word) are never read as one."""
    if len(unit) < 3 or unit[-1] != "部" or not _all_han(unit) or unit.startswith(_GENERIC_START):
        return False
    if _UNNAMED_TRADE.search(unit) or _ends_with_lead(unit[:-1]) or any(w in unit for w in _REGISTERED_BODIES):
        return False  # (有限公司部分工会: "some unions of firms", the body's word before 部 names no department)
    return _places._dictionary_tag(unit[-3:-1]) in _DEPARTMENT_TAGS


#: Words for the writer's own body that a sentence names by its kind alone (公司工会, 厂工会).
_OWN_KINDS = ("公司", "厂", "廠", "矿", "礦")

#: One-character verbs and prepositions of _LEAD_WORDS that end the prose before a bare body word (先找厂工会, 向公司
#: 工会): the others may end a place or a name (成都公司, 平和厂), so only two-character lead words count besides.
_LEAD_CHARS_BEFORE_BODY = frozenset("找去到赴向对對由把让讓给給为為将將经經据據")


def _bare_body_after_verb(seg: str) -> str | None:
    """The bare body word (公司, 厂) that ends ``seg`` when prose ending in a verb or preposition of _LEAD_WORDS
    stands before it (原则同意 + 公司, 先找 + 厂), else None: no firm is named so (a firm's name ends in a
    name, a place or a trade before 公司: 成都公司, 建设公司)."""
    body = next((b for b in _OWN_KINDS if seg.endswith(b)), None)
    if body is None or len(seg) <= len(body) + 1:
        return None
    before = seg[:-len(body)]
    if before[-1] in _LEAD_CHARS_BEFORE_BODY or before.endswith(_LONG_LEADS):
        return body
    return None


def _verb_before_level(rest: str, tail: str) -> bool:
    """``rest`` is a verb glued before a bare level word, and ``tail`` a federation (争取 + 市 + 总工会): the page's
    own city's federation, as after the lead words.  Not a zone or body whose name ends in a level word
    (示范区, 开发区: 示范 and 开发 are verbs too), nor 自治区, nor a plain 工会 (a verb + 市 is rarely a name there)."""
    if not tail.startswith(("总", "總")) or len(rest) < 3 or rest.endswith(_ORG_SUFFIXES + _ZONES):
        return False
    if rest[-3:-1] == "自治":
        return False  # 自治区总工会: the autonomous region's federation (自治 is a verb too)
    return _places._dictionary_tag(rest[-3:-1]).startswith("v")


def _place_after_verb(seg: str) -> int:
    """Where a place written in full that ends ``seg`` starts, when a verb stands right before it (入选, 获评 +
    江苏省), else 0: the union after such a verb is named by its place, whatever prose opens the sentence."""
    at = _prose_before_first_item(seg, _place_chain(seg))  # (prose, then a full place chain ending seg)
    if at and (_ends_with_lead(seg[:at]) or _places._dictionary_tag(seg[at - 2:at]).startswith("v")):
        return at
    return 0


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
        if item.endswith(_SPONSOR_VERBS):
            break  # 由X总工会指导、Y公司工会承办: a sponsor's role ends its clause, the list of bodies starts after it
        items.insert(0, item + head)
        if cut:
            break  # prose before the first item: the list starts there
    return items


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


def _merge(found: list[Union], pinned: set[str] = frozenset(), headline: frozenset[str] = frozenset()) -> list[Union]:
    """Deduplicate by name; X工会 joins X总工会 when the page names both, and a bare level's union
    (州总工会, 镇织造行业工会联合会) the one full name the page gives it (昌吉州总工会).  ``headline``: names written
    only in the headline, whose short place form (南康家具产业工会联合会) joins the official name the text writes."""
    names = {u.name for u in found}
    written = {u.name for u in found if u.surface is None or u.surface == u.name}  # named in full on the page
    out: list[Union] = []
    seen: set[str] = set()
    # (a short form needs its full name on the page: a company's with 公司, a prefecture's with 自治州)
    joined = "|".join(written)
    # names written in full, also after a higher-level place the name drops (毕节市 + 威宁…自治县总工会)
    in_full = {u.name for u in found if u.surface is None or u.surface.endswith(u.name)}
    auto = "自治" in "|".join(in_full)  # (自治州, 自治县, 自治旗)
    short: dict[str, str] = {}
    officials: dict[str, str] = {}
    shorts = _company_shorts(written) if "公司" in joined else {}
    grouped = _group_units(written) if len(written) > 1 else {}
    # (each name once, at its first mention: a long page repeats its unions thousands of times, and scanning the
    # mentions once per mention made a whole article on one line quadratic)
    in_order = list(dict.fromkeys(v.name for v in found if v.name in written))  # (the names written in full, in order)
    full_order = list(dict.fromkeys(v.name for v in found if v.name in in_full))  # (the same, with those after a dropped place)
    backrefs: dict[str, str] = {}
    for u in found:
        name = u.name
        if name[0] in _BARE_OWNERS:
            name = _page_own(name, names)
        elif u.surface and u.surface[0] in _LEVELS and name not in written and name not in pinned:
            name = _written_own(name, u.surface, written)
        if name[-3:] in _FEDERATION_TAILS and in_full:
            name = _placed_federation(name, in_full)
        if name[-2:] in _OFFICIAL_HEADS and (name not in written or name in headline) and in_full:
            official = officials.get(name)
            if official is None:  # (once per name: a page repeats its unions)
                official = officials[name] = _official_form(name, in_full)
            name = official
        if auto and name[-4:-3] in _SHORTENED_LEVELS:
            full = short.get(name)
            if full is None:  # (once per name: a page repeats its unions)
                full = short[name] = _short_prefecture(name, in_full)
            name = full
        elif shorts:
            name = shorts.get(name, name)
        if name in _BACKREFS and name in written:
            name = _own_company(name, written)
        if name[:-2] in _BARE_BODIES:
            name = _own_body(name, in_order)
        else:
            name = grouped.get(name, name)
        if len(name) <= 6 and name[-3:-2] not in "总總" and name in written:
            full = backrefs.get(name)
            if full is None:  # (once per name: a page repeats its unions)
                full = backrefs[name] = _kind_backref(name, full_order)
            name = full
        for plain, total in (("工会", "总工会"), ("工會", "總工會")):
            if name.endswith(plain) and not name.endswith(total):
                stem = name[: -len(plain)]
                if stem + total in names:
                    name = stem + total
                else:
                    full = _full_place(stem)
                    if full and full + total in names:
                        name = full + total
        if name in seen:
            continue
        seen.add(name)
        out.append(Union(name, u.surface if u.surface != name else None))
    return out


def _group_units(written: set[str]) -> dict[str, str]:
    """{name: the group's form} of the unions ``written`` that the page also writes after a group's short name (赤城风电场工会
    in a headline, 华电赤城风电场工会 in the text): a unit named after its place (the name opens with one), the
    group's two to four characters naming no place.  A name two groups share is left alone; a federation (总工会) or
    a name not ending in 工会 is never a unit's."""
    out: dict[str, str] = {}
    for n in written:
        if n[-3:-2] in "总總" or n[-2:] not in ("工会", "工會") or not _all_han(n):
            continue
        for k in (2, 3, 4):
            short = n[k:]
            if short not in written or len(short) < 5:
                continue
            if _places.scan(n[:k]) or not any(m.start == 0 for m in _places.scan(short)):
                continue
            out[short] = "" if short in out and out[short] != n else n
    return {k: v for k, v in out.items() if v}


def _own_body(name: str, written: list[str]) -> str:
    """A bare 厂工会 (矿工会) on a page that writes a factory's (mine's) union in full: that union, named again by
    its kind (龙滩水电厂工会 …, 厂工会还推行…).  Of several such names the first in order, never a name of its own."""
    for n in written:
        if len(n) > len(name) and n.endswith(name):
            return n
    return name


#: A bracketed word inside a body's name (烟草专卖局（分公司）), which a second mention leaves out.
_INNER_BRACKET = lazyrx.compile(r"[(（][^()（）]{1,6}[)）]")


def _kind_backref(name: str, in_full: list[str]) -> str:
    """The union written in full on the page whose name ends with ``name``, a body named again by its kind alone
    (专卖局工会 after 泽普县烟草专卖局（分公司）工会: the second mention drops the owner), else ``name``.

    The kind names no place and opens with no level word (省分公司工会, 迭部林业局工会 are names of their own); a
    company's short forms are _company_shorts' and _branch_backrefs'.  Two different bodies ending so leave it."""
    head = name[:-2]
    if len(head) < 2 or name[-2:] not in ("工会", "工會") or head[0] in _LEVELS \
            or any(w in head for w in ("公司", "集团", "集團")):
        return name
    own = [n for n in in_full if len(n) > len(name) + 1 and
           (n.endswith(name) or ("（" in n or "(" in n) and _INNER_BRACKET.sub("", n).endswith(name))]
    if not own or len({_INNER_BRACKET.sub("", n) for n in own}) != 1 or _places.scan(head):
        return name
    return own[0]


#: How a page names its own group's union after (or before) writing it in full, with no name before it (a bare
#: 公司工会 is never read as a union: see _read_segment).
_BACKREFS = {"集团公司工会", "集團公司工會"}


def _own_company(name: str, written: set[str]) -> str:
    """The one group's union ``written`` in full on the page that a bare 集团公司工会 means, else ``name``.

    The candidates hold 集团 and end in 公司工会 (中国铁路南昌局集团有限公司工会); a short form of one of them
    (南昌局集团公司工会) is no second candidate.  Two candidates leave the back-reference as written."""
    key, tail = name[:2], name[-4:]
    own = [n for n in written if len(n) > len(name) and n.endswith(tail) and key in n]
    own = [n for n in own if not n.endswith(name) or not any(m != n and n[:-6] + key in m for m in own)]
    return own[0] if len(own) == 1 else name


#: Words a company's name ends with that a page may leave out of a second mention (包钢集团[公司]工会).
_COMPANY_TAILS = ("有限责任公司", "有限責任公司", "股份有限公司", "有限公司", "公司")


#: Level characters an autonomous prefecture's, county's or banner's usual short name ends with (海西州, 威宁县).
_SHORTENED_LEVELS = "州县縣旗"


def _short_prefecture(name: str, names: set[str]) -> str:
    """The full name among ``names`` (the page's unions written in full) of a prefecture's or county's union it also
    names by the usual short name (海西州总工会 beside 海西蒙古族藏族自治州总工会, 威宁县总工会 beside 威宁彝族回族苗族自治县总工会: a
    title or a second mention shortens it), else ``name``."""
    tail = name[-3:]
    if (tail != "总工会" and tail != "總工會") or len(name) < 5:
        return name
    stem = name[:-3]
    divs, full = _places.gazetteer().lookup(stem)
    if full and len(divs) == 1:
        own = divs[0].name if tail == "总工会" else divs[0].t_name
        if own != stem and own + tail in names:  # (not a bare 州总工会 the places completed)
            return own + tail
    return name


#: The end of a trade's union federation (蔬菜产业工会联合会): a cheap first test of _placed_federation.
_FEDERATION_TAILS = ("联合会", "聯合會")


def _placed_federation(name: str, names: set[str]) -> str:
    """The one union among ``names`` that is a trade's federation ``name`` named without a place (辣椒产业工会联合会)
    after the places that own it (洮南市 + 辣椒产业工会联合会), else ``name``: a page that writes the full name once
    and the bare one again names one federation."""
    stem = name[:-5]
    if len(name) <= 5 or name[-5:-3] not in ("工会", "工會") or _LONE_TRADE.fullmatch(stem) is None:
        return name
    own = [n for n in names if len(n) > len(name) and n.endswith(name)
           and _leading_places(n[:-len(name)]) == (len(n) - len(name), True)]
    return own[0] if len(own) == 1 else name


#: How the unions _official_form compares end (工会, 联合会): a cheap first test.
_OFFICIAL_HEADS = ("工会", "工會", "合会", "合會")


def _official_form(name: str, names: set[str]) -> str:
    """The union among ``names`` (the page's unions written in full) that ``name`` names under its place's usual
    short name (达茂旗 + 物流行业工会联合会, read through a headline's 成立, beside 达尔罕茂明安联合旗物流行业工会联合会),
    else ``name``: one union, one record.  The short name must stand for one division only, and the rest of the
    two names must be the same.  (_merge asks only for names the page does not write as they are, or writes only in
    its headline: a short form the text writes out, 察右前旗总工会, stays as written.)"""
    tail = name[-4:]
    for n in names:
        if len(n) <= len(name) or not n.endswith(tail):
            continue
        for k in range(2, min(6, len(name) - 2)):
            rest = name[k:]
            if n.endswith(rest):  # (南康 + 家具产业工会联合会 beside 南康区 + 家具产业工会联合会 too)
                divs, _full = _places.gazetteer().lookup(name[:k])
                if len(divs) == 1 and n[:-len(rest)] in (divs[0].name, divs[0].t_name):
                    return n
    return name


def _company_shorts(written: set[str]) -> dict[str, str]:
    """{short form: full name} of the companies' unions ``written`` on the page, for a second mention that leaves
    the company's 公司 word out (包钢集团工会 for 包钢集团公司工会); a short form two names share is left alone."""
    out: dict[str, str] = {}
    for n in written:
        head = n[-2:]
        if "公司" not in n or (head != "工会" and head != "工會"):
            continue
        stem = n[:-2]
        for t in _COMPANY_TAILS:
            if stem.endswith(t) and len(stem) > len(t) and not stem[:-len(t)].endswith(_COMPANY_TAILS):
                key = stem[:-len(t)] + head
                out[key] = "" if key in out and out[key] != n else n
        for key in _sector_branch_shorts(n):
            out[key] = "" if key in out and out[key] != n else n
    return {k: v for k, v in out.items() if v}


_BRANCH_TAIL = ("分公司工会", "分公司工會")


def _sector_branch_shorts(name: str) -> list[str]:
    """The short forms of a state firm's branch union written in full (中国邮政集团有限公司 + 云南省巍山县 +
    分公司工会): its places from any one on, the firm's sector word, then 分公司工会 (巍山县邮政分公司工会,
    云南省巍山县邮政分公司工会), as headlines and second mentions name it; [] for other names."""
    if not name.endswith(_BRANCH_TAIL):
        return []
    sector = next((w for w in _FIRM_SECTORS if w in name), None)
    if sector is None:
        return []
    at = name.find(sector)
    group_end = min((i + len(t) for t in _COMPANY_TAILS if (i := name.find(t, at)) >= 0), default=-1)
    middle = name[group_end:-len(_BRANCH_TAIL[0])] if group_end > 0 else ""  # (the firm's name ends at its 公司)
    chain = _place_chain(middle) if middle else None
    if chain is None or chain[1] != 0:
        return []  # (the part between the firm and 分公司 must be places only)
    return [middle[m.start:] + sector + name[-len(_BRANCH_TAIL[0]):] for m in chain[0]]


#: Level words a union's name opens with when the writer leaves its place out (州总工会, 镇…工会联合会).
_BARE_OWNERS = set(_LEVELS) | {"镇", "鎮", "乡", "鄉"}


def _page_own(name: str, names: set[str]) -> str:
    """The one other name on the page that ends with the bare ``name`` (州总工会 → 昌吉州总工会), else ``name``.

    A bare level the page's main place did not complete is the page's own union, named in full elsewhere."""
    if not (name[0] in _LEVELS and name[1:].startswith(_HEADS_AFTER_LEVEL)) and not (
            name[0] in "镇鎮乡鄉" and _BARE_TOWN_TRADE.match(name)):
        return name
    return _one_ending(name, names) or name


def _written_own(name: str, surface: str, written: set[str]) -> str:
    """A bare level union (市总工会) that the places resolved to a union the page never writes out
    (涿州市总工会, from a list of winners' units) is the one the page does write in full (保定市总工会).  A short
    form (县总 for 县总工会) is read as the bare level it shortens (清原县总工会 written, not 清原满族自治县总工会)."""
    if surface[-1:] in "总總" and len(surface) == 2:
        surface += "工会" if surface[-1] == "总" else "工會"
    return _one_ending(surface, written) or name


def _one_ending(tail: str, names: set[str]) -> str | None:
    """The one name of ``names`` longer than ``tail`` that ends with it, not after another kind of area
    (塔城地区总工会 does not end with 区总工会: _OTHER_LEVELS), else None."""
    own = [n for n in names if len(n) > len(tail) and n.endswith(tail)
           and not n.endswith(_OTHER_LEVELS, 0, len(n) - len(tail) + 1)]
    return own[0] if len(own) == 1 else None


#: Words ending in a level character that name another kind of area: 区总工会 is not 塔城地区总工会.
_OTHER_LEVELS = ("地区", "地區", "社区", "社區", "园区", "園區", "小区", "小區", "景区", "景區", "城市")
#: A town's trade federation named without the town (镇织造行业工会联合会).
_BARE_TOWN_TRADE = lazyrx.compile(r"[镇鎮乡鄉]\p{Han}{1,8}?[业業](?:工会|工會)(?:联合会|聯合會)?$")


#: What follows the level word of a bare union name (市总工会, 省教育工会): a union word or an industry.
_HEADS_AFTER_LEVEL = ("总工会", "總工會", "工会", "工會") + _INDUSTRIES


def _full_place(stem: str) -> str | None:
    """The full name of a bare short place name (盘龙 → 盘龙区), when unambiguous."""
    divs, full = _places.gazetteer().lookup(stem)
    if full or len(divs) != 1:
        return None
    trad = stem in _places.gazetteer().trad_keys
    return divs[0].t_name if trad else divs[0].name


#: Short forms a page uses for unions once it has named them or its readers know them: 全总 (the national
#: federation), 市总/区总/县总 (the local federation of that level).  The level word must stand on its own
#: (not 城市总体, 全区总人口) and 总 must not open a word (总体, 总量, 总经理).
_SHORT_HINT = recode.compile("[全市区县州省區縣][总總](?![工])")
_SHORT_LEVEL = "市区县州省區縣"


def _short_forms(text: str, loc: "_Locality") -> list[tuple[int, Union]]:
    """(position, union) for each short form (全总 → 中华全国总工会, 市总 → 攀枝花市总工会, surface kept)."""
    from ..people import is_word  # jieba's dictionary, read lazily

    out: list[tuple[int, Union]] = []
    for tot in ("总", "總"):
        i = text.find(tot, 1)
        while i > 0:
            j = i - 1
            lvl = text[j]
            nxt = text[i + 1:i + 2]
            if (lvl == "全" or lvl in _SHORT_LEVEL) and nxt not in ("工", "") and (
                    not nxt or not "\u4e00" <= nxt <= "\u9fff"
                    or not (is_word(text[i:i + 2]) or is_word(text[i:i + 3]))) and _stands_alone(text, j):
                if lvl == "全":
                    name = "中华全国总工会" if tot == "总" else "中華全國總工會"
                    out.append((j, Union(name, text[j:i + 1])))
                else:
                    place = loc.complete(lvl)
                    if place:
                        out.append((j, Union(place + ("总工会" if tot == "总" else "總工會"), text[j:i + 1])))
            i = text.find(tot, i + 1)
    return out


def _stands_alone(text: str, j: int) -> bool:
    """The character at ``j`` opens a word: nothing Han before it, or a function word or verb (由, 据, 从)."""
    if j == 0 or not "\u4e00" <= text[j - 1] <= "\u9fff":
        return True
    return _ends_with_lead(text[max(0, j - 4):j]) or text[j - 1] in "从從"


#: Hong Kong and Macau labour federations and unions named without 工会 (港九勞工社團聯會, 香港物業服務從業員總會):
#: a region, a word for workers, then a federation word.  An employers' or traders' body names no workers.
_LABOUR_BODY = lazyrx.compile(r"(?:香港|港九|九龍|九龙|新界|澳門|澳门)\p{Han}{0,8}?"
                             r"(?:勞工|劳工|工人|僱員|雇员|從業員|从业员|職工|职工|員工|员工|工友|職員|职员)"
                             r"\p{Han}{0,4}?(?:總會|总会|聯會|联会|協會|协会)")
_LABOUR_BODY_HINT = recode.compile("總會|总会|聯會|联会|協會|协会")


#: What a union's name may name other than the union: its website (工会网), a workers' rest station (汝湖镇工会驿站).
_NAMED_AFTER = ("网", "網", "驿站", "驛站")


# "every county (city, district)" right before a union's name (各县（市、区）…工会联合会): the name is a kind of body.
_EVERY_LEVELS_BEFORE = lazyrx.compile(r"各\p{Han}{1,2}[（(][\p{Han}、，,]{1,8}[）)]$")


def find_unions(text: str, places: list[Place] | None = None, site: str | None = None) -> list[Union]:
    """Every trade-union organisation named in ``text``, resolved and deduplicated, in order.

    ``site``: the page's site name; a firm's own site (嘉鱼华兴纺织有限公司) names the body of a bare 公司工会."""
    short = bool(text) and _SHORT_HINT.search(text) is not None
    # (the region first: most pages name none, and the federation words are common)
    labour = bool(text) and _REGION_HINT.search(text) is not None and _LABOUR_BODY_HINT.search(text) is not None
    if not text or ("工会" not in text and "工會" not in text and "职工" not in text and "職工" not in text
                    and not short and not labour):
        return []
    loc = _Locality(text, places)
    found: list[tuple[int, Union]] = []
    pinned: set[str] = set()  # bare levels their own sentence resolved: no other full name replaces them
    levels: list[tuple[int, str, str]] = []  # (where, name, surface) of the bare levels the page's places completed
    places_key = tuple(loc.names.items())
    bodies_named = False  # (a bare 厂工会 took the factory named before it)
    floor = 0
    n = len(text)
    for m in _HEAD.finditer(text):
        (start, end), head = m.span(), m.group()
        prev_floor, floor = floor, end
        # (the cheap half of _is_product first: its quote rarely follows)
        if text.startswith(_NAMED_AFTER, end) or (end < n and text[end] in _CLOSE_QUOTES and _is_product(text, end)) \
                or _product_after(text, end):
            continue  # a website, an app or a rest station named after the union (工会网, 工会驿站, “海南工会云”APP)
        lo = max(prev_floor, start - 30)  # _segment_start, inlined
        s0 = _NAME_TAIL.search(text, lo, start).start() if lo < start else start
        before = text[s0 - 1] if s0 > 2 else "\n"  # (a bracket inside a company's name; a list's 、)
        bracket = ""  # (a bracketed company word closing the body's name right before its 工会)
        if before in ")）" and _EVERY_LEVELS_BEFORE.search(text, max(0, s0 - 14), s0):
            continue  # 实现各县（市、区）货车司机行业工会联合会全覆盖: every county's federation of a kind, no one body
        if before in ")）" and text.startswith(_CORP_WORDS, s0):
            s0 = _bracket_start(text, s0, prev_floor)
        elif before in ")）" and s0 == start:
            s0, bracket = _closing_bracket(text, start, prev_floor)
        if s0 == prev_floor and s0 and text[s0] in _CONJUNCTIONS and _joins_unions(text, s0, start, places):
            s0 += 1  # 海东市总工会和县总工会: 和 joins two unions; the second is the bare level 县, not 和县 (Anhui)
        got = _read_known(text[s0:start - len(bracket)], head, places_key)
        if got is None or bracket and got[2] != "org":
            continue
        name, surface, how = got
        if end < n and text[end] in "议議" and surface[-len(head) - 1:-len(head)] == "分":
            continue  # 机关分工会议: a meeting on the division of work (分工 + 会议), no branch union
        if bracket:  # 烟草专卖局（公司）工会: the bracket is part of the body's name
            name, surface = name[:-len(head)] + bracket + head, surface[:-len(head)] + bracket + head
        if how in ("place", "level") and head.endswith(_FED_COMMITTEE):
            # 新一届凤城市总工会委员会: the committee a federation's congress elects stands for the federation
            name, surface = name[:-3], surface[:-3]
        if how == "level" and _levels_listed(text, s0):
            continue  # 根据省、市总工会的部署: the federations of each level, not the page's own city's
        if how == "place" and surface.endswith(_PROVINCE_PLAIN) and text.startswith(_UNION_COMPOUNDS, end):
            continue  # 争创云南省工会法律服务示范站点: the province's 工会法律服务…, not its federation (省总工会)
        if how == "level" and before in ")）" and _level_alternation(text, s0):
            continue  # 县（市）区总工会: the unions of every county, city and district, not one of them
        if how == "level":
            own = _sentence_owner(text, s0, surface[0])
            if own:  # 屏山县委副书记…表示，将支持县总工会: a bare level is the place its sentence names before it,
                name = own + surface[1:]  # (在彬州市，市总工会…) over the page's main one, which is farther off
                pinned.add(name)
        if how == "level" and before == "、":
            own = _chain_owner(text, s0, surface[0], prev_floor)
            if own:  # 潍坊市委副书记、市总工会主席: the posts of one title chain are in one city
                name = own + surface[1:]
        if how == "org" and surface[0] in _BARE_BODIES and len(surface) == len(head) + 1:
            own = _body_named_before(text, s0, surface[0], head, places_key)
            if own:  # 在大山选矿厂，…。厂工会主席X说: the factory its paragraph names just before
                name, bodies_named = own, True
        if how == "national" and end < n and text[end] == "全" and text.startswith(_NATIONAL_COMMITTEE, end) \
                and head in ("工会", "工會"):
            tail = text[end:end + 5]  # 中国海员建设工会全国委员会: a national industry union's full name
            name, surface = name + tail, surface + tail
        if how != "national" and end < n and text[end] == "第":
            mb = _NUMBERED_BRANCH.match(text, end)
            if mb:  # 台灣石油工會第一分會: the numbered branch is the body the page names
                name, surface = name + mb.group(), surface + mb.group()
        if how == "place" and surface != name and (s0 == 0 or text[s0 - 1] == "\n") and _roster_row(text, end):
            name = surface  # a roster row names the unit officially, with its city (南阳市卧龙区总工会 扎西卓玛)
        listed = before == "、" and text.startswith(surface, s0)  # (a name cut from prose lists nothing before it)
        if how == "org" and listed:  # only a named body shares its 工会 with a list before it
            plain = _HEAD_TAIL.sub("", head)
            for item in _listed_before(text, s0, plain):
                found.append((start, Union(item, item)))
        elif listed and how == "place":
            industry = _split_industry(surface[:-len(head)])[1] if surface.endswith(head) else ""
            found.extend((start, u) for u in _places_listed_before(text, s0, head, places_key, industry))
        found.append((start, Union(name, surface)))
        if how == "level" and name != surface:
            levels.append((start, name, surface))
    if bodies_named:
        found = _bare_bodies_of_written(found)
    if levels:
        pinned |= _named_before_others(text, levels, found)
    if labour:
        for mt in _LABOUR_BODY.finditer(text):
            found.append((mt.start(), Union(mt.group(), mt.group())))
        found.sort(key=lambda x: x[0])
    if short:
        found.extend(_short_forms(text, loc))
        found.sort(key=lambda x: x[0])  # stable: in order of mention
    if ("总工会\n" in text or "總工會\n" in text) and "日" in text:
        found.extend(_signatures(text, places_key))
    if "分公司" in text:
        found = _branch_backrefs(text, found)
    if site and "公司工" in text and site.endswith("公司"):
        found = _site_company(text, site, found)
    if "公司工" in text:
        found = _company_backrefs(text, found, places_key)
    if site and ("校工会" in text or "校工會" in text) and site.endswith(_SCHOOL_UNION_SITE):
        found = _site_school(text, site, found)
    if places and len({p.city for p in places if p.city}) >= _MANY_CITIES:
        found = _cities_kept(found)
    first = text.find("\n")
    return _merge([u for _, u in found], pinned, _headline_only(found, first) if first > 0 else frozenset())


def _headline_only(found: list[tuple[int, Union]], end: int) -> frozenset[str]:
    """The names of ``found`` mentioned only before ``end``, in the headline (the text's first line)."""
    head = {u.name for at, u in found if at < end}
    return frozenset(head - {u.name for at, u in found if at >= end}) if head else frozenset()


#: Prefectures a page names when it reports from above them (a province's page listing its cities' units).
_MANY_CITIES = 3


def _city_of_county(name: str, surface: str) -> bool:
    """``surface`` is ``name`` after one prefecture written in full that holds the county (district) written in
    full opening ``name`` (株洲市 + 芦淞区服饰产业工会联合会, 张家口市 + 蔚县住建局工会)."""
    if len(surface) <= len(name) or not surface.endswith(name):
        return False
    city = _places.scan(surface[:-len(name)])
    if len(city) != 1 or city[0].start != 0 or city[0].end != len(surface) - len(name) or not city[0].full:
        return False
    county = _places.scan(name)
    if not county or county[0].start != 0 or not county[0].full:
        return False
    return any(d.level == "K" and d.city == c.name for d in county[0].divisions for c in city[0].divisions)


def _cities_kept(found: list[tuple[int, Union]]) -> list[tuple[int, Union]]:
    """``found`` with a county's union named with its prefecture, as written, on a page that names several
    prefectures (a province's page listing its cities' units: 赣州市章贡区总工会 beside 南昌市、九江市), where the city
    tells the reader which county is meant; a second mention without the city names the same union.  Not when the
    page first names the union without its city (a headline's 南海區總工會): that is the page's name for it."""
    full = {u.name: u.surface for _, u in found if u.surface and _city_of_county(u.name, u.surface)}
    if not full:
        return found
    first: dict[str, Union] = {}
    for _, u in found:
        first.setdefault(u.name, u)
    full = {k: v for k, v in full.items() if first[k].surface not in (None, k)}
    if not full:
        return found  # (南海區總工會 in the headline, 佛山市南海區總工會 later: the page's own name for it comes first)
    return [(start, Union(full[u.name], u.surface) if u.name in full else u) for start, u in found]


def _bare_bodies_of_written(found: list[tuple[int, Union]]) -> list[tuple[int, Union]]:
    """``found`` with each bare 厂工会 that took the factory named before it (_body_named_before) bare again when the
    page writes a factory's union in full (刘家峡水电厂工会 … 厂工会): that union is the one it names (_own_body)."""
    written = [u.name for _, u in found if u.surface == u.name or u.surface is None]
    out = []
    for start, u in found:
        s = u.surface
        if s and s != u.name and s[0] in _BARE_BODIES and any(len(w) > len(s) and w.endswith(s) for w in written):
            u = Union(s, s)
        out.append((start, u))
    return out


def _body_named_before(text: str, s0: int, body: str, head: str, places_key) -> str | None:
    """The union of the factory (mine) named nearest before a bare 厂工会 (矿工会) at ``s0`` in its paragraph
    (在大山选矿厂，…。厂工会主席…: 大山选矿厂工会), else None.  Only the nearest 厂 is tried: a union written in full
    there is the bare one's own (_own_body), and a body described, not named (一家加工厂), or named by its kind only
    (加工厂: fewer than four characters before 厂), names none."""
    lo = max(text.rfind("\n", 0, s0) + 1, s0 - 100)
    i = text.rfind(body, lo, s0)
    if i < 0 or text.startswith(head, i + 1):
        return None
    got = _read_known(text[_segment_start(text, i + 1, floor=lo):i + 1], head, places_key)
    if got is None or got[2] != "org" or len(got[0]) < len(head) + 5 or not got[0].endswith(body + head):
        return None
    return got[0]


def _joins_unions(text: str, s0: int, start: int, places: list[Place] | None) -> bool:
    """The conjunction at ``text[s0]``, right after another union's word, joins two unions: what it opens reads
    as a place (和县, 和平区) only with 和 and the page's places name no such place.  Else it is the place's name."""
    rest = text[s0 + 1:start]
    if not rest or rest[0] not in _LEVELS:
        return False  # (和平街道: 和 only joins when a bare level word follows it)
    mentions = _places.scan(text[s0:start])
    if not mentions or mentions[0].start != 0:
        return False
    word = mentions[0].text
    return not any(word in (p.county or "") or word in (p.city or "") or word in (p.province or "")
                   for p in places or [])


def _named_before_others(text: str, levels: list, found: list) -> set[str]:
    """The bare levels' completions (县总工会 → 三都水族自治县总工会) to keep over another union of that level the page
    writes in full only later (荔波县总工会 in the last paragraph): the bare name and its place both come first, so
    the page means its own place (a notice signed by 保定市总工会 at the top keeps that one instead)."""
    written = {u.name for _, u in found if u.surface is None or u.surface == u.name}
    out = set()
    for start, name, surface in levels:
        if name in written:
            continue
        own = name[:len(name) - len(surface) + 1]
        others = [w for w in written if w != name and w.endswith(surface)]
        if any(_same_place(w[:len(w) - len(surface) + 1], own) for w in others):
            continue  # 阿壩州總工會 written beside a bare 州總工會: the same prefecture, its short name
        at = [i for i in (text.find(w) for w in others) if i >= 0]
        if not at:
            continue
        first_other = min(at)
        place = text.find(own)
        if start < first_other and 0 <= place < first_other:
            out.add(name)
    return out


def _same_place(stem: str, full: str) -> bool:
    """True when the gazetteer reads ``stem`` (阿壩州) as the division named ``full`` (阿壩藏族羌族自治州)."""
    if stem == full:
        return True
    divs, _ = _places.gazetteer().lookup(stem)
    return any(full in (d.name, d.t_name) for d in divs)


_BARE_BRANCH = ("分公司工会", "分公司工會")

#: A firm's union named by its kind alone (公司工会主席, 公司工會在…舉辦): the writer's own company's.
_BARE_COMPANY_UNION = ("公司工会", "公司工會")


def _site_company(text: str, site: str, found: list) -> list:
    """``found`` with the union of the firm whose own site the page is (``site``: 德陽旌誠重工機械有限公司) where the
    text names it only by its kind (公司工會主席…) and writes no company's union in full: an enterprise page names its
    firm in its header, then says 公司."""
    if len(site) < 6 or not _all_han(site) or any("公司" in u.name for _, u in found):
        return found
    got = _bare_company_union(text)
    return sorted(found + [(got[0], Union(site + got[1][2:], got[1]))], key=lambda x: x[0]) if got else found


#: A university's or college's union as the site's name (河南理工大学工会): the site of that union's own pages.
_SCHOOL_UNION_SITE = ("大学工会", "大學工會", "学院工会", "學院工會")
#: What may stand right before a school's union named by its kind alone (。校工会, 、校工会主席, 由校工会主办,
#: 我校工会): a function word, a list's mark or "our"; not a word that makes another school of it (高校工会 are
#: universities' unions at large, 该校 another school, 中小学校工会 the schools', 党校, 分校, 各学校).
_BEFORE_BARE_SCHOOL = frozenset("、我由在和与與及向对對为為是从從将將经經")


def _site_school(text: str, site: str, found: list) -> list:
    """``found`` with the union of the university or college whose union's own site the page is (``site``: 扬州大学工会)
    where the text names it only by its kind (校工会, 学校工会) and never writes that union in full: the school's union
    writes of itself as its readers know it, as a firm's site says 公司工会 (_site_company)."""
    if any(u.name == site for _, u in found):
        return found
    for head in ("学校工会", "學校工會", "校工会", "校工會"):
        at = text.find(head)
        while at >= 0:
            before = text[at - 1] if at else ""
            if not (head[0] == "校" and before and before in "学學") and (not _is_name_char(before) or before in _BEFORE_BARE_SCHOOL):
                return sorted(found + [(at, Union(site, head))], key=lambda x: x[0])
            at = text.find(head, at + len(head))
    return found


def _bare_company_union(text: str) -> tuple[int, str] | None:
    """(where, how written) of the first union ``text`` names by its kind alone (公司工会主席…, 该公司工会), else None.
    A 公司工会 before a noun of union work (公司工会工作报告) names no body."""
    for head in _BARE_COMPANY_UNION:
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            seg = text[_segment_start(text, at, limit=20):at]
            if (not seg or _strip_lead(seg + "公司") == "公司" or _bare_body_after_verb(seg + "公司")) \
                    and not text.startswith(_UNION_COMPOUNDS, end):
                return at, head
            at = text.find(head, end)
    return None


def _company_backrefs(text: str, found: list, places_key) -> list:
    """A bare 公司工会 is the union of the one company the page names in full, in the paragraph of the bare name and
    before it (在湖南冷水江锑都有限公司，公司工会组织…): the writer names the firm once, then only its kind, as a bare
    分公司工会 names the one branch (_branch_backrefs) and 厂工会 the factory (_body_named_before).  Not when the page
    writes a company's union in full or names two companies, nor after a paragraph that names the firm in passing
    (某公司职工团队研发的…; 公司工会 in the next paragraph is a speaker's own firm's)."""
    if any("公司" in u.name for _, u in found):
        return found
    got = _bare_company_union(text)
    if got is None:
        return found
    head = got[1][2:]
    firms = set()
    at = text.find("公司")
    while at > 0:
        if _is_name_char(text[at - 1]) and text[at - 1] != "分":
            read = _read_known(text[_segment_start(text, at):at + 2], head, places_key)
            if read and read[2] == "org" and len(read[0]) >= len(head) + _FIRM_NAME_MIN \
                    and not any(c in _PROSE_CHARS for c in read[0]) and head not in read[0][:-len(head)]:
                firms.add(read[0])  # (公司工会主席某某与公司: prose across a union's word names no firm)
        at = text.find("公司", at + 2)
    if len(firms) != 1:
        return found
    firm = next(iter(firms))
    if text.find(firm[:-len(head)], text.rfind("\n", 0, got[0]) + 1, got[0]) < 0:
        return found
    return sorted(found + [(got[0], Union(firm, got[1]))], key=lambda x: x[0])


#: How long a company's name is at the least (公司 included) to be the firm a bare 公司工会 means (锑都有限公司: a
#: name before the legal form; 该公司, 这家公司 name none).
_FIRM_NAME_MIN = 6


def _branch_backrefs(text: str, found: list) -> list:
    """A bare 分公司工会 (the branch's union, named by its kind) is the union of the one branch company the page names
    in full (在云南农垦集团勐腊分公司，… 分公司工会主席): the writer names the branch once, then only its kind."""
    if not any(u.name in _BARE_BRANCH for _, u in found):
        return found
    names = set()
    at = text.find("分公司")
    while at > 0:
        if _is_name_char(text[at - 1]):
            seg = _strip_lead(text[_segment_start(text, at, limit=20):at])
            if 4 <= len(seg) and not seg.startswith(_GENERIC_START) and not any(c in _PROSE_CHARS for c in seg):
                names.add(seg + "分公司")
            else:
                return found  # a branch the reader cannot delimit may be a second one: leave the bare name
        at = text.find("分公司", at + 3)
    if len(names) != 1:
        return found
    own = names.pop()
    return [(i, Union(own + u.name[3:], u.name) if u.name in _BARE_BRANCH else u) for i, u in found]




#: A province's name and a plain 工会: a province's federation is always named 省总工会, so such a name with a noun
#: of union work glued after it reads province + (工会 + noun), the province's union legal service, cadres …
_PROVINCE_PLAIN = ("省工会", "省工會")
_UNION_COMPOUNDS = ("法律", "法援", "干部", "幹部", "工作", "经费", "經費", "会员", "會員", "系统", "系統", "组织", "組織",
                    "服务", "服務", "帮扶", "幫扶", "维权", "維權", "宣传", "宣傳", "理论", "理論", "志愿", "志願", "示范",
                    "示範")


#: A federation's head followed by 委员会: its elected committee (凤城市总工会委员会).
_FED_COMMITTEE = ("总工会委员会", "總工會委員會")
#: Level words that may be listed bare before a bare level union (省、市总工会, 市、县总工会).
_LEVEL_CHARS = set("省市州盟区區县縣旗乡鄉镇鎮")


def _levels_listed(text: str, s0: int) -> bool:
    """A bare level word and 、 end just before ``s0`` (省、 + 市总工会): the unions of each level, no one body.
    Not a place written in full before the 、 (攀枝花市、市总工会 lists a city and a union)."""
    if s0 < 2 or text[s0 - 1] != "、" or text[s0 - 2] not in _LEVEL_CHARS:
        return False
    seg = text[max(0, s0 - 14):s0 - 1]
    return not any(m.end == len(seg) and m.full for m in _places.scan(seg))


#: A bracketed level word written as an alternative inside a generic level name (县（市）区, 县(市、区)).
_LEVEL_ALT = lazyrx.compile(r"[省市州盟区區县縣旗乡鄉镇鎮][(（][省市州盟区區县縣旗乡鄉镇鎮、,，/]{1,7}[)）]$")


def _level_alternation(text: str, s0: int) -> bool:
    """A level word and a bracketed alternative level end just before ``s0`` (县（市）+ 区总工会)."""
    return _LEVEL_ALT.search(text, max(0, s0 - 10), s0) is not None


#: What follows a national industry union's name in its full name (中国海员建设工会全国委员会): the body the short
#: form (中国海员建设工会) stands for, named as the page writes it.
_NATIONAL_COMMITTEE = ("全国委员会", "全國委員會")


#: A union's numbered branch, written after the union's name (…工會第一分會, …工会第三分会).
_NUMBERED_BRANCH = lazyrx.compile(r"第[一二三四五六七八九十百\d]{1,4}分[会會]")


def _roster_row(text: str, end: int) -> bool:
    """The union's name opens a line that then gives only a person's name (郑州市总工会 王 磊): a row of a list of
    honourees and their units, where the unit is written with its city, as in the signature of a notice."""
    if end >= len(text) or text[end] not in " \t\u3000":
        return False
    nl = text.find("\n", end)
    tail = text[end:nl if nl >= 0 else len(text)].replace(" ", "").replace("\u3000", "").replace("\t", "")
    return 2 <= len(tail) <= 5 and _all_han(tail)


# A notice's signature: the issuer's name on a line of its own, then the date on the next line.
_SIGNATURE = lazyrx.compile(r"(?m)^(?P<raw>\p{Han}{2,24}?)(?P<head>总工会|總工會)\n"
                           r"(?=(?:\d{4}|[〇零一二三四五六七八九○]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日\s*$)")


#: Bodies of a place's party and government a person holds a post in (潍坊市委副书记, 区政府副区长).
_PLACE_ORGANS = ("委", "政府", "人民政府", "人大", "政协", "政協")


#: What ends a sentence: a bare level union is not read back across it.
_SENTENCE_ENDS = "。！？!?\n"


def _sentence_owner(text: str, s0: int, level: str) -> str | None:
    """The one place of the bare ``level`` (县, 区 …) written in full before ``s0`` in the same sentence
    (屏山县委副书记吉克曲布同志表示，将支持县总工会; 在彬州市，市总工会…), else None: the nearest locality, which
    wins over the page's main one."""
    want = _LEVELS.get(level)
    lo = max(0, s0 - 40)  # (a short segment: scan caches it)
    cut = max(text.rfind(c, lo, s0) for c in _SENTENCE_ENDS)
    seg = text[max(lo, cut + 1):s0]
    if level not in seg:
        return None  # (no place of the level can end in it: most bare levels)
    # (a county-level city written in full, 彬州市, is what a bare 市 after it in the sentence means)
    own = {m.text for m in _places.scan(seg) if m.full and m.text.endswith(level)
           and len(m.divisions) == 1 and (m.divisions[0].level == want or level == "市" and m.divisions[0].level == "K")}
    return own.pop() if len(own) == 1 else None  # (在榆中县和皋兰县，县总工会…: two such places leave it open)


def _chain_owner(text: str, s0: int, level: str, floor: int) -> str | None:
    """The place written in full that opens the title before a 、 at ``s0`` (潍坊市委副书记、市总工会主席) when it
    is of the bare union's ``level`` (市, 区, 县 …) and names a party or government body there, else None.

    A person's posts listed in one chain are the same place's: the bare level means that place, not the
    page's main one (a page naming a county-level city more often)."""
    j = _segment_start(text, s0 - 1, limit=16, floor=floor)
    seg = text[j:s0 - 1]
    for m in reversed(_places.scan(seg)):
        if m.full and m.text.endswith(level) and seg.startswith(_PLACE_ORGANS, m.end):
            want = _LEVELS.get(level)
            if any(d.level == want or (level == "市" and d.level == "K") for d in m.divisions):
                return m.text
            return None
    return None


def _signatures(text: str, places_key) -> list[tuple[int, Union]]:
    """The issuers a notice signs with a city before its district (淮安市清江浦区总工会), kept as written.

    The body's 清江浦区总工会 is the usual reading; the signature gives the full official name too."""
    out = []
    for mt in _SIGNATURE.finditer(text):
        got = _read_known(mt["raw"], mt["head"], places_key)
        if got is None or got[2] != "place":
            continue
        name, written = got[0], got[1]
        chain = _place_chain(mt["raw"])
        if written != name and chain and chain[1] == 0 and len(chain[0]) >= 2 and written == mt["raw"] + mt["head"]:
            out.append((mt.start(), Union(written, written)))
    return out


def resolve_union_name(surface: str, places: list[Place]) -> str:
    """The full name of a union as written (市总工会 → 攀枝花市总工会) given the page's places."""
    loc = _Locality("", places)
    for m in _HEAD.finditer(surface):
        if m.end() == len(surface):
            got = _read_name(surface, m.start(), m.end(), m.group(), loc)
            if got:
                return got[0]
    return surface
