"""The full name a short written union stands for on the page: own company, kind back-references, official forms."""

from __future__ import annotations

from ... import lazyrx
from unionkit.extract import places as _places
from .base import _all_han, _FIRM_SECTORS, _INDUSTRIES, _LEVELS, _ORG_SUFFIXES
from .locality import _leading_places, _place_chain
from .trades import _LONE_TRADE


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

    The kind names no place and opens with no level word (省分公司工会, 迭部林业局工会 are names of their own, and so
    is a mine or works named after its locality, 某山矿工会, which the dictionary tags a place); a company's short
    forms are _company_shorts' and _branch_backrefs'.  Two different bodies ending so leave it."""
    head = name[:-2]
    if len(head) < 2 or name[-2:] not in ("工会", "工會") or head[0] in _LEVELS \
            or any(w in head for w in ("公司", "集团", "集團")):
        return name
    own = [n for n in in_full if len(n) > len(name) + 1 and
           (n.endswith(name) or ("（" in n or "(" in n) and _INNER_BRACKET.sub("", n).endswith(name))]
    if not own or len({_INNER_BRACKET.sub("", n) for n in own}) != 1 or _places.scan(head) or _named_locality(head):
        return name
    return own[0]


def _named_locality(head: str) -> bool:
    """True when ``head`` is a body word after a word the dictionary tags a place name (塔山 + 矿): a unit's own
    name, where a kind has a trade or a function before its body word (税务 + 局, 专卖 + 局)."""
    suffix = next((w for w in _ORG_SUFFIXES if head.endswith(w)), "")
    return bool(suffix) and len(head) > len(suffix) and _places._dictionary_tag(head[:-len(suffix)]) == "ns"


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
    own = [n for n in names if len(n) > len(tail) and n.endswith(tail) and not _other_level(n[:len(n) - len(tail) + 1])]
    return own[0] if len(own) == 1 else None


def _other_level(place: str) -> bool:
    """``place`` ends in a word of another kind of area (塔城地区 for 区), not in the gazetteer's name of a city that
    ends in 城市 all the same (共青城市)."""
    if not place.endswith(_OTHER_LEVELS):
        return False
    return not (place.endswith("城市") and _places.gazetteer().lookup(place)[1])


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
