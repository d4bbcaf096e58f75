"""find_places: each mention of a page taken or not by the steps, resolved, and added once."""

from __future__ import annotations

from unionkit.record import Place

from .base import _VARIANTS, _page_is_trad
from .divisions import Division, gazetteer
from .scanner import Mention, scan
from .votes import _choose, _context, _is_trad_mention, _resolved
from .accept import _accept, _loose, _opens_place_list
from .pairs import _pair_city
from .framed import (_ITEM_MARK_ENDS, _ROUTE_TO, _bare_prefecture, _dateline_place, _framed_county, _framed_pair,
    _framed_prefecture, _route_county, _route_item, _route_prefecture, _taken_before)
from .levels import _province_before_county, _route_end, _word_across_level
from .scenes import (_counted_prefecture, _gone_to_county, _naming_county, _scene_prefecture, _sight_county,
    _subject_prefecture, _trip_origin, _union_owner_prefecture)
from .chains import _chain_county, _stem_county
from .lists import _listed_county, _listed_prefecture, _sight_list_county
from .provinces import (_province_before_title, _province_development, _province_of, _province_phrase,
                        _province_share, _province_union_work)


#: Endings of the functional zones the gazetteer lists among counties (芜湖经济技术开发区, 长沙高新技术产业开发区,
#: 南阳市城乡一体化示范区): they carry statistics codes but are no administrative division, and no gold lists one.
_ZONE_ENDS = ("开发区", "产业园区", "示范区")


def find_places(text: str) -> list[Place]:
    """Administrative divisions named with their suffix in ``text``, in order of first mention."""
    if not text:
        return []
    mentions = scan(text)
    provs, cities = _context([m for m in mentions if not _loose(m)])
    page_trad = _page_is_trad(text)
    out: list[Place] = []
    seen: set[tuple] = set()
    bare_at: dict[tuple, int] = {}  # key -> index in out of a place so far named only bare
    prev: Mention | None = None
    pair: tuple[int, Division] | None = None  # the prefecture after a bare province taken as a pair (湖南邵阳)
    firm: tuple[dict[str, float], dict[str, float]] | None = None  # votes of suffixed names only, made when needed
    prev_ok, prev_div = False, None  # whether the last mention was taken, and its city when it names one
    for i, m in enumerate(mentions):
        div = None
        if m.full:
            ok = _accept(text, m, prev, cities, provs) and not _word_across_level(text, m, provs, cities)
        elif pair is not None and pair[0] == i:
            ok, div = True, pair[1]
        else:
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            listed = nxt is not None and nxt.start == m.end + 1 and text[m.end] == "、" and _opens_place_list(
                text, mentions, i)
            ok = _bare_prefecture(text, m, nxt, listed)
            if ok and nxt is not None and not nxt.full:
                city = _pair_city(text, m, nxt)
                if city is not None:
                    pair = (i + 1, city)
            if not ok and (text.startswith("、", m.end) or m.start and text[m.start - 1] == "、"):
                div = _listed_prefecture(text, mentions, i) or _listed_county(text, mentions, i, cities)
                ok = div is not None
            if not ok:
                ok = (_province_of(text, m) or _province_phrase(text, m) or _province_union_work(text, m)
                      or _province_before_title(text, m) or _province_development(text, m)
                      or _province_share(text, m))
            if not ok:
                if firm is None:
                    firm = _context([x for x in mentions if x.full and not _loose(x)])
                div = _framed_prefecture(text, m, firm[0])
                ok = div is not None
            if not ok and (m.start == 0 or text[m.start - 1] == "\n"):
                div = _dateline_place(text, m, firm)  # 宜昌：夷陵区总工会…: a headline's or paragraph's dateline
                ok = div is not None
            if not ok and text[m.start - 1:m.start] in _ITEM_MARK_ENDS:
                div = _route_item(text, m, firm[0])  # 1. 丽水古堰画乡线路;: a numbered tour route's place
                ok = div is not None
            if not ok:
                div = _framed_county(text, m, firm[1])
                ok = div is not None
            if not ok:
                div = _framed_pair(text, mentions, i)  # 家在格尔木和西宁，: two bare places side by side
                ok = div is not None
            if not ok:
                div = _counted_prefecture(text, m, firm[1]) or _union_owner_prefecture(text, m, firm[1]) \
                    or _subject_prefecture(text, m, firm[1]) or _scene_prefecture(text, m, firm[1]) \
                    or _sight_county(text, m, firm[1]) or _gone_to_county(text, m, firm[1]) \
                    or _naming_county(text, m, firm[1]) or _sight_list_county(text, mentions, i, firm[1])
                ok = div is not None
            if not ok and prev is not None and prev.end == m.start - 1 and text[prev.end] in _ROUTE_TO:
                div = _route_county(text, m, prev, prev_ok, firm[1])  # 牡丹江至绥芬河线路: a route's far end
                if div is None and (prev_ok or _taken_before(out, prev)):
                    div = _route_prefecture(text, m)  # 廉江至南宁线路: a bare prefecture at the far end
                ok = div is not None
            if not ok and m.divisions[0].level == "P":  # (a province first: most bare names are no province)
                ok = _trip_origin(text, m) or _route_end(text, m) or _province_before_county(text, m, nxt, cities)
            if not ok and prev_ok and prev is not None and prev.end == m.start and prev_div is not None:
                div = _chain_county(text, prev_div, m)  # 台州市玉环: a city, then its own county bare
                ok = div is not None
            if not ok:
                heads = [d for d in m.divisions if d.level == "C"]
                if len(heads) == 1 and nxt is not None and nxt.start == m.end:
                    county = None if nxt.full else _chain_county(text, heads[0], nxt)
                    if county is not None:  # 佛山顺德容桂，: a bare city, then its own county bare
                        ok, div, pair = True, heads[0], (i + 1, county)
                elif len(heads) == 1 and _stem_county(text, m.end, heads[0]) is not None:
                    ok, div = True, heads[0]  # 坐标佛山南海狮山: a bare city, then its own district's stem
        prev = m
        prev_ok = ok
        if not ok:
            continue
        if div is None:
            div = _choose(m.divisions, provs, cities)
        prev_div = div if div is not None and div.level == "C" else None
        if div is not None and div.level == "K" and div.name.endswith(_ZONE_ENDS):
            continue  # (a development zone has a statistics code, not a county's government: no place)
        _add_place(out, seen, bare_at, m, div, page_trad)
        if prev_div is not None and (i + 1 == len(mentions) or mentions[i + 1].start != m.end):
            stem = _stem_county(text, m.end, prev_div)
            if stem is not None:
                _add_place(out, seen, bare_at, Mention(m.end, m.end + len(stem[0]), stem[0], [stem[1]], False),
                           stem[1], page_trad)
    if page_trad and _written_simplified(out):
        return _simplified_parents(out)
    return _page_variants(out, text) if page_trad else out


def _written_simplified(places: list[Place]) -> bool:
    """A mostly traditional page (a salted or mixed-script one) writes its places in simplified script: some name's
    spelling is the simplified one (柳南区) and none is traditional (柳州市 is either)."""
    return (any(not _is_trad_mention(p.name, True) for p in places)
            and not any(_is_trad_mention(p.name, False) for p in places))


def _simplified_parents(places: list[Place]) -> list[Place]:
    """``places`` with their province, city and county in simplified script, as the page writes its places: one script
    for all of them (not 廣西壯族自治區 for 柳州市 beside 广西壮族自治区 for 柳南区)."""
    gaz = gazetteer()

    def simp(name: str | None) -> str | None:
        if not name:
            return name
        divs, full = gaz.lookup(name)
        return next((d.name for d in divs if d.t_name == name), name) if full else name

    for p in places:
        p.province, p.city, p.county = simp(p.province), simp(p.city), simp(p.county)
    return places


def _page_variants(places: list[Place], text: str) -> list[Place]:
    """Traditional parents written with the page's variant characters: a page that writes 赤峰 (the Taiwan and
    Hong Kong form) gets 赤峰市 as the city of 寧城縣, not the gazetteer's 赤峯市 (names stay as written). 臺 and 台,
    which the gazetteer's traditional names mix (煙臺市 beside 台州市), follow the one form the page writes."""
    own = {g: c for c, g in _VARIANTS.items() if c in text and g not in text}
    for page_form, other in (("台", "臺"), ("臺", "台")):
        if page_form in text and other not in text:
            own[other] = page_form
    if not own:
        return places
    table = str.maketrans(own)
    for p in places:
        p.province, p.city, p.county = (x.translate(table) if x else x for x in (p.province, p.city, p.county))
    return places


def _add_place(out: list[Place], seen: set[tuple], bare_at: dict[tuple, int], m: Mention, div: Division | None,
               page_trad: bool) -> None:
    """Add the place of a taken mention to ``out`` once; a full name replaces the bare one written before it."""
    key = (div.level, div.name, div.province, div.city) if div else ("?", m.text)
    if key in seen:
        if m.full and key in bare_at and (div is None or m.text in (div.name, div.t_name) or div.level != "K"):
            # the full name, once written, names the place (江西宜春 … 江西省)
            out[bare_at.pop(key)] = _resolved(m, div, page_trad)
        return
    seen.add(key)
    if not m.full or div is not None and div.level == "K" and m.text not in (div.name, div.t_name):
        bare_at[key] = len(out)  # (an autonomous county's short name + 县, 威宁县, gives way to its name too)
    out.append(_resolved(m, div, page_trad))
