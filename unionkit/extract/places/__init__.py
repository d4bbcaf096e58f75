"""Places: China's administrative divisions named on a page, resolved to province/city/county.

The gazetteer (``unionkit/data/gazetteer.tsv``, built by ``scripts/build_gazetteer.py``)
lists every province-, prefecture- and county-level division with its short
names and traditional-script forms. One Aho-Corasick automaton finds all of
them in a page in a single leftmost-longest pass.

Rules (decided on the seed pages, meant for any page):

* Only names written with their administrative suffix are *places*
  (攀枝花市, 贵州省, 红桥区). Bare short names (攀枝花, 贵州, 天津 in a company
  name, 昆明 salted into a sentence) are only *context*: they help resolve
  ambiguous names and tell which city a page is about, but are never reported.
* A county name shared by several divisions (朝阳区, 鼓楼区) takes the province
  and city of the page's other mentions; with no such hint they stay null.
* Short county names (和县, 城区, 东区) and names that are also common words
  (新城区, 城关区) count only right after their own city or province, or
  standing alone between non-Han characters; this keeps 城区 in 核心城区/全市城区
  and 和县 in 市和县 out.
* A name used as the scope of a workers' event title (四川省职工志愿服务展示活动)
  is not a place mention by itself.
* The output keeps the page's script: a traditional page gives 廣元市 with
  city 廣元市 (province and city in the script of the mention).
"""

from __future__ import annotations

from collections.abc import Iterable

from unionkit.record import Place

from ... import recode
from .base import _VARIANTS, _page_is_trad, fold_variants
from .divisions import AMENDMENTS, Division, Gazetteer, amend_rows, build_tables, gazetteer, write_state
from .scanner import Mention, scan
from .votes import _choose, _context, _is_trad_mention, _resolved
from .words import _dictionary_tag
from .accept import _accept, _loose, _needs_parent, _opens_place_list
from .pairs import _pair_city
from .framed import (_ROUTE_TO, _bare_prefecture, _dateline_place, _framed_county, _framed_pair, _framed_prefecture,
    _route_county, _route_prefecture, _taken_before)
from .levels import _province_before_county, _route_end, _word_across_level
from .scenes import (_counted_prefecture, _gone_to_county, _scene_prefecture, _sight_county, _subject_prefecture,
    _trip_origin, _union_owner_prefecture)
from .chains import _chain_county, _stem_county
from .lists import _listed_county, _listed_prefecture
from .provinces import _province_before_title, _province_of, _province_phrase, _province_union_work


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
                      or _province_before_title(text, m))
            if not ok:
                if firm is None:
                    firm = _context([x for x in mentions if x.full and not _loose(x)])
                div = _framed_prefecture(text, m, firm[0])
                ok = div is not None
            if not ok and (m.start == 0 or text[m.start - 1] == "\n"):
                div = _dateline_place(text, m, firm)  # 宜昌：夷陵区总工会…: a headline's or paragraph's dateline
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
                    or _sight_county(text, m, firm[1]) or _gone_to_county(text, m, firm[1])
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
    return _page_variants(out, text) if page_trad else out


def _page_variants(places: list[Place], text: str) -> list[Place]:
    """Traditional parents written with the page's variant characters: a page that writes 赤峰 (the Taiwan and
    Hong Kong form) gets 赤峰市 as the city of 寧城縣, not the gazetteer's 赤峯市 (names stay as written)."""
    own = {g: c for c, g in _VARIANTS.items() if c in text and g not in text}
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


#: What only a Taiwanese page writes: a Republic of China year (民國113年), the state's name, its currency,
#: its labour ministry (勞動部), its sites' "printer-friendly" button (友善列印).
_TW_MARK = recode.compile(r"(?:民國|民国)\s*\d{2,3}\s*年|中華民國|新臺幣|新台幣|勞動部|友善列印")
#: A Republic of China date after a date label (發布日期：113-07-15): a three-digit year 100-199.
_ROC_LABELLED = recode.compile(r"(?:日期|時間)\s*[:：]\s*1\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?![\d.\-/])")


def taiwanese_page(text: str, header: Iterable[str] = ()) -> bool:
    """True for a page written in Taiwan: traditional script and a Taiwanese marker in the text or in its
    removed ``header`` lines (a ROC date, 中華民國, 新臺幣, 勞動部, 友善列印).

    Such a page names its own places (臺中市, 西屯區) the way the mainland gazetteer files them under 台湾省;
    the layouts' convention for Hong Kong, Macau and Taiwan pages is no places at all."""
    if not text or not _page_is_trad(text):
        return False
    blob = "\n".join((text, *header))
    return bool(_TW_MARK.search(blob) or _ROC_LABELLED.search(blob))


#: Taiwan's province as the gazetteer files it (simplified and traditional).
_TAIWAN_PROVINCE = ("台湾省", "臺灣省")


def taiwan_page_places(places: list[Place], text: str) -> list[Place]:
    """The places a Taiwanese page (``taiwanese_page``) lists: the mainland divisions in a province the page names
    (a cross-strait report on 晉江市 with 福建省 in the text), not its own places (filed under 台湾省) nor a
    mainland namesake of its own districts (大安區 read as 自貢市's, 中山區 as 大連市's), whose province the page
    never names."""
    kept = [p for p in places if p.province and p.province not in _TAIWAN_PROVINCE]
    if not kept:
        return []
    named = {name for d in locality_votes(text)["P"] for name in (d.name, d.t_name)}
    return [p for p in kept if p.province in named]


#: Endings of a city union's own site or account name (绍兴工会网, 芜湖工会).
_UNION_SITE = recode.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:总工会|總工會|工会网|工會網|工会|工會)$")


def site_place(site: str | None, text: str) -> Place | None:
    """The city a city union's site is named after (绍兴工会网 → 绍兴市) when the text names it too, or None.

    A bare city name in the text (推动绍兴高质量发展) is only context by itself; on a page of that city's
    own union site or account (named by the bare prefecture name: 绍兴工会网, 芜湖工会) it is the city the
    page is about.  A site alone, its city never named in the text, adds nothing.  Only a name that
    stands for exactly one prefecture-level city counts (not 江城, 朝阳, nor a province like 广东)."""
    mt = _UNION_SITE.match(site or "")
    if not mt or mt["name"] not in text:
        return None
    divs, full = gazetteer().lookup(mt["name"])
    cities = [d for d in divs if d.level == "C"]
    if full or len(cities) != 1 or len(divs) != 1:
        return None
    div = cities[0]
    trad = mt["name"] in gazetteer().trad_keys or _page_is_trad(text)
    return div.place(div.t_name if trad else div.name, trad)


def locality_votes(text: str) -> dict[str, dict[Division, float]]:
    """Mentions of each unambiguous division by level (a full name 2, a short one 1): the most-voted of each level is
    the page's main province, city and county (a page about 攀枝花 says 攀枝花 more often than 攀枝花市; it turns a
    bare 市总工会 into 攀枝花市总工会), and the votes tell whether the main county outweighs the main city (a page
    about a county-level city)."""
    votes: dict[str, dict[Division, float]] = {"P": {}, "C": {}, "K": {}}
    for m in scan(text):
        if len(m.divisions) != 1:
            continue
        d = m.divisions[0]
        if m.full and _needs_parent(d):
            continue
        votes[d.level][d] = votes[d.level].get(d, 0.0) + (2.0 if m.full else 1.0)
    return votes


def _simplified(name: str | None) -> str | None:
    """The simplified gazetteer spelling of a full division name (廣元市 → 广元市)."""
    if not name:
        return None
    divs, full = gazetteer().lookup(name)
    if not full:
        return name
    return divs[0].name if divs and name != divs[0].name and name == divs[0].t_name else name


def resolve_place(name: str, context: list[Place] | None = None) -> Place | None:
    """The Place a single name denotes (full or short form), using ``context`` for namesakes."""
    if not name:
        return None
    divs, _full = gazetteer().lookup(name)
    if not divs:
        return None
    provs: dict[str, float] = {}
    cities: dict[str, float] = {}
    for p in context or []:
        for votes, written in ((provs, p.province), (cities, p.city)):
            simp = _simplified(written)
            if simp:
                votes[simp] = votes.get(simp, 0.0) + 1
    div = _choose(divs, provs, cities)
    trad = _is_trad_mention(name, False)
    m = Mention(0, len(name), name, divs, True)
    return _resolved(m, div, trad)
