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

from ... import lazyrx
from ... import recode
from unionkit.extract import places as _places
from unionkit.record import Place, Union
from .base import (_all_han, _BARE_BODIES, _CLOSE_QUOTES, _ends_with_lead, _FIRM_SECTORS, _GENERIC_START, _HEAD,
                   _HEAD_TAIL, _INDUSTRIES, _is_name_char, _LEVELS, _NAME_TAIL, _PROSE_CHARS, _REGION_HINT,
                   _segment_start)
from .locality import _leading_places, _Locality, _place_chain
from .units import _bare_body_after_verb
from .trades import _is_product, _LONE_TRADE, _product_after, _split_industry, _strip_lead
from .words import _CONJUNCTIONS
from .reading import _read_known, _read_name
from .lists import _bracket_start, _closing_bracket, _CORP_WORDS, _listed_before, _places_listed_before


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
