"""find_unions: every union named on a page, and resolve_union_name for a written name."""

from __future__ import annotations

from collections.abc import Iterable

from unionkit.extract import places as _places
from unionkit.record import Place, Union
from .base import (_BARE_BODIES, _CLOSE_QUOTES, _HEAD, _HEAD_TAIL, _LEVELS, _NAME_TAIL, _OPEN_QUOTES, _REGION_HINT,
                   _segment_start)
from .locality import _inside_place, _Locality
from .trades import _is_product, _product_after, _split_industry
from .words import _CONJUNCTIONS
from .reading import _read_known, _read_name
from .lists import (_bracket_start, _closing_bracket, _CORP_WORDS, _dotted_start, _listed_before, MIDDLE_DOTS,
                    _places_listed_before)
from .merge import _merge
from .shortforms import _EVERY_LEVELS_BEFORE, _federation_shorts, _LABOUR_BODY, _LABOUR_BODY_HINT, _NAMED_AFTER, _short_forms, _SHORT_HINT
from .context import (_chain_owner, _every_listed, _FED_COMMITTEE, _item_owner, _level_alternation, _levels_listed,
                      _NATIONAL_COMMITTEE, _NUMBERED_BRANCH, _organisations_noun, _PROVINCE_PLAIN, _roster_row,
                      _sentence_owner, _sibling_owner, _signatures, _UNION_COMPOUNDS)
from .backrefs import _branch_backrefs, _chrome_owner, _company_backrefs, _SCHOOL_UNION_SITE, _site_company, _site_school


def find_unions(text: str, places: list[Place] | None = None, site: str | None = None,
                chrome: Iterable[str] = ()) -> list[Union]:
    """Every trade-union organisation named in ``text``, resolved and deduplicated, in order.

    ``site``: the page's site name; a firm's own site (嘉鱼华兴纺织有限公司) names the body of a bare 公司工会.
    ``chrome``: the lines the cleaner removed; a header naming the site's union (某某医院工会) names a bare 院工会, a
    masthead or footer naming the site's autonomous region (广西壮族自治区) a bare 自治区总工会."""
    short = bool(text) and _SHORT_HINT.search(text) is not None
    # (the region first: most pages name none, and the federation words are common)
    labour = bool(text) and _REGION_HINT.search(text) is not None and _LABOUR_BODY_HINT.search(text) is not None
    if not text or ("工会" not in text and "工會" not in text and "职工" not in text and "職工" not in text
                    and not short and not labour and "工聯" not in text):
        return []
    site_place = _places.site_place(site, text) if site else None
    site_city = site_place.city if site_place else None  # (a city union's own site: 赣州工会网 → 赣州市)
    loc = _Locality(text, places, site_city, chrome)
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
        product = end < n and text[end] in _CLOSE_QUOTES and _is_product(text, end)
        if text.startswith(_NAMED_AFTER, end) or product and head[0] not in "总總" or _product_after(text, end):
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
        elif before in MIDDLE_DOTS and s0 < start:
            s0 = _dotted_start(text, s0, prev_floor)  # 大连某某·起重集团工会: the firm's name is not cut at its dot
        if s0 == prev_floor and s0 and text[s0] in _CONJUNCTIONS and _joins_unions(text, s0, start, places):
            s0 += 1  # 海东市总工会和县总工会: 和 joins two unions; the second is the bare level 县, not 和县 (Anhui)
        elif start - s0 > 2 and text[start - 2] in _CONJUNCTIONS and _joins_name(text, s0, start, places, loc):
            s0 = start - 1  # 局长郭志强和县总工会党组书记: 和 joins two people; the page's own county's federation
        got = _read_known(text[s0:start - len(bracket)], head, places_key)
        if got is None or bracket and got[2] != "org":
            continue
        name, surface, how = got
        if product and (how != "place" or name != surface or text[s0 - 1:s0] not in _OPEN_QUOTES):
            continue  # (“深圳市总工会”公众号: an account under a federation's full official name is its own, and names it)
        if end < n and text[end] in "议議" and surface[-len(head) - 1:-len(head)] == "分":
            continue  # 机关分工会议: a meeting on the division of work (分工 + 会议), no branch union
        if bracket:  # 烟草专卖局（公司）工会: the bracket is part of the body's name
            name, surface = name[:-len(head)] + bracket + head, surface[:-len(head)] + bracket + head
        if how in ("place", "level") and head.endswith(_FED_COMMITTEE):
            # 新一届凤城市总工会委员会: the committee a federation's congress elects stands for the federation
            name, surface = name[:-3], surface[:-3]
        if how == "org" and before == "、" and _every_listed(text, s0, surface[:-len(head)]):
            continue  # 各镇（街道）、开发区工会: the unions of every zone, as of every town, no one body
        if how == "level" and _levels_listed(text, s0):
            continue  # 根据省、市总工会的部署: the federations of each level, not the page's own city's
        if how == "place" and surface.endswith(_PROVINCE_PLAIN) and text.startswith(_UNION_COMPOUNDS, end):
            continue  # 争创云南省工会法律服务示范站点: the province's 工会法律服务…, not its federation (省总工会)
        if how in ("place", "level") and end < n and text[end] in "组組" and _organisations_noun(text, end, head):
            continue  # 潍坊市工会组织和工会会员: a place's union organisations, no one body
        if how == "level" and before in ")）" and _level_alternation(text, s0):
            continue  # 县（市）区总工会: the unions of every county, city and district, not one of them
        if how == "level":
            own = _sentence_owner(text, s0, surface[0])
            if own:  # 屏山县委副书记…表示，将支持县总工会: a bare level is the place its sentence names before it,
                name = own + surface[1:]  # (在彬州市，市总工会…) over the page's main one, which is farther off
                pinned.add(name)
            elif name == surface:
                own = _item_owner(text, s0, surface[0])
                if own:  # 【上虞区】…区总工会 on a page of several districts: the district its item names
                    name = own + surface[1:]
                    pinned.add(name)
        if how == "level" and before == "、":
            own = _chain_owner(text, s0, surface[0], prev_floor)
            if own:  # 潍坊市委副书记、市总工会主席: the posts of one title chain are in one city
                name = own + surface[1:]
        if how == "org" and before == "、" and surface[0] in _LEVELS and name == surface and found \
                and not _inside_place(surface, 0):
            own = _sibling_owner(text, s0, surface[0], prev_floor, found[-1][1])
            if own:  # 霍山县人民医院工会、县教育局工会: a listed bare 县's body is its sibling's county's
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
        pinned |= _named_before_others(text, levels, found, site_city)
    if labour:
        for mt in _LABOUR_BODY.finditer(text):
            found.append((mt.start(), Union(mt.group(), mt.group())))
        found.sort(key=lambda x: x[0])
    if "工聯" in text:
        found.extend(_federation_shorts(text, chrome))  # 工聯會: Hong Kong's federation by its usual short name
        found.sort(key=lambda x: x[0])
    if short:
        found.extend(_short_forms(text, loc))
        found.sort(key=lambda x: x[0])  # stable: in order of mention
    if ("工会\n" in text or "工會\n" in text) and "日" in text:
        signed = _signatures(text, places_key)
        if signed:
            found = _signed_in_full(found, signed)
    if "分公司" in text:
        found = _branch_backrefs(text, found)
    if chrome:
        found = _chrome_owner(text, found, chrome, places_key)
    if site and ("公司工" in text or "集团工" in text or "集團工" in text) and site.endswith("公司"):
        found = _site_company(text, site, found)
    if "公司工" in text:
        found = _company_backrefs(text, found, places_key)
    if site and ("校工" in text or "院工" in text or "学工" in text or "學工" in text) and site.endswith(_SCHOOL_UNION_SITE):
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


def _signed_in_full(found: list[tuple[int, Union]], signed: list[tuple[int, Union]]) -> list[tuple[int, Union]]:
    """``found`` and the notice's ``signed`` full names (_signatures), each mention read without its city (清江浦区总工会
    from 淮安市清江浦区总工会) taking the signed name when the page never writes the short one alone: a notice that
    always writes its issuer with its city names one union, not two."""
    full = {u.surface: u.name for _, u in signed}
    alone = {u.name for _, u in found if u.surface in (None, u.name)}
    return [(start, Union(full[u.surface], u.surface) if u.surface in full and u.name not in alone else u)
            for start, u in found] + signed


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


def _joins_name(text: str, s0: int, start: int, places: list[Place] | None, loc: _Locality) -> bool:
    """The conjunction right before a bare level word that ends the segment ``s0:start`` (郭志强 + 和 + 县总工会)
    joins what stands before it to the page's own federation of that level: the page's locality completes the level,
    its places name no place the conjunction opens (和县), and no place ends right before it (安徽和县总工会)."""
    if text[start - 1] not in _LEVELS or not loc.complete(text[start - 1]):
        return False
    if any(m.end == start - 2 - s0 for m in _places.scan(text[s0:start - 2])):
        return False
    return _joins_unions(text, start - 2, start, places)


def _named_before_others(text: str, levels: list, found: list, site_city: str | None = None) -> set[str]:
    """The bare levels' completions (县总工会 → 三都水族自治县总工会) to keep over another union of that level the page
    writes in full only later (荔波县总工会 in the last paragraph): the bare name and its place both come first, so
    the page means its own place (a notice signed by 保定市总工会 at the top keeps that one instead).  ``site_city``:
    the city of a city union's own site (赣州工会网), which names its city before any of the text."""
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
        place = 0 if own == site_city else text.find(own)
        if start < first_other and 0 <= place < first_other:
            out.add(name)
    return out


def _same_place(stem: str, full: str) -> bool:
    """True when the gazetteer reads ``stem`` (阿壩州) as the division named ``full`` (阿壩藏族羌族自治州)."""
    if stem == full:
        return True
    divs, _ = _places.gazetteer().lookup(stem)
    return any(full in (d.name, d.t_name) for d in divs)


def resolve_union_name(surface: str, places: list[Place]) -> str:
    """The full name of a union as written (市总工会 → 攀枝花市总工会) given the page's places."""
    loc = _Locality("", places)
    for m in _HEAD.finditer(surface):
        if m.end() == len(surface):
            got = _read_name(surface, m.start(), m.end(), m.group(), loc)
            if got:
                return got[0]
    return surface
